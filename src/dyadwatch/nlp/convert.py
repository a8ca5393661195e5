"""spaCy Doc -> our Sentence/Token/Span records, made once per document."""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from dyadwatch.model import Sentence, Span, Token

_LINE_BREAK = re.compile(r"\n+")
_FINAL = (".", "!", "?", "…", ":", ";", '"', "”", "’", "'", ")")


#: Token attributes read in one array per document (asking each spaCy Token for its
#: attributes builds a Python object per token and costs more than the parse's last layers).
_COLUMNS = ("IDX", "LENGTH", "LEMMA", "POS", "TAG", "DEP", "ENT_TYPE", "ENT_IOB", "HEAD",
            "IS_SPACE")
_IOB = {0: "", 1: "I", 2: "O", 3: "B"}


def doc_to_sentences(doc: Doc) -> tuple[Sentence, ...]:
    """Our records for every sentence of ``doc`` (leading/trailing whitespace tokens dropped)."""
    text = doc.text  # built from the tokens on every access: read it once
    breaks = [m.start() for m in _LINE_BREAK.finditer(text)]
    # Span.ents scans every entity of the document for each sentence: read them once instead.
    ents = list(doc.ents)
    ent_starts = [e.start for e in ents]
    rows = doc.to_array(list(_COLUMNS)).tolist()
    strings = doc.vocab.strings
    names: dict[int, str] = {0: ""}

    def name(value: int) -> str:
        found = names.get(value)
        if found is None:
            found = names[value] = strings[value]
        return found

    # (text, start, end, lemma, pos, tag, dep, head, ent type, ent iob, is space) per token
    cells = [(text[r[0]:r[0] + r[1]], r[0], r[0] + r[1], name(r[2]), name(r[3]), name(r[4]),
              name(r[5]), k + _signed(r[8]), name(r[6]), _IOB.get(r[7], ""), bool(r[9]))
             for k, r in enumerate(rows)]
    sentences: list[Sentence] = []
    for sent in doc.sents:
        first, last = sent.start, sent.end - 1
        while first <= last and cells[first][10]:
            first += 1
        while last >= first and cells[last][10]:
            last -= 1
        if first > last:
            continue
        lo = bisect.bisect_left(ent_starts, first)
        hi = bisect.bisect_left(ent_starts, last + 1)
        inside = [e for e in ents[lo:hi] if e.end <= last + 1]
        sentences.append(_sentence(cells, text, inside, first, last + 1, len(sentences),
                                   breaks))
    return tuple(sentences)


def _signed(value: int) -> int:
    """HEAD comes out of ``to_array`` as an unsigned 64-bit offset."""
    return value - (1 << 64) if value >= 1 << 63 else value


def _sentence(cells: list[tuple], text: str, ents: list[SpacySpan], first: int,  # type: ignore[type-arg]
              end: int, index: int, breaks: list[int]) -> Sentence:
    tokens = []
    for i in range(first, end):
        word, start_char, end_char, lemma, pos, tag, dep, head_i, ent_type, ent_iob, _ = cells[i]
        head = head_i - first if first <= head_i < end else i - first
        tokens.append(Token(i=i - first, text=word, start=start_char, end=end_char, lemma=lemma,
                            pos=pos, tag=tag, dep=dep, head=head, ent_type=ent_type,
                            ent_iob=ent_iob))
    start, stop = cells[first][1], cells[end - 1][2]
    entities = tuple(
        Span(e.start_char, e.end_char, e.text, e.label_, e.start - first, e.end - first,
             e.ent_id_ or "")
        for e in ents
    )
    return Sentence(
        index=index, start=start, end=stop, text=text[start:stop], tokens=tuple(tokens),
        entities=entities, paragraph=bisect.bisect_left(breaks, start),
        is_headline=_is_headline(text, start, stop, tokens),
    )


def _is_headline(text: str, start: int, stop: int, tokens: list[Token]) -> bool:
    """A whole line without final punctuation, most of whose words are capitalised."""
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
    return sum(w[0].isupper() for w in words) / len(words) >= 0.6
