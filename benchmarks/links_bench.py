"""Link extraction time (``crawler.listing.page_links``) on pages of 1,000 / 10,000 / 100,000
links, in the two shapes that matter: all links in one ``<div>`` (the shape that used to be
quadratic) and one link per dated list item (a normal listing, only longer).

Target: linear in the page — 10x the links costs about 10x the time, never 100x; 100,000
links well under 20 CPU seconds without limits. The default limits (``MAX_LINKS_PER_PAGE``,
``LINKS_TIME_BUDGET``) then cut such a page at 10,000 links.

usage: python benchmarks/links_bench.py [--sizes 1000,10000,100000] [--limits]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from parsel import Selector  # noqa: E402

from crawler.listing import page_links  # noqa: E402

BASE = "http://duma.example.ru/news/"


def one_block(count: int) -> str:
    links = " ".join(
        f"<a href='/news/zametka-{i}/'>Заметка номер {i} о заседании думы</a> "
        f"{1 + i % 28:02d}.03.2019"
        for i in range(count)
    )
    return f"<html><body><div class='news'>{links}</div></body></html>"


def listing(count: int) -> str:
    items = "".join(
        f"<div class='news-item'><a href='/news/novost-{i}/'>Новость номер {i} о сессии</a>"
        f"<span class='date'>{1 + i % 28:02d}.11.2018</span></div>"
        for i in range(count)
    )
    return f"<html><body><div class='news-list'>{items}</div></body></html>"


def measure(html: str, limits: bool) -> tuple[float, float, int, str | None]:
    """(wall s, CPU s, article links found, truncated) of one page_links call."""
    sel = Selector(text=html)
    kwargs = {} if limits else {"max_links": None, "time_budget": None}
    wall, cpu = time.perf_counter(), time.process_time()
    links = page_links(sel, BASE, ["duma.example.ru"], **kwargs)
    return (
        time.perf_counter() - wall,
        time.process_time() - cpu,
        len(links.articles),
        links.truncated,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--limits", action="store_true", help="with the default limits")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"{'shape':<10} {'links':>8} {'wall s':>8} {'CPU s':>8} {'µs/link':>8} found  cut")
    for name, build in (("one div", one_block), ("listing", listing)):
        for size in sizes:
            wall, cpu, found, cut = measure(build(size), args.limits)
            print(
                f"{name:<10} {size:>8} {wall:>8.2f} {cpu:>8.2f} {cpu / size * 1e6:>8.0f} "
                f"{found:>6} {cut or '-'}"
            )


if __name__ == "__main__":
    main()
