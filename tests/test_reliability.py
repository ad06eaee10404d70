"""Nothing lost (issue 13): each fault first reproduced against a real local HTTP server
(``tests/fixtures/fault_site.py``), with the real spiders and ``tollwatch run``, counting
stored versions, figures, index documents and alert deliveries.

The matrix of cases, expected behaviour and the test proving each is docs/reliability.md.
"""

from __future__ import annotations

import contextlib
import json

import pytest

from tests.fixtures.fault_site import AR_TITLE, serve_fault_site, write_fault_registry
from tests.fixtures.sites import FAST_CRAWL_ENV

ROOT = __import__("pathlib").Path(__file__).resolve().parent.parent
MAX_BYTES = "200000"  # the fault site's oversized page is 400 kB


# -- 1. charset from evidence (pure) --------------------------------------------------------
ARABIC_PAGE = ('<html><head><meta charset="windows-1256"></head><body><p>قُتل 12 مدنياً جراء قصف جوي '
               "على مدينة أريحا في ريف إدلب الجنوبي</p></body></html>")


def test_meta_charset_beats_a_generic_header_and_the_disagreement_is_noted():
    from crawlers.extract import decode_html

    text, enc, notes = decode_html(ARABIC_PAGE.encode("cp1256"), "text/html; charset=iso-8859-1")
    assert "قُتل 12 مدنياً" in text and enc == "cp1256"
    assert any("iso-8859-1" in n and "windows-1256" in n for n in notes)


def test_a_declared_charset_that_does_not_give_the_sources_language_is_rejected():
    from crawlers.extract import decode_html

    body = ARABIC_PAGE.replace('<meta charset="windows-1256">', "").encode("cp1256")
    text, enc, notes = decode_html(body, "text/html; charset=windows-1252", lang="ar")
    assert "أريحا" in text and enc == "cp1256"
    assert any("does not give ar text" in n for n in notes)
    # without the source's language the declaration is all there is: kept as before
    assert decode_html(body, "text/html; charset=windows-1252")[1] == "cp1252"


def test_a_latin_page_with_a_correct_declaration_is_untouched():
    from crawlers.extract import decode_html

    body = "<p>Café: 5 killed in Aleppo</p>".encode("cp1252")
    text, enc, notes = decode_html(body, "text/html; charset=windows-1252", lang="en")
    assert text == "<p>Café: 5 killed in Aleppo</p>" and enc == "cp1252" and notes == []


# -- 6. registry checks (pure) --------------------------------------------------------------
@pytest.mark.parametrize("query", ["div..entry[", "//div[@class=", "p:nth-child(x)"])
def test_an_invalid_selector_is_refused_when_the_registry_is_read(tmp_path, query):
    from crawlers.registry import RegistryError, load_sources

    path = tmp_path / "sources.yaml"
    path.write_text(json.dumps({"sources": [{"name": "s", "url": "http://127.0.0.1/", "selectors": {"body": query}}]}))
    with pytest.raises(RegistryError) as err:
        load_sources(path)
    assert str(err.value).startswith(f"{path}: source #1 (s): 'selectors.body' is not a valid selector")
    assert "\n" not in str(err.value)


def test_a_yaml_syntax_error_is_one_line_with_file_and_line(tmp_path):
    from crawlers.registry import RegistryError, load_sources

    path = tmp_path / "sources.yaml"
    path.write_text("sources:\n  - name: s\n    url: [http://127.0.0.1/\n")
    with pytest.raises(RegistryError) as err:
        load_sources(path)
    assert str(err.value).startswith(f"{path}:4:") and "not valid YAML" in str(err.value)
    assert "\n" not in str(err.value)


# -- the real spiders against the fault site ---------------------------------------------------
@pytest.fixture(scope="module")
def fault_crawls(tmp_path_factory):
    """Two crawls of the fault site; between them the site revises /en/2001/ in place."""
    from crawlers.run import crawl
    from store import Store

    tmp = tmp_path_factory.mktemp("fault")
    with pytest.MonkeyPatch.context() as mp:
        for key, value in FAST_CRAWL_ENV.items():
            mp.setenv(key, value)
        mp.setenv("TOLLWATCH_CRAWL_MAX_BYTES", MAX_BYTES)
        with serve_fault_site() as site:
            registry = write_fault_registry(site.base_url, tmp / "sources.yaml")
            first = crawl(registry, tmp / "data")
            stored1 = list(Store(tmp / "data").bulletins())
            log1 = list(site.requests)
            site.reset_log()
            site.revise()
            second = crawl(registry, tmp / "data")
            log2 = list(site.requests)
            stored2 = list(Store(tmp / "data").bulletins())
            yield {"site": site, "first": first, "second": second, "stored1": stored1, "stored2": stored2,
                   "log1": log1, "log2": log2, "data": tmp / "data", "registry": registry}


def _src(report, name):
    return next(s for s in report.sources if s.source == name)


def _by_path(stored, path):
    return [b for b in stored if b.url.endswith(path)]


@pytest.mark.slow
def test_arabic_page_with_a_wrong_header_is_stored_as_arabic_with_a_note(fault_crawls):
    (b,) = _by_path(fault_crawls["stored1"], "/ar/1001/")
    assert b.title == AR_TITLE and "قُتل 12 مدنياً" in b.text and b.lang == "ar"
    assert not any(ch in b.text for ch in "ÞÕÝÚ")
    assert any("iso-8859-1" in n and "windows-1256" in n for n in b.notes)


