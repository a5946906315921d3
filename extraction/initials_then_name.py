"""«с главой сельсовета Т. А. Лобановой Юрий Геннадьевич побывал»: slovnet runs a name given
by initials and a surname on into the full first name (and patronymic) of the next person. A
name has its first name once: when initials and a surname are followed by a first name in
another case, or with another first letter, they are two people."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .morph import parses

INITIAL_LEN = 2  # «Т.» as one token, or «Т» and «.»


def split_after_initials(doc: Doc, span: Span) -> list[Span]:
    """The span cut before a first name that follows initials and a surname."""
    if span.label_ != "PER":
        return [span]
    tokens = [t for t in span if not t.is_space]
    initials = []
    k = 0
    while k < len(tokens) and _initial(tokens, k):
        initials.append(tokens[k].text[0])
        k += 2 if tokens[k].text.isalpha() else 1
    if not initials or k + 1 >= len(tokens):
        return [span]
    surname, first = tokens[k], tokens[k + 1]
    names = [p for p in parses(first.text) if "Name" in p.tag]
    if not names or not surname.text[:1].isupper():
        return [span]
    cases = {p.tag.case for p in parses(surname.text) if "Surn" in p.tag or p.tag.POS == "NOUN"}
    other_letter = first.text[0] != initials[0]
    other_case = bool(cases) and not cases & {p.tag.case for p in names}
    if not (other_letter or other_case):
        return [span]
    return [
        Span(doc, span.start, surname.i + 1, label="PER"),
        Span(doc, first.i, span.end, label="PER"),
    ]


def _initial(tokens: list, k: int) -> bool:
    text = tokens[k].text
    if len(text) == INITIAL_LEN and text[0].isupper() and text[1] == ".":
        return True
    return len(text) == 1 and text.isupper() and k + 1 < len(tokens) and tokens[k + 1].text == "."
