"""Run stages over articles in batches, in this process (executors/ has the Ray twin)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
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
        batches = iter(lambda: list(islice(iterator, self.batch_size)), [])
        for batch in self.run_batches(batches):
            yield from batch

    def run_batches(self, batches: Iterable[Sequence[Article]]) -> Iterator[list[Article]]:
        """Each batch annotated by every stage, in order, one list per (non-empty) batch.

        The first stage (the parse) of the next batch runs in a worker thread while the later
        stages, and the caller, work on this one: the model's matrix code releases the GIL, so
        on two cores rule-based stages and storage writes hide partly behind parsing. Batches
        are pulled from ``batches`` in the calling thread (so a generator that queries a
        database stays on its own connection), and an exception in any stage reaches the
        caller at the batch that raised it.
        """
        iterator = (list(b) for b in batches if b)
        if not self.stages:
            yield from iterator
            return
        first, later = self.stages[0], self.stages[1:]
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="dyadwatch-parse") as pool:

            def submit() -> Future[list[Article]] | None:
                batch = next(iterator, None)
                return None if batch is None else pool.submit(first.process_batch, batch)

            pending = submit()
            while pending is not None:
                batch = pending.result()
                pending = submit()
                for stage in later:
                    batch = stage.process_batch(batch)
                yield batch

    def __call__(self, article: Article) -> Article:
        """Run the whole pipeline over a single article."""
        return self.process_batch([article])[0]

    def describe(self) -> list[str]:
        """One line per stage: name, what it requires and provides."""
        return [f"{s.name}: {sorted(s.requires)} -> {sorted(s.provides)}" for s in self.stages]
