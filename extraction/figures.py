"""Quantities in Russian news text: people counts with their role, money, percentages, counts.

A figure is a number (digits or words) followed by what it counts: «около 500 человек»,
«1,5 млн рублей», «86%», «58 ТОСов», «пять КамАЗов», «51 тысяча 369 человек». A number with
nothing counted after it is not a figure, which by itself drops most house numbers, postcodes,
phone numbers and bare years; the rest («в 2018 году», «7 созыва», «№ 45», «15-летнюю»,
«23 ноября», «1 место», ТОС «31 комплекс», «жителями 4, 5 и 15 округов») are ruled out
explicitly. Three kinds of number count without a noun right after them: a scaled sum whose
unit the sentence implies («бюджет — 8 млрд» is roubles, «на шествии — 16 тысяч» people), a
collective numeral («все трое»), and an elliptical count that takes the noun of a figure it
is paired with («из 36 депутатов присутствуют 32», «пришли 24, не явились 18 человек»,
«42 из них», «четыре и два соответственно», «сократят с 49 до 37 депутатов», «21 депутат
вместо прежних 25») or the noun a changing count names («число депутатов сократится с 49 до
37»). A bare number of a list of named groups («двое – КПРФ, один – ЛДПР») shares the role of
the count before it. A bare number after a dash may also take its noun from the word right before
the dash («депутатов – 18, приглашённых – 12»), from the share it amounts to («пришла почти
половина — 97»), from a roll call («Отсутствовали – 7») or from the people a colon breaks it into
(«будет 25: 15 избранных …»). The base a rate is given per («на одного депутата приходится»,
«на 100 жителей») counts nothing.

People are animate counted nouns (not animals or firm-like agents such as «подрядчик») and
participles used as nouns («80 приглашённых»); their role comes from
:mod:`extraction.figure_roles`. Non-people figures have role ``None``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from extraction.figure_absence import absent
from extraction.figure_capacity import place_capacity
from extraction.figure_coordinated_ellipsis import coordinated_with
from extraction.figure_dash_ranges import add_lower_bounds, split_dash_range
from extraction.figure_group_members import group_members_role
from extraction.figure_job_outcomes import placed_in_jobs
from extraction.figure_no_side import no_side_label, took_no_side
from extraction.figure_ranges import scaled_range_start
from extraction.figure_reception import reception_visitors
from extraction.figure_roles import (
    attends,
    leaves,
    people_role,
    quorum_before,
    sentence_bounds,
    subset_of,
)
from extraction.figure_settings import scene_not_count
from extraction.figure_shared_measure import MEASURES, shared_measure_figures
from extraction.figure_shared_scale import shared_scale_figures
from extraction.figure_thresholds import needed_before
from extraction.figure_turnout_shares import turnout_share
from extraction.figure_unit_price import price_of_one
from extraction.lang import months
from extraction.morph import inflect, lemma, parses
from extraction.numbers import is_collective, only_number, parse_words, word_value

_SP = r"[ \u00a0\u202f\u2009]"
_SCALE_WORD = (
    r"(?:тыс|млн|млрд|трлн)(?:\.|(?![\w]))"
    r"|(?:тысяч[аиуеь]?(?:ами|ам|ах)?|тысячей"
    r"|миллион(?:ами|ам|ах|ов|а|ы|е|ом|у)?|миллиард(?:ами|ам|ах|ов|а|ы|е|ом|у)?)(?![\w])"
)
# «4, 5 млрд» (a decimal comma with a space, before a scale word) reads as 4.5.
_NUMBER = re.compile(
    rf"(?<![\w.,:/№#+-])(?:[0-9]+,{_SP}[0-9]{{1,2}}(?={_SP}*(?:{_SCALE_WORD}))"
    rf"|(?:[0-9]{{1,3}}(?:{_SP}[0-9]{{3}})+(?![0-9])|[0-9]+)(?:[.,][0-9]+)?)"
)
_DOT_THOUSANDS = re.compile(r"[0-9]{1,3}(?:\.[0-9]{3})+")
# «66.RU», «29.ru», «74.рф»: a site's name, no quantity
# A vote verb right before a part: «за самообложение проголосовали 97 из них»
_PART_VOTED = re.compile(r"(?<![\w-])(?:про)?голосовал[иао]?\s+(?:[а-яё]+\s+)?$", re.IGNORECASE)
# The same verb right after the part: «из них 70 проголосовали за самообложение»
_PART_VOTED_AFTER = re.compile(
    r"\s+(?:(?:уже|лишь|только)\s+)?(?:про)?голосовал[иао]?(?![\w-])", re.IGNORECASE
)
_SITE_NAME = re.compile(r"\.(?:ru|su|рф|com|net|org|info|online|news|media|tv)(?![\w-])", re.I)
# «20-25 человек»: a range with a hyphen, two short numbers and a lower-case word after.
_HYPHEN_RANGE = re.compile(r"-[0-9]{1,3}(?![0-9]|[.,:/-][0-9])[ \u00a0]+[а-яё]")
_RANGE_TAIL = re.compile(rf"{_SP}*[-–—]{_SP}*([0-9]+(?:[.,][0-9]+)?)(?![0-9]|[.:/-][0-9])")
# «40 — 50 человек»: a range whose dash has spaces round it (no hyphen: «1 - 2» is a score).
_SP_CHARS = frozenset(" \u00a0\u202f\u2009")
_SPACED_RANGE = re.compile(rf"{_SP}+[–—]{_SP}*([0-9]{{1,3}})(?![0-9]|[.,:/-][0-9]){_SP}+[а-яё]")
# «три пятых», «две десятых»: the denominator after a numeral makes a fraction.
_FRACTION_PART = re.compile(
    r"\s+(?:пят|шест|седьм|восьм|девят|десят|сот)(?:ых|ым|ыми)(?![\w-])", re.IGNORECASE
)
_WORD = re.compile(r"[А-Яа-яЁёA-Za-z]+(?:-[А-Яа-яЁё]+)?")
_MULTIPLIER = re.compile(rf"\s*(?P<scale>{_SCALE_WORD})", re.IGNORECASE)
_SCALE = {"тыс": 1e3, "тысяч": 1e3, "млн": 1e6, "миллион": 1e6, "млрд": 1e9, "миллиард": 1e9}
_SCALE["трлн"] = 1e12
_SPLIT_COMPOUND = re.compile(r"\s*(?:комнатн|этажн|летн|местн|разов|дневн|часов|кратн)", re.I)
_SCALED_PART = re.compile(
    rf"{_SP}+(?P<part>[0-9]{{1,3}}(?:[.,][0-9]+)?){_MULTIPLIER.pattern}", re.IGNORECASE
)
# «51 тысяча 369 человек»: units after the last scale word.
_BARE_PART = re.compile(rf"{_SP}+(?P<part>[0-9]{{1,3}})(?![0-9]|[.,:/-][0-9])")
# A cardinal's case ending after digits: «500-ти», «2-х», «500-от», «5-и», «2-мя»; not an
# ordinal's («5-ой», «3-ем», «2-й»).
# «500-ти», «2-х», «15-ть», «5-ро»: a cardinal's case ending (not an ordinal's «-й», «-го»)
_CASE_SUFFIX = re.compile(r"-(?:ти|х|ми|мя|ух|ех|ью|от|и|ть|ро)(?![\w-])", re.IGNORECASE)
_MAX_VALUE = 1e15
_SYMBOL_UNIT = re.compile(
    r"\s*(?:(?P<pct>%|процент(?:ов|а|ам|ами|ах|у|ом)?(?![\w]))"
    r"|(?P<rub>₽|руб\.?(?![\w])|рубл(?:ей|я|ь|ям|ями|ях|ю|ем)(?![\w])|р\.(?!\s*[0-9]))"
    r"|(?P<usd>\$|долл\.|доллар(?:ов|а|ы|ам|ами|ах|у|ом)?(?![\w]))"
    r"|(?P<eur>€|евро(?![\w]))"
    r"|(?P<kop>коп\.|копе(?:ек|йки|йка|йку)(?![\w]))"
    r"|(?P<ppl>чел\.)|(?P<pcs>шт\.)"
    r"|(?P<sqm>кв\.\s*(?:м|км)\.?(?![\w]))"
    r"|(?P<cbm>куб\.\s*м\.?(?![\w])|м3(?![\w])|м³)"
    r"|(?P<km>км(?![\w])\.?)|(?P<ha>га(?![\w]))|(?P<kg>кг(?![\w]))|(?P<t>т\.(?!\s*[а-яё0-9])))",
    re.IGNORECASE,
)
_SYMBOL_NAMES = {
    "pct": "%", "rub": "рубль", "usd": "доллар", "eur": "евро", "kop": "копейка",
    "ppl": "человек", "pcs": "штука", "sqm": "кв. м", "cbm": "куб. м", "km": "км", "ha": "га",
    "kg": "кг", "t": "тонна",
}  # fmt: skip
_APPROX = re.compile(
    r"(?<![\w-])((?:не\s+менее|не\s+более|не\s+меньше|не\s+больше|чуть\s+более|чуть\s+больше"
    r"|более|менее|больше"
    r"|меньше)(?:,?\s+чем)?|около|свыше|почти|порядка|примерно|приблизительно|ориентировочно"
    # «по меньшей мере десять первоклашек», «как минимум 30 человек»: a lower bound, like «не менее»
    r"|по\s+меньшей\s+мере|как\s+минимум|минимум"
    r"|до)\s+$",
    re.IGNORECASE,
)
_MONTH_AFTER = re.compile(
    rf"\s*(?:{months.STEMS})|\s*(?:{'|'.join(months.ABBREVIATIONS)})\.", re.IGNORECASE
)
_MONTH_BEFORE = re.compile(rf"(?:{'|'.join(months.GENITIVE)})\s+$", re.IGNORECASE)
# Words right before a number that make it a label, not a quantity: «д. 93», «статья 12».
_LABELS = {
    "№", "n", "no", "номер", "д", "дом", "корп", "корпус", "кв", "квартира", "стр", "строение",
    "каб", "кабинет", "оф", "офис", "ул", "пр", "пер", "пл", "ст", "ч", "п", "пп", "гл", "тел",
    "телефон", "факс", "моб", "лот", "ауд", "аудитория", "табл", "таблица", "рис", "рисунок",
    "индекс", "версия", "мкр", "микрорайон", "помещение", "вл", "владение", "литер", "подъезд",
}  # fmt: skip
# Parts of documents label a number in any case form: «части 2 статьи 5», «в пункте 3».
_DOCUMENT_PARTS = {
    "статья", "часть", "пункт", "подпункт", "глава", "раздел", "приложение", "абзац", "том",
    "номер", "протокол",
}  # fmt: skip
# «ул. Ленина, 12», «пр-т Мира, д. 5»: a number after a street name.
_STREETS = {
    "ул", "улица", "пр-т", "проспект", "пер", "переулок", "пл", "площадь", "ш", "шоссе",
    "б-р", "бульвар", "мкр", "наб", "набережная", "проезд", "тупик",
}  # fmt: skip
_BEFORE_TOKENS = re.compile(r"№|[\w-]+|,")
_SENTENCE_BREAK = re.compile(r"[.!?…][\s«\"]*$")
_PHONE_BEFORE = re.compile(r"(?:\+7|\(\d{3,5}\))[\s\d()-]*$")
# «ТОС «31 комплекс»», «"5 звёзд"»: a number that opens a quoted name.
_OPENING_QUOTE = frozenset("«\"„“'")
# «4, 5 и 15 округов»: all but the first number of a list; the noun names them, not counts.
_LIST_BEFORE = re.compile(rf"[0-9]{_SP}*(?:,|и|или|[-–—]){_SP}*$")

# Counted nouns that make a number a time, an ordinal or a label rather than a quantity.
_NOT_COUNTS = {
    "год", "месяц", "неделя", "день", "сутки", "час", "минута", "секунда", "век", "лет",
    "раз", "номер", "квартал", "полугодие", "степень", "очередь", "г", "гг", "вечер", "утро",
    "ночь", "половина", "треть", "четверть",
}  # fmt: skip
# Grades named in the plural genitive: «учащиеся 2 классов».
_GRADE_NOUNS = {"класс", "курс"}
# After digits, these name a place in an order: «7 созыва», «1 место», «3 тур».
_DIGIT_ORDINALS = {"созыв", "сессия"}
_ORDINAL_NOUNS = {
    "место", "тур", "категория", "класс", "разряд", "этап", "уровень", "курс", "чтение",
    "созыв", "сессия", "округ", "комплекс", "отделение", "участок",
}  # fmt: skip
PEOPLE = {
    "человек", "житель", "участник", "депутат", "гражданин", "делегат", "сотрудник", "член",
    "работник", "студент", "школьник", "ребёнок", "дети", "волонтёр", "представитель", "гость",
    "зритель", "пенсионер", "ветеран", "избиратель", "специалист", "учащийся", "ученик",
    "педагог", "учитель", "врач", "воспитанник", "спортсмен", "горожанин", "посетитель",
    "слушатель", "активист", "предприниматель", "чиновник", "служащий", "жилец", "собственник",
    "руководитель", "глава", "подросток", "юноша", "девушка", "женщина", "мужчина", "выпускник",
    "первоклассник", "кандидат", "наблюдатель", "сельчанин", "семьянин", "дошкольник",
    "инвалид", "многодетный", "доброволец", "спасатель", "полицейский", "медик", "абитуриент",
    "пациент", "читатель", "автор", "артист", "музыкант", "делегатка",
    "труженик", "призывник", "боец", "военнослужащий", "аспирант", "лицо", "претендент",
    "кандидатура", "градоначальник", "мэр", "парламентарий", "избранник",
    "одномандатник", "списочник",
}  # fmt: skip
_BLANK = re.compile(r"[^\S\n]*")
# Participles and adjectives used as nouns for people: «80 приглашённых».
_SUBSTANTIVES = {
    "приглашенный", "присутствующий", "присутствовавший", "голосовавший", "пострадавший",
    "желающий", "проголосовавший",
    "опрошенный", "собравшийся", "пришедший", "участвующий", "зарегистрированный",
    "голосующий", "занимающийся", "обучающийся", "работающий", "нуждающийся", "погибший",
    "раненый", "отдыхающий", "многодетный", "служащий", "учащийся", "взрослый", "пожилой",
    "малоимущий", "малообеспеченный", "безработный", "верующий", "болельщик", "заболевший",
    "избранный", "потерпевший", "обвиняемый", "осужденный", "подозреваемый", "задержанный",
    "проживающий", "выступивший", "награжденный", "подчиненный", "оставшийся",
    "беспартийный", "отсутствующий", "отсутствовавший", "выбывший", "воздержавшийся",
    "выступающий", "выступавший", "обратившийся", "записавшийся",
    # a rally's crowd: «на площадь вышли 300 митингующих»
    "митингующий", "протестующий", "бастующий",
}  # fmt: skip
# Animate nouns that are not people counts: animals, and agents that are usually firms.
_NOT_PEOPLE = {
    "поставщик", "оператор", "подрядчик", "субподрядчик", "застройщик", "перевозчик",
    "производитель", "партнер", "инвестор", "агент", "заказчик", "резидент", "спонсор",
    "арендатор", "эмитент", "страховщик", "грантополучатель",
    "субботник", "воскресник",  # events, which the dictionary reads as people
    "рыба", "собака", "кошка", "животное", "птица", "лошадь", "корова", "свинья", "овца",
    "пес", "кот", "малек", "особь", "зверь", "олень", "медведь", "волк", "утка", "курица",
    "пчела", "бык", "коза", "кролик", "голубь", "лебедь", "теленок", "щенок", "котенок",
}  # fmt: skip
_ABBREV = re.compile(r"([А-ЯЁA-Z]{2,})[а-яё]*$")
_MIXED_CASE = re.compile(r"[А-ЯЁ][а-яё]*[А-ЯЁ]")  # «КамАЗов», «ЗиЛа»: brands with a lemma
_TAKE_PLACE = re.compile(r"(?:заня[а-яё]*|заним[а-яё]*|призов[а-яё]*)\s+$", re.IGNORECASE)
_RATIO_BEFORE = re.compile(r"(?<![\w-])в\s+$", re.IGNORECASE)  # «в 2,1 раза»
_ONE_OF = re.compile(r"\s+из\s+(?!них|которых)", re.IGNORECASE)
# Words that make «один»… not a count: «ни один», «с одной стороны», «в один голос».
_NI_BEFORE = re.compile(r"(?<![\w-])ни\s+$", re.IGNORECASE)
_WORD_IDIOM = re.compile(
    r"(?<![\w-])(?:с\s+(?:одной|другой)\s+стороны|в\s+один\s+голос|одним\s+словом"
    r"|в\s+одном\s+лице|один\s+на\s+один|одним\s+(?:списком|пакетом|махом|днем|днём)"
    r"|одного\s+окна|одной\s+командой|в\s+одно\s+касание)",
    re.IGNORECASE,
)
# Elided units of a scaled number: «бюджет — 8 млрд» (roubles), «на шествии — 16 тысяч».
_MONEY_CUES = re.compile(
    r"руб|бюджет|средств|финанс|стоимост|сумм|доход|расход|штраф|зарплат|выделен|затрат"
    r"|инвестиц|налог|дефицит|кредит|долг|субсиди|цен[аеуы]|копе|долл|евро|₽|\$",
    re.IGNORECASE,
)
_EVENT_CUES = re.compile(
    r"шестви|праздн|митинг|акци|концерт|фестивал|субботник|забег|парад|зрител|участник"
    r"|собрал|пришл|посетил|участ|населени|жител|численност|прожива"
    # watching and visiting: «1,5 миллиона посмотрели фейерверки», «в парке побывали 2 миллиона»
    r"|(?<![а-яё])(?:по)?смотрел|(?<![а-яё])(?:по)?наблюдал|(?<![а-яё])побывал"
    r"|(?<![а-яё])полюбовал",
    re.IGNORECASE,
)


_PEOPLE = {w.replace("ё", "е") for w in PEOPLE} | _SUBSTANTIVES


def _norm(word: str) -> str:
    return word.lower().replace("ё", "е")


def _number_value(raw: str) -> float:
    return float(re.sub(rf"{_SP}", "", raw).replace(",", "."))


def _agrees(value: float, integral: bool, parses: list) -> bool:
    """Noun form fits a count: «5 участников», «3 депутата», «21 ТОС» but not «7 созыва»,
    «12 округа» or «2008 граждане» (a year before a plural nominative)."""
    if not integral:
        return True
    n = int(value)
    last, last2 = n % 10, n % 100
    for p in parses:
        num, case = p.tag.number, p.tag.case
        if "Fixd" in p.tag:
            return True
        if last == 1 and last2 != 11:
            return True
        if num == "plur" or "Pltm" in p.tag:
            # the accusative of an inanimate plural is its nominative: «12 округа» is a label
            if case == "nomn" or (case == "accs" and "anim" not in p.tag):
                continue
            return True
        if 2 <= last <= 4 and not 12 <= last2 <= 14 and case in {"gent", "nomn", "accs"}:
            return True
    return False


def _parse(word: str) -> tuple:
    """pymorphy3 parses through the shared safe cache (rare characters give none)."""
    return parses(word)


@lru_cache(maxsize=10_000)
def _substantive(word: str) -> str | None:
    """«приглашённых» -> «приглашённый» when that participle names people."""
    found = _parse(word)
    form = inflect(found[0], {"masc", "sing", "nomn"}) if found else None
    return form if form is not None and _norm(form) in _SUBSTANTIVES else None


def _shouted_word(word: str) -> bool:
    """A word of four or more capitals the dictionary knows («ПРОТИВ», «ВОЗДЕРЖАЛСЯ»,
    «ДЕПУТАТОВ»): written loud, not an abbreviation («ТОС», «МФЦ») naming what is counted."""
    if len(word) < 4 or not word.isupper():
        return False
    found = _parse(word.lower())
    return bool(found) and found[0].is_known


def _counted_noun(
    text: str, pos: int, value: float, integral: bool, digits: bool
) -> tuple[str, int, bool] | None:
    """Lemma and end offset of the noun counted after ``pos``, skipping up to 3 adjectives.

    A plural participle with no noun after it counts people: «80 приглашённых».
    """
    substantive: tuple[str, int, bool] | None = None
    adjective_cases: set[str] | None = None
    for _ in range(4):
        m = _WORD.match(text, _BLANK.match(text, pos).end())
        if m is None:
            return substantive
        word = m.group()
        abbrev = _ABBREV.match(word)
        if abbrev and _shouted_word(word):
            word = word.lower()  # «ЗА – 20 ПРОТИВ – 0», «20 ДЕПУТАТОВ»: written loud
        elif abbrev:
            return abbrev.group(1).lower(), m.end(), False
        mixed = _MIXED_CASE.match(word)
        if word[0].isupper() and not mixed:
            return substantive
        parses = _parse(word)
        if not parses:
            return substantive
        top = parses[0]
        if top.tag.POS == "ADVB" and word.lower() in _BEFORE_PARTICIPLE:
            pos = m.end()  # «25 вновь избранных депутатов»
            continue
        if word.lower() in _POSSESSIVES:
            pos = m.end()  # «два его заместителя», «пять её членов»
            continue
        if top.tag.POS in {"ADJF", "PRTF"} and ("Anum" not in top.tag or top.tag.number == "plur"):
            if substantive is None and top.tag.number == "plur":
                noun = _substantive(word)
                if noun is not None:
                    substantive = (noun, m.end(), True)
            adjective_cases = {p.tag.case for p in parses if p.tag.POS in {"ADJF", "PRTF"}}
            pos = m.end()
            continue
        nouns = [p for p in parses if p.tag.POS == "NOUN"]
        if top.tag.POS != "NOUN" and not (nouns and top.tag.POS in {"ADVB", "ADJS", None}):
            return substantive
        if not nouns or not _agrees(value, integral, nouns):
            return None
        if adjective_cases and not adjective_cases & {p.tag.case for p in nouns}:
            # «из 14 заявленных фракциями»: the agent of a participle, not the counted noun
            return substantive
        lem = nouns[0].normal_form
        if digits and _ordinal_after_digits(_norm(lem), value, nouns):
            return None
        if mixed:
            return lem, m.end(), False
        return lem, m.end(), "anim" in nouns[0].tag and _norm(lem) not in _NOT_PEOPLE
    return substantive


_POSSESSIVES = {"его", "её", "ее", "их"}
# Adverbs that stand before a participle inside a counted phrase: «25 вновь избранных».
_BEFORE_PARTICIPLE = {"вновь", "впервые", "ранее", "повторно", "досрочно", "заново"}


def _ordinal_after_digits(lem: str, value: float, nouns: list) -> bool:
    """«7 созыва», «1 место», «21 округ»: digits that number rather than count."""
    if lem in _DIGIT_ORDINALS:
        return True
    if lem not in _ORDINAL_NOUNS:
        return False
    n = int(value)
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:  # «3 места» is a count, «3 место» not
        # an oblique plural agrees with a count: «на 24 участках», «по 3 округам»; not
        # «учащиеся 2 классов», «студенты 3 курсов», whose grades are plural ordinals
        return all(
            (p.tag.number == "sing" and p.tag.case != "gent")
            or (p.tag.number == "plur" and p.tag.case == "gent" and lem in _GRADE_NOUNS)
            for p in nouns
        )
    return all(p.tag.number == "sing" for p in nouns)


# «с 49 до 37», «сократят до 25»: «до» ends a change, it does not round the number.
_CHANGE_TO = re.compile(
    r"(?:(?<![\w-])с\s+[0-9а-яё]+(?:[.,][0-9]+)?(?:\s+[а-яё]+)?|(?<![\w-])(?:сократ|сокращ|увелич|уменьш|сниз"
    r"|сниж|повыс|повыш|вырос|выраст|довед|довод|расшир)[а-яё]*(?:\s+[а-яё]+)?)\s+$",
    re.IGNORECASE,
)


def _approx(text: str, start: int) -> tuple[str | None, int]:
    m = _APPROX.search(text, max(0, start - 24), start)
    if m is None:
        return None, start
    word = re.sub(r"[\s,]+", " ", m.group(1).lower())
    if word == "до" and _CHANGE_TO.search(text, max(0, m.start(1) - 40), m.start(1)):
        return None, start
    return word, m.start(1)


def _is_label(text: str, start: int) -> bool:
    if start and text[start - 1] in _OPENING_QUOTE:
        return True
    window = text[max(0, start - 50) : start]
    tokens = _BEFORE_TOKENS.findall(window)
    if not tokens:
        return False
    last = tokens[-1].lower()
    if last in _LABELS:
        return True
    # «части 2»; not «пять заместителей главы. Два из них …», where a sentence ended
    if lemma(last) in _DOCUMENT_PARTS and not _SENTENCE_BREAK.search(window):
        return True
    # «ул. Ленина, 12», «ул. Карла Маркса, 5»
    for k in (2, 3, 4):
        if len(tokens) > k and tokens[-1] == "," and _street_word(tokens[-k - 1], text, start):
            if all(t[:1].isupper() or t[:1].isdigit() for t in tokens[-k:-1]):
                return True
    if "+" in window or "(" in window:
        return bool(_PHONE_BEFORE.search(window[-25:]))
    return False


# «на улице Садовой, 14, и …»: after an inflected street word the number is a house's only when
# no word follows it, as «на площади Победы, 300 человек» may count.
_HOUSE_END = re.compile(r"[0-9]+(?:[а-яё]|/[0-9]+)?(?=\s*(?:[,.;)]|$))")


def _street_word(token: str, text: str, start: int) -> bool:
    """``token`` names a street before «…, N», and N is a house number."""
    if token.lower() in _STREETS:
        return True
    return lemma(token.lower()) in _STREETS and bool(_HOUSE_END.match(text, start))


# «на участок № 1412 — 1 306 человек»: a spaced dash after a labelled number; a hyphen
# spaced on both sides is such a dash too («округ №223 - 55 кандидатов»), unlike «№ 3-5»
_SPACED_DASH_BEFORE = re.compile(rf"(?P<num>[0-9]+){_SP}+[–—-]{_SP}+$")


def _after_label_dash(text: str, start: int) -> bool:
    """The number follows a spaced dash after a label («№ 7 — 40 человек»): what the label
    names has that many, which is no list of labels."""
    dash = _SPACED_DASH_BEFORE.search(text, max(0, start - 16), start)
    if dash is None or not _is_label(text, dash.start("num")):
        return False
    # «в округах № 4 — 7»: after a plural noun the labels make a range; the likeliest reading
    # decides, so «округ № 5 – 82 избирателя» (also a rare plural of «округа») stays singular
    named = _WORD.findall(text[max(0, dash.start("num") - 30) : dash.start("num")])
    found = parses(named[-1]) if named else []
    return bool(found) and found[0].tag.number != "plur"


_DOCUMENTS = {"правило", "закон", "кодекс", "положение", "устав", "регламент", "постановление"}


def _counts_plural(text: str, start: int, pos: int, end: int, unit: str) -> bool:
    """«задали главе 27 вопросов»: a number that counts a common noun in the plural is a count,
    even after a word that also names a part of a document («главе», «части»)."""
    words = text[pos:end].split()
    if not words or not words[-1][:1].islower() or lemma(unit) in _DOCUMENT_PARTS | _DOCUMENTS:
        return False
    before = _BEFORE_TOKENS.findall(text[max(0, start - 30) : start])
    if not before or lemma(before[-1].lower()) not in _DOCUMENT_PARTS:
        return False  # «д. 8 тел.»: a house number stays a label
    found = parses(words[-1].lower())
    return bool(found) and found[0].tag.number == "plur"


def _scale_of(m: re.Match[str]) -> float:
    key = m.group("scale").lower().rstrip(".")
    return next(v for k, v in _SCALE.items() if key.startswith(k))


# A sentence that opens with its subject and gives its count after a dash.
_DASHED_SUBJECT = re.compile(
    r"\s*([А-ЯЁ][а-яё]+)[^—–.!?\n]{0,60}[—–]\s*(?:около|более|свыше|почти|порядка)?\s*$"
)


def _elided_unit(text: str, start: int, end: int, factor: float) -> tuple[str, bool] | None:
    """Unit of a scaled number with no noun after it, from the words of its sentence."""
    named = _named_before_dash(text, start)
    if named is not None:  # «а избирателей – 3,1 тысячи»
        return named
    lo, hi = sentence_bounds(text, start, end)
    # «Число жителей составляет 25 тысяч»: the last «число X» before the number
    counted = next(reversed(list(_COUNT_OF.finditer(text, lo, start))), None)
    nouns = (
        [p for p in _parse(counted.group("noun").lower()) if p.tag.POS == "NOUN"] if counted else []
    )
    if nouns and nouns[0].tag.number == "plur":
        lem = _norm(nouns[0].normal_form)
        if lem not in _NOT_COUNTS:
            return nouns[0].normal_form, "anim" in nouns[0].tag and lem not in _NOT_PEOPLE
    subject = _DASHED_SUBJECT.match(text, lo, start)
    if subject is not None:  # «Горожане старше трудоспособного возраста — почти 19 тысяч»
        nouns = [p for p in _parse(subject.group(1).lower()) if p.tag.POS == "NOUN"]
        if nouns and {"plur", "nomn", "anim"} in nouns[0].tag:
            return nouns[0].normal_form, True
    sentence = text[lo:start] + " " + text[end:hi]
    money, event = _MONEY_CUES.search(sentence), _EVENT_CUES.search(sentence)
    if event and not money:
        return "человек", True
    if money or factor >= 1e6:
        return "рубль", False
    return None


_WITH_MORE = re.compile(r"\s+с\s+(?:лишним|небольшим|гаком)(?![\w-])", re.IGNORECASE)


def _with_unit(
    text: str, start: int, pos: int, value: float, integral: bool, digits: bool, factor: float
) -> tuple[str, int, bool] | None:
    more = _WITH_MORE.match(text, pos)  # «400 с лишним человек»: the noun after the tail
    pos = more.end() if more else pos
    sym = _SYMBOL_UNIT.match(text, pos)
    if sym:
        unit = _SYMBOL_NAMES[sym.lastgroup]
        return unit, sym.end(), unit == "человек"
    counted = _counted_noun(text, pos, value, integral, digits)
    if counted is None:
        if factor >= 1000:
            elided = _elided_unit(text, start, pos, factor)
            if elided is not None:
                return elided[0], pos, elided[1]
        return None
    unit = counted[0]
    if unit == "раз" and _RATIO_BEFORE.search(text, max(0, start - 3), start):
        return counted  # «в 2,1 раза»: a ratio
    if unit in _NOT_COUNTS or (
        unit == "место" and _TAKE_PLACE.search(text, max(0, start - 30), start)
    ):
        return None
    return counted


def _figure(
    text: str,
    start: int,
    num_end: int,
    value: float,
    integral: bool,
    digits: bool = True,
    factor: float = 1,
    skip_to: int | None = None,
) -> dict | None:
    """Complete a number at [start, num_end) into a figure, or None when it counts nothing;
    ``skip_to``: where the words after the number begin (past its spelling in brackets)."""
    pos = skip_to or num_end
    scale = _MULTIPLIER.match(text, pos) if digits else None
    found = None
    if scale:
        factor = _scale_of(scale)
        value *= factor
        integral = False
        pos = scale.end()
        # «1 млрд 200 млн рублей»: smaller parts follow the bigger one.
        while (part := _SCALED_PART.match(text, pos)) and _scale_of(part) < factor:
            factor = _scale_of(part)
            value += _number_value(part.group("part")) * factor
            pos = part.end()
        bare = _BARE_PART.match(text, pos)
        if bare and factor >= 1000 and not _MONTH_AFTER.match(text, bare.end()):
            part = int(bare.group("part"))
            found = _with_unit(text, start, bare.end(), part, True, digits, 1)
            if found is not None:
                value += part
    if found is None:
        found = _with_unit(text, start, pos, value, integral, digits, factor)
    if found is None:
        return None
    unit, end, animate = found
    if digits and _is_label(text, start) and not _counts_plural(text, start, pos, end, unit):
        return None
    # «дома 5, 6 и 7»: a digit in a list of labels; not a word numeral after a tally's digit
    # («против — 9, два бюллетеня признаны недействительными»)
    if digits and factor == 1 and _LIST_BEFORE.search(text, max(0, start - 6), start):
        # «на дистанциях 1 и 4 километра»: a measure is no label, whatever stands before it
        if (
            not _SYMBOL_UNIT.match(text, pos)
            and not _after_label_dash(text, start)
            and _norm(unit) not in MEASURES
        ):
            return None
    if value in _RATE_BASES and _per_one(text, start, end):
        return None  # «На 100 жителей приходится 32 автомобиля»: a rate's base, not a count
    approx, span_start = _approx(text, start)
    value = round(value, 6)
    return {
        "value": int(value) if value == int(value) else value,
        "unit": unit,
        "approx": approx,
        # «школа рассчитана на 250 учеников»: a capacity holds, it counts nobody
        "is_people": (animate or _norm(unit) in _PEOPLE) and not place_capacity(text, start),
        "role": None,
        "text": text[span_start:end],
        "start": span_start,
        "end": end,
    }


_SPELLED = re.compile(r"[^\S\n]*\((?P<words>[А-Яа-яЁё ]{3,60})\)")


def _spelled(text: str, end: int, raw: str) -> int | None:
    """End of «(пятьдесят)» after «50» when the words in brackets spell the number."""
    m = _SPELLED.match(text, end)
    if m is None or not re.sub(_SP, "", raw).isdigit():
        return None
    words = m.group("words").split()
    parsed = parse_words(words)
    if parsed is None or parsed[1] != len(words) or parsed[0] != int(re.sub(_SP, "", raw)):
        return None
    return m.end()


def _spaced_range(text: str, m: re.Match[str]) -> bool:
    """«40 — 50 человек»: a smaller number, a spaced dash and a larger one before a word."""
    tail = _SPACED_RANGE.match(text, m.end())
    return bool(tail) and int(m.group()) < int(tail.group(1))


def _next_is_quick_reject(text: str, pos: int) -> bool:
    """Cheap test that nothing countable can follow: digits, punctuation, end of text."""
    k = pos
    n = len(text)
    while k < n and text[k] in " \u00a0\u202f\t":
        k += 1
    return k >= n or not (text[k].isalpha() or text[k] in "%₽$€")


def _number_at(text: str, m: re.Match[str]) -> tuple[int, float, bool] | None:
    """End, value and integrality of the digits matched by ``m`` with their range tail and
    case ending, or None when they are a date, a time, an ordinal or a compound."""
    start, end = m.start(), m.end()
    nxt = text[end : end + 2]
    if (nxt[:1] in {":", "/"} or nxt[:1] in ".-") and nxt[1:2].isdigit():
        if not (nxt[:1] == "-" and end - start <= 3 and _HYPHEN_RANGE.match(text, end)):
            return None  # not «20-25 человек»
    if nxt[:1] == "-" and nxt[1:2].isalpha():
        suffix = _CASE_SUFFIX.match(text, end)
        if suffix is None:  # an ordinal or a compound: «15-летнюю», «2018-м», «3-й»
            return None
        end = suffix.end()  # a cardinal's case ending: «500-ти человек», «2-х тысяч»
        if _SPLIT_COMPOUND.match(text, end):  # «3-х комнатная», «5-ти этажный»
            return None
    rng = _RANGE_TAIL.match(text, end)
    if rng:  # «10–15 человек»: the upper bound here; figure_dash_ranges adds the lower one
        raw, end = rng.group(1), rng.end()
    else:
        raw = m.group()
    if _MONTH_AFTER.match(text, end) or _MONTH_BEFORE.search(text, max(0, start - 12), start):
        return None  # «23 ноября», «1 января 2008 граждане»
    if _DOT_THOUSANDS.fullmatch(raw) and not _MULTIPLIER.match(text, end):
        raw = raw.replace(".", "")  # «1.500 человек»: a dot between thousands
    value = _number_value(raw)
    if value > _MAX_VALUE:  # a digit run, not a quantity (and float("9" * 400) is inf)
        return None
    return end, value, "," not in raw and "." not in raw


def find_figures(text: str) -> list[dict]:
    """Every quantity in ``text``, ordered by position."""
    out: list[dict] = []
    bare: list[tuple[int, int, float]] = []  # numbers that counted nothing by themselves
    ranges: list[tuple[dict, dict]] = []  # «40–50 человек»: (lower bound, upper bound)
    consumed = 0
    for m in _NUMBER.finditer(text):
        start = m.start()
        if start < consumed:
            continue
        raw, nxt = m.group(), text[m.end() : m.end() + 2]
        if nxt[:1] == "." and _SITE_NAME.match(text, m.end()):
            continue  # «сообщает 66.RU»: a number that opens a site's name
        if (nxt[:1] in {":", "/"} or nxt[:1] in ".-") and nxt[1:2].isdigit():
            if not (nxt[:1] == "-" and len(raw) <= 3 and _HYPHEN_RANGE.match(text, m.end())):
                continue  # a time, a fraction, a date or a phone number; not «20-25 человек»
        spelled = _spelled(text, m.end(), raw)
        if spelled is not None:  # «50 (пятьдесят) делегатов»: the count spelled out after it
            value = float(re.sub(_SP, "", raw))
            fig = _figure(text, start, m.end(), value, True, skip_to=spelled)
            if fig is not None:
                out.append(fig)
                consumed = fig["end"]
            elif _BARE_END.match(text, spelled):
                bare.append((start, spelled, int(value)))
            continue
        spaced_range = len(raw) <= 3 and nxt[:1] in _SP_CHARS and _spaced_range(text, m)
        if _next_is_quick_reject(text, m.end()) and nxt[:1] not in "-–—" and not spaced_range:
            # nothing countable follows: at most an elliptical count («присутствуют 32,»)
            digits = re.sub(_SP, "", raw)  # «12 345»: a space between thousands
            if digits.isdigit() and len(digits) < 7 and _BARE_END.match(text, m.end()):
                bare.append((start, m.end(), int(digits)))
            continue
        number = _number_at(text, m)
        if number is None:
            continue
        end, value, integral = number
        fig = None
        if not _next_is_quick_reject(text, end):
            fig = _figure(text, start, end, value, integral)
        ranged = end > m.end() and text[m.end() : end].lstrip(" \u00a0\u202f\u2009")[:1] in "-–—"
        if fig is not None and ranged and _norm(fig["unit"]) in _ORDINAL_NOUNS:
            fig = None  # «в 10–11 классах», «5-7 места»: a range of ordinals
        if fig is not None:
            if ranged and (lower := split_dash_range(text, fig, m)) is not None:
                ranges.append((lower, fig))
            out.append(fig)
            consumed = fig["end"]
        elif integral and (end == m.end() or _CASE_SUFFIX.fullmatch(text, m.end(), end)):
            bare.append((start, end, value))
        elif end == m.end() and (scale := _MULTIPLIER.match(text, end)):
            # «детей – около 1,2 тысячи»: a scaled number with no noun; _elliptical scales it
            if _BARE_END.match(text, scale.end()):
                bare.append((start, end, value))
        elif end == m.end() and scaled_range_start(text, start, end):
            bare.append((start, end, value))  # «с 9,6 до 8,1 тыс. человек»
    words, bare_words = _word_figures(text)
    out.extend(words)
    out.sort(key=lambda f: f["start"])
    bare.extend(bare_words)
    bare.sort()
    out.extend(_elliptical(text, out, bare))
    out.extend(shared_scale_figures(text, out))  # «120, 100 и 80 тысяч рублей»
    out.extend(shared_measure_figures(text, out, _norm))  # «на дистанциях 1 и 4 километра»
    out.sort(key=lambda f: f["start"])
    for f in out:
        if not f["is_people"] and _norm(f["unit"]) == "голос" and no_side_label(text, f["start"]):
            f["is_people"] = True  # «Не голосовало: 98 голосов»: deputies who took no side
    _assign_roles(text, out)
    add_lower_bounds(out, ranges)
    return out


_SCALE_LEMMAS = {"десяток", "сотня", "тысяча", "миллион", "миллиард"}


def _one_scale(text: str, word: re.Match[str]) -> bool:
    """A lone «тысяча» or «сотня» means 1000 or 100; plural «тысячи»/«сотни» mean "thousands"
    unless «более тысячи» makes it a genitive singular."""
    numbers = {
        p.tag.number
        for p in _parse(word.group())
        if p.tag.POS == "NOUN" and p.normal_form in _SCALE_LEMMAS  # not «десятка» for «десяток»
    }
    if numbers == {"sing"}:
        return True
    return "sing" in numbers and _approx(text, word.start())[0] is not None


_SPELLING_BEFORE = re.compile(r"[0-9][^\S\n]*\($")
_AND_HALF = re.compile(r"[^\S\n]+с[^\S\n]+половиной[^\S\n]+", re.IGNORECASE)


def _word_figures(text: str) -> tuple[list[dict], list[tuple[int, int, float]]]:
    """«полторы тысячи жителей», «около трёхсот человек», «пять КамАЗов», «двое избранных»;
    and the word numbers that count nothing after them («"против" трое»)."""
    out: list[dict] = []
    bare: list[tuple[int, int, float]] = []
    hits = [m for m in _WORD.finditer(text) if word_value(m.group()) is not None]
    i = 0
    while i < len(hits):
        first = hits[i]
        joined = i and _BLANK.fullmatch(text, hits[i - 1].end(), first.start())
        before = text[max(0, first.start() - 3) : first.start()].rstrip()
        spelling = _SPELLING_BEFORE.search(text, max(0, first.start() - 8), first.start())
        if joined or before[-1:].isdigit() or spelling:  # inside a longer numeral, «12 тысяч»,
            # or the spelling of digits before: «50 (пятьдесят)»
            i += 1
            continue
        j = i + 1
        while j < len(hits) and _BLANK.fullmatch(text, hits[j - 1].end(), hits[j].start()):
            j += 1
        parsed = parse_words([h.group() for h in hits[i:j]])
        if parsed is None:
            i += 1
            continue
        value, used = parsed
        last = hits[i + used - 1]
        i += used
        kind = word_value(last.group())[0]
        half = _AND_HALF.match(text, last.end())
        if kind == "unit" and half and i < len(hits) and hits[i].start() == half.end():
            scale = word_value(hits[i].group())
            if scale[0] == "scale" and scale[1] >= 1000:  # «две с половиной тысячи»
                value, last, kind = (value + 0.5) * scale[1], hits[i], "scale"
                i, used = i + 1, used + 1
        if used == 1 and kind == "scale" and not _one_scale(text, first):
            continue  # «тысячи демонстрантов», «несколько тысяч человек»: no exact value
        if text[last.end() : last.end() + 1] == "-" or _quoted_name(text, first.start()):
            continue
        if value == 1 and _ONE_OF.match(text, last.end()):
            continue  # «одним из 25 депутатов», «одна из причин»: «one of», not a count
        if value == 1 and _per_one(text, first.start(), last.end()):
            continue  # «на одного депутата приходится …»: a rate's base, not a count
        if value == 1 and price_of_one(text, first.start(), last.end()):
            continue  # «стоимость одной путёвки»: the item a price is per
        if scene_not_count(text, first.start(), last.end()):
            continue  # «в двух чтениях», «на одном заседании»: the setting, not a count
        if _FRACTION_PART.match(text, last.end()):
            continue  # «три пятых депутатов»: a fraction, no count
        if value < 10 and (
            _NI_BEFORE.search(text, max(0, first.start() - 4), first.start())
            or _WORD_IDIOM.search(text, max(0, first.start() - 12), last.end() + 12)
        ):
            continue
        factor = word_value(last.group())[1] if kind == "scale" else 1
        fig = _figure(text, first.start(), last.end(), value, True, False, factor)
        if fig is None and is_collective(first.group()) and used == 1:
            fig = _collective(text, first.start(), last.end(), value)
        if fig is not None:
            out.append(fig)
        elif value == int(value):
            bare.append((first.start(), last.end(), value))
    return out, bare


# «на одного депутата приходится», «в расчёте на одного жителя», «из расчёта на одну семью»:
# the «one» a rate is given per.
_PER_BEFORE = re.compile(r"(?<![\w-])на\s+$", re.IGNORECASE)
_PER_WORDS = re.compile(r"(?<![\w-])(?:в|из)\s+расч[её]т[ае]\s+на\s+$", re.IGNORECASE)
_PER_VERB_AFTER = re.compile(
    r"(?:\s+[а-яё]+){0,3}?\s+(?:в\s+среднем\s+)?приход(?:ит|ят|ил)[а-яё]*(?![\w-])",
    re.IGNORECASE,
)


_RATE_BASES = {1, 10, 100, 1000, 10000, 100000}


def _per_one(text: str, start: int, end: int) -> bool:
    """«один» as the base of a rate: «На одного депутата приходится 5 тысяч избирателей»."""
    window = text[max(0, start - 20) : start]
    if _PER_WORDS.search(window):
        return True
    return bool(_PER_BEFORE.search(window) and _PER_VERB_AFTER.match(text, end))


def _quoted_name(text: str, start: int) -> bool:
    """«Один день из жизни…»: a capitalised numeral right after an opening quote."""
    return start > 0 and text[start - 1] in _OPENING_QUOTE


def _collective(text: str, start: int, end: int, value: float) -> dict | None:
    """«все трое», «пятеро из них»: a collective numeral alone counts people."""
    nxt = _WORD.match(text, _BLANK.match(text, end).end())
    if nxt is not None and nxt.group().lower() == "суток":
        return None
    # «Ветеранов войны в районе осталось трое»: the people noun before it, if any, is counted
    if _WORD_BEFORE.search(text, max(0, start - 8), start) and (found := _inverted(text, start)):
        if found[1]:
            return _people(text, start, end, value, found[0])
    return _people(text, start, end, value, "человек")


def _people(text: str, start: int, end: int, value: float, unit: str, people: bool = True):
    approx, span_start = _approx(text, start)
    return {
        "value": int(value) if value == int(value) else value,
        "unit": unit,
        "approx": approx,
        "is_people": people,
        "role": None,
        "text": text[span_start:end],
        "start": span_start,
        "end": end,
    }


# Elliptical counts: where a bare number sits, and which figure lends it a noun.
_FROM_THEM_AFTER = re.compile(r"\s+из\s+(?:них|которых|числа\s+\w+)(?![\w])", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"(?<![\w-])из\s+$", re.IGNORECASE)
_ADJUNCT_GAP = re.compile(r"\s+(?:на|в|во|по|для|у)\s+", re.IGNORECASE)
_PLACE_BEFORE = re.compile(r"(?<![\w-])(?:в|во|на|по|для|у)\s+$", re.IGNORECASE)
# «28 депутатов из 30», «22 депутата (из 25)»
_FROM_GAP = re.compile(r"\s+\(?из\s+", re.IGNORECASE)
_OWNER_FROM_GAP = re.compile(r"(?:\s+[а-яё]+){1,2}\s+\(?из\s+", re.IGNORECASE)
_FROM_THEM_BEFORE = re.compile(
    r"(?<![\w-])(?:(?:из|среди)\s+(?:них|которых)|в\s+том\s+числе|в\s+их\s+числе)[\s,:—–-]*"
    # «из них около 40 тысяч — …», «из них только 250 онлайн»
    r"(?:(?:только|лишь|всего|ещё|еще|уже)\s+)?"
    rf"(?:{_APPROX.pattern[:-4]}\s+)?$",
    re.IGNORECASE,
)
# «Из них трудоспособного возраста – около 12 тысяч»: a group named between «из них» and a
# dash before the number.
_FROM_THEM_GROUP_BEFORE = re.compile(
    r"(?<![\w-])(?:из|среди)\s+(?:них|которых)\s+(?:[а-яё]+\s+){1,3}[—–]\s*"
    rf"(?:{_APPROX.pattern[:-4]}\s+)?$",
    re.IGNORECASE,
)
# «Из них выступили одиннадцать»: a verb between «из них» and the number.
_FROM_THEM_VERB_BEFORE = re.compile(
    r"(?<![\w-])(?:из|среди)\s+(?:них|которых)\s+(?P<verb>[а-яё]+)\s+"
    rf"(?:(?:уже|ещ[её]|лишь|только|{_APPROX.pattern[:-4]})\s+)?$",
    re.IGNORECASE,
)
_YEARS_AFTER = re.compile(
    r"[^\S\n]+(?:лет|года?|годам|месяц[а-я]*|дн[а-яё]*|недел[а-яё]*|час(?:а|ов|ам|ами|ах|у)?|минут[а-я]*"
    r"|сут[а-я]*)(?![\w-])",
    re.IGNORECASE,
)


def _from_them_verb(text: str, start: int) -> bool:
    m = _FROM_THEM_VERB_BEFORE.search(text, max(0, start - 50), start)
    if m is None:
        return False
    found = _parse(m.group("verb").lower())
    return bool(found) and found[0].tag.POS in {"VERB", "PRTS"}


# One clause to the next: a comma or a dash and at most five words, no digits.
_CLAUSE_GAP = re.compile(r"(?=[^0-9]*[,—–;:])[^0-9.!?\n]{0,60}", re.IGNORECASE)
_LIST_ITEM_AFTER = re.compile(r"\s*(?:[—–]|-\s|от\s)\s*[«\"„“А-ЯЁA-Z]")
_SCALED_TEXT = re.compile(r"тыс|млн|млрд|трлн|тысяч|миллион|миллиард", re.IGNORECASE)
_RESPECTIVELY = re.compile(
    r"(?:\s*(?:,|и)\s*(?:[0-9]+|[а-яё]+))*\s*,?\s*соответственно(?![\w])", re.IGNORECASE
)
_PARALLEL_GAP = re.compile(r",\s*(?:[а-яё-]+\s+){1,4}$", re.IGNORECASE)
_BARE_END = re.compile(
    r"\s*(?:[,.;:!?)»\"]|—|–|\s-\s|$)"
    r"|\s+\((?=[0-9]+[,.]?[0-9]*\s*%)"  # «17 из 20 (85%)»: a share in brackets after it
    r"|\s+(?:[0-9]|(?:а|но|из|и|то|вместо|по|в|во|на)\s|от\s+[«\"„“А-ЯЁA-Z]|соответственно)",
    re.IGNORECASE,
)


def _year(text: str, start: int, end: int, value: float) -> bool:
    """A bare number that reads as a year: «в 2020»; not «из 1 930», spaced into thousands."""
    return 1900 <= value <= 2100 and text[start:end].isdigit()


_ADJECTIVE_END = re.compile(r"[^\S\n]+(?P<adj>[а-яё]+)(?=[^\S\n]*(?:[,.;:!?)]|$))")
_AND_GAP = re.compile(r"[^\S\n]*(?:,[^\S\n]*|[^\S\n]+)(?:и|а|или|а\s+также)[^\S\n]+|,[^\S\n]*")


def _adjective_tail(
    text: str, figures: list[dict], starts: list[int], start: int, end: int
) -> dict | None:
    """«1 482 письменных обращения и 316 устных»: a number with only an adjective after it,
    joined to the count before, counts that count's noun."""
    tail = _ADJECTIVE_END.match(text, end)
    if tail is None:
        return None
    at = bisect_left(starts, start)
    previous = figures[at - 1] if at else None
    if (
        previous is None
        or previous["end"] > start
        or not _AND_GAP.fullmatch(text, previous["end"], start)
    ):
        return None
    found = _parse(tail.group("adj"))
    return previous if found and {"ADJF", "plur"} in found[0].tag else None


