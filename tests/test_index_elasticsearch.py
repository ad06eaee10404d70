"""Elasticsearch-specific behaviour on the real test node: templates (both profiles), aliases and
re-indexing with an alias swap, and faults (cluster unreachable, down in the middle of a bulk,
documents rejected one by one)."""

from __future__ import annotations

import copy
import socket
import threading

import pytest
from elasticsearch import BadRequestError, Elasticsearch

from indexing import IndexingError, SearchQuery, index_pending, templates
from indexing.elastic import ElasticsearchBackend, redact
from tests.test_index_data import corpus, fill_store, ids

pytestmark = pytest.mark.elasticsearch


@pytest.fixture
def es(es_url):
    client = Elasticsearch(es_url)
    yield client
    client.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_client_major_matches_the_node(es):
    import elasticsearch

    node = es.nodes.info(node_id="_local")["nodes"]
    (info,) = node.values()
    assert info["version"].split(".")[0] == str(elasticsearch.__versionstr__).split(".")[0] == "8"


def test_template_files_are_consistent():
    for kind in templates.KINDS:
        src = templates.load(kind)
        assert src["mapping_version"] == src["template"]["mappings"]["_meta"]["mapping_version"]
        for profile in templates.PROFILES:
            body = templates.index_template(kind, profile, "x-")
            assert body["index_patterns"] == [f"x-{kind}-*"] and body["version"] == src["mapping_version"]
            names = set(body["template"]["settings"]["analysis"]["analyzer"])
            assert names == {"tollwatch_ar", "tollwatch_en", "tollwatch_text"}
    assert templates.analyzer_types("production") == {"arabic", "english", "standard"}
    assert templates.analyzer_types("portable") == {"standard"}


@pytest.mark.parametrize("kind", templates.KINDS)
def test_production_template_is_valid_but_for_the_analyzers_this_node_lacks(es, es_prefix, kind):
    """The test node has no analysis-common: the production template is refused for the arabic
    analyzer type only. With the portable analysis swapped in, the production mappings are
    accepted and an index built from them maps a document."""
    body = templates.index_template(kind, "production", es_prefix)
    with pytest.raises(BadRequestError) as err:
        es.indices.put_index_template(name=f"{es_prefix}{kind}-prod", **body)
    assert "Unknown analyzer type [arabic]" in str(err.value) or "Unknown analyzer type [english]" in str(err.value)
    body["template"]["settings"]["analysis"] = templates.analysis("portable")
    es.indices.put_index_template(name=f"{es_prefix}{kind}-prod", **body)
    sim = es.indices.simulate_index_template(name=f"{es_prefix}{kind}-probe")
    assert sim["template"]["mappings"]["_meta"]["mapping_version"] == templates.mapping_version(kind)
    assert sim["template"]["mappings"]["dynamic"] == "strict"


def test_setup_creates_aliased_indices_and_is_idempotent(es, es_url, es_prefix):
    be = ElasticsearchBackend(es_url, prefix=es_prefix)
    first = be.setup()
    assert first["profile"] == "portable"
    for kind in templates.KINDS:
        alias = f"{es_prefix}{kind}"
        (index,) = es.indices.get_alias(name=alias).body
        assert index == first[kind]["created"] and index.startswith(f"{alias}-m{templates.mapping_version(kind)}-")
        mapping = es.indices.get_mapping(index=index)[index]["mappings"]
        assert mapping["_meta"]["profile"] == "portable"
        time_field = "date" if kind == "incidents" else "published"
        assert mapping["properties"][time_field]["type"] == "date"
    second = be.setup()
    assert all("unchanged" in second[k] for k in templates.KINDS)
    be.close()


