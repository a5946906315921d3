"""A first name followed by a surname in capitals: «Фото Ильнура ШАРАФУТДИНОВА», «Текст:
Рамиль МИРЗОЕВ», a byline all in capitals «СЕРГЕЙ ЛОБОДА, фото автора».

Bylines write the surname in capitals; slovnet often tags only the first name, or nothing
when the byline is in the genitive after «Фото». A capitalised word that pymorphy3 knows as a
first name, followed on the same line by a capitals word that is a surname or no word it
knows (not «МВД», «ЖКХ»), in a case the first name can share, is one person.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .doc_view import view
from .morph import known, parses


def _first_name_cases(word: str) -> set[tuple[str | None, str | None]]:
    if not (word[:1].isupper() and word.isalpha()):
        return set()
    if word.isupper():
        # «СЕРГЕЙ ЛОБОДА»: a first name in capitals too, when that is its likeliest reading
        # (not «ВЕРА», «МИР», whose common noun comes first)
        found = parses(word)
        if len(word) < 3 or not found or "Name" not in found[0].tag:
            return set()
    elif not word[1:].islower():
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


def _caps_run(doc: Doc, i: int) -> bool:
    """The word at ``i``, on the same line, is in capitals too."""
    if i >= len(doc) or "\n" in doc[i - 1].whitespace_:
        return False
    return doc[i].text.isalpha() and doc[i].text.isupper() and len(doc[i].text) > 1


def caps_surnames(doc: Doc, spans: list[Span]) -> list[Span]:
    """Grow a one-word person, or add one, where a first name is followed by capitals."""
    by_start = {s.start: s for s in spans}
    taken = {i for s in spans for i in range(s.start, s.end)}
    out = list(spans)
    shown = view(doc)
    texts = shown.texts
    for i in range(len(doc) - 1):
        if shown.ws[i] != " ":
            continue
        first = texts[i]
        cases = _first_name_cases(first)
        surname = _surname_cases(texts[i + 1]) if cases else None
        if not cases or surname is None:
            continue
        if first.isupper() and _caps_run(doc, i + 2):
            continue  # a longer run of capitals: a headline or a name with a patronymic
        if None not in surname and not surname & {c for _, c in cases}:
            continue
        both = by_start.get(i)
        if both is not None and both.label_ != "PER" and both.end == i + 2:
            # «СЕРГЕЙ ЛОБОДА» read as an organisation: a first name and surname are a person
            out[out.index(both)] = Span(doc, i, i + 2, label="PER")
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
