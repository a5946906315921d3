"""Person–post extraction on web-damaged text against the same text clean, in one run.

Our own annotated post sentences (``tests/extraction/posts_own_sentences.jsonl``) are joined
five at a time into passages and damaged the way scraped pages are: wrapped at a fixed width,
soft hyphens and zero-width spaces inside words, no-break spaces, tabs and double spaces
between them. Each damage is scored by the shared ``duma_facts_eval`` and printed beside the
clean baseline (before the text cleaning of ``extraction.clean_text``, wrapped at 70 read
pairs F1 0.63, soft hyphens 0.69, zero-width spaces 0.56).

usage: python benchmarks/noisy_text_eval.py
"""

from __future__ import annotations

import json
import random
import re
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.shared_tools import load  # noqa: E402
from extraction import Extractor  # noqa: E402

SENTENCES = Path(__file__).resolve().parents[1] / "tests/extraction/posts_own_sentences.jsonl"
GROUP = 5


def passages() -> list[dict]:
    with SENTENCES.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    groups = [rows[i : i + GROUP] for i in range(0, len(rows), GROUP)]
    return [
        {
            "id": f"g{k}",
            "text": " ".join(r["text"] for r in group),
            "people": [p for r in group for p in r["people"]],
        }
        for k, group in enumerate(groups)
    ]


def _every(char: str, share: float, seed: int) -> Callable[[str], str]:
    def damage(text: str) -> str:
        rng = random.Random(seed)
        return "".join(char if c == " " and rng.random() < share else c for c in text)

    return damage


def _soft_hyphens(text: str) -> str:
    rng = random.Random(2)
    return re.sub(
        r"([а-яё]{3})([а-яё]{3})",
        lambda m: m.group(1) + ("\xad" if rng.random() < 0.3 else "") + m.group(2),
        text,
    )


def _zero_width(text: str) -> str:
    rng = random.Random(3)
    return "".join(c + ("\u200b" if c == " " and rng.random() < 0.2 else "") for c in text)


DAMAGES: dict[str, Callable[[str], str]] = {
    "clean": lambda t: t,
    "wrapped at 70": lambda t: "\n".join(textwrap.wrap(t, 70)),
    "wrapped at 45": lambda t: "\n".join(textwrap.wrap(t, 45)),
    "soft hyphens": _soft_hyphens,
    "zero-width spaces": _zero_width,
    "no-break spaces": _every("\xa0", 0.3, 1),
    "double spaces": lambda t: t.replace(" ", "  "),
    "tabs": lambda t: t.replace(" ", "\t"),
}


def main() -> None:
    scorer = load("duma_facts_eval")
    gold = passages()
    extractor = Extractor()
    baseline = None
    print(f"{len(gold)} passages of {GROUP} own sentences")
    for name, damage in DAMAGES.items():
        texts = [damage(p["text"]) for p in gold]
        preds = [
            {"id": p["id"], **facts}
            for p, facts in zip(gold, extractor.pipe((t, "2024-05-14") for t in texts), strict=True)
        ]
        damaged_gold = [{**p, "text": t} for p, t in zip(gold, texts, strict=True)]
        totals, _ = scorer.score(damaged_gold, preds)
        f1 = totals["person_posts"]["f1"]
        baseline = f1 if baseline is None else baseline
        print(
            f"{name:18s} people F1 {totals['people']['f1']:.3f}  pairs F1 {f1:.3f}"
            f"  names {totals['name_normalisation_accuracy']:.3f}"
            f"  pairs vs clean {f1 / baseline:.3f}"
        )


if __name__ == "__main__":
    main()
