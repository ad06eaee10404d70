"""The collecting stage's entry points: ``crawl`` (every source) and ``crawl_source`` (one).

Each source is crawled in its own ``python -m crawlers.worker`` process (Twisted's
reactor cannot restart inside one process), at most ``crawl_parallel`` (default 2)
at a time; a source that fails, hangs past ``crawl_source_timeout`` (default 3600 s)
or crashes is reported and never stops the others. What the spiders collect is in
the store (``<data>/tollwatch.db``) as soon as each page is extracted.

The report is built from Scrapy's stats (``tollwatch/*``, ``downloader/*``,
``retry/*``, ``robotstxt/*``): per source, pages fetched, bulletins new / changed /
unchanged, and skipped and failed pages by reason, with one line per error. It is
saved as JSON under ``<data>/reports/`` (``crawl-<time>.json`` and
``crawl-latest.json``).
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Callable, Optional

from crawlers.registry import RegistryError, Source, load_sources

log = logging.getLogger(__name__)


def _now() -> str:
    from store import utcnow

    return utcnow()


@dataclass
class SourceReport:
    """What one source's crawl did."""

    source: str
    ok: bool = True
    fetched: int = 0  # responses downloaded (hubs and articles)
    articles_fetched: int = 0
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    skipped: dict[str, int] = field(default_factory=dict)
    failed: dict[str, int] = field(default_factory=dict)
    retries: int = 0
    errors: list[str] = field(default_factory=list)
    started: Optional[str] = None
    finished: Optional[str] = None
    seconds: float = 0.0
    finish_reason: Optional[str] = None
    stats: dict[str, Any] = field(default_factory=dict)  # the raw Scrapy stats

    @classmethod
    def from_stats(cls, source: str, stats: dict[str, Any]) -> "SourceReport":
        r = cls(source=source)
        r.stats = stats
        r.fetched = int(stats.get("downloader/response_count", 0))
        r.articles_fetched = int(stats.get("tollwatch/fetched/article", 0))
        r.new = int(stats.get("tollwatch/new", 0))
        r.changed = int(stats.get("tollwatch/changed", 0))
        r.unchanged = int(stats.get("tollwatch/unchanged", 0))
        r.retries = int(stats.get("retry/count", 0))
        for key, value in stats.items():
            for outcome in ("skipped", "failed"):
                prefix = f"tollwatch/{outcome}/"
                if key.startswith(prefix):
                    getattr(r, outcome)[key[len(prefix):]] = int(value)
        for key, value in stats.items():  # exceptions raised in spider code (bugs) are failures too
            if key.startswith("spider_exceptions/") and key != "spider_exceptions/count":
                name = f"spider_error_{key.split('/', 1)[1]}"
                r.failed[name] = r.failed.get(name, 0) + int(value)
        from tollwatch.config import redact

        r.errors = [redact(e) for e in stats.get("tollwatch/errors") or []]
        r.finish_reason = stats.get("finish_reason")
        if stats.get("tollwatch/fatal"):
            r.ok = False
            r.errors.insert(0, str(stats["tollwatch/fatal"]))
        if r.finish_reason not in (None, "finished"):
            r.ok = False
            r.errors.insert(0, f"crawl ended early: {r.finish_reason}")
        if r.fetched == 0 and r.failed:
            r.ok = False  # the source could not be reached at all
        if "store_error" in r.failed:
            r.ok = False  # what was collected could not be kept
        return r

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def summary(self) -> str:
        parts = [f"fetched {self.fetched} ({self.articles_fetched} articles)",
                 f"new {self.new}", f"changed {self.changed}", f"unchanged {self.unchanged}"]
        if self.skipped:
            parts.append("skipped " + ", ".join(f"{k} {v}" for k, v in sorted(self.skipped.items())))
        if self.failed:
            parts.append("failed " + ", ".join(f"{k} {v}" for k, v in sorted(self.failed.items())))
        return f"{self.source}: {'ok' if self.ok else 'FAILED'}; " + "; ".join(parts)


