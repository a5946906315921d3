"""Russian federal subjects and federal districts mentioned in a text, in any case form.

The table (``data/regions.json``) is hand-kept: pycountry has the ISO codes but Russian names
for only a third of the subjects and none for Crimea, the federal districts or colloquial
names. Every inflected form of every name word is generated once with pymorphy3, so matching
is one regex pass over capitalised words plus dictionary look-ups — no morphology per call.
Cities (region capitals and cities of 100k+) stand for their region; a city form that is
also a common word or a first name (Владимир, Орла, Шахты) needs an NER LOC span around it.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from extraction.morph import parses as morph_parses

_DATA = Path(__file__).resolve().parent / "data" / "regions.json"
_TOKEN = re.compile(r"[A-Za-zА-Яа-яЁё]+(?:-[A-Za-zА-Яа-яЁё]+)*")
_CAPITAL = re.compile(r"(?<![A-Za-zА-Яа-яЁё-])[A-ZА-ЯЁ][A-Za-zА-Яа-яЁё]*(?:-[A-Za-zА-Яа-яЁё]+)*")
_SPACE = re.compile(r"\s+")
_REPUBLIC_BEFORE = re.compile(r"(?<![А-Яа-яЁё])(республик(?:а|и|е|у|ой|ою))\s+$", re.IGNORECASE)
# Between two coordinated adjectives: «Воронежской, Псковской и Калужской областях».
_COORD = re.compile(r"\s*(?:,\s*)?(?:(?:и|или|а\s+также)\s+)?", re.IGNORECASE)
# Words of a region name that are ordinary Russian and so may be written in lower case.
_GENERIC = {"республика", "область", "край", "автономный", "округ", "федеральный", "земля"}


def _is_abbreviation(word: str) -> bool:
    return "-" not in word and sum(c.isupper() for c in word) > 1


def _norm(word: str) -> str:
    return word.lower().replace("ё", "е")


@dataclass(frozen=True)
class _Phrase:
    keys: tuple[str, ...]
    code: str
    exact: tuple[str, ...] | None  # abbreviations must keep their case: «ЦФО», «СПб»
    city: bool
    republic: bool  # needs «Республика» before it: «Республика Коми»


@dataclass
class _Tables:
    names: dict[str, str]
    forms: dict[str, set[str]] = field(default_factory=dict)  # surface -> keys
    phrases: dict[str, list[_Phrase]] = field(default_factory=dict)  # first key -> phrases
    heads: dict[str, dict[tuple[str, ...], str]] = field(default_factory=dict)  # adj -> head
    head_phrases: set[tuple[str, ...]] = field(default_factory=set)
    ambiguous: set[str] = field(default_factory=set)  # city surfaces that are also words


def _forms(word: str, adjective: bool = False) -> set[str]:
    """All case/number/gender forms of a name word, from its best fitting pymorphy3 parse."""
    w = _norm(word)
    parses = [p for p in morph_parses(w) if _norm(p.word) == w]
    if adjective:
        chosen = [p for p in parses if p.tag.POS == "ADJF"]
    else:
        chosen = [p for p in parses if "Geox" in p.tag] or [
            p for p in parses if p.tag.POS in {"NOUN", "ADJF"}
        ]
    out = {w}
    for p in chosen[:3]:
        if "Fixd" in p.tag:
            continue
        out.update(_norm(f.word) for f in p.lexeme)
    return out


def _is_ambiguous(surface: str, key: str) -> bool:
    """A city form whose likeliest reading is not that place (Владимир, Шахты, Орла)."""
    parses = morph_parses(surface)
    top = parses[0] if parses else None
    return top is None or "Geox" not in top.tag or _norm(top.normal_form) != key


def _add_words(t: _Tables, words: list[str], adjective_first: bool = False) -> tuple[str, ...]:
    keys = []
    for i, word in enumerate(words):
        key = _norm(word)
        keys.append(key)
        for surface in _forms(word, adjective=adjective_first and i == 0):
            t.forms.setdefault(surface, set()).add(key)
    return tuple(keys)


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    data = json.loads(_DATA.read_text(encoding="utf-8"))
    t = _Tables(names=data["regions"])
    for code, adjective, head in data["adjectival"]:
        akey = _add_words(t, [adjective], adjective_first=True)[0]
        # «Калужская областная Дума», «Пермского краевого суда» name the region too.
        derived = {"область": "областной", "край": "краевой"}
        for h in (head, derived.get(head)):
            if h is not None:
                hkeys = _add_words(t, h.split())
                t.heads.setdefault(akey, {})[hkeys] = code
                t.head_phrases.add(hkeys)
    entries = [(code, name, False) for code, name in data["names"]]
    entries += [(code, name, True) for code, name in data["cities"]]
    for code, name, city in entries:
        words = name.split()
        # «Республика Коми»: the proper word alone is not enough, «республика» must precede.
        republic = words[0] == "Республика"
        words = words[1:] if republic else words
        exact = tuple(words) if any(_is_abbreviation(w) for w in words) else None
        keys = _add_words(t, words)
        t.phrases.setdefault(keys[0], []).append(_Phrase(keys, code, exact, city, republic))
        if city and len(keys) == 1:
            t.ambiguous.update(
                s for s in _forms(words[0]) if _is_ambiguous(s, keys[0]) and s in t.forms
            )
    for plist in t.phrases.values():
        plist.sort(key=lambda p: -len(p.keys))
    return t


def _word_after(text: str, pos: int, gap: re.Pattern[str] = _SPACE) -> re.Match[str] | None:
    """The word right after ``pos`` when only ``gap`` separates them."""
    m = gap.match(text, pos)
    if m is None:
        return None
    return _TOKEN.match(text, m.end())


def _match_head(text: str, pos: int, t: _Tables) -> tuple[tuple[str, ...], int]:
    """Longest head noun phrase (``область``, ``автономный округ``) right after ``pos``."""
    keys: list[set[str]] = []
    ends: list[int] = []
    for _ in range(2):
        m = _word_after(text, pos)
        if m is None:
            break
        keys.append(t.forms.get(_norm(m.group()), set()))
        ends.append(m.end())
        pos = m.end()
    best: tuple[tuple[str, ...], int] = ((), pos)
    for head in t.head_phrases:
        if len(head) <= len(keys) and len(head) > len(best[0]):
            if all(key in keys[k] for k, key in enumerate(head)):
                best = (head, ends[len(head) - 1])
    return best


def _overlaps(span: tuple[int, int], locs: list[tuple[int, int]], starts: list[int]) -> bool:
    i = bisect_right(starts, span[1] - 1)
    return any(locs[k][1] > span[0] for k in range(max(0, i - 3), i))


def _republic_before(text: str, start: int) -> int | None:
    m = _REPUBLIC_BEFORE.search(text, max(0, start - 16), start)
    return m.start(1) if m else None


def _match_phrase(
    text: str, m: re.Match[str], keys: set[str], t: _Tables
) -> tuple[_Phrase, int, int] | None:
    """Longest name or city phrase starting with the word ``m``: (phrase, start, end)."""
    for key in keys:
        for ph in t.phrases.get(key, ()):
            end, word = m.end(), m
            for k, pkey in enumerate(ph.keys):
                if k:
                    word = _word_after(text, end)
                    if word is None or pkey not in t.forms.get(_norm(word.group()), ()):
                        break
                if ph.exact is not None and word.group() != ph.exact[k]:
                    break
                if pkey not in _GENERIC and not word.group()[0].isupper():
                    break
                end = word.end()
            else:
                start = m.start()
                before = _republic_before(text, start)
                if ph.republic and before is None:
                    continue
                if before is not None and t.names[ph.code].startswith("Республика"):
                    start = before
                return ph, start, end
    return None


# «в ивановской области», «пермского края»: a region's adjective written in lower case, right
# before its head noun (only then: «московский» alone is no region)
_LOWER_BEFORE_HEAD = re.compile(
    r"(?<![A-Za-zА-Яа-яЁё-])[а-яё]+(?=\s+(?:област|кра[йяюеё]|краев|автономн))"
)


def _lower_adjectival(text: str, t: _Tables) -> list[tuple[str, tuple[int, int]]]:
    """(code, span) of each «ивановской области» written in lower case."""
    out = []
    for m in _LOWER_BEFORE_HEAD.finditer(text):
        adjectives = [k for k in t.forms.get(_norm(m.group()), ()) if k in t.heads]
        if not adjectives:
            continue
        head, end = _match_head(text, m.end(), t)
        codes = [t.heads[k][head] for k in adjectives if head and head in t.heads[k]]
        if codes:
            out.append((codes[0], (m.start(), end)))
    return out


def find_regions(text: str, locs: list[tuple[int, int]] | None = None) -> list[dict]:
    """Regions named in ``text``: one item per region, ordered by first mention.

    ``locs`` are NER LOC spans; city names that are also ordinary words or first names
    (Владимир, Орёл, Шахты) count only inside one of them, and never without ``locs``.
    """
    t = _tables()
    sorted_locs = sorted((int(s), int(e)) for s, e in locs or ())
    starts = [s for s, _ in sorted_locs]
    found: dict[str, set[tuple[int, int]]] = {}
    pos = 0
    while True:
        # Every region name starts with a capital: only those words are looked at.
        m = _CAPITAL.search(text, pos)
        if m is None:
            break
        pos = m.end()
        keys = t.forms.get(_norm(m.group()))
        if not keys:
            continue
        # Adjective chain + head noun: «Воронежской, Псковской, Калужской областях».
        if any(k in t.heads for k in keys):
            chain = [m]
            while True:
                nxt = _word_after(text, chain[-1].end(), _COORD)
                if (
                    nxt is None
                    or not nxt.group()[0].isupper()
                    or not any(x in t.heads for x in t.forms.get(_norm(nxt.group()), ()))
                ):
                    break
                chain.append(nxt)
            head, head_end = _match_head(text, chain[-1].end(), t)
            if head:
                for word in chain:
                    adjectives = t.forms[_norm(word.group())]
                    codes = [t.heads[k][head] for k in adjectives if head in t.heads.get(k, {})]
                    if codes:
                        end = head_end if word is chain[-1] else word.end()
                        found.setdefault(codes[0], set()).add((word.start(), end))
                pos = head_end
                continue
        # Proper names and cities: «Республики Татарстан», «Нижнем Новгороде», «ЦФО».
        hit = _match_phrase(text, m, keys, t)
        if hit is None:
            continue
        ph, start, end = hit
        if (
            ph.city
            and len(ph.keys) == 1
            and _norm(m.group()) in t.ambiguous
            and not (sorted_locs and _overlaps((start, end), sorted_locs, starts))
        ):
            continue
        found.setdefault(ph.code, set()).add((start, end))
        pos = end
    for code, span in _lower_adjectival(text, t):
        if not any(a <= span[0] < b for spans in found.values() for a, b in spans):
            found.setdefault(code, set()).add(span)
    items = [
        {"code": code, "name": t.names[code], "mentions": [list(s) for s in sorted(spans)]}
        for code, spans in found.items()
    ]
    items.sort(key=lambda r: (r["mentions"][0][0], r["code"]))
    return items
