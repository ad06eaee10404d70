"""The HTML report: one self-contained page of the incidents, readable without Kibana or a network.

``render_report(incidents, filters)`` returns the page as a string (pure: no I/O). Everything it
shows is inside it: the charts are SVG drawn here, the style and the few lines of script (table
sorting, error reporting) are inline, and a Content-Security-Policy forbids the page any request
(no CDN, no web fonts, no map tiles), so it opens the same offline, from an e-mail attachment or
a USB stick. Sections:

* the totals per kind (sum of ``best`` over the events, with the sums of ``low`` and ``high``);
* the daily tolls, one small chart per kind (each with its own scale: displaced people in the
  thousands would flatten the killed), by day, week or month depending on the span;
* the tolls by governorate (``admin1``), one bar column per kind;
* the incidents, a table sortable by any column (click a header; ``#sort=<column>-desc`` in the
  address sorts on opening), each toll with low/best/high and, unfolded, the words of every
  figure with its source, language, date and link;
* running and period totals (``scope: cumulative``), apart: they are never added to the events.

A script error or a blocked request is written into the page (``#page-errors``), so a broken page
says so instead of showing less; the browser test checks that it stays empty.
"""

from __future__ import annotations

import html
import json
import math
from collections import defaultdict
from datetime import date, datetime, timedelta, timezone
from typing import Any, Iterable, Optional

from reports.export import ExportFilter, _day, country_name, incident_rows
from tollwatch.records import KINDS, Incident

KIND_COLORS = {"killed": "#a50f15", "injured": "#e6550d", "missing": "#756bb1", "detained": "#3182bd",
               "displaced": "#636363"}
KIND_LABELS = {"killed": "Killed", "injured": "Injured", "missing": "Missing", "detained": "Detained",
               "displaced": "Displaced"}
UNFOLDED = 10  # a table of this many incidents or fewer shows every figure's words unfolded
CSP = ("default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; "
       "base-uri 'none'; form-action 'none'")


