"""What the sample site publishes, so tests can check a crawl against the truth.

Articles live as text files in `articles/` (a `key: value` header, a `---` line, then
paragraphs separated by blank lines); everything else the site serves is listed here too.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from importlib import resources

NEWS_PER_PAGE = 5
ARCHIVE_PER_PAGE = 2
DOCUMENTS_PER_PAGE = 8

MISSING_PATH = "/news/missing-article/"
PDF_PATH = "/upload/budget-2019.pdf"


@dataclass(frozen=True)
class Article:
    slug: str
    title: str
    published: dt.date
    section: str  # "news" or "archive"
    encoding: str  # codec the page is served in
    charset_declared: str  # "header+meta", "header", "meta" or "none"
    date_markup: str  # extra machine-readable date: "meta", "time" or "visible" (none)
    paragraphs: tuple[str, ...]
    legacy_id: int | None = None  # answers at /old/news.php?id=N with a 301
    flaky: bool = False  # first request per server instance gets 503

    @property
    def path(self) -> str:
        if self.section == "news":
            return f"/news/{self.slug}/"
        return f"/archive/{self.slug}.html"

    @property
    def body(self) -> str:
        """The text a crawler should extract, in the data model's paragraph layout."""
        return "\n\n".join(self.paragraphs)

    @property
    def teaser(self) -> str:
        return teaser_of(self.paragraphs[0])


@dataclass(frozen=True)
class ListingItem:
    title: str
    path: str
    published: dt.date
    teaser: str


@dataclass(frozen=True)
class Deputy:
    slug: str
    name: str
    post: str
    district: int
    bio: str

    @property
    def path(self) -> str:
        return f"/deputies/{self.slug}/"


@dataclass(frozen=True)
class Decision:
    number: int
    adopted: dt.date
    title: str

    @property
    def path(self) -> str:
        return f"/documents/reshenie-{self.number}/"


# A sentence ends at . ! ? before a capital, but not after «ул.», «д.», «г.» or an initial.
SENTENCE_END = re.compile(r"(?<!\bул)(?<!\bд)(?<!\bг)(?<!\b[А-ЯЁ])[.!?](?=\s+[А-ЯЁA-Z0-9«\"]|$)")


def teaser_of(paragraph: str, limit: int = 180) -> str:
    """First sentence, or the paragraph cut at a word boundary: what listings show."""
    match = SENTENCE_END.search(paragraph)
    if match and match.end() <= limit:
        return paragraph[: match.end()]
    if len(paragraph) <= limit:
        return paragraph
    return paragraph[:limit].rsplit(" ", 1)[0] + "…"


def parse_article(slug: str, text: str) -> Article:
    head, sep, rest = text.partition("\n---\n")
    if not sep:
        raise ValueError(f"article {slug!r}: no '---' line after the header")
    fields: dict[str, str] = {}
    for line in head.splitlines():
        if line.strip():
            key, _, value = line.partition(":")
            fields[key.strip()] = value.strip()
    paragraphs = tuple(
        " ".join(line.strip() for line in block.splitlines()).strip()
        for block in re.split(r"\n\s*\n", rest.strip())
        if block.strip()
    )
    section = fields["section"]
    article = Article(
        slug=slug,
        title=fields["title"],
        published=dt.date.fromisoformat(fields["date"]),
        section=section,
        encoding=fields.get("encoding", "utf-8"),
        charset_declared=fields.get("charset", "header+meta"),
        date_markup=fields.get("date_markup", "visible"),
        paragraphs=paragraphs,
        legacy_id=int(fields["legacy_id"]) if "legacy_id" in fields else None,
        flaky=fields.get("flaky", "no") == "yes",
    )
    for piece in (article.title, *article.paragraphs):
        piece.encode(article.encoding)  # the served bytes must carry the exact text
    return article


def load_articles() -> list[Article]:
    folder = resources.files(__package__) / "articles"
    articles = [
        parse_article(entry.name.removesuffix(".txt"), entry.read_text(encoding="utf-8"))
        for entry in folder.iterdir()
        if entry.name.endswith(".txt")
    ]
    articles.sort(key=lambda a: (a.section != "news", -a.published.toordinal(), a.slug))
    legacy = [a.legacy_id for a in articles if a.legacy_id is not None]
    if len(legacy) != len(set(legacy)):
        raise ValueError("duplicate legacy_id among sample articles")
    return articles


ARTICLES: list[Article] = load_articles()
NEWS: list[Article] = [a for a in ARTICLES if a.section == "news"]
ARCHIVE: list[Article] = [a for a in ARTICLES if a.section == "archive"]
BY_PATH: dict[str, Article] = {a.path: a for a in ARTICLES}
BY_LEGACY_ID: dict[int, Article] = {a.legacy_id: a for a in NEWS if a.legacy_id is not None}
FLAKY: Article | None = next((a for a in ARTICLES if a.flaky), None)


