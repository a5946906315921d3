"""The CLI speaks Russian, as the web UI does: every subcommand's --help and argparse's own
errors, in real processes; flags and subcommand names stay as they are."""

from __future__ import annotations

import re

import pytest

from dumawatch.cli import COMMANDS
from tests.app.test_cli import dumawatch, one_line_error

ENGLISH = re.compile(
    r"usage:|positional arguments|options:|show this help|the following arguments|"
    r"invalid choice|unrecognized arguments|\berror:"
)
CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)


@pytest.mark.parametrize("command", [None, *sorted(COMMANDS), "people"])
def test_help_has_no_english_boilerplate(command: str | None) -> None:
    proc = dumawatch(*([command] if command else []), "--help")
    assert proc.returncode == 0, proc.stderr
    assert not ENGLISH.search(proc.stdout), proc.stdout
    assert proc.stdout.startswith("использование: dumawatch")
    lines = proc.stdout.splitlines() + [""]
    # every option is described in Russian (-h included), on its line or, when the flag is
    # long, on the next
    for i, line in enumerate(lines[:-1]):
        if line.startswith("  -"):
            assert CYRILLIC.search(line + lines[i + 1]), line


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["search", "--bogus"], "неизвестные аргументы: --bogus"),
        (["watch"], "не хватает аргументов: action"),
        (["search", "--histogram", "week"], "недопустимое значение 'week'"),
        (["crawl", "--max-pages", "x"], "аргумент --max-pages: нужно целое число"),
        (["nosuch"], "недопустимое значение 'nosuch'"),
    ],
)
def test_usage_errors_are_one_russian_line(args: list[str], expected: str) -> None:
    line = one_line_error(dumawatch(*args))
    assert expected in line and "ошибка:" in line and line.endswith("(см. --help)")
