"""Figures, people counts, roles and votes on our own 440 annotated municipal-news sentences
and 571 passages (``figures_own_sentences.jsonl``, scored by ``figure_sentences``), both the
part rules were written from and the held third; then the kinds that part taught, each in
other wordings."""

from __future__ import annotations

import pytest

from tests.extraction.figure_sentences import predict, rows, score

# Scores reached (python -m tests.extraction.figure_sentences), less a small margin.
FLOORS = {
    ("s", False): {"figures": 0.98, "people": 0.98, "roles": 0.97, "votes": 0.97},
    ("s", True): {"figures": 0.97, "people": 0.95, "roles": 0.90, "votes": 0.92},
    ("p", False): {"figures": 0.98, "people": 0.98, "roles": 0.98, "votes": 0.98},
    ("p", True): {"figures": 0.96, "people": 0.95, "roles": 0.92, "votes": 0.88},
}

# Predicted votes in rows with no gold vote: held passage batch p487-p516 has one on its first
# run, left as it is since held errors are never read.
EXTRA_VOTES = {("p", True): 1}


@pytest.mark.parametrize(
    ("kind", "held"),
    [("s", False), ("s", True), ("p", False), ("p", True)],
    ids=["sentences-tuned", "sentences-held", "passages-tuned", "passages-held"],
)
def test_scores_stay_at_least_as_reached(kind: str, held: bool) -> None:
    part = rows(held, kind)
    assert len(part) >= 28
    got = score(part)
    floor = FLOORS[kind, held]
    assert min(got["figures"][:2]) >= floor["figures"], got
    assert min(got["people"][:2]) >= floor["people"], got
    assert got["roles"] >= floor["roles"], got
    assert got["votes"] >= floor["votes"], got
    assert got["votes_not_in_gold"] <= EXTRA_VOTES.get((kind, held), 0), got


def _people(text: str) -> list[tuple[float, str]]:
    return [(f["value"], f["role"]) for f in predict(text)[0] if f["is_people"]]


def _tallies(text: str) -> list[tuple]:
    return [(v["for"], v["against"], v["abstained"]) for v in predict(text)[1]]


@pytest.mark.parametrize(
    "text",
    [
        "Жители 40 квартир проголосовали за установку шлагбаума.",
        "На собрании жители 12 домов проголосовали за создание ТОС.",
        "За новый герб проголосовали 62 процента участников опроса.",
    ],
)
def test_a_number_that_counts_things_is_no_tally(text: str) -> None:
    assert _tallies(text) == []
    assert _people(text) == []


def test_votes_counted_in_votes_are_still_a_tally() -> None:
    assert _tallies("Бюджет принят 22 голосами «за» при одном «против».") == [(22, 1, None)]


@pytest.mark.parametrize(
    ("text", "tally"),
    [
        (
            "За решение «Об отчёте главы города» проголосовали все 19 присутствовавших депутатов.",
            (19, None, None),
        ),
        ("За проект «Комфортная среда» высказались 17 депутатов, против — 3.", (17, 3, None)),
        (
            "За проект «О бюджете на 2026 год» проголосовали 22 присутствующих депутата.",
            (22, None, None),
        ),
    ],
)
def test_a_quoted_title_between_the_side_and_its_verb(text: str, tally: tuple) -> None:
    assert _tallies(text) == [tally]
    assert (tally[0], "votes_for") in _people(text)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Председатель избран 14 голосами из 15 возможных.", "members"),
        ("Устав принят 20 голосами из 21 избранных.", "members"),
        ("Председатель избран 14 голосами из 15.", "attendees"),  # those who voted at all
    ],
)
def test_the_whole_body_after_votes_out_of(text: str, role: str) -> None:
    people = _people(text)
    assert people[0][1] == "votes_for"
    assert people[1][1] == role


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "В фестивале участвовали 23 коллектива и более 400 исполнителей.",
            [(400, "participants")],
        ),
        ("В смотре-конкурсе участвуют 14 коллективов и около 300 певцов.", [(300, "participants")]),
        ("На фестиваль приехали 9 коллективов и 150 артистов.", [(150, "participants")]),
    ],
)
def test_another_counts_noun_is_no_cue(text: str, people: list) -> None:
    assert _people(text) == people


@pytest.mark.parametrize(
    "text",
    [
        "В ТОС «Рассвет» объединились 320 жителей.",
        "В совет ветеранов объединились 45 человек.",
        "В ТОС «Берёзка» объединились жители 37 домов — это более 500 человек.",
    ],
)
def test_joining_a_body_makes_members(text: str) -> None:
    assert [role for _, role in _people(text)] == ["members"]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (
            "Ежегодно в соревнованиях участвуют от 20 до 30 команд.",
            [(20, "команда"), (30, "команда")],
        ),
        ("В конкурсе «Лучший двор» участвуют от 40 до 60 дворов.", [(40, "двор"), (60, "двор")]),
        ("В шествии участвуют от 3 до 5 тысяч человек.", [(3000, "человек"), (5000, "человек")]),
    ],
)
def test_the_lower_bound_of_a_range_takes_the_upper_bounds_noun(text: str, figures: list) -> None:
    assert [(f["value"], f["unit"]) for f in predict(text)[0]] == figures


