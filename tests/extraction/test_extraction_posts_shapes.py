"""Post shapes of municipal news beyond apposition: a dash before the name, heading a town or
a body, duties laid on a person, a post named by «должность», and a post said before the name
it belongs to. Each sentence is written for this test."""

from __future__ import annotations

import pytest

from extraction import extract
from tests.extraction.post_reading import posts_of

CASES = [
    # a dash between the post and the name
    (
        "Председатель оргкомитета — Виктор Самсонов — напомнил о сроках.",
        "Самсонов",
        "председатель оргкомитета",
        "current",
    ),
    ("Секретарь политсовета – Елена Гурова.", "Гурова", "секретарь политсовета", "current"),
    # a plural post shared by a list after a dash, with a status word in the plural
    (
        "Прежние заместители председателя — Илья Курочкин и Татьяна Славина — ушли в отставку.",
        "Славина",
        "заместитель председателя",
        "former",
    ),
    (
        "Бывшие депутаты Лев Корнилов и Фарид Шайдуллин создали общественный совет.",
        "Шайдуллин",
        "депутат",
        "former",
    ),
    # heading a town, a district or a body
    (
        "Николай Дьяков возглавил администрацию Лесного района в 2015 году.",
        "Дьяков",
        "глава администрации",
        "current",
    ),
    ("Ранее Николай Дьяков возглавлял район.", "Дьяков", "глава района", "former"),
    (
        "В отставку ушел Айрат Гиматдинов, возглавлявший город с 2016 года.",
        "Гиматдинов",
        "глава города",
        "former",
    ),
    (
        "Комитет по бюджету возглавила Ксения Рудакова.",
        "Рудакова",
        "председатель комитета по бюджету",
        "current",
    ),
    (
        "Управление образования возглавляет Ольга Пескова.",
        "Пескова",
        "начальник управления образования",
        "current",
    ),
    # duties of a post
    (
        "Обязанности главы администрации исполняет Мария Левченко.",
        "Левченко",
        "глава администрации",
        "acting",
    ),
    (
        "До выборов Мария Левченко исполняет обязанности главы поселения.",
        "Левченко",
        "глава поселения",
        "acting",
    ),
    # a post named by «должность», with an adjective and a past marker
    (
        "Юрий Бабаев, ранее занимавший должность первого заместителя главы, вернулся в мэрию.",
        "Бабаев",
        "первый заместитель главы",
        "former",
    ),
    (
        "Тимур Жданов занимает должность директора городского парка.",
        "Жданов",
        "директор городского парка",
        "current",
    ),
    # lists: places in brackets, one name per line
    (
        "Собрались главы поселений Иван Демин (Сосновка), Ольга Кравец (Луговое) и Петр Зуев.",
        "Зуев",
        "глава поселения",
        "current",
    ),
    (
        "Присутствовали депутаты:\nИванов И.И.\nСеменова П.П.\nГущин А.А.",
        "Гущин",
        "депутат",
        "current",
    ),
    # predicates: an adverb before the post, the post before the accusative name, status words
    (
        "Олег Ветров вновь стал главой города, за него проголосовали 30 депутатов.",
        "Ветров",
        "глава города",
        "current",
    ),
    ("Депутаты избрали главой района Ивана Демина.", "Демин", "глава района", "current"),
    (
        "Иван Демин назначен и.о. главы администрации района.",
        "Демин",
        "глава администрации района",
        "acting",
    ),
    # powers of a post ended
    ("Олег Ветров сложил полномочия мэра.", "Ветров", "мэр", "former"),
    ("Полномочия мэра досрочно прекращены у Олега Ветрова.", "Ветров", "мэр", "former"),
    (
        "Депутаты досрочно прекратили полномочия мэра Олега Ветрова в связи с отставкой.",
        "Ветров",
        "мэр",
        "former",
    ),
    # a time after the post is no part of its title, whatever the case of the month
    ("Сергей Кравченко оставил пост мэра в марте.", "Кравченко", "мэр", "former"),
    (
        "Денис Котельников покинул пост заместителя мэра в конце декабря.",
        "Котельников",
        "заместитель мэра",
        "former",
    ),
]


def test_post_said_before_the_speaker_is_named() -> None:
    text = (
        "Губернатор поздравил жителей с праздником. «Город меняется к лучшему», — сказал "
        "Андрей Воронцов."
    )
    assert ("губернатор", "current") in posts_of(text, "Воронцов")


def test_bare_post_is_not_given_to_a_person_of_another_post() -> None:
    text = (
        "Губернатор поздравил жителей с праздником. Следом выступил депутат областной думы "
        "Андрей Воронцов."
    )
    assert [t for t, _ in posts_of(text, "Воронцов")] == ["депутат областной думы"]


def test_heading_a_march_is_no_post() -> None:
    text = "Колонну ветеранов возглавил Пётр Осипов."
    assert posts_of(text, "Осипов") == []


def test_each_name_of_a_dash_pair_keeps_its_own_post() -> None:
    text = "Председатель – Иван Демин, секретарь – Ольга Кравец."
    assert posts_of(text, "Демин") == [("председатель", "current")]
    assert posts_of(text, "Кравец") == [("секретарь", "current")]


def test_post_sought_is_no_post() -> None:
    text = "На пост спикера были выдвинуты Ольга Кравец и Иван Демин."
    assert posts_of(text, "Кравец") == []


def test_ended_powers_go_to_the_subject_not_to_the_signer() -> None:
    text = "Указ о прекращении полномочий главы республики вчера подписал президент Андрей Лосев."
    assert ("глава республики", "former") not in posts_of(text, "Лосев")


def test_speaker_and_chair_are_one_post() -> None:
    text = (
        "Спикер городской думы Анна Рябова открыла сессию. Анна Рябова вновь избрана "
        "председателем городской думы."
    )
    assert len(posts_of(text, "Рябова")) == 1


@pytest.mark.parametrize(
    ("text", "last", "title"),
    [
        (
            "Глава Белоруссии Александр Лукашенко провёл совещание. Президент поручил "
            "правительству снизить цены на топливо.",
            "Лукашенко",
            "глава",
        ),
        (
            "Президент Киргизии Роза Отунбаева прибыла в Душанбе. Глава государства обсудила "
            "с коллегой вопросы водных ресурсов.",
            "Отунбаева",
            "президент",
        ),
    ],
)
def test_head_of_state_said_again_either_way_is_one_post(text: str, last: str, title: str) -> None:
    assert [t for t, _ in posts_of(text, last)] == [title]


@pytest.mark.parametrize(
    "text",
    [
        "Глава района Игорь Сомов стал президентом федерации хоккея области.",
        "Глава Лесного Игорь Сомов избран президентом клуба «Факел».",
    ],
)
def test_head_of_a_town_and_president_of_a_club_are_two_posts(text: str) -> None:
    assert len(posts_of(text, "Сомов")) == 2


@pytest.mark.parametrize(
    ("text", "last", "title"),
    [
        (
            "Верховный комиссар ООН по делам беженцев Карл Хольм посетил лагерь.",
            "Хольм",
            "верховный комиссар",
        ),
        ("Генконсул Германии в Екатеринбурге Ута Беккер открыла выставку.", "Беккер", "генконсул"),
        ("Префект Северного округа Олег Рубцов провёл приём граждан.", "Рубцов", "префект"),
        ("Бургомистр Гамбурга Клаус Майер принял делегацию из Петербурга.", "Майер", "бургомистр"),
        ("Конгрессмен Дэн Фостер выступил против поправки.", "Фостер", "конгрессмен"),
    ],
)
def test_posts_of_foreign_and_city_offices(text: str, last: str, title: str) -> None:
    assert [t.split(" ")[0] for t, _ in posts_of(text, last)] == [title.split(" ")[0]]
    assert posts_of(text, last)[0][0].startswith(title)


def test_pronoun_stands_for_the_post_said_before() -> None:
    text = (
        "Главным вопросом сессии было избрание председателя городского собрания. По итогам "
        "тайного голосования им стал Ренат Кадыров."
    )
    assert [t for t, _ in posts_of(text, "Кадыров")] == ["председатель городского собрания"]


def test_post_named_at_the_start_of_a_sentence() -> None:
    text = "Пост главы администрации занял Олег Кудрин."
    assert posts_of(text, "Кудрин") == [("глава администрации", "current")]


@pytest.mark.parametrize(
    ("text", "last", "posts"),
    [
        (
            "В работе сессии участвовали глава г. Калуги, секретарь местного отделения "
            "партии Салават Ханов.",
            "Ханов",
            [("глава", "current"), ("секретарь местного отделения партии", "current")],
        ),
        (
            "Иван Лапин с 2015 года работал заместителем руководителя администрации.",
            "Лапин",
            [("заместитель руководителя администрации", "former")],
        ),
        (
            "Поселок возглавил Артур Гараев. Ранее он больше года работал заместителем "
            "руководителя администрации.",
            "Гараев",
            [("глава поселка", "current"), ("заместитель руководителя администрации", "former")],
        ),
        (
            "Слово взял депутат и председатель комиссии Иван Лапин.",
            "Лапин",
            [("депутат", "current"), ("председатель комиссии", "current")],
        ),
        (
            "Иван Лапин проработал директором школы двадцать лет.",
            "Лапин",
            [("директор школы", "former")],
        ),
        (
            # dated, and at work: in office since September, not about to be
            "Иван Лапин, избранный главой района в сентябре, приступил к работе.",
            "Лапин",
            [("глава района", "current")],
        ),
    ],
)
def test_whole_posts(text: str, last: str, posts: list[tuple[str, str]]) -> None:
    assert posts_of(text, last) == posts


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Андрей Лапин и Иван Сомов — депутаты городской думы.", "депутат городской думы"),
        ("Лапин А.А., Сомов И.В. — заместители председателя.", "заместитель председателя"),
        (
            "Андрей Лапин и Иван Сомов избраны заместителями председателя.",
            "заместитель председателя",
        ),
        ("Членами комиссии избраны: Андрей Лапин, Иван Сомов.", "член комиссии"),
        ("Отсутствовали по уважительной причине депутаты: Лапин А.А., Сомов И.В.", "депутат"),
    ],
)
def test_post_shared_by_a_list(text: str, title: str) -> None:
    assert posts_of(text, "Лапин") == [(title, "current")]
    assert posts_of(text, "Сомов") == [(title, "current")]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Министры культуры России и Армении Иван Сомов и Ашот Акопян подписали меморандум.",
            {"Сомов": "Россия", "Акопян": "Армения"},
        ),
        (
            "Мэры Казани, Уфы и Самары Игорь Лапин, Ринат Гиниятов и Олег Рыбаков обсудили "
            "транспортный коридор.",
            {"Лапин": "Казань", "Гиниятов": "Уфа", "Рыбаков": "Самара"},
        ),
    ],
)
def test_plural_post_of_listed_places_goes_to_each_name_in_turn(
    text: str, places: dict[str, str]
) -> None:
    people = {p["last"]: p["posts"] for p in extract(text, "2024-05-14")["people"]}
    assert {last: [p["place"] for p in people[last]] for last in places} == {
        last: [place] for last, place in places.items()
    }


