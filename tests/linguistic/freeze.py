"""Write parses.conll from the trained model (run once per new case, then check by hand).

    python -m tests.linguistic.freeze            # parse cases missing from parses.conll
    python -m tests.linguistic.freeze --all      # re-parse every case (loses hand fixes)
"""

from __future__ import annotations

import sys

from dyadwatch.config import Settings
from dyadwatch.kb import load_kb
from dyadwatch.sources.reader import article_from_text
from dyadwatch.stages import ParseStage
from tests.linguistic.cases import load_cases, published_of
from tests.linguistic.parses import PARSES, dump


def main(argv: list[str]) -> int:
    cases = load_cases()
    existing = PARSES.read_text("utf-8") if PARSES.exists() and "--all" not in argv else ""
    have = {line.split(":", 1)[1].strip() for line in existing.splitlines()
            if line.startswith("# case:")}
    settings = Settings()
    parse = ParseStage(settings.model, load_kb(settings.kb_extra))
    blocks = [existing] if existing else []
    for case in cases:
        if case["id"] in have:
            continue
        article = parse(article_from_text(case["text"], doc=case["id"],
                                          published=published_of(case)))
        blocks.append(dump(case["id"], article.sentences))
    PARSES.write_text("\n".join(b.rstrip("\n") + "\n" for b in blocks), "utf-8")
    print(f"{PARSES}: {len(cases)} cases ({len(cases) - len(have)} parsed now)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
