"""The REST API under ``/api`` (OpenAPI at ``/docs``): stable JSON shapes, one error shape.

Lists are ``{"total", "limit", "offset", "items"}``; errors are ``{"error": {"status",
"code", "message"}}``. Filters are the same on every list: ``dyad``, ``type``, ``actor``,
``quad``, ``since``, ``until``, ``place``, ``q`` (text search in the evidence) and ``all``
(include negated and hypothetical events).
"""

from __future__ import annotations

import hmac
from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, Header, Query, Request

from dyadwatch.server.errors import ApiError
from dyadwatch.server.highlight import record_spans
from dyadwatch.server.params import Query as Filters
from dyadwatch.server.params import interval_of, page_bounds, sort_key
from dyadwatch.storage import Reader

router = APIRouter(prefix="/api", tags=["api"])


def reader(request: Request) -> Reader:
    """The application's read-only queries."""
    return request.app.state.reader  # type: ignore[no-any-return]


def filters(
    dyad: Annotated[str | None, Query(description="Two ISO3 codes, e.g. PAK-AFG "
                                                  "(either direction)")] = None,
    type: Annotated[str | None, Query(description="PLOVER type(s), comma-separated")] = None,
    actor: Annotated[str | None, Query(description="Part of an actor's name, or its id")] = None,
    quad: Annotated[str | None, Query(description="Quad class(es) 1-4, comma-separated")] = None,
    since: Annotated[str | None, Query(description="Events on or after YYYY-MM-DD")] = None,
    until: Annotated[str | None, Query(description="Events on or before YYYY-MM-DD")] = None,
    place: Annotated[str | None, Query(description="Country code or part of a place "
                                                   "name")] = None,
    q: Annotated[str | None, Query(description="Text in the evidence sentence")] = None,
    all: Annotated[bool, Query(description="Include negated and hypothetical events")] = False,
) -> Filters:
    """The filter parameters every list accepts."""
    return Filters(dyad, type, actor, quad, since, until, place, q, all)


Reads = Annotated[Reader, Depends(reader)]
Filter = Annotated[Filters, Depends(filters)]


@router.get("/events", summary="Events matching the filters, one page at a time")
def list_events(db: Reads, flt: Filter, sort: str = "date", limit: int = 50,
                offset: int = 0) -> dict[str, Any]:
    limit, offset = page_bounds(limit, offset)
    key = sort_key(sort)
    total, items = db.page(flt.to_filter(), key, limit, offset)
    return {"total": total, "limit": limit, "offset": offset, "sort": key, "items": items}


@router.get("/events/{event_id}", summary="One event with every report of it")
def get_event(event_id: str, db: Reads) -> dict[str, Any]:
    found = db.event(event_id)
    if found is None:
        raise ApiError(404, f"no event with id {event_id!r}")
    return found


@router.get("/documents/{document_id}",
            summary="A document's text, with the spans of the events reported in it")
def get_document(document_id: str, db: Reads) -> dict[str, Any]:
    found = db.document(document_id)
    if found is None:
        raise ApiError(404, f"no document with id {document_id!r}")
    found["events"] = [{
        "event_id": r["event_id"], "plover": r["plover"],
        "evidence": {"start": r["evidence"]["start"], "end": r["evidence"]["end"],
                     "sentence": r["evidence"]["sentence"]},
        "spans": [{"start": s, "end": e, "kind": k} for s, e, k, _ in record_spans(r)],
    } for r in found["events"]]
    return found


@router.get("/actors", summary="Actors seen in events, most active first")
def list_actors(db: Reads, q: str | None = None, limit: int = 100,
                offset: int = 0) -> dict[str, Any]:
    limit, offset = page_bounds(limit, offset)
    total, items = db.actors(q, limit, offset)
    return {"total": total, "limit": limit, "offset": offset, "items": items}


@router.get("/dyads", summary="Country pairs with events between them")
def list_dyads(db: Reads) -> dict[str, Any]:
    items = db.dyads()
    return {"total": len(items), "items": items}


@router.get("/dyads/{pair}/series",
            summary="Counts per quad class and mean Goldstein per week or month")
def dyad_series(pair: str, db: Reads, flt: Filter, interval: str = "month") -> dict[str, Any]:
    chosen = Filters(pair, flt.type, flt.actor, flt.quad, flt.since, flt.until, flt.place,
                     flt.q, flt.all)
    return {"dyad": pair.upper(), "interval": interval_of(interval),
            "series": db.series(chosen.to_filter(), interval_of(interval))}


@router.get("/network", summary="Who acts on whom: actors and the events between them")
def get_network(db: Reads, flt: Filter) -> dict[str, Any]:
    return db.network(flt.to_filter())


@router.get("/map", summary="Events with a place and coordinates")
def get_map(db: Reads, flt: Filter) -> dict[str, Any]:
    items = db.located(flt.to_filter())
    return {"total": len(items), "items": items}


@router.get("/health", summary="Whether the server can read its database")
def health(db: Reads) -> dict[str, Any]:
    total, _ = db.page(Filters().to_filter(), limit=1)
    return {"status": "ok", "events": total}


def require_token(request: Request,
                  authorization: Annotated[str | None, Header()] = None) -> None:
    """Writes need ``Authorization: Bearer <write_token>``; without a configured token the
    server is read-only."""
    token = request.app.state.settings.write_token
    if not token:
        raise ApiError(403, "this server is read-only: set the write_token setting "
                            "(DYADWATCH_WRITE_TOKEN) to allow writes")
    given = (authorization or "").removeprefix("Bearer ").strip()
    if not given or not hmac.compare_digest(given.encode(), token.encode()):
        raise ApiError(401, "writes need the header Authorization: Bearer <write_token>")


@router.post("/ingest", dependencies=[Depends(require_token)], status_code=201,
             summary="Code and store articles (needs the write token)")
def ingest_articles(request: Request, articles: Annotated[list[dict[str, Any]], Body(
        embed=True, description="Articles as in a JSONL input: id, text or html, published, "
                                "url, outlet, title")]) -> dict[str, Any]:
    if not articles or len(articles) > 100:
        raise ApiError(422, "articles: give 1 to 100 articles per request")
    summary = request.app.state.ingest(articles)
    return {"stored": summary.stored, "skipped": summary.skipped,
            "rejected": summary.rejected, "events": summary.events}
