"""A whole backfill (crawl, nlp, index) of a local site, as a ratio against a bare pipeline.

    .venv/bin/python benchmarks/bench_backfill.py            # 1,000 generated articles
    .venv/bin/python benchmarks/bench_backfill.py -n 200     # a quick run

Serves the demo site with N generated SOHR-like articles under ``/bulk/`` (one sitemap),
then, in the same run, each in its own process:

1. tollwatch: ``tollwatch run --sources bench.yaml --data DIR`` with crawl delays and
   AutoThrottle off: the real backfill (the crawl subprocess, the nlp stage with its worker
   processes, spaCy and the gazetteer, the embedded search index; no alert rules);
2. the reference: a bare Scrapy spider that fetches the same article URLs and, for each,
   runs trafilatura's main-text extraction and ``nlp.extract`` (casualty figures) and inserts
   the text and figures into a SQLite table: what any such pipeline has to do at the least.

Reports the wall-clock seconds of both (process start-up included), the ratio
tollwatch/reference (lower is better; 1.0 would be no cost over the bare minimum), the
CPU seconds of both and their ratio (what the work costs, whatever else runs on the
machine: on a busy machine the wall-clock ratio moves, the CPU ratio much less), the
seconds per stage of the tollwatch run, and the peak memory of each process tree, sampled
every 50 ms from ``/proc``: the sum of RSS over the process and all its descendants (pages
shared by forked workers counted once per process: an upper bound), and the sum of PSS
(shared pages divided among the processes sharing them). ``--repeat`` runs (default 1);
the median run by ratio is reported. Writes ``benchmarks/results/backfill.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.local_site import NO_DELAYS, fetch_urls, median_run, write_registry  # noqa: E402

ENV = {**NO_DELAYS, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}


def reference_main(urls_file: str, db_path: str) -> None:
    """The bare pipeline (runs in a subprocess): fetch, trafilatura, nlp.extract, SQLite."""
    import sqlite3

    import trafilatura

    import nlp

    db = sqlite3.connect(db_path)
    db.execute("CREATE TABLE bulletins (url TEXT PRIMARY KEY, text TEXT, figures TEXT)")

    def store(response) -> None:
        text = trafilatura.extract(response.text) or ""
        figures = [f.to_dict() for f in nlp.extract(text)]
        db.execute("INSERT OR REPLACE INTO bulletins VALUES (?,?,?)",
                   (response.url, text, json.dumps(figures, ensure_ascii=False)))

    fetch_urls(Path(urls_file).read_text().split(), store)
    db.commit()
    db.close()


# -- memory of a process tree ---------------------------------------------------------
def _children(pid: int) -> list[int]:
    out = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            out.extend(int(c) for c in (task / "children").read_text().split())
        except OSError:
            pass
    return out


def _tree(pid: int) -> list[int]:
    todo, seen = [pid], []
    while todo:
        p = todo.pop()
        seen.append(p)
        todo.extend(_children(p))
    return seen


def _memory_kb(pid: int) -> tuple[int, int]:
    """(RSS, PSS) of one process in KiB (0, 0 if it is gone)."""
    try:
        text = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:
        return 0, 0
    values = {}
    for line in text.splitlines()[1:]:
        parts = line.split()
        if len(parts) >= 2 and parts[1].isdigit():
            values[parts[0].rstrip(":")] = int(parts[1])
    return values.get("Rss", 0), values.get("Pss", 0)


class TreePeak:
    """Samples the memory of a process and all its descendants until stopped."""

    def __init__(self, pid: int, every: float = 0.05) -> None:
        self.pid, self.every = pid, every
        self.rss_mb = self.pss_mb = 0.0
        self.processes = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            pids = _tree(self.pid)
            mem = [_memory_kb(p) for p in pids]
            self.rss_mb = max(self.rss_mb, sum(m[0] for m in mem) / 1024)
            self.pss_mb = max(self.pss_mb, sum(m[1] for m in mem) / 1024)
            self.processes = max(self.processes, len(pids))
            self._stop.wait(self.every)

    def stop(self) -> "TreePeak":
        self._stop.set()
        self._thread.join()
        return self


def timed(cmd: list[str], env: dict[str, str]) -> tuple[float, float, TreePeak, subprocess.CompletedProcess]:
    """Wall-clock seconds, CPU seconds (the process and its waited-for descendants), peak memory."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = TreePeak(proc.pid)
    out, err = proc.communicate()
    wall = time.perf_counter() - t0
    peak.stop()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    done = subprocess.CompletedProcess(cmd, proc.returncode, out, err)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd[:4])}... failed ({proc.returncode}):\n{err[-3000:]}")
    return wall, cpu, peak, done


def run(n: int) -> dict:
    from crawlers.demo_site import serve_demo_site

    env = {**os.environ, **ENV, "PYTHONPATH": str(ROOT)}
    with serve_demo_site(slow_seconds=0, bulk_pages=n) as site, tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        registry = write_registry(tmp, site.base_url)
        data = tmp / "data"
        tw_wall, tw_cpu, tw_peak, done = timed([sys.executable, "-m", "cli", "run", "--sources", str(registry),
                                        "--data", str(data), "--json", "--quiet"],
                                       {**env, "TOLLWATCH_DATA": str(data)})
        report = json.loads(done.stdout)
        assert report["totals"]["new"] == n and report["totals"]["processed"] == n, report["totals"]
        articles = sorted({f"{site.base_url}{e['path']}" for e in site.requests
                           if e["path"].startswith("/bulk/") and e["path"].strip("/").split("/")[-1].isdigit()})
        assert len(articles) == n, len(articles)
        urls_file = tmp / "urls.txt"
        urls_file.write_text("\n".join(articles))
        ref_wall, ref_cpu, ref_peak, _ = timed([sys.executable, __file__, "--reference", str(urls_file), str(tmp / "ref.db")],
                                      env)
    return {
        "articles": n,
        "tollwatch_s": round(tw_wall, 2), "reference_s": round(ref_wall, 2),
        "ratio": round(tw_wall / ref_wall, 2),
        "tollwatch_cpu_s": round(tw_cpu, 2), "reference_cpu_s": round(ref_cpu, 2),
        "cpu_ratio": round(tw_cpu / ref_cpu, 2),
        "tollwatch_stages_s": report["seconds"],
        "figures": report["totals"]["figures_by_kind"],
        "tollwatch_peak_tree_rss_mb": round(tw_peak.rss_mb), "tollwatch_peak_tree_pss_mb": round(tw_peak.pss_mb),
        "tollwatch_processes": tw_peak.processes,
        "reference_peak_tree_rss_mb": round(ref_peak.rss_mb), "reference_peak_tree_pss_mb": round(ref_peak.pss_mb),
        "cores": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
        "load_average_1min": round(os.getloadavg()[0], 2),
    }


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] == "--reference":
        reference_main(sys.argv[2], sys.argv[3])
        return
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", type=int, default=1000, help="generated articles (default 1000)")
    parser.add_argument("--repeat", type=int, default=1, help="runs; the median run by ratio is reported")
    args = parser.parse_args()
    result = median_run(run, args.n, args.repeat, "backfill")
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
