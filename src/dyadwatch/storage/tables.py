"""The database schema (SQLAlchemy Core), the same on SQLite and PostgreSQL.

An *event* is the happening; a *mention* is one report of it in one sentence of one document.
Today every mention founds its own event; merging reports from several outlets later re-points
mentions to one event without a schema change. Columns a filter needs (dates as ranges, actor
countries and sectors) are kept on the event row so that queries need no JSON.

Migrations (storage/migrations) must produce exactly this schema; a test compares them.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

documents = Table(
    "documents", metadata,
    Column("id", String(40), primary_key=True),
    Column("doc", Text, nullable=False),
    Column("content_hash", String(64), nullable=False, index=True),
    Column("url", Text),
    Column("outlet", Text),
    Column("title", Text),
    Column("published", Date),
    Column("published_source", String(16)),
    Column("language", String(8)),
    Column("source_path", Text),
    Column("text", Text, nullable=False),
    Column("meta", JSON, nullable=False),
    Column("removed", JSON, nullable=False),
    Column("n_events", Integer, nullable=False),
    Column("pipeline_version", String(64), nullable=False),
    Column("kb_version", String(64), nullable=False),
    Column("ingested_at", DateTime, nullable=False),
    Column("coded_at", DateTime, nullable=False),
)

evidence = Table(
    "evidence", metadata,
    Column("id", String(40), primary_key=True),
    Column("document_id", String(40), ForeignKey("documents.id", ondelete="CASCADE"),
           nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("sentence", Text, nullable=False),
    UniqueConstraint("document_id", "start", "end", name="uq_evidence_span"),
)

actors = Table(
    "actors", metadata,
    Column("id", String(40), primary_key=True),
    Column("kb_id", String(64), index=True),
    Column("name", Text, nullable=False),
    Column("country", String(3)),
    Column("sector", String(3)),
    Column("kind", String(32)),
    Column("inferred", Boolean, nullable=False),
)

events = Table(
    "events", metadata,
    Column("id", String(40), primary_key=True),
    Column("plover", String(16), nullable=False, index=True),
    Column("mode", String(32)),
    Column("context", JSON, nullable=False),
    Column("cameo", String(8), nullable=False),
    Column("goldstein", Float, nullable=False),
    Column("quad", Integer, nullable=False),
    Column("source_actor_id", String(40), ForeignKey("actors.id"), nullable=False),
    Column("source_name", Text, nullable=False),
    Column("source_country", String(3)),
    Column("source_sector", String(3)),
    Column("target_actor_id", String(40), ForeignKey("actors.id")),
    Column("target_name", Text),
    Column("target_country", String(3)),
    Column("target_sector", String(3)),
    Column("date", String(10)),
    Column("date_precision", String(8)),
    Column("date_start", Date, index=True),
    Column("date_end", Date),
    Column("date_fallback", Boolean, nullable=False),
    Column("location", JSON),
    Column("location_name", Text),
    Column("location_country", String(3)),
    Column("negated", Boolean, nullable=False),
    Column("hypothetical", Boolean, nullable=False),
    Column("planned", Boolean, nullable=False),
    Column("confidence", Float, nullable=False),
    Column("n_mentions", Integer, nullable=False),
    Column("pipeline_version", String(64), nullable=False),
    Column("kb_version", String(64), nullable=False),
    Column("created_at", DateTime, nullable=False),
    Index("ix_events_dyad", "source_country", "target_country"),
)

mentions = Table(
    "mentions", metadata,
    Column("id", String(40), primary_key=True),
    Column("event_id", String(40), ForeignKey("events.id"), nullable=False, index=True),
    Column("document_id", String(40), ForeignKey("documents.id", ondelete="CASCADE"),
           nullable=False, index=True),
    Column("evidence_id", String(40), ForeignKey("evidence.id"), nullable=False),
    Column("attributed_actor_id", String(40), ForeignKey("actors.id")),
    Column("date", String(10)),
    Column("date_precision", String(8)),
    Column("date_text", Text),
    Column("confidence", Float, nullable=False),
    Column("record", JSON, nullable=False),
    Column("pipeline_version", String(64), nullable=False),
    Column("kb_version", String(64), nullable=False),
)

rejections = Table(
    "rejections", metadata,
    Column("id", String(40), primary_key=True),
    Column("doc", Text, nullable=False),
    Column("source_path", Text),
    Column("reason", String(32), nullable=False, index=True),
    Column("detail", Text, nullable=False),
    Column("first_seen", DateTime, nullable=False),
    Column("last_seen", DateTime, nullable=False),
    Column("times", Integer, nullable=False),
)

runs = Table(
    "runs", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("command", String(32), nullable=False),
    Column("started_at", DateTime, nullable=False),
    Column("finished_at", DateTime),
    Column("documents_read", Integer, nullable=False, default=0),
    Column("documents_skipped", Integer, nullable=False, default=0),
    Column("documents_rejected", Integer, nullable=False, default=0),
    Column("events_found", Integer, nullable=False, default=0),
    Column("pipeline_version", String(64), nullable=False),
    Column("kb_version", String(64), nullable=False),
)
