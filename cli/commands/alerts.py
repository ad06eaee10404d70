"""``tollwatch alerts``: try, send and export alert rules.

* ``tollwatch alerts test RULE --data DIR``: what RULE would send for the stored
  bulletins (every annotated version, compared with its previous version); sends
  nothing and records nothing. ``--pending`` limits it to what the next run would
  evaluate.
* ``tollwatch alerts send --data DIR``: run the alert stage on its own (the
  versions indexed but not yet alerted), as ``tollwatch run`` does at its end.
* ``tollwatch alerts export-kibana``: the rules as Kibana ``.es-query`` rules (the
  create-rule API JSON), one object per rule in a JSON array.

The rules file is ``--rules FILE``, else the ``alert_rules`` setting
(``TOLLWATCH_ALERT_RULES``), else ``./alerts.yaml`` if it exists.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Optional

from tollwatch import config
from cli.main import UserError, open_store


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("alerts", help="try, send and export alert rules", description=__doc__,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    asub = p.add_subparsers(dest="alerts_command", metavar="ACTION")

    t = asub.add_parser("test", help="show what a rule would send for the stored bulletins (sends nothing)")
    t.add_argument("rule", metavar="RULE", help="the rule's name")
    t.add_argument("--data", help="data directory (default: TOLLWATCH_DATA or ./tollwatch-data)")
    t.add_argument("--rules", help="rules file (default: TOLLWATCH_ALERT_RULES or ./alerts.yaml)")
    t.add_argument("--pending", action="store_true", help="only the versions not yet through the alert stage")
    t.add_argument("--json", action="store_true", help="print the alerts as JSON")
    t.set_defaults(func=run_test)

    s = asub.add_parser("send", help="evaluate the rules on newly indexed versions and deliver")
    s.add_argument("--data", help="data directory (default: TOLLWATCH_DATA or ./tollwatch-data)")
    s.add_argument("--rules", help="rules file (default: TOLLWATCH_ALERT_RULES or ./alerts.yaml)")
    s.add_argument("--after", default=None,
                   help="stage a version must have passed (default: the index stage of the configured backend)")
    s.add_argument("--json", action="store_true", help="print the report as JSON")
    s.set_defaults(func=run_send)

    k = asub.add_parser("export-kibana", help="write the rules as Kibana Elasticsearch-query rules (JSON)")
    k.add_argument("--rules", help="rules file (default: TOLLWATCH_ALERT_RULES or ./alerts.yaml)")
    k.add_argument("--out", "-o", help="output file (default: standard output)")
    k.add_argument("--interval", default="1h", help="how often Kibana checks each rule (default 1h)")
    k.add_argument("--index", help="index pattern (default: kibana_alert_index or tollwatch-bulletins*)")
    k.set_defaults(func=run_export)
    p.set_defaults(func=lambda args: (p.print_help(), 2)[1])


def rules_path(cli_value: Optional[str]) -> Path:
    value = cli_value or config.get("alert_rules")
    if value:
        return Path(value)
    if Path("alerts.yaml").exists():
        return Path("alerts.yaml")
    raise UserError("no rules file: give --rules FILE or set TOLLWATCH_ALERT_RULES (example: alerts/example.yaml)")


def load(cli_value: Optional[str]):
    from alerts.rules import RulesError, load_rules

    try:
        return load_rules(rules_path(cli_value))
    except RulesError as exc:
        raise UserError(str(exc)) from exc


def run_test(args: argparse.Namespace) -> int:
    from alerts.rules import RuleSet, RulesError
    from alerts.stage import SENT_NAMESPACE, STAGE, evaluate_incidents, evaluate_versions

    ruleset = load(args.rules)
    try:
        rule = ruleset.rule(args.rule)
    except RulesError as exc:
        raise UserError(str(exc)) from exc
    store = open_store(args.data)
    versions = store.pending(STAGE, after="nlp") if args.pending else store.pending("__never__", after="nlp")
    alerts = evaluate_versions(store, RuleSet(rules=[rule], channels=ruleset.channels), versions)
    alerts += evaluate_incidents(store, RuleSet(rules=[rule], channels=ruleset.channels))  # per: incident
    sent = store.state_items(SENT_NAMESPACE)
    if args.json:
        json.dump([dict(a.to_dict(), already_sent=any(k.startswith(a.key + "|") for k in sent)) for a in alerts],
                  sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    targets = ", ".join(rule.channels) or ", ".join(c.name for c in ruleset.channels) or "standard output"
    print(f"rule {rule.name}: {len(alerts)} alert(s) over the stored bulletins; would go to: {targets}")
    print("(nothing is sent by `alerts test`)\n")
    for a in alerts:
        mark = " [already sent]" if any(k.startswith(a.key + "|") for k in sent) else ""
        print(a.text + mark)
        print()
    return 0


def run_send(args: argparse.Namespace) -> int:
    from pipeline.stages import alert_stage

    store = open_store(args.data)
    report = alert_stage(store, rules=load(args.rules), after=args.after)
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=1))
        return 1 if report.failed else 0
    # one summary a person reads (the terminal channel has printed the alerts themselves)
    sent = ", ".join(f"{name} {n}" for name, n in sorted(report.sent.items())) or "none"
    print(f"alerts: {report.versions_evaluated} version(s) evaluated, {len(report.alerts)} alert(s) raised;"
          f" messages sent: {sent}" + (f"; {report.already_sent} already sent before" if report.already_sent else ""))
    for channel, errors in sorted(report.failed.items()):
        for error in errors:
            print(f"  failed {channel}: {error}")
    if not report.versions_evaluated:
        print("(no newly indexed version waits for the alert stage; `tollwatch alerts test RULE` shows what a"
              " rule says about every stored bulletin)")
    return 1 if report.failed else 0


def run_export(args: argparse.Namespace) -> int:
    from kibana.rules import export_rules

    ruleset = load(args.rules)
    try:
        rules = export_rules(ruleset, interval=args.interval, index=args.index)
    except ValueError as exc:
        raise UserError(str(exc)) from exc
    text = json.dumps(rules, ensure_ascii=False, indent=1) + "\n"
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
        print(f"wrote {len(rules)} Kibana rule(s) to {args.out}; create each with "
              f"POST <kibana>/api/alerting/rule (header kbn-xsrf: true)", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0