def test_names_of_a_theatre_are_not_its_soloists() -> None:
    text = (
        "На вечере выступили солисты Пермского, Саратовского театров и Театра оперы имени "
        "Глинки и Мусоргского."
    )
    assert all(not p["posts"] for p in extract(text, "2024-05-14")["people"])


@pytest.mark.parametrize(
    "text",
    [
        "На посту ректора университета Ивана Сомова сменил Пётр Лапин.",
        "Пётр Лапин сменил на посту ректора университета Ивана Сомова.",
    ],
)
def test_successor_post_is_said_by_the_post_phrase_not_the_verb(text: str) -> None:
    people = {p["last"]: p["posts"] for p in extract(text, "2024-05-14")["people"]}
    spans = {last: [text[p["start"] : p["end"]] for p in posts] for last, posts in people.items()}
    assert spans == {"Сомов": ["ректора университета"], "Лапин": ["ректора университета"]}
    assert [p["status"] for p in people["Лапин"]] == ["current"]
    assert [p["status"] for p in people["Сомов"]] == ["former"]


@pytest.mark.parametrize(
    ("text", "last", "title"),
    [
        (
            "Олег Рубцов, которого в марте назначили послом России в Латвии, вручил грамоты.",
            "Рубцов",
            "посол",
        ),
        (
            "Марина Белова, которую в апреле избрали председателем контрольной комиссии, "
            "отчиталась о проверках.",
            "Белова",
            "председатель контрольной комиссии",
        ),
    ],
)
def test_post_given_to_the_object_of_a_relative_clause(text: str, last: str, title: str) -> None:
    assert [t for t, _ in posts_of(text, last)] == [title]


def test_relative_object_of_another_verb_gets_no_post() -> None:
    text = "Олег Рубцов, которого поддержали жители, пришёл на встречу с избирателями."
    assert posts_of(text, "Рубцов") == []


@pytest.mark.parametrize(
    ("text", "last", "posts"),
    [
        (
            "Ольга Миронова уходит с поста директора филармонии, но остаётся солисткой оркестра.",
            "Миронова",
            [("директор филармонии", "former"), ("солистка оркестра", "current")],
        ),
        (
            "Антон Гусев оставил пост вице-мэра, однако остался депутатом городской думы.",
            "Гусев",
            [("вице-мэр", "former"), ("депутат городской думы", "current")],
        ),
        (
            "Антон Гусев проиграл выборы, но остался членом политсовета.",
            "Гусев",
            [("член политсовета", "current")],
        ),
    ],
)
def test_post_kept_after_but(text: str, last: str, posts: list[tuple[str, str]]) -> None:
    assert posts_of(text, last) == posts


def test_post_of_two_districts() -> None:
    text = "Главу Кировского и Московского районов Владимира Жаркова ждали на встрече."
    assert [t.split()[0] for t, _ in posts_of(text, "Жарков")] == ["глава"]


def test_singular_head_before_two_names_is_not_shared() -> None:
    text = "Были представлены кандидатуры действующего главы Ивана Рябова и Николая Глотова."
    assert posts_of(text, "Глотов") == []


def test_worked_as_is_a_post_held_before() -> None:
    text = "Поселком руководит Сергей Жаров. Он работал заместителем главы."
    assert ("заместитель главы", "former") in posts_of(text, "Жаров")


MORE_SHAPES = [
    # the duties of a post, with an auxiliary or an adverb between name and verb
    (
        "Олег Ветров будет исполнять обязанности главы района до выборов.",
        "Ветров",
        "глава района",
        "acting",
    ),
    ("Обязанности мэра временно исполняет Олег Ветров.", "Ветров", "мэр", "acting"),
    (
        "Полномочия главы поселка исполняет его первый заместитель Олег Ветров.",
        "Ветров",
        "глава поселка",
        "acting",
    ),
    # heading a body: a relative clause, a present participle, adjectives before the body
    (
        "Олег Ветров, который возглавляет комитет по транспорту, поддержал проект.",
        "Ветров",
        "председатель комитета по транспорту",
        "current",
    ),
    (
        "Заслушан отчёт Олега Ветрова, возглавляющего контрольно-счётную палату.",
        "Ветров",
        "председатель контрольно-счётной палаты",
        "current",
    ),
    # a post noun before the name: «пост», «кресло»
    ("Пост мэра Олег Ветров занимает третий год.", "Ветров", "мэр", "current"),
    ("Кресло мэра занял Олег Ветров.", "Ветров", "мэр", "current"),
    # surname first with initials, then the apposition past the initial's dot
    (
        "Ветров О. П., заместитель главы администрации, доложил о ремонте.",
        "Ветров",
        "заместитель главы администрации",
        "current",
    ),
    # a possessive before the apposition; a second apposition after «а ныне»
    (
        "Олег Ветров, председатель совета, и Ирина Лунёва, его заместитель, ответили жителям.",
        "Лунёва",
        "заместитель",
        "current",
    ),
    (
        "Олег Ветров, бывший глава района, а ныне депутат областной думы, выступил.",
        "Ветров",
        "депутат областной думы",
        "current",
    ),
    # a predicate past an apposition
    (
        "Олег Ветров, экс-начальник управления культуры, стал советником мэра.",
        "Ветров",
        "советник мэра",
        "current",
    ),
    # the link verb said once: «…, секретарём — …»
    (
        "Председателем комиссии стала Ирина Лунёва, секретарём — Олег Ветров.",
        "Ветров",
        "секретарь",
        "current",
    ),
    (
        "Главой поселения избран Павел Ершов, а его заместителем — Олег Ветров.",
        "Ветров",
        "заместитель",
        "current",
    ),
    # an adverb between the post and its link verb stays out of the title
    ("Главой поселения вновь избран Олег Ветров.", "Ветров", "глава поселения", "current"),
    # a post governed by a noun of leaving it
    (
        "Депутаты приняли отставку главы администрации Олега Ветрова.",
        "Ветров",
        "глава администрации",
        "former",
    ),
    # the remit of a post listed with commas after «по»
    (
        "Председатель комиссии по образованию, культуре и спорту Олег Ветров выступил.",
        "Ветров",
        "председатель комиссии по образованию, культуре и спорту",
        "current",
    ),
    # a lone surname after a post, which the NER reads as part of an organisation
    (
        "Глава администрации Шарафутдинов подписал распоряжение.",
        "Шарафутдинов",
        "глава администрации",
        "current",
    ),
    (
        "Председатель собрания Абдулхаликов открыл сессию.",
        "Абдулхаликов",
        "председатель собрания",
        "current",
    ),
]


@pytest.mark.parametrize(("text", "last", "title", "status"), CASES + MORE_SHAPES)
def test_post_shape(text: str, last: str, title: str, status: str) -> None:
    assert (title, status) in posts_of(text, last)


def test_quote_attributed_to_a_bare_post_is_the_last_speaker_of_the_paragraph() -> None:
    text = (
        "«Дорогу закончим к осени», — заявил Олег Ветров, член комиссии по транспорту. "
        "Подрядчик Павел Ершов получил аванс. «Денег хватит», — уверяет депутат."
    )
    assert ("депутат", "current") in posts_of(text, "Ветров")
    assert ("депутат", "current") not in posts_of(text, "Ершов")


def test_a_new_paragraph_does_not_continue_the_last_speaker() -> None:
    text = (
        "«Дорогу закончим к осени», — заявил Олег Ветров.\n\n"
        "Панихиду провёл священник Павел Ершов.\n\n«Помолимся», — сказал протоиерей."
    )
    assert ("протоиерей", "current") not in posts_of(text, "Ветров")


def test_post_said_before_a_quote_three_sentences_on() -> None:
    text = (
        "Об этом на сессии сообщил глава района. Заседание прошло в новом зале. Повестку "
        "утвердили единогласно. «Мы закончим ремонт школ к осени», — сказал Игорь Лаптев."
    )
    assert ("глава района", "current") in posts_of(text, "Лаптев")


def test_preposition_ends_a_post_and_a_party_name_is_no_place() -> None:
    person = extract("Олег Ветров — депутат гордумы от «Единой России».")["people"][0]
    assert person["posts"][0]["place"] is None
    assert person["posts"][0]["org"] == "Единая Россия"


def test_mayor_said_bare_is_the_head_of_the_city_named_before() -> None:
    # the bare «мэр» goes to nobody else: it is the post of the «глава города»
    text = (
        "Сессию открыл глава города Аркадий Никитин. Он поблагодарил Людмилу Гаранину за "
        "работу. «Уверен, что диалог сохранится», — подчеркнул мэр. Градоначальник обещал "
        "приехать снова."
    )
    assert posts_of(text, "Никитин") == [("глава города", "current")]  # «мэр»: the same post
    assert posts_of(text, "Гаранина") == []


def test_a_post_headed_before_this_one() -> None:
    text = "Им стал Валентин Корнеев, до этого возглавлявший комитет по транспорту."
    assert ("председатель комитета по транспорту", "former") in posts_of(text, "Корнеев")
    text = "Ирина Савельева утверждена в должности. Ранее она работала аудитором палаты."
    assert ("аудитор палаты", "former") in posts_of(text, "Савельева")


def test_body_in_lower_case_stays_in_the_title_and_its_place_goes_to_place() -> None:
    text = "Бывший глава администрации Лесного района Геннадий Орлов признан виновным."
    person = extract(text, "2024-03-15")["people"][0]
    post = person["posts"][0]
    assert (post["title"], post["status"], post["place"]) == (
        "глава администрации",
        "former",
        "Лесной район",
    )


def test_head_of_the_region_is_the_governor_not_the_mayor() -> None:
    text = (
        "Новым главой Белоозёрска стал Игорь Вахрушев. Врио губернатора области Кирилл "
        "Анисимов поздравил его. «Рассчитываю на работу с командой региона», — написал глава "
        "региона в своём телеграм-канале."
    )
    assert posts_of(text, "Вахрушев") == [("глава", "current")]
    assert posts_of(text, "Анисимов") == [("губернатор области", "acting")]


def test_predecessor_held_the_post_of_the_person_named_before() -> None:
    text = (
        "Руководителем управления культуры назначена Дарья Коваленко. Её предшественник "
        "Артём Зубов перешёл на должность советника главы."
    )
    assert ("руководитель управления культуры", "former") in posts_of(text, "Зубов")
    text = "Новым главой Белоозёрска стал Игорь Вахтин. Вахтин сменил на посту Петра Ланского."
    assert posts_of(text, "Ланский") == [("глава", "former")]


def test_duties_after_a_date_and_the_acting_holder_named_past_his_own_post() -> None:
    text = "Обязанности начальника финансового управления с 1 октября исполняет Лариса Никонова."
    assert posts_of(text, "Никонова") == [("начальник финансового управления", "acting")]
    text = "С тех пор обязанности мэра исполнял первый вице-мэр Сергей Тюрин."
    assert ("мэр", "acting") in posts_of(text, "Тюрин")


