"""Anaphora layer: a post said without a name, given to the person it refers to.

Runs after ``dw_posts``. News prose names a person once and then refers back by post or
pronoun: «Глава города Сергей Петров … Глава города отметил», «Сенатор Джон Керри прибыл в
Пакистан. Председатель комитета стал первым …», «Сейчас он является депутатом». A bare post
that is the subject of its clause goes to the only person already holding a post with that
head, else to the one person named in the previous sentence; a subject pronoun with a
predicate post goes to the one person before it. Several candidates, a pronoun that already
took the last person, or a verb of the other gender leave the post unassigned. Finally each
person keeps one record per distinct post.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Token

from .bare_duties import bare_duties
from .doc_view import view
from .latter_anaphora import LATTER, latter_gender, latter_person
from .lead_post import lead_posts
from .lexicon import SETTLEMENT_NOUNS
from .morph import known, lemma, parses
from .nominal_election import nominal_election_posts
from .nominative_mention import nominative_mention
from .object_possessor import object_possessor
from .office_anaphora import office_posts
from .people import Person, Post
from .place_adjective_titles import plain_place_office
from .post_before import posts_before
from .post_gaps import gapped_complements
from .post_heads import is_head, is_head_word, is_pronoun, may_be_head
from .posts import (
    AGAIN,
    DASHES,
    DUTIES,
    DUTY_VERBS,
    HEADING_VERBS,
    HOLDING_VERBS,
    LEFT_POST_VERBS,
    POST_NOUNS,
    SENTENCE_ENDS,
    YEARS_SPAN,
    PostScanner,
    distinct_posts,
    is_link,
    leaves_post,
)
from .predicate_gap import repeat_ahead
from .reflexive_election import reflexive_election_posts
from .source_lead import past_source_lead
from .speech_addressee import verb_before
from .successive_holders import successive_holders

SUBJECT_PRONOUNS = {"он": "masc", "она": "femn"}
# after «на»: «На него возложены полномочия главы»
OBJECT_PRONOUNS = {"него": "masc", "неё": "femn", "нее": "femn"}
# particles between a subject pronoun and its verb: «она и стала», «он же возглавил»
EMPHATIC_PARTICLES = frozenset({"и", "же", "ведь", "тоже", "также"})
EARLIER_WORDS = frozenset({"ранее", "раньше", "прежде", "затем", "потом", "позже", "также"})
SPEAKER_SENTENCES = 4  # how far a post said before any name looks for the person quoted
REFERENT_SENTENCES = 3  # how far back a bare post looks for the one person named
# «по словам / по мнению / по данным главы района»: the post speaks
ATTRIBUTION_NOUNS = frozenset({"слово", "мнение", "данные", "информация", "оценка"})
# «на эту должность назначен / выдвинут»: given (or put forward for) the post said before
APPOINTED_TO_POST = frozenset(
    "выдвинуть рекомендовать предложить назначить избрать выбрать переизбрать утвердить".split()
)
# «На смену ему пришёл …»: the one succeeded
SUCCEEDED_PRONOUNS = {"ему": "masc", "ей": "femn"}
# «его преемником может стать»: a successor not yet in office
MAYBE = frozenset({"мочь", "возможно", "вероятно", "видимо", "планироваться", "предполагаться"})
# «Им стал Марис Ильясов»: the pronoun stands for the post said before
INSTRUMENTAL_PRONOUNS = {"им": "masc", "ею": "femn", "ей": "femn"}
# words between «им стал» and the name: the name's own post phrase
PRONOUN_NAME_GAP = 9


def _finite(word: str) -> bool:
    """A verb in the indicative: «заявил», «считает» (not an infinitive or participle)."""
    found = parses(word)
    return bool(found) and found[0].tag.POS == "VERB" and "indc" in found[0].tag


def _name_like(word: str) -> bool:
    """«Лонгин» may be a name the NER missed; «Думы» (a known common noun) is not."""
    found = parses(word)
    if not found or not known(found[0].word):
        return True
    return any({"Name", "Surn", "Patr"} & set(p.tag.grammemes) for p in found)


def _predicative(word: str) -> bool:
    """«намерен», «уверен», «готов»: a short adjective as the predicate of a singular subject."""
    found = parses(word)
    return bool(found) and found[0].tag.POS == "ADJS" and found[0].tag.number == "sing"


def _between(mentions: list[tuple[int, int]], start: int, end: int) -> set[int]:
    """People (n) of the sorted (token, n) mentions with start <= token < end."""
    lo = bisect_left(mentions, (start, -1))
    hi = bisect_left(mentions, (end, -1))
    return {n for _, n in mentions[lo:hi]}


def _nominative_post(word: str) -> bool:
    """«президент», not «премьера» (a première in the nominative, a premier only in the
    genitive or accusative)."""
    return any(
        p.tag.case == "nomn" and p.tag.number != "plur" and is_head_word(p.normal_form)
        for p in parses(word)
        if p.tag.POS == "NOUN"
    )


# «— сказал Андрей Воробьёв»: verbs that attribute a quote to the person beside them
SPEECH_VERBS = frozenset(
    """сказать отметить подчеркнуть заявить рассказать пояснить добавить сообщить уточнить
    напомнить резюмировать признаться заверить считать говорить обратиться утверждать
    возразить возражать ответить отвечать отмечать подчёркивать подчеркивать заявлять
    рассказывать пояснять добавлять сообщать уточнять напоминать прокомментировать
    комментировать объяснить объяснять заметить констатировать уверять заверять""".split()
)


def _speech(word: str) -> bool:
    found = parses(word)
    return bool(found) and found[0].tag.POS == "VERB" and found[0].normal_form in SPEECH_VERBS


def _gender_fits(verb: Token, gender: str | None) -> bool:
    """«заявила» does not speak of a man."""
    tag = parses(verb.text)[0].tag
    said = tag.tense == "past" or tag.POS == "ADJS"
    return not (gender and tag.gender and said and tag.gender != gender)


# a bare post that names the holder of another head: «мэр» is the «глава города» named before
REFERRED_HEADS = {
    "мэр": "глава",
    "градоначальник": "глава",
    "сити-менеджер": "глава",
    "спикер": "председатель",
    "парламентарий": "депутат",
    "омбудсмен": "уполномоченный",
}


# «глава региона», «глава области»: the governor
REGION_WORDS = frozenset({"региона", "области", "края", "республики", "субъекта"})


def _referred_head(post: Post) -> str:
    words = post.title.lower().split()
    if post.head == "глава" and len(words) > 1 and words[1] in REGION_WORDS:
        return "губернатор"
    return REFERRED_HEADS.get(post.head, post.head)


def _unprefixed(post: Post) -> Post:
    """The post with «экс-» off its head: «экс-глава района» is the «глава района» held."""
    return replace(post, head=post.head.removeprefix("экс-"))


# posts many people hold at once: one of a body's people, not the one named before
MEMBER_HEADS = frozenset(
    "представитель сотрудник член специалист эксперт работник участник".split()
)


def _member_of_another(post: Post, posts: list[Post]) -> bool:
    """«Глава МИДа Олег Панов … Представитель ведомства вернулся в Москву»: a person named
    with a post is referred back to by that post, not by a post many people share, so a bare
    «представитель» or «сотрудник» is someone else."""
    return post.head in MEMBER_HEADS and any(p.head != post.head for p in posts)


# who reports on an official rather than is one: «сообщает корреспондент», «пресс-секретарь»
REPORTER_HEADS = frozenset(
    {"корреспондент", "журналист", "обозреватель", "пресс-секретарь", "редактор", "спецкор"}
)


def _settlement_kinds(post: Post) -> set[str]:
    """The kinds of place a post names: «глава района» -> {«район»}."""
    text = " ".join(x for x in (post.title, post.place) if x)
    return {w for w in map(lemma, re.findall(r"\w+", text.lower())) if w in SETTLEMENT_NOUNS}


def _other_level(held: Post, post: Post) -> bool:
    """The same head over another kind of place: «глава района» and «глава … сельского
    поселения» are two offices, two people."""
    if held.head != post.head:
        return False
    a, b = _settlement_kinds(held), _settlement_kinds(post)
    return bool(a) and bool(b) and not (a & b)


def _same_post(a: Post, b: Post) -> bool:
    """Same head (or one that names it), and no place or organisation that tells them apart."""
    ha, hb = _referred_head(a), _referred_head(b)
    return (
        (ha == hb or ha.startswith(hb + "-") or hb.startswith(ha + "-"))
        and not (a.place and b.place and a.place != b.place)
        and not (a.org and b.org and a.org != b.org)
    )


class AnaphoraScanner(PostScanner):
    """The post shapes of :class:`PostScanner`, read without a name beside them."""

    def free_phrases(self, taken: set[int]) -> Iterator[tuple[int, int, Post]]:
        """(start token, end token, first post) of each post phrase with no name in it,
        outside ``taken``, left to right: what the shapes said without a name start from."""
        i = 0
        texts = view(self.doc).texts
        while i < len(self.doc):
            if (
                i in self.ent_tokens
                or i in self.per
                or not may_be_head(texts[i])  # cheap first
                or not is_head(self.doc[i])
            ):
                i += 1
                continue
            start = self._extend_left(i)
            posts = self._phrase_at(start)
            if not posts or self._overlaps(posts[0], taken):
                i += 1
                continue
            end = self._token_at(posts[0].end)
            yield start, end, posts[0]
            i = max(end, i + 1)

    def subject_posts(
        self, people: list[Person], held: dict[int, list[Post]]
    ) -> list[tuple[int, Post]]:
        """(person, post) for a post without a name that is the subject of its clause:
        «Глава города Сергей Петров … Глава города отметил», «Сенатор Джон Керри прибыл в
        Пакистан. Председатель комитета стал первым …». It names the only person who already
        holds a post with that head, else the one person named in the previous sentence."""
        mentions = sorted((s, n) for n, person in enumerate(people) for s, _ in person.tokens)
        taken = self._covered(held)
        out: list[tuple[int, Post]] = []
        for start, end, post in self.free_phrases(taken):
            after = self._next(self._head_of(start, end) + 1)
            if after < len(self.doc) and self.doc[after].text[:1].isupper():
                if after not in self.ent_tokens and _name_like(self.doc[after].text):
                    continue  # «архиепископ Лонгин»: a name the NER missed, not a bare post
            attributed = self._attribution(start)
            verb = self._subject_verb(start, end)
            head_word = self.doc[self._head_of(start, end)].text
            if not attributed and (verb is None or not _nominative_post(head_word)):
                continue
            n = self._referent(held, mentions, post, start)
            if n is not None and post.head == "спикер":
                chairs = {"председатель", "спикер"}
                if not any(p.head in chairs for p in held.get(n, [])):
                    continue  # «С докладом выступил …. Как сообщил спикер»: who spoke
            if n is not None and self._named_later(people[n], end):
                continue  # «Глава города подписал приказ об увольнении … Крыжанова»: another
            if n is not None and (attributed or _gender_fits(verb, people[n].name.gender)):
                if any(p.head != post.head and _same_post(p, post) for p in held.get(n, [])):
                    continue  # «мэр» of the «глава города» named before: one post, said again
                out.append((n, post))
        return out

    def _named_later(self, person: Person, end: int) -> bool:
        """The person is named again after the bare post (ending at token ``end``) in its
        own sentence: the post is someone who acts on them, not them."""
        texts = view(self.doc).texts
        stop = end
        while stop < len(texts) and texts[stop] not in SENTENCE_ENDS and "\n" not in texts[stop]:
            stop += 1
        return any(end <= s < stop for s, _ in person.tokens)

    def _attribution(self, start: int) -> bool:
        """«По словам советника главы города, …»: the post is the speaker of its sentence."""
        noun = self._prev(start)
        prep = self._prev(noun)
        return (
            prep >= 0
            and self.doc[prep].text.lower() == "по"
            and lemma(self.doc[noun].text) in ATTRIBUTION_NOUNS
        )

    def pronoun_posts(
        self, people: list[Person], held: dict[int, list[Post]]
    ) -> list[tuple[int, Post]]:
        """(person, post) for «он является депутатом», «она стала председателем»: the pronoun
        stands for the one person named earlier in its sentence, else in the previous one."""
        mentions = sorted((s, n) for n, person in enumerate(people) for s, _ in person.tokens)
        taken = self._covered(held)
        out: list[tuple[int, Post]] = []
        for token in self._tokens(SUBJECT_PRONOUNS.__contains__):
            after = self._past_particle(token.i + 1)  # «Она и стала главой города»
            posts = (
                self.predicates_after(after, token.i)
                or self._nominative_post(token.i)
                or self._duties_after(after)
            )
            if not posts or self._overlaps(posts[0], taken):
                continue
            n = self._pronoun_person(people, mentions, token.i)
            if n is not None:
                out += [(n, post) for post in posts]
        return out + self._latter_posts(people, mentions, taken)

    def _latter_posts(
        self, people: list[Person], mentions: list[tuple[int, int]], taken: set[int]
    ) -> list[tuple[int, Post]]:
        """(person, post) for «… Ольга Воронова и Сергей Макаров. Последний исполнял
        обязанности главы города»: see :mod:`latter_anaphora`."""
        out: list[tuple[int, Post]] = []
        for token in self._tokens(LATTER.__contains__):
            sentence = self._sentence_start(token.i)
            gender = latter_gender(self.doc, token.i, sentence == token.i)
            if gender is None:
                continue
            after = self._next(token.i + 1)
            posts = self.predicates_after(after, token.i) or self._duties_after(after)
            if not posts or self._overlaps(posts[0], taken):
                continue
            previous = self._previous_sentence(sentence)
            named = [(s, n) for s, n in mentions if previous <= s < sentence]
            genders = {n: people[n].name.gender for _, n in named}
            n = latter_person(named, genders, gender)
            if n is not None:
                out += [(n, post) for post in posts]
        return out

    def _duties_after(self, i: int) -> list[Post]:
        """«Он будет временно исполнять полномочия спикера», «она исполняет обязанности
        главы»: a duty verb (past auxiliaries and adverbs) right after a subject pronoun and
        the duties of a post make its acting holder."""
        doc = self.doc
        for _ in range(3):
            if i < len(doc) and (self._auxiliary(i) or self._adverb(i)):
                i = self._next(i + 1)
            elif i < len(doc) and (skip := self._time_phrase(i)) > i:
                i = skip  # «он с 1 марта исполняет обязанности»
        found = parses(doc[i].text)[:1] if i < len(doc) else []
        if not found or found[0].normal_form not in DUTY_VERBS:
            return []
        if found[0].tag.POS not in {"VERB", "INFN"}:
            return []
        return self.acting_duties(self._next(i + 1))

    def _past_particle(self, i: int) -> int:
        """Past an emphatic particle between a subject pronoun and its verb («она и стала»,
        «он же возглавил», «он тоже избран»): the verb's token; ``i`` when no verb follows."""
        if i >= len(self.doc) or self.lower[i] not in EMPHATIC_PARTICLES:
            return i
        verb = self._next(i + 1)
        found = parses(self.doc[verb].text)[:1] if verb < len(self.doc) else []
        return verb if found and found[0].tag.POS in {"VERB", "PRTS"} else i

    def zero_subject_posts(
        self, people: list[Person], held: dict[int, list[Post]]
    ) -> list[tuple[int, Post]]:
        """(person, post) for a biography's «Вера Шилова родилась в Уфе. Окончила БГУ. В 2021
        году избрана главой района.»: a sentence that names nobody and opens, past a span of
        time or «ранее», with a past link verb and an instrumental post continues the last
        sentence (at most ``REFERENT_SENTENCES`` back, none between naming anyone) that names
        one person of the verb's gender."""
        doc = self.doc
        taken = self._covered(held)
        mentions = sorted((s, n) for n, person in enumerate(people) for s, _ in person.tokens)
        out: list[tuple[int, Post]] = []
        texts, space = view(doc).texts, view(doc).space
        starts = [
            i
            for i in range(len(texts))
            if not space[i] and (i == 0 or texts[i - 1] in SENTENCE_ENDS or "\n" in texts[i - 1])
        ]  # where ``_sentence_start`` of the token is the token, in one pass
        for start in starts:
            end = self._next_sentence(start)
            if not any(is_link(texts[k]) for k in range(start, end)):
                continue  # no link verb, no predicate post: the cheap test first
            if any(k in self.per or is_pronoun(texts[k]) for k in range(start, end)):
                continue
            posts = self.predicate_after(start)
            if not posts or self._overlaps(posts[0], taken):
                continue
            genders = {
                found[0].tag.gender
                for k in range(start, self._token_at(posts[0].start))
                if is_link(doc[k].text)
                and (found := parses(doc[k].text))
                and found[0].tag.tense == "past"
            }
            if len(genders) != 1 or not genders <= {"masc", "femn"}:
                continue
            n = self._continued_person(people, mentions, start, genders.pop())
            if n is not None:
                out += [(n, post) for post in posts]
        return out

    def dashed_biography_posts(
        self, people: list[Person], held: dict[int, list[Post]]
    ) -> list[tuple[int, Post]]:
        """(person, post) for a biography's «Иван Сомов родился в 1965 году. С 2010 года —
        глава района.»: a sentence that names nobody and is, past a span of time, a dash and
        a post phrase up to its end, continues the last sentence that names one person; a
        span that ends («в 2005–2010 годах», «ранее») makes the post former."""
        doc = self.doc
        taken = self._covered(held)
        mentions = sorted((s, n) for n, person in enumerate(people) for s, _ in person.tokens)
        out: list[tuple[int, Post]] = []
        continued: dict[int, int] = {}  # sentence start -> the person it continues
        for dash in (i for i, text in enumerate(view(doc).texts) if text in DASHES):
            start = self._sentence_start(dash)
            first = self._next(start)
            earlier = first < dash and doc[first].text.lower() in EARLIER_WORDS
            if earlier:
                first = self._next(first + 1)
            if first != dash and self._time_phrase(first) != dash:
                continue
            end = self._next_sentence(dash)
            if any(k in self.per or is_pronoun(doc[k].text) for k in range(start, end)):
                continue
            posts = self._phrase_at(self._next(dash + 1))
            if not posts or self._overlaps(posts[0], taken):
                continue
            after = self._next(self._token_at(posts[-1].end))
            if (
                after < len(doc)
                and doc[after].text not in SENTENCE_ENDS
                and "\n" not in doc[after].text
            ):
                continue  # «С 2010 года — глава района и …»: the phrase must close the sentence
            n = continued.get(self._previous_sentence(start))  # one biography line after another
            if n is None:
                n = next(
                    (
                        n
                        for gender in ("masc", "femn")
                        if (n := self._continued_person(people, mentions, start, gender))
                        is not None
                    ),
                    None,
                )
            if n is None:
                continue
            continued[start] = n
            ended = earlier or any(YEARS_SPAN.fullmatch(doc[k].text) for k in range(start, dash))
            for post in posts:
                if ended and post.status == "current":
                    post.status = "former"
                out.append((n, post))
        return out

    def _continued_person(
        self, people: list[Person], mentions: list[tuple[int, int]], sentence: int, gender: str
    ) -> int | None:
        """The one person of ``gender`` named in the nearest earlier sentence that names
        anyone, within ``REFERENT_SENTENCES``; the sentences between have no subject either
        («Окончила БГУ.», «С 2010 года работала в администрации.»)."""
        for _ in range(REFERENT_SENTENCES):
            if sentence <= 0:
                return None
            previous = self._previous_sentence(sentence)
            named = _between(mentions, previous, sentence)
            if named:
                fit = [n for n in named if people[n].name.gender in (None, gender)]
                return fit[0] if len(fit) == 1 and len(named) == 1 else None
            if not self._opens_with_verb(previous, gender):
                return None
            sentence = previous
        return None

    def _opens_with_verb(self, sentence: int, gender: str) -> bool:
        """The sentence opens, past a span of time or «ранее», with a past verb of
        ``gender``."""
        i = self._time_phrase(self._next(sentence))
        while i < len(self.doc) and self.doc[i].text.lower() in EARLIER_WORDS:
            i = self._next(i + 1)
        found = parses(self.doc[i].text) if i < len(self.doc) else []
        return (
            bool(found)
            and found[0].tag.POS in {"VERB", "PRTS"}
            and found[0].tag.tense == "past"
            and found[0].tag.gender == gender
        )

    def _nominative_post(self, pronoun: int) -> list[Post]:
        """«Сейчас он заместитель главы», «Он – председатель комиссии»: a post in the
        nominative right after a subject pronoun (over a dash) says what the person is."""
        doc = self.doc
        j = self._next(pronoun + 1)
        if j < len(doc) and doc[j].text in DASHES:
            j = self._next(j + 1)
        if j >= len(doc) or j in self.per or not is_head(doc[j]):
            return []
        if not any(p.tag.case == "nomn" and p.tag.POS == "NOUN" for p in parses(doc[j].text)):
            return []
        return self._phrase_at(j)

    def _pronoun_person(
        self, people: list[Person], mentions: list[tuple[int, int]], pronoun: int
    ) -> int | None:
        """The person a subject pronoun stands for: the one named earlier in its sentence, else
        in the previous one, of the pronoun's gender."""
        word = self.doc[pronoun].text.lower()
        gender = SUBJECT_PRONOUNS.get(word) or OBJECT_PRONOUNS.get(word)
        gender = gender or POSSESSIVE_GENDERS.get(word)  # «в связи с избранием его главой»
        if gender is None:
            return None
        sentence = self._sentence_start(pronoun)
        earlier = _between(mentions, sentence, pronoun)
        window = (sentence, pronoun)
        for _ in range(3):
            if earlier:
                break
            # «Иван Сомов родился … . В 2010 году он возглавил район. Сейчас он работает …»:
            # a previous sentence that names nobody passes on its own pronoun's person
            previous = self._previous_sentence(sentence)
            earlier = _between(mentions, previous, sentence)
            window = (previous, sentence)
            if earlier or previous >= sentence:
                break
            same = [
                k
                for k in range(previous, sentence)
                if SUBJECT_PRONOUNS.get(self.doc[k].text.lower()) == gender
            ]
            if not same and not self._opens_with_post(previous, sentence):
                break
            sentence = previous
        # «Вместо Сергея Ладыгина … комитет возглавила Анастасия Рудакова. Ранее она была …»:
        # only the people of the pronoun's gender stand for it
        fitting = {n for n in earlier if people[n].name.gender in (None, gender)}
        if len(fitting) > 1 and all(people[n].name.gender is not None for n in earlier):
            # «Распоряжением губернатора Сергея Белякова … назначен Роман Журавлёв. До этого
            # он …»: of several, the one named in the nominative is the subject
            subjects = {
                n
                for n in fitting
                for s, e in people[n].tokens
                if window[0] <= s < window[1] and nominative_mention(self.doc, s, e)
            }
            if len(subjects) == 1:
                return subjects.pop()
        if len(fitting) != 1 or (
            len(earlier) > 1 and any(people[n].name.gender is None for n in earlier)
        ):
            return None
        return fitting.pop()

    def _opens_with_post(self, start: int, end: int) -> bool:
        """«… возглавил Денис Трифонов. Новый замглавы прежде руководил отделом. Он сменил …»:
        a sentence from ``start`` that opens with a bare post in the nominative (its subject)
        and names nobody passes the person on like a pronoun of its own."""
        k = start
        while k < end and self.doc[k].is_space:
            k += 1
        k = past_source_lead(self.doc, k, end, set(self.per))  # «По данным СМИ, экс-глава …»
        if k >= end or not is_head(self.doc[k]) and not (k + 1 < end and is_head(self.doc[k + 1])):
            return False
        posts = self._phrase_at(k)
        if not posts or self._token_at(posts[0].end) >= end:
            return False
        last = self._token_at(posts[0].end)
        if last in self.per or self.doc[last].text in {",", "—", "–", "-"}:
            return False
        return _nominative_post(self.doc[self._head_of(k, last)].text)

    def named_by_pronoun(
        self, people: list[Person], held: dict[int, list[Post]]
    ) -> list[tuple[int, Post]]:
        """(person, post) for «…избрание председателя городского Собрания. Им стал Марис
        Ильясов», «сообщила о назначении первого заместителя. Им стал Сергей Авдеев»: «им»
        before a link verb stands for the post said last before it."""
        out: list[tuple[int, Post]] = []
        taken = self._covered(held)
        doc = self.doc
        for i, low in enumerate(self.lower):
            gender = INSTRUMENTAL_PRONOUNS.get(low)
            if gender is None:
                continue
            token = doc[i]
            verb = self._next(token.i + 1)
            while verb < len(doc) and doc[verb].text.lower() in AGAIN | {"же"}:
                verb = self._next(verb + 1)  # «Им вновь стал …»
            verb = repeat_ahead(doc, verb)  # «им второй созыв подряд стал …»
            if verb >= len(doc) or not is_link(doc[verb].text):
                continue
            j, seen = self._next(verb + 1), 0
            # the name may follow its own post: «им стал первый заместитель главы Брянской
            # городской администрации Виктор Предёха» (six words)
            while j < len(doc) and j not in self.per and seen < PRONOUN_NAME_GAP:
                if doc[j].text in SENTENCE_ENDS or doc[j].text in {",", ";", ":"}:
                    break
                j, seen = self._next(j + 1), seen + 1
            if j >= len(doc) or j not in self.per:
                continue
            mention = self.per[j].token_start
            n = next((m for m, p in enumerate(people) for s, _ in p.tokens if s == mention), None)
            # «им» agrees with the post («председатель»), the verb with the person: «Им стала
            # Ольга Кравченко»
            said = parses(doc[verb].text)
            verb_gender = said[0].tag.gender if said and said[0].tag.tense == "past" else None
            if n is None or people[n].name.gender not in (None, verb_gender or gender):
                continue
            post = self._last_post_before(token.i, taken)
            if post is not None:
                out.append((n, post))
        return out

    def predecessor_posts(
        self, people: list[Person], held: dict[int, list[Post]]
    ) -> list[tuple[int, Post]]:
        """(person, post) for «Её предшественник Артём Зуев», «Вахрушев сменил на посту Петра
        Ланского»: the predecessor held, before, the post of the person named just before."""
        doc = self.doc
        owner = {s: n for n, person in enumerate(people) for s, _ in person.tokens}
        mentions = sorted(owner.items())
        out: list[tuple[int, Post]] = []
        for i, low in enumerate(self.lower):
            if not low.startswith(("предшественни", "смени", "преемни")) and low not in {
                "вместо",
                "смену",
            }:
                continue  # the cheap test first: each branch below needs one of these
            token = doc[i]
            if low.startswith("предшественни"):
                name = self._next(token.i + 1)  # «предшественник Артём Зуев»
            elif low.startswith("смени") and _finite(token.text):
                name = self._next(token.i + 1)  # «сменил на (этом) посту Петра Ланского»
                while name < len(doc) and doc[name].text.lower() in {"на", "этом", "посту"}:
                    name = self._next(name + 1)
                if name > token.i + 2:  # «сменил на посту главы города Виктора Кравца»
                    ahead = range(name, min(len(doc), name + 6))
                    name = next((j for j in ahead if j in self.per or not _word(doc[j])), name)
            elif low == "вместо":
                out += self._instead_of(people, held, owner, mentions, token)
                continue
            elif low.startswith("преемни") or (
                low == "смену"
                and self._prev(token.i) >= 0
                and doc[self._prev(token.i)].text.lower() == "на"
            ):
                out += self._successor_posts(people, held, owner, mentions, token)
                continue
            else:
                continue
            if name >= len(doc) or name not in self.per:
                continue
            if not low.startswith("предшественни") and self._nominative(name):
                out += self._succeeded(people, held, owner, mentions, token, name)
                continue
            predecessor = owner.get(self.per[name].token_start)
            subject = self._prev(token.i)
            if subject >= 0 and self.lower[subject] in SUBJECT_PRONOUNS:
                # «Новый замглавы прежде руководил отделом. Он сменил Марину Лаптеву»
                successor = self._pronoun_person(people, mentions, subject)
            else:
                successor = self._successor(mentions, token.i, predecessor)
            if predecessor is None or successor is None:
                continue
            posts = [p for p in held.get(successor, []) if p.start < doc[name].idx]
            current = [p for p in posts if p.status in ("current", "acting", "elect")]
            if not current and not low.startswith("предшественни"):
                # «Панов сменил на посту главы города Виктора Кравца»: the post phrase is the
                # predecessor's apposition; he held it, the successor holds it now
                out += self._taken_over(held, predecessor, successor, token)
                continue
            if current:
                last = current[-1]
                span = {"start": token.idx, "end": token.idx + len(token)}
                out.append((predecessor, replace(last, **span, status="former")))
        return out

    def _nominative(self, i: int) -> bool:
        """The name at token i is a subject: every word of it reads as a nominative and one
        only as that («Анна Лосева», not «Виктора Кравца» nor a bare «Лосева»)."""
        ent = self.per[i]
        words = [t.text for t in self.doc[ent.token_start : ent.token_end] if t.text.isalpha()]
        readings = [
            {p.tag.case for p in parses(w) if {"Name", "Surn", "Patr"} & set(p.tag.grammemes)}
            for w in words
            if len(w) > 1
        ]
        readings = [r for r in readings if r]
        return (
            bool(readings)
            and all("nomn" in r for r in readings)
            and any(r == {"nomn"} for r in readings)
        )

    def _succeeded(
        self,
        people: list[Person],
        held: dict[int, list[Post]],
        owner: dict[int, int],
        mentions: list[tuple[int, int]],
        verb: Token,
        name: int,
    ) -> list[tuple[int, Post]]:
        """«На посту главы города Виктора Кравца сменил Алексей Панов»: the object before the
        verb held the post, the subject after it holds it now."""
        successor = owner.get(self.per[name].token_start)
        sentence = self._sentence_start(verb.i)
        before = [n for s, n in mentions if sentence <= s < verb.i and n != successor]
        if successor is None or not before:
            return []
        predecessor = before[-1]
        posts = [
            p
            for p in held.get(predecessor, [])
            if p.start < verb.idx and p.status in ("current", "acting")
        ]
        if not posts:
            return []
        for post in posts:
            post.status = "former"
        last = posts[-1]  # the successor's post is said by the same phrase («на посту главы»)
        return [
            (successor, Post(last.title, last.org, last.place, last.start, last.end, last.head))
        ]

    def this_post(
        self, people: list[Person], held: dict[int, list[Post]]
    ) -> list[tuple[int, Post]]:
        """(person, post) for «…избрали председателем Зарину Кудаеву. Ранее эту должность
        занимал Сергей Козлов»: «эта должность» is the post said last before it."""
        doc = self.doc
        owner = {s: n for n, person in enumerate(people) for s, _ in person.tokens}
        out: list[tuple[int, Post]] = []
        for i, text in enumerate(view(doc).texts):
            if lemma(text) not in POST_NOUNS:
                continue
            token = doc[i]
            this = self._prev(token.i)
            if this < 0 or lemma(doc[this].text) not in {"этот", "данный", "тот"}:
                continue
            after = self._next(token.i + 1)
            while after < len(doc) and doc[after].text.lower() in EARLIER_WORDS:
                after = self._next(after + 1)  # «Эту должность прежде занимал»
            near = [j for j in (self._prev(this), after) if 0 <= j < len(doc)]
            verbs = [found[0] for j in near if (found := parses(doc[j].text))]
            verbs = [v for v in verbs if v.normal_form in HOLDING_VERBS | LEFT_POST_VERBS]
            appointed = not verbs and self._appointed_to(this, token.i)
            # the one appointed is named after «на эту должность назначен» (an active verb's
            # subject and object are too easily confused: «… предложил Малютин»)
            mention = self._sentence_person(token.i, (1,) if appointed else (-1, 1))
            if not (verbs or appointed) or mention is None or mention not in owner:
                continue
            said = [p for posts in held.values() for p in posts if p.end <= doc[this].idx]
            if verbs:
                # «Сокращена должность заместителя мэра. Ранее этот пост занимал …»: a post
                # said by «должность / пост» in the sentence before, held by nobody
                start = self._previous_sentence(self._sentence_start(this))
                unheld = self._unheld_post(start, this, held, self._named_office)
                said += [unheld] if unheld is not None else []
            if appointed:
                # «избрали нового председателя. На эту должность выдвинут …»: the post said
                # last in the sentence before, held by someone or by nobody
                start = self._previous_sentence(self._sentence_start(this))
                unheld = self._unheld_post(start, this, held)
                said += [unheld] if unheld is not None else []
                said = [p for p in said if p.start >= doc[start].idx]
            if not said:
                continue
            post = max(said, key=lambda p: p.start)
            status = "former" if verbs and leaves_post(verbs[0]) else "current"
            span = (doc[this].idx, token.idx + len(token))
            out.append(
                (owner[mention], Post(post.title, post.org, post.place, *span, post.head, status))
            )
        return out

    def _named_office(self, post: Post) -> bool:
        """The post phrase is governed by a post noun: «должность заместителя мэра»."""
        before = self._prev(self._token_at(post.start))
        return before >= 0 and lemma(self.doc[before].text) in POST_NOUNS

    def _appointed_to(self, this: int, noun: int) -> bool:
        """«На эту должность назначен …», «на этот пост был выдвинут …»: a passive verb of
        appointing right after «на этот пост» (past «был» and adverbs)."""
        doc = self.doc
        before = self._prev(this)
        if before < 0 or doc[before].text.lower() != "на":
            return False
        j = self._next(noun + 1)
        while j < len(doc) and (doc[j].text.lower() in AGAIN or lemma(doc[j].text) == "быть"):
            j = self._next(j + 1)
        return (
            j < len(doc)
            and doc[j].text.isalpha()
            and any(
                p.tag.POS == "PRTS" and p.normal_form in APPOINTED_TO_POST
                for p in parses(doc[j].text)
            )
        )

    def pronoun_duties(
        self, people: list[Person], held: dict[int, list[Post]]
    ) -> list[tuple[int, Post]]:
        """(person, post) for «Ринат Ахметчин подал в отставку. Его обязанности будет исполнять
        первый заместитель Андрей Шевченко»: the duties of the person a possessive stands for
        make the one who performs them acting holder of that person's post."""
        doc = self.doc
        owner = {s: n for n, person in enumerate(people) for s, _ in person.tokens}
        mentions = sorted(owner.items())
        out: list[tuple[int, Post]] = []
        for i, low in enumerate(self.lower):
            gender = POSSESSIVE_GENDERS.get(low)
            if gender is None:
                continue
            token = doc[i]
            duties = self._next(token.i + 1)
            if duties >= len(doc) or lemma(doc[duties].text) not in DUTIES:
                continue
            window = range(max(0, token.i - 4), min(len(doc), duties + 5))
            verbs = [j for j in window if _performs(doc[j].text)]
            if not verbs:
                continue
            left, right = min(token.i, verbs[0]), max(duties, verbs[0])
            subject_start = self._person_beside(left, right)
            if subject_start is None:
                continue
            subject = owner.get(subject_start)
            start = self._previous_sentence(self._sentence_start(token.i))
            before = [n for s, n in mentions if start <= s < token.i and n != subject]
            referents = [
                n for n in dict.fromkeys(reversed(before)) if people[n].name.gender == gender
            ]
            if subject is not None and not referents and gender == "masc":
                # «Полномочия главы поселения прекращены. До выборов его обязанности исполняет
                # заместитель Юрий Гринёв»: «его» stands for the post said before, unheld
                post = self._unheld_post(start, token.i, held)
                if post is not None:
                    span = (doc[duties].idx, doc[duties].idx + len(doc[duties]))
                    out.append(
                        (
                            subject,
                            Post(post.title, post.org, post.place, *span, post.head, "acting"),
                        )
                    )
                continue
            if subject is None or not referents:
                continue
            # «Семёнов ушёл с должности. Его полномочия переданы …»: also a post just left
            posts = [p for p in held.get(referents[0], []) if p.status != "elect"]
            if posts:
                post = posts[-1]
                span = (doc[duties].idx, doc[duties].idx + len(doc[duties]))
                out.append(
                    (subject, Post(post.title, post.org, post.place, *span, post.head, "acting"))
                )
        return out

    def _unheld_post(
        self,
        start: int,
        end: int,
        held: dict[int, list[Post]],
        keep: Callable[[Post], bool] | None = None,
    ) -> Post | None:
        """The last post phrase between tokens start and end that names nobody: no name
        right after it and no one holding it (and, given ``keep``, that it keeps)."""
        spans = [(p.start, p.end) for posts in held.values() for p in posts]
        found = None
        i = start
        while i < end:
            if not is_head(self.doc[i]) or self._prev(i) >= 0 and is_head(self.doc[self._prev(i)]):
                i += 1
                continue
            posts = self._phrase_at(self._extend_left(i))
            if not posts:
                i += 1
                continue
            post = posts[0]
            after = self._token_at(post.end)
            owned = any(a < post.end and post.start < b for a, b in spans)
            if not owned and self._next(after) not in self.per and after <= end:
                if keep is None or keep(post):
                    found = post
            i = max(i + 1, after)
        return found

    def _instead_of(
        self,
        people: list[Person],
        held: dict[int, list[Post]],
        owner: dict[int, int],
        mentions: list[tuple[int, int]],
        token: Token,
    ) -> list[tuple[int, Post]]:
        """«Вместо ушедшего в отставку Виктора Глухова председателем комитета избран Артур
        Юсупов»: the one replaced held the post the other takes in the same sentence."""
        doc = self.doc
        ahead = range(token.i + 1, min(len(doc), token.i + 8))
        name = next((j for j in ahead if j in self.per), None)
        if name is None or any(doc[j].text in SENTENCE_ENDS for j in range(token.i, name)):
            return []
        predecessor = owner.get(self.per[name].token_start)
        start, end = self._sentence_start(token.i), self._sentence_end(name)
        later = [n for s, n in mentions if name < s < end and n != predecessor]
        # «Олег Денисов назначен главой района вместо Александра Басова»: the one named
        # before «вместо» in the same sentence when no one is named after it
        earlier = [n for s, n in mentions if start <= s < token.i and n != predecessor]
        others = later[:1] or earlier[-1:]
        if predecessor is None or not others:
            return []
        # a post the other is given by a link verb: «председателем избран», «капитаном стал»
        # («Главой района вместо Басова назначен Денисов»: said before «вместо» too)
        taken = [
            p
            for p in held.get(others[0], [])
            if doc[start].idx <= p.start < doc[end - 1].idx
            and p.status in ("current", "elect", "acting")
            and (_instrumental_at(doc, self._token_at(p.start)) or self._headed(p))
        ]
        return [(predecessor, replace(p, status="former")) for p in taken[:1]]

    def _successor_posts(
        self,
        people: list[Person],
        held: dict[int, list[Post]],
        owner: dict[int, int],
        mentions: list[tuple[int, int]],
        token: Token,
    ) -> list[tuple[int, Post]]:
        """«Его преемником стал Виктор Сухов», «Преемником Игоря Лаптева на посту главы стал
        …», «На смену главе района Игорю Лаптеву пришёл …»: the one succeeded held the post,
        the successor holds it now. The one succeeded is the name right after the word (past
        a post phrase), else the person a possessive before it stands for."""
        doc = self.doc
        sentence = self._sentence_start(token.i)
        end = self._sentence_end(token.i)
        ahead = range(token.i + 1, min(end, token.i + 8))
        name = next((j for j in ahead if j in self.per), None)
        # only a post phrase between: «на смену главе района Игорю Лаптеву»
        named = (
            name is not None
            and not self._nominative(name)  # «преемником стал Виктор Сухов»: the successor
            and all(doc[j].text.islower() for j in range(token.i + 1, name))
        )
        before, after = self._prev(token.i), self._next(token.i + 1)
        pronoun = {before: POSSESSIVE_GENDERS, after: SUCCEEDED_PRONOUNS}
        pronoun = {
            j: genders[doc[j].text.lower()]
            for j, genders in pronoun.items()
            if 0 <= j < len(doc) and doc[j].text.lower() in genders
        }
        if named:
            predecessor = owner.get(self.per[name].token_start)
        elif pronoun:
            (j, gender), *_ = pronoun.items()
            start = self._previous_sentence(sentence)
            earlier = [n for s, n in mentions if start <= s < min(j, token.i)]
            predecessor = next(
                (n for n in reversed(earlier) if people[n].name.gender in (None, gender)), None
            )
        else:
            return []
        in_sentence = [n for s, n in mentions if sentence <= s < end and n != predecessor]
        if predecessor is None or len(set(in_sentence)) != 1:
            return []
        successor = in_sentence[0]
        posts = [p for p in held.get(predecessor, []) if p.status in ("current", "acting")]
        if not posts or any(_same_post(p, posts[-1]) for p in held.get(successor, [])):
            return []
        last = posts[-1]
        span = {"start": token.idx, "end": token.idx + len(token)}
        if any(lemma(t.text) in MAYBE for t in doc[sentence:end]):
            # «Его преемником может стать …»: not yet
            return [(successor, replace(last, **span, status="elect"))]
        last.status = "former"
        return [(successor, replace(last, **span, status="current"))]

    def _headed(self, post: Post) -> bool:
        """The post was read off a verb of heading («комитет возглавила …»)."""
        return any(
            lemma(t.text) in HEADING_VERBS
            for t in self.doc[self._token_at(post.start) : self._token_at(post.end) + 1]
        )

    @staticmethod
    def _taken_over(
        held: dict[int, list[Post]], predecessor: int, successor: int, verb: Token
    ) -> list[tuple[int, Post]]:
        """The predecessor's posts written after the verb go behind him and to the successor,
        said by the same phrase («сменил на посту главы города Виктора Кравца»)."""
        posts = [
            p
            for p in held.get(predecessor, [])
            if p.start > verb.idx and p.status in ("current", "acting")
        ]
        for post in posts:
            post.status = "former"
        return [(successor, replace(p, status="current")) for p in posts[-1:]]

    def _successor(
        self, mentions: list[tuple[int, int]], i: int, predecessor: int | None
    ) -> int | None:
        """The person named last before token i, in its sentence or the one before."""
        start = self._previous_sentence(self._sentence_start(i))
        before = [n for s, n in mentions if start <= s < i and n != predecessor]
        return before[-1] if before else None

    def _last_post_before(self, i: int, taken: set[int]) -> Post | None:
        """The last post phrase in the sentence before token i, or earlier in its own."""
        sentence = self._sentence_start(i)
        start = self._previous_sentence(sentence)
        head = next((j for j in range(i - 1, start - 1, -1) if is_head(self.doc[j])), None)
        if head is None or head in self.per or head in taken:
            return None
        first = self._extend_left(head)
        before = self._prev(first)
        while before >= start and is_head(self.doc[before]) and before not in taken:
            head, first = before, self._extend_left(before)  # «заместителя председателя»
            before = self._prev(first)
        posts = self._phrase_at(first)
        return posts[0] if posts else None

    def _covered(self, held: dict[int, list[Post]]) -> set[int]:
        """Tokens inside the posts found so far (a set: a long text holds thousands)."""
        return {
            i
            for posts in held.values()
            for p in posts
            for i in range(self._token_at(p.start), self._token_at(p.end))
        }

    def _overlaps(self, post: Post, taken: set[int]) -> bool:
        return any(i in taken for i in range(self._token_at(post.start), self._token_at(post.end)))

    def _head_of(self, start: int, end: int) -> int:
        return next(j for j in range(start, end) if is_head(self.doc[j]))

    def _subject_verb(self, start: int, end: int) -> Token | None:
        """The finite verb the phrase is the subject of: right after it (a circumstance may
        come between: «Глава государства во время форума заявил»), or right before it in
        inverted order («Как отметил премьер»)."""
        before = self._prev(start)
        if before >= 0 and _finite(self.doc[before].text):
            return self.doc[before]
        j, seen = self._next(end), 0
        while j < len(self.doc) and seen < 8:
            text = self.doc[j].text
            if text in SENTENCE_ENDS or "\n" in text or j in self.per or text in {",", ":", ";"}:
                return None
            if _finite(text) or _predicative(text):
                return self.doc[j]
            if is_head(self.doc[j]):
                return None
            j, seen = self._next(j + 1), seen + 1
        return None

    def _referent(
        self, held: dict[int, list[Post]], mentions: list[tuple[int, int]], post: Post, start: int
    ) -> int | None:
        holders = [
            n
            for n, posts in held.items()
            if any(
                p.start < post.start and _same_post(p, post) and not _other_level(p, post)
                for p in posts
            )
        ]
        if holders:
            return holders[0] if len(holders) == 1 else None
        speaker = self._same_speaker(mentions, start)
        if speaker is not None:
            return speaker
        sentence = self._sentence_start(start)
        named = _between(mentions, sentence, start)
        quoted = self._quoted_by(mentions, sentence, start)
        if quoted is not None:
            return quoted
        if named:
            return None  # a name earlier in its own sentence: that is another shape's business
        if any(is_pronoun(t.text) for t in self.doc[sentence:start]):
            return None  # «По его словам, председатель КГБ угрожал»: «его» took the last person
        previous = self._previous_sentence(sentence)
        earlier = _between(mentions, previous, sentence)
        if not earlier and not _between(mentions, 0, sentence):
            return self._speaker_next(held, mentions, sentence)
        back = previous
        for _ in range(REFERENT_SENTENCES - 1):
            if earlier or back == 0:
                break
            # «Георгий Колягин принял обращение. Горожан беспокоит … Вопрос взят на контроль.
            # Председатель Думы намерен …»: sentences without anyone between
            back = self._previous_sentence(back)
            earlier = _between(mentions, back, sentence)
        if not earlier:
            # «Олег Панов … . Переговоры заняли день. Президент Франции прибыл в Москву. «…», —
            # заявил Эммануэль Макрон»: nobody in reach before, the one quoted after
            return self._speaker_next(held, mentions, sentence)
        if len(earlier) != 1:
            return None  # several people to choose from
        n = earlier.pop()
        if any(p.place and post.place and p.place != post.place for p in held.get(n, [])):
            return None
        if any(_other_level(p, post) for p in held.get(n, [])):
            return None  # «Глава района Варакин …. Глава … сельского поселения доложил»
        if post.head in REPORTER_HEADS and any(p.head != post.head for p in held.get(n, [])):
            return None  # «Глава района Вершинин …. Как сообщает корреспондент …»: the reporter
        if _member_of_another(post, held.get(n, [])):
            return None
        return n

    def _quoted_by(self, mentions: list[tuple[int, int]], sentence: int, start: int) -> int | None:
        """«Юлиан Седов: «Мы построим школу», — заявил мэр»: the one name that opens the
        sentence before a colon and a quotation is the speaker the post after it names."""
        named = [(s, n) for s, n in mentions if sentence <= s < start]
        if len({n for _, n in named}) != 1 or named[0][0] != self._next(sentence):
            return None
        colon = self._next(self.per[named[0][0]].token_end)
        quote = self._next(colon + 1)
        if colon >= start or self.doc[colon].text != ":" or self.doc[quote].text != "«":
            return None
        dash = self._prev(self._prev(start))  # «…», — заявил мэр
        if (
            dash < 0
            or self.doc[dash].text not in DASHES
            or not _speech(self.doc[self._prev(start)].text)
        ):
            return None
        return named[0][1]

    def _speaker_next(
        self, held: dict[int, list[Post]], mentions: list[tuple[int, int]], sentence: int
    ) -> int | None:
        """«Губернатор поздравил жителей. … «…», — сказал Андрей Воробьёв»: a post said
        before anyone is named goes to the first person quoted in the next few sentences,
        when that person has no post of their own."""
        start = self._next_sentence(sentence)
        end = start
        for _ in range(SPEAKER_SENTENCES):
            end = self._next_sentence(end, quoted=True)
        for s, n in mentions:
            if start <= s < end and (self._speaks(s) or self._attribution(s)):
                return None if held.get(n) else n
        # «Мэр города поздравил ветеранов. Олег Рыжов пожелал им здоровья»: the name that
        # opens the very next sentence as its subject
        first = next((s for s, _ in mentions if s >= start), None)
        if first == start and self._opens_as_subject(first):
            n = next(n for s, n in mentions if s == first)
            return None if held.get(n) else n
        return None

    def _opens_as_subject(self, mention: int) -> bool:
        """The name at token ``mention`` is followed by a finite verb: «Олег Рыжов пожелал»."""
        ent = self.per.get(mention)
        if ent is None:
            return False
        verb = self._next(ent.token_end)
        return verb < len(self.doc) and _finite(self.doc[verb].text)

    def _speaks(self, mention: int) -> bool:
        """Is the name at token ``mention`` the subject of a verb of saying beside it?"""
        ent = self.per.get(mention)
        end = ent.token_end if ent is not None else mention + 1
        # «…», — сказал журналистам Брагин: the verb past the addressee
        beside = (verb_before(self.doc, mention, self._prev), self._next(end))
        return any(0 <= i < len(self.doc) and _speech(self.doc[i].text) for i in beside)

    def _same_speaker(self, mentions: list[tuple[int, int]], start: int) -> int | None:
        """«“…”, — возражает Анатолий Выборный. … «…», — утверждает депутат»: a bare post
        that attributes a quote is the person who attributed the last quote before it in
        the same paragraph."""
        verb = self._prev(start)
        if verb < 0 or not _speech(self.doc[verb].text):
            return None
        dash = self._prev(verb)
        if dash < 0 or self.doc[dash].text not in DASHES:
            return None  # only a quote's attribution: «…», — утверждает депутат
        for s, n in reversed(mentions):
            if s >= start:
                continue
            if any("\n" in t.text for t in self.doc[s:start]):
                return None  # only within its paragraph: a new paragraph may quote another
            if self._speaks(s) and self._attributes_quote(s):
                return n
        return None

    def _attributes_quote(self, mention: int) -> bool:
        """A dash right before the verb that stands before the name: «…», — сказал Петров."""
        verb = verb_before(self.doc, mention, self._prev)
        return verb >= 1 and self.doc[self._prev(verb)].text in DASHES

    def _next_sentence(self, start: int, quoted: bool = False) -> int:
        """Start of the sentence after the one holding token ``start``; ``quoted``: a quotation
        of several sentences («…. …. …», – отметил …) counts as one."""
        j, depth = start, 0
        texts, space = view(self.doc).texts, view(self.doc).space
        while j < len(texts) and (depth > 0 or texts[j] not in SENTENCE_ENDS):
            text = texts[j]
            if "\n" in text:
                break
            if quoted and text == "«":
                depth += 1
            elif quoted and text == "»":
                depth = max(0, depth - 1)
            j += 1
        while j < len(texts) and (space[j] or texts[j] in SENTENCE_ENDS):
            j += 1
        return j

    def _previous_sentence(self, sentence: int) -> int:
        """Start of the sentence before the one starting at ``sentence``."""
        j = sentence - 1
        while j > 0 and (self.doc[j].is_space or self.doc[j].text in SENTENCE_ENDS):
            j -= 1
        return self._sentence_start(j)

    def _sentence_start(self, i: int) -> int:
        texts = view(self.doc).texts
        while i > 0:
            text = texts[i - 1]
            if text in SENTENCE_ENDS or "\n" in text:
                return i
            i -= 1
        return 0


