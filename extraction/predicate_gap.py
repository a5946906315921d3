"""Words between a fronted post and the verb that fills it: «Председателем думы тайным
голосованием избран …», «Спикером думы со второй попытки была вновь избрана …»,
«Заместителем председателя на постоянной основе депутаты выбрали сегодня …».

How the vote went (by secret ballot, by a majority, at the second attempt, for the third
time), on what footing the post is held (full-time, unpaid), who voted (the deputies, the
people's chosen) and a day word stand between the post in the instrumental and the link verb,
or between the verb and the name. They are no part of the post's title; stepping back over
them finds where the post phrase ends. So is a body's abbreviation in brackets after it
(«директором предприятия «Автобаза» (МУП «САЖХ») назначен …»), and a count of terms between
«им» and its verb («им второй созыв подряд стал …»).
"""

from __future__ import annotations

from spacy.tokens import Doc

from .bracketed_place import bracketed_place_start
from .comma_aside import comma_aside_start
from .departure_gap import departure_start
from .morph import lemma, parses
from .word_steps import next_word, prev_word

# «тайным голосованием», «большинством голосов», «единогласно»
VOTE_MANNER = frozenset({"тайный", "открытый", "поименный", "рейтинговый"})
# «на постоянной основе», «на освобождённой основе», «на общественных началах»
FOOTING_NOUNS = frozenset({"основа", "начало"})
# «со второй попытки», «в третий раз», «в очередной раз»
ATTEMPT_NOUNS = frozenset({"попытка", "раз", "тур"})
# who voted: «депутаты», «народные избранники», «члены комиссии», «парламентарии»
# «второй созыв подряд», «третий срок», «в очередной раз»
TERM_NOUNS = frozenset({"созыв", "срок", "раз"})
ELECTORS = frozenset({"депутат", "избранник", "член", "парламентарий", "делегат", "участник"})
DAY_WORDS = frozenset({"сегодня", "вчера", "накануне", "единогласно", "вновь", "снова", "повторно"})
AUXILIARIES = frozenset({"был", "была", "было", "были", "будет", "будут"})
MAX_STEPS = 6
MAX_BRACKETED = 8
QUOTES = frozenset({"«", "»", '"', "“", "”", "„"})


def back_over_gap(doc: Doc, right: int) -> int:
    """The last token of the post phrase when the words ending at token ``right`` are the
    manner, the footing, the voters or a day word of the act that fills it (``right`` itself
    when they are not)."""
    for _ in range(MAX_STEPS):
        if right < 0:
            return right
        step = _gap_part(doc, right)
        if step == right:
            return right
        right = step
    return right


def verb_before_name(doc: Doc, name_start: int) -> int:
    """The token before the name, past one day word («избрали сегодня Ивана Петрова»)."""
    i = prev_word(doc, name_start)
    if i >= 1 and doc[i].text.lower() in DAY_WORDS:
        return prev_word(doc, i)
    return i


def repeat_ahead(doc: Doc, i: int) -> int:
    """The token after a run that says how many times the post is held, starting at token
    ``i``: «второй созыв подряд», «третий срок подряд», «в очередной раз», «уже» (``i``
    itself when none starts there)."""
    j = i
    if j < len(doc) and doc[j].text.lower() == "уже":
        j = next_word(doc, j + 1)
    k = j
    if k < len(doc) and doc[k].text.lower() in {"в", "во"}:
        k = next_word(doc, k + 1)
    if k < len(doc) and _modifier(doc[k].text):
        k = next_word(doc, k + 1)
    if k < len(doc) and k > j and lemma(doc[k].text) in TERM_NOUNS:
        k = next_word(doc, k + 1)
        if k < len(doc) and doc[k].text.lower() == "подряд":
            k = next_word(doc, k + 1)
        return k
    return j


def _gap_part(doc: Doc, right: int) -> int:
    """The token before one gap part ending at token ``right``, or ``right``."""
    low = doc[right].text.lower()
    before = prev_word(doc, right)
    if low == ")":
        step = _bracketed_abbreviation(doc, right)
        if step == right:
            place = bracketed_place_start(doc, right)
            if place is not None:
                return place  # «Мэром Новоуральска (Свердловская область) стал …»
        return step
    if low == ",":
        aside = comma_aside_start(doc, right)  # «Председателем совета, вместо ушедшей …, избран»
        return right if aside is None else aside
    if low in DAY_WORDS or low in AUXILIARIES:
        return before
    departure = departure_start(doc, right)  # «… после его ухода стал …»
    if departure is not None:
        return departure
    if low == "голосованием" and before >= 0 and lemma(doc[before].text) in VOTE_MANNER:
        return prev_word(doc, before)
    if low == "голосов" and before >= 0 and doc[before].text.lower() == "большинством":
        return prev_word(doc, before)
    word = lemma(doc[right].text)
    if word in FOOTING_NOUNS | ATTEMPT_NOUNS:
        return _prepositional(doc, right, before, word)
    if (
        before >= 0
        and lemma(doc[before].text) in ELECTORS
        and doc[before].text.islower()
        and _plural_nominative(doc[before].text)
        and any(p.tag.POS == "NOUN" and p.tag.case == "gent" for p in parses(doc[right].text)[:2])
    ):  # «члены Совета», «депутаты думы»: the voters with their body
        right, before, word = before, prev_word(doc, before), lemma(doc[before].text)
    if word in ELECTORS and doc[right].text.islower() and _plural_nominative(doc[right].text):
        while before >= 0 and _plural_adjective(doc[before].text):
            before = prev_word(doc, before)  # «народные избранники»
        return before
    return right


def _prepositional(doc: Doc, right: int, before: int, word: str) -> int:
    """«на постоянной основе», «со второй попытки», «в третий раз»: a preposition, one or
    two modifiers, the noun."""
    prep = {"основа": ("на",), "начало": ("на",), "попытка": ("с", "со"), "раз": ("в", "во")}
    prep["тур"] = ("в", "во")
    i = before
    for _ in range(2):
        if i < 0:
            return right
        if doc[i].text.lower() in prep[word]:
            nxt = next_word(doc, i + 1)
            return prev_word(doc, i) if nxt < right else right
        if not _modifier(doc[i].text):
            return right
        i = prev_word(doc, i)
    if i >= 0 and doc[i].text.lower() in prep[word]:
        return prev_word(doc, i)
    return right


def _bracketed_abbreviation(doc: Doc, close: int) -> int:
    """The token before «(МУП «САЖХ»)», «(ЗС)»: brackets holding only capitals and quotes
    (``close`` itself otherwise)."""
    i = close - 1
    while i >= 0 and close - i <= MAX_BRACKETED:
        text = doc[i].text
        if text == "(":
            return prev_word(doc, i) if i < close - 1 else close
        if not (doc[i].is_space or text in QUOTES or (text[:2].isupper() and text.isalpha())):
            return close
        i -= 1
    return close


def _modifier(word: str) -> bool:
    """«постоянной», «второй», «третий», «очередной», «общественных»."""
    return (
        word.isalpha()
        and word.islower()
        and any(p.tag.POS == "ADJF" or "Anum" in p.tag for p in parses(word)[:2])
    )


def _plural_nominative(word: str) -> bool:
    return any(
        p.tag.POS == "NOUN" and p.tag.number == "plur" and p.tag.case == "nomn"
        for p in parses(word)[:2]
    )


def _plural_adjective(word: str) -> bool:
    return word.islower() and any(
        p.tag.POS == "ADJF" and p.tag.number == "plur" and p.tag.case == "nomn"
        for p in parses(word)[:1]
    )