def esc(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def num(n: Optional[int]) -> str:
    return "" if n is None else f"{n:,}"


def kinds_present(rows: Iterable[dict[str, Any]]) -> list[str]:
    present = {r["kind"] for r in rows}
    return [k for k in KINDS if k in present] + sorted(present - set(KINDS))


# ----------------------------------------------------------------------------- time series

def bucket_of(day: date, unit: str) -> date:
    if unit == "week":
        return day - timedelta(days=day.weekday())
    if unit == "month":
        return day.replace(day=1)
    return day


def next_bucket(day: date, unit: str) -> date:
    if unit == "week":
        return day + timedelta(days=7)
    if unit == "month":
        return (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    return day + timedelta(days=1)


def time_unit(first: date, last: date) -> str:
    span = (last - first).days
    return "day" if span <= 92 else "week" if span <= 730 else "month"


def series(rows: list[dict[str, Any]]) -> tuple[str, list[date], dict[str, dict[date, dict[str, int]]]]:
    """(unit, every bucket from the first to the last, {kind: {bucket: {low, best, high, n}}}) of
    the dated rows, by event date (the first day of the event's window)."""
    dated = [(r, _day(r["event_date"])) for r in rows]
    dated = [(r, d) for r, d in dated if d is not None]
    if not dated:
        return "day", [], {}
    first, last = min(d for _, d in dated), max(d for _, d in dated)
    unit = time_unit(first, last)
    buckets, b = [], bucket_of(first, unit)
    while b <= last:
        buckets.append(b)
        b = next_bucket(b, unit)
    out: dict[str, dict[date, dict[str, int]]] = defaultdict(dict)
    for r, d in dated:
        cell = out[r["kind"]].setdefault(bucket_of(d, unit), {"low": 0, "best": 0, "high": 0, "n": 0})
        for k in ("low", "best", "high"):
            cell[k] += int(r[k] or 0)
        cell["n"] += 1
    return unit, buckets, out


def nice_max(value: float) -> tuple[float, list[float]]:
    """A round upper bound for an axis and its ticks: about five steps of 1, 2 or 5 times a power
    of ten (whole numbers: people are counted in units)."""
    if value <= 0:
        return 1.0, [0.0, 1.0]
    raw = value / 5
    mag = 10 ** math.floor(math.log10(raw)) if raw >= 1 else 1
    step = next(m * mag for m in (1, 2, 5, 10) if m * mag >= raw)
    top = math.ceil(value / step) * step
    return float(top), [float(i * step) for i in range(int(top // step) + 1)]


def daily_chart(kind: str, unit: str, buckets: list[date], cells: dict[date, dict[str, int]],
                width: int = 900, height: int = 170) -> str:
    """Bars of ``best`` per bucket, with a line from ``low`` to ``high`` where they differ."""
    left, right, top, bottom = 56, 12, 14, 28
    w, h = width - left - right, height - top - bottom
    peak = max([c["high"] for c in cells.values()] + [1])
    ymax, ticks = nice_max(peak)
    n = max(1, len(buckets))
    slot = w / n
    bar = max(1.0, min(28.0, slot * 0.7))
    color = KIND_COLORS.get(kind, "#444")
    y = lambda v: top + h - (v / ymax) * h  # noqa: E731
    parts = [f'<svg class="chart daily" data-kind="{esc(kind)}" viewBox="0 0 {width} {height}" role="img" '
             f'aria-label="{esc(KIND_LABELS.get(kind, kind))} per {unit}" xmlns="http://www.w3.org/2000/svg">']
    for t in ticks:
        parts.append(f'<line x1="{left}" x2="{left + w}" y1="{y(t):.1f}" y2="{y(t):.1f}" class="grid"/>'
                     f'<text x="{left - 6}" y="{y(t) + 4:.1f}" class="tick" text-anchor="end">{num(int(t))}</text>')
    label_every = max(1, math.ceil(n / 12))
    for i, b in enumerate(buckets):
        cx = left + slot * i + slot / 2
        c = cells.get(b)
        if c:
            tip = (f"{b.isoformat()}{' (' + unit + ')' if unit != 'day' else ''}: {KIND_LABELS.get(kind, kind)} "
                   f"{num(c['best'])} (low {num(c['low'])}, high {num(c['high'])}), {c['n']} incident(s)")
            parts.append(f'<g class="bar"><title>{esc(tip)}</title>'
                         f'<rect x="{cx - bar / 2:.1f}" y="{y(c["best"]):.1f}" width="{bar:.1f}" '
                         f'height="{max(0.5, y(0) - y(c["best"])):.1f}" fill="{color}"/>')
            if c["high"] != c["low"]:
                parts.append(f'<line x1="{cx:.1f}" x2="{cx:.1f}" y1="{y(c["low"]):.1f}" y2="{y(c["high"]):.1f}" '
                             f'class="range"/><line x1="{cx - 4:.1f}" x2="{cx + 4:.1f}" y1="{y(c["high"]):.1f}" '
                             f'y2="{y(c["high"]):.1f}" class="range"/>')
            parts.append("</g>")
        if i % label_every == 0:
            fmt = b.strftime("%d %b") if unit != "month" else b.strftime("%b %Y")
            parts.append(f'<text x="{cx:.1f}" y="{top + h + 16}" class="tick" text-anchor="middle">{esc(fmt)}</text>')
    parts.append(f'<line x1="{left}" x2="{left + w}" y1="{y(0):.1f}" y2="{y(0):.1f}" class="axis"/></svg>')
    return "".join(parts)


# ----------------------------------------------------------------------------- governorates

def by_governorate(rows: list[dict[str, Any]]) -> tuple[list[str], dict[str, dict[str, int]]]:
    """(governorates by total best, most first; {governorate: {kind: best}})."""
    countries = {r["country_code"] for r in rows if r["country_code"]}
    table: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for r in rows:
        name = r["admin1"] or (f"{r['country']} (no governorate)" if r["country"] else "place not geocoded")
        if r["admin1"] and len(countries) > 1 and r["country"]:
            name = f"{r['admin1']}, {r['country']}"
        table[name][r["kind"]] += int(r["best"] or 0)
    order = sorted(table, key=lambda g: (-sum(table[g].values()), g))
    return order, {g: dict(table[g]) for g in order}


def governorate_chart(rows: list[dict[str, Any]], kinds: list[str], width: int = 900) -> str:
    order, table = by_governorate(rows)
    if not order:
        return ""
    label_w, row_h, head = 190, 24, 24
    col_w = (width - label_w - 10) / max(1, len(kinds))
    height = head + row_h * len(order) + 6
    peak = {k: max([table[g].get(k, 0) for g in order] + [1]) for k in kinds}
    parts = [f'<svg class="chart governorates" viewBox="0 0 {width} {height}" role="img" '
             f'aria-label="Tolls by governorate" xmlns="http://www.w3.org/2000/svg">']
    for j, k in enumerate(kinds):
        x0 = label_w + j * col_w
        parts.append(f'<text x="{x0 + 2:.1f}" y="15" class="colhead" fill="{KIND_COLORS.get(k, "#444")}">'
                     f'{esc(KIND_LABELS.get(k, k))}</text>')
    for i, g in enumerate(order):
        y0 = head + i * row_h
        if i % 2 == 0:
            parts.append(f'<rect x="0" y="{y0}" width="{width}" height="{row_h}" class="stripe"/>')
        parts.append(f'<text x="{label_w - 8}" y="{y0 + 16}" class="rowhead" text-anchor="end">{esc(g)}</text>')
        for j, k in enumerate(kinds):
            v = table[g].get(k, 0)
            if not v:
                continue
            x0 = label_w + j * col_w
            bw = max(1.0, (col_w - 70) * v / peak[k])
            parts.append(f'<g class="bar"><title>{esc(g)}: {esc(KIND_LABELS.get(k, k))} {num(v)}</title>'
                         f'<rect x="{x0:.1f}" y="{y0 + 5}" width="{bw:.1f}" height="{row_h - 10}" '
                         f'fill="{KIND_COLORS.get(k, "#444")}"/>'
                         f'<text x="{x0 + bw + 5:.1f}" y="{y0 + 16}" class="value">{num(v)}</text></g>')
    parts.append("</svg>")
    return "".join(parts)


# ----------------------------------------------------------------------------- tables

def _toll_cell(inc: Incident, kinds: Optional[set[str]]) -> tuple[str, int]:
    """The tolls as HTML, and the sort key (best killed, else the largest best)."""
    tolls = [t for t in inc.tolls if kinds is None or t.kind in kinds]
    tolls.sort(key=lambda t: KINDS.index(t.kind) if t.kind in KINDS else 99)
    cells = []
    for t in tolls:
        rng = "" if t.low == t.high else f' <span class="range-text">({num(t.low)}–{num(t.high)})</span>'
        cells.append(f'<div class="toll"><span class="dot" style="background:{KIND_COLORS.get(t.kind, "#444")}">'
                     f'</span>{esc(t.kind)} <b>{num(t.best)}</b>{rng}</div>')
    key = next((t.best for t in tolls if t.kind == "killed"), max([t.best for t in tolls] + [0]))
    return "".join(cells), key


def _evidence(inc: Incident, kinds: Optional[set[str]], unfold: bool = False) -> str:
    items = []
    for fr in inc.figures:
        if kinds is not None and fr.kind not in kinds:
            continue
        amount = num(fr.count) + (f"–{num(fr.count_max)}" if fr.count_max else "")
        items.append(
            f'<li><span class="src">{esc(fr.source)}</span> <span class="lang">{esc(fr.lang or "")}</span> '
            f'{esc((fr.published or "")[:10])}: {esc(fr.kind)} {amount} '
            f'<q dir="auto">{esc(fr.evidence)}</q> <a href="{esc(fr.url)}" rel="noreferrer noopener" '
            f'target="_blank">source</a></li>')
    lines = []
    for kind in dict.fromkeys(h.kind for h in inc.history if kinds is None or h.kind in kinds):
        changes = [h for h in inc.history if h.kind == kind]
        if len(changes) > 1:
            steps = " → ".join(f"{num(h.best)} ({esc(h.source)}, {esc(h.at[:10])})" for h in changes)
            lines.append(f'<p class="history">{esc(kind)}, toll history: {steps}</p>')
    history = "".join(lines)
    return (f'<details{" open" if unfold else ""}><summary>{len(items)} figure(s)</summary>'
            f'<ul class="evidence">{"".join(items)}</ul>{history}</details>')


def _place(inc: Incident) -> tuple[str, str]:
    p = inc.place
    if p is None:
        return '<span class="muted">not geocoded</span>', ""
    parts = [p.name] + [x for x in (p.district, p.governorate) if x and x != p.name]
    if p.country:
        parts.append(country_name(p.country) or p.country)
    shown = ", ".join(dict.fromkeys(x for x in parts if x))
    prec = f' <span class="muted">({esc(p.precision)})</span>' if p.precision and p.precision != "point" else ""
    return esc(shown) + prec, shown


def incident_table(incidents: list[Incident], kinds: Optional[set[str]], table_id: str) -> str:
    head = [("date", "Date"), ("place", "Place"), ("toll", "Toll: best (low–high)"), ("victims", "Victims"),
            ("by", "Perpetrator as written"), ("sources", "Sources"), ("what", "What happened, and the evidence")]
    out = [f'<table class="incidents" id="{table_id}"><thead><tr>']
    for key, label in head:
        out.append(f'<th data-key="{key}" aria-sort="none" tabindex="0">{esc(label)}</th>')
    out.append("</tr></thead><tbody>")
    for inc in incidents:
        toll_html, toll_key = _toll_cell(inc, kinds)
        place_html, place_key = _place(inc)
        when = esc(inc.event_date or "")
        if inc.event_date_end and inc.event_date_end != inc.event_date:
            when += f" – {esc(inc.event_date_end)}"
        if not inc.event_date:
            when = f'<span class="muted">first reported {esc((inc.first_seen or "")[:10])}</span>'
        links = " ".join(f'<span class="src">{esc(s)}</span>' for s in inc.sources)
        out.append(
            f'<tr data-id="{esc(inc.incident_id)}">'
            f'<td data-sort="{esc(inc.event_date or inc.first_seen or "")}" class="nowrap">{when}</td>'
            f'<td data-sort="{esc(place_key)}">{place_html}</td>'
            f'<td data-sort="{toll_key}" class="num">{toll_html}</td>'
            f'<td data-sort="{esc(victims_text(inc.victim_categories))}">{esc(victims_text(inc.victim_categories))}</td>'
            f'<td data-sort="{esc("; ".join(inc.perpetrators))}" dir="auto">{esc("; ".join(inc.perpetrators))}</td>'
            f'<td data-sort="{len(inc.sources)}">{links}<div class="muted">{esc(", ".join(inc.langs))}</div></td>'
            f'<td data-sort="{esc(inc.title)}"><div class="title" dir="auto">{esc(inc.title)}</div>'
            f'{_evidence(inc, kinds, unfold=len(incidents) <= UNFOLDED)}</td></tr>')
    out.append("</tbody></table>")
    return "".join(out)


# ----------------------------------------------------------------------------- the page

STYLE = """
:root{--ink:#1d1d1f;--muted:#6b6b70;--line:#d9d9de;--bg:#fafafa}
*{box-sizing:border-box}
body{margin:0;font:14px/1.45 -apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Arabic",Arial,sans-serif;
color:var(--ink);background:#fff}
header{padding:18px 28px 12px;border-bottom:3px solid #a50f15;background:var(--bg)}
header h1{margin:0 0 4px;font-size:22px}
header p{margin:2px 0;color:var(--muted)}
main{padding:8px 28px 28px;max-width:1280px}
h2{font-size:17px;margin:26px 0 8px;border-bottom:1px solid var(--line);padding-bottom:4px}
.note{color:var(--muted);font-size:12.5px;margin:4px 0 10px}
.cards{display:flex;gap:12px;flex-wrap:wrap;margin-top:14px}
.card{border:1px solid var(--line);border-left:5px solid #444;padding:8px 14px;min-width:150px;background:#fff}
.card .n{font-size:24px;font-weight:700}
.card .k{color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.04em}
.card .r{color:var(--muted);font-size:12px}
.panel{margin:6px 0 14px}
.panel h3{font-size:13px;margin:8px 0 0;font-weight:600}
svg.chart{width:100%;height:auto;display:block;font-family:inherit}
svg .grid{stroke:#ececf0}
svg .axis{stroke:#888}
svg .range{stroke:#222;stroke-width:1.2}
svg .tick{font-size:11px;fill:#6b6b70}
svg .colhead{font-size:12px;font-weight:700}
svg .rowhead{font-size:12px;fill:#1d1d1f}
svg .value{font-size:11px;fill:#1d1d1f}
svg .stripe{fill:#f6f6f8}
svg .bar:hover rect{opacity:.8}
table.incidents{border-collapse:collapse;width:100%;font-size:13px}
table.incidents th{position:sticky;top:0;background:#f1f1f4;text-align:left;padding:6px 8px;border-bottom:2px solid
var(--line);cursor:pointer;white-space:nowrap;user-select:none}
table.incidents th::after{content:" \\2195";color:#aaa;font-size:11px}
table.incidents th[aria-sort=ascending]::after{content:" \\25B2";color:#333}
table.incidents th[aria-sort=descending]::after{content:" \\25BC";color:#333}
table.incidents td{padding:6px 8px;border-bottom:1px solid var(--line);vertical-align:top}
table.incidents tr:hover td{background:#fcfcfd}
.nowrap{white-space:nowrap}
.toll{white-space:nowrap}
.toll b{font-size:15px}
.dot{display:inline-block;width:9px;height:9px;border-radius:50%;margin-right:5px}
.range-text,.muted{color:var(--muted)}
.src{display:inline-block;white-space:nowrap;border:1px solid var(--line);border-radius:3px;padding:0 5px;font-size:12px;
background:#f6f6f8;margin:1px 2px 1px 0}
.lang{color:var(--muted);font-size:11px;text-transform:uppercase}
.title{font-weight:600;margin-bottom:2px}
details summary{cursor:pointer;color:#2457a6;font-size:12.5px}
ul.evidence{margin:4px 0;padding-left:18px}
ul.evidence li{margin:3px 0}
ul.evidence q{background:#fff6d5;quotes:"«" "»"}
.history{margin:4px 0;font-size:12px;color:var(--muted)}
#page-errors:empty{display:none}
#page-errors{border:2px solid #a50f15;background:#fdecea;padding:8px 12px;margin:10px 28px;white-space:pre-wrap}
footer{color:var(--muted);font-size:12px;padding:12px 28px 24px;border-top:1px solid var(--line)}
"""

# first thing in the body: errors anywhere after it are written into the page
ERROR_SCRIPT = r"""
(function(){
  var box = document.getElementById('page-errors');
  function report(msg){ box.textContent += msg + '\n'; box.setAttribute('data-errors', 'yes'); }
  window.addEventListener('error', function(e){ report('script error: ' + (e.message || e.type) +
    (e.filename ? ' (' + e.filename + ':' + e.lineno + ')' : '')); }, true);
  document.addEventListener('securitypolicyviolation', function(e){ report('blocked request: ' +
    e.blockedURI + ' (' + e.violatedDirective + ')'); });
})();
"""

SCRIPT = r"""
(function(){
  function sortTable(table, th, dir){
    var idx = Array.prototype.indexOf.call(th.parentNode.children, th);
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function(a, b){
      var x = a.cells[idx].getAttribute('data-sort') || '', y = b.cells[idx].getAttribute('data-sort') || '';
      var nx = parseFloat(x), ny = parseFloat(y), c;
      if (!isNaN(nx) && !isNaN(ny) && String(nx) === x && String(ny) === y) c = nx - ny;
      else c = x.localeCompare(y);
      return dir === 'ascending' ? c : -c;
    });
    rows.forEach(function(r){ body.appendChild(r); });
    Array.prototype.forEach.call(th.parentNode.children, function(h){ h.setAttribute('aria-sort', 'none'); });
    th.setAttribute('aria-sort', dir);
  }
  Array.prototype.forEach.call(document.querySelectorAll('table.incidents'), function(table){
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function(th){
      function go(){ sortTable(table, th, th.getAttribute('aria-sort') === 'descending' ? 'ascending' : 'descending'); }
      th.addEventListener('click', go);
      th.addEventListener('keydown', function(e){ if (e.key === 'Enter') go(); });
    });
  });
  var m = /sort=([a-z]+)-(asc|desc)/.exec(location.hash);
  if (m) {
    Array.prototype.forEach.call(document.querySelectorAll('table.incidents th[data-key="' + m[1] + '"]'),
      function(th){ sortTable(th.closest('table'), th, m[2] === 'asc' ? 'ascending' : 'descending'); });
  }
  document.body.setAttribute('data-ready', 'yes');
})();
"""


def victims_text(categories: Iterable[str]) -> str:
    """The victim categories as words for a reader (``security_forces`` -> ``security forces``)."""
    return ", ".join(c.replace("_", " ") for c in categories)


def render_report(incidents: Iterable[Incident], filters: Optional[ExportFilter] = None, *,
                  title: str = "tollwatch: casualty report", data_dir: Optional[str] = None,
                  generated: Optional[str] = None) -> str:
    """The page (a complete HTML document) for ``incidents`` passing ``filters`` (default: all)."""
    f = filters or ExportFilter(scope="all")
    incidents = list(incidents)
    event_filter = ExportFilter(since=f.since, until=f.until, kind=f.kind, source=f.source, scope="event")
    cum_filter = ExportFilter(since=f.since, until=f.until, kind=f.kind, source=f.source, scope="cumulative")
    rows = incident_rows(incidents, event_filter)
    cum_rows = incident_rows(incidents, cum_filter) if f.scope in ("all", "cumulative") else []
    if f.scope == "cumulative":
        rows = []
    shown = {r["incident_id"] for r in rows}
    events = [i for i in incidents if i.incident_id in shown]
    events.sort(key=lambda i: (i.event_date or i.first_seen or "", i.incident_id), reverse=True)
    cum_ids = {r["incident_id"] for r in cum_rows}
    cumulative = [i for i in incidents if i.incident_id in cum_ids]
    kinds = kinds_present(rows)
    kind_set = {f.kind} if f.kind else None
    generated = generated or datetime.now(timezone.utc).replace(microsecond=0).isoformat()

    starts = [r["event_date"] for r in rows if r["event_date"]]
    ends = [r["event_date_end"] or r["event_date"] for r in rows if r["event_date"]]
    period = f"{min(starts)} to {max(ends)}" if starts else "no dated events"
    chosen = [x for x in (f"from {f.since}" if f.since else "", f"until {f.until}" if f.until else "",
                          f"kind {f.kind}" if f.kind else "", f"source {f.source}" if f.source else "") if x]

    cards = []
    for k in kinds:
        ks = [r for r in rows if r["kind"] == k]
        lo, best, hi = (sum(int(r[x]) for r in ks) for x in ("low", "best", "high"))
        rng = f"low {num(lo)} · high {num(hi)}" if lo != hi else "low = high"
        cards.append(f'<div class="card" style="border-left-color:{KIND_COLORS.get(k, "#444")}" data-kind="{esc(k)}">'
                     f'<div class="k">{esc(KIND_LABELS.get(k, k))}</div><div class="n">{num(best)}</div>'
                     f'<div class="r">{rng} · {len(ks)} incident(s)</div></div>')

    unit, buckets, cells = series(rows)
    undated = len({r["incident_id"] for r in rows if not r["event_date"]})
    daily = []
    for k in kinds:
        if cells.get(k):
            daily.append(f'<div class="panel"><h3 style="color:{KIND_COLORS.get(k, "#444")}">'
                         f'{esc(KIND_LABELS.get(k, k))} per {unit}</h3>{daily_chart(k, unit, buckets, cells[k])}</div>')
    daily_html = "".join(daily) or '<p class="note">No dated event to chart.</p>'
    if undated:
        daily_html += f'<p class="note">{undated} incident(s) without an event date are in the table, not in this chart.</p>'

    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="tollwatch report">',
        f"<title>{esc(title)}</title><style>{STYLE}</style></head><body>",
        f'<div id="page-errors" role="alert"></div><script>{ERROR_SCRIPT}</script>',
        f'<header><h1>{esc(title)}</h1>',
        f'<p>{len(events)} incident(s), events of {esc(period)}'
        + (f" ({esc(', '.join(chosen))})" if chosen else "") + "</p>",
        f'<p>Generated {esc(generated)}' + (f" from {esc(data_dir)}" if data_dir else "") + " by tollwatch. "
        "Counts are the sources' own figures, read automatically: open the evidence and the source before "
        "quoting a number.</p>",
        f'<div class="cards" id="totals">{"".join(cards)}</div></header>',
        "<main>",
        "" if incidents else '<p class="note" id="no-incidents"><b>No incidents are stored.</b> The incidents stage '
        "has not run on this data directory yet (<code>tollwatch run</code> runs it); "
        "<code>tollwatch export figures</code> lists the casualty figures of the bulletins meanwhile.</p>",
        f'<section id="daily"><h2>Tolls per {unit}</h2><p class="note">The best estimate of each incident, '
        "summed by the first day of the event; the thin line runs from the sum of the low to the sum of the "
        "high estimates. Each kind has its own scale.</p>" + daily_html + "</section>",
        '<section id="governorates"><h2>By governorate</h2><p class="note">Sum of the best estimates of the '
        "incidents, by the first-level division of their place. Bars compare places within one kind.</p>"
        + (governorate_chart(rows, kinds) or '<p class="note">No incident to chart.</p>') + "</section>",
        f'<section id="incidents-section"><h2>Incidents ({len(events)})</h2><p class="note">One event as reported '
        "across bulletins, sources, languages and revisions. <b>best</b> is the most likely toll, low and high "
        "the lowest and highest credible (UCDP's sense). Click a column to sort; unfold the figures for the "
        "words each source used.</p>" + incident_table(events, kind_set, "incidents") + "</section>",
    ]
    if cumulative:
        parts.append(
            f'<section id="cumulative"><h2>Running and period totals ({len(cumulative)})</h2><p class="note">'
            "Totals since a date or over a period (\"still detained\", \"since the start of the year\"). They "
            "contain events, so they are never added to the incidents above.</p>"
            + incident_table(cumulative, kind_set, "cumulative-table") + "</section>")
    parts += [
        "</main>",
        "<footer>Written by <b>tollwatch report</b>. Low, best and high follow UCDP: the lowest credible, the "
        "most likely and the highest credible count among an incident's current figures. The page makes no "
        "network request; charts are drawn in SVG inside it. Data: "
        f"<script type=\"application/json\" id=\"report-data\">{_data_json(rows, cum_rows)}</script>"
        "the rows of <code>tollwatch export incidents</code> are embedded in this file "
        "(<code>#report-data</code>).</footer>",
        f"<script>{SCRIPT}</script>",
        "</body></html>",
    ]
    return "\n".join(parts)


def _data_json(rows: list[dict[str, Any]], cum_rows: list[dict[str, Any]]) -> str:
    text = json.dumps({"events": rows, "cumulative": cum_rows}, ensure_ascii=False, separators=(",", ":"))
    return text.replace("</", "<\\/")  # never closes the script element
