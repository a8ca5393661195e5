"""Actors that are described rather than named: "Pakistani security forces", "the foreign
ministry", "Taliban officials", "the envoy"; and titles written around a person's name."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from dyadwatch.kb import KnowledgeBase
from dyadwatch.model import Actor, ActorMention, Sentence, Token
from dyadwatch.stages.actor_lexicon import (
    FACILITY_NOUNS,
    GROUP_NOUNS,
    MODIFIER_SECTORS,
    ORG_HEADS,
    STATE_NOUNS,
    TITLES,
)
from dyadwatch.stages.syntax import conjuncts, kids

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
                            "attr", "dative", "agent", "oprd", "poss"})
#: Heads of institution names whose "of ..." phrase is part of the name.
_INSTITUTION_HEADS = frozenset({"ministry", "department", "directorate", "commission", "office",
                                "authority", "council", "court", "committee", "division"})
_NORM_TITLES = {t.lower().replace("’", "'").replace(".", ""): s for t, s in TITLES.items()}
_TITLE_RE = re.compile(r"\b(" + "|".join(
    re.escape(t) for t in sorted(_NORM_TITLES, key=len, reverse=True)) + r")\b")
_PORTFOLIO_PREPS = frozenset({"for", "on", "to", "in", "of"})
_TITLE_TOKENS = frozenset(w for t in _NORM_TITLES for w in t.split())
#: Heads that are guessed to be a government's people unless a modifier says whose: "rebel
#: leaders", "opposition representatives" lead a rebellion or an opposition.
_LEADING_NOUNS = frozenset({"leader", "leaders", "representatives", "negotiators", "negotiator"})


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
    groups: list[tuple[ActorMention, str]] = field(default_factory=list)
    subject_heads: dict[tuple[int, int], bool] = field(default_factory=dict)
    #: each sentence's opening place's country, found once (asked for every phrase)
    openings: dict[int, str | None] = field(default_factory=dict)

    def country_in(self, sent: Sentence) -> str | None:
        """The country a sentence is told from: one that opens "In Beijing, ..." is told from
        China (its "foreign ministry" is China's); any other, from the article's country."""
        if sent.index not in self.openings:
            self.openings[sent.index] = opening_country(sent, self.kb)
        return self.openings[sent.index] or self.country


def opening_country(sent: Sentence, kb: KnowledgeBase) -> str | None:
    """The country of the place a sentence opens with ("In Beijing, the ministry said ...")."""
    tokens = sent.tokens
    if len(tokens) < 3 or tokens[0].lower != "in":
        return None
    objects = [t for t in tokens if t.dep == "pobj" and t.head == 0]
    if not objects:
        return None
    lo, hi = sent.subtree(objects[0].i)
    if hi >= len(tokens) or tokens[hi].text != ",":
        return None  # "In a statement, ..." is no place; only "In <place>, ..." is
    name = " ".join(t.text for t in tokens[lo:hi] if t.dep != "det")
    state = kb.state_for_capital(name) or kb.state_for_name(name)
    if state is not None:
        return kb.actors[state].country
    place = kb.place(name)
    return place.country if place is not None else None


@dataclass(frozen=True)
class Title:
    """What the words around a name say about the person: the title as written, sector,
    country, and the organisation named with it (a KB id)."""

    text: str | None
    sector: str
    country: str | None
    org: str | None = None


_GENERIC_TITLES = frozenset({"spokesman", "spokesperson", "spokeswoman", "official", "chief",
                             "commander", "head", "representative", "member", "director general",
                             "dg", "adviser", "advisor", "leader", "secretary", "director"})
#: Prepositions after which a state or place names a portfolio or a posting, not a nationality.
_NOT_NATIONALITY = frozenset({"for", "on", "to", "in", "at", "with", "against"})


def _org_in(words: list[str], ctx: ArticleContext) -> tuple[str, int, int] | None:
    """The longest run of words naming a non-state KB actor (a group, party, agency, IGO)."""
    kb = ctx.kb
    best: tuple[str, int, int] | None = None
    for i in range(len(words)):
        for j in range(min(len(words), i + 7), i, -1):
            phrase = " ".join(words[i:j]).replace(" 's", "").replace(" ’s", "")
            if not phrase[:1].isupper() or best and j - i <= best[2] - best[1]:
                continue
            ids = kb.ids_for(phrase)
            if len(ids) == 1 and kb.actors[ids[0]].kind not in ("state", "person"):
                best = (ids[0], i, j)
    return best


def find_title(words: list[str], ctx: ArticleContext) -> Title | None:
    """Describe a person from the words written around the name (see ``Title``).

    Priority: an organisation in the words gives country and sector ("a TTP commander", "NDS
    spokesman", "UNHCR's representative"); a group noun refines a generic title ("police
    spokesman" -> COP); a nationality or a place gives the country ("Balochistan police chief");
    a title word gives the sector. A state or place after "for/to/in" is a portfolio or posting.
    """
    if not words:
        return None
    kb = ctx.kb
    phrase = norm(" ".join(words)).replace(" 's", "'s")
    found = [m for m in _TITLE_RE.finditer(phrase)]
    best = max(found, key=lambda m: len(m.group(1))) if found else None
    org = _org_in(words, ctx)
    org_actor = kb.actor(org[0], ctx.on) if org else None
    country = None
    for k, word in enumerate(words):
        w = word.strip(",").replace("’s", "").replace("'s", "")
        if not w[:1].isupper() or (org and org[1] <= k < org[2]):
            continue
        if k and norm(words[k - 1]) in _NOT_NATIONALITY:
            continue
        state = kb.state_for_adjective(w) or kb.state_for_name(w)
        place = kb.place(w, curated_only=True) if state is None else None
        if state:
            country = kb.actors[state].country
            break
        if place is not None and place.country:
            country = country or place.country
    # Words after the title word are its portfolio ("Minister for Refugees"), not what it is.
    before_title = words if best is None else words[:len(
        norm(" ".join(words))[:best.start()].split()) + len(best.group(1).split())]
    group_sector = next((GROUP_NOUNS[w.lower()] for w in before_title
                         if w.lower() in GROUP_NOUNS and GROUP_NOUNS[w.lower()] != "GOV"), None)
    if group_sector is None and org_actor is None:
        group_sector = next((ORG_HEADS[w.lower()] for w in before_title
                             if w[:1].isupper() and ORG_HEADS.get(w.lower(), "GOV") != "GOV"),
                            None)  # "Sarhad Chamber of Commerce ... president" -> BUS
    if best is None and org_actor is None and group_sector is None:
        return None
    title_sector = _NORM_TITLES[best.group(1)] if best else None
    if org_actor is not None:
        sector = org_actor.sector
        country = org_actor.country if org_actor.sector in ("IGO", "NGO") else (
            org_actor.country or country)
    elif group_sector and (title_sector is None or best and best.group(1) in _GENERIC_TITLES
                           or title_sector == "GOV"):
        sector = group_sector
    else:
        sector = title_sector or "UNK"
    written = None
    if best is not None:
        start = len(norm(" ".join(words))[:best.start()].split())
        written = " ".join(w for w in words[start:] if w != ",").strip(" ,") or best.group(1)
    return Title(written, sector, country, org[0] if org else None)


def title_before(sent: Sentence, start: int, ctx: ArticleContext) -> Title | None:
    """A description written before a name ("Pakistan's Special Envoy for Afghanistan, X")."""
    window: list[str] = []
    j = start - 1
    while j >= 0 and len(window) < 12:
        tok = sent.tokens[j]
        if tok.pos in ("VERB", "AUX") or (tok.pos == "PUNCT" and tok.text not in (
                "’s", "'s", ",", "-", ".", "’")):
            break
        if tok.text == "," and window:
            break
        if tok.ent_type == "PERSON" and tok.ent_iob != "O" and \
                norm(tok.text) not in _TITLE_TOKENS:
            break  # another name ("MNA" inside a PERSON span is a title, not a name)
        if tok.text != ",":
            window.insert(0, tok.text)
        j -= 1
    return find_title(window, ctx)


def title_after(sent: Sentence, end: int, ctx: ArticleContext) -> Title | None:
    """A description in apposition after a name ("X, Pakistan's special envoy, said")."""
    if end >= len(sent.tokens) or sent.tokens[end].text != ",":
        return None
    window: list[str] = []
    for tok in sent.tokens[end + 1:end + 16]:
        if tok.text in (",", ";", ".") or (tok.pos in ("VERB", "AUX") and tok.tag != "VBN"):
            break
        window.append(tok.text)
    return find_title(window, ctx)


def title_of_phrase(sent: Sentence, end: int, ctx: ArticleContext) -> Title | None:
    """A description after a name introduced by "of": "Justice X of the Peshawar High Court"."""
    if end + 1 >= len(sent.tokens) or sent.tokens[end].lower != "of":
        return None
    window = [t.text for t in sent.tokens[end + 1:end + 9] if t.pos != "PUNCT"]
    return find_title(window, ctx)


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
             ) -> tuple[list[Actor], int, str] | None:
    """The actor a descriptive noun phrase headed by ``tok`` stands for, with the phrase's first
    token and how it was resolved; None when the phrase says too little or names a person."""
    kb = ctx.kb
    if tok.pos not in ("NOUN", "PROPN"):
        return None
    if tok.ent_type in ("ORG", "PERSON", "GPE", "FAC") and tok.ent_iob != "O":
        return None  # part of a name: entity resolution handles it
    if tok.dep not in _ARGUMENT_DEPS or (tok.lower == "media" and any(
            c.lower == "social" for c in sent.children(tok.i))):
        return None  # "fighter jets", "intelligence-based", "social media": not actors
    if _inside_institution_name(sent, tok):
        return None  # "refugees" in "the ministry of refugees and repatriation"
    mods = [c for c in sent.children(tok.i) if c.dep in _MODIFIER_DEPS and c.i < tok.i]
    sector = GROUP_NOUNS.get(tok.lower) or GROUP_NOUNS.get(tok.lemma.lower())
    called = _called(sent, tok, sector, ctx) if sector is not None else None
    if called is not None:  # "a group called Jaish al-Fursan"
        return [called], min([tok.i, *(sent.subtree(c.i)[0] for c in mods)]), "description"
    if sector is None:
        return _described_institution(sent, tok, mods, ctx, people)
    if tok.lower in PERSON_TITLE_NOUNS and linked_person(sent, tok.i, people):
        return None  # "the minister, Ishaq Dar": the person is the actor
    for mod in mods:  # "opposition groups", "police officers": the modifier says what
        if mod.lower in MODIFIER_SECTORS and (sector in ("UNK", "PTY") or
                                               tok.lower in ("officer", "officers") or
                                               tok.lower in FACILITY_NOUNS or (
                                                   tok.lower in _LEADING_NOUNS and
                                                   MODIFIER_SECTORS[mod.lower] in ("OPP", "REB"))):
            sector = MODIFIER_SECTORS[mod.lower]
    first = min([tok.i, *(sent.subtree(c.i)[0] for c in mods)])
    country, owner, words = None, None, []
    others: list[str] = []  # "Pakistani and Afghan security forces": one actor per country
    for mod in mods:
        for conj in sent.children(mod.i):
            if conj.dep == "conj":
                state = kb.state_for_adjective(conj.text) or kb.state_for_name(conj.text)
                if state:
                    others.append(state)
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
        place = kb.country_of_place(phrase) if phrase[:1].isupper() and not ids else None
        if place is not None:  # "Peshawar police", "Kandahar residents": that place's
            country = country or place
            continue
        named = _named_inside(sent, lo, hi, kb)
        if named is not None:  # "the Baloch Liberation Army (BLA) group"
            owner = named
            continue
        words.append(phrase)
    if country is None and owner is None:
        for prep in sent.children(tok.i):
            if prep.dep == "prep" and prep.lower in ("of", "from", "in"):
                for obj in sent.children(prep.i):
                    if obj.dep != "pobj":
                        continue
                    lo, hi = sent.subtree(obj.i)
                    phrase = " ".join(t.text for t in sent.tokens[lo:hi])
                    state = kb.state_for_name(obj.text) or kb.state_for_capital(obj.text)
                    ids = kb.ids_for(phrase) if phrase[:1].isupper() else []
                    named = _named_inside(sent, lo, hi, kb) if prep.lower != "in" else None
                    place = kb.country_of_place(phrase) or kb.country_of_place(obj.text)
                    if state and prep.lower != "in":
                        country, owner = kb.actors[state].country, state
                        for later in conjuncts(sent, obj.i)[1:]:  # "ministers of Iran and Oman"
                            other = kb.state_for_name(conj_phrase(sent, later))
                            if other and other != state:
                                others.append(other)
                    elif len(ids) == 1 and prep.lower != "in":
                        owner = ids[0]  # "a delegation from the Afghan Taliban"
                    elif named is not None:
                        owner = named  # "two bases of the Jaish al-Adl militant group"
                    elif (state or place) and obj.pos == "PROPN":
                        # "police in Karachi", "passengers from Punjab": where they are from
                        country = kb.actors[state].country if state else place
    definite = any(c.dep == "det" and c.lower == "the" for c in sent.children(tok.i))
    phrase = " ".join([*words, tok.text])
    if definite and country is None and owner is None and not words and not others:
        before = _named_before(sent, tok, sector, ctx)
        if before is not None and before.kind in ("state", "government"):
            country = before.country  # "a Pakistani delegation ... The delegation"
        elif before is not None:
            return [before], first, "description"
    here = ctx.country_in(sent)
    actor = _resolve(kb, phrase, tok, sector, owner, country, ctx, here, definite)
    if actor is None:
        return None
    extra = [a for a in (_resolve(kb, phrase, tok, sector, o, kb.actors[o].country, ctx, here,
                                  definite) for o in others if o != owner) if a is not None]
    return [actor, *extra], first, "description"


#: Verbs that give a group its name ("a group *called* X", "an outfit *calling itself* X").
_NAMING = frozenset({"call", "name", "dub"})
#: Verbs that tie a group to a known one ("*linked to* the Hafiz Gul Bahadur faction").
_TIES = frozenset({"link", "tie", "affiliate", "associate", "connect", "loyal"})


def _called(sent: Sentence, tok: Token, sector: str, ctx: ArticleContext) -> Actor | None:
    """The group a phrase names ("a group called Jaish al-Fursan, which is linked to the
    Hafiz Gul Bahadur faction"): a known actor by that name, else a new one, of the known
    group it is tied to's country and sector."""
    naming = [c for c in sent.children(tok.i) if c.dep == "acl" and c.lemma in _NAMING]
    names = [o for v in naming for o in sent.children(v.i)
             if o.dep in ("oprd", "attr", "xcomp", "dobj") and o.pos == "PROPN"]
    if not names:
        return None
    lo, hi = sent.subtree(names[0].i)
    name = " ".join(t.text for t in sent.tokens[lo:hi] if t.dep != "punct" or t.text == "-")
    name = name.replace(" - ", "-")
    ids = ctx.kb.ids_for(name)
    if len(ids) == 1:
        return ctx.kb.actor(ids[0], ctx.on)
    country, kind_sector = None, sector
    for clause in sent.children(tok.i):
        if clause.dep not in ("relcl", "acl") or clause.lemma not in _TIES:
            continue
        for prep in kids(sent, clause.i, ("prep",)):
            for obj in kids(sent, prep.i, ("pobj",)):
                olo, ohi = sent.subtree(obj.i)
                phrase = " ".join(t.text for t in sent.tokens[olo:ohi]
                                  if t.lower not in ("the", "a", "an"))
                tied = ctx.kb.ids_for(phrase) or ctx.kb.ids_for(
                    " ".join(t.text for t in sent.tokens[olo:obj.i]
                             if t.lower not in ("the", "a", "an")))
                if len(tied) == 1:
                    known = ctx.kb.actor(tied[0], ctx.on)
                    country, kind_sector = known.country, known.sector
    return Actor(name, country, "REB" if kind_sector == "UNK" and country else kind_sector,
                 None, None, True, "group")


def _named_before(sent: Sentence, tok: Token, sector: str, ctx: ArticleContext
                  ) -> Actor | None:
    """The group a bare definite noun refers back to ("Pakistani police arrested ... . *The
    police* also detained ..."): the last one of the same kind, named in the three sentences
    before with its country, rather than a country the sentence mentions for someone else."""
    for mention, _ in reversed(ctx.groups):
        if sent.index - mention.sentence > 3:
            break
        if mention.sentence < sent.index and mention.actor.sector == sector and \
                mention.actor.country is not None and \
                tok.lower in mention.text.lower().replace("-", " ").split():
            return mention.actor
    return None


def conj_phrase(sent: Sentence, i: int) -> str:
    """The words of a conjunct without its own conjuncts ("Saudi Arabia" in "Iran and Saudi
    Arabia")."""
    lo = sent.subtree(i)[0]
    return " ".join(t.text for t in sent.tokens[lo:i + 1]
                    if t.i == i or (t.dep == "compound" and t.head == i))


def _named_inside(sent: Sentence, lo: int, hi: int, kb: KnowledgeBase) -> str | None:
    """The KB id of the one organisation an entity in tokens ``[lo, hi)`` names, if any."""
    ids = {e.ref for e in sent.entities if lo <= e.token_start and e.token_end <= hi
           and e.ref in kb.actors and kb.actors[e.ref].kind not in ("state", "person")}
    return ids.pop() if len(ids) == 1 else None


def _resolve(kb: KnowledgeBase, phrase: str, tok: Token, sector: str, owner: str | None,
             country: str | None, ctx: ArticleContext, here: str | None,
             definite: bool = False) -> Actor | None:
    """The actor a group phrase stands for; ``here`` is the country the sentence is told from
    (``ArticleContext.country_in``)."""
    if owner and kb.actors[owner].kind == "party" and tok.lower in STATE_NOUNS:
        country_id = _state_of(kb, kb.actors[owner].country)
        if country_id:
            return kb.government(country_id, ctx.on)  # "the PDM administration"
    if owner and kb.actors[owner].kind != "state":
        return kb.actor(owner, ctx.on)  # "Taliban officials", "TTP militants", "UN officials"
    desc = kb.description_for(phrase) or kb.description_for(tok.text)
    if desc is not None:
        # unnamed militants get no nationality: the text does not give one
        place = country or (here if desc.sector in STATE_SECTORS else None)
        state_id = owner if owner in kb.actors and kb.actors[owner].kind == "state" else None
        state_id = state_id or _state_of(kb, place)
        if state_id or desc.sector not in STATE_SECTORS:
            return kb.body(state_id, desc, ctx.on)
        if desc.sector in ("MIL", "COP"):
            # "seven soldiers" with no country said: still soldiers (a place may say whose)
            return Actor(tok.text, None, desc.sector, None, None, True, "group")
        return None
    if owner and tok.lower in STATE_NOUNS:
        return kb.government(owner, ctx.on)
    if country is None and sector in STATE_SECTORS:
        if here and (tok.lower in STATE_NOUNS or sector in ("MIL", "COP") or
                     (definite and tok.lower in PERSON_TITLE_NOUNS)):
            # "officials", "soldiers", "the spokesman": the country the sentence is told from
            country = here
        elif sector == "GOV":
            return None  # "a delegation", "the minister" with no country say too little
    name = f"{kb.actors[_state_of(kb, country) or ''].name} {tok.text}" \
        if _state_of(kb, country) else tok.text
    return Actor(name, country, sector, None, None, True, "group")


def _state_of(kb: KnowledgeBase, country: str | None) -> str | None:
    if country and country in kb.actors and kb.actors[country].kind == "state":
        return country
    return None


def _inside_institution_name(sent: Sentence, tok: Token) -> bool:
    """``tok`` hangs from "of/for" under an institution head ("ministry of refugees")."""
    if tok.dep not in ("pobj", "conj"):
        return False
    node = tok
    for _ in range(3):
        if node.head == node.i:
            return False
        node = sent.tokens[node.head]
        if node.lower in _INSTITUTION_HEADS:
            return True
        if node.dep not in ("prep", "pobj", "conj", "cc"):
            return False
    return False


def _described_institution(sent: Sentence, tok: Token, mods: list[Token],
                           ctx: ArticleContext, people: set[int]
                           ) -> tuple[list[Actor], int, str] | None:
    """A phrase whose head is not a group noun but which is a KB description ("the spy
    agency", "the National Assembly"), or which a group noun owns ("the military's media
    wing" is the military)."""
    kb = ctx.kb
    first = min([tok.i, *(sent.subtree(c.i)[0] for c in mods)])
    words = [t.text for t in sent.tokens[first:tok.i + 1] if t.dep not in ("det", "poss", "case")
             and t.text not in ("'s", "’s")]
    desc = kb.description_for(" ".join(words))
    country = None
    for mod in mods:
        state = kb.state_for_adjective(mod.text) or kb.state_for_name(mod.text)
        if state:
            country = kb.actors[state].country
    if desc is not None:
        place = country or (ctx.country_in(sent) if desc.sector in STATE_SECTORS else None)
        state_id = _state_of(kb, place)
        if state_id or desc.sector not in STATE_SECTORS:
            return [kb.body(state_id, desc, ctx.on)], first, "description"
        return None
    for mod in mods:
        if mod.dep == "poss" and GROUP_NOUNS.get(mod.lower):
            owner = describe(sent, mod, ctx, people)
            if owner is not None:
                return owner[0], first, "description"
    return None
