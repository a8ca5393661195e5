"""Initial schema: documents, evidence, actors, events, mentions, rejections, runs.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("doc", sa.Text, nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("url", sa.Text),
        sa.Column("outlet", sa.Text),
        sa.Column("title", sa.Text),
        sa.Column("published", sa.Date),
        sa.Column("published_source", sa.String(16)),
        sa.Column("language", sa.String(8)),
        sa.Column("source_path", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("meta", sa.JSON, nullable=False),
        sa.Column("removed", sa.JSON, nullable=False),
        sa.Column("n_events", sa.Integer, nullable=False),
        sa.Column("pipeline_version", sa.String(64), nullable=False),
        sa.Column("kb_version", sa.String(64), nullable=False),
        sa.Column("ingested_at", sa.DateTime, nullable=False),
        sa.Column("coded_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_documents_content_hash", "documents", ["content_hash"])
    op.create_table(
        "evidence",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("document_id", sa.String(40),
                  sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("sentence", sa.Text, nullable=False),
        sa.UniqueConstraint("document_id", "start", "end", name="uq_evidence_span"),
    )
    op.create_table(
        "actors",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("kb_id", sa.String(64)),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("country", sa.String(3)),
        sa.Column("sector", sa.String(3)),
        sa.Column("kind", sa.String(32)),
        sa.Column("inferred", sa.Boolean, nullable=False),
    )
    op.create_index("ix_actors_kb_id", "actors", ["kb_id"])
    op.create_table(
        "events",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("plover", sa.String(16), nullable=False),
        sa.Column("mode", sa.String(32)),
        sa.Column("context", sa.JSON, nullable=False),
        sa.Column("cameo", sa.String(8), nullable=False),
        sa.Column("goldstein", sa.Float, nullable=False),
        sa.Column("quad", sa.Integer, nullable=False),
        sa.Column("source_actor_id", sa.String(40), sa.ForeignKey("actors.id"), nullable=False),
        sa.Column("source_name", sa.Text, nullable=False),
        sa.Column("source_country", sa.String(3)),
        sa.Column("source_sector", sa.String(3)),
        sa.Column("target_actor_id", sa.String(40), sa.ForeignKey("actors.id")),
        sa.Column("target_name", sa.Text),
        sa.Column("target_country", sa.String(3)),
        sa.Column("target_sector", sa.String(3)),
        sa.Column("date", sa.String(10)),
        sa.Column("date_precision", sa.String(8)),
        sa.Column("date_start", sa.Date),
        sa.Column("date_end", sa.Date),
        sa.Column("date_fallback", sa.Boolean, nullable=False),
        sa.Column("location", sa.JSON),
        sa.Column("location_name", sa.Text),
        sa.Column("location_country", sa.String(3)),
        sa.Column("negated", sa.Boolean, nullable=False),
        sa.Column("hypothetical", sa.Boolean, nullable=False),
        sa.Column("planned", sa.Boolean, nullable=False),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("n_mentions", sa.Integer, nullable=False),
        sa.Column("pipeline_version", sa.String(64), nullable=False),
        sa.Column("kb_version", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_events_plover", "events", ["plover"])
    op.create_index("ix_events_date_start", "events", ["date_start"])
    op.create_index("ix_events_dyad", "events", ["source_country", "target_country"])
    op.create_table(
        "mentions",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("event_id", sa.String(40), sa.ForeignKey("events.id"), nullable=False),
        sa.Column("document_id", sa.String(40),
                  sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
        sa.Column("evidence_id", sa.String(40), sa.ForeignKey("evidence.id"), nullable=False),
        sa.Column("attributed_actor_id", sa.String(40), sa.ForeignKey("actors.id")),
        sa.Column("date", sa.String(10)),
        sa.Column("date_precision", sa.String(8)),
        sa.Column("date_text", sa.Text),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("record", sa.JSON, nullable=False),
        sa.Column("pipeline_version", sa.String(64), nullable=False),
        sa.Column("kb_version", sa.String(64), nullable=False),
    )
    op.create_index("ix_mentions_event_id", "mentions", ["event_id"])
    op.create_index("ix_mentions_document_id", "mentions", ["document_id"])
    op.create_table(
        "rejections",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("doc", sa.Text, nullable=False),
        sa.Column("source_path", sa.Text),
        sa.Column("reason", sa.String(32), nullable=False),
        sa.Column("detail", sa.Text, nullable=False),
        sa.Column("first_seen", sa.DateTime, nullable=False),
        sa.Column("last_seen", sa.DateTime, nullable=False),
        sa.Column("times", sa.Integer, nullable=False),
    )
    op.create_index("ix_rejections_reason", "rejections", ["reason"])
    op.create_table(
        "runs",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("command", sa.String(32), nullable=False),
        sa.Column("started_at", sa.DateTime, nullable=False),
        sa.Column("finished_at", sa.DateTime),
        sa.Column("documents_read", sa.Integer, nullable=False),
        sa.Column("documents_skipped", sa.Integer, nullable=False),
        sa.Column("documents_rejected", sa.Integer, nullable=False),
        sa.Column("events_found", sa.Integer, nullable=False),
        sa.Column("pipeline_version", sa.String(64), nullable=False),
        sa.Column("kb_version", sa.String(64), nullable=False),
    )


def downgrade() -> None:
    for table in ("runs", "rejections", "mentions", "events", "actors", "evidence", "documents"):
        op.drop_table(table)
