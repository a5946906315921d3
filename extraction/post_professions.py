"""Is a post phrase a person's renown rather than a post («известный журналист», «знаменитый
писатель и общественный деятель»)?

A free profession praised by an adjective of renown describes who a person is, it names no
post anyone holds: factRuEval marks no Occupation for «известный правозащитник», and the
municipal gold makes bare professions optional. With a complement it is a post again
(«известный адвокат обвиняемого»); a bare «журналист» is left alone, as the markups differ."""

from __future__ import annotations

from .morph import lemma, parses

FREE_PROFESSIONS = frozenset(
    """журналист журналистка правозащитник правозащитница аналитик политолог эксперт социолог
    экономист юрист адвокат актер актриса певец певица писатель писательница поэт поэтесса
    художник публицист блогер историк краевед деятель""".split()
)
# Adjectives of renown: «известный журналист», «знаменитый адвокат».
ACCLAIM = frozenset("известный знаменитый популярный видный маститый именитый".split())


def renown(phrase: str) -> bool:
    """The phrase opens with an adjective of renown and all its nouns are free professions,
    the last word one of them: nothing says whose profession it is."""
    words = phrase.lower().replace("ё", "е").split()
    if not words or not words[0].isalpha() or lemma(words[0]) not in ACCLAIM:
        return False
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
