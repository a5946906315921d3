"""slovnet's news NER as a spaCy component: tags our razdel tokens, writes ``doc.ents``.

The model weights ship inside the natasha wheel, so loading them is the only I/O here.
Documents are cut into sentence-bounded chunks and chunks from many documents are batched:
slovnet pads each batch to its longest item, so similar short chunks waste nothing, and a
1 MB text never becomes one giant array.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from .doc_view import view
from .morph import known, parses, title_case

CHUNK_MIN = 48  # tokens before a sentence end may close a chunk
CHUNK_MAX = 200  # hard cap; the CNN only looks a few tokens around each word
SENT_END = {".", "!", "?", "…", ";"}


@lru_cache(maxsize=1)
def slovnet_tagger() -> object:
    """natasha's NewsNERTagger (navec embeddings injected); ~0.6 s and ~30 MB, loaded once."""
    from natasha import NewsEmbedding, NewsNERTagger

    return NewsNERTagger(NewsEmbedding())


def chunks(doc: Doc) -> Iterator[list[int]]:
    """Token indices (whitespace tokens dropped) split at sentence ends."""
    chunk: list[int] = []
    shown = view(doc)
    for i, text in enumerate(shown.texts):
        if shown.space[i]:
            if "\n" in text and chunk:
                yield chunk
                chunk = []
            continue
        chunk.append(i)
        if len(chunk) >= CHUNK_MAX or (len(chunk) >= CHUNK_MIN and text in SENT_END):
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _words(texts: list[str], index: list[int]) -> list[str]:
    return [texts[i] for i in index]


def bio_spans(doc: Doc, index: list[int], tags: list[str]) -> Iterator[Span]:
    start = label = None
    last = None
    for i, tag in zip(index, tags, strict=False):
        kind, _, typ = tag.partition("-")
        if start is not None and (kind != "I" or typ != label):
            yield Span(doc, start, last + 1, label=label)
            start = label = None
        if kind == "B" or (kind == "I" and start is None):
            start, label = i, typ
        last = i
    if start is not None:
        yield Span(doc, start, last + 1, label=label)


PROPER = {"Name", "Surn", "Patr", "Geox", "Orgn"}


def recased(words: list[str]) -> list[str]:
    """slovnet reads capitals as a name: a headline in capitals («ГЛАВА РАЙОНА ИВАН СОМОВ
    ПОЗДРАВИЛ ВЕТЕРАНОВ») came back as one person «ИВАН СОМОВ ПОЗДРАВИЛ ВЕТЕРАНОВ». Such a
    chunk reaches it in ordinary case: common words lower-case, names, places and words
    pymorphy3 does not know capitalised, short abbreviations as written. The tokens of the
    document keep their capitals."""
    lettered = [w for w in words if w.isalpha()]
    if len(lettered) < 3 or not all(w.isupper() for w in lettered):
        return words
    if not any(len(w) > 3 for w in lettered):
        return words  # «РФ МВД ГИБДД»: abbreviations, not a headline
    out = []
    for k, word in enumerate(words):
        if not word.isalpha() or not word.isupper() or len(word) < 2:
            out.append(word)
            continue
        found = parses(word)
        proper = not known(word) or any(PROPER & set(p.tag.grammemes) for p in found[:2])
        if not known(word) and len(word) <= 4:
            out.append(word)  # «ЖКХ», «ТОС»
        elif proper or k == 0:
            out.append(title_case(word))
        else:
            out.append(word.lower())
    return out


class SlovnetNER:
    def __init__(self, batch_size: int = 32) -> None:
        self.batch_size = batch_size

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        """``batch_size`` documents at a time; their chunks reach slovnet ``self.batch_size``
        chunks at a time."""
        batch: list[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._tag(batch)
                batch = []
        if batch:
            yield from self._tag(batch)

    def _tag(self, docs: list[Doc]) -> list[Doc]:
        infer = slovnet_tagger().infer
        infer.encoder.batch_size = self.batch_size
        items = [(doc, index) for doc in docs for index in chunks(doc)]
        words = [recased(_words(view(doc).texts, index)) for doc, index in items]
        found: dict[int, list[Span]] = {id(doc): [] for doc in docs}
        if words:
            # by length: slovnet pads a batch to its longest chunk
            order = sorted(range(len(words)), key=lambda k: len(words[k]))
            preds = infer.decoder(infer.process(infer.encoder([words[k] for k in order])))
            for k, tags in zip(order, preds, strict=True):
                doc, index = items[k]
                found[id(doc)].extend(bio_spans(doc, index, tags))
        for doc in docs:
            doc.ents = found[id(doc)]
        return docs


@Language.factory("dw_ner", default_config={"batch_size": 32})
def make_ner(nlp: Language, name: str, batch_size: int) -> SlovnetNER:
    return SlovnetNER(batch_size)
