"""The linguistic case suite through the trained model (parser and NER included).

A case may fail here and not on its hand-checked parse when the model misparses it; such
cases carry ``model_failure`` (and ``known_failure`` for both) and are expected failures.
"""

from __future__ import annotations

import pytest

from tests.linguistic.cases import load_cases, problems
from tests.linguistic.harness import records_from_model

pytestmark = pytest.mark.model


def _param(case: dict) -> object:  # type: ignore[type-arg]
    reason = case.get("known_failure") or case.get("model_failure")
    marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
    return pytest.param(case, id=case["id"], marks=marks)


@pytest.mark.parametrize("case", [_param(c) for c in load_cases()])
def test_case_through_the_model(case: dict) -> None:  # type: ignore[type-arg]
    found = problems(case, records_from_model(case))
    assert not found, "\n".join([case["text"], *found])
