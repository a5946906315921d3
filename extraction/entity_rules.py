"""Rules that fix slovnet's entity spans, in the factRuEval convention.

Each rule takes and returns a list of spaCy Spans; ``apply_rules`` runs them in order:
1. cut spans at punctuation slovnet swallowed («Ши Тао (Shi Tao)», «• • Топалов»);
2. relabel by head word or well-known abbreviation (союз -> ORG, станция -> LOC);
3. pull in the descriptor before a name («реки Славянки», «партии «Яблоко»»);
4. grow organisations over the place or organisation they belong to («мэрии Москвы»,
   «Палаты представителей Конгресса США»), keeping the inner entity too (spans may nest);
5. find organisations slovnet misses by their shape: a body named by a place adjective, its
   «по …»/«при …» complement or served territory, a press service, a domain, a Latin name
   with an organisation word; buildings named by what they house as places;
6. repeat a person's surname, and the people an organisation is named after, as persons.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Container
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from .caps_surnames import caps_surnames
from .compound_first_names import compound_first_name
from .doc_view import view
from .initials_then_name import split_after_initials
from .lexicon import (
    ABBREVIATIONS,
    FACILITY_HEADS,
    GEO_DESCRIPTORS,
    GOV_HEADS,
    LOC_HEADS,
    NAME_PARTICLES,
    ORG_DESCRIPTORS,
    ORG_HEADS,
    PLACE_ADJ_HEADS,
    PLACE_ORG_HEADS,
    POST_HEADS,
    STREET_DESCRIPTORS,
)
from .lowercase_names import lowercase_names
from .morph import known, lemma, parses
from .name_after_street import name_after_street
from .name_inside_place import name_inside_place
from .name_then_initials import split_before_initials
from .names import (
    POSSESSIVE_SUFFIX,
    TURKIC_PATRONYMICS,
    same_surname,
    soft_feminine,
    split_name,
)
from .noun_before_name import noun_before_name
from .place_after_name import places_after_names
from .plural_posts import plural_post
from .post_heads import abbreviated_head, is_head
from .post_surnames import surname_after_post
from .shared_place_noun import shared_noun_places
from .superior_names import superior_surnames
from .surname_first import SURNAME_END

FUNCTION_POS = {"CONJ", "PRCL", "PREP", "ADVB", "INTJ", "NPRO"}
SEPARATORS = {"(", ")", "[", "]", "{", "}", "•", "·", ",", ";", ":", "|", "/", "—", "–", "−"}
SEPARATORS |= {"!", "?", "…", "*", "►", "▪", "●", "■", "—", "="}
OPEN_QUOTES = {"«", "„", "“", '"', "'"}
QUOTES = OPEN_QUOTES | {"»", "”", "’"}


def apply_rules(doc: Doc, spans: list[Span]) -> list[Span]:
    spans = post_after_initials(doc, spans)
    spans = [s for span in spans for s in split(doc, span)]
    spans = [s for span in spans for s in split_after_initials(doc, span)]
    spans = [s for span in spans for s in split_before_initials(doc, span)]
    spans = [noun_before_name(span) for span in spans]
    spans = [s for s in (trailing_verbs(doc, span) for span in spans) if s is not None]
    spans = [initials_are_people(span) for span in spans]
    spans = [place_tail(doc, relabel(s)) for s in spans]
    spans = [bare_descriptor(drop_post_heads(s)) for s in spans if s is not None]
    spans = [extend_descriptor(doc, s) for s in spans if s is not None]
    spans = [org_adjectives(doc, org_tails(doc, s)) for s in spans]
    spans += quoted_names(doc, spans)
    spans = quoted_places(doc, spans)
    spans += latin_described(doc, spans)
    spans += unnamed_orgs(doc, spans)
    spans += known_places(doc, spans)
    spans = _grow(spans, named_after(doc, spans))
    spans += described_named_after(doc, spans)
    spans += initials_and_capitals(doc, spans)
    spans = caps_surnames(doc, spans)
    spans = initials_before_surname(doc, spans)
    spans = surname_before_initials(doc, spans)
    spans += listed_initials(doc, spans)
    spans = trailing_initials(doc, spans)
    spans += abbreviations(doc, spans)
    spans += org_of_place(doc, spans)
    spans += place_gov_orgs(doc, spans)
    spans = _grow(spans, org_chains(doc, spans))
    spans = _grow(spans, body_complements(doc, spans))
    spans = _grow(spans, convocations(doc, spans))
    spans = _grow(spans, shared_descriptor(doc, spans))
    spans = domains(doc, spans)
    spans = described_orgs(doc, spans)
    spans = product_names(doc, spans)
    spans = [compass_places(doc, s) for s in spans]
    spans = latin_orgs(doc, spans)
    spans += press_services(doc, spans)
    spans = bracketed_names(doc, spans)
    spans += facilities(doc, spans)
    spans = described_places(doc, spans)
    spans = consistent_places(doc, spans)
    spans = quoted_adjective_places(doc, spans)
    spans = [governed_place(doc, s) for s in spans]
    spans = [turkic_patronymic(doc, surname_beside(doc, s)) for s in spans]
    spans = _inside_turkic_names(spans)
    spans = surname_before_name(doc, spans)
    spans = place_before_name(doc, spans)
    spans = place_inside_name(doc, spans)
    spans = name_inside_place(doc, spans)
    spans = name_after_street(doc, spans)
    spans = words_before_initials(doc, spans)
    spans = [titled_person(doc, s) for s in spans]
    spans = known_surnames(doc, spans)
    spans = first_name_after_org(doc, spans)
    spans = first_name_before_person(doc, spans)
    spans = person_read_as_place(doc, spans)
    spans = surname_after_post(doc, spans)
    spans = superior_surnames(doc, spans)
    spans = lowercase_names(doc, spans)
    spans = shared_noun_places(doc, spans)
    spans = places_after_names(doc, spans)
    per_tokens = {i for s in spans if s.label_ == "PER" for i in range(s.start, s.end)}
    spans = [s for s in spans if s.label_ == "PER" or len(s) > 1 or s.start not in per_tokens]
    spans += nested_places(doc, spans) + nested_abbreviations(doc, spans)
    honoured = honoured_people(doc, spans)
    named = {(s.start, s.end) for s in honoured}  # «библиотека имени Бабушкина»: no place
    return [s for s in spans if s.label_ == "PER" or (s.start, s.end) not in named] + honoured


def governed_place(doc: Doc, span: Span) -> Span:
    """«мэру Покрова», «Глава Калуги Дмитрий Денисов»: one word in the genitive right after a
    post head it cannot stand in apposition to (another case, or a name follows) is what the
    post governs — a place, not a person called «Покров»."""
    if span.label_ != "PER" or len(span) != 1 or span.start == 0:
        return span
    head = doc[span.start - 1]
    if not head.text[:1].isalpha() or not is_head(head):
        return span
    word = [p for p in parses(span.text) if p.tag.POS == "NOUN"]
    if not any(p.tag.case == "gent" for p in word):
        return span
    head_cases = {p.tag.case for p in parses(head.text) if p.tag.POS == "NOUN"}
    name_follows = span.end < len(doc) and doc[span.end].text[:1].isupper()
    name_follows = name_follows and any("Name" in p.tag for p in parses(doc[span.end].text))
    if name_follows or not head_cases & {p.tag.case for p in word}:
        return Span(doc, span.start, span.end, label="LOC")
    return span


def surname_beside(doc: Doc, span: Span) -> Span:
    """«главу - ВРАЖНОВА Александра Сергеевича»: a first name and patronymic that slovnet took
    without the surname in capitals beside them."""
    if span.label_ != "PER" or len(span) != 2:
        return span
    name = split_name([t.text for t in span])
    if name is None or name.last or not name.middle or not name.has_full_first:
        return span
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if before is not None and _caps_word(before):
        return Span(doc, span.start - 1, span.end, label="PER")
    if after is not None and _caps_word(after):
        return Span(doc, span.start, span.end + 1, label="PER")
    return span


def surname_before_name(doc: Doc, spans: list[Span]) -> list[Span]:
    """«освободить Ковалёву Анну Петровну»: slovnet tags the surname and the first name with
    patronymic of a decree's surname-first name as two people; a one-word person right before a
    first name and patronymic, in a case they share, is their surname."""
    by_start = {s.start: s for s in spans if s.label_ == "PER"}
    joined: dict[int, Span] = {}
    for span in spans:
        after = by_start.get(span.end)
        if span.label_ != "PER" or len(span) != 1 or after is None or len(after) != 2:
            continue
        if doc[span.start].whitespace_ != " " or not doc[span.start].text.isalpha():
            continue
        surname = {p.tag.case for p in parses(doc[span.start].text) if "Surn" in p.tag}
        first = {p.tag.case for p in parses(doc[after.start].text) if "Name" in p.tag}
        if "nomn" in first or not surname & first:
            continue  # in the nominative slovnet splits no surname-first name
        alone = split_name([t.text for t in after])
        whole = split_name([t.text for t in doc[span.start : after.end]])
        if alone is None or alone.last or not (alone.has_full_first and alone.middle):
            continue
        same = whole is not None and (whole.first, whole.middle) == (alone.first, alone.middle)
        if same and whole.last:
            joined[span.start] = Span(doc, span.start, after.end, label="PER")
    if not joined:
        return spans
    inner = {j.start + 1 for j in joined.values()}
    out = [s for s in spans if not (s.label_ == "PER" and (s.start in joined or s.start in inner))]
    return out + list(joined.values())


def place_before_name(doc: Doc, spans: list[Span]) -> list[Span]:
    """«Глава района Сомов Иван Петрович»: a surname that is also a place's form («Сомов»,
    «Киров») written before a first name and patronymic is read by slovnet as a place
    («района Сомов»); a capitalised word with a surname's ending that ends a place or
    organisation right before a first name and patronymic is the person's surname."""
    by_start = {s.start: s for s in spans if s.label_ == "PER"}
    moved: dict[Span, Span] = {}
    for span in spans:
        after = by_start.get(span.end)
        if span.label_ == "PER" or after is None or len(after) != 2:
            continue
        word = doc[span.end - 1].text
        if not word.isalpha() or not word[:1].isupper() or word.isupper():
            continue
        if not (SURNAME_END.search(word.lower()) or any("Surn" in p.tag for p in parses(word))):
            continue
        alone = split_name([t.text for t in after])
        whole = split_name([t.text for t in doc[span.end - 1 : after.end]])
        if alone is None or alone.last or not (alone.has_full_first and alone.middle):
            continue
        if (
            whole is None
            or not whole.last
            or (whole.first, whole.middle) != (alone.first, alone.middle)
        ):
            continue
        moved[span] = Span(doc, span.end - 1, after.end, label="PER")
        moved[after] = moved[span]
    if not moved:
        return spans
    out = []
    for span in spans:
        if span not in moved:
            out.append(span)
        elif span.label_ == "PER":
            out.append(moved[span])
        elif any(t.text[:1].isupper() for t in span[:-1]):
            out.append(Span(doc, span.start, span.end - 1, label=span.label_))
    return out


def post_after_initials(doc: Doc, spans: list[Span]) -> list[Span]:
    """«Председательствующий – Сомов И.П. Секретарь – Котова А.В.»: slovnet runs a name over
    the initials' dot into the next sentence's post word; the post word is no surname."""
    out = []
    for span in spans:
        last = span.end - 1
        if (
            span.label_ == "PER"
            and len(span) >= 4
            and doc[last - 1].text == "."
            and _initial(doc, last - 2)
            and is_head(doc[last])
            and not any("Surn" in p.tag for p in parses(doc[last].text))
        ):
            span = Span(doc, span.start, last - 1, label="PER")  # the dot ends the sentence
        out.append(span)
    return out


