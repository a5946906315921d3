"""Score figures, people counts, roles and votes on our own annotated sentences and passages.

``figures_own_sentences.jsonl`` holds 440 realistic municipal-news sentences (ids ``s…``) and 571
passages of 2–5 sentences (ids ``p…``, where the counted noun, the event or the vote may be said in
an earlier sentence; the batches in ``BATCHES`` were each written after the rules the batches
before taught, and each is also scored alone), written and annotated by hand in batches (per the
"Figures" rules of duma-dev's README), each batch before the extractor was run on it. A third of
them (``"held": true``, ids divisible by 3) were never used to write rules: their score says how
the rules generalise. Sentences and passages are scored apart. First-run held scores of the later
batches (before any rule was written from them): p169-p193 figures P/R 1.0/1.0, people P/R 1.0/1.0,
roles 0.944, votes 1.0; p194-p218 figures P/R 1.0/1.0, people P/R 1.0/1.0, roles 0.800, votes 1.0;
p219-p239 figures P/R 0.950/1.0, people P/R 0.867/1.0, roles 1.0, votes 1.0 and one predicted vote
not in gold (p225's gold, which had a candidate's votes at a sitting as no tally, now follows p068,
p107 and p158: they are one); p240-p254 (written after the rules the three before taught) figures
P/R 1.0/1.0, people P/R 1.0/1.0, roles 0.917, votes 1.0; p255-p276 (quorum and attendance wording,
word numerals, counts far from their noun, voters, elliptical parts; written after the rules the
batches before taught) figures P/R 0.944/0.850, people P/R 0.933/0.778, roles 1.0, votes 1.0;
p277-p296 (written after the rules p255-p276 taught: the electorate, quorum sizes, an office's
staff, «таких», tallies after a dash) figures P/R 1.0/1.0, people P/R 1.0/1.0, roles 1.0, votes
1.0; s255-s390 with p297-p316 (written after all the above from the guide's list of roles:
elliptical counts, word numerals, party breakdowns, absentees, deltas, candidates, honorary
citizens, populations, turnout, hearings, look-alikes that are no figures), first run, tuned:
figures P/R 1.0/0.981, people P/R 1.0/0.977, roles 0.961, votes 0.6; held: figures and people P/R
1.0/1.0, roles 0.953, votes 1.0; s391-s440 with p317-p342 (duma reports written after the rules for
shares before a dash, «голосовавших против, было пятеро», halls, rates «на одного …» and rivals'
votes: attendance and quorum wording, tallies in many wordings, receptions, hearings, subbotniks in
word numerals, turnout, population, budget money, look-alikes), first run, all 76: figures P/R
1.0/0.994, people P/R 1.0/0.992, roles 0.951, votes 1.0 and one predicted vote not in gold; held
25: figures P/R 1.0/0.982, people P/R 1.0/0.977, roles 0.952, votes 1.0; p343-p372 (duma and
municipal reports written after the rules that batch taught), first run, all 30: figures P/R
1.0/0.952, people P/R 1.0/0.942, roles 0.959, votes 1.0 and one predicted vote not in gold; held
10: all 1.0; p373-p402 (written after the rules p343-p372 taught, on purpose in the new rules'
shapes in other wordings: rivals, shares, roll calls, public and council votes, signatories, halls,
rates), first run, all 30: figures P/R 1.0/0.954, people P/R 0.980/0.942, roles 0.878, votes 0.8;
held 10: figures P/R 1.0/0.952, people P/R 1.0/0.941, roles 0.813, votes 0.75; p403-p426 (written
after the rules p373-p402 taught), first run, all 24: figures P/R 0.981/1.0, people P/R
0.976/0.976, roles 0.900, votes 1.0 and one predicted vote not in gold; held 8: figures and people
P/R 1.0/1.0, roles 0.917, votes 1.0 (p421's gold keeps a body's 7 members said beside the invited
as members, where the rules say attendees); p427-p456 and p457-p486 (turnout and voters,
populations and their breakdowns, crowds with ellipsis and dashes, appeals of citizens (no
people), receptions, staff, pupils and volunteers, hearings, votes in several readings, «не
голосовали», named and unnamed tallies, «большинством голосов», decimals and spaced thousands,
ranges, ordinal look-alikes), first run: p427-p456 all 30: figures P/R 0.976/0.976, people P/R
1.0/0.953, roles 0.836, votes 0.778; held 10: figures and people P/R 1.0/1.0, roles 0.909, votes
0.8; p457-p486 all 30: figures P/R 0.973/0.936, people P/R 1.0/0.943, roles 0.820, votes 0.9;
held 10: figures P/R 1.0/0.962, people P/R 1.0/0.944, roles 0.824, votes 1.0 (their gold counts
no «в двух чтениях» and ranges «40–50 человек» as two figures, where the extractor gives a
reading count and the upper bound); p487-p516 (real-length reports of 500-900 characters, 4-8
sentences, several figures each: sittings with attendance, absentees and tallies in many
wordings, new dumas' party make-up, turnout and results, hearings, subbotniks, receptions,
populations, compound budget sums), first run, all 30: figures P/R 0.982/0.975, people P/R
0.994/0.975, roles 0.845, votes 0.727 and two predicted votes not in gold; tuned 20: figures P/R
0.978/0.968, people P/R 1.0/0.973, roles 0.852, votes 0.818; held 10: figures P/R 0.989/0.989,
people P/R 0.979/0.979, roles 0.830, votes 0.636 and one predicted vote not in gold (after that
run the gold of tuned p497 and p511 was put in line with p358, a public vote's counts being
voters and no tally, and p499's «на двух заводах», a count of plants, was added); p517-p546
(district and duma reports of 3-6 sentences: turnout by district, populations and dash ranges,
subbotniks and holidays with crowds, hearings with speakers, receptions, sittings with quorum
and tallies in many wordings, TOS prizes, budgets in millions, house, district, law and school
numbers that are no figures), first run, all 30: figures P/R 1.0/0.950, people P/R 1.0/0.946,
roles 0.943, votes 0.909; tuned 20: figures P/R 1.0/0.963, people P/R 1.0/0.950, roles 0.930,
votes 1.0; held 10: figures P/R 1.0/0.925, people P/R 1.0/0.938, roles 0.967, votes 0.5;
p547-p571 (election results and turnout by district and station, populations and births, staff
and TOS members, crowds and volunteers keeping order among house, school and law numbers and
money, duma tallies by faction and «решили/приняли N депутатов»), first run, all 25: figures P/R
0.974/0.982, people P/R 0.973/0.973, roles 0.916, votes 0.714; tuned 17: figures P/R
0.961/0.974, people P/R 0.957/0.957, roles 0.889, votes 0.8; held 8: figures and people P/R
1.0/1.0, roles 0.962, votes 0.5 (p563's volunteers keeping order are other, as the rule for
order keepers reads them, where an older tuned row has them as participants). Matching
follows the shared figures scorer: a predicted figure matches a gold one when the spans overlap
and the values are equal; people counts are figures with ``is_people`` on either side; role
accuracy is over matched people counts. A gold vote is found when a predicted vote of its
sentence has the same three numbers (unanimous ones: the flag too); predicted votes in a sentence
without a gold vote are counted apart.

usage: python -m tests.extraction.figure_sentences [--errors] [--ids=p427,p428]
       (errors of the tuned part only; --ids scores only the given rows, tuned and held apart)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from extraction.figures import find_figures
from extraction.votes import find_votes

DATA = Path(__file__).with_name("figures_own_sentences.jsonl")
# Passage batches written after the rules the batches before them taught.
BATCHES = (
    ("p043", "p066"),
    ("p067", "p084"),
    ("p085", "p102"),
    ("p103", "p117"),
    ("p118", "p132"),
    ("p133", "p147"),
    ("p148", "p159"),
    ("p160", "p168"),
    ("p169", "p193"),
    ("p194", "p218"),
    ("p219", "p239"),
    ("p240", "p254"),
    ("p255", "p276"),
    ("p277", "p296"),
    ("p297", "p316"),
    ("p317", "p342"),
    ("p343", "p372"),
    ("p373", "p402"),
    ("p403", "p426"),
    ("p427", "p456"),
    ("p457", "p486"),
    ("p487", "p516"),
    ("p517", "p546"),
    ("p547", "p571"),
)


def rows(held: bool, kind: str = "s") -> list[dict]:
    """The held or tuned part of the sentences (kind ``s``) or of the passages (``p``)."""
    with DATA.open(encoding="utf-8") as fh:
        return [r for r in map(json.loads, fh) if r["held"] == held and r["id"][0] == kind]


def predict(text: str) -> tuple[list[dict], list[dict]]:
    figures = find_figures(text)
    return figures, find_votes(text, figures)


def _match(gold: list[dict], pred: list[dict]) -> list[tuple[dict, dict]]:
    pairs, used = [], set()
    for g in gold:
        for i, p in enumerate(pred):
            same = abs(p["value"] - g["value"]) <= 1e-6 * max(1.0, abs(g["value"]))
            if i not in used and p["start"] < g["end"] and g["start"] < p["end"] and same:
                used.add(i)
                pairs.append((g, p))
                break
    return pairs


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 1.0
    r = tp / n_gold if n_gold else 1.0
    return round(p, 4), round(r, 4), round(2 * p * r / (p + r), 4) if p + r else 0.0


def _same_vote(g: dict, p: dict) -> bool:
    return all(p.get(k) == g[k] for k in ("for", "against", "abstained", "unanimous"))


def score(part: list[dict], errors: list | None = None) -> dict:
    """Figures and people counts P/R/F1, role accuracy, votes found and votes not in gold."""
    tot = {"all": [0, 0, 0], "people": [0, 0, 0], "role": [0, 0], "votes": [0, 0], "extra": 0}
    for row in part:
        figures, votes = predict(row["text"])
        gold, gold_people = row["figures"], [f for f in row["figures"] if f["is_people"]]
        people = [f for f in figures if f["is_people"]]
        for key, g, p in (("all", gold, figures), ("people", gold_people, people)):
            tot[key][0] += len(_match(g, p))
            tot[key][1] += len(p)
            tot[key][2] += len(g)
        role_pairs = _match(gold_people, people)
        tot["role"][0] += sum(g["role"] == p["role"] for g, p in role_pairs)
        tot["role"][1] += len(role_pairs)
        found = sum(any(_same_vote(g, p) for p in votes) for g in row["votes"])
        tot["votes"][0] += found
        tot["votes"][1] += len(row["votes"])
        tot["extra"] += len(votes) if not row["votes"] else 0
        wrong_roles = any(g["role"] != p["role"] for g, p in role_pairs)
        lost = len(_match(gold, figures)) < max(len(gold), len(figures))
        if errors is not None and (lost or wrong_roles or found < len(row["votes"])):
            errors.append((row, figures, votes))
    return {
        "figures": _prf(*tot["all"]),
        "people": _prf(*tot["people"]),
        "roles": round(tot["role"][0] / tot["role"][1], 4) if tot["role"][1] else 1.0,
        "votes": round(tot["votes"][0] / tot["votes"][1], 4) if tot["votes"][1] else 1.0,
        "votes_not_in_gold": tot["extra"],
    }


def main() -> None:
    errors: list | None = [] if "--errors" in sys.argv else None
    ids = next((a.split("=", 1)[1].split(",") for a in sys.argv if a.startswith("--ids=")), None)
    if ids:  # score only the given rows (tuned ones print their errors with --errors)
        for held in (False, True):
            part = [r for kind in "sp" for r in rows(held, kind) if r["id"] in ids]
            print("ids held " if held else "ids tuned", score(part, None if held else errors))
        _print_errors(errors)
        return
    for kind, name in (("s", "sentences"), ("p", "passages")):
        print(name, "tuned", score(rows(False, kind), errors))
        print(name, "held ", score(rows(True, kind)))
    for first, last in BATCHES:
        for held in (False, True):
            part = [r for r in rows(held, "p") if first <= r["id"] <= last]
            print(f"passages {first}-{last}", "held " if held else "tuned", score(part))
    _print_errors(errors)


def _print_errors(errors: list | None) -> None:
    for row, figures, votes in errors or []:
        print("\n" + row["text"])
        print("  gold:", [(f["text"], f["value"], f["role"]) for f in row["figures"]], row["votes"])
        print("  pred:", [(f["text"], f["value"], f["role"]) for f in figures])
        print(
            "  votes:",
            [{k: v[k] for k in ("for", "against", "abstained", "unanimous")} for v in votes],
        )


if __name__ == "__main__":
    main()
