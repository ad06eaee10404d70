"""Rows of ``reports.export`` written as CSV, xlsx, GeoJSON or JSON lines.

* ``csv``: UTF-8 (no byte-order mark), a header row, RFC 4180 quoting; lists joined with
  ``"; "`` (``LIST_SEP``) and free-text lists (perpetrators, URLs, evidence) with ``" | "``
  (``TEXT_SEP``); booleans ``true``/``false``; nothing for a missing value.
* ``xlsx`` (openpyxl): a sheet of rows (bold frozen header, filter buttons, ISO dates as date
  cells, booleans as TRUE/FALSE, missing values as empty cells, every text cell stored as text,
  never as a formula) and a sheet ``columns`` saying
  what each column means.
* ``geojson``: an RFC 7946 FeatureCollection, one Feature per row, a Point at
  ``longitude``/``latitude`` (``null`` geometry where the place is not geocoded); properties
  keep their JSON types.
* ``jsonl``: one JSON object per row, types kept (lists stay lists).

``write(rows, columns, fmt, out)``: ``out`` is a binary stream (``sys.stdout.buffer``, an open
file); ``FORMATS`` names the formats.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from typing import IO, Any

FORMATS = ("csv", "xlsx", "geojson", "jsonl")
LIST_SEP, TEXT_SEP = "; ", " | "
TEXT_LISTS = {"perpetrators", "source_urls", "evidence"}
DATE_COLUMNS = {"event_date", "event_date_end"}


def flat(name: str, value: Any) -> Any:
    """A value as a CSV/xlsx cell: lists joined, booleans as words, ``None`` as empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return (TEXT_SEP if name in TEXT_LISTS else LIST_SEP).join(str(v) for v in value)
    return value


def write(rows: list[dict[str, Any]], columns: list[tuple[str, str]], fmt: str, out: IO[bytes],
          sheet: str = "rows") -> None:
    if fmt == "csv":
        write_csv(rows, columns, out)
    elif fmt == "xlsx":
        write_xlsx(rows, columns, out, sheet)
    elif fmt == "geojson":
        write_geojson(rows, columns, out)
    elif fmt == "jsonl":
        write_jsonl(rows, columns, out)
    else:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")


def write_csv(rows: list[dict[str, Any]], columns: list[tuple[str, str]], out: IO[bytes]) -> None:
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    try:
        w = csv.writer(text, lineterminator="\r\n")
        names = [n for n, _ in columns]
        w.writerow(names)
        for row in rows:
            w.writerow([flat(n, row.get(n)) for n in names])
        text.flush()
    finally:
        text.detach()


def write_jsonl(rows: list[dict[str, Any]], columns: list[tuple[str, str]], out: IO[bytes]) -> None:
    names = [n for n, _ in columns]
    for row in rows:
        out.write((json.dumps({n: row.get(n) for n in names}, ensure_ascii=False) + "\n").encode("utf-8"))


def geojson(rows: list[dict[str, Any]], columns: list[tuple[str, str]]) -> dict[str, Any]:
    names = [n for n, _ in columns]
    features = []
    for row in rows:
        lat, lon = row.get("latitude"), row.get("longitude")
        geometry = None if lat is None or lon is None else {"type": "Point", "coordinates": [float(lon), float(lat)]}
        features.append({"type": "Feature", "geometry": geometry, "properties": {n: row.get(n) for n in names}})
    return {"type": "FeatureCollection", "features": features}


def write_geojson(rows: list[dict[str, Any]], columns: list[tuple[str, str]], out: IO[bytes]) -> None:
    out.write(json.dumps(geojson(rows, columns), ensure_ascii=False, indent=1).encode("utf-8"))
    out.write(b"\n")


def _cell_date(value: Any) -> Any:
    if isinstance(value, str) and len(value) == 10:
        try:
            return date.fromisoformat(value)
        except ValueError:
            return value
    return value


def write_xlsx(rows: list[dict[str, Any]], columns: list[tuple[str, str]], out: IO[bytes], sheet: str = "rows") -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(sheet)
    names = [n for n, _ in columns]
    ws.freeze_panes = "A2"
    for i, n in enumerate(names, 1):
        wide = n in ("evidence", "title", "sentence", "source_urls", "url")
        ws.column_dimensions[get_column_letter(i)].width = 60 if wide else max(10, min(24, len(n) + 3))
    bold = Font(bold=True)
    header = []
    for n in names:
        c = WriteOnlyCell(ws, value=n)
        c.font = bold
        header.append(c)
    ws.append(header)
    for row in rows:
        cells = []
        for n in names:
            raw = row.get(n)
            value = raw if raw is None or isinstance(raw, bool) else flat(n, raw)  # empty cells, TRUE/FALSE
            if n in DATE_COLUMNS:
                value = _cell_date(value)
            c = WriteOnlyCell(ws, value=value)
            if isinstance(value, str):
                c.data_type = "s"  # a text starting with "=" stays text, never a formula
            elif isinstance(value, date):
                c.number_format = "yyyy-mm-dd"
            cells.append(c)
        ws.append(cells)
    ws.auto_filter.ref = f"A1:{get_column_letter(len(names))}{len(rows) + 1}"
    about = wb.create_sheet("columns")
    about.append([WriteOnlyCell(about, value="column"), WriteOnlyCell(about, value="meaning")])
    for n, meaning in columns:
        about.append([n, meaning])
    wb.save(out)
