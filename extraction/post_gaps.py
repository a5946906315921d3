"""Posts said once for several people, each with only the words that differ.

«Комиссию по бюджету возглавил Иван Петров, по ЖКХ — Анна Смирнова», «Председателем комиссии
по бюджету избран Иван Петров, комиссии по ЖКХ — Анна Смирнова»: after the comma, a dash stands
for the verb and the post of the first person, and the words before it replace the matching
end of that post's title. «Председатели постоянных комиссий: по бюджету – Иван Петров, по ЖКХ –
Анна Смирнова»: a plural post before a colon, said in the singular, opens each title. Runs once
the posts around every name are known.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from .doc_view import view
from .morph import inflect, lemma, parses
from .people import Person, Post
from .post_heads import is_head_word
from .posts import DASHES, SENTENCE_ENDS, is_link
from .word_steps import next_word, prev_word

MAX_GAP = 6  # words of the differing complement
MAX_ASIDE = 16  # tokens of a bracketed aside after the first name
JOINING = frozenset({"а", "и"})
ALSO = frozenset({"также", "вновь", "соответственно"})
STOPS = frozenset({",", ";", ":"})
# words that announce a list and are no part of the post: «следующих комиссий:»
LIST_WORDS = frozenset({"следующий", "нижеследующий", "нижеперечисленный"})


def gapped_complements(
    doc: Doc, people: list[Person], per: dict[int, int]
) -> list[tuple[int, Post]]:
    """(person, post) for each name of a gapped list. ``per``: person index by the first
    token of each of their mentions."""
    ends = {end: n for n, person in enumerate(people) for _, end in person.tokens}
    given: dict[int, list[Post]] = {}
    out = []
    for i, text in enumerate(view(doc).texts):
        if text not in DASHES:
            continue
        dash = doc[i]
        name = next_word(doc, dash.i + 1)
        if name not in per or people[per[name]].posts:
            continue
        stop = dash.i - 1
        while stop >= 0 and dash.i - stop <= MAX_GAP + 2 and doc[stop].text not in STOPS:
            if doc[stop].text in DASHES and _list_marker(doc, stop):
                stop = prev_word(doc, stop)  # «комиссий:\n- по бюджету - Петров;\n- по …»
                break
            if doc[stop].text in SENTENCE_ENDS or doc[stop].text in DASHES:
                close = next((e for b, e in people[per[name]].tokens if b == name), name + 1)
                stop = stop if _gapped_sentence(doc, stop, dash.i, close) else -1
                break
            stop -= 1
        if stop < 1 or doc[stop].text not in STOPS | {"."}:
            continue
        words = [t for t in doc[stop + 1 : dash.i] if not t.is_space]
        while words and (words[0].text.lower() in JOINING or words[0].text in DASHES):
            words = words[1:]
        if not words:
            continue
        if doc[stop].text == ":":
            found = _heading(doc, stop)
        else:
            first = _before_aside(doc, prev_word(doc, stop))
            owner = ends.get(first + 1)
            if owner is None and doc[stop].text == ".":
                # «Комиссию по бюджету возглавит Петров, который был её председателем. Комиссию
                # по ЖКХ — Смирнова.»: the last person of the sentence before
                owner = _last_named(doc, people, stop)
            if owner is None:
                continue
            said = [p for p in people[owner].posts + given.get(owner, []) if p.end <= doc[stop].idx]
            found = _from_post(said, words[0].text) or _from_source(doc, said, words[0].text)
            named = doc[first].idx + len(doc[first])  # not a post of the aside after the name
            told = [p for p in said if p.end <= named]
            place = _place_phrase(doc, words) if found is None and told else None
            if place is not None:  # «В Терновке комиссию возглавила Тучина, в Борисоглебске –
                start, end = words[0].idx, words[-1].idx + len(words[-1])  # Смелова»
                post = replace(told[-1], place=place, start=start, end=end)
                given.setdefault(per[name], []).append(post)
                out.append((per[name], post))
                continue
            if found is None:
                body = _from_org(said, words[0].text)
                if body is not None:  # «председателем ТИК Ленинского района …, ТИК Советского
                    written = " ".join(t.text for t in words)  # района — …»: another body
                    start, end = words[0].idx, words[-1].idx + len(words[-1])
                    post = Post(body.title, written, None, start, end, body.head, body.status)
                    given.setdefault(per[name], []).append(post)
                    out.append((per[name], post))
                    continue
        if found is None:
            continue
        title, head, status, rest = found
        # «комитет по бюджету возглавил Петров, комитет по ЖКХ — Смирнова»: the words the
        # complement opens with take the case the title gives them («комитета по ЖКХ»)
        parts = _as_titled(words, rest)
        if doc[stop].text in SENTENCE_ENDS and parts[0][:1].isupper():
            parts[0] = parts[0][:1].lower() + parts[0][1:]  # «… . Комиссию по ЖКХ — Смирнова.»
        written = " ".join(parts)
        start, end = words[0].idx, words[-1].idx + len(words[-1])
        post = Post(title + written, None, None, start, end, head, status)
        given.setdefault(per[name], []).append(post)
        out.append((per[name], post))
    return out + _name_first(doc, people, ends, given)


def _name_first(
    doc: Doc, people: list[Person], ends: dict[int, int], given: dict[int, list[Post]]
) -> list[tuple[int, Post]]:
    """«Разумник встал во главу комиссии по бюджету, Балашов – комиссии по экономике»: the
    name before the dash, the complement after it; the post is the one ending at the comma."""
    out = []
    for i, text in enumerate(view(doc).texts):
        if text not in DASHES:
            continue
        name_end = prev_word(doc, i) + 1
        n = ends.get(name_end)
        if n is None or people[n].posts or n in given:
            continue
        start = next(b for b, e in people[n].tokens if e == name_end)
        comma = prev_word(doc, start)
        while comma >= 0 and doc[comma].text.lower() in JOINING:
            comma = prev_word(doc, comma)
        if comma < 1 or doc[comma].text != ",":
            continue
        said = [
            p
            for m, person in enumerate(people)
            if m != n
            for p in person.posts + given.get(m, [])
            if p.end <= doc[comma].idx and not view(doc).text[p.end : doc[comma].idx].strip()
        ] or _post_before_name(doc, people, ends, comma, n)
        stop = next_word(doc, i + 1)
        words = []
        while stop < len(doc) and doc[stop].text not in STOPS | SENTENCE_ENDS:
            if not doc[stop].is_space:
                words.append(doc[stop])
            stop += 1
        if not said or not words or len(words) > MAX_GAP:
            continue
        found = _from_post(said[-1:], words[0].text)
        if found is None:
            continue
        title, head, status, rest = found
        written = " ".join(_as_titled(words, rest))
        post = Post(
            title + written, None, None, words[0].idx, words[-1].idx + len(words[-1]), head, status
        )
        given.setdefault(n, []).append(post)
        out.append((n, post))
    return out


def _post_before_name(
    doc: Doc, people: list[Person], ends: dict[int, int], comma: int, n: int
) -> list[Post]:
    """«Председателем комиссии по бюджету избран Дятлов, Ершова – комиссии по экономике»: the
    post of the name closing at the comma, said right before that name, maybe past one verb."""
    m = ends.get(comma)
    if m is None or m == n:
        return []
    start = next((b for b, e in people[m].tokens if e == comma), None)
    if start is None:
        return []
    text = view(doc).text
    for post in reversed(people[m].posts):
        between = text[post.end : doc[start].idx].split()
        if post.end <= doc[start].idx and (
            not between or (len(between) == 1 and between[0].isalpha() and between[0].islower())
        ):
            return [post]
    return []


def _before_aside(doc: Doc, i: int) -> int:
    """The word before a bracketed aside ending at token i («Тучина (ранее – депутат)»), else
    i itself."""
    if i < 0 or doc[i].text != ")":
        return i
    for j in range(i - 1, max(-1, i - MAX_ASIDE), -1):
        if doc[j].text == "(":
            return prev_word(doc, j)
        if doc[j].text in SENTENCE_ENDS | {")"}:
            break
    return i


def _place_phrase(doc: Doc, words: list[Token]) -> str | None:
    """«в Борисоглебске», «в Озёрном районе»: «в» and one place entity, nothing else; the
    place's nominative."""
    if len(words) < 2 or words[0].text.lower() not in {"в", "во"}:
        return None
    first, last = words[1].i, words[-1].i + 1
    for ent in doc._.entities:
        if ent.type == "LOC" and ent.token_start == first and ent.token_end == last:
            return ent.normal
    return None


