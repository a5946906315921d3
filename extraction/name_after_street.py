"""A person right after a place or body named after someone: «На улице Мусы Джалиля Рамис
Гайнутдинов открыл пекарню».

The genitive name of the street runs into the nominative first name after it, and slovnet
takes that first name into the street and drops the surname. A place or organisation span
whose last word can only be a first name in the nominative, after a word in the genitive, and
which a capitalised surname in the nominative follows, ends before that first name; the first
name and surname are a person.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .morph import parses


def _nominative_first_name(word: str) -> bool:
    found = [p for p in parses(word) if "Name" in p.tag]
    return bool(found) and all(p.tag.case == "nomn" for p in found)


def _genitive(word: str) -> bool:
    return any(p.tag.case == "gent" for p in parses(word))


def _nominative_surname(word: str) -> bool:
    if not (word[:1].isupper() and word[1:].islower() and word.isalpha()):
        return False
    return any("Surn" in p.tag and p.tag.case == "nomn" for p in parses(word))


def name_after_street(doc: Doc, spans: list[Span]) -> list[Span]:
    taken = {i for s in spans for i in range(s.start, s.end)}
    out = []
    for span in spans:
        last = span.end - 1
        if (
            span.label_ not in {"LOC", "ORG"}
            or len(span) < 3
            or span.end >= len(doc)
            or span.end in taken
            or not doc[last].text[:1].isupper()
            or not _nominative_first_name(doc[last].text)
            or not _genitive(doc[last - 1].text)
            or not _nominative_surname(doc[span.end].text)
        ):
            out.append(span)
            continue
        out.append(Span(doc, span.start, last, label=span.label_))
        out.append(Span(doc, last, span.end + 1, label="PER"))
    return out
