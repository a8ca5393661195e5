"""Read-only queries behind the web dashboard and the REST API: pages of events, one event
with every report of it, documents, actors, dyads, time series, the actor network and located
events. Filters are ``EventFilter`` clauses (whitelisted columns, bound parameters); nothing
here takes SQL from a user.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

from sqlalchemy import Connection, Engine, case, func, or_, select
from sqlalchemy.exc import DBAPIError

from dyadwatch.errors import StorageError
from dyadwatch.storage.filters import EventFilter, sort_column
from dyadwatch.storage.tables import actors, documents, events, evidence, mentions

#: The event columns a summary carries (everything a list or a chart needs).
SUMMARY_COLUMNS = (
    events.c.id, events.c.date, events.c.date_precision, events.c.date_start,
    events.c.date_fallback, events.c.plover, events.c.mode, events.c.cameo,
    events.c.goldstein, events.c.quad, events.c.source_actor_id, events.c.source_name,
    events.c.source_country, events.c.source_sector, events.c.target_actor_id,
    events.c.target_name, events.c.target_country, events.c.target_sector, events.c.location,
    events.c.confidence, events.c.n_mentions, events.c.negated, events.c.hypothetical,
    events.c.planned,
)


def _actor(row: Any, side: str) -> dict[str, Any] | None:
    name = getattr(row, f"{side}_name")
    if name is None:
        return None
    return {"id": getattr(row, f"{side}_actor_id"), "name": name,
            "country": getattr(row, f"{side}_country"), "sector": getattr(row, f"{side}_sector")}


def summary(row: Any) -> dict[str, Any]:
    """An event row as the API's summary shape."""
    location = row.location
    return {
        "id": row.id, "date": row.date, "date_precision": row.date_precision,
        "date_is_publication": bool(row.date_fallback), "plover": row.plover, "mode": row.mode,
        "cameo": row.cameo, "goldstein": row.goldstein, "quad": row.quad,
        "source": _actor(row, "source"), "target": _actor(row, "target"),
        "location": None if not location else {
            k: location.get(k) for k in ("name", "country", "admin1", "lat", "lon")},
        "confidence": row.confidence, "n_mentions": row.n_mentions,
        "modality": {"negated": bool(row.negated), "hypothetical": bool(row.hypothetical),
                     "planned": bool(row.planned)},
    }


def _period(day: date, interval: str) -> str:
    if interval == "week":
        from datetime import timedelta

        monday = day - timedelta(days=day.weekday())
        return monday.isoformat()
    return day.isoformat()[:7]


