"""Reprocess after a knowledge-base change; export in every format; the Python API."""

import csv
import json
import shutil

import pyarrow.parquet as pq
import pytest

import dyadwatch
from dyadwatch import api
from dyadwatch.config import load_settings
from dyadwatch.storage import Store

pytestmark = pytest.mark.model


def test_reprocess_recodes_documents_after_the_kb_changes(tmp_path, demo_db):
    db = tmp_path / "re.db"
    shutil.copy(demo_db, db)
    with Store.open(f"sqlite:///{db}") as store:
        ids_before = {r["id"] for r in store.events(limit=100000)}
        n_docs = store.counts()["documents"]
    assert api.reprocess(str(db)).read == 0  # nothing is stale
    extra = tmp_path / "mine.yaml"
    extra.write_text("actors:\n  - {id: ZZ_EXAMPLE_FRONT, name: Example Front, kind: armed_group,"
                     " country: PAK, sector: REB, source: analyst note}\n")
    settings = load_settings(kb_extra=(str(extra),))
    summary = api.reprocess(str(db), settings=settings)
    assert summary.read == n_docs
    with Store.open(f"sqlite:///{db}") as store:
        ids_after = {r["id"] for r in store.events(limit=100000)}
        assert store.stale_documents(api.pipeline_for(settings).versions) == []
    assert ids_after == ids_before  # unchanged events keep their ids
    assert api.reprocess(str(db), everything=True, settings=settings).read == n_docs


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "plover", "parquet"])
def test_export_formats_leave_text_out_unless_asked(tmp_path, demo_db, fmt):
    out = tmp_path / f"events.{fmt}"
    n = api.export(out, fmt, str(demo_db))
    assert n > 50
    with_text = tmp_path / f"text.{fmt}"
    api.export(with_text, fmt, str(demo_db), with_text=True)
    if fmt == "parquet":
        table = pq.read_table(out)
        assert table.num_rows == n and "document_text" not in table.column_names
        assert "document_text" in pq.read_table(with_text).column_names
    elif fmt == "csv":
        rows = list(csv.DictReader(out.open()))
        assert len(rows) == n and "document_text" not in rows[0]
        assert "document_text" in next(csv.DictReader(with_text.open()))
    else:
        lines = [json.loads(x) for x in out.read_text().splitlines()]
        assert len(lines) == n
        key = "text" if fmt == "jsonl" else "documentText"
        assert key not in lines[0] and key in json.loads(with_text.read_text().splitlines()[0])


def test_python_api_extract():
    records = dyadwatch.extract(
        "ISLAMABAD: Pakistan's Foreign Office on Monday condemned the attack on its embassy in "
        "Kabul and called on the interim Afghan government to arrest the attackers.",
        published="2022-12-05")
    kinds = {(r["plover"], r["source"]["country"]) for r in records}
    assert ("ACCUSE", "PAK") in kinds or ("REQUEST", "PAK") in kinds
    assert all(r["doc"] == "text" for r in records)
