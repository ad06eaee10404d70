"""``tollwatch report --data DIR --out report.html``: one HTML file an analyst opens without Kibana.

The page holds everything it shows and fetches nothing (no CDN, no fonts, no map tiles): the
daily tolls per kind as a chart, the incidents in a sortable table (each toll with its low, best
and high, its sources and the words of each figure), the tolls by governorate, and the running
and period totals apart from the events. The charts are SVG drawn by ``reports.html``.

Options: ``--since``/``--until`` (inclusive ISO dates on the event date), ``--kind``, ``--source``,
``--title``. Built from the incidents the incidents stage stored; with none, the page says so.
"""

from __future__ import annotations

import argparse
import sys

from cli.main import UserError, check_source, open_store


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("report", help="write a self-contained HTML report of the incidents",
                       description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--data", help="data directory (default: TOLLWATCH_DATA or ./tollwatch-data)")
    p.add_argument("--out", "-o", default="report.html", help="output file (default report.html; - for standard output)")
    p.add_argument("--since", help="events on or after this date (YYYY-MM-DD)")
    p.add_argument("--until", help="events on or before this date (YYYY-MM-DD)")
    p.add_argument("--kind", help="only this kind (killed, injured, missing, detained, displaced)")
    p.add_argument("--source", help="only incidents reported by this source (registry name)")
    p.add_argument("--title", default="tollwatch: casualty report", help="the page's title")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from cli.commands.export import write_output
    from dataclasses import replace

    from reports.export import ExportFilter, incident_rows
    from reports.html import render_report

    try:
        filters = ExportFilter(since=args.since, until=args.until, kind=args.kind, source=args.source, scope="all")
    except ValueError as exc:
        raise UserError(str(exc)) from exc
    with open_store(args.data) as store:
        check_source(store, args.source)
        incidents = store.incidents()
        # the folder's name only: a report passed around does not carry the path of its maker's disk
        page = render_report(incidents, filters, title=args.title, data_dir=store.data_dir.name)
    out = None if args.out == "-" else args.out
    write_output(out, False, lambda fh: fh.write(page.encode("utf-8")))
    if out:
        # count what the page shows (the filters applied), not what the store holds
        events = len({r["incident_id"] for r in incident_rows(incidents, replace(filters, scope="event"))})
        chosen = ", ".join(f"{name} {value}" for name, value in
                           (("--since", args.since), ("--until", args.until), ("--kind", args.kind),
                            ("--source", args.source)) if value)
        print(f"report of {events} incident(s){' (' + chosen + ')' if chosen else ''} written to {out}",
              file=sys.stderr)
        if not incidents:
            print(f"tollwatch report: no incidents stored in {store.data_dir} (the incidents stage has not run:"
                  f" `tollwatch incidents --rebuild --data {store.data_dir}`)", file=sys.stderr)
    return 0
