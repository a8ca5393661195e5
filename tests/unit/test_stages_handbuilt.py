"""Actors and events from sentences parsed by hand: one linguistic behaviour per test."""

from datetime import date

import pytest

from dyadwatch.output import is_reportable
from dyadwatch.stages import ActorStage, DateStage, EventStage, MergeStage
from tests.helpers import article, sentence

P, V, N, D, X, A = "PROPN", "VERB", "NOUN", "DET", "PUNCT", "AUX"


def run(small_kb, *sents, published=date(2024, 3, 23)):
    art = article(sents, published)
    for stage in (ActorStage(small_kb), EventStage(), DateStage(), MergeStage()):
        art = stage(art)
    return art


def coded(art):
    return [(e.coding.plover, e.source.actor.kb_id or e.source.actor.name,
             (e.target.actor.kb_id or e.target.actor.name) if e.target else None)
            for e in art.events]


def test_active_voice(small_kb):
    s = sentence([("Pakistan", "Pakistan", P, "nsubj", 1), ("attacked", "attack", V, "ROOT", 1),
                  ("the", "the", D, "det", 3), ("TTP", "TTP", P, "dobj", 1), (".", ".", X, "punct", 1)],
                 [(0, 1, "GPE"), (3, 4, "ORG")], refs={0: "PAK", 3: "TTP"})
    art = run(small_kb, s)
    assert coded(art) == [("ASSAULT", "PAK", "TTP")]
    event = art.events[0]
    assert (event.coding.cameo, event.coding.quad) == ("190", 4)
    assert event.evidence.text == s.text and event.trigger.text == "attacked"


def test_passive_voice_with_agent(small_kb):
    s = sentence([("Soldiers", "soldier", N, "nsubjpass", 2), ("were", "be", A, "auxpass", 2),
                  ("attacked", "attack", V, "ROOT", 2), ("by", "by", "ADP", "agent", 2),
                  ("the", "the", D, "det", 5), ("TTP", "TTP", P, "pobj", 3), (".", ".", X, "punct", 2)],
                 [(5, 6, "ORG")], refs={5: "TTP"})
    art = run(small_kb, s)
    [event] = art.events
    assert event.source.actor.kb_id == "TTP"
    assert event.target.actor.sector == "MIL"
    assert event.coding.cameo == "180"  # an armed group's attack is unconventional violence


def test_negation_is_flagged_and_not_reported_by_default(small_kb):
    s = sentence([("Pakistan", "Pakistan", P, "nsubj", 3), ("did", "do", A, "aux", 3),
                  ("not", "not", "PART", "neg", 3), ("attack", "attack", V, "ROOT", 3),
                  ("Afghanistan", "Afghanistan", P, "dobj", 3), (".", ".", X, "punct", 3)],
                 [(0, 1, "GPE"), (4, 5, "GPE")], refs={0: "PAK", 4: "AFG"})
    [event] = run(small_kb, s).events
    assert event.modality.negated and not is_reportable(event, include_all=False)
    assert is_reportable(event, include_all=True)


def test_future_visit_is_planned_with_its_date(small_kb):
    s = sentence([("Durrani", "Durrani", P, "nsubj", 2), ("will", "will", A, "aux", 2),
                  ("visit", "visit", V, "ROOT", 2), ("Kabul", "Kabul", P, "dobj", 2),
                  ("on", "on", "ADP", "prep", 2), ("March", "March", P, "pobj", 4),
                  ("25", "25", "NUM", "nummod", 5), (".", ".", X, "punct", 2)],
                 [(0, 1, "PERSON"), (3, 4, "GPE"), (5, 7, "DATE")])
    earlier = sentence([("Asif", "Asif", P, "compound", 1), ("Durrani", "Durrani", P, "nsubj", 2),
                        ("spoke", "speak", V, "ROOT", 2), (".", ".", X, "punct", 2)],
                       [(0, 2, "PERSON")], refs={0: "P_ASIF_DURRANI"})
    s = sentence([(t.text, t.lemma, t.pos, t.dep, t.head) for t in s.tokens],
                 [(0, 1, "PERSON"), (3, 4, "GPE"), (5, 7, "DATE")], offset=len(earlier.text) + 1,
                 index=1)
    art = run(small_kb, earlier, s)
    [event] = art.events
    assert event.source.actor.kb_id == "P_ASIF_DURRANI"  # "Durrani" refers back
    assert event.target.actor.kb_id == "AFG_TALIBAN"  # Kabul in 2024 = the Taliban government
    assert event.modality.planned and event.coding.mode == "visit"
    assert (event.date.value, event.date.precision, event.date.text) == ("2024-03-25", "day",
                                                                          "March 25")


