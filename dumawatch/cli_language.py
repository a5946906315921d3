"""argparse in Russian: the CLI speaks the language of the web UI, and argparse's own words
(«usage:», «options», its error messages) come through ``gettext``, which has no Russian
catalogue for them on a plain install. The phrases a user can meet are given here; anything
else stays as argparse says it."""

from __future__ import annotations

import argparse
from collections.abc import Callable

PHRASES = {
    "usage: ": "использование: ",
    "positional arguments": "аргументы",
    "options": "параметры",
    "show this help message and exit": "показать эту справку и выйти",
    "%(prog)s: error: %(message)s\n": "%(prog)s: ошибка: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "аргумент %(argument_name)s: %(message)s",
    "ambiguous option: %(option)s could match %(matches)s": (
        "неоднозначный параметр %(option)s: подходят %(matches)s"
    ),
    "expected one argument": "нужно одно значение",
    "expected at least one argument": "нужно хотя бы одно значение",
    "expected at most one argument": "нужно не больше одного значения",
    "ignored explicit argument %r": "лишнее значение %r",
    "invalid %(type)s value: %(value)r": "неверное значение (%(type)s): %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "недопустимое значение %(value)r (возможны: %(choices)s)"
    ),
    "not allowed with argument %s": "нельзя вместе с %s",
    "one of the arguments %s is required": "нужен один из аргументов %s",
    "the following arguments are required: %s": "не хватает аргументов: %s",
    "unrecognized arguments: %s": "неизвестные аргументы: %s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "неизвестная команда %(parser_name)r (возможны: %(choices)s)"
    ),
    "can't open '%(filename)s': %(error)s": "не открыть «%(filename)s»: %(error)s",
}
PLURALS = {
    "expected %s argument": ("нужно значений: %s",) * 2,
}


def translate(message: str) -> str:
    return PHRASES.get(message, message)


def translate_plural(singular: str, plural: str, n: int) -> str:
    forms = PLURALS.get(singular)
    if forms is None:
        return singular if n == 1 else plural
    return forms[0] if n == 1 else forms[1]


def install(module: object = argparse) -> Callable[[str], str]:
    """Make argparse's module-level ``_`` and ``ngettext`` (looked up at each call) speak
    Russian in this process; returns the translator for the CLI's own use."""
    module._ = translate  # type: ignore[attr-defined]
    module.ngettext = translate_plural  # type: ignore[attr-defined]
    return translate
