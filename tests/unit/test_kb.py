"""The knowledge base: schema validation naming file and entry, dated resolution, the ruler."""

from datetime import date

import pytest

from dyadwatch.errors import KnowledgeBaseError
from dyadwatch.kb import KnowledgeBase, alias_key, load, load_kb


def test_the_shipped_knowledge_base_is_valid():
    kb = load_kb()
    assert len(kb.actors) > 300
    assert kb.version.startswith(open_release())


def open_release():
    from dyadwatch.kb import release

    return release()


@pytest.mark.parametrize("text,key", [
    ("Tehreek-e-Taliban Pakistan", "tehreek e taliban pakistan"),
    ("the Taliban", "taliban"),
    ("Pakistan’s", "pakistan"),
    ("Ubaid-ur-Rehman Nizamani", "ubaid ur rehman nizamani"),
])
def test_alias_key(text, key):
    assert alias_key(text) == key


def test_dated_roles_one_name_different_roles(small_kb):
    before = small_kb.actor("P_MOHAMMAD_SADIQ", date(2010, 6, 1))
    between = small_kb.actor("P_MOHAMMAD_SADIQ", date(2019, 6, 1))
    after = small_kb.actor("P_MOHAMMAD_SADIQ", date(2025, 3, 24))
    assert before.role == "Ambassador to Afghanistan"
    assert between.role is None and between.sector == "ELI"  # between posts: a former official
    assert after.role == "Special Representative for Afghanistan"


def test_role_precision_month_covers_the_whole_month(small_kb):
    assert small_kb.actor("P_ASIF_DURRANI", date(2024, 7, 31)).role is not None
    assert small_kb.actor("P_ASIF_DURRANI", date(2024, 8, 1)).role is None


def test_taliban_before_and_after_the_fall_of_kabul(small_kb):
    assert small_kb.actor("AFG_TALIBAN", date(2021, 8, 14)).sector == "REB"
    assert small_kb.actor("AFG_TALIBAN", date(2021, 8, 15)).sector == "GOV"
    assert small_kb.actor("AFG_TALIBAN", date(1999, 1, 1)).sector == "GOV"


def test_capital_means_the_government_of_the_day(small_kb):
    assert small_kb.government("AFG", date(2019, 1, 1)).kb_id == "AFG_REPUBLIC_GOV"
    kabul_2023 = small_kb.government("AFG", date(2023, 1, 1))
    assert (kabul_2023.kb_id, kabul_2023.country, kabul_2023.sector) == \
        ("AFG_TALIBAN", "AFG", "GOV")
    assert small_kb.state_for_capital("Kabul") == "AFG"


def test_transliteration_variants_and_fuzzy_matching(small_kb):
    assert small_kb.ids_for("Tehrik-i-Taliban Pakistan") == ["TTP"]
    assert small_kb.fuzzy_ids("Tehrik-e-Taliban Pakistan") == ["TTP"]
    assert small_kb.fuzzy_ids("Tehrik") == []


def test_descriptions_resolve_through_the_country(small_kb):
    desc = small_kb.description_for("the Foreign Office")
    assert desc is not None
    assert small_kb.body("PAK", desc, None).kb_id == "PAK_MOFA"
    other = small_kb.body("AFG", desc, None)
    assert (other.kb_id, other.country, other.sector, other.inferred) == (None, "AFG", "GOV", True)


def test_ruler_patterns_cover_names_aliases_and_adjectives(small_kb):
    patterns = small_kb.ruler_patterns()
    assert {"label": "ORG", "pattern": "Tehreek-e-Taliban Pakistan", "id": "TTP"} in patterns
    assert {"label": "PERSON", "pattern": "Asif Durrani", "id": "P_ASIF_DURRANI"} in patterns
    assert {"label": "NORP", "pattern": "Pakistani", "id": "PAK"} in patterns


def write(tmp_path, text):
    path = tmp_path / "bad.yaml"
    path.write_text(text)
    return path


@pytest.mark.parametrize("text,message", [
    ("actors:\n  - {id: X1, name: X, kind: state, country: PAK, sector: WRONG, source: src}",
     r"bad.yaml: entry actors\[0\] \(id X1\) sector: 'WRONG' is not one of"),
    ("actors:\n  - {id: X1, name: X, kind: person, country: PAK, sector: GOV}",
     r"entry actors\[0\] \(id X1\).*'source' is a required property"),
    ("actors:\n  - {id: x1, name: X, kind: person, country: PAK, sector: GOV, source: src}",
     r"entry actors\[0\] \(id x1\) id: 'x1' does not match"),
    ("actors:\n  - {id: X1, name: X, kind: person, country: PK, sector: GOV, source: src}",
     r"entry actors\[0\] \(id X1\) country: 'PK' does not match"),
    ("actors:\n  - id: X1\n    name: X\n    kind: person\n    country: PAK\n    sector: GOV\n"
     "    source: src\n    roles:\n      - {role: Envoy, country: PAK, sector: GOV, start: 2024-13-01,"
     " end: null, source: src}", r"entry X1: 2024-13-01 .. None is not a real date range"),
    ("actors:\n  - id: X1\n    name: X\n    kind: person\n    country: PAK\n    sector: GOV\n"
     "    source: src\n    roles:\n      - {role: Envoy, country: PAK, sector: GOV, start: 2024,"
     " end: 2020, source: src}", r"entry X1: end 2020 is before start 2024"),
    ("actors:\n  - {id: X1, name: X, kind: state, country: PAK, sector: GOV, source: src,"
     " parent: NOPE}", r"entry X1: parent NOPE is not a known id"),
    ("actors: [\n", r"bad.yaml: cannot read knowledge-base file"),
])
def test_malformed_records_are_reported_with_file_and_entry(tmp_path, text, message):
    with pytest.raises(KnowledgeBaseError, match=message):
        load([write(tmp_path, text)], include_shipped=False)


def test_user_file_extends_and_overrides_the_shipped_one(tmp_path):
    extra = write(tmp_path, (
        "actors:\n"
        "  - {id: TTP, name: Tehreek-e-Taliban Pakistan (user), kind: armed_group, country: PAK,"
        " sector: REB, source: user}\n"
        "  - {id: ZZ_NEW_GROUP, name: New Example Front, kind: armed_group, country: PAK,"
        " sector: REB, source: user}\n"))
    kb = KnowledgeBase(load([extra]))
    assert kb.actors["TTP"].name == "Tehreek-e-Taliban Pakistan (user)"
    assert kb.ids_for("New Example Front") == ["ZZ_NEW_GROUP"]
    assert kb.version != load_kb().version
