"""A post's phrase ends where «и» joins a participle.

«Председатель комиссии по бюджету и назначенный вчера заместителем главы Пётр Гаврилов»,
«Возглавлявшая ранее комиссию по бюджету и назначенная вчера заместителем главы Ольга
Сметанина»: the words after «и» are a second description of the person (a participle with its
own post), not part of the first title, which stops before «и». «Комиссия по бюджету и
налогам» goes on: «налогам» is no participle.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .morph import parses


def participle(word: str) -> bool:
    """Every reading of ``word`` is a full participle («назначенная», «возглавлявшая»), or it
    reads as a nominative participle and never as a noun («избранный», also an adjective);
    «связанным» (no nominative) and «исполняющий» (also a noun) are not taken."""
    found = parses(word)
    if not found or any(p.tag.POS == "NOUN" for p in found):
        return False
    if all(p.tag.POS == "PRTF" for p in found):
        return True
    return any(p.tag.POS == "PRTF" and p.tag.case == "nomn" for p in found)


def participle_after_and(doc: Doc, i: int, after: int) -> bool:
    """Token ``i`` is «и» and token ``after`` (the next word) is a nominative participle
    («… и назначенный»; «… и работавшего министром» after a genitive name is read elsewhere)."""
    if doc[i].text.lower() != "и" or not 0 <= after < len(doc):
        return False
    word = doc[after].text
    return participle(word) and any(p.tag.case == "nomn" for p in parses(word))


LONG_CLAUSE = 12  # words a second participle's clause may take before the name


def name_past_participle_clause(doc: Doc, i: int, names: dict) -> int | None:
    """The token of the name right after a coordinated participle's clause starting at ``i``
    («и назначенная вчера заместителем главы Ольга …»): «и», a participle, then lower-case
    words only (no comma, no other name) up to a name in ``names``; else None."""
    if i >= len(doc) or doc[i].text.lower() != "и":
        return None
    j = i + 1
    while j < len(doc) and doc[j].is_space:
        j += 1
    if j >= len(doc) or not participle(doc[j].text):
        return None
    for k in range(j + 1, min(len(doc), j + 1 + LONG_CLAUSE)):
        if k in names:
            return k
        if doc[k].is_space:
            continue
        text = doc[k].text
        if not (text[:1].isalpha() and text[:1].islower()):
            return None
    return None


# «назначенная вчера заместителем главы»: a day word dates the appointment like «в мае»
DAY_WORDS = frozenset({"вчера", "позавчера", "накануне", "сегодня"})
