"""A stand-in extractor for crawler tests that says where and when it ran: its one "figure"
holds the time the text was done, the process id and the parent's. It takes ``DELAY`` s a
text, like a slow NER model, so a test can see whether fetching waited for it."""

from __future__ import annotations

import os
import time

EXTRACTION_VERSION = "probe-test-1"
DELAY = 0.1


def extract(text: str, published_at: str | None = None) -> dict:
    time.sleep(DELAY)
    probe = {
        "value": time.time(),
        "unit": "done_at",
        "approx": False,
        "is_people": False,
        "role": None,
        "text": f"{os.getpid()} {os.getppid()}",
        "start": 0,
        "end": 0,
    }
    return {
        "entities": [],
        "people": [],
        "regions": [],
        "dates": [],
        "figures": [probe],
        "extraction_version": EXTRACTION_VERSION,
    }
