"""Events: one report of a happening in one sentence, with its coding and grounding.

An ``Event`` here is what one document says in one sentence (a *mention* in storage terms). The
database keeps the happening separately and links every mention to it, so that reports from
several outlets can later be merged without changing these records.
"""

from __future__ import annotations

from dataclasses import dataclass

from dyadwatch.model.actor import ActorMention
from dyadwatch.model.text import Span

#: Date precisions, finest first.
PRECISIONS: tuple[str, ...] = ("day", "week", "month", "year")


@dataclass(frozen=True, slots=True)
class ResolvedDate:
    """When an event happened.

    ``value`` is ``YYYY-MM-DD`` (day; for week precision the week's Monday), ``YYYY-MM`` (month) or
    ``YYYY`` (year). ``text``/``start``/``end`` locate the expression it came from; ``text`` is
    ``None`` for the publication-date fallback, which is flagged by ``fallback``.
    """

    value: str
    precision: str
    text: str | None = None
    start: int = -1
    end: int = -1
    fallback: bool = False


@dataclass(frozen=True, slots=True)
class Place:
    """Where an event happened, resolved to a gazetteer entry."""

    name: str
    country: str | None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    text: str = ""
    start: int = -1
    end: int = -1
    precision: str = "place"


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number attached to an event: ``unit`` is killed, injured, arrested, deported, ...

    ``approx`` is ``over``, ``about``, ``up to`` or ``None`` for an exact figure; ``text``,
    ``start`` and ``end`` locate the figure in the document's cleaned text.
    """

    value: float
    unit: str
    approx: str | None = None
    text: str = ""
    start: int = -1
    end: int = -1


@dataclass(frozen=True, slots=True)
class Modality:
    """Whether the text reports the event as real: negated, hypothetical or planned."""

    negated: bool = False
    hypothetical: bool = False
    planned: bool = False

    @property
    def factual(self) -> bool:
        """True when the event is reported as having happened (or happening)."""
        return not (self.negated or self.hypothetical)


@dataclass(frozen=True, slots=True)
class Coding:
    """An event's type in PLOVER with its CAMEO code, Goldstein score and quad class."""

    plover: str
    mode: str | None
    context: tuple[str, ...]
    cameo: str
    goldstein: float
    quad: int


@dataclass(frozen=True, slots=True)
class Event:
    """One event as one sentence of one document reports it.

    ``id`` is stable: the same document text and versions give the same id. ``also`` holds further
    sentences of the same document that report the same event. ``rule`` names the lexicon entry or
    rule that produced the event, for audit.
    """

    id: str
    doc_id: str
    coding: Coding
    source: ActorMention
    target: ActorMention | None
    trigger: Span
    evidence: Span
    sentence: int
    modality: Modality = Modality()
    attributed_to: ActorMention | None = None
    date: ResolvedDate | None = None
    location: Place | None = None
    quantities: tuple[Quantity, ...] = ()
    confidence: float = 0.5
    also: tuple[Span, ...] = ()
    rule: str = ""
