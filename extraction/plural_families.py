"""Two people sharing one surname said in the plural: «Хабир и Алсу Мухарлямовы», «поздравил
Ивана и Марию Петровых», «вручили Ильдару и Гульнаре Сабировым». The plural form in any case
gives each his or her own singular nominative; a first name before «и» that slovnet did not tag
(«Иван и Мария Петровы») is a mention too.

Only the pair shape counts: a lone «Боровых» or «Алексей Боровых» is a surname in -ых."""

from __future__ import annotations

from spacy.tokens import Doc

from .morph import title_case
from .names import POSSESSIVE_SUFFIX, Name, split_name

# plural endings of a possessive surname and the cases they are in
PLURAL_ENDINGS = (
    ("ыми", frozenset({"ablt"})),
    ("ых", frozenset({"gent", "accs", "loct"})),
    ("ым", frozenset({"datv"})),
    ("ы", frozenset({"nomn"})),
)


def plural_stem(surface: str) -> tuple[str, frozenset[str]] | None:
    """«Мухарлямовых» -> («Мухарлямов», genitive/accusative/locative); None for a word that is
    no plural of a surname in -ов/-ев/-ин."""
    low = surface.lower()
    for ending, cases in PLURAL_ENDINGS:
        stem = low[: -len(ending)]
        if low.endswith(ending) and POSSESSIVE_SUFFIX.match(stem):
            return title_case(stem), cases
    return None


def singular(surface: str, gender: str | None) -> str | None:
    """His or her own form of a surname said in the plural."""
    found = plural_stem(surface)
    if found is None or gender not in ("masc", "femn"):
        return None
    return found[0] + ("а" if gender == "femn" else "")


def _pair_before(doc: Doc, t_start: int) -> int | None:
    """The token of a capitalised word right before «и» before token ``t_start``."""
    if t_start < 2 or doc[t_start - 1].text != "и":
        return None
    word = doc[t_start - 2].text
    if not (word[:1].isupper() and word[1:].islower() and word.isalpha()):
        return None
    return t_start - 2


def family_members(doc: Doc, mentions: list) -> list:
    """Add the untagged first name of a pair before a plural surname («Иван и Мария Петровы»)."""
    taken = {i for m in mentions for i in range(m[3], m[4])}
    out = list(mentions)
    for name, _start, _end, t_start, t_end in mentions:
        if not name.has_full_first or t_end - t_start != 2:
            continue
        found = plural_stem(doc[t_end - 1].text)
        i = _pair_before(doc, t_start)
        if found is None or i is None or i in taken:
            continue
        first = split_name([doc[i].text], found[1])
        if first is None or first.middle or (first.last and first.first):
            continue
        word = first.first or first.last or ""
        gender = first.gender if first.first else None
        if gender is None and found[1] == frozenset({"nomn"}):
            gender = "femn" if word.endswith(("а", "я")) else "masc"  # «Хабир», «Алсу»: unknown
        lone = Name(None, word, None, gender)
        out.append((lone, doc[i].idx, doc[i].idx + len(doc[i].text), i, i + 1))
    return sorted(out, key=lambda m: m[1])


def plural_cases(surface: str) -> frozenset[str] | None:
    found = plural_stem(surface)
    return found[1] if found else None


def second_member(doc: Doc, t_start: int, t_end: int, name: Name) -> Name:
    """The second of the pair («Лилии Хасановым») re-read with its first name in the plural's
    case (the plural surname says nothing of the gender), in his or her own singular surname."""
    found = plural_stem(doc[t_end - 1].text)
    if found is None or t_end - t_start != 2:
        return name
    first = split_name([doc[t_start].text], found[1])
    if first is not None and first.first and not first.last and first.gender:
        name = Name(name.last, first.first, name.middle, first.gender, name.family_first)
    last = singular(doc[t_end - 1].text, name.gender)
    return Name(last, name.first, name.middle, name.gender, name.family_first) if last else name
