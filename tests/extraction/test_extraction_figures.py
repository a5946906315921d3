"""Figures: people counts with role, money, percentages, counts — and the numbers that are not."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from extraction.dates import find_dates
from extraction.figures import find_figures
from extraction.numbers import parse_words
from extraction.regions import find_regions

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SEED = SHARED / "data" / "seed" / "000_935f10b1ebf22383.txt"
EVAL = SHARED / "tools" / "figures_eval.py"
GOLD = Path(__file__).resolve().parents[1] / "data" / "figures_gold.jsonl"


def one(text: str) -> dict:
    figs = find_figures(text)
    assert len(figs) == 1, figs
    return figs[0]


def shape(f: dict) -> tuple:
    return f["value"], f["unit"], f["approx"], f["is_people"], f["role"], f["text"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Участниками съезда стали около 500 человек.",
            (500, "человек", "около", True, "participants", "около 500 человек"),
        ),
        (
            "Движение объединяет 308 360 человек.",
            (308360, "человек", None, True, "members", "308 360 человек"),
        ),
        (
            "На сход собрались 45 жителей.",
            (45, "житель", None, True, "participants", "45 жителей"),
        ),
        (
            "Зарегистрировано более 120 участников.",
            (120, "участник", "более", True, "participants", "более 120 участников"),
        ),
        ("В городе действуют 58 ТОСов.", (58, "тос", None, False, None, "58 ТОСов")),
        ("Это составляет 86% от всех калужан.", (86, "%", None, False, None, "86%")),
        ("Явка — 86 процентов.", (86, "%", None, False, None, "86 процентов")),
        ("Выделено 1,5 млн рублей.", (1_500_000, "рубль", None, False, None, "1,5 млн рублей")),
        ("Смета — 350 тыс. руб. в год.", (350_000, "рубль", None, False, None, "350 тыс. руб.")),
        (
            "Расходы составят 12,5 млрд рублей.",
            (12_500_000_000, "рубль", None, False, None, "12,5 млрд рублей"),
        ),
        (
            "Обращение подписали полторы тысячи жителей.",
            (1500, "житель", None, True, "other", "полторы тысячи жителей"),
        ),
        (
            "На субботник вышли около трёхсот человек.",
            (300, "человек", "около", True, "participants", "около трёхсот человек"),
        ),
        (
            "Организация насчитывает не менее 40 членов.",
            (40, "член", "не менее", True, "members", "не менее 40 членов"),
        ),
        (
            "В акции участвовали почти 2 тысячи школьников.",
            (2000, "школьник", "почти", True, "participants", "почти 2 тысячи школьников"),
        ),
        (
            "В микрорайоне проживают порядка 12 тысяч человек.",
            (12000, "человек", "порядка", True, "residents", "порядка 12 тысяч человек"),
        ),
        (
            "Отремонтировано 25 избирательных участков.",
            (25, "участок", None, False, None, "25 избирательных участков"),
        ),
        (
            "Дорожный фонд составит 1 млрд 200 млн рублей.",
            (1_200_000_000, "рубль", None, False, None, "1 млрд 200 млн рублей"),
        ),
        (
            "В состав комиссии вошли 7 депутатов.",
            (7, "депутат", None, True, "members", "7 депутатов"),
        ),
        (
            "Совет из 9 человек избрали на конференции.",
            (9, "человек", None, True, "members", "9 человек"),
        ),
        (
            "В зале присутствовали 80 приглашённых.",
            (80, "приглашённый", None, True, "participants", "80 приглашённых"),
        ),
    ],
)
def test_figure_cases(text: str, expected: tuple) -> None:
    assert shape(one(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "В 2018 году программа завершилась.",
        "Устав действует с 2005 года.",
        "Адрес: ул. Ленина, д. 93.",
        "Адрес: ул. Карла Маркса, 12, офис 4.",
        "248000, г. Калуга, ул. Ленина, 93",
        "Телефон: 8 (4842) 22-33-44, +7 910 123 45 67.",
        "Начало в 10:00, окончание в 18.30.",
        "Команда заняла третье место, а в прошлом году заняла 1 место.",
        "За 15-летнюю историю многое изменилось.",
        "Федеральный закон № 131-ФЗ и Решение № 45 от 26.11.2018.",
        "Заседание прошло 23 ноября.",
        "Депутаты 7 созыва провели сессию в кабинете 12.",
        "В течение 5 лет и 3 месяцев.",
        "в две тысячи восемнадцатом году",
        "Статья 12 Устава, пункт 3, часть 2.",
        "Несколько тысяч человек вышли на набережную, тысячи зрителей смотрели салют.",
        "С 1 января 2020 граждане смогут подать заявку онлайн.",
        "Акция начнётся около 7 вечера.",
    ],
)
def test_never_figures(text: str) -> None:
    assert find_figures(text) == []


def test_people_are_animate_nouns_but_not_animals_or_firms() -> None:
    figs = find_figures(
        "Аккредитацию получили 12 журналистов. В приюте живут 40 собак. "
        "Заявки подали 7 подрядчиков, а на слёт приехали 35 вожатых."
    )
    assert [(f["value"], f["is_people"]) for f in figs] == [
        (12, True), (40, False), (7, False), (35, True)
    ]  # fmt: skip
    assert figs[-1]["role"] == "participants"


def test_cardinal_case_endings_after_digits() -> None:
    f = one("На митинг пришли более 500-ти человек.")
    assert (f["value"], f["text"]) == (500, "более 500-ти человек")
    assert find_figures("Продаётся 3-х комнатная квартира в 5-ти этажном доме.") == []


def test_more_than_a_thousand_is_one_thousand() -> None:
    f = one("На концерт пришли более тысячи человек.")
    assert (f["value"], f["approx"], f["text"]) == (1000, "более", "более тысячи человек")


def test_approximation_words() -> None:
    got = [(f["approx"], f["text"]) for f in find_figures(
        "Пришли не менее чем 30 человек, потратили более, чем 100 рублей, собрали 5 тыс подписей."
    )]  # fmt: skip
    assert got == [
        ("не менее чем", "не менее чем 30 человек"),
        ("более чем", "более, чем 100 рублей"),
        (None, "5 тыс подписей"),
    ]


def test_range_counts_both_bounds() -> None:
    got = [(f["value"], f["text"]) for f in find_figures("Пришли 10–15 человек.")]
    assert got == [(10, "10"), (15, "15 человек")]


def test_numbers_in_words() -> None:
    assert parse_words("двести пятьдесят тысяч рублей".split()) == (250_000, 3)
    assert parse_words("полторы тысячи".split()) == (1500, 2)
    assert parse_words("трёхсот".split()) == (300, 1)
    assert parse_words("пять двести".split()) == (5, 1)
    assert parse_words(["депутатов"]) is None


def test_offsets_slice_text() -> None:
    text = "На съезд приехали 120 делегатов, бюджет — 2,5 млн руб., явка 64%."
    figs = find_figures(text)
    assert [f["value"] for f in figs] == [120, 2_500_000, 64]
    for f in figs:
        assert text[f["start"] : f["end"]] == f["text"]


def test_seed_page_figures() -> None:
    if not SEED.exists():
        pytest.skip(f"shared seed page not found at {SEED}")
    text = SEED.read_text(encoding="utf-8")
    figs = {f["text"]: f for f in find_figures(text)}
    assert shape(figs["около 500 человек"]) == (
        500, "человек", "около", True, "participants", "около 500 человек"
    )  # fmt: skip
    assert figs["308 360 человек"]["role"] == "members"
    assert figs["58 ТОСов"]["value"] == 58 and not figs["58 ТОСов"]["is_people"]
    assert figs["86%"]["unit"] == "%"
    spans = [(f["start"], f["end"]) for f in figs.values()]
    for trap in ("третье место", "15-летнюю", "2005 года", "248000", "д. 93"):
        at = text.index(trap)
        assert not any(s < at + len(trap) and at < e for s, e in spans), trap


def test_gold_set_meets_targets(tmp_path: Path) -> None:
    """Score our hand-marked passages with the project's shared scorer."""
    if not EVAL.exists():
        pytest.skip(f"shared scorer not found at {EVAL}")
    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line]
    assert len(rows) >= 40
    pred = tmp_path / "pred.jsonl"
    with pred.open("w", encoding="utf-8") as out:
        for row in rows:
            published = date.fromisoformat(row["published_at"])
            figures = find_figures(row["text"])
            dates = find_dates(row["text"], published)
            out.write(json.dumps({"id": row["id"], "figures": figures, "dates": dates}) + "\n")
            for f in figures:
                print(row["id"], f["value"], f["unit"], f["approx"], f["role"], f["text"])
    done = subprocess.run(
        [sys.executable, str(EVAL), str(GOLD), str(pred), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    res = json.loads(done.stdout)
    print(json.dumps(res, indent=1))
    assert res["missing"] == 0
    assert res["dates"][0] >= 0.95 and res["dates"][1] >= 0.95
    assert res["people_counts"][0] >= 0.95 and res["people_counts"][1] >= 0.90
    assert res["figures"][2] >= 0.85
    assert res["traps_hit"] == 0


def test_gold_set_regions() -> None:
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        found = {r["code"] for r in find_regions(row["text"])}
        assert found == set(row["regions"]), row["id"]


def people(text: str) -> list[tuple]:
    return [(f["value"], f["role"], f["text"]) for f in find_figures(text) if f["is_people"]]


def values(text: str) -> list[tuple]:
    return [(f["value"], f["unit"], f["text"]) for f in find_figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # compound and spaced numerals
        (
            "В субботнике участвовали 12 тысяч 480 горожан.",
            (12480, "горожанин", "12 тысяч 480 горожан"),
        ),
        (
            "Население района — 2 млн 150 тыс. человек.",
            (2_150_000, "человек", "2 млн 150 тыс. человек"),
        ),
        (
            "В области проживают 2, 5 миллиона жителей.",
            (2_500_000, "житель", "2, 5 миллиона жителей"),
        ),
        ("На набережную вышли 8 тыс.человек.", (8000, "человек", "8 тыс.человек")),
        ("Вывезено 2,5 тыс.кубометров веток.", (2500, "кубометр", "2,5 тыс.кубометров")),
        ("Уложено 3 400 куб. м асфальта.", (3400, "куб. м", "3 400 куб. м")),
        ("Фестиваль посетили 1.200 гостей.", (1200, "гость", "1.200 гостей")),
        ("Доходы бюджета выросли в 1,7 раза.", (1.7, "раз", "1,7 раза")),
        # word numerals that count
        ("На сцену вышла сотня хористов.", (100, "хорист", "сотня хористов")),
        (
            "В комиссию вошли трое независимых депутатов.",
            (3, "депутат", "трое независимых депутатов"),
        ),
        (
            "Ликвидировали четыре несанкционированные свалки.",
            (4, "свалка", "четыре несанкционированные свалки"),
        ),
        ("В посёлке создали шесть ТОСов.", (6, "тос", "шесть ТОСов")),
        ("Салют из полутора тысяч залпов.", (1500, "залп", "полутора тысяч залпов")),
        ("Прозвучало более тысячи залпов.", (1000, "залп", "более тысячи залпов")),
        ("На повестке был один вопрос.", (1, "вопрос", "один вопрос")),
        ("Город получил два десятка автобусов.", (20, "автобус", "два десятка автобусов")),
        ("Экзамен сдали полсотни водителей.", (50, "водитель", "полсотни водителей")),
        ("Во дворе выросли две новые площадки.", (2, "площадка", "две новые площадки")),
        # elided money
        ("Дефицит бюджета составит 3,2 млрд.", (3_200_000_000, "рубль", "3,2 млрд.")),
    ],
)
def test_figure_kinds(text: str, expected: tuple) -> None:
    assert expected in values(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # elliptical counts take the noun of their pair
        (
            "На заседание пришли 19, не явились 6 депутатов.",
            [(19, "attendees", "19"), (6, "other", "6 депутатов")],
        ),
        (
            "Из 25 депутатов на сессии присутствуют 21, кворум есть.",
            [(25, "members", "25 депутатов"), (21, "attendees", "21")],
        ),
        (
            "К ответственности привлекли 14 чиновников, 9 из них уволены.",
            [(14, "other", "14 чиновников"), (9, "other", "9")],
        ),
        ("На праздничном шествии — 12 тысяч.", [(12000, "participants", "12 тысяч")]),
        ("Участников акции было более 700.", [(700, "participants", "более 700")]),
        ("Почётных граждан района теперь полсотни.", [(50, "other", "полсотни")]),
        (
            "В заседании приняли участие 12 депутатов из 15.",
            [(12, "attendees", "12 депутатов"), (15, "members", "15")],
        ),
        # roles
        (
            "В городе живут более 40 тысяч человек.",
            [(40000, "residents", "более 40 тысяч человек")],
        ),
        (
            "Село насчитывает 800 жителей.",
            [(800, "residents", "800 жителей")],
        ),
        (
            "В выборах главы проголосовали 12 350 избирателей.",
            [(12350, "voters", "12 350 избирателей")],
        ),
        ("На конкурс допущены три кандидата.", [(3, "other", "три кандидата")]),
        ("Городская дума насчитывает 35 депутатов.", [(35, "members", "35 депутатов")]),
        ("Отсутствовали 4 депутата.", [(4, "other", "4 депутата")]),
        (
            "На приём к главе обратились 18 жителей.",
            [(18, "participants", "18 жителей")],
        ),
        (
            "Ёлку посетили 5 тыс. человек. Среди них около 300 детей из многодетных семей.",
            [(5000, "participants", "5 тыс. человек"), (300, "participants", "около 300 детей")],
        ),
        ("Пока все четверо работают без оплаты.", [(4, "other", "четверо")]),
        (
            "На сессии присутствовали 18 из 20 депутатов.",
            [(18, "attendees", "18"), (20, "members", "20 депутатов")],
        ),
        ("Зарегистрировались 27 депутатов.", [(27, "attendees", "27 депутатов")]),
        ("В субботнике приняли участие 14 депутатов.", [(14, "participants", "14 депутатов")]),
        ("ТОСы района объединяют 9 тысяч жителей.", [(9000, "members", "9 тысяч жителей")]),
        ("Актив ТОС — 12 человек.", [(12, "members", "12 человек")]),
        (
            "В качестве кандидатов выдвинулись только два депутата.",
            [(2, "other", "два депутата")],
        ),
        (
            "В парке в тот день побывало около 9 тыс. человек.",
            [(9000, "participants", "около 9 тыс. человек")],
        ),
        ("Исследование охватило 200 мэров.", [(200, "other", "200 мэров")]),
        ("Число участников выросло на 200 человек.", [(200, "other", "200 человек")]),
        ("В этом году пришли на 150 человек больше.", [(150, "other", "150 человек")]),
        ("У главы города пять заместителей.", [(5, "members", "пять заместителей")]),
    ],
)
def test_people_counts_and_roles(text: str, expected: list[tuple]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Команда заняла 1 место и получила приз.",
        "Школа заняла 3 место в районном смотре.",
        "Победителем стал ТОС «27 квартал».",
        "Центр местной активности 14 округа провёл встречу.",
        "Встреча с жителями 2, 7 и 11 избирательных округов.",
        "В 2, 3 и 5 классах прошли уроки.",
        "С одной стороны, это хорошо.",
        "Ни один житель не пострадал.",
        "Депутат Думы 6 созыва выступил с докладом.",
        "Две недели шёл ремонт, а через три года дом снова обветшал.",
        "Половину средств направят на дороги, треть — на школы.",
        "Фильм «Один день из жизни города» показали в кинотеатре.",
    ],
)
def test_not_figures_names_rankings_lists(text: str) -> None:
    assert find_figures(text) == []


