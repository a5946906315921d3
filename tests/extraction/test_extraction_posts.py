"""Posts found before and after names in hand-written sentences."""

from __future__ import annotations

from extraction import extract


def posts_of(text: str, last: str) -> list[dict]:
    for person in extract(text)["people"]:
        if person["last"] == last:
            return person["posts"]
    raise AssertionError(f"{last} not found")


def test_post_before_name_with_place() -> None:
    text = "Глава администрации Твери Алексей Огоньков открыл новый сквер."
    posts = posts_of(text, "Огоньков")
    assert posts and posts[0]["title"].startswith("глава")
    assert posts[0]["place"] == "Тверь" or posts[0]["org"]
    assert text[posts[0]["start"] : posts[0]["end"]].startswith("Глава администрации")


def test_post_after_name() -> None:
    text = "Об этом рассказал Иван Петров, председатель комитета по бюджету городской думы."
    posts = posts_of(text, "Петров")
    assert [p["title"] for p in posts] == ["председатель комитета по бюджету городской думы"]


def test_post_after_dash() -> None:
    text = "Слово взяла Елена Соколова — директор городской библиотеки."
    posts = posts_of(text, "Соколова")
    assert posts and posts[0]["title"].startswith("директор")


def test_acting_head() -> None:
    text = "Врио губернатора Калужской области Владислав Шапша посетил школу."
    posts = posts_of(text, "Шапша")
    assert posts[0]["title"] == "губернатор"
    assert posts[0]["status"] == "acting"
    assert posts[0]["place"] == "Калужская область"


def test_deputy_post_is_kept_whole() -> None:
    text = "Заместитель председателя городской думы Ирина Лебедева провела приём."
    posts = posts_of(text, "Лебедева")
    assert posts[0]["title"] == "заместитель председателя городской думы"


def test_post_between_two_names_goes_to_the_second() -> None:
    text = "Пришли Олег Зайцев, координатор движения «Чистый город» Павел Белов и другие."
    assert posts_of(text, "Зайцев") == []
    assert posts_of(text, "Белов")[0]["title"].startswith("координатор")


def test_chain_of_posts() -> None:
    text = (
        "Выступил депутат городского собрания, сопредседатель регионального отделения "
        "движения «Народный фронт» Михаил Орлов."
    )
    titles = [p["title"] for p in posts_of(text, "Орлов")]
    assert len(titles) == 2
    assert titles[0].startswith("депутат") and titles[1].startswith("сопредседатель")


def test_plural_heads_are_not_posts() -> None:
    text = "Приехал Виктор Лосев, руководители предприятий и представители общественности."
    assert posts_of(text, "Лосев") == []


def test_post_in_the_instrumental_after_a_link_verb() -> None:
    text = "Вчера Сергей Белов был назначен заместителем главы администрации района."
    posts = posts_of(text, "Белов")
    assert posts[0]["title"] == "заместитель главы администрации района"
    assert text[posts[0]["start"] : posts[0]["end"]] == "заместителем главы администрации района"


def test_post_before_link_verb_and_name() -> None:
    text = "Председателем постоянной комиссии по бюджету избрана Наталья Киселёва."
    posts = posts_of(text, "Киселёва")
    assert posts and posts[0]["title"].startswith("председатель")


def test_signature_line() -> None:
    text = "Спасибо всем, кто пришёл на встречу!\n\nИгорь Макаров\nДиректор городского музея\n"
    posts = posts_of(text, "Макаров")
    assert posts and posts[0]["title"] == "директор городского музея"


def test_post_in_brackets_after_name() -> None:
    text = "Эскизы обсудили Пётр Гусев (главный инженер района) и жители."
    posts = posts_of(text, "Гусев")
    assert posts and posts[0]["title"] == "главный инженер района"


def test_genitive_noun_before_name_is_not_their_post() -> None:
    text = "Это подтвердил муж актрисы Сергей Павленко."
    assert posts_of(text, "Павленко") == []


def test_preposition_is_not_a_post() -> None:
    text = "После заседания Ольга Воронина ответила на вопросы."
    assert posts_of(text, "Воронина") == []


