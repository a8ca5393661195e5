"""Linking syntactic arguments (subject, object, prepositional phrase) to actor mentions."""

from __future__ import annotations

from dyadwatch.model import ActorMention, Event, Sentence, Token
from dyadwatch.ontology.lexicon import load_lexicon
from dyadwatch.stages.syntax import (
    agents,
    conjuncts,
    direct_objects,
    first_conjunct,
    kids,
    mention_at,
    prep_objects,
    subjects,
)

#: Types whose coordinated parties, with no other recipient, act with each other.
PAIRING_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE", "RETREAT", "SUPPORT"})
#: ... but not these codes: mediators do not meet each other, praise is not mutual.
NOT_PAIRING_CODES = frozenset({"045", "051", "018", "054"})
#: Types whose object may be an earlier event ("condemned the strikes", "denied the claims").
REFERRING_TYPES = frozenset({"ACCUSE", "REJECT", "THREATEN", "REQUEST"})
#: Verbs that report an attack's toll ("killing 12", "the strikes killed 12").
CASUALTY_VERBS = frozenset({"kill", "injure", "wound", "martyr", "hurt", "claim"})
#: "opened fire to disperse the demonstrators": the purpose's object is the target.
_PURPOSE_VERBS = frozenset({"disperse", "target", "hit", "stop", "repel", "push"})
_ATTACK_NOUNS = frozenset({"strike", "airstrike", "attack", "bombing", "shelling", "raid",
                           "operation", "bombardment", "killing", "violation", "incursion",
                           "hijacking", "assault", "firing", "aggression", "blast"})
_CLAIM_NOUNS = frozenset({"claim", "allegation", "accusation", "charge", "assertion",
                          "remark", "statement", "report", "propaganda"})

# Dependents to look through when the argument's head is not itself an actor mention:
# "a delegation *from* the Taliban", "Pakistan's envoy, *Asif Durrani*", "the *TTP* fighters".
_THROUGH_FIRST = ("appos",)
_THROUGH_NEXT = ("compound", "poss", "amod", "nmod")
_THROUGH_PREPS = frozenset({"from", "of", "led", "for"})  # "a spokesman for the group"
_AFFILIATION_VERBS = frozenset({"lead", "link", "affiliate", "associate", "belong", "tie",
                                "connect", "head"})


#: Nouns naming places: a nationality adjective on them says where, not who.
_PLACE_HEADS = frozenset({"town", "city", "village", "district", "province", "area", "region",
                          "territory", "soil", "valley", "border"})


