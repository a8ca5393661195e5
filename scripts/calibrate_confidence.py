"""Fit the confidence calibration table on our event gold set (maintainer tool).

    .venv/bin/python scripts/calibrate_confidence.py [--write]

The extractor's raw score is a prior built from the evidence (how the actors were found, a
known target, the clause it sits in ...). This fits a monotone map from raw score to the
observed precision (isotonic regression by pool-adjacent-violators, Laplace-smoothed) on the
demo corpus and ``tests/gold/events.jsonl`` (a system event counts as right when the lenient
matching pairs it with a core gold event; one matched with a background event is left out).

Because the table is fitted on the gold set, precision per band on that set is in-sample. The
script therefore also prints a two-fold estimate: fitted on half the documents, scored on the
other half, and the reverse. ``--write`` stores the table in
``src/dyadwatch/stages/data/calibration.json``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from dyadwatch import api
from dyadwatch.config import load_settings
from dyadwatch.evaluation.events import BANDS, load_gold, match
from dyadwatch.stages.confidence import calibrated, raw_of, use_table

ROOT = Path(__file__).resolve().parents[1]
TABLE = ROOT / "src/dyadwatch/stages/data/calibration.json"


def labelled(records: list[dict], gold: list) -> list[tuple[float, int, str]]:
    """(raw score, right, document) for every system record not matched with background."""
    m = match(records, gold, strict=False)
    right = {id(r) for r, g in m.pairs if g.core}
    background = {id(r) for r, g in m.pairs if not g.core}
    return [(raw_of(r), int(id(r) in right), r["doc"]) for r in records
            if id(r) not in background]


def fit(points: list[tuple[float, int]]) -> list[list[float]]:
    """Pool adjacent violators: [[upper raw bound, calibrated probability], ...]."""
    blocks: list[list[float]] = []  # [sum right, n, max raw]
    for raw, right in sorted(points):
        blocks.append([right, 1, raw])
        while len(blocks) > 1 and (blocks[-2][0] + 1) / (blocks[-2][1] + 2) >= \
                (blocks[-1][0] + 1) / (blocks[-1][1] + 2):
            last = blocks.pop()
            blocks[-1] = [blocks[-1][0] + last[0], blocks[-1][1] + last[1], last[2]]
    return [[round(b[2], 4), round((b[0] + 1) / (b[1] + 2), 3)] for b in blocks]


def bands(points: list[tuple[float, int]], table: list[list[float]]) -> list[str]:
    out = []
    for lo, hi in BANDS:
        inside = [r for raw, r in points if lo <= calibrated(raw, table) < hi]
        if inside:
            out.append(f"{lo:.1f}-{min(hi, 1.0):.1f}: {len(inside)} events, "
                       f"precision {sum(inside) / len(inside):.2f}")
    return out


def main(argv: list[str]) -> int:
    use_table([])  # raw scores
    gold = load_gold(ROOT / "tests/gold/events.jsonl")
    docs = sorted({g.doc for g in gold})
    records = [r for res in api.extract_paths([ROOT / "examples/corpus"],
                                              settings=load_settings())
               for r in res.records if r["doc"] in set(docs)]
    data = labelled(records, gold)
    halves = [set(docs[0::2]), set(docs[1::2])]
    for k, held in enumerate(halves):
        train = [(raw, r) for raw, r, d in data if d not in held]
        test = [(raw, r) for raw, r, d in data if d in held]
        print(f"fold {k + 1}: fitted on {len(train)} events, scored on {len(test)}")
        for line in bands(test, fit(train)):
            print("   ", line)
    table = fit([(raw, r) for raw, r, _ in data])
    print(f"table fitted on all {len(data)} events: {table}")
    if "--write" in argv:
        TABLE.parent.mkdir(parents=True, exist_ok=True)
        TABLE.write_text(json.dumps({"fitted_on": "tests/gold/events.jsonl (demo corpus)",
                                     "events": len(data), "table": table}, indent=1) + "\n")
        print(f"written: {TABLE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
