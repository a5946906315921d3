"""The ``votes`` field as `dumawatch extract` writes it, indexed in every backend: its shape,
its numbers, and the documents the votes-against filter finds. Texts are our own."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from search import SearchQuery
from tests.search.contract.documents import _doc

ROOT = Path(__file__).resolve().parents[3]
FIELDS = {"for", "against", "abstained", "unanimous", "subject", "text", "start", "end"}
TEXTS = {
    "byudzhet": (
        "На заседании Городской Думы депутаты проголосовали за внесение изменений в бюджет "
        "города: за — 24, против — 3, воздержались — 2. Изменения вступят в силу с 1 июля."
    ),
    "ustav": (
        "Поправки в устав муниципального образования депутаты приняли единогласно. "
        "Документ направлен на регистрацию."
    ),
    "park": "В субботу в парке прошёл субботник, в нём приняли участие около 80 человек.",
}


@pytest.fixture(scope="module")
def extracted() -> dict[str, dict]:
    """`dumawatch extract` output lines by id (one real run, models and all)."""
    lines = "".join(
        json.dumps({"id": k, "text": t, "published_at": "2021-06-10"}, ensure_ascii=False) + "\n"
        for k, t in TEXTS.items()
    )
    proc = subprocess.run(
        [sys.executable, "-m", "dumawatch", "extract", "--workers", "1"],
        input=lines,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
        check=True,
    )
    return {rec["id"]: rec for rec in map(json.loads, proc.stdout.splitlines())}


def test_extract_output_has_votes_of_the_exact_shape(extracted):
    for key, text in TEXTS.items():
        for vote in extracted[key]["votes"]:
            assert set(vote) == FIELDS
            assert text[vote["start"] : vote["end"]] == vote["text"]
            assert isinstance(vote["unanimous"], bool)
    [budget] = extracted["byudzhet"]["votes"]
    assert (budget["for"], budget["against"], budget["abstained"]) == (24, 3, 2)
    assert budget["unanimous"] is False
    assert "внесение изменений в бюджет" in budget["subject"]
    [charter] = extracted["ustav"]["votes"]
    assert charter["unanimous"] is True and charter["against"] == 0
    assert extracted["park"]["votes"] == []
    roles = {f["role"] for f in extracted["byudzhet"]["figures"]}
    assert {"votes_for", "votes_against", "abstained"} <= roles


def test_extracted_votes_are_indexed_and_found(empty_backend, extracted):
    docs = []
    for key, text in TEXTS.items():
        doc = _doc(key, f"Новость {key}", text, "2021-06-10", "duma")
        doc.update({k: v for k, v in extracted[key].items() if k != "id"})
        docs.append(doc)
    empty_backend.upsert(docs)
    if hasattr(empty_backend, "refresh"):
        empty_backend.refresh()
    ids = {d["url"].rstrip("/").rsplit("/", 1)[1]: d["id"] for d in docs}
    for doc in docs:
        assert empty_backend.get(doc["id"])["votes"] == doc["votes"]
    exported = {d["id"]: d for d in empty_backend.iter_documents()}
    assert exported[ids["byudzhet"]]["votes"] == extracted["byudzhet"]["votes"]

    def found(n: int) -> set[str]:
        return {h.id for h in empty_backend.search(SearchQuery(votes_against_min=n)).hits}

    assert found(0) == {ids["byudzhet"], ids["ustav"]}
    assert found(3) == {ids["byudzhet"]}
    assert found(4) == set()