def words_before_initials(doc: Doc, spans: list[Span]) -> list[Span]:
    """«г. Кумертау Р.Р. Алибаев», «председатель Горсовета И.И.Петров»: slovnet takes the
    place or body before a name written initials first into the person. Initials followed
    by a surname start the name; a place before them is a place of its own."""
    out = []
    for span in spans:
        if span.label_ != "PER" or len(span) < 5:
            out.append(span)
            continue
        k = next((j for j in range(span.start + 1, span.end - 1) if _initial(doc, j)), None)
        last = span.end - 1
        if (
            k is None
            or not all(_initial(doc, j) for j in range(k, last - 1, 2))
            or not doc[last].text[:1].isupper()
            or len(doc[last].text) < 2
            or any(len(t.text) < 2 or not t.text.isalpha() for t in doc[span.start : k])
        ):
            out.append(span)
            continue
        if all(any("Geox" in p.tag for p in parses(t.text)) for t in doc[span.start : k]):
            out.append(Span(doc, span.start, k, label="LOC"))
        out.append(Span(doc, k, span.end, label="PER"))
    return out


def _known_first_name(word: str) -> bool:
    return any("Name" in p.tag and known(p.word) for p in parses(word))


def _patronymic_like(word: str) -> bool:
    low = word.lower()
    return any("Patr" in p.tag for p in parses(word)) or bool(re.search(r"(?:вич|вн)\w{0,3}$", low))


def _place_or_post(token: Token) -> bool:
    """A place known only as a place («Новоозёрска») or a post word («Экс-мэра»), never a
    word that may be a name («Барак», «Сомова»)."""
    found = parses(token.text)
    if any(g in p.tag for p in found for g in ("Name", "Surn", "Patr")):
        return False
    if SURNAME_END.search(token.text.lower()):
        return False
    return bool(found) and (all("Geox" in p.tag for p in found) or is_head(token))


def place_inside_name(doc: Doc, spans: list[Span]) -> list[Span]:
    """«экс-мэра Новоозёрска Петра Котова»: slovnet swallows the genitive place (and a post
    word) before a name in the genitive into the person. A first name inside a span, followed
    by a surname rather than a patronymic, with no name-like word before it, starts the
    name; the places just before it are a place of their own."""
    out = []
    for span in spans:
        if span.label_ != "PER" or len(span) < 3:
            out.append(span)
            continue
        words = [t.text for t in span]
        k = next(
            (
                j
                for j in range(1, len(words) - 1)
                if words[j].isalpha() and _known_first_name(words[j])
            ),
            None,
        )
        if k is None and _body_of_place_before_name(span):
            out.append(Span(doc, span.end - 2, span.end, label="PER"))
            continue
        if (
            k is None
            or k + 2 != len(words)
            or _patronymic_like(words[k + 1])
            or not words[k + 1][:1].isupper()
            or not all(_place_or_post(t) for t in span[:k])
        ):
            out.append(span)
            continue
        start = span.start + k
        place = start
        while place > span.start and any("Geox" in p.tag for p in parses(doc[place - 1].text)):
            place -= 1
        if place < start:
            out.append(Span(doc, place, start, label="LOC"))
        out.append(Span(doc, start, span.end, label="PER"))
    return out


def _body_of_place_before_name(span: Span) -> bool:
    """«депутат Ил Тумэна Сахамин Афанасьев»: a body named by a place in the genitive
    («Ил Тумэна», «Курултая Башкортостана») swallowed with a first name pymorphy3 does not
    know; the two capitalised words after the oblique place are the name."""
    if len(span) < 3:
        return False
    place, first, last = span[-3], span[-2], span[-1]
    found = parses(place.text)
    if not found or not all("Geox" in p.tag and p.tag.case != "nomn" for p in found):
        return False
    return (
        all(t.text.isalpha() and t.text[:1].isupper() and not t.text.isupper() for t in span[-2:])
        and not any(_patronymic_like(t.text) for t in (first, last))
        and not any("Geox" in p.tag for t in (first, last) for p in parses(t.text))
    )


def turkic_patronymic(doc: Doc, span: Span) -> Span:
    """«Мамедовой Севиндж Ильхам кызы», «Алиев Рашид Гусейн оглы»: the father's name and
    «оглы»/«кызы» after a person are part of the name, which slovnet cuts before them."""
    if span.label_ != "PER":
        return span
    before = _turkic_name_before(doc, span)
    if before is not None:
        return before
    for extra in (1, 2):
        end = span.end + extra
        if end > len(doc) or doc[end - 1].text.lower() not in TURKIC_PATRONYMICS:
            continue
        if extra == 1 or (doc[span.end].text[:1].isupper() and doc[span.end].text.isalpha()):
            return Span(doc, span.start, end, label="PER")
    return span


def _turkic_name_before(doc: Doc, span: Span) -> Span | None:
    """«Гасану Зал оглу Гасанову»: a first name, the father's name and «оглу» before the
    surname, which slovnet leaves out of the person or calls an organisation."""
    k = span.start - 1
    if k < 2 or doc[k].text.lower() not in TURKIC_PATRONYMICS:
        return None
    words = [doc[k - 2].text, doc[k - 1].text]
    if not all(w.isalpha() and w[:1].isupper() and not w.isupper() for w in words):
        return None
    return Span(doc, k - 2, span.end, label="PER")


def _inside_turkic_names(spans: list[Span]) -> list[Span]:
    """The organisation slovnet made of «Гасану Зал оглу» goes once the person holds it."""
    grown = [
        s
        for s in spans
        if s.label_ == "PER" and any(t.text.lower() in TURKIC_PATRONYMICS for t in s)
    ]
    return [
        s
        for s in spans
        if s.label_ == "PER" or not any(g.start <= s.start and s.end <= g.end for g in grown)
    ]


def _caps_word(token: Token) -> bool:
    text = token.text
    if len(text) < 3 or not text.isalpha() or not text.isupper():
        return False
    return not known(text) or any("Surn" in p.tag for p in parses(text))


def _initial(doc: Doc, i: int) -> bool:
    """«С» of «С.»: one capital letter followed by a dot."""
    texts = view(doc).texts
    text = texts[i] if i < len(texts) else ""
    return len(text) == 1 and text.isupper() and i + 1 < len(texts) and texts[i + 1] == "."


def initials_and_capitals(doc: Doc, spans: list[Span]) -> list[Span]:
    """«Текст: Е. ВЛАСИЧЕВА»: a byline of initials and a surname in capitals, which slovnet
    rarely tags; the capitals must be a surname or no word pymorphy3 knows (not «МВД»)."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    out = []
    i = 0
    while i < len(doc) - 2:
        start = i
        while _initial(doc, i) and i - start < 4:
            i += 2
        if i > start and i < len(doc) and i not in taken and _caps_word(doc[i]):
            if not any(j in taken for j in range(start, i + 1)):
                out.append(Span(doc, start, i + 1, label="PER"))
            i += 1
            continue
        i = start + 1
    return out


def initials_before_surname(doc: Doc, spans: list[Span]) -> list[Span]:
    """«Г. Слаутина» tagged as two people, «Г» and «Слаутина»: initials right before another
    person's span are the start of that name."""
    by_start = {s.start: s for s in spans if s.label_ == "PER"}
    merged: dict[int, Span] = {}
    drop: set[int] = set()
    for span in spans:
        if span.label_ != "PER" or span.start in drop:
            continue
        if not all(len(t.text) == 1 and (t.text.isupper() or t.text == ".") for t in span):
            continue
        j = span.end
        while j < len(doc) and (
            doc[j].text == "." or (doc[j].is_space and "\n" not in doc[j].text)
        ):
            j += 1
        nxt = by_start.get(j)
        if nxt is not None and nxt is not span:
            merged[span.start] = Span(doc, span.start, nxt.end, label="PER")
            drop.add(nxt.start)
    if not merged:
        return spans
    out = []
    for span in spans:
        if span.label_ == "PER" and span.start in merged:
            out.append(merged[span.start])
        elif not (span.label_ == "PER" and span.start in drop):
            out.append(span)
    return out


# «Сидорова А.А», «А.А. Сидорова»: a capitalised word and two initials name a person
INITIALS_NAME = re.compile(
    r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)? ?[А-ЯЁ]\. ?[А-ЯЁ]\.?|[А-ЯЁ]\. ?[А-ЯЁ]\. ?[А-ЯЁ][а-яё]+"
)


def initials_are_people(span: Span) -> Span:
    """slovnet now and then calls «Сидорова А.А.» in a list an organisation, or «Доклад Белых
    В.А.» with the common noun that governs the name."""
    if span.label_ != "PER" and INITIALS_NAME.fullmatch(span.text):
        return Span(span.doc, span.start, span.end, label="PER")
    if span.label_ != "PER" and len(span) > 2 and INITIALS_NAME.fullmatch(span[1:].text):
        found = parses(span[0].text)
        common = bool(found) and found[0].tag.POS == "NOUN" and known(found[0].word)
        if common and not {"Name", "Surn", "Geox", "Orgn"} & found[0].tag.grammemes:
            return Span(span.doc, span.start + 1, span.end, label="PER")
    return span


# Surnames in -ых/-их (Седых, Белых), which pymorphy3 reads as plural adjectives
INDECLINABLE_SURNAME = re.compile(r"[а-яё]{2,}(ых|их)$")


def surname_before_initials(doc: Doc, spans: list[Span]) -> list[Span]:
    """«Лапин А.А., Сомов И.В., Дронова О.П.»: slovnet sometimes tags the initials alone; the
    capitalised surname-like word right before them belongs to the mention."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    # «главе поселения Мокроусых О.П.»: a lone word slovnet called a place or an organisation
    alone = {s.start: s for s in spans if s.label_ != "PER" and len(s) == 1}
    alone = {i: s for i, s in alone.items() if sum(i in range(t.start, t.end) for t in spans) == 1}
    out, dropped = [], set()
    for span in spans:
        before = span.start - 1
        if (
            span.label_ == "PER"
            and all(len(t.text) == 1 for t in span if t.text != ".")
            and before >= 0
            and (before not in taken or before in alone)
            and _surname_like(doc, before)
        ):
            span = Span(doc, before, span.end, label="PER")
            if before in alone:
                dropped.add(id(alone[before]))
        out.append(span)
    return [s for s in out if id(s) not in dropped]


def listed_initials(doc: Doc, spans: list[Span]) -> list[Span]:
    """«• Грачёв П.П., начальник управления»: a surname followed by its initials that slovnet
    left untagged in a list; the word must read as a surname (not «Президент В.В. Путин»)."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    out = []
    for i in range(len(doc) - 2):
        if i in taken or i + 1 in taken or not _initial(doc, i + 1):
            continue
        token = doc[i]
        text = token.text
        if is_head(token) or not _surname_like(doc, i):
            continue
        found = parses(text)
        if any({"Geox", "Orgn", "Name"} & set(p.tag.grammemes) for p in found[:2]):
            continue
        if known(text) and not (
            any("Surn" in p.tag for p in found) or SURNAME_END.search(text.lower())
        ):
            continue
        end = i + 1
        while _initial(doc, end) and end - i < 4:
            end += 2
        out.append(Span(doc, i, end - 1 if doc[end - 1].text == "." else end, label="PER"))
    return out


def _surname_like(doc: Doc, i: int) -> bool:
    """A capitalised word before initials: inside a sentence any such word is the surname
    («Сомов И.В.»); at its start only a known or unknown surname is."""
    text = doc[i].text
    if len(text) < 3 or not text.isalpha() or not text[:1].isupper():
        return False
    if not _sentence_start(doc, i):
        return True
    if not known(text) or any("Surn" in p.tag for p in parses(text)):
        return True
    if INDECLINABLE_SURNAME.search(text) and not any(p.tag.case == "nomn" for p in parses(text)):
        return True  # «Седых М.Р. отметил»: a plural adjective's oblique form is no subject
    # «Сомов И.П. – глава района»: a surname's ending on a word that opens no sentence as a
    # nominative (only «сомов», the plural genitive of «сом», is known)
    return bool(SURNAME_END.search(text.lower())) and not any(
        p.tag.case == "nomn" for p in parses(text)
    )


