"""Shapes the rules before missed, each in more than one wording: a count said after a share
and a dash («пришла почти половина — 97»), a tally side after a voting participle and a comma
(«Депутатов, голосовавших против, было пятеро»), people walking into a hall (no body's members),
the base a rate is given per («на одного депутата приходится …», «на 100 жителей»), a rival's
votes after a candidate's («его соперник — 7»), roll calls after dashes («Отсутствовали – 7»),
public votes and hearings (no council tally), signatories, patients, those who stayed or left a
hall, the rest of a tally («остальные 17 депутатов»), and more words for people."""

from __future__ import annotations

import pytest

from extraction.figures import find_figures
from extraction.votes import find_votes


def _run(text: str) -> tuple[list[tuple[float, str | None]], list[tuple]]:
    figures = find_figures(text)
    votes = find_votes(text, figures)
    people = [(f["value"], f["role"]) for f in figures if f["is_people"]]
    return people, [(v["for"], v["against"], v["abstained"]) for v in votes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("На сессию пришла почти половина — 97.", [(97, "attendees")]),
        ("На заседание явилось большинство — 14, кворум есть.", [(14, "attendees")]),
        ("На сессию пришла почти половина депутатов (97).", [(97, "attendees")]),
        ("На субботник вышла почти половина жителей — 340.", [(340, "participants")]),
        ("На сход собралась треть сельчан: 120.", [(120, "participants")]),
        ("На встречу с главой пришла примерно половина — около 60.", [(60, "participants")]),
    ],
)
def test_a_count_after_a_share_and_a_dash(text: str, expected: list) -> None:
    assert _run(text)[0] == expected


@pytest.mark.parametrize(
    "text",
    ["Половина средств — 40 миллионов — уйдёт на дороги.", "Половина бюджета — 12."],
)
def test_a_share_of_money_or_of_nothing_named_is_no_people_count(text: str) -> None:
    assert _run(text)[0] == []


@pytest.mark.parametrize(
    ("text", "people", "tallies"),
    [
        ("Депутатов, голосовавших против, было пятеро.", [(5, "votes_against")], [(None, 5, None)]),
        ("Депутатов, проголосовавших за, оказалось 18.", [(18, "votes_for")], [(18, None, None)]),
        (
            "Депутатов, воздержавшихся при голосовании, оказалось трое.",
            [(3, "abstained")],
            [(None, None, 3)],
        ),
        (
            "Бюджет приняли 20 голосами. Депутатов, голосовавших против, было пятеро.",
            [(20, "votes_for"), (5, "votes_against")],
            [(20, 5, None)],
        ),
        ("Жителей, голосовавших за, было 300.", [(300, "voters")], []),
    ],
)
def test_a_side_after_a_voting_participle_and_a_comma(text: str, people, tallies) -> None:
    assert _run(text) == (people, tallies)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("В зал заседаний вошли 200 человек.", [(200, "participants")]),
        ("В большой зал администрации вошли около 150 жителей.", [(150, "participants")]),
        ("В зал вошли 40 депутатов, кворум есть.", [(40, "attendees")]),
        ("В зале заседаний на сессии присутствовали 20 человек.", [(20, "attendees")]),
        # a crowd in a hall with no other word is its audience, at a sitting those present
        ("В зале заседаний разместились 200 человек.", [(200, "participants")]),
        ("В зал заседаний пустили только 50 горожан.", [(50, "participants")]),
        ("В зале находилось около 80 жителей.", [(80, "participants")]),
        ("В зале было 30 человек, кворум есть.", [(30, "attendees")]),
        # a body is still entered by its members
        ("В состав комиссии вошли 7 человек.", [(7, "members")]),
        ("В новый состав думы вошли 25 депутатов.", [(25, "members")]),
    ],
)
def test_walking_into_a_hall_is_no_membership(text: str, expected: list) -> None:
    assert _run(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("На одного депутата приходится 5 тысяч избирателей.", [5000]),
        ("На одного жителя района в среднем приходится 12 квадратных метров жилья.", [12]),
        ("Расходы бюджета в расчёте на одного жителя составили 48 тысяч рублей.", [48000]),
        # a change by one is still a count
        ("Состав думы сократили на одного депутата.", [1]),
    ],
)
def test_the_one_a_rate_is_given_per_is_no_count(text: str, values: list) -> None:
    assert [f["value"] for f in find_figures(text)] == values


