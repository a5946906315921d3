"""A genitive name after a dependent post that follows a verb without an object: «Сомов работал
первым заместителем главы Тулы Игоря Лапина», «Он назначен представителем губернатора Романа
Сидоренко», «стал советником мэра Олега Рябова».

«Депутаты избрали главой района Ивана Демина» gives the post to the name after it: the name is
the object of the active verb, and its accusative reads as a genitive. A verb that takes no
accusative object («работал», «стал», «являлся») or a passive one («назначен», «избран»)
leaves a name in the genitive only one role: the superior whose deputy, aide or representative
the post is. The post is then the subject's, not the named superior's (who keeps the office in
the genitive, «глава», «губернатор», read by the post-before-name finder).
"""

from __future__ import annotations

from .morph import lemma, parses
from .superior_names import DEPENDENT_HEADS

# posts held under another office holder: «представитель губернатора», «заместитель мэра»
UNDER_HEADS = DEPENDENT_HEADS | {"представитель", "полпред", "уполномоченный"}


def takes_no_object(verb: str) -> bool:
    """The verb's first reading is intransitive («работал», «стал») or a passive participle
    («назначен»): no accusative object can follow it."""
    found = parses(verb)[:1]
    if not found:
        return False
    tag = found[0].tag
    return tag.POS == "PRTS" or (tag.POS in {"VERB", "INFN", "GRND"} and "intr" in tag)


def superior_after(verb: str, head: str, genitive_name: bool) -> bool:
    """Is the name after «verb + dependent post» its superior, not its holder?"""
    return genitive_name and lemma(head.lower()) in UNDER_HEADS and takes_no_object(verb)


def held_under(doc, governor: int, head: str, genitive_name: bool) -> bool:
    """«Сомов занимал должность заместителя губернатора Игоря Лапина»: a dependent post named
    by «должность / пост» that a verb of holding governs belongs to that verb's subject; a name
    in the genitive right after it is the superior («губернатор»), not a second holder."""
    if not genitive_name or lemma(head.lower()) not in UNDER_HEADS or governor < 1:
        return False
    if lemma(doc[governor].text.lower()) not in {"должность", "пост"}:
        return False
    verb = governor - 1
    while verb > 0 and doc[verb].is_space:
        verb -= 1
    return lemma(doc[verb].text.lower()) in {"занимать", "занять"}
