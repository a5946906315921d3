"""Children enrolled in a school or a kindergarten are no crowd at an event: «в ней учатся 780
школьников», «учатся там порядка 1100 человек», «детский сад посещают 48 малышей»,
«дошкольную группу посещают три ребенка» are ``other``, as «в которых учатся 9 800 детей»
already is, whatever event the sentences around speak of. A museum or a show visited by pupils
(«музей посещают 300 школьников») is no enrolment: «посещают» needs a school or a kindergarten.
"""

from __future__ import annotations

import re

from extraction.figure_job_outcomes import count_stretch

_STUDY = r"(?:учатся|учится|учились|обучаются|обучается|обучались)"
_ATTEND = r"(?:посещают|посещает|посещали|посещало|ходят|ходит)"
# «детский сад», «дошкольную группу», «школу», «садик», «ясли» (and «в детский сад» after «ходят»)
_KINDERGARTEN = (
    r"(?:(?:в[^\S\n]+)?(?:детск(?:ий|ие|ого|их)[^\S\n]+сад(?:ы|а|ов)?|детсад(?:ы|а|ов)?"
    r"|садик(?:и|а|ов)?|ясли|дошкольн(?:ую|ые|ой|ых)[^\S\n]+групп(?:у|ы)"
    r"|школ(?:у|ы)|гимнази(?:ю|и)|лице(?:й|и)))"
)
_WORDS = r"(?:[^\S\n]+[а-яё]+|[^\S\n]+«[^»\n]{1,40}»){0,3}"  # «Детский сад «Ромашка» посещают»
# «в ней учатся 780», «учатся там порядка 1100»: the verb just before the count
_STUDY_BEFORE = re.compile(rf"(?<![\w-]){_STUDY}{_WORDS}[^\S\n]+$", re.IGNORECASE)
# «Детский сад посещают 48», «посещают детский сад 48»
_ATTEND_BEFORE = re.compile(
    rf"(?<![\w-])(?:{_KINDERGARTEN}{_WORDS}[^\S\n]+{_ATTEND}|{_ATTEND}[^\S\n]+{_KINDERGARTEN})"
    rf"{_WORDS}[^\S\n]+$",
    re.IGNORECASE,
)
# «780 школьников учатся в …», «48 малышей посещают детский сад»
_AFTER = re.compile(
    rf"^(?:[^\S\n]+[а-яё]+){{0,2}}[^\S\n]+(?:{_STUDY}|{_ATTEND}[^\S\n]+{_KINDERGARTEN})(?![\w-])",
    re.IGNORECASE,
)


def enrolled(text: str, start: int, end: int) -> bool:
    """The count at [start, end) names children enrolled in a school or a kindergarten."""
    lo, hi = count_stretch(text, start, end)
    before = text[lo:start]
    return bool(
        _STUDY_BEFORE.search(before) or _ATTEND_BEFORE.search(before) or _AFTER.match(text[end:hi])
    )
