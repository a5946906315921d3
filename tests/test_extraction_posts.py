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
