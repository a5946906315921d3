"""The facts helpers' pure functions (regions, dates, figures, votes) as named pipeline components.

Imported lazily: each component degrades to an empty list while its module is missing, so the
pipeline runs before every piece has landed.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from types import ModuleType

from spacy.language import Language
from spacy.tokens import Doc


def _module(name: str) -> ModuleType | None:
    try:
        return importlib.import_module(f"extraction.{name}")
    except ModuleNotFoundError as err:
        if err.name != f"extraction.{name}":
            raise
        return None


def _function(module: str, function: str) -> Callable | None:
    mod = _module(module)
    return getattr(mod, function, None) if mod else None


class Regions:
    def __init__(self) -> None:
        self.find = _function("regions", "find_regions")

    def __call__(self, doc: Doc) -> Doc:
        locs = [(e.start, e.end) for e in doc._.entities if e.type == "LOC"]
        doc._.regions = self.find(doc.text, locs) if self.find else []
        return doc


class Dates:
    def __init__(self) -> None:
        self.find = _function("dates", "find_dates")

    def __call__(self, doc: Doc) -> Doc:
        doc._.dates = self.find(doc.text, doc._.published_at) if self.find else []
        return doc


class Figures:
    def __init__(self) -> None:
        self.find = _function("figures", "find_figures")

    def __call__(self, doc: Doc) -> Doc:
        doc._.figures = self.find(doc.text) if self.find else []
        return doc


class Votes:
    """Vote tallies; runs after figures, whose numbers it gives the tallies' roles."""

    def __init__(self) -> None:
        self.find = _function("votes", "find_votes")

    def __call__(self, doc: Doc) -> Doc:
        doc._.votes = self.find(doc.text, doc._.figures) if self.find else []
        return doc


@Language.factory("dw_regions")
def make_regions(nlp: Language, name: str) -> Regions:
    return Regions()


@Language.factory("dw_dates")
def make_dates(nlp: Language, name: str) -> Dates:
    return Dates()


@Language.factory("dw_figures")
def make_figures(nlp: Language, name: str) -> Figures:
    return Figures()


@Language.factory("dw_votes")
def make_votes(nlp: Language, name: str) -> Votes:
    return Votes()
