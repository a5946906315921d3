"""A post head misspelt by one letter in the source: «заметители» for «заместители»,
«председтель», «депуттаы» is not.

Real municipal pages keep their typos (duma-dev lists «арйона», «Контантина», «правилась»),
and a post head pymorphy3 does not know hides the post from every rule. A word that
pymorphy3 does not know, of seven letters or more, that is one letter away (one dropped,
added or replaced) from exactly one form of one post head of seven letters or more is read
as that form. Names are never corrected: the rules ask this only of words pymorphy3 would
guess at, and a short or ambiguous word stays as written.
"""

from __future__ import annotations

from functools import lru_cache

from extraction.lang.morph import analyzer, fold, known

from .lexicon import POST_HEADS

MIN_LENGTH = 7


@lru_cache(maxsize=1)
def _forms() -> tuple[dict[str, str], dict[str, set[str]], dict[tuple[int, str], set[str]]]:
    """Every form of the long post heads; each with one letter dropped; and each with the
    letter at a position dropped (for one replaced letter)."""
    forms: dict[str, str] = {}
    for head in POST_HEADS:
        if len(head) < MIN_LENGTH or "-" in head:
            continue
        found = analyzer().parse(head)
        parse = next((p for p in found if p.normal_form == head and p.tag.POS == "NOUN"), None)
        if parse is None:
            continue
        for form in parse.lexeme:
            word = fold(form.word)
            if len(word) >= MIN_LENGTH:
                forms.setdefault(word, head)
    dropped: dict[str, set[str]] = {}
    placed: dict[tuple[int, str], set[str]] = {}
    for word in forms:
        for i in range(len(word)):
            cut = word[:i] + word[i + 1 :]
            dropped.setdefault(cut, set()).add(word)
            placed.setdefault((i, cut), set()).add(word)
    return forms, dropped, placed


@lru_cache(maxsize=50_000)
def head_typo(word: str) -> str | None:
    """The post head form the word misspells, or None."""
    text = fold(word)
    if len(text) < MIN_LENGTH or not text.isalpha() or known(text):
        return None
    forms, dropped, placed = _forms()
    if text in forms:
        return None
    found: set[str] = set(dropped.get(text, ()))  # a letter left out
    for i in range(len(text)):
        cut = text[:i] + text[i + 1 :]
        if cut in forms:
            found.add(cut)  # a letter too many
        found |= placed.get((i, cut), set())  # a letter replaced
    heads = {forms[f] for f in found}
    return found.pop() if len(found) == 1 and len(heads) == 1 else None
