"""Hand-written documents with vote tallies in the export shape, for the votes part of the
backend contract. Texts are our own."""

from __future__ import annotations

from copy import deepcopy

from tests.search.contract.documents import _doc, _span


def _tally(text: str, phrase: str, subject: str | None = None, **sides) -> dict:
    """A tally record as extraction writes it; ``sides`` are for_/against/abstained/unanimous."""
    start, end = _span(text, phrase)
    return {
        "for": sides.get("for_"),
        "against": sides.get("against"),
        "abstained": sides.get("abstained"),
        "unanimous": sides.get("unanimous", False),
        "subject": subject,
        "text": phrase,
        "start": start,
        "end": end,
    }


V1 = (
    "На сессии Городской Думы города Заречного депутаты голосовали за внесение изменений в "
    "бюджет: за — 25, против — 2, воздержались — 1. Изменения касаются ремонта школ."
)
V2 = (
    "Отчёт главы администрации о работе за год поддержали 18 депутатов, против — 7. "
    "Решение о переименовании улицы Садовой депутаты приняли единогласно."
)
V3 = "Проект программы благоустройства дворов поддержали 28 депутатов из 30."
V4 = "Совет ветеранов провёл встречу со школьниками. Пришли около 40 человек."
V5 = "Депутаты обсудили ремонт дорог, голосование перенесено на следующее заседание."
V6 = "Положение о звании «Почётный гражданин города» депутаты утвердили единогласно."

VOTE_DOCS = [
    _doc(
        "sessiya-byudzhet",
        "Дума изменила бюджет",
        V1,
        "2020-03-12",
        "zarechny",
        votes=[
            _tally(
                V1,
                "за — 25, против — 2, воздержались — 1",
                "внесение изменений в бюджет",
                for_=25,
                against=2,
                abstained=1,
            )
        ],
    ),
    _doc(
        "otchet-glavy",
        "Отчёт главы и новое имя улицы",
        V2,
        "2020-04-02",
        "zarechny",
        votes=[
            _tally(V2, "поддержали 18 депутатов, против — 7", for_=18, against=7),
            _tally(V2, "единогласно", unanimous=True, against=0, abstained=0),
        ],
    ),
    _doc(
        "programma-dvorov",
        "Программа благоустройства дворов",
        V3,
        "2020-05-20",
        "tos-news",
        votes=[_tally(V3, "поддержали 28 депутатов из 30", "Проект программы", for_=28)],
    ),
    # indexed before tallies were extracted: no ``votes`` field at all
    _doc("vstrecha-veteranov", "Встреча ветеранов со школьниками", V4, "2020-05-21", "tos-news"),
    _doc("doroga-perenos", "Голосование перенесли", V5, "2020-06-01", "zarechny", votes=[]),
    _doc(
        "pochetnye-grazhdane",
        "Положение о почётных гражданах",
        V6,
        "2020-06-15",
        "zarechny",
        votes=[_tally(V6, "единогласно", unanimous=True, against=0, abstained=0)],
    ),
]


def vote_docs() -> list[dict]:
    return deepcopy(VOTE_DOCS)


def with_against_at_least(n: int) -> set[str]:
    """What ``votes_against_min=n`` must find, read off the documents themselves."""
    return {
        d["id"]
        for d in VOTE_DOCS
        if any(v["against"] is not None and v["against"] >= n for v in d.get("votes") or [])
    }
