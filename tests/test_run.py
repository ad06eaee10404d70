"""`tollwatch run`: the bundled offline demo (no arguments) and a run on a given registry,
through the real crawlers, demo site, extractor and embedded search store."""

from __future__ import annotations

import json

import pytest

from cli.main import main

pytestmark = pytest.mark.slow


@pytest.fixture
def demo_env(tmp_path, monkeypatch):
    data = tmp_path / "tollwatch-data"
    monkeypatch.setenv("TOLLWATCH_DATA", str(data))
    monkeypatch.setenv("TOLLWATCH_DEMO_PORT", "0")  # any free port in the tests
    for name in ("TOLLWATCH_SOURCES", "TOLLWATCH_ES_URL", "TOLLWATCH_ALERT_RULES", "TOLLWATCH_CONFIG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)
    return data


def test_run_with_no_arguments_runs_the_offline_demo_then_does_nothing(demo_env, capsys):
    assert main(["run"]) in (0, 1)  # 1 only if a demo source is reported as failed
    out = capsys.readouterr()
    assert "running the bundled offline demo" in out.err
    assert "tollwatch run summary" in out.out and "demo-sohr-en" in out.out
    assert "[killed-5-or-more]" in out.out  # the demo's alerts, on standard output
    assert f"next: tollwatch search --data {demo_env}" in out.out
    assert f"tollwatch incidents --data {demo_env} --links" in out.out  # what the incidents stage built
    assert f"tollwatch report --data {demo_env} --out report.html" in out.out
    last = json.loads((demo_env / "runs" / "last.json").read_text())
    t = last["totals"]
    assert t["new"] > 0 and t["processed"] == t["stored_versions"] == t["documents_indexed"]
    assert t["figures_by_kind"]["killed"] > 0 and t["alert_messages_sent"] == 1  # demo rules: digest

    # the search the summary suggests finds what the run indexed
    assert main(["search", "--data", str(demo_env), "--kind", "killed", "--min", "5", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)

    assert main(["run", "--json", "--quiet"]) in (0, 1)
    again = json.loads(capsys.readouterr().out)["totals"]
    assert again["alerts_raised"] == 0 and again["alert_messages_sent"] == 0
    assert again["changed"] == 0


def test_run_on_a_registry_with_a_revision_alerts_the_rise(tmp_path, monkeypatch, capsys):
    from crawlers.demo_site import serve_demo_site, write_demo_registry

    for name in ("TOLLWATCH_SOURCES", "TOLLWATCH_ES_URL", "TOLLWATCH_ALERT_RULES", "TOLLWATCH_CONFIG"):
        monkeypatch.delenv(name, raising=False)
    data = tmp_path / "data"
    log = tmp_path / "alerts.jsonl"
    rules = tmp_path / "rules.yaml"
    rules.write_text(json.dumps({"channels": [{"name": "log", "type": "file", "path": str(log), "format": "jsonl"}],
                                 "rules": [{"name": "killed", "kinds": ["killed"], "min_count": 1}]}))
    with serve_demo_site(slow_seconds=0.2) as site:
        registry = write_demo_registry(site.base_url, tmp_path / "sources.yaml")
        args = ["run", "--sources", str(registry), "--data", str(data), "--rules", str(rules), "--quiet"]
        assert main(args + ["--source", "demo-sohr-en"]) == 0
        first = [json.loads(x) for x in log.read_text().splitlines()]
        site.revise()  # a bulletin's toll is revised upward on the site
        assert main(args + ["--source", "demo-sohr-en", "--json"]) == 0
    report = json.loads(_json_tail(capsys))
    assert report["totals"]["changed"] >= 1
    lines = [json.loads(x) for x in log.read_text().splitlines()]
    new = lines[len(first):]
    assert new and all(a["version"] > 1 for a in new)
    assert any(a["revision"] and a["revision"]["to"] > a["revision"]["from"] for a in new)


def _json_tail(capsys) -> str:
    """The JSON report printed last (the earlier runs printed nothing with --quiet)."""
    out = capsys.readouterr().out
    return out[out.index("{"):]


def test_bad_inputs_are_one_line_errors(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("TOLLWATCH_ALERT_RULES", raising=False)
    bad_rules = tmp_path / "rules.yaml"
    bad_rules.write_text("rules: [{name: x, min_count: many}]")
    assert main(["run", "--no-crawl", "--data", str(tmp_path / "d"), "--rules", str(bad_rules)]) == 2
    assert "min_count" in capsys.readouterr().err
    assert main(["run", "--sources", str(tmp_path / "missing.yaml"), "--data", str(tmp_path / "d")]) == 2
    err = capsys.readouterr().err
    assert "missing.yaml" in err and "Traceback" not in err


def test_demo_falls_back_to_a_free_port_when_its_port_is_taken(monkeypatch):
    import socket

    import yaml

    from pipeline.demo import demo_registry

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        monkeypatch.setenv("TOLLWATCH_DEMO_PORT", str(port))
        with demo_registry(quiet=True) as registry:
            urls = [s["url"] for s in yaml.safe_load(registry.read_text())["sources"]]
    assert urls and all(u.startswith("http://127.0.0.1:") and f":{port}/" not in u for u in urls)
