"""Heading a press service is a post of its own: the body after «пресс-служба» is the
service's, never the holder's («глава администрации» was given before)."""

from __future__ import annotations

import pytest

from extraction import extract


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Пресс-службой администрации руководит Анна Кротова.",
            "руководитель пресс-службы администрации",
        ),
        ("Пресс-службу мэрии возглавила Анна Кротова.", "руководитель пресс-службы мэрии"),
        (
            "Анна Кротова возглавляет пресс-службу городской думы.",
            "руководитель пресс-службы городской думы",
        ),
    ],
)
def test_heading_a_press_service(text: str, title: str) -> None:
    people = extract(text)["people"]
    assert [[q["title"] for q in p["posts"]] for p in people] == [[title]]
