"""Vote tallies of a duma or council: «за — 25, против — 2, воздержались — 1», «проголосовали
единогласно», «решение поддержали 28 депутатов из 30».

A tally is read sentence by sentence. Each number is tied to the side the words around it
name: after the side («"за" проголосовал 31 депутат», «против — нет»), before it («25 — за»,
«один воздержался», «при одном воздержавшемся»), or after a verb of support
(«поддержали 28 депутатов»). A bare «за» or «против» is a vote only in a sentence about voting
(«за 25 лет», «против 3 участников» are not). A sentence of only «Против — 2.» continues the
tally before it. The numbers also become the figures' ``votes_for`` / ``votes_against`` /
``abstained`` roles; a tally number with no figure of its own («за — 25») is added as one.

Records are flat, so an index can store them as they are::

    {"for": int | None, "against": int | None, "abstained": int | None, "unanimous": bool,
     "subject": str | None, "text": str, "start": int, "end": int}

A side the text does not give is null; «единогласно» means 0 against and 0 abstained.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from extraction.figure_roles import DEPUTY_UNITS
from extraction.figure_settings import scene_not_count
from extraction.morph import lemma, parses
from extraction.numbers import numeral_pattern, only_number, parse_words, word_value
from extraction.public_votes import PublicVotes
from extraction.vote_grades import grade_sides
from extraction.vote_hedges import hedged

FIELDS = ("for", "against", "abstained", "unanimous", "subject", "text", "start", "end")
_ROLE = {
    "for": "votes_for", "against": "votes_against", "abstained": "abstained",
    "present": "attendees",  # «(29 из 31)»: those who voted at all, not a side of the tally
    "all": "attendees",  # «голосовали 9 депутатов, все — «за»»: those voting, all of them for
    "whole": "members",  # «26 голосами из 27 возможных»: the whole body
}  # fmt: skip

_Q = r"[«\"„“”']"
_QC = r"[»\"“”']"
_DASH = r"\s*(?:[—–:]|-(?=\s|[0-9]))\s*"  # «за – 20», «за - 20», «за-20»
_NUMERAL = rf"(?:{numeral_pattern()})(?![\w-])"
_WORDNUM = rf"{_NUMERAL}(?:\s+{_NUMERAL}){{0,3}}"
# «8 тысяч горожан» is no tally: a number in digits stops before a scale word, and has at most
# three digits (no council has a thousand members).
_NOT_SCALED = (
    r"(?![0-9]|[.,:/-][0-9]|[ \u00a0\u202f][0-9]{3}(?![0-9])"  # «3 456 жителей»: spaced thousands
    r"|\s*(?:тыс|млн|млрд|трлн|миллион|миллиард))"
)
_NUM = rf"(?P<num>[0-9]{{1,3}}{_NOT_SCALED}|{_WORDNUM})"
_NUM2 = rf"(?P<num2>[0-9]{{1,3}}{_NOT_SCALED}|{_WORDNUM})"
_ZERO = r"(?P<zero>нет|никто|ни\s+одного|ни\s+один|не\s+было)(?![\w])"
_VOTED = (
    r"(?:проголосовал[аио]?|голосовал[аио]?|высказал(?:ся|ась|ось|ись)"
    r"|отдал[аио]?\s+(?:свои\s+)?голоса?|голоса?\s+отдал[аио]?|(?:был[аио]?\s+)?(?:подан|отдан)[оы]?|был[аио]?"
    r"|оказал(?:ся|ась|ось|ись)|выступил[аио]?)"
)
# «"за" проголосовали лишь 8 депутатов», «против — 1, воздержался тоже 1»
_ONLY = r"(?:(?:лишь|только|всего|еще|ещё|все|тоже|также)\s+)?"
_WORD = r"[а-яё]+(?:-[а-яё]+)?"  # «за отставку сити-менеджера проголосовали 34»
_SIDE = {
    "for": rf"{_Q}за{_QC}|за",
    # not the ballot's «против всех» option: «Против всех - 236 голосов»
    "against": rf"(?:{_Q}против{_QC}|против)(?![^\S\n]+всех[»\"“”]?[^\S\n]*(?:[—–:-]|$))",
    "abstained": r"[«\"„“]?(?:воздерж(?:ал(?:ся|ась|ось|ись)|авш[а-яё]*)|возд\.)[»\"“”]?",
}
# Side, then the number: «за — 25», «"За" проголосовал 31 депутат», «воздержались — 1»,
# «против — нет», «воздержавшихся не было», «за первый проект — 20».
_AFTER = {
    side: re.compile(
        rf"(?<![\w-])(?P<side>{pattern})(?:{_DASH}|,?\s+{_VOTED}\s+|\s+"
        rf"|(?P<what>(?:\s+{_WORD}){{1,3}}){_DASH}"
        rf"|(?P<what2>(?:\s+(?:{_WORD}|«[^«»]{{1,80}}»)){{1,6}}),?\s+{_VOTED}\s+"
        rf"(?:(?!{_NUMERAL})[а-яё]+\s+)?)"  # not «двадцать» of «двадцать три»
        rf"{_ONLY}(?:{_NUM}|{_ZERO})",
        re.IGNORECASE,
    )
    for side, pattern in _SIDE.items()
}
# «один депутат от ЛДПР воздержался»: the party of those counted, between them and the side.
# «трое депутатов ЛДПР воздержались», «пять депутатов фракции «Справедливая Россия» …»: a bare
# party abbreviation (capitals only) or a faction named after the noun.
_PARTY_OF = (
    r"(?:\s+от\s+(?:[А-ЯЁA-Z]{2,5}|«[^«»]{1,40}»|партии\s+«[^«»]{1,40}»)"
    r"|\s+(?:фракции|партии)\s+(?:(?-i:[А-ЯЁ]{2,6})|«[^«»]{1,40}»)|\s+(?-i:[А-ЯЁ]{2,6}))?"
)
# «Все 16 депутатов, присутствовавших на заседании, проголосовали «за»»: a participle of
# presence set off by commas between those counted and their side.
_PRESENT_ASIDE = (
    r"(?:,\s+(?:присутствовавш|присутствующ|зарегистрированн|находивш)[а-яё]*"
    r"(?:\s+[а-яё]+){0,3}(?=,))?"
)
# «Свои голоса за бюджет отдали 19 депутатов»: the votes named first, then what they were for.
_VOICES_FIRST = re.compile(
    rf"(?<![\w-])(?:свои\s+)?голоса\s+{_Q}?за{_QC}?(?:\s+[^\s.!?;:]+){{0,6}}?\s+"
    rf"(?P<verb>отдал[аио]?)\s+{_ONLY}{_NUM}",
    re.IGNORECASE,
)
# «Фракция «Единая Россия», 22 депутата, поддержала документ», «КПРФ (4 депутата) голосовала
# против»: a faction's size set off after its name, then the faction's vote.
_FACTION_APPOSITION = re.compile(
    rf"(?<![\w-])(?:фракци[яи]\s+)?(?:«[^«»]{{1,40}}»|(?-i:[А-ЯЁ]{{2,6}}))"
    rf"(?:\s+в\s+полном\s+составе)?\s*(?:,|\(|{_DASH})\s*{_NUM}(?P<noun>\s+[а-яё]+)?"
    rf"\s*(?:,|\)|{_DASH})?\s*(?:в\s+полном\s+составе,?\s+)?(?P<neg>не\s+)?"
    rf"(?P<verb>поддержал[аи]|одобрил[аи]|(?:про)?голосовал[аи]\s+{_Q}?(?P<side>за|против){_QC}?"
    rf"|воздержал(?:ась|ись))(?![\w-])",
    re.IGNORECASE,
)
# Between those counted and their vote: the body they sit in, in the genitive, and a word of
# how they voted: «18 депутатов городского совета единогласно проголосовали «за»», «14 членов
# комиссии дружно поддержали проект».
_BODY_OF = (
    r"(?:\s+(?:[а-яё]+(?:ого|его|ой|ей|ых|их)\s+){0,2}(?:совета|думы|гордумы|горсовета"
    r"|собрания|заксобрания|парламента|фракции|комиссии|комитета|созыва|сессии))?"
)
_HOW_VOTED = r"(?:\s+(?:единогласно|единодушно|дружно|также|тоже|вновь|снова|открыто))?"
# Number, then the side: «25 — за», «25 голосов «за»», «28 депутатов проголосовали за»,
# «один воздержался», «при 2 «против»».
_BEFORE = {
    side: re.compile(
        # «Трое из пяти членов комиссии проголосовали за»: the whole between, with its noun
        rf"(?<![\w-]){_NUM}(?:\s+из\s+(?:них|которых|{_NUM2}(?:\s+[а-яё]+){{0,2}}))?"
        rf"(?P<noun>\s+[а-яё]+)?{_PARTY_OF}{_PRESENT_ASIDE}"
        rf"(?:{_DASH}(?:{_VOTED}\s+)?|,?\s+{_VOTED}\s+|\s+"
        rf"|(?P<how>{_BODY_OF}{_HOW_VOTED})\s+{_VOTED}\s+)(?P<side>{pattern})(?![\w-])",
        re.IGNORECASE,
    )
    for side, pattern in _SIDE.items()
}
# What a council decides on, named between the verb and the count.
_DECIDED = (
    r"(?:проект|решени|изменени|поправк|бюджет|отч[её]т|кандидатур|инициатив|документ"
    r"|предложени|обращени)"
)
# «решение поддержали 28 депутатов», «не поддержали 3 депутата», «проголосовало из 45 35».
_SUPPORT = re.compile(
    rf"(?<![\w-])(?P<neg>не\s+|отрицательно\s+)?(?P<verb>поддержал[аио]?|одобрил[аио]?"
    rf"|(?:про)?голосовал[аио]?"
    rf"|отдал[аио]?\s+(?:свои\s+)?голоса|(?:свои\s+)?голоса\s+отдал[аио]?"
    rf"|принял[аио]?|утвердил[аио]?|решил[аио]?"
    rf"|(?:принят|согласован|утвержд[её]н|одобрен)[аоы]?"
    rf"(?=\s+(?:большинством\s+)?(?:в\s+)?[0-9а-яё]+\s+голос))"
    rf"(?:\s+во?\s+(?:первом|втором|третьем|окончательном|повторном)\s+(?:чтении|туре))?"
    rf"(?P<obj>\s+{_DECIDED}[а-яё]*)?"  # «поддержали проект 19 народных избранников»
    # «не поддержали – пятеро»: the number after a dash
    rf"(?:\s+из\s+{_NUM2})?(?:\s+|{_DASH})(?:большинством\s+(?:в\s+)?"
    rf"|(?:абсолютное\s+|подавляющее\s+|квалифицированное\s+)?большинство"
    rf"(?:\s+(?:депутатов|членов|присутствующих|присутствовавших|голосов))?{_DASH}"
    rf"|все\s+присутств[а-яё]+{_DASH})?{_ONLY}{_NUM}",
    re.IGNORECASE,
)
# «голосовали 9 депутатов, все — «за»»: every one of those voting was for.
_ALL_FOR = re.compile(
    rf"(?:\s+[а-яё]+){{0,2}},?\s+(?:и\s+)?все(?:{_DASH}|\s+(?:{_VOTED}\s+)?)(?:{_Q}за{_QC}|за)"
    rf"(?![\w-])",
    re.IGNORECASE,
)
# «остальные 17 депутатов признали работу удовлетворительной», «остальные 20 – «за»»
_REST_FOR = re.compile(
    rf"(?<![\w-])(?:остальные|оставшиеся)\s+{_NUM}(?P<noun>\s+[а-яё]+)?"
    rf"(?=\s+(?:поддержал|одобрил|признал|проголосовал|голосовал|высказал)|{_DASH}{_Q}?за(?![\w-]))",
    re.IGNORECASE,
)
# «В поддержку проекта высказались 22 депутата»: the supporters, after the verb.
_IN_SUPPORT = re.compile(
    rf"(?<![\w-])в\s+поддержку(?:\s+[а-яё]+){{0,4}}\s+(?P<verb>высказал[аио]?с[ья]|"
    rf"проголосовал[аио]?|выступил[аио]?)\s+{_ONLY}{_NUM}",
    re.IGNORECASE,
)
_SUPPORT_AFTER = re.compile(
    rf"(?<![\w-]){_NUM}(?P<noun>\s+[а-яё]+)?{_BODY_OF}{_HOW_VOTED}\s+(?P<neg>не\s+)?"
    rf"(?P<verb>поддержал[аио]?|одобрил[аио]?)"
    rf"(?![\w-])",
    re.IGNORECASE,
)
# «Иванов получил 20 голосов», «Петров набрал 18 голосов»: a candidate's votes at a sitting.
_GOT_VOTES = re.compile(
    rf"(?<![\w-])(?:получил[аио]?|набрал[аио]?|получивш[а-яё]+|набравш[а-яё]+)\s+{_NUM}"
    rf"\s+голос(?:ов|а)?(?![\w-])"  # «избран Иванов, получивший 15 голосов», «21 голос»
    rf"(?!\s+(?:из|избирател|жител|горожан))",
    re.IGNORECASE,
)
# «17 голосов получил Иван Орлов»: the same, the count first and the candidate named after.
_VOTES_GOT_BY = re.compile(
    rf"(?<![\w-]){_NUM}\s+голос(?:ов|а)?\s+(?:получил[аио]?|набрал[аио]?)"
    rf"(?=\s+(?:[а-яё]+\s+)?[А-ЯЁ][а-яё]+)",
    re.IGNORECASE,
)
# Words of voting itself, not only of a body: «поддержали», «принято», «голосов», «за».
_VOTE_ACT = re.compile(
    r"голос|приня|принят|поддерж|одобр|утверд|избра|воздерж|решени|отклон"
    r"|(?<![\w-])(?:за|против)(?![\w-])",
    re.IGNORECASE,
)
# «(29 из 31)» in a sentence about a vote: the first is for; the whole may name its noun,
# «большинством голосов (11 из 12 депутатов)».
_OUT_OF = re.compile(
    rf"\(\s*{_NUM}\s+из\s+{_NUM2}"
    r"(?:\s+(?:депутатов|членов|присутствующих|присутствовавших|голосов|возможных))?\s*\)",
    re.IGNORECASE,
)
# «поддержали кандидатуру Иванова 20 голосами»: votes for, in the instrumental.
_BY_VOTES = re.compile(
    rf"(?<![\w-]){_NUM}\s+голос(?:ами|ом)(?!\s+(?:из(?![\w-])|[«\"]?против|[«\"]?воздерж))",
    re.IGNORECASE,
)
# «приняты 19 голосами против 6»: the votes for, then those against.
_VOTES_AGAINST = re.compile(
    rf"(?<![\w-]){_NUM}\s+голос(?:ами|ом|ов|а)?\s+против\s+{_NUM2}(?![\w-])", re.IGNORECASE
)
# «Большинством голосов (16 против 4)»: a bracketed tally in a sentence about a vote.
_BRACKET_AGAINST = re.compile(rf"\(\s*{_NUM}\s+против\s+{_NUM2}(?![\w-])", re.IGNORECASE)
# «избран 14 голосами из 15», «получил 18 голосов из 25»: the votes for, out of those voting.
_VOTES_OUT_OF = re.compile(
    rf"(?<![\w-]){_NUM}\s+голос(?:ами|ом|ов|а)?(?:\s+депутатов)?\s+из\s+{_NUM2}(?![\w-])",
    re.IGNORECASE,
)
# The noun first: «принят голосами 18 из 21», «избран голосами 20 депутатов».
_VOTES_NOUN_FIRST = re.compile(
    rf"(?<![\w-])голосами\s+{_ONLY}{_NUM}(?:(?:\s+(?:депутатов|членов))?\s+из\s+{_NUM2}(?![\w-])"
    rf"|(?=\s+(?:депутат|член|народн|парламентари|присутств)))",
    re.IGNORECASE,
)
# «проголосовало большинство депутатов – 16 из 20», «большинством голосов: 18 из 25»: the
# majority, then how many of those voting.
# «Большинством в 20 голосов депутаты приняли решение»: the votes for, whatever comes after.
_MAJORITY_IN = re.compile(
    rf"(?<![\w-])большинством\s+в\s+{_NUM}\s+голос(?:ов|а)(?![\w-])", re.IGNORECASE
)
_MAJORITY_OUT_OF = re.compile(
    rf"(?<![\w-])большинств(?:о|ом)(?:\s+(?:голосов|депутатов|членов|присутствующих))?"
    rf"{_DASH}{_NUM}\s+из\s+{_NUM2}(?![\w-])",
    re.IGNORECASE,
)
# «поддержали 22 депутата из 27», «поддержали 11 из 20 депутатов»: those voting at all.
_SUPPORT_OUT_OF = re.compile(rf"(?P<noun>\s+[а-яё]+)?\s+из\s+{_NUM2}(?![\w-])", re.IGNORECASE)
_UNANIMOUS = re.compile(r"(?<![\w-])единогласн\w*|(?<![\w-])единодушн\w*", re.IGNORECASE)
# «единогласно — 25 депутатов», «все 25 депутатов … единогласно»: how many voted for.
# «единогласно избран Иванов (25 голосов)»
_UNANIMOUS_PAREN = re.compile(rf"\(\s*{_NUM}(?=\s+(?:голос|депутат))", re.IGNORECASE)
_UNANIMOUS_COUNT = re.compile(
    rf"(?:(?<![\w-])(?:единогласн|единодушн)\w*(?:\s*[—–:,(]\s*|\s+)(?:все\s+)?"
    rf"|(?<![\w-])все\s+)(?:присутств[а-яё]*\s+|собравш[а-яё]*\s+)?{_NUM}"
    rf"(?=\s+(?:депутат|член|голос|присутств|народн|парламентар))",
    re.IGNORECASE,
)
# «Депутаты в количестве 18 человек единогласно поддержали …»: the voters counted in apposition.
_UNANIMOUS_IN_NUMBER = re.compile(
    rf"(?<![\w-])(?:депутат[а-яё]*|член[а-яё]*|избранник[а-яё]*|присутствовавш[а-яё]*)"
    rf"\s+в\s+количестве\s+{_NUM}(?=\s+(?:человек|депутат))",
    re.IGNORECASE,
)
_VOTE_CONTEXT = re.compile(
    r"голос|воздерж|единогласн|единодушн|поддержал|решени|депутат|дум[аеуы]|совет|сесси"
    r"|избранник|парламентари"
    r"|заседани|проект",
    re.IGNORECASE,
)
_ELECTION = re.compile(r"выбор|избирател|явк|участк|бюллетен", re.IGNORECASE)
# A secret ballot and its counting commission are a council's vote, not an election's.
_DEPUTIES_VOTE = re.compile(
    r"депутат|воздерж|тайн[а-яё]*\s+голосовани|сч[её]тн[а-яё]*\s+комисси", re.IGNORECASE
)
_DEPUTIES = re.compile(r"депутат", re.IGNORECASE)
_VOTED_RE = re.compile(_VOTED, re.IGNORECASE)
# The words between a side and its vote verb end in a negation: «за поправку не голосовали»
_NEGATED_END = re.compile(r"(?<![\w-])не$", re.IGNORECASE)
_VOTED_BEFORE = re.compile(rf"{_VOTED}\s+$", re.IGNORECASE)
_DECISION = re.compile(
    r"решени|бюджет|закон|поправк|устав|отч[её]т|проект|постановлени|изменени|программ",
    re.IGNORECASE,
)
_PARTICIPATION = re.compile(r"участи|присяг", re.IGNORECASE)
_DASH_RE = re.compile(rf"{_QC}?{_DASH}")
_TIE = re.compile(rf"[—–:]|-\s|-$|{_VOTED}", re.IGNORECASE)  # what ties a bare «за» to its number
_SENTENCE_END = re.compile(r"[.!?…](?=\s+[«\"А-ЯЁA-Z0-9])|\n")
_SUBJECT_AFTER_FOR = re.compile(
    rf"(?<![\w-]){_VOTED}\s+(?:[а-яё]+\s+)?за\s+(?P<subject>[а-яёА-ЯЁ][^.;:!?()«»\"—–]*)",
    re.IGNORECASE,
)
_SUBJECT_FOR_FIRST = re.compile(
    r"(?:^|(?<=[\s,]))[Зз]а\s+(?P<subject>[а-яё][^.;:!?()«»\"—–,]*?)\s+"
    r"(?:(?:депутаты|все|члены|единогласно|единодушно|большинством\s+голосов)\s+)*"
    r"(?:проголосовал|голосовал|высказал)",
)
_SUBJECT_BEFORE_VERB = re.compile(
    r"(?:^|(?<=[\s,]))(?P<subject>(?:[Пп]роект|[Рр]ешени|[Ии]зменени|[Пп]оправк|[Оо]тч[её]т"
    r"|[Кк]андидатур|[Пп]рограмм|[Пп]оложени|[Пп]остановлени)[^.;:!?()«»\"—–,]*?)\s+"
    r"(?:(?:депутаты|все|члены|единогласно|единодушно|был[аои]?)\s+)*(?:не\s+)?"
    r"(?:поддержал|одобрил|утвердил|принял|приняли|принят[аоы]?(?![\w-])|одобрен|утвержд[её]н)",
)
_SUBJECT_OBJECT = re.compile(
    rf"(?<![\w-])(?:поддержал[аио]?|одобрил[аио]?|утвердил[аио]?|принял[аио]?)\s+"
    rf"(?:{_NUM}(?:\s+[а-яё]+)?\s+)?(?P<subject>(?:проект|решени|изменени|внесени|поправк|бюджет"
    rf"|отчет|отчёт|кандидатур|программ|положени|устав|закон|постановлени)[^.;:!?()«»\"—–,]*)",
    re.IGNORECASE,
)
_SUBJECT_END = re.compile(
    r",|\s+(?:и|а)\s+(?=[0-9])|\s+[0-9]+\s+(?:голос|депутат)"
    r"|\s+(?:депутаты|члены|народные\s+избранники|парламентарии)(?![\w-])"
)
_SUBJECT_NOT = re.compile(r"^(?:[0-9]|него|нее|неё|них|это|то|что|год|счет|счёт)", re.IGNORECASE)
_MAX_SUBJECT = 160
# A head noun alone says only that something was decided, not what.
_GENERIC_SUBJECTS = {"решение", "проект", "документ", "вопрос", "предложение", "постановление"}
_NOUN = re.compile(r"[а-яё]+", re.IGNORECASE)


_NI_BEFORE = re.compile(r"(?<![\w-])ни\s+$", re.IGNORECASE)


def _value(raw: str | None, zero: str | None) -> tuple[int, int] | None:
    """Value and how many characters of ``raw`` it used, for a number in digits or words."""
    if zero:
        return 0, len(zero)
    if raw is None:
        return None
    if raw[0].isdigit():
        return int(raw), len(raw)
    words = raw.split()
    parsed = parse_words(words)
    if parsed is None or parsed[0] != int(parsed[0]) or parsed[0] >= 1000:
        return None  # no body has a thousand members: «восемь тысяч» is a crowd
    value, used = parsed
    if used == 1 and word_value(words[0])[0] == "scale":  # «тысячи» is not a tally
        return None
    return int(value), len(" ".join(words[:used]))


def _sentences(text: str) -> list[tuple[int, int]]:
    out, left = [], 0
    for m in _SENTENCE_END.finditer(text):
        out.append((left, m.end()))
        left = m.end()
    if left < len(text):
        out.append((left, len(text)))
    return out


class _Slot:
    __slots__ = ("side", "value", "start", "end", "noun", "anchor", "own_object", "what")

    def __init__(self, side: str, value: int, start: int, end: int, anchor: tuple[int, int]):
        self.side, self.value, self.start, self.end, self.anchor = side, value, start, end, anchor
        self.noun: str | None = None
        # the side names what it votes on: «против второго решения выступили 5» is a vote of
        # its own, not the rest of the tally before
        self.own_object = False
        self.what: tuple[int, int] | None = None  # where the side names its question


def _slots(text: str, lo: int, hi: int, after_tally: bool, vote_before: bool) -> list[_Slot]:
    """Numbers tied to a side in the sentence [lo, hi); ``after_tally``: the sentence before
    gave a tally, so a bare «Против — 2.» continues it; ``vote_before``: the sentence before
    speaks of a vote («Решение принято большинством голосов. За — 18, против — 4.»)."""
    sentence = text[lo:hi]
    voting = (
        after_tally
        or vote_before
        or bool(_BOTH_SIDES_FOR.search(sentence) and _BOTH_SIDES_AGAINST.search(sentence))
        or bool(_VOTE_CONTEXT.search(sentence))
        and not (_ELECTION.search(sentence) and not _DEPUTIES_VOTE.search(sentence))
    )
    found: list[_Slot] = []
    gapped: list[_Slot] = []
    neutral: set[int] = set()
    # Sides a dash ties to the number after them: «голосовали 30 депутатов: «за» — 27» reads
    # 27 for, not 30.
    heads = {
        m.span("side")
        for side in _SIDE
        for m in _AFTER[side].finditer(text, lo, hi)
        if _DASH_RE.match(text, m.end("side"))
    }
    if voting:
        # «против и воздержавшихся нет»: both sides none at once (the second where its own
        # «нет» would put it)
        for m in _BOTH_NONE.finditer(text, lo, hi):
            for side, group in (("against", "a"), ("abstained", "b")):
                at, end = m.span(group) if m.group(group) else m.span(group + "2")
                found.append(_Slot(side, 0, at, end, (at, end)))
    for side in _SIDE:
        for m in _AFTER[side].finditer(text, lo, hi):
            got = _value(m.group("num"), m.group("zero"))
            if got is None or not _side_is_vote(m, side, voting, after=True):
                continue
            if m.group("num") and _NI_BEFORE.search(
                text, max(0, m.start("num") - 4), m.start("num")
            ):
                got = (0, got[1])  # «против не был ни один»: nobody
            if got[0] and _NEGATED_END.search(m.group("what2") or ""):
                # «воздержались и не голосовали четверо»: those took no side; not «против не
                # проголосовал никто», the side's none
                continue
            # the sentence and the one before: «Сход собрал 64 жителя. За … проголосовали 58»
            if m.group("num") and _crowd_after(text, m.end("num"), text[max(0, lo - 200) : hi]):
                continue  # «за проект проголосовали 800 жителей»: a public vote, no tally
            if _crowd_voting_before(text, lo, m.start("side")):
                continue  # «Жителей, голосовавших за, было 300»: the crowd named first
            at = m.start("num") if m.group("num") else m.start("zero")
            slot = _Slot(side, got[0], at, at + got[1], m.span("side"))
            if side == "for" and m.group("num"):
                # ««за» высказались 20 из 25 депутатов»: the 25 are those voting
                whole = _present_after(text, at + got[1], got[0])
                if whole is not None:
                    found.append(whole)
                # «…, во втором – 21», «…, за его соперницу Ольгу Ким – 4»: added after the
                # sides, so that a later side's own reading of the number wins
                gapped += _gapped_for(text, at + got[1], hi)
            group = "what" if m.group("what") is not None else "what2"
            slot.own_object = _names_object(m.group(group))
            if slot.own_object:
                what = m.group(group)
                lead = len(what) - len(what.lstrip())
                slot.what = (m.start(group) + lead, m.end(group))
            found.append(slot)
        for m in _BEFORE[side].finditer(text, lo, hi):
            got = _value(m.group("num"), None)
            if got is not None and _NONE_BEFORE.search(text, max(lo, m.start() - 6), m.start()):
                got = (0, got[1])  # «ни одного голоса «против»»: none
            if got is None or not _side_is_vote(m, side, voting, after=False):
                continue
            if m.span("side") in heads:
                continue  # «голосовали 30 депутатов: «за» — 27»: the 27 is the side's number
            if _WHOLE_BEFORE.search(text, max(lo, m.start() - 40), m.start()):
                continue  # «Из 15 депутатов «за» проголосовали 12»: the 15 is the whole
            quoted = m.group("side")[0] in "«\"„“”'"
            if side == "for" and not quoted and _followed_by_object(text, m.end("side")):
                # «25 депутатов проголосовали за бюджет» is a vote; «5 человек за рулём» not
                if not _VOTED_RE.search(m.group(0)):
                    continue
            at = m.start("num")
            slot = _Slot(side, got[0], at, at + got[1], m.span("side"))
            slot.noun = m.group("noun")
            found.append(slot)
            if side == "for" and _CANDIDATE_AFTER.match(text, m.end("side")):
                # «15 человек проголосовали за Филатова, 14 – за Волгина»: the next candidate's
                # votes, the verb left out
                gapped += _gapped_count_first(text, m.end("side"), hi)
    found += gapped
    for side, m in grade_sides(text, lo, hi, _NUM, _DASH):
        got = _value(m.group("num"), None)  # «оценку «удовлетворительно» поставили 26»
        if got is not None:
            at = m.start("num")
            found.append(_Slot(side, got[0], at, at + got[1], m.span("side")))
    if voting:
        # deputies in this sentence or the one before: «поддержали 8 человек» counts them
        sitting = bool(_DEPUTIES.search(text, max(0, lo - 200), hi))
        for m in _SUPPORT.finditer(text, lo, hi):
            got = _value(m.group("num"), None)
            if got is None:
                continue
            verb = m.group("verb").lower()
            # «проголосовало большинство депутатов – 19 человек»: the share names deputies
            majority = "большинств" in m.group().lower() and _deputies_or_none_after(
                text, m.end("num"), sitting
            )
            if verb.startswith(
                ("проголосовал", "голосовал", "принят", "отдал", "согласован", "утвержд", "одобрен")
                + ("свои", "голоса")  # «свои голоса отдали 25 депутатов»
            ) and not (_deputies_after(text, m.end("num")) or majority):
                continue
            if verb.startswith("решил") and not _deputies_after(text, m.end("num")):
                continue  # «перенести сессию решили 19 депутатов», not «решили 5 вопросов»
            if verb.startswith(("принял", "утвердил")) and not (
                _deputies_after(text, m.end("num"))
                and _DECISION.search(text, lo, hi)
                and not _PARTICIPATION.search(text, lo, hi)
            ):
                continue  # «решение приняли 22 депутата», not «участие приняли 22 депутата»
            if not _deputies_or_none_after(text, m.end("num"), sitting):
                continue  # «петицию поддержали 2 тысячи горожан» is no tally
            if _crowd_after(text, m.end("num"), text[max(0, lo - 200) : hi]):
                continue  # «Сход собрал 87 человек, самообложение поддержали 80»: a public vote
            neg = (m.group("neg") or "").strip().lower()
            if neg == "не" and verb.startswith(("проголосовал", "голосовал")):
                continue  # «не голосовали 3 депутата»: they took no side
            side = "against" if m.group("neg") else "for"
            at = m.start("num")
            found.append(_Slot(side, got[0], at, at + got[1], m.span("verb")))
            if verb.startswith(("проголосовал", "голосовал")) and not m.group("neg"):
                if _ALL_FOR.match(text, at + got[1]):
                    found[-1].side = "all"  # «голосовали 9 депутатов, все — «за»»
                else:
                    neutral.add(id(found[-1]))  # «проголосовали 30 депутатов» names no side
            elif side == "for" and (whole := _present_after(text, at + got[1], got[0])):
                found.append(whole)
            if side == "for":
                found += _gapped_for(text, m.end(), hi)
        if after_tally or any(x.side in {"against", "abstained"} for x in found):
            # «Против – 3. Остальные 20 депутатов поддержали решение»: the rest were for
            for m in _REST_FOR.finditer(text, lo, hi):
                got = _value(m.group("num"), None)
                if got is not None and (m.group("noun") is None or _deputies_noun(m.group("noun"))):
                    at = m.start("num")
                    found.append(_Slot("for", got[0], at, at + got[1], m.span()))
        if after_tally:
            # «Лидер получил 14 голосов. У его соперника – 6.»: the rival, a sentence later
            m = _RIVAL_OPENS.match(text, lo, hi)
            got = _value(m.group("num"), None) if m else None
            if m is not None and got is not None:
                at = m.start("num")
                found.append(_Slot("for", got[0], at, at + got[1], m.span()))
        for m in _VOICES_FIRST.finditer(text, lo, hi):
            got = _value(m.group("num"), None)
            if got is not None and _deputies_or_none_after(text, m.end("num"), sitting):
                at = m.start("num")
                found.append(_Slot("for", got[0], at, at + got[1], m.span("verb")))
        for m in _FACTION_APPOSITION.finditer(text, lo, hi):
            got = _value(m.group("num"), None)
            if got is None or (m.group("noun") and not _deputies_noun(m.group("noun"))):
                continue
            verb = m.group("verb").lower()
            if verb.startswith("воздерж"):
                side = "abstained"
            elif m.group("side"):
                side = "for" if m.group("side").lower() == "за" else "against"
            else:
                side = "against" if m.group("neg") else "for"
            at = m.start("num")
            found.append(_Slot(side, got[0], at, at + got[1], m.span("verb")))
        for m in _IN_SUPPORT.finditer(text, lo, hi):
            got = _value(m.group("num"), None)
            if got is not None and _deputies_or_none_after(text, m.end("num")):
                at = m.start("num")
                found.append(_Slot("for", got[0], at, at + got[1], m.span("verb")))
        for m in _SUPPORT_AFTER.finditer(text, lo, hi):
            got = _value(m.group("num"), None)
            if got is None:
                continue
            if not _deputies_noun(m.group("noun")) and (
                m.group("noun") is not None or not _DEPUTIES.search(text, max(0, lo - 200), hi)
            ):
                # «остальные 20 поддержали» in or after a sentence about deputies: deputies
                continue
            side = "against" if m.group("neg") else "for"
            at = m.start("num")
            found.append(_Slot(side, got[0], at, at + got[1], m.span("verb")))
        # «По итогам тайного голосования Иванов набрал 12 голосов, … один бюллетень признан
        # недействительным»: a council's secret ballot has ballots too
        council = not _ELECTION.search(text, lo, hi) or _DEPUTIES_VOTE.search(text, lo, hi)
        if council and "%" not in text[lo:hi]:
            for m in (*_GOT_VOTES.finditer(text, lo, hi), *_VOTES_GOT_BY.finditer(text, lo, hi)):
                got = _value(m.group("num"), None)
                if got is not None:
                    at = m.start("num")
                    found.append(_Slot("for", got[0], at, at + got[1], m.span()))
                    found += _gapped_for(text, m.end(), hi)
        for m in (*_BY_VOTES.finditer(text, lo, hi), *_MAJORITY_IN.finditer(text, lo, hi)):
            got = _value(m.group("num"), None)
            if got is not None:
                at = m.start("num")
                found.append(_Slot("for", got[0], at, at + got[1], m.span()))
                found += _gapped_for(text, m.end(), hi)  # «избран 15 голосами, соперник — 5»
        for m in (*_VOTES_AGAINST.finditer(text, lo, hi), *_BRACKET_AGAINST.finditer(text, lo, hi)):
            got, against = _value(m.group("num"), None), _value(m.group("num2"), None)
            if got is not None and against is not None:
                at = m.start("num")
                found.append(_Slot("for", got[0], at, at + got[1], m.span()))
                at = m.start("num2")
                found.append(_Slot("against", against[0], at, at + against[1], m.span()))
        out_of = [
            # «(17 из 30)» is a tally only beside an act of voting: «которых в гордуме
            # большинство (17 из 30)» counts seats
            *(_OUT_OF.finditer(text, lo, hi) if _VOTE_ACT.search(text, lo, hi) else ()),
            *_VOTES_OUT_OF.finditer(text, lo, hi),
            *_VOTES_NOUN_FIRST.finditer(text, lo, hi),
            *_MAJORITY_OUT_OF.finditer(text, lo, hi),
        ]
        for m in out_of:
            got = _value(m.group("num"), None)
            if m.group("num2") is None:  # «голосами 20 депутатов»: the votes for alone
                if got is not None:
                    at = m.start("num")
                    found.append(_Slot("for", got[0], at, at + got[1], m.span()))
                continue
            present = _value(m.group("num2"), None)
            if got is not None and present is not None and got[0] <= present[0]:
                at = m.start("num")
                found.append(_Slot("for", got[0], at, at + got[1], m.span()))
                at = m.start("num2")
                whole = _WHOLE_AFTER.match(text, at + present[1])
                side = "whole" if whole else "present"
                found.append(_Slot(side, present[0], at, at + present[1], m.span()))
                found += _gapped_for(text, m.end(), hi)  # «… 19 голосов из 26, Рогов — 7»
    slots = _distinct(found)
    if any(x.side == "for" and id(x) not in neutral for x in slots):
        # «Проголосовали 30 депутатов, из них 27 — за»: the 30 are those who voted
        for x in slots:
            if id(x) in neutral and x.side == "for":
                x.side = "present"
    return slots


# Words after a side that point back rather than name a new question: «против этого».
_BACK_REFERENCE = {
    "него", "нее", "неё", "них", "его", "ее", "её", "их", "этого", "этой", "это", "этих",
    "такого", "такой", "данного", "данной", "решения", "решение", "предложения", "проекта",
    "документа", "при", "голосовании",
    "не", "был", "было", "были",  # «Против не был никто»: the zero after a negation
}  # fmt: skip


def _names_object(what: str | None) -> bool:
    """«против второго решения»: the words between a side and its number name a question."""
    return what is not None and any(w.lower() not in _BACK_REFERENCE for w in what.split())


_BOTH_NONE = re.compile(
    rf"(?<![\w-]){_Q}?(?P<a>против){_QC}?\s+и\s+воздерж[а-яё]*\s+(?P<b>нет|не\s+было)(?![\w-])"
    rf"|(?<![\w-])(?P<a2>воздерж[а-яё]*)\s+и\s+(?:голосовавших\s+)?{_Q}?против{_QC}?"
    rf"\s+(?P<b2>нет|не\s+было)(?![\w-])",
    re.IGNORECASE,
)
# «при трёх воздержавшихся и одном против»: «при» ties the sides of a tally to their numbers.
_AT_BEFORE = re.compile(r"(?<![\w-])при\s+(?:[^.;:!?]{0,40}\s+и\s+)?$", re.IGNORECASE)


_FOR_AND_BEFORE = re.compile(rf"(?<![\w-]){_Q}?за{_QC}?\s*(?:,|и)\s+$", re.IGNORECASE)


def _side_is_vote(m: re.Match[str], side: str, voting: bool, after: bool) -> bool:
    """A quoted side, an abstention, or «за»/«против» tied to a number by a dash or a verb in a
    sentence about voting."""
    word = m.group("side")
    if side == "abstained" or word[0] in "«\"„“”'":
        return True
    if after and voting and (m.group("zero") or "").lower() == "не было":
        return True  # «голосовавших против не было»
    if not voting:
        return False
    between = m.string[m.end("side") : m.start("num") if m.group("num") else m.start("zero")]
    if after and _VOTED_BEFORE.search(m.string, max(0, m.start("side") - 20), m.start("side")):
        return True  # «проголосовали за 23 депутата»
    if not after:
        between = m.string[m.end("num") : m.start("side")]
        if _AT_BEFORE.search(m.string, max(0, m.start("num") - 60), m.start("num")):
            return True  # «при одном против»
        if _FOR_AND_BEFORE.search(m.string, max(0, m.start("num") - 12), m.start("num")):
            return True  # «18 голосами за и 7 против»
    return bool(_TIE.search(between))


# «…, Ольгу Кравец — 9», «…, его соперник Дронов — 8»: another candidate, the verb left out,
# and the votes for.
_GAPPED_NAME = re.compile(
    rf"[^.;:!?]{{0,60}}?,\s+(?:[а-яё]+\s+){{0,3}}(?:[А-ЯЁ][а-яё]+\s+){{0,2}}[А-ЯЁ][а-яё]+{_DASH}{_NUM}"
    rf"(?=\s*[.,;]|\s*$)"
)


# «…, 7 – Пётр Ломов»: another candidate's votes said count first, the verb left out.
_GAPPED_COUNT_NAME = re.compile(
    rf"[^.;:!?]{{0,60}}?,\s+(?:а\s+)?{_NUM}{_DASH}(?:у\s+)?[А-ЯЁ][а-яё]+(?:\s+[А-ЯЁ][а-яё]+)?"
    rf"(?=\s*[.,;]|\s*$)"
)


# «…, его соперник — 7», «…, а соперник набрал лишь 7 голосов», «…, у конкурента — 5»: the
# rival of the candidate just counted, named by what he is.
_GAPPED_RIVAL = re.compile(
    rf"[^.;:!?]{{0,60}}?,\s+(?:а\s+|и\s+)?(?:у\s+)?(?:(?:его|её|ее|их)\s+)?"
    rf"(?:соперни|конкурент|оппонент)[а-яё]*(?:\s+[А-ЯЁ][а-яё]+){{0,2}}"
    rf"(?:{_DASH}|\s+(?:набрал|получил)[аио]?\s+)(?:(?:лишь|только|всего)\s+)?{_NUM}"
    rf"(?:\s+голос(?:ов|а)?)?(?=\s*[.,;)]|\s*$)",
    re.IGNORECASE,
)


_RIVAL_OPENS = re.compile(
    rf"\s*(?:а\s+|и\s+)?(?:у\s+)?(?:(?:его|её|ее|их)\s+)?"
    rf"(?:соперни|конкурент|оппонент)[а-яё]*(?:\s+[А-ЯЁ][а-яё]+){{0,2}}"
    rf"(?:{_DASH}|\s+(?:набрал|получил)[аио]?\s+)(?:(?:лишь|только|всего)\s+)?{_NUM}"
    rf"(?:\s+голос(?:ов|а)?)?(?=\s*[.,;)]|\s*$)",
    re.IGNORECASE,
)


# «В первом чтении поддержали 22 депутата, во втором – 24, в третьем – снова 22»: the votes
# for at the next reading (round, ballot), the verb left out.
_GAPPED_READING = re.compile(
    rf"[^.;:!?,]{{0,40}}?,\s+(?:а\s+)?(?:во?|на)\s+(?:первом|втором|третьем|окончательном"
    rf"|повторном|следующем)(?:\s+(?:чтении|туре|голосовании))?{_DASH}"
    rf"(?:(?:снова|уже|ещ[её]|также|вновь|лишь|только)\s+)?{_NUM}(?=\s*[.,;]|\s*$)",
    re.IGNORECASE,
)


def _gapped_readings(text: str, pos: int, hi: int) -> list[_Slot]:
    """Each later reading's votes for, one slot a reading (each is a tally of its own)."""
    found = []
    while (m := _GAPPED_READING.match(text, pos, hi)) is not None:
        got = _value(m.group("num"), None)
        if got is None:
            break
        at = m.start("num")
        found.append(_Slot("for", got[0], at, at + got[1], m.span()))
        pos = at + got[1]
    return found


