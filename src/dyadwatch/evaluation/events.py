"""Score extracted events against a gold file (the output contract's shape plus ``core``).

Matching is one-to-one within a document: same PLOVER type, same source and target country (a
null country matches only null; order ignored for CONSULT, AGREE and COOPERATE). Strict matching
also needs the dates to agree at the coarser of the two precisions (within one day at day
precision, seven days at week precision, the same month or year). Recall counts core gold events;
a system event that matches a background (non-core) gold event is not counted as false.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from dyadwatch.errors import InputError
from dyadwatch.model import PRECISIONS

SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE"})
#: Confidence bands for the calibration table: [low, high).
BANDS: tuple[tuple[float, float], ...] = ((0.0, 0.5), (0.5, 0.6), (0.6, 0.7), (0.7, 0.8),
                                          (0.8, 1.01))


@dataclass(frozen=True)
class GoldEvent:
    """The scored part of a gold record, and the record itself for reports."""

    doc: str
    plover: str
    source_country: str | None
    target_country: str | None
    date: str | None
    precision: str | None
    core: bool
    evidence: str
    record: dict[str, Any] = field(compare=False, hash=False)


def _country(actor: Any) -> str | None:
    return actor.get("country") if isinstance(actor, dict) else None


def load_gold(path: str | Path) -> list[GoldEvent]:
    """Read a gold file (JSON lines); ``InputError`` names a bad line."""
    events = []
    for number, line in enumerate(Path(path).read_text("utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            events.append(GoldEvent(
                rec["doc"], rec["plover"], _country(rec.get("source")),
                _country(rec.get("target")), rec.get("date"), rec.get("date_precision"),
                bool(rec.get("core", True)), rec.get("evidence") or "", rec))
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise InputError(f"{path}:{number}: not a gold event ({exc})") from None
    return events


def _range(value: str, precision: str) -> tuple[date, date]:
    parts = [int(p) for p in value.split("-")]
    if precision == "year" or len(parts) == 1:
        return date(parts[0], 1, 1), date(parts[0], 12, 31)
    if precision == "month" or len(parts) == 2:
        first = date(parts[0], parts[1], 1)
        nxt = date(parts[0] + (parts[1] == 12), parts[1] % 12 + 1, 1)
        return first, nxt - timedelta(days=1)
    day = date(*parts)
    return (day, day + timedelta(days=6)) if precision == "week" else (day, day)


def dates_agree(a_value: str | None, a_prec: str | None, b_value: str | None,
                b_prec: str | None) -> bool:
    """Dates agree at the coarser precision: within 1 day (day), 7 days (week), the same month
    or year. Two missing dates agree; one missing date does not."""
    if a_value is None or b_value is None:
        return a_value is None and b_value is None
    a_prec = a_prec or "day"
    b_prec = b_prec or "day"
    coarse = max(a_prec, b_prec, key=PRECISIONS.index)
    if coarse in ("month", "year"):
        a_lo, a_hi = _range(a_value, a_prec)
        b_lo, b_hi = _range(b_value, b_prec)
        key = (lambda d: (d.year, d.month)) if coarse == "month" else (lambda d: d.year)
        return key(a_lo) == key(b_lo) or (a_lo <= b_hi and b_lo <= a_hi and
                                         key(a_hi) == key(b_hi))
    slack = 1 if coarse == "day" else 7
    a_lo, _ = _range(a_value, a_prec)
    b_lo, _ = _range(b_value, b_prec)
    return abs((a_lo - b_lo).days) <= slack


def _countries_match(sys: dict[str, Any], gold: GoldEvent) -> bool:
    s, t = _country(sys.get("source")), _country(sys.get("target"))
    if (s, t) == (gold.source_country, gold.target_country):
        return True
    return gold.plover in SYMMETRIC and (t, s) == (gold.source_country, gold.target_country)


def compatible(sys: dict[str, Any], gold: GoldEvent, strict: bool) -> bool:
    """Whether a system record may be matched with a gold event."""
    if sys["doc"] != gold.doc or sys["plover"] != gold.plover or not _countries_match(sys, gold):
        return False
    return not strict or dates_agree(sys.get("date"), sys.get("date_precision"), gold.date,
                                     gold.precision)


@dataclass
class Matching:
    """Which system records matched which gold events, and what is left over."""

    pairs: list[tuple[dict[str, Any], GoldEvent]]
    false: list[dict[str, Any]]
    missed: list[GoldEvent]


def match(system: list[dict[str, Any]], gold: list[GoldEvent], strict: bool) -> Matching:
    """One-to-one matching per document; most confident system records choose first, and
    prefer core gold events, then the gold event whose sentence they share."""
    by_doc: dict[str, list[GoldEvent]] = defaultdict(list)
    for g in gold:
        by_doc[g.doc].append(g)
    taken: set[int] = set()
    pairs, false = [], []
    for rec in sorted(system, key=lambda r: -r.get("confidence", 0)):
        options = [g for g in by_doc.get(rec["doc"], []) if id(g) not in taken
                   and compatible(rec, g, strict)]
        if not options:
            false.append(rec)
            continue
        sentence = (rec.get("evidence") or {}).get("sentence", "")
        best = max(options, key=lambda g: (g.core, _overlap(sentence, g.evidence)))
        taken.add(id(best))
        pairs.append((rec, best))
    missed = [g for g in gold if id(g) not in taken]
    return Matching(pairs, false, missed)


def _overlap(a: str, b: str) -> float:
    wa, wb = set(a.lower().split()), set(b.lower().split())
    return len(wa & wb) / max(1, len(wa | wb))


@dataclass
class Prf:
    """Precision, recall and F1 from counts."""

    tp_system: int = 0
    n_system: int = 0
    tp_gold: int = 0
    n_gold: int = 0

    @property
    def precision(self) -> float:
        """Matched system records (non-core matches excluded) over system records counted."""
        return self.tp_system / self.n_system if self.n_system else 0.0

    @property
    def recall(self) -> float:
        """Matched core gold events over core gold events."""
        return self.tp_gold / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def prf(m: Matching, gold: list[GoldEvent], plover: str | None = None) -> Prf:
    """P/R/F1 of a matching, overall or for one PLOVER type. System records matched with a
    background gold event count neither for nor against precision."""
    def keep(t: str) -> bool:
        return plover is None or t == plover

    core_hits = sum(1 for _, g in m.pairs if g.core and keep(g.plover))
    false = sum(1 for r in m.false if keep(r["plover"]))
    core_gold = sum(1 for g in gold if g.core and keep(g.plover))
    return Prf(core_hits, core_hits + false, core_hits, core_gold)


def bands(m: Matching) -> list[tuple[tuple[float, float], int, int]]:
    """(band, system records in it, matched ones) for the calibration table."""
    out = []
    for lo, hi in BANDS:
        inside = [r for r, _ in m.pairs if lo <= r["confidence"] < hi]
        wrong = [r for r in m.false if lo <= r["confidence"] < hi]
        out.append(((lo, hi), len(inside) + len(wrong), len(inside)))
    return out


def summary(system: list[dict[str, Any]], gold: list[GoldEvent],
            place_lookup: Any = None) -> dict[str, Any]:
    """Every figure `dyadwatch eval` prints, as plain data; with ``place_lookup`` (name ->
    (canonical name, country) or None) also date and place accuracy on the matched events."""
    strict, lenient = match(system, gold, True), match(system, gold, False)
    docs = {g.doc for g in gold}
    types = sorted({g.plover for g in gold} | {r["plover"] for r in system})

    def figures(p: Prf) -> dict[str, float | int]:
        return {"precision": round(p.precision, 3), "recall": round(p.recall, 3),
                "f1": round(p.f1, 3), "system": p.n_system, "gold": p.n_gold,
                "matched": p.tp_system}

    grounding = None
    if place_lookup is not None:
        from dyadwatch.evaluation.grounding import score_grounding

        grounding = score_grounding(lenient.pairs, place_lookup)
    return {
        "grounding": grounding,
        "documents": len(docs), "gold_events": len(gold),
        "gold_core": sum(g.core for g in gold), "system_events": len(system),
        "strict": figures(prf(strict, gold)), "lenient": figures(prf(lenient, gold)),
        "per_type": {t: {"strict": figures(prf(strict, gold, t)),
                         "lenient": figures(prf(lenient, gold, t))} for t in types},
        "bands": [{"band": f"{lo:.1f}-{min(hi, 1.0):.1f}", "events": n, "matched": k,
                   "precision": round(k / n, 3) if n else None}
                  for (lo, hi), n, k in bands(lenient)],
        "missed": [g.record for g in lenient.missed if g.core],
        "false": lenient.false,
        "date_mismatches": [(s, g.record) for s, g in lenient.pairs
                            if (s, g) not in strict.pairs and g.core],
    }
