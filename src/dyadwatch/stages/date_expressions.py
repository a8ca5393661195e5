"""Date expressions resolved against the publication date: weekdays and relative expressions
("on Friday", "a day earlier", "last week", "earlier this month", "late last year") by our own
rules, absolute dates with or without a year, and ``dateparser`` only for what is left."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTHS = {name: i for i, names in enumerate(
    [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
     ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
     ("october", "oct"), ("november", "nov"), ("december", "dec")], start=1) for name in names}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DURATION = re.compile(r"\b(?:for|since|over|during|past|last|recent|coming|next)\s+"
                       r"(?:the\s+)?(?:few|several|many|\d+|two|three|four|five|six|seven|"
                       r"eight|nine|ten|twelve)\s+(?:days|weeks|months|years|decades)\b|"
                       r"\b(?:days|weeks|months|years|decades)\b(?!\s+(?:ago|earlier|later))"
                       r"|\b\d+\s*-\s*(?:day|week|month|year)\b|\bdecades?\b",
                       re.IGNORECASE)


#: Units of time a story counts in from the day it told last ("the following *day*", "that
#: *evening*", "a *week* later"), and the words that count them that way.
ANAPHORIC_UNITS = frozenset({"day", "morning", "afternoon", "evening", "night", "week"})
ANAPHORIC_WORDS = frozenset({"following", "next", "same", "previous", "that"})
#: Words of an expression that counts forward from the day told last ("the following day").
_FORWARD_WORDS = ("following", "next", "later", "after")


def counts_forward(text: str) -> bool:
    """The expression counts forward from the day told last ("the following morning", "two
    days later")."""
    lowered = text.lower()
    return any(w in lowered for w in _FORWARD_WORDS)


def counts_from_story(text: str, published: date) -> bool:
    """The expression's day depends on the day the story told last ("two days later", "the
    same day"), not only on the publication date: what it resolves to changes with that day."""
    return resolve(text, published) != resolve(text, published, published - timedelta(days=400))


def week_start(day: date) -> date:
    """The Monday of ``day``'s week."""
    return day - timedelta(days=day.weekday())


def resolve(text: str, published: date | None, previous: date | None = None,
            future: bool = False) -> tuple[str, str] | None:
    """Resolve one date expression to ``(value, precision)``, or ``None`` when it cannot be.

    ``previous`` is the date of the event the text last spoke of ("a day earlier" counts from
    it); ``future`` says the event is planned, so "on Friday" or "March 25" point ahead.
    """
    t = re.sub(r"\s+", " ", text.lower().replace("’", "'")).strip(" .,")
    t = re.sub(r"^(?:on|in|at|by|from|since|until|of|the)\s+", "", t)
    if _DURATION.search(t) and not re.search(rf"\b(?:{_MONTH})\b|\b\d{{4}}\b", t):
        return None
    absolute = _absolute(t, published, future)
    if absolute is not None:
        return absolute
    if published is None:
        return None
    return _relative(t, published, previous, future)


def _absolute(t: str, published: date | None, future: bool) -> tuple[str, str] | None:
    m = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", t)
    if m:
        return _day(int(m[1]), int(m[2]), int(m[3]))
    m = re.search(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{_MONTH})\.?,?"
                  rf"(?:\s+(?P<y>\d{{4}}))?\b", t) or \
        re.search(rf"\b(?P<m>{_MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b,?"
                  rf"(?:\s+(?P<y>\d{{4}}))?", t)
    if m:
        month, day_ = _MONTHS[m["m"]], int(m["d"])
        if m["y"]:
            return _day(int(m["y"]), month, day_)
        if published is None:
            return None
        return _nearest_year(month, day_, published, future)
    m = re.search(rf"\b(?P<m>{_MONTH})\.?,?\s+(?P<y>\d{{4}})\b", t)
    if m:
        return f"{int(m['y']):04d}-{_MONTHS[m['m']]:02d}", "month"
    m = re.fullmatch(r"(?:early|mid|late|the end of|end of|the beginning of)?\s*-?\s*(\d{4})", t)
    if m and 1900 <= int(m[1]) <= 2100:
        return m[1], "year"
    m = re.fullmatch(rf"(?:early|mid|late)?\s*-?\s*({_MONTH})", t)
    if m and published is not None:
        month = _MONTHS[m[1]]
        year = published.year if (month <= published.month or future) else published.year - 1
        if future and month < published.month:
            year = published.year + 1
        return f"{year:04d}-{month:02d}", "month"
    return None