def _whole_of_count_before(text: str, figures: list[dict], starts: list[int], start: int) -> bool:
    """«41 тысяча избирателей из 175 тысяч включённых в списки», «40 обращений из 52
    поступивших»: a number right after a count and «из» is its whole, whatever words follow it
    (the README's elliptical wholes). A scaled count of things («5 млн рублей из 12
    запрошенных») is left out: its whole's scale is unsaid."""
    at = bisect_left(starts, start)
    previous = figures[at - 1] if at else None
    return bool(
        previous is not None
        and (previous["is_people"] or not _MULTIPLIER.search(previous["text"]))
        and previous["end"] <= start
        and _FROM_GAP.fullmatch(text, previous["end"], start)
    )


def _elliptical(text: str, figures: list[dict], bare: list[tuple[int, int, float]]) -> list[dict]:
    """Bare numbers that take the noun of a figure they are paired with, left to right, so
    that one found lends in turn: «22 получила «Единая Россия», 5 — КПРФ, 3 — ЛДПР»."""
    out: list[dict] = []
    figures = list(figures)
    starts = [f["start"] for f in figures]
    # a year between a count and its bare part is no number of theirs: «Из 25 депутатов,
    # избранных в 2020, пришли 19»
    bare_starts = [b[0] for b in bare if not _year(text, *b)]
    for start, end, value in bare:
        if _year(text, start, end, value):
            continue
        if _LIST_BEFORE.search(text, max(0, start - 6), start) and not (
            text[start].isalpha() and _verb_after(text, end)
        ):
            continue  # «пункты 3, 4 и 7»; not «против – 4, один не голосовал»
        if _DATE_RANGE_AFTER.match(text, end):
            continue  # «с 1 по 15 июня», «12 и 26 апреля»: the first day of a range of dates
        scaled = _MULTIPLIER.match(text, end)
        if scale := scaled:  # «из них 3 тысячи — пенсионеры»
            value, end = value * _scale_of(scale), scale.end()
        if _YEARS_AFTER.match(text, end):
            continue  # «Самому младшему из них 16 лет»: an age or a span of time
        part = (
            _FROM_THEM_BEFORE.search(text, max(0, start - 24), start)
            or _FROM_THEM_GROUP_BEFORE.search(text, max(0, start - 70), start)
            or _from_them_verb(text, start)
        )
        turnout = not part and not scaled and turnout_share(text, start, end)
        if not (
            part
            or turnout
            or _BARE_END.match(text, end)
            or _verb_after(text, end)
            or _whole_of_count_before(text, figures, starts, start)
            or _adjective_tail(text, figures, starts, start, end) is not None
            or (  # «58 ТОС — на 9 больше»: a change of the count before
                _UNTIL_BEFORE.search(text, max(0, start - 4), start)
                and _MORE_OR_LESS_AFTER.match(text, end)
            )
            or (
                _FROM_TO_BEFORE.search(text, max(0, start - 4), start)
                and _FROM_TO_AFTER.match(text, end)
            )
        ):
            continue
        named = _named_before_dash(text, start)
        if named is None and turnout:
            named = "человек", True  # «проголосовали 46 или 3,6%»: those who came to vote
        if named is None and needed_before(text, start):
            # «22 голосами «за» при необходимых 16», «хотя требовалось 20»: what the decision
            # needed counts the votes or people counted before it
            threshold = _needed_unit(text, figures, starts, start)
            named = (threshold, True) if threshold else None
        if named is None and _NOT_VOTED_DASH.search(text, max(0, start - 40), start):
            # ««против» – 3, не голосовали – 2»: deputies, whatever the count before counts
            lo, _ = sentence_bounds(text, start, end)
            sitting = _SITTING_CUES.search(text, max(0, lo - 200), end)
            named = ("депутат" if sitting else "человек"), True
        source = (
            None if named else _lender(text, figures, starts, bare_starts, start, end, bool(part))
        )
        if source is None and not named:
            source = _adjective_tail(text, figures, starts, start, end)
        if (
            source is not None
            and not source["is_people"]
            and _PEOPLE_VERB_BEFORE.search(text, max(0, start - 40), start)
        ):
            source = None  # «проголосовали 12 345, явка — 40%»: people, not the 40%'s unit
        if source is not None:
            unit, people = source["unit"], source["is_people"]
            if source["start"] > start and _FROM_TO_BEFORE.search(text, max(0, start - 4), start):
                scale = _MULTIPLIER.search(source["text"])  # «с 52 до 48 тысяч человек»
                value = value * _scale_of(scale) if scale else value
        elif named is not None:
            unit, people = named  # «депутатов – 18, приглашённых – 12»: each named before it
        elif (counted := _count_of(text, start, end)) is not None:
            unit, people = counted
        elif (
            _WORD_BEFORE.search(text, max(0, start - 8), start)
            or _ASIDE_BEFORE.search(text, max(0, start - 80), start)
        ) and (inverted := _inverted(text, start)):
            unit, people = inverted
        elif (
            (aside := _COMMA_ASIDE_BEFORE.search(text, max(0, start - 4), start))
            and _COMMA_AFTER.match(text, end)
            and (inverted := _inverted(text, aside.start()))
        ):
            unit, people = inverted  # «Больше всего голосов, 1 120, получил проект сквера»
        elif (
            (change := _UNTIL_BEFORE.search(text, max(0, start - 4), start))
            and _MORE_OR_LESS_AFTER.match(text, end)
            and (inverted := _inverted(text, change.start()))
        ):
            unit, people = inverted  # «горожан было на 600 больше»
        elif (
            _UNTIL_BEFORE.search(text, max(0, start - 4), start)
            and _MORE_OR_LESS_AFTER.match(text, end)
            and (earlier := _figure_before(figures, starts, start, 200)) is not None
        ):
            unit, people = earlier["unit"], earlier["is_people"]  # «Год назад было на 40 больше»
        elif (
            _EARLIER_WAS.search(text, max(0, start - 40), start)
            and (earlier := _figure_before(figures, starts, start, 60)) is not None
            and earlier["is_people"]
            and not _SENTENCE_END.search(text, earlier["end"], start)
        ):
            # «проживает 11200 человек (в 2010 году было 11363)»: the same count at another time
            unit, people = earlier["unit"], earlier["is_people"]
        elif quorum_before(text, start):
            unit, people = _quorum_unit(text, figures, starts, start), True
        elif _names_listed(text, end) == value:
            unit, people = "человек", True  # «предыдущие два — Иван Орлов и Анна Серова»
        elif (referent := _their_count(text, start)) is not None:
            unit, people = referent  # «Органы ТОС появились … до 2017 года их насчитывалось 54»
        elif _sitting_pair(text, start, end):
            unit, people = "депутат", True  # «Кворум (16 из 25) есть»: deputies at a sitting
        elif _PEOPLE_VERB_BEFORE.search(text, max(0, start - 40), start):
            unit, people = "человек", True  # «На выборах проголосовали 12 345, явка — 40%»
        elif (
            scaled
            and _DASH_BEFORE.search(text, max(0, start - 20), start)
            and (earlier := _figure_before(figures, starts, start, 120)) is not None
            and _SCALED_TEXT.search(earlier["text"])
            and (earlier["is_people"] or earlier["unit"] != "рубль")
        ):
            # «… приходится 28 тысяч избирателей. В других городах – около 10 тысяч»: the
            # same scaled count said again for another place
            unit, people = earlier["unit"], earlier["is_people"]
        elif (shared := _share_unit(text, start, end)) is not None:
            unit, people = shared  # «на сессию пришла почти половина — 97»
        elif _PRESENCE_DASH.search(text, max(0, start - 40), start):
            # «Отсутствовали – 7», «зарегистрировано – 19»: a sitting's roll call
            lo, _ = sentence_bounds(text, start, end)
            sitting = _SITTING_CUES.search(text, max(0, lo - 200), end)
            unit, people = ("депутат" if sitting else "человек"), True
        elif (
            scaled
            and _DASH_BEFORE.search(text, max(0, start - 20), start)
            and (led := _leading_plural(text, start)) is not None
        ):
            unit, people = led  # «Саженцев высадили рекордное количество – 12 тысяч»
        else:
            continue
        if not _is_label(text, start):
            fig = _people(text, start, end, value, unit, people)
            out.append(fig)
            at = bisect_left(starts, fig["start"])
            starts.insert(at, fig["start"])
            figures.insert(at, fig)
    return out


