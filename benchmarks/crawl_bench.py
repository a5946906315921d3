"""Crawl speed on a generated local site: a full crawl → extract → index into SQLite, then an
incremental re-crawl of the unchanged site.

Targets: the full crawl indexes >= 20 articles/s (2 cores); the re-crawl takes <= 10% of the
full crawl's time. Baseline measured in the same run: extraction alone, in this process, on
the same texts (what one core does without any fetching).

Politeness is off (no AutoThrottle, no delay, high concurrency): the site is our own, local.

usage: python benchmarks/crawl_bench.py [--articles N] [--workers W] [--baseline-texts K]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.generated_site import build_articles, serve  # noqa: E402
from crawler.run import crawl  # noqa: E402
from search import open_index  # noqa: E402

FAST = {
    "AUTOTHROTTLE_ENABLED": False,
    "DOWNLOAD_DELAY": 0,
    "CONCURRENT_REQUESTS": 32,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 32,
    "FEEDS_ENABLED": False,  # the generated site has none; no probes for /rss/ and friends
}
FULL_TARGET = 20.0  # articles/s
RECRAWL_TARGET = 0.10  # share of the full crawl's time


def baseline(texts: list[str]) -> float:
    """Articles/s of extraction alone, one process, models loaded beforehand."""
    from extraction import Extractor

    extractor = Extractor()
    extractor.extract(texts[0])
    start = time.perf_counter()
    for _ in extractor.pipe((text, None) for text in texts):
        pass
    return len(texts) / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=None, help="EXTRACTION_WORKERS")
    parser.add_argument("--baseline-texts", type=int, default=200, help="0: skip the baseline")
    args = parser.parse_args()

    articles = build_articles(args.articles)
    settings = dict(FAST)
    if args.workers is not None:
        settings["EXTRACTION_WORKERS"] = args.workers
    with tempfile.TemporaryDirectory(prefix="crawl-bench-") as tmp, serve(articles) as site:
        target = f"sqlite:///{Path(tmp) / 'bench.db'}"
        start = time.perf_counter()
        first = crawl([site.base_url + "/"], target, settings=settings, progress=False)
        full = time.perf_counter() - start
        first_hits = sum(site.hits.values())
        with open_index(target) as index:
            indexed = index.count()
        site.reset()
        start = time.perf_counter()
        again = crawl([site.base_url + "/"], target, settings=settings, progress=False)
        recrawl = time.perf_counter() - start
        again_hits = dict(site.hits)

    article_paths = {a.path for a in articles}
    refetched = sum(n for path, n in again_hits.items() if path in article_paths)
    share = recrawl / full
    print(f"site: {len(articles)} generated articles, {first_hits} requests served")
    print(
        f"full crawl:  {full:6.1f} s  {first.pages / full:6.1f} pages/s  "
        f"{first.articles / full:6.1f} articles/s  (indexed {indexed}, new {first.new}, "
        f"extracted {first.stats.get('dumawatch/extracted', 0)}, errors {first.errors})"
    )
    print(
        f"re-crawl:    {recrawl:6.1f} s  = {share:.1%} of the full crawl  "
        f"({again.pages} pages, {refetched} article requests of which "
        f"{again.stats.get('dumawatch/not_modified', 0)} answered 304, new {again.new}, "
        f"extracted {again.stats.get('dumawatch/extracted', 0)})"
    )
    if args.baseline_texts:
        texts = [a.body for a in articles[: args.baseline_texts]]
        rate = baseline(texts)
        print(
            f"baseline:    extraction alone, one process: {rate:.1f} articles/s; "
            f"the crawl reaches {first.articles / full / rate:.2f}x that"
        )
    ok_full = first.articles / full >= FULL_TARGET and indexed == len(articles)
    ok_again = share <= RECRAWL_TARGET
    print(
        f"targets: full >= {FULL_TARGET:.0f} articles/s: {'met' if ok_full else 'MISSED'}; "
        f"re-crawl <= {RECRAWL_TARGET:.0%}: {'met' if ok_again else 'MISSED'}"
    )


if __name__ == "__main__":
    main()
