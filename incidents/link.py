"""The linker: which casualty figures describe the same event. Pure functions, no I/O.

``figures_of(bulletins, window_days=2) -> list[Item]`` turns annotated bulletin versions into
the items the linker compares: one per figure, without subsets ("including 5 children") and
without the deaths that explain a revision ("after a woman died of her injuries"); an earlier
toll the bulletin says it replaced is kept, marked ``replaced``. Each item's place is made as
precise as its context allows (``refined_place``: the one town its sentence, else its paragraph,
else its bulletin names; never a wire dateline).

``link(a, b) -> Link | None`` says whether two items are one event, and why. Both must have
the same kind and scope and come from different bulletin versions, and:

* their event windows overlap: the resolved time of the figure ("on Tuesday"), else its
  bulletin's publication date minus ``window_days`` up to that date (a revised toll's time dates
  the revision, so it reaches back as far); two texts that give two different days never link;
* their places are the same, compared on the geocoded ``Place`` (so "أريحا" and "Ariha" are one
  place through the gazetteer's alternate names, never through translation): the same town, the
  same district, or the same governorate when one of them is only that precise; two different
  towns, districts, governorates or countries never link; a figure with no place links only with
  another version of its own bulletin;
* their victims are compatible (civilians and children link; civilians and fighters do not);
* their counts agree: equal, one the stated earlier toll of the other, close (within half
  again), or a rise up to ``MAX_RISE`` times reported the same day or later; a governorate alone
  needs the same count, and at least ``MIN_COARSE_COUNT``.

Running and period totals (``scope: cumulative``) link only with totals of the same kind, area
and victims counted from the same date, or with the next reports of the same series (a later
report saying the total rose), and never
with events.

``candidate_links(items)`` proposes links only between items that can share a place and a window
(blocks by country, governorate and town, swept by date). ``cluster(items, links, cannot=...)``
joins linked items, strongest link first, and keeps a group whole only if every pair in it is
compatible (no two figures of one bulletin version, no place, victims or day conflict, no pair
an override split): a wrong merge hides a massacre inside another, so a doubtful link is left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Iterable, Optional

from tollwatch.records import Bulletin, CasualtyFigure, Entity, FigureRef, Link, Place

WINDOW_DAYS = 2  # an undated figure happened on its publication day or up to this many days before
MIN_COARSE_COUNT = 3  # a link on a governorate alone needs the same count, and at least this many
MAX_RISE = 2.5  # a later report may give up to this many times an earlier toll of the same event
CIVILIAN = {"civilians", "children", "women"}
COMBATANT = {"fighters", "security_forces"}
# manners that sources use for the same attack
MANNER_FAMILIES = [
    {"airstrike", "drone", "shelling", "bombing", "bombardment", "missile", "rocket", "strike", "explosion"},
    {"executed", "execution", "shot", "sniper", "gunfire", "shooting"},
]


@dataclass
class Item:
    """One figure as the linker sees it."""

    key: str  # "<version_id>#<index>"
    bulletin_id: str
    version: int
    version_id: str
    index: int
    source: str
    url: str
    lang: Optional[str]
    published: Optional[str]
    fetched: Optional[str]
    figure: CasualtyFigure
    current: bool  # from the latest version of its bulletin, and not superseded by the bulletin itself
    window: Optional[tuple[date, date]]
    resolved: bool  # the window comes from the text ("on Tuesday"), not from the publication date
    geo: Optional[Place] = None  # the figure's place, made precise by a town its context names
    geo_from: str = "figure"  # where ``geo`` comes from: figure, sentence, paragraph, bulletin

    replaced: bool = False  # an earlier toll its own bulletin replaced (flagged by the extractor or found here)
    counters: frozenset = frozenset()  # the counters (tolls.COUNTERS) its bulletin's text names

    @property
    def kind(self) -> str:
        return self.figure.kind

    @property
    def scope(self) -> str:
        """The figure's scope, except that a toll at one town on one day or night, or a revised toll at one
        town ("the death toll of the strikes on Ariha rose to 14"), which the extractor may label
        cumulative, is an event's."""
        f = self.figure
        if f.scope == "cumulative" and self.geo is not None and self.geo.precision in ("point", "district") \
                and self.geo_from in ("figure", "sentence"):
            # one day, or one night ("last night": the evening before and the small hours of the day)
            one_day = self.resolved and self.window is not None and (self.window[1] - self.window[0]).days <= 1
            if one_day or (f.revision and (not self.resolved or (self.window[1] - self.window[0]).days <= 3)):
                return "event"  # "killed 60 in Saada city on Friday": one town, one day
        return f.scope

    @property
    def count(self) -> int:
        return self.figure.count

    @property
    def high(self) -> int:
        return max(self.figure.count, self.figure.count_max or 0)

    @property
    def seen(self) -> str:
        """When the figure was first public: publication, else fetch time; for a later version of a
        bulletin (a changed text under the same date), the fetch that found the change (ISO; sorts as text)."""
        if self.version > 1 and self.fetched:
            return self.fetched[:19]
        return (self.published or self.fetched or "")[:19]

    def ref(self) -> FigureRef:
        f = self.figure
        return FigureRef(version_id=self.version_id, index=self.index, source=self.source, url=self.url,
                         lang=f.lang or self.lang, published=self.published, kind=f.kind, count=f.count,
                         count_max=f.count_max, qualifier=f.qualifier, evidence=f.evidence, start=f.start,
                         end=f.end, current=self.current)


