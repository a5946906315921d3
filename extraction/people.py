"""People layer: PER mentions grouped into one record per person.

One key per person across forms: «Александра Иванова», «А. Иванов», «Иванов А.В.» and
«ИВАНОВ» join the full «Александр Иванов» of the same document when nothing else with that
surname (and gender) competes; «Иванова» (femn) stays a different person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from spacy.language import Language
from spacy.tokens import Doc

from .agreeing_participle import participle_cases
from .entities import Entity
from .gapped_dash_object import gapped_object_case
from .his_nominative import his_reading, his_surnames, ruled_out_as_hers
from .later_predicate import later_verb_gender, opens_clause
from .lone_surnames import lone_surnames
from .morph import known, lemma, parses, title_case
from .names import POSSESSIVE_SUFFIX, Name, same_surname, soft_feminine, split_name
from .nominative_apposition import nominative_apposition
from .plural_families import family_members, plural_stem, second_member, singular
from .plural_posts import plural_nominative_post_before, plural_post
from .post_heads import is_head, is_head_word
from .superior_names import DEPENDENT_HEADS, superior_surname
from .surname_first import surname_before


@dataclass
class Post:
    title: str
    org: str | None
    place: str | None
    start: int
    end: int
    head: str = ""  # lemma of the post's head word, to recognise the post when it recurs
    status: str = "current"  # current / former / acting / elect (``post_status.STATUSES``)

    def as_dict(self) -> dict:
        return {
            "title": self.title,
            "org": self.org,
            "place": self.place,
            "status": self.status,
            "start": self.start,
            "end": self.end,
        }


@dataclass
class Person:
    name: Name
    mentions: list[tuple[int, int]] = field(default_factory=list)
    tokens: list[tuple[int, int]] = field(default_factory=list)
    posts: list[Post] = field(default_factory=list)

    def as_dict(self) -> dict:
        n = self.name
        return {
            "key": n.key,
            "name": n.display,
            "last": n.last,
            "first": n.first,
            "middle": n.middle,
            "posts": [p.as_dict() for p in self.posts],
            "mentions": [[s, e] for s, e in self.mentions],
        }


def _fold(s: str | None) -> str:
    return (s or "").lower().replace("ё", "е")


def _compatible(a: Name, b: Name) -> bool:
    """Could ``a`` (partial) be the same person as ``b`` (fuller)?"""
    if a.last and _fold(a.last) != _fold(b.last):
        return False
    if a.first:
        if not b.first:
            return False
        if a.has_full_first and b.has_full_first and _fold(a.first) != _fold(b.first):
            return False
        if _fold(a.first)[:1] != _fold(b.first)[:1]:
            return False
    if a.middle and b.middle and _fold(a.middle)[:1] != _fold(b.middle)[:1]:
        return False
    if not a.last and not (a.first and a.has_full_first):
        return False
    return True


def _first_fits(a: Name, b: Name) -> bool:
    """Another reading of ``a``'s surname keeps its full first name, in some case form
    («Аслана Тхакушинова» may be «Аслан Тхакушинов», «Дильбар Юлдашева» is no «Шухрат»)."""
    if not a.has_full_first or not a.last:
        return True  # «Саса» read as a first name may be the surname «Сас» said again
    first = _fold(a.first)
    return b.has_full_first and (first == _fold(b.first) or same_surname(first, _fold(b.first)))


def _case_forms(a: Name, b: Name) -> bool:
    """Two full names of one person whose first name stayed in two case forms."""
    if not (a.last and a.has_full_first and a.middle and b.has_full_first and b.middle):
        return False
    if a.middle.endswith(".") or _fold(a.middle) != _fold(b.middle):
        return False
    return _fold(a.last) == _fold(b.last) and same_surname(_fold(a.first), _fold(b.first))


# letters a Turkic name is spelt with either way in Russian: «Рустем/Рустам», «Рашит/Рашид»
VARIANT_LETTERS = frozenset({frozenset(pair) for pair in ("ае", "еэ", "ао", "ыи", "дт", "уо")})


def _spelling_variants(a: list, b: list) -> bool:
    """The same surname (and patronymic, if both have one) and a first name of the same length
    spelt with one other letter of a pair in VARIANT_LETTERS, not its first: a misspelling or
    transliteration variant of one person's name. Two mentions close together (within 40
    characters: «близнецы Рустем и Рустам Хасановы») are two people."""
    x, y = a[0][0], b[0][0]
    if not (x.last and y.last and x.has_full_first and y.has_full_first):
        return False
    if _fold(x.last) != _fold(y.last) or x.gender != y.gender:
        return False
    if (x.middle or y.middle) and _fold(x.middle) != _fold(y.middle):
        return False
    first, other = _fold(x.first), _fold(y.first)
    if len(first) != len(other) or len(first) < 5:
        return False
    diff = [(c, d) for c, d in zip(first, other, strict=True) if c != d]
    if len(diff) != 1 or first[0] != other[0] or frozenset(diff[0]) not in VARIANT_LETTERS:
        return False
    return all(abs(m[1] - n[1]) > 40 for m in a for n in b)


def _richness(n: Name) -> tuple[int, int, int]:
    return (bool(n.last), int(n.has_full_first) * 2 + bool(n.first), bool(n.middle))


def merge_names(names: list[Name], his: frozenset[str] = frozenset()) -> Name:
    """The fullest reading, filling a missing middle name from the others; ``his``: surnames
    the document names unambiguously as a man's («Амиров» written so), those of this person."""
    his = frozenset(h for h in his if any(_fold(n.last) == h and n.gender == "masc" for n in names))
    # «Ленара Ахметзянова … Ленар Ахметзянов»: of two equally full readings, not hers when
    # the other mention can only be his
    best = max(names, key=lambda n: (_richness(n), not ruled_out_as_hers(n, his)))
    best = his_reading(best, set(his), _genitive_first) or best
    first, middle = best.first, best.middle
    # «С.И. Васютинский … Сергей Иванович отметил»: full forms said apart fill the initials
    for n in names:
        if not _compatible(n, best):
            continue
        if (not middle or middle.endswith(".")) and n.middle and not n.middle.endswith("."):
            middle = n.middle
        if (not first or first.endswith(".")) and n.first and not n.first.endswith("."):
            if not first or n.first[:1].upper() == first[:1].upper():
                first = n.first
    if (first, middle) != (best.first, best.middle):
        return Name(best.last, first, middle, best.gender, best.family_first)
    return best


