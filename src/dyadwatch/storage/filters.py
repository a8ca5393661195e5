"""Event filters as SQL fragments: whitelisted columns, bound parameters, never user SQL."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select

from dyadwatch.storage.tables import events, evidence, mentions

#: Columns a caller may sort events by (name -> column); anything else is refused.
SORTABLE = {
    "date": events.c.date_start,
    "confidence": events.c.confidence,
    "goldstein": events.c.goldstein,
    "plover": events.c.plover,
    "mentions": events.c.n_mentions,
    "created": events.c.created_at,
}


@dataclass(frozen=True)
class EventFilter:
    """What a user may filter events by. ``dyad`` is a pair of ISO3 codes, in either direction.

    ``since``/``until`` compare with the event's date range, so a month-precision event counts
    for any day of its month. ``place`` is a country code or part of a place name; ``text``
    searches the evidence sentences. Negated and hypothetical events are left out unless
    ``include_unreal``.
    """

    dyad: tuple[str, str] | None = None
    plover: tuple[str, ...] = ()
    actor: str | None = None
    since: date | None = None
    until: date | None = None
    quad: tuple[int, ...] = ()
    country: str | None = None
    min_confidence: float | None = None
    include_unreal: bool = False
    document_id: str | None = None
    place: str | None = None
    text: str | None = None

    def clauses(self) -> list[ColumnElement[bool]]:
        """The WHERE clauses this filter stands for."""
        c = events.c
        out: list[ColumnElement[bool]] = []
        if self.dyad:
            a, b = self.dyad
            out.append(or_(and_(c.source_country == a, c.target_country == b),
                           and_(c.source_country == b, c.target_country == a)))
        if self.plover:
            out.append(c.plover.in_(self.plover))
        if self.quad:
            out.append(c.quad.in_(self.quad))
        if self.actor:
            pattern = f"%{self.actor.lower()}%"
            out.append(or_(func.lower(c.source_name).like(pattern),
                           func.lower(c.target_name).like(pattern),
                           c.source_actor_id == self.actor, c.target_actor_id == self.actor))
        if self.country:
            out.append(or_(c.source_country == self.country, c.target_country == self.country))
        if self.since:
            out.append(c.date_end >= self.since)
        if self.until:
            out.append(c.date_start <= self.until)
        if self.min_confidence is not None:
            out.append(c.confidence >= self.min_confidence)
        if self.place:
            # a country code, or a place name (case-insensitive, part of it)
            out.append(or_(c.location_country == self.place.upper(),
                           func.lower(c.location_name).like(f"%{self.place.lower()}%")))
        if self.text:
            pattern = f"%{self.text.lower()}%"
            out.append(c.id.in_(
                select(mentions.c.event_id)
                .join(evidence, evidence.c.id == mentions.c.evidence_id)
                .where(func.lower(evidence.c.sentence).like(pattern))))
        if not self.include_unreal:
            out.append(and_(c.negated.is_(False), c.hypothetical.is_(False)))
        return out


def parse_dyad(text: str) -> tuple[str, str]:
    """``PAK-AFG`` -> ("PAK", "AFG"); raises ``ValueError`` with the expected form."""
    parts = [p.strip().upper() for p in text.replace("_", "-").split("-")]
    if len(parts) != 2 or not all(len(p) == 3 and p.isalpha() for p in parts):
        raise ValueError(f"dyad {text!r} must be two ISO 3166 alpha-3 codes, e.g. PAK-AFG")
    return parts[0], parts[1]


def sort_column(name: str) -> Any:
    """The column for a sort key (``date``, ``-confidence``...); ``ValueError`` if unknown."""
    key = name.lstrip("-")
    if key not in SORTABLE:
        raise ValueError(f"cannot sort by {key!r}; choose one of {', '.join(SORTABLE)}")
    column = SORTABLE[key]
    return column.desc() if name.startswith("-") else column.asc()
