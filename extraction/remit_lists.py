"""Long remit lists of a commission or a committee: «комиссии по образованию, культуре,
молодёжной политике, физкультуре и спорту», «комиссии по вопросам молодёжной политики,
общественным объединениям и международным связям».

A comma inside such a list does not end the post phrase. The list opens with «по» and runs
over lower-case words and commas; it is closed by «и» before its last item. Reading back to
that «по» and ahead to that «и» over the whole list (not a fixed window of a few words) keeps
lists of four or five items whole.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .morph import parses

MAX_LIST = 24  # tokens of a remit list read back or ahead from a comma
LIST_POS = frozenset({"NOUN", "ADJF", "PRTF", "CONJ"})


def remit_start(doc: Doc, comma: int) -> int | None:
    """Token of the «по» that opens the remit list the comma at token ``comma`` is in."""
    i = comma - 1
    while i >= 0 and comma - i <= MAX_LIST:
        text = doc[i].text
        if text.lower() == "по":
            return i if i + 1 < comma and _list_word(doc[i + 1].text) else None
        if not (doc[i].is_space or text in {",", "-"} or _list_word(text)):
            return None
        i -= 1
    return None


def closed_list(doc: Doc, comma: int) -> bool:
    """The list goes on from the comma over lower-case words and commas to an «и» and one
    more word."""
    i = comma + 1
    while i < len(doc) and i - comma <= MAX_LIST:
        text = doc[i].text
        if text == "и":
            return i + 1 < len(doc) and _list_word(doc[i + 1].text)
        if not (doc[i].is_space or text in {",", "-"} or _list_word(text)):
            return False
        i += 1
    return False


def _list_word(text: str) -> bool:
    """A lower-case word of a remit list: a noun, an adjective («молодёжной»), «и»."""
    if not text.isalpha() or not text.islower():
        return "-" in text and text.islower()  # «жилищно-коммунальному»
    return any(p.tag.POS in LIST_POS for p in parses(text)[:2])
