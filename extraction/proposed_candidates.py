"""«На должность первого заместителя губернатора Олег Сурков предлагает утвердить Илью
Горина», «На должность заместителя председателя спикер Олег Сурков предложил кандидатуры Ильи
Горина и Веры Глинской»: the one named after «на должность …» proposes; the post is sought
for the names after the verb of proposing (a nomination, so ``elect``), never for the proposer.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .morph import lemma

PROPOSING = frozenset(
    {
        "предложить",
        "предлагать",
        "рекомендовать",
        "выдвинуть",
        "выдвигать",
        "внести",
        "вносить",
        "представить",
        "представлять",
    }
)
# words between the verb and the candidates: «предлагает утвердить», «предложил кандидатуры»
BRIDGES = frozenset(
    {
        "утвердить",
        "назначить",
        "избрать",
        "согласовать",
        "кандидатура",
        "кандидат",
        "депутат",
        "свой",
        "на",
        "рассмотрение",
    }
)
ENDS = frozenset({".", "!", "?", ";", ":", "(", ")"})


def proposed_names(doc: Doc, per: dict, name_end: int) -> list[int] | None:
    """For a name ending before token ``name_end``: None when no verb of proposing follows
    it; else the starts of the names proposed after the verb (maybe none)."""
    verb = name_end
    while verb < len(doc) and doc[verb].is_space:
        verb += 1
    if verb >= len(doc) or lemma(doc[verb].text.lower()) not in PROPOSING:
        return None
    out: list[int] = []
    j = verb + 1
    while j < len(doc) and len(out) < 6:
        token = doc[j]
        if token.is_space:
            j += 1
            continue
        if j in per:
            out.append(per[j].token_start)
            j = per[j].token_end
            continue
        if token.text in ENDS:
            break
        if token.text in {",", "и"} and out:
            j += 1
            continue
        if lemma(token.text.lower()) in BRIDGES and not out:
            j += 1
            continue
        break
    return out
