"""What a people count counts: the role of «45 депутатов», «более 500 человек», «3703 человека».

Roles: ``participants`` (took part in an event), ``attendees`` (members present at a sitting),
``members`` (the composition of a body), ``voters`` (electors who voted), ``residents``
(a population), ``other``; the vote tallies' ``votes_for`` / ``votes_against`` /
``abstained`` are set by :mod:`extraction.votes`.

The nearest cue word in the sentence gives the kind of count; the counted noun and the rest of
the sentence then refine it: a participation cue about deputies at a sitting means attendees,
about an election means voters (deputies an election counts are members, a vote at a sitting
counts them as attendees); a membership cue about inhabitants means residents; a cue
under «не» («не явились 18 человек») means absentees, which are ``other``.

Before the cues, the counted noun and its predicate may settle the role: a predicate noun
(«волонтёрами стали 80 студентов», «почётными гражданами стали 12 человек»), entering a body
(«в думу прошли 18 единороссов»), «из N» after a body («совет из 9 человек»). A count inside
a relative clause («думы, в которой 35 депутатов, …») is read by that clause alone. With no
cue at all, deputies are members (attendees when the sentence is about a sitting), ordinary
people beside an event, in its sentence or the one before, took part in it, inhabitants with
no action of their own are a population, and anyone else is ``other``.
"""

from __future__ import annotations

import re

from extraction.figure_bracketed_people import deputies_in_brackets
from extraction.figure_candidates import would_be_candidates
from extraction.figure_columns import in_columns
from extraction.figure_enrolment import enrolled
from extraction.figure_job_outcomes import placed_in_jobs
from extraction.figure_migration import moved
from extraction.figure_school_intake import starts_school
from extraction.figure_share_thresholds import share_size
from extraction.figure_staff_work import runs_the_work
from extraction.figure_thresholds import needed_before
from extraction.lang.morph import has_tag
from extraction.morph import lemma, parses

ROLES = (
    "participants", "attendees", "members", "voters", "residents", "other",
    "votes_for", "votes_against", "abstained",
)  # fmt: skip

_PARTICIPATION = {
    "участник", "участвовать", "участие", "собраться", "собирать", "прийти", "присутствовать",
    "присутствующий", "съезд", "слушание", "посетить", "посетитель", "делегат", "гость",
    "зритель", "слушатель", "акция", "субботник", "форум", "конференция", "фестиваль",
    "митинг", "собрание", "сход", "пришедший", "конкурс", "турнир",
    "соревнование", "мероприятие", "праздник", "шествие", "забег", "семинар", "встреча",
    "посмотреть", "явиться", "выйти", "отправиться", "съехаться", "приехать", "прибыть",
    "слет", "смотр", "олимпиада", "экскурсия", "выставка", "концерт", "зарегистрироваться",
    "обратиться", "прием", "принять", "окунуться", "искупаться", "купание", "пробежать",
    "побывать", "поучаствовать", "присоединиться", "откликнуться", "задействовать",
    "записаться", "болельщик", "праздновать", "ярмарка", "парад", "встретиться", "встречаться",
    "марафон", "спартакиада", "флешмоб", "пикет", "демонстрация", "экскурсант",
    "прослушать", "послушать", "слушать", "сыграть", "стартовать", "финишировать", "пройти",
    "собрать",
    "мастер-класс", "лекция", "урок", "викторина", "квест", "тренинг", "занятие", "презентация",
    "церемония", "спектакль", "чемпионат", "первенство", "кубок", "игра", "эстафета",
    "велопробег", "автопробег", "челлендж", "хакатон", "посещать", "заслушать",
    "уборка", "благоустройство", "гуляние", "гулянье", "салют", "карнавал", "бал", "торжество",
    "состязание", "отдохнуть", "отпраздновать", "наблюдать", "полюбоваться", "привлечь",
    "свидетель", "поход", "крестный", "молебен", "линейка",
    # community work and performing: «территорию убирали 300 человек», «спели 40 хористов»
    "убирать", "убрать", "очистить", "очищать", "высадить", "посадить", "сажать", "покрасить",
    "красить", "побелить", "трудиться", "спеть", "исполнить", "станцевать", "соревноваться",
    "сразиться", "помогать", "выступить", "состязаться",
    # the same in the imperfective, and classes: «деревья высаживали 40 волонтёров»
    "высаживать", "благоустраивать", "озеленять", "чистить", "косить", "белить",
    "заниматься",
    # a meeting: «Свыше полусотни предпринимателей обсудили с главой меры поддержки»
    "обсудить", "обсуждать",
    # arriving late: «ещё трое подошли через полчаса», «двое подъехали позже»
    "подойти", "подъехать", "подтянуться",
}  # fmt: skip
_MEMBERSHIP = {
    "объединять", "насчитывать", "состоять", "входить", "численность", "объединение",
    "членство", "вступить", "войти", "состав", "избрать", "избранный", "фракция", "комиссия",
    "объединиться", "актив", "правление", "президиум", "оргкомитет", "коллегия", "штаб",
    "штат", "коллектив", "корпус", "избираться", "сформировать", "мандат", "включить",
    "включать", "объединенный",
}  # fmt: skip
# Of the membership cues, these count a population when they count inhabitants: «город
# насчитывает 50 тысяч жителей»; the others keep members: «ТОСы объединяют 40 тысяч жителей».
_POPULATION_COUNT = {"насчитывать", "численность"}
_RESIDENCE = {"жить", "проживать", "население", "проживающий", "обитать"}
_ELECTION = {
    "голосование", "проголосовать", "голосовать", "явка", "избирательный", "бюллетень",
    "выборы", "голос", "проголосовавший",
}  # fmt: skip
_BORN = {
    "родиться", "прописать", "зарегистрировать", "победитель", "победить", "призер", "лауреат",
    "наградить", "награждать", "погибнуть", "пострадать", "выдвинуться",
    "выдвинуть", "баллотироваться", "претендовать", "претендент", "почетный", "присвоить",
    "рекомендовать",
    # admitted to a contest's next stage: «комиссия допустила до второго этапа троих»
    "допустить",
    # leaving a post and answering in court: «сложили полномочия 3 депутата», «осуждены 12 мэров»
    "сложить", "уволить", "уволиться", "отставка", "лишить", "лишиться", "отстранить",
    "отозвать", "исключить", "выбыть", "выбывать", "осудить", "приговорить", "арестовать",
    "сложение", "увольнение",
    "покинуть",
    "обвинить",
    "ответственность", "уголовный", "задержать", "задерживать", "оштрафовать",
    # appointed to a post: «предыдущие два — … — были назначены по конкурсу»
    "назначить", "назначать",
    # given an award: «награды вручили трём депутатам»
    "вручить", "вручать", "удостоить", "поощрить",
    # keeping order at an event is not taking part in it: «порядок обеспечивали 300 полицейских»
    "обеспечивать", "охранять", "дежурить", "следить",
    # harm and rescue at an event: «за медицинской помощью обратились 15 человек»
    "медицинский", "госпитализировать", "травма", "травмироваться", "потеряться", "спасти",
    "эвакуировать",
}  # fmt: skip
# Events that deputies take part in as anyone else does, not sittings they attend.
_EVENTS = {
    "субботник", "акция", "праздник", "мероприятие", "конкурс", "фестиваль", "митинг", "форум",
    "слушание", "встреча", "концерт", "шествие", "турнир", "соревнование", "конференция",
    "экскурсия", "выставка", "забег", "прием", "встретиться", "встречаться",
}  # fmt: skip
# Event nouns: a people count in their sentence with no other cue counts those who took part.
_EVENT_NOUNS = _EVENTS | {
    "мастер-класс", "лекция", "урок", "викторина", "квест", "тренинг", "занятие", "презентация",
    "церемония", "спектакль", "чемпионат", "первенство", "кубок", "эстафета", "фестиваль",
    "концерт", "ярмарка", "парад", "марафон", "спартакиада", "флешмоб", "семинар", "слет",
    "уборка", "благоустройство", "гуляние", "гулянье", "салют", "карнавал", "торжество",
    "сход", "дежурство", "рейд", "патрулирование",
}  # fmt: skip
# Community work: deputies doing it with others take part, as at a subbotnik.
_COMMUNITY_WORK = {
    "уборка", "благоустройство", "озеленение", "посадка", "убирать", "убрать", "высадить",
    "посадить", "высаживать", "очистить", "очищать", "чистить", "покрасить", "красить",
    "побелить", "белить", "косить",
}  # fmt: skip
# Harm and rescue: people counted with them are casualties, not participants.
_HARM = {
    "медицинский", "госпитализировать", "травма", "травмироваться", "потеряться", "спасти",
    "эвакуировать", "пострадать", "погибнуть", "пострадавший", "погибший",
    # patients: «в поликлиники обратились 1 400 человек с симптомами ОРВИ»
    "поликлиника", "больница", "симптом", "заболевание", "грипп", "простуда", "заразиться",
}  # fmt: skip
# Keeping order at an event: people counted with these words serve it, not take part.
_ORDER = {"обеспечение", "обеспечивать", "охрана", "охранять", "правопорядок"}
# Words of a court case: with them «привлечены 14 глав» are accused, not helpers.
# Ending a mandate, said by a verb right by the count (not «после отставки мэра …»).
_LEAVING_VERBS = {
    "сложить", "прекратить", "лишить", "лишиться", "уволить", "уволиться", "отозвать",
    "исключить", "выбыть", "отстранить",
}  # fmt: skip
_COURT = {"ответственность", "уголовный", "суд", "приговор", "осудить", "обвинение"}
# A criminal case in a count's own clause: those it counts are accused, arrested or convicted
# («под следствием находятся двое депутатов», «полиция задержала 12 участников акции»).
_CRIME = {
    "следствие", "уголовный", "приговор", "осудить", "осужденный", "обвинение", "обвинить",
    "обвинять", "задержать", "арестовать", "арест", "подозревать", "приговорить",
}  # fmt: skip
# «День города», «Дня Победы»: a named day is a holiday that people take part in.
_HOLIDAY = re.compile(
    r"(?<![\w-])Д(?:ень|ня|ню|нём|нем|не)\s+(?:[А-ЯЁ]|город|район|сел|поселк|посёлк|станиц"
    r"|деревн|молодеж|молодёж|знани|защит|народн|семь|матер|отц|пожил|памят|призывник|флаг)"
)
# Being away, and the reasons for it: «ещё пятеро были в отпусках».
# The nouns too: «заседание сорвалось из-за отсутствия шести депутатов», «неявки троих».
_ABSENCE = {
    "отсутствовать", "отсутствующий", "отпуск", "командировка", "больничный", "отсутствие",
    "неявка",
}  # fmt: skip
# A body named in a count's own clause with no action: «в думе 25 депутатов» is its size.
_BODIES = {
    "дума", "гордума", "совет", "горсовет", "собрание", "созыв", "состав", "фракция",
    "парламент", "палата", "курултай", "хурал",
    # smaller bodies: «В делегации 12 человек», «в комиссии семь членов»
    "делегация", "комиссия", "коллегия", "президиум", "правление", "оргкомитет", "жюри",
}  # fmt: skip
_SITTING_NOUNS = {"заседание", "сессия", "кворум"}
# «Среди депутатов 12 предпринимателей»: people counted among a body's members.
_AMONG_MEMBERS = re.compile(
    r"(?<![\w-])среди\s+(?:[а-яё]+\s+)?(?:депутат|член|парламентари|избранник|народных)\w*",
    re.IGNORECASE,
)
_AMONG_MEMBERS_DASH = re.compile(
    _AMONG_MEMBERS.pattern + r"(?:\s+[а-яё]+){0,3}\s*[—–:]\s*(?:около\s+|более\s+|почти\s+)?$",
    re.IGNORECASE,
)
# Places whose «численность» counts inhabitants, and bodies whose «численность» is staff.
_SETTLEMENTS = {
    "житель", "население", "горожанин", "город", "село", "поселок", "поселение", "деревня",
    "станица", "район", "микрорайон", "область", "край", "республика", "аул", "хутор",
}  # fmt: skip
_STAFF = {
    "дума", "совет", "депутат", "штат", "администрация", "аппарат", "коллектив", "фракция",
    "комиссия", "партия", "организация", "предприятие", "сотрудник", "работник", "служба",
    "полиция", "отделение", "учреждение",
    # groups: «отряд численностью 300 человек прибыл в город»
    "отряд", "группа", "команда", "делегация", "бригада", "дружина", "армия", "войско",
    "корпус", "клуб", "объединение", "союз",
}  # fmt: skip
# Standing in an election: «заявки на участие в выборах подали 40 человек».
_CANDIDACY = {"заявка", "документ", "выдвижение", "самовыдвижение"}
# Taking part or being present, which a list of those who did may follow after commas.
_TOOK_PART = {"участие", "участвовать", "присутствовать", "прийти", "собраться"}
_OFFICE = {"должность", "пост", "кресло"}
_SELECTION = {"конкурс", "отбор", "претендовать"}
_EMPLOYMENT = {"работа", "служба", "должность", "штат"}
_SITTING = {"заседание", "сессия", "кворум", "пленарный", "зал"}
# Of the election cues, those of a vote at a sitting: deputies counted by them were present.
_SITTING_VOTE = {"голосование", "проголосовать", "голосовать", "голос", "проголосовавший"}
_VOTE_VERBS = {"проголосовать", "голосовать"}
# A participle of presence right after deputies: «Из 25 депутатов, присутствовавших в зале».
_PRESENT_AFTER = re.compile(
    r"\s*,?\s*(?:присутствовавш\w*|присутствующ\w*|зарегистрированн\w*)(?![\w-])", re.I
)
# «(постоянное) место жительства в районе имеют N человек»: the statistics' word for those
# living in a place, the count right after the verb.
_HAVE_HOME = re.compile(
    r"(?<![\w-])мест[оа]\s+(?:постоянного\s+)?жительства(?:\s+[^\s.,;:!?]+){0,4}?\s+"
    r"(?:имеют|имели|имеет|имело)\s+(?:(?:около|более|свыше|почти|порядка|лишь|только)\s+)?$",
    re.IGNORECASE,
)
# An audience reached, not people who were there: «охват в соцсетях составил 4 миллиона».
_REACH = re.compile(
    r"(?<![\w-])охват(?:ом|а|у)?(?:\s+[^\s.,;:!?]+){0,4}?\s*(?:составил[аио]?\s+|[—–:]\s*)"
    r"(?:(?:около|более|свыше|почти|порядка|до)\s+)?$",
    re.IGNORECASE,
)
# A moment of a sitting: deputies counted «at the moment» right after a sentence about its
# quorum or a break are those there then («Кворума не было. Сейчас после перерыва 18 депутатов»).
_PRESENCE_TROUBLE = {"кворум", "перерыв", "регистрация", "перерегистрация"}
_MOMENT = re.compile(
    r"(?<![\w-])(?:на\s+(?:данный|этот|тот)\s+момент|сейчас|теперь|после\s+перерыва"
    r"|к\s+(?:этому|тому)\s+времени)(?![\w-])",
    re.IGNORECASE,
)
# Recorded in a place, the count right after the participle: «в районе зафиксировано 44 196
# граждан», «Там зарегистрировано 39 329 человек» (the place named just before).
_RECORDED = re.compile(
    r"(?<![\w-])(?:зарегистрирован[оаы]?|зафиксирован[оаы]?|учтен[оаы]?|учтён[оаы]?)\s+"
    r"(?:(?:около|более|свыше|почти|порядка|всего|уже)\s+)?$",
    re.IGNORECASE,
)
_THERE = re.compile(r"(?<![\w-])(?:там|здесь)(?![\w-])", re.IGNORECASE)
_PLAIN_PEOPLE = {
    "человек", "гражданин", "тысяча", "миллион", "тыс",
    "около", "более", "свыше", "почти", "порядка", "менее",  # «около 61 тысячи жителей»
}  # fmt: skip


