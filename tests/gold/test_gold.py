"""CI gate: scores on our own gold data may not fall below the pinned floors."""

import hashlib
import json
from pathlib import Path

import pytest

GOLD = Path(__file__).resolve().parent
FLOORS = json.loads((GOLD / "floors.json").read_text())
#: The issues' acceptance levels: floors may be raised, never set below these.
MINIMUM = {"actors": {"country": 0.95, "sector": 0.90},
           "grounding": {"date_accuracy": 0.90, "place_country_accuracy": 0.95,
                         "place_accuracy": 0.85}}


def test_gold_files_are_frozen():
    for line in (GOLD / "SHA256SUMS").read_text().splitlines():
        digest, name = line.split()
        assert hashlib.sha256((GOLD / name).read_bytes()).hexdigest() == digest, (
            f"{name} changed: gold data is frozen; a correction must update SHA256SUMS in the "
            "same commit and be explained in tests/gold/README.md")


def test_floors_are_not_below_the_acceptance_levels():
    for task, minimums in MINIMUM.items():
        for metric, minimum in minimums.items():
            assert FLOORS[task][metric] >= minimum, (task, metric)


@pytest.mark.model
def test_actor_resolution_meets_its_floors():
    from dyadwatch import api
    from dyadwatch.config import load_settings
    from dyadwatch.evaluation.actors import load_cases, score

    settings = load_settings()
    result = score(load_cases(GOLD / "actors.jsonl"),
                   lambda m, d, c: api.resolve_actor(m, d, c, settings))
    assert result.n >= 150
    misses = [(c.mention, c.date, c.country, c.sector, a and (a.country, a.sector))
              for c, a in result.misses]
    assert result.country >= FLOORS["actors"]["country"], misses
    assert result.sector >= FLOORS["actors"]["sector"], misses


@pytest.fixture(scope="module")
def corpus_records():
    """Every record extracted from the demo corpus (the documents the gold set annotates)."""
    from dyadwatch import api
    from dyadwatch.config import load_settings

    corpus = GOLD.parents[1] / "examples" / "corpus"
    return [r for result in api.extract_paths([corpus], settings=load_settings())
            for r in result.records]


@pytest.mark.model
def test_event_extraction_meets_its_floors(corpus_records):
    from dyadwatch.evaluation.events import load_gold, summary

    gold = load_gold(GOLD / "events.jsonl")
    figures = summary([r for r in corpus_records if r["doc"] in {g.doc for g in gold}], gold)
    assert figures["strict"]["f1"] >= FLOORS["events"]["strict_f1"], figures["strict"]
    assert figures["lenient"]["f1"] >= FLOORS["events"]["lenient_f1"], figures["lenient"]


@pytest.mark.model
def test_confidence_means_something(corpus_records):
    """Precision per confidence band rises with the band (bands with at least 10 events)."""
    from dyadwatch.evaluation.events import load_gold, summary

    gold = load_gold(GOLD / "events.jsonl")
    bands = [b for b in summary(corpus_records, gold)["bands"] if b["events"] >= 10]
    precisions = [b["precision"] for b in bands]
    assert len(bands) >= 3 and precisions == sorted(precisions), bands


@pytest.mark.model
def test_quantities_meet_their_floor(corpus_records):
    from dyadwatch.evaluation.quantities import load_gold_quantities, score_quantities

    result = score_quantities(corpus_records, load_gold_quantities(GOLD / "quantities.jsonl"))
    assert result["f1"] >= FLOORS["quantities"]["f1"], result


@pytest.mark.model
def test_dates_and_places_meet_their_floors(corpus_records):
    from dyadwatch.cli.evaluate import place_lookup
    from dyadwatch.config import load_settings
    from dyadwatch.evaluation.events import load_gold, summary

    gold = load_gold(GOLD / "events.jsonl")
    grounding = summary(corpus_records, gold, place_lookup(load_settings()))["grounding"]
    floors = FLOORS["grounding"]
    assert grounding["dates"]["pairs"] >= 100 and grounding["places"]["pairs"] >= 50
    assert grounding["dates"]["accuracy"] >= floors["date_accuracy"], grounding["dates"]
    assert grounding["places"]["country_accuracy"] >= floors["place_country_accuracy"]
    assert grounding["places"]["place_accuracy"] >= floors["place_accuracy"]
