"""Crawl progress per source: counted in the worker (``crawlers.progress.ProgressFile``), read by
``crawlers.run`` about every second, shown by ``CrawlProgress`` (rich: live on a terminal, plain
lines in logs)."""

from __future__ import annotations

import io
import subprocess
import sys
import time
from pathlib import Path

import pytest

from crawlers.progress import CrawlProgress, progress_counts, read_progress

ROOT = Path(__file__).resolve().parent.parent


def test_progress_counts_from_scrapy_stats():
    stats = {"downloader/response_count": 12, "tollwatch/new": 4, "tollwatch/changed": 1, "tollwatch/unchanged": 2,
             "tollwatch/failed/http_404": 2, "tollwatch/failed/timeout": 1, "spider_exceptions/KeyError": 1,
             "spider_exceptions/count": 1, "tollwatch/skipped/known": 9}
    assert progress_counts(stats) == {"fetched": 12, "new": 4, "changed": 1, "unchanged": 2, "failed": 4}


def test_read_progress_tolerates_a_missing_or_half_written_file(tmp_path):
    path = tmp_path / "progress.json"
    assert read_progress(path) is None
    path.write_text('{"fetched": 3, "ne')
    assert read_progress(path) is None
    path.write_text('{"fetched": 3, "new": 1}')
    assert read_progress(path) == {"fetched": 3, "new": 1, "changed": 0, "unchanged": 0, "failed": 0}


def test_plain_lines_in_logs_at_most_every_interval_and_when_done():
    out = io.StringIO()
    p = CrawlProgress(["sohr-en"], stream=out, interval=0.5)
    with p:
        p.update("sohr-en", {"fetched": 1, "new": 0, "changed": 0, "failed": 0})  # too soon: no line
        time.sleep(0.6)
        p.update("sohr-en", {"fetched": 5, "new": 2, "changed": 0, "failed": 1})
        p.update("sohr-en", {"fetched": 6, "new": 2, "changed": 0, "failed": 1})  # too soon again
        time.sleep(0.6)
        p.update("sohr-en", {"fetched": 5, "new": 2, "changed": 0, "failed": 1})  # nothing moved since the line
        p.update("sohr-en", {"fetched": 9, "new": 3, "changed": 1, "failed": 1}, done=True)
    lines = out.getvalue().splitlines()
    assert lines == ["[crawl] sohr-en running: fetched 5, new 2, changed 0, failed 1",
                     "[crawl] sohr-en done: fetched 9, new 3, changed 1, failed 1"]
    assert "\r" not in out.getvalue() and "\x1b" not in out.getvalue()  # no bar drawing in a log


def test_live_lines_on_a_terminal():
    out = io.StringIO()
    with CrawlProgress(["sohr-en", "snhr"], stream=out, terminal=True) as p:
        p.update("sohr-en", {"fetched": 7, "new": 3, "changed": 0, "failed": 0})
        p.update("snhr", {"fetched": 2, "new": 0, "changed": 0, "failed": 2}, done=True)
    text = out.getvalue()
    assert "sohr-en" in text and "fetched     7" in text and "failed   2" in text and "\x1b" in text


def test_live_lines_fit_an_80_column_terminal_with_the_elapsed_time(monkeypatch):
    """On the default 80-column terminal the elapsed time was cut to "0:0…"."""
    import re

    monkeypatch.setenv("COLUMNS", "80")
    out = io.StringIO()
    with CrawlProgress(["sohr-en", "a-rather-long-source-name"], stream=out, terminal=True) as p:
        p.update("sohr-en", {"fetched": 12345, "new": 5678, "changed": 789, "failed": 800})
        p.update("a-rather-long-source-name", {"fetched": 2, "new": 0, "changed": 0, "failed": 2}, done=True)
    lines = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", out.getvalue()).replace("\r", "\n").splitlines()
    last = [line for line in lines if line.strip()][-2:]
    assert all(len(line) <= 80 and re.search(r" \d+:\d\d:\d\d$", line) and "…" not in line for line in last), last
    assert "fetched 12345 new 5678 changed 789 failed 800" in last[0]


def test_quiet_shows_nothing():
    out = io.StringIO()
    with CrawlProgress(["a"], stream=out, quiet=True, terminal=True) as p:
        p.update("a", {"fetched": 1}, done=True)
    assert out.getvalue() == ""


