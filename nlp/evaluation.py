"""Scoring the casualty extractor against hand-annotated bulletins.

The annotation format is the development set's (see README, "Measuring the
extractor"): one JSON document per bulletin with ``text``, ``lang``, ``published``
and ``gold``, a list of ``{kind, count, ...}``. A prediction is scored per document
as the multiset of ``(kind, count)`` pairs, with ``executed`` counted as ``killed``
and ``arrested``/``abducted``/``kidnapped`` as ``detained``; predicted figures that
are not tolls (``tollwatch.tolls.is_toll``: ``vague`` or ``superseded``) are left out, and
so are gold figures of kind ``other``; of a total summed from parts (``derived``) and its
parts, the reading that matches the gold better counts (``scored_figures``). Precision, recall
and F1 are micro-averaged over documents, per language. With ``abductions_as_other``, detentions
the extractor marked as abductions (``manner == "abducted"``) are left out, for annotations that
file abductions and hostages as ``other``.
``non_casualty_hits`` picks out the spurious counts the annotation lists in
``not_casualty_numbers`` (dates, ages, durations, counts of things).
``min_confidence`` (every scoring function) scores only the figures whose ``confidence`` is at
least that: the precision and recall a consumer who keeps only the surer figures gets.
``rule_outcomes``/``summarise_rules`` score each extractor rule (``CasualtyFigure.rule``):
the figures of a document are matched to its gold pairs in text order, each match a true
positive of the rule that produced the figure, each figure left over a false positive.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterable

from nlp.casualties.common import ABDUCTED
from tollwatch.records import CasualtyFigure
from tollwatch.tolls import is_toll

KIND_ALIASES = {
    "executed": "killed",
    "dead": "killed",
    "wounded": "injured",
    "arrested": "detained",
    "abducted": "detained",
    "kidnapped": "detained",
}


def normal_kind(kind: str) -> str:
    kind = (kind or "").strip().lower()
    return KIND_ALIASES.get(kind, kind)


def gold_pairs(gold: Iterable[dict[str, Any]]) -> Counter:
    pairs: Counter = Counter()
    for g in gold:
        kind = normal_kind(g.get("kind", ""))
        if kind == "other" or g.get("count") is None:
            continue
        pairs[(kind, int(g["count"]))] += 1
    return pairs


def scored_figures(figures: Iterable[CasualtyFigure | dict[str, Any]], gold: Counter | None = None,
                   abductions_as_other: bool = False, min_confidence: float = 0.0) -> list[dict]:
    """The figures a score counts, as dicts: tolls (``tollwatch.tolls.is_toll``), and for each
    total summed from parts (``derived``) the readings the annotation took — annotators
    differ: "the judge and seven relatives" is 1 + 7 to one, 8 to another, 1 + 7 and 8 to a
    third. The parts count when the gold has every one of them, the total when the gold has
    it or the parts do not count; without gold, the total. ``min_confidence``: only the figures
    whose ``confidence`` is at least that (what a consumer keeping only surer figures gets)."""
    ds = [f if isinstance(f, dict) else f.to_dict() for f in figures]
    groups = {k: [i for i, p in enumerate(ds) if p.get("part_of") == k] for k, d in enumerate(ds) if d.get("derived")}
    in_groups = set(groups) | {i for parts in groups.values() for i in parts}
    left = Counter(gold or {})  # the gold the figures outside the groups leave
    for i, d in enumerate(ds):
        if i not in in_groups and is_toll(d):
            left[_pair(d)] -= 1
    skip: set[int] = set()
    for k, parts in groups.items():
        use_parts = gold is not None and _all_in(ds, parts, left)
        use_total = gold is None or left[_pair(ds[k])] > 0 or not use_parts
        skip |= (set() if use_parts else set(parts)) | (set() if use_total else {k})
    return [d for i, d in enumerate(ds) if i not in skip and is_toll(d) and not (abductions_as_other and _abduction(d))
            and d.get("confidence", 1.0) >= min_confidence]


def _abduction(d: dict) -> bool:
    """A detention the extractor marked as people taken by force (``manner == "abducted"``)."""
    return normal_kind(d["kind"]) == "detained" and d.get("manner") == ABDUCTED


def _pair(d: dict) -> tuple[str, int]:
    return normal_kind(d["kind"]), int(d["count"])


def _all_in(ds: list[dict], parts: list[int], gold: Counter) -> bool:
    need = Counter(_pair(ds[i]) for i in parts)
    return bool(parts) and all(gold[p] >= n for p, n in need.items())


def predicted_pairs(figures: Iterable[CasualtyFigure | dict[str, Any]], gold: Counter | None = None,
                    abductions_as_other: bool = False, min_confidence: float = 0.0) -> Counter:
    """The ``(kind, count)`` pairs a document's figures are scored on; ``abductions_as_other``: as
    annotation schemes that file abductions and hostages as ``other`` (the shared development set's
    README), detentions marked ``manner == "abducted"`` are left out."""
    pairs: Counter = Counter()
    for d in scored_figures(figures, gold, abductions_as_other, min_confidence):
        pairs[(normal_kind(d["kind"]), int(d["count"]))] += 1
    return pairs


@dataclass
class DocumentScore:
    id: str
    lang: str
    tp: int
    fp: int
    fn: int
    missed: list[tuple[str, int]] = field(default_factory=list)  # gold pairs not predicted
    spurious: list[tuple[str, int]] = field(default_factory=list)  # predicted pairs not in gold
    non_casualty: list[int] = field(default_factory=list)  # spurious counts the annotators listed as not casualties


@dataclass
class Scores:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp, "fp": self.fp, "fn": self.fn,
            "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
        }


def score_document(doc_id: str, lang: str, predicted: Counter, gold: Counter) -> DocumentScore:
    tp = sum((predicted & gold).values())
    missed = sorted((gold - predicted).elements())
    spurious = sorted((predicted - gold).elements())
    return DocumentScore(doc_id, lang, tp, len(spurious), len(missed), missed, spurious)


def non_casualty_hits(spurious: Iterable[tuple[str, int]], not_casualty_numbers: Iterable[Any]) -> list[int]:
    """The spurious counts that the annotation lists in ``not_casualty_numbers`` (dates,
    durations, ages, counts of things…): the errors that matter most."""
    listed = set()
    for n in not_casualty_numbers or []:
        try:
            listed.add(int(n))
        except (TypeError, ValueError):
            continue
    return sorted(count for _, count in spurious if count in listed)


def summarise(documents: Iterable[DocumentScore]) -> dict[str, Scores]:
    """Micro-averaged scores per language and over ``"all"``."""
    out: dict[str, Scores] = {}
    for d in documents:
        for key in (d.lang, "all"):
            s = out.setdefault(key, Scores())
            s.tp += d.tp
            s.fp += d.fp
            s.fn += d.fn
    return out


NO_RULE = "(no rule)"


def rule_outcomes(figures: Iterable[CasualtyFigure | dict[str, Any]], gold: Counter,
                  abductions_as_other: bool = False, min_confidence: float = 0.0) -> list[tuple[str, bool]]:
    """``(rule, correct)`` for each scored figure of one document, in text order: a figure
    is correct while its ``(kind, count)`` pair is still unmatched in ``gold``."""
    left = Counter(gold)
    out: list[tuple[str, bool]] = []
    for d in scored_figures(figures, gold, abductions_as_other, min_confidence):
        pair = (normal_kind(d["kind"]), int(d["count"]))
        hit = left[pair] > 0
        if hit:
            left[pair] -= 1
        out.append((d.get("rule") or NO_RULE, hit))
    return out


def summarise_rules(outcomes: Iterable[tuple[str, str, bool]]) -> dict[tuple[str, str], Scores]:
    """True and false positives per ``(lang, rule)`` from ``(lang, rule, correct)`` triples
    (``fn`` stays 0: a missed figure has no rule)."""
    out: dict[tuple[str, str], Scores] = {}
    for lang, rule, hit in outcomes:
        s = out.setdefault((lang, rule), Scores())
        if hit:
            s.tp += 1
        else:
            s.fp += 1
    return out