def test_institutions_headed_and_headed_for_now() -> None:
    text = "Дарья Коваленко, ранее возглавлявшая молодёжный центр «Импульс», выступила."
    assert ("руководитель молодёжного центра «Импульс»", "former") in posts_of(text, "Коваленко")
    text = "Временно учреждение возглавляет Николай Ершов."
    assert posts_of(text, "Ершов") == [("руководитель учреждения", "acting")]


def test_city_head_called_golova() -> None:
    text = "Городской Голова Калуги Дмитрий Разин провёл приём граждан."
    person = extract(text, "2024-11-22")["people"][0]
    assert (person["posts"][0]["place"], person["posts"][0]["org"]) == ("Калуга", None)
    text = "Выступила заместитель Городского Головы Татьяна Рябцева."
    assert posts_of(text, "Рябцева")[0][0].startswith("заместитель Городского Головы")


def test_speaker_of_a_report_is_no_chair_and_mayor_is_head_of_administration() -> None:
    text = (
        "С докладом выступил начальник финансового управления Ильдар Ахметов. Как сообщил "
        "спикер, доходы бюджета выросли."
    )
    assert posts_of(text, "Ахметов") == [("начальник финансового управления", "current")]
    text = (
        "Мэр Нальчика Залим Хашев подал в отставку. Сессия рассмотрела заявление главы "
        "администрации Нальчика Залима Хашева."
    )
    assert [title for title, _ in posts_of(text, "Хашев")] == ["мэр"]


def test_relative_and_demonstrative_pronouns_in_a_post() -> None:
    text = "Открылось представительство, главой которого является архиепископ Лонгин Клинский."
    assert ("глава", "current") in posts_of(text, "Клинский")
    text = "Глава этого ведомства Иван Петров выступил."
    assert posts_of(text, "Петров") == [("глава ведомства", "current")]


def test_predicate_in_a_relative_clause_after_the_name() -> None:
    text = (
        "Председателем палаты назначена Лариса Вдовина, которая до этого работала "
        "заместителем руководителя финансового управления."
    )
    assert ("заместитель руководителя финансового управления", "former") in posts_of(
        text, "Вдовина"
    )
    text = "Анна Петрова, которая является депутатом городской думы, выступила."
    assert posts_of(text, "Петрова") == [("депутат городской думы", "current")]


def test_a_month_or_convocations_between_subject_and_predicate() -> None:
    text = "Место занял Олег Дьяков, который в июне 2023 года стал заместителем главы города."
    assert posts_of(text, "Дьяков") == [("заместитель главы города", "current")]
    text = "Максим Ерёмин выступил. Ранее он два созыва был депутатом районного совета."
    assert posts_of(text, "Ерёмин") == [("депутат районного совета", "former")]


FRAMED_AND_DESCRIBED = [
    # the post in the instrumental before the name, the link verb after it
    (
        "Главой сельского поселения Тамара Ефремова работает с 2012 года.",
        "Ефремова",
        "глава сельского поселения",
        "current",
    ),
    (
        "Директором библиотеки Лидия Рогова проработала до прошлой весны.",
        "Рогова",
        "директор библиотеки",
        "former",
    ),
    # a description of the person between the link verb and the name
    (
        "Председателем районного Совета стал 52-летний фермер Степан Волгин.",
        "Волгин",
        "председатель",
        "current",
    ),
    # «должность … занимал»: the verb after the post phrase puts it behind
    (
        "Должность председателя Думы прежде занимал Олег Никонов.",
        "Никонов",
        "председатель",
        "former",
    ),
    # «зам» + genitive never declines: it stands before a nominative name
    (
        "Замдиректора лицея Инна Балашова провела урок.",
        "Балашова",
        "заместитель директора лицея",
        "current",
    ),
    # a woman's form of a post
    ("Его советница Дина Гараева ответила журналистам.", "Гараева", "советница", "current"),
]


@pytest.mark.parametrize(("text", "last", "title", "status"), FRAMED_AND_DESCRIBED)
def test_post_framed_or_described(text: str, last: str, title: str, status: str) -> None:
    assert (title, status) in posts_of(text, last)


@pytest.mark.parametrize(
    "text",
    [
        "На посту директора департамента Артёма Лаврова сменил Игорь Зотов.",
        "Игорь Зотов сменил на посту директора департамента Артёма Лаврова.",
    ],
)
def test_successor_holds_the_post_and_predecessor_held_it(text: str) -> None:
    assert posts_of(text, "Зотов") == [("директор департамента", "current")]
    assert posts_of(text, "Лавров") == [("директор департамента", "former")]


def test_adjectives_of_a_body_go_with_the_body() -> None:
    people = extract("Председатель областного Собрания Иван Горелов открыл сессию.")["people"]
    (post,) = people[0]["posts"]
    assert (post["title"], post["org"]) == ("председатель", "областное Собрание")


def test_first_modifier_of_an_abbreviated_title_stays_in_front() -> None:
    assert posts_of("Первый замглавы района Юрий Стасов подвёл итоги.", "Стасов") == [
        ("первый заместитель главы района", "current")
    ]


@pytest.mark.parametrize(
    ("text", "last", "title", "status"),
    [
        ("Выборы главы города выиграла Елена Дробышева.", "Дробышева", "глава города", "elect"),
        (
            "Тимур Гасанов одержал победу на выборах председателя Совета ветеранов.",
            "Гасанов",
            "председатель",
            "elect",
        ),
        ("Место секретаря комиссии заняла Алла Фомина.", "Фомина", "секретарь комиссии", "current"),
        ("Мандат депутата получил Игорь Родин.", "Родин", "депутат", "current"),
        (
            "Дума досрочно прекратила депутатские полномочия Максима Ушакова.",
            "Ушаков",
            "депутат",
            "former",
        ),
    ],
)
def test_elections_won_seats_taken_and_mandates_ended(
    text: str, last: str, title: str, status: str
) -> None:
    assert (title, status) in posts_of(text, last)


@pytest.mark.parametrize(
    "text",
    [
        "По итогам выборов в городскую Думу прошли Семён Рябинин, Алла Корнеева и Глеб Зуев.",
        "Депутатские мандаты получили Семён Рябинин, Алла Корнеева и Глеб Зуев.",
    ],
)
def test_seats_won_by_a_list_make_deputies_elect(text: str) -> None:
    for last in ("Рябинин", "Корнеева", "Зуев"):
        assert posts_of(text, last) == [("депутат", "elect")]


@pytest.mark.parametrize(
    "text",
    [
        "В одномандатном округе № 4 победил Глеб Зуев.",
        "Глеб Зуев победил на довыборах в Совет депутатов поселения.",
        "Победителем по Заречному округу стал Глеб Зуев.",
    ],
)
def test_a_district_or_legislature_won_makes_a_deputy_elect(text: str) -> None:
    assert posts_of(text, "Зуев") == [("депутат", "elect")]


@pytest.mark.parametrize(
    "text",
    [
        "Команда Северного округа победила в эстафете, кубок вручили Глебу Зуеву.",
        "Глеб Зуев, победивший в конкурсе «Учитель года», прошёл стажировку в Думе.",
        "Ученики Центрального округа Глеб Зуев и Алла Корнеева победили в олимпиаде.",
    ],
)
def test_winning_elsewhere_is_no_seat(text: str) -> None:
    assert posts_of(text, "Зуев") == []


def test_a_candidate_who_lost_gets_no_post() -> None:
    assert posts_of("На выборах главы района Антон Серов набрал 12 % голосов.", "Серов") == []


@pytest.mark.parametrize(
    "text",
    [
        "Комиссию по транспорту возглавил Лев Осипов, по образованию — Ника Гордеева.",
        "Председателем комиссии по транспорту избран Лев Осипов, а комиссии по образованию — "
        "Ника Гордеева.",
        # the gapped word keeps the title's case: «комиссия», not «председатель комиссию»
        "Комиссию по транспорту возглавил Лев Осипов, комиссию по образованию — Ника Гордеева.",
    ],
)
def test_second_name_of_a_gapped_pair_takes_the_post_with_its_own_complement(text: str) -> None:
    assert posts_of(text, "Осипов") == [("председатель комиссии по транспорту", "current")]
    assert posts_of(text, "Гордеева") == [("председатель комиссии по образованию", "current")]


def test_a_verb_after_a_body_is_not_part_of_its_name() -> None:
    people = extract("Депутатами Совета избраны Яков Шульгин и Нина Пестова.")["people"]
    assert [(p["posts"][0]["title"], p["posts"][0]["org"]) for p in people] == [
        ("депутат", "Совет"),
        ("депутат", "Совет"),
    ]


def test_duties_of_the_person_a_possessive_stands_for() -> None:
    text = (
        "Глава администрации Заречного района Борис Ульянов ушёл на пенсию. Его обязанности "
        "исполняет заместитель главы Вера Кудрина."
    )
    assert ("глава администрации", "acting") in posts_of(text, "Кудрина")


def test_indeclinable_surname_in_ih_after_a_post() -> None:
    assert posts_of("Слово взял глава поселения Валерий Боровских.", "Боровских") == [
        ("глава поселения", "current")
    ]


@pytest.mark.parametrize(
    ("text", "last", "title"),
    [
        (
            "На сессии выступил Марк Зорин. Прежде он занимал должность начальника управления "
            "архитектуры.",
            "Зорин",
            "начальник управления архитектуры",
        ),
        (
            "Отчёт представила Жанна Рудова. До этого она возглавляла комитет по культуре.",
            "Рудова",
            "председатель комитета по культуре",
        ),
    ],
)
def test_post_held_before_said_of_a_pronoun(text: str, last: str, title: str) -> None:
    assert posts_of(text, last) == [(title, "former")]


def test_pronoun_of_no_single_person_gets_no_post() -> None:
    text = "Марк Зорин и Игорь Лебедь выступили. Ранее он возглавлял комитет по культуре."
    assert posts_of(text, "Зорин") == [] and posts_of(text, "Лебедь") == []


def test_the_one_replaced_held_the_post_given_instead() -> None:
    text = "Вместо уволенного Петра Рыжова директором музея назначена Алина Сомова."
    assert posts_of(text, "Рыжов") == [("директор музея", "former")]
    assert posts_of(text, "Сомова") == [("директор музея", "current")]


def test_instead_of_without_a_post_given_is_no_post() -> None:
    text = "Вместо Петра Рыжова на форум поедет директор музея Алина Сомова."
    assert posts_of(text, "Рыжов") == []


@pytest.mark.parametrize(
    ("text", "posts"),
    [
        (
            "Депутаты согласовали кандидатуру Фёдора Ласточкина на должность руководителя "
            "аппарата.",
            [("руководитель аппарата", "elect")],
        ),
        ("Партия выдвинула кандидатуру Фёдора Ласточкина на пост мэра.", []),
    ],
)
def test_candidacy_approved_elects_and_proposed_gives_no_post(
    text: str, posts: list[tuple[str, str]]
) -> None:
    assert posts_of(text, "Ласточкин") == posts


