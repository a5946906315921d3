"""Scores the extractor on the factRuEval-2016 dev set with the project's shared scorers.

The floors sit just under the levels reached (raw slovnet: PER 0.957, LOC 0.880, ORG 0.647), so a
rule change that loses quality fails here. Run with ``-s`` to see the figures.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from extraction import Extractor

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
DEV = SHARED / "data" / "factru-dev"
TOOLS = SHARED / "tools"

ENTITY_FLOORS = {"PER": 0.97, "LOC": 0.918, "ORG": 0.798}
OCCUPATION_FLOOR = 0.71

pytestmark = pytest.mark.skipif(not DEV.is_dir(), reason="factRuEval dev set not beside the repo")


def predict(path: Path) -> None:
    books = sorted(DEV.glob("*.txt"))
    texts = [p.read_text(encoding="utf-8-sig") for p in books]
    with path.open("w", encoding="utf-8") as out:
        for book, result in zip(books, Extractor().pipe((t, None) for t in texts), strict=True):
            row = {"id": book.stem, **result}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


def run_scorer(tool: str, preds: Path) -> dict:
    done = subprocess.run(
        [sys.executable, str(TOOLS / tool), str(DEV), str(preds), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout)


@pytest.fixture(scope="module")
def preds(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("factru") / "preds.jsonl"
    predict(path)
    return path


def test_entity_token_f1(preds: Path) -> None:
    scores = run_scorer("factru_eval.py", preds)
    assert scores["missing"] == 0
    for typ, floor in ENTITY_FLOORS.items():
        p, r, f1 = scores["scores"][typ]["token"]
        print(f"{typ}: token P {p} R {r} F1 {f1} (floor {floor})")
        assert f1 >= floor, typ


def test_occupation_f1(preds: Path) -> None:
    scores = run_scorer("occupation_eval.py", preds)
    p, r, f1 = scores["occupation"]
    print(f"occupation: P {p} R {r} F1 {f1} (floor {OCCUPATION_FLOOR}) {scores}")
    assert f1 >= OCCUPATION_FLOOR
