"""«… прекращены в связи с избранием его главой района», «в связи с её назначением
заместителем главы»: an election or appointment said as a noun, with a pronoun for the person
and the post in the instrumental, gives the person the pronoun stands for that post."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from .morph import parses
from .people import Post
from .posts import PostScanner

ELECTION_NOUNS = frozenset({"избрание", "переизбрание", "назначение", "утверждение"})
GENITIVE_PRONOUNS = frozenset({"его", "её", "ее"})
ELECTION_PREFIXES = ("избран", "переизбран", "назначен", "утвержден", "утверждён")


def election_nouns(scanner: PostScanner) -> Iterator[Token]:
    """The tokens of the doc that are an election or appointment said as a noun."""
    for token in scanner._tokens(lambda low: low.startswith(ELECTION_PREFIXES)):
        found = parses(token.text)
        if found and found[0].normal_form in ELECTION_NOUNS:
            yield token


def nominal_election_posts(
    scanner: PostScanner, stands_for: Callable[[int], int | None]
) -> list[tuple[int, Post]]:
    """(mention start, post) for each «избранием его главой» / «его избранием главой»;
    ``stands_for`` gives the mention start of the person a pronoun token stands for."""
    doc = scanner.doc
    out: list[tuple[int, Post]] = []
    for token in election_nouns(scanner):
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
