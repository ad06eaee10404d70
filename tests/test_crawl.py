"""The collecting stage end to end: real Scrapy spiders in subprocesses against the demo
site served on 127.0.0.1 (crawlers.demo_site), three crawls shared by the tests below:

1. a first crawl of every demo source (plus one that is unreachable);
2. a second crawl with nothing new;
3. a third crawl after the demo site revised one bulletin.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.fixtures.sites import FAST_CRAWL_ENV

pytestmark = pytest.mark.slow  # real crawls in subprocesses: about a minute in all

ROOT = Path(__file__).resolve().parent.parent
MOJIBAKE = ("Ø", "Ù", "Ã", "Â", "\ufffd")


@pytest.fixture(scope="module")
def crawls(tmp_path_factory):
    from crawlers.demo_site import serve_demo_site, write_demo_registry
    from crawlers.run import crawl
    from store import Store

    data = tmp_path_factory.mktemp("crawl-data")
    with pytest.MonkeyPatch.context() as mp:
        for key, value in FAST_CRAWL_ENV.items():
            mp.setenv(key, value)
        with serve_demo_site(slow_seconds=6.0) as site:
            registry = write_demo_registry(site.base_url, data.parent / "demo-registry.yaml", include_unreachable=True)
            first = crawl(registry, data)
            log1 = list(site.requests)
            stored_after_first = [b for b in Store(data).bulletins()]
            site.reset_log()
            second = crawl(registry, data)
            log2 = list(site.requests)
            count_after_second = Store(data).count()
            site.reset_log()
            site.revise()
            third = crawl(registry, data)
            log3 = list(site.requests)
            yield {
                "site": site, "registry": registry, "data": data, "first": first, "second": second,
                "third": third, "log1": log1, "log2": log2, "log3": log3, "stored1": stored_after_first,
                "count2": count_after_second,
            }


def _src(report, name):
    return next(s for s in report.sources if s.source == name)


def _bulletin(stored, fragment):
    found = [b for b in stored if fragment in b.canonical_url]
    assert len(found) == 1, (fragment, [b.canonical_url for b in stored])
    return found[0]


# -- report --------------------------------------------------------------------------------
def test_first_crawl_report_counts(crawls):
    r = crawls["first"]
    assert _src(r, "demo-sohr-en").new == 6
    assert _src(r, "demo-sohr-ar").new == 3
    assert _src(r, "demo-snhr").new == 2  # the slow page timed out
    assert _src(r, "demo-outlet").new == 3
    assert r.totals()["new"] == 14
    assert all(s.changed == 0 and s.unchanged == 0 for s in r.sources)
    assert len(crawls["stored1"]) == 14


def test_report_saved_as_json(crawls):
    r = crawls["first"]
    saved = json.loads(Path(r.path).read_text(encoding="utf-8"))
    assert saved["totals"]["new"] == 14
    en = saved["sources"]["demo-sohr-en"]
    assert {"fetched", "new", "changed", "unchanged", "skipped", "failed", "errors"} <= set(en)
    latest = json.loads((crawls["data"] / "reports" / "crawl-latest.json").read_text(encoding="utf-8"))
    assert latest["finished"] == crawls["third"].finished


def test_failing_source_never_stops_the_others(crawls):
    r = crawls["first"]
    down = _src(r, "demo-unreachable")
    assert not down.ok and down.failed == {"connection_refused": 1}
    assert "Connection was refused" in down.errors[0] or "refused" in down.errors[0].lower()
    assert all(s.ok for s in r.sources if s.source != "demo-unreachable")
    assert not r.ok


def test_bad_cases_counted_with_reasons(crawls):
    r = crawls["first"]
    en, snhr, outlet = _src(r, "demo-sohr-en"), _src(r, "demo-snhr"), _src(r, "demo-outlet")
    assert en.failed == {"http_404": 1, "http_500": 1, "offsite_redirect": 1}
    assert snhr.failed == {"timeout": 1}
    assert outlet.failed == {"http_404": 1, "redirect_loop": 1}
    assert outlet.skipped["too_large"] == 1 and outlet.skipped["robots_txt"] == 1
    assert any("larger than download max size" in e for e in outlet.errors)  # the size note
    assert en.retries >= 1  # the 500 was retried once
    log = crawls["log1"]
    assert sum(1 for e in log if e["path"] == "/sohr/en/81500/") == 2


def test_disallowed_path_is_never_fetched(crawls):
    for log in ("log1", "log2", "log3"):
        assert not [e for e in crawls[log] if "/private/" in e["path"]]
    assert crawls["log1"][0]["path"] == "/robots.txt" or any(e["path"] == "/robots.txt" for e in crawls["log1"])


def test_offsite_redirect_is_not_followed(crawls):
    for log in ("log1", "log2", "log3"):
        hosts = {e["host"].split(":")[0] for e in crawls[log]}
        assert hosts == {"127.0.0.1"}, hosts


def test_retry_after_is_honoured(crawls):
    hits = [e for e in crawls["log1"] if "november-22-2024" in e["path"] and "/2024/11/23/" in e["path"]]
    assert [e["status"] for e in hits] == [429, 200]
    assert hits[1]["t"] - hits[0]["t"] >= 0.95


def test_robots_crawl_delay_honoured(crawls):
    en = _src(crawls["first"], "demo-sohr-en")
    assert en.stats["tollwatch/robots_crawl_delay"] == 0.05
    times = sorted(e["t"] for e in crawls["log1"] if e["path"].startswith("/sohr/en/"))
    gaps = [b - a for a, b in zip(times, times[1:])]
    assert sum(gaps) / len(gaps) >= 0.03  # about one request per 0.05 s, never a burst


def test_503_with_http_date_retry_after_is_honoured(crawls):
    hits = [e for e in crawls["log1"] if e["path"] == "/sohr/feed/"]
    assert [e["status"] for e in hits] == [503, 200]
    assert hits[1]["t"] - hits[0]["t"] >= 0.9  # the date was ~2 s ahead, at one-second precision
    assert _src(crawls["first"], "demo-sohr-ar").new == 3


def test_user_agent_is_tollwatch(crawls):
    assert all(e["ua"].startswith("tollwatch/") for e in crawls["log1"])


# -- extraction ---------------------------------------------------------------------------------
def test_sohr_english_page_extracted_without_furniture(crawls):
    b = _bulletin(crawls["stored1"], "/sohr/en/81004/")
    assert b.title == "Old ordnance | Five children killed in landmine explosion in Daraa countryside"
    assert b.text.startswith("Daraa province: SOHR activists")
    for junk in ("Table of Contents", "Share this", "Archive photo", "Related", "All rights reserved", "Syria news"):
        assert junk not in b.text
    assert b.published == "2024-11-18T09:40:00+00:00"
    assert b.lang == "en" and b.source == "demo-sohr-en" and b.version == 1


def test_sohr_arabic_page_keyed_on_post_id(crawls):
    b = _bulletin(crawls["stored1"], "/sohr/702001/")
    assert urlsplit(b.canonical_url).path == "/sohr/702001/"
    assert b.lang == "ar" and b.title.startswith("حصيلة شهر تشرين الأول")
    assert b.text.startswith("وثّق المرصد السوري")  # no view counter, no image file name
    assert "img_0191" not in b.text
    assert b.published == "2024-11-01T08:00:00+03:00"


def test_utf8_page_without_charset_header(crawls):
    b = _bulletin(crawls["stored1"], "/sohr/702003/")
    assert b.title == "غارات إسرائيلية على مواقع قرب دمشق تقتل 4 عسكريين"
    assert "قتل 4 عسكريين وأصيب 7 آخرون" in b.text and not any(m in b.text for m in MOJIBAKE)


def test_snhr_related_news_removed(crawls):
    b = _bulletin(crawls["stored1"], "november-21-2024")
    assert "six civilians" in b.text
    for junk in ("Related News", "stray bullet", "Monday, November 25, 2024", "pdf report"):
        assert junk not in b.text


def test_windows_1256_page_without_charset_reads_correctly(crawls):
    b = _bulletin(crawls["stored1"], "archive-cp1256")
    assert "بغداد" in b.text and "قُتل 3 مدنيين" in b.text
    assert not any(m in b.text + (b.title or "") for m in MOJIBAKE)
    assert b.lang == "ar"
    assert any("windows-1256" in n for n in b.notes)


def test_wrong_charset_header_does_not_make_mojibake(crawls):
    b = _bulletin(crawls["stored1"], "isis-badia-week")
    assert "54 شخصاً" in b.text and b.title == "داعش يقتل 54 شخصاً في البادية السورية خلال أسبوع"
    assert not any(m in b.text for m in MOJIBAKE)
    assert any("body is UTF-8" in n for n in b.notes)


def test_future_meta_date_rejected(crawls):
    b = _bulletin(crawls["stored1"], "sohr-coastal-toll")
    assert b.published.startswith("2025-03-13")
    assert any("future" in n for n in b.notes)


def test_tracking_parameter_duplicates_stored_once(crawls):
    stored = crawls["stored1"]
    assert len({b.canonical_url for b in stored}) == len(stored)
    assert not any("utm_" in b.canonical_url or "fbclid" in b.canonical_url or "#" in b.canonical_url for b in stored)
    coastal = _bulletin(stored, "/sohr/en/81005/")
    assert "doing_wp_cron" not in coastal.canonical_url
    assert "doing_wp_cron" not in coastal.url  # the URL shown in search hits, alerts and exports too (issue 14 §5)
    # fetched once although linked from the feed, the sitemap and the listing (with tracking parameters)
    ok = [e for e in crawls["log1"] if e["path"].startswith("/sohr/en/81005/") and e["status"] == 200]
    assert len(ok) == 1


# -- incremental --------------------------------------------------------------------------------
def _article_paths(stored):
    return {urlsplit(b.url).path for b in stored}


def test_second_crawl_fetches_no_article_again(crawls):
    second = crawls["second"]
    assert second.totals()["new"] == 0 and second.totals()["changed"] == 0
    assert all(s.articles_fetched == 0 for s in second.sources)
    fetched = {urlsplit(e["path"]).path for e in crawls["log2"]}
    assert not (fetched & _article_paths(crawls["stored1"]))
    # pages that failed for good (404, loop, offsite redirect, too large) are not asked for again
    gone = {"/sohr/en/81302/", "/sohr/en/81404/", "/outlet/2024/11/loop-a/", "/outlet/2024/11/loop-b/",
            "/outlet/2024/11/huge-page/", "/outlet/2024/11/gone-story/"}
    assert not (fetched & gone)
    assert second.totals()["skipped"]["gone"] >= 4
    assert second.totals()["failed"] == {"timeout": 1, "connection_refused": 1}  # tried again each night
    assert crawls["count2"] == len(crawls["stored1"])  # unchanged pages create nothing


def test_revision_creates_version_two(crawls):
    from store import Store

    third = crawls["third"]
    assert _src(third, "demo-sohr-en").changed == 1
    assert third.totals()["new"] == 0 and third.totals()["changed"] == 1
    store = Store(crawls["data"])
    b = store.get_by_url(_bulletin(crawls["stored1"], "/sohr/en/81004/").canonical_url)
    versions = store.versions(b.bulletin_id)
    assert [v.version for v in versions] == [1, 2]
    assert "five children" in versions[0].text and "seven children" in versions[1].text
    assert versions[1].title.startswith("Death toll update")
    assert versions[0].fetched <= versions[1].fetched
    # only the revised article was fetched again, with a conditional GET
    article_hits = [e for e in crawls["log3"] if urlsplit(e["path"]).path in _article_paths(crawls["stored1"])]
    assert [urlsplit(e["path"]).path for e in article_hits] == ["/sohr/en/81004/"]
    assert article_hits[0]["if_none_match"]


# -- commands ---------------------------------------------------------------------------------------
def _env():
    env = dict(os.environ, **FAST_CRAWL_ENV)
    env["PYTHONPATH"] = str(ROOT)
    return env


def test_bulletins_command_lists_the_store(crawls):
    out = subprocess.run([sys.executable, "-m", "cli", "bulletins", "--data", str(crawls["data"]), "--json"],
                         capture_output=True, text=True, env=_env(), timeout=120)
    assert out.returncode == 0, out.stderr
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(rows) == 14
    assert {"url", "source", "lang", "title", "published", "version", "text"} <= set(rows[0])
    assert max(r["version"] for r in rows) == 2
    text = subprocess.run([sys.executable, "-m", "cli", "bulletins", "--data", str(crawls["data"]),
                           "--source", "demo-sohr-ar"], capture_output=True, text=True, env=_env(), timeout=120)
    assert text.returncode == 0 and "3 bulletin(s)" in text.stdout and "المرصد" in text.stdout


def test_bulletins_command_without_store_is_a_clear_error(tmp_path):
    out = subprocess.run([sys.executable, "-m", "cli", "bulletins", "--data", str(tmp_path / "none")],
                         capture_output=True, text=True, env=_env(), timeout=120)
    assert out.returncode == 2 and "no tollwatch store in" in out.stderr and "Traceback" not in out.stderr


def test_crawl_command_one_source_since(demo_site, demo_registry, tmp_path):
    data = tmp_path / "data"
    out = subprocess.run([sys.executable, "-m", "cli", "crawl", "--sources", str(demo_registry),
                          "--data", str(data), "--source", "demo-sohr-en", "--since", "2024-11-01"],
                         capture_output=True, text=True, env=_env(), timeout=300)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "demo-sohr-en: ok" in out.stdout and "report:" in out.stdout
    from store import Store

    stored = list(Store(data).bulletins())
    assert sorted(urlsplit(b.canonical_url).path for b in stored) == ["/sohr/en/81004/", "/sohr/en/81005/"]
    report = json.loads((data / "reports" / "crawl-latest.json").read_text(encoding="utf-8"))
    assert report["sources"]["demo-sohr-en"]["skipped"]["before_since"] >= 3


def test_crawl_one_source_between_since_and_until(demo_site, demo_registry, tmp_path, monkeypatch):
    """A backfill run's interval: nothing published after ``until`` is stored."""
    from crawlers.run import crawl_source
    from store import Store

    for key, value in FAST_CRAWL_ENV.items():
        monkeypatch.setenv(key, value)
    data = tmp_path / "data"
    report = crawl_source(demo_registry, data, "demo-sohr-en", since="2016-01-01", until="2024-11-30")
    assert report.ok, report.errors
    paths = {urlsplit(b.canonical_url).path for b in Store(data).bulletins()}
    assert "/sohr/en/81004/" in paths and "/sohr/en/81001/" in paths  # 2024-11-18, 2017-04-04
    assert "/sohr/en/81005/" not in paths and "/sohr/en/81002/" not in paths  # 2025-03-12, 2015-03-01
    assert report.skipped["after_until"] >= 1 and report.skipped["before_since"] >= 1


