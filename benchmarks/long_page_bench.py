"""Extraction cost of one long page against a short one: the work a page can cause must grow
in proportion to its length (a rule that re-reads the whole document per mention turns a 1 MB
page into minutes). Prints CPU seconds per 100,000 characters for each length and the ratio of
the longest to the shortest. Target: ratio <= 1.5.

usage: python benchmarks/long_page_bench.py [--sizes 100000 1000000]
"""

from __future__ import annotations

import argparse
import random
import time

# our own news sentences, shuffled: every rule of the pipeline has something to read
SENTENCES = [
    "Глава города Сергей Павлов встретился с жителями микрорайона.",
    "В Воронежской области открыли 12 новых школ.",
    "Депутаты городской думы утвердили бюджет на 2025 год: за — 25, против — 2.",
    "«Мы продолжим работу», — сказала Анна Кузнецова, директор библиотеки.",
    "На публичные слушания 15 марта пришли около 300 человек.",
    "Заместитель главы администрации Юрий Ильин провёл приём граждан.",
    "После своего избрания главой района Олег Сабуров вручил Ивану Зотову его удостоверение.",
    "Помощники депутатов Сергея Пахомова и Ильи Ракитина провели приём.",
    "Возглавлявшая ранее комиссию по бюджету и назначенная вчера заместителем главы Ольга "
    "Сметанина рассказала о планах.",
    "Губернатор поручил исполнять обязанности: первого заместителя — Алексею Шмыкову; "
    "вице-губернатора — Олегу Чемезову.",
    "Исполнять обязанности главы района будет Пётр Гаврилов, его предшественник ушёл в отставку.",
    "Решение поддержали большинством голосов (11 из 12 депутатов).",
    "Почётную грамоту вручили Шолбану Кара-оолу, Савочкиной Л. Н., заместителю главы.",
]


def page(size: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    parts, length = [], 0
    while length < size:
        part = rng.choice(SENTENCES) + rng.choice([" ", "\n\n"])
        parts.append(part)
        length += len(part)
    return "".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    args = parser.parse_args()
    from extraction import extract

    extract(page(2_000))  # load the models
    per_100k = []
    for size in sorted(args.sizes):
        text = page(size)
        start = time.process_time()
        extract(text)
        seconds = time.process_time() - start
        per_100k.append(seconds * 100_000 / len(text))
        print(f"{len(text):>9,} chars: {seconds:7.2f} s CPU, {per_100k[-1]:.2f} s per 100k chars")
    print(f"ratio longest/shortest per char: {per_100k[-1] / per_100k[0]:.2f} (target <= 1.5)")


if __name__ == "__main__":
    main()
