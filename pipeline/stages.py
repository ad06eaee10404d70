"""The nightly stages as plain functions: the CLI (``tollwatch run``) and the Airflow DAG
both call these, so a run behaves the same whoever schedules it.

* ``crawl_stage(sources_file, data_dir, source=None, since=None)``: every source (or one),
  each Scrapy crawl in its own subprocess (``crawlers.run``); new and changed bulletin
  versions land in the store before anything else runs.
* ``crawl_one(sources_file, data_dir, source_name, since=None)``: one source (the DAG's
  mapped task); raises ``CrawlFailed`` when the source failed, so its task fails alone.
* ``process_stage(store, source=None)``: annotates every version not yet through ``nlp``
  (casualties, entities, translation, places: ``nlp.annotate``) on every core (worker processes
  started fresh, each loading the models itself, setting ``nlp_processes``; in this process, in
  batches, when a torch model is loaded), writes each back and marks it as soon as it is done, so a killed run
  resumes where it stopped; ``reset_processing(store)`` makes every stored version wait for it
  (and for indexing) again, after an extractor upgrade. ``shard=(i, n)`` does batch ``i`` of
  ``n`` only (by bulletin id), so several workers share the stage (``merge_process_reports``
  adds their reports up).
* ``incidents_stage(store, overrides=None)``: links the annotated figures into incidents and
  replaces the store's incidents (``incidents.stage.run_incidents``); same ids on a re-run.
* ``index_stage(store, backend)``: indexes every version not yet in the backend.
* ``alert_stage(store, rules, after)``: evaluates the alert rules on the versions the
  index stage has indexed and delivers (``alerts.run_alerts``).

Every stage works from the store's stage marks, so each is incremental, idempotent
and resumable on its own. Heavy libraries are imported inside the functions.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Optional

from store import Store
from tollwatch.tolls import is_toll

log = logging.getLogger(__name__)

NLP_STAGE = "nlp"


class CrawlFailed(RuntimeError):
    """A source's crawl failed; the message names the source and the cause."""


# -- crawl --------------------------------------------------------------------
def _as_dict(report: Any) -> dict[str, Any]:
    if report is None:
        return {}
    if isinstance(report, dict):
        return report
    if hasattr(report, "to_dict"):
        return report.to_dict()
    return dict(vars(report))


def crawl_stage(sources_file: str | Path, data_dir: str | Path, source: Optional[str] = None,
                since: Optional[str] = None, on_source: Optional[Callable[[dict[str, Any]], None]] = None,
                on_progress: Optional[Callable[[str, dict[str, int], bool], None]] = None) -> dict[str, Any]:
    """Crawl every enabled source of the registry (or only ``source``); the crawl report as a dict
    (``{"sources": {name: source report}}``). With ``on_source``, it is called with each source's
    report as soon as that source is done (the terminal progress of ``tollwatch run``); with
    ``on_progress``, ``(source, counters, done)`` about every second while a source runs
    (``crawlers.progress``)."""
    if on_source is None:
        from crawlers.run import crawl

        return _as_dict(crawl(str(sources_file), str(data_dir), source=source, since=since,
                              on_progress=on_progress))
    from concurrent.futures import ThreadPoolExecutor, as_completed

    from crawlers.run import crawl_source
    from tollwatch import config

    names = [source] if source else source_names(sources_file)
    reports: dict[str, dict[str, Any]] = {}
    with ThreadPoolExecutor(max_workers=max(1, config.get_int("crawl_parallel", 2))) as pool:
        futures = {pool.submit(crawl_source, str(sources_file), str(data_dir), n, since,
                               on_progress=on_progress): n for n in names}
        for fut in as_completed(futures):
            name = futures[fut]
            try:
                report = _as_dict(fut.result())
            except Exception as exc:  # a broken source never stops the others
                report = {"source": name, "ok": False, "errors": [f"{type(exc).__name__}: {exc}"]}
            reports[name] = report
            on_source(report)
    return {"sources": {n: reports[n] for n in names}}


