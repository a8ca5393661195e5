"""Score when and where: the dates and places of the events matched with gold events.

Dates and places are scored on the system events that the (lenient) event matching paired with
a core gold event from the same sentence, so that they measure grounding, not extraction.

- **Date accuracy at the gold's precision**: the system date, read at the gold date's precision,
  is the gold date (a system date coarser than the gold's is wrong: "2024-03" does not say
  "2024-03-16"). Reported over every matched pair and over the pairs whose gold date comes from
  the text (``date_text`` given), where the publication date is not the answer by default.
- **Place accuracy**, over the pairs whose gold event has a location: the country (ISO-3) must
  agree; the place must be the same place once both names are looked up in the gazetteer
  ("Kabul airport" and "Arg presidential palace, Kabul" stand for Kabul), and a country-level
  gold location needs a country-level system location in that country.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from dyadwatch.evaluation.events import GoldEvent

#: Looks a place name up: the canonical name and country, or None when unknown.
Lookup = Callable[[str], "tuple[str, str | None] | None"]


def date_at(value: str | None, precision: str | None) -> str | None:
    """The part of an ISO date (YYYY, YYYY-MM, YYYY-MM-DD) a precision keeps."""
    if value is None or precision is None:
        return None
    keep = {"year": 4, "month": 7, "week": 10, "day": 10}[precision]
    return value[:keep] if len(value) >= keep else None


def date_right(system: dict[str, Any], gold: GoldEvent) -> bool:
    """The system date states the gold date at the gold's precision."""
    if gold.date is None:
        return system.get("date") is None
    order = {"day": 0, "week": 1, "month": 2, "year": 3}
    sys_prec = system.get("date_precision")
    if sys_prec is None or gold.precision is None:
        return False
    if order[sys_prec] > order[gold.precision]:
        return False  # coarser than the gold: it does not say the gold's day or month
    if gold.precision == "week":
        # a day inside the gold week, or the same week
        from datetime import date, timedelta

        start = date.fromisoformat(gold.date)
        sys_day = date.fromisoformat(system["date"][:10])
        return start <= sys_day <= start + timedelta(days=6)
    return date_at(system.get("date"), gold.precision) == date_at(gold.date, gold.precision)


def canonical_place(name: str, lookup: Lookup) -> tuple[str, str | None] | None:
    """The gazetteer place a free-text location names ("Kabul airport" -> Kabul): the whole
    name, then each comma-separated part, then the longest run of words the gazetteer knows."""
    found = lookup(name)
    if found is not None:
        return found
    for part in (p.strip() for p in name.split(",")):
        found = lookup(part)
        if found is not None:
            return found
    words = re.findall(r"[\w'’-]+", name)
    for size in range(min(4, len(words)), 0, -1):
        for k in range(len(words) - size + 1):
            chunk = " ".join(words[k:k + size])
            if chunk[:1].isupper():
                found = lookup(chunk)
                if found is not None:
                    return found
    return None


def same_report(system: dict[str, Any], gold: GoldEvent) -> bool:
    """The system record's evidence (or one of its ``also`` sentences) is the gold event's
    sentence: the pair is one report of one event, not two events of the same kind."""
    gold_text = _norm(gold.evidence)
    sentences = [system.get("evidence") or {}, *(system.get("also") or [])]
    return any(_norm(s.get("sentence", "")) and (
        _norm(s.get("sentence", "")) in gold_text or gold_text in _norm(s.get("sentence", "")))
        for s in sentences)


def _norm(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def score_grounding(pairs: list[tuple[dict[str, Any], GoldEvent]], lookup: Lookup
                    ) -> dict[str, Any]:
    """Date and place accuracy over matched (system record, gold event) pairs that are the
    same report (see ``same_report``)."""
    core = [(s, g) for s, g in pairs if g.core and same_report(s, g)]
    dated = [(s, g) for s, g in core if g.date is not None]
    from_text = [(s, g) for s, g in dated if g.record.get("date_text")]
    located = [(s, g) for s, g in core if g.record.get("location")]
    date_ok = [date_right(s, g) for s, g in dated]
    text_ok = [date_right(s, g) for s, g in from_text]
    country_ok: list[bool] = []
    place_ok: list[bool] = []
    wrong_places: list[dict[str, Any]] = []
    for s, g in located:
        gold_loc = g.record["location"]
        sys_loc = s.get("location") or {}
        country_ok.append(sys_loc.get("country") == gold_loc.get("country")
                          and sys_loc.get("country") is not None)
        gold_place = canonical_place(gold_loc.get("name") or "", lookup)
        sys_place = canonical_place(sys_loc.get("name") or "", lookup) if sys_loc else None
        right = gold_place is not None and sys_place is not None and \
            gold_place[0].lower() == sys_place[0].lower()
        place_ok.append(right)
        if not right or not country_ok[-1]:
            wrong_places.append({"doc": g.doc, "plover": g.plover, "gold": gold_loc.get("name"),
                                 "gold_country": gold_loc.get("country"),
                                 "system": sys_loc.get("name"),
                                 "system_country": sys_loc.get("country"),
                                 "evidence": g.evidence})
    wrong_dates = [{"doc": g.doc, "plover": g.plover, "gold": g.date,
                    "gold_precision": g.precision, "gold_text": g.record.get("date_text"),
                    "system": s.get("date"), "system_precision": s.get("date_precision"),
                    "system_text": s.get("date_text"), "evidence": g.evidence}
                   for (s, g), ok in zip(dated, date_ok, strict=True) if not ok]

    def rate(flags: list[bool]) -> float | None:
        return round(sum(flags) / len(flags), 3) if flags else None

    return {
        "dates": {"pairs": len(dated), "accuracy": rate(date_ok),
                  "from_text_pairs": len(from_text), "from_text_accuracy": rate(text_ok)},
        "places": {"pairs": len(located), "country_accuracy": rate(country_ok),
                   "place_accuracy": rate(place_ok)},
        "wrong_dates": wrong_dates,
        "wrong_places": wrong_places,
    }