def test_acting_head_in_long_form() -> None:
    text = "«Мы готовы к зиме», — отметил исполняющий обязанности главы управления Сергей Титов."
    posts = posts_of(text, "Титов")
    assert posts and posts[0]["title"] == "глава управления"
    assert posts[0]["status"] == "acting"
    assert text[posts[0]["start"] : posts[0]["end"]].startswith("исполняющий обязанности")


def test_place_is_the_name_not_the_descriptor() -> None:
    text = "Врио главы администрации города Калуги Дмитрий Денисов рассказал о планах."
    post = posts_of(text, "Денисов")[0]
    assert post["place"] == "Калуга"
    assert post["org"] == "администрация города Калуги"


def test_post_after_a_description() -> None:
    text = "Выступил Иван Лосев, ветеран войны, председатель совета ветеранов района."
    assert [p["title"] for p in posts_of(text, "Лосев")] == ["председатель совета ветеранов района"]


def test_dash_list_gives_each_post_to_its_own_name() -> None:
    text = (
        "Опытом поделятся Мария Осипова - директор городского музея, Кирилл Лебедев - "
        "директор областной библиотеки, Олег Фомин - руководитель детского театра."
    )
    assert [p["title"] for p in posts_of(text, "Осипова")] == ["директор городского музея"]
    assert [p["title"] for p in posts_of(text, "Лебедев")] == ["директор областной библиотеки"]
    assert [p["title"] for p in posts_of(text, "Фомин")] == ["руководитель детского театра"]


def test_post_named_by_post_noun_in_the_sentence() -> None:
    text = "Сергей Петров назначен на должность заместителя главы администрации района."
    posts = posts_of(text, "Петров")
    assert [p["title"] for p in posts] == ["заместитель главы администрации района"]
    text = "На пост председателя контрольно-счётной палаты назначена Елена Волкова."
    assert posts_of(text, "Волкова")[0]["title"] == "председатель контрольно-счётной палаты"


def test_circumstance_phrase_ends_the_post() -> None:
    text = "Иван Соколов согласился занять пост главы района в случае победы на выборах."
    post = posts_of(text, "Соколов")[0]
    assert text[post["start"] : post["end"]] == "главы района"


def test_pronoun_and_stray_participle_stay_out_of_the_title() -> None:
    text = "В Туле работает городская дума. Её председатель Андрей Волков встретил гостей."
    assert posts_of(text, "Волков")[0]["title"] == "председатель"
    text = "Перед собравшимися выступила заместитель председателя думы Елена Васильева."
    assert posts_of(text, "Васильева")[0]["title"] == "заместитель председателя думы"


def test_place_without_its_descriptor() -> None:
    text = "Глава города Верхнеозёрска Сергей Петров открыл сквер."
    assert posts_of(text, "Петров")[0]["place"] == "Верхнеозёрск"


def test_candidacy_is_not_a_post() -> None:
    text = "Ирина Зуева стала кандидатом на пост главы района."
    assert posts_of(text, "Зуева") == []


def test_post_with_a_quoted_org_keeps_its_quote() -> None:
    text = "Договор подписал генеральный директор ООО «Северный мост» Павел Рябов."
    post = posts_of(text, "Рябов")[0]
    assert text[post["start"] : post["end"]] == "генеральный директор ООО «Северный мост»"


def test_post_as_subject_names_the_person_of_the_previous_sentence() -> None:
    text = (
        "Депутат Иван Смирнов посетил школу № 5. "
        "Председатель комитета по образованию осмотрел новый спортивный зал."
    )
    titles = [p["title"] for p in posts_of(text, "Смирнов")]
    assert titles == ["депутат", "председатель комитета по образованию"]


def test_post_as_subject_of_a_verb_in_the_other_gender_is_someone_else() -> None:
    text = "Иван Смирнов посетил школу № 5. Директор школы рассказала о ремонте."
    assert posts_of(text, "Смирнов") == []