def test_leaving_a_post_and_duties_handed_on() -> None:
    text = (
        "Стало известно об уходе с должности начальника управления ЖКХ Ильи Сотникова. Его "
        "полномочия переданы заместителю начальника управления Дарье Гришиной."
    )
    assert posts_of(text, "Сотников") == [("начальник управления ЖКХ", "former")]
    assert ("начальник управления ЖКХ", "acting") in posts_of(text, "Гришина")
    assert ("заместитель начальника управления", "current") in posts_of(text, "Гришина")


def test_colloquial_zam_is_a_deputy() -> None:
    text = "Замом по социальным вопросам по-прежнему остаётся Карина Олейник."
    assert posts_of(text, "Олейник") == [("заместитель по социальным вопросам", "current")]


def test_bare_post_three_sentences_after_the_only_person_named() -> None:
    text = (
        "Тарас Волынец принял жителей улицы Садовой. Их беспокоит разбитая дорога. Вопрос "
        "поставлен на контроль. Председатель Думы намерен обсудить его с мэрией."
    )
    assert [t for t, _ in posts_of(text, "Волынец")] == ["председатель"]


def test_post_said_in_an_attribution_goes_to_the_speaker_after_a_long_quote() -> None:
    text = (
        "По мнению начальника управления образования, летний отдых организован хорошо. "
        "«Лагеря открыты. Путёвок хватает. Жалоб нет. Родители довольны», – сказала "
        "Вероника Сумина."
    )
    assert posts_of(text, "Сумина") == [("начальник управления образования", "current")]


def test_ordinal_in_digits_is_written_out_in_the_title() -> None:
    text = "Совещание провёл 1-й заместитель главы администрации Глеб Ушаков."
    assert posts_of(text, "Ушаков") == [("первый заместитель главы администрации", "current")]


def test_list_of_surnames_with_initials_and_jobs() -> None:
    text = (
        "В жюри вошли: Гусев В.П. – глава поселения; Лаптева Н.Н. – библиотекарь; "
        "Рожкова О.И. – начальник отдела культуры."
    )
    assert posts_of(text, "Рожкова") == [("начальник отдела культуры", "current")]
    assert posts_of(text, "Лаптева") == [("библиотекарь", "current")]


def test_this_post_is_the_post_said_before() -> None:
    text = (
        "Депутаты избрали председателем комиссии Ладу Гусеву. Прежде эту должность занимал "
        "Семён Рожков."
    )
    assert posts_of(text, "Рожков") == [("председатель комиссии", "former")]


def test_possessive_between_link_verb_and_the_holders_own_post() -> None:
    text = (
        "Глава района ушёл в отпуск. Исполняющим обязанности главы района назначена его "
        "заместитель Нелли Фомина."
    )
    assert ("глава района", "acting") in posts_of(text, "Фомина")


def test_instrumental_pronoun_agrees_with_the_post_and_the_verb_with_the_person() -> None:
    text = "На сессии избран новый председатель Совета. Им стала Дарина Котова."
    assert [t for t, _ in posts_of(text, "Котова")] == ["председатель"]


def test_post_left_vacant_after_a_resignation_is_former() -> None:
    text = "Должность директора департамента после увольнения Сергея Носова пока не занята."
    assert posts_of(text, "Носов") == [("директор департамента", "former")]


def test_plural_post_before_a_colon_opens_each_gapped_title() -> None:
    text = (
        "Заместители главы администрации: по строительству – Гавриил Лунин, по финансам – "
        "Мирон Сычёв."
    )
    assert posts_of(text, "Лунин") == [
        ("заместитель главы администрации по строительству", "current")
    ]
    assert posts_of(text, "Сычёв") == [("заместитель главы администрации по финансам", "current")]
    text = (
        "Председателями постоянных комиссий избраны: по бюджету — Глеб Ларионов, по ЖКХ — "
        "Майя Тарасова."
    )
    assert posts_of(text, "Ларионов") == [
        ("председатель постоянной комиссии по бюджету", "current")
    ]
    assert posts_of(text, "Тарасова") == [("председатель постоянной комиссии по ЖКХ", "current")]


@pytest.mark.parametrize(
    ("text", "last", "head"),
    [
        (
            "Законодательное собрание Тверской области возглавил Сергей Голубев.",
            "Голубев",
            "председатель",
        ),
        ("Администрацию Озёрного района возглавила Инга Седова.", "Седова", "глава"),
    ],
)
def test_the_body_before_heading_verb_is_headed_not_its_region(
    text: str, last: str, head: str
) -> None:
    ((title, status),) = posts_of(text, last)
    assert title.split()[0] == head and status == "current"
    assert "собрани" in title or "администрац" in title


@pytest.mark.parametrize(
    ("text", "last", "title"),
    [
        ("Сессию открыл старейший депутат Матвей Орлов.", "Орлов", "депутат"),
        ("Вопрос задала опытный педагог Алла Рябова.", "Рябова", "педагог"),
    ],
)
def test_words_describing_the_person_leave_the_title(text: str, last: str, title: str) -> None:
    assert posts_of(text, last) == [(title, "current")]


@pytest.mark.parametrize(
    ("text", "last", "title", "status"),
    [
        (
            "Будущий глава поселения Яков Шилов встретился с активом.",
            "Шилов",
            "глава поселения",
            "elect",
        ),
        ("Ныне покойный мэр Лев Гордеев основал музей.", "Гордеев", "мэр", "former"),
        (
            "Назначенная на должность директора музея Ева Крылова приступит к работе в мае.",
            "Крылова",
            "директор музея",
            "elect",
        ),
    ],
)
def test_more_status_words(text: str, last: str, title: str, status: str) -> None:
    assert posts_of(text, last) == [(title, status)]


@pytest.mark.parametrize(
    ("text", "title", "status"),
    [
        # a span of time between «который» or a participle's comma and the verb
        (
            "Юлиан Седых, который с 2016 года руководит управлением культуры, ушёл в отпуск.",
            "начальник управления культуры",
            "current",
        ),
        (
            "Юлиан Седых, до недавнего времени возглавлявший управление культуры, переехал.",
            "начальник управления культуры",
            "former",
        ),
        # a link verb's participle before the post is no part of its title
        (
            "Юлиан Седых, работающий директором музея, провёл экскурсию.",
            "директор музея",
            "current",
        ),
        ("Юлиан Седых, работавший директором музея, переехал.", "директор музея", "former"),
        # taking up the duties of a post
        ("Юлиан Седых приступил к обязанностям директора музея.", "директор музея", "current"),
        ("К исполнению полномочий главы города приступил Юлиан Седых.", "глава города", "current"),
    ],
)
def test_posts_behind_time_spans_participles_and_duties_taken_up(
    text: str, title: str, status: str
) -> None:
    assert posts_of(text, "Седых") == [(title, status)]


def test_starting_other_work_is_no_post() -> None:
    text = "Строители приступили к ремонту школы, сообщил Юлиан Седых."
    assert posts_of(text, "Седых") == []


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Грамоту получила врач-педиатр Римма Седых.", "врач-педиатр"),
        ("Проект представил инженер-строитель Юлиан Седых.", "инженер-строитель"),
    ],
)
def test_a_hyphenated_job_with_its_speciality_is_a_post(text: str, title: str) -> None:
    assert posts_of(text, "Седых") == [(title, "current")]


def test_a_long_official_title_with_a_listed_remit_in_the_genitive() -> None:
    text = (
        "Заместитель начальника управления жилищно-коммунального хозяйства, транспорта и связи "
        "администрации городского округа Юлиан Седых рассказал о ремонте."
    )
    ((title, status),) = posts_of(text, "Седых")
    assert title.startswith("заместитель начальника управления жилищно-коммунального хозяйства")
    assert "транспорта и связи" in title and status == "current"


def test_a_genitive_list_of_people_ends_the_post() -> None:
    text = "В присутствии главы, депутатов и жителей Юлиан Седых открыл сквер."
    assert posts_of(text, "Седых") == []


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Юлиан Седых, будучи председателем комиссии, настаивал на проверке.",
            "председатель комиссии",
        ),
        ("Будучи главой района, Юлиан Седых построил школу.", "глава района"),
        ("Работая директором школы, Юлиан Седых открыл музей.", "директор школы"),
        (
            "Юлиан Седых выступил в качестве председателя счётной комиссии.",
            "председатель счётной комиссии",
        ),
        ("Юлиан Седых в статусе депутата провёл первый приём.", "депутат"),
        ("В команду, в качестве первого заместителя, вошёл Юлиан Седых.", "первый заместитель"),
    ],
)
def test_roles_said_by_an_adverbial_participle_or_in_the_capacity_of(text: str, title: str) -> None:
    assert posts_of(text, "Седых") == [(title, "current")]


def test_a_body_with_a_double_name_joined_by_a_dash() -> None:
    text = (
        "Депутат Государственного Собрания – Курултая Республики Башкортостан Юлиан Седых "
        "провёл приём граждан."
    )
    assert posts_of(text, "Седых") == [("депутат", "current")]


def test_an_adjective_read_as_a_noun_first_stays_in_the_title() -> None:
    text = "Депутаты заслушали информацию главного врача городской больницы Юлиана Седых."
    assert posts_of(text, "Седых") == [("главный врач городской больницы", "current")]


@pytest.mark.parametrize(
    ("text", "title", "status"),
    [
        ("Решение вступает в силу.\nГлава города\nЮ.А. Седов\n", "глава города", "current"),
        ("И.о. главы администрации\nЮ.А. Седов", "глава администрации", "acting"),
        ("Глава сельского поселения: Ю.А. Седов\n", "глава сельского поселения", "current"),
    ],
)
def test_a_signature_with_the_post_on_its_own_line(text: str, title: str, status: str) -> None:
    assert posts_of(text, "Седов") == [(title, status)]


def test_a_heading_line_before_a_sentence_is_no_signature() -> None:
    assert posts_of("Глава города\nЮлиан Седых провёл встречу с жителями.", "Седых") == []


def test_a_possessive_pronoun_is_no_part_of_the_title() -> None:
    text = "Губернатор назначил Юлиана Седова своим заместителем."
    assert posts_of(text, "Седов") == [("заместитель", "current")]


@pytest.mark.parametrize(
    "text",
    [
        "Юлиан Седов, избранный в 2020 году, возглавляет Думу уже третий год.",
        "Юлиан Седов, который родился в Уфе, возглавляет Думу с 2020 года.",
    ],
)
def test_a_clause_between_the_name_and_its_heading_verb(text: str) -> None:
    ((title, status),) = posts_of(text, "Седов")
    assert title.startswith("председатель") and status == "current"


def test_two_posts_joined_by_and_before_one_name() -> None:
    text = "Депутат и руководитель фракции Юлиан Седов выступил против."
    assert posts_of(text, "Седов") == [("депутат", "current"), ("руководитель фракции", "current")]


