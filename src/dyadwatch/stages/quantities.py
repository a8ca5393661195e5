"""The quantities stage: how many were killed, injured, arrested, deported; how many attacks.

A count is a number (``12``, ``800,000``, ``1.5 million``, ``twelve``, ``two dozen``) or a vague
plural (``dozens``, ``hundreds``); what it counts comes from the word that governs it:
the verb whose subject or object it is ("12 soldiers *were killed*", "*deported* 800,000
Afghans"), the event noun it belongs to ("the *deportation* of 800,000", "15 *attacks*"), a
predicate after it ("12 *dead*", "left 20 *injured*") or a toll ("the death *toll* rose to 40").
Words before the number qualify it: "more than", "at least", "over" -> ``over``; "about",
"nearly", "an estimated" -> ``about``; "up to", "as many as", "fewer than" -> ``up to``. Vague
plurals keep their lower bound with ``over`` (dozens = 24, hundreds = 200, thousands = 2,000).

A count goes to the event whose trigger is closest to its governing word in the dependency
tree, among the events whose type it can describe; a casualty or arrest count in a sentence
without such an event goes to the latest such event up to two sentences back in the same
paragraph ("Militants attacked a post. Twelve soldiers were killed, the army said.").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from dyadwatch.model import Article, Event, Quantity, Sentence
from dyadwatch.stages.base import ArticleStage
from dyadwatch.stages.syntax import ancestors, conjuncts, first_conjunct, kids

#: Verb and predicate lemmas -> the unit of the count they govern.
VERB_UNITS: dict[str, str] = {
    **dict.fromkeys(("kill", "die", "slay", "behead", "execute", "massacre", "perish",
                     "martyr", "murder", "dead", "shoot dead", "gun down"), "killed"),
    **dict.fromkeys(("injure", "wound", "hurt", "maim", "injured", "wounded"), "injured"),
    **dict.fromkeys(("arrest", "detain", "apprehend", "nab", "capture", "round"), "arrested"),
    **dict.fromkeys(("deport", "expel", "repatriate", "evict", "push", "send"), "deported"),
    **dict.fromkeys(("abduct", "kidnap"), "abducted"),
    **dict.fromkeys(("displace", "flee", "uproot"), "displaced"),
    **dict.fromkeys(("release", "free"), "released"),
    "return": "returned",
}
#: Event nouns -> the unit of a count in their ``of`` phrase ("the deportation of 800,000").
NOUN_UNITS: dict[str, str] = {
    **dict.fromkeys(("killing", "death", "murder", "massacre", "execution"), "killed"),
    **dict.fromkeys(("injury",), "injured"),
    **dict.fromkeys(("arrest", "detention", "capture"), "arrested"),
    **dict.fromkeys(("deportation", "expulsion", "repatriation", "eviction"), "deported"),
    **dict.fromkeys(("abduction", "kidnapping"), "abducted"),
    **dict.fromkeys(("displacement",), "displaced"),
    **dict.fromkeys(("release",), "released"),
    **dict.fromkeys(("return",), "returned"),
}
#: Nouns that are themselves what is counted ("15 attacks", "three drone strikes").
COUNTED_NOUNS: dict[str, str] = {
    **dict.fromkeys(("attack", "strike", "airstrike", "raid", "bombing", "blast", "explosion",
                     "assault", "ambush", "incident", "operation", "shelling"), "attacks"),
    "casualty": "casualties",
    "death": "killed",
    "fatality": "killed",
    "arrest": "arrested",
    "deportation": "deported",
}
#: Nouns of toll phrases: a number they rise, stand or climb to is a count of the dead.
TOLL_NOUNS = frozenset({"toll", "tally"})

#: Units that count people, and nouns that are counted things, not people.
PEOPLE_UNITS = frozenset({"killed", "injured", "arrested", "deported", "abducted", "displaced",
                          "released", "returned"})
THINGS = frozenset({"position", "post", "checkpost", "check-post", "area", "village", "weapon",
                    "vehicle", "truck", "tank", "house", "home", "building", "camp", "hideout",
                    "base", "district", "province", "town", "kilometre", "kilometer", "mile",
                    "round", "shell", "rocket", "mortar", "drone", "aircraft", "jet", "border",
                    "crossing", "day", "week", "month", "year", "hour"})

#: Which event types a unit may describe.
UNIT_TYPES: dict[str, frozenset[str]] = {
    "killed": frozenset({"ASSAULT", "COERCE", "MOBILIZE"}),
    "injured": frozenset({"ASSAULT", "COERCE", "MOBILIZE"}),
    "casualties": frozenset({"ASSAULT", "MOBILIZE"}),
    "abducted": frozenset({"ASSAULT", "COERCE"}),
    "attacks": frozenset({"ASSAULT", "MOBILIZE", "THREATEN"}),
    "arrested": frozenset({"COERCE", "ASSAULT", "MOBILIZE"}),
    "deported": frozenset({"COERCE", "SANCTION", "REQUEST", "AGREE", "RETREAT", "CONCEDE"}),
    "returned": frozenset({"COERCE", "AID", "AGREE", "REQUEST", "CONCEDE"}),
    "displaced": frozenset({"ASSAULT", "COERCE", "AID"}),
    "released": frozenset({"RETREAT", "CONCEDE", "AGREE", "COERCE"}),
}
#: Units counted in the sentences after the event that they describe.
CARRY_OVER_UNITS = frozenset({"killed", "injured", "casualties", "abducted", "arrested"})

_APPROX: tuple[tuple[tuple[str, ...], str], ...] = tuple(
    (tuple(phrase.split()), label) for phrase, label in (
        ("more than", "over"), ("no fewer than", "over"), ("no less than", "over"),
        ("at least", "over"), ("upwards of", "over"), ("in excess of", "over"),
        ("over", "over"), ("above", "over"), ("beyond", "over"),
        ("about", "about"), ("around", "about"), ("approximately", "about"),
        ("roughly", "about"), ("some", "about"), ("an estimated", "about"),
        ("estimated", "about"), ("nearly", "about"), ("almost", "about"), ("close to", "about"),
        ("nearly", "about"), ("an approximate", "about"), ("circa", "about"),
        ("up to", "up to"), ("as many as", "up to"), ("fewer than", "up to"),
        ("less than", "up to"), ("under", "up to"), ("no more than", "up to"),
        ("at most", "up to")))
_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty".split())}
_WORDS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
               "eighty": 80, "ninety": 90, "dozen": 12, "a dozen": 12})
_SCALES = {"hundred": 100.0, "thousand": 1e3, "million": 1e6, "billion": 1e9, "lakh": 1e5,
           "crore": 1e7, "mn": 1e6, "m": 1e6, "bn": 1e9}
#: Vague plurals: their lower bound.
_VAGUE = {"dozens": 24.0, "scores": 40.0, "hundreds": 200.0, "thousands": 2000.0,
          "millions": 2e6, "tens": 20.0}
_DIGITS = re.compile(r"^\d{1,3}(,\d{3})+$|^\d+(\.\d+)?$")
#: Entity labels whose numbers are not counts of people or attacks.
_NOT_COUNTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"})


@dataclass(frozen=True)
class Count:
    """A count found in a sentence: its tokens, value, qualifier and governing word."""

    first: int
    last: int
    value: float
    approx: str | None
    unit: str
    anchor: int


def _number(sent: Sentence, i: int) -> tuple[float, int, int] | None:
    """The number starting at token ``i``: (value, first, last token), or None."""
    toks = sent.tokens
    word = toks[i].lower.replace("-", " ")
    value: float | None = None
    if _DIGITS.match(toks[i].text):
        value = float(toks[i].text.replace(",", ""))
    elif word in _WORDS:
        value = float(_WORDS[word])
    elif len(word.split()) > 1 and all(p in _WORDS for p in word.split()):
        value = float(sum(_WORDS[p] for p in word.split()))  # "twenty-five" (not a bare "-")
    if value is None:
        return None
    last = i
    if last + 2 < len(toks) and toks[last + 1].text == "-" and toks[last + 2].lower in _WORDS:
        value += _WORDS[toks[last + 2].lower]  # "twenty - five" split by the tokenizer
        last += 2
    while last + 1 < len(toks) and toks[last + 1].lower in _SCALES:
        value *= _SCALES[toks[last + 1].lower]
        last += 1
    if last + 1 < len(toks) and toks[last + 1].lower == "dozen":
        value *= 12
        last += 1
    return value, i, last


def _is_year(text: str, value: float) -> bool:
    """A four-digit number that reads as a year (1900-2099) rather than a count."""
    return len(text) == 4 and text.isdigit() and 1900 <= value <= 2099


def _approx(sent: Sentence, first: int) -> tuple[str | None, int]:
    """The qualifier before token ``first`` and the index where the phrase starts."""
    words = [t.lower for t in sent.tokens[max(0, first - 3):first]]
    for phrase, label in _APPROX:
        if len(phrase) <= len(words) and tuple(words[-len(phrase):]) == phrase:
            return label, first - len(phrase)
    return None, first


def _counted_noun(sent: Sentence, last: int) -> int:
    """The noun a number counts ("12 *soldiers*"), or the number itself ("killing 12")."""
    tok = sent.tokens[last]
    if tok.dep in ("nummod", "quantmod", "compound", "amod", "nmod") and tok.head != tok.i:
        head = sent.tokens[tok.head]
        if head.pos in ("NOUN", "PROPN") or head.dep in ("nummod", "quantmod"):
            return _counted_noun(sent, head.i) if head.pos == "NUM" else head.i
    # "12 of the soldiers" / "one of the attackers": the number is the head
    return last


def _unit_of(sent: Sentence, noun: int) -> tuple[str, int] | None:
    """What the count headed by ``noun`` counts, and the token that says so."""
    toks = sent.tokens
    tok = toks[noun]
    if tok.lemma.lower() in COUNTED_NOUNS and tok.pos == "NOUN":
        return COUNTED_NOUNS[tok.lemma.lower()], noun
    # a predicate right after the count: "12 dead", "left 20 injured", "30 people killed"
    for j in (noun + 1, noun + 2):
        if j < len(toks) and toks[j].lower in ("dead", "killed", "injured", "wounded", "hurt",
                                              "arrested", "detained", "missing", "deported"):
            lemma = {"dead": "dead", "missing": "missing"}.get(toks[j].lower, toks[j].lemma)
            if lemma == "missing":
                return "missing", j
            unit = VERB_UNITS.get(lemma.lower()) or VERB_UNITS.get(toks[j].lower)
            if unit:
                return unit, j
        if j < len(toks) and toks[j].pos not in ("NOUN", "PROPN", "ADJ", "NUM"):
            break
    # the count's role in its clause, through "of" phrases ("12 of the soldiers")
    head_i = noun
    while toks[head_i].dep in ("conj", "appos") and toks[head_i].head != head_i:
        head_i = toks[head_i].head
    head_tok = toks[head_i]
    if head_tok.head == head_i:
        return None
    gov = toks[head_tok.head]
    if head_tok.dep == "pobj" and gov.lower in ("of", "to") and gov.head != gov.i:
        owner = toks[gov.head]
        lemma = owner.lemma.lower()
        if gov.lower == "of" and owner.pos == "NOUN" and lemma in NOUN_UNITS:
            return NOUN_UNITS[lemma], owner.i
        if gov.lower == "to" and owner.pos in ("VERB", "AUX") and any(
                s.lemma.lower() in TOLL_NOUNS for s in kids(sent, owner.i, ("nsubj",))):
            return "killed", owner.i
        if gov.lower == "of" and owner.pos in ("NUM", "NOUN", "PRON"):
            return _unit_of(sent, owner.i)
        return None
    if head_tok.dep in ("nsubj", "nsubjpass", "dobj", "obj", "oprd", "attr", "npadvmod"):
        lemma = gov.lemma.lower()
        if gov.pos in ("VERB", "AUX", "ADJ") and lemma in VERB_UNITS:
            if lemma in ("push", "send") and not any(
                    t.lower in ("back", "out") for t in kids(sent, gov.i, ("prt", "advmod"))):
                return None
            if lemma == "round" and not kids(sent, gov.i, ("prt",)):
                return None
            return VERB_UNITS[lemma], gov.i
        if head_tok.dep == "attr" and gov.lemma == "be":
            subj = kids(sent, gov.i, ("nsubj",))
            if subj and subj[0].lemma.lower() in TOLL_NOUNS:
                return "killed", gov.i
    return None


def find_counts(sent: Sentence) -> list[Count]:
    """Every count of people or attacks in the sentence, with its unit and governing word."""
    toks = sent.tokens
    skip: set[int] = set()
    for ent in sent.entities:
        if ent.label in _NOT_COUNTS:
            skip.update(range(ent.token_start, ent.token_end))
    out: list[Count] = []
    i = 0
    while i < len(toks):
        if i in skip:
            i += 1
            continue
        found = _number(sent, i)
        if found is not None:
            value, first, last = found
            approx, begin = _approx(sent, first)
        elif toks[i].lower in _VAGUE and toks[i].pos in ("NOUN", "NUM"):
            value, first, last, approx, begin = _VAGUE[toks[i].lower], i, i, "over", i
        else:
            i += 1
            continue
        if found is not None and _is_year(toks[first].text, value):
            i = last + 1
            continue  # "the 2014 school attack"
        noun = _counted_noun(sent, last)
        unit = _unit_of(sent, noun)
        if unit is not None and unit[0] in PEOPLE_UNITS and toks[noun].lemma.lower() in THINGS:
            unit = None  # "captured 21 positions" counts no people
        if unit is not None:
            out.append(Count(begin, max(last, noun), value, approx, unit[0], unit[1]))
        i = last + 1
    return out


#: Links a trigger may climb to reach the verb of a count it is the subject of ("the *strikes*
#: on Khost killed 46", "the death toll from the *attack* rose to 101").
_SUBJECT_PATH = frozenset({"pobj", "prep", "compound", "amod", "nmod", "poss", "conj", "appos"})


def _relation(sent: Sentence, anchor: int, trigger: int) -> int | None:
    """How far the count's governing word is from the trigger, when one describes the other:
    the same word, the count inside the trigger's clause ("attacked ..., *killing* 12"), or the
    trigger inside the subject or the "in"/"by" phrase of the count's verb ("the *attack*
    killed 12", "12 were killed in the *strikes*"). None otherwise:
    "police arrested 30 after the attack" does not count the attack's victims."""
    if anchor == trigger:
        return 0
    up = ancestors(sent, anchor)
    if trigger in up[:5]:
        return up.index(trigger) + 1
    # "12 were killed and 17 wounded when X fired": the coordinated verbs share the clause
    anchors = set(conjuncts(sent, first_conjunct(sent, anchor)))
    i, steps = trigger, 0
    while steps < 6 and sent.tokens[i].head != i:
        tok = sent.tokens[i]
        steps += 1
        if tok.head in anchors:
            # "the attack killed 12", "12 were killed in the strikes", "... when X attacked"
            causal = tok.dep == "prep" and tok.lower in ("in", "during", "by")
            return steps if causal or tok.dep in ("nsubj", "nsubjpass", "agent", "csubj",
                                                  "advcl") else None
        if tok.dep not in _SUBJECT_PATH:
            return None
        i = tok.head
    return None


