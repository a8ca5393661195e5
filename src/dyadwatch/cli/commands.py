"""The commands: extract, ingest, events, export, reprocess, doctor."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from dyadwatch import api
from dyadwatch.cli.app import app, err, out, settings
from dyadwatch.cli.render import events_table
from dyadwatch.errors import InputError
from dyadwatch.output import CsvWriter, write_jsonl
from dyadwatch.storage import EventFilter, parse_dyad


class RecordFormat(StrEnum):
    """Formats for records on stdout."""

    jsonl = "jsonl"
    csv = "csv"


class ListFormat(StrEnum):
    """Formats for listing stored events."""

    table = "table"
    jsonl = "jsonl"
    csv = "csv"


class ExportFormat(StrEnum):
    """Export file formats."""

    jsonl = "jsonl"
    csv = "csv"
    plover = "plover"
    parquet = "parquet"


DbOption = Annotated[str | None, typer.Option(
    "--db", help="Database file or URL (default: the db setting, ./dyadwatch.db).")]


def _notice(message: str) -> None:
    err.print(f"notice: {escape(message)}")


def _progress(label: str) -> Progress:
    return Progress(TextColumn(f"[bold]{label}"), BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), console=err, transient=False,
                    disable=not err.is_terminal)


@app.command(epilog="Example: dyadwatch extract ../shared/seeds --format jsonl > events.jsonl")
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Files or directories (read recursively).")],
    published: Annotated[str | None, typer.Option(
        help="Publication date YYYY-MM-DD for documents that give none.")] = None,
    include_all: Annotated[bool, typer.Option(
        "--all", help="Also output negated and hypothetical events, flagged.")] = False,
    fmt: Annotated[RecordFormat, typer.Option("--format", "-f", help="Output format.")] =
    RecordFormat.jsonl,
) -> None:
    """Print the events found in documents (no database): records on stdout, notices on stderr.

    Each record is one event in one document, with the sentence and character offsets that
    support it. Rejected documents are reported on stderr with a reason.
    """
    cfg = settings()
    csv_writer = CsvWriter(sys.stdout) if fmt is RecordFormat.csv else None
    n_docs = n_events = n_rejected = 0
    for result in api.extract_paths(paths, published, include_all, cfg, _notice):
        if result.rejection is not None:
            n_rejected += 1
            err.print(f"rejected: {escape(result.doc)}: {result.rejection.reason}: "
                      f"{escape(result.rejection.detail)}")
            continue
        n_docs += 1
        n_events += len(result.records)
        if csv_writer is not None:
            for record in result.records:
                csv_writer.write(record)
        else:
            write_jsonl(result.records, sys.stdout)
        sys.stdout.flush()
    err.print(f"{n_docs} documents read, {n_rejected} rejected, {n_events} events")


@app.command(epilog="Example: dyadwatch ingest examples/corpus --db dyadwatch.db")
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or directories (read recursively).")],
    db: DbOption = None,
    published: Annotated[str | None, typer.Option(
        help="Publication date YYYY-MM-DD for documents that give none.")] = None,
) -> None:
    """Read, code and store documents; documents already stored are skipped.

    Safe to interrupt: every document is stored whole or not at all, and running the command
    again completes the job without duplicates.
    """
    cfg = settings(db=db)
    total = api.count_inputs(paths)
    with _progress("ingesting") as bar:
        task = bar.add_task("ingest", total=total)
        summary = api.ingest(paths, cfg.db, published, cfg,
                             progress=lambda n: bar.advance(task, n), notice=_notice)
    for rejection in summary.rejections:
        err.print(f"rejected: {escape(rejection.doc)}: {rejection.reason}: "
                  f"{escape(rejection.detail)}")
    reasons = ", ".join(f"{k} {v}" for k, v in sorted(summary.reasons.items()))
    err.print(
        f"[bold]documents read[/] {summary.read}  [bold]stored[/] {summary.stored}  "
        f"[bold]skipped as already known[/] {summary.skipped}  [bold]rejected[/] "
        f"{summary.rejected}{f' ({reasons})' if reasons else ''}  [bold]events found[/] "
        f"{summary.events}\n[bold]database[/] {escape(_where(cfg.db))}")
    if summary.read == 0 and summary.rejected == 0:
        raise InputError("no documents found under the paths given")


def _where(db: str) -> str:
    """A database for humans: the absolute path of a file, or the URL as given."""
    return db if "://" in db else str(Path(db).resolve())


def _filter(dyad: str | None, types: list[str] | None, actor: str | None, since: str | None,
            until: str | None, include_all: bool) -> EventFilter:
    from dyadwatch.ontology import PLOVER_TYPES

    try:
        pair = parse_dyad(dyad) if dyad else None
    except ValueError as exc:
        raise InputError(str(exc)) from None
    wanted = tuple(t.upper() for t in types or ())
    unknown = [t for t in wanted if t not in PLOVER_TYPES]
    if unknown:
        raise InputError(f"unknown PLOVER type {', '.join(unknown)}; choose from "
                         f"{', '.join(PLOVER_TYPES)}")
    return EventFilter(dyad=pair, plover=wanted, actor=actor,
                       since=api.as_date(since, "since"), until=api.as_date(until, "until"),
                       include_unreal=include_all)


@app.command(epilog="Example: dyadwatch events --dyad PAK-AFG --type ASSAULT --since 2024-01-01")
def events(
    dyad: Annotated[str | None, typer.Option(help="Two ISO3 codes, either direction: PAK-AFG.")]
    = None,
    types: Annotated[list[str] | None, typer.Option(
        "--type", help="PLOVER type (repeatable): ASSAULT, CONSULT, ...")] = None,
    actor: Annotated[str | None, typer.Option(help="Actor name (substring) or KB id.")] = None,
    since: Annotated[str | None, typer.Option(help="From this date, YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Up to this date, YYYY-MM-DD.")] = None,
    include_all: Annotated[bool, typer.Option(
        "--all", help="Include negated and hypothetical events.")] = False,
    limit: Annotated[int, typer.Option(help="At most this many events.", min=1)] = 10_000,
    fmt: Annotated[ListFormat, typer.Option("--format", "-f", help="Output format.")] =
    ListFormat.table,
    db: DbOption = None,
) -> None:
    """List stored events (the happenings, each with every report of it), oldest first."""
    cfg = settings(db=db)
    flt = _filter(dyad, types, actor, since, until, include_all)
    with api.open_store(settings=cfg) as store:
        records = store.event_records(flt, limit=limit)
    if fmt is ListFormat.table:
        out.print(events_table(records, f"{len(records)} events in {cfg.db}"))
    elif fmt is ListFormat.jsonl:
        write_jsonl(records, sys.stdout)
    else:
        writer = CsvWriter(sys.stdout)
        for record in records:
            writer.write(record)


@app.command(epilog="Example: dyadwatch export --format parquet events.parquet --dyad PAK-AFG")
def export(
    path: Annotated[Path, typer.Argument(help="File to write.")],
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="File format.")] =
    ExportFormat.jsonl,
    with_text: Annotated[bool, typer.Option(
        "--with-text", help="Include article text (check your right to republish it).")] = False,
    dyad: Annotated[str | None, typer.Option(help="Two ISO3 codes: PAK-AFG.")] = None,
    types: Annotated[list[str] | None, typer.Option("--type", help="PLOVER type.")] = None,
    since: Annotated[str | None, typer.Option(help="From this date.")] = None,
    until: Annotated[str | None, typer.Option(help="Up to this date.")] = None,
    include_all: Annotated[bool, typer.Option("--all", help="Include negated/hypothetical.")]
    = False,
    db: DbOption = None,
) -> None:
    """Export every stored report of an event (one record per event per document)."""
    cfg = settings(db=db)
    flt = _filter(dyad, types, None, since, until, include_all)
    n = api.export(path, fmt.value, cfg.db, flt, with_text, cfg)
    err.print(f"{n} records written to {escape(str(path))} ({fmt.value}"
              f"{', with article text' if with_text else ''})")


@app.command(epilog="Example: dyadwatch reprocess --since 0.1.0")
def reprocess(
    since: Annotated[str | None, typer.Option(
        help="Only documents coded by this pipeline version or a later one.")] = None,
    everything: Annotated[bool, typer.Option("--all", help="Re-code every document.")] = False,
    db: DbOption = None,
) -> None:
    """Re-code stored documents after the knowledge base or the pipeline changed.

    Without options: the documents coded by other versions than the current ones.
    """
    cfg = settings(db=db)
    with _progress("re-coding") as bar:
        task = bar.add_task("reprocess", total=None)
        summary = api.reprocess(cfg.db, since, everything, cfg,
                                progress=lambda n: bar.advance(task, n))
    err.print(f"{summary.read} documents re-coded, {summary.events} events")


@app.command(epilog="Example: dyadwatch doctor --db dyadwatch.db")
def doctor(db: DbOption = None, as_json: Annotated[bool, typer.Option(
        "--json", help="Print the checks as JSON.")] = False) -> None:
    """Check the installation: Python, knowledge base, spaCy model, database."""
    from dyadwatch.doctor import run_checks

    checks = run_checks(settings(db=db))
    if as_json:
        print(json.dumps([c.__dict__ for c in checks], indent=2))
    else:
        for check in checks:
            mark = "[green]ok[/]" if check.ok else "[red]FAIL[/]"
            out.print(f"{mark:>14}  [bold]{check.name}[/]: {escape(check.detail)}")
    if not all(c.ok for c in checks):
        raise typer.Exit(1)

