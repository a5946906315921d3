"""One person named once as «Ленара Ахметзянова» or «Саида Амирова» (her nominative, or his
genitive or accusative) and elsewhere as «Ленар Ахметзянов» or a bare «Амиров» (only his
nominative): the unambiguous mention says the ambiguous one is his too.

``group_people`` already joins such mentions into one person (through the surname's other
reading); this decides which reading the joined person is shown in."""

from __future__ import annotations

from collections.abc import Callable

from .names import Name


def _fold(s: str | None) -> str:
    return (s or "").lower().replace("ё", "е")


def his_surnames(names: list[Name]) -> set[str]:
    """Surnames read as his with no other reading (a nominative «Амиров», «Ленар Ахметзянов»)."""
    return {_fold(n.last) for n in names if n.last and n.gender == "masc" and not n.alternatives}


def ruled_out_as_hers(name: Name, his: set[str]) -> bool:
    """A reading as hers whose other reading as his is the surname named unambiguously."""
    return name.gender == "femn" and any(
        gender == "masc" and _fold(last) in his for last, gender in name.alternatives
    )


def his_reading(
    names: list[Name], best: Name, genitive_first: Callable[[str | None], str | None]
) -> Name | None:
    """``best`` (the fullest reading) re-read as his when another mention names him
    unambiguously: «Саида Амирова … Амиров» -> Саид Амиров. None when nothing says so."""
    his = his_surnames(names)
    if not his or not ruled_out_as_hers(best, his):
        return None
    last = next(lt for lt, g in best.alternatives if g == "masc" and _fold(lt) in his)
    return Name(last, genitive_first(best.first), best.middle, "masc", best.family_first)
