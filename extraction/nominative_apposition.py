"""A name with a nominative post after a comma is itself nominative: «В заседании приняли
участие Савочкина Л. Н., заместитель главы администрации района» is Савочкина (a woman), not
the accusative of Савочкин the verb «приняли» would make of it.

The apposition agrees with its name in case, and the head nouns of posts («заместитель»,
«председатель», «глава», «директор») have a nominative form no other case shares, so a
nominative head right after «Фамилия И. О.,» settles the name's case before the verbs of the
clause are asked. The apposition must run to the end of its clause with no finite verb of its
own (not «Поздравили Иванова, директор школы вручил ему грамоту»).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from .morph import parses
from .post_heads import is_head

NAME_SPAN = 5  # surname, first name and patronymic or two initials with their dots


def _name_end(doc: Doc, start: int) -> int:
    """The token after a name that starts at ``start``: capitalised words and initials."""
    i = start
    while i < len(doc) and i - start < NAME_SPAN:
        text = doc[i].text
        if text == "." or (text[:1].isupper() and text.replace(".", "").replace("-", "").isalpha()):
            i += 1
            continue
        break
    return i


MAX_APPOSITION = 60  # tokens an apposition may run before it is no longer read as one


def nominative_apposition(doc: Doc, start: int, finite_verb: Callable[[str], bool]) -> bool:
    """The name at ``start`` is followed by «, <post head in the nominative only> …» up to the
    end of its clause, with no finite verb in that apposition."""
    comma = _name_end(doc, start)
    if comma == start or comma + 1 >= len(doc) or doc[comma].text != ",":
        return False
    head = doc[comma + 1]
    if not is_head(head):
        return False
    cases = {p.tag.case for p in parses(head.text) if p.tag.POS == "NOUN"}
    if cases != {"nomn"}:
        return False
    for token in doc[comma + 2 : comma + 2 + MAX_APPOSITION]:  # bounded on a page without stops
        if token.text in {".", ";", "!", "?", ",", "—", "–"} or "\n" in token.text:
            break
        if finite_verb(token.text):
            return False
    return True
