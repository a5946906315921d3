"""«Председатель ТИК Алексей Березин … вручил А.Якунину удостоверение об избрании его главой
района»: a possessive «его»/«её» after a named object of the subject's verb stands for that
object, not the subject (the subject's own would be «своего»). Where the sentence names the
subject alone («Вера Ладыгина сложила мандат в связи с её назначением …»), the subject keeps it."""

from __future__ import annotations

from typing import Any

from .nominative_mention import nominative_mention


def object_possessor(scanner: Any, pronoun: int, person: int | None) -> int | None:
    """The mention start the possessive at token ``pronoun`` stands for, given ``person`` (the
    mention start the pronoun chain found): the one other person of the pronoun's gender named
    in its sentence after the subject and not in the nominative, when ``person`` is that
    sentence's nominative subject; else ``person``."""
    if person is None:
        return None
    doc, people = scanner.doc, scanner.people
    inside = {i for p in people for s, e in p.tokens for i in range(s, e)}
    first = pronoun  # the sentence's start, past the dots of initials («А.Якунину»)
    while first > 0 and (doc[first - 1].text not in {".", "!", "?"} or first - 1 in inside):
        first -= 1
    owner = {s: n for s, n in scanner.mentions}
    subject = owner.get(person)
    if subject is None:
        return person
    spans = [(s, e, n) for n, p in enumerate(people) for s, e in p.tokens if first <= s < pronoun]
    said = [(s, e) for s, e, n in spans if n == subject]
    if not said or not any(nominative_mention(doc, s, e) for s, e in said):
        return person
    after = min(s for s, _ in said)
    gender = people[subject].name.gender
    others = {
        n: s
        for s, e, n in spans
        if n != subject
        and s > after
        and not nominative_mention(doc, s, e)
        and people[n].name.gender in (None, gender)
    }
    if len(others) != 1:
        return person
    n = next(iter(others))
    return people[n].tokens[0][0]
