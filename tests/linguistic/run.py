"""Run every linguistic case and print its problems (a developer's report, not a test).

    python -m tests.linguistic.run            # on the hand-checked parses
    python -m tests.linguistic.run --model    # through the trained model
"""

from __future__ import annotations

import sys
from collections import Counter

from tests.linguistic.cases import load_cases, problems
from tests.linguistic.harness import records_from_model, records_from_parses


def main(argv: list[str]) -> int:
    cases = load_cases()
    get = records_from_model if "--model" in argv else records_from_parses
    passed: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for case in cases:
        found = problems(case, get(case))
        total[case["phenomenon"]] += 1
        if not found:
            passed[case["phenomenon"]] += 1
        elif "-q" not in argv:
            print(f"FAIL {case['id']}: {case['text'][:100]}")
            for p in found:
                print(f"     {p}")
    for name in sorted(total):
        print(f"{name:18} {passed[name]:3d} / {total[name]:3d}")
    print(f"{'all':18} {sum(passed.values()):3d} / {sum(total.values()):3d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
