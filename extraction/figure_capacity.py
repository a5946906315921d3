"""A place's capacity counts no people: «школа рассчитана на 250 учеников», «детский сад на
500 ребят», «поликлиника на 300 посещений в смену». The number after «на» that a building or
an institution is built for, or that it is «рассчитан» for, says how many it holds, not how many
came or live anywhere; the people who do fill it («в ней учатся 410 детей») stay a count.
"""

from __future__ import annotations

import re

# «школа на 1100 учеников», «детский сад на 500 ребят», «лагерь на 120 детей»: a place noun
# right before «на» and the number
_PLACE_FOR = re.compile(
    r"(?<![\w-])(?:школ[аеуыой]{0,2}|сад(?:а|у|ом|е)?|садик(?:а|у|ом|е)?|детсад(?:а|у|ом|е)?"
    r"|ясл(?:и|ей|ям)|лагер[ьяюе]|лагерем|корпус(?:а|у|ом|е)?|здани[еяюи]|здании"
    r"|общежити[еяюи]|интернат(?:а|у|ом|е)?|гимнази[яиюей]|лице[йяюе]|лицеем"
    r"|поликлиник[аиуеой]{1,2}|больниц[аыуеой]{1,2}|стационар(?:а|у|ом|е)?"
    r"|учреждени[еяюи]|помещени[еяюи]|зал(?:а|у|ом|е)?|бассейн(?:а|у|ом|е)?)"
    r"(?:[^\S\n]+(?:№[^\S\n]*)?[0-9]+)?[^\S\n]+на[^\S\n]+$",
    re.IGNORECASE,
)
# «рассчитана лишь на 250 учеников», «вместимостью на 300 человек»
_BUILT_FOR = re.compile(
    r"(?<![\w-])(?:рассчитан[аоы]?|вместимость\w*|мощность\w*|проектной\s+мощностью)"
    r"(?:[^\S\n]+(?:лишь|только|всего|почти|примерно))?[^\S\n]+на[^\S\n]+$",
    re.IGNORECASE,
)


def place_capacity(text: str, start: int) -> bool:
    """The number at ``start`` is what a building or an institution is built to hold."""
    lo = max(0, start - 60)
    return bool(_PLACE_FOR.search(text, lo, start) or _BUILT_FOR.search(text, lo, start))
