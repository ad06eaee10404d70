"""Casualty extraction speed, English and Arabic: real-length bulletins against trafilatura in the
same run, and 1 MB / 5 MB texts to show the cost stays linear.

    .venv/bin/python benchmarks/bench_extract.py              # ~3 s per measurement
    .venv/bin/python benchmarks/bench_extract.py --seconds 1  # a quick run
    .venv/bin/python benchmarks/bench_extract.py --no-large   # without the 1 MB / 5 MB texts
    .venv/bin/python benchmarks/bench_extract.py --against main --no-large --seconds 0  # only the speed-up
    .venv/bin/python benchmarks/bench_extract.py --texts DEV_DIR --no-large  # also real bulletins as they are
    .venv/bin/python benchmarks/bench_extract.py --profile 25 --lang en --no-large --seconds 1  # where time goes

Texts: real bulletins average about 1,333 characters; the hand-annotated fixtures
(``tests/data/bulletins/en`` and ``.../ar``) are a third of that, so consecutive fixtures are
joined, paragraph by paragraph, into bulletins of real length (the mean is printed). For each
language it measures ``nlp.extract`` in bulletins per second of CPU time on one core and in
microseconds per character, and, as the reference in the same process, trafilatura's main-text
extraction (``trafilatura.extract``) of the same bulletins wrapped as simple HTML article pages.
``time ratio`` = extraction time / trafilatura time for the same bulletins: **lower is better**
(below 1, extracting the figures costs less than getting the text out of the page). Then one
1 MB and one 5 MB text (real-length bulletins joined) are extracted once each: ``linearity`` =
their cost per character / the real-length cost per character: **1.0 is linear**, above it
super-linear. Peak memory of the 1 MB extraction is taken with tracemalloc (Python allocations:
the extractor's, not trafilatura's C memory, so it is not compared). Prints a table; ``--json
FILE`` also writes the figures (``benchmarks/results/extract.json`` by default).

``--against REV`` (a git revision, e.g. ``main`` or a commit) also times the extractor of that
revision in the same process, on the same bulletins, alternating runs (the best of five each),
and checks that both give the same figures: ``speed-up`` = its time / today's time (**higher is
better**). The older ``nlp`` package is taken with ``git archive`` into a temporary directory and
imported as ``nlp_ref``. This is how a change to the extractor reports its speed on a loaded
machine: absolute rates move with the load, the ratio of two runs in one process much less.

``--texts DIR`` (repeatable) also measures annotated bulletins as they are (JSON files with
``text``, ``lang`` and ``published``, e.g. a held-out or dev set that is not in the
repository): bulletins per second and microseconds per character per language, not joined.
``--profile N`` prints the N functions with the most own time (``cProfile``) over the
real-length bulletins of each language: where the time goes. The load average (1 minute) is
printed and written with the results at the start and the end of the run: above the number
of cores, absolute rates are pessimistic.
"""

from __future__ import annotations

import argparse
import html
import importlib
import io
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from nlp import extract  # noqa: E402
from nlp.casualties import parse_published  # noqa: E402

REAL_LENGTH = 1333  # mean characters of a real bulletin (issue 15)

PAGE = """<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head>
<body><header><nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/reports">Reports</a></nav></header>
<main><article><h1>{title}</h1><p class="date">{published}</p>
{paragraphs}
</article></main>
<aside><h2>Other news</h2><ul><li><a href="/a">Older bulletin</a></li><li><a href="/b">Another one</a></li></ul></aside>
<footer><p>Copyright monitoring group. All rights reserved.</p></footer></body></html>"""


def fixtures(lang: str) -> list[dict]:
    folder = ROOT / "tests" / "data" / "bulletins" / lang
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))]


def real_length(lang: str, target: int = REAL_LENGTH) -> list[dict]:
    """Bulletins of about ``target`` characters on average: consecutive fixtures' paragraphs
    joined until a bulletin reaches the target (less half a paragraph, so the mean lands on it)."""
    docs, paragraphs, first = [], [], None
    for fx in fixtures(lang):
        first = first or fx
        for p in (x.strip() for x in fx["text"].split("\n")):
            if not p:
                continue
            paragraphs.append(p)
            size = sum(len(x) + 1 for x in paragraphs)
            if size >= target - len(p) / 2:
                docs.append(page(lang, first, "\n".join(paragraphs)))
                paragraphs, first = [], None
    return docs


