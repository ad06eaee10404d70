"""Write tollwatch's Kibana saved objects (``kibana/*.ndjson``) from one readable description.

The NDJSON files are what ``tollwatch kibana import`` sends to Kibana (8.x saved-object formats,
for the Elasticsearch/Kibana version pinned in docker-compose.yml); this script is where they
are edited, because saved objects embed JSON in strings (``searchSourceJSON``, ``panelsJSON``,
``layerListJSON``) that nobody should hand-escape. After a change::

    python kibana/generate.py          # rewrites kibana/*.ndjson
    python kibana/generate.py --check  # writes nothing: lists the files that differ (exit 1)
    pytest tests/test_kibana_objects.py  # fields exist in the templates and on a real node

The test suite fails when the NDJSON and this script disagree.

Every query is in Lucene syntax (``language: lucene``): Kibana sends it to Elasticsearch as a
``query_string`` query, so the tests can validate exactly that query with ``_validate/query``.
Counting rule used by every chart (each toll once): ``COUNTED`` from ``tollwatch/tolls.py``, the
one home of "what counts as a toll" (alert matching, the process report and the evaluation use
the same predicates): the latest version of a bulletin, not a toll the bulletin itself says was
superseded, not a vague amount ("dozens"), an event figure (not a running total) and not a
subset of another figure ("of them 5 children"). The saved searches of figures show ``TOLL``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tollwatch.tolls import COUNTED, TOLL

HERE = Path(__file__).resolve().parent
CORE = "8.8.0"  # coreMigrationVersion of Kibana 8.8 and later exports
BULLETINS, FIGURES = "tollwatch-bulletins", "tollwatch-figures"  # data view ids and titles (aliases)
INCIDENTS = "tollwatch-incidents"  # one document per incident (time field: date, the event's first day)
INDEX_REF = "kibanaSavedObjectMeta.searchSourceJSON.index"

# incidents: events only; running and period totals (scope:cumulative) are never summed with them
EVENTS = "scope:event"


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def saved_object(type_: str, id_: str, attributes: dict, references: list, migration: str) -> dict:
    return {
        "type": type_,
        "id": id_,
        "attributes": attributes,
        "references": references,
        "coreMigrationVersion": CORE,
        "typeMigrationVersion": migration,
        "managed": False,
    }


def lucene(query: str) -> dict:
    return {"query": query, "language": "lucene"}


# ----------------------------------------------------------------------------- data views

def data_view(id_: str, name: str, link_fields: list[str], time_field: str = "published") -> dict:
    link = {"id": "url", "params": {"type": "a", "urlTemplate": None, "labelTemplate": None, "openLinkInCurrentTab": False}}
    return saved_object(
        "index-pattern",
        id_,
        {
            "title": id_,  # the alias: a reindex swaps the index behind it, the data view stays
            "name": name,
            "timeFieldName": time_field,
            "fields": "[]",
            "fieldFormatMap": _dumps({f: link for f in link_fields}),
            "fieldAttrs": "{}",
            "runtimeFieldMap": "{}",
            "sourceFilters": _dumps([{"value": "search.*"}]),
            "allowNoIndex": True,
        },
        [],
        "8.0.0",
    )


# ----------------------------------------------------------------------------- saved searches

def saved_search(id_: str, title: str, description: str, view: str, query: str, columns: list[str],
                 sort_field: str = "published") -> dict:
    source = {"query": lucene(query), "filter": [], "indexRefName": INDEX_REF}
    return saved_object(
        "search",
        id_,
        {
            "title": title,
            "description": description,
            "columns": columns,
            "sort": [[sort_field, "desc"]],
            "hideChart": True,
            "isTextBasedQuery": False,
            "grid": {},
            "kibanaSavedObjectMeta": {"searchSourceJSON": _dumps(source)},
        },
        [{"type": "index-pattern", "id": view, "name": INDEX_REF}],
        "8.0.0",
    )


# ----------------------------------------------------------------------------- Lens

def _sum_count(label: str = "People") -> dict:
    return {"label": label, "customLabel": True, "dataType": "number", "operationType": "sum",
            "sourceField": "count", "isBucketed": False, "scale": "ratio", "params": {"emptyAsNull": True}}


def _terms(field: str, label: str, size: int, order_by: str = "people") -> dict:
    return {"label": label, "customLabel": True, "dataType": "string", "operationType": "terms",
            "sourceField": field, "isBucketed": True, "scale": "ordinal",
            "params": {"size": size, "orderBy": {"type": "column", "columnId": order_by},
                       "orderDirection": "desc", "otherBucket": True, "missingBucket": False,
                       "parentFormat": {"id": "terms"}}}


def lens_xy(id_: str, title: str, description: str, x: dict, series: str, query: str) -> dict:
    """A stacked bar chart of the figures: ``x`` (a bucket column) by the sum of ``count``, split by kind."""
    columns = {"x": x, "kind": _terms("kind", "Kind", 5), "people": _sum_count()}
    layer = {"columns": columns, "columnOrder": ["x", "kind", "people"], "incompleteColumns": {}}
    visualization = {
        "legend": {"isVisible": True, "position": "right"},
        "valueLabels": "hide",
        "fittingFunction": "None",
        "preferredSeriesType": series,
        "axisTitlesVisibilitySettings": {"x": True, "yLeft": True, "yRight": True},
        "layers": [{"layerId": "figures", "layerType": "data", "seriesType": series, "xAccessor": "x",
                    "splitAccessor": "kind", "accessors": ["people"], "position": "top", "showGridlines": False}],
    }
    return saved_object(
        "lens",
        id_,
        {
            "title": title,
            "description": description,
            "visualizationType": "lnsXY",
            "state": {
                "datasourceStates": {"formBased": {"layers": {"figures": layer}}},
                "visualization": visualization,
                "query": lucene(query),
                "filters": [],
                "internalReferences": [],
                "adHocDataViews": {},
            },
        },
        [{"type": "index-pattern", "id": FIGURES, "name": "indexpattern-datasource-layer-figures"}],
        "8.9.0",
    )


def lens_incidents(id_: str, title: str, description: str, kind: str) -> dict:
    """Bars of the incidents' low, best and high estimates of ``kind`` summed per period (events only)."""
    def total(field: str, label: str) -> dict:
        return {"label": label, "customLabel": True, "dataType": "number", "operationType": "sum",
                "sourceField": field, "isBucketed": False, "scale": "ratio", "params": {"emptyAsNull": True}}

    date = {"label": "Event date", "customLabel": True, "dataType": "date", "operationType": "date_histogram",
            "sourceField": "date", "isBucketed": True, "scale": "interval",
            "params": {"interval": "auto", "includeEmptyRows": True, "dropPartials": False}}
    columns = {"x": date, "low": total(f"low.{kind}", "Low"), "best": total(f"best.{kind}", "Best estimate"),
               "high": total(f"high.{kind}", "High")}
    layer = {"columns": columns, "columnOrder": ["x", "low", "best", "high"], "incompleteColumns": {}}
    visualization = {
        "legend": {"isVisible": True, "position": "right"},
        "valueLabels": "hide",
        "fittingFunction": "None",
        "preferredSeriesType": "bar",
        "axisTitlesVisibilitySettings": {"x": True, "yLeft": True, "yRight": True},
        "layers": [
            {"layerId": "incidents", "layerType": "data", "seriesType": "bar", "xAccessor": "x",
             "accessors": ["low", "best", "high"], "position": "top", "showGridlines": False,
             "yConfig": [{"forAccessor": "low", "color": "#fcbba1"}, {"forAccessor": "best", "color": "#a50f15"},
                         {"forAccessor": "high", "color": "#67000d"}]},
        ],
    }
    return saved_object(
        "lens",
        id_,
        {
            "title": title,
            "description": description,
            "visualizationType": "lnsXY",
            "state": {
                "datasourceStates": {"formBased": {"layers": {"incidents": layer}}},
                "visualization": visualization,
                "query": lucene(EVENTS),
                "filters": [],
                "internalReferences": [],
                "adHocDataViews": {},
            },
        },
        [{"type": "index-pattern", "id": INCIDENTS, "name": "indexpattern-datasource-layer-incidents"}],
        "8.9.0",
    )


