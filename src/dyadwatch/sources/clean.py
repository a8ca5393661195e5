"""Plain-text cleaning: remove the web boilerplate that scraped article text carries.

The rules are general, never keyed to a file or an outlet:

- a trailer line ("Published in <outlet>, <date>", "This article first appeared on ...",
  "Copyright ...") ends the article: it and everything after it go (the trailer's date is kept
  as a candidate publication date);
- promotion and navigation lines ("Read more: ...", "Also read", "Follow us on ...",
  "Read all the Latest News ...", "Click here ...", "Advertisement") go wherever they stand;
- label lines ("Breaking News", "Exclusive") and bylines ("By Staff Reporter", "F.P. Report",
  "Web Desk") go when they stand before the first paragraph of prose;
- a headline repeated on the next line is kept once;
- an author's bio as the closing paragraph ("The writer is ...", "I am a ... student ...") goes,
  as does a closing run of short title-like lines (related-headline lists).

What was removed is returned for audit. The cleaned text is what every offset points into.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from dyadwatch.model import Removal

_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for m in names
}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))

_TRAILER = re.compile(
    r"^\s*(?:this\s+(?:article|story|report)\s+)?(?:was\s+)?(?:first\s+|originally\s+)?"
    r"(?:published|appeared)\s+(?:in|on|by)\s+(?P<outlet>[^,\n]{2,60}?)"
    r"\s*(?:,|\bon\b)\s*(?P<date>[^\n]{4,40}?)\s*\.?\s*$",
    re.IGNORECASE,
)
_END_MARKERS = re.compile(
    r"^\s*(?:copyright\b|©|\(c\)\s+\d{4}|all rights reserved\b)", re.IGNORECASE
)
_PROMO_ALWAYS = re.compile(
    r"^\s*(?:read all\b|follow us\b|follow\s+\S+\s+on\s+(?:twitter|x|facebook|instagram|"
    r"whatsapp|telegram|google news)|click here\b|subscribe\s+(?:to|now|for)\b|sign up\b|"
    r"download (?:our|the)\b.*\bapp\b|join (?:our|us)\b|like us on\b|share this\b|"
    r"get the latest\b|stay (?:updated|informed)\b|for (?:more|the latest) (?:news|updates)\b|"
    r"continue reading\b|story continues\b|scroll (?:down )?to continue\b|"
    r"(?:advertisement|sponsored(?: content)?|adverti[sz]ing)\s*$)",
    re.IGNORECASE,
)
_PROMO_LEAD = re.compile(
    r"^\s*(?:read more|read also|also read|see also|related(?: news| stories| articles?)?|"
    r"recommended(?: for you)?|must read|you may also like|more from|don'?t miss|"
    r"also see|suggested(?: reading)?|trending|watch|listen|more on this)\s*(?P<sep>[:|>»\-–—]+)",
    re.IGNORECASE,
)
_LABELS = frozenset(
    """breaking news|breaking|exclusive|live|live updates|developing story|developing|just in|
    opinion|editorial|analysis|explainer|news analysis|top stories|latest|latest news|
    video|photos|watch|listen|updated|advertisement|sponsored""".replace("\n", "").split("|")
)
_LABELS = frozenset(s.strip() for s in _LABELS)
_BYLINE = re.compile(
    r"^\s*(?:"
    r"by\s+[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,5}(?:\s*(?:,|\||and|&)\s*[\w .'’\-]{0,60})?"
    r"|(?:[A-Z]\.\s?){1,3}\s*(?:report|desk|news|monitoring)"
    r"|(?:staff|our|special|web|news|monitoring|online|city|foreign|political)\s+"
    r"(?:reporter|correspondent|desk|report|bureau|writer)"
    r"|[\w.'’\- ]{1,40}\s+(?:report|reporter|correspondent|news desk|desk|bureau|staff writer)"
    r"|(?:APP|AFP|AP|Reuters|PTI|IANS|ANI|Xinhua|Anadolu|dpa|UNI|NNI|INP|Bakhtar)"
    r"|(?:updated|published|posted|last updated)\s*:?\s*.{0,40}\d{4}.{0,12}"
    r")\s*$",
    re.IGNORECASE,
)
_BIO_START = re.compile(
    r"^\s*(?:the\s+(?:writer|author|columnist|contributor|reporter)\b|about the author\b|"
    r"(?:i am|i'm|i’m)\s+(?:a|an|currently)\b|[^.\n]{0,60}\b(?:can be reached|tweets at|"
    r"is on (?:twitter|x)\b))",
    re.IGNORECASE,
)
_BIO_PERSON = re.compile(
    r"^\s*(?P<name>[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){0,3})\s+is\s+(?:a|an)\s+"
    r"(?:[\w,\-]+\s+){0,8}?(?:journalist|writer|analyst|researcher|student|columnist|"
    r"contributor|editor|fellow|professor|lecturer|scholar|author)\b",
)
_CONTACT = re.compile(r"[\w.+\-]+@[\w\-]+\.[\w.]+|(?:^|\s)@\w{2,}|\btwitter\.com/|\bx\.com/")
_SENTENCE_END = re.compile(r"[.!?…\"'”’)\]]\s*$")


@dataclass(frozen=True, slots=True)
class Cleaned:
    """The result of cleaning: text, what was removed, and what the trailer told us."""

    text: str
    removed: tuple[Removal, ...]
    trailer_date: date | None = None
    trailer_outlet: str | None = None


def normalize(raw: str) -> str:
    """Unify newlines and invisible characters without changing the visible text."""
    text = raw.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = "".join(
        ch for ch in text
        if ch in "\n\t" or unicodedata.category(ch)[0] != "C" or ch == "\u200d"
    )
    text = text.replace("\t", " ")
    return "\n".join(line.rstrip() for line in text.split("\n"))


def parse_loose_date(text: str) -> date | None:
    """Parse a date as trailers and page metadata write it; ``None`` when it is not one.

    Accepts ``2024-03-23``, ``March 23rd, 2024``, ``23 March 2024``, ``Mar. 23, 2024`` and
    ``23 Mar, 2024``; a date that does not exist gives ``None``.
    """
    text = text.strip().rstrip(".")
    m = re.search(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b", text)
    parts: tuple[int, int, int] | None = None
    if m:
        parts = int(m[1]), int(m[2]), int(m[3])
    else:
        m = re.search(
            rf"\b(?P<m>{_MONTH_RE})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})\b",
            text, re.IGNORECASE,
        ) or re.search(
            rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m>{_MONTH_RE})\.?,?\s+(?P<y>\d{{4}})\b",
            text, re.IGNORECASE,
        )
        if m:
            parts = int(m["y"]), _MONTHS[m["m"].lower()], int(m["d"])
    if parts is None:
        return None
    try:
        return date(*parts)
    except ValueError:
        return None


def _norm_line(line: str) -> str:
    return re.sub(r"\W+", " ", line).strip().lower()


def _is_prose(line: str) -> bool:
    """A line that reads as running text: long enough and ending like a sentence."""
    words = line.split()
    return len(words) >= 8 and bool(_SENTENCE_END.search(line))


def _is_short_title_like(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= 12 and not _SENTENCE_END.search(line)


def _is_dateish(line: str) -> bool:
    return bool(re.fullmatch(
        rf"\s*(?:updated\s+)?\d{{1,2}}\s+(?:{_MONTH_RE})\.?,?\s+\d{{4}}\s*", line, re.IGNORECASE
    ))


def clean_text(raw: str) -> Cleaned:
    """Remove web boilerplate from plain article text (see the module docstring for the rules)."""
    lines = normalize(raw).split("\n")
    removed: list[Removal] = []
    trailer_date: date | None = None
    trailer_outlet: str | None = None

    # 1. A trailer ends the article; so does a copyright line after some prose.
    seen_prose = False
    for i, line in enumerate(lines):
        m = _TRAILER.match(line)
        if seen_prose and (m or _END_MARKERS.match(line)):
            if m:
                trailer_date = parse_loose_date(m["date"])
                trailer_outlet = m["outlet"].strip() if trailer_date else None
            tail = "\n".join(lines[i:]).strip()
            removed.append(Removal("trailer", tail))
            lines = lines[:i]
            break
        seen_prose = seen_prose or _is_prose(line)

    # 2. Promotion lines anywhere; labels and bylines before the first prose paragraph;
    #    a headline repeated on the next non-empty line.
    kept: list[str] = []
    seen_prose = False
    previous = ""
    for line in lines:
        stripped = line.strip()
        if not stripped:
            kept.append("")
            continue
        kind = None
        if _PROMO_ALWAYS.match(stripped) or (
            _PROMO_LEAD.match(stripped) and not _is_prose_after_lead(stripped)
        ):
            kind = "promo"
        elif not seen_prose and stripped.lower().strip(" :|-–—") in _LABELS:
            kind = "label"
        elif not seen_prose and len(stripped.split()) <= 8 and _BYLINE.match(stripped):
            kind = "byline"
        elif _norm_line(stripped) == previous:
            # A line repeated right after itself is a scraper artefact (typically the headline).
            kind = "repeated_line"
        elif stripped.lower().strip(" :|-–—") in ("advertisement", "sponsored"):
            kind = "promo"
        if kind:
            removed.append(Removal(kind, stripped))
            continue
        kept.append(line)
        previous = _norm_line(stripped)
        seen_prose = seen_prose or _is_prose(stripped)

    # 3. At the end: author bios, then a run of short title-like lines (headline lists).
    while True:
        last = _last_paragraph(kept)
        if last is None:
            break
        lo, hi = last
        paragraph = [ln for ln in kept[lo:hi] if ln.strip()]
        before = "\n".join(kept[:lo])
        if not _is_prose_in(before) or not _is_bio(paragraph, before):
            break
        removed.append(Removal("author_bio", "\n".join(paragraph)))
        kept = kept[:lo]
    tail_at = len(kept)
    n_short = 0
    for j in range(len(kept) - 1, -1, -1):
        line = kept[j].strip()
        if not line:
            continue
        if not (_is_short_title_like(line) or _is_dateish(line)):
            break
        tail_at, n_short = j, n_short + 1
    if n_short >= 3 and _is_prose_in("\n".join(kept[:tail_at])):
        removed.append(Removal("related_list", "\n".join(ln for ln in kept[tail_at:] if ln)))
        kept = kept[:tail_at]

    text = re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()
    return Cleaned(text, tuple(removed), trailer_date, trailer_outlet)


def _is_prose_in(text: str) -> bool:
    return any(_is_prose(line) for line in text.split("\n"))


def _last_paragraph(lines: list[str]) -> tuple[int, int] | None:
    """Line range of the closing paragraph: the last blank-line block, or the last line when
    the text puts one paragraph on each line."""
    hi = len(lines)
    while hi and not lines[hi - 1].strip():
        hi -= 1
    if not hi:
        return None
    lo = hi
    while lo and lines[lo - 1].strip():
        lo -= 1
    block = lines[lo:hi]
    if len(block) > 1 and all(_SENTENCE_END.search(ln) for ln in block):
        return hi - 1, hi
    return lo, hi


def _is_prose_after_lead(line: str) -> bool:
    """'Related: ...' can start a real sentence only when what follows is long prose."""
    m = _PROMO_LEAD.match(line)
    rest = line[m.end():] if m else line
    return len(rest.split()) >= 25


def _is_bio(paragraph: list[str], before: str) -> bool:
    text = " ".join(paragraph)
    if len(text.split()) > 120:
        return False
    if _BIO_START.match(text):
        return True
    if _CONTACT.search(text) and len(text.split()) <= 60:
        return True
    m = _BIO_PERSON.match(text)
    # "X is a journalist ..." closes an article as a bio only when X was not written about.
    return bool(m and m["name"] not in before)