def test_conditional_is_hypothetical(small_kb):
    s = sentence([("If", "if", "SCONJ", "mark", 2), ("Pakistan", "Pakistan", P, "nsubj", 2),
                  ("attacks", "attack", V, "advcl", 5), ("Afghanistan", "Afghanistan", P, "dobj", 2),
                  (",", ",", X, "punct", 5), ("tensions", "tension", N, "nsubj", 6),
                  ("rise", "rise", V, "ROOT", 6)],
                 [(1, 2, "GPE"), (3, 4, "GPE")], refs={1: "PAK", 3: "AFG"})
    [event] = run(small_kb, s).events
    assert event.modality.hypothetical and not is_reportable(event, False)


def test_reported_speech_is_attributed(small_kb):
    s = sentence([("Pakistan", "Pakistan", P, "nsubj", 1), ("said", "say", V, "ROOT", 1),
                  ("the", "the", D, "det", 3), ("TTP", "TTP", P, "nsubj", 4),
                  ("attacked", "attack", V, "ccomp", 1), ("Afghanistan", "Afghanistan", P, "dobj", 4)],
                 [(0, 1, "GPE"), (3, 4, "ORG"), (5, 6, "GPE")], refs={0: "PAK", 3: "TTP", 5: "AFG"})
    [event] = run(small_kb, s).events
    assert (event.source.actor.kb_id, event.target.actor.kb_id) == ("TTP", "AFG")
    assert event.attributed_to.actor.kb_id == "PAK"


def test_coordinated_sources_give_one_event_each(small_kb):
    s = sentence([("Pakistan", "Pakistan", P, "nsubj", 3), ("and", "and", "CCONJ", "cc", 0),
                  ("Afghanistan", "Afghanistan", P, "conj", 0), ("condemned", "condemn", V, "ROOT", 3),
                  ("the", "the", D, "det", 5), ("TTP", "TTP", P, "dobj", 3)],
                 [(0, 1, "GPE"), (2, 3, "GPE"), (5, 6, "ORG")], refs={0: "PAK", 2: "AFG", 5: "TTP"})
    assert coded(run(small_kb, s)) == [("ACCUSE", "PAK", "TTP"), ("ACCUSE", "AFG", "TTP")]


def test_sentence_without_interaction_yields_nothing(small_kb):
    s = sentence([("The", "the", D, "det", 1), ("weather", "weather", N, "nsubj", 2),
                  ("was", "be", A, "ROOT", 2), ("cold", "cold", "ADJ", "acomp", 2)])
    assert run(small_kb, s).events == ()


def test_statement_alone_is_not_an_event(small_kb):
    s = sentence([("Pakistan", "Pakistan", P, "nsubj", 1), ("said", "say", V, "ROOT", 1),
                  ("it", "it", "PRON", "nsubj", 3), ("wanted", "want", V, "ccomp", 1),
                  ("peace", "peace", N, "dobj", 3)], [(0, 1, "GPE")], refs={0: "PAK"})
    assert run(small_kb, s).events == ()


def test_claim_of_responsibility_yields_the_claimed_attack(small_kb):
    s = sentence([("The", "the", D, "det", 1), ("TTP", "TTP", P, "nsubj", 2),
                  ("claimed", "claim", V, "ROOT", 2), ("responsibility", "responsibility", N, "dobj", 2),
                  ("for", "for", "ADP", "prep", 3), ("the", "the", D, "det", 6),
                  ("attack", "attack", N, "pobj", 4)], [(1, 2, "ORG")], refs={1: "TTP"})
    [event] = run(small_kb, s).events
    assert event.coding.plover == "ASSAULT" and event.source.actor.kb_id == "TTP"
    assert event.attributed_to.actor.kb_id == "TTP"


