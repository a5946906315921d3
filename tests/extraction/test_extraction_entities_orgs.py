"""Organisation and place rules in the factRuEval convention, on hand-written Russian sentences:
government bodies named by a place, «при …» bodies, buildings, descriptor agreement."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from extraction import Extractor, extract
from extraction.entity_rules import known_places, place_adjective, relabel


def ents(text: str) -> set[tuple[str, str]]:
    return {(e["type"], e["text"]) for e in extract(text)["entities"]}


@pytest.mark.parametrize(
    "word", ["американскими", "японского", "Лондонская", "европейское", "мюнхенской"]
)
def test_place_adjectives(word: str) -> None:
    assert place_adjective(word)


@pytest.mark.parametrize(
    "word", ["президентского", "депутатский", "политических", "детский", "федерального"]
)
def test_other_adjectives_are_not_place_adjectives(word: str) -> None:
    assert not place_adjective(word)


def test_bodies_named_by_a_place_adjective() -> None:
    assert ("ORG", "Берлинская полиция") in ents("Берлинская полиция задержала троих.")
    found = ents("Сделку одобрил государственный норвежский банк в понедельник.")
    assert ("ORG", "государственный норвежский банк") in found


def test_a_kind_of_organisation_is_not_one() -> None:
    found = ents("Крупные немецкие компании пообещали вложить деньги в завод.")
    assert not any(typ == "ORG" for typ, _ in found)
    found = ents("Местные власти пообещали отремонтировать дорогу к осени.")
    assert not any(typ == "ORG" for typ, _ in found)


def test_bodies_of_a_list_of_countries() -> None:
    found = ents("Операцию провели с таможенными органами Греции, Кипра и Мальты.")
    assert ("ORG", "таможенными органами Греции, Кипра и Мальты") in found
    assert {("LOC", "Греции"), ("LOC", "Кипра"), ("LOC", "Мальты")} <= found


def test_ministry_keeps_its_genitive_tail() -> None:
    found = ents("Сотрудник французского министерства иностранных дел прокомментировал визит.")
    assert ("ORG", "французского министерства иностранных дел") in found


def test_delegation_of_a_country() -> None:
    found = ents("В пятницу делегация Вьетнама прибыла в Москву.")
    assert ("ORG", "делегация Вьетнама") in found
    assert ("LOC", "Вьетнама") in found


def test_faction_of_an_abbreviated_party() -> None:
    assert ("ORG", "фракции ЛДПР") in ents("Руководитель фракции ЛДПР не согласился с ним.")


def test_body_attached_to_another_with_pri() -> None:
    found = ents("Об этом рассказал член Общественного совета при губернаторе Павел Смирнов.")
    assert ("ORG", "Общественного совета при губернаторе") in found
    assert ("PER", "Павел Смирнов") in found


def test_place_name_ends_before_a_lowercase_prepositional_phrase() -> None:
    found = ents("Заседание Совета при Президенте РФ по правам человека прошло вчера.")
    assert ("LOC", "РФ") in found
    assert not any(typ == "LOC" and "по" in t.split() for typ, t in found)


def test_building_of_an_organisation_is_a_place() -> None:
    found = ents("Пикет прошёл у здания Городской думы в субботу.")
    assert ("LOC", "здания Городской думы") in found
    assert ("ORG", "Городской думы") in found


def test_monument_to_a_person_is_the_person_alone() -> None:
    found = ents("Встреча назначена у памятника Льву Толстому.")
    assert found == {("PER", "Льву Толстому")}


def test_headquarters_of_a_foreign_company() -> None:
    assert ("LOC", "штаб-квартире Microsoft") in ents(
        "Переговоры прошли в штаб-квартире Microsoft."
    )


def test_plural_descriptor_does_not_join_a_country() -> None:
    found = ents("Выставки открылись в крупных городах Франции.")
    assert ("LOC", "Франции") in found
    assert not any(t.startswith("городах") for _, t in found)


def test_descriptor_in_another_case_does_not_join() -> None:
    found = ents("Это самый зелёный город Италии, пишут туристы.")
    assert ("LOC", "Италии") in found
    assert ("LOC", "город Италии") not in found


def test_streets_of_a_city_are_not_a_street_name() -> None:
    found = ents("Вечером на улицы Парижа вышли тысячи болельщиков.")
    assert ("LOC", "Парижа") in found
    assert ("LOC", "улицы Парижа") not in found


def test_street_named_after_a_person_keeps_its_descriptor() -> None:
    assert ("LOC", "улице Гагарина") in ents("Магазин открыли на улице Гагарина.")


def test_internet_compound_is_no_entity() -> None:
    found = ents("Лекцию покажут в сети, а интернет-трансляция начнётся в полдень.")
    assert not any("трансляция" in t for _, t in found)


def test_committee_of_the_duma_with_its_subject() -> None:
    found = ents("Законопроект одобрил комитет Мосгордумы по экологии и транспорту.")
    assert ("ORG", "комитет Мосгордумы по экологии и транспорту") in found


def test_national_team_keeps_its_sport() -> None:
    found = ents("В сборную Норвегии по биатлону и лыжным гонкам вошли пятеро новичков.")
    assert ("ORG", "сборную Норвегии по биатлону и лыжным гонкам") in found
    assert ("LOC", "Норвегии") in found


def test_company_keeps_no_adverbial_po_phrase() -> None:
    found = ents("Сбербанк по итогам года увеличил прибыль.")
    assert not any(t.startswith("Сбербанк по") for _, t in found)


def test_site_named_by_its_domain() -> None:
    assert ("ORG", "Lenta.ru") in ents("Об этом сообщает Lenta.ru со ссылкой на источники.")
    assert ("ORG", "сайте Gazeta.ru") in ents("Как сказано на сайте Gazeta.ru, решение принято.")


def test_mail_addresses_and_links_are_not_sites() -> None:
    found = ents("Пишите на ivan@mail.ru или заходите на http://site.ru/page сегодня.")
    assert not any(typ == "ORG" for typ, _ in found)


def test_abbreviation_in_brackets_after_an_organisation() -> None:
    found = ents("Служба по надзору в сфере связи (РКН) выдала предписание.")
    assert ("ORG", "РКН") in found


def test_latin_name_in_brackets_after_an_organisation() -> None:
    found = ents(
        "Заявление сделала Всемирная организация здравоохранения (World Health Organization)."
    )
    assert ("ORG", "World Health Organization") in found


def test_press_service_of_an_organisation_or_a_post_holder() -> None:
    assert ("ORG", "пресс-служба МЧС") in ents("Как сообщает пресс-служба МЧС, пожар потушен.")
    found = ents("Об этом сообщила пресс-служба губернатора Тверской области.")
    assert ("ORG", "пресс-служба губернатора Тверской области") in found


def test_press_service_alone_is_not_an_organisation() -> None:
    assert not ents("Пресс-служба сообщила о переносе встречи.")


def test_place_adjective_before_a_quoted_name() -> None:
    """The closing quote ends no span, with an adjective before the name as with a
    descriptor («партии «Яблоко»)."""
    found = ents("Лидер казанского «Рубина» дал интервью после матча.")
    assert ("ORG", "казанского «Рубина") in found
    assert ("ORG", "казанского «Рубина»") not in found


def test_hyphenated_place_adjective() -> None:
    found = ents("Он вошёл в состав российско-китайской рабочей группы по торговле.")
    assert ("ORG", "российско-китайской рабочей группы по торговле") in found


def test_prison_of_a_country_is_a_place_but_prisons_are_not() -> None:
    assert ("LOC", "тюрьме Норвегии") in ents("Его держат в тюрьме Норвегии с весны.")
    found = ents("Он рассказал о тайных тюрьмах ФСИН.")
    assert not any(typ == "LOC" and t.startswith("тюрьмах") for typ, t in found)


def test_surname_repeated_alone_is_the_person() -> None:
    found = ents("Исследование провела Агния Кукушкина. Кукушкиной помогали студенты.")
    assert ("PER", "Кукушкиной") in found
    text = "Альбом записал Остап Гречкосей. «Гречкосей первым начал играть на варгане», — пишут."
    assert ("PER", "Гречкосей") in ents(text)


def test_patronymic_repeated_alone_is_not_a_surname() -> None:
    text = (
        "За кандидатуру Ильдара Маратовича проголосовали все. Ильдар Маратович поблагодарил коллег."
    )
    per = {t for typ, t in ents(text) if typ == "PER"}
    assert "Маратовича" not in per


def test_latin_organisation_names() -> None:
    found = ents("Акции купил Industrial Bank of Bhutan в мае.")
    assert ("ORG", "Industrial Bank of Bhutan") in found


def test_latin_title_without_an_organisation_word_is_left_alone() -> None:
    found = ents("Вечером покажут фильм Silent River Song.")
    assert ("ORG", "Silent River Song") not in found


def test_unknown_name_after_an_organisation_word_is_that_organisation() -> None:
    text = "Занятия проходят в центре Эко-Дом. Дети из Эко-Дома побеждают на олимпиадах."
    found = ents(text)
    assert ("ORG", "центре Эко-Дом") in found
    assert ("ORG", "Эко-Дома") in found
    assert not any(typ == "LOC" for typ, _ in found)


def test_known_place_after_an_organisation_word_stays_a_place() -> None:
    found = ents("Он работал в банке Швейцарии до пенсии.")
    assert ("LOC", "Швейцарии") in found


def test_quoted_vehicle_name_is_no_organisation() -> None:
    text = "Корабль «Ястреб» вернулся на Землю. После «Ястреба» полетит новый экипаж."
    found = ents(text)
    assert not any(typ in {"ORG", "LOC"} and "Ястреб" in t for typ, t in found)


def test_quoted_name_after_a_factory_word_stays_an_organisation() -> None:
    found = ents("Вышел автомобиль «Кама», а завод «Кама» расширил цех.")
    assert any(typ == "ORG" and t.startswith("завод «Кама") for typ, t in found)


def test_compass_adjective_belongs_to_the_place() -> None:
    found = ents("Туристы из восточной Европы и южной Азии приехали на фестиваль.")
    assert ("LOC", "восточной Европы") in found
    assert ("LOC", "южной Азии") in found


def test_territorial_body_keeps_the_territory_it_serves() -> None:
    found = ents("Проверку провёл отдел МВД России по Мещовскому району в марте.")
    assert any(typ == "ORG" and t.endswith("МВД России по Мещовскому району") for typ, t in found)
    assert ("LOC", "Мещовскому району") in found
    found = ents("Иск подало Управление Росреестра по Тульской области.")
    assert ("ORG", "Управление Росреестра по Тульской области") in found


def test_company_does_not_take_a_place_after_po() -> None:
    found = ents("Выручка Газпрома по России выросла.")
    assert not any(typ == "ORG" and "по" in t.split() for typ, t in found)


def test_dictionary_name_after_an_organisation_word_stays_a_place() -> None:
    found = ents("Центральный банк Российской Федерации снизил ставку.")
    assert ("LOC", "Российской Федерации") in found


def test_board_of_a_named_organisation() -> None:
    found = ents("Решение принял президиум РАН на закрытом заседании.")
    assert ("ORG", "президиум РАН") in found
    assert ("ORG", "РАН") in found


def test_channel_and_trade_union_words_join_the_name() -> None:
    assert ("ORG", "канал НТВ") in ents("Репортаж показал канал НТВ в воскресенье.")
    found = ents("Забастовку поддержали члены профсоюза «Защита».")
    assert any(typ == "ORG" and t.startswith("профсоюза «Защита") for typ, t in found)


def test_titled_first_name_and_surname_is_a_person() -> None:
    found = ents("Литургию отслужил митрополит Лонгин Клинский в субботу.")
    assert ("PER", "Лонгин Клинский") in found
    assert not any(typ == "LOC" for typ, _ in found)


def test_convocation_belongs_to_the_assembly() -> None:
    found = ents("Депутаты Законодательного собрания шестого созыва приняли бюджет.")
    assert ("ORG", "Законодательного собрания шестого созыва") in found
    found = ents("Первое заседание Городской Думы VII созыва прошло в среду.")
    assert ("ORG", "Городской Думы VII созыва") in found


def test_people_an_organisation_is_named_after() -> None:
    found = ents("Концерт прошёл в Драматическом театре имени Островского и Щепкина.")
    assert ("PER", "Островского") in found and ("PER", "Щепкина") in found
    assert any(typ == "ORG" and t.endswith("Островского и Щепкина") for typ, t in found)
    found = ents("Конференция прошла в Тульском университете им. Толстого.")
    assert ("PER", "Толстого") in found


def test_organisations_under_one_plural_descriptor() -> None:
    found = ents("Он выступил против слияния компаний Oracle и Sun Microsystems.")
    assert ("ORG", "компаний Oracle и Sun Microsystems") in found
    found = ents("Акции компании Oracle и Sun Microsystems подешевели.")
    assert ("ORG", "компании Oracle и Sun Microsystems") not in found


def test_place_adjective_opening_a_sentence_joins_the_organisation() -> None:
    found = ents("Екатеринбургский «Урал» подписал контракт с вратарём.")
    assert ("ORG", "Екатеринбургский «Урал") in found
    found = ents("Нижегородская «Волга» объявила о смене тренера.")
    assert ("ORG", "Нижегородская «Волга") in found


def test_place_that_is_the_whole_quoted_name_of_an_organisation_is_no_place() -> None:
    assert ents("Футболисты клуба «Кубань» проиграли дома.") == {("ORG", "клуба «Кубань")}
    found = ents("Компания «Сибирь» построит завод в Омске.")
    assert ("LOC", "Сибирь") not in found
    assert ("LOC", "Омске") in found


def test_abbreviation_after_a_body_nests_but_after_an_adjective_heads() -> None:
    found = ents("Решение принял наблюдательный совет ВТБ в пятницу.")
    assert ("ORG", "ВТБ") in found
    assert any(t.startswith("наблюдательный совет") for typ, t in found if typ == "ORG")
    found = ents("Представитель японского МИДа заявил о протесте.")
    assert ("ORG", "МИДа") not in found


def test_organisation_word_named_after_a_person() -> None:
    found = ents("Выпускники школы имени Гагарина посадили аллею.")
    assert {("ORG", "школы имени Гагарина"), ("PER", "Гагарина")} <= found
    found = ents("Делегация посетила университет им. Н. Э. Баумана в среду.")
    assert {("ORG", "университет им. Н. Э. Баумана"), ("PER", "Н. Э. Баумана")} <= found


def test_person_an_organisation_is_named_after_is_no_place() -> None:
    found = ents("Вологодская областная библиотека имени Бабушкина открыла выставку.")
    assert ("PER", "Бабушкина") in found
    assert ("LOC", "Бабушкина") not in found


def test_descriptor_governing_another_descriptor_is_another_organisation() -> None:
    found = ents("Губернатор открыл новый завод компании «Ростсельмаш» в Ростове.")
    assert ("ORG", "компании «Ростсельмаш") in found
    assert not any(t.startswith(("новый", "завод")) for typ, t in found if typ == "ORG")
    found = ents("Акции телекомпании ОАО «Телесеть» выросли.")
    assert ("ORG", "телекомпании ОАО «Телесеть") in found


def test_territory_served_belongs_to_the_outer_body_only() -> None:
    found = ents("Управление Федеральной налоговой службы по Тверской области продлило срок.")
    assert ("ORG", "Управление Федеральной налоговой службы по Тверской области") in found
    assert ("ORG", "Федеральной налоговой службы") in found
    assert ("ORG", "Федеральной налоговой службы по Тверской области") not in found


def test_abbreviation_starting_a_nested_organisation_is_not_nested_again() -> None:
    found = ents("Отдел МВД России по Мещовскому району провёл рейд.")
    assert ("ORG", "МВД России") in found
    assert ("ORG", "МВД") not in found


def test_body_with_its_remit_before_a_place() -> None:
    found = ents("Директор департамента культуры и туризма Калуги провёл совещание.")
    assert ("ORG", "департамента культуры и туризма Калуги") in found
    found = ents("Сотрудники управления архитектуры Тулы проверили стройку.")
    assert ("ORG", "управления архитектуры Тулы") in found


def test_preposition_is_no_remit() -> None:
    found = ents("Один из крупных центров в Германии закрылся.")
    assert not any(typ == "ORG" for typ, _ in found)


def test_word_the_dictionary_knows_as_an_organisation_slovnet_left_untagged() -> None:
    """pymorphy3's ``Orgn`` names an organisation as ``Geox`` a place; abbreviations and
    common nouns are left to their own rules."""
    doc = Extractor().nlp.make_doc("Данные передали Интерполу и Минюсту, а ФСБ и суд молчат.")
    found = {(s.text, s.label_) for s in known_places(doc, [])}
    assert found == {("Интерполу", "ORG"), ("Минюсту", "ORG")}


def test_municipal_body_named_by_its_kind_and_town() -> None:
    text = "Органы переименуют: Дума городского округа города Тулы, администрация городского "
    text += "округа города Тулы."
    found = ents(text)
    assert ("ORG", "Дума городского округа города Тулы") in found
    assert ("ORG", "администрация городского округа города Тулы") in found
    assert ("LOC", "Тулы") not in found  # the place is «города Тулы», nested once


def test_place_labelled_span_headed_by_a_body_is_an_organisation() -> None:
    doc = Extractor().nlp.make_doc("Дума городского округа собралась.")
    span = relabel(Span(doc, 0, 3, label="LOC"))
    assert span is not None and span.label_ == "ORG"
    doc = Extractor().nlp.make_doc("Советского района жители.")
    assert relabel(Span(doc, 0, 2, label="LOC")).label_ == "LOC"


def test_quoted_honour_with_lower_case_words_is_no_title() -> None:
    found = ents("Звание «Почетный гражданин города Владивостока» присвоили ветерану.")
    assert found == {("LOC", "города Владивостока")}
    found = ents("Он рассказал это «Голосу Америки» в пятницу.")
    assert ("ORG", "Голосу Америки") in found


def test_post_noun_is_no_place() -> None:
    doc = Extractor().nlp.make_doc("Мэры на нарах.")
    assert relabel(Span(doc, 0, 1, label="LOC")) is None
    doc = Extractor().nlp.make_doc("Голова болит.")
    assert relabel(Span(doc, 0, 1, label="ORG")) is None
    doc = Extractor().nlp.make_doc("Жители Королёва.")
    assert relabel(Span(doc, 1, 2, label="LOC")) is not None


def test_quoted_name_after_an_organisation_word_keeps_its_type_whatever_its_head() -> None:
    found = ents("Жильцы пожаловались на управляющую компанию «Уютный дом».")
    assert ("ORG", "управляющую компанию «Уютный дом") in found
    assert not any(typ == "LOC" for typ, _ in found)
