"""How sure we are of an event: a score from the evidence that backs each part of it.

``score`` is a prior built from the evidence (how the actors were found, a known target, the
clause the trigger sits in). ``calibrated`` maps it, monotonically, to the precision such
scores had on our gold set (``data/calibration.json``, fitted by
``scripts/calibrate_confidence.py``, which also reports a two-fold out-of-sample check), so
that a confidence of 0.7 means about seven in ten such events are right.
"""

from __future__ import annotations

import bisect
import json
from functools import lru_cache
from importlib import resources

from dyadwatch.model import ActorMention, Modality

#: A table that replaces the shipped one (``[]``: no calibration, raw scores), for fitting.
_OVERRIDE: list[list[float]] | None = None


def use_table(table: list[list[float]] | None) -> None:
    """Calibrate with ``table`` instead of the shipped one (``[]`` keeps raw scores; None
    restores the shipped table). For the calibration script and tests."""
    global _OVERRIDE
    _OVERRIDE = table


@lru_cache(maxsize=1)
def _shipped() -> list[list[float]]:
    path = resources.files("dyadwatch.stages").joinpath("data/calibration.json")
    return list(json.loads(path.read_text("utf-8"))["table"]) if path.is_file() else []


def calibrated(raw: float, table: list[list[float]] | None = None) -> float:
    """The calibrated confidence of a raw score: the precision of the table's step whose
    upper bound is the first at or above ``raw`` (the last step beyond the table)."""
    steps = table if table is not None else (_OVERRIDE if _OVERRIDE is not None
                                             else _shipped())
    if not steps:
        return raw
    k = bisect.bisect_left([s[0] for s in steps], raw)
    return float(steps[min(k, len(steps) - 1)][1])


def raw_of(record: dict) -> float:  # type: ignore[type-arg]
    """The raw score of an output record made with calibration switched off."""
    return float(record["confidence"])

_HOW_WEIGHT = {"kb": 0.15, "capital": 0.12, "description": 0.08, "title": 0.08, "coref": 0.02,
               "unknown": -0.05}


def score(kind: str, source: ActorMention, target: ActorMention | None, mod: Modality,
          headline: bool, attributed: bool, main: bool = True, background: bool = False
          ) -> float:
    """A confidence in [0.05, 0.95] for one extracted event."""
    value = 0.45 if kind == "verb" else 0.38
    value += 0.06 if main else -0.02
    if background:
        value -= 0.08  # told as the background of another event
    value += _HOW_WEIGHT.get(source.how, 0.0)
    if source.actor.country is not None:
        value += 0.05
    if target is None:
        value -= 0.05  # no one the act is done to: often a statement, not an interaction
    else:
        value += 0.04 + _HOW_WEIGHT.get(target.how, 0.0) / 2
        if target.actor.country is not None:
            value += 0.06  # a dyad both of whose sides are known
    if headline:
        value -= 0.15
    if mod.hypothetical:
        value -= 0.1
    if attributed:
        value -= 0.03
    return round(min(0.95, max(0.05, value)), 3)
