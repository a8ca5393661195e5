"""The plain-text cleaner: general boilerplate rules, and what it must leave alone."""

from datetime import date

import pytest

from dyadwatch.sources.clean import clean_text, normalize, parse_loose_date

BODY = (
    "ISLAMABAD: Pakistan and Afghanistan held talks in Kabul on Monday, the foreign office "
    "said in a statement after the meeting.\n\n"
    "The two sides agreed to meet again next month to discuss border trade and security."
)


def test_trailer_and_everything_after_it_is_removed_and_its_date_kept():
    raw = BODY + "\n\nPublished in The Daily Example, March 23rd, 2024\n\nOpinion\n\nEditorial\n"
    cleaned = clean_text(raw)
    assert cleaned.text == BODY
    assert cleaned.trailer_date == date(2024, 3, 23)
    assert cleaned.trailer_outlet == "The Daily Example"
    assert [r.kind for r in cleaned.removed] == ["trailer"]


@pytest.mark.parametrize("line", [
    "This article first appeared in Example Times on 4 May 2023.",
    "Originally published by Example Wire, 2023-05-04",
    "Copyright © 2024 Example Media. All rights reserved.",
])
def test_other_trailers_end_the_article(line):
    cleaned = clean_text(BODY + "\n\n" + line + "\n\nMore headlines here")
    assert cleaned.text == BODY


def test_trailer_like_line_before_any_prose_is_not_a_trailer():
    raw = "Published in Example Times, May 4, 2023\n\n" + BODY
    assert BODY in clean_text(raw).text


@pytest.mark.parametrize("promo", [
    "Read more: Afghanistan threatens retaliation over remarks",
    "Also read: Border crossing reopens after talks",
    "ALSO READ | Border crossing reopens after talks",
    "Read all the Latest News, Trending News, Cricket News and World News here. Follow us on "
    "Facebook, Twitter and Instagram.",
    "Follow us on Twitter and Facebook",
    "Click here to subscribe to our newsletter",
    "Advertisement",
    "Related: Taliban name new envoy",
])
def test_promotion_lines_are_removed_anywhere(promo):
    paragraphs = BODY.split("\n\n")
    raw = paragraphs[0] + "\n\n" + promo + "\n\n" + paragraphs[1]
    cleaned = clean_text(raw)
    assert promo not in cleaned.text
    assert paragraphs[0] in cleaned.text and paragraphs[1] in cleaned.text


def test_a_long_sentence_starting_like_a_promo_is_kept():
    sentence = ("Related talks between the two delegations, which began in Doha last week, were "
                "described by officials on both sides as constructive, and a further round is "
                "expected next month in Islamabad.")
    assert sentence in clean_text(BODY + "\n\n" + sentence).text


@pytest.mark.parametrize("label", ["Breaking News", "EXCLUSIVE", "Live Updates", "Opinion"])
def test_label_lines_before_the_article_go(label):
    cleaned = clean_text(label + "\n\n" + BODY)
    assert cleaned.text == BODY


@pytest.mark.parametrize("byline", ["F.P. Report", "By Staff Reporter", "Our Correspondent",
                                    "Web Desk", "By Ayesha Khan and Omar Zaman", "APP",
                                    "Monitoring Desk"])
def test_bylines_before_the_article_go(byline):
    cleaned = clean_text(byline + "\n" + BODY)
    assert cleaned.text == BODY
    assert cleaned.removed[0].kind == "byline"


def test_a_byline_like_line_after_prose_is_kept():
    raw = BODY + "\n\nBy Staff Reporter"
    assert "By Staff Reporter" in clean_text(raw + "\n\nThe talks continue.").text


def test_repeated_headline_is_kept_once():
    headline = "Pakistan And Afghan Taliban Meet In Doha To Discuss Bilateral And Regional Ties"
    cleaned = clean_text(f"{headline}\n\n{headline}\n\n{BODY}")
    assert cleaned.text.count(headline) == 1


@pytest.mark.parametrize("bio", [
    "I am a dedicated student currently in my seventh semester, pursuing a degree in "
    "International Relations. I also write for this website.",
    "The writer is a former ambassador and a senior fellow at an Islamabad think tank.",
    "Sana Example is a journalist based in Peshawar who covers security and politics.",
    "The author can be reached at author@example.org",
])
def test_author_bio_at_the_end_goes(bio):
    cleaned = clean_text(BODY + "\n\n" + bio)
    assert cleaned.text == BODY
    assert cleaned.removed[-1].kind == "author_bio"


def test_bio_detection_works_when_paragraphs_are_single_lines():
    body = BODY.replace("\n\n", "\n")
    bio = "I am a dedicated student currently pursuing a degree in International Relations."
    assert clean_text(body + "\n" + bio).text == body


def test_closing_sentence_about_a_person_already_in_the_story_is_not_a_bio():
    body = BODY + "\n\nAmina Example is a journalist who was detained at the border on Friday."
    raw = "Amina Example, a journalist, was detained. " + body
    assert "detained at the border" in clean_text(raw).text


def test_closing_run_of_headline_lines_goes():
    tail = "\n\nMilitary convictions\nUpdated 22 Dec, 2024\nNeed for talks\n22 Dec, 2024\n" \
           "Vulnerable vaccinators"
    assert clean_text(BODY + tail).text == BODY


def test_normalize_keeps_text_and_unifies_newlines():
    assert normalize("a\r\nb\rc\u00a0d\ufeff") == "a\nb\nc d"
    assert normalize("\ufeffx") == "x"


@pytest.mark.parametrize("text,expected", [
    ("March 23rd, 2024", date(2024, 3, 23)),
    ("23 March 2024", date(2024, 3, 23)),
    ("Mar. 3, 2024", date(2024, 3, 3)),
    ("2024-03-23", date(2024, 3, 23)),
    ("February 30, 2024", None),
    ("no date here", None),
])
def test_parse_loose_date(text, expected):
    assert parse_loose_date(text) == expected
