"""Bad input gets a recorded rejection with a reason, never a crash, and the rest is read."""

import json
from pathlib import Path

import pytest

from dyadwatch.model import Article, Rejection
from dyadwatch.sources import ReadOptions, read_sources

GOOD = ("KABUL: Afghanistan's foreign ministry said on Tuesday that it had summoned Pakistan's "
        "envoy over cross-border shelling in Kunar province, and called for an investigation.")


def outcomes(folder: Path, **options) -> dict[str, Article | Rejection]:
    return {item.doc: item for item in read_sources([str(folder)], ReadOptions(**options))}


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "blank.txt").write_text("  \n\n\t \n", encoding="utf-8")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (tmp_path / "nul.txt").write_bytes(b"abc\x00def" * 100)
    (tmp_path / "latin1.txt").write_bytes("Peshawar caf\xe9 attack".encode("latin-1") * 5)
    (tmp_path / "nobody.html").write_text(
        "<html><head><title>x</title></head><body><nav><a>Home</a></nav></body></html>",
        encoding="utf-8")
    (tmp_path / "broken.html").write_text("<html><body><p>" + GOOD + "<div><p>unclosed",
                                          encoding="utf-8")
    (tmp_path / "german.txt").write_text(
        "Der pakistanische Außenminister traf am Montag in Kabul seinen afghanischen Amtskollegen. "
        "Beide Seiten sprachen über Handel, Sicherheit und die Lage an der gemeinsamen Grenze.",
        encoding="utf-8")
    (tmp_path / "urdu.txt").write_text(
        "پاکستان اور افغانستان کے درمیان دوحہ میں مذاکرات ہوئے جن میں سرحدی تجارت پر بات ہوئی",
        encoding="utf-8")
    (tmp_path / "baddate.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "baddate.meta.json").write_text(json.dumps({"published": "2024-02-30"}))
    (tmp_path / "badjson.txt").write_text(GOOD + " Again.", encoding="utf-8")
    (tmp_path / "badjson.meta.json").write_text("{not json")
    (tmp_path / "feed.jsonl").write_text(
        json.dumps({"id": "ok", "text": GOOD + " Third."}) + "\n"
        + "{broken json\n"
        + json.dumps(["not", "an", "object"]) + "\n"
        + json.dumps({"text": "no id"}) + "\n"
        + json.dumps({"id": "notext", "outlet": "x"}) + "\n"
        + json.dumps({"id": "ok", "text": "duplicate id"}) + "\n"
        + json.dumps({"id": "future", "text": GOOD + " Fourth.", "published": "2999-01-01"})
        + "\n", encoding="utf-8")
    big = tmp_path / "huge.txt"
    with big.open("wb") as handle:  # a sparse 50 MB file: rejected for size before reading
        handle.truncate(50 * 1024 * 1024)
    return tmp_path


@pytest.mark.parametrize("doc,reason", [
    ("empty.txt", "empty"),
    ("blank.txt", "empty"),
    ("image.txt", "binary"),
    ("nul.txt", "binary"),
    ("latin1.txt", "encoding"),
    ("nobody.html", "no_body"),
    ("german.txt", "language"),
    ("urdu.txt", "language"),
    ("baddate.txt", "invalid_metadata"),
    ("badjson.txt", "invalid_metadata"),
    ("huge.txt", "too_large"),
    ("feed.jsonl:2", "malformed_json"),
    ("feed.jsonl:3", "malformed_json"),
    ("feed.jsonl:4", "missing_field"),
    ("notext", "missing_field"),
    ("future", "invalid_metadata"),
])
def test_each_bad_input_is_rejected_with_its_reason(batch, doc, reason):
    result = outcomes(batch)[doc]
    assert isinstance(result, Rejection), result
    assert result.reason == reason
    assert result.detail  # says what happened


def test_duplicate_jsonl_id_is_rejected_and_the_first_kept(batch):
    rejected = [r for r in read_sources([str(batch)]) if isinstance(r, Rejection)
                and r.reason == "duplicate_id"]
    assert [r.doc for r in rejected] == ["ok"]
    kept = [a for a in read_sources([str(batch)]) if isinstance(a, Article) and a.doc == "ok"]
    assert len(kept) == 1 and "Third" in kept[0].text


def test_the_rest_of_the_batch_is_read(batch):
    results = outcomes(batch)
    assert isinstance(results["good.txt"], Article)
    assert isinstance(results["broken.html"], Article)
    assert "summoned Pakistan" in results["broken.html"].text


def test_the_size_limit_is_a_setting(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD * 30, encoding="utf-8")
    assert isinstance(outcomes(tmp_path, max_document_bytes=1000)["a.txt"], Rejection)
    assert isinstance(outcomes(tmp_path)["a.txt"], Article)


def test_another_input_encoding_can_be_configured(tmp_path):
    (tmp_path / "a.txt").write_bytes((GOOD + " Caf\xe9.").encode("latin-1"))
    assert isinstance(outcomes(tmp_path, input_encoding="latin-1")["a.txt"], Article)


def test_english_full_of_local_names_is_accepted(tmp_path):
    text = ("Mullah Shirin Akhund met Obaidur Rahman Nizamani in Kandahar on Monday, and "
            "Zabihullah Mujahid said the Islamic Emirate wanted talks with Islamabad.")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    assert isinstance(outcomes(tmp_path)["a.txt"], Article)
