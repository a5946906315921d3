"""The item pipelines one article at a time, on Scrapy's test crawler with the project
settings and a real SQLite index opened by the crawl's ``CrawlContext``."""

from __future__ import annotations

import asyncio

import pytest
from scrapy.exceptions import DropItem, NotConfigured
from scrapy.utils.misc import build_from_crawler

from crawler.items import EXTRACTION_FIELDS, ArticleItem
from crawler.pipelines import CleanPipeline, DedupePipeline, ExtractPipeline, IndexPipeline
from tests.scrapy_crawler import context, test_crawler

BODY = (
    "Депутаты городской Думы Зареченска на заседании 14 марта утвердили новый порядок "
    "предоставления субсидий товариществам собственников жилья.\n\n"
    "Председатель комиссии по городскому хозяйству Ольга Николаевна Громова пояснила, что "
    "заявки теперь принимаются круглый год, а не только весной, как было раньше."
)
PROBE = "tests.sites.probe_extractor"


def article(url: str = "https://zarechensk-duma.ru/news/subsidii-tszh/", **fields) -> ArticleItem:
    values = {
        "url": url,
        "source": "zarechensk",
        "title": "Дума утвердила порядок субсидий ТСЖ",
        "published_at": "2024-03-14",
        "body": BODY,
        "fetched_at": "2024-03-15T08:00:00+00:00",
        **fields,
    }
    return ArticleItem(**values)


def cleaned(crawler, item: ArticleItem) -> ArticleItem:
    return build_from_crawler(CleanPipeline, crawler).process_item(item)


def index_settings(tmp_path) -> dict:
    return {"INDEX_TARGET": f"sqlite:///{tmp_path}/index.db", "INCREMENTAL": False}


def run_index(crawler, items: list[ArticleItem]) -> IndexPipeline:
    pipeline = build_from_crawler(IndexPipeline, crawler)
    for item in items:
        pipeline.process_item(item)
    pipeline.close_spider()
    return pipeline


def test_clean_normalises_text_and_fixes_identity_from_the_cleaned_values(tmp_path) -> None:
    crawler = test_crawler(INDEX_ENABLED=False)
    tidy = cleaned(crawler, article())
    messy = cleaned(
        crawler,
        article(title="  Дума утвердила\u00a0порядок субсидий ТСЖ ", body=BODY.replace(" ", "  ")),
    )
    assert messy["title"] == tidy["title"] == "Дума утвердила порядок субсидий ТСЖ"
    assert messy["body"] == tidy["body"] == BODY
    assert (messy["id"], messy["content_hash"]) == (tidy["id"], tidy["content_hash"])
    other = cleaned(crawler, article(body=BODY.replace("14 марта", "15 марта")))
    assert other["id"] == tidy["id"] and other["content_hash"] != tidy["content_hash"]


@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        ({"title": "   "}, "no title"),
        ({"body": "Коротко о заседании."}, "body too short"),
        ({"url": ""}, "without a URL"),
    ],
)
def test_clean_drops_what_is_not_an_article(fields, reason) -> None:
    crawler = test_crawler(INDEX_ENABLED=False, MIN_BODY_CHARS=100)
    with pytest.raises(DropItem, match=reason):
        cleaned(crawler, article(**fields))


def test_dedupe_drops_a_second_url_or_a_second_copy_of_the_text() -> None:
    crawler = test_crawler(INDEX_ENABLED=False)
    dedupe = build_from_crawler(DedupePipeline, crawler)
    first = cleaned(crawler, article())
    assert dedupe.process_item(first) is first
    with pytest.raises(DropItem, match="duplicate"):
        dedupe.process_item(cleaned(crawler, article()))
    with pytest.raises(DropItem, match="duplicate"):  # republished under another address
        dedupe.process_item(cleaned(crawler, article(url="https://zarechensk-duma.ru/news/42/")))
    other = cleaned(
        crawler,
        article(url="https://zarechensk-duma.ru/news/43/", body=BODY + "\n\nЗаявки — в ЖКХ."),
    )
    assert dedupe.process_item(other) is other
    assert crawler.stats.get_value("dumawatch/duplicates") == 2


