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
    text = doc.text
    breaks = [m.start() for m in _LINE_BREAK.finditer(text)]
    sentences: list[Sentence] = []
    for sent in doc.sents:
        first, last = sent.start, sent.end - 1
        while first <= last and doc[first].is_space:
            first += 1
        while last >= first and doc[last].is_space:
            last -= 1
        if first > last:
            continue
        sentences.append(_sentence(doc, sent, first, last + 1, len(sentences), breaks))
    return tuple(sentences)


def _sentence(doc: Doc, sent: SpacySpan, first: int, end: int, index: int,
              breaks: list[int]) -> Sentence:
    tokens = []
    for tok in doc[first:end]:
        head = tok.head.i - first if first <= tok.head.i < end else tok.i - first
        tokens.append(Token(
            i=tok.i - first, text=tok.text, start=tok.idx, end=tok.idx + len(tok.text),
            lemma=tok.lemma_, pos=tok.pos_, tag=tok.tag_, dep=tok.dep_, head=head,
            ent_type=tok.ent_type_, ent_iob=tok.ent_iob_, morph=str(tok.morph),
        ))
    start, stop = doc[first].idx, doc[end - 1].idx + len(doc[end - 1].text)
    entities = tuple(
        Span(e.start_char, e.end_char, e.text, e.label_, e.start - first, e.end - first,
             e.ent_id_ or "")
        for e in sent.ents if e.start >= first and e.end <= end
    )
    sentence_text = doc.text[start:stop]
    return Sentence(
        index=index, start=start, end=stop, text=sentence_text, tokens=tuple(tokens),
        entities=entities, paragraph=bisect.bisect_left(breaks, start),
        is_headline=_is_headline(doc.text, start, stop, tokens),
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
