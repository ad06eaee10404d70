"""Elasticsearch as a cluster: three real nodes (``tests/fixtures/es_cluster.py``), the client given
all of them (``es_url`` comma-separated), indices with one replica. One node is killed in the
middle of indexing: nothing is lost (what a failed batch left unmarked is sent again, as
``index_pending`` does on the next run), search keeps answering, and when the node comes back its
replicas recover (the cluster is green again)."""

from __future__ import annotations

import dataclasses
import threading

import pytest
from elasticsearch import Elasticsearch

from indexing import SearchQuery, index_pending, templates
from indexing.elastic import ElasticsearchBackend, hosts, redact
from tests.test_index_data import corpus

pytestmark = [pytest.mark.elasticsearch, pytest.mark.slow, pytest.mark.cluster]
pytest_plugins = ["tests.fixtures.es_cluster"]

PREFIX = "cl-"


def many_bulletins(n: int) -> list:
    """``n`` distinct bulletins made from the corpus (each its own URL, so its own bulletin id)."""
    base = [b for b in corpus() if b.version == 1]
    out = []
    for i in range(n):
        b = base[i % len(base)]
        out.append(dataclasses.replace(b, url=f"{b.url.rstrip('/')}-{i}/", canonical_url=None,
                                       text=f"{b.text} (report {i})", casualties=list(b.casualties)))
    return out


def test_es_url_lists_several_nodes():
    assert hosts("http://a:9200, http://b:9200,") == ["http://a:9200", "http://b:9200"]
    assert redact("http://u:p@a:9200,http://b:9200") == "http://a:9200,http://b:9200"


def test_replicas_and_shards_come_from_the_settings(monkeypatch):
    body = templates.index_template("bulletins", "portable", "x-", replicas=2, shards=3)
    assert body["template"]["settings"]["number_of_replicas"] == 2
    assert body["template"]["settings"]["number_of_shards"] == 3
    assert templates.index_template("bulletins", "portable", "x-")["template"]["settings"]["number_of_replicas"] == 0
    monkeypatch.setenv("TOLLWATCH_ES_REPLICAS", "-1")
    from tollwatch.config import ConfigError

    with pytest.raises(ConfigError, match="es_replicas"):
        ElasticsearchBackend("http://127.0.0.1:9", prefix="x-")


def test_indexing_survives_a_node_going_away(es_cluster, tmp_path, monkeypatch):
    from store import Store

    monkeypatch.setenv("TOLLWATCH_ES_REPLICAS", "1")
    monkeypatch.setenv("TOLLWATCH_ES_SHARDS", "3")  # every node holds primaries
    be = ElasticsearchBackend(es_cluster.url, prefix=PREFIX, timeout=20)
    setup = be.setup()
    es_cluster.wait_for("green")
    es = Elasticsearch(hosts(es_cluster.url))
    index = setup["bulletins"]["created"]
    assert es.indices.get_settings(index=index)[index]["settings"]["index"]["number_of_replicas"] == "1"

    bulletins = many_bulletins(1200)
    store = Store(tmp_path)
    for b in bulletins:
        store.save_bulletin(b)
    store.mark_done("nlp", bulletins)

    # a node that is not the elected master, killed while the batches are being sent
    master = es.cat.master(format="json")[0]["node"]
    victim = next(n for n in es_cluster.nodes if n.name != master)
    killed = threading.Event()

    class KillingBackend(ElasticsearchBackend):
        batches = 0

        def index(self, batch):
            KillingBackend.batches += 1
            if KillingBackend.batches == 2:  # mid-run: after the first batch, while the second is sent
                threading.Timer(0.05, lambda: (es_cluster.kill(victim), killed.set())).start()
            return super().index(batch)

    kb = KillingBackend(es_cluster.url, prefix=PREFIX, timeout=20)
    reports = [index_pending(store, kb, batch_size=200)]
    assert killed.wait(30), (KillingBackend.batches, reports[0])
    for _ in range(3):  # what a failed batch left unmarked goes out on the next run
        if not reports[-1].error:
            break
        reports.append(index_pending(store, kb, batch_size=200))
    assert reports[-1].error is None, [r.error for r in reports]
    assert sum(r.indexed for r in reports) >= len(bulletins)
    assert not list(store.pending("index:elasticsearch", after="nlp"))

    # nothing lost, no duplicates; search answers on the two nodes left
    es_cluster.wait_for("yellow", nodes=2)
    kb.refresh()
    assert kb.count()["bulletins"] == len(bulletins)
    figures = sum(len(b.casualties) for b in bulletins)
    assert kb.count()["figures"] == figures
    hits = kb.search(SearchQuery(text="Ariha", limit=5))
    wanted = {b.version_id for b in bulletins}
    assert len(hits) == 5 and {h.version_id for h in hits} <= wanted

    # the node comes back; its copies recover and the cluster is green with three nodes
    es_cluster.restart(victim)
    health = es_cluster.wait_for("green", nodes=3)
    assert health["unassigned_shards"] == 0
    assert kb.count() == {"bulletins": len(bulletins), "figures": figures}
    es.close()
    be.close()
    kb.close()


def test_setup_applies_a_changed_replica_count_in_place(es_cluster, monkeypatch):
    monkeypatch.setenv("TOLLWATCH_ES_REPLICAS", "1")
    be = ElasticsearchBackend(es_cluster.url, prefix="rp-", timeout=20)
    first = be.setup()
    be.close()
    monkeypatch.setenv("TOLLWATCH_ES_REPLICAS", "2")  # a copy on every one of the three nodes
    be = ElasticsearchBackend(es_cluster.url, prefix="rp-", timeout=20)
    again = be.setup()
    for kind in templates.KINDS:
        assert again[kind]["unchanged"] == first[kind]["created"]  # the same index, not a new one
        assert again[kind]["replicas"] == {"from": 1, "to": 2}
    assert "replicas" not in be.setup()["bulletins"]  # nothing to change the second time
    health = es_cluster.wait_for("green")
    assert health["unassigned_shards"] == 0
    be.close()
