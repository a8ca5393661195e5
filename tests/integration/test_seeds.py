"""`dyadwatch extract ../shared/seeds --format jsonl`: contract, doc names, no boilerplate."""

import json
from importlib import resources

import jsonschema
import pytest

from dyadwatch.sources import read_sources
from tests.integration.conftest import dyadwatch

pytestmark = pytest.mark.model

SCHEMA = json.loads(resources.files("dyadwatch").joinpath("schema/event.schema.json")
                    .read_text("utf-8"))
BOILERPLATE = ["Published in Dawn", "Military convictions", "Read more:",
               "Afghanistan Threatens Retaliation", "I am a dedicated student",
               "Read all the Latest News", "Follow us on Facebook", "F.P. Report",
               "Breaking News"]


@pytest.fixture(scope="module")
def extracted(seeds_dir):
    result = dyadwatch("extract", str(seeds_dir), "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()], result.stderr


def test_stdout_holds_only_valid_records(extracted):
    records, _ = extracted
    assert len(records) >= 10
    for record in records:
        jsonschema.validate(record, SCHEMA)


def test_doc_is_the_file_name(extracted, seeds_dir):
    records, _ = extracted
    names = {p.name for p in seeds_dir.glob("*.txt")}
    assert {r["doc"] for r in records} <= names
    assert len({r["doc"] for r in records}) == len(names)  # every seed yields events


def test_stderr_has_the_summary_not_stdout(extracted):
    _, stderr = extracted
    assert "5 documents read, 0 rejected" in stderr


def test_evidence_offsets_point_into_the_cleaned_text(extracted, seeds_dir):
    records, _ = extracted
    texts = {a.doc: a.text for a in read_sources([str(seeds_dir)])}
    for record in records:
        text = texts[record["doc"]]
        ev = record["evidence"]
        assert text[ev["start"]:ev["end"]] == ev["sentence"]
        for role in ("source", "target"):
            actor = record[role]
            if actor:
                assert text[actor["start"]:actor["end"]] == actor["text"]


def test_boilerplate_is_absent_from_the_text_and_yields_no_events(extracted, seeds_dir):
    records, _ = extracted
    for article in read_sources([str(seeds_dir)]):
        for junk in BOILERPLATE:
            assert junk not in article.text, (article.doc, junk)
    for record in records:
        for junk in BOILERPLATE:
            assert junk not in record["evidence"]["sentence"]


def test_publication_dates_come_from_the_sidecars_and_relative_dates_resolve(extracted):
    records, _ = extracted
    dated = [r for r in records if r["date_text"]]
    assert dated, "some events carry a date resolved from the text"
    fallback = [r for r in records if r["date_text"] is None]
    for r in fallback:
        assert r["date"] == r["published"] and r["date_precision"] == "day"
