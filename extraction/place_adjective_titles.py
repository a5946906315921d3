"""A place said by an adjective before a one-word office: «печорский мэр», «ярославский
губернатор», «Тверской глава». The post is «мэр», «губернатор», «глава»; the adjective names
where it is held (like «мэр Печоры»), and the title keeps only generic complements. Adjectives
of a level of government («городской глава», «сельский глава») are part of the title and stay.
"""

from __future__ import annotations

import re

from .people import Post

# offices one person holds over a place, said with a place adjective in news
PLACE_OFFICES = frozenset({"мэр", "губернатор", "глава", "градоначальник", "сити-менеджер"})
# adjectives of a level, not a place: part of the title
LEVEL_ADJECTIVES = re.compile(
    r"(?:город|сель|поселк|республикан|муниципаль|район|област|краев|окруж|федераль|"
    r"региональ|столич|бывш|нов|перв|втор|прежн|нынешн|действующ)",
    re.I,
)
PLACE_ADJECTIVE = re.compile(r"[а-яё-]+(?:ский|цкий|ской|цкой)", re.I)


def plain_place_office(post: Post) -> Post:
    """«печорский мэр» -> «мэр»; any other post as it is."""
    words = post.title.split()
    if len(words) != 2 or words[1].lower() not in PLACE_OFFICES:
        return post
    adjective = words[0]
    if not PLACE_ADJECTIVE.fullmatch(adjective) or LEVEL_ADJECTIVES.match(adjective):
        return post
    post.title = words[1].lower()
    post.head = post.title
    return post
