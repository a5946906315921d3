"""Name normalisation for matching officials: every case form and initials reduce to one shape.

«Иванову Петру Сергеевичу», «П. С. Иванов» and «Иванов П.С.» all become the surname lemma
``иванов`` with given-name parts ``пётр``/``п`` and ``сергеевич``/``с``; two names match when
their surnames share a lemma and every given-name part present on both sides agrees (a full
name agrees with its own initial).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extraction.morph import analyzer

WORD = re.compile(r"[А-Яа-яЁёA-Za-z]+(?:-[А-Яа-яЁёA-Za-z]+)*\.?")


@lru_cache(maxsize=50_000)
def forms(word: str) -> frozenset[str]:
    """Every dictionary form pymorphy3 considers plausible, plus the word itself (lower-cased, ё→е).

    Taking all parses rather than the first keeps «Иванова» (gen. of Иванов, or Иванова)
    matching «Иванов» whichever reading pymorphy3 prefers; when a surname reading exists the
    others are dropped, so «Иванов» does not also mean the first name «Иван».
    """
    low = word.lower().replace("ё", "е")
    try:
        parses = analyzer().parse(word)
    except ValueError:  # pymorphy3 fails on letters Unicode gives no name (e.g. Tangut)
        return frozenset({low})
    surnames = [p for p in parses if "Surn" in p.tag]
    found = {low}
    if not surnames and parses:
        found.add(parses[0].normal_form.replace("ё", "е"))
    for parse in surnames or parses:
        found.add(parse.normal_form.replace("ё", "е"))
    # Female surnames: «Смирнова» / «Смирновой» -> also «смирнов».
    for suffix, base in (("ова", "ов"), ("ева", "ев"), ("ина", "ин"), ("ая", "ий")):
        for f in list(found):
            if f.endswith(suffix) and len(f) > len(suffix) + 2:
                found.add(f[: -len(suffix)] + base)
    return frozenset(found)


@dataclass(frozen=True)
class Name:
    """A person's name as parts: surname forms plus given-name parts (full words or initials)."""

    surname: frozenset[str]
    given: tuple[str, ...]  # lower-cased first then middle; one letter for an initial

    def matches(self, other: Name) -> bool:
        if not self.surname or not other.surname or not (self.surname & other.surname):
            return False
        for mine, theirs in zip(self.given, other.given, strict=False):
            if not _given_agree(mine, theirs):
                return False
        return True


def _given_agree(a: str, b: str) -> bool:
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return bool(forms(a) & forms(b))


def forms_tags(word: str) -> list[str]:
    try:
        return [str(p.tag) for p in analyzer().parse(word)[:2]]
    except ValueError:
        return []


def parse_name(text: str) -> Name | None:
    """Split a free-form name («Иванов И.П.», «Ивана Петровича Иванова», «Иванов») into parts.

    The surname is the one word that is not an initial and, when the name has a full first name,
    the word pymorphy3 tags as a surname (else the first non-initial word, the usual Russian order
    in official lists «Иванов Иван Петрович»).
    """
    tokens = WORD.findall(text)
    initials: list[str] = []
    words: list[str] = []
    for tok in tokens:
        bare = tok.rstrip(".")
        if not bare:
            continue
        if len(bare) == 1 or (tok.endswith(".") and len(bare) <= 2):
            initials.append(bare[0].lower())
        elif bare[0].isupper() or not words:
            words.append(bare)
    if not words:
        return None
    surname_index = 0
    if len(words) > 1:
        for i, w in enumerate(words):
            if "Surn" in str(forms_tags(w)):
                surname_index = i
                break
    surname = words[surname_index]
    given = [w.lower().replace("ё", "е") for j, w in enumerate(words) if j != surname_index]
    given = given[:2] if given else initials[:2]
    return Name(surname=forms(surname), given=tuple(given))


def person_names(person: dict) -> list[Name]:
    """The ways an extracted person (contract shape: key/name/last/first/middle) can be named."""
    out: list[Name] = []
    last = person.get("last") or ""
    if last:
        given = tuple(
            p.lower().replace("ё", "е").rstrip(".")
            for p in (person.get("first"), person.get("middle"))
            if p and p.rstrip(".")
        )
        out.append(Name(surname=forms(last), given=given))
    for text in (person.get("name"), person.get("key")):
        if text:
            parsed = parse_name(str(text).replace("_", " "))
            if parsed:
                out.append(parsed)
    return out


def person_matches(query: str, person: dict) -> bool:
    """Does ``query`` (a name in any form, with or without initials, or a key) name this person?"""
    if query.strip().lower() == str(person.get("key", "")).lower():
        return True
    wanted = parse_name(query)
    if wanted is None:
        return False
    return any(wanted.matches(candidate) for candidate in person_names(person))
