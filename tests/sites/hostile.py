"""A hostile test site: «Совет депутатов Пограничного района», served over real HTTP.

Next to a handful of ordinary articles it holds pages built to stall, flood or garble a
crawler: 100,000 links on one page, 1,000 links in one ``<div>``, an endless pagination that
shows the same four articles on every page, another that invents new articles forever, a
sitemap.xml.gz (and a gzip-encoded sitemap) that unpack to 1 GiB, control characters and
double-escaped entities in articles, a windows-1251 page under a ``charset=utf-8`` header and a
UTF-8 page that declares UTF-16. All texts are fictional.
"""

from __future__ import annotations

import gzip
import html
import re
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

SITE_NAME = "Совет депутатов Пограничного района"
HUGE_LINKS = 100_000  # links on /arhiv/
BLOCK_LINKS = 1_000  # links in one <div> on /press/
BOMB_SIZE = 1 << 30  # what the sitemaps unpack to
_BOMB_MEMBER = 16 << 20  # one gzip member of zeros; the file repeats it


@dataclass(frozen=True)
class Story:
    """An article: what the page's source says (``*_html``) and what must be stored."""

    path: str
    day: str  # DD.MM.YYYY as printed
    title: str  # as stored: entities decoded once, control characters gone
    paragraphs: tuple[str, ...]
    title_html: str = ""  # source markup when it differs from html.escape(title)
    paragraphs_html: tuple[str, ...] = ()
    encoding: str = "utf-8"  # of the bytes served
    content_type: str = "text/html; charset=utf-8"
    meta_charset: str | None = "utf-8"

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)


GOOD = [
    Story(
        "/novosti/2021/03/sessiya-byudzhet.html",
        "25.03.2021",
        "Депутаты приняли поправки к бюджету района на 2021 год",
        (
            "На очередной сессии Совета депутатов Пограничного района приняты поправки к "
            "бюджету на 2021 год. Доходы увеличены на 46,2 млн рублей за счёт областных "
            "субсидий на ремонт дорог.",
            "Председатель Совета Ольга Викторовна Климова напомнила, что поправки прошли "
            "публичные слушания и согласованы с контрольно-счётной палатой.",
            "За решение проголосовали 17 депутатов из 19 присутствовавших.",
        ),
    ),
    Story(
        "/novosti/2021/03/priyom-grazhdan.html",
        "18.03.2021",
        "Депутаты провели выездной приём граждан в селе Каменка",
        (
            "В доме культуры села Каменка прошёл выездной приём граждан. К депутатам "
            "обратились 23 жителя, больше всего вопросов касалось водоснабжения.",
            "Депутат Сергей Петрович Овчинников пообещал добиться включения водопровода "
            "Каменки в районную программу на следующий год.",
        ),
    ),
    Story(
        "/novosti/2021/02/komissiya-zhkh.html",
        "26.02.2021",
        "Комиссия по ЖКХ проверила подготовку котельных",
        (
            "Постоянная комиссия по жилищно-коммунальному хозяйству осмотрела три "
            "котельные районного центра. Замечания касаются изношенных насосов.",
            "Администрации поручено к 1 мая представить график замены оборудования и "
            "расчёт стоимости работ.",
        ),
    ),
    Story(
        "/novosti/2021/02/molodezhnyj-sovet.html",
        "12.02.2021",
        "При Совете депутатов создан молодёжный совет",
        (
            "Решением Совета депутатов утверждено положение о молодёжном совете. В его "
            "состав войдут 15 человек в возрасте от 18 до 30 лет.",
            "Заявки принимаются до конца марта в приёмной Совета депутатов и по почте. "
            "Первое заседание молодёжного совета пройдёт в апреле.",
        ),
    ),
]

