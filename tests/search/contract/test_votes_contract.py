"""Votes in every backend: tallies come back as stored, and ``votes_against_min`` (alone, with
text and other filters, after updates and deletes) finds the same documents on each."""

from __future__ import annotations

import random
import uuid
from datetime import date

import pytest

from search import SearchQuery, open_index
from tests.search.contract.documents import _doc
from tests.search.contract.vote_documents import VOTE_DOCS, vote_docs, with_against_at_least

ID = {d["url"].rstrip("/").rsplit("/", 1)[1]: d["id"] for d in VOTE_DOCS}


def refresh(backend) -> None:
    if hasattr(backend, "refresh"):
        backend.refresh()


def found(backend, **kw) -> set[str]:
    result = backend.search(SearchQuery(limit=100, **kw))
    assert result.total == len(result.hits)
    return {h.id for h in result.hits}


@pytest.fixture
def voted(empty_backend):
    empty_backend.upsert(vote_docs())
    refresh(empty_backend)
    return empty_backend


def test_the_expected_sets_follow_the_tallies():
    """What the filter tests below compare with, spelled out once."""
    unanimous = {ID["otchet-glavy"], ID["pochetnye-grazhdane"]}
    assert with_against_at_least(0) == {ID["sessiya-byudzhet"], *unanimous}
    assert with_against_at_least(2) == {ID["sessiya-byudzhet"], ID["otchet-glavy"]}
    assert with_against_at_least(3) == {ID["otchet-glavy"]}
    assert with_against_at_least(8) == set()


def test_votes_round_trip_in_get_and_iter_documents(voted):
    for d in VOTE_DOCS:
        assert voted.get(d["id"]) == d
    assert list(voted.iter_documents()) == sorted(VOTE_DOCS, key=lambda d: d["id"])


@pytest.mark.parametrize("n", [0, 1, 2, 3, 7, 8, 1_000_000_000])
def test_votes_against_min(voted, n):
    assert found(voted, votes_against_min=n) == with_against_at_least(n)


def test_votes_filter_combines_with_text_and_other_filters(voted):
    assert found(voted, text="бюджет", votes_against_min=1) == {ID["sessiya-byudzhet"]}
    assert found(voted, text="бюджет", votes_against_min=3) == set()
    assert found(voted, source="zarechny", votes_against_min=3) == {ID["otchet-glavy"]}
    assert found(voted, until=date(2020, 3, 31), votes_against_min=0) == {ID["sessiya-byudzhet"]}


def test_facets_count_only_documents_with_such_tallies(voted):
    result = voted.search(SearchQuery(votes_against_min=0))
    assert {f.value: f.count for f in result.facets["sources"]} == {"zarechny": 3}


def test_votes_filter_follows_updates_and_deletes(voted):
    assert found(voted, votes_against_min=8) == set()  # a search before the writes
    changed = vote_docs()[0]
    changed["votes"][0]["against"] = 9
    changed["body"] += " Голоса пересчитали."
    cleared = vote_docs()[1]
    cleared["votes"] = []
    voted.upsert([changed, cleared])
    refresh(voted)
    assert found(voted, votes_against_min=8) == {ID["sessiya-byudzhet"]}
    assert found(voted, votes_against_min=3) == {ID["sessiya-byudzhet"]}
    voted.delete([ID["sessiya-byudzhet"]])
    refresh(voted)
    assert found(voted, votes_against_min=0) == {ID["pochetnye-grazhdane"]}


def test_odd_numbers_in_a_tally_are_kept_but_never_match(empty_backend):
    """A tally written by hand or by another tool may hold anything; it is stored as given and
    only whole counts take part in the filter."""
    text = "Депутаты голосовали дважды: против — два, затем против — 4."
    odd = _doc("strannye-chisla", "Странные числа", text, "2020-07-01", "zarechny")
    odd["votes"] = [
        {"for": True, "against": "два", "abstained": -3, "unanimous": "да", "subject": None},
        {"for": 1e300, "against": 2.5, "abstained": None, "unanimous": False, "subject": None},
        {"for": None, "against": 4, "abstained": None, "unanimous": False, "subject": None},
        "не запись",
    ]
    empty_backend.upsert([odd])
    refresh(empty_backend)
    assert empty_backend.get(odd["id"]) == odd
    assert found(empty_backend, votes_against_min=4) == {odd["id"]}
    assert found(empty_backend, votes_against_min=5) == set()


def test_a_negative_minimum_is_refused():
    with pytest.raises(ValueError, match="votes_against_min"):
        SearchQuery(votes_against_min=-1)


def random_tallies(rnd: random.Random, n: int) -> list[dict]:
    """Documents with 0-3 tallies each, some sides missing, some unanimous."""
    out = []
    for i in range(n):
        body = f"Заседание номер {i}: депутаты голосовали по вопросам повестки."
        doc = _doc(f"zasedanie-{i}", f"Заседание {i}", body, f"2021-01-{1 + i % 28:02d}", "duma")
        doc["votes"] = []
        for _ in range(rnd.randint(0, 3)):
            unanimous = rnd.random() < 0.2
            against = 0 if unanimous else rnd.choice([None, *range(12)])
            doc["votes"].append(
                {
                    "for": rnd.choice([None, rnd.randint(5, 40)]),
                    "against": against,
                    "abstained": 0 if unanimous else rnd.choice([None, *range(4)]),
                    "unanimous": unanimous,
                    "subject": None,
                    "text": body[:9],
                    "start": 0,
                    "end": 9,
                }
            )
        out.append(doc)
    return out


def test_sqlite_and_elasticsearch_agree_on_every_minimum(request, tmp_path):
    """The same documents in both backends: every minimum finds the same documents in each,
    and the documents the tallies say."""
    from tests.es_server import elastic_backend

    docs = random_tallies(random.Random(11), 80)
    sqlite = open_index(f"sqlite:///{tmp_path}/index.db")
    elastic = elastic_backend(request, f"votes-{uuid.uuid4().hex[:8]}")
    for backend in (sqlite, elastic):
        backend.upsert(docs)
    elastic.refresh()
    for n in range(13):
        expected = {
            d["id"]
            for d in docs
            if any(v["against"] is not None and v["against"] >= n for v in d["votes"])
        }
        assert found(sqlite, votes_against_min=n) == expected, n
        assert found(elastic, votes_against_min=n) == expected, n
    assert 0 < len(found(sqlite, votes_against_min=5)) < len(found(sqlite, votes_against_min=0))
    sqlite.close()
    elastic.close()
