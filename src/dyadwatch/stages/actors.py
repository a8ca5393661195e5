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
from dataclasses import replace

from dyadwatch.kb import KnowledgeBase
from dyadwatch.model import Actor, ActorMention, Article, Sentence, Span, Token
from dyadwatch.stages.actor_lexicon import GROUP_PRONOUNS, ORG_HEADS, PERSON_PRONOUNS, TITLES
from dyadwatch.stages.actor_phrases import (
    PERSON_TITLE_NOUNS,
    ArticleContext,
    describe,
    norm,
    title_after,
    title_before,
    title_of_phrase,
)
from dyadwatch.stages.base import ArticleStage
from dyadwatch.stages.names import person_spans
from dyadwatch.stages.syntax import head_of_span, mention_at

ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_DATELINE = re.compile(r"^\s*([A-Z][A-Za-z .'-]{2,30}?)\s*(?:\([^)]{1,30}\))?\s*[:—–-]\s")
_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "maulana", "mullah", "sardar", "sheikh",
                         "haji", "hafiz", "qari", "mufti", "syed", "khawaja", "malik"})
#: Title nouns and the words a person's role uses for the same post ("the envoy" -> a Special
#: Representative).
_ROLE_WORDS = {
    "envoy": ("envoy", "representative", "ambassador", "charge", "chargé", "head of mission"),
    "ambassador": ("ambassador", "envoy", "charge", "chargé", "head of mission"),
    "minister": ("minister",), "spokesman": ("spokes",), "spokesperson": ("spokes",),
    "spokeswoman": ("spokes",), "president": ("president",), "premier": ("prime minister",),
    "governor": ("governor",), "general": ("general", "army", "chief of"),
    "commander": ("commander", "chief"), "representative": ("representative", "envoy"),
}


