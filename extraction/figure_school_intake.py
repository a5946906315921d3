"""Children who start school or kindergarten are no crowd at an event: «в первый класс пришли
82 ученика», «за парты сядут 1 200 первоклассников», «в детские сады пришли 300 малышей»,
«школы района примут 1 200 первоклассников» are
``other``, as «в первый класс пошли 96 детей» already is; a count at a school's event («на
линейку пришли 350 учеников») stays participants.

The goal of the motion (a grade, the desks, a kindergarten) is read in the count's stretch of
its sentence, next to a verb of coming or entering.
"""

from __future__ import annotations

import re

from extraction.figure_job_outcomes import count_stretch

_GOAL = (
    r"(?:в\s+(?:[а-яё]+\s+){0,2}?(?:перв[а-яё]*\s+)?класс[а-яё]*"
    r"|в\s+(?:детск[а-яё]+\s+сад[а-яё]*|детсад[а-яё]*|ясл[а-яё]+)"
    r"|за\s+парт[уы])"
)
_MOTION = (
    r"(?:пришл[аио]?|приш[её]л|прид[её]т|придут|пош[её]л|пошл[аио]?|пойд[её]т|пойдут|поступ[а-яё]*"
    r"|сел[аио]?|сядут|сядет|отправ[а-яё]*)"
)
# «школы района примут 1 200 первоклассников», «новый детский сад примет 240 малышей»: a
# school or a kindergarten taking children in
_SCHOOLS = (
    r"(?:школ(?:а|ы|е|у|ой|ам|ами|ах)?|гимнази(?:я|и|ю|ей)|лице(?:й|я|ю|е|и|ев)"
    r"|детск(?:ий|ие|ого|их)\s+сад(?:ы|а|ов)?|детсад(?:ы|а|ов)?|садик(?:и|а|ов)?|ясли)"
)
# not «у школы приняли участие 120 учеников»: taking part, not taking in
_TAKE_IN = r"(?:примут|примет|приняли|принял[аио]?|принимают|принимает)(?![^\S\n]+участи)"
_INTAKE = re.compile(
    rf"(?<![\w-])(?:{_GOAL}\s+(?:[а-яё]+\s+){{0,2}}?{_MOTION}"
    rf"|{_MOTION}\s+(?:[а-яё]+\s+){{0,2}}?{_GOAL}"
    rf"|{_SCHOOLS}\s+(?:[а-яё]+\s+){{0,3}}?{_TAKE_IN})(?![\w-])",
    re.IGNORECASE,
)


def starts_school(text: str, start: int, end: int) -> bool:
    """The count at [start, end) names children who start school or kindergarten."""
    lo, hi = count_stretch(text, start, end)
    return bool(_INTAKE.search(text, lo, hi))
