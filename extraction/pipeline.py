"""The extraction pipeline in one place: ``build()`` returns a spaCy Language whose
``pipe_names`` read top to bottom as what happens to a text."""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import anaphora, entities, facts, ner, people, posts  # noqa: F401  (register the factories)
from .tokenizer import RazdelTokenizer

PIPES = (
    "dw_ner",  # slovnet NER -> doc.ents
    "dw_entities",  # rules over the NER spans -> doc._.entities (normal forms)
    "dw_people",  # PER mentions grouped per person -> doc._.people
    "dw_posts",  # post phrases around the names -> person.posts
    "dw_anaphora",  # posts said without a name -> their person; one record per post
    "dw_regions",  # regions.find_regions -> doc._.regions
    "dw_dates",  # dates.find_dates -> doc._.dates
    "dw_figures",  # figures.find_figures -> doc._.figures
)

# slovnet sees sentence-sized chunks, so spaCy's 1M-character guard (sized for its own
# parser) does not apply; this one only stops pathological inputs.
MAX_LENGTH = 20_000_000

EXTENSIONS = (
    "published_at",
    "source_text",  # the caller's text when it had to be cleaned for spaCy, else None
    "entities",
    "people",
    "regions",
    "dates",
    "figures",
)


def register_extensions() -> None:
    for name in EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def build() -> Language:
    register_extensions()
    nlp = spacy.blank("ru")
    nlp.tokenizer = RazdelTokenizer(nlp.vocab)
    nlp.max_length = MAX_LENGTH
    for name in PIPES:
        nlp.add_pipe(name)
    return nlp