def _last_named(doc: Doc, people: list[Person], stop: int) -> int | None:
    """The person named last in the sentence that ends at token ``stop``."""
    start = stop
    while (
        start > 0 and doc[start - 1].text not in SENTENCE_ENDS and "\n" not in doc[start - 1].text
    ):
        start -= 1
    named = [
        (b, n) for n, person in enumerate(people) for b, _ in person.tokens if start <= b < stop
    ]
    return max(named)[1] if named else None


def _list_marker(doc: Doc, dash: int) -> bool:
    """A dash that opens a line of a list after a colon or a semicolon: «комиссий:\n- по
    бюджету - Петров;\n- по ЖКХ - Смирнова»."""
    before = dash - 1
    if before < 0 or not (doc[before].is_space and "\n" in doc[before].text):
        return False
    mark = prev_word(doc, dash)
    return mark >= 0 and doc[mark].text in {":", ";"}


def _gapped_sentence(doc: Doc, stop: int, dash: int, close: int) -> bool:
    """«Комиссию по бюджету возглавил Петров. Комиссию по ЖКХ — Смирнова.»: a full stop opens
    a sentence of only a complement in capitals, a dash and a name, which ends the sentence or
    a gapped list of its own: the verb and the post head are those of the sentence before."""
    if doc[stop].text != "." or stop < 1:
        return False
    first = next_word(doc, stop + 1)
    if first >= dash or not doc[first].text[:1].isupper():
        return False
    after = next_word(doc, close)
    return after >= len(doc) or doc[after].text in SENTENCE_ENDS | {","}


