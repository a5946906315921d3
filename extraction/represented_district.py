"""A deputy said by the district he represents: «Светлана Кравец, представляющая Тенькинский
округ в Магаданской областной Думе», «Шакиров, который представляет в городском Совете округ
№ 12». Regional news often names a deputy so, by the seat and not the title; the body after «в»
is the one he sits in, and the post is its deputy («депутат Магаданской областной Думы»).
«представлявший» (the imperfective past) was a seat held before.
"""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Doc

from .morph import inflect, lemma, parses
from .people import Post


class PostScanner(Protocol):
    """What is read of ``posts.PostScanner`` (a protocol: posts imports this module)."""

    doc: Doc
    lower: list[str]

    def _person_beside(self, left: int, right: int, participle: bool = False) -> int | None: ...


# the bodies a district sends a deputy to
LEGISLATURES = frozenset(
    """дума гордума совет горсовет собрание заксобрание курултай хурал парламент госсовет
    ил-тумэн""".split()
)
CLAUSE_ENDS = frozenset({".", "!", "?", ";", ",", "—", "–", "(", ")"})
WINDOW = 10  # words from the verb to the end of «округ № 12 в Магаданской областной Думе»


def district_posts(scanner: PostScanner) -> list[tuple[int, Post]]:
    """(mention start, post) of each person said to represent a district in a legislature."""
    doc = scanner.doc
    out = []
    for verb in range(len(doc)):
        if not scanner.lower[verb].startswith("представл"):
            continue
        found = parses(doc[verb].text)
        if not found or found[0].normal_form != "представлять":
            continue
        if found[0].tag.POS not in {"VERB", "PRTF"}:
            continue
        words = []
        for j in range(verb + 1, min(len(doc), verb + 1 + WINDOW)):
            if doc[j].text in CLAUSE_ENDS:
                break
            words.append(j)
        if not any(lemma(doc[j].text) == "округ" for j in words):
            continue
        body = _body(scanner, words)
        if body is None:
            continue
        first, noun = body
        subject = scanner._person_beside(verb, verb, participle=found[0].tag.POS == "PRTF")
        if subject is None:
            continue
        title = "депутат " + " ".join(_genitive(doc[j].text) for j in range(first, noun + 1))
        past = found[0].tag.tense == "past" and found[0].tag.aspect == "impf"
        end = max(words[-1], noun)
        post = Post(
            title,
            None,
            None,
            doc[verb].idx,
            doc[end].idx + len(doc[end]),
            "депутат",
            "former" if past else "current",
        )
        out.append((subject, post))
    return out


def _body(scanner: PostScanner, words: list[int]) -> tuple[int, int] | None:
    """(first token, noun) of «в (Магаданской областной) Думе» among the words; not the
    Federation Council, whose members are senators, not deputies."""
    doc = scanner.doc
    for k, j in enumerate(words):
        if scanner.lower[j] not in {"в", "во"}:
            continue
        for noun in words[k + 1 : k + 5]:
            if lemma(doc[noun].text) in LEGISLATURES:
                after = noun + 1
                if after < len(doc) and scanner.lower[after].startswith("федерац"):
                    return None
                return words[k + 1], noun
            if not all(p.tag.POS in {"ADJF", "ADJS"} for p in parses(doc[noun].text)[:1]):
                break
    return None


def _genitive(word: str) -> str:
    """The word of «в Магаданской областной Думе» in the genitive, its capital kept."""
    found = parses(word)
    form = inflect(found[0], {"gent", "sing"}) if found else None
    form = form or word.lower()
    return form[:1].upper() + form[1:] if word[:1].isupper() else form
