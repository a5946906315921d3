"""One person named once as «Ленара Ахметзянова» or «Саида Амирова» (her nominative, or his
genitive or accusative) and elsewhere as «Ленар Ахметзянов» or a bare «Амиров» (only his
nominative): the unambiguous mention says the ambiguous one is his too.

``group_people`` already joins such mentions into one person (through the surname's other
reading); this decides which reading the joined person is shown in."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from .names import Name


def _fold(s: str | None) -> str:
    return (s or "").lower().replace("ё", "е")


def his_surnames(doc: Doc, mentions: list) -> set[str]:
    """Surnames read as his with no other reading and written as that nominative (a bare
    «Амиров», «Ленар Ахметзянов»), never an oblique «Кадырову» read as his dative."""
    return {
        _fold(name.last)
        for name, _start, _end, _t_start, t_end in mentions
        if name.last
        and name.gender == "masc"
        and not name.alternatives
        and _fold(doc[t_end - 1].text) == _fold(name.last)
    }


def ruled_out_as_hers(name: Name, his: set[str]) -> bool:
    """A reading as hers whose other reading as his is the surname named unambiguously."""
    return name.gender == "femn" and any(
        gender == "masc" and _fold(last) in his for last, gender in name.alternatives
    )


def his_reading(
    best: Name, his: set[str], genitive_first: Callable[[str | None], str | None]
) -> Name | None:
    """``best`` (the fullest reading) re-read as his when another mention names him
    unambiguously: «Саида Амирова … Амиров» -> Саид Амиров. None when nothing says so."""
    if not his or not ruled_out_as_hers(best, his):
        return None
    last = next(lt for lt, g in best.alternatives if g == "masc" and _fold(lt) in his)
    return Name(last, genitive_first(best.first), best.middle, "masc", best.family_first)
