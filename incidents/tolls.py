"""An incident's toll: ``low``, ``best`` and ``high`` in UCDP's sense, and its history. Pure functions.

``toll(items) -> (low, best, high)`` over the figures of one incident (one kind):

1. only *current* figures count: from the latest version of each bulletin, and not an earlier
   toll the bulletin itself says was replaced ("the toll rose from 34 to 41": 34 never counts);
2. each *counter* counts once, with its most recent figure, whoever relays it: the counter is
   the monitor, agency or authority the figure's sentence names nearest to it (SOHR, SNHR, the
   civil defence or "rescuers", a health ministry, MSF, the UN, WHO, IOM: ``COUNTERS``), else
   the one the source is (``sohr-ar``: SOHR), else the source itself; so the civil defence's 20,
   relayed by a wire, is replaced by the civil defence's 33, published by a newspaper;
3. a figure whose counter is not known (only its source) is *stale* when a larger toll came on
   a later day (an outlet that relayed "14 killed" on the first day and never came back): stale
   figures drop out, unless nothing else is left. A named counter's figure is never stale: its
   lower count is a credible low ("31 bodies reached the hospital", said the ministry);
4. of what remains, ``low`` is the smallest count, ``high`` the largest (the upper end of a
   range: "10 to 15" gives 15), and ``best`` the median, the higher middle one of an even number
   (later and fuller counts are the higher ones).

``history(items) -> list[TollChange]`` replays the figures in the order they became public
and records every change of ``(low, best, high)``, with the bulletin version that brought it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from statistics import median_high
from typing import Optional, Sequence

from incidents.link import Item
from tollwatch.records import TollChange


# Who counted: the monitors, agencies and authorities bulletins attribute tolls to, whoever relays them.
COUNTERS = [
    ("SOHR", r"\bSOHR\b|Syrian Observatory|المرصد السوري"),
    ("SNHR", r"\bSNHR\b|Syrian Network for Human Rights|الشبكة السورية لحقوق الإنسان"),
    ("civil defence", r"civil defen[cs]e|White Helmets|rescuers|rescue workers|الدفاع المدني|الخوذ البيضاء"),
    ("health ministry", r"(?:health|interior) ministry|ministry of (?:health|interior)|وزارة الصحة|وزارة الداخلية"),
    ("MSF", r"\bMSF\b|Doctors Without Borders|Médecins Sans Frontières|أطباء بلا حدود"),
    ("UN", r"\bOHCHR\b|\bOCHA\b|United Nations|\bUN\b|\bU\.N\.|الأمم المتحدة"),
    ("WHO", r"\bWHO\b|World Health Organization|منظمة الصحة العالمية"),
    ("IOM", r"\bIOM\b|International Organization for Migration|منظمة الهجرة"),
]
_COUNTERS = [(name, re.compile(rx, re.I)) for name, rx in COUNTERS]


def counter(i: Item) -> tuple[str, bool]:
    """Who counted a figure, and whether the text says so: the counter named nearest to the figure
    in its sentence, else the one its source is ("sohr-ar": SOHR), else the source itself."""
    f = i.figure
    return _counter(f.sentence or "", max(0, f.start - f.sentence_start), i.source)


@lru_cache(maxsize=65536)
def _counter(sentence: str, at: int, source: str) -> tuple[str, bool]:
    best: Optional[tuple[int, str]] = None
    for name, rx in _COUNTERS:
        for m in rx.finditer(sentence):
            d = abs(m.start() - at)
            if best is None or d < best[0]:
                best = (d, name)
    if best is not None:
        return best[1], True
    for name, rx in _COUNTERS:
        if rx.search(source.replace("-", " ")):
            return name, True
    return source, False


def standing(items: Sequence[Item]) -> list[Item]:
    """The figures the toll is made of (steps 1-3 of the module docstring)."""
    pool = [i for i in items if i.current] or [i for i in items if not i.replaced] or list(items)
    latest: dict[str, Item] = {}
    named: dict[str, bool] = {}
    for i in sorted(pool, key=lambda i: (i.seen, i.fetched or "", i.version, i.index)):
        who, said = counter(i)
        latest[who] = i  # the counter's most recent figure
        named[i.key] = said
    reports = list(latest.values())
    fresh = [r for r in reports if named[r.key] or
             not any(o.seen[:10] > r.seen[:10] and o.count > r.high for o in reports if o is not r)]
    return sorted(fresh or reports, key=lambda i: (i.seen, i.source))


def toll(items: Sequence[Item]) -> tuple[int, int, int]:
    """``(low, best, high)`` of one incident's figures (see the module docstring)."""
    reports = standing(items)
    counts = sorted(r.count for r in reports)
    return counts[0], median_high(counts), max(r.high for r in reports)


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
