"""A change of a count with words before «на» («сократилось почти на 500 человек»), deputies
elected by lists and constituencies, and a tally in brackets («(16 против 4)»). Each rule on
more than one wording, with the look-alikes it must leave alone."""

from __future__ import annotations

import pytest

from extraction.figures import find_figures
from extraction.votes import find_votes


def roles(text: str) -> list[tuple[float, str]]:
    figures = find_figures(text)
    find_votes(text, figures)
    return [(f["value"], f["role"]) for f in figures if f["is_people"]]


def tallies(text: str) -> list[tuple]:
    figures = find_figures(text)
    return [(v["for"], v["against"], v["abstained"]) for v in find_votes(text, figures)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("За год население сократилось почти на 500 человек.", [(500, "other")]),
        ("Население района сократилось за год на 412 человек.", [(412, "other")]),
        ("Число жителей выросло за пять лет на 1,2 тысячи человек.", [(1200, "other")]),
        (
            "Население увеличилось в 2024 году на 800 человек и составило 41 тысячу.",
            [(800, "other"), (41000, "residents")],
        ),
        # no change before «на»: the count itself
        ("На 1 января в районе проживали 23 тысячи человек.", [(23000, "residents")]),
    ],
)
def test_a_change_with_words_before_on_is_a_delta(text: str, expected: list) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "По спискам прошли 12 депутатов, по округам — 13.",
            [(12, "members"), (13, "members")],
        ),
        (
            "По партийным спискам избраны 10 депутатов, по одномандатным округам — 15.",
            [(10, "members"), (15, "members")],
        ),
        ("По одномандатным округам победили 18 единороссов.", [(18, "members")]),
        # a sitting: those who came attend it, whatever «по» says
        ("По списку на заседании зарегистрировались 20 депутатов.", [(20, "attendees")]),
        ("По округу № 5 на заседание пришли 3 депутата.", [(3, "attendees")]),
    ],
)
def test_deputies_elected_by_lists_and_constituencies(text: str, expected: list) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Большинством голосов (16 против 4) депутаты утвердили отчёт главы.", [(16, 4, None)]),
        (
            "Решение принято большинством голосов (20 против 2 при одном воздержавшемся).",
            [(20, 2, 1)],
        ),
    ],
)
def test_a_tally_in_brackets(text: str, expected: list) -> None:
    assert tallies(text) == expected


