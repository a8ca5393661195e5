"""Build parsed sentences and articles by hand, so stages are tested without the spaCy model."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from dyadwatch.model import Article, Sentence, Span, Token, content_hash

# One token: (text, lemma, pos, dep, head) with head as a token index (own index = root),
# optionally followed by an entity label for single-token entities.
TokenSpec = tuple


def sentence(specs: Sequence[TokenSpec], entities: Sequence[tuple[int, int, str]] = (),
             offset: int = 0, index: int = 0, refs: dict[int, str] | None = None) -> Sentence:
    """A sentence from token specs joined by single spaces; ``entities`` are token ranges
    ``(start, end, label)`` (``refs`` maps an entity's start token to a KB id)."""
    tokens: list[Token] = []
    pos_ = offset
    ents_by_token: dict[int, tuple[str, str]] = {}
    for start, end, label in entities:
        for i in range(start, end):
            ents_by_token[i] = (label, "B" if i == start else "I")
    for i, spec in enumerate(specs):
        text, lemma, pos, dep, head = spec[:5]
        label, iob = ents_by_token.get(i, ("", "O"))
        tokens.append(Token(i, text, pos_, pos_ + len(text), lemma, pos, pos, dep, head,
                            label, iob))
        pos_ += len(text) + 1
    text = " ".join(s[0] for s in specs)
    spans = []
    for start, end, label in entities:
        s, e = tokens[start].start, tokens[end - 1].end
        spans.append(Span(s, e, text[s - offset:e - offset], label, start, end,
                          (refs or {}).get(start, "")))
    return Sentence(index, offset, offset + len(text), text, tuple(tokens), tuple(spans))


def article(sentences: Sequence[Sentence], published: date | None = date(2024, 3, 23),
            doc: str = "test.txt") -> Article:
    """An article whose text is the given sentences, with sentences and text provided."""
    text = ""
    for sent in sentences:
        text = text.ljust(sent.start) + sent.text
    return Article(id="doc-" + content_hash(text)[:8], doc=doc, text=text,
                   content_hash=content_hash(text), published=published,
                   sentences=tuple(sentences), provided=frozenset({"text", "sentences"}))
