"""Duties named without their post: «Глава района Войтов уходит. До решения по главе района
исполнять обязанности будет Дмитрий Немудрый», «… начальник управления Синтоцкий покинул
должность. Вместо него исполнять обязанности будет Валерия Деева», «исполняющим обязанности на
этой должности был Александр Рудер».

«исполнять обязанности» with no post after it («обязанности главы») stands for the post said
last before it, in its own sentence or the one before: held by someone else or by nobody. The
performer named beside the verb is its acting holder. Duties «по …» (a remit), duties with a
possessive or an adjective («свои», «служебные») are left alone.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from .morph import parses
from .post_heads import is_head

# a post changing hands: «будет исполнять», «временно», «вместо него», «теперь»
CHANGE_WORDS = frozenset({"будет", "будут", "временно", "вместо", "теперь", "станет"})


def _duty_verb(word: str) -> bool:
    found = parses(word)
    return bool(found) and found[0].normal_form in {"исполнять", "исполнить", "исполняющий"}


def bare_duties(scanner, people, held) -> list[tuple[int, object]]:
    """(person, acting post) for each bare «исполнять обязанности» with a performer named."""
    doc: Doc = scanner.doc
    owner = {s: n for n, person in enumerate(people) for s, _ in person.tokens}
    out = []
    for i, low in enumerate(scanner.lower):
        if low != "обязанности":
            continue
        verb = scanner._prev(i)
        if verb < 0 or not _duty_verb(doc[verb].text):
            continue
        nxt = scanner._next(i + 1)
        if nxt < len(doc) and (is_head(doc[nxt]) or scanner.lower[nxt] in {"по", "в", "во"}):
            continue  # «обязанности главы» (read elsewhere), «обязанности по контролю»
        if nxt < len(doc) and nxt not in scanner.per and doc[nxt].text.isalpha():
            found = parses(doc[nxt].text)
            if found and found[0].tag.POS == "NOUN" and found[0].tag.case == "gent":
                continue  # «обязанности директора школы», a genitive of its own
        sentence = scanner._sentence_start(verb)
        window = scanner.lower[sentence : min(len(doc), i + 6)]
        if not CHANGE_WORDS & set(window):
            continue  # «Горин добросовестно исполняет обязанности»: a job done, not a post
        subject_start = scanner._person_beside(verb, i)
        subject = owner.get(subject_start) if subject_start is not None else None
        if subject is None:
            continue
        start = scanner._previous_sentence(sentence)
        lo, hi = doc[start].idx, doc[verb].idx
        said = [p for n, posts in held.items() if n != subject for p in posts if lo <= p.start < hi]
        unheld = scanner._unheld_post(start, verb, held)
        if unheld is not None:
            said.append(unheld)
        if not said:
            continue
        post = max(said, key=lambda p: p.start)
        span = {"start": doc[i].idx, "end": doc[i].idx + len(doc[i]), "status": "acting"}
        out.append((subject, replace(post, **span)))
    return out
