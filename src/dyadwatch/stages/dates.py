"""The dates stage: when each event happened, resolved from the text against publication.

The DATE expression nearest the trigger in the dependency tree, among those of the trigger's
own clause, is resolved against the publication date (``date_expressions``).
An event with no expression of its own takes, in order: the day of the occasion it is told at
("on the sidelines", "at the ceremony", "hours after the attack"); a day counted from its main
clause ("a day after the TTP announced ..."); the day of the scene or episode it continues; the
day its speaker was last said to speak on ("Mujahid said on Wednesday ... . He said ..."); and,
for an undated news lead, the day the next sentences give the same act. Without any of these,
the publication date is used and flagged (``text`` None, ``fallback``). Without a publication
date, relative expressions stay unresolved.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from dyadwatch.model import Article, Event, ResolvedDate, Sentence, Span, Token
from dyadwatch.ontology.lexicon import load_lexicon
from dyadwatch.stages.base import ArticleStage
from dyadwatch.stages.date_expressions import (
    ANAPHORIC_UNITS,
    ANAPHORIC_WORDS,
    count_word,
    counts_forward,
    counts_from_story,
    resolve,
)
from dyadwatch.stages.discourse import (
    VIOLENT,
    act_of,
    by_act,
    continues_episode,
    mention_keys,
    said_lately,
    speaker_keys,
    told_in_past,
)
from dyadwatch.stages.modality import backgrounded
from dyadwatch.stages.occasions import (
    GATHERING,
    VIOLENCE,
    dated_kinds,
    is_definite,
    kind_of,
    references,
)
from dyadwatch.stages.syntax import ancestors, direct_objects, kids

#: Subordinators of a clause told as earlier or later than its main clause.
_SEQUENCE = frozenset({"after", "before", "since", "until", "till"})
#: Verbs that say when an event began, ended or took place: their subject is an event.
_ASPECTUAL = frozenset({"begin", "start", "end", "conclude", "finish", "happen", "occur",
                        "last", "resume", "commence"})
#: Dependencies of a noun phrase: a word tagged as a verb there is a noun ("the crossing").
_NOMINAL_DEPS = frozenset({"pobj", "dobj", "nsubj", "nsubjpass", "compound", "appos", "poss"})
#: Verbs of arriving: "Sadiq, who arrived on Monday, met ..." met on the day he arrived.
_ARRIVING = frozenset({"arrive", "land", "reach"})


class DateStage(ArticleStage):
    """Resolve each event's date; fall back to the publication date, flagged."""

    name = "dates"
    requires = frozenset({"sentences", "events"})
    provides = frozenset({"dates"})

    def __init__(self, speech: frozenset[str] | None = None) -> None:
        self.speech = speech if speech is not None else load_lexicon().speech

    def __call__(self, article: Article) -> Article:
        resolved: list[Event] = []
        # the days told so far, by where they were told: "a day earlier", "the following day"
        # count from the last one told before them
        previous: list[tuple[int, date]] = _days_told(article)
        paragraph_dates: dict[int, tuple[ResolvedDate, Event]] = {}
        episode: tuple[ResolvedDate, Event] | None = None  # the last dated past event
        occasions = _occasions(article)
        spoke_on = self._speakers_dated(article)
        for event in sorted(article.events, key=lambda e: (e.evidence.start, e.trigger.start)):
            sent = article.sentences[event.sentence]
            found = self._expression(sent, event, article.published, previous) or \
                _at_occasion(sent, event, occasions)
            counted = None if found else \
                self._counted_back(sent, event, article.published, previous, occasions)
            if counted is not None:
                # "..., a day after the Taliban accused Pakistan": background to the story,
                # which goes on at its main clause's day
                resolved.append(replace(event, date=counted))
                continue
            scene = paragraph_dates.get(sent.paragraph)
            if found is None and scene is not None and \
                    continues_episode(sent, event, scene[1], span=None):
                found = scene[0]
            elif found is None and episode is not None and \
                    continues_episode(sent, event, episode[1]):
                found = episode[0]  # "She then met the foreign minister": the visit's day
            if found is None and not event.modality.planned:
                # "The spokesman said on Thursday that ... . He said Pakistan should ...": said
                # that day
                found = said_lately(spoke_on, event)
            if found is None:
                found = (ResolvedDate(article.published.isoformat(), "day", None, -1, -1, True)
                         if article.published else None)
            else:
                paragraph_dates[sent.paragraph] = (found, event)
                kind = kind_of(sent.tokens[event.trigger.token_start])
                if kind is not None and found.precision == "day":
                    # the occasion the event is, for what is later told at it or counted
                    # from it ("a day before the strikes")
                    bisect.insort(occasions, _Occasion(event.sentence,
                                                       event.trigger.token_start, kind, found),
                                  key=lambda o: (o.sentence, o.token))
                if found.precision == "day":
                    previous.append((found.start if found.start >= 0 else event.trigger.start,
                                     date.fromisoformat(found.value)))
                    if not event.modality.planned and told_in_past(sent, event) and \
                            not backgrounded(sent, event.trigger.token_start):
                        episode = (found, event)
            resolved.append(replace(event, date=found))
        resolved = _lead_elaborated(article, resolved)
        # "the four countries urged ...": the pairs a rule left on the publication date
        acts = by_act(resolved, _told_date)
        resolved = [replace(e, date=acts[act_of(e)])
                    if _told_date(e) is None and act_of(e) in acts else e for e in resolved]
        order = {e.id: k for k, e in enumerate(article.events)}
        resolved.sort(key=lambda e: order[e.id])
        return article.with_annotations(self.provides, events=tuple(resolved))

    def _expression(self, sent: Sentence, event: Event, published: date | None,
                    previous: list[tuple[int, date]]) -> ResolvedDate | None:
        trigger_i = event.trigger.token_start
        above = _temporal_scope(sent, trigger_i)
        scope = {trigger_i, *above}
        violent = event.coding.plover in VIOLENT
        candidates: list[tuple[int, int, Span]] = []
        for ent in [*sent.entities, *_untagged_dates(sent)]:
            if ent.label not in ("DATE", "TIME"):
                continue  # TIME: "on Friday night", "by Monday evening"
            governor = _governing_predicate(sent, ent.token_start, trigger_i, violent)
            if governor is not None and governor not in scope and \
                    sent.tokens[governor].dep in ("relcl", "acl") and (
                        sent.tokens[governor].head == trigger_i or (
                            sent.tokens[governor].lemma in _ASPECTUAL and
                            trigger_i in ancestors(sent, sent.tokens[governor].head))):
                # "a visit ..., which began on Thursday" (also when the clause is parsed onto
                # the visitor: people do not begin, visits do)
                governor = trigger_i
            if governor is not None and governor not in scope and \
                    _where_clause(sent, governor, trigger_i):
                governor = trigger_i  # "led a delegation to the capital, where ... on Sunday"
            arrival = governor is not None and governor not in scope and \
                _arrival_of_subject(sent, governor, scope)
            if arrival:
                governor = trigger_i  # "Sadiq, who arrived on Monday, met the minister"
            if governor is not None and governor not in scope and (
                    _simultaneous(sent, governor, scope) or _when_clause(sent, governor, scope)):
                governor = trigger_i  # "Zardari, attending the funeral on Saturday, vowed ..."
            if governor is None or governor not in scope:
                continue  # the date of another clause's event ("since the Taliban took ...")
            # (the day of the arrival only when the clause says no other)
            rank = len(above) + 1 if arrival else \
                0 if governor == trigger_i else 1 + above.index(governor)
            distance = min(abs(ent.token_start - trigger_i), abs(ent.token_end - 1 - trigger_i))
            candidates.append((rank, distance, ent))
        for _, _, ent in sorted(candidates, key=lambda c: (c[0], c[1])):
            text = _with_direction(sent, ent)
            # "India will upgrade its mission, the minister announced on Friday": the day is
            # the announcing's, told in the past, though what was announced is ahead
            said = _governing_predicate(sent, ent.token_start, -1)
            ahead = event.modality.planned and not (
                said is not None and said != trigger_i and
                sent.tokens[said].tag in ("VBD", "VBN") and
                sent.tokens[said].lemma in self.speech and
                not any(c.lower in ("will", "would", "shall") for c in sent.children(said)))
            value = resolve(text, published,
                            _last_before(previous, ent.start, counts_forward(text)), ahead)
            if value is not None:
                return ResolvedDate(value[0], value[1], text, ent.start,
                                    ent.start + len(text), False)
        return None

    def _speakers_dated(self, article: Article) -> dict[str, tuple[int, ResolvedDate]]:
        """The day each speaker last spoke on, and in which sentence ("Mujahid said *on
        Wednesday* ...")."""
        keys = mention_keys(article)
        out: dict[str, tuple[int, ResolvedDate]] = {}
        for k, sent in enumerate(article.sentences):
            for ent in sent.entities:
                if ent.label not in ("DATE", "TIME"):
                    continue
                verb = _governing_predicate(sent, ent.token_start, -1)
                if verb is None or sent.tokens[verb].lemma not in self.speech:
                    continue
                value = resolve(ent.text, article.published)
                if value is None or value[1] != "day":
                    continue
                when = ResolvedDate(value[0], value[1], ent.text, ent.start, ent.end, False)
                out.update((key, (k, when)) for key in speaker_keys(sent, verb, keys))
        return out

    def _counted_back(self, sent: Sentence, event: Event, published: date | None,
                      previous: list[tuple[int, date]], occasions: list[_Occasion]
                      ) -> ResolvedDate | None:
        """"The visit came a day after the TTP announced ...", "released on Monday, two days
        after the ministers met": an event in a clause counted from its main clause's day."""
        if event.modality.planned:
            return None
        trigger_i = event.trigger.token_start
        for j in [trigger_i, *ancestors(sent, trigger_i)]:
            if sent.tokens[j].dep == "advcl":
                main = sent.tokens[j].head
                anchor = self._expression(sent, replace(event, trigger=sent.span(
                    main, main + 1, "TRIGGER")), published, previous) or \
                    _subject_occasion(sent, sent.tokens[main], event.sentence, occasions) or \
                    _preceding_day(sent, j, published)
                return _counted_from(sent, j, anchor)
        return None


