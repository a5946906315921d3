"""The shared per-document view must say exactly what spaCy's tokens say, or every rule
reading it would drift from the tokens it builds. Sentences written for this test."""

from __future__ import annotations

from extraction import Extractor
from extraction.doc_view import view

TEXT = (
    "Глава округа Пётр Сомов  вручил грамоты.\n\n"
    "Заместитель председателя Думы г.о. Тольятти — Анна Лыкова;\tсессия открылась в 10:00. "
)


def test_view_matches_tokens() -> None:
    doc = Extractor().nlp.make_doc(TEXT)
    shown = view(doc)
    assert shown.text == doc.text == TEXT
    assert shown.texts == [t.text for t in doc]
    assert shown.lower == [t.text.lower() for t in doc]
    assert shown.idx == [t.idx for t in doc]
    assert shown.space == [t.is_space for t in doc]
    assert shown.ws == [t.whitespace_ for t in doc]
    assert any(shown.space) and "\n\n" in shown.texts  # the test covers whitespace tokens


def test_view_is_built_once_per_doc() -> None:
    nlp = Extractor().nlp
    doc = nlp.make_doc(TEXT)
    assert view(doc) is view(doc)
    other = nlp.make_doc("Депутат Иван Лапин выступил.")
    assert view(other).texts[:3] == ["Депутат", "Иван", "Лапин"]