@pytest.mark.slow
def test_a_revision_made_in_place_is_stored_as_a_new_version(fault_crawls):
    first = _by_path(fault_crawls["stored1"], "/en/2001/")
    assert [b.version for b in first] == [1] and "At least 34 civilians" in first[0].text
    versions = sorted(_by_path(fault_crawls["stored2"], "/en/2001/"), key=lambda b: b.version)
    assert [b.version for b in versions] == [1, 2] and "At least 41 civilians" in versions[1].text
    assert _src(fault_crawls["second"], "fault-en").changed == 1
    # at little cost: recent pages asked for with their validators, old ones not at all
    rechecks = [r for r in fault_crawls["log2"] if r["path"] in ("/en/2002/", "/en/2005/", "/ar/1001/")]
    assert rechecks and all(r["if_none_match"] and r["status"] == 304 for r in rechecks)
    assert "/en/2004/" not in [r["path"] for r in fault_crawls["log2"]]


@pytest.mark.slow
def test_a_malformed_feed_item_is_read_leniently_or_counted_and_found_in_the_sitemap(fault_crawls):
    stored = fault_crawls["stored1"]
    assert len(_by_path(stored, "/en/2002/")) == 1  # broken markup in the title: read by feedparser
    assert len(_by_path(stored, "/en/2005/")) == 1  # link unreadable: found through the sitemap fallback
    en = _src(fault_crawls["first"], "fault-en")
    assert en.skipped.get("feed_item_unreadable") == 1
    assert any("feed_item_unreadable" in e and "1 of 4" in e for e in en.errors)
    assert "/en/sitemap.xml" in [r["path"] for r in fault_crawls["log1"]]


@pytest.mark.slow
def test_an_oversized_page_without_length_is_too_large_with_the_limit_and_remembered(fault_crawls):
    en = _src(fault_crawls["first"], "fault-en")
    assert en.skipped.get("too_large") == 1 and not any("Cancelled" in k for k in en.failed)
    assert any("too_large" in e and "/en/2003/" in e and f"limit {MAX_BYTES} bytes" in e for e in en.errors)
    assert "/en/2003/" in [r["path"] for r in fault_crawls["log1"]]
    assert "/en/2003/" not in [r["path"] for r in fault_crawls["log2"]]  # not downloaded again every night
    from store import Store

    state = Store(fault_crawls["data"]).state_items("crawl:fault-en")
    assert [v["gone"] for k, v in state.items() if k.endswith("/en/2003/")] == ["too_large"]


@pytest.mark.slow
def test_stored_urls_carry_no_cron_or_tracking_parameters(fault_crawls):
    assert all("?" not in b.url for b in fault_crawls["stored2"])
    assert len({(b.canonical_url, b.version) for b in fault_crawls["stored2"]}) == len(fault_crawls["stored2"]) == 6


