"""Status words of a post: «бывший глава» is a former head, «и.о. главы» an acting one.

The title keeps the bare post; the words that say whether the post is held now, was held, is
held for the time being or is about to be held become ``status``:
- ``former``: бывший, прежний, предыдущий, покойный, тогдашний, экс- (written apart:
  «экспрезидент» is left to the caller, «эксперт» being no former «перт»), (временно)
  исполнявший обязанности — acting once, no more;
- ``acting``: врио, врип, и.о., и.п., (временно) исполняющий обязанности / полномочия, (временное)
  исполнение обязанностей;
- ``elect``: избранный, вновь избранный, новоизбранный, назначенный, будущий (not yet in
  office);
- ``current``: the default; нынешний, действующий, новый only say so (уходящий too: the post is
  still held), and words that describe
  the person rather than the post (известный, опытный, молодой, старейший, бессменный, an age
  such as «54-летний») leave the title too: «старейший депутат» holds the post «депутат»; so
  do «новоиспечённый» and the «обычный / рядовой» of one post among its higher grades.
"""

from __future__ import annotations

import re

STATUSES = ("current", "former", "acting", "elect")

# singular and plural endings: «бывший глава», «бывшие депутаты», «прежних руководителей»
_ADJ = r"(?:ий|ый|ого|его|ому|ему|ими|ыми|им|ым|ем|ом|ая|яя|ой|ей|ую|юю|ие|ые|их|ых)"
_END = r"(?![а-яё])"
STATUS_WORDS = re.compile(
    rf"""(?:
    (?P<former>(?:бывш|прежн|предыдущ|покойн|тогдашн){_ADJ}{_END}|экс(?:\s*-\s*|\s+)
       |(?:временно\s+)?исполнявш{_ADJ}\s+(?:обязанност[иейям]*|полномочи[йяеюми]*){_END})
    |(?P<acting>(?:вр\.?\s*)?и(?:\s*\.\s*|)о(?:\.|{_END})|и\s*\.\s*п(?:\.|{_END})
       |вр\.?\s*и\s*\.?\s*п(?:\.|{_END})
       |(?:временн(?:о|ое|ого|ому|ым)\s+)?(?:исполняющ{_ADJ}|исполнени[еяю]|исполнением)\s+
        (?:обязанност[иейям]*|полномочи[йяеюми]*){_END})
    |(?P<elect>(?:(?:вновь\s+)?избранн|новоизбранн|назначенн|будущ){_ADJ}{_END})
    |(?P<current>(?:нынешн|действующ|уходящ|нов|известн|опытн|молод|старейш|бессменн
       |новоиспеченн|новоиспечённ|обычн|рядов){_ADJ}{_END}
       |\d+\s*-\s*летн{_ADJ}{_END})
    )\s*""",
    re.X | re.I,
)
# Status words in running text (a run of them, before a post head the caller checks).
STATUS_RUN = re.compile(rf"(?<![\w.-])(?:{STATUS_WORDS.pattern})+", re.X | re.I)


def split_status(text: str) -> tuple[str, int]:
    """(status, length of the status words at the start of ``text``). The first word that
    says more than ``current`` decides: «бывший и.о. главы» is former; but one appointed to
    act («назначенный исполняющим обязанности главы», «назначенный врио») is acting now."""
    status, pos = "current", 0
    while True:
        found = STATUS_WORDS.match(text, pos)
        if found is None or found.end() == pos:
            return status, pos
        kind = found.lastgroup or "current"
        if status == "current" or (status == "elect" and kind == "acting"):
            status = kind
        pos = found.end()
