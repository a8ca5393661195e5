"""From paths on disk (or a string) to ``Article`` records, or ``Rejection`` records.

This is the input half of the output contract (docs/output-contract.md): which files are read,
what ``doc`` is, where metadata comes from and in which order it wins.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from dyadwatch.errors import InputError
from dyadwatch.model import Article, Rejection, content_hash, document_id
from dyadwatch.sources.clean import clean_text
from dyadwatch.sources.html import extract_page
from dyadwatch.sources.jsonl import read_jsonl
from dyadwatch.sources.language import language_of
from dyadwatch.sources.metadata import Metadata, is_sidecar, read_sidecar
from dyadwatch.sources.raw import read_text_file

#: File extensions read, and how.
READERS: dict[str, str] = {".txt": "text", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}

Notice = Callable[[str], None]

#: An HTML page whose extracted body is shorter than this has no article in it.
MIN_HTML_WORDS = 10
#: Below this many words a language cannot be told reliably: the text is accepted.
MIN_LANGUAGE_WORDS = 6


@dataclass(frozen=True, slots=True)
class SourceFile:
    """A file to read, with its document name and kind (text, html or jsonl)."""

    path: Path
    doc: str
    kind: str


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """What reading needs from the settings."""

    max_document_bytes: int = 5_000_000
    input_encoding: str = "utf-8"
    languages: tuple[str, ...] = ("en",)
    published_default: date | None = None


def _ignore(_: str) -> None:
    return None


def discover(paths: Iterable[str | Path], notice: Notice = _ignore) -> list[SourceFile]:
    """The files to read under ``paths``, in a stable order.

    A directory is walked recursively; ``doc`` is then the path relative to it. ``*.meta.json``
    sidecars and hidden files are passed over silently, other unsupported files with a notice.
    Raises ``InputError`` for a path that does not exist.
    """
    found: list[SourceFile] = []
    for given in paths:
        root = Path(given)
        if not root.exists():
            raise InputError(f"{given}: no such file or directory")
        if root.is_file():
            candidates = [(root, root.name)]
        else:
            candidates = [
                (p, p.relative_to(root).as_posix())
                for p in sorted(root.rglob("*"))
                if p.is_file() and not any(part.startswith(".") for part in
                                           p.relative_to(root).parts)
            ]
        for path, doc in candidates:
            if is_sidecar(path):
                continue
            kind = READERS.get(path.suffix.lower())
            if kind is None:
                notice(f"skipped {doc}: not a .txt, .html, .htm or .jsonl file")
                continue
            found.append(SourceFile(path, doc, kind))
    return found


def read_sources(
    paths: Iterable[str | Path], options: ReadOptions = ReadOptions(), notice: Notice = _ignore
) -> Iterator[Article | Rejection]:
    """Every article under ``paths``, or a rejection for each input that cannot be used."""
    for source in discover(paths, notice):
        yield from read_file(source, options)


def read_file(source: SourceFile, options: ReadOptions) -> Iterator[Article | Rejection]:
    """The article(s) of one file: one for text and HTML, one per line for JSONL."""
    path = str(source.path)
    if source.kind == "jsonl":
        for item in read_jsonl(source.path, source.doc, options.max_document_bytes,
                               options.input_encoding):
            if isinstance(item, Rejection):
                yield item
            else:
                yield build_article(item.doc, item.body, item.is_html, item.metadata, options,
                                    source_path=f"{path}:{item.line}")
        return
    sidecar = read_sidecar(source.path, source.doc)
    if isinstance(sidecar, Rejection):
        yield sidecar
        return
    body = read_text_file(source.path, source.doc, options.max_document_bytes,
                          options.input_encoding)
    if isinstance(body, Rejection):
        yield body
        return
    yield build_article(source.doc, body, source.kind == "html", sidecar, options, path)


def build_article(
    doc: str,
    body: str,
    is_html: bool,
    metadata: Metadata,
    options: ReadOptions,
    source_path: str | None = None,
) -> Article | Rejection:
    """Clean ``body`` (extracting it from HTML first), check it, and make the ``Article``.

    Metadata wins in this order: the given ``metadata`` (sidecar or JSONL record), the page's
    own, the text's trailer ("Published in X, <date>"), then ``options.published_default``.
    """
    if is_html:
        page = extract_page(body, metadata.url)
        words = len(page.text.split())
        if words < MIN_HTML_WORDS:
            return Rejection(doc, "no_body", f"no article text found in the HTML page ({words} "
                             "words outside navigation; an empty or script-only body?)",
                             source_path)
        metadata = metadata.fill_from(page.metadata)
        body = page.text
    cleaned = clean_text(body)
    if not cleaned.text.strip():
        return Rejection(doc, "empty", "no text left after removing whitespace and "
                         "boilerplate", source_path)
    lang, ok = language_of(cleaned.text, options.languages)
    if not ok and len(cleaned.text.split()) >= MIN_LANGUAGE_WORDS:
        return Rejection(doc, "language", f"the text looks like language '{lang}', not one "
                         f"of the accepted {', '.join(options.languages)} (setting languages)",
                         source_path)
    if metadata.published is None and cleaned.trailer_date is not None:
        metadata = metadata.fill_from(
            Metadata(published=cleaned.trailer_date, outlet=cleaned.trailer_outlet,
                     source="trailer"))
    if metadata.published is None and options.published_default is not None:
        metadata = metadata.fill_from(
            Metadata(published=options.published_default, source="default"))
    title = metadata.title or _headline(cleaned.text)
    text_hash = content_hash(cleaned.text)
    return Article(
        id=document_id(text_hash, metadata.url, metadata.outlet),
        doc=doc,
        text=cleaned.text,
        content_hash=text_hash,
        published=metadata.published,
        published_source=metadata.source,
        url=metadata.url,
        outlet=metadata.outlet,
        title=title,
        language=lang,
        source_path=source_path,
        metadata=dict(metadata.extra),
        removed=cleaned.removed,
    )


def article_from_text(
    text: str,
    doc: str = "text",
    published: date | None = None,
    url: str | None = None,
    outlet: str | None = None,
    title: str | None = None,
    options: ReadOptions = ReadOptions(),
) -> Article | Rejection:
    """An article from a string, as if read from a file with this metadata."""
    meta = Metadata(published=published, url=url, outlet=outlet, title=title,
                    source="given" if published else None)
    return build_article(doc, text, False, meta, options)


def _headline(text: str) -> str | None:
    """The first line when it reads as a headline (short, no final full stop)."""
    first = text.split("\n", 1)[0].strip()
    words = first.split()
    if 3 <= len(words) <= 20 and not first.endswith((".", ":", ";", ",")):
        return first
    return None
