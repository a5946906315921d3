"""Roles of people counts in wordings the first role rules did not cover: a sitting counted in
«человек», a body's size beside a sitting, arrests, candidacies, compound words, a population
counted in «человек», employment. Each rule is checked on more than one wording."""

from __future__ import annotations

import pytest

from extraction.figures import find_figures
from extraction.votes import find_votes


def roles(text: str) -> list[tuple[float, str]]:
    figures = find_figures(text)
    find_votes(text, figures)
    return [(f["value"], f["role"]) for f in figures if f["is_people"]]


CASES = [
    # those present at a sitting are its members, whatever noun counts them
    ("На заседание пришли 24, не явились 18 человек.", [(24, "attendees"), (18, "other")]),
    ("На заседание пришли 24 человека, кворум есть.", [(24, "attendees")]),
    ("На сессию пришли 19 человек, кворум имеется.", [(19, "attendees")]),
    ("В заседании совета приняли участие 14 человек.", [(14, "attendees")]),
    # but the public at a sitting, or a crowd in a hall, take part
    ("На заседание комиссии пришли 30 жителей.", [(30, "participants")]),
    ("В зале заседаний собрались 200 человек на концерт.", [(200, "participants")]),
    # a body's size in a clause of its own, beside who came to the sitting
    ("Всего в думе 25 депутатов, на заседание пришли 20.", [(25, "members"), (20, "attendees")]),
    ("В совете 15 депутатов, на сессию явились 12.", [(15, "members"), (12, "attendees")]),
    (
        "Сейчас в гордуме 36 депутатов, а в заседании участвовали 30.",
        [(36, "members"), (30, "attendees")],
    ),
    # arrests are no taking part
    (
        "В митинге участвовали около 2 тысяч человек, полиция задержала 15 человек.",
        [(2000, "participants"), (15, "other")],
    ),
    ("После митинга были задержаны 12 человек.", [(12, "other")]),
    # standing in an election is candidacy, not voting
    ("Заявки на участие в выборах подали 40 человек.", [(40, "other")]),
    ("Документы для участия в выборах главы подали 9 человек.", [(9, "other")]),
    # a compound's head word is the cue
    ("В онлайн-голосовании приняли участие более 5 тысяч человек.", [(5000, "voters")]),
    ("В интернет-голосовании приняли участие 20 тысяч жителей.", [(20000, "voters")]),
    ("В онлайн-опросе приняли участие 900 человек.", [(900, "participants")]),
    # «численность» of a settlement is its population, of a staff its members
    ("Численность жителей поселения — 4 тысячи человек.", [(4000, "residents")]),
    ("Численность жителей села — 600 человек.", [(600, "residents")]),
    ("Посёлок насчитывает 2 тысячи человек.", [(2000, "residents")]),
    ("Численность штата администрации — 80 человек.", [(80, "members")]),
    # joining a body
    ("В рабочую группу включены 9 специалистов.", [(9, "members")]),
    ("В состав совета включены 7 человек.", [(7, "members")]),
    # hiring is no reception
    ("На работу приняты 40 человек.", [(40, "other")]),
    ("На службу в полицию приняты 12 человек.", [(12, "other")]),
    ("В ходе приёма глава принял 20 человек.", [(20, "participants")]),
    # a public vote is voters, not a council's tally
    ("За проекты благоустройства проголосовали 8 тысяч горожан.", [(8000, "voters")]),
    ("За новый сквер проголосовали 700 жителей района.", [(700, "voters")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_roles(text: str, expected: list) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "За проекты благоустройства проголосовали 8 тысяч горожан.",
        "За новый сквер проголосовали 700 жителей района.",
        "«За» — восемь тысяч участников опроса.",
    ],
)
def test_public_votes_are_no_tallies(text: str) -> None:
    assert find_votes(text, find_figures(text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hyphenated deputy is a deputy
        ("В думе 20 депутатов-одномандатников.", [(20, "members")]),
        ("Фракцию составляют 7 депутатов-единороссов.", [(7, "members")]),
        ("На сессии присутствовали 18 депутатов-единороссов.", [(18, "attendees")]),
        # a group's size is no population, even in a sentence naming a town
        ("Отряд численностью 300 человек прибыл в город.", [(300, "members")]),
        ("Делегация района численностью 40 человек вернулась домой.", [(40, "members")]),
    ],
)
def test_compound_units_and_groups(text: str, expected: list) -> None:
    assert roles(text) == expected


def values(text: str) -> list[tuple]:
    return [(f["value"], f["text"], f["is_people"]) for f in find_figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # case endings of cardinals after digits
        ("На встречу пришли 500-от человек.", [(500, "500-от человек", True)]),
        ("Встреча с 5-и участниками прошла в школе.", [(5, "5-и участниками", True)]),
        ("Дом с 2-мя подъездами отремонтировали.", [(2, "2-мя подъездами", False)]),
        # an ordinal's ending is no count
        ("На 5-ом этаже открыли кабинет.", []),
        # an adverb before a participle inside the counted phrase
        (
            "Мандаты получили 25 вновь избранных депутатов.",
            [(25, "25 вновь избранных депутатов", True)],
        ),
        (
            "Присягу принесли 12 впервые избранных депутатов.",
            [(12, "12 впервые избранных депутатов", True)],
        ),
        # a participle used as a noun before its number
        ("Желающих оказалось 40.", [(40, "40", True)]),
        ("Приглашённых было около 100.", [(100, "около 100", True)]),
        ("Новых было 5.", []),
    ],
)
def test_count_forms(text: str, expected: list) -> None:
    assert values(text) == expected


