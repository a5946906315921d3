"""Score person–post pairs on our own annotated sentences of municipal and duma news.

``posts_own_sentences.jsonl`` holds 450 realistic sentences and short passages written and annotated
by hand in sixteen batches (per the "People" and "Posts" rules of duma-dev's README: title in the
nominative with status words removed, proper-name complements in ``place``/``org``, status
current/former/acting/elect), each batch annotated before the extractor was run on it: posts after
and before names, posts in oblique cases, posts with their body in the genitive, lists sharing a
post, former/acting/elect status, appointments, elections and dismissals, speakers in reports,
bylines, posts in parentheses and after dashes, anaphora, people with no post, places
in the genitive. A fixed hash of the id holds a third apart (``held``): no rule is written from
it, so its score says how the post rules generalise. Scored by the shared ``duma_facts_eval``
(people P/R/F1, person–post pairs, post status accuracy, name normalisation).

First run of each batch, held part (the clean measure, before any rule was written from it;
in brackets the gold pairs):
  1 (p001–p030, 12 held): people F1 1.000, pairs P/R/F1 1.000/1.000/1.000 (17), st. 1.000
  2 (p031–p060, 9 held): people F1 1.000, pairs P/R/F1 1.000/1.000/1.000 (13), st. 1.000
  3 (p061–p090, 5 held): people F1 1.000, pairs P/R/F1 0.500/0.429/0.462 (7), st. 1.000
  4 (p091–p120, 11 held): people F1 1.000, pairs P/R/F1 0.941/0.941/0.941 (17), st. 1.000
  5 (p121–p150, 10 held): people F1 1.000, pairs P/R/F1 0.929/0.929/0.929 (14), st. 0.923
  6 (p151–p180, 13 held): people F1 1.000, pairs P/R/F1 1.000/0.941/0.970 (17), st. 1.000
  7 (p181–p210, 10 held): people F1 1.000, pairs P/R/F1 0.929/0.929/0.929 (14), st. 1.000
  8 (p211–p240, 11 held): people F1 1.000, pairs P/R/F1 1.000/1.000/1.000 (19), st. 1.000
  9 (p241–p270, 7 held): people F1 1.000, pairs P/R/F1 1.000/0.909/0.952 (11), st. 1.000
  10 (p271–p285, news passages of 4–5 sentences, 3 held): people F1 0.857, pairs P/R/F1
     0.875/0.875/0.875 (8), st. 1.000
  11 (p286–p315, genitive-chain titles, dashes, brackets, quotes, «по словам», appointments,
     resignations, senators, ombudsmen, TOS chairs, village heads; 8 held): people F1 1.000,
     pairs P/R/F1 1.000/0.833/0.909 (12), st. 1.000; all 30: 0.979/0.959/0.969 (49)
  12 (p316–p345, acting heads, successors, regional ministers, surname-only mentions, plural
     posts, status words; 15 held): people F1 1.000, pairs P/R/F1 1.000/0.897/0.945 (29),
     st. 1.000; all 30: 1.000/0.930/0.964 (57)
  13 (p346–p365, regional news: district heads, acting heads, elect and sitting mayors,
     successors, ombudsmen, plural deputies, former posts; 10 held): people F1 1.000, pairs
     P/R/F1 1.000/0.882/0.938 (17), st. 1.000; tuned part 1.000/1.000/1.000 (15)
  14 (p366–p395, long passages of 5–7 sentences, 500–900 characters: sessions electing chairs,
     appointments and resignations, reports of district heads, predicates «избран/назначен/
     возглавил/занял пост/наделён полномочиями/исполнение обязанностей возложено», dashes,
     anaphora across sentences, lists sharing a post, two coordinated posts before one name,
     «занимал пост X, а затем Y», brackets, people with no post; 9 held): people F1 1.000, pairs
     P/R/F1 0.933/0.824/0.875 (51), st. 0.976; tuned part 0.955/0.848/0.898 (125); all 30:
     0.949/0.841/0.892 (176)
  15 (p396–p425, passages of 3–4 sentences whose posts are mostly implied: vote lists,
     receptions, «представляющий округ в Думе», «руководство районом перешло к», «временное
     руководство поручено», «бразды правления», «временно возглавляет», «обязанности X
     исполняет», court cases of former heads and officials, predecessors, «зам», «курирующий
     блок», «уходящий мэр»; 15 held): people F1 1.000, pairs P/R/F1 1.000/0.725/0.841 (51),
     st. 0.973; tuned part 0.946/0.761/0.843 (46); all 30: 0.973/0.742/0.842 (97)
  16 (p426–p450, regional news agencies and city papers, 450–900 characters: court cases of
     former mayors and deputies, «в бытность главой», governors' appointments, resignations
     with successors named later, long biographies «окончил …, работал …, затем …, с 2018 года
     возглавлял …», surname-only mentions, posts in brackets and after dashes, rival
     candidates, TOS and NGO chairs, regional parliaments; 6 held): people F1 1.000, pairs
     P/R/F1 1.000/0.850/0.919 (20), st. 1.000; tuned part 0.983/0.905/0.942 (63); all 25:
     0.987/0.892/0.937 (83)
  (batches 5 and 6 were first run after the rules of commits 2206825 and 8d18f4d, batch 7
  after e9241ef: multi-sentence passages; its tuned part then read 0.969/0.912/0.939 (34);
  batch 8 after 829bdcd: tuned 1.000/0.966/0.983 (29); batch 9 after 6f352bf: tuned
  0.958/0.920/0.939 (50); batch 10 after 2a6ff3f: tuned 1.000/0.897/0.946 (39); batches 11
  and 12 after 30b0cba: tuned 0.974/1.000/0.987 (37) and 1.000/0.964/0.982 (28))

usage: python -m tests.extraction.posts_sentences [--errors] [--ids=p031:p060]
       (--errors: errors of the tuned part only; --ids: one batch)
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

from benchmarks.shared_tools import load
from tests.extraction.people_sentences import predict  # the same rows, the same extract

DATA = Path(__file__).with_name("posts_own_sentences.jsonl")
SALT = "dumawatch-posts-own-1"
DETAILS = ("people_missed", "people_fp", "posts_missed", "posts_fp", "status_wrong", "names_wrong")


def held(row_id: str) -> bool:
    """A third of the rows, by a fixed hash of the id."""
    return int(hashlib.sha1((SALT + row_id).encode()).hexdigest(), 16) % 3 == 0


def rows(is_held: bool, ids: tuple[str, str] = ("", "~")) -> list[dict]:
    """The tuned or held rows (``ids``: the first and last id of one batch, e.g. p031, p060)."""
    with DATA.open(encoding="utf-8") as fh:
        return [
            r
            for r in map(json.loads, fh)
            if held(r["id"]) == is_held and ids[0] <= r["id"] <= ids[1]
        ]


def score(part: list[dict]) -> tuple[dict, list[dict]]:
    """People and pair P/R/F1, status and name accuracy, and the shared scorer's row details."""
    totals, detail = load("duma_facts_eval").score(part, predict(part))
    return {
        "people": totals["people"],
        "pairs": totals["person_posts"],
        "status": totals["post_status_accuracy"],
        "status_n": totals["post_status_n"],
        "names": totals["name_normalisation_accuracy"],
        "rows": len(part),
    }, detail


def main() -> None:
    given = next((a.split("=", 1)[1] for a in sys.argv if a.startswith("--ids=")), "")
    ids = tuple(given.split(":")) if given else ("", "~")
    tuned, detail = score(rows(False, ids))
    print("tuned", tuned)
    print("held ", score(rows(True, ids))[0])
    if "--errors" in sys.argv:
        texts = {r["id"]: r["text"] for r in rows(False, ids)}
        for d in detail:
            if any(d[key] for key in DETAILS):
                print(f"\n[{d['id']}] {texts[d['id']]}")
                for key in DETAILS:
                    for item in d[key]:
                        print(f"  {key}: {item}")


if __name__ == "__main__":
    main()
