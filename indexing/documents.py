"""Bulletins and casualty figures as index documents (the same documents for both backends).

``bulletin_document(b)`` follows ``index_mappings/bulletins.json``; ``figure_documents(b)`` one
document per figure following ``index_mappings/figures.json``, each carrying its bulletin's
source, url, language, published date and place. Ids come from the canonical URL and the
version (``Bulletin.version_id``, ``<version_id>-f<n>``), so indexing a version twice replaces
it instead of duplicating it. ``latest`` is filled in by the backend (it knows the other versions).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from typing import Any, Optional

from indexing.text import fold, stems
from tollwatch.records import KINDS, Bulletin, CasualtyFigure, Place


def lang_field(lang: Optional[str]) -> str:
    return lang if lang in ("ar", "en") else "other"


def utc_iso(value: Optional[str]) -> Optional[str]:
    """An ISO date or datetime as a UTC ``YYYY-MM-DDTHH:MM:SSZ`` string (what Elasticsearch
    stores and the embedded store compares), ``None`` for ``None``; ``ValueError`` if not ISO 8601."""
    if value in (None, ""):
        return None
    text = str(value).strip()
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    try:
        if len(text) == 10:
            d = date.fromisoformat(text)
            return f"{d.isoformat()}T00:00:00Z"
        dt = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{value!r} is not an ISO 8601 date") from None
    if dt.tzinfo is not None:
        dt = dt.astimezone(timezone.utc).replace(tzinfo=None)
    return dt.replace(microsecond=0).isoformat() + "Z"


def _lenient_date(value: Optional[str]) -> Optional[str]:
    try:
        return utc_iso(value)
    except ValueError:
        return None


def day_bounds(since: Optional[str], until: Optional[str]) -> tuple[Optional[str], Optional[str]]:
    """``since`` (inclusive) and ``until`` (inclusive, whole day) as a UTC half-open range."""
    lo = hi = None
    if since:
        lo = utc_iso(since)
    if until:
        if len(until) == 10:
            hi = utc_iso((date.fromisoformat(until) + timedelta(days=1)).isoformat())
        else:
            hi = utc_iso(until)
    return lo, hi


def _place_names(f: CasualtyFigure) -> list[str]:
    names = [f.place] if f.place else []
    g: Optional[Place] = f.geo
    if g is not None:
        names += [n for n in (g.name, g.district, g.governorate) if n]
    return list(dict.fromkeys(names))


def _location(g: Optional[Place]) -> Optional[dict[str, float]]:
    if g is None or g.lat is None or g.lon is None:
        return None
    return {"lat": float(g.lat), "lon": float(g.lon)}


def _figure_dict(f: CasualtyFigure) -> dict[str, Any]:
    g = f.geo
    return {
        "kind": f.kind, "count": f.count, "count_max": f.count_max, "qualifier": f.qualifier, "vague": f.vague,
        "manner": f.manner, "victims": f.victims, "victim_categories": f.victim_categories,
        "perpetrator": f.perpetrator, "place": f.place,
        "geo": None if g is None else {
            "name": g.name, "governorate": g.governorate, "district": g.district, "country": g.country,
            "precision": g.precision, "geonameid": g.geonameid, "location": _location(g),
        },
        "time": None if f.time is None else {
            "phrase": f.time.phrase, "start": _lenient_date(f.time.start), "end": _lenient_date(f.time.end),
        },
        "scope": f.scope, "part_of": f.part_of, "revision": f.revision, "previous_count": f.previous_count,
        "superseded": f.superseded, "confidence": f.confidence, "lang": f.lang,
    }


def bulletin_document(b: Bulletin, indexed_at: str) -> dict[str, Any]:
    """The bulletins-index document of one version (``ValueError`` for a non-ISO date)."""
    lf = lang_field(b.lang)
    published = utc_iso(b.published)
    figures = [f for f in b.casualties if not f.superseded]
    maxima: dict[str, int] = {}
    for f in figures:
        if f.kind in KINDS:
            maxima[f.kind] = max(maxima.get(f.kind, 0), int(f.count))
    places: list[str] = []
    for f in b.casualties:
        places += _place_names(f)
    places = list(dict.fromkeys(places))
    governorates = sorted({f.geo.governorate for f in b.casualties if f.geo and f.geo.governorate})
    locations = [loc for loc in (_location(f.geo) for f in b.casualties) if loc]
    tr = b.translation
    return {
        "version_id": b.version_id, "bulletin_id": b.bulletin_id, "version": b.version, "latest": True,
        "source": b.source, "lang": b.lang, "url": b.url, "canonical_url": b.canonical_url,
        "content_hash": b.content_hash, "title": b.title, "text": b.text,
        "published": published, "fetched": utc_iso(b.fetched), "indexed_at": indexed_at,
        "translation": None if tr is None else {"text": tr.text, "model": tr.model, "source_lang": tr.source_lang},
        "search": {
            f"title_{lf}": fold(b.title), f"text_{lf}": fold(b.text),
            "translation_en": fold(tr.text) if tr is not None else None,
            "places": fold(" | ".join(places)) if places else None,
            "stems": stems(b.title, b.text, tr.text if tr is not None else None),
        },
        "kinds": sorted(maxima), "max": maxima, "governorates": governorates, "locations": locations,
        "casualties": [_figure_dict(f) for f in b.casualties],
        "entities": [{"text": e.text, "label": e.label} for e in b.entities],
        "notes": b.notes,
    }


def figure_documents(b: Bulletin, indexed_at: str) -> list[dict[str, Any]]:
    """One figures-index document per casualty figure of the version."""
    lf = lang_field(b.lang)
    published = utc_iso(b.published)
    docs = []
    for i, f in enumerate(b.casualties):
        g = f.geo
        names = _place_names(f)
        docs.append({
            "figure_id": f"{b.version_id}-f{i}", "figure_index": i,
            "version_id": b.version_id, "bulletin_id": b.bulletin_id, "version": b.version, "latest": True,
            "source": b.source, "lang": b.lang, "url": b.url, "title": b.title,
            "published": published, "fetched": utc_iso(b.fetched),
            "kind": f.kind, "count": f.count, "count_max": f.count_max, "qualifier": f.qualifier,
            "vague": f.vague, "manner": f.manner, "victims": f.victims,
            "victim_categories": f.victim_categories, "perpetrator": f.perpetrator, "place": f.place,
            "place_name": g.name if g else None, "governorate": g.governorate if g else None,
            "district": g.district if g else None, "country": g.country if g else None,
            "precision": g.precision if g else None, "geo": _location(g),
            "time_phrase": f.time.phrase if f.time else None,
            "time_start": _lenient_date(f.time.start) if f.time else None,
            "time_end": _lenient_date(f.time.end) if f.time else None,
            "scope": f.scope, "part_of": f.part_of, "revision": f.revision, "previous_count": f.previous_count,
            "superseded": f.superseded, "confidence": f.confidence,
            "evidence": f.evidence, "sentence": f.sentence, "translation_sentence": f.translation_sentence,
            "search": {
                f"sentence_{lf}": fold(f.sentence or f.evidence),
                "translation_en": fold(f.translation_sentence) if f.translation_sentence else None,
                "places": fold(" | ".join(names)) if names else None,
                "stems": stems(f.sentence or f.evidence, f.translation_sentence),
            },
            "indexed_at": indexed_at,
        })
    return docs
