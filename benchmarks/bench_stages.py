"""Per-stage cost of the nightly run, for capacity planning (docs/scaling.md).

    .venv/bin/python benchmarks/bench_stages.py            # 2,000 bulletins
    .venv/bin/python benchmarks/bench_stages.py -n 500     # a quick run

Bulletins: the hand-annotated fixture bulletins (``tests/data/bulletins/en`` and ``.../ar``),
repeated under distinct URLs (each text made unique). Measured, wall clock, on this machine:

* store: ``save_bulletin`` + ``mark_done`` per bulletin on the SQLite store (the reference) and on
  the PostgreSQL store (a server started like the test suite's, ``tests/fixtures/postgres.py``,
  fsync off there as in the tests: a real server with fsync on is slower per commit), then two
  writer processes at once on each, to see what a second worker adds;
* nlp: ``process_stage`` (``nlp.annotate``: language, figures, entities with spaCy small,
  places; no translation or NER model) per bulletin, against ``nlp.extract`` alone in the same
  process (the reference ``bench_extract.py`` measures).

Prints a table; ``--json FILE`` writes the figures (default ``benchmarks/results/stages.json``).
Indexing costs are ``bench_index.py``'s.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tollwatch.records import Bulletin  # noqa: E402


def bulletins(n: int) -> list[Bulletin]:
    docs = []
    for lang in ("en", "ar"):
        for path in sorted((ROOT / "tests" / "data" / "bulletins" / lang).glob("*.json")):
            d = json.loads(path.read_text(encoding="utf-8"))
            docs.append((lang, d))
    out = []
    for i in range(n):
        lang, d = docs[i % len(docs)]
        out.append(Bulletin(source=f"bench-{lang}", url=f"https://bench.example/{lang}/{i}", lang=None,
                            title=d.get("title"), published=d.get("published"), text=f"{d['text']}\n({i})"))
    return out


WRITER = textwrap.dedent("""
    import json, sys, time
    sys.path.insert(0, sys.argv[1])
    from store import Store
    from tollwatch.records import Bulletin
    n, offset = int(sys.argv[3]), int(sys.argv[4])
    store = Store(sys.argv[2])
    items = [Bulletin(source="w", url=f"https://w.example/{offset + i}", text=f"bulletin {offset + i}: 3 killed")
             for i in range(n)]
    start = time.perf_counter()
    for b in items:
        store.save_bulletin(b)
        store.mark_done("nlp", [b])
    print(json.dumps(time.perf_counter() - start))
""")


def store_rate(items: list[Bulletin], data: Path, url: str | None) -> float:
    from store import Store

    store = Store(data, url=url)
    start = time.perf_counter()
    for b in items:
        store.save_bulletin(b)
        store.mark_done("nlp", [b])
    elapsed = time.perf_counter() - start
    store.close()
    return len(items) / elapsed


def two_writers_rate(data: Path, url: str | None, n: int) -> float:
    """Bulletins/s stored by two processes at once (different bulletins)."""
    import os

    env = dict(os.environ)
    env.pop("TOLLWATCH_STORE_URL", None)
    if url:
        env["TOLLWATCH_STORE_URL"] = url
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(ROOT), str(data), str(n), str(k * n)],
                              env=env, stdout=subprocess.PIPE, text=True) for k in range(2)]
    # each writer times its own writes (not its start-up); the slower one bounds the pair
    elapsed = [json.loads(p.communicate()[0]) for p in procs]
    return 2 * n / max(elapsed)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-n", type=int, default=2000, help="bulletins (default 2000)")
    ap.add_argument("--json", default=str(ROOT / "benchmarks" / "results" / "stages.json"))
    args = ap.parse_args()
    from tests.fixtures.postgres import PostgresServer

    items = bulletins(args.n)
    out: dict = {"bulletins": args.n}
    server = PostgresServer().start()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            tmp = Path(tmp)
            out["store_sqlite_per_s"] = round(store_rate(bulletins(args.n), tmp / "sqlite", None), 1)
            pg = server.new_database()
            out["store_postgres_per_s"] = round(store_rate(bulletins(args.n), tmp / "pg", pg), 1)
            out["store_postgres_ratio"] = round(out["store_postgres_per_s"] / out["store_sqlite_per_s"], 2)
            half = args.n // 2
            out["store_sqlite_2_writers_per_s"] = round(two_writers_rate(tmp / "sqlite2", None, half), 1)
            out["store_postgres_2_writers_per_s"] = round(two_writers_rate(tmp / "pg2", server.new_database(), half), 1)

            from nlp import extract
            from pipeline.stages import load_components, process_stage
            from store import Store

            store = Store(tmp / "nlp", url=None)
            for b in items:
                store.save_bulletin(b)
            components = load_components(tmp / "nlp")
            process_stage(store, components, limit=20)  # warm up: lazy imports, spaCy
            start = time.perf_counter()
            report = process_stage(store, components)
            out["nlp_process_per_s"] = round(report.processed / (time.perf_counter() - start), 1)
            start = time.perf_counter()
            for b in items:
                extract(b.text, lang="ar" if b.source.endswith("ar") else "en", published=b.published)
            out["extract_only_per_s"] = round(len(items) / (time.perf_counter() - start), 1)
            out["nlp_ratio_to_extract"] = round(out["nlp_process_per_s"] / out["extract_only_per_s"], 3)
    finally:
        server.stop()
    for k, v in out.items():
        print(f"{k:34} {v}")
    Path(args.json).write_text(json.dumps(out, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
