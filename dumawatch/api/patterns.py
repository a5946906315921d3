"""Regular expressions the API enforces and declares in its OpenAPI schema (``pattern``).

The server and the schema must agree on every input, whichever engine reads a pattern —
pydantic's (Rust regex), a client's (ECMAScript) or schemathesis's (Python ``re``) — so the
patterns name their characters instead of leaning on ``\\s`` or ``\\w``, whose meaning
differs between them.
"""

from __future__ import annotations

# Unicode White_Space: what the names are stripped of before they are stored.
BLANKS = (
    "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
    "\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
NOT_BLANK = f"[^{BLANKS}]"  # somewhere in the text: a name is more than white space

# A source name: letters, digits, "_", "." and "-" (it is part of /api/sources/{name}).
# (Written as the characters themselves: every engine reads those alike.)
SOURCE_NAME = "^[0-9A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0400-\u04ff_.\\-]+$"


def _field(number: str) -> str:
    """One cron field: ``*`` or a number, or a range, each with an optional ``/step``, and
    comma-separated lists of those."""
    item = rf"(?:\*|{number}(?:-{number})?)(?:/(?:[1-9][0-9]?))?"
    return rf"{item}(?:,{item})*"


MINUTE = "[0-5]?[0-9]"
HOUR = "(?:[01]?[0-9]|2[0-3])"
DAY = "(?:0?[1-9]|[12][0-9]|3[01])"
MONTH = "(?:0?[1-9]|1[0-2])"
WEEKDAY = "[0-7]"  # 0 and 7 are Sunday
CRON = (  # empty: no schedule
    "^(?:|@(?:yearly|annually|monthly|weekly|daily|midnight|hourly)|"
    + " ".join(_field(n) for n in (MINUTE, HOUR, DAY, MONTH, WEEKDAY))
    + ")$"
)
CRON_HELP = (
    "cron: five fields (minute hour day month weekday) of numbers, *, ranges, lists and "
    "/steps, e.g. '0 6 * * *' or '*/30 8-18 * * 1-5'; or @hourly, @daily, @weekly, @monthly, "
    "@yearly"
)
