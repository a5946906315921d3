"""A run of a post (or a participle's clause) and «и» + a participle before one name: each
part's post goes to the name, and the first title stops before «и» + participle."""

from __future__ import annotations

import pytest

from tests.extraction.post_reading import posts_of


def test_fronted_run_gives_both_posts() -> None:
    text = (
        "Руководившая прежде комиссией по экологии и назначенная вчера заместителем мэра "
        "Дарья Ключникова провела совещание."
    )
    posts = posts_of(text, "Ключникова")
    assert ("заместитель мэра", "current") in posts
    assert all("назначенн" not in title for title, _ in posts)


def test_post_then_appointing_participle_before_the_name() -> None:
    text = (
        "Начальник управления культуры и назначенный накануне советником губернатора "
        "Аркадий Ремизов открыл выставку."
    )
    posts = posts_of(text, "Ремизов")
    assert ("начальник управления культуры", "current") in posts
    assert ("советник губернатора", "current") in posts


@pytest.mark.parametrize("participle", ["назначенный вчера", "избранный в марте"])
def test_aside_title_stops_before_the_participle(participle: str) -> None:
    text = (
        f"Тимофей Зарубин, возглавлявший комитет по транспорту и {participle} "
        "председателем думы, выступил с докладом."
    )
    titles = [title for title, _ in posts_of(text, "Зарубин")]
    assert "председатель комитета по транспорту" in titles
    assert not any(" и " in title for title in titles)


def test_and_before_a_complement_stays_in_the_title() -> None:
    # near miss: «и» + a noun or a non-nominative participle is part of the title
    text = "Начальник управления культуры и туризма Аркадий Ремизов открыл выставку."
    assert ("начальник управления культуры и туризма", "current") in posts_of(text, "Ремизов")


def test_an_undated_appointing_participle_alone_gives_no_post_of_the_run() -> None:
    # near miss: an undated «назначенный министром» stays a post yet to be taken
    text = "Назначенный министром Аркадий Ремизов приступит к работе в понедельник."
    assert ("министр", "current") not in posts_of(text, "Ремизов")
