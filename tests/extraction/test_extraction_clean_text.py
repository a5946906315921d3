"""Soft hyphens, zero-width and no-break spaces, tabs and runs of spaces inside web text read
as plain text, and every reported offset still slices the caller's string. Sentences
written for this test."""

from __future__ import annotations

import pytest

from extraction import extract
from extraction.clean_text import clean, span_back

PLAIN = (
    "Глава Калуги Дмитрий Денисов сообщил, что 15 мая около 5 700 человек вышли на субботник. "
    "Заместитель главы администрации Ирина Голованова поблагодарила волонтёров."
)
NOISY = (
    "Глава Ка\xadлуги Дмит\u200bрий  Денисов сообщил,\xa0что 15\xa0мая около 5\xa0700 человек "
    "вышли на суб\xadботник.\tЗаместитель гла\xadвы администрации Ирина\u00a0Голованова "
    "поблагодарила\ufeff волонтёров."
)


def summary(facts: dict) -> dict:
    return {
        "people": [(p["name"], [q["title"] for q in p["posts"]]) for p in facts["people"]],
        "figures": [(f["value"], f["role"]) for f in facts["figures"]],
        "dates": [d["date"] for d in facts["dates"]],
        "regions": [r["code"] for r in facts["regions"]],
        "entities": [(e["type"], e["normal"]) for e in facts["entities"]],
    }


def test_noisy_web_text_gives_the_facts_of_the_plain_text() -> None:
    assert summary(extract(NOISY, "2018-05-01")) == summary(extract(PLAIN, "2018-05-01"))


def test_every_offset_slices_the_callers_noisy_string() -> None:
    facts = extract(NOISY, "2018-05-01")
    for field in ("entities", "dates", "figures", "votes"):
        for item in facts[field]:
            assert NOISY[item["start"] : item["end"]] == item["text"]
    person = facts["people"][0]
    assert [NOISY[s:e] for s, e in person["mentions"]] == ["Дмит\u200bрий  Денисов"]
    assert NOISY[person["posts"][0]["start"] : person["posts"][0]["end"]] == "Глава Ка\xadлуги"
    assert [NOISY[s:e] for s, e in facts["regions"][0]["mentions"]] == ["Ка\xadлуги"]


@pytest.mark.parametrize(
    ("text", "cleaned"),
    [
        ("депу\xadтат", "депутат"),
        ("Иван\u200b Сомов", "Иван Сомов"),
        ("Иван  \t Сомов", "Иван Сомов"),
        ("5\xa0700", "5 700"),
        ("Решение принято.\n\nСледующее заседание", "Решение принято.\n\nСледующее заседание"),
    ],
)
def test_clean(text: str, cleaned: str) -> None:
    result, positions = clean(text)
    assert result == cleaned
    if positions is not None:
        assert len(positions) == len(result) + 1
        kept = [text[positions[i]] for i in range(len(result))]
        assert all(a in (b, "\xa0", "\t", "\n") for a, b in zip(kept, result, strict=True))


def test_a_clean_text_keeps_its_offsets() -> None:
    assert clean("Глава района Иван Сомов.") == ("Глава района Иван Сомов.", None)


def test_span_back_covers_the_dropped_characters_inside_a_span() -> None:
    text = "до суб\xadботника"
    result, positions = clean(text)
    assert positions is not None
    start = result.index("субботника")
    s, e = span_back(positions, start, start + len("субботника"))
    assert text[s:e] == "суб\xadботника"
