"""Throughput of the pipeline against spaCy alone, on the demo articles repeated to >= 200k words.

Prints articles/s, words/s, peak RSS and the ratio pipeline words/s ÷ spaCy words/s measured in
the same run with the same texts, batch size and process count (we aim for >= 0.8: parsing should
be nearly all of the cost). Each side runs twice, alternating, and the better run counts, so that
a slower first pass (caches, page faults) does not decide the ratio.

    .venv/bin/python benchmarks/throughput.py [--words 200000] [--batch-size 16] [--n-process 1]
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

from dyadwatch.api import pipeline_for, records_of
from dyadwatch.config import load_settings
from dyadwatch.model import Article
from dyadwatch.nlp import get_pipeline
from dyadwatch.sources import read_sources

ROOT = Path(__file__).resolve().parent.parent


def corpus(min_words: int) -> list[Article]:
    """The demo articles, repeated until they hold at least ``min_words`` words."""
    base = [a for a in read_sources([ROOT / "examples" / "corpus"]) if isinstance(a, Article)]
    articles: list[Article] = []
    words = 0
    while words < min_words:
        for article in base:
            articles.append(article)
            words += article.word_count
    return articles


def peak_rss_mb() -> float:
    """Peak resident memory of this process and its (finished) children, in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return (own + children) / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--words", type=int, default=200_000)
    parser.add_argument("--batch-size", type=int, default=None)
    parser.add_argument("--n-process", type=int, default=None)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()

    settings = load_settings(batch_size=args.batch_size, n_process=args.n_process)
    pipeline = pipeline_for(settings)
    parse = pipeline.stages[0]
    kb = parse.kb  # type: ignore[attr-defined]
    nlp = get_pipeline(settings.model, kb.version, kb.ruler_patterns)
    articles = corpus(args.words)
    texts = [a.text for a in articles]
    n_words = sum(a.word_count for a in articles)
    pipeline.process_batch(articles[:4])  # warm up: model, lexicons, caches

    def spacy_alone() -> float:
        start = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=settings.batch_size, n_process=settings.n_process):
            pass
        return time.perf_counter() - start

    def full_pipeline() -> tuple[float, int]:
        start = time.perf_counter()
        n_events = 0
        for article in pipeline.run(articles):
            n_events += len(records_of(article, pipeline))
        return time.perf_counter() - start, n_events

    spacy_times, pipe_times = [], []
    n_events = 0
    for _ in range(2):
        spacy_times.append(spacy_alone())
        elapsed, n_events = full_pipeline()
        pipe_times.append(elapsed)
    spacy_s, pipe_s = min(spacy_times), min(pipe_times)
    figures = {
        "articles": len(articles),
        "words": n_words,
        "events": n_events,
        "batch_size": settings.batch_size,
        "n_process": settings.n_process,
        "pipeline_seconds": round(pipe_s, 2),
        "pipeline_articles_per_s": round(len(articles) / pipe_s, 1),
        "pipeline_words_per_s": round(n_words / pipe_s),
        "spacy_seconds": round(spacy_s, 2),
        "spacy_words_per_s": round(n_words / spacy_s),
        "ratio_pipeline_to_spacy": round(spacy_s / pipe_s, 3),
        "peak_rss_mb": round(peak_rss_mb()),
        "runs_seconds": {"spacy": [round(t, 2) for t in spacy_times],
                         "pipeline": [round(t, 2) for t in pipe_times]},
    }
    if args.json:
        print(json.dumps(figures, indent=2))
        return 0
    print(f"corpus: {figures['articles']} articles, {n_words:,} words "
          f"(demo articles repeated); batch_size={settings.batch_size} "
          f"n_process={settings.n_process}")
    print(f"pipeline : {figures['pipeline_articles_per_s']:>8} articles/s "
          f"{figures['pipeline_words_per_s']:>8,} words/s  ({pipe_s:.1f} s, {n_events} events)")
    print(f"spaCy    : {'':>8}            {figures['spacy_words_per_s']:>8,} words/s  "
          f"({spacy_s:.1f} s)")
    print(f"ratio pipeline/spaCy words/s: {figures['ratio_pipeline_to_spacy']:.3f} "
          "(target >= 0.8)")
    print(f"peak RSS: {figures['peak_rss_mb']} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
