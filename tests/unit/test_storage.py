"""The store on SQLite and PostgreSQL: idempotent writes, atomic documents, filters, migrations."""

from datetime import date

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, text

from dyadwatch.errors import SchemaVersionError, StorageError
from dyadwatch.model import Article, Rejection, content_hash
from dyadwatch.storage import EventFilter, Store, date_range, parse_dyad
from dyadwatch.storage.tables import metadata

VERSIONS = {"pipeline": "0.1.0+a", "kb": "2026.11.0+b"}


def actor(name, country, sector="GOV", kb_id=None, start=0):
    return {"name": name, "text": name, "start": start, "end": start + len(name),
            "country": country, "sector": sector, "kb_id": kb_id, "role": None, "inferred": False}


def record(rid, doc, plover="ASSAULT", src=("Pakistan", "PAK", "PAK"),
           tgt=("Afghanistan", "AFG", "AFG"), day="2024-03-18", precision="day", negated=False):
    return {
        "id": rid, "doc": doc, "plover": plover, "mode": None, "context": [], "cameo": "190",
        "goldstein": -10.0, "quad": 4, "source": actor(src[0], src[1], kb_id=src[2]),
        "target": actor(tgt[0], tgt[1], kb_id=tgt[2], start=20) if tgt else None,
        "date": day, "date_precision": precision, "date_text": "Monday", "location": None,
        "quantities": [], "modality": {"negated": negated, "hypothetical": False, "planned": False},
        "attributed_to": None, "evidence": {"sentence": "Pakistan struck Afghanistan.",
                                            "start": 0, "end": 28},
        "also": [], "confidence": 0.7, "versions": VERSIONS,
    }


def doc(name, text="Pakistan struck Afghanistan."):
    return Article(id="id-" + name, doc=name, text=text, content_hash=content_hash(text),
                   published=date(2024, 3, 19))


