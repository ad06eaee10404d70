"""``tollwatch incidents`` and ``tollwatch eval-incidents``: list and rebuild incidents, and score the linker.

* ``tollwatch incidents --data DIR``: the stored incidents (one line each: id, date, kind,
  low/best/high, place, sources); ``--links`` adds each incident's figures with their evidence
  and every link with its reasons (the keys to use in an override file); ``--rebuild`` runs the
  incidents stage first (with ``--overrides FILE``, else the ``incident_overrides`` setting);
  ``--kind``, ``--scope``, ``--since DATE`` filter; ``--json`` prints the incidents as JSON.
* ``tollwatch eval-incidents DIR``: DIR holds incident sets (``<set>/bulletins/*.json`` and
  ``<set>/expected.json``, or DIR is one set); runs nlp and the linker on each and prints
  pairwise link precision/recall, B-cubed F1 and low/best/high agreement per set and overall.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from cli.main import UserError, open_store


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("incidents", help="list (or rebuild) the incidents: one event across bulletins and sources",
                       description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--data", metavar="DIR", help="data directory (default: TOLLWATCH_DATA or ./tollwatch-data)")
    p.add_argument("--rebuild", action="store_true", help="run the incidents stage first")
    p.add_argument("--overrides", metavar="FILE", help="override file for --rebuild (default: incident_overrides)")
    p.add_argument("--kind", help="only incidents with a toll of this kind")
    p.add_argument("--scope", choices=("event", "cumulative"), help="only events or only running totals")
    p.add_argument("--since", metavar="DATE", help="only incidents dated on or after DATE (ISO)")
    p.add_argument("--links", action="store_true", help="show figures, evidence and links with their reasons")
    p.add_argument("--json", action="store_true", help="print the incidents as JSON")
    p.set_defaults(func=run_list)

    e = sub.add_parser("eval-incidents", help="score the linker against annotated incident sets",
                       description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    e.add_argument("directory", metavar="DIR", help="folder of incident sets (or one set)")
    e.add_argument("--json", action="store_true", help="print JSON")
    e.add_argument("--quiet", "-q", action="store_true", help="only the scores, not each set's errors")
    e.set_defaults(func=run_eval)


# -- tollwatch incidents ------------------------------------------------------------
def run_list(args: argparse.Namespace) -> int:
    from incidents.overrides import OverridesError
    from reports.export import ExportFilter

    try:  # a misspelt kind or a date that is not one is said, not filtered into "no incidents"
        ExportFilter(since=args.since, kind=args.kind, scope="all")
    except ValueError as exc:
        raise UserError(str(exc)) from exc
    store = open_store(args.data)
    if args.rebuild:
        from pipeline.stages import incidents_stage

        try:
            report = incidents_stage(store, args.overrides)
        except OverridesError as exc:
            raise UserError(str(exc)) from exc
        print(f"rebuilt: {report['incidents']} incident(s) from {report['figures']} figure(s), {report['new']} new, "
              f"{report['changed']} with a changed toll, {report['manual_links']} manual link(s)", file=sys.stderr)
    incidents = store.incidents()
    stored = len(incidents)
    if args.kind:
        incidents = [i for i in incidents if any(t.kind == args.kind for t in i.tolls)]
    if args.scope:
        incidents = [i for i in incidents if i.scope == args.scope]
    if args.since:
        incidents = [i for i in incidents if (i.event_date_end or i.event_date or "") >= args.since]
    if args.json:
        json.dump([i.to_dict() for i in incidents], sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    if not incidents:
        if stored:
            print(f"no incidents pass the filters ({stored} stored)")
        else:
            print("no incidents" + ("" if args.rebuild else " (run `tollwatch run` or `tollwatch incidents --rebuild`)"))
        return 0
    print(f"{'incident':<17} {'date':<10} {'scope':<10} {'kind':<9} {'low':>6} {'best':>6} {'high':>6}  place; sources")
    for inc in incidents:
        for t in inc.tolls:
            place = inc.place.name if inc.place else "-"
            print(f"{inc.incident_id:<17} {inc.event_date or '?':<10} {inc.scope:<10} {t.kind:<9} {t.low:>6} "
                  f"{t.best:>6} {t.high:>6}  {place}; {', '.join(inc.sources)}")
        if args.links:
            for f in inc.figures:
                mark = "" if f.current else " (superseded)"
                print(f"    figure {f.version_id}#{f.index} {f.source} {f.published or ''}: {f.count}{mark}: "
                      f"\"{f.evidence}\"")
            for l in inc.links:
                who = "override" if l.manual else f"score {l.score:g}"
                print(f"    link {l.a} ~ {l.b} ({who}): {'; '.join(l.reasons)}")
            for h in inc.history:
                print(f"    toll {h.at[:10]}: {h.low}/{h.best}/{h.high} ({h.source}, {h.version_id})")
    return 0


# -- tollwatch eval-incidents -------------------------------------------------------
def find_sets(directory: Path) -> list[Path]:
    if not directory.is_dir():
        raise UserError(f"{directory} is not a directory")
    if (directory / "expected.json").exists():
        return [directory]
    sets = sorted(p for p in directory.iterdir() if p.is_dir() and (p / "expected.json").exists())
    if not sets:
        raise UserError(f"no incident sets in {directory} (folders with bulletins/*.json and expected.json)")
    return sets


def load_set(path: Path) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    try:
        expected = json.loads((path / "expected.json").read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UserError(f"cannot read {path / 'expected.json'}: {exc}") from exc
    if not isinstance(expected, dict) or not isinstance(expected.get("incidents"), list):
        raise UserError(f"{path / 'expected.json'}: expected {{\"incidents\": [...]}}")
    for n, inc in enumerate(expected["incidents"], 1):
        figures = inc.get("figures") if isinstance(inc, dict) else None
        if not isinstance(figures, list) or not all(
                isinstance(f, dict) and f.get("bulletin") and isinstance(f.get("count"), int) for f in figures):
            raise UserError(f"{path / 'expected.json'}: incident #{n} needs \"figures\": "
                            f"[{{\"bulletin\": id, \"count\": number}}, ...]")
    docs = []
    for file in sorted((path / "bulletins").glob("*.json")):
        try:
            doc = json.loads(file.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise UserError(f"cannot read bulletin {file}: {exc}") from exc
        if not isinstance(doc, dict) or not isinstance(doc.get("text"), str):
            raise UserError(f"bulletin {file}: expected an object with 'text'")
        doc.setdefault("id", file.stem)
        doc.setdefault("url", f"http://127.0.0.1/{path.name}/{doc['id']}")
        docs.append(doc)
    if not docs:
        raise UserError(f"no bulletins in {path / 'bulletins'}")
    return docs, expected


def bulletins_of(docs: list[dict[str, Any]]):
    """Bulletin records of a set's documents: the same url twice is two versions, in fetch order."""
    from tollwatch.records import Bulletin

    out, ids, counts = [], {}, {}
    for doc in sorted(docs, key=lambda d: (str(d.get("fetched") or d.get("published") or ""), str(d["id"]))):
        b = Bulletin(source=str(doc.get("source") or "unknown"), url=str(doc["url"]), text=doc["text"],
                     lang=doc.get("lang"), title=doc.get("title"), published=doc.get("published"),
                     fetched=doc.get("fetched"))
        counts[b.bulletin_id] = counts.get(b.bulletin_id, 0) + 1
        b.version = counts[b.bulletin_id]
        out.append(b)
        ids[b.version_id] = str(doc["id"])
    return out, ids


