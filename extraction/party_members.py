"""Nouns for a member of a party or a group of candidates («единоросс», «коммунист»,
«самовыдвиженец»): they describe the person, not the post, so a title ends before one and a
post before one still reaches the name after it: «спикер областного парламента коммунист Олег
Сомов» holds «спикер областного парламента»."""

from __future__ import annotations

from .morph import lemma

PARTY_MEMBERS = frozenset(
    """единоросс коммунист справоросс эсер лдпровец жириновец самовыдвиженец яблочник""".split()
)


def party_member(word: str) -> bool:
    """Is the word a form of a party member's noun?"""
    return word[:1].isalpha() and lemma(word) in PARTY_MEMBERS