# -- 10. two first-time `index setup` at once ------------------------------------------------
@pytest.mark.elasticsearch
def test_two_first_time_index_setups_at_once_both_succeed_with_one_write_index(es_url, es_prefix):
    import threading

    from indexing.elastic import ElasticsearchBackend

    results, errors = [], []
    barrier = threading.Barrier(3)

    def setup() -> None:
        backend = ElasticsearchBackend(es_url, prefix=es_prefix, profile="portable")
        try:
            barrier.wait()
            results.append(backend.setup())
        except Exception as exc:  # noqa: BLE001 - the test reports it
            errors.append(exc)
        finally:
            backend.close()

    threads = [threading.Thread(target=setup) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors, errors
    from elasticsearch import Elasticsearch

    es = Elasticsearch(es_url)
    for kind in ("bulletins", "figures"):
        aliases = es.indices.get_alias(name=f"{es_prefix}{kind}").body
        assert len(aliases) == 1, aliases  # one index behind the alias, and it is the write index
        assert len(es.indices.get(index=f"{es_prefix}{kind}-*").body) == 1  # no orphan index left behind


# -- 12. secrets ---------------------------------------------------------------------------
def test_redact_strips_credentials_and_tokens_from_every_url_in_a_message():
    from tollwatch.config import redact

    text = "index failed at https://elastic:s3cret@127.0.0.1:9200/x and http://127.0.0.1:1/h?token=abc&page=2"
    out = redact(text)
    assert "s3cret" not in out and "elastic:" not in out and "abc" not in out
    assert "https://127.0.0.1:9200/x" in out and "page=2" in out


def test_es_url_with_credentials_in_the_config_file_is_refused(tmp_path, monkeypatch, capsys):
    from cli.main import main

    config_file = tmp_path / "tollwatch.yaml"
    config_file.write_text("es_url: https://elastic:s3cret@127.0.0.1:9/\n")
    monkeypatch.setenv("TOLLWATCH_CONFIG", str(config_file))
    monkeypatch.delenv("TOLLWATCH_ES_URL", raising=False)
    assert main(["search", "--data", str(tmp_path), "x"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "credentials" in err and "TOLLWATCH_ES_PASSWORD" in err
    assert "s3cret" not in err


@pytest.mark.parametrize("url", ["https://user:pass@127.0.0.1:9/hook", "https://127.0.0.1:9/hook?token=abc",
                                 "https://hooks.slack.com/services/T000/B000/XXXX"])
def test_a_webhook_url_holding_a_secret_in_the_rules_file_is_refused(tmp_path, url):
    from alerts.rules import RulesError, load_rules

    path = tmp_path / "rules.yaml"
    path.write_text(json.dumps({"channels": [{"name": "desk", "type": "webhook", "url": url}],
                                "rules": [{"name": "r"}]}))
    with pytest.raises(RulesError) as err:
        load_rules(path)
    message = str(err.value)
    assert "url_env" in message and "\n" not in message
    assert "pass@" not in message and "abc" not in message


@contextlib.contextmanager
def _server_and_recording_curl(tmp_path, handler):
    """A real local server run by ``handler`` and a ``curl`` wrapper that logs its arguments
    before running the real curl: yields (port, PATH with the wrapper first, the argv log)."""
    import os
    import shutil
    import threading
    from http.server import ThreadingHTTPServer

    real_curl = shutil.which("curl")
    if real_curl is None:
        pytest.skip("curl is not installed")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    argv_log = tmp_path / "argv"
    (bin_dir / "curl").write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" >> {argv_log}\nexec {real_curl} "$@"\n')
    (bin_dir / "curl").chmod(0o755)
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield server.server_address[1], f"{bin_dir}:{os.environ['PATH']}", argv_log
    finally:
        server.shutdown()
        server.server_close()


def test_compose_setup_never_puts_a_password_on_a_command_line(tmp_path):
    """Run the setup service's own curl helper against a real local server, with a `curl`
    wrapper that records its arguments: the password arrives in the header, not in argv."""
    import base64
    import os
    import subprocess
    from http.server import BaseHTTPRequestHandler

    import yaml

    script = yaml.safe_load((ROOT / "docker-compose.yml").read_text())["services"]["setup"]["command"][0]
    script = script.replace("$$", "$")
    head = script.split('echo "setup: kibana_system password"')[0]
    seen: list[dict] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            seen.append({"auth": self.headers.get("Authorization"), "body": body.decode()})
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *a):
            pass

    with _server_and_recording_curl(tmp_path, Handler) as (port, path, argv_log):
        (tmp_path / "bin" / "python").symlink_to(os.path.realpath(__import__("sys").executable))
        head = head.replace("es=http://elasticsearch:9200", f"es=http://127.0.0.1:{port}")
        test = head + 'es_put POST /_security/user/kibana_system/_password "$(json_password KIBANA_SYSTEM_PASSWORD)"\n'
        env = {**os.environ, "PATH": path, "ELASTIC_PASSWORD": "el-s3cret", "KIBANA_SYSTEM_PASSWORD": "kb-s3cret"}
        proc = subprocess.run(["bash", "-ec", test], env=env, capture_output=True, text=True, timeout=30)
    assert proc.returncode == 0, proc.stderr
    assert seen and seen[0]["auth"] == "Basic " + base64.b64encode(b"elastic:el-s3cret").decode()
    assert json.loads(seen[0]["body"]) == {"password": "kb-s3cret"}
    argv = argv_log.read_text()
    assert "s3cret" not in argv and "-u" not in argv.split()


def test_the_elasticsearch_health_check_never_puts_the_password_on_a_command_line(tmp_path):
    """Run the elasticsearch service's own health check (as compose hands it to ``sh -c``) against
    a real local server that wants the superuser's Basic authentication, with a `curl` wrapper
    that records its arguments: the check passes and the password is in no argv."""
    import base64
    import os
    import subprocess
    from http.server import BaseHTTPRequestHandler

    import yaml

    kind, check = yaml.safe_load((ROOT / "docker-compose.yml").read_text())["services"]["elasticsearch"][
        "healthcheck"]["test"]
    assert kind == "CMD-SHELL"
    password = "el s3cret:%s$x"  # spaces, a colon, a printf format and a dollar sign survive
    wanted = "Basic " + base64.b64encode(f"elastic:{password}".encode()).decode()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            ok = self.headers.get("Authorization") == wanted and self.path.startswith("/_cluster/health")
            self.send_response(200 if ok else 401)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *a):
            pass

    with _server_and_recording_curl(tmp_path, Handler) as (port, path, argv_log):
        check = check.replace("$$", "$").replace("localhost:9200", f"127.0.0.1:{port}")
        env = {**os.environ, "PATH": path}
        good = subprocess.run(["sh", "-c", check], env={**env, "ELASTIC_PASSWORD": password},
                              capture_output=True, text=True, timeout=30)
        bad = subprocess.run(["sh", "-c", check], env={**env, "ELASTIC_PASSWORD": "wrong"},
                             capture_output=True, text=True, timeout=30)
    assert good.returncode == 0, good.stderr
    assert bad.returncode != 0  # the check does fail without the right password
    argv = argv_log.read_text()
    assert "s3cret" not in argv and "-u" not in argv.split()


# -- 9. two runs on one data directory -----------------------------------------------------
def _env(**extra):
    import os

    env = {k: v for k, v in os.environ.items()
           if k not in ("TOLLWATCH_SOURCES", "TOLLWATCH_ES_URL", "TOLLWATCH_ALERT_RULES", "TOLLWATCH_CONFIG",
                        "TOLLWATCH_DATA")}
    env.update(FAST_CRAWL_ENV, TOLLWATCH_CRAWL_MAX_BYTES=MAX_BYTES, TOLLWATCH_SPACY_MODEL="none", **extra)
    return env


@pytest.mark.slow
def test_a_second_run_on_the_same_data_says_who_holds_it_and_exits_2_or_waits(tmp_path):
    import subprocess
    import sys
    import time

    from store import Store

    data = tmp_path / "data"
    cmd = [sys.executable, "-m", "cli", "run", "--data", str(data), "--quiet", "--json"]
    with serve_fault_site() as site:
        registry = write_fault_registry(site.base_url, tmp_path / "sources.yaml")
        site.feed_delay = 2.0  # under the 3 s test timeout
        first = subprocess.Popen([*cmd, "--sources", str(registry)], cwd=ROOT, env=_env(),
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        lock = data / "tollwatch.lock"
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and str(first.pid) not in (lock.read_text() if lock.exists() else ""):
            time.sleep(0.05)
        assert str(first.pid) in lock.read_text()
        second = subprocess.run([*cmd, "--sources", str(registry)], cwd=ROOT, env=_env(),
                                capture_output=True, text=True, timeout=60)
        assert second.returncode == 2 and second.stdout == ""
        assert second.stderr.count("\n") == 1
        assert f"is in use by tollwatch run (pid {first.pid} on " in second.stderr and "--wait" in second.stderr
        third = subprocess.Popen([*cmd, "--sources", str(registry), "--wait"], cwd=ROOT, env=_env(),
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        out1, err1 = first.communicate(timeout=240)
        out3, err3 = third.communicate(timeout=240)
    assert first.returncode == 0, err1
    assert third.returncode == 0, err3
    report1, report3 = json.loads(out1), json.loads(out3)
    assert report1["totals"]["new"] == 5 and report3["totals"]["new"] == 0  # the third waited, then found nothing new
    assert report3["started"] >= report1["finished"]
    assert Store(data).count() == 5  # nothing crawled, processed or stored twice
    # the Arabic page behind a wrong charset header is read, detected as Arabic, and its toll found
    (arabic,) = [b for b in Store(data).bulletins() if b.url.endswith("/ar/1001/")]
    assert arabic.lang == "ar" and (("killed", 12) in {(f.kind, f.count) for f in arabic.casualties})
    runs = sorted(p.name for p in (data / "runs").glob("*.json") if p.name != "last.json")
    assert len(runs) == 2  # one report per run, even in the same second


def test_report_names_are_unique_within_a_second(tmp_path):
    from store import unique_path

    paths = {unique_path(tmp_path, "20261205T010203Z") for _ in range(3)}
    assert sorted(p.name for p in paths) == ["20261205T010203Z-2.json", "20261205T010203Z-3.json",
                                             "20261205T010203Z.json"]


def test_run_with_a_bad_since_date_is_one_line_and_exit_2(tmp_path, capsys):
    from cli.main import main

    registry = write_fault_registry("http://127.0.0.1:9", tmp_path / "sources.yaml")
    assert main(["run", "--sources", str(registry), "--data", str(tmp_path / "d"), "--since", "2024-13-45"]) == 2
    err = capsys.readouterr().err
    assert err == "tollwatch run: --since '2024-13-45' is not a date (use YYYY-MM-DD)\n"


def test_the_demo_run_refuses_a_bad_since_date_before_starting_the_demo_site(tmp_path, capsys, monkeypatch):
    from cli.main import main

    monkeypatch.delenv("TOLLWATCH_SOURCES", raising=False)
    assert main(["run", "--data", str(tmp_path / "d"), "--since", "yesterday"]) == 2
    err = capsys.readouterr().err
    assert err.splitlines()[-1] == "tollwatch run: --since 'yesterday' is not a date (use YYYY-MM-DD)"
    assert "[demo]" not in err  # the demo site never started
    assert not (tmp_path / "d").exists()


# -- 4. Elasticsearch fails during the bulk request ------------------------------------------
class _BulkBreakingProxy:
    """A real HTTP proxy on 127.0.0.1 in front of the real test node that drops the connection
    on every ``_bulk`` request while ``.breaking`` is set, and forwards everything else."""

    def __init__(self, target: str):
        import http.client
        import threading
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
        from urllib.parse import urlsplit

        self.breaking = True
        self.bulk_dropped = 0
        proxy = self
        host, port = urlsplit(target).hostname, urlsplit(target).port

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *a):
                pass

            def _forward(self):
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                if "_bulk" in self.path and proxy.breaking:
                    proxy.bulk_dropped += 1
                    self.close_connection = True
                    self.connection.shutdown(2)
                    return
                conn = http.client.HTTPConnection(host, port, timeout=30)
                headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "connection")}
                conn.request(self.command, self.path, body=body or None, headers=headers)
                resp = conn.getresponse()
                data = resp.read()
                self.send_response(resp.status)
                for k, v in resp.getheaders():
                    if k.lower() not in ("transfer-encoding", "connection", "content-length"):
                        self.send_header(k, v)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
                conn.close()

            do_GET = do_POST = do_PUT = do_HEAD = do_DELETE = _forward

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.mark.slow
@pytest.mark.elasticsearch
def test_run_exits_1_and_lists_a_bulk_failure_then_the_next_run_indexes_what_was_left(
        tmp_path, es_url, es_prefix, monkeypatch, capsys):
    from cli.main import main

    for key, value in _env(TOLLWATCH_ES_PREFIX=es_prefix).items():
        monkeypatch.setenv(key, value)
    for name in ("TOLLWATCH_SOURCES", "TOLLWATCH_ES_URL", "TOLLWATCH_ALERT_RULES", "TOLLWATCH_CONFIG"):
        monkeypatch.delenv(name, raising=False)
    proxy = _BulkBreakingProxy(es_url)
    data = tmp_path / "data"
    secret_url = f"http://elastic:s3cret@127.0.0.1:{proxy.port}"
    try:
        with serve_fault_site() as site:
            registry = write_fault_registry(site.base_url, tmp_path / "sources.yaml")
            args = ["run", "--sources", str(registry), "--data", str(data), "--es-url", secret_url, "--quiet"]
            assert main(args) == 1
            out = capsys.readouterr().out
            assert proxy.bulk_dropped >= 1
            assert "problems: index: Elasticsearch at" in out and "bulk indexing failed" in out
            assert "s3cret" not in out and "elastic:" not in out  # nor in the next: hint
            last = json.loads((data / "runs" / "last.json").read_text())
            assert last["index"]["error"] and last["index"]["remaining"] == 5 and last["index"]["indexed"] == 0
            assert any(e.startswith("index: ") for e in last["errors"])
            assert "s3cret" not in json.dumps(last)

            proxy.breaking = False
            assert main(args) == 0
            capsys.readouterr()
            last = json.loads((data / "runs" / "last.json").read_text())
            assert last["index"]["indexed"] == 5 and not last["errors"]
    finally:
        proxy.close()
    from elasticsearch import Elasticsearch

    es = Elasticsearch(es_url)
    es.indices.refresh(index=f"{es_prefix}bulletins")
    assert es.count(index=f"{es_prefix}bulletins")["count"] == 5  # each version once