def group_people(
    mentions: list[tuple[Name, int, int, int, int]], his: frozenset[str] = frozenset()
) -> list[Person]:
    """``(name, start, end, token_start, token_end)`` mentions -> people, in text order;
    ``his`` as for ``merge_names``."""
    groups: list[list[tuple[Name, int, int, int, int]]] = []
    by_key: dict[str, int] = {}
    for m in mentions:
        key = m[0].key
        if key in by_key:
            groups[by_key[key]].append(m)
        else:
            by_key[key] = len(groups)
            groups.append([m])
    alive = set(range(len(groups)))
    # «Шайхразиева Василя Габтелгаязовна … Шайхразиеву Василю Габтелгаязовну»: an unknown
    # first name left in its case, the same surname and patronymic in full
    for g in range(len(groups)):
        for h in range(g):
            if h in alive and g in alive and _case_forms(groups[h][0][0], groups[g][0][0]):
                groups[h].extend(groups[g])
                alive.discard(g)
    # «Рустем Ишмухаметов … Рустам Ишмухаметов»: one letter of the first name spelt two ways
    for g in range(len(groups)):
        for h in range(g):
            if h in alive and g in alive and _spelling_variants(groups[h], groups[g]):
                groups[h].extend(groups[g])
                alive.discard(g)
    # Fold partial names into the only compatible fuller one.
    order = sorted(alive, key=lambda g: _richness(groups[g][0][0]))
    for g in order:
        name = groups[g][0][0]
        for reading in (name, *name.other_readings()):
            targets = [
                h
                for h in sorted(alive)
                if h != g
                and _richness(groups[h][0][0]) > _richness(reading)
                and _compatible(reading, groups[h][0][0])
                and (reading is name or _first_fits(name, groups[h][0][0]))
            ]
            if targets:
                break
        if not targets and name.last and not name.first and not name.middle:
            # «Ринат Ахметчин … отставку Ахметчина»: a surname pymorphy3 does not decline,
            # in a case form of the one person named in full with that surname
            targets = [
                h
                for h in sorted(alive)
                if h != g
                and groups[h][0][0].has_full_first
                and groups[h][0][0].last
                and same_surname(name.last, groups[h][0][0].last or "")
            ]
        if len(targets) > 1 and not name.last and name.has_full_first and name.middle:
            targets = _last_named_before(groups, targets, min(m[1] for m in groups[g]))
        elif len(targets) > 1 and name.last and not name.first and not name.middle:
            # «Семья Шевчук — Игорь Шевчук и Елена Шевчук»: a bare surname two people share
            # is one of them (or both), never a third person
            targets = _nearest(groups, targets, min(m[1] for m in groups[g]))
        if len(targets) == 1 or (targets and _same_person(groups, targets)):
            groups[targets[0]].extend(groups[g])
            alive.discard(g)
    people = []
    for g in sorted(alive, key=lambda g: min(m[1] for m in groups[g])):
        ms = sorted(groups[g], key=lambda m: m[1])
        person = Person(merge_names([m[0] for m in ms], his))
        person.mentions = [(m[1], m[2]) for m in ms]
        person.tokens = [(m[3], m[4]) for m in ms]
        people.append(person)
    return people


def _last_named_before(groups: list, targets: list[int], pos: int) -> list[int]:
    """«Андрей Алексеевич, прошу …» addresses the Андрей named last before it, not an
    earlier namesake by first name."""
    before = {h: max((m[1] for m in groups[h] if m[1] < pos), default=-1) for h in targets}
    named = [h for h in targets if before[h] >= 0]
    return [max(named, key=lambda h: before[h])] if named else targets


def _nearest(groups: list, targets: list[int], pos: int) -> list[int]:
    """The target named nearest to ``pos``, before it if any is."""
    before = _last_named_before(groups, targets, pos)
    if len(before) == 1:
        return before
    return [min(targets, key=lambda h: min(abs(m[1] - pos) for m in groups[h]))]


def _same_person(groups: list, targets: list[int]) -> bool:
    """Several targets that are themselves one person (``А. Иванов`` and ``Александр Иванов``)."""
    names = [groups[t][0][0] for t in targets]
    top = max(names, key=_richness)
    return all(n is top or _compatible(n, top) for n in names)


class PeopleBuilder:
    def __call__(self, doc: Doc) -> Doc:
        mentions = []
        hers_too: list[tuple[int, str, Name]] = []  # read as his genitive, hers possible
        # tokens of other entities, but not a lone PER word: «Лапина» + «Ольга Викторовна»
        taken = {
            i
            for e in doc._.entities
            if e.type != "PER" or e.token_end - e.token_start > 1
            for i in range(e.token_start, e.token_end)
        }
        entities = _joined_split_names(doc, [e for e in doc._.entities if e.type == "PER"])
        lone = lone_surnames(doc, doc._.entities)
        entities += lone
        for ent in entities:
            cases = _governed_cases(doc, ent.token_start)
            if cases is None:  # «Руслану Тамбиеву, руководившему городом,»: his dative
                cases = participle_cases(doc, ent.token_end)
            name = split_name(ent.text.split(), cases)
            if name is not None and not name.last and name.middle and name.has_full_first:
                grown = _with_surname_before(doc, ent, taken) or _with_surname_after(doc, ent)
                if grown is not None:
                    name, ent = grown
            if name is None or not (name.last or name.has_full_first):
                # «В.Л.» alone names nobody a reader could look up
                continue
            if _named_after(doc, ent.token_start) or _quoted_thing(
                doc, ent.token_start, ent.token_end
            ):
                continue  # «школа имени Ивана Петрова», «орден Салавата Юлаева»
            if place_adjective(doc, ent.token_start, ent.token_end):
                continue  # «Кашмашским сельским Домом культуры»: a place's adjective
            if any(REGNAL_NUMBER.fullmatch(w) for w in ent.text.split()):
                continue  # «Елизавета II», «Пётр I»: a monarch, with no surname
            if all(acronym(w) for w in ent.text.split()):
                continue  # «ЦБС» alone: an organisation's initials
            if " ".join(ent.text.lower().split()) in FOLK_CHARACTERS:
                continue  # «Дед Мороз» at a New Year fair is no official, «Ил Дархан» a title
            if name.gender == "femn" and name.alternatives:
                read = _gendered(doc, ent.token_start, ent.token_end, name, cases)
                if read.gender != name.gender:
                    hers_too.append((len(mentions), ent.text, name))
                name = read
            elif name.gender == "masc" and name.alternatives and not name.first:
                name = _listed_nominative(doc, ent.token_start, ent.token_end, name, cases)
            elif name.gender == "masc":
                name = _hers(doc, ent, name, cases)
            mentions.append((name, ent.start, ent.end, ent.token_start, ent.token_end))
        mentions = _same_form_hers(doc, mentions, hers_too)
        words = [
            m
            for m in mentions
            if m[4] - m[3] == 1
            and _common_word(doc[m[3]].text)
            and not _titled(doc, m[3])
            and not any(e.token_start == m[3] for e in lone)
        ]
        if words:
            # «Вопрос задали мэру»: slovnet's lone common noun, unless another mention of
            # the document bears it as a surname («Сергей Жук … Жук отметил»)
            lasts = {_fold(m[0].last) for m in mentions if m[4] - m[3] > 1}
            mentions = [m for m in mentions if m not in words or _fold(m[0].last) in lasts]
        mentions = _shared_surnames(doc, family_members(doc, mentions))
        # «Уважаемый Ринат Фаритович»: a first name and patronymic that join no one named
        # with a surname name nobody a reader could look up
        # «семья Гульгены – ее муж Руслан»: a first name alone names nobody a reader could
        # look up either
        his = frozenset(his_surnames(doc, mentions))
        doc._.people = [p for p in group_people(mentions, his) if p.name.last]
        return doc


