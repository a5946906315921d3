"""A name read two ways («Ринара Ахмадуллина»: her nominative, or his genitive) joined with a
mention that can only be his («Ринар Ахмадуллин», a bare «Ахмадуллин»): the person is shown
as his. Near misses: with no unambiguous mention of him, or with one of her, she stays hers."""

from __future__ import annotations

import pytest

from extraction import extract


def names(text: str) -> list[str]:
    return [p["name"] for p in extract(text)["people"]]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # his full nominative later in the text
        (
            "Глава города похвалил Ринара Ахмадуллина за работу. «Ринар Ахмадуллин и его "
            "команда справились», — сказал он.",
            "Ринар Ахмадуллин",
        ),
        # his bare surname in the nominative later
        (
            "Суд вынес приговор по делу бывшего мэра Саида Магомедова. Ранее Магомедов "
            "признал вину.",
            "Саид Магомедов",
        ),
    ],
)
def test_his_unambiguous_mention_decides(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # nothing but the ambiguous form: her nominative stays
        ("На сцену вышла Ленара Ахмадуллина и исполнила песню.", "Ленара Ахмадуллина"),
        # her own oblique form later: still hers
        (
            "Грамоту вручили Саида Магомедова. Поздравляем Саиду Магомедову с наградой!",
            "Саида Магомедова",
        ),
    ],
)
def test_without_his_mention_she_stays(text: str, name: str) -> None:
    assert name in names(text)


def test_a_first_name_alone_is_no_person() -> None:
    found = names("Подарок получила семья Гульнары – ее муж Руслан ушёл добровольцем.")
    assert found == []


def test_a_first_name_joined_to_a_full_name_stays() -> None:
    found = names("Слово взял Ильдар Сабиров. Ильдар поблагодарил коллег за поддержку.")
    assert found == ["Ильдар Сабиров"]
