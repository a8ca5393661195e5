"""Merge the reports of one event within one document: one record, the others in ``also``.

Two events of a document are the same when they agree on type, source, target and modality and
their dates agree (a publication-date fallback agrees with any date). The best-scored report is
kept as the evidence; the others' sentences go into ``also``. Merging across documents is the
database's job (it keeps the happening and every report of it).
"""

from __future__ import annotations

from dataclasses import replace

from dyadwatch.model import Actor, Article, Event, Sentence, Token
from dyadwatch.stages.base import ArticleStage
from dyadwatch.stages.confidence import calibrated
from dyadwatch.stages.events import event_id
from dyadwatch.stages.quantities import unique_quantities


def _identity(event: Event) -> tuple[object, ...]:
    return (event.coding.plover, event.source.actor.key,
            event.target.actor.key if event.target else None, event.modality)


def _dates_agree(a: Event, b: Event) -> bool:
    if a.date is None or b.date is None or a.date.fallback or b.date.fallback:
        return True
    return a.date.value[:len(b.date.value)] == b.date.value[:len(a.date.value)]


def drop_repeated_headlines(events: list[Event], headlines: set[int]) -> list[Event]:
    """A headline's event is dropped when the body reports an event of the same type: the
    body's sentence is the better evidence (headline grammar is unreliable)."""
    body = {(e.coding.plover, e.source.actor.country) for e in events
            if e.sentence not in headlines}
    body_types = {e.coding.plover for e in events if e.sentence not in headlines}
    return [e for e in events if e.sentence not in headlines or not (
        (e.coding.plover, e.source.actor.country) in body or e.coding.plover in body_types)]


def _unidentified(event: Event) -> bool:
    return _unidentified_actor(event.source.actor)


def _unidentified_actor(actor: Actor) -> bool:
    return actor.kb_id is None and actor.country is None


def fold_claims(events: list[Event]) -> list[Event]:
    """A claim of responsibility names who carried out an attack the text reported with an
    unidentified doer ("militants attacked a post ..., an attack claimed by the TTP"): the
    attack takes the claimant as its source, attributed to the claimant, and the claim's
    sentence joins its evidence. A claim of an attack reported earlier under a named doer stays
    a separate event, but takes that attack's target when it names none ("the TTP claimed
    the attack")."""
    out = list(events)
    renamed: dict[str, Actor] = {}  # an unidentified doer -> who claimed his attack
    # ("No group has claimed either attack" names no one)
    for claim in [e for e in events if e.rule.startswith("claim:") and e.modality.factual]:
        earlier = [e for e in out if e is not claim and not e.rule.startswith("claim:")
                   and e.coding.plover == claim.coding.plover
                   and 0 <= claim.sentence - e.sentence <= 8 and e.modality.factual]
        if not earlier:
            continue
        attack = max(earlier, key=lambda e: (e.sentence, e.trigger.start))
        if claim.target is not None and attack.target is not None and \
                claim.target.actor.country != attack.target.actor.country:
            continue
        if _unidentified(attack):
            # the attack told in several strokes ("a suicide bomber struck a mosque ... the
            # attacker first opened fire on two policemen"): every unidentified stroke of it
            strokes = [e for e in earlier if _unidentified(e) and _dates_agree(e, attack) and
                       (claim.target is None or e.target is None or
                        e.target.actor.country == claim.target.actor.country)]
            for stroke in strokes:
                renamed[stroke.source.actor.key] = claim.source.actor
                out[out.index(stroke)] = _claimed_by(stroke, claim)
            out.remove(claim)
        elif claim.target is None and attack.target is not None:
            out[out.index(claim)] = replace(claim, target=attack.target)
    # "Khan condemned the attack": the condemned doer is now the claimant
    return [replace(e, target=replace(e.target, actor=renamed[e.target.actor.key]))
            if e.target is not None and e.target.actor.key in renamed and
            _unidentified_actor(e.target.actor) else e for e in out]


