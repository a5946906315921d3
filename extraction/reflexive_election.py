"""«Александр Вихорев был задержан … после своего избрания главой района», «Через год после
избрания главой поселения Олег Сабуров ушёл в отставку»: an election or appointment said as a
noun with the reflexive «своего» (or no possessor at all after «после», in a sentence naming
one person only) and the post in the instrumental belongs to the subject of the sentence, the
one person named there in the nominative. The non-reflexive «его избранием» is
``nominal_election``'s."""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

from .morph import parses
from .nominal_election import election_nouns
from .people import Post

REFLEXIVE = frozenset({"своего", "своему", "своим", "своём", "своем", "своей", "своё", "свое"})
BARE_BEFORE = frozenset({"после"})  # «после избрания главой» (no possessor: the subject's own)

MAX_SENTENCE = 120  # tokens read after the noun for the sentence's end: a page may have none


def _nominative(text: str) -> bool:
    found = parses(text)
    return bool(found) and found[0].tag.case == "nomn"


def reflexive_election_posts(scanner: Any) -> list[tuple[int, Post]]:
    """(mention start, post) for each «после своего избрания главой района»."""
    doc = scanner.doc
    out: list[tuple[int, Post]] = []
    for token in election_nouns(scanner):
        before = scanner._prev(token.i)
        if before < 0:
            continue
        word = scanner.lower[before]
        if word not in REFLEXIVE and word not in BARE_BEFORE:
            continue
        start = scanner._next(token.i + 1)
        if start >= len(doc) or not any(p.tag.case == "ablt" for p in parses(doc[start].text)[:2]):
            continue  # «после избрания Ивана Петрова главой»: someone else's election
        # «после избрания главой поселения Олег Сабуров …»: the subject right after the post
        posts = scanner._phrase_at(start) or scanner._phrase_at(start, name_next=True)
        if not posts:
            continue
        first = scanner._sentence_start(token.i)
        last, stop = token.i, min(len(doc), token.i + MAX_SENTENCE)
        while last < stop and doc[last].text not in {".", "!", "?"}:
            last += 1
        # the mentions are sorted by start: the sentence's own, not the whole page's
        inside = scanner.mentions[
            bisect_left(scanner.mentions, (first, -1)) : bisect_left(scanner.mentions, (last, -1))
        ]
        subjects = {n: s for s, n in reversed(inside) if _nominative(doc[s].text)}
        named = {n for _, n in inside}
        if word in BARE_BEFORE and len(named) > 1:
            continue  # «поздравил Ивана Петрова после избрания главой»: whose election?
        if len(subjects) == 1:
            out.append((next(iter(subjects.values())), posts[0]))
    return out