def _told_date(event: Event) -> ResolvedDate | None:
    """The event's date when the text gave it (not the publication date it fell back to)."""
    return event.date if event.date is not None and not event.date.fallback else None


def _counted_from(sent: Sentence, clause: int, anchor: ResolvedDate | None
                  ) -> ResolvedDate | None:
    """The day of an adverbial clause "(a day | two days | hours) after/before ..." counted
    from ``anchor``, its main clause's day."""
    tok = sent.tokens[clause]
    if anchor is None or anchor.precision != "day" or tok.dep != "advcl" or tok.head == clause:
        return None
    mark = next((c for c in sent.children(clause) if c.dep in ("mark", "prep") and
                 c.lower in ("after", "before")), None)
    # "[two days] after" hangs on the preposition or on the clause
    amount = next((c for c in [*sent.children(mark.i), *sent.children(clause)]
                   if c.dep == "npadvmod" and c.i < mark.i), None) if mark is not None else None
    days = _days_in(sent, amount) if amount is not None else None
    if mark is None or amount is None or days is None:
        return None
    # the clause came before its main clause when it is "after" ...
    sign = -1 if mark.lower == "after" else 1
    return _shifted(sent, anchor, sign * days, sent.subtree(amount.i)[0], mark.i + 1)


def _shifted(sent: Sentence, anchor: ResolvedDate, days: int, first: int, end: int
             ) -> ResolvedDate:
    """``anchor``'s day moved by ``days``, as the words ``[first, end)`` tell it."""
    value = date.fromisoformat(anchor.value) + timedelta(days=days)
    span = sent.span(first, end, "DATE")
    return ResolvedDate(value.isoformat(), "day", span.text, span.start, span.end, False)


