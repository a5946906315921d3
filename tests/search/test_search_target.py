"""Index targets: resolved once with all their options, and credentials never shown."""

from __future__ import annotations

import pytest

from search.target import IndexSpec, index_options, redact, resolve_index


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


def test_resolve_index_reads_the_target_once_with_every_option(monkeypatch) -> None:
    monkeypatch.setenv("DUMAWATCH_INDEX", "http://elastic:S3cret@es:9200")
    spec = resolve_index(None, es_index="duma-2024", spool_dir="/var/spool/dumawatch")
    assert spec == IndexSpec(
        "http://elastic:S3cret@es:9200", {"index": "duma-2024", "spool_dir": "/var/spool/dumawatch"}
    )
    monkeypatch.setenv("DUMAWATCH_INDEX", "sqlite:///other.db")
    again = resolve_index(spec, retries=0)  # a spec is never resolved anew, only added to
    assert again.target == spec.target and again.options == {**spec.options, "retries": 0}
    assert resolve_index(spec, es_index="duma-2025").options["index"] == "duma-2025"
    assert "S3cret" not in repr(spec) + str(spec) and "spool_dir" in repr(spec)


def test_index_options_come_as_a_mapping_or_json_text() -> None:
    assert index_options('{"index": "duma", "retries": 0}') == {"index": "duma", "retries": 0}
    assert index_options(None) == index_options(" ") == {}
    with pytest.raises(ValueError, match="not JSON"):
        index_options("{index: duma}")
    with pytest.raises(ValueError, match="JSON object"):
        index_options('["duma"]')
