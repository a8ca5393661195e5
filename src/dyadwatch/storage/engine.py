"""Opening a database: engine settings per backend, and automatic migration to the latest schema."""

from __future__ import annotations

import sqlite3
from importlib import resources
from pathlib import Path

from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DisconnectionError, OperationalError, SQLAlchemyError

from dyadwatch.errors import SchemaVersionError, StorageError


def normalise_url(url: str) -> str:
    """``postgresql://`` becomes ``postgresql+psycopg://`` (psycopg 3 is what we ship)."""
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def make_engine(url: str, read_only: bool = False) -> Engine:
    """An engine for an SQLite file (WAL, foreign keys on) or a PostgreSQL server; with
    ``read_only`` every connection refuses writes (SQLite opens the file read-only; PostgreSQL
    sessions default to read-only transactions)."""
    url = normalise_url(url)
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StorageError(f"{url!r} is not a database URL or file path") from None
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        if database and database != ":memory:":
            path = Path(database)
            if path.is_dir():
                raise StorageError(f"{path} is a directory; give a database file name, e.g. "
                                   f"{path / 'dyadwatch.db'}")
            if not path.parent.exists():
                raise StorageError(f"folder {path.parent} does not exist; create it first")
        if read_only and database and database != ":memory:":
            if not Path(database).is_file():
                raise StorageError(f"no database at {database}: create it with `make demo` or "
                                   "`dyadwatch ingest PATH --db FILE`")
            path = Path(database).resolve()
            uri = f"file:{path}?mode=ro"
            engine = create_engine("sqlite://", creator=lambda: sqlite3.connect(
                uri, uri=True, timeout=30, check_same_thread=False))

            @event.listens_for(engine, "connect")
            def _read_pragmas(dbapi_connection, record):  # type: ignore[no-untyped-def]
                dbapi_connection.execute("PRAGMA query_only=ON")
                record.info["file"] = _file_identity(path)

            @event.listens_for(engine, "checkout")
            def _same_file(_dbapi_connection, record, _proxy):  # type: ignore[no-untyped-def]
                # A server outlives the file it reads: `rm dyadwatch.db && make demo` puts a
                # new file at the path, and a pooled connection would go on showing the old,
                # deleted one. Such a connection is dropped; the pool opens the new file.
                if record.info.get("file") != _file_identity(path):
                    raise DisconnectionError(f"{path} was replaced")

            return engine
        engine = create_engine(url, connect_args={"timeout": 30})

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_connection, _record):  # type: ignore[no-untyped-def]
            cursor = dbapi_connection.cursor()
            # WAL + NORMAL: a killed process never corrupts the file or loses committed rows.
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.close()

        return engine
    if parsed.get_backend_name() == "postgresql":
        options = {"options": "-c default_transaction_read_only=on"} if read_only else {}
        return create_engine(url, pool_pre_ping=True, connect_args=options)
    raise StorageError(f"unsupported database {parsed.get_backend_name()!r}: use an SQLite file "
                       "path or a postgresql:// URL")


def _file_identity(path: Path) -> tuple[int, int] | None:
    """(device, inode) of the file at ``path``; None when there is none."""
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_dev, st.st_ino


def _alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location",
                        str(resources.files("dyadwatch.storage").joinpath("migrations")))
    return cfg


def head_revision() -> str:
    """The newest schema revision this version of dyadwatch knows."""
    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def check_revision(engine: Engine) -> None:
    """Refuse a database whose schema is not this version's (a read-only opener cannot migrate
    it): ``SchemaVersionError`` says what to run."""
    try:
        with engine.connect() as conn:
            current = MigrationContext.configure(conn).get_current_revision()
    except OperationalError as exc:
        raise StorageError(f"cannot open the database: {exc.orig}") from None
    if current != head_revision():
        raise SchemaVersionError(
            f"the database is at schema revision {current}, this dyadwatch needs "
            f"{head_revision()}: run `dyadwatch ingest` or `dyadwatch reprocess` on it once to "
            "migrate it, or use a database made by this version")


def migrate(engine: Engine) -> str:
    """Bring the schema up to date (create it on an empty database); returns the revision.

    Raises ``SchemaVersionError`` when the database was made by a newer dyadwatch, and
    ``StorageError`` when it cannot be reached.
    """
    from alembic import command

    cfg = _alembic_config()
    script = ScriptDirectory.from_config(cfg)
    known = {rev.revision for rev in script.walk_revisions()}
    try:
        with engine.begin() as conn:
            current = MigrationContext.configure(conn).get_current_revision()
            if current is not None and current not in known:
                raise SchemaVersionError(
                    f"the database is at schema revision {current}, which this dyadwatch does "
                    "not know: it was made by a newer version; upgrade dyadwatch")
            if current is None and inspect(conn).has_table("documents"):
                raise StorageError("the database has dyadwatch-like tables but no migration "
                                   "record; it was not made by dyadwatch")
            if current != script.get_current_head():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
    except OperationalError as exc:
        raise StorageError(f"cannot open the database: {exc.orig}") from None
    except SQLAlchemyError as exc:
        raise StorageError(f"cannot migrate the database: {exc}") from None
    return script.get_current_head() or ""