def _days_in(sent: Sentence, amount: Token) -> int | None:
    """Days in "a day", "two days", "hours" (0); None for longer or vaguer spans."""
    if amount.lower in ("hours", "hour", "minutes", "moments"):
        return 0
    if amount.lemma.lower() != "day":
        return None
    counts = [c for c in sent.children(amount.i) if c.dep in ("det", "nummod")]
    if not counts:
        return None
    days = count_word(counts[0].lower)
    return days if days is not None and days < 60 else None


def _subject_occasion(sent: Sentence, main: Token, sentence: int,
                      occasions: list[_Occasion]) -> ResolvedDate | None:
    """"The visit came ...": the day of the definite occasion that is the clause's subject."""
    for subject in kids(sent, main.i, ("nsubj", "nsubjpass")):
        kind = kind_of(subject)
        if kind and is_definite(sent, subject.i):
            earlier = [o for o in occasions if o.kind == kind and o.sentence <= sentence
                       and (o.sentence < sentence or o.token < subject.i)]
            if earlier:
                return earlier[-1].date
    return None


@dataclass(frozen=True, slots=True)
class _Occasion:
    sentence: int
    token: int
    kind: str
    date: ResolvedDate


def _occasions(article: Article) -> list[_Occasion]:
    """Every occasion the article dates, in text order ("the meeting was held on June 30")."""
    out: list[_Occasion] = []
    for k, sent in enumerate(article.sentences):
        for ent in sent.entities:
            if ent.label not in ("DATE", "TIME"):
                continue
            kinds = dated_kinds(sent, ent.token_start)
            value = resolve(ent.text, article.published) if kinds else None
            if value is None or value[1] != "day":
                continue  # "the deadliest attack this year" names no one occasion
            if article.published is not None and counts_from_story(ent.text, article.published):
                continue  # "two days later" counts from the story: dated when it is told
            when = ResolvedDate(value[0], value[1], ent.text, ent.start, ent.end, False)
            out.extend(_Occasion(k, ent.token_start, kind, when) for kind in sorted(kinds))
        # "released on Monday, two days after the ministers met": the meeting's day
        for clause in sent.tokens:
            if clause.dep == "advcl" and kind_of(clause) is not None:
                counted = _counted_from(sent, clause.i, _preceding_day(
                    sent, clause.i, article.published))
                if counted is not None:
                    out.append(_Occasion(k, clause.i, kind_of(clause) or "", counted))
    out.sort(key=lambda o: (o.sentence, o.token))
    return out


