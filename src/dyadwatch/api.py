"""The Python API: what the CLI does, as plain functions a notebook can call.

    >>> import dyadwatch
    >>> records = dyadwatch.extract("Pakistan and Afghanistan held talks in Doha on Monday.",
    ...                             published="2024-07-02")
"""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from dyadwatch.config import Settings, load_settings
from dyadwatch.errors import InputError, NothingToReadError
from dyadwatch.kb import KnowledgeBase, load_kb
from dyadwatch.model import Actor, Article, Rejection
from dyadwatch.output import event_record, is_reportable
from dyadwatch.pipeline import Pipeline, build_pipeline
from dyadwatch.sources import ReadOptions, article_from_text, discover, read_sources
from dyadwatch.sources.metadata import MetadataError, parse_published
from dyadwatch.storage import EventFilter, Store

Progress = Callable[[int], None]
Notice = Callable[[str], None]

_PIPELINES: dict[tuple[object, ...], Pipeline] = {}


def _settings(settings: Settings | None) -> Settings:
    return settings or load_settings()


def pipeline_for(settings: Settings) -> Pipeline:
    """The standard pipeline for ``settings``, built once per process (the database setting
    plays no part in it)."""
    key = (settings.model, settings.kb_extra, settings.batch_size, settings.n_process)
    if key not in _PIPELINES:
        _PIPELINES[key] = build_pipeline(settings)
    return _PIPELINES[key]


def knowledge_base(settings: Settings | None = None) -> KnowledgeBase:
    """The knowledge base for ``settings`` (shipped files plus ``kb_extra``), loaded once."""
    return load_kb(_settings(settings).kb_extra)


def as_date(value: str | date | None, what: str = "published") -> date | None:
    """A date argument from ``YYYY-MM-DD`` text; ``InputError`` when it is not a real date."""
    if value is None or isinstance(value, date):
        return value
    try:
        return parse_published(value)
    except MetadataError as exc:
        raise InputError(f"--{what}: {exc}") from None


def read_options(settings: Settings, published: date | None = None) -> ReadOptions:
    """Reading options from the settings plus a default publication date."""
    return ReadOptions(settings.max_document_bytes, settings.input_encoding, settings.languages,
                       published)


def records_of(article: Article, pipeline: Pipeline, include_all: bool = False
               ) -> list[dict[str, Any]]:
    """Contract records of a processed article (negated/hypothetical only with include_all)."""
    return [event_record(e, article, pipeline.versions) for e in article.events
            if is_reportable(e, include_all)]


def extract(text: str, published: str | date | None = None, *, doc: str = "text",
            url: str | None = None, outlet: str | None = None, title: str | None = None,
            include_all: bool = False, settings: Settings | None = None) -> list[dict[str, Any]]:
    """Events in one text, as output-contract records (no database involved).

    Raises ``InputError`` when the text is rejected (empty, not English...), saying why.
    """
    settings = _settings(settings)
    article = article_from_text(text, doc, as_date(published), url, outlet, title,
                                read_options(settings))
    if isinstance(article, Rejection):
        raise InputError(f"{article.doc}: rejected ({article.reason}): {article.detail}")
    pipeline = pipeline_for(settings)
    return records_of(pipeline(article), pipeline, include_all)


@dataclass
class ExtractResult:
    """One processed document: its records, or the rejection that stopped it."""

    doc: str
    records: list[dict[str, Any]] = field(default_factory=list)
    rejection: Rejection | None = None


def extract_paths(paths: Iterable[str | Path], published: str | date | None = None,
                  include_all: bool = False, settings: Settings | None = None,
                  notice: Notice | None = None) -> Iterator[ExtractResult]:
    """Process files and directories; one result per document, in input order.

    Raises ``InputError`` for a missing path and ``NothingToReadError`` when not a single
    document could be read.
    """
    settings = _settings(settings)
    pipeline = pipeline_for(settings)
    options = read_options(settings, as_date(published))
    stream = read_sources(list(paths), options, notice or (lambda _m: None))
    # Results come out in input order: a rejection waits until the articles read before it
    # have been processed.
    held: deque[ExtractResult] = deque()
    read = 0

    def batches() -> Iterator[list[Article]]:
        nonlocal read
        batch: list[Article] = []
        for item in stream:
            if isinstance(item, Rejection):
                held.append(ExtractResult(item.doc, rejection=item))
                continue
            read += 1
            batch.append(item)
            held.append(ExtractResult(item.doc))
            if len(batch) >= pipeline.batch_size:
                yield batch
                batch = []
        if batch:
            yield batch

    for batch in pipeline.run_batches(batches()):
        done = deque(batch)  # the next article entries of ``held``, in the same order
        while held and (held[0].rejection is not None or done):
            result = held.popleft()
            if result.rejection is None:
                result.records = records_of(done.popleft(), pipeline, include_all)
            yield result
    yield from held  # rejections after the last article
    if read == 0:
        raise NothingToReadError("no document could be read from the paths given")


