"""`dyadwatch eval`: precision, recall and F1 of event extraction against a gold file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from dyadwatch import api
from dyadwatch.cli.app import app, err, out, settings
from dyadwatch.errors import InputError

DEFAULT_DOCS = Path("examples/corpus")


@app.command(name="eval", epilog="Example: dyadwatch eval tests/gold/events.jsonl --docs "
                                 "examples/corpus --quantities tests/gold/quantities.jsonl")
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold events, JSON lines (contract shape + core).")],
    docs: Annotated[Path | None, typer.Option(
        help="Documents the gold refers to (default: examples/corpus).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
    details: Annotated[bool, typer.Option("--details/--no-details",
                                          help="List misses and false events.")] = True,
    quantities: Annotated[Path | None, typer.Option(
        help="Also score the counts (killed, injured ...) against this quantity gold file.")
    ] = None,
) -> None:
    """Score event extraction: P/R/F1 overall and per PLOVER type, strict (dates must agree)
    and lenient, precision per confidence band, and the misses and false events."""
    from dyadwatch.evaluation.events import load_gold, summary

    if not gold.is_file():
        raise InputError(f"{gold}: no such gold file")
    folder = docs or DEFAULT_DOCS
    if not folder.exists():
        raise InputError(f"{folder}: documents not found; give --docs")
    gold_events = load_gold(gold)
    wanted = {g.doc for g in gold_events}
    system = [r for result in api.extract_paths([folder], settings=settings())
              if result.doc in wanted for r in result.records]
    figures = summary(system, gold_events, place_lookup(settings()))
    if quantities is not None:
        from dyadwatch.evaluation.quantities import load_gold_quantities, score_quantities

        if not quantities.is_file():
            raise InputError(f"{quantities}: no such quantity gold file")
        figures["quantities"] = score_quantities(system, load_gold_quantities(quantities),
                                                 wanted)
    if as_json:
        print(json.dumps(figures, indent=2, ensure_ascii=False, default=str))
        return
    _print(figures, details)


def place_lookup(current):  # type: ignore[no-untyped-def]
    """Gazetteer lookups for the place scores: name -> (canonical name, country) or None."""
    kb = api.knowledge_base(current)

    def lookup(name: str) -> tuple[str, str | None] | None:
        entry = kb.place(name)
        return (entry.name, entry.country) if entry is not None else None

    return lookup


def _print(f: dict, details: bool) -> None:  # type: ignore[type-arg]
    out.print(f"[bold]{f['documents']} documents, {f['gold_events']} gold events "
              f"({f['gold_core']} core), {f['system_events']} system events[/]")
    table = Table(title="overall", title_justify="left")
    for column in ("", "precision", "recall", "F1", "matched", "system", "gold"):
        table.add_column(column, justify="right")
    for name in ("strict", "lenient"):
        x = f[name]
        table.add_row(name, f"{x['precision']:.3f}", f"{x['recall']:.3f}", f"[bold]{x['f1']:.3f}",
                      str(x["matched"]), str(x["system"]), str(x["gold"]))
    out.print(table)
    per = Table(title="per PLOVER type", title_justify="left")
    for column in ("type", "gold", "system", "P (lenient)", "R (lenient)", "F1 (lenient)",
                   "F1 (strict)"):
        per.add_column(column, justify="right")
    for t, x in f["per_type"].items():
        le, st = x["lenient"], x["strict"]
        per.add_row(t, str(le["gold"]), str(le["system"]), f"{le['precision']:.2f}",
                    f"{le['recall']:.2f}", f"{le['f1']:.2f}", f"{st['f1']:.2f}")
    out.print(per)
    bands = Table(title="precision per confidence band (lenient)", title_justify="left")
    for column in ("confidence", "events", "matched", "precision"):
        bands.add_column(column, justify="right")
    for b in f["bands"]:
        bands.add_row(b["band"], str(b["events"]), str(b["matched"]),
                      "-" if b["precision"] is None else f"{b['precision']:.2f}")
    out.print(bands)
    g = f.get("grounding")
    if g is not None:
        d, p = g["dates"], g["places"]
        out.print(f"[bold]dates[/] on {d['pairs']} matched events: accuracy at the gold's "
                  f"precision {d['accuracy']}; on the {d['from_text_pairs']} whose gold date "
                  f"comes from the text: {d['from_text_accuracy']}")
        out.print(f"[bold]places[/] on {p['pairs']} matched events with a gold location: "
                  f"country {p['country_accuracy']}, place {p['place_accuracy']}")
    q = f.get("quantities")
    if q is not None:
        out.print(f"[bold]quantities[/] (distinct figures per document): precision "
                  f"{q['precision']:.3f}, recall {q['recall']:.3f}, F1 {q['f1']:.3f} "
                  f"({q['matched']} matched, {q['system']} system, {q['gold']} gold); "
                  f"qualifier agrees on {q['approx_agreement']}, event type on "
                  f"{q['type_agreement']} of the matched")
    if not details:
        return
    for w in (g or {}).get("wrong_dates", []):
        err.print(f"date     {escape(w['doc'])}: {w['plover']} system {w['system']} "
                  f"({w['system_precision']}, {escape(str(w['system_text']))}) vs gold "
                  f"{w['gold']} ({w['gold_precision']}, {escape(str(w['gold_text']))})  "
                  f"[dim]{escape(w['evidence'][:160])}[/]")
    for w in (g or {}).get("wrong_places", []):
        err.print(f"place    {escape(w['doc'])}: {w['plover']} system {escape(str(w['system']))}"
                  f" ({w['system_country']}) vs gold {escape(str(w['gold']))} "
                  f"({w['gold_country']})  [dim]{escape(w['evidence'][:120])}[/]")
    for g in (q or {}).get("missed", []):
        out.print(f"[yellow]missed figure[/] {escape(g['doc'])}: {g['value']:g} {g['unit']} "
                  f"[dim]{escape(g.get('text', ''))}[/]")
    for x in (q or {}).get("false", []):
        out.print(f"[red]false figure[/]  {escape(x['doc'])}: {x['value']:g} {x['unit']} "
                  f"({x['plover']}) [dim]{escape(x.get('text') or '')}[/]")
    for g in f["missed"]:
        out.print(f"[yellow]missed[/] {escape(g['doc'])}: {g['plover']} "
                  f"{_who(g.get('source'))} -> {_who(g.get('target'))}  "
                  f"[dim]{escape(g.get('evidence', ''))}[/]")
    for r in f["false"]:
        out.print(f"[red]false[/]  {escape(r['doc'])}: {r['plover']} {_who(r.get('source'))} -> "
                  f"{_who(r.get('target'))} ({r['confidence']:.2f})  "
                  f"[dim]{escape(r['evidence']['sentence'])}[/]")


def _who(actor: dict | None) -> str:  # type: ignore[type-arg]
    if not actor:
        return "-"
    return escape(f"{actor.get('name') or actor.get('text')}[{actor.get('country')}/"
                  f"{actor.get('sector')}]")