def test_post_as_subject_after_two_people_stays_unassigned() -> None:
    text = (
        "Иван Смирнов и Пётр Кузнецов посетили школу № 5. "
        "Председатель комитета по образованию осмотрел спортивный зал."
    )
    assert posts_of(text, "Смирнов") == posts_of(text, "Кузнецов") == []


def test_post_after_a_pronoun_for_the_last_person_is_someone_else() -> None:
    text = (
        "Иван Смирнов обратился в прокуратуру. "
        "По его словам, председатель комиссии угрожал его семье."
    )
    assert posts_of(text, "Смирнов") == []


def test_post_repeated_without_name_goes_to_its_only_holder() -> None:
    text = (
        "Глава администрации Зареченска Олег Морозов и депутат Анна Белова открыли сквер. "
        "Позже в администрации прошло совещание. "
        "Глава администрации поручил отремонтировать тротуары."
    )
    posts = posts_of(text, "Морозов")
    assert len(posts) == 1 and posts[0]["place"] == "Зареченск"
    assert [p["title"] for p in posts_of(text, "Белова")] == ["депутат"]


def test_a_post_said_again_is_one_post() -> None:
    text = (
        "Губернатор Калужской области Владислав Шапша провёл совещание. "
        "«Работы закончим к осени», — сказал губернатор Владислав Шапша."
    )
    posts = posts_of(text, "Шапша")
    assert len(posts) == 1
    assert posts[0]["place"] == "Калужская область"
    assert text[posts[0]["start"] : posts[0]["end"]] == "Губернатор Калужской области"


def test_a_date_ends_a_post() -> None:
    text = "Мэр Дмитрий Разумов 12 мая открыл парк. Мэр Тулы 14 мая посетил стадион."
    posts = posts_of(text, "Разумов")
    assert all("мая" not in text[p["start"] : p["end"]] for p in posts)


def test_pronoun_with_link_verb_takes_the_post() -> None:
    text = (
        "Ольга Васильева выдвинута кандидатом. "
        "Сейчас она является депутатом городской думы от округа № 3."
    )
    titles = [p["title"] for p in posts_of(text, "Васильева")]
    assert titles and titles[0].startswith("депутат")


def test_pronoun_of_the_other_gender_takes_nothing() -> None:
    text = "Ольга Васильева выступила на сессии. Сейчас он является депутатом городской думы."
    assert posts_of(text, "Васильева") == []


def test_participles_that_name_a_post() -> None:
    text = (
        "Слово взяли Марина Котова, заведующая отделом культуры, и Сергей Фомин, "
        "уполномоченный по правам человека в Калужской области."
    )
    assert posts_of(text, "Котова")[0]["title"].startswith("заведующая отделом")
    assert posts_of(text, "Фомин")[0]["title"].startswith("уполномоченный по правам")


def test_numbered_institution_stays_in_the_post() -> None:
    text = "Заведующая детским садом № 5 Елена Кравец отметила нехватку воспитателей."
    assert posts_of(text, "Кравец")[0]["title"] == "заведующая детским садом № 5"


def test_a_year_after_the_post_is_not_part_of_it() -> None:
    text = "Прокурор района Виктор Лебедев провёл проверку. Он стал прокурором в 2019 году."
    posts = posts_of(text, "Лебедев")
    assert all("2019" not in text[p["start"] : p["end"]] for p in posts)
    assert [p["title"] for p in posts] == ["прокурор района"]  # «прокурором» is the same post


def test_the_post_repeated_as_subject_stays_one_post() -> None:
    text = (
        "Глава города Сергей Петров провёл совещание с руководителями управляющих компаний. "
        "Глава города отметил, что к зиме готовы 95 процентов домов."
    )
    posts = posts_of(text, "Петров")
    assert len(posts) == 1 and posts[0]["start"] == 0