class PronounScanner(AnaphoraScanner):
    """The shapes that need a subject («занимал должность …», «возглавлял комитет …») read
    with a subject pronoun in place of the name: «Ранее он занимал должность первого
    заместителя», «До этого она возглавляла отдел». The pronoun stands for the one person
    named earlier in its sentence, else in the previous one, of the pronoun's gender."""

    def __init__(self, doc: Doc, people: list[Person]) -> None:
        super().__init__(doc)
        self.people = people
        self.mentions = sorted((s, n) for n, person in enumerate(people) for s, _ in person.tokens)

    def _stands_for(self, pronoun: int) -> int | None:
        """The mention start of the person a subject pronoun stands for."""
        n = self._pronoun_person(self.people, self.mentions, pronoun)
        return None if n is None else self.people[n].tokens[0][0]

    def _pronoun_owner(self, i: int) -> int | None:
        return self._stands_for(i) if self.lower[i] in SUBJECT_PRONOUNS else None

    def _sentence_person(self, i: int, steps: tuple[int, ...] = (-1, 1)) -> int | None:
        """Only a pronoun before token i in a sentence that names nobody."""
        start = self._sentence_start(i)
        j = self._next(i + 1)
        while j < len(self.doc) and self.doc[j].text not in SENTENCE_ENDS:
            if j in self.per:
                return None
            j += 1
        if any(k in self.per for k in range(start, i)):
            return None
        pronouns = [k for k in range(start, i) if self.doc[k].text.lower() in SUBJECT_PRONOUNS]
        return self._stands_for(pronouns[-1]) if pronouns else None

    def _person_beside(self, left: int, right: int, participle: bool = False) -> int | None:
        """Only a pronoun right before the verb phrase («он возглавлял»), no name after it."""
        after = self._next(right + 1)
        if after < len(self.doc) and after in self.per:
            return None
        before = self._skip_earlier(self._prev(left))
        if before >= 0 and self.doc[before].text.lower() in SUBJECT_PRONOUNS:
            return self._stands_for(before)
        # «До этого он пять лет возглавлял управление»: a span of time between them
        for k in range(before, max(before - 6, -1), -1):
            if self.doc[k].text in SENTENCE_ENDS:
                break
            if self.doc[k].text.lower() in SUBJECT_PRONOUNS:
                if self._time_phrase(self._next(k + 1)) == left:
                    return self._stands_for(k)
                break
        found = self._post_subject(before)
        if found is None and (joiner := self._joiner_before(left)) is not None:
            found = self._joined_pronoun(joiner)
        return found

    def laid_on_pronoun(self) -> list[tuple[int, Post]]:
        """(mention start, post) for «Заместителем председателя избран Илья Ивашов. На него
        возложены полномочия главы города»: the person «на него» stands for is acting holder
        of the post whose duties are laid on him."""
        out = []
        for token in self._tokens(OBJECT_PRONOUNS.__contains__):
            if self.lower[self._prev(token.i)] != "на":
                continue
            verb = self._next(token.i + 1)
            while verb < len(self.doc) and self._adverb_before_verb(verb) and verb - token.i < 4:
                verb = self._next(verb + 1)
            if verb >= len(self.doc) or not self.lower[verb].startswith("возлож"):
                continue
            posts = self.laid_duties(verb)
            person = self._stands_for(token.i) if posts else None
            if person is not None:
                out += [(person, post) for post in posts]
        return out

    def _joined_pronoun(self, joiner: int) -> int | None:
        """«Он работал программистом, затем руководил отделом», «…, а с 2019 года
        возглавляет»: a joined predicate shares the sentence's one subject pronoun when the
        sentence names nobody before the joiner and a verb follows the pronoun."""
        start = self._sentence_start(joiner)
        if any(k in self.per for k in range(start, joiner)):
            return None
        pronouns = [k for k in range(start, joiner) if self.lower[k] in SUBJECT_PRONOUNS]
        if len(pronouns) != 1:
            return None
        verbs = (
            k
            for k in range(pronouns[0] + 1, joiner)
            if (found := parses(self.doc[k].text)) and found[0].tag.POS == "VERB"
        )
        return self._stands_for(pronouns[0]) if next(verbs, None) is not None else None

    def post_subject_predicates(self) -> list[tuple[int, Post]]:
        """(mention start, post) for «Главой района назначен Андрей Гладких. Последние три года
        новый глава работал заместителем главы района»: a post in the nominative that opens its
        sentence (maybe past a span of time or «ранее») is the subject of a past link verb and
        an instrumental post held before; it stands for the person subject_posts would name by
        it. A post taken now («Глава района стал …») is left alone: too often another person."""
        doc = self.doc
        held = {n: list(person.posts) for n, person in enumerate(self.people)}
        out: list[tuple[int, Post]] = []
        for token in doc:
            i = token.i
            if token.is_space or (i > 0 and doc[i - 1].text not in SENTENCE_ENDS):
                continue
            start = self._time_phrase(i)
            while start < len(doc) and self.lower[start] in EARLIER_WORDS:
                start = self._next(start + 1)
            if start >= len(doc) or start in self.per or not self._post_word(start):
                continue
            posts = self._phrase_at(start)
            if not posts:
                continue
            end = self._token_at(posts[0].end)
            if end >= len(doc) or end in self.per or doc[end].text in {",", "—", "–", "-"}:
                continue  # «Глава района Иван …», «Глава района, …»: not a bare subject
            if not _nominative_post(doc[self._head_of(start, end)].text):
                continue
            found = self.predicates_after(end, start)
            if not found or any(post.status != "former" for post in found):
                continue  # a biography's past posts («работал», «был»), not a new title
            n = self._referent(held, self.mentions, posts[0], start)
            if n is not None and not any(_same_post(p, found[0]) for p in held[n]):
                out += [(self.people[n].tokens[0][0], post) for post in found]
        return out

    def _post_word(self, i: int) -> bool:
        """A post's head at token i, or an adjective before one («новый глава»)."""
        return is_head(self.doc[i]) or (
            self._adjective(i) and i + 1 < len(self.doc) and is_head(self.doc[self._next(i + 1)])
        )

    def _post_subject(self, last: int) -> int | None:
        """«Заместителем назначен Денис Трифонов. Новый замглавы района прежде руководил
        отделом»: a post in the nominative that opens its sentence and ends right before the
        verb phrase is its subject, standing for the person subject_posts would name by it."""
        if last < 0 or last in self.per:
            return None
        start = self._sentence_start(last)
        posts = self._phrase_at(start) if start <= last else []
        if not posts or self._token_at(posts[0].end) - 1 != last:
            return None
        if not _nominative_post(self.doc[self._head_of(start, last + 1)].text):
            return None
        held = {n: list(person.posts) for n, person in enumerate(self.people)}
        n = self._referent(held, self.mentions, posts[0], start)
        return None if n is None else self.people[n].tokens[0][0]


