"""Does a word name a post? The head-word tests shared by the post, entity and anaphora rules.

Kept apart from ``posts`` so that the entity rules («Замглавы Федеральной миграционной службы»
is not an organisation) can ask without importing the post layer, which itself reads entities.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from .lexicon import ABBREVIATED_HEADS, HEAD_PREFIXES, POST_HEADS
from .morph import inflect, lemma, parses

# The post heads the post layer reads. «предприниматель», «бизнесмен» were tried here and
# left out: factRuEval marks no Occupation for «нидерландский предприниматель».
HEAD_WORDS = POST_HEADS


def is_head(token: Token) -> bool:
    if abbreviated_head(token):
        return True
    return is_head_word(token.text) and not _attribute(token)


def may_be_head(word: str) -> bool:
    """What :func:`is_head` asks of the word alone (a short head or a head word): a
    whole-document pass tests this first and builds a spaCy Token only for the few that pass."""
    return word.lower() in ABBREVIATED_HEADS or is_head_word(word)


def _attribute(token: Token) -> bool:
    """«рабочую встречу», «управляющая компания»: a participle or adjective that agrees with
    the noun right after it describes that noun; «заведующая отделом» names a post."""
    doc = token.doc
    i = token.i + 1
    while i < len(doc) and doc[i].is_space:
        i += 1
    if i >= len(doc) or not doc[i].text[:1].islower():
        return False
    return _agrees_with_noun(token.text, doc[i].text)


@lru_cache(maxsize=50_000)
def _agrees_with_noun(word: str, noun: str) -> bool:
    found = parses(word)
    if not found or found[0].tag.POS not in {"ADJF", "PRTF"}:
        return False
    tag = found[0].tag
    return any(
        p.tag.POS == "NOUN"
        and p.tag.case == tag.case
        and p.tag.number == tag.number
        and (tag.number == "plur" or p.tag.gender == tag.gender)
        for p in parses(noun)
    )


def abbreviated_head(token: Token) -> str | None:
    """«зам.» -> «заместитель»: a short post head, only when its dot follows."""
    full = ABBREVIATED_HEADS.get(token.text.lower())
    doc = token.doc
    if full and token.i + 1 < len(doc) and doc[token.i + 1].text == "." and not token.whitespace_:
        return full
    return None


@lru_cache(maxsize=50_000)
def is_head_word(word: str) -> bool:
    """Does the word name a post? Prefixed forms count: «вице-губернатор», «экс-премьера»."""
    text = word.lower().replace("ё", "е")
    if not text[:1].isalpha():
        return False
    found = parses(text)
    if found and found[0].tag.POS != "NOUN":
        # «После приземления»: a preposition, not the locative of «посол»; but «управляющий
        # делами», «заведующая отделом» are participles that name a post
        return _participle_head(text)
    if not _singular(text):
        return False
    if _names_post(text):
        return True
    for prefix in HEAD_PREFIXES:
        if text.startswith(prefix) and len(text) > len(prefix) + 2:
            if _names_post(text[len(prefix) :].lstrip("-")):
                return True
    if "-" in text and any(
        _names_post(part) for part in (text.rsplit("-", 1)[1], text.split("-")[0])
    ):
        return True  # «пресс-секретарь», and a post with its speciality: «врач-педиатр»
    # compounds ending in a post: «бундестренер», «зампредседателя»
    # «ends with a head and is longer than it» is «without its first letter, ends with a head»
    return any(p.normal_form[1:].endswith(LONG_HEADS) for p in found[:1])


# Posts named by a participle or adjective used as a noun.
PARTICIPLE_HEADS = frozenset(h for h in POST_HEADS if h.endswith(("щий", "нный", "чий")))
# every singular form of such a word keeps its stem («заведующ-ая», «уполномоченн-ого»)
PARTICIPLE_STEMS = tuple(sorted({h[:-2].replace("ё", "е") for h in PARTICIPLE_HEADS}))
LONG_HEADS = tuple(h for h in POST_HEADS if len(h) >= 6 and "-" not in h)


def _participle_head(word: str) -> bool:
    """«управляющий», «заведующая», «уполномоченного»: singular, and the masculine
    nominative of the word is a post. Inflecting is costly, so only words with the stem of
    such a post are inflected."""
    if not word.replace("ё", "е").startswith(PARTICIPLE_STEMS):
        return False
    for p in parses(word):
        if p.tag.POS in {"ADJF", "PRTF"} and p.tag.number == "sing":
            if inflect(p, {"masc", "sing", "nomn"}) in PARTICIPLE_HEADS:
                return True
    return False


@lru_cache(maxsize=50_000)
def participle_lemma(word: str) -> str:
    """«заведующей» -> «заведующий» (pymorphy3's lemma of a participle is its verb)."""
    for p in parses(word):
        if p.tag.POS in {"ADJF", "PRTF"}:
            form = inflect(p, {"masc", "sing", "nomn"})
            if form in PARTICIPLE_HEADS:
                return form
    return lemma(word)


def _names_post(word: str) -> bool:
    """Any noun reading counts: «премьера» is first of all a première, but also a premier;
    and a woman's form of a post: «помощница», «руководительница», «депутатка»."""
    return any(
        base in HEAD_WORDS
        for p in parses(word)
        if p.tag.POS == "NOUN" or p.normal_form == word
        for base in _masculine_bases(p.normal_form.replace("ё", "е"))
    )


def _masculine_bases(noun: str) -> tuple[str, ...]:
    """The noun and, for a woman's form, the post it is made from: «помощница» -> помощник,
    «руководительница» -> руководитель, «депутатка» -> депутат."""
    if noun.endswith("ница"):
        return (noun, noun[:-4] + "ник", noun[:-4])
    if noun.endswith("ка") and len(noun) > 6:
        return (noun, noun[:-2])
    return (noun,)


def _singular(word: str) -> bool:
    """One person holds one post: «руководители органов …» lists people, not a post."""
    found = parses(word)
    return not found or any(p.tag.number != "plur" for p in found if p.tag.POS == "NOUN")


# Class and special ranks: «старший советник юстиции», «капитан полиции», «майор внутренней
# службы», «капитан первого ранга» say a grade, not an office held.
RANK_HEADS = frozenset(
    """советник капитан майор подполковник полковник генерал лейтенант сержант прапорщик
    мастер""".split()
)
# «мастер спорта (международного класса)», «государственный советник 1 класса»
RANK_SERVICES = frozenset({"юстиция", "полиция", "милиция", "служба", "ранг", "спорт", "класс"})


def is_rank(title: str) -> bool:
    """A rank head followed, past adjectives and ordinals only, by the genitive of a service
    («советник юстиции», not «советник главы»)."""
    words = title.lower().split()
    if len(words) > 2 and words[-2] == "в" and words[-1] in {"отставке", "запасе"}:
        words = words[:-2]  # «полковник в отставке»: a rank kept after the service
        if len(words) == 1 and lemma(words[0]) in RANK_HEADS:
            return True
    for k, word in enumerate(words):
        if lemma(word) not in RANK_HEADS:
            continue
        rest = words[k + 1 :]
        if rest and lemma(rest[0]) in RANK_SERVICES:
            return True  # «мастер спорта международного класса»
        if not rest or lemma(rest[-1]) not in RANK_SERVICES:
            return False
        return all(
            any(p.tag.POS in {"ADJF", "NUMR"} for p in parses(w)[:2]) or w.isdigit()
            for w in rest[:-1]
        )
    return False


def is_pronoun(word: str) -> bool:
    """Third-person pronouns: «он», «его», «ей»."""
    return any(p.tag.POS == "NPRO" and "3per" in p.tag for p in parses(word))


def expand_compound(title: str) -> str:
    """«зампредседателя комитета» -> «заместитель председателя комитета», «замглавы» ->
    «заместитель главы»: the written-out title, as a reader would look it up."""
    first, _, tail = title.partition(" ")
    low = first.lower()
    if tail and any(p.tag.POS == "ADJF" for p in parses(low)[:1]):
        # «первый замглавы администрации»: the modifier stays in front
        expanded = expand_compound(tail)
        return title if expanded == tail else f"{first} {expanded}"
    if low == "зам":  # «зам по экономике»
        return " ".join(x for x in ("заместитель", tail) if x)
    if not low.startswith("зам") or low.startswith("замест") or len(low) < 6:
        return title
    rest = low[3:]
    if rest in {"пред", "преда"}:
        genitive: str | None = "председателя"
    else:
        base = [p for p in parses(rest) if p.tag.POS == "NOUN" and p.normal_form in POST_HEADS]
        if not base:
            return title
        genitive = inflect(base[0], {"gent", "sing"})
    return " ".join(x for x in ("заместитель", genitive, tail) if x)
