"""A generated municipal news site of any size, for crawl benchmarks.

Articles are put together from templates and word lists (officials and their posts, regions,
topics, counts, sums, dates), so every page differs the way real council news do. Pages are
rendered once into memory; the server answers from there, with ETag / Last-Modified and
``304 Not Modified`` as a real site's web server would, and counts the requests it serves.

    with serve(build_articles(2000)) as site:
        site.base_url, site.hits
"""

from __future__ import annotations

import hashlib
import random
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from email.utils import formatdate
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

PER_PAGE = 20
MONTHS = (
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря"
).split()

MEN = [
    ("Александр", "Сергеевич"), ("Игорь", "Викторович"), ("Владимир", "Николаевич"),
    ("Сергей", "Петрович"), ("Андрей", "Юрьевич"), ("Дмитрий", "Алексеевич"),
    ("Михаил", "Иванович"), ("Олег", "Геннадьевич"), ("Николай", "Фёдорович"),
    ("Павел", "Андреевич"), ("Евгений", "Борисович"), ("Виктор", "Степанович"),
]  # fmt: skip
WOMEN = [
    ("Елена", "Викторовна"), ("Ольга", "Николаевна"), ("Наталья", "Сергеевна"),
    ("Татьяна", "Ивановна"), ("Ирина", "Александровна"), ("Марина", "Юрьевна"),
    ("Светлана", "Петровна"), ("Людмила", "Михайловна"), ("Анна", "Владимировна"),
]  # fmt: skip
SURNAMES = [
    "Соколов", "Кузнецов", "Лебедев", "Морозов", "Волков", "Зайцев", "Белов", "Громов",
    "Тарасов", "Ершов", "Комаров", "Медведев", "Фролов", "Жуков", "Орлов", "Савельев",
    "Гусев", "Воронцов", "Сидоров", "Пахомов", "Ковалёв", "Никитин", "Баранов", "Крылов",
]  # fmt: skip
POSTS = [
    "председатель Городской Думы",
    "заместитель председателя Городской Думы",
    "глава городского самоуправления",
    "глава администрации города",
    "заместитель главы администрации города",
    "депутат Городской Думы по избирательному округу № {n}",
    "председатель комитета по бюджету и финансам",
    "председатель комитета по городскому хозяйству",
    "начальник управления образования",
    "руководитель контрольно-счётной палаты",
    "председатель совета ТОС «{tos}»",
    "начальник управления архитектуры и градостроительства",
]
CITIES = [
    ("Калуга", "Калуги", "Калужской области"),
    ("Тула", "Тулы", "Тульской области"),
    ("Воронеж", "Воронежа", "Воронежской области"),
    ("Пермь", "Перми", "Пермского края"),
    ("Ярославль", "Ярославля", "Ярославской области"),
    ("Рязань", "Рязани", "Рязанской области"),
    ("Владимир", "Владимира", "Владимирской области"),
    ("Кострома", "Костромы", "Костромской области"),
    ("Смоленск", "Смоленска", "Смоленской области"),
    ("Брянск", "Брянска", "Брянской области"),
    ("Орёл", "Орла", "Орловской области"),
    ("Тверь", "Твери", "Тверской области"),
    ("Киров", "Кирова", "Кировской области"),
    ("Липецк", "Липецка", "Липецкой области"),
]
TOS = ["Северный", "Спутник", "Заречье", "Берёзка", "Центральный", "Молодёжный", "Рабочий"]
STREETS = ["Ленина", "Гагарина", "Садовой", "Московской", "Пушкина", "Мира", "Советской"]
TOPICS = [
    ("zasedanie", "Очередное заседание Городской Думы",
     "На заседании депутаты рассмотрели {k} вопросов повестки дня, в том числе изменения "
     "в бюджет города на {year} год и положение о порядке проведения публичных слушаний."),
    ("byudzhet", "Депутаты утвердили изменения в бюджет",
     "Доходы бюджета увеличены на {money} млн рублей, расходы на благоустройство выросли "
     "на {pct}%. Дефицит бюджета не превышает {pct2}% от объёма собственных доходов."),
    ("slushaniya", "Публичные слушания по проекту генерального плана",
     "В слушаниях приняли участие около {people} жителей. Поступило {k} предложений, "
     "большинство из них касаются застройки микрорайона и сохранения зелёной зоны."),
    ("tos", "Собрание территориального общественного самоуправления",
     "На собрание ТОС «{tos}» пришли {people} жителей улицы {street}. Обсуждали ремонт "
     "дворовых территорий и освещение пешеходных дорожек."),
    ("remont-shkoly", "Депутаты проверили ход ремонта школы",
     "На капитальный ремонт школы № {n} из областного бюджета выделено {money} млн рублей. "
     "Подрядчик обещает завершить работы к 1 сентября, готовность объекта — {pct}%."),
    ("blagoustrojstvo", "Итоги сезона благоустройства дворов",
     "В этом году отремонтировано {k} дворов, установлено {k2} детских площадок. "
     "Общая стоимость работ составила {money} млн рублей, из них {pct}% — средства жителей."),
    ("transport", "Обсуждение новой маршрутной сети",
     "Пассажиропоток на городских маршрутах вырос на {pct}%. Жители улицы {street} "
     "просят вернуть автобус № {n}, под обращением подписались {people} человек."),
    ("otchet", "Отчёт главы города перед депутатами",
     "За год в городе построено {k} километров дорог и введено {k2} тысяч квадратных метров "
     "жилья. Собственные доходы бюджета составили {money} млн рублей."),
    ("molodezh", "Молодёжный парламент начал работу",
     "В состав молодёжного парламента вошли {k} человек в возрасте от 18 до 30 лет. "
     "На первом заседании присутствовали около {people} гостей."),
    ("subbotnik", "Общегородской субботник",
     "В субботнике приняли участие более {people} горожан. Вывезено {k} тонн мусора, "
     "высажено {k2} деревьев в сквере на улице {street}."),
]  # fmt: skip
CLOSINGS = [
    "Следующее заседание запланировано на {when}.",
    "Решение вступает в силу после официального опубликования.",
    "Вопрос останется на контроле профильного комитета Городской Думы.",
    "Депутаты договорились вернуться к обсуждению на заседании {when}.",
    "Результаты работы будут представлены жителям на встрече {when}.",
]