def test_ranking_prize_keeps_the_money() -> None:
    assert values("Школа получила 1 место и один миллион рублей.") == [
        (1_000_000, "рубль", "один миллион рублей")
    ]


def test_elliptical_respectively() -> None:
    got = values("В думе распределят 25 мандатов, в двух сельсоветах — семь и пять соответственно.")
    assert (7, "мандат", "семь") in got and (5, "мандат", "пять") in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Из 40 мандатов 27 получила «Единая Россия», 8 — КПРФ, 5 — ЛДПР.",
            [(40, "мандат"), (27, "мандат"), (8, "мандат"), (5, "мандат")],
        ),
        ("Было 14 ТОСов, стало 23.", [(14, "тос"), (23, "тос")]),
        ("В перечне 18 дворов, в том числе 5 в старом центре.", [(18, "двор"), (5, "двор")]),
        ("Поступило 250 заявок, 31 из них отклонена.", [(250, "заявка"), (31, "заявка")]),
        # a scaled sum does not lend its unit: «80» would lose the «млн»
        ("На дороги направят 250 млн рублей, на парки — 80.", [(250_000_000, "рубль")]),
        ("Встреча собрала 40 человек, 12 мая её продолжат.", [(40, "человек")]),
    ],
)
def test_breakdowns_and_parts_take_the_noun(text: str, expected: list[tuple]) -> None:
    assert [(f["value"], f["unit"]) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # An event noun with no participation verb: those counted beside it took part.
        ("Мастер-класс по лепке провели для 30 детей.", "participants"),
        ("Лекцию о краеведении прослушали 90 студентов колледжа.", "participants"),
        ("Эстафету на набережной пробежали 48 школьников.", "participants"),
        # A staff or team count give the composition of a body.
        ("В штате администрации поселения 120 сотрудников.", "members"),
        ("Штат музея — 45 человек.", "members"),
        # Without any cue a bare count of people stays other.
        ("Из-за ремонта 30 пенсионеров остались без горячей воды.", "other"),
    ],
)
def test_people_role_by_event_and_employment(text: str, role: str) -> None:
    people = [f for f in find_figures(text) if f["is_people"]]
    assert [f["role"] for f in people] == [role]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # Deputies registered at a sitting are present at it.
        ("Кворум есть: зарегистрирован 21 депутат.", "attendees"),
        # A body's corps is its composition.
        ("Депутатский корпус района составляют 35 человек.", "members"),
        # Inhabitants counted with no event are a population.
        ("В деревне Ивановке осталось 40 жителей.", "residents"),
        # An honorary title is not a population.
        ("Звание почётного гражданина присвоено 12 жителям.", "other"),
    ],
)
def test_people_role_registration_corps_population_honours(text: str, role: str) -> None:
    people = [f for f in find_figures(text) if f["is_people"]]
    assert [f["role"] for f in people] == [role]


