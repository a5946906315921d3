"""Rules that fix slovnet's entity spans; each takes and returns a list of spaCy Spans."""

from __future__ import annotations

from spacy.tokens import Doc, Span


def apply_rules(doc: Doc, spans: list[Span]) -> list[Span]:
    return spans