# -- 5. extract --jsonl: one output line per input line, whatever the bytes -------------------
def test_jsonl_survives_lone_surrogates_blank_lines_and_bytes_that_are_not_utf8():
    import subprocess
    import sys

    lines = [
        json.dumps({"id": "s", "text": "Two women were killed \ud800 in Idlib."}).encode(),  # "\ud800" escape
        b"",
        json.dumps({"id": "latin", "text": "Three people were killed in Hama."}).encode()[:-2] + b" \xe9t\xe9\"}",
        json.dumps({"id": "after", "text": "A child was killed."}).encode(),
    ]
    proc = subprocess.run([sys.executable, "-m", "cli", "extract", "--jsonl"], input=b"\n".join(lines) + b"\n",
                          capture_output=True, timeout=120, cwd=ROOT)
    assert b"Traceback" not in proc.stderr
    out = [json.loads(x) for x in proc.stdout.decode("utf-8").splitlines()]
    assert [o["id"] for o in out] == ["s", None, "latin", "after"]
    assert [f["count"] for f in out[0]["casualties"]] == [2] and "surrogate" in out[0]["warnings"][0]
    assert "blank line" in out[1]["error"] and "line 2" in out[1]["error"]
    assert out[2]["casualties"][0]["count"] == 3 and "not UTF-8" in out[2]["warnings"][0]
    assert out[3]["casualties"][0]["count"] == 1 and "warnings" not in out[3]
    assert proc.returncode == 1  # the blank line is an error