@dataclass
class CrawlReport:
    """What a crawl of several sources did; ``to_dict()`` is what is saved."""

    sources_file: str
    data_dir: str
    since: Optional[str] = None
    started: Optional[str] = None
    finished: Optional[str] = None
    sources: list[SourceReport] = field(default_factory=list)
    path: Optional[str] = None  # where the JSON report was saved

    @property
    def ok(self) -> bool:
        return all(s.ok for s in self.sources)

    def totals(self) -> dict[str, Any]:
        total: dict[str, Any] = {"fetched": 0, "articles_fetched": 0, "new": 0, "changed": 0, "unchanged": 0,
                                 "skipped": {}, "failed": {}}
        for s in self.sources:
            for key in ("fetched", "articles_fetched", "new", "changed", "unchanged"):
                total[key] += getattr(s, key)
            for outcome in ("skipped", "failed"):
                for reason, n in getattr(s, outcome).items():
                    total[outcome][reason] = total[outcome].get(reason, 0) + n
        return total

    def to_dict(self) -> dict[str, Any]:
        return {
            "sources_file": self.sources_file, "data_dir": self.data_dir, "since": self.since,
            "started": self.started, "finished": self.finished, "ok": self.ok, "totals": self.totals(),
            "sources": {s.source: s.to_dict() for s in self.sources},
        }

    def to_text(self, errors: int = 10) -> str:
        lines = [f"crawl {self.started} -> {self.finished}: {len(self.sources)} source(s)"]
        for s in self.sources:
            lines.append("  " + s.summary())
            for e in s.errors[:errors]:
                lines.append(f"    - {e}")
            if len(s.errors) > errors:
                lines.append(f"    ... and {len(s.errors) - errors} more (see the JSON report)")
        t = self.totals()
        lines.append(f"total: fetched {t['fetched']}, new {t['new']}, changed {t['changed']}, "
                     f"unchanged {t['unchanged']}, skipped {sum(t['skipped'].values())}, "
                     f"failed {sum(t['failed'].values())}")
        if self.path:
            lines.append(f"report: {self.path}")
        return "\n".join(lines)


def _setting_int(name: str, default: int) -> int:
    from tollwatch import config

    return config.get_int(name, default)


ProgressCallback = Callable[[str, dict[str, int], bool], None]  # (source, counters, done)


def _run_source(sources_file: Path, data_dir: Path, source_name: str, since: Optional[str],
                until: Optional[str] = None, on_progress: Optional[ProgressCallback] = None) -> SourceReport:
    started, t0 = _now(), time.monotonic()
    logs = data_dir / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    log_path = logs / f"crawl-{source_name}.log"
    timeout = _setting_int("crawl_source_timeout", 3600)
    with tempfile.TemporaryDirectory(prefix="tollwatch-crawl-") as tmp:
        stats_path, progress_path = Path(tmp) / "stats.json", Path(tmp) / "progress.json"
        cmd = [sys.executable, "-m", "crawlers.worker", "--sources", str(sources_file), "--data", str(data_dir),
               "--source", source_name, "--stats-out", str(stats_path)]
        if on_progress is not None:
            cmd += ["--progress-out", str(progress_path)]
        if since:
            cmd += ["--since", str(since)]
        if until:
            cmd += ["--until", str(until)]
        env = dict(os.environ)
        root = str(Path(__file__).resolve().parent.parent)
        env["PYTHONPATH"] = root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
        problem = None
        with open(log_path, "w", encoding="utf-8") as log_file:
            returncode = _wait(subprocess.Popen(cmd, stdout=log_file, stderr=subprocess.STDOUT, env=env), timeout,
                               lambda: _progress(on_progress, source_name, progress_path))
            if returncode is None:
                problem = f"crawler process killed after {timeout} s (crawl_source_timeout; log: {log_path})"
            elif returncode != 0:
                problem = f"crawler process exited with status {returncode} (log: {log_path})"
        stats: dict[str, Any] = {}
        if stats_path.exists():
            try:
                stats = json.loads(stats_path.read_text(encoding="utf-8"))
            except ValueError:
                problem = problem or f"unreadable crawl stats (log: {log_path})"
    report = SourceReport.from_stats(source_name, stats)
    if problem:
        report.ok = False
        tail = _last_error_line(log_path)
        report.errors.insert(0, problem + (f": {tail}" if tail else ""))
    elif not stats:
        report.ok = False
        report.errors.insert(0, f"the crawl produced no stats (log: {log_path})")
    report.started, report.finished = started, _now()
    report.seconds = round(time.monotonic() - t0, 2)
    if on_progress is not None:
        on_progress(source_name, {"fetched": report.fetched, "new": report.new, "changed": report.changed,
                                  "unchanged": report.unchanged, "failed": sum(report.failed.values())}, True)
    return report


def _wait(proc: subprocess.Popen, timeout: float, tick: Callable[[], None]) -> Optional[int]:
    """Wait for the worker, calling ``tick`` about every second; its exit status, or ``None``
    if it was killed after ``timeout`` seconds. Interrupted (Ctrl-C), it kills the worker first,
    as ``subprocess.run`` does; what the worker stored is kept."""
    deadline = time.monotonic() + timeout
    try:
        while True:
            try:
                return proc.wait(timeout=max(0.01, min(1.0, deadline - time.monotonic())))
            except subprocess.TimeoutExpired:
                if time.monotonic() >= deadline:
                    proc.kill()
                    proc.wait()
                    return None
                tick()
    except BaseException:
        proc.kill()
        proc.wait()
        raise


