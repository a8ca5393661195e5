"""Events carried by a clause's shape rather than by one trigger word.

- "X said Y must/should act" is a REQUEST by X to Y ("X told Z that talks should be held":
  to Z);
- "X said Y was behind / responsible for the attacks" is an ACCUSE by X against Y;
- "X said Y would respond" is a THREAT by Y (against whoever attacked Y's side last);
- "X will not allow its territory/soil (or anyone, any group) to be used ..." is an
  assurance: AGREE by X;
- "X is concerned about/by Y" is a disapproval: ACCUSE by X (against Y when Y is an actor);
- "X is ready/willing/committed to ..." is an offer (AGREE), "unwilling to ..." a refusal
  (REJECT), "prepared to impose ..." a threat (THREATEN);
- "the two sides", "both countries" stand for the two states the article is about.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from dyadwatch.model import ActorMention, Sentence, Token
from dyadwatch.ontology.lexicon import Trigger
from dyadwatch.stages.syntax import (
    agents,
    aux_words,
    is_negated,
    is_passive,
    kids,
    prep_objects,
    subjects,
)

_OBLIGATION = frozenset({"must", "should"})
_WILL = frozenset({"will", "would", "shall"})
#: What a party vows to do back ("would respond", "will retaliate").
_RESPONSES = frozenset({"respond", "avenge", "react"})
_AUDIENCES = frozenset({"reporter", "journalist", "press", "media", "newsman", "audience",
                        "crowd", "gathering", "rally", "supporter", "correspondent"})
_BLAME_NOUNS = frozenset({"attack", "attacks", "violence", "bombing", "bombings", "blast",
                          "killing", "killings", "terrorism", "strike", "strikes", "unrest",
                          "insurgency", "militancy", "assault", "hijacking", "incident"})
_CONCERN = frozenset({"concerned", "worried", "alarmed", "troubled", "disturbed"})
_SAFE_HAVEN_WORDS = frozenset({"territory", "soil", "land"})
#: Whom an assurance is about: "will not allow anyone / any group / elements to ...".
_SPOILERS = frozenset({"anyone", "anybody", "element", "group", "militant", "terrorist",
                       "individual", "organisation", "organization", "spoiler"})
_PAIR_NOUNS = frozenset({"side", "sides", "country", "countries", "neighbour", "neighbours",
                         "neighbor", "neighbors", "government", "governments", "party",
                         "parties", "nation", "nations", "delegation", "delegations"})


@dataclass(frozen=True)
class Construction:
    """A clause-level event: its trigger token, the coding trigger, and argument heads."""

    token: Token
    trigger: Trigger
    sources: list[int]
    targets: list[int]


def _trigger(name: str, cameo: str) -> Trigger:
    return Trigger(lemma=name, cameo=cameo, target=())


def constructions(sent: Sentence, speech: frozenset[str]) -> list[Construction]:
    """Every clause-level event of ``sent`` (see the module docstring)."""
    out: list[Construction] = []
    for tok in sent.tokens:
        if tok.lemma in speech and tok.pos in ("VERB", "AUX"):
            speakers = subjects(sent, tok.i)
            # "told the envoy that ...": whom the speaker addressed; an audience
            # ("told reporters") is told, not asked
            addressees = [c.i for c in kids(sent, tok.i, ("dobj", "dative"))
                          if c.lemma not in _AUDIENCES]
            for clause in kids(sent, tok.i, ("ccomp",)):
                out.extend(_reported(sent, clause, speakers, addressees))
        if tok.lemma in ("allow", "let", "permit", "tolerate") and is_negated(sent, tok.i) and \
                any(a in ("will", "would", "shall") for a in aux_words(sent, tok.i)):
            lo, hi = sent.subtree(tok.i)
            # "will not allow its soil to be used", "would not allow elements to threaten ..."
            if any(t.lemma in _SAFE_HAVEN_WORDS or t.lemma in _SPOILERS
                   for t in sent.tokens[lo:hi]):
                out.append(Construction(tok, _trigger("construction:assurance", "030"),
                                        subjects(sent, tok.i), []))
        if tok.lower in _READINESS and tok.dep in ("acomp", "amod", "oprd") or (
                tok.lower in _READINESS and tok.pos == "VERB" and tok.tag == "VBN"):
            found = _readiness(sent, tok)
            if found is not None:
                out.append(found)
        if tok.lower in _CONCERN and tok.pos in ("ADJ", "VERB"):
            head = sent.tokens[tok.head]
            if tok.pos == "VERB":  # "was deeply concerned by reports" parsed as a passive
                who = subjects(sent, tok.i) if any(
                    c.dep == "auxpass" for c in sent.children(tok.i)) else []
            else:
                who = subjects(sent, head.i) if tok.dep in ("acomp", "attr") else []
            what = prep_objects(sent, tok.i, ["about", "over", "by", "at", "regarding"])
            if who:
                out.append(Construction(tok, _trigger("construction:concern", "111"), who,
                                        what))
    return out


#: "ready / willing / prepared / committed to ...": a stated intent.
_READINESS = frozenset({"ready", "willing", "prepared", "committed", "determined", "keen",
                        "eager", "unwilling", "reluctant"})
_UNWILLING = frozenset({"unwilling", "reluctant"})
#: Actions whose announced readiness is a threat, not an offer ("prepared to impose martial
#: law", "ready to strike").
_FORCEFUL = frozenset({"attack", "strike", "impose", "fight", "retaliate", "respond", "expel",
                       "deport", "punish", "use", "launch", "target", "hit", "bomb", "destroy",
                       "sanction", "close", "seal", "cut", "suspend", "boycott", "evict",
                       "eliminate", "crush", "defend"})


def _readiness(sent: Sentence, tok: Token) -> Construction | None:
    """"X is ready to talk" is an offer (AGREE); "not willing to talk" or "unwilling to talk"
    a refusal (REJECT); "prepared to impose martial law" a threat (THREATEN). The target is
    the actor the complement acts on or with."""
    head = sent.tokens[tok.head]
    who = subjects(sent, head.i) if tok.dep == "acomp" else subjects(sent, tok.i)
    verbs = [c for c in kids(sent, tok.i, ("xcomp",))]
    for prep in kids(sent, tok.i, ("prep",)):  # "committed to opening up"
        if prep.lower == "to":
            verbs.extend(kids(sent, prep.i, ("pcomp", "pobj")))
    if not who or not verbs:
        return None
    verb = verbs[0]
    negated = is_negated(sent, head.i) or is_negated(sent, tok.i) or tok.lower in _UNWILLING
    if verb.lemma in _FORCEFUL:
        if negated:
            return None  # "not prepared to use force" is no threat, nor an event
        code = "138" if verb.lemma in ("attack", "strike", "fight", "bomb", "hit", "target",
                                       "retaliate", "launch", "destroy", "eliminate", "crush",
                                       "use") else "130"
    else:
        code = "120" if negated else "030"
    targets = [t.i for t in kids(sent, verb.i, ("dobj", "dative"))]
    targets += prep_objects(sent, verb.i, ["with", "to", "against", "on"])
    return Construction(tok, _trigger("construction:readiness", code), who, targets)


def _reported(sent: Sentence, clause: Token, speakers: list[int], addressees: list[int]
              ) -> list[Construction]:
    out: list[Construction] = []
    doers = subjects(sent, clause.i)
    if not doers or not speakers:
        return out
    auxes = aux_words(sent, clause.i)
    obliged = bool(_OBLIGATION & set(auxes)) or any(
        c.lemma in ("need", "have") and c.dep in ("xcomp",) for c in sent.children(clause.i))
    if obliged and not is_negated(sent, clause.i):
        # "told the envoy that problems should be resolved": with no one named to act (a
        # passive), the demand is made of the one addressed
        asked = doers if not is_passive(sent, clause.i) else \
            agents(sent, clause.i) or addressees
        out.append(Construction(clause, _trigger("construction:must", "020"), speakers, asked))
    if _vows_response(sent, clause, auxes):
        # "said the Islamic Emirate would respond", "would not leave the attack unanswered"
        against = [t.i for t in kids(sent, clause.i, ("dobj",))] + \
            prep_objects(sent, clause.i, ["against", "to"])
        out.append(Construction(clause, _trigger("construction:response", "130"), doers,
                                against))
    if clause.lemma == "be":
        blamed = any(sent.tokens[j].lower in _BLAME_NOUNS
                     for j in prep_objects(sent, clause.i, ["behind"]))
        for attr in kids(sent, clause.i, ("acomp", "attr")):
            if attr.lower == "responsible":
                blamed = blamed or any(sent.tokens[j].lower in _BLAME_NOUNS
                                       for j in prep_objects(sent, attr.i, ["for"]))
        if blamed and not is_negated(sent, clause.i):
            out.append(Construction(clause, _trigger("construction:blame", "112"), speakers,
                                    doers))
    return out


def _vows_response(sent: Sentence, clause: Token, auxes: list[str]) -> bool:
    """A reported clause in which a party says it will strike back: "would respond", "will
    react" ("would not leave the attack unanswered" is the lexicon's ``leave``)."""
    return bool(_WILL & set(auxes)) and clause.lemma in _RESPONSES and \
        not is_passive(sent, clause.i) and not is_negated(sent, clause.i)