def run_eval(args: argparse.Namespace) -> int:
    from incidents import build_incidents
    from incidents.evaluation import score_set, total
    from nlp.annotate import annotate
    from nlp.models import load_components

    sets = find_sets(Path(args.directory))
    components = load_components(log_missing=False)
    scores = []
    for path in sets:
        docs, expected = load_set(path)
        bulletins, version_ids = bulletins_of(docs)
        annotated = [annotate(b, components) for b in bulletins]
        figure_ids = {f"{b.version_id}#{i}": version_ids[b.version_id]
                      for b in annotated for i in range(len(b.casualties))}
        incidents = build_incidents(annotated)
        scores.append(score_set(path.name, expected, incidents, figure_ids))
    overall = total(scores)
    if args.json:
        json.dump({"sets": [s.to_dict() for s in scores], "all": overall.to_dict()}, sys.stdout,
                  ensure_ascii=False, indent=1)
        print()
        return 0
    if not args.quiet:
        for s in scores:
            for line in s.wrong_links:
                print(f"{s.name}: WRONG LINK {line}")
            for line in s.missed_links:
                print(f"{s.name}: missed link {line}")
            for line in s.toll_errors:
                print(f"{s.name}: {line}")
            if s.missed_figures:
                print(f"{s.name}: figures not extracted: {', '.join(s.missed_figures)}")
        print()
    print(f"{'set':<28} {'figs':>4} {'pairs':>5} {'P':>6} {'R':>6} {'B3-F1':>6} {'low':>5} {'best':>5} {'high':>5}")
    for s in [*scores, overall]:
        n = s.incidents_expected or 1
        print(f"{s.name:<28} {s.figures_matched:>4} {s.pairs_predicted:>5} {s.precision:>6.3f} {s.recall:>6.3f} "
              f"{s.bcubed_f1:>6.3f} {s.low_agree / n:>5.2f} {s.best_agree / n:>5.2f} {s.high_agree / n:>5.2f}")
    print(f"\nlink precision {overall.precision:.3f} over {overall.pairs_predicted} linked pair(s); "
          f"{len(overall.missed_figures)} expected figure(s) not extracted")
    return 0
