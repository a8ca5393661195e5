"""The gazetteer: curated places of the knowledge base first, then geonames cities."""

from __future__ import annotations

import gzip
import json
import unicodedata
from functools import lru_cache
from importlib import resources

from dyadwatch.kb.records import PlaceEntry


@lru_cache(maxsize=65536)
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
    """Cities of the world by ASCII name (the subset ``scripts/geonames_subset.py`` ships:
    GeoNames cities of 50,000 people or more, towns of 5,000 or more in Pakistan and
    Afghanistan), every city a name may mean, the most populous first; a city's own name
    before other cities' old or foreign names for it ("Islamabad" is also an old name of
    Chittagong)."""
    raw = resources.files("dyadwatch.kb").joinpath("data/places/geonames_cities.json.gz")
    payload = json.loads(gzip.decompress(raw.read_bytes()))
    primary: dict[str, list[tuple[int, PlaceEntry]]] = {}
    alternate: dict[str, list[tuple[int, PlaceEntry]]] = {}
    for name, country, lat, lon, population, alternates, _ in payload["rows"]:
        entry = PlaceEntry(name, "city", country, None, (), float(lat), float(lon), "geonames")
        primary.setdefault(ascii_key(name), []).append((population, entry))
        # "New York City" is mostly written "New York" (but "Jersey City" is not "Jersey",
        # nor "Central City" any "Central")
        short = name[:-len(" City")] if name.endswith(" City") else ""
        shortened = [short] if len(short.split()) >= 2 else []
        for other in (*alternates, *shortened):
            alternate.setdefault(ascii_key(other), []).append((population, entry))
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