@pytest.mark.parametrize(
    ("text", "value", "role"),
    [
        ("Пенсионеры города старше 70 лет — почти 8 тысяч.", 8000, "residents"),
        ("Школьники района — около 5 тысяч.", 5000, "residents"),
    ],
)
def test_a_scaled_count_after_its_subject_and_a_dash(text: str, value: int, role: str) -> None:
    """The people noun that opens the sentence is what a scaled number after a dash counts."""
    found = [f for f in find_figures(text) if f["value"] == value]
    assert [(f["is_people"], f["role"]) for f in found] == [(True, role)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Детей до 14 лет в посёлке 2 350.", 2350),
        ("Жителей старше 80 лет в городе 1 120.", 1120),
    ],
)
def test_an_age_limit_between_the_noun_and_its_number(text: str, value: int) -> None:
    """«Детей до 14 лет в посёлке 2 350»: the age is no counted noun; the children are."""
    found = [(f["value"], f["is_people"]) for f in find_figures(text)]
    assert found == [(value, True)]


@pytest.mark.parametrize(
    ("text", "value", "people"),
    [
        ("В прошлом созыве в думе работали 25 депутатов. Теперь их стало 20.", 20, True),
        ("В районе было 14 школ. После реформы их осталось 9.", 9, False),
    ],
)
def test_their_count_takes_the_noun_a_number_counted_before(
    text: str, value: int, people: bool
) -> None:
    """«их стало 20» counts what «25 депутатов» counted in the sentence before."""
    found = [(f["value"], f["is_people"]) for f in find_figures(text) if f["value"] == value]
    assert found == [(value, people)]


