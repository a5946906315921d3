"""An adverb of degree before an adjective inside a post's body: «лидер крайне правой партии»,
«глава наиболее крупного холдинга».

Adverbs end a post phrase («глава района вчера открыл …»), but a word of degree right before an
adjective only grades that adjective, so the body, and the post with it, go on past it.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .lexicon import DEGREE_ADVERBS
from .morph import parses
from .word_steps import next_word


def grades_adjective(doc: Doc, i: int) -> bool:
    """Token i is a word of degree and the next word a full adjective or participle."""
    if doc[i].text.lower() not in DEGREE_ADVERBS:
        return False
    nxt = next_word(doc, i + 1)
    if nxt >= len(doc) or not doc[nxt].text[:1].islower():
        return False
    found = parses(doc[nxt].text)
    return bool(found) and found[0].tag.POS in {"ADJF", "PRTF"}
