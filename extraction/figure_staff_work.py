"""Staff named by the work they run rather than by «работают»: «Занятия ведут 42 тренера»,
«Работу лагерей обеспечивали 96 вожатых», «кружки ведут 12 педагогов». They are the
institution's people (members), not those who attend the classes or keep order at an event.
"""

from __future__ import annotations

import re

_CLASSES = r"(?:заняти[яйе]|кружк[иа]|кружков|урок[иа]|секци[ияй]|студи[ияй]|курс[ыа])"
_RUNS_WORK = re.compile(
    rf"(?<![\w-])(?:{_CLASSES}(?:[^\S\n]+[а-яё]+){{0,3}}[^\S\n]+(?:вед[уёе]т|вели)"
    rf"|вед[уёе]т[^\S\n]+{_CLASSES}|вели[^\S\n]+{_CLASSES}"
    r"|работу(?:[^\S\n]+[а-яё]+){0,2}[^\S\n]+обеспечива[а-яё]*"
    r"|обеспечива[а-яё]*[^\S\n]+работу)(?![\w-])",
    re.IGNORECASE,
)


def runs_the_work(text: str, lo: int, hi: int) -> bool:
    """The clause ``text[lo:hi]`` says its count runs classes or keeps a place working."""
    return bool(_RUNS_WORK.search(text, lo, hi))
