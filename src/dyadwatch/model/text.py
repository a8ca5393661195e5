"""Parsed text as plain records: tokens, spans and sentences.

These are made once per document from spaCy's output (see ``dyadwatch.nlp``) and are all that
later stages see, so a stage can be tested with a sentence built by hand and shipped to another
process. Offsets are character offsets into the document's cleaned text; token indices (``i``,
``head``, ``token_start``/``token_end``) are relative to the sentence.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Token:
    """One token of a sentence with its morphology and dependency arc.

    ``head`` is the sentence-relative index of the syntactic head; the root is its own head
    (spaCy's convention). ``ent_iob`` is ``B``, ``I`` or ``O``.
    """

    i: int
    text: str
    start: int
    end: int
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int
    ent_type: str = ""
    ent_iob: str = "O"
    morph: str = ""
    #: The token text in lower case (computed once: rules ask for it millions of times).
    lower: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "lower", self.text.lower())


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of document text: character offsets, the text, an optional label.

    ``token_start``/``token_end`` give the sentence-relative token range ``[start, end)`` when the
    span came from a parsed sentence, and -1 otherwise. ``ref`` carries an identifier the span
    was matched with (the knowledge-base id of an entity-ruler match), or "".
    """

    start: int
    end: int
    text: str
    label: str = ""
    token_start: int = -1
    token_end: int = -1
    ref: str = ""


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: its place in the document, its tokens and named-entity spans.

    ``paragraph`` counts blank-line separated blocks from 0; ``is_headline`` marks a title-like line
    (no final punctuation, mostly capitalised words), where grammar is unreliable.
    """

    index: int
    start: int
    end: int
    text: str
    tokens: tuple[Token, ...]
    entities: tuple[Span, ...] = ()
    paragraph: int = 0
    is_headline: bool = False
    _children: tuple[tuple[Token, ...], ...] = field(
        init=False, repr=False, compare=False, default=()
    )

    def __post_init__(self) -> None:
        kids: list[list[Token]] = [[] for _ in self.tokens]
        for tok in self.tokens:
            if tok.head != tok.i and 0 <= tok.head < len(kids):
                kids[tok.head].append(tok)
        object.__setattr__(self, "_children", tuple(tuple(k) for k in kids))

    def children(self, i: int) -> tuple[Token, ...]:
        """The tokens whose head is token ``i``, in sentence order."""
        return self._children[i]

    def subtree(self, i: int) -> tuple[int, int]:
        """The token range ``[first, last + 1)`` covered by token ``i`` and its descendants."""
        lo = hi = i
        stack = [i]
        while stack:
            j = stack.pop()
            lo, hi = min(lo, j), max(hi, j)
            stack.extend(t.i for t in self._children[j])
        return lo, hi + 1

    def root(self) -> Token | None:
        """The first token that is its own head (the sentence root), if any."""
        for tok in self.tokens:
            if tok.head == tok.i:
                return tok
        return None

    def span(self, token_start: int, token_end: int, label: str = "") -> Span:
        """The document span covering tokens ``[token_start, token_end)`` of this sentence."""
        first, last = self.tokens[token_start], self.tokens[token_end - 1]
        rel_start, rel_end = first.start - self.start, last.end - self.start
        return Span(first.start, last.end, self.text[rel_start:rel_end], label,
                    token_start, token_end)

    def as_span(self) -> Span:
        """This sentence as a plain span."""
        return Span(self.start, self.end, self.text, "SENT")