def _recorded_in_place(text: str, start: int, end: int, unit: str) -> bool:
    """A population recorded in a place: the place in the clause («в районе»), or «там»,
    «здесь» after a sentence naming one; plain people only («300 безработных граждан» no)."""
    plain = _PLAIN_PEOPLE | _INHABITANT_UNITS
    if not (unit in plain and _RECORDED.search(text, max(0, start - 40), start)):
        return False
    if not {_lemma(m.group()) for m in _WORD.finditer(text, start, end)} <= plain:
        return False
    lo, hi = sentence_bounds(text, start, end)
    if _lemmas(text, lo, hi) & (
        _EVENT_NOUNS | _ELECTION_WORDS | _ELECTION | _HARM | _PARTICIPATION
    ):
        return False
    if _IN_PLACE.search(text, lo, start):
        return True
    around = _lemmas(text, max(0, lo - 200), lo) | _lemmas(text, lo, start)
    return bool(
        _THERE.search(text, lo, start)
        and around & _SETTLEMENTS
        and not _lemmas(text, max(0, lo - 200), lo) & _EVENT_NOUNS
    )


# A place «с N жителями»: a settlement's noun, or a place's name as an adjective (its noun
# left out: «статус закреплён за Нижнесельским с 7169 жителями»), right before «с».
_PLACE_WITH = re.compile(
    r"(?:(?<![\w-])(?:город|район|сел[оаеу]|сёл|пос[её]л[оке]|деревн|станиц|округ|хутор|аул"
    r"|микрорайон|поселени|муниципалитет|областн|регион)[а-яё]*"
    r"|(?-i:[А-ЯЁ][а-яё]+(?:ск|цк)(?:ий|ой|им|ом|ая|ое|ого|ую)))"
    r"\s+с\s+(?:населением\s+)?(?:(?:около|более|почти|свыше|порядка|всего|лишь)\s+)?$",
    re.IGNORECASE,
)
# Talking with people: «побеседовал в Ивановском районе с 40 жителями» is no population.
_TALKING = {
    "беседовать", "побеседовать", "общаться", "пообщаться", "поговорить", "говорить",
    "разговаривать", "поделиться", "обсудить", "обсуждать", "работать", "связаться",
}  # fmt: skip
_WITHOUT_BEFORE = re.compile(r"(?<![\w-])без\s+(?:(?:всего|лишь|только)\s+)?$", re.I)
# «Из присутствовавших 22 депутатов»: the participle of presence right before the count.
_PRESENT_BEFORE = re.compile(
    r"(?<![\w-])(?:присутствовавш|присутствующ|зарегистрированн)\w*\s+$", re.IGNORECASE
)
_RESTATES = re.compile(r"\s*[«\"]?это\s+(?:около\s+|более\s+|почти\s+|свыше\s+|порядка\s+)?$", re.I)
# «Всего это …», «Итого это …»: a sum that restates the sentence before.
_RESTATES_SUM = re.compile(
    r"\s*(?:(?:всего|итого|в\s+общей\s+сложности|а)\s*,?\s*)?[«\"]?это\s+"
    r"(?:около\s+|более\s+|почти\s+|свыше\s+|порядка\s+)?$",
    re.IGNORECASE,
)
# Verbs that pass a «не» on to the verb after them: «трое не смогли приехать».
_MODALS = {"смочь", "мочь", "успеть", "захотеть", "пожелать", "решиться"}
# A count of voters right before «из»: «11 тысяч избирателей из 32 тысяч».
_VOTER_COUNT_BEFORE = re.compile(r"избирател\w*\s+из\s+$", re.IGNORECASE)
# A part counted in digits right before «из»: «1 012 человек из», «62 жителя деревни из».
_PART_FROM = re.compile(
    r"(?<![\w.,])[0-9]+(?:[ \u00a0][0-9]{3})*(?:[^\S\n]+(?:тыс\.|[а-яё]+)){0,3}[^\S\n]+\(?из\s+$",
    re.IGNORECASE,
)
# Backing a candidate, and the words that make it an election: «на выборах … кандидата
# поддержали 48 тысяч горожан» counts voters.
_PUBLIC_POLLS = {"сход", "референдум", "опрос", "самообложение"}
_SUPPORT_VERBS = {"поддержать", "поддерживать", "предпочесть", "выбрать"}
_ELECTION_WORDS = {"выборы", "избиратель", "явка", "бюллетень", "избирательный"}
# Gatherings that may hold a public vote: those who came to one took part in it.
_GATHERINGS = {"сход", "собрание", "слушание", "конференция"}
# Counted nouns that decide the role by themselves, and the bodies' members.
_PARTICIPANT_UNITS = {
    "участник", "делегат", "гость", "зритель", "слушатель", "посетитель", "донор",
    # those at a rally: «Численность митингующих составила около 500 человек»
    "митингующий", "протестующий", "демонстрант", "манифестант", "пикетчик",
}  # fmt: skip
DEPUTY_UNITS = {"депутат", "член", "парламентарий", "избранник", "сенатор", "советник"}
_INHABITANT_UNITS = {
    "житель", "горожанин", "сельчанин", "жительница", "горожанка", "сельчанка", "проживающий",
}  # fmt: skip
_POST_UNITS = {"заместитель", "зам", "замглавы", "помощник", "советник", "вице-мэр", "вице-спикер"}
_VOTER_UNITS = {"избиратель", "избирательница"}
# Ordinary people, as a crowd at an event is counted (not officials or candidates).
_CROWD_UNITS = {
    "человек", "житель", "горожанин", "гражданин", "гость", "зритель", "ребенок", "дети",
    "школьник", "студент", "волонтер", "пенсионер", "сельчанин", "посетитель", "турист",
}  # fmt: skip
# Members of a party's group in a body: «в думу прошли 18 единороссов и 4 коммуниста».
_PARTY_UNITS = {
    "единоросс", "коммунист", "справоросс", "эсер", "лдпровец", "жириновец", "самовыдвиженец",
    "яблочник", "беспартийный", "независимый", "одномандатник", "списочник",
}  # fmt: skip
# Verbs of belonging that make participants a body's members: «в движении состоят 300
# участников», «клуб насчитывает 850 участников».
_BELONGING = {"состоять", "насчитывать"}
# Predicate nouns that name the role: «волонтёрами стали 80 студентов».
_PREDICATE_ROLES = {
    **dict.fromkeys(("участник", "волонтер", "доброволец", "зритель", "гость"), "participants"),
    **dict.fromkeys(("депутат", "член", "парламентарий", "избранник", "заместитель"), "members"),
    **dict.fromkeys(("кандидат", "претендент", "победитель", "лауреат", "призер"), "other"),
}
# People who are counted as what they are, whatever the sentence says: candidates, accused.
_OTHER_UNITS = {
    "кандидат", "кандидатура", "претендент", "соискатель", "номинант", "осужденный",
    "обвиняемый", "подозреваемый", "фигурант", "задержанный", "потерпевший",
    "наблюдатель",  # «за выборами наблюдали 120 наблюдателей»: they watch, not vote
    "выбывший", "отсутствующий", "отсутствовавший",  # those who left or were away
}  # fmt: skip

