"""Which language a text is in (py3langid, whose model ships inside the package)."""

from __future__ import annotations

import re
from functools import lru_cache

# The most frequent English function words: a second opinion for short or odd texts.
_ENGLISH = frozenset(
    """the of and to a in is that for on it with as was by at he said from be this have has are
    an not were its but his which they had been their also after who will would or more than
    over about into against""".split()
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@lru_cache(maxsize=1)
def _identifier():  # type: ignore[no-untyped-def]
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def english_ratio(text: str) -> float:
    """Share of words that are frequent English function words (about 0.4 in English news)."""
    words = _WORD.findall(text[:5000].lower())
    if not words:
        return 0.0
    return sum(w in _ENGLISH for w in words) / len(words)


def detect_language(text: str) -> tuple[str, float]:
    """The most likely language code and its probability, judged on the first 3,000 chars."""
    lang, prob = _identifier().classify(text[:3000])
    return str(lang), float(prob)


def language_of(text: str, accepted: tuple[str, ...]) -> tuple[str, bool]:
    """(language code, accepted?) for ``text``.

    English is accepted on either signal (the classifier or the function-word share), so that
    English text full of Pashto and Urdu names is not turned away.
    """
    lang, prob = detect_language(text)
    if lang in accepted:
        return lang, True
    if "en" in accepted and english_ratio(text) >= 0.2:
        return "en", True
    return lang, False
