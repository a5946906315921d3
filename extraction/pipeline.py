"""The extraction pipeline in one place: ``build()`` returns a spaCy Language whose
``pipe_names`` read top to bottom as what happens to a text."""

from __future__ import annotations

import spacy
from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc

# importing registers the pipeline's components and its tokenizer
from . import anaphora, entities, facts, ner, people, posts, tokenizer  # noqa: F401

PIPES = (
    "dw_ner",  # slovnet NER -> doc.ents
    "dw_entities",  # rules over the NER spans -> doc._.entities (normal forms)
    "dw_people",  # PER mentions grouped per person -> doc._.people
    "dw_posts",  # post phrases around the names -> person.posts
    "dw_anaphora",  # posts said without a name -> their person; one record per post
    "dw_regions",  # regions.find_regions -> doc._.regions
    "dw_dates",  # dates.find_dates -> doc._.dates
    "dw_figures",  # figures.find_figures -> doc._.figures
    "dw_votes",  # votes.find_votes -> doc._.votes (and vote roles on doc._.figures)
)

# slovnet sees sentence-sized chunks, so spaCy's 1M-character guard (sized for its own
# parser) does not apply; this one only stops pathological inputs.
MAX_LENGTH = 20_000_000

EXTENSIONS = (
    "published_at",
    "source_text",  # the caller's text when it had to be cleaned for spaCy, else None
    "offsets",  # for each character of the cleaned text the caller's offset, when they differ
    "entities",
    "people",
    "regions",
    "dates",
    "figures",
    "votes",
)


def register_extensions() -> None:
    for name in EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def build() -> Language:
    register_extensions()
    nlp = spacy.blank("ru", config={"nlp": {"tokenizer": {"@tokenizers": "dw_razdel"}}})
    # our components read only ``is_space`` of spaCy's lexical attributes; computing the other
    # 22 for every new word was 10 % of a cold pass (a fresh worker meets every word anew)
    getters = nlp.vocab.lex_attr_getters
    nlp.vocab.lex_attr_getters = {IS_SPACE: getters[IS_SPACE]}
    nlp.max_length = MAX_LENGTH
    for name in PIPES:
        nlp.add_pipe(name)
    return nlp
