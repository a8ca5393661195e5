"""The events stage: who did what to whom, sentence by sentence, coded in PLOVER and CAMEO.

A trigger (a verb or an event noun from the lexicon) is matched with its context conditions;
its source and target are read off the dependency tree (subject/object, passive ``by``-agents,
prepositional objects, the subject of a light verb for event nouns), linked to actor mentions,
and the event gets its modality, attribution and a confidence. A sentence without an
interaction between actors yields nothing: there is no fallback "made a statement" event.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import replace

from dyadwatch.model import Actor, ActorMention, Article, Event, Modality, Sentence, Token
from dyadwatch.ontology import make_coding
from dyadwatch.ontology.lexicon import Lexicon, Trigger, load_lexicon
from dyadwatch.stages.actor_lexicon import FACILITY_NOUNS
from dyadwatch.stages.base import ArticleStage
from dyadwatch.stages.confidence import score
from dyadwatch.stages.constructions import (
    article_dyad,
    constructions,
    counted_group_words,
    pair_words,
)
from dyadwatch.stages.event_args import (
    CASUALTY_VERBS,
    NOT_PAIRING_CODES,
    PAIRING_TYPES,
    REFERRING_TYPES,
    WITH_TYPES,
    MentionIndex,
    accuser_of,
    casualty_targets,
    clause_target,
    decision_parties,
    last_attacker_of,
    refer_back,
    with_counterparts,
)
from dyadwatch.stages.modality import (
    announces_force,
    backgrounded,
    describes_trend,
    embedded_content,
    intent,
    is_question,
    main_clause,
    modality,
    ordered_or_vowed,
    reported_by,
)
from dyadwatch.stages.syntax import (
    agents,
    ancestors,
    conjuncts,
    direct_objects,
    first_conjunct,
    is_negated,
    is_passive,
    kids,
    mention_at,
    prep_objects,
    subjects,
)

#: An announced future action, coded by intent (PLOVER): threats and promises.
ANNOUNCED_AS = {"ASSAULT": "138", "COERCE": "132", "SANCTION": "131", "PROTEST": "133",
                "AID": "033", "COOPERATE": "031", "RETREAT": "035", "CONCEDE": "035"}
#: A refused future cooperation ("would not meet", "will not release"): a rejection.
REFUSED_AS = {"CONSULT": "125", "AID": "122", "COOPERATE": "121", "RETREAT": "124",
              "CONCEDE": "124", "AGREE": "120", "SUPPORT": "120"}

#: Verbs that answer a request or demand: their subject is the one it was addressed to.
RESPONSE_VERBS = frozenset({"reject", "accept", "turn", "refuse", "decline", "grant", "deny",
                            "dismiss", "consider", "receive", "meet", "fulfil", "fulfill",
                            "honour", "honor", "ignore", "heed", "approve", "welcome"})
#: Nouns that measure an event noun in an "of" phrase: the light verb governs the measure.
#: "will not leave the attack *unanswered*": the negation is the threat.
UNANSWERED = frozenset({"unanswered", "unpunished", "unavenged"})
#: Verbs whose object is a subject of discussion: "raised the release of prisoners",
#: "discussed the deportations" tell what was talked about, not that it happened.
TOPIC_VERBS = frozenset({"raise", "discuss", "review", "debate", "examine", "consider",
                         "mention", "highlight", "broach", "address", "explore"})
MEASURE_NOUNS = frozenset({"round", "series", "wave", "spate", "string", "couple", "number",
                           "set", "volley", "barrage", "campaign"})


def event_id(doc_id: str, *parts: object) -> str:
    """A stable id from the document id and the event's defining parts."""
    key = "\x1f".join([doc_id, *(str(p) for p in parts)])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


