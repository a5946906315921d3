"""PATCH of a watchlist entry through the API: only the fields given change, the token is
required, bad input is a 4xx with a JSON reason and leaves the stored entry as it was."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from dumawatch.api import create_app

TOKEN = "edit-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture
def client(tmp_path, monkeypatch):
    monkeypatch.setenv("DUMAWATCH_API_TOKEN", TOKEN)
    app = create_app(f"sqlite:///{tmp_path}/index.db", str(tmp_path / "state.db"))
    with TestClient(app) as c:
        yield c


def make_entry(client: TestClient) -> tuple[int, dict]:
    wl = client.post("/api/watchlists", json={"name": "Дума"}, headers=AUTH).json()
    entry = {"name": "Крылов", "aliases": ["глава Крылов"], "posts": [], "regions": ["RU-KLU"]}
    r = client.post(f"/api/watchlists/{wl['id']}/entries", json=entry, headers=AUTH)
    assert r.status_code == 201
    return wl["id"], r.json()


def test_patch_changes_only_the_fields_given(client) -> None:
    wid, entry = make_entry(client)
    path = f"/api/watchlists/{wid}/entries/{entry['id']}"
    r = client.patch(path, json={"name": " Павел Крылов ", "posts": ["глава администрации"]},
                     headers=AUTH)  # fmt: skip
    assert r.status_code == 200, r.text
    got = r.json()
    assert got["name"] == "Павел Крылов" and got["posts"] == ["глава администрации"]
    assert got["aliases"] == ["глава Крылов"] and got["regions"] == ["RU-KLU"]
    assert got["id"] == entry["id"] and got["created_at"] == entry["created_at"]
    r = client.patch(path, json={"aliases": []}, headers=AUTH)  # an empty list clears
    assert r.json()["aliases"] == [] and r.json()["name"] == "Павел Крылов"
    listed = client.get(f"/api/watchlists/{wid}").json()["entries"]
    assert [e["name"] for e in listed] == ["Павел Крылов"]


@pytest.mark.parametrize(
    ("body", "headers", "status"),
    [
        ({"name": "Иванов"}, {}, 401),
        ({"name": "Иванов"}, {"Authorization": "Bearer wrong"}, 401),
        ({"name": "   "}, AUTH, 422),
        ({"nmae": "Иванов"}, AUTH, 422),
        ({"aliases": "не список"}, AUTH, 422),
    ],
)
def test_bad_patches_are_refused_and_change_nothing(client, body, headers, status) -> None:
    wid, entry = make_entry(client)
    r = client.patch(f"/api/watchlists/{wid}/entries/{entry['id']}", json=body, headers=headers)
    assert r.status_code == status and "detail" in r.json()
    assert client.get(f"/api/watchlists/{wid}").json()["entries"] == [entry]


def test_an_entry_of_another_list_or_none_is_404(client) -> None:
    wid, entry = make_entry(client)
    other = client.post("/api/watchlists", json={"name": "Другой"}, headers=AUTH).json()
    for path in (f"/api/watchlists/{other['id']}/entries/{entry['id']}",
                 f"/api/watchlists/{wid}/entries/999"):  # fmt: skip
        r = client.patch(path, json={"name": "Иванов"}, headers=AUTH)
        assert r.status_code == 404 and "no entry" in r.json()["detail"]
    assert client.get(f"/api/watchlists/{wid}").json()["entries"] == [entry]
