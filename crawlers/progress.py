"""Crawl progress per source while it runs: counted in the crawler process, shown by the parent.

Each source is crawled in its own ``python -m crawlers.worker`` process, so the parent
(``tollwatch crawl``) sees nothing until the end unless the worker says how far it is:

* ``ProgressFile``: a Scrapy extension that writes the running counters (``progress_counts``:
  pages fetched, bulletins new / changed / unchanged, pages failed) as JSON to the file named by
  the ``TOLLWATCH_PROGRESS_FILE`` Scrapy setting, every ``TOLLWATCH_PROGRESS_INTERVAL`` seconds
  (default 1) and when the spider closes. Without the setting it raises ``NotConfigured``, so
  ``scrapy crawl`` is unchanged. ``crawlers.run`` sets it and reads the file (``read_progress``).
* ``CrawlProgress``: what the parent shows, with rich: on a terminal, one live line per source
  (spinner, fetched, new, changed, failed, elapsed time); elsewhere (logs, Airflow, a pipe), a
  plain line per source at most every ``interval`` seconds (default 30) while its counters move,
  and one when it is done.
"""

from __future__ import annotations

import json
import sys
import threading
import time
from pathlib import Path
from typing import Any, Optional, TextIO

COUNTERS = ("fetched", "new", "changed", "unchanged", "failed")
LOG_INTERVAL = 30.0  # seconds between a running source's plain lines in a log


def progress_counts(stats: dict[str, Any]) -> dict[str, int]:
    """The running counters from Scrapy stats (the same keys the crawl report uses)."""
    failed = sum(int(v) for k, v in stats.items()
                 if k.startswith("tollwatch/failed/")
                 or (k.startswith("spider_exceptions/") and k != "spider_exceptions/count"))
    return {
        "fetched": int(stats.get("downloader/response_count", 0)),
        "new": int(stats.get("tollwatch/new", 0)),
        "changed": int(stats.get("tollwatch/changed", 0)),
        "unchanged": int(stats.get("tollwatch/unchanged", 0)),
        "failed": failed,
    }


def read_progress(path: Path) -> Optional[dict[str, int]]:
    """The counters last written to ``path``, or ``None`` if there are none yet."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return {k: int(data.get(k, 0)) for k in COUNTERS} if isinstance(data, dict) else None


class ProgressFile:
    """Scrapy extension: the running counters, written to ``TOLLWATCH_PROGRESS_FILE``."""

    def __init__(self, stats: Any, path: Path, interval: float):
        self.stats, self.path, self.interval = stats, path, interval
        self.task: Any = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> "ProgressFile":
        from scrapy import signals
        from scrapy.exceptions import NotConfigured

        path = crawler.settings.get("TOLLWATCH_PROGRESS_FILE")
        if not path:
            raise NotConfigured
        ext = cls(crawler.stats, Path(path), crawler.settings.getfloat("TOLLWATCH_PROGRESS_INTERVAL", 1.0))
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_opened(self, spider: Any) -> None:
        from twisted.internet import task

        self.task = task.LoopingCall(self.write)
        self.task.start(self.interval, now=True)

    def spider_closed(self, spider: Any, reason: str) -> None:
        if self.task is not None and self.task.running:
            self.task.stop()
        self.write()

    def write(self) -> None:
        tmp = self.path.with_suffix(".tmp")
        try:
            tmp.write_text(json.dumps(progress_counts(self.stats.get_stats())), encoding="utf-8")
            tmp.replace(self.path)
        except OSError:  # progress is a courtesy: never fail a crawl over it
            pass


class CrawlProgress:
    """Per-source progress for the parent process; ``update(source, counts, done)`` from any thread."""

    def __init__(self, names: list[str], stream: Optional[TextIO] = None, quiet: bool = False,
                 interval: Optional[float] = None, terminal: Optional[bool] = None):
        from rich.console import Console

        # terminal: None = ask the stream (rich's detection); True/False to force it
        self.console = Console(file=stream or sys.stderr, highlight=False, force_terminal=terminal)
        self.quiet = quiet
        self.live = self.console.is_terminal and not quiet
        self.interval = LOG_INTERVAL if interval is None else interval
        self._lock = threading.Lock()
        self._last: dict[str, tuple[float, dict[str, int]]] = {}
        self._started = time.monotonic()
        self.progress: Any = None
        self.tasks: dict[str, Any] = {}
        if self.live:
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self.progress = Progress(
                # fits an 80-column terminal with the elapsed time (names cut at 22 characters)
                SpinnerColumn(finished_text="[green]✓"), TextColumn("{task.description:<16.22}"),
                TextColumn("fetched {task.fields[fetched]:>5} new {task.fields[new]:>4} "
                           "changed {task.fields[changed]:>3} failed {task.fields[failed]:>3}"),
                TimeElapsedColumn(), console=self.console,
            )
            for name in names:
                self.tasks[name] = self.progress.add_task(name, total=None, **{k: 0 for k in COUNTERS})

    def __enter__(self) -> "CrawlProgress":
        if self.progress is not None:
            self.progress.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        if self.progress is not None:
            self.progress.stop()

    def update(self, source: str, counts: dict[str, int], done: bool = False) -> None:
        if self.quiet:
            return
        if self.progress is not None:
            task = self.tasks.get(source)
            if task is None:
                task = self.tasks[source] = self.progress.add_task(source, total=None, **{k: 0 for k in COUNTERS})
            self.progress.update(task, **{k: counts.get(k, 0) for k in COUNTERS},
                                 **({"total": 1, "completed": 1} if done else {}))
            return
        now = time.monotonic()
        with self._lock:
            last_time, last_counts = self._last.get(source, (self._started, {}))
            if not done and (counts == last_counts or now - last_time < self.interval):
                return
            self._last[source] = (now, dict(counts))
        state = "done" if done else "running"
        self.console.print(f"[crawl] {source} {state}: fetched {counts.get('fetched', 0)}, new {counts.get('new', 0)}, "
                           f"changed {counts.get('changed', 0)}, failed {counts.get('failed', 0)}",
                           markup=False, soft_wrap=True)