TRICKY = [
    Story(
        "/novosti/2021/01/upravlyayushchie-simvoly.html",
        "28.01.2021",
        "Утверждён план работы Совета депутатов на первое полугодие",
        (
            "Совет депутатов утвердил план работы на первое полугодие 2021 года. В нём "
            "восемь плановых сессий и четыре выездных заседания комиссий.",
            "Отдельным пунктом в план включён отчёт главы района о работе администрации "
            "за 2020 год.",
        ),
        title_html="Утверждён&#1; план работы Совета\x07 депутатов на первое полугодие",
        paragraphs_html=(
            "Совет депутатов утвердил план работы&#1; на первое полугодие 2021 года.\x02 В нём "
            "восемь плановых сессий и четыре выездных&#x1F; заседания комиссий.",
            "Отдельным пунктом в план включён отчёт главы района о работе администрации "
            "за 2020\x0b год.",
        ),
    ),
    Story(
        "/novosti/2021/01/razmetka-obrashchenij.html",
        "21.01.2021",
        "Разметка &lt;b&gt; в электронных обращениях больше не нужна",
        (
            "Приёмная Совета депутатов сообщает: форма электронного обращения больше не "
            "требует разметки &lt;b&gt; для выделения главного. Достаточно обычного текста.",
            "Обращения от ООО «Т&amp;К» и других организаций принимаются в той же форме, "
            "ответ направляется в течение 30 дней.",
        ),
        title_html="Разметка &amp;lt;b&amp;gt; в электронных обращениях больше не нужна",
        paragraphs_html=(
            "Приёмная Совета депутатов сообщает: форма электронного обращения больше не "
            "требует разметки &amp;lt;b&amp;gt; для выделения главного. Достаточно обычного "
            "текста.",
            "Обращения от ООО «Т&amp;amp;К» и других организаций принимаются в той же форме, "
            "ответ направляется в течение 30 дней.",
        ),
    ),
    Story(
        "/arhiv/2014/11/den-rajona.html",
        "15.11.2014",
        "День района отметили концертом и ярмаркой",
        (
            "Праздник в честь 90-летия Пограничного района собрал на центральной площади "
            "несколько тысяч жителей и гостей. Работала ярмарка фермерских хозяйств.",
            "Почётные грамоты Совета депутатов вручены двенадцати жителям района за "
            "многолетний добросовестный труд.",
        ),
        encoding="windows-1251",  # served under a header that says utf-8
        meta_charset=None,
    ),
    Story(
        "/novosti/2020/12/itogi-goda.html",
        "29.12.2020",
        "Председатель Совета подвела итоги года",
        (
            "На заключительной сессии года председатель Совета депутатов подвела итоги "
            "работы: проведено 11 сессий, принято 94 решения.",
            "Больше всего решений касалось бюджета и муниципального имущества, говорится в "
            "отчёте, опубликованном на сайте.",
        ),
        content_type="text/html",
        meta_charset="utf-16",  # on a UTF-8 page
    ),
]
STORIES = GOOD + TRICKY

MENU = (
    '<nav class="menu"><a href="/">Главная</a> <a href="/novosti/">Новости</a> '
    '<a href="/arhiv/">Архив</a> <a href="/press/">Пресс-центр</a> '
    '<a href="/kontakty/">Контакты</a></nav>'
)
FOOTER = (
    "<footer><p>© 2010–2021 Совет депутатов Пограничного района. Адрес: 682000, "
    "пос. Пограничный, ул. Советская, д. 1.</p></footer>"
)


def _page(title: str, content: str, meta_charset: str | None = "utf-8", menu: str = MENU) -> str:
    meta = f'<meta charset="{meta_charset}">' if meta_charset else ""
    return (
        f"<!DOCTYPE html><html lang='ru'><head>{meta}<title>{title} | {SITE_NAME}</title>"
        f"</head><body><header><div class='logo'>{SITE_NAME}</div>{menu}</header>"
        f"<main>{content}</main>{FOOTER}</body></html>"
    )


def story_page(story: Story, menu: str = MENU) -> bytes:
    title = story.title_html or html.escape(story.title, quote=False)
    paragraphs = story.paragraphs_html or tuple(
        html.escape(p, quote=False) for p in story.paragraphs
    )
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    content = (
        f"<article><h1>{title}</h1><div class='date'>{story.day}</div>"
        f"<div class='text'>{body}</div></article>"
    )
    # The <title> repeats the headline as the source has it (entities and all).
    text = _page(title, content, story.meta_charset, menu)
    return text.encode(story.encoding)


def _items(stories: list[Story]) -> str:
    return "".join(
        f"<div class='item'><a href='{s.path}'>{s.title_html or html.escape(s.title)}</a>"
        f"<span class='date'>{s.day}</span></div>"
        for s in stories
    )


def listing(
    stories: list[Story], title: str, next_href: str | None = None, menu: str = MENU
) -> bytes:
    more = f"<div class='pager'><a href='{next_href}'>Далее</a></div>" if next_href else ""
    content = f"<h1>{title}</h1><div class='news'>{_items(stories)}</div>{more}"
    return _page(title, content, menu=menu).encode()


def huge_page() -> bytes:
    """/arhiv/: 100,000 article-shaped links (behind robots.txt) in one list."""
    links = "".join(
        f"<li><a href='/zakryto/zapis-{i}.html'>Запись архива № {i}</a></li>"
        for i in range(HUGE_LINKS)
    )
    return _page("Архив", f"<h1>Архив записей</h1><ul class='news'>{links}</ul>").encode()


def block_page() -> bytes:
    """/press/: 1,000 dated article links in one <div>."""
    links = " ".join(
        f"<a href='/zakryto/zametka-{i}.html'>Заметка пресс-службы номер {i}</a> "
        f"{1 + i % 28:02d}.0{1 + i % 9}.2020"
        for i in range(BLOCK_LINKS)
    )
    return _page("Пресс-центр", f"<h1>Пресс-центр</h1><div class='news'>{links}</div>").encode()


