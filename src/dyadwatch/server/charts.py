"""The dashboard's charts as SVG, drawn on the server: no script, no library, nothing fetched.

Every mark that stands for an event links to the event's page and carries ``data-event-id``;
every actor node carries ``data-actor-id``. Names and dates go through ``escape`` (they come
from articles: untrusted). Colours follow the quad class: verbal and material cooperation in
greens, verbal and material conflict in oranges and reds.
"""

from __future__ import annotations

import math
from datetime import date
from typing import Any

from markupsafe import Markup, escape

from dyadwatch.server.highlight import as_markup

QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
              4: "material conflict"}


def event_day(value: str | None) -> date | None:
    """The first day an event date (YYYY, YYYY-MM or YYYY-MM-DD) covers."""
    if not value:
        return None
    parts = [int(p) for p in value.split("-")]
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def _label(event: dict[str, Any]) -> str:
    source = (event.get("source") or {}).get("name") or "?"
    target = (event.get("target") or {}).get("name")
    return f"{event.get('date') or 'undated'} {event['plover']}: {source}" + (
        f" → {target}" if target else "")


def timeline(events: list[dict[str, Any]], series: list[dict[str, Any]],
             width: int = 960, height: int = 340) -> Markup:
    """Cooperation vs conflict over time: one point per dated event (Goldstein score on the
    vertical axis, quad class as colour), linked to its page, and the mean Goldstein per period
    as a line."""
    dated: list[tuple[date, dict[str, Any]]] = []
    for e in events:
        day = event_day(e["date"])
        if day is not None:
            dated.append((day, e))
    left, right, top, bottom = 48, 16, 16, 36
    svg = [f'<svg class="timeline" viewBox="0 0 {width} {height}" role="img" '
           f'aria-label="Goldstein score of each event over time">']
    if not dated:
        svg.append(f'<text x="{width / 2}" y="{height / 2}" text-anchor="middle">'
                   'No dated events for this filter.</text></svg>')
        return as_markup("".join(svg))
    first = min(d for d, _ in dated).toordinal()
    last = max(d for d, _ in dated).toordinal()
    span = max(last - first, 30)

    def x(day: date) -> float:
        return left + (day.toordinal() - first) / span * (width - left - right)

    def y(score: float) -> float:
        return top + (10 - score) / 20 * (height - top - bottom)

    for score in (-10, -5, 0, 5, 10):
        cls = "axis zero" if score == 0 else "axis"
        svg.append(f'<line class="{cls}" x1="{left}" x2="{width - right}" y1="{y(score):.1f}" '
                   f'y2="{y(score):.1f}"/><text class="tick" x="{left - 6}" y="{y(score) + 4:.1f}"'
                   f' text-anchor="end">{score:+d}</text>')
    for year in range(date.fromordinal(first).year, date.fromordinal(first + span).year + 1):
        day = date(year, 1, 1)
        if first <= day.toordinal() <= first + span:
            svg.append(f'<line class="axis" x1="{x(day):.1f}" x2="{x(day):.1f}" y1="{top}" '
                       f'y2="{height - bottom}"/><text class="tick" x="{x(day):.1f}" '
                       f'y="{height - bottom + 16}" text-anchor="middle">{year}</text>')
    points = []
    for p in series:
        middle = event_day(p["period"] if len(p["period"]) > 7 else p["period"] + "-15")
        points.append((x(middle or date.fromordinal(first)), y(p["goldstein_mean"])))
    if len(points) > 1:
        path = " ".join(f"{px:.1f},{py:.1f}" for px, py in points)
        svg.append(f'<polyline class="trend" points="{path}"/>')
    seen: dict[tuple[int, int], int] = {}
    for day, event in sorted(dated, key=lambda d: (d[0], d[1]["id"])):
        cx, cy = x(day), y(event["goldstein"])
        key = (round(cx), round(cy))
        nudge = seen.get(key, 0)
        seen[key] = nudge + 1
        cy += (nudge % 5) * 4 - 8 * (nudge % 2)  # spread identical points a little
        svg.append(f'<a href="/events/{escape(event["id"])}" class="point-link">'
                   f'<circle class="point q{int(event["quad"])}" data-event-id="'
                   f'{escape(event["id"])}" cx="{cx:.1f}" cy="{cy:.1f}" r="5">'
                   f'<title>{escape(_label(event))}</title></circle></a>')
    svg.append("</svg>")
    return as_markup("".join(svg))


