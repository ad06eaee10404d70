"""``tollwatch eval DIR``: score the extractor against annotated bulletins.

DIR holds one JSON document per bulletin in the development-set format (``text``,
``lang``, ``published``, ``gold``). Prints precision, recall and F1 on
``(kind, count)`` per language and each document's misses and spurious figures;
``--by-rule`` adds each extractor rule's true and false positives and precision (worst
first), so a bad rule is found by measurement; ``--json`` prints the same as JSON;
``--abductions-as-other`` scores as annotations that file abductions and hostages as ``other``
(tollwatch reports them as ``detained`` with ``manner: "abducted"``).

``--min-confidence X`` scores only the figures whose ``confidence`` is at least X (a measured
probability, docs/extraction.md "Confidence"): what a consumer keeping only the surer figures
gets; ``--by-confidence`` adds precision and recall at each of several such thresholds.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from cli.main import UserError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("eval", help="score the extractor against annotated bulletins",
                       description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("directory", metavar="DIR", help="folder of annotated JSON bulletins")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--quiet", "-q", action="store_true", help="only the totals, not each document's errors")
    p.add_argument("--by-rule", action="store_true", help="precision of each extractor rule (true/false positives)")
    p.add_argument("--min-confidence", type=_fraction, default=0.0, metavar="X",
                   help="score only figures whose confidence is at least X (0 to 1; default 0: all)")
    p.add_argument("--by-confidence", action="store_true",
                   help="precision and recall of the figures at or above each of several confidences")
    p.add_argument("--abductions-as-other", action="store_true",
                   help="leave out detentions marked as abductions or hostages (manner 'abducted'), for annotations "
                        "that file them as 'other' (the shared development set's README)")
    p.set_defaults(func=run)


CONFIDENCE_STEPS = (0.0, 0.5, 0.8, 0.85, 0.9, 0.93, 0.95)


def _fraction(value: str) -> float:
    try:
        x = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not 0.0 <= x <= 1.0:
        raise argparse.ArgumentTypeError(f"a confidence is between 0 and 1, not {value}")
    return x


def load_annotated(directory: Path) -> list[dict]:
    if not directory.is_dir():
        raise UserError(f"{directory} is not a directory")
    docs = []
    for path in sorted(directory.glob("*.json")):
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise UserError(f"cannot read annotated bulletin {path}: {exc}") from exc
        if not isinstance(doc, dict) or "text" not in doc or "gold" not in doc:
            continue  # not an annotated bulletin (e.g. a manifest)
        doc.setdefault("id", path.stem)
        docs.append(doc)
    if not docs:
        raise UserError(f"no annotated bulletins (*.json with 'text' and 'gold') in {directory}")
    return docs


def run(args: argparse.Namespace) -> int:
    from nlp import extract
    from nlp.evaluation import (gold_pairs, non_casualty_hits, predicted_pairs, rule_outcomes, score_document,
                                summarise, summarise_rules)

    docs = load_annotated(Path(args.directory))
    read = [(doc, extract(doc["text"], lang=doc.get("lang"), published=doc.get("published"))) for doc in docs]

    def score_at(min_confidence: float) -> list:
        scores = []
        for doc, figures in read:
            gold = gold_pairs(doc["gold"])
            pairs = predicted_pairs(figures, gold, args.abductions_as_other, min_confidence)
            score = score_document(str(doc["id"]), doc.get("lang") or "?", pairs, gold)
            score.non_casualty = non_casualty_hits(score.spurious, doc.get("not_casualty_numbers"))
            scores.append(score)
        return scores

    scores = score_at(args.min_confidence)
    outcomes = [(doc.get("lang") or "?", rule, hit) for doc, figures in read
                for rule, hit in rule_outcomes(figures, gold_pairs(doc["gold"]), args.abductions_as_other,
                                               args.min_confidence)]
    by_confidence = {t: summarise(score_at(t)) for t in CONFIDENCE_STEPS} if args.by_confidence else {}
    totals = summarise(scores)
    by_rule = summarise_rules(outcomes) if args.by_rule else {}
    if args.json:
        out = {"totals": {k: v.as_dict() for k, v in totals.items()}, "documents": [s.__dict__ for s in scores]}
        if args.by_rule:
            out["rules"] = [{"lang": lang, "rule": rule, **{k: v for k, v in s.as_dict().items() if k in ("tp", "fp", "precision")}}
                            for (lang, rule), s in _worst_first(by_rule)]
        if args.by_confidence:
            out["by_confidence"] = [{"min_confidence": t, "lang": lang, **s.as_dict()}
                                    for t, tot in by_confidence.items() for lang, s in sorted(tot.items())]
        json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    if not args.quiet:
        for s in scores:
            if s.missed or s.spurious:
                extra = f"; NOT A CASUALTY: {s.non_casualty}" if s.non_casualty else ""
                print(f"{s.id} ({s.lang}): missed {s.missed or '-'}; spurious {s.spurious or '-'}{extra}")
        print()
    print(f"{'lang':<5} {'docs':>4} {'tp':>4} {'fp':>4} {'fn':>4} {'P':>6} {'R':>6} {'F1':>6}")
    for lang, t in sorted(totals.items(), key=lambda kv: (kv[0] == "all", kv[0])):
        n = len(scores) if lang == "all" else sum(1 for s in scores if s.lang == lang)
        print(f"{lang:<5} {n:>4} {t.tp:>4} {t.fp:>4} {t.fn:>4} {t.precision:>6.3f} {t.recall:>6.3f} {t.f1:>6.3f}")
    flagged = sum(len(s.non_casualty) for s in scores)
    print(f"\nnon-casualty numbers reported (listed in not_casualty_numbers): {flagged}")
    if args.by_rule:
        print(f"\n{'lang':<5} {'rule':<28} {'tp':>5} {'fp':>4} {'P':>6}")
        for (lang, rule), s in _worst_first(by_rule):
            print(f"{lang:<5} {rule:<28} {s.tp:>5} {s.fp:>4} {s.precision:>6.3f}")
    if args.by_confidence:
        print(f"\n{'lang':<5} {'min conf.':>9} {'tp':>5} {'fp':>4} {'fn':>4} {'P':>6} {'R':>6}")
        for t, tot in by_confidence.items():
            for lang, s in sorted(tot.items(), key=lambda kv: (kv[0] == "all", kv[0])):
                print(f"{lang:<5} {t:>9.2f} {s.tp:>5} {s.fp:>4} {s.fn:>4} {s.precision:>6.3f} {s.recall:>6.3f}")
    return 0


def _worst_first(by_rule: dict) -> list:
    """Rules by precision, lowest first, then by false positives (most first)."""
    return sorted(by_rule.items(), key=lambda kv: (kv[1].precision, -kv[1].fp, kv[0]))
