"""Rich renderings of events, summaries and checks for the terminal."""

from __future__ import annotations

from typing import Any

from rich.markup import escape
from rich.table import Table

from dyadwatch.ontology import QUAD_NAMES

_QUAD_STYLE = {1: "green", 2: "bold green", 3: "yellow", 4: "bold red"}


def _actor(actor: dict[str, Any] | None) -> str:
    if not actor:
        return "-"
    country = actor.get("country") or "?"
    return escape(f"{actor['name']} [{country}/{actor.get('sector') or 'UNK'}]")


def _date(record: dict[str, Any]) -> str:
    if not record.get("date"):
        return "?"
    if record.get("date_text") is None:
        return f"{record['date']}*"  # publication-date fallback
    suffix = {"week": " (wk)", "month": "", "year": ""}.get(record.get("date_precision") or "", "")
    return f"{record['date']}{suffix}"


def events_table(records: list[dict[str, Any]], title: str) -> Table:
    """A table of event records: date, type, source -> target, evidence and source document."""
    table = Table(title=title, show_lines=False, expand=True, title_justify="left")
    table.add_column("date", no_wrap=True)
    table.add_column("event", no_wrap=True)
    table.add_column("source", ratio=3)
    table.add_column("target", ratio=3)
    table.add_column("conf", justify="right", no_wrap=True)
    table.add_column("evidence (document)", ratio=6)
    for rec in records:
        quad = int(rec.get("quad") or 0)
        kind = rec["plover"] + (f"/{rec['mode']}" if rec.get("mode") else "")
        flags = [k for k, v in (rec.get("modality") or {}).items() if v]
        sentence = rec["evidence"]["sentence"]
        if len(sentence) > 90:
            sentence = sentence[:87] + "..."
        sources = rec.get("n_mentions", 1)
        where = rec["doc"] + (f" +{sources - 1} more" if sources > 1 else "")
        table.add_row(
            _date(rec),
            f"[{_QUAD_STYLE.get(quad, '')}]{kind}[/]" + (f" ({', '.join(flags)})" if flags else ""),
            _actor(rec.get("source")), _actor(rec.get("target")), f"{rec['confidence']:.2f}",
            f"{escape(sentence)} [dim]({escape(where)})[/dim]",
        )
    table.caption = ("* = publication date (no date in the text)   colours: "
                     + ", ".join(f"[{_QUAD_STYLE[q]}]{QUAD_NAMES[q]}[/]" for q in (1, 2, 3, 4)))
    return table