def trailing_initials(doc: Doc, spans: list[Span]) -> list[Span]:
    """«Смирнов С. П.»: initials after a surname belong to its mention, even when slovnet
    tagged them as a person of their own. Initials that open the next person's name («Игоря
    Руденко А. П. Смирнов») stay with it."""
    grown: dict[int, Span] = {}
    named_after = {
        s.start
        for s in spans
        if s.label_ == "PER" and any(len(t.text) > 1 and t.text.isalpha() for t in s)
    }
    for span in spans:
        if span.label_ != "PER" or len(doc[span.end - 1].text) < 2 or span.end in named_after:
            continue
        end, i = span.end, span.end
        while _initial(doc, i) and i - span.end < 4:
            end, i = i + 1, i + 2
        if end > span.end:
            grown[span.start] = Span(doc, span.start, end, label="PER")
    if not grown:
        return spans
    covered = {i for g in grown.values() for i in range(g.start, g.end)}
    out = []
    for span in spans:
        if span.label_ == "PER" and span.start in grown:
            out.append(grown[span.start])
        elif not (span.label_ == "PER" and all(i in covered for i in range(span.start, span.end))):
            out.append(span)
    return out


SETTLEMENTS = frozenset("город село деревня посёлок поселок станица хутор аул".split())


def _settlement(token: Token) -> bool:
    """«города», «посёлка»: a settlement word (streets are named after people, towns rarely)."""
    return token.text[:1].islower() and lemma(token.text) in SETTLEMENTS


NAMED_PLACE_WORDS = (STREET_DESCRIPTORS - {"район", "микрорайон"}) | SETTLEMENTS


def described_places(doc: Doc, spans: list[Span]) -> list[Span]:
    """«на проспекте Ленина», «улица Маршала Жукова», «в посёлке Заречный»: capitalised
    words right after a lower-case street word that slovnet left untagged or called a person,
    or after a settlement word and no name of a person, name that place (with its word, as
    the factRuEval markup has it)."""
    others = {i for s in spans if s.label_ != "PER" for i in range(s.start, s.end)}
    per = {s.start: s for s in spans if s.label_ == "PER"}
    found: list[Span] = []
    texts = view(doc).texts
    for i in range(len(doc) - 1):
        if not texts[i][:1].islower() or lemma(texts[i]) not in NAMED_PLACE_WORDS:
            continue
        token = doc[i]
        if all(p.tag.number == "plur" for p in parses(token.text) if p.tag.POS == "NOUN"):
            continue  # «на улицах Москвы»: streets of a town
        j = token.i + 1
        if j in others:
            continue
        street = lemma(token.text) not in SETTLEMENTS
        if not street and (j in per or _person_word(doc[j])):
            continue  # «глава города Андрей Петров»: a post of the town, then its holder
        end = per[j].end if j in per else j
        while end < len(doc) and end - j < 3 and _capitalised_word(doc[end]):
            end += 1
        if end == j or any(i in others for i in range(j, end)):
            continue
        if end < len(doc) and doc[end].text in QUOTES:
            continue  # a quoted name is an organisation's or a product's
        found.append(Span(doc, token.i, end, label="LOC"))
    if not found:
        return spans
    inside = {i for f in found for i in range(f.start, f.end)}
    kept = [s for s in spans if not (s.label_ == "PER" and s.start in inside)]
    return kept + found


def _person_word(token: Token) -> bool:
    return any({"Name", "Surn", "Patr"} & set(p.tag.grammemes) for p in parses(token.text))


def _capitalised_word(token: Token) -> bool:
    text = token.text
    return text[:1].isupper() and text.replace("-", "").isalpha() and not text.isupper()


def consistent_places(doc: Doc, spans: list[Span]) -> list[Span]:
    """«бюджет Зареченска» after «города Зареченска»: a one-word «person» that the same text
    calls a place elsewhere, or that follows a place descriptor, is that place."""
    places = {
        doc[s.end - 1].text
        for s in spans
        if s.label_ == "LOC" and (len(s) == 1 or (len(s) == 2 and _settlement(doc[s.start])))
    }
    out = []
    for span in spans:
        if span.label_ == "PER" and len(span) == 1:
            described = span.start > 0 and _settlement(doc[span.start - 1])
            if span.text in places or described:
                span = Span(doc, span.start, span.end, label="LOC")
        out.append(span)
    return out


def _grow(spans: list[Span], grown: list[Span]) -> list[Span]:
    """Replace each span by its grown version (same start and label); inner spans stay."""
    heads = {(s.start, s.label_) for s in grown}
    return [s for s in spans if (s.start, s.label_) not in heads] + grown


def _is_break(token: Token) -> bool:
    return token.text in SEPARATORS or (token.is_space and "\n" in token.text)


def _is_word(token: Token) -> bool:
    return token.text[:1].isalnum()


def split(doc: Doc, span: Span) -> list[Span]:
    pieces, start = [], span.start
    for i in range(span.start, span.end + 1):
        if i == span.end or _is_break(doc[i]):
            if i > start:
                pieces.append((start, i))
            start = i + 1
    out = []
    for a, b in pieces:
        while a < b and not _is_word(doc[a]):
            a += 1
        while b > a and not _is_word(doc[b - 1]):
            b -= 1
        if span.label_ == "PER":
            while a < b and not _name_like(doc[a]):
                a += 1
        if b > a:
            out.append(Span(doc, a, b, label=span.label_))
    return out


VERB_POS = {"VERB", "PRTS", "INFN", "GRND"}


def trailing_verbs(doc: Doc, span: Span) -> Span | None:
    """«Депутатами Совета избраны …»: slovnet sometimes runs a name on over the lower-case
    verb after it; no name ends in a verb. In a headline in capitals («ИВАН СОМОВ ПОЗДРАВИЛ
    ВЕТЕРАНОВ») the verb is in capitals too, and the name ends before it."""
    end = span.end
    if span.label_ == "PER":
        for k in range(span.start + 1, span.end):
            text = doc[k].text
            if text.isupper() and len(text) > 2 and _caps_verb(text):
                end = k
                break
    while end > span.start and doc[end - 1].text.islower():
        found = parses(doc[end - 1].text)
        if not found or found[0].tag.POS not in VERB_POS:
            break
        end -= 1
    if end == span.end:
        return span
    return Span(doc, span.start, end, label=span.label_) if end > span.start else None


def _caps_verb(text: str) -> bool:
    found = parses(text)
    return (
        bool(found)
        and found[0].tag.POS in VERB_POS
        and not any({"Name", "Surn", "Patr"} & set(p.tag.grammemes) for p in found)
    )


def _name_like(token: Token) -> bool:
    """A word that can start a person's name: capitalised and not a plain dictionary word."""
    text = token.text
    if not text[:1].isupper():
        return text.lower() in NAME_PARTICLES
    if "-" in text:
        head = parses(text.split("-", 1)[0])
        if head and known(head[0].word) and head[0].tag.POS in FUNCTION_POS:
            return False  # «Если-же», «Всё-таки»
    found = parses(text)
    if not found or not known(found[0].word):
        return True
    if any(g in p.tag for p in found for g in ("Name", "Surn", "Patr")):
        return True
    return found[0].tag.POS in {"NOUN", None}


def _head(span: Span) -> str:
    """Lemma of the first noun-like word: the head of a Russian noun phrase."""
    for token in span:
        if not _is_word(token):
            continue
        found = parses(token.text)
        if found and found[0].tag.POS in {"ADJF", "PRTF"} and token.text[:1].islower():
            continue
        if found and found[0].tag.POS in {"ADJF", "PRTF"} and len(span) > 1:
            continue
        return lemma(token.text)
    return ""


# Heads of bodies that close compound names: «Казгордума», «Госсобрание», «Мосгорсовет».
BODY_ENDINGS = ("дума", "собрание", "совет", "управа", "администрация")


def _org_compound(word: str) -> bool:
    form = lemma(word)
    return any(form.endswith(end) and len(form) > len(end) + 1 for end in BODY_ENDINGS)


def _plural_only(word: str) -> bool:
    """A word read only as a plural noun, never as a name: a town named in the plural. Not
    one of a masculine surname's shape («Шумов» is also the genitive of «шумы»)."""
    if POSSESSIVE_SUFFIX.match(word):
        return False
    found = [p for p in parses(word) if p.tag.POS == "NOUN"]
    return bool(found) and all(
        p.tag.number == "plur" and not {"Name", "Surn", "Patr"} & set(p.tag.grammemes)
        for p in found
    )


def relabel(span: Span) -> Span | None:
    if span.label_ == "PER" and len(span) == 1 and _org_compound(span.text):
        return Span(span.doc, span.start, span.end, label="ORG")
    if span.label_ == "PER" and len(span) == 1 and _plural_only(span.text):
        if _governed(span):  # «в Химках», «руководить Котельниками»
            return Span(span.doc, span.start, span.end, label="LOC")
    if span.label_ == "PER":
        found = parses(span.text) if len(span) == 1 else ()
        if found and known(found[0].word) and "Geox" in found[0].tag and found[0].score >= 0.5:
            return Span(span.doc, span.start, span.end, label="LOC")  # «Эфиопия»
        return span
    text = span.text
    if len(span) == 1 and _plain_post_noun(text):
        return None  # «Мэры на нарах»: people by their post are no place or organisation
    if text in ABBREVIATIONS:
        label = ABBREVIATIONS[text]
        return None if label is None else Span(span.doc, span.start, span.end, label=label)
    head = _head(span)
    soviet = text.lower().startswith("советск")
    org_head = head in ORG_HEADS or head in PLACE_ORG_HEADS or head.endswith("союз")
    if span.label_ == "LOC" and org_head and not soviet:
        return Span(span.doc, span.start, span.end, label="ORG")
    if span.label_ == "ORG" and head in LOC_HEADS and not _described_quote(span):
        return Span(span.doc, span.start, span.end, label="LOC")
    return span


def _described_quote(span: Span) -> bool:
    """«компанию «Уютный дом»»: a quoted name right after an organisation word is that
    organisation's, whatever its own head word («дом», «парк») names."""
    doc, i = span.doc, span.start
    if i < 2 or doc[i - 1].text not in OPEN_QUOTES:
        return False
    return doc[i - 2].text[:1].islower() and lemma(doc[i - 2].text) in ORG_DESCRIPTORS


def _plain_post_noun(word: str) -> bool:
    """A word the dictionary reads first as a common noun naming a post, in any number."""
    found = parses(word)
    if not found or not known(found[0].word) or found[0].tag.POS != "NOUN":
        return False
    if {"Geox", "Orgn", "Name", "Surn", "Abbr"} & set(found[0].tag.grammemes):
        return False
    return found[0].normal_form in POST_HEADS


def _governed(span: Span) -> bool:
    """A preposition or a verb right before the word, or before the place it is coordinated
    with («между Котельниками и Люберцами», «руководить Котельниками»): a town named in the
    plural stands so, where a name a person shares with a plural noun mostly does not."""
    doc, i = span.doc, span.start - 1
    if i >= 2 and doc[i].text in {"и", ","}:
        i -= 2
    found = parses(doc[i].text.lower())[:1] if i >= 0 else []
    return any(p.tag.POS in {"PREP", "VERB", "INFN"} for p in found)


def place_tail(doc: Doc, span: Span | None) -> Span | None:
    """«РФ по развитию гражданского общества»: a place's name ends before a lower-case
    preposition that opens a lower-case phrase (unlike «Франкфурт на Майне»)."""
    if span is None or span.label_ != "LOC":
        return span
    for i in range(span.start + 1, span.end - 1):
        text = doc[i].text
        if text.isalpha() and text.islower() and doc[i + 1].text[:1].islower():
            if any(p.tag.POS == "PREP" for p in parses(text)):
                return Span(doc, span.start, i, label="LOC")
    return span


