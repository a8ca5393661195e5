"""Actors that are described rather than named: "Pakistani security forces", "the foreign
ministry", "Taliban officials", "the envoy"; and titles written around a person's name."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from dyadwatch.kb import KnowledgeBase
from dyadwatch.model import Actor, ActorMention, Sentence, Token
from dyadwatch.stages.actor_lexicon import GROUP_NOUNS, STATE_NOUNS, TITLES

#: Sectors of state institutions: an unqualified "the army" or "officials" is the article's own.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})
#: Nouns that are titles of a single person ("the envoy", "the minister"), not groups.
PERSON_TITLE_NOUNS = frozenset({
    "envoy", "minister", "spokesman", "spokesperson", "spokeswoman", "ambassador", "president",
    "premier", "adviser", "advisor", "secretary", "governor", "chief", "commander", "general",
    "representative", "diplomat", "official", "affaires",
})
_MODIFIER_DEPS = frozenset({"amod", "compound", "poss", "nmod", "npadvmod"})
#: Positions in which a noun phrase can be an actor (not a modifier of another noun).
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "obj", "pobj", "conj", "appos", "ROOT",
                            "attr", "dative", "agent", "oprd"})
_NORM_TITLES = {t.lower().replace("’", "'").replace(".", ""): s for t, s in TITLES.items()}
_TITLE_RE = re.compile(r"\b(" + "|".join(
    re.escape(t) for t in sorted(_NORM_TITLES, key=len, reverse=True)) + r")\b")
_PORTFOLIO_PREPS = frozenset({"for", "on", "to", "in", "of"})


def norm(text: str) -> str:
    """Lower case, straight apostrophes, no full stops."""
    return text.lower().replace("’", "'").replace(".", "").strip()


@dataclass
class ArticleContext:
    """What resolution needs to know about the article as a whole."""

    kb: KnowledgeBase
    on: date | None
    country: str | None
    people: list[ActorMention] = field(default_factory=list)


@dataclass(frozen=True)
class Title:
    """A title found around a name: the words as written, its sector, the country it names."""

    text: str
    sector: str
    country: str | None


def find_title(words: list[str], ctx: ArticleContext) -> Title | None:
    """The longest known title in ``words`` and the nationality written with it.

    A state named after "for/on/to" is the portfolio ("Envoy for Afghanistan"), not the country.
    """
    phrase = norm(" ".join(words)).replace(" 's", "'s")
    found = [m for m in _TITLE_RE.finditer(phrase)]
    if not found:
        return None
    best = max(found, key=lambda m: len(m.group(1)))
    country = None
    for k, word in enumerate(words):
        w = word.strip(",").replace("’s", "").replace("'s", "")
        state = ctx.kb.state_for_adjective(w) or ctx.kb.state_for_name(w)
        if state and not (k and norm(words[k - 1]) in _PORTFOLIO_PREPS):
            country = ctx.kb.actors[state].country
            break
    start = len(norm(" ".join(words))[:best.start()].split())
    written = " ".join(w for w in words[start:] if w not in (",",)).strip(" ,")
    return Title(written or best.group(1), _NORM_TITLES[best.group(1)], country)


def title_before(sent: Sentence, start: int, ctx: ArticleContext) -> Title | None:
    """A title written before a name ("Pakistan's Special Envoy for Afghanistan, Asif X")."""
    window: list[str] = []
    j = start - 1
    while j >= 0 and len(window) < 10:
        tok = sent.tokens[j]
        if tok.pos in ("VERB", "AUX") or (tok.pos == "PUNCT" and tok.text not in (
                "’s", "'s", ",", "-", ".", "’")):
            break
        if tok.text == "," and window:
            break
        if tok.ent_type == "PERSON" and tok.ent_iob != "O":
            break
        if tok.text != ",":
            window.insert(0, tok.text)
        j -= 1
    return find_title(window, ctx) if window else None


def title_after(sent: Sentence, end: int, ctx: ArticleContext) -> Title | None:
    """A title in apposition after a name ("Asif X, Pakistan's special envoy, said")."""
    if end >= len(sent.tokens) or sent.tokens[end].text != ",":
        return None
    window: list[str] = []
    for tok in sent.tokens[end + 1:end + 12]:
        if tok.text in (",", ";", ".") or tok.pos in ("VERB", "AUX"):
            break
        window.append(tok.text)
    return find_title(window, ctx) if window else None


def linked_person(sent: Sentence, i: int, people: set[int]) -> bool:
    """True when the title noun ``i`` belongs to a named person in the sentence: apposition
    ("the minister, X," / "X, the minister,"), coordination ("deputy PM and foreign minister,
    X"), or a name right after the title phrase ("Pakistani Ambassador to Qatar X")."""
    tok = sent.tokens[i]
    group = {i, *(c.i for c in sent.children(i) if c.dep == "conj")}
    if tok.dep == "conj":
        group.add(tok.head)
    for j in group:
        for child in sent.children(j):
            if child.dep == "appos" and child.i in people:
                return True
        if sent.tokens[j].dep == "appos" and sent.tokens[j].head in people:
            return True
        lo, hi = sent.subtree(j)
        if people & set(range(j + 1, hi)):
            return True
        k = hi
        if k < len(sent.tokens) and sent.tokens[k].text == ",":
            k += 1
        if k in people and k > j:
            return True
    return False


def describe(sent: Sentence, tok: Token, ctx: ArticleContext, people: set[int]
             ) -> tuple[Actor, int, str] | None:
    """The actor a descriptive noun phrase headed by ``tok`` stands for, with the phrase's first
    token and how it was resolved; None when the phrase says too little or names a person."""
    kb = ctx.kb
    sector = GROUP_NOUNS.get(tok.lower)
    if sector is None or tok.pos not in ("NOUN", "PROPN"):
        return None
    if tok.ent_type in ("ORG", "PERSON", "GPE", "FAC") and tok.ent_iob != "O":
        return None  # part of a name: entity resolution handles it
    if tok.dep not in _ARGUMENT_DEPS or (tok.lower == "media" and any(
            c.lower == "social" for c in sent.children(tok.i))):
        return None  # "fighter jets", "intelligence-based", "social media": not actors
    if tok.lower in PERSON_TITLE_NOUNS and linked_person(sent, tok.i, people):
        return None  # "the minister, Ishaq Dar": the person is the actor
    mods = [c for c in sent.children(tok.i) if c.dep in _MODIFIER_DEPS and c.i < tok.i]
    first = min([tok.i, *(sent.subtree(c.i)[0] for c in mods)])
    country, owner, words = None, None, []
    for mod in mods:
        lo, hi = sent.subtree(mod.i)
        phrase = " ".join(t.text for t in sent.tokens[lo:hi] if t.text not in ("'s", "’s"))
        state = (kb.state_for_adjective(phrase) or kb.state_for_name(phrase)
                 or kb.state_for_adjective(mod.text) or kb.state_for_name(mod.text))
        capital = kb.state_for_capital(mod.text) if mod.dep == "poss" else None
        if state or capital:
            state = state or capital
            assert state is not None
            country, owner = kb.actors[state].country, owner or state
            continue
        ids = kb.ids_for(phrase) if phrase[:1].isupper() else []
        if len(ids) == 1 and kb.actors[ids[0]].kind != "state":
            owner = ids[0]
            continue
        words.append(phrase)
    if country is None and owner is None:
        for prep in sent.children(tok.i):
            if prep.dep == "prep" and prep.lower in ("of", "from"):
                for obj in sent.children(prep.i):
                    if obj.dep != "pobj":
                        continue
                    lo, hi = sent.subtree(obj.i)
                    phrase = " ".join(t.text for t in sent.tokens[lo:hi])
                    state = kb.state_for_name(obj.text) or kb.state_for_capital(obj.text)
                    ids = kb.ids_for(phrase) if phrase[:1].isupper() else []
                    if state:
                        country, owner = kb.actors[state].country, state
                    elif len(ids) == 1:
                        owner = ids[0]  # "a delegation from the Afghan Taliban"
    actor = _resolve(kb, " ".join([*words, tok.text]), tok, sector, owner, country, ctx)
    return (actor, first, "description") if actor else None


def _resolve(kb: KnowledgeBase, phrase: str, tok: Token, sector: str, owner: str | None,
             country: str | None, ctx: ArticleContext) -> Actor | None:
    if owner and kb.actors[owner].kind == "party" and tok.lower in STATE_NOUNS:
        country_id = _state_of(kb, kb.actors[owner].country)
        if country_id:
            return kb.government(country_id, ctx.on)  # "the PDM administration"
    if owner and kb.actors[owner].kind != "state":
        return kb.actor(owner, ctx.on)  # "Taliban officials", "TTP militants", "UN officials"
    desc = kb.description_for(phrase) or kb.description_for(tok.text)
    if desc is not None:
        place = country or (ctx.country if desc.sector in STATE_SECTORS else None)
        state_id = owner if owner in kb.actors and kb.actors[owner].kind == "state" else None
        state_id = state_id or _state_of(kb, place)
        if state_id or desc.sector not in STATE_SECTORS:
            return kb.body(state_id, desc, ctx.on)
        return None
    if owner and tok.lower in STATE_NOUNS:
        return kb.government(owner, ctx.on)
    if country is None and sector in STATE_SECTORS:
        if ctx.country and (tok.lower in STATE_NOUNS or sector in ("MIL", "COP")):
            country = ctx.country  # "officials", "soldiers": the article's own country
        elif sector == "GOV":
            return None  # "a delegation", "the minister" with no country say too little
    name = f"{kb.actors[_state_of(kb, country) or ''].name} {tok.text}" \
        if _state_of(kb, country) else tok.text
    return Actor(name, country, sector, None, None, True, "group")


def _state_of(kb: KnowledgeBase, country: str | None) -> str | None:
    if country and country in kb.actors and kb.actors[country].kind == "state":
        return country
    return None
