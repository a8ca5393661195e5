"""JSONL article files: one JSON object per line with ``id`` and ``text`` or ``html``."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from dyadwatch.model import Rejection
from dyadwatch.sources.metadata import Metadata, MetadataError, metadata_from_mapping


@dataclass(frozen=True, slots=True)
class Record:
    """One usable JSONL line: its document id, body (text or HTML) and metadata."""

    doc: str
    body: str
    is_html: bool
    metadata: Metadata
    line: int


def _lines(path: Path, label: str, max_bytes: int, encoding: str
           ) -> Iterator[tuple[int, str] | Rejection]:
    """Decoded lines, streamed; a line over the size limit or not decodable is rejected alone."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield Rejection(label, "unreadable", f"{exc.strerror or exc}", str(path))
        return
    with handle:
        for number, raw in enumerate(handle, start=1):
            where = f"{label}:{number}"
            if len(raw) > max_bytes:
                yield Rejection(where, "too_large", f"line {number} has {len(raw):,} bytes, over "
                                f"the max_document_bytes limit of {max_bytes:,}", str(path))
                continue
            if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            try:
                yield number, raw.decode(encoding)
            except UnicodeDecodeError as exc:
                yield Rejection(where, "encoding", f"line {number} is not valid {encoding} at "
                                f"byte {exc.start}", str(path))


def read_jsonl(path: Path, label: str, max_bytes: int, encoding: str
               ) -> Iterator[Record | Rejection]:
    """Records of a JSONL file; each bad line becomes a ``Rejection`` named ``label:LINE``."""
    seen: set[str] = set()
    for item in _lines(path, label, max_bytes, encoding):
        if isinstance(item, Rejection):
            yield item
            continue
        number, line = item
        if not line.strip():
            continue
        where = f"{label}:{number}"
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Rejection(where, "malformed_json", f"line {number}: {exc.msg} at column "
                            f"{exc.colno}", str(path))
            continue
        if not isinstance(data, dict):
            yield Rejection(where, "malformed_json",
                            f"line {number}: expected a JSON object, got {type(data).__name__}",
                            str(path))
            continue
        doc = data.get("id")
        if doc is None or (isinstance(doc, str) and not doc.strip()) or isinstance(doc, bool) \
                or not isinstance(doc, (str, int)):
            yield Rejection(where, "missing_field", f"line {number}: field 'id' (a string) is "
                            "required", str(path))
            continue
        doc = str(doc)
        body, is_html = data.get("text"), False
        if not isinstance(body, str) or not body.strip():
            body, is_html = data.get("html"), True
        if not isinstance(body, str) or not body.strip():
            yield Rejection(doc, "missing_field", f"line {number}: one of 'text' or 'html' "
                            "(a non-empty string) is required", str(path))
            continue
        if doc in seen:
            yield Rejection(doc, "duplicate_id", f"line {number}: id {doc!r} was already used "
                            "earlier in this file", str(path))
            continue
        seen.add(doc)
        fields = {k: v for k, v in data.items() if k not in ("id", "text", "html")}
        try:
            meta = metadata_from_mapping(fields, "jsonl")
        except MetadataError as exc:
            yield Rejection(doc, "invalid_metadata", f"line {number}: {exc}", str(path))
            continue
        yield Record(doc, body, is_html, meta, number)