# -- 7. search on a directory that holds no data ------------------------------------------------
def test_search_on_a_missing_data_directory_says_so_and_creates_nothing(tmp_path, monkeypatch, capsys):
    from cli.main import main

    monkeypatch.delenv("TOLLWATCH_ES_URL", raising=False)
    monkeypatch.delenv("TOLLWATCH_CONFIG", raising=False)
    missing = tmp_path / "no-such-dir"
    assert main(["search", "--data", str(missing), "Douma"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"tollwatch search: no data in {missing}: the directory does not exist")
    assert not missing.exists()
    (tmp_path / "empty").mkdir()
    assert main(["search", "--data", str(tmp_path / "empty"), "Douma"]) == 2
    assert "has no search store" in capsys.readouterr().err
    assert list((tmp_path / "empty").iterdir()) == []


# -- 8. a refused command leaves no debris -------------------------------------------------------
REFUSED = {  # command shape -> its argv (DATA and REG filled in), and a word of its one-line error
    "run, broken registry": (["run", "--sources", "BAD", "--data", "DATA"], "unknown field"),
    "run, missing registry": (["run", "--sources", "MISSING", "--data", "DATA"], "does not exist"),
    "run, unknown --source": (["run", "--sources", "REG", "--source", "nope", "--data", "DATA"], "not in"),
    "run, bad --since": (["run", "--sources", "REG", "--since", "2024-13-45", "--data", "DATA"], "not a date"),
    "run, missing rules": (["run", "--sources", "REG", "--rules", "MISSING", "--data", "DATA"], "does not exist"),
    "run, missing overrides": (["run", "--sources", "REG", "--overrides", "MISSING", "--data", "DATA"],
                               "does not exist"),
    "run --no-crawl, missing rules": (["run", "--no-crawl", "--rules", "MISSING", "--data", "DATA"],
                                      "does not exist"),
    "crawl, broken registry": (["crawl", "--sources", "BAD", "--data", "DATA"], "unknown field"),
    "crawl, missing registry": (["crawl", "--sources", "MISSING", "--data", "DATA"], "does not exist"),
    "crawl, unknown --source": (["crawl", "--sources", "REG", "--source", "nope", "--data", "DATA"], "no source"),
    "crawl, bad --since": (["crawl", "--sources", "REG", "--since", "yesterday", "--data", "DATA"], "not a date"),
    "process": (["process", "--data", "DATA"], "no tollwatch store"),
    "index": (["index", "--data", "DATA"], "no tollwatch store"),
    "index status": (["index", "status", "--data", "DATA"], "no tollwatch store"),
    "search": (["search", "--data", "DATA", "Douma"], "no data in"),
    "bulletins": (["bulletins", "--data", "DATA"], "no tollwatch store"),
}


@pytest.fixture
def refused_env(tmp_path, monkeypatch):
    for name in ("TOLLWATCH_SOURCES", "TOLLWATCH_ES_URL", "TOLLWATCH_ALERT_RULES", "TOLLWATCH_STORE_URL",
                 "TOLLWATCH_INCIDENT_OVERRIDES", "TOLLWATCH_DATA"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TOLLWATCH_CONFIG", "")
    (tmp_path / "bad.yaml").write_text("sources:\n  - name: x\n    url: http://127.0.0.1:9/\n    bogus: 1\n")
    registry = write_fault_registry("http://127.0.0.1:9", tmp_path / "sources.yaml")
    return {"BAD": str(tmp_path / "bad.yaml"), "MISSING": str(tmp_path / "missing.yaml"), "REG": str(registry)}


def _refused(argv: list[str], files: dict, data, capsys) -> str:
    from cli.main import main

    names = {**files, "DATA": str(data)}
    code = main([names.get(a, a) for a in argv])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "Traceback" not in err, err
    return err


@pytest.mark.parametrize("shape", list(REFUSED))
def test_a_command_refused_for_its_input_creates_nothing(shape, refused_env, tmp_path, capsys):
    """`run --data DIR` refused for a broken registry (or rules, overrides, --source) used to leave
    DIR/tollwatch.db and DIR/tollwatch.lock behind, `crawl` the lock: every input is now checked
    before the data directory is touched."""
    argv, word = REFUSED[shape]
    data = tmp_path / "new" / "data"
    assert word in _refused(argv, refused_env, data, capsys)
    assert not (tmp_path / "new").exists(), sorted(p.name for p in (tmp_path / "new").rglob("*"))


@pytest.mark.parametrize("command", [["run", "--sources", "REG"], ["crawl", "--sources", "REG"], ["process"],
                                     ["bulletins"], ["index"]])
@pytest.mark.parametrize("url", ["mysql://db/tollwatch", "postgresql://127.0.0.1:9/tollwatch"])
def test_a_store_url_that_is_wrong_or_unreachable_creates_nothing(command, url, refused_env, tmp_path,
                                                                   monkeypatch, capsys):
    """A `store_url` that is not PostgreSQL is refused before the data directory is touched; one
    that cannot be reached fails after the lock is taken, and the directory the lock created goes
    again (nothing else was put in it)."""
    monkeypatch.setenv("TOLLWATCH_STORE_URL", url)
    data = tmp_path / "new" / "data"
    err = _refused([*command, "--data", "DATA"], refused_env, data, capsys)
    assert ("must be a postgresql:// URL" in err) if url.startswith("mysql") else ("cannot open store" in err)
    assert not (tmp_path / "new").exists()


def test_a_failed_first_run_removes_its_lock_and_a_waiting_run_locks_the_new_one(tmp_path):
    """The lock file goes with the directory a failed first run created; a run that was waiting on
    the removed file must not think it holds the directory: it locks the new file, and a third run
    then finds the directory held."""
    import threading

    from store import DataDirBusy, data_lock

    data = tmp_path / "data"
    entered, fail, second_in, release = (threading.Event() for _ in range(4))
    errors = []

    def first():
        try:
            with data_lock(data, "first"):
                entered.set()
                fail.wait(10)
                raise RuntimeError("cannot open store")
        except RuntimeError as exc:
            errors.append(str(exc))

    def second():
        with data_lock(data, "second", wait=True):
            second_in.set()
            release.wait(10)

    a = threading.Thread(target=first)
    a.start()
    assert entered.wait(10)
    b = threading.Thread(target=second)
    b.start()
    import time

    time.sleep(0.3)  # b has opened the first lock file and waits on it
    assert not second_in.is_set()
    fail.set()
    a.join(10)
    assert errors == ["cannot open store"]
    assert second_in.wait(10)
    assert json.loads((data / "tollwatch.lock").read_text())["what"] == "second"
    with pytest.raises(DataDirBusy, match="in use by second"):
        with data_lock(data, "third"):
            pass
    release.set()
    b.join(10)
    assert (data / "tollwatch.lock").exists()  # a run that succeeded keeps its directory


# -- 11. a kill during alert delivery ---------------------------------------------------------
class _SlowReceiver:
    """A real webhook receiver on 127.0.0.1 that takes ``delay`` seconds to answer."""

    def __init__(self, delay: float):
        import threading
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        self.delay = delay
        self.requests: list[dict] = []
        self.got_one = threading.Event()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802
                import time

                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)))
                receiver.requests.append({"key": self.headers.get("Idempotency-Key"), "body": body})
                receiver.got_one.set()
                time.sleep(receiver.delay)
                try:
                    self.send_response(200)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                except OSError:
                    pass

            def log_message(self, *a):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.mark.slow
