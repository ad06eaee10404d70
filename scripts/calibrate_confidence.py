#!/usr/bin/env python3
"""Fit the casualty extractor's ``confidence`` on its first-sight figures (see nlp/casualties/calibration.py).

Every blind batch under ``tests/data/blind*/`` was scored once, before any rule changed for it,
and its README's "## First score" section names the commit that scored it (the first commit
named there). This script:

1. rebuilds, for each such batch and language, the figures the extractor *of that commit*
   produced (``git archive`` of the commit into a cache folder, run there in a subprocess), and
   marks each right or wrong against the batch's gold the way ``tollwatch eval`` does;
2. writes them, as feature names and right/wrong, to ``tests/data/first_sight/figures.jsonl``
   (the fit's data, kept so a test can refit it without git history);
3. fits one logistic model per language (``calibration.fit_weights``) and writes
   ``nlp/casualties/confidence_weights.py``;
4. prints, with each batch left out of the fit in turn, how precise the figures at or above
   each confidence are and what share of the right ones they keep (the table in
   docs/extraction.md, "Confidence").

    .venv/bin/python scripts/calibrate_confidence.py            # all batches with a first-score commit
    .venv/bin/python scripts/calibrate_confidence.py --refit    # only steps 3-4, from the kept figures

Run it after a new blind batch has been scored and merged (its README's "First score" names the
commit). Batches scored before figures named their rule are skipped (the fit needs the rule).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tarfile
import io
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from nlp.casualties.calibration import features, fit_weights, probability  # noqa: E402

FIGURES = ROOT / "tests" / "data" / "first_sight" / "figures.jsonl"
WEIGHTS = ROOT / "nlp" / "casualties" / "confidence_weights.py"
FIRST_SCORE = re.compile(r"^## First score\n(.*?)(?=^## |\Z)", re.M | re.S)
COMMIT = re.compile(r"\b(?=[0-9a-f]*\d)[0-9a-f]{7,40}\b")  # the first one named in the section
THRESHOLDS = (0.5, 0.8, 0.85, 0.9, 0.93, 0.95)
BANDS = ((0.0, 0.8), (0.8, 0.9), (0.9, 0.95), (0.95, 1.01))  # for the reliability check

# Run inside the old commit's tree: its extractor, its scoring, the batch's gold as it is today.
_DUMP = r"""
import json, sys, glob
from collections import Counter
from nlp import extract
from nlp.evaluation import gold_pairs, scored_figures, normal_kind
for path in sorted(glob.glob(sys.argv[1] + "/*.json")):
    doc = json.load(open(path, encoding="utf-8"))
    if "gold" not in doc:
        continue
    gold = gold_pairs(doc["gold"])
    left = Counter(gold)
    for d in scored_figures(extract(doc["text"], lang=doc.get("lang"), published=doc.get("published")), gold):
        pair = (normal_kind(d["kind"]), int(d["count"]))
        hit = left[pair] > 0
        left[pair] -= hit
        d = {k: d.get(k) for k in ("kind", "count", "rule", "scope", "qualifier", "part_of", "derived",
                                    "revision", "victims", "manner")}
        print(json.dumps({"doc": doc.get("id", path), "hit": hit, "figure": d}, ensure_ascii=False))
"""


def first_score_commits(root: Path = ROOT) -> list[tuple[str, str, str]]:
    """``(batch, lang, commit)`` for every blind batch README whose "## First score" section names
    the commit that scored it (the first commit named there)."""
    out = []
    for readme in sorted(root.glob("tests/data/blind*/README-*.md")):
        section = FIRST_SCORE.search(readme.read_text(encoding="utf-8"))
        commit = COMMIT.search(section.group(1)) if section else None
        if commit:
            out.append((readme.parent.name, readme.stem.split("-")[-1], commit.group(0)))
    return sorted(out, key=lambda t: (int(t[0][5:]), t[1]))


def tree_of(commit: str, cache: Path) -> Path:
    """The commit's files, unpacked once into ``cache``."""
    dest = cache / commit
    if not dest.is_dir():
        data = subprocess.run(["git", "-C", str(ROOT), "archive", commit], check=True, capture_output=True).stdout
        tmp = cache / f"{commit}.tmp"
        tmp.mkdir(parents=True, exist_ok=True)
        with tarfile.open(fileobj=io.BytesIO(data)) as tar:
            tar.extractall(tmp, filter="data")
        tmp.rename(dest)
    return dest


def first_sight_rows(batch: str, lang: str, commit: str, cache: Path) -> list[dict]:
    tree = tree_of(commit, cache)
    run = subprocess.run([sys.executable, "-c", _DUMP, str(ROOT / "tests" / "data" / batch / lang)], cwd=tree,
                         env={**os.environ, "PYTHONPATH": str(tree)}, capture_output=True, text=True)
    if run.returncode:
        raise SystemExit(f"{batch}/{lang} at {commit}: the extractor of that commit failed:\n{run.stderr[-2000:]}")
    rows = []
    for line in run.stdout.splitlines():
        r = json.loads(line)
        if not r["figure"].get("rule"):
            return []  # a commit before figures named their rule
        rows.append({"batch": batch, "lang": lang, "commit": commit, "doc": r["doc"], "hit": r["hit"],
                     "features": features(r["figure"])})
    return rows