def test_crawl_command_bad_registry_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("sources:\n  - name: x\n    feeds: [http://127.0.0.1:9/feed/]\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "cli", "crawl", "--sources", str(bad), "--data",
                          str(tmp_path / "d")], capture_output=True, text=True, env=_env(), timeout=120)
    assert out.returncode == 2
    assert "bad.yaml" in out.stderr and "source #1" in out.stderr and "'url'" in out.stderr


def test_scrapy_crawl_from_project_root(demo_site, demo_registry, tmp_path):
    data = tmp_path / "data"
    scrapy = Path(sys.executable).with_name("scrapy")
    out = subprocess.run([str(scrapy), "crawl", "generic", "-a", f"sources={demo_registry}", "-a", "source=demo-outlet",
                          "-a", f"data={data}", "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=0",
                          "-s", "DOWNLOAD_TIMEOUT=10"],
                         cwd=ROOT, capture_output=True, text=True, env=_env(), timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "'tollwatch/new': 3" in out.stderr
    assert "TELNETCONSOLE_ENABLED': False" in out.stderr or "Telnet console listening" not in out.stderr
    assert "Telnet console listening" not in out.stderr and "remote control" not in out.stderr.lower()


def test_interrupted_run_resumes_without_duplicates(demo_site, demo_registry, tmp_path, fast_crawl_settings,
                                                    monkeypatch):
    from crawlers.run import crawl
    from store import Store

    data = tmp_path / "data"
    monkeypatch.setenv("TOLLWATCH_CRAWL_MAX_ITEMS", "1")  # the spider is closed after the first bulletin
    monkeypatch.setenv("TOLLWATCH_CRAWL_DELAY", "0.3")  # so that few requests are in flight then
    first = crawl(demo_registry, data, source="demo-sohr-en")
    en = _src(first, "demo-sohr-en")
    assert not en.ok and "closespider_itemcount" in en.errors[0]
    stored_first = list(Store(data).bulletins())
    assert 1 <= len(stored_first) < 6
    monkeypatch.delenv("TOLLWATCH_CRAWL_MAX_ITEMS")
    monkeypatch.setenv("TOLLWATCH_CRAWL_DELAY", "0")
    demo_site.reset_log()
    second = crawl(demo_registry, data, source="demo-sohr-en")
    assert _src(second, "demo-sohr-en").ok
    stored = list(Store(data).bulletins())
    assert len(stored) == 6 and len({b.canonical_url for b in stored}) == 6
    assert all(b.version == 1 for b in stored)
    refetched = {urlsplit(e["path"]).path for e in demo_site.requests} & _article_paths(stored_first)
    assert not refetched


def test_sohr_redirect_to_bare_domain_keeps_post_id_key():
    from crawlers.urls import canonical_url

    assert canonical_url("https://syriahr.com/en/12345/?fbclid=x", "https://www.syriahr.com/en/", True) == \
        "https://www.syriahr.com/en/12345/"


def test_hubs_asked_conditionally_after_a_clean_run(crawls):
    # demo-sohr-ar had no failed page in the first crawl, so its feed's ETag was kept
    feed = [e for e in crawls["log2"] if e["path"] == "/sohr/feed/"]
    assert feed and feed[0]["if_none_match"] and feed[0]["status"] == 304
    # demo-sohr-en had failures: its hubs are read again in full, so nothing missed is lost
    en_feed = [e for e in crawls["log2"] if e["path"] == "/sohr/en/feed/"]
    assert en_feed and en_feed[0]["status"] == 200
    # the second crawl was clean, so the third asks conditionally, except for a sitemap
    # index, which can stay identical while the sitemaps it lists change
    third = {e["path"]: e for e in crawls["log3"]}
    assert third["/sohr/en/category/news/syria-news/"]["status"] == 304
    assert not third["/sohr/en/wp-sitemap.xml"]["if_none_match"]
    assert third["/sohr/en/wp-sitemap-posts-post-1.xml"]["status"] == 200


def test_crawl_source_api_one_source(demo_site, demo_registry, tmp_path, fast_crawl_settings):
    from crawlers.registry import RegistryError
    from crawlers.run import SourceReport, crawl_source

    report = crawl_source(demo_registry, tmp_path / "data", "demo-sohr-ar")
    assert isinstance(report, SourceReport) and report.ok and report.new == 3
    d = report.to_dict()
    assert d["source"] == "demo-sohr-ar" and d["failed"] == {} and d["new"] == 3
    saved = list((tmp_path / "data" / "reports").glob("crawl-*-demo-sohr-ar.json"))
    assert len(saved) == 1 and json.loads(saved[0].read_text())["new"] == 3
    with pytest.raises(RegistryError, match="no source named 'nope'"):
        crawl_source(demo_registry, tmp_path / "data", "nope")
