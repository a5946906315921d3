"""Office watches: an entry naming an office (post, place, organisation) alerts when the office
gets a holder it has not had, or a holder's status changes («избран новый председатель», «назначен
врио главы»), rather than on every mention.

What the watch knows of the office is kept per entry in ``office_holders`` (each holder's last
status and the document that gave it), so a re-processed document alerts no one twice, and an
older article read after a newer one cannot turn a status back.

A town's own news calls its head «глава города» without naming the town: a placeless post
whose complement is the kind of the watched place holds that office in an article whose
leading place (the one named most often) is the watched one.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from monitor.state import StateStore
from search.facts import lemma_key
from search.office_keys import office_key, placed_as
from search.officials import words_in

if TYPE_CHECKING:
    from search.person_registry import Registry


@dataclass
class Change:
    person: dict  # the document's person record
    status: str
    kind: str  # "new_holder" or "status"
    before: str | None = None

    def to_json(self) -> dict:
        return {
            "person": {"key": str(self.person.get("key") or ""), "name": self.person.get("name")},
            "change": self.kind,
            "status": self.status,
            "previous_status": self.before,
        }


def holders_in(office: dict, doc: dict, people: Registry | None = None) -> list[tuple[dict, str]]:
    """(person, status) of the people ``doc`` gives this office: the same post title (as lemmas),
    in the place and organisation the watch names, when it names them. With the person registry
    (``people``), each identity once, under its key and display name."""
    title = lemma_key(office["title"])
    watched = office_key(office["title"], office.get("org"), office.get("place"))
    words = watched[0]
    home = words_in(office.get("place"), main_place(doc)) if office.get("place") else False
    found = []
    seen: set[str] = set()
    for person in doc.get("people") or []:
        if people is not None:
            person = people.person(person, str(doc.get("id")))
            if person.get("key") and person["key"] in seen:
                continue
        for post in person.get("posts") or []:
            same = lemma_key(post.get("title") or "") == title
            # «глава» of «Администрация Уфы» is the watched «глава администрации» of Уфа
            said = office_key(post.get("title") or "", post.get("org"), post.get("place"))
            # «глава города» with no place, in an article about the watched town, is its head
            local = home and not post.get("place") and placed_as(said, [watched]) == watched
            if not same and said[0] != words and not local:
                continue
            placed = post.get("place") or said[1]  # «Калужской городской Думы»: Калуга
            if (local or words_in(office.get("place"), placed)) and words_in(
                office.get("org"), post.get("org")
            ):
                found.append((person, str(post.get("status") or "current")))
                seen.add(str(person.get("key") or ""))
                break
    return found


def main_place(doc: dict) -> str | None:
    """The place an article is about: the one it names most often, when one leads."""
    counts = Counter(
        lemma_key(str(e.get("normal") or e.get("text") or ""))
        for e in doc.get("entities") or []
        if e.get("type") == "LOC"
    )
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def office_changes(
    state: StateStore, entry_id: int, office: dict, doc: dict, people: Registry | None = None
) -> list[Change]:
    """What ``doc`` changes in the office as this watch knows it; the knowledge is updated.
    With the person registry, a holder is known under any key of their identity, so a merge
    or a second key of the same person is no new holder."""
    day = doc.get("published_at")
    changes = []
    with state.transaction() as db:
        for person, status in holders_in(office, doc, people):
            key = str(person.get("key") or person.get("name") or "")
            ident = people.find(key) if people is not None else None
            # its stored keys, but not those it shares as a split-off person (they name another)
            own = [k for k in ident.keys if people.find(k) is ident] if ident and people else []
            aliases = sorted({key, *own})
            marks = ",".join("?" * len(aliases))
            known = db.execute(
                "SELECT status, doc_id, published_at FROM office_holders"
                f" WHERE entry_id = ? AND person_key IN ({marks})"
                " ORDER BY coalesce(published_at, '') DESC LIMIT 1",
                (entry_id, *aliases),
            ).fetchone()
            if known is not None and len(aliases) > 1:  # kept from now on under the identity
                db.execute(
                    f"DELETE FROM office_holders WHERE entry_id = ? AND person_key IN ({marks})",
                    (entry_id, *aliases),
                )
                db.execute(
                    "INSERT INTO office_holders"
                    " (entry_id, person_key, status, doc_id, published_at) VALUES (?, ?, ?, ?, ?)",
                    (entry_id, key, *known),
                )
            if known is None:
                changes.append(Change(person, status, "new_holder"))
            elif known[1] == doc["id"] or (known[2] and day and day < known[2]):
                continue  # the same document again, or an older one than what is known
            elif known[0] != status:
                changes.append(Change(person, status, "status", before=known[0]))
            else:
                db.execute(
                    "UPDATE office_holders SET doc_id = ?, published_at = ?"
                    " WHERE entry_id = ? AND person_key = ?",
                    (doc["id"], day, entry_id, key),
                )
                continue
            db.execute(
                "INSERT OR REPLACE INTO office_holders"
                " (entry_id, person_key, status, doc_id, published_at) VALUES (?, ?, ?, ?, ?)",
                (entry_id, key, status, doc["id"], day),
            )
    return changes