# ----------------------------------------------------------------------------- map

_BASEMAP = {"id": "basemap", "type": "EMS_VECTOR_TILE", "label": None, "visible": True, "alpha": 1,
            "minZoom": 0, "maxZoom": 24, "includeInFitToBounds": True,
            "sourceDescriptor": {"type": "EMS_TMS", "isAutoSelect": True, "lightModeDefault": "road_map_desaturated"},
            "style": {"type": "EMS_VECTOR_TILE", "color": ""}}

_MAP_STATE = {  # centred on Syria, the last year, the spatial-filter settings Kibana saves by default
    "zoom": 5.6, "center": {"lon": 38.6, "lat": 35.0},
    "timeFilters": {"from": "now-1y", "to": "now"},
    "refreshConfig": {"isPaused": True, "interval": 0},
    "query": lucene(""), "filters": [],
    "settings": {"autoFitToDataBounds": False, "initialLocation": "LAST_SAVED_LOCATION",
                 "fixedLocation": {"lat": 0, "lon": 0, "zoom": 2}, "browserLocation": {"zoom": 2},
                 "maxZoom": 24, "minZoom": 0, "showSpatialFilters": True, "showTimesliderToggleButton": True,
                 "spatialFiltersAlpa": 0.3, "spatialFiltersFillColor": "#DA8B45",
                 "spatialFiltersLineColor": "#DA8B45", "hideToolbarOverlay": False,
                 "hideLayerControl": False, "hideViewControl": False},
}


