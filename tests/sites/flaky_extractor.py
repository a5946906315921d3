"""A stand-in extractor for crawler tests: fails on one text, so the crawl has to survive it."""

from __future__ import annotations

EXTRACTION_VERSION = "flaky-test-1"
FAILS_ON = "ветеран"


def extract(text: str, published_at: str | None = None) -> dict:
    if FAILS_ON in text:
        raise ValueError("cannot analyse this text")
    return {
        "entities": [],
        "people": [],
        "regions": [],
        "dates": [{"date": published_at, "text": "", "start": 0, "end": 0}] if published_at else [],
        "figures": [],
        "extraction_version": EXTRACTION_VERSION,
    }
