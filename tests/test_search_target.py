"""Index targets in messages: credentials never shown."""

from __future__ import annotations

import pytest

from search.target import redact


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("http://elastic:S3cret@es:9200", "http://elastic:***@es:9200"),
        (
            "cannot open index https://u:p%40ss@h:9243/x: timeout",
            "cannot open index https://u:***@h:9243/x: timeout",
        ),
        ("http://token@es:9200", "http://token:***@es:9200"),
        ("sqlite:///dumawatch.db", "sqlite:///dumawatch.db"),
        ("http://es:9200 and http://a:b@c:1", "http://es:9200 and http://a:***@c:1"),
    ],
)
def test_redact_masks_every_password(text: str, shown: str) -> None:
    assert redact(text) == shown
    assert "S3cret" not in redact(text)
