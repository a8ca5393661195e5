"""Stage order is checked before any work starts."""

import pytest

from dyadwatch.errors import StageOrderError
from dyadwatch.pipeline import Pipeline, check_order
from dyadwatch.stages import ActorStage, DateStage, EventStage, MergeStage
from dyadwatch.stages.base import ArticleStage


class FakeParse(ArticleStage):
    name = "parse"
    requires = frozenset({"text"})
    provides = frozenset({"sentences"})

    def __call__(self, article):
        return article.with_annotations(self.provides)


def test_the_standard_order_is_valid(small_kb):
    stages = [FakeParse(), ActorStage(small_kb), EventStage(), DateStage(), MergeStage()]
    assert {"sentences", "actors", "events", "dates", "merged"} <= check_order(stages)


def test_a_stage_before_its_requirements_is_refused_naming_what_is_missing(small_kb):
    with pytest.raises(StageOrderError, match=r"'events' requires \['actors'\]"):
        Pipeline([FakeParse(), EventStage(), ActorStage(small_kb)], {"pipeline": "x", "kb": "y"})


def test_a_stage_twice_is_refused():
    with pytest.raises(StageOrderError, match="appears twice"):
        check_order([FakeParse(), FakeParse()])


def test_nothing_runs_when_the_order_is_wrong(small_kb):
    calls = []

    class Spy(FakeParse):
        def __call__(self, article):
            calls.append(article)
            return article

    with pytest.raises(StageOrderError):
        Pipeline([Spy(), DateStage()], {"pipeline": "x", "kb": "y"})
    assert calls == []