@dataclass
class IngestSummary:
    """What an ingest or reprocess run did."""

    read: int = 0
    skipped: int = 0
    stored: int = 0
    rejected: int = 0
    events: int = 0
    reasons: Counter[str] = field(default_factory=Counter)
    rejections: list[Rejection] = field(default_factory=list)
    db: str = ""

    def as_dict(self) -> dict[str, Any]:
        """The counts as a plain dict (for JSON output and run records)."""
        return {"read": self.read, "skipped": self.skipped, "stored": self.stored,
                "rejected": self.rejected, "events": self.events,
                "reasons": dict(self.reasons), "db": self.db}


def count_inputs(paths: Iterable[str | Path]) -> int:
    """How many documents ``paths`` hold (files, plus the lines of JSONL files)."""
    total = 0
    for source in discover(list(paths)):
        if source.kind == "jsonl":
            with source.path.open("rb") as handle:
                total += sum(1 for line in handle if line.strip())
        else:
            total += 1
    return total


def ingest(paths: Iterable[str | Path], db: str | None = None,
           published: str | date | None = None, settings: Settings | None = None,
           progress: Progress | None = None, notice: Notice | None = None) -> IngestSummary:
    """Read, code and store documents; documents already stored are skipped.

    Every document is stored in its own transaction, so an interrupted ingest can simply be
    run again: it completes the job without duplicates.
    """
    settings = _settings(settings).with_overrides(db=db)
    pipeline = pipeline_for(settings)
    options = read_options(settings, as_date(published))
    summary = IngestSummary(db=settings.db)
    with Store.open(settings.db_url) as store:
        run = store.start_run("ingest", pipeline.versions)
        items = read_sources(list(paths), options, notice or (lambda _m: None))
        batches = _fresh_batches(items, store, pipeline.batch_size, summary, progress)
        for batch in pipeline.run_batches(batches):
            for article in batch:
                records = records_of(article, pipeline, include_all=True)
                if store.save_article(article, records, pipeline.versions):
                    summary.stored += 1
                    summary.events += len(records)
                else:
                    summary.skipped += 1
                _tick(progress)
        store.finish_run(run, {"read": summary.read, "skipped": summary.skipped,
                               "rejected": summary.rejected, "events": summary.events})
    return summary


def _tick(progress: Progress | None, n: int = 1) -> None:
    if progress is not None:
        progress(n)


def _fresh_batches(items: Iterable[Article | Rejection], store: Store, size: int,
                   summary: IngestSummary, progress: Progress | None
                   ) -> Iterator[list[Article]]:
    """Batches of the articles not stored yet; rejections are saved, known articles counted."""
    seen: set[str] = set()
    batch: list[Article] = []
    for item in items:
        if isinstance(item, Rejection):
            store.save_rejection(item)
            summary.rejected += 1
            summary.reasons[item.reason] += 1
            summary.rejections.append(item)
            _tick(progress)
            continue
        summary.read += 1
        batch.append(item)
        if len(batch) >= size:
            if fresh := _unknown(batch, store, seen, summary, progress):
                yield fresh
            batch = []
    if batch and (fresh := _unknown(batch, store, seen, summary, progress)):
        yield fresh


def _unknown(batch: list[Article], store: Store, seen: set[str], summary: IngestSummary,
             progress: Progress | None) -> list[Article]:
    """The articles of ``batch`` neither stored nor seen earlier in this run."""
    known = store.known_documents(a.id for a in batch) | seen
    fresh = []
    for article in batch:
        if article.id in known:
            summary.skipped += 1
            _tick(progress)
        else:
            known.add(article.id)
            seen.add(article.id)
            fresh.append(article)
    return fresh


