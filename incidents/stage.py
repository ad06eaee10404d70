"""The incidents stage's edge: ``run_incidents(store, overrides=None) -> IncidentReport``.

Reads every stored bulletin version that has passed ``nlp`` (all versions: the latest ones make
the tolls, the earlier ones the history), builds the incidents with the last run's as the
reference for ids (``incidents.build``), and replaces the store's incidents in one transaction
(``Store.replace_incidents``): a re-run gives the same incidents under the same ids, never a
duplicate, and a crash keeps the previous result whole.

Configured by ``incident_overrides`` (override file; ``--overrides`` wins) and
``incident_window_days``.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Optional

from incidents.build import build_incidents
from incidents.link import WINDOW_DAYS
from incidents.overrides import Overrides, is_figure_key, load_overrides
from store import Store

log = logging.getLogger(__name__)

STAGE = "incidents"
AFTER = "nlp"


@dataclass
class IncidentReport:
    incidents: int = 0
    by_scope: Counter = field(default_factory=Counter)
    by_kind: Counter = field(default_factory=Counter)
    figures: int = 0
    linked_figures: int = 0  # figures in an incident with at least one other figure
    links: int = 0
    manual_links: int = 0
    new: int = 0  # incidents whose id was not in the previous result
    changed: int = 0  # incidents whose toll changed since the previous result
    overrides: Optional[str] = None
    unmatched: list[str] = field(default_factory=list)  # override entries naming no incident or figure

    def to_dict(self) -> dict[str, Any]:
        return {"incidents": self.incidents, "by_scope": dict(self.by_scope), "by_kind": dict(self.by_kind),
                "figures": self.figures, "linked_figures": self.linked_figures, "links": self.links,
                "manual_links": self.manual_links, "new": self.new, "changed": self.changed,
                "overrides": self.overrides, "overrides_unmatched": self.unmatched}


def resolve_overrides(overrides: Any = None) -> Overrides:
    """An ``Overrides`` from one, a path, or ``None`` (the ``incident_overrides`` setting)."""
    if isinstance(overrides, Overrides):
        return overrides
    from tollwatch import config

    return load_overrides(overrides or config.get("incident_overrides"))


def run_incidents(store: Store, overrides: Any = None, window_days: Optional[int] = None) -> IncidentReport:
    """Rebuild the store's incidents from its annotated versions (see the module docstring)."""
    from tollwatch import config

    ov = resolve_overrides(overrides)
    days = config.get_int("incident_window_days", WINDOW_DAYS) if window_days is None else window_days
    previous = store.incidents()
    bulletins = list(store.pending("__incidents_read_all__", after=AFTER))  # every version through nlp
    incidents = build_incidents(bulletins, ov, previous=previous, window_days=days)
    store.replace_incidents(incidents)
    before = {p.incident_id: [(t.kind, t.low, t.best, t.high) for t in p.tolls] for p in previous}
    report = IncidentReport(incidents=len(incidents), overrides=str(ov.path) if ov.path else None,
                            unmatched=unmatched_overrides(ov, previous, incidents))
    for line in report.unmatched:
        log.warning("%s", line)
    for inc in incidents:
        report.by_scope[inc.scope] += 1
        for t in inc.tolls:
            report.by_kind[t.kind] += 1
        report.figures += len(inc.figures)
        report.linked_figures += len(inc.figures) if len(inc.figures) > 1 else 0
        report.links += len(inc.links)
        report.manual_links += sum(1 for l in inc.links if l.manual)
        if inc.incident_id not in before:
            report.new += 1
        elif before[inc.incident_id] != [(t.kind, t.low, t.best, t.high) for t in inc.tolls]:
            report.changed += 1
    return report


def unmatched_overrides(ov: Overrides, previous: list, incidents: list) -> list[str]:
    """One line per id of the override file that names no incident (of the previous or this run)
    and no figure: a typing mistake, or a bulletin no longer stored. The entry is not applied,
    and saying so is better than a correction silently lost."""
    ids = {i.incident_id for i in previous} | {i.incident_id for i in incidents}
    manual = " ".join(r for i in previous for link in i.links if link.manual for r in link.reasons)
    ids |= {v for pair in ov.merge for v in pair if f" {v} " in f" {manual} "}  # merged away in an earlier run
    keys = {f"{f.version_id}#{f.index}" for i in incidents for f in i.figures}
    where = str(ov.path) if ov.path else "overrides"
    out = []
    for what, pairs in (("merge", ov.merge), ("split", ov.split)):
        for n, pair in enumerate(pairs, 1):
            for value in pair:
                if value not in (keys if is_figure_key(value) else ids):
                    name = "figure key" if is_figure_key(value) else "incident id"
                    out.append(f"{where}: {what} entry #{n}: {name} {value} names no stored incident or linked figure; the entry "
                               f"is not applied (`tollwatch incidents --links` lists the ids and keys)")
    return out
