"""One person per key across the forms a Russian news text uses for the same name."""

from __future__ import annotations

import pytest

from extraction import extract
from extraction.names import split_name
from extraction.people import group_people


def people(text: str) -> list[dict]:
    return extract(text)["people"]


def test_name_parts_in_nominative() -> None:
    name = split_name(["Александра", "Сергеевича", "Петрова"])
    assert (name.first, name.middle, name.last) == ("Александр", "Сергеевич", "Петров")
    assert split_name(["Анны", "Ивановой"]).last == "Иванова"
    assert split_name(["Сидоров", "П.", "К."]).key == "сидоров п"


def test_forms_of_one_man_join_one_key() -> None:
    forms = [
        ["Александр", "ИВАНОВ"],
        ["Александра", "Иванова"],
        ["А.", "Иванов"],
        ["Иванов", "А.", "В."],
        ["Александр", "Иванов"],
        ["Иванова"],
    ]
    mentions = [(split_name(f), i * 10, i * 10 + 5, i, i + 1) for i, f in enumerate(forms)]
    grouped = group_people(mentions)
    assert len(grouped) == 1
    assert grouped[0].name.display.startswith("Александр")
    assert grouped[0].name.key == "иванов александр"


def test_female_form_stays_a_different_person() -> None:
    text = (
        "На сессии выступил депутат Андрей Кузнецов. Затем слово взяла депутат "
        "Марина Кузнецова. Андрея Кузнецова поддержали коллеги."
    )
    found = people(text)
    keys = {p["key"] for p in found}
    assert "кузнецов андрей" in keys and "кузнецова марина" in keys
    andrei = next(p for p in found if p["key"] == "кузнецов андрей")
    assert len(andrei["mentions"]) == 2
    assert andrei["name"] == "Андрей Кузнецов"


def test_all_caps_and_initials_in_one_text() -> None:
    text = (
        "Глава района Сергей ВОЛКОВ вручил награды. По словам С. Волкова, "
        "конкурс пройдёт снова. Сергей Волков поблагодарил участников."
    )
    found = [p for p in people(text) if p["last"] == "Волков"]
    assert len(found) == 1
    assert found[0]["name"] == "Сергей Волков"
    assert len(found[0]["mentions"]) == 3


def test_two_different_first_names_stay_apart() -> None:
    mentions = [
        (split_name(["Павел", "Морозов"]), 0, 5, 0, 1),
        (split_name(["Пётр", "Морозов"]), 10, 15, 1, 2),
        (split_name(["Морозов"]), 20, 25, 2, 3),
    ]
    grouped = group_people(mentions)
    # two people, not three: the bare surname is the one named last before it
    assert [(p.name.first, len(p.mentions)) for p in grouped] == [("Павел", 1), ("Пётр", 2)]


def test_apostrophes_hyphens_and_particles() -> None:
    assert split_name(["Фил", "О", "’", "Рейли"]).last == "О’Рейли"
    assert split_name(["АННА", "СМИРНОВА-ОРЛОВА"]).display == "Анна Смирнова-Орлова"
    assert split_name(["Людвига", "ван", "Бетховена"]).last == "ван Бетховен"


def test_initials_written_together() -> None:
    name = split_name(["Морозова", "Е.В."])
    assert (name.first, name.middle) == ("Е.", "В.")
    assert name.key == "морозова е"


def test_bare_surname_takes_the_reading_that_fits_the_text() -> None:
    text = (
        "Депутат Анна Сорокина выступила первой. Сорокина также отметила рост. "
        "Затем выступил Павел Орлов. Орлова поддержали коллеги."
    )
    found = {p["key"]: p for p in people(text)}
    assert set(found) == {"сорокина анна", "орлов павел"}
    assert len(found["сорокина анна"]["mentions"]) == 2
    assert len(found["орлов павел"]["mentions"]) == 2


def test_two_unknown_names_keep_first_last_order() -> None:
    people = extract("Об этом сообщил Аарон Гринспен, основатель компании.")["people"]
    assert [(p["first"], p["last"]) for p in people] == [("Аарон", "Гринспен")]


