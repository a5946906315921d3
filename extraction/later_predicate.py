"""«Позднее Александра Сергеева многие годы проработала телятницей»: the past-tense verb
whose gender tells her nominative from his genitive need not stand right after the name; an
adverbial of a few words («многие годы», «долгое время», «в 1990 году») may come between.
The verb is looked for past such words only: no comma, no other capitalised word, no
conjunction and no noun that could be a subject of its own."""

from __future__ import annotations

from spacy.tokens import Doc

from .morph import parses

MAX_GAP = 4
STOP_WORDS = {"и", "а", "но", "или", "что", "как", "который", "которая", "которые"}


def opens_clause(doc: Doc, start: int) -> bool:
    """The name opens its clause: nothing before it, a punctuation mark, or an adverb or a
    conjunction («Позднее», «Затем», «и») — no word that could govern it or agree with it."""
    i = start - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i < 0 or not doc[i].text.isalpha():
        return True
    found = parses(doc[i].text)
    return any(p.tag.POS in {"ADVB", "COMP", "CONJ", "PRCL"} for p in found)


def later_verb_gender(doc: Doc, end: int) -> str | None:
    """The gender of a past-tense verb or short participle a few adverbial words after ``end``
    (``end`` itself is left to the caller's check of the word right after the name)."""
    i, seen = end, 0
    while i < len(doc) and seen <= MAX_GAP:
        token = doc[i]
        i += 1
        if token.is_space:
            continue
        text = token.text
        if not text.isalpha() and not text.isdigit():
            return None
        if text.lower() in STOP_WORDS or (seen and text[:1].isupper()):
            return None
        found = parses(text)
        best = found[0] if found else None
        if best is not None and best.tag.POS in {"VERB", "PRTS", "INFN"}:
            # a short participle («… директором назначена Алина Сомова») has its subject after it
            if seen == 0 or best.tag.POS != "VERB" or best.tag.number != "sing":
                return None
            if best.tag.tense != "past":
                return None
            return best.tag.gender if best.tag.gender in {"masc", "femn"} else None
        if (
            best is not None
            and best.tag.POS in {"NOUN", "NPRO"}
            and (best.tag.case == "nomn" and best.tag.number == "sing")
        ):
            return None  # «Петрова жена встретила»: another subject
        seen += 1
    return None
