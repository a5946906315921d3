"""Renders the sample site's pages from `templates/` and the catalog, as text.

Boilerplate around the article body (menus, share block, related news, comments, cookie
banner, footer) is deliberate: it is what a crawler's text extraction has to strip.
"""

from __future__ import annotations

import datetime as dt
import zlib
from email.utils import format_datetime
from functools import cache
from html import escape
from importlib import resources
from string import Template
from urllib.parse import quote
from xml.sax.saxutils import escape as xml_escape

from sample_site import catalog
from sample_site.catalog import Article, ListingItem

MONTHS_GENITIVE = (
    "Января Февраля Марта Апреля Мая Июня Июля Августа Сентября Октября Ноября Декабря"
).split()
MSK = dt.timezone(dt.timedelta(hours=3))

COMMENTS = [
    ("Ольга", "Спасибо за работу! Хотелось бы, чтобы и до нашей улицы дошли руки."),
    ("Виталий К.", "А где можно посмотреть полный текст принятого документа?"),
    ("Наталья", "Были на встрече, всё по делу. Ждём результатов."),
    ("Андрей", "Хорошо бы о таких событиях сообщали заранее, а не после."),
    ("Людмила Ивановна", "Двор у нас до сих пор не освещён, напишите об этом тоже."),
    ("Дмитрий_З", "Интересно, сколько из обещанного сделают к лету."),
]


@cache
def template(name: str) -> Template:
    return Template((resources.files(__package__) / "templates" / name).read_text("utf-8"))


def ru_date(day: dt.date) -> str:
    """«26 Ноября 2018», the way the news pages print dates."""
    return f"{day.day} {MONTHS_GENITIVE[day.month - 1]} {day.year}"


def paragraphs_html(article: Article) -> str:
    return "\n".join(f"    <p>{escape(p, quote=False)}</p>" for p in article.paragraphs)


def layout(title: str, content: str, head: str = "") -> str:
    return template("layout.html").substitute(title=escape(title), content=content, head=head)


def plain_page(title: str, content: str) -> str:
    body = template("plain_page.html").substitute(title=escape(title), content=content)
    return layout(title, body)


def not_found() -> str:
    return template("not_found.html").substitute()


def _seed(article: Article) -> int:
    return zlib.crc32(article.slug.encode())


def home() -> str:
    latest = catalog.NEWS[:3]
    hrefs = [
        latest[0].path,
        latest[1].path + "?utm_source=main&utm_campaign=home",
        catalog.legacy_path(latest[2]),
    ]
    teasers = "\n".join(
        f'<div class="main-news__item"><a href="{escape(href)}">{escape(a.title)}</a>'
        f'<span class="news-date">{a.published:%d.%m.%Y}</span>'
        f"<p>{escape(a.teaser)}</p></div>"
        for a, href in zip(latest, hrefs, strict=True)
    )
    content = (
        '<section class="main-banner"><h1>Городская Дума города Зареченска</h1>'
        "<p>Представительный орган местного самоуправления седьмого созыва.</p></section>\n"
        f'<section class="main-news"><h2>Новости</h2>\n{teasers}\n'
        '<a class="all-news" href="/news/">Все новости</a></section>\n'
        '<section class="main-docs"><h2>Документы</h2>'
        '<a href="/documents/">Решения Городской Думы</a> | '
        '<a href="/upload/budget-2019.pdf">Бюджет для граждан 2019</a></section>'
    )
    return layout("Главная", content)


def _listing_item(item: ListingItem) -> str:
    return (
        f'  <div class="news-list__item">\n'
        f'    <a class="news-list__title" href="{item.path}">{escape(item.title)}</a>\n'
        f'    <span class="news-list__date">{item.published:%d.%m.%Y}</span>\n'
        f'    <p class="news-list__text">{escape(item.teaser)}</p>\n'
        f"  </div>"
    )


