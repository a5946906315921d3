"""One office however a post names it: the keys the office registry and the person page group
posts by, and a placeless «глава города» folded into the holder's town."""

from __future__ import annotations

from search import open_index
from search.office_keys import office_key, placed_as
from search.profiles import person_profile
from tests.app.test_api_corpus import make_doc


def test_kind_adjectives_and_nouns_give_one_key() -> None:
    assert office_key("глава городской администрации", None, None) == office_key(
        "глава администрации города", None, None
    )
    assert office_key("глава", "Администрация Уфы", "Уфа") == office_key(
        "глава администрации", None, "Уфа"
    )


def test_a_placeless_kind_goes_to_the_one_place_of_that_kind() -> None:
    town = office_key("глава", None, "Зареченск")
    district = office_key("глава", None, "Заречный район")
    assert placed_as(office_key("глава города", None, None), [town]) == town
    assert placed_as(office_key("глава района", None, None), [town, district]) == district
    # a town is no district, and two towns leave it undecided
    lone = office_key("глава района", None, None)
    assert placed_as(lone, [town]) == lone
    other = office_key("глава", None, "Покров")
    city = office_key("глава города", None, None)
    assert placed_as(city, [town, other]) == city
    # a title with no place at all: the holder's one placed office of those words, else the
    # one of a kind of place
    assert placed_as(office_key("глава", None, None), [town]) == town
    bare = office_key("глава администрации", None, None)
    of_town = office_key("глава администрации города", None, None)
    assert placed_as(bare, [of_town]) == of_town
    assert placed_as(bare, [of_town, office_key("глава администрации", None, "Уфа")]) == (
        office_key("глава администрации", None, "Уфа")
    )
    assert placed_as(office_key("глава", None, None), [town, other]) == office_key(
        "глава", None, None
    )


def test_the_person_page_shows_one_post_for_both_names(tmp_path) -> None:
    key = "krylov_pavel"
    docs = [
        make_doc(
            21,
            "Отчёт",
            "Глава Зареченска Павел Крылов отчитался.",
            "2018-03-01",
            people=(
                (key, "Крылов", "Павел", None, ("Павел Крылов",), [("глава", None, "Зареченск")]),
            ),
        ),
        make_doc(
            22,
            "Субботник",
            "Глава города Павел Крылов вышел на субботник.",
            "2019-04-20",
            people=(
                (key, "Крылов", "Павел", None, ("Павел Крылов",), [("глава города", None, None)]),
            ),
        ),
    ]
    with open_index(f"sqlite:///{tmp_path}/index.db") as index:
        index.upsert(docs)
        posts = person_profile(index, key)["posts"]
    assert [(p["title"], p["place"], p["documents"]) for p in posts] == [("глава", "Зареченск", 2)]
    assert (posts[0]["first_seen"][:10], posts[0]["last_seen"][:10]) == ("2018-03-01", "2019-04-20")


def test_a_town_adjective_in_a_city_body_is_its_place() -> None:
    of_kaluga = office_key("председатель", "Городская Дума Калуги", "Калуга")
    assert office_key("председатель", "Калужская Городская Дума", None) == of_kaluga
    assert office_key("председатель", "Калужская городская Дума", "Калуга") == of_kaluga
    assert of_kaluga[1] == "калуга"
    # a region's body keeps its adjective: «Тульская областная Дума» is no town's
    assert office_key("председатель", "Тульская областная Дума", None)[1] == ""
    # an adjective of another town than the place given stays a word of the title
    assert office_key("председатель", "Калужская городская Дума", "Тула")[1] == "тула"


def test_irregular_town_adjectives_give_the_town_too() -> None:
    for body, town in [
        ("Уфимская городская Дума", "Городская Дума Уфы"),
        ("Орловский городской Совет", "Городской Совет Орла"),
        ("Нижегородская городская Дума", "Городская Дума Нижнего Новгорода"),
    ]:
        place = town.split(maxsplit=2)[2]
        assert office_key("председатель", body, None) == office_key("председатель", town, place)


def test_the_registry_gives_one_office_for_both_names_of_a_city_duma(tmp_path) -> None:
    from search.officials import index_officials

    docs = [
        make_doc(
            31,
            "Сессия",
            "Председатель Городской Думы Калуги Олег Смирнов открыл сессию.",
            "2019-02-01",
            people=(
                (
                    "smirnov_oleg",
                    "Смирнов",
                    "Олег",
                    None,
                    ("Олег Смирнов",),
                    [("председатель", "Городская Дума Калуги", "Калуга")],
                ),
            ),  # fmt: skip
        ),
        make_doc(
            32,
            "Приём",
            "Председатель Калужской Городской Думы Олег Смирнов провёл приём.",
            "2019-05-01",
            people=(
                (
                    "smirnov_oleg",
                    "Смирнов",
                    "Олег",
                    None,
                    ("Олег Смирнов",),
                    [("председатель", "Калужская Городская Дума", None)],
                ),
            ),  # fmt: skip
        ),
    ]
    with open_index(f"sqlite:///{tmp_path}/index.db") as index:
        index.upsert(docs)
        offices = index_officials(index, place="Калуга")
    assert [(o["title"], o["place"], len(o["holders"][0]["documents"])) for o in offices] == [
        ("председатель", "Калуга", 2)
    ]