def _same_form_hers(doc: Doc, mentions: list, hers_too: list[tuple[int, str, Name]]) -> list:
    """«Их проводят и. п. главы Е. В. Карпачева и … – сказала Е. В. Карпачева»: a form read
    as his genitive is hers where the same words elsewhere in the text are hers by a verb,
    unless a verb beside the form itself is his."""
    if not hers_too:
        return mentions
    hers = {
        " ".join(doc[m[3] : m[4]].text.split())
        for m in mentions
        if m[0].gender == "femn"
        and (
            (_verb_gender(doc, m[4], 1) or _verb_gender(doc, m[3] - 1, -1)) == "femn"
            or _her_reporting_verb(doc, m[3], m[4])
        )
    }
    out = list(mentions)
    for k, text, name in hers_too:
        m = out[k]
        his = _verb_gender(doc, m[4], 1) or _verb_gender(doc, m[3] - 1, -1)
        if " ".join(text.split()) in hers and his is None:
            out[k] = (name, *m[1:])
    return out


def _her_reporting_verb(doc: Doc, start: int, end: int) -> bool:
    """«– …, – сказала, открывая торжество, Е. В. Карпачева.»: the name closes its sentence
    and the nearest verb before it in the sentence is a woman's past."""
    after = _skip_spaces(doc, end, 1)
    if after < len(doc) and doc[after].text == ",":
        # «– …, – сказала Е. В. Карпачева, – которые …»: the quote goes on after a dash
        dash = _skip_spaces(doc, after + 1, 1)
        if dash >= len(doc) or doc[dash].text not in {"–", "—", "-"}:
            return False
    elif after < len(doc) and doc[after].text not in {".", "!", "?", "…"}:
        return False
    for j in range(start - 1, max(-1, start - 9), -1):
        if doc[j].text in {".", "!", "?", "…"}:
            return False
        found = parses(doc[j].text)
        if found and found[0].tag.POS == "VERB":
            return found[0].tag.tense == "past" and found[0].tag.gender == "femn"
    return False


def _joined_split_names(doc: Doc, entities: list[Entity]) -> list[Entity]:
    """«Юлии Анатольевны» + «Миллер», «Роман» + «Рашитович» + «Бондаренко», «Ильгизом» +
    «Мироненко»: slovnet cuts a name whose surname it does not know into adjacent mentions;
    three words in a row that make one first name, patronymic and surname, or a lone first
    name and a lone surname, are one mention."""
    out: list[Entity] = []
    k = 0
    while k < len(entities):
        run = [entities[k]]
        while (
            k + len(run) < len(entities)
            and entities[k + len(run)].token_start == run[-1].token_end
            and entities[k + len(run)].token_end - run[0].token_start <= 3
        ):
            run.append(entities[k + len(run)])
        if len(run) > 1 and _one_name(run) and not superior_surname(doc, run[0].token_start):
            text = doc[run[0].token_start : run[-1].token_end].text
            name = split_name(text.split(), _governed_cases(doc, run[0].token_start))
            whole = len(run) == 2 or bool(name and name.middle)
            if name is not None and name.last and name.has_full_first and whole:
                joined = replace(run[0], end=run[-1].end, text=text, normal=text)
                out.append(replace(joined, token_end=run[-1].token_end))
                k += len(run)
                continue
        out.append(entities[k])
        k += 1
    return out


def _one_name(run: list[Entity]) -> bool:
    """Three words, or a lone first name and a lone surname («Ильгизом» + «Мироненко»)."""
    if acronym(run[0].text):
        return False  # «ЦБС» + «Маринэ Саркисян»: an organisation's initials before a name
    if run[-1].token_end - run[0].token_start == 3:
        return True
    if len(run) != 2 or any(e.token_end - e.token_start != 1 for e in run):
        return False
    first, last = (split_name([e.text]) for e in run)
    if soft_feminine(run[0].text) and last and last.last:
        return True  # «Гузелью» read alone as a surname
    unknown = not any(known(p.word) for p in parses(run[0].text))
    if unknown and last and last.last and any("Surn" in p.tag for p in parses(run[1].text)):
        return True  # «Ильфат» + «Медведев»: an unknown word before a known surname
    if first and first.has_full_first and not first.last and last and last.last:
        return True
    # «Илларионова» + «Женя»: a lone surname and a lone first name, in list order
    return bool(first and first.last and not first.first and last and last.has_full_first)


def _with_surname_before(doc: Doc, ent: Entity, taken: set[int]) -> tuple[Name, Entity] | None:
    """«Сомов Иван Петрович» that slovnet tagged as «Иван Петрович»: the name with its
    surname, and the mention grown to it (the entity list itself is left as it is)."""
    i = surname_before(doc, ent.token_start, taken)
    j = ent.token_start - 1
    lone = [e for e in doc._.entities if e.token_start <= j < e.token_end]
    if i is None and len(lone) == 1 and lone[0].token_end - lone[0].token_start == 1:
        # «вручили Мокроусых Наталье Рашитовне»: slovnet called the surname a place
        if lone[0].type != "PER" and SURNAME_SHAPE.search(doc[j].text.lower()):
            i = surname_before(doc, ent.token_start, taken - {j})
    if i is None:
        return None
    text = doc[i : ent.token_end].text
    name = split_name(text.split(), _governed_cases(doc, i))
    if name is None or not name.last or not name.first:
        return None
    start = doc[i].idx
    return name, replace(ent, start=start, text=text, normal=text, token_start=i)


def _with_surname_after(doc: Doc, ent: Entity) -> tuple[Name, Entity] | None:
    """«Доклад Никиты Ильдаровича Седых»: slovnet took the first name and patronymic and left
    out a surname it does not know; a capitalised word right after them, in no other entity,
    with a surname's shape (or one pymorphy3 does not know) is that surname."""
    i = ent.token_end
    if i >= len(doc) or doc[i - 1].whitespace_ != " ":
        return None
    word = doc[i].text
    if len(word) < 3 or not word.isalpha() or not word[:1].isupper() or word.isupper():
        return None
    if any(e.token_start <= i < e.token_end for e in doc._.entities):
        return None
    found = parses(word)
    surname = (
        SURNAME_SHAPE.search(word.lower())
        or not any(known(p.word) for p in found)
        or any("Surn" in p.tag for p in found)
    )
    if not surname or any("Geox" in p.tag or "Name" in p.tag for p in found[:1]):
        return None
    text = doc[ent.token_start : i + 1].text
    name = split_name(text.split(), _governed_cases(doc, ent.token_start))
    if name is None or not name.last or not name.has_full_first or not name.middle:
        return None
    end = doc[i].idx + len(word)
    return name, replace(ent, end=end, text=text, normal=text, token_end=i + 1)


# Surname endings, indeclinable ones too: «Седых», «Кипшидзе», «Гордиенко», «Сомову»
SURNAME_SHAPE = re.compile(
    r"[а-яё]{2,}(?:(?:[оеё]в|[иы]н)(?:а|у|ым|ой|е)?|(?:ск|цк)(?:ий|ая|ого|ой|ому|им|ую|ом)"
    r"|енко|[юу]к|ян|дзе|швили|ых|их|ич)$"
)


