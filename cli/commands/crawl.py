"""``tollwatch crawl``: collect bulletins into the store.

``tollwatch crawl --sources FILE --data DIR [--source NAME] [--since DATE] [--json]``
crawls every enabled source of the registry (default: ``sources.yaml`` in the
current directory, else the shipped one; setting ``sources``) into the store under
DIR, prints the crawl report and saves it under ``DIR/reports/``. While it runs it shows
each source's progress (pages fetched, bulletins new and changed, pages failed): a live
line per source on a terminal, a plain line every 30 s in logs; ``--quiet`` shows none.
Exit status 0 when every source could be crawled, 1 when one failed (the others still ran),
2 for bad input or a data directory in use by another run (``--wait`` waits for it).
The next stage is ``tollwatch process``; ``tollwatch bulletins`` lists what is stored.
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
    p.add_argument("--quiet", "-q", action="store_true", help="no progress (on a terminal: a live line per source)")
    p.add_argument("--wait", action="store_true",
                   help="if another run is using the data directory, wait for it to finish (default: exit 2)")
    p.set_defaults(func=run_crawl)


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
    from crawlers.run import crawl, select_sources
    from store import StoreError, data_lock, store_url
    from tollwatch.config import data_dir

    sources = Path(args.sources) if args.sources else default_sources()
    if not sources.exists():
        raise UserError(f"source registry {sources} does not exist")
    from crawlers.progress import CrawlProgress

    data = data_dir(args.data)
    since = _check_since(args.since)
    try:  # every input checked before the data directory is touched: a refused crawl leaves nothing
        select_sources(sources, args.source)
        store_url()
    except (RegistryError, StoreError) as exc:
        raise UserError(str(exc)) from exc
    try:
        with data_lock(data, "tollwatch crawl", wait=args.wait,
                       on_wait=lambda msg: print(f"[crawl] {msg}", file=sys.stderr, flush=True)), \
                CrawlProgress([], quiet=args.quiet) as progress:
            report = crawl(sources, data, source=args.source, since=since, on_progress=progress.update)
    except (RegistryError, StoreError) as exc:
        raise UserError(str(exc)) from exc
    if args.json:
        json.dump({**report.to_dict(), "path": report.path}, sys.stdout, ensure_ascii=False, indent=1, default=str)
        print()
    else:
        print(report.to_text())
        totals = report.totals()
        if totals["new"] or totals["changed"]:  # the stages one by one: docs/operations.md
            print(f"next: tollwatch process --data {data}   (figures, language, places of what is new)", file=sys.stderr)
    return 0 if report.ok else 1
