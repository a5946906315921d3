"""`search --person` and a watchlist alert agree on who a name names, in every common form.

Each mention is a sentence of its own, run through the real extractor, upserted into a real
index (SQLite, and the Elasticsearch server) and watched by a real watchlist in a real state
store. Every row is (typed name, mentioned person, expected): the search filter and the alert
must both give the expected answer.
"""

from __future__ import annotations

import hashlib
import uuid

import pytest

from extraction import Extractor
from monitor.alerts import process_new_documents
from monitor.state import open_state
from monitor.watchlists import add_entry, create_watchlist
from search import SearchQuery, open_index

PUBLISHED = "2024-03-01"
MENTIONS = {
    "sergey": "Глава района Сергей Викторович Петров открыл после ремонта школу № 3.",
    "s.v.": "С докладом о бюджете на заседании выступил депутат Петров С.В.",
    "anna": "Заместитель главы администрации Анна Петрова рассказала о ремонте дорог.",
    "ivan": "Директор лицея Иван Петров поблагодарил строителей за новый спортзал.",
    "fedor": "Председатель комиссии Фёдор Семёнов предложил перенести слушания.",
    "olga": "Депутат Ольга Николаевна Сидорова внесла поправки в устав города.",
    "a.i.": "Врио мэра Кузнецов А.И. провёл совещание по вывозу мусора.",
}

ROWS = [
    # every way to write «Сергей Викторович Петров»
    ("Петров С.В.", "sergey", True),
    ("С.В. Петров", "sergey", True),
    ("С. В. Петров", "sergey", True),
    ("Сергей Викторович Петров", "sergey", True),
    ("Петров Сергей Викторович", "sergey", True),
    ("Сергей Петров", "sergey", True),
    ("Петров", "sergey", True),
    ("Петрова", "sergey", True),  # his genitive
    ("Петровым", "sergey", True),
    ("ПЕТРОВ СЕРГЕЙ", "sergey", True),
    ("петров сергей", "sergey", True),
    ("Петров Сергей Иванович", "sergey", False),  # another patronymic
    ("Петров И.", "sergey", False),
    ("Петрова Анна", "sergey", False),
    # the same man written with initials
    ("Петров С.В.", "s.v.", True),
    ("Сергей Викторович Петров", "s.v.", True),
    ("Сергей Петров", "s.v.", True),
    ("Иван Петров", "s.v.", False),
    # a woman of the same surname
    ("Петрова Анна", "anna", True),
    ("Анна Петрова", "anna", True),
    ("Петровой Анны", "anna", True),
    ("Петрова А.", "anna", True),
    ("Петров Сергей", "anna", False),
    ("Петров С.В.", "anna", False),
    # a namesake with another first name
    ("Иван Петров", "ivan", True),
    ("Петров И.", "ivan", True),
    ("Петров С.В.", "ivan", False),
    # ё written or not
    ("Семенов Федор", "fedor", True),
    ("Фёдор Семёнов", "fedor", True),
    ("СЕМЁНОВ", "fedor", True),
    ("Семенова Анна", "fedor", False),
    # a woman with a patronymic
    ("Сидорова О.Н.", "olga", True),
    ("Сидоровой Ольги Николаевны", "olga", True),
    ("Сидорова Ольга Петровна", "olga", False),
    # a man known only by his initials
    ("Кузнецов А.И.", "a.i.", True),
    ("Александр Кузнецов", "a.i.", True),
    ("Алексей Иванович Кузнецов", "a.i.", True),
    ("Кузнецов Б.И.", "a.i.", False),
]


@pytest.fixture(scope="module")
def documents() -> dict[str, dict]:
    """One indexed document per mention, its facts from the real extractor."""
    out = {}
    results = Extractor().pipe((text, PUBLISHED) for text in MENTIONS.values())
    for (label, text), facts in zip(MENTIONS.items(), results, strict=True):
        url = f"https://duma.example.ru/news/{label}/"
        out[label] = {
            **facts,
            "id": hashlib.sha1(url.encode()).hexdigest()[:16],
            "url": url,
            "source": "duma",
            "title": text[:40],
            "body": text,
            "published_at": PUBLISHED,
            "fetched_at": "2024-03-01T10:00:00+00:00",
            "content_hash": hashlib.sha1(text.encode()).hexdigest(),
        }
        assert len(out[label]["people"]) == 1, (label, out[label]["people"])
    return out


@pytest.fixture(params=["sqlite", pytest.param("elasticsearch", marks=pytest.mark.elasticsearch)])
def index(request, tmp_path, documents):
    if request.param == "sqlite":
        backend = open_index(f"sqlite:///{tmp_path}/index.db")
    else:
        from tests.es_server import elastic_backend

        backend = elastic_backend(request, f"names-{uuid.uuid4().hex[:8]}")
    backend.upsert(list(documents.values()))
    if hasattr(backend, "refresh"):
        backend.refresh()
    yield backend
    backend.close()


def test_search_and_watchlists_agree_on_every_name_form(index, documents, tmp_path) -> None:
    ids = {label: doc["id"] for label, doc in documents.items()}
    with open_state(tmp_path / "state.db") as state:
        entries = {}
        for n, (query, _, _) in enumerate(ROWS):
            watchlist = create_watchlist(state, f"row {n}")
            entries[add_entry(state, watchlist["id"], query).id] = n
        alerts = process_new_documents(state, index, list(ids.values()), deliver=False)
    alerted = {(entries[a["entry_id"]], a["doc_id"]) for a in alerts}

    wrong = []
    for n, (query, label, expected) in enumerate(ROWS):
        found = {h.id for h in index.search(SearchQuery(person=query, limit=50)).hits}
        searched = ids[label] in found
        watched = (n, ids[label]) in alerted
        if not (searched == watched == expected):
            wrong.append(f"{query!r} ~ {label}: search {searched}, watchlist {watched}")
    assert wrong == []
    assert len(ROWS) >= 30 and {e for _, _, e in ROWS} == {True, False}
