"""The verb of saying before a name, past the one it was said to.

«…», — сказал журналистам Игорь Брагин; «…», — заверил собравшихся Олег Рыжов: a quote's
attribution often puts the addressee (a noun or pronoun in the dative, or a plural
participle taken as a noun in the genitive/accusative) between the verb and the speaker; the
speaker is still the one who said it.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .morph import parses

# cases an addressee takes after a verb of saying: «журналистам», «собравшихся», «их»
_ADDRESSEE_CASES = frozenset({"datv", "gent", "accs"})
_ADDRESSEE_POS = frozenset({"NOUN", "NPRO", "ADJF", "PRTF"})


def _addressee(word: str) -> bool:
    """A lower-case noun, pronoun or noun-like participle in an oblique case, never in the
    nominative (which would be the subject)."""
    if not word.isalpha() or not word[:1].islower():
        return False
    found = parses(word)
    if not found or found[0].tag.POS not in _ADDRESSEE_POS:
        return False
    cases = {p.tag.case for p in found if p.tag.POS in _ADDRESSEE_POS}
    return "nomn" not in cases and bool(cases & _ADDRESSEE_CASES)


def verb_before(doc: Doc, mention: int, prev) -> int:
    """The token before the name at ``mention``, or, when that is an addressee, the token
    before it («сказал журналистам Брагин» → «сказал»); ``prev`` steps back over spaces."""
    before = prev(mention)
    if before >= 1 and _addressee(doc[before].text):
        return prev(before)
    return before
