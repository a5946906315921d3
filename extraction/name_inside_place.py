"""«Мэр города Набережные Челны Наиль Магдеев»: slovnet reads a two-word town in the nominative
and the name right after it as one place. A place span that ends in a first name pymorphy3 knows
and a capitalised surname after it, with no first name before them, is the place and a person.
The same holds for a first name, a patronymic and a surname («директор Чайковского лесничества
Салават Фатихович Аглямов»)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from .morph import known, parses

SURNAME_END = re.compile(r"(ов|ев|ёв|ин|ын|ова|ева|ина|ына|ский|ская|цкий|цкая|ко|ук|юк|ян)$")


def _first_name(word: str) -> bool:
    return word.isalpha() and any("Name" in p.tag and known(p.word) for p in parses(word))


def _surname(word: str) -> bool:
    if not (word.isalpha() and word[:1].isupper() and word[1:].islower()):
        return False
    return bool(SURNAME_END.search(word.lower())) or any("Surn" in p.tag for p in parses(word))


def _patronymic(word: str) -> bool:
    return word.isalpha() and word[:1].isupper() and any("Patr" in p.tag for p in parses(word))


def _name_length(words: list[str]) -> int:
    """How many last words of a place span are a person's name (0 when none)."""
    if len(words) >= 4 and _patronymic(words[-2]) and _first_name(words[-3]):
        size = 3  # «… лесничества Салават Фатихович Аглямов»
    elif len(words) >= 3 and _first_name(words[-2]):
        size = 2  # «… Набережные Челны Наиль Магдеев»
    else:
        return 0
    if not _surname(words[-1]) or any(_first_name(w) for w in words[:-size]):
        return 0
    return size


def name_inside_place(doc: Doc, spans: list[Span]) -> list[Span]:
    out = []
    for span in spans:
        size = _name_length([t.text for t in span]) if span.label_ == "LOC" else 0
        if not size:
            out.append(span)
            continue
        out.append(Span(doc, span.start, span.end - size, label="LOC"))
        out.append(Span(doc, span.end - size, span.end, label="PER"))
    return out