def test_a_kill_during_delivery_repeats_at_most_one_message_with_the_same_idempotency_key(tmp_path):
    import os
    import signal
    import subprocess
    import sys

    from store import Store
    from tests.test_alerts import bulletin, fig, stored

    data = tmp_path / "data"
    store = Store(data)
    stored(store, bulletin(url="http://127.0.0.1/b/1", figures=[fig(count=12)]))
    stored(store, bulletin(url="http://127.0.0.1/b/2", text="A raid on the village killed people.",
                           figures=[fig(count=31)]))
    store.close()
    receiver = _SlowReceiver(delay=30)
    rules = tmp_path / "rules.yaml"
    rules.write_text(json.dumps({"channels": [{"name": "hook", "type": "webhook", "url": receiver.url}],
                                 "rules": [{"name": "killed-10", "kinds": ["killed"], "min_count": 10}]}))
    cmd = [sys.executable, "-m", "cli", "alerts", "send", "--data", str(data), "--rules", str(rules),
           "--after", "nlp"]
    env = {**_env(), "TOLLWATCH_ALERTS_BACKOFF": "0"}
    try:
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert receiver.got_one.wait(60)
        os.kill(proc.pid, signal.SIGKILL)  # the receiver has the message; tollwatch has no answer yet
        proc.wait(10)
        assert len(receiver.requests) == 1  # the next message waits for the previous one's record
        receiver.delay = 0
        again = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, timeout=120)
        assert again.returncode == 0, again.stderr
        third = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, timeout=120)
        assert third.returncode == 0
    finally:
        receiver.close()
    keys = [r["key"] for r in receiver.requests]
    assert len(keys) == 3 and len(set(keys)) == 2  # one repeat, and it says so
    assert keys.count(keys[0]) == 2 and all(k.startswith("tollwatch-") for k in keys)
    assert all(r["body"]["id"] == r["key"] for r in receiver.requests)
    assert receiver.requests[0]["body"] == next(r["body"] for r in receiver.requests[1:] if r["key"] == keys[0])


