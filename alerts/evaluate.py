"""Which rules a bulletin version triggers, and what the alert says. Pure functions, no I/O.

``evaluate_rule(rule, bulletin, previous=None) -> Alert | None``: a rule fires on a
version when the bulletin passes the rule's filters (source, language, query) and
holds a casualty figure of one of the rule's kinds, with at least ``min_count``, at
one of the rule's places. Only tolls count (``tollwatch.tolls.is_toll``): never a figure the
bulletin itself marks as superseded, nor a vague amount ("dozens").

Revisions: for version n>1 of a bulletin, the previous version's matching figures
are the baseline. The rule fires again only if ``revisions`` is on and a matching
toll rose ("killed: toll rose from 83 to 128"), or if the previous version did not
match at all. A figure the text states as a revision ("the death toll rose to 128",
previous 83) is always reported with its earlier toll.

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

from alerts.rules import Rule
from tollwatch.records import Bulletin, CasualtyFigure
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

    @property
    def key(self) -> str:
        """One alert per rule and bulletin version, ever."""
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
    kinds at its places, with at least ``min_count`` (default the rule's)."""
    low = rule.min_count if min_count is None else min_count
    return [
        f for f in bulletin.casualties
        if is_toll(f) and f.kind in rule.kinds and f.count >= low and _place_matches(rule, f)
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
def _top_by_kind(figures: list[CasualtyFigure]) -> dict[str, int]:
    top: dict[str, int] = {}
    for f in figures:
        top[f.kind] = max(top.get(f.kind, 0), f.count)
    return top


def _figure_summary(f: CasualtyFigure) -> dict[str, Any]:
    return {
        "kind": f.kind,
        "count": f.count,
        "count_max": f.count_max,
        "qualifier": f.qualifier,
        "place": (f.geo.name if f.geo and f.geo.name else f.place),
        "governorate": f.geo.governorate if f.geo else None,
        "victims": f.victims,
        "manner": f.manner,
        "scope": f.scope,
        "previous_count": f.previous_count if f.revision else None,
        "evidence": f.evidence,
        "translation": f.translation_sentence,  # the English sentence, for non-English figures
        "start": f.start,
        "end": f.end,
    }


_QUAL = {"at_least": "at least ", "about": "about ", "more_than": "more than ", "up_to": "up to "}


def describe_figure(s: dict[str, Any]) -> str:
    number = f"{s['count']}-{s['count_max']}" if s.get("count_max") else str(s["count"])
    out = f"{_QUAL.get(s.get('qualifier') or '', '')}{number} {s['kind']}"
    if s.get("victims"):
        out += f" ({s['victims']})"
    if s.get("place"):
        out += f" in {s['place']}"
    if s.get("scope") == "cumulative":
        out += " (running total)"
    if s.get("previous_count") is not None and s["previous_count"] < s["count"]:
        out += f" (toll rose from {s['previous_count']} to {s['count']})"
    return out


def evaluate_rule(rule: Rule, bulletin: Bulletin, previous: Optional[Bulletin] = None) -> Optional[Alert]:
    """The alert ``rule`` raises for this bulletin version, or ``None``.

    ``previous`` is the bulletin's previous stored version (already annotated), if any."""
    if not bulletin_passes(rule, bulletin):
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
            now, then = _top_by_kind(figures), _top_by_kind(matching_figures(rule, previous, min_count=0))
            rises = [(k, then[k], now[k]) for k in rule.kinds if k in now and k in then and now[k] > then[k]]
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
