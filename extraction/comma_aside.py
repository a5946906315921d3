"""A comma-bounded aside about the predecessor between a fronted post and the verb that fills
it: «Председателем Общественного совета, вместо сложившей полномочия Александры Яковой, члены
совета избрали Николая Юрченко».

Without the commas the aside was already read («вместо …» names whom the new holder replaces);
with them the post phrase seemed to end at the closing comma. The aside is stepped over when it
opens with «вместо» or «взамен» and closes within a dozen words, with no sentence end inside.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .word_steps import prev_word

ASIDE_OPENERS = frozenset({"вместо", "взамен"})
MAX_ASIDE = 12
_ENDS = frozenset({".", "!", "?", ";", ":", "—", "–", "(", ")"})


def comma_aside_start(doc: Doc, close: int) -> int | None:
    """The last token before the opening comma of an aside closed by the comma at token
    ``close``; None when no such aside ends there."""
    if close < 0 or doc[close].text != ",":
        return None
    i = close - 1
    while i >= 0 and close - i <= MAX_ASIDE:
        text = doc[i].text
        if text in _ENDS or "\n" in text:
            return None
        if text == ",":
            opener = i + 1
            while opener < close and doc[opener].is_space:
                opener += 1
            if opener < close and doc[opener].text.lower() in ASIDE_OPENERS:
                before = prev_word(doc, i)
                return before if before >= 0 else None
            return None
        i -= 1
    return None