def _agrees(adj: Token, noun: Token) -> bool:
    """The adjective can stand with the noun: one case, one number, in the singular one
    gender («предвыборная» does not go with «Интернет»)."""
    found = parses(adj.text)
    if not found or found[0].tag.POS not in {"ADJF", "PRTF"}:
        return False
    nouns = {_form(p.tag) for p in parses(noun.text) if p.tag.POS == "NOUN"}
    adjs = {_form(p.tag) for p in found if p.tag.POS in {"ADJF", "PRTF"}}
    return any(_agree_forms(a, n) for a in adjs for n in nouns)


def _form(tag) -> tuple[str | None, str | None, str | None]:
    gender = "ms-f" if "ms-f" in tag else tag.gender
    return tag.case, tag.number, None if gender is None else str(gender)


def _agree_forms(adj: tuple, noun: tuple) -> bool:
    (a_case, a_num, a_gen), (n_case, n_num, n_gen) = adj, noun
    if a_case != n_case:
        return False
    if a_num is None or n_num is None or a_num != n_num:
        return a_num is None or n_num is None  # an indeclinable noun has no number of its own
    return a_num == "plur" or a_gen is None or n_gen in (None, "ms-f") or a_gen == n_gen


def _adjectives_before(doc: Doc, start: int, noun: Token) -> int:
    """Index of the first lower-case adjective agreeing with ``noun`` right before ``start``;
    coordinated ones count («продовольственной и сельскохозяйственной организации»), and so
    does one capitalised only because it opens the sentence («Избирательная комиссия …»)."""
    while start > 0:
        prev = doc[start - 1]
        if prev.text == "и" and start > 1 and _agrees(doc[start - 2], noun) and start < len(doc):
            if doc[start].text[:1].islower() and _agrees(doc[start], noun):
                start -= 1
                continue
        lower = prev.text[:1].islower() or _sentence_start(doc, start - 1)
        if not (lower and _agrees(prev, noun)):
            break
        start -= 1
    return start


def named_after(doc: Doc, spans: list[Span]) -> list[Span]:
    """«Театра им. Йозефа Бойса», «школы имени Пушкина»: the name belongs to the org."""
    per_at = {s.start: s for s in spans if s.label_ == "PER"}
    out = []
    for span in spans:
        if span.label_ != "ORG":
            continue
        i = span.end
        if doc[i - 1].text.lower() == "им" and i < len(doc) and doc[i].text == ".":
            i += 1  # slovnet kept «им» but the dot was cut with the trailing punctuation
        elif i < len(doc) and doc[i].text.lower() == "имени":
            i += 1
        elif i + 1 < len(doc) and doc[i].text.lower() == "им" and doc[i + 1].text == ".":
            i += 2
        elif any(t.text.lower() in {"имени", "им"} for t in span[:-1]):
            i = span.end - 1  # slovnet took the first name in: «театре имени Островского»
            per_at = {**per_at, i: Span(doc, i, span.end, label="PER")}
        else:
            continue
        if i in per_at:
            end = per_at[i].end
            while end + 1 < len(doc) and doc[end].text == "и" and end + 1 in per_at:
                end = per_at[end + 1].end  # «имени Станиславского и Немировича-Данченко»
            out.append(Span(doc, span.start, end, label="ORG"))
    return out


def described_named_after(doc: Doc, spans: list[Span]) -> list[Span]:
    """«школы имени Гагарина», «областной библиотеке им. А. С. Пушкина»: an organisation word
    and the person it is named after make an organisation even when slovnet saw none."""
    taken = {i for s in spans if s.label_ == "ORG" for i in range(s.start, s.end)}
    out = []
    lower = view(doc).lower
    for i in range(1, len(doc)):
        word = lower[i]
        if word not in {"имени", "им"} or i - 1 in taken:
            continue
        head = doc[i - 1]
        if not head.text[:1].islower() or lemma(head.text) not in ORG_DESCRIPTORS:
            continue
        j = i + 2 if word == "им" and i + 1 < len(doc) and doc[i + 1].text == "." else i + 1
        if word == "им" and j == i + 1:
            continue
        while _initial(doc, j):
            j += 2
        end = j
        while end < len(doc) and doc[end].text[:1].isupper() and doc[end].text.isalpha():
            end += 1
        if end > j:
            out.append(Span(doc, _adjectives_before(doc, i - 1, head), end, label="ORG"))
    return out


def extend_descriptor(doc: Doc, span: Span) -> Span:
    """«Славянки» -> «реки Славянки»; «Яблоко» -> «партии «Яблоко»»."""
    if span.label_ not in {"LOC", "ORG"}:
        return span
    descriptors = GEO_DESCRIPTORS if span.label_ == "LOC" else ORG_DESCRIPTORS
    start = span.start
    while True:
        i = start - 1
        if i >= 0 and doc[i].text in OPEN_QUOTES and span.label_ == "ORG":
            i -= 1
        if i < 0 or lemma(doc[i].text) not in descriptors:
            break
        if not (doc[i].text[:1].islower() or _sentence_start(doc, i)):
            break
        named_street = _street_after_person(doc[i], doc[span.start])
        if span.label_ == "LOC" and not named_street and not _same_case(doc[i], doc[span.start]):
            break  # «город Германии» is a city of Germany, not a city called Germany
        if span.label_ == "LOC" and _part_of_place(doc[i], doc[span.start]):
            break
        if span.label_ == "LOC" and _plural_kind(doc[i], doc[span.end - 1]):
            break
        if span.label_ == "LOC" and _own_descriptor(span):
            break  # «Дзержинского района Калужской области»: «района» ends the place before
        if start < span.start and not _case_number_shared(doc[i], doc[start]):
            break  # «завод компании «КАМАЗ»»: the company's factory is another organisation
        start = i
        if span.label_ == "LOC":
            break
    if start == span.start:
        return span
    if span.label_ == "ORG":
        start = _adjectives_before(doc, start, doc[start])
    return Span(doc, start, span.end, label=span.label_)


def _case_number_shared(a: Token, b: Token) -> bool:
    """Some noun reading of each word stands in one case and number (apposition), unlike a
    head and its genitive («завод компании»)."""
    forms = {(p.tag.case, p.tag.number) for p in parses(a.text) if p.tag.POS == "NOUN"}
    return any((p.tag.case, p.tag.number) in forms for p in parses(b.text) if p.tag.POS == "NOUN")


def _same_case(a: Token, b: Token) -> bool:
    found = [p for p in parses(b.text) if p.tag.POS in {"NOUN", "ADJF"}]
    places = [p for p in found if "Geox" in p.tag] if _place_word(b.text) else []
    found = places or found  # «Германии» is a place's genitive, not a plural «германий»
    cases_b = {p.tag.case for p in found}
    if not cases_b or "nomn" in cases_b or "Fixd" in parses(b.text)[0].tag:
        return True  # «штата Аризона»: a name in apposition may stay nominative
    descr = [p for p in parses(a.text) if p.tag.POS == "NOUN"]
    if places and descr and all(p.tag.number == "plur" for p in descr):
        return False  # «в городах России»: several towns are not one named place
    return bool({p.tag.case for p in descr} & cases_b)


def _street_after_person(descr: Token, name: Token) -> bool:
    """«улица Герцена», «проспекте Ленина»: a street word keeps a name in the genitive that is
    no place (streets are named after people; «улицы Лондона» are London's)."""
    if lemma(descr.text) not in STREET_DESCRIPTORS - {"район", "микрорайон"}:
        return False
    return _has_case(name, {"gent"}) and not _place_word(name.text)


def _own_descriptor(span: Span) -> bool:
    """The name already ends in its own lower-case descriptor («Калужской области»,
    «Жуковского района»): a second one before it heads another place."""
    last = span[-1].text
    return len(span) > 1 and last[:1].islower() and lemma(last) in GEO_DESCRIPTORS


def _plural_kind(descr: Token, name: Token) -> bool:
    """«двух деревень Тверской области», «сёл Калужской области»: a plural descriptor before a
    singular name counts places of that region, it is no part of the region's name."""
    nouns = [p for p in parses(descr.text) if p.tag.POS == "NOUN"]
    if not nouns or not all(p.tag.number == "plur" for p in nouns):
        return False
    return any(p.tag.number == "sing" for p in parses(name.text) if p.tag.POS == "NOUN")


def _part_of_place(descr: Token, name: Token) -> bool:
    """«на улицы Ливерпуля», «в районах Москвы»: a street or district word before a town's
    name in the genitive is a part of that town, not a street called after it."""
    if lemma(descr.text) not in STREET_DESCRIPTORS:
        return False
    if not _place_word(name.text):
        return False  # «улице Гагарина»: a surname before it is a town
    return not any(p.tag.case == "nomn" for p in parses(name.text) if "Geox" in p.tag)


def _place_word(word: str) -> bool:
    """pymorphy3 reads the word first of all as a place («Германии», not «Гагарина»)."""
    found = parses(word)
    return bool(found) and known(found[0].word) and "Geox" in found[0].tag


def nested_places(doc: Doc, spans: list[Span]) -> list[Span]:
    """«Голоса Америки», «Совета Европы»: the place inside an organisation's name is a place
    too (spans may nest)."""
    in_loc = {i for s in spans if s.label_ == "LOC" for i in range(s.start, s.end)}
    out = []
    for span in spans:
        if span.label_ != "ORG":
            continue
        for token in span[1:]:
            if not token.text[:1].isupper() or token.i in in_loc:
                continue  # «города Калуги» inside «Думы города Калуги» is the place already
            if _named_by_adjective(doc, token.i) or _fills_quotes(doc, token.i, token.i + 1):
                continue
            if any(known(p.word) and "Geox" in p.tag for p in parses(token.text)[:1]):
                out.append(Span(doc, token.i, token.i + 1, label="LOC"))
    return out


def _named_by_adjective(doc: Doc, i: int) -> bool:
    """«Справедливая Россия», «Единая Россия»: a place word after a capitalised adjective that
    agrees with it is a word of a name, not the place (unlike «Совета Европы»)."""
    if i == 0 or _sentence_start(doc, i - 1):
        return False  # a sentence's first word is capitalised whatever it is
    prev = doc[i - 1]
    return prev.text[:1].isupper() and _agrees(prev, doc[i])


def quoted_adjective_places(doc: Doc, spans: list[Span]) -> list[Span]:
    """A one-word place inside quotes after a capitalised adjective of the same quoted name
    («партии «Справедливая Россия»») is part of that name, not a place; so is a place that
    is the whole quoted name of an organisation («клуба «Кубань»», «Краснодарская «Кубань»»)."""
    orgs = [s for s in spans if s.label_ == "ORG"]
    out = []
    for span in spans:
        if span.label_ == "LOC" and len(span) == 1 and span.start >= 2:
            quoted = doc[span.start - 2].text in OPEN_QUOTES
            if quoted and _named_by_adjective(doc, span.start):
                continue
        if span.label_ == "LOC" and _fills_quotes(doc, span.start, span.end):
            if any(o.start < span.start and o.end >= span.end for o in orgs):
                continue
        out.append(span)
    return out


def _fills_quotes(doc: Doc, start: int, end: int) -> bool:
    """The words from ``start`` to ``end`` are all there is between a pair of quotes."""
    if start == 0 or end >= len(doc) or doc[start - 1].text not in OPEN_QUOTES:
        return False
    return doc[end].text in QUOTES


def known_places(doc: Doc, spans: list[Span]) -> list[Span]:
    """Capitalised words pymorphy3's dictionary knows first of all as a place (``Geox``:
    «чемпион Европы») or an organisation (``Orgn``: «Минфине», «Роскомнадзор») that slovnet
    left untagged."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    out = []
    for i, text in enumerate(view(doc).texts):
        if i in taken or not text[:1].isupper() or text.isupper():
            continue
        token = doc[i]
        found = parses(token.text)
        if not found or not known(found[0].word) or found[0].score < 0.5:
            continue
        if "Geox" in found[0].tag and not _sentence_start(doc, token.i):
            out.append(Span(doc, token.i, token.i + 1, label="LOC"))
        elif "Orgn" in found[0].tag and "Abbr" not in found[0].tag:
            out.append(Span(doc, token.i, token.i + 1, label="ORG"))
    return out


def _sentence_start(doc: Doc, i: int) -> bool:
    """«Корпорация Philips …» opens a sentence: its capital letter is not a name's."""
    j = i - 1
    while j >= 0 and doc[j].is_space and "\n" not in doc[j].text:
        j -= 1
    return j < 0 or doc[j].text in {".", "!", "?", "…"} or "\n" in doc[j].text