def bitrix_pager(base_path: str, param: str, page: int, pages: int) -> str:
    """Bitrix `modern` page navigation: page 1 is the bare path, others `?PAGEN_n=k`."""

    def href(n: int) -> str:
        return base_path if n == 1 else f"{base_path}?{param}={n}"

    parts = ['<div class="modern-page-navigation"><span class="modern-page-title">Страницы:</span>']
    if page > 1:
        parts.append(f'<a class="modern-page-previous" href="{href(page - 1)}">Предыдущая</a>')
    for n in range(1, pages + 1):
        if n == page:
            parts.append(f'<span class="modern-page-current">{n}</span>')
        else:
            parts.append(f'<a href="{href(n)}">{n}</a>')
    if page < pages:
        parts.append(f'<a class="modern-page-next" href="{href(page + 1)}">Следующая</a>')
    parts.append("</div>")
    return "\n".join(parts)


def news_listing(page: int) -> str | None:
    items = catalog.news_listing()
    pages = catalog.pages_of(len(items), catalog.NEWS_PER_PAGE)
    if not 1 <= page <= pages:
        return None
    start = (page - 1) * catalog.NEWS_PER_PAGE
    shown = "\n".join(_listing_item(i) for i in items[start : start + catalog.NEWS_PER_PAGE])
    content = (
        '<div class="breadcrumbs"><a href="/">Главная</a> / <span>Новости</span></div>\n'
        f'<h1>Новости</h1>\n<div class="news-list">\n{shown}\n</div>\n'
        + bitrix_pager("/news/", "PAGEN_1", page, pages)
    )
    return layout("Новости" if page == 1 else f"Новости — страница {page}", content)


def _date_markup(article: Article) -> tuple[str, str]:
    """(extra <head> markup, inner HTML of span.news-date) for the article's date style."""
    visible = ru_date(article.published)
    if article.date_markup == "meta":
        stamp = dt.datetime.combine(article.published, dt.time(10, 30), MSK).isoformat()
        return f'<meta property="article:published_time" content="{stamp}">\n', visible
    if article.date_markup == "time":
        return "", f'<time datetime="{article.published.isoformat()}">{visible}</time>'
    return "", visible


def related_news(article: Article) -> str:
    others = [a for a in catalog.NEWS if a is not article]
    start = _seed(article) % max(1, len(others))
    picked = (others[start:] + others[:start])[:3]
    return "\n".join(
        f'  <div class="related-news__item"><a href="{a.path}">{escape(a.title)}</a>'
        f"<p>{escape(a.teaser)}</p></div>"
        for a in picked
    )


def comments(article: Article) -> str:
    start = _seed(article) % len(COMMENTS)
    picked = [COMMENTS[start], COMMENTS[(start + 3) % len(COMMENTS)]]
    return "\n".join(
        f'  <div class="comment"><b class="comment__author">{escape(name)}</b>'
        f'<span class="comment__date">{article.published + dt.timedelta(days=i + 1):%d.%m.%Y}'
        f"</span><p>{escape(text)}</p></div>"
        for i, (name, text) in enumerate(picked)
    )


def news_article(article: Article, base_url: str) -> str:
    url = base_url + article.path
    head_date, date_html = _date_markup(article)
    head = f'<link rel="canonical" href="{url}">\n{head_date}'
    content = template("news_article.html").substitute(
        title=escape(article.title),
        date_html=date_html,
        views=100 + _seed(article) % 900,
        body=paragraphs_html(article),
        quoted_url=quote(url, safe=""),
        related=related_news(article),
        comments=comments(article),
    )
    return layout(article.title, content, head)


def _archive_page(title: str, content: str, charset_meta: bool) -> str:
    meta = '<meta charset="windows-1251">\n' if charset_meta else ""
    return template("archive_layout.html").substitute(
        charset_meta=meta, title=escape(title), content=content
    )


