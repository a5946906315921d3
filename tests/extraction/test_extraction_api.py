"""The extract contract: exact field names and shapes, offsets that slice the input, seed page."""

from __future__ import annotations

import pickle
from datetime import date
from pathlib import Path

import pytest

import extraction
from extraction import EXTRACTION_VERSION, Extractor, extract

SEED = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "seed"
SEED_PAGE = SEED / "000_935f10b1ebf22383.txt"

TEXT = (
    "Председатель Законодательного собрания Калужской области Геннадий Новосельцев "
    "провёл 12 марта 2024 года приём граждан в Обнинске. Вместе с ним работала "
    "депутат городской думы Ольга Смирнова.\n\nГ. Новосельцев ответил на 40 вопросов."
)
FIELDS = {"entities", "people", "regions", "dates", "figures", "votes", "extraction_version"}
VOTE_FIELDS = {"for", "against", "abstained", "unanimous", "subject", "text", "start", "end"}


def check_contract(text: str, result: dict) -> None:
    assert set(result) == FIELDS
    assert result["extraction_version"] == EXTRACTION_VERSION
    for ent in result["entities"]:
        assert set(ent) == {"type", "start", "end", "text", "normal"}
        assert ent["type"] in {"PER", "LOC", "ORG"}
        assert text[ent["start"] : ent["end"]] == ent["text"]
        assert isinstance(ent["normal"], str) and ent["normal"]
    for person in result["people"]:
        assert set(person) == {"key", "name", "last", "first", "middle", "posts", "mentions"}
        assert person["key"] and person["name"]
        for start, end in person["mentions"]:
            assert 0 <= start < end <= len(text)
        for post in person["posts"]:
            assert set(post) == {"title", "org", "place", "status", "start", "end"}
            assert post["status"] in {"current", "former", "acting", "elect"}
            assert 0 <= post["start"] < post["end"] <= len(text)
            assert post["title"]
    for region in result["regions"]:
        for start, end in region["mentions"]:
            assert 0 <= start < end <= len(text)
    for item in result["dates"] + result["figures"] + result["votes"]:
        assert text[item["start"] : item["end"]] == item["text"]
    for vote in result["votes"]:
        assert set(vote) == VOTE_FIELDS


def test_contract_shape() -> None:
    result = extract(TEXT, "2024-03-13")
    check_contract(TEXT, result)
    names = {p["name"] for p in result["people"]}
    assert {"Геннадий Новосельцев", "Ольга Смирнова"} <= names


def test_empty_text() -> None:
    assert extract("") == {
        "entities": [],
        "people": [],
        "regions": [],
        "dates": [],
        "figures": [],
        "votes": [],
        "extraction_version": EXTRACTION_VERSION,
    }


@pytest.mark.parametrize("published", [None, "2024-03-13", date(2024, 3, 13), "not a date"])
def test_published_at_forms(published: object) -> None:
    check_contract(TEXT, extract(TEXT, published))


def test_non_text_is_rejected() -> None:
    with pytest.raises(TypeError):
        extract(b"bytes")  # type: ignore[arg-type]


def test_pipe_matches_extract() -> None:
    texts = [TEXT, "", "Мэр Твери Алексей Огоньков открыл сквер.", TEXT[:80]]
    piped = list(Extractor().pipe(((t, None) for t in texts), batch_size=2))
    assert piped == [extract(t) for t in texts]


def test_pipeline_order_is_visible() -> None:
    nlp = Extractor().nlp
    assert nlp.pipe_names == list(extraction.pipeline.PIPES)
    assert nlp.pipe_names[:3] == ["dw_ner", "dw_entities", "dw_people"]


def test_extractor_pickles_for_worker_processes() -> None:
    ex = pickle.loads(pickle.dumps(Extractor()))
    check_contract(TEXT, ex.extract(TEXT))


@pytest.mark.skipif(not SEED_PAGE.is_file(), reason="seed page not beside the repo")
def test_seed_page_people_and_posts() -> None:
    text = SEED_PAGE.read_text(encoding="utf-8")
    result = extract(text, "2018-11-26")
    check_contract(text, result)
    people = {p["name"]: p for p in result["people"]}
    assert "Виктор Кидяев" in people
    ivanov = people["Александр Иванов"]
    assert len(ivanov["mentions"]) >= 2  # «Александр ИВАНОВ» and «Александр Иванов»
    posts = [(p["title"].casefold(), p["place"]) for p in ivanov["posts"]]
    assert ("глава городского самоуправления", "Калуга") in posts
    kidyaev = people["Виктор Кидяев"]["posts"]
    assert any(p["title"] == "президент" and "Конгресс" in (p["org"] or "") for p in kidyaev)


def test_same_output_whatever_the_hash_seed() -> None:
    """Ties in the rules must not be broken by set order, which string hashing randomises."""
    import json
    import os
    import subprocess
    import sys

    code = (
        "import json, extraction; "
        f"print(json.dumps(extraction.extract({TEXT + ' Аксары Кердпола и Сейджи Маехары.'!r})))"
    )
    outputs = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
        )
        outputs.add(json.dumps(json.loads(done.stdout), sort_keys=True))
    assert len(outputs) == 1


def test_pipeline_renewal_keeps_results(monkeypatch: pytest.MonkeyPatch) -> None:
    """A long run renews the pipeline when spaCy's string store gets big; output is unchanged."""
    texts = [TEXT, "Мэр Твери Алексей Огоньков открыл сквер.", TEXT]
    expected = [extract(t) for t in texts]
    monkeypatch.setattr(extraction, "MAX_STRINGS", 10)  # renew before every document
    ex = Extractor()
    assert list(ex.pipe((t, None) for t in texts)) == expected
    assert ex.extract(texts[1]) == expected[1]
