"""The rule-based fact finders (regions, dates, figures, votes) as named pipeline components."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from extraction.dates import find_dates
from extraction.doc_view import view
from extraction.figures import find_figures
from extraction.regions import find_regions
from extraction.votes import find_votes


class Regions:
    def __call__(self, doc: Doc) -> Doc:
        locs = [(e.start, e.end) for e in doc._.entities if e.type == "LOC"]
        doc._.regions = find_regions(view(doc).text, locs)
        return doc


class Dates:
    def __call__(self, doc: Doc) -> Doc:
        doc._.dates = find_dates(view(doc).text, doc._.published_at)
        return doc


class Figures:
    def __call__(self, doc: Doc) -> Doc:
        doc._.figures = find_figures(view(doc).text)
        return doc


class Votes:
    """Vote tallies; runs after figures, whose numbers it gives the tallies' roles."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.votes = find_votes(view(doc).text, doc._.figures)
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
