"""The store: the narrow interface through which everything else reads and writes the database.

Each document is written in one transaction together with its evidence, actors, events and
mentions, so a process killed at any moment leaves either the whole document or none of it;
the next run skips what is stored and completes the rest.
"""

from __future__ import annotations

import calendar
import hashlib
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Engine, delete, func, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from dyadwatch.errors import StorageError
from dyadwatch.model import Article, Rejection
from dyadwatch.storage.engine import make_engine, migrate
from dyadwatch.storage.filters import EventFilter, sort_column
from dyadwatch.storage.tables import (
    actors,
    documents,
    events,
    evidence,
    mentions,
    rejections,
    runs,
)

TABLES = {"documents": documents, "evidence": evidence, "actors": actors, "events": events,
          "mentions": mentions, "rejections": rejections}


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _hash(*parts: object) -> str:
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode()).hexdigest()[:20]


def actor_key(actor: dict[str, Any]) -> str:
    """Identity of an output-contract actor across documents (KB id, else name/country/sector)."""
    if actor.get("kb_id"):
        return str(actor["kb_id"])
    return f"~{actor['name'].lower()}|{actor.get('country') or ''}|{actor.get('sector') or ''}"


def actor_id(actor: dict[str, Any]) -> str:
    """The actors-table id for a contract actor."""
    return _hash("actor", actor_key(actor))


def date_range(value: str | None, precision: str | None) -> tuple[date | None, date | None]:
    """First and last day an event date covers at its precision."""
    if not value or not precision:
        return None, None
    parts = [int(p) for p in value.split("-")]
    if precision == "year":
        return date(parts[0], 1, 1), date(parts[0], 12, 31)
    if precision == "month":
        last = calendar.monthrange(parts[0], parts[1])[1]
        return date(parts[0], parts[1], 1), date(parts[0], parts[1], last)
    day = date(parts[0], parts[1], parts[2])
    return (day, day + timedelta(days=6)) if precision == "week" else (day, day)


