"""Bodies named with an abbreviated prefix and a hyphen: «IT-отдел», «PR-служба», «ИТ-центр».
The body is the noun after the hyphen; the prefix stays in the title as written
(«руководил IT-отделом мэрии» → «начальник IT-отдела мэрии»)."""

from __future__ import annotations

import re

# Latin letters, or an abbreviation in capitals, then a hyphen and a lower-case noun
PREFIXED = re.compile(r"([A-Za-z]{1,6}|[А-ЯЁ]{2,5})-([а-яё]{3,})")


def split_prefix(word: str) -> tuple[str, str]:
    """(«IT-», «отделом») for «IT-отделом»; ("", word) for any other word."""
    found = PREFIXED.fullmatch(word)
    return (found.group(1) + "-", found.group(2)) if found else ("", word)
