"""Latency of the dashboard and the REST API, on the demo database and on 100,000 events.

    .venv/bin/python benchmarks/server_latency.py [--events 100000] [--runs 20]
                                                   [--demo-db dyadwatch.db] [--keep DIR]

Serves each database with uvicorn on 127.0.0.1 (as ``dyadwatch serve`` does), requests every
API route and page ``--runs`` times after two warm-up requests, and prints p50 and p95 in
milliseconds: the server's response time over HTTP, and for pages also the time until the
browser's ``load`` event in headless Chromium when ``/usr/bin/chromium`` is installed. The
synthetic database is written through the store (documents of ten events each, actors,
dates over ten years, places with coordinates), so it has the shape real data has.
"""

from __future__ import annotations

import argparse
import random
import socket
import statistics
import tempfile
import threading
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import httpx

from dyadwatch.config import Settings
from dyadwatch.model import Article, content_hash
from dyadwatch.storage import Store

ROOT = Path(__file__).resolve().parents[1]
COUNTRIES = ["PAK", "AFG", "IND", "IRN", "CHN", "USA", "QAT", "TUR", "SAU", "RUS", "UZB", "TJK"]
SECTORS = ["GOV", "MIL", "REB", "COP", "CVL", "REF", "IGO"]
PLACES = [("Kabul", "AFG", 34.53, 69.17), ("Islamabad", "PAK", 33.69, 73.06),
          ("Peshawar", "PAK", 34.01, 71.58), ("Khost", "AFG", 33.34, 69.92),
          ("Quetta", "PAK", 30.19, 67.01), ("Kandahar", "AFG", 31.61, 65.71),
          ("Torkham", "PAK", 34.10, 71.09), ("Doha", "QAT", 25.29, 51.53),
          ("Chaman", "PAK", 30.92, 66.45), ("Jalalabad", "AFG", 34.43, 70.45)]
TYPES = [("CONSULT", "040", 1.0, 1), ("REQUEST", "020", 3.0, 1), ("AGREE", "030", 4.0, 1),
         ("ACCUSE", "112", -2.0, 3), ("REJECT", "120", -4.0, 3), ("THREATEN", "130", -4.4, 3),
         ("ASSAULT", "190", -10.0, 4), ("COERCE", "173", -5.0, 4), ("AID", "070", 7.0, 2),
         ("RETREAT", "0871", 9.0, 2)]


