"""«Сомов Иван Петрович», «назначить Сомова Ивана Петровича»: the surname written before the
first name and patronymic, as official municipal texts list people. slovnet often tags the
first name and patronymic alone; without its surname that mention names nobody a reader could
look up, so the surname-shaped word right before it is taken back into the name."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .morph import known, parses

# Russian surname endings in any case: «Сомов», «Сомова», «Лапиной», «Вишневского»
SURNAME_END = re.compile(
    r"(?:(?:[оеё]в|[иы]н)(?:а|у|ым|ой|е)?|(?:ск|цк)(?:ий|ая|ого|ой|ому|им|ую|ом)"
    r"|енко|[юу]к|ян|дзе|швили)$"
)


def surname_before(doc: Doc, start: int, taken: set[int]) -> int | None:
    """The token right before token ``start`` when it looks like a surname: capitalised, no
    part of another entity, and a surname's shape, a surname in the dictionary or no known
    word at all."""
    i = start - 1
    if i < 0 or i in taken:
        return None
    word = doc[i].text
    if len(word) < 3 or not word.isalpha() or not word[:1].isupper() or word.isupper():
        return None
    if len(word) > 4 and SURNAME_END.search(word.lower()):
        return i
    if not known(word) or any("Surn" in p.tag for p in parses(word)):
        return i
    if INDECLINABLE.search(word.lower()):
        return i  # «Долгих Любовь Рашитовна»: read as a plural adjective, which no name follows
    return None


# Surnames in -ых/-их (Седых, Долгих), which pymorphy3 knows as plural adjectives
INDECLINABLE = re.compile(r"[а-яё]{2,}(ых|их)$")
