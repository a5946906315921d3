"""Quantities in Russian news text: people counts with their role, money, percentages, counts.

A figure is a number (digits or words) followed by what it counts: «около 500 человек»,
«1,5 млн рублей», «86%», «58 ТОСов». A number with nothing counted after it is not a figure,
which by itself drops most house numbers, postcodes, phone numbers and bare years; the rest
(«в 2018 году», «7 созыва», «№ 45», «15-летнюю», «23 ноября») are ruled out explicitly.

Role of a people count: the nearest cue word in the sentence decides — «участник»,
«собрались», «съезд»… give ``participants``; «объединяют», «насчитывает», «членов» give
``members``, and so does «из N человек»; a people count with no cue is ``other``.
Non-people figures have role ``None``. People are animate counted nouns (not animals or
firm-like agents such as «подрядчик») and participles used as nouns («80 приглашённых»).
"""

from __future__ import annotations

import re
from functools import lru_cache

from extraction.morph import inflect, lemma, parses
from extraction.numbers import parse_words, word_value

_SP = r"[ \u00a0\u202f]"
_NUMBER = re.compile(
    rf"(?<![\w.,:/№#+-])(?:[0-9]{{1,3}}(?:{_SP}[0-9]{{3}})+(?![0-9])|[0-9]+)(?:[.,][0-9]+)?"
)
_RANGE_TAIL = re.compile(rf"{_SP}*[-–—]{_SP}*([0-9]+(?:[.,][0-9]+)?)(?![0-9]|[.:/-][0-9])")
_WORD = re.compile(r"[А-Яа-яЁёA-Za-z]+(?:-[А-Яа-яЁё]+)?")
_MULTIPLIER = re.compile(
    r"\s*(тыс(?![\w])\.?|тысяч[аиуеь]?(?:ами|ам|ах)?|млн\.?|миллион(?:ами|ам|ах|ов|а|ы|е|ом|у)?"
    r"|млрд\.?|миллиард(?:ами|ам|ах|ов|а|ы|е|ом|у)?|трлн\.?)(?![\w])",
    re.IGNORECASE,
)
_SCALE = {"тыс": 1e3, "тысяч": 1e3, "млн": 1e6, "миллион": 1e6, "млрд": 1e9, "миллиард": 1e9}
_SCALE["трлн"] = 1e12
_SPLIT_COMPOUND = re.compile(r"\s*(?:комнатн|этажн|летн|местн|разов|дневн|часов|кратн)", re.I)
_SCALED_PART = re.compile(rf"{_SP}+([0-9]{{1,3}}(?:[.,][0-9]+)?){_MULTIPLIER.pattern}", re.I)
_CASE_SUFFIX = re.compile(r"-(?:ти|х|ми|ух|ех|ью)(?![\w-])", re.IGNORECASE)
_MAX_VALUE = 1e15
_SYMBOL_UNIT = re.compile(
    r"\s*(?:(?P<pct>%|процент(?:ов|а|ам|ами|ах|у|ом)?(?![\w]))"
    r"|(?P<rub>₽|руб\.?(?![\w])|рубл(?:ей|я|ь|ям|ями|ях|ю|ем)(?![\w])|р\.(?!\s*[0-9]))"
    r"|(?P<usd>\$|долл\.|доллар(?:ов|а|ы|ам|ами|ах|у|ом)?(?![\w]))"
    r"|(?P<eur>€|евро(?![\w]))"
    r"|(?P<kop>коп\.|копе(?:ек|йки|йка|йку)(?![\w]))"
    r"|(?P<ppl>чел\.)|(?P<pcs>шт\.)"
    r"|(?P<sqm>кв\.\s*(?:м|км)\.?(?![\w]))"
    r"|(?P<km>км(?![\w])\.?)|(?P<ha>га(?![\w]))|(?P<kg>кг(?![\w]))|(?P<t>т\.(?!\s*[а-яё0-9])))",
    re.IGNORECASE,
)
_SYMBOL_NAMES = {
    "pct": "%", "rub": "рубль", "usd": "доллар", "eur": "евро", "kop": "копейка",
    "ppl": "человек", "pcs": "штука", "sqm": "кв. м", "km": "км", "ha": "га", "kg": "кг",
    "t": "тонна",
}  # fmt: skip
_APPROX = re.compile(
    r"(?<![\w-])((?:не\s+менее|не\s+более|более|менее|больше|меньше)(?:,?\s+чем)?|около"
    r"|свыше|почти|порядка|примерно|приблизительно|ориентировочно|до)\s+$",
    re.IGNORECASE,
)
_MONTH_AFTER = re.compile(
    r"\s*(?:январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр)"
    r"|\s*(?:янв|фев|мар|апр|июн|июл|авг|сен|окт|ноя|дек)\.",
    re.IGNORECASE,
)
_MONTH_BEFORE = re.compile(
    r"(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)"
    r"\s+$",
    re.IGNORECASE,
)
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
_PHONE_BEFORE = re.compile(r"(?:\+7|\(\d{3,5}\))[\s\d()-]*$")
# Counted nouns that make a number a time, an ordinal or a label rather than a quantity.
_NOT_COUNTS = {
    "год", "месяц", "неделя", "день", "сутки", "час", "минута", "секунда", "век", "лет",
    "раз", "номер", "созыв", "сессия",
    "квартал", "полугодие", "степень", "очередь", "г", "гг", "вечер", "утро", "ночь",
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
    "труженик", "призывник", "боец", "военнослужащий", "аспирант",
}  # fmt: skip
_PARTICIPANT_CUES = {
    "участник", "участвовать", "участие", "собраться", "собирать", "прийти", "присутствовать",
    "присутствующий", "съезд", "слушание", "посетить", "посетитель", "делегат", "гость",
    "зритель", "слушатель", "акция", "субботник", "форум", "конференция", "фестиваль",
    "митинг", "собрание", "сход", "пришедший", "конкурс", "турнир",
    "соревнование", "мероприятие", "праздник", "шествие", "забег", "семинар", "встреча",
    "посмотреть", "явиться", "выйти", "отправиться", "съехаться", "приехать", "прибыть",
    "слет", "смотр", "олимпиада", "экскурсия", "выставка", "концерт", "голосование",
}  # fmt: skip
_MEMBER_CUES = {
    "объединять", "насчитывать", "состоять", "входить", "численность", "объединение",
    "членство", "вступить", "войти", "состав",
}  # fmt: skip
_BLANK = re.compile(r"[^\S\n]*")
# Participles and adjectives used as nouns for people: «80 приглашённых».
_SUBSTANTIVES = {
    "приглашенный", "присутствующий", "пострадавший", "желающий", "проголосовавший",
    "опрошенный", "собравшийся", "пришедший", "участвующий", "зарегистрированный",
    "голосующий", "занимающийся", "обучающийся", "работающий", "нуждающийся", "погибший",
    "раненый", "отдыхающий", "многодетный", "служащий", "учащийся", "взрослый", "пожилой",
    "малоимущий", "малообеспеченный", "безработный", "верующий", "болельщик", "заболевший",
}  # fmt: skip
# Cues that a people count is a population, not participants or members.
_OTHER_CUES = {"жить", "проживать", "население", "родиться", "прописать", "зарегистрировать"}
# Animate nouns that are not people counts: animals, and agents that are usually firms.
_NOT_PEOPLE = {
    "поставщик", "оператор", "подрядчик", "субподрядчик", "застройщик", "перевозчик",
    "производитель", "партнер", "инвестор", "агент", "заказчик", "резидент", "спонсор",
    "арендатор", "эмитент", "страховщик", "грантополучатель",
    "рыба", "собака", "кошка", "животное", "птица", "лошадь", "корова", "свинья", "овца",
    "пес", "кот", "малек", "особь", "зверь", "олень", "медведь", "волк", "утка", "курица",
    "пчела", "бык", "коза", "кролик", "голубь", "лебедь", "теленок", "щенок", "котенок",
}  # fmt: skip
_ABBREV = re.compile(r"([А-ЯЁA-Z]{2,})[а-яё]*$")
_SENTENCE_END = re.compile(r"[.!?…](?=\s+[А-ЯЁA-Z0-9«\"])|\n")
_TAKE_PLACE = re.compile(r"(?:заня[а-яё]*|заним[а-яё]*|призов[а-яё]*)\s+$", re.IGNORECASE)


