"""Casualty extraction speed and memory, English and Arabic, against trafilatura in the same run.

    .venv/bin/python benchmarks/bench_extract.py              # ~3 s per measurement
    .venv/bin/python benchmarks/bench_extract.py --seconds 1  # a quick run

Texts: the hand-annotated fixture bulletins (``tests/data/bulletins/en`` and ``.../ar``). For each
language it measures ``nlp.extract`` (bulletins/s on one core, and peak memory of one pass with
tracemalloc) and, as the reference the numbers are relative to, trafilatura's main-text extraction
(``trafilatura.extract``) of the same texts wrapped as simple HTML article pages, in the same
process. Prints a table; ``--json FILE`` also writes the figures (``benchmarks/results/extract.json``
by default).
"""

from __future__ import annotations

import argparse
import html
import json
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from nlp import extract  # noqa: E402
from nlp.casualties import parse_published  # noqa: E402

PAGE = """<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head>
<body><header><nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/reports">Reports</a></nav></header>
<main><article><h1>{title}</h1><p class="date">{published}</p>
{paragraphs}
</article></main>
<aside><h2>Other news</h2><ul><li><a href="/a">Older bulletin</a></li><li><a href="/b">Another one</a></li></ul></aside>
<footer><p>Copyright monitoring group. All rights reserved.</p></footer></body></html>"""


def load(lang: str) -> list[dict]:
    folder = ROOT / "tests" / "data" / "bulletins" / lang
    docs = []
    for path in sorted(folder.glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        doc["published_date"] = parse_published(doc.get("published"))
        paragraphs = "\n".join(f"<p>{html.escape(p.strip())}</p>" for p in doc["text"].split("\n") if p.strip())
        doc["html"] = PAGE.format(lang=lang, title=html.escape(doc.get("title") or ""), published=doc.get("published") or "",
                                  paragraphs=paragraphs)
        docs.append(doc)
    return docs


def rate(fn, docs: list[dict], seconds: float) -> float:
    """Documents per second of ``fn`` over ``docs``, repeated for at least ``seconds`` of CPU time."""
    for d in docs:  # warm caches and lazy imports
        fn(d)
    n, start = 0, time.process_time()
    while time.process_time() - start < seconds:
        for d in docs:
            fn(d)
        n += len(docs)
    return n / (time.process_time() - start)


def peak_kib(fn, docs: list[dict]) -> float:
    tracemalloc.start()
    tracemalloc.reset_peak()
    for d in docs:
        fn(d)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 1024


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seconds", type=float, default=3.0, help="CPU seconds per measurement (default 3)")
    ap.add_argument("--json", default=str(ROOT / "benchmarks" / "results" / "extract.json"),
                    help="write the results here ('' to skip)")
    args = ap.parse_args(argv)
    import trafilatura

    def run_extract(d):
        return extract(d["text"], lang=d["lang"], published=d["published_date"])

    def run_trafilatura(d):
        return trafilatura.extract(d["html"], favor_precision=True)

    rows = []
    for lang in ("en", "ar"):
        docs = load(lang)
        if not docs:
            continue
        chars = sum(len(d["text"]) for d in docs) / len(docs)
        ours, ref = rate(run_extract, docs, args.seconds), rate(run_trafilatura, docs, args.seconds)
        mem_ours, mem_ref = peak_kib(run_extract, docs), peak_kib(run_trafilatura, docs)
        figures = sum(len(run_extract(d)) for d in docs)
        rows.append({"lang": lang, "bulletins": len(docs), "mean_chars": round(chars), "figures": figures,
                     "extract_per_s": round(ours, 1), "trafilatura_per_s": round(ref, 1),
                     "speed_ratio": round(ours / ref, 2), "extract_peak_kib": round(mem_ours, 1),
                     "trafilatura_peak_kib": round(mem_ref, 1), "memory_ratio": round(mem_ours / mem_ref, 2)})
    print(f"{'lang':<4} {'docs':>4} {'chars':>6} {'extract/s':>10} {'trafil./s':>10} {'ratio':>6} "
          f"{'peak KiB':>9} {'trafil. KiB':>11} {'ratio':>6}")
    for r in rows:
        print(f"{r['lang']:<4} {r['bulletins']:>4} {r['mean_chars']:>6} {r['extract_per_s']:>10.0f} "
              f"{r['trafilatura_per_s']:>10.0f} {r['speed_ratio']:>6.2f} {r['extract_peak_kib']:>9.0f} "
              f"{r['trafilatura_peak_kib']:>11.0f} {r['memory_ratio']:>6.2f}")
    if args.json:
        out = Path(args.json)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps({"python": sys.version.split()[0], "seconds": args.seconds, "results": rows},
                                  indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
