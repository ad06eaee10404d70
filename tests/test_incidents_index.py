"""Incidents in both search backends (the embedded SQLite store and the real Elasticsearch node):
indexed by the index stage from ``Store.incidents()``, replaced as a set (no duplicates, merged
incidents removed), found by ``search_incidents`` with the same semantics on both, and by
``tollwatch search --incidents``."""

from __future__ import annotations

import json

import pytest

from cli.main import main
from indexing import SearchQuery
from indexing.elastic import ElasticsearchBackend
from indexing.embedded import EmbeddedBackend
from indexing.incidents import incident_document, index_incidents
from tests import report_data

BACKENDS = ["embedded", pytest.param("elasticsearch", marks=pytest.mark.elasticsearch)]
ALL = ["inc-rashidin", "inc-shayrat", "inc-khan-shaykhun", "inc-detained-total"]  # newest event first


def make_backend(kind, tmp_path, request):
    if kind == "embedded":
        return EmbeddedBackend(tmp_path)
    return ElasticsearchBackend(request.getfixturevalue("es_url"), prefix=request.getfixturevalue("es_prefix"))


@pytest.fixture(params=BACKENDS)
def loaded(request, tmp_path):
    be = make_backend(request.param, tmp_path, request)
    be.setup()
    report = be.replace_incidents(report_data.incidents())
    assert report.indexed == 4 and report.failed == 0 and report.removed == 0, report
    yield be
    be.close()


def ids(hits):
    return [h.incident_id for h in hits]


def test_document_follows_the_template():
    from indexing import templates

    props = templates.load("incidents")["template"]["mappings"]["properties"]
    doc = incident_document(report_data.incidents()[0], "2017-04-20T00:00:00Z")
    assert set(doc) <= set(props)
    assert set(doc["search"]) <= set(props["search"]["properties"])
    assert doc["location"] == {"lat": 35.4383, "lon": 36.6508} and doc["best"] == {"killed": 86}
    assert doc["tolls"] == [{"kind": "killed", "low": 72, "best": 86, "high": 91}]
    assert doc["date"] == doc["date_end"] == "2017-04-04T00:00:00Z" and doc["revisions"] == 3
    assert props["tolls"]["type"] == "nested" and props["location"]["type"] == "geo_point"


def test_filter_only_search_is_newest_event_first(loaded):
    assert ids(loaded.search_incidents(SearchQuery())) == ALL
    assert loaded.count_incidents() == 4
    ks = next(h for h in loaded.search_incidents(SearchQuery()) if h.incident_id == "inc-khan-shaykhun")
    d = ks.to_dict()
    assert d["tolls"] == [{"kind": "killed", "low": 72, "best": 86, "high": 91}]
    assert d["sources"] == ["sohr-en", "sohr-ar", "snhr"] and d["langs"] == ["en", "ar"]
    assert d["place"] == "Khan Shaykhun" and d["governorate"] == "Idlib" and d["lat"] == pytest.approx(35.4383)
    assert d["date"].startswith("2017-04-04") and d["scope"] == "event" and len(d["urls"]) == 3
    json.dumps(d)


def test_text_matches_title_evidence_and_places_in_both_languages(loaded):
    hits = loaded.search_incidents(SearchQuery("chemical"))
    assert ids(hits) == ["inc-khan-shaykhun"] and "<em>Chemical</em>" in hits[0].snippet
    hits = loaded.search_incidents(SearchQuery("الشهداء"))
    assert ids(hits) == ["inc-khan-shaykhun"] and "<em>الشهداء</em>" in hits[0].snippet
    assert ids(loaded.search_incidents(SearchQuery("civilian"))) == ["inc-khan-shaykhun"]  # "91 civilians", by stem
    assert ids(loaded.search_incidents(SearchQuery("Rashidin"))) == ["inc-rashidin"]
    assert ids(loaded.search_incidents(SearchQuery("Maarrat"))) == ["inc-khan-shaykhun"]  # the district
    assert ids(loaded.search_incidents(SearchQuery('"cruise missiles"'))) == ["inc-shayrat"]  # perpetrator
    assert ids(loaded.search_incidents(SearchQuery("chemical Aleppo"))) == []


def test_filters(loaded):
    q = loaded.search_incidents
    assert ids(q(SearchQuery(kind="killed", min_count=100))) == ["inc-rashidin"]
    assert ids(q(SearchQuery(kind="killed", min_count=86))) == ["inc-rashidin", "inc-khan-shaykhun"]  # on best
    assert ids(q(SearchQuery(kind="injured"))) == ["inc-rashidin"]
    assert ids(q(SearchQuery(source="snhr"))) == ["inc-khan-shaykhun", "inc-detained-total"]
    assert ids(q(SearchQuery(lang="ar"))) == ["inc-khan-shaykhun"]
    # the event window meets the range: the running total since 2011 overlaps April 2017
    assert ids(q(SearchQuery(since="2017-04-05"))) == ["inc-rashidin", "inc-shayrat", "inc-detained-total"]
    assert ids(q(SearchQuery(until="2017-04-04"))) == ["inc-khan-shaykhun", "inc-detained-total"]
    assert ids(q(SearchQuery(since="2017-04-13", until="2017-04-14"))) == []
    assert ids(q(SearchQuery(place="Idlib"))) == ["inc-khan-shaykhun"]
    assert ids(q(SearchQuery("explosion", place="Aleppo"))) == []
    assert ids(q(SearchQuery(place="Aleppo"))) == ["inc-rashidin"]