def points_map(id_: str, title: str, description: str, view: str, layer: dict, fill: dict, size_field: dict,
               size: tuple[int, int]) -> dict:
    """A Kibana map of one layer of circles over the base map: ``layer`` gives the layer's id,
    label, alpha, source and query; circles are filled with ``fill``, sized and labelled by
    ``size_field`` between ``size`` (smallest, largest) pixels."""
    style = {"type": "VECTOR", "isTimeAware": True, "properties": {
        "fillColor": fill,
        "lineColor": {"type": "STATIC", "options": {"color": "#FFFFFF"}},
        "lineWidth": {"type": "STATIC", "options": {"size": 1}},
        "iconSize": {"type": "DYNAMIC", "options": {"minSize": size[0], "maxSize": size[1], "field": size_field,
                                                    "fieldMetaOptions": {"isEnabled": True, "sigma": 3}}},
        "symbolizeAs": {"options": {"value": "circle"}},
        "labelText": {"type": "DYNAMIC", "options": {"field": size_field}},
    }}
    layers = [_BASEMAP, {"type": "GEOJSON_VECTOR", "visible": True, "minZoom": 0, "maxZoom": 24,
                         "includeInFitToBounds": True, "joins": [], **layer, "style": style}]
    return saved_object(
        "map",
        id_,
        {
            "title": title,
            "description": description,
            "mapStateJSON": _dumps(_MAP_STATE),
            "layerListJSON": _dumps(layers),
            "uiStateJSON": _dumps({"isLayerTOCOpen": True, "openTOCDetails": []}),
        },
        [{"type": "index-pattern", "id": view, "name": "layer_1_source_index_pattern"}],
        "8.4.0",
    )


def casualty_map() -> dict:
    """The counted figures summed per map cell (a geo grid), coloured and sized by the sum."""
    grid_source = {
        "type": "ES_GEO_GRID",
        "id": "tollwatch-figures-grid",
        "geoField": "geo",
        "requestType": "point",
        "resolution": "COARSE",
        "metrics": [{"type": "sum", "field": "count", "label": "people"}, {"type": "count", "label": "figures"}],
        "indexPatternRefName": "layer_1_source_index_pattern",
        "applyGlobalQuery": True,
        "applyGlobalTime": True,
        "applyForceRefresh": True,
    }
    by_sum = {"name": "sum_of_count", "origin": "source"}
    return points_map(
        "tollwatch-casualties-map",
        "tollwatch: casualties by place",
        "Sum of the counted figures per map cell (each toll once: latest version, "
        "event figures, no subsets, nothing superseded). Places are geocoded "
        "to a point, a district or a governorate centre.",
        FIGURES,
        {"id": "figures-by-place", "label": "People counted, by place", "alpha": 0.75,
         "sourceDescriptor": grid_source, "query": lucene(COUNTED)},
        {"type": "DYNAMIC", "options": {"color": "Reds", "colorCategory": "palette_0", "field": by_sum,
                                        "type": "ORDINAL", "fieldMetaOptions": {"isEnabled": True, "sigma": 3}}},
        by_sum,
        (6, 36),
    )


