"""One office however a post names it — the key the office registry, the person page and
office watches group posts by.

«глава» of «Администрация Уфы» in Уфа and «глава администрации» in Уфа are the words {глава,
администрация} at Уфа. A title whose complement is only the kind of place («глава города»,
«глава района») and that names no place is the holder's office of that kind in the one place
they hold it elsewhere («глава» of Зареченск): a reader of the town's news takes «глава
города» to be the town's head, and one person's «глава города» and «глава / Зареченск» are one
office.
"""

from __future__ import annotations

from collections.abc import Iterable

from extraction.lang.towns import town_of
from search.facts import lemma_key

# Kinds of place a title names generically; a place with no kind word is a town.
PLACE_KINDS = frozenset(
    "город район округ поселение область край республика село посёлок поселок станица".split()
)
TOWN_KINDS = frozenset({"город", "поселение", "село", "посёлок", "поселок", "станица"})
# «глава городской администрации» is «глава администрации города».
KIND_ADJECTIVES = {
    "городской": "город",
    "районный": "район",
    "областной": "область",
    "краевой": "край",
    "окружной": "округ",
    "республиканский": "республика",
}

Office = tuple[str, str]


def office_key(title: str, org: str | None, place: str | None) -> Office:
    """(the title's and organisation's lemmas without the place's own, the place's lemmas).
    A town's adjective in a city body's name is that town: «Калужская городская Дума» is the
    «Городская Дума» of Калуга, with or without the place given."""
    where = lemma_key(place or "")
    words = {KIND_ADJECTIVES.get(w, w) for w in lemma_key(f"{title} {org or ''}").split()}
    words -= set(where.split())
    if words & PLACE_KINDS == {"город"}:
        towns = {w: lemma_key(town) for w in words if (town := town_of(w))}
        named = {w for w, town in towns.items() if not where or town == where}
        if len(named) == 1:
            adjective = named.pop()
            words.discard(adjective)
            where = where or towns[adjective]
    return " ".join(sorted(words)), where


def town_name(where: str) -> str:
    """A place key as a name to show: «калуга» → «Калуга»."""
    return "-".join(part.capitalize() for part in where.split("-")) if where else ""


def placed_as(office: Office, held: Iterable[Office]) -> Office:
    """The office among ``held`` (the same holder's offices) that a placeless one stands
    for: «глава города» is the «глава» of the one town they head, «глава администрации» their
    one «глава администрации» of a place or, failing that, of a kind of place («… города»);
    ``office`` itself when there is none or more than one."""
    words, where = office
    if where:
        return office
    own = set(words.split())
    kinds = own & PLACE_KINDS
    bare = own - kinds
    if not bare:
        return office
    placed, specific = set(), set()
    for other in held:
        other_words, other_where = other
        other_own = set(other_words.split())
        if other == office or other_own - PLACE_KINDS != bare:
            continue
        if other_where:
            place_kinds = set(other_where.split()) & PLACE_KINDS
            if kinds <= (place_kinds or TOWN_KINDS):
                placed.add(other)
        elif not kinds and other_own & PLACE_KINDS:
            specific.add(other)
    found = placed or specific
    return found.pop() if len(found) == 1 else office