@pytest.fixture(params=["sqlite", "postgres"])
def store(request, tmp_path):
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'test.db'}"
    else:
        base = request.getfixturevalue("postgres_url")
        name = f"t_{abs(hash(request.node.nodeid)) % 10**9}"
        engine = create_engine(base, isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        engine.dispose()
        url = base.rsplit("/", 1)[0] + "/" + name
    with Store.open(url) as s:
        yield s


def test_saving_twice_stores_once(store):
    assert store.save_article(doc("a.txt"), [record("e1", "a.txt")], VERSIONS)
    assert not store.save_article(doc("a.txt"), [record("e1", "a.txt")], VERSIONS)
    counts = store.counts()
    assert (counts["documents"], counts["events"], counts["mentions"]) == (1, 1, 1)
    assert store.known_documents(["id-a.txt", "id-b.txt"]) == {"id-a.txt"}


def test_a_document_is_stored_whole_or_not_at_all(store):
    bad = record("e1", "a.txt")
    bad["goldstein"] = None  # violates NOT NULL after the document row was written
    with pytest.raises(Exception):
        store.save_article(doc("a.txt"), [bad], VERSIONS)
    assert store.counts()["documents"] == 0 and store.counts()["events"] == 0


def test_rejections_are_recorded_once_and_counted(store):
    rejection = Rejection("bad.txt", "binary", "the file is a PNG image", "/x/bad.txt")
    store.save_rejection(rejection)
    store.save_rejection(rejection)
    [row] = store.rejection_rows()
    assert (row["reason"], row["times"]) == ("binary", 2)


def test_dyad_filter_works_in_both_directions(store):
    store.save_article(doc("a.txt"), [
        record("e1", "a.txt"),
        record("e2", "a.txt", src=("Afghanistan", "AFG", "AFG"), tgt=("Pakistan", "PAK", "PAK")),
        record("e3", "a.txt", tgt=("India", "IND", "IND")),
    ], VERSIONS)
    ids = {r["id"] for r in store.events(EventFilter(dyad=parse_dyad("PAK-AFG")))}
    assert ids == {"e1", "e2"}


def test_date_filters_use_the_date_range_of_each_precision(store):
    store.save_article(doc("a.txt"), [
        record("day", "a.txt", day="2024-03-18"),
        record("month", "a.txt", day="2024-03", precision="month"),
        record("year", "a.txt", day="2023", precision="year"),
    ], VERSIONS)
    found = {r["id"] for r in store.events(EventFilter(since=date(2024, 3, 10)))}
    assert found == {"day", "month"}
    found = {r["id"] for r in store.events(EventFilter(until=date(2023, 6, 1)))}
    assert found == {"year"}


def test_negated_events_are_kept_but_hidden_by_default(store):
    store.save_article(doc("a.txt"), [record("neg", "a.txt", negated=True)], VERSIONS)
    assert store.events() == []
    assert [r["id"] for r in store.events(EventFilter(include_unreal=True))] == ["neg"]


def test_replace_events_swaps_a_documents_events(store):
    store.save_article(doc("a.txt"), [record("old", "a.txt")], VERSIONS)
    new_versions = {"pipeline": "0.2.0+c", "kb": VERSIONS["kb"]}
    store.replace_events(doc("a.txt"), [record("new", "a.txt")], new_versions)
    assert [r["id"] for r in store.events()] == ["new"]
    assert store.counts()["mentions"] == 1
    assert store.stale_documents(new_versions) == []
    assert store.stale_documents(VERSIONS) == ["id-a.txt"]
    assert store.stale_documents(new_versions, since="0.2.0") == ["id-a.txt"]
    assert store.stale_documents(new_versions, since="0.3.0") == []


def test_event_records_group_reports_of_one_event(store):
    store.save_article(doc("a.txt"), [record("e1", "a.txt")], VERSIONS)
    [rec] = store.event_records()
    assert rec["event_id"] == "e1" and rec["n_mentions"] == 1 and rec["sources"][0]["doc"] == "a.txt"


def test_stored_article_reloads(store):
    store.save_article(doc("a.txt"), [], VERSIONS)
    again = store.load_article("id-a.txt")
    assert again.text == "Pakistan struck Afghanistan." and again.published == date(2024, 3, 19)


def test_migrations_produce_exactly_the_declared_schema(store):
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    assert diff == []


def test_a_database_from_a_newer_version_is_refused(tmp_path):
    url = f"sqlite:///{tmp_path / 'x.db'}"
    Store.open(url).close()
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(SchemaVersionError, match="newer version"):
        Store.open(url)


def test_bad_database_locations_are_clear_errors(tmp_path):
    with pytest.raises(StorageError, match="is a directory"):
        Store.open(f"sqlite:///{tmp_path}")
    with pytest.raises(StorageError, match="does not exist"):
        Store.open(f"sqlite:///{tmp_path / 'nope' / 'x.db'}")
    with pytest.raises(StorageError, match="unsupported database"):
        Store.open("mysql://u@h/db")


def test_date_range():
    assert date_range("2024-03", "month") == (date(2024, 3, 1), date(2024, 3, 31))
    assert date_range("2024-03-18", "week") == (date(2024, 3, 18), date(2024, 3, 24))
    assert date_range(None, None) == (None, None)


def test_a_read_only_engine_follows_a_file_replaced_under_it(tmp_path):
    from dyadwatch.storage import Reader, make_engine

    path = tmp_path / "live.db"
    _store_one(path, "first.txt", "Pakistan and Afghanistan held talks in Kabul on Monday.")
    reader = Reader(make_engine(f"sqlite:///{path}", read_only=True))
    assert reader.document("id-first.txt") is not None
    for suffix in ("", "-wal", "-shm"):
        (tmp_path / f"live.db{suffix}").unlink(missing_ok=True)
    _store_one(path, "second.txt", "Pakistan closed the Torkham crossing on Friday.")
    assert reader.document("id-first.txt") is None
    assert reader.document("id-second.txt") is not None
    path.write_bytes(b"not a database " * 200)
    with pytest.raises(StorageError, match="cannot be read"):
        reader.document("id-second.txt")


def _store_one(path, doc, text_):
    with Store.open(f"sqlite:///{path}") as store:
        article = Article(id="id-" + doc, doc=doc, text=text_, content_hash=content_hash(text_),
                          published=date(2024, 3, 19))
        store.save_article(article, [], {"pipeline": "p", "kb": "k"})
