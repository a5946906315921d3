"""«По данным СМИ, экс-глава Кыштыма станет председателем …», «Как сообщается, новый замглавы
…»: a sentence may open with a short lead naming its source before its subject; that opening is
stepped over where a sentence's opening word is read (a bare post standing as the subject)."""

from __future__ import annotations

from spacy.tokens import Doc

# the first words of a source lead, lower case, as a sequence
LEADS = (
    ("по", "данным"),
    ("по", "информации"),
    ("по", "сведениям"),
    ("по", "словам"),
    ("как", "сообщает"),
    ("как", "сообщается"),
    ("как", "сообщили"),
    ("как", "стало", "известно"),
)
MAX_LEAD = 6  # words from the opening phrase's first word to its comma


def past_source_lead(
    doc: Doc, k: int, end: int, named: set[int] | frozenset[int] = frozenset()
) -> int:
    """The token after the comma of a source lead opening at ``k`` (before ``end``), else ``k``.
    A lead that names someone (a token in ``named``) is kept: «По словам Ивана Петрова, …»."""
    words = [doc[j].text.lower() for j in range(k, min(k + 3, end))]
    if not any(tuple(words[: len(lead)]) == lead for lead in LEADS):
        return k
    for j in range(k, min(k + MAX_LEAD + 1, end)):
        if j in named:
            return k
        if doc[j].text == ",":
            nxt = j + 1
            while nxt < end and doc[nxt].is_space:
                nxt += 1
            return nxt if nxt < end else k
    return k
