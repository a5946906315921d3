"""A second, differently built test site: «Совет депутатов Речного муниципального округа».

WordPress-like layout (``/novosti/page/2/``, dated article paths, «Далее →» pagination), no
canonical links, no feed, no sitemap, and legacy pages whose encoding is declared only in
``<meta>`` or nowhere. Served as static files by ``http.server`` (``text/html`` without a
charset), so the crawler has to work the encodings out. All texts are fictional.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, replace
from pathlib import Path

SITE_NAME = "Совет депутатов Речного муниципального округа"


@dataclass(frozen=True)
class Post:
    path: str  # URL path of the article
    title: str
    day: str  # as shown on the page, DD.MM.YYYY
    iso: str  # the same date, ISO
    paragraphs: tuple[str, ...]
    encoding: str = "utf-8"
    meta_charset: bool = True  # declare the encoding in <meta charset>

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)


POSTS = [
    Post(
        "/novosti/2019/04/sessiya-soveta-aprel.html",
        "Совет депутатов утвердил отчёт об исполнении бюджета за 2018 год",
        "18.04.2019",
        "2019-04-18",
        (
            "На очередной сессии Совета депутатов Речного муниципального округа утверждён "
            "отчёт об исполнении бюджета за 2018 год. Доходы составили 842,3 млн рублей, "
            "расходы – 830,1 млн рублей.",
            "Глава округа Андрей Николаевич Корнилов поблагодарил депутатов за совместную "
            "работу и напомнил, что более половины расходов пришлось на образование.",
            "В заседании приняли участие 14 депутатов из 15 избранных.",
        ),
    ),
    Post(
        "/novosti/2019/04/vstrecha-s-veteranami.html",
        "Депутаты встретились с ветеранами посёлка Заречный",
        "09.04.2019",
        "2019-04-09",
        (
            "В доме культуры посёлка Заречный прошла встреча депутатов с советом ветеранов. "
            "Пришли около 60 человек.",
            "Председатель комиссии по социальной политике Марина Олеговна Лебедева "
            "рассказала о ремонте поликлиники и пообещала добиться нового автобусного "
            "маршрута до районного центра.",
        ),
    ),
    Post(
        "/novosti/2019/03/subbotnik-na-naberezhnoj.html",
        "Субботник на набережной собрал 200 жителей",
        "30.03.2019",
        "2019-03-30",
        (
            "В субботу на набережной реки Сонной прошёл общеокружной субботник. Около 200 "
            "жителей убрали мусор, побелили бордюры и высадили 40 молодых лип.",
            "Депутат Виктор Сергеевич Гусев отметил, что инвентарь для субботника закуплен "
            "на средства депутатского фонда, а вывоз мусора взяла на себя администрация.",
        ),
    ),
    Post(
        "/novosti/2019/03/publichnye-slushaniya-pzz.html",
        "Публичные слушания по правилам землепользования",
        "12.03.2019",
        "2019-03-12",
        (
            "В администрации округа прошли публичные слушания по изменениям в правила "
            "землепользования и застройки. Поступило 23 предложения от жителей.",
            "Большинство вопросов касалось участков у реки: жители просят сохранить там "
            "зелёную зону и не допустить строительства складов.",
        ),
    ),
    Post(
        "/arhiv/2017/kruglyj-stol-tos.html",
        "Круглый стол о развитии ТОС прошёл в Речном округе",
        "21.11.2017",
        "2017-11-21",
        (
            "В зале заседаний Совета депутатов состоялся круглый стол о развитии "
            "территориального общественного самоуправления. Участвовали представители "
            "12 ТОС округа.",
            "Обсуждались гранты на благоустройство дворов и помощь активистам в "
            "оформлении документов.",
        ),
        encoding="windows-1251",
        meta_charset=False,
    ),
    Post(
        "/arhiv/2017/den-goroda.html",
        "День округа отметили ярмаркой и концертом",
        "02.09.2017",
        "2017-09-02",
        (
            "Праздник в честь дня образования Речного округа собрал на центральной площади "
            "несколько тысяч гостей. Работала ярмарка местных производителей.",
            "Вечером выступили творческие коллективы домов культуры, а завершился праздник "
            "фейерверком над рекой.",
        ),
        encoding="koi8-r",
        meta_charset=True,
    ),
]

# An article-shaped page that robots.txt forbids: it must be neither fetched nor indexed.
PRIVATE = Post(
    "/private/novosti/2019/05/zakrytoe-soveshchanie.html",
    "Рабочее совещание депутатов (черновик)",
    "06.05.2019",
    "2019-05-06",
    (
        "Черновик сообщения о рабочем совещании депутатов, не предназначенный для публикации "
        "на сайте до согласования с пресс-службой Совета депутатов.",
        "Текст будет дополнен после утверждения протокола совещания председателем Совета.",
    ),
)

NON_ARTICLE_PATHS = [
    "/",
    "/kontakty/",
    "/deputaty/",
    "/deputaty/gusev-viktor-sergeevich/",
    PRIVATE.path,
]

MENU = (
    '<nav class="main-nav"><a href="/">Главная</a> <a href="/novosti/">Новости</a> '
    '<a href="/arhiv/">Архив</a> <a href="/deputaty/">Депутаты</a> '
    '<a href="/kontakty/">Контакты</a></nav>'
)
FOOTER = (
    "<footer><p>© 2015–2019 Совет депутатов Речного муниципального округа. "
    "Адрес: 301000, пос. Речной, ул. Набережная, д. 3. Тел. 8 (800) 000-00-00.</p></footer>"
)
SIDEBAR = (
    '<aside class="widget"><h3>Полезные ссылки</h3><ul><li><a href="/kontakty/">Приёмная</a>'
    '</li><li><a href="/deputaty/">Состав Совета</a></li></ul></aside>'
)


def _page(title: str, content: str, charset: str | None) -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    return (
        f"<!DOCTYPE html><html lang='ru'><head>{meta}<title>{html.escape(title)} | "
        f"{SITE_NAME}</title></head><body><header><div class='site-title'>{SITE_NAME}</div>"
        f"{MENU}</header><div id='primary'>{content}</div>{SIDEBAR}{FOOTER}</body></html>"
    )


def article_page(post: Post) -> str:
    body = "".join(f"<p>{html.escape(p)}</p>" for p in post.paragraphs)
    content = (
        f"<article class='post'><h1 class='entry-title'>{html.escape(post.title)}</h1>"
        f"<div class='entry-meta'>Опубликовано {post.day} · Пресс-служба</div>"
        f"<div class='entry-content'>{body}</div>"
        "<div class='sharedaddy'>Поделиться: ВКонтакте · Одноклассники · Telegram</div>"
        "</article>"
    )
    return _page(post.title, content, post.encoding if post.meta_charset else None)


def _listing(title: str, posts: list[Post], next_path: str | None) -> str:
    items = "".join(
        f"<article class='post'><h2 class='entry-title'><a href='{p.path}'>"
        f"{html.escape(p.title)}</a></h2><div class='entry-meta'>{p.day}</div>"
        f"<p>{html.escape(p.paragraphs[0][:120])}…</p></article>"
        for p in posts
    )
    nav = f"<div class='nav-previous'><a href='{next_path}'>Далее →</a></div>" if next_path else ""
    return _page(title, f"<h1>{title}</h1>{items}{nav}", "utf-8")


def build(root: Path, posts: list[Post] | None = None) -> None:
    """Write the site under ``root`` (each file in its own encoding)."""
    posts = posts or POSTS
    news = [p for p in posts if p.path.startswith("/novosti/")]
    archive = [p for p in posts if p.path.startswith("/arhiv/")]
    files = {
        "/robots.txt": ("User-agent: *\nDisallow: /private/\n", "utf-8"),
        "/index.html": (
            _page(
                "Главная",
                "<h1>Добро пожаловать</h1><p>Официальный сайт Совета депутатов.</p>"
                f"<h2>Последние новости</h2><ul><li><a href='{news[0].path}?utm_source=main'>"
                f"{html.escape(news[0].title)}</a></li><li><a href='{PRIVATE.path}'>"
                f"{html.escape(PRIVATE.title)}</a></li></ul>",
                "utf-8",
            ),
            "utf-8",
        ),
        "/novosti/index.html": (_listing("Новости", news[:2], "/novosti/page/2/"), "utf-8"),
        "/novosti/page/2/index.html": (_listing("Новости", news[2:], None), "utf-8"),
        "/arhiv/index.html": (_listing("Архив", archive, None), "utf-8"),
        "/kontakty/index.html": (
            _page(
                "Контакты",
                "<h1>Контакты</h1><p>Приёмная Совета депутатов работает с 9:00 до 18:00, "
                "обед с 13:00 до 14:00. Запись на приём по телефону. Обращения принимаются "
                "также по почте: 301000, пос. Речной, ул. Набережная, д. 3. Последнее "
                "обновление страницы 01.02.2019.</p>",
                "utf-8",
            ),
            "utf-8",
        ),
        "/deputaty/index.html": (
            _page(
                "Депутаты",
                "<h1>Депутаты</h1><ul><li><a href='/deputaty/gusev-viktor-sergeevich/'>"
                "Гусев Виктор Сергеевич</a></li></ul>",
                "utf-8",
            ),
            "utf-8",
        ),
        "/deputaty/gusev-viktor-sergeevich/index.html": (
            _page(
                "Гусев Виктор Сергеевич",
                "<h1>Гусев Виктор Сергеевич</h1><p>Депутат по избирательному округу № 4, "
                "избран 10.09.2017. Родился в посёлке Речной, окончил педагогический "
                "институт, двадцать лет работал учителем истории в школе № 2. Председатель "
                "комиссии по образованию и молодёжной политике.</p>",
                "utf-8",
            ),
            "utf-8",
        ),
    }
    for post in [*posts, PRIVATE]:
        files[post.path] = (article_page(post), post.encoding)
    for path, (text, encoding) in files.items():
        target = root / path.lstrip("/")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(text.encode(encoding, "xmlcharrefreplace"))


def edited(post: Post, extra: str) -> Post:
    return replace(post, paragraphs=(*post.paragraphs, extra))