class MentionIndex:
    """Which actor mention covers which token of one sentence."""

    def __init__(self, sent: Sentence, mentions: list[ActorMention],
                 pairs: dict[int, list[ActorMention]] | None = None) -> None:
        self.sent = sent
        self.mentions = mentions
        self.pairs = pairs or {}
        self._at: dict[int, ActorMention] = {}
        self._all: dict[int, list[ActorMention]] = {}
        for mention in mentions:
            for i in range(mention.token_start, mention.token_end):
                self._at.setdefault(i, mention)
                self._all.setdefault(i, []).append(mention)

    def at(self, i: int) -> ActorMention | None:
        """The mention covering token ``i``, if any."""
        return self._at.get(i)

    def actor_of(self, i: int, depth: int = 0) -> ActorMention | None:
        """The actor an argument headed by token ``i`` stands for, looking through appositions,
        compounds, possessives and "of"/"from" phrases when ``i`` itself is no mention."""
        direct = self._at.get(i)
        if direct is not None or depth > 3:
            return direct
        sent = self.sent
        for child in kids(sent, i, _THROUGH_FIRST):
            found = self.actor_of(child.i, depth + 1)
            if found is not None:
                return found
        for child in kids(sent, i, ("prep", "acl")):
            if child.lower in _THROUGH_PREPS or child.lemma in _AFFILIATION_VERBS:
                for obj in kids(sent, child.i, ("pobj", "agent")):
                    found = self.actor_of(obj.i, depth + 1)
                    named = [m for a in kids(sent, obj.i, ("appos",))
                             for m in [self._at.get(a.i)] if m is not None and
                             m.actor.kind == "person"]
                    if found is not None and found.actor.kind == "state" and named:
                        # "the special representative for Afghanistan, Mohammad Sadiq":
                        # the name (parsed onto the country) is the representative's
                        return named[0]
                    if found is not None:
                        return found
                for prep in kids(sent, child.i, ("prep",)):  # "a commander linked to the TTP"
                    if prep.lower in ("to", "with"):
                        for obj in kids(sent, prep.i, ("pobj",)):
                            found = self.actor_of(obj.i, depth + 1)
                            if found is not None:
                                return found
                for agent in kids(sent, child.i, ("agent",)):
                    for obj in kids(sent, agent.i, ("pobj",)):
                        found = self.actor_of(obj.i, depth + 1)
                        if found is not None:
                            return found
        place_noun = sent.tokens[i].lemma.lower() in _PLACE_HEADS
        for child in kids(sent, i, _THROUGH_NEXT):
            found = self._at.get(child.i)
            if found is not None and not (place_noun and found.actor.kind == "state"):
                return found  # ("the Pakistani border town" is a place, not Pakistan)
        return None

    def _named_members(self, i: int) -> list[int]:
        """Heads of the members a collective names: "countries *including* Qatar and Iran",
        "groups *such as* the TTP", "neighbours *like* Iran" (none when it names none)."""
        sent = self.sent
        out: list[int] = []
        for prep in kids(sent, i, ("prep",)):
            such_as = prep.lower == "as" and prep.i > 0 and sent.tokens[prep.i - 1].lower == "such"
            if prep.lower in ("including", "like") or such_as:
                out.extend(o.i for o in kids(sent, prep.i, ("pobj",)))
        for child in kids(sent, i, ("amod",)):
            if child.lower == "such":  # "such countries as Qatar and Iran"
                for prep in kids(sent, i, ("prep",)):
                    if prep.lower == "as":
                        out.extend(o.i for o in kids(sent, prep.i, ("pobj",)))
        return out

    def actors_of(self, heads: list[int]) -> list[ActorMention]:
        """Distinct actors for a list of argument heads (coordinated arguments included)."""
        out: list[ActorMention] = []
        seen: set[tuple[int, str]] = set()
        for head in heads:
            for j in conjuncts(self.sent, head):
                if j not in self.pairs:  # "border forces *of the two sides*": both sides'
                    j = next((o.i for p in kids(self.sent, j, ("prep",)) if p.lower == "of"
                              for o in kids(self.sent, p.i, ("pobj",)) if o.i in self.pairs), j)
                if j in self.pairs:  # "the two sides": both states
                    out.extend(m for m in self.pairs[j] if m.actor.key not in
                               {o.actor.key for o in out})
                    continue
                mention = self.actor_of(j)
                if mention is None:
                    # "several countries, including Qatar and Iran, called ...": the members
                    out.extend(m for m in self.actors_of(self._named_members(j))
                               if (m.start, m.actor.key) not in seen)
                    seen.update((m.start, m.actor.key) for m in out)
                    continue
                # one span may stand for several actors ("Pakistani and Afghan forces")
                for m in self._all.get(mention.token_start, [mention]):
                    if (m.start, m.actor.key) not in seen and m.token_start == mention.token_start:
                        seen.add((m.start, m.actor.key))
                        out.append(m)
        return out


def casualty_targets(sent: Sentence, i: int) -> list[int]:
    """Victims of an attack from the casualty clause around it: "X fired ..., killing Y",
    "Y were killed when X attacked", "the attack killed Y"."""
    out: list[int] = []
    tok = sent.tokens[i]
    for child in sent.children(i):
        if child.dep in ("advcl", "xcomp", "conj", "acl", "relcl") and (
                child.lemma in CASUALTY_VERBS or child.lemma in _PURPOSE_VERBS):
            out.extend(direct_objects(sent, child.i))
    if tok.dep in ("advcl", "conj") and tok.head != i:
        head = sent.tokens[tok.head]
        if head.lemma in CASUALTY_VERBS:
            # "6 were killed and 17 wounded when X fired": every coordinated casualty verb
            for v in conjuncts(sent, first_conjunct(sent, head.i)):
                if sent.tokens[v].lemma in CASUALTY_VERBS:
                    out.extend(t.i for t in kids(sent, v, ("nsubjpass",)))
    if tok.dep == "nsubj" and sent.tokens[tok.head].lemma in CASUALTY_VERBS:
        out.extend(direct_objects(sent, tok.head))
    if tok.dep == "pobj" and tok.head != i:  # "46 people were killed in air strikes"
        prep_tok = sent.tokens[tok.head]
        verb = sent.tokens[prep_tok.head]
        if prep_tok.lower in ("in", "during", "by", "from") and verb.lemma in CASUALTY_VERBS:
            out.extend(t.i for t in kids(sent, verb.i, ("nsubjpass",)))
    return out