def bare_descriptor(span: Span | None) -> Span | None:
    """«Экс-глава района, а ныне …»: a lone lower-case «района», «города» names no place; the
    kind of place alone is the post's generic complement."""
    if span is None or span.label_ == "PER" or len(span) != 1:
        return span
    word = span[0].text
    if (word[:1].islower() or word.isupper()) and lemma(word) in GEO_DESCRIPTORS:
        return None
    return span


def drop_post_heads(span: Span) -> Span | None:
    """«Замглавы Федеральной миграционной службы» opens a sentence: the post is not the org;
    «Зам. главы» is no person either."""
    start = span.start
    if span.label_ == "PER" and len(span) == 1 and abbreviated_head(span.doc[start]):
        return None
    if span.label_ == "PER" and len(span) > 1 and plural_post(span.doc[start]):
        start += 1  # «Заместителями Мутовкина стали …»: a plural post, no first name
    if span.label_ != "PER":
        # «Городского Головы»: adjectives, then the post head
        j = start
        while j < span.end and j - start < 3 and _adjective(span.doc[j]):
            j += 1
        if j > start and j < span.end and is_head(span.doc[j]):
            start = j
    while start < span.end and span.label_ != "PER" and is_head(span.doc[start]):
        start += 1
    if start == span.end:
        return None
    if start == span.start:
        return span
    label = span.label_
    if span.end - start == 1 and any("Geox" in p.tag for p in parses(span.doc[start].text)[:1]):
        label = "LOC"  # «Городской Голова Калуги»: what is left is the place
    return Span(span.doc, start, span.end, label=label)


def _adjective(token: Token) -> bool:
    found = parses(token.text)
    return bool(found) and found[0].tag.POS == "ADJF"


def quoted_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """«ОАО «Водоканал»», «газеты «Вечерний город»»: a descriptor or legal form and a quoted
    name slovnet missed."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    by_start = sorted(spans, key=lambda s: s.start)
    starts = [s.start for s in by_start]  # bisected: a long text has thousands of spans
    out = []
    for i, text in enumerate(view(doc).texts):
        if text not in OPEN_QUOTES or i == 0:
            continue
        token = doc[i]
        d = token.i - 1
        while d >= 0 and doc[d].is_space and "\n" not in doc[d].text:
            d -= 1
        described = d >= 0 and lemma(doc[d].text) in ORG_DESCRIPTORS
        close = next(
            (j for j in range(token.i + 1, min(len(doc), token.i + 8)) if doc[j].text in QUOTES),
            None,
        )
        if close is None or close == token.i + 1 or not doc[token.i + 1].text[:1].isupper():
            continue
        if not described:
            # «Голос Америки», «Эхо Москвы»: a quoted title (its words capitalised) built
            # around a place
            inside = by_start[bisect_right(starts, token.i + 1) : bisect_left(starts, close)]
            inner = [sp for sp in inside if sp.end <= close]
            words = [t.text for t in doc[token.i + 1 : close] if t.text.isalpha()]
            title = all(w[:1].isupper() for w in words)
            if not title:
                continue  # «Почетный гражданин города Владивостока»: an honour, no title
            if inner and all(sp.label_ == "LOC" for sp in inner) and token.i + 1 not in taken:
                out.append(Span(doc, token.i + 1, close, label="ORG"))
            continue
        if any(i in taken for i in range(token.i + 1, close)):
            continue
        start = _adjectives_before(doc, d, doc[d]) if doc[d].text[:1].islower() else d
        out.append(Span(doc, start, close, label="ORG"))
    return out


# Kinds of municipality named by a quoted name: «сельское поселение «Село Бабынино»».
MUNICIPAL_KINDS = frozenset("поселение район округ".split())


def quoted_places(doc: Doc, spans: list[Span]) -> list[Span]:
    """«сельское поселение «Село Бабынино»», «муниципального района «Город Людиново и
    Людиновский район»»: a municipality's quoted name is one place with its kind, whatever
    slovnet made of the words inside the quotes."""
    found = []
    texts = view(doc).texts
    for i in range(1, len(doc)):
        if texts[i] not in OPEN_QUOTES or not texts[i - 1][:1].islower():
            continue
        token = doc[i]
        d = token.i - 1
        if lemma(doc[d].text) not in MUNICIPAL_KINDS:
            continue
        limit = min(len(doc), token.i + 10)
        close = next((j for j in range(token.i + 2, limit) if doc[j].text in QUOTES), None)
        if close is None or not doc[token.i + 1].text[:1].isupper():
            continue
        found.append(Span(doc, _adjectives_before(doc, d, doc[d]), close, label="LOC"))
    if not found:
        return spans
    inside = {i for f in found for i in range(f.start - 1, f.end)}
    kept = [s for s in spans if not any(i in inside for i in range(s.start, s.end))]
    return kept + found


def latin_described(doc: Doc, spans: list[Span]) -> list[Span]:
    """«Сервис Zoom», «производитель электроники Foxconn», «компании Harbor Labs»: untagged
    capitalised Latin words right after an organisation word name that organisation (with
    its word, as a quoted name after one has it)."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    out = []
    texts = view(doc).texts
    for i in range(len(doc) - 1):
        if not _latin_word(texts[i + 1]) or i + 1 in taken or not texts[i].isalpha():
            continue
        token = doc[i]
        if not (token.text[:1].islower() or _sentence_start(doc, token.i)):
            continue
        if lemma(token.text) not in ORG_DESCRIPTORS:
            continue
        end = j = token.i + 1
        while (
            j < len(doc)
            and j not in taken
            and (_latin_cap(doc[j]) or doc[j].text.lower() in LATIN_LINKS)
        ):
            j += 1
            if _latin_cap(doc[j - 1]):
                end = j
        start = _adjectives_before(doc, token.i, token) if token.text[:1].islower() else token.i
        out.append(Span(doc, start, end, label="ORG"))
    return out


# A national team and an identified government are organisations even unnamed. («Интернет»
# was one too, as the tuned dev markup has it; the held part marks it no more often than not,
# and one word is no rule.)
UNNAMED_ORGS = {"правительство", "сборная"}
UNNAMED_STEMS = ("правительств", "сборн")


def abbreviations(doc: Doc, spans: list[Span]) -> list[Span]:
    """Capitalised abbreviations slovnet left out that pymorphy3 knows as an organisation
    (``Orgn``: МВД, КПСС, РАН) or a place (``Geox``: РФ)."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    out = []
    for i, text in enumerate(view(doc).texts):
        if i in taken or not (2 <= len(text) <= 8) or not text[:2].isupper():
            continue
        label = _abbreviation_label(text)
        if label:
            out.append(Span(doc, i, i + 1, label=label))
    return out


def _abbreviation_label(text: str) -> str | None:
    """ORG or LOC for an abbreviation of our list or one pymorphy3 tags ``Abbr`` with ``Orgn``
    or ``Geox``; None for others."""
    label = ABBREVIATIONS.get(text, "")
    if label != "":
        return label
    tags = [p.tag for p in parses(text) if known(p.word) and "Abbr" in p.tag]
    if any("Orgn" in t for t in tags):
        return "ORG"
    return "LOC" if any("Geox" in t for t in tags) else None


def nested_abbreviations(doc: Doc, spans: list[Span]) -> list[Span]:
    """«совета ФИДЕ», «фракция КПРФ», «Единую лигу ВТБ»: an organisation's abbreviation
    after a noun of another organisation's name is an organisation too (spans may nest);
    after an adjective («японского МИДа») it heads the name and nests in none."""
    starts = {s.start for s in spans if s.label_ == "ORG"}
    out = []
    for span in spans:
        if span.label_ != "ORG":
            continue
        for token in span[1:]:
            text = token.text
            if not (2 <= len(text) <= 8 and text[:2].isupper()) or token.i in starts:
                continue  # «Отдел МВД России»: «МВД России» is the organisation nested
            if _adjective(doc[token.i - 1]):
                continue  # «японского МИДа»: the abbreviation heads the name, nests in none
            if _abbreviation_label(text) == "ORG":
                starts.add(token.i)
                out.append(Span(doc, token.i, token.i + 1, label="ORG"))
    return out


def _org_words(
    doc: Doc, spans: list[Span], stems: tuple[str, ...], lemmas: Container[str]
) -> list[Token]:
    """Words outside any organisation whose lemma is one of ``lemmas`` (one hyphen-free word)."""
    taken = {i for s in spans if s.label_ == "ORG" for i in range(s.start, s.end)}
    prefixes = _prefixes(stems)
    return [
        doc[i]
        for i, text in enumerate(view(doc).texts)
        # a cheap prefix test first: parsing every word of the text would cost seconds
        if text[:4].lower() in prefixes
        and i not in taken
        and "-" not in text
        and lemma(text) in lemmas
    ]


@lru_cache(maxsize=8)
def _prefixes(stems: tuple[str, ...]) -> frozenset[str]:
    """First four letters of the stems: one set lookup a word instead of a scan of them all."""
    return frozenset(stem[:4] for stem in stems)


def unnamed_orgs(doc: Doc, spans: list[Span]) -> list[Span]:
    """«сборная», «американского правительства», «Областное правительство»: a national team,
    and a government that an adjective or a capital letter singles out, are organisations
    even unnamed; a bare «правительство» the factRuEval markup leaves unmarked more often
    than not (dropping it raised the tuned dev ORG token F1 0.898 → 0.900)."""
    out = []
    for token in _org_words(doc, spans, UNNAMED_STEMS, UNNAMED_ORGS):
        start = _adjectives_before(doc, token.i, token)
        if lemma(token.text) == "правительство" and not _singled_out(doc, start, token.i):
            continue
        out.append(Span(doc, start, token.i + 1, label="ORG"))
    return out


def _singled_out(doc: Doc, start: int, head: int) -> bool:
    """An adjective before the head, or the head capitalised inside a sentence
    («… и Правительство утвердило …» is one government)."""
    return start < head or doc[head].text[:1].isupper() and not _sentence_start(doc, head)


ORG_BODY_HEADS = frozenset(
    """комитет комиссия отдел управление департамент палата совет движение конгресс
    агентство служба группа союз фонд центр институт ассоциация объединение министерство
    ведомство инспекция""".split()
)


def org_adjectives(doc: Doc, span: Span) -> Span:
    """«японского МИДа», «российской сборной», «Петербургский «Зенит»»: a lower-case (or
    sentence-opening) relational adjective of a country or region before an organisation
    belongs to its name; the closing quote of a quoted name ends no span."""
    if span.label_ != "ORG":
        return span
    start = first = span.start
    if start > 1 and doc[start - 1].text in OPEN_QUOTES and place_adjective(doc[start - 2].text):
        start = first = start - 1  # «московского «Спартака»»: the name is quoted
    while start > 0:
        prev = doc[start - 1]
        stem = lemma(prev.text)
        lower = prev.text[:1].islower() or _sentence_start(doc, start - 1)
        if not lower or not stem.endswith(("ский", "цкий")):
            break
        if not _agrees(prev, doc[span.start]):
            break
        start -= 1
    if start == first:
        return span
    return Span(doc, start, span.end, label="ORG")


def org_tails(doc: Doc, span: Span) -> Span:
    """«Координационный совет пострадавших соинвесторов», «Комиссии по атомной энергии»:
    an organisation's head noun keeps its lower-case genitive or «по …» complement."""
    if span.label_ != "ORG" or lemma(doc[span.end - 1].text) not in ORG_BODY_HEADS:
        return span
    end, i, limit = span.end, span.end, min(len(doc), span.end + 10)
    if i < limit and doc[i].text == "при":
        end = i = _attached_to(doc, i + 1, limit) or span.end
    end = _complement(doc, i, limit, end)
    return span if end == span.end else Span(doc, span.start, end, label="ORG")


