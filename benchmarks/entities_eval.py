"""Entity quality (PER / LOC / ORG token and exact-span F1) on the factRuEval-2016 dev set, its
tuned part and held part apart, against slovnet's own spans in the same run.

The dev books are split by the one split the other quality benchmarks use
(``benchmarks/dev_split.py``, a fixed hash of the book id): rule errors may be read on the tuned
part only (``--errors``); the held part says how the rules do on text they were not written from,
which is what the factRuEval test set measures. Scored by the shared scorer
(``../shared/tools/factru_eval.py``).

usage: python benchmarks/entities_eval.py [--data DIR] [--json] [--no-raw]
       python benchmarks/entities_eval.py --errors [--type PER|LOC|ORG]   (tuned part only)
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.dev_split import part  # noqa: E402
from benchmarks.shared_tools import load  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data"
TYPES = ("PER", "LOC", "ORG")


def scorer() -> ModuleType:
    return load("factru_eval")


def ours(texts: list[str]) -> list[list[dict]]:
    from extraction import Extractor

    return [r["entities"] for r in Extractor().pipe((t, None) for t in texts)]


def raw_slovnet(texts: list[str]) -> list[list[dict]]:
    """slovnet's NER spans alone: the floor the rules are meant to raise."""
    from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter

    segmenter, tagger = Segmenter(), NewsNERTagger(NewsEmbedding())
    out = []
    for text in texts:
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_ner(tagger)
        out.append([{"type": s.type, "start": s.start, "end": s.stop} for s in doc.spans])
    return out


def split_scores(gold: dict, preds: dict[str, list[dict]]) -> dict[str, dict]:
    score = scorer().score
    return {
        which: score({k: v for k, v in gold.items() if part(k) == which}, preds)
        for which in ("tuned", "held")
    }


def print_errors(gold: dict, preds: dict[str, list[dict]], only: str | None) -> None:
    """Missed and spurious spans of the tuned part, most frequent texts first."""
    missed: Counter[tuple[str, str]] = Counter()
    spurious: Counter[tuple[str, str]] = Counter()
    for doc_id, (text, ents) in gold.items():
        if part(doc_id) != "tuned":
            continue
        want = {(t, s, e) for t, s, e in ents}
        have = {(p["type"], p["start"], p["end"]) for p in preds.get(doc_id, [])}
        for t, s, e in want - have:
            if only in (None, t):
                missed[(t, text[s:e])] += 1
        for t, s, e in have - want:
            if only in (None, t):
                spurious[(t, text[s:e])] += 1
    for title, counter in (("missed (gold, not ours)", missed), ("spurious", spurious)):
        print(f"== {title}: {sum(counter.values())}")
        for (t, words), n in counter.most_common(60):
            print(f"  {n:3} {t} {words}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--no-raw", action="store_true", help="skip slovnet alone")
    parser.add_argument("--errors", action="store_true", help="tuned part's errors")
    parser.add_argument("--type", choices=TYPES)
    args = parser.parse_args()

    gold = scorer().load_gold(str(args.data / "factru-dev"))
    ids = sorted(gold)
    texts = [gold[i][0] for i in ids]
    preds = dict(zip(ids, ours(texts), strict=True))
    if args.errors:
        print_errors(gold, preds, args.type)
        return
    results = {"ours": split_scores(gold, preds)}
    if not args.no_raw:
        results["slovnet"] = split_scores(gold, dict(zip(ids, raw_slovnet(texts), strict=True)))
    counts = Counter(part(i) for i in ids)
    if args.json:
        print(json.dumps({"books": dict(counts), **results}, ensure_ascii=False))
        return
    print(f"factRuEval dev: {counts['tuned']} tuned books, {counts['held']} held books")
    for who, scores in results.items():
        for which, s in scores.items():
            cells = "  ".join(
                f"{t} token F1 {s[t]['token'][2]:.3f} span F1 {s[t]['span'][2]:.3f}" for t in TYPES
            )
            print(f"{who:8} {which:5}  {cells}")


if __name__ == "__main__":
    main()
