"""``tollwatch process``: the understanding stage alone, on what is stored.

``tollwatch process --data DIR`` annotates every stored bulletin version not yet processed
(language, translation, casualty figures, entities, places: the nightly run's second stage,
``pipeline.stages.process_stage``, the function the Airflow DAG's ``process`` task calls),
writes each back to the store and marks it, so ``tollwatch index`` then indexes it.

``--all`` processes every stored version again, e.g. after upgrading the extractor or
configuring a translation model; the versions are then indexed again by the next ``index`` (same
document ids: no duplicates), and a version that already alerted never alerts twice.
``--source NAME`` limits either to one source. Models come from the same settings as the
nightly run (``tollwatch models`` says which load). Exit status 0, 1 if a version failed (it
stays pending and is retried next time), 2 on bad input.
"""

from __future__ import annotations

import argparse
import json
import sys

from cli.main import UserError, check_source, open_store


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("process", help="extract figures, translate and recognise entities in stored bulletins",
                       description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--data", metavar="DIR", help="data directory (default: TOLLWATCH_DATA or ./tollwatch-data)")
    p.add_argument("--all", action="store_true", help="process every stored version again (after an extractor upgrade)")
    p.add_argument("--source", metavar="NAME", help="only this source's bulletins")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress line")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from pipeline.progress import Progress
    from pipeline.stages import NLP_STAGE, load_components, process_stage, reset_processing
    from tollwatch.config import ConfigError, data_dir

    path = data_dir(args.data)
    with open_store(args.data, first="crawl") as store:
        check_source(store, args.source)
        if args.all:
            reset_processing(store, source=args.source)
        total = store.count_pending(NLP_STAGE, source=args.source)
        components = None
        if total:
            try:
                components = load_components(path)
            except ConfigError as exc:
                raise UserError(str(exc)) from exc
        bar = Progress("process", total=total, quiet=args.quiet or args.json)
        report = process_stage(store, components=components, progress=bar, source=args.source)
        kinds = ", ".join(f"{n} {k}" for k, n in sorted(report.figures_by_kind.items())) or "no figures"
        bar.finish(f"{report.processed} bulletin version(s) annotated ({kinds})"
                   + (f", {report.failed} failed" if report.failed else ""))
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
        return 1 if report.failed else 0
    if not total:
        print(f"nothing to process in {path}" + (f" for {args.source}" if args.source else "")
              + " (every stored version is processed; --all processes them again)")
        return 0
    print(f"{report.processed} processed, {report.failed} failed; figures: {kinds}")
    for reason, n in report.failures.items():
        print(f"  failed ({n}): {reason}")
    for note, n in report.notes.items():
        print(f"  {n} version(s): {note}")
    for missing in report.missing_components:
        print(f"  not loaded: {missing} (see `tollwatch models`)")
    # the incidents stage comes between process and index (as in `tollwatch run` and the DAG):
    # without it `report`, `export incidents` and `search --incidents` find nothing
    print(f"next: tollwatch incidents --rebuild --data {path}   (link the figures into incidents)\n"
          f"      tollwatch index --data {path}", file=sys.stderr)
    return 1 if report.failed else 0
