"""`dyadwatch actors ...`: resolve a mention, list, show and validate the knowledge base."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from dyadwatch import api
from dyadwatch.cli.app import app, err, out, settings
from dyadwatch.errors import InputError

actors_app = typer.Typer(help="The actor knowledge base: resolve, list, show, validate.",
                         no_args_is_help=True)
app.add_typer(actors_app, name="actors")

FIELDS = ("name", "kb_id", "country", "sector", "role", "inferred")


@actors_app.command(epilog='Example: dyadwatch actors resolve "Kabul" --date 2023-05-01 '
                           '--context "Kabul denied the claims." --format json')
def resolve(
    text: Annotated[str, typer.Argument(help="The mention, as written.")],
    on: Annotated[str | None, typer.Option("--date", help="Date YYYY-MM-DD (default today).")]
    = None,
    context: Annotated[str | None, typer.Option(help="The sentence the mention stands in.")]
    = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="json or text.")] = "json",
) -> None:
    """Resolve a mention to an actor valid on a date: prints {name, kb_id, country, sector,
    role, inferred}; exit code 3 (fields null) when nothing resolves."""
    if fmt not in ("json", "text"):
        raise InputError(f"--format must be json or text, not {fmt!r}")
    actor = api.resolve_actor(text, on, context, settings())
    record: dict[str, Any] = {k: None for k in FIELDS}
    record["name"] = text if actor is None else actor.name
    if actor is not None:
        record.update({k: getattr(actor, k) for k in FIELDS})
    else:
        record["inferred"] = None
    if fmt == "json":
        print(json.dumps(record, ensure_ascii=False))
    else:
        out.print("  ".join(f"[bold]{k}[/] {escape(str(v))}" for k, v in record.items()))
    if actor is None:
        raise typer.Exit(3)


@actors_app.command(name="list",
                    epilog="Example: dyadwatch actors list --country AFG --kind person")
def list_actors(
    kind: Annotated[str | None, typer.Option(help="state, person, armed_group, ...")] = None,
    country: Annotated[str | None, typer.Option(help="ISO3 code.")] = None,
    query: Annotated[str | None, typer.Option(help="Substring of a name or alias.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or jsonl.")] = "table",
) -> None:
    """List knowledge-base actors, filtered."""
    kb = _kb()
    rows = [a for a in kb.actors.values()
            if (kind is None or a.kind == kind)
            and (country is None or a.country == country.upper())
            and (query is None or any(query.lower() in n.lower() for n in a.names))]
    if fmt == "jsonl":
        for a in rows:
            print(json.dumps({"id": a.id, "name": a.name, "kind": a.kind, "country": a.country,
                              "sector": a.sector, "aliases": list(a.aliases),
                              "roles": len(a.roles)}, ensure_ascii=False))
        return
    table = Table(title=f"{len(rows)} actors (knowledge base {kb.version})", title_justify="left")
    for column in ("id", "name", "kind", "country", "sector", "roles"):
        table.add_column(column)
    for a in rows:
        table.add_row(a.id, escape(a.name), a.kind, a.country or "-", a.sector, str(len(a.roles)))
    out.print(table)


@actors_app.command(epilog="Example: dyadwatch actors show P_ISHAQ_DAR --date 2025-04-19")
def show(
    key: Annotated[str, typer.Argument(help="An actor id or a name/alias.")],
    on: Annotated[str | None, typer.Option("--date", help="Also resolve on this date.")] = None,
) -> None:
    """Show one actor's entry (aliases, periods, dated roles) and who it is on a date."""
    kb = _kb()
    ids = [key] if key in kb.actors else kb.ids_for(key)
    if not ids:
        raise InputError(f"no actor with id or name {key!r}; try `dyadwatch actors list "
                         f"--query {key.split()[0]!r}`")
    for kb_id in ids:
        entry = asdict(kb.actors[kb_id])
        day = (api.as_date(on, "date") if on else None) or date.today()
        entry["on"] = {"date": day.isoformat(), **asdict(kb.actor(kb_id, day))}
        print(json.dumps(entry, ensure_ascii=False, indent=2, default=str))


@actors_app.command(epilog="Example: dyadwatch actors validate my-actors.yaml")
def validate(
    files: Annotated[list[Path] | None, typer.Argument(help="Extra YAML files to check.")] = None,
) -> None:
    """Validate the shipped knowledge base, your kb_extra files and FILES: schema, ids,
    references, dates. Problems name the file and the entry; exit code 1 if any."""
    from dyadwatch.kb import load

    cfg = settings()
    loaded = load([*cfg.kb_extra, *(files or [])])
    people = sum(1 for a in loaded.actors.values() if a.kind == "person")
    err.print(f"ok: {len(loaded.actors)} actors ({people} people), {len(loaded.descriptions)} "
              f"descriptions in {len(loaded.files)} files; version {loaded.version}")


def _kb():  # type: ignore[no-untyped-def]
    from dyadwatch.kb import load_kb

    return load_kb(settings().kb_extra)


@actors_app.command(name="eval", epilog="Example: dyadwatch actors eval tests/gold/actors.jsonl")
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold cases, JSON lines: mention, date, context, "
                                              "country, sector.")],
    show_misses: Annotated[bool, typer.Option("--misses/--no-misses",
                                              help="List every miss.")] = True,
) -> None:
    """Score actor resolution on a gold set: country and sector accuracy, per category."""
    from dyadwatch.evaluation.actors import load_cases, score

    if not gold.is_file():
        raise InputError(f"{gold}: no such gold file")
    cfg = settings()
    result = score(load_cases(gold), lambda m, d, c: api.resolve_actor(m, d, c, cfg))
    table = Table(title=f"actor resolution on {gold} ({result.n} cases)", title_justify="left")
    for column in ("category", "cases", "country", "sector"):
        table.add_column(column, justify="right" if column != "category" else "left")
    for name, (n, c_ok, s_ok) in sorted(result.per_category.items()):
        table.add_row(name, str(n), f"{c_ok / n:.3f}", f"{s_ok / n:.3f}")
    table.add_row("[bold]all[/]", str(result.n), f"[bold]{result.country:.3f}[/]",
                  f"[bold]{result.sector:.3f}[/]")
    out.print(table)
    if show_misses:
        for case, actor in result.misses:
            got = "nothing" if actor is None else f"{actor.country}/{actor.sector} ({actor.name})"
            out.print(f"[red]miss[/] {escape(case.mention)!r} {case.date}: gold "
                      f"{case.country}/{case.sector}, got {escape(got)}  "
                      f"[dim]{escape(case.context)}[/]")