class ActorStage(ArticleStage):
    """Find and resolve actor mentions in every sentence."""

    name = "actors"
    requires = frozenset({"sentences"})
    provides = frozenset({"actors"})

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb

    def __call__(self, article: Article) -> Article:
        ctx = ArticleContext(self.kb, article.published, context_country(self.kb, article))
        mentions: list[ActorMention] = []
        for sent in article.sentences:
            found = self.sentence_mentions(sent, ctx)
            mentions.extend(found)
            ctx.people.extend(m for m in found if m.actor.kind == "person")
        return article.with_annotations(self.provides, mentions=tuple(mentions))

    def sentence_mentions(self, sent: Sentence, ctx: ArticleContext) -> list[ActorMention]:
        """Every actor mention in one sentence, without overlaps, in text order."""
        if _DATELINE.match(sent.text + " ") and len(sent.tokens) <= 6 and \
                sent.text.rstrip()[-1:] in ":–—-":
            return []  # "KABUL:" alone: a dateline, not an actor
        out: list[ActorMention] = []
        taken: set[int] = set(_dateline_tokens(sent)) if sent.index == 0 else set()
        entities = _with_person_spans(sent, ctx.kb)
        people = {i for e in entities if e.label == "PERSON"
                  for i in range(e.token_start, e.token_end)}
        # Descriptive phrases first: "Pakistani security forces" wins over "Pakistani" alone.
        for tok in sent.tokens:
            found = self._title_reference(sent, tok.i, ctx, people) or \
                _visitors(sent, tok, ctx, out)
            batch = [found] if found is not None else []
            if found is None and not _collective_of(sent, tok):
                described = describe(sent, tok, ctx, people)
                if described is not None:
                    actors, first, how = described
                    antecedent = _definite_group(sent, tok, actors, ctx)
                    if antecedent is not None:
                        actors, how = [antecedent.actor], "coref"
                    batch = [mention_at(sent, first, tok.i + 1, a, how, head=tok.i)
                             for a in actors]
            if batch and not taken & set(range(batch[0].token_start, batch[0].token_end)):
                out.extend(batch)
                taken.update(range(batch[0].token_start, batch[0].token_end))
        for ent in entities:
            if ent.label not in ACTOR_LABELS or taken & set(range(ent.token_start, ent.token_end)):
                continue
            named = self._entity(sent, ent, ctx)
            if named is not None:
                shared = _shared_with(sent, ent, named, ctx)
                if shared is not None:
                    # "Pakistani and [Afghan border forces]": the tagger named one side's
                    # forces; the coordinated adjective names the other side's
                    named = replace(named, start=shared.start, text=shared.text,
                                    token_start=shared.token_start)
                    out.append(shared)
                out.append(named)
                taken.update(range(named.token_start, named.token_end))
        for ent in entities:  # "Pakistani strikes", "Afghan soil": the state itself
            if ent.label == "NORP" and ent.ref in ctx.kb.actors and \
                    ctx.kb.actors[ent.ref].kind == "state" and \
                    not taken & set(range(ent.token_start, ent.token_end)):
                out.append(mention_at(sent, ent.token_start, ent.token_end,
                                    ctx.kb.actor(ent.ref, ctx.on), "adjective"))
                taken.update(range(ent.token_start, ent.token_end))
        # "its fighters", "whose fighters": the owner may be a name resolved just above
        for k, m in enumerate(out):
            if m.how == "description" and 0 <= m.head < len(sent.tokens):
                owned = _possessor(sent, sent.tokens[m.head], [m.actor], out, ctx)
                if owned is not None:
                    out[k] = replace(m, actor=owned, how="coref")
        for tok in sent.tokens:
            if tok.i in taken:
                continue
            if tok.pos == "PROPN" and tok.ent_iob in ("", "O") and tok.text[:1].isupper() and \
                    tok.dep in ("nsubj", "nsubjpass", "dobj", "pobj", "appos") and \
                    not any(c.dep == "compound" for c in sent.children(tok.i)):
                # "Mujahid condemned ...": a surname the NER left untagged, of a person
                # named before
                earlier = _earlier_person(ctx.people, tok.text)
                if earlier is not None:
                    out.append(mention_at(sent, tok.i, tok.i + 1, earlier.actor, "coref"))
                    taken.add(tok.i)
                continue
            if tok.lower in PERSON_PRONOUNS:
                # a person named earlier in this sentence; else the last person who was a
                # subject in the 3 sentences before (the one being reported), else the last one
                here = [m for m in out if m.actor.kind == "person" and m.token_end <= tok.i]
                recent = [m for m in ctx.people if sent.index - m.sentence <= 3]
                subjects = [m for m in recent if m.how != "coref" and ctx.subject_heads.get(
                    (m.sentence, m.head), False)]
                if tok.dep in ("dobj", "dative", "pobj"):
                    # "Dar assured him": an object pronoun is not its own clause's subject
                    own = _clause_subjects(sent, tok, out)
                    here = [m for m in here if m.actor.key not in own]
                    recent = [m for m in recent if m.actor.key not in own]
                    subjects = [m for m in subjects if m.actor.key not in own]
                before = here[-1] if here else (subjects[-1] if subjects else
                                                (recent[-1] if recent else None))
                if before is not None:
                    out.append(mention_at(sent, tok.i, tok.i + 1, before.actor, "coref"))
            elif tok.lower in GROUP_PRONOUNS and tok.dep in ("nsubj", "nsubjpass") and (
                    sent.tokens[tok.head].lemma not in _COPULAS or
                    _stance(sent, tok.head)):
                antecedent = _group_antecedent(out, tok.i, ctx)
                if antecedent is not None:
                    out.append(mention_at(sent, tok.i, tok.i + 1, antecedent.actor, "coref"))
        out.sort(key=lambda m: m.start)
        for m in out:
            head = sent.tokens[m.head] if 0 <= m.head < len(sent.tokens) else None
            if head is not None:
                subject = head.dep in ("nsubj", "nsubjpass") or (
                    head.dep == "appos" and sent.tokens[head.head].dep in ("nsubj", "nsubjpass"))
                ctx.subject_heads[(sent.index, m.head)] = subject
        ctx.groups.extend((m, sent.tokens[m.head].dep if m.head >= 0 else "")
                          for m in out if m.actor.kind != "person" and m.how != "coref")
        return out

    def _title_reference(self, sent: Sentence, i: int, ctx: ArticleContext, people: set[int]
                         ) -> ActorMention | None:
        """"the envoy" or "the Pakistani envoy" referring back to a person named earlier."""
        tok = sent.tokens[i]
        words = _ROLE_WORDS.get(tok.lower)
        if words is None or tok.pos != "NOUN" or i in people:
            return None
        mods = list(sent.children(i))
        if not any(c.dep == "det" and c.lower == "the" for c in mods):
            return None
        if any(c.dep == "appos" for c in mods) or tok.dep == "appos":
            return None
        if any(c.dep == "prep" and c.lower in ("of", "for") for c in mods):
            return None  # "the deputy minister of economy" names a post, not the minister
        adjectives = [c for c in mods if c.dep in ("amod", "compound") and c.i < i]
        country = None
        others: list[str] = []
        for adj in adjectives:
            state = ctx.kb.state_for_adjective(adj.text) or ctx.kb.state_for_name(adj.text)
            if state:
                country = ctx.kb.actors[state].country
            else:
                others.append(adj.lower)
        candidates = []
        for mention in reversed(ctx.people):
            role = (mention.actor.role or "").lower()
            if any(w in role for w in words) and (country is None or
                                                  mention.actor.country == country) and \
                    all(o in role for o in others):  # "the deputy minister" needs a deputy
                candidates.append(mention)
        if not candidates:
            return None
        # the one recently reported as a subject, else the last one named
        recent = [m for m in candidates if sent.index - m.sentence <= 3 and
                  ctx.subject_heads.get((m.sentence, m.head), False)]
        chosen = recent[0] if recent else candidates[0]
        first = min([i, *(a.i for a in adjectives)])
        return mention_at(sent, first, i + 1, chosen.actor, "coref", head=i)

    # -- named entities -----------------------------------------------------------------------
    def _entity(self, sent: Sentence, ent: Span, ctx: ArticleContext) -> ActorMention | None:
        kb, on = ctx.kb, ctx.on
        start, end = ent.token_start, ent.token_end
        if ent.ref and ent.ref in kb.actors:
            entry = kb.actors[ent.ref]
            if entry.kind == "state" and ent.label == "NORP":
                # "Afghans" names people; a bare adjective is resolved with its noun phrase
                return _people(sent, ent, ctx)
            return mention_at(sent, start, end, kb.actor(ent.ref, on, ent.text), "kb")
        if ent.label == "GPE":
            state = kb.state_for_name(ent.text)
            if state:
                return mention_at(sent, start, end, kb.actor(state, on), "kb")
            capital = kb.state_for_capital(ent.text)
            if capital:
                return mention_at(sent, start, end, kb.government(capital, on), "capital")
            earlier = _earlier_person(ctx.people, ent.text) if " " not in ent.text and \
                kb.place(ent.text, curated_only=True) is None else None
            if earlier is not None:  # a surname the NER took for a place ("..., Muttaqi said")
                return mention_at(sent, start, end, earlier.actor, "coref")
            return None  # a city or province: a place, not an actor
        if ent.label == "NORP":
            ids = kb.ids_for(ent.text)
            if ids and kb.actors[ids[0]].kind != "state":
                return mention_at(sent, start, end, kb.actor(ids[0], on), "kb")
            return _people(sent, ent, ctx)
        ids = kb.ids_for(ent.text)
        if not ids and _proper_name(ent.text) and kb.description_for(ent.text) is None:
            ids = kb.fuzzy_ids(ent.text)  # transliteration variants of names, not descriptions
        if len(ids) == 1:
            return mention_at(sent, start, end, kb.actor(ids[0], on), "kb")
        if ent.text.startswith("Operation "):
            return None  # a military operation's name, not an actor
        if len(ent.text.split()) == 1:  # a surname the NER may label ORG or PERSON
            earlier = _earlier_person(ctx.people, ent.text)
            if earlier is not None:
                return mention_at(sent, start, end, earlier.actor, "coref")
        if ent.label == "PERSON":
            return self._person(sent, ent, ctx)
        return self._organisation(sent, ent, ctx)

    def _person(self, sent: Sentence, ent: Span, ctx: ArticleContext) -> ActorMention | None:
        start, end = ent.token_start, ent.token_end
        words = [w for w in re.split(r"\s+", ent.text) if norm(w) not in _HONORIFICS]
        if len(words) == 1 or norm(ent.text.split()[0]) in _HONORIFICS:
            earlier = _earlier_person(ctx.people, words[-1] if words else ent.text)
            if earlier is not None:
                return mention_at(sent, start, end, earlier.actor, "coref")
            ids = ctx.kb.ids_for(" ".join(words)) if words else []
            if len(ids) == 1:
                return mention_at(sent, start, end, ctx.kb.actor(ids[0], ctx.on), "kb")
        title = (title_before(sent, start, ctx) or title_after(sent, end, ctx)
                 or title_of_phrase(sent, end, ctx))
        if title is None and len(ent.text.split()) < 2:
            return None  # a lone unknown word tagged PERSON is too often wrong
        country = None
        if title is not None and title.country is None and _ENVOY_TITLE.search(
                title.text or ""):
            # an envoy serves a foreign state: the embassy the sentence names says which, and
            # the article's own country is rather the host's ("condolences to Ambassador X")
            country = _embassy_country(sent, ctx)
        elif title is not None:
            country = title.country or (ctx.country_in(sent) if title.sector not in (
                "IGO", "NGO") else None)
        actor = Actor(name=ent.text, country=country, sector=title.sector if title else "UNK",
                      kb_id=None, role=title.text if title else None, inferred=True,
                      kind="person")
        return mention_at(sent, start, end, actor, "title" if title else "unknown")

    def _organisation(self, sent: Sentence, ent: Span, ctx: ArticleContext
                      ) -> ActorMention | None:
        kb, start, end = ctx.kb, ent.token_start, ent.token_end
        text = ent.text
        if kb.place(text, curated_only=True) is not None:
            return None  # "Torkham" tagged as an organisation is a place
        country = None
        if text.endswith(" of") and end < len(sent.tokens):
            # "the State Bank of" + "Pakistan": the NER cut the name before the country
            state = kb.state_for_name(sent.tokens[end].text)
            if state:
                country, text = kb.actors[state].country, text[:-3]
        first_word, _, rest = text.partition(" ")
        if first_word.lower() in ("its", "their") and rest:
            # "Its Foreign Office": the body of the state or group spoken of before
            owner = _group_antecedent([], start, ctx)
            country, text = (owner.actor.country if owner else country), rest
        for mod in sent.children(head_of_span(sent, start, end)):
            if mod.dep in ("poss", "amod", "compound") and not start <= mod.i < end:
                state = kb.state_for_name(mod.text) or kb.state_for_adjective(mod.text)
                if state:  # "Afghanistan's [defence ministry]"
                    country = kb.actors[state].country
        m = re.match(r"^(?:the\s+)?(.+?)(?:'s|’s|’|')\s+(.+)$", text)
        if m:  # "Pakistan's Foreign Office"
            inside = kb.state_for_name(m[1]) or kb.state_for_adjective(m[1])
            if inside:
                country, text = inside, m[2]
        else:
            first, _, rest = text.partition(" ")
            adjective_state = kb.state_for_adjective(first)
            if adjective_state and rest:
                country, text = adjective_state, rest
        head_words = text
        of_state = re.match(r"^(?:the\s+)?(.+?)\s+of\s+(?:the\s+)?(.+)$", text)
        if of_state and kb.state_for_name(of_state[2]):  # "State Bank of Pakistan"
            state_id = kb.state_for_name(of_state[2])
            assert state_id is not None
            country = country or kb.actors[state_id].country
            head_words = of_state[1]
        key = norm(text)
        if key in {norm(t) for t in TITLES} or key.split(" ")[-1] in PERSON_TITLE_NOUNS:
            return None  # a title the NER took for an organisation ("Afghan Charge d'Affaires")
        desc = kb.description_for(text)
        if desc is not None:
            actor = kb.body(country or ctx.country_in(sent), desc, ctx.on)
            return mention_at(sent, start, end, actor, "description")
        ids = kb.ids_for(text)
        if len(ids) == 1:
            return mention_at(sent, start, end, kb.actor(ids[0], ctx.on), "kb")
        sector = ORG_HEADS.get(norm(head_words).split(" ")[-1], "UNK")
        if sector == "UNK" and len(text.split()) <= 2 and kb.place(text) is not None:
            return None  # a town the NER took for an organisation ("Swabi")
        actor = Actor(name=ent.text, country=country, sector=sector, kb_id=None, role=None,
                      inferred=True, kind="organisation")
        return mention_at(sent, start, end, actor, "unknown")


