"""Both ends of a range said with a dash: «40–50 человек», «15-20 жителей», «3–5 тысяч
человек».

The figure reader reads the digits, the dash and the upper bound as one count whose value is
the upper bound, so the lower bound was lost. As with «с 9,6 до 8,1 тыс. человек», each end is a
figure of its own: the lower bound is the number alone and shares the upper bound's scale,
unit, approximation and role; the upper bound keeps the noun.
"""

from __future__ import annotations

import re

_SP = r"[ \u00a0\u202f\u2009]"
_DASH_TAIL = re.compile(rf"{_SP}*[-–—]{_SP}*(?=[0-9])")
_UPPER = re.compile(r"[0-9]+(?:[.,][0-9]+)?")


def _read(raw: str) -> float:
    return float(re.sub(_SP, "", raw).replace(",", "."))


def split_dash_range(text: str, fig: dict, low: re.Match[str]) -> dict | None:
    """The lower-bound figure of ``fig`` when ``low`` (its first digits) opens «N–M …»;
    ``fig`` is narrowed to begin at the upper bound. None when there is no dash range."""
    dash = _DASH_TAIL.match(text, low.end())
    if dash is None or not fig["start"] <= low.start() < dash.end() < fig["end"]:
        return None
    upper = _UPPER.match(text, dash.end())
    if upper is None:
        return None
    top, bottom = _read(upper.group()), _read(low.group())
    if not 0 < bottom < top:
        return None  # «5–3» is a score or a label, not a range
    value = round(fig["value"] * bottom / top, 6)
    lower = dict(fig, value=int(value) if value == int(value) else value)
    lower["start"], lower["end"] = fig["start"], low.end()
    lower["text"] = text[lower["start"] : lower["end"]]
    fig["start"] = dash.end()
    fig["text"] = text[fig["start"] : fig["end"]]
    return lower


def add_lower_bounds(figures: list[dict], pairs: list[tuple[dict, dict]]) -> None:
    """Add each lower bound once roles are given, with its upper bound's role: the lower bound
    is no count of its own for the readers of roles and tallies."""
    for lower, upper in pairs:
        lower["role"], lower["is_people"] = upper["role"], upper["is_people"]
        figures.append(lower)
    figures.sort(key=lambda f: f["start"])
