"""Score the counts attached to events (killed, injured, arrested ...) against a gold file.

A gold quantity is a JSON line ``{"doc", "sentence", "text", "value", "unit", "approx",
"plover", "source_country", "core"}``. The output contract gives one record per event per
document, so a figure a document repeats (headline and body) is one figure: gold and system
quantities are compared as distinct ``(doc, unit, value)`` triples. A system figure matching a
background (non-core) gold figure is not counted as false. For matched figures the scorer also
reports how often the qualifier (over / about / up to / exact) and the event type agree.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dyadwatch.errors import InputError


@dataclass(frozen=True)
class GoldQuantity:
    """One gold figure, reduced to what is scored."""

    doc: str
    unit: str
    value: float
    approx: str | None
    plover: str
    core: bool
    record: dict[str, Any] = field(compare=False, hash=False)

    @property
    def key(self) -> tuple[str, str, float]:
        """What identifies the figure within the document."""
        return (self.doc, self.unit, float(self.value))


def load_gold_quantities(path: str | Path) -> list[GoldQuantity]:
    """Read a quantity gold file; ``InputError`` names a bad line."""
    out = []
    for number, line in enumerate(Path(path).read_text("utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            out.append(GoldQuantity(rec["doc"], rec["unit"], float(rec["value"]),
                                    rec.get("approx"), rec.get("plover") or "",
                                    bool(rec.get("core", True)), rec))
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
            raise InputError(f"{path}:{number}: not a gold quantity ({exc})") from None
    return out


def score_quantities(system: list[dict[str, Any]], gold: list[GoldQuantity],
                     docs: set[str] | None = None) -> dict[str, Any]:
    """Precision, recall and F1 of distinct (doc, unit, value) figures, with the agreement of
    qualifier and event type on the matched ones, and the misses and false figures."""
    docs = docs if docs is not None else {g.doc for g in gold}
    gold_by_key: dict[tuple[str, str, float], GoldQuantity] = {}
    for g in gold:
        known = gold_by_key.get(g.key)
        if known is None or (g.core and not known.core):
            gold_by_key[g.key] = g
    sys_by_key: dict[tuple[str, str, float], tuple[dict[str, Any], dict[str, Any]]] = {}
    for record in system:
        if record["doc"] not in docs:
            continue
        for q in record.get("quantities") or []:
            key = (record["doc"], q["unit"], float(q["value"]))
            sys_by_key.setdefault(key, (q, record))
    matched = [k for k in sys_by_key if k in gold_by_key]
    core_matched = [k for k in matched if gold_by_key[k].core]
    false = [k for k in sys_by_key if k not in gold_by_key]
    core_gold = [k for k, g in gold_by_key.items() if g.core]
    n_system = len(core_matched) + len(false)
    precision = len(core_matched) / n_system if n_system else 0.0
    recall = len(core_matched) / len(core_gold) if core_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    approx_ok = sum(1 for k in matched if sys_by_key[k][0].get("approx") == gold_by_key[k].approx)
    type_ok = sum(1 for k in matched if sys_by_key[k][1]["plover"] == gold_by_key[k].plover)
    return {
        "gold": len(core_gold), "system": n_system, "matched": len(core_matched),
        "precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3),
        "approx_agreement": round(approx_ok / len(matched), 3) if matched else None,
        "type_agreement": round(type_ok / len(matched), 3) if matched else None,
        "missed": [gold_by_key[k].record for k in core_gold if k not in sys_by_key],
        "false": [{"doc": k[0], "unit": k[1], "value": k[2], "text": sys_by_key[k][0].get("text"),
                   "plover": sys_by_key[k][1]["plover"]} for k in false],
    }