class EventStage(ArticleStage):
    """Extract coded events from every sentence."""

    name = "events"
    requires = frozenset({"sentences", "actors"})
    provides = frozenset({"events"})

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon or load_lexicon()
        self._history: list[Event] = []  # the document's earlier events
        self._current: list[Event] = []  # this sentence's events so far

    def __call__(self, article: Article) -> Article:
        by_sentence: dict[int, list[ActorMention]] = defaultdict(list)
        for mention in article.mentions:
            by_sentence[mention.sentence].append(mention)
        self._dyad = article_dyad(list(article.mentions))
        self._mentions = list(article.mentions)
        events: list[Event] = []
        for sent in article.sentences:
            events.extend(self.sentence_events(article.id, sent, by_sentence[sent.index],
                                               events))
        return article.with_annotations(self.provides, events=tuple(events))

    def sentence_events(self, doc_id: str, sent: Sentence, mentions: list[ActorMention],
                        history: list[Event] | None = None) -> list[Event]:
        """Events of one sentence (empty when no trigger links two actors or an actor);
        ``history`` holds the document's earlier events, for "condemned the strikes"."""
        if is_question(sent):
            return []  # "Will Pakistan strike again?" reports nothing that happened
        index = MentionIndex(sent, mentions, self._pairs(sent, mentions))
        self._history = history if history is not None else []
        out: list[Event] = []
        self._current = out  # ("X accused Y of ..., which Y denies": the accusation is here)
        consumed: set[int] = set()
        seen: set[tuple[str, str, str, int]] = set()
        for tok in sent.tokens:
            if index.at(tok.i) is not None and tok.pos != "VERB":
                continue
            if tok.i in consumed and not _own_doer(sent, tok, index):
                continue  # "signed an agreement": the verb's event already covers the noun
            for event in self._from_token(doc_id, sent, tok, index, consumed):
                key = (event.coding.plover, event.source.actor.key,
                       event.target.actor.key if event.target else "", event.trigger.start)
                if key not in seen:
                    seen.add(key)
                    out.append(event)
        for c in constructions(sent, self.lexicon.speech):
            for event in self._events(doc_id, sent, c.token, c.trigger, index, c.sources,
                                      c.targets, "construction"):
                key = (event.coding.plover, event.source.actor.key,
                       event.target.actor.key if event.target else "", event.trigger.start)
                if key not in seen and not any(
                        e.coding.plover == event.coding.plover and
                        _same_side(e.source.actor, event.source.actor) for e in out):
                    seen.add(key)
                    out.append(event)
        # "X warned that it would attack Y": the warning with no one named and the threat
        # against Y are one threat
        # ("travelled to Kabul in the first visit by a Pakistani minister": the visit with no
        # one named as host is the same visit, told by a description of the same side)
        targeted = {(e.coding.plover, e.source.actor.key) for e in out if e.target is not None}
        sides = {(e.coding.plover, e.source.actor.country) for e in out
                 if e.target is not None and e.source.actor.country is not None}
        kept = [e for e in out if e.target is not None or not (
            (e.coding.plover, e.source.actor.key) in targeted or
            (e.source.actor.kb_id is None and
             (e.coding.plover, e.source.actor.country) in sides))]
        # "summoned ... to convey Afghanistan's concern": the state and its government making
        # one accusation of one party are one event
        return [e for k, e in enumerate(kept) if not any(
            o.coding.plover == e.coding.plover and _same_side(o.source.actor, e.source.actor)
            and o.source.actor.key != e.source.actor.key and o.target is not None and
            e.target is not None and o.target.actor.key == e.target.actor.key
            for o in kept[:k])]

    def _pairs(self, sent: Sentence, mentions: list[ActorMention]
               ) -> dict[int, list[ActorMention]]:
        """"the two sides" -> mentions of the article's two states at those words."""
        dyad = getattr(self, "_dyad", None)
        if dyad is None:
            return {}
        covered = {i for m in mentions for i in range(m.token_start, m.token_end)}
        out = {}
        for head in _unattended_talks(sent, covered):
            # "Talks resumed in Istanbul on October 25": the article's two parties talk
            out[head] = _parties_at(sent, head, head, dyad)
        for head, n in counted_group_words(sent):
            # "the four countries", "the three ministers": the last n parties named before
            parties = _last_parties(getattr(self, "_mentions", []), sent, n)
            if head not in covered and parties:
                out[head] = _parties_at(sent, sent.subtree(head)[0], head, parties)
        for head in pair_words(sent):
            if head not in covered:
                out[head] = _parties_at(sent, sent.subtree(head)[0], head, dyad)
        return out

    def _from_token(self, doc_id: str, sent: Sentence, tok: Token, index: MentionIndex,
                    consumed: set[int]) -> Iterator[Event]:
        if tok.pos in ("VERB", "AUX") or (tok.pos == "NOUN" and tok.dep == "ROOT" and
                                         tok.lemma in self.lexicon.verbs and tok.tag == "VBD"):
            trigger = self._verb_trigger(sent, tok, index)
            if trigger is None or self._reports_noun_event(sent, tok, index):
                return
            consumed.update(t.i for t in direct_objects_tokens(sent, tok.i))
            if is_passive(sent, tok.i):
                sources, targets = agents(sent, tok.i), subjects(sent, tok.i)
                if not sources and tok.lemma in CASUALTY_VERBS:
                    sources = _operating_force(sent, tok, index, self.lexicon.speech)
                if not sources and tok.lemma == "summon":
                    sources = _host(sent, tok, index)
            else:
                sources = subjects(sent, tok.i) + _as_did(sent, tok)
                targets = _targets(sent, tok.i, trigger)
                sources, targets = _messenger(sent, tok, index, sources, targets)
            if trigger.swap:
                sources, targets = targets, sources
            if trigger.claim:
                yield from self._claimed(doc_id, sent, tok, index, sources, consumed)
                return
            yield from self._events(doc_id, sent, tok, trigger, index, sources, targets, "verb")
        elif tok.pos in ("NOUN", "PROPN"):
            trigger = self._noun_trigger(sent, tok, index)
            if trigger is None or (tok.dep == "dobj" and
                                   sent.tokens[tok.head].lemma in TOPIC_VERBS):
                return
            sources, targets = _noun_arguments(sent, tok, trigger, self.lexicon.light, index)
            if not sources and tok.i in index.pairs:
                sources = [tok.i]  # talks with no one named: the article's two parties
            yield from self._events(doc_id, sent, tok, trigger, index, sources, targets, "noun")

    def _reports_noun_event(self, sent: Sentence, tok: Token, index: MentionIndex) -> bool:
        """"The strikes killed eight people": the killing is the strikes' toll, not a second
        attack (its count goes to the strikes)."""
        if tok.lemma not in CASUALTY_VERBS or tok.lemma == "claim":
            return False
        return any(self._noun_trigger(sent, sent.tokens[s], index) is not None
                   for s in subjects(sent, tok.i) if sent.tokens[s].pos == "NOUN")

    def _claimed(self, doc_id: str, sent: Sentence, tok: Token, index: MentionIndex,
                 claimants: list[int], consumed: set[int]) -> Iterator[Event]:
        """A claim of responsibility yields the claimed event, attributed to the claimant;
        "No group has claimed the attack" claims nothing."""
        if is_negated(sent, tok.i) or any(
                c.dep == "det" and c.lower in ("no", "none")
                for j in claimants for c in sent.children(j)):
            return
        claimed: list[Token] = []
        if is_passive(sent, tok.i) and not direct_objects(sent, tok.i):
            # "an attack claimed by the TTP", "the bombing was claimed by the group"
            head = tok.head if tok.dep == "acl" else None
            claimed.extend(sent.tokens[j] for j in ([head] if head is not None
                                                    else subjects(sent, tok.i)))
        # "the group said it was behind the bombing"
        claimed.extend(sent.tokens[j] for j in prep_objects(sent, tok.i, ["behind"]))
        for obj in direct_objects_tokens(sent, tok.i):
            if obj.lemma.lower() == "responsibility":
                named = [sent.tokens[j] for j in prep_objects(sent, obj.i, ["for"])]
                if not any(self._noun_trigger(sent, t, index) for t in named):
                    # "for the bombing hours later", parsed as "[the bombing hours] later":
                    # the first event noun of the phrase
                    named = [t for p in kids(sent, obj.i, ("prep",)) if p.lower == "for"
                             for t in sent.tokens[slice(*sent.subtree(p.i))]
                             if t.pos == "NOUN" and self._noun_trigger(sent, t, index)][:1]
                claimed.extend(named)
            else:
                claimed.append(obj)  # "a TTP commander claimed the attack"
        for noun in claimed:
            trigger = self._noun_trigger(sent, noun, index)
            if trigger is None:
                continue
            consumed.add(noun.i)
            _, targets = _noun_arguments(sent, noun, trigger, self.lexicon.light, index)
            for event in self._events(doc_id, sent, noun, trigger, index, claimants, targets,
                                      "noun"):
                # a claim is the claimant's word; "Pakistan said the TTP was behind the
                # attack" is Pakistan's
                said_by = event.attributed_to if tok.lemma == "be" and \
                    event.attributed_to is not None else event.source
                yield replace(event, attributed_to=said_by, rule="claim:" + trigger.lemma)

    def _verb_trigger(self, sent: Sentence, tok: Token, index: MentionIndex) -> Trigger | None:
        for trigger in self.lexicon.verbs.get(tok.lemma, ()):
            if trigger.particle and not any(
                    c.dep == "prt" and c.lower == trigger.particle for c in sent.children(tok.i)):
                continue
            if trigger.prep and not any(
                    c.dep in ("prep", "agent") and c.lower == trigger.prep
                    for c in sent.children(tok.i)):
                continue
            objects = direct_objects_tokens(sent, tok.i)
            if trigger.dobj and not any(_lemmas(sent, o) & trigger.dobj for o in objects):
                continue
            if trigger.dobj_actor:
                # the object itself names an actor ("received the minister"), or, passive,
                # the subject does; "welcomed Pakistan's decision" names a decision
                heads = [o.i for o in objects] or (subjects(sent, tok.i)
                                                   if is_passive(sent, tok.i) else [])
                found = [m for h in heads for m in [index.at(h), *(
                    index.at(c.i) for c in kids(sent, h, ("appos",)))] if m is not None]
                if trigger.swap:  # "hosts three million Afghans" hosts people, not a visit
                    found = [m for m in found if m.actor.sector not in ("CVL", "REF")]
                if not found:
                    continue
            if trigger.xcomp and not any(c.lemma in trigger.xcomp for c in kids(
                    sent, tok.i, ("xcomp", "ccomp", "advcl"))):
                continue
            if trigger.bare and _complemented(sent, tok.i):
                continue
            if trigger.pobj and not any(
                    sent.tokens[j].lemma.lower() in trigger.pobj
                    for j in prep_objects(sent, tok.i, [trigger.prep or "to"])):
                continue
            if trigger.keywords:
                lo, hi = sent.subtree(tok.i)
                if not any(t.lemma.lower() in trigger.keywords or t.lower in trigger.keywords
                           for t in sent.tokens[lo:hi]):
                    continue
            return trigger
        return None

    def _noun_trigger(self, sent: Sentence, tok: Token, index: MentionIndex | None = None
                      ) -> Trigger | None:
        lemma = tok.lemma.lower()
        if tok.i >= 2 and sent.tokens[tok.i - 1].text == "-" and \
                sent.tokens[tok.i - 2].head == tok.i:
            lemma = f"{sent.tokens[tok.i - 2].lower}-{tok.lower}"  # "sit - in" -> "sit-in"
        for trigger in self.lexicon.nouns.get(lemma, ()):
            if trigger.actor_modifier and not (index is not None and any(
                    c.dep in ("amod", "compound", "poss", "nmod") and index.at(c.i) is not None
                    for c in sent.children(tok.i))):
                continue  # "Pakistan Air Force strikes", not "strikes" alone
            if trigger.compound and not _modifier_forms(sent, tok) & trigger.compound:
                continue
            if trigger.pobj and not any(  # "the end *of the ceasefire*"
                    sent.tokens[j].lemma.lower() in trigger.pobj
                    for j in prep_objects(sent, tok.i, [trigger.prep or "of"])):
                continue
            return trigger
        return None

    def _events(self, doc_id: str, sent: Sentence, tok: Token, trigger: Trigger,
                index: MentionIndex, source_heads: list[int], target_heads: list[int],
                kind: str) -> Iterator[Event]:
        # a post or a convoy does not act ("a convoy near Saravan that killed five")
        sources = [m for m in index.actors_of(source_heads)
                   if not (0 <= m.head < len(sent.tokens) and m.sentence == sent.index and
                           sent.tokens[m.head].lower in FACILITY_NOUNS)]
        if not sources:
            return
        code = trigger.cameo_for(sources[0].actor.sector)
        plover = make_coding(code, trigger.plover, trigger.mode, trigger.context).plover
        # "resolved not to allow any group ...": a generic word says nothing about whom
        found = [m for m in index.actors_of(target_heads)
                 if not _generic(m) or plover in ("ASSAULT", "COERCE")]
        if found:  # "talks between Dar and Muttaqi": Muttaqi is the other party, not a source
            taken = {m.actor.key for m in found}
            sources = [m for m in sources if m.actor.key not in taken] or sources[:1]
        if not found and plover == "ASSAULT":
            found = index.actors_of(casualty_targets(sent, tok.i))
        if not found and plover in REFERRING_TYPES:
            found = [m for m in [refer_back(sent, tok, plover, sources[0], self._history)] if m]
        if not found and plover == "SUPPORT":
            found = decision_parties(sent, tok, sources[0], self._history)
        if not found and plover == "THREATEN" and \
                trigger.lemma in ("construction:response", "leave", "vow", "warn"):
            # "warned of a response", "vowed revenge": against the attack told before
            found = last_attacker_of(sent, tok, sources[0], self._history)
        if not found and plover == "REJECT" and code in ("016", "120"):
            found = [m for m in [accuser_of(sent, tok, sources[0],
                                            [*self._history, *self._current])] if m]
        if not found and plover in WITH_TYPES:
            found = with_counterparts(sent, tok, sources, index)
        if not found and plover in REFERRING_TYPES and kind in ("verb", "noun"):
            found = [m for m in [clause_target(sent, tok, sources[0], index)] if m]
        if not found and plover == "REQUEST" and tok.dep == "conj":
            # "approached the authorities in Kabul ... and demanded action": the one approached
            first = sent.tokens[first_conjunct(sent, tok.i)]
            found = index.actors_of(direct_objects(sent, first.i))
        pairs: list[tuple[ActorMention, ActorMention | None]]
        if not found and trigger.both_ways and len(sources) > 1:
            # "Pakistani and Afghan forces exchanged fire": each side at the other
            pairs = [(a, b) for a in sources for b in sources if a.actor.key != b.actor.key]
        elif not found and plover in PAIRING_TYPES and code not in NOT_PAIRING_CODES and \
                len(sources) > 1:
            # "Pakistan and Afghanistan agreed ...": the parties act with each other
            pairs = [(a, b) for k, a in enumerate(sources) for b in sources[k + 1:]]
        elif not found:
            if trigger.needs_target:
                return
            pairs = [(s, None) for s in sources]
        else:
            pairs = [(s, t) for s in sources for t in found]
        if trigger.both_ways and found:
            pairs += [(t, s) for s, t in pairs if t is not None]
        if embedded_content(sent, tok.i):
            return  # the request or denial that contains it is the event
        mod = modality(sent, tok.i, self.lexicon.light)
        if trigger.lemma == "construction:assurance":
            mod = Modality()  # "will not allow ...": the negation is the promise itself
        elif tok.lemma in ("leave", "go") and any(
                t.lower in UNANSWERED for t in sent.tokens[slice(*sent.subtree(tok.i))]):
            mod = replace(mod, negated=False)  # "will not leave the attack unanswered"
        elif kind == "construction" and tok.dep == "ccomp" and tok.head != tok.i:
            # "X said Y must act": the demand is as real as the saying, whatever "must" says
            mod = modality(sent, tok.head, self.lexicon.light)
        code_override = None
        if kind == "noun" and describes_trend(sent, tok.i):
            return
        if plover == "MOBILIZE" and not found:
            victims = index.actors_of(casualty_targets(sent, tok.i))
            if victims:  # "21 militants were killed in two operations": the operations attack
                code, plover, found = "190", "ASSAULT", victims
                trigger = replace(trigger, cameo="190", by_sector=())
                pairs = [(s, t) for s in sources for t in found]
        if plover == "ASSAULT" and ((mod.hypothetical and announces_force(
                sent, tok.i, sources[0], index, self.lexicon.speech))
                                    or ordered_or_vowed(sent, tok.i)):
            # "Pakistan might target hideouts across the border", "told its fighters to
            # resume attacks": a threat by the party that announces the force
            code_override, mod = "138", Modality(planned=False)
        elif kind != "construction":
            # an event noun is announced through the verb that governs it ("will extend the
            # curfew", "would impose sanctions")
            at = tok.head if kind == "noun" and tok.dep == "dobj" and \
                sent.tokens[tok.head].pos in ("VERB", "AUX") else tok.i
            announced, refused = intent(sent, at, self.lexicon.speech)
            # PLOVER codes announced actions by intent: a future conflict action is a threat,
            # a future material cooperation a promise, a refused cooperation a rejection
            if announced and (trigger.announced or plover in ANNOUNCED_AS):
                code_override, mod = trigger.announced or ANNOUNCED_AS[plover], Modality()
            elif announced and plover == "THREATEN":
                mod = Modality()  # "said they would boycott": the threat is made by saying it
            elif refused and plover in REFUSED_AS:
                code_override, mod = REFUSED_AS[plover], Modality()
        main = kind == "construction" or main_clause(sent, tok.i, self.lexicon.speech)
        attributed = reported_by(sent, tok.i, index, self.lexicon.speech)
        for source, target in pairs:
            if plover in ("ASSAULT", "MOBILIZE") and source.how == "adjective" and \
                    source.actor.kind == "state":
                # "Pakistani air strikes": a state attacks through its armed forces
                source = replace(source, actor=replace(
                    source.actor, sector="MIL", name=f"{source.actor.name} military"))
            if trigger.lemma == "construction:blame" and (
                    target is None or target.actor.key == source.actor.key):
                continue  # "the group said it was behind the bombing" claims, not blames
            for _ in (0,):
                if target is not None and target.actor.key == source.actor.key:
                    target = None
                if target is not None and target.actor.sector == "CVL" and plover == "COERCE" \
                        and (trigger.cameo_for(source.actor.sector).startswith("174") or (
                            target.actor.country is not None and source.actor.country
                            not in (None, target.actor.country))):
                    # the people a state deports, or the foreigners it detains, are migrants
                    target = replace(target, actor=replace(target.actor, sector="REF"))
                coding = make_coding(trigger.cameo_for(source.actor.sector), trigger.plover,
                                     trigger.mode, trigger.context) if code_override is None \
                    else make_coding(code_override)
                # a party reporting its own action ("the TTP said its fighters attacked")
                # is still who the text attributes it to
                ev_attr = attributed
                yield Event(
                    id=event_id(doc_id, sent.start, tok.start, coding.plover, source.actor.key,
                                target.actor.key if target else ""),
                    doc_id=doc_id, coding=coding, source=source, target=target,
                    trigger=sent.span(tok.i, tok.i + 1, "TRIGGER"), evidence=sent.as_span(),
                    sentence=sent.index, modality=mod, attributed_to=ev_attr,
                    confidence=score(kind, source, target, mod, sent.is_headline,
                                     ev_attr is not None and
                                     ev_attr.actor.key != source.actor.key, main,
                                     backgrounded(sent, tok.i)),
                    rule=f"{kind}:{trigger.lemma}",
                )


