"""Front-end data installed at set-up, never fetched at run time: country outlines for the map.

The outlines are Natural Earth's 1:50m countries (public domain) as packaged by the npm
package ``world-atlas`` 2.0.2 (ISC). ``python -m dyadwatch.server.assets`` (run by ``make
install``) downloads its tarball from the npm registry, checks it against the pinned
SHA-512, and keeps ``countries-50m.json`` in the environment (``<prefix>/share/dyadwatch``).
The server only reads that file; when it is missing the map is drawn without outlines and
says how to install them.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import sys
import tarfile
import urllib.request
from functools import lru_cache
from pathlib import Path
from typing import Any

TARBALL = "https://registry.npmjs.org/world-atlas/-/world-atlas-2.0.2.tgz"
INTEGRITY = ("sha512-IXfV0qwlKXpckz1FhwXVwKRjiIhOnWttOskm5CtxMsjgE/MXAYRHWJqgXOpM8IkcPBoXnyT"
             "U5lFHcYa5ChG0LQ==")
MEMBER = "package/countries-50m.json"

Ring = list[tuple[float, float]]


def outline_file() -> Path:
    """Where the installed outlines live."""
    return Path(sys.prefix) / "share" / "dyadwatch" / "countries-50m.json"


def install(target: Path | None = None) -> Path:
    """Download, verify and keep the outlines (no-op when already there)."""
    target = target or outline_file()
    if target.is_file():
        return target
    with urllib.request.urlopen(TARBALL, timeout=60) as response:  # noqa: S310 - fixed https
        data = response.read()
    algorithm, expected = INTEGRITY.split("-", 1)
    digest = base64.b64encode(hashlib.new(algorithm, data).digest()).decode()
    if digest != expected:
        raise RuntimeError(f"{TARBALL}: checksum mismatch, refusing to install it")
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as archive:
        member = archive.extractfile(MEMBER)
        if member is None:
            raise RuntimeError(f"{TARBALL}: {MEMBER} missing")
        content = member.read()
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(content)
    return target


@lru_cache(maxsize=1)
def _countries() -> list[tuple[str, list[Ring], tuple[float, float, float, float]]]:
    path = outline_file()
    if not path.is_file():
        return []
    topology = json.loads(path.read_text("utf-8"))
    arcs = _decode_arcs(topology)
    out = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        rings: list[Ring] = []
        kind = geometry.get("type")
        polygons = [geometry["arcs"]] if kind == "Polygon" else \
            geometry["arcs"] if kind == "MultiPolygon" else []
        for polygon in polygons:
            for ring in polygon:
                rings.append(_ring(ring, arcs))
        if rings:
            lons = [p[0] for r in rings for p in r]
            lats = [p[1] for r in rings for p in r]
            name = (geometry.get("properties") or {}).get("name", "")
            out.append((name, rings, (min(lons), min(lats), max(lons), max(lats))))
    return out


def _decode_arcs(topology: dict[str, Any]) -> list[Ring]:
    scale = topology.get("transform", {}).get("scale", [1, 1])
    translate = topology.get("transform", {}).get("translate", [0, 0])
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points: Ring = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * scale[0] + translate[0], y * scale[1] + translate[1]))
        arcs.append(points)
    return arcs


def _ring(indexes: list[int], arcs: list[Ring]) -> Ring:
    points: Ring = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc if not points else arc[1:])
    return points


def outlines(bounds: tuple[float, float, float, float]) -> list[tuple[str, list[Ring]]]:
    """Country outlines that overlap ``(west, south, east, north)``; empty when the outlines
    are not installed."""
    west, south, east, north = bounds
    return [(name, rings) for name, rings, (w, s, e, n) in _countries()
            if w <= east and e >= west and s <= north and n >= south]


def installed() -> bool:
    """Whether the outlines are installed."""
    return outline_file().is_file()


if __name__ == "__main__":
    print(f"country outlines: {install()}")
