"""A post its holder is yet to take: «Пост главы района займёт Игорь Соколов», «Новым
председателем Думы станет Олег Жуков», «Соколов вступит в должность главы города 1 октября».

duma-dev's guidelines give `elect` to someone not yet in office; the predicate that gives the
post says so when it is a perfective verb of taking a post in the future tense, standing
between the name and the post in one sentence. «будет исполнять обязанности» (acting) and
verbs in the past («занял», «стал») keep their status.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

from spacy.tokens import Doc

from .doc_view import view
from .morph import parses

TAKING_VERBS = frozenset({"занять", "стать", "вступить", "приступить", "возглавить"})
SENTENCE_ENDS = frozenset({".", "!", "?", ";"})


def _token_at(starts: list[int], char: int) -> int:
    return max(0, bisect_right(starts, char) - 1)


def yet_to_take(doc: Doc, mentions: list[tuple[int, int]], start: int, end: int) -> bool:
    """Is the post at characters ``start:end`` taken in the future by the person whose
    mentions are the token ranges ``mentions``?"""
    shown = view(doc)
    first, last = _token_at(shown.idx, start), _token_at(shown.idx, end - 1)
    if any(_taking(shown.texts[i]) for i in range(first, last + 1)):
        return True  # «Комитет по экономике возглавит»: the verb is part of the post's phrase
    # only mentions within reach of the post (a long text names one person many times)
    ordered, starts = _ordered(tuple(mentions))
    near = ordered[max(0, bisect_right(starts, first - 40) - 1) : bisect_right(starts, last + 14)]
    for m_start, m_end in near:
        lo, hi = (m_end, first) if m_end <= first else (last + 1, m_start)
        if hi <= lo or hi - lo > 12:
            continue
        between = range(lo, hi)
        if any(shown.texts[i] in SENTENCE_ENDS or "\n" in shown.texts[i] for i in between):
            continue
        if any(_taking(shown.texts[i]) for i in between):
            return True
    return False


@lru_cache(maxsize=64)
def _ordered(
    mentions: tuple[tuple[int, int], ...],
) -> tuple[list[tuple[int, int]], list[int]]:
    ordered = sorted(mentions)
    return ordered, [m for m, _ in ordered]


def _taking(word: str) -> bool:
    found = parses(word)[:1]
    return bool(found) and found[0].normal_form in TAKING_VERBS and found[0].tag.tense == "futr"
