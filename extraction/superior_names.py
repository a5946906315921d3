"""A superior named by surname after a dependent post: «Заместитель Собянина Пётр Бирюков»,
«помощник Жириновского», «пресс-секретарь Котова».

slovnet reads a lone genitive surname there as a place («Собянина» → Собянин, a city), and the
post then gets that «place». A deputy, aide or spokesman belongs to a person, not to a town
(«заместитель мэра Кирова» names the town after «мэра», not after «заместитель»), so a
capitalised word right after such a post whose first reading is a surname in the genitive, with
the holder's name right after it, is the superior.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .morph import lemma, parses

# posts held under one person: their genitive complement is that person
DEPENDENT_HEADS = frozenset(
    {
        "заместитель",
        "помощник",
        "советник",
        "пресс-секретарь",
        "референт",
        "преемник",
        "предшественник",
        "соратник",
        "зам",
    }
)


def superior_surnames(doc: Doc, spans: list[Span]) -> list[Span]:
    """The spans with each such surname made a PER (a one-word place or organisation there is
    replaced)."""
    found = {
        span.start
        for span in spans
        if span.label_ in {"LOC", "ORG"} and len(span) == 1 and superior_surname(doc, span.start)
    }
    if not found:
        return spans
    return [
        Span(doc, s.start, s.end, label="PER") if s.start in found and len(s) == 1 else s
        for s in spans
    ]


def superior_surname(doc: Doc, i: int) -> bool:
    """Is token i a superior's surname after a dependent post?"""
    text = doc[i].text
    if i == 0 or not text.isalpha() or not text[:1].isupper() or text.isupper():
        return False
    if lemma(doc[i - 1].text.lower()) not in DEPENDENT_HEADS:
        return False
    nxt = doc[i + 1].text if i + 1 < len(doc) else ""
    if not (nxt.isalpha() and nxt[:1].isupper()):
        return False  # «Советник Петрова рассказала»: her own surname, no holder after it
    top = parses(text)[:1]
    return bool(top) and "Surn" in top[0].tag and top[0].tag.case in {"gent", "accs"}
