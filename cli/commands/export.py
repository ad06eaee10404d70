"""``tollwatch export incidents|figures``: the stored incidents or casualty figures as a table.

One row per incident and kind (``incidents``) or per casualty figure (``figures``, from the stored
bulletins, also where no incident was built), with ACLED/UCDP-style columns (event_date,
date_precision, country, admin1, admin2, location, latitude, longitude, geo_precision, kind, low,
best, high, victims, perpetrators, sources, URLs, evidence...), every column described in
docs/exports.md and in the xlsx file's ``columns`` sheet.

``--format csv|xlsx|geojson|jsonl`` (default: from the ``--out`` extension, else csv), ``--out FILE`` (default: standard output; xlsx
needs a file). Filters: ``--since``/``--until`` (inclusive ISO dates on the event date; incidents
without one by their first report, figures without one by their publication date), ``--kind``,
``--source``, ``--scope event|cumulative|all`` (default event: running totals are not events and
are never mixed with them), ``--all-versions`` (figures of superseded bulletin versions too).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import Callable, IO

from cli.main import UserError, check_source, open_store


FORMATS = ("csv", "xlsx", "geojson", "jsonl")
EXTENSIONS = {".csv": "csv", ".xlsx": "xlsx", ".geojson": "geojson", ".jsonl": "jsonl", ".ndjson": "jsonl"}


def choose_format(fmt: str | None, out: str | None) -> str:
    """``--format``, else the one ``--out``'s extension names, else csv; ``UserError`` when the two
    disagree (``--out incidents.xlsx`` without ``--format`` wrote CSV into a file Excel refuses)."""
    implied = EXTENSIONS.get(Path(out).suffix.lower()) if out else None
    if fmt and implied and fmt != implied:
        raise UserError(f"--out {out} names a .{Path(out).suffix.lower()[1:]} file but --format is {fmt}:"
                        f" give --format {implied}, or an --out ending in .{fmt}")
    return fmt or implied or "csv"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="export incidents or casualty figures as CSV, xlsx, GeoJSON or JSON lines",
                       description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("what", choices=["incidents", "figures"], help="one row per incident and kind, or per figure")
    p.add_argument("--data", help="data directory (default: TOLLWATCH_DATA or ./tollwatch-data)")
    p.add_argument("--format", "-f", default=None, choices=list(FORMATS),
                   help="file format (default: from the --out file's extension, else csv)")
    p.add_argument("--out", "-o", help="output file (default: standard output)")
    p.add_argument("--since", help="event on or after this date (YYYY-MM-DD)")
    p.add_argument("--until", help="event on or before this date (YYYY-MM-DD)")
    p.add_argument("--kind", help="only this kind (killed, injured, missing, detained, displaced)")
    p.add_argument("--source", help="only incidents reported by / figures of this source (registry name)")
    p.add_argument("--scope", default="event", choices=["event", "cumulative", "all"],
                   help="event (default), cumulative (running and period totals) or all")
    p.add_argument("--all-versions", action="store_true", help="figures: every version of a bulletin, not only the latest")
    p.set_defaults(func=run)


def write_output(out: str | None, binary: bool, write: Callable[[IO[bytes]], None]) -> None:
    """Write to ``out`` through a temporary file renamed at the end (a failure leaves no half
    file), or to standard output."""
    if not out:
        if binary and sys.stdout.isatty():
            raise UserError("xlsx is a binary file: give --out FILE")
        write(sys.stdout.buffer)
        sys.stdout.buffer.flush()
        return
    target = Path(out)
    if target.is_dir():
        raise UserError(f"--out {out}: is a directory")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent if str(target.parent) else ".")
    except OSError as exc:
        raise UserError(f"--out {out}: cannot write there ({exc.strerror})") from exc
    try:
        # mkstemp makes the file private (0600); an export is a file like any other: the umask's mode
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        with os.fdopen(fd, "wb") as fh:
            write(fh)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def run(args: argparse.Namespace) -> int:
    from reports.export import FIGURE_COLUMNS, INCIDENT_COLUMNS, ExportFilter, figure_rows, incident_rows
    from reports.formats import write

    try:
        filters = ExportFilter(since=args.since, until=args.until, kind=args.kind, source=args.source,
                               scope=args.scope, all_versions=args.all_versions)
    except ValueError as exc:
        raise UserError(str(exc)) from exc
    args.format = choose_format(args.format, args.out)
    if args.format == "xlsx" and not args.out:
        raise UserError("xlsx is a binary file: give --out FILE")
    with open_store(args.data) as store:
        check_source(store, args.source)
        incidents = store.incidents()
        if args.what == "incidents":
            rows, columns = incident_rows(incidents, filters), INCIDENT_COLUMNS
            if not incidents:
                print(f"tollwatch export: no incidents stored in {store.data_dir} (the incidents stage has not run:"
                      f" `tollwatch incidents --rebuild --data {store.data_dir}`);"
                      " `tollwatch export figures` works from the bulletins", file=sys.stderr)
        else:
            bulletins = store.bulletins(source=args.source, latest_only=not args.all_versions)
            rows = figure_rows(bulletins, filters, incidents, assume_latest=not args.all_versions)
            columns = FIGURE_COLUMNS
    write_output(args.out, args.format == "xlsx", lambda fh: write(rows, columns, args.format, fh, sheet=args.what))
    if args.out:
        print(f"{len(rows)} {args.what} row(s) written to {args.out}", file=sys.stderr)
    return 0
