"""A benchmark corpus that varies like municipal news: many sites, each with its own city,
region and officials; a Zipf-distributed vocabulary of tens of thousands of dictionary lemmas
(pymorphy3's OpenCorpora dictionary, inflected to agree in our own sentence templates); people
named in full, by initials either way round and in oblique cases; people counts spread over
orders of magnitude. The facts the index reads (people, posts, regions, organisations, figures,
dates) are attached with their spans, as extraction would, so no NER run is needed.

Every document is a function of (seed, number), so a million of them stream without being
held in memory, and any slice can be regenerated.

usage: python benchmarks/realistic_corpus.py [--docs 5] [--seed 7] [--stats 20000]
"""

from __future__ import annotations

import argparse
import bisect
import hashlib
import itertools
import json
import math
import random
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property
from pathlib import Path

import pymorphy3

from crawler.urls import doc_id

REGIONS_JSON = Path(__file__).resolve().parents[1] / "extraction" / "data" / "regions.json"
FIRST_DAY = date(2012, 1, 1)
DAYS = (date(2026, 11, 30) - FIRST_DAY).days
# tags that make a lemma a poor word of ordinary news text
ODD = {"Name", "Surn", "Patr", "Geox", "Orgn", "Abbr", "Erro", "Slng", "Arch", "Infr", "Dist",
       "Trad", "Init", "Fixd", "Apro", "Anum", "Ms-f", "Litr", "Vpre", "Coll"}  # fmt: skip
RUSSIAN = re.compile(r"^[а-яё]+(?:-[а-яё]+)?$")

# The heads of the distributions, written out (the dictionary's tail follows them).
COMMON_FIRST = {
    "masc": ["александр", "сергей", "андрей", "алексей", "дмитрий", "владимир", "николай",
             "михаил", "игорь", "евгений", "юрий", "олег", "виктор", "павел", "иван", "роман",
             "максим", "денис", "анатолий", "вячеслав", "константин", "геннадий"],
    "femn": ["елена", "ольга", "татьяна", "наталья", "ирина", "светлана", "марина", "анна",
             "людмила", "галина", "юлия", "екатерина", "надежда", "оксана", "мария", "вера",
             "любовь", "валентина", "лариса", "нина", "евгения", "анастасия"],
}  # fmt: skip
COMMON_PATRONYMIC = ["александрович", "сергеевич", "владимирович", "николаевич", "викторович",
                     "анатольевич", "юрьевич", "михайлович", "иванович", "петрович",
                     "васильевич", "алексеевич", "геннадьевич", "борисович", "валерьевич"]  # fmt: skip  # noqa: E501
COMMON_SURNAMES = ["иванов", "смирнов", "кузнецов", "попов", "васильев", "петров", "соколов",
                   "михайлов", "новиков", "фёдоров", "морозов", "волков", "алексеев", "лебедев",
                   "семёнов", "егоров", "павлов", "козлов", "степанов", "николаев", "орлов",
                   "андреев", "макаров", "никитин", "захаров", "зайцев", "соловьёв", "борисов"]  # fmt: skip  # noqa: E501

