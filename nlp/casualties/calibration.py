"""A figure's ``confidence``: how often figures like it were right the first time we saw a batch.

Hand-set scores ("a kind taken from a neighbour costs 0.1") say nothing a reader can check.
This module sets ``CasualtyFigure.confidence`` to a measured probability instead: the chance
that an annotator records the figure's ``(kind, count)``, estimated by a logistic model over
a few facts about how the figure was read (``features``: the rule that produced it, its kind,
its size, scope, qualifier, whether it is a part, a derived sum, a revision, has no victims
phrase, is an abduction). The model is fitted (``fit_weights``) on every figure our extractor
produced **on a blind batch the first time it was scored**, before any rule changed for it:
figures on text the rules had never seen, so the estimate is an honest one, not the fixtures'
1.000. ``scripts/calibrate_confidence.py`` rebuilds those figures from git history (each
batch's README names the commit that scored it) and writes the fitted weights to
``nlp/casualties/confidence_weights.py``; docs/extraction.md ("Confidence") shows how well
the scores separate right from wrong on batches left out of the fit.

Read ``confidence`` as a probability: of the figures scored 0.95, about 95 in 100 were right
at first sight. Vague amounts ("dozens") stand for no count an annotator records and get
``VAGUE_CONFIDENCE``. Pure functions, no I/O: ``calibrate(figures)`` sets the field in place.
"""

from __future__ import annotations

import math
from collections import Counter
from functools import lru_cache
from typing import Any, Callable, Iterable, Mapping, Optional

from tollwatch.records import CasualtyFigure

VAGUE_CONFIDENCE = 0.3  # "dozens", "عشرات": a lower bound by convention, not a count to rely on
BIAS = "_bias"  # the weight every figure of a language starts from
SIZE_STEPS = (1, 10, 100, 1000)  # count 1, 2-9, 10-99, 100-999, 1000 and more

# the figure's fields the model weighs by value ("rule=predicate"), its size band ("size=2-9"), the
# kind of a single victim ("single=killed"), and facts that hold or not ("part")
KIND, COUNT, SIZE, SINGLE = "kind", "count", "size", "single"
NAMED_FIELDS = ("rule", KIND, "scope", "qualifier")
FLAGS: dict[str, Callable[[Callable[[str], Any]], bool]] = {
    "part": lambda get: get("part_of") is not None,  # a subset of another figure
    "derived": lambda get: bool(get("derived")),  # a total summed from stated parts
    "revision": lambda get: bool(get("revision")),  # "the toll rose to"
    "no_victims": lambda get: not get("victims"),  # no victims phrase read
    "abducted": lambda get: get("manner") == "abducted",  # a detention read as an abduction
}


def size_band(count: int) -> str:
    """The size a count falls in: ``"1"``, ``"2-9"``, ``"10-99"``, ``"100-999"`` or ``"1000+"``
    (single victims and small counts are wrong more often than large tolls)."""
    if count <= SIZE_STEPS[0]:
        return f"{SIZE_STEPS[0]}"
    for low, high in zip(SIZE_STEPS, SIZE_STEPS[1:]):
        if count < high:
            return f"{low + 1 if low == 1 else low}-{high - 1}"
    return f"{SIZE_STEPS[-1]}+"


def features(figure: CasualtyFigure | Mapping[str, Any]) -> list[str]:
    """The facts about a figure the model weighs, as names (``"rule=predicate"``, ``"kind=detained"``,
    ``"size=1"``, ``"part"``...); a figure written as a dict (``CasualtyFigure.to_dict()``, or a figure of
    an older extractor) gives the same names."""
    get = figure.get if isinstance(figure, Mapping) else (lambda name: getattr(figure, name, None))
    count = int(get(COUNT) or 0)
    names = [f"{name}={get(name)}" for name in NAMED_FIELDS] + [f"{SIZE}={size_band(count)}"]
    if count == 1:
        names.append(f"{SINGLE}={get(KIND)}")
    return names + [flag for flag, holds in FLAGS.items() if holds(get)]


def probability(weights: Mapping[str, float], names: Iterable[str]) -> float:
    """The model's probability for a figure with these feature names (unknown names weigh 0)."""
    z = weights.get(BIAS, 0.0) + sum(weights.get(n, 0.0) for n in names)
    return 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0


def calibrate(figures: list[CasualtyFigure], weights: Optional[Mapping[str, Mapping[str, float]]] = None) -> None:
    """Set each figure's ``confidence`` from the weights of its language (``confidence_weights.WEIGHTS``
    by default), rounded to two places; vague amounts get at most ``VAGUE_CONFIDENCE``."""
    for f in figures:
        names = tuple(features(f))
        p = _default_probability(f.lang or "", names) if weights is None else \
            probability(weights.get(f.lang or "") or weights.get("en", {}), names)
        f.confidence = min(round(p, 2), VAGUE_CONFIDENCE) if f.vague else round(p, 2)


@lru_cache(maxsize=4096)  # figures read alike share their features: most lookups repeat
def _default_probability(lang: str, names: tuple[str, ...]) -> float:
    from nlp.casualties.confidence_weights import WEIGHTS

    return probability(WEIGHTS.get(lang) or WEIGHTS["en"], names)


def fit_weights(rows: Iterable[tuple[list[str], bool]], *, l2: float = 1.0, steps: int = 600,
                rate: float = 2.0) -> dict[str, float]:
    """Weights of an L2-regularised logistic model of ``hit`` from feature names, by full-batch
    gradient descent (deterministic: the same rows give the same weights). Rows with the same names
    are pooled first, so a few thousand figures fit in about a second."""
    pooled: Counter = Counter()
    hits: Counter = Counter()
    for names, hit in rows:
        key = tuple(sorted(set(names)))
        pooled[key] += 1
        hits[key] += bool(hit)
    total = sum(pooled.values())
    if not total:
        return {BIAS: 0.0}
    groups = [(key, n, hits[key]) for key, n in sorted(pooled.items())]
    weights: dict[str, float] = {name: 0.0 for key, _, _ in groups for name in key}
    bias = math.log((sum(hits.values()) + 1) / (total - sum(hits.values()) + 1))
    for _ in range(steps):
        grad = dict.fromkeys(weights, 0.0)
        grad_bias = 0.0
        for key, n, h in groups:
            z = bias + sum(weights[k] for k in key)
            err = n / (1.0 + math.exp(-z)) - h if z > -30 else -h  # sum of (p - y) over the group
            grad_bias += err
            for k in key:
                grad[k] += err
        bias -= rate * grad_bias / total
        for k, g in grad.items():
            weights[k] -= rate * (g + l2 * weights[k]) / total
    out = {BIAS: round(bias, 4)}
    out.update({k: round(w, 4) for k, w in sorted(weights.items()) if abs(w) >= 0.0001})
    return out