def _generic(mention: ActorMention) -> bool:
    """A bare generic noun ("any group", "anyone"): no country, no sector, no identity."""
    actor = mention.actor
    return actor.kb_id is None and actor.country is None and actor.sector == "UNK"


def _same_side(a: Actor, b: Actor) -> bool:
    """One actor, or a state and its government ("Afghan soil" beside "the Afghan
    government")."""
    return a.key == b.key or (a.country is not None and a.country == b.country and
                              {a.sector, b.sector} <= {"GOV"})


#: Actions of security forces: "killed in an operation", "killed in a raid".
SECURITY_OPERATIONS = frozenset({"operation", "raid", "crackdown", "offensive", "encounter",
                                 "shootout", "sweep"})


def _messenger(sent: Sentence, tok: Token, index: MentionIndex, sources: list[int],
               targets: list[int]) -> tuple[list[int], list[int]]:
    """"The Afghan envoy was summoned to convey *Pakistan's* concern": a message carried for
    another side is that side's, addressed to the carrier's side."""
    if tok.lemma not in ("convey", "relay", "deliver", "communicate"):
        return sources, targets
    carriers = [m for m in index.actors_of(sources) if m.actor.country]
    for obj in direct_objects(sent, tok.i):
        for owner in kids(sent, obj, ("poss",)):
            mention = index.at(owner.i)
            if mention is not None and mention.actor.country and carriers and all(
                    c.actor.country != mention.actor.country for c in carriers):
                # addressed to whoever the text names, else to the carrier's side
                return [owner.i], targets if index.actors_of(targets) else sources
    return sources, targets


