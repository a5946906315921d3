"""What the post-shape tests compare: a person's posts as (title, status), read from
``extract`` with one publication date so that dated statuses do not move with the calendar."""

from __future__ import annotations

from extraction import extract

PUBLISHED = "2024-05-14"


def posts_of(text: str, last: str) -> list[tuple[str, str]]:
    """(title, status) of each post of the person with that surname; a missing person fails."""
    for person in extract(text, PUBLISHED)["people"]:
        if person["last"] == last:
            return [(p["title"], p["status"]) for p in person["posts"]]
    raise AssertionError(f"{last} not found in {text!r}")