# A share, then a dash and the number it amounts to: «пришла почти половина — 97», «большинство
# жителей — 340», «треть депутатов: 12».
_SHARE_DASH = re.compile(
    r"(?<![\w-])(?:половин[аыуе]|трет[ьи]|четверт[ьи]|больш[иу]нств[оа]|меньш[иу]нств[оа])"
    r"(?:\s+(?P<noun>[а-яё]+))?(?:\s+[а-яё]+){0,2}?\s*(?:[—–:(]|\s-)\s*"
    r"(?:(?:около|более|свыше|почти|порядка|примерно)\s+)?$",
    re.IGNORECASE,
)
_PRESENCE_DASH = re.compile(
    r"(?<![\w-])(?:присутствовал[иоа]?|присутству[юе]т|отсутствовал[иоа]?|отсутству[юе]т"
    r"|зарегистрирован[оы]?|зарегистрировал(?:ись|ось|ся)|явил(?:ись|ось|ся)|избран[оы]?)"
    r"[^\S\n]*[—–:][^\S\n]*$",
    re.IGNORECASE,
)
# Another time's count restated after a count: «(в 2010 году было 11363)», «год назад было …»,
# or with a dash for the verb: «в 2010 году насчитывалось 55 жителей, в 2002-м — 104»
_EARLIER_WAS = re.compile(
    r"(?<![\w-])(?:(?:в|на)\s+[0-9]{4}(?:-?[а-яё]{1,3})?(?:\s+год[уа]?)?|год\s+назад"
    r"|(?:[а-яё]+\s+)?лет\s+назад|тогда|ранее|прежде)(?:\s+(?:их\s+)?(?:было|был[аи]"
    r"|насчитывал[оиа]сь)\s+|[^\S\n]*[—–][^\S\n]*)(?:(?:около|более|почти|порядка|лишь|только"
    r"|всего)\s+)?$",
    re.IGNORECASE,
)
_NOT_VOTED_DASH = re.compile(
    r"(?<![\w-])не\s+(?:голосовал[иоа]?|участвовал[иоа]?\s+в\s+голосовании)[^\S\n]*[—–:][^\S\n]*$",
    re.IGNORECASE,
)
_SITTING_CUES = re.compile(r"(?<![\w-])(?:сесси|заседани|кворум|депутат)", re.IGNORECASE)


