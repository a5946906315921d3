"""How a vote tally reads to a person (the document page) and in a spreadsheet (CSV exports),
so every place that shows votes says the same thing."""

from __future__ import annotations

SIDES = (("for", "за"), ("against", "против"), ("abstained", "воздержались"))
CSV_COLUMNS = ("votes_for", "votes_against", "votes_abstained")


def tally_text(vote: dict) -> str:
    """«за — 25, против — 2, воздержались — 1», or «единогласно» (with «за — 25» when the
    text says how many); a side the text does not give is left out."""
    if vote.get("unanimous"):
        count = vote.get("for")
        return "единогласно" if count is None else f"единогласно, за — {count}"
    parts = [f"{label} — {vote[side]}" for side, label in SIDES if vote.get(side) is not None]
    return ", ".join(parts)


def csv_cells(doc: dict) -> dict[str, str]:
    """One cell per side: the document's tallies in order, joined by "; " (an empty place
    where a tally does not give that side), so the n-th numbers of the cells are one tally."""
    votes = [v for v in doc.get("votes") or [] if isinstance(v, dict)]
    return {
        column: "; ".join("" if v.get(side) is None else str(v[side]) for v in votes)
        for column, (side, _) in zip(CSV_COLUMNS, SIDES, strict=True)
    }