def _preceding_day(sent: Sentence, clause: int, published: date | None) -> ResolvedDate | None:
    """The last day named before a clause in its sentence: what "two days after" counts from."""
    first = sent.subtree(clause)[0]
    for ent in reversed(sent.entities):
        if ent.label in ("DATE", "TIME") and ent.token_end <= first:
            value = resolve(ent.text, published)
            if value is not None and value[1] == "day":
                return ResolvedDate(value[0], value[1], ent.text, ent.start, ent.end, False)
    return None


def _at_occasion(sent: Sentence, event: Event, occasions: list[_Occasion]
                 ) -> ResolvedDate | None:
    """The date of the occasion the event is told at ("on the sidelines", "at the ceremony",
    "hours after the attack"): the latest one of that kind dated earlier in the article."""
    if event.modality.planned:
        return None
    trigger_i = event.trigger.token_start
    for ref in references(sent, {trigger_i, *ancestors(sent, trigger_i)}):
        earlier = [o for o in occasions if o.kind == ref.kind and (
            o.sentence < event.sentence or (o.sentence == event.sentence and o.token < ref.token))]
        if earlier:
            return _offset(sent, ref.token, earlier[-1].date)
    return None


def _offset(sent: Sentence, noun: int, when: ResolvedDate) -> ResolvedDate:
    """The occasion's day counted by the phrase that names it: "a day before the strikes" is
    the day before the strikes' day; "at the meeting", "hours after the attack" are its day."""
    prep = sent.tokens[sent.tokens[noun].head]
    if prep.lower not in ("before", "after") or when.precision != "day":
        return when
    amount = next((c for c in sent.children(prep.i) if c.dep == "npadvmod" and c.i < prep.i),
                  None)
    if amount is None and sent.tokens[prep.head].dep == "npadvmod" and prep.head < prep.i:
        amount = sent.tokens[prep.head]  # parsed as "[A day [before the strikes]]"
    days = _days_in(sent, amount) if amount is not None else None
    if amount is None or not days:
        return when
    sign = 1 if prep.lower == "after" else -1
    return _shifted(sent, when, sign * days, sent.subtree(amount.i)[0], noun + 1)


