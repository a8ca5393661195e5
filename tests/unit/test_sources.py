"""Reading sources as the output contract says: doc names, metadata precedence, JSONL, HTML."""

import json
from datetime import date
from pathlib import Path

import pytest

from dyadwatch.errors import InputError
from dyadwatch.model import Article, Rejection
from dyadwatch.sources import ReadOptions, discover, read_sources

TEXT = ("ISLAMABAD: Pakistan's foreign office said on Monday that talks with the interim Afghan "
        "government in Kabul had been constructive and would continue next month.")

PAGE = """<html><head><title>Talks resume | Example Ledger</title>
<meta property="og:title" content="Talks resume">
<meta property="og:site_name" content="Example Ledger">
<meta property="article:published_time" content="2024-03-19T08:00:00Z">
</head><body><nav><a href="/">Home</a><a href="/world">World</a><a href="/sport">Sport</a></nav>
<div class="cookie">We use cookies. Accept all cookies to continue.</div>
<article><h1>Talks resume</h1>
<p>ISLAMABAD: Pakistan and Afghanistan held talks in Kabul on Monday, officials said, after weeks
of tension along the border that had closed trade at the Torkham crossing.</p>
<p>Read more: Cricket board names new captain</p>
<p>The foreign office said the two sides discussed trade and security and agreed to meet again
next month in Islamabad to review progress on the issues raised by both delegations.</p>
</article><aside><h3>Trending</h3><ul><li><a href="/a">Gold prices rise</a></li></ul></aside>
<footer>© 2024 Example Ledger. All rights reserved.</footer></body></html>"""


def write(path: Path, text: str, meta: dict | None = None) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    if meta is not None:
        path.with_name(path.stem + ".meta.json").write_text(json.dumps(meta), encoding="utf-8")
    return path


def read(paths, **options):
    return list(read_sources([str(p) for p in paths], ReadOptions(**options)))


def test_doc_is_the_file_name_or_the_path_relative_to_the_directory(tmp_path):
    write(tmp_path / "a.txt", TEXT)
    write(tmp_path / "sub" / "b.txt", TEXT + " More.")
    assert [a.doc for a in read([tmp_path])] == ["a.txt", "sub/b.txt"]
    assert [a.doc for a in read([tmp_path / "sub" / "b.txt"])] == ["b.txt"]


def test_sidecar_metadata_is_read_and_extra_keys_kept(tmp_path):
    write(tmp_path / "a.txt", TEXT, {"published": "2024-03-18", "outlet": "Example Ledger",
                                     "url": "https://x.example.org/a", "title": "Talks",
                                     "synthetic": True})
    [article] = read([tmp_path])
    assert article.published == date(2024, 3, 18) and article.published_source == "sidecar"
    assert (article.outlet, article.url, article.title) == ("Example Ledger",
                                                             "https://x.example.org/a", "Talks")
    assert article.metadata["synthetic"] is True


def test_iso_datetime_in_sidecar_is_accepted(tmp_path):
    write(tmp_path / "a.txt", TEXT, {"published": "2024-03-18T22:15:00+05:00"})
    assert read([tmp_path])[0].published == date(2024, 3, 18)


def test_published_default_applies_only_where_nothing_gives_a_date(tmp_path):
    write(tmp_path / "dated.txt", TEXT, {"published": "2024-03-18"})
    write(tmp_path / "undated.txt", TEXT + " Again.")
    articles = {a.doc: a for a in read([tmp_path], published_default=date(2020, 1, 1))}
    assert articles["dated.txt"].published == date(2024, 3, 18)
    assert articles["undated.txt"].published == date(2020, 1, 1)
    assert articles["undated.txt"].published_source == "default"


def test_trailer_date_is_the_publication_date_when_none_is_given(tmp_path):
    write(tmp_path / "a.txt", TEXT + "\n\nPublished in Example Times, May 4th, 2023\n\nMore")
    [article] = read([tmp_path], published_default=date(2020, 1, 1))
    assert article.published == date(2023, 5, 4) and article.published_source == "trailer"
    assert "Published in" not in article.text


def test_html_body_and_page_metadata(tmp_path):
    write(tmp_path / "page.html", PAGE)
    [article] = read([tmp_path])
    assert article.published == date(2024, 3, 19) and article.published_source == "page"
    assert article.outlet == "Example Ledger" and article.title == "Talks resume"
    assert "Torkham crossing" in article.text
    for junk in ("Read more", "cookies", "Gold prices", "All rights reserved", "Sport"):
        assert junk not in article.text


def test_sidecar_wins_over_the_page(tmp_path):
    write(tmp_path / "page.html", PAGE, {"published": "2024-03-20", "outlet": "Sidecar Outlet"})
    [article] = read([tmp_path])
    assert article.published == date(2024, 3, 20) and article.outlet == "Sidecar Outlet"
    assert article.title == "Talks resume"


def test_jsonl_records_with_text_or_html(tmp_path):
    lines = [
        {"id": "one", "text": TEXT, "published": "2024-01-02", "outlet": "Wire"},
        {"id": 2, "html": PAGE},
    ]
    write(tmp_path / "feed.jsonl", "\n".join(json.dumps(x) for x in lines) + "\n")
    articles = read([tmp_path])
    assert [a.doc for a in articles] == ["one", "2"]
    assert articles[0].published == date(2024, 1, 2) and articles[0].outlet == "Wire"
    assert "Torkham crossing" in articles[1].text


def test_unsupported_files_are_skipped_with_a_notice_and_sidecars_silently(tmp_path):
    write(tmp_path / "a.txt", TEXT, {"published": "2024-01-01"})
    write(tmp_path / "notes.md", "# notes")
    write(tmp_path / ".hidden.txt", TEXT)
    notices: list[str] = []
    found = discover([tmp_path], notices.append)
    assert [f.doc for f in found] == ["a.txt"]
    assert notices == ["skipped notes.md: not a .txt, .html, .htm or .jsonl file"]


def test_a_missing_path_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        discover([tmp_path / "nope"])


def test_same_text_and_source_give_the_same_id_wherever_the_file_lies(tmp_path):
    write(tmp_path / "x" / "a.txt", TEXT, {"url": "https://e.example.org/1"})
    write(tmp_path / "y" / "renamed.txt", TEXT, {"url": "https://e.example.org/1"})
    write(tmp_path / "z" / "other.txt", TEXT, {"url": "https://other.example.org/1"})
    ids = [a.id for a in read([tmp_path / "x", tmp_path / "y", tmp_path / "z"])]
    assert ids[0] == ids[1] != ids[2]


def test_offsets_point_into_the_cleaned_text(tmp_path):
    write(tmp_path / "a.txt", "Breaking News\n\n" + TEXT)
    [article] = read([tmp_path])
    assert isinstance(article, Article) and article.text.startswith("ISLAMABAD")
    assert not any(isinstance(a, Rejection) for a in read([tmp_path]))
