"""A departure between a fronted post and its verb: «Временно исполняющим обязанности главы
района после его ухода стал …», «Исполняющим обязанности мэра после отставки Петрова
назначен …».

«после» with a possessive or a genitive name and a noun of leaving or taking office says when
the post was filled, not which post; stepping back over it finds where the post phrase ends.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .morph import lemma
from .word_steps import prev_word

DEPARTURE_NOUNS = frozenset(
    {
        "уход",
        "отставка",
        "увольнение",
        "отъезд",
        "смерть",
        "кончина",
        "избрание",
        "назначение",
        "перевод",
        "арест",
        "задержание",
        "освобождение",
    }
)
POSSESSIVES = frozenset({"его", "её", "ее", "их", "своего", "своей"})
MAX_NAME_WORDS = 3


def departure_start(doc: Doc, right: int) -> int | None:
    """The token before «после его ухода» / «после отставки Ивана Петрова» ending at token
    ``right``, or None when no such phrase ends there."""
    i = right
    names = 0
    while i >= 0 and doc[i].text[:1].isupper() and doc[i].text.isalpha() and names < MAX_NAME_WORDS:
        i = prev_word(doc, i)
        names += 1
    if i < 0 or not doc[i].text.islower() or lemma(doc[i].text) not in DEPARTURE_NOUNS:
        return None
    i = prev_word(doc, i)
    if i >= 0 and doc[i].text.lower() in POSSESSIVES:
        if names:
            return None
        i = prev_word(doc, i)
    elif not names:
        return None  # «после отставки» alone may close the post phrase's own complement
    if i < 0 or doc[i].text.lower() != "после":
        return None
    return prev_word(doc, i)
