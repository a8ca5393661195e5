"""spaCy Doc -> our Sentence/Token/Span records, made once per document."""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from dyadwatch.model import Sentence, Span, Token

_LINE_BREAK = re.compile(r"\n+")
_FINAL = (".", "!", "?", "…", ":", ";", '"', "”", "’", "'", ")")


def doc_to_sentences(doc: Doc) -> tuple[Sentence, ...]:
    """Our records for every sentence of ``doc`` (leading/trailing whitespace tokens dropped)."""
    text = doc.text  # built from the tokens on every access: read it once
    breaks = [m.start() for m in _LINE_BREAK.finditer(text)]
    # Span.ents scans every entity of the document for each sentence: read them once instead.
    ents = list(doc.ents)
    ent_starts = [e.start for e in ents]
    # Head offsets as one array: asking each token for its head builds a Token object each time.
    heads = [i + int(offset) for i, offset in enumerate(doc.to_array("HEAD").astype("int64"))]
    sentences: list[Sentence] = []
    for sent in doc.sents:
        first, last = sent.start, sent.end - 1
        while first <= last and doc[first].is_space:
            first += 1
        while last >= first and doc[last].is_space:
            last -= 1
        if first > last:
            continue
        lo = bisect.bisect_left(ent_starts, first)
        hi = bisect.bisect_left(ent_starts, last + 1)
        inside = [e for e in ents[lo:hi] if e.end <= last + 1]
        sentences.append(_sentence(doc, text, inside, heads, first, last + 1, len(sentences),
                                   breaks))
    return tuple(sentences)


def _sentence(doc: Doc, text: str, ents: list[SpacySpan], heads: list[int], first: int,
              end: int, index: int, breaks: list[int]) -> Sentence:
    tokens = []
    for i in range(first, end):
        tok = doc[i]
        head = heads[i] - first if first <= heads[i] < end else i - first
        tokens.append(Token(
            i=i - first, text=tok.text, start=tok.idx, end=tok.idx + len(tok.text),
            lemma=tok.lemma_, pos=tok.pos_, tag=tok.tag_, dep=tok.dep_, head=head,
            ent_type=tok.ent_type_, ent_iob=tok.ent_iob_,
        ))
    start, stop = doc[first].idx, doc[end - 1].idx + len(doc[end - 1].text)
    entities = tuple(
        Span(e.start_char, e.end_char, e.text, e.label_, e.start - first, e.end - first,
             e.ent_id_ or "")
        for e in ents
    )
    sentence_text = text[start:stop]
    return Sentence(
        index=index, start=start, end=stop, text=sentence_text, tokens=tuple(tokens),
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
