"""Score people and name forms on our own annotated sentences of municipal news.

``people_own_sentences.jsonl`` holds 340 realistic sentences and short passages written and
annotated by hand in ten batches (per the "People" rules of duma-dev's README: last/first/middle
in the nominative), each before the extractor was run on it: bylines in capitals, indeclinable and
female surnames, unknown Tatar, Bashkir, Caucasian, Ukrainian and Korean surnames in every
case, double surnames, «оглы/кызы», initials, surname-first lists, first name + patronymic
said later, namesakes, names inside names of institutions and awards, surnames that are
common words. The ninth batch (n258–n320) adds plural posts before initials and
word-like surnames, surnames in -ович/-евич, Yakut and Buryat names, foreign names, names
glued to punctuation, damaged case, and streets, schools and a fund named after people: a name
inside the name of a street, an institution or an organisation is no person mention. Its first
run: all people F1 0.923 (P/R 0.971/0.880), held 0.936, tuned 0.914, names 1.0. The tenth
(n321–n340) adds regional shapes: Bashkir, Yakut, Buryat, Tuvan, Dagestani and Ingush names,
word surnames after oblique plural posts, initials lists in the nominative, surnames in -ых and
-ко, a name written in lower case. Its first run: all 0.938 (P/R 0.968/0.909), tuned 0.974,
held 0.880, names 1.0.

A fixed hash of the id holds a third apart (``held``): no rule is written from it, so its
score says how the rules generalise. Scored by the shared ``duma_facts_eval``
(people P/R/F1, name normalisation accuracy).

usage: python -m tests.extraction.people_sentences [--errors]   (errors of the tuned part only)
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

from benchmarks.shared_tools import load
from extraction import extract

DATA = Path(__file__).with_name("people_own_sentences.jsonl")
SALT = "dumawatch-people-own-1"


def held(row_id: str) -> bool:
    """A third of the rows, by a fixed hash of the id."""
    return int(hashlib.sha1((SALT + row_id).encode()).hexdigest(), 16) % 3 == 0


def rows(is_held: bool) -> list[dict]:
    with DATA.open(encoding="utf-8") as fh:
        return [r for r in map(json.loads, fh) if held(r["id"]) == is_held]


def predict(part: list[dict]) -> list[dict]:
    return [{"id": r["id"], "people": extract(r["text"])["people"]} for r in part]


def score(part: list[dict]) -> tuple[dict, list[dict]]:
    """People P/R/F1 and name accuracy, and the per-row details of the shared scorer."""
    totals, detail = load("duma_facts_eval").score(part, predict(part))
    return {
        "people": totals["people"],
        "names": totals["name_normalisation_accuracy"],
        "rows": len(part),
    }, detail


def main() -> None:
    tuned, detail = score(rows(False))
    print("tuned", tuned)
    print("held ", score(rows(True))[0])
    if "--errors" in sys.argv:
        texts = {r["id"]: r["text"] for r in rows(False)}
        for d in detail:
            wrong = d["people_missed"] + d["people_fp"] + d["names_wrong"]
            if wrong:
                print(f"\n[{d['id']}] {texts[d['id']]}")
                for key in ("people_missed", "people_fp", "names_wrong"):
                    for item in d[key]:
                        print(f"  {key}: {item}")


if __name__ == "__main__":
    main()
