"""A name that is the subject of a verb in the singular.

«Заместитель председателя Думы и председатель комиссии по бюджету Иван Сомов предложил …»:
two posts joined by «и» before one name are both his when the verb after the name is singular;
two people would take a plural verb («… и председатель Думы Иван Сомов вручили»), and in an
oblique case («Губернатору области и председателю Думы Ивану Сомову») there is no verb to
tell, so the posts stay apart there.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .morph import parses

# words that may stand between the subject and its verb («Сомов лично вручил», «Сомов также
# предложил»)
_BETWEEN = frozenset({"лично", "также", "тоже", "же", "сам", "сама", "вновь", "ещё", "уже"})


def _singular_verb(word: str) -> bool:
    """Is the word only a finite verb in the singular (first parse a verb of number sing)?"""
    found = parses(word)
    if not found:
        return False
    tag = found[0].tag
    return tag.POS == "VERB" and tag.number == "sing" and tag.mood == "indc"


def singular_subject(doc: Doc, name_end: int) -> bool:
    """Is the name ending before token ``name_end`` followed by its verb in the singular?"""
    i, skipped = name_end, 0
    while i < len(doc) and doc[i].text.lower() in _BETWEEN and skipped < 2:
        i, skipped = i + 1, skipped + 1
    return i < len(doc) and doc[i].text.isalpha() and _singular_verb(doc[i].text)


def nominative(word: str) -> bool:
    """Can the word be in the nominative («председатель», «глава»; not «председателю»)?"""
    return any(p.tag.case == "nomn" for p in parses(word))


def singular_verb_before(doc: Doc, start: int) -> bool:
    """Is the phrase starting at token ``start`` right after its verb in the singular
    («На заседании выступил заместитель председателя Думы и председатель комиссии …»)?"""
    i = start - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    return i >= 0 and doc[i].text.isalpha() and _singular_verb(doc[i].text)