@pytest.mark.parametrize(
    ("text", "posts"),
    [
        (
            "Юлиан Седов – это председатель комиссии по бюджету.",
            [("председатель комиссии по бюджету", "current")],
        ),
        ("Юлиан Седов, ныне депутат, приехал в родной город.", [("депутат", "current")]),
        (
            "Юлиан Седов, в прошлом директор школы, возглавил отдел образования.",
            [("директор школы", "former"), ("начальник отдела образования", "current")],
        ),
    ],
)
def test_an_apposition_opened_by_a_word_of_time(text: str, posts: list[tuple[str, str]]) -> None:
    assert posts_of(text, "Седов") == posts


@pytest.mark.parametrize(
    "text",
    [
        "Юлиан Седов работает в администрации с 2010 года. Сейчас он заместитель главы.",
        "Юлиан Седов работает в администрации с 2010 года. Он – заместитель главы.",
    ],
)
def test_a_nominative_post_after_a_subject_pronoun(text: str) -> None:
    assert posts_of(text, "Седов") == [("заместитель главы", "current")]


@pytest.mark.parametrize(
    "text",
    [
        "Это уже третий глава района за пять лет. Предыдущие два — Юлиан Седов и Вера Шилова — "
        "ушли досрочно.",
        "Нынешний глава Виктор Панин, как и предыдущие два — Юлиан Седов и Вера Шилова, был "
        "назначен по конкурсу.",
    ],
)
def test_a_list_after_a_left_out_post_holds_the_post_said_before(text: str) -> None:
    assert posts_of(text, "Седов") == [("глава", "former")]


def test_first_three_of_a_contest_hold_no_post() -> None:
    text = "Глава района наградил победителей. Первые трое — Юлиан Седов, Вера Шилова и Пётр Лосев."
    assert posts_of(text, "Седов") == []


@pytest.mark.parametrize(
    ("text", "posts"),
    [
        (
            "Прокурор города младший советник юстиции Юлиан Седов выступил перед депутатами.",
            [("прокурор города", "current")],
        ),
        ("Майор полиции Юлиан Седов рассказал о работе участковых.", []),
        (
            "Советник главы района Юлиан Седов рассказал о работе участковых.",
            [("советник главы района", "current")],
        ),
    ],
)
def test_a_class_rank_is_no_post(text: str, posts: list) -> None:
    assert posts_of(text, "Седов") == posts


@pytest.mark.parametrize(
    "text",
    [
        "В бытность главой района Юлиан Седов построил две школы.",
        "Юлиан Седов в бытность свою главой района построил две школы.",
    ],
)
def test_a_post_after_in_the_time_of_was_held_before(text: str) -> None:
    assert posts_of(text, "Седов") == [("глава района", "former")]


@pytest.mark.parametrize(
    "text",
    [
        "Веру Шилову, много лет возглавлявшую отдел культуры, проводили на пенсию.",
        "Вера Шилова, несколько лет возглавлявшая отдел культуры, ушла на пенсию.",
    ],
)
def test_a_count_of_years_before_a_heading_participle(text: str) -> None:
    assert [s for _, s in posts_of(text, "Шилова")] == ["former"]


def _name_of(text: str) -> list[tuple[str, str]]:
    return [(p["last"], p["first"]) for p in extract(text)["people"]]


def test_a_long_nominative_post_before_her_name_keeps_it_hers() -> None:
    text = (
        "Председатель постоянной депутатской комиссии по социальным вопросам Гульшат "
        "Валеева и её коллега проверили ход ремонта."
    )
    assert _name_of(text) == [("Валеева", "Гульшат")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Обязанности главы временно исполняет Дина Хайруллина, ранее курировавшая школы.",
            ("Хайруллина", "Дина"),
        ),
        (
            "Отчёт готовит Антонина Лаптева, возглавляющая отдел культуры.",
            ("Лаптева", "Антонина"),
        ),
    ],
)
def test_a_participle_after_the_name_gives_its_gender(text: str, name: tuple) -> None:
    assert _name_of(text) == [name]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Совет ветеранов теперь возглавляет Юлиан Седов.", "current"),
        ("Комитет по бюджету ранее возглавлял Юлиан Седов.", "former"),
    ],
)
def test_an_adverb_between_the_headed_body_and_the_verb(text: str, status: str) -> None:
    assert [s for _, s in posts_of(text, "Седов")] == [status]


def test_a_body_after_a_preposition_is_not_what_the_verb_heads() -> None:
    text = "Фракцией «Новые люди» в городской думе теперь руководит Юлиан Седов."
    assert [t for t, _ in posts_of(text, "Седов") if "дум" in t] == []


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Исполнявшая обязанности главы района Вера Шилова ушла в отпуск.", "former"),
        ("Временно исполнявший обязанности мэра Юлиан Седов вернулся в мэрию.", "former"),
        ("Исполняющая обязанности главы района Вера Шилова ушла в отпуск.", "acting"),
    ],
)
def test_acting_in_the_past_is_a_former_holding(text: str, status: str) -> None:
    found = [p for p in extract(text)["people"]][0]["posts"]
    assert [p["status"] for p in found] == [status]


@pytest.mark.parametrize(
    ("text", "posts"),
    [
        ("Полномочия Юлиана Седова как главы района истекли.", [("глава района", "current")]),
        (
            "Юлиан Седов, как председатель комиссии, отметил недостатки.",
            [("председатель комиссии", "current")],
        ),
        ("Юлиан Седов, как и глава района, поддержал проект.", []),
    ],
)
def test_a_post_after_as_in_the_names_case(text: str, posts: list) -> None:
    assert posts_of(text, "Седов") == posts


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("Юлиан Седов, избранный в сентябре главой района, провёл совещание.", "глава района"),
        ("Вера Шилова, назначенная в 2021 году директором школы, выступила.", "директор школы"),
        ("Вера Шилова, работающая с 2015 года директором школы, выступила.", "директор школы"),
    ],
)
def test_a_span_of_time_between_a_participle_and_its_instrumental_post(
    text: str, post: str
) -> None:
    found = extract(text)["people"][0]["posts"]
    assert [p["title"] for p in found] == [post]


def test_a_neuter_verb_after_a_genitive_name_says_nothing_of_its_gender() -> None:
    text = "Под руководством главы района Юлиана Седова прошло совещание."
    assert _name_of(text) == [("Седов", "Юлиан")]


@pytest.mark.parametrize(
    ("text", "posts"),
    [
        (
            "Вера Шилова родилась в Уфе. Окончила университет. В 2021 году избрана главой района.",
            [("глава района", "current")],
        ),
        (
            "Вера Шилова родилась в Уфе. Ранее работала заместителем министра.",
            [("заместитель министра", "former")],
        ),
        # another subject between, or a verb of the other gender: nobody's post
        ("Вера Шилова выступила. Депутаты избрали председателя. Избрана секретарём.", []),
        ("Вера Шилова родилась в Уфе. В 2021 году избран главой района.", []),
    ],
)
def test_a_sentence_with_no_subject_continues_the_person_named_before(
    text: str, posts: list
) -> None:
    assert posts_of(text, "Шилова") == posts


def test_a_description_with_a_genitive_between_the_link_verb_and_the_name() -> None:
    text = "Председателем молодёжного совета стала студентка колледжа Вера Шилова."
    assert posts_of(text, "Шилова") == [("председатель молодёжного совета", "current")]


@pytest.mark.parametrize(
    ("text", "posts"),
    [
        ("Юлиан Седов уволен с должности директора школы.", [("директор школы", "former")]),
        ("Юлиан Седов отстранён от должности главы района.", [("глава района", "former")]),
    ],
)
def test_dismissed_from_a_post_is_a_former_holding(text: str, posts: list) -> None:
    assert posts_of(text, "Седов") == posts


def test_the_names_predicate_past_a_relative_clause() -> None:
    text = "Вера Шилова, которая ранее работала в Минфине, назначена заместителем министра."
    assert posts_of(text, "Шилова") == [("заместитель министра", "current")]


@pytest.mark.parametrize(
    "text",
    [
        "Глава района Юлиан Седов ушёл в отставку. Исполнять его обязанности до выборов будет "
        "Вера Шилова.",
        "Главу района Юлиана Седова задержали. Обязанности главы района временно возложены на "
        "его заместителя Веру Шилову.",
    ],
)
def test_duties_laid_past_a_span_an_adverb_or_a_possessive(text: str) -> None:
    assert ("глава района", "acting") in posts_of(text, "Шилова")


def test_a_name_after_an_accusative_post_is_in_the_accusative() -> None:
    text = "Главу округа Юлиана Седова задержали."
    assert _name_of(text) == [("Седов", "Юлиан")]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Юлиана Седова избрали председателем Думы.", [("Седов", "Юлиан")]),
        (
            "Юлиан Седов и Вера Шилова поздравили ветеранов.",
            [("Седов", "Юлиан"), ("Шилова", "Вера")],
        ),
    ],
)
def test_a_name_opening_its_clause_before_a_plural_verb_is_its_object(
    text: str, names: list
) -> None:
    assert _name_of(text) == names


@pytest.mark.parametrize(
    ("text", "posts"),
    [
        (
            "Юлиан Седов, 1968 года рождения, работал заместителем главы района.",
            [("заместитель главы района", "former")],
        ),
        (
            "Юлиан Седов, занимавший пост вице-мэра с 2015 года, назначен министром.",
            [("вице-мэр", "former"), ("министр", "current")],
        ),
        (
            "Юлиан Седов, вернувшийся из отпуска, назначен директором школы.",
            [("директор школы", "current")],
        ),
    ],
)
def test_the_names_predicate_past_an_aside(text: str, posts: list) -> None:
    assert posts_of(text, "Седов") == posts


@pytest.mark.parametrize(
    "text",
    [
        "Полномочия главы района Юлиана Седова досрочно прекращены.",
        "Юлиан Седов досрочно сложил с себя полномочия главы района.",
        "Юлиан Седов в прошлом возглавлял администрацию района.",
    ],
)
def test_ended_powers_and_a_past_headship(text: str) -> None:
    assert [s for _, s in posts_of(text, "Седов")] == ["former"]


@pytest.mark.parametrize(
    ("text", "posts"),
    [
        (
            "Юлиан Седов избран депутатом и председателем комиссии по бюджету.",
            [("депутат", "current"), ("председатель комиссии по бюджету", "current")],
        ),
        (
            "Юлиан Седов назначен заместителем главы — начальником финансового управления.",
            [("заместитель главы", "current"), ("начальник финансового управления", "current")],
        ),
        (
            "Юлиан Седов назначен заместителем главы администрации и руководителя аппарата.",
            [("заместитель главы администрации и руководителя аппарата", "current")],
        ),
        ("Главой района Юлиан Седов был избран в 2020 году.", [("глава района", "current")]),
    ],
)
def test_coordinated_and_dashed_predicate_posts(text: str, posts: list) -> None:
    assert posts_of(text, "Седов") == posts


