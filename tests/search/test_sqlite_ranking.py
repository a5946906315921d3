"""Ranking from the posting copy must give the page FTS5's own bm25() gives, ties newest first
then by id, on a real index file with common words, two-word queries and writes between
queries (the copy is built per change-log generation)."""

from __future__ import annotations

import random

import numpy as np
import pytest

from search import SearchQuery, open_index
from search.doc_values import int_column
from search.query_text import parse_query
from search.sqlite import TITLE_WEIGHT, fts_expression
from search.sqlite_rank import load_postings, term_postings
from tests.search.contract.documents import _doc

# base forms, so the stored lemmas are the words themselves; the first few are in most documents
WORDS = (
    "город работа депутат бюджет школа дорога совет решение парк мост вода свет "
    "площадь рынок театр музей больница сквер улица район"
).split()
WEIGHTS = [1.0 / (i + 1) for i in range(len(WORDS))]


def generated(rng: random.Random, count: int, start: int) -> list[dict]:
    """Short texts from a Zipf-like vocabulary: many documents share length and frequency,
    so score ties are common and only dates and ids order them."""
    out = []
    for n in range(start, start + count):
        title = " ".join(rng.choices(WORDS, WEIGHTS, k=rng.randint(1, 3)))
        body = " ".join(rng.choices(WORDS, WEIGHTS, k=rng.randint(3, 12)))
        day = f"2024-0{rng.randint(1, 9)}-{rng.randint(10, 28)}"
        out.append(_doc(f"gen-{n}", title, body, day, rng.choice(["a.ru", "b.ru"])))
    return out


def reference(index, text: str, limit: int) -> tuple[int, list[str]]:
    """Total and page ids by FTS5's bm25() over every matching row (the phrase path)."""
    expression = fts_expression(parse_query(text))
    db = index._db
    with index._lock:
        db.execute("BEGIN")
        try:
            values = index._doc_values()
            rows = int_column(
                db, "SELECT rowid AS v FROM doc_text WHERE doc_text MATCH ?", (expression,)
            )
            mask = values.present & values.rowids(rows)
            page = index._ranked(expression, values, mask, False, SearchQuery(text, limit=limit))
            marks = ",".join(str(r) for r, _ in page)
            sql = f"SELECT rowid, id FROM documents WHERE rowid IN ({marks})"
            ids = dict(db.execute(sql).fetchall())
        finally:
            db.commit()
    return int(mask.sum()), [ids[r] for r, _ in page]


QUERIES = ["город", "работа", "депутат", "город работа", "депутат бюджет", "сквер", "мост вода"]


@pytest.mark.parametrize("limit", [10, 50])
def test_posting_ranking_matches_fts5_bm25_across_writes(tmp_path, limit):
    rng = random.Random(13)
    index = open_index(f"sqlite:///{tmp_path / 'index.db'}")
    docs = generated(rng, 2500, 0)
    index.upsert(docs)
    for round_ in range(3):
        for text in QUERIES:
            result = index.search(SearchQuery(text, limit=limit))
            total, ids = reference(index, text, limit)
            assert result.total == total > 0, text
            assert [h.id for h in result.hits] == ids, (round_, text)
            scores = [h.score for h in result.hits]
            assert scores == sorted(scores, reverse=True)
        # writes between queries: new documents, changed texts, deletions
        index.upsert(generated(rng, 200, 10_000 * (round_ + 1)))
        changed = rng.sample(docs, 50)
        for doc in changed:
            doc["body"] = doc["body"] + " город город город"
        index.upsert(changed)
        index.delete([d["id"] for d in rng.sample(docs, 100)])


def test_filters_restrict_the_ranked_matches(tmp_path):
    rng = random.Random(7)
    index = open_index(f"sqlite:///{tmp_path / 'index.db'}")
    index.upsert(generated(rng, 1500, 0))
    everything = index.search(SearchQuery("город", limit=2000))
    only_a = index.search(SearchQuery("город", source="a.ru", limit=2000))
    assert 0 < only_a.total < everything.total
    expected = [h.id for h in everything.hits if h.source == "a.ru"]
    assert [h.id for h in only_a.hits] == expected[: len(only_a.hits)]
    assert only_a.total == len(expected)


def test_posting_copy_catches_up_with_small_writes_as_a_full_read_would(tmp_path):
    """After a few inserts, edits and deletions the cached postings are updated in place (a
    term not queried since stays cached) and equal, array for array, what a fresh read gives."""
    rng = random.Random(21)
    index = open_index(f"sqlite:///{tmp_path / 'index.db'}")
    docs = generated(rng, 1500, 0)
    index.upsert(docs)
    for text in ["город", "сквер", "мост", "театр"]:
        index.search(SearchQuery(text))
    cached = set(index._postings.terms)
    assert {"город", "сквер", "мост", "театр"} <= cached
    for round_ in range(3):
        index.upsert(generated(rng, 5, 50_000 + 10 * round_))
        edited = rng.sample(docs, 4)
        for doc in edited:
            doc["title"] = "театр " + doc["title"]
            doc["body"] = doc["body"].replace("город", "мост")
        index.upsert(edited)
        index.delete([docs.pop(rng.randrange(len(docs)))["id"] for _ in range(3)])
        result = index.search(SearchQuery("город работа"))
        copy = index._postings
        assert cached <= set(copy.terms), "a full read would have dropped the cached terms"
        with index._lock:
            index._db.execute("BEGIN")
            try:
                fresh = load_postings(index._db, copy.generation, len(copy.lengths))
                for term in sorted(cached):
                    want = term_postings(index._db, fresh, term, TITLE_WEIGHT)
                    got = copy.terms[term]
                    assert np.array_equal(got[0], want[0]), (round_, term)
                    assert np.array_equal(got[1], want[1]), (round_, term)
            finally:
                index._db.commit()
        assert copy.rows == fresh.rows and copy.avgdl == fresh.avgdl
        assert np.array_equal(copy.lengths, fresh.lengths)
        total, ids = reference(index, "город работа", 10)
        assert result.total == total and [h.id for h in result.hits] == ids
        for text in ["театр", "мост"]:
            total, ids = reference(index, text, 10)
            found = index.search(SearchQuery(text))
            assert found.total == total and [h.id for h in found.hits] == ids, text