def test_replacing_the_set_removes_merged_incidents_and_never_duplicates(loaded):
    incs = report_data.incidents()
    again = loaded.replace_incidents(incs)
    assert again.indexed == 4 and again.removed == 0 and loaded.count_incidents() == 4
    incs[0].tolls[0].best = 88
    shorter = [i for i in incs if i.incident_id != "inc-shayrat"]
    report = loaded.replace_incidents(shorter)
    assert report.indexed == 3 and report.removed == 1
    assert ids(loaded.search_incidents(SearchQuery())) == ["inc-rashidin", "inc-khan-shaykhun", "inc-detained-total"]
    assert loaded.search_incidents(SearchQuery("chemical"))[0].tolls[0]["best"] == 88
    assert loaded.replace_incidents([]).removed == 3 and loaded.count_incidents() == 0


def test_an_incident_without_place_or_event_date_is_indexed_by_its_first_report(loaded):
    from tollwatch.records import FigureRef, Incident, IncidentToll

    bare = Incident(incident_id="inc-bare", tolls=[IncidentToll(kind="missing", low=3, best=3, high=5)],
                    sources=["sohr-ar"], langs=["ar"], first_seen="2017-04-09T10:00:00+03:00", last_seen="not a date",
                    figures=[FigureRef(version_id="x-v1", index=0, source="sohr-ar", url="https://www.syriahr.com/x/",
                                       lang="ar", published=None, kind="missing", count=3, count_max=5,
                                       evidence="ثلاثة إلى خمسة مفقودين")])
    report = loaded.replace_incidents([bare, *report_data.incidents()])
    assert report.indexed == 5 and report.failed == 0, report
    (hit,) = loaded.search_incidents(SearchQuery(kind="missing"))
    assert hit.incident_id == "inc-bare" and hit.date.startswith("2017-04-09T07:00:00") and hit.place is None
    assert hit.tolls == [{"kind": "missing", "low": 3, "best": 3, "high": 5}] and hit.lat is None
    assert ids(loaded.search_incidents(SearchQuery("مفقودين"))) == ["inc-bare"]
    assert ids(loaded.search_incidents(SearchQuery(since="2017-04-08", until="2017-04-09"))) == [
        "inc-bare", "inc-detained-total"]


@pytest.mark.parametrize("kind", BACKENDS)
def test_the_index_stage_indexes_the_stored_incidents(kind, tmp_path, request):
    from pipeline.stages import index_stage

    store = report_data.fill(tmp_path / "data")
    be = make_backend(kind, tmp_path / "search", request)
    first = index_stage(store, be)
    assert first["indexed"] == 8 and first["incidents"] == {"indexed": 4, "removed": 0, "failed": 0,
                                                            "failures": [], "error": None}
    second = index_stage(store, be)  # a re-run: no version left, the same incidents, no duplicates
    assert second["indexed"] == 0 and second["incidents"]["indexed"] == 4 and be.count_incidents() == 4
    assert be.count() == {"bulletins": 8, "figures": 12}  # the other counts are unchanged
    be.close()
    store.close()


def test_unreachable_backend_is_reported_not_raised(tmp_path):
    store = report_data.fill(tmp_path / "data")
    be = ElasticsearchBackend("http://127.0.0.1:9", prefix="x-", timeout=2)
    report = index_incidents(store, be)
    assert report.error and "127.0.0.1:9" in report.error and "unreachable" in report.error
    be.close()
    store.close()


def test_search_incidents_command(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("TOLLWATCH_ES_URL", raising=False)
    store = report_data.fill(tmp_path / "data")
    store.close()
    assert main(["index", "--data", str(tmp_path / "data")]) == 0
    out = capsys.readouterr().out
    assert "incidents: 4 indexed, 0 removed, 0 failed" in out
    assert main(["index", "status", "--data", str(tmp_path / "data"), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["incidents"] == 4
    assert main(["search", "--incidents", "--kind", "killed", "--min", "50", "--data", str(tmp_path / "data")]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "1. 2017-04-15 killed 126, injured 24: al-Rashidin, Aleppo; sohr-en [en]"
    assert "2. 2017-04-04 killed 86 (72-91): Khan Shaykhun, Idlib; sohr-en, sohr-ar, snhr [en, ar]" in out
    assert main(["search", "--incidents", "الشهداء", "--json", "--data", str(tmp_path / "data")]) == 0
    (hit,) = json.loads(capsys.readouterr().out)
    assert hit["incident_id"] == "inc-khan-shaykhun" and "<em>الشهداء</em>" in hit["snippet"]
    assert main(["search", "--incidents", "--source", "snhr", "--kind", "detained",
                 "--data", str(tmp_path / "data")]) == 0
    assert "[cumulative: not an event]" in capsys.readouterr().out


@pytest.mark.elasticsearch
def test_backends_agree_on_incidents(tmp_path, request):
    emb = EmbeddedBackend(tmp_path / "emb")
    es = ElasticsearchBackend(request.getfixturevalue("es_url"), prefix=request.getfixturevalue("es_prefix"))
    for be in (emb, es):
        be.setup()
        be.replace_incidents(report_data.incidents())
    queries = [SearchQuery(t) for t in ["chemical", "الشهداء", "Khan Shaykhun", "killed", "people", "126",
                                        "civilians", "Idlib", "nothing-matches-this", '"car bomb"']]
    queries += [SearchQuery(kind="killed", min_count=7), SearchQuery(lang="en"), SearchQuery(source="sohr-en"),
                SearchQuery(since="2017-04-06"), SearchQuery(place="Homs"), SearchQuery("soldiers", kind="killed")]
    for q in queries:
        a, b = emb.search_incidents(q), es.search_incidents(q)
        assert sorted(ids(a)) == sorted(ids(b)), q
        if not q.text:
            assert ids(a) == ids(b), q  # newest first on both
        if a:
            assert a[0].snippet == next(h.snippet for h in b if h.incident_id == a[0].incident_id), q
    emb.close()
    es.close()
