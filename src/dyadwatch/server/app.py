"""The web application: REST API, pages and static files from one FastAPI app.

``create_app(settings)`` opens the database read-only (SQLite in ``mode=ro``, PostgreSQL in
read-only transactions); the only route that writes (``POST /api/ingest``) opens its own
writable store and needs the ``write_token``. Every response carries a Content-Security-Policy
that allows no inline script and nothing from elsewhere, so even text that slipped past
escaping could not run.
"""

from __future__ import annotations

import json
import tempfile
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from dyadwatch import api
from dyadwatch._version import __version__
from dyadwatch.config import Settings
from dyadwatch.errors import DyadwatchError
from dyadwatch.server import api_routes, pages
from dyadwatch.server.errors import ApiError, error_body
from dyadwatch.storage import Reader, check_revision, make_engine

SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; "
                               "img-src 'self' data:; object-src 'none'; base-uri 'none'; "
                               "form-action 'self'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


def create_app(settings: Settings) -> FastAPI:
    """The application over ``settings.db`` (read-only; writes need ``write_token``)."""
    engine = make_engine(settings.db_url, read_only=True)
    check_revision(engine)
    app = FastAPI(title="dyadwatch", version=__version__,
                  description="Sourced political events from news reporting: every event with "
                              "the sentence, document and outlet it comes from.")
    app.state.settings = settings
    app.state.reader = Reader(engine)
    app.state.ingest = lambda articles: _ingest(settings, articles)
    app.include_router(api_routes.router)
    app.include_router(pages.router)
    static = resources.files("dyadwatch.server") / "static"
    app.mount("/static", StaticFiles(directory=str(static)), name="static")

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Response:
        response: Response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    def failure(request: Request, status: int, message: str, code: str | None = None
                ) -> Response:
        if request.url.path.startswith("/api") or "text/html" not in request.headers.get(
                "accept", ""):
            return JSONResponse(error_body(status, message, code), status_code=status)
        return pages.templates.TemplateResponse(
            request, "error.html", {"status": status, "message": message}, status_code=status)

    @app.exception_handler(ApiError)
    async def on_api_error(request: Request, exc: ApiError) -> Response:
        return failure(request, exc.status, exc.message, exc.code)

    @app.exception_handler(RequestValidationError)
    async def on_invalid(request: Request, exc: RequestValidationError) -> Response:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'][1:])}: {e['msg']}"
                             for e in exc.errors())
        return failure(request, 422, problems or "invalid request")

    @app.exception_handler(StarletteHTTPException)
    async def on_http(request: Request, exc: StarletteHTTPException) -> Response:
        return failure(request, exc.status_code, str(exc.detail))

    @app.exception_handler(DyadwatchError)
    async def on_ours(request: Request, exc: DyadwatchError) -> Response:
        return failure(request, 503, str(exc), "unavailable")

    @app.exception_handler(Exception)
    async def on_bug(request: Request, exc: Exception) -> Response:
        return failure(request, 500, "internal error: the server logged it; please report "
                                     "what you asked for")

    return app


def _ingest(settings: Settings, articles: list[dict[str, Any]]) -> api.IngestSummary:
    """Store posted articles through the normal ingest (a JSONL file in a temporary folder)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "upload.jsonl"
        path.write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in articles) + "\n",
                        "utf-8")
        return api.ingest([path], settings=settings)