def _host(sent: Sentence, tok: Token, index: MentionIndex) -> list[int]:
    """Who summoned an envoy when the passive does not say: the government of the capital the
    envoy serves in ("the Afghan chargé d'affaires *in Islamabad* was summoned"), else the one
    whose message the summons conveyed ("... to convey *Pakistan's* concern")."""
    for subject in subjects(sent, tok.i):
        for j in prep_objects(sent, subject, ["in"]):
            mention = index.at(j)
            if mention is not None and mention.how == "capital":
                return [j]
    for clause in kids(sent, tok.i, ("advcl", "xcomp")):
        for obj in direct_objects(sent, clause.i):
            owners = [c.i for c in kids(sent, obj, ("poss",)) if index.at(c.i) is not None]
            if owners:
                return owners
    return []


def _operating_force(sent: Sentence, tok: Token, index: MentionIndex,
                     speech: frozenset[str]) -> list[int]:
    """"21 militants were killed in two operations, the military said": security forces that
    report deaths in their own operation report their own action."""
    if not any(sent.tokens[j].lemma.lower() in SECURITY_OPERATIONS
               for j in prep_objects(sent, tok.i, ["in", "during"])):
        return []
    for j in ancestors(sent, tok.i)[:3]:
        node = sent.tokens[j]
        if node.lemma in speech:
            speakers = subjects(sent, j)
            found = [s for s in speakers if (m := index.actor_of(s)) is not None
                     and m.actor.sector in ("MIL", "COP", "SPY")]
            return found
    return []


