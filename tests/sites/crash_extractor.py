"""A stand-in extractor for crawler tests whose worker process dies (as in a crash in native
code or an OOM kill) on the text containing ``$DUMAWATCH_TEST_CRASH_ON``."""

from __future__ import annotations

import os

EXTRACTION_VERSION = "crash-test-1"


def extract(text: str, published_at: str | None = None) -> dict:
    marker = os.environ.get("DUMAWATCH_TEST_CRASH_ON")
    if marker and marker in text:
        os._exit(1)
    return {
        "entities": [],
        "people": [],
        "regions": [],
        "dates": [],
        "figures": [],
        "extraction_version": EXTRACTION_VERSION,
    }