class Reader:
    """The read-only queries of the dashboard and API over one engine."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @contextmanager
    def _connect(self) -> Iterator[Connection]:
        """A connection; a database that cannot be read raises ``StorageError`` saying so
        (the server answers 503 rather than a bare internal error)."""
        try:
            with self.engine.connect() as conn:
                yield conn
        except DBAPIError as exc:
            self.engine.dispose()  # the next request opens the file afresh
            reason = str(exc.orig).strip() or exc.orig.__class__.__name__
            raise StorageError(f"the database cannot be read ({reason}); if it is being "
                               "rebuilt, try again when that is done") from None

    def _where(self, flt: EventFilter) -> list[Any]:
        clauses = list(flt.clauses())
        if flt.document_id:
            clauses.append(events.c.id.in_(select(mentions.c.event_id).where(
                mentions.c.document_id == flt.document_id)))
        return clauses

    def page(self, flt: EventFilter, sort: str = "date", limit: int = 50, offset: int = 0
             ) -> tuple[int, list[dict[str, Any]]]:
        """(how many events match, the summaries of one page of them)."""
        where = self._where(flt)
        query = (select(*SUMMARY_COLUMNS).where(*where)
                 .order_by(sort_column(sort), events.c.id).limit(limit).offset(offset))
        with self._connect() as conn:
            total = int(conn.scalar(select(func.count()).select_from(events).where(*where))
                        or 0)
            return total, [summary(r) for r in conn.execute(query)]

    def event(self, event_id: str) -> dict[str, Any] | None:
        """One event: its summary and every report of it (document, sentence, record)."""
        with self._connect() as conn:
            row = conn.execute(select(*SUMMARY_COLUMNS).where(events.c.id == event_id)).first()
            if row is None:
                return None
            reports = conn.execute(
                select(mentions.c.id, mentions.c.record, mentions.c.confidence,
                       mentions.c.date_text, documents.c.id.label("document_id"),
                       documents.c.doc, documents.c.title, documents.c.url, documents.c.outlet,
                       documents.c.published, evidence.c.sentence, evidence.c.start,
                       evidence.c.end)
                .join(documents, documents.c.id == mentions.c.document_id)
                .join(evidence, evidence.c.id == mentions.c.evidence_id)
                .where(mentions.c.event_id == event_id)
                .order_by(mentions.c.confidence.desc(), mentions.c.id))
            out = summary(row)
            out["mentions"] = [{
                "id": r.id, "document_id": r.document_id, "doc": r.doc, "title": r.title,
                "url": r.url, "outlet": r.outlet,
                "published": r.published.isoformat() if r.published else None,
                "sentence": r.sentence, "start": r.start, "end": r.end,
                "date_text": r.date_text, "confidence": r.confidence, "record": r.record,
            } for r in reports]
        return out

    def document(self, document_id: str) -> dict[str, Any] | None:
        """A stored document with the records of the events reported in it."""
        with self._connect() as conn:
            row = conn.execute(select(documents).where(documents.c.id == document_id)).first()
            if row is None:
                return None
            records = [dict(r.record, event_id=r.event_id) for r in conn.execute(
                select(mentions.c.record, mentions.c.event_id)
                .where(mentions.c.document_id == document_id).order_by(mentions.c.id))]
        return {"id": row.id, "doc": row.doc, "title": row.title, "url": row.url,
                "outlet": row.outlet,
                "published": row.published.isoformat() if row.published else None,
                "text": row.text, "events": records}

    def actors(self, query: str | None = None, limit: int = 100, offset: int = 0
               ) -> tuple[int, list[dict[str, Any]]]:
        """Actors seen in stored events, most active first, with how often they act and are
        acted on."""
        as_source = (select(events.c.source_actor_id.label("aid"), func.count().label("n"))
                     .where(events.c.negated.is_(False), events.c.hypothetical.is_(False))
                     .group_by(events.c.source_actor_id).subquery())
        as_target = (select(events.c.target_actor_id.label("aid"), func.count().label("n"))
                     .where(events.c.negated.is_(False), events.c.hypothetical.is_(False))
                     .group_by(events.c.target_actor_id).subquery())
        src = func.coalesce(as_source.c.n, 0)
        tgt = func.coalesce(as_target.c.n, 0)
        base = (select(actors.c.id, actors.c.kb_id, actors.c.name, actors.c.country,
                       actors.c.sector, actors.c.kind, src.label("as_source"),
                       tgt.label("as_target"))
                .outerjoin(as_source, as_source.c.aid == actors.c.id)
                .outerjoin(as_target, as_target.c.aid == actors.c.id)
                .where(src + tgt > 0))
        if query:
            pattern = f"%{query.lower()}%"
            base = base.where(or_(func.lower(actors.c.name).like(pattern),
                                  actors.c.kb_id == query))
        with self._connect() as conn:
            total = int(conn.scalar(select(func.count()).select_from(base.subquery())) or 0)
            rows = conn.execute(base.order_by((src + tgt).desc(), actors.c.name)
                                .limit(limit).offset(offset))
            return total, [dict(r._mapping) for r in rows]

    def dyads(self, limit: int = 50) -> list[dict[str, Any]]:
        """Country pairs with events between them: counts, mean Goldstein, cooperation and
        conflict counts, first and last dates (order-free: PAK-AFG and AFG-PAK are one)."""
        first = func.min(events.c.source_country, events.c.target_country) \
            if self.engine.dialect.name == "sqlite" else \
            func.least(events.c.source_country, events.c.target_country)
        second = func.max(events.c.source_country, events.c.target_country) \
            if self.engine.dialect.name == "sqlite" else \
            func.greatest(events.c.source_country, events.c.target_country)
        coop = func.sum(case((events.c.quad <= 2, 1), else_=0))
        query = (select(first.label("a"), second.label("b"), func.count().label("events"),
                        func.avg(events.c.goldstein).label("goldstein"),
                        coop.label("cooperation"), (func.count() - coop).label("conflict"),
                        func.min(events.c.date_start).label("first"),
                        func.max(events.c.date_start).label("last"))
                 .where(events.c.source_country.is_not(None),
                        events.c.target_country.is_not(None),
                        events.c.source_country != events.c.target_country,
                        events.c.negated.is_(False), events.c.hypothetical.is_(False))
                 .group_by(first, second).order_by(func.count().desc()).limit(limit))
        with self._connect() as conn:
            return [{"dyad": f"{r.a}-{r.b}", "events": r.events,
                     "goldstein": round(float(r.goldstein), 2), "cooperation": r.cooperation,
                     "conflict": r.conflict,
                     "first": r.first.isoformat() if r.first else None,
                     "last": r.last.isoformat() if r.last else None}
                    for r in conn.execute(query)]

    def series(self, flt: EventFilter, interval: str = "month") -> list[dict[str, Any]]:
        """Counts per quad class and mean Goldstein per week or month (events without a date
        left out), oldest first."""
        query = (select(events.c.date_start, events.c.quad, events.c.goldstein)
                 .where(*self._where(flt), events.c.date_start.is_not(None)))
        buckets: dict[str, dict[str, Any]] = {}
        with self._connect() as conn:
            for day, quad, goldstein in conn.execute(query):
                key = _period(day, interval)
                bucket = buckets.setdefault(key, {"period": key, "events": 0, "quad": {
                    "1": 0, "2": 0, "3": 0, "4": 0}, "goldstein_sum": 0.0})
                bucket["events"] += 1
                bucket["quad"][str(quad)] += 1
                bucket["goldstein_sum"] += goldstein
        out = []
        for key in sorted(buckets):
            b = buckets[key]
            out.append({"period": key, "events": b["events"], "quad": b["quad"],
                        "cooperation": b["quad"]["1"] + b["quad"]["2"],
                        "conflict": b["quad"]["3"] + b["quad"]["4"],
                        "goldstein_mean": round(b.pop("goldstein_sum") / b["events"], 2)})
        return out

    def network(self, flt: EventFilter, limit: int = 200) -> dict[str, Any]:
        """Who acts on whom: one node per actor, one edge per (source, target) with its count,
        mean Goldstein and cooperation/conflict counts."""
        coop = func.sum(case((events.c.quad <= 2, 1), else_=0))
        query = (select(events.c.source_actor_id, events.c.target_actor_id,
                        func.count().label("n"), func.avg(events.c.goldstein).label("g"),
                        coop.label("coop"))
                 .where(*self._where(flt), events.c.target_actor_id.is_not(None),
                        events.c.source_actor_id != events.c.target_actor_id)
                 .group_by(events.c.source_actor_id, events.c.target_actor_id)
                 .order_by(func.count().desc()).limit(limit))
        with self._connect() as conn:
            edges = [{"source": r.source_actor_id, "target": r.target_actor_id,
                      "events": r.n, "goldstein": round(float(r.g), 2),
                      "cooperation": int(r.coop), "conflict": int(r.n - r.coop)}
                     for r in conn.execute(query)]
            ids = sorted({e["source"] for e in edges} | {e["target"] for e in edges})
            nodes = {r.id: dict(r._mapping) for r in conn.execute(
                select(actors.c.id, actors.c.name, actors.c.country, actors.c.sector,
                       actors.c.kb_id).where(actors.c.id.in_(ids)))} if ids else {}
        weight: dict[str, int] = defaultdict(int)
        for e in edges:
            weight[e["source"]] += e["events"]
            weight[e["target"]] += e["events"]
        return {"nodes": [dict(nodes[i], events=weight[i]) for i in ids if i in nodes],
                "edges": edges}

    def located(self, flt: EventFilter, limit: int = 5000) -> list[dict[str, Any]]:
        """Events with coordinates: summary, latitude and longitude."""
        query = (select(*SUMMARY_COLUMNS).where(*self._where(flt),
                                                events.c.location.is_not(None))
                 .order_by(events.c.date_start, events.c.id).limit(limit))
        out = []
        with self._connect() as conn:
            for row in conn.execute(query):
                item = summary(row)
                loc = item["location"] or {}
                if loc.get("lat") is not None and loc.get("lon") is not None:
                    out.append(item)
        return out

