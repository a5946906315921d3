"""A lone surname after a post: «Глава администрации Ялалов подписал», «председатель
собрания Муртазалиев открыл сессию».

Duma reports name officials by post and surname alone. slovnet reads such a surname after a
genitive as the tail of an organisation («администрации Ялалов») or as a place; a word that
pymorphy3 takes for a surname (or an unknown word with a surname's suffix), in the case of the
post's head, between the post phrase and a verb, a comma or the sentence end, is the person.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from .doc_view import view
from .morph import known, parses
from .plural_posts import plural_post
from .post_heads import is_head

# unknown words shaped like surnames: Ялалов, Муртазалиев, Гайнуллин, Тамбиев, Сарыглар is not
SURNAME_SHAPE = re.compile(
    r"[а-яё]{2,}(ов|ев|ёв|ин|ын|ский|цкий|ова|ева|ина|ская|цкая|ян|дзе|швили|енко|ук|юк)$"
)
GAP = 4  # words between the post's head and the surname: «председатель Городского собрания»
ENDS = {",", ".", "!", "?", ";", ":", "—", "–", "-", ")"}


def surname_after_post(doc: Doc, spans: list[Span]) -> list[Span]:
    """The spans with every lone surname after a post made a PER: a one-word place there is
    dropped and an organisation that swallowed the surname ends before it."""
    per = {i for s in spans if s.label_ == "PER" for i in range(s.start, s.end)}
    found = [
        i
        for i, text in enumerate(view(doc).texts)
        if i not in per and _surname_word(text) and _after_post(doc, i) and _followed(doc, i)
    ]
    if not found:
        return spans
    out = []
    for span in spans:
        inside = [i for i in found if span.start <= i < span.end]
        if not inside:
            out.append(span)
        elif span.label_ == "ORG" and inside == [span.end - 1] and len(span) > 2:
            out.append(Span(doc, span.start, span.end - 1, label="ORG"))
    return out + [Span(doc, i, i + 1, label="PER") for i in found]


def _surname_word(text: str) -> bool:
    if len(text) < 4 or not text.isalpha() or not text[0].isupper() or text.isupper():
        return False
    found = parses(text)
    if any({"Geox", "Orgn"} & set(p.tag.grammemes) for p in found[:2]):
        return False  # «Ижевск», «Газпром»
    if any("Surn" in p.tag for p in found):
        return True
    if known(text) and any(p.tag.POS == "NOUN" and "anim" in p.tag for p in found[:2]):
        # «депутат Гусь», «глава поселения Мельник»: a word for a being or a trade, written
        # with a capital after a post, is a surname (a body after a post is inanimate:
        # «депутат Думы», «глава Администрации»)
        return True
    return not any(known(p.word) for p in found) and bool(SURNAME_SHAPE.search(text.lower()))


def _common(word: str) -> bool:
    found = parses(word)
    return any(known(p.word) for p in found) and not any(
        {"Name", "Surn", "Patr"} & set(p.tag.grammemes) for p in found
    )


def _cases(word: str, grammeme: str | None = None) -> set[str]:
    return {
        str(p.tag.case)
        for p in parses(word)
        if p.tag.case and (grammeme is None or grammeme in p.tag) and p.tag.number != "plur"
    }


def _surname_cases(word: str) -> set[str]:
    if any(known(p.word) for p in parses(word)):
        return _cases(word)
    return {"nomn"}


def _after_post(doc: Doc, i: int) -> bool:
    """A post head at most GAP words back, in the sentence, whose case the surname shares."""
    j = i - 1
    while j >= 0 and i - j <= GAP:
        token = doc[j]
        if not token.text[:1].isalpha():
            return False
        if token.text[:1].isupper() and not _common(token.text):
            return False  # «президента Ахмат-Хаджи Кадырова»: a first name the NER missed
        if is_head(token):
            # an unknown surname matched by its shape alone is in its dictionary form
            surname = _cases(doc[i].text, "Surn") or _surname_cases(doc[i].text)
            return bool(surname & _cases(token.text))
        if plural_post(token) and _listed(doc, i):
            # «Мнения депутатов (городской думы) Сокола и Жука»: the people a plural post
            # names stand in its case; a word for a being counts only beside another name
            return bool(_cases(doc[i].text, "anim") & _plural_cases(token.text))
        j -= 1
    return False


def _plural_cases(word: str) -> set[str]:
    return {str(p.tag.case) for p in parses(word) if p.tag.number == "plur" and p.tag.case}


def _listed(doc: Doc, i: int) -> bool:
    """«Сокола и Жука», «Сокола, Жука»: a capitalised word after «и» or a comma."""
    k = i + 1
    while k < len(doc) and doc[k].is_space:
        k += 1
    if k + 1 >= len(doc) or doc[k].text not in {",", "и"}:
        return False
    k += 1
    while k < len(doc) and doc[k].is_space:
        k += 1
    return k < len(doc) and doc[k].text[:1].isupper() and doc[k].text.isalpha()


def _followed(doc: Doc, i: int) -> bool:
    """A verb, punctuation or the end after it: not «глава администрации Ленина района»."""
    if i + 1 >= len(doc):
        return True
    nxt = doc[i + 1]
    if nxt.is_space or nxt.text in ENDS or nxt.text == "и":
        return True
    found = parses(nxt.text)
    return bool(found) and found[0].tag.POS in {"VERB", "PRTS", "ADVB"}