def test_a_span_of_time_between_a_name_and_its_dashed_post() -> None:
    text = "Юлиан Седов с 2015 года — депутат городской Думы."
    assert posts_of(text, "Седов") == [("депутат", "current")]


@pytest.mark.parametrize(
    "text",
    [
        "Депутаты, голосовавшие против, — Юлиан Седов и Вера Шилова.",
        "Депутаты, которые голосовали против, — Юлиан Седов и Вера Шилова.",
    ],
)
def test_a_plural_post_past_its_aside_before_a_dashed_list(text: str) -> None:
    assert posts_of(text, "Седов") == [("депутат", "current")]
    assert posts_of(text, "Шилова") == [("депутат", "current")]


@pytest.mark.parametrize(
    "text",
    [
        "Юлиан Седов занял позицию заместителя министра.",
        "Юлиан Седов назначен на позицию заместителя министра.",
    ],
)
def test_a_position_is_a_noun_of_post(text: str) -> None:
    assert posts_of(text, "Седов") == [("заместитель министра", "current")]


def test_a_post_after_a_quotation_names_the_speaker_before_its_colon() -> None:
    text = "Юлиан Седов: «Мы построим новую школу», — заявил мэр."
    assert posts_of(text, "Седов") == [("мэр", "current")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Слушали: Седова Ю.П., начальника финансового управления.", ("Седов", "Ю.")),
        ("Выступила Шилова В.А., начальник финансового управления.", ("Шилова", "В.")),
    ],
)
def test_an_apposed_post_in_the_genitive_makes_a_listed_name_his(text: str, name: tuple) -> None:
    assert _name_of(text) == [name]


@pytest.mark.parametrize(
    ("text", "posts"),
    [
        ("Сын бывшего мэра Юлиан Седов стал депутатом.", [("депутат", "current")]),
        ("Вдова бывшего главы района Вера Шилова получила награду.", []),
        ("Жена главы района Вера Шилова открыла выставку.", []),
        ("Врио главы района Вера Шилова получила награду.", [("глава района", "acting")]),
    ],
)
def test_a_post_governed_by_a_word_of_kinship_is_anothers(text: str, posts: list) -> None:
    last = "Седов" if "Седов" in text else "Шилова"
    assert posts_of(text, last) == posts


@pytest.mark.parametrize(
    ("text", "posts"),
    [
        ("Юлиан Седов по-прежнему остаётся главой района.", [("глава района", "current")]),
        ("Юлиан Седов вот уже десять лет является депутатом.", [("депутат", "current")]),
        ("Юлиан Седов не является депутатом.", []),
    ],
)
def test_adverbs_and_particles_between_a_name_and_its_predicate(text: str, posts: list) -> None:
    assert posts_of(text, "Седов") == posts


@pytest.mark.parametrize(
    ("text", "posts"),
    [
        (
            "Юлиан Седов долго возглавлял комитет по бюджету.",
            [("председатель комитета по бюджету", "former")],
        ),
        ("Юлиан Седов фактически исполняет обязанности главы.", [("глава", "acting")]),
        (
            "Председателем комиссии традиционно избран Юлиан Седов.",
            [("председатель комиссии", "current")],
        ),
        ("Юлиан Седов не возглавляет комитет по бюджету.", []),
    ],
)
def test_adverbs_beside_heading_duty_and_link_verbs(text: str, posts: list) -> None:
    assert posts_of(text, "Седов") == posts


@pytest.mark.parametrize(
    ("text", "posts"),
    [
        ("Юлиан Седов, тогда ещё депутат, выступил против.", [("депутат", "former")]),
        (
            "Юлиан Седов, на тот момент глава района, подписал договор.",
            [("глава района", "former")],
        ),
        (
            "Юлиан Седов, он же председатель комиссии, выступил.",
            [("председатель комиссии", "current")],
        ),
        ("Юлиан Седов, также депутат городской Думы, выступил.", [("депутат", "current")]),
    ],
)
def test_an_apposition_opened_by_adverbs_and_words_of_time(text: str, posts: list) -> None:
    assert posts_of(text, "Седов") == posts


def test_a_post_before_he_himself_and_a_second_post_is_the_name_s_too() -> None:
    """«Председатель Думы, он же глава города, Юлиан Седов»: the aside «он же …» names a second
    post of the one person; the first is not lost."""
    assert [t for t, _ in posts_of(
        "Председатель Думы, он же глава города, Юлиан Седов открыл заседание.", "Седов"
    )] == ["председатель", "глава города"]  # fmt: skip
    assert [t for t, _ in posts_of(
        "Заместитель главы, она же начальник финансового управления, Ольга Петрова выступила.",
        "Петрова",
    )] == ["заместитель главы", "начальник финансового управления"]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "last", "posts"),
    [
        # «выбран» gives a post as «избран» does
        (
            "На сессии Леонид Ващенко выбран председателем совета поселения.",
            "Ващенко",
            [("председатель совета поселения", "current")],
        ),
        (
            "Старостой деревни Кочеты жители выбрали Зинаиду Мерзлякову.",
            "Мерзлякова",
            [("староста", "current")],
        ),
        ("Леонид Ващенко выбрал путь учителя.", "Ващенко", []),
        # a span of time between the name and the verb of heading
        (
            "Галина Прохорова с 2017 года руководит администрацией поселка.",
            "Прохорова",
            [("глава администрации поселка", "current")],
        ),
        (
            "Тимофей Рябов уже пятый год возглавляет районную думу.",
            "Рябов",
            [("председатель районной думы", "current")],
        ),
        # «ранее» between a link participle and its post
        (
            "Олеся Карташова, работавшая ранее заместителем главы, перешла в министерство.",
            "Карташова",
            [("заместитель главы", "former")],
        ),
    ],
)
def test_chosen_and_heading_past_words_between(text: str, last: str, posts: list) -> None:
    assert posts_of(text, last) == posts


@pytest.mark.parametrize(
    ("text", "posts"),
    [
        ("На праздник приехал известный краевед Эдуард Веретенников.", []),
        ("Выступил знаменитый писатель и общественный деятель Эдуард Веретенников.", []),
        (
            "Известный адвокат потерпевших Эдуард Веретенников обжаловал решение.",
            [("адвокат потерпевших", "current")],
        ),
        (
            "Краевед Эдуард Веретенников, директор музея, провёл экскурсию.",
            [("директор музея", "current")],
        ),
    ],
)
def test_a_profession_praised_for_renown_is_no_post(text: str, posts: list) -> None:
    assert [(t, s) for t, s in posts_of(text, "Веретенников")] == posts


@pytest.mark.parametrize(
    ("text", "posts"),
    [
        (
            "Станислав Кулагин ранее исполнял роль заместителя председателя комиссии.",
            [("заместитель председателя комиссии", "former")],
        ),
        (
            "Станислав Кулагин исполняет роль секретаря избирательной комиссии.",
            [("секретарь избирательной комиссии", "current")],
        ),
        ("Станислав Кулагин исполнил роль главы семейства в спектакле.", []),
        ("Станислав Кулагин исполняет роль короля в новой постановке.", []),
    ],
)
def test_the_role_of_a_post_is_the_post(text: str, posts: list) -> None:
    assert posts_of(text, "Кулагин") == posts


def test_a_plural_apposition_closed_by_a_comma_after_a_list_of_names() -> None:
    """«Лапин и Сомов, депутаты гордумы, покинули зал»: the plural post is each name's; a
    plural noun that opens a new clause after the comma is not."""
    text = "Мирон Бабкин и Любовь Сизова, депутаты районного собрания, покинули зал."
    assert posts_of(text, "Бабкин") == [("депутат районного собрания", "current")]
    assert posts_of(text, "Сизова") == [("депутат районного собрания", "current")]
    text = "Наградили Мирона Бабкина и Любовь Сизову, заместителей главы поселения."
    assert posts_of(text, "Бабкин") == [("заместитель главы поселения", "current")]
    text = "Пришли Мирон Бабкин и Любовь Сизова, депутаты обсудили бюджет."
    assert posts_of(text, "Бабкин") == []


@pytest.mark.parametrize(
    ("text", "posts"),
    [
        # the name's own verb, then «и» / «а затем» and a link verb with the post
        (
            "Всеволод Тихонов выиграл конкурс и стал директором лицея.",
            [("директор лицея", "current")],
        ),
        (
            "Всеволод Тихонов окончил академию, а затем был назначен начальником отдела.",
            [("начальник отдела", "current")],
        ),
        ("Всеволод Тихонов сказал, что лицей стал победителем смотра.", []),
        # a span of years between the name and its verb
        (
            "Всеволод Тихонов в 2012–2017 годах был главой сельского поселения.",
            [("глава сельского поселения", "former")],
        ),
        (
            "Всеволод Тихонов, в 2012–2017 годах возглавлявший поселение, вернулся в село.",
            [("глава поселения", "former")],
        ),
        (
            "Всеволод Тихонов с 2012 по 2017 год был главой сельского поселения.",
            [("глава сельского поселения", "former")],
        ),
        # a second apposition after a comma, closed by a comma or the sentence
        (
            "Всеволод Тихонов, директор лицея, депутат районного собрания, выступил.",
            [("директор лицея", "current"), ("депутат районного собрания", "current")],
        ),
        (
            "Всеволод Тихонов – депутат районного собрания, руководитель фракции.",
            [("депутат районного собрания", "current"), ("руководитель фракции", "current")],
        ),
        (
            "Всеволод Тихонов, директор лицея, Инга Зотова, завуч, выступили.",
            [("директор лицея", "current")],
        ),
    ],
)
def test_joined_predicates_spans_of_years_and_listed_appositions(text: str, posts: list) -> None:
    assert posts_of(text, "Тихонов") == posts


@pytest.mark.parametrize(
    ("text", "posts"),
    [
        ("Врип главы поселения Аркадий Ломов провел сход.", [("глава поселения", "acting")]),
        ("Аркадий Ломов, ВрИП главы округа, провел сход.", [("глава округа", "acting")]),
        ("ИП Аркадий Ломов открыл пекарню.", []),
    ],
)
def test_vrip_is_acting(text: str, posts: list) -> None:
    """«ВрИП» (временно исполняющий полномочия) is acting, as «врио»; a bare «ИП» is a sole
    trader, no status."""
    assert posts_of(text, "Ломов") == posts


def test_posts_of_a_name_written_surname_first() -> None:
    """«Шувалов Глеб Аркадьевич назначен …»: the post finds the name with its surname."""
    assert posts_of(
        "Шувалов Глеб Аркадьевич назначен на должность заместителя главы.", "Шувалов"
    ) == [("заместитель главы", "current")]
    assert posts_of("Секретарем комиссии избрана Дорохова Вера Ильинична.", "Дорохова") == [
        ("секретарь комиссии", "current")
    ]


