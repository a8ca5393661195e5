"""Article metadata (published, url, outlet, title) from sidecars, pages and JSONL records."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from dyadwatch.model import Rejection

#: The keys the output contract knows; any other key is kept in ``extra``.
KNOWN_KEYS = ("published", "url", "outlet", "title")

#: Publication dates before this are taken for typos, not archives.
EARLIEST_PUBLISHED = date(1900, 1, 1)


class MetadataError(ValueError):
    """A metadata value is invalid; the message says which and why."""


@dataclass(frozen=True)
class Metadata:
    """What we know about an article besides its text; ``source`` says where ``published``
    came from."""

    published: date | None = None
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    source: str | None = None

    def fill_from(self, other: Metadata) -> Metadata:
        """Fields missing here taken from ``other`` (self wins)."""
        published, source = self.published, self.source
        if published is None and other.published is not None:
            published, source = other.published, other.source
        return replace(
            self,
            published=published,
            source=source,
            url=self.url or other.url,
            outlet=self.outlet or other.outlet,
            title=self.title or other.title,
            extra={**other.extra, **self.extra},
        )


def parse_published(value: Any, today: date | None = None) -> date | None:
    """A publication date from ``YYYY-MM-DD`` or an ISO datetime; ``None`` for null/empty.

    Raises ``MetadataError`` for a malformed or impossible date, one before 1900, or one more
    than two days in the future.
    """
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise MetadataError(f"published must be a string like 2024-03-23, not {value!r}")
    text = value.strip()
    try:
        if len(text) == 10:
            day = date.fromisoformat(text)
        else:
            day = datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        raise MetadataError(
            f"published={value!r} is not a valid date (YYYY-MM-DD or ISO datetime)"
        ) from None
    today = today or date.today()
    if day < EARLIEST_PUBLISHED or day > today + timedelta(days=2):
        raise MetadataError(f"published={value!r} is outside 1900-01-01 .. {today}")
    return day


def metadata_from_mapping(data: dict[str, Any], source: str) -> Metadata:
    """Validate a mapping of metadata (sidecar or JSONL record); raises ``MetadataError``."""
    for key in ("url", "outlet", "title"):
        value = data.get(key)
        if value is not None and not isinstance(value, str):
            raise MetadataError(f"{key} must be a string, not {type(value).__name__}")
    published = parse_published(data.get("published"))
    extra = {k: v for k, v in data.items() if k not in KNOWN_KEYS}
    return Metadata(
        published=published,
        url=(data.get("url") or None),
        outlet=(data.get("outlet") or None),
        title=(data.get("title") or None),
        extra=extra,
        source=source if published else None,
    )


def sidecar_path(path: Path) -> Path:
    """``story.meta.json`` for ``story.txt`` or ``story.html``."""
    return path.with_name(path.stem + ".meta.json")


def is_sidecar(path: Path) -> bool:
    """True for ``*.meta.json`` files, which are metadata, not documents."""
    return path.name.endswith(".meta.json")


def read_sidecar(path: Path, doc: str) -> Metadata | Rejection:
    """The sidecar of ``path`` (empty metadata when there is none), or a ``Rejection``."""
    side = sidecar_path(path)
    if not side.is_file():
        return Metadata()
    try:
        data = json.loads(side.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        return Rejection(doc, "invalid_metadata",
                         f"sidecar {side.name} is not readable JSON: {exc}", str(path))
    if not isinstance(data, dict):
        return Rejection(doc, "invalid_metadata", f"sidecar {side.name} must hold a JSON object",
                         str(path))
    try:
        return metadata_from_mapping(data, "sidecar")
    except MetadataError as exc:
        return Rejection(doc, "invalid_metadata", f"sidecar {side.name}: {exc}", str(path))
