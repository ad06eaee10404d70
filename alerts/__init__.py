"""The alert stage: tell the people watching when a new casualty report arrives.

* ``alerts.rules``: rules and channels from a YAML file (``load_rules(path)``);
* ``alerts.evaluate``: which rules a bulletin version triggers (pure functions);
* ``alerts.channels``: webhook, e-mail (SMTP + STARTTLS) and file/stdout delivery with retries;
* ``alerts.stage``: ``run_alerts(store, ruleset, after=...)``, the entry point the
  pipeline, the CLI and the Airflow DAG call; never the same alert twice;
* the rules as Kibana ``.es-query`` alerting rules: ``kibana.rules``.

Configured by the rules file (``--rules`` / setting ``alert_rules``), and the
settings ``alerts_retries`` (3) and ``alerts_backoff`` (1.0 s). docs/alerts.md has the details.
"""

from alerts.rules import Rule, RuleSet, RulesError, load_rules
from alerts.stage import AlertReport, run_alerts

__all__ = ["Rule", "RuleSet", "RulesError", "load_rules", "AlertReport", "run_alerts"]