def test_their_count_skips_a_scale_word_before_the_noun() -> None:
    text = "На акцию пришли сотни горожан. По словам организаторов, их было около полутора тысяч."
    found = [(f["value"], f["is_people"]) for f in find_figures(text)]
    assert found == [(1500, True)]


def test_their_count_prefers_a_counted_noun_to_an_ambiguous_nominative() -> None:
    """«берега» reads as a nominative plural too; the counted «волонтёров» is what «их» means."""
    text = "На уборку берега реки вышли сотни волонтёров. По словам организаторов, их было 400."
    found = [(f["value"], f["is_people"]) for f in find_figures(text)]
    assert found == [(400, True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В районе живут 23 тысячи человек. Из них трудоспособного возраста – около 12 тысяч.",
            [("23 тысячи человек", 23000), ("около 12 тысяч", 12000)],
        ),
        (
            "В ТОС входят 900 жителей, из них пенсионного возраста – 310.",
            [("900 жителей", 900), ("310", 310)],
        ),
    ],
)
def test_a_bare_number_after_a_group_named_past_from_them(text: str, expected: list) -> None:
    """«Из них <group> – N»: the number takes the noun of the count «из них» points to."""
    assert [(f["text"], f["value"]) for f in find_figures(text) if f["is_people"]] == expected


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Горожан, пришедших на митинг, было не меньше тысячи.", "не меньше тысячи"),
        ("На сход пришли не больше 30 жителей.", "не больше 30 жителей"),
    ],
)
def test_not_more_and_not_less_are_approximations(text: str, span: str) -> None:
    found = [f for f in find_figures(text) if f["is_people"]]
    assert [(f["text"], bool(f["approx"])) for f in found] == [(span, True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body's capitalised name between the counted noun and its number
        ("Депутатов в Думе 25.", [("25", 25, "депутат")]),
        ("Женщин в Совете депутатов – 7.", [("7", 7, "женщина")]),
    ],
)
def test_a_count_after_a_capitalised_place(text: str, expected: list) -> None:
    assert [(f["text"], f["value"], f["unit"]) for f in find_figures(text)] == expected


