"""The pipeline stages and run_nightly on the real store, the real extractor and the embedded
search backend: incremental, idempotent, resumable (also after a real SIGKILL), revisions alert."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.nightly import format_report, run_nightly
from pipeline.stages import NLP_STAGE, process_stage
from store import Store
from tollwatch.records import Bulletin

ROOT = Path(__file__).resolve().parent.parent

# Our own sentences, in the style of the monitors' daily bulletins.
TEXTS = [
    "أفاد المرصد بمقتل 9 مدنيين بينهم 3 أطفال جراء غارات جوية استهدفت سوقاً شعبياً في مدينة أريحا بريف إدلب.",
    "اعتقلت قوات النظام 17 شاباً خلال حملة مداهمات في مدينة دوما بريف دمشق.",
    "أصيب 4 أشخاص بجروح جراء انفجار لغم أرضي في ريف درعا الغربي.",
]
REVISED = "ارتفع عدد القتلى جراء الغارات على مدينة أريحا إلى 14 مدنياً بعد وفاة 5 جرحى متأثرين بجراحهم."


def collect(store: Store, texts, source="monitor-ar", start=0) -> list[Bulletin]:
    """Store bulletins the way a crawler does (no annotations yet)."""
    out = []
    for i, text in enumerate(texts, start):
        b = Bulletin(source=source, url=f"http://127.0.0.1:9/news/{i}", text=text, lang="ar",
                     title=f"Bulletin {i}", published="2024-03-05")
        assert store.save_bulletin(b) in ("new", "changed")
        out.append(b)
    return out


@pytest.fixture
def rules_file(tmp_path) -> tuple[Path, Path]:
    log = tmp_path / "alerts.log"
    rules = tmp_path / "rules.yaml"
    rules.write_text(json.dumps({
        "channels": [{"name": "log", "type": "file", "path": str(log), "format": "jsonl"}],
        "rules": [{"name": "killed-5", "kinds": ["killed"], "min_count": 5},
                  {"name": "arrests", "kinds": ["detained"], "min_count": 10}],
    }))
    return rules, log


def alert_lines(log: Path) -> list[dict]:
    return [json.loads(x) for x in log.read_text().splitlines()] if log.exists() else []


def test_run_processes_indexes_alerts_then_does_nothing(tmp_path, rules_file):
    rules, log = rules_file
    data = tmp_path / "data"
    collect(Store(data), TEXTS)
    first = run_nightly(None, data, rules=rules, quiet=True)
    assert first.ok, first.errors
    d = first.to_dict()
    assert d["totals"]["processed"] == 3 and d["totals"]["documents_indexed"] == 3
    assert d["totals"]["figures_by_kind"]["killed"] >= 1 and d["totals"]["figures_by_kind"]["detained"] == 1
    assert sorted(a["rule"] for a in alert_lines(log)) == ["arrests", "killed-5"]
    saved = json.loads((data / "runs" / "last.json").read_text())
    assert saved["totals"] == d["totals"] and Path(first.path).exists()
    summary = format_report(first)
    assert "documents indexed:           3" in summary and "alerts raised:               2" in summary
    assert "alert messages sent:         2 (log: 2)" in summary

    second = run_nightly(None, data, rules=rules, quiet=True)
    t = second.to_dict()["totals"]
    assert (t["processed"], t["documents_indexed"], t["alerts_raised"], t["alert_messages_sent"]) == (0, 0, 0, 0)
    assert len(alert_lines(log)) == 2

    from indexing import SearchQuery, open_backend

    with open_backend(data_dir=data) as backend:
        hits = backend.search(SearchQuery(text="دوما"))
    assert [h.source for h in hits] == ["monitor-ar"]


def test_a_changed_bulletin_is_a_new_version_and_a_higher_toll_alerts_again(tmp_path, rules_file):
    rules, log = rules_file
    data = tmp_path / "data"
    store = Store(data)
    collect(store, TEXTS[:1])
    run_nightly(None, data, rules=rules, quiet=True)
    (b,) = collect(store, [REVISED])  # the same URL, the toll revised upwards
    assert b.version == 2
    report = run_nightly(None, data, rules=rules, quiet=True)
    assert report.to_dict()["totals"]["processed"] == 1
    lines = alert_lines(log)
    assert len(lines) == 2 and lines[1]["revision"]["from"] == 9 and lines[1]["revision"]["to"] == 14
    assert "killed toll rose from 9 to 14" in lines[1]["text"]


def test_an_interrupted_process_stage_resumes_without_duplicates(tmp_path, rules_file):
    rules, log = rules_file
    data = tmp_path / "data"
    store = Store(data)
    collect(store, TEXTS)
    partial = process_stage(store, limit=1)  # as if the run died after the first bulletin
    assert partial.processed == 1 and len(list(store.pending(NLP_STAGE))) == 2
    report = run_nightly(None, data, rules=rules, quiet=True)
    assert report.to_dict()["totals"]["processed"] == 2
    assert report.to_dict()["totals"]["documents_indexed"] == 3
    assert sorted(a["rule"] for a in alert_lines(log)) == ["arrests", "killed-5"]


def test_a_bulletin_that_breaks_nlp_is_counted_and_retried_not_lost(tmp_path):
    store = Store(tmp_path)
    collect(store, TEXTS[:2])

    def broken_extractor(text, lang=None, published=None):
        raise RuntimeError("model crashed")

    from nlp.models import Components

    report = process_stage(store, components=Components(extract=broken_extractor))
    assert report.failed == 2 and report.failures == {"RuntimeError: model crashed": 2}
    assert len(list(store.pending(NLP_STAGE))) == 2  # retried next run
    assert process_stage(store).processed == 2


def test_a_broken_rules_file_fails_before_any_work(tmp_path):
    from alerts.rules import RulesError

    bad = tmp_path / "rules.yaml"
    bad.write_text("rules: [{name: x, kinds: [dead]}]")
    collect(Store(tmp_path / "data"), TEXTS[:1])
    with pytest.raises(RulesError, match="unknown kind"):
        run_nightly(None, tmp_path / "data", rules=bad, quiet=True)
    assert len(list(Store(tmp_path / "data").pending(NLP_STAGE))) == 1


@pytest.mark.slow
def test_a_run_killed_mid_way_finishes_on_the_next_run(tmp_path, rules_file):
    """A real SIGKILL while the process stage is running; the next run completes the work with
    every version annotated, indexed and alerted exactly once."""
    rules, log = rules_file
    data = tmp_path / "data"
    store = Store(data)
    texts = [f"{TEXTS[i % 3]} (تحديث رقم {i})" for i in range(60)]
    collect(store, texts)
    env = {**os.environ, "TOLLWATCH_DATA": str(data), "PYTHONUNBUFFERED": "1"}
    cmd = [sys.executable, "-m", "cli", "run", "--no-crawl", "--rules", str(rules)]
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    try:
        for line in proc.stderr:
            if line.startswith("[process] ") and not line.startswith("[process] 0/"):
                proc.send_signal(signal.SIGKILL)
                break
    finally:
        proc.wait(timeout=120)
    assert proc.returncode == -signal.SIGKILL
    assert 0 < len(list(Store(data).pending(NLP_STAGE))) < 60
    done = subprocess.run(cmd + ["--json", "--quiet"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    store = Store(data)
    assert list(store.pending(NLP_STAGE)) == [] and list(store.pending("index:embedded")) == []
    assert list(store.pending("alerts")) == []
    keys = [a["key"] for a in alert_lines(log)]
    assert len(keys) == len(set(keys)) == 40  # 20 x killed-5 + 20 x arrests, once each
    from indexing import open_backend

    with open_backend(data_dir=data) as backend:
        assert backend.count()["bulletins"] == 60


def test_the_summary_says_why_pages_failed():
    # the demo's summary showed "5 failed" with the reasons only in the JSON run report
    from pipeline.nightly import RunReport, per_source

    report = RunReport(started="2026-12-06T00:00:00Z", data_dir="/tmp/x")
    report.sources = per_source({"sources": {"demo-en": {"fetched": 40, "new": 35, "failed": {"http_404": 3, "broken_page": 2}}}})
    summary = format_report(report)
    assert "failed pages: 3 http_404, 2 broken_page" in summary
    assert report.sources["demo-en"]["failed"] == 5