_COPULAS = frozenset({"be", "seem", "appear", "remain", "become", "take"})
#: Predicates that say where a party stands: "it was concerned", "they were ready to talk"
#: (unlike "it was clear that ...", where "it" refers to nothing).
_STANCES = frozenset({"concerned", "worried", "alarmed", "troubled", "disturbed", "ready",
                      "willing", "prepared", "committed", "determined", "open", "keen",
                      "eager", "unwilling", "reluctant", "opposed", "responsible"})


_ENVOY_TITLE = re.compile(r"\b(?:ambassador|envoy|charg[eé] d.affaires|high commissioner)\b",
                          re.IGNORECASE)


def _embassy_country(sent: Sentence, ctx: ArticleContext) -> str | None:
    """The nationality of an embassy the sentence names ("the Chinese embassy")."""
    for tok in sent.tokens:
        if tok.lemma.lower() in ("embassy", "consulate", "mission", "high commission"):
            for c in sent.children(tok.i):
                state = ctx.kb.state_for_adjective(c.text) or (
                    ctx.kb.state_for_name(c.text) if c.dep == "poss" else None)
                if state:
                    return ctx.kb.actors[state].country
    return None


#: Words for the other side of a visit: "assured the visitors", "told his guests".
_VISITOR_WORDS = frozenset({"visitors", "guests", "hosts"})


