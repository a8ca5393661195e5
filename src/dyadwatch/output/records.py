"""Events as output-contract records (docs/output-contract.md; schema/event.schema.json)."""

from __future__ import annotations

from typing import Any

from dyadwatch.model import ActorMention, Article, Event

#: Column order of flat (CSV, parquet, table) output.
FLAT_COLUMNS: tuple[str, ...] = (
    "id", "doc", "date", "date_precision", "date_text", "plover", "mode", "context", "cameo",
    "goldstein", "quad", "source_name", "source_country", "source_sector", "source_kb_id",
    "source_role", "source_text", "target_name", "target_country", "target_sector",
    "target_kb_id", "target_role", "target_text", "location_name", "location_country",
    "location_admin1", "location_lat", "location_lon", "quantities", "negated", "hypothetical",
    "planned", "attributed_to", "confidence", "evidence", "evidence_start", "evidence_end",
    "also", "url", "outlet", "published", "pipeline_version", "kb_version",
)


def actor_record(mention: ActorMention | None) -> dict[str, Any] | None:
    """An ACTOR object of the contract, or ``None``."""
    if mention is None:
        return None
    actor = mention.actor
    return {"name": actor.name, "text": mention.text, "start": mention.start, "end": mention.end,
            "country": actor.country, "sector": actor.sector, "kb_id": actor.kb_id,
            "role": actor.role, "inferred": actor.inferred}


def event_record(event: Event, article: Article, versions: dict[str, str]) -> dict[str, Any]:
    """One event of one document in the contract's shape (plus url/outlet/published)."""
    date = event.date
    loc = event.location
    return {
        "id": event.id,
        "doc": article.doc,
        "plover": event.coding.plover,
        "mode": event.coding.mode,
        "context": list(event.coding.context),
        "cameo": event.coding.cameo,
        "goldstein": event.coding.goldstein,
        "quad": event.coding.quad,
        "source": actor_record(event.source),
        "target": actor_record(event.target),
        "date": date.value if date else None,
        "date_precision": date.precision if date else None,
        "date_text": date.text if date else None,
        "location": None if loc is None else {
            "name": loc.name, "country": loc.country, "admin1": loc.admin1, "lat": loc.lat,
            "lon": loc.lon, "text": loc.text, "start": loc.start, "end": loc.end,
            "precision": loc.precision},
        "quantities": [{"value": q.value, "unit": q.unit, "approx": q.approx, "text": q.text,
                        "start": q.start, "end": q.end} for q in event.quantities],
        "modality": {"negated": event.modality.negated,
                     "hypothetical": event.modality.hypothetical,
                     "planned": event.modality.planned},
        "attributed_to": actor_record(event.attributed_to),
        "evidence": {"sentence": event.evidence.text, "start": event.evidence.start,
                     "end": event.evidence.end},
        "date_span": None if date is None or date.fallback or date.start < 0 else {
            "start": date.start, "end": date.end},
        "also": [{"sentence": s.text, "start": s.start, "end": s.end} for s in event.also],
        "trigger": {"text": event.trigger.text, "start": event.trigger.start,
                    "end": event.trigger.end},
        "confidence": event.confidence,
        "url": article.url,
        "outlet": article.outlet,
        "published": article.published.isoformat() if article.published else None,
        "versions": {"pipeline": versions["pipeline"], "kb": versions["kb"]},
    }


def flatten(record: dict[str, Any]) -> dict[str, Any]:
    """A contract record as one flat row (CSV, parquet): nested values become columns."""
    row: dict[str, Any] = {k: record.get(k) for k in ("id", "doc", "date", "date_precision",
                                                      "date_text", "plover", "mode", "cameo",
                                                      "goldstein", "quad", "confidence", "url",
                                                      "outlet", "published")}
    row["context"] = ";".join(record.get("context") or [])
    for role in ("source", "target"):
        actor = record.get(role) or {}
        for key in ("name", "country", "sector", "kb_id", "role", "text"):
            row[f"{role}_{key}"] = actor.get(key)
    loc = record.get("location") or {}
    for key in ("name", "country", "admin1", "lat", "lon"):
        row[f"location_{key}"] = loc.get(key)
    row["quantities"] = ";".join(
        f"{q.get('approx') + ' ' if q.get('approx') else ''}{q['value']:g} {q['unit']}"
        for q in record.get("quantities") or [])
    modality = record.get("modality") or {}
    for key in ("negated", "hypothetical", "planned"):
        row[key] = bool(modality.get(key))
    attributed = record.get("attributed_to") or {}
    row["attributed_to"] = attributed.get("name")
    evidence = record.get("evidence") or {}
    row["evidence"] = evidence.get("sentence")
    row["evidence_start"] = evidence.get("start")
    row["evidence_end"] = evidence.get("end")
    row["also"] = " | ".join(a["sentence"] for a in record.get("also") or [])
    versions = record.get("versions") or {}
    row["pipeline_version"] = versions.get("pipeline")
    row["kb_version"] = versions.get("kb")
    flat = {column: row.get(column) for column in FLAT_COLUMNS}
    if "text" in record:
        flat["document_text"] = record["text"]
    return flat


def is_reportable(event: Event, include_all: bool) -> bool:
    """Negated and hypothetical events are output only with ``--all``."""
    return include_all or event.modality.factual
