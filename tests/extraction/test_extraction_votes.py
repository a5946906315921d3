"""Vote tallies: the forms a duma report gives them in, their figures' roles, the contract."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extraction import extract
from extraction.figures import find_figures
from extraction.votes import FIELDS, find_votes


def votes(text: str) -> list[tuple]:
    found = find_votes(text, find_figures(text))
    return [(v["for"], v["against"], v["abstained"], v["unanimous"]) for v in found]


def subjects(text: str) -> list[str | None]:
    return [v["subject"] for v in find_votes(text, find_figures(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Итоги голосования: за — 22, против — 3, воздержались — 2.", (22, 3, 2, False)),
        ("За – 17; против – нет; воздержался – 1.", (17, 0, 1, False)),
        ("«За» проголосовали 19 депутатов, «против» — четверо.", (19, 4, None, False)),
        (
            '"За" проголосовал 21 депутат, "против" двое, "воздержались" - И. Петров.',
            (21, 2, None, False),
        ),
        ("Решение поддержали 28 депутатов из 30.", (28, None, None, False)),
        ("Проект одобрили 15 депутатов, не поддержали 2.", (15, 2, None, False)),
        ("Поправки приняты 24 голосами «за» при 3 «против».", (24, 3, None, False)),
        ("Решение принято большинством голосов (26 из 29).", (26, None, None, False)),
        ("Депутаты проголосовали единогласно.", (None, 0, 0, True)),
        ("Кандидатуру поддержали единогласно — 25 депутатов.", (25, 0, 0, True)),
        ("Против проголосовали 5 депутатов, воздержался один.", (None, 5, 1, False)),
        ("При одном воздержавшемся 18 депутатов проголосовали за.", (18, None, 1, False)),
        ("Проголосовало из 40 33 депутата.", (33, None, None, False)),
    ],
)
def test_tally_forms(text: str, expected: tuple) -> None:
    assert votes(text) == [expected]


def test_tally_over_short_sentences() -> None:
    text = "За проголосовали 20 депутатов. Против — 2. Воздержался 1."
    assert votes(text) == [(20, 2, 1, False)]


def test_two_decisions_in_one_sentence_are_two_tallies() -> None:
    text = "За первый проект — 20 голосов, против — 1, за второй — 15, против — 6."
    assert votes(text) == [(20, 1, None, False), (15, 6, None, False)]


@pytest.mark.parametrize(
    "text",
    [
        "За 25 лет работы через приём прошли 300 человек.",
        "Он выступил против 3 новых свалок.",
        "В выборах проголосовали 3 500 избирателей, за кандидата — 60 %.",
        "Заседание прошло 12 марта, в нём участвовали 25 депутатов.",
        "Жители выступили против строительства, собрав 400 подписей.",
        "«За 2019 год мы отремонтировали 12 дворов», — сказал глава.",
        "Он был против 3 новых законов.",
        "Тайное голосование: Петров — 15 голосов, Сидоров — 10.",
    ],
)
def test_not_tallies(text: str) -> None:
    assert votes(text) == []


def test_subject_is_the_decision_wording() -> None:
    assert subjects(
        "Депутаты проголосовали за внесение изменений в бюджет города: за — 18, против — 2."
    ) == ["внесение изменений в бюджет города"]
    assert subjects("За кандидатуру Ивана Петрова депутаты проголосовали единогласно.") == [
        "кандидатуру Ивана Петрова"
    ]
    assert subjects("Проект бюджета одобрили 25 депутатов, не поддержали 3.") == ["Проект бюджета"]
    assert subjects("Итоги голосования: за — 22, против — 3.") == [None]


def test_tally_numbers_are_figures_with_vote_roles() -> None:
    text = "Итоги голосования: за — 22, против — 3, воздержались — 2. Всего в думе 35 депутатов."
    figures = find_figures(text)
    find_votes(text, figures)
    roles = [(f["value"], f["role"], f["is_people"]) for f in figures]
    assert roles == [
        (22, "votes_for", True),
        (3, "votes_against", True),
        (2, "abstained", True),
        (35, "members", True),
    ]
    assert [f["start"] for f in figures] == sorted(f["start"] for f in figures)


def test_vote_offsets_slice_and_records_are_flat() -> None:
    text = "На сессии 12 депутатов проголосовали «за», «против» — 1, воздержавшихся нет."
    found = find_votes(text, find_figures(text))
    assert [(v["for"], v["against"], v["abstained"]) for v in found] == [(12, 1, 0)]
    for v in found:
        assert tuple(v) == FIELDS
        assert text[v["start"] : v["end"]] == v["text"]
        assert all(v[k] is None or type(v[k]) is int for k in ("for", "against", "abstained"))
        assert type(v["unanimous"]) is bool


VOTE_TEXT = st.lists(
    st.sampled_from(
        ["за", "«за»", "против", "воздержались", "единогласно", "проголосовали", "поддержали"]
        + ["депутатов", "—", ",", ".", " ", "25", "3", "трое", "один", "нет", "из", "(", ")"]
        + ["решение", "Против", "За", "\n", "голосов", "при", "1", "30", "одном"]
    ),
    max_size=60,
).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(st.one_of(VOTE_TEXT, st.text(max_size=200)))
def test_votes_never_raise_and_slice(text: str) -> None:
    figures = find_figures(text)
    found = find_votes(text, figures)
    for item in found + figures:
        assert 0 <= item["start"] < item["end"] <= len(text)
        assert text[item["start"] : item["end"]] == item["text"]
    for v in found:
        assert tuple(v) == FIELDS
        assert all(v[k] is None or v[k] >= 0 for k in ("for", "against", "abstained"))
    assert [f["start"] for f in figures] == sorted(f["start"] for f in figures)


def test_extract_result_has_votes() -> None:
    result = extract("Депутаты единогласно поддержали проект решения о бюджете.", "2024-03-01")
    assert [(v["unanimous"], v["subject"]) for v in result["votes"]] == [
        (True, "проект решения о бюджете")
    ]


def test_extract_command_writes_votes(tmp_path: Path) -> None:
    """Every output line of `dumawatch extract` carries `votes` with exactly the contract's keys."""
    records = [
        {"id": "a", "text": "Итоги голосования: за — 22, против — 3, воздержались — 2."},
        {"id": "b", "text": "Депутаты проголосовали единогласно.", "published_at": "2023-12-01"},
        {"id": "c", "text": "В субботнике участвовали 300 человек."},
        {"id": "d", "text": ""},
    ]
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "dumawatch", "extract", str(src), "-o", str(out), "--workers", "1"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert [line["id"] for line in lines] == ["a", "b", "c", "d"]
    for line, record in zip(lines, records, strict=True):
        assert isinstance(line["votes"], list)
        for vote in line["votes"]:
            assert set(vote) == set(FIELDS)
            assert record["text"][vote["start"] : vote["end"]] == vote["text"]
    assert [(v["for"], v["against"], v["abstained"]) for v in lines[0]["votes"]] == [(22, 3, 2)]
    assert [v["unanimous"] for v in lines[1]["votes"]] == [True]
    assert lines[2]["votes"] == [] and lines[3]["votes"] == []
    roles = {f["role"] for f in lines[0]["figures"]}
    assert roles == {"votes_for", "votes_against", "abstained"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("За проголосовали все 23 депутата.", (23, None, None, False)),
        ("Решение принято 19 голосами.", (19, None, None, False)),
        ("Поправки поддержали 26 из 28 депутатов.", (26, None, None, False)),
        ("Из 27 присутствующих депутатов за проголосовали 25, против — 2.", (25, 2, None, False)),
        ('"За" - 15, "Против" - 3, "Воздержались" - 2.', (15, 3, 2, False)),
        ("За отставку проголосовали 28 депутатов из 35, против были трое.", (28, 3, None, False)),
        ("За него отдали голоса 19 депутатов.", (19, None, None, False)),
        ("За его кандидатуру проголосовали 25 из 27 депутатов.", (25, None, None, False)),
        ("«За» проголосовали лишь 8 депутатов при необходимых 14.", (8, None, None, False)),
        (
            "Депутаты большинством голосов (18 — «за», 4 — «против») одобрили поправки.",
            (18, 4, None, False),
        ),
    ],
)
def test_more_tally_forms(text: str, expected: tuple) -> None:
    assert votes(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sentence before says a vote was taken; the numbers stand alone
        ("Решение принято большинством голосов. За — 18, против — 4.", [(18, 4, None, False)]),
        (
            "Бюджет утверждён после долгих споров. «За» — 16, «против» — нет.",
            [(16, 0, None, False)],
        ),
        # both sides tied by dashes are a tally by themselves, and the next sentence continues it
        ("За — 20, против — 2. Воздержались 3 депутата.", [(20, 2, 3, False)]),
        # a continuation may give the side «for» after the others
        ("Против проголосовали 3 депутата. За — 25.", [(25, 3, None, False)]),
        (
            "Решение поддержали 28 депутатов. Против проголосовали двое. Один воздержался.",
            [(28, 2, 1, False)],
        ),
        ("Отчёт одобрили 21 депутат. Против этого выступили трое.", [(21, 3, None, False)]),
        # a side that names its own question starts a tally of its own
        (
            "Первое решение поддержали 25 депутатов. Против второго решения выступили 5 депутатов.",
            [(25, None, None, False), (None, 5, None, False)],
        ),
        (
            "За проголосовали 20 депутатов, против — 2, воздержался 1. Против поправки о "
            "парковках выступили 4 депутата.",
            [(20, 2, 1, False), (None, 4, None, False)],
        ),
        (
            "За бюджет проголосовали 22 депутата. За отчёт главы — 24 депутата, против — 1.",
            [(22, None, None, False), (24, 1, None, False)],
        ),
    ],
)
def test_tallies_over_two_sentences(text: str, expected: list[tuple]) -> None:
    assert votes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no vote in the sentence before: a dash after «за» alone is no tally
        "Праздник удался. За — 3 часа, против ожидания, успели всё.",
        "Депутаты обсудили бюджет. За 5 лет доходы выросли вдвое.",
    ],
)
def test_no_tally_without_a_vote(text: str) -> None:
    assert votes(text) == []


