"""Numbers the Russian way for the web UI: decimal comma, thin-space thousands, «млн»/«млрд»
for large sums, currency signs («3,9 млрд ₽», «98,6 %», «1 200 человек»)."""

from __future__ import annotations

SIGNS = {"рубль": "₽", "доллар": "$", "евро": "€", "%": "%", "RUB": "₽", "USD": "$", "EUR": "€"}
SCALES = ((1e12, "трлн"), (1e9, "млрд"), (1e6, "млн"))
THIN = "\u202f"  # narrow no-break space: the Russian thousands separator


def decimal(value: float, places: int = 1) -> str:
    """«98,6», «12», «1 200»: at most ``places`` decimals, none when the number is whole."""
    text = f"{value:,.{places}f}".replace(",", THIN).replace(".", ",")
    if "," in text:
        text = text.rstrip("0").rstrip(",")
    return text


def grouped(value: int | float) -> str:
    """A count in full, thousands apart: «12 480»."""
    return decimal(float(value), 0)


def ru_number(value: float | int | str | None) -> str:
    """A count or sum: millions and more scaled («12,5 млн»), smaller ones grouped («45 000»)."""
    if value is None or value == "":
        return ""
    number = float(value)
    for size, word in SCALES:
        if abs(number) >= size:
            return f"{decimal(number / size)} {word}"
    return decimal(number, 2)


def figure_label(figure: dict) -> str:
    """A figure as a reader writes it: «3,9 млрд ₽», «98,6 %», «около 300 человек»."""
    unit = figure.get("unit") or ""
    number = ru_number(figure.get("value"))
    shown = f"{number} {SIGNS.get(unit, unit)}".strip()
    approx = figure.get("approx")  # the word the text gives: «около», «более», «свыше»
    return f"{approx} {shown}" if approx else shown
