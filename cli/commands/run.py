"""``tollwatch run``: the nightly job, crawl -> process -> incidents -> index -> alert, for what is new or changed.

``tollwatch run --sources FILE --data DIR`` runs it on your source registry;
``tollwatch run`` with no arguments runs the bundled offline demo (a demo site on
127.0.0.1, the embedded search store in ./tollwatch-data or TOLLWATCH_DATA, alerts
printed here). Run it again: only new or changed bulletins are processed, and no
alert is ever sent twice. The run report is printed and saved as JSON under
DIR/runs/. One run at a time per data directory: a second one says which run holds
it and exits 2, or waits for it with --wait. Exit status: 0; 1 if a stage or a source
failed (the rest still ran); 2 for bad input (registry, rules, --since, settings) or a
data directory in use.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from tollwatch import config
from cli.main import UserError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("run", help="the nightly job: crawl, extract, index and alert (no arguments: the demo)",
                       description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--sources", metavar="FILE", help="source registry (default: the 'sources' setting; none: the demo)")
    p.add_argument("--data", metavar="DIR", help="data directory (default: TOLLWATCH_DATA or ./tollwatch-data)")
    p.add_argument("--rules", metavar="FILE",
                   help="alert rules (default: TOLLWATCH_ALERT_RULES; the demo uses alerts/demo.yaml)")
    p.add_argument("--overrides", metavar="FILE",
                   help="incidents override file, merge/split (default: the 'incident_overrides' setting)")
    p.add_argument("--es-url", help="Elasticsearch URL (default: TOLLWATCH_ES_URL; none: the embedded store)")
    p.add_argument("--source", metavar="NAME", help="crawl only this source")
    p.add_argument("--since", metavar="DATE", help="only bulletins published on or after DATE (ISO)")
    p.add_argument("--no-crawl", action="store_true", help="skip crawling; process, index and alert what is stored")
    p.add_argument("--json", action="store_true", help="print the run report as JSON instead of the summary")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress lines")
    p.add_argument("--wait", action="store_true",
                   help="if another run is using the data directory, wait for it to finish (default: exit 2)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from alerts.rules import RulesError
    from incidents.overrides import OverridesError
    from pipeline.nightly import format_report, run_nightly
    from store import StoreError

    sources = args.sources or config.get("sources")
    demo = not sources and not args.no_crawl
    data = config.data_dir(args.data)
    kwargs = dict(rules=args.rules, es_url=args.es_url, source=args.source, since=args.since, quiet=args.quiet,
                  wait=args.wait, overrides=args.overrides)
    try:
        if demo:
            from pipeline.demo import run_demo

            if not args.quiet:
                print(f"tollwatch: no --sources given, running the bundled offline demo into {data}/", file=sys.stderr)
            report = run_demo(data, **kwargs)
        else:
            report = run_nightly(sources, data, skip_crawl=args.no_crawl, **kwargs)
    except (RulesError, OverridesError, StoreError, FileNotFoundError) as exc:
        raise UserError(str(exc)) from exc
    except ValueError as exc:  # a broken registry (RegistryError) or a bad setting
        raise UserError(str(exc)) from exc
    if args.json:
        json.dump(report.to_dict(), sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        print(format_report(report))
        index_failed = any(e.startswith("index: ") and "rejected" not in e for e in report.errors)
        if index_failed:
            # searching the backend that just failed is not the next step: indexing again once it is up is
            target = f"--data {data}" + (f" --es-url {config.redact_url(str(args.es_url or config.get('es_url')))}"
                                         if report.backend == "elasticsearch" else "")
            print(f"\nnext: the index stage failed (above); once the search backend answers, index what waits:"
                  f"\n      tollwatch index {target}            (then `tollwatch index status {target}`)")
        elif report.documents_indexed or report.store_total:
            target = f"--data {data}"
            if report.backend == "elasticsearch":
                target += f" --es-url {config.redact_url(str(args.es_url or config.get('es_url')))}"
            print(f"\nnext: tollwatch search {target} Douma            (words and \"phrases\", English or Arabic)")
            print(f"      tollwatch search {target} --kind killed --min 10 --figures")
            if report.incidents.get("incidents"):
                print(f"      tollwatch incidents --data {data} --links     (one event across sources, with low/best/high)")
                print(f"      tollwatch report --data {data} --out report.html")
            if demo:
                from pipeline.demo import DEMO_RULES

                rules = os.path.relpath(DEMO_RULES) if DEMO_RULES.is_relative_to(Path.cwd()) else DEMO_RULES
                print(f"      tollwatch alerts test killed-5-or-more --data {data} --rules {rules}")
    return 0 if report.ok and not any(s.get("error") for s in report.sources.values()) else 1
