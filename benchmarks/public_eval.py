"""Public benchmarks from ../shared/eval (read in place, never copied; skipped when absent).

- PLOVER-GSR: the 322 CAMEO-manual example sentences coded in PLOVER 0.5b1. Each sentence is one
  document; the most confident event's PLOVER type is compared with the gold type (older names
  mapped: DEMAND->REQUEST, DISAPPROVE->ACCUSE, INVESTIGATE->ACCUSE, FIGHT->ASSAULT); a sentence
  with no event counts as wrong.
- CASE-2021 task 2: 1,019 news snippets with ACLED-style labels. Our most confident event's type
  and mode are mapped to a label (see ``case_label``); macro-F1 is taken over the labels that our
  mapping can produce; a snippet with no event is predicted "none".

    .venv/bin/python benchmarks/public_eval.py [--plover] [--case] [--json] [--limit N]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from dyadwatch import api
from dyadwatch.config import load_settings
from dyadwatch.errors import InputError

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
OLD_NAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE",
             "FIGHT": "ASSAULT"}


def best_event(text: str, settings: Any) -> dict[str, Any] | None:
    """The most confident factual event of a text, or None (rejected or eventless)."""
    try:
        records = api.extract(text, settings=settings)
    except InputError:
        return None
    return max(records, key=lambda r: r["confidence"]) if records else None


def plover_gsr(settings: Any, limit: int | None = None) -> dict[str, Any]:
    """Type accuracy on the PLOVER gold-standard records."""
    path = EVAL / "plover" / "PLOVER_GSR_CAMEO.json"
    records = [r for r in json.loads(path.read_text()) if r.get("event") != "DOCUMENT"]
    records = records[:limit] if limit else records
    right, confusion = 0, Counter()
    per_type: dict[str, list[int]] = {}
    for rec in records:
        gold = OLD_NAMES.get(rec["event"], rec["event"])
        event = best_event(rec["text"], settings)
        got = event["plover"] if event else "none"
        right += got == gold
        per_type.setdefault(gold, [0, 0])
        per_type[gold][0] += 1
        per_type[gold][1] += got == gold
        if got != gold:
            confusion[(gold, got)] += 1
    return {"sentences": len(records), "accuracy": round(right / len(records), 3),
            "per_type": {t: round(k / n, 3) for t, (n, k) in sorted(per_type.items())},
            "top_confusions": [f"{g}->{s}: {n}" for (g, s), n in confusion.most_common(12)]}


def case_label(event: dict[str, Any] | None) -> str:
    """The CASE-2021 label our type and mode stand for ("none" when there is none)."""
    if event is None:
        return "none"
    plover, mode, cameo = event["plover"], event["mode"], event["cameo"]
    attributed = event.get("attributed_to") or {}
    if attributed and attributed.get("name") == (event.get("source") or {}).get("name"):
        return "ATTRIB"
    if plover == "ASSAULT":
        return {"aerial": "AIR_STRIKE", "drone": "AIR_STRIKE", "suicide-attack": "SUIC_BOMB",
                "explosives": "REM_EXPLOS", "heavy-weapons": "ART_MISS_ATTACK",
                "abduct": "ABDUCT_DISSAP", "sexual": "SEX_VIOL", "cbrn": "CHEM_WEAP",
                "firearms": "ARMED_CLASH"}.get(mode or "", "ARMED_CLASH" if cameo.startswith(
                    "19") else "ATTACK")
    if plover == "COERCE":
        return {"arrest": "ARREST", "seize": "PROPERTY_DISTRUCT"}.get(mode or "", "OTHER")
    if plover == "PROTEST":
        return "VIOL_DEMONSTR" if mode == "riot" else "PEACE_PROTEST"
    if plover in ("AGREE",) or (plover == "RETREAT" and mode == "ceasefire"):
        return "AGREEMENT"
    if plover in ("CONSULT", "SUPPORT"):
        return "DIPLO"
    return "OTHER"


MAPPED = {"AIR_STRIKE", "SUIC_BOMB", "REM_EXPLOS", "ART_MISS_ATTACK", "ABDUCT_DISSAP",
          "SEX_VIOL", "CHEM_WEAP", "ARMED_CLASH", "ATTACK", "ARREST", "PROPERTY_DISTRUCT",
          "VIOL_DEMONSTR", "PEACE_PROTEST", "AGREEMENT", "DIPLO", "ATTRIB"}


def case2021(settings: Any, limit: int | None = None) -> dict[str, Any]:
    """Macro-F1 over the CASE-2021 task 2 labels our mapping produces."""
    path = EVAL / "case2021-task2" / "test_set_final_release_with_labels.tsv"
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    rows = rows[:limit] if limit else rows
    pairs = [(row["SubType"], case_label(best_event(row["EventSnippet"], settings)))
             for row in rows]
    per_label = {}
    for label in sorted(MAPPED):
        tp = sum(1 for g, p in pairs if g == label and p == label)
        fp = sum(1 for g, p in pairs if g != label and p == label)
        fn = sum(1 for g, p in pairs if g == label and p != label)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        per_label[label] = round(2 * prec * rec / (prec + rec), 3) if prec + rec else 0.0
    return {"snippets": len(pairs), "macro_f1": round(sum(per_label.values()) / len(per_label), 3),
            "accuracy_on_mapped": round(sum(1 for g, p in pairs if g == p and g in MAPPED) /
                                        max(1, sum(1 for g, _ in pairs if g in MAPPED)), 3),
            "no_event": sum(1 for _, p in pairs if p == "none"), "per_label_f1": per_label}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--plover", action="store_true")
    parser.add_argument("--case", action="store_true")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    if not EVAL.is_dir():
        print(f"skipped: {EVAL} not found (the shared folder lies beside the repository)")
        return 0
    settings = load_settings()
    results: dict[str, Any] = {}
    if args.plover or not args.case:
        results["plover_gsr"] = plover_gsr(settings, args.limit)
    if args.case or not args.plover:
        results["case2021_task2"] = case2021(settings, args.limit)
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        for name, figures in results.items():
            print(f"== {name}")
            for key, value in figures.items():
                print(f"  {key}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
