"""dyadwatch: news reporting in, a sourced political event dataset out.

The Python API mirrors the command line::

    import dyadwatch
    records = dyadwatch.extract(text, published="2024-03-23")
    summary = dyadwatch.ingest(["examples/corpus"], db="dyadwatch.db")
    rows = dyadwatch.events(db="dyadwatch.db")

The API is imported on first use, so that ``import dyadwatch.model`` stays light (no spaCy).
"""

from __future__ import annotations

from typing import Any

from dyadwatch._version import __version__

_API = ("EXPORT_FORMATS", "ExtractResult", "IngestSummary", "events", "export", "extract",
        "extract_paths", "ingest", "open_store", "pipeline_for", "reprocess", "resolve_actor")
_CONFIG = ("Settings", "load_settings")

__all__ = ["DyadwatchError", "__version__", *_API, *_CONFIG]


def __getattr__(name: str) -> Any:
    if name in _API:
        from dyadwatch import api

        return getattr(api, name)
    if name in _CONFIG:
        from dyadwatch import config

        return getattr(config, name)
    if name == "DyadwatchError":
        from dyadwatch.errors import DyadwatchError

        return DyadwatchError
    raise AttributeError(f"module 'dyadwatch' has no attribute {name!r}")
