"""Write ``geo_names.txt``: the lemmas pymorphy3's dictionary tags ``Geox`` (places), one a
line, so the entity rules can tell a place adjective («японского», «лондонская») from another
one without loading the whole dictionary at run time.

usage: python extraction/data/build_geo_names.py
"""

from __future__ import annotations

from pathlib import Path

import pymorphy3


def main() -> None:
    words = pymorphy3.MorphAnalyzer().dictionary.iter_known_words()
    names = {
        normal
        for _word, tag, normal, _para, idx in words
        if idx == 0 and tag.POS == "NOUN" and "Geox" in tag
    }
    out = Path(__file__).with_name("geo_names.txt")
    out.write_text("\n".join(sorted(names)) + "\n", encoding="utf-8")
    print(f"{len(names)} names -> {out}")


if __name__ == "__main__":
    main()
