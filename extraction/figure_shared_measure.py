"""Bare numbers listed before a measured figure share its unit: «на дистанциях 1 и 4
километра», «забеги на 500 и 1000 метров», «2, 3 и 5 тонн». A number before a noun of measure
is never a label, so the list says the unit once for all of them, as «120, 100 и 80 тысяч
рублей» says its scale. Lists before labels («дома 5, 6 и 7», «в 5 и 7 классах») have no
measure after them and stay labels.
"""

from __future__ import annotations

import re

_SP = r"[ \u00a0\u202f\u2009]"
_NUM = r"[0-9]{1,4}(?:,[0-9]+)?"
# «1 и », «2, 3 и » right before the measured figure; not a digit or a decimal comma before it
_LIST_BEFORE = re.compile(
    rf"(?<![0-9,.])(?<![0-9],{_SP})(?P<list>{_NUM}(?:{_SP}*,{_SP}+{_NUM})*){_SP}+и{_SP}+$"
)
_ITEM = re.compile(_NUM)
MEASURES = {
    "километр", "метр", "сантиметр", "миллиметр", "гектар", "тонна", "килограмм", "грамм",
    "литр", "центнер", "км", "м", "га", "т", "кг",
}  # fmt: skip


def shared_measure_figures(text: str, figures: list[dict], norm) -> list[dict]:
    """New figures for the bare numbers listed before a figure of measure (``norm`` gives
    a unit's lemma)."""
    out: list[dict] = []
    for fig in figures:
        if fig.get("is_people") or norm(fig["unit"]).rstrip(".") not in MEASURES:
            continue
        if not text[fig["start"] : fig["start"] + 1].isdigit():
            continue
        m = _LIST_BEFORE.search(text, max(0, fig["start"] - 40), fig["start"])
        if m is None:
            continue
        for item in _ITEM.finditer(text, m.start("list"), m.end("list")):
            value = float(item.group().replace(",", "."))
            listed = {
                **fig,
                "value": int(value) if value.is_integer() else value,
                "approx": None,
                "text": item.group(),
                "start": item.start(),
                "end": item.end(),
            }
            over = [f for f in figures if f["start"] < item.end() and item.start() < f["end"]]
            if not over:
                out.append(listed)
            elif len(over) == 1 and over[0]["text"] == item.group():
                # «Малыши пробежали 300 и 600 метров»: the bare number's unit borrowed from
                # the subject gives way to the measure the list names
                over[0].clear()
                over[0].update(listed)
    return out
