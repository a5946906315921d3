"""Score people and name forms on our own annotated sentences of municipal news.

``people_own_sentences.jsonl`` holds 370 realistic sentences and short passages written and
annotated by hand in eleven batches (per the "People" rules of duma-dev's README: last/first/middle
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
held 0.880, names 1.0. The eleventh (n341–n370) is of passages of 500–900 characters, 4–8
sentences of regional news each: Tatar, Bashkir, Caucasian, Ossetian, Yakut, Buryat, Ukrainian,
Belarusian and Korean surnames in oblique cases, indeclinable ones (-ых, -их, -ко, -ёнок, -ти),
double-barrelled surnames, women with surnames that look masculine (Мороз, Лебедь, Лукашевич),
bylines in capitals and in the genitive («Фото Ильнура ШАРАФУТДИНОВА»), names glued to the next
word, first name + patronymic said later, surnames that are common words or towns (Орёл,
Королёв, Чехов), and names inside institutions, streets and awards. Its first run: all 0.933
(P/R 0.938/0.929), tuned 0.932 (17 rows), held 0.935 (13 rows), names 1.0.

A fixed hash of the id holds a third apart (``held``): no rule is written from it, so its
score says how the rules generalise. Scored by the shared ``duma_facts_eval``
(people P/R/F1, name normalisation accuracy).

usage: python -m tests.extraction.people_sentences [--errors] [--ids=n341:n370]
       (errors of the tuned part only; --ids scores one batch)
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


def in_range(row_id: str, span: str | None) -> bool:
    """``--ids=n341:n370``: only rows whose number lies in the span (both ends included)."""
    if not span:
        return True
    low, _, high = span.partition(":")
    number = int(row_id[1:])
    return int(low.lstrip("n")) <= number <= int((high or low).lstrip("n"))


def rows(is_held: bool, span: str | None = None) -> list[dict]:
    with DATA.open(encoding="utf-8") as fh:
        return [
            r for r in map(json.loads, fh) if held(r["id"]) == is_held and in_range(r["id"], span)
        ]


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
    span = next((a.split("=", 1)[1] for a in sys.argv if a.startswith("--ids=")), None)
    tuned, detail = score(rows(False, span))
    print("tuned", tuned)
    print("held ", score(rows(True, span))[0])
    if "--errors" in sys.argv:
        texts = {r["id"]: r["text"] for r in rows(False, span)}
        for d in detail:
            wrong = d["people_missed"] + d["people_fp"] + d["names_wrong"]
            if wrong:
                print(f"\n[{d['id']}] {texts[d['id']]}")
                for key in ("people_missed", "people_fp", "names_wrong"):
                    for item in d[key]:
                        print(f"  {key}: {item}")


if __name__ == "__main__":
    main()