def _own_doer(sent: Sentence, tok: Token, index: MentionIndex) -> bool:
    """An object noun that names its own doer ("turned down *Islamabad's* request",
    "condemned *Pakistani* strikes") is an event of its own."""
    for c in sent.children(tok.i):
        if c.dep == "poss" and c.pos != "PRON" and index.actor_of(c.i) is not None:
            return True
        if c.dep in ("amod", "compound") and c.text[:1].isupper() and index.at(c.i):
            return True
        if c.dep == "prep" and c.lower == "by":
            return True
    return False


def direct_objects_tokens(sent: Sentence, i: int) -> list[Token]:
    """Direct-object tokens of ``i`` (with their conjuncts)."""
    return [sent.tokens[j] for j in direct_objects(sent, i)]


def _complemented(sent: Sentence, i: int) -> bool:
    """The verb says what is wanted: a clause ("called on Kabul *to act*", also when parsed
    onto the addressee) or a "for" phrase ("called on both sides *for restraint*"); not the
    caller's own purpose ("called on Baradar at his office *to discuss* security")."""
    below = [i, *(o.i for p in kids(sent, i, ("prep",)) for o in kids(sent, p.i, ("pobj",)))]
    return any((c.dep in ("xcomp", "ccomp", "advcl", "acl", "relcl") and
                c.lemma not in _VISIT_PURPOSES) or (c.dep == "prep" and c.lower == "for")
               for j in below for c in sent.children(j))