# «за Михаила Филатова», «за кандидатуру Ольги Ким»: a vote for a person named right after «за».
_CANDIDATE_AFTER = re.compile(r"\s+(?:кандидатуру\s+)?[А-ЯЁ][а-яё]+")
# «…, 14 – за Александра Волгина»: the count first, then a dash and «за» a name; the verb of the
# count before left out.
_GAPPED_COUNT_FIRST = re.compile(
    rf"[^.;:!?]{{0,60}}?,\s+(?:а\s+)?{_NUM}(?:\s+(?:человек|депутат[а-яё]*|голос[а-яё]*))?"
    rf"{_DASH}за\s+(?:кандидатуру\s+)?[А-ЯЁ][а-яё]+"
)


def _gapped_count_first(text: str, pos: int, hi: int) -> list[_Slot]:
    """Each further candidate's votes said count first: «…, 14 – за Волгина, 3 – за Орлова»."""
    found = []
    while (m := _GAPPED_COUNT_FIRST.match(text, pos, hi)) is not None:
        got = _value(m.group("num"), None)
        if got is None:
            break
        at = m.start("num")
        found.append(_Slot("for", got[0], at, at + got[1], m.span()))
        pos = m.end()
    return found


def _gapped_for(text: str, pos: int, hi: int) -> list[_Slot]:
    """«Кандидатуру Антонова поддержали 11 депутатов, Ольгу Кравец — 9»: the votes for the
    next candidate named after a comma, the verb of the first one left out."""
    if readings := _gapped_readings(text, pos, hi):
        return readings
    m = (
        _GAPPED_NAME.match(text, pos, hi)
        or _GAPPED_RIVAL.match(text, pos, hi)
        or _GAPPED_COUNT_NAME.match(text, pos, hi)
    )
    got = _value(m.group("num"), None) if m else None
    if m is None or got is None:
        return []
    at = m.start("num")
    return [_Slot("for", got[0], at, at + got[1], m.span())]


