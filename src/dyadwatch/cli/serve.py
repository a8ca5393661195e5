"""`dyadwatch serve`: the web dashboard and REST API over a database."""

from __future__ import annotations

from typing import Annotated

import typer

from dyadwatch.cli.app import app, err, settings
from dyadwatch.cli.commands import DbOption


@app.command(epilog="Example: dyadwatch serve --db dyadwatch.db   (then open "
                    "http://127.0.0.1:8000/)")
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Address to listen on (127.0.0.1: this machine "
                                           "only).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.", min=1, max=65535)] = 8000,
) -> None:
    """Serve the dashboard (the dyad overview at /) and the REST API (OpenAPI at /docs).

    The database is opened read-only; writes (POST /api/ingest) need the write_token setting.
    """
    import uvicorn

    from dyadwatch.server import create_app

    cfg = settings(db=db)
    application = create_app(cfg)
    err.print(f"dyadwatch: serving {cfg.db} at http://{host}:{port}/ (API docs at /docs); "
              "Ctrl-C stops")
    uvicorn.run(application, host=host, port=port, log_level="warning")
