"""The event evaluator: one-to-one matching, strict dates, core vs background, bands."""

import pytest

from dyadwatch.evaluation.events import GoldEvent, dates_agree, match, prf, summary


def sys_event(doc, plover, src, tgt, day="2024-03-18", prec="day", conf=0.7, sentence="s"):
    return {"doc": doc, "plover": plover, "source": {"country": src},
            "target": {"country": tgt} if tgt is not None else None, "date": day,
            "date_precision": prec, "confidence": conf, "evidence": {"sentence": sentence}}


def gold(doc, plover, src, tgt, day="2024-03-18", prec="day", core=True, evidence="s"):
    return GoldEvent(doc, plover, src, tgt, day, prec, core, evidence,
                     {"doc": doc, "plover": plover, "evidence": evidence})


@pytest.mark.parametrize("a,b,ok", [
    (("2024-03-18", "day"), ("2024-03-19", "day"), True),
    (("2024-03-18", "day"), ("2024-03-20", "day"), False),
    (("2024-03-18", "week"), ("2024-03-24", "day"), True),
    (("2024-03", "month"), ("2024-03-30", "day"), True),
    (("2024-03", "month"), ("2024-04-01", "day"), False),
    (("2024", "year"), ("2024-11", "month"), True),
    ((None, None), ("2024-11", "month"), False),
])
def test_dates_agree_at_the_coarser_precision(a, b, ok):
    assert dates_agree(*a, *b) is ok


def test_matching_is_one_to_one():
    system = [sys_event("d", "ASSAULT", "PAK", "AFG"), sys_event("d", "ASSAULT", "PAK", "AFG")]
    m = match(system, [gold("d", "ASSAULT", "PAK", "AFG")], strict=False)
    assert len(m.pairs) == 1 and len(m.false) == 1


def test_null_country_matches_only_null():
    m = match([sys_event("d", "ASSAULT", "PAK", None)], [gold("d", "ASSAULT", "PAK", "AFG")],
              strict=False)
    assert m.pairs == []


def test_order_is_ignored_for_symmetric_types_only():
    swapped = [sys_event("d", "CONSULT", "AFG", "PAK"), sys_event("d", "ASSAULT", "AFG", "PAK")]
    g = [gold("d", "CONSULT", "PAK", "AFG"), gold("d", "ASSAULT", "PAK", "AFG")]
    m = match(swapped, g, strict=False)
    assert [s["plover"] for s, _ in m.pairs] == ["CONSULT"]


def test_strict_needs_the_dates_to_agree():
    system = [sys_event("d", "ASSAULT", "PAK", "AFG", day="2024-03-23")]
    g = [gold("d", "ASSAULT", "PAK", "AFG", day="2024-03-18")]
    assert len(match(system, g, strict=False).pairs) == 1
    assert len(match(system, g, strict=True).pairs) == 0


def test_background_gold_neither_counts_for_recall_nor_against_precision():
    system = [sys_event("d", "ASSAULT", "PAK", "AFG"), sys_event("d", "COERCE", "PAK", "AFG")]
    g = [gold("d", "ASSAULT", "PAK", "AFG"), gold("d", "COERCE", "PAK", "AFG", core=False),
         gold("d", "CONSULT", "PAK", "AFG")]
    p = prf(match(system, g, strict=False), g)
    assert (p.precision, p.recall) == (1.0, 0.5)


def test_summary_bands_and_lists():
    system = [sys_event("d", "ASSAULT", "PAK", "AFG", conf=0.9),
              sys_event("d", "ACCUSE", "PAK", "AFG", conf=0.55)]
    g = [gold("d", "ASSAULT", "PAK", "AFG"), gold("d", "REJECT", "AFG", "PAK")]
    s = summary(system, g)
    assert s["lenient"]["precision"] == 0.5 and s["lenient"]["recall"] == 0.5
    assert [b["precision"] for b in s["bands"] if b["events"]] == [0.0, 1.0]
    assert [x["plover"] for x in s["missed"]] == ["REJECT"]
    assert [x["plover"] for x in s["false"]] == ["ACCUSE"]
