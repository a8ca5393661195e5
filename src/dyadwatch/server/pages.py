"""The dashboard's pages, rendered on the server from the same queries as the API.

``/`` the dyad overview (default PAK-AFG): cooperation vs conflict over time, one point per
event; ``/events`` a filterable table; ``/events/{id}`` an event with its sentence highlighted in
each article that reports it; ``/documents/{id}`` an article with every event's sentence;
``/network`` who acts on whom; ``/map`` where events happened; ``/actors`` the actors.
Templates autoescape: article text and titles are untrusted.
"""

from __future__ import annotations

from importlib import resources
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from dyadwatch.server import assets, charts
from dyadwatch.server.api_routes import Filter, Reads
from dyadwatch.server.errors import ApiError
from dyadwatch.server.highlight import as_markup, highlighted, record_spans
from dyadwatch.server.params import Query as Filters
from dyadwatch.server.params import interval_of, sort_key

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=str(resources.files("dyadwatch.server") / "templates"))
templates.env.autoescape = True

#: The dyad the overview shows when none is asked for.
DEFAULT_DYAD = "PAK-AFG"
#: Rows per page of the events table.
TABLE_PAGE = 100
#: The most actors the network page draws (the most active; the page says how many there are).
NETWORK_NODES = 80
#: The most events the overview's timeline draws (the most recent; the count shows them all).
TIMELINE_POINTS = 5000


def _render(request: Request, name: str, **context: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context)


def _link(path: str, params: dict[str, str], **extra: Any) -> str:
    merged = {**params, **{k: str(v) for k, v in extra.items() if v is not None}}
    return path + ("?" + urlencode(merged) if merged else "")


@router.get("/", response_class=HTMLResponse)
def overview(request: Request, db: Reads, flt: Filter, interval: str = "month") -> HTMLResponse:
    chosen = flt if flt.dyad else Filters(DEFAULT_DYAD, flt.type, flt.actor, flt.quad,
                                          flt.since, flt.until, flt.place, flt.q, flt.all)
    event_filter = chosen.to_filter()
    total, items = db.page(event_filter, "-date", limit=TIMELINE_POINTS)
    series = db.series(event_filter, interval_of(interval))
    undated = [e for e in items if not e["date"]]
    return _render(request, "overview.html", query=chosen, total=total, series=series,
                   undated=undated, interval=interval_of(interval), drawn=len(items),
                   timeline=charts.timeline(items, series), dyads=db.dyads(),
                   events_link=_link("/events", chosen.as_params()),
                   quad_names=charts.QUAD_NAMES)


@router.get("/events", response_class=HTMLResponse)
def events_table(request: Request, db: Reads, flt: Filter, sort: str = "date",
                 page: int = 1) -> HTMLResponse:
    key = sort_key(sort)
    page = max(page, 1)
    total, items = db.page(flt.to_filter(), key, TABLE_PAGE, (page - 1) * TABLE_PAGE)
    pages = max(1, -(-total // TABLE_PAGE))
    params = flt.as_params()
    return _render(request, "events.html", query=flt, total=total, items=items, sort=key,
                   page=page, pages=pages,
                   prev_link=_link("/events", params, sort=key, page=page - 1)
                   if page > 1 else None,
                   next_link=_link("/events", params, sort=key, page=page + 1)
                   if page < pages else None,
                   api_link=_link("/api/events", params, sort=key, limit=TABLE_PAGE,
                                  offset=(page - 1) * TABLE_PAGE),
                   types=sorted(_plover_types()))


def _plover_types() -> tuple[str, ...]:
    from dyadwatch.ontology import PLOVER_TYPES

    return PLOVER_TYPES


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, event_id: str, db: Reads) -> HTMLResponse:
    found = db.event(event_id)
    if found is None:
        raise ApiError(404, f"no event with id {event_id!r}")
    reports = []
    for k, mention in enumerate(found["mentions"]):
        document = db.document(mention["document_id"])
        text = document["text"] if document else mention["sentence"]
        evidence = (mention["start"], mention["end"]) if document else (0, len(text))
        reports.append({**mention, "html": highlighted(
            text, evidence, record_spans(mention["record"]), f"evidence-{k}")})
    return _render(request, "event.html", event=found, reports=reports)


@router.get("/documents/{document_id}", response_class=HTMLResponse)
def document_page(request: Request, document_id: str, db: Reads) -> HTMLResponse:
    document = db.document(document_id)
    if document is None:
        raise ApiError(404, f"no document with id {document_id!r}")
    records = document["events"]
    sentences = sorted({(r["evidence"]["start"], r["evidence"]["end"]) for r in records})
    return _render(request, "document.html", document=document, records=records,
                   html=_all_sentences(document["text"], sentences))


def _all_sentences(text: str, sentences: list[tuple[int, int]]) -> Any:
    """The article with every evidence sentence marked (no inner spans: several events)."""
    from markupsafe import escape

    pieces, cursor = [], 0
    for start, end in sentences:
        if start < cursor:
            continue
        pieces.append(str(escape(text[cursor:start])))
        pieces.append(f'<mark class="evidence">{escape(text[start:end])}</mark>')
        cursor = end
    pieces.append(str(escape(text[cursor:])))
    body = "".join(pieces).split("\n\n")
    return as_markup("".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body
                             if p.strip()))


@router.get("/network", response_class=HTMLResponse)
def network_page(request: Request, db: Reads, flt: Filter) -> HTMLResponse:
    graph = db.network(flt.to_filter())
    shown = _most_active(graph, NETWORK_NODES)
    return _render(request, "network.html", query=flt, graph=shown,
                   all_nodes=len(graph["nodes"]), chart=charts.network(shown))


def _most_active(graph: dict[str, Any], limit: int) -> dict[str, Any]:
    """The ``limit`` most active actors and the links among them (a readable drawing)."""
    if len(graph["nodes"]) <= limit:
        return graph
    keep = {n["id"] for n in sorted(graph["nodes"], key=lambda n: -n["events"])[:limit]}
    return {"nodes": [n for n in graph["nodes"] if n["id"] in keep],
            "edges": [e for e in graph["edges"] if e["source"] in keep and
                      e["target"] in keep]}


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request, db: Reads, flt: Filter) -> HTMLResponse:
    items = db.located(flt.to_filter())
    west, south, east, north = charts.DEFAULT_BOUNDS
    for e in items:
        west, east = min(west, e["location"]["lon"] - 1), max(east, e["location"]["lon"] + 1)
        south, north = min(south, e["location"]["lat"] - 1), max(north, e["location"]["lat"] + 1)
    places: dict[str, int] = {}
    for e in items:
        places[e["location"]["name"]] = places.get(e["location"]["name"], 0) + 1
    return _render(request, "map.html", query=flt, items=items, places=places,
                   outlines_installed=assets.installed(),
                   chart=charts.located_map(items, assets.outlines((west, south, east,
                                                                     north))))


@router.get("/actors", response_class=HTMLResponse)
def actors_page(request: Request, db: Reads, q: str | None = None) -> HTMLResponse:
    total, items = db.actors(q, limit=500)
    return _render(request, "actors.html", total=total, items=items, q=q or "")

