"""Entity layer: slovnet's spans, corrected by rules, each with a nominative normal form.

Written to ``doc._.entities`` as :class:`Entity` records. Unlike ``doc.ents`` they may nest
(«мэрия Москвы» is an ORG holding the LOC «Москвы»), as the factRuEval markup does.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

from .entity_rules import apply_rules
from .lexicon import GEO_DESCRIPTORS
from .morph import inflect, lemma, match_case, parses
from .names import split_name
from .normal import normal_phrase


@dataclass(frozen=True)
class Entity:
    type: str
    start: int
    end: int
    text: str
    normal: str
    token_start: int
    token_end: int

    def as_dict(self) -> dict:
        return {
            "type": self.type,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "normal": self.normal,
        }


def normal_form(span: Span, label: str) -> str:
    if label == "PER":
        name = split_name(span.text.split())
        if name is not None and name.display:
            return name.display
        return span.text
    words, spaces = [t.text for t in span], [t.whitespace_ for t in span]
    if label == "LOC" and len(span) == 1:
        place = _place_word(words[0])
        if place:
            return place
    if label == "LOC" and len(span) > 1 and words[0][:1].islower():
        if lemma(words[0]) in GEO_DESCRIPTORS:
            # «города Калуги» -> «город Калуга»: the name agrees with its descriptor
            return f"{normal_phrase(words[:1])} {normal_phrase(words[1:], spaces[1:])}"
    return normal_phrase(words, spaces)


def _place_word(word: str) -> str | None:
    """«Березников» -> «Березники»: a word read first as a surname or a common noun but also
    the case form of a place name (pymorphy3's Geox) is that place; None otherwise."""
    found = parses(word)
    if not found or "Geox" in found[0].tag:
        return None
    for p in found:
        if "Geox" in p.tag and p.tag.case != "nomn":
            form = inflect(p, {"nomn", p.tag.number or "sing"})
            return match_case(word, form) if form else None
    return None


def make_entity(span: Span, label: str | None = None) -> Entity:
    label = label or span.label_
    return Entity(
        label,
        span.start_char,
        span.end_char,
        span.text,
        normal_form(span, label),
        span.start,
        span.end,
    )


class EntityRules:
    def __call__(self, doc: Doc) -> Doc:
        spans = apply_rules(doc, list(doc.ents))
        seen = set()
        out = []
        for span in sorted(spans, key=lambda s: (s.start_char, -s.end_char, s.label_)):
            key = (span.start, span.end, span.label_)
            if key in seen or not span.text.strip():
                continue
            seen.add(key)
            out.append(make_entity(span))
        doc._.entities = out
        return doc


@Language.factory("dw_entities")
def make_entity_rules(nlp: Language, name: str) -> EntityRules:
    return EntityRules()
