"""Russian count agreement («1 документ», «3 документа», «16 документов») for messages."""

from __future__ import annotations


def plural(n: int, one: str, few: str, many: str) -> str:
    """The noun form for ``n``: ``one`` after 1, 21, 101…, ``few`` after 2–4, 22–24…, else
    ``many`` (11–14 always take it)."""
    n = abs(int(n))
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


def count(n: int, one: str, few: str, many: str) -> str:
    return f"{n} {plural(n, one, few, many)}"


def documents(n: int) -> str:
    return count(n, "документ", "документа", "документов")
