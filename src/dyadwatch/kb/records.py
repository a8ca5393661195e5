"""Knowledge-base entries as records, with the date logic of roles, periods and governments."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date


def first_day(value: str | None) -> date | None:
    """The first day a ``YYYY``/``YYYY-MM``/``YYYY-MM-DD`` value covers; ``None`` stays open."""
    if not value:
        return None
    parts = [int(p) for p in value.split("-")]
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def last_day(value: str | None) -> date | None:
    """The last day a ``YYYY``/``YYYY-MM``/``YYYY-MM-DD`` value covers; ``None`` stays open."""
    if not value:
        return None
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return date(parts[0], 12, 31)
    if len(parts) == 2:
        return date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
    return date(parts[0], parts[1], parts[2])


@dataclass(frozen=True, slots=True)
class Role:
    """A post held from ``start`` to ``end`` inclusive (open ends: unknown or ongoing)."""

    role: str
    org: str | None
    country: str | None
    sector: str
    start: str | None
    end: str | None
    source: str
    acting: bool = False

    def valid_on(self, day: date) -> bool:
        """True if the role was held on ``day``. A role with an unknown start is assumed only
        up to its known end (and loses to any dated role); one with neither date never."""
        lo, hi = first_day(self.start), last_day(self.end)
        if lo is None:
            return hi is not None and day <= hi
        return lo <= day and (hi is None or day <= hi)

    def ended_before(self, day: date) -> bool:
        """True if the role is known to have ended before ``day``."""
        hi = last_day(self.end)
        return hi is not None and hi < day


@dataclass(frozen=True, slots=True)
class Period:
    """What an actor was during ``[start, end)``: the day a period starts belongs to it."""

    start: str | None
    end: str | None
    sector: str
    country: str | None = None
    kind: str | None = None
    note: str = ""

    def valid_on(self, day: date) -> bool:
        """True if ``day`` falls in the period."""
        lo, hi = first_day(self.start), first_day(self.end)
        return (lo is None or lo <= day) and (hi is None or day < hi)


@dataclass(frozen=True, slots=True)
class Government:
    """The actor that governed a state from ``start`` to ``end`` inclusive."""

    actor: str
    start: str | None
    end: str | None

    def valid_on(self, day: date) -> bool:
        """True if this government was in power on ``day``."""
        lo, hi = first_day(self.start), last_day(self.end)
        return (lo is None or lo <= day) and (hi is None or day <= hi)


@dataclass(frozen=True, slots=True)
class KbActor:
    """One knowledge-base actor, as written in its YAML file."""

    id: str
    name: str
    kind: str
    country: str | None
    sector: str
    aliases: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()
    capital: str | None = None
    governments: tuple[Government, ...] = ()
    wikidata: str | None = None
    parent: str | None = None
    #: where the body sits: what it does in session happens there ("the Security Council
    #: asked ..." is in New York)
    seat: str | None = None
    periods: tuple[Period, ...] = ()
    roles: tuple[Role, ...] = ()
    source: str = ""
    note: str = ""
    file: str = ""

    def role_on(self, day: date | None) -> Role | None:
        """The role valid on ``day``; when several are, the one that started last."""
        if day is None:
            return None
        valid = [r for r in self.roles if r.valid_on(day)]
        if not valid:
            return None
        return max(valid, key=lambda r: first_day(r.start) or date.min)

    def period_on(self, day: date | None) -> Period | None:
        """The period valid on ``day``, if the actor has dated periods."""
        if day is None:
            return None
        for period in self.periods:
            if period.valid_on(day):
                return period
        return None

    def government_on(self, day: date | None) -> str | None:
        """For a state: the id of the actor governing it on ``day``, if recorded."""
        if day is None:
            return None
        for gov in self.governments:
            if gov.valid_on(day):
                return gov.actor
        return None

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name and every alias."""
        return (self.name, *self.aliases)


@dataclass(frozen=True, slots=True)
class Description:
    """A generic phrase ("the Foreign Office") resolved through the article's country."""

    texts: tuple[str, ...]
    sector: str
    kind: str
    suffix: str | None = None
    name: str | None = None
    file: str = ""


@dataclass(frozen=True, slots=True)
class PlaceEntry:
    """A place in the gazetteer: curated (KB files) or a geonames city."""

    name: str
    kind: str
    country: str | None
    admin1: str | None = None
    aliases: tuple[str, ...] = ()
    lat: float | None = None
    lon: float | None = None
    source: str = "kb"
