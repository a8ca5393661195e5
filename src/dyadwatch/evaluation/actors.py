"""Score actor resolution on a gold set of (mention, date, context) -> (country, sector)."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from dyadwatch.errors import InputError
from dyadwatch.model import Actor


@dataclass(frozen=True)
class ActorCase:
    """One gold case."""

    mention: str
    date: str
    context: str
    country: str | None
    sector: str
    category: str = ""
    note: str = ""


@dataclass
class ActorScore:
    """Accuracy overall and per category, with every miss listed."""

    n: int = 0
    country_ok: int = 0
    sector_ok: int = 0
    both_ok: int = 0
    per_category: dict[str, list[int]] = field(
        default_factory=lambda: defaultdict(lambda: [0, 0, 0]))
    misses: list[tuple[ActorCase, Actor | None]] = field(default_factory=list)

    @property
    def country(self) -> float:
        """Share of cases with the right country."""
        return self.country_ok / self.n if self.n else 0.0

    @property
    def sector(self) -> float:
        """Share of cases with the right sector."""
        return self.sector_ok / self.n if self.n else 0.0

    @property
    def both(self) -> float:
        """Share of cases with both right."""
        return self.both_ok / self.n if self.n else 0.0


def load_cases(path: str | Path) -> list[ActorCase]:
    """Read a gold file (JSON lines); ``InputError`` names the bad line."""
    cases = []
    for number, line in enumerate(Path(path).read_text("utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            cases.append(ActorCase(data["mention"], data["date"], data["context"],
                                   data.get("country"), data["sector"],
                                   data.get("category", ""), data.get("note", "")))
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise InputError(f"{path}:{number}: not a gold actor case ({exc})") from None
    return cases


def score(cases: list[ActorCase],
          resolve: Callable[[str, str, str], Actor | None]) -> ActorScore:
    """Resolve every case with ``resolve(mention, date, context)`` and count agreements."""
    result = ActorScore()
    for case in cases:
        actor = resolve(case.mention, case.date, case.context)
        country_ok = actor is not None and actor.country == case.country
        sector_ok = actor is not None and actor.sector == case.sector
        result.n += 1
        result.country_ok += country_ok
        result.sector_ok += sector_ok
        result.both_ok += country_ok and sector_ok
        counts = result.per_category[case.category or "-"]
        counts[0] += 1
        counts[1] += country_ok
        counts[2] += sector_ok
        if not (country_ok and sector_ok):
            result.misses.append((case, actor))
    return result
