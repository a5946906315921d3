"""«… прекращены в связи с избранием его главой района», «в связи с её назначением
заместителем главы»: an election or appointment said as a noun, with a pronoun for the person
and the post in the instrumental, gives the person the pronoun stands for that post."""

from __future__ import annotations

from collections.abc import Callable

from .morph import parses
from .people import Post
from .posts import PostScanner

ELECTION_NOUNS = frozenset({"избрание", "переизбрание", "назначение", "утверждение"})
GENITIVE_PRONOUNS = frozenset({"его", "её", "ее"})


def nominal_election_posts(
    scanner: PostScanner, stands_for: Callable[[int], int | None]
) -> list[tuple[int, Post]]:
    """(mention start, post) for each «избранием его главой» / «его избранием главой»;
    ``stands_for`` gives the mention start of the person a pronoun token stands for."""
    doc = scanner.doc
    out: list[tuple[int, Post]] = []
    prefixes = ("избран", "переизбран", "назначен", "утвержден", "утверждён")
    for token in scanner._tokens(lambda low: low.startswith(prefixes)):
        found = parses(token.text)
        if not found or found[0].normal_form not in ELECTION_NOUNS:
            continue
        after = scanner._next(token.i + 1)
        before = scanner._prev(token.i)
        if after < len(doc) and scanner.lower[after] in GENITIVE_PRONOUNS:
            pronoun, start = after, scanner._next(after + 1)  # «избранием его главой»
        elif before >= 0 and scanner.lower[before] in GENITIVE_PRONOUNS:
            pronoun, start = before, after  # «его избранием главой»
        else:
            continue
        if start >= len(doc) or not any(p.tag.case == "ablt" for p in parses(doc[start].text)[:2]):
            continue  # «назначение его отложено»
        posts = scanner._phrase_at(start)
        person = stands_for(pronoun) if posts else None
        if person is not None:
            out.append((person, posts[0]))
    return out