def _shared_surnames(doc: Doc, mentions: list) -> list:
    """«благодарим Ивана и Марию Петренко», «Рашит и Фания Валиевы»: a lone first name right
    before «и» and a full name shares its surname, when that does not decline or is plural."""
    out = list(mentions)
    for k, (name, start, end, t_start, t_end) in enumerate(mentions[:-1]):
        nxt = mentions[k + 1][0]
        if name.last or not name.has_full_first or name.middle or not nxt.has_full_first:
            continue
        surface = doc[mentions[k + 1][4] - 1].text
        if t_end - t_start != 1 or not (
            any("Name" in p.tag and known(p.word) for p in parses(doc[t_start].text))
            or (plural_stem(surface) and name.gender)  # «Хабир и Алсу Мухарлямовы»
        ):
            continue  # «Гаджиев, Омаров и Алиева»: an unknown word is no first name
        if t_end + 1 != mentions[k + 1][3] or doc[t_end].text != "и":
            continue
        plural = _plural_surname(surface, name)
        last = plural or (nxt.last if _fold(surface) == _fold(nxt.last) else None)
        if last:
            out[k] = (Name(last, name.first, None, name.gender), start, end, t_start, t_end)
        if plural:  # «Галина Сомовы», «Лилии Хасановым»: her own form as well
            n = second_member(doc, mentions[k + 1][3], mentions[k + 1][4], nxt)
            out[k + 1] = (n, *mentions[k + 1][1:])
    return out


def _plural_surname(surface: str, name: Name) -> str | None:
    """«Рашит и Фания Валиевы», «Ивана и Марию Петровых»: his or her form of a surname said
    in the plural."""
    return singular(surface, name.gender)


# endings of an adjective in -ский/-цкий in each case
SKIJ_ENDINGS = ("ий", "ого", "ому", "им", "ом", "ая", "ой", "ую", "ое", "ие", "их", "ими")


def place_adjective(doc: Doc, start: int, end: int) -> bool:
    """A lone capitalised word in -ский/-цкий followed by a lower-case adjective in the same
    ending («Кашмашским сельским», «Ишлейской районной»): an adjective of a place agreeing with
    the noun after it, not a surname pymorphy3 knows («Вишневскому главному врачу») or one
    with no such adjective after it («Островского стало»)."""
    if end - start != 1 or end >= len(doc):
        return False
    word, after = doc[start].text.lower(), doc[end].text
    ending = next((e for e in SKIJ_ENDINGS if word.endswith(("ск" + e, "цк" + e))), None)
    if ending is None or not after.isalpha() or not after.islower() or len(after) < 4:
        return False
    if any("Surn" in p.tag and known(p.word) for p in parses(doc[start].text)):
        return False  # «Вишневскому главному врачу»: a surname pymorphy3 knows
    return after.endswith(ending) and any(p.tag.POS == "ADJF" for p in parses(after))


# the Latin numeral after a monarch's name
REGNAL_NUMBER = re.compile(r"[IVX]+\.?")
# a single initial, glued or spaced: «Н.», «Н»
INITIAL = re.compile(r"[А-ЯЁ]\.?")


def acronym(word: str) -> bool:
    """«ЦБС», «МУП»: capitals of an organisation's name, no first name or surname in capitals
    («ОЛЕГ», «ИВАНОВ»)."""
    return (
        word.isalpha()
        and word.isupper()
        and 2 <= len(word) <= 4
        and not any({"Name", "Surn", "Patr"} & set(p.tag.grammemes) for p in parses(word))
    )


# Characters of festivals that the NER reads as names
FOLK_CHARACTERS = frozenset(
    {
        "дед мороз",
        "деда мороза",
        "деду морозу",
        "дедом морозом",
        "снегурочка",
        "снегурочки",
        "снегурочку",
        "снегурочкой",
        "баба яга",
        "бабы яги",
        "санта клаус",
        "масленица",
        # the title of the Head of Yakutia, said in place of his name («отметил Ил Дархан»)
        "ил дархан",
        "ил дархана",
        "ил дархану",
        "ил дарханом",
        "ил дархане",
    }
)
# Things named after a person: the name inside is no person of the news
NAMING_WORDS = frozenset({"имени", "им"})
NAMED_THINGS = frozenset(
    """орден медаль премия стипендия кубок турнир мемориал память улица проспект переулок
    площадь бульвар сквер набережная шоссе""".split()
)
# honorifics between «имени» and the name: «имени Героя Советского Союза Ивана Петрова»
HONORIFICS = frozenset(
    "герой советский союз россия маршал генерал академик адмирал святой поэт писатель".split()
)


def _named_after(doc: Doc, start: int) -> bool:
    """Is the name at token ``start`` part of a name given after a person: «имени …»,
    «им. А.П. Чехова», «орден Салавата Юлаева», «улица Маршала Жукова»?"""
    i, seen = start - 1, 0
    while i >= 0 and seen < 5:
        word = doc[i].text.lower()
        if word == "." or doc[i].is_space or INITIAL.fullmatch(doc[i].text):
            i -= 1  # «имени Н.И.Никитиной»: slovnet's name may start after the first initial
            continue
        if word in NAMING_WORDS:
            return True
        found = parses(word)
        if found and found[0].normal_form in NAMED_THINGS:
            if word == "память":
                return False  # «почтили память Виталия Мельникова»: the person honoured
            return any(p.tag.case == "gent" for p in parses(doc[start].text))
        if not found or found[0].normal_form not in HONORIFICS:
            return False
        i, seen = i - 1, seen + 1
    return False


OPENING_QUOTES = frozenset('«"„“')
CLOSING_QUOTES = frozenset('»"“”')


def _quoted_thing(doc: Doc, start: int, end: int) -> bool:
    """«теплоход «Михаил Шолохов»», «ледокол «Капитан Хлебников»»: a name that fills the quotes
    after a common noun names that thing (a ship, a train, a company), not a person."""
    if start < 2 or end >= len(doc):
        return False
    if doc[start - 1].text not in OPENING_QUOTES or doc[end].text not in CLOSING_QUOTES:
        return False
    noun = doc[start - 2]
    found = parses(noun.text)
    return (
        noun.text.isalpha() and noun.text.islower() and bool(found) and found[0].tag.POS == "NOUN"
    )


def _titled(doc: Doc, i: int, depth: int = 0) -> bool:
    """«депутат Гусь», «глава поселения Мельник»: a capitalised word for a being right after
    a post head is a surname, not slovnet's stray common noun. After a plural post any noun
    slovnet called a person counts («педагоги Цой и Пак»: «пак» is ice to pymorphy3), and so
    does each later word of the list («депутаты Сокол, Жук и Карась»)."""
    word = doc[i].text
    if not word[:1].isupper():
        return False
    being = any(p.tag.POS == "NOUN" and "anim" in p.tag for p in parses(word))
    previous = _listed_after(doc, _skip_spaces(doc, i - 1, -1))
    if previous is not None and depth < 8 and previous == i - 2 - doc[i - 1].is_space:
        # «Сокол, Жук и Карась»: the word before the comma or «и» is a surname of the list
        if not _common_word(doc[previous].text) or _titled(doc, previous, depth + 1):
            return _plural_list(doc, previous, depth + 1)
    for j in range(i - 1, max(-1, i - 4), -1):  # «глава поселения Мельник»
        if is_head(doc[j]):
            return being
        if plural_post(doc[j]):
            return True
        if not doc[j].text.isalpha() or not doc[j].text.islower():
            return False
    return False


def _plural_list(doc: Doc, i: int, depth: int) -> bool:
    """The list whose item starts at token ``i`` follows a plural post («депутаты Сокол, …»)
    or holds a surname pymorphy3 knows as one («Никитин, Жук и Карась»)."""
    if not _common_word(doc[i].text):
        return True
    previous = _listed_after(doc, _skip_spaces(doc, i - 1, -1))
    if previous is not None and depth < 8:
        return _plural_list(doc, previous, depth + 1)
    j = _skip_spaces(doc, i - 1, -1)
    # «члены (комиссии) Сокол, …»: the post's genitive complement may stand between
    while j > 0 and not plural_post(doc[j]) and doc[j].text.isalpha() and doc[j].text.islower():
        j -= 1
        if i - j > 4:
            return False
    return j >= 0 and plural_post(doc[j])