def _layout(ids: list[str], edges: list[tuple[str, str]], width: int, height: int
            ) -> dict[str, tuple[float, float]]:
    """A deterministic force-directed layout (Fruchterman-Reingold from a circle)."""
    n = len(ids)
    if n == 0:
        return {}
    cx, cy = width / 2, height / 2
    radius = min(width, height) * 0.4
    pos = {i: [cx + radius * math.cos(2 * math.pi * k / n),
               cy + radius * math.sin(2 * math.pi * k / n)] for k, i in enumerate(ids)}
    if n == 1:
        return {ids[0]: (cx, cy)}
    k = math.sqrt(width * height / n) * 0.6
    temperature = width / 10
    for _ in range(100):
        shift = {i: [0.0, 0.0] for i in ids}
        for a in range(n):
            for b in range(a + 1, n):
                ia, ib = ids[a], ids[b]
                dx, dy = pos[ia][0] - pos[ib][0], pos[ia][1] - pos[ib][1]
                dist = max(math.hypot(dx, dy), 0.01)
                force = k * k / dist
                shift[ia][0] += dx / dist * force
                shift[ia][1] += dy / dist * force
                shift[ib][0] -= dx / dist * force
                shift[ib][1] -= dy / dist * force
        for s, t in edges:
            dx, dy = pos[s][0] - pos[t][0], pos[s][1] - pos[t][1]
            dist = max(math.hypot(dx, dy), 0.01)
            force = dist * dist / k
            shift[s][0] -= dx / dist * force
            shift[s][1] -= dy / dist * force
            shift[t][0] += dx / dist * force
            shift[t][1] += dy / dist * force
        for i in ids:
            dx, dy = shift[i]
            dist = max(math.hypot(dx, dy), 0.01)
            pos[i][0] += dx / dist * min(dist, temperature)
            pos[i][1] += dy / dist * min(dist, temperature)
            pos[i][0] = min(width - 60, max(60.0, pos[i][0]))
            pos[i][1] = min(height - 30, max(30.0, pos[i][1]))
        temperature *= 0.96
    return {i: (p[0], p[1]) for i, p in pos.items()}


