"""What a stage is: a callable over one article plus a declaration of what it needs and adds.

Like spaCy's pipeline components, a stage says which annotations it ``requires`` and which it
``provides``; the pipeline checks the order before any article is touched. Article stages are
pure: one article in, one article out, no I/O, so they run unchanged in-process or on Ray.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from dyadwatch.model import Article


@runtime_checkable
class Stage(Protocol):
    """The interface every stage implements."""

    name: str
    requires: frozenset[str]
    provides: frozenset[str]

    def __call__(self, article: Article) -> Article:
        """Annotate one article and return the annotated copy."""
        ...

    def process_batch(self, articles: Sequence[Article]) -> list[Article]:
        """Annotate several articles (stages that profit from batching override this)."""
        ...


class ArticleStage:
    """Base class for stages that work one article at a time."""

    name: str = "stage"
    requires: frozenset[str] = frozenset()
    provides: frozenset[str] = frozenset()

    def __call__(self, article: Article) -> Article:  # pragma: no cover - abstract
        raise NotImplementedError

    def process_batch(self, articles: Sequence[Article]) -> list[Article]:
        """Apply the stage to each article in turn."""
        return [self(article) for article in articles]

    def __repr__(self) -> str:
        return f"<stage {self.name}: {sorted(self.requires)} -> {sorted(self.provides)}>"
