"""``tollwatch search QUERY``: search the indexed bulletins (or casualty figures) on either backend.

QUERY is in tollwatch's query language, the grammar of Elasticsearch's simple_query_string
(docs/query.md): every word and "quoted phrase" must match the title, the original text or the
English translation; a | b either; -word excludes; word* is a prefix; ( ) groups; OR in capitals
is |. The alert rules' query is read the same way, so a rule's query can be tried here. Arabic
matches whatever the letter variants, diacritics and digits, and English words find Arabic
bulletins through their translation (when a translation model is configured: the output says how
many are not translated). Filters: ``--lang``, ``--source``,
``--since``/``--until`` (published, inclusive ISO dates), ``--kind K --min N`` (a figure of kind K
with at least N), ``--place P`` (words of a figure's place or its district/governorate).
``--figures`` lists matching casualty figures instead of bulletins, ``--incidents`` incidents (one
event across bulletins, sources and languages, with low/best/high per kind: the same filters,
``--kind K --min N`` on the best estimate, dates on the event window). ``--json`` prints one JSON
array of hits (url, title, source, lang, date, snippet with <em> marks, figures...).
"""

from __future__ import annotations

import argparse
import json
import re
import sys

from cli.main import UserError, check_source, open_store


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("search", help="search indexed bulletins and casualty figures",
                       description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("query", nargs="?", default="", metavar="QUERY", help="words, \"phrases\", a | b, -word, word*, ( ) (may be empty)")
    p.add_argument("--lang", help="only bulletins in this language (ISO 639-1: ar, en)")
    p.add_argument("--source", help="only this source (registry name, e.g. sohr-en)")
    p.add_argument("--since", help="published on or after this date (YYYY-MM-DD)")
    p.add_argument("--until", help="published on or before this date (YYYY-MM-DD)")
    p.add_argument("--kind", help="with a figure of this kind (killed, injured, missing, detained, displaced)")
    p.add_argument("--min", type=int, dest="min_count", help="... of at least this count (kind: killed by default)")
    p.add_argument("--place", help="with a figure at this place (words of the place or its governorate)")
    p.add_argument("--figures", action="store_true", help="list casualty figures instead of bulletins")
    p.add_argument("--incidents", action="store_true", help="list incidents instead of bulletins")
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
        waiting = waiting_note(args.data, "embedded")
        if waiting:  # crawled (stage by stage) but never indexed: name the stage to run, not `run`
            raise UserError(f"nothing is indexed in {data} yet (no {DB_NAME}): {waiting.removeprefix('note: ')}")
        what = "does not exist" if not data.exists() else f"has no search store ({DB_NAME})"
        raise UserError(f"no data in {data}: the directory {what}; "
                        f"run `tollwatch run --data {data}` first, or give the right --data")


def _check_source(args: argparse.Namespace) -> None:
    """A ``--source`` that names no stored bulletin (a typo) is said, not searched into "no hits".
    Checked against the store when there is one (an Elasticsearch-only reader may have none)."""
    if not args.source:
        return
    try:
        store = open_store(args.data)
    except UserError:
        return
    with store:
        check_source(store, args.source)


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
    if args.since and args.until and query.since and query.until and str(query.since)[:10] > str(query.until)[:10]:
        raise UserError(f"--since {args.since} is after --until {args.until}: no date is in between")
    if args.min_count is not None and args.min_count < 0:
        raise UserError(f"--min {args.min_count}: a count is 0 or more")
    _check_embedded_data(args)
    _check_source(args)
    try:
        backend = open_backend(data_dir=args.data, es_url=args.es_url)
    except (IndexingError, ConfigError, ValueError) as exc:
        raise UserError(str(exc)) from exc
    try:
        if args.incidents:
            hits = backend.search_incidents(query)
        else:
            hits = backend.search_figures(query) if args.figures else backend.search(query)
        hint = untranslated_hint(backend, args.query, args.lang)
        if not hits and args.lang:
            hint = "\n".join(x for x in (other_languages_hint(backend, query, args), hint) if x) or None
    except IndexingError as exc:
        raise UserError(str(exc)) from exc
    finally:
        backend.close()
    ordering = ordering_note(backend, hits)
    if args.json:
        print(json.dumps([h.to_dict() for h in hits], ensure_ascii=False, indent=2))
        for note in (ordering, hint):
            if note:
                print(note, file=sys.stderr)
        return 0
    tty = sys.stdout.isatty()
    reading = query_reading(args.query)
    unbalanced = unbalanced_note(args.query)
    if unbalanced:
        print(unbalanced)
    elif reading:
        print(f"query read as: {reading}")
    if ordering:
        print(ordering)
    if not hits:
        print(f"no hits ({backend.name}: {backend.target})")
        for note in (hint, waiting_note(args.data, backend.name)):
            if note:
                print(note)
        return 0
    more = (f"(showing the first {len(hits)}; there may be more: --limit N shows up to N)"
            if len(hits) >= query.limit else None)
    if args.incidents:
        print_incidents(hits, tty)
        if more:
            print(more)
        return 0
    for n, h in enumerate(hits, 1):
        date = (h.date or "")[:10] or "undated"
        if args.figures:
            amount = f"{h.count}-{h.count_max}" if h.count_max else str(h.count)
            q = "" if h.qualifier == "exact" else f" ({h.qualifier.replace('_', ' ')})"
            where = ", ".join(x for x in (h.place, h.governorate) if x) or "place not stated"
            total = " (running total)" if h.scope == "cumulative" else ""
            print(f"{n}. {h.kind} {amount}{q}{total}: {where}; {date} {h.source} [{h.lang}]")
        else:
            print(f"{n}. {date} {h.source} [{h.lang}] {h.title or '(no title)'}"
                  + ("" if h.latest else f" (version {h.version}, superseded)"))
        print(f"   {h.url}")
        print(f"   {_plain(h.snippet, tty)}")
        if not args.figures and h.figures:
            figs = "; ".join(
                f"{f['kind']} {f['count']}" + (" (running total)" if f.get("scope") == "cumulative" else "")
                + (f" in {f['place']}" if f.get("place") else "") for f in h.figures[:5]
            )
            print(f"   figures: {figs}")
    if more:
        print(more)
    if hint:
        print(hint)
    return 0


def print_incidents(hits: list, tty: bool) -> None:
    for n, h in enumerate(hits, 1):
        date = (h.date or "")[:10] or "undated"
        if h.date_end and h.date_end[:10] != date:
            date += f" to {h.date_end[:10]}"
        tolls = ", ".join(f"{t['kind']} {t['best']}" + (f" ({t['low']}-{t['high']})" if t["low"] != t["high"] else "")
                          for t in h.tolls)
        where = ", ".join(x for x in (h.place, h.governorate) if x) or "place not geocoded"
        scope = "" if h.scope == "event" else f" [{h.scope}: not an event]"
        print(f"{n}. {date} {tolls}: {where}; {', '.join(h.sources)} [{', '.join(h.langs)}]{scope}")
        if h.title:
            print(f"   {h.title}")
        if h.snippet:
            print(f"   {_plain(h.snippet, tty)}")
        for url in h.urls[:3]:
            print(f"   {url}")


def ordering_note(backend, hits: list) -> str | None:
    """A line when the hits are not ranked by relevance although the query has words: the
    embedded store lists the newest matches of a query whose every word is common (docs/query.md)."""
    from indexing import FigureHit
    from indexing.embedded import ORDER_NEWEST_COMMON

    if hits and getattr(backend, "ordering", None) == ORDER_NEWEST_COMMON:
        what = "figures" if isinstance(hits[0], FigureHit) else "bulletins"
        return f"ordered newest first: every word of the query is in most {what} (docs/query.md)"
    return None


def query_reading(text: str) -> str | None:
    """How a query mixing ``|`` with AND was grouped (operators combine left to right, which can
    surprise: ``a | b c`` is ``(a | b) c``), as canonical text; ``None`` when nothing was grouped."""
    from indexing.query import And, Not, Or, parse, to_simple_query_string

    node = parse(text)
    kinds: set[type] = set()

    def walk(n) -> None:
        kinds.add(type(n))
        for child in getattr(n, "items", ()) or ((n.node,) if isinstance(n, Not) else ()):
            walk(child)

    if node is not None:
        walk(node)
    return to_simple_query_string(node) if {And, Or} <= kinds else None


def other_languages_hint(backend, query, args: argparse.Namespace) -> str | None:
    """When ``--lang`` left nothing (``--lang xx``, ``--lang arabic``, a query in the wrong language):
    the languages the same search finds without it, or ``None``."""
    from dataclasses import replace

    wide = replace(query, lang=None, limit=100)
    if args.incidents:
        found = backend.search_incidents(wide)
        langs = sorted({lang for h in found for lang in h.langs})
    else:
        found = backend.search_figures(wide) if args.figures else backend.search(wide)
        langs = sorted({h.lang for h in found if h.lang})
    if not langs:
        return None
    return f"note: nothing in --lang {args.lang}; without --lang the same search finds hits in: {', '.join(langs)}"


def unbalanced_note(text: str) -> str | None:
    """For a query with an unclosed quote or parenthesis (or a stray closing one), how it was read:
    the grammar closes it at the end or ignores it, as simple_query_string does, which a newcomer
    cannot guess; ``None`` for a balanced query."""
    from indexing.query import parse, to_simple_query_string

    depth, stray = 0, False
    for ch in text or "":
        if ch == "(":
            depth += 1
        elif ch == ")":
            stray, depth = stray or depth == 0, max(0, depth - 1)
    quotes = (text or "").count('"') % 2 or (text or "").count("«") != (text or "").count("»") \
        or (text or "").count("“") != (text or "").count("”")
    if not (quotes or depth or stray):
        return None
    node = parse(text)
    read = to_simple_query_string(node) if node is not None else "everything (no word left)"
    return f"query read as: {read}   (an unclosed quote or parenthesis closes at the end, a stray one is ignored)"


def waiting_note(data: str | None, backend_name: str) -> str | None:
    """For a search that found nothing: the stored versions it cannot find yet because a stage
    was not run (``crawl`` then ``index`` without ``process``: "15 stored versions wait for
    `tollwatch process`"), or ``None`` when everything stored is indexed or there is no store."""
    from indexing import STAGE_PREFIX
    from pipeline.stages import NLP_STAGE
    from tollwatch.config import data_dir

    try:
        store = open_store(data)
    except UserError:
        return None
    with store:
        unprocessed = store.count_pending(NLP_STAGE)
        unindexed = store.count_pending(STAGE_PREFIX + backend_name, after=NLP_STAGE)
    where = f"--data {data_dir(data)}"
    if unprocessed:
        return (f"note: {unprocessed} stored bulletin version(s) are not searchable yet: they wait for the"
                f" understanding stage; run `tollwatch process {where}`, then `tollwatch index {where}`")
    if unindexed:
        return (f"note: {unindexed} processed bulletin version(s) are not searchable yet: run"
                f" `tollwatch index {where}`")
    return None


LANGUAGE_NAMES = {"ar": "Arabic", "fr": "French", "ku": "Kurdish", "tr": "Turkish", "fa": "Persian", "he": "Hebrew"}


def untranslated_hint(backend, text: str, lang: str | None) -> str | None:
    """For a query in Latin letters: which bulletins it can reach only by their original words
    ("16 Arabic bulletins are not translated: ..."), or ``None``."""
    if not re.search(r"[A-Za-z]", text or "") or lang == "en":
        return None
    counts = backend.untranslated(lang)
    if not counts:
        return None
    parts = ", ".join(f"{n} {LANGUAGE_NAMES.get(code, code)}" for code, n in sorted(counts.items(), key=lambda x: -x[1]))
    total = sum(counts.values())
    return (f"note: {parts} bulletin{'s' if total > 1 else ''} {'are' if total > 1 else 'is'} not translated:"
            f" search {'them' if total > 1 else 'it'} in {'their' if total > 1 else 'its'} language or configure"
            " a translation model (docs/models.md, `tollwatch models`)")