def test_denial_is_a_reject_by_the_denier(small_kb):
    s = sentence([("Kabul", "Kabul", P, "nsubj", 1), ("denied", "deny", V, "ROOT", 1),
                  ("the", "the", D, "det", 3), ("claims", "claim", N, "dobj", 1)], [(0, 1, "GPE")])
    [event] = run(small_kb, s).events
    assert (event.coding.plover, event.coding.cameo) == ("REJECT", "016")
    assert event.source.actor.kb_id == "AFG_TALIBAN"


def test_publication_date_fallback_is_flagged(small_kb):
    s = sentence([("Pakistan", "Pakistan", P, "nsubj", 1), ("condemned", "condemn", V, "ROOT", 1),
                  ("the", "the", D, "det", 3), ("TTP", "TTP", P, "dobj", 1)],
                 [(0, 1, "GPE"), (3, 4, "ORG")], refs={0: "PAK", 3: "TTP"})
    [event] = run(small_kb, s).events
    assert event.date.fallback and event.date.text is None and event.date.value == "2024-03-23"
    [undated] = run(small_kb, s, published=None).events
    assert undated.date is None


def test_the_same_event_twice_in_a_document_is_one_record_with_also(small_kb):
    spec = [("Pakistan", "Pakistan", P, "nsubj", 1), ("condemned", "condemn", V, "ROOT", 1),
            ("the", "the", D, "det", 3), ("TTP", "TTP", P, "dobj", 1), (".", ".", X, "punct", 1)]
    first = sentence(spec, [(0, 1, "GPE"), (3, 4, "ORG")], refs={0: "PAK", 3: "TTP"})
    second = sentence(spec, [(0, 1, "GPE"), (3, 4, "ORG")], offset=len(first.text) + 1, index=1,
                      refs={0: "PAK", 3: "TTP"})
    [event] = run(small_kb, first, second).events
    assert len(event.also) == 1 and event.also[0].start == second.start


@pytest.mark.parametrize("adjective,noun,sector", [("Pakistani", "troops", "MIL"),
                                                   ("Afghan", "refugees", "REF"),
                                                   ("Afghan", "officials", "GOV")])
def test_nationality_adjective_with_a_group_noun(small_kb, adjective, noun, sector):
    s = sentence([(adjective, adjective, "ADJ", "amod", 1), (noun, noun.rstrip("s"), N, "ROOT", 1)],
                 [(0, 1, "NORP")], refs={0: "PAK" if adjective == "Pakistani" else "AFG"})
    art = run(small_kb, s)
    [mention] = art.mentions
    assert mention.actor.country == ("PAK" if adjective == "Pakistani" else "AFG")
    assert mention.actor.sector == sector and mention.text == f"{adjective} {noun}"


@pytest.mark.parametrize("words,expected", [
    (["anti", "-", "terrorist", "operations"], [None, None, None, None]),
    (["twenty", "-", "five", "soldiers"], [25.0, None, 5.0, None]),
    (["twenty-five", "soldiers"], [25.0, None]),
    (["3,500", "refugees"], [3500.0, None]),
])
def test_a_lone_hyphen_is_not_the_number_zero(words, expected):
    from dyadwatch.stages.quantities import _number

    s = sentence([(w, w, "X", "dep", 0) for w in words], [])
    assert [(_number(s, i) or (None,))[0] for i in range(len(words))] == expected


def test_an_untagged_surname_is_the_person_named_before(small_kb):
    # "Asif Durrani met the TTP . Durrani condemned the TTP ." with the second "Durrani" left
    # untagged by the NER: still the envoy named before
    first = sentence([("Asif", "Asif", P, "compound", 1), ("Durrani", "Durrani", P, "nsubj", 2),
                      ("met", "meet", V, "ROOT", 2), ("the", "the", D, "det", 4),
                      ("TTP", "TTP", P, "dobj", 2), (".", ".", X, "punct", 2)],
                     [(0, 2, "PERSON"), (4, 5, "ORG")], refs={0: "P_ASIF_DURRANI", 4: "TTP"})
    second = sentence([("Durrani", "Durrani", P, "nsubj", 1),
                       ("condemned", "condemn", V, "ROOT", 1), ("the", "the", D, "det", 3),
                       ("TTP", "TTP", P, "dobj", 1), (".", ".", X, "punct", 1)],
                      [(3, 4, "ORG")], offset=len(first.text) + 1, index=1, refs={3: "TTP"})
    art = run(small_kb, first, second)
    assert ("ACCUSE", "P_ASIF_DURRANI", "TTP") in coded(art)