_PEOPLE = {w.replace("ё", "е") for w in PEOPLE} | _SUBSTANTIVES


def _norm(word: str) -> str:
    return word.lower().replace("ё", "е")


def _number_value(raw: str) -> float:
    return float(re.sub(rf"{_SP}", "", raw).replace(",", "."))


def _agrees(value: float, integral: bool, parses: list) -> bool:
    """Noun form fits a count: «5 участников», «3 депутата», «21 ТОС» but not «7 созыва» or
    «2008 граждане» (a year before a plural nominative)."""
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
            if case != "nomn":
                return True
            continue
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


def _counted_noun(
    text: str, pos: int, value: float, integral: bool
) -> tuple[str, int, bool] | None:
    """Lemma and end offset of the noun counted after ``pos``, skipping up to 3 adjectives.

    A plural participle with no noun after it counts people: «80 приглашённых».
    """
    substantive: tuple[str, int, bool] | None = None
    for _ in range(4):
        m = _WORD.match(text, _BLANK.match(text, pos).end())
        if m is None:
            return substantive
        word = m.group()
        abbrev = _ABBREV.match(word)
        if abbrev:
            return abbrev.group(1).lower(), m.end(), False
        if word[0].isupper():
            return substantive
        parses = _parse(word)
        if not parses:
            return substantive
        top = parses[0]
        if top.tag.POS in {"ADJF", "PRTF"} and ("Anum" not in top.tag or top.tag.number == "plur"):
            if substantive is None and top.tag.number == "plur":
                noun = _substantive(word)
                if noun is not None:
                    substantive = (noun, m.end(), True)
            pos = m.end()
            continue
        nouns = [p for p in parses if p.tag.POS == "NOUN"]
        if top.tag.POS != "NOUN" and not (nouns and top.tag.POS in {"ADVB", None}):
            return substantive
        if not nouns or not _agrees(value, integral, nouns):
            return None
        lem = nouns[0].normal_form
        return lem, m.end(), "anim" in nouns[0].tag and _norm(lem) not in _NOT_PEOPLE
    return substantive