def test_one_subject_two_predicate_posts() -> None:
    text = (
        "Иван Петров стал председателем комиссии, а позже был назначен заместителем мэра. "
        "Ольга Седова выступила. Сейчас она является депутатом городской думы, состоит во "
        "фракции, также является членом комитета по бюджету."
    )
    assert [p["title"] for p in posts_of(text, "Петров")] == [
        "председатель комиссии",
        "заместитель мэра",
    ]
    assert [p["title"] for p in posts_of(text, "Седова")] == [
        "депутат городской думы",
        "член комитета по бюджету",
    ]


def test_another_pronoun_ends_the_run_of_predicates() -> None:
    text = "Иван Петров стал председателем комиссии, а она была назначена заместителем мэра."
    assert [p["title"] for p in posts_of(text, "Петров")] == ["председатель комиссии"]


def post_of(text: str, last: str) -> tuple[str, str, str | None]:
    post = posts_of(text, last)[0]
    return post["title"], post["status"], post["place"]


def test_status_words_leave_the_title() -> None:
    cases = {
        "Бывший мэр Зареченска Павел Мамонов осуждён на шесть лет.": ("Мамонов", "former"),
        "На встречу пришёл экс-мэр Зареченска Николай Лобов.": ("Лобов", "former"),
        "Прежний руководитель управы Сергей Мирный ушёл на пенсию.": ("Мирный", "former"),
        "И.о. главы города Иван Пестов открыл сессию.": ("Пестов", "acting"),
        "Врио главы города Антон Сизов провёл приём граждан.": ("Сизов", "acting"),
        "Вновь избранный председатель думы Олег Рябцев поблагодарил коллег.": ("Рябцев", "elect"),
        "Нынешний глава района Пётр Дроздов отчитался о работе.": ("Дроздов", "current"),
        "Глава района Пётр Дроздов отчитался о работе.": ("Дроздов", "current"),
    }
    for text, (last, status) in cases.items():
        title, found, _ = post_of(text, last)
        assert found == status, text
        assert not title.startswith(("бывш", "экс", "прежн", "и.", "врио", "вновь", "нынеш")), text
        assert title.split()[0] in {"мэр", "руководитель", "глава", "председатель"}, text


def test_acting_post_in_long_forms() -> None:
    text = "Андрей Зуев, временно исполняющий полномочия председателя городской думы, выступил."
    assert post_of(text, "Зуев")[:2] == ("председатель городской думы", "acting")
    text = "Исполняющим обязанности главы района был назначен Ринат Валеев."
    assert post_of(text, "Валеев")[:2] == ("глава района", "acting")
    text = "Исполнение обязанностей главы администрации возложено на Игоря Климова."
    assert post_of(text, "Климов")[:2] == ("глава администрации", "acting")


def test_acting_predicate_over_the_persons_own_post_and_a_date() -> None:
    text = (
        "Временно исполняющим обязанности главы города с 3 апреля назначен первый заместитель "
        "главы Виктор Лунёв."
    )
    posts = {(p["title"], p["status"]) for p in posts_of(text, "Лунёв")}
    assert posts == {("глава города", "acting"), ("первый заместитель главы", "current")}


def test_earlier_work_is_a_former_post() -> None:
    text = "Олег Ступин ранее работал секретарём совета района."
    assert post_of(text, "Ступин")[:2] == ("секретарь совета района", "former")
    text = "Олег Ступин работает секретарём совета района."
    assert post_of(text, "Ступин")[:2] == ("секретарь совета района", "current")


def test_place_in_the_genitive_after_the_title_is_not_a_person() -> None:
    text = "Глава Калуги Дмитрий Денисов провёл совещание."
    found = extract(text)["people"]
    assert [p["last"] for p in found] == ["Денисов"]
    assert post_of(text, "Денисов") == ("глава", "current", "Калуга")
    text = "Крупный штраф назначили Илье Громову, мэру Покрова, за превышение полномочий."
    assert [p["last"] for p in extract(text)["people"]] == ["Громов"]
    assert post_of(text, "Громов") == ("мэр", "current", "Покров")


