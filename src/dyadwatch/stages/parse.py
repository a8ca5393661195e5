"""The parse stage: spaCy over the article text, once, in batches (``nlp.pipe``)."""

from __future__ import annotations

from collections.abc import Sequence

from dyadwatch.kb import KnowledgeBase
from dyadwatch.model import Article
from dyadwatch.nlp import get_pipeline, parse_texts
from dyadwatch.stages.base import ArticleStage


class ParseStage(ArticleStage):
    """Tokenise, tag, parse and find named entities (KB entity ruler in front of the NER)."""

    name = "parse"
    requires = frozenset({"text"})
    provides = frozenset({"sentences"})

    def __init__(self, model: str, kb: KnowledgeBase, batch_size: int = 16,
                 n_process: int = 1) -> None:
        self.model = model
        self.kb = kb
        self.batch_size = batch_size
        self.n_process = n_process

    def load(self) -> None:
        """Load the spaCy pipeline now (otherwise it loads with the first batch)."""
        get_pipeline(self.model, self.kb.version, self.kb.ruler_patterns)

    def __call__(self, article: Article) -> Article:
        return self.process_batch([article])[0]

    def process_batch(self, articles: Sequence[Article]) -> list[Article]:
        """Parse all texts of the batch in one ``nlp.pipe`` call."""
        nlp = get_pipeline(self.model, self.kb.version, self.kb.ruler_patterns)
        parsed = parse_texts(nlp, (a.text for a in articles), self.batch_size, self.n_process)
        return [a.with_annotations(self.provides, sentences=s)
                for a, s in zip(articles, parsed, strict=True)]
