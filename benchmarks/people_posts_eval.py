"""People, person–post pairs and post status on real hand-annotated municipal news, tuned part
and held part apart, plus factRuEval occupation pairs on its dev set.

Each dev set (``municipal-dev/people-posts``, ``duma-dev``) is split once, by a fixed hash of the
passage id, into a *tuned* part (~60 %) whose errors may be read while writing rules and a *held*
part that no rule was written from. The split is the one ``real_text_eval.py`` uses (same salt,
same share), so one passage is held in every benchmark. Held scores say how the rules do on text
they were not tuned on.

Scored by the shared scorers: ``duma_facts_eval.py`` (people P/R/F1, person–post pairs, post
status accuracy and former/acting/elect recall, name normalisation) and ``occupation_eval.py``
(factRuEval Occupation facts, dev set: whole, and its books split into tuned and held by the same
hash of the book id).

usage: python benchmarks/people_posts_eval.py [--data DIR] [--json] [--no-factru]
       python benchmarks/people_posts_eval.py --errors SET|factru   (tuned part only)
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from types import ModuleType

from benchmarks.dev_split import part, read_jsonl  # noqa: E402
from benchmarks.shared_tools import TOOLS, load  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data"
SETS = {  # name -> (input file, gold file), relative to the data folder
    "municipal-dev": ("municipal-dev/people-posts-input.jsonl", "municipal-dev/people-posts.jsonl"),
    "duma-dev": ("duma-dev/input.jsonl", "duma-dev/gold.jsonl"),
}


def scorer() -> ModuleType:
    """The shared scorer, imported to get its per-passage details as well as its totals."""
    return load("duma_facts_eval")


def predict(inputs: list[dict]) -> list[dict]:
    from extraction import Extractor

    pairs = ((r["text"], r.get("published_at")) for r in inputs)
    found = Extractor().pipe(pairs)
    return [{"id": r["id"], **facts} for r, facts in zip(inputs, found, strict=True)]


def evaluate(data: Path) -> dict[str, dict]:
    score = scorer().score
    results: dict[str, dict] = {}
    for name, (input_file, gold_file) in SETS.items():
        inputs = read_jsonl(data / input_file)
        golds = read_jsonl(data / gold_file)
        preds = {p["id"]: p for p in predict(inputs)}
        results[name] = {}
        for which in ("tuned", "held"):
            chosen = [g for g in golds if part(g["id"]) == which]
            totals, detail = score(chosen, [preds[g["id"]] for g in chosen if g["id"] in preds])
            totals["_detail"] = detail
            results[name][which] = totals
    return results


def factru_predictions(data: Path) -> dict[str, dict]:
    """Our facts for each factRuEval dev book, by book id."""
    from extraction import Extractor

    books = sorted((data / "factru-dev").glob("*.txt"))
    texts = (p.read_text(encoding="utf-8-sig") for p in books)
    found = Extractor().pipe((t, None) for t in texts)
    return {book.stem: result for book, result in zip(books, found, strict=True)}


def occupation_score(dev: Path, preds: dict[str, dict], books: list[str]) -> dict:
    """The shared occupation scorer on the chosen books: their annotation files are linked into a
    scratch folder (nothing is copied), so the scorer itself counts every part."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp, "gold")
        folder.mkdir()
        for book in books:
            for suffix in (".facts", ".spans", ".objects", ".txt"):
                source = dev / f"{book}{suffix}"
                if source.exists():
                    (folder / source.name).symlink_to(source)
        path = Path(tmp, "preds.jsonl")
        with path.open("w", encoding="utf-8") as out:
            for book in books:
                out.write(json.dumps({"id": book, **preds[book]}, ensure_ascii=False) + "\n")
        done = subprocess.run(
            [sys.executable, str(TOOLS / "occupation_eval.py"), str(folder), str(path), "--json"],
            check=True,
            capture_output=True,
            text=True,
        )
    return json.loads(done.stdout)


def factru_occupation(data: Path) -> dict[str, dict]:
    """Occupation on the whole dev set and on its tuned and held books (the split of
    ``dev_split.py`` by book id, as ``entities_eval.py`` splits the same books)."""
    dev = data / "factru-dev"
    preds = factru_predictions(data)
    books = sorted(preds)
    results = {"whole": occupation_score(dev, preds, books)}
    for which in ("tuned", "held"):
        results[which] = occupation_score(dev, preds, [b for b in books if part(b) == which])
    return results