def figure_key(version_id: str, index: int) -> str:
    return f"{version_id}#{index}"


def _day(value: Optional[str]) -> Optional[date]:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def event_window(f: CasualtyFigure, published: Optional[str], fetched: Optional[str] = None,
                 window_days: int = WINDOW_DAYS) -> tuple[Optional[tuple[date, date]], bool]:
    """The days the figure's events happened in, and whether the text said so."""
    if f.time is not None:
        start, end = _day(f.time.start), _day(f.time.end)
        if start is not None and f.revision and end is not None and (end - start).days <= 1:
            # "the toll rose to 20 this morning" dates the revision, not the event; a period ("since
            # the beginning of 2025", open-ended when there is no publication date to close it) is
            # the window of a running total, revised or not
            return (start - timedelta(days=window_days), max(end or start, start)), False
        if start is not None and end is None:  # an open period ("since the beginning of 2025", undated bulletin)
            end = _day(published) or _day(fetched)
        if start is not None:
            return (start, max(end or start, start)), True
    day = _day(published) or _day(fetched)
    if day is None:
        return None, False
    return (day - timedelta(days=window_days), day), False


def figures_of(bulletins: Iterable[Bulletin], window_days: int = WINDOW_DAYS) -> list[Item]:
    """Every figure of every version, as linker items (subsets and vague amounts left out);
    ``current`` marks the figures of each bulletin's latest version that the bulletin does not
    itself supersede.

    A vague amount ("dozens", "عشرات") is no toll (``tollwatch.tolls``): its ``count`` is a guessed
    lower bound, so it neither makes an incident nor moves one's low, best or high."""
    versions = list(bulletins)
    latest: dict[str, int] = {}
    for b in versions:
        latest[b.bulletin_id] = max(latest.get(b.bulletin_id, 0), b.version)
    items: list[Item] = []
    for b in sorted(versions, key=lambda b: (b.bulletin_id, b.version)):
        dateline = dateline_span(b.text or "")
        named = _named_counters(b.text or "")
        for i, f in enumerate(b.casualties):
            if f.part_of is not None or f.vague:
                continue
            if explains_revision(f, b.casualties):
                continue
            replaced = f.superseded or earlier_toll(f, b.casualties)
            window, resolved = event_window(f, b.published, b.fetched, window_days)
            geo, geo_from = refined_place(f, b.entities, dateline, b.text or "")
            items.append(Item(geo=geo, geo_from=geo_from, counters=named,
                key=figure_key(b.version_id, i), bulletin_id=b.bulletin_id, version=b.version, version_id=b.version_id,
                index=i, source=b.source, url=b.canonical_url or b.url, lang=b.lang, published=b.published,
                fetched=b.fetched, figure=f, current=(b.version == latest[b.bulletin_id] and not replaced),
                window=window, resolved=resolved, replaced=replaced))
    return items


def _named_counters(text: str) -> frozenset:
    from incidents.tolls import _COUNTERS

    return frozenset(name for name, rx in _COUNTERS if rx.search(text))


_EARLIER = re.compile(r"\b(?:previous|earlier|prior|initial|first)\s+(?:death\s+)?(?:toll|count|figure|tally)|"
                      r"(?:حصيلة|الحصيلة)\s+(?:سابقة|السابقة|أولية|الأولية|اولية|الاولية)|"
                      r"(?:سابقة|السابقة)\s+(?:أفادت|تحدثت|ذكرت)", re.I)
