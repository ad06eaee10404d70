"""``tollwatch export``: the columns of every format, read back with the same libraries (csv,
openpyxl, json), the filters, the figures export without incidents, and bad input."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date, datetime
from pathlib import Path

import pytest

from cli.main import main
from reports.export import (
    FIGURE_COLUMNS, FIGURE_FIELDS, INCIDENT_COLUMNS, INCIDENT_FIELDS, ExportFilter, figure_rows, incident_rows,
)
from tests import report_data

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def data(tmp_path):
    store = report_data.fill(tmp_path / "data")
    store.close()
    return tmp_path / "data"


def export(data, *args, capsysbinary=None, out=None):
    argv = ["export", *args, "--data", str(data)]
    if out is not None:
        argv += ["--out", str(out)]
    return main(argv)


# ----------------------------------------------------------------------------- pure rows

def test_incident_rows_one_per_incident_and_kind_events_only_by_default():
    rows = incident_rows(report_data.incidents())
    assert [(r["incident_id"], r["kind"], r["low"], r["best"], r["high"]) for r in rows] == [
        ("inc-khan-shaykhun", "killed", 72, 86, 91),
        ("inc-shayrat", "killed", 7, 7, 7),
        ("inc-rashidin", "killed", 126, 126, 126),
        ("inc-rashidin", "injured", 24, 24, 24),
    ]  # the running total of detainees is not an event: never summed with them
    assert all(list(r) == INCIDENT_FIELDS for r in rows)
    ks = rows[0]
    assert ks["country"] == "Syria" and ks["country_code"] == "SY" and ks["admin1"] == "Idlib"
    assert ks["admin2"] == "Maarrat al-Nu'man" and ks["location"] == "Khan Shaykhun"
    assert ks["latitude"] == pytest.approx(35.4383) and ks["geo_precision"] == "point"
    assert ks["event_date"] == "2017-04-04" and ks["date_precision"] == "day"
    assert ks["sources"] == ["sohr-en", "sohr-ar", "snhr"] and ks["source_count"] == 3 and ks["langs"] == ["en", "ar"]
    assert ks["perpetrators"] == ["government forces"] and ks["revisions"] == 3 and ks["figure_count"] == 3
    assert ks["evidence"][1] == "sohr-ar 2017-04-05: «86 عدد الشهداء»"
    assert "https://snhr.org/blog/2017/04/khan-shaykhun-report/" in ks["source_urls"]
    cumulative = incident_rows(report_data.incidents(), ExportFilter(scope="cumulative"))
    assert [(r["incident_id"], r["best"]) for r in cumulative] == [("inc-detained-total", 135253)]
    assert len(incident_rows(report_data.incidents(), ExportFilter(scope="all"))) == 5


def test_incident_filters():
    incs = report_data.incidents()
    ids = lambda f: [(r["incident_id"], r["kind"]) for r in incident_rows(incs, f)]  # noqa: E731
    assert ids(ExportFilter(since="2017-04-05")) == [("inc-shayrat", "killed"), ("inc-rashidin", "killed"),
                                                     ("inc-rashidin", "injured")]
    assert ids(ExportFilter(until="2017-04-07", since="2017-04-07")) == [("inc-shayrat", "killed")]
    assert ids(ExportFilter(kind="injured")) == [("inc-rashidin", "injured")]
    assert ids(ExportFilter(source="snhr")) == [("inc-khan-shaykhun", "killed")]
    # a running total overlapping the window is found when asked for
    assert ids(ExportFilter(scope="cumulative", since="2016-01-01", until="2016-12-31")) == [
        ("inc-detained-total", "detained")]
    with pytest.raises(ValueError, match="kind must be one of"):
        ExportFilter(kind="dead")
    with pytest.raises(ValueError, match="not an ISO date"):
        ExportFilter(since="last week")


def test_figure_rows_from_bulletins_latest_versions_with_their_incident():
    items = report_data.bulletins()
    rows = figure_rows(items, incidents=report_data.incidents(items))
    assert all(list(r) == FIGURE_FIELDS for r in rows)
    # the revised-away 58 (version 1) and 112 are not exported by default; the cumulative total neither
    counts = [(r["kind"], r["best"]) for r in rows]
    assert ("killed", 58) not in counts and ("killed", 112) not in counts and ("detained", 135253) not in counts
    assert ("killed", 72) in counts and ("killed", 86) in counts and ("killed", 91) in counts
    by = {(r["source"], r["best"]): r for r in rows}
    ar = by[("sohr-ar", 86)]
    assert ar["incident_id"] == "inc-khan-shaykhun" and ar["lang"] == "ar" and ar["counted"] is True
    assert ar["evidence"] == "86 عدد الشهداء" and ar["place_as_written"] == "مدينة خان شيخون"
    assert ar["event_date"] == "2017-04-04" and ar["date_precision"] == "day" and ar["revision"] is True
    child = by[("sohr-en", 68)]
    assert child["part_of"] == 0 and child["counted"] is False and child["incident_id"] is None
    vague = by[("sohr-en", 24)]
    assert vague["vague"] is True and vague["qualifier"] == "at_least"
    everything = figure_rows(items, ExportFilter(all_versions=True, scope="all"))
    old = [r for r in everything if r["best"] == 58]
    assert len(old) == 1 and old[0]["latest"] is False and old[0]["counted"] is False and old[0]["version"] == 1
    assert [r["date_precision"] for r in everything if r["kind"] == "detained"] == ["year"]


def test_every_column_is_documented_in_docs_exports():
    doc = (ROOT / "docs" / "exports.md").read_text(encoding="utf-8")
    for table, columns in (("incidents", INCIDENT_COLUMNS), ("figures", FIGURE_COLUMNS)):
        section = doc.split(f"<!-- columns: {table} -->", 1)[1].split("<!-- end -->", 1)[0]
        documented = re.findall(r"^\| `([a-z_0-9]+)` \|", section, flags=re.M)
        assert documented == [n for n, _ in columns], f"docs/exports.md, {table}: columns differ from reports/export.py"


# ----------------------------------------------------------------------------- every format, read back

def test_csv_incidents_read_back_with_the_csv_module(data, tmp_path, capsys):
    out = tmp_path / "incidents.csv"
    assert export(data, "incidents", "--format", "csv", out=out) == 0
    assert "4 incidents row(s) written" in capsys.readouterr().err
    raw = out.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")  # plain UTF-8
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8"), newline="")))
    assert list(rows[0]) == INCIDENT_FIELDS
    ks = rows[0]
    assert ks["incident_id"] == "inc-khan-shaykhun" and ks["best"] == "86" and ks["high"] == "91"
    assert ks["sources"] == "sohr-en; sohr-ar; snhr" and ks["latitude"] == "35.4383"
    assert ks["evidence"].split(" | ")[1] == "sohr-ar 2017-04-05: «86 عدد الشهداء»"
    assert rows[1]["perpetrators"] == "American cruise missiles" and rows[2]["perpetrators"] == ""
    assert sum(int(r["best"]) for r in rows if r["kind"] == "killed") == 86 + 7 + 126


def test_stdout_csv_and_jsonl_figures(data, capsysbinary):
    assert export(data, "figures", "--format", "jsonl") == 0
    lines = capsysbinary.readouterr().out.decode("utf-8").splitlines()
    objs = [json.loads(line) for line in lines]
    assert objs and all(list(o) == FIGURE_FIELDS for o in objs)
    ar = next(o for o in objs if o["source"] == "sohr-ar")
    assert ar["victim_categories"] == [] and ar["counted"] is True and ar["latitude"] == pytest.approx(35.4383)
    assert ar["incident_id"] == "inc-khan-shaykhun" and ar["evidence"] == "86 عدد الشهداء"
    assert export(data, "figures", "--kind", "injured") == 0
    rows = list(csv.DictReader(io.StringIO(capsysbinary.readouterr().out.decode("utf-8"))))
    assert [(r["kind"], r["best"], r["vague"], r["counted"]) for r in rows] == [("injured", "24", "true", "true")]


def test_xlsx_read_back_with_openpyxl(data, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "incidents.xlsx"
    assert export(data, "incidents", "--format", "xlsx", "--scope", "all", out=out) == 0
    wb = load_workbook(out)
    assert wb.sheetnames == ["incidents", "columns"]
    ws = wb["incidents"]
    values = list(ws.iter_rows(values_only=True))
    assert list(values[0]) == INCIDENT_FIELDS and len(values) == 6
    rows = [dict(zip(values[0], v)) for v in values[1:]]
    ks = next(r for r in rows if r["incident_id"] == "inc-khan-shaykhun")
    assert ks["best"] == 86 and isinstance(ks["best"], int) and ks["latitude"] == pytest.approx(35.4383)
    assert ks["event_date"] == datetime(2017, 4, 4)  # a real date cell
    assert ks["sources"] == "sohr-en; sohr-ar; snhr" and "«86 عدد الشهداء»" in ks["evidence"]
    bus = next(r for r in rows if r["incident_id"] == "inc-rashidin" and r["kind"] == "injured")
    assert bus["perpetrators"] is None and bus["geonameid"] is None  # empty cells, not empty texts
    assert bus["evidence"] == "sohr-en 2017-04-15: «dozens more were wounded»"  # only the injured figure's words
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:AE6"
    assert ws["A1"].font.bold
    about = [tuple(r) for r in wb["columns"].iter_rows(values_only=True)]
    assert about[0] == ("column", "meaning") and [r[0] for r in about[1:]] == INCIDENT_FIELDS


def test_xlsx_keeps_a_text_that_looks_like_a_formula_as_text(tmp_path):
    from openpyxl import load_workbook

    from reports.formats import write_xlsx

    out = tmp_path / "x.xlsx"
    with open(out, "wb") as fh:
        write_xlsx([{"title": "=HYPERLINK(\"http://x\")", "best": 3, "event_date": "2017-04-04"}],
                   [("title", ""), ("best", ""), ("event_date", "")], fh)
    ws = load_workbook(out).active
    assert ws["A2"].value == "=HYPERLINK(\"http://x\")" and ws["A2"].data_type == "s"
    assert ws["C2"].value == datetime(2017, 4, 4)
    with open(out, "wb") as fh:
        write_xlsx([{"counted": True, "vague": False}], [("counted", ""), ("vague", "")], fh)
    ws = load_workbook(out).active
    assert (ws["A2"].value, ws["B2"].value) == (True, False)


def test_geojson_points_and_null_geometry(data, tmp_path):
    out = tmp_path / "f.geojson"
    assert export(data, "figures", "--format", "geojson", "--scope", "all", out=out) == 0
    fc = json.loads(out.read_text(encoding="utf-8"))
    assert fc["type"] == "FeatureCollection" and fc["features"]
    ks = next(f for f in fc["features"] if f["properties"]["source"] == "snhr" and f["properties"]["kind"] == "killed")
    assert ks["geometry"] == {"type": "Point", "coordinates": [36.6508, 35.4383]}  # longitude first (RFC 7946)
    assert ks["properties"]["victim_categories"] == ["civilians"] and list(ks["properties"]) == FIGURE_FIELDS
    from reports.formats import geojson

    (feature,) = geojson([{"kind": "killed", "latitude": None, "longitude": None}], [("kind", "")])["features"]
    assert feature["geometry"] is None and feature["properties"] == {"kind": "killed"}


def test_figures_export_works_where_no_incident_was_built(tmp_path, capsysbinary):
    from store import Store

    store = Store(tmp_path / "d")
    for b in report_data.bulletins():
        store.save_bulletin(b)
    store.close()
    assert export(tmp_path / "d", "figures", "--format", "jsonl") == 0
    captured = capsysbinary.readouterr()
    objs = [json.loads(x) for x in captured.out.decode("utf-8").splitlines()]
    assert {o["incident_id"] for o in objs} == {None} and len(objs) == 8
    assert export(tmp_path / "d", "incidents") == 0
    captured = capsysbinary.readouterr()
    assert captured.out.decode("utf-8").strip() == ",".join(INCIDENT_FIELDS)  # the header only
    assert b"no incidents stored" in captured.err


def test_bad_input_is_one_line_with_status_2(tmp_path, data, capsys):
    assert main(["export", "incidents", "--data", str(tmp_path / "nowhere")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "no tollwatch store in" in err and "nowhere" in err
    assert not (tmp_path / "nowhere").exists()  # looking did not create it
    assert main(["export", "figures", "--data", str(data), "--since", "yesterday"]) == 2
    assert "'yesterday' is not an ISO date" in capsys.readouterr().err
    assert main(["export", "figures", "--data", str(data), "--kind", "dead"]) == 2
    assert "kind must be one of" in capsys.readouterr().err
    assert main(["export", "figures", "--data", str(data), "--out", str(tmp_path / "no" / "dir" / "x.csv")]) == 2
    assert "cannot write there" in capsys.readouterr().err
    assert main(["export", "figures", "--data", str(data), "--format", "xlsx"]) == 2
    assert "give --out FILE" in capsys.readouterr().err
    assert not list(tmp_path.glob(".*.csv.*"))


def test_files_written_get_the_usual_mode_not_a_private_one(data, tmp_path):
    """The temporary file behind --out made every export and report mode 0600: a colleague on the
    same machine or share could not open it."""
    import os
    import stat

    old = os.umask(0o022)
    try:
        assert export(data, "incidents", "--format", "csv", out=tmp_path / "i.csv") == 0
        assert main(["report", "--data", str(data), "--out", str(tmp_path / "r.html")]) == 0
    finally:
        os.umask(old)
    for name in ("i.csv", "r.html"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o644


def test_since_after_until_is_one_line_not_an_empty_file(data, tmp_path, capsys):
    """`--since 2025-01-01 --until 2024-01-01` (swapped) wrote an empty table, exit 0."""
    assert export(data, "figures", "--since", "2025-01-01", "--until", "2024-01-01", out=tmp_path / "x.csv") == 2
    err = capsys.readouterr().err
    assert "--since 2025-01-01 is after --until 2024-01-01" in err and err.count("\n") == 1
    assert not (tmp_path / "x.csv").exists()
    assert main(["report", "--data", str(data), "--since", "2025-01-01", "--until", "2024-01-01"]) == 2
    assert export(data, "figures", "--since", "2017-04-04", "--until", "2017-04-04", out=tmp_path / "x.csv") == 0


def test_the_format_follows_the_out_extension_and_a_contradiction_is_refused(data, tmp_path, capsys):
    """`--out incidents.xlsx` without --format wrote CSV text into a file Excel cannot open."""
    import openpyxl

    assert export(data, "incidents", out=tmp_path / "i.xlsx") == 0
    assert openpyxl.load_workbook(tmp_path / "i.xlsx").sheetnames[0] == "incidents"
    assert export(data, "incidents", out=tmp_path / "i.geojson") == 0
    assert json.loads((tmp_path / "i.geojson").read_text(encoding="utf-8"))["type"] == "FeatureCollection"
    assert export(data, "incidents", out=tmp_path / "i.txt") == 0
    assert (tmp_path / "i.txt").read_text(encoding="utf-8").startswith("incident_id,")
    capsys.readouterr()
    assert export(data, "incidents", "--format", "csv", out=tmp_path / "x.xlsx") == 2
    err = capsys.readouterr().err
    assert "--format is csv" in err and "give --format xlsx" in err and not (tmp_path / "x.xlsx").exists()