def _share_unit(text: str, start: int, end: int) -> tuple[str, bool] | None:
    """Unit of a bare number a share is said to be: the share's own plural noun («половина
    жителей — 340»), else deputies in a sentence about a sitting, else people when people do
    something in it; not a share of money or things («половина средств — 40»)."""
    m = _SHARE_DASH.search(text, max(0, start - 60), start)
    if m is None:
        return None
    if m.group("noun"):
        found = [p for p in _parse(m.group("noun").lower()) if p.tag.POS == "NOUN"]
        plural = [p for p in found if p.tag.number == "plur" and p.tag.case == "gent"]
        if plural:
            lem = _norm(plural[0].normal_form)
            if lem in _NOT_COUNTS:
                return None
            return plural[0].normal_form, ("anim" in plural[0].tag and lem not in _NOT_PEOPLE)
    lo, hi = sentence_bounds(text, start, end)
    if _SITTING_CUES.search(text, lo, hi):
        return "депутат", True
    if _EVENT_CUES.search(text, lo, hi) and not _MONEY_CUES.search(text, lo, hi):
        return "человек", True
    return None


# What may stand before the noun that opens a «noun – number» item.
_CLAUSE_OPEN = re.compile(
    r"(?:^|[,;:.(!?«\"]|(?<![\w-])(?:всего|а|и|из\s+них|в\s+том\s+числе))[^\S\n]*$",
    re.IGNORECASE,
)
_DASH_BEFORE = re.compile(
    r"[—–][^\S\n]*(?:(?:около|более|свыше|почти|порядка|примерно)[^\S\n]+)?$", re.IGNORECASE
)
_NOUN_DASH = re.compile(r"(?<![\w-])(?P<word>[а-яё]+)[^\S\n]*[—–:][^\S\n]*$")