def test_a_place_named_by_a_proper_name_is_not_passed() -> None:
    assert find_figures("Дом стоит на улице Мира в Самаре 15.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «из N» after the genitive words that follow a people count: N counts the same
        (
            "В голосовании приняли участие 18 членов комиссии из 20.",
            [("18 членов", 18), ("20", 20)],
        ),
        ("Отчёт заслушали 19 депутатов городской Думы из 25.", [("19 депутатов", 19), ("25", 25)]),
    ],
)
def test_out_of_after_the_owner_of_a_count(text: str, expected: list) -> None:
    assert [(f["text"], f["value"]) for f in find_figures(text) if f["is_people"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a source aside between the counted noun and its number
        (
            "Участников забега было, по подсчётам организаторов, около 600.",
            [("около 600", 600, "участник")],
        ),
        (
            "Зрителей на стадионе, по данным полиции, было около 700.",
            [("около 700", 700, "зритель")],
        ),
        (
            "Жителей в хуторе, как сообщили в сельсовете, осталось 35.",
            [("35", 35, "житель")],
        ),
        # «больше», «лишь» between them, as «более» and «всего» were
        ("Добровольцев было больше сотни.", [("больше сотни", 100, "доброволец")]),
        ("Депутатов на заседании было лишь 12.", [("12", 12, "депутат")]),
    ],
)
def test_a_counted_noun_before_its_number_across_an_aside(text: str, expected: list) -> None:
    assert [(f["text"], f["value"], f["unit"]) for f in find_figures(text)] == expected