#: What a caller comes to do ("called on the minister to discuss ..."): a visit's purpose.
_VISIT_PURPOSES = frozenset({"discuss", "review", "exchange", "deliver", "convey", "present",
                             "brief", "talk", "explore", "congratulate", "condole"})


def _lemmas(sent: Sentence, tok: Token, depth: int = 2) -> set[str]:
    """The lemma of a noun and of its compound modifiers ("Torkham border" -> border, torkham),
    and of what it is a measure or a carrier of ("25,000 tons of aid", "a total of 50,000
    tonnes of wheat", "trucks carrying food")."""
    out = {tok.lemma.lower(), tok.lower}
    out.update(c.lemma.lower() for c in sent.children(tok.i) if c.dep in ("compound", "amod"))
    if depth == 0:
        return out
    held = [o for p in kids(sent, tok.i, ("prep",)) if p.lower == "of"
            for o in kids(sent, p.i, ("pobj",))]
    held += [o for v in kids(sent, tok.i, ("acl",)) if v.lemma in _CARRYING
             for o in kids(sent, v.i, ("dobj",))]
    for obj in held:
        for part in conjuncts(sent, obj.i):
            out |= _lemmas(sent, sent.tokens[part], depth - 1)
    return out


#: Verbs by which a vehicle or load is said to hold its goods ("trucks *carrying* food").
_CARRYING = frozenset({"carry", "contain", "load", "bring", "transport"})


def _parties_at(sent: Sentence, first: int, head: int, parties: Sequence[ActorMention]
                ) -> list[ActorMention]:
    """Mentions of ``parties`` at the words ``[first, head]`` that stand for them ("the two
    sides", "the four countries")."""
    return [mention_at(sent, first, head + 1, m.actor, "pair", head=head) for m in parties]


def _last_parties(mentions: list[ActorMention], sent: Sentence, n: int
                  ) -> list[ActorMention]:
    """The last ``n`` countries' official parties named before ``sent`` (within four
    sentences), one per country, or nothing when fewer were named."""
    picked: dict[str, ActorMention] = {}
    for m in reversed(mentions):
        if m.sentence >= sent.index or sent.index - m.sentence > 4:
            continue
        country = m.actor.country
        if country and m.actor.sector == "GOV" and country not in picked:
            picked[country] = m
        if len(picked) == n:
            return list(reversed(picked.values()))
    return []


#: Nouns of talks, and verbs that say talks happened without saying who held them.
_TALK_NOUNS = frozenset({"talk", "talks", "negotiation", "negotiations", "dialogue"})
_TALKS_HAPPEN = frozenset({"resume", "begin", "start", "open", "end", "conclude", "close",
                           "continue", "hold", "take", "collapse", "break"})


def _unattended_talks(sent: Sentence, covered: set[int]) -> list[int]:
    """Talks told as happening with no participant named in the sentence ("Talks resumed in
    Istanbul", "The talks were held behind closed doors")."""
    out = []
    for tok in sent.tokens:
        if tok.lemma.lower() not in _TALK_NOUNS and tok.lower not in _TALK_NOUNS:
            continue
        if tok.dep not in ("nsubj", "nsubjpass") or \
                sent.tokens[tok.head].lemma not in _TALKS_HAPPEN:
            continue
        lo, hi = sent.subtree(tok.i)
        if covered & set(range(lo, hi)):
            continue  # "talks between Dar and Muttaqi", "Pakistan-Afghan talks": named
        out.append(tok.i)
    return out


