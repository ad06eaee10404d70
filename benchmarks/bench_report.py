"""Speed of the exports and the HTML report, against serialising the same incidents in the same run.

    .venv/bin/python benchmarks/bench_report.py                  # 5,000 incidents
    .venv/bin/python benchmarks/bench_report.py --incidents 20000

Incidents: copies of the test incidents (``tests/report_data.py``: Khan Shaykhun with three
sources, al-Rashidin with two kinds, Shayrat, a running total), spread over a year with their own
ids and dates. Each measurement is the best of ``--rounds`` runs (CPU time, one core) of:

* the reference: ``json.dumps(incident.to_dict())`` for every incident (what the store writes);
* ``incident_rows`` alone, then rows plus ``csv``, ``jsonl``, ``geojson`` and ``xlsx`` writing to
  memory; ``render_report`` (the whole page, every incident in the table).

Prints incidents/s and the ratio to the reference; ``--json FILE`` writes the figures
(``benchmarks/results/report.json`` by default).
"""

from __future__ import annotations

import argparse
import copy
import io
import json
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reports.export import INCIDENT_COLUMNS, ExportFilter, incident_rows  # noqa: E402
from reports.formats import write  # noqa: E402
from reports.html import render_report  # noqa: E402
from tests import report_data  # noqa: E402


def incidents(n: int) -> list:
    base = report_data.incidents()
    out = []
    start = date(2017, 1, 1)
    for i in range(n):
        inc = copy.deepcopy(base[i % len(base)])
        inc.incident_id = f"{inc.incident_id}-{i}"
        if inc.scope == "event":
            day = (start + timedelta(days=i % 365)).isoformat()
            inc.event_date = inc.event_date_end = day
        out.append(inc)
    return out


def best_of(fn, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        t0 = time.process_time()
        fn()
        times.append(time.process_time() - t0)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--incidents", type=int, default=5000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--json", default=str(ROOT / "benchmarks" / "results" / "report.json"))
    args = ap.parse_args()
    incs = incidents(args.incidents)
    everything = ExportFilter(scope="all")
    rows = incident_rows(incs, everything)

    def to_memory(fmt: str):
        return lambda: write(incident_rows(incs, everything), INCIDENT_COLUMNS, fmt, io.BytesIO(), sheet="incidents")

    cases = {
        "reference: json.dumps(to_dict()) per incident": lambda: [json.dumps(i.to_dict(), ensure_ascii=False) for i in incs],
        "incident_rows": lambda: incident_rows(incs, everything),
        "export csv": to_memory("csv"),
        "export jsonl": to_memory("jsonl"),
        "export geojson": to_memory("geojson"),
        "export xlsx": to_memory("xlsx"),
        "report html": lambda: render_report(incs, everything),
    }
    results = {}
    for name, fn in cases.items():
        fn()  # warm up
        results[name] = best_of(fn, args.rounds)
    ref = results["reference: json.dumps(to_dict()) per incident"]
    print(f"{len(incs)} incidents, {len(rows)} rows, best of {args.rounds} (CPU seconds, one core)")
    print(f"{'what':<48} {'seconds':>8} {'incidents/s':>12} {'vs reference':>13}")
    out = {"incidents": len(incs), "rows": len(rows), "rounds": args.rounds, "cases": {}}
    for name, secs in results.items():
        per_s = len(incs) / secs if secs else float("inf")
        ratio = ref / secs if secs else float("inf")
        print(f"{name:<48} {secs:>8.3f} {per_s:>12,.0f} {ratio:>13.2f}")
        out["cases"][name] = {"seconds": round(secs, 4), "incidents_per_s": round(per_s), "ratio": round(ratio, 3)}
    page = render_report(incs, everything)
    out["report_bytes"] = len(page.encode("utf-8"))
    print(f"report size: {out['report_bytes'] / 1e6:.1f} MB")
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