def test_reindex_copies_into_a_new_index_and_swaps_the_alias(es, es_url, es_prefix):
    be = ElasticsearchBackend(es_url, prefix=es_prefix)
    be.setup()
    be.index(corpus())
    be.refresh()
    before = be.count()
    old = list(es.indices.get_alias(name=f"{es_prefix}bulletins").body)[0]
    out = be.reindex()
    assert out["bulletins"]["from"] == old and out["bulletins"]["copied"] == before["bulletins"]
    (new,) = es.indices.get_alias(name=f"{es_prefix}bulletins").body
    assert new != old and es.indices.exists(index=old)
    assert be.count() == before
    assert ids(be.search(SearchQuery("al-Bab"))) == [corpus()[4].version_id]
    # writes go to the new index; re-indexing the same versions still does not duplicate
    be.index(corpus())
    be.refresh()
    assert be.count() == before
    be.reindex(delete_old=True)
    assert not es.indices.exists(index=new)
    be.close()


def test_setup_upgrades_an_index_of_an_older_mapping_version(es, es_url, es_prefix, monkeypatch):
    be = ElasticsearchBackend(es_url, prefix=es_prefix)
    be.setup()
    be.index(corpus()[:2])
    be.refresh()
    original = templates.load
    real = original("bulletins")
    bumped = copy.deepcopy(real)
    bumped["mapping_version"] += 1
    bumped["template"]["mappings"]["_meta"]["mapping_version"] += 1
    monkeypatch.setattr(templates, "load", lambda name: bumped if name == "bulletins" else original(name))
    out = be.setup()
    assert "to" in out["bulletins"] and out["bulletins"]["copied"] == 2
    assert out["bulletins"]["to"].startswith(f"{es_prefix}bulletins-m{real['mapping_version'] + 1}-")
    assert "unchanged" in out["figures"]
    assert be.count()["bulletins"] == 2
    assert all("unchanged" in be.setup()[k] for k in templates.KINDS)  # upgraded once, then stable
    be.close()


def test_alias_name_taken_by_a_plain_index_is_a_clear_error(es, es_url, es_prefix):
    es.indices.create(index=f"{es_prefix}bulletins")
    be = ElasticsearchBackend(es_url, prefix=es_prefix)
    with pytest.raises(IndexingError, match="is an index, not the alias"):
        be.setup()


def test_unreachable_cluster_loses_nothing_and_names_the_cluster(tmp_path):
    url = f"http://127.0.0.1:{free_port()}"
    store = fill_store(tmp_path)
    be = ElasticsearchBackend(url, prefix="x-", timeout=3)
    report = index_pending(store, be)
    assert report.indexed == 0 and report.remaining == 6
    assert url in report.error and "unreachable" in report.error
    assert len(list(store.pending("index:elasticsearch"))) == 6
    with pytest.raises(IndexingError, match=f"Elasticsearch at {url}: .*unreachable"):
        be.search(SearchQuery("x"))
    store.close()


def test_credentials_never_appear_in_messages():
    assert redact("https://user:s3cret@es.example:9200/") == "https://es.example:9200/"


class CuttingProxy:
    """A TCP proxy on 127.0.0.1 to the node that lets ``bulks`` bulk requests through, then drops
    every connection and refuses new ones: the cluster going down in the middle of indexing."""

    def __init__(self, target_port: int, bulks: int):
        self.target_port, self.allowed = target_port, bulks
        self.seen = 0
        self.cut = threading.Event()
        self.server = socket.socket()
        self.server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(16)
        self.port = self.server.getsockname()[1]
        self.conns: list[socket.socket] = []
        self.lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while not self.cut.is_set():
            try:
                client, _ = self.server.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self.target_port))
            self.conns += [client, upstream]
            threading.Thread(target=self._pipe, args=(client, upstream, True), daemon=True).start()
            threading.Thread(target=self._pipe, args=(upstream, client, False), daemon=True).start()

    def _pipe(self, src, dst, from_client):
        try:
            while True:
                data = src.recv(65536)
                if not data:
                    break
                if from_client and b"/_bulk" in data:
                    with self.lock:
                        self.seen += 1
                        if self.seen > self.allowed:
                            self.close()
                            return
                dst.sendall(data)
        except OSError:
            pass

    def close(self):
        self.cut.set()
        for s in [self.server, *self.conns]:
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            s.close()


