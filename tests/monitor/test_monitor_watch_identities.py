"""Watchlists and the office registry follow the person registry on both backends: an entry for
a key merged into another identity follows the whole identity, alerts name the identity's
display name and come once when two keys of one person are mentioned, a split moves documents
away from an entry and to a holder of their own. Texts are our own."""

from __future__ import annotations

import json
import os
import uuid

import pytest

from monitor.alerts import list_alerts, process_new_documents
from monitor.state import open_state
from monitor.watchlists import add_entry, create_watchlist
from search.officials import index_officials
from search.person_registry import merge, registry, rename, split
from tests.app.test_cli import dumawatch
from tests.search.test_person_registry import _doc, _load, _open, _p

KUZ = "кузнецова ольга"
SMI = "смирнова ольга"
MOROZOV = "морозов дмитрий"
MOROZOV_D = "морозов д"

K1 = "Ольга Кузнецова провела приём граждан в управе."
K2 = "Ольга Смирнова вручила грамоты выпускникам музыкальной школы."
K3 = "Ольга Кузнецова, в девичестве Ольга Смирнова, открыла сквер на Липовой улице."
M1 = "Глава Зареченска Дмитрий Олегович Морозов принял бюджет на будущий год."
M2 = "Глава Зареченска Д. О. Морозов подписал распоряжение о ремонте моста."
M3 = "Глава Зареченска Дмитрий Морозов, однофамилец главы, открыл турнир по шахматам."


def olga_docs() -> list[dict]:
    both = [
        _p(KUZ, "Ольга Кузнецова", K3, "Ольга Кузнецова"),
        _p(SMI, "Ольга Смирнова", K3, "Ольга Смирнова"),
    ]
    return [
        _doc("k1", K1, [_p(KUZ, "Ольга Кузнецова", K1, "Ольга Кузнецова")], "2024-03-01"),
        _doc("k2", K2, [_p(SMI, "Ольга Смирнова", K2, "Ольга Смирнова")], "2024-03-02"),
        _doc("k3", K3, both, "2024-03-03"),
    ]


def morozov_docs() -> list[dict]:
    head = "Зареченск"
    m2 = _p(MOROZOV_D, "Д. О. Морозов", M2, "Д. О. Морозов", head, first="Д.", middle="О.")
    return [
        _doc(
            "m1",
            M1,
            [
                _p(
                    MOROZOV,
                    "Дмитрий Олегович Морозов",
                    M1,
                    "Дмитрий Олегович Морозов",
                    head,
                    middle="Олегович",
                )
            ],
            "2024-04-01",
        ),  # fmt: skip
        _doc("m2", M2, [m2], "2024-04-02"),
        _doc("m3", M3, [_p(MOROZOV, "Дмитрий Морозов", M3, "Дмитрий Морозов", head)], "2024-04-03"),
    ]


@pytest.fixture(params=["sqlite", "elasticsearch"])
def setup(request, tmp_path):
    name = f"watchid-{uuid.uuid4().hex[:8]}"
    backend = _open(request.param, tmp_path, request, name)
    with open_state(tmp_path / "state.db") as state:
        yield request.param, name, backend, state
    backend.close()


def test_entry_for_a_merged_key_follows_the_identity_once(setup):
    _, _, backend, state = setup
    docs = olga_docs()
    _load(backend, docs)
    ident = merge(backend, [KUZ, SMI])
    rename(backend, ident.key, "Ольга Сергеевна Кузнецова")
    wl = create_watchlist(state, "Управа")
    add_entry(state, wl["id"], SMI)  # the key merged into «кузнецова ольга»
    add_entry(state, wl["id"], "Ольга Кузнецова")  # the same person by another name
    alerts = process_new_documents(state, backend, [d["id"] for d in docs], deliver=False)
    # one alert per document although two entries and (in k3) two keys name the person
    assert sorted(a["doc_id"] for a in alerts) == ["k1", "k2", "k3"]
    assert {a["person_key"] for a in alerts} == {ident.key}
    assert {a["person_name"] for a in alerts} == {"Ольга Сергеевна Кузнецова"}
    stored = list_alerts(state, watchlist_id=wl["id"])
    assert len(stored) == 3


