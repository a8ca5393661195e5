"""Check, before any work starts, that every stage's requirements are met by earlier stages."""

from __future__ import annotations

from collections.abc import Sequence

from dyadwatch.errors import StageOrderError
from dyadwatch.stages.base import Stage

#: What every article carries before the first stage runs.
INITIAL: frozenset[str] = frozenset({"text"})


def check_order(stages: Sequence[Stage], initial: frozenset[str] = INITIAL) -> frozenset[str]:
    """Return what the pipeline provides; raise ``StageOrderError`` naming the first gap."""
    available = set(initial)
    names: list[str] = []
    for stage in stages:
        missing = stage.requires - available
        if missing:
            providers = ", ".join(names) or "nothing"
            raise StageOrderError(
                f"stage {stage.name!r} requires {sorted(missing)}, which no earlier stage "
                f"provides (earlier: {providers}); put a stage providing it first"
            )
        if stage.name in names:
            raise StageOrderError(f"stage {stage.name!r} appears twice in the pipeline")
        available |= stage.provides
        names.append(stage.name)
    return frozenset(available)
