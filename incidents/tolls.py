"""An incident's toll: ``low``, ``best`` and ``high`` in UCDP's sense, and its history. Pure functions.

``toll(items) -> (low, best, high)`` over the figures of one incident (one kind):

1. only *current* figures count: from the latest version of each bulletin, and not an earlier
   toll the bulletin itself says was replaced ("the toll rose from 34 to 41": 34 never counts);
2. each source counts once, with its most recent figure (a source revising itself replaces its
   own earlier toll);
3. a source's figure is *stale* when another source published a larger toll on a later day
   (an outlet that relayed "14 killed" on the first day and never came back): stale figures
   drop out, unless nothing else is left;
4. of what remains, ``low`` is the smallest count, ``high`` the largest (the upper end of a
   range: "10 to 15" gives 15), and ``best`` the median (the lower middle one of an even number).

``history(items) -> list[TollChange]`` replays the figures in the order they became public
and records every change of ``(low, best, high)``, with the bulletin version that brought it.
"""

from __future__ import annotations

from statistics import median_low
from typing import Sequence

from incidents.link import Item
from tollwatch.records import TollChange


def standing(items: Sequence[Item]) -> list[Item]:
    """The figures the toll is made of (steps 1-3 of the module docstring)."""
    pool = [i for i in items if i.current] or [i for i in items if not i.replaced] or list(items)
    latest: dict[str, Item] = {}
    for i in sorted(pool, key=lambda i: (i.seen, i.fetched or "", i.version, i.index)):
        latest[i.source] = i  # the source's most recent figure
    reports = list(latest.values())
    fresh = [r for r in reports
             if not any(o.seen[:10] > r.seen[:10] and o.count > r.high for o in reports if o is not r)]
    return sorted(fresh or reports, key=lambda i: (i.seen, i.source))


def toll(items: Sequence[Item]) -> tuple[int, int, int]:
    """``(low, best, high)`` of one incident's figures (see the module docstring)."""
    reports = standing(items)
    counts = sorted(r.count for r in reports)
    return counts[0], median_low(counts), max(r.high for r in reports)


def as_of(items: Sequence[Item], upto: int) -> list[Item]:
    """The first ``upto`` items (in public order) as they stood then: each bulletin's latest
    version among them is its current one."""
    seen = items[:upto]
    latest: dict[str, int] = {}
    for i in seen:
        latest[i.bulletin_id] = max(latest.get(i.bulletin_id, 0), i.version)
    out = []
    for i in seen:
        clone = Item(**{**i.__dict__, "current": i.version == latest[i.bulletin_id] and not i.replaced})
        out.append(clone)
    return out


def history(items: Sequence[Item]) -> list[TollChange]:
    """Every change of the toll as the figures became public, oldest first."""
    ordered = sorted(items, key=lambda i: (i.seen, i.fetched or "", i.bulletin_id, i.version, i.index))
    changes: list[TollChange] = []
    last = None
    for n in range(1, len(ordered) + 1):
        if n < len(ordered) and ordered[n].seen == ordered[n - 1].seen and \
                ordered[n].version_id == ordered[n - 1].version_id:
            continue  # figures of one version arrive together
        now = toll(as_of(ordered, n))
        if now != last:
            i = ordered[n - 1]
            changes.append(TollChange(at=i.seen, kind=i.kind, low=now[0], best=now[1], high=now[2],
                                      version_id=i.version_id, source=i.source))
            last = now
    return changes