def test_a_bare_head_noun_is_no_subject() -> None:
    assert subjects("Решение поддержали 28 депутатов из 30.") == [None]
    assert subjects("Решение о переименовании улицы поддержали 20 депутатов.") == [
        "Решение о переименовании улицы"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «голосами» before a verb that starts like «из»
        ("Депутаты 23 голосами избрали Иванова главой.", [(23, None, None, False)]),
        ("Совет 15 голосами избрал председателя.", [(15, None, None, False)]),
        ("Иванов избран 24 голосами из 25.", [(24, None, None, False)]),
        # supporters after «в поддержку … высказались»
        ("В поддержку проекта высказались 22 депутата.", [(22, None, None, False)]),
        ("В поддержку поправок проголосовали 18 депутатов.", [(18, None, None, False)]),
        ("В поддержку сквера высказались 800 жителей.", []),
    ],
)
def test_votes_by_instrumental_and_in_support(text: str, expected: list) -> None:
    assert votes(text) == expected


def test_a_later_tally_in_a_sentence_takes_its_own_question() -> None:
    text = "За кандидатуру Петрова проголосовали 19 депутатов, за Сидорова — 6."
    assert votes(text) == [(19, None, None, False), (6, None, None, False)]
    assert subjects(text) == ["кандидатуру Петрова", "Сидорова"]


