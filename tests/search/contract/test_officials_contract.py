"""The office registry on every backend: offices folded from documents, holders newest first
with status and dates, filters by place and organisation in any case form, ``as_of``."""

from __future__ import annotations

import json
from datetime import date

from search.officials import officials
from tests.app.test_api_corpus import make_doc
from tests.app.test_cli import dumawatch

KRYLOV = "krylov_pavel_ivanovich"
ORLOVA = "orlova_nina_petrovna"
SOKOLOV = "sokolov_andrey_viktorovich"
HEAD = ("глава", "администрация", "Зареченск")
TOWN_HEAD = ("глава", None, "Зареченск")


def registry_docs() -> list[dict]:
    return [
        make_doc(
            11,
            "Глава администрации отчитался",
            "Глава администрации Зареченска Павел Иванович Крылов отчитался перед депутатами. "
            "Отчёт приняли.",
            "2018-03-01",
            people=((KRYLOV, "Крылов", "Павел", "Иванович", ("Павел Иванович Крылов",), [HEAD]),),
        ),
        make_doc(
            12,
            "Новый глава администрации",
            "Главой администрации Зареченска назначена Нина Петровна Орлова. Бывший глава "
            "Павел Крылов перешёл в правительство области.",
            "2019-06-10",
            people=(
                (ORLOVA, "Орлова", "Нина", "Петровна", ("Нина Петровна Орлова",), [HEAD]),
                (KRYLOV, "Крылов", "Павел", None, ("Павел Крылов",), [HEAD]),
            ),
        ),
        make_doc(
            13,
            "Заседание думы",
            "Председатель Городской Думы Андрей Викторович Соколов открыл заседание.",
            "2019-02-01",
            people=(
                (
                    SOKOLOV,
                    "Соколов",
                    "Андрей",
                    "Викторович",
                    ("Андрей Викторович Соколов",),
                    [("председатель", "Городская Дума", "Зареченск")],
                ),
            ),
        ),  # fmt: skip
    ]


def with_statuses(docs: list[dict]) -> list[dict]:
    """Posts carry a status (``former`` for the previous head in the 2019 article)."""
    for doc in docs:
        for person in doc["people"]:
            for post in person["posts"]:
                post["status"] = (
                    "former"
                    if doc["published_at"] == "2019-06-10" and person["key"] == KRYLOV
                    else "current"
                )
    return docs


def test_offices_with_holders_newest_first(empty_backend) -> None:
    empty_backend.upsert(with_statuses(registry_docs()))
    if hasattr(empty_backend, "refresh"):
        empty_backend.refresh()
    found = officials(empty_backend.iter_documents())
    assert [(o["title"], o["org"], o["place"]) for o in found] == [
        ("глава", "администрация", "Зареченск"),
        ("председатель", "Городская Дума", "Зареченск"),
    ]
    head = found[0]["holders"]
    assert [h["person"]["key"] for h in head] == [ORLOVA, KRYLOV]
    assert head[1] | {"evidence": None} == {
        "person": {"key": KRYLOV, "name": "Павел Иванович Крылов"},  # the fullest form seen
        "status": "former",
        "first_seen": "2018-03-01",
        "last_seen": "2019-06-10",
        "documents": [registry_docs()[1]["id"], registry_docs()[0]["id"]],
        "evidence": None,
    }
    assert "Бывший глава" in head[1]["evidence"][0]["quote"]

    then = officials(empty_backend.iter_documents(), as_of=date(2018, 12, 31))
    assert [h["person"]["key"] for h in then[0]["holders"]] == [KRYLOV]
    assert then[0]["holders"][0]["status"] == "current"

    in_duma = officials(empty_backend.iter_documents(), org="городской думы", place="Зареченске")
    assert [o["title"] for o in in_duma] == ["председатель"]
    assert officials(empty_backend.iter_documents(), place="Калуга") == []