def test_a_score_in_brackets_is_no_tally() -> None:
    assert tallies("В финальном матче наши победили (3 против 1).") == []
    assert roles("В финальном матче наши победили (3 против 1).") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Под следствием находятся двое депутатов районного Совета.", [(2, "other")]),
        ("Полиция задержала 12 участников несанкционированной акции.", [(12, "other")]),
        ("Суд приговорил двух бывших депутатов к штрафу.", [(2, "other")]),
        # a case named beside a sitting does not make its public accused
        (
            "На заседании по делу о взятке присутствовали 40 журналистов.",
            [(40, "participants")],
        ),
        (
            "В митинге участвовали около 2 тысяч человек, полиция задержала 15 человек.",
            [(2000, "participants"), (15, "other")],
        ),
    ],
)
def test_a_criminal_case_in_the_count_s_clause(text: str, expected: list) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Полномочия досрочно прекращены у двух депутатов.", [(2, "other")]),
        ("Решением суда мандатов лишены трое депутатов.", [(3, "other")]),
        # the whole they left, a size in its own clause, and a resignation said as a noun
        ("Из 25 депутатов досрочно полномочия сложили трое.", [(25, "members"), (3, "other")]),
        ("В Думе 25 депутатов, двое из них сложили полномочия.", [(25, "members"), (2, "other")]),
        ("После отставки мэра на сессию пришли 20 депутатов.", [(20, "attendees")]),
    ],
)
def test_deputies_whose_mandate_ended(text: str, expected: list) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Вместо выбывших избраны два новых депутата.", [(2, "members")]),
        ("Из партии исключили двух депутатов.", [(2, "other")]),
    ],
)
def test_a_full_participle_of_leaving_names_others(text: str, expected: list) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Из 15 кандидатов, выдвинутых партией, избраны 12.",
            [(15, "other"), (12, "members")],
        ),
        ("В думу избраны 12 кандидатов от «Единой России».", [(12, "members")]),
        ("В округах победили 20 кандидатов партии.", [(20, "members")]),
        # standing, registered or competing candidates stay other
        ("На выборах в Совет избирались 47 кандидатов.", [(47, "other")]),
        ("Для избрания главы зарегистрированы три кандидата.", [(3, "other")]),
        ("На 15 мандатов претендуют 47 кандидатов.", [(47, "other")]),
    ],
)
def test_candidates_elected_are_members(text: str, expected: list) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Депутат лично принял 48 избирателей.", [(48, "participants")]),
        ("За месяц глава района принял 32 избирателя.", [(32, "participants")]),
        # at a poll, electors who came voted
        ("На выборы пришли 48 избирателей.", [(48, "voters")]),
        ("На избирательных участках приняли бюллетени 4 тысячи избирателей.", [(4000, "voters")]),
    ],
)
def test_electors_received_by_an_official_take_part(text: str, expected: list) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected", "tally"),
    [
        (
            "Из присутствовавших 22 депутатов «за» проголосовали 20.",
            [(22, "attendees"), (20, "votes_for")],
            [(20, None, None)],
        ),
        (
            "Из зарегистрированных 19 депутатов «за» отдали голоса 17.",
            [(19, "attendees"), (17, "votes_for")],
            [(17, None, None)],
        ),
        # a part after «из них» is still a side
        (
            "Из них 20 — «за», двое — «против».",
            [(20, "votes_for"), (2, "votes_against")],
            [(20, 2, None)],
        ),
    ],
)
def test_the_present_whole_of_a_tally_is_no_side(text: str, expected: list, tally: list) -> None:
    assert roles(text) == expected
    assert tallies(text) == tally


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Депутаты (17 человек) собрались на заседание.", [(17, "attendees")]),
        ("Волонтёры (30 человек) убрали парк.", [(30, "participants")]),
        ("Кандидаты (5 человек) прошли регистрацию.", [(5, "other")]),
    ],
)
def test_people_named_before_a_bracketed_count(text: str, expected: list) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("В Госдуму от региона прошли пять человек.", [(5, "members")]),
        ("В гордуму прошли 12 человек из списка партии.", [(12, "members")]),
        ("На заседание думы пришли 20 человек.", [(20, "attendees")]),
        ("Рабочая группа в количестве 15 человек подготовит поправки.", [(15, "members")]),
        ("Делегация в составе 12 человек отправилась в Казань.", [(12, "members")]),
        # a crowd's size is no body's
        ("Волонтёры в количестве 50 человек вышли на уборку.", [(50, "participants")]),
    ],
)
def test_people_elected_into_a_duma_and_a_body_s_size(text: str, expected: list) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare number after what people did: «высказались 80», «выступили 7», «голосовали 20»
        (
            "Вчера в районе прошёл сход граждан. Собрались 86 человек. За самообложение "
            "высказались 80.",
            [(86, "participants"), (80, "participants")],
        ),
        (
            "Слушания прошли в ДК. Выступили 7 из 40 пришедших.",
            [(7, "participants"), (40, "participants")],
        ),
        (
            "На сессии по видеосвязи подключились 4, очно пришли 18.",
            [(4, "attendees"), (18, "attendees")],
        ),
        # papers filed for an office: candidates
        ("Конкурс на должность главы завершился. Документы подали трое.", [(3, "other")]),
        ("На пост главы района документы подали пять человек.", [(5, "other")]),
        (
            "Документы на участие в конкурсе «Лучший двор» подали 40 жителей.",
            [(40, "participants")],
        ),
    ],
)
def test_bare_counts_after_what_people_did_and_candidacies(text: str, expected: list) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("В конкурсе на замещение вакантных должностей участвовали 34 человека.", [(34, "other")]),
        ("В конкурсе на замещение должности главы поселения участвовали двое.", [(2, "other")]),
        ("Конкурсный отбор на должность сити-менеджера прошли трое.", [(3, "other")]),
        # a contest of skill or of yards is an event its people take part in
        ("В конкурсе «Лучший двор» участвовали 40 жителей.", [(40, "participants")]),
        ("В конкурсе профессионального мастерства участвовали 12 поваров.", [(12, "participants")]),
        # «замы» are a head's deputies, as «заместители» are
        ("У мэра пятеро замов.", [(5, "members")]),
    ],
)
def test_a_contest_for_an_office_counts_candidates(text: str, expected: list) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Его кандидатуру поддержало абсолютное большинство — 23 депутата из 25.",
            [(23, None, None)],
        ),
        ("Проект поддержало подавляющее большинство — 27 депутатов.", [(27, None, None)]),
        ("Отрицательно проголосовали 4 депутата.", [(None, 4, None)]),
        ("Положительно проголосовали 20 депутатов.", [(20, None, None)]),
    ],
)
def test_a_qualified_majority_and_a_negative_vote(text: str, expected: list) -> None:
    assert tallies(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Округ объединяет 12 тысяч избирателей.", [(12000, "other")]),
        ("Каждый депутат представляет интересы около 4 тысяч избирателей.", [(4000, "other")]),
        # backing a candidate, or coming to vote, stays voters
        ("Кандидата поддержали 5 тысяч избирателей.", [(5000, "voters")]),
        (
            "В округе насчитывается 28 тысяч избирателей, проголосовали 9 тысяч.",
            [(28000, "other"), (9000, "voters")],
        ),
    ],
)
def test_electors_a_constituency_holds_are_its_electorate(text: str, expected: list) -> None:
    assert roles(text) == expected