def test_initials_before_and_after_the_surname_join_the_full_name() -> None:
    text = (
        "Председатель думы Сергей Павлович Смирнов открыл заседание. С.П. Смирнов отметил "
        "рост доходов. Смирнов С. П. поблагодарил коллег. Доклад А.В. Иванова отложили."
    )
    found = {p["key"]: p for p in people(text)}
    assert set(found) == {"смирнов сергей", "иванов а"}
    smirnov = found["смирнов сергей"]
    assert smirnov["name"] == "Сергей Павлович Смирнов"
    assert [text[s:e] for s, e in smirnov["mentions"]][1:] == ["С.П. Смирнов", "Смирнов С. П"]
    assert found["иванов а"]["last"] == "Иванов"  # genitive «Иванова» read as him


def test_initials_alone_are_nobody() -> None:
    text = "Заявление (его подписал В.Л.) передали в администрацию. Иван Петров его поддержал."
    assert [p["key"] for p in people(text)] == ["петров иван"]


def person(text: str, last: str) -> dict:
    found = [p for p in people(text) if p["last"] == last]
    assert len(found) == 1, (last, [p["name"] for p in people(text)])
    return found[0]


def test_reversed_full_name_with_a_post() -> None:
    text = "Козловская Оксана Витальевна, председатель комитета по культуре, открыла выставку."
    found = person(text, "Козловская")
    assert (found["first"], found["middle"]) == ("Оксана", "Витальевна")
    assert found["posts"][0]["title"].startswith("председатель комитета")


def test_first_name_and_patronymic_later_join_the_full_name() -> None:
    text = (
        "Отчёт представила Ирина Дмитриевна Сомова. Ирина Дмитриевна отметила рост доходов бюджета."
    )
    found = people(text)
    assert len(found) == 1 and found[0]["last"] == "Сомова"
    assert len(found[0]["mentions"]) == 2


def test_an_address_by_name_and_patronymic_is_the_person_named_last() -> None:
    text = (
        "Губернатор Андрей Вершинин открыл заседание. Главой округа назначили Андрея Бочарова. "
        "«Андрей Алексеевич, прошу составить план», — добавил губернатор."
    )
    found = {p["last"]: p for p in people(text)}
    assert set(found) == {"Вершинин", "Бочаров"}
    assert found["Бочаров"]["middle"] == "Алексеевич"
    assert found["Вершинин"]["middle"] is None


def test_unknown_surnames_in_oblique_cases() -> None:
    cases = {
        "Грамоту вручили Артему Габдрахманову.": ("Габдрахманов", "Артем"),
        "Встреча с Наилем Юмакуловым прошла в мэрии.": ("Юмакулов", "Наиль"),
        "Слово передали Сергею Куприянцу.": ("Куприянец", "Сергей"),
        "Штраф присудили Евгению Сасу, бывшему мэру.": ("Сас", "Евгений"),
    }
    for text, (last, first) in cases.items():
        found = [p for p in people(text) if p["first"] == first]
        assert [p["last"] for p in found] == [last], text


def test_a_surname_said_again_in_another_case_is_the_same_man() -> None:
    text = "Штраф присудили Евгению Сасу. Кроме того, Саса лишили свободы на пять лет."
    found = people(text)
    assert [p["name"] for p in found] == ["Евгений Сас"]
    assert len(found[0]["mentions"]) == 2


def test_initials_and_an_ova_surname_said_of_a_man() -> None:
    assert person("Об этом сообщил А.Г. Галимзянова журналистам.", "Галимзянов")
    text = "Опубликован доклад главы администрации района И.А. Поздеева о бюджете."
    assert person(text, "Поздеев")["posts"][0]["title"].startswith("глава администрации")
    assert person("Об этом сообщила А.Г. Галимзянова журналистам.", "Галимзянова")


def test_capitalised_surname_beside_first_name_and_patronymic() -> None:
    text = "Почётной грамотой наградили нашего главу - ПЕТРУХИНА Александра Сергеевича."
    found = person(text, "Петрухин")
    assert (found["first"], found["middle"]) == ("Александр", "Сергеевич")


