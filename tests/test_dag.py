"""The Airflow DAG: imports cleanly (DagBag), and Airflow's own ``dag.test()`` runs the whole
nightly job against the bundled demo site, on the embedded store and on the real Elasticsearch
node; a source that cannot be reached fails its own tasks only.

Airflow runs in child processes with their own AIRFLOW_HOME (a temp dir whose sqlite metadata
DB is migrated once per session), so its configuration, logging and environment never leak into
the other tests.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DAGS = ROOT / "dags"

pytestmark = pytest.mark.airflow

RUNNER = textwrap.dedent("""
    import json, sys
    from airflow.dag_processing.dagbag import DagBag

    bag = DagBag(dag_folder=sys.argv[1])
    if sys.argv[2] == "import":
        print("RESULT " + json.dumps({"errors": {k: str(v) for k, v in bag.import_errors.items()},
                                      "dags": sorted(bag.dags),
                                      "tasks": sorted(t.task_id for d in bag.dags.values() for t in d.tasks),
                                      "doc_md": bool(bag.dags["tollwatch_nightly"].doc_md),
                                      "catchup": bag.dags["tollwatch_nightly"].catchup,
                                      "schedule": str(bag.dags["tollwatch_nightly"].schedule),
                                      "retries": [t.retries for t in bag.dags["tollwatch_nightly"].tasks]}))
        sys.exit(0)
    dag = bag.dags["tollwatch_nightly"]

    def _value(xcom):
        if xcom is None:
            return None
        v = xcom.value
        return json.loads(v) if isinstance(v, (str, bytes)) else v
    dr = dag.test(run_conf=json.loads(sys.argv[3]))
    from sqlalchemy import select
    from airflow.models.taskinstance import TaskInstance
    from airflow.models.xcom import XComModel
    from airflow.utils.session import create_session
    with create_session() as session:
        tis = session.scalars(select(TaskInstance).where(TaskInstance.dag_id == dag.dag_id,
                                                         TaskInstance.run_id == dr.run_id)).all()
        states = {}
        for ti in tis:
            states.setdefault(ti.task_id, []).append(str(ti.state))
        xcom = session.scalars(select(XComModel).where(XComModel.run_id == dr.run_id,
                                                       XComModel.task_id == "report",
                                                       XComModel.key == "return_value")).first()
    print("RESULT " + json.dumps({"state": str(dr.state), "tis": states,
                                  "report": _value(xcom)}, default=str))