_DIED_OF = re.compile(r"died of (?:his|her|their) (?:injuries|wounds)|succumbed|متأثر|متاثر|وفاة", re.I)


def earlier_toll(f: CasualtyFigure, figures: list[CasualtyFigure]) -> bool:
    """A toll the bulletin says an other figure of it replaced: "has risen to 20 ... A previous toll
    had reported 19 deaths" (when the extractor did not already mark it superseded)."""
    if f.superseded or f.revision or not _EARLIER.search(f.sentence or f.evidence or ""):
        return False
    return any(g is not f and g.kind == f.kind and g.count > f.count and not g.superseded and
               (g.revision or g.previous_count == f.count) for g in figures)


def explains_revision(f: CasualtyFigure, figures: list[CasualtyFigure]) -> bool:
    """The deaths that explain a revision, counted in it: "has risen to 20, after a woman died of
    her injuries" (the woman is one of the 20)."""
    if f.revision or f.superseded or not f.sentence or not _DIED_OF.search(f.sentence):
        return False
    return any(g is not f and g.kind == f.kind and g.revision and g.count > f.count and g.sentence == f.sentence
               and g.sentence_start == f.sentence_start for g in figures)


# -- places -------------------------------------------------------------------------
def dateline_span(text: str) -> Optional[tuple[int, int]]:
    from nlp.datelines import find_dateline

    found = find_dateline(text)
    return (found.start, found.end) if found else None


def refined_place(f: CasualtyFigure, entities: list[Entity], dateline: Optional[tuple[int, int]] = None,
                  text: str = "") -> tuple[Optional[Place], str]:
    """The figure's place made as precise as its context allows, and where it came from:

    * its own geocoded town (``"figure"``);
    * else the one town its sentence names inside its place ("a market in the town of Ariha in
      Idlib province": Ariha, not the province) (``"sentence"``);
    * else, for an event's figure with no place at all, the one town its paragraph names
      (``"paragraph"``), else the one town the whole bulletin names (``"bulletin"``): "On
      Saturday, a car bomb exploded near a market in the centre of the city, killing five people"
      after a sentence on Manbij. A figure with a place of its own (a province) or a running total
      never borrows a town from another sentence.

    Never a wire story's dateline; a town outside the figure's own governorate never counts, and
    a figure whose own place names several areas ("Ariha and Saraqib", "the coastal region and the
    Hama countryside") keeps the area that holds them all."""
    geo = f.geo
    if geo is not None and geo.precision == "point":
        return geo, "figure"
    if geo is not None and f.place and _SEVERAL.search(f.place):
        return geo, "figure"
    start = f.sentence_start if f.sentence else f.start
    end = start + len(f.sentence) if f.sentence else f.end
    spans = [("sentence", start, end)]
    if text and geo is None and f.scope != "cumulative":
        # only a figure with no place of its own borrows the town of its paragraph or bulletin: a
        # province's total ("1,383 in Idlib province since the start of the year") is not at the
        # town of the bulletin's other paragraph
        p_start = text.rfind("\n", 0, max(0, f.start)) + 1
        p_end = text.find("\n", f.end)
        spans.append(("paragraph", p_start, len(text) if p_end < 0 else p_end))
        spans.append(("bulletin", 0, len(text)))
    for how, s, e in spans:
        towns = {}
        for ent in entities:
            g = ent.geo
            if ent.label != "LOC" or g is None or g.precision != "point" or not (s <= ent.start and ent.end <= e):
                continue
            if dateline and ent.start < dateline[1]:
                continue
            if geo is not None and (geo.country and g.country != geo.country or
                                    geo.governorate and g.governorate != geo.governorate):
                continue  # a town outside the figure's own area, or one whose area is not known
            towns[g.geonameid or _folded(g.name)] = g
        if len(towns) == 1:
            return next(iter(towns.values())), how
        if towns:  # two towns: the context does not say which
            break
    return geo, "figure"


_SEVERAL = re.compile(r"\band\b|[,\u060c&]|\s+و\S", re.I)  # a conjunction: the place phrase names several areas


def _folded(name: Optional[str]) -> str:
    if not name:
        return ""
    from nlp.places import name_key

    return name_key(name)