def _from_source(doc: Doc, posts: list[Post], word: str) -> tuple[str, str, str, list[str]] | None:
    """«Депутатом Думы района по округу № 16 избран Петров, по округу № 18 — Смирнова»: the
    title kept no «по …» (the district is put apart), but the words it was read from did; the
    complement after «по» follows the whole title."""
    if word.lower() != "по" or not posts:
        return None
    post = posts[-1]
    source = view(doc).text[post.start : post.end].lower().split()
    if "по" not in source[1:]:
        return None
    return post.title + " ", post.head, post.status, [word]


def _from_org(posts: list[Post], word: str) -> Post | None:
    """The last post whose body («ТИК Ленинского района») opens with the complement's first
    word («ТИК Советского района»): the same office in another body."""
    for post in reversed(posts):
        if post.org and post.org.split()[0] == word and word[:2].isupper():
            return post
    return None


def _from_post(posts: list[Post], word: str) -> tuple[str, str, str, list[str]] | None:
    """The start of the first person's title up to the word the complement opens with («по»,
    «комиссии»), with that post's head and status and the title's words from that one on."""
    low, base = word.lower(), lemma(word)
    for post in reversed(posts):
        words = post.title.split()
        for k in range(1, len(words)):
            if words[k].lower() == low or (
                low not in {"по", "в", "на"} and lemma(words[k]) == base
            ):
                return " ".join(words[:k]) + " ", post.head, post.status, words[k:]
    return None


def _as_titled(words: list[Token], rest: list[str]) -> list[str]:
    """The complement's words, those it opens with that the title also has («постоянный
    комитет по …» after «… постоянного комитета по …») in the title's form."""
    out: list[str] = []
    for i, token in enumerate(words):
        if i < len(rest) and lemma(rest[i]) == lemma(token.text):
            out.append(rest[i])
            continue
        return out + [t.text for t in words[i:]]
    return out


def _heading(doc: Doc, colon: int) -> tuple[str, str, str, list[str]] | None:
    """«Председатели постоянных комиссий:» -> («председатель постоянной комиссии », …): a
    plural post head opening its sentence, with its genitive complement, in the singular."""
    start = colon
    while (
        start > 0 and doc[start - 1].text not in SENTENCE_ENDS and "\n" not in doc[start - 1].text
    ):
        start -= 1
    words = [t for t in doc[start:colon] if not t.is_space]
    while len(words) > 1 and (is_link(words[-1].text) or words[-1].text.lower() in ALSO):
        words.pop()  # «Председателями комиссий избраны:», «… также стали:»
    if len(words) > 1 and is_link(words[0].text) and not is_head_word(lemma(words[0].text)):
        words = words[1:]  # «Избраны заместителями председателей следующих комиссий:»
    words = [t for t in words if lemma(t.text) not in LIST_WORDS]
    if not words or len(words) > 5 or not is_head_word(_singular(words[0], "nomn").lower()):
        return None
    head = _singular(words[0], "nomn").lower()
    rest = _genitive_singular(words[1:])
    if rest is None:
        return None
    title = " ".join([head, *rest])
    return title + " ", lemma(head), "current", []


def _singular(token: Token | str, case: str) -> str:
    text = token if isinstance(token, str) else token.text
    for p in parses(text):
        if p.tag.POS == "NOUN" and p.tag.number == "plur":
            form = inflect(p, {"sing", case})
            if form:
                return form
    return text


def _genitive_singular(words: list[Token]) -> list[str] | None:
    """«постоянных комиссий» -> [«постоянной», «комиссии»], «главы администрации» as it is;
    None unless genitive adjectives and nouns only."""
    out: list[str] = []
    gender = None
    for t in reversed(words):
        found = [p for p in parses(t.text) if p.tag.case == "gent"]
        nouns = [p for p in found if p.tag.POS == "NOUN"]
        adjectives = [p for p in found if p.tag.POS == "ADJF"]
        if nouns and not (adjectives and out):
            gender = nouns[0].tag.gender
            form = inflect(nouns[0], {"sing", "gent"}) if nouns[0].tag.number == "plur" else None
            out.append((form or t.text).lower())
        elif adjectives:
            grammemes = {"sing", "gent"} | ({gender} if gender else set())
            out.append(inflect(adjectives[0], grammemes) or t.text)
        else:
            return None
    return out[::-1]