# Candidates elected are a body's members: «избраны 12 кандидатов».
_CANDIDATE_UNITS = {"кандидат", "претендент"}
_ELECTED = {"избрать", "избраться", "победить"}

_CUES: dict[str, str] = {}
for _words, _kind in (
    (_PARTICIPATION, "participation"),
    (_MEMBERSHIP, "membership"),
    (_ELECTION, "election"),
    (_BORN, "other"),
    (_ABSENCE, "absence"),
    (_RESIDENCE, "residence"),
):
    for _w in _words:
        _CUES.setdefault(_w, _kind)

_WORD = re.compile(r"[А-Яа-яЁёA-Za-z]+(?:-[А-Яа-яЁё]+)?")
_SENTENCE_END = re.compile(r"[.!?…](?=\s+[А-ЯЁA-Z0-9«\"])|\n")
_FROM_BEFORE = re.compile(r"(?<![\w-])из\s+$", re.IGNORECASE)
# A change in a count, not a count: «на 200 человек больше», «выросло на 15 человек».
_CHANGE = (
    r"(?:вырос\w*|выраст\w*|увелич\w*|сократ\w*|сокращ\w*|сниз\w*|сниж\w*|уменьш\w*"
    r"|прибав\w*|убав\w*|больше|меньше)"
)
_ON_BEFORE = re.compile(r"(?<![\w-])на\s+$", re.IGNORECASE)
# «сократилось почти на 500 человек», «выросло за год на 1,2 тысячи»: words may come between
_DELTA_BEFORE = re.compile(rf"(?<![\w-]){_CHANGE}\s+(?:[а-яё0-9]+\s+){{0,3}}на\s+$", re.IGNORECASE)
_DELTA_AFTER = re.compile(rf"\s+{_CHANGE}(?![\w-])", re.IGNORECASE)
# «прошли в думу», «избраны в городской совет»: entering a body makes its members.
_INTO_VERB = (
    r"(?:прош[её]?л[аио]?|проход\w*|попал[аио]?|попад\w*|вош[её]?л[аио]?|вход\w*"
    r"|избран[аоы]?|избира\w*|изберут|избрал[аио]?|провел[аио]?|провёл|провод\w*)"
)
_INTO_BODY_NOUN = (
    r"в\s+(?:[а-яё-]+\s+){0,2}(?:дум|гордум|совет|горсовет|парламент|собрани|заксобрани|палат"
    r"|комисси|президиум|курултай|хурал|ассамбле|мосгордум|сенат)\w*"
)
# Elected by a list or in a constituency: «по партийным спискам прошли 12 депутатов».
_ELECTED_BY = re.compile(
    r"(?<![\w-])по\s+(?:[а-яё]+\s+){0,2}(?:списк|округ|мажоритарн|одномандатн)", re.IGNORECASE
)
_ELECTED_VERBS = {"пройти", "избрать", "избраться", "победить", "получить", "стать"}
# «прошли в думу», «в гордуму прошли», «провела в думу 30 кандидатов»
_INTO_BODY = re.compile(
    rf"(?<![\w-])(?:{_INTO_VERB}\s+(?:[а-яё]+\s+){{0,2}}{_INTO_BODY_NOUN}"
    rf"|{_INTO_BODY_NOUN}\s+{_INTO_VERB}(?![\w-]))",
    re.IGNORECASE,
)
# «Волонтёрами стали 80 студентов»: a plural instrumental before a linking verb.
_PREDICATE_BEFORE = re.compile(
    r"(?<![\w-])(?P<honour>(?:почетн|почётн)\w+\s+)?(?P<noun>[А-Яа-яЁё-]+(?:ами|ями))"
    r"\s+(?:[а-яё]+\s+){0,4}?"
    r"(?:стал[аио]?|станут|становятся|оказал(?:ся|ись|ось)|являются|выступили|выступают|были"
    r"|будут)\s+(?:[а-яё]+\s+){0,2}$",
    re.IGNORECASE,
)
# A body before «из»: «совет из 9 человек», «комиссию из семи человек», «состоит из 25».
_BODY_FROM = re.compile(
    r"(?:совет\w*|комисси\w*|дум\w*|коллеги\w*|президиум\w*|правлени\w*|палат\w*|групп\w*"
    r"|команд\w*|штаб\w*|состав\w*|состо\w*|оргкомитет\w*|жюри|актив\w*|фракци\w*"
    r"|отряд\w*|бригад\w*|делегаци\w*|дружин\w*|экипаж\w*)"
    r"\s+(?:[а-яё]+\s+){0,2}из\s+$",
    re.IGNORECASE,
)
# Elected into a duma, the body right after «в»: «в Госдуму от региона прошли пять человек»
# (not «в зал думы вошли 200 человек»).
_ELECTED_INTO = re.compile(
    r"(?<![\w-])(?:(?:прош[её]?л[аио]?|избран[аоы]?)\s+в\s+(?:гос|гор|мосгор)?дум\w*"
    r"|в\s+(?:гос|гор|мосгор)?дум\w*\s+(?:[а-яё]+\s+){0,2}(?:прош[её]?л[аио]?|избран[аоы]?))"
    r"(?![\w-])",
    re.IGNORECASE,
)
# «Рабочая группа в количестве 15 человек», «отряд численностью 40»: a body's size.
_BODY_SIZED = re.compile(
    r"(?:совет\w*|комисси\w*|коллеги\w*|президиум\w*|правлени\w*|групп\w*|команд\w*"
    r"|штаб\w*|оргкомитет\w*|жюри|актив\w*|фракци\w*|делегаци\w*|отряд\w*|бригад\w*)"
    r"\s+(?:[а-яё]+\s+){0,2}(?:в\s+количестве|численностью|в\s+составе)\s+$",
    re.IGNORECASE,
)
# A body, then a dash or «это» right before the count: «Совет депутатов округа — 15 человек».
_BODY_IS = re.compile(
    r"(?<![\w-])(?:совет|дума|гордума|собрание|комиссия|палата|фракция|президиум|коллегия"
    r"|правление|актив|штаб|делегация|команда|корпус|состав|оргкомитет|жюри)"
    r"(?:\s+[а-яё]+){0,3}\s*[—–]\s*(?:это\s+)?(?:всего\s+)?$",
    re.IGNORECASE,
)
# Being in the hall or on the spot: «на месте были 18», «в зале оставались 20».
_ON_THE_SPOT = re.compile(
    r"(?<![\w-])(?:на\s+месте|в\s+зале)\s+(?:был[иоа]?|находил[иоа]сь|оставал[иоа]сь"
    r"|остал[иоа]сь)(?![\w-])",
    re.IGNORECASE,
)
# «Всего депутатов – 25», «всего членов в совете: 15»
_TOTAL_DASH = re.compile(
    r"(?<![\w-])всего\s+(?:депутат|член|избранник|парламентари)[а-яё]*"
    r"(?:\s+(?:в|во|на)\s+[а-яё]+)?\s*[—–:]\s*$",
    re.IGNORECASE,
)
_OUT_OF_BODY = re.compile(
    r"(?<![\w-])(?:вы(?:ш|ход)\w*\s+из\s+(?:состава\s+)?(?:фракци|парти|совет|дум|комисси|зал)"
    r"|из\s+(?:состава\s+)?(?:фракци|парти|совет|дум|комисси|зал)\w*(?:\s+\w+)?\s+вы(?:ш|ход)\w*)",
    re.IGNORECASE,
)
_SUBSET_BEFORE = re.compile(
    r"(?:(?:среди\s+(?:них|которых)|в\s+том\s+числе|из\s+(?:них|которых)|в\s+их\s+числе)"
    r"[\s,:—–-]*(?:\w+(?:\s*[—–])?\s+){0,4}"  # «из них пенсионеров – около 9 тысяч»
    r"|среди\s+[0-9]+(?:\s+[а-яё]+){1,4}\s*[—–:,]\s*)$",  # «среди 28 депутатов созыва — 9»
    re.IGNORECASE,
)


def _norm(word: str) -> str:
    return word.lower().replace("ё", "е")


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(0, start - 250)
    left = lo
    for m in _SENTENCE_END.finditer(text, lo, start):
        left = m.end()
    m = _SENTENCE_END.search(text, end, min(len(text), end + 250))
    return left, (m.start() if m else min(len(text), end + 250))


# A relative clause opens after a comma: «в думе, в которой 35 депутатов, …», «, где живут».
_RELATIVE_OPEN = re.compile(
    r",\s*(?:(?:в|на|из|у|с|для|к|по)\s+)?(?:котор\w+|где|куда|откуда)(?![\w-])", re.IGNORECASE
)
_CLAUSE_CLOSE = re.compile(r"[,;:—–()]|\s-\s")