def place_relation(a: Item, b: Item) -> tuple[str, int, str]:
    """How two figures' places relate: ``(relation, strength, reason)``.

    relation is ``"same"`` (strength 3 a town, 2 a district or the same place phrase, 1 a
    governorate only), ``"conflict"`` (two different places) or ``"unknown"`` (either has no
    place precise enough to link on: none, or a country)."""
    ga, gb = a.geo, b.geo
    if ga is None or gb is None or ga.precision in (None, "country") or gb.precision in (None, "country"):
        pa, pb = a.figure.place, b.figure.place
        if ga is None and gb is None and pa and pb and _folded(pa) == _folded(pb):
            return "same", 2, f"same place as written: {pa}"
        return "unknown", 0, "no place to compare"
    if ga.country and gb.country and ga.country != gb.country:
        return "conflict", 0, f"different countries: {ga.country} / {gb.country}"
    if ga.governorate and gb.governorate and ga.governorate != gb.governorate:
        return "conflict", 0, f"different governorates: {ga.governorate} / {gb.governorate}"
    if ga.district and gb.district and ga.district != gb.district:
        return "conflict", 0, f"different districts: {ga.district} / {gb.district}"
    if ga.precision == "point" and gb.precision == "point":
        if (ga.geonameid and ga.geonameid == gb.geonameid) or \
                (not ga.geonameid and not gb.geonameid and _folded(ga.name) == _folded(gb.name)):
            return "same", 3, f"same place: {ga.name}{_from(a)} / {gb.name}{_from(b)}"
        return "conflict", 0, f"different places: {ga.name} / {gb.name}"
    if ga.precision == "district" and gb.precision == "district":
        return "same", 2, f"same district: {ga.district or ga.name}"
    if ga.governorate and ga.governorate == gb.governorate:
        return "same", 1, f"same governorate: {ga.governorate} ({ga.name} / {gb.name})"
    return "unknown", 0, f"places not comparable: {ga.name} / {gb.name}"


def _from(i: Item) -> str:
    return "" if i.geo_from in ("figure", "sentence") else f" (named in the {i.geo_from})"


def victims_conflict(a: CasualtyFigure, b: CasualtyFigure) -> bool:
    """Civilians on one side, combatants on the other."""
    va, vb = set(a.victim_categories) - {"unknown"}, set(b.victim_categories) - {"unknown"}
    if not va or not vb:
        return False
    return (va <= CIVILIAN and vb <= COMBATANT) or (va <= COMBATANT and vb <= CIVILIAN)


def manners_differ(a: CasualtyFigure, b: CasualtyFigure) -> bool:
    if not a.manner or not b.manner or a.manner == b.manner:
        return False
    return not any(a.manner in fam and b.manner in fam for fam in MANNER_FAMILIES)


def count_relation(a: Item, b: Item) -> tuple[float, str]:
    """How well two counts agree: ``(score, reason)``; 2 equal or a stated revision, 1 close
    (within half again), 0.5 a rise up to ``MAX_RISE`` times reported on the same day or later
    than the smaller toll (tolls rise as the wounded die and bodies are found; they are not
    reported smaller afterwards), -1 otherwise."""
    later_is_larger = (a.count >= b.count) == (a.seen[:10] >= b.seen[:10]) or a.seen[:10] == b.seen[:10]
    a, b = a.figure, b.figure
    lo_a, hi_a = a.count, max(a.count, a.count_max or 0)
    lo_b, hi_b = b.count, max(b.count, b.count_max or 0)
    if lo_a <= hi_b and lo_b <= hi_a:
        return 2.0, f"same count: {a.count}" if a.count == b.count else f"overlapping counts: {a.count} / {b.count}"
    if (a.previous_count is not None and a.previous_count == b.count) or \
            (b.previous_count is not None and b.previous_count == a.count):
        return 2.0, f"stated revision: {min(a.count, b.count)} -> {max(a.count, b.count)}"
    small, big = min(lo_a, lo_b), max(lo_a, lo_b)
    if small and big <= 1.5 * small:
        return 1.0, f"close counts: {a.count} / {b.count}"
    if small and big <= MAX_RISE * small and later_is_larger:
        return 0.5, f"toll rose: {small} -> {big}"
    return -1.0, f"counts far apart: {a.count} / {b.count}"


def windows_overlap(a: Item, b: Item) -> bool:
    """Whether the two event windows share a day ("last night" already spans two days)."""
    if a.window is None or b.window is None:
        return False
    return a.window[0] <= b.window[1] and b.window[0] <= a.window[1]


