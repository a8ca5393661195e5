"""A small database for the server tests, written through the store (no model needed).

It holds three documents: two ordinary reports and one whose title and text carry script
tags and event-handler attributes (untrusted input that must be shown as text).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from dyadwatch.model import Article, content_hash
from dyadwatch.storage import Store

VERSIONS = {"pipeline": "test", "kb": "test"}
HOSTILE_TITLE = "<script>alert('title')</script> Talks <img src=x onerror=alert(1)>"
HOSTILE_SENTENCE = "Pakistan's envoy met Afghan officials in Kabul <script>alert('x')</script>."


def _actor(name: str, country: str | None, sector: str, start: int, kb_id: str | None = None
           ) -> dict[str, Any]:
    return {"name": name, "text": name, "start": start, "end": start + len(name),
            "country": country, "sector": sector, "kb_id": kb_id, "role": None,
            "inferred": False}


def _record(rid: str, doc: str, sentence: str, start: int, plover: str, cameo: str,
            goldstein: float, quad: int, source: dict[str, Any], target: dict[str, Any] | None,
            day: str, trigger: tuple[int, int], location: dict[str, Any] | None = None
            ) -> dict[str, Any]:
    return {
        "id": rid, "doc": doc, "plover": plover, "mode": None, "context": [], "cameo": cameo,
        "goldstein": goldstein, "quad": quad, "source": source, "target": target,
        "date": day, "date_precision": "day", "date_text": "Monday", "location": location,
        "quantities": [], "modality": {"negated": False, "hypothetical": False,
                                       "planned": False},
        "attributed_to": None, "evidence": {"sentence": sentence, "start": start,
                                            "end": start + len(sentence)},
        "trigger": {"text": sentence[trigger[0] - start:trigger[1] - start],
                    "start": trigger[0], "end": trigger[1]},
        "date_span": None, "also": [], "confidence": 0.7, "versions": VERSIONS,
    }


def build(path: Path) -> str:
    """Write the test database at ``path``; return its URL."""
    url = f"sqlite:///{path}"
    kabul = {"name": "Kabul", "country": "AFG", "admin1": "Kabul", "lat": 34.5281,
             "lon": 69.1723, "text": "Kabul", "start": -1, "end": -1}
    texts = {
        "strike.txt": "Pakistani jets struck hideouts in Khost on Monday.",
        "talks.txt": "Pakistan's foreign minister met Afghanistan's foreign minister in Kabul.",
        "hostile.jsonl": HOSTILE_SENTENCE + "\n\n<b onmouseover=alert(3)>hover me</b>",
    }
    with Store.open(url) as store:
        for name, text in texts.items():
            title = HOSTILE_TITLE if name == "hostile.jsonl" else name
            article = Article(id="id-" + name, doc=name, text=text,
                              content_hash=content_hash(text), published=date(2024, 3, 19),
                              title=title, url="https://example.org/" + name,
                              outlet="Test Wire")
            if name == "strike.txt":
                records = [_record("e-strike", name, text, 0, "ASSAULT", "195", -10.0, 4,
                                   _actor("Pakistan", "PAK", "MIL", 0, "PAK"),
                                   _actor("Afghanistan", "AFG", "UNK", 25), "2024-03-18",
                                   (15, 21))]
            elif name == "talks.txt":
                records = [_record("e-talks", name, text, 0, "CONSULT", "040", 1.0, 1,
                                   _actor("Pakistan", "PAK", "GOV", 0, "PAK"),
                                   _actor("Afghanistan", "AFG", "GOV", 31, "AFG"),
                                   "2024-03-17", (28, 31), kabul)]
            else:
                records = [_record("e-hostile", name, HOSTILE_SENTENCE, 0, "CONSULT", "040",
                                   1.0, 1, _actor("Pakistan", "PAK", "GOV", 0, "PAK"),
                                   _actor("Afghan officials", "AFG", "GOV", 21),
                                   "2024-03-16", (16, 19), kabul)]
            store.save_article(article, records, VERSIONS)
    return url
