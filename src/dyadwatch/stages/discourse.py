"""Discourse: which later sentences go on telling the episode an earlier sentence dated and
placed ("Khar held talks in Kabul on Tuesday. ... She then met Muttaqi": the same day, the same
city). Used by the dates and places stages."""

from __future__ import annotations

from dyadwatch.model import Event, Sentence
from dyadwatch.stages.syntax import ancestors

#: How far (in sentences) a narrative carries the date and place of the episode it tells.
EPISODE_SPAN = 8
#: Types of violent episodes: only violence continues them (talks continue talks).
VIOLENT = frozenset({"ASSAULT", "MOBILIZE", "COERCE"})


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
    auxes = {c.lower for c in sent.children(verb.i) if c.dep in ("aux", "auxpass")}
    # "was received", and "had agreed" (reported speech shifts the past back)
    return verb.tag == "VBN" and bool(auxes & {"was", "were", "had"}) and \
        not auxes & {"has", "have"}


def continues_episode(sent: Sentence, event: Event, dated: Event,
                      span: int | None = EPISODE_SPAN) -> bool:
    """An undated past event a few sentences after a dated one, between the same parties, is
    the same episode told on ("Khar held talks on Tuesday ... She then met Muttaqi"); a
    present or perfect tense ("Pakistan has long accused") is background, not the episode."""
    if event.modality.planned or not told_in_past(sent, event):
        return False
    if span is None:  # the same paragraph: one scene, whoever acts in it
        return (dated.coding.plover in VIOLENT) == (event.coding.plover in VIOLENT) or \
            event.sentence == dated.sentence
    if not 0 < event.sentence - dated.sentence <= span:
        return False
    violent = dated.coding.plover in VIOLENT
    if violent != (event.coding.plover in VIOLENT):
        return False  # a reaction to an attack ("condemned the bombing") has its own day
    return bool(_countries(event) & _countries(dated)) or \
        event.source.actor.key == dated.source.actor.key


def _countries(event: Event) -> set[str]:
    return {c for c in (event.source.actor.country,
                        event.target.actor.country if event.target else None) if c}