def test_cli_json_shape_is_the_contract(tmp_path) -> None:
    from search import open_index

    target = f"sqlite:///{tmp_path}/index.db"
    with open_index(target) as index:
        index.upsert(with_statuses(registry_docs()))
    proc = dumawatch("officials", "--index", target, "--place", "Зареченск", "--json")
    assert proc.returncode == 0, proc.stderr
    offices = json.loads(proc.stdout)
    assert all(set(o) == {"title", "org", "place", "holders"} for o in offices)
    holders = [h for o in offices for h in o["holders"]]
    assert all(
        set(h) == {"person", "status", "first_seen", "last_seen", "documents"} for h in holders
    )
    assert all(set(h["person"]) == {"key", "name"} for h in holders)
    human = dumawatch("officials", "--index", target, "--as-of", "2018-12-31")
    assert human.returncode == 0, human.stderr
    assert "Павел Иванович Крылов (сейчас)" in human.stdout and "Орлова" not in human.stdout
    bad = dumawatch("officials", "--index", target, "--as-of", "вчера")
    assert bad.returncode != 0 and len(bad.stderr.strip().splitlines()) == 1


def test_api_answers_as_the_cli(tmp_path) -> None:
    from fastapi.testclient import TestClient

    from dumawatch.api import create_app
    from search import open_index

    target = f"sqlite:///{tmp_path}/index.db"
    with open_index(target) as index:
        index.upsert(with_statuses(registry_docs()))
    with TestClient(create_app(target, str(tmp_path / "state.db"))) as client:
        answer = client.get("/api/officials", params={"org": "администрации"})
        assert answer.status_code == 200, answer.text
        assert [o["title"] for o in answer.json()] == ["глава"]
        assert answer.json()[0]["holders"][0]["evidence"][0]["quote"].startswith("Главой")
        refused = client.get("/api/officials", params={"as_of": "2019"})
        assert refused.status_code == 422 and "YYYY-MM-DD" in refused.text


def test_one_office_however_the_post_names_it(empty_backend) -> None:
    # «глава» of «администрация» and «глава администрации» in Зареченск are one office
    docs = registry_docs()
    docs[1]["people"][0]["posts"] = [
        {"title": "глава администрации", "org": None, "place": "Зареченск", "status": "current"}
    ]
    empty_backend.upsert(docs)
    if hasattr(empty_backend, "refresh"):
        empty_backend.refresh()
    found = officials(empty_backend.iter_documents(), place="Зареченск")
    heads = [o for o in found if o["title"].startswith("глава")]
    assert len(heads) == 1
    assert {h["person"]["key"] for h in heads[0]["holders"]} == {KRYLOV, ORLOVA}


def test_a_town_head_said_without_the_town_is_one_office_with_the_named_one(
    empty_backend,
) -> None:
    """«глава города» with no place and «глава» of Зареченск held by one person: one office;
    another person's placeless «глава района» stays its own."""
    docs = [
        make_doc(
            16,
            "Глава Зареченска отчитался",
            "Глава Зареченска Павел Иванович Крылов отчитался перед депутатами.",
            "2018-03-01",
            people=(
                (KRYLOV, "Крылов", "Павел", "Иванович", ("Павел Иванович Крылов",), [TOWN_HEAD]),
            ),
        ),
        make_doc(
            14,
            "Глава города на субботнике",
            "Глава города Павел Крылов вышел на субботник.",
            "2019-04-20",
            people=(
                (
                    KRYLOV,
                    "Крылов",
                    "Павел",
                    None,
                    ("Павел Крылов",),
                    [("глава города", None, None)],
                ),
            ),
        ),
        make_doc(
            15,
            "Глава района",
            "Глава района Нина Орлова открыла школу.",
            "2019-05-01",
            people=(
                (ORLOVA, "Орлова", "Нина", None, ("Нина Орлова",), [("глава района", None, None)]),
            ),
        ),
    ]
    empty_backend.upsert(docs)
    if hasattr(empty_backend, "refresh"):
        empty_backend.refresh()
    found = {(o["title"], o["place"]): o for o in officials(empty_backend.iter_documents())}
    assert set(found) == {("глава", "Зареченск"), ("глава района", None)}
    (krylov,) = found[("глава", "Зареченск")]["holders"]
    assert (krylov["first_seen"], krylov["last_seen"]) == ("2018-03-01", "2019-04-20")
    assert len(krylov["documents"]) == 2
