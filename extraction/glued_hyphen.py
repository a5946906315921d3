"""A hyphen glued to a capitalised word and followed by a space, typed for a dash: «Председателем
стал Илья Петухов- молодой сотрудник института», «Директор школы Анна Белова- о планах».

The rules read a dash only as a token of its own, so «Петухов-» kept the hyphen in the surname
and lost the post on either side. Such a hyphen is read as « —» (a space is put before it). A
suspended hyphen of a compound («Северо- и Южно-Курильский», «Ханты- или …») stays: the next
word is a conjunction.
"""

from __future__ import annotations

import re

GLUED_HYPHEN = re.compile(r"(?<=[а-яё])-(?= (?!(?:и|или|либо|а)\b)\S)")
_WORD_BEFORE = re.compile(r"(?<![\w-])[А-ЯЁ][а-яё]+$")


def glued_hyphens(text: str) -> list[int]:
    """Offsets of the hyphens in ``text`` to read as « —»."""
    found = []
    for match in GLUED_HYPHEN.finditer(text):
        if _WORD_BEFORE.search(text[max(0, match.start() - 40) : match.start()]):
            found.append(match.start())
    return found