def test_a_negated_verb_does_not_enter_the_subject() -> None:
    text = "Проект бюджета на 2025 год не поддержали 15 депутатов."
    found = find_votes(text, find_figures(text))
    assert [(v["against"], v["subject"]) for v in found] == [(15, "Проект бюджета на 2025 год")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare number followed by as many names as it says counts those people
        (
            "Предыдущие три — Олег Петров, Анна Серова и Иван Котов — были назначены по конкурсу.",
            [(3, "other")],
        ),
        ("Кандидатов двое: Иванов Пётр и Сидорова Анна.", [(2, "other")]),
        ("На заседании отсутствовали двое: Иванов и Кузнецова.", [(2, "other")]),
        ("Из фракции вышли двое — Петров и Сидоров.", [(2, "other")]),
        # «их» counts what the sentence before named
        ("Участники прошли по центру. Их было 3 тысячи.", [(3000, "participants")]),
        ("Волонтёры помогали на празднике весь день. Их было около 200.", [(200, "participants")]),
        # appointed officers of a body are its members
        ("Главой назначены 5 заместителей.", [(5, "members")]),
    ],
)
def test_names_and_pronouns_give_the_unit(text: str, expected: list) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Первые органы ТОС появились 10 лет назад. Если до 2017 года их насчитывалось 54, "
            "то сейчас — 605.",
            [(54, "54", False), (605, "605", False)],
        ),
        ("В городе работают школы искусств. Сейчас их уже 12.", [(12, "12", False)]),
        # the names must be as many as the number, and names
        ("Итого три — Москва и Казань.", []),
        ("Мест два — Москва и Казань.", []),
        ("Пунктов два: 1 и 2.", []),
    ],
)
def test_bare_counts_of_named_things(text: str, expected: list) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group of a place's people, with nothing they do, is part of its population
        ("В городе более 50 тысяч детей.", [(50000, "residents")]),
        ("В районе 12 тысяч пенсионеров.", [(12000, "residents")]),
        ("В посёлке около 300 школьников.", [(300, "residents")]),
        ("В городе 5 тысяч человек пришли на праздник.", [(5000, "participants")]),
        # awards
        ("Депутаты вручили награды трём депутатам.", [(3, "other")]),
        ("Грамоты вручили 12 волонтёрам.", [(12, "other")]),
    ],
)
def test_population_groups_and_awards(text: str, expected: list) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В празднике участвовали две с половиной тысячи человек.",
            [(2500, "две с половиной тысячи человек", True)],
        ),
        (
            "Бюджет — три с половиной миллиона рублей.",
            [(3500000, "три с половиной миллиона рублей", False)],
        ),
        ("Ремонт длился два с половиной года.", []),
    ],
)
def test_and_a_half(text: str, expected: list) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Деревья высаживали 40 волонтёров.", [(40, "participants")]),
        ("Клумбы озеленяли 25 школьников.", [(25, "participants")]),
        ("В клубе занимаются 45 детей.", [(45, "participants")]),
        ("На учёте состоят 200 безработных.", [(200, "other")]),
        ("В совете состоят 15 человек.", [(15, "members")]),
    ],
)
def test_community_work_and_registers(text: str, expected: list) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare number right after what people do counts people, not a unit nearby
        ("На выборах проголосовали 12 345, явка составила 40%.", [(12345, "voters")]),
        (
            "На публичные слушания пришли 45, выступили 12.",
            [(45, "participants"), (12, "participants")],
        ),
        ("На субботник вышли около 300, собрали 50 мешков мусора.", [(300, "participants")]),
        ("В конкурсе участвовали 12, победили трое.", [(12, "participants"), (3, "other")]),
        # a counted noun before a place phrase
        ("Депутатов в думе — 25.", [(25, "members")]),
        ("Жителей в посёлке — 800.", [(800, "residents")]),
        # «число X» names the unit of a scaled number; amounting to is no action
        ("Число жителей района составляет 25 тысяч.", [(25000, "residents")]),
        ("Количество жителей села превысило 3 тысячи.", [(3000, "residents")]),
        ("Число участников акции достигло 5 тысяч.", [(5000, "participants")]),
        ("Число жителей, подписавших обращение, превысило 2 тысячи.", [(2000, "other")]),
    ],
)
def test_bare_numbers_after_verbs_and_places(text: str, expected: list) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # entering a body, with the body before or after the verb, makes any kind of people
        # its members
        (
            "В гордуму прошли 20 единороссов, 3 коммуниста и 2 представителя ЛДПР.",
            [(20, "members"), (3, "members"), (2, "members")],
        ),
        ("В совет вошли 4 представителя общественности.", [(4, "members")]),
        ("Партия провела в думу 12 своих представителей.", [(12, "members")]),
        ("В думу избраны 6 предпринимателей и 4 врача.", [(6, "members"), (4, "members")]),
        # a crowd is not made members by a body named in its sentence
        ("На встречу с депутатами, прошедшими в думу, пришли 40 жителей.", [(40, "participants")]),
    ],
)
def test_entering_a_body(text: str, expected: list) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # any people counted in a body with nothing they do are its members
        ("В думе 10 женщин и 15 мужчин.", [(10, "members"), (15, "members")]),
        ("Среди депутатов 12 предпринимателей и 8 педагогов.", [(12, "members"), (8, "members")]),
        # but a meeting is an event
        ("На собрании было 300 человек.", [(300, "participants")]),
        # leaving in another clause says nothing of a count with its own verb
        (
            "Сегодня в думе работают 33 депутата из 35, двое сложили полномочия.",
            [(33, "members"), (35, "members"), (2, "other")],
        ),
        ("Из состава думы выбыли два депутата.", [(2, "other")]),
        # «а их 22»: a count of what the sentence just named
        ("Депутаты-единороссы, а их 22, поддержали проект.", [(22, "members")]),
    ],
)
def test_members_of_bodies(text: str, expected: list) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count changed to a bound alone takes the noun of «число X»
        ("Число депутатов сократят до 25.", [(25, "25", True)]),
        ("Количество депутатов думы уменьшится до 21.", [(21, "21", True)]),
        (
            "Состав думы сократится с 35 депутатов до 25.",
            [(35, "35 депутатов", True), (25, "25", True)],
        ),
        ("Приём перенесли до 15.", []),
        # a breakdown repeats the frame of its first part
        (
            "В думу избраны 35 депутатов: 30 по спискам и 5 по округам.",
            [(35, "35 депутатов", True), (30, "30", True), (5, "5", True)],
        ),
        (
            "На субботник вышли 200 человек: 120 в городе, 80 в районе.",
            [(200, "200 человек", True), (120, "120", True), (80, "80", True)],
        ),
        # the first day of a range of dates is no count
        (
            "Конкурс пройдёт с 1 по 15 июня, заявки принимают 20 организаций.",
            [(20, "20 организаций", False)],
        ),
        ("Приём пройдёт 12 и 26 апреля, записались 30 человек.", [(30, "30 человек", True)]),
    ],
)
def test_bounds_breakdowns_and_date_ranges(text: str, expected: list) -> None:
    assert values(text) == expected


