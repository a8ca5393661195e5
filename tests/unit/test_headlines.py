"""Which lines of an article are headlines (``nlp.convert``): their events are told again, with
better grammar, in the body."""

from __future__ import annotations

from dyadwatch.model import Token
from dyadwatch.nlp.convert import _is_headline


def _line_of(text: str, line: str) -> tuple[int, int, list[Token]]:
    start = text.index(line)
    tokens, at = [], start
    for k, word in enumerate(line.split()):
        at = text.index(word, at)
        tokens.append(Token(k, word, at, at + len(word), word.lower(), "X", "X", "dep", k))
        at += len(word)
    return start, start + len(line), tokens


def _headline(text: str, line: str) -> bool:
    start, stop, tokens = _line_of(text, line)
    return _is_headline(text, start, stop, tokens)


BODY = "Pakistani authorities closed the Torkham crossing on Sunday, officials said."


def test_a_sentence_case_headline_opening_the_article_is_one():
    title = "Kabul accuses Islamabad of shelling border villages"
    assert _headline(f"{title}\n\n{BODY}", title)


def test_a_kicker_and_a_headline_both_open_the_article():
    title = "Pakistan shuts the crossing after a night of clashes"
    assert _headline(f"Breaking News\n\n{title}\n\n{BODY}", title)


def test_a_sentence_case_line_after_the_story_began_is_not_one():
    line = "Traders said the closure was costing them dearly"
    assert not _headline(f"{BODY}\n\n{line}\n\nMore text follows here.", line)


def test_a_title_case_line_is_one_anywhere():
    line = "Border Talks Resume In Islamabad After Weeks"
    assert _headline(f"{BODY}\n\n{line}\n\nMore text follows here.", line)


def test_a_line_with_final_punctuation_is_not_one():
    assert not _headline(f"{BODY}\n\nMore.", BODY)
