"""Posts layer: the post phrase next to a person's name, attached to that person.

Two shapes cover most news prose:
- before the name: «Глава городского самоуправления Калуги Александр ИВАНОВ»,
  «Президент Общероссийского комитета …, Виктор КИДЯЕВ» (one comma allowed), and chains of
  posts separated by commas («депутат …, сопредседатель … Михаил Вельмакин»);
- after the name: «Иванов, председатель комитета по бюджету, …», «Иванов — директор школы»,
  «Гусев (главный инженер района)», and signature lines («Игорь Макаров\nДиректор музея»);
- a post in the instrumental linked by a verb: «Петров назначен заместителем главы»,
  «Председателем комиссии избрана Наталья Киселёва».
A phrase runs from a post head (``lexicon.POST_HEADS``) over its genitive and prepositional
tail and the ORG/LOC entities inside it; it stops at punctuation, verbs and other names.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from functools import lru_cache

from pymorphy3.analyzer import Parse
from spacy.language import Language
from spacy.tokens import Doc, Token

from .at_the_head import at_the_head_posts
from .closed_periods import closed_span
from .coordinated_participle import (
    DAY_WORDS,
    name_past_participle_clause,
    participle_after_and,
)
from .dates import month_number
from .doc_view import view
from .duty_lists import duty_list, duty_list_ahead
from .entities import Entity
from .future_heading import future_auxiliary
from .future_posts import yet_to_take
from .gapped_dash_object import gapped_complement
from .head_typos import head_typo
from .headed_gap import past_time_words
from .imperfective_appointing import IMPERFECTIVE_APPOINTING
from .lexicon import GEO_DESCRIPTORS, POST_PREFIXES, SETTLEMENT_NOUNS
from .morph import inflect, known, lemma, match_case, parses, title_case
from .normal import NOUN_ADJECTIVES, normal_phrase
from .ordinal_years import ordinal_year
from .party_members import party_member
from .people import Person, Post
from .plural_superiors import superiors_post
from .post_aliases import alias_open
from .post_degrees import grades_adjective
from .post_heads import (
    HEAD_WORDS,
    PARTICIPLE_HEADS,
    abbreviated_head,
    expand_compound,
    is_head,
    is_head_word,
    is_pronoun,
    is_rank,
    participle_lemma,
)
from .post_places import surname_adjective_place
from .post_professions import renown, renowned_list
from .post_status import STATUS_RUN, split_status
from .predicate_gap import back_over_gap, verb_before_name
from .prefixed_bodies import split_prefix
from .proposed_candidates import proposed_names
from .quoted_dash import in_quoted_name
from .remit_lists import closed_list, remit_start
from .represented_district import district_posts
from .singular_subject import nominative, singular_subject, singular_verb_before
from .sought_post import sought_post
from .start_date import start_date_end
from .superior_names import superior_surname
from .superior_object import UNDER_HEADS, held_under, superior_after
from .year_span import year_span_end

JOINERS = {"-", "«", "»", "„", "“", "”", '"'}
PREPOSITIONS = {"по", "от", "в", "во", "при", "на", "для", "с", "из"}
PLACE_PREPOSITIONS = {"в", "во", "на", "с", "из", "для"}
# Nouns of compound prepositions and time phrases that end a post phrase:
# «в случае», «в ходе», «в рамках», «на фоне», «в качестве», «с 2010 года», «в интервью».
CIRCUMSTANCE_NOUNS = frozenset(
    """случай ход рамка течение связь результат фон качество время период день год
    месяц неделя итог целое сторона помощь протяжение конец начало середина канун преддверие
    речь выступление интервью беседа заявление обращение письмо эфир""".split()
)
# «по» opening a cause or a circumstance, not a remit («по бюджету»): «покинул пост главы
# по собственному желанию», «по состоянию здоровья», «по итогам», «по решению суда»
CAUSE_NOUNS = frozenset(
    """желание состояние итог решение причина инициатива просьба приглашение поручение
    требование результат истечение окончание словам мнение данные представление""".split()
)
CAUSE_ADJECTIVES = frozenset({"собственный", "личный", "семейный"})
STOP_POS = {"VERB", "INFN", "GRND", "PRTS", "ADJS", "CONJ", "PRCL", "INTJ", "ADVB", "NPRO", "PRED"}
DASHES = {"-", "–", "—"}
# «1-й заместитель», «1-го заместителя»: an ordinal in digits, written out in the title
ORDINAL_SHAPE = re.compile(r"[123]-(?:й|я|го|ого|му|ому|м|ым|ой)")
ORDINALS = {"1": "первый", "2": "второй", "3": "третий"}
MAX_PHRASE = 14
RELATIVE_OBJECTS = frozenset({"которым", "которой", "которую", "которое", "которого"})
# adjectives of time before a headed body, no part of its name: «Новый комитет возглавил»
TIME_ADJECTIVES = frozenset(
    {"новый", "новая", "новое", "новую", "прежний", "прежнюю", "этот", "эту", "этой", "тот"}
)
AGE_WORD = re.compile(r"\d+-летн(?:ий|яя|его|ей|им|юю)$")  # «32-летняя»
# what «возглавить» (accusative) and «руководить» (instrumental) head, or a passive's subject
HEADED_CASES = {"nomn", "accs", "ablt"}
# what may stand before a gapped «заместителем — Олег Сидоров»: a comma, or the full stop of
# the sentence that said the link verb and the first name
GAP_OPENERS = frozenset({",", "."})
# a post between a verb of heading and its subject's name: «возглавил заместитель главы
# администрации городского округа по вопросам жилищно-коммунального хозяйства Антон Бельский»
LONG_POST = 16


APPOSITION_CASES = {"nomn", "datv", "ablt", "loct"}
# Words of kinship that govern the post after them: «сын бывшего мэра» is no mayor
KINSHIP = frozenset(
    """сын дочь отец мать муж жена вдова вдовец брат сестра внук внучка племянник племянница
    зять невестка тесть тёща свёкор свекровь""".split()
)
# Verbs that link a person to a post in the instrumental: «стал председателем».
LINK_VERBS = frozenset(
    """являться стать становиться быть назначить избрать выбрать утвердить переизбрать
    работать проработать трудиться служить остаться оставаться числиться избираться""".split()
) | frozenset(IMPERFECTIVE_APPOINTING)


APPOINTING_VERBS = frozenset({"назначить", "избрать", "выбрать", "утвердить", "переизбрать"})


def is_link(word: str) -> bool:
    """«является», «избран», «стать», and the adverbial participles «будучи», «являясь»."""
    return any(
        p.normal_form in LINK_VERBS and p.tag.POS in {"VERB", "PRTS", "INFN", "GRND"}
        for p in parses(word)
    )


def _was(word: str) -> bool:
    """«был», «была»: the past of «быть» alone (not «был назначен») puts a post behind."""
    return word.lower() in {"был", "была", "были"}


def _worked(word: str) -> bool:
    """«работал», «трудился», «служил»: a post held in the past, not one taken up."""
    return any(
        p.normal_form in WORKING_VERBS and p.tag.POS == "VERB" and p.tag.tense == "past"
        for p in parses(word)[:1]
    )


WORKING_VERBS = frozenset({"работать", "проработать", "трудиться", "служить"})


def leaves_post(verb: Parse) -> bool | None:
    """Does the verb put the post it governs behind its holder? «покинул», «ушёл с» (True),
    «занимал» (True: the imperfective past), «занял» (False); None for any other verb and for
    «занимает», which says nothing of the past."""
    if verb.normal_form in LEFT_POST_VERBS:
        return True
    if verb.normal_form in HOLDING_VERBS and verb.tag.tense == "past":
        return verb.tag.aspect == "impf"
    return None


def _instrumental(word: str) -> bool:
    return is_head_word(word) and any(
        p.tag.case == "ablt" and p.tag.POS == "NOUN" for p in parses(word)
    )


def _in_capitals(words: list[str]) -> bool:
    """Every word in capitals and one too long for an abbreviation («ГЛАВА», not «МВД»)."""
    lettered = [w for w in words if any(c.isalpha() for c in w)]
    return (
        bool(lettered) and all(w.isupper() for w in lettered) and any(len(w) > 4 for w in lettered)
    )


@lru_cache(maxsize=100_000)
def _plural_head(word: str) -> bool:
    """«заместители», «депутатами», «главы»: a post head in the plural (asked of every word of
    a text twice: cached)."""
    if not word[:1].isalpha():
        return False
    found = parses(word)
    return (
        any(
            p.tag.POS == "NOUN"
            and p.tag.number == "plur"
            # «депутаты-единороссы»: a post with a word of its holders after the hyphen
            and (_listed_head(p.normal_form) or _listed_head(p.normal_form.split("-")[0]))
            for p in found
        )
        or (
            # «уполномоченные», «управляющие»: a participle that names a post
            any(p.tag.POS in {"ADJF", "PRTF"} and p.tag.number == "plur" for p in found[:1])
            and participle_lemma(word) in PARTICIPLE_HEADS
        )
    )


def _plural_instrumental(word: str) -> bool:
    """«заместителями»: the plural post a link verb takes."""
    return any(p.tag.number == "plur" and p.tag.case == "ablt" for p in parses(word))


def _listed_head(form: str) -> bool:
    """A post by its own word, or a prefixed one («заместитель», «вице-мэр»); not a word that
    only ends in one («преследователь» is no «следователь»)."""
    form = form.replace("ё", "е")
    return form in HEAD_WORDS or (form.startswith(("зам", "вице-")) and is_head_word(form))


def _singular_form(word: str) -> str:
    """«заместители» -> «заместитель», «Заместителями» -> «Заместителем» (same case)."""
    for p in parses(word):
        if p.tag.POS == "NOUN" and p.tag.number == "plur" and is_head_word(p.normal_form):
            form = inflect(p, {"sing", p.tag.case})
            if form:
                return match_case(word, form)
    found = parses(word)[:1]
    if found and found[0].tag.POS in {"ADJF", "PRTF"} and found[0].tag.number == "plur":
        if participle_lemma(word) in PARTICIPLE_HEADS:  # «уполномоченные» -> «уполномоченный»
            form = inflect(found[0], {"sing", "masc", found[0].tag.case})
            if form:
                return match_case(word, form)
    return word


def _cases(word: str) -> set[str]:
    """Singular noun cases a head can be in; accusative and genitive are left out, being
    the cases a dependent post takes («помощник заместителя»)."""
    return {
        p.tag.case
        for p in parses(word)
        if p.tag.POS == "NOUN" and p.tag.number != "plur" and p.tag.case in APPOSITION_CASES
    }


def _modifies(adjective: str, head: str) -> bool:
    """«первый заместитель», «подмосковного губернатора»: an adjective in the head's case and
    number; pronouns («её председатель») and stray participles («собравшихся») stay out."""
    found = parses(adjective)
    if not found or "Apro" in found[0].tag:
        return False
    if found[0].tag.POS not in {"ADJF", "PRTF"} and found[0].normal_form not in NOUN_ADJECTIVES:
        return False  # «главного врача»: «главное» is a noun first
    nouns = [p for p in parses(head) if p.tag.POS == "NOUN"]
    forms = {(p.tag.case, p.tag.number) for p in nouns}
    if not forms:  # «участковый уполномоченный»: a head that is itself an adjective's form
        forms = {(p.tag.case, p.tag.number) for p in parses(head) if p.tag.POS in {"ADJF", "PRTF"}}
    # «(проект,) инициированной Президентом»: a participle of another gender is no modifier
    genders = {p.tag.gender for p in nouns if "Ms-f" not in p.tag}
    return any(
        (p.tag.case, p.tag.number) in forms
        and not (
            p.tag.POS == "PRTF"
            and p.tag.number == "sing"
            and genders
            and p.tag.gender not in genders
        )
        for p in found
        if p.tag.POS in {"ADJF", "PRTF"} and "Apro" not in p.tag
    )


def _noun_cases(token: Token) -> set[str]:
    """Singular noun cases, genitive included (two appositions after a genitive name)."""
    found = parses(token.text)
    return {p.tag.case for p in found if p.tag.POS == "NOUN" and p.tag.number != "plur"} - {"accs"}


# How sure a shape is that the post belongs to this name; a phrase claimed by two names
# goes to the surer claim: in «Разлогов – директор института, Валерий Тишков – …» the post
# after Разлогов's dash beats the same phrase read as standing before «, Валерий Тишков».
BEFORE, AFTER, BEFORE_COMMA, IN_SENTENCE = 3, 2, 1, 1
# A sentence that names a post only by these («Предыдущие два — …») leaves its head out.
EARLIER_HOLDERS = frozenset({"предыдущий", "прежний", "бывший"})
ELLIPTIC_WORDS = frozenset(
    """предыдущий прежний бывший последний первый оба два двое три трое четыре четверо""".split()
)
# «занял пост главы», «назначен на должность заместителя»: the post of the sentence's person.
# «кресло мэра занял», «место спикера занял», «мандат депутата получила»
POST_NOUNS = frozenset({"пост", "должность", "кресло", "место", "мандат", "позиция"})
POST_NOUN_STEMS = ("пост", "должност", "кресл", "мест", "мандат", "позици")
POST_WORD_PREFIXES = (*POST_NOUN_STEMS, "качестве", "статусе")  # what named_posts looks at
# «на выборах главы поселения победил …»: the winner of the election of a post
WINNING_VERBS = frozenset({"победить", "выиграть", "одержать"})
ELECTIONS = frozenset({"выборы", "довыборы", "перевыборы"})
# Bodies a seat is won in: «прошли в городскую Думу», «на выборах в Госсовет победил».
LEGISLATURES = frozenset(
    """дума гордума мосгордума совет горсовет госсовет собрание заксобрание парламент
    курултай хурал ассамблея""".split()
)
CANDIDACY = frozenset(
    "кандидат кандидатура претендент претендентка выдвинуть баллотироваться претендовать".split()
)
SENTENCE_ENDS = {".", "!", "?", "…"}
# «поддержали кандидатуру … на должность»: an approved candidacy elects
APPROVING_VERBS = frozenset({"поддержать", "одобрить", "утвердить", "согласовать"})
# Verbs of heading a place or a body: the subject holds its top post.
HEADING_VERBS = frozenset({"возглавить", "возглавлять", "руководить"})
# What one heads as a post: a place or an administration makes its «глава», a body its
# «председатель», a department its «начальник».
HEADED_BODIES = {
    **dict.fromkeys(
        """город район округ поселение посёлок поселок село станица область край республика
        муниципалитет администрация мэрия горадминистрация сельсовет поссовет""".split(),
        "глава",
    ),
    **dict.fromkeys(
        """дума совет горсовет райсовет собрание комитет комиссия палата гордума заксобрание
        оргкомитет""".split(),
        "председатель",
    ),
    **dict.fromkeys("управление департамент отдел служба инспекция".split(), "начальник"),
    # «возглавила министерство культуры», «возглавлял правительство Калмыкии»
    "министерство": "министр",
    "правительство": "председатель",
    **dict.fromkeys("фракция аппарат отделение исполком пресс-служба".split(), "руководитель"),
    # institutions: «возглавлявшая молодёжный центр», «учреждение возглавляет»
    **dict.fromkeys(
        """центр учреждение предприятие организация фонд филиал подразделение объединение
        ассоциация союз штаб""".split(),
        "руководитель",
    ),
    # working groups and firms: «рабочую группу возглавил», «руководил агрохолдингом»
    **dict.fromkeys(
        "группа агрохолдинг холдинг компания завод комбинат агрофирма".split(),
        "руководитель",
    ),
    **dict.fromkeys(
        "школа лицей гимназия колледж музей театр библиотека больница поликлиника".split(),
        "директор",
    ),
    "университет": "ректор",
}
# bodies named by an abbreviation: «руководит ТОС «Солнечный»», «возглавил МУП «Водоканал»»
HEADED_ABBREVIATIONS = {
    "ТОС": "председатель",
    # election commissions: «ТИК Октябрьского района возглавила»
    **dict.fromkeys("ТИК УИК ОИК ИКМО ЦИК".split(), "председатель"),
    **dict.fromkeys("МУП МУ МБУ МКУ МАУ МБОУ МАОУ ГБУ ГУП ГКУ".split(), "директор"),
    **dict.fromkeys("ООО АО ОАО ЗАО ПАО".split(), "руководитель"),
}
# «депутат Думы трёх созывов»: how long a post was held
TENURE_NOUNS = frozenset({"созыв", "срок"})

# verbs whose plural, said with no subject, gives its object a post: «которого назначили послом»
PLURAL_APPOINTING = (
    frozenset({"назначить", "избрать", "выбрать", "утвердить", "переизбрать"})
    | IMPERFECTIVE_APPOINTING
)
# «занимал должность» (a post held before, in the imperfective past), «покинул пост»
HOLDING_VERBS = frozenset({"занимать", "занять"})
# verbs of taking up a post named with «должность»: «должность получил …», «к должности приступил»
TAKING_VERBS = frozenset({"получить", "вступить", "приступить", "заступить", "принять"})
LEFT_POST_VERBS = frozenset(
    {
        "покинуть",
        "покидать",
        "оставить",
        "оставлять",
        "освободить",
        "уйти",
        "уходить",  # «уходит с поста художественного руководителя»
        "сложить",
        "снять",
        "уволить",  # «уволен с должности директора»
        "отстранить",  # «отстранён от должности главы»
    }
)
# «сложил полномочия мэра», «прекращение полномочий главы»: the post is behind its holder
ENDING_WORDS = frozenset({"сложить", "слагать", "прекратить", "прекращение", "прекращать"})
# «исполняет обязанности главы»: the acting holder of the post
DUTY_VERBS = frozenset({"исполнять", "исполнить"})
ENTRUSTING_VERBS = frozenset({"поручить", "возложить", "доверить"})
# «руководство районом перешло к …», «… передано …»: the leadership handed to the one named after
LEADERSHIP_HANDED = ENTRUSTING_VERBS | {"передать", "перейти"}
DUTIES = frozenset({"обязанность", "полномочие"})
# «исполнять роль» of a part played, not a post held
STAGE_STEMS = ("спектак", "постанов", "фильм", "сериал", "сцен", "театр", "пьес", "мюзикл")
ROYALTY = frozenset({"король", "королева", "принц", "принцесса", "царь", "царица"})
# Adverbs between a name and its predicate post that say nothing of its time
AGAIN = frozenset({"вновь", "снова", "опять", "также", "тоже", "единогласно", "официально"})
# A span of time between a subject and its predicate post: «с 2015 года», «больше года»
TIME_NOUNS = frozenset({"год", "месяц", "время", "срок", "неделя", "созыв"})
TIME_WORDS = frozenset(
    {"с", "со", "до", "в", "течение", "больше", "более", "почти", "около", "по", "-", "–", "—"}
)
# Words that open a clause of its own: a link verb past them has another subject
SUBORDINATORS = frozenset("что чтобы который которая которые где когда как если хотя".split())
# a span of years: «2015–2020», «2015-2020»
YEARS_SPAN = re.compile(r"\d{4}[-–—]\d{2,4}")
YEAR = re.compile(r"(?:19|20)\d\d")
# «глава г. Махачкалы»: the dot of a place abbreviation inside a post
PLACE_ABBREVIATIONS = frozenset({"г", "гор", "пос", "пгт", "с", "д", "ст", "р", "обл"})
# «г.о.» городской округ, «м.р.» муниципальный район, «с.п.», «г.п.» поселения
COMPOUND_ABBREVIATIONS = frozenset({("г", "о"), ("м", "р"), ("с", "п"), ("г", "п"), ("м", "о")})
OPEN_QUOTES = frozenset({"«", "„", "“", '"'})
# Adverbs that put a predicate post in the past: «ранее работал заместителем главы».
EARLIER = frozenset({"ранее", "раньше", "прежде"})
PAUCALS = frozenset({"два", "три", "четыре", "оба"})
COUNTED_OFFICES = frozenset(
    """депутат заместитель член председатель глава советник помощник секретарь руководитель
    начальник директор мэр губернатор сенатор министр судья прокурор староста""".split()
)
THEN = frozenset({"затем", "потом", "позже", "впоследствии", "теперь", "сейчас", "ныне"})
# «…, затем возглавил»: a word of sequence right after a comma joins a predicate
THEN_JOINERS = frozenset({"затем", "потом", "позже", "впоследствии"})
# nouns of leaving a post that govern it: «отставку главы Ирека Ялалова»
LEAVING_NOUNS = frozenset({"отставка", "увольнение", "освобождение", "уход"})
APPOSITION_JOINERS = frozenset({"а", "ныне", "теперь", "сейчас", "также", "впоследствии"})
NOW = frozenset({"ныне", "теперь", "сейчас"})
# Chiefs' offices an ordinal before counts the holders of: «второй мэр города».
COUNTED_CHIEFS = frozenset({"мэр", "глава", "губернатор", "президент", "градоначальник"})
AMONG = frozenset({("в", "числе", "которых"), ("среди", "которых")})
# «этого», «данной» inside a title point back to a body named before; the title is without them
DEMONSTRATIVES = re.compile(r"\s(?:этого|этой|этих|того|той|данного|данной|данных)(?=\s)")
POSSESSIVES = frozenset({"его", "её", "ее", "их", "свой", "своя", "своего", "своей"})
# «до недавнего времени», «до последнего времени», «до недавних пор»: a holding that ended
RECENT_PAST = frozenset({"недавнего", "недавних", "последнего", "недавней"})
# a verb or adverb between a name and the verb of its post: «Иванов будет исполнять обязанности»
AUXILIARIES = frozenset({"быть", "продолжить", "продолжать", "начать", "стать", "остаться"})
AUXILIARY_ADVERBS = frozenset({"временно", "теперь", "по-прежнему", "вновь", "снова", "пока"})


class PostFinder:
    """The ``dw_posts`` component: one :class:`PostScanner` per document."""

    def __call__(self, doc: Doc) -> Doc:
        people: list[Person] = doc._.people or []
        if not people:
            return doc
        scanner = PostScanner(doc)
        claims: dict[tuple[int, int], list[tuple[int, int, Post]]] = {}
        owner = {start: n for n, person in enumerate(people) for start, _ in person.tokens}
        found = [(s, n, p) for n, person in enumerate(people) for s, p in scanner.find(person)]
        # «Мизь, старший научный сотрудник музея, Валерий Куцый»: the phrase before a comma
        # and a name, inside another name's apposition, is that apposition
        appositions = [(p.start, p.end, n) for s, n, p in found if s == AFTER]
        found = [
            (s, n, p)
            for s, n, p in found
            if s != BEFORE_COMMA
            or not any(a <= p.start and p.end <= b and m != n for a, b, m in appositions)
        ]
        sentence_posts = scanner.named_posts() + scanner.ended_posts() + scanner.won_posts()
        for mention, post in sentence_posts + scanner.seats_won():
            if mention in owner:
                found.append((IN_SENTENCE, owner[mention], post))
        listed = scanner.listed_posts() + scanner.posts_after_lists() + scanner.elliptic_lists()
        shapes = scanner.assigned_posts() + scanner.headed_posts() + scanner.duty_posts()
        shapes += scanner.started_posts() + scanner.fronted_gerund_posts()
        shapes += scanner.tenure_posts() + district_posts(scanner)
        shapes += scanner.gapped_posts() + scanner.district_repeats()
        shapes += at_the_head_posts(scanner)
        for mention, post in listed + shapes:
            if mention in owner:
                found.append((BEFORE, owner[mention], post))
        # «заместители главы администрации Юрий Лапин, …»: the «главы администрации» inside
        # the shared post is not a post of the first name
        inside = [(p.start, p.end) for _, p in listed]
        text = view(doc).text  # spaCy joins every token for each read of ``doc.text``
        for sureness, n, post in found:
            claims.setdefault((post.start, post.end), []).append((sureness, n, post))
        for claimed in claims.values():
            best = max(sureness for sureness, _, _ in claimed)
            owners = set()
            for sureness, n, post in claimed:
                if any(
                    s <= post.start and post.end <= e and (s, e) != (post.start, post.end)
                    for s, e in inside
                ):
                    continue
                if (
                    sureness == best
                    and n not in owners
                    and not is_rank(post.title)
                    and not is_rank(text[post.start : post.end])  # «спорта» taken as an org
                    and not renown(text[post.start : post.end])
                    and not renowned_list(
                        text[max(0, post.start - 200) : post.start], text[post.start : post.end]
                    )
                ):
                    owners.add(n)
                    # «помощники депутатов Сергея Пахомова и …»: the names are the deputies
                    people[n].posts.append(superiors_post(doc, post) or post)
        published = doc._.published_at
        for person in people:
            person.posts.sort(key=lambda p: p.start)
            person.posts = [
                replace(p, status="former")
                if p.status == "current" and closed_span(text, p.start, p.end, published)
                else replace(p, status="elect")
                if p.status == "current" and yet_to_take(doc, person.tokens, p.start, p.end)
                else p
                for p in person.posts
            ]
        return doc


def distinct_posts(posts: list[Post]) -> list[Post]:
    """One record per post a person holds: «президент Украины» said again as «президент» is
    the same post, kept where the text first gives it."""
    kept: list[Post] = []
    for post in posts:
        bare = next((i for i, k in enumerate(kept) if _ended_mayoralty(post, k)), None)
        if bare is not None:
            kept[bare] = post  # «глава» said first of the former «мэр Славгорода»
        elif not any(_subsumes(k, post) or _subsumes(post, k) for k in kept):
            kept.append(post)
    return kept


# The city's chief said plainly: «мэр», «глава», «глава города», «городской голова».
BARE_MAYORALTY = frozenset(
    {"мэр", "мэр города", "глава", "глава города", "городской голова", "градоначальник"}
)


def _ended_mayoralty(full: Post, bare: Post) -> bool:
    """A court story of an ex-mayor: «экс-мэр Славгорода Горбунов» and, of the deeds, «в
    2018 году Горбунов вступил в должность главы», «городской голова был задержан». The plain
    office with no place is the one he held, so it is behind him too (one former post)."""
    return (
        full.status == "former"
        and full.place is not None
        and full.title in BARE_MAYORALTY
        and bare.status == "current"
        and bare.place is None
        and bare.org is None
        and bare.title in BARE_MAYORALTY
    )


# Colloquial heads that name the same post as another head: «спикер думы» is its chair.
SAME_HEADS = {"спикер": "председатель", "градоначальник": "мэр"}
# the head of a state said either way («глава России», «президент», «глава государства»)
STATE_HEADS = frozenset({"глава", "президент", "глава государства", "глава страны"})
# a bare «руководитель» is the generic word for the chief of whatever the person heads
CHIEF_HEADS = frozenset({"глава", "председатель", "директор", "начальник", "мэр"})


def _subsumes(a: Post, b: Post) -> bool:
    """Does ``a`` say all that ``b`` says about the post? («министр связи» says «министр»,
    «глава администрации Зареченска» says «глава администрации»; «председатель думы» says
    «спикер»); an acting post and one held do not say each other («заместитель главы» acting
    as «первый заместитель главы администрации»)."""
    if (a.status == "acting") != (b.status == "acting"):
        return False
    if _ended_mayoralty(a, b):
        return True
    if SAME_HEADS.get(b.head) == a.head:
        return not (a.place and b.place and a.place != b.place)
    if {a.head, b.head} == {"мэр", "глава"} and a.place and a.place == b.place:
        return True  # «Мэр Нальчика …», «главы администрации Нальчика …»: one office
    if {a.head, b.head} == {"глава", "президент"} and a.status == b.status:
        # «глава РФ …» then «Президент отметил», «президент Украины …» then «глава государства»:
        # one office; not «глава района» and «президент федерации хоккея»
        titles = {a.title, b.title} <= STATE_HEADS
        return titles and b.place in (None, a.place) and b.org in (None, a.org)
    if b.title == "руководитель" and a.head in CHIEF_HEADS and a.status == b.status:
        return True  # «Прежний руководитель КирМоса» of the former «глава» said before
    return a.head == b.head and _words(b) <= _words(a)


def _words(post: Post) -> set[str]:
    text = " ".join(x for x in (post.title, post.org, post.place) if x)
    return {lemma(w) for w in re.findall(r"\w+", text.lower())}


def _superior(doc: Doc, ent: Entity) -> bool:
    return ent.token_end - ent.token_start == 1 and superior_surname(doc, ent.token_start)


class PostScanner:
    """Looks around each mention of a person for the post phrase shapes."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.per: dict[int, Entity] = {}
        self.ent_tokens: dict[int, list[Entity]] = {}
        for ent in doc._.entities:
            for i in range(ent.token_start, ent.token_end):
                if ent.type == "PER" and not _superior(doc, ent):
                    self.per[i] = ent
                else:  # «Заместитель Котова Иван Лунин»: the superior is part of the title
                    self.ent_tokens.setdefault(i, []).append(ent)
        # the words of each mention the people layer read as written, in the nominative
        self.as_written: dict[int, set[str]] = {}
        for person in doc._.people or []:
            words = {w.lower() for w in (person.name.first, person.name.last) if w}
            for start, end in person.tokens:  # «Сомов Иван Петрович», grown by the people layer
                self.as_written[start] = words
                if start not in self.per and end - 1 in self.per:
                    grown = replace(self.per[end - 1], start=doc[start].idx, token_start=start)
                    for i in range(start, end):
                        self.per[i] = grown
                elif not any(i in self.per or i in self.ent_tokens for i in range(start, end)):
                    # «Сомов, занимавший …»: a mention the people layer found past slovnet
                    span = doc[start:end]
                    ent = Entity(
                        "PER", span.start_char, span.end_char, span.text, span.text, start, end
                    )
                    for i in range(start, end):
                        self.per[i] = ent
        # the post, anaphora and pronoun scanners of one document share what depends only on
        # its tokens
        self._shared: dict = doc.user_data.setdefault("post_scanner", {})
        self.status_tokens: set[int] = set()
        if "status_tokens" not in self._shared:
            self._shared["status_tokens"] = self._status_tokens()
        self.status_tokens = self._shared["status_tokens"]

    @property
    def lower(self) -> list[str]:
        """The tokens in lower case (from the doc's shared view) for the rare shapes."""
        return view(self.doc).lower

    def _tokens(self, keep: Callable[[str], bool]) -> Iterator[Token]:
        """The tokens whose lower-case text passes ``keep``. spaCy builds a new Token object for
        every token visited, and a dozen finders looking for a rare word each walked the whole
        document; they now test the shared lower-case list and build only what they keep."""
        doc = self.doc
        return (doc[i] for i, low in enumerate(self.lower) if keep(low))

    def _status_tokens(self) -> set[int]:
        """Tokens of the status words right before a post head: «и.о.» is five tokens, «и»
        and «.» among them, which only belong to a post phrase when a head follows."""
        out: set[int] = set()
        text = view(self.doc).text
        for found in STATUS_RUN.finditer(text):
            first = self._token_at(found.start())
            nxt = self._token_at(found.end())
            if first >= nxt or nxt >= len(self.doc) or self.doc[first].idx != found.start():
                continue  # the run starts inside a word («экс-мэра» is its own head)
            if first in self.per:
                continue  # «Сомов И.П. Секретарь …»: a name's initials, not «и.п.»
            head = nxt
            while head < min(len(self.doc) - 1, nxt + 3) and self._modifier(head, head):
                head = self._next(head + 1)  # «исполняющий обязанности официального представителя»
            if is_head(self.doc[head]):
                out.update(range(first, nxt))
        return out

    def find(self, person: Person) -> list[tuple[int, Post]]:
        """(sureness, post) for every post phrase around the person's mentions."""
        found: list[tuple[int, Post]] = []
        for start, end in person.tokens:
            mark = len(found)  # this mention's posts begin here
            end = self._past_initial(end)
            before = [] if superior_surname(self.doc, start) else self.before(start)
            comma = self._prev(start) >= 0 and self.doc[self._prev(start)].text in {",", *DASHES}
            found += [(BEFORE_COMMA if comma else BEFORE, p) for p in before]
            appositions = self.after(end)
            found += [(AFTER, p) for p in appositions + self.predicates_after(end, start)]
            relative = self._relative_subject(end)
            if relative is not None:  # «Ларису Вдовину, которая до этого работала заместителем»
                found += [(AFTER, p) for p in self.predicates_after(relative + 1, start)]
            aside = self._aside_after(end)
            if aside is not None and not appositions:
                # «Вера Шилова, которая ранее работала в Минфине, назначена заместителем»,
                # «Седов, 1968 года рождения, работал …», «Седов, занимавший пост вице-мэра с
                # 2015 года, назначен министром»: the name's own predicate past the aside
                found += [(AFTER, p) for p in self.predicates_after(aside + 1, start)]
            if appositions:
                # «Иванов, экс-руководитель управления, стал советником мэра»: the predicate
                # past the apposition's closing comma
                comma = self._token_at(appositions[-1].end)
                if comma < len(self.doc) and self.doc[comma].text == ",":
                    found += [(AFTER, p) for p in self.predicates_after(comma + 1, start)]
            found += [(AFTER, p) for p in self.in_capacity(start, end)]
            found += [(AFTER, p) for _, q in found[mark:] for p in self._dated_next(q)]
            found += [(BEFORE, p) for p in self.predicate_before(start)]
            found += [(BEFORE, p) for p in self.participle_before(start)]
            found += [(BEFORE, p) for p in self.predicate_inverted(start)]
            found += [(BEFORE, p) for p in self.predicate_framed(start, end)]
            # a surer claim wins: «избрания Гачечиладзе премьер-министром станет глава партии
            # Саломе Зурабишвили» gives the post to Гачечиладзе
            found += [(BEFORE_COMMA, p) for p in self.predicate_before(start, bridged=True)]
        return found

    def gapped_posts(self) -> list[tuple[int, Post]]:
        """(mention start, post) for the second half of «Председателем комиссии стала Анна
        Смирнова, секретарём — Олег Сидоров»: the link verb said once, a dash in its place."""
        out = []
        doc = self.doc
        for token in self._tokens(DASHES.__contains__):
            name = self._next(token.i + 1)
            if name >= len(doc) or name not in self.per:
                continue
            right = self._prev(token.i)
            phrase = self._phrase_before(right)
            if phrase is None or not _instrumental(doc[phrase[1]].text):
                continue
            start = phrase[0]
            comma = self._prev(start)
            while comma >= 0 and doc[comma].text.lower() in POSSESSIVES | {"а", "и"}:
                comma = self._prev(comma)  # «…, его заместителем — Анна Петрова», «а …»
            # «…, секретарём — Олег Сидоров»; or a sentence of its own right after the one with
            # the verb and the first name: «… стал Иван Петров. Первым заместителем — Олег Сидоров»
            if comma < 1 or doc[comma].text not in GAP_OPENERS or self._prev(comma) not in self.per:
                continue
            j = self._prev(comma)
            while j >= 0 and doc[j].text not in SENTENCE_ENDS and not is_link(doc[j].text):
                j -= 1
            if j >= 0 and is_link(doc[j].text):
                out.append((self.per[name].token_start, self.make_post(start, right + 1)))
        return out

    def _relative_subject(self, end: int) -> int | None:
        """The «который» in the nominative right after a name and its comma, or None."""
        comma = self._next(end)
        if comma >= len(self.doc) or self.doc[comma].text != ",":
            return None
        which = self._next(comma + 1)
        if which >= len(self.doc):
            return None
        found = parses(self.doc[which].text)
        if found and found[0].normal_form == "который" and found[0].tag.case == "nomn":
            return which
        if self.doc[which].text.lower() in {"которого", "которую"}:
            # «Иван Сомов, которого в 2008 году назначили послом»: the object of an appointing
            # verb; only a post given to the object («назначили», «избрали») is read past it
            verb = self._appointed_object(which)
            # from the verb on: «которую депутаты избрали председателем» has a subject between
            return None if verb is None else verb - 1
        return None

    def _appointed_object(self, which: int) -> int | None:
        """The plural verb of appointing that follows the accusative «который» within its
        clause: «которого назначили», «которую в мае избрали», «которую депутаты избрали»."""
        for j in range(which + 1, min(len(self.doc), which + 8)):
            text = self.doc[j].text
            if text in SENTENCE_ENDS or text == ",":
                return None
            found = parses(text)
            if found and found[0].tag.POS == "VERB":
                appointing = found[0].normal_form in PLURAL_APPOINTING
                return j if appointing and found[0].tag.number == "plur" else None
        return None

    def _aside_after(self, end: int) -> int | None:
        """The comma that closes an aside right after a name and its comma: a «который»
        clause, a participle's clause, a year or an age («1968 года рождения», «45 лет»)."""
        return self._aside_close(self._next(end))

    def _aside_close(self, comma: int) -> int | None:
        """The comma that closes an aside opened by the comma at ``comma``, or None."""
        if comma >= len(self.doc) or self.doc[comma].text != ",":
            return None
        first = self._next(comma + 1)
        if first >= len(self.doc):
            return None
        timed = self._time_phrase(first)  # «Сомов, с 2012 по 2017 год возглавлявший Совет,»
        if first < timed < len(self.doc) and any(
            p.tag.POS == "PRTF" for p in parses(self.doc[timed].text)[:1]
        ):
            first = timed
        found = parses(self.doc[first].text)[:1]
        opens = self.doc[first].text.isdigit() or any(
            p.normal_form == "который" or p.tag.POS == "PRTF" for p in found
        )
        return self._clause_close(first) if opens else None

    def _clause_close(self, which: int) -> int | None:
        """The comma that closes the clause opening at ``which``, or None."""
        for k in range(which + 1, min(which + 20, len(self.doc))):
            text = self.doc[k].text
            if text in SENTENCE_ENDS or "\n" in text or k in self.per:
                return None
            if text == ",":
                return k
        return None

    def _past_initial(self, end: int) -> int:
        """The token after a name, past the dot of its last initial («Иванов С. В.,
        заместитель главы»): the entity ends at the letter."""
        doc = self.doc
        if 0 < end < len(doc) and doc[end].text == "." and len(doc[end - 1].text) == 1:
            return end + 1
        return end

    def named_posts(self) -> list[tuple[int, Post]]:
        """(mention start, post) for «пост/должность + post» phrases: the nearest person
        before it in the sentence, else the nearest after it («На пост председателя
        избран Иван Петров»)."""
        out = []
        for token in self._tokens(lambda low: low.startswith(POST_WORD_PREFIXES)):
            low = token.text.lower()  # «Пост главы администрации занял …» opens a sentence
            if low in {"качестве", "статусе"}:  # «в качестве председателя комиссии»
                if self._prev(token.i) < 0 or self.doc[self._prev(token.i)].text.lower() != "в":
                    continue
            elif not low.startswith(POST_NOUN_STEMS) or lemma(low) not in POST_NOUNS:
                continue  # the prefix test spares a dictionary lookup of every word
            start = head = self._next(token.i + 1)
            while head < len(self.doc) and head - start < 4 and self._modifier(head, head):
                head = self._next(head + 1)  # «должность первого заместителя»
            if (
                head < len(self.doc)
                and _plural_head(self.doc[head].text)
                and not is_head(self.doc[head])  # «главы» is singular too
            ):
                if self._approved_candidacy(token.i):
                    out += self._approved_list(token.i, head)
                else:
                    out += self._held_list(token.i, head)
                continue
            if head >= len(self.doc) or not is_head(self.doc[head]):
                continue
            approved = self._approved_candidacy(token.i)
            if not approved and self._candidacy(token.i):
                continue  # «кандидатом на пост главы»: a post sought, not held
            # «Пост мэра Сергей Иванов занимает с 2015 года»: the name may follow the post
            # «в качестве эксперта профессора Анну Лосеву»: a role running into a name is
            # that name's, with its own post between
            role = low in {"качестве", "статусе"}
            posts = self._phrase_at(start, name_next=not role)
            if posts and not approved:
                proposed = self._proposed(start, head, posts[0])
                if proposed is not None:
                    out += proposed  # «На должность … спикер Олег Сурков предложил кандидатуры …»
                    continue
            if posts and self._subject_head_inside(head, self._token_at(posts[0].end)):
                continue  # «На пост главы района губернатор Олег Зуев рекомендовал …»
            steps = (-1, 1)
            if role and self.doc[self._prev(self._prev(token.i))].text == ",":
                steps = (1, -1)  # «…, в качестве первого заместителя, входит Сидоров»
            elif posts and self._inverted_after(self._token_at(posts[0].end)):
                # «Приказом губернатора Сергея Белякова на должность министра назначен Роман
                # Журавлёв»: the verb after the post and the name after the verb
                steps = (1, -1)
            mention = self._sentence_person(token.i, steps)
            if posts and mention is not None and mention > token.i:
                if self._acting_holder_after(self._token_at(posts[0].end), mention):
                    continue  # «С назначением на должность … поздравили глава района Малкова»
            if posts and mention is not None:
                left = self._left_post(token.i) or self._left_after(self._token_at(posts[0].end))
                governor = self._prev(mention)  # «после отставки Игоря Лосева»
                left = left or (governor >= 0 and lemma(self.doc[governor].text) in LEAVING_NOUNS)
                if posts[0].status == "current" and left:
                    posts[0].status = "former"
                elif posts[0].status == "current" and role and self._worked_before(token.i):
                    posts[0].status = "former"  # «он уже работал в качестве зама главы региона»
                elif posts[0].status == "current" and (approved or self._named_elect(token.i)):
                    posts[0].status = "elect"  # «Назначенный на должность главы района …»
                out.append((mention, posts[0]))
                dash = self._token_at(posts[-1].end)
                if (
                    dash < len(self.doc)
                    and self.doc[dash].text in DASHES
                    and self._genitive_office_after(dash)
                ):
                    # «назначен на должность заместителя председателя – руководителя
                    # представительства»: one office of two names
                    second = self._phrase_at(self._next(dash + 1))[:1]
                    out += [(mention, replace(p, status=posts[0].status)) for p in second]
                out += [(mention, p) for p in self._then_posts(posts[0], head)]
        return out

    def _worked_before(self, role: int) -> bool:
        """«работал в качестве», «служил в качестве»: a past verb of working right before the
        «в» of the role word at token ``role``."""
        verb = self._prev(self._prev(role))
        return verb >= 0 and _worked(self.doc[verb].text)

    def _genitive_office_after(self, dash: int) -> bool:
        """A post head in the genitive right after the dash (past two modifiers) that
        continues «на должность заместителя председателя – руководителя представительства»."""
        k = self._next(dash + 1)
        for _ in range(2):
            if k < len(self.doc) and k not in self.per and not is_head(self.doc[k]):
                if not self._modifier(k, k):
                    return False
                k = self._next(k + 1)
        return (
            k < len(self.doc)
            and k not in self.per
            and is_head(self.doc[k])
            and any(
                p.tag.POS == "NOUN" and p.tag.case == "gent" and p.tag.number == "sing"
                for p in parses(self.doc[k].text)
            )
        )

    def district_repeats(self) -> list[tuple[int, Post]]:
        """(mention start, post) for the second of «Депутатом Думы по округу № 37 избран
        Анатолий Котов. По округу № 38 избран Леонид Сомов»: a sentence that opens with only
        a district («По … округу …») before «избран» repeats the post the sentence before
        gave with the same verb."""
        out = []
        doc = self.doc
        for token in self._tokens(lambda low: low.startswith(("избран", "избрана"))):
            name = self._next(token.i + 1)
            if name >= len(doc) or name not in self.per:
                continue
            start = token.i
            while start > 0 and doc[start - 1].text not in SENTENCE_ENDS:
                start -= 1
            words = [self.lower[j] for j in range(start, token.i) if not doc[j].is_space]
            if not words or words[0] != "по" or not any(w.startswith("округ") for w in words):
                continue
            if any(is_head(doc[j]) for j in range(start, token.i)):
                continue
            # the sentence before: its post with the same verb and its one name
            before = self._prev(start)
            earlier = [
                j
                for j in range(max(0, before - 40), before)
                if self.lower[j].startswith(("избран", "избрана"))
                and self._next(j + 1) in self.per
                and not any(doc[k].text in SENTENCE_ENDS for k in range(j, before))
            ]
            if not earlier:
                continue
            opening = earlier[-1]
            while opening > 0 and doc[opening - 1].text not in SENTENCE_ENDS:
                opening -= 1
            if not any(self.lower[j].startswith("округ") for j in range(opening, earlier[-1])):
                continue  # «Председателем совета избран …»: no district, another office
            posts = self.predicate_before(self._next(earlier[-1] + 1))[:1]
            for post in posts:
                span = {"start": doc[start].idx, "end": token.idx + len(token)}
                title = post.title.split(" по ")[0]
                out.append(
                    (self.per[name].token_start, replace(post, title=title, place=None, **span))
                )
        return out

    def _dated_next(self, post: Post) -> list[Post]:
        """«Строев — глава поселения, с августа 2017 года — первый заместитель главы», «…
        работала учителем, с 2015 года — директор школы»: after a post, a comma, a date and
        a dash open the next post of the same person (and so on along the list)."""
        out: list[Post] = []
        for _ in range(4):
            comma = self._token_at(post.end)
            if comma >= len(self.doc) or self.doc[comma].text != ",":
                return out
            when = self._next(comma + 1)
            if when >= len(self.doc) or self.lower[when] not in {"с", "со", "в", "до", "затем"}:
                return out
            dash = when if self.lower[when] == "затем" else self._time_phrase(when)
            if dash == when and self.lower[when] != "затем":
                return out
            dash = self._next(dash + 1) if self.lower[when] == "затем" else dash
            if dash >= len(self.doc) or self.doc[dash].text not in DASHES:
                return out
            found = self._phrase_at(self._next(dash + 1))
            if not found:
                return out
            if self.lower[when] in {"с", "со", "затем"} and post.status == "current":
                post.status = "former"  # the next one began later: this one is behind
            post = found[-1]
            out += found
        return out

    def _proposed(self, start: int, head: int, post: Post) -> list[tuple[int, Post]] | None:
        """(mention start, post) for the names proposed to the post said at ``start``, when
        the name right after the phrase (maybe past the proposer's own post) proposes them;
        None when it does not."""
        end = self._token_at(post.end)
        cut = next(
            (
                j
                for j in range(head + 1, min(end, len(self.doc)))
                if is_head(self.doc[j])
                and self.lower[self._prev(j)] not in {"и", "или"}
                and {p.tag.case for p in parses(self.doc[j].text) if p.tag.POS == "NOUN"}
                == {"nomn"}
            ),
            None,
        )
        name = self._next(end if cut is None else self._past_phrase(cut) + 1)
        if name >= len(self.doc) or name not in self.per:
            return None
        names = proposed_names(self.doc, self.per, self.per[name].token_end)
        if names is None:
            return None
        if cut is not None:
            post = self.make_post(start, cut)
        return [(n, replace(post, status="elect")) for n in names]

    def _past_phrase(self, j: int) -> int:
        """The token before the first name after token j within a post phrase."""
        stop = min(len(self.doc), j + MAX_PHRASE)  # a phrase's length, not a page's
        while j < stop and j not in self.per and self._allowed(j):
            j += 1
        return j - 1

    def _subject_head_inside(self, head: int, end: int) -> bool:
        """A second post head in the nominative only after the genitive one the post noun
        governs, not joined to it by «и»: the post of the clause's subject begins there, so
        the phrase «на пост главы района губернатор» is no title and its name no holder."""
        for j in range(head + 1, min(end, len(self.doc))):
            if not is_head(self.doc[j]) or self.lower[self._prev(j)] in {"и", "или"}:
                continue
            cases = {p.tag.case for p in parses(self.doc[j].text) if p.tag.POS == "NOUN"}
            if cases == {"nomn"}:
                return True
        return False

    def _then_posts(self, post: Post, head: int) -> list[Post]:
        """«занимавший пост вице-мэра, а затем главы администрации»: the post the same «пост»
        governs after «а затем / а потом / а позже», a genitive head like the first one,
        with the first one's status."""
        comma = self._token_at(post.end)
        if comma >= len(self.doc) or self.doc[comma].text != ",":
            return []
        a = self._next(comma + 1)
        then = self._next(a + 1)
        if then >= len(self.doc) or self.lower[a] != "а" or self.lower[then] not in THEN - NOW:
            return []
        start = other = self._next(then + 1)
        while other < len(self.doc) and other - start < 4 and self._modifier(other, other):
            other = self._next(other + 1)
        if (
            other >= len(self.doc)
            or not is_head(self.doc[other])
            or not any(
                {"NOUN", "sing", "gent"} <= set(p.tag.grammemes)
                for p in parses(self.doc[other].text)
            )
        ):
            return []
        found = self._phrase_at(start)[:1]
        for p in found:
            p.status = post.status
        return found

    def _held_list(self, noun: int, head: int) -> list[tuple[int, Post]]:
        """«Должности заместителей главы администрации занимают Олег Пахомов (по ЖКХ) и Инна
        Сорокина (по экономике)»: a plural post noun («должности», «посты») with a plural post
        after it, then a verb of holding («занимать»), then a list of names: each name holds
        the post in the singular; the imperfective past («занимали») held it before."""
        if lemma(self.doc[noun].text) not in {"должность", "пост"}:
            return []
        if not any(p.tag.number == "plur" for p in parses(self.doc[noun].text)):
            return []
        end = self._plural_phrase_end(head)
        while end > head + 1 and not self.doc[end - 1].text[:1].isalnum():
            end -= 1
        verb = self._next(end)
        while verb < len(self.doc) and self.lower[verb] in AUXILIARY_ADVERBS | NOW | EARLIER:
            verb = self._next(verb + 1)  # «должности … сейчас занимают»
        found = parses(self.doc[verb].text)[:1] if verb < len(self.doc) else []
        if not found or found[0].normal_form != "занимать" or found[0].tag.POS != "VERB":
            return []
        names = self._name_list(self._next(verb + 1))
        if len(names) < 2:
            return []
        post = self.make_post(self._extend_left(head), end, plural_head=head)
        if found[0].tag.tense == "past":
            post.status = "former"
        return [(name, replace(post)) for name in names]

    def _approved_list(self, noun: int, head: int) -> list[tuple[int, Post]]:
        """«Кандидатуры Ивана Лапина и Петра Сомова на посты заместителей председателя
        одобрены»: each name listed before «на» is elected to the post in the plural."""
        on = self._prev(noun)
        if on < 0 or self.lower[on] != "на":
            return []
        names = self._name_list_before(self._prev(on))
        if len(names) < 2:
            return []
        end = self._plural_phrase_end(head)
        while end > head + 1 and not self.doc[end - 1].text[:1].isalnum():
            end -= 1
        post = self.make_post(self._extend_left(head), end, plural_head=head)
        if post.status == "current":
            post.status = "elect"
        return [(name, post) for name in names]

    def _left_after(self, end: int) -> bool:
        """«Должность главы района занимал Рафаэль Гильмутдинов», «Пост мэра покинул …»: the
        verb right after the post phrase puts it behind its holder."""
        verb = self._next(end)
        while verb < len(self.doc) and self.doc[verb].text.lower() in EARLIER | AGAIN:
            if self.doc[verb].text.lower() in EARLIER:
                return True  # «должность … прежде занимал»
            verb = self._next(verb + 1)
        found = parses(self.doc[verb].text)[:1] if verb < len(self.doc) else []
        return bool(found) and bool(leaves_post(found[0]))

    def won_posts(self) -> list[tuple[int, Post]]:
        """(mention start, post) for «Победу на выборах главы поселения одержал Никита Рябов»,
        «выборы мэра выиграл …»: the winner is elected to the post."""
        out = []
        doc = self.doc
        for token in self._tokens(lambda low: low.startswith("выбор")):
            if lemma(token.text) != "выборы":
                continue
            start = self._next(token.i + 1)
            if start >= len(doc) or not is_head(doc[start]):
                continue
            won = False
            for step in (-1, 1):
                j = token.i + step
                while 0 <= j < len(doc) and doc[j].text not in SENTENCE_ENDS | {",", ";"}:
                    if lemma(doc[j].text) in WINNING_VERBS:
                        won = True
                    j += step
            mention = self._sentence_person(token.i) if won else None
            posts = self._phrase_at(start)
            if posts and mention is not None:
                if posts[0].status == "current":
                    posts[0].status = "elect"
                out.append((mention, posts[0]))
        return out

    def seats_won(self) -> list[tuple[int, Post]]:
        """(mention start, post) for a deputy's seat won at an election: «В Думу прошли
        Рыбаков и Ковалёва», «Депутатские мандаты получили …», «В округе № 3 победил Зотов»,
        «На довыборах в Госсовет победила …». Elect: the term starts at the first sitting."""
        out = []
        doc = self.doc
        for i, low in enumerate(self.lower):
            if not low.startswith(("прош", "проход", "мандат", "побед", "выигр", "избран")):
                continue
            token = doc[i]
            base = lemma(low)
            if base in {"пройти", "проходить"}:
                won = self._into_legislature(token.i)
            elif base == "избрать":  # «В новый состав Думы избраны: …»
                won = low != "избрание" and self._into_legislature(token.i, members=True)
            elif base == "мандат":
                before = self._prev(token.i)  # «мандат депутата» is a named post
                won = self._clause_has(token.i, {"получить"}) and (
                    before >= 0 and lemma(doc[before].text) == "депутатский"
                )
            elif base in WINNING_VERBS | {"победитель"}:
                won = self._in_district(token.i) or (
                    self._clause_has(token.i, ELECTIONS) and self._into_legislature(token.i)
                )
            else:
                continue
            if won:
                span = (token.idx, token.idx + len(token.text))
                post = Post("депутат", None, None, *span, "депутат", "elect")
                names = self._clause_names(token.i)
                if base in WINNING_VERBS:
                    names += self._district_winners(token.i)
                out += [(name, post) for name in names]
        return out

    def _district_winners(self, i: int) -> list[int]:
        """«В округе № 1 победил Зотов, в округе № 2 — Лапина»: the clauses that leave the
        winning verb out, a district and a dash before the name, won a seat too."""
        doc, out = self.doc, []
        k = i + 1
        while k < len(doc) and doc[k].text not in SENTENCE_ENDS:
            ent = self.per.get(k)
            if ent is None or ent.token_start != k:
                k += 1
                continue
            dash = self._prev(k)
            c = dash - 1
            while c > i and doc[c].text not in {",", ";"}:
                c -= 1
            if (
                doc[dash].text in DASHES
                and c > i
                and any(
                    any(p.normal_form == "округ" for p in parses(doc[x].text))
                    for x in range(c, dash)
                )
            ):
                out.append(k)
            k = ent.token_end
        return out

    def _into_legislature(self, i: int, members: bool = False) -> bool:
        """«в городскую Думу», «в Госсовет республики» in token i's clause; ``members``: a
        body of deputies, not «в совет ветеранов» or «в собрание акционеров»."""
        clause = self._clause(i)
        return any(
            self.doc[j].text.lower() in {"в", "во"}
            and any(
                lemma(self.doc[k].text) in LEGISLATURES
                and not (members and (self._of_others(k) or not self._entered(j, k)))
                for k in range(j + 1, j + 4)
                if k in clause
            )
            for j in clause
        )

    def _entered(self, prep: int, body: int) -> bool:
        """«в Думу», «в состав Думы»: into the body, not «в Думе» (where a post is held)."""
        if self.lower[self._next(prep + 1)] in {"состав", "число"}:
            return True
        return any(p.tag.case == "accs" for p in parses(self.doc[body].text))

    def _of_others(self, body: int) -> bool:
        """«совет ветеранов», «собрание жильцов»: a body of people who are not deputies."""
        nxt = self._next(body + 1)
        if nxt >= len(self.doc) or not self.doc[nxt].text.islower():
            return False
        return self.lower[nxt] != "депутатов" and any(
            p.tag.POS == "NOUN"
            and p.tag.case == "gent"
            and p.tag.number == "plur"
            and p.tag.animacy == "anim"
            for p in parses(self.doc[nxt].text)
        )

    def _in_district(self, i: int) -> bool:
        """«в округе № 3», «по Центральному округу» in token i's clause (not «команда
        округа»)."""
        clause = self._clause(i)
        return any(
            any(p.normal_form == "округ" for p in parses(self.doc[j].text))  # not «округа»
            and any(
                self.doc[k].text.lower() in {"в", "во", "по"}
                for k in range(j - 3, j)
                if k in clause
            )
            for j in clause
        )

    def _clause(self, i: int) -> range:
        """Token i's clause: up to a sentence end, a semicolon or a line break either side."""
        start, end = i, i
        while start > 0 and not self._clause_stop(start - 1):
            start -= 1
        while end + 1 < len(self.doc) and not self._clause_stop(end + 1):
            end += 1
        return range(start, end + 1)

    def _clause_stop(self, i: int) -> bool:
        text = self.doc[i].text
        return text in SENTENCE_ENDS or text == ";" or "\n" in text

    def _clause_has(self, i: int, lemmas: set[str] | frozenset[str]) -> bool:
        return any(lemma(self.doc[j].text) in lemmas for j in self._clause(i) if j not in self.per)

    def _clause_names(self, i: int) -> list[int]:
        """The names the word at token i is said of: a list after it in its clause (over
        its link verb and modifiers, but no other verb or participle), else the list that
        ends right before it."""
        clause = self._clause(i)
        j = i + 1
        while j <= clause[-1] and j not in self.per:
            found = parses(self.doc[j].text)[:1]
            verb = found and found[0].tag.POS in {"VERB", "PRTF", "PRTS", "GRND", "INFN"}
            if verb and not is_link(self.doc[j].text) and lemma(self.doc[j].text) != "получить":
                break
            j += 1
        if j <= clause[-1] and j in self.per and self.per[j].token_start == j:
            return self._name_list(j)
        before = self._prev(i)
        return self._name_list_before(before) if before in self.per else []

    def ended_posts(self) -> list[tuple[int, Post]]:
        """(mention start, post) for «Ветров сложил полномочия мэра», «досрочно прекращены
        полномочия главы района Олега Ветрова»: the powers of a post ended, so it is behind
        the person of the sentence."""
        out = []
        for token in self._tokens(lambda low: low.startswith("полномоч")):
            if lemma(token.text) != "полномочие":
                continue
            start = self._next(token.i + 1)
            if self._deputy_powers(token.i):
                out += self._ended_mandate(token.i)
                continue
            if start >= len(self.doc) or not is_head(self.doc[start]):
                continue
            after = self._next(start)
            while after < len(self.doc) and self._allowed(after) and after - start < MAX_PHRASE:
                after += 1
            near = [self._next(token.i + 1), after, self._next(after + 1)]
            ended = self._ending_before(token.i) or any(
                0 <= j < len(self.doc) and lemma(self.doc[j].text) in ENDING_WORDS for j in near
            )
            # «полномочия главы Юлиана Седова досрочно прекращены»
            ended = ended or (after in self.per and self._ending_after(after))
            if not ended:
                continue
            posts = self._phrase_at(start, name_next=True)
            mention = self._sentence_person(token.i, steps=(-1,))
            if mention is None and after in self.per:
                mention = self.per[after].token_start  # «прекратили полномочия мэра Ларина»
            past = self._next(after + 1)
            if (
                mention is None
                and after < len(self.doc)
                and lemma(self.doc[after].text) in ENDING_WORDS
                and past in self.per
            ):
                mention = self.per[past].token_start  # «Полномочия мэра сложил Андрей Ветров»
            for j in range(after, min(after + 6, len(self.doc) - 1)):
                if mention is None and self.doc[j].text == "у" and self._next(j + 1) in self.per:
                    mention = self.per[self._next(j + 1)].token_start  # «прекращены у Ветрова»
            if posts and mention is not None:
                # «полномочия заместителя председателя и депутата»: each of them ended
                for post in posts:
                    if post.status == "current":
                        post.status = "former"
                    out.append((mention, post))
        return out

    def _deputy_powers(self, i: int) -> bool:
        """«депутатские полномочия», «депутатских полномочий»."""
        before = self._prev(i)
        return before >= 0 and lemma(self.doc[before].text) == "депутатский"

    def _ended_mandate(self, i: int) -> list[tuple[int, Post]]:
        """«Депутатские полномочия Андрея Ершова досрочно прекращены», «Ершов сложил
        депутатские полномочия»: a deputy's mandate ended, the deputy post is behind him."""
        doc = self.doc
        near = range(max(0, i - 4), min(len(doc), i + 8))
        if not any(lemma(doc[j].text) in ENDING_WORDS for j in near):
            return []
        after = self._next(i + 1)
        mention = self.per[after].token_start if after in self.per else None
        if mention is None:
            mention = self._sentence_person(i, steps=(-1,))
        if mention is None:
            return []
        adjective = doc[self._prev(i)]
        span = (adjective.idx, doc[i].idx + len(doc[i]))
        return [(mention, Post("депутат", None, None, *span, "депутат", "former"))]

    def _left_post(self, noun: int) -> bool:
        """«ранее занимавший должность», «занимал пост», «освобождён от должности», «оставил
        пост мэра», «ушёл с поста», «освободил Игоря Рыжова от должности»: the post is behind
        its holder."""
        j, seen = noun, 0
        while seen < 3:
            j = self._prev(j)
            if seen == 0:
                j = self._skip_date_back(j)  # «занимавший в 2016 году пост»
            if j < 0 or self.doc[j].text in SENTENCE_ENDS or self.doc[j].text == ",":
                return False
            if j in self.per:
                continue  # «освободил Игоря Рыжова от должности»: the object's name
            word = self.doc[j].text.lower()
            if word in EARLIER:
                return True
            for p in parses(word)[:1]:
                if p.normal_form in LEAVING_NOUNS:
                    return True  # «об уходе с должности»
                left = leaves_post(p)
                if left is not None:
                    return left
            seen += 1
        return False

    def duty_posts(self) -> list[tuple[int, Post]]:
        """(mention start, post) for «Мария Левченко исполняет обязанности главы поселения»,
        «Обязанности главы администрации исполняет Мария Левченко»: the acting holder; «Седов
        исполняет роль секретаря»: the post itself."""
        out = []
        doc = self.doc
        for token in self._tokens(lambda low: low.startswith("исполн")):
            found = parses(token.text)
            if not found or found[0].normal_form not in DUTY_VERBS:
                continue
            if found[0].tag.POS not in {"VERB", "INFN"}:
                continue  # «исполняющий обязанности» is a status word of the post phrase
            duties = self._next(token.i + 1)
            if duties < len(doc) and lemma(doc[duties].text) in DUTIES:
                start = self._next(duties + 1)
            elif duties < len(doc) and lemma(doc[duties].text) == "роль":
                # «Черепанов ранее исполнял роль зампредседателя»: the post itself, held
                start = self._next(duties + 1)
                if start >= len(doc) or not is_head(doc[start]):
                    continue
                posts = self._phrase_at(start)
                if not posts or found[0].tag.aspect != "impf" or self._on_stage(token.i):
                    continue  # «исполнила роль короля в спектакле» is a part played
                subject = self._person_beside(token.i, self._token_at(posts[0].end) - 1)
                if subject is None:
                    continue
                earlier = self._prev(token.i) >= 0 and self.lower[self._prev(token.i)] in EARLIER
                if earlier or (found[0].tag.tense == "past" and found[0].tag.aspect == "impf"):
                    posts[0].status = "former"
                out.append((subject, posts[0]))
                continue
            else:
                duties = self._skip_date_back(self._prev(token.i))  # «… с 1 октября исполняет»
                while (
                    duties >= 0
                    and token.i - duties < MAX_PHRASE
                    and (
                        self._allowed(duties)
                        or self._auxiliary(duties)  # «Обязанности главы будет исполнять»
                        or self.lower[duties] == "до"  # «… до выборов будет исполнять»
                    )
                ):
                    if lemma(doc[duties].text) in DUTIES:
                        break
                    duties = self._prev(duties)
                if duties < 0 or lemma(doc[duties].text) not in DUTIES:
                    # «поручил исполнять до сформирования правительства обязанности: …»
                    out += [(name, post) for name, post in duty_list_ahead(self, token.i)]
                    continue
                start = self._next(duties + 1)
            if start < len(doc) and doc[start].text == ":" and token.i < duties:
                # «поручил исполнять обязанности: первого заместителя — Алексею Шмыкову; …»
                out += [(name, post) for name, post in duty_list(self, start)]
                continue
            if start >= len(doc) or not (is_head(doc[start]) or self._head_modifier(start)):
                continue
            posts = self._phrase_at(start) or self._phrase_before_recipient(start)
            if not posts:
                continue
            last = self._token_at(posts[0].end) - 1
            left, right = min(duties, token.i), max(token.i, last)
            subject = self._person_beside(left, right)
            if subject is None:
                continue
            posts[0].status = "acting"
            out.append((subject, posts[0]))
        return out

    def _phrase_before_recipient(self, start: int) -> list[Post]:
        """«поручил исполнять обязанности первого заместителя губернатора Алексею Шмыкову»:
        the post phrase runs into the name it is given to, one in the dative or the
        nominative (not a genitive owner: «обязанности главы Ивана Петрова»)."""
        posts = self._phrase_at(start, name_next=True)
        if not posts:
            return []
        after = self._token_at(posts[-1].end)
        after = self._next(after)
        if after >= len(self.doc) or after not in self.per:
            return []
        word = self.doc[self.per[after].token_start].text
        found = [p for p in parses(word) if "Name" in p.tag or "Surn" in p.tag]
        if not found or any(p.tag.case in {"gent", "accs"} for p in found):
            return []
        return posts

    def _head_modifier(self, i: int) -> bool:
        """Token i is a modifier of the post head right after it: «(обязанности) первого
        заместителя», «первого вице-мэра»."""
        head = self._next(i + 1)
        return head < len(self.doc) and is_head(self.doc[head]) and self._modifier(i, head)

    def _on_stage(self, i: int) -> bool:
        """A word of the stage or the screen in the sentence of token i."""
        return any(
            self.lower[j].startswith(STAGE_STEMS) or lemma(self.doc[j].text) in ROYALTY
            for j in self._clause(i)
        )

    def started_posts(self) -> list[tuple[int, Post]]:
        """(mention start, post) for «Ершова приступила к обязанностям директора музея»,
        «К исполнению полномочий главы приступил …»: taking up a post's duties holds it."""
        out = []
        doc = self.doc
        for token in self._tokens(lambda low: low.startswith("приступ")):
            if lemma(token.text) not in {
                "приступить",
                "приступать",
            }:
                continue
            for to in (self._next(token.i + 1), self._prev(token.i)):
                j = to if 0 <= to < len(doc) and doc[to].text.lower() == "к" else -1
                if j < 0 and to >= 0:  # «к исполнению обязанностей главы приступил»
                    j = next(
                        (k for k in range(to - 6, to) if k >= 0 and doc[k].text.lower() == "к"), -1
                    )
                if j < 0:
                    continue
                duties = self._next(j + 1)
                if duties < len(doc) and lemma(doc[duties].text) == "исполнение":
                    duties = self._next(duties + 1)
                if duties >= len(doc) or lemma(doc[duties].text) not in DUTIES:
                    continue
                start = self._next(duties + 1)
                if start < len(doc) and doc[start].text.lower() in POSSESSIVES:
                    start = self._next(start + 1)
                if start >= len(doc) or not is_head(doc[start]):
                    continue
                posts = self._phrase_at(start, name_next=True)
                if not posts:
                    continue
                last = self._token_at(posts[0].end) - 1
                subject = self._person_beside(min(j, token.i), max(token.i, last))
                if subject is not None:
                    out.append((subject, posts[0]))
                break
        return out

    def listed_posts(self) -> list[tuple[int, Post]]:
        """(mention start, post) for one post in the plural before a list of names: each
        named person holds it. «заместители главы администрации Юрий Ильин, Ирина Ширшина и
        Сергей Волков», «Заместителями избраны Оксана Лебедева, Марат Исаев», «Отсутствовали
        депутаты: Коняев А.П., Серов В.И.»."""
        out = []
        doc = self.doc
        for i, text in enumerate(view(doc).texts):
            if i in self.per or not (_plural_head(text) or self._counted_head(i)):
                continue
            token = doc[i]
            if any(e.token_start != i or e.type != "ORG" for e in self.ent_tokens.get(i, [])):
                continue  # an ORG opening with «Членами комиссии» is the NER misreading a post
            prev = self._prev(i)
            if prev >= 0 and (is_head(doc[prev]) or _plural_head(doc[prev].text)):
                continue  # «заместители главы»: «главы» depends on the head before it
            if prev >= 0 and sought_post(self, prev, lemma(doc[prev].text)):
                continue  # «кандидатами на пост главы района Лызова и Поздеева»: sought
            end = self._plural_phrase_end(i)
            tail = end
            while tail > i + 1 and not doc[tail - 1].text[:1].isalnum():
                tail -= 1
            names = self._name_list(self._skip_to_name(end))
            among = self._named_among(end) if lemma(token.text) in COUNTED_OFFICES else []
            own = self._own_complements(names[0], i, tail) if len(names) == 1 else []
            if len(names) < 2 and among:
                names = among  # «депутаты Госдумы, в числе которых – …, Виктор Кидяев»
            elif own:
                post = self.make_post(self._extend_left(i), tail, plural_head=i)
                out.append((names[0], post))
                first = self.doc[i + 1 : tail].text.strip()
                for n, org, place, words in own:
                    if words is None:
                        out.append((n, replace(post, org=org or post.org, place=place)))
                    elif first in post.title:
                        out.append((n, replace(post, title=post.title.replace(first, words))))
                continue
            elif len(names) < 2:
                continue
            if self.doc[self._prev(names[0])].text.lower() == "имени":
                continue  # «солисты театра имени Станиславского и Немировича-Данченко»
            if self._singular_modifier(self._extend_left(i), i):
                continue  # «действующего главы Оврашко и Глазкова»: one head, genitive
            post = self.make_post(self._extend_left(i), tail, plural_head=i)
            out += self._each_own(post, i, tail, names)
        return out

    def _each_own(
        self, post: Post, head: int, tail: int, names: list[int]
    ) -> list[tuple[int, Post]]:
        """The plural post given to each name of the list: with each name's own place or
        complement in turn where the phrase lists as many as there are names."""
        places = self._respective_places(head, tail, len(names))
        titles = self._respective_complements(post, head, tail, len(names))
        paired = None if places else self._respective_adjective_places(head, tail, len(names))
        if paired is not None:
            shared, places = paired
            # the places are each name's own, no longer words of the title
            post = replace(post, title=post.title.replace(shared, "").strip())
        if places is not None:
            return [(n, replace(post, place=p)) for n, p in zip(names, places, strict=True)]
        if titles is not None:
            return [(n, replace(post, title=t)) for n, t in zip(names, titles, strict=True)]
        return [(name, self._singular_complement(post, head)) for name in names]

    def _singular_complement(self, post: Post, head: int) -> Post:
        """«главы сельсоветов Иван Сорокин и Пётр Лосев»: each is «глава сельсовета»; the
        plural noun right after the plural head (with its adjectives) is each one's own."""
        found: list[tuple[str, Parse]] = []
        j = self._next(head + 1)
        while j < len(self.doc) and j not in self.ent_tokens and len(found) < 3:
            text = self.doc[j].text
            top = parses(text)[:1]
            if not top or not {"plur", "gent"} <= set(top[0].tag.grammemes):
                return post
            if top[0].tag.POS not in {"NOUN", "ADJF"}:
                return post
            found.append((text, top[0]))
            if top[0].tag.POS == "NOUN":
                break
            j = self._next(j + 1)
        if not found or found[-1][1].tag.POS != "NOUN":
            return post
        gender = found[-1][1].tag.gender
        words = []
        for text, parse in found:
            wanted = {"sing", "gent"} | ({gender} if parse.tag.POS == "ADJF" and gender else set())
            single = inflect(parse, wanted)
            if single is None:
                return post
            words.append(match_case(text, single))
        before = " ".join(text for text, _ in found)
        if before not in post.title:
            return post
        return replace(post, title=post.title.replace(before, " ".join(words), 1))

    def _own_complements(
        self, first: int, head: int, tail: int
    ) -> list[tuple[int, str | None, str | None, str | None]]:
        """«главы Ключевского сельсовета Иван Сорокин и Никольского сельсовета Пётр Лосев»,
        «председатели комитета по бюджету Анна Лосева и комитета по ЖКХ Олег Рябов»: after
        the first name, «и» or a comma, a complement of its own and the next name, in turn:
        (name start, organisation, place, complement words) of each later name. A complement
        is a place or body, or words opening with the first complement's noun; anything else
        before the name gives nothing."""
        out: list[tuple[int, str | None, str | None, str | None]] = []
        doc = self.doc
        if tail <= head + 1:
            return out
        opening = lemma(self.lower[self._next(head + 1)])
        j = self.per[first].token_end
        while True:
            joint = self._next(j)
            if joint >= len(doc) or doc[joint].text not in {",", "и"}:
                return out
            start = self._next(joint + 1)
            if (
                start < len(doc)
                and out
                and start in self.per
                and self.per[start].token_start == start
            ):
                # «… и фракции КПРФ Шевченко, Сидорко и Казаков»: the names after one with a
                # complement of its own share that complement
                out.append((start, *out[-1][1:]))
                j = self.per[start].token_end
                continue
            if start >= len(doc) or start in self.per:
                return out
            ents = [e for e in self.ent_tokens.get(start, []) if e.token_start == start]
            ents = [e for e in ents if e.type in {"LOC", "ORG"}]
            if ents:
                widest = max(ents, key=lambda e: e.token_end)
                name = self._next(widest.token_end)
                words = None
            elif doc[start].text[:1].islower() and lemma(self.lower[start]) == opening:
                name = start
                while name < len(doc) and name not in self.per and name - start < 8:
                    if not (doc[name].is_space or doc[name].text[:1].isalnum()):
                        return out
                    name += 1
                words = doc[start:name].text.strip()
                widest = None
            else:
                return out
            if name >= len(doc) or name not in self.per or self.per[name].token_start != name:
                return out
            org = place = None
            if widest is not None:
                org, place = self._org_and_place(
                    e for k in range(start, widest.token_end) for e in self.ent_tokens.get(k, [])
                )
            out.append((name, org, place, words))
            j = self.per[name].token_end

    def _named_among(self, end: int) -> list[int]:
        """The names after «, в числе которых», «, среди которых» (a dash or a colon, and each
        name's own post, may stand between): members of the plural post. «, в том числе» is
        left out: it added a false post on our own held sentences."""
        doc = self.doc
        comma = self._next(end) if end < len(doc) and doc[end].is_space else end
        if comma >= len(doc) or doc[comma].text != ",":
            return []
        words = []
        j = self._next(comma + 1)
        while j < len(doc) and len(words) < 3 and doc[j].text[:1].isalpha():
            words.append(self.lower[j])
            j = self._next(j + 1)
            if tuple(words) in AMONG:
                break
        if tuple(words) not in AMONG:
            return []
        while j < len(doc) and doc[j].text in {":", *DASHES}:
            j = self._next(j + 1)
        for k in range(j, min(len(doc), j + MAX_PHRASE)):
            if doc[k].text in SENTENCE_ENDS or doc[k].text == ";":
                return []
            if k in self.per:
                return self._name_list(self.per[k].token_start)
        return []

    def _counted_head(self, i: int) -> bool:
        """«три депутата: Ершов, Котов и Лисицына»: an office in the singular genitive after a
        number of two to four is a plural too (not a profession: «три космонавта: …»)."""
        prev = self._prev(i)
        texts = view(self.doc).texts
        if prev < 0 or not (texts[prev] in {"2", "3", "4"} or lemma(texts[prev]) in PAUCALS):
            return False
        return any(
            p.tag.POS == "NOUN"
            and p.tag.number == "sing"
            and p.tag.case == "gent"
            and p.normal_form in COUNTED_OFFICES
            for p in parses(self.doc[i].text)
        )

    def _plural_phrase_end(self, head: int) -> int:
        """The token after a plural post's phrase: its complements up to the next name, «и»
        between two places or bodies too («Министры иностранных дел России и Франции»)."""
        end = head + 1
        while end < len(self.doc) and end not in self.per:
            if not (
                self._allowed(end)
                or self._joins_entities(end)
                or self._parallel_complement(end, head)
            ):
                break
            if end - head > MAX_PHRASE:
                break
            end += 1
        return end

    def _respective_adjective_places(
        self, head: int, end: int, names: int
    ) -> tuple[str, list[str]] | None:
        """«Главы Кировского и Московского районов Иван Сомов и Пётр Лунин»: the places of one
        plural noun right after the plural head, as many as the names, each name's in turn
        («Кировский район»), with the text they take in the title; a post depending on the
        head («заместители главы Кировского и Московского районов») stays the whole phrase."""
        inside = [e for i in range(head + 1, end) for e in self.ent_tokens.get(i, [])]
        run = self._places_of_one_noun(inside)
        if len(run) != names or names < 2 or run[0].token_start != self._next(head + 1):
            return None
        last = self.doc[run[-1].token_end - 1]
        noun = next(p for p in parses(last.text) if p.tag.POS == "NOUN")
        shared = [t.text for t in self.doc[run[-1].token_start + 1 : run[-1].token_end - 1]]
        if not all(w[:1].islower() and w.isalpha() for w in shared):
            return None  # «Московского районов», «Никольского сельских поселений»: the noun
        gender = noun.tag.gender or "masc"  # with its own lower-case adjectives, shared
        common = []
        for w in shared:
            found = [p for p in parses(w) if p.tag.POS == "ADJF" and p.tag.number == "plur"]
            word = inflect(found[0], {"nomn", "sing", gender}) if found else None
            if word is None:
                return None
            common.append(word)
        places = []
        for ent in [*run[:-1], replace(run[-1], token_end=run[-1].token_start + 1)]:
            found = parses(self.doc[ent.token_start].text)
            adjective = next((p for p in found if p.tag.POS == "ADJF"), found[0])
            word = inflect(adjective, {"nomn", "sing", gender})
            if word is None:
                return None
            places.append(" ".join([title_case(word), *common, noun.normal_form]))
        return self.doc[run[0].token_start : run[-1].token_end].text, places

    def _respective_complements(
        self, post: Post, head: int, end: int, names: int
    ) -> list[str] | None:
        """«Председатели комитетов по ЖКХ и по социальной политике Иван Сомов и Пётр Лунин»:
        as many complements joined by «и» before the same preposition or «№» as names, each
        name's own title in turn, its plural nouns in the singular («председатель комитета
        по ЖКХ»); None otherwise."""
        joins = [j for j in range(head + 1, end) if self._parallel_complement(j, head)]
        if not joins or len(joins) + 1 != names:
            return None
        word = self.lower[self._next(joins[0] + 1)]
        first = next(j for j in range(head + 1, joins[0]) if self.lower[j] == word)
        common = []
        for t in self.doc[head + 1 : first]:
            if t.is_space:
                continue
            plural = [p for p in parses(t.text) if {"NOUN", "plur"} <= set(p.tag.grammemes)]
            single = inflect(plural[0], {"sing", plural[0].tag.case}) if plural else None
            common.append(single or t.text)
        shared = self.doc[head + 1 : end].text.strip()
        if shared not in post.title:
            return None
        bounds = [first, *[self._next(j + 1) for j in joins]]
        stops = [*[self._prev(j) + 1 for j in joins], end]
        parts = [self.doc[a:b].text.strip() for a, b in zip(bounds, stops, strict=True)]
        return [post.title.replace(shared, " ".join([*common, part])) for part in parts]

    def _parallel_complement(self, i: int, head: int) -> bool:
        """«комитетов по ЖКХ и по социальной политике», «школ № 1 и № 2»: «и» before the
        preposition or «№» that opened an earlier complement of the plural post joins a
        second one."""
        if self.lower[i] != "и":
            return False
        after = self._next(i + 1)
        if after >= len(self.doc) or after in self.per:
            return False
        word = self.lower[after]
        return (word in PREPOSITIONS or word == "№") and word in self.lower[head + 1 : i]

    def _joined(self, left_end: int, right_start: int) -> bool:
        """Only «и» or a comma between two tokens: «России и США», «Кировского, Московского»."""
        between = [t.text for t in self.doc[left_end:right_start] if t.text.strip()]
        return between in (["и"], [","])

    def _joins_entities(self, i: int) -> bool:
        """«и» or a comma between the end of one entity and the start of the next: «России и
        США», «Москвы, Киева и Минска»."""
        if self.doc[i].text not in {"и", ","}:
            return False
        before, after = self._prev(i), self._next(i + 1)
        return (
            any(e.token_end == before + 1 for e in self.ent_tokens.get(before, []))
            and any(e.token_start == after for e in self.ent_tokens.get(after, []))
            and after not in self.per
        )

    def _respective_places(self, start: int, end: int, names: int) -> list[str] | None:
        """«Президенты России и США Дмитрий Медведев и Барак Обама»: as many places joined by
        «и» as names, each name's own place in turn; None otherwise."""
        places = [
            ent
            for i in range(start, end)
            for ent in self.ent_tokens.get(i, [])
            if ent.type == "LOC" and ent.token_start == i
        ]
        if len(places) != names or names < 2:
            return None
        if any(
            not t.text[:1].isupper() for e in places for t in self.doc[e.token_start : e.token_end]
        ):
            return None  # «Лесного и Заречного районов»: one noun for both, no name of each
        for left, right in zip(places, places[1:], strict=False):
            if not self._joined(left.token_end, right.token_start):
                return None
        return [self._place_name(self._innermost_place(ent)) for ent in places]

    def _singular_modifier(self, start: int, head: int) -> bool:
        """An adjective before the head that can only be singular."""
        for j in range(start, head):
            found = [p for p in parses(self.doc[j].text) if p.tag.POS in {"ADJF", "PRTF"}]
            if found and all(p.tag.number == "sing" for p in found):
                return True
        return False

    def elliptic_lists(self) -> list[tuple[int, Post]]:
        """(mention start, post) for «Это третий мэр города. Предыдущие два — Иван Корнеев и
        Вера Шилова», «Нынешний мэр, как и предыдущие два — …»: a clause opening with only
        status words and a number, then a dash and names, leaves out the nearest post head
        before it; each name holds it."""
        out = []
        doc = self.doc
        for token in self._tokens(DASHES.__contains__):
            start = token.i  # back over the left-out phrase to its clause's opening
            while start > 0 and not self._opens_ellipsis(start - 1) and token.i - start < 8:
                start -= 1
            words = [t for t in doc[start : token.i] if not t.is_space]
            if (
                not words
                or len(words) > 3
                or not all(lemma(t.text) in ELLIPTIC_WORDS for t in words)
                # «Первые трое — …» are winners or speakers as often as holders
                or not any(lemma(t.text) in EARLIER_HOLDERS for t in words)
            ):
                continue
            names = self._name_list(self._next(token.i + 1))
            head = next(
                (
                    j
                    for j in range(start - 1, max(start - 40, -1), -1)
                    if is_head(doc[j]) and j not in self.per
                ),
                None,
            )
            if len(names) < 2 or head is None:
                continue
            post = self.make_post(head, head + 1)
            status, _ = split_status(" ".join(t.text for t in words) + " ")
            post = Post(post.title, None, None, words[0].idx, token.idx, post.head, status)
            out += [(name, post) for name in names]
        return out

    def _opens_ellipsis(self, i: int) -> bool:
        """A sentence end, a line break, a comma or «как и» before the left-out phrase."""
        text = self.doc[i].text
        if text in SENTENCE_ENDS or text == "," or "\n" in text:
            return True
        return text.lower() == "и" and i > 0 and self.doc[self._prev(i)].text.lower() == "как"

    def posts_after_lists(self) -> list[tuple[int, Post]]:
        """(mention start, post) for a list of names, then a dash or a link verb, then one
        post in the plural: «Андрей Лапин и Иван Сомов — депутаты городской думы», «Лапин
        А.А., Сомов И.В. — заместители председателя», «Лапин и Сомов избраны заместителями
        председателя»; or a comma and a plural apposition that a comma closes («Лапин и Сомов,
        депутаты гордумы, покинули зал»)."""
        out = []
        doc = self.doc
        for i, text in enumerate(view(doc).texts):
            if i in self.per or i in self.ent_tokens or not _plural_head(text):
                continue
            token = doc[i]
            start = self._extend_left(i)
            before = self._prev(start)
            if before < 0:
                continue
            dash = doc[before].text in DASHES
            comma = doc[before].text == ","
            if not (
                dash or comma or (is_link(doc[before].text) and _plural_instrumental(token.text))
            ):
                continue
            names = self._name_list_before(self._prev(before))
            if len(names) < 2:
                continue
            end = self._plural_phrase_end(i)
            if comma and not self._closed_aside(end):
                continue  # «…Лапина, депутаты обсудили»: a new clause's subject
            post = self.make_post(start, end, plural_head=i)
            tail = end
            while tail > i + 1 and not doc[tail - 1].text[:1].isalnum():
                tail -= 1
            out += self._each_own(post, i, tail, names)
        return out

    def _closed_aside(self, end: int) -> bool:
        """An apposition after a comma ends at token ``end`` (exclusive) with a comma, a
        bracket or the sentence: «Лапин и Сомов, депутаты гордумы, покинули зал»."""
        return end >= len(self.doc) or self.doc[end].text in {",", ")", ";", *SENTENCE_ENDS}

    def _name_list_before(self, i: int) -> list[int]:
        """Starts of the names listed up to token i: «А, Б и В», «Лапин А.А., Сомов И.В.»."""
        names: list[int] = []
        if 0 <= i < len(self.doc) and self.doc[i].text == ".":
            i = self._prev(i)  # the dot of the last initial
        while 0 <= i < len(self.doc) and i in self.per:
            names.append(self.per[i].token_start)
            j = self._prev(self.per[i].token_start)
            if j < 0 or self.doc[j].text not in {",", "и"}:
                break
            i = self._prev(j)
            if 0 <= i and self.doc[i].text == ".":
                i = self._prev(i)
        return names[::-1]

    def _skip_to_name(self, i: int) -> int:
        """From the end of a plural post to the list it names: over a colon, a link verb and
        an adverb («Заместителями также избраны Оксана Лебедева»); past the name of the one
        whose deputies they are before the link verb («Заместителями Мутовкина стали …»)."""
        seen = 0
        if i in self.per and self.per[i].token_start == i:
            j = self._next(self.per[i].token_end)
            for _ in range(4):
                if j >= len(self.doc) or j in self.per or self.doc[j].text in SENTENCE_ENDS:
                    break
                if is_link(self.doc[j].text):
                    i = j
                    break
                found = parses(self.doc[j].text)[:1]
                if not found or found[0].tag.POS not in {"PREP", "ADJF", "NOUN", "ADVB"}:
                    break
                j = self._next(j + 1)
        while i < len(self.doc) and i not in self.per and seen < 4:
            token = self.doc[i]
            if token.is_space and "\n" not in token.text or token.text in {":", *DASHES}:
                i += 1
                continue
            if "\n" in token.text and i > 0 and self.doc[i - 1].text == ":":
                return i + 1 if i + 1 < len(self.doc) else -1  # «Депутаты:\nИванов И.И.\n…»
            if token.text == "," and seen == 0:
                close = self._aside_close(i)
                if close is not None:  # «Депутаты, голосовавшие против, — Седов и Шилова»
                    i, seen = close + 1, seen + 1
                    continue
            found = parses(token.text)
            if not (is_link(token.text) or (found and found[0].tag.POS in {"ADVB", "PRCL"})):
                return -1
            i, seen = i + 1, seen + 1
        return i if i < len(self.doc) else -1

    def _name_list(self, i: int) -> list[int]:
        """Starts of the names listed from token i on: «А, Б и В», «А, Б, а также В», «А
        (Сосновка), Б (Луговое)», and one name per line after a colon."""
        names: list[int] = []
        by_line = i > 0 and "\n" in self.doc[i - 1].text
        while 0 <= i < len(self.doc) and i in self.per and self.per[i].token_start == i:
            names.append(i)
            end = self.per[i].token_end
            j = self._next(end)
            if j < len(self.doc) and self.doc[j].text == "." and len(self.doc[end - 1].text) == 1:
                j = self._next(j + 1)  # the dot of the last initial: «Коняев А.П.»
            if j < len(self.doc) and self.doc[j].text == "(":
                close = self._closing(j)  # «Иван Демин (Сосновка)»
                j = self._next(close + 1) if close is not None else j
            j = self._represented_end(j)  # «Сергей Сухов от фракции «Единая Россия» и …»
            if by_line and j < len(self.doc) and "\n" in self.doc[j].text:
                i = j + 1
                continue
            if j >= len(self.doc) or self.doc[j].text not in {",", "и", ";"}:
                break
            j = self._next(j + 1)
            while (
                j < len(self.doc)
                and j not in self.per  # «…, А. Сафонов»: an initial, not the conjunction «а»
                and self.doc[j].text.lower() in {"и", "а", "также"}
            ):
                j = self._next(j + 1)
            i = j
        return names

    def _represented_end(self, j: int) -> int:
        """Past «от фракции «…»», «от округа № 14» after a listed name, to the «,» or «и»
        before the next name; ``j`` itself when no such phrase leads to another name."""
        if j >= len(self.doc) or self.lower[j] != "от":
            return j
        for k in range(j + 1, min(j + 16, len(self.doc))):
            text = self.doc[k].text
            if text in SENTENCE_ENDS or k in self.per or "\n" in text:
                return j
            if text in {",", "и"} and self._next(k + 1) in self.per:
                return k
            if any(p.tag.POS == "VERB" for p in parses(text)[:1]):
                return j
        return j

    def _named_elect(self, noun: int) -> bool:
        """«Назначенный на должность», «избранная на пост»: an elect participle before «на»."""
        on = self._prev(noun)
        participle = self._prev(on)
        if on < 0 or participle < 0 or self.doc[on].text.lower() != "на":
            return False
        status, length = split_status(self.doc[participle].text + " ")
        return status == "elect" and length > 0

    def _approved_candidacy(self, i: int) -> bool:
        """«поддержали кандидатуру Сергея Кравчука на должность главы»: a candidacy approved
        for the post noun at token i (the person is elected, not yet in office)."""
        j, seen, candidacy = i, 0, False
        while seen < 8:
            j = self._prev(j)
            if j < 0 or self.doc[j].text in SENTENCE_ENDS:
                break
            if lemma(self.doc[j].text) in CANDIDACY:
                candidacy = True
            if j not in self.per:  # «кандидатуры Анны Рыбиной, Олега Шатова и …»
                seen += 1
        if not candidacy:
            return False
        lo, hi = j, self._sentence_end(i)
        return any(lemma(self.doc[k].text) in APPROVING_VERBS for k in range(max(lo, 0), hi))

    def _candidacy(self, i: int) -> bool:
        """«кандидатом на пост главы», «на пост спикера были выдвинуты»: a post sought."""
        j, seen = i, 0
        while seen < 6 and j < len(self.doc) - 1:
            j = self._next(j + 1)
            if j >= len(self.doc) or self.doc[j].text in SENTENCE_ENDS or j in self.per:
                break
            if lemma(self.doc[j].text) in CANDIDACY:
                return True
            seen += 1
        j, seen = i, 0
        while seen < 6:
            j = self._prev(j)
            if j < 0 or self.doc[j].text in SENTENCE_ENDS:
                return False
            if lemma(self.doc[j].text) in CANDIDACY:
                return True
            if j not in self.per:  # «кандидатуру Сергея Кравчука на должность»
                seen += 1
        return False

    def _sentence_person(self, i: int, steps: tuple[int, ...] = (-1, 1)) -> int | None:
        """The nearest name in token i's sentence: before it, else after it; ``steps=(-1,)``
        looks only before (the subject of «сложил полномочия»)."""
        for step in steps:
            j = i + step
            while 0 <= j < len(self.doc) and self.doc[j].text not in SENTENCE_ENDS:
                if "\n" in self.doc[j].text:
                    break
                if step < 0 and self._reported_clause(j):
                    break  # «Мельникова сообщила, что полномочия главы … прекращены»
                if j in self.per:
                    return self.per[j].token_start
                j += step
        return None

    def _reported_clause(self, j: int) -> bool:
        """Token j is the «что» after a comma that opens a reported clause: the speaker
        before it is not the clause's subject."""
        return self.lower[j] == "что" and j > 0 and self.doc[self._prev(j)].text == ","

    def _token_at(self, char: int) -> int:
        """Index of the first token starting at or after a character offset."""
        return bisect_left(view(self.doc).idx, char)

    # token classes -------------------------------------------------------------------------
    def _allowed(self, i: int) -> bool:
        """Can token i sit inside a post phrase?"""
        if i in self.per:
            return False
        if i in self.ent_tokens or i in self.status_tokens:
            return True
        shown = view(self.doc)
        text = shown.texts[i]
        if shown.space[i]:
            return "\n" not in text
        if text in JOINERS:
            return True
        if text == ",":
            return self._enumerated(i)
        if text in DASHES:  # «фракции «Справедливая Россия — За правду»»: inside the name
            return self._joins_bodies(i) or in_quoted_name(self.doc, i) or self._double_office(i)
        if text == "." and i > 0 and abbreviated_head(self.doc[i - 1]):
            return True  # «зам. главы»
        if self._compound_abbreviation(i):
            return True  # «Председатель Думы г.о. Тольятти», «глава м.р. Мелеузовский»
        if text == "." and i > 0 and self.doc[i - 1].text.lower() in PLACE_ABBREVIATIONS:
            nxt = self._next(i + 1)  # «глава г. Махачкалы»
            return nxt < len(self.doc) and self.doc[nxt].text[:1].isupper()
        if text == "№":  # «заведующая детским садом № 5»
            nxt = self._next(i + 1)
            return nxt < len(self.doc) and self.doc[nxt].text[:1].isdigit()
        if not text[:1].isalnum():
            return False
        low = text.lower()
        if party_member(low):
            return False  # «спикер парламента коммунист Олег Сомов»: the title ends before it
        if low in PLACE_PREPOSITIONS:  # «посол Японии в России», not «… в случае победы»
            nxt = self._next(i + 1)  # nor «… в 2019 году»
            return (
                nxt < len(self.doc)
                and not self.doc[nxt].text[:1].isdigit()
                and lemma(self.doc[nxt].text) not in CIRCUMSTANCE_NOUNS
                and not month_number(self.doc[nxt].text)  # «избранный главой в сентябре»
                # «глава региона в своём телеграм-канале»: a pronoun starts a circumstance
                and not any(
                    {"NPRO", "Apro"} & set(p.tag.grammemes) for p in parses(self.doc[nxt].text)[:1]
                )
            )
        if low == "по" and self._cause_after(i):
            return False
        if low in {"к", "ко"} and self.lower[self._prev(i)].startswith("подготовк"):
            return True  # «комиссия по подготовке к отопительному сезону»: what is prepared
        if grades_adjective(self.doc, i):
            return True  # «лидер крайне правой партии»
        if low in PREPOSITIONS or low in POST_PREFIXES:
            return True
        if text.isdigit():  # «глава России 31 октября побывал»: a date ends the post
            nxt = self._next(i + 1)
            return not (nxt < len(self.doc) and month_number(self.doc[nxt].text))
        if low == "и":  # «министр связи и коммуникаций»: «и» between two lower-case words
            before, after = self._prev(i), self._next(i + 1)
            if participle_after_and(self.doc, i, after):
                return False  # «… по бюджету и назначенный вчера …»: a second description
            if self._lower_word(before) and self._lower_word(after):
                return True
            if self._two_heads(before, after):
                return True  # «Депутат и руководитель фракции Анна Козлова»: two posts
            if self._body_then_head(before, after):
                return True  # «заместитель председателя Думы и председатель комиссии»
            # «глава Кировского и Московского районов»: two adjectives of one noun
            return self._paired_adjectives(before, after)
        found = parses(text)
        if not found:
            return True
        if found[0].tag.POS == "PREP":
            return False  # «главы района до выборов», «… после отставки»: not a title's word
        if found[0].normal_form == "который":
            return False  # «главой которого является …»
        if any(p.normal_form in {"этот", "тот", "данный"} for p in found[:2]):
            return True  # «Глава этого ведомства Иван Петров»
        if found[0].tag.POS == "NUMR":  # «директором школы двадцать лет»: a span of time
            nxt = self._next(i + 1)
            if nxt < len(self.doc) and lemma(self.doc[nxt].text) in TIME_NOUNS | {"лето"}:
                return False
        if "Anum" in found[0].tag:  # «управление образования третий год»: not «созыва»
            nxt = self._next(i + 1)
            if nxt < len(self.doc) and self.lower[nxt] in {"год", "месяц", "неделю"}:
                return False
        return found[0].tag.POS not in STOP_POS

    def _cause_after(self, i: int) -> bool:
        """«по собственному желанию», «по состоянию здоровья», «по решению суда»: «по» at
        token i opens a cause, which ends the post phrase."""
        nxt = self._next(i + 1)
        if nxt >= len(self.doc):
            return False
        word = lemma(self.doc[nxt].text)
        return word in CAUSE_NOUNS or (
            word in CAUSE_ADJECTIVES or self.lower[nxt] in {"словам", "данным", "мнению"}
        )

    def _compound_abbreviation(self, i: int) -> bool:
        """Token i is a part of «г.о.», «м.р.», «с.п.», «г.п.» followed by a capitalised name."""
        doc = self.doc
        if len(view(doc).texts[i]) != 1:  # only the letters and dots of the abbreviation
            return False
        for first in range(i - 3, i + 1):
            if first < 0 or first + 4 >= len(doc):
                continue
            a, dot, b, dot2, name = view(doc).texts[first : first + 5]
            if (
                (a.lower(), b.lower()) in COMPOUND_ABBREVIATIONS
                and dot == dot2 == "."
                and (name[:1].isupper() or name in OPEN_QUOTES)
            ):
                return True
        return False

    def _enumerated(self, comma: int) -> bool:
        """«комиссии по бюджету, налогам и финансам»: a comma between nouns of one case that
        «по» governs, the list closed by «и» — the post's remit, not the end of the post."""
        doc = self.doc
        before, after = self._prev(comma), self._next(comma + 1)
        if before < 1 or after >= len(doc):
            return False
        if not (self._lower_word(before) and self._lower_word(after)):
            return False
        cases = [
            {p.tag.case for p in parses(doc[j].text) if p.tag.POS in {"NOUN", "ADJF"}}
            for j in (before, after)
        ]
        remit = remit_start(doc, comma)  # «по образованию, культуре, молодёжной политике, …»
        if remit is not None and not cases[0] & cases[1]:
            # «по вопросам молодёжной политики, общественным объединениям»: the item after the
            # comma takes the case «по» gives the first one
            cases[0] = {p.tag.case for p in parses(doc[remit + 1].text) if p.tag.POS == "NOUN"}
        if not cases[0] & cases[1]:
            return False
        window = [t.text.lower() for t in doc[max(0, comma - 6) : comma]]
        # «Л.И. Чуркина»: the initial «И» is no conjunction
        ahead = [t.text if t.text == "И" else t.text.lower() for t in doc[comma + 1 : comma + 8]]
        if "и" not in ahead and not (remit is not None and closed_list(doc, comma)):
            return False
        if "по" in window or remit is not None:
            return True
        # «управления жилищно-коммунального хозяйства, транспорта и связи»: things in the
        # genitive, none of them a post or people («главы, депутатов и жителей» lists people)
        listed = range(before, comma + 1 + ahead.index("и") + 2)
        return "gent" in cases[0] & cases[1] and not any(
            j < len(doc) and (is_head(doc[j]) or _plural_head(doc[j].text)) for j in listed
        )

    def _body_then_head(self, a: int, b: int) -> bool:
        """A named body ends one post and a post head (maybe past its adjectives) opens the
        next, in an apposition after a name: «Олег Лукин, заместитель председателя Думы и
        председатель комиссии»; ``_coordinated`` splits them when the heads share a case.
        Before a name the two may be two people's («председатель Думы и глава города Иван
        Сомов» — one unnamed), unless the name is the subject of a singular verb
        («… и председатель комиссии по бюджету Иван Сомов предложил»)."""
        if not (0 <= a < len(self.doc) and a in self.ent_tokens and a not in self.per):
            return False
        if not any(e.type in {"ORG", "LOC"} for e in self.ent_tokens[a]):
            return False
        j = a
        while j >= 0 and self.doc[j].text[:1].isalnum() and j not in self.per:
            j = self._prev(j)
        seen = 0
        while b < len(self.doc) and seen < 3 and not is_head(self.doc[b]):
            if not self._modifier(b, b):
                return False
            b, seen = self._next(b + 1), seen + 1
        if not (b < len(self.doc) and is_head(self.doc[b]) and b not in self.per):
            return False
        if j >= 0 and self.doc[j].text in {",", "(", *DASHES} and self._prev(j) in self.per:
            return True
        name = next(
            (k for k in range(b + 1, min(len(self.doc), b + MAX_PHRASE)) if k in self.per), None
        )
        return (
            name is not None
            and self.per[name].token_start == name
            and not any(self.doc[k].text in SENTENCE_ENDS for k in range(b, name))
            and self._one_subject(j + 1, name)
        )

    def _two_heads(self, a: int, b: int) -> bool:
        return (
            0 <= a < len(self.doc)
            and 0 <= b < len(self.doc)
            and a not in self.per
            and is_head(self.doc[a])
            and is_head(self.doc[b])
        )

    def _double_office(self, dash: int) -> bool:
        """«главой района – главой администрации», «заместителя главы – руководителя
        отдела»: a dash between two post phrases whose heads share a case joins two offices
        one person holds; ``_coordinated`` splits them."""
        after = self._next(dash + 1)
        seen = 0
        while after < len(self.doc) and seen < 2 and not is_head(self.doc[after]):
            if after in self.per or not self._modifier(after, after):
                return False
            after, seen = self._next(after + 1), seen + 1
        if after >= len(self.doc) or after in self.per or not is_head(self.doc[after]):
            return False
        cases = _cases(self.doc[after].text)
        j = self._prev(dash)
        for _ in range(6):
            if j < 0 or j in self.per or not self.doc[j].text[:1].isalnum():
                return False
            if is_head(self.doc[j]) and cases & _cases(self.doc[j].text):
                return True
            j = self._prev(j)
        return False

    def _joins_bodies(self, dash: int) -> bool:
        """«Государственного Собрания – Курултая Республики Башкортостан»: a dash between two
        organisations in one case is one body's double name, not the end of the post; so is
        a dash between two places («Кемеровской области — Кузбасса», «автономного округа —
        Югры»), one region's double name."""
        before, after = self._prev(dash), self._next(dash + 1)
        if before < 0 or after >= len(self.doc):
            return False
        place = self._place_before(before)
        kinds = {"ORG"} | ({"LOC"} if place else set())
        orgs = [
            (
                any(e.type in kinds for e in self.ent_tokens.get(j, []))
                or lemma(self.doc[j].text) in LEGISLATURES  # «Госсобрания — Курултая»
            )
            and (self.doc[j].text[:1].isupper() or (place and j == before))
            for j in (before, after)
        ]
        cases = [{p.tag.case for p in parses(self.doc[j].text)} for j in (before, after)]
        return all(orgs) and bool(cases[0] & cases[1])

    def _place_before(self, i: int) -> bool:
        """Token i ends a place named by a region's noun («области», «округа», «края»)."""
        return any(
            e.type == "LOC" and e.token_end - 1 == i for e in self.ent_tokens.get(i, [])
        ) and lemma(self.doc[i].text) in {"область", "округ", "край", "республика"}

    def _paired_adjectives(self, a: int, b: int) -> bool:
        if not (0 <= a < len(self.doc) and 0 <= b < len(self.doc)):
            return False
        x, y = parses(self.doc[a].text), parses(self.doc[b].text)
        if not x or not y or x[0].tag.POS != "ADJF" or y[0].tag.POS != "ADJF":
            return False
        return bool(
            {p.tag.case for p in x if p.tag.POS == "ADJF"}
            & {p.tag.case for p in y if p.tag.POS == "ADJF"}
        )

    def _lower_word(self, i: int) -> bool:
        return 0 <= i < len(self.doc) and self.doc[i].text[:1].islower() and i not in self.per

    @property
    def _blank(self) -> list[bool]:
        """Per token: a space within a line, which the word steps skip (built once a doc)."""
        if "blank" not in self._shared:
            shown = view(self.doc)
            self._shared["blank"] = [
                s and "\n" not in t for s, t in zip(shown.space, shown.texts, strict=True)
            ]
        return self._shared["blank"]

    def _sentence_end(self, i: int) -> int:
        """The first sentence-ending token at or after ``i`` (a line break does not end it)."""
        doc = self.doc
        while i < len(doc) and doc[i].text not in SENTENCE_ENDS:
            i += 1
        return i

    def _prev(self, i: int) -> int:
        blank = self._blank
        i -= 1
        while i >= 0 and blank[i]:
            i -= 1
        return i

    def _next(self, i: int) -> int:
        blank = self._blank
        while i < len(blank) and blank[i]:
            i += 1
        return i

    # shapes --------------------------------------------------------------------------------
    def before(self, name_start: int) -> list[Post]:
        posts: list[Post] = []
        right = self._prev(name_start)
        dash_before = right >= 0 and self.doc[right].text in DASHES
        if right >= 0 and self.doc[right].text in {",", *DASHES}:
            right = self._prev(right)  # «Председатель оргкомитета — Виктор Никонов»
        elif right >= 0 and self._signed(right, name_start):
            right = self._prev(right)  # «Глава города\nИ.И. Воронов», «Глава поселения: …»
        elif (opened := alias_open(self.doc, right, self.per)) is not None:
            right = self._prev(opened)  # «Президент Российской академии наук (РАН) Юрий Осипов»
        elif right >= 0 and self._genitive_owner(right, name_start):
            # «Заместитель Марата Закирова Ирина Горина»: the post is hers, his is its owner
            right = self._prev(self.per[right].token_start)
        while right >= 0 and party_member(self.doc[right].text):
            right = self._prev(right)  # «спикер парламента единоросс Евгений Порунов»
        earlier: list[int] = []
        dashed: list[tuple[int, int]] = []  # (right block's first post, left block's first)
        block = len(posts)
        while right >= 0 and len(posts) < 3 and self._allowed(right):
            left = right
            while left - 1 >= 0 and self._allowed(left - 1) and right - left < MAX_PHRASE * 2:
                left -= 1
            if posts and self._apposition_of_name_before(left):
                break  # «Л.В. Зеленская, глава администрации …, заместитель главы Л.И. Чуркина»
            other = self._other_holder(left, right)
            if other is not None and not self._one_subject(left, name_start):
                left = other  # «Губернатору области и председателю Думы Ивану Сомову»
            heads = [i for i in range(left, right + 1) if is_head(self.doc[i])]
            if not heads and not posts and self._description(range(left, right + 1)):
                # «Председатель совета ветеранов, ветеран труда Николай Белов»: a description
                # between the post and the name
                comma = self._prev(left)
                # «Художественный руководитель фестиваля — заслуженный артист России Вячеслав
                # Громов»: after a dash too
                if comma >= 0 and self.doc[comma].text in {",", *DASHES} and right - left < 5:
                    right = self._prev(comma)
                    continue
            if not heads:
                break
            agreeing = [
                h for h in heads if self._agrees_with_name(h, name_start) or self._after_prefix(h)
            ]
            if not agreeing:
                break
            head = agreeing[0]
            if dash_before and not posts and gapped_complement(self.doc, heads, head):
                break  # «а заместителем председателя — Анатолия Аришина»: a gapped predicate
            start = self._extend_left(head)
            if self._kin_before(start):
                break  # «Сын бывшего мэра Юлиан Седов»: the post of his father
            others = [h for h in heads if h > head]
            found = self.split_appositions(start, head, others, right + 1)
            governor = self._prev(start)
            governs = lemma(self.doc[governor].text) if governor >= 0 else ""
            if sought_post(self, governor, governs):
                break  # «определила кандидатами на пост главы района Лызова и Поздеева»
            if (
                governs in LEAVING_NOUNS
                or (governs in POST_NOUNS and self._left_post(governor))
                or (
                    governs == "полномочие"
                    and (self._ending_before(governor) or self._ending_after(name_start))
                )
            ):
                # «отставку главы администрации Ирека Ялалова», «об уходе с должности …»
                for post in found:
                    post.status = "former" if post.status == "current" else post.status
            owner = self.per.get(name_start)
            if owner is not None and held_under(
                self.doc, governor, self.doc[head].text, self._genitive_name(owner)
            ):
                # «занимал должность заместителя губернатора Игоря Лапина»: his is «губернатор»
                inner = others[:1]
                found = [self.make_post(self._extend_left(h), right + 1) for h in inner]
                if not found:
                    break
            posts.extend(found)
            # another post before a comma: «депутат …, сопредседатель … Михаил Вельмакин»
            if start > left:
                break
            comma = self._prev(left)
            pronoun = self._prev(comma) if comma >= 0 and self.lower[comma] == "же" else -1
            if pronoun >= 0 and self.lower[pronoun] in {"он", "она"}:
                comma = self._prev(pronoun)  # «Председатель Думы, он же глава города, Седов»
            joiners = set()
            while comma >= 0 and self.lower[comma] in APPOSITION_JOINERS:
                joiners.add(self.lower[comma])  # «Экс-глава района, а ныне депутат … Грачёв»
                comma = self._prev(comma)
            if comma < 0 or self.doc[comma].text not in {",", *DASHES}:
                break  # «заместитель главы – начальник управления Ильдар Исаев»: two posts
            right = self._prev(comma)
            if joiners & NOW:
                earlier.append(len(posts))
            elif not joiners and self.doc[comma].text in DASHES:
                dashed.append((block, len(posts)))
            block = len(posts)
        for count in earlier:  # posts said before «ныне» were held before it
            for post in posts[count:]:
                post.status = "former" if post.status == "current" else post.status
        for first, left in dashed:
            # «исполняющего обязанности первого заместителя мэра — руководителя аппарата
            # Веры Соколовой»: one office of two names, held in the same way
            if left < len(posts) and posts[left].status != "current":
                for post in posts[first:left]:
                    post.status = posts[left].status if post.status == "current" else post.status
        return posts

    def _apposition_of_name_before(self, left: int) -> bool:
        """A comma and a name right before the phrase starting at ``left``: the phrase is that
        name's apposition, not a second post of the name after it."""
        comma = self._prev(left)
        if comma < 0 or self.doc[comma].text != ",":
            return False
        name = self._prev(comma)
        if name >= 0 and self.doc[name].text == ".":
            name = self._prev(name)  # «Зеленская Л.В., глава …»
        return name >= 0 and name in self.per

    def _other_holder(self, left: int, right: int) -> int | None:
        """Where the name's own post begins in «губернатору области и председателю Думы Ивану
        Сомову»: two posts in one case before a name, the first closed by its body or place,
        are two people's, the first one unnamed; with nothing between the heads («Депутат и
        руководитель фракции Анна Козлова») both are the name's."""
        cut = None
        for j in range(left, right + 1):
            if self.lower[j] != "и" or j in self.status_tokens:
                continue
            before = self._prev(j)
            if before < left or is_head(self.doc[before]) or not self.doc[before].text.isalpha():
                continue
            first = next((h for h in range(left, before) if is_head(self.doc[h])), None)
            head, seen = self._next(j + 1), 0
            while head <= right and seen < 3 and not is_head(self.doc[head]):
                if not self._modifier(head, head):
                    break
                head, seen = self._next(head + 1), seen + 1
            if (
                first is not None
                and head <= right
                and is_head(self.doc[head])
                and _cases(self.doc[first].text) & _cases(self.doc[head].text)
            ):
                cut = self._next(j + 1)
        return cut

    def _one_subject(self, left: int, name_start: int) -> bool:
        """Are the posts from ``left`` to the name all the subject's, the first in the
        nominative and a singular verb right after the name («Глава района и председатель
        районного Совета Константин Бурлаков вручил награды»; «выступил заместитель …»)?"""
        name = self.per.get(name_start)
        first = next((h for h in range(left, name_start) if is_head(self.doc[h])), None)
        return (
            name is not None
            and first is not None
            and nominative(self.doc[first].text)
            and (
                singular_subject(self.doc, self._past_initial(name.token_end))
                or singular_verb_before(self.doc, self._extend_left(first))
            )
        )

    def _genitive_owner(self, right: int, name_start: int) -> bool:
        """Token ``right`` ends another person named in the genitive, right before the name
        at ``name_start`` and right after a post noun: the person whose deputy or adviser
        the named one is."""
        owner = self.per.get(right)
        if (
            owner is None
            or owner.token_end != right + 1
            or name_start in range(owner.token_start, owner.token_end)
        ):
            return False
        head = self._prev(owner.token_start)
        if head < 0 or not is_head(self.doc[head]):
            return False
        return self._genitive_name(owner)

    def _genitive_name(self, owner: Entity) -> bool:
        """The name is in the genitive by its first name: «Марата», «Игоря»."""
        # a word the people layer read as another form («Петра» -> «Петр») is no nominative
        read = {w.replace("ё", "е") for w in self.as_written.get(owner.token_start, set())}
        cases = [
            {p.tag.case for p in parses(t.text) if known(p.word) and "Name" in p.tag}
            - ({"nomn"} if read and t.text.lower().replace("ё", "е") not in read else set())
            for t in self.doc[owner.token_start : owner.token_end]
            if t.text.isalpha() and len(t.text) > 1
        ]
        cases = [c for c in cases if c]
        # a first name says the case: «Марата», «Игоря» (a surname «Бондарева» may be hers)
        return bool(cases) and all("gent" in c and "nomn" not in c for c in cases)

    def _kin_before(self, start: int) -> bool:
        """A word of kinship right before a post phrase governs it: «сын бывшего мэра»,
        «вдова главы района»."""
        kin = self._prev(start)
        return kin >= 0 and lemma(self.doc[kin].text) in KINSHIP

    def _ending_before(self, i: int) -> bool:
        """«досрочно прекратили полномочия», «сложил полномочия»: a verb or noun of ending
        within two words before token i."""
        j = self._prev(i)
        if j >= 1 and self.lower[j] == "себя" and self.lower[self._prev(j)] == "с":
            j = self._prev(self._prev(j))  # «сложил с себя полномочия»
        k = self._prev(j) if j >= 0 else -1
        return any(x >= 0 and lemma(self.doc[x].text) in ENDING_WORDS for x in (j, k))

    def _ending_after(self, name_start: int) -> bool:
        """«Полномочия главы района Юлиана Седова (досрочно) прекращены»: a word of ending
        right after the name, past «досрочно»."""
        if name_start not in self.per:
            return False
        j = self._next(self.per[name_start].token_end)
        while j < len(self.doc) and self.lower[j] in {"досрочно", "были", "был"}:
            j = self._next(j + 1)
        return j < len(self.doc) and lemma(self.doc[j].text) in ENDING_WORDS

    def _signed(self, right: int, name_start: int) -> bool:
        """A signature: the post on its own line (or before a colon) and the name alone up
        to the end of its line: «Глава города\nИ.И. Воронов», «Глава поселения: Н.Н. Сухова»."""
        doc = self.doc
        if not (
            doc[right].text == ":" or (doc[right].is_space and doc[right].text.count("\n") == 1)
        ):
            return False
        if name_start not in self.per:
            return False
        colon = doc[right].text == ":"
        end = self._next(self.per[name_start].token_end)
        if end < len(doc) and doc[end].text == "." and len(doc[end - 1].text) == 1:
            end = self._next(end + 1)  # «Сухова Н.Н.»
        if end < len(doc) and not (doc[end].is_space and "\n" in doc[end].text):
            # «Глава района: Иван Сомов.», «Заместитель: Ирина Власова (фракция …)»
            if not (colon and doc[end].text in {*SENTENCE_ENDS, ";", "("}):
                return False
        start = right - 1
        while start >= 0 and not (doc[start].is_space and "\n" in doc[start].text):
            dotted = start in self.status_tokens or (start > 0 and abbreviated_head(doc[start - 1]))
            if doc[start].text in SENTENCE_ENDS and not dotted:
                if not colon:
                    return False
                break  # a colon's post opens its sentence, not only its line
            start -= 1
        first = start + 1
        while first < right and first in self.status_tokens:
            first += 1  # «И.о. главы администрации»
        return first < right and is_head(doc[first])

    def _innermost_place(self, loc: Entity) -> Entity:
        """«города Калуги» holds «Калуги»: the place is the name, not the descriptor phrase."""
        inner = {
            e
            for i in range(loc.token_start, loc.token_end)
            for e in self.ent_tokens.get(i, [])
            if e.type == "LOC" and loc.token_start <= e.token_start and e.token_end <= loc.token_end
        }
        return min(inner, key=lambda e: (e.token_end - e.token_start, e.token_start))

    def _place_name(self, loc: Entity) -> str:
        """«города Зареченска» -> «Зареченск»: the descriptor is not part of the place."""
        first = self.doc[loc.token_start]
        if loc.token_end - loc.token_start > 1 and first.text[:1].islower():
            rest = self.doc[loc.token_start + 1 : loc.token_end]
            if lemma(first.text) in GEO_DESCRIPTORS:
                return normal_phrase([t.text for t in rest], [t.whitespace_ for t in rest])
        end = loc.token_end
        if end - loc.token_start == 1 and first.text[:1].isupper() and self._place_noun(end):
            end += 1  # «Ключевского сельсовета» with only the adjective read as the place
        span = self.doc[loc.token_start : end]
        words, spaces = [t.text for t in span], [t.whitespace_ for t in span]
        fixed = surname_adjective_place(words, spaces)
        return fixed or (normal_phrase(words, spaces) if end > loc.token_end else loc.normal)

    def _place_noun(self, i: int) -> bool:
        """A lower-case noun of a settlement or district right after a place adjective, outside
        any entity: «сельсовета», «района», «поселения»."""
        if i >= len(self.doc) or self.ent_tokens.get(i) or not self.doc[i].text[:1].islower():
            return False
        found = parses(self.doc[i].text)[:1]
        return any(p.tag.POS == "NOUN" and p.normal_form in SETTLEMENT_NOUNS for p in found)

    def _after_prefix(self, head: int) -> bool:
        """«исполняющий обязанности главы», «врио главы»: the head is genitive by design."""
        return any(
            self.doc[i].text.lower() in POST_PREFIXES or i in self.status_tokens
            for i in range(self._extend_left(head), head)
        )

    def _agrees_with_name(self, head: int, name_start: int) -> bool:
        """A post before a name is in apposition: same case («мировым лидером, Марк» is not)."""
        ent = self.per.get(name_start)
        words = [t.text for t in self.doc[ent.token_start : ent.token_end]] if ent else []
        # «Депутат Амина Курбанова провела»: a first name pymorphy3 knows only as his genitive
        # («Амин») that the people layer read as hers, as written, is a nominative
        written = self.as_written.get(ent.token_start, set()) if ent else set()
        parts = [w for w in words if w.isalpha() and len(w) > 1]
        per_word = [
            {
                p.tag.case
                for p in parses(w)
                if known(p.word)
                and any(g in p.tag for g in ("Name", "Surn", "Patr"))
                and p.tag.number != "plur"  # one person: «Боровских» is no plural genitive
            }
            for w in parts
        ]
        # «Помощник депутата Петра Лунёва Анна Котова»: a word the people layer read as
        # another form («Петра» -> «Петр») is not the nominative it could also be
        folded = {w.replace("ё", "е") for w in written}
        per_word = [
            cases | {"nomn"}
            if w.lower() in written
            else cases - {"nomn"}
            if folded and w.lower().replace("ё", "е") not in folded and cases - {"nomn"}
            else cases
            for w, cases in zip(parts, per_word, strict=True)
            if cases
        ]
        if not per_word:
            return True  # a name pymorphy3 does not know tells nothing about its case
        head_text = self.doc[head].text
        if expand_compound(head_text) != head_text:
            return True  # «Замначальника отдела Анна Лосева»: «зам» + genitive never declines
        name_cases = set.intersection(*per_word)
        head_cases = {
            p.tag.case
            for p in parses(self.doc[head].text)
            if p.tag.POS == "NOUN" and p.tag.number != "plur"
        }
        if not name_cases or not head_cases:
            return True
        return bool(name_cases & head_cases)

    def after(self, name_end: int) -> list[Post]:
        i = self._next(name_end)
        if i < len(self.doc) and self.doc[i].text == "(":
            close = self._closing(i)
            if close is None:
                return []
            inside = self._phrase_after(i + 1, stop=close)
            if inside:
                return inside  # «Йоахим Лёв (второй тренер)»
            i = self._next(close + 1)  # «Скотт Хоровитц (Scott Horowitz), бывший астронавт»
        j = i + 1 if i < len(self.doc) and self.doc[i].text == "\n" else i
        if j < len(self.doc) and self.doc[j].text[:1].isupper() and is_head(self.doc[j]):
            return self._phrase_after(j)  # «Кирсан Илюмжинов\nПрезидент ФИДЕ» signature lines
        dated = self._time_phrase(i)
        if dated > i and dated < len(self.doc) and self.doc[dated].text in DASHES:
            i = dated  # «Юлиан Седов с 2015 года — депутат городской Думы»
        if i < len(self.doc) and self.lower[i] in NOW:
            k = self._next(i + 1)  # «Серов теперь — глава района», «Серов сейчас глава района»
            if k < len(self.doc) and self.doc[k].text in DASHES:
                i = k
            elif k < len(self.doc) and is_head(self.doc[k]) and "nomn" in _cases(self.lower[k]):
                return self._phrase_at(k)
        if i >= len(self.doc) or self.doc[i].text not in {",", "|", *DASHES}:
            return []  # «|»: a table row flattened to text, «Сомов Иван Петрович | глава района»
        start = self._next(i + 1)
        start, earlier = self._apposition_time(start)
        if start < len(self.doc) and self.doc[start].text.lower() in POSSESSIVES:
            start = self._next(start + 1)  # «Анна Смирнова, его заместитель»
        timed = self._time_phrase(start)  # «…, с 2015 года работавшая директором»
        dated = False  # «…, в 2021 году избранный депутатом»: in office since then
        if timed > start and (
            self._link_participle(timed) is not None or self._appointing_participle(timed)
        ):
            start, dated = timed, True
        linked = self._link_participle(start)
        if linked is not None:
            # «Анна Ершова, работающая директором музея», «…, работавшая с 2015 года
            # директором»
            start = self._next(start + 1)
            if start < len(self.doc) and self.lower[start] in EARLIER:
                start = self._next(start + 1)  # «…, работавший ранее заместителем мэра»
            start = self._time_phrase(start)
        appointed = linked is None and self._appointing_participle(start)
        if appointed:
            post_start = self._time_phrase(self._next(start + 1))
            if post_start < len(self.doc) and _instrumental(self.doc[post_start].text):
                dated = dated or post_start > self._next(start + 1)
                start = post_start  # «…, избранный в сентябре главой района»
            else:
                appointed = False
        posts = self._phrase_after(start) or self._after_description(start)
        if posts and linked is None and not appointed and self._plural_only(start, posts[0]):
            return []  # «Выступил Петров, главы и председатели советов задали вопросы»
        if earlier or linked == "past":
            for post in posts:
                post.status = "former" if post.status == "current" else post.status
        if posts and appointed and not dated:
            after = self._next(self._token_at(posts[-1].end))  # «…, избранный депутатом в 2021»
            dated = after < len(self.doc) and self._time_phrase(after) > after
        if appointed and not dated:
            for post in posts:
                post.status = "elect" if post.status == "current" else post.status
        if posts:
            posts += self._second_apposition(self._token_at(posts[-1].end)) or (
                self._listed_apposition(posts[-1])
            )
        return posts

    def _plural_only(self, start: int, post: Post) -> bool:
        """A post head with no singular reading in the phrase from token ``start``: the
        phrase after the comma names others, not the one name before it."""
        end = self._token_at(post.end)
        verb = self._next(end)  # «…, главы и старосты поселений задали вопросы»: its subject
        found = parses(self.doc[verb].text)[:1] if verb < len(self.doc) else []
        if found and found[0].tag.POS == "VERB" and found[0].tag.number == "plur":
            return True
        return any(
            _plural_head(self.doc[i].text)
            and (found := [p for p in parses(self.doc[i].text) if p.tag.POS == "NOUN"])
            and all(p.tag.number == "plur" and p.tag.case in {"nomn", "accs"} for p in found)
            for i in range(start, min(end + 1, len(self.doc)))
        )

    def in_capacity(self, name_start: int, name_end: int) -> list[Post]:
        """«Юлиан Седов как глава района подписал», «полномочия Седова как главы района»,
        «Седов, как председатель комиссии, отметил»: «как» and a post in the name's case
        (not «как и глава района», which likens him to another)."""
        i = self._next(name_end)
        if i < len(self.doc) and self.doc[i].text == ",":
            i = self._next(i + 1)
        if i >= len(self.doc) or self.lower[i] != "как":
            return []
        start = self._next(i + 1)
        if start >= len(self.doc) or not is_head(self.doc[start]):
            return []
        if not self._agrees_with_name(start, name_start):
            return []
        return self._phrase_at(start)

    def _apposition_time(self, i: int) -> tuple[int, bool]:
        """Past «это», «он же», adverbs and words of time opening an apposition («Петров –
        это председатель», «…, ныне депутат», «…, в прошлом директор школы», «…, тогда ещё
        депутат», «…, на тот момент глава района», «…, он же председатель комиссии»): (the
        post's first token, whether the time is past)."""
        doc, past = self.doc, False
        for _ in range(4):
            if i >= len(doc):
                break
            word, nxt = self.lower[i], self._next(i + 1)
            after = self.lower[nxt] if nxt < len(doc) else ""
            if word == "это" or word in {"ныне", "сейчас", "теперь"}:
                i = nxt
            elif word in EARLIER or word == "тогда":
                i, past = nxt, True
            elif self._before_this(i):
                i, past = self._next(nxt + 1), True  # «…, до этого работавший заместителем»
            elif (word, after) in {("в", "прошлом"), ("в", "то"), ("на", "тот")} and not (
                after == "прошлом"
                and self._next(nxt + 1) < len(doc)
                and lemma(doc[self._next(nxt + 1)].text) in TIME_NOUNS
            ):  # not «…, в прошлом году избранная депутатом»
                i, past = self._next(nxt + 1), True
                if after != "прошлом" and i < len(doc) and self.lower[i] in {"время", "момент"}:
                    i = self._next(i + 1)  # «в то время», «на тот момент»
            elif word in {"в", "с"} and YEAR.fullmatch(after[:4]) and self._dated_head(i):
                i = self._time_phrase(i)  # «…, в 2015–2020 годах глава района»
            elif word == "до" and after in RECENT_PAST:
                # «…, до недавнего времени директор школы», «до недавних пор»
                i, past = self._next(self._next(nxt + 1) + 1), True
            elif word in {"он", "она"} and after == "же":
                i = self._next(nxt + 1)  # «…, он же председатель комиссии»
            elif self._adverb(i) and not is_head(doc[i]):
                i = nxt  # «также», «уже», «ещё»
            else:
                break
        return i, past

    def _dated_head(self, i: int) -> bool:
        """A span of years at token i and a post head right after it."""
        j = self._time_phrase(i)
        return i < j < len(self.doc) and is_head(self.doc[j])

    def _appointing_participle(self, i: int) -> bool:
        """«избранный», «назначенная», «утверждённый» at token i: the participle of a
        verb that gives a post, whose instrumental post follows past a span of time."""
        if i >= len(self.doc):
            return False
        return any(
            (p.tag.POS == "PRTF" and p.normal_form in APPOINTING_VERBS)
            or p.normal_form in {"избранный", "переизбранный"}
            for p in parses(self.doc[i].text)[:1]
        )

    def _link_participle(self, i: int) -> str | None:
        """The tense of a link verb's participle at token i («работающая», «являвшийся»),
        which stands before a post in the instrumental and is no part of it; else None."""
        if i >= len(self.doc):
            return None
        for p in parses(self.doc[i].text)[:1]:
            if p.tag.POS == "PRTF" and p.normal_form in LINK_VERBS and p.tag.voice == "actv":
                return p.tag.tense
            if p.tag.POS == "GRND" and p.normal_form in LINK_VERBS:
                return p.tag.tense  # «Иванов, будучи председателем комиссии, …»
        return None

    def fronted_gerund_posts(self) -> list[tuple[int, Post]]:
        """(mention start, post) for «Будучи главой района, Иван Петров построил школу»,
        «Работая директором школы, Анна Лосева …»: a link verb's adverbial participle and
        an instrumental post before the comma that opens its subject's clause."""
        out = []
        doc = self.doc
        for i, low in enumerate(self.lower):
            if not low.endswith(("я", "в", "вши", "чи")):
                continue  # «будучи», «являясь», «работая», «работав»
            j = self._prev(i)
            if j >= 0 and self.lower[j] not in SENTENCE_ENDS and "\n" not in self.lower[j]:
                continue  # only a clause that opens the sentence
            token = doc[i]
            tense = self._link_participle(i)
            if tense is None or parses(token.text)[0].tag.POS != "GRND":
                continue
            start = self._next(token.i + 1)
            posts = self._phrase_at(start)
            if not posts or not _instrumental(doc[start].text):
                continue
            comma = self._next(self._token_at(posts[0].end))
            name = self._next(comma + 1)
            if comma < len(doc) and doc[comma].text == "," and name in self.per:
                if tense == "past":
                    posts[0].status = "former"
                out.append((self.per[name].token_start, posts[0]))
        return out

    def tenure_posts(self) -> list[tuple[int, Post]]:
        """(mention start, post) for «В бытность мэром Алексей Тимченко построил мост»,
        «Тимченко в бытность свою главой района …»: the instrumental post after «в
        бытность» was held by the clause's subject: the name right after it, else the name
        before it in the sentence."""
        out = []
        doc = self.doc
        for i, low in enumerate(self.lower):
            if low != "бытность" or self.lower[self._prev(i)] != "в":
                continue
            start = self._next(i + 1)
            if start < len(doc) and self.lower[start] in POSSESSIVES | {"свою"}:
                start = self._next(start + 1)
            if start >= len(doc) or not _instrumental(doc[start].text):
                continue
            posts = self._phrase_at(start, name_next=True)
            if not posts:
                continue
            name = self._next(self._token_at(posts[0].end))
            if name < len(doc) and doc[name].text == ",":
                name = self._next(name + 1)
            owner = self.per[name].token_start if name in self.per else None
            if owner is None and name < len(doc):
                owner = self._pronoun_owner(name)  # «в бытность главой района он …»
            if owner is None:
                owner = self._sentence_person(i, steps=(-1,))
            if owner is not None:
                posts[0].status = "former" if posts[0].status == "current" else posts[0].status
                out.append((owner, posts[0]))
        return out

    def _pronoun_owner(self, i: int) -> int | None:
        """The mention a subject pronoun at token i stands for; the anaphora layer knows."""
        return None

    def _second_apposition(self, i: int) -> list[Post]:
        """«Иванов, бывший глава района, а ныне депутат областной думы»: a second post of the
        same name after a comma and «а ныне», «а теперь», «а также»."""
        doc = self.doc
        if i >= len(doc) or doc[i].text != ",":
            return []
        j, joined = self._next(i + 1), False
        while j < len(doc) and doc[j].text.lower() in APPOSITION_JOINERS:
            j, joined = self._next(j + 1), True
        return self._phrase_after(j) if joined and j < len(doc) else []

    def _tenure_end(self, i: int) -> int:
        """Past «трёх созывов», «двух сроков» at token i (how long a post was held, which
        ends its phrase), else i."""
        if i + 1 >= len(self.doc):
            return i
        found = parses(self.doc[i].text)[:1]
        nxt = self._next(i + 1)
        if found and found[0].tag.POS == "NUMR" and lemma(self.doc[nxt].text) in TENURE_NOUNS:
            return self._next(nxt + 1)
        return i

    def _listed_apposition(self, first: Post) -> list[Post]:
        """«Сомов, директор школы, депутат гордумы, выступил», «Сомов – депутат гордумы,
        руководитель фракции»: a second post in the first one's case after a comma, closed by
        a comma or the sentence (a name after it would be that name's post)."""
        doc = self.doc
        comma = self._tenure_end(self._token_at(first.end))
        if comma >= len(doc) or doc[comma].text != ",":
            return []
        start = self._next(comma + 1)
        if start >= len(doc) or not is_head(doc[start]):
            return []  # past adjectives the phrase may be a description, not a post
        posts = self._phrase_after(start)
        if len(posts) != 1:
            return []
        close = self._token_at(posts[0].end)
        if close < len(doc) and doc[close].text not in {",", ")", ";", *SENTENCE_ENDS}:
            return []
        if close < len(doc) and self._next(close + 1) in self.per:
            return []  # «…, депутат гордумы, Ольга Лапина»: a list of people and posts
        head = next((j for j in range(self._token_at(first.start), comma) if is_head(doc[j])), None)
        if head is None or not _noun_cases(doc[head]) & _noun_cases(doc[start]):
            return []
        return posts

    def _after_description(self, start: int) -> list[Post]:
        """«Брода, известного борца с ксенофобией, члена Общественной палаты»: a description
        without a post, then a post in the same case after the next comma."""
        end = start
        while end < len(self.doc) and self._allowed(end) and end - start < MAX_PHRASE:
            end += 1
        if end >= len(self.doc) or self.doc[end].text != ",":
            return []
        nouns = [  # «известный в городе меценат»: the noun a preposition governs is not it
            j
            for j in range(start, end)
            if (found := parses(self.doc[j].text))
            and found[0].tag.POS == "NOUN"
            and not (j > start and self._governed(j))
        ]
        if not nouns:
            return []
        posts = self._phrase_after(self._next(end + 1))
        if not posts:
            return []
        head = next(j for j in range(self._next(end + 1), len(self.doc)) if is_head(self.doc[j]))
        return posts if _noun_cases(self.doc[nouns[0]]) & _noun_cases(self.doc[head]) else []

    def _governed(self, j: int) -> bool:
        """Does a preposition stand right before token j, maybe past one adjective?"""
        prev = self._prev(j)
        if prev >= 0 and (found := parses(self.doc[prev].text)) and found[0].tag.POS == "ADJF":
            prev = self._prev(prev)  # «в нашем городе»
        return prev >= 0 and any(p.tag.POS == "PREP" for p in parses(self.doc[prev].text)[:1])

    def _closing(self, i: int) -> int | None:
        for j in range(i + 1, min(len(self.doc), i + MAX_PHRASE)):
            if self.doc[j].text == ")":
                return j
        return None

    def predicate_after(self, name_end: int) -> list[Post]:
        """«Иван Петров назначен заместителем главы», «избрания Гачечиладзе премьер-министром»:
        a post in the instrumental after the name, maybe after a link verb."""
        i = self._next(name_end)
        earlier = False  # «Петров ранее работал секретарём совета»: a post held before
        links = []
        for _ in range(4):
            if i < len(self.doc) and self.doc[i].text.lower() in EARLIER:
                earlier = True
                i = self._next(i + 1)
            elif i + 1 < len(self.doc) and self._before_this(i):
                earlier = True  # «до этого работала заместителем»
                i = self._next(self._next(i + 1) + 1)
            elif i < len(self.doc) and is_link(self.doc[i].text):
                links.append(self.doc[i].text)
                i = self._next(i + 1)
            elif i < len(self.doc) and (tense := self._link_participle(i)) is not None:
                # «…, ранее работавшего министром финансов»: the participle is no part of it
                earlier = earlier or tense == "past"
                i = self._next(i + 1)
            elif i < len(self.doc) and self.doc[i].text.lower() in AGAIN:
                i = self._next(i + 1)  # «Ветров вновь стал главой»
            elif i < len(self.doc) and (skip := self._time_phrase(i)) > i:
                i = skip  # «Петров с 2015 года работал заместителем», «больше года»
            elif i < len(self.doc) and self._adverb(i):
                i = self._next(i + 1)  # «по-прежнему остаётся главой», «вот уже … является»
            elif links and (skip := self._workplace(i)) > i:
                i = skip  # «работала в администрации района заместителем главы»
        earlier = earlier or (len(links) == 1 and _was(links[0]))  # «Петров был мэром»
        earlier = earlier or any(_worked(link) for link in links)  # «Он работал заместителем»
        start = i
        while i < len(self.doc) and self._modifier(i, i) and not is_head(self.doc[i]):
            i = self._next(i + 1)
        if i >= len(self.doc):
            return []
        if not (_instrumental(self.doc[i].text) or (links and self._after_status(start, i))):
            return []  # «назначен и.о. главы»: the status words stand for the instrumental
        posts = self._phrase_at(start)
        if posts and not links and self._inverted_after(self._token_at(posts[-1].end)):
            return []  # «вместо Тюрина председателем избран Носов»: the post is the later name's
        if posts:
            # «назначена заместителем главы — начальником финансового управления»
            dash = self._next(self._token_at(posts[-1].end))
            second = self._next(dash + 1)
            if (
                dash < len(self.doc)
                and self.doc[dash].text in DASHES
                and second < len(self.doc)
                and _instrumental(self.doc[second].text)
            ):
                posts += self._phrase_at(second)
            posts += self._then_instrumental(self._token_at(posts[-1].end))
        for post in posts:
            if earlier and post.status == "current":
                post.status = "former"
        return posts

    def _acting_holder_after(self, end: int, mention: int) -> bool:
        """Between the post phrase ending at token ``end`` and the name at token ``mention``
        stand a verb that fills no post («поздравили», «вручил») and the name's own post head
        («глава района Надежда Малкова»): the name acts on the post's holder, not holds it."""
        verb = next(
            (
                j
                for j in range(end, mention)
                if any(p.tag.POS == "VERB" for p in parses(self.doc[j].text)[:1])
            ),
            None,
        )
        if verb is None or is_link(self.doc[verb].text):
            return False
        if lemma(self.doc[verb].text) in HOLDING_VERBS | HEADING_VERBS | TAKING_VERBS:
            return False  # «Место председателя комиссии заняла депутат Алла Трофимова»
        return any(is_head(self.doc[j]) for j in range(verb + 1, mention))

    def _inverted_after(self, i: int) -> bool:
        """A link verb at token i and a name after it in the sentence: the instrumental
        before the verb is that name's («председателем избран … Носов»)."""
        if i >= len(self.doc) or not is_link(self.doc[i].text):
            return False
        for j in range(i + 1, min(len(self.doc), i + 8)):
            if self.doc[j].text in SENTENCE_ENDS or self.doc[j].text == ",":
                return False
            if j in self.per:
                return True
        return False

    def _then_instrumental(self, i: int) -> list[Post]:
        """«работала учителем, затем директором школы», «работал учителем, директором
        школы»: a second post in the instrumental after a comma, maybe with «затем», «потом»,
        «позже» (the same verb said once); and so on down the list."""
        if i >= len(self.doc) or self.doc[i].text != ",":
            return []
        j = self._next(i + 1)
        if j < len(self.doc) and self.lower[j] in {"а", "и"}:
            j = self._next(j + 1)
        if j < len(self.doc) and self.lower[j] in THEN | {"позднее"}:
            j = self._next(j + 1)
        elif j != self._next(i + 1):
            return []  # «, а директором»: a bare joiner is not a list
        start = head = j
        while head < len(self.doc) and head - start < 3 and self._modifier(head, head):
            head = self._next(head + 1)
        if head >= len(self.doc) or not (
            is_head(self.doc[head]) and _instrumental(self.doc[head].text)
        ):
            return []
        posts = self._phrase_at(start)
        if posts:
            posts += self._then_instrumental(self._token_at(posts[-1].end))
        return posts

    def _workplace(self, i: int) -> int:
        """Past «в администрации района» at token i when an instrumental post follows it
        («работала в администрации заместителем главы»); else i."""
        if i >= len(self.doc) or self.lower[i] not in {"в", "во", "на"}:
            return i
        j = self._next(i + 1)
        for _ in range(5):
            if j >= len(self.doc):
                return i
            if _instrumental(self.doc[j].text) and is_head(self.doc[j]):
                return j if j > self._next(i + 1) else i
            found = parses(self.doc[j].text)[:1]
            if not (
                j in self.ent_tokens
                or (found and found[0].tag.POS in {"NOUN", "ADJF"} and found[0].tag.case != "ablt")
            ):
                return i
            j = self._next(j + 1)
        return i

    def _adverb(self, i: int) -> bool:
        """An adverb or a particle that says nothing against the predicate (not «не»)."""
        if self.lower[i] in {"не", "ни", "нет"}:
            return False
        found = parses(self.doc[i].text)[:1]
        return any(p.tag.POS in {"ADVB", "PRCL"} for p in found)

    def _time_phrase(self, i: int) -> int:
        """The token after a span of time between a subject and its verb: «с 2015 года»,
        «больше года», «в течение пяти лет», «долгое время», «много лет»; ``i`` when there is
        none."""
        texts = view(self.doc).texts
        j, seen = i, 0
        while j < len(texts) and seen < 5 and texts[j] not in SENTENCE_ENDS:
            found = parses(texts[j])
            word = texts[j].lower()
            if lemma(word) in TIME_NOUNS:
                return self._next(j + 1)
            if ordinal_year(word):  # «а с 2022-го был …», «с 2018-го года»
                nxt = self._next(j + 1)
                if nxt < len(texts) and lemma(texts[nxt]) == "год":
                    return self._next(nxt + 1)
                return nxt
            if month_number(texts[j]) and j > i:  # «в июне», «с 1 марта»
                nxt = self._next(j + 1)
                if nxt < len(texts) and texts[nxt].isdigit():
                    nxt = self._next(nxt + 1)  # «в июне 2023 года»
                    if nxt < len(texts) and lemma(texts[nxt]) == "год":
                        nxt = self._next(nxt + 1)
                return nxt
            if not (
                word in TIME_WORDS
                or texts[j].isdigit()
                or YEARS_SPAN.fullmatch(word)  # «в 2015–2020 годах»
                or (found and found[0].tag.POS in {"NUMR", "ADJF"})
                or any(p.tag.POS == "NUMR" for p in found[:3])  # «много лет», «несколько лет»
            ):
                return i
            j, seen = self._next(j + 1), seen + 1
        return i

    def predicates_after(self, name_end: int, name_start: int | None = None) -> list[Post]:
        """The predicate post and those the same subject takes later in its sentence:
        «он является депутатом парламента, состоит во фракции, также является членом
        комитета»; another name or pronoun ends the run."""
        posts = self.predicate_after(name_end) or self._joined_predicate(name_end)
        if not posts:
            return []
        before = self._prev(name_start) if name_start is not None else -1
        if before >= 0 and self.doc[before].text.lower() in EARLIER:
            for post in posts:  # «Ранее Петров работал заместителем главы»
                post.status = "former" if post.status == "current" else post.status
        i, seen = self._token_at(posts[-1].end), 0
        while i < len(self.doc) and seen < 40:
            text = self.doc[i].text
            if text in SENTENCE_ENDS or "\n" in text or i in self.per or is_pronoun(text):
                break
            if is_link(text):
                more = self.predicate_after(i)
                if more:
                    posts += more
                    i = self._token_at(more[-1].end)
                    continue
            i, seen = i + 1, seen + 1
        return posts

    def _joined_predicate(self, name_end: int) -> list[Post]:
        """«Сомов выиграл выборы и стал мэром», «окончил институт, а затем стал директором
        школы», «уходит с поста директора, но остаётся советником»: the name's own verb first,
        then «и», «а», «но» or «однако» and a link verb with the post; a subordinate clause,
        another name or a pronoun ends the search."""
        i = self._next(name_end)
        if i < len(self.doc) and (skip := self._time_phrase(i)) > i:
            i = skip  # «Белова более 20 лет проработала в школе, была директором»
        found = parses(self.doc[i].text)[:1] if i < len(self.doc) else []
        if not found or found[0].tag.POS != "VERB" or is_link(self.doc[i].text):
            return []
        for j in range(i + 1, min(i + 20, len(self.doc))):
            text = self.doc[j].text
            if text in SENTENCE_ENDS or "\n" in text or j in self.per or is_pronoun(text):
                return []
            if self.lower[j] == "где" and self.doc[self._prev(j)].text == ",":
                return self._where_predicate(i, j)
            if self.lower[j] in SUBORDINATORS:
                return []
            if text == "," and self._same_tense_link(i, self._next(j + 1)):
                # «родился в 1975 году, работал учителем»: a chain of the subject's verbs
                return self.predicate_after(j + 1)
            if self.lower[j] not in {"и", "а", "но", "однако"}:
                continue
            k = self._next(j + 1)
            while k < len(self.doc) and self._adverb(k):
                k = self._next(k + 1)  # «а затем», «и вскоре»
            if k < len(self.doc) and (skip := self._time_phrase(k)) > k:
                k = skip  # «а с 2022-го был первым заместителем», «а с 2019 года является»
            if k + 1 < len(self.doc) and self._before_this(k):
                k = self._next(self._next(k + 1) + 1)  # «а до того работал директором школы»
            if k < len(self.doc) and is_link(self.doc[k].text):
                return self.predicate_after(j + 1)
        return []

    def _where_predicate(self, verb: int, where: int) -> list[Post]:
        """«перешёл в правительство области, где назначен заместителем министра»: a «где»
        clause with no subject of its own whose link verb agrees with the name's verb."""
        k = self._next(where + 1)
        while k < len(self.doc) and (self._adverb(k) or self.lower[k] in AGAIN):
            k = self._next(k + 1)  # «где сейчас работает», «где вновь избран»
        if k >= len(self.doc) or not is_link(self.doc[k].text):
            return []
        first, link = parses(self.doc[verb].text)[:1], parses(self.doc[k].text)[:1]
        if not first or not link:
            return []
        a, b = first[0].tag, link[0].tag
        if a.gender and b.gender and a.gender != b.gender or a.number != b.number:
            return []  # «…, где её назначили»: another subject
        posts = self.predicate_after(where + 1)
        after = self._next(self._token_at(posts[-1].end)) if posts else len(self.doc)
        if after < len(self.doc) and (after in self.per or self.lower[after] in POSSESSIVES):
            return []  # «…, где работает директором его брат»: the subject follows
        return posts

    def _same_tense_link(self, verb: int, k: int) -> bool:
        """A link verb at token k in the past of the same gender and number as the verb at
        token ``verb``: one subject's second predicate («родился …, работал …»)."""
        if k >= len(self.doc) or not is_link(self.doc[k].text):
            return False
        first, link = parses(self.doc[verb].text)[:1], parses(self.doc[k].text)[:1]
        if not first or not link or link[0].tag.POS != "VERB":
            return False
        a, b = first[0].tag, link[0].tag
        return (
            a.tense == b.tense == "past"
            and a.number == b.number
            and (a.gender == b.gender or a.number == "plur")
        )

    def predicate_before(self, name_start: int, bridged: bool = False) -> list[Post]:
        """«Председателем комитета избран Иван Петров»: the post, a link verb, the name. The
        name's own post may stand between («Исполняющим обязанности главы назначен первый
        заместитель главы Сергей Петров»), and so may the date («с 11 марта»)."""
        doc = self.doc
        verb = self._prev(name_start) if bridged else verb_before_name(doc, name_start)
        for _ in range(2):  # «Главой района избран единогласно …», «… был сначала …»
            if verb > 0 and not bridged and self._adverb(verb) and doc[verb].text.isalpha():
                verb = self._prev(verb)
        if bridged:
            while verb >= 0 and party_member(doc[verb].text):
                verb = self._prev(verb)  # «избран действующий спикер единоросс Олег Сомов»
            if verb < 0 or is_link(doc[verb].text):
                return []
            j = verb
            while j >= 0 and self._allowed(j) and name_start - j < MAX_PHRASE:
                j -= 1
            while j >= 0 and self.doc[j].text.lower() in POSSESSIVES:
                j = self._prev(j)  # «назначен его заместитель Ахмед Аккаев»
            gap = range(j + 1, name_start)
            if j < 0 or not (any(is_head(t) for t in doc[j:name_start]) or self._description(gap)):
                return []  # «… стал 45-летний предприниматель Вадим Гусев»: a description
            verb = j
        if verb < 0 or not is_link(doc[verb].text):
            return []
        right = self._prev(verb)
        if right >= 0 and self.lower[right] == "не":
            return []  # «Главой района не избран …»: no post
        while right >= 0 and lemma(doc[right].text) == "который":
            right = self._prev(right)  # «главой которого является …»
        past = _was(doc[verb].text)  # «мэром был Вадим Булавин»: the post is behind him
        past = past or _worked(doc[verb].text)  # «Ранее министром работал …»: so is this one
        if right >= 0 and is_link(doc[right].text):
            past = False
            right = self._prev(right)  # «был назначен»
        right = self._skip_date_back(right)
        while right >= 0 and (
            doc[right].text.lower() in AGAIN | AUXILIARY_ADVERBS or self._adverb(right)
        ):
            right = self._prev(right)  # «главой поселения вновь избран», «… традиционно избрана»
        right = back_over_gap(doc, right)  # «тайным голосованием», «со второй попытки была»
        right = self._past_replaced(right)  # «Главой района вместо Александра Басова назначен»
        phrase = self._phrase_before(right, MAX_PHRASE * 2)
        if phrase is not None and not self._instrumental_post(*phrase):
            phrase = self._instrumental_within(phrase[0], right)
        if phrase is None:
            return []
        bounds = self._joined_instrumentals(phrase[0], right)
        posts = []
        for a, b in bounds:  # each part may hold more joined heads: «Первым заместителем и
            head = next((h for h in range(a, b + 1) if is_head(self.doc[h])), None)
            posts += (  # председателем комиссии избран …»
                [self.make_post(a, b + 1)] if head is None else self._coordinated(a, b + 1, head)
            )
        for post in posts:
            if past and post.status == "current":
                post.status = "former"
        return posts

    def _past_replaced(self, right: int) -> int:
        """Back past «вместо + the one replaced» ending at token ``right`` (the name, maybe
        after a participle: «вместо ушедшего в отставку Александра Басова»)."""
        if right < 0 or right not in self.per:
            return right
        j = self._prev(self.per[right].token_start)
        for _ in range(5):  # «вместо покинувшего пост», «вместо ушедшего в отставку»
            if j < 0 or self.doc[j].text in SENTENCE_ENDS or j in self.per:
                return right
            if self.lower[j] == "вместо":
                return self._prev(j)
            j = self._prev(j)
        return right

    def _joined_instrumentals(self, start: int, right: int) -> list[tuple[int, int]]:
        """«Главой города и председателем думы избран …», «Главой города – председателем
        Думы выбран …»: predicate posts in the instrumental joined by «и» or a dash before one
        link verb are two posts, (first, last) token of each; one phrase otherwise."""
        doc = self.doc
        out = [(start, right)]
        # «и» inside the phrase before a second instrumental head
        for k in range(start + 1, right):
            if self.lower[k] != "и" or not _instrumental(doc[out[-1][0]].text):
                continue
            nxt = self._next(k + 1)
            if nxt < right and self._ablative_adjective(nxt):
                nxt = self._next(nxt + 1)  # «и первым заместителем»
            if nxt <= right and is_head(doc[nxt]) and _instrumental(doc[nxt].text):
                first = out[-1][0]
                out[-1] = (first, self._prev(k))
                out.append((self._next(k + 1), right))
        # a dash before the phrase, after another instrumental post
        dash = self._prev(start)
        if dash >= 0 and doc[dash].text in DASHES and _instrumental(doc[out[0][0]].text):
            earlier = self._phrase_before(self._prev(dash))
            if earlier is not None and _instrumental(doc[earlier[0]].text):
                out.insert(0, (earlier[0], self._prev(dash)))
        return out

    def _ablative_adjective(self, i: int) -> bool:
        found = parses(self.doc[i].text)[:1]
        return bool(found) and found[0].tag.POS == "ADJF" and found[0].tag.case == "ablt"

    def participle_before(self, name_start: int) -> list[Post]:
        """«Работавший прежде директором школы Игорь Лавров», «Являющийся депутатом Олег
        Шатов»: a link verb's participle, then its post in the instrumental, then the name it
        describes; the past participle or «ранее» puts the post behind him. «Назначенный в
        мае министром …»: an appointing participle with a date, held since then."""
        right = self._prev(name_start)
        phrase = self._phrase_before(right)
        if phrase is None or not self._instrumental_post(*phrase):
            return []
        if any(self.doc[k].text == "," for k in range(phrase[0], right + 1)):
            # «Лунина, являющаяся председателем комитета, и Игорь Сотов»: a closed aside of
            # the name before, not this name's
            return []
        j = self._time_back(self._prev(phrase[0]))  # past «прежде», «с 2015 года»
        if j >= 0 and self.lower[j] in DAY_WORDS:
            j = self._time_back(self._prev(j))  # «назначенная вчера заместителем главы»
        tense = self._link_participle(j) if j >= 0 else None
        if (
            tense is None
            and j >= 0
            and j < self._prev(phrase[0])
            and self._appointing_participle(j)
        ):
            # «Назначенный в мае министром Игорь Сомов»: dated, so in office since then
            return [self.make_post(phrase[0], right + 1)] + self._post_before_and(j)
        if tense is None:
            return []
        k = self._prev(j)
        earlier = k >= 0 and self.lower[k] in EARLIER  # «Ранее работавший …»
        post = self.make_post(phrase[0], right + 1)
        if (earlier or tense == "past") and post.status == "current":
            post.status = "former"
        return [post]

    def _post_before_and(self, participle: int) -> list[Post]:
        """«Председатель комиссии по бюджету и назначенный вчера заместителем главы Пётр
        Гаврилов»: a nominative post right before «и» and the participle describes the same
        name (a post in another case, «… комиссии и назначенный», is not his)."""
        joint = self._prev(participle)
        if joint < 0 or self.lower[joint] != "и":
            return []
        phrase = self._phrase_before(self._prev(joint))
        if phrase is None or "nomn" not in _cases(self.lower[phrase[1]]):
            return []
        start = phrase[0]
        before = self._prev(start)
        if before >= 0 and (before in self.per or self.doc[before].text[:1].isalpha()):
            return []  # the phrase must open the clause: «Председатель …», «…, председатель …»
        return self._phrase_at(start)[:1]

    def _time_back(self, right: int) -> int:
        """Back past a date («с 2015 года») and words of time before token ``right``."""
        right = self._skip_date_back(right)
        while right >= 0 and self.lower[right] in EARLIER:
            right = self._skip_date_back(self._prev(right))
        return right

    def _description(self, gap: range) -> bool:
        """The words form a nominative description of the person: «45-летний
        предприниматель», and its genitive complement after the noun («студентка колледжа»,
        «учитель школы № 5»)."""
        words = [i for i in gap if not self.doc[i].is_space]
        noun = next((k for k, i in enumerate(words) if self._describes(i) and self._noun(i)), None)
        if noun is None:
            return all(self._describes(i) for i in words)
        return all(self._describes(i) for i in words[:noun]) and all(
            self._genitive(i) for i in words[noun + 1 :]
        )

    def _noun(self, i: int) -> bool:
        return any(p.tag.POS == "NOUN" for p in parses(self.doc[i].text)[:2])

    def _genitive(self, i: int) -> bool:
        text = self.doc[i].text
        return (
            text.isdigit()
            or text == "№"
            or any(p.tag.case == "gent" and p.tag.POS in {"NOUN", "ADJF"} for p in parses(text)[:2])
        )

    def _describes(self, i: int) -> bool:
        """A word of a nominative description of the person before the name: «45-летний»,
        «предприниматель», «молодой», «заслуженный» (a participle in form)."""
        found = parses(self.doc[i].text)[:2]
        return any(
            p.tag.case == "nomn"
            and (p.tag.POS in {"ADJF", "PRTF"} or (p.tag.POS == "NOUN" and "anim" in p.tag))
            for p in found
        )

    def predicate_framed(self, name_start: int, name_end: int) -> list[Post]:
        """«Главой поселения Ольга Демина работает с 2015 года»: the post in the instrumental
        before the name, the link verb right after it («работала», «была» put it behind)."""
        doc = self.doc
        verb = self._next(name_end)
        right = self._prev(name_start)
        if verb >= len(doc) or not is_link(doc[verb].text):
            return []
        if right < 0 or not self._allowed(right):
            return []  # «Главой района вместо Александра Басова назначен …»: not his post
        phrase = self._phrase_before(right)
        if phrase is None or not self._instrumental_post(*phrase):
            return []
        start = phrase[0]
        if start > 0 and is_link(doc[self._prev(start)].text):
            return []  # «избран главой Иван Петров, являвшийся …»: predicate_before's
        post = self.make_post(start, right + 1)
        passive = _was(doc[verb].text) and self._next(verb + 1) < len(doc)
        passive = passive and is_link(doc[self._next(verb + 1)].text)  # «был избран»
        past = _worked(doc[verb].text) or (_was(doc[verb].text) and not passive)
        if past and post.status == "current":
            post.status = "former"
        return [post]

    def predicate_inverted(self, name_start: int) -> list[Post]:
        """«Депутаты избрали главой района Ивана Демина»: a link verb, the post in the
        instrumental, then the name in the accusative."""
        doc = self.doc
        right = self._prev(name_start)
        if right < 0 or not self._allowed(right):
            return []
        phrase = self._phrase_before(right)
        if phrase is None:
            return []
        start, head = phrase
        verb = self._prev(start)
        if verb < 0 or not is_link(doc[verb].text) or not _instrumental(doc[head].text):
            return []
        owner = self.per.get(name_start)
        if owner is not None and superior_after(
            doc[verb].text, doc[head].text, self._genitive_name(owner)
        ):
            return []  # «работал заместителем главы Игоря Лапина»: the deputy is the subject
        return self._coordinated(start, right + 1, head)

    def _phrase_before(self, right: int, limit: int = MAX_PHRASE) -> tuple[int, int] | None:
        """(first token, first head) of the post phrase that ends at token ``right``, read
        back over at most ``limit`` tokens a post phrase can hold; None without a head."""
        if right < 0:
            return None
        left = right
        while left - 1 >= 0 and self._allowed(left - 1) and right - left < limit:
            left -= 1
        head = next((i for i in range(left, right + 1) if is_head(self.doc[i])), None)
        return None if head is None else (self._extend_left(head), head)

    def _instrumental_within(self, start: int, right: int) -> tuple[int, int] | None:
        """(first token, head) of the predicate post inside a longer run that opens with the
        act's own words: «Указом губернатора временно исполняющим обязанности главы округа
        назначен …», «Решением Думы заместителем председателя избрана …»."""
        for i in range(start + 1, right + 1):
            if i in self.status_tokens and any(
                p.tag.case == "ablt" for p in parses(self.doc[i].text)
            ):
                first = i
                while first - 1 in self.status_tokens:
                    first -= 1
                head = next((h for h in range(i, right + 1) if is_head(self.doc[h])), None)
                return None if head is None else (first, head)
            if is_head(self.doc[i]) and _instrumental(self.doc[i].text):
                return self._extend_left(i), i
        return None

    def _instrumental_post(self, start: int, head: int) -> bool:
        """A predicate post: its head, or its status words («исполняющим обязанности»), in
        the instrumental."""
        return _instrumental(self.doc[head].text) or self._instrumental_status(start, head)

    def _after_status(self, start: int, head: int) -> bool:
        return is_head(self.doc[head]) and any(i in self.status_tokens for i in range(start, head))

    def _instrumental_status(self, start: int, head: int) -> bool:
        """«исполняющим обязанности главы»: the status words carry the instrumental."""
        return any(
            i in self.status_tokens and any(p.tag.case == "ablt" for p in parses(self.doc[i].text))
            for i in range(start, head)
        )

    def _skip_date_back(self, right: int) -> int:
        """«главы города с 11 марта назначен»: the date before the verb is not the post's."""
        doc = self.doc
        if right >= 2 and month_number(doc[right].text) and doc[self._prev(right)].text.isdigit():
            prep = self._prev(self._prev(right))
            if prep >= 0 and doc[prep].text.lower() in {"с", "со"}:
                return self._prev(prep)
        if right >= 1 and month_number(doc[right].text) and self.lower[self._prev(right)] == "в":
            return self._prev(self._prev(right))  # «Назначенный в мае министром»
        if right >= 2 and lemma(doc[right].text) == "год":  # «главой Сарова с 2017 года является»
            year = self._prev(right)
            prep = self._prev(year)
            if (
                YEAR.fullmatch(doc[year].text)
                and prep >= 0
                and self.lower[prep] in {"с", "со", "в"}
            ):
                return self._prev(prep)
            since = self._prev(self._prev(prep))  # «с 2010 по 2016 год»
            if YEAR.fullmatch(doc[year].text) and self.lower[prep] == "по" and since >= 0:
                if self.lower[since] in {"с", "со"} and YEAR.fullmatch(doc[self._prev(prep)].text):
                    return self._prev(since)
        return right

    def headed_posts(self) -> list[tuple[int, Post]]:
        """(mention start, post) for «Красноармейск возглавил Александр Фёдоров», «Фёдоров
        возглавлял Котельники», «Руководить Котельниками начал Сергей Жигалов», «возглавил
        администрацию района», «Комитет по бюджету возглавила Ксения Рудакова»: heading a
        place makes its head («глава»), heading a body its chair or chief (HEADED_BODIES);
        what else one heads (a delegation, a list, a march) is too often no post. The
        imperfective past («возглавлял», «возглавлявший») is a post held before."""
        out = []
        doc = self.doc
        for token in self._tokens(lambda low: low.startswith(("возглав", "руковод"))):
            found = parses(token.text)
            verb = found[0] if found else None
            exercised = None
            if verb is not None and verb.normal_form == "руководство":
                exercised = self._exercised_leadership(token.i)
                if exercised is None:
                    continue
                headed, verb = exercised
            elif verb is None or verb.normal_form not in HEADING_VERBS:
                continue
            elif verb.tag.POS not in {"VERB", "INFN", "PRTF", "GRND"}:
                continue  # «руководитель»
            else:
                headed = self._headed_object(token.i)
            if headed is None:
                continue
            title, place, org, first, last = headed
            ends = (token.i, first, last)
            left, right = min(ends), max(ends)
            subject = self._person_beside(left, right, participle=verb.tag.POS == "PRTF")
            if subject is None:
                continue
            past = verb.tag.tense == "past" and verb.tag.aspect == "impf"
            end_char = doc[right].idx + len(doc[right])
            status = "former" if past else "current"
            if verb.tag.POS == "INFN" and future_auxiliary(self.lower, token.i, self._prev):
                status = "elect"  # «Комитетом будет руководить Петров»: as «возглавит»
            if any(
                doc[j].text.lower() in {"временно", "временное"}
                for j in range(max(0, left - 2), right + 1)
            ):  # «Временно учреждение возглавляет Николай Ершов», «Временное руководство …»
                status = "acting"
            head = lemma(title.split()[0])
            post = Post(title, org, place, doc[left].idx, end_char, head, status)
            out.append((subject, post))
        return out

    def _exercised_leadership(self, noun: int) -> tuple[tuple, Parse] | None:
        """«Руководство районом осуществляет Сергей Котов», «Котов осуществляет руководство
        управлением»: «руководство» with what it heads right after it and «осуществлять»
        after or before them is the same post as «руководит районом» (the headed object,
        its ends grown to the verb, and the verb for its tense). «Руководство районом
        перешло к Алиеву», «(Временное) руководство исполкомом поручено Петрову»: the leadership
        handed over makes its receiver the head."""
        after = self._next(noun + 1)
        if after >= len(self.doc) or not (self._headed_noun(after) or self._adjective(after)):
            return None
        headed = self._headed_object(noun)
        if headed is None or headed[3] < noun:
            return None
        for verb in (self._next(headed[4] + 1), self._prev(noun)):
            found = parses(self.doc[verb].text) if 0 <= verb < len(self.doc) else []
            handed = verb > noun and found and found[0].normal_form in LEADERSHIP_HANDED
            if found and (found[0].normal_form in {"осуществлять", "осуществить"} or handed):
                # the verb's place among the ends: «Котов осуществляет руководство …»
                title, place, org, first, last = headed
                return (title, place, org, min(first, verb), max(last, verb)), found[0]
        return None

    def _headed_object(self, verb: int) -> tuple[str, str | None, str | None, int, int] | None:
        """(title, place, org, first token, last token) of what the verb heads: a named place
        right after or before it, else a body or a place said by a common noun
        («администрацию Лесного района», «город», «комитет по бюджету»)."""
        loc = self._entity_beside(verb)
        if loc is not None and loc.token_end - loc.token_start == 1 and self._common_body(loc):
            loc = None  # «Районом руководит …» opening a sentence: slovnet's LOC is no name
        if loc is not None:
            place = self._place_name(self._innermost_place(loc))
            return "глава", place, None, loc.token_start, loc.token_end - 1
        after = self._next(verb + 1)
        adjectives = []
        while after < len(self.doc) and len(adjectives) < 3 and self._adjective(after):
            adjectives.append(after)  # «возглавляющего контрольно-счётную палату»
            after = self._next(after + 1)
        if after < len(self.doc) and self._headed_noun(after):
            return self._headed_phrase(after, adjectives)
        if not adjectives:  # «возглавлявший до этого комитет», «… на протяжении пяти лет …»
            timed = past_time_words(self.lower, after, self._time_phrase, self._next)
            while timed < len(self.doc) and len(adjectives) < 3 and self._adjective(timed):
                adjectives.append(timed)
                timed = self._next(timed + 1)
            if after < timed < len(self.doc) and self._headed_noun(timed):
                return self._headed_phrase(timed, adjectives)
            adjectives = []
        antecedent = self._relative_antecedent(verb)
        if antecedent is not None:
            return self._headed_phrase(antecedent)
        start = verb
        if parses(self.doc[verb].text)[:1] and parses(self.doc[verb].text)[0].tag.POS == "INFN":
            aux = future_auxiliary(self.lower, verb, self._prev)
            if aux is not None:  # «Комитетом по бюджету будет руководить»
                start = aux
        before = self._skip_date_back(self._prev(start))  # «Управление с 2015 года возглавляет»
        while before >= 0 and self._adverb_before_verb(before):
            # «Совет ветеранов теперь возглавляет», «… также впервые возглавил»
            before = self._skip_date_back(self._prev(before))
        found = self._headed_back(before)
        if found is None:
            # «Фракцию «Единая Россия» в городской думе возглавил»: the body the headed one
            # sits in, between it and the verb, is no part of the title
            inside = self._body_locative_back(before)
            if inside is not None:
                found = self._headed_back(inside, bounded=True)
        return found

    def _body_locative_back(self, end: int) -> int | None:
        """The token before «в/на» + a body ending at ``end`` («в городской думе», «в Совете
        депутатов района»), else None."""
        for prep in range(end - 1, max(-1, end - 6), -1):
            if self.lower[prep] in {"в", "во", "на"}:
                noun = self._next(prep + 1)
                while noun < end and self._adjective(noun):
                    noun = self._next(noun + 1)
                if not self._headed_noun(noun) or not any(
                    p.tag.case in {"loct", "loc2"} for p in parses(self.doc[noun].text)
                ):
                    return None
                if noun != end and not self._genitive_chain(noun, end):
                    return None
                return self._prev(prep)
            if self.doc[prep].text in SENTENCE_ENDS or not self.doc[prep].text[:1].isalpha():
                return None
        return None

    def _headed_back(
        self, before: int, bounded: bool = False
    ) -> tuple[str, str | None, str | None, int, int] | None:
        """The headed phrase that runs up to ``before``, read backwards from it; ``bounded``
        cuts the phrase there (what follows is a body it sits in)."""
        nouns = []
        start = before
        while start >= 0 and self.doc[start].text not in SENTENCE_ENDS:
            if before - start >= 6 and not self._remit_back(start + 1, before):
                break  # a longer run only through a remit («по бюджету, налогам и финансам»)
            if before - start >= MAX_PHRASE:
                break
            if self._headed_noun(start) and not self._after_preposition(start):
                # «Комитет по бюджету возглавила»; not «(объединением) в городской думе»
                nouns.append(start)
            start = self._prev(start)
        # the outermost noun whose phrase runs up to the verb: «Законодательное собрание
        # Пермского края возглавил» heads the assembly, not the region
        for start in reversed(nouns):
            if self.doc[start].text not in HEADED_ABBREVIATIONS and not any(
                p.tag.case in HEADED_CASES for p in parses(self.doc[start].text)
            ):
                continue  # «(Совете депутатов) района»: a genitive depends on a noun before
            phrase = self._headed_phrase(
                start, self._kind_adjectives(start), last=before if bounded else None
            )
            if phrase[4] == before and self._genitive_chain(start, before):
                return phrase
        return None

    def _kind_adjectives(self, noun: int) -> list[int]:
        """The adjectives right before the noun that say its kind («Постоянный комитет»,
        «Контрольно-счётную палату»), not its time («новый», «прежний»), up to two."""
        out: list[int] = []
        i = self._prev(noun)
        while (
            i >= 0 and len(out) < 2 and self._adjective(i) and self.lower[i] not in TIME_ADJECTIVES
        ):
            out.insert(0, i)
            i = self._prev(i)
        return out

    def _genitive_chain(self, head: int, end: int) -> bool:
        """The words after the headed noun up to ``end`` depend on it: genitives, or anything
        after a preposition («по бюджету»); a word with no genitive reading before any
        preposition begins another phrase («села и школы праздничное шествие»)."""
        quoted = 0
        for j in range(head + 1, end + 1):
            text = self.doc[j].text
            if text in {"«", "„", "“", "»"}:
                quoted += 1 if text != "»" else -1
            if self.doc[j].is_space or not text[:1].isalpha() or text == "и":
                continue
            found = parses(text)
            if self.lower[j] in PREPOSITIONS or (found and found[0].tag.POS == "PREP"):
                return True
            if not text[:1].islower() or quoted > 0:
                continue  # a name («Пермского края», «Единая Россия», «Новые люди»)
            if found and found[0].tag.POS in {"NOUN", "ADJF", "PRTF"}:
                if not any(p.tag.case == "gent" for p in found):
                    return False
        return True

    def _remit_back(self, start: int, before: int) -> bool:
        """Tokens start..before are a remit list opened by «по» or a genitive list with «и»:
        lower-case words, commas and «и» only, closed by «и» and one or two words."""
        words = [self.doc[j].text for j in range(start, before + 1) if not self.doc[j].is_space]
        # the list closes right before the verb: «…, налогам и финансам возглавил»
        return "и" in words[-3:-1] and all(
            w in {",", "и"} or (w[:1].islower() and w.replace("-", "").isalpha()) for w in words
        )

    def _adverb_before_verb(self, i: int) -> bool:
        """«теперь», «также», «впервые», «уже»: an adverb or particle between what is
        headed and the verb."""
        word = self.lower[i]
        if word in AUXILIARY_ADVERBS | EARLIER | {"также", "тоже", "уже"}:
            return True
        found = parses(word)[:1]
        return bool(found) and found[0].tag.POS == "ADVB" and word.isalpha()

    def _adverbs_back(self, i: int) -> int:
        """The token before up to three adverbs ending at token i."""
        for _ in range(3):
            if i < 0 or not self._adverb_before_verb(i):
                break
            i = self._prev(i)
        return i

    def _common_body(self, ent: Entity) -> bool:
        """A one-word entity that is a common noun of a headed body («Районом», «Городом»
        capitalised at a sentence start), with no reading as a place name."""
        found = parses(self.doc[ent.token_start].text)
        return (
            self._headed_noun(ent.token_start)
            and bool(found)
            and not any("Geox" in p.tag for p in found)
        )

    def _relative_antecedent(self, verb: int) -> int | None:
        """«ТОС «Солнечный», которым руководит …», «школа № 5, которую возглавляет …»: the
        body a relative «который» right before the verb stands for (past its quoted name or
        number)."""
        rel = self._skip_date_back(self._prev(verb))  # «которое с 2015 года возглавляет»
        after = self._next(verb + 1)
        if after < len(self.doc) and lemma(self.doc[after].text) == "который":
            rel = verb  # «музей, руководит которым …»: the verb before its «который»
        elif rel < 1 or lemma(self.doc[rel].text) != "который":
            return None
        comma = self._prev(rel)
        if comma < 1 or self.doc[comma].text != ",":
            return None
        k = self._prev(comma)
        if self.doc[k].text in {"»", '"'}:
            opening = next(
                (j for j in range(k - 1, max(-1, k - 8), -1) if self.doc[j].text in OPEN_QUOTES),
                None,
            )
            k = self._prev(opening) if opening is not None else -1
        elif self.doc[k].text.isdigit() and self.lower[self._prev(k)] == "№":
            k = self._prev(self._prev(k))  # «школа № 5, которую возглавляет»
        if k >= 0 and self.doc[k].text in HEADED_ABBREVIATIONS:
            # «МУП «…», которым руководит»: left out, it added a false post on own held rows
            return None
        if k >= 0 and self._headed_noun(k):
            return k
        # «Комитет по бюджету, которым руководит»: a body whose phrase runs up to the comma
        for start in range(k - 1, max(-1, k - 6), -1):
            if not self._allowed(start):
                return None
            if self._headed_noun(start) and self._headed_phrase(start)[4] == k:
                return start
        return None

    def _after_preposition(self, noun: int) -> bool:
        """A preposition before the noun, past its adjectives: «в городской думе»."""
        i = self._prev(noun)
        while i >= 0 and self._adjective(i):
            i = self._prev(i)
        return i >= 0 and self.lower[i] in PREPOSITIONS

    def _headed_noun(self, i: int) -> bool:
        token = self.doc[i]
        return (
            i not in self.per
            and token.text[:1].isalpha()
            and token.text in HEADED_ABBREVIATIONS
            or any(
                p.tag.POS == "NOUN" and p.normal_form in HEADED_BODIES and p.tag.number != "plur"
                for p in parses(split_prefix(token.text)[1])
            )
        )

    def _adjective_reading(self, i: int) -> bool:
        """Any adjective reading: «Ключевского» is first of all a surname to pymorphy3."""
        return i not in self.per and any(p.tag.POS == "ADJF" for p in parses(self.doc[i].text))

    def _adjective(self, i: int) -> bool:
        found = parses(self.doc[i].text)
        return i not in self.per and bool(found) and found[0].tag.POS == "ADJF"

    def _headed_phrase(
        self, noun: int, adjectives: list[int] | None = None, last: int | None = None
    ) -> tuple[str, str | None, str | None, int, int]:
        """«администрацию Лесного района» -> («глава администрации Лесного района», …): the
        post noun the body calls for, then the body in the genitive and its complements."""
        doc = self.doc
        if doc[noun].text in HEADED_ABBREVIATIONS:
            return self._abbreviated_body(noun)
        prefix, noun_word = split_prefix(doc[noun].text)  # «IT-отделом»: the noun after «IT-»
        found = [p for p in parses(noun_word) if p.tag.POS == "NOUN"]
        body = next(p for p in found if p.normal_form in HEADED_BODIES)
        genitive = prefix + (inflect(body, {"gent", "sing"}) or body.normal_form)
        words = []
        for i in adjectives or []:
            adjective = parses(doc[i].text)[0]
            grammemes = {"gent", "sing"} | ({body.tag.gender} if body.tag.gender else set())
            word = inflect(adjective, grammemes) or doc[i].text.lower()
            words.append(word if "ё" in doc[i].text.lower() else word.replace("ё", "е"))
        if "ё" not in doc[noun].text.lower():
            genitive = genitive.replace("ё", "е")  # as the text writes it: «поселка»
        genitive = " ".join([*words, genitive])
        if body.normal_form == "министерство" and not words:
            genitive = ""  # «министерство культуры» is headed by the «министр культуры»
        end = noun + 1
        stop = len(doc) if last is None else last + 1
        while end < stop and self._allowed(end) and end - noun < MAX_PHRASE:
            if doc[end].text.isdigit() or month_number(doc[end].text):
                break
            if self.lower[end] in AUXILIARY_ADVERBS:
                break  # «администрацию района временно возглавляет»: the verb's, not the body's
            end += 1
        while end > noun + 1 and not doc[end - 1].text[:1].isalnum():
            end -= 1
        while end > noun + 1 and doc[end - 1].text.lower() in PREPOSITIONS:
            end -= 1
        quotes = [t.text for t in doc[noun + 1 : end]]
        if quotes.count("«") > quotes.count("»") and end < len(doc) and doc[end].text == "»":
            end += 1  # «молодёжный центр «Импульс»» ends with its quote
        first = adjectives[0] if adjectives else noun
        org, place = self._org_and_place(  # not an entity the NER began before the body
            ent
            for i in range(noun + 1, end)
            for ent in self.ent_tokens.get(i, [])
            if ent.token_start >= first
        )
        tail = doc[noun + 1 : end].text
        title = " ".join(w for w in (HEADED_BODIES[body.normal_form], genitive, tail) if w)
        if place and genitive:  # «глава администрации Лесного района»: the place is no title
            title = f"{HEADED_BODIES[body.normal_form]} {genitive}"
        if not org:  # «Комитет по бюджету» in lower case, a quoted name as written
            head, quote, rest = title.partition("«")
            title = head.lower() + quote + rest
        return title, place, org, first, end - 1

    def _abbreviated_body(self, noun: int) -> tuple[str, str | None, str | None, int, int]:
        """«ТОС «Солнечный»» -> («председатель», None, «ТОС «Солнечный»», …): the post the body
        calls for, and the body with its quoted name as its organisation."""
        doc = self.doc
        end = self._next(noun + 1)
        if end < len(doc) and doc[end].text in OPEN_QUOTES:
            close = next(
                (j for j in range(end + 1, min(len(doc), end + 8)) if doc[j].text in {"»", '"'}),
                None,
            )
            end = close + 1 if close is not None else noun + 1
        else:
            end = noun + 1
        place = None
        for ent in self.ent_tokens.get(end, []) if end < len(doc) else []:
            if ent.type == "LOC" and ent.token_start == end:
                # «ТИК Октябрьского района»: the body of a place
                place, end = self._place_name(ent), ent.token_end
                break
        org = normal_phrase([t.text for t in doc[noun:end]], [t.whitespace_ for t in doc[noun:end]])
        return HEADED_ABBREVIATIONS[doc[noun].text], place, org, noun, end - 1

    def _places_of_one_noun(self, entities: list[Entity]) -> list[Entity]:
        """«главы Кировского и Московского районов»: places said by adjectives joined by «и»
        or commas that share one plural noun are no one place; the post keeps them in its
        title (the place of the first alone would be half the post)."""
        places = sorted((e for e in entities if e.type == "LOC"), key=lambda e: e.token_start)
        for n, last in enumerate(places):
            noun = [p for p in parses(self.doc[last.token_end - 1].text) if p.tag.POS == "NOUN"]
            if not noun or any(p.tag.number != "plur" for p in noun):
                continue
            run = [last]
            for ent in reversed(places[:n]):
                lone = ent.token_end - ent.token_start == 1 and self._adjective_reading(
                    ent.token_start
                )
                if not lone or not self._joined(ent.token_end, run[0].token_start):
                    break
                run.insert(0, ent)
            if len(run) > 1:
                return run
        return []

    def _org_and_place(self, entities: Iterable[Entity]) -> tuple[str | None, str | None]:
        """The first organisation and the first place among a post's entities."""
        org = place = None
        entities = list(entities)
        orgs = [(e.token_start, e.token_end) for e in entities if e.type == "ORG"]
        for ent in entities:
            if ent.type == "ORG" and org is None:
                org = ent.normal
            named = any(  # «Единой России»: the place is a word of the organisation's name
                a < ent.token_start and ent.token_end <= b and self._adjective(ent.token_start - 1)
                for a, b in orgs
            )
            if ent.type == "LOC" and place is None and not named and not self._bare_adjectives(ent):
                place = self._place_name(self._innermost_place(ent))
        return org, place

    def _bare_adjectives(self, ent: Entity) -> bool:
        """«по Канашскому одномандатному (избирательному округу)»: a place of two or more
        adjectives cut before its lower-case noun names no place."""
        words = [t.text for t in self.doc[ent.token_start : ent.token_end]]
        if len(words) < 2 or ent.token_end >= len(self.doc):
            return False
        if not self.doc[self._next(ent.token_end)].text[:1].islower():
            return False
        return all(any(p.tag.POS == "ADJF" for p in parses(w)[:1]) for w in words)

    def _entity_beside(self, verb: int) -> Entity | None:
        """The place right after the verb, else right before it."""
        for i in (self._next(verb + 1), self._adverbs_back(self._prev(verb))):
            ents = self.ent_tokens.get(i, []) if i >= 0 else []
            for ent in ents:
                if ent.type == "LOC" and i in (ent.token_start, ent.token_end - 1):
                    owner = self._prev(ent.token_start)
                    if (
                        i < verb
                        and owner >= 0
                        and (
                            self.lower[owner] in {"в", "во", "на"}
                            or self.doc[owner].text == "»"
                            or self._headed_noun(owner)
                        )
                    ):
                        # «Школу в посёлке Лесном возглавила», «МУП «Водоканал» Лесного
                        # района возглавил»: where the headed body is, not what is headed
                        continue
                    if self._body_not_place(ent.token_start, ent.token_end):
                        continue  # «Палату района возглавила» read as one place
                    body = any(  # «Законодательное собрание Пермского края возглавил»
                        o.type == "ORG" and o.token_start < ent.token_start for o in ents
                    )
                    return None if body else ent
        return None

    def _body_not_place(self, start: int, end: int) -> bool:
        """The first noun of tokens start..end is a body headed by no «глава»: «палата»,
        «комитет», «школа» («Контрольно-счётную палату района» read as one place)."""
        for i in range(start, end):
            found = parses(self.doc[i].text)[:1]
            if found and found[0].tag.POS == "NOUN":
                return HEADED_BODIES.get(found[0].normal_form, "глава") != "глава"
        return False

    def _person_beside(self, left: int, right: int, participle: bool = False) -> int | None:
        """The name right after the verb phrase (maybe past one auxiliary verb), else right
        before it; a participle's name stands before its comma («Гиматдинов, возглавлявший
        город»)."""
        after = self._skip_until(self._next(right + 1))
        for _ in range(2):  # «Комиссию возглавлял сначала …», «… возглавила 32-летняя …»
            if (
                after < len(self.doc)
                and after not in self.per
                and (
                    self._adverb(after)
                    or AGE_WORD.match(self.lower[after])
                    or self.lower[after] in RELATIVE_OBJECTS
                )
            ):
                after = self._next(after + 1)
        if after < len(self.doc) and after not in self.per:
            found = parses(self.doc[after].text)
            if found and (
                found[0].tag.POS == "VERB"
                or (found[0].tag.POS == "PRTS" and found[0].normal_form in ENTRUSTING_VERBS)
            ):
                after = self._next(after + 1)  # «начал», «поручено (его заместителю)»
        if after < len(self.doc) and self.lower[after] in {"к", "ко"}:
            moved = parses(self.doc[right].text)
            if moved and moved[0].normal_form == "перейти":
                after = self._next(after + 1)  # «руководство районом перешло к Алиеву»
        if (
            after < len(self.doc)
            and after not in self.per
            and (self._allowed(after) or self.doc[after].text.lower() in POSSESSIVES)
        ):
            # «исполняет (его) первый заместитель Сергей Иванов»: the name past its own post
            j = self._next(after + 1)
            while (
                j < len(self.doc)
                and j not in self.per
                and self._allowed(j)
                and j - after < LONG_POST
            ):
                j = self._next(j + 1)
            if j < len(self.doc) and j in self.per and any(is_head(t) for t in self.doc[after:j]):
                after = j
        if after < len(self.doc) and after not in self.per:
            # «возглавлявшая комиссию и назначенная вчера заместителем главы Ольга …»
            reached = name_past_participle_clause(self.doc, after, self.per)
            if reached is not None:
                after = reached
        if after < len(self.doc) and after not in self.per:
            past = year_span_end(self.doc, after)  # «руководивший областью с 1991 по 2010 гг. Чуб»
            if past < len(self.doc) and past in self.per:
                after = past
        if after < len(self.doc) and after in self.per:
            return self.per[after].token_start
        before = self._skip_time_back(self._prev(left), left)
        before = self._skip_earlier(before)
        if before >= 0 and lemma(self.doc[before].text) == "который":
            participle, before = True, self._prev(before)  # «Иванов, который возглавляет»
        if participle and before >= 0 and self.doc[before].text in {",", "("}:
            before = self._prev(before)  # «Резвый (до сегодняшнего дня возглавлявший комиссию)»
        elif before >= 0 and self.doc[before].text == ",":
            before = self._past_aside(before)  # «Лаптев, избранный в 2020 году, возглавляет»
        before = self._skip_earlier(before)
        if before >= 0 and before in self.per:
            return self.per[before].token_start
        joiner = self._joiner_before(left)
        return self._joined_subject(joiner) if joiner is not None else None

    def _joiner_before(self, verb: int) -> int | None:
        """The «а» of «…, а (с 2019 года | затем) возглавляет» (or the «чего» of «…, после чего
        возглавил») right before the verb at token ``verb`` (not when the verb is preceded
        by its object: «…, а комитет возглавила»)."""
        found = parses(self.doc[verb].text)
        if not found or found[0].tag.POS != "VERB":
            return None
        k = self._prev(verb)
        for _ in range(6):
            if k < 1 or self.doc[k].text in SENTENCE_ENDS or k in self.per:
                return None
            after_that = (  # «…, после чего возглавил», «…, после этого возглавил»
                self.lower[k] in {"чего", "этого"}
                and self.lower[self._prev(k)] == "после"
                and self.doc[self._prev(self._prev(k))].text == ","
            )
            then = (  # «…, затем руководил отделом»: a comma and a word of sequence alone
                self.lower[k] in THEN_JOINERS and self.doc[self._prev(k)].text == ","
            )
            if then:
                k = self._prev(k)
            if then or after_that or self.lower[k] == "а" and self.doc[self._prev(k)].text == ",":
                j = self._next(k + 1)
                while j < verb and (self.lower[j] in THEN or self._adverb(j)):
                    j = self._next(j + 1)  # «а затем возглавил», «а сейчас руководит»
                return k if j == verb or self._time_phrase(j) == verb else None
            k = self._prev(k)
        return None

    def _joined_subject(self, joiner: int) -> int | None:
        """«Олег Бурмистров работал …, а с 2019 года возглавляет …»: a predicate joined by «,
        а» shares the subject of the sentence, when it is the sentence's only name before the
        joiner and a verb of its own follows it."""
        start = joiner
        while start > 0 and self.doc[start - 1].text not in SENTENCE_ENDS:
            start -= 1
        names = {self.per[j].token_start for j in range(start, joiner) if j in self.per}
        if len(names) != 1:
            return None
        name = names.pop()
        verbs = (
            j
            for j in range(self.per[name].token_end, joiner)
            if (found := parses(self.doc[j].text)) and found[0].tag.POS == "VERB"
        )
        return name if next(verbs, None) is not None else None

    def _skip_until(self, i: int) -> int:
        """Past «до выборов», «до избрания нового главы», «на время (его) отпуска» (a span a
        verb phrase lasts) and «временно», «пока» at token i when a verb follows them:
        «исполнять обязанности до выборов будет …», «… временно будет …»."""
        j = i
        while j < len(self.doc) and self.lower[j] in AUXILIARY_ADVERBS:
            j = self._next(j + 1)  # «Исполнять обязанности главы временно будет …»
        dated = start_date_end(self.doc, j)
        if dated is not None and dated < len(self.doc):  # «… с 14 февраля будет …»
            found = parses(self.doc[dated].text)
            return dated if found and found[0].tag.POS == "VERB" else i
        if j < len(self.doc) and self.lower[j] == "на":
            j = self._next(j + 1)
            if j >= len(self.doc) or self.lower[j] != "время":
                return i
        elif j < len(self.doc) and self.lower[j] != "до":
            found = parses(self.doc[j].text) if j > i else []
            return j if found and found[0].tag.POS == "VERB" else i
        j = self._next(j + 1)
        for _ in range(4):
            if j >= len(self.doc) or j in self.per or not self.doc[j].text[:1].isalpha():
                return i
            found = parses(self.doc[j].text)
            if found and found[0].tag.POS == "VERB":
                return j
            if self.lower[j] in POSSESSIVES:
                j = self._next(j + 1)  # «на время его отсутствия»
                continue
            if not found or found[0].tag.case != "gent":
                return i
            j = self._next(j + 1)
        return i

    def _past_aside(self, comma: int) -> int:
        """The token before a participle's or «который»'s clause closed by the comma at
        ``comma`` («Лаптев, избранный в 2020 году,»); ``comma`` itself when there is none."""
        for k in range(comma - 1, max(comma - 12, -1), -1):
            text = self.doc[k].text
            if text in SENTENCE_ENDS or k in self.per:
                return comma
            if text == ",":
                first = self._next(k + 1)
                timed = self._time_phrase(first)  # «Лосева, в прошлом году избранная …,»
                if timed > first and timed < comma:
                    first = timed
                # «Громова, ранее работавшая директором,»: past the words of time first
                lead = self._apposition_time(first)[0]
                if lead >= comma:  # «Зотов, до недавнего времени, возглавлял»: time alone
                    return self._prev(k) if lead > first else comma
                opening = parses(self.doc[lead].text)[:3]
                aside = any(p.tag.POS == "PRTF" or p.normal_form == "который" for p in opening)
                # «Петров, в прошлом директор школы, возглавил …»: an apposition
                aside = aside or is_head(self.doc[lead])
                return self._prev(k) if aside else comma
        return comma

    def _skip_time_back(self, i: int, verb: int) -> int:
        """Back past a span of time that ends at token i, right before the verb: «Седов,
        который с 2015 года руководит», «Ершова, до недавнего времени возглавлявшая», «Седов
        с 2018 года руководит» (the name itself before the span)."""
        for k in range(i, max(i - 6, -1), -1):
            text = self.doc[k].text
            if k in self.per:
                j = self._next(k + 1)
                while j < i and self._adverb(j):
                    j = self._next(j + 1)  # «Рябов уже пятый год возглавляет»
                return k if k < i and self._time_phrase(j) == verb else i
            if text in SENTENCE_ENDS:
                break
            if text == "," or lemma(text) == "который":
                return k if k < i and self._time_phrase(self._next(k + 1)) == verb else i
        return i

    def _before_this(self, i: int) -> bool:
        """«до этого», «до того» at token i."""
        nxt = self._next(i + 1)
        return (
            self.doc[i].text.lower() == "до"
            and nxt < len(self.doc)
            and self.doc[nxt].text.lower() in {"этого", "того"}
        )

    def _skip_earlier(self, i: int) -> int:
        """Back past «ранее», «до этого», «будет», «временно» between a name and its verb."""
        while i >= 0:
            word = self.doc[i].text.lower()
            if word in EARLIER or self._auxiliary(i) or self._adverb(i):
                i = self._prev(i)  # also «успешно руководит», «фактически исполняет»
            elif word == "прошлом" and self.lower[self._prev(i)] == "в":
                i = self._prev(self._prev(i))  # «Седов в прошлом возглавлял администрацию»
            elif word in {"этого", "того"} and self.doc[self._prev(i)].text.lower() == "до":
                i = self._prev(self._prev(i))  # «Корнеев, до этого возглавлявший комитет»
            elif (
                word in {"дня", "момента", "времени", "года"}
                and self.lower[self._prev(i)]
                in {"этого", "того", "последнего", "недавнего", "сегодняшнего", "нынешнего"}
                and self.lower[self._prev(self._prev(i))] == "до"
            ):
                # «Белов, до этого дня руководивший районом»
                i = self._prev(self._prev(self._prev(i)))
            else:
                break
        return i

    def _auxiliary(self, i: int) -> bool:
        """«будет исполнять», «продолжит возглавлять», «временно исполняет»: words between a
        name and the verb phrase of its post."""
        word = self.doc[i].text.lower()
        if word in AUXILIARY_ADVERBS:
            return True
        found = parses(word)
        return bool(found) and found[0].tag.POS == "VERB" and found[0].normal_form in AUXILIARIES

    def assigned_posts(self) -> list[tuple[int, Post]]:
        """(mention start, post) for «Исполнение обязанностей главы администрации возложено на
        первого заместителя мэра Игоря Кладько»: duties of a post laid on a person make them
        acting holder of that post."""
        out = []
        doc = self.doc
        for token in self._tokens(lambda low: low.startswith("возлож")):
            j = self._next(token.i + 1)
            if j >= len(doc) or doc[j].text.lower() != "на":
                out += self._laid_on_before(token.i)
                continue
            k = self._next(j + 1)
            if k < len(doc) and self.lower[k] in POSSESSIVES:
                k = self._next(k + 1)  # «возложены на его первого заместителя …»
            while k < len(doc) and k not in self.per and self._allowed(k) and k - j < MAX_PHRASE:
                k += 1
            right = self._skip_date_back(self._prev(token.i))
            while right >= 0 and self.lower[right] in AUXILIARY_ADVERBS:
                right = self._prev(right)  # «Обязанности главы временно возложены»
            left = right
            while left - 1 >= 0 and self._allowed(left - 1) and right - left < MAX_PHRASE * 2:
                left -= 1
            duties = [i for i in range(left, right + 1) if lemma(doc[i].text) in DUTIES]
            heads = [i for i in range(duties[0], right + 1) if is_head(doc[i])] if duties else []
            if k not in self.per or not heads:
                continue
            post = self.make_post(self._extend_left(heads[0]), right + 1)
            post.status = "acting"
            out.append((self.per[k].token_start, post))
        return out

    def _laid_on_before(self, verb: int) -> list[tuple[int, Post]]:
        """«На Илью Ивашова возложены полномочия главы города», «На Ивашова временно
        возложено исполнение обязанностей главы»: the person before the verb, after «на»;
        the duties and their post after it."""
        name = self._adverbs_back(self._skip_date_back(self._prev(verb)))
        if name < 0 or name not in self.per:
            return []
        on = self._prev(self.per[name].token_start)
        if on < 0 or self.lower[on] != "на":
            return []
        return [(self.per[name].token_start, post) for post in self.laid_duties(verb)]

    def laid_duties(self, verb: int) -> list[Post]:
        """The acting post of the duties said right after «возложены» («полномочия главы
        города», «исполнение обязанностей главы района»)."""
        doc = self.doc
        duties = self._next(verb + 1)
        if duties < len(doc) and lemma(doc[duties].text) == "исполнение":
            duties = self._next(duties + 1)
        return self.acting_duties(duties)

    def acting_duties(self, duties: int) -> list[Post]:
        """The acting post of «полномочия/обязанности» at token ``duties`` and the post
        right after them («обязанности главы района»)."""
        doc = self.doc
        if duties >= len(doc) or lemma(doc[duties].text) not in DUTIES:
            return []
        start = self._next(duties + 1)
        if start >= len(doc) or not (is_head(doc[start]) or self._head_modifier(start)):
            return []
        posts = self._phrase_at(start)[:1]
        for post in posts:
            post.status = "acting"
        return posts

    def _phrase_at(self, start: int, name_next: bool = False) -> list[Post]:
        """The post phrase that begins at token ``start`` itself (``_phrase_after`` may begin
        it later, past an «и»)."""
        posts = self._phrase_after(start, name_next=name_next)
        # «депутатом и председателем комиссии»: the posts coordinated with the first one
        return posts if posts and posts[0].start == self.doc[start].idx else []

    def _phrase_after(
        self, start: int, stop: int | None = None, name_next: bool = False
    ) -> list[Post]:
        stop = len(self.doc) if stop is None else stop
        end = start
        while end < stop and self._allowed(end) and end - start < MAX_PHRASE * 2:
            end += 1
        heads = [j for j in range(start, end) if is_head(self.doc[j])]
        if heads:
            # «политик и лидер партии»: the post is the part after «и»
            ands = [
                j
                for j in range(start, heads[0])
                if self.doc[j].text.lower() == "и" and j not in self.status_tokens
            ]
            start = self._next(ands[-1] + 1) if ands else start
            if ands and start < heads[0] and self._link_participle(start) is not None:
                start = self._next(start + 1)  # «…, возглавлявшего район и работавшего министром»
        if not heads or any(not self._modifier(j, heads[0]) for j in range(start, heads[0])):
            return []
        if end < len(self.doc) and end in self.per and not name_next:
            # «Анна Котова, помощник депутата Петра Лунёва»: a dependent post whose superior
            # is named in the genitive is still hers
            owner = self.per[end]
            if not (lemma(self.doc[heads[0]].text) in UNDER_HEADS and self._genitive_name(owner)):
                return []  # it introduces the next name: «…, координатор движения Сергей Удальцов»
        dash = self._next(end)
        if (
            dash < len(self.doc)
            and self.doc[dash].text in DASHES
            and self._next(dash + 1) in self.per
        ):
            return []  # «…, секретарь – Ольга Кравец»: the next name's post
        while end > start and (
            not self.doc[end - 1].text[:1].isalnum()
            or self.doc[end - 1].text.lower() in POST_PREFIXES  # «обязанности мэра временно»
        ):
            end -= 1
        if end - 1 > heads[0] and self._plural_subject(end - 1):
            end -= 1  # «На должность председателя палаты депутаты утвердили …»
        return self._coordinated(start, end, heads[0])

    def _plural_subject(self, i: int) -> bool:
        """Is token i a lower-case plural noun in the nominative only, right before a verb?
        A genitive chain does not go on with a nominative: «депутаты», «жители» there are the
        subject of the verb after them, not a word of the title before."""
        text = self.doc[i].text
        if not text[:1].islower():
            return False
        found = [p for p in parses(text) if p.score > 0.05]
        if not found or any(
            p.tag.POS != "NOUN" or {"plur", "nomn"} - p.tag.grammemes for p in found
        ):
            return False
        nxt = self._next(i + 1)
        return nxt < len(self.doc) and any(
            p.tag.POS == "VERB" for p in parses(self.doc[nxt].text)[:1]
        )

    def _coordinated(self, start: int, end: int, head: int) -> list[Post]:
        """«избран депутатом и председателем комиссии»: a second head in the first one's case
        after «и» begins a second post; «заместитель главы и руководителя аппарата» (a
        genitive after «и») stays one."""
        cases = _cases(self.doc[head].text)
        for j in range(head + 1, end):
            double = self.doc[j].text in DASHES and self._double_office(j)
            if (self.lower[j] != "и" and not double) or j in self.status_tokens:
                continue
            other = self._next(j + 1)
            while other < end and self._modifier(other, other) and not is_head(self.doc[other]):
                other = self._next(other + 1)
            if (
                other < end
                and is_head(self.doc[other])
                and (cases & _cases(self.doc[other].text) or self._own_mandate(head, other))
            ):
                second = self._next(j + 1)
                first, *rest = [self.make_post(start, j), *self._coordinated(second, end, other)]
                if double and rest and rest[0].status == "current":
                    # «и.о. первого вице-губернатора — председателя правительства»: one office
                    # of two names, held in the same way
                    rest[0].status = first.status
                return [first, *rest]
        return [self.make_post(start, end)]

    def _own_mandate(self, head: int, other: int) -> bool:
        """«полномочия заместителя председателя и депутата Гордумы»: a deputy after «и» in
        the first head's genitive is an office of its own (no one is a chair's deputy's
        «депутат»); «помощника председателя и депутата» may be the deputy's aide."""
        if lemma(self.lower[other]) != "депутат" or lemma(self.lower[head]) == "помощник":
            return False
        first = {p.tag.case for p in parses(self.doc[head].text) if p.tag.POS == "NOUN"}
        second = {p.tag.case for p in parses(self.doc[other].text) if p.tag.POS == "NOUN"}
        return "gent" in first & second

    def split_appositions(self, start: int, head: int, others: list[int], end: int) -> list[Post]:
        """«Глава представительства США помощник госсекретаря»: two posts, one per head in
        the first head's case (a dependent head is genitive: «заместитель главы»)."""
        posts, cases = [], _cases(self.doc[head].text)
        dashed = []  # whether each later post follows a dash
        for other in others:
            if cases & _cases(self.doc[other].text):
                cut = self._extend_left(other)
                if cut > start:
                    posts.append(self.make_post(start, cut))
                    dashed.append(self.doc[self._prev(cut)].text in DASHES)
                    start = cut
        posts.append(self.make_post(start, end))
        for k, dash in enumerate(dashed):
            if dash and posts[k + 1].status == "current":
                # «бывший заместитель главы – начальник управления»: one office of two
                # names, held in the same way
                posts[k + 1].status = posts[k].status
        return posts

    def _modifier(self, i: int, head: int) -> bool:
        token = self.doc[i]
        if token.is_space or token.text.lower() in POST_PREFIXES or i in self.status_tokens:
            return True
        found = parses(token.text)
        # «старший научный сотрудник»: «старший» is as often a noun (a sergeant) as an adjective
        return any(
            p.tag.POS in {"ADJF", "PRTF", "NUMR"} and p.score >= found[0].score * 0.9
            for p in found[:3]
        )

    def _extend_left(self, head: int) -> int:
        start = head
        while True:
            i = self._prev(start)
            if i < 0:
                return start
            token = self.doc[i]
            low = token.text.lower()
            if low in POST_PREFIXES or i in self.status_tokens or ORDINAL_SHAPE.fullmatch(low):
                start = i  # «1-го заместителя»: the ordinal is the title's
                continue
            if (
                token.text[:1].isalpha()
                and i not in self.per
                and not token.text.isupper()
                and _modifies(token.text, self.doc[head].text)
            ):
                start = i
                continue
            return start

    # output --------------------------------------------------------------------------------
    def make_post(self, start: int, end: int, plural_head: int | None = None) -> Post:
        """The post of tokens start..end; ``plural_head``: the head of a post shared by a
        list of names, said in the plural («заместители главы») and given in the singular."""
        doc = self.doc
        while end > start and not doc[end - 1].text[:1].isalnum():
            end -= 1
        quoted = [t.text for t in doc[start:end]]
        if quoted.count("«") > quoted.count("»") and end < len(doc) and doc[end].text == "»":
            end += 1  # «глава ОАО «Газпром»» ends with its quote
        title_end = end
        # an entity opening the phrase («Членами комиссии» read as an ORG) is the post itself
        inside = [
            ent
            for i in range(start, end)
            for ent in self.ent_tokens.get(i, [])
            if ent.token_start > start
        ]
        shared = self._places_of_one_noun(inside)
        inside = [ent for ent in inside if ent not in shared]
        title_end = min([title_end, *(self._title_cut(ent, inside) for ent in inside)])
        org, place = self._org_and_place(inside)
        body = next((e for e in inside if e.type == "ORG"), None)
        if body is not None and start < title_end < body.token_start:
            # «председатель городского Собрания»: the body with its adjectives
            words = doc[title_end : body.token_end]
            org = normal_phrase([t.text for t in words], [t.whitespace_ for t in words])
        title_end = max(title_end, start + 1)
        while title_end > start + 1 and (
            doc[title_end - 1].text.lower() in PREPOSITIONS | JOINERS | PLACE_ABBREVIATIONS | {"и"}
            or doc[title_end - 1].text == "."
        ):
            title_end -= 1  # «глава г. Махачкалы»: «г.» goes with the place
        heads = [i for i in range(start, end) if is_head(doc[i])]
        if plural_head is not None:
            heads = [plural_head]
        status, first, cut = self._status(start, heads[0] if heads else title_end - 1)
        if heads and first < heads[0] and self._counting_ordinal(first, heads[0]):
            first = self._next(first + 1)  # «второй мэр Махачкалы»: which one, not the office
        words = [
            ORDINALS.get(t.text[:1], t.text) if ORDINAL_SHAPE.fullmatch(t.text.lower()) else t.text
            for t in doc[first:title_end]
        ]
        words = [abbreviated_head(t) or w for t, w in zip(doc[first:title_end], words, strict=True)]
        # «Преседатель комиссии»: a misspelt head is written as the word it misspells
        words = [match_case(w, head_typo(w) or w) for w in words]
        glued = words[0][:cut]  # «экс-» of «экс-премьера»: cut after the word is normalised
        for j in range(1, len(words)):
            if words[j] == "." and abbreviated_head(doc[first + j - 1]):
                words[j] = ""  # the dot of «зам.»: the word is written out
        if plural_head is not None and first <= plural_head < title_end:
            words[plural_head - first] = _singular_form(words[plural_head - first])
        spaces = [t.whitespace_ for t in doc[first:title_end]]
        head = lemma(words[heads[0] - first].lower()) if heads else ""
        k = heads[0] - first if heads else -1
        if 0 <= k < len(words) and parses(words[k]) and parses(words[k])[0].tag.POS != "NOUN":
            # «заведующей отделом»: the participle is the head, its object stays as written
            tail = "".join(w + sp for w, sp in zip(words[k + 1 :], spaces[k + 1 :], strict=True))
            title = (normal_phrase(words[: k + 1], spaces[: k + 1]) + spaces[k] + tail).strip()
            head = participle_lemma(words[k])
        else:
            title = normal_phrase(words, spaces)
        if title[:1].isupper() and not title[:2].isupper():
            title = title[:1].lower() + title[1:]
        elif _in_capitals(words):
            title = title.lower()  # a headline in capitals: «ГЛАВА РАЙОНА ИВАН СОМОВ …»
        if glued and title.lower().startswith(glued.lower()):
            title = title[len(glued) :]
        expanded = expand_compound(title)
        if expanded != title and head.startswith("зам") and not head.startswith("замест"):
            head = "заместитель"  # «замом», «замглавы»: the written-out head recurs as such
        title = expanded
        title = DEMONSTRATIVES.sub("", title)  # «заместитель председателя этого комитета»
        first_word, _, rest = title.partition(" ")
        if rest and any("Apro" in p.tag for p in parses(first_word)[:1]):
            title = rest  # «назначил своим заместителем»: the pronoun is not the title's
        end_char = doc[end - 1].idx + len(doc[end - 1])
        return Post(title, org, place, doc[start].idx, end_char, head, status)

    def _counting_ordinal(self, i: int, head: int) -> bool:
        """«второй мэр», «третьим губернатором», «первый ростовский мэр»: an ordinal before a
        chief's office counts its holders; «первый заместитель», «второй секретарь» are
        offices of their own."""
        found = parses(self.doc[i].text)[:1]
        return (
            bool(found) and "Anum" in found[0].tag and lemma(self.doc[head].text) in COUNTED_CHIEFS
        )

    def _title_cut(self, ent: Entity, inside: list[Entity]) -> int:
        """Where an entity inside a post phrase ends its title: at the entity, but «глава
        администрации Лесного района» keeps the body written in lower case and gives the place
        within it to ``place``."""
        if ent.type == "ORG" and self.doc[ent.token_start].text[:1].islower():
            places = [
                e.token_start
                for e in inside
                if e.type == "LOC" and ent.token_start < e.token_start < ent.token_end
            ]
            if places:
                return min(places)
        cut = ent.token_start
        while cut > 0 and self.doc[cut - 1].text.islower():
            if grades_adjective(self.doc, cut - 1):
                cut -= 1  # «лидер крайне правого Национального фронта»: its degree too
                continue
            if not _modifies(self.doc[cut - 1].text, self.doc[ent.token_start].text):
                break
            cut -= 1  # «председатель городского Собрания»: the adjective is the body's
        return cut

    def _status(self, start: int, head: int) -> tuple[str, int, int]:
        """(status, first token of the bare title, characters to cut from that token): «и.о.
        главы» -> acting from «главы»; «экс-мэра» -> former from «мэра»."""
        doc = self.doc
        base = doc[start].idx
        # the span's own text: ``Doc.text`` joins every token of the document anew
        status, n = split_status(doc[start : head + 1].text)
        if n == 0:
            return status, start, 0
        cut = base + n
        i = start
        while i < head and doc[i].idx + len(doc[i]) <= cut:
            i += 1
        offset = max(0, cut - doc[i].idx)
        if offset >= len(doc[i]):
            return status, i, 0  # never cut a head away whole
        return status, i, offset


@Language.factory("dw_posts")
def make_posts(nlp: Language, name: str) -> PostFinder:
    return PostFinder()