def test_cluster_down_in_the_middle_of_indexing_loses_nothing(es_url, es_prefix, tmp_path):
    port = int(es_url.rsplit(":", 1)[1])
    direct = ElasticsearchBackend(es_url, prefix=es_prefix)
    direct.setup()
    proxy = CuttingProxy(port, bulks=1)
    store = fill_store(tmp_path)
    via = ElasticsearchBackend(f"http://127.0.0.1:{proxy.port}", prefix=es_prefix, timeout=5)
    report = index_pending(store, via, batch_size=2)
    proxy.close()
    assert report.indexed == 2 and report.remaining == 4, report.to_dict()
    assert f"127.0.0.1:{proxy.port}" in report.error and "bulk indexing failed" in report.error
    assert len(list(store.pending("index:elasticsearch"))) == 4
    # the next run, with the cluster back, sends the rest, and nothing is there twice
    again = index_pending(store, direct)
    assert again.indexed == 4 and again.error is None
    assert direct.count() == {"bulletins": 6, "figures": 8}
    assert ids(direct.search(SearchQuery("al-Bab"))) == [corpus()[4].version_id]
    store.close()


def test_documents_the_cluster_rejects_are_reported_one_by_one(es_url, es_prefix, tmp_path):
    items = corpus()
    items[2].casualties[0].geo.lat = 123.0  # a geocoder bug: no such latitude
    store = fill_store(tmp_path, items)
    be = ElasticsearchBackend(es_url, prefix=es_prefix)
    report = index_pending(store, be)
    assert report.indexed == 5 and report.failed == 1 and report.error is None
    (f,) = report.failures
    assert f.version_id == items[2].version_id and f.url == items[2].url
    assert "rejected by Elasticsearch" in f.reason and "latitude" in f.reason
    assert [b.version_id for b in store.pending("index:elasticsearch")] == [items[2].version_id]
    assert report.to_dict()["failures"][0]["version_id"] == items[2].version_id
    store.close()


def test_a_node_that_cannot_start_is_a_clear_error_with_its_log(tmp_path):
    from tests.fixtures.es_node import ElasticsearchNode, NodeStartError

    with pytest.raises(NodeStartError, match="not installed at"):
        ElasticsearchNode(home=tmp_path / "nowhere").start()
    node = ElasticsearchNode(heap="lots")  # not a heap size: the JVM refuses to start
    with pytest.raises(NodeStartError) as err:
        node.start()
    node.stop()
    message = str(err.value)
    assert "exited with status" in message and "log tail" in message and "lots" in message


def test_forcing_the_production_profile_on_a_node_without_it_is_a_clear_error(es_url, es_prefix):
    be = ElasticsearchBackend(es_url, prefix=es_prefix, profile="production")
    with pytest.raises(IndexingError) as err:
        be.setup()
    message = str(err.value)
    assert message.startswith(f"Elasticsearch at {es_url}: installing index template {es_prefix}bulletins failed")
    assert "analyzer type [arabic]" in message or "analyzer type [english]" in message
    be.close()


def test_unknown_profile_setting_is_refused():
    with pytest.raises(ValueError, match="es_profile must be one of"):
        ElasticsearchBackend("http://127.0.0.1:9", profile="fancy")


def test_a_revision_indexed_right_after_its_first_version_leaves_one_latest(es_url, es_prefix):
    """Bug: v1 and v2 indexed within the refresh interval were both marked latest."""
    from tollwatch.records import Bulletin, CasualtyFigure

    def version(n: int, count: int) -> Bulletin:
        text = f"The death toll rose to {count} civilians killed in Douma."
        return Bulletin(source="demo", url="https://example.org/en/1/", text=text, lang="en",
                        published="2018-04-08", version=n,
                        casualties=[CasualtyFigure(kind="killed", count=count, start=23, end=23 + len(str(count)))])

    be = ElasticsearchBackend(es_url, prefix=es_prefix)
    be.setup()
    assert be.index([version(1, 12)]).indexed
    assert be.index([version(2, 35)]).indexed  # no refresh in between
    be.refresh()
    latest = be.search(SearchQuery(text="Douma", all_versions=True, limit=10))
    assert sorted((h.version, h.latest) for h in latest) == [(1, False), (2, True)]
    figures = be.search_figures(SearchQuery(kind="killed", limit=10))
    assert [f.count for f in figures] == [35]
    be.close()