def incidents_map() -> dict:
    """The incidents as points at their place, sized by the best estimate of people killed, with
    low/best/high, sources and the title in the tooltip (events only)."""
    source = {
        "type": "ES_SEARCH",
        "id": "tollwatch-incidents-points",
        "geoField": "location",
        "geoFieldType": "geo_point",
        "scalingType": "LIMIT",
        "filterByMapBounds": True,
        "tooltipProperties": ["title", "date", "low.killed", "best.killed", "high.killed", "best.injured",
                              "place_name", "governorate", "sources"],
        "sortField": "best.killed",
        "sortOrder": "desc",
        "topHitsSplitField": "",
        "topHitsSize": 1,
        "indexPatternRefName": "layer_1_source_index_pattern",
        "applyGlobalQuery": True,
        "applyGlobalTime": True,
        "applyForceRefresh": True,
    }
    return points_map(
        "tollwatch-incidents-map",
        "tollwatch: incidents by place",
        "Each incident once, at its place (a town, or a district or governorate centre), "
        "sized by its best estimate of people killed; the tooltip gives low, best and high "
        "and the sources. Events only: running totals are not placed.",
        INCIDENTS,
        {"id": "incidents", "label": "Incidents (size: best estimate of people killed)", "alpha": 0.8,
         "sourceDescriptor": source, "query": lucene(EVENTS)},
        {"type": "STATIC", "options": {"color": "#a50f15"}},
        {"name": "best.killed", "origin": "source"},
        (5, 32),
    )


# ----------------------------------------------------------------------------- the objects