def test_subject_from_the_side_or_the_sentence_before() -> None:
    text = "Голосование было тайным. Результаты: за Иванова — 18 голосов, за Петрова — 7."
    assert subjects(text) == ["Иванова", "Петрова"]
    text = (
        "Решение о бюджете принято большинством голосов. За проголосовали 20 депутатов, "
        "против — 4, воздержался 1. Отчёт главы одобрен единогласно."
    )
    assert votes(text) == [(20, 4, 1, False), (None, 0, 0, True)]
    assert subjects(text) == ["Решение о бюджете", "Отчёт главы"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a candidate's votes at a sitting are the votes for
        ("Иванов получил 20 голосов депутатов.", [(20, None, None, False)]),
        # and the rival's, a vote of its own (as in the own passages p068 and p225)
        (
            "В результате тайного голосования Петров набрал 18 голосов, его соперник — 7.",
            [(18, None, None, False), (7, None, None, False)],
        ),
        # not an election's votes, nor a thousand of them
        ("На выборах мэра Иванов получил 20 тысяч голосов.", []),
        ("Кандидат получил 1500 голосов избирателей.", []),
        ("Кандидат получил 1500 голосов.", []),
        ("Иванов набрал 60% голосов.", []),
    ],
)
def test_a_candidates_votes(text: str, expected: list) -> None:
    assert votes(text) == expected


