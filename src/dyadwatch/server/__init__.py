"""The web dashboard and REST API (FastAPI): ``create_app(settings)``; ``dyadwatch serve``."""

from dyadwatch.server.app import create_app

__all__ = ["create_app"]
