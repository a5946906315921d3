"""«после его ухода» / «после отставки Петрова» between a fronted post and its verb."""

from extraction import extract


def _posts(text: str, last: str) -> list[tuple[str, str | None]]:
    people = extract(text, "2024-06-01")["people"]
    person = next(p for p in people if p.get("last") == last)
    return [(q["title"], q.get("status")) for q in person["posts"]]


def test_possessive_departure_between_post_and_verb() -> None:
    text = (
        "Временно исполняющим обязанности главы Ленинского района после его отставки стал "
        "первый заместитель главы администрации Олег Карпов."
    )
    posts = _posts(text, "Карпов")
    assert ("глава", "acting") in posts or ("глава района", "acting") in posts
    assert ("первый заместитель главы администрации", "current") in posts


def test_named_departure_between_post_and_verb() -> None:
    text = "Исполняющим обязанности главы района после отставки Петрова стал Олег Карпов."
    assert ("глава района", "acting") in _posts(text, "Карпов")


def test_departure_noun_without_posle_stays_in_title() -> None:
    text = "Председателем комиссии по подготовке назначения стал Олег Карпов."
    titles = [t for t, _ in _posts(text, "Карпов")]
    assert not any(t == "председатель комиссии" for t in titles)
    assert all("после" not in t for t in titles)


def test_posle_with_other_noun_is_not_stepped_over() -> None:
    text = "Исполняющим обязанности главы района после выборов стал Олег Карпов."
    assert ("глава района", "acting") not in _posts(text, "Карпов")
