"""A first name in ordinary case followed by a surname in capitals: «Фото Ильнура
ШАРАФУТДИНОВА», «Текст: Рамиль МИРЗОЕВ».

Bylines write the surname in capitals; slovnet often tags only the first name, or nothing
when the byline is in the genitive after «Фото». A capitalised word that pymorphy3 knows as a
first name, followed on the same line by a capitals word that is a surname or no word it
knows (not «МВД», «ЖКХ»), in a case the first name can share, is one person.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .morph import known, parses


def _first_name_cases(word: str) -> set[tuple[str | None, str | None]]:
    if not (word[:1].isupper() and word[1:].islower() and word.isalpha()):
        return set()
    return {(p.tag.gender, p.tag.case) for p in parses(word) if "Name" in p.tag and known(p.word)}


def _surname_cases(word: str) -> set[str | None] | None:
    """The cases of a capitals surname; None when it is no surname («МВД»)."""
    if len(word) < 3 or not word.isalpha() or not word.isupper():
        return None
    found = parses(word)
    surnames = {p.tag.case for p in found if "Surn" in p.tag}
    if surnames:
        return surnames
    return None if known(word) else {None}  # an unknown word: its case is not known


def caps_surnames(doc: Doc, spans: list[Span]) -> list[Span]:
    """Grow a one-word person, or add one, where a first name is followed by capitals."""
    by_start = {s.start: s for s in spans}
    taken = {i for s in spans for i in range(s.start, s.end)}
    out = list(spans)
    for i in range(len(doc) - 1):
        first, after = doc[i], doc[i + 1]
        if first.whitespace_ != " ":
            continue
        cases = _first_name_cases(first.text)
        surname = _surname_cases(after.text) if cases else None
        if not cases or surname is None:
            continue
        if None not in surname and not surname & {c for _, c in cases}:
            continue
        other = by_start.get(i + 1)
        if i + 1 in taken:
            # «Фото Ильдара ГАЙНУЛЛИНА»: slovnet reads a known surname in capitals alone as
            # an organisation; an unknown capitals word there stays what it was tagged
            if other is None or len(other) != 1 or other.label_ == "PER" or None in surname:
                continue
            out.remove(other)
        own = by_start.get(i)
        if own is not None and own.label_ == "PER" and len(own) == 1:
            out[out.index(own)] = Span(doc, i, i + 2, label="PER")
        elif i not in taken:
            out.append(Span(doc, i, i + 2, label="PER"))
    return out
