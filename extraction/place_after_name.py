"""«2 место - Цыденова Сарана, Дутулур»: in a list of winners each name is followed by a comma
and the village the person comes from, which slovnet, not knowing a small village, calls a
person. What follows a name and its comma up to the end of the line, when it is one or two
capitalised words (a dash may join them: «Ехэ - Цакир») with no surname's suffix and no first
name pymorphy3 knows, is a place."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .morph import known, parses
from .surname_first import SURNAME_END

MAX_WORDS = 2
DASHES = {"-", "–", "—"}


def _line_end(doc: Doc, i: int) -> bool:
    return i >= len(doc) or "\n" in doc[i].text or "\n" in doc[i - 1].whitespace_


def _placelike(word: str) -> bool:
    if not word.isalpha() or not word[:1].isupper() or word.isupper():
        return False
    if SURNAME_END.search(word.lower()):
        return False
    return not any("Name" in p.tag and known(p.word) for p in parses(word))


def _tail(doc: Doc, start: int) -> int | None:
    """The end of one or two place words from ``start`` to the end of the line, or None."""
    words, i = 0, start
    while i < len(doc) and not (words and _line_end(doc, i)):
        text = doc[i].text
        if text in DASHES and words:
            i += 1
            continue
        if not _placelike(text):
            return None
        words += 1
        i += 1
        if words > MAX_WORDS:
            return None
    return i if words else None


def places_after_names(doc: Doc, spans: list[Span]) -> list[Span]:
    named = {s.end: s for s in spans if s.label_ == "PER" and len(s) >= 2}
    places: list[tuple[int, int]] = []
    for end, _ in named.items():
        if end >= len(doc) or doc[end].text != ",":
            continue
        tail = _tail(doc, end + 1)
        if tail is not None:
            places.append((end + 1, tail))
    if not places:
        return spans
    out = []
    for span in spans:
        inside = any(a <= span.start and span.end <= b for a, b in places)
        out.append(Span(doc, span.start, span.end, label="LOC") if inside else span)
    return out