def test_ages_in_a_range_stay_no_figures() -> None:
    assert predict("Дети от 7 до 12 лет занимаются в кружках.")[0] == []


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Жители задали главе 27 вопросов.", [(27, "вопрос")]),
        (
            "На приёме глава выслушал 12 жителей, главе передали 8 обращений.",
            [(12, "житель"), (8, "обращение")],
        ),
        ("Согласно главе 5 устава, сессия созывается раз в квартал.", []),
        ("Изменения внесены в часть 2 статьи 36 устава.", []),
        ("Адрес: ул. Садовая, д. 8 тел. 8 (473) 222-73-01.", []),  # a house stays a label
    ],
)
def test_a_plural_count_after_a_word_that_also_names_a_document_part(
    text: str, figures: list
) -> None:
    assert [(f["value"], f["unit"]) for f in predict(text)[0]] == figures


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "В районе живут 66 тысяч человек, из них около 40 тысяч — в районном центре.",
            [(66000, "residents"), (40000, "residents")],
        ),
        (
            "В акции участвовали 900 человек, в том числе более 300 — школьники.",
            [(900, "participants"), (300, "participants")],
        ),
    ],
)
def test_an_approximate_part_of_the_count_before(text: str, people: list) -> None:
    assert _people(text) == people


@pytest.mark.parametrize(
    ("text", "tally"),
    [
        (
            "«Против» высказались четыре депутата, остальные 20 поддержали законопроект.",
            (20, 4, None),
        ),
        ("Против проголосовали 3 депутата, остальные 17 поддержали решение.", (17, 3, None)),
    ],
)
def test_the_rest_who_supported_are_votes_for(text: str, tally: tuple) -> None:
    assert _tallies(text) == [tally]


def test_a_bare_number_that_supported_outside_a_sitting_is_no_tally() -> None:
    assert _tallies("Проект поддержали многие: 300 подписали петицию, 20 поддержали письмом.") == []


@pytest.mark.parametrize(
    ("text", "tally"),
    [
        ("Ни одного голоса «против»: решение поддержали все 18 депутатов.", (18, 0, None)),
        ("«За» — 19 депутатов, ни одного — «против».", (19, 0, None)),
    ],
)
def test_none_against(text: str, tally: tuple) -> None:
    assert _tallies(text) == [tally]
    assert all(f["value"] for f in predict(text)[0])  # «ни одного» is no figure


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("На территории округа действуют 58 ТОС — на 9 больше, чем год назад.", [58, 9]),
        ("Субботник собрал 300 человек, на 50 больше, чем год назад.", [300, 50]),
        ("Депутатов стало 25, на 10 меньше.", [25, 10]),
    ],
)
def test_a_change_after_a_count_takes_its_noun(text: str, figures: list) -> None:
    found = predict(text)[0]
    assert [f["value"] for f in found] == figures
    assert found[0]["unit"] == found[1]["unit"]
    if found[1]["is_people"]:
        assert found[1]["role"] == "other"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Каждый третий житель района — пенсионер, всего пенсионеров 12,4 тыс.", "residents"),
        ("Каждый пятый житель села — школьник, всего школьников 230.", "residents"),
        # a clause that acts makes the place no population's
        ("В городе открыли новый парк, в первый день там было 300 человек.", "other"),
    ],
)
def test_a_group_of_a_places_people_named_in_another_clause(text: str, role: str) -> None:
    assert [r for _, r in _people(text)] == [role]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "В собрании представителей 15 депутатов, на заседании зарегистрированы 13.",
            [(15, "members"), (13, "attendees")],
        ),
        (
            "В собрании депутатов 21 депутат, на сессию пришли 18.",
            [(21, "members"), (18, "attendees")],
        ),
    ],
)
def test_a_body_called_an_assembly_counts_its_members(text: str, people: list) -> None:
    assert _people(text) == people


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Глава города встретился с 200 представителями бизнеса.", "participants"),
        ("Мэр встретился с 40 предпринимателями.", "participants"),
        ("Депутаты встречались с 300 избирателями округа.", "participants"),
        ("На встречу с депутатом пришли 120 избирателей.", "participants"),
        ("На избирательные участки пришли 12 тысяч избирателей.", "voters"),  # an election
    ],
)
def test_those_met_take_part_and_electors_at_a_meeting_are_no_voters(text: str, role: str) -> None:
    assert [r for _, r in _people(text)] == [role]


@pytest.mark.parametrize(
    ("text", "tally"),
    [
        (
            "В голосовании участвовали 24 депутата; 21 из них высказался «за», трое — «против».",
            (21, 3, None),
        ),
        (
            "На заседании были 20 депутатов; 17 из них проголосовали «за», трое воздержались.",
            (17, None, 3),
        ),
        (
            "Из 38 присутствовавших депутатов за отставку сити-менеджера проголосовали 34.",
            (34, None, None),
        ),
        ("За кандидатуру вице-спикера проголосовали 19 депутатов, против — 2.", (19, 2, None)),
        ("Поправки приняты 19 голосами против 6.", (19, 6, None)),
        ("Закон принят 30 голосами против 4.", (30, 4, None)),
    ],
)
def test_more_tally_wordings(text: str, tally: tuple) -> None:
    assert _tallies(text) == [tally]


def test_against_outside_a_vote_is_no_tally() -> None:
    assert _tallies("Он выступил 5 раз против 6 оппонентов.") == []