def conflict(a: Item, b: Item, versions: bool = True) -> Optional[str]:
    """Why two items can never be one incident, or ``None`` (``versions=False``: leave out the
    rule that two figures of one bulletin version are two events)."""
    if a.kind != b.kind:
        return "different kinds"
    if a.scope != b.scope:
        return "event and running total"
    if versions and a.version_id == b.version_id and not (a.replaced or b.replaced):
        return "two figures of one bulletin version"
    relation, _, reason = place_relation(a, b)
    if relation == "conflict":
        return reason
    if victims_conflict(a.figure, b.figure):
        return "civilian and combatant victims"
    if a.resolved and b.resolved and a.scope == "event" and not windows_overlap(a, b):
        return f"different days: {_span(a)} / {_span(b)}"
    return None


def link(a: Item, b: Item) -> Optional[Link]:
    """The link between two items if they are one event (see the module docstring), else ``None``."""
    if conflict(a, b):
        return None
    relation, strength, place_reason = place_relation(a, b)
    score, count_reason = count_relation(a, b)
    reasons = [f"same kind: {a.kind}"]
    if a.version_id == b.version_id:  # an earlier toll the bulletin says it replaced
        old, new = (a, b) if a.replaced else (b, a)
        if new.replaced or not (new.figure.previous_count == old.count or (new.figure.revision and new.count > old.count)):
            return None
        return Link(a=a.key, b=b.key, reasons=reasons + [f"earlier toll in the same bulletin: {old.count} -> {new.count}"],
                    score=10.0)
    if a.bulletin_id == b.bulletin_id:  # two versions of one bulletin
        if score < 0.5:
            return None
        reasons += [f"same bulletin, versions {min(a.version, b.version)} and {max(a.version, b.version)}", count_reason]
        if relation == "same":
            reasons.append(place_reason)
        return Link(a=a.key, b=b.key, reasons=reasons, score=round(4 + score + strength, 2))
    if a.scope == "cumulative":
        return _link_totals(a, b, reasons, relation, place_reason, score, count_reason)
    if relation != "same" or not windows_overlap(a, b):
        return None
    if strength >= 2:
        needed = 2.0 if manners_differ(a.figure, b.figure) else 0.5
    else:  # a governorate alone: the same count, and not a tiny one
        needed = 2.0 if min(a.count, b.count) >= MIN_COARSE_COUNT else 99.0
    if score < needed:
        return None
    window = "same day" if (a.resolved and b.resolved and a.window == b.window) else "windows overlap"
    reasons += [place_reason, f"{window}: {_span(a)} / {_span(b)}", count_reason]
    return Link(a=a.key, b=b.key, reasons=reasons, score=round(strength + score + (1 if window == "same day" else 0), 2))


def _link_totals(a: Item, b: Item, reasons: list[str], relation: str, place_reason: str, score: float,
                 count_reason: str) -> Optional[Link]:
    if relation == "conflict":
        return None
    if relation == "same" and a.geo is not None and b.geo is not None and a.geo.precision != b.geo.precision \
            and not {a.geo.precision, b.geo.precision} <= {"point", "district"}:
        return None  # a province's total and a town's are two totals ("a child in Idlib suburbs" / "in Jisr al-Shughour")
    if relation == "unknown" and not _same_wide_area(a, b):
        if not _one_counter_one_total(a, b):
            return None  # a total for one place and a total for a wider area, or for everywhere
        reasons += [f"one total of {_counters(a) & _counters(b)} relayed for a wider area: "
                    f"{a.geo.name} / {b.geo.name}"]
    if set(a.figure.victim_categories) - {"unknown"} != set(b.figure.victim_categories) - {"unknown"}:
        return None  # a total of children is not a total of civilians, nor of everyone
    ta, tb = a.figure.time, b.figure.time
    same_start = ta is not None and tb is not None and ta.start and ta.start == tb.start
    earlier, later = sorted((a, b), key=lambda i: i.seen)
    same_series = a.source == b.source and (a.figure.victims or "").strip().lower() == \
        (b.figure.victims or "").strip().lower() and windows_overlap(a, b) and later.count >= earlier.count \
        and (later.figure.revision or later.figure.previous_count == earlier.count)
    # a series is a total that the later report says has risen: two days' items of a daily report
    # (the same source, victims and area, labelled totals) are two tolls, not one
    if not (same_start or same_series) or score < 0.5:
        return None
    reasons += [f"running totals since {ta.start}" if same_start else f"one series of {a.source}", count_reason]
    if relation == "same":
        reasons.append(place_reason)
    return Link(a=a.key, b=b.key, reasons=reasons, score=round(1 + score, 2))