def _present_after(text: str, pos: int, supporters: int) -> _Slot | None:
    """«поддержали 22 депутата из 27»: the number after «из» counts those voting at all (the
    whole body when it says so: «из 30 избранных»)."""
    m = _SUPPORT_OUT_OF.match(text, pos)
    if m is None or (m.group("noun") and not _deputies_noun(m.group("noun"))):
        return None
    got = _value(m.group("num2"), None)
    if got is None or got[0] < supporters:
        return None
    at = m.start("num2")
    side = "whole" if _WHOLE_AFTER.match(text, at + got[1]) else "present"
    return _Slot(side, got[0], at, at + got[1], m.span())


def _followed_by_object(text: str, pos: int) -> bool:
    m = _NOUN.match(text, pos + 1) if text[pos : pos + 1] == " " else None
    return m is not None


_OUT_OF_AFTER = re.compile(r"\s+из\s+[0-9]+(?=\s)", re.IGNORECASE)


def _deputies_after(text: str, pos: int) -> bool:
    """«проголосовали 25 депутатов», «… 25 из 27 депутатов»."""
    out_of = _OUT_OF_AFTER.match(text, pos)
    pos = out_of.end() if out_of else pos
    m = _NOUN.match(text, pos + 1) if text[pos : pos + 1] == " " else None
    return m is not None and _deputies_noun(m.group())


