"""Occasions: the meetings, ceremonies and attacks an article dates once and then refers back
to ("The meeting was held on June 30 ... On the sidelines, the delegation met ...", "Tuesday's
attack ... Hours after the attack, the Foreign Secretary summoned ..."). Used by the dates stage:
an event told at a definite occasion ("at the meeting", "during the visit", "on the
sidelines") happened when that occasion did.

Two kinds are told apart, because a talk is not an attack: gatherings (meetings, sessions,
visits, ceremonies) and violence (attacks, bombings, strikes). A reference picks the latest
occasion of its kind dated earlier in the article.
"""

from __future__ import annotations

from dataclasses import dataclass

from dyadwatch.model import Sentence, Token
from dyadwatch.stages.syntax import ancestors, where_clauses

GATHERING = "gathering"
VIOLENCE = "violence"

#: Nouns that name a gathering; a definite one ("the session") refers back to the last dated.
_GATHERING_NOUNS = frozenset({
    "meeting", "session", "summit", "conference", "ceremony", "inauguration", "talk", "talks",
    "dialogue", "visit", "trip", "funeral", "gathering", "jirga", "negotiation",
    "negotiations", "consultation", "consultations", "round", "briefing", "sideline",
    "sidelines", "forum", "event", "reception", "sitting", "moot", "huddle", "speech"})
#: Verbs whose date is a gathering's ("the envoys met on Sunday").
_GATHERING_VERBS = frozenset({"meet", "convene", "gather", "host", "attend", "visit", "open",
                              "chair", "inaugurate", "hold"})
_VIOLENT_NOUNS = frozenset({
    "attack", "attacks", "bombing", "bombings", "blast", "blasts", "explosion", "strike",
    "strikes", "airstrike", "airstrikes", "raid", "raids", "shelling", "clash", "clashes",
    "firing", "assault", "ambush", "siege", "shooting", "massacre", "killing", "killings",
    "skirmish", "skirmishes", "incident"})
_VIOLENT_VERBS = frozenset({"attack", "strike", "bomb", "raid", "shell", "storm", "ambush",
                            "kill", "explode", "clash"})
#: Nouns a gathering-verb's object must be for the date to be that gathering's ("held talks
#: on Monday", not "held the TTP responsible on Monday").
_HELD = frozenset({"hold", "open", "chair", "inaugurate", "attend", "host"})
#: What "at/during/on the sidelines of/hours after the X" says: the event happened then.
_AT = frozenset({"at", "during", "on", "amid", "in", "following"})
#: What a speaker may have done at an occasion that places what he said there.
_PARTS = frozenset({"open", "address", "attend", "chair", "host", "inaugurate", "join",
                    "close", "lead", "head"})
_SOON = frozenset({"hours", "hour", "minutes", "shortly", "soon", "immediately", "moments",
                   "just"})
_DEFINITE = frozenset({"the", "this", "that"})


@dataclass(frozen=True, slots=True)
class Reference:
    """A definite mention of an occasion in a sentence: its kind and token."""

    kind: str
    token: int


def kind_of(tok: Token) -> str | None:
    """The occasion kind a noun or verb names, if any."""
    lemma = tok.lemma.lower()
    if tok.pos in ("NOUN", "PROPN"):
        word = tok.lower
        if word in _GATHERING_NOUNS or lemma in _GATHERING_NOUNS:
            return GATHERING
        if word in _VIOLENT_NOUNS or lemma in _VIOLENT_NOUNS:
            return VIOLENCE
        return None
    if tok.pos == "VERB":
        if lemma in _VIOLENT_VERBS:
            return VIOLENCE
        if lemma in _GATHERING_VERBS and lemma not in _HELD:
            return GATHERING
    return None


def dated_kinds(sent: Sentence, date_token: int) -> set[str]:
    """The kinds of occasion a date expression dates: the occasion noun it modifies
    ("Tuesday's attack", "the bombing on Monday"), or the clause it belongs to — its verb
    ("met on Sunday"), the occasion that is the verb's subject or object ("the meeting was
    held on June 30", "held talks on Monday") or where the verb took place ("speaking on
    Wednesday at the inauguration"). A clause about the future dates nothing yet."""
    kinds: set[str] = set()
    for j in ancestors(sent, date_token):
        tok = sent.tokens[j]
        kind = kind_of(tok)
        if tok.pos in ("NOUN", "PROPN") and kind:
            return {kind}
        if tok.pos not in ("VERB", "AUX"):
            continue
        if any(c.lower in ("will", "would", "shall", "to") for c in sent.children(j)
               if c.dep in ("aux", "auxpass")):
            return set()
        around = [c for c in sent.children(j) if c.dep in ("nsubj", "nsubjpass", "dobj")]
        around += [g for c in sent.children(j) if c.dep == "prep" and c.lower in ("at", "during")
                   for g in sent.children(c.i) if g.dep == "pobj"]
        # "flew to Astana on Tuesday, where they attended a summit": the summit's day too
        for where in _where_clauses_of(sent, j):
            around += [where, *(c for c in sent.children(where.i)
                                if c.dep in ("dobj", "nsubjpass"))]
        kinds.update(k for t in [tok, *around] for k in [kind_of(t)] if k)
        return kinds
    return kinds