""")


@pytest.fixture(scope="session")
def airflow_env(tmp_path_factory) -> dict[str, str]:
    """An AIRFLOW_HOME with a migrated sqlite metadata DB, as environment for child processes."""
    home = tmp_path_factory.mktemp("airflow-home")
    env = {k: v for k, v in os.environ.items() if not k.startswith("AIRFLOW")}
    env.update({
        "AIRFLOW_HOME": str(home),
        "AIRFLOW__CORE__DAGS_FOLDER": str(DAGS),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": f"sqlite:///{home}/airflow.db",
        "AIRFLOW__LOGGING__LOGGING_LEVEL": "WARNING",
        "AIRFLOW_VAR_TOLLWATCH_RETRIES": "0",  # a failing task fails at once in the tests
        "PYTHONPATH": str(ROOT),
    })
    proc = subprocess.run([sys.executable, "-m", "airflow", "db", "migrate"], env=env, capture_output=True,
                          text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return env


def run_airflow(env: dict[str, str], mode: str, conf: dict | None = None, extra_env: dict | None = None) -> dict:
    proc = subprocess.run([sys.executable, "-c", RUNNER, str(DAGS), mode, json.dumps(conf or {})],
                          env={**env, **(extra_env or {})}, capture_output=True, text=True, timeout=900, cwd=ROOT)
    lines = [x for x in proc.stdout.splitlines() if x.startswith("RESULT ")]
    assert lines, f"exit {proc.returncode}\nstdout:\n{proc.stdout[-4000:]}\nstderr:\n{proc.stderr[-6000:]}"
    return json.loads(lines[-1][len("RESULT "):])


@pytest.fixture
def demo_registry(tmp_path):
    from crawlers.demo_site import serve_demo_site, write_demo_registry

    def make(include_unreachable: bool = False) -> Path:
        return write_demo_registry(site.base_url, tmp_path / "sources.yaml", include_unreachable=include_unreachable)

    with serve_demo_site(slow_seconds=0.2) as site:
        yield make


@pytest.fixture
def rules_file(tmp_path) -> tuple[Path, Path]:
    log = tmp_path / "alerts.jsonl"
    rules = tmp_path / "rules.yaml"
    rules.write_text(json.dumps({
        "channels": [{"name": "log", "type": "file", "path": str(log), "format": "jsonl"}],
        "rules": [{"name": "killed-5", "kinds": ["killed"], "min_count": 5}],
    }))
    return rules, log


def test_dag_folder_imports_without_errors(airflow_env):
    result = run_airflow(airflow_env, "import")
    assert result["errors"] == {}
    assert result["dags"] == ["tollwatch_nightly"]
    assert result["tasks"] == ["alerts", "incidents", "index", "list_sources", "nlp_batches", "process", "report", "settings",
                               "source.crawl", "source.summarise"]
    assert result["doc_md"] and result["catchup"] is False and set(result["retries"]) == {0}
    assert result["schedule"] == "0 2 * * *"


def test_the_schedule_none_leaves_only_triggered_runs(airflow_env):
    """`TOLLWATCH_SCHEDULE=none`: no schedule (the Celery test stack: only the runs a test triggers)."""
    result = run_airflow(airflow_env, "import", extra_env={"AIRFLOW_VAR_TOLLWATCH_SCHEDULE": "none"})
    assert result["errors"] == {} and result["schedule"] == "None"


def test_dags_list_shows_the_dag_after_reserialize(airflow_env, tmp_path):
    """What docs/airflow.md says: a fresh metadata database lists no DAG until the folder is parsed
    into it (the dag-processor's job); `airflow dags reserialize` does it once."""
    env = {**airflow_env, "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": f"sqlite:///{tmp_path}/airflow.db"}

    def airflow(*args: str) -> str:
        proc = subprocess.run([sys.executable, "-m", "airflow", *args], env=env, capture_output=True, text=True,
                              timeout=300, cwd=ROOT)
        assert proc.returncode == 0, proc.stderr[-3000:]
        return proc.stdout

    airflow("db", "migrate")
    assert "tollwatch_nightly" not in airflow("dags", "list", "-o", "plain")
    airflow("dags", "reserialize")
    assert "tollwatch_nightly" in airflow("dags", "list", "-o", "plain")


def test_dag_module_parses_without_heavy_imports():
    """Parsing the DAG file adds no heavy module to what Airflow itself imports."""
    code = (f"import sys; sys.path.insert(0, {str(ROOT)!r}); import airflow.sdk; before = set(sys.modules); "
            f"import runpy; runpy.run_path({str(DAGS / 'tollwatch_nightly.py')!r}); "
            "heavy = [m for m in ('torch', 'transformers', 'spacy', 'scrapy', 'elasticsearch', 'crawlers', 'nlp', "
            "'indexing', 'pipeline', 'alerts') if m in sys.modules and m not in before]; print('HEAVY', heavy)")
    env = {k: v for k, v in os.environ.items() if not k.startswith("AIRFLOW")}
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env)
    assert "HEAVY []" in proc.stdout, proc.stdout + proc.stderr[-2000:]


def test_the_docs_list_every_task_of_the_dag():
    """docs/airflow.md's diagram and task table, and the DAG's own doc_md, name every task the DAG
    defines (they had fallen behind: no nlp_batches, no incidents). Read from the file, no Airflow."""
    import ast
    import re

    source = (DAGS / "tollwatch_nightly.py").read_text(encoding="utf-8")
    tasks = {node.name for node in ast.walk(ast.parse(source)) if isinstance(node, ast.FunctionDef)
             and any("task" in ast.unparse(d) for d in node.decorator_list)}
    assert {"crawl", "process", "incidents", "index", "alerts", "report"} <= tasks
    doc = (ROOT / "docs" / "airflow.md").read_text(encoding="utf-8")
    diagram = doc.split("```", 2)[1]
    table = set(re.findall(r"^\| `(?:source\.)?(\w+)` \|", doc, re.M))
    doc_md_table = set(re.findall(r"^\| `(?:source\.)?(\w+)` \|", source, re.M))
    for name in tasks - {"source"}:  # the task group
        assert name in diagram, f"docs/airflow.md's diagram lacks {name}"
        assert name in table, f"docs/airflow.md's task table lacks {name}"
        assert name in doc_md_table, f"the DAG's doc_md lacks {name}"


