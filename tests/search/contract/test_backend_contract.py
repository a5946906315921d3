"""What every index backend promises: idempotent upserts, Russian morphology, filters, facets,
highlights and complete exports. Runs against each backend in ``conftest.BACKENDS``."""

from __future__ import annotations

from datetime import date

import pytest

from search import SearchQuery
from tests.search.contract.documents import DOCS, docs

ID = {d["url"].rstrip("/").rsplit("/", 1)[1]: d["id"] for d in DOCS}


def refresh(backend) -> None:
    if hasattr(backend, "refresh"):
        backend.refresh()


def found(backend, **kw) -> set[str]:
    result = backend.search(SearchQuery(limit=100, **kw))
    assert result.total == len(result.hits)
    return {h.id for h in result.hits}


def test_upsert_reports_new_then_unchanged_then_updated(empty_backend):
    first = empty_backend.upsert(docs())
    assert sorted(first.new) == sorted(d["id"] for d in DOCS)
    refresh(empty_backend)
    again = empty_backend.upsert(docs())
    assert again.new == [] and again.updated == []
    assert len(again.unchanged) == len(DOCS)
    changed = docs()[0]
    changed["body"] += " Приём продлится до вечера."
    changed["fetched_at"] = "2024-06-01T00:00:00+00:00"
    report = empty_backend.upsert([changed])
    assert report.updated == [changed["id"]]
    refresh(empty_backend)
    assert empty_backend.count() == len(DOCS)
    assert empty_backend.get(changed["id"])["body"].endswith("до вечера.")


def test_refetch_without_change_is_unchanged(empty_backend):
    empty_backend.upsert(docs())
    refresh(empty_backend)
    again = docs()
    for d in again:
        d["fetched_at"] = "2030-01-01T00:00:00+00:00"
    assert len(empty_backend.upsert(again).unchanged) == len(DOCS)


def test_get_returns_document_as_stored(backend):
    for d in DOCS:
        assert backend.get(d["id"]) == d
    assert backend.get("no-such-id") is None


def test_known_maps_ids_to_content_hashes(backend):
    known = backend.known([DOCS[0]["id"], "missing"])
    assert known == {DOCS[0]["id"]: DOCS[0]["content_hash"]}


def test_surname_in_any_case_form_finds_every_form(backend):
    # «Волков» in the query; the texts have «Волков» and «Волкова»
    assert found(backend, text="Волковым") == {ID["priem-grazhdan"], ID["sezd-tos"]}
    sokolova = {ID["slushaniya-byudzhet"], ID["molodezhny-parlament"]}
    assert found(backend, text="Соколову") == sokolova


def test_noun_in_any_case_form(backend):
    assert found(backend, text="область") == {
        ID["priem-grazhdan"],
        ID["slushaniya-byudzhet"],
        ID["sezd-tos"],
    }
    assert found(backend, text="областях") == found(backend, text="область")


def test_all_words_must_match(backend):
    assert found(backend, text="Волков съезд") == {ID["sezd-tos"]}


def test_quoted_phrase_keeps_word_order(backend):
    assert found(backend, text='"публичные слушания"') == {ID["slushaniya-byudzhet"]}
    assert found(backend, text='"слушания публичные"') == set()


@pytest.mark.parametrize(
    "text", ['"Волков', "AND OR", "Волков AND (", "NEAR(", "*", "-", '""', "bm25(", "'; DROP"]
)
def test_stray_quotes_and_operators_never_fail(backend, text):
    backend.search(SearchQuery(text=text))
    assert backend.count() == len(DOCS)


def test_unknown_word_finds_nothing(backend):
    result = backend.search(SearchQuery(text="космодром"))
    assert result.total == 0 and result.hits == []


def test_title_match_ranks_first(backend):
    hits = backend.search(SearchQuery(text="благоустройство")).hits
    assert hits[0].id == ID["blagoustroystvo-perm"]


def test_snippet_marks_original_words(backend):
    hit = backend.search(SearchQuery(text="Волкова")).hits
    snippets = {h.id: h.snippet for h in hit}
    assert "<mark>Андрея</mark>" not in snippets[ID["priem-grazhdan"]]
    assert "<mark>Волкова</mark>" in snippets[ID["priem-grazhdan"]]
    assert "<mark>Волков</mark>" in snippets[ID["sezd-tos"]]


