"""A one-holder office said in any case, its holder named only in a sentence beside it.

News prose names a head of state or of a city by office alone and the person by name alone,
in the sentence before or after: «Евросоюз ввёл санкции против переизбранного президента
Венесуэлы. Николасу Мадуро запрещён въезд», «Вчера завершился визит бразильского
президента. Луис Лула да Силва провёл переговоры». ``AnaphoraScanner.subject_posts`` reads
only the office that is the subject of its clause; this reads it in any case. It is given
only when the office has one holder (a head with a place or a body: «мэр Казани», «глава
израильского правительства», «председатель городской Думы») and the three sentences around
it name exactly one person, who holds no post yet: «Иван Петров раскритиковал мэра Казани»
names a critic, and a critic introduced with a post («политолог Иван Петров») is not the
office either.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from typing import Protocol

from spacy.tokens import Doc, Token

from .entities import Entity
from .morph import lemma, parses
from .people import Person, Post
from .post_heads import is_pronoun


class Scanner(Protocol):
    """What this reads of ``anaphora.AnaphoraScanner`` (not imported: it imports this)."""

    doc: Doc
    per: dict[int, Entity]
    ent_tokens: dict[int, list[Entity]]

    def _covered(self, held: dict[int, list[Post]]) -> set[int]: ...
    def free_phrases(self, taken: set[int]) -> Iterator[tuple[int, int, Post]]: ...
    def _overlaps(self, post: Post, taken: set[int]) -> bool: ...
    def _extend_left(self, head: int) -> int: ...
    def _phrase_at(self, start: int, name_next: bool = False) -> list[Post]: ...
    def _token_at(self, char: int) -> int: ...
    def _head_of(self, start: int, end: int) -> int: ...
    def _prev(self, i: int) -> int: ...
    def _next(self, i: int) -> int: ...
    def _sentence_start(self, i: int) -> int: ...
    def _next_sentence(self, start: int, quoted: bool = False) -> int: ...
    def _previous_sentence(self, sentence: int) -> int: ...
    def _subject_verb(self, start: int, end: int) -> Token | None: ...


SUBJECT_PRONOUNS = frozenset({"он", "она"})

# heads a country, region, city, government, ministry or council has one of
OFFICE_HEADS = frozenset(
    """президент премьер премьер-министр мэр губернатор глава канцлер председатель
    министр""".split()
)
# «на пост мэра», «выборы президента», «кандидат в президенты»: the office, not its holder
OFFICE_NOUNS = frozenset(
    """пост должность кресло выборы кандидат кандидатура обязанность полномочие
    администрация аппарат пресс-служба пресс-секретарь советник помощник заместитель""".split()
)


def _of_place(post: Post) -> bool:
    """«российского президента», «бразильского президента»: an adjective of a country."""
    return any(
        p.tag.POS == "ADJF" and p.normal_form.endswith(("ский", "цкий"))
        for word in post.title.split()[:-1]
        for p in parses(word)[:1]
    )


def _singular(word: str) -> bool:
    return any(p.tag.number == "sing" for p in parses(word) if p.tag.POS == "NOUN")


def office_posts(
    scanner: Scanner, people: list[Person], held: dict[int, list[Post]]
) -> list[tuple[int, Post]]:
    """(person, post) for a one-holder office whose holder the sentences around it name
    alone. ``scanner`` is the ``AnaphoraScanner`` of the document."""
    doc = scanner.doc
    mentions = sorted((s, n) for n, person in enumerate(people) for s, _ in person.tokens)
    starts = [s for s, _ in mentions]
    taken = scanner._covered(held)
    out: list[tuple[int, Post]] = []
    for start, end, post in scanner.free_phrases(taken):
        head = scanner._head_of(start, end)
        if post.head not in OFFICE_HEADS or not (post.place or post.org or _of_place(post)):
            continue
        if not _singular(doc[head].text.lower()):
            continue
        before = scanner._prev(start)
        if before >= 0 and lemma(doc[before].text) in OFFICE_NOUNS:
            continue
        after = scanner._next(end)
        if after < len(doc) and (after in scanner.per or doc[after].text[:1].isupper()):
            continue  # «президент Обама»: a name beside it is the other shapes' business
        sentence = scanner._sentence_start(start)
        following = scanner._next_sentence(start)
        if any(is_pronoun(t.text) for t in doc[sentence:start]) or any(
            t.text.lower() in SUBJECT_PRONOUNS for t in doc[sentence:following]
        ):
            continue  # «Он встретился с мэром», «его встреча с мэром»: someone else's act
        previous = scanner._previous_sentence(sentence) if sentence > 0 else sentence
        last = scanner._next_sentence(following) if following < len(doc) else following
        if any("\n" in t.text for t in doc[previous:sentence]):
            previous = sentence  # a new paragraph: the sentence before is not in reach
        if any("\n" in t.text for t in doc[following:last]) or following >= len(doc):
            last = following
        lo, hi = bisect_left(starts, previous), bisect_left(starts, last)
        if any(sentence <= s < following for s in starts[lo:hi]):
            continue  # a name in its own sentence: another shape's business, or a rival
        # a person named with a post of another head («посол Японии Масахару Коно») is not
        # the office; a person named with a post of its own head competes for it
        named = {n for _, n in mentions[lo:hi]}
        free = {n for n in named if not any(p.head != post.head for p in held.get(n, []))}
        if len(free) != 1:
            continue
        n = free.pop()
        if held.get(n):
            continue  # already holds a post of this head: said with the name elsewhere
        verb = scanner._subject_verb(start, end)
        gender = people[n].name.gender
        if verb is not None:
            tag = parses(verb.text)[0].tag
            if gender and tag.gender and tag.tense == "past" and tag.gender != gender:
                continue
        out.append((n, post))
    return out
