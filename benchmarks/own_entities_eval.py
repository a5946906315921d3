"""Entity quality on our own news-style sentences, a second check beside the factRuEval dev set:
the sentences were annotated before the extractor ran on them, and every third one is held (its
errors are never read while writing rules). Scored by the shared factRuEval scorer.

Two batches: ``data/own_entities.tsv`` (ids ``s01``…, organisations and places only) and
``data/own_entities_b2.tsv`` (ids ``t01``…, persons too; 65 sentences of federal, regional
and municipal politics, business and sport). First run of the second batch, before any rule was
written from it: held (21 sentences) token F1 PER 1.000, LOC 0.969, ORG 0.926 (span F1
1.000 / 0.978 / 0.902); tuned (44) PER 1.000, LOC 0.993, ORG 0.963.

usage: python benchmarks/own_entities_eval.py [--json]
       python benchmarks/own_entities_eval.py --errors   (tuned sentences only)
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.entities_eval import ours, scorer  # noqa: E402

DATA = Path(__file__).resolve().parent / "data" / "own_entities.tsv"
# batch name -> (file, id prefix, entity types annotated in it)
BATCHES = {
    "own": (DATA, "s", ("LOC", "ORG")),
    "own2": (DATA.with_name("own_entities_b2.tsv"), "t", ("PER", "LOC", "ORG")),
}


def load(path: Path = DATA, prefix: str = "s") -> dict[str, tuple[str, list[tuple[str, int, int]]]]:
    """Sentence id -> (text, [(type, start, end)]); ids ``s01``…, every third one held."""
    docs: dict[str, tuple[str, list[tuple[str, int, int]]]] = {}
    blocks = [b for b in path.read_text(encoding="utf-8").split("\n\n") if b.strip()]
    for n, block in enumerate(blocks, 1):
        lines = [x for x in block.splitlines() if x and not x.startswith("#")]
        text, ents = lines[0], []
        for line in lines[1:]:
            typ, words = line.split("\t")
            words, _, nth = words.partition("@")
            start = -1
            for _ in range(int(nth or 1)):
                start = text.index(words, start + 1)
            ents.append((typ, start, start + len(words)))
        docs[f"{prefix}{n:02d}"] = (text, ents)
    return docs


def part(doc_id: str) -> str:
    return "held" if int(doc_id[1:]) % 3 == 0 else "tuned"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--errors", action="store_true", help="tuned sentences' errors")
    args = parser.parse_args()
    results: dict[str, dict] = {}
    for batch, (path, prefix, types) in BATCHES.items():
        gold = load(path, prefix)
        ids = sorted(gold)
        preds = dict(zip(ids, ours([gold[i][0] for i in ids]), strict=True))
        if args.errors:
            for i in ids:
                if part(i) != "tuned":
                    continue
                text, ents = gold[i]
                want = set(ents)
                have = {(p["type"], p["start"], p["end"]) for p in preds[i] if p["type"] in types}
                for sign, diff in (("-", want - have), ("+", have - want)):
                    for t, s, e in sorted(diff, key=lambda x: x[1]):
                        print(f"{i} {sign}{t} {text[s:e]!r}")
            continue
        score = scorer().score
        for which in ("tuned", "held"):
            s = score({k: v for k, v in gold.items() if part(k) == which}, preds)
            n = sum(part(k) == which for k in ids)
            results[f"{batch} {which}"] = {t: s[t] for t in types} | {"sentences": n}
    if args.errors:
        return
    if args.json:
        print(json.dumps(results, ensure_ascii=False))
        return
    for name, s in results.items():
        cells = "  ".join(
            f"{t} token F1 {v['token'][2]:.3f} span F1 {v['span'][2]:.3f}"
            for t, v in s.items()
            if t != "sentences"
        )
        print(f"{name:10} ({s['sentences']} sentences)  {cells}")


if __name__ == "__main__":
    main()
