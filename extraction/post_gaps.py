"""Posts said once for two people, the second with only the words that differ.

«Комиссию по бюджету возглавил Иван Петров, по ЖКХ — Анна Смирнова», «Председателем комиссии
по бюджету избран Иван Петров, комиссии по ЖКХ — Анна Смирнова»: after the comma, a dash stands
for the verb and the post of the first person, and the words before it replace the matching
end of that post's title. Runs once the posts around every name are known.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .morph import lemma
from .people import Person, Post
from .posts import DASHES, SENTENCE_ENDS

MAX_GAP = 6  # words of the differing complement
JOINING = frozenset({"а", "и"})


def gapped_complements(
    doc: Doc, people: list[Person], per: dict[int, int]
) -> list[tuple[int, Post]]:
    """(person, post) for the second name of each gapped pair. ``per``: person index by the
    first token of each of their mentions."""
    ends = {end: n for n, person in enumerate(people) for _, end in person.tokens}
    out = []
    for dash in doc:
        if dash.text not in DASHES:
            continue
        name = _next_word(doc, dash.i + 1)
        if name not in per or people[per[name]].posts:
            continue
        comma = dash.i - 1
        while comma >= 0 and dash.i - comma <= MAX_GAP + 1 and doc[comma].text not in {",", ";"}:
            if doc[comma].text in SENTENCE_ENDS or doc[comma].text in DASHES:
                comma = -1
                break
            comma -= 1
        if comma < 1 or doc[comma].text not in {",", ";"}:
            continue
        words = [t for t in doc[comma + 1 : dash.i] if not t.is_space]
        while words and words[0].text.lower() in JOINING:
            words = words[1:]
        first = _prev_word(doc, comma)
        if not words or first + 1 not in ends:
            continue
        owner = ends[first + 1]
        said = [p for p in people[owner].posts if p.end <= doc[comma].idx]
        post = _from_post(said, words[0].text)
        if post is None:
            continue
        title, source = post
        written = " ".join(t.text for t in words)
        start, end = words[0].idx, words[-1].idx + len(words[-1])
        out.append(
            (per[name], Post(title + written, None, None, start, end, source.head, source.status))
        )
    return out


def _from_post(posts: list[Post], word: str) -> tuple[str, Post] | None:
    """The start of the first person's title up to the word the complement opens with («по»,
    «комиссии»), and that post."""
    low, base = word.lower(), lemma(word)
    for post in reversed(posts):
        words = post.title.split()
        for k in range(1, len(words)):
            if words[k].lower() == low or (
                low not in {"по", "в", "на"} and lemma(words[k]) == base
            ):
                return " ".join(words[:k]) + " ", post
    return None


def _next_word(doc: Doc, i: int) -> int:
    while i < len(doc) and doc[i].is_space:
        i += 1
    return i


def _prev_word(doc: Doc, i: int) -> int:
    i -= 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    return i
