"""``tollwatch bulletins``: list the bulletins in the store.

``tollwatch bulletins --data DIR [--source NAME] [--all-versions] [--json]`` lists the
stored bulletins (the latest version of each, or every version): source, version,
language, published date, URL, title and the start of the text (``--chars``); with
``--json``, one JSON record per line with the whole text and the notes of the stages
(e.g. "not translated: no model configured"). Exit status 2 when there is no store.
"""

from __future__ import annotations

import argparse
import json

from cli.main import UserError, check_source, open_store


def register(sub: argparse._SubParsersAction) -> None:
    b = sub.add_parser("bulletins", help="list the bulletins in the store",
                       description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    b.add_argument("--data", metavar="DIR", help="data directory (default: TOLLWATCH_DATA or ./tollwatch-data)")
    b.add_argument("--source", metavar="NAME", help="only this source")
    b.add_argument("--all-versions", action="store_true", help="every stored version, not only the latest")
    b.add_argument("--json", action="store_true", help="one JSON record per line")
    b.add_argument("--chars", type=int, default=300, help="characters of text to show (default 300; 0: all)")
    b.set_defaults(func=run_bulletins)


def run_bulletins(args: argparse.Namespace) -> int:
    from store import StoreError

    store = open_store(args.data, first="crawl")
    try:
        check_source(store, args.source)
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
