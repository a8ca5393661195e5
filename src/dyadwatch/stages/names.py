"""People's names the statistical NER misses or splits, found from the titles around them.

News writes unknown people with their titles: "Federal Minister for Defence Naveed Akhtar
Gondal", "Lt Gen Tahir Nadeem Qureshi", "Sameer Hayat Turi, a correspondent for ...". The small
English model often leaves such names untagged, splits them ("MNA Shahid" + "Khan Utmankhel") or
calls them organisations. These rules recover PERSON spans from the sentence's tokens:

- adjacent PERSON spans are merged, and title words at the front of a span are left out of it;
- a run of 2–4 capitalised words right after a title (and its portfolio: "for Defence") is a name;
- a run of 2–4 capitalised words followed by ", a/an/the <title>" is a name.
"""

from __future__ import annotations

from dyadwatch.kb import KnowledgeBase
from dyadwatch.model import Sentence, Span, Token
from dyadwatch.stages.actor_lexicon import TITLES

_TITLE_WORDS = frozenset(w for t in TITLES for w in t.lower().replace(".", "").split())
_TITLE_WORDS = _TITLE_WORDS - {"of", "for", "the", "and", "state", "general", "head", "mission"}
#: Words of a portfolio or post written between a title and a name ("Minister for Defence").
PORTFOLIO_WORDS = frozenset("""defence defense foreign affairs interior information broadcasting
finance commerce refugees repatriation religious law justice planning development water energy
power railways human rights education health narcotics control trade industries parliamentary
states frontier regions overseas economic maritime national security food climate change
privatisation housing works communications science technology culture tourism hajj borders
tribal rural rehabilitation mines petroleum agriculture labour labor kashmir afghanistan pakistan
political international special and the""".split())
HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "maulana", "mullah", "mawlawi", "mawlavi",
                        "maulvi", "sardar", "sheikh", "haji", "hafiz", "qari", "mufti", "syed",
                        "khawaja", "malik", "pir", "sahibzada", "nawabzada", "engr"})
_STOP_NAMES = frozenset({"the", "a", "an", "this", "that", "on", "in", "at", "for", "of", "and",
                         "but", "said", "says", "told", "has", "had", "was", "is"})


def _capitalised(tok: Token) -> bool:
    text = tok.text.rstrip(".")
    return bool(text) and text[0].isupper() and tok.pos in ("PROPN", "NOUN", "ADJ", "X") \
        and tok.lower not in _STOP_NAMES and not tok.text.isupper()


def _title_word(tok: Token) -> bool:
    return tok.lower.rstrip(".") in _TITLE_WORDS


def _known(kb: KnowledgeBase, words: list[Token]) -> bool:
    """The words name a KB actor or a place (not an unknown person)."""
    text = " ".join(t.text for t in words)
    return bool(kb.ids_for(text)) or kb.place(text, curated_only=True) is not None


def person_spans(sent: Sentence, kb: KnowledgeBase) -> list[Span]:
    """PERSON spans of ``sent``: the NER's, repaired, plus the names titles reveal."""
    tokens = sent.tokens
    spans: list[tuple[int, int]] = []
    for ent in sent.entities:
        if ent.label == "PERSON":
            spans.append((ent.token_start, ent.token_end))
    spans = _merge_adjacent(sorted(spans), tokens)
    # "MNA Shahid" -> "Shahid", but "Amir Khan Muttaqi" is a known name: "Amir" stays
    spans = [s if kb.ids_for(" ".join(t.text for t in tokens[s[0]:s[1]]))
             else _strip_titles(s, tokens) for s in spans]
    spans = [s for s in spans if s[1] - s[0] >= 1]
    covered = {i for s, e in spans for i in range(s, e)}
    for start, end in (_after_titles(tokens, kb) + _before_appositions(tokens, kb)
                       + _between_commas(tokens, kb)):
        if not covered & set(range(start, end)):
            spans.append((start, end))
            covered.update(range(start, end))
    return [sent.span(s, e, "PERSON") for s, e in sorted(spans)]


def _merge_adjacent(spans: list[tuple[int, int]], tokens: tuple[Token, ...]
                    ) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and merged[-1][1] == start:
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _strip_titles(span: tuple[int, int], tokens: tuple[Token, ...]) -> tuple[int, int]:
    start, end = span
    while start < end - 1 and (_title_word(tokens[start]) or tokens[start].text.isupper()
                               and len(tokens[start].text) <= 4):
        start += 1
    return start, end


def _name_run(tokens: tuple[Token, ...], i: int) -> int:
    """End of a run of 2-4 capitalised name words starting at ``i`` (``i`` if none)."""
    j = i
    while j < len(tokens) and j - i < 5 and (_capitalised(tokens[j])
                                            or tokens[j].lower.rstrip(".") in HONORIFICS):
        if _title_word(tokens[j]) and j > i:
            break
        j += 1
    core = [t for t in tokens[i:j] if t.lower.rstrip(".") not in HONORIFICS]
    return j if 2 <= len(core) <= 4 else i


def _after_titles(tokens: tuple[Token, ...], kb: KnowledgeBase) -> list[tuple[int, int]]:
    found = []
    for k, tok in enumerate(tokens):
        if not _title_word(tok) or not tok.text[:1].isupper():
            continue
        i = k + 1
        while i < len(tokens) and _title_word(tokens[i]):
            i += 1
        if i < len(tokens) and tokens[i].lower in ("for", "of", "on"):
            i += 1
            while i < len(tokens) and (tokens[i].lower in PORTFOLIO_WORDS
                                       or kb.state_for_name(tokens[i].text)):
                i += 1
        end = _name_run(tokens, i)
        if end > i and not _known(kb, list(tokens[i:end])):
            found.append((i, end))
    return found


def _before_appositions(tokens: tuple[Token, ...], kb: KnowledgeBase
                        ) -> list[tuple[int, int]]:
    found = []
    caps = [_capitalised(t) for t in tokens]
    for i in range(len(tokens)):
        if not caps[i] and tokens[i].lower.rstrip(".") not in HONORIFICS:
            continue  # no name run starts here
        if i and (caps[i - 1] or tokens[i - 1].text in ("'s", "’s")):
            continue
        end = _name_run(tokens, i)
        if end == i or end + 2 >= len(tokens) or tokens[end].text != ",":
            continue
        if any(t.ent_type in ("GPE", "LOC") for t in tokens[i:end]):
            continue  # "from New Delhi, where he had met Prime Minister Modi": a place
        window: list[Token] = []
        for t in tokens[end + 1:end + 8]:
            if t.pos in ("VERB", "AUX") or t.tag in ("WRB", "WDT", "WP"):
                break  # a clause on the name, not a description of it
            window.append(t)
        has_title = any(_title_word(t) or t.lower in ("correspondent", "member", "elder")
                        for t in window)
        if has_title and not _known(kb, list(tokens[i:end])):
            found.append((i, end))
    return found


def _between_commas(tokens: tuple[Token, ...], kb: KnowledgeBase) -> list[tuple[int, int]]:
    """"A BLA spokesman, Mureed Baloch, said": a name set off by commas after a title."""
    found = []
    for k, tok in enumerate(tokens[:-2]):
        if not _title_word(tok) or tokens[k + 1].text != ",":
            continue
        end = _name_run(tokens, k + 2)
        if end > k + 2 and end < len(tokens) and tokens[end].text in (",", "said") \
                and not _known(kb, list(tokens[k + 2:end])):
            found.append((k + 2, end))
    return found
