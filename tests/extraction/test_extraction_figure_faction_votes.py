"""A tally worded by faction: the party named after the counted deputies («трое депутатов ЛДПР
воздержались», «пять депутатов фракции «…» голосовали против») or a faction's size set off after
its name before the faction's vote («Фракция «…», 22 депутата, поддержала документ», «КПРФ (4
депутата) голосовала против»). A faction's size with no vote stays members."""

from __future__ import annotations

import pytest

from tests.extraction.figure_sentences import predict


def _tallies(text: str) -> list[tuple]:
    return [(v["for"], v["against"], v["abstained"]) for v in predict(text)[1]]


def _roles(text: str) -> list[tuple]:
    return [(f["value"], f["role"]) for f in predict(text)[0] if f["is_people"]]


@pytest.mark.parametrize(
    ("text", "tally", "roles"),
    [
        (
            "При голосовании по отчёту мэра двое депутатов ЛДПР воздержались.",
            (None, None, 2),
            [(2, "abstained")],
        ),
        (
            "Шесть депутатов фракции «Новые люди» голосовали против повышения тарифов.",
            (None, 6, None),
            [(6, "votes_against")],
        ),
        (
            "Фракция «Единая Россия» в полном составе, 19 депутатов, поддержала поправки в устав.",
            (19, None, None),
            [(19, "votes_for")],
        ),
        (
            "Фракция «Единая Россия» (17 депутатов) поддержала проект, КПРФ (5 депутатов) "
            "голосовала против.",
            (17, 5, None),
            [(17, "votes_for"), (5, "votes_against")],
        ),
    ],
)
def test_a_factions_count_takes_its_side(text: str, tally: tuple, roles: list[tuple]) -> None:
    assert _tallies(text) == [tally]
    assert _roles(text) == roles


@pytest.mark.parametrize(
    "text",
    [
        "В думе шестого созыва работает фракция ЛДПР, 3 депутата, созданная сразу после выборов.",
        "В новый совет вошли 14 депутатов ЕР и 4 депутата КПРФ.",
    ],
)
def test_a_factions_size_without_a_vote_is_members(text: str) -> None:
    assert _tallies(text) == []
    assert {role for _, role in _roles(text)} == {"members"}
