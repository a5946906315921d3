"""The people facet by identity, not by extraction key: «Д. О. Морозов» and «Дмитрий Морозов»
are one entry, valued by the identity's stable key (so picking it filters as ``--person``),
labelled with its display name and counting each matching document once, whichever of the
identity's keys it holds; after a split each identity counts only the documents it owns.

Both backends count documents per stored key first. An identity with one key and no split is
counted by that key exactly; the others (several keys, or a key whose mentions a split shares
out) are counted exactly by the backend — only those whose count could reach the facet (the
sum of their keys' counts is an upper bound) — so the cost stays with the few curated or
merged people among the top ones."""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from search.backend import IndexBackend
from search.person_registry import Identity, PersonFilter, Registry, registry, registry_for_keys
from search.person_registry import _cache_lock as registry_lock
from search.query import Facet


@dataclass
class Sharing:
    """Per registry: the identities each stored key's mentions can belong to."""

    split_offs: dict[str, list[Identity]] = field(default_factory=dict)  # key -> split-offs
    filters: dict[str, PersonFilter] = field(default_factory=dict)  # identity key -> its filter

    @classmethod
    def of(cls, reg: Registry) -> Sharing:
        with _lock:
            known = _sharing.get(reg)
            if known is None:
                known = cls()
                for ident in reg.identities.values():
                    for k in ident.only or {}:
                        known.split_offs.setdefault(k, []).append(ident)
                _sharing[reg] = known
            return known

    def owners(self, reg: Registry, key: str) -> list[Identity]:
        """Identities holding mentions under ``key``: its own, then any split off it."""
        main = reg.find(key)
        found = {main.key: main} if main is not None else {}
        for ident in self.split_offs.get(key, ()):
            found.setdefault(ident.key, ident)
        return list(found.values())

    def person_filter(self, reg: Registry, key: str) -> PersonFilter:
        """The mentions one identity owns (``Registry.person_filter``), worked out once per
        registry: a big identity's takes a look at each of its documents."""
        with _lock:
            if key not in self.filters:
                self.filters[key] = reg.person_filter(key, [])
            return self.filters[key]

    def simple(self, reg: Registry, key: str) -> Identity | None:
        """The identity a key's count belongs to as it is, when there is exactly one and it
        has no other key; None when the key's count must be shared out."""
        if key in self.split_offs:
            return None
        ident = reg.find(key)
        if ident is None or len(ident.keys) > 1 or ident.excluded or ident.only is not None:
            return None
        return ident


_sharing: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_lock = threading.RLock()


def facet_order(facet: Facet) -> tuple:
    """Most documents first, then by label and value (as both backends order every facet)."""
    return (-facet.count, facet.label, facet.value)


def registry_of(
    index: IndexBackend,
    keys: Callable[[], Iterable[str]] | None = None,
    limit: int | None = None,
) -> Registry | None:
    """The index's person registry, or None while the registry itself is reading the index
    in this thread (its reads must not group people again). The registry's lock is taken
    first: another thread's person filter sets the same mark while it holds it, and must not
    make this search fall back to facets by key. With ``keys`` (the stored keys a facet
    counts) and no whole registry read yet in this process, a registry of just their people
    (``registry_for_keys``): the facet's identities are the same, and the first search of a
    process does not read every document's people."""
    with registry_lock:
        if getattr(index, "_registry_busy", False):
            return None
        if keys is None:
            return registry(index)
        return registry_for_keys(index, keys, limit)


def people_by_identity(
    reg: Registry | None,
    counts: Iterable[tuple[str, str, int]],
    size: int,
    exact: Callable[[list[Identity]], dict[str, int]],
) -> list[Facet]:
    """The ``size`` top identities from documents counted per stored key (``counts``: key,
    label, documents). ``exact`` counts the matching documents of given identities; it is
    asked only about identities whose upper bound can reach the cut."""
    counts = [(k, label, n) for k, label, n in counts if n > 0]
    if size <= 0:
        return []
    if reg is None:
        return sorted((Facet(k, label, n) for k, label, n in counts), key=facet_order)[:size]
    sharing = Sharing.of(reg)
    plain: list[Facet] = []
    bound: dict[str, int] = {}
    shared: dict[str, Identity] = {}
    for key, label, n in counts:
        ident = sharing.simple(reg, key)
        if ident is not None:
            plain.append(Facet(ident.key, ident.name, n))
            continue
        owners = sharing.owners(reg, key)
        if not owners:  # not in the registry yet (written after it was read): as stored
            plain.append(Facet(key, label, n))
        for owner in owners:
            shared[owner.key] = owner
            bound[owner.key] = bound.get(owner.key, 0) + n
    plain.sort(key=facet_order)
    cut = plain[size - 1].count if len(plain) >= size else 1
    wanted = [shared[k] for k in sorted(bound) if bound[k] >= cut]
    found = exact(wanted) if wanted else {}
    out = plain + [Facet(i.key, i.name, found.get(i.key, 0)) for i in wanted]
    return sorted((f for f in out if f.count > 0), key=facet_order)[:size]
