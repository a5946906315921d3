"""Words of time between «возглавлять» and what is headed: «возглавлявший до этого комитет»,
«Возглавлявшая на протяжении пяти лет комиссию», «возглавлял три года управление».

The headed object normally follows the verb at once; a past participle or verb of heading is
as often followed first by when or how long. Skipping these words is safe only when a headed
noun comes right after them, which the caller checks.
"""

from __future__ import annotations

# «до этого», «до того», «до недавнего времени» (the time noun ends the span)
BEFORE_THAT = frozenset({"этого", "того"})
# «на протяжении пяти лет»: the time span's own opening words
SPAN_OPENERS = frozenset({"протяжении", "продолжении"})
EARLIER = frozenset({"ранее", "раньше", "прежде", "долго", "долгое", "долгие", "много"})


def past_time_words(lower: list[str], i: int, time_phrase, next_word) -> int:
    """The token after the words of time starting at token ``i`` (``i`` when there are none).
    ``time_phrase`` is the scanner's reader of spans of time («в течение пяти лет», «с 2015
    года», «три года»), ``next_word`` its step to the next non-space token."""
    j = i
    for _ in range(3):
        if j >= len(lower):
            return i
        low = lower[j]
        if low == "до" and j + 2 <= len(lower) and lower[next_word(j + 1)] in BEFORE_THAT:
            j = next_word(next_word(j + 1) + 1)
            continue
        if low in EARLIER and lower[next_word(j + 1)] not in {"время", "годы", "лет"}:
            j = next_word(j + 1)
            continue
        if low == "на" and lower[next_word(j + 1)] in SPAN_OPENERS:
            after = time_phrase(next_word(next_word(j + 1) + 1))
            if after == next_word(next_word(j + 1) + 1):
                return i
            j = after
            continue
        after = time_phrase(j)
        if after == j:
            break
        j = after
    return j