def _complement(doc: Doc, i: int, limit: int, end: int) -> int:
    """The end of a body's lower-case complement from ``i``: «по бюджету и налогам», «против
    пыток», «пострадавших соинвесторов»; ``end`` when there is none."""
    if i < limit and doc[i].text in {"по", "против"}:
        i += 1
    while i < limit:
        word = doc[i]
        if not (word.is_space and "\n" not in word.text or _lower_gen(doc, i)):
            if not (word.text == "и" and i + 1 < limit and _lower_gen(doc, i + 1)):
                break
        i += 1
        found = parses(doc[i - 1].text)
        if found and found[0].tag.POS == "NOUN":
            end = i
    return end


BODY_WORDS = ORG_BODY_HEADS | frozenset({"сборная", "бюро", "федерация", "мвд", "мчс", "умвд"})
BODY_WORDS |= frozenset({"филиал", "отделение", "представительство"})  # «Отделение ПФР по …»


def body_complements(doc: Doc, spans: list[Span]) -> list[Span]:
    """«комитета Госдумы по бюджету», «сборную России по хоккею», «Бюро США по патентам и
    товарным знакам»: a body whose name ends in a place or organisation keeps the «по …»
    complement after it, or the territory it serves («отдел МВД по Мещовскому району»)."""
    places = {s.start: s.end for s in spans if s.label_ == "LOC"}
    first_org = {}  # end -> earliest start of an organisation ending there
    for s in spans:
        if s.label_ == "ORG":
            first_org[s.end] = min(s.start, first_org.get(s.end, s.start))
    out = []
    for span in spans:
        i = span.end
        if span.label_ != "ORG" or i >= len(doc) or doc[i].text not in {"по", "против"}:
            continue
        if first_org[i] < span.start:
            continue  # «Управление ФАС по краю»: the outer body serves it, not the inner «ФАС»
        if not any(lemma(t.text) in BODY_WORDS for t in span):
            continue
        place = places.get(i + 1)
        if doc[i].text == "по" and place is not None and _has_case(doc[i + 1], {"datv"}):
            end = place  # «Управление ФССП по Калужской области»: the territory it serves
        else:
            end = _complement(doc, i, min(len(doc), i + 10), span.end)
        if end > span.end:
            out.append(Span(doc, span.start, end, label="ORG"))
    return out


def _attached_to(doc: Doc, i: int, limit: int) -> int | None:
    """«комитета при прокуратуре», «совета при Президенте РФ», «совета при главном
    архитекторе Москвы»: the end of the body a «при» attaches the organisation to (a noun in
    the prepositional, its adjectives before it and genitives or abbreviations after it)."""
    j = i
    while j < limit and _has_case(doc[j], {"loct"}, {"ADJF", "PRTF"}):
        j += 1
    if j >= limit or not _has_case(doc[j], {"loct"}, {"NOUN"}):
        return None
    j += 1
    while j < limit and (
        doc[j].text.isupper() and doc[j].text.isalpha() or _has_case(doc[j], {"gent"})
    ):
        j += 1
    return j


def _has_case(
    token: Token, cases: set[str], pos: frozenset | set = frozenset({"NOUN", "ADJF"})
) -> bool:
    """Some parse of the word has one of ``cases``; a Latin name (not declined) always has."""
    word = token.text.replace("-", "")
    if not word.isalpha():
        return False
    if word.isascii():
        return True
    return any(p.tag.case in cases and p.tag.POS in pos for p in parses(token.text))


def _lower_gen(doc: Doc, i: int) -> bool:
    token = doc[i]
    if not token.text[:1].islower() or not token.text.isalpha():
        return False
    after_po = any(doc[j].text == "по" for j in range(max(0, i - 4), i))
    cases = {"gent", "datv", "loct"} if after_po else {"gent"}
    return any(
        p.tag.case in cases and p.tag.POS in {"NOUN", "ADJF", "PRTF"} for p in parses(token.text)
    )


def _genitive(token: Token) -> bool:
    """A genitive form, or an abbreviation (which does not decline: «МВД», «РАНХиГС»)."""
    if token.text.isupper() or _abbreviation(token.text):
        return True
    return any(p.tag.case == "gent" for p in parses(token.text))


# Governing parts and branches of an organisation, named by it: «правления Сбербанка»,
# «политбюро партии», «Калужском филиале РАНХиГС».
ORG_PARTS = frozenset(
    """правление президиум политбюро дирекция коллегия аппарат секретариат филиал отделение
    подразделение""".split()
)


def _abbreviation(word: str) -> bool:
    """«РАНХиГС», «МИДа»: mostly capitals, a lower-case letter or two among them."""
    capitals = sum(c.isupper() for c in word)
    return word.isalpha() and word[:2].isupper() and capitals >= 2 * (len(word) - capitals)


def org_of_place(doc: Doc, spans: list[Span]) -> list[Span]:
    """«мэрии Москвы», «делегация США», «фракции КПРФ», «совет директоров «Аэрофлота»»: an
    organisation word (with a plural genitive of its members) before a place or before the
    organisation it is part of."""
    inside_org = {i for s in spans if s.label_ == "ORG" for i in range(s.start, s.end)}
    out = []
    for span in spans:
        if span.label_ not in {"LOC", "ORG"} or span.start == 0:
            continue
        if not _genitive(doc[span.start]):
            continue
        i = span.start - 1
        if span.label_ == "ORG" and i > 0 and doc[i].text in OPEN_QUOTES:
            i -= 1
        if doc[i].text[:1].islower() and lemma(doc[i].text) in GEO_DESCRIPTORS:
            i -= 1
        if span.label_ == "ORG" and i > 0 and _members(doc, i):
            i -= 1
        remit = span.label_ == "LOC" and _remit_before(doc, i) != i
        if remit:
            i = _remit_before(doc, i)
        if i < 0 or i in inside_org:
            continue
        head = lemma(doc[i].text)
        if span.label_ == "LOC" and head not in PLACE_ORG_HEADS | GOV_HEADS and not remit:
            continue
        if span.label_ == "ORG" and not (head in GOV_HEADS or head in ORG_BODY_HEADS | ORG_PARTS):
            continue  # «фракции КПРФ», «правления Сбербанка»: a body of another organisation
        if span.label_ == "ORG" and not (doc[i].text[:1].islower() or _sentence_start(doc, i)):
            continue  # «Управление ГИБДД» may open a sentence
        end = _coordinated(doc, span.end, spans) if span.label_ == "LOC" else span.end
        out.append(Span(doc, _adjectives_before(doc, i, doc[i]), end, label="ORG"))
    return out


def _remit_before(doc: Doc, i: int) -> int:
    """«департамента образования Воронежа», «комитета по …» aside: the index of a body word
    before up to three lower-case genitives naming its remit («образования», «культуры и
    спорта») that end at ``i``; ``i`` itself when there is none."""
    bodies = ORG_BODY_HEADS | GOV_HEADS | PLACE_ORG_HEADS
    j = i
    while j >= 0 and i - j < 4 and lemma(doc[j].text) not in bodies:
        if not (_remit_word(doc, j) or doc[j].text == "и" and j < i):
            return i
        j -= 1
    if j == i or j < 0 or doc[j + 1].text == "и":
        return i
    if lemma(doc[j].text) not in bodies:
        return i
    if not any(p.tag.POS == "NOUN" for p in parses(doc[i].text)):
        return i
    return j


def _remit_word(doc: Doc, i: int) -> bool:
    """A lower-case genitive noun or adjective that is no preposition («в» is also a noun)."""
    if not _lower_gen(doc, i):
        return False
    return not any(p.tag.POS in FUNCTION_POS for p in parses(doc[i].text))


def _members(doc: Doc, i: int) -> bool:
    """«директоров» of «совет директоров», «ветеранов» of «совет ветеранов»: a lower-case
    plural genitive noun after a body word names the body's members."""
    word, body = doc[i].text, lemma(doc[i - 1].text)
    if not word[:1].islower() or body not in ORG_BODY_HEADS | ORG_PARTS:
        return False
    nouns = [p for p in parses(word) if p.tag.POS == "NOUN"]
    return bool(nouns) and nouns[0].tag.case == "gent" and nouns[0].tag.number == "plur"


def _coordinated(doc: Doc, end: int, spans: list[Span]) -> int:
    """«органами Китая, Малайзии и Таиланда»: the end of a list of places in the genitive
    that goes on from ``end`` (commas and «и» between them)."""
    places = {s.start: s.end for s in spans if s.label_ == "LOC"}
    while end + 1 < len(doc) and doc[end].text in {",", "и"}:
        nxt = places.get(end + 1)
        if nxt is None or not _genitive(doc[end + 1]):
            break
        end = nxt
    return end


def org_chains(doc: Doc, spans: list[Span]) -> list[Span]:
    """An organisation followed by the place or organisation it belongs to (genitive)."""
    starts: dict[int, list[Span]] = {}
    for span in spans:
        starts.setdefault(span.start, []).append(span)
    out = []
    for span in spans:
        if span.label_ != "ORG":
            continue
        end, grown = span.end, False
        while True:
            j = end
            if j < len(doc) and doc[j].text in OPEN_QUOTES:
                j += 1
            nxt = [s for s in starts.get(j, []) if s.label_ in {"LOC", "ORG"}]
            descr = j < len(doc) and doc[j].text[:1].islower()
            if not nxt and descr and lemma(doc[j].text) in GEO_DESCRIPTORS:
                j += 1
                nxt = [s for s in starts.get(j, []) if s.label_ in {"LOC", "ORG"}]
            if not nxt or not _genitive(doc[j]):
                break
            end, grown = max(s.end for s in nxt), True
        if grown:
            out.append(Span(doc, span.start, end, label="ORG"))
    return out


GEO_NAMES = Path(__file__).resolve().parent / "data" / "geo_names.txt"
ADJ_HEAD_STEMS = tuple(sorted({w[:4] for w in PLACE_ADJ_HEADS if len(w) > 3}))


@lru_cache(maxsize=1)
def _geo_names() -> list[str]:
    """pymorphy3's place lemmas, sorted for prefix search (built by ``data/build_geo_names``)."""
    return GEO_NAMES.read_text(encoding="utf-8").split()


@lru_cache(maxsize=8192)
def place_adjective(word: str) -> bool:
    """«американскими», «японского», «Лондонская»: an adjective made from a place name, told
    by its stem opening a name pymorphy3 knows as a place (америк- of Америка, моск- of
    Москва); «-ческий» adjectives («политический») never are."""
    names = _geo_names()
    for p in parses(word):
        form = p.normal_form
        if p.tag.POS != "ADJF" or not form.endswith(("ский", "цкий")) or form.endswith("ческий"):
            continue
        stem = form[:-4].rsplit("-", 1)[-1]  # «российско-американский»: the last place
        for k in range(len(stem), max(3, len(stem) - 3), -1):
            i = bisect_left(names, stem[:k])
            if i < len(names) and names[i].startswith(stem[:k]):
                return True
    return False


def place_gov_orgs(doc: Doc, spans: list[Span]) -> list[Span]:
    """«японского дипломатического ведомства», «Лондонская полиция», «государственный
    китайский банк»: an organisation word with a place adjective is that place's body."""
    out = []
    for token in _org_words(doc, spans, ADJ_HEAD_STEMS, PLACE_ADJ_HEADS):
        if all(p.tag.number == "plur" for p in parses(token.text) if p.tag.POS == "NOUN"):
            continue  # «российским компаниям» are a kind of organisation, not one
        start, placed = token.i, False
        while start > 0:
            prev = doc[start - 1]
            upper_ok = prev.text[:1].islower() or _sentence_start(doc, start - 1)
            if not upper_ok or not _agrees(prev, token):
                break
            placed = placed or place_adjective(prev.text)
            start -= 1
        adj = [p for p in parses(doc[token.i - 1].text) if p.tag.POS in {"ADJF", "PRTF"}]
        if placed and not all(p.tag.number == "plur" for p in adj):
            span = Span(doc, start, token.i + 1, label="ORG")
            out.append(org_tails(doc, span))
    return out


