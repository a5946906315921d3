"""Nominative normal form of a LOC/ORG phrase: inflect the head noun and the adjectives before it.

``мэрии Москвы`` -> ``мэрия Москвы``, ``Воронежской области`` -> ``Воронежская область``;
the genitive tail, quoted names and abbreviations stay as written.
"""

from __future__ import annotations

from functools import lru_cache

from pymorphy3.analyzer import Parse

from .lexicon import DEGREE_ADVERBS
from .morph import inflect, match_case, parses

ADJ_POS = {"ADJF", "PRTF", "NUMR"}


def is_word(text: str) -> bool:
    """An inflectable word: abbreviations (РФ, ЦФО) and numbers are left as written."""
    return text[:1].isalpha() and not (text.isupper() and len(text) > 1 and len(text) <= 6)


def normal_phrase(words: list[str], spaces: list[str] | None = None) -> str:
    """Tokens of the phrase (with the whitespace after each) -> nominative phrase text."""
    spaces = spaces if spaces is not None else [" "] * len(words)
    return _normal_phrase(tuple(words), tuple(spaces))


@lru_cache(maxsize=50_000)
def _normal_phrase(words: tuple[str, ...], spaces: tuple[str, ...]) -> str:
    out = list(words)
    idx = [i for i, w in enumerate(words) if not w.isspace()]
    if not idx:
        return _join(out, spaces)
    adjs: list[int] = []
    head: int | None = None
    for i in idx:
        w = words[i]
        if not is_word(w) or any(c in w for c in "«\"'"):
            break
        if w.lower() in DEGREE_ADVERBS:
            continue  # «крайне правого фронта»: the degree stays as written
        top = parses(w)[0] if parses(w) else None
        if top is not None and (
            top.tag.POS in ADJ_POS
            or _modifies_next(words, idx, i)
            or _surname_adjective(words, idx, i)
        ):
            adjs.append(i)
            continue
        head = i
        break
    if head is None:
        # only adjectives (``Подмосковного``) or nothing inflectable: normalise each adjective
        for i in adjs:
            out[i] = match_case(words[i], _nominative_adj(words[i], None, None, None) or words[i])
        return _join(out, spaces)
    hp = _pick_head(words[head], [words[i] for i in adjs])
    if hp is None:
        return _join(out, spaces)
    number = hp.tag.number or "sing"
    if hp.tag.case != "nomn":
        form = inflect(hp, {"nomn", number})
        if form:
            out[head] = match_case(words[head], form)
    for i in adjs:
        form = _nominative_adj(words[i], hp.tag.case, hp.tag.gender, number)
        if form:
            out[i] = match_case(words[i], form)
    return _join(out, spaces)


# Adjectives pymorphy3 reads as nouns first («главного», «главное»).
NOUN_ADJECTIVES = frozenset({"главное", "старший", "участковый", "дежурный", "рулевой"})


def _modifies_next(words: tuple[str, ...], idx: list[int], i: int) -> bool:
    """«главного врача»: a word read as a noun first («главное») that also has an adjective
    reading in the case of the noun after it."""
    after = [j for j in idx if j > i]
    if not after or parses(words[i])[0].normal_form not in NOUN_ADJECTIVES:
        return False
    nouns = {p.tag.case for p in parses(words[after[0]]) if p.tag.POS == "NOUN"}
    return any(p.tag.POS in ADJ_POS and p.tag.case in nouns for p in parses(words[i]))


def _surname_adjective(words: tuple[str, ...], idx: list[int], i: int) -> bool:
    """«Ключевского сельсовета»: a capitalised word read first as a surname that also has an
    adjective reading in the case of the lower-case noun after it names the place, not a person."""
    after = [j for j in idx if j > i]
    if not after or not words[i][:1].isupper() or not words[after[0]][:1].islower():
        return False
    if "Surn" not in parses(words[i])[0].tag:
        return False
    nouns = {p.tag.case for p in parses(words[after[0]]) if p.tag.POS == "NOUN"}
    return any(p.tag.POS in ADJ_POS and p.tag.case in nouns for p in parses(words[i]))


def _join(words: list[str], spaces: list[str]) -> str:
    """The phrase with its opening quote closed: spans end before the closing quote (the
    factRuEval convention), a normal form reads better whole («ТОС «Северный»»)."""
    text = "".join(w + s for w, s in zip(words, spaces, strict=False)).strip()
    if text.count("«") > text.count("»"):
        text += "»"
    elif text.count('"') % 2:
        text += '"'
    return text


def _pick_head(word: str, adjs: list[str]) -> Parse | None:
    """The noun parse whose case the preceding adjectives can share."""
    nouns = [p for p in parses(word) if p.tag.POS == "NOUN"]
    if not nouns:
        return None
    if adjs:
        for p in nouns:
            if all(
                any(a.tag.case == p.tag.case and a.tag.POS in ADJ_POS for a in parses(w))
                for w in adjs
            ):
                return p
    return nouns[0]


def _nominative_adj(word: str, case: str | None, gender: str | None, number: str | None) -> str:
    for p in parses(word):
        if p.tag.POS not in ADJ_POS:
            continue
        if case and p.tag.case != case:
            continue
        if number == "plur" and p.tag.number != "plur":
            continue
        if number == "sing" and gender and p.tag.gender and p.tag.gender != gender:
            continue
        grammemes = {"nomn", number or p.tag.number or "sing"}
        if (number or p.tag.number) != "plur" and (gender or p.tag.gender):
            grammemes.add(gender or p.tag.gender)
        form = inflect(p, grammemes)
        if form:
            return form
    return ""