POSSESSIVE_GENDERS = {"его": "masc", "её": "femn", "ее": "femn"}


def _instrumental_at(doc: Doc, i: int) -> bool:
    """Token i (a post's first word, maybe an adjective) reads as an instrumental."""
    return i < len(doc) and any(p.tag.case == "ablt" for p in parses(doc[i].text)[:2])


# «его полномочия переданы …», «её обязанности возложены на …»
HANDED_VERBS = frozenset({"передать", "возложить", "передавать", "возлагать"})


def _performs(word: str) -> bool:
    """«исполняет», «будет исполнять», «переданы», not the participle «исполняющий» of a
    status."""
    found = parses(word)
    if not found:
        return False
    if found[0].normal_form in HANDED_VERBS:
        return found[0].tag.POS in {"VERB", "INFN", "PRTS"}
    return found[0].normal_form in DUTY_VERBS and found[0].tag.POS in {"VERB", "INFN"}


def _word(token: Token) -> bool:
    return token.text[:1].isalnum() or token.is_space


class AnaphoraFinder:
    """The ``dw_anaphora`` component."""

    def __call__(self, doc: Doc) -> Doc:
        people: list[Person] = doc._.people or []
        if people:
            scanner = AnaphoraScanner(doc)
            held = {n: list(person.posts) for n, person in enumerate(people)}
            found = scanner.subject_posts(people, held) + scanner.pronoun_posts(people, held)
            found += scanner.named_by_pronoun(people, held)
            found += scanner.zero_subject_posts(people, held)
            found += scanner.dashed_biography_posts(people, held)
            # the successor's post may come from a bare subject post found just now («Новый
            # замглавы …. Он сменил Марину Лаптеву»): the predecessor's step reads it too
            told = {n: held[n] + [p for m, p in found if m == n] for n in held}
            found += scanner.predecessor_posts(people, told)
            found += scanner.pronoun_duties(people, held)
            found += scanner.this_post(people, held)
            found += bare_duties(scanner, people, held)
            pronouns = PronounScanner(doc, people)
            owner = {s: n for n, person in enumerate(people) for s, _ in person.tokens}
            taken = scanner._covered(held)
            pronoun_shapes = pronouns.named_posts() + pronouns.headed_posts()
            pronoun_shapes += pronouns.post_subject_predicates() + pronouns.laid_on_pronoun()
            pronoun_shapes += nominal_election_posts(
                pronouns, lambda k: object_possessor(pronouns, k, pronouns._stands_for(k))
            )  # «вручил А.Якунину удостоверение об избрании его главой»: his, not the giver's
            pronoun_shapes += reflexive_election_posts(pronouns)
            for mention, post in pronoun_shapes:
                if mention in owner and not scanner._overlaps(post, taken):
                    found.append((owner[mention], post))
            # «экс-главы района Горячева … в бытность главой района он …»: one post said twice
            for mention, post in pronouns.tenure_posts():
                n = owner.get(mention)
                if n is not None and not scanner._overlaps(post, taken):
                    if not any(_same_post(_unprefixed(p), post) for p in people[n].posts):
                        found.append((n, post))
            for n, post in found:
                people[n].posts.append(post)
            for n, post in gapped_complements(doc, people, owner):
                people[n].posts.append(post)
            for n, post in successive_holders(doc, people):
                people[n].posts.append(post)
            for n, post in posts_before(doc, people):
                people[n].posts.append(post)
            for n, post in lead_posts(doc, people):
                people[n].posts.append(post)
            now = {n: list(person.posts) for n, person in enumerate(people)}
            for n, post in office_posts(scanner, people, now):
                people[n].posts.append(post)
        for person in people:
            plain = [plain_place_office(p) for p in person.posts]  # «печорский мэр» -> «мэр»
            person.posts = distinct_posts(sorted(plain, key=lambda p: p.start))
        return doc


@Language.factory("dw_anaphora")
def make_anaphora(nlp: Language, name: str) -> AnaphoraFinder:
    return AnaphoraFinder()