def facilities(doc: Doc, spans: list[Span]) -> list[Span]:
    """«здание Законодательного собрания», «штаб-квартире Google»: a building with the
    organisation it houses (genitive) is a place; the inner name stays an entity of its own.
    A monument to a person («памятник Пушкину») is left the person alone: the tuned dev
    markup calls it a place, the held part does not (held LOC token F1 0.9255 → 0.9285
    without it)."""
    out = []
    for span in spans:
        i = span.start - 1
        if i < 0 or span.label_ not in {"ORG", "LOC"}:
            continue
        word = doc[i].text
        if not word[:1].islower() or lemma(word) not in FACILITY_HEADS:
            continue
        if all(p.tag.number == "plur" for p in parses(word) if p.tag.POS == "NOUN"):
            continue  # «тюрьмами ЦРУ»: a kind of building, not one place
        if doc[span.start].text.isupper():
            pass  # an abbreviation does not decline: «изолятор КГБ»
        elif not _has_case(doc[span.start], {"gent"}, {"NOUN", "ADJF"}):
            continue
        out.append(Span(doc, _adjectives_before(doc, i, doc[i]), span.end, label="LOC"))
    return out


DOMAIN = re.compile(
    r"(?<![\w@/.:-])(?:[\w-]+\.)+(?:com|ru|org|net|info|ua|by|kz|eu|tv|su|рф|uk|de|fm|io)"
    r"(?![\w@/-]|\.\w)",
    re.IGNORECASE,
)
SITE_WORDS = frozenset("сайт портал проект ресурс".split())


def domains(doc: Doc, spans: list[Span]) -> list[Span]:
    """«сообщает NEWSru.com», «на сайте Lenta.ru»: a site named by its domain is an
    organisation (with «сайт», «портал» before it), not a name cut at its first dot; e-mail
    addresses and links with a path are left alone."""
    found = []
    for m in DOMAIN.finditer(view(doc).text):
        span = doc.char_span(m.start(), m.end(), label="ORG")
        if span is None:
            continue
        start = span.start
        if start > 0 and doc[start - 1].text[:1].islower():
            if lemma(doc[start - 1].text) in SITE_WORDS:
                start -= 1
        found.append(Span(doc, start, span.end, label="ORG"))
    if not found:
        return spans
    inside = {i for f in found for i in range(f.start, f.end)}
    kept = [s for s in spans if not all(i in inside for i in range(s.start, s.end))]
    return kept + found


def bracketed_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """«Бюро по патентам (USPTO)», «Комитет защиты журналистов (КЗЖ)»: an abbreviation or a
    Latin name in brackets right after an organisation or a place is another name of it."""
    by_end = {s.end: s for s in spans if s.label_ in {"ORG", "LOC"}}
    at = {(s.start, s.end): s for s in spans}
    out = list(spans)
    texts = view(doc).texts
    for i in range(1, len(doc) - 2):
        if texts[i] != "(" or i not in by_end:
            continue
        close = next((j for j in range(i + 1, min(len(doc), i + 7)) if doc[j].text == ")"), None)
        if close is None or close == i + 1:
            continue
        words = [t.text for t in doc[i + 1 : close]]
        abbr = len(words) == 1 and words[0].isupper() and len(words[0]) >= 2
        latin = all(w[:1].isupper() or w.islower() and len(w) <= 3 for w in words if w.isalpha())
        latin = latin and all(w.isascii() for w in words) and words[0][:1].isupper()
        if not (abbr or latin):
            continue
        label = by_end[i].label_
        old = at.get((i + 1, close))
        if old is not None and old.label_ == label:
            continue
        out = [s for s in out if s is not old]
        out.append(Span(doc, i + 1, close, label=label))
    return out


PRESS_UNITS = frozenset({"пресс-служба", "пресс-центр"})


def press_services(doc: Doc, spans: list[Span]) -> list[Span]:
    """«пресс-служба МВД», «пресс-служба президента Украины»: the press service of an
    organisation, a place or a post holder is an organisation up to that name."""
    starts: dict[int, Span] = {}
    for span in spans:
        if span.label_ in {"ORG", "LOC", "PER"} and span.end > starts.get(span.start, span).end:
            starts[span.start] = span
        starts.setdefault(span.start, span)
    out = []
    for i, low in enumerate(view(doc).lower):
        if not low.startswith("пресс-"):
            continue
        token = doc[i]
        if lemma(token.text) not in PRESS_UNITS:
            continue
        j = token.i + 1
        while j < min(len(doc), token.i + 4) and j not in starts and _lower_gen(doc, j):
            j += 1
        name = starts.get(j)
        if name is None or name.label_ not in {"ORG", "LOC", "PER"}:
            continue
        if not (_genitive(doc[j]) or doc[j].text.isascii()):
            continue
        out.append(Span(doc, token.i, name.end, label="ORG"))
    return out


def known_surnames(doc: Doc, spans: list[Span]) -> list[Span]:
    """«Василий Шумов … Шумов первым начал», «Виктор Бут … Буту предъявили»: a capitalised
    word that repeats the surname of a person named in full earlier or later in the text (in
    any case ending) is that person, not a place and not nothing."""
    surnames = set()
    for span in spans:
        if span.label_ == "PER" and len(span) > 1:
            last = doc[span.end - 1].text
            if len(last) > 3 and last.isalpha() and last[:1].isupper() and _surname(last):
                surnames.add(last)
    if not surnames:
        return spans
    stems = {x[: max(4, len(x) - 2)]: x for x in surnames}
    prefixes = tuple(sorted(stems))
    per = {i for s in spans if s.label_ == "PER" for i in range(s.start, s.end)}
    tagged = {i for s in spans for i in range(s.start, s.end)}
    out = []
    for i, text in enumerate(view(doc).texts):
        if i in per or not text[:1].isupper() or not text.startswith(prefixes):
            continue
        token = doc[i]
        if not _surname(text) or token.i in tagged:
            continue  # what slovnet called a place or an organisation keeps its label
        if _place_word(text):
            continue  # «Клин» after «Андрей Клин» may still be the town
        if text in surnames or any(same_surname(text, x) for x in surnames):
            start = token.i
            while start >= 2 and _initial(doc, start - 2) and start - 2 not in per:
                start -= 2  # «Ж. И. Алфёров»: initials before the surname are its name
            out.append(Span(doc, start, token.i + 1, label="PER"))
    return spans + out


def first_name_after_org(doc: Doc, spans: list[Span]) -> list[Span]:
    """«председатель Совета Айдар Муртазин»: slovnet runs the organisation on over the first
    name (and the surname, or tags the surname alone). A word inside an organisation that reads
    first as a known first name in the nominative, followed by a capitalised word, starts a
    person that runs to the organisation's end (and over a person right after it)."""
    by_start = {s.start: s for s in spans if s.label_ == "PER"}
    out: list[Span] = []
    dropped: set[int] = set()
    for span in spans:
        cut = None
        if span.label_ == "ORG":
            cut = next(
                (
                    k
                    for k in range(span.start + 1, span.end)
                    if _first_name(doc[k])
                    and (k + 1 < span.end or span.end in by_start)
                    and (k + 1 >= span.end or doc[k + 1].text[:1].isupper())
                ),
                None,
            )
        if cut is None:
            out.append(span)
            continue
        person = by_start.get(span.end)
        end = person.end if person is not None else span.end
        if person is not None:
            dropped.add(id(person))
        out.append(Span(doc, span.start, cut, label="ORG"))
        out.append(Span(doc, cut, end, label="PER"))
    return [s for s in out if id(s) not in dropped]


def first_name_before_person(doc: Doc, spans: list[Span]) -> list[Span]:
    """«главы администрации Мадины Кравченко», «главе поселения Казбеку Рашитовичу Зайцеву»:
    slovnet takes a first name for a place or the end of an organisation and starts the person
    at the patronymic or the surname. A capitalised word right before a person that opens with
    its patronymic, or right before a lone surname when the word is a known first name in a
    case the surname can be in, is the person's first name; the other span gives it up."""
    per = {i for s in spans if s.label_ == "PER" for i in range(s.start, s.end)}
    moved: dict[int, Span] = {}
    for span in spans:
        i = span.start - 1
        if span.label_ != "PER" or i < 0 or i in per or doc[i].whitespace_ != " ":
            continue
        word = doc[i].text
        compound = compound_first_name(doc, i)  # «сержанту Ай-Херелу Ооржаку»
        if not (word.isalpha() or compound) or not word[:1].isupper() or word.isupper():
            continue
        if len(word) < 3:
            continue
        alone = split_name([t.text for t in span])
        if alone is None or alone.has_full_first and alone.last:
            continue
        opens_with_patronymic = len(span) == 2 and _patronymic_form(doc[span.start].text)
        if not opens_with_patronymic and (alone.has_full_first or not alone.last):
            continue
        beside = compound or _name_beside(word, span.text)
        if not opens_with_patronymic and not (len(span) == 1 and beside):
            continue
        whole = split_name([t.text for t in doc[i : span.end]])
        if whole is None or not whole.has_full_first or not whole.last:
            continue
        if alone.last and _fold(whole.last) != _fold(alone.last):
            continue
        moved[span.start] = Span(doc, i, span.end, label="PER")
    if not moved:
        return spans
    out = []
    for span in spans:
        if span.label_ == "PER" and span.start in moved:
            out.append(moved[span.start])
        elif span.label_ != "PER" and span.end in moved and span.end - 1 == moved[span.end].start:
            rest = doc[span.start : span.end - 1]
            if any(t.text[:1].isupper() for t in rest):  # «администрации» alone names nothing
                out.append(Span(doc, span.start, span.end - 1, label=span.label_))
        else:
            out.append(span)
    return out


def person_read_as_place(doc: Doc, spans: list[Span]) -> list[Span]:
    """«главе поселения Казбеку Седых», «встреча с Ильгизом Гордиенко»: slovnet reads a known
    first name and a surname it does not know as a place. Two capitalised words that are a
    known first name and a surname in a case it can share (or one that does not decline),
    not after a street word or «имени», are a person; an organisation ending there gives
    them up."""
    moved: dict[int, Span] = {}
    for span in spans:
        if span.label_ != "LOC" or span.start in moved:
            continue
        # «в районе Надежда Самойлова»: a lower-case place word slovnet took in with the name
        described = len(span) == 3 and _place_descriptor(span[0])
        if len(span) != 2 and not described:
            continue
        first, last = span[-2].text, span[-1].text
        if not all(w.isalpha() and w[:1].isupper() and not w.isupper() for w in (first, last)):
            continue
        before = doc[span.start - 1].text.lower() if span.start else ""
        if before in {"имени", "им"} or lemma(before) in STREET_DESCRIPTORS:
            continue
        if any("Geox" in p.tag for p in parses(last)) or not _surname_beside(first, last):
            continue
        name = split_name([first, last])
        if name is None or not name.has_full_first or _fold(name.last)[:3] != _fold(last)[:3]:
            continue
        moved[span.start] = Span(doc, span.end - 2, span.end, label="PER")
    if not moved:
        return spans
    ends = {m.end: m for m in moved.values()}
    out = []
    for span in spans:
        person = ends.get(span.end)
        if span.label_ == "LOC" and span.start in moved:
            out.append(moved[span.start])
        elif person is not None and span.label_ != "PER" and span.start < person.start:
            rest = doc[span.start : person.start]
            if any(t.text[:1].isupper() for t in rest):
                out.append(Span(doc, span.start, person.start, label=span.label_))
        else:
            out.append(span)
    return out


def _place_descriptor(token: Token) -> bool:
    """A lower-case word for a kind of place that is no street («районе», «городе», «селе»);
    «район» is a street word only for a city's quarter named after it («район Марьина Роща»),
    which the first name and surname test leaves out."""
    word = lemma(token.text)
    streets = STREET_DESCRIPTORS - {"район"}
    return token.text[:1].islower() and word in GEO_DESCRIPTORS and word not in streets


