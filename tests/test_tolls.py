"""What counts as a toll (``tollwatch/tolls.py``): one definition, used by alert matching, the
process report, the evaluation and Kibana; the Lucene and query-DSL forms select on a real
Elasticsearch node exactly the figures the Python predicates select."""

from __future__ import annotations

import itertools
import uuid

import pytest

from tollwatch.records import Bulletin, CasualtyFigure
from tollwatch.tolls import COUNTED, TOLL, is_counted, is_toll, toll_filter

FLAGS = list(itertools.product([False, True], [False, True], ["event", "cumulative"], [None, 0]))


def figures() -> list[CasualtyFigure]:
    """One figure per combination of superseded, vague, scope and part_of (counts tell them apart)."""
    out = []
    for i, (superseded, vague, scope, part_of) in enumerate(FLAGS):
        out.append(CasualtyFigure("killed", 100 + i, superseded=superseded, vague=vague, scope=scope,
                                  part_of=part_of, start=i, end=i + 1))
    return out


def test_predicates():
    plain = CasualtyFigure("killed", 12)
    assert is_toll(plain) and is_counted(plain)
    assert not is_toll(CasualtyFigure("killed", 24, vague=True))
    assert not is_toll(CasualtyFigure("killed", 17, superseded=True))
    assert is_toll(CasualtyFigure("killed", 240, scope="cumulative"))
    assert not is_counted(CasualtyFigure("killed", 240, scope="cumulative"))
    assert not is_counted(CasualtyFigure("killed", 4, part_of=0))
    assert is_toll({"kind": "killed", "count": 3}) and not is_toll({"kind": "killed", "count": 3, "vague": True})
    assert sum(is_counted(f) for f in figures()) == 1 and sum(is_toll(f) for f in figures()) == 4


def test_kibana_charts_count_with_the_one_rule():
    import json
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    text = (root / "kibana" / "visualizations.ndjson").read_text(encoding="utf-8")
    assert json.dumps(COUNTED)[1:-1] in text  # every chart's query is tollwatch.tolls.COUNTED


def test_vague_and_superseded_figures_never_alert():
    from alerts.evaluate import evaluate_rule
    from alerts.rules import Rule

    rule = Rule(name="killed-20", kinds=["killed"], min_count=20)
    b = Bulletin(source="s", url="https://e.org/1", text="Dozens of civilians were killed; an earlier toll of 30.",
                 casualties=[CasualtyFigure("killed", 24, vague=True), CasualtyFigure("killed", 30, superseded=True)])
    assert evaluate_rule(rule, b) is None
    b.casualties.append(CasualtyFigure("killed", 21))
    alert = evaluate_rule(rule, b)
    assert [f["count"] for f in alert.figures] == [21]


def test_process_report_counts_tolls_only(tmp_path):
    from pipeline.stages import process_stage
    from store import Store

    with Store(tmp_path) as store:
        store.save_bulletin(Bulletin(source="s", url="https://e.org/1", lang="en", title="t",
                                     text="Dozens of people were killed and 7 were injured in the shelling."))
        report = process_stage(store)
    assert report.processed == 1 and dict(report.figures_by_kind) == {"injured": 1}


def test_evaluation_scores_tolls_only():
    from nlp.evaluation import predicted_pairs

    assert predicted_pairs(figures()) == {("killed", 100): 1, ("killed", 101): 1, ("killed", 102): 1,
                                          ("killed", 103): 1}


@pytest.mark.elasticsearch
def test_lucene_and_dsl_forms_agree_with_the_predicates_on_the_real_node(es_url):
    from elasticsearch import Elasticsearch

    from indexing.elastic import ElasticsearchBackend
    from tests.fixtures.es_node import delete_prefix

    prefix = f"tolls-{uuid.uuid4().hex[:6]}-"
    backend = ElasticsearchBackend(es_url, prefix=prefix)
    es = Elasticsearch(es_url)
    try:
        backend.setup()
        figs = figures()
        b = Bulletin(source="s", url="https://e.org/tolls", lang="en", published="2024-03-01",
                     text="x" * 40, casualties=figs)
        assert not backend.index([b]).failures
        backend.refresh()

        def counts(query: dict, index: str = "figures") -> set[int]:
            res = es.search(index=prefix + index, query=query, size=100)
            return {h["_source"]["count"] for h in res["hits"]["hits"]}

        lucene = lambda q: {"query_string": {"query": q}}  # noqa: E731
        assert counts(lucene(TOLL)) == {f.count for f in figs if is_toll(f)}
        assert counts(lucene(COUNTED)) == {f.count for f in figs if is_counted(f)}
        assert counts({"bool": {"filter": [toll_filter()]}}) == {f.count for f in figs if is_toll(f)}
        nested = es.search(index=prefix + "bulletins", size=0, query={"nested": {
            "path": "casualties", "query": {"bool": {"filter": [toll_filter("casualties."),
                                                                 {"range": {"casualties.count": {"gte": 102}}}]}}}})
        assert nested["hits"]["total"]["value"] == 1
    finally:
        backend.close()
        es.close()
        delete_prefix(es_url, prefix)
