"""The actors stage: find who is mentioned in each sentence and resolve them on the article date.

Mentions come from named entities (the KB entity ruler plus the statistical NER), from
descriptive noun phrases ("Pakistani security forces", "Afghan refugees", "the Foreign Office"),
from later short references ("Durrani", "the envoy") and from "he"/"she". Each is resolved to
an ``Actor`` valid on the article's publication date: knowledge-base entries through their
dated roles and periods, capitals as governments, unknown people through their titles.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from dyadwatch.kb import KnowledgeBase
from dyadwatch.model import Actor, ActorMention, Article, Sentence, Span
from dyadwatch.stages.actor_lexicon import (
    GROUP_NOUNS,
    ORG_HEADS,
    PERSON_PRONOUNS,
    STATE_NOUNS,
    TITLES,
)
from dyadwatch.stages.base import ArticleStage
from dyadwatch.stages.syntax import head_of_span

ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_DATELINE = re.compile(r"^\s*([A-Z][A-Za-z .'-]{2,30}?)\s*(?:\([^)]{1,30}\))?\s*[:—–-]\s")
_TITLE_RE = re.compile(r"\b(" + "|".join(
    re.escape(_t) for _t in sorted({t.lower().replace("’", "'").replace(".", "") for t in TITLES},
                                   key=len, reverse=True)) + r")\b")
_TITLE_SECTOR = {t.lower().replace("’", "'").replace(".", ""): s for t, s in TITLES.items()}
_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "maulana", "mullah", "sardar", "sheikh",
                         "haji", "hafiz", "qari", "mufti", "syed", "khawaja", "malik"})


def _norm(text: str) -> str:
    return text.lower().replace("’", "'").replace(".", "").strip()


@dataclass
class _Context:
    """What resolution needs to know about the article as a whole."""

    kb: KnowledgeBase
    on: date | None
    country: str | None
    people: list[ActorMention] = field(default_factory=list)


class ActorStage(ArticleStage):
    """Find and resolve actor mentions in every sentence."""

    name = "actors"
    requires = frozenset({"sentences"})
    provides = frozenset({"actors"})

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb

    def __call__(self, article: Article) -> Article:
        ctx = _Context(self.kb, article.published, context_country(self.kb, article))
        mentions: list[ActorMention] = []
        for sent in article.sentences:
            found = self.sentence_mentions(sent, ctx)
            mentions.extend(found)
            ctx.people.extend(m for m in found if m.actor.kind == "person")
        return article.with_annotations(self.provides, mentions=tuple(mentions))

    def sentence_mentions(self, sent: Sentence, ctx: _Context) -> list[ActorMention]:
        """Every actor mention in one sentence, without overlaps, in text order."""
        out: list[ActorMention] = []
        taken: set[int] = set()
        # Descriptive phrases first: "Pakistani security forces" wins over "Pakistani" alone.
        for mention in self._noun_phrases(sent, ctx):
            out.append(mention)
            taken.update(range(mention.token_start, mention.token_end))
        for ent in sent.entities:
            if ent.label not in ACTOR_LABELS or taken & set(range(ent.token_start, ent.token_end)):
                continue
            found = self._entity(sent, ent, ctx)
            if found is not None:
                out.append(found)
                taken.update(range(found.token_start, found.token_end))
        for tok in sent.tokens:
            if tok.i in taken or tok.lower not in PERSON_PRONOUNS or not ctx.people:
                continue
            last = ctx.people[-1] if ctx.people else None
            if last is not None and sent.index - last.sentence <= 3:
                out.append(_mention(sent, tok.i, tok.i + 1, last.actor, "coref"))
        out.sort(key=lambda m: m.start)
        return out

    # -- named entities -----------------------------------------------------------------------
    def _entity(self, sent: Sentence, ent: Span, ctx: _Context) -> ActorMention | None:
        kb, on = ctx.kb, ctx.on
        start, end = ent.token_start, ent.token_end
        if ent.ref and ent.ref in kb.actors:
            entry = kb.actors[ent.ref]
            if entry.kind == "state" and ent.label == "NORP":
                return None  # a bare adjective is resolved with its noun phrase, if any
            return _mention(sent, start, end, kb.actor(ent.ref, on, ent.text), "kb")
        if ent.label == "GPE":
            state = kb.state_for_name(ent.text)
            if state:
                return _mention(sent, start, end, kb.actor(state, on), "kb")
            capital = kb.state_for_capital(ent.text)
            if capital:
                return _mention(sent, start, end, kb.government(capital, on), "capital")
            return None  # a city or province: a place, not an actor
        if ent.label == "NORP":
            ids = kb.ids_for(ent.text)
            if ids and kb.actors[ids[0]].kind != "state":
                return _mention(sent, start, end, kb.actor(ids[0], on), "kb")
            return None
        ids = kb.ids_for(ent.text) or kb.fuzzy_ids(ent.text)
        if len(ids) == 1:
            return _mention(sent, start, end, kb.actor(ids[0], on), "kb")
        if ent.label == "PERSON":
            return self._person(sent, ent, ctx)
        return self._organisation(sent, ent, ctx)

    def _person(self, sent: Sentence, ent: Span, ctx: _Context) -> ActorMention | None:
        start, end = ent.token_start, ent.token_end
        words = [w for w in re.split(r"\s+", ent.text) if _norm(w) not in _HONORIFICS]
        if len(words) == 1 or _norm(ent.text.split()[0]) in _HONORIFICS:
            earlier = _earlier_person(ctx.people, words[-1] if words else ent.text)
            if earlier is not None:
                return _mention(sent, start, end, earlier.actor, "coref")
        title, country = _title_before(sent, start, ctx)
        if title is None and len(ent.text.split()) < 2:
            return None  # a lone unknown word tagged PERSON is too often wrong
        actor = Actor(
            name=ent.text, country=country or (ctx.country if title else None),
            sector=_TITLE_SECTOR.get(title, "UNK") if title else "UNK", kb_id=None,
            role=title, inferred=True, kind="person",
        )
        return _mention(sent, start, end, actor, "title" if title else "unknown")

    def _organisation(self, sent: Sentence, ent: Span, ctx: _Context) -> ActorMention | None:
        kb, start, end = ctx.kb, ent.token_start, ent.token_end
        text = ent.text
        country = None
        m = re.match(r"^(?:the\s+)?(.+?)(?:'s|’s|’|')\s+(.+)$", text)
        if m:  # "Pakistan's Foreign Office"
            country = kb.state_for_name(m[1]) or kb.state_for_adjective(m[1])
            text = m[2] if country else text
        else:
            first, _, rest = text.partition(" ")
            adjective_state = kb.state_for_adjective(first)
            if adjective_state and rest:
                country, text = adjective_state, rest
        if _norm(text) in TITLES or _norm(text).split(" ")[-1] in ("affaires", "minister"):
            return None  # a title the NER took for an organisation ("Afghan Charge d'Affaires")
        desc = kb.description_for(text)
        if desc is not None:
            actor = kb.body(country or ctx.country, desc, ctx.on)
            return _mention(sent, start, end, actor, "description")
        ids = kb.ids_for(text)
        if len(ids) == 1:
            return _mention(sent, start, end, kb.actor(ids[0], ctx.on), "kb")
        last = _norm(text).split(" ")[-1]
        sector = ORG_HEADS.get(last, "UNK")
        actor = Actor(name=ent.text, country=country, sector=sector, kb_id=None, role=None,
                      inferred=True, kind="organisation")
        return _mention(sent, start, end, actor, "unknown")

    # -- descriptive noun phrases -------------------------------------------------------------
    def _noun_phrases(self, sent: Sentence, ctx: _Context) -> list[ActorMention]:
        kb = ctx.kb
        out: list[ActorMention] = []
        for tok in sent.tokens:
            sector = GROUP_NOUNS.get(tok.lower)
            if sector is None or tok.pos not in ("NOUN", "PROPN"):
                continue
            if tok.ent_type in ("ORG", "PERSON", "GPE", "FAC") and tok.ent_iob != "O":
                continue  # part of a name: the entity resolution handles it
            mods = [c for c in sent.children(tok.i)
                    if c.dep in ("amod", "compound", "poss", "nmod", "npadvmod") and c.i < tok.i]
            start = min([tok.i, *(sent.subtree(c.i)[0] for c in mods)])
            country, owner = None, None
            for mod in mods:
                lo, hi = sent.subtree(mod.i)
                phrase = " ".join(t.text for t in sent.tokens[lo:hi]).replace(" 's", "")
                phrase = phrase.replace(" ’s", "")
                state = (kb.state_for_adjective(phrase) or kb.state_for_name(phrase)
                         or kb.state_for_adjective(mod.text) or kb.state_for_name(mod.text))
                if state:
                    country = kb.actors[state].country
                    owner = owner or state
                    continue
                ids = kb.ids_for(phrase) or kb.ids_for(mod.text)
                if len(ids) == 1 and kb.actors[ids[0]].kind != "state":
                    owner = ids[0]
            if owner is None and country is None:
                for prep in sent.children(tok.i):
                    if prep.dep == "prep" and prep.lower in ("of", "from"):
                        for obj in sent.children(prep.i):
                            state = kb.state_for_name(obj.text) or kb.state_for_capital(obj.text)
                            if obj.dep == "pobj" and state:
                                country, owner = kb.actors[state].country, state
            span_end = tok.i + 1
            actor = self._describe(kb, tok.lower, sector, owner, country, ctx)
            if actor is None:
                continue
            out.append(_mention(sent, start, span_end, actor, "description", head=tok.i))
        return out

    @staticmethod
    def _describe(kb: KnowledgeBase, noun: str, sector: str, owner: str | None,
                  country: str | None, ctx: _Context) -> Actor | None:
        if owner and kb.actors[owner].kind != "state":
            found = kb.actor(owner, ctx.on)
            if sector in ("GOV", "MIL", "REB", "UNK") and found.sector in ("GOV", "MIL", "REB"):
                return found  # "Taliban officials", "TTP militants": the group itself
        if owner and noun in STATE_NOUNS:
            return kb.government(owner, ctx.on)
        if country is None and sector in ("GOV", "MIL", "COP") and noun in STATE_NOUNS:
            country = ctx.country  # "the government", "officials": the article's own country
            if country is None:
                return None
            inferred_name = f"{kb.actors[country].name if country in kb.actors else country} " \
                            f"({noun})"
            return Actor(inferred_name, country, sector, None, None, True, "group")
        if country is None and sector in ("GOV",):
            return None  # "a delegation" with no country says too little
        label = f"{kb.actors[country].name} {noun}" if country in kb.actors else noun
        return Actor(label, country, sector, None, None, True, "group")


def context_country(kb: KnowledgeBase, article: Article) -> str | None:
    """The article's own country: its dateline's, else the state it names most often."""
    m = _DATELINE.match(article.text)
    if m:
        place = m[1].strip()
        state = kb.state_for_capital(place) or kb.state_for_name(place)
        if state:
            return kb.actors[state].country
    counts: Counter[str] = Counter()
    for sent in article.sentences:
        for ent in sent.entities:
            if ent.label in ("GPE", "NORP"):
                state = (kb.state_for_name(ent.text) or kb.state_for_adjective(ent.text)
                         or kb.state_for_capital(ent.text))
                if state:
                    counts[kb.actors[state].country or state] += 1
    return counts.most_common(1)[0][0] if counts else None


def _title_before(sent: Sentence, start: int, ctx: _Context) -> tuple[str | None, str | None]:
    """The title written before a name, and the country it names ("Pakistan's envoy X")."""
    window: list[str] = []
    j = start - 1
    while j >= 0 and len(window) < 10:
        tok = sent.tokens[j]
        if tok.pos in ("VERB", "AUX") or (tok.pos == "PUNCT" and tok.text not in ("’s", "'s",
                                                                               ",", "-", ".")):
            break
        if tok.text == "," and window:
            break
        window.insert(0, tok.text)
        j -= 1
    phrase = _norm(" ".join(window)).replace(" 's", "'s").replace(" ,", ",")
    found = [m.group(1) for m in _TITLE_RE.finditer(phrase)]
    title = max(found, key=len) if found else None
    country = None
    kb = ctx.kb
    for word in window:
        w = word.strip(",")
        state = kb.state_for_adjective(w) or kb.state_for_name(w)
        if state:
            idx = window.index(word)
            if idx and _norm(window[idx - 1]) in ("for", "on", "to", "in"):
                continue  # "Envoy for Afghanistan": the portfolio, not the nationality
            country = kb.actors[state].country
            break
    return title, country


def _earlier_person(people: list[ActorMention], word: str) -> ActorMention | None:
    key = _norm(word)
    for mention in reversed(people):
        names = [mention.actor.name, mention.text]
        if any(_norm(n).split(" ")[-1] == key or key in _norm(n).split(" ") for n in names):
            return mention
    return None


def _mention(sent: Sentence, start: int, end: int, actor: Actor, how: str,
             head: int | None = None) -> ActorMention:
    span = sent.span(start, end)
    return ActorMention(actor=actor, text=span.text, start=span.start, end=span.end,
                        sentence=sent.index, token_start=start, token_end=end, how=how,
                        head=head if head is not None else head_of_span(sent, start, end))