def test_a_compound_body_name_is_not_a_person() -> None:
    text = "На заседании Казгордумы выступил депутат Олег Сафин."
    assert [p["last"] for p in people(text)] == ["Сафин"]


def test_unknown_first_name_follows_his_genitive_surname() -> None:
    # «Хагасова» after a genitive post is his genitive, so the unknown «Зауреда» is «Зауред»
    names = [p["name"] for p in people("Доклад главы администрации Зауреда Хагасова обсудили.")]
    assert names == ["Зауред Хагасов"], names
    names = [p["name"] for p in people("Об этом сообщил Зауреда Хагасова.")]
    assert names == ["Зауред Хагасов"], names
    # she keeps her own name: a feminine verb, no change
    names = [p["name"] for p in people("Зауреда Хагасова рассказала о проекте.")]
    assert names == ["Зауреда Хагасова"], names
    # a vowel before -а is no consonant stem: «Залимгери» stays as written
    names = [p["name"] for p in people("Об этом сообщил Залимгери Хагасова.")]
    assert names == ["Залимгери Хагасов"], names


def test_byline_glued_to_next_sentence_cuts_at_the_common_word() -> None:
    # «ТитовПо состоянию…»: a lost line break glues the byline to the next sentence
    assert split_name(["Егор", "ТитовПо"]).display == "Егор Титов"
    assert split_name(["Ирина", "СмирноваСегодня"]).display == "Ирина Смирнова"
    # an inner capital that starts a name, not a common word, is part of the surname
    assert split_name(["Джон", "МакКейн"]).last == "Маккейн"


def test_unknown_names_keep_gender_and_case() -> None:
    """A first name pymorphy3 does not know: «Марис» is no plural of «Мариса»; an unknown
    woman's surname in an oblique case and an oblique first name in «-ие» are normalised."""
    people = {p["last"]: p for p in extract("Слово взял Марис Ильясов.")["people"]}
    assert people["Ильясов"]["first"] == "Марис"
    text = "Грамоты вручили Ляйсан Гимаевой и Зульфие Гайнуллиной."
    names = {(p["last"], p["first"]) for p in extract(text)["people"]}
    assert ("Гимаева", "Ляйсан") in names
    assert ("Гайнуллина", "Зульфия") in names


def test_surnames_in_ov_and_in_are_declined_by_their_paradigm() -> None:
    """pymorphy3 reads «Лапина» as a common noun and guesses «Сомовым» an adjective; the
    surname's own endings give the nominative."""
    text = (
        "По предложению депутатов Андрея Лапина и Ивана Сомова вопрос перенесли. С Иваном "
        "Сомовым согласилась Ольга Дронова, а Ольге Дроновой возразил Андрей Лапин."
    )
    names = sorted(p["name"] for p in extract(text)["people"])
    assert names == ["Андрей Лапин", "Иван Сомов", "Ольга Дронова"]


def test_initials_written_onto_or_apart_from_the_surname() -> None:
    """«С.А.Галкин» without spaces, and initials the NER tagged apart from the surname in a
    list of votes («трое - Г. Слаутина, В. Смильгевич»), are one mention each."""
    people = extract("Глава района С.А.Галкин присутствовал на заседании.")["people"]
    assert [(p["last"], p["first"], p["middle"]) for p in people] == [("Галкин", "С.", "А.")]
    text = (
        "Голосовали списком. «За» проголосовал 31 депутат, «против» трое - Г. Рубцова, "
        "В. Смильгевич, С. Титов, «воздержались» - И. Яковлев, В. Логунов."
    )
    lasts = {p["last"] for p in extract(text)["people"]}
    assert {"Рубцова", "Смильгевич", "Титов", "Яковлев", "Логунов"} <= lasts


def test_first_name_and_patronymic_said_later_fill_the_initials() -> None:
    text = "Подписал глава района С.И. Васютинский. Сергей Иванович отметил рост доходов."
    people = extract(text)["people"]
    assert [(p["first"], p["middle"]) for p in people] == [("Сергей", "Иванович")]