def _holds(wide: Optional[Place], inner: Optional[Place]) -> bool:
    """A country holding a governorate, district or town of it."""
    return wide is not None and inner is not None and wide.precision == "country" and \
        inner.precision != "country" and bool(wide.country) and wide.country == inner.country


def _counters(i: Item) -> set[str]:
    """Who counted a total: the counter its sentence names, else the one counter its text names
    (a relay naming SOHR), else the one its source is ("sohr-en")."""
    from incidents.tolls import counter

    name, named = counter(i)
    if named:
        return {name}
    return set(i.counters) if len(i.counters) == 1 else set()


def _one_counter_one_total(a: Item, b: Item) -> bool:
    """One counter's running total, relayed with a wider area: same count, counted from the same
    day, and one place holding the other (SOHR's 1,383 "in the coastal region and the Hama
    countryside" and an outlet's 1,383 "in western Syria" citing SOHR)."""
    ta, tb = a.figure.time, b.figure.time
    if ta is None or tb is None or not ta.start or ta.start[:10] != (tb.start or "")[:10]:
        return False
    if a.count != b.count or not (_holds(a.geo, b.geo) or _holds(b.geo, a.geo)):
        return False
    return bool(_counters(a) & _counters(b))


def _same_wide_area(a: Item, b: Item) -> bool:
    """Both totals are for everywhere, or for the same whole country."""
    if a.geo is None or b.geo is None:
        return a.geo is None and b.geo is None
    return a.geo.precision == b.geo.precision == "country" and a.geo.country == b.geo.country


def _span(i: Item) -> str:
    if i.window is None:
        return "?"
    s, e = i.window
    return s.isoformat() if s == e else f"{s.isoformat()}..{e.isoformat()}"


CHAIN = 3  # a running total is compared with the next few reports of its series, not with all


def _chain_totals(members: list[Item], consider) -> None:
    """Totals of one area: each compared with the next ``CHAIN`` reports of its series (counted
    from the same date, else the same source and victims); the groups join along the chain."""
    series: dict[tuple, list[Item]] = {}
    for i in members:
        t = i.figure.time
        key = ("since", t.start) if t is not None and t.start else \
            ("series", i.source, (i.figure.victims or "").strip().lower())
        series.setdefault(key, []).append(i)
    for chain in series.values():
        chain.sort(key=lambda i: (i.seen, i.key))
        for x, a in enumerate(chain):
            for b in chain[x + 1:x + 1 + CHAIN]:
                consider(a, b)


def _area(i: Item) -> Optional[tuple]:
    """The block an item is compared within: its country and governorate (only items of one block
    can have compatible places); ``None`` for an event with no place precise enough to link on."""
    g = i.geo
    if g is None:
        return ("", "", "none") if i.scope == "cumulative" else None
    if g.precision == "country":
        return (g.country or "", "", "country") if i.scope == "cumulative" else None
    return (g.country or "", g.governorate or "", "")