def test_a_relative_alert_file_goes_to_the_data_directory(tmp_path, monkeypatch):
    from alerts.rules import parse_rules
    from alerts.stage import run_alerts
    from store import Store
    from tests.test_alerts import bulletin, fig, stored

    monkeypatch.chdir(tmp_path)
    store = Store(tmp_path / "data")
    stored(store, bulletin(figures=[fig(count=12)]))
    rules = parse_rules({"channels": [{"name": "log", "type": "file", "path": "alerts.log"}],
                         "rules": [{"name": "killed-10", "kinds": ["killed"], "min_count": 10}]})
    assert run_alerts(store, rules, after="nlp").sent == {"log": 1}
    assert (tmp_path / "data" / "alerts.log").read_text().count("[killed-10]") == 1
    assert not (tmp_path / "alerts.log").exists()


def test_a_credential_header_goes_through_headers_env(tmp_path, monkeypatch):
    from alerts.channels import Message, WebhookChannel, deliver
    from alerts.rules import RulesError, load_rules

    path = tmp_path / "rules.yaml"
    path.write_text(json.dumps({"channels": [{"name": "desk", "type": "webhook", "url_env": "HOOK",
                                              "headers": {"Authorization": "Bearer abc"}}],
                                "rules": [{"name": "r"}]}))
    with pytest.raises(RulesError) as err:
        load_rules(path)
    assert "headers_env" in str(err.value) and "abc" not in str(err.value)
    receiver = _SlowReceiver(delay=0)
    monkeypatch.setenv("DESK_AUTH", "Bearer abc")
    try:
        ch = WebhookChannel("desk", url=receiver.url, headers_env={"Authorization": "DESK_AUTH"})
        assert deliver(ch, Message("s", "x", id="tollwatch-1"), attempts=1).ok
    finally:
        receiver.close()
    assert receiver.requests[0]["key"] == "tollwatch-1"


@pytest.mark.parametrize("which", ["rules", "config"])
def test_yaml_errors_in_rules_and_config_files_are_one_line(tmp_path, monkeypatch, capsys, which):
    from cli.main import main

    bad = tmp_path / f"{which}.yaml"
    bad.write_text("rules:\n  - name: a\n    kinds: [killed\n")
    monkeypatch.delenv("TOLLWATCH_ES_URL", raising=False)
    if which == "rules":
        code = main(["alerts", "test", "a", "--data", str(tmp_path), "--rules", str(bad)])
    else:
        monkeypatch.setenv("TOLLWATCH_CONFIG", str(bad))
        code = main(["search", "--data", str(tmp_path), "x"])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and f"{bad}:4:" in err and "not valid YAML" in err, err


def test_a_crawl_on_a_data_directory_in_use_exits_2_naming_the_holder(tmp_path, capsys):
    from cli.main import main
    from store import data_lock

    registry = write_fault_registry("http://127.0.0.1:9", tmp_path / "sources.yaml")
    with data_lock(tmp_path / "data", "tollwatch run"):
        assert main(["crawl", "--sources", str(registry), "--data", str(tmp_path / "data")]) == 2
    err = capsys.readouterr().err
    assert "is in use by tollwatch run (pid " in err and err.count("\n") == 1


