"""The tollwatch nightly DAG: crawl every source, then process, index and alert.

Reads top to bottom like the run it schedules. Every task calls the same function
``tollwatch run`` calls (``pipeline.stages``), so the DAG adds scheduling, retries
and a per-source view, not behaviour. Heavy libraries (Scrapy, torch, spaCy) are
imported inside the tasks: parsing this file imports only Airflow and the stdlib.

Configuration, in order: the run's params (trigger form or ``--conf``), then
Airflow Variables ``tollwatch_<name>``, then tollwatch's own settings
(``TOLLWATCH_<NAME>`` / tollwatch.yaml), then the defaults. docs/airflow.md has
the full story (``airflow dags test``, standalone, backfill, traps).
"""

from __future__ import annotations

import os
from datetime import datetime, timedelta
from typing import Any

from airflow.sdk import Param, dag, task, task_group

DAG_ID = "tollwatch_nightly"


def _setting(name: str, default: Any = None) -> Any:
    """An Airflow Variable ``tollwatch_<name>`` (at parse time: only from the environment,
    ``AIRFLOW_VAR_TOLLWATCH_<NAME>``, so parsing never queries the metadata DB)."""
    return os.environ.get(f"AIRFLOW_VAR_TOLLWATCH_{name.upper()}") or os.environ.get(f"TOLLWATCH_{name.upper()}") or default


SCHEDULE = _setting("schedule", "0 2 * * *")  # 02:00 UTC every night
if str(SCHEDULE).strip().lower() in ("none", "manual"):  # only triggered runs (another scheduler drives it)
    SCHEDULE = None

DEFAULT_ARGS = {
    "owner": "tollwatch",
    "retries": int(_setting("retries", 2)),
    "retry_delay": timedelta(minutes=5),
    "retry_exponential_backoff": True,
    "max_retry_delay": timedelta(hours=1),
    "execution_timeout": timedelta(hours=1),
}

DOC_MD = """
### tollwatch nightly

Collects the bulletins of every source in the registry, extracts the casualty
figures, indexes them and sends the alerts, for what is new or changed since the
last run. The same stages as `tollwatch run`; each is incremental from the store's
stage marks, so a retried or re-run task never duplicates a document or an alert.

| task | does |
|------|------|
| `settings` | resolves the registry, data directory, backend and rules (params, then Variables `tollwatch_*`, then tollwatch settings) |
| `list_sources` | reads the registry: one mapped `source` group per enabled source |
| `source.crawl` | crawls one source in its own subprocess (Scrapy's reactor cannot restart); fails alone if the source fails |
| `source.summarise` | that source's fetched / new / changed / failed counts |
| `nlp_batches` | splits the nlp stage into `TOLLWATCH_NLP_BATCHES` batches by bulletin id (default 1) |
| `process` | annotates the new and changed versions (figures, entities, translation, places); one mapped instance per batch, in parallel on the workers |
| `incidents` | links the figures into incidents across bulletins, sources, languages and versions (same ids on a re-run) |
| `index` | indexes them (embedded SQLite store, or Elasticsearch when `es_url` is set) |
| `alerts` | evaluates the alert rules on what was indexed and delivers (never twice) |
| `report` | the run report, saved under `<data>/runs/` |

`nlp_batches` (and so `process`), `incidents`, `index` and `alerts` run even when a source failed (`trigger_rule=all_done`):
one broken site never holds back the others' bulletins.

**Backfill** a date range (each run crawls its own interval: `since` = the day it starts,
`until` = the day before it ends):
`airflow backfill create --dag-id tollwatch_nightly --from-date 2024-01-01 --to-date 2024-01-31`.
"""