def _best_event(sent: Sentence, count: Count, events: list[tuple[int, Event]]
                ) -> int | None:
    """The index (into the article's events) of the event this count describes, if any."""
    allowed = UNIT_TYPES.get(count.unit, frozenset())
    victims = _victim_tokens(sent, count)
    best: tuple[int, int, int] | None = None
    for k, event in events:
        if event.coding.plover not in allowed or event.sentence != sent.index:
            continue
        d = _relation(sent, count.anchor, event.trigger.token_start)
        if d is None:
            continue
        # of two events on one trigger (mutual clashes), the one done to the counted
        # ("23 of its soldiers were killed in clashes with Afghan forces": Afghan -> Pakistani)
        hit = event.target is not None and any(
            event.target.token_start <= v < event.target.token_end for v in victims)
        rank = (d, 0 if hit else 1, k)
        if best is None or rank < best:
            best = rank
    return None if best is None else best[2]


def _victim_tokens(sent: Sentence, count: Count) -> set[int]:
    """The tokens naming what a count counts: the number, its noun, an "of" phrase's noun."""
    noun = _counted_noun(sent, count.last)
    out = {*range(count.first, count.last + 1), noun}
    for prep in kids(sent, noun, ("prep",)):
        if prep.lower == "of":
            out.update(o.i for o in kids(sent, prep.i, ("pobj",)))
    return out