def network(graph: dict[str, Any], width: int = 960, height: int = 640) -> Markup:
    """Who acts on whom: one node per actor, one arrow per (source, target); colour is the
    mean Goldstein score (green cooperation, red conflict), width the number of events."""
    nodes = {n["id"]: n for n in graph["nodes"]}
    edges = [e for e in graph["edges"] if e["source"] in nodes and e["target"] in nodes]
    pos = _layout(sorted(nodes), [(e["source"], e["target"]) for e in edges], width, height)
    svg = [f'<svg class="network" viewBox="0 0 {width} {height}" role="img" '
           f'aria-label="Actors and who acts on whom"><defs>'
           '<marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="9" '
           'markerHeight="9" markerUnits="userSpaceOnUse" orient="auto-start-reverse">'
           '<path d="M0,0 L10,5 L0,10 z" class="arrowhead"/></marker></defs>']
    if not nodes:
        svg.append(f'<text x="{width / 2}" y="{height / 2}" text-anchor="middle">'
                   'No interactions for this filter.</text></svg>')
        return as_markup("".join(svg))
    radius = {i: 5 + 2.5 * math.log2(1 + n["events"]) for i, n in nodes.items()}
    for e in edges:
        (x1, y1), (x2, y2) = pos[e["source"]], pos[e["target"]]
        # end the arrow at the target's edge, not its centre
        length = max(math.hypot(x2 - x1, y2 - y1), 0.01)
        x2 -= (x2 - x1) / length * (radius[e["target"]] + 2)
        y2 -= (y2 - y1) / length * (radius[e["target"]] + 2)
        cls = "coop" if e["goldstein"] > 0 else "conflict" if e["goldstein"] < 0 else "neutral"
        w = 1 + 2 * math.log2(1 + e["events"])
        svg.append(f'<line class="edge {cls}" x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" '
                   f'y2="{y2:.1f}" stroke-width="{w:.1f}" marker-end="url(#arrow)">'
                   f'<title>{escape(nodes[e["source"]]["name"])} → '
                   f'{escape(nodes[e["target"]]["name"])}: {e["events"]} events, mean '
                   f'Goldstein {e["goldstein"]:+.1f}</title></line>')
    for node_id, node in nodes.items():
        x, y = pos[node_id]
        r = radius[node_id]
        label = f'{node["name"]} [{node.get("country") or "-"}/{node.get("sector") or "-"}]'
        svg.append(f'<g class="node" data-actor-id="{escape(node_id)}">'
                   f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}"><title>{escape(label)}: '
                   f'{node["events"]} events</title></circle>'
                   f'<text x="{x:.1f}" y="{y - r - 4:.1f}" text-anchor="middle">'
                   f'{escape(node["name"][:32])}</text></g>')
    svg.append("</svg>")
    return as_markup("".join(svg))


#: The region drawn when no event lies outside it (Pakistan and Afghanistan).
DEFAULT_BOUNDS = (60.0, 23.5, 78.0, 38.5)


def located_map(events: list[dict[str, Any]], outlines: list[tuple[str, list[list[tuple[
        float, float]]]]], width: int = 960, height: int = 720) -> Markup:
    """One dot per located event (linked to its page) over country outlines, in an
    equirectangular projection of the region the events lie in."""
    lons = [e["location"]["lon"] for e in events]
    lats = [e["location"]["lat"] for e in events]
    west, south, east, north = DEFAULT_BOUNDS
    if lons:
        west, east = min(west, min(lons) - 1), max(east, max(lons) + 1)
        south, north = min(south, min(lats) - 1), max(north, max(lats) + 1)
    scale = min(width / (east - west), height / (north - south))

    def xy(lon: float, lat: float) -> tuple[float, float]:
        return (lon - west) * scale, (north - lat) * scale

    svg = [f'<svg class="map" viewBox="0 0 {(east - west) * scale:.0f} '
           f'{(north - south) * scale:.0f}" role="img" aria-label="Where events happened">']
    for name, rings in outlines:
        d = " ".join("M" + " L".join(f"{px:.1f},{py:.1f}" for px, py in (xy(*pt) for pt in ring))
                     + " Z" for ring in rings)
        svg.append(f'<path class="country" d="{d}"><title>{escape(name)}</title></path>')
    stacked: dict[tuple[float, float], int] = {}
    for event in events:
        loc = event["location"]
        px, py = xy(loc["lon"], loc["lat"])
        k = stacked.get((px, py), 0)
        stacked[(px, py)] = k + 1
        if k:  # events at one place: a small spiral around it, each dot still clickable
            angle = k * 2.4
            px, py = px + 3.5 * math.sqrt(k) * math.cos(angle), py + 3.5 * math.sqrt(k) * \
                math.sin(angle)
        svg.append(f'<a href="/events/{escape(event["id"])}" class="place-link">'
                   f'<circle class="place q{int(event["quad"])}" data-event-id='
                   f'"{escape(event["id"])}" cx="{px:.1f}" cy="{py:.1f}" r="6">'
                   f'<title>{escape(loc["name"] or "")}: {escape(_label(event))}</title>'
                   '</circle></a>')
    svg.append("</svg>")
    return as_markup("".join(svg))
