"""Alembic environment: migrations run on the connection dyadwatch hands over."""

from __future__ import annotations

from alembic import context

from dyadwatch.storage.tables import metadata

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - dyadwatch always passes its connection
    raise RuntimeError("dyadwatch migrations run through dyadwatch.storage, not the alembic CLI")

context.configure(connection=connection, target_metadata=metadata,
                  render_as_batch=connection.dialect.name == "sqlite")
with context.begin_transaction():
    context.run_migrations()