def _named_before_dash(text: str, start: int) -> tuple[str, bool] | None:
    """The people a bare number counts when their plural genitive stands right before a dash
    or a colon: «приглашённых – 12», «депутатов – 18»; not things («участков – 12»)."""
    m = _NOUN_DASH.search(text, max(0, start - 30), start)
    if m is None:
        return None
    word = m.group("word")
    before = _CLAUSE_OPEN.search(text, max(0, m.start() - 20), m.start())
    if before is None:
        return None  # «Женщин в Совете депутатов – 7»: a body's name, not what is counted
    found = _parse(word)
    if any(p.tag.POS == "PREP" for p in found):
        return None
    noun = _substantive(word)
    if noun is not None and any(p.tag.case == "gent" and p.tag.number == "plur" for p in found):
        return noun, True
    plural = [p for p in found if p.tag.POS == "NOUN" and {"plur", "gent"} in p.tag]
    if not plural or found[0].tag.POS != "NOUN":
        return None
    lem = _norm(plural[0].normal_form)
    if lem in _NOT_COUNTS or lem in _ORDINAL_NOUNS or lem in _NOT_PEOPLE:
        return None
    if "anim" in plural[0].tag or lem in _PEOPLE:
        return plural[0].normal_form, True
    return None


def _figure_before(figures: list[dict], starts: list[int], start: int, reach: int) -> dict | None:
    """The last figure that ends before ``start`` and at most ``reach`` characters away."""
    at = bisect_left(starts, start)
    if at and figures[at - 1]["end"] <= start and start - figures[at - 1]["end"] <= reach:
        return figures[at - 1]
    return None


def _needed_unit(text: str, figures: list[dict], starts: list[int], start: int) -> str | None:
    """«принят 22 голосами «за» при необходимых 16»: what a decision needed counts the votes or
    the people counted before it in the sentence; None when nothing of the kind is there."""
    lo, _ = sentence_bounds(text, start, start)
    for f in reversed(figures[: bisect_left(starts, start)]):
        if f["start"] < lo:
            break
        if f["is_people"] or _norm(f["unit"]) == "голос":
            return f["unit"]
    return None


def _quorum_unit(text: str, figures: list[dict], starts: list[int], start: int) -> str:
    """«пришли 12 депутатов при кворуме в 14»: the quorum counts the people counted before it
    in the sentence, else deputies."""
    lo, _ = sentence_bounds(text, start, start)
    for f in reversed(figures[: bisect_left(starts, start)]):
        if f["start"] < lo:
            break
        if f["is_people"]:
            return f["unit"]
    return "депутат"