@pytest.mark.slow
def test_crawl_reports_progress_while_a_source_runs(demo_site, demo_registry, tmp_path, fast_crawl_settings):
    """The demo site has a page slower than the crawl timeout, so the source runs a few seconds:
    the parent hears about it before it ends, with counters that only grow."""
    from crawlers.run import crawl

    calls = []
    report = crawl(demo_registry, tmp_path / "data", source="demo-sohr-en",
                   on_progress=lambda source, counts, done: calls.append((source, dict(counts), done)))
    running = [c for c in calls if not c[2]]
    done = [c for c in calls if c[2]]
    assert running and len(done) == 1 and done[0][0] == "demo-sohr-en"
    fetched = [c[1]["fetched"] for c in running]
    assert fetched == sorted(fetched) and done[0][1]["fetched"] == report.sources[0].fetched > 0
    assert done[0][1]["new"] == report.sources[0].new


@pytest.mark.slow
def test_crawl_command_prints_plain_progress_lines_in_a_log(demo_site, demo_registry, tmp_path, fast_crawl_settings):
    import os

    out = subprocess.run([sys.executable, "-m", "cli", "crawl", "--sources", str(demo_registry), "--data",
                          str(tmp_path / "data"), "--source", "demo-sohr-en"],
                         capture_output=True, text=True, timeout=300, cwd=ROOT,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert out.returncode == 0, out.stderr
    assert "[crawl] demo-sohr-en done: fetched" in out.stderr and "\x1b" not in out.stderr
    quiet = subprocess.run([sys.executable, "-m", "cli", "crawl", "--sources", str(demo_registry), "--data",
                            str(tmp_path / "data"), "--source", "demo-sohr-en", "-q"],
                           capture_output=True, text=True, timeout=300, cwd=ROOT,
                           env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert quiet.returncode == 0 and "[crawl]" not in quiet.stderr


@pytest.mark.slow
def test_run_shows_a_source_s_counters_while_it_is_crawled(demo_site, demo_registry, tmp_path, fast_crawl_settings,
                                                          capsys, monkeypatch):
    """`tollwatch run` said nothing about a source until it was done (minutes with real crawl
    delays): in a log it now prints the running counters like `tollwatch crawl` (issue 14 §2)."""
    import crawlers.progress
    from pipeline.nightly import run_nightly

    monkeypatch.setattr(crawlers.progress, "LOG_INTERVAL", 0.5)  # a line every half second, not 30 s
    monkeypatch.delenv("TOLLWATCH_ES_URL", raising=False)
    monkeypatch.delenv("TOLLWATCH_ALERT_RULES", raising=False)
    run_nightly(demo_registry, tmp_path / "data", source="demo-sohr-en")
    err = capsys.readouterr().err
    assert "[crawl] demo-sohr-en running: fetched" in err and "\x1b" not in err
    running = err.index("[crawl] demo-sohr-en running:")
    assert running < err.index("[crawl] 1/1 demo-sohr-en: fetched")  # while it ran, before its last line


# -- the stages' progress (pipeline.progress: tollwatch run, tollwatch process) ----------------
def test_stage_progress_plain_lines_every_tenth_and_a_summary():
    from pipeline.progress import Progress

    out = io.StringIO()
    p = Progress("process", total=20, stream=out)
    for i in range(1, 21):
        p(i)
    p.finish("20 bulletin version(s) annotated")
    lines = out.getvalue().splitlines()
    assert lines[0] == "[process] 1/20 bulletins" and lines[-2] == "[process] 20/20 bulletins"
    assert len(lines) == 12 and lines[-1].startswith("[process] 20 bulletin version(s) annotated (")
    assert "\x1b" not in out.getvalue() and "\r" not in out.getvalue()


def test_stage_progress_on_a_terminal_is_a_rich_bar_cleared_at_the_end():
    from pipeline.progress import Progress

    out = io.StringIO()
    p = Progress("crawl", total=2, unit="sources", stream=out, terminal=True)
    p.note("sohr-en: fetched 3, new 1, changed 0, failed 0")
    p.note("snhr: fetched 2, new 0, changed 0, failed 0")
    p.finish("2 source(s)")
    text = out.getvalue()
    assert "[crawl] 1/2 sohr-en: fetched 3" in text and "[crawl] 2/2 snhr" in text and "[crawl] 2 source(s) (" in text
    assert "\x1b" in text  # drawn live
    quiet = io.StringIO()
    q = Progress("process", total=3, stream=quiet, quiet=True, terminal=True)
    q(1), q.note("x"), q.finish("done")
    assert quiet.getvalue() == ""


def test_waiting_for_a_worker_ticks_times_out_and_kills_it_when_interrupted():
    from crawlers.run import _wait

    ticks = []
    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(2.5)"])
    assert _wait(proc, 30, lambda: ticks.append(1)) == 0 and len(ticks) >= 1
    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    assert _wait(proc, 1.5, lambda: None) is None and proc.returncode is not None  # killed at the timeout

    def interrupt():
        raise KeyboardInterrupt

    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    with pytest.raises(KeyboardInterrupt):
        _wait(proc, 30, interrupt)
    assert proc.returncode is not None  # the worker does not outlive the command
