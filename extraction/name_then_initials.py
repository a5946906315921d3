"""«от имени Главы республики Рашида Темрезова М. Аргунов поприветствовал»: slovnet runs a
full name (first name and surname) on into the initials and surname of the next person. A name
has its first name once: a first name and a surname followed by initials and another surname
are two people."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .initials_then_name import _initial
from .morph import known, parses


def _first_name(word: str) -> bool:
    return word.isalpha() and any("Name" in p.tag and known(p.word) for p in parses(word))


def _capitalised(word: str) -> bool:
    return word.replace("-", "").isalpha() and word[:1].isupper() and word[1:2].islower()


def split_before_initials(doc: Doc, span: Span) -> list[Span]:
    """The span cut before initials that follow a first name and a surname."""
    if span.label_ != "PER":
        return [span]
    tokens = [t for t in span if not t.is_space]
    if len(tokens) < 4 or not _first_name(tokens[0].text) or not _capitalised(tokens[1].text):
        return [span]
    if any("Patr" in p.tag for p in parses(tokens[1].text)):
        return [span]  # «Иван Иванович И.»: no surname before the initials
    k = 2
    while k < len(tokens) and _initial(tokens, k):
        k += 2 if tokens[k].text.isalpha() else 1
    if k == 2 or k >= len(tokens) or not _capitalised(tokens[k].text):
        return [span]
    return [
        Span(doc, span.start, tokens[1].i + 1, label="PER"),
        Span(doc, tokens[2].i, span.end, label="PER"),
    ]