_DATE_RANGE_AFTER = re.compile(
    rf"{_SP}*(?:по|до|и|-|–|—|,){_SP}*[0-9]{{1,2}}{_MONTH_AFTER.pattern}", re.IGNORECASE
)
# «сократится с 49 до 37», «25 вместо 35»: a count before and after a change.
_FROM_TO_BEFORE = re.compile(r"(?<![\w-])(?:с|от)\s+$", re.IGNORECASE)  # «от 40 до 60 дворов»
_FROM_TO_AFTER = re.compile(r"\s+до\s+", re.IGNORECASE)
_WORD_AFTER_BOUND = re.compile(r"\s+до\s+[0-9]+(?:[.,][0-9]+)?\s*[А-Яа-яЁё]")
# A count that changes: «число депутатов сократится», «станет меньше», «вместо прежних».
_CHANGE_OF_COUNT = re.compile(
    r"(?<![\w-])(?:вырос|выраст|увелич|сократ|сокращ|сниз|сниж|уменьш|измен|повыс|повыш"
    r"|стал[аио]?(?![\w])|станет|станут|будет|вместо|число|количеств|численност)",
    re.IGNORECASE,
)
_MORE_OR_LESS_AFTER = re.compile(r"\s+(?:больше|меньше)(?![\w-])", re.IGNORECASE)
# «против нынешних 7 900»: a count set against another time's, never a tally side
_INSTEAD = re.compile(
    r"\s+(?:вместо(?:\s+[а-яё]+)?|против\s+(?:прежних|нынешних|прошлогодних|прошлых|былых))\s+",
    re.IGNORECASE,
)
_TO_BEFORE = re.compile(
    r"(?<![\w-])(?:с\s+[0-9а-яё]+(?:\s+[а-яё]+)?\s+до|вместо(?:\s+[а-яё]+)?)\s+$", re.I
)
# «Число депутатов сократят до 25», «уменьшилось на 10»: a bound or a change alone, only with
# «число X» in the sentence.
_UNTIL_BEFORE = re.compile(r"(?<![\w-])(?:до|на)\s+$", re.IGNORECASE)  # «уменьшилось на 10»
_COUNT_OF = re.compile(
    r"(?<![\w-])(?:число|числа|количество|количества|численность|численности)\s+"
    r"(?P<noun>[а-яё]+)",
    re.IGNORECASE,
)


# «Число участников … превысило 600»: a size verb right before a bare number, with «число X».
_SIZE_VERB_BEFORE = re.compile(
    r"(?<![\w-])(?:превысил[ао]?|превышает|составил[ао]?|составляет|достиг(?:л[ао]?)?"
    r"|достигает)[^\S\n]+(?:(?:сейчас|теперь|уже|всего|лишь|только)[^\S\n]+)?"
    r"(?:(?:около|более|свыше|почти|порядка)[^\S\n]+)?$",
    re.IGNORECASE,
)


def _count_of(text: str, start: int, end: int) -> tuple[str, bool] | None:
    """Unit of a bare number in a change of a count: «число депутатов сократится с 49 до 37»,
    «депутатов станет меньше — 25 вместо 35»: the noun after «число», «количество» earlier in
    the sentence, or the nearest plural genitive noun before it."""
    until = _UNTIL_BEFORE.search(text, max(0, start - 4), start)
    sized = _SIZE_VERB_BEFORE.search(text, max(0, start - 30), start)
    if not (
        sized
        or _FROM_TO_BEFORE.search(text, max(0, start - 4), start)
        and _FROM_TO_AFTER.match(text, end)
        or _TO_BEFORE.search(text, max(0, start - 40), start)
        or re.match(r"\s+вместо\s", text[end : end + 10])
        or until
    ):
        return None
    if _FROM_TO_AFTER.match(text, end) and _WORD_AFTER_BOUND.match(text, end):
        return None  # «с 1 до 4 класса»: the bound names what it counts, and it was no figure
    lo, hi = sentence_bounds(text, start, end)
    if not _CHANGE_OF_COUNT.search(text, lo, hi):
        return None  # «приём граждан с 9 до 17» is a time
    for m in _COUNT_OF.finditer(text, lo, start):
        if abbrev := _ABBREV.match(m.group("noun")):
            return abbrev.group(1).lower(), False  # «количество ТОСов»
        found = [p for p in _parse(m.group("noun")) if p.tag.POS == "NOUN"]
        if found:
            lem = _norm(found[0].normal_form)
            return found[0].normal_form, "anim" in found[0].tag and lem not in _NOT_PEOPLE
    if sized or until and not _TO_BEFORE.search(text, max(0, start - 40), start):
        return None  # «перенесли до 15»: a bound alone needs «число X», and so does a size
    # the nearest plural genitive noun before the number: «депутатов станет меньше — 25 вместо 35»
    for m in reversed(list(_WORD.finditer(text, lo, start))):
        word = m.group()
        if len(word) < 3 or (word[0].isupper() and not _sentence_start(text, m.start())):
            continue
        found = _parse(word.lower())
        if any(p.tag.POS == "PREP" for p in found):
            continue
        nouns = [p for p in found if p.tag.POS == "NOUN"]
        if not nouns or found[0].tag.POS != "NOUN":
            continue
        plural = [p for p in nouns if p.tag.case == "gent" and p.tag.number == "plur"]
        lem = _norm(plural[0].normal_form) if plural else ""
        if plural and lem not in _NOT_COUNTS and lem not in _ORDINAL_NOUNS:
            return plural[0].normal_form, "anim" in plural[0].tag and lem not in _NOT_PEOPLE
    return None


def _leading_plural(text: str, start: int) -> tuple[str, bool] | None:
    """The plural genitive noun that opens the sentence, which a scaled number after a dash at
    its end counts: «Блинов испекли больше, чем гостей, – 10 тысяч» counts блины."""
    lo, _ = sentence_bounds(text, start, start)
    m = _WORD.search(text, lo, start)
    if m is None or text[lo : m.start()].strip(' \u00a0\n«"') or m.end() >= start:
        return None
    found = [
        p
        for p in _parse(m.group().lower())
        if p.tag.POS == "NOUN"
        and {"plur", "gent"} in p.tag
        and not {"Surn", "Name"} & set(p.tag.grammemes)
    ]
    if not found:
        return None
    lem = _norm(found[0].normal_form)
    if lem in _NOT_COUNTS or lem in _ORDINAL_NOUNS:
        return None
    return found[0].normal_form, "anim" in found[0].tag and lem not in _NOT_PEOPLE


def _verb_after(text: str, end: int) -> bool:
    """«Из 30 мандатов 22 получила…», «один не голосовал»: a verb right after the number."""
    m = _WORD.match(text, _BLANK.match(text, end).end())
    if m is None or m.start() == end:
        return False
    if m.group().lower() == "не":  # the verb after a negation
        m = _WORD.match(text, _BLANK.match(text, m.end()).end())
        if m is None:
            return False
    found = _parse(m.group().lower())
    return bool(found) and found[0].tag.POS in {"VERB", "PRTS"}


# «Участников было 500», «Почётных граждан отныне сотня»: the counted noun before the number.
# A bare number set off by commas right after the noun it counts: «Больше всего голосов, 1 120,
# получил проект», «Больше всего заявок, 46, поступило из …».
_COMMA_ASIDE_BEFORE = re.compile(r"(?<=[а-яё]),[^\S\n]*$")
_COMMA_AFTER = re.compile(r"[^\S\n]*,")
_WORD_BEFORE = re.compile(r"(?:[А-Яа-яЁё]|[А-Яа-яЁё]»)[\s—–:]*$")
_TOKENS_BEFORE = re.compile(r"[А-Яа-яЁё]+|[—–:]|[^\sА-Яа-яЁё]")
_LINKS = {
    "было", "будет", "стало", "станет", "уже", "всего", "отныне", "теперь", "сейчас",
    "насчитывается", "насчитывалось", "около", "более", "больше", "свыше", "почти", "порядка",
    "примерно", "лишь", "только", "чуть", "немного", "вдвое", "втрое", "меньше", "—", "–",
    ":",
}  # fmt: skip
_NUMBERED = {"дом", "школа", "гимназия", "лицей", "корпус", "квартира", "маршрут", "линия"}


# An age limit between a counted noun and its number: «Детей до 18 лет в городе 14 200».
_AGE_LIMIT = re.compile(
    r"(?<![\w-])(?:до|старше|младше|моложе|от|свыше|после)\s+[0-9]{1,3}(?:\s*[-–]\s*[0-9]{1,3})?"
    r"\s+(?:лет|года?)(?![\w-])",
    re.IGNORECASE,
)


# A source aside between a counted noun and its number: «Участников было, по подсчётам
# организаторов, около 400», «Зрителей, по данным полиции, собралось 5 тысяч».
_ASIDE = re.compile(
    r",\s*(?:по\s+(?:[а-яё]+\s+){0,2}(?:данным|подсч[её]там|оценкам|словам|информации|сведениям)"
    r"|как\s+(?:сообщил[аи]?|отметил[аи]?|уточнил[аи]?|рассказал[аи]?|известно|правило)"
    r"|напомним|кстати|впрочем|видимо|например|к\s+слову|в\s+частности|судя\s+по\s+всему)"
    r"(?:\s+[а-яё«»\"-]+){0,4}\s*,",
    re.IGNORECASE,
)


# A span of time between the counted noun and its number: «Посетителей за два дня насчитали
# более 8 тысяч».
_SPAN_OF_TIME = re.compile(
    r"(?<![\w-])за\s+(?:[а-яё]+\s+)?(?:дн[яейь]|день|недел[а-яё]*|месяц[а-я]*|год[а-я]*|лето"
    r"|зиму|весну|осень|сутки|выходные|праздники)(?![\w-])",
    re.IGNORECASE,
)
# A participle phrase between commas: «Депутатов, поддержавших решение, оказалось 18».
_PARTICIPLE_ASIDE = re.compile(r",\s*(?P<head>[а-яё]+)[^,.!?\n]{0,50},", re.IGNORECASE)


def _blank_participle_asides(source: str, lo: int, start: int) -> str:
    out = source
    for m in _PARTICIPLE_ASIDE.finditer(source, lo, start):
        found = _parse(m.group("head").lower())
        if found and found[0].tag.POS == "PRTF" or m.group("head").lower().startswith("котор"):
            out = out[: m.start()] + " " * (m.end() - m.start()) + out[m.end() :]
    return out


_ASIDE_BEFORE = re.compile(_ASIDE.pattern + r"\s*$", re.IGNORECASE)
# The party of those counted: «Депутатов от «Единой России» в новом составе 19», «Мандатов у
# «Единой России» – 30».
_PARTY_FROM = re.compile(
    r"(?<![\w-])(?:от|у)\s+(?:партии\s+)?(?:«[^«»]{1,40}»|[А-ЯЁ]{2,6}(?![\w-]))", re.IGNORECASE
)


def _inverted(text: str, start: int) -> tuple[str, bool] | None:
    lo = max(0, start - 80)
    source = text
    for blank in (_AGE_LIMIT, _ASIDE, _PARTY_FROM, _SPAN_OF_TIME):
        if blank.search(source, lo, start):  # blank it out, keeping the offsets
            seg = blank.sub(lambda m: " " * len(m.group()), source[lo:start])
            source = " " * lo + seg
    if "," in source[lo:start]:
        source = _blank_participle_asides(source, lo, start)
    tokens = list(_TOKENS_BEFORE.finditer(source, lo, start))
    verbs = 0
    while tokens:
        word = tokens[-1].group().lower()
        if word not in _LINKS:
            pos = _parse(word)[0].tag.POS if word.isalpha() and _parse(word) else None
            if pos not in {"VERB", "PRTS"} or verbs:  # «Заявок поступило 40»
                break
            verbs += 1
        tokens.pop()
    _drop_place(tokens)  # «Депутатов в думе — 25»
    # «граждан города отныне сотня»: one genitive between, which may have adjectives, even
    # capitalised ones of a name («Ветеранов Великой Отечественной войны … двое»)
    complement, adjectives = 0, 0
    infinitive = False
    for _ in range(6):
        if not tokens:
            return None
        m = tokens.pop()
        word = m.group()
        if len(word) < 3 or not word.isalpha():
            return None
        found = _parse(word)
        if complement and adjectives < 3 and found and found[0].tag.POS == "ADJF":
            if any(p.tag.POS == "ADJF" and p.tag.case == "gent" for p in found):
                adjectives += 1
                continue
        if word[0].isupper() and not _sentence_start(text, m.start()):
            return None
        if found and found[0].tag.POS == "INFN" and not complement and not infinitive:
            infinitive = True  # «Желающих поучаствовать в забеге нашлось 300»
            continue
        if found and found[0].tag.POS in {"ADJF", "PRTF"} and not complement:
            # «Желающих оказалось 40»: a participle used as a noun for people
            genitive = any(p.tag.case == "gent" and p.tag.number == "plur" for p in found)
            noun = _substantive(word) if genitive else None
            return (noun, True) if noun is not None else None
        if not found or found[0].tag.POS != "NOUN":
            return None
        plural = [p for p in found if p.tag.POS == "NOUN" and p.tag.number == "plur"]
        plural = [p for p in plural if p.tag.case == "gent"]
        if plural:
            break
        if complement >= 2 or not any(p.tag.case == "gent" for p in found):
            return None
        complement += 1  # «Членов местного отделения партии – 40»: up to two nouns
    else:
        return None
    lem = _norm(plural[0].normal_form)
    if lem in _NOT_COUNTS or lem in _ORDINAL_NOUNS or lem in _NUMBERED or lem in _LABELS:
        return None
    people = ("anim" in plural[0].tag and lem not in _NOT_PEOPLE) or lem in _PEOPLE
    return plural[0].normal_form, people