def refer_back(sent: Sentence, tok: Token, plover: str, source: ActorMention,
               history: list[Event]) -> ActorMention | None:
    """An object that names an earlier event stands for that event's actor: "condemned the
    strikes" targets whoever struck; "denied the claims" targets whoever made them.

    The result is a mention of the earlier actor at the words that refer to it."""
    objects = direct_objects(sent, tok.i) + prep_objects(sent, tok.i, ["of", "over", "for",
                                                                        "about", "against"])
    for j in objects:
        noun = sent.tokens[j]
        lemma = noun.lemma.lower()
        wanted = None
        if lemma in _ATTACK_NOUNS and plover in ("ACCUSE", "THREATEN", "REQUEST"):
            wanted = "ASSAULT"
        elif lemma in _CLAIM_NOUNS and plover == "REJECT":
            wanted = "ACCUSE"
        if wanted is None:
            continue
        definite = any(c.dep == "det" and c.lower in ("the", "these", "those", "this")
                       for c in sent.children(j))
        lo, hi = sent.subtree(j)
        # "the April terror attack in Pahalgam" is not the strike on Khost reported before
        places = [e.text for e in sent.entities if e.label in ("GPE", "LOC", "FAC")
                  and lo <= e.token_start < hi]
        for earlier in reversed(history[-40:]):
            if places and not any(p in earlier.evidence.text for p in places):
                continue
            if wanted == "ASSAULT" and sent.index - earlier.sentence > 6 and not definite:
                break  # "condemned an attack" speaks of a recent attack, not any attack;
                # "condemned the strikes" of the strikes the story told before
            if earlier.coding.plover != wanted or earlier.source.actor.key == source.actor.key:
                continue
            if wanted == "ASSAULT" and earlier.source.actor.country == source.actor.country:
                continue  # one does not condemn one's own side's attack
            if wanted == "ACCUSE" and earlier.target is not None and \
                    earlier.target.actor.country != source.actor.country:
                continue  # a denial answers an accusation made against the denier
            return mention_at(sent, lo, hi, earlier.source.actor, "event", head=j)
    return None


#: Nouns for what parties decided together: welcoming one supports them.
_DECISION_NOUNS = frozenset({"decision", "agreement", "deal", "ceasefire", "truce", "accord",
                             "understanding", "announcement"})
#: The events such a noun can stand for.
_DECIDED = frozenset({"AGREE", "RETREAT", "CONCEDE", "COOPERATE", "SUPPORT"})


def decision_parties(sent: Sentence, tok: Token, source: ActorMention, history: list[Event]
                     ) -> list[ActorMention]:
    """"China welcomed the decision": support for the parties that made the decision told
    just before (an agreement, a ceasefire), each of them."""
    for j in direct_objects(sent, tok.i):
        noun = sent.tokens[j]
        if noun.lemma.lower() not in _DECISION_NOUNS:
            continue
        decided = [e for e in history[-40:] if e.coding.plover in _DECIDED and
                   0 <= sent.index - e.sentence <= 8]
        if not decided:
            continue
        # every party to what the last sentence that told a decision told
        last = [e for e in decided if e.sentence == decided[-1].sentence]
        parties: dict[str, ActorMention] = {}
        for e in last:
            for m in (e.source, e.target):
                if m is not None and m.actor.key != source.actor.key:
                    parties.setdefault(m.actor.key, m)
        lo, hi = sent.subtree(j)
        return [mention_at(sent, lo, hi, m.actor, "event", head=j) for m in parties.values()]
    return []


def last_attacker_of(sent: Sentence, tok: Token, source: ActorMention, history: list[Event]
                     ) -> list[ActorMention]:
    """Whom a party vows to answer ("said the Islamic Emirate would respond"): the foreign
    party whose attack was told last, in the few sentences before."""
    for earlier in reversed(history[-40:]):
        if sent.index - earlier.sentence > 8:
            break
        if earlier.coding.plover != "ASSAULT" or \
                earlier.source.actor.country in (None, source.actor.country):
            continue  # a response answers a foreign attack (on the party or on its soil)
        return [mention_at(sent, tok.i, tok.i + 1, earlier.source.actor, "implied", head=tok.i)]
    return []