def _visitors(sent: Sentence, tok: Token, ctx: ArticleContext, found: list[ActorMention]
              ) -> ActorMention | None:
    """"The visitors" or "his guests": the last foreign official party named before, one of
    another country than the clause's subject ("the prime minister assured the visitors")."""
    if tok.lower not in _VISITOR_WORDS or tok.pos != "NOUN" or not any(
            c.dep in ("det", "poss") for c in sent.children(tok.i)):
        return None
    own = {m.actor.country for m in found if m.actor.country and
           sent.tokens[m.head].dep in ("nsubj", "nsubjpass")}
    for subject in sent.tokens[:tok.i]:  # "Akhund assured the visitors": a surname not yet
        if subject.dep == "nsubj" and subject.pos == "PROPN":  # resolved in this sentence
            named = _earlier_person(ctx.people, subject.text)
            if named is not None and named.actor.country:
                own.add(named.actor.country)
    if not own:
        return None
    earlier = [m for m in [*ctx.people, *(g for g, _ in ctx.groups)]
               if 0 <= sent.index - m.sentence <= 4 and m.actor.sector in ("GOV", "MIL") and
               m.actor.country is not None and m.actor.country not in own]
    if not earlier:
        return None
    last = max(earlier, key=lambda m: (m.sentence, m.start))
    return mention_at(sent, tok.i, tok.i + 1, last.actor, "coref")