@pytest.mark.slow
@pytest.mark.elasticsearch
def test_documents_rejected_by_elasticsearch_make_the_run_exit_1_and_are_retried(
        tmp_path, es_url, es_prefix, monkeypatch, capsys):
    from elasticsearch import Elasticsearch

    from cli.main import main
    from indexing.elastic import ElasticsearchBackend

    for key, value in _env(TOLLWATCH_ES_PREFIX=es_prefix).items():
        monkeypatch.setenv(key, value)
    for name in ("TOLLWATCH_SOURCES", "TOLLWATCH_ES_URL", "TOLLWATCH_ALERT_RULES", "TOLLWATCH_CONFIG"):
        monkeypatch.delenv(name, raising=False)
    backend = ElasticsearchBackend(es_url, prefix=es_prefix, profile="portable")
    backend.setup()
    backend.close()
    es = Elasticsearch(es_url)
    es.indices.put_settings(index=f"{es_prefix}bulletins", settings={"index.blocks.write": True})
    data = tmp_path / "data"
    with serve_fault_site() as site:
        registry = write_fault_registry(site.base_url, tmp_path / "sources.yaml")
        args = ["run", "--sources", str(registry), "--data", str(data), "--es-url", es_url, "--quiet"]
        assert main(args) == 1
        assert "document(s) rejected" in capsys.readouterr().out
        es.indices.put_settings(index=f"{es_prefix}bulletins", settings={"index.blocks.write": False})
        assert main(args) == 0
    last = json.loads((data / "runs" / "last.json").read_text())
    assert last["index"]["indexed"] == 5 and not last["errors"]


# -- the whole night, twice, against the fault site ----------------------------------------------
@pytest.mark.slow
def test_three_runs_on_the_fault_site_count_versions_figures_documents_and_deliveries(
        tmp_path, monkeypatch, capsys, webhook_receiver):
    """Nothing lost, nothing twice, end to end: `tollwatch run` three times on the fault site
    (the site revises a toll in place before the second), a real webhook receiver."""
    from cli.main import main
    from indexing.embedded import EmbeddedBackend
    from store import Store

    for key, value in _env().items():
        monkeypatch.setenv(key, value)
    for name in ("TOLLWATCH_SOURCES", "TOLLWATCH_ES_URL", "TOLLWATCH_ALERT_RULES", "TOLLWATCH_CONFIG"):
        monkeypatch.delenv(name, raising=False)
    data = tmp_path / "data"
    rules = tmp_path / "rules.yaml"
    rules.write_text(json.dumps({
        "channels": [{"name": "hook", "type": "webhook", "url": webhook_receiver.url}],
        "rules": [{"name": "killed-10", "kinds": ["killed"], "min_count": 10}]}))
    with serve_fault_site() as site:
        registry = write_fault_registry(site.base_url, tmp_path / "sources.yaml")
        args = ["run", "--sources", str(registry), "--data", str(data), "--rules", str(rules), "--quiet", "--json"]
        assert main(args) == 0
        first = json.loads(capsys.readouterr().out)
        site.revise()
        assert main(args) == 0
        second = json.loads(capsys.readouterr().out)
        assert main(args) == 0
        third = json.loads(capsys.readouterr().out)

    assert first["totals"]["new"] == 5 and first["totals"]["stored_versions"] == 5
    assert second["totals"]["changed"] == 1 and second["totals"]["stored_versions"] == 6
    assert third["totals"]["new"] == third["totals"]["changed"] == third["totals"]["processed"] == 0
    store = Store(data)
    counts = {(b.url.rsplit("/", 2)[-2], b.version): sorted(f.count for f in b.casualties if f.kind == "killed")
              for b in store.bulletins()}
    assert counts[("1001", 1)] == [3, 12]  # the Arabic page: read, and its figures found
    assert counts[("2001", 1)] == [34] and counts[("2001", 2)] == [41]  # the revision made in place
    assert counts[("2002", 1)] == [5] and counts[("2005", 1)] == [7]  # the broken and the unreadable feed items
    with EmbeddedBackend(data) as backend:
        assert backend.count()["bulletins"] == 6  # every version indexed once
    # deliveries: 34 and 12 the first night, the rise to 41 the second, nothing the third
    texts = [body["text"] for body in webhook_receiver.bodies]
    assert len(texts) == 3 and len({r["headers"]["Idempotency-Key"] for r in webhook_receiver.requests}) == 3
    assert any("rose from 34 to 41" in t for t in texts)
    assert first["totals"]["alert_messages_sent"] == 2 and second["totals"]["alert_messages_sent"] == 1
    assert third["totals"]["alert_messages_sent"] == 0


def test_logged_urls_lose_their_credentials(caplog):
    import logging

    from tollwatch.config import RedactingFilter

    record = logging.LogRecord("x", logging.WARNING, __file__, 1, "cannot reach %s", ("https://u:pw@127.0.0.1/?key=k",),
                               None)
    assert RedactingFilter().filter(record) and record.getMessage() == "cannot reach https://127.0.0.1/?key=***"


def test_the_store_names_what_was_published_recently(tmp_path):
    from store import Store
    from tollwatch.records import Bulletin

    store = Store(tmp_path)
    for n, published in ((1, "2026-11-01T10:00:00+00:00"), (2, "2026-12-03"), (3, None)):
        store.save_bulletin(Bulletin(source="s", url=f"http://127.0.0.1/{n}/", text=f"text {n}", published=published))
    store.save_bulletin(Bulletin(source="other", url="http://127.0.0.1/9/", text="x", published="2026-12-04"))
    assert store.published_since("s", "2026-12-01") == {"http://127.0.0.1/2/": "2026-12-03"}


def test_an_english_page_on_an_arabic_source_keeps_its_declared_charset():
    from crawlers.extract import decode_html

    body = "<p>Ten civilians were killed in Idlib, the Observatory’s sources said.</p>".encode("cp1252")
    text, enc, notes = decode_html(body, "text/html; charset=windows-1252", lang="ar")
    assert enc == "cp1252" and "Observatory’s" in text and notes == []