# municipal news' own frequent words, ahead of the dictionary's tail in each Zipf draw
COMMON_NOUNS = ("ремонт дорога школа бюджет двор благоустройство улица дом площадка парк "
    "транспорт освещение тариф мусор отопление водоснабжение программа проект сквер остановка "
    "детсад больница поликлиника мост тротуар стадион библиотека набережная кладбище рынок "
    "канализация газификация застройка территория микрорайон поселок квартал подъезд крыша "
    "лифт фасад газон клумба сквер спортзал бассейн музей праздник фестиваль конкурс субботник "
    "выставка концерт голосование обращение жалоба приём отчёт решение закон устав поправка "
    "контракт субсидия грант налог аренда земля участок строительство реконструкция капремонт "
    "экология озеленение очистка снег гололёд паводок пожар безопасность камера светофор "
    "парковка автобус маршрут электричка трасса переезд вокзал аэропорт почта магазин ярмарка "
    "предприятие завод производство занятость зарплата пенсия льгота пособие жильё ипотека "
    "аварийность переселение общежитие образование воспитание молодёжь спорт культура "
    "туризм здравоохранение медицина вакцинация лечение педиатр фельдшер ветеран юбилей "
    "память памятник война победа волонтёр молодёжь семья ребёнок инвалид доступность "
    "инициатива опрос собрание сход слушание комиссия комитет совет фракция сессия заседание"
).split()  # fmt: skip
COMMON_ADJS = ("городской муниципальный областной районный новый капитальный социальный "
    "детский спортивный общественный дорожный жилой местный бюджетный транспортный "
    "коммунальный культурный школьный региональный федеральный главный большой дополнительный "
    "современный старый центральный летний зимний весенний осенний ежегодный публичный "
    "экологический безопасный доступный благоустроенный аварийный многоквартирный частный "
    "медицинский образовательный молодёжный праздничный торжественный народный исторический "
    "инвестиционный строительный земельный налоговый финансовый"
).split()  # fmt: skip
COMMON_VERBS = ("отремонтировать построить благоустроить обсудить рассмотреть утвердить "
    "поддержать провести организовать установить заменить открыть закрыть продлить "
    "выделить направить увеличить сократить восстановить проверить подготовить завершить "
    "начать создать обновить перенести согласовать принять изменить расширить снести "
    "очистить осветить озеленить реконструировать модернизировать закупить оборудовать"
).split()  # fmt: skip

LOCAL_POSTS = [
    ("глава города", "администрация города {city_gen}"),
    ("глава администрации", "администрация города {city_gen}"),
    ("заместитель главы администрации", "администрация города {city_gen}"),
    ("председатель городской думы", "городская дума {city_gen}"),
    ("депутат городской думы", "городская дума {city_gen}"),
    ("депутат городской думы", "городская дума {city_gen}"),
    ("депутат городской думы", "городская дума {city_gen}"),
    ("председатель комитета по бюджету", "городская дума {city_gen}"),
    ("начальник управления образования", "администрация города {city_gen}"),
    ("начальник отдела благоустройства", "администрация города {city_gen}"),
    ("председатель ТОС", "ТОС «{tos}»"),
    ("директор школы № {n}", "школа № {n}"),
    ("главный врач городской больницы", "городская больница"),
    ("руководитель управляющей компании", "управляющая компания «{company}»"),
]
REGIONAL_POSTS = [
    ("губернатор", "правительство региона"),
    ("министр строительства", "правительство региона"),
    ("министр образования", "правительство региона"),
    ("депутат законодательного собрания", "законодательное собрание"),
    ("председатель законодательного собрания", "законодательное собрание"),
]