def _deputies_or_none_after(text: str, pos: int, sitting: bool = False) -> bool:
    """The words after a supporter count name deputies or nothing: «поддержали 28 депутатов
    из 30», «одобрили 15, против 2»; not «2 тысячи горожан», «300 жителей»; ``sitting``: the
    text around speaks of deputies, so «человек» are deputies too."""
    out_of = _OUT_OF_AFTER.match(text, pos)
    pos = out_of.end() if out_of else pos
    for _ in range(3):  # past adjectives and participles: «19 присутствовавших депутатов»
        m = _NOUN.match(text, pos + 1) if text[pos : pos + 1] == " " else None
        if m is None or m.group().lower() in {"из", "и", "а", "при", "против", "за"}:
            return True
        if _deputies_noun(m.group()) or sitting and lemma(m.group().lower()) == "человек":
            return True
        found = parses(m.group().lower())
        if not found or found[0].tag.POS not in {"ADJF", "PRTF"}:
            return False
        pos = m.end()
    return False


# People who vote in public polls and elections, not in a council.
_CROWD = {
    "житель", "горожанин", "избиратель", "гражданин", "участник", "пользователь", "респондент",
    "пенсионер", "школьник", "студент", "сельчанин", "посетитель",
}  # fmt: skip


# A public vote: «На сходе граждан за самообложение проголосовали 87 человек»; «человек»
# there are residents, not deputies.
_PUBLIC_VOTE = re.compile(
    r"(?<![\w-])(?:(?:сход[аеуом]?|схода[мх]?|референдум\w*|опрос\w*|слушани\w*)(?![\w-])"
    r"|собрани[иея]\s+(?:жител|граждан|собственник))",
    re.I,
)
_SITTING_WORDS = re.compile(r"депутат|заседани|сесси|дум[аеуы]|совет[аеу]?\b", re.IGNORECASE)


