"""Airflow across machines: the nightly DAG on the CeleryExecutor with two workers
(``tests/fixtures/celery_stack.py``: real Redis, real PostgreSQL for Airflow's metadata and for
tollwatch's store, Airflow's own api-server, scheduler, dag-processor and two Celery workers).

The per-source crawl tasks run on both workers, the nlp stage's 3 batches run on both workers at
the same time, and the result equals the reference: the same DAG run by Airflow's in-process
``dag.test()`` (the single-machine run, one process, the SQLite store, nlp in one batch, its own
SQLite metadata DB): the same versions, figures, index documents and alerts, nothing twice.

The reference is the plain ``dag.test()`` (the same one ``tests/test_dag.py`` runs) rather than
``dag.test(use_executor=True)`` with the LocalExecutor on the stack's metadata DB: that one shares
the DB with the Celery scheduler and, on a loaded machine, sat in "No tasks to run" until the
600 s timeout (issue 16). Each run is a child process in its own process group with a deadline:
at the deadline the group is killed and the test fails naming the run and the tasks that did not
finish."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from datetime import datetime
from pathlib import Path

import pytest

from tests.test_dag import airflow_env, demo_registry, rules_file  # noqa: F401 - fixtures

ROOT = Path(__file__).resolve().parent.parent

pytest_plugins = ["tests.fixtures.postgres", "tests.fixtures.celery_stack"]
pytestmark = [pytest.mark.airflow, pytest.mark.slow, pytest.mark.cluster]

# Deadlines, each named in the failure it gives; together (with the stack's START_TIMEOUT) within
# the test's own timeout, so a hang fails with its name, not with pytest-timeout's stack dump.
PARSE_TIMEOUT = 120  # the dag-processor parses the DAG (every 5 s in the stack)
RUN_TIMEOUT = 360  # one DAG run over the demo site's 4 sources (about a minute on an idle machine)

# what a finished (or timed-out) run left in the metadata DB, printed as one RESULT line
COLLECT = textwrap.dedent("""
    def collect(run_id, state):
        from airflow.models.dagrun import DagRun
        from airflow.models.taskinstance import TaskInstance
        from airflow.models.xcom import XComModel
        from airflow.utils.session import create_session
        from sqlalchemy import select

        def value(x):
            v = x.value
            return json.loads(v) if isinstance(v, (str, bytes)) else v

        with create_session() as s:
            tis = s.scalars(select(TaskInstance).where(TaskInstance.run_id == run_id)).all()
            xs = s.scalars(select(XComModel).where(XComModel.run_id == run_id,
                                                   XComModel.key == "return_value")).all()
            runs = s.scalars(select(DagRun)).all()
            out = {"state": state, "run_id": run_id,
                   "runs": [{"run_id": r.run_id, "type": str(r.run_type), "state": str(r.state)} for r in runs],
                   "tis": [{"task": t.task_id, "map": t.map_index, "state": str(t.state), "host": t.hostname,
                            "start": t.start_date.isoformat() if t.start_date else None,
                            "end": t.end_date.isoformat() if t.end_date else None} for t in tis],
                   "report": next((value(x) for x in xs if x.task_id == "report"), None),
                   "process": {x.map_index: value(x) for x in xs if x.task_id == "process"}}
        print("RESULT " + json.dumps(out, default=str), flush=True)
""")

CELERY_DRIVER = "import json, sys, time\n" + COLLECT + textwrap.dedent("""
    from airflow.api.common.trigger_dag import trigger_dag
    from airflow.models.dag import DagModel
    from airflow.models.dagrun import DagRun
    from airflow.utils.session import create_session
    from airflow.utils.types import DagRunTriggeredByType
    from sqlalchemy import select

    dag_id, conf = "tollwatch_nightly", json.loads(sys.argv[1])
    parse_timeout, run_timeout = float(sys.argv[2]), float(sys.argv[3])
    deadline = time.monotonic() + parse_timeout
    while True:  # the dag-processor has to parse and serialise the DAG first
        with create_session() as s:
            if s.scalar(select(DagModel).where(DagModel.dag_id == dag_id)) is not None:
                break
        if time.monotonic() > deadline:
            sys.exit(f"the dag-processor did not parse the DAG {dag_id} within {parse_timeout:.0f}s")
        time.sleep(1)
    with create_session() as s:
        s.query(DagModel).filter(DagModel.dag_id == dag_id).update({"is_paused": False})
    run_id = trigger_dag(dag_id, triggered_by=DagRunTriggeredByType.TEST, conf=conf).run_id
    deadline = time.monotonic() + run_timeout
    while True:
        with create_session() as s:
            state = str(s.scalar(select(DagRun.state).where(DagRun.run_id == run_id)))
        if state in ("success", "failed"):
            break
        if time.monotonic() > deadline:
            state = f"still {state} after {run_timeout:.0f}s"
            break
        time.sleep(1)
    collect(run_id, state)
