"""The future of heading verbs: «Комитетом по бюджету будет руководить Иван Петров».

The analytic future puts «будет»/«будут» between what is headed and the infinitive, so the
headed phrase is read back from the auxiliary, and the post is one not yet held («elect»,
as with «возглавит»)."""

FUTURE_AUXILIARIES = frozenset({"будет", "будут"})


def future_auxiliary(lower: list[str], verb: int, prev) -> int | None:
    """The index of «будет»/«будут» right before the infinitive at ``verb`` (``prev`` steps
    back over punctuation-free tokens), else None."""
    before = prev(verb)
    if 0 <= before < len(lower) and lower[before] in FUTURE_AUXILIARIES:
        return before
    return None
