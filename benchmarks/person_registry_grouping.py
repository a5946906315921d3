"""Time the person registry's grouping of stored keys into identities on a synthetic set of
keys (surnames × first names, 30 % initials only).

Run: ``python benchmarks/person_registry_grouping.py``."""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from search.person_registry import Registry, _Key  # noqa: E402

SURNAMES = ["Иванов", "Петров", "Сидоров", "Кузнецов", "Смирнов", "Попов", "Лебедев", "Козлов"]
FIRSTS = ["Сергей", "Дмитрий", "Андрей", "Алексей", "Игорь", "Олег", "Павел", "Николай"]


def main(mentions: int = 10_000, surnames: int = 800) -> None:
    rng = random.Random(1)
    pool = SURNAMES + [f"Фамилия{i}ов" for i in range(surnames)]
    people: dict[str, _Key] = {}
    for i in range(mentions):
        last, first = rng.choice(pool), rng.choice(FIRSTS)
        given = first.lower() if rng.random() < 0.7 else first[0].lower()
        key = f"{last.lower()} {given}"
        rec = people.setdefault(key, _Key(key, surname=last.lower(), first=given))
        rec.names[f"{first if len(given) > 1 else first[0] + '.'} {last}"] += 1
        rec.docs.add(str(i))
    start = time.perf_counter()
    registry = Registry(people, [])
    took = time.perf_counter() - start
    print(f"{len(people)} keys -> {len(registry.identities)} identities in {took:.2f} s")


if __name__ == "__main__":
    main()
