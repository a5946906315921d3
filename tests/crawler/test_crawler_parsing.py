"""Page parsing without the network: dates, article bodies, listing links, feeds, sitemaps."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from parsel import Selector

from crawler.article import page_title, parse_article
from crawler.feeds import feed_entries, looks_like_feed, sitemap_entries
from crawler.listing import page_links
from crawler.page_dates import find_dates, page_date, parse_date, parse_machine_date

SITES = Path(__file__).resolve().parents[1] / "sites"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("26 Ноября 2018", date(2018, 11, 26)),
        ("Опубликовано: 26 ноября 2018 г., 14:30", date(2018, 11, 26)),
        ("5 мая 2019 года", date(2019, 5, 5)),
        ("1 марта 2019", date(2019, 3, 1)),
        ("12 сент. 2018", date(2018, 9, 12)),
        ("26.11.2018", date(2018, 11, 26)),
        ("05.03.2019 10:15", date(2019, 3, 5)),
        ("2018-11-26", date(2018, 11, 26)),
        ("31.02.2018", None),
        ("26.11.2318", None),
        ("Решение № 45", None),
        ("телефон 24-11-2018", None),
    ],
)
def test_parse_date(text: str, expected: date | None) -> None:
    assert parse_date(text) == expected


def test_find_dates_in_order_with_offsets() -> None:
    text = "Заседание 23 ноября 2018 перенесено на 05.12.2018."
    found = list(find_dates(text))
    assert [d for d, _, _ in found] == [date(2018, 11, 23), date(2018, 12, 5)]
    assert text[found[0][1] : found[0][2]] == "23 ноября 2018"


def test_machine_dates_keep_the_local_day() -> None:
    assert parse_machine_date("2018-11-26T23:30:00+03:00") == date(2018, 11, 26)
    assert parse_machine_date("2018-11-26T10:00:00Z") == date(2018, 11, 26)
    assert parse_machine_date("26.11.2018") == date(2018, 11, 26)
    assert parse_machine_date("не дата") is None


def _page(head: str = "", body: str = "") -> Selector:
    return Selector(text=f"<html><head>{head}</head><body>{body}</body></html>")


def test_page_date_prefers_metadata_then_time_then_visible() -> None:
    visible = "<h1>Заголовок</h1><p>12.10.2018</p>"
    meta = '<meta property="article:published_time" content="2018-10-11T09:00:00+03:00">'
    timed = '<time datetime="2018-10-10">10 октября</time>'
    assert page_date(_page(meta, timed + visible)) == date(2018, 10, 11)
    assert page_date(_page("", timed + visible)) == date(2018, 10, 10)
    assert page_date(_page("", visible)) == date(2018, 10, 12)
    assert page_date(_page("", "<h1>Без даты</h1><p>Текст</p>"), hint=date(2018, 1, 2)) == date(
        2018, 1, 2
    )


def test_visible_date_skips_comments_related_and_footer() -> None:
    body = (
        "<div class='comments'><p>Ольга, 27.11.2018</p></div>"
        "<h1>Сессия</h1><div class='other-news'>01.11.2018</div>"
        "<p class='lead'>Депутаты собрались 25 ноября 2018 года.</p>"
        "<footer>© 2009 — 2024, 01.01.2024</footer>"
    )
    assert page_date(_page("", body)) == date(2018, 11, 25)


def test_todays_date_in_the_page_header_is_ignored() -> None:
    body = (
        "<div class='top-line'><span class='header-date'>Сегодня: 26.11.2024</span></div>"
        "<div class='news'><div class='news-date'>05.03.2019</div><h1>Отчёт палаты</h1>"
        "<p>Текст.</p></div>"
    )
    assert page_date(_page("", body)) == date(2019, 3, 5)  # the date above the headline
    no_headline = body.replace("<h1>Отчёт палаты</h1>", "")
    assert page_date(_page("", no_headline)) == date(2019, 3, 5)


def test_html5_article_header_is_the_articles_own() -> None:
    page = (
        "<html><head><title>Сессия думы | Дума</title></head><body>"
        "<header><div class='logo'><h1>Городская Дума</h1></div>"
        "<span class='today-date'>26.11.2024</span></header><main><article><header>"
        "<h1>Сессия думы</h1><time>12 октября 2018</time></header><p>Текст.</p>"
        "</article></main></body></html>"
    )
    assert page_title(Selector(text=page)) == "Сессия думы"
    assert page_date(Selector(text=page)) == date(2018, 10, 12)


def test_json_ld_date() -> None:
    head = (
        '<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", '
        '"datePublished": "2019-03-14T12:00:00+03:00"}]}</script>'
    )
    assert page_date(_page(head, "<h1>x</h1>")) == date(2019, 3, 14)


ARTICLE = (SITES / "article_boilerplate.html").read_text(encoding="utf-8")


def test_parse_article_keeps_only_the_story() -> None:
    article = parse_article(ARTICLE, "http://x.ru/news/byudzhet-2019/")
    assert article is not None
    assert article.title == "Депутаты утвердили бюджет округа на 2019 год"
    assert article.published_at == date(2018, 11, 26)
    assert len(article.paragraphs) == 3
    assert article.paragraphs[0].startswith("На заседании Совета депутатов утверждён бюджет")
    assert "1,29 млрд рублей." in article.paragraphs[0]  # line breaks inside <p> are spaces
    for boilerplate in (
        "cookie",
        "Поделиться",
        "Другие новости",
        "слушания",
        "Ольга",
        "©",
        "+7 (4842)",
        "Главная",
        "26 Ноября",
    ):
        assert boilerplate not in article.body, boilerplate


def test_parse_article_with_source_selectors() -> None:
    article = parse_article(
        ARTICLE,
        selectors={"title": ".content > h1", "date": ".news-date", "body": ".news-detail"},
    )
    assert article is not None
    assert article.title == "Депутаты утвердили бюджет округа на 2019 год"
    assert article.body.count("\n\n") == 2
    assert "Поделиться" not in article.body


def test_title_is_not_the_site_name() -> None:
    page = (
        "<html><head><title>Сессия | Городская Дума города Зареченска</title>"
        '<meta property="og:site_name" content="Городская Дума города Зареченска"></head><body>'
        "<div class='site-logo'><h1>Городская Дума города Зареченска</h1></div>"
        "<div class='content'><h1>Сессия</h1></div></body></html>"
    )
    assert page_title(Selector(text=page)) == "Сессия"
    page = page.replace("class='site-logo'", "class='top'")
    assert page_title(Selector(text=page)) == "Сессия"  # og:site_name tells them apart


def test_parse_article_rejects_pages_without_a_story() -> None:
    page = "<html><body><h1>Контакты</h1><p>Телефон: +7 (4842) 00-00-00</p></body></html>"
    assert parse_article(page) is None


LISTING = (SITES / "listing_bitrix.html").read_text(encoding="utf-8")


def test_page_links_sorts_a_listing() -> None:
    links = page_links(Selector(text=LISTING), "http://x.ru/news/", ["x.ru"])
    assert links.articles == {
        "http://x.ru/news/sessiya-dumy-1/": date(2018, 11, 26),
        "http://x.ru/news/slushaniya-2/": date(2018, 11, 23),
        "http://x.ru/news/tos-severnyj-3/": date(2018, 11, 20),
        "http://x.ru/news/forum-4/": date(2018, 10, 18),
    }
    assert links.is_listing
    assert "http://x.ru/news/?PAGEN_1=2" in links.listings
    assert "http://x.ru/news/" in links.listings
    assert links.feeds == ["http://x.ru/news/rss/"]
    assert not any("deputies" in u or "documents" in u or "about" in u for u in links.listings)


def test_listing_with_short_links_is_known_by_its_dates() -> None:
    items = "".join(
        f"<div class='news-item'><b>Новость номер {i}</b><span>{10 + i}.11.2018</span>"
        f"<a href='/press/{100 + i}/'>Подробнее</a></div>"
        for i in range(5)
    )
    links = page_links(
        Selector(text=f"<html><body>{items}</body></html>"), "http://x.ru/", ["x.ru"]
    )
    assert links.main_articles == 0 and links.dated_articles == 5
    assert links.is_listing
    assert links.articles["http://x.ru/press/102/"] == date(2018, 11, 12)


def test_numbered_pages_are_listings_even_when_shaped_like_items() -> None:
    page = (
        "<html><body><a href='/novosti/sessiya-dumy-26-noyabrya/'>Сессия городской думы</a>"
        "<div class='pager'><a href='/novosti/2/'>2</a><a href='/novosti/3/'>3</a>"
        "<a href='/novosti/2/'>Следующая</a></div></body></html>"
    )
    links = page_links(Selector(text=page), "http://x.ru/novosti/", ["x.ru"])
    assert links.listings == ["http://x.ru/novosti/2/", "http://x.ru/novosti/3/"]
    assert list(links.articles) == ["http://x.ru/novosti/sessiya-dumy-26-noyabrya/"]


def test_page_links_on_an_article_is_not_a_listing() -> None:
    links = page_links(Selector(text=ARTICLE), "http://x.ru/news/byudzhet-2019/", ["x.ru"])
    assert not links.is_listing
    assert "http://x.ru/news/publichnye-slushaniya/" in links.articles


RSS = b"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>t</title>
<item><title>a</title><link>http://x.ru/news/a-1/?utm_source=rss</link>
<pubDate>Mon, 26 Nov 2018 10:00:00 +0300</pubDate></item>
<item><title>b</title><guid>http://x.ru/news/b-2/</guid></item></channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<entry><title>c</title><link rel="alternate" href="http://x.ru/news/c-3/"/>
<published>2019-03-14T12:00:00+03:00</published></entry></feed>"""

