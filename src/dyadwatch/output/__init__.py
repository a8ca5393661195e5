"""The output contract: events as records, and writers for JSONL, CSV, PLOVER and parquet."""

from dyadwatch.output.records import (
    FLAT_COLUMNS,
    actor_record,
    event_record,
    flatten,
    is_reportable,
)
from dyadwatch.output.writers import (
    CsvWriter,
    plover_record,
    write_csv,
    write_jsonl,
    write_parquet,
)

__all__ = [
    "FLAT_COLUMNS",
    "CsvWriter",
    "actor_record",
    "event_record",
    "flatten",
    "is_reportable",
    "plover_record",
    "write_csv",
    "write_jsonl",
    "write_parquet",
]
