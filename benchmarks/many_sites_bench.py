"""Many sites at once, politely: 20+ generated municipal sites, each on its own loopback address
(127.0.0.2, 127.0.0.3, …: distinct hosts, which is what Scrapy's per-site slots and delays key
on), crawled in ONE ``dumawatch crawl URL1 URL2 …`` run with the default politeness settings.

Measured from the sites' own access logs: each site's busiest second (most requests within any
1 s window; target <= 2) and its mean request rate, when each site started and finished
(whether any waited for another), and the total articles/s of the run (target >= 20).
Baseline in the same run: one of the sites crawled alone by the same command.

usage: python benchmarks/many_sites_bench.py [--sites N] [--articles K] [-s NAME=VALUE ...]
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.generated_site import GeneratedSite, build_articles, serve  # noqa: E402
from crawler import settings as defaults  # noqa: E402
from crawler.extract_pool import default_workers  # noqa: E402
from search import open_index  # noqa: E402

SITE_RATE_TARGET = 2  # requests in any 1 s window, per site
TOTAL_TARGET = 20.0  # articles/s over the whole run
ARTICLE_PATH = re.compile(r"^/news/[a-z-]+-\d{8}-\d+/$")


@dataclass
class Crawl:
    """One ``dumawatch crawl`` run: its wall time, what it indexed, what the sites saw."""

    wall: float
    cpu: float  # user + system CPU seconds of dumawatch and its extraction workers
    indexed: int
    summary: str
    logs: dict[str, list[tuple[float, str, int]]]  # host -> access log


def busiest_second(times: list[float]) -> int:
    """Most requests within any window [t, t + 1 s)."""
    most, first = 0, 0
    for last, t in enumerate(times):
        while t - times[first] >= 1.0:
            first += 1
        most = max(most, last - first + 1)
    return most


def run_crawl(sites: list[GeneratedSite], workdir: Path, settings: list[str]) -> Crawl:
    """``dumawatch crawl`` on these sites into a fresh SQLite index, as a user runs it."""
    for site in sites:
        site.reset()
    db = workdir / f"crawl-{len(sites)}-{time.monotonic_ns()}.db"
    command = [sys.executable, "-m", "dumawatch", "crawl", *(s.base_url + "/" for s in sites)]
    command += ["--index", f"sqlite:///{db}", "--state", str(workdir / "state.db"), "--quiet"]
    for item in settings:
        command += ["-s", item]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if done.returncode:
        raise SystemExit(f"dumawatch crawl failed ({done.returncode}):\n{done.stderr[-3000:]}")
    with open_index(f"sqlite:///{db}") as index:
        indexed = index.count()
    summary = done.stderr.strip().splitlines()[-1] if done.stderr.strip() else ""
    logs = {site.base_url.split("//")[1].split(":")[0]: sorted(site.access_log) for site in sites}
    return Crawl(wall, cpu, indexed, summary, logs)


def describe(crawl: Crawl, label: str) -> dict[str, float]:
    """Print one run's figures; returns the ones compared against the baseline."""
    logs = crawl.logs
    t0 = min(entry[0] for log in logs.values() for entry in log)
    t1 = max(entry[0] for log in logs.values() for entry in log)
    busiest = {host: busiest_second([e[0] for e in log]) for host, log in logs.items()}
    mean_rates, starts, ends, gaps, spans3 = [], [], [], [], []
    for log in logs.values():
        times = [e[0] for e in log]
        gaps += [b - a for a, b in zip(times, times[1:], strict=False)]
        spans3 += [c - a for a, c in zip(times, times[2:], strict=False)]
        starts.append(times[0] - t0)
        ends.append(times[-1] - t0)
        if len(times) > 1:
            mean_rates.append((len(times) - 1) / (times[-1] - times[0]))
    requests = sum(len(log) for log in logs.values())
    fetched = sum(1 for log in logs.values() for _, path, status in log if ARTICLE_PATH.match(path))
    # sites crawling at the same moment: most [first, last] request intervals overlapping
    edges = sorted([(s, 1) for s in starts] + [(e, -1) for e in ends])
    overlap = most = 0
    for _, step in edges:
        overlap += step
        most = max(most, overlap)
    rate = crawl.indexed / crawl.wall
    print(f"{label}: {len(logs)} site(s), {requests} requests ({fetched} article pages)")
    print(
        f"  run: {crawl.wall:.1f} s wall (dumawatch process start to end), requests over "
        f"{t1 - t0:.1f} s; indexed {crawl.indexed} articles: {rate:.1f} articles/s "
        f"({crawl.indexed / (t1 - t0):.1f}/s over the requests' span)"
    )
    print(
        f"  CPU: {crawl.cpu:.1f} s (dumawatch and its extraction workers), "
        f"{1000 * crawl.cpu / max(1, crawl.indexed):.0f} ms per article"
    )
    print(f"  dumawatch: {crawl.summary}")
    print(
        f"  per site: busiest 1 s window max {max(busiest.values())} requests "
        f"(sites at 1/2/3+: {sum(v == 1 for v in busiest.values())}/"
        f"{sum(v == 2 for v in busiest.values())}/{sum(v >= 3 for v in busiest.values())}); "
        f"mean rate {min(mean_rates):.2f}–{max(mean_rates):.2f} req/s; shortest gap between "
        f"two requests {min(gaps):.3f} s, shortest span of three {min(spans3):.3f} s"
    )
    print(
        f"  sites started within {max(starts):.1f} s of the first request, finished "
        f"{min(ends):.1f}–{max(ends):.1f} s after it; {most} of {len(logs)} crawling at once"
    )
    return {
        "rate": rate,
        "cpu_per_article": crawl.cpu / max(1, crawl.indexed),
        "busiest": max(busiest.values()),
        "mean_site_rate": sum(mean_rates) / len(mean_rates),
        "max_site_rate": max(mean_rates),
    }


