"""What the figure tests compare: the figures (or the people counts) of a text and its vote
tallies, read the way ``dumawatch extract`` reads them (votes from the figures found)."""

from __future__ import annotations

from extraction.figures import find_figures
from extraction.votes import find_votes

Tally = tuple[int | None, int | None, int | None]


def _read(text: str) -> tuple[list[dict], list[Tally]]:
    figures = find_figures(text)
    votes = find_votes(text, figures)
    return figures, [(v["for"], v["against"], v["abstained"]) for v in votes]


def figures_and_tallies(text: str) -> tuple[list[tuple[float, str, str | None]], list[Tally]]:
    """(value, unit, role) of every figure, and the tallies."""
    figures, tallies = _read(text)
    return [(f["value"], f["unit"], f["role"]) for f in figures], tallies


def people_and_tallies(text: str) -> tuple[list[tuple[float, str]], list[Tally]]:
    """(value, role) of every people count, and the tallies."""
    figures, tallies = _read(text)
    return [(f["value"], f["role"]) for f in figures if f["is_people"]], tallies