def test_byline_of_initials_and_capitals() -> None:
    """«Подготовила О.В. КРАСНОВА»: her nominative; «депутатов А. Иванова»: his genitive."""
    names = [p["name"] for p in extract("Текст: Е. ВЛАСИЧЕВА. Подготовила О.В. КРАСНОВА")["people"]]
    assert names == ["Е. Власичева", "О. В. Краснова"]
    text = "По предложению депутатов А. Иванова вопрос отложили."
    assert [p["last"] for p in extract(text)["people"]] == ["Иванов"]


def test_indeclinable_reading_of_a_declined_first_name() -> None:
    # pymorphy3 also knows «Анне» as an indeclinable name; beside «Петровой» it is «Анна»
    (person,) = people("Председателю палаты Анне Петровой продлили полномочия.")
    assert (person["first"], person["last"]) == ("Анна", "Петрова")


def test_unknown_patronymic_puts_the_surname_first() -> None:
    name = split_name(["Шарафутдинова", "Рамиля", "Габдулхаковича"])
    assert (name.last, name.first, name.middle) == ("Шарафутдинов", "Рамиль", "Габдулхакович")
    # a surname in -ович of two words stays a surname
    name = split_name(["Виктором", "Шушкевичем"])
    assert (name.first, name.last) == ("Виктор", "Шушкевич")


def test_surname_first_with_initials_after_a_genitive_stays_nominative() -> None:
    found = people("Присутствовали: председатель думы Крылова А.И., прокурор района Сидоров О.В.")
    assert "Крылова" in [p["last"] for p in found]


def test_a_common_noun_is_no_lone_person() -> None:
    found = people("Вопрос задали мэру Сергею Иванову.")
    assert [p["last"] for p in found] == ["Иванов"]


def test_unknown_mans_first_name_in_an_oblique_case() -> None:
    # pymorphy3 knows neither first name; the surname gives his gender and case
    name = split_name(["Ильсуру", "Хисматуллину"])
    assert (name.first, name.last) == ("Ильсур", "Хисматуллин")
    name = split_name(["Рамилем", "Шарафутдиновым"])
    assert (name.first, name.last) == ("Рамиль", "Шарафутдинов")


def test_names_given_to_things_are_no_people() -> None:
    text = (
        "Школе имени Героя Советского Союза Петра Лаврова вручили медаль Жукова. "
        "Библиотека им. А.П. Чехова и улица Маршала Конева. Орден вручили Ивану Громову. "
        "Детей поздравил Дед Мороз."
    )
    assert [p["last"] for p in people(text)] == ["Громов"]


def test_his_genitive_and_her_nominative_by_the_context() -> None:
    cases = [
        ("По словам Александра Тхакушинова, работы завершены.", "Александр Тхакушинов"),
        ("Александра Тхакушинова рассказала о работе.", "Александра Тхакушинова"),
        ("Председатель комиссии Евгения Шарипова открыла заседание.", "Евгения Шарипова"),
        ("Доклад Евгения Шарипова одобрили.", "Евгений Шарипов"),
        # the genitive complement of a post is no governor of the name after it
        ("Отчёт председателя комиссии Лидии Брызгаловой утвердили.", "Лидия Брызгалова"),
        ("Председатель комиссии Лидия Брызгалова выступила.", "Лидия Брызгалова"),
        ("По словам Рамиля Гарипова, работы завершены.", "Рамиль Гарипов"),
        ("Поздравление направили Сардане Авксентьевой.", "Сардана Авксентьева"),
        ("Встреча с Сарданой Авксентьевой прошла в мэрии.", "Сардана Авксентьева"),
    ]
    for text, name in cases:
        assert [p["name"] for p in people(text)] == [name], text