def _relative(t: str, pub: date, previous: date | None, future: bool) -> tuple[str, str] | None:
    base = previous or pub
    for word, shift in (("today", 0), ("tonight", 0), ("yesterday", -1), ("tomorrow", 1)):
        if re.search(rf"\b{word}\b", t):
            return (pub + timedelta(days=shift)).isoformat(), "day"
    m = re.search(r"\b(a|one|two|three|four|five|six|\d+) (day|week)s? (earlier|before|later|after)"
                  r"|\b(?:the )?(previous|next|following) (day|week)\b"
                  r"|\b(?:the )?day (before|after)\b", t)
    if m:
        return _shift(m, base)
    # "the same day", "that evening", "hours later": the day of the event told before; "the
    # following morning", "the previous night": the day after or before it
    m = re.search(r"\b(same|that|following|next|previous) (day|morning|afternoon|evening|night)\b"
                  r"|\bhours (later|earlier|after|before)\b", t)
    if m:
        if previous is None:
            return None
        shift = {"following": 1, "next": 1, "previous": -1}.get(m[1] or "", 0)
        return (previous + timedelta(days=shift)).isoformat(), "day"
    m = re.search(r"\b(a|one|two|three|four|five|six|\d+) (day|week|month|year)s? ago\b", t)
    if m:
        n = _number(m[1])
        if m[2] == "day":
            return (pub - timedelta(days=n)).isoformat(), "day"
        if m[2] == "week":
            return week_start(pub - timedelta(weeks=n)).isoformat(), "week"
        if m[2] == "month":
            y, mo = divmod(pub.year * 12 + pub.month - 1 - n, 12)
            return f"{y:04d}-{mo + 1:02d}", "month"
        return str(pub.year - n), "year"
    m = re.search(rf"\b(?:(last|this|next|coming|past)\s+)?({'|'.join(_WEEKDAYS)})\b", t)
    if m:
        target = _WEEKDAYS.index(m[2])
        ahead = future or m[1] in ("next", "coming")
        if ahead:
            # "due to travel on Thursday" in Thursday's paper is that day; "next Thursday"
            # is never today
            delta = (target - pub.weekday()) % 7 or (7 if m[1] in ("next", "coming") else 0)
            return (pub + timedelta(days=delta)).isoformat(), "day"
        delta = (pub.weekday() - target) % 7
        if m[1] == "last" and delta == 0:
            delta = 7
        return (pub - timedelta(days=delta)).isoformat(), "day"
    m = re.search(r"\b(last|this|next|previous|past|coming)\s+(week|month|year)\b", t)
    if m:
        offset = {"last": -1, "previous": -1, "past": -1, "this": 0, "next": 1, "coming": 1}[m[1]]
        return _unit(pub, m[2], offset)
    m = re.search(r"\b(earlier|later) (?:this|in the) (week|month|year)\b", t)
    if m:
        return _unit(pub, m[2], 0)
    m = re.search(r"\b(?:early|late|mid|end of|beginning of)\s*-?\s*(last|this|next)\s+"
                  r"(week|month|year)\b", t)
    if m:
        return _unit(pub, m[2], {"last": -1, "this": 0, "next": 1}[m[1]])
    return _dateparser(t, pub)


def _shift(m: re.Match[str], base: date) -> tuple[str, str]:
    if m[1]:
        n, unit, direction = _number(m[1]), m[2], m[3]
    elif m[4]:
        n, unit, direction = 1, m[5], "before" if m[4] == "previous" else "after"
    else:
        n, unit, direction = 1, "day", m[6]
    sign = -1 if direction in ("earlier", "before") else 1
    if unit == "week":
        return week_start(base + timedelta(weeks=sign * n)).isoformat(), "week"
    return (base + timedelta(days=sign * n)).isoformat(), "day"


def _unit(pub: date, unit: str, offset: int) -> tuple[str, str]:
    if unit == "week":
        return week_start(pub + timedelta(weeks=offset)).isoformat(), "week"
    if unit == "month":
        y, mo = divmod(pub.year * 12 + pub.month - 1 + offset, 12)
        return f"{y:04d}-{mo + 1:02d}", "month"
    return str(pub.year + offset), "year"


_COUNT_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def count_word(word: str) -> int | None:
    """The number a small count word or a run of digits says ("a", "two", "12"), or None."""
    return _COUNT_WORDS.get(word) or (int(word) if word.isdigit() else None)


def _number(word: str) -> int:
    found = count_word(word)
    assert found is not None, word  # the patterns that call this match only count words
    return found


def _day(year: int, month: int, day_: int) -> tuple[str, str] | None:
    try:
        return date(year, month, day_).isoformat(), "day"
    except ValueError:
        return None


def _nearest_year(month: int, day_: int, pub: date, future: bool) -> tuple[str, str] | None:
    """A day written without its year: the year that puts it nearest the publication date,
    looking ahead for planned events and back otherwise (allowing a few days' slack)."""
    for year in (pub.year, pub.year - 1, pub.year + 1):
        try:
            candidate = date(year, month, day_)
        except ValueError:
            continue
        if future and candidate >= pub - timedelta(days=1):
            return candidate.isoformat(), "day"
        if not future and candidate <= pub + timedelta(days=3):
            return candidate.isoformat(), "day"
    return None


@lru_cache(maxsize=4096)
def _dateparser(text: str, pub: date) -> tuple[str, str] | None:
    if not re.search(r"\d", text):
        return None  # dateparser guesses wildly at vague words ("recent", "soon")
    from datetime import datetime

    import dateparser

    parsed = dateparser.parse(text, languages=["en"], settings={
        "RELATIVE_BASE": datetime(pub.year, pub.month, pub.day),
        "REQUIRE_PARTS": ["year"], "STRICT_PARSING": False,
    })
    return (parsed.date().isoformat(), "day") if parsed else None