def crawl_one(sources_file: str | Path, data_dir: str | Path, source_name: str,
              since: Optional[str] = None, until: Optional[str] = None) -> dict[str, Any]:
    """Crawl one source (bulletins published from ``since`` to ``until``, inclusive, when given);
    raises ``CrawlFailed`` if it failed (so its DAG task fails alone)."""
    from crawlers.progress import CrawlProgress
    from crawlers.run import crawl_source

    with CrawlProgress([source_name]) as progress:  # plain lines in the task's log while it runs
        report = _as_dict(crawl_source(str(sources_file), str(data_dir), source_name, since=since, until=until,
                                       on_progress=progress.update))
    if source_failed(report):
        raise CrawlFailed(f"source {source_name}: {source_error(report)}")
    return report


def source_failed(report: dict[str, Any]) -> bool:
    """Whether a per-source crawl report says the crawl failed as a whole."""
    return report.get("ok") is False


def source_error(report: dict[str, Any]) -> str:
    errors = report.get("errors") or []
    return str(errors[0]) if errors else "crawl failed"


def source_names(sources_file: str | Path, only: Optional[list[str]] = None) -> list[str]:
    """The enabled sources of the registry, or the named ones (``only``, enabled or not)."""
    from crawlers.registry import load_sources

    sources = load_sources(str(sources_file))
    if only:
        known = [s.name for s in sources]
        unknown = [n for n in only if n not in known]
        if unknown:
            raise ValueError(f"source(s) {unknown} not in {sources_file} (known: {', '.join(known)})")
        return [n for n in known if n in only]
    return [s.name for s in sources if getattr(s, "enabled", True)]


# -- process (nlp) ------------------------------------------------------------
@dataclass
class ProcessReport:
    processed: int = 0
    failed: int = 0
    figures_by_kind: Counter = field(default_factory=Counter)
    failures: Counter = field(default_factory=Counter)  # reason -> count
    notes: Counter = field(default_factory=Counter)  # what nlp could not do -> count
    missing_components: list[str] = field(default_factory=list)
    failed_versions: list[str] = field(default_factory=list)

    def add(self, other: "ProcessReport") -> "ProcessReport":
        """Count ``other``'s work in this report too (a stage run in several parts)."""
        self.processed += other.processed
        self.failed += other.failed
        self.figures_by_kind.update(other.figures_by_kind)
        self.failures.update(other.failures)
        self.notes.update(other.notes)
        self.failed_versions += other.failed_versions
        self.missing_components = self.missing_components or other.missing_components
        return self

    def to_dict(self) -> dict[str, Any]:
        return {
            "processed": self.processed,
            "failed": self.failed,
            "figures_by_kind": dict(self.figures_by_kind),
            "failures": dict(self.failures),
            "notes": dict(self.notes.most_common(10)),
            "missing_components": self.missing_components,
        }


def load_components(data_dir: str | Path | None = None) -> Any:
    """The nlp components (models that are missing are recorded, never raised); the
    translation cache lives under ``data_dir``."""
    from nlp.models import load_components as load

    return load(data_dir=str(data_dir) if data_dir is not None else None)


def in_shard(bulletin_id: str, shard: int, shards: int) -> bool:
    """Is the bulletin in nlp batch ``shard`` of ``shards``? By bulletin id, so every version of a
    bulletin lands in the same batch (processed in order, by one worker)."""
    return int(bulletin_id[:12], 16) % shards == shard


