"""The Kibana saved objects in kibana/*.ndjson (no Kibana runs here, so they are checked against
what they point at):

- the NDJSON parses, matches kibana/generate.py, embedded JSON strings parse, ids are unique and
  every reference (and every dashboard panel's reference) resolves among the shipped objects;
- every field any object uses (time fields, columns, sort, Lens columns, map geo and metric
  fields, link formats, query fields) exists in the index templates (index_mappings/) with a
  type that fits its use;
- on the real Elasticsearch node, after indexing sample bulletins with the indexing package:
  every field is in ``_field_caps`` (searchable/aggregatable as the use needs), every query
  validates with ``_validate/query`` exactly as Kibana sends it (``query_string``), and the
  queries and aggregations return what the dashboard promises (each toll counted once).
"""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest

from kibana import install as kibana

ROOT = Path(__file__).resolve().parent.parent
VIEWS = {"tollwatch-bulletins": "bulletins", "tollwatch-figures": "figures",
         "tollwatch-incidents": "incidents"}  # data view id -> template
JSON_STRINGS = ("searchSourceJSON", "panelsJSON", "optionsJSON", "mapStateJSON", "layerListJSON",
                "uiStateJSON", "fieldFormatMap", "sourceFilters", "fields", "fieldAttrs", "runtimeFieldMap")
NUMERIC = {"integer", "long", "float", "double", "short", "byte", "half_float", "scaled_float"}
AGGREGATABLE = NUMERIC | {"keyword", "date", "boolean", "geo_point", "ip"}


def shipped() -> list[dict]:
    return kibana.load_objects(kibana.object_files(ROOT / "kibana"))


