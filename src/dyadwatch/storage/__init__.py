"""The only place with SQL: schema, migrations, and the store over SQLite or PostgreSQL."""

from dyadwatch.storage.engine import (
    check_revision,
    head_revision,
    make_engine,
    migrate,
    normalise_url,
)
from dyadwatch.storage.filters import SORTABLE, EventFilter, parse_dyad
from dyadwatch.storage.reads import Reader
from dyadwatch.storage.store import Store, actor_id, actor_key, date_range

__all__ = [
    "SORTABLE",
    "EventFilter",
    "Reader",
    "Store",
    "actor_id",
    "actor_key",
    "check_revision",
    "date_range",
    "head_revision",
    "make_engine",
    "migrate",
    "normalise_url",
    "parse_dyad",
]
