"""Discourse: which later sentences go on telling the episode an earlier sentence dated and
placed ("Khar held talks in Kabul on Tuesday. ... She then met Muttaqi": the same day, the same
city). Used by the dates and places stages."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from dyadwatch.model import Actor, ActorMention, Article, Event, Sentence
from dyadwatch.stages.date_expressions import ANAPHORIC_UNITS
from dyadwatch.stages.syntax import ancestors, kids, subjects

T = TypeVar("T")

#: How far (in sentences) a narrative carries the date and place of the episode it tells.
EPISODE_SPAN = 8
#: How many sentences on a speaker's "He said ..." is still said when and where he last spoke.
SPEAKER_SPAN = 3
#: Types of violent episodes: only violence continues them (talks continue talks).
VIOLENT = frozenset({"ASSAULT", "MOBILIZE", "COERCE"})


def act_of(event: Event) -> tuple[int, int]:
    """The act an event record tells: one trigger gives one record per pair of its parties
    ("China, Pakistan and Afghanistan agreed ..."), all of one act."""
    return event.sentence, event.trigger.start


def by_act(events: Iterable[Event], value: Callable[[Event], T | None]) -> dict[tuple[int, int], T]:
    """The first ``value`` any record of each act has: an act happened on one day, in one
    place, whichever of its pairs a rule dated or placed."""
    out: dict[tuple[int, int], T] = {}
    for event in events:
        found = value(event)
        if found is not None:
            out.setdefault(act_of(event), found)
    return out


def told_in_past(sent: Sentence, event: Event) -> bool:
    """The event is told in the simple past ("met", "held talks", "was received")."""
    tok = sent.tokens[event.trigger.token_start]
    verb = tok
    if tok.pos in ("NOUN", "PROPN"):  # "held talks": the light verb's tense
        up = ancestors(sent, tok.i)
        verb = next((sent.tokens[j] for j in up[:3] if sent.tokens[j].pos in ("VERB", "AUX")),
                    tok)
    if verb.tag == "VBD":
        return True
    if verb.dep == "ccomp" and verb.head != verb.i and verb.tag in ("VB", "VBP", "VBZ", "VBG") \
            and sent.tokens[verb.head].tag == "VBD":
        # "said the world should separate ...": a demand made when it was said
        return True
    auxes = {c.lower for c in sent.children(verb.i) if c.dep in ("aux", "auxpass")}
    if verb.tag != "VBN" or auxes & {"has", "have"}:
        return False
    # "was received", "had agreed" (reported speech shifts the past back); but "had earlier
    # blamed" is before the story, not in it
    # ("had earlier blamed ... and had warned": the adverb covers both conjuncts)
    clauses = [verb.i] + ([verb.head] if verb.dep == "conj" and verb.head != verb.i else [])
    earlier = any(c.lower in ("earlier", "previously", "already", "before") for j in clauses
                  for c in sent.children(j) if c.dep == "advmod")
    return bool(auxes & {"was", "were"}) or ("had" in auxes and not earlier)


def continues_episode(sent: Sentence, event: Event, dated: Event,
                      span: int | None = EPISODE_SPAN) -> bool:
    """An undated past event a few sentences after a dated one, between the same parties, is
    the same episode told on ("Khar held talks on Tuesday ... She then met Muttaqi"); a
    present or perfect tense ("Pakistan has long accused") is background, not the episode."""
    if event.modality.planned or not told_in_past(sent, event):
        return False
    if span is not None and not 0 < event.sentence - dated.sentence <= span:
        return False  # (span None: the same paragraph, however long)
    violent = dated.coding.plover in VIOLENT
    if violent != (event.coding.plover in VIOLENT) and not _goes_on_acting(event, dated):
        return False  # a reaction to an attack ("condemned the bombing") has its own day
    if event.coding.plover in SAID_TYPES and event.attributed_to is None and \
            not _speaks_for(event, dated) and not _same_time_told(sent):
        # another speaker's appeal or promise ("The interior minister condemned the firing on
        # Sunday. ... He called on Kabul ...") is said when the text says, not in the scene
        return False
    # who acts must have been in the scene: a third party's reaction ("China welcomed the
    # decision") is not the scene told on
    return event.source.actor.country in _countries(dated) or \
        event.source.actor.key == dated.source.actor.key


def _goes_on_acting(event: Event, dated: Event) -> bool:
    """The same actor does one more thing, neither said ("Taliban fighters fired into the air
    ... Taliban fighters also detained several journalists"): still the scene, even where one
    act is violent and the other is not."""
    return event.source.actor.key == dated.source.actor.key and \
        event.coding.plover not in SAID_TYPES and dated.coding.plover not in SAID_TYPES


def same_voice(a: Actor, b: Actor) -> bool:
    """The same actor, or a state and one of its officials or bodies, who speaks for it ("the
    foreign ministry said China demanded ...")."""
    def for_state(x: Actor, state: Actor) -> bool:
        return state.kind in ("state", "government") and x.sector in ("GOV", "MIL") and \
            x.country == state.country and x.country is not None

    return a.key == b.key or for_state(a, b) or for_state(b, a)


def _speaks_for(event: Event, dated: Event) -> bool:
    """The event's source is a party of the dated event, or speaks for the state that is
    ("Pakistan hosted the session ... Khan urged ...")."""
    return any(same_voice(event.source.actor, m.actor)
               for m in (dated.source, dated.target) if m is not None)


def _same_time_told(sent: Sentence) -> bool:
    """The sentence says it happened at the scene's time ("the same evening")."""
    return any(t.lower == "same" and sent.tokens[t.head].lemma in ANAPHORIC_UNITS | {"time"}
               for t in sent.tokens)


def _countries(event: Event) -> set[str]:
    return {c for c in (event.source.actor.country,
                        event.target.actor.country if event.target else None) if c}


#: Types whose event is a thing said: "The spokesman also urged Kabul to act" is said at the
#: briefing the sentence before told of.
SAID_TYPES = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT", "AGREE"})


def speaker_of(mention: ActorMention) -> tuple[str, ...]:
    """The keys a speaker is known by: the actor, and for a government's people its voice,
    so that "the spokesman" or "the ministry" goes on from "the Foreign Office said ..."."""
    voice = f"voice:{mention.actor.country}" if mention.actor.country and \
        mention.actor.sector == "GOV" else None
    return (mention.actor.key,) if voice is None else (mention.actor.key, voice)


def mention_keys(article: Article) -> dict[tuple[int, int], tuple[str, ...]]:
    """The speaker keys of each mention, by (sentence, head token)."""
    return {(m.sentence, m.head): speaker_of(m) for m in article.mentions}


def speaker_keys(sent: Sentence, verb: int, keys: dict[tuple[int, int], tuple[str, ...]]
                 ) -> list[str]:
    """The actors who speak through ``verb``: its subjects, by title or by name ("the
    spokesman ..., Abdul Qahar Balkhi, said")."""
    return [key for subject in subjects(sent, verb)
            for who in [subject, *(c.i for c in kids(sent, subject, ("appos",)))]
            for key in keys.get((sent.index, who), ())]


def speaker(event: Event) -> ActorMention | None:
    """Who says what the event reports, or whose saying the event is ("the spokesman urged")."""
    if event.attributed_to is not None:
        return event.attributed_to
    return event.source if event.coding.plover in SAID_TYPES else None


def said_lately(spoken: dict[str, tuple[int, T]], event: Event) -> T | None:
    """What ``spoken`` records for the event's speaker (a day, a place), when the speaker spoke
    at most ``SPEAKER_SPAN`` sentences before the event. A speaker named by a description ("the
    spokesman") may be the government voice that spoke last."""
    who = speaker(event)
    if who is None:
        return None
    keys = speaker_of(who) if who.how in ("description", "coref") or \
        who.actor.kind in ("state", "government") else (who.actor.key,)
    for key in keys:
        said = spoken.get(key)
        if said is not None and 0 <= event.sentence - said[0] <= SPEAKER_SPAN:
            return said[1]
    return None
