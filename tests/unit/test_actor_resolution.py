"""Actor resolution on hand-built parses: titles, appositions, short references, descriptions."""

from datetime import date

from dyadwatch.stages import ActorStage
from tests.helpers import article, sentence

P, V, N, D, X, A = "PROPN", "VERB", "NOUN", "DET", "PUNCT", "ADJ"


def mentions(small_kb, *sents, published=date(2024, 3, 23)):
    return ActorStage(small_kb)(article(sents, published)).mentions


def test_unknown_person_gets_country_and_sector_from_a_title_before_the_name(small_kb):
    # "Pakistan 's Special Envoy for Afghanistan , Ahmad Zed , said"
    s = sentence([("Pakistan", "Pakistan", P, "poss", 4), ("'s", "'s", "PART", "case", 0),
                  ("Special", "special", A, "amod", 4), ("Envoy", "envoy", N, "compound", 4),
                  ("for", "for", "ADP", "prep", 3), ("Afghanistan", "Afghanistan", P, "pobj", 4),
                  (",", ",", X, "punct", 7), ("Ahmad", "Ahmad", P, "compound", 8),
                  ("Zed", "Zed", P, "nsubj", 10), (",", ",", X, "punct", 8),
                  ("said", "say", V, "ROOT", 10)],
                 [(0, 1, "GPE"), (5, 6, "GPE"), (7, 9, "PERSON")], refs={0: "PAK", 5: "AFG"})
    person = next(m for m in mentions(small_kb, s) if m.text == "Ahmad Zed")
    actor = person.actor
    assert (actor.country, actor.sector, actor.inferred, actor.kb_id) == ("PAK", "GOV", True, None)
    assert actor.role == "Special Envoy for Afghanistan"  # not AFG: the portfolio is not the nationality


def test_title_with_nationality_adjective(small_kb):
    s = sentence([("Afghan", "Afghan", A, "amod", 2), ("Charge", "charge", N, "compound", 2),
                  ("d’Affaires", "d’affaires", N, "compound", 4), ("Sardar", "Sardar", P, "compound", 4),
                  ("Yazdi", "Yazdi", P, "nsubj", 5), ("spoke", "speak", V, "ROOT", 5)],
                 [(0, 1, "NORP"), (3, 5, "PERSON")], refs={0: "AFG"})
    [person] = [m for m in mentions(small_kb, s) if m.actor.kind == "person"]
    assert (person.actor.country, person.actor.sector) == ("AFG", "GOV")


def test_federal_minister_takes_the_articles_country_from_the_dateline(small_kb):
    s = sentence([("ISLAMABAD", "Islamabad", P, "npadvmod", 6), (":", ":", X, "punct", 6),
                  ("Federal", "federal", A, "amod", 3), ("Minister", "minister", N, "compound", 5),
                  ("Kamal", "Kamal", P, "compound", 5), ("Qadir", "Qadir", P, "nsubj", 6),
                  ("spoke", "speak", V, "ROOT", 6)], [(0, 1, "GPE"), (4, 6, "PERSON")])
    person = next(m for m in mentions(small_kb, s) if m.text == "Kamal Qadir")
    assert (person.actor.country, person.actor.sector, person.actor.role) == \
        ("PAK", "GOV", "Federal Minister")


def test_surname_and_title_references_to_a_known_person(small_kb):
    first = sentence([("Asif", "Asif", P, "compound", 1), ("Durrani", "Durrani", P, "nsubj", 2),
                      ("spoke", "speak", V, "ROOT", 2), (".", ".", X, "punct", 2)],
                     [(0, 2, "PERSON")], refs={0: "P_ASIF_DURRANI"})
    second = sentence([("The", "the", D, "det", 1), ("envoy", "envoy", N, "nsubj", 2),
                       ("met", "meet", V, "ROOT", 2), ("Durrani", "Durrani", P, "dobj", 2)],
                      [(3, 4, "PERSON")], offset=len(first.text) + 1, index=1)
    found = {m.text: m for m in mentions(small_kb, first, second)}
    assert found["envoy"].actor.kb_id == "P_ASIF_DURRANI" and found["envoy"].how == "coref"
    assert found["Durrani"].actor.kb_id == "P_ASIF_DURRANI"


def test_he_refers_to_the_nearest_person_before_it(small_kb):
    s = sentence([("Asif", "Asif", P, "compound", 1), ("Durrani", "Durrani", P, "nsubj", 2),
                  ("said", "say", V, "ROOT", 2), ("he", "he", "PRON", "nsubj", 4),
                  ("agreed", "agree", V, "ccomp", 2)], [(0, 2, "PERSON")],
                 refs={0: "P_ASIF_DURRANI"})
    he = next(m for m in mentions(small_kb, s) if m.text == "he")
    assert he.actor.kb_id == "P_ASIF_DURRANI" and he.how == "coref"


def test_title_linked_to_a_name_is_not_a_separate_actor(small_kb):
    # "the envoy , Asif Durrani , said": one actor, the person
    s = sentence([("the", "the", D, "det", 1), ("envoy", "envoy", N, "nsubj", 6),
                  (",", ",", X, "punct", 1), ("Asif", "Asif", P, "compound", 4),
                  ("Durrani", "Durrani", P, "appos", 1), (",", ",", X, "punct", 1),
                  ("said", "say", V, "ROOT", 6)], [(3, 5, "PERSON")], refs={3: "P_ASIF_DURRANI"})
    found = mentions(small_kb, s)
    assert [m.actor.kb_id for m in found] == ["P_ASIF_DURRANI"]


def test_description_resolved_through_the_possessive_country(small_kb):
    s = sentence([("Pakistan", "Pakistan", P, "poss", 3), ("'s", "'s", "PART", "case", 0),
                  ("foreign", "foreign", A, "amod", 3), ("ministry", "ministry", N, "nsubj", 4),
                  ("said", "say", V, "ROOT", 4)], [(0, 1, "GPE")], refs={0: "PAK"})
    [m] = mentions(small_kb, s)
    assert m.actor.kb_id == "PAK_MOFA" and m.text == "Pakistan 's foreign ministry"


def test_taliban_officials_are_the_taliban(small_kb):
    s = sentence([("Taliban", "Taliban", P, "compound", 1), ("officials", "official", N, "nsubj", 2),
                  ("said", "say", V, "ROOT", 2)], [(0, 1, "ORG")], refs={0: "AFG_TALIBAN"})
    [m] = mentions(small_kb, s)
    assert (m.actor.kb_id, m.actor.sector) == ("AFG_TALIBAN", "GOV")
    [old] = mentions(small_kb, s, published=date(2015, 1, 1))
    assert old.actor.sector == "REB"


def test_modifier_nouns_are_not_actors(small_kb):
    # "fighter jets" : the compound "fighter" is no militant
    s = sentence([("Pakistani", "Pakistani", A, "amod", 2), ("fighter", "fighter", N, "compound", 2),
                  ("jets", "jet", N, "nsubj", 3), ("struck", "strike", V, "ROOT", 3)],
                 [(0, 1, "NORP")], refs={0: "PAK"})
    [m] = mentions(small_kb, s)
    assert m.text == "Pakistani fighter jets" and (m.actor.country, m.actor.sector) == ("PAK", "MIL")