def write_figures(rows: list[dict]) -> None:
    """The first-sight figures, pooled: one line per batch, language, commit and set of features,
    with how many figures had them and how many of those were right."""
    pooled: dict[tuple, list[int]] = {}
    for r in rows:
        key = (r["batch"], r["lang"], r["commit"], tuple(r["features"]))
        n = pooled.setdefault(key, [0, 0])
        n[0] += 1
        n[1] += bool(r["hit"])
    FIGURES.parent.mkdir(parents=True, exist_ok=True)
    FIGURES.write_text("".join(json.dumps({"batch": b, "lang": lang, "commit": c, "features": list(f), "figures": n,
                                           "right": k}, ensure_ascii=False) + "\n"
                               for (b, lang, c, f), (n, k) in pooled.items()), encoding="utf-8")


def read_figures(path: Path = FIGURES) -> list[dict]:
    """The rows ``write_figures`` pooled, one per figure again."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            p = json.loads(line)
            base = {k: p[k] for k in ("batch", "lang", "commit", "features")}
            rows += [dict(base, hit=True)] * p["right"] + [dict(base, hit=False)] * (p["figures"] - p["right"])
    return rows


def leave_one_batch_out(rows: list[dict]) -> list[dict]:
    """Each row's probability from a model fitted without its batch."""
    out = []
    for batch in sorted({r["batch"] for r in rows}):
        weights = fit_weights((r["features"], r["hit"]) for r in rows if r["batch"] != batch)
        out += [dict(r, p=probability(weights, r["features"])) for r in rows if r["batch"] == batch]
    return out


def threshold_table(scored: list[dict]) -> list[dict]:
    right = sum(r["hit"] for r in scored)
    table = []
    for t in (0.0,) + THRESHOLDS:
        kept = [r for r in scored if r["p"] >= t]
        tp = sum(r["hit"] for r in kept)
        table.append({"min_confidence": t, "figures": len(kept), "precision": round(tp / len(kept), 3) if kept else 1.0,
                      "right_kept": round(tp / right, 3) if right else 1.0})
    return table


def reliability(scored: list[dict]) -> list[dict]:
    """Per confidence band: the mean confidence given and the share of its figures that were right
    (a calibrated model gives about the same two numbers)."""
    out = []
    for low, high in BANDS:
        band = [r for r in scored if low <= r["p"] < high]
        if band:
            out.append({"band": f"{low:.2f}-{min(high, 1.0):.2f}", "figures": len(band),
                        "mean_confidence": round(sum(r["p"] for r in band) / len(band), 3),
                        "right": round(sum(r["hit"] for r in band) / len(band), 3)})
    return out


def write_weights(weights: dict[str, dict[str, float]], batches: list[tuple[str, str, str]], cv: dict) -> None:
    lines = ['"""Weights of the confidence model (``nlp.casualties.calibration``), written by',
             "``scripts/calibrate_confidence.py``: do not edit by hand, re-run the script.", "",
             "Fitted on the figures the extractor produced on each blind batch the first time it was scored",
             "(batch/language at commit):", ""]
    lines += [f"    {b}/{lang} at {c}" for b, lang, c in batches]
    lines += ["", "With each batch left out of the fit in turn (its figures scored by a model that never saw it):",
              "precision of the figures at or above a confidence, and the share of right figures they keep.", ""]
    for lang, (table, bands) in cv.items():
        lines.append(f"    {lang}:")
        lines += [f"      >= {t['min_confidence']:.2f}: P {t['precision']:.3f}, keeps {t['right_kept']:.3f} of the right"
                  for t in table]
        lines += [f"      confidence {b['band']}: {b['figures']} figures, mean confidence {b['mean_confidence']:.3f}, "
                  f"right {b['right']:.3f}" for b in bands]
    lines += ['"""', "", "WEIGHTS = {"]
    for lang, table in weights.items():
        lines.append(f"    {lang!r}: {{")
        lines += [f"        {k!r}: {v!r}," for k, v in table.items()]
        lines.append("    },")
    lines.append("}")
    WEIGHTS.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--refit", action="store_true", help="fit from tests/data/first_sight/figures.jsonl, no git")
    ap.add_argument("--cache", type=Path, default=Path.home() / ".cache" / "tollwatch" / "first-sight",
                    help="where old commits are unpacked (default ~/.cache/tollwatch/first-sight)")
    args = ap.parse_args(argv)
    if args.refit:
        rows = read_figures()
    else:
        rows = []
        for batch, lang, commit in first_score_commits():
            got = first_sight_rows(batch, lang, commit, args.cache)
            print(f"{batch}/{lang} at {commit}: {len(got)} figures, {sum(r['hit'] for r in got)} right"
                  if got else f"{batch}/{lang} at {commit}: skipped (figures had no rule yet)", file=sys.stderr)
            rows += got
        write_figures(rows)
    batches = sorted({(r["batch"], r["lang"], r["commit"]) for r in rows}, key=lambda t: (int(t[0][5:]), t[1]))
    weights, cv = {}, {}
    for lang in sorted({r["lang"] for r in rows}):
        mine = [r for r in rows if r["lang"] == lang]
        weights[lang] = fit_weights((r["features"], r["hit"]) for r in mine)
        held_out = leave_one_batch_out(mine)
        cv[lang] = (threshold_table(held_out), reliability(held_out))
        print(f"\n{lang}: {len(mine)} first-sight figures, each batch left out in turn")
        print("min confidence  figures  precision  right kept")
        for t in cv[lang][0]:
            print(f"{t['min_confidence']:>14.2f}  {t['figures']:>7}  {t['precision']:>9.3f}  {t['right_kept']:>10.3f}")
        print("band        figures  mean confidence  right")
        for b in cv[lang][1]:
            print(f"{b['band']:<10}  {b['figures']:>7}  {b['mean_confidence']:>15.3f}  {b['right']:>5.3f}")
    write_weights(weights, batches, cv)
    print(f"\nwrote {WEIGHTS.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