def _clause_subjects(sent: Sentence, tok: Token, found: list[ActorMention]) -> set[str]:
    """The actor keys of the subject of the clause token ``tok`` is an object in."""
    verb = tok.head if tok.dep != "pobj" else sent.tokens[tok.head].head
    heads = {c.i for c in sent.children(verb) if c.dep in ("nsubj", "nsubjpass")}
    return {m.actor.key for m in found if m.head in heads}


def _shared_with(sent: Sentence, ent: Span, named: ActorMention, ctx: ArticleContext
                 ) -> ActorMention | None:
    """The other side of a coordination the tagger cut into a name: in "Pakistani and
    [Afghan border forces]" the Pakistani border forces, over the same words."""
    first = sent.tokens[ent.token_start]
    if first.dep != "conj" or first.head >= first.i or named.actor.kind == "person":
        return None
    adjective = sent.tokens[first.head]
    state = ctx.kb.state_for_adjective(adjective.text)
    if state is None or state == named.actor.kb_id or \
            ctx.kb.actors[state].country == named.actor.country:
        return None
    words = " ".join(t.text for t in sent.tokens[ent.token_start + 1:ent.token_end])
    country = ctx.kb.actors[state].country
    actor = Actor(name=f"{ctx.kb.actors[state].name} {words}".strip(), country=country,
                  sector=named.actor.sector, kb_id=None, role=None, inferred=True,
                  kind=named.actor.kind)
    return mention_at(sent, adjective.i, ent.token_end, actor, "description", head=named.head)


def _stance(sent: Sentence, copula: int) -> bool:
    """A copula that says where its subject stands ("it was ready to ...", "it was behind
    the bombing"): the subject is referential, not the "it" of "it was the first ..."."""
    return any((c.dep == "acomp" and c.lower in _STANCES) or
               (c.dep == "prep" and c.lower == "behind") for c in sent.children(copula))


