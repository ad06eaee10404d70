"""From annotated bulletins to incidents: ``build_incidents(bulletins, overrides, previous)``. Pure.

1. every figure of every stored version becomes a linker item (``incidents.link.figures_of``);
2. the linker proposes links, the override file adds its merges (by figure key) and forbids its
   splits, and the items are clustered (``incidents.link.cluster``);
3. each group becomes an ``Incident``: its toll per kind (``incidents.tolls``), sources,
   languages, figures with their evidence, the links that hold it together (a spanning tree:
   the strongest link that joined each figure) and their reasons,
   event date and place, first and last seen, and the history of its toll;
4. ids: an incident keeps the id it had in ``previous`` (the last run's incidents) when it
   holds most of the same figures; a new one gets ``inc-`` and a hash of the figure that
   founded it (the first made public), so a re-run over the same store gives the same ids;
5. override merges by incident id join two incidents under the first id.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from typing import Any, Iterable, Optional, Sequence

from incidents.link import WINDOW_DAYS, Item, candidate_links, cluster, figures_of
from incidents.overrides import Overrides, is_figure_key
from incidents.tolls import history, toll
from tollwatch.records import Bulletin, Incident, IncidentToll, Link, Place

PRECISION_RANK = {"point": 3, "district": 2, "governorate": 1, "country": 0}


def incident_id(founder: Item) -> str:
    return "inc-" + hashlib.sha256(founder.key.encode("utf-8")).hexdigest()[:12]


def build_incidents(bulletins: Iterable[Bulletin], overrides: Optional[Overrides] = None,
                    previous: Sequence[Incident] = (), window_days: int = WINDOW_DAYS) -> list[Incident]:
    """The incidents the bulletins' figures make (see the module docstring), by event date."""
    overrides = overrides or Overrides()
    items = figures_of(bulletins, window_days)
    links = candidate_links(items)
    must = [Link(a=a, b=b, reasons=["override: merge"], score=100.0, manual=True)
            for a, b in overrides.merge if is_figure_key(a) and is_figure_key(b)]
    must += _merges_through_previous(overrides, previous)
    groups = [g for g in cluster(items, links, cannot=overrides.cannot, must=must)
              if not all(i.replaced for i in g)]  # an earlier toll alone is no incident
    kept = _explaining_links(groups, must, links)
    incidents = [make_incident(g, kept.get(n, [])) for n, g in enumerate(groups)]
    _keep_previous_ids(incidents, previous)
    _keep_merged_ids(incidents, overrides, previous)
    incidents = _merge_by_id(incidents, groups, kept, overrides)
    incidents.sort(key=lambda i: (i.event_date or "9999", i.incident_id))
    return incidents


def _explaining_links(groups: list[list[Item]], must: list[Link], links: list[Link]) -> dict[int, list[Link]]:
    """Per group, the links that hold it together: override merges first, then the strongest
    links, each kept only if it joins figures not yet joined (a spanning tree, as the linker
    joined them: a group of n figures keeps n - 1 links). Keeping every pair that could link
    grew a 167-figure running total to 13,861 links and 3.7 MB, written and indexed every night."""
    group_of = {i.key: n for n, g in enumerate(groups) for i in g}
    parent: dict[str, str] = {}
    kept: dict[int, list[Link]] = {}
    for l in [*must, *sorted(links, key=lambda l: (-l.score, l.a, l.b))]:
        n = group_of.get(l.a)
        if n is None or n != group_of.get(l.b):
            continue
        ra, rb = _root(parent, l.a), _root(parent, l.b)
        if ra != rb:
            parent[ra] = rb
            kept.setdefault(n, []).append(l)
    return kept


def _root(parent: dict, k: Any) -> Any:
    """The representative of ``k`` in the disjoint sets ``parent`` (child -> parent; absent: its
    own root), halving the path as it goes."""
    while parent.get(k, k) != k:
        parent[k] = parent.get(parent[k], parent[k])
        k = parent[k]
    return k


def make_incident(items: list[Item], links: list[Link]) -> Incident:
    """One incident from one group of items (all of one kind and scope)."""
    items = sorted(items, key=lambda i: (i.seen, i.fetched or "", i.bulletin_id, i.version, i.index))
    first = items[0]
    low, best, high = toll(items)
    inc = Incident(incident_id=incident_id(first), scope=first.scope,
                   tolls=[IncidentToll(kind=first.kind, low=low, best=best, high=high)])
    current = [i for i in items if i.current] or items
    _date(inc, current)
    inc.place = _place(current)
    inc.victim_categories = sorted({c for i in current for c in i.figure.victim_categories} - {"unknown"})
    inc.perpetrators = list(dict.fromkeys(i.figure.perpetrator for i in current if i.figure.perpetrator))
    inc.manners = list(dict.fromkeys(i.figure.manner for i in current if i.figure.manner))
    inc.sources = list(dict.fromkeys(i.source for i in items))
    inc.langs = list(dict.fromkeys((i.figure.lang or i.lang) for i in items if (i.figure.lang or i.lang)))
    inc.figures = [i.ref() for i in items]
    inc.links = sorted(links, key=lambda l: (l.a, l.b))
    inc.history = history(items)
    inc.first_seen, inc.last_seen = items[0].seen, max(i.seen for i in items)
    inc.title = _title(inc)
    return inc


