"""``tollwatch report``: the self-contained HTML page, in a real headless browser (Debian's
chromium, installed by scripts/setup): it renders the incidents and the charts without a script
error, sorts, makes no network request (a real HTTP server on 127.0.0.1 counts any), and a
screenshot is saved. The page itself reports script errors and blocked requests into
``#page-errors`` (``window.onerror``, ``securitypolicyviolation``); the tests read the DOM after
the scripts ran (``--dump-dom``) and the browser's console log (``--enable-logging=stderr``).

Refresh the README's screenshot with ``python -m tests.test_report_html docs/report.png``.
"""

from __future__ import annotations

import http.server
import re
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from cli.main import main
from reports.export import ExportFilter
from reports.html import by_governorate, nice_max, render_report, series
from reports.export import incident_rows
from tests import report_data

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--hide-scrollbars", "--enable-logging=stderr", "--v=0", "--virtual-time-budget=3000"]


def chromium(url: str, profile: Path, *extra: str) -> subprocess.CompletedProcess:
    assert Path(CHROMIUM).exists(), "chromium is missing: run scripts/setup (it installs Debian's chromium)"
    profile.mkdir(parents=True, exist_ok=True)
    return subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *extra, url],
                          capture_output=True, text=True, timeout=90)


def console_problems(stderr: str) -> list[str]:
    """Console messages of the page (errors, refused loads) in chromium's log."""
    return [line for line in stderr.splitlines()
            if ":CONSOLE" in line or "Uncaught" in line or "Refused to" in line]


def dump_dom(url: str, profile: Path) -> tuple[str, subprocess.CompletedProcess]:
    proc = chromium(url, profile, "--dump-dom")
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout, proc


def screenshot(url: str, profile: Path, png: Path, size: str = "1280,1800") -> None:
    proc = chromium(url, profile, f"--window-size={size}", f"--screenshot={png}")
    assert proc.returncode == 0 and png.is_file(), proc.stderr[-2000:]


