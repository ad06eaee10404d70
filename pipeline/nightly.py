"""The nightly run: crawl, process, incidents, index, alert, in that order, for what is new or changed.

``run_nightly(sources_file, data_dir, ...) -> RunReport`` is what ``tollwatch run``
calls (the Airflow DAG calls the same stage functions task by task). While the crawl
runs (in other processes), this process already annotates the bulletins it has stored
(``pipeline.stages.process_during``); the rest are annotated on every core after it. Each stage
picks up only what the store says it has not done yet, so a second run right after
does no work and sends no alert, and a run killed at any point resumes without
duplicates or loss.

One run at a time per data directory: ``run_nightly`` holds ``<data>/tollwatch.lock``
(``store.data_lock``); a second run is refused with ``store.DataDirBusy`` naming the
holder, or waits for it with ``wait=True`` (``tollwatch run --wait``).

The run report (per source: fetched, new, changed, failed; figures extracted by
kind; documents indexed; alerts sent) is saved as JSON at
``<data>/runs/<started>.json`` (never overwriting another run's report) and
``<data>/runs/last.json``. A stage that failed as a whole, or an index stage that
stopped on a backend error, is listed in ``errors`` (the CLI then exits 1). URLs in
errors are shown without credentials.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

from pipeline.progress import Progress
from pipeline.stages import (NLP_STAGE, ProcessReport, alert_stage, crawl_stage, incidents_stage, index_stage,
                             index_stage_name, load_components, load_rules, open_backend, process_during,
                             process_stage, source_names)
from store import Store, data_lock, unique_path, utcnow
from tollwatch import config
from tollwatch.config import redact

log = logging.getLogger(__name__)

SOURCE_COUNTS = ("fetched", "new", "changed", "unchanged", "failed")


@dataclass
class RunReport:
    started: str
    data_dir: str
    sources_file: Optional[str] = None
    finished: Optional[str] = None
    seconds: dict[str, float] = field(default_factory=dict)  # per stage
    sources: dict[str, dict[str, Any]] = field(default_factory=dict)
    crawl: dict[str, Any] = field(default_factory=dict)  # the crawl report as the crawlers wrote it
    process: dict[str, Any] = field(default_factory=dict)
    incidents: dict[str, Any] = field(default_factory=dict)
    index: dict[str, Any] = field(default_factory=dict)
    alerts: dict[str, Any] = field(default_factory=dict)
    backend: Optional[str] = None
    errors: list[str] = field(default_factory=list)  # stages that failed as a whole
    store_total: int = 0
    path: Optional[str] = None

    @property
    def figures_by_kind(self) -> dict[str, int]:
        return self.process.get("figures_by_kind", {})

    @property
    def documents_indexed(self) -> int:
        return indexed_count(self.index)

    @property
    def alerts_sent(self) -> int:
        return sum((self.alerts.get("messages_sent") or {}).values())

    @property
    def ok(self) -> bool:
        return not self.errors

    def to_dict(self) -> dict[str, Any]:
        return {
            "started": self.started, "finished": self.finished, "data_dir": self.data_dir,
            "sources_file": self.sources_file, "backend": self.backend, "seconds": self.seconds,
            "sources": self.sources,
            "totals": {
                **{k: sum(int(s.get(k) or 0) for s in self.sources.values()) for k in SOURCE_COUNTS},
                "processed": self.process.get("processed", 0),
                "figures_by_kind": self.figures_by_kind,
                "incidents": self.incidents.get("incidents", 0),
                "documents_indexed": self.documents_indexed,
                "alerts_raised": self.alerts.get("alerts_raised", 0),
                "alert_messages_sent": self.alerts_sent,
                "stored_versions": self.store_total,
            },
            "crawl": self.crawl, "process": self.process, "incidents": self.incidents, "index": self.index,
            "alerts": self.alerts,
            "errors": self.errors,
        }


def indexed_count(index_report: dict[str, Any]) -> int:
    for key in ("indexed", "documents_indexed", "documents", "count"):
        value = index_report.get(key)
        if isinstance(value, int):
            return value
    return 0


def per_source(crawl_report: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """``{source: {fetched, new, changed, unchanged, failed, error}}`` from a crawl report."""
    raw = crawl_report.get("sources", crawl_report)
    items = raw.items() if isinstance(raw, dict) else ((s.get("name") or s.get("source"), s) for s in raw or [])
    out: dict[str, dict[str, Any]] = {}
    for name, s in items:
        if not isinstance(s, dict) or not name:
            continue
        row: dict[str, Any] = {k: s.get(k, 0) for k in SOURCE_COUNTS}
        if isinstance(row["failed"], dict):  # failed pages by reason
            row["failed_reasons"] = row["failed"]
            row["failed"] = sum(int(v) for v in row["failed"].values())
        if s.get("ok") is False:
            errors = s.get("errors") or ["crawl failed"]
            row["error"] = str(errors[0])[:300]
        out[str(name)] = row
    return out


def save_report(report: RunReport, data_dir: Path) -> Path:
    runs = data_dir / "runs"
    runs.mkdir(parents=True, exist_ok=True)
    if report.path is None:
        report.path = str(unique_path(runs, report.started.replace(':', '').replace('+0000', 'Z')))
    text = json.dumps(report.to_dict(), ensure_ascii=False, indent=1)
    path = Path(report.path)
    path.write_text(text, encoding="utf-8")
    tmp = runs / f".last.json.{id(report)}.tmp"
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(runs / "last.json")
    return path


def check_since(since: Optional[str]) -> Optional[str]:
    """``since`` as an ISO date, or ``ValueError`` with one line naming it."""
    if not since:
        return None
    from datetime import date

    try:
        return date.fromisoformat(str(since)).isoformat()
    except ValueError:
        raise ValueError(f"--since {since!r} is not a date (use YYYY-MM-DD)") from None


def run_nightly(sources_file: Optional[str | Path] = None, data_dir: Optional[str | Path] = None, *,
                rules: Any = None, es_url: Optional[str] = None, source: Optional[str] = None,
                since: Optional[str] = None, components: Any = None, quiet: bool = False,
                skip_crawl: bool = False, wait: bool = False, overrides: Any = None) -> RunReport:
    """Crawl, process, index and alert; returns (and saves) the run report.

    ``sources_file``: the source registry (default: the ``sources`` setting);
    ``data_dir``: the store (default ``TOLLWATCH_DATA`` or ``./tollwatch-data``);
    ``rules``: alert rules file or ``RuleSet`` (default: the ``alert_rules`` setting;
    none means no alerts); ``es_url``: Elasticsearch (default: embedded SQLite); ``overrides``:
    the incidents override file (default: the ``incident_overrides`` setting); ``wait``: when
    another run holds the data directory, wait for it instead of raising ``store.DataDirBusy``."""
    import sys

    from incidents.stage import resolve_overrides
    from store import store_url

    data = config.data_dir(str(data_dir) if data_dir else None)
    # every input is read and checked before the data directory is touched: a run refused for a
    # bad input leaves nothing behind (no directory, no lock file, no empty store)
    since = check_since(since)
    sources_file = sources_file or config.get("sources")
    store_url()  # a store_url that is not a PostgreSQL URL
    ruleset = load_rules(rules)  # a broken rules file
    overrides = resolve_overrides(overrides)  # a broken override file
    if sources_file and not skip_crawl:
        source_names(sources_file, [source] if source else None)  # a broken registry or source name
    on_wait = None if quiet else (lambda msg: print(f"[run] {msg}", file=sys.stderr, flush=True))
    with data_lock(data, "tollwatch run", wait=wait, on_wait=on_wait):
        return _run_nightly(sources_file, data, ruleset=ruleset, es_url=es_url, source=source, since=since,
                            components=components, quiet=quiet, skip_crawl=skip_crawl, overrides=overrides)


def _run_nightly(sources_file: Optional[str | Path], data: Path, *, ruleset: Any, es_url: Optional[str],
                 source: Optional[str], since: Optional[str], components: Any, quiet: bool,
                 skip_crawl: bool, overrides: Any) -> RunReport:
    store = Store(data)
    report = RunReport(started=utcnow(), data_dir=str(data), sources_file=str(sources_file) if sources_file else None)

    def timed(stage: str, fn, *args, **kwargs):
        t0 = time.monotonic()
        try:
            return fn(*args, **kwargs)
        finally:
            report.seconds[stage] = round(time.monotonic() - t0, 2)

    # 1. crawl: new and changed versions go to the store before they are processed. The crawl
    # runs in other processes (watched from a thread here) while this process annotates what
    # has already landed in the store, on the core the crawl leaves idle (process_during).
    def crawl_all() -> None:
        names = source_names(sources_file, [source] if source else None)
        bar = Progress("crawl", total=len(names), unit="sources", quiet=quiet)
        if not quiet:
            bar.stream.write(f"[crawl] {len(names)} source(s) from {sources_file}\n")

        # while a source runs (minutes with real crawl delays): its counters, on the terminal in the
        # crawl bar's text, in a log as a plain line per source every 30 s (crawlers.progress)
        from crawlers.progress import CrawlProgress

        running: dict[str, dict[str, int]] = {}
        lines = None if quiet or bar.tty else CrawlProgress(names, stream=bar.stream, terminal=False)
        guard = threading.Lock()

        def source_progress(name: str, counts: dict[str, int], done: bool) -> None:
            if done or quiet:
                return  # source_done says it
            if lines is not None:
                lines.update(name, counts)
                return
            with guard:
                running[name] = counts
                show_running()

        def show_running() -> None:
            total = Counter()
            for c in running.values():
                total.update(c)
            bar(bar.done, note=f"({len(running)} running: fetched {total['fetched']}, new {total['new']}, "
                               f"failed {total['failed']})" if running else "")

        def source_done(r: dict[str, Any]) -> None:
            with guard:
                if running.pop(r.get("source", "?"), None) is not None and bar.tty:
                    show_running()
            row = per_source({"sources": {r.get("source", "?"): r}})
            for name, s in row.items():
                status = f"FAILED: {s['error']}" if s.get("error") else (
                    f"fetched {s['fetched']}, new {s['new']}, changed {s['changed']}, failed {s['failed']}")
                bar.note(f"{name}: {status}")

        try:
            report.crawl = timed("crawl", crawl_stage, sources_file, data, source=source, since=since,
                                 on_source=source_done, on_progress=source_progress)
        except Exception as exc:  # a broken crawl never stops processing what was collected
            report.errors.append(f"crawl: {redact(str(exc))}")
            log.error("crawl failed: %s", exc)
        report.sources = per_source(report.crawl)
        totals = Counter()
        for s in report.sources.values():
            totals.update({k: int(s.get(k) or 0) for k in ("fetched", "new", "changed", "failed")})
        bar.finish(f"{len(report.sources)} source(s): {totals['fetched']} fetched, {totals['new']} new, "
                   f"{totals['changed']} changed, {totals['failed']} failed")

    early = ProcessReport()
    if sources_file and not skip_crawl:
        crawler = threading.Thread(target=crawl_all, name="crawl")
        crawler.start()
        try:
            if components is None:
                components = load_components(data)  # while the crawl runs
            early = process_during(store, crawler.is_alive, components)
        except Exception as exc:  # process_stage below does it all again, and reports why it cannot
            log.warning("processing during the crawl stopped: %s", exc)
        crawler.join()

    # 2. process: annotate what is new or changed (what is left after the crawl), on every core.
    pending = sum(1 for _ in store.pending(NLP_STAGE))
    bar = Progress("process", total=pending, quiet=quiet)
    proc = timed("process", process_stage, store, components=components, progress=bar).add(early)
    report.process = proc.to_dict()
    kinds = ", ".join(f"{n} {k}" for k, n in sorted(proc.figures_by_kind.items())) or "no figures"
    bar.finish(f"{proc.processed} bulletin version(s) annotated ({kinds})"
               + (f", {proc.failed} failed" if proc.failed else "")
               + (f"; {early.processed} of them while the crawl ran" if early.processed else ""))

    # 3. incidents: the figures linked across bulletins, sources, languages and versions.
    bar = Progress("incidents", quiet=quiet)
    try:
        report.incidents = timed("incidents", incidents_stage, store, overrides)
        inc = report.incidents
        bar.finish(f"{inc['incidents']} incident(s) from {inc['figures']} figure(s): {inc['new']} new, "
                   f"{inc['changed']} with a changed toll")
    except Exception as exc:  # the index and bulletin alerts go on without incidents
        report.errors.append(f"incidents: {exc}")
        log.error("incidents stage failed: %s", exc)
        bar.finish(f"failed: {exc}")

    # 4. index.
    bar = Progress("index", quiet=quiet)
    after = None
    try:
        backend = open_backend(data, es_url)
        report.backend = getattr(backend, "name", type(backend).__name__)
        after = index_stage_name(backend)
        report.index = timed("index", index_stage, store, backend)
        if report.index.get("error"):  # the backend failed mid-way: what is left waits for the next run
            report.errors.append(f"index: {redact(report.index['error'])}")
            bar.finish(f"{report.documents_indexed} document(s) indexed in {report.backend}, then failed: "
                       f"{redact(report.index['error'])} ({report.index.get('remaining', 0)} left for the next run)")
        else:
            bar.finish(f"{report.documents_indexed} document(s) indexed in {report.backend}")
        if report.index.get("failed"):  # documents the backend rejected: retried next run, listed now
            report.errors.append(f"index: {report.index['failed']} document(s) rejected (see index.failures)")
    except Exception as exc:
        report.errors.append(f"index: {redact(str(exc))}")
        bar.finish(f"failed: {redact(str(exc))}")

    # 5. alerts, on what the index stage has indexed (and on the incidents).
    if ruleset is not None and after is not None:
        bar = Progress("alerts", quiet=quiet)
        try:
            alerts = timed("alerts", alert_stage, store, ruleset, after=after)
            report.alerts = alerts.to_dict()
            failed = "; ".join(f"{c}: {e[-1]}" for c, e in alerts.failed.items())
            bar.finish(f"{len(alerts.alerts)} alert(s) raised, {alerts.alerts_sent} message(s) sent"
                       + (f"; failed: {failed}" if failed else ""))
            if alerts.failed:
                report.errors.append(f"alerts: delivery failed on {', '.join(alerts.failed)}")
        except Exception as exc:
            report.errors.append(f"alerts: {redact(str(exc))}")
            bar.finish(f"failed: {redact(str(exc))}")

    report.store_total = store.count()
    report.finished = utcnow()
    save_report(report, data)
    store.close()
    return report


def alert_messages(report: RunReport) -> str:
    """Messages delivered, per channel: alerts and messages differ (a digest carries several
    alerts in one message; each channel gets its own copy)."""
    sent = report.alerts.get("messages_sent") or {}
    total = sum(sent.values())
    return f"{total}" + (f" ({', '.join(f'{c}: {n}' for c, n in sorted(sent.items()))})" if sent else "")


def format_report(report: RunReport) -> str:
    """The readable summary printed at the end of ``tollwatch run``."""
    d = report.to_dict()
    t = d["totals"]
    lines = ["", "tollwatch run summary", "=" * 21]
    if report.sources:
        lines.append(f"{'source':<24} {'fetched':>7} {'new':>5} {'changed':>7} {'failed':>6}")
        for name, s in sorted(report.sources.items()):
            err = f"  ! {s['error']}" if s.get("error") else ""
            lines.append(f"{name:<24} {s.get('fetched', 0):>7} {s.get('new', 0):>5} {s.get('changed', 0):>7} "
                         f"{s.get('failed', 0):>6}{err}")
            if s.get("failed_reasons"):  # why pages failed, so the number is not a riddle
                why = ", ".join(f"{n} {reason}" for reason, n in sorted(s["failed_reasons"].items(), key=lambda kv: -kv[1]))
                lines.append(f"{'':<24} failed pages: {why}")
    figures = ", ".join(f"{n} {k}" for k, n in sorted(t["figures_by_kind"].items())) or "none"
    lines += [
        f"bulletin versions annotated: {t['processed']} (figures: {figures})",
        f"incidents:                   {t['incidents']} ({report.incidents.get('new', 0)} new, "
        f"{report.incidents.get('changed', 0)} with a changed toll)",
        f"documents indexed:           {t['documents_indexed']} ({report.backend or 'no backend'})",
        f"alerts raised:               {t['alerts_raised']}",
        f"alert messages sent:         {alert_messages(report)}",
        f"stored bulletin versions:    {t['stored_versions']} in {report.data_dir}",
    ]
    if report.errors:
        lines.append("problems: " + "; ".join(report.errors))
    if report.path:
        lines.append(f"run report: {report.path}")
    return "\n".join(lines)