def page(lang: str, fixture: dict, text: str) -> dict:
    title = fixture.get("title") or text.split("\n")[0][:80]
    paragraphs = "\n".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n"))
    return {"lang": lang, "text": text, "published_date": parse_published(fixture.get("published")),
            "html": PAGE.format(lang=lang, title=html.escape(title), published=fixture.get("published") or "",
                                paragraphs=paragraphs)}


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


def large(docs: list[dict], size: int) -> dict:
    parts, total, k = [], 0, 0
    while total < size:
        parts.append(docs[k % len(docs)]["text"])
        total += len(parts[-1]) + 2
        k += 1
    return {"lang": docs[0]["lang"], "text": "\n\n".join(parts), "published_date": docs[0]["published_date"]}


def run_extract(d: dict):
    return extract(d["text"], lang=d["lang"], published=d["published_date"])


def run_trafilatura(d: dict):
    import trafilatura

    return trafilatura.extract(d["html"], favor_precision=True)


def measure(lang: str, seconds: float, with_large: bool) -> dict:
    docs = real_length(lang)
    chars = sum(len(d["text"]) for d in docs) / len(docs)
    ours, ref = rate(run_extract, docs, seconds), rate(run_trafilatura, docs, seconds)
    row = {"lang": lang, "bulletins": len(docs), "mean_chars": round(chars),
           "figures_per_bulletin": round(sum(len(run_extract(d)) for d in docs) / len(docs), 1),
           "extract_per_s": round(ours, 1), "extract_us_per_char": round(1e6 / (ours * chars), 3),
           "trafilatura_per_s": round(ref, 1), "time_ratio": round(ref / ours, 2)}
    if with_large:
        for name, size in (("1mb", 1 << 20), ("5mb", 5 << 20)):
            text = large(docs, size)
            start = time.process_time()
            n = len(run_extract(text))
            spent = time.process_time() - start
            row[f"{name}_seconds"] = round(spent, 2)
            row[f"{name}_figures"] = n
            row[f"{name}_linearity"] = round((spent / len(text["text"])) / (1 / (ours * chars)), 2)
            if name == "1mb":
                tracemalloc.start()
                run_extract(text)
                row["1mb_peak_mib"] = round(tracemalloc.get_traced_memory()[1] / (1 << 20), 1)
                tracemalloc.stop()
    return row


def folder(path: Path, lang: str) -> list[dict]:
    """The annotated bulletins of ``lang`` in a folder, as they are (for ``--texts``)."""
    docs = []
    for p in sorted(path.glob("*.json")):
        fx = json.loads(p.read_text(encoding="utf-8"))
        if isinstance(fx, dict) and fx.get("lang") == lang and (fx.get("text") or "").strip():
            docs.append({"lang": lang, "text": fx["text"], "published_date": parse_published(fx.get("published"))})
    return docs


def measure_folder(path: Path, lang: str, seconds: float) -> Optional[dict]:
    docs = folder(path, lang)
    if not docs:
        return None
    chars = sum(len(d["text"]) for d in docs) / len(docs)
    ours = rate(run_extract, docs, seconds)
    return {"lang": lang, "texts": path.name, "bulletins": len(docs), "mean_chars": round(chars),
            "extract_per_s": round(ours, 1), "extract_us_per_char": round(1e6 / (ours * chars), 3)}


def profile(lang: str, top: int) -> None:
    """The ``top`` functions with the most own time over the real-length bulletins of ``lang``."""
    import cProfile
    import pstats

    docs = real_length(lang)
    for d in docs:
        run_extract(d)
    prof = cProfile.Profile()
    prof.enable()
    for _ in range(3):
        for d in docs:
            run_extract(d)
    prof.disable()
    print(f"--- {lang}: the {top} functions with the most own time (cProfile inflates Python calls)")
    pstats.Stats(prof, stream=sys.stdout).strip_dirs().sort_stats("tottime").print_stats(top)


def load() -> float:
    return round(os.getloadavg()[0], 2)


