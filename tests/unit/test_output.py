"""Records follow the output contract's JSON Schema; flat rows keep every column."""

import json
from datetime import date
from importlib import resources

import jsonschema
import pytest

from dyadwatch.output import FLAT_COLUMNS, event_record, flatten, plover_record
from dyadwatch.stages import ActorStage, DateStage, EventStage, MergeStage
from tests.helpers import article, sentence

SCHEMA = json.loads(resources.files("dyadwatch").joinpath("schema/event.schema.json")
                    .read_text("utf-8"))
VERSIONS = {"pipeline": "0.1.0+test", "kb": "2026.11.0+test"}


@pytest.fixture
def records(small_kb):
    s = sentence([("Pakistan", "Pakistan", "PROPN", "nsubj", 1),
                  ("attacked", "attack", "VERB", "ROOT", 1), ("the", "the", "DET", "det", 3),
                  ("TTP", "TTP", "PROPN", "dobj", 1), ("on", "on", "ADP", "prep", 1),
                  ("Friday", "Friday", "PROPN", "pobj", 4)],
                 [(0, 1, "GPE"), (3, 4, "ORG"), (5, 6, "DATE")], refs={0: "PAK", 3: "TTP"})
    art = article([s], date(2024, 3, 23))
    for stage in (ActorStage(small_kb), EventStage(), DateStage(), MergeStage()):
        art = stage(art)
    return [event_record(e, art, VERSIONS) for e in art.events]


def test_records_validate_against_the_schema(records):
    assert records
    for record in records:
        jsonschema.validate(record, SCHEMA)
    assert records[0]["date"] == "2024-03-22" and records[0]["date_text"] == "Friday"


def test_schema_rejects_a_broken_record(records):
    broken = dict(records[0], date="2024-03", date_precision="day")
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, SCHEMA)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(dict(records[0], plover="MADE_STATEMENT"), SCHEMA)


def test_offsets_point_at_the_mention_text(records):
    record = records[0]
    assert record["source"]["text"] == "Pakistan" and record["source"]["start"] == 0
    assert record["evidence"]["start"] == 0


def test_flat_rows_have_every_column(records):
    row = flatten(records[0])
    assert list(row) == list(FLAT_COLUMNS)
    assert row["source_country"] == "PAK" and row["target_kb_id"] == "TTP"


def test_plover_record_uses_plover_field_names(records):
    converted = plover_record(records[0])
    assert converted["event"] == "ASSAULT" and converted["source"][0]["code"] == "PAK"
