"""«Депутатом Думы района по округу № 16 избран Петров, по округу № 18 — Смирнова»: the
gapped name takes the office even when its title was cut before the district."""

from __future__ import annotations

from tests.extraction.post_reading import posts_of


def test_gapped_district_after_a_cut_title() -> None:
    text = (
        "Депутатом Думы района по одномандатному избирательному округу № 4 избран Ильдар "
        "Валеев, по округу № 7 – Антон Кудрин."
    )
    assert [t.split()[0] for t, _ in posts_of(text, "Кудрин")] == ["депутат"]


def test_a_phrase_with_po_that_is_no_district_gives_nothing() -> None:
    text = "Депутатом Думы района избран Ильдар Валеев, по словам комиссии – Антон Кудрин."
    assert posts_of(text, "Кудрин") == []