NEW_SHAPES = [
    # a post before a colon, the name closing the sentence
    ("Глава поселения: Аркадий Лучников.", "Лучников", "глава поселения", "current"),
    (
        "Заместитель председателя: Галина Мухина (фракция «Справедливая Россия»).",
        "Мухина",
        "заместитель председателя",
        "current",
    ),
    # a list-style name opening the sentence, then a dash and the post
    ("Сомов И.П. – глава сельсовета.", "Сомов", "глава сельсовета", "current"),
    # a surname that is also a place's form, before the first name and patronymic
    (
        "Глава района Сомов Игнат Петрович провёл приём граждан.",
        "Сомов",
        "глава района",
        "current",
    ),
    # the post of the person named after its owner in the genitive
    (
        "Заместитель Марата Галеева Ирина Горина ответила на вопросы.",
        "Горина",
        "заместитель",
        "current",
    ),
    ("Советник Игоря Лыкова Олег Басов встретился с активистами.", "Басов", "советник", "current"),
    # a span of time after the body headed is not part of the post
    (
        "Ринат Зуев возглавляет управление культуры пятый год.",
        "Зуев",
        "начальник управления культуры",
        "current",
    ),
    # powers laid down, the name after the verb
    ("Полномочия мэра сложил Андрей Никонов.", "Никонов", "мэр", "former"),
    # a year between the post and the link verb
    ("Главой Лесного с 2017 года является Алексей Голубцов.", "Голубцов", "глава", "current"),
]


@pytest.mark.parametrize(("text", "last", "title", "status"), NEW_SHAPES)
def test_post_shapes_around_colons_owners_and_years(
    text: str, last: str, title: str, status: str
) -> None:
    assert (title, status) in posts_of(text, last)


def test_the_owner_named_in_the_genitive_takes_no_post_of_his_deputy() -> None:
    text = "Заместитель Марата Галеева Ирина Горина ответила на вопросы."
    assert posts_of(text, "Галеев") == []


def test_districts_listed_after_a_winner_won_their_seats_too() -> None:
    text = (
        "В округе № 4 победил Игорь Санин, в округе № 5 — Дарья Рощина, в округе № 6 — "
        "Пётр Гаврилов."
    )
    for last in ("Санин", "Рощина", "Гаврилов"):
        assert posts_of(text, last) == [("депутат", "elect")]


@pytest.mark.parametrize(
    ("text", "last", "title"),
    [
        (
            "Мэр города поздравил выпускников. Степан Гуляев пожелал им удачи.",
            "Гуляев",
            "мэр города",
        ),
        (
            "Торжественный приём открыл глава округа. Рамиль Сабиров вручил медали.",
            "Сабиров",
            "глава округа",
        ),
        (
            "Глава поселения подвёл итоги года. По словам Ивана Мохова, план выполнен.",
            "Мохов",
            "глава поселения",
        ),
    ],
)
def test_post_said_first_goes_to_the_subject_named_next(text: str, last: str, title: str) -> None:
    assert (title, "current") in posts_of(text, last)


def test_post_said_first_skips_a_subject_named_with_a_post_of_his_own() -> None:
    text = "Мэр города поздравил выпускников. Директор лицея Степан Гуляев пожелал им удачи."
    assert [t for t, _ in posts_of(text, "Гуляев")] == ["директор лицея"]


def test_post_said_first_skips_a_subject_named_later_in_the_sentence() -> None:
    text = "Мэр города поздравил выпускников. Затем выступил Степан Гуляев."
    assert posts_of(text, "Гуляев") == []


def test_a_place_in_the_genitive_before_a_genitive_name_is_no_part_of_it() -> None:
    """slovnet reads «экс-мэра Новоозёрска Петра Котова» as one person «Новоозёрск Котов»."""
    facts = extract("Суд приговорил экс-мэра Новоозёрска Петра Котова к шести годам.")
    [person] = facts["people"]
    assert (person["first"], person["last"]) == ("Петр", "Котов")
    assert [(p["title"], p["status"], p["place"]) for p in person["posts"]] == [
        ("мэр", "former", "Новоозёрск")
    ]
    assert {"type": "LOC", "text": "Новоозёрска"}.items() <= next(
        e for e in facts["entities"] if e["type"] == "LOC"
    ).items()


def test_a_foreign_first_name_before_a_known_one_stays_in_the_name() -> None:
    facts = extract("С речью выступил Барак Хусейн Обама.")
    assert [e["text"] for e in facts["entities"] if e["type"] == "PER"] == ["Барак Хусейн Обама"]


@pytest.mark.parametrize(
    "text",
    [
        "В новый состав Думы избраны: Олег Лучкин, Галина Зотова, Илья Маркин.",
        "В городскую Думу избраны Олег Лучкин, Галина Зотова и Илья Маркин.",
    ],
)
def test_people_elected_into_a_duma_are_deputies_elect(text: str) -> None:
    for last in ("Лучкин", "Зотова", "Маркин"):
        assert posts_of(text, last) == [("депутат", "elect")]


@pytest.mark.parametrize(
    "text",
    [
        "В совет ветеранов избрана Галина Зотова.",
        "Галина Зотова избрана председателем комиссии по бюджету в городской Думе.",
    ],
)
def test_elected_into_another_body_or_within_a_duma_is_no_new_seat(text: str) -> None:
    assert ("депутат", "elect") not in posts_of(text, "Зотова")


def test_a_participle_that_describes_the_next_noun_is_no_post() -> None:
    """«рабочий» names a post, «рабочую встречу» does not: the title is «мэр», not «рабочая
    встречу с мэром»."""
    text = "Губернатор провёл рабочую встречу с мэром Зареченска Юрием Лапиным."
    assert posts_of(text, "Лапин") == [("мэр", "current")]


def test_heading_a_party_branch_makes_its_leader() -> None:
    text = "Пётр Голованов возглавил местное отделение партии."
    assert posts_of(text, "Голованов") == [("руководитель местного отделения партии", "current")]


@pytest.mark.parametrize(
    "text",
    [
        "Марк Зимин восемь лет работал учителем, а с 2020 года возглавляет городскую библиотеку.",
        "Марк Зимин работал учителем, а затем возглавил городскую библиотеку.",
    ],
)
def test_a_predicate_joined_by_a_shares_the_subject(text: str) -> None:
    assert ("директор городской библиотеки", "current") in posts_of(text, "Зимин")


def test_a_body_before_its_verb_after_a_is_headed_by_someone_else() -> None:
    text = "Марк Зимин открыл сессию, а комитет по бюджету возглавила его заместитель."
    assert posts_of(text, "Зимин") == []


@pytest.mark.parametrize(
    ("text", "last", "first", "title", "place"),
    [
        (
            "Совещание провёл глава администрации г. Кумертау Р.Р. Алибаев.",
            "Алибаев",
            "Р.",
            "глава",
            "Кумертау",
        ),
        (
            "Председатель Совета депутатов г.Щёлково А.А.Булгаков открыл заседание.",
            "Булгаков",
            "А.",
            "председатель",
            "Щёлково",
        ),
        ("Слово взял председатель Горсовета И.И.Петров.", "Петров", "И.", "председатель", None),
    ],
)
def test_a_place_or_body_before_initials_is_no_part_of_the_name(
    text: str, last: str, first: str, title: str, place: str | None
) -> None:
    """slovnet takes «Кумертау Р.Р. Алибаев» as one person named «Кумертау»."""
    [person] = extract(text, "2024-05-14")["people"]
    assert (person["last"], person["first"]) == (last, first)
    assert [(p["title"].split()[0], p["place"]) for p in person["posts"]] == [(title, place)]


@pytest.mark.parametrize(
    ("text", "last", "title"),
    [
        (
            "Председатель Думы г.о. Тольятти Николай Ренц поздравил выпускников.",
            "Ренц",
            "председатель",
        ),
        (
            "Зам. главы администрации по ЖКХ Сергей Киреев рассказал о ремонте.",
            "Киреев",
            "заместитель главы администрации по ЖКХ",
        ),
    ],
)
def test_abbreviations_inside_a_post(text: str, last: str, title: str) -> None:
    assert (title, "current") in posts_of(text, last)


def test_a_dash_between_two_names_of_one_legislature_stays_in_the_post() -> None:
    text = "Заместитель председателя Госсобрания — Курултая РБ Ирек Сафин провёл приём."
    assert [t for t, _ in posts_of(text, "Сафин")] == ["заместитель председателя"]


def test_dashed_biography_lines_continue_the_person_named_before() -> None:
    text = (
        "Ольга Лапина окончила Башкирский университет. В 2005–2010 годах — заместитель главы "
        "администрации. С 2011 года — начальник финансового управления. Замужем."
    )
    assert posts_of(text, "Лапина") == [
        ("заместитель главы администрации", "former"),
        ("начальник финансового управления", "current"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Заседание длилось три часа. С 2010 года — глава района. Иван Сомов выступил.",
        "Иван Сомов и Пётр Котов выступили. С 2010 года — глава района.",
    ],
)
def test_a_dashed_biography_line_needs_one_person_named_right_before(text: str) -> None:
    assert posts_of(text, "Сомов") == []


def test_minutes_with_a_list_style_name_before_the_next_post() -> None:
    """slovnet runs «Сомов И.П.» into the next sentence's «Секретарь», and «И.П.» then reads
    as «и.п.» (acting) before it."""
    facts = extract("Председательствующий – Сомов И.П. Секретарь – Котова А.В.", "2024-05-14")
    assert [p["name"] for p in facts["people"]] == ["И. П. Сомов", "А. В. Котова"]
    assert posts_of("Председательствующий – Сомов И.П. Секретарь – Котова А.В.", "Котова") == [
        ("секретарь", "current")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Против проголосовали три депутата: Ершов, Пахомов и Лисицына.",
        "Два депутата – Ершов и Пахомов – воздержались.",
    ],
)
def test_a_post_counted_by_two_to_four_is_shared_by_the_list(text: str) -> None:
    assert posts_of(text, "Пахомов") == [("депутат", "current")]


def all_posts(text: str, last: str) -> list[tuple[str, str]]:
    return sorted(posts_of(text, last))