_FROM_BEFORE = re.compile(r"(?<![\w-])\w+\s+из\s+$", re.IGNORECASE)
_CUE_ROLE = {
    **{_norm(w): "participants" for w in _PARTICIPANT_CUES},
    **{_norm(w): "members" for w in _MEMBER_CUES},
    **{_norm(w): "other" for w in _OTHER_CUES},
}


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(0, start - 200)
    left = lo
    for m in _SENTENCE_END.finditer(text, lo, start):
        left = m.end()
    m = _SENTENCE_END.search(text, end, min(len(text), end + 200))
    return left, (m.start() if m else min(len(text), end + 200))


def _role(text: str, start: int, end: int, unit: str) -> str:
    if unit in {"участник", "делегат", "гость", "зритель", "слушатель", "посетитель"}:
        return "participants"
    if unit == "член":
        return "members"
    if _FROM_BEFORE.search(text, max(0, start - 30), start):
        return "members"  # «совет из 9 человек», «группа из 15 жителей»
    lo, hi = _sentence(text, start, end)
    best: tuple[int, str] | None = None
    for m in _WORD.finditer(text, lo, hi):
        if start <= m.start() < end:
            continue
        word = m.group().lower()
        lem = "прийти" if word in {"пришли", "пришло"} else lemma(word)
        role = _CUE_ROLE.get(_norm(lem))
        if role is None:
            continue
        dist = start - m.end() if m.end() <= start else m.start() - end
        if best is None or dist < best[0] or (dist == best[0] and role == "members"):
            best = (dist, role)
    return best[1] if best else "other"


def _approx(text: str, start: int) -> tuple[str | None, int]:
    m = _APPROX.search(text, max(0, start - 20), start)
    if m is None:
        return None, start
    return re.sub(r"[\s,]+", " ", m.group(1).lower()), m.start(1)


def _is_label(text: str, start: int) -> bool:
    window = text[max(0, start - 50) : start]
    tokens = _BEFORE_TOKENS.findall(window)
    if not tokens:
        return False
    last = tokens[-1].lower()
    if last in _LABELS or lemma(last) in _DOCUMENT_PARTS:
        return True
    # «ул. Ленина, 12», «ул. Карла Маркса, 5»
    for k in (2, 3, 4):
        if len(tokens) > k and tokens[-1] == "," and tokens[-k - 1].lower() in _STREETS:
            if all(t[:1].isupper() or t[:1].isdigit() for t in tokens[-k:-1]):
                return True
    if "+" in window or "(" in window:
        return bool(_PHONE_BEFORE.search(window[-25:]))
    return False


def _scale_of(m: re.Match[str], group: int = 1) -> float:
    key = m.group(group).lower().rstrip(".")
    return next(v for k, v in _SCALE.items() if key.startswith(k))


