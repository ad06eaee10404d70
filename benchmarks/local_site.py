"""What the crawl benchmarks share: the local demo site with N generated articles registered as
a source, the settings that turn every delay off, a reference Scrapy spider that fetches a list
of URLs and hands each response to a function, and the median-of-runs result file.

Used by ``bench_crawl.py`` (the reference does nothing with a page) and ``bench_backfill.py``
(the reference extracts, reads the figures and stores each page)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent

NO_DELAYS = {"TOLLWATCH_CRAWL_DELAY": "0", "TOLLWATCH_CRAWL_AUTOTHROTTLE": "0",
             "TOLLWATCH_CRAWL_ROBOTS_DELAY": "0",  # the demo's robots.txt asks for 0.05 s
             "TOLLWATCH_CRAWL_LOG_LEVEL": "WARNING"}
SCRAPY_SETTINGS = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "CONCURRENT_REQUESTS": 8,
                   "CONCURRENT_REQUESTS_PER_DOMAIN": 2, "LOG_LEVEL": "WARNING"}


def write_registry(directory: Path, base_url: str) -> Path:
    """A registry with one ``sohr-en`` source ``bench`` over the demo site's generated articles."""
    registry = directory / "bench.yaml"
    registry.write_text(
        "sources:\n  - name: bench\n    spider: sohr-en\n"
        f"    url: {base_url}/bulk/\n    sitemaps: [{base_url}/bulk/sitemap.xml]\n"
        "    crawl_delay: 0\n", encoding="utf-8")
    return registry


def fetch_urls(urls: list[str], handle: Callable[[Any], None]) -> dict:
    """Fetch ``urls`` with a bare Scrapy spider (no robots, retries or redirects, the same
    concurrency as tollwatch's crawl), call ``handle(response)`` on each; Scrapy's stats."""
    import scrapy
    from scrapy.crawler import CrawlerProcess

    class ReferenceSpider(scrapy.Spider):
        name = "reference"

        async def start(self):
            for url in urls:
                yield scrapy.Request(url, dont_filter=True, callback=self.parse)

        def parse(self, response):
            handle(response)

    settings = {**SCRAPY_SETTINGS, "TELNETCONSOLE_ENABLED": False, "REMOTE_CONTROL_ENABLED": False,
                "ROBOTSTXT_OBEY": False, "RETRY_ENABLED": False, "REDIRECT_ENABLED": False,
                "HTTPERROR_ALLOW_ALL": True}
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(ReferenceSpider)
    process.crawl(crawler)
    process.start()
    return crawler.stats.get_stats()


def median_run(run: Callable[[int], dict], n: int, repeat: int, name: str) -> dict:
    """Run ``run(n)`` ``repeat`` times, keep the median run by ``ratio`` (with every run's ratio)
    and write it to ``benchmarks/results/<name>.json``."""
    runs = sorted((run(n) for _ in range(max(1, repeat))), key=lambda r: r["ratio"])
    result = {**runs[len(runs) // 2], "ratios_all_runs": [r["ratio"] for r in runs]}
    out = ROOT / "benchmarks" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{name}.json").write_text(json.dumps(result, indent=1) + "\n")
    return result
