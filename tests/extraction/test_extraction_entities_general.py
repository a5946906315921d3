"""General organisation and place rules (word classes, agreement, sentence starts) on
hand-written Russian sentences, and the own-sentence benchmark they are checked against."""

from __future__ import annotations

import sys
from pathlib import Path

from spacy.tokens import Span

from extraction import Extractor, extract
from extraction.entity_rules import _agrees, relabel

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from benchmarks.own_entities_eval import BATCHES, load  # noqa: E402


def ents(text: str) -> set[tuple[str, str]]:
    return {(e["type"], e["text"]) for e in extract(text)["entities"]}


def test_adjective_opening_a_sentence_belongs_to_the_body() -> None:
    found = ents("Избирательная комиссия Тамбовской области отказала ему в регистрации.")
    assert ("ORG", "Избирательная комиссия Тамбовской области") in found
    assert ("LOC", "Тамбовской области") in found


def test_adjective_of_another_gender_does_not_agree() -> None:
    doc = Extractor().nlp.make_doc("предвыборная Интернет предвыборная кампания")
    assert not _agrees(doc[0], doc[1])
    assert _agrees(doc[2], doc[3])


def test_plural_descriptor_counts_places_of_a_region() -> None:
    found = ents("Паводок отрезал от дорог жителей трёх сёл Курской области.")
    assert ("LOC", "Курской области") in found
    assert not any(typ == "LOC" and t.startswith("сёл") for typ, t in found)


def test_singular_descriptor_still_joins_its_name() -> None:
    assert ("LOC", "села Покровское") in ents("Жители села Покровское собрали подписи.")


def test_body_head_opening_a_sentence_takes_the_organisation_and_territory() -> None:
    found = ents("Управление Росприроднадзора по Липецкой области оштрафовало завод.")
    assert ("ORG", "Управление Росприроднадзора по Липецкой области") in found


def test_branch_or_inspection_keeps_the_territory_it_serves() -> None:
    found = ents("Отделение ПФР по Калужской области продлило приём документов.")
    assert ("ORG", "Отделение ПФР по Калужской области") in found
    found = ents("Сотрудники Инспекции ФНС по Ленинскому району провели рейд.")
    assert ("ORG", "Инспекции ФНС по Ленинскому району") in found


def test_quoted_name_after_a_faction_word() -> None:
    found = ents("Депутаты фракции «Зелёный город» покинули зал заседаний.")
    assert ("ORG", "фракции «Зелёный город") in found


def test_place_word_of_a_quoted_party_name_is_no_place() -> None:
    found = ents("Кандидата выдвинула партия «Единая Россия» на съезде в Туле.")
    assert ("LOC", "Россия") not in found
    assert ("LOC", "Туле") in found


def test_place_governed_inside_an_organisation_stays_a_place() -> None:
    assert ("LOC", "Европы") in ents("Делегация Совета Европы приехала в Страсбург.")


def test_latin_name_after_an_organisation_word() -> None:
    assert ("ORG", "Сервис Zoom") in ents("Сервис Zoom ограничил бесплатные звонки.")
    found = ents("Контракт получила американская фирма General Dynamics.")
    assert ("ORG", "американская фирма General Dynamics") in found


def test_latin_word_after_an_ordinary_noun_is_left_alone() -> None:
    found = ents("Он купил новый телефон Nokia в прошлом году.")
    assert not any(typ == "ORG" and t.startswith("телефон") for typ, t in found)


def test_branch_of_an_abbreviated_organisation() -> None:
    found = ents("В Калужском филиале РАНХиГС прошла конференция.")
    assert ("ORG", "Калужском филиале РАНХиГС") in found
    assert ("ORG", "отделение Сбербанка") in ents("Он перешёл в отделение Сбербанка в мае.")


def test_own_sentences_are_annotated_on_their_words() -> None:
    for path, prefix, types in BATCHES.values():
        docs = load(path, prefix)
        assert len(docs) >= 40
        for text, found in docs.values():
            assert found and all(0 <= s < e <= len(text) and text[s:e].strip() for _, s, e in found)
            assert {t for t, _, _ in found} <= set(types)


