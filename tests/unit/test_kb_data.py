"""The shipped knowledge base's data: coverage the issue asks for, and no dangerous aliases."""

from collections import Counter
from datetime import date

import pytest
from spacy.lang.en.stop_words import STOP_WORDS

from dyadwatch.kb import alias_key, load_kb
from dyadwatch.kb.base import is_acronym
from dyadwatch.stages.actor_lexicon import GROUP_NOUNS, ORG_HEADS, TITLES

COMMON = set(STOP_WORDS) | set(GROUP_NOUNS) | set(ORG_HEADS) | set(TITLES) | {
    "foreign", "commonwealth", "development", "fund", "amnesty", "office", "security", "peace",
    "national", "federal", "central", "interim", "islamic", "republic", "council", "front",
    "movement", "network", "league", "union", "world", "international", "general", "public",
}


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def test_coverage(kb):
    kinds = Counter(a.kind for a in kb.actors.values())
    assert kinds["state"] >= 190
    assert len(kb.actors) - kinds["state"] >= 300
    dated_people = [a for a in kb.actors.values() if a.kind == "person"
                    and any(r.start for r in a.roles)]
    assert len(dated_people) >= 150
    for needed in ("PAK", "AFG", "AFG_TALIBAN", "TTP", "BLA", "ISKP", "HAQQANI_NETWORK",
                   "PAK_MOFA", "PAK_ISI", "UNAMA", "IRN", "CHN", "IND", "QAT"):
        assert needed in kb.actors, needed


def test_every_role_has_a_source(kb):
    for actor in kb.actors.values():
        for role in actor.roles:
            assert len(role.source) >= 3, (actor.id, role.role)


def test_no_alias_is_a_common_word(kb):
    bad = [(a.id, n) for a in kb.actors.values() for n in a.aliases
           if len(alias_key(n).split()) == 1 and alias_key(n) in COMMON and not is_acronym(n)]
    assert bad == []
    assert kb.ids_for("US") == ["USA"] and kb.ids_for("us") == []
    assert kb.ids_for("WHO") == ["WHO"] and kb.ids_for("who") == []


def test_no_alias_is_shared_by_two_actors(kb):
    owners: dict[str, set[str]] = {}
    for actor in kb.actors.values():
        for name in actor.names:
            key = name.replace(".", "") if is_acronym(name) else alias_key(name)
            owners.setdefault(key, set()).add(actor.id)
    shared = {k: v for k, v in owners.items() if len(v) > 1}
    assert shared == {}


def test_afghanistan_is_governed_by_the_taliban_from_15_august_2021(kb):
    assert kb.government("AFG", date(2021, 8, 15)).kb_id == "AFG_TALIBAN"
    assert kb.government("AFG", date(2021, 8, 14)).kb_id != "AFG_TALIBAN"
