"""Item pipeline: every extracted bulletin goes into the durable store at once.

``StorePipeline`` opens ``store.Store(<data dir>)`` (the spider's ``data_dir``) and
calls ``save_bulletin``, which answers ``new``, ``changed`` (a revised text, stored as
the next version beside the old one) or ``unchanged`` (nothing written). Each answer
is counted in the stats (``tollwatch/new`` ...). Only after the save does the spider's
incremental state remember the page, so a crash loses nothing and the next run
resumes with what was not stored.
"""

from __future__ import annotations

from typing import Any


class StorePipeline:
    def __init__(self, stats: Any):
        self.stats = stats
        self.store = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> "StorePipeline":
        o = cls(crawler.stats)
        o.crawler = crawler
        return o

    def open_spider(self, spider: Any = None) -> None:
        self.store = self.crawler.spider.store

    def process_item(self, item: Any, spider: Any = None) -> Any:
        import sqlite3

        from scrapy.exceptions import DropItem

        from store import StoreError

        spider = self.crawler.spider
        bulletin = item["bulletin"]
        try:
            status = self.store.save_bulletin(bulletin)
        except (StoreError, sqlite3.Error, OSError) as exc:  # counted, and the page is tried next run
            spider.count("failed", "store_error", bulletin.url, f"{type(exc).__name__}: {exc}"[:160])
            raise DropItem(f"cannot store {bulletin.url}: {exc}") from exc
        self.stats.inc_value(f"tollwatch/{status}")
        spider.remember(item, status)
        return item
