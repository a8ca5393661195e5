"""The linguistic case suite (tests/linguistic/cases.yaml) on hand-checked parses.

Each case is one linguistic behaviour (passive, reported speech, negation, claims, denials,
quantities, dates ...) with every event its sentence must yield; the stages run on the case's
hand-checked parse, so a failure is a failure of our rules, not of the tagger. A case marked
``known_failure`` is an expected failure that turns into an error once it passes.
"""

from __future__ import annotations

import pytest

from tests.linguistic.cases import load_cases, problems
from tests.linguistic.harness import records_from_parses

CASES = load_cases()


def _param(case: dict) -> object:  # type: ignore[type-arg]
    marks = []
    if case.get("known_failure"):
        marks.append(pytest.mark.xfail(reason=case["known_failure"], strict=True))
    return pytest.param(case, id=case["id"], marks=marks)


def test_the_suite_covers_what_it_must() -> None:
    phenomena = {c["phenomenon"] for c in CASES}
    types = {e["type"] for c in CASES for e in c.get("events") or []}
    assert len(CASES) >= 60
    assert {"passive", "reported-speech", "event-noun", "coordination", "apposition",
            "relative-clause", "negation", "hypothetical", "planned", "question", "headline",
            "claim", "denial", "quantity", "no-event"} <= phenomena
    assert len(types) == 16  # every PLOVER type at least once
    assert sum(1 for c in CASES if not c.get("events")) >= 10  # sentences with no event


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_case_on_hand_checked_parse(case: dict) -> None:  # type: ignore[type-arg]
    found = problems(case, records_from_parses(case))
    assert not found, "\n".join([case["text"], *found])
