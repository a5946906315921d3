"""Rules that fix slovnet's entity spans, in the factRuEval convention.

Each rule takes and returns a list of spaCy Spans; ``apply_rules`` runs them in order:
1. cut spans at punctuation slovnet swallowed («Ши Тао (Shi Tao)», «• • Топалов»);
2. relabel by head word or well-known abbreviation (союз -> ORG, станция -> LOC);
3. pull in the descriptor before a name («реки Славянки», «партии «Яблоко»»);
4. grow organisations over the place or organisation they belong to («мэрии Москвы»,
   «Палаты представителей Конгресса США»), keeping the inner entity too (spans may nest).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .lexicon import (
    ABBREVIATIONS,
    GEO_DESCRIPTORS,
    LOC_HEADS,
    NAME_PARTICLES,
    ORG_DESCRIPTORS,
    ORG_HEADS,
    PLACE_ORG_HEADS,
)
from .morph import lemma, parses

SEPARATORS = {"(", ")", "[", "]", "{", "}", "•", "·", ",", ";", ":", "|", "/", "—", "–", "−"}
SEPARATORS |= {"!", "?", "…", "*", "►", "▪", "●", "■", "—", "="}
OPEN_QUOTES = {"«", "„", "“", '"', "'"}
QUOTES = OPEN_QUOTES | {"»", "”", "’"}


def apply_rules(doc: Doc, spans: list[Span]) -> list[Span]:
    spans = [s for span in spans for s in split(doc, span)]
    spans = [relabel(s) for s in spans]
    spans = [s for s in spans if s is not None]
    spans = [extend_descriptor(doc, s) for s in spans]
    spans += org_of_place(doc, spans)
    grown = org_chains(doc, spans)
    heads = {(s.start, s.label_) for s in grown}
    return [s for s in spans if (s.start, s.label_) not in heads] + grown


def _is_break(token: Token) -> bool:
    return token.text in SEPARATORS or (token.is_space and "\n" in token.text)


def _is_word(token: Token) -> bool:
    return token.text[:1].isalnum()


def split(doc: Doc, span: Span) -> list[Span]:
    pieces, start = [], span.start
    for i in range(span.start, span.end + 1):
        if i == span.end or _is_break(doc[i]):
            if i > start:
                pieces.append((start, i))
            start = i + 1
    out = []
    for a, b in pieces:
        while a < b and not _is_word(doc[a]):
            a += 1
        while b > a and not _is_word(doc[b - 1]):
            b -= 1
        if span.label_ == "PER":
            while a < b and not _name_like(doc[a]):
                a += 1
        if b > a:
            out.append(Span(doc, a, b, label=span.label_))
    return out


def _name_like(token: Token) -> bool:
    """A word that can start a person's name: capitalised and not a plain dictionary word."""
    text = token.text
    if not text[:1].isupper():
        return text.lower() in NAME_PARTICLES
    found = parses(text)
    if not found or not found[0].is_known:
        return True
    if any(g in p.tag for p in found for g in ("Name", "Surn", "Patr")):
        return True
    return found[0].tag.POS in {"NOUN", None}


def _head(span: Span) -> str:
    """Lemma of the first noun-like word: the head of a Russian noun phrase."""
    for token in span:
        if not _is_word(token):
            continue
        found = parses(token.text)
        if found and found[0].tag.POS in {"ADJF", "PRTF"} and token.text[:1].islower():
            continue
        if found and found[0].tag.POS in {"ADJF", "PRTF"} and len(span) > 1:
            continue
        return lemma(token.text)
    return ""


def relabel(span: Span) -> Span | None:
    if span.label_ == "PER":
        return span
    text = span.text
    if text in ABBREVIATIONS:
        label = ABBREVIATIONS[text]
        return None if label is None else Span(span.doc, span.start, span.end, label=label)
    head = _head(span)
    soviet = text.lower().startswith("советск")
    if span.label_ == "LOC" and (head in ORG_HEADS or head.endswith("союз")) and not soviet:
        return Span(span.doc, span.start, span.end, label="ORG")
    if span.label_ == "ORG" and head in LOC_HEADS:
        return Span(span.doc, span.start, span.end, label="LOC")
    return span


def _agrees(adj: Token, noun: Token) -> bool:
    found = parses(adj.text)
    if not found or found[0].tag.POS not in {"ADJF", "PRTF"}:
        return False
    cases = {p.tag.case for p in parses(noun.text) if p.tag.POS == "NOUN"}
    return any(p.tag.POS in {"ADJF", "PRTF"} and p.tag.case in cases for p in parses(adj.text))


def extend_descriptor(doc: Doc, span: Span) -> Span:
    """«Славянки» -> «реки Славянки»; «Яблоко» -> «партии «Яблоко»»."""
    if span.label_ not in {"LOC", "ORG"}:
        return span
    descriptors = GEO_DESCRIPTORS if span.label_ == "LOC" else ORG_DESCRIPTORS
    start = span.start
    while True:
        i = start - 1
        if i >= 0 and doc[i].text in OPEN_QUOTES and span.label_ == "ORG":
            i -= 1
        if i < 0 or not doc[i].text[:1].islower() or lemma(doc[i].text) not in descriptors:
            break
        start = i
        if span.label_ == "LOC":
            break
    if start == span.start:
        return span
    noun = doc[start]
    while start > 0 and doc[start - 1].text[:1].islower() and _agrees(doc[start - 1], noun):
        if span.label_ == "LOC":
            break
        start -= 1
    return Span(doc, start, span.end, label=span.label_)


def _genitive(token: Token) -> bool:
    if token.text.isupper():
        return True
    return any(p.tag.case == "gent" for p in parses(token.text))


def org_of_place(doc: Doc, spans: list[Span]) -> list[Span]:
    """«мэрии Москвы», «правительства Израиля»: an organisation word before a place."""
    inside_org = {i for s in spans if s.label_ == "ORG" for i in range(s.start, s.end)}
    out = []
    for span in spans:
        if span.label_ != "LOC" or span.start == 0 or not _genitive(doc[span.start]):
            continue
        i = span.start - 1
        if doc[i].text[:1].islower() and lemma(doc[i].text) in GEO_DESCRIPTORS:
            i -= 1
        if i < 0 or i in inside_org or lemma(doc[i].text) not in PLACE_ORG_HEADS:
            continue
        start = i
        while start > 0 and doc[start - 1].text[:1].islower() and _agrees(doc[start - 1], doc[i]):
            start -= 1
        out.append(Span(doc, start, span.end, label="ORG"))
    return out


def org_chains(doc: Doc, spans: list[Span]) -> list[Span]:
    """An organisation followed by the place or organisation it belongs to (genitive)."""
    starts: dict[int, list[Span]] = {}
    for span in spans:
        starts.setdefault(span.start, []).append(span)
    out = []
    for span in spans:
        if span.label_ != "ORG":
            continue
        end, grown = span.end, False
        while True:
            j = end
            if j < len(doc) and doc[j].text in OPEN_QUOTES:
                j += 1
            nxt = [s for s in starts.get(j, []) if s.label_ in {"LOC", "ORG"}]
            descr = j < len(doc) and doc[j].text[:1].islower()
            if not nxt and descr and lemma(doc[j].text) in GEO_DESCRIPTORS:
                j += 1
                nxt = [s for s in starts.get(j, []) if s.label_ in {"LOC", "ORG"}]
            if not nxt or not _genitive(doc[j]):
                break
            end, grown = max(s.end for s in nxt), True
        if grown:
            out.append(Span(doc, span.start, end, label="ORG"))
    return out