@pytest.mark.parametrize(
    ("text", "last", "expected"),
    [
        # a post said before «а ныне» is one held before it
        (
            "Экс-глава района, а ныне депутат Законодательного собрания Пётр Грачёв выступил.",
            "Грачёв",
            [("глава района", "former"), ("депутат", "current")],
        ),
        (
            "Директор лицея, ныне начальник управления образования Инна Белых открыла форум.",
            "Белых",
            [("директор лицея", "former"), ("начальник управления образования", "current")],
        ),
        (
            "Директор школы, а также депутат Думы Игорь Лавров выступил.",
            "Лавров",
            [("депутат", "current"), ("директор школы", "current")],
        ),
        # a link verb's participle and its instrumental post before the name
        (
            "Работавший прежде директором школы Игорь Лавров руководит управлением образования.",
            "Лавров",
            [("директор школы", "former"), ("начальник управления образования", "current")],
        ),
        (
            "Работающая с 2015 года директором музея Анна Лосева рассказала о выставке.",
            "Лосева",
            [("директор музея", "current")],
        ),
        # the body headed stands before the verb, a date between
        (
            "Комитет по бюджету с 1 марта возглавляет Олег Рябов.",
            "Рябов",
            [("председатель комитета по бюджету", "current")],
        ),
        # duties to be carried out, or entrusted to a person in the dative
        (
            "Обязанности главы поселения до выборов будет исполнять Андрей Ковалёв.",
            "Ковалёв",
            [("глава поселения", "acting")],
        ),
        (
            "Временно исполнять полномочия председателя Думы поручено его заместителю Николаю "
            "Белову.",
            "Белов",
            [("заместитель", "current"), ("председатель", "acting")],
        ),
        # a dated participle's aside, then the name's own predicate
        (
            "Иван Сомов, с 2012 по 2017 год возглавлявший городской Совет, назначен советником "
            "губернатора.",
            "Сомов",
            [("председатель городского совета", "former"), ("советник губернатора", "current")],
        ),
        (
            "Анна Лосева, с 2015 года работавшая директором музея, избрана депутатом.",
            "Лосева",
            [("депутат", "current"), ("директор музея", "former")],
        ),
        (
            "Анна Лосева, в то время депутат, возглавила комиссию по бюджету.",
            "Лосева",
            [("депутат", "former"), ("председатель комиссии по бюджету", "current")],
        ),
    ],
)
def test_posts_around_asides_participles_and_duties(
    text: str, last: str, expected: list[tuple[str, str]]
) -> None:
    assert all_posts(text, last) == expected


@pytest.mark.parametrize("last", ["Рыбина", "Шатов", "Лукин"])
def test_candidacies_approved_for_a_plural_post_elect_each_name(last: str) -> None:
    text = (
        "Депутаты поддержали кандидатуры Анны Рыбиной, Олега Шатова и Сергея Лукина на "
        "должности заместителей главы администрации."
    )
    assert posts_of(text, last) == [("заместитель главы администрации", "elect")]


def test_a_singular_genitive_head_after_post_is_no_plural_list() -> None:
    """«главы» also reads as a plural; after «Пост» it is the post of one person."""
    text = "В марте пост главы поселения занял Олег Кондаков."
    assert ("глава поселения", "current") in posts_of(text, "Кондаков")


def test_a_lone_kind_of_place_is_no_place_of_the_post() -> None:
    facts = extract("Экс-глава района, а ныне депутат Пётр Грачёв выступил.", "2024-05-14")
    assert not [e for e in facts["entities"] if e["type"] == "LOC"]


@pytest.mark.parametrize(
    "text",
    [
        "Сергей Лукин покинул пост главы администрации по собственному желанию.",
        "Сергей Лукин оставил должность главы администрации по состоянию здоровья.",
    ],
)
def test_a_cause_after_the_post_is_no_part_of_its_title(text: str) -> None:
    assert posts_of(text, "Лукин") == [("глава администрации", "former")]


@pytest.mark.parametrize(
    ("text", "last", "title"),
    [
        ("ГЛАВА РАЙОНА ИВАН СОМОВ ПОЗДРАВИЛ ВЕТЕРАНОВ", "Сомов", "глава района"),
        ("В ДУМЕ ВЫСТУПИЛ ДЕПУТАТ ОЛЕГ ЗУЕВ", "Зуев", "депутат"),
        ("МЭР ГОРОДА ПЁТР ГРАЧЁВ ОТКРЫЛ ШКОЛУ", "Грачёв", "мэр города"),
    ],
)
def test_a_headline_in_capitals(text: str, last: str, title: str) -> None:
    """slovnet read «ИВАН СОМОВ ПОЗДРАВИЛ ВЕТЕРАНОВ» as one person, «Иван Ветеранов»."""
    facts = extract(text, "2024-05-14")
    assert [p["last"] for p in facts["people"]] == [last]
    assert posts_of(text, last) == [(title, "current")]
    assert not [e for e in facts["entities"] if e["type"] == "LOC"]


def test_a_headline_of_common_words_in_capitals_names_nobody() -> None:
    assert extract("ДЕПУТАТЫ ГОРОДСКОЙ ДУМЫ ПРИНЯЛИ БЮДЖЕТ", "2024-05-14")["people"] == []


@pytest.mark.parametrize(
    ("text", "last", "title"),
    [
        ("Слово взял депутат Гусь, его поддержали коллеги.", "Гусь", "депутат"),
        ("Глава поселения Мельник провёл сход граждан.", "Мельник", "глава поселения"),
        ("Ему ответил глава района Ткач.", "Ткач", "глава района"),
        ("Председатель комитета Сорока голосовал против.", "Сорока", "председатель комитета"),
    ],
)
def test_a_surname_that_is_a_word_for_a_being_after_a_post(
    text: str, last: str, title: str
) -> None:
    assert posts_of(text, last) == [(title, "current")]


@pytest.mark.parametrize(
    "text",
    [
        "Председатель Совета Министров выступил.",
        "Глава района поздравил Ветеранов.",
        "Вопрос задали Мэру.",
    ],
)
def test_a_body_or_a_plural_after_a_post_is_no_surname(text: str) -> None:
    assert extract(text, "2024-05-14")["people"] == []


@pytest.mark.parametrize(
    ("text", "last", "title"),
    [
        (
            "Председатель районного совета ветеранов, ветеран труда Николай Белов поздравил "
            "земляков.",
            "Белов",
            "председатель районного совета ветеранов",
        ),
        (
            "Участковый уполномоченный полиции Игорь Лавров рассказал о профилактике.",
            "Лавров",
            "участковый уполномоченный полиции",
        ),
    ],
)
def test_a_description_between_post_and_name_and_an_adjective_before_a_participle_head(
    text: str, last: str, title: str
) -> None:
    assert posts_of(text, last) == [(title, "current")]


def test_a_description_after_a_verb_takes_no_post_from_the_clause_before() -> None:
    text = "Глава района поблагодарил волонтёров, студентка колледжа Анна Рыбина получила грамоту."
    assert posts_of(text, "Рыбина") == []


@pytest.mark.parametrize(
    ("text", "last", "expected"),
    [
        (
            "Нина Ларина, которая ранее работала в администрации заместителем главы, "
            "возглавила управление.",
            "Ларина",
            [("заместитель главы", "former"), ("начальник управления", "current")],
        ),
        (
            "Олег Шатов работал в правительстве области заместителем министра.",
            "Шатов",
            [("заместитель министра", "former")],
        ),
        ("Олег Шатов работал в Москве.", "Шатов", []),
        (
            "Анна Рыбина, которую депутаты избрали председателем комиссии, поблагодарила коллег.",
            "Рыбина",
            [("председатель комиссии", "current")],
        ),
    ],
)
def test_a_workplace_before_the_post_and_a_relative_object_with_its_subject(
    text: str, last: str, expected: list[tuple[str, str]]
) -> None:
    assert all_posts(text, last) == expected


@pytest.mark.parametrize(
    ("text", "last", "expected"),
    [
        (
            "Главой района стал Пётр Грачёв, до этого работавший заместителем.",
            "Грачёв",
            [("глава района", "current"), ("заместитель", "former")],
        ),
        (
            "Пётр Грачёв, до этого директор школы, возглавил отдел образования.",
            "Грачёв",
            [("директор школы", "former"), ("начальник отдела образования", "current")],
        ),
        (
            "Иван Сомов возглавляет филиал банка.",
            "Сомов",
            [("руководитель филиала банка", "current")],
        ),
        (
            "Штаб по ликвидации последствий паводка возглавил Олег Зуев.",
            "Зуев",
            [("руководитель штаба по ликвидации последствий паводка", "current")],
        ),
        ("Иван Сомов возглавил колонну автомобилей.", "Сомов", []),
    ],
)
def test_before_this_and_more_bodies_headed(
    text: str, last: str, expected: list[tuple[str, str]]
) -> None:
    assert all_posts(text, last) == expected


def test_a_pronoun_chain_carries_the_person_over_sentences_that_name_nobody() -> None:
    text = (
        "Иван Сомов родился в 1970 году. В 2010 году он возглавил район. Сейчас он работает "
        "советником губернатора."
    )
    assert ("советник губернатора", "current") in posts_of(text, "Сомов")


def test_a_pronoun_chain_stops_at_a_sentence_with_two_people() -> None:
    text = "Иван Сомов и Пётр Котов выступили. Потом он ушёл. Сейчас он работает советником."
    assert posts_of(text, "Сомов") == []
    assert posts_of(text, "Котов") == []


def test_a_second_instrumental_post_after_then() -> None:
    text = "Анна Рыбина работала учителем, затем директором школы."
    assert all_posts(text, "Рыбина") == [("директор школы", "former"), ("учитель", "former")]


def test_his_duties_stand_for_a_post_whose_holder_is_not_named() -> None:
    text = (
        "Глава района Ольга Мельникова сообщила, что полномочия главы администрации поселения "
        "досрочно прекращены. До выборов его обязанности исполняет заместитель Юрий Гринёв."
    )
    assert posts_of(text, "Мельникова") == [("глава района", "current")]
    assert ("глава администрации поселения", "acting") in posts_of(text, "Гринёв")


def test_an_instrumental_before_a_link_verb_belongs_to_the_name_after_it() -> None:
    text = (
        "Вместо ушедшего на покой Михаила Тюрина председателем избран полковник в отставке "
        "Геннадий Носов."
    )
    assert posts_of(text, "Тюрин") == [("председатель", "former")]
    assert posts_of(text, "Носов") == [("председатель", "current")]


def test_a_pronoun_of_her_gender_stands_for_her_beside_a_man_and_instead_of_heads() -> None:
    text = (
        "Вместо Сергея Лавочкина, избранного в Государственную Думу, комитет возглавила депутат "
        "Алина Рудницкая. Ранее она была заместителем председателя этого комитета."
    )
    assert posts_of(text, "Лавочкин") == [("председатель комитета", "former")]
    assert ("заместитель председателя комитета", "former") in posts_of(text, "Рудницкая")


def test_him_again_stands_for_the_post_said_before() -> None:
    text = "Депутаты избрали председателя. Им вновь стал Юрий Архипов."
    assert posts_of(text, "Архипов") == [("председатель", "current")]


@pytest.mark.parametrize(
    ("text", "last", "expected"),
    [
        (
            "Участниками съезда стали депутаты Государственной Думы, в числе которых – "
            "председатель комитета по бюджету Виктор Кисляков.",
            "Кисляков",
            [("депутат", "current"), ("председатель комитета по бюджету", "current")],
        ),
        (
            "На встречу пришли депутаты городской Думы, среди которых Анна Рыбина.",
            "Рыбина",
            [("депутат", "current")],
        ),
        (
            "В комиссию вошли представители власти, среди которых Олег Шатов.",
            "Шатов",
            [],
        ),
    ],
)
def test_a_member_named_among_a_plural_office(
    text: str, last: str, expected: list[tuple[str, str]]
) -> None:
    assert all_posts(text, last) == expected
