"""People counted in a verbless relative clause right after a count of groups take part as
those groups do: «На сцене выступили 46 коллективов, в которых более 700 артистов», «участвовали
18 команд, где 140 спортсменов». The clause has no verb of its own, so read alone it says nothing
of what the people did; the groups' verb does."""

from __future__ import annotations

import re
from collections.abc import Callable

# «…, в которых более 700 артистов»: the gap between the groups and the people (an
# approximation word is part of the people's span); «14 команд предприятий, где …»: up to two
# words naming whose groups they are.
_GROUP_CLAUSE = re.compile(
    r"(?:[^\S\n]+[а-яё]+){0,2}[^\S\n]*,[^\S\n]*(?:в[^\S\n]+(?:которых|них)|где)[^\S\n]+"
)


def group_members_role(
    text: str, figures: list[dict], fig: dict, role_of: Callable[[int, int], str]
) -> str | None:
    """``participants`` when ``fig`` counts the people of the groups the figure right before
    counts and those groups took part in something (``role_of`` reads the groups' count as if it
    counted people); else None."""
    before = [f for f in figures if f["end"] <= fig["start"]]
    if not before or before[-1]["is_people"]:
        return None
    groups = before[-1]
    if not _GROUP_CLAUSE.fullmatch(text, groups["end"], fig["start"]):
        return None
    return "participants" if role_of(groups["start"], groups["end"]) == "participants" else None
