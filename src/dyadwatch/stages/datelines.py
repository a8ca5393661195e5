"""The dateline an article is filed under ("KABUL –", "ISLAMABAD:", "PESHAWAR (Reuters) -",
"DOHA/KABUL:").

It opens the first paragraph of the story, which is not always the article's first line: a
headline or a kicker ("Breaking News") often comes before it. The parser has already made it a
sentence of its own (see ``nlp.loader``), sometimes two.
"""

from __future__ import annotations

import re

from dyadwatch.model import Article

#: An upper-case place, an optional second one and agency, then a colon or a dash.
DATELINE = re.compile(r"^\s*([A-Z][A-Z .'-]{2,30}?)(?:/[A-Z][A-Z .'/-]{2,40}?)?\s*"
                      r"(?:\([^)]{1,30}\))?\s*[:—–-]\s")
#: Paragraphs a dateline may open: after a headline and a kicker, no later.
_FIRST_PARAGRAPHS = 3


def dateline_text(article: Article) -> str | None:
    """The place words of the article's dateline ("KABUL"), or None when it has none."""
    previous = None
    for sent in article.sentences:
        if sent.paragraph >= _FIRST_PARAGRAPHS:
            break
        if sent.paragraph != previous:  # a paragraph's first sentence
            # (the parser may have split "DOHA" from its dash: read the paragraph's text)
            m = DATELINE.match(article.text[sent.start:sent.start + 80] + " ")
            if m:
                return m[1].strip()
        previous = sent.paragraph
    return None
