"""A patronymic pymorphy3 only guesses reads as one in an oblique case as in the nominative
(«Вячеслава Зелимхановича», «Алиева Магомедали Раджов-Гаджиевича»): the guessed genitive and
accusative readings of one form add up. Near misses: Polish and Belarusian surnames in
-кович/-гович stay surnames («Олега Радковича»); a -ич word beside her name is her surname."""

from __future__ import annotations

import pytest

from extraction import extract
from extraction.names import split_name


def people(text: str) -> list[tuple]:
    return [(p["last"], p["first"], p["middle"]) for p in extract(text)["people"]]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["Руслана", "Зелимхановича"], (None, "Руслан", "Зелимханович")),
        (["Руслану", "Зелимхановичу"], (None, "Руслан", "Зелимханович")),
        (
            ["Ахмедова", "Магомедали", "Раджов-Гаджиевича"],
            ("Ахмедов", "Магомедали", "Раджов-Гаджиевич"),
        ),
    ],
)
def test_guessed_patronymic_in_oblique_case(words: list[str], expected: tuple) -> None:
    name = split_name(words)
    assert (name.last, name.first, name.middle) == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["Олега", "Радковича"], ("Радкович", "Олег", None)),
        (["Ульяне", "Шульгович"], ("Шульгович", "Ульяна", None)),
    ],
)
def test_near_misses(words: list[str], expected: tuple) -> None:
    name = split_name(words)
    assert (name.last, name.first, name.middle) == expected


def test_first_name_and_patronymic_join_the_person() -> None:
    text = (
        "Указом президента награждён бывший глава республики Руслан Гагиев. «Поздравляю "
        "Руслана Зелимхановича с наградой!», – написал министр."
    )
    assert people(text) == [("Гагиев", "Руслан", "Зелимханович")]