@pytest.fixture
def report(tmp_path):
    store = report_data.fill(tmp_path / "data")
    store.close()
    out = tmp_path / "report.html"
    assert main(["report", "--data", str(tmp_path / "data"), "--out", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert str(tmp_path) not in page and "from data by tollwatch" in page  # the folder's name, not its path
    return out


class _Counter(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self):  # noqa: N802
        type(self).hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def listener():
    """A real HTTP server on 127.0.0.1 recording every request it gets."""
    handler = type("Counter", (_Counter,), {"hits": []})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", handler.hits
    server.shutdown()
    server.server_close()


# ----------------------------------------------------------------------------- pure parts

def test_series_and_axes():
    rows = incident_rows(report_data.incidents())
    unit, buckets, cells = series(rows)
    assert unit == "day" and buckets[0].isoformat() == "2017-04-04" and buckets[-1].isoformat() == "2017-04-15"
    assert len(buckets) == 12  # empty days are drawn as gaps, not skipped
    ks = cells["killed"][buckets[0]]
    assert (ks["low"], ks["best"], ks["high"], ks["n"]) == (72, 86, 91, 1)
    assert nice_max(91) == (100.0, [0.0, 20.0, 40.0, 60.0, 80.0, 100.0])
    assert nice_max(126) == (150.0, [0.0, 50.0, 100.0, 150.0])
    assert nice_max(10) == (10.0, [0.0, 2.0, 4.0, 6.0, 8.0, 10.0])  # whole numbers only: never 2.5
    assert nice_max(3) == (3.0, [0.0, 1.0, 2.0, 3.0]) and nice_max(0) == (1.0, [0.0, 1.0])
    assert nice_max(135253)[0] == 150000.0
    order, table = by_governorate(rows)
    assert order == ["Aleppo", "Idlib", "Homs"] and table["Aleppo"] == {"killed": 126, "injured": 24}


def test_long_spans_are_weekly_or_monthly():
    from datetime import date

    from reports.html import time_unit

    assert time_unit(date(2017, 1, 1), date(2017, 3, 1)) == "day"
    assert time_unit(date(2017, 1, 1), date(2017, 12, 1)) == "week"
    assert time_unit(date(2015, 1, 1), date(2017, 12, 1)) == "month"


def test_page_is_self_contained_and_escapes_what_it_shows():
    incs = report_data.incidents()
    incs[0].title = "<script>alert(1)</script> & more"
    page = render_report(incs, generated="2017-04-20T00:00:00+00:00")
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt; &amp; more" in page
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    # nothing is fetched: no external script, style, font or image; the only URLs are the sources' links
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=", page)
    assert not re.search(r"url\(", page)
    urls = set(re.findall(r'href="([^"]+)"', page))
    assert urls and all(u.startswith("https://www.syriahr.com/") or u.startswith("https://snhr.org/") for u in urls)


def test_filters_and_an_empty_store(tmp_path, capsys):
    page = render_report(report_data.incidents(), ExportFilter(kind="injured", scope="all"))
    assert 'data-id="inc-rashidin"' in page and 'data-id="inc-shayrat"' not in page
    assert 'data-id="inc-detained-total"' not in page
    from store import Store

    Store(tmp_path / "empty").close()
    out = tmp_path / "empty.html"
    assert main(["report", "--data", str(tmp_path / "empty"), "--out", str(out)]) == 0
    assert "no incidents stored" in capsys.readouterr().err
    assert "Incidents (0)" in out.read_text(encoding="utf-8") and "No incidents are stored" in out.read_text(encoding="utf-8")
    assert main(["report", "--data", str(tmp_path / "nowhere"), "--out", str(out)]) == 2
    assert main(["report", "--data", str(tmp_path / "empty"), "--since", "04/04/2017"]) == 2


def test_the_count_printed_is_the_count_shown_after_the_filters(tmp_path, capsys):
    """`report --kind injured` (or any filter) printed the number of every stored event."""
    report_data.fill(tmp_path / "data").close()
    incidents = report_data.incidents()
    every = len({r["incident_id"] for r in incident_rows(incidents, ExportFilter(scope="event"))})
    injured = len({r["incident_id"] for r in incident_rows(incidents, ExportFilter(kind="injured", scope="event"))})
    assert 0 < injured < every
    out = tmp_path / "r.html"
    assert main(["report", "--data", str(tmp_path / "data"), "--out", str(out)]) == 0
    assert f"report of {every} incident(s) written to" in capsys.readouterr().err
    assert main(["report", "--data", str(tmp_path / "data"), "--out", str(out), "--kind", "injured"]) == 0
    assert f"report of {injured} incident(s) (--kind injured) written to" in capsys.readouterr().err
    assert main(["report", "--data", str(tmp_path / "data"), "--out", str(out), "--since", "2090-01-01"]) == 0
    assert "report of 0 incident(s) (--since 2090-01-01) written to" in capsys.readouterr().err


def test_victim_categories_are_words_not_identifiers():
    """The Victims column showed `security_forces`."""
    from dataclasses import replace as with_

    inc = report_data.incidents()[0]
    page = render_report([with_(inc, victim_categories=["security_forces", "civilians"])], ExportFilter(scope="all"))
    assert "security forces, civilians" in page and ">security_forces" not in page


def test_a_source_name_stays_on_one_line():
    """The Sources column broke `demo-sohr-en` into `demo-` and `sohr-en` (seen in the screenshot)."""
    page = render_report(report_data.incidents(), ExportFilter(scope="all"))
    rule = re.search(r"\.src\{[^}]*\}", page).group(0)
    assert "white-space:nowrap" in rule


def test_undated_and_ungeocoded_incidents_are_listed_not_charted():
    from tollwatch.records import FigureRef, Incident, IncidentToll

    bare = Incident(incident_id="inc-bare", tolls=[IncidentToll(kind="killed", low=4, best=4, high=4)],
                    sources=["sohr-ar"], langs=["ar"], first_seen="2017-04-09T10:00:00+00:00",
                    figures=[FigureRef(version_id="x-v1", index=0, source="sohr-ar", url="https://www.syriahr.com/x/",
                                       lang="ar", published=None, kind="killed", count=4, evidence="أربعة مواطنين")],
                    title="أربعة قتلى")
    page = render_report([bare, *report_data.incidents()])
    assert 'data-id="inc-bare"' in page and "1 incident(s) without an event date" in page
    assert "first reported 2017-04-09" in page and "not geocoded" in page and "place not geocoded" in page
    alone = render_report([bare])
    assert "No dated event to chart." in alone and "No incidents are stored" not in alone


# ----------------------------------------------------------------------------- in the browser

@pytest.mark.slow
def test_report_renders_in_headless_chromium_without_errors_or_requests(report, tmp_path, listener):
    base, hits = listener
    dom, proc = dump_dom(report.as_uri(), tmp_path / "profile")
    assert 'data-ready="yes"' in dom, "the page's script did not run to its end"
    errors = re.search(r'<div id="page-errors"[^>]*>(.*?)</div>', dom, re.S)
    assert errors is not None and errors.group(1).strip() == "", errors.group(1)
    assert console_problems(proc.stderr) == []
    # the incidents, newest first, with their tolls and evidence
    assert re.findall(r'<tr data-id="([^"]+)"', dom) == ["inc-rashidin", "inc-shayrat", "inc-khan-shaykhun",
                                                         "inc-detained-total"]
    assert "86 عدد الشهداء" in dom and "(72–91)" in dom and "135,253" in dom
    # the charts: one daily chart per kind, bars with their tooltips, the governorates
    assert len(re.findall(r'<svg class="chart daily"', dom)) == 2
    assert "2017-04-04: Killed 86 (low 72, high 91), 1 incident(s)" in dom
    assert re.search(r'<svg class="chart governorates".*?Aleppo.*?Idlib.*?Homs', dom, re.S)
    assert hits == []

    png = tmp_path / "report.png"
    screenshot(report.as_uri(), tmp_path / "profile2", png)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 20_000


@pytest.mark.slow
def test_sorting_in_the_browser(report, tmp_path):
    dom, _ = dump_dom(report.as_uri() + "#sort=toll-desc", tmp_path / "p")
    table = dom.split('id="incidents"', 1)[1].split("</table>", 1)[0]
    assert re.findall(r'<tr data-id="([^"]+)"', table) == ["inc-rashidin", "inc-khan-shaykhun", "inc-shayrat"]
    assert 'data-key="toll" aria-sort="descending"' in table
    dom, _ = dump_dom(report.as_uri() + "#sort=place-asc", tmp_path / "p2")
    table = dom.split('id="incidents"', 1)[1].split("</table>", 1)[0]
    assert re.findall(r'<tr data-id="([^"]+)"', table) == ["inc-rashidin", "inc-khan-shaykhun", "inc-shayrat"]


@pytest.mark.slow
def test_the_error_box_catches_script_errors_and_blocked_requests(report, tmp_path, listener):
    """The checks above mean something: a page with a broken script and an image from a server
    reports both in the page, and the policy keeps the request from leaving."""
    base, hits = listener
    page = report.read_text(encoding="utf-8").replace(
        "</main>", f'<img src="{base}/pixel.png" alt=""><script>undefinedFunction();</script></main>')
    broken = tmp_path / "broken.html"
    broken.write_text(page, encoding="utf-8")
    dom, proc = dump_dom(broken.as_uri(), tmp_path / "p")
    errors = re.search(r'<div id="page-errors"[^>]*>(.*?)</div>', dom, re.S).group(1)
    assert "undefinedFunction" in errors and "blocked request" in errors
    assert console_problems(proc.stderr)
    assert hits == []


def incidents_of_sets(*names: str) -> list:
    """Incidents built by the real extractor, gazetteer and linker from incident sets of
    ``tests/data/incidents`` (several sources in English and Arabic, tolls revised over days)."""
    from cli.commands.incidents import bulletins_of, load_set
    from incidents import build_incidents
    from nlp.annotate import annotate
    from nlp.models import load_components

    components = load_components(log_missing=False)
    bulletins = []
    for name in names:
        docs, _ = load_set(Path(__file__).parent / "data" / "incidents" / name)
        bulletins += [annotate(b, components) for b in bulletins_of(docs)[0]]
    return build_incidents(bulletins)


if __name__ == "__main__":  # python -m tests.test_report_html docs/report.png
    import tempfile

    target = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/report.png").resolve()
    with tempfile.TemporaryDirectory() as tmp:
        html_file = Path(tmp) / "report.html"
        html_file.write_text(render_report(incidents_of_sets("dev-azaz-2017", "dev-douma-2018", "dev-maarat-2019"),
                                           generated="2019-07-25T06:00:00+00:00", data_dir="tollwatch-data"),
                             encoding="utf-8")
        screenshot(html_file.as_uri(), Path(tmp) / "profile", target, size="1280,1700")
    print(f"wrote {target}")