""")

REFERENCE_DRIVER = "import json, sys\n" + COLLECT + textwrap.dedent("""
    from airflow.dag_processing.dagbag import DagBag

    dag = DagBag(dag_folder=sys.argv[2]).dags["tollwatch_nightly"]
    dr = dag.test(run_conf=json.loads(sys.argv[1]))
    collect(dr.run_id, str(dr.state))
""")


def run_driver(what: str, code: str, args: list[str], env: dict, timeout: float, logs=lambda: "") -> dict:
    """Run a driver in its own process group; past ``timeout`` the whole group (the crawl
    subprocesses too) is killed and the test fails naming ``what``."""
    proc = subprocess.Popen([sys.executable, "-c", code, *args], env=env, cwd=ROOT, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, err = proc.communicate()
        pytest.fail(f"{what} did not finish within {timeout:.0f}s\n{err[-3000:]}\n{logs()}", pytrace=False)
    finally:
        if proc.poll() is None:  # the test's own timeout or ^C: leave nothing running
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    lines = [x for x in out.splitlines() if x.startswith("RESULT ")]
    if not lines:
        pytest.fail(f"{what} exited {proc.returncode} without a result\n{err[-4000:]}\n{logs()}", pytrace=False)
    return json.loads(lines[-1][len("RESULT "):])


def unfinished(result: dict) -> dict:
    return {f"{t['task']}[{t['map']}]": (t["state"], t["host"]) for t in result["tis"] if t["state"] != "success"}


def snapshot(store) -> tuple[dict, int]:
    """What a run leaves in a store: each version's text and figures, and how many rows."""
    rows = [(b.version_id, b.text, [(f.kind, f.count, f.start, f.end) for f in b.casualties])
            for b in store.bulletins()]
    return {v: (text, figures) for v, text, figures in rows}, len(rows)


def overlap(a: dict, b: dict) -> bool:
    s1, e1, s2, e2 = (datetime.fromisoformat(x) for x in (a["start"], a["end"], b["start"], b["end"]))
    return s1 < e2 and s2 < e1