def _figure(text: str, start: int, num_end: int, value: float, integral: bool) -> dict | None:
    """Complete a number at [start, num_end) into a figure, or None when it counts nothing."""
    pos = num_end
    scale = _MULTIPLIER.match(text, pos)
    if scale:
        factor = _scale_of(scale)
        value *= factor
        integral = False
        pos = scale.end()
        # «1 млрд 200 млн рублей»: smaller parts follow the bigger one.
        while (part := _SCALED_PART.match(text, pos)) and _scale_of(part, 2) < factor:
            factor = _scale_of(part, 2)
            value += _number_value(part.group(1)) * factor
            pos = part.end()
    sym = _SYMBOL_UNIT.match(text, pos)
    if sym:
        unit, end = _SYMBOL_NAMES[sym.lastgroup], sym.end()
        animate = unit == "человек"
    else:
        counted = _counted_noun(text, pos, value, integral)
        if counted is None:
            return None
        unit, end, animate = counted
        if unit in _NOT_COUNTS or (
            unit == "место" and _TAKE_PLACE.search(text, max(0, start - 30), start)
        ):
            return None
    if _is_label(text, start):
        return None
    approx, span_start = _approx(text, start)
    is_people = animate or _norm(unit) in _PEOPLE
    value = round(value, 6)
    return {
        "value": int(value) if value == int(value) else value,
        "unit": unit,
        "approx": approx,
        "is_people": is_people,
        "role": _role(text, span_start, end, unit) if is_people else None,
        "text": text[span_start:end],
        "start": span_start,
        "end": end,
    }


def _next_is_quick_reject(text: str, pos: int) -> bool:
    """Cheap test that nothing countable can follow: digits, punctuation, end of text."""
    k = pos
    n = len(text)
    while k < n and text[k] in " \u00a0\u202f\t":
        k += 1
    return k >= n or not (text[k].isalpha() or text[k] in "%₽$€")


def find_figures(text: str) -> list[dict]:
    """Every quantity in ``text``, ordered by position."""
    out: list[dict] = []
    consumed = 0
    for m in _NUMBER.finditer(text):
        start, end = m.start(), m.end()
        if start < consumed:
            continue
        nxt = text[end : end + 2]
        if nxt[:1] in {":", "/"} or (nxt[:1] in ".-" and nxt[1:2].isdigit()):
            continue
        if nxt[:1] == "-" and nxt[1:2].isalpha():
            suffix = _CASE_SUFFIX.match(text, end)
            if suffix is None:  # an ordinal or a compound: «15-летнюю», «2018-м», «3-й»
                continue
            end = suffix.end()  # a cardinal's case ending: «500-ти человек», «2-х тысяч»
            if _SPLIT_COMPOUND.match(text, end):  # «3-х комнатная», «5-ти этажный»
                continue
        rng = _RANGE_TAIL.match(text, end)
        if rng:  # «10–15 человек»: the upper bound counts.
            raw, end = rng.group(1), rng.end()
        else:
            raw = m.group()
        if _next_is_quick_reject(text, end) or _MONTH_AFTER.match(text, end):
            continue
        if _MONTH_BEFORE.search(text, max(0, start - 12), start):  # «1 января 2008 граждане»
            continue
        value = _number_value(raw)
        if value > _MAX_VALUE:  # a digit run, not a quantity (and float("9" * 400) is inf)
            continue
        integral = "," not in raw and "." not in raw
        fig = _figure(text, start, end, value, integral)
        if fig is not None:
            out.append(fig)
            consumed = fig["end"]
    out.extend(_word_figures(text))
    out.sort(key=lambda f: f["start"])
    return out


def _one_scale(text: str, word: re.Match[str]) -> bool:
    """A lone «тысяча» means 1000; plural «тысячи»/«тысяч» mean "thousands" unless «более
    тысячи» makes it a genitive singular."""
    w = word.group().lower()
    if w in {"тысяча", "тысячу", "миллион", "миллиард"}:
        return True
    return w in {"тысячи", "миллиона", "миллиарда"} and _approx(text, word.start())[0] is not None


def _word_figures(text: str) -> list[dict]:
    """«полторы тысячи жителей», «около трёхсот человек»; small word numbers are not figures."""
    out: list[dict] = []
    hits = [m for m in _WORD.finditer(text) if word_value(m.group()) is not None]
    i = 0
    while i < len(hits):
        first = hits[i]
        joined = i and _BLANK.fullmatch(text, hits[i - 1].end(), first.start())
        before = text[max(0, first.start() - 3) : first.start()].rstrip()
        if joined or before[-1:].isdigit():  # inside a longer numeral, or «12 тысяч»
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
        if used == 1 and word_value(first.group())[0] == "scale" and not _one_scale(text, first):
            continue  # «тысячи демонстрантов», «несколько тысяч человек»: no exact value
        if value < 10 and not _SYMBOL_UNIT.match(text, last.end()):
            continue
        if text[last.end() : last.end() + 1] == "-":
            continue
        fig = _figure(text, first.start(), last.end(), value, True)
        if fig is not None:
            out.append(fig)
    return out