#: How many sentences after a lead its elaboration may come ("X has rejected ... . The
#: spokesman said in a statement on Thursday that ...").
_LEAD_SPAN = 3


def _lead_elaborated(article: Article, events: list[Event]) -> list[Event]:
    """News leads summarise ("The ministry has rejected Pakistan's accusation ...") and the
    next sentences tell the same act with its day ("Its spokesman said on Thursday that ...").
    An undated event of the lead takes the day of the first dated event after it, within a
    few sentences, told by the same party (or the same country about the same country) and of
    the same kind (talk or violence)."""
    body = [s for s in article.sentences if not s.is_headline]
    if not body:
        return events
    lead_paragraph = body[0].paragraph
    out: list[Event] = []
    for event in events:
        sent = article.sentences[event.sentence]
        if event.date is None or not event.date.fallback or sent.paragraph != lead_paragraph \
                or event.modality.planned or sent.is_headline:
            out.append(event)
            continue
        later = next((e for e in events if _elaborates(e, event)), None)
        out.append(replace(event, date=later.date) if later is not None and
                   later.date is not None else event)
    return out


def _elaborates(later: Event, lead: Event) -> bool:
    if later.date is None or later.date.fallback or later.date.precision != "day" or \
            later.modality.planned or not 0 < later.sentence - lead.sentence <= _LEAD_SPAN:
        return False
    if (lead.coding.plover in VIOLENT) != (later.coding.plover in VIOLENT):
        return False
    if later.source.actor.key == lead.source.actor.key:
        return True
    targets = {e.target.actor.country for e in (lead, later) if e.target}
    return lead.source.actor.country is not None and \
        lead.source.actor.country == later.source.actor.country and \
        lead.target is not None and later.target is not None and len(targets) == 1 and \
        None not in targets


def _where_clause(sent: Sentence, governor: int, trigger_i: int) -> bool:
    """A "where" clause on the destination of a journey ("led a delegation to the capital,
    where the ministers met on Sunday"): the journey's day is the clause's."""
    tok = sent.tokens[governor]
    if tok.dep != "relcl" or not any(c.lower == "where" for c in sent.children(governor)):
        return False
    place = sent.tokens[tok.head]
    if place.dep != "pobj" or place.head == place.i:
        return False
    prep = sent.tokens[place.head]
    return prep.lower in ("to", "into") and trigger_i in [prep.i, *ancestors(sent, prep.i)]


def _temporal_scope(sent: Sentence, i: int) -> list[int]:
    """The predicates above token ``i`` whose dates are its own: up to a clause that says it
    came before or after its main clause ("struck on March 18, two days after militants
    killed seven soldiers": March 18 is not the day of the killing)."""
    out: list[int] = []
    for j in [i, *ancestors(sent, i)]:
        if j != i:
            out.append(j)
        tok = sent.tokens[j]
        if tok.dep == "advcl" and any(c.dep in ("mark", "prep") and c.lower in _SEQUENCE
                                      for c in sent.children(j)):
            break
    return out


