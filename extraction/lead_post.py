"""The post said in the sentence before the first name: «Суд вынес приговор действующему главе
района. Александра Седельникова обвиняли в превышении полномочий.», «Против бывшего главы
поселения возбуждено дело\n\nНа днях Иван Сомов задержан».

News often opens with the office of the one it is about, not yet named, as the object of what
happens to them, and names them in the next sentence. When the first person of the text has no
post, the sentence right before their name names nobody and holds just one post, said in an
oblique case (the one acted on, not the one who acts: «Глава района провёл совещание.
Выступила Анна Петрова.» is two people), and the name's own sentence says no post, that post is
theirs. It must carry status words («бывшему», «действующему», «экс-»), which give its
status: an office said bare («… пытался убить члена Конгресса. Джаред Лофнер …») may be a
victim's or a witness's. ``office_anaphora`` reads bare offices with one holder («мэр
Казани») around a name; this reads the generic ones («главе района») a status word singles out.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .morph import lemma, parses
from .people import Person, Post
from .post_heads import is_head_word
from .post_status import split_status
from .word_steps import next_word, prev_word

SENTENCE_ENDS = frozenset({".", "!", "?"})
MAX_COMPLEMENT = 4
EX = "экс-"
HOLDING_NOW = ("действующ", "нынешн")  # the current-status words that single a holder out


def lead_posts(doc: Doc, people: list[Person]) -> list[tuple[int, Post]]:
    """(person, post) for the first person named when the sentence before holds their post."""
    mentions = sorted((s, e, n) for n, person in enumerate(people) for s, e in person.tokens)
    if not mentions:
        return []
    start, end, n = mentions[0]
    if people[n].posts:
        return []
    first = _sentence_start(doc, start)
    if first == 0 or _heads(doc, first, _sentence_end(doc, end)):
        return []
    before = _sentence_start(doc, max(prev_word(doc, first), 0))
    heads = _heads(doc, before, first)
    if len(heads) != 1 or not _oblique(_bare(doc[heads[0]].text)):
        return []
    head = heads[0]
    text = _bare(doc[head].text)
    word = lemma(text.lower())
    words = [word]
    k = next_word(doc, head + 1)
    while k < first and len(words) <= MAX_COMPLEMENT and _genitive(doc[k].text):
        words.append(doc[k].text)
        k = next_word(doc, k + 1)
    if any(is_head_word(lemma(w.lower())) for w in words[1:]):
        return []  # «заместителю главы района»: more than one office
    status = _status(doc, before, head)
    if status is None:
        return []  # «… попытавшийся убить члена Конгресса. Джаред Лофнер …»: a victim's office
    post = Post(" ".join(words), None, None, doc[head].idx, doc[head].idx, word, status)
    return [(n, post)]


def _heads(doc: Doc, start: int, end: int) -> list[int]:
    """Tokens of singular post heads between ``start`` and ``end``."""
    out = []
    for i in range(start, end):
        text = _bare(doc[i].text)
        if not text.isalpha() or not is_head_word(lemma(text.lower())):
            continue
        found = [p for p in parses(text) if p.tag.POS == "NOUN"]
        if found and all(p.tag.number == "plur" for p in found[:1]):
            continue  # «депутаты», «главы поселений» are many
        out.append(i)
    return out


def _oblique(text: str) -> bool:
    """A singular noun form that is no nominative: «главе», «главы», «мэра»."""
    found = [p for p in parses(text) if p.tag.POS == "NOUN" and p.tag.number == "sing"]
    return bool(found) and not any(p.tag.case == "nomn" for p in found)


def _status(doc: Doc, start: int, head: int) -> str | None:
    """The status the words right before the head give («бывшему», «экс-», «действующему»);
    None without such words: an office said bare may be anyone's."""
    if doc[head].text.lower().startswith(EX):
        return "former"
    j = prev_word(doc, head)
    words: list[str] = []
    while j >= start and len(words) < 2 and doc[j].text.isalpha():
        words.insert(0, doc[j].text)
        j = prev_word(doc, j)
    for k in range(len(words)):
        status, n = split_status(" ".join(words[k:]) + " ")
        if n == len(" ".join(words[k:])) + 1 or n == len(" ".join(words[k:])):
            if status != "current" or words[k].lower().startswith(HOLDING_NOW):
                return status
    return None


def _bare(text: str) -> str:
    return text[len(EX) :] if text.lower().startswith(EX) else text


def _genitive(word: str) -> bool:
    return word[:1].isalpha() and any(
        p.tag.case == "gent" and p.tag.POS in {"NOUN", "ADJF"} for p in parses(word)[:2]
    )


def _sentence_start(doc: Doc, i: int) -> int:
    while i > 0 and doc[i - 1].text not in SENTENCE_ENDS and "\n" not in doc[i - 1].text:
        i -= 1
    return i


def _sentence_end(doc: Doc, i: int) -> int:
    while i < len(doc) and doc[i].text not in SENTENCE_ENDS and "\n" not in doc[i].text:
        i += 1
    return i
