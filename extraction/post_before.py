"""The post in the sentence before: «Главный вопрос – выборы председателя думы. Победителем
вышел Олег Сорокин.», «Депутаты выбирали главу района. Они поддержали кандидатуру Олега
Сорокина.», «Совет утвердил кандидатуру исполняющего обязанности главы округа. Должность займёт
Олег Сорокин.»

A sentence that fills a post without naming it (a winner, a supported candidacy, «должность
займёт») takes the one post put up for election or appointment («выборы председателя»,
«выбирали главу», «на должность главы») in the sentence before or the one before that, when
no sentence between names a person. The post is `elect` (duma-dev's guidelines: chosen, not
yet in office), or `acting` for «исполняющего обязанности главы».
"""

from __future__ import annotations

from spacy.tokens import Doc

from .morph import lemma, parses
from .people import Person, Post
from .post_heads import is_head_word
from .word_steps import next_word, prev_word

SENTENCE_ENDS = frozenset({".", "!", "?"})
# nouns and verbs that put a post up: «выборы председателя», «на должность главы»,
# «выбирали главу района»
CHOOSING_NOUNS = frozenset({"выборы", "избрание", "назначение", "кандидатура", "должность", "пост"})
CHOOSING_VERBS = frozenset({"выбирать", "выбрать", "избирать", "избрать", "назначить", "назначать"})
ACTING_WORDS = frozenset({"исполняющий", "исполнять", "врио", "временно"})
MAX_COMPLEMENT = 4
MAX_BACK = 2  # sentences looked back


def posts_before(doc: Doc, people: list[Person]) -> list[tuple[int, Post]]:
    """(person, post) for each person with no post whose sentence fills the post put up in
    the sentence before."""
    named = {i for person in people for s, e in person.tokens for i in range(s, e)}
    out = []
    for n, person in enumerate(people):
        if person.posts:
            continue
        for start, end in person.tokens:
            first = _sentence_start(doc, start)
            if first == 0 or not _fills_post(doc, first, start, end):
                continue
            found = None
            for _ in range(MAX_BACK):  # «выборы председателя думы. <a word on the post>. …»
                before = _sentence_start(doc, max(prev_word(doc, first), 0))
                if before >= first or any(i in named for i in range(before, first)):
                    break  # the post may be that person's
                found = _put_up(doc, before, first)
                if found is not None or before == 0:
                    break
                first = before
            if found is not None:
                title, head, status, at = found
                out.append((n, Post(title, None, None, doc[at].idx, doc[at].idx, head, status)))
                break
    return out


def _sentence_start(doc: Doc, i: int) -> int:
    while i > 0 and doc[i - 1].text not in SENTENCE_ENDS and "\n" not in doc[i - 1].text:
        i -= 1
    return i


def _fills_post(doc: Doc, first: int, start: int, end: int) -> bool:
    """«Победителем … вышел X», «поддержали кандидатуру X», «Должность займёт X»: the name's
    sentence fills a post it does not name, and says no post head of its own."""
    words = [t for t in doc[first:start] if not t.is_space and t.text[:1].isalnum()]
    after = next_word(doc, end)
    if after < len(doc) and doc[after].text not in SENTENCE_ENDS | {","}:
        return False  # «кандидатуру Сорокина на должность главы»: said in its own sentence
    lemmas = [lemma(t.text.lower()) for t in words]
    if any(is_head_word(w) and not _plural(t.text) for w, t in zip(lemmas, words, strict=True)):
        return False  # «Депутаты поддержали …»: a plural head is the voters, not a post
    if lemmas and lemmas[-1] == "кандидатура":
        return any(w in {"поддержать", "одобрить", "утвердить"} for w in lemmas)
    if "победитель" in lemmas:
        return any(w in {"выйти", "стать", "оказаться", "признать"} for w in lemmas)
    if lemmas and lemmas[0] in {"должность", "пост"}:
        return len(lemmas) == 2 and lemmas[1] in {"занять", "занимать"}
    return False


def _put_up(doc: Doc, start: int, end: int) -> tuple[str, str, str, int] | None:
    """(title, head, status, head token) of the one post the sentence puts up."""
    found = []
    for i in range(start, end):
        word = lemma(doc[i].text.lower())
        if word not in CHOOSING_NOUNS | CHOOSING_VERBS:
            continue
        j = next_word(doc, i + 1)
        if j < end and doc[j].text.lower() == "на":
            j = next_word(doc, j + 1)  # «выдвинут на должность главы»
        status = "elect"
        while j < end and lemma(doc[j].text.lower()) in ACTING_WORDS | {"обязанность"}:
            status = "acting"  # «кандидатуру исполняющего обязанности главы»
            j = next_word(doc, j + 1)
        if j >= end or word in CHOOSING_NOUNS and lemma(doc[j].text.lower()) in CHOOSING_NOUNS:
            continue
        head = lemma(doc[j].text.lower())
        if not is_head_word(head):
            continue
        words = [head]
        k = next_word(doc, j + 1)
        while k < end and len(words) <= MAX_COMPLEMENT and _genitive(doc[k].text):
            words.append(doc[k].text)
            k = next_word(doc, k + 1)
        found.append((" ".join(words), head, status, j))
    heads = {f[1] for f in found}
    return found[0] if len(heads) == 1 else None


def _genitive(word: str) -> bool:
    return word[:1].isalpha() and any(
        p.tag.case == "gent" and p.tag.POS in {"NOUN", "ADJF"} for p in parses(word)[:2]
    )


def _plural(word: str) -> bool:
    found = parses(word)[:1]
    return bool(found) and found[0].tag.number == "plur"
