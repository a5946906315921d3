"""«помощники депутатов Сергея Пахомова и Ильи Ракитина»: the names are the deputies.

A plural dependent head («помощники», «заместители», «советники»), then a plural genitive post
noun, then names in the genitive: the names complement that noun, so each of them holds the
genitive post («депутат»), not the head's («помощник депутата»). «Помощники депутатов Анна
Ветрова и Ирина Лосева» (nominative names) keep the head's post.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from spacy.tokens import Doc

from .doc_view import view
from .morph import lemma, parses
from .people import Post
from .superior_names import DEPENDENT_HEADS


def _word_at(doc: Doc, char: int) -> int | None:
    """The first non-space token starting at or after ``char`` (a bisection: called per post,
    a scan of the whole doc would make a long page quadratic)."""
    shown = view(doc)
    i = bisect_left(shown.idx, char)
    while i < len(shown.idx) and shown.space[i]:
        i += 1
    return i if i < len(shown.idx) else None


def _plural_dependent(word: str) -> bool:
    found = parses(word)
    return (
        bool(found)
        and all(p.tag.POS == "NOUN" and p.tag.number == "plur" for p in found[:1])
        and lemma(word) in DEPENDENT_HEADS
    )


def _plural_genitive_noun(word: str) -> bool:
    found = parses(word)
    return bool(found) and any(
        p.tag.POS == "NOUN" and p.tag.number == "plur" and p.tag.case == "gent" for p in found[:1]
    )


def _genitive_only(word: str) -> bool:
    """A first name or surname read as genitive and never as a nominative singular."""
    found = parses(word)
    return (
        bool(found)
        and any(p.tag.case == "gent" for p in found)
        and not any(p.tag.case == "nomn" and p.tag.number == "sing" for p in found)
    )


def superiors_post(doc: Doc, post: Post) -> Post | None:
    """The genitive post the named superiors hold, when ``post`` is «помощники депутатов»
    followed by genitive names; else None."""
    first = _word_at(doc, post.start)
    if first is None or not _plural_dependent(doc[first].text):
        return None
    second = first + 1
    while second < len(doc) and doc[second].is_space:
        second += 1
    if second >= len(doc) or not _plural_genitive_noun(doc[second].text):
        return None
    name = _word_at(doc, post.end)
    if name is None or not doc[name].text[:1].isupper() or not _genitive_only(doc[name].text):
        return None
    words = post.title.split()
    if len(words) < 2:
        return None
    noun = lemma(doc[second].text)
    title = " ".join([noun, *words[2:]])
    return replace(post, title=title, head=noun, start=doc[second].idx)