def test_elected_in_districts_are_members() -> None:
    assert roles("В округах победили 20 единороссов.") == [(20, "members")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Количество депутатов уменьшилось на 10.", [(10, "10", True)]),
        ("Количество ТОСов увеличилось на 12.", [(12, "12", False)]),
        ("Заседание перенесли на 15.", []),
    ],
)
def test_a_change_of_a_named_count(text: str, expected: list) -> None:
    assert values(text) == expected


def test_a_change_of_deputies_is_other() -> None:
    assert roles("Количество депутатов уменьшилось на 10.") == [(10, "other")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Приехали 50 (пятьдесят) делегатов.", [(50, "50 (пятьдесят) делегатов", True)]),
        ("Выделено 300 (триста) тысяч рублей.", [(300000, "300 (триста) тысяч рублей", False)]),
        ("Участников — 1500 (полторы тысячи).", [(1500, "1500 (полторы тысячи)", True)]),
        # brackets that do not spell the number
        ("Дом 5 (пять этажей) сдан.", []),
    ],
)
def test_a_number_spelled_out_in_brackets(text: str, expected: list) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part of a count that left or was away is other, the rest of a breakdown shares
        ("В думе 35 депутатов, из них 3 отсутствовали.", [(35, "members"), (3, "other")]),
        (
            "Городская дума насчитывает 35 депутатов. После досрочного прекращения полномочий "
            "троих из них в думе осталось 32 народных избранника.",
            [(35, "members"), (3, "other"), (32, "members")],
        ),
        (
            "В думу избраны 45 депутатов, 41 из них — единороссы.",
            [(45, "members"), (41, "members")],
        ),
        # deputies at a reception of citizens take part in it, they do not sit
        ("Прием граждан провели глава района и 5 депутатов.", [(5, "participants")]),
    ],
)
def test_parts_that_leave_and_receptions(text: str, expected: list) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # party members at an event take part in it; entering a body makes members
        ("В акции участвовали 12 единороссов.", [(12, "participants")]),
        ("В думу прошли 18 единороссов.", [(18, "members")]),
        # feminine nouns of inhabitants and voters
        ("В селе 40 жительниц старше 80 лет.", [(40, "residents")]),
        ("На участки пришли 300 избирательниц.", [(300, "voters")]),
    ],
)
def test_party_members_at_events_and_feminine_nouns(text: str, expected: list) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "approx"),
    [
        ("Численность думы сократят с 49 до 37 депутатов.", [None, None]),
        ("Число депутатов увеличат до 35 человек.", [None]),
        ("Зал вмещает до 300 гостей.", ["до"]),
        ("Чуть более 200 человек пришли на сход.", ["чуть более"]),
        ("Не менее 50 человек участвовали в акции.", ["не менее"]),
    ],
)
def test_until_after_a_change_is_no_approximation(text: str, approx: list) -> None:
    assert [f["approx"] for f in find_figures(text)] == approx


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the count's own verb under «не», though a nearer cue says voting or an event
        ("Ещё пятеро в голосовании не участвовали.", [(5, "other")]),
        ("Двое депутатов на праздник не пришли.", [(2, "other")]),
        # a dash and a plural noun name a group of the count before
        (
            "Совет состоит из 15 человек. Из них 9 работают в школах, 6 — пенсионеры.",
            [(15, "members"), (9, "members"), (6, "members")],
        ),
        (
            "В думе 25 депутатов: 12 — учителя, 8 — врачи.",
            [(25, "members"), (12, "members"), (8, "members")],
        ),
        # participants who vote are voters; participants elsewhere stay participants
        ("За строительство храма проголосовали 140 участников схода.", [(140, "voters")]),
        ("В слушаниях по бюджету приняли участие 45 участников.", [(45, "participants")]),
    ],
)
def test_denied_verbs_dashed_groups_and_voting_participants(text: str, expected: list) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В оргкомитет вошли 12 человек: по 4 назначили дума и администрация, ещё 4 — "
            "общественники.",
            [(12, "members"), (4, "members"), (4, "members")],
        ),
        (
            "В избирательную комиссию вошли 9 человек: по 3 назначили губернатор и дума, "
            "ещё 3 — жители.",
            [(9, "members"), (3, "members"), (3, "members")],
        ),
    ],
)
def test_the_parts_a_colon_opens_share_the_count_role(text: str, expected: list) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # backing a candidate in an election (said in the sentence before) is voting
        (
            "На выборах мэра явка составила 42 %. Победителя поддержали 31 тысяча горожан.",
            [(31000, "voters")],
        ),
        ("Петицию за сохранение парка поддержали 3 тысячи горожан.", [(3000, "other")]),
        # keeping order at an event is not taking part in it
        ("Для охраны правопорядка на празднике задействовали 220 полицейских.", [(220, "other")]),
        ("В акции были задействованы 70 волонтёров.", [(70, "participants")]),
    ],
)
def test_election_support_and_keeping_order(text: str, expected: list) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # deputies who act, the sitting said in the sentence before
        (
            "Заседание совета прошло онлайн. Подключились 18 депутатов.",
            [(18, "attendees")],
        ),
        ("Депутаты собрались на заседание. В думе 25 депутатов.", [(25, "members")]),
        # the electorate after «из» beside those who voted
        (
            "На выборах проголосовали 8 тысяч избирателей из 27 тысяч.",
            [(8000, "voters"), (27000, "other")],
        ),
        ("На ковре состязались 40 борцов.", [(40, "participants")]),
        # a count opening a sentence after «главы.» is no label of a chapter
        (
            "В администрации шесть заместителей главы. Три из них курируют хозяйство.",
            [(6, "members"), (3, "members")],
        ),
    ],
)
def test_sittings_before_electorates_and_sentence_openings(text: str, expected: list) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «не» before a modal denies the verb after it
        (
            "В совете 11 депутатов. Двое не смогли прийти на заседание.",
            [(11, "members"), (2, "other")],
        ),
        ("На праздник смогли приехать 300 гостей.", [(300, "participants")]),
        # recommended candidates and those who leave the hall are no body's members
        ("Комиссия по отбору рекомендовала троих.", [(3, "other")]),
        ("Пятеро депутатов покинули зал заседаний.", [(5, "other")]),
    ],
)
def test_denied_by_a_modal_recommended_and_leaving(text: str, expected: list) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «это» restates the count of the sentence before
        (
            "На выборах мэра проголосовали 48 % избирателей. Это около 31 тысячи человек.",
            [(31000, "voters")],
        ),
        # being away on leave or on a trip
        (
            "На сессии работали 14 депутатов, ещё трое были в командировке.",
            [(14, "attendees"), (3, "other")],
        ),
        # a bare change between «на» and «больше» takes the noun before it
        (
            "В посёлке живут 2 тысячи человек. Пять лет назад жителей было на 300 больше.",
            [(2000, "residents"), (300, "other")],
        ),
    ],
)
def test_restated_counts_absences_and_changes(text: str, expected: list) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "За проект проголосовали 18 депутатов, 2 не голосовали.",
            [(18, "votes_for"), (2, "other")],
        ),
        ("Против выступили двое, один не голосовал.", [(2, "votes_against"), (1, "other")]),
    ],
)
def test_a_bare_number_before_a_denied_verb_is_a_count(text: str, expected: list) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the part of a body that came to a sitting is its attendees
        (
            "Районный Совет насчитывает 15 депутатов. В сессии участвовали 13 из них.",
            [(15, "members"), (13, "attendees")],
        ),
        (
            "Дума состоит из 25 депутатов, из них на заседание пришли 21.",
            [(25, "members"), (21, "attendees")],
        ),
        # a part set apart by what was done to it or what it did itself
        (
            "В кадровый резерв вошли 26 человек. Из них семеро уже назначены заместителями.",
            [(26, "members"), (7, "other")],
        ),
        (
            "В отряд входят 30 спасателей, из них четверо награждены медалями.",
            [(30, "members"), (4, "other")],
        ),
        # but a part someone placed in the body stays a member
        (
            "В палату вошли 24 человека: 12 назначил губернатор, ещё 12 избраны на форуме.",
            [(24, "members"), (12, "members"), (12, "members")],
        ),
    ],
)
def test_a_part_of_a_body_present_or_set_apart(text: str, expected: list) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a predicate noun of people the roles do not name: a part of their own
        ("Экспертами форума выступили 20 человек.", [(20, "other")]),
        ("Судьями соревнований стали 12 человек.", [(12, "other")]),
        # one that names those who take part
        ("Делегатами конференции стали 140 человек.", [(140, "participants")]),
        # receiving an award or a paper, beside an event or not
        (
            "В сквере прошёл праздник улицы. 15 самых активных жителей получили грамоты.",
            [(15, "other")],
        ),
        (
            "На субботник вышли 90 человек, а 40 волонтёров получили благодарственные письма.",
            [(90, "participants"), (40, "other")],
        ),
        # taking part is still taking part
        ("В субботнике участвовали 40 волонтёров.", [(40, "participants")]),
        # papers of a status are no award: elected deputies stay members
        ("Все 30 депутатов нового созыва получили удостоверения.", [(30, "members")]),
    ],
)
def test_predicate_nouns_and_award_recipients(text: str, expected: list) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part named before a dash, and the list that goes on after it
        (
            "В городе живут 41 тысяча человек. Из них пенсионеров – около 9 тысяч, детей – 8 200.",
            [(41000, "residents"), (9000, "residents"), (8200, "residents")],
        ),
        (
            "В совет входят 15 человек. Из них женщин – 6, мужчин – 9.",
            [(15, "members"), (6, "members"), (9, "members")],
        ),
    ],
)
def test_parts_named_before_a_dash_share_the_count(text: str, expected: list) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # listening is taking part, whoever the listeners are said to be after a dash
        (
            "Отчёт главы слушали 150 человек – представители коллективов, депутаты, ветераны.",
            [(150, "participants")],
        ),
        ("Выступление хора слушали около 300 горожан.", [(300, "participants")]),
        # deputies hearing a report at a sitting are still attendees
        ("Отчёт главы заслушали 24 депутата.", [(24, "attendees")]),
    ],
)
def test_listeners_take_part(text: str, expected: list) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # deputies a participle of presence describes after a comma were present
        (
            "Из 25 депутатов, присутствовавших на заседании, за решение проголосовали 24.",
            [(25, "attendees"), (24, "votes_for")],
        ),
        (
            "Из 19 депутатов, зарегистрированных на сессии, против высказались трое.",
            [(19, "attendees"), (3, "votes_against")],
        ),
        # a finite verb after the comma is another clause: the body's size stays members
        (
            "Дума состоит из 25 депутатов, присутствовали на заседании 20.",
            [(25, "members"), (20, "attendees")],
        ),
    ],
)
def test_deputies_described_as_present(text: str, expected: list) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a constituency named by its number is no election: those at a reception take part
        (
            "Депутат по избирательному округу № 7 провела приём, к ней обратились 9 человек.",
            [(9, "participants")],
        ),
        (
            "На встречу с депутатом избирательного округа № 12 пришли 35 жителей.",
            [(35, "participants")],
        ),
        # polling stations are an election
        ("На избирательные участки пришли 12 тысяч человек.", [(12000, "voters")]),
    ],
)
def test_a_constituency_by_name_is_no_election(text: str, expected: list) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «насчитывает» in a relative clause counts the place named just before it
        (
            "Жители посёлка, который насчитывает 3 тысячи человек, вышли на сход.",
            [(3000, "residents")],
        ),
        (
            "Это половина взрослого населения села, которое насчитывает 240 человек.",
            [(240, "residents")],
        ),
        # a body's staff named before it stays members
        (
            "Совет ветеранов района, который насчитывает 300 человек, отметил юбилей.",
            [(300, "members")],
        ),
    ],
)
def test_a_relative_clause_counts_the_place_before_it(text: str, expected: list) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a smaller body's size with no verb, and the list a colon opens after it
        (
            "В делегации 12 человек: 7 спортсменов, 3 тренера и 2 врача.",
            [(12, "members"), (7, "members"), (3, "members"), (2, "members")],
        ),
        ("В комиссии семь человек, в том числе два депутата.", [(7, "members"), (2, "members")]),
        # a colon list after a crowd is a crowd
        (
            "На праздник пришли 400 человек: 250 взрослых и 150 детей.",
            [(400, "participants"), (250, "participants"), (150, "participants")],
        ),
        # those present at the body's sitting are still attendees
        ("На заседании комиссии присутствовали 6 человек.", [(6, "attendees")]),
    ],
)
def test_small_bodies_and_lists_after_a_colon(text: str, expected: list) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # electors at a deputy's reception or meeting said a sentence before take part in it
        ("Приём вёл депутат Иван Орлов. Он принял 14 избирателей.", [(14, "participants")]),
        ("Депутат провёл встречу в школе № 5. Пришли 60 избирателей.", [(60, "participants")]),
        # polling stations in their own sentence make them voters whatever came before
        (
            "В воскресенье прошёл праздник. Вечером на участки пришли 3 тысячи избирателей.",
            [(3000, "voters")],
        ),
        ("Выборы прошли спокойно. На участки пришли 12 тысяч избирателей.", [(12000, "voters")]),
    ],
)
def test_electors_at_an_event_said_before(text: str, expected: list) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the deputies whose mandate ended are other; those left are members
        ("Городская Дума досрочно прекратила полномочия двух депутатов.", [(2, "other")]),
        ("Полномочия трёх депутатов прекращены досрочно.", [(3, "other")]),
        (
            "После прекращения полномочий 4 депутатов в Совете осталось 11 человек.",
            [(4, "other"), (11, "members")],
        ),
        # a mandate's length or start is no leaving
        ("Полномочия 25 депутатов нового созыва начались в сентябре.", [(25, "members")]),
    ],
)
def test_counts_whose_mandate_ended(text: str, expected: list) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «в полном составе» says all members came: attendance, not the body's size
        (
            "Комиссия по бюджету собралась в полном составе – все пятеро её членов.",
            [(5, "attendees")],
        ),
        ("Совет собрался в полном составе: присутствовали 9 депутатов.", [(9, "attendees")]),
        # the body's composition is still its size
        ("В состав комиссии вошли 7 человек.", [(7, "members")]),
    ],
)
def test_a_body_in_full_is_attendance(text: str, expected: list) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the electorate on the lists is no body and did not vote
        (
            "В списки избирателей включены 86 тысяч человек, проголосовали 31 тысяча.",
            [(86000, "other"), (31000, "voters")],
        ),
        # observers watch the election
        ("Наблюдение за выборами вели 120 наблюдателей.", [(120, "other")]),
        # a body's list is still its members
        ("В список кадрового резерва включены 14 человек.", [(14, "members")]),
    ],
)
def test_the_electorate_and_observers(text: str, expected: list) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the body named right after the counted noun says whose people they are, not a size
        ("В голосовании приняли участие 18 членов комиссии.", [(18, "attendees")]),
        ("На заседание пришли 11 членов президиума.", [(11, "attendees")]),
        # a membership cue elsewhere still counts the body's size
        ("В состав комиссии вошли 7 членов совета.", [(7, "members")]),
        ("Комиссия состоит из 9 членов.", [(9, "members")]),
    ],
)
def test_the_body_named_after_the_counted_noun(text: str, expected: list) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quorum's size is a threshold, neither those present nor the body
        ("Кворум для проведения сессии составляет 14 депутатов.", [(14, "other")]),
        ("Для кворума необходимо присутствие не менее 16 депутатов.", [(16, "other")]),
        ("Кворум — 11 депутатов, на заседание пришли 13.", [(11, "other"), (13, "attendees")]),
        (
            "На внеочередную сессию явились лишь 9 депутатов при кворуме в 12.",
            [(9, "attendees"), (12, "other")],
        ),
        ("Для кворума нужно 13 человек, собрались только 11.", [(13, "other"), (11, "attendees")]),
        # «кворум есть» says nothing of a size: those counted are still present
        ("Кворум имеется: зарегистрированы 18 депутатов.", [(18, "attendees")]),
        ("На заседании работали 20 депутатов, кворум был.", [(20, "attendees")]),
    ],
)
def test_a_quorum_size_is_no_attendance(text: str, expected: list) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the electorate of a place or on the lists did not vote
        ("Всего в округе 31 тысяча избирателей.", [(31000, "other")]),
        ("Для голосования зарегистрированы 47 тысяч избирателей.", [(47000, "other")]),
        ("К участку № 5 приписаны 1 900 избирателей.", [(1900, "other")]),
        # those who came to the polling stations did, whatever noun counts them
        (
            "В районе 18 тысяч избирателей, на участки пришли 7 тысяч.",
            [(18000, "other"), (7000, "voters")],
        ),
        ("На избирательные участки пришли 6 200 человек.", [(6200, "voters")]),
        # but those who backed a candidate or came to the polls are voters
        ("За кандидата в округе — 4 312 избирателей.", [(4312, "voters")]),
        ("На участки в городе пришли 14 тысяч избирателей.", [(14000, "voters")]),
        # and electors at a meeting take part in it
        ("На встречу с депутатом пришли 300 избирателей.", [(300, "participants")]),
        # the whole electorate a part of voters is taken from
        (
            "Из 6 тысяч избирателей поселения на участки пришли 2 300.",
            [(6000, "other"), (2300, "voters")],
        ),
        # unless a participle says what they did
        (
            "Из 700 избирателей, пришедших на участок, 450 проголосовали за главу.",
            [(700, "voters"), (450, "voters")],
        ),
    ],
)
def test_the_electorate_is_no_voters(text: str, expected: list) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «Прибыли» before a count is the verb of coming, not the profit
        (
            "Депутаты собрались на первое заседание. Прибыли все 25 депутатов.",
            [(25, "attendees")],
        ),
        ("На праздник прибыли около 300 гостей.", [(300, "participants")]),
        # those present or elected, counted by a participle alone, at a sitting
        ("Всего в зале было 23 присутствующих.", [(23, "attendees")]),
        ("На сессии было 18 присутствовавших.", [(18, "attendees")]),
        # the elected of a council are its deputies
        ("Проголосовали 20 из 25 избранных.", [(20, "attendees"), (25, "members")]),
        ("На сессии присутствовали 22 избранных.", [(22, "attendees")]),
        # but those present at a hearing take part in it
        ("На слушаниях было 40 присутствующих.", [(40, "participants")]),
    ],
)
def test_arrival_and_presence_at_a_sitting(text: str, expected: list) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people registered as living in a place are its population
        ("На 1 января в районе зарегистрировано 28 140 человек.", [(28140, "residents")]),
        ("В посёлке зарегистрированы 2 400 жителей.", [(2400, "residents")]),
        # registered as candidates, as jobless or at an event they are not
        ("Кандидатами на должность главы района зарегистрированы три человека.", [(3, "other")]),
        ("В районе зарегистрировано 300 безработных.", [(300, "other")]),
        ("На празднике в городе зарегистрировано 500 участников.", [(500, "participants")]),
        # «объединены» is the membership «объединяют» says
        ("В городе 48 ТОС, в них объединены около 20 тысяч жителей.", [(20000, "members")]),
    ],
)
def test_a_registered_population_and_united_members(text: str, expected: list) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the staff who work in an office are its members
        ("Сегодня в администрации района работают 96 муниципальных служащих.", [(96, "members")]),
        ("В аппарате Думы трудятся 14 специалистов.", [(14, "members")]),
        ("В отделе культуры работают 9 человек.", [(9, "members")]),
        # working at an event beside an office is taking part
        ("На субботнике у здания администрации работали 50 человек.", [(50, "participants")]),
        # resigning by a noun, «сложение полномочий», is leaving as the verb is
        ("Заявления о сложении полномочий написали двое депутатов.", [(2, "other")]),
    ],
)
def test_staff_of_an_office_and_resignation_by_a_noun(text: str, expected: list) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a size in its own «X было N» clause takes no cue from the clause after it
        (
            "Депутатов было двадцать пять, пришли двадцать два.",
            [(25, "members"), (22, "attendees")],
        ),
        ("Членов совета было 15, на заседание явились 11.", [(15, "members"), (11, "attendees")]),
        # a crowd noun still names what it counts
        ("Участников было 300, они убрали весь берег.", [(300, "participants")]),
    ],
)
def test_a_size_clause_before_an_attendance(text: str, expected: list) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a crowd backing a candidate voted for them
        (
            "Лидером стал кандидат от «Единой России», его поддержали 14 312 человек.",
            [(14312, "voters")],
        ),
        ("Победил самовыдвинутый кандидат: его поддержали 3 800 жителей.", [(3800, "voters")]),
        # a crowd backing a petition did not
        ("Обращение в поддержку кандидата поддержали 2 тысячи жителей.", [(2000, "other")]),
    ],
)
def test_a_crowd_backing_a_candidate(text: str, expected: list) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body's name, «Собрание», is no cue of taking part for deputies in any clause
        (
            "Депутатов от ЛДПР в Собрании представителей трое, от КПРФ – 4.",
            [(3, "members"), (4, "members")],
        ),
        # a size clause before a sitting's: the sitting is the next clause's
        (
            "Членов совета было 11, на заседание пришли девять.",
            [(11, "members"), (9, "attendees")],
        ),
        # a quorum named with its sitting before the dash
        ("Кворум на заседании комиссии – четыре человека.", [(4, "other")]),
        # a sitting in the sentence just before: those who came attend it
        (
            "Кворум на заседании правления – пять человек. Пришли семеро.",
            [(5, "other"), (7, "attendees")],
        ),
        ("Праздник прошёл в парке. Пришли около 300 человек.", [(300, "participants")]),
    ],
)
def test_bodies_sizes_and_quorums_around_a_sitting(text: str, expected: list) -> None:
    assert roles(text) == expected