@pytest.mark.parametrize(
    ("text", "tallies"),
    [
        (
            "Андрей Лосев получил 17 голосов, его соперник набрал 7.",
            [(17, None, None), (7, None, None)],
        ),
        ("Лидер набрал 12 голосов, соперник — 7 голосов.", [(12, None, None), (7, None, None)]),
        ("Петров избран 15 голосами, его соперник получил 5.", [(15, None, None), (5, None, None)]),
        # at an election a rival's share is no tally and no people count
        ("На выборах мэра Иван Петров набрал 81 %, его соперник — 7 %.", []),
        ("Иван Петров набрал 81 % голосов избирателей, соперник — 7.", []),
    ],
)
def test_a_rivals_votes_after_a_candidates(text: str, tallies: list) -> None:
    people, got = _run(text)
    assert got == tallies
    assert all(role == "votes_for" for _, role in people)


@pytest.mark.parametrize(
    ("text", "people", "tallies"),
    [
        # deputies doing community work with others take part in it
        (
            "На субботнике вместе с жителями трудились 12 депутатов городской думы.",
            [(12, "participants")],
            [],
        ),
        (
            "Деревья в сквере высаживали 30 школьников и пять депутатов.",
            [(30, "participants"), (5, "participants")],
            [],
        ),
        # a bare part of a crowd that voted is a public vote, and the crowd its participants
        (
            "На сходе граждан из 86 участников за самообложение проголосовали 79.",
            [(86, "participants"), (79, "voters")],
            [],
        ),
        # not a part of deputies
        (
            "На сессии из 25 депутатов за проголосовали 21.",
            [(25, "members"), (21, "votes_for")],
            [(21, None, None)],
        ),
        # admitted to a contest's next stage: candidates
        ("Конкурсная комиссия допустила к собеседованию семь человек.", [(7, "other")], []),
        (
            "К участию в конкурсе на должность главы допустили пятерых претендентов.",
            [(5, "other")],
            [],
        ),
    ],
)
def test_community_work_public_votes_and_admitted_candidates(text: str, people, tallies) -> None:
    assert _run(text) == (people, tallies)


def test_registered_deputies_counted_in_the_singular_are_present() -> None:
    people, tallies = _run("За проголосовали 20 из 21 зарегистрированного депутата.")
    assert people == [(20, "votes_for"), (21, "attendees")]
    assert tallies == [(20, None, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a roll call: a verb of presence, a dash, the number
        ("Присутствовали 18 депутатов. Отсутствовали – 7.", [(18, "attendees"), (7, "other")]),
        ("На сессии зарегистрировано – 19, кворум есть.", [(19, "attendees")]),
        # the people a dash names right before each number
        (
            "В заседании приняли участие: депутатов – 18, приглашённых – 12.",
            [(18, "attendees"), (12, "participants")],
        ),
        # a cue a dash ties to its number wins over a nearer one after it
        (
            "Установленная численность депутатов – 25, избрано – 24, присутствует – 19.",
            [(25, "members"), (24, "members"), (19, "attendees")],
        ),
        # «всего депутатов – N» is the body's size
        ("Всего депутатов – 25, присутствуют – 20.", [(25, "members"), (20, "attendees")]),
        (
            "Всего членов в совете: 15, на заседание пришли 12.",
            [(15, "members"), (12, "attendees")],
        ),
    ],
)
def test_roll_calls_after_dashes(text: str, expected: list) -> None:
    assert _run(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("В районе трудятся 1 200 работников бюджетной сферы.", [(1200, "other")]),
        ("На предприятии трудится около 500 человек.", [(500, "other")]),
        # at community work those who work take part
        ("На субботнике трудились 300 человек.", [(300, "participants")]),
        ("На уборке сквера трудились 40 волонтёров.", [(40, "participants")]),
    ],
)
def test_working_somewhere_is_no_taking_part(text: str, expected: list) -> None:
    assert _run(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "people", "tallies"),
    [
        # a quorum's size after what it requires
        (
            "На заседании присутствовали 15 депутатов из 20 избранных. "
            "Для кворума требуется не менее 11.",
            [(15, "attendees"), (20, "members"), (11, "other")],
            [],
        ),
        ("Для кворума нужны хотя бы 14.", [(14, "other")], []),
        # a side, then the number for and those voting after «из»
        (
            "Депутаты выразили недоверие главе: «за» отставку высказались 20 из 25 депутатов.",
            [(20, "votes_for"), (25, "attendees")],
            [(20, None, None)],
        ),
        (
            "За проголосовали 18 из 20 депутатов.",
            [(18, "votes_for"), (20, "attendees")],
            [(18, None, None)],
        ),
    ],
)
def test_quorum_requirements_and_those_voting_after_a_side(text: str, people, tallies) -> None:
    assert _run(text) == (people, tallies)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("За неделю в поликлиники обратились 1 400 человек с симптомами ОРВИ.", [(1400, "other")]),
        ("С начала эпидемии в больницы обратились более 900 жителей района.", [(900, "other")]),
        # a reception is still taken part in
        ("На приём к депутату обратились 14 человек.", [(14, "participants")]),
    ],
)
def test_patients_are_no_participants(text: str, expected: list) -> None:
    assert _run(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "people", "tallies"),
    [
        (
            "В думу прошли 20 одномандатников и 8 списочников.",
            [(20, "members"), (8, "members")],
            [],
        ),
        ("В новом составе 14 единороссов и 7 беспартийных.", [(14, "members"), (7, "members")], []),
        ("Отсутствующих было 5.", [(5, "other")], []),
        ("Вместо 5 выбывших избраны 5 новых депутатов.", [(5, "other"), (5, "members")], []),
        ("На сессии было 8 воздержавшихся.", [(8, "abstained")], [(None, None, 8)]),
        # not voting is no side of a tally
        ("Не голосовали 3 депутата.", [(3, "other")], []),
        ("Не поддержали проект 3 депутата.", [(3, "votes_against")], [(None, 3, None)]),
    ],
)
def test_more_people_words_and_not_voting(text: str, people, tallies) -> None:
    assert _run(text) == (people, tallies)