def _skip_spaces(doc: Doc, i: int, step: int) -> int:
    while 0 <= i < len(doc) and doc[i].is_space:
        i += step
    return i


def _common_word(word: str) -> bool:
    """A word pymorphy3 knows with no reading as a name, surname or patronymic; «Экс-чиновника»
    is one too."""
    if word.isupper():
        return False  # a surname in capitals: «КОЛЯГИН»
    prefix, dash, rest = word.partition("-")
    if dash and prefix.lower() in {"экс", "вице", "экс-вице"} and rest:
        word = rest
    elif dash and prefix and rest and _common_word(prefix) and _common_word(rest):
        return True  # «Соревнование-испытание»: two common nouns
    found = parses(word)
    return (
        bool(found)
        and all(known(p.word) for p in found)
        and not any({"Name", "Surn", "Patr"} & set(p.tag.grammemes) for p in found)
    )


# The cases a preposition right before a name allows: «у Валентина Рожкова» is his genitive,
# never her nominative
PREPOSITION_CASES: dict[str, frozenset[str]] = {
    **dict.fromkeys(
        "у от до для без из около возле среди кроме после вместо против ради".split(),
        frozenset({"gent"}),
    ),
    **dict.fromkeys("к ко по благодаря согласно вопреки".split(), frozenset({"datv"})),
    **dict.fromkeys("с со".split(), frozenset({"gent", "ablt"})),
    **dict.fromkeys("о об обо при".split(), frozenset({"loct"})),
    **dict.fromkeys("на в во".split(), frozenset({"accs", "loct"})),
    **dict.fromkeys("за под".split(), frozenset({"accs", "ablt"})),
    **dict.fromkeys("про через".split(), frozenset({"accs"})),
    **dict.fromkeys("над перед между".split(), frozenset({"ablt"})),
}
# Verbs whose second object is a dative person: «вручили Александру Петрову грамоту»
DATIVE_VERBS = frozenset(
    """задать задавать вручить вручать присвоить присваивать присудить предоставить
    предоставлять передать передавать поручить поручать объявить выразить пожелать помочь
    помогать ответить сообщить
    доложить адресовать позвонить написать посвятить пообещать выдать выплатить предъявить
    подарить дарить аплодировать достаться доставаться отдать отдавать уступить""".split()
)
# «дать» as a short passive participle: the thing given is the subject, the person its dative
# («Слово дано Петру Лосеву»); «дал Пётр Лосев» is its subject
GIVEN = frozenset({"дать", "давать"})
# Verbs whose object is the person in the accusative: «избрали Евгению Смирнову председателем»
ACCUSATIVE_VERBS = frozenset(
    """избрать избирать переизбрать назначить назначать утвердить поздравить поздравлять
    наградить награждать поддержать освободить уволить пригласить выдвинуть рекомендовать
    заслушать поблагодарить благодарить чествовать встретить""".split()
)


def _governed_cases(doc: Doc, start: int) -> frozenset[str] | None:
    """The cases the words before a name allow it, when they say: a preposition right before
    it, a dash or colon (the nominative of a list or a dash pair), a post in the dative
    («главе района Александру Петрову»), a verb of giving in its clause («Александру Петрову
    вручили грамоту»). None: the name's own forms decide."""
    if superior_surname(doc, start):
        return frozenset({"gent"})  # «Заместитель Котова Иван Лунин»
    i = start - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i >= 0 and doc[i].text.lower() in PREPOSITION_CASES:
        return PREPOSITION_CASES[doc[i].text.lower()]
    listed = _listed_after(doc, i)
    if listed is not None:
        # «о Заурбеке Долгих, Гульнарии Мартынюк и …»: a list shares its first name's case
        cases = _governed_cases(doc, listed) or _own_case(doc, listed)
        if cases is not None and "nomn" not in cases and _read_nominative(doc, listed, i, cases):
            # «поддержали Аяна Саввинова и Туяра Петрова»: the first name was read as the
            # subject, whatever the verb allowed; the names listed with it are subjects too
            return frozenset({"nomn"})
        return cases
    if i >= 0 and doc[i].text in {"—", "–"} and (gapped := gapped_object_case(doc, i)):
        return gapped  # «выбрали …, а заместителем председателя — Анатолия Аришина»
    if i >= 0 and doc[i].text in {"—", "–", ":"}:
        return frozenset({"nomn"})  # «по образованию — Ника Гордеева», «Отсутствовали: …»
    for j in range(start - 1, max(-1, start - 8), -1):
        if doc[j].text in {".", "!", "?", ";", ":", "—", "–"} or "\n" in doc[j].text:
            break
        if _finite_verb(doc[j].text):
            break  # «Глава района … вручил награды Фанису Галиеву»: the post is the subject's
        if is_head(doc[j]):
            cases = {p.tag.case for p in parses(doc[j].text) if p.tag.POS == "NOUN"}
            if cases and cases <= {"datv", "loct"}:
                return frozenset({"datv"})
            if cases == {"nomn"}:
                return frozenset({"nomn"})  # «поздравил ветеранов директор Фарида Ибрагимова»
            if cases == {"accs"}:
                return frozenset({"accs"})  # «Главу округа Юлиана Седова задержали»
            break
    if nominative_apposition(doc, start, _finite_verb):
        return frozenset({"nomn"})  # «приняли участие Савочкина Л. Н., заместитель главы …»
    clause = _clause(doc, start)
    if _nearest_verb(doc, clause, start) in ACCUSATIVE_VERBS and any(
        p.tag.case == "accs" for p in parses(doc[start].text)
    ):  # «Ответить на вопросы пригласили Марину Иванову», not «штраф назначили Илье …»
        return frozenset({"accs"})
    for j in clause:
        found = parses(doc[j].text)
        if found and found[0].normal_form in DATIVE_VERBS:
            return frozenset({"datv"})
        if found and found[0].tag.POS == "PRTS" and found[0].normal_form in GIVEN:
            return frozenset({"datv"})  # «Поручение дано Ивану Петрову»: given to him
    if _direct_object(doc, clause, start):
        return frozenset({"datv"})  # «Вопрос задали Рамилю Гарипову»: the name is the other one
    for j in range(clause.start, start):
        found = parses(doc[j].text)
        if found and found[0].normal_form in ACCUSATIVE_VERBS and found[0].tag.POS == "VERB":
            return frozenset({"accs"})  # «избрали Евгению Смирнову», «поздравили Александра»
    if _fronted_object(doc, clause, start):
        return frozenset({"accs"})
    return None


def _own_case(doc: Doc, start: int) -> frozenset[str] | None:
    """The one case the first name opening a list is in by its own form, when nothing before
    it says («вручили звания “…” Олегу Петрову и Альфиру Сафиуллину»: «Олегу» is a dative
    only, so «Альфиру» is his dative, not her accusative); a nominative says nothing."""
    found = [p for p in parses(doc[start].text) if "Name" in p.tag and known(p.word)]
    cases = {p.tag.case for p in found}
    if len(cases) != 1 or cases == {"nomn"}:
        return None
    return frozenset(cases)


