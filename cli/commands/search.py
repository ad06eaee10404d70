"""``tollwatch search QUERY``: search the indexed bulletins (or casualty figures) on either backend.

Every word and "quoted phrase" of QUERY must match the title, the original text or the English
translation; Arabic matches whatever the letter variants, diacritics and digits, and English
words find Arabic bulletins through their translation. Filters: ``--lang``, ``--source``,
``--since``/``--until`` (published, inclusive ISO dates), ``--kind K --min N`` (a figure of kind K
with at least N), ``--place P`` (words of a figure's place or its district/governorate).
``--figures`` lists matching casualty figures instead of bulletins. ``--json`` prints one JSON
array of hits (url, title, source, lang, date, snippet with <em> marks, figures...).
"""

from __future__ import annotations

import argparse
import json
import re
import sys

from cli.main import UserError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("search", help="search indexed bulletins and casualty figures",
                       description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("query", nargs="?", default="", metavar="QUERY", help="words and \"phrases\" (may be empty)")
    p.add_argument("--lang", help="only bulletins in this language (ISO 639-1: ar, en)")
    p.add_argument("--source", help="only this source (registry name, e.g. sohr-en)")
    p.add_argument("--since", help="published on or after this date (YYYY-MM-DD)")
    p.add_argument("--until", help="published on or before this date (YYYY-MM-DD)")
    p.add_argument("--kind", help="with a figure of this kind (killed, injured, missing, detained, displaced)")
    p.add_argument("--min", type=int, dest="min_count", help="... of at least this count (kind: killed by default)")
    p.add_argument("--place", help="with a figure at this place (words of the place or its governorate)")
    p.add_argument("--figures", action="store_true", help="list casualty figures instead of bulletins")
    p.add_argument("--all-versions", action="store_true", help="include superseded versions of bulletins")
    p.add_argument("--limit", "-n", type=int, default=10, help="number of hits (default 10)")
    p.add_argument("--json", action="store_true", help="print the hits as a JSON array")
    p.add_argument("--data", help="data directory (default: TOLLWATCH_DATA or ./tollwatch-data)")
    p.add_argument("--es-url", help="Elasticsearch URL (default: TOLLWATCH_ES_URL; none: the embedded store)")
    p.set_defaults(func=run)


def _plain(snippet: str, tty: bool) -> str:
    on, off = ("\033[1m", "\033[0m") if tty else ("[", "]")
    return re.sub(r"<em>(.*?)</em>", lambda m: on + m.group(1) + off, snippet)


def _check_embedded_data(args: argparse.Namespace) -> None:
    """Without Elasticsearch, searching a directory with no search store is a mistake to say,
    not an empty result (and the directory must not be created by looking)."""
    from indexing.embedded import DB_NAME
    from tollwatch import config

    try:
        if args.es_url or config.get("es_url"):
            return
    except config.ConfigError as exc:
        raise UserError(str(exc)) from exc
    data = config.data_dir(args.data)
    if data.exists() and not data.is_dir():
        return  # the backend says what is wrong with it
    if not (data / DB_NAME).exists():
        what = "does not exist" if not data.exists() else f"has no search store ({DB_NAME})"
        raise UserError(f"no data in {data}: the directory {what}; "
                        f"run `tollwatch run --data {data}` first, or give the right --data")


def run(args: argparse.Namespace) -> int:
    from indexing import IndexingError, SearchQuery, open_backend
    from tollwatch.config import ConfigError

    try:
        query = SearchQuery(
            text=args.query, lang=args.lang, source=args.source, since=args.since, until=args.until,
            kind=args.kind, min_count=args.min_count, place=args.place, all_versions=args.all_versions,
            limit=max(1, args.limit),
        )
    except ValueError as exc:
        raise UserError(str(exc)) from exc
    _check_embedded_data(args)
    try:
        backend = open_backend(data_dir=args.data, es_url=args.es_url)
    except (IndexingError, ConfigError, ValueError) as exc:
        raise UserError(str(exc)) from exc
    try:
        hits = backend.search_figures(query) if args.figures else backend.search(query)
    except IndexingError as exc:
        raise UserError(str(exc)) from exc
    finally:
        backend.close()
    if args.json:
        print(json.dumps([h.to_dict() for h in hits], ensure_ascii=False, indent=2))
        return 0
    tty = sys.stdout.isatty()
    if not hits:
        print(f"no hits ({backend.name}: {backend.target})")
        return 0
    for n, h in enumerate(hits, 1):
        date = (h.date or "")[:10] or "undated"
        if args.figures:
            amount = f"{h.count}-{h.count_max}" if h.count_max else str(h.count)
            q = "" if h.qualifier == "exact" else f" ({h.qualifier.replace('_', ' ')})"
            where = ", ".join(x for x in (h.place, h.governorate) if x) or "place not stated"
            print(f"{n}. {h.kind} {amount}{q}: {where}; {date} {h.source} [{h.lang}]")
        else:
            print(f"{n}. {date} {h.source} [{h.lang}] {h.title or '(no title)'}"
                  + ("" if h.latest else f" (version {h.version}, superseded)"))
        print(f"   {h.url}")
        print(f"   {_plain(h.snippet, tty)}")
        if not args.figures and h.figures:
            figs = "; ".join(
                f"{f['kind']} {f['count']}" + (f" in {f['place']}" if f.get("place") else "") for f in h.figures[:5]
            )
            print(f"   figures: {figs}")
    return 0