# Sentence templates. Slots: {noun.CASE} a topic noun, {adj.noun.CASE} an adjective agreeing
# with the next noun, {verb} an infinitive, {city.CASE} the site's city, {region.CASE} its
# region, {person:ROLE} a person mention, {figure} a people count, {money} a sum, {date}.
OPENERS = [
    "{date} в {city.loct} состоялось заседание городской думы.",
    "{date} глава города {person:full} провёл приём граждан по вопросам {noun.gent}.",
    "В администрации города {city.gent} обсудили {adj.noun.accs}.",
    "{date} в {city.loct} прошли публичные слушания по проекту {adj.noun.gent}.",
    "Депутаты городской думы {city.gent} рассмотрели вопрос о {noun.loct}.",
    "{date} жители {city.gent} собрались на сход, чтобы обсудить {noun.accs}.",
    "В {city.loct} подвели итоги работы по направлению «{adj.noun.nomn}».",
    "{person:full_post} рассказал{person:past} о планах {verb} {adj.noun.accs}.",
    "{date} в {city.loct} прошёл фестиваль «{adj.noun.nomn}».",
    "В {region.loct} стартовал конкурс проектов {adj.noun.gent}.",
    "{date} состоялась встреча жителей микрорайона с депутатами.",
    "Администрация города {city.gent} сообщает о начале работ по {noun.datv}.",
]
SENTENCES = [
    "По словам {person:gent}, в этом году планируется {verb} {adj.noun.accs}.",
    "{person:nomn} отметил{person:past}, что {noun.nomn} остаётся главным вопросом для жителей.",
    "{person:nomn} напомнил{person:past} о сроках работ и о {adj.noun.loct}.",
    "Слово предоставили {person:datv}, речь шла о {noun.loct}.",
    "С докладом о {adj.noun.loct} выступил(а) {person:initials}.",
    "Вопросы {person:datv_short} задавали жители {city.gent} и гости из {region.gent}.",
    "Встречу провёл(а) {person:post_short}.",
    "В мероприятии приняли участие {figure}.",
    "На встречу пришли {figure}.",
    "Всего в обсуждении участвовали {figure}.",
    "В работе сессии участвовали {figure}.",
    "На {adj.noun.accs} из бюджета направят {money}.",
    "Стоимость работ составит {money}.",
    "Депутаты обсудили {noun.accs} и приняли решение {verb} {adj.noun.accs}.",
    "Решено {verb} {noun.accs} до конца года.",
    "Жители задавали вопросы про {adj.noun.accs} и {noun.accs}.",
    "Работы по {noun.datv} планируется завершить к {date_short}.",
    "Проект {adj.noun.gent} поддержали депутаты городской думы.",
    "Следующее заседание запланировано на {date_short}.",
    "Участники отметили, что {adj.noun.nomn} требует внимания администрации.",
    "В {region.loct} {noun.nomn} обсуждают не первый год.",
    "Особое внимание уделили {adj.noun.datv} и {noun.datv}.",
    "Замечания к проекту {noun.gent} направят в профильный комитет.",
    "Администрация города {city.gent} готова {verb} {noun.accs}.",
    "Для {adj.noun.gent} в {city.loct} подготовили отдельную программу.",
    "{person:family_first} сообщил{person:past}, что {noun.nomn} включат в план на следующий год.",
    "Итоги подвели в администрации города.",
    "Жители {city.gent} предлагают {verb} {adj.noun.accs}.",
    "Работу над {adj.noun.ablt} продолжат после обсуждения с жителями.",
    "Отчёт о {noun.loct} направят в {adj.noun.accs}.",
]
TITLES = [
    "{adj.noun.nomn}: что решили депутаты {city.gent}",
    "В {city.loct} обсудили {adj.noun.accs}",
    "{person:family_first_nomn} о {noun.loct}",
    "Публичные слушания по {noun.datv}",
    "{noun.nomn} в {city.loct}: итоги года",
    "Жители {city.gent} обсудили {noun.accs}",
    "Новое о {adj.noun.loct}",
    "Заседание городской думы {city.gent}",
]
FIGURE_PHRASES = [  # (template, role): the number comes first in none of them, as in news
    ("около {n} человек", "participants", "около"),
    ("более {n} человек", "participants", "более"),
    ("{n} жителей", "participants", None),
    ("свыше {n} участников", "participants", "свыше"),
    ("{n} депутатов", "attendees", None),
    ("порядка {n} горожан", "participants", "порядка"),
]
MONTHS_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
              "сентября", "октября", "ноября", "декабря"]  # fmt: skip
TRANSLIT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                    "a b v g d e e zh z i y k l m n o p r s t u f h ts ch sh sch  y  e yu ya"
                    .split(" "), strict=True))  # fmt: skip
SLOT = re.compile(r"\{([^{}]+)\}")


def zipf_cumulative(n: int, exponent: float = 1.0, shift: float = 2.7) -> list[float]:
    """Cumulative weights of ranks 0..n-1 under a Zipf–Mandelbrot law (word frequencies)."""
    return list(itertools.accumulate(1.0 / (k + shift) ** exponent for k in range(n)))


class Zipf:
    """Draws from ``items`` with rank-frequency 1/(rank + shift)^exponent."""

    def __init__(self, items: list, exponent: float = 1.0, shift: float = 2.7):
        self.items = items
        self.cum = zipf_cumulative(len(items), exponent, shift)
        self.total = self.cum[-1]

    def draw(self, rnd: random.Random):
        return self.items[bisect.bisect(self.cum, rnd.random() * self.total)]