# A crowd that voted, named right before its verb: «горожане проголосовали за …».
_CROWD_VOTED = re.compile(r"(?P<noun>[а-яё]+)\s+(?:про)?голосовал(?:и|о)(?![\w-])", re.IGNORECASE)


def _crowd_after(text: str, pos: int, sentence: str = "") -> bool:
    m = _NOUN.match(text, pos + 1) if text[pos : pos + 1] == " " else None
    noun = lemma(m.group().lower()) if m else None
    if noun == "из" and _OF_THEM.match(text, pos):
        noun = None  # «проголосовали 97 из них»: a part of the crowd counted before
    if noun is None or noun == "человек":  # a bare number or «человек» at a public vote
        if not _PUBLIC_VOTE.search(sentence):
            return False
        # «На слушаниях горожане проголосовали за … Против высказались 39»: the crowd voted,
        # whatever deputies the question names
        return not _SITTING_WORDS.search(sentence) or any(
            lemma(c.group("noun").lower()) in _CROWD for c in _CROWD_VOTED.finditer(sentence)
        )
    return noun in _CROWD


_OF_THEM = re.compile(r"\s+из\s+(?:них|которых)(?![\w-])", re.IGNORECASE)
_VOTING_PARTICIPLE_BEFORE = re.compile(
    r"(?P<noun>[а-яё]+)\s*,\s*(?:про)?голосовавш[а-яё]*\s+$", re.IGNORECASE
)


