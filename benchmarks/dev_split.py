"""The one split of the hand-annotated dev sets into a tuned part (~60 %, whose errors may be read
while writing rules) and a held part (never read): a fixed hash of the passage id, shared by
every quality benchmark, so a passage is held in all of them or in none."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

SALT = "dumawatch-split-1"
TUNED_SHARE = 60  # percent of passages whose errors may be read


def part(passage_id: str) -> str:
    digest = hashlib.sha1((SALT + passage_id).encode()).hexdigest()
    return "tuned" if int(digest, 16) % 100 < TUNED_SHARE else "held"


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]
