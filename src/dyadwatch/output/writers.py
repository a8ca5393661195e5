"""Write records as JSON lines, CSV, PLOVER JSON or parquet."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from dyadwatch.output.records import FLAT_COLUMNS, flatten

FORMATS = ("jsonl", "csv")


def write_jsonl(records: Iterable[dict[str, Any]], out: IO[str]) -> int:
    """One JSON object per line; returns how many were written."""
    n = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False, sort_keys=False) + "\n")
        n += 1
    return n


class CsvWriter:
    """Flat CSV rows with a header, written as records arrive."""

    def __init__(self, out: IO[str], with_text: bool = False) -> None:
        columns = [*FLAT_COLUMNS, *(["document_text"] if with_text else [])]
        self._writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore")
        self._writer.writeheader()
        self.count = 0

    def write(self, record: dict[str, Any]) -> None:
        """Write one record as a flat row."""
        self._writer.writerow(flatten(record))
        self.count += 1


def write_csv(records: Iterable[dict[str, Any]], out: IO[str]) -> int:
    """Flat CSV with a header row; returns how many rows were written."""
    writer = CsvWriter(out)
    for record in records:
        writer.write(record)
    return writer.count


def plover_record(record: dict[str, Any]) -> dict[str, Any]:
    """A record in PLOVER's interchange field names (id, date, source, target, event, mode...)."""
    def actor(a: dict[str, Any] | None) -> list[dict[str, Any]]:
        if not a:
            return []
        return [{"actorText": a["text"], "code": a["country"], "sector": a["sector"],
                 "name": a["name"], "kbId": a.get("kb_id")}]

    return {
        "id": record["id"], "date": record["date"], "datePrecision": record["date_precision"],
        "event": record["plover"], "mode": record["mode"] or "",
        "context": ",".join(record["context"]), "source": actor(record["source"]),
        "target": actor(record["target"]), "eventText": (record.get("trigger") or {}).get("text"),
        "text": record["evidence"]["sentence"], "cameo": record["cameo"],
        "goldstein": record["goldstein"], "quadClass": record["quad"],
        "eventLoc": record["location"], "language": "en", "publication": record.get("outlet"),
        "url": record.get("url"), "docId": record["doc"], "confidence": record["confidence"],
        "version": record["versions"],
    }


def write_parquet(records: Iterable[dict[str, Any]], path: Path, with_text: bool = False
                  ) -> int:
    """Flat rows as a parquet file (pyarrow); returns how many rows were written."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _parquet_schema(with_text)
    rows = [flatten(r) for r in records]
    table = pa.Table.from_pylist(rows, schema=schema) if rows else schema.empty_table()
    pq.write_table(table, path)
    return len(rows)


def _parquet_schema(with_text: bool):  # type: ignore[no-untyped-def]
    import pyarrow as pa

    floats = {"goldstein", "confidence", "location_lat", "location_lon"}
    ints = {"quad", "evidence_start", "evidence_end"}
    bools = {"negated", "hypothetical", "planned"}
    columns = [*FLAT_COLUMNS, *(["document_text"] if with_text else [])]
    return pa.schema([
        (c, pa.float64() if c in floats else pa.int64() if c in ints else
         pa.bool_() if c in bools else pa.string()) for c in columns
    ])


def iter_lines(records: Iterable[dict[str, Any]]) -> Iterator[str]:
    """JSON lines as strings (for streaming responses)."""
    for record in records:
        yield json.dumps(record, ensure_ascii=False) + "\n"