@pytest.mark.parametrize(
    ("text", "tallies"),
    [
        # «вопрос», «расходы» hold no «опрос», «сход»: a council's tally stays one
        ("По вопросу о расходах бюджета голосовали: «за» – 15, «против» – 2.", [(15, 2, None)]),
        # a public vote said in the sentence before is no tally, its bare numbers neither
        (
            "Народный сход в деревне собрал 64 жителя. "
            "За самообложение проголосовали 58 человек, против – 6.",
            [],
        ),
        # a candidate's votes «депутатов из N»: the N are those voting
        ("Победил Андрей Зуев, набравший 9 голосов депутатов из 10.", [(9, None, None)]),
    ],
)
def test_public_votes_by_whole_words(text: str, tallies: list) -> None:
    assert _run(text)[1] == tallies


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Зарегистрировались 14 депутатов из 15. Отсутствовал один – по болезни.",
            [(14, "attendees"), (15, "members"), (1, "other")],
        ),
        # a number a colon breaks down into people counts them too (a colon and a space is
        # no time of day)
        (
            "В думе работали 35 депутатов. В новом созыве будет 25: 15 избранных по округам "
            "и 10 по партийным спискам.",
            [(35, "members"), (25, "members"), (15, "members"), (10, "members")],
        ),
        ("Заседание началось в 10:00 и закончилось в 14:30.", []),
        (
            "Победил Андрей Зуев, набравший 9 голосов депутатов из 10.",
            [(9, "votes_for"), (10, "attendees")],
        ),
    ],
)
def test_absentees_colon_breakdowns_and_those_voting(text: str, expected: list) -> None:
    assert _run(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "people", "tallies"),
    [
        # votes in the singular after a number ending in 1
        (
            "Спикера избрали 31 голосом из 36.",
            [(31, "votes_for"), (36, "attendees")],
            [(31, None, None)],
        ),
        (
            "Иванов получил 21 голос, Петров – 4.",
            [(21, "votes_for"), (4, "votes_for")],
            [(21, None, None), (4, None, None)],
        ),
        (
            "Поправки приняты 21 голосом против 5.",
            [(21, "votes_for"), (5, "votes_against")],
            [(21, 5, None)],
        ),
        # public hearings are no council vote
        (
            "На публичных слушаниях против проекта высказались 60 человек из 75.",
            [(60, "participants"), (75, "participants")],
            [],
        ),
        # signatories are no voters nor a crowd that took part
        (
            "Против прямых выборов мэра выступили 40 тысяч жителей, подписавших петицию.",
            [(40000, "other")],
            [],
        ),
        ("На сход пришли 80 жителей, они подписали протокол.", [(80, "participants")], []),
    ],
)
def test_singular_votes_hearings_and_signatories(text: str, people, tallies) -> None:
    assert _run(text) == (people, tallies)


def test_votes_noun_first_with_deputies_between() -> None:
    people, tallies = _run("Поправки приняты голосами 30 депутатов из 36.")
    assert people == [(30, "votes_for"), (36, "attendees")]
    assert tallies == [(30, None, None)]


