"""The places stage: where each event happened, resolved through the gazetteer.

Not every place a sentence names is where its event happened. The place chosen is, in order:
a place in a locative phrase of the trigger's own clause ("struck hideouts *in Khost*",
"talks *in Doha*"); a place inside the target phrase ("attacked a post *in Makeen*"); the
destination of a visit ("visited *Kabul*"). Names shared by a city and a province are resolved
as the curated gazetteer has them; "in Afghanistan" alone gives country precision.

An attack's victims are where the attack happened: an ASSAULT without a target, or whose
target has no country, takes the location's country (marked inferred); so do civilians that
any other event is done to ("food rations to survivors in Herat").
"""

from __future__ import annotations

from dataclasses import replace

from dyadwatch.kb import KnowledgeBase
from dyadwatch.kb.records import PlaceEntry
from dyadwatch.model import Actor, ActorMention, Article, Event, Place, Sentence, Span
from dyadwatch.stages.base import ArticleStage
from dyadwatch.stages.events import event_id
from dyadwatch.stages.syntax import ancestors

LOCATIVE = frozenset({"in", "at", "near", "inside", "into", "across", "along", "outside",
                      "on", "over", "around", "within", "onto"})
#: Nouns that, with a nationality adjective, name a stretch of that country ("Afghan soil").
TERRITORY_NOUNS = frozenset({"province", "provinces", "territory", "soil", "district",
                             "districts", "city", "cities", "town", "towns", "village",
                             "villages", "area", "areas", "region", "regions", "side",
                             "airspace", "land", "border", "capital"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP"})


def place_candidates(sent: Sentence, kb: KnowledgeBase) -> list[tuple[Span, PlaceEntry]]:
    """Spans of the sentence that name places, with their gazetteer entries."""
    out: list[tuple[Span, PlaceEntry]] = []
    taken: set[int] = set()
    for ent in sent.entities:
        if ent.label not in _PLACE_LABELS or ent.label == "NORP":
            continue
        text = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
        entry = kb.place(text) if ent.label in ("GPE", "LOC", "FAC") else \
            kb.place(text, curated_only=True)
        if entry is None and ent.label in ("GPE", "LOC"):
            capital = kb.state_for_capital(text)
            if capital:
                entry = PlaceEntry(text, "city", kb.actors[capital].country, None, (), None,
                                   None, "kb")
        if entry is not None:
            out.append((ent, entry))
            taken.update(range(ent.token_start, ent.token_end))
    # "in two eastern Afghan provinces", "on Pakistani soil": the country the adjective names
    for ent in sent.entities:
        if ent.label != "NORP" or ent.token_end - ent.token_start != 1 or ent.token_start in taken:
            continue
        adj = sent.tokens[ent.token_start]
        state = kb.state_for_adjective(adj.text)
        noun = sent.tokens[adj.head]
        if state and adj.dep == "amod" and noun.lemma.lower() in TERRITORY_NOUNS:
            entry = PlaceEntry(kb.actors[state].name, "country", kb.actors[state].country,
                               None, (), None, None, "kb")
            out.append((sent.span(ent.token_start, noun.i + 1, "PLACE"), entry))
            taken.update(range(ent.token_start, noun.i + 1))
    # curated names the NER missed ("Torkham", "North Waziristan" in lower-case contexts)
    tokens = sent.tokens
    for i in range(len(tokens)):
        if i in taken or not tokens[i].text[:1].isupper():
            continue
        for j in range(min(len(tokens), i + 4), i, -1):
            if taken & set(range(i, j)):
                continue
            entry = kb.place(" ".join(t.text for t in tokens[i:j]), curated_only=True)
            if entry is not None and entry.kind != "country":
                out.append((sent.span(i, j, "PLACE"), entry))
                taken.update(range(i, j))
                break
    return out


def _locative(sent: Sentence, token: int) -> bool:
    """The place token hangs from a locative preposition (possibly through a compound)."""
    tok = sent.tokens[token]
    while tok.dep in ("compound", "amod", "nmod", "conj", "appos", "poss") and \
            tok.head != tok.i:  # "in Peshawar's Hayatabad area"
        tok = sent.tokens[tok.head]
    if tok.dep == "pobj" and tok.head != tok.i:
        return sent.tokens[tok.head].lower in LOCATIVE
    return False


def choose_place(sent: Sentence, event: Event, candidates: list[tuple[Span, PlaceEntry]]
                 ) -> tuple[Span, PlaceEntry] | None:
    """The place where ``event`` happened among the sentence's places, or None."""
    if not candidates:
        return None
    trigger = event.trigger.token_start
    clause = {trigger, *ancestors(sent, trigger)[:2]}
    target = event.target
    scored: list[tuple[int, int, tuple[Span, PlaceEntry]]] = []
    for span, entry in candidates:
        head = span.token_end - 1
        chain = ancestors(sent, head)
        distance = abs(head - trigger)
        if _locative(sent, head) and (clause & set(chain[:4])):
            scored.append((0, distance, (span, entry)))
        elif target is not None and target.token_start <= head < target.token_end + 6 and \
                _locative(sent, head):
            scored.append((1, distance, (span, entry)))
        elif event.coding.mode == "visit" and target is not None and \
                target.start <= span.start < target.end:
            scored.append((2, distance, (span, entry)))
        elif _locative(sent, head):
            scored.append((3, distance, (span, entry)))
    if not scored:
        return None
    return min(scored, key=lambda s: (s[0], s[1]))[2]


class PlaceStage(ArticleStage):
    """Give each event its location; ground attacks' victims in it."""

    name = "places"
    requires = frozenset({"sentences", "events"})
    provides = frozenset({"places"})

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb

    def __call__(self, article: Article) -> Article:
        cache: dict[int, list[tuple[Span, PlaceEntry]]] = {}
        out: list[Event] = []
        for event in article.events:
            sent = article.sentences[event.sentence]
            if sent.index not in cache:
                cache[sent.index] = place_candidates(sent, self.kb)
            chosen = choose_place(sent, event, cache[sent.index])
            if chosen is None:
                out.append(event)
                continue
            span, entry = chosen
            location = Place(name=entry.name, country=entry.country, admin1=entry.admin1,
                             lat=entry.lat, lon=entry.lon, text=span.text, start=span.start,
                             end=span.end,
                             precision="country" if entry.kind == "country" else "place")
            out.append(self._ground(article, replace(event, location=location), span, sent))
        return article.with_annotations(self.provides, events=tuple(out))

    def _ground(self, article: Article, event: Event, span: Span, sent: Sentence) -> Event:
        """An attack's victims, and civilians an event is done to, are where it happened."""
        loc = event.location
        if loc is None or loc.country is None:
            return event
        target = event.target
        if target is not None and target.actor.country is not None:
            return event
        if event.coding.plover != "ASSAULT" and (
                target is None or target.actor.sector not in ("CVL", "UNK")):
            return event  # "survivors in Herat" are Afghans; an envoy in Kabul need not be
        if target is None:
            state = self.kb.actors.get(loc.country)
            name = state.name if state is not None else loc.country
            actor = Actor(name=name, country=loc.country, sector="UNK", kb_id=None, role=None,
                          inferred=True, kind="location")
            target = ActorMention(actor=actor, text=span.text, start=span.start, end=span.end,
                                  sentence=sent.index, token_start=span.token_start,
                                  token_end=span.token_end, how="location", head=-1)
        else:
            target = replace(target, actor=replace(target.actor, country=loc.country,
                                                   inferred=True))
        if target.actor.key == event.source.actor.key:
            return event
        return replace(event, target=target, id=event_id(
            article.id, sent.start, event.trigger.start, event.coding.plover,
            event.source.actor.key, target.actor.key))
