"""Posts layer: the post phrase next to a person's name («глава городского самоуправления
Калуги Александр Иванов», «Иванов, председатель комитета …») attached to that person."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class PostFinder:
    def __call__(self, doc: Doc) -> Doc:
        return doc


@Language.factory("dw_posts")
def make_posts(nlp: Language, name: str) -> PostFinder:
    return PostFinder()
