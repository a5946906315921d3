"""Person names: one parser and one matcher for every place that asks «is this that person?»
(the ``--person`` search filter, watchlist alerts, the people endpoints).

A name becomes a surname (every plausible dictionary form, ё read as е) and given-name parts
in order, first then middle, each a full word or an initial. «Петров С.В.», «С. В. Петров»,
«Сергея Викторовича Петрова» and «Петров Сергей Викторович» all come to ``петров`` +
(``с``/``сергей``, ``в``/``викторович``). Two names match when their surnames share a form
and every given part present on both sides agrees: a full name agrees with its own initial,
so «Петров С.В.» finds «Сергей Петров» but «Петрова Анна» never finds «Петров Сергей».

A stored person is read from the two fields every store keeps, ``key`` (extraction writes the
surname first, then the first name or its initial, folded: «петров сергей») and ``name`` (the
display name), so the index and a watchlist that see the same person decide the same way.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

from extraction.lang.morph import fold, parses

WORD = re.compile(r"[^\W\d_]+(?:[-’'][^\W\d_]+)*\.?")
# Female surname endings and the male form whose lemma a store may hold instead.
FEMININE = (("ова", "ов"), ("ева", "ев"), ("ина", "ин"), ("ая", "ий"))
PREFIX = 3  # every form of a surname begins with the same letters: a cheap first test


@lru_cache(maxsize=50_000)
def forms(word: str) -> frozenset[str]:
    """Every dictionary form pymorphy3 considers plausible, plus the word itself, folded.

    All parses rather than the first keep «Петрова» (his genitive or her nominative) matching
    «Петров» whichever reading pymorphy3 prefers; when a surname reading exists the others are
    dropped, so «Петров» does not also mean the first name «Пётр».
    """
    low = fold(word)
    found = {low}
    if " " in low:  # «ле пен»: a surname of several words is compared as written
        return frozenset(found)
    readings = parses(word)
    surnames = [p for p in readings if "Surn" in p.tag]
    found.update(fold(p.normal_form) for p in surnames or readings)
    for suffix, base in FEMININE:
        for f in list(found):
            if f.endswith(suffix) and len(f) > len(suffix) + 2:
                found.add(f[: -len(suffix)] + base)
    return frozenset(found)


def _agree(a: str, b: str) -> bool:
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return bool(forms(a) & forms(b))


@dataclass(frozen=True)
class PersonName:
    """A person's name as parts: surname forms plus given-name parts (full words or initials)."""

    surname: frozenset[str]
    given: tuple[str, ...]  # folded, first then middle; one letter for an initial

    @property
    def prefixes(self) -> tuple[str, ...]:
        return tuple(sorted({f[:PREFIX] for f in self.surname}))

    def matches(self, other: PersonName) -> bool:
        if not (self.surname & other.surname):
            return False
        return all(
            _agree(mine, theirs) for mine, theirs in zip(self.given, other.given, strict=False)
        )


def _tokens(text: str) -> list[tuple[str, bool]]:
    """(folded word without its dot, is an initial) for each word of a written name."""
    out = []
    for tok in WORD.findall(text.replace("_", " ")):
        bare = tok.rstrip(".")
        if not bare:
            continue
        initial = len(bare) == 1 or (tok.endswith(".") and len(bare) <= 2)
        out.append((fold(bare[0] if initial else bare), initial))
    return out


def _surname_likeness(word: str) -> float:
    """pymorphy3's weight for reading the word as a surname, less that for a first name or
    patronymic («семенов» is mostly the plural of Семён, yet more a surname than «федор»)."""
    score = 0.0
    for p in parses(word):
        if "Surn" in p.tag:
            score += p.score
        elif "Name" in p.tag or "Patr" in p.tag:
            score -= p.score
    return score


