"""Every command's ``--help`` describes that command (not a neighbour's), and the top-level
help lists one command per stage of ``tollwatch run``."""

from __future__ import annotations

import pytest

from cli.main import COMMAND_MODULES, build_parser, main

COMMANDS = ["run", "crawl", "bulletins", "process", "extract", "eval", "index", "search", "models", "alerts",
            "kibana"]
EVERY_COMMAND = sorted(build_parser()._subparsers._group_actions[0].choices)


@pytest.mark.parametrize("command", EVERY_COMMAND)
def test_help_describes_its_own_command(command, capsys):
    with pytest.raises(SystemExit) as exit_:
        main([command, "--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    head = out.split("\n\n", 2)[1]  # the description, after the usage
    assert f"tollwatch {command}" in head or command in head.split()[0].lower(), head


def test_bulletins_help_is_not_crawls(capsys):
    with pytest.raises(SystemExit):
        main(["bulletins", "--help"])
    out = capsys.readouterr().out
    assert "lists" in out and "crawls every enabled source" not in out


def test_every_stage_has_a_command():
    names = set(build_parser()._subparsers._group_actions[0].choices)
    assert {"crawl", "process", "index", "alerts"} <= names and set(COMMANDS) <= names
    assert len(COMMAND_MODULES) == len(set(COMMAND_MODULES))


def test_every_help_text_can_be_printed_on_a_utf8_terminal():
    """A lone surrogate in a docstring used as help (``"\\ud800"`` written unescaped) crashed
    ``tollwatch extract --help`` with UnicodeEncodeError on a real terminal; capsys does not see it."""
    sub = build_parser()._subparsers._group_actions[0]
    for name, parser in sub.choices.items():
        parser.format_help().encode("utf-8")  # strict: raises on a surrogate


def test_the_readme_command_table_lists_every_command():
    """The README's "Using tollwatch" table is where a new user looks for a command (`store` was
    missing from it)."""
    import re
    from pathlib import Path

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    using = readme.split("## Using tollwatch", 1)[1].split("\n## ", 1)[0]
    listed = set(re.findall(r"^\| `tollwatch ([a-z-]+)", using, re.M))
    listed |= set(re.findall(r"/ `tollwatch ([a-z-]+)", using))  # a row naming two commands
    assert set(EVERY_COMMAND) - listed == set()
