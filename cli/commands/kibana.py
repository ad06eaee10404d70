"""``tollwatch kibana``: install tollwatch's objects into a Kibana.

``tollwatch kibana import [--url URL]`` loads the data views, saved searches and the dashboard
(``kibana/*.ndjson``) through Kibana's saved-objects API, overwriting by id, so a re-import
updates instead of duplicating.

``tollwatch kibana rules FILE`` creates or updates Kibana alerting rules from
``tollwatch alerts export-kibana``. These are an optional extra for licensed clusters: under
Elasticsearch's basic license Kibana has no webhook or e-mail connector, so the pipeline's own
alert channels (``tollwatch alerts``) are the stack's alerting path.

Credentials come from the environment: TOLLWATCH_KIBANA_API_KEY, or TOLLWATCH_KIBANA_USERNAME and
TOLLWATCH_KIBANA_PASSWORD. The logic is in ``kibana.install``; this module only parses arguments
and prints the result.
"""

from __future__ import annotations

import argparse
import sys

from cli.main import UserError


def register(sub) -> None:
    parser = sub.add_parser("kibana", help="install tollwatch's Kibana data views, saved searches and dashboard",
                            description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    kibana_sub = parser.add_subparsers(dest="kibana_command", metavar="ACTION")
    imp = kibana_sub.add_parser(
        "import",
        help="import the saved objects of kibana/ through Kibana's saved-objects API (overwriting)",
        description=(
            "Import kibana/*.ndjson into Kibana with overwrite=true. Credentials come from the "
            "environment: TOLLWATCH_KIBANA_API_KEY, or TOLLWATCH_KIBANA_USERNAME and "
            "TOLLWATCH_KIBANA_PASSWORD."
        ),
    )
    imp.add_argument("--url", help="Kibana base URL (default: TOLLWATCH_KIBANA_URL or http://127.0.0.1:5601)")
    imp.add_argument("--space", help="Kibana space id (default: TOLLWATCH_KIBANA_SPACE or the default space)")
    imp.add_argument("--dir", help="folder of *.ndjson saved objects (default: TOLLWATCH_KIBANA_OBJECTS or kibana/)")
    imp.add_argument(
        "--wait",
        type=float,
        default=0,
        metavar="SECONDS",
        help="first wait up to SECONDS for Kibana to report itself available (for start-up scripts)",
    )
    imp.add_argument("--json", action="store_true", help="print the result as JSON")
    imp.set_defaults(func=run_import)
    rules = kibana_sub.add_parser(
        "rules",
        help="create or update Kibana alerting rules written by `tollwatch alerts export-kibana`",
        description="Create each rule of FILE in Kibana (POST /api/alerting/rule/<id>), or update it "
                    "when it exists; ids are derived from the rule names, so a re-run never adds copies.",
    )
    rules.add_argument("file", metavar="FILE", help="JSON array of create-rule bodies (tollwatch alerts export-kibana -o FILE)")
    rules.add_argument("--url", help="Kibana base URL (default: TOLLWATCH_KIBANA_URL or http://127.0.0.1:5601)")
    rules.add_argument("--space", help="Kibana space id (default: TOLLWATCH_KIBANA_SPACE or the default space)")
    rules.set_defaults(func=run_rules)
    parser.set_defaults(func=lambda args: (parser.print_help(), 2)[1])


def run_import(args: argparse.Namespace) -> int:
    from kibana import install as kibana

    try:
        if args.wait:
            kibana.wait_until_available(args.url, timeout=args.wait)
        result = kibana.import_saved_objects(args.url, args.dir, space=args.space)
    except kibana.KibanaError as exc:
        raise UserError(str(exc)) from exc
    if args.json:
        import json

        print(
            json.dumps(
                {
                    "url": result.url,
                    "files": result.files,
                    "objects": result.objects,
                    "success_count": result.success_count,
                    "errors": result.errors,
                },
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        print(f"imported {result.success_count} of {result.objects} saved objects into {result.url}")
        for line in result.describe_errors():
            print(f"  refused: {line}", file=sys.stderr)
    if not result.ok:
        raise UserError(
            f"Kibana at {result.url} refused {result.objects - result.success_count} of {result.objects} objects"
        )
    return 0


def run_rules(args: argparse.Namespace) -> int:
    from kibana import install as kibana

    try:
        result = kibana.install_rules(kibana.load_rules_file(args.file), args.url, space=args.space)
    except kibana.KibanaError as exc:
        raise UserError(str(exc)) from exc
    print(f"Kibana at {result.url}: {len(result.created)} rule(s) created, {len(result.updated)} updated")
    for line in result.errors:
        print(f"  refused: {line}", file=sys.stderr)
    if not result.ok:
        raise UserError(f"Kibana at {result.url} refused {len(result.errors)} rule(s)")
    return 0
