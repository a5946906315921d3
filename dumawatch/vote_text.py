"""How a vote tally reads to a person (the document page and the CLI)."""

from __future__ import annotations

SIDES = (("for", "за"), ("against", "против"), ("abstained", "воздержались"))


def tally_text(vote: dict) -> str:
    """«за — 25, против — 2, воздержались — 1», or «единогласно» (with «за — 25» when the
    text says how many); a side the text does not give is left out."""
    if vote.get("unanimous"):
        count = vote.get("for")
        return "единогласно" if count is None else f"единогласно, за — {count}"
    parts = [f"{label} — {vote[side]}" for side, label in SIDES if vote.get(side) is not None]
    return ", ".join(parts)