def _days_told(article: Article) -> list[tuple[int, date]]:
    """Days the story tells in the past tense, whether or not an event is coded there ("The
    ministry announced *on Sunday* ... . *A day earlier*, it had condemned ..."): what a
    later relative day counts from, with the days of events as they are dated."""
    out: list[tuple[int, date]] = []
    if article.published is None:
        return out
    for sent in article.sentences:
        for ent in sent.entities:
            if ent.label not in ("DATE", "TIME") or counts_from_story(ent.text, article.published):
                continue
            verb = _governing_predicate(sent, ent.token_start, -1)
            if verb is None or sent.tokens[verb].tag not in ("VBD", "VBN") or any(
                    c.lower in ("will", "would", "shall") for c in sent.children(verb)):
                continue
            value = resolve(ent.text, article.published)
            if value is not None and value[1] == "day":
                out.append((ent.start, date.fromisoformat(value[0])))
    return out


def _last_before(told: list[tuple[int, date]], offset: int, forward: bool = False
                 ) -> date | None:
    """The day told last before ``offset`` in the text; counting forward ("the following
    morning"), the latest of the last few days told, since the story goes on from its latest
    point, not from a flashback ("shut the crossing on February 21") told in between."""
    before = sorted((t for t in told if t[0] < offset), key=lambda t: t[0])
    if not before:
        return None
    return max(d for _, d in before[-3:]) if forward else before[-1][1]


def _untagged_dates(sent: Sentence) -> list[Span]:
    """Relative day expressions the tagger did not mark ("a day earlier", "the following
    day", "that evening"), read from the parse: a unit noun used adverbially with its
    counting word or direction."""
    tagged = {j for ent in sent.entities if ent.label in ("DATE", "TIME")
              for j in range(ent.token_start, ent.token_end)}
    out: list[Span] = []
    for tok in sent.tokens:
        if tok.lemma.lower() not in ANAPHORIC_UNITS | {"hour"} or tok.dep != "npadvmod" or \
                tok.i in tagged:
            continue
        words = {c.lower for c in sent.children(tok.i) if c.dep in ("amod", "det", "nummod")}
        lo, hi = sent.subtree(tok.i)[0], tok.i + 1
        head = sent.tokens[tok.head]
        if head.lower in ("earlier", "later", "ago") and head.i == tok.i + 1:
            hi = head.i + 1  # "a day earlier", "two weeks ago"
        elif not words & ANAPHORIC_WORDS:
            continue
        if not tagged & set(range(lo, hi)):
            out.append(sent.span(lo, hi, "DATE"))
    return out


def _with_direction(sent: Sentence, ent: Span) -> str:
    """The date expression with the adverb the tagger left out ("[a day] earlier", "[two
    weeks] ago"), which says which way it counts."""
    after = ent.token_end
    if after < len(sent.tokens) and sent.tokens[after].lower in ("earlier", "later", "ago",
                                                                   "before", "after") and \
            sent.tokens[after].dep in ("advmod", "prep") and not \
            kids(sent, after, ("pobj", "pcomp")):
        end = sent.tokens[after].end
        return sent.text[ent.start - sent.start:end - sent.start]
    return ent.text


def _when_clause(sent: Sentence, governor: int, scope: set[int]) -> bool:
    """A "when" clause on the event's clause happens at its time ("offered condolences when he
    met Sharif the following day")."""
    tok = sent.tokens[governor]
    return tok.dep == "advcl" and tok.head in scope and tok.head != governor and any(
        c.dep in ("advmod", "mark") and c.lower in ("when", "as", "while")
        for c in sent.children(governor))


def _arrival_of_subject(sent: Sentence, governor: int, scope: set[int]) -> bool:
    """A relative clause on the event's subject that tells the subject's arrival ("Sadiq, who
    arrived on Monday, met ..."): the visit's business is dated by the arrival."""
    tok = sent.tokens[governor]
    if tok.dep != "relcl" or tok.lemma not in _ARRIVING or tok.head == governor:
        return False
    head = sent.tokens[tok.head]
    return head.dep in ("nsubj", "nsubjpass") and head.head in scope


