"""One source's crawl in this process: ``python -m crawlers.worker``.

``crawlers.run`` starts one of these per source, because Twisted's reactor cannot
be restarted inside a process (a second ``CrawlerProcess`` in pytest or in
Airflow's ``dag.test()`` fails with ``ReactorNotRestartable``). It loads the
registry entry, applies the run's settings (``crawlers.settings`` plus tollwatch's
``crawl_*`` settings), runs the source's spider and writes Scrapy's stats as JSON
to ``--stats-out``.

    python -m crawlers.worker --sources FILE --data DIR --source NAME [--since DATE] [--until DATE] --stats-out FILE
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, Optional, Sequence


def spider_class(kind: str) -> type:
    from crawlers.spiders.generic import GenericSpider
    from crawlers.spiders.snhr import SnhrSpider
    from crawlers.spiders.sohr import SohrArabicSpider, SohrEnglishSpider

    return {"generic": GenericSpider, "sohr-en": SohrEnglishSpider, "sohr-ar": SohrArabicSpider,
            "snhr": SnhrSpider}[kind]


def run_settings() -> Any:
    """``crawlers.settings`` with the run's overrides from tollwatch's configuration."""
    from scrapy.settings import Settings

    from tollwatch import config

    settings = Settings()
    settings.setmodule("crawlers.settings", priority="project")
    overrides: dict[str, Any] = {
        "USER_AGENT": config.get("crawl_user_agent"),
        "DOWNLOAD_TIMEOUT": config.get("crawl_timeout"),
        "RETRY_TIMES": config.get("crawl_retries"),
        "DOWNLOAD_MAXSIZE": config.get("crawl_max_bytes"),
        "RETRY_BACKOFF_BASE": config.get("crawl_backoff"),
        "RETRY_AFTER_MAX": config.get("crawl_retry_after_max"),
        "LOG_LEVEL": config.get("crawl_log_level"),
        "CLOSESPIDER_ITEMCOUNT": config.get("crawl_max_items"),
    }
    delay = config.get("crawl_delay")
    if delay is not None:
        overrides["DOWNLOAD_DELAY"] = float(delay)
        overrides["AUTOTHROTTLE_START_DELAY"] = max(float(delay), 0.01)
    if config.get("crawl_autothrottle") is not None:
        overrides["AUTOTHROTTLE_ENABLED"] = config.get_bool("crawl_autothrottle")
    if config.get("crawl_obey_robots") is not None:
        overrides["ROBOTSTXT_OBEY"] = config.get_bool("crawl_obey_robots")
    if config.get("crawl_robots_delay") is not None:
        overrides["ROBOTSTXT_CRAWL_DELAY"] = config.get_bool("crawl_robots_delay")
    for key, value in overrides.items():
        if value is not None:
            settings.set(key, value, priority="cmdline")
    return settings


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m crawlers.worker", description=__doc__)
    parser.add_argument("--sources", required=True)
    parser.add_argument("--data", required=True)
    parser.add_argument("--source", required=True)
    parser.add_argument("--since")
    parser.add_argument("--until")
    parser.add_argument("--stats-out", required=True)
    parser.add_argument("--progress-out", help="write the running counters here every second (crawlers.progress)")
    args = parser.parse_args(argv)

    from scrapy.crawler import CrawlerProcess

    from crawlers.registry import RegistryError, get_source

    out = Path(args.stats_out)
    try:
        source = get_source(args.sources, args.source)
    except RegistryError as exc:
        out.write_text(json.dumps({"tollwatch/fatal": str(exc)}), encoding="utf-8")
        print(exc, file=sys.stderr)
        return 2
    settings = run_settings()
    if args.progress_out:
        settings.set("TOLLWATCH_PROGRESS_FILE", args.progress_out, priority="cmdline")
    process = CrawlerProcess(settings, install_root_handler=True)
    from tollwatch.config import redact_logs

    redact_logs()  # the crawl log shows no credentials in URLs
    crawler = process.create_crawler(spider_class(source.spider))
    process.crawl(crawler, source=source, data=args.data, since=args.since, until=args.until)
    process.start()
    stats = crawler.stats.get_stats() if crawler.stats else {}
    out.write_text(json.dumps(stats, default=str, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