def reference_extract(rev: str, workdir: Path):
    """``nlp.extract`` as it was at git revision ``rev``, imported as ``nlp_ref``."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "nlp"], check=True, capture_output=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(workdir, filter="data")
    (workdir / "nlp").rename(workdir / "nlp_ref")
    own_import = re.compile(r"\b(from|import) nlp(?=[. ])")
    for path in (workdir / "nlp_ref").rglob("*.py"):
        path.write_text(own_import.sub(r"\1 nlp_ref", path.read_text(encoding="utf-8")), encoding="utf-8")
    sys.path.insert(0, str(workdir))
    return importlib.import_module("nlp_ref").extract


def compare(lang: str, rev: str, ref_extract, rounds: int = 5) -> dict:
    """Today's extractor against ``ref_extract`` on the same real-length bulletins, in turns."""
    docs = real_length(lang)

    def timed(fn) -> float:
        start = time.process_time()
        for d in docs:
            fn(d["text"], lang=d["lang"], published=d["published_date"])
        return time.process_time() - start

    best = {"ref": float("inf"), "now": float("inf")}
    for fn in (ref_extract, extract):
        timed(fn)  # warm caches and lazy imports
    for _ in range(rounds):
        best["ref"] = min(best["ref"], timed(ref_extract))
        best["now"] = min(best["now"], timed(extract))
    same = all([f.to_dict() for f in ref_extract(d["text"], lang=d["lang"], published=d["published_date"])]
               == [f.to_dict() for f in run_extract(d)] for d in docs)
    return {"lang": lang, "against": rev, "bulletins": len(docs), "ref_per_s": round(len(docs) / best["ref"], 1),
            "now_per_s": round(len(docs) / best["now"], 1), "speed_up": round(best["ref"] / best["now"], 2),
            "same_figures": same}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seconds", type=float, default=3.0, help="CPU seconds per measurement (default 3)")
    ap.add_argument("--no-large", action="store_true", help="skip the 1 MB and 5 MB texts")
    ap.add_argument("--lang", choices=["en", "ar"], action="append", help="only this language (repeatable)")
    ap.add_argument("--json", default=str(ROOT / "benchmarks" / "results" / "extract.json"),
                    help="write the results here ('' to skip)")
    ap.add_argument("--against", metavar="REV", help="also time the extractor of git revision REV in this process")
    ap.add_argument("--texts", metavar="DIR", type=Path, action="append", default=[],
                    help="also measure the annotated bulletins of this folder as they are (repeatable)")
    ap.add_argument("--profile", metavar="N", type=int, default=0, help="print the N functions with the most own time")
    args = ap.parse_args(argv)
    langs = args.lang or ["en", "ar"]
    started = load()
    print(f"load average (1 min) at the start: {started} on {os.cpu_count()} cores")
    for lang in langs if args.profile else []:
        profile(lang, args.profile)
    against = []
    if args.against:
        with tempfile.TemporaryDirectory() as tmp:
            ref = reference_extract(args.against, Path(tmp))
            for lang in langs:
                r = compare(lang, args.against, ref)
                against.append(r)
                print(f"{lang}: {r['against']} {r['ref_per_s']:.0f}/s, now {r['now_per_s']:.0f}/s, "
                      f"speed-up {r['speed_up']:.2f}x (higher is better), same figures: {r['same_figures']}")
    if args.seconds <= 0:
        print(f"load average (1 min) at the end: {load()}")
        return 0
    texts = []
    for path in args.texts:
        for lang in langs:
            r = measure_folder(path, lang, args.seconds)
            if r:
                texts.append(r)
                print(f"{lang}: {r['bulletins']} bulletins of {path.name} as they are ({r['mean_chars']} chars): "
                      f"{r['extract_per_s']:.0f}/s, {r['extract_us_per_char']:.2f} us/char")
    rows = [measure(lang, args.seconds, not args.no_large) for lang in langs if fixtures(lang)]
    print(f"{'lang':<4} {'docs':>4} {'chars':>6} {'extract/s':>10} {'us/char':>8} {'trafil./s':>10} "
          f"{'time ratio':>10} {'1 MB s':>7} {'lin.':>5} {'5 MB s':>7} {'lin.':>5} {'1 MB peak MiB':>13}")
    for r in rows:
        print(f"{r['lang']:<4} {r['bulletins']:>4} {r['mean_chars']:>6} {r['extract_per_s']:>10.0f} "
              f"{r['extract_us_per_char']:>8.2f} {r['trafilatura_per_s']:>10.0f} {r['time_ratio']:>10.2f} "
              f"{r.get('1mb_seconds', '-'):>7} {r.get('1mb_linearity', '-'):>5} {r.get('5mb_seconds', '-'):>7} "
              f"{r.get('5mb_linearity', '-'):>5} {r.get('1mb_peak_mib', '-'):>13}")
    print("time ratio = extraction time / trafilatura time on the same bulletins (lower is better); "
          "lin. = cost per character / real-length cost per character (1.0 = linear)")
    if args.json:
        out = Path(args.json)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps({"python": sys.version.split()[0], "seconds": args.seconds, "cores": os.cpu_count(),
                                   "load_average": [started, load()], "results": rows, "texts": texts,
                                   "against": against},
                                  indent=1) + "\n", encoding="utf-8")
    print(f"load average (1 min) at the end: {load()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
