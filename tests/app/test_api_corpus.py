"""A small hand-written corpus in the index contract shape, shared by the API, UI and monitor tests.

The texts are invented municipal news; the facts are written by hand (offsets are located in the
text rather than counted, so editing a sentence cannot silently break them).
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime


def _spans(body: str, surface: str) -> list[list[int]]:
    out, start = [], body.find(surface)
    assert start >= 0, f"{surface!r} not in text"
    while start >= 0:
        out.append([start, start + len(surface)])
        start = body.find(surface, start + 1)
    return out


def make_doc(
    n: int,
    title: str,
    body: str,
    published_at: str | None,
    source: str = "duma-zarechensk",
    people: tuple = (),
    regions: tuple = (),
    orgs: tuple = (),
    dates: tuple = (),
    figures: tuple = (),
) -> dict:
    url = f"https://duma.example.ru/news/{n}/"
    doc = {
        "id": hashlib.sha1(url.encode()).hexdigest()[:16],
        "url": url,
        "source": source,
        "title": title,
        "published_at": published_at,
        "body": body,
        "fetched_at": datetime(2024, 1, 1, tzinfo=UTC).isoformat(),
        "content_hash": hashlib.sha1(f"{title}\n{body}".encode()).hexdigest(),
        "extraction_version": "test-1",
        "entities": [],
        "people": [],
        "regions": [],
        "dates": [],
        "figures": [],
    }
    for key, last, first, middle, surfaces, posts in people:
        mentions = [m for s in surfaces for m in _spans(body, s)]
        doc["people"].append(
            {
                "key": key,
                "name": " ".join(p for p in (first, middle, last) if p),
                "last": last,
                "first": first,
                "middle": middle,
                "posts": [
                    {"title": t, "org": o, "place": p, "start": None, "end": None}
                    for t, o, p in posts
                ],
                "mentions": mentions,
            }
        )
        for s, e in mentions:
            normal = " ".join(p for p in (last, first, middle) if p)
            doc["entities"].append(
                {"type": "PER", "start": s, "end": e, "text": body[s:e], "normal": normal}
            )
    for code, name, surfaces in regions:
        mentions = [m for s in surfaces for m in _spans(body, s)]
        doc["regions"].append({"code": code, "name": name, "mentions": mentions})
        for s, e in mentions:
            doc["entities"].append(
                {"type": "LOC", "start": s, "end": e, "text": body[s:e], "normal": name}
            )
    for surface, normal in orgs:
        for s, e in _spans(body, surface):
            doc["entities"].append(
                {"type": "ORG", "start": s, "end": e, "text": surface, "normal": normal}
            )
    for iso, surface in dates:
        s, e = _spans(body, surface)[0]
        doc["dates"].append({"date": iso, "text": surface, "start": s, "end": e})
    for value, unit, role, surface in figures:
        s, e = _spans(body, surface)[0]
        doc["figures"].append(
            {
                "value": value,
                "unit": unit,
                "approx": "около" in surface,
                "is_people": role in ("participants", "members"),
                "role": role,
                "text": surface,
                "start": s,
                "end": e,
            }
        )
    doc["entities"].sort(key=lambda e: e["start"])
    return doc


SOKOLOV = "sokolov_andrey_viktorovich"
BELOVA = "belova_elena_sergeevna"
KRYLOV = "krylov_pavel_ivanovich"

GORDUMA = ("Городской Думы", "Городская Дума города Зареченска")


def corpus() -> list[dict]:
    b1 = (
        "23 ноября 2018 года состоялось очередное заседание Городской Думы. Председатель "
        "Городской Думы Андрей Викторович Соколов открыл заседание и предложил утвердить "
        "повестку.\n\nДепутаты рассмотрели проект бюджета на 2019 год объёмом 12,5 млн рублей. "
        "Глава администрации Павел Иванович Крылов рассказал о ремонте дорог в Калужской области."
    )
    b2 = (
        "На публичных слушаниях по благоустройству набережной собрались около 300 жителей. "
        "Слушания провела депутат Елена Сергеевна Белова. Она напомнила, что заявки "
        "принимаются до 10 декабря.\n\nПредседатель Думы Андрей Соколов поблагодарил "
        "участников. Соколову передали 45 письменных предложений."
    )
    b3 = (
        "Собрание ТОС «Заречье» прошло 5 марта 2019 года. В нём участвовали 120 членов "
        "товарищества и депутат Белова.\n\nЕлене Беловой вручили благодарственное письмо "
        "Законодательного Собрания Калужской области."
    )
    b4 = (
        "Делегация Зареченска посетила Тульскую область. Глава администрации Павел Крылов "
        "обсудил с коллегами опыт благоустройства дворов.\n\nВ Туле прошла встреча с "
        "представителями Министерства строительства."
    )
    b5 = (
        "В парке прошёл субботник, в котором приняли участие около 450 человек. Андрей "
        "Викторович Соколов и Павел Крылов высадили 80 деревьев.\n\nСледующий субботник "
        "назначен на 20 апреля."
    )
    b6 = (
        "Комиссия по бюджету рассмотрела отчёт об исполнении бюджета за первый квартал. "
        "Заседание вела Белова Е. С., председатель комиссии.\n\nДоходы составили 3,2 млн "
        "рублей."
    )
    return [
        make_doc(
            1,
            "Заседание Городской Думы 23 ноября",
            b1,
            "2018-11-23",
            people=(
                (
                    SOKOLOV,
                    "Соколов",
                    "Андрей",
                    "Викторович",
                    ("Андрей Викторович Соколов",),
                    [("председатель", "Городская Дума", "Зареченск")],
                ),
                (
                    KRYLOV,
                    "Крылов",
                    "Павел",
                    "Иванович",
                    ("Павел Иванович Крылов",),
                    [("глава администрации", "администрация", "Зареченск")],
                ),
            ),
            regions=(("RU-KLU", "Калужская область", ("Калужской области",)),),
            orgs=(GORDUMA,),
            dates=(("2018-11-23", "23 ноября 2018 года"),),
            figures=((12_500_000, "RUB", None, "12,5 млн рублей"),),
        ),
        make_doc(
            2,
            "Публичные слушания по набережной",
            b2,
            "2018-11-28",
            people=(
                (
                    BELOVA,
                    "Белова",
                    "Елена",
                    "Сергеевна",
                    ("Елена Сергеевна Белова",),
                    [("депутат", "Городская Дума", "Зареченск")],
                ),
                (
                    SOKOLOV,
                    "Соколов",
                    "Андрей",
                    "Викторович",
                    ("Андрей Соколов", "Соколову"),
                    [("председатель", "Дума", None)],
                ),
            ),
            dates=(("2018-12-10", "10 декабря"),),
            figures=(
                (300, None, "participants", "около 300 жителей"),
                (45, None, "other", "45 письменных предложений"),
            ),
        ),
        make_doc(
            3,
            "Собрание ТОС «Заречье»",
            b3,
            "2019-03-05",
            source="tos-zarechie",
            people=(
                (
                    BELOVA,
                    "Белова",
                    "Елена",
                    "Сергеевна",
                    ("Беловой", "депутат Белова"),
                    [("депутат", None, None)],
                ),
            ),
            regions=(("RU-KLU", "Калужская область", ("Калужской области",)),),
            orgs=(("Законодательного Собрания Калужской области", "Законодательное Собрание"),),
            dates=(("2019-03-05", "5 марта 2019 года"),),
            figures=((120, None, "members", "120 членов"),),
        ),
        make_doc(
            4,
            "Делегация Зареченска в Тульской области",
            b4,
            "2019-03-20",
            people=(
                (
                    KRYLOV,
                    "Крылов",
                    "Павел",
                    "Иванович",
                    ("Павел Крылов",),
                    [("глава администрации", None, None)],
                ),
            ),
            regions=(("RU-TUL", "Тульская область", ("Тульскую область",)),),
            orgs=(("Министерства строительства", "Министерство строительства"),),
        ),
        make_doc(
            5,
            "Субботник в парке",
            b5,
            "2019-04-13",
            people=(
                (
                    SOKOLOV,
                    "Соколов",
                    "Андрей",
                    "Викторович",
                    ("Андрей Викторович Соколов",),
                    [],
                ),
                (KRYLOV, "Крылов", "Павел", "Иванович", ("Павел Крылов",), []),
            ),
            dates=(("2019-04-20", "20 апреля"),),
            figures=(
                (450, None, "participants", "около 450 человек"),
                (80, None, "other", "80 деревьев"),
            ),
        ),
        make_doc(
            6,
            "Отчёт об исполнении бюджета",
            b6,
            None,
            people=(
                (
                    BELOVA,
                    "Белова",
                    "Елена",
                    "Сергеевна",
                    ("Белова Е. С.",),
                    [("председатель комиссии", "комиссия по бюджету", None)],
                ),
            ),
            figures=((3_200_000, "RUB", None, "3,2 млн рублей"),),
        ),
    ]


def test_corpus_offsets_point_at_their_text() -> None:
    for doc in corpus():
        for e in doc["entities"]:
            assert doc["body"][e["start"] : e["end"]] == e["text"]
        for f in doc["figures"] + doc["dates"]:
            assert doc["body"][f["start"] : f["end"]] == f["text"]