def test_person_filter_by_key_and_by_name_forms(backend):
    expected = {ID["slushaniya-byudzhet"], ID["molodezhny-parlament"]}
    assert found(backend, person="соколова ирина") == expected
    assert found(backend, person="Ирине Соколовой") == expected
    assert found(backend, person="Соколова") == expected
    assert found(backend, person="И. Соколова") == expected
    assert found(backend, person="Петров") == set()


def test_region_filter_by_code_and_name(backend):
    kaluga = {ID["priem-grazhdan"], ID["slushaniya-byudzhet"]}
    assert found(backend, region="RU-KLU") == kaluga
    assert found(backend, region="ru-klu") == kaluga
    assert found(backend, region="Калужская область") == kaluga
    assert found(backend, region="калужской области") == kaluga
    assert found(backend, region="Пермский край") == {ID["blagoustroystvo-perm"]}


def test_org_filter(backend):
    assert found(backend, org="Городская Дума города Заречного") == {
        ID["priem-grazhdan"],
        ID["slushaniya-byudzhet"],
    }
    assert found(backend, org="городской думы") == found(backend, org="Городская Дума")


def test_date_range_is_inclusive(backend):
    assert found(backend, since=date(2018, 11, 20), until=date(2018, 11, 23)) == {
        ID["slushaniya-byudzhet"],
        ID["sezd-tos"],
    }
    assert found(backend, since=date(2019, 1, 1)) == {
        ID["blagoustroystvo-perm"],
        ID["molodezhny-parlament"],
    }


def test_participants_range(backend):
    assert found(backend, figure_role="participants", figure_min=300) == {
        ID["slushaniya-byudzhet"],
        ID["sezd-tos"],
    }
    assert found(backend, figure_role="participants", figure_max=200) == {ID["priem-grazhdan"]}
    assert found(backend, figure_min=10000) == {ID["blagoustroystvo-perm"]}


def test_filters_combine_with_text(backend):
    assert found(backend, text="съезд", region="Воронежская область", since=date(2018, 1, 1)) == {
        ID["sezd-tos"]
    }
    assert found(backend, text="съезд", region="RU-PER") == set()


def test_facets_count_documents(backend):
    facets = backend.search(SearchQuery()).facets
    people = {f.value: (f.label, f.count) for f in facets["people"]}
    assert people["волков андрей"] == ("Андрей Волков", 2)
    assert people["соколова ирина"] == ("Ирина Соколова", 2)
    regions = {f.value: f.count for f in facets["regions"]}
    assert regions == {"RU-KLU": 2, "RU-TUL": 1, "RU-VOR": 1, "RU-PER": 1}
    assert {f.label: f.count for f in facets["sources"]} == {"zarechny": 3, "tos-news": 2}
    assert [f.count for f in facets["orgs"]] == [2]


def test_facets_follow_the_filters(backend):
    facets = backend.search(SearchQuery(region="RU-KLU")).facets
    assert {f.value for f in facets["people"]} == {"волков андрей", "соколова ирина"}
    assert {f.value: f.count for f in facets["regions"]} == {"RU-KLU": 2, "RU-TUL": 1}


def test_without_text_newest_first_and_paging(backend):
    all_hits = backend.search(SearchQuery(limit=100)).hits
    days = [h.published_at for h in all_hits]
    assert days == sorted(days, reverse=True)
    page2 = backend.search(SearchQuery(limit=2, offset=2))
    assert page2.total == len(DOCS)
    assert [h.id for h in page2.hits] == [h.id for h in all_hits[2:4]]


