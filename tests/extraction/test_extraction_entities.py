"""Entity spans and normal forms on hand-written Russian sentences."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from extraction import Extractor, extract
from extraction.entity_rules import initials_are_people
from extraction.normal import normal_phrase


def ents(text: str) -> set[tuple[str, str]]:
    return {(e["type"], e["text"]) for e in extract(text)["entities"]}


def normals(text: str) -> dict[str, str]:
    return {e["text"]: e["normal"] for e in extract(text)["entities"]}


def test_coordinated_regions_are_separate_places() -> None:
    text = "Опыт обсуждали делегаты из Тульской, Рязанской и Калужской областей."
    found = {t for typ, t in ents(text) if typ == "LOC"}
    assert "Тульской" in found and "Рязанской" in found
    assert any(t.startswith("Калужской") for t in found)


def test_org_of_a_city_takes_the_city() -> None:
    text = "В мэрии Твери прошло совещание по ремонту дорог."
    found = ents(text)
    assert ("ORG", "мэрии Твери") in found
    assert ("LOC", "Твери") in found  # the place stays an entity inside the organisation
    assert normals(text)["мэрии Твери"] == "мэрия Твери"


def test_city_duma_with_its_city() -> None:
    text = "Городская Дума города Калуги утвердила бюджет на следующий год."
    found = ents(text)
    assert ("ORG", "Городская Дума города Калуги") in found


def test_descriptor_joins_the_name() -> None:
    text = "Жители посёлка пожаловались, что берег реки Угры зарос камышом."
    assert ("LOC", "реки Угры") in ents(text)


def test_quoted_party_name_with_descriptor() -> None:
    text = "Представители партии «Зелёный город» провели пикет у здания администрации."
    orgs = {t for typ, t in ents(text) if typ == "ORG"}
    assert any(t.startswith("партии «Зелёный город") for t in orgs)


def test_brackets_and_bullets_do_not_join_names() -> None:
    text = "Выступили: • Сергей Орлов (Sergey Orlov) и • Мария Волкова."
    per = {t for typ, t in ents(text) if typ == "PER"}
    assert "Сергей Орлов" in per
    assert not any("(" in t or "•" in t for t in per)


def test_abbreviations() -> None:
    found = ents("Совещание глав муниципалитетов ЦФО прошло при поддержке ООН и властей РФ.")
    assert ("LOC", "ЦФО") in found
    assert ("LOC", "РФ") in found


def test_normal_forms_are_nominative() -> None:
    got = normals("Делегация Воронежской области посетила Пермский край и Калугу.")
    assert got.get("Воронежской области") == "Воронежская область"
    assert got.get("Калугу") == "Калуга"


def test_normal_phrase_keeps_genitive_tail() -> None:
    words = ["Общероссийским", "конгрессом", "муниципальных", "образований"]
    assert normal_phrase(words) == "Общероссийский конгресс муниципальных образований"
    assert normal_phrase(["мэрии", "Москвы"]) == "мэрия Москвы"
    assert normal_phrase(["РФ"]) == "РФ"


def test_dictionary_abbreviations_and_places() -> None:
    found = ents("Сотрудники МВД и учёные РАН обсудили положение дел в экономике Европы.")
    assert ("ORG", "МВД") in found and ("ORG", "РАН") in found
    assert ("LOC", "Европы") in found


def test_place_inside_an_organisation_name() -> None:
    found = ents("Об этом сообщила радиостанция «Эхо Калуги» в понедельник.")
    assert ("LOC", "Калуги") in found
    assert any(typ == "ORG" and "Эхо Калуги" in t for typ, t in found)


def test_unnamed_government_is_an_organisation() -> None:
    found = ents("Областное правительство выделило средства на ремонт школ.")
    assert ("ORG", "Областное правительство") in found or ("ORG", "правительство") in found


def test_post_at_sentence_start_is_not_part_of_the_org() -> None:
    found = ents("Замглавы Федеральной налоговой службы провёл совещание.")
    assert not any(t.startswith("Замглавы") for _, t in found)


def test_named_after_a_person() -> None:
    found = ents("Спектакль сыграли в Театре им. Ивана Петрова в субботу.")
    assert ("ORG", "Театре им. Ивана Петрова") in found
    assert ("ORG", "Театре им") not in found


def test_descriptor_and_name_both_nominative() -> None:
    got = normals("Берег реки Угры укрепят до конца года.")
    assert got["реки Угры"] == "река Угра"


def test_function_words_glued_to_a_name_are_dropped() -> None:
    per = {t for typ, t in ents("Всё-таки Прохоров решил остаться в команде.") if typ == "PER"}
    assert not any(t.startswith("Всё-таки") for t in per)


def test_a_town_named_elsewhere_in_the_text_stays_a_place() -> None:
    text = (
        "Глава города Верхнеозёрска провёл приём. Бюджет Верхнеозёрска исполнен, "
        "а жители Верхнеозёрска довольны."
    )
    per = {t for typ, t in ents(text) if typ == "PER"}
    assert "Верхнеозёрска" not in per


def test_org_normal_form_closes_its_quote() -> None:
    got = normals("Собрание провёл ТОС «Северный» в субботу.")
    assert any(v.endswith("«Северный»") for v in got.values())


@pytest.mark.parametrize("text", ["Носова А.А", "А.А. Носова", "Римская-Корсакова Н. И."])
def test_surname_with_two_initials_tagged_otherwise_is_a_person(text: str) -> None:
    doc = Extractor().nlp.make_doc(text)
    span = initials_are_people(Span(doc, 0, len(doc), label="ORG"))
    assert span.label_ == "PER"


def test_a_town_in_a_case_that_also_reads_as_a_surname_is_named_in_the_nominative() -> None:
    found = extract("Мэр Березников Константин Светлов открыл сквер.")
    post = found["people"][0]["posts"][0]
    assert (post["title"], post["place"]) == ("мэр", "Березники")
    assert "Березники" in [e["normal"] for e in found["entities"] if e["type"] == "LOC"]
