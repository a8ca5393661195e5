"""What a person sees in the dashboard, checked in headless Chromium against the API."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.e2e.conftest import screenshot

pytestmark = pytest.mark.model  # the demo database is made by the trained model


def api(server: str, path: str, **params: Any) -> Any:
    return httpx.get(server + path, params=params, timeout=30).json()


def test_overview_shows_every_event_of_the_dyad(server: str, page: Any) -> None:
    total = api(server, "/api/events", dyad="PAK-AFG", limit=1)["total"]
    page.goto(server + "/")
    points = page.locator("svg.timeline circle.point").count()
    undated = page.locator("a.undated-event").count()
    assert total > 20
    assert page.locator("#event-count").inner_text() == str(total)
    assert points + undated == total
    screenshot(page, "overview")
    assert not page.dialogs and not page.errors


def test_a_timeline_point_opens_its_event_with_the_sentence_highlighted(server: str,
                                                                        page: Any) -> None:
    page.goto(server + "/")
    # a point another one covers cannot be clicked by a person either: take the first one
    # that is on top at its own centre
    event_id = page.evaluate("""() => {
        for (const c of document.querySelectorAll('svg.timeline circle.point')) {
            const r = c.getBoundingClientRect();
            const top = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
            if (top === c) return c.getAttribute('data-event-id');
        }
        return null;
    }""")
    assert event_id is not None
    page.locator(f"svg.timeline circle.point[data-event-id='{event_id}']").click()
    page.wait_for_url(f"**/events/{event_id}")
    event = api(server, f"/api/events/{event_id}")
    marks = page.locator("mark.evidence")
    assert marks.count() == len(event["mentions"])
    assert marks.first.inner_text() == event["mentions"][0]["sentence"]
    assert page.locator("mark.evidence .hl-trigger").count() >= 1
    screenshot(page, "event")
    assert not page.dialogs and not page.errors


def test_filtering_the_table_to_assault(server: str, page: Any) -> None:
    expected = api(server, "/api/events", type="ASSAULT", limit=1)["total"]
    page.goto(server + "/events")
    page.select_option("select[name=type]", "ASSAULT")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**/events?*type=ASSAULT*")
    rows = page.locator("tr.event-row")
    plovers = {rows.nth(k).get_attribute("data-plover") for k in range(rows.count())}
    assert expected > 5 and plovers == {"ASSAULT"}
    assert rows.count() == min(expected, 100)
    assert page.locator("#event-count").inner_text() == str(expected)
    screenshot(page, "events")


def test_network_draws_one_node_per_actor(server: str, page: Any) -> None:
    graph = api(server, "/api/network", dyad="PAK-AFG")
    page.goto(server + "/network?dyad=PAK-AFG")
    assert page.locator("svg.network g.node").count() == len(graph["nodes"]) > 5
    assert page.locator("svg.network line.edge").count() == len(graph["edges"])
    screenshot(page, "network")


def test_map_draws_one_dot_per_located_event(server: str, page: Any) -> None:
    located = api(server, "/api/map")["total"]
    page.goto(server + "/map")
    assert page.locator("svg.map circle.place").count() == located > 10
    screenshot(page, "map")


def test_hostile_article_is_shown_as_text_and_nothing_runs(server: str, page: Any) -> None:
    found = api(server, "/api/events", q="foreign minister met Afghanistan")["items"]
    hostile = [e for e in found if any(
        "hostile" in m["doc"] for m in api(server, f"/api/events/{e['id']}")["mentions"])]
    assert hostile, "the hostile article's event is stored"
    event = api(server, f"/api/events/{hostile[0]['id']}")
    page.goto(server + f"/events/{event['id']}")
    page.goto(server + f"/documents/{event['mentions'][0]['document_id']}")
    heading = page.locator("h1").inner_text()
    assert "<script>alert('title')</script>" in heading
    assert "<img src=x onerror=alert(5)>" in page.locator(".article-text").inner_text()
    page.hover("text=end.")
    page.goto(server + f"/events/{event['id']}")
    page.hover(".report .meta")
    assert page.locator("script").count() == 0
    assert not page.dialogs, page.dialogs
    assert not page.errors, page.errors
    screenshot(page, "hostile-article")