def test_pages_over_tied_scores_keep_one_order(empty_backend):
    """Ninety notices with the same text score the same: ties go newest first, then by id, and
    pages of any size join into that one order, even where a tie runs far past a page's end."""
    notices = []
    for i in range(90):
        d = docs()[0]
        d["url"] = f"https://duma.example.ru/notice/{i}/"
        d["id"] = f"notice-{i:03d}"
        d["title"] = "Объявление о приёме"
        d["body"] = "Депутат проведёт приём жителей округа."
        d["published_at"] = f"2024-03-{1 + i % 9:02d}T09:00:00+03:00"
        d["people"], d["regions"], d["entities"], d["figures"] = [], [], [], []
        notices.append(d)
    empty_backend.upsert(notices)
    refresh(empty_backend)
    whole = empty_backend.search(SearchQuery(text="приём", limit=100)).hits
    expected = sorted(notices, key=lambda d: (-int(d["published_at"][8:10]), d["id"]))
    assert [h.id for h in whole] == [d["id"] for d in expected]
    for size in (7, 10, 64):
        pages = []
        for offset in range(0, 90, size):
            result = empty_backend.search(SearchQuery(text="приём", limit=size, offset=offset))
            assert result.total == 90
            pages += [h.id for h in result.hits]
        assert pages == [h.id for h in whole]


def buckets(result) -> list[tuple[str, int]]:
    return [(b.key, b.count) for b in result.histogram]


def test_histogram_counts_every_match_by_date(backend):
    volkov = backend.search(SearchQuery(person="Волкова", histogram="month", limit=0))
    assert buckets(volkov) == [("2018-03", 1), ("2018-11", 1)] and volkov.hits == []
    sokolova = backend.search(SearchQuery(person="соколова ирина", histogram="year"))
    assert buckets(sokolova) == [("2018", 1), ("2019", 1)]
    by_day = backend.search(SearchQuery(text="область", histogram="day"))
    assert buckets(by_day) == [("2018-03-14", 1), ("2018-11-20", 1), ("2018-11-23", 1)]
    everything = backend.search(SearchQuery(histogram="year", limit=1))
    assert buckets(everything) == [("2018", 3), ("2019", 2)]
    assert backend.search(SearchQuery(text="космодром", histogram="month")).histogram == []
    assert backend.search(SearchQuery(text="«»", histogram="month")).histogram == []
    plain = backend.search(SearchQuery(text="область"))
    assert plain.histogram is None and "histogram" not in plain.to_json()


def test_histogram_leaves_undated_documents_out(empty_backend):
    undated = docs()[0]
    undated["published_at"] = None
    empty_backend.upsert([undated, docs()[1]])
    refresh(empty_backend)
    result = empty_backend.search(SearchQuery(histogram="month"))
    assert result.total == 2 and buckets(result) == [("2018-11", 1)]


def test_unknown_histogram_interval_is_refused():
    with pytest.raises(ValueError, match="day, month, year"):
        SearchQuery(histogram="week")


def test_delete(backend):
    assert backend.delete([DOCS[0]["id"], "missing"]) == 1
    refresh(backend)
    assert backend.get(DOCS[0]["id"]) is None
    assert found(backend, text="приём") == set()
    assert backend.count() == len(DOCS) - 1
    facets = backend.search(SearchQuery()).facets
    assert {f.value: f.count for f in facets["people"]}["волков андрей"] == 1
    assert {f.value: f.count for f in facets["regions"]}["RU-KLU"] == 1
    assert [f.count for f in facets["orgs"]] == [1]


def test_facet_counts_survive_updates(backend):
    changed = docs()[2]
    changed["people"] = []
    changed["body"] += " Дополнено."
    backend.upsert([changed, docs()[1]])
    refresh(backend)
    people = {f.value: f.count for f in backend.search(SearchQuery()).facets["people"]}
    assert people["волков андрей"] == 1 and people["соколова ирина"] == 2


def test_iter_documents_streams_everything_in_id_order(backend):
    out = list(backend.iter_documents())
    assert [d["id"] for d in out] == sorted(d["id"] for d in DOCS)
    assert out == sorted(DOCS, key=lambda d: d["id"])


def test_health(backend):
    health = backend.health()
    assert health["ok"] is True and health["documents"] == len(DOCS)


@pytest.mark.parametrize("text", ["\U00017000", "𗀀 Волков", "\u0301", "ё"])
def test_unnamed_and_odd_letters_are_just_unmatched_words(backend, text):
    backend.search(SearchQuery(text=text, person=text, region=text, org=text))
