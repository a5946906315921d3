"""Bare numbers listed before a scaled figure share its scale and unit: «призёры получили 120,
100 и 80 тысяч рублей», «гранты по 5 и 3 млн рублей». Each listed number is a figure of its own
(120 000 and 100 000 roubles), as the list says the scale once for all.

A list needs «и» right before the scaled figure («4, 5 млрд» alone is a decimal, 4,5 billion),
and its numbers must be free: a number that is already a figure, or a year, is left alone.
"""

from __future__ import annotations

import re

_SP = r"[ \u00a0\u202f\u2009]"
_NUM = r"[0-9]{1,3}(?:,[0-9]+)?"
# «120, 100 и » right before the scaled figure; not a digit or a decimal comma before the list
_LIST_BEFORE = re.compile(
    rf"(?<![0-9,.])(?<![0-9],{_SP})(?P<list>{_NUM}(?:{_SP}*,{_SP}+{_NUM})*){_SP}+и{_SP}+$"
)
_SCALED = re.compile(
    rf"(?P<lead>[0-9]{{1,3}}(?:,[0-9]+)?){_SP}*(?:тыс|тысяч|млн|миллион|млрд|миллиард)",
    re.IGNORECASE,
)
_ITEM = re.compile(_NUM)


def shared_scale_figures(text: str, figures: list[dict]) -> list[dict]:
    """New figures for the bare numbers listed before a scaled figure."""
    out: list[dict] = []
    for fig in figures:
        scaled = _SCALED.match(text, fig["start"])
        if scaled is None or fig.get("approx"):
            continue
        lead = float(scaled.group("lead").replace(",", "."))
        if not lead:
            continue
        scale = fig["value"] / lead
        if scale < 1000:
            continue
        m = _LIST_BEFORE.search(text, max(0, fig["start"] - 60), fig["start"])
        if m is None:
            continue
        for item in _ITEM.finditer(text, m.start("list"), m.end("list")):
            if any(f["start"] < item.end() and item.start() < f["end"] for f in figures):
                continue
            value = float(item.group().replace(",", ".")) * scale
            out.append(
                {
                    **fig,
                    "value": int(value) if value.is_integer() else value,
                    "approx": None,
                    "text": item.group(),
                    "start": item.start(),
                    "end": item.end(),
                }
            )
    return out
