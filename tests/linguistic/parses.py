"""Hand-checked parses of the linguistic cases, in a small CoNLL-like text format.

The file holds, for every case, its sentences token by token::

    # case: passive-by-agent-1
    # sentence: paragraph=0 headline=0
    0   A   a   DET   DT   det   3   O
    ...

Columns: index, text, lemma, coarse tag, fine tag, dependency label, head index (the root is
its own head), entity (``O``, ``B-LABEL`` or ``B-LABEL=KB_ID``, ``I-LABEL``). Character offsets
are recovered from the case text, so a corrected arc is a one-field edit. ``freeze.py``
writes the file from the trained model; a person then checks each arc and label against the
ClearNLP conventions spaCy uses, so that the unit tests test our rules, not the tagger.
"""

from __future__ import annotations

from pathlib import Path

from dyadwatch.model import Sentence, Span, Token

PARSES = Path(__file__).with_name("parses.conll")


def dump(case_id: str, sentences: tuple[Sentence, ...]) -> str:
    """The text block for one case."""
    lines = [f"# case: {case_id}"]
    for sent in sentences:
        lines.append(f"# sentence: paragraph={sent.paragraph} headline={int(sent.is_headline)}")
        refs = {e.token_start: e.ref for e in sent.entities}
        for t in sent.tokens:
            ent = "O" if t.ent_iob == "O" else f"{t.ent_iob}-{t.ent_type}"
            if t.ent_iob == "B" and refs.get(t.i):
                ent += "=" + refs[t.i]
            lines.append("\t".join([str(t.i), t.text, t.lemma, t.pos, t.tag, t.dep, str(t.head),
                                    ent]))
    return "\n".join(lines) + "\n"


def load(text_of: dict[str, str], path: Path = PARSES) -> dict[str, tuple[Sentence, ...]]:
    """Every case's sentences, with offsets into the case text (``text_of`` maps case ids to
    texts)."""
    out: dict[str, tuple[Sentence, ...]] = {}
    blocks: dict[str, list[list[str]]] = {}
    current: list[list[str]] | None = None
    for raw in path.read_text("utf-8").splitlines():
        if raw.startswith("# case:"):
            current = blocks.setdefault(raw.split(":", 1)[1].strip(), [])
        elif raw.startswith("# sentence:"):
            assert current is not None, "a sentence before any case"
            current.append([raw])
        elif raw.strip():
            assert current, "a token before any sentence"
            current[-1].append(raw)
    for case_id, sentences in blocks.items():
        text = text_of[case_id]
        cursor = 0
        built: list[Sentence] = []
        for lines in sentences:
            header = dict(p.split("=") for p in lines[0].split(":", 1)[1].split())
            tokens, spans = _tokens(lines[1:], text, cursor)
            cursor = tokens[-1].end
            start, end = tokens[0].start, tokens[-1].end
            built.append(Sentence(len(built), start, end, text[start:end], tuple(tokens),
                                  tuple(spans), paragraph=int(header["paragraph"]),
                                  is_headline=header["headline"] == "1"))
        out[case_id] = tuple(built)
    return out


def _tokens(lines: list[str], text: str, cursor: int) -> tuple[list[Token], list[Span]]:
    tokens: list[Token] = []
    ents: list[tuple[int, str, str]] = []  # (first token, label, ref)
    for line in lines:
        i, word, lemma, pos, tag, dep, head, ent = line.split("\t")
        start = text.index(word, cursor)
        cursor = start + len(word)
        iob, _, label = ent.partition("-")
        label, _, ref = label.partition("=")
        tokens.append(Token(int(i), word, start, cursor, lemma, pos, tag, dep, int(head),
                            label, iob))
        if iob == "B":
            ents.append((int(i), label, ref))
    spans: list[Span] = []
    for first, label, ref in ents:
        last = first
        while last + 1 < len(tokens) and tokens[last + 1].ent_iob == "I":
            last += 1
        s, e = tokens[first].start, tokens[last].end
        spans.append(Span(s, e, text[s:e], label, first, last + 1, ref))
    return tokens, spans
