"""The ``tollwatch`` command line: a thin edge over the stage functions.

Each sub-command lives in its own module under ``cli.commands`` and exposes
``register(subparsers)``; the module calls the same functions the Airflow DAG calls.
Heavy libraries (torch, transformers, spaCy, Scrapy) are imported inside the
command that needs them, so ``tollwatch --help`` stays instant.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from typing import Optional, Sequence

from tollwatch import __version__

# Order is the order in --help.
COMMAND_MODULES = (
    "cli.commands.run",
    "cli.commands.crawl",
    "cli.commands.bulletins",
    "cli.commands.process",
    "cli.commands.extract",
    "cli.commands.evaluate",
    "cli.commands.incidents",
    "cli.commands.index",
    "cli.commands.search",
    "cli.commands.export",
    "cli.commands.report",
    "cli.commands.models",
    "cli.commands.alerts",
    "cli.commands.kibana",
    "cli.commands.store",
)


class UserError(Exception):
    """A problem with the user's input or environment: printed as one clear line, exit status 2."""


def open_store(data: Optional[str], first: str = "run"):
    """The store of the data directory ``data`` (default: the configured one), or ``UserError``
    when there is none yet or it cannot be opened: for the commands that read what a run stored.

    With ``store_url`` set (PostgreSQL) the store is the server's, whatever the directory holds;
    otherwise a directory without ``tollwatch.db`` is named, with the command (``first``) that
    creates it."""
    from store import DB_NAME, Store, StoreError, store_url
    from tollwatch import config

    directory = config.data_dir(data)
    try:
        server = store_url()
    except StoreError as exc:
        raise UserError(str(exc)) from exc
    if not server and not (directory / DB_NAME).is_file():
        raise UserError(f"no tollwatch store in {directory} (no {DB_NAME}): run `tollwatch {first} --data {directory}` first")
    try:
        return Store(directory)
    except StoreError as exc:
        raise UserError(str(exc)) from exc


def check_source(store, name: Optional[str]) -> None:
    """``UserError`` when ``--source name`` names no stored bulletin (a typo gave an empty result,
    silently): the message lists the stored sources and the closest one."""
    import difflib

    if not name or any(True for _ in store.bulletins(source=name)):
        return
    known = sorted({b.source for b in store.bulletins(latest_only=True)})
    close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    listed = f" (stored sources: {', '.join(known)})" if known else " (the store holds no bulletin yet)"
    raise UserError(f"no stored bulletins of source {name!r} in {store.data_dir or 'the store'}{hint}{listed}")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tollwatch",
        description="Collect monitoring-group bulletins, extract casualty figures, index them and alert.",
    )
    parser.add_argument("--version", action="version", version=f"tollwatch {__version__}")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more log output (-vv for debug)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    level = logging.WARNING - 10 * min(args.verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    from tollwatch.config import redact, redact_logs

    redact_logs()  # no credentials in logged URLs
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except UserError as exc:
        print(f"tollwatch {args.command}: {redact(str(exc))}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"tollwatch {args.command}: interrupted; what was stored so far is kept", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
