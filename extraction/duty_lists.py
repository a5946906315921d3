"""Acting posts handed out in a list after a colon: «Остальным членам кабмина губернатор
поручил исполнять обязанности: первого заместителя губернатора — Алексею Шмыкову;
вице-губернатора — Олегу Чемезову; заместителя губернатора — Ивану Детчене;».

Each item is a post in the genitive (the duties of whom), a dash and the name of the one who
is to carry them out, in the dative; items end at a semicolon (or the end of the text). Each
name holds its item's post, acting. An item without a dash and a name right after it ends
the list.
"""

from __future__ import annotations

from typing import Any

from .morph import lemma
from .post_heads import is_head
from .word_steps import next_word

DASHES = frozenset({"-", "–", "—"})
MAX_ITEM_WORDS = 12
MAX_ITEMS = 20
MAX_SEGMENTS = 2
MAX_AHEAD = 8
DUTY_WORDS = frozenset({"обязанность", "полномочие"})


def duty_list(finder, colon: int) -> list[tuple[int, Any]]:
    """(mention start, acting post) for each «post — name;» item after the colon at token
    ``colon``; ``finder`` is the posts finder of the document (``posts`` imports this module,
    so neither it nor its ``Post`` is named here)."""
    doc = finder.doc
    out = []
    i = next_word(doc, colon + 1)
    for _ in range(MAX_ITEMS):
        segments = []  # «заместителя губернатора — руководителя аппарата — Ивану Детчене»
        name = i
        while name < len(doc) and name not in finder.per and len(segments) < MAX_SEGMENTS:
            dash = _dash_after(finder, name)
            if dash is None:
                return out
            segments.append((name, dash))
            name = next_word(doc, dash + 1)
        if not segments or name >= len(doc) or name not in finder.per:
            return out
        person = finder.per[name]
        for start, dash in segments:
            post = finder.make_post(start, dash)
            post.status = "acting"
            out.append((person.token_start, post))
        end = next_word(doc, person.token_end)
        if end >= len(doc) or doc[end].text != ";":
            return out
        i = next_word(doc, end + 1)
    return out


def _dash_after(finder, i: int) -> int | None:
    """The dash ending a post phrase in the genitive that starts at token ``i``."""
    doc = finder.doc
    dash = i
    while dash < len(doc) and doc[dash].text not in DASHES and dash - i < MAX_ITEM_WORDS:
        if doc[dash].text in {";", ".", ":"} or dash in finder.per:
            return None
        dash += 1
    if dash >= len(doc) or doc[dash].text not in DASHES:
        return None
    if not any(is_head(doc[j]) for j in range(i, dash)):
        return None
    return dash


def duty_list_ahead(finder, verb: int) -> list[tuple[int, Any]]:
    """The list of «исполнять до сформирования правительства обязанности: …»: the duties
    word a few words after the verb at token ``verb`` (past a span «до …»), then a colon."""
    doc = finder.doc
    j = next_word(doc, verb + 1)
    for _ in range(MAX_AHEAD):
        if j >= len(doc) or doc[j].text in {".", ";", ":", ",", "!", "?"} or j in finder.per:
            return []
        if lemma(doc[j].text) in DUTY_WORDS:
            colon = next_word(doc, j + 1)
            if colon < len(doc) and doc[colon].text == ":":
                return duty_list(finder, colon)
            return []
        j = next_word(doc, j + 1)
    return []
