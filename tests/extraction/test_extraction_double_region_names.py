"""«главу Ярского района Кемеровской области — Кузбасса Олега Бурова»: a dash between a
region («области», «округа») and its second name in the same case («Кузбасса», «Югры») is
inside the post's phrase, so the name after it still holds the post; a dash before the name
itself stays a dash."""

from __future__ import annotations

import pytest

from tests.extraction.post_reading import posts_of


@pytest.mark.parametrize(
    "text",
    [
        "Губернатор наградил главу Ярского района Кемеровской области — Кузбасса Олега Бурова.",
        "Глава Тазовского района Ямало-Ненецкого автономного округа — Югры Олег Буров открыл "
        "школу.",
    ],
)
def test_region_with_second_name_keeps_the_post(text: str) -> None:
    assert [title.split()[0] for title, _ in posts_of(text, "Буров")] == ["глава"]


def test_dash_before_a_name_is_no_second_region_name() -> None:
    text = "В гостях у главы Кемеровской области — Игоря Сомова побывал Олег Буров."
    assert posts_of(text, "Буров") == []
    assert [t.split()[0] for t, _ in posts_of(text, "Сомов")] == ["глава"]
