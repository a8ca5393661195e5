"""Run stages over articles in batches, in this process (executors/ has the Ray twin)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from itertools import islice

from dyadwatch.model import Article
from dyadwatch.pipeline.order import check_order
from dyadwatch.stages.base import Stage


class Pipeline:
    """An ordered, checked list of stages plus the versions that identify its output."""

    def __init__(self, stages: Sequence[Stage], versions: dict[str, str], batch_size: int = 16):
        self.stages = tuple(stages)
        self.provides = check_order(self.stages)
        self.versions = dict(versions)
        self.batch_size = batch_size

    def process_batch(self, articles: Sequence[Article]) -> list[Article]:
        """Run every stage over one batch of articles."""
        batch = list(articles)
        for stage in self.stages:
            batch = stage.process_batch(batch)
        return batch

    def run(self, articles: Iterable[Article]) -> Iterator[Article]:
        """Annotated articles, in input order, processed ``batch_size`` at a time."""
        iterator = iter(articles)
        while batch := list(islice(iterator, self.batch_size)):
            yield from self.process_batch(batch)

    def __call__(self, article: Article) -> Article:
        """Run the whole pipeline over a single article."""
        return self.process_batch([article])[0]

    def describe(self) -> list[str]:
        """One line per stage: name, what it requires and provides."""
        return [f"{s.name}: {sorted(s.requires)} -> {sorted(s.provides)}" for s in self.stages]