def test_a_past_tense_auxiliary_stays_out_of_the_subject() -> None:
    text = "Решение о переносе остановки было принято 19 голосами."
    assert subjects(text) == ["Решение о переносе остановки"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «проголосовали N» names no side when the sentence gives the sides
        ("Проголосовали 30 депутатов, из них 27 — за, 3 — против.", [(27, 3, None, False)]),
        ("Проголосовали 33 депутата, против — 1.", [(33, 1, None, False)]),
        # a longer question between «за» and the verb
        (
            "За принятие бюджета в целом проголосовали 19 из 21 присутствовавшего депутата.",
            [(19, None, None, False)],
        ),
        ("За годы работы в думе — 3 созыва.", []),
    ],
)
def test_who_voted_and_long_questions(text: str, expected: list) -> None:
    assert votes(text) == expected


def test_those_who_voted_attend() -> None:
    text = "Проголосовали 30 депутатов, из них 27 — за, 3 — против."
    figures = find_figures(text)
    find_votes(text, figures)
    assert [(f["value"], f["role"]) for f in figures] == [
        (30, "attendees"),
        (27, "votes_for"),
        (3, "votes_against"),
    ]


def test_spaced_thousands_are_no_tally() -> None:
    found = extract("За проект благоустройства проголосовали 3 456 жителей.", "2024-05-14")
    assert found["votes"] == []
    assert [(f["value"], f["role"]) for f in found["figures"]] == [(3456, "voters")]


def _roles(text: str) -> list[tuple]:
    figures = find_figures(text)
    find_votes(text, figures)
    return [(f["value"], f["role"]) for f in figures if f["is_people"]]


@pytest.mark.parametrize(
    ("text", "expected", "roles"),
    [
        (
            "Программу развития района приняли голосами 16 из 19.",
            [(16, None, None, False)],
            [(16, "votes_for"), (19, "attendees")],
        ),
        (
            "Новый председатель комиссии избран голосами 23 депутатов.",
            [(23, None, None, False)],
            [(23, "votes_for")],
        ),
        (
            "Изменения в положение о старостах поддержали 17 депутатов из 20.",
            [(17, None, None, False)],
            [(17, "votes_for"), (20, "attendees")],
        ),
        (
            "Кандидатуру на пост заместителя поддержали 14 из 18 депутатов.",
            [(14, None, None, False)],
            [(14, "votes_for"), (18, "attendees")],
        ),
        (
            "Отчёт ревизионной комиссии поддержали 24 депутата из 25 избранных.",
            [(24, None, None, False)],
            [(24, "votes_for"), (25, "members")],
        ),
    ],
)
def test_votes_for_out_of_those_voting(text: str, expected: list, roles: list) -> None:
    """The noun first («голосами 16 из 19») and «из N» after the supporters: those who voted."""
    assert votes(text) == expected
    assert _roles(text) == roles


def test_a_word_numeral_after_a_tally_digit_is_a_figure() -> None:
    text = "За смету проголосовали 15 депутатов, против — 4, три бюллетеня испорчены."
    assert votes(text) == [(15, 4, None, False)]
    assert [(f["value"], f["is_people"]) for f in find_figures(text)][-1] == (3, False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Бюджет поддержали 22 депутата. Голосовавших против не было, двое воздержались.",
            [(22, 0, 2, False)],
        ),
        (
            "Фракция «Единая Россия», 18 человек, голосовала за. Четверо коммунистов были против, "
            "один депутат от ЛДПР воздержался.",
            [(18, 4, 1, False)],
        ),
        ("Три депутата от КПРФ проголосовали против, остальные 20 — за.", [(20, 3, None, False)]),
    ],
)
def test_tallies_split_by_party(text: str, expected: list) -> None:
    assert votes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Кандидатуру Павла Юдина поддержали 13 депутатов, Инну Гордееву — 8.",
            [(13, None, None, False), (8, None, None, False)],
        ),
        (
            "Кандидатуру Олега Кима поддержали 17 из 25 депутатов, Романа Волкова — 6.",
            [(17, None, None, False), (6, None, None, False)],
        ),
        ("Проект поддержали 15 депутатов, Иванов был против.", [(15, None, None, False)]),
    ],
)
def test_the_next_candidate_with_the_verb_left_out(text: str, expected: list) -> None:
    assert votes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected", "roles"),
    [
        (
            "«За» эту кандидатуру было подано 15 голосов, «против» — 3, два бюллетеня испорчены.",
            [(15, 3, None, False)],
            [(15, "votes_for"), (3, "votes_against")],
        ),
        (
            "За новую редакцию устава отдано 21 голос, против — 2.",
            [(21, 2, None, False)],
            [(21, "votes_for"), (2, "votes_against")],
        ),
        (
            "Решение о бюджете принято. Голосовали 11 депутатов, все — «за».",
            [(11, None, None, False)],
            [(11, "attendees")],
        ),
    ],
)
def test_votes_cast_and_all_of_those_voting(text: str, expected: list, roles: list) -> None:
    assert votes(text) == expected
    assert _roles(text) == roles


