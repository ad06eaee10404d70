"""Incidents in the search backends: documents, hits, and the index stage's step for them.

The incidents stage stores its whole result in the store (``Store.incidents()``); each run of the
index stage puts that result into the backend with ``index_incidents(store, backend)``, which
calls ``backend.replace_incidents(incidents)``: every incident is written under its
``incident_id`` (a re-run never duplicates one) and the incidents no longer in the result
(merged into another, split, overridden) are removed. Both backends keep the same document
(``incident_document``, following ``index_mappings/incidents.json``) and answer
``backend.search_incidents(SearchQuery)`` with ranked ``IncidentHit``s:

* text: every word and phrase must match the title, the words of the figures (evidence), the
  place names or the perpetrators as written; folded and stemmed as for bulletins
  (``indexing.text``), so Arabic evidence matches across spelling variants;
* ``lang``/``source``: among the incident's languages/sources; ``since``/``until``: the event
  window (``date``: the event date, else the first report; ``date_end``) meets the range;
  ``kind`` + ``min_count``: a toll of that kind with ``best`` at least that; ``place``: words of
  the place, district or governorate;
* order: by relevance when there is text, else newest event first.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from typing import Any, Iterable, Optional

from indexing.documents import _lenient_date
from indexing.text import fold, stems
from tollwatch.records import KINDS, Incident


@dataclass
class IncidentHit:
    """An incident found by a search."""

    incident_id: str
    scope: str
    title: str
    date: Optional[str]
    date_end: Optional[str]
    date_precision: Optional[str]
    place: Optional[str]
    governorate: Optional[str]
    country: Optional[str]
    lat: Optional[float]
    lon: Optional[float]
    tolls: list[dict[str, Any]]
    sources: list[str]
    langs: list[str]
    urls: list[str]
    score: float
    snippet: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class IncidentIndexReport:
    """What ``index_incidents`` did."""

    indexed: int = 0
    removed: int = 0
    failed: int = 0
    failures: list[dict[str, str]] = field(default_factory=list)  # {"incident_id", "reason"}
    error: Optional[str] = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def evidence_text(inc: Incident) -> str:
    """The words of every figure, one per line, as the bulletins wrote them."""
    return "\n".join(dict.fromkeys(fr.evidence for fr in inc.figures if fr.evidence))


def incident_document(inc: Incident, indexed_at: Optional[str] = None) -> dict[str, Any]:
    """The incidents-index document of one incident (dates that are not ISO are left out)."""
    p = inc.place
    tolls = [t for t in inc.tolls if t.kind in KINDS]
    place_names = [x for x in ((p.name, p.district, p.governorate) if p else ()) if x]
    text = evidence_text(inc)
    date = _lenient_date(inc.event_date) or _lenient_date(inc.first_seen)
    date_end = _lenient_date(inc.event_date_end) or date
    return {
        "incident_id": inc.incident_id, "scope": inc.scope, "title": inc.title,
        "date": date, "date_end": date_end,
        "event_date": _lenient_date(inc.event_date), "event_date_end": _lenient_date(inc.event_date_end),
        "date_precision": inc.date_precision,
        "place_name": p.name if p else None, "country": p.country if p else None,
        "governorate": p.governorate if p else None, "district": p.district if p else None,
        "geo_precision": p.precision if p else None, "geonameid": p.geonameid if p else None,
        "location": {"lat": float(p.lat), "lon": float(p.lon)} if p and p.lat is not None and p.lon is not None else None,
        "kinds": [t.kind for t in tolls],
        "tolls": [{"kind": t.kind, "low": t.low, "best": t.best, "high": t.high} for t in tolls],
        "low": {t.kind: t.low for t in tolls}, "best": {t.kind: t.best for t in tolls},
        "high": {t.kind: t.high for t in tolls},
        "victim_categories": list(inc.victim_categories), "perpetrators": list(inc.perpetrators),
        "manners": list(inc.manners), "sources": list(inc.sources), "source_count": len(inc.sources),
        "langs": list(inc.langs), "urls": list(dict.fromkeys(fr.url for fr in inc.figures if fr.url)),
        "figure_count": len(inc.figures),
        "revisions": max(0, len(inc.history) - len({h.kind for h in inc.history})),
        "first_seen": _lenient_date(inc.first_seen), "last_seen": _lenient_date(inc.last_seen),
        "text": text,
        "figures": [fr.to_dict() for fr in inc.figures],
        "links": [lk.to_dict() for lk in inc.links],
        "history": [h.to_dict() for h in inc.history],
        "search": {
            "title": fold(inc.title), "text": fold("\n".join([text, *inc.perpetrators])),
            "places": fold(" | ".join(place_names)) if place_names else None,
            "stems": stems(inc.title, text, *inc.perpetrators),
        },
        "indexed_at": indexed_at or _now(),
    }


def incident_hit(doc: dict[str, Any], score: float, marked: dict[str, Optional[str]], query: Any) -> IncidentHit:
    """``marked``: engine highlights of the folded ``title`` and ``text``."""
    from indexing.query import highlight_stems, parse
    from indexing.results import best_snippet

    text, _ = best_snippet([
        ("text", doc.get("text"), marked.get("text")),
        ("title", doc.get("title"), marked.get("title")),
    ], highlight_stems(parse(getattr(query, "text", ""))))
    loc = doc.get("location") or {}
    return IncidentHit(
        incident_id=doc["incident_id"], scope=doc.get("scope") or "event", title=doc.get("title") or "",
        date=doc.get("date"), date_end=doc.get("date_end"), date_precision=doc.get("date_precision"),
        place=doc.get("place_name"), governorate=doc.get("governorate"), country=doc.get("country"),
        lat=loc.get("lat"), lon=loc.get("lon"), tolls=list(doc.get("tolls") or []),
        sources=list(doc.get("sources") or []), langs=list(doc.get("langs") or []),
        urls=list(doc.get("urls") or []), score=round(float(score), 4), snippet=text,
    )


def index_incidents(store: Any, backend: Any) -> IncidentIndexReport:
    """Put the store's incidents into ``backend``, replacing the previous set (see the module
    docstring); an unreachable backend is reported in ``error`` (the next run tries again)."""
    from indexing import IndexingError

    incidents: Iterable[Incident] = store.incidents()
    try:
        return backend.replace_incidents(list(incidents))
    except IndexingError as exc:
        return IncidentIndexReport(error=str(exc))
