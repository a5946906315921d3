"""Plural posts before names: «депутаты Е.С. Кулагина, П.П. Зорин», «члены комиссии Сокол и
Жук». A plural post names the people after it in its own case (apposition); in the nominative
it governs no genitive, so «Кулагина» after it is her nominative, not his genitive.

Kept apart from ``post_heads`` (whose heads are singular: one person holds one post) and from
``people`` (which only asks).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .morph import parses
from .post_heads import is_head_word

STOPS = frozenset({".", ",", "!", "?", ":", ";", "—", "–", "(", ")", "«", "»"})


def plural_post(token: Token) -> bool:
    """«депутаты», «членам», «педагогов»: a plural noun whose lemma names a post."""
    nouns = [p for p in parses(token.text) if p.tag.POS == "NOUN"]
    # the likeliest reading: «члены» is plural, «учителя» is first of all his genitive
    return bool(nouns) and nouns[0].tag.number == "plur" and is_head_word(nouns[0].normal_form)


def plural_nominative_post_before(doc: Doc, start: int) -> bool:
    """The phrase right before the name is headed by a plural post that reads only as a
    nominative («депутаты», «члены комиссии», «депутаты городской думы»), past its genitive
    complements and adjectives; a verb or punctuation ends the phrase. «депутатов Н.В. Лариной»
    (a genitive) and «доклад депутата …» (singular) do not count."""
    for j in range(start - 1, max(-1, start - 6), -1):
        token = doc[j]
        if token.is_space:
            continue
        if token.text in STOPS or "\n" in token.text or not token.text.isalpha():
            return False
        found = parses(token.text)
        if not found or found[0].tag.POS in {"VERB", "INFN", "PRTS", "PREP", "CONJ"}:
            return False
        if plural_post(token):
            plural = [p for p in found if p.tag.POS == "NOUN" and p.tag.number == "plur"]
            # a being's accusative plural is its genitive: «члены» is nominative only
            beings = [p for p in plural if "anim" in p.tag] or plural
            return {p.tag.case for p in beings} == {"nomn"}
        if any(e.type == "PER" and e.token_start <= j < e.token_end for e in doc._.entities):
            return False  # another name ends the post phrase
    return False