def test_double_surname_declines_in_both_parts() -> None:
    found = people("По словам Марии Ивановой-Смирновой, работы завершены.")
    assert [p["name"] for p in found] == ["Мария Иванова-Смирнова"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # her accusative and his dative read alike: a direct object needs no governing word
        ("Участники собрания поддержали Марину Кравцову.", "Марина Кравцова"),
        # a verb of giving or a dative post before the name makes it his dative
        ("Благодарственное письмо вручили Марину Кравцову.", "Марин Кравцов"),
        ("Слово дали главе поселения Марину Кравцову.", "Марин Кравцов"),
        # a preposition rules out her nominative
        ("Об этом стало известно от Валентина Рожкова.", "Валентин Рожков"),
        ("Валентина Рожкова рассказала о конкурсе.", "Валентина Рожкова"),
        # an inanimate direct object leaves the name the dative one
        ("Приглашение отправили Рамилю Гарипову.", "Рамиль Гарипов"),
        # a verb whose object is a person puts the name after it in the accusative
        ("Депутаты избрали секретарём комиссии Евгению Смирнову.", "Евгения Смирнова"),
        # a body before the verb is its subject, not an inanimate object
        ("Совет депутатов избрал главой округа Марину Кравцову.", "Марина Кравцова"),
        ("Коллеги поздравили Александра Ершова с юбилеем.", "Александр Ершов"),
    ],
)
def test_case_the_context_governs(text: str, name: str) -> None:
    assert [p["name"] for p in extract(text)["people"]] == [name]


def test_first_name_ending_an_organisation_starts_the_person() -> None:
    text = "Мэр Ирина Лукина и председатель Совета Айдар Муртазин провели приём."
    assert [p["name"] for p in extract(text)["people"]] == ["Ирина Лукина", "Айдар Муртазин"]


def test_unknown_surname_in_an_oblique_case_joins_the_person_named_in_full() -> None:
    text = "Ильнур Ахметчин подал в отставку. Заявление Ахметчина рассмотрят в пятницу."
    assert [p["name"] for p in extract(text)["people"]] == ["Ильнур Ахметчин"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the genitive «главы» depends on the nominative «заместитель»: her nominative
        ("Выступила заместитель главы администрации по экономике Л.П. Кострова.", "Л. П. Кострова"),
        # a post phrase headed by a genitive: his genitive
        ("Доклад главы администрации Л.П. Кострова занял полчаса.", "Л. П. Костров"),
    ],
)
def test_gender_of_initials_and_surname_after_a_post(text: str, name: str) -> None:
    assert [p["name"] for p in extract(text)["people"]] == [name]


def test_accusative_after_a_genitive_post_stays_hers() -> None:
    text = "Обязанности директора возложены на заместителя Инну Фокину."
    assert [p["name"] for p in extract(text)["people"]] == ["Инна Фокина"]


def test_prefixed_common_noun_is_no_person() -> None:
    text = "Бывший мэр Олег Рудин задержан. Экс-градоначальника обвиняют во взятке."
    assert [p["name"] for p in extract(text)["people"]] == ["Олег Рудин"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Слово дали Роману Гузю.", "Роман Гузь"),
        ("С Кириллом Шевелем согласились.", "Кирилл Шевель"),
        ("Поддержали предложение Олега Шевчука.", "Олег Шевчук"),
    ],
)
def test_unknown_surname_with_a_soft_stem(text: str, name: str) -> None:
    assert [p["name"] for p in extract(text)["people"]] == [name]


def test_namesakes_with_other_initials_and_gender_stay_apart() -> None:
    text = "Глава района А.В. Смирнов и его заместитель Смирнова Е.А. провели приём."
    assert [p["name"] for p in extract(text)["people"]] == ["А. В. Смирнов", "Е. А. Смирнова"]