def candidate_links(items: list[Item]) -> list[Link]:
    """Every link between two items: pairs of one kind and scope whose windows overlap (a sweep
    over the items sorted by window start, so a year of bulletins is not compared pair by pair),
    and the figures of different versions of one bulletin."""
    by_kind: dict[tuple[str, str], list[Item]] = {}
    for it in items:
        by_kind.setdefault((it.kind, it.scope), []).append(it)
    found: dict[tuple[str, str], Link] = {}

    tried: set[tuple[str, str]] = set()

    def consider(a: Item, b: Item) -> None:
        pair = (a.key, b.key) if a.key < b.key else (b.key, a.key)
        if pair not in tried:
            tried.add(pair)
            l = link(a, b)
            if l is not None:
                found[pair] = l

    for group in by_kind.values():
        areas: dict[tuple, list[Item]] = {}
        for i in group:
            if i.window:
                areas.setdefault(_area(i), []).append(i)
        for area, members in areas.items():
            if area is None:
                continue  # no place to link on: only versions of one bulletin (below)
            if members[0].scope == "cumulative":
                _chain_totals(members, consider)
                continue
            towns: dict[Any, list[Item]] = {}
            coarse = []
            for i in members:
                if i.geo is not None and i.geo.precision == "point":
                    towns.setdefault(i.geo.geonameid or _folded(i.geo.name), []).append(i)
                else:
                    coarse.append(i)
            for block in [*(t + coarse for t in towns.values()), coarse]:
                dated = sorted(block, key=lambda i: (i.window[0], i.key))
                for x, a in enumerate(dated):
                    for b in dated[x + 1:]:
                        if b.window[0] > a.window[1]:
                            break  # sorted by start: no later item overlaps a
                        consider(a, b)
        if group[0].scope == "cumulative":  # a country's total and a total of an area of it, from one day
            since: dict[tuple, list[Item]] = {}
            for i in group:
                t = i.figure.time
                if i.geo is not None and i.geo.country and t is not None and t.start:
                    since.setdefault((i.geo.country, t.start[:10]), []).append(i)
            for same_day in since.values():
                wide = [i for i in same_day if i.geo.precision == "country"]
                for a in wide:
                    for b in same_day:
                        if b.geo.precision != "country":
                            consider(a, b)
        versions: dict[str, list[Item]] = {}
        for i in group:
            versions.setdefault(i.bulletin_id, []).append(i)
        for same in versions.values():
            for x, a in enumerate(same):
                for b in same[x + 1:]:
                    consider(a, b)
    return [found[k] for k in sorted(found)]


def _signature(i: Item) -> tuple:
    """What ``conflict`` looks at besides the version: items with one signature conflict alike."""
    g = i.geo
    geo = None if g is None else (g.country, g.governorate, g.district, g.precision, g.geonameid,
                                  None if g.geonameid else _folded(g.name))
    victims = frozenset(i.figure.victim_categories) - {"unknown"}
    side = "civ" if victims and victims <= CIVILIAN else "com" if victims and victims <= COMBATANT else ""
    return (i.kind, i.scope, geo, side, i.window if i.resolved else None)


class _Group:
    """A group being built: its items, one item per conflict signature, and per bulletin version
    whether it holds a figure that version did not itself replace."""

    def __init__(self, item: Item) -> None:
        self.items = [item]
        self.keys = {item.key}
        self.reps = {_signature(item): item}
        self.versions = {item.version_id: not item.replaced}

    def compatible(self, other: "_Group", cannot: frozenset[frozenset[str]]) -> bool:
        for v, whole in self.versions.items():
            if whole and other.versions.get(v):
                return False
        for pair in cannot:
            a, b = tuple(pair)
            if (a in self.keys and b in other.keys) or (b in self.keys and a in other.keys):
                return False
        return not any(conflict(x, y, versions=False) for x in self.reps.values() for y in other.reps.values())

    def absorb(self, other: "_Group") -> None:
        self.items.extend(other.items)
        self.keys |= other.keys
        for sig, rep in other.reps.items():
            self.reps.setdefault(sig, rep)
        for v, whole in other.versions.items():
            self.versions[v] = self.versions.get(v, False) or whole


def cluster(items: list[Item], links: list[Link], cannot: frozenset[frozenset[str]] = frozenset(),
            must: Iterable[Link] = ()) -> list[list[Item]]:
    """Groups of items joined by ``links``, strongest first; ``must`` (override merges) are
    joined before anything else and ``cannot`` (override splits) pairs are never joined. A
    link joins two groups only if every pair across them is compatible."""
    groups: dict[str, _Group] = {}
    for i in items:
        groups[i.key] = _Group(i)

    def join(a: str, b: str, forced: bool) -> None:
        ga, gb = groups[a], groups[b]
        if ga is gb:
            return
        if forced:
            if any((x in ga.keys and y in gb.keys) or (y in ga.keys and x in gb.keys) for x, y in map(tuple, cannot)):
                return
        elif not ga.compatible(gb, cannot):
            return
        keep, gone = (ga, gb) if len(ga.items) >= len(gb.items) else (gb, ga)
        keep.absorb(gone)
        for it in gone.items:
            groups[it.key] = keep

    for l in must:
        if l.a in groups and l.b in groups:
            join(l.a, l.b, forced=True)
    for l in sorted(links, key=lambda l: (-l.score, l.a, l.b)):
        join(l.a, l.b, forced=False)
    unique = {id(g): g for g in groups.values()}
    out = [sorted(g.items, key=lambda i: (i.seen, i.bulletin_id, i.version, i.index)) for g in unique.values()]
    return sorted(out, key=lambda m: (m[0].seen, m[0].key))