def _as_did(sent: Sentence, tok: Token) -> list[int]:
    """Who did the same, in an elliptical comparison: "Sharif condemned the attack, as did
    the army chief" (also "so did", "as did")."""
    return [s for c in kids(sent, tok.i, ("advcl", "conj"))
            if c.lemma == "do" and any(m.lower in ("as", "so") for m in sent.children(c.i))
            for s in subjects(sent, c.i)]


def _targets(sent: Sentence, i: int, trigger: Trigger) -> list[int]:
    heads: list[int] = []
    if trigger.xcomp:  # "threatened to attack army installations": what the threat is against
        for x in kids(sent, i, ("xcomp",)):
            if x.lemma in trigger.xcomp:
                heads.extend(direct_objects(sent, x.i))
    preps = [p for p in trigger.target if p not in ("dobj", "dative")]
    if "dobj" in trigger.target:
        heads.extend(direct_objects(sent, i))
    if "dative" in trigger.target:
        heads.extend(t.i for t in kids(sent, i, ("dative",)))
    if preps:
        heads.extend(prep_objects(sent, i, preps))
        for obj in direct_objects(sent, i):  # "held talks with X": the noun's own preposition
            # (or its load's: "sent a convoy of wheat for Afghan families")
            for noun in [obj, *_held(sent, obj)]:
                heads.extend(prep_objects(sent, noun, preps))
    return heads


def _held(sent: Sentence, i: int, depth: int = 2) -> list[int]:
    """What noun ``i`` is a measure or carrier of ("a total of 50,000 tonnes *of wheat*"),
    and the verb it carries it by ("trucks *carrying* food to the survivors")."""
    if depth == 0:
        return []
    out = [o.i for p in kids(sent, i, ("prep",)) if p.lower == "of"
           for o in kids(sent, p.i, ("pobj",))]
    out += [v.i for v in kids(sent, i, ("acl",)) if v.lemma in _CARRYING]
    return out + [k for j in out for k in _held(sent, j, depth - 1)]


def _modifier_forms(sent: Sentence, tok: Token) -> set[str]:
    """The noun's modifiers as words, hyphenated ones whole: the tokenizer splits
    "anti-terrorist" and "intelligence-based" into pieces the parser hangs on the noun."""
    mods = [c for c in sent.children(tok.i) if c.dep in ("compound", "amod", "nmod")]
    forms = {c.lemma.lower() for c in mods}
    if mods:
        first = min(sent.subtree(c.i)[0] for c in mods)
        words = sent.text[sent.tokens[first].start - sent.start:tok.start - sent.start]
        forms.update(w.lower() for w in re.findall(r"\w+(?:\s?-\s?\w+)+", words))
        forms = {re.sub(r"\s?-\s?", "-", f) for f in forms}
    return forms


#: CAMEO roots of the use of force and of force postures, and verbs that say at whom it aims.
_FORCE_ROOTS = frozenset({"15", "18", "19", "20"})
_AIMING_VERBS = frozenset({"target", "hit", "strike", "kill"})


#: Verbs that name what a free relative stands for: "what it called operations".
_NAMING_VERBS = frozenset({"call", "describe", "term", "dub", "label", "brand", "characterise",
                           "characterize"})


#: Prepositions that tell when a clause's subject did something relative to a meeting.
_AROUND_MEETING = frozenset({"after", "during", "at", "following", "before", "in"})


def _meeting_participant(sent: Sentence, tok: Token, trigger: Trigger) -> list[int]:
    """"After a meeting with X, Durrani described ...", "During his conversation with X, he
    said ...": who met X is the subject of the clause the meeting frames."""
    if not trigger.cameo_for(None).startswith("04") or tok.dep != "pobj" or \
            tok.head == tok.i or not prep_objects(sent, tok.i, ["with"]):
        return []
    prep = sent.tokens[tok.head]
    if prep.lower not in _AROUND_MEETING or prep.head == prep.i:
        return []
    clause = sent.tokens[prep.head]
    if clause.pos not in ("VERB", "AUX"):
        return []
    found = subjects(sent, clause.i)
    if not found and clause.dep in ("advcl", "csubj") and clause.tag == "VBG":
        found = subjects(sent, clause.head)  # "Talking to reporters after a meeting with X, Y ..."
    return found


def _named_object(sent: Sentence, tok: Token) -> int | None:
    """The verb whose object ``tok`` really is when a free relative names it: in "carried out
    what it called intelligence-based operations" the operations are what was carried out."""
    if tok.dep not in ("oprd", "attr", "dobj", "xcomp") or tok.head == tok.i:
        return None
    naming = sent.tokens[tok.head]
    if naming.lemma not in _NAMING_VERBS or naming.head == naming.i:
        return None
    if not any(c.lower == "what" and c.dep in ("dobj", "nsubjpass")
               for c in sent.children(naming.i)):
        return None
    outer = sent.tokens[naming.head]
    if naming.dep in ("ccomp", "dobj", "pobj") and outer.pos in ("VERB", "AUX"):
        return outer.i
    return None