#: Nouns that, definite and bare ("the group", "the militant outfit"), refer back to an
#: organisation named before.
_ANAPHORIC_GROUPS = frozenset({"group", "outfit", "organisation", "organization", "movement",
                               "network", "faction"})


#: Modifiers that make a nationality's people refugees or migrants ("undocumented Afghans").
_REFUGEE_MODIFIERS = frozenset({"undocumented", "unregistered", "illegal", "displaced",
                                "refugee", "migrant", "stranded", "deported", "returning"})


def _people(sent: Sentence, ent: Span, ctx: ArticleContext) -> ActorMention | None:
    """A plural nationality noun as an argument ("deported 2,000 *Afghans*") stands for that
    country's people: civilians, or refugees when described as undocumented or displaced."""
    if ent.token_end - ent.token_start != 1:
        return None
    tok = sent.tokens[ent.token_start]
    if tok.tag not in ("NNS", "NNPS") and not (tok.text.endswith("s") and tok.pos in (
            "NOUN", "PROPN")):
        return None
    if tok.dep not in ("nsubj", "nsubjpass", "dobj", "obj", "pobj", "conj", "appos", "dative",
                       "agent", "attr"):
        return None
    singular = tok.text[:-1] if tok.text.endswith("s") else tok.text
    state = ctx.kb.state_for_adjective(singular) or ctx.kb.state_for_adjective(tok.text)
    if state is None:
        return None
    mods = {c.lower for c in sent.children(tok.i) if c.dep in ("amod", "compound")}
    sector = "REF" if mods & _REFUGEE_MODIFIERS else "CVL"
    first = min([tok.i, *(c.i for c in sent.children(tok.i)
                          if c.dep in ("amod", "compound") and c.i < tok.i)])
    actor = Actor(name=tok.text, country=ctx.kb.actors[state].country, sector=sector,
                  kb_id=None, role=None, inferred=False, kind="people")
    return mention_at(sent, first, tok.i + 1, actor, "description", head=tok.i)


_COLLECTIVES = frozenset({"group", "band", "team", "squad", "gang", "unit", "contingent"})


def _collective_of(sent: Sentence, tok: Token) -> bool:
    """"a group of six militants": the members, not the collective noun, say who acts."""
    if tok.lower not in _COLLECTIVES:
        return False
    for prep in sent.children(tok.i):
        if prep.dep == "prep" and prep.lower == "of":
            if any(o.dep == "pobj" and o.pos in ("NOUN", "PROPN") for o in sent.children(prep.i)):
                return True
    return False


def _possessor(sent: Sentence, tok: Token, actors: list[Actor], out: list[ActorMention],
               ctx: ArticleContext) -> Actor | None:
    """"its fighters", "their forces", "whose fighters": the possessor named before says whose
    they are: an organisation's fighters are the organisation; a state's forces are that
    state's."""
    if len(actors) != 1 or actors[0].kb_id is not None or actors[0].country is not None:
        return None
    poss = [c for c in sent.children(tok.i) if c.dep == "poss" and
            c.lower in ("its", "their", "whose")]
    if not poss:
        return None
    antecedent: ActorMention | None = None
    if poss[0].lower == "whose":
        clause = sent.tokens[tok.head] if tok.dep in ("nsubj", "nsubjpass", "dobj") else None
        while clause is not None and clause.dep == "conj" and clause.head != clause.i:
            clause = sent.tokens[clause.head]
        if clause is not None and clause.dep == "relcl":
            antecedent = next((m for m in out if m.token_start <= clause.head < m.token_end),
                              None)
    else:
        antecedent = _group_antecedent(out, tok.i, ctx)
    if antecedent is None:
        return None
    owner = antecedent.actor
    if owner.kind == "person" and owner.sector == "REB" and owner.kb_id:
        parent = ctx.kb.actors[owner.kb_id].parent  # "Noor Wali Mehsud, whose fighters"
        return ctx.kb.actor(parent, ctx.on) if parent in ctx.kb.actors else None
    if owner.kind in ("state", "government") or owner.sector in ("GOV",):
        return replace(actors[0], country=owner.country,
                       name=f"{owner.name} {actors[0].name}")
    if owner.kind != "person" and owner.sector == actors[0].sector:
        return owner  # "the TTP ... its fighters": the group itself
    return None