@dataclass(frozen=True)
class GeneratedArticle:
    slug: str
    path: str
    title: str
    published: date
    paragraphs: tuple[str, ...]

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)


def _day(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]}"


def _person(rng: random.Random) -> tuple[str, bool]:
    female = rng.random() < 0.4
    first, middle = rng.choice(WOMEN if female else MEN)
    last = rng.choice(SURNAMES) + ("а" if female else "")
    return f"{first} {middle} {last}", female


def _article(i: int, rng: random.Random, start: date) -> GeneratedArticle:
    published = start + timedelta(days=i // 3)
    key, title, lead = rng.choice(TOPICS)
    city, city_gen, region = rng.choice(CITIES)
    values = {
        "k": rng.randint(3, 40),
        "k2": rng.randint(2, 25),
        "n": rng.randint(1, 60),
        "money": f"{rng.randint(2, 480)},{rng.randint(1, 9)}",
        "pct": rng.randint(3, 60),
        "pct2": rng.randint(1, 10),
        "people": rng.choice([40, 70, 120, 150, 200, 300, 450, 600, 1500]),
        "tos": rng.choice(TOS),
        "street": rng.choice(STREETS),
        "year": published.year + 1,
        "when": _day(published + timedelta(days=rng.randint(7, 40))),
    }
    speaker, female = _person(rng)
    guest, guest_female = _person(rng)
    post = rng.choice(POSTS).format(**values)
    guest_post = rng.choice(POSTS).format(**values)
    said = "отметила" if female else "отметил"
    came = "выступила" if guest_female else "выступил"
    paragraphs = (
        f"{_day(published)} {published.year} года в городе {city_gen} прошло мероприятие: "
        f"{title.lower()}. Его открыл{'а' if female else ''} {post} {speaker}.",
        lead.format(**values),
        f"С докладом {came} {guest_post} {guest}. По словам докладчика, работа будет "
        f"продолжена совместно с правительством {region} и жителями микрорайонов.",
        f"«Мы видим, что жители готовы участвовать в решении городских вопросов, — {said} "
        f"{speaker.split()[-1]}. — Только за последний месяц поступило {values['k2'] * 7} "
        "обращений, и на каждое дан ответ».",
        rng.choice(CLOSINGS).format(**values),
    )
    slug = f"{key}-{published:%Y%m%d}-{i}"
    return GeneratedArticle(slug, f"/news/{slug}/", f"{title}: {city}", published, paragraphs)


def build_articles(count: int, seed: int = 2019) -> list[GeneratedArticle]:
    rng = random.Random(seed)
    start = date(2017, 1, 9)
    return [_article(i, rng, start) for i in range(count)]


LAYOUT = """<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8">
<title>{title} — Городская Дума</title>{head}</head><body>
<div class="top-bar">Официальный сайт Городской Думы</div>
<ul class="menu"><li><a href="/">Главная</a></li><li><a href="/news/">Новости</a></li>
<li><a href="/about/">О Думе</a></li><li><a href="/contacts/">Контакты</a></li></ul>
<main>{main}</main>
<footer><p>© 2009 — 2024, Городская Дума. 248000, ул. Ленина, 1. Телефон +7 (4842) 00-00-00</p>
</footer></body></html>"""


def article_page(article: GeneratedArticle, base_url: str) -> str:
    d = article.published
    body = "".join(f"<p>{escape(p)}</p>" for p in article.paragraphs)
    main = (
        f'<div class="breadcrumbs"><a href="/">Главная</a> / <a href="/news/">Новости</a></div>'
        f"<h1>{escape(article.title)}</h1>"
        f'<span class="news-date">{d.day} {MONTHS[d.month - 1].capitalize()} {d.year}</span>'
        f'<div class="news-detail">{body}</div>'
        '<div class="share">Поделиться: ВКонтакте Одноклассники Telegram</div>'
    )
    head = f'<link rel="canonical" href="{base_url}{article.path}">'
    return LAYOUT.format(title=escape(article.title), head=head, main=main)


def listing_page(articles: list[GeneratedArticle], page: int, pages: int) -> str:
    items = "".join(
        f'<div class="news-item"><span class="date">{a.published:%d.%m.%Y}</span> '
        f'<a href="{a.path}">{escape(a.title)}</a><p>{escape(a.paragraphs[1][:120])}…</p></div>'
        for a in articles
    )
    links = " ".join(
        f'<a href="/news/?PAGEN_1={n}">{n}</a>' for n in range(1, pages + 1) if n != page
    )
    if page < pages:
        links += f' <a href="/news/?PAGEN_1={page + 1}">Следующая</a>'
    main = f'<h1>Новости</h1><div class="news-list">{items}</div><div class="pages">{links}</div>'
    return LAYOUT.format(title="Новости", head="", main=main)


class GeneratedSite:
    """Rendered pages by path (newest news first), served from memory."""

    def __init__(self, articles: list[GeneratedArticle], base_url: str) -> None:
        self.base_url = base_url
        self.hits: Counter[str] = Counter()
        self.fetched_at: dict[str, float] = {}  # path → time.time() of its last 200 answer
        self.access_log: list[tuple[float, str, int]] = []  # (time.time(), path, status) each
        self.lock = threading.Lock()
        self.pages: dict[str, tuple[bytes, str, str | None]] = {}
        self.publish(articles)

    def publish(self, articles: list[GeneratedArticle]) -> None:
        """Render the site for these articles (call again to publish news)."""
        self.articles = list(articles)
        self._next: dict[str, tuple[bytes, str, str | None]] = {}
        base_url = self.base_url
        newest = sorted(articles, key=lambda a: (a.published, a.slug), reverse=True)
        count = max(1, -(-len(newest) // PER_PAGE))
        for n in range(1, count + 1):
            html = listing_page(newest[(n - 1) * PER_PAGE : n * PER_PAGE], n, count)
            self._add("/news/" if n == 1 else f"/news/?PAGEN_1={n}", html)
        for article in articles:
            modified = formatdate(
                (article.published - date(1970, 1, 1)).days * 86400 + 43200, usegmt=True
            )
            self._add(article.path, article_page(article, base_url), modified=modified)
        home = LAYOUT.format(
            title="Главная",
            head="",
            main="<h1>Городская Дума</h1>"
            + "".join(f'<p><a href="{a.path}">{escape(a.title)}</a></p>' for a in newest[:3]),
        )
        self._add("/", home)
        self._add("/about/", LAYOUT.format(title="О Думе", head="", main="<h1>О Думе</h1>"))
        self._add("/robots.txt", f"User-agent: *\nSitemap: {base_url}/sitemap.xml\n", "text/plain")
        urls = "".join(
            f"<url><loc>{base_url}{a.path}</loc><lastmod>{a.published}</lastmod></url>"
            for a in articles
        )
        sitemap = (
            '<?xml version="1.0" encoding="UTF-8"?>'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
        )
        self._add("/sitemap.xml", sitemap, "application/xml")
        self.pages = self._next  # swapped whole: requests never see a half-built site

    def _add(
        self, path: str, text: str, ctype: str = "text/html", modified: str | None = None
    ) -> None:
        self._next[path] = (text.encode("utf-8"), f"{ctype}; charset=utf-8", modified)

    def reset(self) -> None:
        with self.lock:
            self.hits.clear()
            self.fetched_at.clear()
            self.access_log.clear()


def _handler(site: GeneratedSite) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802
            self.arrived = time.time()  # when the request came in, for the access log
            with site.lock:
                site.hits[self.path] += 1
            parts = urlsplit(self.path)
            path = parts.path + (f"?{parts.query}" if parts.query else "")
            page = site.pages.get(path)
            if page is None:
                body = b"<html><body><h1>404</h1></body></html>"
                self._send(404, body, "text/html; charset=utf-8", {})
                return
            body, ctype, modified = page
            etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
            headers = {"ETag": etag}
            if modified:
                headers["Last-Modified"] = modified
            if self.headers.get("If-None-Match") == etag:
                self._send(304, b"", None, headers)
                return
            self._send(200, body, ctype, headers)
            with site.lock:
                site.fetched_at[self.path] = time.time()

        def _send(self, status: int, body: bytes, ctype: str | None, headers: dict) -> None:
            with site.lock:
                site.access_log.append((self.arrived, self.path, status))
            self.send_response(status)
            if ctype:
                self.send_header("Content-Type", ctype)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass

    return Handler


class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256  # the default 5 drops bursts of connections: 1 s SYN retries


@contextmanager
def serve(articles: list[GeneratedArticle], host: str = "127.0.0.1") -> Iterator[GeneratedSite]:
    httpd = Server((host, 0), BaseHTTPRequestHandler)
    site = GeneratedSite(articles, f"http://{host}:{httpd.server_address[1]}")
    httpd.RequestHandlerClass = _handler(site)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        httpd.shutdown()
        httpd.server_close()