_PLACE_PREPOSITIONS = {"в", "во", "на", "у", "при", "среди"}


def _drop_place(tokens: list[re.Match[str]]) -> None:
    """Pop a place phrase («в думе», «на заседании думы», «в городском совете») off the end of
    ``tokens``, so that the counted noun before it is reached."""
    for size in (2, 3, 4):
        if len(tokens) <= size:
            return
        prep = tokens[-size].group().lower()
        if prep not in _PLACE_PREPOSITIONS:
            continue
        words = [t.group() for t in tokens[-size + 1 :]]
        if size == 2 and words[0].isalpha() and _place_name(words[0]):
            del tokens[-size:]  # «Всего почётных граждан в Перми – 120»: a town by its name
            return
        if not all(w.isalpha() and (w.islower() or _common_capitalised(w)) for w in words):
            return
        found = [_parse(w.lower()) for w in words]
        if not all(f and f[0].tag.POS in {"NOUN", "ADJF"} for f in found):
            return
        # «в администрации»: any reading in the prepositional case, not only the likeliest;
        # «на акцию» where people went
        if not any(p.tag.case in {"loct", "loc2", "ablt", "accs"} for p in found[0]):
            return
        del tokens[-size:]
        return


def _place_name(word: str) -> bool:
    """A capitalised place name in the prepositional case: «Перми», «Москве», «Березниках»."""
    if not word[:1].isupper():
        return False
    return any("Geox" in p.tag and p.tag.case in {"loct", "loc2"} for p in _parse(word.lower()))


