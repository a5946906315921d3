"""A count in brackets (or after «то есть») right after a share of a body is that share's size, a
threshold like a quorum's, not people who came or voted: «не менее двух третей от списочного
состава (28 депутатов)», «не менее половины от числа избранных депутатов (11 человек)»,
«две трети от установленной численности, то есть 16 депутатов». Such a count is ``other``."""

from __future__ import annotations

import re

# The share with the bound that makes it a requirement: «не менее половины», «не менее двух
# третей», «минимум 2/3» (not «половина депутатов (12 человек) не пришла», a count of those
# away), then up to eight words naming whose share it is, then «(» or «, то есть».
_SHARE_BEFORE = re.compile(
    r"(?<![\w-])(?:не[^\S\n]+менее|не[^\S\n]+меньше|как[^\S\n]+минимум|минимум)[^\S\n]+"
    r"(?:половин[аыуе]|(?:двух|две)[^\S\n]+трет(?:ей|и)|трет(?:и|ь)"
    r"|(?:тр[её]х|три)[^\S\n]+четверт(?:ей|и)|[0-9]+/[0-9]+)"
    r"(?:[^\S\n]+[а-яё]+(?:-[а-яё]+)?){0,8}"
    r"(?:[^\S\n]*\([^\S\n]*(?:т\.[^\S\n]*е\.[^\S\n]*|то[^\S\n]+есть[^\S\n]+|это[^\S\n]+)?"
    r"|[^\S\n]*,[^\S\n]*(?:т\.[^\S\n]*е\.|то[^\S\n]+есть)[^\S\n]+)"
    r"(?:(?:не[^\S\n]+менее|минимум)[^\S\n]+)?$",
    re.IGNORECASE,
)


def share_size(text: str, start: int) -> bool:
    """The number at ``start`` restates a required share of a body just named: «(28
    депутатов)» after «не менее двух третей от списочного состава»."""
    return bool(_SHARE_BEFORE.search(text, max(0, start - 140), start))
