"""Is a post phrase a person's renown rather than a post («известный журналист», «знаменитый
писатель и общественный деятель»)?

A free profession praised by an adjective of renown describes who a person is, it names no
post anyone holds: factRuEval marks no Occupation for «известный правозащитник», and the
municipal gold makes bare professions optional. With a complement it is a post again
(«известный адвокат обвиняемого»); a bare «журналист» is left alone, as the markups differ."""

from __future__ import annotations

import re

from .morph import lemma, parses

FREE_PROFESSIONS = frozenset(
    """журналист журналистка правозащитник правозащитница аналитик политолог эксперт социолог
    экономист юрист адвокат актер актриса певец певица писатель писательница поэт поэтесса
    художник публицист блогер историк краевед деятель""".split()
)
# a comma or «и» right before a list item, and the item before it (back to a mark)
LIST_JOIN = re.compile(r"(?:,|\s+и)\s*$")
ITEM = re.compile(r"[^,.—–(\n]*$")
# Adjectives of renown: «известный журналист», «знаменитый адвокат».
ACCLAIM = frozenset("известный знаменитый популярный видный маститый именитый".split())


def renown(phrase: str) -> bool:
    """The phrase opens with an adjective of renown and all its nouns are free professions,
    the last word one of them: nothing says whose profession it is."""
    words = _words(phrase)
    if not words or not words[0].isalpha() or lemma(words[0]) not in ACCLAIM:
        return False
    return _professions(words)


def renowned_list(before: str, phrase: str) -> bool:
    """«известный певец, актёр и общественный деятель»: the phrase ends a list of free
    professions joined by commas and «и» (``before``: the text up to the phrase) whose first
    item is renowned, so the adjective of renown covers it too."""
    if not _professions(_words(phrase)):
        return False
    rest = before
    for _ in range(4):  # items of the list, right to left
        joined = LIST_JOIN.search(rest)
        if joined is None:
            return False
        rest = rest[: joined.start()]
        item = ITEM.search(rest)
        if item is None:
            return False
        if renown(item.group()):
            return True
        if not _professions(_words(item.group())):
            return False
        rest = rest[: item.start()]
    return False


def _words(phrase: str) -> list[str]:
    return phrase.lower().replace("ё", "е").split()


def _professions(words: list[str]) -> bool:
    """All nouns are free professions, the last word one of them."""
    ends_with_profession = False
    for word in words:
        best = parses(word)[:1] if word.isalpha() else []
        if not best:
            return False  # quotes, digits, «вице-…»
        pos = best[0].tag.POS
        if pos == "NOUN" and best[0].normal_form.replace("ё", "е") not in FREE_PROFESSIONS:
            return False
        if pos not in {"NOUN", "ADJF", "PRTF", "CONJ"}:
            return False
        ends_with_profession = pos == "NOUN"  # «адвокат обвиняемого» says whose
    return ends_with_profession
