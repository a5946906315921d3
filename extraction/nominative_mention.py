"""Is a mention of a person in the nominative?

A long passage names several people in one sentence, most of them in oblique cases
(«Распоряжением губернатора Сергея Белякова … назначен Роман Журавлёв»); a subject pronoun in
the next sentence («До этого он …») stands for the sentence's subject, the one named in the
nominative.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .morph import parses

_NAME_TAGS = ("Name", "Surn", "Patr")


def nominative_mention(doc: Doc, start: int, end: int) -> bool:
    """Every word of the mention read as a name can be a nominative one («Роман Журавлёв»;
    not «Сергея Белякова»); words with no reading as a name («Сомов», taken for «сомов») do
    not count, and at least one word must."""
    seen = False
    for token in doc[start:end]:
        if not token.text.isalpha() or len(token.text) < 2:
            continue
        names = [p for p in parses(token.text) if any(t in p.tag for t in _NAME_TAGS)]
        if not names:
            continue
        seen = True
        if not any(p.tag.case == "nomn" for p in names):
            return False
    return seen