def synthetic(path: Path, n_events: int, seed: int = 7) -> float:
    """Write ``n_events`` events (ten per document) to a new SQLite file; return seconds."""
    rng = random.Random(seed)
    actors = [(f"Actor {k}", rng.choice(COUNTRIES), rng.choice(SECTORS)) for k in range(300)]
    versions = {"pipeline": "synthetic", "kb": "synthetic"}
    start = time.perf_counter()
    with Store.open(f"sqlite:///{path}") as store:
        for d in range(n_events // 10):
            text = f"Synthetic report {d}. " + " ".join(
                f"Sentence {k} of report {d} says who did what to whom." for k in range(10))
            published = date(2015, 1, 1) + timedelta(days=rng.randrange(3650))
            article = Article(id=f"doc-{d}", doc=f"doc-{d}.txt", text=text,
                              content_hash=content_hash(text), published=published,
                              title=f"Report {d}", outlet="Synthetic Wire",
                              url=f"https://example.org/{d}")
            records = []
            for k in range(10):
                sentence = f"Sentence {k} of report {d} says who did what to whom."
                offset = text.index(sentence)
                plover, cameo, goldstein, quad = rng.choice(TYPES)
                src, tgt = rng.sample(actors, 2)
                if rng.random() < 0.5:  # half the events are between the main dyad
                    src = (src[0], "PAK", src[2])
                    tgt = (tgt[0], "AFG", tgt[2])
                place = rng.choice(PLACES) if rng.random() < 0.6 else None
                day = published - timedelta(days=rng.randrange(3))
                records.append({
                    "id": f"e-{d}-{k}", "doc": article.doc, "plover": plover, "mode": None,
                    "context": [], "cameo": cameo, "goldstein": goldstein, "quad": quad,
                    "source": _actor(src, offset), "target": _actor(tgt, offset + 10),
                    "date": day.isoformat(), "date_precision": "day", "date_text": None,
                    "location": None if place is None else {
                        "name": place[0], "country": place[1], "admin1": None,
                        "lat": place[2], "lon": place[3], "text": place[0], "start": -1,
                        "end": -1},
                    "quantities": [], "modality": {"negated": False, "hypothetical": False,
                                                   "planned": False},
                    "attributed_to": None,
                    "evidence": {"sentence": sentence, "start": offset,
                                 "end": offset + len(sentence)},
                    "trigger": {"text": "did", "start": offset + 32, "end": offset + 35},
                    "date_span": None, "also": [], "confidence": round(rng.random(), 2),
                    "versions": versions})
            store.save_article(article, records, versions)
    return time.perf_counter() - start


def _actor(actor: tuple[str, str, str], start: int) -> dict[str, Any]:
    name, country, sector = actor
    return {"name": name, "text": name, "start": start, "end": start + 8, "country": country,
            "sector": sector, "kb_id": None, "role": None, "inferred": False}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def serve(db: Path) -> tuple[str, Any]:
    import uvicorn

    from dyadwatch.server import create_app

    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(Settings(db=str(db))),
                                           host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    deadline = time.time() + 30
    while not server.started and time.time() < deadline:
        time.sleep(0.05)
    return f"http://127.0.0.1:{port}", server


def _stats(samples: list[float]) -> str:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return f"p50 {statistics.median(ordered) * 1000:8.1f} ms   p95 {p95 * 1000:8.1f} ms"


def measure(base: str, runs: int) -> None:
    client = httpx.Client(base_url=base, timeout=120)
    some_event = client.get("/api/events", params={"limit": 1, "sort": "-date"}).json()[
        "items"][0]["id"]
    routes = [
        ("GET /api/events?dyad=PAK-AFG&limit=50", "/api/events?dyad=PAK-AFG&limit=50"),
        ("GET /api/events?type=ASSAULT&sort=-date", "/api/events?type=ASSAULT&sort=-date"),
        ("GET /api/events?q=report&limit=50", "/api/events?q=report&limit=50"),
        ("GET /api/events/{id}", f"/api/events/{some_event}"),
        ("GET /api/dyads", "/api/dyads"),
        ("GET /api/dyads/PAK-AFG/series", "/api/dyads/PAK-AFG/series"),
        ("GET /api/network?dyad=PAK-AFG", "/api/network?dyad=PAK-AFG"),
        ("GET /api/map?dyad=PAK-AFG", "/api/map?dyad=PAK-AFG"),
        ("GET /api/actors", "/api/actors"),
        ("page /", "/"),
        ("page /events", "/events"),
        ("page /events/{id}", f"/events/{some_event}"),
        ("page /network?dyad=PAK-AFG", "/network?dyad=PAK-AFG"),
        ("page /map?dyad=PAK-AFG", "/map?dyad=PAK-AFG"),
    ]
    for name, path in routes:
        headers = {"accept": "text/html"} if name.startswith("page") else {}
        for _ in range(2):
            client.get(path, headers=headers)
        samples = []
        for _ in range(runs):
            start = time.perf_counter()
            response = client.get(path, headers=headers)
            samples.append(time.perf_counter() - start)
            assert response.status_code == 200, (path, response.status_code)
        print(f"  {name:42} {_stats(samples)}   {len(response.content) // 1024:6d} KiB")
    browser_loads(base, [p for n, p in routes if n.startswith("page")], runs)


def browser_loads(base: str, paths: list[str], runs: int) -> None:
    """Time to the browser's load event, per page (needs /usr/bin/chromium)."""
    if not Path("/usr/bin/chromium").exists():
        print("  (browser load times skipped: /usr/bin/chromium not installed)")
        return
    from playwright.sync_api import sync_playwright

    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync"]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=flags)
        page = browser.new_page()
        for path in paths:
            page.goto(base + path)
            samples = []
            for _ in range(max(3, runs // 2)):
                start = time.perf_counter()
                page.goto(base + path, wait_until="load")
                samples.append(time.perf_counter() - start)
            print(f"  browser load {path:30} {_stats(samples)}")
        browser.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--demo-db", type=Path, default=ROOT / "dyadwatch.db")
    parser.add_argument("--keep", type=Path, default=None,
                        help="folder for the synthetic database (default: a temporary one)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        demo = args.demo_db
        if not demo.is_file():
            from dyadwatch import api

            demo = folder / "demo.db"
            print(f"ingesting the demo corpus into {demo} ...")
            api.ingest([ROOT / "examples" / "corpus"], db=str(demo))
        with Store.open(f"sqlite:///{demo}") as store:
            n_demo = store.counts()["events"]
        print(f"== demo database ({n_demo} events): {demo}")
        base, server = serve(demo)
        measure(base, args.runs)
        server.should_exit = True
        big = folder / "synthetic.db"
        if not big.is_file():
            seconds = synthetic(big, args.events)
            print(f"(wrote {args.events} synthetic events in {seconds:.0f} s)")
        print(f"== synthetic database ({args.events} events): {big}")
        base, server = serve(big)
        measure(base, args.runs)
        server.should_exit = True
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
