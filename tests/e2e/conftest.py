"""Browser tests: the dashboard on the demo database in real headless Chromium.

The browser is Debian's ``chromium`` driven by Playwright (never ``playwright install``). On a
machine without it the tests are skipped, and the run ends with a notice saying how to enable
them; CI sets ``DYADWATCH_REQUIRE_BROWSER=1`` so that a missing browser fails instead.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import CORPUS, ROOT
from tests.serverdata import HOSTILE_SENTENCE, HOSTILE_TITLE

CHROMIUM = os.environ.get("DYADWATCH_CHROMIUM", "/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
#: Where every page's screenshot is saved (docs/screenshots holds the copies the README shows).
SCREENSHOTS = ROOT / "build" / "screenshots"
SKIP_NOTICE = ("browser tests skipped: no Chromium at {path}. Install Debian's chromium "
               "(apt-get install chromium) or set DYADWATCH_CHROMIUM to a Chromium binary; "
               "`.ci/run` installs it and always runs them.")
_skipped: list[str] = []


def pytest_collection_modifyitems(config: Any, items: list[Any]) -> None:
    if Path(CHROMIUM).exists() or shutil.which(CHROMIUM):
        return
    if os.environ.get("DYADWATCH_REQUIRE_BROWSER") == "1":
        raise pytest.UsageError(f"DYADWATCH_REQUIRE_BROWSER=1 but no Chromium at {CHROMIUM}")
    notice = SKIP_NOTICE.format(path=CHROMIUM)
    for item in items:
        if "tests/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.skip(reason=notice))
            _skipped.append(item.nodeid)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if _skipped:
        terminalreporter.write_sep("!", SKIP_NOTICE.format(path=CHROMIUM), yellow=True)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def demo_with_hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo corpus plus one article whose title and text carry script, ingested."""
    from dyadwatch import api

    folder = tmp_path_factory.mktemp("e2e")
    hostile = folder / "hostile.jsonl"
    hostile.write_text(json.dumps({
        "id": "hostile-article", "title": HOSTILE_TITLE, "published": "2024-03-19",
        "outlet": "<i onmouseover=alert(4)>Test Wire</i>", "url": "https://example.org/h",
        "text": "Pakistan's foreign minister met Afghanistan's foreign minister in Kabul on "
                "Monday. " + HOSTILE_SENTENCE + "\n\n<img src=x onerror=alert(5)> end."}) + "\n")
    db = folder / "demo.db"
    summary = api.ingest([CORPUS, hostile], db=str(db))
    assert summary.stored >= 45 and summary.rejected == 0
    return db


@pytest.fixture(scope="session")
def server(demo_with_hostile: Path) -> Iterator[str]:
    """The app on 127.0.0.1 in a background thread; yields its base URL."""
    import uvicorn

    from dyadwatch.config import Settings
    from dyadwatch.server import create_app

    port = _free_port()
    config = uvicorn.Config(create_app(Settings(db=str(demo_with_hostile))), host="127.0.0.1",
                            port=port, log_level="warning")
    instance = uvicorn.Server(config)
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    deadline = time.time() + 30
    while not instance.started and time.time() < deadline:
        time.sleep(0.05)
    assert instance.started, "the server did not start"
    yield f"http://127.0.0.1:{port}"
    instance.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield instance
        instance.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    """A fresh page that records dialogs and console errors (a dialog means script ran)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.dialogs = []
    tab.errors = []
    tab.on("dialog", lambda d: (tab.dialogs.append(d.message), d.dismiss()))
    tab.on("console", lambda m: tab.errors.append(m.text) if m.type == "error" else None)
    tab.on("pageerror", lambda e: tab.errors.append(str(e)))
    yield tab
    context.close()


def screenshot(page: Any, name: str) -> None:
    """Save the page as build/screenshots/NAME.png."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)
