"""Imperfective verbs of appointing: «руководителем предприятия назначали Алексея Гарина».

The perfective «назначили», «избрали», «выбрали» already give their accusative object the
instrumental post before or after them; the imperfective past of the same verbs («назначали»,
«избирали», «выбирали») links a post to a name the same way, chiefly in asides about an
earlier appointment («в сентябре директором назначали …», «его дважды избирали главой»).
"""

from __future__ import annotations

IMPERFECTIVE_APPOINTING = frozenset({"назначать", "избирать", "выбирать"})