@dag(
    dag_id=DAG_ID,
    schedule=SCHEDULE,
    start_date=datetime(2024, 1, 1),
    catchup=False,
    max_active_runs=1,
    default_args=DEFAULT_ARGS,
    tags=["tollwatch"],
    doc_md=DOC_MD,
    params={
        "sources_file": Param(None, type=["null", "string"], description="source registry YAML"),
        "data_dir": Param(None, type=["null", "string"], description="tollwatch data directory"),
        "es_url": Param(None, type=["null", "string"], description="Elasticsearch URL; empty: embedded store"),
        "rules_file": Param(None, type=["null", "string"], description="alert rules YAML; empty: no alerts"),
        "sources": Param([], type="array", description="crawl only these sources (default: all enabled)"),
        "since": Param(None, type=["null", "string"], description="only bulletins published on/after (ISO date)"),
        "until": Param(None, type=["null", "string"], description="only bulletins published on/before (ISO date)"),
    },
)
def tollwatch_nightly():
    @task(multiple_outputs=False)
    def settings(params: dict | None = None, dag_run=None, data_interval_start=None,
                 data_interval_end=None) -> dict[str, Any]:
        """Resolve where everything is: params, then Variables, then tollwatch settings."""
        from airflow.sdk import Variable

        from pipeline.scheduling import resolve_run_settings

        run_type = getattr(dag_run, "run_type", None)
        return resolve_run_settings(params or {}, lambda key: Variable.get(key, default=None),
                                    run_type=str(getattr(run_type, "value", run_type) or ""),
                                    interval_start=data_interval_start, interval_end=data_interval_end)

    @task
    def list_sources(cfg: dict[str, Any]) -> list[dict[str, Any]]:
        """One entry per enabled source: the input of the mapped ``source`` group."""
        from pipeline.stages import source_names

        return [{**cfg, "source": name} for name in source_names(cfg["sources_file"], cfg["only"] or None)]

    @task_group
    def source(job: dict[str, Any]):
        """Crawl one source (mapped: one group instance per source)."""

        @task(multiple_outputs=False, execution_timeout=timedelta(hours=2), map_index_template="{{ source_name }}")
        def crawl(job: dict[str, Any]) -> dict[str, Any]:
            from airflow.sdk import get_current_context

            from pipeline.stages import crawl_one

            get_current_context()["source_name"] = job["source"]  # names the mapped instance in the UI
            return crawl_one(job["sources_file"], job["data_dir"], job["source"], since=job["since"],
                             until=job.get("until"))

        @task(multiple_outputs=False, map_index_template="{{ source_name }}")
        def summarise(report: dict[str, Any]) -> dict[str, Any]:
            from airflow.sdk import get_current_context

            get_current_context()["source_name"] = report.get("source", "")
            keys = ("source", "ok", "fetched", "new", "changed", "unchanged", "failed", "errors")
            return {k: report.get(k) for k in keys}

        return summarise(crawl(job))

    @task(trigger_rule="all_done")
    def nlp_batches(cfg: dict[str, Any]) -> list[list[int]]:
        """The nlp stage in ``nlp_batches`` batches (setting ``TOLLWATCH_NLP_BATCHES``, default 1),
        split by bulletin id: one mapped ``process`` per batch, in parallel on the workers."""
        from tollwatch import config

        n = max(1, config.get_int("nlp_batches", 1))
        return [[i, n] for i in range(n)]

    @task(multiple_outputs=False, execution_timeout=timedelta(hours=3), map_index_template="batch {{ batch[0] }}")
    def process(cfg: dict[str, Any], batch: list[int]) -> dict[str, Any]:
        from pipeline.stages import process_stage
        from store import Store

        with Store(cfg["data_dir"]) as store:
            return process_stage(store, shard=(batch[0], batch[1])).to_dict()

    @task(multiple_outputs=False, execution_timeout=timedelta(minutes=30))
    def incidents(cfg: dict[str, Any]) -> dict[str, Any]:
        """Link the annotated figures into incidents (override file: the ``incident_overrides`` setting)."""
        from pipeline.stages import incidents_stage
        from store import Store

        with Store(cfg["data_dir"]) as store:
            return incidents_stage(store, cfg.get("overrides_file"))

    @task(multiple_outputs=False, execution_timeout=timedelta(hours=1))
    def index(cfg: dict[str, Any]) -> dict[str, Any]:
        from pipeline.stages import index_stage, index_stage_name, open_backend
        from store import Store

        backend = open_backend(cfg["data_dir"], cfg["es_url"])
        try:
            with Store(cfg["data_dir"]) as store:
                report = index_stage(store, backend)
        finally:
            backend.close()
        if report.get("error"):
            raise RuntimeError(f"indexing stopped: {report['error']} ({report.get('remaining')} left for a retry)")
        return {**report, "stage": index_stage_name(backend)}

    @task(multiple_outputs=False, execution_timeout=timedelta(minutes=30))
    def alerts(cfg: dict[str, Any], indexed: dict[str, Any]) -> dict[str, Any]:
        from pipeline.stages import alert_stage
        from store import Store

        if not cfg["rules_file"]:
            return {"alerts_raised": 0, "messages_sent": {}, "note": "no rules file configured"}
        with Store(cfg["data_dir"]) as store:
            report = alert_stage(store, cfg["rules_file"], after=indexed["stage"])
        if report.failed:  # retried with back-off; only the missed deliveries are sent again
            raise RuntimeError("alert delivery failed: " + "; ".join(f"{c}: {e[-1]}" for c, e in report.failed.items()))
        return report.to_dict()

    @task(multiple_outputs=False, trigger_rule="all_done")
    def report(cfg: dict[str, Any], jobs: list[dict[str, Any]], crawled: list[dict[str, Any]] | dict[str, Any],
               processed: Any, indexed: dict[str, Any], alerted: dict[str, Any],
               linked: dict[str, Any] | None = None, dag_run=None) -> dict[str, Any]:
        """The run report, as ``tollwatch run`` writes it; a source whose crawl failed is listed with the error."""
        from pathlib import Path

        from pipeline.nightly import RunReport, per_source, save_report
        from pipeline.scheduling import mapped_results
        from store import Store, utcnow

        with Store(cfg["data_dir"]) as store:
            total = store.count()
        started = getattr(dag_run, "start_date", None)
        run = RunReport(started=started.replace(microsecond=0).isoformat() if started else utcnow(),
                        data_dir=cfg["data_dir"], sources_file=cfg["sources_file"])
        run.sources = per_source({"sources": mapped_results(crawled)})
        for job in mapped_results(jobs):
            run.sources.setdefault(job["source"], {"fetched": 0, "new": 0, "changed": 0, "unchanged": 0, "failed": 0,
                                                   "error": "the crawl task failed (see its log)"})
        if processed is not None and not isinstance(processed, dict):  # the mapped nlp batches
            from pipeline.stages import merge_process_reports

            processed = merge_process_reports(list(processed))
        run.process, run.index, run.alerts = processed or {}, indexed or {}, alerted or {}
        run.incidents = linked or {}
        run.backend, run.store_total, run.finished = (indexed or {}).get("backend"), total, utcnow()
        run.errors = [f"source {name}: {s['error']}" for name, s in run.sources.items() if s.get("error")]
        save_report(run, Path(cfg["data_dir"]))
        return run.to_dict()["totals"]

    cfg = settings()
    jobs = list_sources(cfg)
    crawled = source.expand(job=jobs)
    batches = nlp_batches(cfg)
    crawled >> batches
    processed = process.partial(cfg=cfg).expand(batch=batches)
    linked = incidents(cfg)
    processed >> linked
    indexed = index(cfg)
    linked >> indexed
    alerted = alerts(cfg, indexed)
    report(cfg, jobs, crawled, processed, indexed, alerted, linked)


tollwatch_nightly()
