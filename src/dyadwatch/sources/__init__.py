"""Readers: text files with sidecar metadata, HTML pages, JSONL, directories; text cleaning.

Everything here turns bytes on disk into ``Article`` or ``Rejection`` records; nothing is parsed
linguistically yet.
"""

from dyadwatch.sources.clean import Cleaned, clean_text, parse_loose_date
from dyadwatch.sources.metadata import Metadata, MetadataError, parse_published
from dyadwatch.sources.reader import (
    READERS,
    ReadOptions,
    SourceFile,
    article_from_text,
    build_article,
    discover,
    read_file,
    read_sources,
)

__all__ = [
    "READERS",
    "Cleaned",
    "Metadata",
    "MetadataError",
    "ReadOptions",
    "SourceFile",
    "article_from_text",
    "build_article",
    "clean_text",
    "discover",
    "parse_loose_date",
    "parse_published",
    "read_file",
    "read_sources",
]
