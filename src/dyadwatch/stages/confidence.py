"""How sure we are of an event: a score from the evidence that backs each part of it.

The weights are a prior, to be calibrated against the gold set (``dyadwatch eval`` prints
precision per confidence band, which must rise with the score).
"""

from __future__ import annotations

from dyadwatch.model import ActorMention, Modality

_HOW_WEIGHT = {"kb": 0.15, "capital": 0.12, "description": 0.08, "title": 0.08, "coref": 0.02,
               "unknown": -0.05}


def score(kind: str, source: ActorMention, target: ActorMention | None, mod: Modality,
          headline: bool, attributed: bool, main: bool = True) -> float:
    """A confidence in [0.05, 0.95] for one extracted event."""
    value = 0.45 if kind == "verb" else 0.38
    value += 0.06 if main else -0.02
    value += _HOW_WEIGHT.get(source.how, 0.0)
    if source.actor.country is not None:
        value += 0.05
    if target is not None:
        value += 0.07 + _HOW_WEIGHT.get(target.how, 0.0) / 2
    if headline:
        value -= 0.15
    if mod.hypothetical:
        value -= 0.1
    if attributed:
        value -= 0.03
    return round(min(0.95, max(0.05, value)), 3)
