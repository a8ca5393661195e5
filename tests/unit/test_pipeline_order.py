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


class Recorder(ArticleStage):
    """A stage that notes which thread ran it, and can fail on one document."""

    def __init__(self, name, requires, provides, fail_on=None):
        self.name, self.requires, self.provides = name, frozenset(requires), frozenset(provides)
        self.fail_on, self.threads = fail_on, set()

    def __call__(self, article):
        import threading

        self.threads.add(threading.current_thread().name)
        if article.doc == self.fail_on:
            raise ValueError(f"cannot process {article.doc}")
        return article.with_annotations(self.provides)


def _articles(n):
    from dyadwatch.model import Article

    return [Article(id=f"id{k}", doc=f"d{k}", text=f"Text {k}.", content_hash=f"h{k}")
            for k in range(n)]


def test_batches_come_out_whole_and_in_order_with_the_parse_ahead_in_a_worker():
    parse = Recorder("parse", {"text"}, {"sentences"})
    later = Recorder("later", {"sentences"}, {"actors"})
    pipeline = Pipeline([parse, later], {"pipeline": "x", "kb": "y"}, batch_size=3)
    articles = _articles(8)
    batches = list(pipeline.run_batches([articles[0:3], [], articles[3:6], articles[6:8]]))
    assert [[a.doc for a in b] for b in batches] == [["d0", "d1", "d2"], ["d3", "d4", "d5"],
                                                     ["d6", "d7"]]
    assert all("actors" in a.provided for b in batches for a in b)
    assert parse.threads and all(t.startswith("dyadwatch-parse") for t in parse.threads)
    assert not any(t.startswith("dyadwatch-parse") for t in later.threads)
    assert [a.doc for a in pipeline.run(articles)] == [a.doc for a in articles]


@pytest.mark.parametrize("failing_stage", ["parse", "later"])
def test_an_error_in_either_stage_reaches_the_caller_after_the_batches_before_it(failing_stage):
    parse = Recorder("parse", {"text"}, {"sentences"}, "d4" if failing_stage == "parse" else None)
    later = Recorder("later", {"sentences"}, {"actors"}, "d4" if failing_stage == "later" else None)
    pipeline = Pipeline([parse, later], {"pipeline": "x", "kb": "y"}, batch_size=2)
    done = []
    with pytest.raises(ValueError, match="cannot process d4"):
        for batch in pipeline.run_batches([_articles(8)[k:k + 2] for k in range(0, 8, 2)]):
            done.extend(a.doc for a in batch)
    assert done == ["d0", "d1", "d2", "d3"]
