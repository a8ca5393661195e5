"""Integration fixtures: the demo corpus ingested once per session."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import CORPUS, ROOT


def dyadwatch(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None,
              timeout: int = 600) -> subprocess.CompletedProcess[str]:
    """Run the CLI in a subprocess, as a user would."""
    return subprocess.run([sys.executable, "-m", "dyadwatch", *args], capture_output=True,
                          text=True, cwd=cwd or ROOT, env={**os.environ, **(env or {})},
                          timeout=timeout)


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo corpus ingested into a fresh SQLite file (once per session)."""
    from dyadwatch import api

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    summary = api.ingest([CORPUS], db=str(path))
    assert summary.stored > 25 and summary.rejected == 0
    return path