def pair_words(sent: Sentence) -> list[int]:
    """Heads of "the two sides", "both countries" and the like."""
    out = []
    for tok in sent.tokens:
        if tok.lower in _PAIR_NOUNS and any(
                c.lower in ("two", "both") for c in sent.children(tok.i)):
            out.append(tok.i)
    return out


#: Number words that count the parties of a group ("the four countries").
_PARTY_COUNTS = {"three": 3, "four": 4, "five": 5, "six": 6}
#: Nouns that, counted, stand for the parties named before.
_PARTY_NOUNS = frozenset({"countries", "states", "governments", "ministers", "sides",
                          "delegations", "envoys", "neighbours", "neighbors", "nations"})


def counted_group_words(sent: Sentence) -> list[tuple[int, int]]:
    """Heads of "the four countries", "the three ministers" with their count."""
    out = []
    for tok in sent.tokens:
        if tok.lower not in _PARTY_NOUNS or not any(
                c.dep == "det" and c.lower == "the" for c in sent.children(tok.i)):
            continue
        counts = [_PARTY_COUNTS[c.lower] for c in sent.children(tok.i)
                  if c.dep == "nummod" and c.lower in _PARTY_COUNTS]
        if counts:
            out.append((tok.i, counts[0]))
    return out


def article_dyad(mentions: list[ActorMention]) -> tuple[ActorMention, ActorMention] | None:
    """The two states an article is most about: the two countries whose governments and
    states are mentioned most, represented by their first mentions."""
    counts: Counter[str] = Counter()
    first: dict[str, ActorMention] = {}
    for m in mentions:
        actor = m.actor
        if actor.country and actor.kb_id and actor.sector == "GOV" and \
                actor.kind in ("state", "government"):
            counts[actor.country] += 1
            first.setdefault(actor.country, m)
    top = [c for c, _ in counts.most_common(2)]
    return (first[top[0]], first[top[1]]) if len(top) == 2 else None