def _common_capitalised(word: str) -> bool:
    """A body's name written with a capital («в Думе», «в Совете»): a common noun, not a name
    of a person or a place."""
    found = _parse(word.lower())
    return (
        bool(found)
        and found[0].tag.POS == "NOUN"
        and not ({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"} & set(found[0].tag.grammemes))
    )


# «На выборах проголосовали 12 345», «пришли 24»: a number right after what people do.
_PEOPLE_VERB_BEFORE = re.compile(
    r"(?<![\w-])(?:пришл[ио]|вышл[ио]|проголосовал[ио]|присутствовал[ио]|собрал(?:ись|ось)"
    r"|отсутствовал[иоа]?"  # «Отсутствовал один – по болезни»
    r"|участвовал[ио]|явил(?:ись|ось)|зарегистрировал(?:ись|ось)|принял[ио]\s+участие"
    r"|побывал[ио]|обратил(?:ись|ось)|записал(?:ись|ось)|высказал(?:ись|ось)|выступил[ио]"
    r"|голосовал[ио]|подключил(?:ись|ось)|приехал[ио]|прибыл[ио]"
    # taking part in a race, a visit or a camp: «год назад стартовало 1 700», «посетило 900»
    r"|стартовал[ио]|финишировал[ио]|пробежал[ио]|посетил[ио]|отдохнул[ио]|съехал(?:ись|ось)"
    r"|подошл[ио])[^\S\n]+"
    r"(?:(?:около|более|свыше|почти|всего|лишь|только|уже|порядка)[^\S\n]+)?$",
    re.IGNORECASE,
)


# «Кворум (16 из 25)», «присутствуют 16 из 25»: a pair of bare numbers in a sentence about a
# sitting counts its deputies, present out of elected.
_PAIR_AFTER = re.compile(r"[^\S\n]+из[^\S\n]+[0-9]+", re.IGNORECASE)
_PAIR_BEFORE = re.compile(r"(?<![\w.,])[0-9]+[^\S\n]+\(?из[^\S\n]+$", re.IGNORECASE)
_SITTING_WORDS = re.compile(
    r"(?<![\w-])(?:кворум|заседани|сесси|присутств|зарегистрирован)[а-яё]*", re.IGNORECASE
)


def _sitting_pair(text: str, start: int, end: int) -> bool:
    """The bare number is one of «N из M», neither with a noun, in a sentence about a sitting."""
    pair = _PAIR_AFTER.match(text, end)
    if pair is not None:
        if not _BARE_END.match(text, pair.end()):
            return False  # «12 из 14 запланированных»: the second number has its own words
    elif not _PAIR_BEFORE.search(text, max(0, start - 16), start):
        return False
    lo, hi = sentence_bounds(text, start, end)
    return bool(_SITTING_WORDS.search(text, lo, hi))


_NAMES_DASH = re.compile(r"[^\S\n]*[—–:][^\S\n]*|[^\S\n]+-[^\S\n]+")
_NAME_ITEM = re.compile(
    r"(?:[А-ЯЁ]\.[^\S\n]?){1,2}[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
    r"|[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?:[^\S\n]+[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?){0,2}"
    r"(?:[^\S\n]+(?:[А-ЯЁ]\.[^\S\n]?){1,2})?"
)
_NAME_SEPARATOR = re.compile(r",[^\S\n]*(?:и[^\S\n]+)?|[^\S\n]+и[^\S\n]+")


def _is_person_name(item: str) -> bool:
    """«Г. Слаутина», «Иван Карнилин», «Петров И.»: initials, or a word morphology knows as a
    first name or a surname."""
    if "." in item:
        return True
    return any(
        any("Name" in p.tag or "Surn" in p.tag for p in _parse(word)) for word in item.split()
    )


def _names_listed(text: str, end: int) -> int:
    """How many people a dash or a colon after a bare number lists by name: «трое – Г. Слаутина,
    В. Смильгевич, С. Титов» lists 3; 0 when what follows is no list of names."""
    dash = _NAMES_DASH.match(text, end)
    if dash is None:
        return 0
    pos, count = dash.end(), 0
    while count < 12:
        item = _NAME_ITEM.match(text, pos)
        if item is None or not _is_person_name(item.group()):
            break
        count += 1
        separator = _NAME_SEPARATOR.match(text, item.end())
        if separator is None:
            break
        pos = separator.end()
    return count if count >= 2 else 0


# «их было 12», «их насчитывалось 54», «сейчас их уже 40»: a count of what the text just named.
_THEIR_BEFORE = re.compile(
    # «таких в посёлке 64»: «таких» and a place phrase count the same as «их»
    r"(?<![\w-])(?:их|таких)[^\S\n]+(?:(?:в|во|на)[^\S\n]+[а-яё]+[^\S\n]+)?(?:(?:было|будет|стало|станет|насчитывалось|насчитывается"
    r"|насчитывалось|уже|всего|около|более|свыше|почти|лишь|только|сейчас|теперь|ещ[её]"
    r"|оказалось|осталось|остается|остаётся|набралось|набирается|насчитали)[^\S\n]+){0,3}$",
    re.IGNORECASE,
)


_NUMBER_END = re.compile(r"(?<![\w-])([0-9]+|[а-яё]+)[^\S\n]+$", re.IGNORECASE)


def _their_count(text: str, start: int) -> tuple[str, bool] | None:
    """The unit of a number counted by «их»: a noun a number counts («работали 15 депутатов.
    … их стало 12», «вышли десятки волонтёров. … их было около полусотни»), else the subject
    (the first plural nominative noun), in this sentence before «их» or the one before."""
    their = _THEIR_BEFORE.search(text, max(0, start - 60), start)
    if their is None:
        return None
    lo, _ = sentence_bounds(text, their.start(), their.start())
    if their.group().lower().startswith("таких"):
        # «все ветераны старше 80 лет – таких в посёлке 64»: the nearest plural noun before
        return _last_plural_noun(text, lo, their.start())
    before_lo, _ = sentence_bounds(text, max(0, lo - 1), max(0, lo - 1)) if lo else (lo, lo)
    spans = ((lo, their.start()), (before_lo, lo))
    for counted_only in (True, False):
        for a, b in spans:
            found = _plural_noun(text, a, b, counted_only)
            if found is not None:
                return found
    return None


def _last_plural_noun(text: str, a: int, b: int) -> tuple[str, bool] | None:
    """The last plural noun in [a, b), a people noun in any case, else one in the nominative
    or accusative, that is not a number word."""
    for m in reversed(list(_WORD.finditer(text, a, b))):
        word = m.group()
        if word[0].isupper() and not _sentence_start(text, m.start()):
            continue
        found = _parse(word.lower())
        if not found or found[0].tag.POS != "NOUN" or word_value(word) is not None:
            continue
        # people in any case («вручили лучшим учителям, таких 12»), things as subject or object
        plural = [
            p
            for p in found
            if p.tag.POS == "NOUN"
            and p.tag.number == "plur"
            and ("anim" in p.tag or p.tag.case in {"nomn", "accs"})
        ]
        if not plural or (lem := _norm(plural[0].normal_form)) in _NOT_COUNTS or lem in _LABELS:
            continue
        top = plural[0]
        return top.normal_form, ("anim" in top.tag and lem not in _NOT_PEOPLE) or lem in _PEOPLE
    return None


def _plural_noun(text: str, a: int, b: int, counted_only: bool) -> tuple[str, bool] | None:
    """The first plural noun in [a, b) that a number counts (any case the number governs) or,
    unless ``counted_only``, that stands in the nominative."""
    for m in _WORD.finditer(text, a, b):
        word = m.group()
        if word[0].isupper() and not _sentence_start(text, m.start()):
            continue
        found = _parse(word.lower())
        if not found or found[0].tag.POS != "NOUN" or word_value(word) is not None:
            continue  # «десятки волонтёров»: the scale word is not what is counted
        number = _NUMBER_END.search(text, max(a, m.start() - 16), m.start())
        counted = number is not None and (
            number.group(1)[0].isdigit() or word_value(number.group(1)) is not None
        )
        if counted_only and not counted:
            continue
        cases = {"nomn", "gent"} if counted else {"nomn"}
        plural = [
            p
            for p in found
            if p.tag.POS == "NOUN" and p.tag.number == "plur" and p.tag.case in cases
        ]
        top = plural[0] if plural else None
        if top is None or (lem := _norm(top.normal_form)) in _NOT_COUNTS or lem in _LABELS:
            continue
        people = ("anim" in top.tag and lem not in _NOT_PEOPLE) or lem in _PEOPLE
        return top.normal_form, people
    return None


def _sentence_start(text: str, pos: int) -> bool:
    before = text[max(0, pos - 3) : pos].rstrip(' «"')
    return not before or before[-1] in ".!?\n"


def _numbers_between(bare_starts: list[int], lo: int, hi: int) -> int:
    return bisect_left(bare_starts, hi) - bisect_left(bare_starts, lo)


def _lender(
    text: str,
    figures: list[dict],
    starts: list[int],
    bare_starts: list[int],
    start: int,
    end: int,
    part: bool,
) -> dict | None:
    """The figure whose noun the bare number at [start, end) takes, or None; ``part``: the
    number follows «из них», «в том числе»."""
    at = bisect_left(starts, start)
    previous = figures[at - 1] if at and figures[at - 1]["end"] <= start else None
    following = figures[at] if at < len(figures) else None
    # «11 из них», «42 из которых», «из них 20 — от партии»: the figure just before.
    if part or _FROM_THEM_AFTER.match(text, end):
        # «выдвинуто 146 кандидатов на 35 мест. Зарегистрированы 131 из них»: a figure in a
        # prepositional phrase is no antecedent when a figure stands right before it
        if (
            previous is not None
            and at >= 2
            and _ADJUNCT_GAP.fullmatch(text, figures[at - 2]["end"], previous["start"])
        ):
            previous = figures[at - 2]
        return previous if previous and start - previous["end"] < 250 else None
    # «28 депутатов из 30», «10 депутатов из 17», «18 членов комиссии из 20»: the figure right
    # before «из», or before the genitive words that name whose people it counts.
    if previous and (
        _FROM_GAP.fullmatch(text, previous["end"], start)
        or _OWNER_FROM_GAP.fullmatch(text, previous["end"], start)
        and previous["is_people"]
    ):
        return previous
    # «18 из 20 депутатов»: the figure right after «из».
    if following and _FROM_GAP.fullmatch(text, end, following["start"]):
        return following
    # «с 49 до 37 депутатов»: the figure after «до».
    if (
        following
        and _FROM_TO_BEFORE.search(text, max(0, start - 4), start)
        and _norm(following["unit"]) not in _ORDINAL_NOUNS  # «с 1 до 4 класса»
    ):
        at = following["start"] + (3 if following["text"].startswith("до ") else 0)
        if _FROM_TO_AFTER.fullmatch(text, end, at):
            return following
    # «21 депутат вместо прежних 25»: the figure before «вместо»; «18 вместо 20 ТОСов»: after.
    if previous and start - previous["end"] < 40:
        if _INSTEAD.fullmatch(text, previous["end"], start):
            return previous
    if (
        following
        and following["start"] - end < 40
        and _INSTEAD.fullmatch(text, end, following["start"])
    ):
        return following
    # «В новом будет 25: 15 избранных по округам и 10 по спискам»: the people a colon breaks
    # the number into
    if (
        following
        and following["is_people"]
        and _COLON_RIGHT_AFTER.fullmatch(text, end, following["start"])
    ):
        return following
    # «из 45 35 депутатов»: the figure right after.
    if following and _FROM_BEFORE.search(text, max(0, start - 4), start):
        if _BLANK.fullmatch(text, end, following["start"]) is not None:
            return following
    # «14 депутатов по спискам и 14 – по округам», «КПРФ с тремя депутатами и ЛДПР с двумя»
    if previous and coordinated_with(text, previous, start, end):
        return previous
    # The rest need the sentence; find it only when the words around fit.
    after_from = (
        previous is not None
        and start - previous["end"] < 250
        and _FROM_BEFORE.search(text, max(0, previous["start"] - 4), previous["start"])
    )
    respectively = previous is not None and _RESPECTIVELY.match(text, end)
    parallel = (
        following is not None
        and following["start"] - end < 60
        and _PARALLEL_GAP.search(text, end, following["start"])
    )
    # «Было 12 ТОСов, стало 19», «22 получила «Единая Россия», 5 — КПРФ»: the figure a clause
    # before; not a scaled sum, whose scale the bare number would lose («250 млн, а на … — 80»),
    # unless the bare number has its own scale («12 тысяч человек, ещё 3 тысячи …»)
    backward = (
        previous is not None
        and start - previous["end"] < 60
        and _CLAUSE_GAP.fullmatch(text, previous["end"], start)
        and (
            not _SCALED_TEXT.search(previous["text"])
            or _SCALED_TEXT.search(text[start:end])
            # «более тысячи человек, митинг — около 600»: a crowd's count is whole without a scale
            or (previous["is_people"] and text[start:end].isdigit() and int(text[start:end]) >= 100)
        )
    )
    # «30 по спискам и 5 по округам», «20 в городе, 15 в районе»: the same frame repeated
    if previous is not None and start - previous["end"] < 60:
        frame = _SAME_FRAME_GAP.fullmatch(text, previous["end"], start)
        if frame and re.match(rf"\s+{frame.group('prep')}\s", text[end : end + 6], re.I):
            return previous
    if not (after_from or respectively or parallel or backward):
        return None
    lo, hi = sentence_bounds(text, start, end)
    # «Из 36 депутатов присутствуют 32»: the figure after «из» earlier in the sentence.
    if after_from and previous["start"] >= lo:
        if not _numbers_between(bare_starts, previous["end"], start):
            return previous
    # «четыре и два соответственно»: the last figure before that is not a place («в двух
    # сельсоветах — семь и пять соответственно»).
    if respectively:
        for f in reversed(figures[:at]):
            if f["start"] < lo:
                break
            if not _PLACE_BEFORE.search(text, max(0, f["start"] - 4), f["start"]):
                return f
    # «пришли 24, не явились 18 человек»: the next figure, a clause away.
    if parallel and following["end"] <= hi:
        if not _numbers_between(bare_starts, end, following["start"]):
            return following
    if backward and previous["start"] >= lo:
        return previous
    return None


_SAME_FRAME_GAP = re.compile(
    r"\s+(?P<prep>по|от|в|на|из)\s+[^0-9.!?\n]{1,40}?(?:,\s*(?:и\s+|а\s+)?|\s+и\s+|\s+а\s+)",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?…](?=\s+[А-ЯЁA-Z0-9«\"])|\n")
# «…, 6 врачей и 4 учителя», «…, детей – 4 900»: the next item of a list, its group named
# before a dash or not at all.
_LIST_GAP = re.compile(
    r"\s*(?:,\s*(?:и\s+|а\s+также\s+)?|\s+и\s+)(?:[а-яё]+\s*[—–]\s*)?", re.IGNORECASE
)


_COLON_PARTS = re.compile(r"[^\S\n]*:[^.!?\n]{0,80}?(?:по|ещё|еще|и)?[^\S\n]*$", re.IGNORECASE)
_COLON_RIGHT_AFTER = re.compile(r"[^\S\n]*:[^\S\n]*")
_DASHED_WORD = re.compile(r"\s*[—–]\s*([а-яё]+)(?=[\s,.;])")


def _list_item(text: str, end: int) -> bool:
    """A number is named a group after it: «двое – КПРФ», «28 от «Единой России»», or a dash
    and a plural noun in the nominative, «5 — предприниматели»."""
    if _LIST_ITEM_AFTER.match(text, end):
        return True
    m = _DASHED_WORD.match(text, end)
    if m is None:
        return False
    found = parses(m.group(1))
    return bool(found) and {"NOUN", "plur", "nomn"} in found[0].tag


_VOTER_LEMMAS = {"избиратель", "избирательница"}


_AND_NOUN_GAP = re.compile(r"[^\S\n]+(?:[а-яё]+[^\S\n]+){0,2}?(?:и|а\s+также)[^\S\n]+", re.I)
_OTHER_ROLES = {"other", None}


def _coordinated(text: str, previous: dict | None, fig: dict) -> bool:
    """«12 самовыдвиженцев и 13 представителей партий»: a count joined to the one before by
    «и» with no verb of its own shares what the sentence says of both."""
    if previous is None or previous["role"] in _OTHER_ROLES or not previous["is_people"]:
        return False
    if fig["start"] - previous["end"] > 40:
        return False
    if not _AND_NOUN_GAP.fullmatch(text, previous["end"], fig["start"]):
        return False
    _, hi = sentence_bounds(text, fig["start"], fig["end"])
    return not any(  # no verb between them or after, to the end of the sentence
        (found := _parse(w.group().lower())) and found[0].tag.POS in _VERB_POS
        for w in _WORD.finditer(text, previous["end"], hi)
        if not fig["start"] <= w.start() < fig["end"]
    )


def _whole_before_body(text: str, fig: dict, previous: dict, seen: list[dict]) -> dict | None:
    """The count «из них» takes when the count just before sizes the body that acts on it
    («Комиссия из 8 человек отберёт двух из них»): the body cannot pick from itself, so the
    people counted before it are the whole."""
    if not _FROM_THEM_AFTER.match(text, fig["end"]) or len(seen) < 3:
        return None
    if not _FROM_BEFORE.search(text, max(0, previous["start"] - 4), previous["start"]):
        return None
    if _SENTENCE_END.search(text, previous["end"], fig["start"]):
        return None
    if not any(
        (found := _parse(w.group().lower())) and found[0].tag.POS == "VERB"
        for w in _WORD.finditer(text, previous["end"], fig["start"])
    ):
        return None
    whole = seen[-3]
    return whole if previous["start"] - whole["end"] < 300 else None


def _part_of_previous(text: str, fig: dict, previous: dict | None) -> bool:
    """«11 из них», «трое из числа депутатов» after deputies: a part of the count before;
    not «12 вожатых из числа студентов» after «140 детей», whose group is another."""
    m = _FROM_THEM_AFTER.match(text, fig["end"])
    if m is None:
        return False
    group = m.group().split()[-1]
    if _norm(group) in {"них", "которых"} or previous is None:
        return True
    return _norm(previous["unit"]) in {"человек", _norm(lemma(group))}


# «… живут 1 204 человека. Детей до 18 лет – 236»: a group named before a dash, at most a
# sentence after the count, with no verb between.
_BREAKDOWN_GAP = re.compile(r"[^!?\n]{0,100}[^\S\n][—–][^\S\n]*(?:(?:около|более|свыше|почти)\s+)?")
_VERB_POS = {"VERB", "INFN", "PRTS"}


def _has_verb(text: str, lo: int, hi: int) -> bool:
    return any(
        (found := _parse(w.group().lower())) and found[0].tag.POS in _VERB_POS
        for w in _WORD.finditer(text, lo, hi)
    )


def _breakdown(text: str, after: int, fig: dict) -> bool:
    """A bare number after a population or a body's size that only names a group before a
    dash (no verb of its own) is a part of that count: «Детей – 236, пенсионеров – 410»."""
    start = fig["start"]
    if not only_number(fig["text"].split(maxsplit=1)[-1] if fig["approx"] else fig["text"]):
        return False
    if start - after > 100 or not _BREAKDOWN_GAP.fullmatch(text, after, start):
        return False
    if len(_SENTENCE_END.findall(text, after, start)) > 1:
        return False
    return not any(
        (found := _parse(w.group().lower())) and found[0].tag.POS in _VERB_POS
        for w in _WORD.finditer(text, after, start)
    )


def _assign_roles(text: str, figures: list[dict]) -> None:
    """People counts get a role; a part of the count before («среди них…», «11 из них»)
    takes that count's role."""
    previous: dict | None = None
    shared = False  # the previous count took its role from the one before it
    chain_role: str | None = None  # the role of the count the parts share
    seen: list[dict] = []  # the people counts before, in order
    for f in figures:
        if not f["is_people"]:
            continue
        seen.append(f)
        part = subset_of(text, f["start"]) or _part_of_previous(text, f, previous)
        # «среди них 10 предпринимателей, 6 врачей и 4 учителя»: the rest of the list too
        if (
            shared
            and previous is not None
            and _LIST_GAP.fullmatch(text, previous["end"], f["start"])
        ):
            part = True
        # «41 из них — единороссы, двое – КПРФ, один – ЛДПР», «28 от «Единой России», 4 от
        # КПРФ»: a bare number of a list of named groups shares the count before it.
        item = _list_item(text, f["end"]) and only_number(f["text"])
        # «вошли 30 человек: по 10 назначил глава, ещё 10 …»: the parts a colon opens
        if previous is not None and _COLON_PARTS.fullmatch(text, previous["end"], f["start"]):
            # «работают пятеро: глава, двое специалистов и два техработника»: a list the colon
            # opens, with no verb of its own
            item = (
                item or only_number(f["text"]) or not _has_verb(text, previous["end"], f["start"])
            )
        # «В делегации 12 человек: 7 спортсменов, 3 тренера и 2 врача»: a list a colon opens
        # right after a count breaks that count down
        if previous is not None and _COLON_RIGHT_AFTER.fullmatch(text, previous["end"], f["start"]):
            item = True
        if item and previous is not None and f["start"] - previous["end"] < 120:
            part = True
        if not part and previous is not None and chain_role in {"residents", "members"}:
            part = _breakdown(text, previous["end"], f)
        shared = bool(previous is not None and part and f["start"] - previous["end"] < 300)
        if shared and (whole := _whole_before_body(text, f, previous, seen)) is not None:
            # «Заявки подали четыре кандидата. Комиссия из 8 человек отберёт двух из них»
            f["unit"], f["role"] = whole["unit"], whole["role"]
            previous = f
            continue
        if shared:
            gone = (
                leaves(text, f["start"], f["end"])
                or absent(text, f["start"], f["end"])
                or placed_in_jobs(text, f["start"], f["end"])  # «387 были трудоустроены»
            )
            f["role"] = "other" if gone else chain_role
            # «812 тысяч избирателей, из них на выборы пришли около 200 тысяч»: the part of
            # an electorate that voted are voters
            if f["role"] == "other" and _norm(previous["unit"]) in _VOTER_LEMMAS:
                if people_role(text, f["start"], f["end"], f["unit"]) == "voters":
                    f["role"] = "voters"
            # «На сход пришли 112 человек, за самообложение проголосовали 97 из них»: the part
            # of a gathering that voted are voters
            if f["role"] == "participants" and (
                _PART_VOTED.search(text, max(0, f["start"] - 40), f["start"])
                # «На сход пришли 74 жителя, из них 70 проголосовали за самообложение»
                or _PART_VOTED_AFTER.match(text, f["end"])
            ):
                if people_role(text, f["start"], f["end"], f["unit"]) == "voters":
                    f["role"] = "voters"
            # «Совет состоит из 30 депутатов. В заседании участвовали 28 из них»: the part of a
            # body that came to a sitting is its attendees
            if f["role"] == "members" and attends(text, f["start"], f["end"], f["unit"]):
                f["role"] = "attendees"
            previous = f
            continue
        unit = f["unit"]
        if (
            previous is not None
            and is_collective(f["text"])
            and not _SENTENCE_END.search(text, previous["end"], f["start"])
        ):
            unit = f["unit"] = previous["unit"]  # «35 депутатов, … только трое»: трое из них
        role = people_role(text, f["start"], f["end"], unit)
        if (
            took_no_side(text, f["end"])
            or no_side_label(text, f["start"])
            or absent(text, f["start"], f["end"])
        ):
            role = "other"  # «…, трое не голосовали», «на заседании не было трёх депутатов»
        elif only_number(f["text"]) and turnout_share(text, f["start"], f["end"]):
            role = "voters"  # «Округ №3: 87 (2,15%)» under «Досрочно проголосовали:»
        elif (
            role == "other"
            and only_number(f["text"])
            and reception_visitors(text, f["start"], f["end"])
        ):
            role = "participants"  # «Депутат провёл приём … Семеро пожаловались на …»
        if role == "other" and _coordinated(text, previous, f):
            role = previous["role"]  # «Депутатами стали 12 самовыдвиженцев и 13 представителей»
        elif role == "other" and (
            grouped := group_members_role(
                text, figures, f, lambda lo, hi: people_role(text, lo, hi, "человек")
            )
        ):
            role = grouped  # «выступили 46 коллективов, в которых более 700 артистов»
        f["role"] = chain_role = role
        previous = f