def _crowd_voting_before(text: str, lo: int, side: int) -> bool:
    """«Жителей, голосовавших против, …»: a crowd named before the voting participle."""
    m = _VOTING_PARTICIPLE_BEFORE.search(text, max(lo, side - 60), side)
    return m is not None and lemma(m.group("noun").lower()) in _CROWD


def _deputies_noun(word: str | None) -> bool:
    return word is not None and lemma(word.strip()) in DEPUTY_UNITS | {"голос", "народный"}


def _distinct(slots: list[_Slot]) -> list[_Slot]:
    """One slot per number: the first pattern that read it wins; ordered by position."""
    seen: dict[int, _Slot] = {}
    for slot in slots:
        seen.setdefault(slot.start, slot)
    return sorted(seen.values(), key=lambda s: s.start)


_FROM_BEFORE = re.compile(r"(?<![\w-])из\s+$", re.IGNORECASE)
_NONE_BEFORE = re.compile(r"(?<![\w-])ни\s+$", re.IGNORECASE)
# «Из 15 …», «Из присутствовавших 22 …»: the whole of a tally, a participle between or not
# (not «из них 20 — «за»», a part).
_WHOLE_BEFORE = re.compile(r"(?<![\w-])из\s+(?:[а-яё]+(?:вш|щ|нн)(?:их|ых)\s+)?$", re.IGNORECASE)
# «из 27 возможных», «из 30 избранных»: the number after «из» is the body, not those present.
_WHOLE_AFTER = re.compile(r"\s+(?:возможн|избранн|установленн)\w*", re.IGNORECASE)
_NO_SIDE = {"present", "whole"}


