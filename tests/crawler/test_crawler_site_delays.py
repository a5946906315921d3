"""A source's own ``delay`` in sources.yaml, as its site sees it: two generated sites on two
loopback addresses, crawled together by a real crawl at the default politeness (AutoThrottle on,
DOWNLOAD_DELAY 0.55 s) log when each request arrives."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.generated_site import build_articles, serve
from crawler import settings as crawler_settings
from crawler.run import crawl
from crawler.sources import SourceError, load_sources

SLOW = 0.8  # above DOWNLOAD_DELAY: AutoThrottle alone would bring this site down to 0.55 s


def gaps(access_log: list[tuple[float, str, int]]) -> list[float]:
    times = sorted(t for t, _, _ in access_log)
    return [b - a for a, b in zip(times, times[1:], strict=False)]


def test_each_site_keeps_its_own_delay_under_autothrottle(tmp_path: Path) -> None:
    assert crawler_settings.AUTOTHROTTLE_ENABLED and crawler_settings.DOWNLOAD_DELAY < SLOW
    with (
        serve(build_articles(12, seed=3), "127.0.0.2") as fast,
        serve(build_articles(4, seed=4), "127.0.0.3") as slow,
    ):
        config = tmp_path / "sources.yaml"
        config.write_text(
            "sources:\n"
            f"  - name: своя\n    start_urls: ['{fast.base_url}/news/']\n    delay: 0\n"
            f"  - name: хрупкая\n    start_urls: ['{slow.base_url}/news/']\n    delay: {SLOW}\n",
            encoding="utf-8",
        )
        report = crawl(
            [fast.base_url + "/news/", slow.base_url + "/news/"],
            f"sqlite:///{tmp_path / 'index.db'}",
            config=config,
            settings={"EXTRACTION_ENABLED": False},
            progress=False,
        )
        fast_gaps, slow_gaps = gaps(fast.access_log), gaps(slow.access_log)
    assert report.stats["index/new"] == 16
    assert len(slow_gaps) >= 5
    # the server's thread stamps arrivals a little late now and then on a busy machine
    assert min(slow_gaps) >= SLOW - 0.05, [round(g, 3) for g in slow_gaps]
    # no delay: most requests to the own site do not wait out DOWNLOAD_DELAY, or the start delay
    quick = [g for g in fast_gaps if g < crawler_settings.DOWNLOAD_DELAY / 2]
    assert len(quick) > len(fast_gaps) / 2, [round(g, 3) for g in fast_gaps]


@pytest.mark.parametrize("value", ["'быстро'", "-1", "true", "7200"])
def test_a_delay_that_is_not_seconds_is_refused_in_one_line(tmp_path: Path, value: str) -> None:
    config = tmp_path / "sources.yaml"
    config.write_text(
        f"- name: Дума\n  start_urls: [https://duma.example/]\n  delay: {value}\n", "utf-8"
    )
    with pytest.raises(SourceError, match="delay of 'Дума' must be a number of seconds") as err:
        load_sources(config)
    assert "\n" not in str(err.value)


def test_a_source_without_delay_keeps_the_crawl_wide_one(tmp_path: Path) -> None:
    config = tmp_path / "sources.yaml"
    config.write_text(
        "- name: Дума\n  start_urls: [https://duma.example/]\n"
        "- name: Совет\n  start_urls: [https://sovet.example/]\n  delay: 2.5\n",
        "utf-8",
    )
    assert [s.delay for s in load_sources(config)] == [None, 2.5]
