"""Health checks: can this installation read text, resolve actors, parse and store?"""

from __future__ import annotations

import sys
from dataclasses import dataclass

from dyadwatch.config import Settings
from dyadwatch.errors import DyadwatchError


@dataclass(frozen=True)
class Check:
    """One check's outcome."""

    name: str
    ok: bool
    detail: str


def run_checks(settings: Settings) -> list[Check]:
    """Python, knowledge base, spaCy model, database: each checked, none stopping the others."""
    checks = [Check("python", sys.version_info >= (3, 11),
                    f"{sys.version.split()[0]} (3.11 or newer needed)")]
    kb = None
    try:
        from dyadwatch.kb import load_kb

        kb = load_kb(settings.kb_extra)
        people = sum(1 for a in kb.actors.values() if a.kind == "person")
        checks.append(Check("knowledge base", True, f"version {kb.version}: {len(kb.actors)} "
                            f"actors ({people} people) from {len(kb.files)} files"))
    except DyadwatchError as exc:
        checks.append(Check("knowledge base", False, str(exc)))
    if kb is not None:
        try:
            from dyadwatch.nlp import get_pipeline, model_info

            nlp = get_pipeline(settings.model, kb.version, kb.ruler_patterns)
            info = model_info(nlp)
            doc = nlp("Pakistan's foreign minister met Afghan officials in Kabul on Monday.")
            checks.append(Check("spaCy model", bool(doc.ents), (
                f"{settings.model} {info['version']} (spaCy {info['spacy_version']}); "
                f"pipes: {', '.join(info['pipes'])}; test sentence: {len(doc.ents)} entities")))
        except DyadwatchError as exc:
            checks.append(Check("spaCy model", False, str(exc)))
    try:
        from dyadwatch.storage import Store, head_revision

        with Store.open(settings.db_url) as store:
            counts = store.counts()
        checks.append(Check("database", True, (
            f"{settings.db} (schema {head_revision()}): {counts['documents']} documents, "
            f"{counts['events']} events, {counts['rejections']} rejections")))
    except DyadwatchError as exc:
        checks.append(Check("database", False, str(exc)))
    return checks
