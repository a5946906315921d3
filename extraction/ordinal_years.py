"""Years written as ordinals: «а с 2022-го был первым заместителем», «в 2019-м возглавил» are
spans of time as much as «с 2022 года», and end there when no «года» follows."""

from __future__ import annotations

import re

ORDINAL_YEAR = re.compile(r"(?:19|20)\d\d-(?:го|й|м|х|ом|ых)")


def ordinal_year(word: str) -> bool:
    """«2022-го», «2019-м», «2018-й»: a year with an ordinal ending, as one token."""
    return ORDINAL_YEAR.fullmatch(word.lower()) is not None