def _assert_success(result: dict) -> None:
    bad = {t: s for t, s in result["tis"].items() if any(x != "success" for x in s)}
    assert result["state"] == "success" and not bad, result


def test_dag_test_runs_the_nightly_job_on_the_embedded_store(airflow_env, demo_registry, rules_file, tmp_path):
    """The whole job on the demo site plus one unreachable source: that source fails its own
    tasks only; everything else runs and succeeds. Run again: nothing new, nothing sent."""
    rules, log = rules_file
    data = tmp_path / "data"
    conf = {"sources_file": str(demo_registry(include_unreachable=True)), "data_dir": str(data),
            "rules_file": str(rules)}
    result = run_airflow(airflow_env, "test", conf)
    tis = result["tis"]
    # one mapped group per source; the unreachable one fails alone
    assert sorted(tis["source.crawl"]) == ["failed", "success", "success", "success", "success"]
    assert sorted(tis["source.summarise"]) == ["success", "success", "success", "success", "upstream_failed"]
    for task_id in ("settings", "list_sources", "process", "index", "alerts", "report"):
        assert tis[task_id] == ["success"], (task_id, tis)
    totals = result["report"]
    assert totals["new"] > 0 and totals["documents_indexed"] == totals["stored_versions"] > 0
    assert totals["figures_by_kind"].get("killed", 0) > 0
    alerts = [json.loads(x) for x in log.read_text().splitlines()]
    assert alerts and len({a["key"] for a in alerts}) == len(alerts)
    saved = json.loads((data / "runs" / "last.json").read_text())
    assert saved["totals"] == totals
    assert saved["sources"]["demo-unreachable"]["error"] and saved["sources"]["demo-sohr-en"]["new"] > 0

    from indexing import SearchQuery, open_backend

    with open_backend(data_dir=data) as backend:
        assert backend.search(SearchQuery(kind="killed", min_count=5))

    # run it again without the broken source: all green, nothing to index or alert
    conf["sources_file"] = str(demo_registry())
    again = run_airflow(airflow_env, "test", conf)
    _assert_success(again)
    assert again["report"]["documents_indexed"] == 0 and again["report"]["alert_messages_sent"] == 0
    assert len(log.read_text().splitlines()) == len(alerts)


def test_dag_test_runs_with_a_single_source(airflow_env, demo_registry, rules_file, tmp_path):
    """One mapped source: Airflow (up to 3.3.2) hands the `report` task its one mapped result as a
    bare dict instead of a list; the report must read it all the same."""
    rules, log = rules_file
    conf = {"sources_file": str(demo_registry()), "data_dir": str(tmp_path / "data"), "rules_file": str(rules),
            "sources": ["demo-sohr-en"]}
    result = run_airflow(airflow_env, "test", conf)
    _assert_success(result)
    assert result["tis"]["source.crawl"] == ["success"]
    totals = result["report"]
    assert totals["new"] > 0 and totals["documents_indexed"] == totals["stored_versions"] > 0
    saved = json.loads((tmp_path / "data" / "runs" / "last.json").read_text())
    assert list(saved["sources"]) == ["demo-sohr-en"] and saved["sources"]["demo-sohr-en"]["new"] > 0


@pytest.mark.elasticsearch
def test_dag_test_runs_against_the_real_elasticsearch_node(airflow_env, demo_registry, rules_file, tmp_path,
                                                           es_url, es_prefix):
    rules, log = rules_file
    conf = {"sources_file": str(demo_registry()), "data_dir": str(tmp_path / "data"), "rules_file": str(rules),
            "es_url": es_url}
    result = run_airflow(airflow_env, "test", conf, extra_env={"TOLLWATCH_ES_PREFIX": es_prefix})
    _assert_success(result)
    assert result["report"]["documents_indexed"] > 0 and log.read_text().strip()

    from indexing import SearchQuery, open_backend

    with open_backend(data_dir=tmp_path / "data", es_url=es_url, prefix=es_prefix) as backend:
        backend.refresh()
        assert backend.search(SearchQuery(kind="killed", min_count=5))