def legacy_path(article: Article) -> str:
    return f"/old/news.php?id={article.legacy_id}"


def news_listing() -> list[ListingItem]:
    """Newest first; includes one dead link, as real listings do after an article is removed."""
    items = [ListingItem(a.title, a.path, a.published, a.teaser) for a in NEWS]
    items.append(
        ListingItem(
            "Приём граждан депутатами в декабре пройдёт по новому графику",
            MISSING_PATH,
            dt.date(2018, 11, 20),
            "График приёма граждан депутатами Городской Думы на декабрь изменён.",
        )
    )
    items.sort(key=lambda item: item.published, reverse=True)
    return items


def pages_of(count: int, per_page: int) -> int:
    return max(1, -(-count // per_page))


DEPUTIES: list[Deputy] = [
    Deputy(
        "petrov-sergej-viktorovich",
        "Петров Сергей Викторович",
        "Глава города Зареченска, председатель Городской Думы",
        4,
        "Родился в 1968 году в Зареченске. Окончил Воронежский государственный университет. "
        "Депутат Городской Думы трёх созывов.",
    ),
    Deputy(
        "vasileva-elena-viktorovna",
        "Васильева Елена Викторовна",
        "заместитель председателя Городской Думы",
        9,
        "Родилась в 1975 году. Окончила Калужский педагогический институт, "
        "двадцать лет работала учителем истории.",
    ),
    Deputy(
        "sokolova-irina-aleksandrovna",
        "Соколова Ирина Александровна",
        "председатель комитета по бюджету, финансам и налогам",
        2,
        "Родилась в 1971 году. Экономист, окончила Финансовую академию при Правительстве РФ.",
    ),
    Deputy(
        "orlov-viktor-stepanovich",
        "Орлов Виктор Степанович",
        "председатель комитета по городскому хозяйству",
        11,
        "Родился в 1962 году. Инженер-строитель, руководил ремонтно-строительным управлением.",
    ),
    Deputy(
        "gromov-nikolaj-pavlovich",
        "Громов Николай Павлович",
        "депутат по избирательному округу № 7",
        7,
        "Родился в 1980 году. Врач-хирург городской больницы № 2.",
    ),
    Deputy(
        "tarasova-marina-yurevna",
        "Тарасова Марина Юрьевна",
        "председатель комитета по социальной политике",
        15,
        "Родилась в 1979 году. Директор средней школы № 5.",
    ),
]

DECISIONS: list[Decision] = [
    Decision(112, dt.date(2019, 2, 27), "О внесении изменений в бюджет города на 2019 год"),
    Decision(108, dt.date(2019, 2, 27), "О плане работы Городской Думы на 2019 год"),
    Decision(97, dt.date(2018, 12, 20), "О бюджете города Зареченска на 2019 год"),
    Decision(96, dt.date(2018, 12, 20), "О прогнозном плане приватизации на 2019 год"),
    Decision(83, dt.date(2018, 11, 29), "Об установлении границ ТОС «Северный»"),
    Decision(71, dt.date(2018, 11, 15), "О назначении публичных слушаний по проекту бюджета"),
    Decision(64, dt.date(2018, 10, 31), "О назначении публичных слушаний по генеральному плану"),
    Decision(52, dt.date(2018, 10, 12), "О Молодёжном парламенте города Зареченска"),
    Decision(45, dt.date(2018, 10, 12), "О временно исполняющем обязанности главы администрации"),
    Decision(38, dt.date(2018, 9, 20), "Об утверждении Правил благоустройства территории"),
    Decision(31, dt.date(2018, 9, 20), "О наградах Городской Думы"),
]
BY_DECISION: dict[int, Decision] = {d.number: d for d in DECISIONS}
BY_DEPUTY: dict[str, Deputy] = {d.path: d for d in DEPUTIES}


def non_article_paths() -> list[str]:
    """Pages a crawler may visit but must never index as articles."""
    paths = ["/", "/about/", "/contacts/", "/deputies/", "/documents/", "/admin/", "/search/"]
    paths += ["/news/", "/news/rss/", "/archive/", PDF_PATH]
    paths += [
        f"/news/?PAGEN_1={n}" for n in range(2, pages_of(len(news_listing()), NEWS_PER_PAGE) + 1)
    ]
    paths += [f"/archive/page/{n}/" for n in range(2, pages_of(len(ARCHIVE), ARCHIVE_PER_PAGE) + 1)]
    paths += [
        f"/documents/?PAGEN_2={n}"
        for n in range(2, pages_of(len(DECISIONS), DOCUMENTS_PER_PAGE) + 1)
    ]
    paths += [d.path for d in DEPUTIES] + [d.path for d in DECISIONS]
    return paths


NON_ARTICLE_PATHS: list[str] = non_article_paths()