@dataclass(frozen=True)
class Lexeme:
    """A dictionary lemma and its paradigm, so any form is built without parsing."""

    word: str
    para: int


class Morph:
    """Forms of dictionary lemmas by grammemes, from pymorphy3's paradigm tables (cached)."""

    def __init__(self) -> None:
        self.analyzer = pymorphy3.MorphAnalyzer()
        self.dictionary = self.analyzer.dictionary
        self._paradigms: dict[int, list] = {}
        self._forms: dict[tuple[Lexeme, frozenset[str]], str] = {}

    def paradigm(self, para: int) -> list:
        info = self._paradigms.get(para)
        if info is None:
            info = self._paradigms[para] = [
                (pre, frozenset(tag.grammemes), suf)
                for pre, tag, suf in self.dictionary.build_paradigm_info(para)
            ]
        return info

    def form(self, lex: Lexeme, wanted: frozenset[str]) -> str:
        key = (lex, wanted)
        out = self._forms.get(key)
        if out is None:
            info = self.paradigm(lex.para)
            pre0, _, suf0 = info[0]
            stem = lex.word[len(pre0) : len(lex.word) - len(suf0)]
            out = lex.word
            for pre, grammemes, suf in info:
                if wanted <= grammemes and not grammemes & {"V-oy", "V-ey", "Supr", "Cmp2"}:
                    out = pre + stem + suf
                    break
            self._forms[key] = out
        return out

    def lexemes(self) -> Iterator[tuple[Lexeme, frozenset[str], str | None]]:
        """Every lemma of the dictionary: (lexeme, its grammemes, part of speech)."""
        for word, (para, idx) in self.dictionary.words.iteritems():
            if idx == 0:
                tag = self.dictionary.build_tag_info(para, 0)
                yield Lexeme(word, para), frozenset(tag.grammemes), tag.POS


@dataclass
class Person:
    key: str
    first: Lexeme
    middle: Lexeme
    last: Lexeme
    gender: str  # masc / femn
    post: str
    org: str


@dataclass
class Site:
    name: str
    city: Lexeme
    city_nomn: str
    region: str  # code
    officials: Zipf
    tos: str
    company: str


def cap(word: str) -> str:
    """«ростов-на-дону» -> «Ростов-на-Дону»."""
    return "-".join(p if p == "на" else p[:1].upper() + p[1:] for p in word.split("-"))


def translit(word: str) -> str:
    return "".join(TRANSLIT.get(c, c) for c in word.lower() if c.isalpha() or c == "-")


