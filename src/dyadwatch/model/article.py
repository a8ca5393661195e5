"""Articles (documents) as they travel through the pipeline, and rejected inputs."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from dyadwatch.model.actor import ActorMention
from dyadwatch.model.event import Event
from dyadwatch.model.text import Sentence


def content_hash(text: str) -> str:
    """SHA-256 of the cleaned text, hex: what re-ingestion is checked against."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def document_id(text_hash: str, url: str | None, outlet: str | None) -> str:
    """A stable document id from the content hash, URL and outlet.

    The same text from the same place always gets the same id, wherever the file lies; the same
    wire copy published by two outlets stays two documents (two sources of one event).
    """
    key = "\x1f".join((text_hash, url or "", outlet or ""))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


@dataclass(frozen=True, slots=True)
class Removal:
    """A piece of boilerplate the cleaner removed (kept for audit; not part of the text)."""

    kind: str
    text: str


@dataclass(frozen=True)
class Article:
    """A document: cleaned text, metadata, and the annotations stages have added.

    ``doc`` is the user-facing name (file name relative to the directory given, or the JSONL id);
    ``id`` the stable document id. ``published_source`` says where the publication date came from
    (``sidecar``, ``page``, ``trailer``, ``jsonl``, ``default``). ``provided`` lists the annotations
    present (``sentences``, ``actors``, ``events``, ``dates``...), which the pipeline checks.
    """

    id: str
    doc: str
    text: str
    content_hash: str
    published: date | None = None
    published_source: str | None = None
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    language: str | None = None
    source_path: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    removed: tuple[Removal, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    mentions: tuple[ActorMention, ...] = ()
    events: tuple[Event, ...] = ()
    provided: frozenset[str] = frozenset({"text"})

    def with_annotations(self, provides: frozenset[str], **changes: Any) -> Article:
        """A copy with ``changes`` applied and ``provides`` added to what it carries."""
        return replace(self, provided=self.provided | provides, **changes)

    @property
    def word_count(self) -> int:
        """Whitespace-separated words in the cleaned text."""
        return len(self.text.split())


#: Reason codes of rejections (stable: stored in the database and printed to users).
REJECTION_REASONS: dict[str, str] = {
    "empty": "the document has no text after boilerplate removal",
    "binary": "the file is binary, not text",
    "encoding": "the file is not valid in the configured text encoding",
    "too_large": "the file is larger than the max_document_bytes setting",
    "malformed_json": "a JSONL line is not a valid JSON object",
    "missing_field": "a JSONL record lacks a required field",
    "no_body": "no article body could be extracted from the HTML page",
    "language": "the text is not in a supported language",
    "invalid_metadata": "the metadata (sidecar or record) has an invalid value",
    "unreadable": "the file could not be read",
    "duplicate_id": "another document in the same input uses the same id",
}


@dataclass(frozen=True, slots=True)
class Rejection:
    """An input that was not processed, with a reason code from ``REJECTION_REASONS``."""

    doc: str
    reason: str
    detail: str
    source_path: str | None = None
    fingerprint: str | None = None

    def __post_init__(self) -> None:
        if self.reason not in REJECTION_REASONS:
            raise ValueError(f"unknown rejection reason {self.reason!r}")