def test_split_leaves_the_entry_and_makes_a_holder(setup, tmp_path):
    kind, name, backend, state = setup
    docs = morozov_docs()
    _load(backend, docs)
    # the two keys of one man: one holder, under the identity's key and fullest name
    [office] = index_officials(backend, place="Зареченск")
    assert [(h["person"], h["documents"]) for h in office["holders"]] == [
        ({"key": MOROZOV, "name": "Дмитрий Олегович Морозов"}, ["m3", "m2", "m1"])
    ]
    new = split(backend, MOROZOV, ["m3"])
    [office] = index_officials(backend, place="Зареченск")
    assert [(h["person"]["key"], h["documents"]) for h in office["holders"]] == [
        (new.key, ["m3"]),
        (MOROZOV, ["m2", "m1"]),
    ]
    assert office["holders"][0]["person"]["name"] == "Дмитрий Морозов"
    # the CLI prints the same holders in the same JSON shape
    if kind == "sqlite":
        target = ["--index", f"sqlite:///{tmp_path}/index.db"]
    else:
        target = ["--index", os.environ["DUMAWATCH_ES_URL"], "--es-index", name]
    proc = dumawatch("officials", *target, "--json")
    assert proc.returncode == 0, proc.stderr
    [printed] = json.loads(proc.stdout)
    assert set(printed) == {"title", "org", "place", "holders"}
    assert [h["person"] for h in printed["holders"]] == [h["person"] for h in office["holders"]]
    assert all(
        set(h) == {"person", "status", "first_seen", "last_seen", "documents"}
        for h in printed["holders"]
    )
    # a person entry for the original key no longer alerts on the split-off document
    wl = create_watchlist(state, "Мэрия")
    add_entry(state, wl["id"], MOROZOV)
    alerts = process_new_documents(state, backend, ["m1", "m2", "m3"], deliver=False)
    assert sorted(a["doc_id"] for a in alerts) == ["m1", "m2"]
    assert {a["person_name"] for a in alerts} == {"Дмитрий Олегович Морозов"}


def test_office_watch_counts_one_identity_as_one_holder(setup):
    _, _, backend, state = setup
    docs = morozov_docs()[:2]
    _load(backend, docs)
    assert registry(backend).find(MOROZOV_D).key == MOROZOV
    wl = create_watchlist(state, "Мэрия")
    add_entry(state, wl["id"], "", office={"title": "глава", "place": "Зареченск"})
    alerts = process_new_documents(state, backend, ["m1", "m2"], deliver=False)
    # «Д. О. Морозов» in the later article is the same holder, not a new one
    assert [(a["doc_id"], a["person_key"], a["person_name"]) for a in alerts] == [
        ("m1", MOROZOV, "Дмитрий Олегович Морозов")
    ]
    assert [c["change"] for c in alerts[0]["changes"]] == ["new_holder"]


def test_office_watch_tells_a_split_off_holder_apart(setup):
    _, _, backend, state = setup
    _load(backend, morozov_docs())
    new = split(backend, MOROZOV, ["m3"])
    wl = create_watchlist(state, "Мэрия")
    add_entry(state, wl["id"], "", office={"title": "глава", "place": "Зареченск"})
    alerts = process_new_documents(state, backend, ["m1", "m2", "m3"], deliver=False)
    assert [(a["doc_id"], a["person_key"]) for a in alerts] == [("m1", MOROZOV), ("m3", new.key)]
    assert alerts[1]["person_name"] == "Дмитрий Морозов"
    # a later article on the first man, under his other key: nothing new about the office
    body = "Глава Зареченска Д. О. Морозов провёл совещание по отоплению."
    later = _doc("m4", body, [_p(MOROZOV_D, "Д. О. Морозов", body, "Д. О. Морозов", "Зареченск",
                               first="Д.", middle="О.")], "2024-05-01")  # fmt: skip
    _load(backend, [later])
    assert process_new_documents(state, backend, ["m4"], deliver=False) == []
