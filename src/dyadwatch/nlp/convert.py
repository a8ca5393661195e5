"""spaCy Doc -> our Sentence/Token/Span records, made once per document."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from typing import NamedTuple

from spacy.strings import StringStore
from spacy.tokens import Doc

from dyadwatch.model import Sentence, Span, Token

_LINE_BREAK = re.compile(r"\n+")
_FINAL = (".", "!", "?", "…", ":", ";", '"', "”", "’", "'", ")")


#: Token attributes read in one array per document (asking each spaCy Token for its
#: attributes builds a Python object per token and costs more than the parse's last layers).
_COLUMNS = ("IDX", "LENGTH", "LEMMA", "POS", "TAG", "DEP", "ENT_TYPE", "ENT_IOB", "ENT_ID",
            "HEAD", "IS_SPACE", "SENT_START")
_IOB = {0: "", 1: "I", 2: "O", 3: "B"}


def doc_to_sentences(doc: Doc, original: str | None = None) -> tuple[Sentence, ...]:
    """Our records for every sentence of ``doc`` (leading/trailing whitespace tokens dropped).

    ``original`` is the text before it was normalised for the parser (the same length): the
    records carry its characters."""
    if not len(doc):
        return ()
    text = doc.text  # built from the tokens on every access: read it once
    if original is not None and len(original) == len(text):
        text = original
    breaks = [m.start() for m in _LINE_BREAK.finditer(text)]
    idx, length, lemma, pos, tag, dep, ent_type, ent_iob, ent_id, head, space, sent_start = zip(
        *doc.to_array(list(_COLUMNS)).tolist(), strict=True)
    strings = doc.vocab.strings
    # Entities from the IOB columns (Doc.ents builds a Python Span per entity and scans
    # every token again; the spans are found here as spaCy finds them).
    ents = _entities(ent_iob, ent_type)
    ent_starts = [e[0] for e in ents]
    lemmas, tags, deps, ids = (_names(column, strings) for column in (lemma, tag, dep, ent_id))
    columns = _Columns(text, idx, length, lemmas, _names(pos, strings), tags, deps,
                       _names(ent_type, strings), [_IOB.get(v, "") for v in ent_iob],
                       [k + _signed(v) for k, v in enumerate(head)], ids)
    bounds = [k for k, v in enumerate(sent_start) if v == 1 or k == 0] + [len(doc)]
    sentences: list[Sentence] = []
    for first, end in itertools.pairwise(bounds):
        last = end - 1
        while first <= last and space[first]:
            first += 1
        while last >= first and space[last]:
            last -= 1
        if first > last:
            continue
        lo = bisect.bisect_left(ent_starts, first)
        hi = bisect.bisect_left(ent_starts, last + 1)
        inside = [e for e in ents[lo:hi] if e[1] <= last + 1]
        sentences.append(_sentence(columns, inside, first, last + 1, len(sentences), breaks))
    return tuple(sentences)


class _Columns(NamedTuple):
    """One document's token attributes, one list per attribute, indexed by token."""

    text: str
    idx: Sequence[int]
    length: Sequence[int]
    lemma: Sequence[str]
    pos: Sequence[str]
    tag: Sequence[str]
    dep: Sequence[str]
    ent_type: Sequence[str]
    ent_iob: Sequence[str]
    head: Sequence[int]
    ent_id: Sequence[str]


def _entities(iob: Sequence[int], label: Sequence[int]) -> list[tuple[int, int]]:
    """Token ranges ``[start, end)`` of the entities: a B token opens one, I tokens extend it."""
    found: list[tuple[int, int]] = []
    start = -1
    for k, value in enumerate(iob):
        if value == 1:  # I: inside the open entity
            continue
        if start != -1:
            found.append((start, k))
        start = k if value == 3 and label[k] else -1
    if start != -1:
        found.append((start, len(iob)))
    return found


def _names(column: Sequence[int], strings: StringStore) -> list[str]:
    """The strings behind a column of hash values (each distinct value looked up once)."""
    lookup = {value: strings[value] if value else "" for value in set(column)}
    return [lookup[value] for value in column]


def _signed(value: int) -> int:
    """HEAD comes out of ``to_array`` as an unsigned 64-bit offset."""
    return value - (1 << 64) if value >= 1 << 63 else value


def _sentence(c: _Columns, ents: list[tuple[int, int]], first: int, end: int, index: int,
              breaks: list[int]) -> Sentence:
    text = c.text
    tokens = [
        Token(i - first, text[c.idx[i]:c.idx[i] + c.length[i]], c.idx[i], c.idx[i] + c.length[i],
              c.lemma[i], c.pos[i], c.tag[i], c.dep[i],
              c.head[i] - first if first <= c.head[i] < end else i - first,
              c.ent_type[i], c.ent_iob[i])
        for i in range(first, end)
    ]
    start, stop = c.idx[first], c.idx[end - 1] + c.length[end - 1]
    entities = []
    for a, b in ents:
        lo, hi = c.idx[a], c.idx[b - 1] + c.length[b - 1]
        entities.append(Span(lo, hi, text[lo:hi], c.ent_type[a], a - first, b - first,
                             c.ent_id[a]))
    return Sentence(
        index=index, start=start, end=stop, text=text[start:stop], tokens=tuple(tokens),
        entities=tuple(entities), paragraph=bisect.bisect_left(breaks, start),
        is_headline=_is_headline(text, start, stop, tokens),
    )


def _is_headline(text: str, start: int, stop: int, tokens: list[Token]) -> bool:
    """A whole line without final punctuation, most of whose words are capitalised, or any
    such line of the heading block the article opens with (sentence-case headlines: "Kabul
    warns Pakistan as new campaign is approved")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", stop)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:start].strip() or text[stop:line_end].strip():
        return False
    if text[start:stop].rstrip().endswith(_FINAL) or len(tokens) > 25:
        return False
    words = [t.text for t in tokens if t.text[:1].isalpha()]
    if len(words) < 3:
        return False
    heading = not any(line.rstrip().endswith(_FINAL) for line in text[:line_start].splitlines())
    return heading or sum(w[0].isupper() for w in words) / len(words) >= 0.6
