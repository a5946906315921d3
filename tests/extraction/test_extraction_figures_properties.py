"""Figures and votes together on text made of the words their newer rules read (names after a
dash, «их было», «с половиной», case endings after digits, tallies over two sentences): they
never raise, every offset slices to its ``text``, and each tally number is a figure with a vote
role."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extraction.figure_roles import ROLES
from extraction.figures import find_figures
from extraction.votes import FIELDS, find_votes

WORDS = st.sampled_from(
    ["24", "3", "500", "-от", "-и", "-мя", "2", "с", "половиной", "тысячи", "тыс.", "две"]
    + ["трое", "двое", "человек", "депутатов", "депутатов-одномандатников", "их", "было"]
    + ["насчитывалось", "—", "–", ":", ",", ".", "и", "Иван", "Орлов", "Анна", "Серова"]
    + ["Г.", "Слаутина", "за", "против", "воздержались", "Против", "За", "единогласно"]
    + ["решение", "принято", "голосов", "на", "заседание", "пришли", "не", "явились", "из"]
    + ["онлайн-голосовании", "численность", "жителей", "поселения", "вновь", "избранных"]
    + ["\n", "«", "»", "ТОС", "5", "округов", "место", "1", "(", "пятьдесят", ")", "по", "до"]
    + ["число", "количество", "ТОСов", "сократят", "получил", "голосами", "высказались"]
    + ["в поддержку", "отсутствовали", "прекращения", "полномочий", "12 345", "июня", "думе"]
)
TEXT = st.lists(WORDS, max_size=50).map(" ".join)
GLUED = st.lists(WORDS, max_size=50).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(TEXT, GLUED, st.text(max_size=200)))
def test_figures_and_votes_never_raise_and_slice(text: str) -> None:
    figures = find_figures(text)
    votes = find_votes(text, figures)
    for item in figures + votes:
        assert 0 <= item["start"] < item["end"] <= len(text)
        assert text[item["start"] : item["end"]] == item["text"]
    assert [f["start"] for f in figures] == sorted(f["start"] for f in figures)
    for f in figures:
        assert f["value"] >= 0 and f["unit"]
        assert f["role"] in (set(ROLES) if f["is_people"] else {None})
    vote_figures = [f for f in figures if f["role"] in {"votes_for", "votes_against", "abstained"}]
    for v in votes:
        assert tuple(v) == FIELDS
        for side, role in (("for", "votes_for"), ("against", "votes_against")):
            if v[side]:  # a number the tally read is a figure inside the tally's span
                assert any(
                    f["role"] == role and f["value"] == v[side] and v["start"] <= f["start"]
                    for f in vote_figures
                ), (side, v)
