"""Which rules a bulletin version triggers, and what the alert says. Pure functions, no I/O.

``evaluate_rule(rule, bulletin, previous=None) -> Alert | None``: a rule fires on a
version when the bulletin passes the rule's filters (source, language, query) and
holds a casualty figure of one of the rule's kinds, with at least ``min_count`` (and at
least ``min_confidence``, when the rule sets one), at one of the rule's places. Only tolls count (``tollwatch.tolls.is_toll``): never a figure the
bulletin itself marks as superseded, nor a vague amount ("dozens").

Revisions: for version n>1 of a bulletin, the previous version's matching figures
are the baseline. The rule fires again only if ``revisions`` is on and a matching
toll rose ("killed: toll rose from 83 to 128"), or if the previous version did not
match at all. Tolls are compared figure by figure (each with the figure of the same
kind, scope and place in the previous version), never as the largest count per kind,
so an event's rise next to a larger running total is seen. A figure the text states as a revision ("the death toll rose to 128",
previous 83) is always reported with its earlier toll.

Incidents (rules with ``per: incident``): ``evaluate_incident(rule, incident)`` alerts on an
incident (``incidents`` stage) whose toll of one of the rule's kinds has at least ``min_count``
as its best estimate: a new incident, or a revised toll ("killed toll revised from 34 to 41",
with the sources of both). The alert's key holds the toll, so a later report in another
language or from another source that leaves the toll as it was raises nothing new, and a
re-run repeats nothing. ``max_age`` (both kinds of rule): news older than that (a bulletin's
publication, an incident's latest report) never alerts, so a backfill stays quiet.

Query: tollwatch's one query language (``indexing.query``, docs/query.md: the grammar of
Elasticsearch's ``simple_query_string``), over the title, the original text and the English
translation, matched exactly as ``tollwatch search`` matches it, so a rule's query can be
tried with ``tollwatch search``.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from typing import Any, Optional

from datetime import datetime, timedelta, timezone

from alerts.rules import Rule
from tollwatch.records import Bulletin, CasualtyFigure, FigureRef, Incident
from tollwatch.tolls import is_toll


@dataclass
class Alert:
    """What a rule says about one bulletin version."""

    rule: str
    bulletin_id: str
    version: int
    source: str
    url: str
    title: Optional[str]
    published: Optional[str]
    lang: Optional[str]
    figures: list[dict[str, Any]] = field(default_factory=list)  # the matching figures, summarised
    revision: Optional[dict[str, Any]] = None  # {"kind", "from", "to"} when an earlier toll rose
    text: str = ""  # the one-paragraph, Slack-compatible message
    incident_id: Optional[str] = None  # for per-incident rules: the incident
    toll: Optional[dict[str, Any]] = None  # for per-incident rules: {"kind", "low", "best", "high"}

    @property
    def key(self) -> str:
        """One alert per rule and bulletin version, ever; per incident, one per rule, incident and toll."""
        if self.incident_id is not None:
            toll = f"|{self.toll['kind']}={self.toll['best']}" if self.toll and self.toll.get("per_toll") else ""
            return f"{self.rule}|incident:{self.incident_id}{toll}"
        return f"{self.rule}|{self.bulletin_id}-v{self.version}"

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["key"] = self.key
        return d


# -- figure filters -----------------------------------------------------------
def _norm(text: Optional[str]) -> str:
    from nlp.normalize import normalize_for_search

    return normalize_for_search(text or "").strip()


def _place_matches(rule: Rule, f: CasualtyFigure) -> bool:
    if not rule.governorates and not rule.place_names:
        return True
    phrase = _norm(f.place)
    geo_name = _norm(f.geo.name) if f.geo else ""
    geo_gov = _norm(f.geo.governorate) if f.geo else ""
    for gov in rule.governorates:
        g = _norm(gov)
        if g and (geo_gov and (g == geo_gov or g in geo_gov) or _contains_word(phrase, g)):
            return True
    for name in rule.place_names:
        n = _norm(name)
        if n and (n == geo_name or _contains_word(phrase, n) or _contains_word(geo_name, n)):
            return True
    return False


def _contains_word(haystack: str, needle: str) -> bool:
    if not haystack or not needle:
        return False
    return re.search(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", haystack) is not None


def matching_figures(rule: Rule, bulletin: Bulletin, min_count: Optional[int] = None) -> list[CasualtyFigure]:
    """The bulletin's tolls (``tollwatch.tolls.is_toll``: not superseded, not vague) of the rule's
    kinds at its places, with at least ``min_count`` (default the rule's) and at least the rule's
    ``min_confidence``."""
    low = rule.min_count if min_count is None else min_count
    return [
        f for f in bulletin.casualties
        if is_toll(f) and f.kind in rule.kinds and f.count >= low and f.confidence >= rule.min_confidence
        and _place_matches(rule, f)
    ]


def bulletin_passes(rule: Rule, bulletin: Bulletin) -> bool:
    """The rule's bulletin-level filters: sources, languages, query."""
    if rule.sources and bulletin.source not in rule.sources:
        return False
    if rule.languages and (bulletin.lang or "").lower()[:2] not in rule.languages:
        return False
    if rule.query:
        from indexing.query import matches, parse

        translation = bulletin.translation.text if bulletin.translation is not None else None
        if not matches(parse(rule.query), _searchable(bulletin.title, bulletin.text, translation)):
            return False
    return True


@lru_cache(maxsize=64)
def _searchable(title: Optional[str], text: str, translation: Optional[str]):
    """The bulletin's text folded once for all the rules that look at it."""
    from indexing.query import Text

    return Text(title, text, translation)


# -- the rule -----------------------------------------------------------------
def _place_key(f: CasualtyFigure) -> str:
    """Where a figure is, as a comparable key: the gazetteer entry, else the admin area, else the phrase."""
    g = f.geo
    if g is not None and g.geonameid:
        return f"g:{g.geonameid}"
    if g is not None and (g.district or g.governorate) and g.precision in ("district", "governorate"):
        return f"a:{_norm(g.governorate)}/{_norm(g.district)}"
    return f"p:{_norm(f.place)}" if f.place else ""


def _counterpart(f: CasualtyFigure, position: int, before: list[CasualtyFigure]) -> Optional[CasualtyFigure]:
    """The figure of the earlier version that ``f`` restates: same kind, scope and place (the
    ``position``-th such one when the place repeats), else the only figure of its kind and scope."""
    same = [g for g in before if g.kind == f.kind and g.scope == f.scope and g.part_of is None]
    by_place = [g for g in same if _place_key(g) == _place_key(f)]
    if by_place:
        return by_place[min(position, len(by_place) - 1)]
    if len(same) == 1:
        return same[0]
    if f.revision:  # "the toll rose to 14" labelled as a total: the earlier figure at the same place
        here = [g for g in before if g.kind == f.kind and g.part_of is None and _place_key(g) == _place_key(f)]
        return here[0] if len(here) == 1 else None
    return None


def figure_rises(figures: list[CasualtyFigure], before: list[CasualtyFigure]) -> list[tuple[str, int, int]]:
    """``(kind, old, new)`` for every figure whose toll rose against the figure it restates in the
    earlier version: per figure, not per kind maximum, so 34 -> 41 next to a running total of 1,383
    is seen. Events first, then running totals."""
    rises: list[tuple[int, str, int, int]] = []
    seen: dict[tuple[str, str, str], int] = {}
    for f in figures:
        if f.part_of is not None:
            continue  # "including 3 children": a part of another figure, compared through it
        key = (f.kind, f.scope, _place_key(f))
        position = seen.get(key, 0)
        seen[key] = position + 1
        g = _counterpart(f, position, before)
        if g is not None and f.count > g.count:
            rises.append((f.scope != "event", f.kind, g.count, f.count))
        elif g is None and f.revision and f.previous_count is not None and \
                any(b.kind == f.kind and b.count == f.previous_count for b in before) and f.count > f.previous_count:
            rises.append((f.scope != "event", f.kind, f.previous_count, f.count))
    rises.sort(key=lambda r: r[0])
    return [(kind, old, new) for _, kind, old, new in rises]


def _figure_summary(f: CasualtyFigure) -> dict[str, Any]:
    return {
        "kind": f.kind,
        "count": f.count,
        "count_max": f.count_max,
        "qualifier": f.qualifier,
        "place": (f.geo.name if f.geo and f.geo.name else f.place),
        "governorate": f.geo.governorate if f.geo else None,
        "victims": f.victims,
        "victim_categories": [c for c in f.victim_categories if c != "unknown"],
        "lang": f.lang,
        "manner": f.manner,
        "scope": f.scope,
        "previous_count": f.previous_count if f.revision else None,
        "evidence": f.evidence,
        "translation": f.translation_sentence,  # the English sentence, for non-English figures
        "start": f.start,
        "end": f.end,
    }


_QUAL = {"at_least": "at least ", "about": "about ", "more_than": "more than ", "up_to": "up to "}


def _victims_label(s: dict[str, Any]) -> Optional[str]:
    """Who the figure counts, for an English alert: the phrase as written in an English bulletin;
    for another language its victim categories ("civilians, children"), since a bare Arabic noun
    such as "شخصاً" (persons) read inside an English sentence says nothing."""
    if (s.get("lang") or "en")[:2] == "en":
        return s.get("victims")
    return ", ".join(s.get("victim_categories") or []) or None


def describe_figure(s: dict[str, Any]) -> str:
    number = f"{s['count']}-{s['count_max']}" if s.get("count_max") else str(s["count"])
    out = f"{_QUAL.get(s.get('qualifier') or '', '')}{number} {s['kind']}"
    victims = _victims_label(s)
    if victims:
        out += f" ({victims})"
    if s.get("place"):
        out += f" in {s['place']}"
    if s.get("scope") == "cumulative":
        out += " (running total)"
    if s.get("previous_count") is not None and s["previous_count"] < s["count"]:
        out += f" (toll rose from {s['previous_count']} to {s['count']})"
    return out


def too_old(rule: Rule, when: Optional[str], now: Optional[datetime] = None) -> bool:
    """Whether news of ``when`` (ISO date or datetime) is older than the rule's ``max_age``."""
    if rule.max_age_hours is None or not when:
        return False
    try:
        at = datetime.fromisoformat(str(when).replace("Z", "+00:00"))
    except ValueError:
        return False
    if at.tzinfo is None:
        at = at.replace(tzinfo=timezone.utc)
    now = now or datetime.now(timezone.utc)
    return now - at > timedelta(hours=rule.max_age_hours)


def evaluate_rule(rule: Rule, bulletin: Bulletin, previous: Optional[Bulletin] = None,
                  now: Optional[datetime] = None) -> Optional[Alert]:
    """The alert ``rule`` raises for this bulletin version, or ``None``.

    ``previous`` is the bulletin's previous stored version (already annotated), if any;
    ``now`` is the time ``max_age`` counts back from (default: now)."""
    if not bulletin_passes(rule, bulletin):
        return None
    if too_old(rule, bulletin.published or bulletin.fetched, now):
        return None
    figures = matching_figures(rule, bulletin)
    if not figures:
        return None
    revision = None
    if previous is not None and previous.casualties is not None:
        before = matching_figures(rule, previous) if bulletin_passes(rule, previous) else []
        if before:
            if not rule.revisions:
                return None
            rises = figure_rises(figures, [f for f in previous.casualties if not f.superseded])
            if not rises:
                return None
            kind, old, new = rises[0]
            revision = {"kind": kind, "from": old, "to": new, "previous_version": previous.version}
    summaries = [_figure_summary(f) for f in figures]
    alert = Alert(
        rule=rule.name, bulletin_id=bulletin.bulletin_id, version=bulletin.version, source=bulletin.source,
        url=bulletin.canonical_url or bulletin.url, title=bulletin.title, published=bulletin.published,
        lang=bulletin.lang, figures=summaries, revision=revision,
    )
    alert.text = alert_text(alert)
    return alert


def alert_text(alert: Alert) -> str:
    """One readable paragraph (plain text, fine in Slack, e-mail and a terminal)."""
    head = f"[{alert.rule}] {alert.source}"
    if alert.published:
        head += f", {alert.published[:10]}"
    if alert.revision:
        r = alert.revision
        head += f": {r['kind']} toll rose from {r['from']} to {r['to']} (version {alert.version})"
    shown = alert.figures[:5]
    body = "; ".join(describe_figure(s) for s in shown)
    if len(alert.figures) > len(shown):
        body += f"; and {len(alert.figures) - len(shown)} more figure(s)"
    title = f"\n{alert.title}" if alert.title else ""
    return f"{head}: {body}{title}\n{alert.url}"


# -- incidents ----------------------------------------------------------------
def incident_passes(rule: Rule, incident: Incident) -> bool:
    """The rule's filters on an incident: sources and languages (any of the incident's), places
    (the incident's place), query (over its figures' evidence and its title)."""
    if rule.sources and not set(rule.sources) & set(incident.sources):
        return False
    if rule.languages and not {(l or "")[:2] for l in incident.langs} & set(rule.languages):
        return False
    if rule.governorates or rule.place_names:
        p = incident.place
        probe = CasualtyFigure(kind="killed", count=0, place=p.name if p else None, geo=p)
        if p is None or not _place_matches(rule, probe):
            return False
    if rule.query:
        from indexing.query import Text, matches, parse

        if not matches(parse(rule.query), Text(incident.title, *(f.evidence for f in incident.figures))):
            return False
    return True


def evaluate_incident(rule: Rule, incident: Incident, now: Optional[datetime] = None) -> Optional[Alert]:
    """The alert ``rule`` (``per: incident``) raises for an incident as it stands, or ``None``:
    a new incident, or its toll revised (old -> new, with the sources of both)."""
    toll = next((t for t in incident.tolls if t.kind in rule.kinds and t.best >= rule.min_count), None)
    if toll is None or not incident_passes(rule, incident) or too_old(rule, incident.last_seen, now):
        return None
    steps = [h for h in incident.history if h.kind == toll.kind]
    earlier = next((h for h in reversed(steps) if h.best != toll.best), None)
    latest = steps[-1] if steps else None
    current = [f for f in incident.figures if f.current and f.kind == toll.kind] or incident.figures
    newest = max(current, key=lambda f: (f.published or "", f.version_id)) if current else \
        FigureRef(version_id=latest.version_id if latest else "-v1", index=0, source=latest.source if latest else "",
                  url="", lang=None, published=incident.last_seen, kind=toll.kind, count=toll.best)
    revision = None
    if earlier is not None and rule.revisions:
        revision = {"kind": toll.kind, "from": earlier.best, "to": toll.best, "from_source": earlier.source,
                    "to_source": latest.source if latest else newest.source, "incident_id": incident.incident_id}
    bid, _, version = newest.version_id.rpartition("-v")
    place = incident.place.name if incident.place else None
    summaries = [{"kind": f.kind, "count": f.count, "count_max": f.count_max, "qualifier": f.qualifier,
                  "place": place, "governorate": incident.place.governorate if incident.place else None,
                  "victims": None, "manner": None, "scope": incident.scope, "previous_count": None,
                  "evidence": f.evidence, "translation": None, "start": f.start, "end": f.end,
                  "source": f.source, "url": f.url, "lang": f.lang} for f in current]
    alert = Alert(rule=rule.name, bulletin_id=bid, version=int(version) if version.isdigit() else 1,
                  source=newest.source, url=newest.url, title=incident.title, published=incident.last_seen,
                  lang=newest.lang, figures=summaries, revision=revision, incident_id=incident.incident_id,
                  toll={"kind": toll.kind, "low": toll.low, "best": toll.best, "high": toll.high,
                        "per_toll": rule.revisions})
    alert.text = incident_alert_text(alert, incident)
    return alert


def incident_alert_text(alert: Alert, incident: Incident) -> str:
    """One readable paragraph for an incident alert."""
    t = alert.toll or {}
    number = str(t.get("best")) if t.get("low") == t.get("high") else f"{t.get('best')} ({t.get('low')}-{t.get('high')})"
    where = f" in {incident.place.name}" if incident.place and incident.place.name else ""
    when = f", {incident.event_date}" if incident.event_date else ""
    total = "running total " if incident.scope == "cumulative" else ""
    if alert.revision:
        r = alert.revision
        head = (f"[{alert.rule}] {total}{r['kind']} toll revised from {r['from']} ({r['from_source']}) to "
                f"{r['to']} ({r['to_source']}){where}{when}")
    else:
        head = f"[{alert.rule}] new incident: {total}{number} {t.get('kind')}{where}{when}"
    sources = ", ".join(incident.sources)
    quotes = "; ".join(f"{s['source']}: \"{s['evidence']}\"" for s in alert.figures[:3] if s.get("evidence"))
    body = f"sources: {sources}" + (f"; {quotes}" if quotes else "")
    return f"{head}\n{body}\nincident {incident.incident_id}\n{alert.url}"