def _where_clauses_of(sent: Sentence, verb: int) -> list[Token]:
    """The "where" clauses on the places or days of ``verb``'s own clause."""
    return [tok for tok in where_clauses(sent) if _clause_of(sent, tok.head) == verb]


def references(sent: Sentence, scope: set[int]) -> list[Reference]:
    """Definite occasions the clause of an event is told at: "at the meeting", "during the
    visit", "on the sidelines (of the summit)", "hours after the attack" — attached to the
    event's trigger, a predicate above it, or a participle clause on it ("Speaking at the
    ceremony, X said ...")."""
    out: list[Reference] = []
    for tok in sent.tokens:
        kind = kind_of(tok) if tok.pos in ("NOUN", "PROPN") else None
        if kind is None or tok.head == tok.i or not is_definite(sent, tok.i) or \
                _in_series(sent, tok.i):
            continue
        if tok.dep == "dobj" and _participant(sent, sent.tokens[tok.head], scope):
            out.append(Reference(kind, tok.i))  # "Khan, who opened the session, said ..."
            continue
        if tok.dep != "pobj":
            continue
        prep = sent.tokens[tok.head]
        if prep.lower == "of" and prep.head != prep.i:
            # "on the sidelines of the summit": the sidelines are the summit's
            outer = sent.tokens[prep.head]
            if outer.lower not in ("sideline", "sidelines") or outer.dep != "pobj":
                continue
            prep = sent.tokens[outer.head]
        attached = _told_at(sent, prep)
        if attached is None and prep.lower == "after" and kind == GATHERING and \
                prep.head != prep.i:
            attached = prep.head  # "a joint statement after the meeting": the meeting's day
        if attached is None:
            continue
        if attached not in scope and not _participle_on(sent, attached, scope) and not (
                (prep.lower == "during" or tok.lower == "sidelines") and
                _clause_of(sent, attached) in scope):
            continue  # (a circumstance parsed onto a noun: "met delegations on the sidelines")
        out.append(Reference(kind, tok.i))
    return out


def _clause_of(sent: Sentence, i: int) -> int | None:
    """The nearest verb above token ``i`` (itself when it is one)."""
    for j in [i, *ancestors(sent, i)]:
        if sent.tokens[j].pos in ("VERB", "AUX"):
            return j
    return None


def _participant(sent: Sentence, verb: Token, scope: set[int]) -> bool:
    """A relative clause on the event's subject saying its part in the occasion ("Imran
    Khan, who opened the session, said ...")."""
    if verb.dep != "relcl" or verb.lemma.lower() not in _PARTS or verb.head == verb.i:
        return False
    # (the parser may hang the clause on a noun inside the subject: "Pakistan's envoy for
    # Afghanistan, who attended the meeting, urged ...")
    node = sent.tokens[verb.head]
    for _ in range(3):
        if node.dep in ("nsubj", "nsubjpass"):
            return node.head in scope
        if node.dep not in ("pobj", "prep", "appos", "compound") or node.head == node.i:
            return False
        node = sent.tokens[node.head]
    return False


#: Adjectives that place an occasion in a series ("his first visit", "their latest talks").
_SERIES = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                     "eighth", "ninth", "tenth", "last", "latest", "next", "previous", "maiden",
                     "inaugural"})


def is_definite(sent: Sentence, i: int) -> bool:
    """The noun ``i`` has a definite determiner ("*the* meeting", "*this* attack") or a
    possessive pronoun ("*his* speech")."""
    return any((c.dep == "det" and c.lower in _DEFINITE) or
               (c.dep == "poss" and c.pos == "PRON") for c in sent.children(i))


def _in_series(sent: Sentence, i: int) -> bool:
    """The occasion is named by its place in a series ("the *fourth* round of the strategic
    dialogue", "his *first* visit"): a new one is introduced, not one told before."""
    return any(c.dep in ("amod", "nummod") and (c.lower in _SERIES or c.ent_type == "ORDINAL")
               for c in sent.children(i))


def _told_at(sent: Sentence, prep: Token) -> int | None:
    """The token a preposition that places an event at an occasion attaches to, or None."""
    if prep.lower in _AT:
        return prep.head
    if prep.lower == "for" and any(c.dep == "pobj" and kind_of(c) == GATHERING
                                   for c in sent.children(prep.i)):
        return prep.head  # "hosted the ministers for the talks": at the talks
    if prep.lower in ("after", "before"):  # "a day before the strikes", "two days after"
        if any(c.lemma.lower() == "day" and c.dep == "npadvmod" for c in sent.children(prep.i)):
            return prep.head
        head = sent.tokens[prep.head]
        if head.lemma.lower() == "day" and head.dep == "npadvmod" and head.head != head.i:
            return head.head  # parsed as "[A day [before the strikes]]"
    if prep.lower == "after":  # "hours after the attack", "shortly after the meeting"
        if any(c.lower in _SOON for c in sent.children(prep.i)
               if c.dep in ("npadvmod", "advmod")):
            return prep.head
        head = sent.tokens[prep.head]
        if head.lower in _SOON and head.head != head.i:  # parsed as "[Hours [after X]]"
            return head.head
    return None


def _participle_on(sent: Sentence, i: int, scope: set[int]) -> bool:
    tok = sent.tokens[i]
    return tok.tag == "VBG" and tok.dep in ("advcl", "acl") and tok.head in scope
