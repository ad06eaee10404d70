"""``tollwatch crawl`` and ``tollwatch bulletins``: collect bulletins, list what is stored.

``tollwatch crawl --sources FILE --data DIR [--source NAME] [--since DATE] [--json]``
crawls every enabled source of the registry (default: ``sources.yaml`` in the
current directory, else the shipped one; setting ``sources``) into the store under
DIR, prints the crawl report and saves it under ``DIR/reports/``. Exit status 0 when
every source could be crawled, 1 when one failed (the others still ran), 2 for bad
input or a data directory in use by another run (``--wait`` waits for it).

``tollwatch bulletins --data DIR [--source NAME] [--all-versions] [--json]`` lists the
stored bulletins: url, source, language, title, published, version and the text
(``--json``: one JSON record per line).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Optional

from cli.main import UserError


def default_sources() -> Path:
    from tollwatch import config

    configured = config.get("sources")
    if configured:
        return Path(configured)
    local = Path("sources.yaml")
    if local.exists():
        return local
    return Path(__file__).resolve().parents[2] / "sources.yaml"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("crawl", help="collect bulletins from the registry's sources into the store",
                       description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--sources", metavar="FILE", help="source registry (YAML); default: ./sources.yaml or the shipped one")
    p.add_argument("--data", metavar="DIR", help="data directory (default: TOLLWATCH_DATA or ./tollwatch-data)")
    p.add_argument("--source", metavar="NAME", help="crawl only this registry entry")
    p.add_argument("--since", metavar="DATE", help="skip bulletins published before DATE (YYYY-MM-DD)")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument("--wait", action="store_true",
                   help="if another run is using the data directory, wait for it to finish (default: exit 2)")
    p.set_defaults(func=run_crawl)

    b = sub.add_parser("bulletins", help="list the bulletins in the store",
                       description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    b.add_argument("--data", metavar="DIR", help="data directory (default: TOLLWATCH_DATA or ./tollwatch-data)")
    b.add_argument("--source", metavar="NAME", help="only this source")
    b.add_argument("--all-versions", action="store_true", help="every stored version, not only the latest")
    b.add_argument("--json", action="store_true", help="one JSON record per line")
    b.add_argument("--chars", type=int, default=300, help="characters of text to show (default 300; 0: all)")
    b.set_defaults(func=run_bulletins)


def _check_since(value: Optional[str]) -> Optional[str]:
    if not value:
        return None
    from datetime import date

    try:
        return date.fromisoformat(value).isoformat()
    except ValueError as exc:
        raise UserError(f"--since {value!r} is not a date (use YYYY-MM-DD)") from exc


def run_crawl(args: argparse.Namespace) -> int:
    from crawlers.registry import RegistryError
    from crawlers.run import crawl
    from store import StoreError, data_lock
    from tollwatch.config import data_dir

    sources = Path(args.sources) if args.sources else default_sources()
    if not sources.exists():
        raise UserError(f"source registry {sources} does not exist")
    data = data_dir(args.data)
    since = _check_since(args.since)
    try:
        with data_lock(data, "tollwatch crawl", wait=args.wait,
                       on_wait=lambda msg: print(f"[crawl] {msg}", file=sys.stderr, flush=True)):
            report = crawl(sources, data, source=args.source, since=since)
    except (RegistryError, StoreError) as exc:
        raise UserError(str(exc)) from exc
    if args.json:
        json.dump({**report.to_dict(), "path": report.path}, sys.stdout, ensure_ascii=False, indent=1, default=str)
        print()
    else:
        print(report.to_text())
    return 0 if report.ok else 1


def run_bulletins(args: argparse.Namespace) -> int:
    from store import Store, StoreError
    from tollwatch.config import data_dir

    path = data_dir(args.data)
    if not (path / "tollwatch.db").exists():
        raise UserError(f"no store in {path} (run `tollwatch crawl --data {path}` first)")
    try:
        store = Store(path)
        rows = list(store.bulletins(source=args.source, latest_only=not args.all_versions))
    except StoreError as exc:
        raise UserError(str(exc)) from exc
    for b in rows:
        if args.json:
            print(json.dumps({"url": b.url, "canonical_url": b.canonical_url, "source": b.source, "lang": b.lang,
                              "title": b.title, "published": b.published, "fetched": b.fetched,
                              "version": b.version, "text": b.text, "notes": b.notes}, ensure_ascii=False))
            continue
        text = b.text if args.chars == 0 else (b.text[: args.chars] + ("…" if len(b.text) > args.chars else ""))
        print(f"{b.source}  v{b.version}  {b.lang or '?'}  {b.published or 'no date'}  {b.canonical_url}")
        print(f"  {b.title or '(no title)'}")
        for line in text.splitlines():
            if line.strip():
                print(f"    {line}")
        print()
    if not args.json:
        print(f"{len(rows)} bulletin(s)" + ("" if args.all_versions else " (latest versions)"))
    return 0
