"""Is a name Chinese, Korean or Vietnamese, written family name first («Вэнь Цзябао», «Ли Кэцян»,
«Пан Ги Мун», «Нгуен Тан Зунг»)?

Russian news keeps the East Asian order, so the surname is the first word, not the last. A
family name alone does not say so («Ян Табачник», «Ван Гог» are European): the rest of the name
must look East Asian too — one word built of Chinese syllables as Russian transcribes them (no
consonant cluster but «цз», «чж» or a syllable-final «н(ь)»; no final consonant but «н», «нь»,
«р»), or two short syllable words as Korean and Vietnamese names are written. Japanese names
come given name first in Russian text («Наото Кан») and are left alone.
"""

from __future__ import annotations

import re

FAMILY_NAMES = frozenset(
    # Chinese (Palladius transcription)
    """ли ван чжан лю чэнь чень ян хуан чжао чжоу сюй сунь ма чжу ху го хэ гао линь ло чжэн лян
    се сун тан хань фэн дэн цао пэн цзэн сяо тянь дун пань юань цай цзян юй ду вэй су люй дин
    жэнь яо шэнь чжун цуй тань фань ляо ши цзинь цзя сюэ янь вэнь бо си мэн кун ци лэй хоу шао
    мао цинь гу лун дай инь цянь чэн
    ким пак пан чхве цой чон кан чо юн чан лим хан мун но ан хон квон
    нгуен фам хоанг фан ву во данг буй хо нго зыонг""".split()
)
VOWELS = "аеёиоуыэюя"
# a consonant may stand before another only as «ц» of «цз», «ч» of «чж», or a syllable's
# final «н» («Цзиньтао», «Дэмин»); «ь» and «й» close a syllable
CLUSTER = re.compile(rf"[^{VOWELS}ьйн][^{VOWELS}ь]")
CHINESE_END = re.compile(rf"([{VOWELS}й]|нь|н|р)$")


def _chinese_word(word: str) -> bool:
    """«Цзябао», «Дэмин», «Цзиньтао»: a given name of Chinese syllables."""
    low = word.lower().replace("-", "")
    clusters = [m.group() for m in CLUSTER.finditer(low)]
    return (
        len(low) >= 2
        and CHINESE_END.search(low) is not None
        and all(c in ("цз", "чж") for c in clusters)
    )


def family_first(words: list[str]) -> bool:
    """The first of the name's words is an East Asian family name and the rest its given name."""
    if len(words) not in (2, 3) or words[0].lower().replace("ё", "е") not in FAMILY_NAMES:
        return False
    given = words[1:]
    if len(given) == 1:
        return _chinese_word(given[0])
    return all(len(w) <= 4 and w[:1].isupper() for w in given)  # «Ги Мун», «Тан Зунг»
