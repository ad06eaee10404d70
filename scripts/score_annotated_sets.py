#!/usr/bin/env python3
"""Score the extractor on every annotated set at once: the guard of a rule change (docs/blind-batches.md).

For each set (the fixtures ``tests/data/bulletins``, the held-out set, every blind batch, and the shared
development set when it is there) it prints precision and recall per language, with and without
``--abductions-as-other`` (true, spurious, missed in brackets), the way ``tollwatch eval`` scores them.
``--dump FILE`` also writes each document's missed and spurious figures. Run it before and after a change
and compare both outputs with ``diff``: a change may land when the fixtures, the held-out set and the
development set stay at 1.000 and no set gains a spurious figure or loses a true one.

    .venv/bin/python scripts/score_annotated_sets.py --dump /tmp/before.txt > /tmp/before-scores.txt
    .venv/bin/python scripts/score_annotated_sets.py tests/data/blind70   # some sets only
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from nlp import extract  # noqa: E402
from nlp.evaluation import gold_pairs, predicted_pairs, score_document, summarise  # noqa: E402

DATA = ROOT / "tests" / "data"
DEV = ROOT.parent / "shared" / "dev"  # the shared development set, beside the checkout when it is there


def default_sets() -> list[Path]:
    blind = sorted((p for p in DATA.glob("blind*") if p.is_dir()), key=lambda p: (len(p.name), p.name))
    return [DATA / "bulletins", DATA / "heldout", *blind] + ([DEV] if DEV.is_dir() else [])


def annotated(folder: Path) -> list[tuple[Path, dict]]:
    docs = []
    for path in sorted(folder.rglob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(doc, dict) and "gold" in doc and "text" in doc:
            docs.append((path, doc))
    return docs


def score_set(folder: Path, dump) -> list[str]:
    """Two lines for ``folder``: the scores without and with ``--abductions-as-other``."""
    docs = [(path, doc, extract(doc["text"], lang=doc.get("lang"), published=doc.get("published")))
            for path, doc in annotated(folder)]
    lines = []
    for flag in (False, True):
        scores = []
        for path, doc, figures in docs:
            gold = gold_pairs(doc["gold"])
            score = score_document(str(path), doc.get("lang") or "?", predicted_pairs(figures, gold, flag), gold)
            scores.append(score)
            if dump and not flag and (score.missed or score.spurious):
                dump.write(f"{path.relative_to(folder.parent)}: missed {score.missed} spurious {score.spurious}\n")
        cells = " ".join(f"{lang} {t.precision:.3f}/{t.recall:.3f} ({t.tp},{t.fp},{t.fn})"
                         for lang, t in sorted(summarise(scores).items()) if lang != "all")
        lines.append(f"{folder.name:10} {'flag' if flag else '    '} {cells}")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sets", nargs="*", type=Path, help="annotated folders (default: every set)")
    ap.add_argument("--dump", type=Path, metavar="FILE", help="write each document's missed and spurious figures")
    args = ap.parse_args(argv)
    folders = args.sets or default_sets()
    missing = [str(f) for f in folders if not f.is_dir()]
    if missing:
        print(f"not a folder: {', '.join(missing)}", file=sys.stderr)
        return 2
    dump = args.dump.open("w", encoding="utf-8") if args.dump else None
    try:
        for folder in folders:
            print("\n".join(score_set(folder, dump)), flush=True)
    finally:
        if dump:
            dump.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