def accuser_of(sent: Sentence, tok: Token, source: ActorMention, history: list[Event]
               ) -> ActorMention | None:
    """Whom a denial answers when the text leaves it implicit ("Kabul denies that it shelters
    militants"): the last party that accused the denier in the document."""
    for earlier in reversed(history[-40:]):
        if earlier.coding.plover != "ACCUSE" or earlier.target is None:
            continue
        if earlier.target.actor.country != source.actor.country or \
                earlier.source.actor.country == source.actor.country:
            continue
        return mention_at(sent, tok.i, tok.i + 1, earlier.source.actor, "implied", head=tok.i)
    return None


def clause_target(sent: Sentence, tok: Token, source: ActorMention, index: MentionIndex
                  ) -> ActorMention | None:
    """Whom an accusation, warning, demand or denial is about when it has no object actor:
    the party its complement clause names ("alleged that *the Taliban* were fighting a proxy
    war", "warned that if *Pakistan* violated ..."), or the doer its object names
    ("condemned what he called provocations *by Afghanistan*", "condemned *the Pakistani*
    strikes"). The speaker's own side is skipped: one warns the other side."""
    candidates: list[int] = []
    for clause in kids(sent, tok.i, ("ccomp", "acl")):  # "accused ... that", "accusation that"
        candidates.extend(subjects(sent, clause.i) or agents(sent, clause.i))
        lo, hi = sent.subtree(clause.i)
        candidates.extend(range(lo, hi))
    for obj in direct_objects(sent, tok.i):
        lo, hi = sent.subtree(obj)
        for j in range(lo, hi):
            t = sent.tokens[j]
            if (t.dep in ("poss", "amod", "compound") and _names_the_act(sent, t.head, obj)) or (
                    t.dep == "pobj" and sent.tokens[t.head].lower == "by"):
                candidates.append(j)
    for j in candidates:
        mention = index.actor_of(j)
        if mention is None or mention.actor.key == source.actor.key:
            continue
        if mention.actor.country is None and source.actor.country is not None:
            continue
        if mention.actor.country == source.actor.country and \
                _is_state(mention.actor.sector) == _is_state(source.actor.sector):
            continue  # the speaker's own side; a state and its insurgents are two sides
        return mention
    return None


def _names_the_act(sent: Sentence, head: int, obj: int) -> bool:
    """A modifier names the doer of what is condemned or denied when it modifies the object
    itself or an event noun ("the *Pakistani* strikes"), not a place inside it ("a mosque
    inside the *Peshawar police* lines")."""
    if head == obj:
        return True
    tok = sent.tokens[head]
    return tok.lemma.lower() in load_lexicon().nouns or tok.lower in load_lexicon().nouns


_STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})


def _is_state(sector: str) -> bool:
    return sector in _STATE_SECTORS


#: Types whose counterpart a "with" phrase anywhere in the trigger's phrase names ("called off
#: the ceasefire it had agreed *with the government*", "the end of its truce *with* Kabul").
WITH_TYPES = frozenset({"SANCTION", "RETREAT", "AGREE", "CONSULT", "COOPERATE", "REJECT",
                        "COERCE", "CONCEDE"})


def with_counterparts(sent: Sentence, tok: Token, sources: list[ActorMention],
                      index: MentionIndex) -> list[ActorMention]:
    """Actors of "with"/"between" phrases inside the trigger's phrase, other than its sources
    and outside its subject."""
    lo, hi = sent.subtree(tok.i)
    subject_tokens: set[int] = set()
    for subj in subjects(sent, tok.i):
        a, b = sent.subtree(subj)
        subject_tokens.update(range(a, b))
    own = {m.actor.key for m in sources}
    out: list[ActorMention] = []
    for j in range(lo, hi):
        prep = sent.tokens[j]
        if j in subject_tokens or prep.dep != "prep" or prep.lower not in ("with", "between"):
            continue
        for obj in kids(sent, j, ("pobj",)):
            for c in conjuncts(sent, obj.i):
                mention = index.actor_of(c)
                if mention is not None and mention.actor.key not in own and \
                        mention.actor.key not in {m.actor.key for m in out}:
                    out.append(mention)
    return out
