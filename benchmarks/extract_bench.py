"""Extraction speed against its own baseline, measured in one process on the same texts.

Baseline: natasha's Segmenter + slovnet NewsNERTagger alone (what the NER costs anyway).
Full: ``extraction.Extractor().pipe`` (NER + entity rules + people + posts + regions, dates,
figures). Target: full <= 1.5x the baseline time.

usage: python benchmarks/extract_bench.py [TEXT_DIR] [--repeat N]
(default TEXT_DIR: ../shared/data/factru-dev beside the repo)
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

DEFAULT_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "factru-dev"


def load_texts(folder: Path) -> list[str]:
    return [p.read_text(encoding="utf-8-sig") for p in sorted(folder.glob("*.txt"))]


def baseline(texts: list[str]) -> float:
    from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter

    segmenter, tagger = Segmenter(), NewsNERTagger(NewsEmbedding())
    tagger(texts[0])  # warm up
    start = time.perf_counter()
    for text in texts:
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_ner(tagger)
    return time.perf_counter() - start


def clear_caches() -> None:
    """Word caches would otherwise remember the previous run's texts."""
    from extraction import morph, names, normal

    for cached in (morph.parses, morph.lemma, names._split_name, normal._normal_phrase):
        cached.cache_clear()


def full(texts: list[str]) -> float:
    from extraction import Extractor

    extractor = Extractor()
    extractor.extract(texts[0])  # warm up: model load, not the measured work
    clear_caches()
    start = time.perf_counter()
    for _ in extractor.pipe((text, None) for text in texts):
        pass
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--repeat", type=int, default=2, help="best of N runs of each")
    args = parser.parse_args()
    texts = load_texts(args.folder)
    chars = sum(len(t) for t in texts)
    print(f"{len(texts)} texts, {chars} chars from {args.folder}")
    base = min(baseline(texts) for _ in range(args.repeat))
    ours = min(full(texts) for _ in range(args.repeat))
    print(f"segmenter+NER alone: {base:.2f} s, {chars / base:,.0f} chars/s")
    print(f"full extract:        {ours:.2f} s, {chars / ours:,.0f} chars/s")
    print(f"ratio full/baseline: {ours / base:.2f} (target <= 1.5)")


if __name__ == "__main__":
    main()