def _finite_verb(word: str) -> bool:
    found = parses(word)
    return bool(found) and found[0].tag.POS == "VERB"


def _read_nominative(doc: Doc, start: int, end: int, cases: frozenset[str]) -> bool:
    """The name at ``start:end`` read in the context's cases came out with its words as
    written, first name and surname both, and no word of it stays the same in every case."""
    words = [t.text for t in doc[start:end] if not t.is_space]
    name = split_name(words, cases)
    if name is None or not name.first or not name.last or len(words) != 2:
        return False
    same = _fold(name.first) == _fold(words[0]) and _fold(name.last) == _fold(words[1])
    return same and not any("Fixd" in p.tag for w in words for p in parses(w))


def _nearest_verb(doc: Doc, clause: range, start: int) -> str | None:
    """The lemma of the verb nearest before the name in its clause: the verb that governs
    it, when another verb earlier in the clause takes a dative."""
    for j in range(start - 1, clause.start - 1, -1):
        found = parses(doc[j].text)
        if found and found[0].tag.POS in {"VERB", "INFN"}:
            return found[0].normal_form
    return None


def _listed_after(doc: Doc, i: int) -> int | None:
    """The start of the person named right before the comma or «и» at token ``i``."""
    if i < 1 or doc[i].text not in {",", "и"}:
        return None
    for ent in doc._.entities:
        if ent.type == "PER" and ent.token_end == i and ent.token_start < i:
            return ent.token_start
    return None


def _fronted_object(doc: Doc, clause: range, start: int) -> bool:
    """«Юлиана Седова избрали председателем»: a name that opens its clause before a plural
    verb of ACCUSATIVE_VERBS is its object (the subject of a plural verb would be a list, and
    none stands before the name)."""
    if start != clause.start:
        return False
    verbs = [
        found[0]
        for j in clause
        if j > start and (found := parses(doc[j].text)) and found[0].tag.POS == "VERB"
    ]
    return (
        bool(verbs) and verbs[0].normal_form in ACCUSATIVE_VERBS and verbs[0].tag.number == "plur"
    )


def _direct_object(doc: Doc, clause: range, name: int) -> bool:
    """The one verb of the clause has an inanimate direct object («вопрос», «письмо») that
    does not depend on a noun or a preposition before it."""
    verbs = [
        j
        for j in clause
        if (found := parses(doc[j].text)) and found[0].tag.POS in {"VERB", "INFN", "PRTS"}
    ]
    if len(verbs) != 1:
        return False
    for j in clause:
        if j >= name or not doc[j].text.isalpha() or doc[j].text[:1].isupper() and j > clause.start:
            continue
        found = parses(doc[j].text)
        if not found or found[0].tag.POS != "NOUN" or "anim" in found[0].tag:
            continue
        if not any(p.tag.case == "accs" and p.tag.POS == "NOUN" for p in found[:2]):
            continue
        if j < verbs[0] and _subject_of(found, parses(doc[verbs[0]].text)[0]):
            continue  # «Совет депутатов избрал главой Марину Фёдорову»: the subject
        before = (parses(doc[j - 1].text) or [None])[0] if j > clause.start else None
        if before is None or before.tag.POS not in {"NOUN", "PREP"}:
            return True
    return False


def _subject_of(noun: list, verb) -> bool:
    """A nominative reading of the noun agrees with the verb in number (and gender, for a
    past singular): «Совет избрал», not «вопрос задали»."""
    for p in noun:
        if p.tag.POS != "NOUN" or p.tag.case != "nomn" or p.tag.number != verb.tag.number:
            continue
        if verb.tag.number == "sing" and verb.tag.gender and p.tag.gender != verb.tag.gender:
            continue
        return True
    return False


def _clause(doc: Doc, start: int) -> range:
    """Token indices of the clause around ``start``: between punctuation marks, at most eight
    tokens either way."""
    stops = {".", "!", "?", ";", ":", ",", "—", "–", "«", "»"}
    lo = start
    while lo > 0 and start - lo < 8 and doc[lo - 1].text not in stops:
        lo -= 1
    hi = start
    while hi + 1 < len(doc) and hi - start < 8 and doc[hi + 1].text not in stops:
        hi += 1
    return range(lo, hi + 1)


def _gendered(
    doc: Doc, start: int, end: int, name: Name, cases: frozenset[str] | None = None
) -> Name:
    """«И.А. Поздеева» is her nominative or his genitive: a past-tense verb beside the name
    («сообщил И.А. Поздеева», «Галимзянова отметил») or a genitive post before it («доклад
    главы администрации И.А. Поздеева») says it is his; a nominative post before it
    (``cases``, as ``_governed_cases`` found: «Председатель комиссии по социальным вопросам
    Гульшат Валеева») says it is hers, however many words that post has."""
    gender = _verb_gender(doc, end, 1) or _verb_gender(doc, start - 1, -1)
    gender = gender or _apposed_gender(doc, end)
    if gender is None and _oblique_apposition(doc, end):
        gender = "masc"  # «Слушали: Петрова И.И., начальника отдела»
    if gender is None and cases == frozenset({"nomn"}):
        return name
    if gender is None and plural_nominative_post_before(doc, start):
        return name  # «депутаты Е.С. Кулагина, П.П. Зорин»: named in the post's nominative
    if gender is None and (
        _beside_nominative(doc, start - 1, -1)
        or _beside_nominative(doc, end, 1)
        or _nominative_in_list(doc, start, end)
    ):
        return name  # «депутаты Рыбакова, Хасанов и Краснов»: a list of nominatives
    # «председатель думы Петрова А.И.»: initials after the surname are list style, in the
    # nominative, whatever noun stands before
    listed = len(doc[end - 1].text) == 1 and doc[end - 1].text.isupper()
    noun = _noun_before(doc, start)
    genitive = _genitive_post_before(doc, start) or noun
    before = parses(doc[start - 1].text) if start else []
    if before and before[0].tag.POS in {"VERB", "INFN", "PRTS"}:
        genitive = False  # «должность директора занимает Марина Ефимова»: the verb's subject
    # only a surname that can be his genitive: «Фокину» after «заместителя» is her accusative
    surname = next((t.text for t in reversed(doc[start:end]) if len(t.text) > 1), "")
    genitive = genitive and surname.lower().endswith(("а", "я"))
    # «по инициативе Гарипова Р.Ф.»: a preposition's noun governs even a list-style name
    governed = noun and start >= 2 and doc[start - 2].text.lower() in PREPOSITION_CASES
    # «Доклад Кузнецова Р.И.»: a common noun right before it, with no post before, governs
    governed = governed or (noun and not _genitive_post_before(doc, start))
    # «Отчёт главы администрации Кузнецова Н.И.»: a post headed by a genitive governs too
    governed = governed or _genitive_post_before(doc, start)
    if gender is None and genitive and (not listed or governed):
        gender = "masc"
    oblique = bool(cases) and cases <= {"gent", "accs"} and surname.lower().endswith(("а", "я"))
    if gender is None and (listed or not name.has_full_first) and oblique:
        gender = "masc"  # «поздравили Воронина Н.С.»: hers would be «Воронину», «Ворониной»
    if gender != "masc":
        return name
    for last, alt_gender in name.alternatives:
        if alt_gender == "masc":
            return Name(last, _genitive_first(name.first), name.middle, "masc", name.family_first)
    return name