def _progress(on_progress: Optional[ProgressCallback], source: str, path: Path) -> None:
    if on_progress is None:
        return
    from crawlers.progress import read_progress

    counts = read_progress(path)
    if counts is not None:
        on_progress(source, counts, False)


def _last_error_line(path: Path) -> str:
    try:
        lines = [ln.strip() for ln in path.read_text(encoding="utf-8", errors="replace").splitlines() if ln.strip()]
    except OSError:
        return ""
    for line in reversed(lines):
        if "Error" in line or "error" in line:
            return line[:300]
    return lines[-1][:300] if lines else ""


def _save(data_dir: Path, name: str, payload: dict[str, Any], unique: bool = True) -> Path:
    """Write a report; ``unique``: never over another report of the same second (``-2``, ``-3``...)."""
    reports = data_dir / "reports"
    reports.mkdir(parents=True, exist_ok=True)
    if unique:
        from store import unique_path

        path = unique_path(reports, name)
    else:
        path = reports / f"{name}.json"
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(payload, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    tmp.replace(path)
    return path


def _open_store(data_dir: Path) -> None:
    """Fail early, with ``store.StoreError``, when the data directory cannot be used."""
    from store import Store

    Store(data_dir).close()


def _stamp() -> str:
    return time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())


def crawl_source(sources_file: str | Path, data_dir: str | Path, source_name: str,
                 since: Optional[str] = None, until: Optional[str] = None,
                 on_progress: Optional[ProgressCallback] = None) -> SourceReport:
    """Crawl one registry source in a subprocess; save its report as
    ``<data>/reports/crawl-<time>-<source>.json`` and return it. ``since``/``until``: only
    bulletins published in that range of dates (inclusive; a backfill run's interval)."""
    sources_file, data_dir = Path(sources_file).resolve(), Path(data_dir).resolve()
    names = [s.name for s in load_sources(sources_file)]
    _open_store(data_dir)
    if source_name not in names:
        raise RegistryError(f"no source named {source_name!r} in {sources_file} (there are: {', '.join(names)})")
    report = _run_source(sources_file, data_dir, source_name, str(since) if since else None,
                         str(until) if until else None, on_progress)
    _save(data_dir, f"crawl-{_stamp()}-{source_name}", report.to_dict())
    return report


def select_sources(sources_file: str | Path, source: Optional[str] = None) -> list[Source]:
    """The registry's enabled sources, or the one named ``source`` (enabled or not);
    ``RegistryError`` for a broken registry or an unknown name. Reads only the registry: the
    ``crawl`` command calls it before it touches the data directory."""
    sources_file = Path(sources_file).resolve()
    sources: list[Source] = load_sources(sources_file)
    if not source:
        return [s for s in sources if s.enabled]
    chosen = [s for s in sources if s.name == source]
    if not chosen:
        raise RegistryError(f"no source named {source!r} in {sources_file} "
                            f"(there are: {', '.join(s.name for s in sources)})")
    return chosen


def crawl(sources_file: str | Path, data_dir: str | Path, source: Optional[str] = None,
          since: Optional[str] = None, on_progress: Optional[ProgressCallback] = None) -> CrawlReport:
    """Crawl every enabled source of the registry (or only ``source``) into the store
    under ``data_dir``; return the report, also saved under ``<data>/reports/``.
    ``on_progress(source, counters, done)`` is called about every second while a source runs
    (``crawlers.progress.CrawlProgress.update`` shows it)."""
    sources_file, data_dir = Path(sources_file).resolve(), Path(data_dir).resolve()
    chosen = select_sources(sources_file, source)
    _open_store(data_dir)
    report = CrawlReport(sources_file=str(sources_file), data_dir=str(data_dir),
                         since=str(since) if since else None, started=_now())
    parallel = max(1, _setting_int("crawl_parallel", 2))
    with ThreadPoolExecutor(max_workers=parallel) as pool:
        futures = [pool.submit(_run_source, sources_file, data_dir, s.name, report.since, None, on_progress)
                   for s in chosen]
        for s, fut in zip(chosen, futures):
            try:
                report.sources.append(fut.result())
            except Exception as exc:  # a broken source never stops the others
                log.exception("crawl of %s failed", s.name)
                report.sources.append(SourceReport(source=s.name, ok=False, errors=[f"{type(exc).__name__}: {exc}"]))
    report.finished = _now()
    payload = report.to_dict()
    path = _save(data_dir, f"crawl-{_stamp()}", payload)
    report.path = str(path)
    payload["path"] = str(path)
    _save(data_dir, "crawl-latest", payload, unique=False)
    return report
