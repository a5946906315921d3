"""A body's short name in brackets between a post and the name: «Президент Российской академии
наук (РАН) Юрий Осипов», «лидер Национального фронта (FN) Марин Ле Пен».

News gives a body's abbreviation in brackets the first time it names the body in full. The
bracket belongs to the body, so the post before it is still the post of the name after it.
Only a short capitalised alias counts: «(на фото)», «(слева)», «(2010)» or a person in the
brackets say something else.
"""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Doc

from .word_steps import prev_word

MAX_ALIAS_WORDS = 4
QUOTES = frozenset("«»\"„“”'")
# punctuation an alias may hold: «(ГК «Ростех»)», «(S&P)», «(Минэкономразвития)», «(ОАО «РЖД»)»
INNER_MARKS = QUOTES | {"-", "&", "."}


def alias_open(doc: Doc, close: int, people: Container[int]) -> int | None:
    """Index of the «(» when token ``close`` is the «)» of a short alias right after a word:
    one to four words and marks, the first a capitalised word or a quote, none a person's
    (``people`` holds the person tokens)."""
    if close < 0 or doc[close].text != ")":
        return None
    inner: list[int] = []
    i = prev_word(doc, close)
    while i >= 0 and doc[i].text != "(":
        if doc[i].text in {")", ",", ";", ":"} or "\n" in doc[i].text or i in people:
            return None
        inner.append(i)
        if len(inner) > MAX_ALIAS_WORDS:
            return None
        i = prev_word(doc, i)
    if i < 0 or not inner:
        return None
    first = doc[inner[-1]].text
    if not (first[:1].isupper() or first in QUOTES):
        return None
    if not all(_alias_word(doc[j].text) for j in inner):
        return None
    before = prev_word(doc, i)
    if before < 0 or not (doc[before].text[-1:].isalpha() or doc[before].text in QUOTES):
        return None  # the body's name must end right before the bracket
    return i


def _alias_word(text: str) -> bool:
    return text.isalnum() or text in INNER_MARKS or "-" in text
