"""Russian federal subjects and federal districts mentioned in a text, in any case form.

The table (``data/regions.json``) is hand-kept: pycountry has the ISO codes but Russian names
for only a third of the subjects and none for Crimea, the federal districts or colloquial
names. Every inflected form of every name word is generated once with pymorphy3, so matching
is one tokenizer pass plus dictionary look-ups — no morphology per call.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from extraction.morph import analyzer

_DATA = Path(__file__).resolve().parent / "data" / "regions.json"
_TOKEN = re.compile(r"[A-Za-zА-Яа-яЁё]+(?:-[A-Za-zА-Яа-яЁё]+)*")
_SPACE = re.compile(r"\s+")
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
    parses = [p for p in analyzer().parse(w) if _norm(p.word) == w]
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
    parses = analyzer().parse(surface)
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
        hkeys = _add_words(t, head.split())
        t.heads.setdefault(akey, {})[hkeys] = code
        t.head_phrases.add(hkeys)
    entries = [(code, name, False) for code, name in data["names"]]
    entries += [(code, name, True) for code, name in data["cities"]]
    # «Республики Татарстан» as well as «Татарстан».
    for code, name, _ in list(entries):
        if (
            t.names[code].startswith("Республика ")
            and " " not in name
            and not name.isupper()
            and not name.startswith("Республика")
        ):
            entries.append((code, "Республика " + name, False))
    for code, name, city in entries:
        words = name.split()
        exact = tuple(words) if any(_is_abbreviation(w) for w in words) else None
        keys = _add_words(t, words)
        t.phrases.setdefault(keys[0], []).append(_Phrase(keys, code, exact, city))
        if city and len(keys) == 1:
            t.ambiguous.update(
                s for s in _forms(words[0]) if _is_ambiguous(s, keys[0]) and s in t.forms
            )
    for plist in t.phrases.values():
        plist.sort(key=lambda p: -len(p.keys))
    return t


@dataclass(frozen=True)
class _Tok:
    start: int
    end: int
    text: str
    norm: str


def _tokens(text: str) -> list[_Tok]:
    return [_Tok(m.start(), m.end(), m.group(), _norm(m.group())) for m in _TOKEN.finditer(text)]


def _adjacent(text: str, a: _Tok, b: _Tok) -> bool:
    return _SPACE.fullmatch(text, a.end, b.start) is not None


def _match_head(text: str, toks: list[_Tok], i: int, t: _Tables) -> tuple[tuple[str, ...], int]:
    """Longest head noun phrase (``область``, ``автономный округ``) starting at token i."""
    best: tuple[tuple[str, ...], int] = ((), i)
    for head in t.head_phrases:
        j = i
        for k, key in enumerate(head):
            if j >= len(toks) or key not in t.forms.get(toks[j].norm, ()):
                break
            if k and not _adjacent(text, toks[j - 1], toks[j]):
                break
            j += 1
        else:
            if len(head) > len(best[0]):
                best = (head, j)
    return best


def _overlaps(span: tuple[int, int], locs: list[tuple[int, int]], starts: list[int]) -> bool:
    i = bisect_right(starts, span[1] - 1)
    return any(locs[k][1] > span[0] for k in range(max(0, i - 3), i))


def find_regions(text: str, locs: list[tuple[int, int]] | None = None) -> list[dict]:
    """Regions named in ``text``: one item per region, ordered by first mention.

    ``locs`` are NER LOC spans; city names that are also ordinary words or first names
    (Владимир, Орёл, Шахты) count only inside one of them, and never without ``locs``.
    """
    t = _tables()
    toks = _tokens(text)
    sorted_locs = sorted((int(s), int(e)) for s, e in locs or ())
    starts = [s for s, _ in sorted_locs]
    found: dict[str, set[tuple[int, int]]] = {}
    i, n = 0, len(toks)
    while i < n:
        tok = toks[i]
        keys = t.forms.get(tok.norm)
        if not keys or not tok.text[0].isupper():
            i += 1
            continue
        # Adjective chain + head noun: «Воронежской, Псковской, Калужской областях».
        if any(k in t.heads for k in keys):
            chain = [i]
            j = i + 1
            while j < n:
                k = j + 1 if toks[j].norm in {"и", "или"} and j + 1 < n else j
                if toks[k].norm == "также" and k + 1 < n:
                    k += 1
                nxt = toks[k]
                if (
                    nxt.text[0].isupper()
                    and any(x in t.heads for x in t.forms.get(nxt.norm, ()))
                    and _COORD.fullmatch(text, toks[chain[-1]].end, nxt.start)
                ):
                    chain.append(k)
                    j = k + 1
                else:
                    break
            last = toks[chain[-1]]
            head, after = _match_head(text, toks, chain[-1] + 1, t)
            if head and _adjacent(text, last, toks[chain[-1] + 1]):
                for idx in chain:
                    adjectives = t.forms[toks[idx].norm]
                    codes = [t.heads[k][head] for k in adjectives if head in t.heads.get(k, {})]
                    if codes:
                        end = toks[after - 1].end if idx == chain[-1] else toks[idx].end
                        found.setdefault(codes[0], set()).add((toks[idx].start, end))
                i = after
                continue
        # Proper names and cities: «Республики Татарстан», «Нижнем Новгороде», «ЦФО».
        matched = False
        for key in keys:
            for ph in t.phrases.get(key, ()):
                j = i
                for k, pkey in enumerate(ph.keys):
                    if j >= n or pkey not in t.forms.get(toks[j].norm, ()):
                        break
                    if k and not _adjacent(text, toks[j - 1], toks[j]):
                        break
                    if ph.exact is not None and toks[j].text != ph.exact[k]:
                        break
                    if pkey not in _GENERIC and not toks[j].text[0].isupper():
                        break
                    j += 1
                else:
                    span = (tok.start, toks[j - 1].end)
                    if (
                        ph.city
                        and len(ph.keys) == 1
                        and tok.norm in t.ambiguous
                        and not (sorted_locs and _overlaps(span, sorted_locs, starts))
                    ):
                        continue
                    found.setdefault(ph.code, set()).add(span)
                    i, matched = j, True
                    break
            if matched:
                break
        if not matched:
            i += 1
    items = [
        {"code": code, "name": t.names[code], "mentions": [list(s) for s in sorted(spans)]}
        for code, spans in found.items()
    ]
    items.sort(key=lambda r: (r["mentions"][0][0], r["code"]))
    return items