@pytest.mark.timeout(1200)  # about 200 s on 2 busy cores, the stack's start included
def test_the_dag_on_two_celery_workers_equals_a_single_machine_run(
        celery_stack, airflow_env, demo_registry, rules_file, tmp_path, monkeypatch):  # noqa: F811
    from indexing import open_backend
    from store import Store

    rules, _ = rules_file
    registry = str(demo_registry())
    t0 = time.monotonic()

    # the reference: dag.test() in one process, the SQLite store, nlp in one batch
    local_log = tmp_path / "local-alerts.jsonl"
    local_rules = tmp_path / "local-rules.yaml"
    local_rules.write_text(rules.read_text().replace(str(rules.parent / "alerts.jsonl"), str(local_log)))
    env = {k: v for k, v in airflow_env.items() if k not in ("TOLLWATCH_STORE_URL", "TOLLWATCH_NLP_BATCHES")}
    local = run_driver("the reference run (dag.test())", REFERENCE_DRIVER,
                       [json.dumps({"sources_file": registry, "data_dir": str(tmp_path / "local"),
                                    "rules_file": str(local_rules)}), str(ROOT / "dags")], env, RUN_TIMEOUT)
    assert local["state"] == "success" and not unfinished(local), unfinished(local)
    t_local = time.monotonic() - t0

    # the same DAG on the Celery workers, sharing a PostgreSQL store, the nlp stage in 3 batches
    celery_log = tmp_path / "alerts.jsonl"
    conf = {"sources_file": registry, "data_dir": str(tmp_path / "celery"), "rules_file": str(rules)}
    result = run_driver("the DAG run on the Celery stack", CELERY_DRIVER,
                        [json.dumps(conf), str(PARSE_TIMEOUT), str(RUN_TIMEOUT)], celery_stack.env,
                        PARSE_TIMEOUT + RUN_TIMEOUT + 60, celery_stack.log_tail)
    assert result["state"] == "success" and not unfinished(result), (
        f"the Celery run ended {result['state']}; not successful (state, worker): {unfinished(result)}\n"
        f"{celery_stack.log_tail()}")
    assert [r["run_id"] for r in result["runs"]] == [result["run_id"]], result["runs"]  # no other run beside it
    t_celery = time.monotonic() - t0 - t_local
    print(f"\n[celery test] reference run {t_local:.0f}s, Celery run {t_celery:.0f}s; nlp batches "
          + ", ".join(f"{t['map']}: {t['host']} {t['start'][11:23]}-{(t['end'] or '')[11:23]} "
                      f"({(result['process'].get(str(t['map'])) or {}).get('processed')} versions)"
                      for t in sorted(result["tis"], key=lambda t: t["map"]) if t["task"] == "process"))

    # the whole run's timeline (which worker ran what, when): what a failure below is read with
    tis = result["tis"]
    print("[celery test] timeline: " + "; ".join(
        f"{t['task']}[{t['map']}] {t['host']} {(t['start'] or '')[11:23]}-{(t['end'] or '')[11:23]}"
        for t in sorted(tis, key=lambda t: t["start"] or "")))

    # every task ran on a worker of the stack; the per-source crawls on both workers
    assert {t["host"] for t in tis} == set(celery_stack.WORKERS), tis
    crawls = [t for t in tis if t["task"] == "source.crawl"]
    assert len(crawls) == 4 and {t["host"] for t in crawls} == set(celery_stack.WORKERS), crawls
    # the nlp stage: 3 batches, on both workers, two of them at the same time on different
    # workers, each annotating its share (by bulletin id) and together what the reference did
    batches = sorted((t for t in tis if t["task"] == "process"), key=lambda t: t["map"])
    assert [t["map"] for t in batches] == [0, 1, 2], batches
    assert {t["host"] for t in batches} == set(celery_stack.WORKERS), batches
    assert any(overlap(a, b) for a in batches for b in batches if a["host"] != b["host"]), batches
    processed = {int(k): v["processed"] for k, v in result["process"].items()}
    # (the split is by a hash of the URL, whose port changes from run to run: of the ~15 versions
    # one batch may get none, one in a few hundred runs; two empty ones, never in practice)
    assert sorted(processed) == [0, 1, 2] and sum(n > 0 for n in processed.values()) >= 2, processed
    assert sum(processed.values()) == sum(v["processed"] for v in local["process"].values()) > 0, local["process"]

    # the same versions, figures, index documents and alerts; nothing twice
    monkeypatch.delenv("TOLLWATCH_STORE_URL", raising=False)
    with Store(tmp_path / "local") as store:
        reference, n_reference = snapshot(store)
    with Store(tmp_path / "celery", url=celery_stack.store_url) as store:
        shared, n_shared = snapshot(store)
    assert shared == reference and n_shared == n_reference == len(reference) > 0
    with open_backend(data_dir=tmp_path / "local", es_url=None) as a, \
            open_backend(data_dir=tmp_path / "celery", es_url=None) as b:
        assert a.count() == b.count() and sum(a.count().values()) > 0
    local_alerts = sorted(json.loads(x)["key"] for x in local_log.read_text().splitlines())
    celery_alerts = sorted(json.loads(x)["key"] for x in celery_log.read_text().splitlines())
    assert celery_alerts == local_alerts and len(set(celery_alerts)) == len(celery_alerts) > 0
    for key in ("new", "changed", "stored_versions", "documents_indexed", "alert_messages_sent"):
        assert result["report"][key] == local["report"][key], key
    assert result["report"]["figures_by_kind"] == local["report"]["figures_by_kind"]