def test_a_post_in_the_plural_goes_to_everyone_listed() -> None:
    text = (
        "На приёме были заместители главы администрации Юрий Лапин, Ирина Шилова и Сергей Волков."
    )
    for last in ("Лапин", "Шилова", "Волков"):
        assert [p["title"] for p in posts_of(text, last)] == ["заместитель главы администрации"]
    text = "Приехали главы районных администраций Василий Бизюков, Лидия Белоусова."
    for last in ("Бизюков", "Белоусова"):
        assert posts_of(text, last)[0]["title"].startswith("глава")
    text = "Заместителями также избраны Оксана Лебедева, Марат Исаев, Магомед Гаджиев."
    for last in ("Лебедева", "Исаев", "Гаджиев"):
        assert [p["title"] for p in posts_of(text, last)] == ["заместитель"]
    text = "Отсутствовали депутаты: Коняхин А.П., Серов В.И. и Пахомова Е.Н."
    for last in ("Коняхин", "Серов", "Пахомова"):
        assert [p["title"] for p in posts_of(text, last)] == ["депутат"]
    # the initials «А.» and «И.» are names, not the conjunctions «а» and «и»
    text = "Заместителями председателя избраны Р. Хабибов, А. Сафронов и И. Дорохова."
    for last in ("Хабибов", "Сафронов", "Дорохова"):
        assert [p["title"] for p in posts_of(text, last)] == ["заместитель председателя"]


def test_a_plural_noun_that_only_ends_like_a_post_lists_nobody() -> None:
    text = "Его преследователи Кирилл Дымов и Марк Серебров отстали на круг."
    assert posts_of(text, "Дымов") == posts_of(text, "Серебров") == []


def test_short_and_informal_titles() -> None:
    cases = {
        "Зампредседателя комитета Михаил Черемнов ушёл в отставку.": (
            "Черемнов",
            "заместитель председателя",
            "current",
        ),
        "Приём ведёт зам. главы администрации Ирина Смолина.": (
            "Смолина",
            "заместитель главы администрации",
            "current",
        ),
        "И.о. начальника управления ЖКХ Андрей Гусятников рассказал о ремонте.": (
            "Гусятников",
            "начальник управления ЖКХ",
            "acting",
        ),
        "Врио главы города Кирилл Ветров встретился с жителями.": (
            "Ветров",
            "глава города",
            "acting",
        ),
        "Спикер городской думы Олег Сухов открыл заседание.": (
            "Сухов",
            "спикер городской думы",
            "current",
        ),
        "Сити-менеджер Сергей Лямин доложил о бюджете.": ("Лямин", "сити-менеджер", "current"),
        "Руководитель управы Пётр Хомутов выступил перед жителями.": (
            "Хомутов",
            "руководитель управы",
            "current",
        ),
        "Второе место у ТОС «Родник» (предс. Н.В. Квасова).": (
            "Квасова",
            "председатель",
            "current",
        ),
    }
    for text, (last, title, status) in cases.items():
        assert post_of(text, last)[:2] == (title, status), text


def test_heading_a_place_is_its_head() -> None:
    assert post_of("Красноармейск возглавил Александр Фомичёв.", "Фомичёв") == (
        "глава",
        "current",
        "Красноармейск",
    )
    assert post_of("Руководить Котельниками начал Сергей Жигалов.", "Жигалов")[0] == "глава"
    assert post_of("До этого Олег Лунин возглавлял Ногинск.", "Лунин")[:2] == ("глава", "former")
    assert posts_of("Олег Лунин возглавил колонну на параде.", "Лунин") == []


def test_post_linked_by_was_alone_is_former() -> None:
    text = "В 2008 году мэром был Вадим Булавин, победивший на выборах."
    assert post_of(text, "Булавин")[:2] == ("мэр", "former")
    text = "В 2008 году мэром был избран Вадим Булавин."
    assert post_of(text, "Булавин")[:2] == ("мэр", "current")


def test_two_posts_joined_by_a_dash() -> None:
    text = (
        "С докладом выступил заместитель главы администрации – начальник финансового "
        "управления Ильдар Исаев."
    )
    titles = [p["title"] for p in posts_of(text, "Исаев")]
    assert titles == ["заместитель главы администрации", "начальник финансового управления"]
