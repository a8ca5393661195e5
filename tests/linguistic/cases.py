"""The linguistic cases (cases.yaml) and how a system's records are checked against them.

Each case lists every event its sentence should yield, negated and hypothetical ones included
(with their flags); the system's records, taken with ``--all``, must be exactly those: the same
number of events, each agreeing on type and on source and target country and sector, and on
every optional key the case gives (mode, date, date precision, flags, attribution,
quantities, location). A case may carry ``known_failure: reason`` while the extractor cannot do it yet:
its test is then an expected failure that fails loudly once the extractor gets it right.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import yaml

CASES = Path(__file__).with_name("cases.yaml")
FLAGS = ("negated", "hypothetical", "planned")


def load_cases(path: Path = CASES) -> list[dict[str, Any]]:
    """The cases, in file order."""
    cases = yaml.safe_load(path.read_text("utf-8"))
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids)), "case ids must be unique"
    return list(cases)


def published_of(case: dict[str, Any]) -> date | None:
    """The case's publication date (None when the case has none)."""
    return date.fromisoformat(str(case["published"])) if case.get("published") else None


def _actor(actor: dict[str, Any] | None) -> str | None:
    if actor is None:
        return None
    return f"{actor.get('country') or '-'}/{actor.get('sector')}"


def _expected_actor(value: str | None) -> str | None:
    return None if value in (None, "null") else str(value)


def _agrees(want: dict[str, Any], got: dict[str, Any]) -> list[str]:
    """What differs between one expected event and one system record (empty: they agree)."""
    diffs: list[str] = []
    if want["type"] != got["plover"]:
        diffs.append(f"type {got['plover']} != {want['type']}")
    for role in ("source", "target"):
        if _expected_actor(want.get(role)) != _actor(got.get(role)):
            diffs.append(f"{role} {_actor(got.get(role))} != {want.get(role)}")
    if "mode" in want and want["mode"] != got.get("mode"):
        diffs.append(f"mode {got.get('mode')} != {want['mode']}")
    for flag in FLAGS:
        if bool(want.get(flag, False)) != bool(got["modality"][flag]):
            diffs.append(f"{flag} {got['modality'][flag]} != {bool(want.get(flag, False))}")
    if "date" in want and str(want["date"]) != str(got.get("date")) and not (
            want["date"] is None and got.get("date") is None):
        diffs.append(f"date {got.get('date')} != {want['date']}")
    if "date_precision" in want and want["date_precision"] != got.get("date_precision"):
        diffs.append(f"date precision {got.get('date_precision')} != {want['date_precision']}")
    if "attributed_to" in want and _expected_actor(want["attributed_to"]) != _actor(
            got.get("attributed_to")):
        diffs.append(f"attributed_to {_actor(got.get('attributed_to'))} != "
                     f"{want['attributed_to']}")
    if "location" in want:
        diffs.extend(_location(want["location"], got.get("location")))
    if "quantities" in want:
        wanted = sorted((q["unit"], float(q["value"]), q.get("approx"))
                        for q in want["quantities"])
        found = sorted((q["unit"], float(q["value"]), q.get("approx"))
                       for q in got.get("quantities") or [])
        if wanted != found:
            diffs.append(f"quantities {found} != {wanted}")
    return diffs


def _location(want: dict[str, Any] | None, got: dict[str, Any] | None) -> list[str]:
    if want is None:
        return [] if got is None else [f"location {got.get('name')} != None"]
    if got is None:
        return [f"location None != {want['name']}"]
    diffs = []
    if got.get("name") != want["name"] or got.get("country") != want.get("country"):
        diffs.append(f"location {got.get('name')}/{got.get('country')} != "
                     f"{want['name']}/{want.get('country')}")
    if "precision" in want and got.get("precision") != want["precision"]:
        diffs.append(f"location precision {got.get('precision')} != {want['precision']}")
    return diffs


def problems(case: dict[str, Any], records: list[dict[str, Any]]) -> list[str]:
    """Why the records do not answer the case (empty when they do). Each expected event is
    paired with the system record it differs least from; leftovers on either side are
    reported as missing or unexpected."""
    out: list[str] = []
    left = list(records)
    for want in case.get("events") or []:
        if not left:
            out.append(f"missing {want['type']} {want.get('source')} -> {want.get('target')}")
            continue
        best = min(left, key=lambda r: len(_agrees(want, r)))
        diffs = _agrees(want, best)
        if diffs:
            out.append(f"{want['type']} {want.get('source')} -> {want.get('target')}: "
                       + "; ".join(diffs))
        left.remove(best)
    for rec in left:
        out.append(f"unexpected {rec['plover']} {_actor(rec['source'])} -> "
                   f"{_actor(rec.get('target'))} ({rec['evidence']['sentence'][:60]}...)")
    return out
