"""A figure's ``confidence`` is measured, not hand-set (``nlp.casualties.calibration``).

The weights are fitted by ``scripts/calibrate_confidence.py`` on the figures the extractor produced
on each blind batch the first time it was scored (kept, pooled, in ``tests/data/first_sight/``).
These tests check that the committed weights are exactly what that data gives, that the scores are
calibrated on batches left out of the fit, and that the extractor sets them on every figure.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from nlp import extract
from nlp.casualties.calibration import VAGUE_CONFIDENCE, calibrate, features, fit_weights, probability, size_band
from nlp.casualties.confidence_weights import WEIGHTS
from tollwatch.records import CasualtyFigure

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def script():
    spec = importlib.util.spec_from_file_location("calibrate_confidence", ROOT / "scripts" / "calibrate_confidence.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("calibrate_confidence", module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def first_sight(script):
    return script.read_figures()


def test_the_first_sight_figures_come_from_every_scored_batch(first_sight, script):
    kept = {(r["batch"], r["lang"], r["commit"]) for r in first_sight}
    named = set(script.first_score_commits())
    assert kept <= named
    assert {lang for _, lang, _ in kept} == {"en", "ar"} and len(kept) >= 28
    assert len(first_sight) > 5000 and 0.85 < sum(r["hit"] for r in first_sight) / len(first_sight) < 0.97


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_committed_weights_are_the_fit_of_the_kept_figures(first_sight, lang):
    """Nobody tunes a weight by hand: re-fitting the kept data gives the committed table."""
    assert fit_weights((r["features"], r["hit"]) for r in first_sight if r["lang"] == lang) == WEIGHTS[lang]


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_confidence_is_calibrated_on_batches_left_out_of_the_fit(first_sight, script, lang):
    """With each batch scored by a model fitted without it: in every band of confidence, the share
    of right figures is close to the mean confidence given, and higher bands are more precise."""
    held_out = script.leave_one_batch_out([r for r in first_sight if r["lang"] == lang][::2] +
                                          [r for r in first_sight if r["lang"] == lang][1::2])
    bands = script.reliability(held_out)
    assert len(bands) == 4
    for b in bands:  # within 0.06, or 2.5 standard errors of a share measured on few figures (the lowest band)
        sampling = 2.5 * (b["right"] * (1 - b["right"]) / b["figures"]) ** 0.5
        assert abs(b["mean_confidence"] - b["right"]) < max(0.06, sampling), b
    rights = [b["right"] for b in bands]
    assert rights == sorted(rights)
    table = script.threshold_table(held_out)
    assert table[-1]["precision"] > table[0]["precision"] + 0.03


def test_size_bands():
    assert [size_band(n) for n in (1, 2, 9, 10, 99, 100, 999, 1000, 250000)] == \
        ["1", "2-9", "2-9", "10-99", "10-99", "100-999", "100-999", "1000+", "1000+"]


def test_features_are_the_same_for_a_figure_and_its_dict():
    f = CasualtyFigure(kind="killed", count=1, rule="single_victim", scope="event", part_of=0, victims=None)
    assert features(f) == features(f.to_dict())
    assert {"rule=single_victim", "kind=killed", "size=1", "single=killed", "part", "no_victims"} <= set(features(f))


def test_every_extracted_figure_gets_a_measured_confidence():
    text = ("At least 15 civilians were killed and 30 injured, including four children, in shelling on "
            "Idlib on Monday. Dozens of people were killed in the clashes. Gunmen killed the mayor.")
    figs = extract(text, lang="en")
    assert figs and all(0.0 < f.confidence < 1.0 for f in figs)
    by = {(f.kind, f.count): f for f in figs}
    assert by[("killed", 24)].vague and by[("killed", 24)].confidence <= VAGUE_CONFIDENCE
    assert by[("killed", 15)].confidence > by[("killed", 1)].confidence  # single victims are wrong more often
    ar = extract("قتل 12 مدنياً بينهم طفلان في قصف على ريف إدلب.", lang="ar")
    assert ar and all(0.5 < f.confidence < 1.0 for f in ar)


def test_calibrate_uses_the_weights_of_the_figures_language():
    f = CasualtyFigure(kind="killed", count=12, rule="predicate", lang="en")
    calibrate([f], {"en": {"_bias": 0.0}})
    assert f.confidence == 0.5
    calibrate([f], {"en": {"_bias": 0.0, "rule=predicate": 100.0}})
    assert f.confidence == 1.0
    assert probability({"_bias": -1000.0}, []) == 0.0


def test_the_fit_is_deterministic_and_learns_which_facts_go_with_wrong_figures():
    rows = [(["rule=good"], True)] * 95 + [(["rule=good"], False)] * 5 + \
           [(["rule=bad"], True)] * 6 + [(["rule=bad"], False)] * 4
    w = fit_weights(rows)
    assert w == fit_weights(rows)
    assert probability(w, ["rule=good"]) > 0.9 > 0.7 > probability(w, ["rule=bad"])