def test_bare_government_is_no_organisation_but_a_singled_out_one_is() -> None:
    assert not ents("Жители надеются, что правительство примет меры.")
    found = ents("Губернатор сказал, что Правительство утвердило программу.")
    assert ("ORG", "Правительство") in found
    assert ("ORG", "Областное правительство") in ents("Областное правительство выделило деньги.")


def test_body_of_members_of_a_quoted_or_abbreviated_organisation() -> None:
    found = ents("Решение принял совет директоров «Аэрофлота» в пятницу.")
    assert ("ORG", "совет директоров «Аэрофлота") in found
    found = ents("На собрании выступил председатель совета ветеранов МВД.")
    assert ("ORG", "совета ветеранов МВД") in found


def test_descriptor_of_one_place_does_not_join_the_region_after_it() -> None:
    found = ents("Жители Ферзиковского района Калужской области пожаловались на дороги.")
    assert {("LOC", "Ферзиковского района"), ("LOC", "Калужской области")} <= found
    assert not any(t.startswith("района") for _, t in found)


def test_quoted_name_of_a_municipality_is_one_place() -> None:
    found = ents("Сельское поселение «Деревня Хотисино» получило грант на дороги.")
    assert ("LOC", "Сельское поселение «Деревня Хотисино") in found
    assert not any(typ == "ORG" for typ, _ in found)
    text = "Администрация муниципального района «Город Киров и Кировский район» объявила торги."
    found = ents(text)
    assert ("LOC", "муниципального района «Город Киров и Кировский район") in found
    assert ("ORG", "Администрация муниципального района «Город Киров и Кировский район") in found


def test_surname_shaped_word_is_no_plural_town() -> None:
    """«Шумов» is also the genitive of «шумы», but a word of a surname's shape that slovnet
    calls a person stays one; a town named in the plural still is a place."""
    assert ents("Вечером Шумов выступил перед студентами.") == {("PER", "Шумов")}
    found = ents("Дорогу между Котельниками и Люберцами отремонтируют к осени.")
    assert ("LOC", "Котельниками") in found


def test_street_or_settlement_word_names_the_capitalised_words_after_it() -> None:
    assert ents("Ремонт на проспекте Ленина закончат к осени.") == {("LOC", "проспекте Ленина")}
    found = ents("Дом на улице Маршала Жукова расселят.")
    assert found == {("LOC", "улице Маршала Жукова")}
    assert ("LOC", "посёлке Никольский") in ents("В посёлке Никольский открыли школу.")


def test_streets_of_a_town_are_not_named_by_it() -> None:
    assert ents("Митинг прошёл на улицах Москвы.") == {("LOC", "Москвы")}


def test_street_keeps_a_person_genitive_but_not_a_place_genitive() -> None:
    found = ents("Актив жителей по адресу улица Герцена, 182, встретил комиссию.")
    assert ("LOC", "улица Герцена") in found
    assert ("LOC", "Лондона") in ents("Протесты охватили улицы Лондона.")


def test_settlement_word_before_a_person_is_a_post_of_the_town() -> None:
    found = ents("На встрече глава поселка Ялалов рассказал о ремонте.")
    assert ("PER", "Ялалов") in found
    assert not any(typ == "LOC" for typ, _ in found)


def test_plural_town_needs_a_preposition_or_verb_before_it() -> None:
    """«в Химках», «руководить Котельниками»: a town named in the plural is governed; a
    word slovnet calls a person that stands free stays a person."""
    assert ("LOC", "Котельниками") in ents("Руководить Котельниками начал Сергей Жигалкин.")
    assert ("LOC", "Химках") in ents("В Химках открыли парк.")
    doc = Extractor().nlp.make_doc("Мнение Котельниками высказано.")
    assert relabel(Span(doc, 1, 2, label="PER")).label_ == "PER"
