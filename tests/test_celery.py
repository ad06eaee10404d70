"""Airflow across machines: the nightly DAG on the CeleryExecutor with two workers
(``tests/fixtures/celery_stack.py``: real Redis, real PostgreSQL for Airflow's metadata and for
tollwatch's store, Airflow's own api-server, scheduler, dag-processor and Celery workers). The
per-source crawl tasks and the nlp batches run on both workers, and the result equals a
run of the same DAG on the LocalExecutor (``dag.test(use_executor=True)`` on the SQLite store):
the same versions, the same figures, the same alerts, nothing twice."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.test_dag import demo_registry, rules_file  # noqa: F401 - fixtures

ROOT = Path(__file__).resolve().parent.parent

pytest_plugins = ["tests.fixtures.postgres", "tests.fixtures.celery_stack"]
pytestmark = [pytest.mark.airflow, pytest.mark.slow, pytest.mark.cluster]

DRIVER = textwrap.dedent("""
    import json, sys, time
    from airflow.api.common.trigger_dag import trigger_dag
    from airflow.models.dag import DagModel
    from airflow.models.dagrun import DagRun
    from airflow.models.taskinstance import TaskInstance
    from airflow.models.xcom import XComModel
    from airflow.utils.session import create_session
    from airflow.utils.types import DagRunTriggeredByType
    from sqlalchemy import select

    dag_id, conf, timeout = "tollwatch_nightly", json.loads(sys.argv[1]), float(sys.argv[2])
    deadline = time.monotonic() + timeout
    while True:  # the dag-processor has to parse and serialise the DAG first
        with create_session() as s:
            if s.scalar(select(DagModel).where(DagModel.dag_id == dag_id)) is not None:
                break
        if time.monotonic() > deadline:
            sys.exit("the DAG was never parsed")
        time.sleep(1)
    with create_session() as s:
        s.query(DagModel).filter(DagModel.dag_id == dag_id).update({"is_paused": False})
    run = trigger_dag(dag_id, triggered_by=DagRunTriggeredByType.TEST, conf=conf)
    run_id = run.run_id
    while True:
        with create_session() as s:
            dr = s.scalar(select(DagRun).where(DagRun.run_id == run_id))
            state = str(dr.state)
            if state in ("success", "failed") or time.monotonic() > deadline:
                tis = s.scalars(select(TaskInstance).where(TaskInstance.run_id == run_id)).all()
                out = {"state": state, "tis": [{"task": t.task_id, "map": t.map_index, "state": str(t.state),
                                                "host": t.hostname} for t in tis]}
                x = s.scalars(select(XComModel).where(XComModel.run_id == run_id, XComModel.task_id == "report",
                                                      XComModel.key == "return_value")).first()
                v = x.value if x is not None else None
                out["report"] = json.loads(v) if isinstance(v, (str, bytes)) else v
                print("RESULT " + json.dumps(out, default=str))
                break
        time.sleep(2)
""")


LOCAL_DRIVER = textwrap.dedent("""
    import json, sys, time
    from airflow.dag_processing.dagbag import DagBag
    from airflow.models.taskinstance import TaskInstance
    from airflow.models.xcom import XComModel
    from airflow.utils.session import create_session
    from sqlalchemy import select

    bag = DagBag(dag_folder=sys.argv[3])
    dag = bag.dags["tollwatch_nightly"]
    dr = dag.test(run_conf=json.loads(sys.argv[1]), use_executor=True)
    with create_session() as s:
        tis = s.scalars(select(TaskInstance).where(TaskInstance.run_id == dr.run_id)).all()
        out = {"state": str(dr.state), "tis": [{"task": t.task_id, "map": t.map_index, "state": str(t.state),
                                                "host": t.hostname} for t in tis]}
        x = s.scalars(select(XComModel).where(XComModel.run_id == dr.run_id, XComModel.task_id == "report",
                                              XComModel.key == "return_value")).first()
        v = x.value if x is not None else None
        out["report"] = json.loads(v) if isinstance(v, (str, bytes)) else v
    print("RESULT " + json.dumps(out, default=str))
