"""The standard pipeline and the versions that identify what it produces."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib import resources

from dyadwatch._version import __version__
from dyadwatch.config import Settings
from dyadwatch.kb import KnowledgeBase, load_kb
from dyadwatch.pipeline.runner import Pipeline
from dyadwatch.stages import (
    ActorStage,
    DateStage,
    EventStage,
    MergeStage,
    ParseStage,
    PlaceStage,
    QuantityStage,
)

# Everything whose change can change the events coded from the same text (the parse too).
_CODING_PACKAGES = ("dyadwatch.nlp", "dyadwatch.stages", "dyadwatch.ontology")


@lru_cache(maxsize=1)
def pipeline_version() -> str:
    """The package version plus a digest of the coding code and tables (stages, ontology)."""
    digest = hashlib.sha256()
    for package in _CODING_PACKAGES:
        root = resources.files(package)
        for item in sorted(_walk(root), key=lambda p: str(p)):
            digest.update(item.name.encode() + b"\0" + item.read_bytes())
    return f"{__version__}+{digest.hexdigest()[:8]}"


def _walk(root):  # type: ignore[no-untyped-def]
    for item in root.iterdir():
        if item.is_dir():
            if item.name != "__pycache__":
                yield from _walk(item)
        elif item.name.endswith((".py", ".yaml", ".tsv", ".json")):
            yield item


def build_pipeline(settings: Settings, kb: KnowledgeBase | None = None) -> Pipeline:
    """parse -> actors -> events -> dates -> places -> quantities -> merge, with the
    settings' model and batch sizes."""
    kb = kb or load_kb(settings.kb_extra)
    stages = [
        ParseStage(settings.model, kb, settings.batch_size, settings.n_process),
        ActorStage(kb),
        EventStage(),
        DateStage(),
        PlaceStage(kb),
        QuantityStage(),
        MergeStage(),
    ]
    versions = {"pipeline": pipeline_version(), "kb": kb.version}
    return Pipeline(stages, versions, batch_size=max(settings.batch_size, 1) * settings.n_process)
