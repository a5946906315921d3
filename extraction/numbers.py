"""Russian cardinal numbers written in words: «полторы тысячи», «около трёхсот», «двести пять»,
collective numerals («трое», «пятеро») and counting nouns («сотня», «два десятка», «полсотни»).

Every case form of every numeral is generated once with pymorphy3, so reading a number is a
dictionary look-up per word.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extraction.morph import parses as morph_parses

_UNITS = {
    "ноль": 0, "один": 1, "два": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7,
    "восемь": 8, "девять": 9, "десять": 10, "одиннадцать": 11, "двенадцать": 12,
    "тринадцать": 13, "четырнадцать": 14, "пятнадцать": 15, "шестнадцать": 16,
    "семнадцать": 17, "восемнадцать": 18, "девятнадцать": 19, "двадцать": 20, "тридцать": 30,
    "сорок": 40, "пятьдесят": 50, "шестьдесят": 60, "семьдесят": 70, "восемьдесят": 80,
    "девяносто": 90, "сто": 100, "двести": 200, "триста": 300, "четыреста": 400,
    "пятьсот": 500, "шестьсот": 600, "семьсот": 700, "восемьсот": 800, "девятьсот": 900,
    "полтора": 1.5,
}  # fmt: skip
# Collective numerals count people (or pairs): «двое избранных», «"против" трое».
_COLLECTIVE = {
    "двое": 2, "трое": 3, "четверо": 4, "пятеро": 5, "шестеро": 6, "семеро": 7, "восьмеро": 8,
    "девятеро": 9, "десятеро": 10,
}  # fmt: skip
_SCALES = {
    "десяток": 10, "сотня": 100, "тысяча": 1_000, "миллион": 1_000_000,
    "миллиард": 1_000_000_000,
}  # fmt: skip
_HALF_SCALES = {"полтысячи": 500, "полмиллиона": 500_000, "полсотни": 50, "полусотня": 50}
WORD = re.compile(r"[А-Яа-яЁё]+")


def _norm(word: str) -> str:
    return word.lower().replace("ё", "е")


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[str, float]]:
    """Surface form -> ("unit" | "scale", value)."""
    table: dict[str, tuple[str, float]] = {}
    groups = [("unit", _UNITS), ("unit", _COLLECTIVE), ("scale", _SCALES), ("unit", _HALF_SCALES)]
    for kind, words in groups:
        for word, value in words.items():
            table[_norm(word)] = (kind, value)
            for p in morph_parses(word):
                if p.normal_form != word or p.tag.POS not in {"NUMR", "NOUN"}:
                    continue
                for f in p.lexeme:
                    # Look-ups only lower-case (they run on every word): keep «ё» and «е».
                    table.setdefault(_norm(f.word), (kind, value))
                    table.setdefault(f.word.lower(), (kind, value))
    # pymorphy3 tags «один» as an adjective; its singular forms count («одном», «одну»), the
    # plural ones do not («одни» is "only", "some").
    for p in morph_parses("один"):
        for f in p.lexeme:
            if f.tag.number == "sing":
                table.setdefault(_norm(f.word), ("unit", 1))
    table["полторы"] = ("unit", 1.5)
    table["полутора"] = ("unit", 1.5)
    table["полусотни"] = ("unit", 50)
    table["полутысячи"] = ("unit", 500)
    return table


@lru_cache(maxsize=1)
def _collective_forms() -> frozenset[str]:
    forms = {w for w in _COLLECTIVE}
    for word in _COLLECTIVE:
        for p in morph_parses(word):
            if p.normal_form == word:
                forms.update(_norm(f.word) for f in p.lexeme)
    return frozenset(forms)


def is_collective(word: str) -> bool:
    """«трое», «пятерых»: a numeral that by itself counts people."""
    return _norm(word) in _collective_forms()


@lru_cache(maxsize=1)
def numeral_pattern() -> str:
    """A regular expression for every numeral word form, as a prefix tree: a flat alternation
    of the ~600 forms is tried branch by branch at every position of a sentence."""
    trie: dict = {}
    for word in _table():
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict) -> str:
    ends = "" in node
    branches = [re.escape(char) + _trie_pattern(child) for char, child in node.items() if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 and not ends else "(?:" + "|".join(branches) + ")"
    if len(branches) == 1 and not ends:
        return body
    return body + ("?" if ends else "")


def word_value(word: str) -> tuple[str, float] | None:
    """("unit", 300) for «трёхсот», ("scale", 1000) for «тысяч», None for other words."""
    return _table().get(word.lower())


def parse_words(words: list[str]) -> tuple[float, int] | None:
    """Value of the longest numeral at the start of ``words`` and how many words it used.

    «двести пятьдесят тысяч» -> (250000, 3); «полторы тысячи» -> (1500, 2).
    """
    total, group, used, level, last_scale = 0.0, 0.0, 0, 4, float("inf")
    for word in words:
        hit = word_value(word)
        if hit is None:
            break
        kind, value = hit
        if kind == "unit":
            # Units only combine downwards: «двести пять», never «пять двести».
            new_level = 3 if value >= 100 else 2 if value >= 20 else 1
            if new_level >= level or (level == 2 and value >= 10) or value != int(value) and used:
                break
            group += value
            level = new_level
        else:
            # Scales only combine downwards too: «тысяча двести», never «сотня тысяч».
            if used and group == 0 or value >= last_scale:
                break
            total += (group or 1) * value
            group, level, last_scale = 0.0, 4, value
        used += 1
    if not used:
        return None
    return total + group, used


def only_number(span: str) -> bool:
    """«28», «двое», «один»: a figure's text that is a number without a noun."""
    return all(w.isdigit() or word_value(w) is not None for w in span.split())
