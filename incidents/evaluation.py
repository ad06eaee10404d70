"""Scoring the linker against hand-annotated incident sets (``tollwatch eval-incidents``). Pure.

A set is a folder ``<set>/bulletins/*.json`` (``{id, source, url, lang, published, fetched, title,
text}``; two files with the same ``url`` are two versions of one bulletin, in ``fetched`` order)
and ``<set>/expected.json``::

    {"incidents": [{"id": "ariha", "scope": "event", "kind": "killed",
                    "figures": [{"bulletin": "sohr-en-1", "count": 14}, ...],
                    "low": 38, "best": 38, "high": 41}]}

``score_set(expected, incidents, figure_ids)`` matches each expected figure to an extracted one
(same bulletin, kind and count) and scores, over the matched figures:

* pairwise link precision and recall: of the pairs of figures the linker put in one incident,
  how many the annotator did, and the other way round;
* B-cubed precision, recall and F1 (per figure: the share of its predicted incident that is in
  its expected incident, and the other way round, averaged);
* low / best / high agreement: for each expected incident, the predicted incident holding most
  of its figures, and whether its low, best and high are the expected ones.

Expected figures the extractor did not find are counted (``missed_figures``), not scored as
linking errors: that is the extractor's measurement (``tollwatch eval``).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any, Iterable

from tollwatch.records import Incident


@dataclass
class SetScore:
    name: str
    pairs_predicted: int = 0
    pairs_expected: int = 0
    pairs_correct: int = 0
    bcubed_p: float = 0.0
    bcubed_r: float = 0.0
    figures_matched: int = 0
    missed_figures: list[str] = field(default_factory=list)  # "bulletin:kind:count" not extracted
    incidents_expected: int = 0
    low_agree: int = 0
    best_agree: int = 0
    high_agree: int = 0
    all_agree: int = 0
    wrong_links: list[str] = field(default_factory=list)  # pairs linked that the annotator kept apart
    missed_links: list[str] = field(default_factory=list)
    toll_errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.pairs_correct / self.pairs_predicted if self.pairs_predicted else 1.0

    @property
    def recall(self) -> float:
        return self.pairs_correct / self.pairs_expected if self.pairs_expected else 1.0

    @property
    def bcubed_f1(self) -> float:
        p, r = self.bcubed_p, self.bcubed_r
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        d = dict(self.__dict__)
        d.update(precision=round(self.precision, 4), recall=round(self.recall, 4),
                 bcubed_f1=round(self.bcubed_f1, 4))
        return d


def match_figures(expected: dict[str, Any], incidents: list[Incident], figure_ids: dict[str, str]
                  ) -> tuple[dict[str, str], dict[str, str], list[str]]:
    """``(gold, predicted, missed)``: for each matched figure key, its expected incident id and its
    predicted incident id; and the expected figures not extracted. ``figure_ids`` maps a figure
    key (``<version_id>#<index>``) to the bulletin file id it came from."""
    from nlp.evaluation import normal_kind as gold_kind

    available: dict[tuple[str, str, int], list[tuple[str, str, str]]] = {}
    for inc in incidents:
        for f in inc.figures:
            key = f"{f.version_id}#{f.index}"
            slot = (figure_ids.get(key, ""), gold_kind(f.kind), f.count)
            available.setdefault(slot, []).append((key, inc.incident_id, f.evidence))
    gold: dict[str, str] = {}
    predicted: dict[str, str] = {}
    missed: list[str] = []
    for n, exp in enumerate(expected.get("incidents", [])):
        gid = str(exp.get("id", n))
        for fig in exp.get("figures", []):
            slot = (str(fig["bulletin"]), gold_kind(fig.get("kind") or exp.get("kind", "killed")), int(fig["count"]))
            candidates = [c for c in available.get(slot, []) if c[0] not in gold]
            if not candidates:
                missed.append(f"{slot[0]}:{slot[1]}:{slot[2]}")
                continue
            said = str(fig.get("evidence") or "")  # tells two figures of one kind and count apart
            candidates.sort(key=lambda c: not (said and (said in c[2] or c[2] in said)))
            key, pid, _ = candidates[0]
            gold[key], predicted[key] = gid, pid
    return gold, predicted, missed


def score_set(name: str, expected: dict[str, Any], incidents: list[Incident], figure_ids: dict[str, str]) -> SetScore:
    gold, predicted, missed = match_figures(expected, incidents, figure_ids)
    s = SetScore(name=name, figures_matched=len(gold), missed_figures=missed,
                 incidents_expected=len(expected.get("incidents", [])))
    keys = sorted(gold)
    for a, b in combinations(keys, 2):
        same_gold, same_pred = gold[a] == gold[b], predicted[a] == predicted[b]
        s.pairs_expected += same_gold
        s.pairs_predicted += same_pred
        s.pairs_correct += same_gold and same_pred
        if same_pred and not same_gold:
            s.wrong_links.append(f"{figure_ids.get(a)} ({gold[a]}) ~ {figure_ids.get(b)} ({gold[b]})")
        if same_gold and not same_pred:
            s.missed_links.append(f"{figure_ids.get(a)} ~ {figure_ids.get(b)} ({gold[a]})")
    if keys:
        ps, rs = [], []
        for k in keys:
            pred_cluster = {x for x in keys if predicted[x] == predicted[k]}
            gold_cluster = {x for x in keys if gold[x] == gold[k]}
            both = len(pred_cluster & gold_cluster)
            ps.append(both / len(pred_cluster))
            rs.append(both / len(gold_cluster))
        s.bcubed_p, s.bcubed_r = sum(ps) / len(ps), sum(rs) / len(rs)
    by_id = {i.incident_id: i for i in incidents}
    for n, exp in enumerate(expected.get("incidents", [])):
        gid = str(exp.get("id", n))
        held = Counter(predicted[k] for k in keys if gold[k] == gid)
        if not held:
            s.toll_errors.append(f"{gid}: no figure found")
            continue
        inc = by_id[held.most_common(1)[0][0]]
        toll = next((t for t in inc.tolls if t.kind == exp.get("kind", "killed")), inc.tolls[0])
        got = (toll.low, toll.best, toll.high)
        want = tuple(int(exp[k]) if exp.get(k) is not None else None for k in ("low", "best", "high"))
        s.low_agree += got[0] == want[0]
        s.best_agree += got[1] == want[1]
        s.high_agree += got[2] == want[2]
        s.all_agree += got == want
        if got != want:
            s.toll_errors.append(f"{gid}: low/best/high {got[0]}/{got[1]}/{got[2]}, expected "
                                 f"{want[0]}/{want[1]}/{want[2]}")
    return s


def total(scores: Iterable[SetScore]) -> SetScore:
    """All sets together: pair counts and agreements summed, B-cubed weighted by figures."""
    scores = list(scores)
    t = SetScore(name="all")
    n = 0
    for s in scores:
        for attr in ("pairs_predicted", "pairs_expected", "pairs_correct", "figures_matched", "incidents_expected",
                     "low_agree", "best_agree", "high_agree", "all_agree"):
            setattr(t, attr, getattr(t, attr) + getattr(s, attr))
        t.bcubed_p += s.bcubed_p * s.figures_matched
        t.bcubed_r += s.bcubed_r * s.figures_matched
        n += s.figures_matched
        t.missed_figures += s.missed_figures
    if n:
        t.bcubed_p, t.bcubed_r = t.bcubed_p / n, t.bcubed_r / n
    return t