def test_unknown_first_name_in_two_cases_with_one_patronymic_is_one_person() -> None:
    text = (
        "Грамоту получила Мингалиева Василя Фаритовна. Поздравили Мингалиеву Василю "
        "Фаритовну и коллеги."
    )
    assert len(extract(text)["people"]) == 1


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Против голосовали Лосев и Карпова.", ["Лосев", "Карпова"]),
        ("Вопросы задавали Гаджиев, Омаров и Алиева.", ["Гаджиев", "Омаров", "Алиева"]),
        ("Отчитались заведующие детскими садами: Петрова и Дронова.", ["Петрова", "Дронова"]),
        ("Доклад Карпова занял час.", ["Карпов"]),
        (
            "Голосовали «против» депутаты Рыбакова, Хасанов и Краснов.",
            ["Рыбакова", "Хасанов", "Краснов"],
        ),
        ("Воздержались депутаты Сизов и Белкина.", ["Сизов", "Белкина"]),
        ("Выслушав доклады Карпова и Лосева, депутаты согласились.", ["Карпов", "Лосев"]),
    ],
)
def test_bare_surname_beside_nominatives_is_her_nominative(text: str, names: list[str]) -> None:
    assert [p["name"] for p in extract(text)["people"]] == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Распоряжением мэра назначить Шувалова Глеба Аркадьевича директором МКУ.",
            "Глеб Аркадьевич Шувалов",
        ),
        ("Секретарем комиссии избрана Дорохова Вера Ильинична.", "Вера Ильинична Дорохова"),
        ("Шувалов Глеб Аркадьевич родился в 1975 году.", "Глеб Аркадьевич Шувалов"),
    ],
)
def test_a_surname_before_the_first_name_and_patronymic_is_the_name_s(text: str, name: str) -> None:
    """Official lists write «Шувалов Глеб Аркадьевич»; the surname is not lost when the
    tagger takes only the first name and patronymic."""
    assert [p["name"] for p in people(text)] == [name]


def test_a_capitalised_word_of_another_kind_is_no_surname() -> None:
    assert people("Уважаемый Ринат Фаритович, поздравляем вас!") == []
    assert people("Председатель Думы Ринат Фаритович открыл сессию.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Поздравил Ильфата Нигматуллина с избранием депутат Олег Сизов.", "Ильфат Нигматуллин"),
        ("Встреча прошла в кабинете главы района Фаниса Галиева.", "Фанис Галиев"),
    ],
)
def test_an_unknown_first_name_in_his_genitive(text: str, name: str) -> None:
    """pymorphy3 guesses «Ильфата» as a nominative too; beside his genitive surname it is his
    genitive."""
    assert name in [p["name"] for p in extract(text)["people"]]


@pytest.mark.parametrize(
    ("text", "last", "first", "post"),
    [
        (
            "Премьер Госсовета КНР Вэнь Цзябао открыл выставку в Шанхае.",
            "Вэнь",
            "Цзябао",
            "премьер",
        ),
        (
            "Министр иностранных дел Китая Ян Цзечи встретился с послом.",
            "Ян",
            "Цзечи",
            "министр иностранных дел",
        ),
        ("Визит вице-премьера Ли Кэцяна в Тверь перенесли.", "Ли", None, "вице-премьер"),
        ("Генсек ООН Пан Ги Мун призвал стороны к переговорам.", "Пан", "Ги Мун", "генсек"),
        (
            "Президент Южной Кореи Ли Мён Бак прибыл в Сеул из Вашингтона.",
            "Ли",
            "Мён Бак",
            "президент",
        ),
    ],
)
def test_east_asian_names_put_the_family_name_first(
    text: str, last: str, first: str | None, post: str
) -> None:
    found = [p for p in people(text) if p["last"] == last]
    assert len(found) == 1, people(text)
    if first is not None:
        assert found[0]["first"] == first
    assert [p["title"] for p in found[0]["posts"]] == [post]


def test_european_names_after_a_chinese_family_word_keep_their_order() -> None:
    assert split_name(["Ян", "Табачник"]).last == "Табачник"
    assert split_name(["Ян", "Гус"]).last == "Гус"
    assert split_name(["Ван", "Гог"]).last == "Гог"
    assert split_name(["Наото", "Кан"]).last == "Кан"  # Japanese: given name first


def test_unknown_surname_in_a_said_in_the_genitive() -> None:
    cases = {
        "Визит министра обороны Японии Тосими Китадзавы в Москву отложен.": "Китадзава",
        "Отставку премьер-министра Юкио Хатоямы приняли в понедельник.": "Хатояма",
    }
    for text, last in cases.items():
        assert [p["last"] for p in people(text)] == [last], text


def test_junior_and_senior_written_onto_a_surname_are_not_part_of_it() -> None:
    assert split_name(["Джон", "Кеннеди-младший"]).last == "Кеннеди"
    assert split_name(["Джорджем", "Бушем-старшим"]).last == "Буш"
    assert split_name(["Мария", "Петрова-Старшинова"]).last == "Петрова-Старшинова"
