"""A place in brackets between a fronted post and its verb: «Главой городского округа Шатура
(Московская область) был избран …», «Мэром Новоуральска (Свердловская область) стал …»,
«Председателем думы Лахденпохья (Карелия) избрана …».

News name the region of a town or district in brackets after it. In the predicate shape the
bracket stands between the post in the instrumental and the link verb; stepping back over it
finds where the post phrase ends, as over a body's abbreviation in brackets. Only a bracket of
place words is stepped over: capitalised words («Московская область», «Карелия», «ХМАО»), the
kind of place in lower case («область», «край», «республика», «автономный округ») and
hyphens; a bracket with any other word («(на фото)», «(29 из 31)») is no place.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .lexicon import GEO_DESCRIPTORS
from .morph import lemma
from .word_steps import prev_word

MAX_PLACE_WORDS = 4
# lower-case words of a region's name besides its kind: «автономный округ», «край»
PLACE_MODIFIERS = frozenset({"автономный", "автономная"})


def bracketed_place_start(doc: Doc, close: int) -> int | None:
    """The token before the bracket closed at token ``close`` when it holds only a place
    name («(Московская область)», «(Карелия)»); None otherwise."""
    i = close - 1
    words = 0
    while i >= 0:
        token = doc[i]
        text = token.text
        if text == "(":
            if words == 0:
                return None
            return prev_word(doc, i)
        if token.is_space or text == "-":
            i -= 1
            continue
        if not text.isalpha():
            return None
        words += 1
        if words > MAX_PLACE_WORDS:
            return None
        if not (
            text[:1].isupper() or text.lower() in PLACE_MODIFIERS or lemma(text) in GEO_DESCRIPTORS
        ):
            return None
        i -= 1
    return None