def reprocess(db: str | None = None, since: str | None = None, everything: bool = False,
              settings: Settings | None = None, progress: Progress | None = None
              ) -> IngestSummary:
    """Re-code stored documents after the knowledge base or the pipeline changed.

    By default only documents coded by other versions than the current ones; ``since`` takes
    those coded by that pipeline version or a later one; ``everything`` takes all.
    """
    settings = _settings(settings).with_overrides(db=db)
    pipeline = pipeline_for(settings)
    summary = IngestSummary(db=settings.db)
    with Store.open(settings.db_url) as store:
        run = store.start_run("reprocess", pipeline.versions)
        ids = store.stale_documents(pipeline.versions, since, everything)
        size = pipeline.batch_size
        batches = ([store.load_article(doc_id) for doc_id in ids[i:i + size]]
                   for i in range(0, len(ids), size))
        for batch in pipeline.run_batches(batches):
            for article in batch:
                records = records_of(article, pipeline, include_all=True)
                store.replace_events(article, records, pipeline.versions)
                summary.read += 1
                summary.stored += 1
                summary.events += len(records)
                _tick(progress)
        store.finish_run(run, {"read": summary.read, "events": summary.events})
    return summary


def open_store(db: str | None = None, settings: Settings | None = None) -> Store:
    """The store for ``db`` (default: the ``db`` setting), migrated to the current schema."""
    settings = _settings(settings).with_overrides(db=db)
    return Store.open(settings.db_url)


def events(db: str | None = None, flt: EventFilter = EventFilter(), limit: int = 1000,
           settings: Settings | None = None) -> list[dict[str, Any]]:
    """Stored events (the happenings) matching ``flt``, oldest first."""
    with open_store(db, settings) as store:
        return store.events(flt, limit=limit)


EXPORT_FORMATS = ("jsonl", "csv", "plover", "parquet")


def export(out: str | Path, fmt: str = "jsonl", db: str | None = None,
           flt: EventFilter = EventFilter(), with_text: bool = False,
           settings: Settings | None = None) -> int:
    """Write every stored report matching ``flt`` to ``out``; returns the number of records.

    Article text is left out unless ``with_text``: users may not hold the right to republish it.
    """
    from dyadwatch.output import CsvWriter, plover_record, write_jsonl, write_parquet

    if fmt not in EXPORT_FORMATS:
        raise InputError(f"unknown export format {fmt!r}; choose one of "
                         f"{', '.join(EXPORT_FORMATS)}")
    path = Path(out)
    if path.is_dir():
        raise InputError(f"{path} is a directory; give a file name to export to")
    if not path.parent.exists():
        raise InputError(f"folder {path.parent} does not exist")
    with open_store(db, settings) as store:
        records = store.mention_records(flt, with_text=with_text)
        if fmt == "parquet":
            return write_parquet(records, path, with_text)
        with path.open("w", encoding="utf-8", newline="") as handle:
            if fmt == "jsonl":
                return write_jsonl(records, handle)
            if fmt == "plover":
                return write_jsonl((_with_text(plover_record(r), r) for r in records), handle)
            writer = CsvWriter(handle, with_text)
            for record in records:
                writer.write(record)
            return writer.count


def _with_text(converted: dict[str, Any], record: dict[str, Any]) -> dict[str, Any]:
    if "text" in record:
        converted["documentText"] = record["text"]
    return converted


def resolve_actor(text: str, on: str | date | None = None, context: str | None = None,
                  settings: Settings | None = None) -> Actor | None:
    """Who ``text`` is on date ``on`` (default: today), read in ``context`` when given.

    The context sentence is parsed and its actors resolved as in an article published on that
    date; the mention covering ``text`` is returned. Without a context, or when the context
    yields no mention there, ``text`` is resolved on its own. ``None`` when nothing resolves.
    """
    from dyadwatch.stages import ActorStage, ParseStage

    settings = _settings(settings)
    day = as_date(on, "date") if on is not None else date.today()
    pipeline = pipeline_for(settings)
    parse = next(s for s in pipeline.stages if isinstance(s, ParseStage))
    actors = next(s for s in pipeline.stages if isinstance(s, ActorStage))
    for sentence in ([context] if context and text in context else []) + [text]:
        article = article_from_text(sentence, "actor", day, options=ReadOptions(languages=("en",)))
        if isinstance(article, Rejection):
            continue
        annotated = actors(parse.process_batch([article])[0])
        at = article.text.find(text)
        span = (at, at + len(text)) if at >= 0 else (0, len(article.text))
        covering = [m for m in annotated.mentions if m.start < span[1] and m.end > span[0]]
        if covering:
            best = max(covering, key=lambda m: min(m.end, span[1]) - max(m.start, span[0]))
            found = best.actor
            if found.kb_id or found.country or found.sector != "UNK":
                return found  # a name alone with nothing known about it is no resolution
    kb = parse.kb
    ids = kb.ids_for(text) or kb.fuzzy_ids(text)
    if len(ids) == 1:
        return kb.actor(ids[0], day)
    state = kb.state_for_capital(text)
    return kb.government(state, day) if state else None