def relative_clause(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """The bounds of the relative clause [start, end) stands in, if any, else [lo, hi): «На
    заседание думы, в которой 35 депутатов, пришли 30» counts the 35 by its own clause."""
    opening = None
    for m in _RELATIVE_OPEN.finditer(text, lo, start):
        opening = m
    if opening is None or _CLAUSE_CLOSE.search(text, opening.end(), start):
        return lo, hi
    close = _CLAUSE_CLOSE.search(text, end, hi)
    return opening.start() + 1, close.start() if close else hi


_APPOSITION = re.compile(
    r"(?P<words>(?:[А-Яа-яЁё«»\"]+\s+){0,2}[А-Яа-яЁё«»\"]+)\s*(?:[—–]|\()\s*"
    r"(?:около\s+|более\s+|свыше\s+|почти\s+|всего\s+)?$",
    re.IGNORECASE,
)
_NAMED_UNITS = (
    _PARTICIPANT_UNITS | DEPUTY_UNITS | _PARTY_UNITS | _OTHER_UNITS | _VOTER_UNITS | _POST_UNITS
)


_KNOWN_UNITS = _NAMED_UNITS | _INHABITANT_UNITS | _CROWD_UNITS


_INVITED = re.compile(r"приглаш[её]нн(?:ые|ых)$", re.IGNORECASE)


def _apposition(text: str, start: int) -> str | None:
    """«Большинство получили единороссы — 30 человек», «Депутаты (17 человек)»: the plural
    people noun a dash or a bracket puts the count beside (one of the three words before it),
    when it names a kind of people the roles know."""
    m = _APPOSITION.search(text, max(0, start - 60), start)
    if m is None:
        return None
    for word in reversed(m.group("words").split()):
        if _INVITED.match(word):
            return "гость"  # «а также приглашённые – около 30 человек»: guests
        plural = [
            p
            for p in parses(word.strip('«»"').lower())
            if p.tag.POS == "NOUN" and p.tag.number == "plur" and p.tag.case == "nomn"
        ]
        if plural and _norm(plural[0].normal_form) in _NAMED_UNITS:
            return _norm(plural[0].normal_form)
    return None


# Participles that name a rally's crowd: «численность митингующих», «число протестующих».
_CROWD_PARTICIPLES = {
    "митингующ": "митингующий", "протестующ": "протестующий",
}  # fmt: skip
_COUNT_NAMED = re.compile(
    r"(?<![\w-])(?:число|числа|количество|количества|численность|численности|явка|явки)"
    r"\s+([а-яё]+)",
    re.IGNORECASE,
)


def _count_named(text: str, start: int, end: int) -> str | None:
    """The people noun after «число», «количество», «численность» earlier in the sentence: a
    count in «человек» then counts these people («Число работников превышает 300 человек»)."""
    lo, _ = sentence_bounds(text, start, end)
    for m in _COUNT_NAMED.finditer(text, lo, start):
        crowd = next(
            (v for k, v in _CROWD_PARTICIPLES.items() if m.group(1).lower().startswith(k)), None
        )
        if crowd is not None:
            return crowd  # «Численность митингующих составила около 500 человек»
        found = parses(m.group(1).lower())
        if found and found[0].tag.POS == "NOUN" and "anim" in found[0].tag:
            return _norm(found[0].normal_form)
    return None


def _clause(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """The comma-, dash- or colon-bounded part of [lo, hi) around [start, end)."""
    left = lo
    for m in _CLAUSE_CLOSE.finditer(text, lo, start):
        left = m.end()
    close = _CLAUSE_CLOSE.search(text, end, hi)
    return left, close.start() if close else hi


def _lemma(word: str) -> str:
    low = word.lower()
    return _norm("прийти" if low in {"пришли", "пришло"} else lemma(low))


def _word_lemma(word: str) -> str:
    """The lemma, or for a hyphenated compound the lemma of its head when only that is a cue:
    «онлайн-голосование» is a «голосование», «фан-зона» stays itself."""
    found = _lemma(word)
    if "-" in word and found not in _CUES:
        head = _lemma(word.rsplit("-", 1)[1])
        if head in _CUES or head in _EVENT_NOUNS or head in _SITTING:
            return head
    return found


_UNITED = re.compile(r"объедин[её]н", re.IGNORECASE)
_HALL_OF_SITTINGS = re.compile(r"(?<![\w-])зал[а-яё]*\s+заседаний(?![\w-])", re.IGNORECASE)
_SITTING_WORD = re.compile(r"(?<![\w-])(?:заседани|сесси|кворум)", re.IGNORECASE)
_IN_HALL = re.compile(r"(?<![\w-])(?:в|во)\s+(?:[а-яё]+\s+)?(?:зал|фойе|аудитори)", re.IGNORECASE)
_INTO_ROOM = re.compile(
    r"(?<![\w-])(?:в|во)\s+(?:[а-яё]+\s+)?(?:зал|помещени|здани|кабинет|аудитори|холл|фойе)",
    re.IGNORECASE,
)
_COUNT_NEXT = re.compile(
    r"\s+(?:все|лишь|только|около|более|свыше|почти|порядка|[0-9]|[а-яё]+(?:еро|ое|ро)(?![\w-]))",
    re.IGNORECASE,
)


# Refusing denies the cue words right after it, as «не» does: «отказались участвовать»,
# «отказались принимать участие в голосовании» (the cue within two words).
_REFUSALS = {"отказаться", "отказываться"}
_REFUSE_SPAN = 3
_NOT_TAKING = re.compile(r"(?<![\w-])не\s+(?:принима|приня|прин[яи]л)", re.IGNORECASE)


def _cues(
    text: str, lo: int, hi: int, start: int, end: int
) -> list[tuple[int, str, bool, str, int]]:
    """(distance, kind, negated, lemma, offset) of every cue word in [lo, hi) outside the
    figure."""
    found: list[tuple[int, str, bool, str, int]] = []
    previous = ""
    denied = False  # «не» before, or «не» and a modal before: «не смогли приехать»
    refused = 0  # words left after «отказались»: «отказались принимать участие в голосовании»
    infinitives: list[tuple[int, int]] = []  # (index in found, word number) of infinitive cues
    words = 0
    for m in _WORD.finditer(text, lo, hi):
        word = m.group()
        words += 1
        if start <= m.start() < end:
            previous, denied, refused = word.lower(), False, 0
            infinitives = []  # the count between: «Участвовать 40 человек отказались» is no pair
            continue
        cue = _word_lemma(word)
        if cue == "объединить" and _UNITED.match(word):
            cue = "объединенный"  # «в них объединены 20 тысяч жителей»; not «акция объединила»
        if cue == "прибыль" and _COUNT_NEXT.match(text, m.end()):
            cue = "прибыть"  # «Прибыли все 25 избранников»: the verb, not the profit
        kind = _CUES.get(cue)
        if cue in {"войти", "входить"} and _INTO_ROOM.search(text, lo, hi):
            kind = "participation"  # «В зал заседаний вошли 200 человек»: a room, not a body
        if kind is not None and _counted_noun(text, m):
            kind = None  # «23 коллектива и 400 исполнителей»: another count's noun says nothing
        if kind == "membership" and _owner_of_count(text, m, end):
            kind = None  # «18 членов комиссии»: whose members, not that they are a body's size
        if kind is not None:
            dist = start - m.end() if m.end() <= start else m.start() - end
            found.append((dist, kind, previous == "не" or denied or refused > 0, cue, m.start()))
            if _infinitive_cue(word, previous):
                infinitives.append((len(found) - 1, words))
        if cue in _REFUSALS and previous != "не":
            # «Участвовать в опросе отказались 40 жителей», «Принять участие в уборке берега
            # отказались 38 человек»: the infinitive before is refused, with the cues after it
            first = next(
                (
                    at
                    for at, number in infinitives
                    if words - number <= _REFUSE_BACK
                    and not _CLAUSE_BREAK.search(text, found[at][4], m.start())
                ),
                None,
            )
            for at in range(first if first is not None else len(found), len(found)):
                found[at] = (*found[at][:2], True, *found[at][3:])
            infinitives = []
        denied = previous == "не" and cue in _MODALS
        refused = _REFUSE_SPAN if cue in _REFUSALS and previous != "не" else max(0, refused - 1)
        previous = word.lower()
    return found


_INFINITIVE_END = ("ть", "ться", "ти", "тись")
_REFUSE_BACK = 9  # words from an infinitive cue to the refusal after it
_CLAUSE_BREAK = re.compile(r"[,;:.!?()—–]")


def _infinitive_cue(word: str, previous: str) -> bool:
    """A cue word that is an infinitive («участвовать»), or the «участие» of an infinitive
    («принять участие»): what a refusal after it may deny."""
    word = word.lower()
    if word.endswith(_INFINITIVE_END):
        return True
    return word in {"участие", "участия"} and previous.endswith(_INFINITIVE_END)


def _owner_of_count(text: str, word: re.Match[str], end: int) -> bool:
    """A body noun in the genitive right after the count names whose people it counts."""
    if not 0 <= word.start() - end <= 1:
        return False
    found = parses(word.group().lower())
    return bool(found) and found[0].tag.POS == "NOUN" and found[0].tag.case == "gent"


_DIGITS_BEFORE = re.compile(r"(?<![\w.,])[0-9]+(?:[.,][0-9]+)?\s+$")


def _counted_noun(text: str, word: re.Match[str]) -> bool:
    """A noun right after a number in digits: the thing another figure counts."""
    if not _DIGITS_BEFORE.search(text, max(0, word.start() - 12), word.start()):
        return False
    found = parses(word.group().lower())
    return bool(found) and found[0].tag.POS == "NOUN"


def _lemmas(text: str, lo: int, hi: int) -> set[str]:
    return {_word_lemma(m.group()) for m in _WORD.finditer(text, lo, hi)}


# Being, staying and amounting to: a count with only these verbs is a size, not an action.
_STATIVE = {
    "быть", "остаться", "оставаться", "насчитываться", "иметься", "являться", "составлять",
    "составить", "достигать", "достигнуть", "достичь", "превышать", "превысить",
}  # fmt: skip


def _acts(text: str, lo: int, hi: int, start: int, end: int) -> bool:
    """Whether the sentence has a finite verb or short participle besides being and staying
    (a word read first as a noun, «села», is none)."""
    for m in _WORD.finditer(text, lo, hi):
        if start <= m.start() < end:
            continue
        word = m.group().lower()
        found = parses(word)
        if not found or found[0].tag.POS == "NOUN" or _lemma(word) in _STATIVE:
            continue
        if has_tag(word, "VERB", 0.3) or has_tag(word, "PRTS", 0.3):
            return True
    return False


def _is_verb(lem: str) -> bool:
    """A cue lemma that is a verb («участвовать», «прийти»), not a noun under «не»."""
    found = parses(lem)
    return bool(found) and found[0].tag.POS == "INFN"


def _active_participle(text: str, lo: int, hi: int) -> bool:
    """«Число жителей, подписавших обращение, …»: people described by what they did."""
    for m in _WORD.finditer(text, lo, hi):
        found = parses(m.group().lower())
        if found and found[0].tag.POS == "PRTF" and "actv" in found[0].tag:
            if _lemma(m.group()) not in _STATIVE:
                return True
    return False


_FULL_BEFORE = re.compile(r"(?<![\w-])полном\s+$", re.IGNORECASE)
# «полномочия двух депутатов», «полномочий 4 депутатов»: the count whose mandate is spoken of.
_MANDATE_OF = re.compile(r"(?<![\w-])полномочи[йяе]\s+(?:[а-яё]+\s+)?$", re.IGNORECASE)
# Getting an award or a paper: those counted with it are its recipients, not a crowd.
_RECEIVE = {"получить", "получать", "удостоиться"}
_AWARDS = {
    "грамота", "благодарность", "награда", "премия", "диплом", "медаль", "орден", "знак",
    "сертификат", "письмо", "звание", "стипендия", "грант", "приз", "кубок",
}  # fmt: skip
# not «удостоверение», «свидетельство»: papers of a status («все 30 депутатов получили
# удостоверения» are members)


def _leaving_verb(text: str, lo: int, hi: int) -> bool:
    """A verb or short participle that ends a mandate («сложили», «прекращены», «лишены»); not
    a full participle naming others («вместо выбывших пришли четверо»)."""
    for m in _WORD.finditer(text, lo, hi):
        found = parses(m.group().lower())
        if found and found[0].tag.POS in {"VERB", "PRTS"}:
            if _norm(found[0].normal_form) in _LEAVING_VERBS:
                return True
    return False


_SIGNING = {"подписать", "подписывать", "подписавший", "петиция", "подпись"}


def _signs(text: str, start: int, end: int) -> bool:
    """The count's clause, or the participle phrase right after it, says they signed."""
    lo, hi = sentence_bounds(text, start, end)
    left, right = _clause(text, start, end, lo, hi)
    if _lemmas(text, left, right) & _SIGNING:
        return True
    first = _WORD.search(text, right, hi)
    found = parses(first.group().lower()) if first else []
    if not found or found[0].tag.POS != "PRTF" or text[right : first.start()].strip() != ",":
        return False
    after = _clause(text, first.start(), first.end(), lo, hi)
    return bool(_lemmas(text, *after) & _SIGNING)


def _receives_award(text: str, start: int, end: int) -> bool:
    """The count's own clause says they received an award or a paper."""
    lo, hi = relative_clause(text, start, end, *sentence_bounds(text, start, end))
    words = _lemmas(text, *_clause(text, start, end, lo, hi))
    return bool(words & _RECEIVE and words & _AWARDS)


# «депутат по избирательному округу № 7»: a district's name, not an election.
_CONSTITUENCY = re.compile(r"(?<![\w-])избирательн\w*\s+округ", re.IGNORECASE)


def _elects(text: str, lo: int, hi: int, words: set[str]) -> bool:
    """The sentence speaks of an election or a vote («на избирательные участки пришли …»), not
    only of a deputy's constituency by name («приём по избирательному округу № 7»)."""
    election = words & (_ELECTION - {"голос"})
    if election == {"избирательный"} and _CONSTITUENCY.search(text, lo, hi):
        return False
    return bool(election)


def _people_noun(word: str) -> bool:
    """An animate noun: a kind of people («экспертами», «судьями»), not «итогами»."""
    found = parses(word.lower())
    return bool(found) and found[0].tag.POS == "NOUN" and "anim" in found[0].tag


# A quorum's size is a threshold, not those present: «Кворум составляет 14 депутатов», «для
# кворума необходимо не менее 16», «пришли 12 депутатов при кворуме в 14»; not «кворум есть».
_QUORUM = re.compile(r"(?<![\w-])кворум", re.IGNORECASE)
_QUORUM_IN = re.compile(
    # «Кворум: 17 депутатов» of a vote record: the colon right after the word
    r"(?<![\w-])кворум[а-яё]*(?::[^\S\n]*|\s+(?:в\s+|(?:[а-яё]+\s+){0,4}(?:—|–|-|:)\s+"
    # «для кворума требуется не менее 11», «для кворума нужны хотя бы 14»
    r"|(?:[а-яё]+\s+){0,3}(?:требуется|требовалось|необходимо|нужно|нужны|необходимы"
    r"|достаточно)\s+(?:(?:не\s+менее|минимум|хотя\s+бы)\s+)?))$",
    re.IGNORECASE,
)
_THRESHOLD = {
    "составлять", "составить", "необходимый", "необходимо", "нужно", "нужный", "требоваться",
    "достаточно", "достаточный", "минимум", "минимальный", "должный",
}  # fmt: skip


def quorum_before(text: str, start: int) -> bool:
    """«кворум — 14», «при кворуме в 14»: the number right after is the quorum's size."""
    return bool(_QUORUM_IN.search(text, max(0, start - 50), start))


def _quorum_size(text: str, start: int, end: int) -> bool:
    if quorum_before(text, start):
        return True
    clause = _clause(text, start, end, *sentence_bounds(text, start, end))
    return bool(_QUORUM.search(text, clause[0], start) and _lemmas(text, *clause) & _THRESHOLD)


# The electorate is no voters: «Всего в округе 28 тысяч избирателей», «на участке 2 400
# избирателей», «для голосования зарегистрированы 56 тысяч избирателей», «из 210 тысяч
# избирателей».
_ELECTORATE_PLACES = _SETTLEMENTS - {"житель", "население", "горожанин"} | {
    "округ",
    "участок",
    "список",
    "территория",
    "муниципалитет",
    "округа",
}
_FOR = re.compile(r"(?<![\w-])за(?![\w-])", re.IGNORECASE)
_A_DASH_BEFORE = re.compile(r",\s*а\s+[а-яё]+\s*[—–]\s*(?:около\s+|более\s+)?$", re.IGNORECASE)
# «из 65 (изначально) пришедших», «из 30 явившихся»: a whole named by having come
_CAME_AFTER = re.compile(
    r"\s+(?:[а-яё]+\s+)?(?:пришедш|присутствовавш|присутствующ|явивш|прибывш)[а-яё]*(?![\w-])",
    re.IGNORECASE,
)
_PRESENT_UNITS = {
    "присутствующий",
    "присутствовавший",
    "оставшийся",
    # «из 41 пришедших на заседание», «из 30 явившихся»: those who came to a sitting
    "пришедший",
    "явившийся",
    "прибывший",
}  # «оставшихся 20» at a sitting
# A constituency or a deputy holding so many electors: «округ объединяет», «представляет
# интересы», «на одного депутата приходится».
_HOLDS = {
    "объединять", "объединить", "насчитывать", "насчитываться", "представлять", "приходиться",
}  # fmt: skip
_REGISTERED = {"зарегистрировать", "зарегистрированный", "приписать", "приписанный"}


# «в районе», «в посёлке», «на территории города»: where a registered population lives.
_IN_PLACE = re.compile(
    r"(?<![\w-])(?:в|во|на\s+территории)\s+(?:[а-яё]+\s+)?(?:район|город|поселени|пос[её]лк"
    r"|сел[еаоу]|деревн|станиц|округ|микрорайон|хутор|аул|област|кра[ея]|республик)",
    re.IGNORECASE,
)


_PETITION = {"петиция", "обращение", "подпись", "инициатива", "проект", "предложение"}
_SUCH_BEFORE = re.compile(
    r"(?<![\w-])таких\s+(?:(?:в|во|на)\s+[а-яё]+\s+)?(?:[а-яё]+\s+){0,2}$", re.IGNORECASE
)
_SIZE_CLAUSE = re.compile(
    r"\s*(?:всего\s+)?[а-яё]+(?:\s+[а-яё]+)?\s+(?:было|будет|стало|станет|насчитывалось)\s+"
    r"(?:около\s+|более\s+|свыше\s+|почти\s+)?$",
    re.IGNORECASE,
)
# The staff of an office: «в администрации работают 120 муниципальных служащих».
_WORKPLACES = (
    r"администраци|аппарат|штаб[еа]|штат[еа]|мэри|управлени"
    r"|департамент|отдел[еа]|учреждени|организаци|предприяти|компани|ведомств|лагер|школ[еа]"
    r"|больниц|поликлиник|библиотек|музе|детск|колледж|центр[еа]|лице[ея]|гимнази|техникум"
    r"|университет|институт|театр|фап|фельдшерск|амбулатори|клиник"
)
_STAFF_PLACE = re.compile(
    rf"(?<![\w-])в\s+(?:[а-яё]+\s+){{0,2}}(?:{_WORKPLACES})"
    # «построили ФАП, где работают три медика», «открыта амбулатория, в которой работают»: the
    # workplace a relative clause opens after
    r"|(?<![\w-])(?:фап|амбулатори[яюи]|поликлиник[аиу]|больниц[аыу]|школ[аыу]|библиотек[аиу]"
    r"|клиник[аиу])[^\S\n]*,[^\S\n]+(?:где|в[^\S\n]+котор(?:ой|ом))(?![\w-])",
    re.IGNORECASE,
)
# «Численность сотрудников аппарата — 40 человек»: an office's staff counted by its size.
_STAFF_COUNT = re.compile(
    r"(?<![\w-])(?:число|количество|численность)\s+(?:работник|сотрудник|служащ|чиновник)"
    r"[а-яё]*\s+(?:[а-яё]+\s+)?(?:администраци|аппарат|мэри|управлени|департамент|отдел[аов]"
    r"|учреждени|организаци|предприяти|компани|ведомств)",
    re.IGNORECASE,
)
_WORK_VERBS = {"работать", "трудиться", "служить"}
_STAFF_UNITS = {
    "служащий", "сотрудник", "работник", "специалист", "человек", "чиновник", "педагог",
    "учитель", "преподаватель", "воспитатель", "вожатый", "тренер", "врач", "медик",
    "фельдшер", "юрист", "инженер", "библиотекарь",
}  # fmt: skip


def _candidacy(text: str, lo: int, hi: int) -> bool:
    """Papers filed for an election or an office: those counted stand as candidates."""
    words = _lemmas(text, lo, hi)
    if words & _SELECTION and words & (_OFFICE | {"замещение"}):
        return True  # «в конкурсе на замещение должности главы участвовали двое»
    if not words & _CANDIDACY:
        return False
    return bool(words & _ELECTION or (words | _lemmas(text, max(0, lo - 200), lo)) & _OFFICE)


def _staff(text: str, start: int, end: int, unit: str) -> bool:
    if unit not in _STAFF_UNITS:
        return False
    lo, hi = sentence_bounds(text, start, end)
    if _STAFF_COUNT.search(text, lo, start) and not _ON_BEFORE.search(
        text, max(0, start - 4), start
    ):
        return True  # «Число работников администрации превышает 300 человек»; not «на 20»
    clause = _clause(text, start, end, lo, hi)
    if unit != "человек" and runs_the_work(text, *clause):
        return True  # «Занятия ведут 42 тренера», «Работу лагерей обеспечивали 96 вожатых»
    words = _lemmas(text, *clause)
    if words & (_EVENT_NOUNS | _SITTING):
        return False
    if words & _WORK_VERBS:
        # «В школе учатся 820 детей, работают 64 педагога»: the place said in the clause
        # before, when the sentence names no event
        place = _STAFF_PLACE.search(text, *clause) or (
            _STAFF_PLACE.search(text, lo, start)
            and not _lemmas(text, lo, hi) & (_EVENT_NOUNS | _SITTING)
        )
        return bool(place)
    # «В детском саду 140 воспитанников и 22 сотрудника»: staff named with no verb at all
    return bool(
        unit != "человек"
        and not _acts(text, *clause, start, end)
        and _STAFF_PLACE.search(text, *clause)
    )


# «На постоянной основе работают двое»: a body's members (or an office's staff) who hold
# their seat as a job.
_FULL_TIME = re.compile(
    r"(?<![\w-])на\s+(?:постоянной|освобожд[её]нной|профессиональной|штатной)\s+основе",
    re.IGNORECASE,
)


# A body's own members said beside others: «помимо 9 его членов», «кроме всех 15 её депутатов».
_BESIDES_BEFORE = re.compile(r"(?<![\w-])(?:кроме|помимо)\s+(?:всех\s+)?$", re.IGNORECASE)
_OWN_MEMBERS = re.compile(r"\s(?:его|её|ее|их)\s+(?:член|депутат)", re.IGNORECASE)


def _full_time(text: str, start: int, end: int) -> bool:
    clause = _clause(text, start, end, *sentence_bounds(text, start, end))
    return bool(_FULL_TIME.search(text, *clause) and _lemmas(text, *clause) & _WORK_VERBS)


def _electorate(text: str, start: int, end: int) -> bool:
    lo, hi = relative_clause(text, start, end, *sentence_bounds(text, start, end))
    clause = _clause(text, start, end, lo, hi)
    words = _lemmas(text, *clause)
    if words & _REGISTERED and not words & _VOTE_VERBS:
        return True
    if words & _HOLDS and not words & _VOTE_VERBS:
        return True  # «Округ объединяет 12 тысяч избирателей»: a constituency's electorate
    if _FROM_BEFORE.search(text, max(0, start - 30), start):
        # «из 210 тысяч избирателей пришли 57 тысяч»: the whole a part of voters came from
        return not _active_participle(text, clause[0], min(len(text), clause[1] + 40))
    # «В посёлке живут 4 тысячи человек, а избирателей – 3,1 тысячи»: a place's electorate
    # named in another clause of the sentence
    sentence = _lemmas(text, lo, hi)
    around = (
        sentence
        if _A_DASH_BEFORE.search(text, lo, start)
        and not sentence & (_VOTE_VERBS | _ELECTION_WORDS - _VOTER_UNITS)
        else set()
    )
    return bool(
        (words | around) & _ELECTORATE_PLACES
        and not _acts(text, *clause, start, end)
        and not _active_participle(text, *clause)
        and not _FOR.search(text, lo, hi)
    )


_DASH_TO_NUMBER = re.compile(r"[^\S\n]*[—–:][^\S\n]*(?:около|более|свыше|почти)?[^\S\n]*")


def _tied_by_dash(text: str, at: int, start: int) -> bool:
    """The cue word at ``at`` is followed by a dash or a colon and then the number."""
    word = _WORD.match(text, at)
    return word is not None and bool(_DASH_TO_NUMBER.fullmatch(text, word.end(), start))


# «46 почётных граждан», «трое почётных жителей»: the honour named in the count itself.
_HONORARY_IN = re.compile(r"(?<![\w-])поч[её]тн\w+\s+(?:граждан|жител)", re.IGNORECASE)


def people_role(text: str, start: int, end: int, unit: str) -> str:
    """Role of the people count at [start, end) counting ``unit`` (a lemma)."""
    unit = _norm(unit)
    if unit == "человек" and deputies_in_brackets(text, start):
        unit = "депутат"  # «список независимых депутатов (4 человека)»: deputies counted
    if (unit in DEPUTY_UNITS or unit == "человек") and _quorum_size(text, start, end):
        return "other"
    if needed_before(text, start):
        return "other"  # «для принятия решения требовалось 13»: a threshold, like a quorum
    if share_size(text, start):
        return "other"  # «не менее двух третей от списочного состава (28 депутатов)»
    if _HONORARY_IN.search(text, start, end):
        return "other"  # «в городе 46 почётных граждан»: honorary citizens, not a population
    if placed_in_jobs(text, start, end):
        return "other"  # «256 человек договорились о трудоустройстве»: placed, not a crowd
    if starts_school(text, start, end):
        return "other"  # «в первый класс пришли 82 ученика»: pupils, not a crowd at an event
    if enrolled(text, start, end):
        return "other"  # «детский сад посещают 48 малышей»: enrolled, not a crowd at an event
    if moved(text, start, end):
        return "other"  # «в поселение прибыло 460 человек, убыло 340»: a move, like births
    if would_be_candidates(text, start, end, unit):
        return "other"  # «отказал в регистрации шести желающим принять участие в выборах»
    if unit in _VOTER_UNITS and _electorate(text, start, end):
        return "other"
    if _WITHOUT_BEFORE.search(text, max(0, start - 12), start):
        return "other"  # «заседание прошло без двух депутатов»: those missing
    if _SUCH_BEFORE.search(text, max(0, start - 40), start):
        return "other"  # «все ветераны старше 80 лет – таких в посёлке 64»: people of a kind
    if _staff(text, start, end, unit) or _full_time(text, start, end):
        return "members"
    if _AMONG_MEMBERS_DASH.search(text, max(0, start - 80), start):
        return "members"  # «Женщин среди депутатов нового созыва – 7»
    if _BESIDES_BEFORE.search(text, max(0, start - 20), start) and _OWN_MEMBERS.search(
        text, start, end
    ):
        return "members"  # «кроме 7 её членов, в нём участвовали 12 приглашённых»
    if unit in _PRESENT_UNITS or (
        _FROM_BEFORE.search(text, max(0, start - 4), start) and _CAME_AFTER.match(text, end)
    ):
        # «Всего в зале было 23 присутствующих»: those present at a sitting attend it; so does
        # the whole «48 депутатов из 65 изначально пришедших на сессию» was left of
        lo, hi = sentence_bounds(text, start, end)
        words = _lemmas(text, lo, hi)
        context = words | _lemmas(text, max(0, lo - 200), lo)
        if not words & _EVENT_NOUNS and context & (_SITTING | DEPUTY_UNITS | _BODIES):
            return "attendees"
    if "-" in unit and unit.split("-", 1)[0] in _KNOWN_UNITS:
        unit = unit.split("-", 1)[0]  # «депутатов-одномандатников» are deputies
    if unit == "человек" and (named := _apposition(text, start)) is not None:
        unit = named  # «единороссы — 30 человек» counts единороссы
    if (
        unit == "человек"
        and not _ON_BEFORE.search(text, max(0, start - 4), start)  # «выросло на 200 человек»
        and (named := _count_named(text, start, end)) is not None
    ):
        unit = named  # «Количество депутатов сократилось с 35 до 25 человек» counts deputies
    if (
        unit in _INHABITANT_UNITS
        and not _ON_BEFORE.search(text, max(0, start - 4), start)
        and _count_named(text, start, end) in _INHABITANT_UNITS
        and not _lemmas(text, *sentence_bounds(text, start, end))
        & (_EVENT_NOUNS | _ELECTION | _ELECTION_WORDS | _PARTICIPATION)
        and not _active_participle(text, *sentence_bounds(text, start, end))
    ):
        return "residents"  # «Число жителей посёлка составляет сейчас 3 400»: a population
    if _lemmas(text, *_clause(text, start, end, *sentence_bounds(text, start, end))) & _CRIME:
        return "other"
    if _recorded_in_place(text, start, end, unit):
        return "residents"  # «на 1 января в районе зафиксировано 44 196 граждан»
    if _REACH.search(text, max(0, start - 80), start):
        return "other"  # «охват трансляции праздника составил 300 тысяч человек»: an audience
    if _HAVE_HOME.search(text, max(0, start - 80), start) and (
        unit in _INHABITANT_UNITS or unit in {"человек", "гражданин"}
    ):
        return "residents"  # «постоянное место жительства в области имеют 2,4 млн человек»
    if (
        _PLACE_WITH.search(text, max(0, start - 60), start)
        and (unit in _INHABITANT_UNITS or unit == "человек")
        # not «встретились в Ивановском районе с 40 жителями»: a meeting with them
        and not _lemmas(text, *sentence_bounds(text, start, end))
        & (_EVENT_NOUNS | _PARTICIPATION | _TALKING)
    ):
        return "residents"  # «посёлок с 900 жителями», «за Нижнесельским с 7169 жителями»
    if unit in _PARTICIPANT_UNITS:
        # «за самообложение проголосовали 97 участников схода»: those who voted are voters;
        # not the whole they came from («из 112 участников за проголосовали 97»)
        clause = _clause(text, start, end, *sentence_bounds(text, start, end))
        if _lemmas(text, *clause) & _BELONGING:
            return "members"  # «92 тысячи участников состоят в организации «Мосволонтёр»»
        whole = _FROM_BEFORE.search(text, max(0, start - 4), start)
        return "voters" if _lemmas(text, *clause) & _VOTE_VERBS and not whole else "participants"
    if (
        unit in _CANDIDATE_UNITS
        and not _FROM_BEFORE.search(text, max(0, start - 30), start)
        and _lemmas(text, *_clause(text, start, end, *sentence_bounds(text, start, end))) & _ELECTED
    ):
        return "members"  # «Из 15 кандидатов, выдвинутых партией, избраны 12»: now deputies
    if unit in _OTHER_UNITS:
        return "other"
    if _ON_BEFORE.search(text, max(0, start - 4), start) and (
        _DELTA_BEFORE.search(text, max(0, start - 44), start) or _DELTA_AFTER.match(text, end)
    ):
        return "other"  # «на 200 человек больше», «выросло на 15 человек»
    # «из 31 избранного»: the elected of a council are its deputies
    deputies = unit in DEPUTY_UNITS or unit == "избранный"
    predicate = _PREDICATE_BEFORE.search(text, max(0, start - 80), start)
    if predicate is not None:
        if predicate.group("honour"):
            return "other"  # «почётными гражданами города стали 45 человек»
        noun = _lemma(predicate.group("noun"))
        role = _PREDICATE_ROLES.get(noun)
        if role is None and noun in _PARTICIPANT_UNITS:
            role = "participants"  # «делегатами конференции стали 120 человек»
        if role is None and _people_noun(predicate.group("noun")):
            role = "other"  # «экспертами выступили 35 человек»: a part of their own, not a crowd
        if role is not None:
            return role
    if (
        _MANDATE_OF.search(text, max(0, start - 30), start)
        and _lemmas(text, *sentence_bounds(text, start, end)) & _LEAVING
    ):
        return "other"  # «прекратила полномочия двух депутатов»: whose mandate ended
    own_clause = _clause(text, start, end, *sentence_bounds(text, start, end))
    if (
        deputies
        and not _FROM_BEFORE.search(text, max(0, start - 30), start)
        and _leaving_verb(text, max(own_clause[0], start - 30), min(own_clause[1], end + 30))
    ):
        return "other"  # «полномочия досрочно прекращены у двух депутатов»: whose mandate ended
    if (unit in _CROWD_UNITS or deputies) and _signs(text, start, end):
        # «выступили 40 тысяч жителей, подписавших петицию», «Петицию поддержали и 8
        # депутатов»: signatories
        return "other"
    if _receives_award(text, start, end):
        return "other"  # «12 активных жителей получили благодарственные письма»
    own = {_lemma(m.group()) for m in _WORD.finditer(text, start, end)}
    lo0 = max(0, start - 60)
    if deputies and (
        own & {"присутствующий", "присутствовать", "зарегистрированный", "зарегистрировать"}
        or _PRESENT_AFTER.match(text, end)
        or _PRESENT_BEFORE.search(text, max(0, start - 30), start)
    ):
        return "attendees"  # «из 27 присутствующих депутатов», «25 депутатов, присутствовавших …»
    if _FROM_BEFORE.search(text, max(0, start - 30), start):
        if own & {"присутствующий", "присутствовать", "присутствовавший"}:
            return "attendees"  # «28 депутатов из 35 присутствовавших»
        # «совет из 9 человек», «из 17 избранных», «каждый из 25 депутатов»; not «из 500
        # жителей, принявших участие в опросе, …», which the cues decide
        if deputies or own & {"избранный", "избрать"} or _BODY_FROM.search(text, lo0, start):
            return "members"
        if unit in _VOTER_UNITS and _VOTER_COUNT_BEFORE.search(text, max(0, start - 60), start):
            return "other"  # «проголосовали 11 тысяч избирателей из 32 тысяч»: the electorate
        if not deputies and _PART_FROM.search(text, max(0, start - 50), start):
            # the whole a counted part came from: «проголосовали 1 012 человек из 1 510» is the
            # electorate; «участвовали 62 жителя деревни из 130» the village's people
            words = _lemmas(text, *sentence_bounds(text, start, end))
            if unit in _CROWD_UNITS and words & (_VOTE_VERBS | _ELECTION_WORDS | _ELECTION):
                if not words & (_SITTING | _EVENT_NOUNS | {"сход"}):
                    return "other"
            if unit in _INHABITANT_UNITS:
                return "residents"
    lo, hi = relative_clause(text, start, end, *sentence_bounds(text, start, end))
    if unit not in _CROWD_UNITS and _INTO_BODY.search(text, lo, hi):
        return "members"
    if _ELECTED_INTO.search(text, lo, hi):
        return "members"  # «В Госдуму от региона прошли пять человек»: elected, any noun
    if _BODY_SIZED.search(text, max(0, start - 60), start):
        return "members"  # «Рабочая группа в количестве 15 человек»: a body's size
    if (deputies or unit in _PARTY_UNITS) and _ELECTED_BY.search(text, lo, hi):
        words = _lemmas(text, lo, hi)
        if words & _ELECTED_VERBS and not words & _SITTING:
            return "members"  # «По спискам прошли 12 депутатов, по округам — 13»: elected
    if (
        deputies
        or unit in {"человек", "оставшийся"}
        and _lemmas(text, max(0, lo - 200), hi) & _SITTING_NOUNS
        and not _lemmas(text, max(0, lo - 200), hi) & _EVENTS
    ) and _ON_THE_SPOT.search(text, *_clause(text, start, end, lo, hi)):
        return "attendees"  # «на месте были 18», «в зале оставались 20»: present at a sitting
    if deputies and _TOTAL_DASH.search(text, max(lo, start - 60), start):
        return "members"  # «Всего депутатов – 25, присутствуют – 20»: the body's size
    if _BODY_IS.search(text, max(lo, start - 80), start):
        return "members"  # «Совет депутатов округа — 15 человек», «делегация — 12 человек»
    clause = _clause(text, start, end, lo, hi)
    bodies = _BODIES if deputies else _BODIES - {"собрание"}
    # «В собрании представителей 15 депутатов»: a body's name is no cue of taking part
    clause_cues = [c for c in _cues(text, *clause, start, end) if c[3] not in bodies]
    if not _acts(text, *clause, start, end) and not clause_cues:
        here = _lemmas(text, *clause)
        # not «В заседании приняли участие глава района, 12 депутатов районного совета»: a
        # list item after a comma whose sentence opened with taking part in a sitting
        listed = _lemmas(text, lo, clause[0]) & _SITTING and any(
            c[3] in _TOOK_PART for c in _cues(text, lo, clause[0], start, end)
        )
        if here & bodies and not here & _SITTING and unit not in _OTHER_UNITS and not listed:
            return "members"  # «Всего в думе 25 депутатов, …», «В думе 10 женщин и 15 мужчин»
        if _AMONG_MEMBERS.search(text, clause[0], start):
            return "members"  # «Среди депутатов 12 предпринимателей»
    if unit in _CROWD_UNITS and _lemmas(text, *clause) & _SUPPORT_VERBS:
        # «На выборах мэра … Победителя поддержали 48 тысяч горожан»: backing a candidate
        # «Лидером стал кандидат от партии, его поддержали 14 312 человек»: a candidate
        # backed by a crowd, away from a sitting
        around = _lemmas(text, max(0, lo - 200), hi)
        if around & _ELECTION_WORDS or (
            "кандидат" in around and not around & (_SITTING | _PETITION)
        ):
            return "voters"
        # «Сход граждан собрал 87 человек, самообложение поддержали 80»: a public vote
        if (
            around & _PUBLIC_POLLS
            and not around & (_SITTING | DEPUTY_UNITS | _PETITION)
            and not _FROM_BEFORE.search(text, max(0, start - 4), start)  # not the whole
        ):
            return "voters"
    # Leaving, absence and the like in another clause say nothing of this count: «работают 33
    # депутата из 35, двое сложили полномочия».
    own_verb = _acts(text, *clause, start, end)
    # «Депутатов было двадцать пять, пришли двадцать два»: a size said by its own clause
    # («X было N») takes no cue from the next one
    sized = not own_verb and _SIZE_CLAUSE.match(text[clause[0] : start])
    cues = [
        c
        for c in _cues(text, lo, hi, start, end)
        if clause[0] - 1 <= c[4] < clause[1] + 1
        or not sized
        and (not own_verb or c[1] not in {"other", "absence"})
    ]
    if any(c[2] and clause[0] <= c[4] < clause[1] and _is_verb(c[3]) for c in cues):
        return "other"  # «ещё трое в голосовании не участвовали»: the count's own verb denied
    if _NOT_TAKING.search(text, *clause) and "участие" in _lemmas(text, *clause):
        return "other"  # «Участия в голосовании не принимали 4 депутата»
    # «собралась в полном составе»: all members came, which says attendance, not size
    # «избрано – 24, присутствует – 19»: a cue a dash ties to the number right after it
    dashed = [c[:4] for c in cues if _tied_by_dash(text, c[4], start)]
    cues = [c[:4] for c in cues if not (c[3] == "состав" and _FULL_BEFORE.search(text, 0, c[4]))]
    if deputies:  # «Депутатов … в районном Собрании пять, от «Единой России» – 14»: a body's name
        cues = [c for c in cues if c[3] not in bodies]
    if not cues and not deputies and _candidacy(text, lo, hi):
        return "other"  # «Конкурс на должность главы завершился. Документы подали трое.»
    if not cues:
        if deputies and _lemmas(text, *(clause if sized else (lo, hi))) & _SITTING:
            return "attendees"  # «в зале 20 депутатов из 25», «на заседании работали 24»
        if (
            deputies
            and _acts(text, *clause, start, end)
            and _lemmas(text, max(0, lo - 200), lo) & _SITTING_NOUNS
        ):
            return "attendees"  # «Сессия прошла по видеосвязи. Подключились 27 депутатов.»
        if (
            deputies
            and _MOMENT.search(text, lo, start)
            and _lemmas(text, max(0, lo - 200), lo) & _PRESENCE_TROUBLE
            # the noun after the number: «сейчас депутатов 20» may be the body's size
            and _lemmas(text, start, end) & DEPUTY_UNITS
        ):
            return "attendees"  # «Кворума нет. На данный момент в наличии 18 депутатов.»
        if deputies or unit in _POST_UNITS or unit in _PARTY_UNITS:
            return "members"
        if unit in _VOTER_UNITS and (
            _acts(text, lo, hi, start, end) or _FOR.search(text, lo, start)
        ):
            return "voters"  # «кандидата поддержали 5 тысяч избирателей», «за него — 4 312 …»
        # «Мастер-класс провели для 30 детей»: people counted beside an event took part in it.
        if (
            _lemmas(text, lo, hi) & _EVENT_NOUNS
            or _HOLIDAY.search(text, lo, hi)
            or in_columns(text, lo, start)  # «в каждой из семи колонн двигалось 3 тысячи человек»
        ):
            return "participants"
        # «В зале заседаний разместились 200 человек», «в зал пустили 50 горожан»: a crowd in
        # a hall is its audience; at a sitting said in the sentence, those present at it
        if unit in _CROWD_UNITS and _IN_HALL.search(text, lo, hi):
            halls = len(_HALL_OF_SITTINGS.findall(text, lo, hi))
            return (
                "attendees" if len(_SITTING_WORD.findall(text, lo, hi)) > halls else "participants"
            )
        # «В деревне 40 жителей»: inhabitants counted with no event and no action of theirs
        # (only «быть», «остаться») are a population; «подписали 1500 жителей» are not.
        if (
            unit in _INHABITANT_UNITS
            and not _acts(text, *clause, start, end)
            and not _active_participle(text, lo, hi)
        ):
            return "residents"
        # «В городе более 50 тысяч детей»: a group of a place's people, with nothing they do;
        # the place may stand in another clause when no clause has an action («Каждый третий
        # житель района — пенсионер, всего пенсионеров 12,4 тыс.»)
        if (
            unit in _CROWD_UNITS
            and not _acts(text, *clause, start, end)
            and (
                _lemmas(text, *clause) & _SETTLEMENTS
                or _lemmas(text, lo, hi) & _SETTLEMENTS
                and not _acts(text, lo, hi, start, end)
                and not _active_participle(text, lo, hi)
            )
        ):
            return "residents"
        # «На выборах проголосовали 71 % избирателей. Это около 24 тысяч человек.»: «это»
        # restates the count the sentence before gave
        if unit in _CROWD_UNITS and _RESTATES.match(text, lo, start):
            if _lemmas(text, max(0, lo - 200), lo) & (_ELECTION_WORDS | _VOTE_VERBS):
                return "voters"
        # «Праздник прошёл в парке. Всего там было 5 тысяч человек.»: ordinary people counted
        # right after an event's sentence took part in it.
        if unit in _CROWD_UNITS and _lemmas(text, max(0, lo - 200), lo) & _EVENT_NOUNS:
            return "participants"
        # «В фестивале участвуют 26 коллективов. Всего это более 400 исполнителей.»: anyone
        # restated with «это» right after an event's sentence, with no action of their own
        if (
            _RESTATES_SUM.match(text, lo, start)
            and not _acts(text, lo, hi, start, end)
            and _lemmas(text, max(0, lo - 200), lo) & _EVENT_NOUNS
        ):
            return "participants"
        return "other"
    dist, kind, negated, cue = min(
        [c for c in dashed if c in cues] or cues, key=lambda c: (c[0], c[1] != "membership")
    )
    if cue == "привлечь" and _lemmas(text, lo, hi) & _COURT:
        return "other"  # «к уголовной ответственности привлечены 16 чиновников»
    if kind == "participation" and _lemmas(text, lo, clause[1]) & (_HARM | _ORDER):
        # «за медицинской помощью обратились 15 человек», «для обеспечения порядка были
        # задействованы 180 полицейских»; not a later clause of its own («праздник посетили
        # 5 тысяч человек, порядок обеспечивали полицейские»)
        return "other"
    if negated or kind == "absence":
        return "other"
    if cue == "трудиться" and not _lemmas(text, lo, hi) & (_EVENT_NOUNS | _COMMUNITY_WORK):
        return "other"  # «В районе трудятся 1 200 работников бюджетной сферы»: employed
    if cue in {"победить", "победитель"} and (deputies or unit in _PARTY_UNITS):
        return "members"  # «в округах победили 20 единороссов»: elected
    if cue in {"назначить", "назначать"} and unit in _POST_UNITS:
        return "members"  # «назначены 5 заместителей главы»: a body's officers
    if cue == "состоять" and "учет" in _lemmas(text, lo, hi):
        return "other"  # «на учёте состоят 200 безработных»: a register, not a body
    if cue in {"выйти", "выходить"} and _OUT_OF_BODY.search(text, lo, hi):
        return "other"  # «из фракции вышли два депутата»: leaving a body
    if deputies and cue in {"зарегистрировать", "зарегистрироваться"}:
        return "attendees"  # «кворум есть: зарегистрирован 21 депутат»
    if (
        cue == "зарегистрировать"
        and (unit in _INHABITANT_UNITS or unit == "человек")
        and _IN_PLACE.search(text, lo, start)
        and not _lemmas(text, lo, hi) & (_EVENT_NOUNS | _ELECTION_WORDS | _ELECTION | _HARM)
    ):
        return "residents"  # «На 1 января в районе зарегистрировано 31 820 человек»
    words = _lemmas(text, lo, hi)
    if kind == "residence":
        return "residents"
    if kind == "membership" and cue in _POPULATION_COUNT and not deputies:
        # «шествие насчитывало 900 человек», «колонна митинга насчитывала 5 тысяч»: an event
        # counts those who took part in it, a place its population, a club its members
        subject = _lemmas(text, lo, start)
        if subject & _EVENT_NOUNS and not subject & (_SETTLEMENTS | _STAFF | _BODIES):
            return "participants"
    if (
        kind == "membership"
        and cue in {"включить", "включать"}
        and {"список", "избиратель"} <= words
    ):
        return "other"  # «в списки избирателей включены 86 тысяч человек»: the electorate
    if kind == "membership":
        # «город насчитывает 50 тысяч жителей», «численность жителей поселения — 4 тысячи
        # человек»; not «численность штата администрации — 80 человек»
        # «населения села, которое насчитывает 240 человек»: a relative clause counts what
        # the words just before it name
        named = words | _lemmas(text, max(0, lo - 40), lo) if text[lo - 1 : lo] == "," else words
        population = cue in _POPULATION_COUNT and (
            unit in _INHABITANT_UNITS
            or unit == "человек"
            and named & _SETTLEMENTS
            and not named & _STAFF
        )
        return "residents" if population else "members"
    if not deputies and _candidacy(text, lo, hi):
        return "other"  # «заявки на участие в выборах подали 40 человек»: candidates
    if cue == "принять" and words & _EMPLOYMENT and "участие" not in words:
        # «на работу приняты 40 человек»; not «приняли участие в работе по очистке берега»
        return "other"
    if kind == "election":
        if deputies and (cue in _SITTING_VOTE or cue == "явка"):  # «Явка депутатов — 18 из 20»
            return "attendees"
        if deputies or unit in _PARTY_UNITS:
            return "members"  # «по итогам выборов 13 депутатов избраны по округам»
        return "voters"
    if kind == "participation":
        if unit in _PARTY_UNITS and not words & _EVENTS:
            return "members"  # «в думу прошли 18 единороссов»; not «в акции участвовали …»
        # not «на встречу с депутатом пришли 300 избирателей», «Приём вёл депутат … Он
        # принял 14 избирателей»: an event in the sentence or the one before
        if unit in _VOTER_UNITS and not words & _EVENTS:
            polling = words & (_ELECTION_WORDS - _VOTER_UNITS | {"участок"})
            # «Депутат лично принял 48 избирателей»: received by an official, away from a poll
            received = cue in {"принять", "прием"} and not words & _ELECTION
            if polling or not received and not _lemmas(text, max(0, lo - 200), lo) & _EVENTS:
                return "voters"
        # «в уборке дворов участвовали … сорок два депутата»: community work is an event too
        if deputies and (words & _SITTING or not words & (_EVENTS | _COMMUNITY_WORK)):
            return "attendees"
        # «На заседание пришли 24 человека, кворум есть»: those at a sitting are its members;
        # «Кворум на заседании – пять человек. Пришли шестеро»: the sitting said just before
        # «В зал заседаний вошли 200 человек»: a hall named after sittings holds no sitting
        halls = len(_HALL_OF_SITTINGS.findall(text, lo, hi))
        hall = halls > 0 and halls >= len(_SITTING_WORD.findall(text, lo, hi))
        if unit == "человек" and not words & _EVENTS and not hall:
            if (
                words & _SITTING_NOUNS
                or _acts(text, *clause, start, end)
                and (
                    _lemmas(text, max(0, lo - 120), lo) & _SITTING_NOUNS
                    and not _lemmas(text, max(0, lo - 120), lo) & _EVENTS
                )
            ):
                return "attendees"
        if (
            not deputies
            and words & _GATHERINGS
            and not words & _ELECTION_WORDS
            and not _lemmas(text, *clause) & _ELECTION
        ):
            # «На сход пришли 112 жителей, за самообложение проголосовали 97»: those who came
            # to a gathering took part in it; only the vote's own clause counts voters
            return "participants"
        if not deputies and _elects(text, lo, hi, words):
            return "voters"
        # «Всего в округе 28 тысяч избирателей, на участки пришли 11 тысяч»: those who came to
        # the polling stations of an election voted
        # (deputies who meet voters «на своих избирательных участках» are no voters)
        if (
            not deputies
            and "участок" in words
            and (words | _lemmas(text, max(0, lo - 200), lo)) & (_ELECTION_WORDS | _ELECTION)
        ):
            return "voters"
        return "participants"
    if unit in _VOTER_UNITS:
        return "voters"
    return "other"


# Leaving a body or being away: a part of a count that does this is no longer what the count is.
_LEAVING = {
    "сложить", "уволить", "уволиться", "отставка", "лишить", "лишиться", "отстранить",
    "отозвать", "исключить", "выбыть", "выбывать", "прекращение", "прекратить", "досрочный",
    "отсутствовать", "отсутствующий",
}  # fmt: skip


def leaves(text: str, start: int, end: int) -> bool:
    """«После досрочного прекращения полномочий троих из них», «из них 3 отсутствовали»: the
    part of a count its own clause says left, was away or was set apart (appointed, awarded)."""
    lo, hi = sentence_bounds(text, start, end)
    left, right = _clause(text, start, end, lo, hi)
    left, right = max(left, start - 45), min(right, end + 30)  # the words that govern it
    cues = _cues(text, left, right, start, end)
    return bool(
        _lemmas(text, left, right) & _LEAVING
        or any(negated for _, kind, negated, *_ in cues if kind)
        # «Из них пятеро уже назначены на должности», «из них 12 награждены»: a part singled
        # out by what was done to it or did itself; not «по 10 назначил глава», who fills a body
        or any(kind == "other" and _undergoes(text, at) for _, kind, _, _, at in cues)
    )


def _undergoes(text: str, at: int) -> bool:
    """The word at ``at`` is a short passive participle or an intransitive verb: its count is
    what it says of them («назначены», «погибли»), not the object of someone's act."""
    word = _WORD.match(text, at)
    found = parses(word.group().lower()) if word else []
    if not found:
        return False
    tag = found[0].tag
    return tag.POS == "PRTS" or (tag.POS == "VERB" and "intr" in tag)


def attends(text: str, start: int, end: int, unit: str) -> bool:
    """A count read by its own words as those present at a sitting («участвовали 28 из них» in
    a sentence about a sitting)."""
    return people_role(text, start, end, unit) == "attendees"


def subset_of(text: str, start: int) -> bool:
    """«Среди них около ста граждан», «в том числе 20 детей»: part of the count before."""
    return bool(_SUBSET_BEFORE.search(text, max(0, start - 60), start))