def _tallies(slots: list[_Slot]) -> list[list[_Slot]]:
    """Slots of one sentence split where a side repeats: «за первый — 20, за второй — 18»."""
    groups: list[list[_Slot]] = []
    for slot in slots:
        if not groups or slot.side not in _NO_SIDE and any(s.side == slot.side for s in groups[-1]):
            groups.append([slot])
        else:
            groups[-1].append(slot)
    return groups


def _subject(text: str, lo: int, hi: int) -> tuple[str, int, int] | None:
    for pattern in (_SUBJECT_AFTER_FOR, _SUBJECT_FOR_FIRST, _SUBJECT_BEFORE_VERB, _SUBJECT_OBJECT):
        m = pattern.search(text, lo, hi)
        if m is None:
            continue
        raw = m.group("subject")
        cut = _SUBJECT_END.search(raw)
        raw = raw[: cut.start()] if cut else raw
        raw = raw.rstrip()
        if not raw or _SUBJECT_NOT.match(raw) or len(raw) > _MAX_SUBJECT:
            continue
        if " " not in raw and lemma(raw.lower()) in _GENERIC_SUBJECTS:
            continue  # «Решение поддержали 28 депутатов»: no wording of the decision
        start = m.start("subject")
        return raw, start, start + len(raw)
    return None


def _record(text: str, slots: list[_Slot], unanimous: re.Match[str] | None, lo: int, hi: int):
    record: dict = {"for": None, "against": None, "abstained": None, "unanimous": False}
    spans = []
    for slot in slots:
        if slot.side in record:
            record[slot.side] = slot.value
        elif slot.side == "all":
            record["for"] = slot.value
        spans += [(slot.start, slot.end), slot.anchor]
    if unanimous is not None:
        record["unanimous"] = True
        record["against"] = record["against"] or 0
        record["abstained"] = record["abstained"] or 0
        spans.append(unanimous.span())
    subject = _subject(text, lo, hi)
    record["subject"] = subject[0] if subject else None
    start, end = min(s for s, _ in spans), max(e for _, e in spans)
    record.update({"text": text[start:end], "start": start, "end": end})
    return record