def process_stage(store: Store, components: Any = None, progress: Optional[Callable[[int], None]] = None,
                  limit: Optional[int] = None, source: Optional[str] = None,
                  shard: Optional[tuple[int, int]] = None, processes: Optional[int] = None) -> ProcessReport:
    """Annotate every version (of ``source``, if given) not yet through ``nlp``; each is written
    back and marked as soon as it is done, so a killed run resumes where it stopped.
    ``shard=(i, n)``: only batch ``i`` of ``n`` (``in_shard``), so ``n`` workers can share the stage.

    ``processes`` (default: the ``nlp_processes`` setting, else every core) processes annotate
    chunks of bulletins in parallel (this one and worker processes); the store is written by this
    process only. With a torch model loaded (translation, NER) the stage runs in this process,
    in batches, and torch uses the cores itself. The results are the same either way."""
    report = ProcessReport()
    pending = list(store.pending(NLP_STAGE, source=source))
    if shard is not None:
        i, n = shard
        if not (n >= 1 and 0 <= i < n):
            raise ValueError(f"nlp batch {i} of {n} does not exist")
        pending = [b for b in pending if in_shard(b.bulletin_id, i, n)]
    if limit is not None:
        pending = pending[:limit]
    if not pending:
        return report
    components = components if components is not None else load_components(store.data_dir)
    _process(store, pending, components, _process_count(processes, components, len(pending)), report, progress)
    return report


def process_during(store: Store, busy: Callable[[], bool], components: Any = None, poll: float = 0.5) -> ProcessReport:
    """Annotate, in this process, the versions that land in the store while ``busy()`` is true
    (a crawl running in other processes writes each bulletin to the store before it is annotated
    here), then return; ``process_stage`` afterwards takes what is left on every core. A version
    that fails is tried once (``process_stage`` retries it). ``tollwatch run`` uses it to put the
    core the crawl leaves idle to work."""
    from itertools import islice

    report = ProcessReport()
    failed: set[str] = set()
    while busy():
        # records are parsed lazily: only the batch taken, however long the backlog
        pending = list(islice((b for b in store.pending(NLP_STAGE) if b.version_id not in failed), 16 * PROCESS_CHUNK))
        if not pending:
            time.sleep(poll)
            continue
        if components is None:
            components = load_components(store.data_dir)
        part = ProcessReport()
        _process(store, pending, components, 1, part, None)
        failed.update(part.failed_versions)
        report.add(part)
    return report


def _process(store: Store, pending: list, components: Any, processes: int, report: ProcessReport,
             progress: Optional[Callable[[int], None]]) -> None:
    report.missing_components = [f"{k}: {v}" for k, v in components.reasons.items()]
    done = 0

    def failed(bulletin: Any, reason: str) -> None:
        nonlocal done
        report.failed += 1
        report.failures[reason] += 1
        report.failed_versions.append(bulletin.version_id)
        log.warning("nlp failed on %s (%s): %s", bulletin.version_id, bulletin.url, reason)
        done += 1
        if progress is not None:
            progress(done)

    for result in _annotated(pending, components, processes):
        if isinstance(result, tuple):  # (bulletin, why it failed): retried next run
            failed(*result)
            continue
        try:
            store.update_bulletin(result)
        except Exception as exc:
            failed(result, _failure(exc))
            continue
        store.mark_done(NLP_STAGE, [result])
        report.processed += 1
        for f in result.casualties:
            if is_toll(f):  # what counts as a toll: tollwatch/tolls.py
                report.figures_by_kind[f.kind] += 1
        for note in result.notes:
            report.notes[note.split(":")[0]] += 1
        done += 1
        if progress is not None:
            progress(done)


# bulletins per task sent to a worker process: small enough to keep every core busy to the end
PROCESS_CHUNK = 8
WORKER_TIMEOUT = 900  # seconds a worker may take over one chunk before its bulletins count as failed


