"""``tollwatch store``: the store itself.

* ``tollwatch store migrate --from DIR --to postgresql://...``: copy the SQLite store of a data
  directory (every version, stage mark, crawl state, alert delivery and the incidents) into a
  PostgreSQL database, creating the tables. Safe to run again: rows already there are kept, so an
  interrupted migration is finished by running it again. Then set
  ``TOLLWATCH_STORE_URL`` to the same URL on every machine.
* ``tollwatch store status``: which store is configured (``store_url`` or the data directory)
  and how many versions it holds.

``--to`` defaults to ``TOLLWATCH_STORE_URL``. See docs/scaling.md.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from cli.main import UserError, open_store


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("store", help="migrate the store to PostgreSQL, or show which store is used",
                       description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("action", choices=["migrate", "status"])
    p.add_argument("--from", dest="source", help="migrate: the SQLite data directory to copy")
    p.add_argument("--to", help="migrate: postgresql:// URL (default: TOLLWATCH_STORE_URL)")
    p.add_argument("--data", help="status: data directory (default: TOLLWATCH_DATA or ./tollwatch-data)")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from store import StoreError, store_url
    from tollwatch.config import ConfigError, redact_url

    try:
        if args.action == "migrate":
            if not args.source:
                raise UserError("migrate needs --from DIR (the data directory holding tollwatch.db)")
            url = args.to or store_url()
            if not url:
                raise UserError("migrate needs --to postgresql://... (or TOLLWATCH_STORE_URL)")
            if not url.startswith(("postgresql://", "postgres://")):
                raise UserError(f"--to must be a postgresql:// URL, not {redact_url(url)!r}")
            from store import DB_NAME

            if not (Path(args.source) / DB_NAME).is_file():
                raise UserError(f"--from {args.source}: no tollwatch store there (no {DB_NAME})")
            from store.postgres import migrate

            copied = migrate(args.source, url)
            out = {"from": args.source, "to": redact_url(url), "copied": copied}
        else:
            from store import DB_NAME
            from tollwatch.config import data_dir

            where = data_dir(args.data) / DB_NAME
            if not store_url() and not where.is_file():
                # a wrong --data is said, and not created as an empty store by looking at it
                out = {"store": "sqlite", "where": str(where), "versions": 0,
                       "note": f"no store here yet (a wrong --data?); `tollwatch run --data {where.parent}` creates it"}
            else:
                store = open_store(args.data)
                out = {"store": getattr(store, "backend", "sqlite"), "where": str(store.path), "versions": store.count()}
                store.close()
    except (StoreError, ConfigError) as exc:
        raise UserError(str(exc)) from exc
    if args.json:
        print(json.dumps(out, indent=2))
    else:
        for k, v in out.items():
            print(f"{k}: {json.dumps(v) if isinstance(v, dict) else v}")
    return 0