def test_index_counts_new_updated_unchanged_into_the_crawls_context(tmp_path) -> None:
    first = test_crawler(**index_settings(tmp_path), INDEX_BATCH_SIZE=1)
    item = cleaned(first, article())
    run_index(first, [item])
    assert context(first).new_ids == {item["id"]} and not context(first).updated_ids
    assert first.stats.get_value("index/new") == 1
    context(first).close()

    again = test_crawler(**index_settings(tmp_path))
    changed = cleaned(again, article(body=BODY + "\n\nЗаявки принимает управление ЖКХ."))
    fresh = cleaned(again, article(url="https://zarechensk-duma.ru/news/tos/", title="ТОС"))
    run_index(again, [cleaned(again, article()), changed, fresh])
    ctx = context(again)
    assert ctx.updated_ids == {item["id"]} and ctx.new_ids == {fresh["id"]}
    assert again.stats.get_value("index/unchanged") == 1  # the first copy, before the change
    assert ctx.index is not None and ctx.index.get(item["id"])["body"] == changed["body"]
    ctx.close()


def test_without_an_index_the_index_stage_is_not_configured(tmp_path) -> None:
    crawler = test_crawler(INDEX_ENABLED=False)
    assert context(crawler).index is None and context(crawler).state is None
    with pytest.raises(NotConfigured):
        build_from_crawler(IndexPipeline, crawler)


def test_extraction_reuses_the_stored_facts_of_an_unchanged_text(tmp_path) -> None:
    settings = {**index_settings(tmp_path), "EXTRACTION_MODULE": PROBE, "EXTRACTION_WORKERS": 0}
    first = test_crawler(**settings)
    extract = build_from_crawler(ExtractPipeline, first)
    extract.open_spider()
    item = asyncio.run(extract.process_item(cleaned(first, article())))
    (probe,) = item["figures"]
    assert item["extraction_version"] == "probe-test-1"
    run_index(first, [item])
    context(first).close()

    again = test_crawler(**settings)
    extract = build_from_crawler(ExtractPipeline, again)
    extract.open_spider()
    same = asyncio.run(extract.process_item(cleaned(again, article())))
    assert same["figures"] == [probe]  # the stored facts, not a new run (its time would differ)
    assert again.stats.get_value("dumawatch/extraction_reused") == 1
    edited = asyncio.run(
        extract.process_item(cleaned(again, article(body=BODY + "\n\nЗаседание вела Громова.")))
    )
    assert edited["figures"] != [probe] and again.stats.get_value("dumawatch/extracted") == 1
    context(again).close()


def test_a_crawl_without_extraction_keeps_the_facts_the_index_holds(tmp_path) -> None:
    settings = {**index_settings(tmp_path), "EXTRACTION_MODULE": PROBE, "EXTRACTION_WORKERS": 0}
    first = test_crawler(**settings)
    extract = build_from_crawler(ExtractPipeline, first)
    extract.open_spider()
    item = asyncio.run(extract.process_item(cleaned(first, article())))
    run_index(first, [item])
    context(first).close()

    bare = test_crawler(**index_settings(tmp_path), EXTRACTION_ENABLED=False)
    with pytest.raises(NotConfigured):
        build_from_crawler(ExtractPipeline, bare)
    plain = cleaned(bare, article())
    for key in (*EXTRACTION_FIELDS, "extraction_version"):
        plain[key] = None
    run_index(bare, [plain])
    ctx = context(bare)
    assert ctx.index is not None
    stored = ctx.index.get(item["id"])
    assert stored["figures"] == item["figures"] and stored["extraction_version"] == "probe-test-1"
    assert bare.stats.get_value("index/unchanged") == 1
    ctx.close()
