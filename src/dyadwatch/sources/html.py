"""HTML pages: the article body and page metadata through trafilatura."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from dyadwatch.sources.metadata import Metadata, MetadataError, parse_published

# trafilatura and htmldate log every page they find hard; our rejections say what matters.
for _name in ("trafilatura", "htmldate", "courlan", "justext"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)


@dataclass(frozen=True, slots=True)
class Page:
    """The body text (one paragraph per block, blank lines between) and the page's metadata."""

    text: str
    metadata: Metadata


def extract_page(html: str, url: str | None = None) -> Page:
    """Extract the main text and metadata of an HTML page; empty text when there is no body."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        html,
        url=url,
        include_comments=False,
        include_tables=False,
        with_metadata=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if doc is None or isinstance(doc, dict) or not getattr(doc, "text", None):
        return Page("", Metadata())
    paragraphs = [line.strip() for line in str(doc.text).split("\n") if line.strip()]
    try:
        published = parse_published(getattr(doc, "date", None))
    except MetadataError:
        published = None  # a page date we cannot trust is no date; the sidecar may give one
    meta = Metadata(
        published=published,
        url=getattr(doc, "url", None) or None,
        outlet=getattr(doc, "sitename", None) or None,
        title=getattr(doc, "title", None) or None,
        extra={"author": doc.author} if getattr(doc, "author", None) else {},
        source="page" if published else None,
    )
    return Page("\n\n".join(paragraphs), meta)
