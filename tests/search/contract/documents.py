"""Hand-written documents with facts in the export shape, so the backend contract does not depend
on how well extraction performs. Texts are our own."""

from __future__ import annotations

import hashlib
from copy import deepcopy


def _span(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def _doc(slug: str, title: str, body: str, published_at: str, source: str, **facts) -> dict:
    url = f"https://duma.example.ru/news/{slug}/"
    return {
        "id": hashlib.sha1(url.encode()).hexdigest()[:16],
        "url": url,
        "source": source,
        "title": title,
        "published_at": published_at,
        "body": body,
        "fetched_at": "2024-05-01T10:00:00+00:00",
        "content_hash": hashlib.sha1(f"{title}\n{body}".encode()).hexdigest(),
        "extraction_version": "test-1",
        "entities": facts.get("entities", []),
        "people": facts.get("people", []),
        "regions": facts.get("regions", []),
        "dates": facts.get("dates", []),
        "figures": facts.get("figures", []),
        **({"votes": facts["votes"]} if "votes" in facts else {}),
    }


def _person(key: str, name: str, text: str, *mentions: str) -> dict:
    last, first = name.split()[1], name.split()[0]
    return {
        "key": key,
        "name": name,
        "last": last,
        "first": first,
        "middle": None,
        "posts": [],
        "mentions": [list(_span(text, m)) for m in mentions],
    }


def _region(code: str, name: str, text: str, *mentions: str) -> dict:
    return {"code": code, "name": name, "mentions": [list(_span(text, m)) for m in mentions]}


def _org(text: str, mention: str, normal: str) -> dict:
    start, end = _span(text, mention)
    return {"type": "ORG", "start": start, "end": end, "text": mention, "normal": normal}


def _people_count(text: str, phrase: str, value: int, role: str, approx: str | None) -> dict:
    start, end = _span(text, phrase)
    return {
        "value": value,
        "unit": "человек",
        "approx": approx,
        "is_people": True,
        "role": role,
        "text": phrase,
        "start": start,
        "end": end,
    }


B1 = (
    "Глава города Заречного Андрей Волков провёл приём граждан. На встречу пришли около "
    "120 человек. Жители Калужской области спрашивали о ремонте дорог. Андрея Волкова "
    "поддержала Городская Дума города Заречного."
)
B2 = (
    "Публичные слушания по бюджету собрали 350 участников. Докладывала председатель комитета "
    "по бюджету Ирина Соколова. В обсуждении участвовали гости из Тульской и Калужской "
    "областей. Городская Дума города Заречного одобрила проект."
)
B3 = (
    "Съезд территориального общественного самоуправления прошёл в Воронежской области. "
    "Андрей Волков рассказал коллегам о работе ТОС. Участниками съезда стали около 500 человек."
)
B4 = (
    "В Пермском крае обсудили благоустройство дворов. Программу представил Олег Мельников. "
    "В городе действуют 40 ТОСов, которые объединяют 12 000 человек."
)
B5 = (
    "Молодёжный парламент подвёл итоги года. Ирине Соколовой вручили благодарность за "
    "помощь молодым депутатам."
)

DOCS = [
    _doc(
        "priem-grazhdan",
        "Андрей Волков провёл приём граждан",
        B1,
        "2018-03-14",
        "zarechny",
        people=[_person("волков андрей", "Андрей Волков", B1, "Андрей Волков", "Андрея Волкова")],
        regions=[_region("RU-KLU", "Калужская область", B1, "Калужской области")],
        entities=[_org(B1, "Городская Дума города Заречного", "Городская Дума города Заречного")],
        figures=[_people_count(B1, "около 120 человек", 120, "participants", "около")],
    ),
    _doc(
        "slushaniya-byudzhet",
        "Слушания по бюджету на 2019 год",
        B2,
        "2018-11-20",
        "zarechny",
        people=[_person("соколова ирина", "Ирина Соколова", B2, "Ирина Соколова")],
        regions=[
            _region("RU-TUL", "Тульская область", B2, "Тульской"),
            _region("RU-KLU", "Калужская область", B2, "Калужской"),
        ],
        entities=[_org(B2, "Городская Дума города Заречного", "Городская Дума города Заречного")],
        figures=[_people_count(B2, "350 участников", 350, "participants", None)],
    ),
    _doc(
        "sezd-tos",
        "Съезд ТОС в Воронежской области",
        B3,
        "2018-11-23",
        "tos-news",
        people=[_person("волков андрей", "Андрей Волков", B3, "Андрей Волков")],
        regions=[_region("RU-VOR", "Воронежская область", B3, "Воронежской области")],
        figures=[_people_count(B3, "около 500 человек", 500, "participants", "около")],
    ),
    _doc(
        "blagoustroystvo-perm",
        "Благоустройство дворов в Пермском крае",
        B4,
        "2019-02-05",
        "tos-news",
        people=[_person("мельников олег", "Олег Мельников", B4, "Олег Мельников")],
        regions=[_region("RU-PER", "Пермский край", B4, "Пермском крае")],
        figures=[_people_count(B4, "12 000 человек", 12000, "members", None)],
    ),
    _doc(
        "molodezhny-parlament",
        "Итоги года молодёжного парламента",
        B5,
        "2019-12-27",
        "zarechny",
        people=[_person("соколова ирина", "Ирина Соколова", B5, "Ирине Соколовой")],
    ),
]


def docs() -> list[dict]:
    """Fresh copies, so a test that edits one cannot leak into another."""
    return deepcopy(DOCS)