def wordpress_pager(page: int, pages: int) -> str:
    def href(n: int) -> str:
        return "/archive/" if n == 1 else f"/archive/page/{n}/"

    parts = ['<div class="nav-links">']
    if page > 1:
        parts.append(f'<a class="prev page-numbers" href="{href(page - 1)}">&laquo;</a>')
    for n in range(1, pages + 1):
        if n == page:
            parts.append(f'<span aria-current="page" class="page-numbers current">{n}</span>')
        else:
            parts.append(f'<a class="page-numbers" href="{href(n)}">{n}</a>')
    if page < pages:
        parts.append(f'<a class="next page-numbers" href="{href(page + 1)}">Следующая &raquo;</a>')
    parts.append("</div>")
    return "\n".join(parts)


def archive_listing(page: int) -> str | None:
    pages = catalog.pages_of(len(catalog.ARCHIVE), catalog.ARCHIVE_PER_PAGE)
    if not 1 <= page <= pages:
        return None
    start = (page - 1) * catalog.ARCHIVE_PER_PAGE
    posts = "\n".join(
        f'<div class="post"><h2><a href="{a.path}">{escape(a.title)}</a></h2>'
        f"<small>{a.published:%d.%m.%Y}</small><p>{escape(a.teaser)}</p>"
        f'<a class="more-link" href="{a.path}">Читать далее</a></div>'
        for a in catalog.ARCHIVE[start : start + catalog.ARCHIVE_PER_PAGE]
    )
    content = f'<h1 class="page-title">Архив новостей</h1>\n{posts}\n' + wordpress_pager(
        page, pages
    )
    return _archive_page("Архив новостей", content, charset_meta=False)


def archive_article(article: Article) -> str:
    content = template("archive_article.html").substitute(
        slug=article.slug,
        title=escape(article.title),
        date=f"{article.published:%d.%m.%Y}",
        body=paragraphs_html(article),
    )
    return _archive_page(article.title, content, charset_meta="meta" in article.charset_declared)


def robots(base_url: str) -> str:
    return (
        f"User-agent: *\nDisallow: /admin/\nDisallow: /search/\n\nSitemap: {base_url}/sitemap.xml\n"
    )


def sitemap(base_url: str) -> str:
    entries = [(a.path, a.published) for a in catalog.ARTICLES]
    entries += [(p, dt.date(2019, 4, 1)) for p in ("/", "/about/", "/contacts/", "/deputies/")]
    entries += [("/documents/", dt.date(2019, 4, 1))]
    urls = "\n".join(
        f"  <url><loc>{xml_escape(base_url + path)}</loc><lastmod>{day.isoformat()}</lastmod></url>"
        for path, day in entries
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        f"{urls}\n</urlset>\n"
    )


def rss(base_url: str) -> str:
    items = []
    for article in catalog.NEWS[:10]:
        link = f"{base_url}{article.path}?utm_source=rss&utm_medium=feed"
        stamp = dt.datetime.combine(article.published, dt.time(10, 30), MSK)
        items.append(
            "  <item>\n"
            f"    <title>{xml_escape(article.title)}</title>\n"
            f"    <link>{xml_escape(link)}</link>\n"
            f'    <guid isPermaLink="false">{article.slug}</guid>\n'
            f"    <pubDate>{format_datetime(stamp)}</pubDate>\n"
            f"    <description>{xml_escape(article.teaser)}</description>\n"
            "  </item>"
        )
    joined = "\n".join(items)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n'
        "  <title>Новости Городской Думы города Зареченска</title>\n"
        f"  <link>{base_url}/news/</link>\n"
        "  <description>Новости представительного органа города Зареченска</description>\n"
        "  <language>ru</language>\n"
        f"{joined}\n</channel>\n</rss>\n"
    )


def about() -> str:
    content = (
        "<p>Городская Дума города Зареченска – представительный орган местного самоуправления, "
        "состоящий из 25 депутатов, избираемых по одномандатным округам сроком на пять лет.</p>\n"
        "<p>Дума принимает Устав города, утверждает бюджет и отчёт о его исполнении, "
        "устанавливает местные налоги и контролирует работу администрации.</p>\n"
        "<p>Политика обработки персональных данных: сайт использует файлы cookie и сервисы "
        "веб-аналитики для улучшения работы.</p>"
    )
    return plain_page("О Думе", content)


