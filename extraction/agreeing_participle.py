"""The case a name is in, told by a participle that agrees with it after its comma.

«Руслану Тамбиеву, руководившему городом, вменяют растрату»: «Руслану Тамбиеву» reads as her
accusative (Руслана Тамбиева) or his dative (Руслан Тамбиев), and nothing before the name
decides. The participle of the clause that describes the person agrees with the name in case
(«руководившему» is a dative), so its cases choose the reading where the words before the name
say nothing.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .morph import parses


def participle_cases(doc: Doc, end: int) -> frozenset[str] | None:
    """The cases of a full participle right after the comma that follows the name ending at
    token ``end`` (exclusive), when every reading of that word is a participle; else None."""
    i = end
    while i < len(doc) and doc[i].is_space:
        i += 1
    if i + 1 >= len(doc) or doc[i].text != ",":
        return None
    found = parses(doc[i + 1].text)
    if not found or any(p.tag.POS != "PRTF" for p in found):
        return None
    cases = frozenset(p.tag.case for p in found if p.tag.case)
    return cases or None
