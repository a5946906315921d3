"""Places named by adjectives that share one plural noun: «Ключевского и Никольского
сельсоветов», «Кировского, Ленинского и Советского районов».

slovnet reads the first of such adjectives as a person (a surname in -ского) or leaves the
noun out of the last one; each adjective names a place of its own, and the posts rule gives
every name in a list after them its own place («главы Ключевского и Никольского сельсоветов
Иван Сорокин и Пётр Лосев»).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .doc_view import view
from .lexicon import SETTLEMENT_NOUNS
from .morph import parses


def shared_noun_places(doc: Doc, spans: list[Span]) -> list[Span]:
    """Each capitalised adjective of the run is a place: the last with the plural noun (and
    the lower-case adjectives before it), the others alone; spans lying wholly on the run are
    replaced."""
    texts = view(doc).texts
    runs: list[tuple[int, list[int], int]] = []  # (first, adjectives, noun)
    for noun, text in enumerate(texts):
        case = _plural_place_case(text)
        if case is None or noun == 0:
            continue
        adjectives = []
        i = noun - 1
        while i > 0 and _lower_plural_adjective(texts[i], case):
            i -= 1  # «Ключевского и Никольского сельских поселений»
        while i >= 0 and _place_adjective(texts[i], case):
            adjectives.insert(0, i)
            if i >= 2 and texts[i - 1] in {"и", ","} and _place_adjective(texts[i - 2], case):
                i -= 2
                continue
            break
        if len(adjectives) >= 2:
            runs.append((adjectives[0], adjectives, noun))
    if not runs:
        return spans
    out = list(spans)
    for first, adjectives, noun in runs:
        out = [s for s in out if not (first <= s.start and s.end <= noun + 1)]
        out += [Span(doc, a, a + 1, label="LOC") for a in adjectives[:-1]]
        out.append(Span(doc, adjectives[-1], noun + 1, label="LOC"))
    return sorted(out, key=lambda s: (s.start, -s.end))


def _plural_place_case(text: str) -> str | None:
    """The case of a lower-case plural place noun («сельсоветов»: gent), else None."""
    if not text[:1].islower():
        return None
    found = parses(text)
    nouns = [p for p in found[:1] if p.tag.POS == "NOUN" and p.normal_form in SETTLEMENT_NOUNS]
    if not nouns or nouns[0].tag.number != "plur":
        return None
    return nouns[0].tag.case


def _place_adjective(text: str, case: str) -> bool:
    """A capitalised word with a singular adjective reading in that case («Ключевского»)."""
    if not text[:1].isupper() or not text.isalpha() or text.isupper():
        return False
    return any(
        p.tag.POS == "ADJF" and p.tag.number == "sing" and p.tag.case == case for p in parses(text)
    )


def _lower_plural_adjective(text: str, case: str) -> bool:
    """«сельских» before «поселений»: a lower-case plural adjective in the noun's case."""
    return text[:1].islower() and any(
        p.tag.POS == "ADJF" and p.tag.number == "plur" and p.tag.case == case
        for p in parses(text)[:1]
    )
