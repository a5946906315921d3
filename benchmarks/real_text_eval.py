"""Figures, dates and votes on real hand-annotated municipal news, tuned part and held part apart.

Each dev set is split once, by a fixed hash of the passage id, into a *tuned* part (~60 %) whose
errors may be read while writing rules, and a *held* part that no rule was written from. The
held scores are the ones that say how the rules do on text they were not tuned on.

Figures, people counts, roles and dates are scored by the shared scorer
(``../shared/tools/figures_eval.py``). municipal-dev marks roles with only three names
(participants, members, other), so for it the finer roles are first folded into those
(attendees, voters and vote tallies are participants; residents are members, as its tuned
part marks a population). Votes are scored
by this script: a gold tally is the run of figures
with roles ``votes_for`` / ``votes_against`` / ``abstained`` in one sentence, and it is found
when a predicted vote overlaps it and its three numbers equal the tally's (a number the gold
does not give must be null).

usage: python benchmarks/real_text_eval.py [--data DIR] [--json]
       python benchmarks/real_text_eval.py --errors SET   (tuned part only)
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.dev_split import part, read_jsonl  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data"
SCORER = ROOT.parent / "shared" / "tools" / "figures_eval.py"
SETS = {  # name -> (input file, gold file, role folding), relative to the data folder
    "duma-dev": ("duma-dev/input.jsonl", "duma-dev/gold.jsonl", {}),
    "municipal-dev": (
        "municipal-dev/figures-input.jsonl",
        "municipal-dev/figures.jsonl",
        {
            "attendees": "participants",
            "voters": "participants",
            "votes_for": "participants",
            "votes_against": "participants",
            "abstained": "participants",
            "residents": "members",
        },
    ),
}
VOTE_ROLES = {"votes_for": "for", "votes_against": "against", "abstained": "abstained"}
SENTENCE_END = re.compile(r"[.!?…](?=\s+[«\"А-ЯЁA-Z0-9])|\n")


def write_jsonl(path: Path, rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def predict(inputs: list[dict]) -> list[dict]:
    from extraction import Extractor

    pairs = ((r["text"], r.get("published_at")) for r in inputs)
    found = Extractor().pipe(pairs)
    return [{"id": r["id"], **facts} for r, facts in zip(inputs, found, strict=True)]


def gold_tallies(gold: dict) -> list[dict]:
    """Vote-role figures grouped by sentence: one tally per sentence that gives numbers."""
    text = gold["text"]
    ends = [m.end() for m in SENTENCE_END.finditer(text)]
    tallies: dict[int, dict] = {}
    for fig in gold.get("figures", []):
        key = VOTE_ROLES.get(fig.get("role"))
        if key is None:
            continue
        sentence = sum(1 for e in ends if e <= fig["start"])
        tally = tallies.setdefault(sentence, {"for": None, "against": None, "abstained": None})
        tally[key] = fig["value"]
        tally.setdefault("spans", []).append((fig["start"], fig["end"]))
    return list(tallies.values())


def score_votes(golds: list[dict], preds: dict[str, dict]) -> dict:
    found = total = 0
    unmatched_predictions = 0
    misses = []
    for gold in golds:
        votes = preds.get(gold["id"], {}).get("votes") or []
        used: set[int] = set()
        for tally in gold_tallies(gold):
            total += 1
            hit = None
            for i, vote in enumerate(votes):
                overlaps = any(vote["start"] < e and s < vote["end"] for s, e in tally["spans"])
                same = all(vote.get(k) == tally[k] for k in ("for", "against", "abstained"))
                if overlaps and same and i not in used:
                    hit = i
                    break
            if hit is None:
                misses.append((gold["id"], tally, votes))
            else:
                used.add(hit)
                found += 1
        unmatched_predictions += sum(
            1 for i, v in enumerate(votes) if i not in used and not v.get("unanimous")
        )
    return {
        "tallies": total,
        "found_all_three_right": found,
        "share": round(found / total, 4) if total else None,
        "numbered_votes_not_in_gold": unmatched_predictions,  # unanimous ones not counted
        "_misses": misses,
    }


def run_scorer(gold_rows: list[dict], pred_rows: list[dict]) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        gold_path, pred_path = Path(tmp, "gold.jsonl"), Path(tmp, "pred.jsonl")
        write_jsonl(gold_path, gold_rows)
        write_jsonl(pred_path, pred_rows)
        done = subprocess.run(
            [sys.executable, str(SCORER), str(gold_path), str(pred_path), "--json"],
            check=True,
            capture_output=True,
            text=True,
        )
    return json.loads(done.stdout)


def evaluate(data: Path) -> dict[str, dict[str, dict]]:
    results: dict[str, dict[str, dict]] = {}
    for name, (input_file, gold_file, folding) in SETS.items():
        inputs = read_jsonl(data / input_file)
        golds = {g["id"]: g for g in read_jsonl(data / gold_file)}
        preds = {p["id"]: p for p in predict(inputs)}
        for pred in preds.values():
            for fig in pred["figures"]:
                fig["role"] = folding.get(fig["role"], fig["role"])
        results[name] = {}
        for which in ("tuned", "held"):
            ids = [i for i in golds if part(i) == which]
            scores = run_scorer([golds[i] for i in ids], [preds[i] for i in ids if i in preds])
            scores["votes"] = score_votes([golds[i] for i in ids], preds)
            results[name][which] = scores
        results[name]["_data"] = {"golds": golds, "preds": preds}
    return results


def _overlap(a: dict, b: dict) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def _same(a: dict, b: dict) -> bool:
    return abs(float(a["value"]) - float(b["value"])) <= 1e-6 * max(1.0, abs(float(a["value"])))


def print_errors(name: str, golds: dict, preds: dict, votes: dict) -> None:
    """Figure, role and date errors of the tuned part of one set."""
    for pid, gold in golds.items():
        if part(pid) != "tuned":
            continue
        pred, text = preds.get(pid, {}), gold["text"]
        lines = []
        for g in gold.get("figures", []):
            hit = next((p for p in pred.get("figures", []) if _overlap(g, p) and _same(g, p)), None)
            if hit is None:
                lines.append(f"  MISSED  {g['text']!r} = {g['value']} ({g.get('role')})")
            elif g.get("is_people") and hit.get("role") != g.get("role"):
                lines.append(f"  ROLE    {g['text']!r}: {hit.get('role')} != {g.get('role')}")
            elif g.get("is_people") != hit.get("is_people"):
                lines.append(f"  PEOPLE? {g['text']!r}: is_people {hit.get('is_people')}")
        for p in pred.get("figures", []):
            if not any(_overlap(g, p) and _same(g, p) for g in gold.get("figures", [])):
                lines.append(f"  EXTRA   {p['text']!r} = {p['value']} ({p.get('role')})")
        for g in gold.get("dates", []):
            if not any(_overlap(g, p) and p["date"] == g["date"] for p in pred.get("dates", [])):
                lines.append(f"  DATE-   {g['text']!r} = {g['date']}")
        for p in pred.get("dates", []):
            if text[p["start"] : p["end"]].lower() in {"сегодня", "вчера", "завтра"}:
                continue
            if not any(_overlap(g, p) and p["date"] == g["date"] for g in gold.get("dates", [])):
                lines.append(f"  DATE+   {p['text']!r} = {p['date']}")
        if lines:
            print(f"{name} {pid} (published {gold.get('published_at', gold.get('published'))})")
            print("\n".join(lines))
    for pid, tally, found in votes["_misses"]:
        print(f"{name} {pid} VOTE MISSED {tally} predicted {found}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--errors", choices=sorted(SETS), help="print the tuned part's errors")
    args = parser.parse_args()
    results = evaluate(args.data)
    if args.errors:
        chosen = results[args.errors]
        data, votes = chosen["_data"], chosen["tuned"]["votes"]
        print_errors(args.errors, data["golds"], data["preds"], votes)
        return
    for sets in results.values():
        sets.pop("_data")
        for scores in sets.values():
            scores["votes"].pop("_misses")
    if args.json:
        print(json.dumps(results, ensure_ascii=False))
        return
    for name, sets in results.items():
        for which, s in sets.items():
            v = s["votes"]
            print(
                f"{name:14} {which:5} n={s['documents']:2}  figures P/R/F1 {s['figures']}  "
                f"people P/R/F1 {s['people_counts']}  roles {s['people_role_accuracy']}  "
                f"dates P/R/F1 {s['dates']}  votes {v['found_all_three_right']}/{v['tallies']} "
                f"(+{v['numbered_votes_not_in_gold']} not in gold)"
            )


if __name__ == "__main__":
    main()