def _insert_ignore(conn: Connection, table: Any, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    conn.execute(dialect.insert(table).on_conflict_do_nothing(), rows)


class Store:
    """Read and write dyadwatch's database (SQLite file or PostgreSQL server)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def open(cls, url: str) -> Store:
        """Open (creating and migrating as needed) the database at ``url``."""
        engine = make_engine(url)
        migrate(engine)
        return cls(engine)

    def close(self) -> None:
        """Release the connection pool."""
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing ------------------------------------------------------------------------------
    def known_documents(self, ids: Iterable[str]) -> set[str]:
        """Which of ``ids`` are stored already."""
        wanted = list(set(ids))
        found: set[str] = set()
        with self.engine.connect() as conn:
            for i in range(0, len(wanted), 500):
                chunk = wanted[i:i + 500]
                found.update(conn.scalars(select(documents.c.id).where(
                    documents.c.id.in_(chunk))))
        return found

    def save_article(self, article: Article, records: list[dict[str, Any]],
                     versions: dict[str, str]) -> bool:
        """Store a coded document with its events, all or nothing; False if already stored."""
        try:
            with self.engine.begin() as conn:
                conn.execute(insert(documents), [self._document_row(article, records, versions)])
                self._insert_events(conn, article.id, records, versions)
        except IntegrityError:
            if self.known_documents([article.id]):
                return False
            raise
        except SQLAlchemyError as exc:
            raise StorageError(f"cannot store document {article.doc}: {exc}") from None
        return True

    def replace_events(self, article: Article, records: list[dict[str, Any]],
                       versions: dict[str, str]) -> None:
        """Re-code a stored document: swap its mentions and events for new ones, atomically."""
        with self.engine.begin() as conn:
            old_events = set(conn.scalars(select(mentions.c.event_id).where(
                mentions.c.document_id == article.id)))
            conn.execute(delete(mentions).where(mentions.c.document_id == article.id))
            conn.execute(delete(evidence).where(evidence.c.document_id == article.id))
            if old_events:
                still_used = set(conn.scalars(select(mentions.c.event_id).where(
                    mentions.c.event_id.in_(old_events))))
                orphans = old_events - still_used
                if orphans:
                    conn.execute(delete(events).where(events.c.id.in_(orphans)))
            self._insert_events(conn, article.id, records, versions)
            conn.execute(update(documents).where(documents.c.id == article.id).values(
                n_events=len(records), pipeline_version=versions["pipeline"],
                kb_version=versions["kb"], coded_at=_now()))

    def _document_row(self, article: Article, records: list[dict[str, Any]],
                      versions: dict[str, str]) -> dict[str, Any]:
        now = _now()
        return {
            "id": article.id, "doc": article.doc, "content_hash": article.content_hash,
            "url": article.url, "outlet": article.outlet, "title": article.title,
            "published": article.published, "published_source": article.published_source,
            "language": article.language, "source_path": article.source_path,
            "text": article.text, "meta": dict(article.metadata),
            "removed": [{"kind": r.kind, "text": r.text} for r in article.removed],
            "n_events": len(records), "pipeline_version": versions["pipeline"],
            "kb_version": versions["kb"], "ingested_at": now, "coded_at": now,
        }

    def _insert_events(self, conn: Connection, doc_id: str, records: list[dict[str, Any]],
                       versions: dict[str, str]) -> None:
        now = _now()
        actor_rows: dict[str, dict[str, Any]] = {}
        evidence_rows: dict[str, dict[str, Any]] = {}
        event_rows, mention_rows = [], []
        for rec in records:
            for role in ("source", "target", "attributed_to"):
                actor = rec.get(role)
                if actor:
                    actor_rows[actor_id(actor)] = {
                        "id": actor_id(actor), "kb_id": actor.get("kb_id"),
                        "name": actor["name"], "country": actor.get("country"),
                        "sector": actor.get("sector"), "kind": actor.get("kind"),
                        "inferred": bool(actor.get("inferred"))}
            ev = rec["evidence"]
            evidence_id = _hash("evidence", doc_id, ev["start"], ev["end"])
            evidence_rows[evidence_id] = {"id": evidence_id, "document_id": doc_id,
                                          "start": ev["start"], "end": ev["end"],
                                          "sentence": ev["sentence"]}
            source, target = rec["source"], rec.get("target")
            start, end = date_range(rec.get("date"), rec.get("date_precision"))
            location = rec.get("location") or {}
            event_rows.append({
                "id": rec["id"], "plover": rec["plover"], "mode": rec.get("mode"),
                "context": rec.get("context") or [], "cameo": rec["cameo"],
                "goldstein": rec["goldstein"], "quad": rec["quad"],
                "source_actor_id": actor_id(source), "source_name": source["name"],
                "source_country": source.get("country"), "source_sector": source.get("sector"),
                "target_actor_id": actor_id(target) if target else None,
                "target_name": target["name"] if target else None,
                "target_country": target.get("country") if target else None,
                "target_sector": target.get("sector") if target else None,
                "date": rec.get("date"), "date_precision": rec.get("date_precision"),
                "date_start": start, "date_end": end,
                "date_fallback": rec.get("date") is not None and rec.get("date_text") is None,
                "location": rec.get("location"), "location_name": location.get("name"),
                "location_country": location.get("country"),
                "negated": rec["modality"]["negated"],
                "hypothetical": rec["modality"]["hypothetical"],
                "planned": rec["modality"]["planned"], "confidence": rec["confidence"],
                "n_mentions": 1, "pipeline_version": versions["pipeline"],
                "kb_version": versions["kb"], "created_at": now,
            })
            attributed = rec.get("attributed_to")
            mention_rows.append({
                "id": rec["id"], "event_id": rec["id"], "document_id": doc_id,
                "evidence_id": evidence_id,
                "attributed_actor_id": actor_id(attributed) if attributed else None,
                "date": rec.get("date"), "date_precision": rec.get("date_precision"),
                "date_text": rec.get("date_text"), "confidence": rec["confidence"],
                "record": rec, "pipeline_version": versions["pipeline"],
                "kb_version": versions["kb"],
            })
        _insert_ignore(conn, actors, list(actor_rows.values()))
        _insert_ignore(conn, evidence, list(evidence_rows.values()))
        _insert_ignore(conn, events, event_rows)
        if mention_rows:
            conn.execute(insert(mentions), mention_rows)

    def save_rejection(self, rejection: Rejection) -> None:
        """Record a rejected input; the same rejection seen again only updates its counters."""
        now = _now()
        row = {"id": _hash("rejection", rejection.doc, rejection.reason, rejection.source_path),
               "doc": rejection.doc, "source_path": rejection.source_path,
               "reason": rejection.reason, "detail": rejection.detail, "first_seen": now,
               "last_seen": now, "times": 1}
        with self.engine.begin() as conn:
            dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
            stmt = dialect.insert(rejections).values(row)
            conn.execute(stmt.on_conflict_do_update(
                index_elements=[rejections.c.id],
                set_={"last_seen": now, "times": rejections.c.times + 1,
                      "detail": rejection.detail}))

    # -- runs ---------------------------------------------------------------------------------
    def start_run(self, command: str, versions: dict[str, str]) -> int:
        """Record the start of an ingest or reprocess run; returns its id."""
        with self.engine.begin() as conn:
            result = conn.execute(insert(runs).values(
                command=command, started_at=_now(), documents_read=0, documents_skipped=0,
                documents_rejected=0, events_found=0, pipeline_version=versions["pipeline"],
                kb_version=versions["kb"]))
            return int(result.inserted_primary_key[0])  # type: ignore[index]

    def finish_run(self, run_id: int, counts: dict[str, int]) -> None:
        """Record a run's end and counts."""
        with self.engine.begin() as conn:
            conn.execute(update(runs).where(runs.c.id == run_id).values(
                finished_at=_now(), documents_read=counts.get("read", 0),
                documents_skipped=counts.get("skipped", 0),
                documents_rejected=counts.get("rejected", 0),
                events_found=counts.get("events", 0)))

    # -- reading ------------------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        """Rows per table."""
        with self.engine.connect() as conn:
            return {name: int(conn.scalar(select(func.count()).select_from(table)) or 0)
                    for name, table in TABLES.items()}

    def events(self, flt: EventFilter = EventFilter(), limit: int = 100, offset: int = 0,
               sort: str = "date") -> list[dict[str, Any]]:
        """Event rows matching ``flt``, sorted (whitelisted keys only) and paginated."""
        query = (select(events).where(*flt.clauses())
                 .order_by(sort_column(sort), events.c.id).limit(limit).offset(offset))
        if flt.document_id:
            query = query.where(events.c.id.in_(select(mentions.c.event_id).where(
                mentions.c.document_id == flt.document_id)))
        with self.engine.connect() as conn:
            return [dict(row._mapping) for row in conn.execute(query)]

    def count_events(self, flt: EventFilter = EventFilter()) -> int:
        """How many events match ``flt``."""
        with self.engine.connect() as conn:
            return int(conn.scalar(select(func.count()).select_from(events)
                                   .where(*flt.clauses())) or 0)

    def mention_records(self, flt: EventFilter = EventFilter(), with_text: bool = False
                        ) -> Iterator[dict[str, Any]]:
        """Contract records of every stored report whose event matches ``flt``.

        Each record carries ``event_id`` (the happening it reports); with ``with_text`` also the
        document's cleaned text under ``text`` (users may not hold the right to republish it).
        """
        query = (select(mentions.c.record, mentions.c.event_id, documents.c.text)
                 .join(events, events.c.id == mentions.c.event_id)
                 .join(documents, documents.c.id == mentions.c.document_id)
                 .where(*flt.clauses())
                 .order_by(events.c.date_start, events.c.id, mentions.c.id))
        with self.engine.connect() as conn:
            for row in conn.execute(query):
                record = dict(row.record)
                record["event_id"] = row.event_id
                if with_text:
                    record["text"] = row.text
                yield record

    def event_records(self, flt: EventFilter = EventFilter(), limit: int | None = None
                      ) -> list[dict[str, Any]]:
        """One record per event (the happening): its best-scored report, with ``event_id``,
        ``n_mentions`` and ``sources`` (every report's document, outlet, URL and sentence)."""
        grouped: dict[str, list[dict[str, Any]]] = {}
        for record in self.mention_records(flt):
            grouped.setdefault(record["event_id"], []).append(record)
            if limit is not None and len(grouped) > limit:
                grouped.popitem()
                break
        out = []
        for event_id, reports in grouped.items():
            best = dict(max(reports, key=lambda r: r["confidence"]))
            best["n_mentions"] = len(reports)
            best["sources"] = [{"doc": r["doc"], "outlet": r.get("outlet"), "url": r.get("url"),
                                "sentence": r["evidence"]["sentence"]} for r in reports]
            best["event_id"] = event_id
            out.append(best)
        return out

    def stale_documents(self, versions: dict[str, str], since: str | None = None,
                        everything: bool = False) -> list[str]:
        """Ids of documents to re-code: coded by other versions than ``versions`` (default),
        coded by pipeline version ``since`` or later, or all of them."""
        query = select(documents.c.id, documents.c.pipeline_version, documents.c.kb_version)
        with self.engine.connect() as conn:
            rows = list(conn.execute(query.order_by(documents.c.ingested_at, documents.c.id)))
        if everything:
            return [r.id for r in rows]
        if since:
            return [r.id for r in rows if _version_key(r.pipeline_version) >= _version_key(since)]
        return [r.id for r in rows
                if (r.pipeline_version, r.kb_version) != (versions["pipeline"], versions["kb"])]

    def load_article(self, doc_id: str) -> Article:
        """A stored document as an ``Article`` (text and metadata; no annotations)."""
        with self.engine.connect() as conn:
            row = conn.execute(select(documents).where(documents.c.id == doc_id)).first()
        if row is None:
            raise StorageError(f"no stored document with id {doc_id}")
        return Article(
            id=row.id, doc=row.doc, text=row.text, content_hash=row.content_hash,
            published=row.published, published_source=row.published_source, url=row.url,
            outlet=row.outlet, title=row.title, language=row.language,
            source_path=row.source_path, metadata=dict(row.meta or {}),
        )

    def document(self, doc_id: str) -> dict[str, Any] | None:
        """One document row (text included), or ``None``."""
        with self.engine.connect() as conn:
            row = conn.execute(select(documents).where(documents.c.id == doc_id)).first()
        return dict(row._mapping) if row else None

    def rejection_rows(self) -> list[dict[str, Any]]:
        """Every recorded rejection, newest first."""
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(
                select(rejections).order_by(rejections.c.last_seen.desc(), rejections.c.doc))]


def _version_key(version: str) -> tuple[int, ...]:
    numbers = version.split("+", 1)[0]
    out = []
    for part in numbers.split("."):
        digits = "".join(ch for ch in part if ch.isdigit())
        out.append(int(digits) if digits else 0)
    return tuple(out)
