"""Query parameters as validated filters, shared by the REST API and the pages.

Every value is checked here, once, and turned into an ``EventFilter`` (whose clauses use
whitelisted columns and bound parameters); a bad value is a 422 error that names the
parameter and what it accepts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dyadwatch.ontology import PLOVER_TYPES
from dyadwatch.server.errors import ApiError
from dyadwatch.storage import SORTABLE, EventFilter, parse_dyad

#: The largest page a client may ask for.
MAX_LIMIT = 500


@dataclass(frozen=True)
class Query:
    """The raw filter parameters of a request (strings as the client sent them)."""

    dyad: str | None = None
    type: str | None = None
    actor: str | None = None
    quad: str | None = None
    since: str | None = None
    until: str | None = None
    place: str | None = None
    q: str | None = None
    all: bool = False

    def to_filter(self) -> EventFilter:
        """The validated filter (``ApiError`` 422 for a bad parameter)."""
        return EventFilter(
            dyad=_dyad(self.dyad), plover=_types(self.type), actor=_text(self.actor),
            quad=_quads(self.quad), since=_date("since", self.since),
            until=_date("until", self.until), place=_text(self.place), text=_text(self.q),
            include_unreal=self.all)

    def as_params(self) -> dict[str, str]:
        """The non-empty parameters, for links that keep the filter."""
        out = {k: v for k, v in (("dyad", self.dyad), ("type", self.type),
                                 ("actor", self.actor), ("quad", self.quad),
                                 ("since", self.since), ("until", self.until),
                                 ("place", self.place), ("q", self.q)) if v}
        if self.all:
            out["all"] = "true"
        return out


def _text(value: str | None) -> str | None:
    value = (value or "").strip()
    if len(value) > 200:
        raise ApiError(422, "a text filter is limited to 200 characters")
    return value or None


def _dyad(value: str | None) -> tuple[str, str] | None:
    if not value or not value.strip():
        return None
    try:
        return parse_dyad(value)
    except ValueError as exc:
        raise ApiError(422, f"dyad: {exc}") from None


def _types(value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    names = tuple(v.strip().upper() for v in value.split(",") if v.strip())
    unknown = [n for n in names if n not in PLOVER_TYPES]
    if unknown:
        raise ApiError(422, f"type: unknown PLOVER type(s) {', '.join(unknown)}; choose from "
                            f"{', '.join(sorted(PLOVER_TYPES))}")
    return names


def _quads(value: str | None) -> tuple[int, ...]:
    if not value:
        return ()
    try:
        quads = tuple(int(v) for v in value.split(",") if v.strip())
    except ValueError:
        raise ApiError(422, "quad: give quad classes 1-4, e.g. quad=3,4") from None
    if any(q not in (1, 2, 3, 4) for q in quads):
        raise ApiError(422, "quad: quad classes are 1 (verbal cooperation) to 4 (material "
                            "conflict)")
    return quads


def _date(name: str, value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ApiError(422, f"{name}: {value!r} is not a date; use YYYY-MM-DD") from None


def sort_key(value: str | None) -> str:
    """A whitelisted sort key (``date``, ``-confidence`` ...)."""
    key = (value or "date").strip()
    if key.lstrip("-") not in SORTABLE:
        raise ApiError(422, f"sort: cannot sort by {key!r}; choose one of "
                            f"{', '.join(SORTABLE)} (prefix - for descending)")
    return key


def page_bounds(limit: int, offset: int) -> tuple[int, int]:
    """Checked page size and offset."""
    if not 1 <= limit <= MAX_LIMIT:
        raise ApiError(422, f"limit: give 1 to {MAX_LIMIT}")
    if offset < 0:
        raise ApiError(422, "offset: give 0 or more")
    return limit, offset


def interval_of(value: str | None) -> str:
    """``week`` or ``month``."""
    interval = (value or "month").lower()
    if interval not in ("week", "month"):
        raise ApiError(422, "interval: give week or month")
    return interval
