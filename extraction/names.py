"""Split a person mention into last / first / middle name and put each in the nominative.

pymorphy3 tags first names ``Name``, patronymics ``Patr`` and surnames ``Surn``; the reading is
chosen so that all parts share one case and one gender, which is what keeps «Александра
Иванова» (masc, genitive) apart from «Александра Иванова» (femn, nominative) only when the
context allows it, and keeps female and male surname forms distinct.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from os.path import commonprefix

from pymorphy3.analyzer import Parse

from .east_asian import family_first as east_asian_order
from .lexicon import NAME_PARTICLES
from .morph import inflect, known, lemma, parses, title_case
from .tuvan_names import declined_ool

GENDERS = ("masc", "femn")
CASE_ORDER = {c: i for i, c in enumerate(("nomn", "gent", "datv", "accs", "ablt", "loct"))}


@dataclass(frozen=True)
class Name:
    last: str | None
    first: str | None
    middle: str | None
    gender: str | None
    family_first: bool = False  # «Ху Цзиньтао» is written and shown family name first
    # a bare surname can be read several ways («Иванова»: his genitive or her nominative)
    alternatives: tuple[tuple[str, str], ...] = ()

    def other_readings(self) -> list[Name]:
        """The surname's other readings; initials stay (they do not decline), so «Смирнова
        Е.А.» read as his genitive is still no «А.В. Смирнов»."""
        first = self.first if self.first and self.first.endswith(".") else None
        middle = self.middle if first and self.middle and self.middle.endswith(".") else None
        return [Name(last, first, middle, gender) for last, gender in self.alternatives]

    @property
    def first_initial(self) -> str | None:
        return self.first[0].upper() if self.first else None

    @property
    def has_full_first(self) -> bool:
        return bool(self.first) and not self.first.endswith(".")

    @property
    def key(self) -> str:
        last = (self.last or "").lower().replace("ё", "е")
        first = (self.first or "").lower().replace("ё", "е").rstrip(".")
        return f"{last} {first}".strip()

    @property
    def display(self) -> str:
        parts = (
            (self.last, self.first) if self.family_first else (self.first, self.middle, self.last)
        )
        return " ".join(x for x in parts if x)


def _parts(words: list[str]) -> tuple[list[str], list[str]]:
    """Alphabetic words and initials of the mention. Tokens written together are one word
    («О’Рейли»), dotted runs are initials («А.В.»)."""
    full, initials = [], []
    for chunk in " ".join(words).replace(" ’ ", "’").split():
        chunk = chunk.strip('.,;:()«»"')
        glued = GLUED_INITIALS.match(chunk)
        if glued:  # «С.А.Галкин»: initials written onto the surname
            initials.extend(glued.group(1).replace(".", ""))
            full.append(glued.group(2))
            continue
        letters = chunk.replace(".", "")
        if "." in chunk and letters.isalpha() and letters.isupper() and len(letters) <= 3:
            initials.extend(letters)  # «А.В.»
            continue
        if not chunk or not chunk.replace("-", "").replace("'", "").replace("’", "").isalpha():
            continue
        chunk = _unglued(chunk)
        chunk = JUNIOR_SENIOR.sub("", chunk)  # «Буш-младший»: the surname is «Буш»
        if chunk.lower() in ADDRESS_WORDS or lemma(chunk.lower()) in ADDRESS_WORDS:
            continue  # «г-н Сабиров», «Господину Ефимову»: a form of address, not a name
        if len(chunk) == 1:
            initials.append(chunk.upper())
        else:
            full.append(chunk)
    return full, initials


# «Джордж Буш-младший», «Буша-старшего»: an epithet written onto the surname, not part of it
JUNIOR_SENIOR = re.compile(r"(?<=\w{2})-(младш|старш)(ий|его|ему|им|ем|ая|ей|ую|ою)$", re.I)
ADDRESS_WORDS = frozenset("г-н г-жа господин госпожа гражданин гражданка товарищ тов".split())
GLUED_INITIALS = re.compile(r"^((?:[А-ЯЁ]\.){1,2})([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)$")
GLUED = re.compile(r"(?<=[а-яё])(?=[А-ЯЁ][а-яё])")
# the one-letter words that start a sentence: «В», «С», «К», «У», «О», «А», «И», «Я»
GLUED_LETTER = re.compile(r"(?<=[а-яё]{3})[ВСКУОАИЯ]$")


def _unglued(word: str) -> str:
    """«ТитовПо»: a byline glued to the next sentence («by Егор ТитовПо состоянию…») cuts
    where a known lower-case word or a one-letter word starts; «МакКейн», «ДиКаприо» keep
    their inner capital, their tails being names, not common words."""
    if GLUED_LETTER.search(word):
        return word[:-1]  # «Анна ЗайцеваВ субботу»: a one-letter word glued on
    cut = GLUED.search(word)
    if cut is None:
        return word
    tail = parses(word[cut.start() :].lower())
    if (
        tail
        and known(tail[0].word)
        and not {"Name", "Surn", "Patr", "Geox", "Orgn"} & tail[0].tag.grammemes
    ):
        return word[: cut.start()]
    return word


# Surnames of the adjective kind that pymorphy3 reads only as adjectives: «Закревская»,
# «Сташевскому», «Белецкую»
ADJECTIVE_SURNAME = re.compile(r"[а-яё]{3,}(ск|цк)(ий|ая|ого|ой|ому|им|ом|ую|ою)$", re.I)


def _reads(p: Parse, grammeme: str) -> bool:
    """The parse is a ``grammeme`` reading; an adjective of a surname's shape is a surname
    («Закревская»; «Сомовой», her surname that pymorphy3 reads as «сомовый»)."""
    if grammeme in p.tag:
        return True
    if grammeme != "Surn" or p.tag.POS != "ADJF" or p.tag.number != "sing":
        return False
    if ADJECTIVE_SURNAME.search(p.word) is not None:
        return True
    return (
        p.tag.gender == "femn"
        and FEMININE_OBLIQUE.search(p.word) is not None
        and not _his_nominative_adjective(p.word)
    )


def _his_nominative_adjective(word: str) -> bool:
    """«Береговой»: also his adjective surname in the nominative."""
    return any(
        p.tag.POS == "ADJF" and p.tag.gender == "masc" and p.tag.case == "nomn"
        for p in parses(word)
    )


def _possessive_adjective(word: str) -> bool:
    """Her possessive surname in an oblique case that pymorphy3 knows only as an adjective."""
    found = parses(word)
    return (
        bool(FEMININE_OBLIQUE.search(word))
        and bool(found)
        and not any("Surn" in p.tag for p in found)
        and any(p.tag.POS == "ADJF" and p.tag.gender == "femn" for p in found)
        and not _his_nominative_adjective(word)
    )


def _best(word: str, grammeme: str, gender: str | None, case: str | None) -> Parse | None:
    # one person's name is singular («Марис» is no plural genitive of «Мариса»); a plural
    # reading only when nothing else fits (the misprint «Владимиры»)
    found = parses(word)
    if grammeme == "Surn":
        # «Анне Басовой»: pymorphy3's own surname reading (Басова) before the adjective of a
        # surname's shape it lists first with the same score (басовый -> «Басовая»)
        found = tuple(sorted(found, key=lambda p: "Surn" not in p.tag))
    # «Анне» is first of all Анна's dative, not the indeclinable «Анне» in every case
    skip_fixd = grammeme == "Name" and any(
        "Name" in p.tag and "Fixd" not in p.tag and known(p.word) for p in found
    )
    for plural in (False, True):
        for p in found:
            if not _reads(p, grammeme) or (p.tag.number == "plur") != plural:
                continue
            if skip_fixd and "Fixd" in p.tag:
                continue
            if plural and p.tag.case != "nomn":
                continue
            if gender and p.tag.gender and p.tag.gender != gender:
                continue
            if case and p.tag.case != case:
                continue
            return p
    return None


# «Габтелгаязовича», «Зухры Маулитбаевны»: a patronymic pymorphy3 does not know, by its suffix
PATRONYMIC_SHAPE = re.compile(r"[а-яё]{2,}(ович|евич|ьич|овн|евн|ичн)(а|у|ем|ом|е|ы|ой|ей|ою)?$")


def _patronymic(word: str, words: int) -> bool:
    """By its suffix only among three words: «Виктор Янукович» is a first name and surname;
    beside a first name alone, a guessed one made from no first name is a surname in
    -ович/-евич («Сергею Шульговичу», «Олега Радковича»)."""
    if _patronymic_score(word) >= 0.3:
        return words >= 3 or _known(word) or _from_first_name(word)
    return words >= 3 and bool(PATRONYMIC_SHAPE.fullmatch(word.lower()))


# the stem of a surname in -кович/-кевич, -гович: «Радк-ович», «Станк-евич», «Шульг-ович»
FATHER_SUFFIX = re.compile(r"([а-яё]+[^аеёиоуыэюя][кг])(?:ович|евич)(?:а|у|ем|е|ом)?")


def _from_first_name(word: str) -> bool:
    """«Рашитовичу» <- Рашит, «Сергеевичем» <- Сергей: a patronymic is made from a first name.
    A guessed one whose stem ends in a consonant and -к or -г, as no first name pymorphy3 knows
    does, is a Polish or Belarusian surname (Радкович, Станкевич, Шульгович); stems of other
    shapes stay patronymics, since pymorphy3 does not know many Caucasian and Turkic first
    names their patronymics are made from («Хазретович», «Аскарбиевич»)."""
    m = FATHER_SUFFIX.fullmatch(word.lower())
    if m is None:
        return True
    stem = m.group(1)
    options = {stem, stem + "й", stem + "ь", stem + "а", stem + "ья"}
    if stem.endswith("ь"):
        options.add(stem[:-1] + "ий")  # «Анатольевич» <- Анатолий
    return any(
        "Name" in p.tag and p.tag.gender == "masc" and known(p.word)
        for option in options
        for p in parses(option)
    )


def _his_patronymic_beside(full: list[str], middle: str) -> bool:
    """A patronymic pymorphy3 only guesses, in his nominative (-ич), needs a first name that
    can be his nominative too; so does a known one (Лукашевич, Ильич): beside her first name
    alone («Алина Лукашевич», «Алине Лукашевич») her patronymic would be in -овна/-евна, so the
    -ич word is her surname."""
    if not middle.lower().endswith("ич"):
        return True
    other = next(w for w in full if w != middle)
    found = [p for p in parses(other) if "Name" in p.tag]
    # «Алине»: a declined form of her name outweighs the indeclinable guess of his
    found = [p for p in found if "Fixd" not in p.tag] or found
    his = any(p.tag.gender == "masc" and p.tag.case == "nomn" for p in found)
    if _known(middle):
        # a known patronymic loses only to her first name («Егоров» is also «Егор»'s plural)
        return his or not any(p.tag.gender == "femn" and p.tag.number == "sing" for p in found)
    return not found or his


def soft_feminine(word: str) -> str | None:
    """«Айгули», «Гузелью», «Альфие»: her name in an oblique case that pymorphy3 reads as
    another name (the indeclinable «Альфие», «Айгули» of «Айгуля») or not at all. A name in
    -ь (Айгуль, Гузель) declines like «тень»: -ью (of a word pymorphy3 does not know as a
    name: «Наталью» is of «Наталья») or -и, when the name in -ь is a known one of hers; -ие is
    the dative or prepositional of a known name of hers in -ия."""
    low = word.lower()
    if low.endswith("ие") and _her_name(low[:-1] + "я"):
        return title_case(word[:-1] + "я")
    stem = low[:-2] if low.endswith("ью") else low[:-1] if low.endswith("и") else None
    if stem is None or len(stem) < 3 or stem[-1] in VOWELS_AND_SIGNS:
        return None
    # «Наталью», «Дарью»: a known name in -ья has -ью in the accusative
    declined = any("Name" in p.tag and known(p.word) for p in parses(word))
    if (low.endswith("ью") and not declined) or _her_name(stem + "ь"):
        return title_case(word[: len(stem)] + "ь")
    return None


def _her_name(word: str) -> bool:
    return any(
        "Name" in p.tag
        and p.tag.gender == "femn"
        and p.tag.number == "sing"
        and p.tag.case == "nomn"
        and known(p.word)
        for p in parses(word)
    )


VOWELS_AND_SIGNS = frozenset("аеёиоуыэюяйьъ")


# His surname in -ич in an oblique case (hers does not decline): «Петкевича», «Бабичу»
DECLINED_ICH = re.compile(r"(?<=[а-яё]{3}ич)(а|у|ем|е)$", re.I)
ICH_CASES = {"а": ("gent", "accs"), "у": ("datv",), "ем": ("ablt",), "е": ("loct",)}


def _one_patronymic(found: list[str]) -> list[str]:
    """A person has one patronymic: of «Радик Ильдарович Петкевич» the one pymorphy3 knows as
    such; the other word of that shape is a surname in -ович/-евич (Петкевич, Станкевич)."""
    if len(found) < 2:
        return found
    return [max(found, key=lambda w: _score(w, "Patr") - 0.1 * _score(w, "Surn"))]


def _declined_first(word: str, gender: str | None, case: str) -> Parse | None:
    """«Анне Петровой»: pymorphy3 knows «Анне» only as the indeclinable «Анне»; beside an
    oblique surname it is a declined form of «Анна» (the surname's case first: «-ой» is four)."""
    lower = word.lower()
    for cut in (1, 2):
        for ending in ("а", "я"):
            for p in parses(lower[:-cut] + ending):
                if "Name" not in p.tag or "Fixd" in p.tag or p.tag.case != "nomn":
                    continue
                if gender and p.tag.gender != gender:
                    continue
                for oblique in (case, "datv", "loct", "gent", "accs", "ablt"):
                    form = p.inflect({oblique, "sing"})
                    if form is not None and form.word == lower:
                        return form
    return None


def _his_genitive(word: str) -> bool:
    """«Аслана»: a man's name in the genitive more likely than a woman's in the nominative
    («Марина», «Лидия» are hers)."""
    found = [p for p in parses(word) if "Name" in p.tag]
    his = max(
        (p.score for p in found if p.tag.gender == "masc" and p.tag.case == "gent"), default=0
    )
    hers = max(
        (p.score for p in found if p.tag.gender == "femn" and p.tag.case == "nomn"), default=0
    )
    return his > 0 and his >= hers * 0.5


def _bare(word: str) -> str:
    return word.strip('.,;:()«»"')


def _known(word: str) -> bool:
    return any(known(p.word) for p in parses(word))


def _patronymic_score(word: str) -> float:
    """Like ``_score`` for «Patr», but the readings of one form add up: a guessed genitive
    («Зелимхановича», also its accusative) is as much a patronymic as the guessed nominative
    («Зелимханович»), though each of its two readings has half the weight."""
    found = [p for p in parses(word) if "Patr" in p.tag]
    total = sum(p.score for p in found)
    return total * (1.0 if any(known(p.word) for p in found) else 0.3)


def _score(word: str, grammeme: str) -> float:
    """pymorphy3 confidence; guesses for unknown words (foreign names) count for little."""
    return max(
        (p.score * (1.0 if known(p.word) else 0.3) for p in parses(word) if grammeme in p.tag),
        default=0.0,
    )


def _nominative(word: str, parse: Parse | None, gender: str | None) -> str:
    if parse is None:
        return title_case(word)
    grammemes = {"nomn", "sing"}
    if gender and _reads(parse, "Surn"):
        grammemes.add(gender)
    form = inflect(parse, grammemes) or parse.normal_form
    return title_case(form)


def split_name(words: list[str], cases: frozenset[str] | None = None) -> Name | None:
    """``cases``: the cases the context allows (a preposition, a governing verb or post before
    the name); a reading in one of them wins over a likelier one outside them."""
    return _split_name(tuple(words), cases)


@lru_cache(maxsize=50_000)
def _split_name(words: tuple[str, ...], cases: frozenset[str] | None = None) -> Name | None:
    """``["Александра", "Ивановича", "Петрова"]`` -> Name(Петров, Александр, Иванович, masc)."""
    full, initials = _parts(words)
    if not full and not initials:
        return None
    full, turkic_middle, turkic_gender, turkic_first = _turkic_patronymic(full)
    middle_w = _one_patronymic([w for w in full if _patronymic(w, len(full)) and len(full) > 1])
    if len(full) == 2 and middle_w and not _his_patronymic_beside(full, middle_w[0]):
        middle_w = []  # «Ульяна Шульгович»: his patronymic's form beside her name is a surname
    rest = [w for w in full if w not in middle_w]
    first_w = last_w = None
    family_first = listed = False
    if len(rest) == 1:
        w = rest[0]
        if middle_w and _score(w, "Name"):
            first_w = w
        elif (
            initials
            or _score(w, "Surn") >= _score(w, "Name")
            or not _score(w, "Name")
            or (not _known(w) and LONE_SURNAME.search(w))  # «Шарафутдинов» said alone
            # «вручил Велиевой»: her unknown surname in an oblique case, which pymorphy3
            # guesses likelier as the instrumental of a first name «Велиева»
            or (not _known(w) and FEMININE_OBLIQUE.search(w))
            # «Сабиров» alone: a first name only as a plural («(нет) Сабиров») is a surname
            or not any("Name" in p.tag and p.tag.number != "plur" for p in parses(w))
        ):
            last_w = w
        else:
            first_w = w
    elif len(rest) >= 2:
        a, b = rest[0], rest[-1]
        # «Surname Firstname» order needs a word pymorphy3 knows as a surname in front.
        forward = _score(a, "Name") + _score(b, "Surn") + 0.1
        # and a known first name behind it: «Аарон Гринспен», neither known as a first name,
        # keeps the usual first-last order of news text
        name_behind = _score(a, "Surn") and _score(b, "Name") and _known(b)
        backward = _score(b, "Name") + _score(a, "Surn") if name_behind else 0.0
        listed = len(rest) == 2 and len(full) == 2 and unknown_name_behind(a, b)
        if listed:
            backward = forward + 1  # «Максимова Сандаара», «Сидоров Айаал»: list order
        family_first = len(rest) == 2 and len(a) <= 3 and not _known(a) and not _known(b)
        family_first = family_first and not GEORGIAN_SURNAME.search(b)  # «Гие Квирикашвили»
        family_first = family_first or east_asian_order(rest)  # «Вэнь Цзябао», «Пан Ги Мун»
        if family_first:
            backward = forward + 1  # «Ху Цзиньтао», «Чэнь Дэмин»: East Asian family name first
        first_w, last_w = (a, b) if forward >= backward else (b, a)
        # the first name comes right before the patronymic, whatever pymorphy3 knows of it
        # («Бериташвили Гузели Петровны», «Гнатюк Айгулью Фанисовной»)
        if len(rest) == 2 and len(full) == 3 and full[2] in middle_w:
            # «Козловская Оксана Витальевна»: a patronymic last puts the surname first
            first_w, last_w = b, a
        elif len(rest) == 2 and len(full) == 3 and full[1] in middle_w:
            first_w, last_w = a, b  # «Оксана Витальевна Козловская»
    if turkic_first and last_w == turkic_first:
        first_w, last_w = last_w, first_w  # the son's or daughter's own name comes right before
    middle = middle_w[0] if middle_w else None
    gender, case = _agreement(first_w, middle, last_w, cases)
    if _undeclined_hers(first_w, middle, last_w, gender, case, cases):
        gender, case = "femn", "nomn"
    if cases and case not in cases:
        case = _her_case(first_w, last_w, cases) or case
        gender = "femn" if case in cases else gender
    if gender is None and last_w and _only_case(cases):
        # «главе поселения Лапину С.А.»: an unknown possessive surname's ending in the one
        # case the context allows says whose it is
        gender = next(
            (g for g in GENDERS if _possessive_stem(last_w, g, _only_case(cases))), gender
        )
        case = _only_case(cases) if gender else case
    declined_ich = DECLINED_ICH.search(last_w or "")
    if declined_ich and _best(last_w or "", "Surn", "masc", None) is None:
        # «Петкевича», «Шульговичем»: only his surname in -ич declines; its ending is the case
        options = ICH_CASES[declined_ich.group(1).lower()]
        gender, case = "masc", next((c for c in options if cases and c in cases), options[0])
    if turkic_gender and gender != turkic_gender:
        gender, case = turkic_gender, _surname_case(last_w, turkic_gender)
    if last_w and gender != "femn" and FEMININE_OBLIQUE.search(last_w) and not _known(last_w):
        # «Гимаевой»: her surname, unknown to pymorphy3; the case is her first name's
        gender, case = (
            "femn",
            next(
                (p.tag.case for p in parses(first_w or "") if "Name" in p.tag and "femn" in p.tag),
                None,
            ),
        )
    elif last_w and gender != "femn" and FEMININE_OBLIQUE.search(last_w) and _only_hers(last_w):
        # «Асиет Бековой»: a surname that is only hers outweighs a first name read as his
        gender, case = "femn", _surname_case(last_w, "femn", cases)
    if last_w and not first_w and initials and case not in (None, "nomn"):
        # «О.В. Краснова»: her nominative or his genitive; the nominative first, the context
        # (a verb, a genitive post) may choose his reading later
        nominative = _best(last_w, "Surn", None, "nomn")
        if nominative is not None and nominative.tag.gender == "femn":
            gender, case = "femn", "nomn"
    if listed and last_w:
        # list order is the nominative's, as «Морозова Е.В.» is: her «Максимова», his «Сидоров»
        nominative = _best(last_w, "Surn", None, "nomn")
        if nominative is not None:
            gender, case = nominative.tag.gender, "nomn"
    if last_w and not first_w and initials and words and _bare(words[0]) == last_w:
        # «Морозова Е.В.»: surname-first with initials is list style, in the nominative
        nominative = _best(last_w, "Surn", None, "nomn")
        if nominative is not None:
            gender, case = nominative.tag.gender, "nomn"
    first = None
    if first_w:
        parse = _best(first_w, "Name", gender, case)
        if parse is not None and case == "loct":
            parse = _soft_stem(first_w, parse)
        if parse is not None and "Fixd" in parse.tag and case not in (None, "nomn"):
            parse = _declined_first(first_w, gender, case) or parse
        if parse is not None and not known(parse.word):
            parse = None  # an unknown foreign first name: its case endings are guesswork
        first = _keep_yo(first_w, _nominative(first_w, parse, gender))
        if parse is None and gender == "femn" and case != "nomn" and not _known(first_w):
            first = _feminine_nominative(first_w)
        elif parse is None and gender == "masc" and case == "datv" and _his_first_dative(first_w):
            first = title_case(_his_first_dative(first_w).normal_form)  # «Гаяну» -> Гаян
        elif parse is None and gender == "masc" and case in MASCULINE_ENDINGS:
            if not _known(first_w):  # «Ильсуру Хисматуллину» -> Ильсур
                first = _keep_yo(first_w, _masculine_nominative(first_w, case))
        elif parse is None and gender == "masc" and _only_case(cases) in MASCULINE_ENDINGS:
            if not _known(first_w):  # «поздравили Ильфата Черных»: the context gives the case
                first = _keep_yo(first_w, _masculine_nominative(first_w, _only_case(cases)))
        elif parse is None and gender == "masc" and case == "loct" and not _known(first_w):
            if last_w and _declined_locative(last_w):  # «о Ришеле Бжахове» -> Ришель
                first = _masculine_locative(first_w)
        elif parse is None and not _known(first_w) and first_w.lower().endswith("ие"):
            first = title_case(first_w[:-1] + "я")  # «Гие», «Ие»: no name ends so in the nominative
    if first_w and gender == "femn" and _hard_dative(first_w, last_w):
        first = title_case(first_w[:-1] + "а")  # «Амине Курбановой» -> Амина
    # «Айгули», «Гузели»: a word that is no name in the nominative singular is in another case
    oblique = first_w is not None and not any(
        "Name" in p.tag and p.tag.case == "nomn" and p.tag.number == "sing" for p in parses(first_w)
    )
    if first_w and gender in ("femn", None) and (case != "nomn" or oblique):
        hers = soft_feminine(first_w)  # «Айгули», «Альфие»; «Гузели Гогоберидзе» is hers
        first, gender = (hers, "femn") if hers else (first, gender)
        if not hers and oblique and gender == "femn" and not _known(first_w):
            if FEMININE_NAME_OBLIQUE.search(first_w):  # «Гульнарии Фанисовны» -> Гульнария
                first = title_case(FEMININE_NAME_OBLIQUE.sub("ия", first_w))
    if first is None and initials:
        first = initials[0] + "."
    if family_first and len(rest) == 3:
        first = " ".join(rest[1:])  # «Пан Ги Мун»: the given name is both words after the family
    # «Айгули Сергеевне»: a patronymic in another case than the first name was read in
    patr = (
        (_best(middle, "Patr", gender, case) or _best(middle, "Patr", gender, None))
        if middle
        else None
    )
    mid = _nominative(middle, patr, gender) if middle else None
    mid = mid or turkic_middle
    if mid is None and len(initials) >= 2:
        mid = initials[1] + "."
    last = _last_nominative(last_w, gender, case) if last_w else None
    ool = declined_ool(last_w) if last_w else None
    if ool is not None:
        # «Шолбана Кара-оола»: the declined «-оол» is his and gives the case of his first name
        last, case = ool
        gender = "masc"
        if first_w and not initials:
            parse = _best(first_w, "Name", "masc", case)
            if parse is not None and known(parse.word):
                first = _keep_yo(first_w, _nominative(first_w, parse, gender))
            elif case in MASCULINE_ENDINGS:
                first = _keep_yo(first_w, _masculine_nominative(first_w, case))
    particle = rest[-2] if len(rest) >= 3 and last_w == rest[-1] else ""
    if last and particle.lower() in NAME_PARTICLES:
        last = f"{particle} {last}"  # «Марин Ле Пен», «Людвиг ван Бетховен»
    alternatives: tuple[tuple[str, str], ...] = ()
    unknown_first = first_w is not None and not _score(first_w, "Name") >= 0.3
    # «Аслана», «Рустэма»: also his genitive, so «… Тхакушинова» may be his too
    unknown_first = unknown_first or (
        gender == "femn" and first_w is not None and _his_genitive(first_w)
    )

    if (
        last_w
        and not first_w
        and initials
        and gender is None
        and MASCULINE_GENITIVE.search(last_w)
        and not any("Surn" in p.tag for p in parses(last_w))
    ):
        # «О.П. Лапина», a surname pymorphy3 does not know: her nominative or his genitive, as
        # «О.В. Краснова» is; her nominative first, the context may choose his
        gender = "femn"
    ambiguous = not initials or gender == "femn"
    ambiguous = ambiguous and not turkic_gender and not listed  # «кызы» says whose it is
    if last_w and not middle and (not first_w or unknown_first) and ambiguous:
        # a bare «Иванова» (his genitive or her nominative); «И.А. Поздеева» and «Залимгери
        # Хагасова» (a first name pymorphy3 does not know) likewise: the context (a verb, a
        # genitive post, the same man named in full) chooses later
        readings = {
            (_keep_yo(last_w, _nominative(last_w, p, p.tag.gender)), str(p.tag.gender))
            for p in parses(last_w)
            if "Surn" in p.tag and p.tag.gender
        }
        if not readings and gender == "femn" and MASCULINE_GENITIVE.search(last_w):
            # «Аслана Тхакушинова», neither word known: her nominative or his genitive
            readings = {(title_case(last_w[:-1]), "masc")}
        alternatives = tuple(sorted(r for r in readings if r[0] != last))
    elif first_w and not last_w and not middle and not initials and not _known(first_w):
        # «Саса»: an unknown word read as a first name may be the surname «Сас» said again
        readings = {
            (title_case(p.normal_form), str(p.tag.gender))
            for p in parses(first_w)
            if p.tag.POS == "NOUN" and p.tag.gender in GENDERS and "Fixd" not in p.tag
        }
        alternatives = tuple(sorted(readings))
    return Name(last, first, mid, gender, family_first, alternatives)


# «Рашид Гусейн оглы», «Севиндж Ильхам кызы»: the father's name and a word for son or daughter
TURKIC_PATRONYMICS = {
    "оглы": "masc",
    "оглу": "masc",  # «Гасану Зал оглу Гасанову»: the Azerbaijani spelling
    "угли": "masc",  # Uzbek
    "улы": "masc",
    "уулу": "masc",
    "кызы": "femn",
    "гызы": "femn",
    "кизи": "femn",  # Uzbek
}


def _turkic_patronymic(
    full: list[str],
) -> tuple[list[str], str | None, str | None, str | None]:
    """The words without a Turkic patronymic, the patronymic as written (it does not decline),
    the gender its particle gives and the first name (the word before the father's name)."""
    for k, word in enumerate(full):
        gender = TURKIC_PATRONYMICS.get(word.lower())
        if gender and k >= 2:
            middle = f"{title_case(full[k - 1])} {word.lower()}"
            return full[: k - 1] + full[k + 1 :], middle, gender, full[k - 2]
    return full, None, None, None


def _undeclined_hers(
    first: str | None,
    middle: str | None,
    last: str | None,
    gender: str | None,
    case: str | None,
    cases: frozenset[str] | None,
) -> bool:
    """«Асият Гаджиева», «Зейнаб Алиева»: a first name ending in a consonant that pymorphy3
    reads only as his nominative beside a surname that is his only in the genitive. His name would
    decline with his surname («Асията»); a woman's name in a consonant does not, so both are
    hers in the nominative."""
    if not first or not last or middle or gender != "masc":
        return False
    if _best(last, "Surn", "masc", "nomn") is not None:
        return False  # «Асият Гаджиев» is his name as written
    if first[-1:].lower() in "аяеиоуыюэьй":
        return False  # whatever the context says of the case: only her nominative fits both
    found = [p for p in parses(first) if "Name" in p.tag]
    if not found or any(p.tag.case != "nomn" or p.tag.number != "sing" for p in found):
        return False
    return _best(last, "Surn", "femn", "nomn") is not None or (
        last.lower().endswith("а") and bool(POSSESSIVE_SUFFIX.match(last[:-1].lower()))
    )


def _hard_dative(first: str, last: str | None) -> bool:
    """«Амине Курбановой»: beside her surname in -ой a first name in -е that pymorphy3 knows
    only as an indeclinable guess (or as his «Амин» in the prepositional) is the dative or
    prepositional of her name in -а."""
    if not last or not FEMININE_OBLIQUE.search(last) or not first.lower().endswith("е"):
        return False
    if len(first) < 4 or first[-2:-1].lower() in "аеёиоуыэюяйь":
        return False
    found = [p for p in parses(first) if "Name" in p.tag]
    return not any(p.tag.gender == "femn" and "Fixd" not in p.tag for p in found)


def _her_case(first: str | None, last: str | None, cases: frozenset[str]) -> str | None:
    """«избрали Гульназ Хамитову», «поздравил их министр Амина Шафикова»: pymorphy3 reads the
    surname only as his dative or genitive, which the context does not allow; a surname in
    -ову/-ину is also her accusative, one in -ова/-ина her nominative, unless the first name is
    a man's (in the accusative: a man's in that case; «Марину» is his dative «Марин» too)."""
    if not last or not POSSESSIVE_SUFFIX.match(last[:-1].lower()):
        return None
    ending = last[-1:].lower()
    case = "accs" if ending == "у" else "nomn" if ending in "ая" else None
    if case not in cases:
        return None
    found = [p for p in parses(first or "") if "Name" in p.tag and known(p.word)]
    hers = any(p.tag.gender == "femn" and p.tag.case == case for p in found)
    # «Алексея Дёмкина» after a dash stays his: in the nominative any reading of his counts
    his = any(p.tag.gender == "masc" and (p.tag.case == case or case == "nomn") for p in found)
    return case if not first or hers or not his else None


def _only_hers(last: str) -> bool:
    """pymorphy3 reads the word as a surname, a woman's only."""
    found = [p for p in parses(last) if "Surn" in p.tag]
    return bool(found) and all(p.tag.gender == "femn" for p in found)


def _surname_case(last: str | None, gender: str, cases: frozenset[str] | None = None) -> str | None:
    """The case a surname's own form gives for ``gender`` (None: nominative or unknown), one
    the context allows first."""
    for case in sorted(cases or ()):
        if _best(last or "", "Surn", gender, case) is not None:
            return case
    found = _best(last or "", "Surn", gender, None)
    if found is not None:
        return str(found.tag.case)
    if gender == "femn" and last and FEMININE_OBLIQUE.search(last):
        return "datv"
    return None


# Case endings of an unknown man's first name: a consonant stem (Ильсур) or a soft one (Наиль)
# «Назбия», «Назбию», «Назбием» -> Назбий: after a vowel the soft stem ends in -й, not -ь
VOWEL_STEM = tuple(
    (vowel + ending, vowel + "й") for vowel in "иаеоу" for ending in ("я", "ю", "ем")
)
MASCULINE_ENDINGS = {
    "gent": (*[e for e in VOWEL_STEM if e[0].endswith("я")], ("я", "ь"), ("а", "")),
    "accs": (*[e for e in VOWEL_STEM if e[0].endswith("я")], ("я", "ь"), ("а", "")),
    "datv": (*[e for e in VOWEL_STEM if e[0].endswith("ю")], ("ю", "ь"), ("у", "")),
    "ablt": (*[e for e in VOWEL_STEM if e[0].endswith("ем")], ("ем", "ь"), ("ом", "")),
}  # no prepositional: «Саломе», «Хосе» end in -е in every case


def _his_dative(
    first: str | None, middle: str | None, last: str | None, cases: frozenset[str]
) -> set[tuple[str, str]]:
    """«Поручение дано Гаяну Хабибрахманову»: where the context allows the dative alone, a
    first name pymorphy3 knows only as a woman's (her accusative «Гаяну») that also reads as a
    man's dative word, before a surname that is his dative, is his name."""
    if _only_case(cases) != "datv" or not first or middle or not last:
        return set()
    if _best(last, "Surn", "masc", "datv") is None or _his_first_dative(first) is None:
        return set()
    return {("masc", "datv")}


def _his_first_dative(first: str) -> Parse | None:
    """A masculine dative reading of a first name known only as a woman's, or None."""
    found = parses(first)
    if any("Name" in p.tag and p.tag.gender == "masc" for p in found):
        return None
    if not any("Name" in p.tag and p.tag.gender == "femn" and known(p.word) for p in found):
        return None
    return next(
        (
            p
            for p in found
            if p.tag.POS == "NOUN"
            and p.tag.gender == "masc"
            and p.tag.case == "datv"
            and p.tag.number == "sing"
        ),
        None,
    )


def _only_case(cases: frozenset[str] | None) -> str:
    return next(iter(cases)) if cases and len(cases) == 1 else ""


def _soft_stem(word: str, parse: Parse) -> Parse:
    """«о Фаниле»: Фанил or Фаниль, the prepositional does not tell; names in -иль, -ель
    (Рамиль, Наиль, Фаниль) are the usual ones."""
    for p in parses(word):
        if "Name" in p.tag and p.tag == parse.tag and p.normal_form == parse.normal_form + "ь":
            return p
    return parse


def _declined_locative(last: str) -> bool:
    """A man's surname visibly in the prepositional: «Бжахове», «Миллере», «Козловском»."""
    if not last.lower().endswith("е") and not ADJECTIVE_SURNAME.search(last):
        return False
    if _possessive_stem(last, "masc", "loct"):
        return True
    found = _best(last, "Surn", "masc", "loct")
    return found is not None and "Fixd" not in found.tag and found.normal_form != last.lower()


def _masculine_locative(word: str) -> str:
    """An unknown man's first name in the prepositional: «Ришеле» -> Ришель, «Ильфате» ->
    Ильфат (-ил-, -ел- before the ending are soft: Рамиль, Наиль)."""
    stem = word[:-1]
    if not word.lower().endswith("е") or len(stem) < 3 or stem[-1].lower() not in CONSONANTS:
        return title_case(word)
    if stem[-1].lower() == "л" and stem[-2].lower() in "иеэ":
        return title_case(stem + "ь")
    return title_case(stem)


def _masculine_nominative(word: str, case: str) -> str:
    return _replace_ending(word, MASCULINE_ENDINGS[case])


def _replace_ending(word: str, endings: tuple[tuple[str, str], ...]) -> str:
    """The first case ending of ``endings`` the word has (a stem of 3 letters left), replaced."""
    for ending, replacement in endings:
        if word.lower().endswith(ending) and len(word) - len(ending) >= 3:
            return title_case(word[: -len(ending)] + replacement)
    return title_case(word)


# An unknown surname that is her nominative or his genitive: «Тхакушинова», «Гарипова»
MASCULINE_GENITIVE = re.compile(r"[а-яё]{3,}(ов|ев|ёв|ин|ын)а$", re.I)
# Case endings of an unknown woman's first name in -а/-я: «Сарданой», «Сардане», «Сардану»
FEMININE_ENDINGS = (("ой", "а"), ("ою", "а"), ("ы", "а"), ("е", "а"), ("у", "а"), ("ю", "я"))


def _feminine_nominative(word: str) -> str:
    if FEMININE_NAME_OBLIQUE.search(word):
        return title_case(FEMININE_NAME_OBLIQUE.sub("ия", word))  # «Зульфие» -> Зульфия
    return _replace_ending(word, FEMININE_ENDINGS)


# An unknown word alone in a surname's dictionary form: «Шарафутдинов», «Муртазалиева»
# «Шарафутдинов», «Фазлееву» (her accusative, his dative): a surname said alone
LONE_SURNAME = re.compile(r"[а-яё]{3,}(ов|ев|ёв|ин|ын|ова|ева|ина|ову|еву|ину|ский|ская)$", re.I)
# An unknown woman's surname in an oblique case: «Гимаевой» -> «Гимаева», «Бариновой»
SURNAME_SUFFIX = "(ов|ев|ёв|ин|ын)"  # Russian surnames of the possessive kind: Лапин, Сомов
FEMININE_OBLIQUE = re.compile(rf"(?<=[а-яё]{{2}}){SURNAME_SUFFIX}(ой|ою)$", re.I)
# An unknown woman's first name in an oblique case: «Зульфие», «Зульфии» -> «Зульфия»
FEMININE_NAME_OBLIQUE = re.compile(r"(?<=[а-яё]{2})и(е|и|ю|ей)$", re.I)


def _last_nominative(word: str, gender: str | None, case: str | None) -> str:
    """Surname parse first; then adjective surnames (Долгорукий) and unknown foreign ones."""
    parts = word.split("-")
    if len(parts) == 2 and all(len(p) > 2 and p[:1].isupper() for p in parts):
        # «Ивановой-Смирновой»: a double surname declines in both parts
        return "-".join(_last_nominative(p, gender, case) for p in parts)
    if gender == "femn" and not _known(word) and FEMININE_OBLIQUE.search(word):
        return title_case(FEMININE_OBLIQUE.sub(lambda m: m.group(1) + "а", word))
    if gender in ("femn", None) and _possessive_adjective(word):
        # «Сомовой», which pymorphy3 reads only as a case of the adjective «сомовый»
        return title_case(FEMININE_OBLIQUE.sub(lambda m: m.group(1) + "а", word))
    parse = _best(word, "Surn", gender, case)
    if parse is not None and not known(word):
        # «Куприянцу»: the guesser's plain-noun reading keeps the fleeting vowel (-ец) that
        # its surname reading drops
        for p in parses(word):
            if p.tag.POS == "NOUN" and p.tag.case == case and "Surn" not in p.tag:
                if p.normal_form.endswith("ец") and p.normal_form[:-2] + "ц" == parse.normal_form:
                    if not _armenian_in_yants(parse.normal_form):
                        return title_case(p.normal_form)
    if parse is not None:
        return _keep_yo(word, _nominative(word, parse, gender))
    stem = _possessive_stem(word, gender, case)
    if stem:
        return title_case(stem)
    if case not in (None, "nomn") and gender == "masc" and not known(word):
        stem = _strip_case(word, case)
        if stem:
            return title_case(stem)
    singular = any("Surn" in p.tag and p.tag.number != "plur" for p in parses(word))
    if INDECLINABLE_ADJECTIVE.search(word) and not singular:
        return title_case(word)  # «Виктора Долгих», «Андрея Седых»: no plural adjective
    if not any(known(p.word) for p in parses(word)):
        declined = _declined_in_a(word)
        if declined:
            return declined
    if case in (None, "nomn") and not any(known(p.word) for p in parses(word)):
        return title_case(word)  # an unknown foreign surname in the nominative: as written
    low = word.lower()
    if gender in ("femn", None) and low.endswith("а") and POSSESSIVE_SUFFIX.match(low[:-1]):
        if all("Geox" in p.tag for p in parses(word) if p.tag.POS == "NOUN"):
            return title_case(word)  # «О. Н. Ступина», not the town «Ступино» in the genitive
    for p in parses(word):
        # his accusative is his genitive («поздравили Олега Пака»: «пака» is known as «пак»'s)
        animate = case == "accs" and gender == "masc" and p.tag.case == "gent"
        if case and p.tag.case != case and not animate:
            continue
        if p.tag.POS == "NOUN" and p.tag.number != "plur":
            return _keep_yo(word, title_case(p.normal_form))  # «Маехары» -> «Маехара»
        if gender and p.tag.gender and p.tag.gender != gender:
            continue
        if p.tag.POS == "ADJF":
            grammemes = {"nomn", "sing"} | ({gender} if gender else set())
            form = inflect(p, grammemes)
            if form:
                return _keep_yo(word, title_case(form))
    return title_case(word)


def unknown_name_behind(a: str, b: str) -> bool:
    """«Максимова Сандаара», «Сидоров Айаал»: a surname pymorphy3 knows (and rather as a
    surname than as a first name) before a word it knows nothing of and does not even guess as
    a surname (a Yakut, Buryat or Tatar first name) is surname-first list order."""
    if _known(b) or _score(b, "Surn"):
        return False
    if _known(a):
        return _score(a, "Surn") > 0 and _score(a, "Surn") >= _score(a, "Name")
    # «Тогмитов Гэндэн», «Цыренова Баярма»: a surname's suffix on a word pymorphy3 does not know
    # either, before one that has none
    return bool(SURNAME_FORM.fullmatch(a.lower())) and not SURNAME_FORM.fullmatch(b.lower())


# a Russian-style surname in the nominative: «Тогмитов», «Цыденова», «Бальжурова»
SURNAME_FORM = re.compile(r"[а-яё]{3,}(ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына)")


def _armenian_in_yants(surname: str) -> bool:
    """«Мирзоянц», «Степанянц»: an Armenian surname in -янц (from one in -ян) keeps no
    fleeting vowel; «Куприянец» is of the first name «Куприян»."""
    stem = surname[:-1]
    return surname.endswith("янц") and not any(
        "Name" in p.tag and known(p.word) for p in parses(stem)
    )


# An unknown surname in -а said in the genitive: «Окады», «Маехары» (no surname ends so in the
# nominative; after г/к/х the ending is -и and reads as a nominative too)
GENITIVE_IN_A = re.compile(r"(?<=[а-яё]{2}[бвдзлмнпрстфц])ы$", re.I)


def _declined_in_a(word: str) -> str | None:
    """«Окады» -> «Окада», «Хатоямы» -> «Хатояма»; None if not so declined."""
    if GENITIVE_IN_A.search(word):
        return title_case(GENITIVE_IN_A.sub("а", word))
    return None


# Surnames in -ых/-их (Седых, Долгих) do not decline: pymorphy3 reads them as plural adjectives
INDECLINABLE_ADJECTIVE = re.compile(r"[а-яё]{2,}(ых|их)$", re.I)
# Georgian surnames, which come after the first name however short it is
GEORGIAN_SURNAME = re.compile(r"[а-яё](швили|дзе|ури|ава|ия|ани|ули)$", re.I)


# Case endings of a man's surname with a consonant stem: «Сасу», «Саса», «Сасом», «Сасе».
MASC_ENDINGS = {
    "gent": ("а", "я"),
    "accs": ("а", "я"),
    "datv": ("у", "ю"),
    "ablt": ("ом", "ем"),
    "loct": ("е",),
}
CONSONANTS = set("бвгджзклмнпрстфхцчшщ")


# The endings of Russian surnames in -ов/-ев/-ин/-ын by gender and case: «Лапина», «Лапину»,
# «Сомовым» (his), «Дроновой», «Дронову» (hers); pymorphy3 knows many such surnames only as
# common nouns or guesses them as adjectives.
POSSESSIVE_ENDINGS = {
    ("masc", "gent"): ("а",),
    ("masc", "accs"): ("а",),
    ("masc", "datv"): ("у",),
    ("masc", "ablt"): ("ым",),
    ("masc", "loct"): ("е",),
    ("femn", "gent"): ("ой",),
    ("femn", "datv"): ("ой",),
    ("femn", "ablt"): ("ой", "ою"),
    ("femn", "loct"): ("ой",),
    ("femn", "accs"): ("у",),
}
POSSESSIVE_SUFFIX = re.compile(rf"[а-яё]{{2,}}{SURNAME_SUFFIX}$", re.I)


def _possessive_stem(word: str, gender: str | None, case: str | None) -> str | None:
    """The nominative of a surname in -ов/-ин said in an oblique case, None if not one."""
    for ending in POSSESSIVE_ENDINGS.get((gender or "", case or ""), ()):
        low = word.lower()
        if low.endswith(ending) and POSSESSIVE_SUFFIX.match(low[: -len(ending)]):
            stem = word[: -len(ending)]
            return stem + "а" if gender == "femn" else stem
    return None


def _strip_case(word: str, case: str) -> str | None:
    """The nominative of an unknown man's surname in an oblique case, when pymorphy3 only
    guesses it indeclinable; None unless a consonant stem is left."""
    for ending in MASC_ENDINGS.get(case, ()):
        stem = word[: -len(ending)]
        if word.lower().endswith(ending) and len(stem) >= 2 and stem[-1].lower() in CONSONANTS:
            if ending in SOFT_ENDINGS and stem[-1].lower() not in HUSHING:
                return stem + "ь"  # «Шевелем», «Шевеля» -> «Шевель»
            return stem
    return None


SOFT_ENDINGS = frozenset({"я", "ю", "ем"})  # a soft stem's endings (after a hushing one, hard)
HUSHING = frozenset("жшчщц")


def same_surname(word: str, surname: str) -> bool:
    """«Свиридове» and «Свиридова», «Буту» and «Бут»: one surname in two case forms (a stem
    and at most two lower-case letters of ending each)."""
    common = len(commonprefix([word, surname]))
    if common < max(4, len(surname) - 2) or len(word) - common > 2:
        return False
    return word[common:].islower() or common == len(word)


def _keep_yo(source: str, word: str) -> str:
    """Texts mostly write е for ё; do not add a ё the author did not write."""
    return word if "ё" in source.lower() else word.replace("ё", "е").replace("Ё", "Е")


def _agreement(
    first: str | None, middle: str | None, last: str | None, cases: frozenset[str] | None = None
) -> tuple[str | None, str | None]:
    """The (gender, case) that the most name parts can share, weighted by pymorphy3 scores;
    among the ``cases`` the context allows when any of them fits every part."""
    best, best_score = (None, None), 0.0
    present = [(w, g) for w, g in ((first, "Name"), (middle, "Patr"), (last, "Surn")) if w]
    options = {
        (str(p.tag.gender), str(p.tag.case))
        for w, g in present
        for p in parses(w)
        if _reads(p, g) and p.tag.gender and p.tag.case and p.tag.number != "plur"
    }
    if cases:
        # «Фанису Долгих»: a part with no reading of its kind (a plural adjective) says nothing
        telling = [(w, g) for w, g in present if any(_reads(p, g) for p in parses(w))]
        allowed = {
            o
            for o in options
            if o[1] in cases and all(_best(w, g, o[0], o[1]) is not None for w, g in telling)
        }
        # «Ильфату Воронину»: a first name pymorphy3 does not know in that case; the surname's
        # reading in an allowed case still beats readings the context does not allow
        unknown_first = bool(first) and not any(
            "Name" in p.tag and known(p.word) for p in parses(first or "")
        )
        by_surname = {
            o
            for o in options
            if unknown_first
            and not middle
            and o[1] in cases
            and last
            and _best(last, "Surn", o[0], o[1]) is not None
        }
        options = allowed or by_surname or _his_dative(first, middle, last, cases) or options

    # sorted: a tie must not depend on set order (string hashes change per process). «Марину
    # Кравцову» reads alike as his dative and her accusative: a dative needs a word that governs
    # it (``split_name``'s ``cases``), a direct object does not, so her accusative goes first; a
    # bare «Петрову» stays his dative («слово предоставили Петрову»)
    def order(option: tuple[str, str]) -> tuple[float, str]:
        rank = CASE_ORDER.get(option[1], 9)
        return (rank - 1.5 if first and option[1] == "accs" else rank, option[0])

    # «Даши Дугаров»: a first name read as her genitive cannot stand beside his nominative
    # surname; where the surname reads in some option, options it has no reading in lose
    his_nominative = (
        bool(last)
        and "-" not in (last or "")
        and (
            _best(last or "", "Surn", "masc", "nomn") is not None
            or (not _known(last or "") and bool(POSSESSIVE_SUFFIX.match((last or "").lower())))
        )
        and _best(last or "", "Surn", "femn", None) is None
    )
    for gender, case in sorted(options, key=order):
        if gender not in GENDERS:
            continue
        if his_nominative and not middle and _best(last or "", "Surn", gender, case) is None:
            continue
        total = 0.0
        for w, g in present:
            p = _best(w, g, gender, case)
            if p is not None:
                total += p.score + 1.0
        if total > best_score:
            best, best_score = (gender, case), total
    if best == (None, None) and his_nominative and not middle:
        return "masc", "nomn"  # «Даши Цыренов»: his surname says his nominative
    return best