def contacts() -> str:
    content = (
        "<p>Адрес: 249100, Россия, Калужская область, г. Зареченск, ул. Ленина, д. 12, "
        "кабинет 305.</p>\n"
        "<p>Приёмная: +7 (4842) 00-00-00, факс +7 (4842) 00-00-01.</p>\n"
        "<p>Общий отдел: +7 (4842) 00-00-02. E-mail: duma@zarechensk.example</p>\n"
        "<p>Часы приёма: понедельник – четверг с 9:00 до 18:00, пятница с 9:00 до 17:00, "
        "перерыв с 13:00 до 14:00.</p>\n"
        "<p>Приём граждан депутатами проводится по графику, запись по телефону приёмной.</p>"
    )
    return plain_page("Контакты", content)


def deputies() -> str:
    rows = "\n".join(
        f'<li><a href="{d.path}">{escape(d.name)}</a> – {escape(d.post)}, '
        f"избирательный округ № {d.district}</li>"
        for d in catalog.DEPUTIES
    )
    return plain_page("Депутаты", f'<ul class="deputies-list">\n{rows}\n</ul>')


def deputy(person: catalog.Deputy) -> str:
    content = (
        f"<p><b>{escape(person.post)}</b></p>\n"
        f"<p>Избирательный округ № {person.district}.</p>\n<p>{escape(person.bio)}</p>\n"
        "<p>Приём избирателей: первый вторник месяца, ул. Ленина, д. 12, кабинет 210. "
        "Запись по телефону +7 (4842) 00-00-00.</p>"
    )
    return plain_page(person.name, content)


def documents(page: int) -> str | None:
    per_page = catalog.DOCUMENTS_PER_PAGE
    pages = catalog.pages_of(len(catalog.DECISIONS), per_page)
    if not 1 <= page <= pages:
        return None
    rows = "\n".join(
        f'<tr><td><a href="{d.path}">Решение № {d.number} от {d.adopted:%d.%m.%Y}</a></td>'
        f"<td>{escape(d.title)}</td></tr>"
        for d in catalog.DECISIONS[(page - 1) * per_page : page * per_page]
    )
    content = (
        f'<table class="documents">\n<tr><th>Документ</th><th>Наименование</th></tr>\n{rows}\n'
        "</table>\n" + bitrix_pager("/documents/", "PAGEN_2", page, pages)
    )
    return plain_page("Документы", content)


def decision(item: catalog.Decision) -> str:
    title = f"Решение № {item.number} от {item.adopted:%d.%m.%Y} «{item.title}»"
    content = (
        f"<p>ГОРОДСКАЯ ДУМА ГОРОДА ЗАРЕЧЕНСКА</p>\n<p>РЕШЕНИЕ</p>\n"
        f"<p>от {item.adopted:%d.%m.%Y} № {item.number}</p>\n<p>{escape(item.title)}</p>\n"
        "<p>В соответствии с Федеральным законом от 06.10.2003 № 131-ФЗ «Об общих принципах "
        "организации местного самоуправления в Российской Федерации» и Уставом города "
        "Зареченска Городская Дума РЕШИЛА:</p>\n"
        "<p>1. Утвердить прилагаемый документ.</p>\n"
        "<p>2. Настоящее решение вступает в силу после его официального опубликования.</p>\n"
        "<p>Глава города Зареченска С.В. Петров</p>"
    )
    return plain_page(title, content)


def admin() -> str:
    content = (
        '<form method="post" action="/admin/"><label>Логин <input name="login"></label>'
        '<label>Пароль <input type="password" name="password"></label>'
        "<button>Войти</button></form>"
    )
    return plain_page("Авторизация", content)


def search(query: str) -> str:
    content = (
        '<form action="/search/" method="get">'
        f'<input name="q" value="{escape(query)}"><button>Найти</button></form>\n'
        "<p>По вашему запросу ничего не найдено.</p>"
    )
    return plain_page("Поиск", content)


PDF_BODY = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)
