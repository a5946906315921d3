"""«Мэр города Набережные Челны Наиль Магдеев»: slovnet reads a two-word town in the nominative
and the name right after it as one place. A place span that ends in a first name pymorphy3 knows
and a capitalised surname after it, with no first name before them, is the place and a person."""

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


def name_inside_place(doc: Doc, spans: list[Span]) -> list[Span]:
    out = []
    for span in spans:
        words = [t.text for t in span]
        if (
            span.label_ != "LOC"
            or len(span) < 3
            or not _first_name(words[-2])
            or not _surname(words[-1])
            or _first_name(words[-3])
            or any(_first_name(w) for w in words[:-2])
        ):
            out.append(span)
            continue
        out.append(Span(doc, span.start, span.end - 2, label="LOC"))
        out.append(Span(doc, span.end - 2, span.end, label="PER"))
    return out
