"""The REST API and pages in-process: shapes, filters, errors, escaping, read-only access."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text

from dyadwatch.config import Settings
from dyadwatch.server import create_app
from tests.serverdata import HOSTILE_SENTENCE, build

TOKEN = "t" * 24


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("server") / "events.db"
    build(path)
    return str(path)


@pytest.fixture(scope="module")
def client(db: str) -> TestClient:
    return TestClient(create_app(Settings(db=db)))


def test_event_list_shape_and_pagination(client: TestClient) -> None:
    page = client.get("/api/events", params={"limit": 2}).json()
    assert page["total"] == 3 and page["limit"] == 2 and page["offset"] == 0
    assert len(page["items"]) == 2
    item = page["items"][0]
    assert set(item) >= {"id", "date", "plover", "cameo", "goldstein", "quad", "source",
                         "target", "location", "confidence", "n_mentions"}
    second = client.get("/api/events", params={"limit": 2, "offset": 2}).json()
    assert len(second["items"]) == 1
    assert not {i["id"] for i in second["items"]} & {i["id"] for i in page["items"]}


@pytest.mark.parametrize("params,expected", [
    ({"type": "ASSAULT"}, {"e-strike"}),
    ({"quad": "1"}, {"e-talks", "e-hostile"}),
    ({"dyad": "AFG-PAK"}, {"e-strike", "e-talks", "e-hostile"}),
    ({"since": "2024-03-17"}, {"e-strike", "e-talks"}),
    ({"until": "2024-03-16"}, {"e-hostile"}),
    ({"place": "kabul"}, {"e-talks", "e-hostile"}),
    ({"q": "jets"}, {"e-strike"}),
    ({"actor": "afghan officials"}, {"e-hostile"}),
])
def test_filters(client: TestClient, params: dict, expected: set) -> None:  # type: ignore[type-arg]
    page = client.get("/api/events", params=params).json()
    assert {i["id"] for i in page["items"]} == expected and page["total"] == len(expected)


def test_sorting_is_whitelisted(client: TestClient) -> None:
    dates = [i["date"] for i in client.get("/api/events", params={"sort": "-date"}).json()[
        "items"]]
    assert dates == sorted(dates, reverse=True)
    bad = client.get("/api/events", params={"sort": "source_name; drop table events"})
    assert bad.status_code == 422 and bad.json()["error"]["code"] == "invalid_parameter"


@pytest.mark.parametrize("path,status,code", [
    ("/api/events/nope", 404, "not_found"),
    ("/api/events?type=FIGHTING", 422, "invalid_parameter"),
    ("/api/events?since=yesterday", 422, "invalid_parameter"),
    ("/api/events?limit=100000", 422, "invalid_parameter"),
    ("/api/nowhere", 404, "not_found"),
])
def test_one_error_shape(client: TestClient, path: str, status: int, code: str) -> None:
    response = client.get(path)
    assert response.status_code == status
    error = response.json()["error"]
    assert error["status"] == status and error["code"] == code and error["message"]


def test_event_detail_has_every_report(client: TestClient) -> None:
    event = client.get("/api/events/e-talks").json()
    assert event["plover"] == "CONSULT" and len(event["mentions"]) == 1
    mention = event["mentions"][0]
    assert mention["sentence"].startswith("Pakistan's foreign minister")
    assert mention["outlet"] == "Test Wire" and mention["url"].endswith("talks.txt")


def test_document_spans(client: TestClient) -> None:
    doc = client.get("/api/documents/id-strike.txt").json()
    [event] = doc["events"]
    kinds = {s["kind"] for s in event["spans"]}
    assert {"source", "target", "trigger"} <= kinds
    trigger = next(s for s in event["spans"] if s["kind"] == "trigger")
    assert doc["text"][trigger["start"]:trigger["end"]] == "struck"


def test_actors_dyads_series_network_map(client: TestClient) -> None:
    actors = client.get("/api/actors").json()
    assert actors["total"] >= 3 and actors["items"][0]["name"] == "Pakistan"
    dyads = client.get("/api/dyads").json()["items"]
    assert dyads[0]["dyad"] == "AFG-PAK" and dyads[0]["events"] == 3
    series = client.get("/api/dyads/PAK-AFG/series", params={"interval": "week"}).json()
    assert sum(p["events"] for p in series["series"]) == 3
    assert series["series"][0]["period"] == "2024-03-11"  # the week's Monday
    network = client.get("/api/network").json()
    assert len(network["edges"]) == 3 and len(network["nodes"]) == 4
    located = client.get("/api/map").json()
    assert located["total"] == 2 and all(i["location"]["lat"] for i in located["items"])


def test_pages_escape_untrusted_text(client: TestClient) -> None:
    for path in ("/documents/id-hostile.jsonl", "/events/e-hostile", "/events"):
        html = client.get(path, headers={"accept": "text/html"}).text
        assert "<script>alert" not in html and "onerror=alert" not in html.replace(
            "onerror=alert(1)&gt;", "")
        assert "&lt;script&gt;" in html or path == "/events"
    event_page = client.get("/events/e-hostile", headers={"accept": "text/html"}).text
    assert "<b onmouseover" not in event_page
    assert str(HOSTILE_SENTENCE.replace("<", "&lt;").replace(">", "&gt;")
               .replace("'", "&#39;")) in event_page


def test_every_response_forbids_inline_script(client: TestClient) -> None:
    for path in ("/", "/api/events", "/events/e-talks"):
        policy = client.get(path).headers["content-security-policy"]
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy


def test_pages_render(client: TestClient) -> None:
    for path in ("/", "/events", "/events?type=ASSAULT", "/network", "/map", "/actors",
                 "/events/e-strike", "/documents/id-talks.txt"):
        response = client.get(path, headers={"accept": "text/html"})
        assert response.status_code == 200, path
    missing = client.get("/events/none", headers={"accept": "text/html"})
    assert missing.status_code == 404 and "Error 404" in missing.text


def test_read_only_by_default(client: TestClient, db: str) -> None:
    refused = client.post("/api/ingest", json={"articles": [{"id": "a", "text": "x"}]})
    assert refused.status_code == 403 and refused.json()["error"]["code"] == "read_only"
    with client.app.state.reader.engine.connect() as conn:  # type: ignore[attr-defined]
        with pytest.raises(Exception):
            conn.execute(text("DELETE FROM events"))


def test_writes_need_the_token(db: str) -> None:
    writer = TestClient(create_app(Settings(db=db, write_token=TOKEN)))
    body = {"articles": [{"id": "a", "text": "x"}]}
    assert writer.post("/api/ingest", json=body).status_code == 401
    wrong = writer.post("/api/ingest", json=body, headers={"Authorization": "Bearer " + "x" * 24})
    assert wrong.status_code == 401
    empty = writer.post("/api/ingest", json={"articles": []},
                        headers={"Authorization": "Bearer " + TOKEN})
    assert empty.status_code == 422


def test_missing_database_is_a_clear_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from dyadwatch.errors import StorageError

    with pytest.raises(StorageError, match="make demo"):
        create_app(Settings(db=str(tmp_path / "none.db")))


def test_an_unreadable_database_is_a_503_in_the_one_error_shape(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "broken.db"
    build(path)
    client = TestClient(create_app(Settings(db=str(path))))
    assert client.get("/api/events").status_code == 200
    for suffix in ("-wal", "-shm"):
        (tmp_path / f"broken.db{suffix}").unlink(missing_ok=True)
    path.write_bytes(b"this is not a database" * 100)
    response = client.get("/api/events")
    assert response.status_code == 503
    error = response.json()["error"]
    assert error["code"] == "unavailable" and "cannot be read" in error["message"]