def test_the_rival_after_got_votes_with_the_verb_left_out() -> None:
    text = "Ирина Пахомова получила 19 голосов, её соперник Денис Уваров — 6."
    assert votes(text) == [(19, None, None, False), (6, None, None, False)]
    assert _roles(text) == [(19, "votes_for"), (6, "votes_for")]


def test_the_whole_before_a_quoted_side_is_no_side() -> None:
    text = "Из 21 депутата «за» проголосовали 17. Против выступили трое."
    assert votes(text) == [(17, 3, None, False)]
    assert _roles(text) == [(21, "members"), (17, "votes_for"), (3, "votes_against")]


def test_the_rest_after_a_sentence_about_deputies_support() -> None:
    text = "Четверо депутатов покинули зал перед голосованием. Оставшиеся 17 поддержали проект."
    assert votes(text) == [(17, None, None, False)]
    assert _roles(text) == [(4, "other"), (17, "votes_for")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Из 20 депутатов на заседание пришли 17. Отставку поддержали 11 человек, "
            "против было 6.",
            [(11, 6, None, False)],
        ),
        (
            "Петров получил 14 голосов из 21, Сидоров — 7.",
            [(14, None, None, False), (7, None, None, False)],
        ),
        ("На сессии обращение жителей поддержали 300 человек.", []),
    ],
)
def test_people_at_a_sitting_and_the_rival_after_votes_out_of(text: str, expected: list) -> None:
    assert votes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "За принятие решения проголосовало большинство депутатов – 16 из 20.",
            [(16, None, None, False)],
        ),
        ("Решение принято большинством голосов: 18 из 25.", [(18, None, None, False)]),
    ],
)
def test_a_majority_then_how_many_of_those_voting(text: str, expected: list) -> None:
    assert votes(text) == expected
    find_votes(text, figs := find_figures(text))
    roles = [(f["value"], f["role"]) for f in figs if f["is_people"]]
    assert roles[0] == (expected[0][0], "votes_for")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a compound word numeral after the verb is one number, not its last word
        (
            "За решение проголосовали двадцать три депутата, против – двое.",
            [(23, 2, None, False)],
        ),
        ("За проект высказались тридцать один депутат.", [(31, None, None, False)]),
        # a count between dashes, then the verb and the side
        ("Все присутствовавшие – 22 депутата – проголосовали за.", [(22, None, None, False)]),
    ],
)
def test_compound_numerals_and_a_count_between_dashes(text: str, expected: list) -> None:
    assert votes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the question named between the verb and the count
        ("Поддержали проект 19 народных избранников, против – никто.", [(19, 0, None, False)]),
        ("Одобрили поправки 15 депутатов, двое воздержались.", [(15, None, 2, False)]),
        # a crowd backing a petition is no tally
        ("Поддержали обращение 300 жителей.", []),
    ],
)
def test_the_question_between_the_verb_and_the_count(text: str, expected: list) -> None:
    assert votes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a candidate's votes at a sitting, said by a participle
        (
            "Председателем Совета избран Сергей Кузнецов, получивший 15 голосов.",
            [(15, None, None, False)],
        ),
        ("Победил Олег Дронов, набравший 12 голосов.", [(12, None, None, False)]),
        # a share of an election's votes is no tally
        ("На выборах победил кандидат, набравший 4 200 голосов избирателей.", []),
    ],
)
def test_a_candidates_votes_said_by_a_participle(text: str, expected: list) -> None:
    assert votes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # both other sides none at once
        ("За – 14, против и воздержавшихся нет.", [(14, 0, 0, False)]),
        ("Проект поддержали 20 депутатов, против и воздержавшихся не было.", [(20, 0, 0, False)]),
        # «при» ties an unquoted «против» to its number
        ("Решение принято 17 голосами при одном против.", [(17, 1, None, False)]),
        (
            "Бюджет принят 19 голосами при двух воздержавшихся и одном против.",
            [(19, 1, 2, False)],
        ),
    ],
)
def test_both_sides_none_and_against_after_pri(text: str, expected: list) -> None:
    assert votes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the count after a dash that follows the verb, denied or not
        (
            "Поправку поддержали восемнадцать депутатов, не поддержали – четверо.",
            [(18, 4, None, False)],
        ),
        ("Проект не поддержали — 14 депутатов.", [(None, 14, None, False)]),
        ("Кандидатуру поддержали – 12 депутатов, против – 3.", [(12, 3, None, False)]),
        # a passive participle with the votes: «согласована», «утверждено», «одобрена»
        ("Кандидатура согласована большинством в 17 голосов.", [(17, None, None, False)]),
        ("Решение утверждено 18 голосами.", [(18, None, None, False)]),
        ("Поправка одобрена большинством в 14 голосов, против – 6.", [(14, 6, None, False)]),
        # a number of people after a dash is no tally without deputies
        ("Инициативу поддержали – 1 500 жителей.", []),
    ],
)
def test_a_tally_after_a_dash_or_a_passive_participle(text: str, expected: list) -> None:
    assert votes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a secret ballot at a sitting is a council's vote, though it has «бюллетени»
        (
            "Бюллетени для тайного голосования получили 24 депутата, за Лаврова отдано 19 голосов.",
            [(19, None, None, False)],
        ),
        (
            "Счётная комиссия вскрыла урну с бюллетенями: за Кузину подано 15 голосов.",
            [(15, None, None, False)],
        ),
        # an election's ballots are still no tally
        ("На выборах за Петрова отдано 17 тысяч голосов.", []),
        ("На участках за кандидата от партии отдано 1 200 голосов.", []),
    ],
)
def test_a_secret_ballot_at_a_sitting(text: str, expected: list) -> None:
    assert votes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «большинством в N голосов» before the verb or with none
        (
            "Большинством в 20 голосов депутаты приняли решение о самороспуске.",
            [(20, None, None, False)],
        ),
        ("Отчёт утверждён большинством в 15 голосов.", [(15, None, None, False)]),
        # «за и N против»: the against side right after the votes for
        ("Депутаты проголосовали 18 голосами за и 7 против.", [(18, 7, None, False)]),
        ("Решение принято 16 голосами «за» и 3 «против».", [(16, 3, None, False)]),
        # «за и против» with no tally before is none
        ("В городе за и против высказались 5 и 7 экспертов.", []),
    ],
)
def test_a_majority_of_n_votes_and_against_after_for(text: str, expected: list) -> None:
    assert votes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «N из M X проголосовали за»: the whole between the count and its side
        ("Четверо из семи членов комиссии проголосовали за.", [(4, None, None, False)]),
        ("16 из 21 депутата проголосовали против.", [(None, 16, None, False)]),
    ],
)
def test_a_side_after_a_part_of_a_whole(text: str, expected: list) -> None:
    assert votes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «человек» at a public assembly or poll are residents voting, no council's tally
        ("На сходе граждан за введение самообложения проголосовали 87 человек.", []),
        ("На собрании жителей за установку шлагбаума проголосовали 46 человек.", []),
        # at a sitting, or with nothing said, they are still a tally
        ("На заседании совета за отчёт проголосовали 12 человек.", [(12, None, None, False)]),
        ("За проект решения проголосовали 20 человек.", [(20, None, None, False)]),
    ],
)
def test_people_voting_at_a_public_assembly(text: str, expected: list) -> None:
    assert votes(text) == expected
