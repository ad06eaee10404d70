"""Alert rules as Kibana "Elasticsearch query" rules, for teams that alert from Kibana.

``kibana_rule(rule) -> dict`` is the request body of Kibana's create-rule API
(``POST /api/alerting/rule``) for rule type ``.es-query``: the rule's kinds,
minimum count and places become a ``nested`` query on the indexed casualty
figures, its sources and languages ``terms`` filters, its query (tollwatch's one
query language, ``indexing.query``) the very Elasticsearch query ``tollwatch search``
runs (``indexing.query.to_es`` over the folded title, text, translation and stems). The Kibana rule
fires when a document matching it was indexed within the last check interval
(``excludeHitsFromPreviousRun`` keeps it from firing twice on one document).
Upward revisions are not expressible as one Elasticsearch query; the exported
rule alerts on every indexed version that matches (the ``revisions`` flag is
kept in the rule's tags).

Field names follow ``index_mappings/bulletins.json``; the index is the
bulletins alias the Elasticsearch backend writes through (``<es_prefix>bulletins``,
default ``tollwatch-bulletins``), or the ``kibana_alert_index`` setting.
"""

from __future__ import annotations

import json
from typing import Any

from alerts.rules import Rule, RuleSet
from indexing.elastic import BULLETIN_FIELDS
from indexing.query import parse, to_es
from tollwatch import config
from tollwatch.tolls import toll_filter

TIME_FIELD = "indexed_at"  # when the version reached the index: the check window sees each once


def es_query(rule: Rule) -> dict[str, Any]:
    """The Elasticsearch query DSL equivalent of the rule (figures in one nested clause)."""
    figure: list[dict[str, Any]] = [
        {"terms": {"casualties.kind": rule.kinds}},
        {"range": {"casualties.count": {"gte": rule.min_count}}},
    ]
    if rule.min_confidence:
        figure.append({"range": {"casualties.confidence": {"gte": rule.min_confidence}}})
    places: list[dict[str, Any]] = []
    for gov in rule.governorates:
        places.append({"match_phrase": {"casualties.geo.governorate": gov}})
        places.append({"match_phrase": {"casualties.place": gov}})
    for name in rule.place_names:
        places.append({"match_phrase": {"casualties.place": name}})
        places.append({"match_phrase": {"casualties.geo.name": name}})
    if places:
        figure.append({"bool": {"should": places, "minimum_should_match": 1}})
    figure.append(toll_filter("casualties."))  # what counts as a toll: tollwatch/tolls.py
    filters: list[dict[str, Any]] = [
        {"nested": {"path": "casualties", "query": {"bool": {"filter": figure}}}}
    ]
    if rule.sources:
        filters.append({"terms": {"source": rule.sources}})
    if rule.languages:
        filters.append({"terms": {"lang": rule.languages}})
    must: list[dict[str, Any]] = []
    node = parse(rule.query) if rule.query else None
    if node is not None:  # the query exactly as the Elasticsearch backend runs it for `tollwatch search`
        must.append(to_es(node, BULLETIN_FIELDS))
    return {"query": {"bool": {"filter": filters, "must": must}}}


def kibana_rule(rule: Rule, interval: str = "1h", index: str | None = None,
                consumer: str = "stackAlerts") -> dict[str, Any]:
    """Kibana create-rule API body (``rule_type_id: .es-query``) for ``rule``."""
    tags = ["tollwatch", f"tollwatch-rule:{rule.name}"]
    if rule.revisions:
        tags.append("revisions")
    window_value, window_unit = _split_interval(interval)
    return {
        "name": f"tollwatch: {rule.name}",
        "rule_type_id": ".es-query",
        "consumer": consumer,
        "tags": tags,
        "schedule": {"interval": interval},
        "enabled": True,
        "notify_when": "onActiveAlert",
        "params": {
            "searchType": "esQuery",
            "index": [index or default_index()],
            "timeField": TIME_FIELD,
            "esQuery": json.dumps(es_query(rule), ensure_ascii=False),
            "size": 100,
            "timeWindowSize": window_value,
            "timeWindowUnit": window_unit,
            "threshold": [0],
            "thresholdComparator": ">",
            "excludeHitsFromPreviousRun": True,
            "aggType": "count",
            "groupBy": "all",
        },
        "actions": [],
    }


def default_index() -> str:
    return str(config.get("kibana_alert_index") or f"{config.get('es_prefix', 'tollwatch-')}bulletins")


def _split_interval(interval: str) -> tuple[int, str]:
    unit = interval[-1]
    if unit not in "smhd" or not interval[:-1].isdigit():
        raise ValueError(f"interval must look like 30m, 1h or 1d, not {interval!r}")
    return int(interval[:-1]), unit


def export_rules(ruleset: RuleSet, interval: str = "1h", index: str | None = None) -> list[dict[str, Any]]:
    return [kibana_rule(r, interval=interval, index=index) for r in ruleset.rules]