@pytest.mark.parametrize(
    ("text", "people", "tallies"),
    [
        # on the spot, in the hall, and those who stayed
        (
            "Сессию открыл спикер. Из 21 депутата на месте были 18, ещё трое находились в отпуске.",
            [(21, "members"), (18, "attendees"), (3, "other")],
            [],
        ),
        ("В зале оставались 12 депутатов.", [(12, "attendees")], []),
        # leaving the hall is no taking part; the rest at a sitting are present
        (
            "Из зала заседаний вышли 5 депутатов в знак протеста. "
            "Оставшихся 20 хватило для кворума.",
            [(5, "other"), (20, "attendees")],
            [],
        ),
        # the rest after one side of a tally were for it
        (
            "Голосовавших против отчёта мэра оказалось семеро. "
            "Остальные 17 депутатов признали работу удовлетворительной.",
            [(7, "votes_against"), (17, "votes_for")],
            [(17, 7, None)],
        ),
        (
            "Воздержались двое, остальные 18 – за.",
            [(2, "abstained"), (18, "votes_for")],
            [(18, None, 2)],
        ),
        ("Против – 3. Остальные 20 депутатов покинули зал.", [(20, "other")], []),
        # a scaled count said again for another place takes the unit before
        (
            "На одного депутата гордумы в среднем приходится 28 тысяч избирателей. "
            "В других городах края – около 10 тысяч.",
            [(28000, "other"), (10000, "other")],
            [],
        ),
        # «субботник» is an event, not a person
        ("За год проведено 56 субботников и 3 воскресника.", [], []),
    ],
)
def test_presence_the_rest_of_a_tally_and_repeated_scales(text: str, people, tallies) -> None:
    assert _run(text) == (people, tallies)


@pytest.mark.parametrize(
    ("text", "tallies"),
    [
        ("Лидер получил 14 голосов. У его соперника – 6.", [(14, None, None), (6, None, None)]),
        (
            "Иванов получил 20 голосов депутатов. Его соперник набрал только 5.",
            [(20, None, None), (5, None, None)],
        ),
        # with no candidate's votes before, a rival's number is no tally
        ("Бюджет принят. У соперника – 6.", []),
    ],
)
def test_a_rival_a_sentence_after_the_candidate(text: str, tallies: list) -> None:
    assert _run(text)[1] == tallies


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the part of an electorate that voted are voters
        (
            "В городе 812 тысяч избирателей, из них на выборы пришли около 200 тысяч.",
            [(812000, "other"), (200000, "voters")],
        ),
        # a place's electorate named after a dash in another clause
        (
            "В посёлке живут 4 тысячи человек, а избирателей – 3,1 тысячи.",
            [(4000, "residents"), (3100, "other")],
        ),
        # a meeting to discuss is taken part in
        (
            "Свыше полусотни предпринимателей обсудили с главой меры поддержки.",
            [(50, "participants")],
        ),
        ("Бюджет обсудили 22 депутата.", [(22, "attendees")]),
    ],
)
def test_electorates_and_discussions(text: str, expected: list) -> None:
    assert _run(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a round base a rate is given per is no count either
        ("На 100 жителей приходится 32 автомобиля.", [32]),
        ("На 1000 человек населения в среднем приходится 11 рождений.", [11]),
        # a change by a round number still is
        ("Число жителей выросло на 100 человек.", [100]),
    ],
)
def test_round_rate_bases_are_no_counts(text: str, values: list) -> None:
    assert [f["value"] for f in find_figures(text)] == values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a town named between the counted noun and its number
        ("Всего почётных граждан в Перми – 120.", [(120, "other")]),
        ("Депутатов в Березниках – 25.", [(25, "members")]),
    ],
)
def test_a_count_after_a_town_by_name(text: str, expected: list) -> None:
    assert _run(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle used as a noun, with an infinitive or a destination after it
        ("Желающих поучаствовать в забеге нашлось 300.", [(300, "participants")]),
        ("Пришедших на акцию было около двухсот.", [(200, "participants")]),
    ],
)
def test_counted_participles_with_their_words_between(text: str, expected: list) -> None:
    assert _run(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "people", "tallies"),
    [
        # a constituency that will hold its electors
        (
            "Каждый из 25 одномандатных округов объединит около 9 тысяч избирателей.",
            [(9000, "other")],
            [],
        ),
        # a crowd in a hall after a meeting, not a sitting, takes part
        (
            "На встречу с губернатором собрались главы 32 муниципалитетов. "
            "Вместе с ними в зале было около 200 человек.",
            [(200, "participants")],
            [],
        ),
        # a number after «№» is no side of a tally
        (
            "Собрание жителей дома № 12 проголосовало за установку шлагбаума: "
            "«за» – 37 человек, «против» – 4.",
            [(37, "voters"), (4, "voters")],
            [],
        ),
        # «из них» skips a figure in a prepositional phrase right after the antecedent
        (
            "На выборах в гордуму было выдвинуто 146 кандидатов на 35 мест. "
            "Зарегистрированы 131 из них.",
            [(146, "other"), (131, "other")],
            [],
        ),
    ],
)
def test_electorates_halls_labels_and_antecedents(text: str, people, tallies) -> None:
    assert _run(text) == (people, tallies)
