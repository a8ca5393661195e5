"""Ingest: idempotent, survives SIGKILL, records rejections without losing stored data."""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dyadwatch import api
from dyadwatch.storage import Store
from tests.conftest import CORPUS, ROOT

pytestmark = pytest.mark.model


def counts(db: Path) -> dict[str, int]:
    with Store.open(f"sqlite:///{db}") as store:
        return store.counts()


def test_ingesting_twice_changes_nothing(demo_db):
    before = counts(demo_db)
    summary = api.ingest([CORPUS], db=str(demo_db))
    assert summary.stored == 0 and summary.skipped == summary.read > 25
    assert counts(demo_db) == before


def test_no_event_is_stored_twice(demo_db):
    con = sqlite3.connect(demo_db)
    dupes = con.execute("SELECT COUNT(*) FROM (SELECT document_id, evidence_id, record FROM "
                        "mentions GROUP BY 1, 2, 3 HAVING COUNT(*) > 1)").fetchone()[0]
    con.close()
    assert dupes == 0


def test_sigkill_part_way_then_rerun_gives_the_uninterrupted_counts(tmp_path, demo_db):
    db = tmp_path / "killed.db"
    env = {**os.environ, "DYADWATCH_BATCH_SIZE": "2"}
    proc = subprocess.Popen([sys.executable, "-m", "dyadwatch", "ingest", str(CORPUS), "--db",
                             str(db)], cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        deadline = time.time() + 300
        stored = 0
        while time.time() < deadline and proc.poll() is None:
            if db.exists():
                try:
                    con = sqlite3.connect(db, timeout=1)
                    stored = con.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
                    con.close()
                except sqlite3.Error:
                    stored = 0
            if stored >= 6:
                break
            time.sleep(0.05)
        assert proc.poll() is None, "ingest finished before it could be killed"
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
    finally:
        if proc.poll() is None:
            proc.kill()
    partial = counts(db)
    assert 0 < partial["documents"] < counts(demo_db)["documents"]
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    orphans = con.execute("SELECT COUNT(*) FROM mentions WHERE document_id NOT IN "
                          "(SELECT id FROM documents)").fetchone()[0]
    con.close()
    assert orphans == 0
    api.ingest([CORPUS], db=str(db))
    assert counts(db) == counts(demo_db)


def test_bad_inputs_are_rejected_and_stored_data_is_kept(tmp_path, demo_db):
    db = tmp_path / "mixed.db"
    api.ingest([CORPUS], db=str(db))
    before = counts(db)
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_text("")
    (bad / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (bad / "latin1.txt").write_bytes("caf\xe9 ".encode("latin-1") * 20)
    (bad / "nobody.html").write_text("<html><body><nav>Home</nav></body></html>")
    (bad / "german.txt").write_text("Der Außenminister traf am Montag in Kabul seinen "
                                    "afghanischen Amtskollegen zu Gesprächen über die Grenze.")
    (bad / "date.txt").write_text("Pakistan and Afghanistan held talks in Kabul on Monday.")
    (bad / "date.meta.json").write_text(json.dumps({"published": "2023-02-29"}))
    (bad / "feed.jsonl").write_text('{"id": "x"\n' + json.dumps(
        {"id": "fresh", "text": "KABUL: Afghanistan's foreign ministry on Tuesday summoned "
                                "Pakistan's envoy over shelling in Kunar province.",
         "published": "2024-04-02"}) + "\n")
    with (bad / "huge.txt").open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    summary = api.ingest([bad], db=str(db))
    assert summary.reasons == {"empty": 1, "binary": 1, "encoding": 1, "no_body": 1,
                               "language": 1, "invalid_metadata": 1, "malformed_json": 1,
                               "too_large": 1}
    assert summary.stored == 1
    after = counts(db)
    assert after["documents"] == before["documents"] + 1
    assert after["events"] >= before["events"] and after["rejections"] == 8