def find_votes(text: str, figures: list[dict]) -> list[dict]:
    """Vote tallies in ``text``; ``figures`` (sorted by start) gain the tallies' roles, and a
    tally number that is no figure yet is added to them."""
    votes: list[dict] = []
    if not _VOTE_WORDS.search(text):
        return votes
    last: tuple[dict, list[_Slot], int] | None = None  # previous tally and its sentence index
    _, sentences = _sentence_starts(text)  # the split _sentence_of reads too
    public_vote = PublicVotes(text, figures)
    for index, (lo, hi) in enumerate(sentences):
        if not _VOTE_WORDS.search(text, lo, hi) or public_vote(lo, hi):
            continue
        after_tally = last is not None and last[2] == index - 1
        vote_before = index > 0 and bool(_VOTE_BEFORE.search(text, *sentences[index - 1]))
        slots = [
            s
            for s in (
                _restated_share(text, x) for x in _slots(text, lo, hi, after_tally, vote_before)
            )
            if s is not None
            and not _counts_things(figures, s)
            and not _NUMBER_SIGN.search(text, lo, s.start)
            and not scene_not_count(text, s.start, s.end)  # «приняли в двух чтениях: «за» …»
        ]
        unanimous = _UNANIMOUS.search(text, lo, hi)
        if unanimous is not None and not _VOTE_CONTEXT.search(text, lo, hi):
            unanimous = None
        if unanimous is not None and hedged(text, unanimous.start()):
            unanimous = None  # «принято практически единогласно»: nearly all, no tally
        if unanimous is not None and not any(s.side == "for" for s in slots):
            count = (
                _UNANIMOUS_COUNT.search(text, lo, hi)
                or _UNANIMOUS_PAREN.search(text, lo, hi)
                or _UNANIMOUS_IN_NUMBER.search(text, lo, hi)
            )
            got = _value(count.group("num"), None) if count else None
            if got is not None:
                at = count.start("num")
                slots = _distinct([*slots, _Slot("for", got[0], at, at + got[1], unanimous.span())])
        if not slots and unanimous is None:
            continue
        groups = _tallies(slots) or [[]]
        if (
            last is not None
            and last[2] == index - 1
            and slots
            and unanimous is None
            and len(groups) == 1
            and all(
                s.side in {"for", "against", "abstained"}
                and last[0][s.side] is None
                and not s.own_object
                for s in slots
            )
        ):  # «За — 20. Против — 2.», «Против — 3 депутата. За — 25.»: one tally, two sentences
            _tag_figures(text, figures, slots)
            merged = last[1] + slots
            votes[-1] = _record(text, merged, None, _sentence_of(text, merged[0].start)[0], hi)
            votes[-1]["subject"] = last[0]["subject"]
            last = (votes[-1], merged, index)
            continue
        for k, group in enumerate(groups):
            _tag_figures(text, figures, group)
            votes.append(_record(text, group, unanimous if k == 0 else None, lo, hi))
            if k == 0 and votes[-1]["subject"] is None and vote_before:
                # «Решение о бюджете принято большинством голосов. За — 20, …»
                before = _subject(text, *sentences[index - 1])
                votes[-1]["subject"] = before[0] if before else None
            if group and group[0].what is not None and (k or votes[-1]["subject"] is None):
                # «за Петрова — 19, за Сидорова — 6»: a later tally's own question
                votes[-1]["subject"] = text[group[0].what[0] : group[0].what[1]]
            last = (votes[-1], group, index)
    return votes


# Cheap test that a sentence may hold a tally, before the costly patterns run on it.
_VOTE_WORDS = re.compile(
    r"(?<![\w-])(?:за|против)(?![\w-])|воздерж|единогласн|единодушн|поддерж|одобр|голос"
    r"|\(\s*[0-9]+\s+из\s+[0-9]+|принял[аио]?\s|утвердил[аио]?\s|решил[аио]?\s"
    r"|(?:остальные|оставшиеся)\s"
    r"|соперни|конкурент|оппонент|[«\"„“](?:не)?удовлетворительно[»\"“”]",
    re.IGNORECASE,
)


# A sentence about a vote lends it to the next one: «Решение принято большинством голосов.
# За — 18, против — 4.»
_VOTE_BEFORE = re.compile(
    r"голосова|голосов|голосам|единогласн|единодушн|(?<![\w-])решени[еяю]?\s+принят"
    r"|принял[аио]?\s+решени",
    re.IGNORECASE,
)
# «за — 20 …, против — 2»: both sides tied to numbers by dashes make a tally by themselves.
_BOTH_SIDES_FOR = re.compile(rf"(?<![\w-]){_Q}?за{_QC}?{_DASH}[0-9]", re.IGNORECASE)
_BOTH_SIDES_AGAINST = re.compile(
    rf"(?<![\w-]){_Q}?против{_QC}?{_DASH}(?:[0-9]|нет(?![\w-]))", re.IGNORECASE
)


@lru_cache(maxsize=2)
def _sentence_starts(text: str) -> tuple[list[int], list[tuple[int, int]]]:
    """One split per text, not one per tally side (a long page has thousands of those)."""
    sentences = _sentences(text)
    return [lo for lo, _ in sentences], sentences


def _sentence_of(text: str, pos: int) -> tuple[int, int]:
    starts, sentences = _sentence_starts(text)
    at = bisect_right(starts, pos) - 1
    if at >= 0 and sentences[at][0] <= pos < sentences[at][1]:
        return sentences[at]
    return 0, len(text)


# «Собрание жителей дома № 12 проголосовало за …»: a number after «№» labels, it counts nothing
_NUMBER_SIGN = re.compile(r"(?:№|N|No\.?)\s*$")


# «две трети», «три четверти», «три пятых»: the numeral is a fraction's, no count.
_FRACTION_AFTER = re.compile(
    r"\s+(?:трет(?:и|ь|ью|ей|ями)|четверт(?:и|ь|ью|ей|ями)"
    r"|(?:пят|шест|седьм|восьм|девят|десят)(?:ых|ым|ыми))(?![\w-])",
    re.IGNORECASE,
)


# «две трети депутатов — 18 человек», «три четверти депутатов, 21 из 28»: the count the share
# is said again as.
_SHARE_RESTATED = re.compile(
    r"(?:\s+[а-яё]+){0,2}\s*(?:[—–,:]|\()\s*(?P<num>[0-9]{1,3})(?![0-9]|[.,][0-9])",
    re.IGNORECASE,
)


def _restated_share(text: str, slot: _Slot) -> _Slot | None:
    """The slot itself; for a fraction's numeral the count the share is said again as, or None
    when the share is given alone."""
    fraction = _FRACTION_AFTER.match(text, slot.end)
    if fraction is None:
        return slot
    again = _SHARE_RESTATED.match(text, fraction.end())
    if again is None:
        return None
    slot.value, slot.start, slot.end = int(again.group("num")), *again.span("num")
    return slot


def _counts_things(figures: list[dict], slot: _Slot) -> bool:
    """«жители 12 домов проголосовали за», «за проголосовали 86 процентов собственников»: a
    number whose own figure counts things (not people, not votes) is no side of a tally."""
    starts = [f["start"] for f in figures]
    at = bisect_right(starts, slot.start) - 1
    if at < 0 or figures[at]["end"] <= slot.start or figures[at]["value"] != slot.value:
        return False
    fig = figures[at]
    if only_number(fig["text"]):
        # «из 112 участников за проголосовали 97»: a bare part of a crowd is a public vote;
        # ««против» — 2, ещё один бюллетень …»: a unit only borrowed from things is no count
        return fig["is_people"] and lemma(fig["unit"].lower()) in _CROWD
    return not fig["is_people"] and lemma(fig["unit"].lower()) != "голос"


def _tag_figures(text: str, figures: list[dict], slots: list[_Slot]) -> None:
    starts = [f["start"] for f in figures]
    for slot in slots:
        if slot.value == 0 and not text[slot.start : slot.end].strip()[:1].isdigit():
            continue  # «против — нет» is a side of the tally, not a figure
        at = bisect_right(starts, slot.start) - 1
        fig = figures[at] if at >= 0 and figures[at]["end"] > slot.start else None
        if fig is None or fig["value"] != slot.value:
            unit = _unit(text, slot)
            fig = {
                "value": slot.value,
                "unit": unit,
                "approx": None,
                "is_people": True,
                "role": None,
                "text": text[slot.start : slot.end],
                "start": slot.start,
                "end": slot.end,
            }
            at = bisect_right(starts, slot.start)
            figures.insert(at, fig)
            starts.insert(at, slot.start)
        fig["is_people"] = True
        fig["role"] = _ROLE[slot.side]
        slot.start, slot.end = min(slot.start, fig["start"]), max(slot.end, fig["end"])


def _unit(text: str, slot: _Slot) -> str:
    if slot.noun and lemma(slot.noun.strip()) in DEPUTY_UNITS | {"голос"}:
        return lemma(slot.noun.strip())
    lo, hi = _sentence_of(text, slot.start)
    return "депутат" if _DEPUTIES.search(text, lo, hi) else "голос"


def empty_vote() -> dict:
    return dict.fromkeys(FIELDS)