def test_a_bare_quorum_counts_the_people_before_it() -> None:
    got = find_figures("На сессию пришли 10 членов совета при кворуме в 11.")
    assert [(f["value"], f["unit"], f["role"]) for f in got] == [
        (10, "член", "attendees"),
        (11, "член", "other"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the party of those counted between the noun and its number
        ("Депутатов от «Единой России» в новом составе 19.", [("19", 19, "депутат")]),
        ("Депутатов от ЛДПР в Думе теперь 4.", [("4", 4, "депутат")]),
        ("Кандидатов от партии «Новые люди» было 12.", [("12", 12, "кандидат")]),
        # a collective numeral counts the people noun before it, not just «человек»
        ("Ветеранов войны в селе осталось всего трое.", [("трое", 3, "ветеран")]),
        ("Кандидатов было двое: Иван Лебедев и Олег Сомов.", [("двое", 2, "кандидат")]),
        ("Из них двое пришли впервые.", [("двое", 2, "человек")]),
    ],
)
def test_a_counted_noun_before_a_party_or_a_collective_numeral(text: str, expected: list) -> None:
    assert [(f["text"], f["value"], f["unit"]) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb between «из них» and the number: still a part of the count before
        (
            "На сходе было около 90 жителей. Из них выступили четырнадцать.",
            [("около 90 жителей", 90, "participants"), ("четырнадцать", 14, "participants")],
        ),
        (
            "На выборы пришли 9 тысяч человек, из них досрочно проголосовали около 700.",
            [("9 тысяч человек", 9000, "voters"), ("около 700", 700, "voters")],
        ),
        # an age or a span after «из них» is no count
        (
            "В молодёжный совет вошли 19 человек. Старшему из них 29 лет.",
            [("19 человек", 19, "members")],
        ),
    ],
)
def test_a_part_of_the_count_before_after_a_verb(text: str, expected: list) -> None:
    got = [(f["text"], f["value"], f["role"]) for f in find_figures(text) if f["is_people"]]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle phrase between commas
        ("Жителей, подписавших обращение, оказалось 640.", [("640", 640, "житель")]),
        # a span of time
        (
            "Посетителей ярмарки за два дня насчитали более 8 тысяч.",
            [("более 8 тысяч", 8000, "посетитель")],
        ),
        ("Гостей за выходные было около 900.", [("около 900", 900, "гость")]),
        # a place in the prepositional case though its likeliest reading is another
        ("Всего работников в администрации – 64.", [("64", 64, "работник")]),
        # «чуть», «немного» between them
        ("Жителей в посёлке немного – чуть больше 300.", [("чуть больше 300", 300, "житель")]),
    ],
)
def test_a_counted_noun_before_its_number_across_time_and_participles(
    text: str, expected: list
) -> None:
    assert [(f["text"], f["value"], f["unit"]) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «таких» counts the nearest plural people noun before it, as people of that kind
        (
            "Подарки к юбилею получили все долгожители старше 90 лет – таких в районе 27.",
            [("27", 27, "долгожитель", "other")],
        ),
        (
            "Премии вручили лучшим воспитателям района, таких оказалось 12.",
            [("12", 12, "воспитатель", "other")],
        ),
    ],
)
def test_a_count_of_such_people(text: str, expected: list) -> None:
    got = [(f["text"], f["value"], f["unit"], f["role"]) for f in find_figures(text)]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a possessive between the number and its noun
        ("Задержаны бывший мэр и два его заместителя.", [("два его заместителя", 2, "other")]),
        ("На заседание пришли шесть её членов.", [("шесть её членов", 6, "attendees")]),
        # people named by a participle of a court case
        ("В суде выступили 14 потерпевших.", [("14 потерпевших", 14, "other")]),
        ("По делу проходят 4 обвиняемых.", [("4 обвиняемых", 4, "other")]),
    ],
)
def test_possessives_and_court_participles(text: str, expected: list) -> None:
    got = [(f["text"], f["value"], f["role"]) for f in find_figures(text) if f["is_people"]]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Осуждены бывший директор и три его подчинённых.", [("три его подчинённых", 3, "other")]),
        ("Дипломы вручили лучшим тренерам района, таких набралось 15.", [("15", 15, "other")]),
    ],
)
def test_subordinates_and_such_people_gathered(text: str, expected: list) -> None:
    got = [(f["text"], f["value"], f["role"]) for f in find_figures(text) if f["is_people"]]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a change «на N больше» with no noun counts what the figure just before counts
        (
            "В хуторе сейчас живут 410 человек. Пять лет назад было на 60 больше.",
            [("410 человек", 410, "residents"), ("60", 60, "other")],
        ),
        (
            "В этом году субботник собрал 600 человек. Это на 150 больше, чем в прошлом.",
            [("600 человек", 600, "participants"), ("150", 150, "other")],
        ),
    ],
)
def test_a_change_of_the_count_in_the_sentence_before(text: str, expected: list) -> None:
    got = [(f["text"], f["value"], f["role"]) for f in find_figures(text) if f["is_people"]]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a genitive complement with adjectives, capitalised in a name, or with two nouns
        ("Ветеранов Великой Отечественной войны в селе осталось трое.", [("трое", 3, "ветеран")]),
        ("Тружеников тыла в районе осталось 38.", [("38", 38, "труженик")]),
        ("Членов местного отделения партии – 40.", [("40", 40, "член")]),
        # a proper noun is still no counted noun's complement
        ("Жителей блокадного Ленинграда в районе 14.", []),
    ],
)
def test_a_counted_noun_before_a_longer_genitive(text: str, expected: list) -> None:
    assert [(f["text"], f["value"], f["unit"]) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an introductory aside right before the number
        ("Членов комиссии, как известно, девять.", [("девять", 9, "член")]),
        ("Волонтёров, напомним, было около 70.", [("около 70", 70, "волонтёр")]),
        # whose they are, after «у», and a comparison before the number
        (
            "Мандатов у «Единой России» – 30, у КПРФ – 4.",
            [("30", 30, "мандат"), ("4", 4, "мандат")],
        ),
        ("В этом году участников было вдвое больше – 800.", [("800", 800, "участник")]),
    ],
)
def test_a_counted_noun_before_an_aside_a_possessor_or_a_comparison(
    text: str, expected: list
) -> None:
    assert [(f["text"], f["value"], f["unit"]) for f in find_figures(text)] == expected