def _listed_nominative(
    doc: Doc, start: int, end: int, name: Name, cases: frozenset[str] | None
) -> Name:
    """A bare «Котова» read as his genitive is her nominative beside a name in the nominative
    («Депутаты Лукин и Котова», «Гаджиев, Омаров и Алиева»), after a dash or colon (``cases``,
    those ``_governed_cases`` gave), or with a verb of hers."""
    gender = _verb_gender(doc, end, 1) or _verb_gender(doc, start - 1, -1)
    nominative = gender == "femn" or cases == frozenset({"nomn"})
    nominative = nominative or _beside_nominative(doc, start - 1, -1)
    nominative = nominative or _beside_nominative(doc, end, 1)
    if not nominative or gender == "masc":
        return name
    for last, alt_gender in name.alternatives:
        if alt_gender == "femn":
            return Name(last, None, None, "femn", name.family_first)
    return name


def _beside_nominative(doc: Doc, i: int, step: int) -> bool:
    """Past «и» or a comma from token i, a surname that reads only as a nominative."""
    while 0 <= i < len(doc) and (doc[i].is_space or step > 0 and doc[i].text == "."):
        i += step  # «Ларина Н.В., Зуев О.О.»: the name ends before the initial's dot
    if not (0 <= i < len(doc)) or doc[i].text not in {",", "и"}:
        return False
    i += step
    skipped = 0
    # «Н.В. Ларина, О.О. Зуев»: the other item's initials stand between
    while 0 <= i < len(doc) and skipped < 6 and (doc[i].is_space or _initial_part(doc[i].text)):
        i += step
        skipped += 1
    if not (0 <= i < len(doc)) or not doc[i].text[:1].isupper():
        return False
    cases = {p.tag.case for p in parses(doc[i].text) if "Surn" in p.tag}
    if not cases:  # «Омаров», unknown to pymorphy3: a man's surname as written
        return bool(re.search(r"[а-яё](ов|ев|ёв|ин|ын)$", doc[i].text))
    return cases == {"nomn"}


def _nominative_in_list(doc: Doc, start: int, end: int) -> bool:
    """Another name of the comma or «и» list around tokens start..end reads only as a
    nominative («Н.В. Ларина, И.И. Петрова, О.О. Зуев»): the list shares its case."""
    people = sorted((e.token_start, e.token_end) for e in doc._.entities if e.type == "PER")
    if (start, end) not in people:
        return False
    k = people.index((start, end))
    chain = [people[k]]
    for step in (-1, 1):
        m = k
        while 0 <= m + step < len(people):
            a, b = sorted((people[m], people[m + step]))
            between = [t.text for t in doc[a[1] : b[0]] if not t.is_space]
            if not between or set(between) - {",", ".", "и"} or between.count("и") > 1:
                break
            m += step
            chain.append(people[m])
    return any(
        _only_nominative(doc[i].text)
        for s, e in chain
        if (s, e) != (start, end)
        for i in range(s, e)
        if len(doc[i].text) > 1
    )


def _only_nominative(word: str) -> bool:
    """«Зуев», «Олег»: its surname or first-name readings are all singular nominatives."""
    found = [p for p in parses(word) if {"Surn", "Name"} & set(p.tag.grammemes)]
    return bool(found) and all(p.tag.case == "nomn" and p.tag.number == "sing" for p in found)


def _initial_part(text: str) -> bool:
    """«О», «.» of the initials «О.О.»."""
    return text == "." or (len(text) == 1 and text.isupper())


def _hers(doc: Doc, ent, name: Name, cases: frozenset[str] | None = None) -> Name:
    """«Александра Тхакушинова рассказала»: read as his genitive, but the verb beside the name
    is hers and both words are a woman's name and surname in the nominative. A nominative post
    right before the name (``cases``, as ``_governed_cases`` found) says the nominative too
    («министр культуры Амина Шафикова»), unless a verb beside the name is his."""
    gender = _verb_gender(doc, ent.token_end, 1) or _verb_gender(doc, ent.token_start - 1, -1)
    gender = gender or _apposed_gender(doc, ent.token_end)
    if gender is None and opens_clause(doc, ent.token_start):
        gender = later_verb_gender(doc, ent.token_end)  # «… Сергеева многие годы проработала»
    # a nominative post right before (not a dash: «председателя – Алексея Дёмкина», not one
    # with a preposition between: «инженер по просьбе Павла …»): «Амина» read only as his
    # genitive is her nominative there
    posted = gender is None and cases == frozenset({"nomn"}) and _post_right_before(doc, ent)
    # «Депутат Амина Курбанова провела», «Депутаты Амина Курбанова и …»: a post of her own
    # right before cannot govern a person's genitive as «заместитель» or «помощник» can
    posted = posted or (
        gender != "masc"
        and cases in (None, frozenset({"nomn"}))
        and _own_post_right_before(doc, ent.token_start)
    )
    gender = "femn" if posted else gender
    words = ent.text.split()
    if gender != "femn" or len(words) != 2 or name.middle:
        return name
    first, last = words
    hers = next((alt for alt, alt_gender in name.alternatives if alt_gender == "femn"), None)
    if hers and not any(known(p.word) and "Fixd" not in p.tag for p in parses(first)):
        # «выступила Айсылу Хасанова»: a first name that does not decline or that pymorphy3
        # does not know says no case; the verb says hers
        return Name(hers, first, None, "femn", name.family_first)
    if not name.first or _fold(last)[:4] != _fold(name.last)[:4]:
        return name  # «Сомова Александра»: the surname first is another shape
    names = [p for p in parses(first) if "Name" in p.tag and known(p.word)]
    if names and not any(p.tag.gender == "femn" and p.tag.case == "nomn" for p in names):
        if not posted or not first.lower().endswith(("а", "я")):
            return name
    if not _her_nominative_surname(last):
        return name
    return Name(title_case(last), title_case(first), None, "femn", name.family_first)


def _own_post_right_before(doc: Doc, start: int) -> bool:
    """The word right before the name is a post head that names its holder's own office, in
    the nominative («депутат», «глава», «депутаты»), not one held under a person
    («заместитель Ивана Петрова»); or the name is listed after one that has such a post
    («Депутаты Амина Курбанова и Саида Алиева»)."""
    j = start - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    listed = _listed_after(doc, j)
    if listed is not None:
        return _own_post_right_before(doc, listed)
    if j < 0 or lemma(doc[j].text.lower()) in DEPENDENT_HEADS:
        return False
    if plural_nominative_post_before(doc, start):
        return True
    return is_head(doc[j]) and all(
        p.tag.case == "nomn" for p in parses(doc[j].text) if p.tag.POS == "NOUN"
    )


def _post_right_before(doc: Doc, ent) -> bool:
    """A post head before the name with its own complement between («министр культуры»): no
    punctuation, preposition, conjunction or verb. A bare head right before the name may
    govern it: «Заместитель Марата Галеева» is his deputy."""
    words = 0
    for j in range(ent.token_start - 1, max(-1, ent.token_start - 6), -1):
        if doc[j].is_space:
            continue
        if is_head(doc[j]):
            return words > 0
        words += 1
        found = parses(doc[j].text)
        if not doc[j].text.isalpha() or not found:
            return False
        if found[0].tag.POS in {"PREP", "CONJ", "VERB", "INFN", "PRTS"}:
            return False
    return False