def _claimed_by(attack: Event, claim: Event) -> Event:
    """The attack with the claimant as its doer, the claim's sentence joined to its evidence."""
    also = attack.also + ((claim.evidence,) if claim.sentence != attack.sentence else ())
    return replace(attack, source=claim.source, attributed_to=claim.source,
                   also=also, confidence=max(attack.confidence, claim.confidence),
                   rule=attack.rule + "+" + claim.rule,
                   id=event_id(attack.doc_id, attack.evidence.start,
                               attack.trigger.start, attack.coding.plover,
                               claim.source.actor.key,
                               attack.target.actor.key if attack.target else ""))


_DEFINITE = frozenset({"the", "these", "those", "this", "that", "such", "its", "their"})


def fill_from_antecedents(events: list[Event], sentences: tuple[Sentence, ...]) -> list[Event]:
    """A definite event noun with no target ("*the strikes* were carried out by Pakistani
    aircraft") speaks of an event the text reported before: it takes that event's target (the
    latest earlier event of the same type, within eight sentences, whose doer is the same
    side). The merge that follows then joins the two reports."""
    out = list(events)
    for k, event in enumerate(out):
        if event.target is not None or event.trigger.token_start < 0:
            continue
        sent = sentences[event.sentence]
        tok = sent.tokens[event.trigger.token_start]
        definite = tok.pos in ("NOUN", "PROPN") and any(
            c.dep in ("det", "poss") and c.lower in _DEFINITE for c in sent.children(tok.i))
        if not definite and not _as_well(sent, tok):
            continue
        # (a definite noun speaks of its own side's earlier event; "X condemned it as well"
        # joins anyone's earlier condemnation)
        earlier = [e for e in out[:k] if e.coding.plover == event.coding.plover
                   and e.target is not None and 0 < event.sentence - e.sentence <= 8
                   and (not definite or e.source.actor.country == event.source.actor.country)]
        if earlier:
            out[k] = replace(event, target=earlier[-1].target)
    return out


def _as_well(sent: Sentence, tok: Token) -> bool:
    """The trigger's clause says its act repeats one told before ("issued condemnations *as
    well*", "*also* condemned", "condemned it *too*")."""
    clause = {tok.i, tok.head, sent.tokens[tok.head].head}
    for t in sent.tokens:
        if t.head in clause and t.dep == "advmod" and t.lower in ("also", "too"):
            return True
        if t.lower == "as" and t.i + 1 < len(sent.tokens) and \
                sent.tokens[t.i + 1].lower == "well" and (t.head in clause or
                                                          sent.tokens[t.i + 1].head in clause):
            return True
    return False


def merge_events(events: list[Event]) -> list[Event]:
    """Group same-event reports; each group becomes its best event with the rest in ``also``."""
    groups: list[list[Event]] = []
    for event in events:
        for group in groups:
            if _identity(group[0]) == _identity(event) and all(_dates_agree(g, event)
                                                               for g in group):
                group.append(event)
                break
        else:
            groups.append([event])
    merged: list[Event] = []
    for group in groups:
        best = max(group, key=lambda e: (e.confidence, e.date is not None and not e.date.fallback,
                                         -e.evidence.start))
        others = sorted({e.evidence for e in group if e.evidence != best.evidence},
                        key=lambda s: s.start)
        if best.date is not None and best.date.fallback:
            dated = [e for e in group if e.date is not None and not e.date.fallback]
            if dated:
                best = replace(best, date=dated[0].date)
        quantities = unique_quantities(tuple(q for e in (best, *group) for q in e.quantities))
        merged.append(replace(best, also=tuple(others), quantities=quantities))
    merged.sort(key=lambda e: (e.evidence.start, e.trigger.start))
    return merged


class MergeStage(ArticleStage):
    """Merge repeated reports of the same event within each document."""

    name = "merge"
    requires = frozenset({"sentences", "events", "dates"})
    provides = frozenset({"merged"})

    def __call__(self, article: Article) -> Article:
        headlines = {s.index for s in article.sentences if s.is_headline}
        events = fold_claims(drop_repeated_headlines(list(article.events), headlines))
        events = fill_from_antecedents(events, article.sentences)
        events = [replace(e, confidence=calibrated(e.confidence)) for e in events]
        return article.with_annotations(self.provides, events=tuple(merge_events(events)))