def setting(name: str, overrides: dict[str, str]) -> object:
    if name in overrides:
        return overrides[name]
    if name == "DOWNLOAD_DELAY_JITTER" and not hasattr(defaults, name):
        from scrapy.settings import default_settings

        return default_settings.DOWNLOAD_DELAY_JITTER
    return getattr(defaults, name)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sites", type=int, default=20)
    parser.add_argument("--articles", type=int, default=40, help="articles per site")
    parser.add_argument(
        "-s", "--set", action="append", default=[], metavar="NAME=VALUE", help="passed to crawl"
    )
    parser.add_argument("--no-baseline", action="store_true", help="skip the one-site run")
    args = parser.parse_args()
    overrides = dict(item.split("=", 1) for item in args.set)
    workers = setting("EXTRACTION_WORKERS", overrides)
    shown = {
        "CONCURRENT_REQUESTS": setting("CONCURRENT_REQUESTS", overrides),
        "CONCURRENT_REQUESTS_PER_DOMAIN": setting("CONCURRENT_REQUESTS_PER_DOMAIN", overrides),
        "DOWNLOAD_DELAY": setting("DOWNLOAD_DELAY", overrides),
        "DOWNLOAD_DELAY_JITTER": setting("DOWNLOAD_DELAY_JITTER", overrides),
        "AUTOTHROTTLE_ENABLED": setting("AUTOTHROTTLE_ENABLED", overrides),
        "AUTOTHROTTLE_TARGET_CONCURRENCY": setting("AUTOTHROTTLE_TARGET_CONCURRENCY", overrides),
        "EXTRACTION_WORKERS": f"{workers} ({default_workers()} cores)"
        if workers is None
        else workers,
        "EXTRACTION_NICE": setting("EXTRACTION_NICE", overrides),
        "DOWNLOADER": setting("DOWNLOADER", overrides),
    }
    print("settings: " + ", ".join(f"{k}={v}" for k, v in shown.items()))
    print(f"load average before: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")

    with ExitStack() as stack, tempfile.TemporaryDirectory(prefix="many-sites-") as tmp:
        sites = [
            stack.enter_context(serve(build_articles(args.articles, seed=100 + n), f"127.0.0.{n}"))
            for n in range(2, 2 + args.sites)
        ]
        base = None
        if not args.no_baseline:
            base = describe(run_crawl(sites[:1], Path(tmp), args.set), "baseline, one site alone")
        many = describe(run_crawl(sites, Path(tmp), args.set), f"{len(sites)} sites in one crawl")
    print(f"load average after: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    if base is not None:
        print(
            f"ratios: total articles/s {many['rate'] / base['rate']:.1f}x the one-site crawl "
            f"with {len(sites)}x the sites; each site's mean request rate "
            f"{many['mean_site_rate'] / base['mean_site_rate']:.2f}x its rate alone"
        )
    ok_rate = many["rate"] >= TOTAL_TARGET
    ok_polite = many["busiest"] <= SITE_RATE_TARGET
    ok_mean = many["max_site_rate"] <= SITE_RATE_TARGET
    print(
        f"targets: total >= {TOTAL_TARGET:.0f} articles/s: {'met' if ok_rate else 'MISSED'}; "
        f"every site <= {SITE_RATE_TARGET} requests in any 1 s: "
        f"{'met' if ok_polite else 'MISSED'} (mean rate <= {SITE_RATE_TARGET}/s: "
        f"{'met' if ok_mean else 'MISSED'})"
    )


if __name__ == "__main__":
    main()
