"""Whole municipal news passages (written for these tests, in ``passages/``): every person and
every post with its status, as a reader of the passage would list them. Single sentences test
one shape each; a passage tests that the shapes, the anaphora and the deduplication of one post
said in several words work together."""

from __future__ import annotations

from pathlib import Path

import pytest

from extraction import extract

PASSAGES = Path(__file__).parent / "passages"

EXPECTED = {
    "appointments.txt": {
        "Миронов": [("глава", "current")],
        "Ковалёва": [
            ("руководитель молодёжного центра «Импульс»", "former"),
            ("руководитель управления по делам молодёжи", "current"),
        ],
        "Зуев": [
            ("руководитель управления по делам молодёжи", "former"),
            ("советник главы", "current"),
        ],
        "Никонова": [("начальник финансового управления", "acting")],
        "Гордеев": [("начальник управления", "former")],
        "Яковлева": [("председатель комитета по земельным отношениям", "current")],
        "Шубин": [("заместитель главы", "current")],
        "Ершов": [("руководитель учреждения", "acting")],
    },
    "council_report.txt": {
        # «сити-менеджер» and «парламентарий» said later are the posts named before
        "Фролов": [("глава администрации", "current"), ("первый заместитель главы", "former")],
        "Крылова": [("заместитель", "current")],
        "Баширов": [("заместитель", "current")],
        "Дёмин": [("председатель городского совета", "current")],
        "Кочетков": [("депутат", "current")],
        "Рощина": [("начальник управления образования", "current")],
    },
    "former_head_sentenced.txt": {
        "Орлов": [("глава администрации", "former")],
        "Семенов": [("глава", "acting")],
        "Гуляева": [("глава", "current")],
        "Левицкая": [("адвокат осуждённого", "current")],
        "Ершов": [("помощник прокурора района", "current")],
    },
    "residents_meeting.txt": {
        # «По словам Романа Тарасова»: his genitive, not a woman named Романа Тарасова
        "Соколова": [
            ("депутат городской думы", "current"),
            ("председатель комитета думы по социальной политике", "current"),
        ],
        "Гарипов": [("депутат городской думы", "current")],
        "Тарасов": [("заместитель главы администрации по ЖКХ", "current")],
        "Белова": [("начальник управления благоустройства", "current")],
    },
    "mayor_elected.txt": {
        "Вахрушев": [("глава", "current")],
        "Ланский": [("глава", "former")],
        "Тюрин": [("мэр", "acting"), ("первый вице-мэр", "current")],
        "Жданов": [("директор", "current")],
        "Анисимов": [("губернатор области", "acting")],
        "Ильин": [("секретарь гордумы", "current")],
    },
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_passage_people_and_posts(name: str) -> None:
    text = (PASSAGES / name).read_text(encoding="utf-8")
    found = {
        person["last"]: sorted((p["title"], p["status"]) for p in person["posts"])
        for person in extract(text, "2024-11-22")["people"]
    }
    assert found == {last: sorted(posts) for last, posts in EXPECTED[name].items()}