def objects() -> dict[str, list[dict]]:
    """The saved objects, by the NDJSON file they are written to."""
    views = [
        data_view(BULLETINS, "tollwatch: bulletins", ["url", "canonical_url"]),
        data_view(FIGURES, "tollwatch: casualty figures", ["url"]),
        data_view(INCIDENTS, "tollwatch: incidents", ["urls"], time_field="date"),
    ]
    searches = [
        saved_search("tollwatch-latest-bulletins-en", "tollwatch: latest bulletins (English)",
                     "The newest English bulletins (latest version of each), with links to the source.",
                     BULLETINS, "lang:en AND latest:true",
                     ["title", "source", "governorates", "max.killed", "max.injured", "url"]),
        saved_search("tollwatch-latest-bulletins-ar", "tollwatch: أحدث النشرات (Arabic bulletins)",
                     "The newest Arabic bulletins (latest version of each), with links to the source.",
                     BULLETINS, "lang:ar AND latest:true",
                     ["title", "source", "governorates", "max.killed", "max.injured", "url"]),
        saved_search("tollwatch-high-count-reports", "tollwatch: latest high-count reports",
                     "Figures of 20 people or more, newest first (latest versions, nothing superseded or vague).",
                     FIGURES, f"latest:true AND {TOLL} AND count:>=20",
                     ["kind", "count", "qualifier", "place_name", "governorate", "source", "lang", "title", "url"]),
        saved_search("tollwatch-toll-revisions", "tollwatch: revisions of tolls",
                     "Tolls that revise an earlier one: stated revisions (\"the toll rose to\", with the "
                     "earlier count when given) and figures of later versions of a bulletin.",
                     FIGURES, f"(revision:true OR version:>1) AND {TOLL}",
                     ["kind", "previous_count", "count", "place_name", "governorate", "version", "source", "title", "url"]),
        saved_search("tollwatch-incidents", "tollwatch: incidents",
                     "Incidents: one event across bulletins, sources, languages and revisions, with the lowest "
                     "credible, best and highest credible toll per kind (events only: running totals are "
                     "kept apart), newest first.",
                     INCIDENTS, EVENTS,
                     ["title", "best.killed", "low.killed", "high.killed", "best.injured", "place_name", "governorate",
                      "sources", "source_count", "langs", "urls"], sort_field="date"),
    ]
    date = {"label": "Published", "customLabel": True, "dataType": "date", "operationType": "date_histogram",
            "sourceField": "published", "isBucketed": True, "scale": "interval",
            "params": {"interval": "auto", "includeEmptyRows": True, "dropPartials": False}}
    lenses = [
        lens_xy("tollwatch-casualties-over-time", "tollwatch: casualties over time, by kind",
                "Sum of counted figures per period, stacked by kind.", date, "bar_stacked", COUNTED),
        lens_xy("tollwatch-casualties-by-governorate", "tollwatch: casualties by governorate",
                "Sum of counted figures per governorate, by kind.",
                _terms("governorate", "Governorate", 20), "bar_horizontal_stacked", COUNTED),
        lens_xy("tollwatch-casualties-by-source", "tollwatch: casualties by source",
                "Sum of counted figures per source, by kind.",
                _terms("source", "Source", 10), "bar_horizontal_stacked", COUNTED),
    ]
    incidents_lens = lens_incidents(
        "tollwatch-incidents-killed-over-time", "tollwatch: incidents, killed over time (best, low, high)",
        "Sum of the incidents' best estimates of people killed per period, with the sums of the low and "
        "high estimates (events only; each incident once, however many bulletins reported it).", "killed")
    lenses.append(incidents_lens)
    the_map = casualty_map()
    incidents_points = incidents_map()
    panels = [  # (object, x, y, w, h) on Kibana's 48-column grid
        (lenses[0], 0, 0, 48, 14),
        (the_map, 0, 14, 24, 20),
        (lenses[1], 24, 14, 24, 20),
        (lenses[2], 0, 34, 16, 15),
        (searches[2], 16, 34, 32, 15),
        (searches[3], 0, 49, 48, 15),
        (searches[0], 0, 64, 24, 15),
        (searches[1], 24, 64, 24, 15),
        (incidents_lens, 0, 79, 24, 20),
        (incidents_points, 24, 79, 24, 20),
        (searches[4], 0, 99, 48, 16),
    ]
    panels_json, references = [], []
    for n, (obj, x, y, w, h) in enumerate(panels, 1):
        index = f"p{n}"
        config: dict[str, Any] = {"enhancements": {}}
        if obj["type"] == "map":
            config.update({"hiddenLayers": [], "isLayerTOCOpen": False,
                           "mapCenter": {"lat": 35.0, "lon": 38.6, "zoom": 5.6}})
        panels_json.append({"version": "8.9.0", "type": obj["type"], "panelIndex": index,
                            "gridData": {"x": x, "y": y, "w": w, "h": h, "i": index},
                            "embeddableConfig": config, "panelRefName": f"panel_{index}"})
        references.append({"type": obj["type"], "id": obj["id"], "name": f"{index}:panel_{index}"})
    dashboard = saved_object(
        "dashboard",
        "tollwatch-overview",
        {
            "title": "tollwatch: casualties overview",
            "description": "Casualty figures extracted from monitoring-group bulletins: over time by kind, "
                           "by place and governorate, by source; the latest high-count reports, revisions "
                           "of tolls, the latest bulletins in English and Arabic, and the incidents (one event "
                           "across sources, with low/best/high). Counts are as stated "
                           "by the sources (a range counts its lower bound; vague amounts such as \"dozens\" "
                           "and tolls a bulletin says were replaced are left out); follow the links to read "
                           "each bulletin.",
            "panelsJSON": _dumps(panels_json),
            "optionsJSON": _dumps({"useMargins": True, "syncColors": True, "syncCursor": True,
                                   "syncTooltips": False, "hidePanelTitles": False}),
            "timeRestore": True,
            "timeFrom": "now-1y",
            "timeTo": "now",
            "refreshInterval": {"pause": True, "value": 0},
            "version": 1,
            "kibanaSavedObjectMeta": {"searchSourceJSON": _dumps({"query": lucene(""), "filter": []})},
        },
        references,
        "8.9.0",
    )
    return {
        "data-views.ndjson": views,
        "searches.ndjson": searches,
        "visualizations.ndjson": [*lenses, the_map, incidents_points],
        "dashboard.ndjson": [dashboard],
    }


def render() -> dict[str, str]:
    return {name: "".join(_dumps(o) + "\n" for o in objs) for name, objs in objects().items()}


def main(argv: list[str] | None = None) -> int:
    """Rewrite kibana/*.ndjson; ``--check`` only says which files differ (exit status 1)."""
    import argparse

    parser = argparse.ArgumentParser(prog="python kibana/generate.py",
                                     description="Write tollwatch's Kibana saved objects (kibana/*.ndjson).")
    parser.add_argument("--check", action="store_true",
                        help="write nothing: list the files that differ from this script (exit status 1 if any)")
    args = parser.parse_args(argv)
    stale = []
    for name, text in render().items():
        path = HERE / name
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(name)
                print(f"kibana/{name} differs: run `python kibana/generate.py`")
            continue
        path.write_text(text, encoding="utf-8")
        print(f"wrote kibana/{name}")
    return 1 if stale else 0


if __name__ == "__main__":
    raise SystemExit(main())
