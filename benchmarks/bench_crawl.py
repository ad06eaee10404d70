"""Crawl throughput against the local demo site, as a ratio against a bare Scrapy spider.

    .venv/bin/python benchmarks/bench_crawl.py            # 400 generated pages
    .venv/bin/python benchmarks/bench_crawl.py -n 100     # a quick run

Serves the demo site with N generated SOHR-like article pages under ``/bulk/`` (listed in
one sitemap), then, in the same run:

1. tollwatch: ``crawlers.run.crawl_source`` of a ``sohr-en`` source over that sitemap
   (its own subprocess, robots.txt, canonical URLs, decoding, extraction with
   selectors, date cascade, language detection, the store pipeline), delays and
   AutoThrottle off;
2. the reference: a bare ``scrapy.Spider`` in its own subprocess that fetches exactly
   the URLs tollwatch fetched and does nothing with them, same concurrency settings.

Reports pages/s for both from Scrapy's own ``elapsed_time_seconds`` (process start-up
excluded) and from wall-clock time (start-up included), and the ratio tollwatch/bare;
``--repeat`` runs (default 3), the median run by ratio is reported.
Writes ``benchmarks/results/crawl.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.local_site import NO_DELAYS, fetch_urls, median_run, write_registry  # noqa: E402


def bare_main(urls_file: str, stats_out: str) -> None:
    """The reference spider: fetch the URLs, nothing else (runs in a subprocess)."""
    stats = fetch_urls(Path(urls_file).read_text().split(), lambda response: None)
    Path(stats_out).write_text(json.dumps(stats, default=str))


def run(n: int) -> dict:
    from crawlers.demo_site import serve_demo_site
    from crawlers.run import crawl_source

    env_before = dict(os.environ)
    os.environ.update(NO_DELAYS)
    try:
        with serve_demo_site(slow_seconds=0, bulk_pages=n) as site, tempfile.TemporaryDirectory() as tmp:
            tmp = Path(tmp)
            registry = write_registry(tmp, site.base_url)
            t0 = time.perf_counter()
            report = crawl_source(registry, tmp / "data", "bench")
            tw_wall = time.perf_counter() - t0
            assert report.new == n, report.summary()
            fetched = [f"{site.base_url}{e['path']}" for e in site.requests]
            urls_file = tmp / "urls.txt"
            urls_file.write_text("\n".join(fetched))
            stats_file = tmp / "bare.json"
            t0 = time.perf_counter()
            subprocess.run([sys.executable, __file__, "--bare", str(urls_file), str(stats_file)], check=True,
                           env={**os.environ, "PYTHONPATH": str(ROOT)})
            bare_wall = time.perf_counter() - t0
            bare = json.loads(stats_file.read_text())
    finally:
        os.environ.clear()
        os.environ.update(env_before)
    pages = len(fetched)
    tw_elapsed = float(report.stats["elapsed_time_seconds"])
    bare_elapsed = float(bare["elapsed_time_seconds"])
    result = {
        "pages": pages, "articles": n,
        "tollwatch_pages_per_s": round(pages / tw_elapsed, 1),
        "bare_pages_per_s": round(int(bare.get("downloader/response_count", pages)) / bare_elapsed, 1),
        "tollwatch_wall_pages_per_s": round(pages / tw_wall, 1),
        "bare_wall_pages_per_s": round(pages / bare_wall, 1),
    }
    result["ratio"] = round(result["tollwatch_pages_per_s"] / result["bare_pages_per_s"], 3)
    result["ratio_wall"] = round(result["tollwatch_wall_pages_per_s"] / result["bare_wall_pages_per_s"], 3)
    return result


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] == "--bare":
        bare_main(sys.argv[2], sys.argv[3])
        return
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", type=int, default=400, help="generated article pages (default 400)")
    parser.add_argument("--repeat", type=int, default=3, help="runs; the median run by ratio is reported")
    args = parser.parse_args()
    result = median_run(run, args.n, args.repeat, "crawl")
    print(f"{result['pages']} pages ({result['articles']} articles)")
    print(f"tollwatch  {result['tollwatch_pages_per_s']:>7} pages/s in the spider, "
          f"{result['tollwatch_wall_pages_per_s']:>7} wall-clock")
    print(f"bare Scrapy {result['bare_pages_per_s']:>6} pages/s in the spider, "
          f"{result['bare_wall_pages_per_s']:>7} wall-clock")
    print(f"ratio tollwatch/bare: {result['ratio']} (spider), {result['ratio_wall']} (wall-clock); "
          f"all runs: {result['ratios_all_runs']}")


if __name__ == "__main__":
    main()