def print_occupation_errors(data: Path) -> None:
    """Missed and false occupation pairs of the tuned books only, matched as the shared scorer
    matches them (last name, overlapping post span), each with the sentence around it."""
    dev = data / "factru-dev"
    gold = load("occupation_eval").load_gold(str(dev))
    preds = factru_predictions(data)
    for book in sorted(gold):
        if part(book) != "tuned":
            continue
        text = (dev / f"{book}.txt").read_text(encoding="utf-8-sig")
        ours = [
            (fold(person.get("last")), post["start"], post["end"])
            for person in preds[book].get("people", [])
            for post in person.get("posts", [])
            if isinstance(post.get("start"), int) and isinstance(post.get("end"), int)
        ]
        used: set[int] = set()
        missed = []
        for who, (gs, ge) in gold[book]:
            hit = next(
                (
                    i
                    for i, (last, ps, pe) in enumerate(ours)
                    if i not in used and last == who and ps < ge and gs < pe
                ),
                None,
            )
            if hit is None:
                missed.append((who, gs, ge))
            else:
                used.add(hit)
        false = [pair for i, pair in enumerate(ours) if i not in used]
        if not missed and not false:
            continue
        print(f"[{book}]")
        for label, pairs in (("missed", missed), ("false", false)):
            for who, s, e in pairs:
                print(f"  {label}: {who} | {text[s:e]!r} | {context(text, s, e)}")


def fold(s: str | None) -> str:
    return (s or "").strip().lower().replace("ё", "е")


def context(text: str, start: int, end: int, width: int = 110) -> str:
    left = text[max(0, start - width) : start].replace("\n", " ")
    right = text[end : end + width].replace("\n", " ")
    return f"…{left}[{text[start:end]}]{right}…"


def print_errors(detail: list[dict]) -> None:
    labels = {
        "people_missed": "missed person",
        "people_fp": "false person",
        "posts_missed": "missed post",
        "posts_fp": "false post",
        "names_wrong": "name form",
        "status_wrong": "post status",
        "regions_missed": "missed region",
        "regions_fp": "false region",
    }
    for d in detail:
        lines = [f"  {label}: {item}" for key, label in labels.items() for item in d[key]]
        if lines:
            print(f"[{d['id']}]")
            print("\n".join(lines))


def line(name: str, which: str, s: dict) -> str:
    people, pairs = s["people"], s["person_posts"]
    return (
        f"{name:14} {which:5} n={s['documents']:2}  people F1 {people['f1']:.3f}  "
        f"pairs P/R/F1 {pairs['p']:.3f}/{pairs['r']:.3f}/{pairs['f1']:.3f}  "
        f"status acc {s['post_status_accuracy']:.3f} (n={s['post_status_n']})  "
        f"former/acting/elect {s['post_status_noncurrent_recall']:.3f} "
        f"(n={s['post_status_noncurrent_n']})  names {s['name_normalisation_accuracy']:.3f}  "
        f"regions P/R {s['regions']['p']:.3f}/{s['regions']['r']:.3f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--no-factru", action="store_true", help="skip factRuEval occupation")
    parser.add_argument(
        "--errors", choices=[*sorted(SETS), "factru"], help="print the tuned part's errors"
    )
    args = parser.parse_args()
    if args.errors == "factru":
        print_occupation_errors(args.data)
        return
    results = evaluate(args.data)
    if args.errors:
        print_errors(results[args.errors]["tuned"]["_detail"])
        return
    for sets in results.values():
        for scores in sets.values():
            scores.pop("_detail")
    if not args.no_factru:
        results["factru-dev"] = factru_occupation(args.data)
    if args.json:
        print(json.dumps(results, ensure_ascii=False))
        return
    for name, sets in results.items():
        if name == "factru-dev":
            for which, s in sets.items():
                p, r, f1 = s["occupation"]
                print(f"{name:14} {which:5} occupation P/R/F1 {p:.3f}/{r:.3f}/{f1:.3f}")
            continue
        for which, s in sets.items():
            print(line(name, which, s))


if __name__ == "__main__":
    main()
