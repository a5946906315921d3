"""«Якутянку Тамару Торокову наградили»: slovnet takes a capitalised common noun for a person
(a demonym, «Пенсионерку», «Жительницу») that opens a sentence into the name after it. A first
word pymorphy3 knows only as a common noun, followed by a known first name and a surname, is no
part of the name. A patronymic in third place («Ворону Анну Петровну») keeps the first word as
the surname of a name written surname first."""

from __future__ import annotations

from spacy.tokens import Span

from .morph import known, parses

NAME_TAGS = {"Name", "Surn", "Patr", "Geox", "Orgn", "Abbr", "Init"}
MIN_WORDS = 3


def _common_noun(word: str) -> bool:
    found = parses(word)
    return (
        word.isalpha()
        and word[:1].isupper()
        and word[1:].islower()
        and known(word)
        and bool(found)
        and all(p.tag.POS == "NOUN" and not NAME_TAGS & set(p.tag.grammemes) for p in found)
    )


def _first_name(word: str) -> bool:
    return any("Name" in p.tag and known(p.word) for p in parses(word))


def noun_before_name(span: Span) -> Span:
    if span.label_ != "PER" or len(span) < MIN_WORDS:
        return span
    words = [t.text for t in span]
    if not _common_noun(words[0]) or not _first_name(words[1]):
        return span
    if any("Patr" in p.tag for p in parses(words[-1])):
        return span
    return Span(span.doc, span.start + 1, span.end, label="PER")
