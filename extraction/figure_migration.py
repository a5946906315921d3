"""People who moved into or out of a place are no crowd and no population: «в минувшем году в
поселение прибыло 460 человек, убыло 340», «из села уехали 40 человек», «на постоянное место
жительства приехали 12 семей». Like births and deaths («родились 318 детей»), such a count is
``other``. Coming somewhere is no move by itself: «на сессию прибыли 17 депутатов» attend it,
«на праздник в город приехали 5 тысяч гостей» take part; it is one beside those who left, or
beside «на постоянное место жительства» or migration. Leaving is one beside a place.
"""

from __future__ import annotations

import re

from .figure_sentence import sentence_around

_LEFT = r"(?:убыл[аио]?|убыли|выбыл[аио]?|выбыли|уехал[аио]?|уехали|переехал[аио]?|переехали)"
_ARRIVED = r"(?:прибыл[аио]?|прибыли|приехал[аио]?|приехали)"
# a place one lives in, named as where people left or came to: «из села», «в другой район»
_PLACE = re.compile(
    r"(?<![\w-])(?:в|на|из)[^\S\n]+(?:[а-яё]+[^\S\n]+)?(?:поселени[еяй]|пос[её]лк?[аеу]?"
    r"|сел[оаеу]|деревн[июя]|район[ае]?|город[ае]?|станиц[уыеа]|округ[ае]?|област[ьи]|кра[йяе]"
    r"|регион[ае]?|муниципалитет[ае]?)(?![\w-])",
    re.IGNORECASE,
)
_FOR_GOOD = re.compile(
    r"(?<![\w-])(?:на[^\S\n]+(?:постоянное[^\S\n]+место[^\S\n]+жительства|пмж)|миграц)",
    re.IGNORECASE,
)
_LEFT_RE = re.compile(rf"(?<![\w-]){_LEFT}(?![\w-])", re.IGNORECASE)
_ARRIVED_RE = re.compile(rf"(?<![\w-]){_ARRIVED}(?![\w-])", re.IGNORECASE)
_WORDS = r"(?:[^\S\n]+[а-яё]+){0,3}"
_MOVE_BEFORE = re.compile(rf"(?<![\w-])(?:{_LEFT}|{_ARRIVED}){_WORDS}[^\S\n]+$", re.IGNORECASE)
_MOVE_AFTER = re.compile(
    rf"^(?:[^\S\n]+[а-яё]+){{0,2}}[^\S\n]+(?:{_LEFT}|{_ARRIVED})(?![\w-])", re.IGNORECASE
)


def moved(text: str, start: int, end: int) -> bool:
    """The count at [start, end) names people who moved in or out of a place."""
    near = _MOVE_BEFORE.search(text, max(0, start - 60), start) or _MOVE_AFTER.match(
        text[end : end + 40]
    )
    if not near:
        return False
    sentence = sentence_around(text, start, end)
    if _LEFT_RE.search(sentence) and _ARRIVED_RE.search(sentence):
        return True  # «прибыло 460 человек, убыло 340»: the two ways of a move
    if _FOR_GOOD.search(sentence):
        return True  # «на постоянное место жительства приехали 12 семей»
    return bool(_LEFT_RE.search(near.group()) and _PLACE.search(sentence))