def _date(inc: Incident, items: list[Item]) -> None:
    resolved = [i.window for i in items if i.resolved and i.window]
    if resolved:
        (start, end), _ = Counter(resolved).most_common(1)[0]
    else:
        windows = [i.window for i in items if i.window]
        if not windows:
            return
        start, end = min(w[0] for w in windows), max(w[1] for w in windows)
    inc.event_date, inc.event_date_end = start.isoformat(), end.isoformat()
    days = (end - start).days
    inc.date_precision = "day" if days == 0 else "week" if days <= 7 else "month" if days <= 31 else "year"


def _place(items: list[Item]) -> Optional[Place]:
    places = [i.geo for i in items if i.geo is not None]
    if not places:
        return None
    counts = Counter((p.geonameid, p.governorate, p.district, p.precision) for p in places)
    best = max(places, key=lambda p: (PRECISION_RANK.get(p.precision or "", -1),
                                      counts[(p.geonameid, p.governorate, p.district, p.precision)]))
    return Place.from_dict(best.to_dict())


def _title(inc: Incident) -> str:
    t = inc.tolls[0]
    number = str(t.best) if t.low == t.high else f"{t.best} ({t.low}-{t.high})"
    where = f" in {inc.place.name}" if inc.place and inc.place.name else ""
    when = f" on {inc.event_date}" if inc.event_date and inc.date_precision == "day" else (
        f" around {inc.event_date_end}" if inc.event_date_end else "")
    total = "running total: " if inc.scope == "cumulative" else ""
    return f"{total}{number} {t.kind}{where}{when}"


def _keep_previous_ids(incidents: list[Incident], previous: Sequence[Incident]) -> None:
    """Give each incident the id of the previous incident it shares most figures with."""
    if not previous:
        return
    owner = {}
    for p in previous:
        for f in p.figures:
            owner[f"{f.version_id}#{f.index}"] = p.incident_id
    pairs = []
    for n, inc in enumerate(incidents):
        shared = Counter(owner[k] for k in (f"{f.version_id}#{f.index}" for f in inc.figures) if k in owner)
        for pid, count in shared.items():
            pairs.append((-count, inc.incident_id, pid, n))
    taken, done = set(), set()
    for _, _, pid, n in sorted(pairs):
        if pid in taken or n in done:
            continue
        taken.add(pid)
        done.add(n)
        incidents[n].incident_id = pid
    fresh = {inc.incident_id for n, inc in enumerate(incidents) if n not in done}
    clash = fresh & taken  # a founder-derived id that another incident now carries
    for n, inc in enumerate(incidents):
        if n not in done and inc.incident_id in clash:
            inc.incident_id += "-b"


def _figures_named(ident: str, previous: Sequence[Incident]) -> list[str]:
    """The figure keys an override entry names: a figure key, or every figure of a previous incident."""
    if is_figure_key(ident):
        return [ident]
    for p in previous:
        if p.incident_id == ident:
            return [f"{f.version_id}#{f.index}" for f in p.figures]
    return []


def _merges_through_previous(overrides: Overrides, previous: Sequence[Incident]) -> list[Link]:
    """Override merges naming incident ids, as links between the figures those incidents held in
    the previous run: the merge holds run after run, whatever ids the linker's groups get."""
    out = []
    for a, b in overrides.merge:
        if is_figure_key(a) and is_figure_key(b):
            continue
        keys = list(dict.fromkeys(_figures_named(a, previous) + _figures_named(b, previous)))
        out += [Link(a=x, b=y, reasons=[f"override: merge {a} and {b}"], score=100.0, manual=True)
                for x, y in zip(keys, keys[1:])]
    return out


def _keep_merged_ids(incidents: list[Incident], overrides: Overrides, previous: Sequence[Incident]) -> None:
    """An incident the override merged keeps the first id the entry names."""
    used = {i.incident_id for i in incidents}
    for a, b in overrides.merge:
        if is_figure_key(a):
            continue
        named = set(_figures_named(a, previous))
        for inc in incidents:
            if inc.incident_id != a and a not in used and named & {f"{f.version_id}#{f.index}" for f in inc.figures}:
                used.discard(inc.incident_id)
                inc.incident_id = a
                used.add(a)
                break


def _merge_by_id(incidents: list[Incident], groups: list[list[Item]], kept: dict[int, list[Link]],
                 overrides: Overrides) -> list[Incident]:
    """Join the incidents an override names by id (same kind and scope only), under the first id."""
    pairs = [(a, b) for a, b in overrides.merge if not (is_figure_key(a) and is_figure_key(b))]
    if not pairs:
        return incidents
    index = {inc.incident_id: n for n, inc in enumerate(incidents)}
    parent: dict[int, int] = {}

    manual: dict[int, list[Link]] = {}
    for a, b in pairs:
        if a not in index or b not in index:
            continue
        ra, rb = _root(parent, index[a]), _root(parent, index[b])
        ia, ib = incidents[ra], incidents[rb]
        if ra == rb or (ia.scope, ia.tolls[0].kind) != (ib.scope, ib.tolls[0].kind):
            continue
        parent[rb] = ra
        manual.setdefault(ra, []).append(Link(a=groups[ra][0].key, b=groups[rb][0].key, manual=True, score=100.0,
                                              reasons=[f"override: merge {a} and {b}"]))
    out = []
    for n, inc in enumerate(incidents):
        if _root(parent, n) != n:
            continue
        members = [m for m in range(len(incidents)) if _root(parent, m) == n]
        if len(members) == 1:
            out.append(inc)
            continue
        merged = make_incident([i for m in members for i in groups[m]],
                               [l for m in members for l in kept.get(m, [])] + manual.get(n, []))
        merged.incident_id = inc.incident_id
        out.append(merged)
    return out