# Surnames that do not decline: «Седых», «Гордиенко», «Кипшидзе», «Бериташвили»
FIXED_SURNAME = re.compile(r"[а-яё]{2,}(ых|их|енко|ко|дзе|швили|ия|ани|ули)$", re.I)


def _surname_beside(first: str, last: str) -> bool:
    """A known first name and a surname that can stand in one of its cases."""
    names = {p.tag.case for p in parses(first) if "Name" in p.tag and known(p.word)}
    if not names and soft_feminine(first):
        names = {"gent", "datv", "loct", "ablt"}  # «Гузели», «Айгулью»: her name in -ь
    if not names:
        return False
    if FIXED_SURNAME.search(last):
        return True
    found = [p for p in parses(last) if "Surn" in p.tag or not known(p.word)]
    return bool(names & {p.tag.case for p in found})


def _fold(word: str | None) -> str:
    return (word or "").lower().replace("ё", "е")


def _patronymic_form(word: str) -> bool:
    return any("Patr" in p.tag and known(p.word) for p in parses(word))


def _name_beside(word: str, surname: str) -> bool:
    """A known first name that can stand in a case of the surname beside it."""
    names = {p.tag.case for p in parses(word) if "Name" in p.tag and known(p.word)}
    if not names and soft_feminine(word):
        names = {"gent", "datv", "loct", "ablt"}  # «Гузели», «Айгулью»: her name in -ь
    found = [p for p in parses(surname) if p.tag.case]
    if not names or not found or any("Name" in p.tag or "Geox" in p.tag for p in found[:1]):
        return False
    return bool(names & {p.tag.case for p in found})


def _first_name(token: Token) -> bool:
    """Capitalised and read first by pymorphy3 as a known first name in the nominative (the
    name of a body ends in a genitive or a common noun, not in «Айдар» or «Ольга»)."""
    if not token.text[:1].isupper() or not token.text.isalpha():
        return False
    found = parses(token.text)
    return (
        bool(found)
        and "Name" in found[0].tag
        and found[0].tag.case == "nomn"
        and known(found[0].word)
    )


def _join_names(doc: Doc, spans: list[Span], found: list[Span]) -> list[Span]:
    """A surname found next to a name slovnet tagged alone («Шумов Василий»: only «Василий»)
    joins that mention instead of making a second one."""
    by_start = {s.start: s for s in spans if s.label_ == "PER"}
    by_end = {s.end: s for s in spans if s.label_ == "PER"}
    drop = set()
    out = []
    for span in found:
        after, before = by_start.get(span.end), by_end.get(span.start)
        if after is not None and len(after) == 1 and span.end < len(doc):
            drop.add(id(after))
            span = Span(doc, span.start, after.end, label="PER")
        elif before is not None and len(before) == 1:
            drop.add(id(before))
            span = Span(doc, before.start, span.end, label="PER")
        out.append(span)
    return [s for s in spans if id(s) not in drop] + out


def _surname(word: str) -> bool:
    """Not a patronymic or a first name («Иванов Сергей», «Альфира Фархатовича» end in
    those): only a surname repeated alone names the same person."""
    found = parses(word)
    if any("Patr" in p.tag for p in found):
        return False
    return not (found and known(found[0].word) and "Name" in found[0].tag)


def described_orgs(doc: Doc, spans: list[Span]) -> list[Span]:
    """«в центре Кин-Топ … детвора из Кин-Топа», «компании Vestas»: a name slovnet called a
    place but that no dictionary knows as one, right after an organisation word, is that
    organisation — here and wherever else the text repeats it."""
    renamed: set[str] = set()
    grown = []
    for span in spans:
        i = span.start - 1
        if span.label_ != "LOC" or i < 0 or not doc[i].text[:1].islower():
            continue
        head = lemma(doc[i].text)
        if head not in ORG_DESCRIPTORS or head in GEO_DESCRIPTORS:
            continue
        if any(_place_word(t.text) or _dictionary_word(t.text) for t in span):
            continue  # «банк Российской Федерации»: a name made of words is no coined one
        renamed.add(span.text)
        grown.append(span)
    if not grown:
        return spans
    stems = {t[: max(4, len(t) - 2)] for t in renamed}
    out = []
    for span in spans:
        if span.label_ == "LOC" and (
            span in grown
            or span.text.startswith(tuple(stems))
            and any(same_surname(span.text, t) for t in renamed)
        ):
            start = span.start - 1 if span in grown else span.start
            out.append(Span(doc, span.start, span.end, label="ORG"))
            if start < span.start:
                out.append(
                    Span(doc, _adjectives_before(doc, start, doc[start]), span.end, label="ORG")
                )
            continue
        out.append(span)
    return out


LATIN_ORG_WORDS = frozenset(
    """bank committee corporation corp inc ltd llc plc company co association university
    institute agency foundation group council organization organisation union federation
    society press news times post channel airlines airways motors systems technologies
    party league club fund ministry department office service network""".split()
)
LATIN_LINKS = frozenset("of to and for the de du des la und für".split())


def latin_orgs(doc: Doc, spans: list[Span]) -> list[Span]:
    """«Committee to Protect Journalists», «Bank of East Asia»: a run of capitalised Latin
    words (with «of», «to», «and» between them) that holds an organisation word is an
    organisation; slovnet, trained on Russian, misses most of them."""
    taken = {i for s in spans if s.label_ in {"ORG", "PER"} for i in range(s.start, s.end)}
    out = []
    i = 0
    texts = view(doc).texts
    while i < len(doc):
        if not _latin_word(texts[i]):
            i += 1
            continue
        j, end, words = i, i, []
        while j < len(doc) and (_latin_cap(doc[j]) or doc[j].text.lower() in LATIN_LINKS):
            words.append(doc[j].text.lower())
            j += 1
            if _latin_cap(doc[j - 1]):
                end = j
        if end - i > 1 and LATIN_ORG_WORDS & set(words[: end - i]):
            if not any(k in taken for k in range(i, end)):
                out.append(Span(doc, i, end, label="ORG"))
        i = max(j, i + 1)
    if not out:
        return spans
    inside = {k for s in out for k in range(s.start, s.end)}
    return [s for s in spans if not all(k in inside for k in range(s.start, s.end))] + out


def _latin_cap(token: Token) -> bool:
    return _latin_word(token.text)


def _latin_word(text: str) -> bool:
    return text.isascii() and text[:1].isupper() and text.replace("-", "").isalnum()


# Kinds of made things whose quoted names are neither organisations nor places.
PRODUCT_WORDS = frozenset(
    """шаттл корабль спутник ракета самолёт самолет автомобиль модель марсоход луноход
    фильм сериал книга альбом песня роман спектакль опера мюзикл""".split()
)


def product_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """«шаттл «Дискавери»», «автомобиль «Славута»»: a quoted name after a vehicle or a work
    is that thing's name, not an organisation or a place — here and where the text repeats
    it («после «Дискавери»»)."""
    names = set()
    texts = view(doc).texts
    for i in range(1, len(doc)):
        if texts[i] not in OPEN_QUOTES or lemma(texts[i - 1]) not in PRODUCT_WORDS:
            continue
        token = doc[i]
        limit = min(len(doc), token.i + 6)
        close = next((j for j in range(token.i + 2, limit) if doc[j].text in QUOTES), None)
        if close is not None:
            names.add(doc[token.i + 1 : close].text)
    if not names:
        return spans
    stems = tuple(t[: max(4, len(t) - 2)] for t in names)

    def product(span: Span) -> bool:
        if span.label_ not in {"ORG", "LOC"} or not span.text.startswith(stems):
            return False
        quoted = span.start > 0 and doc[span.start - 1].text in OPEN_QUOTES
        return quoted and any(span.text == n or same_surname(span.text, n) for n in names)

    return [s for s in spans if not product(s)]


COMPASS = ("северн", "южн", "западн", "восточн", "северо-", "юго-")


def compass_places(doc: Doc, span: Span) -> Span:
    """«западной Европы», «южные Курильские острова»: a lower-case compass adjective agreeing
    with a place's name is part of it."""
    if span.label_ != "LOC" or span.start == 0:
        return span
    prev = doc[span.start - 1]
    if not prev.text.startswith(COMPASS) or not _agrees(prev, doc[span.start]):
        return span
    return Span(doc, span.start - 1, span.end, label="LOC")


def _dictionary_word(word: str) -> bool:
    """A word form pymorphy3's dictionary holds as it is: not a coined name («Кин-Топ»)."""
    return known(word)


def titled_person(doc: Doc, span: Span) -> Span:
    """«архиепископ Лонгин Клинский»: a two- or three-word «place» or «organisation» right
    after a post word that opens with a first name is the person holding the post."""
    if span.label_ == "PER" or not 2 <= len(span) <= 3 or span.start == 0:
        return span
    head = doc[span.start - 1]
    if not head.text[:1].islower() or not is_head(head):
        return span
    if not all(t.text[:1].isupper() and t.text.replace("-", "").isalpha() for t in span):
        return span
    first = parses(span[0].text)
    if not first or not known(first[0].word) or "Name" not in first[0].tag:
        return span
    return Span(doc, span.start, span.end, label="PER")


ROMAN = re.compile(r"^[IVXLC]+$")


def convocations(doc: Doc, spans: list[Span]) -> list[Span]:
    """«Государственной Думы седьмого созыва», «Палаты представителей 112 созыва», «Думы
    VI созыва»: the convocation belongs to the assembly's name."""
    out = []
    for span in spans:
        i = span.end
        if span.label_ != "ORG" or i + 1 >= len(doc) or lemma(doc[i + 1].text) != "созыв":
            continue
        word = doc[i].text
        ordinal = any("Anum" in p.tag for p in parses(word)) and word.isalpha()
        number = word.split("-")[0].isdigit() or ROMAN.match(word) is not None
        if ordinal or number:
            out.append(Span(doc, span.start, i + 2, label="ORG"))
    return out


def honoured_people(doc: Doc, spans: list[Span]) -> list[Span]:
    """«театре имени Станиславского и Немировича-Данченко», «университет им. Циолковского»:
    the people an organisation is named after are people too (spans may nest); found again
    when already a person, so that a place read there can be dropped."""
    out = []
    for span in spans:
        if span.label_ != "ORG":
            continue
        k = next((t.i for t in span if t.text.lower() in {"имени", "им"}), None)
        if k is None:
            continue
        i = (
            k + 2
            if doc[k].text.lower() == "им" and k + 1 < span.end and doc[k + 1].text == "."
            else k + 1
        )
        while i < span.end:
            start = i
            while i + 1 < span.end and _initial(doc, i):
                i += 2
            if i >= span.end or not doc[i].text[:1].isupper():
                break
            i += 1
            while (
                i < span.end
                and doc[i].text[:1].isupper()
                and doc[i].text.replace("-", "").isalpha()
            ):
                i += 1
            out.append(Span(doc, start, i, label="PER"))
            if i < span.end and doc[i].text in {"и", ","}:
                i += 1
                continue
            break
    return out


def shared_descriptor(doc: Doc, spans: list[Span]) -> list[Span]:
    """«компаний Oracle и Sun Microsystems», «банков ВТБ и Сбербанк»: organisations under one
    plural descriptor make one mention, as the factRuEval markup has them."""
    orgs = {s.start: s for s in spans if s.label_ == "ORG"}
    out = []
    for span in spans:
        first = doc[span.start].text
        if span.label_ != "ORG" or len(span) < 2 or not first[:1].islower():
            continue
        if lemma(first) not in ORG_DESCRIPTORS:
            continue
        if not all(p.tag.number == "plur" for p in parses(first) if p.tag.POS == "NOUN"):
            continue
        end = span.end
        while end + 1 < len(doc) and doc[end].text in {"и", ","} and end + 1 in orgs:
            end = orgs[end + 1].end
        if end > span.end:
            out.append(Span(doc, span.start, end, label="ORG"))
    return out