def _definite_group(sent: Sentence, tok: Token, actors: list[Actor], ctx: ArticleContext
                    ) -> ActorMention | None:
    """The organisation "the group" refers to: the last armed group or named organisation
    mentioned in the 8 sentences before, when the phrase itself names none."""
    if tok.lower not in _ANAPHORIC_GROUPS or len(actors) != 1:
        return None
    actor = actors[0]
    if actor.kb_id is not None or actor.country is not None:
        return None
    if not any(c.dep == "det" and c.lower in ("the", "this", "that") for c in sent.children(tok.i)):
        return None
    for mention, _ in reversed(ctx.groups):
        if sent.index - mention.sentence > 8:
            break
        if mention.actor.kb_id and mention.actor.kind not in ("state", "government") and (
                actor.sector in ("UNK", mention.actor.sector)):
            return mention
    return None


def _group_antecedent(out: list[ActorMention], i: int, ctx: ArticleContext
                      ) -> ActorMention | None:
    """What "it"/"they" as a subject refers to: the nearest organisation, state or group
    before it in this sentence, else the last one in subject position in the 2 before."""
    here = [m for m in out if m.actor.kind != "person" and m.token_end <= i
            and m.how != "adjective"]
    if here:
        return here[-1]
    for mention, dep in reversed(ctx.groups):
        if dep in ("nsubj", "nsubjpass") and mention.how != "adjective":
            return mention
    return None


def _dateline_tokens(sent: Sentence) -> range:
    """Tokens of a dateline opening the article ("KABUL (Lapis Wire) —", "ISLAMABAD:")."""
    for k, tok in enumerate(sent.tokens[:9]):
        if tok.text in (":", "–", "—", "-", "--") and k:
            first = sent.tokens[0]
            if tok.start > 0 and sent.text[tok.start - sent.start - 1:tok.start - sent.start] \
                    != " " and tok.text == "-":
                return range(0)  # "explosives-laden": a hyphen inside a word
            words = [t.text for t in sent.tokens[:k]]
            if len(first.text) > 1 and first.text.isupper() or (
                    first.text[:1].isupper() and words[-1] in (")", first.text)):
                return range(0, k + 1)
            return range(0)
    return range(0)


def _with_person_spans(sent: Sentence, kb: KnowledgeBase) -> list[Span]:
    """The sentence's entities with PERSON spans repaired and added (see ``names``): other
    entities overlapping a person's name give way to it."""
    refs = {(e.token_start, e.token_end): e.ref for e in sent.entities}
    people = [Span(p.start, p.end, p.text, "PERSON", p.token_start, p.token_end,
                   refs.get((p.token_start, p.token_end), ""))
              for p in person_spans(sent, kb)]
    covered = {i for p in people for i in range(p.token_start, p.token_end)}
    others = [e for e in sent.entities if e.label != "PERSON"
              and not covered & set(range(e.token_start, e.token_end))]
    return sorted([*people, *others], key=lambda e: e.token_start)


def context_country(kb: KnowledgeBase, article: Article) -> str | None:
    """The article's own country: its dateline's; else the country of the officials it quotes
    (known people count twice) together with the states it names."""
    m = _DATELINE.match(article.text)
    if m:
        country = kb.country_of_place(m[1].strip())
        if country:
            return country
    counts: Counter[str] = Counter()
    for sent in article.sentences:
        for ent in sent.entities:
            entry = kb.actors.get(ent.ref) if ent.ref else None
            if entry is not None and entry.kind == "person" and entry.country:
                counts[entry.country] += 2
            elif ent.label in ("GPE", "NORP"):
                state = (kb.state_for_name(ent.text) or kb.state_for_adjective(ent.text)
                         or kb.state_for_capital(ent.text))
                if state:
                    counts[kb.actors[state].country or state] += 1
    return counts.most_common(1)[0][0] if counts else None


def _proper_name(text: str) -> bool:
    """Most words capitalised: a name, not a lower-case description."""
    words = [w for w in text.split() if w[:1].isalpha()]
    return bool(words) and sum(w[:1].isupper() for w in words) / len(words) >= 0.6


def _earlier_person(people: list[ActorMention], word: str) -> ActorMention | None:
    key = norm(word)
    for mention in reversed(people):
        names = [mention.actor.name, mention.text]
        if any(norm(n).split(" ")[-1] == key or key in norm(n).split(" ") for n in names):
            return mention
    return None


