"""Run the extractor on a linguistic case: from its hand-checked parse (no model) or through
the trained model."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from dyadwatch.config import Settings
from dyadwatch.kb import KnowledgeBase, load_kb
from dyadwatch.model import Article, content_hash
from dyadwatch.output.records import event_record
from dyadwatch.pipeline.build import build_pipeline
from dyadwatch.pipeline.runner import Pipeline
from dyadwatch.sources.reader import article_from_text
from dyadwatch.stages import (
    ActorStage,
    DateStage,
    EventStage,
    MergeStage,
    PlaceStage,
    QuantityStage,
)
from tests.linguistic.cases import load_cases, published_of
from tests.linguistic.parses import load

VERSIONS = {"pipeline": "test", "kb": "test"}


@lru_cache(maxsize=1)
def shipped_kb() -> KnowledgeBase:
    """The knowledge base the project ships (loaded once)."""
    return load_kb()


@lru_cache(maxsize=1)
def frozen_parses() -> dict[str, Any]:
    """Every case's hand-checked sentences."""
    return load({c["id"]: c["text"] for c in load_cases()})


@lru_cache(maxsize=1)
def _stages() -> tuple[Any, ...]:
    kb = shipped_kb()
    return (ActorStage(kb), EventStage(), DateStage(), PlaceStage(kb), QuantityStage(),
            MergeStage())


def records_from_parses(case: dict[str, Any]) -> list[dict[str, Any]]:
    """The case's records (negated and hypothetical included) from its hand-checked parse."""
    text = case["text"]
    article = Article(id="doc-" + content_hash(text)[:8], doc=case["id"], text=text,
                      content_hash=content_hash(text), published=published_of(case),
                      sentences=frozen_parses()[case["id"]],
                      provided=frozenset({"text", "sentences"}))
    for stage in _stages():
        article = stage(article)
    return [event_record(e, article, VERSIONS) for e in article.events]


@lru_cache(maxsize=1)
def _model_pipeline() -> Pipeline:
    return build_pipeline(Settings(), shipped_kb())


def records_from_model(case: dict[str, Any]) -> list[dict[str, Any]]:
    """The case's records (negated and hypothetical included) through the trained model."""
    pipeline = _model_pipeline()
    article = pipeline(article_from_text(case["text"], doc=case["id"],
                                         published=published_of(case)))
    return [event_record(e, article, pipeline.versions) for e in article.events]
