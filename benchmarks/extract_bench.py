"""Extraction speed against its own baseline, measured in one process on the same texts.

Baseline: natasha's Segmenter + slovnet NewsNERTagger alone (what the NER costs anyway).
Full: ``extraction.Extractor().pipe`` (NER + entity rules + people + posts + regions, dates,
figures). Target: full <= 1.5x the baseline time. Times are CPU seconds of this process (the
machine is shared, wall time swings with other jobs), best of N interleaved runs.

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
    start = time.process_time()
    for text in texts:
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_ner(tagger)
    return time.process_time() - start


def baseline_batched(texts: list[str]) -> float:
    """The stricter baseline: slovnet NER alone, texts batched as our pipeline batches them."""
    from natasha import NewsEmbedding, NewsNERTagger

    tagger = NewsNERTagger(NewsEmbedding())
    tagger.batch_size = 32
    tagger(texts[0])
    start = time.process_time()
    for _ in tagger.map(texts):
        pass
    return time.process_time() - start


def clear_caches() -> None:
    """Word caches would otherwise remember the previous run's texts."""
    from extraction import morph, names, normal, post_heads

    for cached in (
        morph._inflect,
        post_heads.participle_lemma,
        morph.parses,
        morph.lemma,
        morph.known,
        names._split_name,
        normal._normal_phrase,
    ):
        cached.cache_clear()


def full(texts: list[str]) -> float:
    from extraction import Extractor

    extractor = Extractor()
    extractor.extract(texts[0])  # warm up: model load, not the measured work
    clear_caches()
    start = time.process_time()
    for _ in extractor.pipe((text, None) for text in texts):
        pass
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--repeat", type=int, default=2, help="best of N runs of each")
    args = parser.parse_args()
    texts = load_texts(args.folder)
    chars = sum(len(t) for t in texts)
    print(f"{len(texts)} texts, {chars} chars from {args.folder}")
    # interleaved and best-of-N, in CPU seconds of this process: the machine is shared
    runs = [(baseline(texts), baseline_batched(texts), full(texts)) for _ in range(args.repeat)]
    base, batched, ours = (min(r[k] for r in runs) for k in range(3))
    print(f"segmenter+NER alone:   {base:.2f} s, {chars / base:,.0f} chars/s")
    print(f"NER alone, batched:    {batched:.2f} s, {chars / batched:,.0f} chars/s")
    print(f"full extract:          {ours:.2f} s, {chars / ours:,.0f} chars/s")
    print(f"ratio full/baseline:   {ours / base:.2f} (target <= 1.5)")
    print(f"ratio full/batched NER: {ours / batched:.2f}")


if __name__ == "__main__":
    main()