""")


def run_on_local_executor(stack, conf: dict, timeout: float = 600) -> dict:
    """The DAG on Airflow's LocalExecutor (``dag.test(use_executor=True)``: the executor runs the
    tasks in local processes, through the stack's api-server), the SQLite store, one nlp batch."""
    env = {k: v for k, v in stack.env.items() if k not in ("TOLLWATCH_STORE_URL", "TOLLWATCH_NLP_BATCHES")}
    env.update({"AIRFLOW__CORE__EXECUTOR": "LocalExecutor", "TOLLWATCH_TEST_WORKER_NAME": "local"})
    proc = subprocess.run([sys.executable, "-c", LOCAL_DRIVER, json.dumps(conf), str(timeout), str(ROOT / "dags")],
                          env=env, capture_output=True, text=True, timeout=timeout, cwd=ROOT)
    lines = [x for x in proc.stdout.splitlines() if x.startswith("RESULT ")]
    assert lines, f"exit {proc.returncode}\n{proc.stderr[-4000:]}"
    return json.loads(lines[-1][len("RESULT "):])


def run_on_celery(stack, conf: dict, env: dict, timeout: float = 600) -> dict:
    proc = subprocess.run([sys.executable, "-c", DRIVER, json.dumps(conf), str(timeout)],
                          env={**stack.env, **env}, capture_output=True, text=True, timeout=timeout + 120)
    lines = [x for x in proc.stdout.splitlines() if x.startswith("RESULT ")]
    assert lines, f"exit {proc.returncode}\n{proc.stderr[-4000:]}\n{stack.log_tail()}"
    return json.loads(lines[-1][len("RESULT "):])


def snapshot(store) -> dict:
    """What a run leaves in a store: each version's text and figures."""
    return {b.version_id: {"text": b.text, "figures": [(f.kind, f.count, f.start, f.end) for f in b.casualties]}
            for b in store.bulletins()}


def test_the_dag_on_two_celery_workers_equals_a_local_executor_run(
        celery_stack, demo_registry, rules_file, tmp_path, monkeypatch):  # noqa: F811
    from store import Store

    rules, _ = rules_file
    registry = str(demo_registry())

    # the reference: the LocalExecutor on one machine, the SQLite store, nlp in one batch
    local_log = tmp_path / "local-alerts.jsonl"
    local_rules = tmp_path / "local-rules.yaml"
    local_rules.write_text(rules.read_text().replace(str(rules.parent / "alerts.jsonl"), str(local_log)))
    local = run_on_local_executor(celery_stack, {"sources_file": registry, "data_dir": str(tmp_path / "local"),
                                                 "rules_file": str(local_rules)})
    assert local["state"] == "success", local
    assert {t["host"] for t in local["tis"]} == {"local"}

    # the same DAG on the Celery workers, sharing a PostgreSQL store, the nlp stage in 3 batches
    store_url = celery_stack.store_url
    celery_log = tmp_path / "alerts.jsonl"
    result = run_on_celery(celery_stack, {"sources_file": registry, "data_dir": str(tmp_path / "celery"),
                                          "rules_file": str(rules)}, {})
    assert result["state"] == "success", (result, celery_stack.log_tail())
    hosts = {t["host"] for t in result["tis"]}
    assert hosts == {"worker-a", "worker-b"}, result["tis"]
    crawl_hosts = {t["host"] for t in result["tis"] if t["task"] == "source.crawl"}
    assert len([t for t in result["tis"] if t["task"] == "process"]) == 3
    assert crawl_hosts == {"worker-a", "worker-b"}, result["tis"]

    # the same versions, figures and alerts; nothing twice
    monkeypatch.delenv("TOLLWATCH_STORE_URL", raising=False)
    reference = snapshot(Store(tmp_path / "local"))
    shared = snapshot(Store(tmp_path / "celery", url=store_url))
    assert shared == reference and len(reference) > 0
    local_alerts = sorted(json.loads(x)["key"] for x in local_log.read_text().splitlines())
    celery_alerts = sorted(json.loads(x)["key"] for x in celery_log.read_text().splitlines())
    assert celery_alerts == local_alerts and len(set(celery_alerts)) == len(celery_alerts) > 0
    for key in ("new", "changed", "stored_versions", "documents_indexed", "alert_messages_sent"):
        assert result["report"][key] == local["report"][key], key
    assert result["report"]["figures_by_kind"] == local["report"]["figures_by_kind"]
