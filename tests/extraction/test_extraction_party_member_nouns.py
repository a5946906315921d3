"""«спикер областного парламента коммунист Олег Сомов»: a party member's noun between a post
and a name describes the person; the title ends before it and still reaches the name. Alone
(«Единоросс Олег Сомов») it is no post, and a count of party members is nobody's post."""

from __future__ import annotations

from tests.extraction.post_reading import posts_of


def test_post_before_a_party_noun() -> None:
    text = "На сессии выступил спикер областного парламента коммунист Тарас Гуляев."
    assert posts_of(text, "Гуляев") == [("спикер областного парламента", "current")]


def test_party_noun_alone_is_no_post() -> None:
    assert posts_of("Самовыдвиженец Тарас Гуляев снял кандидатуру.", "Гуляев") == []


def test_count_of_members_is_no_post() -> None:
    text = "В думу прошли 18 единороссов, сообщил секретарь комиссии Тарас Гуляев."
    assert posts_of(text, "Гуляев") == [("секретарь комиссии", "current")]