def generator():
    spec = importlib.util.spec_from_file_location("kibana_generate", ROOT / "kibana" / "generate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# ----------------------------------------------------------------------------- what the objects use

_LUCENE_FIELD = re.compile(r"(?<![\w.\\])(_exists_\s*:\s*)?([A-Za-z_][\w.]*)\s*:(?!/)")


def query_fields(query: str) -> set[str]:
    """Field names in a Lucene query string (``field:value``, ``_exists_:field``)."""
    out = set()
    for m in _LUCENE_FIELD.finditer(query):
        out.add(m.group(2))
    return {f for f in out if f != "_exists_"} | set(re.findall(r"_exists_\s*:\s*([\w.]+)", query))


def _ref(obj: dict, name: str) -> str:
    for r in obj["references"]:
        if r["name"] == name:
            return r["id"]
    raise AssertionError(f"{obj['type']}:{obj['id']} has no reference {name}")


def uses(objects: list[dict]) -> tuple[dict[str, dict[str, set[str]]], list[tuple[str, str, str]]]:
    """({data view id: {field: {uses}}}, [(data view id, query, where)]) over all objects.

    Uses: ``date`` (time field, date histogram), ``aggregatable`` (terms, sort), ``numeric`` (sum),
    ``geo`` (geo_point), ``field`` (shown or queried)."""
    fields: dict[str, dict[str, set[str]]] = {v: {} for v in VIEWS}
    queries: list[tuple[str, str, str]] = []

    def use(view: str, field: str, how: str) -> None:
        fields.setdefault(view, {}).setdefault(field, set()).add(how)

    def query(view: str, q: dict, where: str) -> None:
        assert q.get("language") == "lucene", f"{where}: queries are Lucene so they can be validated exactly"
        queries.append((view, q["query"], where))
        for f in query_fields(q["query"]):
            use(view, f, "field")

    for obj in objects:
        a, where = obj["attributes"], f"{obj['type']}:{obj['id']}"
        if obj["type"] == "index-pattern":
            use(obj["id"], a["timeFieldName"], "date")
            for f in json.loads(a.get("fieldFormatMap") or "{}"):
                use(obj["id"], f, "field")
        elif obj["type"] == "search":
            view = _ref(obj, kibana_index_ref())
            source = json.loads(a["kibanaSavedObjectMeta"]["searchSourceJSON"])
            query(view, source["query"], where)
            for f in a["columns"]:
                use(view, f, "field")
            for f, _ in a["sort"]:
                use(view, f, "aggregatable")
        elif obj["type"] == "lens":
            state = a["state"]
            for layer_id, layer in state["datasourceStates"]["formBased"]["layers"].items():
                view = _ref(obj, f"indexpattern-datasource-layer-{layer_id}")
                for col in layer["columns"].values():
                    f = col.get("sourceField")
                    if not f or f == "___records___":
                        continue
                    how = {"date_histogram": "date", "terms": "aggregatable", "sum": "numeric",
                           "average": "numeric", "max": "numeric", "min": "numeric"}.get(col["operationType"], "field")
                    use(view, f, how)
                query(view, state["query"], where)
        elif obj["type"] == "map":
            for layer in json.loads(a["layerListJSON"]):
                src = layer["sourceDescriptor"]
                if "indexPatternRefName" not in src:
                    continue
                view = _ref(obj, src["indexPatternRefName"])
                use(view, src["geoField"], "geo")
                for metric in src.get("metrics", []):
                    if metric.get("field"):
                        use(view, metric["field"], "numeric")
                for f in src.get("tooltipProperties", []):
                    use(view, f, "field")
                if src.get("sortField"):
                    use(view, src["sortField"], "aggregatable")
                if layer.get("query"):
                    query(view, layer["query"], where)
        elif obj["type"] == "dashboard":
            source = json.loads(a["kibanaSavedObjectMeta"]["searchSourceJSON"])
            for view in VIEWS:  # the dashboard query applies to every panel
                query(view, source["query"], where)
    return fields, queries


def kibana_index_ref() -> str:
    return "kibanaSavedObjectMeta.searchSourceJSON.index"


def template_fields(kind: str) -> dict[str, str]:
    """Every field of an index template, dotted, with its type (multi-fields included)."""
    template = json.loads((ROOT / "index_mappings" / f"{kind}.json").read_text(encoding="utf-8"))
    out: dict[str, str] = {}

    def visit(props: dict, prefix: str) -> None:
        for name, spec in props.items():
            path = prefix + name
            if "properties" in spec:
                visit(spec["properties"], path + ".")
                if spec.get("type") == "nested":
                    out[path] = "nested"
                continue
            out[path] = spec["type"]
            for sub, subspec in spec.get("fields", {}).items():
                out[f"{path}.{sub}"] = subspec["type"]

    visit(template["template"]["mappings"]["properties"], "")
    return out


# ----------------------------------------------------------------------------- static checks

def test_ndjson_parses_and_matches_the_generator():
    files = sorted((ROOT / "kibana").glob("*.ndjson"))
    assert {f.name for f in files} == set(generator().render())
    for f in files:
        for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            assert line.strip(), f"{f.name}:{n} is empty"
            json.loads(line)
        assert f.read_text(encoding="utf-8") == generator().render()[f.name], (
            f"kibana/{f.name} differs from kibana/generate.py: run `python kibana/generate.py`")


def test_objects_are_complete_and_references_resolve():
    objects = shipped()
    keys = [(o["type"], o["id"]) for o in objects]
    assert len(keys) == len(set(keys)), "duplicate saved-object ids"
    types = {t for t, _ in keys}
    assert {"index-pattern", "search", "lens", "map", "dashboard"} <= types
    assert {("index-pattern", v) for v in VIEWS} <= set(keys)
    for obj in objects:
        assert obj["attributes"]["title"], obj["id"]
        assert obj["coreMigrationVersion"] and obj["typeMigrationVersion"], obj["id"]
        for name in JSON_STRINGS:
            for holder in (obj["attributes"], obj["attributes"].get("kibanaSavedObjectMeta", {})):
                if name in holder:
                    json.loads(holder[name])
        for ref in obj["references"]:
            assert (ref["type"], ref["id"]) in set(keys), f"{obj['id']}: reference {ref} is not shipped"
    dashboards = [o for o in objects if o["type"] == "dashboard"]
    for dash in dashboards:
        panels = json.loads(dash["attributes"]["panelsJSON"])
        names = {r["name"] for r in dash["references"]}
        for p in panels:
            assert f"{p['panelIndex']}:{p['panelRefName']}" in names, p
            g = p["gridData"]
            assert g["x"] + g["w"] <= 48 and g["i"] == p["panelIndex"]
        # the dashboard shows what the issue asks for
        shown = {r["id"] for r in dash["references"]}
        for wanted in ("tollwatch-casualties-over-time", "tollwatch-casualties-map", "tollwatch-casualties-by-source",
                       "tollwatch-casualties-by-governorate", "tollwatch-high-count-reports", "tollwatch-toll-revisions",
                       "tollwatch-latest-bulletins-en", "tollwatch-latest-bulletins-ar",
                       "tollwatch-incidents-killed-over-time", "tollwatch-incidents", "tollwatch-incidents-map"):
            assert wanted in shown


def test_every_field_exists_in_the_index_templates_with_a_fitting_type():
    fields, queries = uses(shipped())
    assert queries
    for view, used in fields.items():
        mapping = template_fields(VIEWS[view])
        for field, hows in used.items():
            assert field in mapping, f"data view {view}: field {field} is not in index_mappings/{VIEWS[view]}.json"
            ftype = mapping[field]
            for how in hows:
                ok = {"date": ftype == "date", "numeric": ftype in NUMERIC, "geo": ftype == "geo_point",
                      "aggregatable": ftype in AGGREGATABLE, "field": ftype != "nested"}[how]
                assert ok, f"data view {view}: {field} is {ftype}, cannot be used as {how}"
    # Kibana cannot aggregate on nested fields without nested aggregations: the figure charts use
    # the flat figures index
    assert not any(f.startswith("casualties.") for f in fields["tollwatch-bulletins"])


def test_query_field_extraction():
    assert query_fields("latest:true AND NOT _exists_:part_of AND count:>=20 AND max.killed:[5 TO *]") == {
        "latest", "part_of", "count", "max.killed"}
    assert query_fields('title:"a: b"') >= {"title"}


def test_retarget_points_data_views_at_another_prefix():
    objects = kibana.retarget(shipped(), "ops-")
    titles = {o["id"]: o["attributes"]["title"] for o in objects if o["type"] == "index-pattern"}
    assert titles == {"tollwatch-bulletins": "ops-bulletins", "tollwatch-figures": "ops-figures",
                      "tollwatch-incidents": "ops-incidents"}
    assert kibana.retarget(shipped(), "tollwatch-") == shipped()


# ----------------------------------------------------------------------------- on the real node

def _sample_bulletins():
    """Our own sentences in the style of the bulletins (invented, not copied), with figures."""
    from tollwatch.records import Bulletin, CasualtyFigure, Place

    idlib = Place(name="Maarat al-Numan", lat=35.648, lon=36.672, country="SY", governorate="Idlib",
                  district="Maarat al-Numan", precision="point")
    daraa = Place(name="Daraa", lat=32.618, lon=36.102, country="SY", governorate="Daraa", precision="governorate")
    url = "https://monitor.example.org/en/2024/03/market-strike/"
    first = Bulletin(
        source="sohr-en", url=url, lang="en", title="Warplanes strike a market in Maarat al-Numan",
        published="2024-03-10T09:00:00+00:00", fetched="2024-03-10T10:00:00+00:00", version=1,
        text="Twelve civilians, four of them children, died today when warplanes hit a crowded market "
             "in Maarat al-Numan in the southern countryside of Idlib.",
        casualties=[
            CasualtyFigure(kind="killed", count=12, victims="civilians", place="Maarat al-Numan", geo=idlib),
            CasualtyFigure(kind="killed", count=4, victims="children", part_of=0, place="Maarat al-Numan", geo=idlib),
        ],
    )
    second = Bulletin(
        source="sohr-en", url=url, lang="en", title="Toll of the Maarat al-Numan market strike rises to 35",
        published="2024-03-10T09:00:00+00:00", fetched="2024-03-11T08:00:00+00:00", version=2,
        text="The number of civilians who died in the strike on the Maarat al-Numan market has risen to 35, "
             "nine of them children, and 40 others were wounded.",
        casualties=[
            CasualtyFigure(kind="killed", count=35, revision=True, previous_count=12, place="Maarat al-Numan", geo=idlib),
            CasualtyFigure(kind="killed", count=9, part_of=0, place="Maarat al-Numan", geo=idlib),
            CasualtyFigure(kind="injured", count=40, place="Maarat al-Numan", geo=idlib),
        ],
    )
    arabic = Bulletin(
        source="sohr-ar", url="https://monitor.example.org/ar/2024/03/daraa-mine/", lang="ar",
        title="مقتل ثلاثة عناصر بانفجار لغم في ريف درعا",
        published="2024-03-12T07:30:00+00:00", fetched="2024-03-12T08:00:00+00:00",
        text="لقي ثلاثة عناصر مصرعهم جراء انفجار لغم أرضي بآليتهم في الريف الشرقي من محافظة درعا.",
        casualties=[CasualtyFigure(kind="killed", count=3, place="ريف درعا", geo=daraa, lang="ar")],
    )
    monthly = Bulletin(
        source="snhr", url="https://network.example.org/reports/arrests-february-2024/", lang="en",
        title="At least 52 arbitrary arrests documented in February",
        published="2024-03-02T12:00:00+00:00", fetched="2024-03-02T13:00:00+00:00",
        text="Our team recorded no fewer than 52 cases of arbitrary arrest across the country during February.",
        casualties=[CasualtyFigure(kind="detained", count=52, qualifier="at_least", scope="cumulative")],
    )
    return [first, arabic, monthly], [second]


@pytest.fixture(scope="module")
def indexed_node(es_url, request):
    """The sample bulletins indexed through the indexing package into fresh indices."""
    import uuid

    from elasticsearch import Elasticsearch

    from indexing.elastic import ElasticsearchBackend

    prefix = f"kib-{uuid.uuid4().hex[:6]}-"
    backend = ElasticsearchBackend(es_url, prefix=prefix)
    backend.setup()
    first, later = _sample_bulletins()
    assert not backend.index(first).failures
    backend.refresh()  # a later night: the first versions are searchable when the revision comes
    assert not backend.index(later).failures
    backend.refresh()
    from tests import report_data

    assert backend.replace_incidents(report_data.incidents()).indexed == 4
    es = Elasticsearch(es_url)
    yield es, prefix
    from tests.fixtures.es_node import delete_prefix

    backend.close()
    es.close()
    delete_prefix(es_url, prefix)


def _alias(prefix: str, view: str) -> str:
    return prefix + view[len("tollwatch-"):]


@pytest.mark.elasticsearch
def test_every_field_is_in_field_caps_of_the_real_node(indexed_node):
    es, prefix = indexed_node
    fields, _ = uses(kibana.retarget(shipped(), prefix))
    for view, used in fields.items():
        caps = es.field_caps(index=_alias(prefix, view), fields="*")["fields"]
        for field, hows in used.items():
            assert field in caps, f"{view}: {field} is not in _field_caps of the node"
            (ftype, cap), = [(t, c) for t, c in caps[field].items() if t != "unmapped"] or [(None, None)]
            assert cap is not None, f"{view}: {field} is unmapped"
            if hows & {"aggregatable", "numeric", "date", "geo"}:
                assert cap["aggregatable"], f"{view}: {field} is not aggregatable on the node"
            if "geo" in hows:
                assert ftype == "geo_point"


@pytest.mark.elasticsearch
def test_every_query_validates_on_the_real_node(indexed_node):
    es, prefix = indexed_node
    _, queries = uses(shipped())
    for view, query, where in queries:
        body = {"query_string": {"query": query or "*", "analyze_wildcard": True}}
        result = es.indices.validate_query(index=_alias(prefix, view), query=body, explain=True)
        assert result["valid"], f"{where}: {query!r} does not validate: {result}"
    # and the check means something: a broken query is refused
    broken = es.indices.validate_query(index=_alias(prefix, "tollwatch-figures"),
                                       query={"query_string": {"query": "count:>= AND ("}})
    assert not broken["valid"]


def _search(es, index: str, query: str, **kwargs):
    return es.search(index=index, query={"query_string": {"query": query, "analyze_wildcard": True}}, **kwargs)


@pytest.mark.elasticsearch
def test_queries_and_charts_return_what_the_dashboard_promises(indexed_node):
    es, prefix = indexed_node
    gen = generator()
    figures, bulletins = _alias(prefix, "tollwatch-figures"), _alias(prefix, "tollwatch-bulletins")
    by_id = {o["id"]: o for o in shipped()}

    def saved_query(id_: str) -> str:
        return json.loads(by_id[id_]["attributes"]["kibanaSavedObjectMeta"]["searchSourceJSON"])["query"]["query"]

    def counts(resp) -> list[tuple[str, int]]:
        return sorted((h["_source"]["kind"], h["_source"]["count"]) for h in resp["hits"]["hits"])

    high = _search(es, figures, saved_query("tollwatch-high-count-reports"), size=50)
    assert counts(high) == [("detained", 52), ("injured", 40), ("killed", 35)]  # not the revised-away 12
    revisions = _search(es, figures, saved_query("tollwatch-toll-revisions"), size=50)
    assert ("killed", 35) in counts(revisions) and ("killed", 12) not in counts(revisions)
    assert [h["_source"]["previous_count"] for h in revisions["hits"]["hits"]
            if h["_source"]["count"] == 35] == [12]
    english = _search(es, bulletins, saved_query("tollwatch-latest-bulletins-en"), size=50)
    assert sorted(h["_source"]["version"] for h in english["hits"]["hits"]) == [1, 2]  # snhr v1, market v2
    assert all(h["_source"]["lang"] == "en" and h["_source"]["url"] for h in english["hits"]["hits"])
    arabic = _search(es, bulletins, saved_query("tollwatch-latest-bulletins-ar"), size=50)
    assert [h["_source"]["source"] for h in arabic["hits"]["hits"]] == ["sohr-ar"]

    # the charts' aggregations: each toll once (35 + 3 killed; not 12, not the subsets 4 and 9,
    # not the cumulative 52 arrests)
    aggs = {
        "over_time": {"date_histogram": {"field": "published", "calendar_interval": "week"},
                      "aggs": {"kind": {"terms": {"field": "kind"}, "aggs": {"people": {"sum": {"field": "count"}}}}}},
        "governorate": {"terms": {"field": "governorate"}, "aggs": {"people": {"sum": {"field": "count"}}}},
        "source": {"terms": {"field": "source"}, "aggs": {"people": {"sum": {"field": "count"}}}},
        "grid": {"geotile_grid": {"field": "geo", "precision": 5}, "aggs": {"people": {"sum": {"field": "count"}}}},
        "killed": {"filter": {"term": {"kind": "killed"}}, "aggs": {"people": {"sum": {"field": "count"}}}},
    }
    resp = _search(es, figures, gen.COUNTED, size=0, aggs=aggs)["aggregations"]
    assert resp["killed"]["people"]["value"] == 38
    assert {b["key"]: b["people"]["value"] for b in resp["governorate"]["buckets"]} == {"Idlib": 75, "Daraa": 3}
    assert {b["key"]: b["people"]["value"] for b in resp["source"]["buckets"]} == {"sohr-en": 75, "sohr-ar": 3}
    assert sum(b["people"]["value"] for b in resp["grid"]["buckets"]) == 78
    weekly = {(w["key_as_string"][:10], k["key"]): k["people"]["value"]
              for w in resp["over_time"]["buckets"] for k in w["kind"]["buckets"]}
    assert sum(v for (_, kind), v in weekly.items() if kind == "killed") == 38


@pytest.mark.elasticsearch
def test_incidents_panel_counts_each_incident_once_and_no_running_total(indexed_node):
    es, prefix = indexed_node
    by_id = {o["id"]: o for o in shipped()}
    incidents = _alias(prefix, "tollwatch-incidents")
    search = json.loads(by_id["tollwatch-incidents"]["attributes"]["kibanaSavedObjectMeta"]["searchSourceJSON"])
    hits = _search(es, incidents, search["query"]["query"], size=50, sort=[{"date": "desc"}])["hits"]["hits"]
    assert [h["_source"]["incident_id"] for h in hits] == ["inc-rashidin", "inc-shayrat", "inc-khan-shaykhun"]
    lens = by_id["tollwatch-incidents-killed-over-time"]["attributes"]["state"]
    columns = lens["datasourceStates"]["formBased"]["layers"]["incidents"]["columns"]
    aggs = {c: {"sum": {"field": columns[c]["sourceField"]}} for c in ("low", "best", "high")}
    resp = _search(es, incidents, lens["query"]["query"], size=0, aggs={
        "over_time": {"date_histogram": {"field": "date", "calendar_interval": "day"}, "aggs": aggs}, **aggs,
    })["aggregations"]
    # Khan Shaykhun once (86, not 58 + 72 + 86 + 91), al-Rashidin and Shayrat; not the 135,253 detained
    assert (resp["low"]["value"], resp["best"]["value"], resp["high"]["value"]) == (205, 219, 224)
    days = {b["key_as_string"][:10]: b["best"]["value"] for b in resp["over_time"]["buckets"] if b["doc_count"]}
    assert days == {"2017-04-04": 86, "2017-04-07": 7, "2017-04-15": 126}
    # the map: the events as points, largest first, with what the tooltip shows
    (layer,) = [la for la in json.loads(by_id["tollwatch-incidents-map"]["attributes"]["layerListJSON"])
                if la["id"] == "incidents"]
    src = layer["sourceDescriptor"]
    points = _search(es, incidents, layer["query"]["query"], size=50, sort=[{src["sortField"]: "desc"}],
                     _source=[src["geoField"], *src["tooltipProperties"]])["hits"]["hits"]
    assert [h["_source"]["best"]["killed"] for h in points] == [126, 86, 7]
    assert all(h["_source"]["location"]["lat"] and h["_source"]["title"] for h in points)