@lru_cache(maxsize=50_000)
def parse_name(text: str) -> PersonName | None:
    """A name as someone types it: «Петров С.В.», «С. В. Петров», «Петрова Анна», «ПЕТРОВ».

    The surname is the word pymorphy3 reads most as a surname and least as a first name or
    patronymic; of equals, the first (the order of official lists, «Петров Сергей»). When some
    words are capitalised, lower-case ones are titles, not names («мэр Петров»).
    """
    written = [
        (tok.rstrip("."), tok) for tok in WORD.findall(text.replace("_", " ")) if tok.rstrip(".")
    ]
    if any(bare[0].isupper() for bare, _ in written):
        written = [(b, t) for b, t in written if b[0].isupper() or len(b) == 1]
    parts = _tokens(" ".join(t for _, t in written))
    words = [(i, w) for i, (w, initial) in enumerate(parts) if not initial]
    if not words:
        return None
    # max() keeps the first of equals: «Семенов Федор», both read as first names too
    surname_at = max(words, key=lambda iw: _surname_likeness(iw[1]))[0]
    given = tuple(w for i, (w, _) in enumerate(parts) if i != surname_at)
    return PersonName(forms(parts[surname_at][0]), given[:2])


@lru_cache(maxsize=200_000)
def stored_name(key: str, name: str) -> PersonName | None:
    """A stored person from its key (surname first) and display name (given names in order).

    The surname is the shortest run of display words that begins the key and leaves the rest
    of the key as the first given name («ле пен марин» with «Марин Ле Пен»); a display name
    that does not hold the key is read as a typed name.
    """
    key_words = fold(key).replace("_", " ").split()
    parts = [w for w, _ in _tokens(name)]
    for size in range(1, len(key_words) + 1):
        run, rest = key_words[:size], key_words[size:]
        for i in range(len(parts) - size + 1):
            if parts[i : i + size] != run:
                continue
            given = tuple(parts[:i] + parts[i + size :])
            if rest == list(given[:1]):
                return PersonName(forms(" ".join(run)), given[:2])
    return parse_name(name) or parse_name(key)


def _searchable(key: str, name: str | None) -> str:
    """A stored person's display name and key as one folded line, «_» read as a space."""
    return fold(f"{name or ''} {key}").replace("_", " ").replace("\n", " ")


class NameQuery:
    """A typed name, parsed once and compared with many stored people."""

    def __init__(self, text: str) -> None:
        self.text = text.strip()
        self.exact = fold(self.text).replace("_", " ")
        self.name = parse_name(self.text) if self.text else None
        # a word beginning like the surname, searched for in folded text
        starts = "|".join(re.escape(p) for p in self.prefixes)
        self._start = re.compile(rf"\b(?:{starts})") if starts else None

    @property
    def prefixes(self) -> tuple[str, ...]:
        """Beginnings one of which a word of every matching name starts with (besides the
        exact key): the surname's, whose forms all share their first letters."""
        return self.name.prefixes if self.name else ()

    def matches(self, key: str, name: str | None = None) -> bool:
        """Does the typed name name the stored person with this key and display name?"""
        if not self.text:
            return False
        if fold(key).replace("_", " ") == self.exact:
            return True
        if self.name is None or self._start is None:
            return False
        if not self._start.search(_searchable(key, name)):
            return False  # no word begins like the surname: skip the parse
        stored = stored_name(key, name or key)
        return stored is not None and self.name.matches(stored)

    def select(self, keys: Sequence[str], names: Sequence[str]) -> list[int]:
        """Positions of the stored people (keys and display names, in step) the typed name
        names: what ``matches`` says of each, with one regex pass over all the names first."""
        if not self.text:
            return []
        found = {i for i, key in enumerate(keys) if fold(key).replace("_", " ") == self.exact}
        if self.name is not None and self._start is not None:
            lines = [_searchable(key, name) for key, name in zip(keys, names, strict=True)]
            ends = list(accumulate(len(line) + 1 for line in lines))
            hits = {bisect_right(ends, m.start()) for m in self._start.finditer("\n".join(lines))}
            found.update(i for i in hits if self.matches(keys[i], names[i]))
        return sorted(found)


def person_matches(query: str | NameQuery, person: Mapping) -> bool:
    """Does ``query`` (a name in any form, or a key) name this person (contract shape)?"""
    wanted = query if isinstance(query, NameQuery) else NameQuery(query)
    return wanted.matches(str(person.get("key") or ""), str(person.get("name") or "") or None)
