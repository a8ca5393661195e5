"""`dyadwatch actors`: resolve with dates and context, list, show, validate."""

import json

import pytest

from tests.integration.conftest import dyadwatch


def resolve(*args):
    result = dyadwatch("actors", "resolve", *args, "--format", "json")
    return result.returncode, json.loads(result.stdout)


@pytest.mark.model
@pytest.mark.parametrize("args,expected", [
    (["Kabul", "--date", "2019-05-01"], ("AFG", "GOV", "AFG_REPUBLIC_GOV")),
    (["Kabul", "--date", "2023-05-01", "--context", "Kabul denied the allegations on Sunday."],
     ("AFG", "GOV", "AFG_TALIBAN")),
    (["Taliban", "--date", "2020-02-29"], ("AFG", "REB", "AFG_TALIBAN")),
    (["Tehrik-i-Taliban Pakistan"], ("PAK", "REB", "TTP")),
    (["Afghan refugees"], ("AFG", "REF", None)),
    (["Pakistani troops"], ("PAK", "MIL", None)),
])
def test_resolve(args, expected):
    code, record = resolve(*args)
    assert code == 0
    assert (record["country"], record["sector"]) == expected[:2]
    if expected[2]:
        assert record["kb_id"] == expected[2]


@pytest.mark.model
def test_resolve_a_dated_role():
    _, before = resolve("Asim Munir", "--date", "2019-01-10")
    _, after = resolve("Asim Munir", "--date", "2023-06-01")
    assert before["sector"] == "SPY" and "Inter-Services Intelligence" in before["role"]
    assert after["sector"] == "MIL" and after["role"].startswith("Chief of Army Staff")


@pytest.mark.model
def test_resolve_infers_a_new_person_from_the_title():
    code, record = resolve("Gul Zaman", "--date", "2024-02-01", "--context",
                           "Afghan Charge d'Affaires Gul Zaman met officials in Islamabad.")
    assert code == 0 and record["inferred"] is True and record["kb_id"] is None
    assert (record["country"], record["sector"]) == ("AFG", "GOV")


@pytest.mark.model
def test_unresolved_mention_exits_3_with_null_fields():
    code, record = resolve("Qwerty Zxcvb")
    assert code == 3
    assert record["kb_id"] is None and record["country"] is None and record["sector"] is None


def test_validate_names_the_file_and_entry(tmp_path):
    bad = tmp_path / "mine.yaml"
    bad.write_text("actors:\n  - {id: X_ONE, name: X, kind: person, country: PAK, sector: BOSS,"
                   " source: analyst}\n")
    result = dyadwatch("actors", "validate", str(bad))
    assert result.returncode == 1
    assert "mine.yaml" in result.stderr and "X_ONE" in result.stderr and "sector" in result.stderr
    assert dyadwatch("actors", "validate").returncode == 0


def test_user_file_extends_the_knowledge_base(tmp_path):
    extra = tmp_path / "mine.yaml"
    extra.write_text("actors:\n  - {id: ZZ_EXAMPLE_FRONT, name: Example Liberation Front, "
                     "kind: armed_group, country: PAK, sector: REB, source: analyst note}\n")
    result = dyadwatch("actors", "show", "Example Liberation Front",
                       env={"DYADWATCH_KB_EXTRA": str(extra)})
    assert result.returncode == 0 and json.loads(result.stdout)["id"] == "ZZ_EXAMPLE_FRONT"


def test_list_and_show():
    listing = dyadwatch("actors", "list", "--country", "AFG", "--kind", "armed_group",
                        "--format", "jsonl")
    ids = {json.loads(line)["id"] for line in listing.stdout.splitlines()}
    assert {"AFG_TALIBAN", "ISKP"} <= ids
    shown = dyadwatch("actors", "show", "P_ISHAQ_DAR", "--date", "2025-04-19")
    assert json.loads(shown.stdout)["on"]["role"] == "Deputy Prime Minister of Pakistan"
    assert dyadwatch("actors", "show", "Nobody At All").returncode == 2