def endless_story(page: int, slot: int) -> Story:
    return Story(
        f"/beskonechno/novost-{page}-{slot}.html",
        f"{1 + (page + slot) % 28:02d}.{1 + page % 12:02d}.2020",
        f"Сообщение пресс-службы № {page}-{slot} о работе комиссий",
        (
            f"Пресс-служба Совета депутатов сообщает о заседании комиссии № {slot + 1}. "
            "Рассмотрены обращения жителей о ремонте дорог и освещении улиц.",
            f"Следующее заседание комиссии назначено через {page % 20 + 7} дней, повестка "
            "будет опубликована заранее.",
        ),
    )


def gzip_bomb() -> bytes:
    """A gzip file of concatenated members that unpacks to ``BOMB_SIZE`` zero bytes (~1 MB)."""
    member = gzip.compress(bytes(_BOMB_MEMBER), compresslevel=9, mtime=0)
    return member * (BOMB_SIZE // _BOMB_MEMBER)


@dataclass
class Answer:
    status: int
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    encoding: str | None = None  # Content-Encoding


class HostileSite:
    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.hits: Counter[str] = Counter()
        self.lock = threading.Lock()
        bomb = gzip_bomb()
        by_path = {s.path: s for s in STORIES}
        self.static: dict[str, Answer] = {
            "/robots.txt": Answer(
                200,
                (
                    "User-agent: *\nDisallow: /zakryto/\n\n"
                    f"Sitemap: {base_url}/sitemap.xml.gz\nSitemap: {base_url}/sitemap-novosti.xml\n"
                ).encode(),
                "text/plain",
            ),
            "/sitemap.xml.gz": Answer(200, bomb, "application/x-gzip"),
            "/sitemap-novosti.xml": Answer(200, bomb, "application/xml", encoding="gzip"),
            "/": Answer(
                200,
                _page(
                    "Главная",
                    "<h1>Добро пожаловать</h1><p>Официальный сайт Совета депутатов.</p>"
                    "<p><a href='/novosti/'>Все новости</a> · <a href='/arhiv/'>Архив</a> · "
                    "<a href='/press/'>Пресс-центр</a> · "
                    "<a href='/trap/?page=1'>Лента сообщений</a></p>",
                ).encode(),
            ),
            "/novosti/": Answer(200, listing(STORIES, "Новости")),
            "/arhiv/": Answer(200, huge_page()),
            "/press/": Answer(200, block_page()),
        }
        for path, story in by_path.items():
            self.static[path] = Answer(200, story_page(story), story.content_type)

    def respond(self, raw_path: str) -> Answer:
        parts = urlsplit(raw_path)
        query = parse_qs(parts.query)
        if parts.path in self.static:
            return self.static[parts.path]
        page = int(query.get("page", ["0"])[-1]) if query.get("page", [""])[-1].isdigit() else 0
        if parts.path == "/trap/" and page >= 1:  # the same four articles on every page
            return Answer(200, listing(GOOD, "Лента", f"/trap/?page={page + 1}"))
        # A section of its own (no menu): four new articles on every page, forever.
        if parts.path == "/beskonechno/" and page >= 1:
            stories = [endless_story(page, slot) for slot in range(4)]
            next_href = f"/beskonechno/?page={page + 1}"
            return Answer(200, listing(stories, "Лента", next_href, menu=""))
        if match := re.fullmatch(r"/beskonechno/novost-(\d+)-(\d)\.html", parts.path):
            story = endless_story(int(match.group(1)), int(match.group(2)))
            return Answer(200, story_page(story, menu=""))
        return Answer(404, _page("Не найдено", "<h1>Страница не найдена</h1>").encode())

    def record(self, path: str) -> None:
        with self.lock:
            self.hits[path] += 1

    def count(self, prefix: str) -> int:
        with self.lock:
            return sum(n for path, n in self.hits.items() if path.startswith(prefix))


def _handler(site: HostileSite) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server naming)
            site.record(self.path)
            answer = site.respond(self.path)
            self.send_response(answer.status)
            self.send_header("Content-Type", answer.content_type)
            self.send_header("Content-Length", str(len(answer.body)))
            if answer.encoding:
                self.send_header("Content-Encoding", answer.encoding)
            self.end_headers()
            self.wfile.write(answer.body)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass

    return Handler


@contextmanager
def serve() -> Iterator[HostileSite]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    httpd.daemon_threads = True
    site = HostileSite(f"http://127.0.0.1:{httpd.server_address[1]}")
    httpd.RequestHandlerClass = _handler(site)
    thread = threading.Thread(target=httpd.serve_forever, name="hostile-site", daemon=True)
    thread.start()
    try:
        yield site
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)
