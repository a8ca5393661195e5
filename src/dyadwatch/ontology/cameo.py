"""CAMEO codes with Goldstein weights and the CAMEO -> PLOVER crosswalk (our own table)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from dyadwatch.model import Coding
from dyadwatch.ontology.plover import CONTEXTS, MODES, PLOVER_QUAD, check_mode


@dataclass(frozen=True, slots=True)
class CameoCode:
    """One row of the CAMEO table."""

    code: str
    description: str
    goldstein: float
    plover: str | None
    mode: str | None
    context: tuple[str, ...]

    @property
    def root(self) -> int:
        """The two-digit cue category (1..20)."""
        return int(self.code[:2])

    @property
    def quad(self) -> int:
        """CAMEO quad class from the cue category: 01-05, 06-08, 09-13, 14-20."""
        return quad_of_root(self.root)


def quad_of_root(root: int) -> int:
    """Quad class of a CAMEO cue category (1 verbal coop ... 4 material conflict)."""
    if root <= 5:
        return 1
    if root <= 8:
        return 2
    if root <= 13:
        return 3
    return 4


def _dash(value: str) -> str | None:
    value = value.strip()
    return None if value in ("", "-") else value


@lru_cache(maxsize=1)
def cameo_table() -> dict[str, CameoCode]:
    """All CAMEO codes of the shipped table, by code."""
    text = resources.files("dyadwatch.ontology").joinpath("data/cameo.tsv").read_text("utf-8")
    table: dict[str, CameoCode] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("code\t"):
            continue
        code, desc, goldstein, plover, mode, context = line.split("\t")
        contexts = tuple(c for c in (_dash(context) or "").split(";") if c)
        table[code] = CameoCode(code, desc, float(goldstein), _dash(plover), _dash(mode), contexts)
    return table


def lookup(code: str) -> CameoCode:
    """The CAMEO row for ``code``; raises ``KeyError`` with a hint for an unknown code."""
    try:
        return cameo_table()[code]
    except KeyError:
        raise KeyError(f"unknown CAMEO code {code!r} (see ontology/data/cameo.tsv)") from None


def make_coding(
    cameo: str,
    plover: str | None = None,
    mode: str | None = None,
    context: tuple[str, ...] = (),
) -> Coding:
    """Build a ``Coding`` from a CAMEO code, letting explicit PLOVER values override the table.

    The quad class follows the PLOVER type, so that codings PLOVER and CAMEO disagree on (a
    denial is REJECT, verbal conflict) stay consistent with the type users filter on.
    """
    row = lookup(cameo)
    plover = plover or row.plover
    if plover is None:
        raise ValueError(f"CAMEO {cameo} ({row.description}) has no PLOVER type; give one")
    mode = mode if mode is not None else row.mode
    if mode is not None and mode not in MODES[plover]:
        mode = None
    check_mode(plover, mode)
    contexts = tuple(dict.fromkeys(c for c in (*row.context, *context) if c in CONTEXTS))
    return Coding(plover, mode, contexts, row.code, row.goldstein, PLOVER_QUAD[plover])