@dataclass
class Corpus:
    """The generator: vocabulary, sites and people are fixed by ``seed`` and ``size`` (the
    number of documents planned, which sets how many sites and people there are)."""

    seed: int = 7
    size: int = 100_000
    morph: Morph = field(default_factory=Morph)

    def __post_init__(self) -> None:
        rnd = random.Random(self.seed)
        nouns, adjs, verbs = [], [], []
        names: dict[str, list[Lexeme]] = {"masc": [], "femn": []}
        patronymics, surnames, places, orgs = [], [], [], []
        for lex, gram, pos in self.morph.lexemes():
            if not RUSSIAN.match(lex.word) or not 4 <= len(lex.word) <= 15:
                continue
            if "Name" in gram and pos == "NOUN":
                for g in ("masc", "femn"):
                    if g in gram:
                        names[g].append(lex)
            elif "Patr" in gram:
                patronymics.append(lex)
            elif "Surn" in gram and "masc" in gram and lex.word.endswith(("ов", "ев", "ин")):
                surnames.append(lex)
            elif "Geox" in gram and pos == "NOUN" and "Sgtm" in gram:
                places.append(lex)
            elif "Orgn" in gram:
                orgs.append(lex)
            elif gram & ODD:
                continue
            elif pos == "NOUN" and "inan" in gram and "Pltm" not in gram:
                nouns.append(lex)
            elif pos == "ADJF" and "Qual" in gram or pos == "ADJF" and rnd.random() < 0.4:
                adjs.append(lex)
            elif pos == "INFN" and "tran" in gram:
                verbs.append(lex)
        for group in (nouns, adjs, verbs, patronymics, surnames, places, orgs, *names.values()):
            rnd.shuffle(group)
        self.nouns = Zipf(self._head(COMMON_NOUNS, nouns[:40_000], "NOUN"))
        self.adjs = Zipf(self._head(COMMON_ADJS, adjs[:15_000], "ADJF"))
        self.verbs = Zipf(self._head(COMMON_VERBS, verbs[:8_000], "INFN"))
        self.first_names = {
            g: Zipf(self._head(COMMON_FIRST[g], lst[:3_000], "Name"), exponent=1.4, shift=1)
            for g, lst in names.items()
        }
        self.patronymics = Zipf(
            self._head(COMMON_PATRONYMIC, patronymics[:2_000], "Patr"), exponent=1.4, shift=1
        )
        self.surnames = Zipf(self._head(COMMON_SURNAMES, surnames, "Surn"), exponent=0.8, shift=20)
        self.orgs = orgs
        regions = json.loads(REGIONS_JSON.read_text(encoding="utf-8"))
        self.region_names: dict[str, str] = regions["regions"]
        self.region_codes = sorted(self.region_names)
        self.region_pick = Zipf(self.region_codes[:], exponent=0.7, shift=5)
        rnd.shuffle(self.region_pick.items)
        self._people_serial = 0
        self.region_forms: dict[tuple[str, str], str] = {}
        self._rnd = rnd
        self.regional = {
            code: Zipf([self._person(rnd, post, org) for post, org in REGIONAL_POSTS * 2])
            for code in self.region_codes
        }
        site_count = max(40, self.size // 2_000)
        real = self._head([c.lower() for _, c in regions["cities"]], [], "Geox")
        region_of = {c.lower(): code for code, c in regions["cities"]}
        tail = [lex for lex in places if lex.word.isalpha() and lex.word not in region_of]
        cities = (real + tail)[:site_count]
        self.sites = []
        for n, city in enumerate(cities):
            region = region_of.get(city.word) or self.region_pick.draw(rnd)
            city_nomn = cap(city.word)
            city_gen = cap(self.morph.form(city, frozenset({"gent"})))
            tos = cap(self.nouns.draw(rnd).word)
            company = cap(rnd.choice(self.orgs).word) if self.orgs else "Дом"
            staff = []
            for post, org in LOCAL_POSTS * 2 + LOCAL_POSTS[4:7] * 4:
                fill = {"city_gen": city_gen, "tos": tos, "company": company,
                        "n": rnd.randint(1, 40)}  # fmt: skip
                staff.append(self._person(rnd, post.format(**fill), org.format(**fill)))
            self.sites.append(
                Site(
                    f"{translit(city.word)}{n}", city, city_nomn, region, Zipf(staff), tos, company
                )
            )
        self.site_pick = Zipf(self.sites, exponent=0.9, shift=3)
        self.site_pick.items = self.sites[:]
        rnd.shuffle(self.site_pick.items)

    @staticmethod
    def _head(common: list[str], tail: list[Lexeme], need: str = "") -> list[Lexeme]:
        """The common words written above first (as the dictionary's lemmas with the grammeme
        ``need``), then the tail."""
        d = pymorphy3.MorphAnalyzer().dictionary
        head = []
        for word in dict.fromkeys(common):
            for w, (para, idx) in d.words.iteritems(word):
                if w == word and idx == 0 and need in d.build_tag_info(para, 0).grammemes:
                    head.append(Lexeme(word, para))
                    break
        seen = {lex.word for lex in head}
        return head + [lex for lex in tail if lex.word not in seen]

    def _person(self, rnd: random.Random, post: str, org: str) -> Person:
        gender = "masc" if rnd.random() < 0.55 else "femn"
        first = self.first_names[gender].draw(rnd)
        middle = self.patronymics.draw(rnd)
        last = self.surnames.draw(rnd)
        self._people_serial += 1
        last_nomn = self.morph.form(last, frozenset({gender, "nomn"}))
        return Person(f"{last_nomn} {first.word}", first, middle, last, gender, post, org)

    # -- one document -------------------------------------------------------------------

    def name_forms(self, p: Person, case: str) -> tuple[str, str, str]:
        """(first, patronymic, surname) of ``p`` in ``case``, capitalised."""
        g = frozenset({case, "sing"})
        gg = frozenset({case, p.gender, "sing"})
        return (
            cap(self.morph.form(p.first, g)),
            cap(self.morph.form(p.middle, gg)),
            cap(self.morph.form(p.last, gg)),
        )

    def mention(self, p: Person, style: str) -> str:
        """A person as news write them: full, initials either way round, surname, oblique."""
        case = {"gent": "gent", "datv": "datv", "datv_short": "datv"}.get(style, "nomn")
        first, middle, last = self.name_forms(p, case)
        if style in ("full", "gent", "datv"):
            return f"{first} {middle} {last}"
        if style == "initials":
            return f"{first[0]}. {middle[0]}. {last}"
        if style == "family_first":
            return f"{last} {first[0]}. {middle[0]}."
        if style == "datv_short":
            return f"{first} {last}"
        return last

    def document(self, i: int) -> dict:
        rnd = random.Random(self.seed * 1_000_003 + i)
        site = self.site_pick.draw(rnd)
        city_gen = self.morph.form(site.city, frozenset({"gent"}))
        day = FIRST_DAY + timedelta(days=int(DAYS * rnd.random() ** 0.7))  # more news lately
        region_code = site.region if rnd.random() < 0.9 else self.region_pick.draw(rnd)
        region_name = self.region_names[region_code]
        cast = [site.officials.draw(rnd) for _ in range(rnd.choice([1, 1, 2, 2, 2, 3, 3, 4, 5]))]
        if rnd.random() < 0.15:
            cast.append(self.regional[region_code].draw(rnd))
        if rnd.random() < 0.1:  # a resident named once: the long tail of people
            cast.append(self._person(rnd, "житель", f"город {city_gen}"))
        topic = [self.nouns.draw(rnd) for _ in range(3)]
        state = _Doc(self, rnd, site, region_code, region_name, cast, topic, day)
        title = state.fill(rnd.choice(TITLES), title=True)
        state.offset_base = None
        n_sentences = max(3, min(60, int(rnd.lognormvariate(math.log(16), 0.6))))
        pool = SENTENCES * (1 + n_sentences // len(SENTENCES))
        parts = [rnd.choice(OPENERS), *rnd.sample(pool, n_sentences - 1)]
        paragraphs: list[str] = []
        body = ""
        for k, template in enumerate(parts):
            sep = "" if not body else (" " if k % 3 else "\n\n")
            state.at = len(body) + len(sep)
            text = state.fill(template)
            body += sep + text
            if not sep or sep == "\n\n":
                paragraphs.append(text)
        source = site.name
        url = f"https://{source}.example.ru/news/{day:%Y/%m}/{i}/"
        return {
            "id": doc_id(url),  # as a crawl names the document
            "url": url,
            "source": source,
            "title": title,
            "published_at": day.isoformat(),
            "body": body,
            "fetched_at": "2026-12-01T00:00:00+00:00",
            "content_hash": hashlib.sha1(f"{title}\n{body}".encode()).hexdigest(),
            "extraction_version": "bench-realistic-1",
            "entities": state.entities,
            "people": state.people_facts(),
            "regions": state.region_facts(),
            "dates": state.dates,
            "figures": state.figures,
            "votes": [],
        }

    def documents(self, start: int = 0, stop: int | None = None) -> Iterator[dict]:
        for i in range(start, self.size if stop is None else stop):
            yield self.document(i)

    # -- what queries need ----------------------------------------------------------------

    @cached_property
    def known_people(self) -> Zipf:
        """People weighted as documents mention them (site officials by site weight)."""
        people = [p for site in self.site_pick.items[:50] for p in site.officials.items[:5]]
        return Zipf(people, exponent=0.6)


class _Doc:
    """State of one document being written: who is mentioned where, figures, dates."""

    def __init__(self, corpus, rnd, site, region_code, region_name, cast, topic, day):
        self.c = corpus
        self.rnd = rnd
        self.site = site
        self.region_code = region_code
        self.region_name = region_name
        self.cast = cast
        self.topic = topic
        self.day = day
        self.at = 0
        self.offset_base: int | None = 0
        self.mentions: dict[str, list[list[int]]] = {}
        self.posts: dict[str, dict] = {}
        self.region_spans: list[list[int]] = []
        self.figures: list[dict] = []
        self.dates: list[dict] = []
        self.entities: list[dict] = []
        self.person: Person = cast[0]

    def _noun(self) -> Lexeme:
        return (
            self.rnd.choice(self.topic) if self.rnd.random() < 0.5 else self.c.nouns.draw(self.rnd)
        )

    def fill(self, template: str, title: bool = False) -> str:
        """The template with its slots filled; spans are recorded unless it is the title."""
        out: list[str] = []
        last = 0
        for m in SLOT.finditer(template):
            out.append(template[last : m.start()])
            last = m.end()
            text = self._slot(m.group(1), title)
            if text is None:
                continue
            if text[:1].lower() in "аоуэиы" and out[-1].endswith((" о ", "О ")):
                out[-1] = out[-1][:-1] + "б "
            start = self.at + sum(len(s) for s in out)
            kind = m.group(1)
            if not title:
                self._record(kind, start, text)
            out.append(text)
        out.append(template[last:])
        text = "".join(out)
        return text[:1].upper() + text[1:]

    def _slot(self, slot: str, title: bool) -> str | None:
        rnd, c = self.rnd, self.c
        if slot.startswith("person:"):
            style = slot.split(":", 1)[1]
            if style in ("nomn", "gent", "datv", "initials", "family_first", "full",
                         "datv_short", "full_post", "post_short", "family_first_nomn"):  # fmt: skip
                self.person = p = rnd.choice(self.cast)
            else:
                p = self.person
            if style == "past":
                return "а" if p.gender == "femn" else ""
            if style == "nomn":
                return c.mention(p, rnd.choice(["full", "initials", "family_first", "last"]))
            if style == "full_post":
                return f"{p.post[:1].upper()}{p.post[1:]} {c.mention(p, 'full')}"
            if style == "post_short":
                return f"{p.post} {c.mention(p, 'initials')}"
            if style == "family_first_nomn":
                return c.mention(p, "family_first")
            return c.mention(p, style)
        if slot.startswith("noun."):
            lex = self._noun()
            return c.morph.form(lex, frozenset({slot[5:], "sing"}))
        if slot.startswith("adj.noun."):
            case = slot[9:]
            noun = self._noun()
            gender = next((g for g in ("masc", "femn", "neut")
                           if g in c.morph.paradigm(noun.para)[0][1]), "masc")  # fmt: skip
            adj = c.adjs.draw(rnd)
            want = {case, gender, "sing"}
            if case == "accs" and gender == "masc":
                want.add("inan")
            a = c.morph.form(adj, frozenset(want))
            return f"{a} {c.morph.form(noun, frozenset({case, 'sing'}))}"
        if slot == "verb":
            return c.verbs.draw(rnd).word
        if slot.startswith("city."):
            return cap(c.morph.form(self.site.city, frozenset({slot[5:]})))
        if slot.startswith("region."):
            return self._region(slot[7:])
        if slot == "figure":
            n = max(3, int(rnd.lognormvariate(math.log(70), 1.3)))
            if n >= 100:
                n = round(n, -1 if n < 1_000 else -2)
            phrase, role, approx = rnd.choice(FIGURE_PHRASES)
            self._figure = (n, role, approx)
            return phrase.format(n=n)
        if slot == "money":
            n = round(rnd.lognormvariate(math.log(5), 1.5), 1)
            return f"{n:g} млн рублей".replace(".", ",")
        if slot in ("date", "date_short"):
            d = (
                self.day - timedelta(days=rnd.randint(0, 6))
                if slot == "date"
                else (self.day + timedelta(days=rnd.randint(7, 200)))
            )
            self._date = d
            return f"{d.day} {MONTHS_GEN[d.month - 1]}"
        raise ValueError(slot)

    def _region(self, case: str) -> str:
        key = (self.region_name, case)
        cached = self.c.region_forms.get(key)
        if cached is None:
            cached = self.c.region_forms[key] = self._inflect_region(case)
        return cached

    def _inflect_region(self, case: str) -> str:
        words = []
        for word in self.region_name.split():
            parsed = self.c.morph.analyzer.parse(word.lower())[0]
            form = parsed.inflect({case})
            text = form.word if form else word.lower()
            words.append(cap(text) if word[:1].isupper() else text)
        return " ".join(words)

    def _record(self, kind: str, start: int, text: str) -> None:
        end = start + len(text)
        if kind.startswith("person:") and kind != "person:past":
            p = self.person
            offset = len(p.post) + 1 if kind in ("person:full_post", "person:post_short") else 0
            self.mentions.setdefault(p.key, []).append([start + offset, end])
            if kind in ("person:full_post", "person:post_short"):
                self.posts[p.key] = {"title": p.post, "org": p.org, "place": None,
                                     "status": "current", "start": start,
                                     "end": start + len(p.post)}  # fmt: skip
        elif kind.startswith("region."):
            self.region_spans.append([start, end])
        elif kind == "figure":
            n, role, approx = self._figure
            self.figures.append({"value": n, "unit": "человек", "approx": approx,
                                 "is_people": True, "role": role, "text": text,
                                 "start": start, "end": end})  # fmt: skip
        elif kind == "money":
            value = float(text.split()[0].replace(",", ".")) * 1_000_000
            self.figures.append({"value": value, "unit": "рублей", "approx": None,
                                 "is_people": False, "role": None, "text": text,
                                 "start": start, "end": end})  # fmt: skip
        elif kind in ("date", "date_short"):
            iso = self._date.isoformat()
            self.dates.append({"date": iso, "text": text, "start": start, "end": end})
        elif kind.startswith("city.") and self.rnd.random() < 0.3:
            name = f"администрация города {self.site.city_nomn}"
            self.entities.append({"type": "ORG", "start": start, "end": end, "text": text,
                                  "normal": name})  # fmt: skip

    def people_facts(self) -> list[dict]:
        out = []
        for p in self.cast:
            spans = self.mentions.get(p.key)
            if not spans or any(q["key"] == p.key for q in out):
                continue
            first, middle, last = self.c.name_forms(p, "nomn")
            out.append({"key": p.key, "name": f"{first} {middle} {last}", "last": last,
                        "first": first, "middle": middle,
                        "posts": [self.posts[p.key]] if p.key in self.posts else [],
                        "mentions": spans})  # fmt: skip
        return out

    def region_facts(self) -> list[dict]:
        if not self.region_spans:
            return []
        return [{"code": self.region_code, "name": self.region_name, "mentions": self.region_spans}]


def word_counts(corpus: Corpus, sample: int) -> Counter:
    """Lower-cased word tokens of the first ``sample`` documents (titles and bodies)."""
    counts: Counter = Counter()
    for doc in corpus.documents(0, sample):
        counts.update(w.lower() for w in re.findall(r"[^\W\d_]+", f"{doc['title']} {doc['body']}"))
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=3)
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--stats", type=int, default=0, help="describe the first N documents")
    args = parser.parse_args()
    corpus = Corpus(args.seed, args.size)
    for doc in corpus.documents(0, args.docs):
        print(json.dumps(doc, ensure_ascii=False, indent=1))
    if args.stats:
        counts = word_counts(corpus, args.stats)
        people, values = Counter(), []
        for doc in corpus.documents(0, args.stats):
            people.update(p["key"] for p in doc["people"])
            values += [f["value"] for f in doc["figures"] if f["is_people"]]
        print(f"distinct words {len(counts)}, tokens {sum(counts.values())}")
        print("top 50:", " ".join(w for w, _ in counts.most_common(50)))
        print(f"distinct people {len(people)}; top {people.most_common(5)}")
        values.sort()
        print(f"people counts: {len(values)}, median {values[len(values) // 2]}, max {values[-1]}")


if __name__ == "__main__":
    main()
