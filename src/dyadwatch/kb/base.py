"""The knowledge base in use: alias indexes and dated resolution of an entry to an ``Actor``."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process

from dyadwatch.kb.loader import LoadedKb, load
from dyadwatch.kb.places import Gazetteer
from dyadwatch.kb.records import Description, KbActor, PlaceEntry
from dyadwatch.model import Actor

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "ʼ": "'"})
_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)
_LEADING = re.compile(r"^(?:the|a|an)\s+")
_POSSESSIVE = re.compile(r"'s?\b")

#: spaCy entity label for a KB kind (the entity ruler's label).
RULER_LABEL = {"person": "PERSON", "state": "GPE"}


def is_acronym(name: str) -> bool:
    """An all-capitals short name ("US", "WHO", "U.N."): matched only when written so."""
    letters = name.replace(".", "").replace("-", "")
    return 1 < len(letters) <= 6 and letters.isalpha() and letters.isupper()


@lru_cache(maxsize=65536)
def alias_key(text: str) -> str:
    """Normalise a name for lookup: case, apostrophes, hyphens and a leading article ignored."""
    text = text.translate(_APOSTROPHES).lower()
    text = _POSSESSIVE.sub("", text)
    text = _NON_WORD.sub(" ", text).strip()
    return _LEADING.sub("", text)


class KnowledgeBase:
    """Actors by id, indexes by alias, adjective, capital and description, and date logic."""

    def __init__(self, loaded: LoadedKb) -> None:
        self.version = loaded.version
        self.files = loaded.files
        self.actors: dict[str, KbActor] = loaded.actors
        self.descriptions = loaded.descriptions
        self._alias: dict[str, list[str]] = defaultdict(list)
        self._acronym: dict[str, list[str]] = defaultdict(list)
        self._adjective: dict[str, str] = {}
        self._capital: dict[str, str] = {}
        for actor in self.actors.values():
            for name in actor.names:
                if is_acronym(name):
                    index, key = self._acronym, name.replace(".", "")
                else:
                    index, key = self._alias, alias_key(name)
                if key and actor.id not in index[key]:
                    index[key].append(actor.id)
            for adjective in actor.adjectives:
                self._adjective.setdefault(alias_key(adjective), actor.id)
            if actor.capital:
                self._capital.setdefault(alias_key(actor.capital), actor.id)
                # "Washington, D.C." is written "Washington"
                self._capital.setdefault(alias_key(actor.capital.split(",")[0]), actor.id)
        self._description: dict[str, Description] = {}
        for desc in self.descriptions:
            for text in desc.texts:
                self._description.setdefault(alias_key(text), desc)
        self._alias_keys = list(self._alias)
        self.places = loaded.places
        self.gazetteer = Gazetteer(loaded.places)

    def place(self, text: str, curated_only: bool = False,
              prefer: tuple[str, ...] = ()) -> PlaceEntry | None:
        """The place ``text`` names: a curated place, a state, or a geonames city (one in the
        ``prefer`` countries when the name is shared)."""
        found = self.gazetteer.find(text, curated_only=True)
        if found is not None:
            return found
        state = self.state_for_name(text)
        if state is not None:
            actor = self.actors[state]
            return PlaceEntry(actor.name, "country", actor.country, None, (), None, None, "kb")
        return None if curated_only else self.gazetteer.find(text, prefer=prefer)

    def country_of_place(self, text: str) -> str | None:
        """The country a place name lies in (capitals and cities included), or None."""
        place = self.place(text, curated_only=True)
        if place is not None:
            return place.country
        capital = self.state_for_capital(text)
        if capital:
            return self.actors[capital].country
        place = self.gazetteer.find(text)
        return place.country if place is not None else None

    # -- lookups ---------------------------------------------------------------------------
    def ids_for(self, text: str) -> list[str]:
        """Ids whose name or alias equals ``text`` (normalised); several when ambiguous.

        Acronyms match only in capitals: "US" is the United States, "us" is not."""
        bare = text.strip().replace(".", "")
        if bare.startswith(("the ", "The ")):
            bare = bare[4:]
        if bare.endswith(("'s", "’s")):
            bare = bare[:-2]
        if is_acronym(bare):
            return list(self._acronym.get(bare, ()))
        return list(self._alias.get(alias_key(text), ()))

    def fuzzy_ids(self, text: str, threshold: float = 92.0) -> list[str]:
        """Ids of the closest alias when it is near enough (transliteration variants)."""
        key = alias_key(text)
        if len(key) < 8:
            return []
        hit = process.extractOne(key, self._alias_keys, scorer=fuzz.ratio,
                                 score_cutoff=threshold)
        return list(self._alias[hit[0]]) if hit else []

    def state_for_adjective(self, word: str) -> str | None:
        """The state id for a nationality adjective ("Pakistani" -> "PAK")."""
        return self._adjective.get(alias_key(word))

    def state_for_capital(self, word: str) -> str | None:
        """The state id whose capital is ``word`` ("Kabul" -> "AFG")."""
        return self._capital.get(alias_key(word))

    def state_for_name(self, text: str) -> str | None:
        """The state id when ``text`` names a state ("Pakistan", "the U.S.")."""
        for kb_id in self.ids_for(text):
            if self.actors[kb_id].kind == "state":
                return kb_id
        return None

    def description_for(self, text: str) -> Description | None:
        """The generic description ``text`` is ("the Foreign Office"), if any."""
        return self._description.get(alias_key(text))

    # -- dated resolution --------------------------------------------------------------------
    def actor(self, kb_id: str, on: date | None, text: str | None = None) -> Actor:
        """The ``Actor`` that ``kb_id`` is on ``on``: its period, and for a person the role."""
        entry = self.actors[kb_id]
        country, sector, kind = entry.country, entry.sector, entry.kind
        period = entry.period_on(on)
        parent = self.actors.get(entry.parent or "")
        if (period is None and not entry.periods and entry.kind != "person"
                and parent is not None and parent.kind != "state"):
            # a body of a group that was an insurgency then ("the Quetta Shura" in 2010) is
            # an insurgent body; once the group governs, the body is what it is (GDI: SPY)
            inherited = parent.period_on(on)
            if inherited is not None and inherited.sector == "REB":
                period = inherited
        if period is not None:
            country = period.country or country
            sector, kind = period.sector, period.kind or kind
        role_name = None
        role = entry.role_on(on)
        if role is not None:
            country, sector = role.country, role.sector
            role_name = role.role
        elif on is not None and entry.kind == "person":
            country, sector = self._between_posts(entry, on, country, sector)
        return Actor(name=entry.name, country=country, sector=sector, kb_id=kb_id,
                     role=role_name, inferred=False, kind=kind)

    def _between_posts(self, entry: KbActor, on: date, country: str | None, sector: str
                       ) -> tuple[str | None, str]:
        """A person holding no post on ``on``: a member of a group is what the group was then
        (a Taliban figure before Aug 2021 is REB); someone whose state posts have all ended is
        a former official (ELI); otherwise the entry's own sector."""
        parent = self.actors.get(entry.parent or "")
        if parent is not None and parent.kind not in ("state",) and parent.periods:
            group = self.actor(parent.id, on)
            return group.country or country, group.sector
        state_sectors = ("GOV", "MIL", "SPY", "COP", "JUD", "LEG", "IGO")
        if sector in state_sectors and any(r.ended_before(on) for r in entry.roles):
            return country, "ELI"
        return country, sector

    def government(self, state_id: str, on: date | None) -> Actor:
        """Who "<capital>" or "the <adjective> government" means on ``on``."""
        state = self.actors[state_id]
        governing = state.government_on(on)
        if governing and governing in self.actors:
            found = self.actor(governing, on)
            return Actor(found.name, state.country, "GOV", found.kb_id, None, False, found.kind)
        return self.actor(state_id, on)

    def body(self, state_id: str | None, desc: Description, on: date | None) -> Actor:
        """The country's own body for a description (PAK + MOFA), or a generic actor."""
        if state_id and desc.suffix and f"{state_id}_{desc.suffix}" in self.actors:
            return self.actor(f"{state_id}_{desc.suffix}", on)
        if state_id in self.actors and desc.kind == "government":
            return self.government(state_id, on)  # "Afghan officials" in 2023: the Taliban
        country = self.actors[state_id].country if state_id in self.actors else None
        state_name = self.actors[state_id].name if state_id in self.actors else ""
        name = (desc.name or desc.texts[0]).replace("{country}", state_name).strip()
        name = name.replace("()", "").strip()
        return Actor(name=name, country=country, sector=desc.sector, kb_id=None, role=None,
                     inferred=True, kind=desc.kind)

    # -- entity ruler ------------------------------------------------------------------------
    def ruler_patterns(self) -> list[dict[str, Any]]:
        """spaCy entity-ruler patterns for every name, alias and nationality adjective.

        Only names containing a capital letter or digit are used (the ruler matches exact
        case), so that no common word is forced into an entity. Ambiguous aliases get no id.
        """
        patterns: list[dict[str, Any]] = []
        seen: set[tuple[str, str]] = set()
        for actor in self.actors.values():
            label = RULER_LABEL.get(actor.kind, "ORG")
            for name in actor.names:
                ids = self.ids_for(name)
                ref = actor.id if len(ids) == 1 else ""
                for variant in _case_variants(name):
                    if (variant, label) in seen or not re.search(r"[A-Z0-9]", variant):
                        continue
                    seen.add((variant, label))
                    pattern: dict[str, Any] = {"label": label, "pattern": variant}
                    if ref:
                        pattern["id"] = ref
                    patterns.append(pattern)
            for adjective in actor.adjectives:
                if (adjective, "NORP") not in seen and adjective[:1].isupper():
                    seen.add((adjective, "NORP"))
                    patterns.append({"label": "NORP", "pattern": adjective, "id": actor.id})
        # curated places, so that the statistical NER does not read "Lakki Marwat" or
        # "Dera Ismail Khan" as people; a name an actor already uses keeps the actor's pattern
        named = {text for text, _ in seen}
        for place in self.places:
            label = "FAC" if place.kind in PLACE_FACILITIES else "GPE"
            for name in (place.name, *place.aliases):
                if name in named or not name[:1].isupper():
                    continue
                named.add(name)
                patterns.append({"label": label, "pattern": name})
        return patterns


#: Curated place kinds the ruler labels as facilities rather than places.
PLACE_FACILITIES = frozenset({"border_crossing"})


def _case_variants(name: str) -> list[str]:
    variants = [name]
    titled = " ".join(w[:1].upper() + w[1:] if w.islower() and len(w) > 3 else w
                      for w in name.split())
    if titled != name:
        variants.append(titled)
    return variants


@lru_cache(maxsize=8)
def _cached(extra: tuple[str, ...]) -> KnowledgeBase:
    return KnowledgeBase(load(extra))


def load_kb(extra: Iterable[str | Path] = ()) -> KnowledgeBase:
    """The shipped knowledge base plus ``extra`` files, loaded once per process."""
    return _cached(tuple(str(p) for p in extra))