def _quantity(sent: Sentence, count: Count) -> Quantity:
    first, last = sent.tokens[count.first], sent.tokens[count.last]
    return Quantity(value=count.value, unit=count.unit, approx=count.approx,
                    text=sent.text[first.start - sent.start:last.end - sent.start],
                    start=first.start, end=last.end)


class QuantityStage(ArticleStage):
    """Attach counts of casualties, arrests, deportations and attacks to their events."""

    name = "quantities"
    requires = frozenset({"sentences", "events"})
    provides = frozenset({"quantities"})

    def __call__(self, article: Article) -> Article:
        events = list(article.events)
        if not events:
            return article
        by_sentence: dict[int, list[tuple[int, Event]]] = {}
        for k, event in enumerate(events):
            by_sentence.setdefault(event.sentence, []).append((k, event))
        added: dict[int, list[Quantity]] = {}
        for sent in article.sentences:
            for count in find_counts(sent):
                chosen = _best_event(sent, count, by_sentence.get(sent.index, []))
                if chosen is None and count.unit in CARRY_OVER_UNITS:
                    chosen = self._earlier(article, sent, count)
                if chosen is not None:
                    added.setdefault(chosen, []).append(_quantity(sent, count))
        for k, quantities in added.items():
            events[k] = replace(events[k], quantities=unique_quantities(
                (*events[k].quantities, *quantities)))
        return article.with_annotations(self.provides, events=tuple(events))

    @staticmethod
    def _earlier(article: Article, sent: Sentence, count: Count) -> int | None:
        """The latest event up to two sentences back, in the same paragraph, that the count can
        describe, when the count's own sentence has none of that type."""
        allowed = UNIT_TYPES[count.unit]
        if any(e.sentence == sent.index and e.coding.plover in allowed for e in article.events):
            return None
        for back in (1, 2):
            j = sent.index - back
            if j < 0 or article.sentences[j].paragraph != sent.paragraph:
                return None
            found = [k for k, e in enumerate(article.events)
                     if e.sentence == j and e.coding.plover in allowed and e.modality.factual
                     and not e.modality.planned]
            if found:
                return found[-1]
        return None


def unique_quantities(quantities: tuple[Quantity, ...]) -> tuple[Quantity, ...]:
    """Quantities without repeats of the same figure (the same span, or the same unit, value
    and qualifier reported twice)."""
    seen: set[tuple[object, ...]] = set()
    out: list[Quantity] = []
    for q in quantities:
        key = (q.unit, q.value, q.approx)
        if key in seen:
            continue
        seen.add(key)
        out.append(q)
    return tuple(out)
