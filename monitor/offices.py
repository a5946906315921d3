"""Office watches: an entry naming an office (post, place, organisation) alerts when the office
gets a holder it has not had, or a holder's status changes («избран новый председатель», «назначен
врио главы»), rather than on every mention.

What the watch knows of the office is kept per entry in ``office_holders`` (each holder's last
status and the document that gave it), so a re-processed document alerts no one twice, and an
older article read after a newer one cannot turn a status back.
"""

from __future__ import annotations

from dataclasses import dataclass

from monitor.state import StateStore
from search.facts import lemma_key
from search.officials import words_in


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


def holders_in(office: dict, doc: dict) -> list[tuple[dict, str]]:
    """(person, status) of the people ``doc`` gives this office: the same post title (as lemmas),
    in the place and organisation the watch names, when it names them."""
    title = lemma_key(office["title"])
    found = []
    for person in doc.get("people") or []:
        for post in person.get("posts") or []:
            if lemma_key(post.get("title") or "") != title:
                continue
            if words_in(office.get("place"), post.get("place")) and words_in(
                office.get("org"), post.get("org")
            ):
                found.append((person, str(post.get("status") or "current")))
                break
    return found


def office_changes(state: StateStore, entry_id: int, office: dict, doc: dict) -> list[Change]:
    """What ``doc`` changes in the office as this watch knows it; the knowledge is updated."""
    day = doc.get("published_at")
    changes = []
    with state.transaction() as db:
        for person, status in holders_in(office, doc):
            key = str(person.get("key") or person.get("name") or "")
            known = db.execute(
                "SELECT status, doc_id, published_at FROM office_holders"
                " WHERE entry_id = ? AND person_key = ?",
                (entry_id, key),
            ).fetchone()
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