def _simultaneous(sent: Sentence, governor: int, scope: set[int]) -> bool:
    """A participle clause ("attending the funeral on Saturday", "speaking in Kabul on
    Monday") on the event's clause or on its subject happens at the same time."""
    tok = sent.tokens[governor]
    if tok.tag != "VBG" or tok.dep not in ("acl", "advcl") or tok.head == governor:
        return False
    head = sent.tokens[tok.head]
    return tok.head in scope or (head.dep in ("nsubj", "nsubjpass") and head.head in scope)


#: Verbs whose object is the settlement they make: the object's date is the verb's.
_SETTLING_VERBS = frozenset({"agree", "reach", "declare", "sign", "announce", "accept",
                             "conclude", "observe", "call"})
_SETTLEMENTS = frozenset({"ceasefire", "truce", "agreement", "deal", "accord", "pact",
                          "memorandum", "treaty", "halt"})


def _settles(sent: Sentence, node: Token, trigger_i: int) -> bool:
    """The noun is the settlement the trigger makes ("agreed to a ceasefire", "signed a
    deal"), so a date on it dates the trigger; "condemned Saturday's attack" does not."""
    if node.lemma.lower() not in _SETTLEMENTS or sent.tokens[trigger_i].lemma not in \
            _SETTLING_VERBS:
        return False
    if node.dep == "dobj":
        return node.head == trigger_i
    if node.dep == "pobj" and node.head != node.i:
        return sent.tokens[node.head].head == trigger_i
    return False


def _given_object(sent: Sentence, node: Token, trigger_i: int) -> bool:
    """The noun is the trigger's direct object and definite ("the attack"): an event the text
    has told, so a date beside it dates the trigger."""
    return node.dep == "dobj" and node.head == trigger_i and node.i != trigger_i and any(
        c.dep == "det" and c.lower in ("the", "this", "that", "these", "those")
        for c in sent.children(node.i))


@lru_cache(maxsize=1)
def _event_nouns() -> frozenset[str]:
    """Nouns that name events (the lexicon's noun triggers): they carry their own dates."""
    return frozenset(load_lexicon().nouns)


def _governing_predicate(sent: Sentence, i: int, trigger_i: int, violent: bool = False
                         ) -> int | None:
    """The nearest verb (or the event's own trigger) above token ``i``: the predicate a date
    expression belongs to. A date that modifies a noun ("*Saturday's* attack", "the bombing
    *on December 11*") belongs to that noun, which is a predicate only if it is the trigger."""
    for j in ancestors(sent, i):
        node = sent.tokens[j]
        if j == trigger_i or (node.pos in ("VERB", "AUX") and node.dep not in _NOMINAL_DEPS):
            return j  # (a gerund the tagger calls a verb, "the Torkham crossing", is a noun)
        if node.pos in ("NOUN", "PROPN") and (
                node.lemma.lower() in _event_nouns() or
                (sent.tokens[i].dep == "poss" and sent.tokens[i].head == j)):
            prep = sent.tokens[node.head].lower if node.dep == "pobj" and node.head != j else ""
            if prep in ("during", "amid", "at") or (prep == "in" and (
                    violent or kind_of(node) != VIOLENCE)):
                # "killed him during a raid on Friday": the raid is when it happened; but
                # condolences "over a killing in a bombing on December 11" came later
                continue
            if _settles(sent, node, trigger_i) and sent.tokens[i].dep != "poss":
                return trigger_i  # "agreed to a ceasefire on Sunday": the agreeing's day
            if prep == "for" and kind_of(node) == GATHERING and \
                    sent.tokens[node.head].head in (trigger_i, *direct_objects(sent, trigger_i)):
                return trigger_i  # "hosted the ministers for talks on Saturday": the talks'
            if _given_object(sent, node, trigger_i) and sent.tokens[i].dep != "poss":
                # "condemned the attack on Monday": the attack was told before; the new day
                # is the condemning's
                return trigger_i
            trigger = sent.tokens[trigger_i]
            if trigger.dep in ("relcl", "acl") and trigger.head == j:
                # "an ambush on Thursday in which militants killed seven soldiers": the
                # clause tells what happened in the ambush, on its day
                return trigger_i
            return None  # an event noun's own date ("Saturday's attack"), not the clause's
    return None
