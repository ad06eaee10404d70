"""The exported Kibana rules' Elasticsearch queries, run on the real Elasticsearch node against
documents the pipeline indexed, find the same bulletins as tollwatch's own rule evaluation."""

from __future__ import annotations

import pytest

from alerts.evaluate import evaluate_rule
from kibana.rules import es_query, kibana_rule
from alerts.rules import parse_rules
from pipeline.stages import index_stage, process_stage
from indexing.elastic import ElasticsearchBackend
from store import Store
from tollwatch.records import Bulletin

pytestmark = pytest.mark.elasticsearch

TEXTS = [
    ("monitor-ar", "ar", "أفاد المرصد بمقتل 9 مدنيين بينهم 3 أطفال جراء غارات جوية استهدفت سوقاً شعبياً في مدينة أريحا بريف إدلب."),
    ("monitor-ar", "ar", "اعتقلت قوات النظام 17 شاباً خلال حملة مداهمات في مدينة دوما بريف دمشق."),
    ("monitor-en", "en", "Regime artillery shelling killed 6 civilians, including two children, in Ariha city in Idlib countryside on Tuesday."),
    ("monitor-en", "en", "Three people were injured when a landmine exploded in the western countryside of Daraa."),
]

RULES = parse_rules({"rules": [
    {"name": "killed-5", "kinds": ["killed"], "min_count": 5},
    {"name": "arrests", "kinds": ["detained"], "min_count": 10},
    {"name": "english-injured", "kinds": ["injured"], "languages": ["en"]},
    {"name": "ar-source", "sources": ["monitor-ar"], "kinds": ["killed"]},
    {"name": "query", "kinds": ["killed", "injured"], "query": "landmine OR shelling"},
    {"name": "high", "kinds": ["killed"], "min_count": 1000},
]})


def test_exported_rules_match_what_tollwatch_alerts_on(tmp_path, es_url, es_prefix):
    from elasticsearch import Elasticsearch

    store = Store(tmp_path)
    for i, (source, lang, text) in enumerate(TEXTS):
        store.save_bulletin(Bulletin(source=source, url=f"http://127.0.0.1:9/b/{i}", text=text, lang=lang,
                                     published="2024-03-05", title=f"Bulletin {i}"))
    process_stage(store)

    backend = ElasticsearchBackend(es_url, prefix=es_prefix)
    report = index_stage(store, backend)
    assert report["indexed"] == len(TEXTS)
    backend.refresh()
    es = Elasticsearch(es_url)
    index = f"{es_prefix}bulletins"
    versions = list(store.bulletins())
    matched = {}
    for rule in RULES.rules:
        expected = sorted(b.version_id for b in versions if evaluate_rule(rule, b) is not None)
        body = kibana_rule(rule, index=index)
        assert body["params"]["index"] == [index]
        # what Kibana runs: the rule's query within the check window on the rule's time field
        query = es_query(rule)["query"]
        window = {"range": {body["params"]["timeField"]: {"gte": "now-1h"}}}
        res = es.search(index=index, query={"bool": {"filter": [query, window]}}, size=100)
        found = sorted(h["_source"]["version_id"] for h in res["hits"]["hits"])
        assert found == expected, rule.name
        matched[rule.name] = len(found)
    assert matched["high"] == 0 and matched["arrests"] == 1 and matched["ar-source"] == 1
    assert sum(1 for n in matched.values() if n) >= 4, matched
    es.close()
    backend.close()