SITEMAP = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>http://x.ru/news/a-1/</loc><lastmod>2018-11-26</lastmod></url>
<url><loc>http://x.ru/about/</loc></url></urlset>"""

SITEMAP_INDEX = b"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>http://x.ru/sitemap-news.xml</loc></sitemap></sitemapindex>"""


def test_feeds() -> None:
    assert looks_like_feed(RSS) and looks_like_feed(ATOM) and not looks_like_feed(b"<html>")
    assert feed_entries(RSS) == [
        ("http://x.ru/news/a-1/?utm_source=rss", date(2018, 11, 26)),
        ("http://x.ru/news/b-2/", None),
    ]
    assert feed_entries(ATOM) == [("http://x.ru/news/c-3/", date(2019, 3, 14))]
    assert feed_entries(b"not xml at all") == []


def test_sitemaps() -> None:
    pages, children = sitemap_entries(SITEMAP)
    assert pages == [("http://x.ru/news/a-1/", date(2018, 11, 26)), ("http://x.ru/about/", None)]
    assert children == []
    assert sitemap_entries(SITEMAP_INDEX) == ([], ["http://x.ru/sitemap-news.xml"])


@pytest.mark.parametrize("encoding", ["windows-1251", "koi8-r"])
def test_undeclared_legacy_encodings_are_detected(encoding: str) -> None:
    """No charset in the header nor the page: Scrapy's detection (charset_normalizer) must
    still give the right Cyrillic, which the article parser then reads."""
    from scrapy.http import HtmlResponse

    from tests.sites import rechnoy

    post = rechnoy.POSTS[0]
    page = rechnoy.article_page(replace(post, encoding=encoding, meta_charset=False))
    assert "charset" not in page
    response = HtmlResponse(
        url="http://x.ru/novosti/a-1.html",
        body=page.encode(encoding, "xmlcharrefreplace"),
        headers={"Content-Type": "text/html"},
    )
    article = parse_article(response.text, response.url, sel=response.selector)
    assert article is not None
    assert (article.title, article.body) == (post.title, post.body)
