"""«работал в качестве заместителя главы» is a post held before (as «работал заместителем»
is); «работает в качестве» and «выступил в качестве» keep it current."""

from __future__ import annotations

import pytest

from tests.extraction.post_reading import posts_of


@pytest.mark.parametrize(
    "text",
    [
        "Олег Шмаков работал в качестве заместителя главы округа.",
        "В 2011 году Олег Шмаков уже служил в качестве заместителя главы округа.",
        "Что касается Олега Шмакова, то в 2011 году он работал в качестве заместителя главы "
        "округа.",
    ],
)
def test_past_work_in_a_role_is_former(text: str) -> None:
    assert ("заместитель главы округа", "former") in posts_of(text, "Шмаков")


@pytest.mark.parametrize(
    "text",
    [
        "Олег Шмаков работает в качестве заместителя главы округа.",
        "Олег Шмаков выступил в качестве заместителя главы округа.",
    ],
)
def test_present_or_other_verbs_stay_current(text: str) -> None:
    assert posts_of(text, "Шмаков") == [("заместитель главы округа", "current")]