def _noun_arguments(sent: Sentence, tok: Token, trigger: Trigger, light: frozenset[str],
                    index: MentionIndex) -> tuple[list[int], list[int]]:
    """Source and target heads of an event noun.

    The source is a "by" phrase, a possessor ("Pakistan's deportation campaign"), a modifier
    naming an actor ("Pakistani strikes", "TTP attacks"), or the subject of a light verb whose
    object the noun is ("Pakistan launched strikes"); the subject of any other verb is not the
    noun's doer ("Kabul condemned the strikes").
    """
    sources: list[int] = []
    for agent in kids(sent, tok.i, ("prep",)):
        if agent.lower == "by":
            sources.extend(c.i for c in kids(sent, agent.i, ("pobj",)))
    # a possessive pronoun ("its invasion") is the light verb's subject, found below
    sources.extend(c.i for c in kids(sent, tok.i, ("poss",))  # not "Saturday's attack"
                   if c.pos != "PRON" and c.ent_type not in ("DATE", "TIME"))
    if not sources:
        # "Pakistani strikes", "TTP attacks" name the doer; "a Pakistan suicide attack" names
        # where it happened (a state written as a noun modifier is a place)
        for c in kids(sent, tok.i, ("amod", "compound", "nmod")):
            mention = index.at(c.i)
            if c.text[:1].isupper() and mention is not None and not (
                    c.dep == "compound" and mention.actor.kind == "state"):
                sources.append(c.i)
    # the noun's place in its clause: "a second round *of talks*" stands where "round" does
    anchor = tok
    light_verb = -1
    head = sent.tokens[tok.head]
    if tok.dep == "pobj" and head.lower == "of" and \
            sent.tokens[head.head].lemma.lower() in MEASURE_NOUNS:
        anchor = sent.tokens[head.head]
        head = sent.tokens[anchor.head]
    anchor_dep = anchor.dep
    outer = _named_object(sent, anchor)
    if outer is not None:  # "carried out what it called operations": the operations' verb
        head, anchor_dep = sent.tokens[outer], "dobj"
    if not sources:
        verb = head
        if anchor_dep == "compound" and head.dep in ("dobj", "obj"):
            verb = sent.tokens[head.head]
            if not kids(sent, head.i, ("poss",)):
                anchor, anchor_dep = head, head.dep
        if anchor_dep in ("dobj", "obj") and verb.pos in ("VERB", "AUX") and \
                verb.lemma in light:
            sources.extend(agents(sent, verb.i) if is_passive(sent, verb.i)
                           else subjects(sent, verb.i))
            light_verb = verb.i
        elif anchor.dep == "nsubjpass" and verb.lemma in light:
            sources.extend(agents(sent, verb.i))
        if not sources and tok.dep == "compound":
            # "Pakistan's deportation campaign": the campaign's owner runs the deportations
            sources.extend(c.i for c in kids(sent, tok.head, ("poss",)) if c.pos != "PRON")
        if not sources:
            sources.extend(_meeting_participant(sent, tok, trigger))
    targets: list[int] = []
    preps = [p for p in trigger.target if p != "between"]
    targets.extend(prep_objects(sent, tok.i, preps))
    if anchor.i != tok.i and not targets:  # "a round of talks with X", "talks" via "round"
        targets.extend(prep_objects(sent, anchor.i, preps))
    if tok.dep == "compound" and not targets:  # "deportation campaign against Afghans"
        targets.extend(prep_objects(sent, tok.head, [*preps, "against"]))
    if light_verb >= 0 and not targets:  # "staged a sit-in ... against the government"
        targets.extend(prep_objects(sent, light_verb, [p for p in preps if p != "in"]))
    if light_verb >= 0 and not targets and trigger.cameo_for(None)[:2] in _FORCE_ROOTS:
        # "carried out operations in Khost, targeting the X group"
        for clause in kids(sent, light_verb, ("advcl", "xcomp")):
            if clause.lemma in _AIMING_VERBS:
                targets.extend(direct_objects(sent, clause.i))
    if not sources and trigger.both_ways and targets and tok.dep == "pobj":
        # "23 of its soldiers were killed in clashes with Afghan forces": the side that lost
        # them is the other party to the clashes
        prep = sent.tokens[tok.head]
        verb = sent.tokens[prep.head]
        if prep.lower in ("in", "during") and verb.lemma in CASUALTY_VERBS:
            # ("were killed and 29 wounded in clashes": the first conjunct's subject)
            for v in dict.fromkeys((verb.i, first_conjunct(sent, verb.i))):
                sources.extend(t.i for t in kids(sent, v, ("nsubjpass", "nsubj")))
    between = prep_objects(sent, tok.i, ["between"])
    if between and not sources:
        sources, targets = between[:1], between[1:]
    elif between:
        targets.extend(between)
    asking = trigger.cameo_for(None)[:2] in ("02", "10")
    holders = [tok.i] + ([tok.head] if tok.dep == "compound" else [])
    for acl in (a for h in holders for a in kids(sent, h, ("acl",))):
        # "strikes targeting X", "a deportation campaign targeting foreigners"
        if asking:
            break  # "a request to extradite X": X is what is asked for, not who is asked
        targets.extend(direct_objects(sent, acl.i))
        targets.extend(prep_objects(sent, acl.i, ["at", "against", "on"]))
    head = sent.tokens[tok.head]
    if not targets and asking and \
            tok.dep in ("dobj", "obj", "nsubjpass") and head.lemma in RESPONSE_VERBS:
        # "Kabul turned down Islamabad's request": the request was made to whoever answers it
        targets.extend(agents(sent, head.i) if tok.dep == "nsubjpass" else subjects(sent, head.i))
    return sources, targets
