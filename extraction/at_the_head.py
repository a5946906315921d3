"""«Во главе комиссии встал Александр Руденко», «Юрий Разумник встал во главу комиссии по
бюджету», «во главе района стоял Сергей Котов»: «во главе/во главу» of a body with a verb of
standing is heading it, as «возглавил» is (the body's post from HEADED_BODIES). The
imperfective past («стоял», «находился») is a post held before.
"""

from __future__ import annotations

from typing import Protocol

from pymorphy3.analyzer import Parse
from spacy.tokens import Doc

from .doc_view import view
from .morph import lemma, parses
from .people import Post


class PostScanner(Protocol):
    """What is read of ``posts.PostScanner`` (a protocol: posts imports this module)."""

    doc: Doc

    def _prev(self, i: int) -> int: ...
    def _next(self, i: int) -> int: ...
    def _headed_object(self, verb: int) -> tuple[str, str | None, str | None, int, int] | None: ...
    def _person_beside(self, left: int, right: int, participle: bool = False) -> int | None: ...


STANDING_VERBS = frozenset({"встать", "стать", "стоять", "находиться", "оказаться"})
AT_THE_HEAD = frozenset({"главе", "главу"})


def at_the_head_posts(finder: PostScanner) -> list[tuple[int, Post]]:
    """(mention start, post) for each «во главе/во главу» of a body beside a standing verb."""
    doc = finder.doc
    out = []
    lower = view(doc).lower  # strings first: a Token is built only where the word fits
    for i in (i for i, low in enumerate(lower) if low in AT_THE_HEAD and i > 0):
        token = doc[i]
        if doc[finder._prev(token.i)].text.lower() != "во":
            continue
        headed = finder._headed_object(token.i)
        if headed is None or headed[3] < token.i:
            continue  # the body follows «во главе»
        title, place, org, first, last = headed
        verb = _standing(finder, finder._prev(finder._prev(token.i)))
        if verb is None:
            verb = _standing(finder, finder._next(last + 1))
        if verb is None:
            continue
        where, parse = verb
        left, right = min(where, finder._prev(token.i)), max(where, last)
        subject = finder._person_beside(left, right)
        if subject is None:
            continue
        past = parse.tag.tense == "past" and parse.tag.aspect == "impf"
        end_char = doc[right].idx + len(doc[right])
        status = "former" if past else "current"
        post = Post(title, org, place, doc[left].idx, end_char, lemma(title.split()[0]), status)
        out.append((subject, post))
    return out


def _standing(finder: PostScanner, i: int) -> tuple[int, Parse] | None:
    if not 0 <= i < len(finder.doc):
        return None
    found = [p for p in parses(finder.doc[i].text)[:2] if p.tag.POS == "VERB"]
    if found and found[0].normal_form in STANDING_VERBS:
        return i, found[0]
    return None
