"""«Комиссия определила кандидатами на пост главы района Константина Лызова и Николая
Поздеева»: a post phrase governed by «пост»/«должность» in a candidacy («кандидатом на пост»,
«претендентов на должность») is the post sought, not one the name after it holds; the name is
not read as that post's holder in apposition. An approved candidacy («поддержали кандидатуру
… на пост главы») still elects."""

from __future__ import annotations

from typing import Any

SEEKING_NOUNS = frozenset({"пост", "должность"})


def sought_post(scanner: Any, governor: int, governs: str) -> bool:
    """True when the token ``governor`` («пост», «должность») right before a post phrase is
    the object of a candidacy in its sentence that is not approved."""
    if governor < 0 or governs not in SEEKING_NOUNS:
        return False
    return scanner._candidacy(governor) and not scanner._approved_candidacy(governor)