def _failure(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {str(exc)[:120]}"


def _process_count(processes: Optional[int], components: Any, pending: int) -> int:
    """How many processes annotate (this one included; 1: this one alone)."""
    import multiprocessing
    import os

    from tollwatch import config

    if processes is None:
        cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
        processes = config.get_int("nlp_processes", 0) or cores
    if getattr(components, "translator", None) is not None or getattr(components, "ner", None) is not None:
        return 1  # torch runs on every core already; a worker would load the model again
    if multiprocessing.current_process().daemon:
        return 1  # a daemon process (a Celery worker's) may not have children
    return max(1, min(int(processes), -(-pending // PROCESS_CHUNK)))


def _annotated(pending: list, components: Any, processes: int):
    """The annotated copy of each pending bulletin, or ``(bulletin, why it failed)``.

    With ``processes`` > 1, ``processes - 1`` worker processes take chunks of ``PROCESS_CHUNK``
    bulletins; this process annotates a chunk itself whenever no worker result is ready, so every
    core works and no more processes hold the models than there are cores. Results come as
    chunks finish, not in order.

    The workers are *spawned* (a fresh interpreter each), not forked: the caller may have threads
    running (a crawl's progress, Airflow's, a test server's), and a child forked while another
    thread holds a lock (a stream's, a logging handler's, a library's) waits on it forever. Each
    worker receives ``components`` pickled: the packaged models pickle as how to load them
    (``SpacyNER.load``'s model, ``Gazetteer.load``'s countries), so a worker loads its own copy
    once, when it starts."""
    from nlp.annotate import annotate_many

    if processes <= 1:
        failures: list[tuple[Any, str]] = []
        for out in annotate_many(pending, components, chunk_size=PROCESS_CHUNK * 4,
                                 on_error=lambda b, exc: failures.append((b, _failure(exc)))):
            yield from failures
            failures.clear()
            yield out
        yield from failures
        return
    import multiprocessing
    from collections import deque

    global _WORKER_COMPONENTS
    _WORKER_COMPONENTS = components
    chunks = deque(pending[i:i + PROCESS_CHUNK] for i in range(0, len(pending), PROCESS_CHUNK))
    try:
        with multiprocessing.get_context("spawn").Pool(processes - 1, initializer=_start_worker,
                                                       initargs=(components,)) as pool:
            running: deque = deque()
            while chunks or running:
                while chunks and len(running) < 2 * (processes - 1):  # each worker has one queued
                    chunk = chunks.popleft()
                    running.append((chunk, pool.apply_async(_annotate_in_worker, (chunk,))))
                if running and (running[0][1].ready() or not chunks):
                    chunk, result = running.popleft()
                    try:  # a worker that dies or hangs loses its chunk to the next run, not the run
                        outs = result.get(timeout=WORKER_TIMEOUT)
                    except multiprocessing.TimeoutError:
                        outs = [f"TimeoutError: no result from the worker in {WORKER_TIMEOUT} s"] * len(chunk)
                    except Exception as exc:
                        outs = [_failure(exc)] * len(chunk)
                elif chunks:
                    chunk = chunks.pop()  # this process takes the last chunk itself
                    outs = _annotate_in_worker(chunk)
                else:  # pragma: no cover
                    break
                for b, out in zip(chunk, outs):
                    yield (b, out) if isinstance(out, str) else out
    finally:
        _WORKER_COMPONENTS = None


_WORKER_COMPONENTS: Any = None  # this process's components (a worker's: set by ``_start_worker``)


def _start_worker(components: Any) -> None:
    """In a new worker process: keep the components it was sent (loaded as it unpickled them)."""
    global _WORKER_COMPONENTS
    _WORKER_COMPONENTS = components


def _annotate_in_worker(chunk: list) -> list:
    """In a worker process: the annotated copies of ``chunk`` (or the reason each failed), in
    order; ``annotate_many`` batches spaCy's work over the chunk."""
    from nlp.annotate import annotate_many

    failures: dict[str, str] = {}
    done = {out.version_id: out for out in annotate_many(
        chunk, _WORKER_COMPONENTS, chunk_size=len(chunk),
        on_error=lambda b, exc: failures.__setitem__(b.version_id, _failure(exc)))}
    return [done.get(b.version_id) or failures[b.version_id] for b in chunk]


def reset_processing(store: Store, source: Optional[str] = None) -> int:
    """Make every stored version (of ``source``, if given) wait for ``process_stage`` and then
    for the index stage again, e.g. after an extractor upgrade (``tollwatch process --all``).
    Alert marks are kept: a version that already alerted never alerts twice. Returns how many
    versions will be processed again."""
    from indexing import STAGE_PREFIX

    store.reset_stage(NLP_STAGE, source=source)
    store.reset_stage(STAGE_PREFIX, source=source)
    return store.count_pending(NLP_STAGE, source=source)


# -- incidents ----------------------------------------------------------------
def incidents_stage(store: Store, overrides: Any = None) -> dict[str, Any]:
    """Rebuild the incidents from every annotated version (override file: ``overrides`` or the
    ``incident_overrides`` setting); the stage report as a dict."""
    from incidents.stage import run_incidents

    return run_incidents(store, overrides).to_dict()


def merge_process_reports(reports: list[dict[str, Any]]) -> dict[str, Any]:
    """One ``ProcessReport.to_dict()`` from the reports of the nlp batches."""
    total = ProcessReport()
    for r in reports:
        if not r:
            continue
        total.processed += r.get("processed", 0)
        total.failed += r.get("failed", 0)
        total.figures_by_kind.update(r.get("figures_by_kind") or {})
        total.failures.update(r.get("failures") or {})
        total.notes.update(r.get("notes") or {})
        for m in r.get("missing_components") or []:
            if m not in total.missing_components:
                total.missing_components.append(m)
    return total.to_dict()


# -- index --------------------------------------------------------------------
def open_backend(data_dir: str | Path, es_url: Optional[str] = None) -> Any:
    """The search backend: Elasticsearch when ``es_url`` (or ``TOLLWATCH_ES_URL``) is set, else embedded."""
    from indexing import open_backend as _open

    return _open(data_dir=str(data_dir), es_url=es_url)


def index_stage_name(backend: Any) -> str:
    """The store stage mark the index stage sets for ``backend``."""
    from indexing import STAGE_PREFIX

    return STAGE_PREFIX + backend.name


def index_stage(store: Store, backend: Any) -> dict[str, Any]:
    """Index every version not yet in ``backend``, then the incidents (the store's current set
    replaces the indexed one); the index report as a dict, the incidents' under ``incidents``."""
    from indexing import index_pending
    from indexing.incidents import index_incidents

    backend.setup()
    report = _as_dict(index_pending(store, backend))
    if report.get("error") is None:
        report["incidents"] = index_incidents(store, backend).to_dict()
    return report


# -- alerts -------------------------------------------------------------------
def load_rules(rules: Any):
    """A ``RuleSet`` from a path, a ``RuleSet``, or ``None`` (the ``alert_rules`` setting; none: no alerts)."""
    from alerts.rules import RuleSet, load_rules as _load
    from tollwatch import config

    if isinstance(rules, RuleSet):
        return rules
    path = rules or config.get("alert_rules")
    if not path:
        return None
    return _load(path)


def alert_stage(store: Store, rules: Any = None, after: Optional[str] = None, backend: Any = None,
                es_url: Optional[str] = None, channels: Optional[list] = None):
    """Evaluate the alert rules on the versions indexed (stage ``after``) and deliver.

    ``after`` defaults to the index stage of ``backend`` (or of the configured backend).
    Returns an ``AlertReport`` (an empty one when no rules are configured)."""
    from alerts import AlertReport, run_alerts

    ruleset = load_rules(rules)
    if ruleset is None:
        return AlertReport()
    if after is None:
        after = index_stage_name(backend if backend is not None else open_backend(store.data_dir, es_url))
    return run_alerts(store, ruleset, after=after, channels=channels)
