"""The places stage: where each event happened, resolved through the gazetteer.

Not every place a sentence names is where its event happened. The place chosen is, in order:
a place in a locative phrase of the trigger's own clause ("struck hideouts *in Khost*",
"talks *in Doha*"); a place inside the target phrase ("attacked a post *in Makeen*"); the
destination of a visit ("visited *Kabul*"). Names shared by a city and a province are resolved
as the curated gazetteer has them; "in Afghanistan" alone gives country precision.

With no place in its own clause, an event takes: the place of the scene or episode it continues;
the last place of the kind a definite noun refers back to ("near *the crossing*"); the place of
the gathering it is told at ("on the sidelines"), else the dateline's; where its speaker was
last said to speak ("In Kabul, the spokesman said ... . He said ..."); the dateline's city for
talks and statements by that city's country. A city naming a local body ("Peshawar police")
places what that body does. A border has no country of its own: an attack along it is placed
on its target's side.

An attack's victims are where the attack happened: an ASSAULT without a target, or whose
target has no country, takes the location's country (marked inferred); so do civilians that
any other event is done to ("food rations to survivors in Herat").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import replace

from dyadwatch.kb import KnowledgeBase
from dyadwatch.kb.records import PlaceEntry
from dyadwatch.model import Actor, ActorMention, Article, Event, Place, Sentence, Span, Token
from dyadwatch.ontology.lexicon import load_lexicon
from dyadwatch.stages.base import ArticleStage
from dyadwatch.stages.datelines import dateline_text
from dyadwatch.stages.discourse import (
    EPISODE_SPAN,
    SAID_TYPES,
    VIOLENT,
    act_of,
    by_act,
    continues_episode,
    mention_keys,
    said_lately,
    same_voice,
    speaker_keys,
    told_in_past,
)
from dyadwatch.stages.events import event_id
from dyadwatch.stages.modality import backgrounded
from dyadwatch.stages.occasions import GATHERING, kind_of, references
from dyadwatch.stages.syntax import (
    ancestors,
    conjuncts,
    direct_objects,
    first_conjunct,
    is_infinitive,
    kids,
    where_clauses,
)

LOCATIVE = frozenset({"in", "at", "near", "inside", "into", "across", "along", "outside",
                      "on", "over", "around", "within", "onto"})
#: Nouns that, with a nationality adjective, name a stretch of that country ("Afghan soil").
TERRITORY_NOUNS = frozenset({"province", "provinces", "territory", "soil", "district",
                             "districts", "city", "cities", "town", "towns", "village",
                             "villages", "area", "areas", "region", "regions", "side",
                             "airspace", "land", "border"})
#: Nouns that a place name can follow in an "of" phrase ("the town of Chaman").
PLACE_NOUNS = frozenset({"town", "city", "village", "district", "province", "area", "region",
                         "valley", "tehsil", "capital", "outskirts", "suburb", "suburbs"})
#: How specific each kind of place is: the most specific place of a clause wins.
SPECIFICITY = {"border_crossing": 0, "town": 0, "city": 0, "valley": 1, "district": 1,
               "border": 2, "territory": 2, "region": 2, "province": 3, "country": 4}
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP"})


def place_candidates(sent: Sentence, kb: KnowledgeBase, prefer: tuple[str, ...] = ()
                     ) -> list[tuple[Span, PlaceEntry]]:
    """Spans of the sentence that name places, with their gazetteer entries (a name several
    cities share is read as the one in the ``prefer`` countries: the article's)."""
    out: list[tuple[Span, PlaceEntry]] = []
    taken: set[int] = set()
    for ent in sent.entities:
        if ent.label not in _PLACE_LABELS or ent.label == "NORP":
            continue
        text = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
        entry = kb.place(text, prefer=prefer) if ent.label in ("GPE", "LOC", "FAC") else \
            kb.place(text, curated_only=True)
        if entry is None and ent.label in ("GPE", "LOC"):
            capital = kb.state_for_capital(text)
            if capital:
                entry = PlaceEntry(text, "city", kb.actors[capital].country, None, (), None,
                                   None, "kb")
        if entry is not None:
            out.append((ent, entry))
            taken.update(range(ent.token_start, ent.token_end))
    # "in two eastern Afghan provinces", "on Pakistani soil": the country the adjective names
    for ent in sent.entities:
        if ent.label != "NORP" or ent.token_end - ent.token_start != 1 or ent.token_start in taken:
            continue
        adj = sent.tokens[ent.token_start]
        state = kb.state_for_adjective(adj.text)
        noun = sent.tokens[adj.head]
        if not state or adj.dep != "amod":
            continue
        capital_name = kb.actors[state].capital
        if noun.lemma.lower() == "capital" and capital_name:
            # "the Pakistani capital": the capital city itself
            city = kb.place(capital_name.split(",")[0])
            if city is not None:
                out.append((sent.span(ent.token_start, noun.i + 1, "PLACE"), city))
                taken.update(range(ent.token_start, noun.i + 1))
            continue
        named = [o for p in kids(sent, noun.i, ("prep",)) if p.lower == "of"
                 for o in kids(sent, p.i, ("pobj",))]
        if noun.lemma.lower() in TERRITORY_NOUNS and not named:
            # ("the Pakistani border town *of Chaman*" is Chaman, found below)
            entry = PlaceEntry(kb.actors[state].name, "country", kb.actors[state].country,
                               None, (), None, None, "kb")
            out.append((sent.span(ent.token_start, noun.i + 1, "PLACE"), entry))
            taken.update(range(ent.token_start, noun.i + 1))
    # "the Makeen area of South Waziristan": a local name the gazetteer lacks, placed by the
    # place it lies in
    for tok in sent.tokens:
        if tok.lemma.lower() not in ("area", "village", "town", "locality", "neighbourhood",
                                     "neighborhood", "tehsil", "sector"):
            continue
        names = [c for c in sent.children(tok.i) if c.dep == "compound" and c.pos == "PROPN"
                 and c.i not in taken]
        within = [o for p in kids(sent, tok.i, ("prep",)) if p.lower == "of"
                  for o in kids(sent, p.i, ("pobj",))]
        outer = next((e for s, e in out if within and s.token_start <= within[0].i < s.token_end),
                     None)
        if outer is None or not names:
            continue
        for name in [n for c in names for n in conjuncts(sent, c.i)]:
            # "the Sohrab Goth area": the name's own compounds are part of it
            first = name
            while any(c.i == first - 1 and c.dep == "compound" and c.pos == "PROPN"
                      for c in sent.children(name)) and first - 1 not in taken:
                first -= 1
            words = " ".join(t.text for t in sent.tokens[first:name + 1])
            entry = PlaceEntry(words, "town", outer.country, outer.admin1, (), None, None,
                               "text")
            out.append((sent.span(first, name + 1, "PLACE"), entry))
            taken.update(range(first, name + 1))
    # curated names the NER missed ("Torkham", "North Waziristan" in lower-case contexts)
    tokens = sent.tokens
    for i in range(len(tokens)):
        if i in taken or not tokens[i].text[:1].isupper():
            continue
        for j in range(min(len(tokens), i + 4), i, -1):
            if taken & set(range(i, j)):
                continue
            entry = kb.place(" ".join(t.text for t in tokens[i:j]), curated_only=True)
            if entry is not None and entry.kind != "country":
                out.append((sent.span(i, j, "PLACE"), entry))
                taken.update(range(i, j))
                break
    # a city the NER missed, where only a place can be ("a meeting ... *in Jeddah*"): a
    # proper noun outside any entity after "in", "at" or "near", by the city's own name
    for tok in tokens:
        if tok.i in taken or tok.pos != "PROPN" or tok.ent_iob != "O" or tok.dep != "pobj" or \
                tokens[tok.head].lower not in ("in", "at", "near"):
            continue
        start = min([tok.i, *(c.i for c in sent.children(tok.i)
                              if c.dep == "compound" and c.pos == "PROPN")])
        if taken & set(range(start, tok.i + 1)) or tokens[start].ent_iob != "O":
            continue
        written = " ".join(t.text for t in tokens[start:tok.i + 1])
        entry = kb.place(written, prefer=prefer)
        if entry is not None and entry.kind == "city" and \
                entry.name.lower() == written.lower():
            out.append((sent.span(start, tok.i + 1, "PLACE"), entry))
            taken.update(range(start, tok.i + 1))
    return out


def _locative(sent: Sentence, token: int) -> bool:
    """The place token hangs from a locative preposition (possibly through a compound)."""
    tok = _phrase_head(sent, token)  # "in Peshawar's Hayatabad area"
    if tok.dep == "pobj" and tok.head != tok.i:
        prep = sent.tokens[tok.head]
        if prep.lower == "of" and prep.head != prep.i:  # "into the border town of Chaman"
            owner = sent.tokens[prep.head]
            if owner.lemma.lower() in PLACE_NOUNS:
                return _locative(sent, owner.i)
        if prep.lower == "on" and sent.tokens[prep.head].lemma == "call":
            return False  # "called on Islamabad to stop ...": whom it asks, not where
        # "at several points, including Angoor Adda": one of the places the event was at (the
        # parser often hangs "including" on the wrong noun, so its own head is not asked)
        return prep.lower in LOCATIVE or prep.lower == "including"
    return False


def choose_place(sent: Sentence, event: Event, candidates: list[tuple[Span, PlaceEntry]],
                 speech: frozenset[str] = frozenset(), in_clause_only: bool = False
                 ) -> tuple[Span, PlaceEntry] | None:
    """The place where ``event`` happened among the sentence's places, or None;
    ``in_clause_only``: not a place elsewhere in the sentence that only fighting is put at
    ("officials in Landi Kotal" said the forces "exchanged fire at the crossing")."""
    if not candidates:
        return None
    trigger = event.trigger.token_start
    if sent.tokens[trigger].lemma == "summon" and event.source.sentence == sent.index:
        # "Tehran summoned Pakistan's envoy": the summons is at the summoning capital
        named = [(span, entry) for span, entry in candidates
                 if span.token_start <= event.source.head < span.token_end and
                 entry.kind == "city"]
        if named:
            return named[0]
    # "In Islamabad, the Foreign Office said the talks ...": where it was said, not the talks;
    # but a speaker's own demand or promise ("In Kabul, the spokesman said the Emirate would
    # not allow ...") is made where it is said
    own_word = event.attributed_to is not None and \
        same_voice(event.attributed_to.actor, event.source.actor)
    above = ancestors(sent, trigger)
    # the trigger's clause: the two heads above it, and the verb it hangs from through a
    # noun phrase ("ended in Doha, with envoys *discussing* ...")
    governing = next((j for j in above[:6] if sent.tokens[j].pos in ("VERB", "AUX")), None)
    clause = {trigger, *(j for j in [*above[:2], *([governing] if governing is not None else [])]
                         if own_word or sent.tokens[j].lemma not in speech or j == trigger)}
    target = event.target
    scored: list[tuple[int, int, tuple[Span, PlaceEntry]]] = []
    # "called on Pakistan", "met Afghanistan's envoy": a party to the event is not its place
    parties = [] if event.coding.plover in VIOLENT or event.coding.mode == "visit" else [
        m for m in (event.source, event.target) if m is not None and
        m.sentence == sent.index and m.actor.kind in ("state", "government")]
    objects = set(direct_objects(sent, trigger))
    verb = first_conjunct(sent, trigger)
    where = _where_place(sent, verb, candidates) if any(
        t.i == verb for t in where_clauses(sent)) else None
    for span, entry in candidates:
        head = span.token_end - 1
        if any((span.token_start <= m.head < span.token_end and
                _prep_of(sent, head) not in ("in", "at", "near")) or (
                entry.kind == "country" and m.start <= span.start < m.end) for m in parties):
            continue  # "called on Kabul": the capital stands for its government
        if entry.kind == "country" and _prep_of(sent, head) == "on" and \
                event.coding.plover not in VIOLENT:
            continue  # "a session on Afghanistan" is about it, not in it
        chain = ancestors(sent, head)
        distance = abs(head - trigger)
        if where is not None and (span, entry) == where:
            # "from New Delhi, where he had met Modi": the place the clause is told of
            scored.append((-1, span.token_start, (span, entry)))
        elif _phrase_head(sent, head).i in objects and (
                entry.kind == "border_crossing" or (event.coding.plover in VIOLENT and
                                                    entry.kind != "country")):
            # "reopened the Torkham crossing", "shelled Chaman": the object is the place (the
            # first named, as in "hit the Urgun and Barmal districts")
            scored.append((-1, span.token_start, (span, entry)))
        elif _locative(sent, head) and (
                _in_clause(sent, chain, clause, trigger,
                           purpose=event.coding.plover in VIOLENT) or
                _at_gathering(sent, chain, clause)):
            scored.append((0, distance, (span, entry)))
        elif (went := _destination(sent, head, trigger)) is not None and (
                went == "purpose" or event.coding.plover == "MOBILIZE" or
                event.coding.mode == "visit"):
            # "sent troops to Kabul airport", "would travel to Kandahar to meet ..."
            scored.append((0, distance, (span, entry)))
        elif target is not None and target.token_start <= head < target.token_end + 6 and \
                _locative(sent, head):
            scored.append((1, distance, (span, entry)))
        elif event.coding.mode == "visit" and target is not None and \
                target.start <= span.start < target.end:
            scored.append((2, distance, (span, entry)))
        elif _locative(sent, head) and event.coding.plover in VIOLENT:
            scored.append((3, distance, (span, entry)))  # where the fighting was
        elif _local_agency(sent, head, event) and entry.kind not in ("country", "province"):
            scored.append((4, distance, (span, entry)))  # "Kabul police detained ..."
    if in_clause_only:
        scored = [s for s in scored if s[0] < 3]
    if not scored:
        return None
    best = min(scored, key=lambda s: (s[0], SPECIFICITY.get(s[2][1].kind, 1) if s[0] >= 0
                                      else 0, s[1]))[2]
    if best[1].kind == "country":
        # "Pakistan hosted the ministers ... in Islamabad": a city of that country that the
        # sentence places something in says where, more precisely
        within = [(abs(span.token_end - 1 - trigger), (span, entry))
                  for span, entry in candidates
                  if entry.country == best[1].country and entry.kind in ("city", "town") and
                  _locative(sent, span.token_end - 1)]
        if within:
            return min(within, key=lambda w: w[0])[1]
    return best


def _in_clause(sent: Sentence, chain: list[int], clause: set[int], trigger: int,
               purpose: bool) -> bool:
    """A place's head chain reaches the trigger's clause within four steps, not through a
    clause on something else the event involves ("signed a contract *to extract oil* in
    northern Afghanistan" is not signed there; "hit a convoy *that was heading to* Kabul"
    not hit there), though a clause on the trigger ("talks *to be held* in Doha") or on
    the doer ("Zardari, *attending* the funeral in Rawalpindi, vowed") says where. The
    trigger's own purpose places it only where ``purpose`` ("deployed troops *to restore
    order in Kurram*"), not a deal's ("signed *to extract oil* in the north")."""
    for j in chain[:4]:
        if j in clause:
            return True
        tok = sent.tokens[j]
        if tok.pos not in ("VERB", "AUX"):
            continue
        infinitive = is_infinitive(sent, j)
        if tok.head == trigger:
            if infinitive and tok.dep == "advcl" and not purpose:
                return False
            continue
        if infinitive or (tok.dep in ("relcl", "acl") and
                          sent.tokens[tok.head].dep in ("dobj", "pobj")):
            return False
    return False


def _at_gathering(sent: Sentence, chain: list[int], clause: set[int]) -> bool:
    """The place is where a gathering the clause is told at was ("At an emergency session of
    the Security Council *in New York*, Guterres urged ..."): deeper in the phrase than a
    place of the clause itself."""
    for j in chain[:6]:
        tok = sent.tokens[j]
        if tok.pos in ("VERB", "AUX"):
            return False
        if kind_of(tok) == GATHERING:
            prep = sent.tokens[tok.head]
            return tok.dep == "pobj" and prep.lower in ("at", "during") and prep.head in clause
    return False


#: Prepositions after which a place is what something is about ("talks *on Afghanistan*").
_TOPIC_PREPS = frozenset({"on", "about", "over", "against", "regarding"})


def _where_place(sent: Sentence, verb: int, candidates: list[tuple[Span, PlaceEntry]]
                 ) -> tuple[Span, PlaceEntry] | None:
    """The place a "where" clause tells of: the one it hangs from, or the last one named
    just before what it hangs from (the parser often hangs it on a date: "moved to
    Tashkent on Friday, where ...")."""
    head = sent.tokens[verb].head
    before = [(span, entry) for span, entry in candidates
              if (span.token_start <= head < span.token_end or
                  0 <= head - (span.token_end - 1) <= 4) and
              _prep_of(sent, span.token_end - 1) not in _TOPIC_PREPS]
    return max(before, key=lambda c: c[0].token_end) if before else None


#: Verbs of going somewhere: the purpose of the journey happens where it goes ("would travel
#: to Kandahar to meet the supreme leader").
MOTION_VERBS = frozenset({"travel", "go", "fly", "come", "head", "return", "journey", "leave",
                          "rush", "drive"})


def _destination(sent: Sentence, head: int, trigger: int) -> str | None:
    """Whether the place is where the trigger's movement went ("sent troops *back to* Kabul
    airport": "moved"), or where a journey went that the trigger is the purpose of ("travel
    *to Kandahar* to meet": "purpose"); else None."""
    tok = _phrase_head(sent, head)
    if tok.dep != "pobj" or sent.tokens[tok.head].lower != "to":
        return None
    via = sent.tokens[sent.tokens[tok.head].head]
    if via.dep == "advmod" and via.lower in ("back", "out", "over", "home"):
        via = sent.tokens[via.head]
    if via.i == trigger:
        return "moved"
    verb = sent.tokens[trigger]
    if verb.dep in ("xcomp", "advcl") and verb.head == via.i and via.lemma in MOTION_VERBS and \
            is_infinitive(sent, trigger):
        return "purpose"
    return None


def _local_agency(sent: Sentence, head: int, event: Event) -> bool:
    """A city naming the local body that acts ("*Kabul* police detained a suspect"): the
    body works there."""
    tok = sent.tokens[head]
    if tok.dep not in ("compound", "amod", "nmod") or tok.head == head:
        return False
    body = sent.tokens[tok.head]
    source = event.source
    return body.lemma.lower() in LOCAL_BODIES and source.sentence == sent.index and \
        source.token_start <= body.i < source.token_end


#: Bodies that act where they are based.
LOCAL_BODIES = frozenset({"police", "policeman", "policemen", "administration", "municipality",
                          "court", "jirga", "council", "residents", "shopkeepers", "traders"})
#: Definite nouns that point back to a place of their kind named before ("near *the
#: crossing*", "in *the town*").
PLACE_TYPE_NOUNS = {"crossing": ("border_crossing",), "town": ("town", "city"),
                    "city": ("city", "town"), "district": ("district",),
                    "province": ("province",), "valley": ("valley",)}


def place_reference(sent: Sentence, event: Event,
                    earlier: Mapping[int, list[tuple[Span, PlaceEntry]]]) -> PlaceEntry | None:
    """A definite place noun in the event's clause that refers back ("exchanged fire *near the
    crossing*"): the last place of that kind named before it (``earlier``: each sentence's
    places, by sentence index)."""
    trigger = event.trigger.token_start
    clause = {trigger, *ancestors(sent, trigger)[:2]}
    objects = set(direct_objects(sent, trigger))
    for tok in sent.tokens:
        kinds = PLACE_TYPE_NOUNS.get(tok.lemma.lower())
        # "near the crossing"; "shut the crossing": a crossing closed is where the act is
        crossing = tok.i in objects and kinds is not None and "border_crossing" in kinds
        if not kinds or not (crossing or (_locative(sent, tok.i) and
                                          clause & set(ancestors(sent, tok.i)[:3]))) or \
                not any(c.dep == "det" and c.lower == "the" for c in sent.children(tok.i)):
            continue
        if any((c.dep in ("compound", "amod") and c.lower != "border") or
               (c.dep == "prep" and c.lower == "of") for c in sent.children(tok.i)):
            continue  # "the border town of Chaman", "the Pakistani city" name their own
        for k in range(sent.index - 1, -1, -1):
            found = [entry for _, entry in earlier[k] if entry.kind in kinds]
            if found:
                return found[-1]
    return None


def dateline_place(article: Article, kb: KnowledgeBase) -> PlaceEntry | None:
    """The city the article is filed from, when its dateline names a known place."""
    words = dateline_text(article)
    if words is None:
        return None
    return kb.place(words.title(), prefer=("PAK", "AFG"))


def article_countries(article: Article) -> tuple[str, ...]:
    """The countries an article is about, most mentioned first: where a shared place name
    ("Hyderabad", "Kalat") is read."""
    counts: Counter[str] = Counter(m.actor.country for m in article.mentions
                                   if m.actor.country)
    return tuple(c for c, _ in counts.most_common(4))


def _said_is_done(event: Event) -> bool:
    """The saying is the act: the speaker's own demand, promise or accusation ("He said the
    Emirate would not allow ...", "She said Afghanistan must act"), not an event the speaker
    reports ("the Foreign Office said the two sides agreed")."""
    speaker = event.attributed_to
    if speaker is None:  # "The spokesman also urged Kabul ...": the urging is the saying
        return event.coding.plover in SAID_TYPES
    return same_voice(speaker.actor, event.source.actor) or \
        event.rule.startswith("construction:")


def _told_here(sent: Sentence, event: Event) -> int | None:
    """The "here" of the event's clause (the dateline's place), or None."""
    trigger = event.trigger.token_start
    for c in (c for j in [trigger, *ancestors(sent, trigger)[:2]] for c in sent.children(j)):
        if c.lower == "here" and c.dep == "advmod":
            return c.i
    # "struck a mosque in the old city here": inside a place phrase of the trigger's own
    for tok in sent.tokens:
        if tok.lower == "here" and tok.dep == "advmod" and tok.head != tok.i:
            for j in ancestors(sent, tok.i)[:8]:
                if j == trigger:
                    return tok.i
                if sent.tokens[j].pos in ("VERB", "AUX"):
                    break
    return None


def _as_place(entry: PlaceEntry) -> Place:
    """A gazetteer entry as the place of an event that no span of its sentence names."""
    return Place(name=entry.name, country=entry.country, admin1=entry.admin1, lat=entry.lat,
                 lon=entry.lon, text="", start=-1, end=-1,
                 precision="country" if entry.kind == "country" else "place")


def _within(sent: Sentence, prep: int, preps: set[int]) -> bool:
    """The preposition is one of ``preps``, or heads a place in the object of one ("at its
    briefing *in* Islamabad")."""
    if prep in preps:
        return True
    owner = sent.tokens[sent.tokens[prep].head]
    return owner.dep == "pobj" and owner.head in preps and owner.i != prep


def _phrase_head(sent: Sentence, i: int) -> Token:
    """The head of the noun phrase token ``i`` belongs to (through compounds, modifiers,
    conjuncts, appositions and possessors)."""
    tok = sent.tokens[i]
    while tok.dep in ("compound", "amod", "nmod", "conj", "appos", "poss") and tok.head != tok.i:
        tok = sent.tokens[tok.head]
    return tok


def _prep_of(sent: Sentence, i: int) -> str | None:
    """The preposition a place hangs from (through compounds and conjuncts)."""
    tok = _phrase_head(sent, i)
    return sent.tokens[tok.head].lower if tok.dep == "pobj" else None


class _Candidates(dict[int, list[tuple[Span, PlaceEntry]]]):
    """Each sentence's places (``place_candidates``), looked up when first asked for: most
    sentences of an article are never asked about."""

    def __init__(self, article: Article, kb: KnowledgeBase, prefer: tuple[str, ...],
                 home: PlaceEntry | None = None) -> None:
        super().__init__()
        self.article, self.kb, self.prefer = article, kb, prefer
        self._known: dict[int, list[tuple[Span, PlaceEntry]]] = {}
        self._local: str | None = home.country if home is not None else None
        self._local_known = home is not None and home.country is not None

    def __missing__(self, k: int) -> list[tuple[Span, PlaceEntry]]:
        sent = self.article.sentences[k]
        found = self._gazetteer(k)
        unknown = unknown_places(sent, self.kb, found)
        if unknown and self.local() is not None:
            found = found + [(span, replace(entry, country=self.local()))
                             for span, entry in unknown]
        self[k] = found
        return found

    def _gazetteer(self, k: int) -> list[tuple[Span, PlaceEntry]]:
        if k not in self._known:
            self._known[k] = place_candidates(self.article.sentences[k], self.kb, self.prefer)
        return self._known[k]

    def local(self) -> str | None:
        """The country the story happens in, for places the gazetteer does not know: the
        dateline's, else the one most of the places it names are in."""
        if not self._local_known:
            counts = Counter(entry.country for k in range(len(self.article.sentences))
                             for _, entry in self._gazetteer(k) if entry.country)
            self._local = counts.most_common(1)[0][0] if counts else None
            self._local_known = True
        return self._local


def unknown_places(sent: Sentence, kb: KnowledgeBase, found: list[tuple[Span, PlaceEntry]]
                   ) -> list[tuple[Span, PlaceEntry]]:
    """Places the gazetteer does not know, as the text names them: a place entity after a
    preposition ("struck the seminary *in Akora Khattak*") or before a place noun ("villages
    of *Zinda Jan* district"); no country yet."""
    taken = {i for span, _ in found for i in range(span.token_start, span.token_end)}
    out: list[tuple[Span, PlaceEntry]] = []
    for ent in sent.entities:
        if ent.label not in ("GPE", "LOC", "PERSON") or \
                taken & set(range(ent.token_start, ent.token_end)):
            continue
        head = sent.tokens[ent.token_end - 1]
        if ent.label == "PERSON" and not (head.dep == "pobj" and sent.tokens[
                head.head].lower in ("in", "near")):
            continue  # (the tagger takes some towns for people: "in Akora Khattak")
        text = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
        if not text[:1].isupper() or kb.ids_for(text) or kb.state_for_name(text) or \
                kb.state_for_adjective(text) or kb.state_for_capital(text):
            continue
        outer = sent.tokens[head.head]
        if head.dep == "compound" and outer.lemma.lower() in PLACE_NOUNS:
            kind = outer.lemma.lower() if outer.lemma.lower() in SPECIFICITY else "town"
        elif head.dep == "pobj":
            kind = "town"
        else:
            continue
        out.append((ent, PlaceEntry(text, kind, None, None, (), None, None, "text")))
    return out


def _gathering_places(article: Article, cache: Mapping[int, list[tuple[Span, PlaceEntry]]]
                      ) -> list[tuple[int, int, PlaceEntry]]:
    """Places of the gatherings the article names ("a meeting *in Kabul*", "met *in Tashkent*"),
    in text order: where a later "on the sidelines" or "at the meeting" was."""
    out: list[tuple[int, int, PlaceEntry]] = []
    for sent in article.sentences:
        # (found once per sentence: "moved to Tashkent, where the leaders attended ...")
        gathered = [(t.i, _where_place(sent, t.i, cache[sent.index]))
                    for t in where_clauses(sent) if _gathers(sent, t.i)]
        for span, entry in cache[sent.index]:
            head = span.token_end - 1
            where = [j for j, place in gathered if place == (span, entry)]
            if where:
                # "moved to Tashkent, where the leaders attended a conference"
                out.append((sent.index, where[0], entry))
                continue
            if not _locative(sent, head) or _prep_of(sent, head) not in ("in", "at", "inside"):
                continue  # (a meeting "on Afghanistan" is about it)
            for j in ancestors(sent, head)[:4]:
                tok = sent.tokens[j]
                if _gathers(sent, j):
                    out.append((sent.index, j, entry))
                    break
                if tok.pos == "VERB":
                    break
    return out


def _gathers(sent: Sentence, j: int) -> bool:
    """Token ``j`` names a gathering, or is a verb whose object is one ("attended *a
    conference*", "the session was held"), or an intransitive one whose subject is ("the
    meeting *ended* in Doha")."""
    tok = sent.tokens[j]
    deps = ("dobj", "nsubjpass") if kids(sent, j, ("dobj",)) else ("nsubj", "nsubjpass")
    return kind_of(tok) == GATHERING or (tok.pos == "VERB" and any(
        kind_of(c) == GATHERING for c in kids(sent, j, deps)))


class _Told:
    """What an article tells that later sentences lean on: each sentence's places, the
    dateline's city, where each speaker spoke, the places of its gatherings (found when first
    asked for)."""

    def __init__(self, article: Article, cache: Mapping[int, list[tuple[Span, PlaceEntry]]],
                 home: PlaceEntry | None, spoke_at: dict[str, tuple[int, PlaceEntry]]) -> None:
        self.article, self.cache, self.home, self.spoke_at = article, cache, home, spoke_at
        self._gatherings: list[tuple[int, int, PlaceEntry]] | None = None

    def gatherings(self) -> list[tuple[int, int, PlaceEntry]]:
        if self._gatherings is None:
            self._gatherings = _gathering_places(self.article, self.cache)
        return self._gatherings


class PlaceStage(ArticleStage):
    """Give each event its location; ground attacks' victims in it."""

    name = "places"
    requires = frozenset({"sentences", "events"})
    provides = frozenset({"places"})

    def __init__(self, kb: KnowledgeBase, speech: frozenset[str] | None = None) -> None:
        self.kb = kb
        self.speech = speech if speech is not None else load_lexicon().speech

    def __call__(self, article: Article) -> Article:
        prefer = article_countries(article)
        home = dateline_place(article, self.kb)
        cache = _Candidates(article, self.kb, prefer, home)
        out: list[Event] = []
        episode: Event | None = None  # the last placed past event
        scenes: dict[int, Event] = {}  # the last placed event of each paragraph
        order = sorted(range(len(article.events)),
                       key=lambda k: (article.events[k].evidence.start,
                                      article.events[k].trigger.start))
        placed: dict[int, Event] = {}
        told = _Told(article, cache, home,
                     self._speakers_placed(article, cache))
        for k in order:
            event = article.events[k]
            sent = article.sentences[event.sentence]
            here = _told_here(sent, event) if told.home is not None else None
            if told.home is not None and here is not None:
                # "agreed here on Saturday": where the article was filed from
                placed[k] = self._ground(article, replace(
                    event, location=_as_place(told.home)), sent.span(here, here + 1, "PLACE"),
                    sent)
                continue
            # a place its own clause refers back to ("at the crossing") is surer than one the
            # sentence names elsewhere
            referred = place_reference(sent, event, cache)
            chosen = choose_place(sent, event, cache[sent.index], self.speech,
                                  referred is not None)
            if chosen is None:
                location, sure, scene = self._from_discourse(
                    told, sent, event, scenes.get(sent.paragraph), episode, referred)
                # an attack is placed only where its own sentence says ("near the crossing")
                placed[k] = replace(event, location=location) if location is not None and (
                    sure or event.coding.plover not in VIOLENT) else event
                if scene and placed[k].location is not None:
                    # "Wang urged Kabul ... Muttaqi assured him": the scene goes on with the
                    # parties of its latest event
                    scenes[sent.paragraph] = placed[k]
                continue
            span, entry = chosen
            if entry.country is None and event.coding.plover in VIOLENT and \
                    event.target is not None and event.target.actor.country is not None:
                # "struck Pakistani posts along the Durand Line": a border has two sides;
                # the strike landed on its target's
                entry = replace(entry, country=event.target.actor.country)
            location = Place(name=entry.name, country=entry.country, admin1=entry.admin1,
                             lat=entry.lat, lon=entry.lon, text=span.text, start=span.start,
                             end=span.end,
                             precision="country" if entry.kind == "country" else "place")
            event = self._ground(article, replace(event, location=location), span, sent)
            placed[k] = event
            scenes[sent.paragraph] = event
            if not event.modality.planned and told_in_past(sent, event) and \
                    not backgrounded(sent, event.trigger.token_start):
                episode = event
        acts = by_act(placed.values(), lambda e: e.location)
        out = [placed[k] if placed[k].location is not None else replace(
            placed[k], location=acts.get(act_of(placed[k])))
            for k in range(len(article.events))]
        return article.with_annotations(self.provides, events=tuple(out))

    def _from_discourse(self, told: _Told, sent: Sentence, event: Event,
                        scene: Event | None, episode: Event | None,
                        referred: PlaceEntry | None) -> tuple[Place | None, bool, bool]:
        """Where an event whose own clause names no place happened, from what the article told
        before, and whether that is sure enough to place an attack: a reference in its own
        sentence (``referred``: "near the crossing"), or the same actor going on with the
        scene, not only a scene or the dateline; and whether the event continues the scene
        or episode."""
        # "In Kabul, the spokesman said ... . He said the Emirate would not allow ...": said
        # where he spoke before, whatever scene the paragraph tells
        entry = said_lately(told.spoke_at, event) if _said_is_done(event) else None
        if entry is None:
            entry = referred
        if entry is None:
            # "She then met the acting foreign minister": where the visit was
            for before, span in ((scene, None), (episode, EPISODE_SPAN)):
                if before is not None and before.location is not None and \
                        continues_episode(sent, event, before, span=span):
                    # the same fighters going on ("also detained journalists") are still there
                    return before.location, \
                        before.source.actor.key == event.source.actor.key, True
        if entry is None:
            trigger = event.trigger.token_start
            at = references(sent, {trigger, *ancestors(sent, trigger)})
            if at:
                # "On the sidelines, the delegation met ...": where the gathering was, else
                # where the article was filed from
                entry = next((e for s_, t_, e in reversed(told.gatherings())
                              if (s_, t_) < (sent.index, at[0].token)), told.home)
        home = told.home
        if entry is None and home is not None and home.country in {
                event.source.actor.country, event.target.actor.country if event.target else None}:
            entry = home  # talks and statements reported from the dateline's city
        if entry is None and event.coding.plover not in VIOLENT:
            entry = self._seat_of(event)  # "The Security Council asked ...": in New York
        if entry is None:
            return None, False, False
        return _as_place(entry), entry is not home, False

    def _seat_of(self, event: Event) -> PlaceEntry | None:
        """Where a body that acts in session sits, when it acts itself (its KB ``seat``)."""
        known = self.kb.actors.get(event.source.actor.kb_id or "")
        if known is None or known.seat is None or (
                event.attributed_to is not None and
                event.attributed_to.actor.key != event.source.actor.key):
            return None
        return self.kb.place(known.seat)

    def _speakers_placed(self, article: Article,
                         cache: Mapping[int, list[tuple[Span, PlaceEntry]]]
                         ) -> dict[str, tuple[int, PlaceEntry]]:
        """Where each speaker last said he spoke, and in which sentence ("*In Kabul*, the
        spokesman said ...")."""
        keys = mention_keys(article)
        out: dict[str, tuple[int, PlaceEntry]] = {}
        for sent in article.sentences:
            for tok in sent.tokens:
                if tok.lemma not in self.speech or tok.pos != "VERB":
                    continue
                preps = {c.i for c in kids(sent, tok.i, ("prep",)) if c.lower in ("in", "at")}
                if not preps:
                    continue
                # "said in Kabul", "said at its weekly briefing in Islamabad"
                where = [entry for span, entry in cache[sent.index]
                         if _prep_of(sent, span.token_end - 1) in ("in", "at") and
                         _within(sent, sent.tokens[span.token_end - 1].head, preps)]
                if where:
                    out.update((key, (sent.index, where[0]))
                               for key in speaker_keys(sent, tok.i, keys))
        return out

    def _ground(self, article: Article, event: Event, span: Span, sent: Sentence) -> Event:
        """An attack's victims, and civilians an event is done to, are where it happened."""
        loc = event.location
        if loc is None or loc.country is None:
            return event
        target = event.target
        if target is not None and target.actor.country is not None:
            return event
        if event.coding.plover != "ASSAULT" and (
                target is None or target.actor.sector not in ("CVL", "UNK")):
            return event  # "survivors in Herat" are Afghans; an envoy in Kabul need not be
        if target is None:
            state = self.kb.actors.get(loc.country)
            name = state.name if state is not None else loc.country
            actor = Actor(name=name, country=loc.country, sector="UNK", kb_id=None, role=None,
                          inferred=True, kind="location")
            target = ActorMention(actor=actor, text=span.text, start=span.start, end=span.end,
                                  sentence=sent.index, token_start=span.token_start,
                                  token_end=span.token_end, how="location", head=-1)
        else:
            target = replace(target, actor=replace(target.actor, country=loc.country,
                                                   inferred=True))
        if target.actor.key == event.source.actor.key:
            return event
        # the attack now has a place and a side it hit: the same evidence a named target gives
        confidence = round(min(0.95, event.confidence + (0.08 if event.target is None else
                                                         0.03)), 3)
        return replace(event, target=target, confidence=confidence, id=event_id(
            article.id, sent.start, event.trigger.start, event.coding.plover,
            event.source.actor.key, target.actor.key))