def _her_nominative_surname(word: str) -> bool:
    """«Сомова», «Юмакулова», «Закревская», «Мироненко», «Шульгович»: a surname that reads as
    a woman's in the nominative — pymorphy3 knows it so, or it is a possessive surname in -а,
    an adjective one in -ая, or one that does not decline for her (a consonant, -о, -е, -и, -у
    after a consonant, -их/-ых); never his nominative (-ов, -ин, -ий) or an oblique case of hers
    (-ой, -ую)."""
    found = [p for p in parses(word) if "Surn" in p.tag]
    if any(p.tag.gender == "femn" and p.tag.case == "nomn" for p in found):
        return True
    low = word.lower()
    if low.endswith("а") and POSSESSIVE_SUFFIX.match(low[:-1]):
        return True
    if low.endswith("ая"):
        return True
    if POSSESSIVE_SUFFIX.match(low) or POSSESSIVE_SUFFIX.match(low[:-1]):
        return False  # «Сомов», «Сомову», «Сомове», «Сомовы»
    if POSSESSIVE_SUFFIX.match(low[:-2]) or low.endswith(OBLIQUE_ENDINGS):
        return False  # «Сомовым», «Закревского», «Шнайдеру»
    return low[-1] not in "аяй"


# endings of oblique cases and of his adjective surnames, which her nominative never has
OBLIQUE_ENDINGS = ("ий", "ый", "ой", "ую", "ей", "ем", "ом", "ого", "ему", "ому", "им", "ым")


def _genitive_first(first: str | None) -> str | None:
    """His surname read in the genitive puts his first name there too: «Романа» beside
    «Тарасова» is «Роман»; an unknown «Мариса» beside «Ильясова» is «Марис» (a consonant stem
    takes -а in the genitive)."""
    for p in parses(first or ""):
        if "Name" in p.tag and p.tag.gender == "masc" and p.tag.case in ("gent", "accs"):
            return first[:1].upper() + p.normal_form[1:] if first else first
    # only a name pymorphy3 knows: its guesses read «Ильфата» as a nominative too
    known_masc = (
        bool(first)
        and known(first)
        and any("Name" in p.tag and p.tag.gender == "masc" for p in parses(first))
    )
    if first and len(first) > 4 and first.endswith("я") and not known_masc:
        if first[-2].lower() in "аеиоу":
            return first[:-1] + "й"  # «Назбия Урусова» -> Назбий (a vowel stem ends in -й)
        return first[:-1] + "ь"  # «Рамиля Гарипова» -> Рамиль (a soft stem takes -я)
    if (
        first
        and len(first) > 3
        and first.endswith("а")
        and first[-2].lower() not in VOWELS
        and not known_masc
    ):
        return first[:-1]  # «Ильфата Нигматуллина» -> Ильфат
    return first


VOWELS = frozenset("аеёиоуыэюяйь")


def _verb_gender(doc: Doc, i: int, step: int) -> str | None:
    while 0 <= i < len(doc) and (doc[i].is_space or doc[i].text == "."):
        i += step
    if not 0 <= i < len(doc):
        return None
    found = parses(doc[i].text)
    if found and found[0].tag.POS == "PRTS" and found[0].tag.number == "sing":
        # «избрана Дина Мурзина», «Дина Мурзина назначена»: the short participle agrees too
        return found[0].tag.gender if found[0].tag.gender in {"masc", "femn"} else None
    if found and found[0].tag.POS == "VERB" and found[0].tag.tense == "past":
        # «Под руководством главы … Юлиана Седова прошло совещание»: a neuter verb has
        # another subject and says nothing of the name
        return found[0].tag.gender if found[0].tag.gender in {"masc", "femn"} else None
    return None


def _oblique_apposition(doc: Doc, end: int) -> bool:
    """A post after the name's comma whose head reads only as a genitive or accusative
    («…, начальника отдела»): the name is in that case too, so «Петрова» is his."""
    i = end
    while i < len(doc) and (doc[i].is_space or doc[i].text == "."):
        i += 1
    if i >= len(doc) or doc[i].text != ",":
        return False
    j = i + 1
    while j < len(doc) and doc[j].is_space:
        j += 1
    for k in range(j, min(j + 3, len(doc))):
        if is_head(doc[k]):
            cases = {p.tag.case for p in parses(doc[k].text) if p.tag.POS == "NOUN"}
            return bool(cases) and cases <= {"gent", "accs"}
    return False


def _apposed_gender(doc: Doc, end: int) -> str | None:
    """«Дина Хайруллина, ранее курировавшая …»: a participle in the nominative singular
    after the comma that closes the name (past at most two adverbs) agrees with it."""
    i = end
    while i < len(doc) and doc[i].is_space:
        i += 1
    if i >= len(doc) or doc[i].text != ",":
        return None
    for j in range(i + 1, min(i + 4, len(doc))):
        found = parses(doc[j].text)
        if not found:
            return None
        if found[0].tag.POS == "ADVB":
            continue
        if found[0].tag.POS == "PRTF" and found[0].tag.case == "nomn":
            return found[0].tag.gender if found[0].tag.number == "sing" else None
        return None
    return None


def _noun_before(doc: Doc, start: int) -> bool:
    """«Доклад А.В. Иванова»: a common noun right before the name governs its genitive."""
    i = start - 1
    while i >= 0 and doc[i].is_space and "\n" not in doc[i].text:
        i -= 1
    if i < 0 or not doc[i].text.isalpha():
        return False
    for j in range(i, max(-1, i - 6), -1):
        if doc[j].text in {".", ",", "!", "?", ":", ";"} or "\n" in doc[j].text:
            break
        if is_head(doc[j]):
            return False  # «председатель комиссии Лидия …»: the post's own complement
    found = parses(doc[i].text)
    return bool(found) and found[0].tag.POS == "NOUN" and "Name" not in found[0].tag


def _genitive_post_before(doc: Doc, start: int) -> bool:
    """The post phrase before the name in its sentence is headed by a genitive: «доклад главы
    администрации И.А. Поздеева», not «заместитель главы администрации Т.Н. Ковалёва» (whose
    «главы» depends on the nominative «заместитель»)."""
    genitive = None
    for i in range(start - 1, max(-1, start - 12), -1):
        text = doc[i].text
        if text in {".", "!", "?", "\n"} or "\n" in text:
            break
        found = parses(text)
        if text in {":", ";", "—", "–"} or (
            genitive is not None
            and (not text[:1].isalpha() or (found and found[0].tag.POS in {"VERB", "PRTS", "CONJ"}))
        ):
            break  # the post phrase ends at a comma or a verb; a colon or dash ends it anyway
        nouns = [p for p in found if p.tag.POS == "NOUN"]
        plural = bool(nouns) and all(p.tag.number == "plur" for p in nouns)  # «депутатов»
        if is_head(doc[i]) or (plural and is_head_word(nouns[0].normal_form)):
            # «главы администрации», «депутатов»: a genitive post, singular or plural
            cases = {p.tag.case for p in nouns if plural or p.tag.number != "plur"}
            genitive = "gent" in cases and "nomn" not in cases
    return bool(genitive)


@Language.factory("dw_people")
def make_people(nlp: Language, name: str) -> PeopleBuilder:
    return PeopleBuilder()
