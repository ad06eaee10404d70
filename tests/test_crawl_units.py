"""Unit tests of the collecting stage's pure parts: URLs, registry, decoding, dates,
extraction, Retry-After, and the Scrapy settings that must stay off."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from crawlers.extract import decode_html, extract_page, find_title, guard_date, parse_date
from crawlers.middlewares import retry_after_seconds
from crawlers.registry import RegistryError, load_sources
from crawlers.urls import canonical_url, clean_url, in_domains

SOHR = "https://www.syriahr.com/"
SOHR_EN = "https://www.syriahr.com/en/"


@pytest.mark.parametrize("url", [
    "https://www.syriahr.com/en/326036/?doing_wp_cron=1716131252.9470000267028808593750",
    "https://www.syriahr.com/en/326036/?fbclid=IwAR3xyz&utm_source=facebook",
    "https://www.syriahr.com/en/326036/#respond",
    "https://www.syriahr.com/en/326036",
    "https://www.syriahr.com/en/326036/amp/",
    "https://www.syriahr.com/en/326036/?amp=1",
    "http://www.syriahr.com:80/en/?p=326036".replace("http://", "https://").replace(":80", ""),
])
def test_sohr_english_variants_share_one_canonical_url(url):
    assert canonical_url(url, SOHR_EN, post_id_paths=True) == "https://www.syriahr.com/en/326036/"


def test_sohr_arabic_slug_variants_keyed_on_post_id():
    lower = "https://www.syriahr.com/%d8%a8%d8%b9%d8%af-%d9%86%d8%ad%d9%88-%d8%b4%d9%87%d8%b1/492673/"
    upper = lower.upper().replace("HTTPS://WWW.SYRIAHR.COM", "https://www.syriahr.com")
    old = "http://www.syriahr.com/?p=492673".replace("http://", "https://")
    for url in (lower, upper, old):
        assert canonical_url(url, SOHR, post_id_paths=True) == "https://www.syriahr.com/492673/"


def test_clean_url_keeps_meaningful_query_and_drops_tracking():
    assert clean_url("https://ex.org/a?id=5&utm_campaign=x&gclid=1#top") == "https://ex.org/a?id=5"
    assert clean_url("HTTPS://Ex.ORG:443/a") == "https://ex.org/a"


def test_in_domains_subdomains_only():
    assert in_domains("https://news.snhr.org/x", ["snhr.org"])
    assert not in_domains("https://snhr.org.evil.com/x", ["snhr.org"])
    assert not in_domains("http://localhost:8000/x", ["127.0.0.1"])


# -- registry ---------------------------------------------------------------------------------
def test_shipped_registry_lists_the_real_sources():
    from pathlib import Path

    sources = {s.name: s for s in load_sources(Path(__file__).resolve().parent.parent / "sources.yaml")}
    assert {"sohr-en", "sohr-ar", "snhr"} <= set(sources)
    assert sources["sohr-en"].feeds == ["https://www.syriahr.com/en/feed/"]
    assert sources["sohr-ar"].spider == "sohr-ar" and sources["sohr-ar"].lang == "ar"


@pytest.mark.parametrize("text, message", [
    ("sources: [\n", "not valid YAML"),
    ("sources:\n  - name: a\n", "source #1 (a): missing required field 'url'"),
    ("sources:\n  - name: a\n    url: ftp://x\n", "'url' must be an http(s) URL"),
    ("sources:\n  - name: a\n    url: http://x.org/\n    colour: red\n", "unknown field(s) colour"),
    ("sources:\n  - name: a\n    url: http://x.org/\n    spider: nope\n", "'spider' must be one of"),
    ("sources:\n  - name: a\n    url: http://x.org/\n    article_pattern: '('\n", "not a valid regular expression"),
    ("sources:\n  - name: a\n    url: http://x.org/\n  - name: a\n    url: http://y.org/\n", "duplicate name"),
    ("just: text\n", "must have a 'sources:' list"),
])
def test_registry_errors_name_file_and_entry(tmp_path, text, message):
    path = tmp_path / "reg.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RegistryError) as err:
        load_sources(path)
    assert message in str(err.value) and str(path) in str(err.value)


def test_registry_defaults_and_allowed_domains(tmp_path):
    path = tmp_path / "reg.yaml"
    path.write_text("defaults: {crawl_delay: 7}\nsources:\n  - name: a\n    url: https://www.ex.org/news/\n", encoding="utf-8")
    (src,) = load_sources(path)
    assert src.crawl_delay == 7 and src.allowed_domains == ["www.ex.org"] and src.spider == "generic"


# -- decoding ---------------------------------------------------------------------------------
ARABIC = "<html><body><p>قُتل 3 مدنيين في بغداد</p></body></html>"


def test_windows_1256_without_any_charset():
    text, enc, notes = decode_html(ARABIC.encode("cp1256"), "text/html")
    assert "قُتل 3 مدنيين في بغداد" in text and enc == "cp1256" and notes


def test_utf8_body_with_wrong_latin1_header():
    text, enc, notes = decode_html(ARABIC.encode("utf-8"), "text/html; charset=iso-8859-1")
    assert "بغداد" in text and enc == "utf-8" and "body is UTF-8" in notes[0]


def test_declared_windows_1256_in_meta():
    body = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"></head>'
            "<body><p>مقتل 5 أشخاص</p></body></html>").encode("cp1256")
    text, enc, _ = decode_html(body, None)
    assert "مقتل 5 أشخاص" in text and enc == "cp1256"


def test_utf8_without_header_and_with_bom():
    assert "بغداد" in decode_html(ARABIC.encode("utf-8"), None)[0]
    assert decode_html(b"\xef\xbb\xbf" + ARABIC.encode("utf-8"), "text/html; charset=cp1252")[0].startswith("<html>")


# -- dates ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("raw, expected", [
    ("2024-11-18T09:40:00+00:00", "2024-11-18"),
    ("Mon, 18 Nov 2024 09:40:00 GMT", "2024-11-18"),
    ("November 21, 2024", "2024-11-21"),
    ("15 حزيران 2010", "2010-06-15"),
    ("١٥ كانون الأول ٢٠٢٤", "2024-12-15"),
    ("25 نوفمبر 2024", "2024-11-25"),
    ("12 أيلول (سبتمبر) 2023", "2023-09-12"),
])
def test_parse_date_english_arabic_and_feed_formats(raw, expected):
    assert parse_date(raw).date().isoformat() == expected


def test_date_guard_rejects_future_and_implausible():
    now = datetime(2024, 11, 25, tzinfo=timezone.utc)
    assert guard_date(datetime(2099, 1, 1), now) == "future"
    assert guard_date(datetime(1970, 1, 1), now) == "implausible"
    assert guard_date(datetime(2024, 11, 25, 20, 0), now) is None


def test_date_cascade_falls_back_from_future_meta_to_url():
    html = ('<html><head><meta property="article:published_time" content="2099-01-01T00:00:00Z"></head>'
            "<body><article><p>" + "Three civilians were killed in shelling on the town. " * 3 + "</p></article></body></html>")
    page = extract_page(html, "https://ex.org/2024/03/05/shelling/", body_selector="article")
    assert page.published == "2024-03-05" and page.date_method == "url"
    assert any("future" in n for n in page.notes)


def test_visible_arabic_date_when_nothing_else():
    html = ("<html><body><article><p>دمشق – 3 آذار 2025</p><p>" + "قُتل 4 مدنيين بقصف على البلدة. " * 3
            + "</p></article></body></html>")
    page = extract_page(html, "https://ex.org/news/item", body_selector="article")
    assert page.published == "2025-03-03" and page.date_method == "text" and page.lang == "ar"


# -- extraction -------------------------------------------------------------------------------------
def test_trafilatura_fallback_when_no_selector_matches():
    html = ("<html><head><title>Ten killed in Idlib | Relay</title></head><body><nav>Home News Sport</nav>"
            "<article><h1>Ten killed in Idlib</h1><p>" + "Ten civilians were killed when rockets hit a market. " * 4
            + "</p><p>Rescue teams pulled survivors from the rubble for several hours.</p></article>"
            "<footer>Copyright Relay</footer></body></html>")
    page = extract_page(html, "https://ex.org/2024/01/02/x/", body_selector="div.does-not-exist")
    assert page.extractor == "trafilatura" and "Ten civilians were killed" in page.text
    assert "Copyright" not in page.text and "Home News Sport" not in page.text
    assert any("found no text" in n for n in page.notes)


def test_title_strips_site_name_but_keeps_kicker():
    from parsel import Selector

    sel = Selector(text="<html><head><title>Death toll update | 12 killed • The Syrian Observatory For Human Rights"
                        "</title></head></html>")
    assert find_title(sel) == "Death toll update | 12 killed"


def test_list_items_stay_on_their_own_lines():
    html = ("<html><body><div class='entry-content'><p>The toll is as follows:</p><ul><li>Civilians: 832</li>"
            "<li>Fighters: 594</li></ul><div class='sharedaddy'>Share this</div></div></body></html>")
    page = extract_page(html, "https://ex.org/a/1/", body_selector="div.entry-content")
    assert page.text == "The toll is as follows:\n\nCivilians: 832\nFighters: 594"


# -- politeness and security ----------------------------------------------------------------------------
def test_retry_after_seconds_and_http_date():
    assert retry_after_seconds(b"120") == 120.0
    now = datetime(2024, 11, 25, 12, 0, 0, tzinfo=timezone.utc)
    assert retry_after_seconds(b"Mon, 25 Nov 2024 12:00:30 GMT", now) == 30.0
    assert retry_after_seconds(b"soon") is None and retry_after_seconds(None) is None


def test_consoles_are_off_and_politeness_on():
    from crawlers.worker import run_settings

    s = run_settings()
    assert s.getbool("TELNETCONSOLE_ENABLED") is False
    assert s.getbool("REMOTE_CONTROL_ENABLED") is False
    assert s.getdict("EXTENSIONS")["scrapy.extensions.telnet.TelnetConsole"] is None
    assert s.getdict("EXTENSIONS")["scrapy.extensions.remote_control.RemoteControl"] is None
    assert s.getbool("ROBOTSTXT_OBEY") and s.get("USER_AGENT").startswith("tollwatch/")
    assert s.getint("DOWNLOAD_MAXSIZE") > 0 and s.getint("DOWNLOAD_TIMEOUT") > 0
    assert s.getdict("DOWNLOADER_MIDDLEWARES")["scrapy.downloadermiddlewares.retry.RetryMiddleware"] is None


def test_spiders_switch_consoles_off_even_without_project_settings():
    from scrapy.settings import Settings

    from crawlers.spiders.base import BulletinSpider

    settings = Settings()  # Scrapy defaults: both consoles on
    assert settings.getbool("TELNETCONSOLE_ENABLED") and settings.getbool("REMOTE_CONTROL_ENABLED")
    BulletinSpider.update_settings(settings)
    assert not settings.getbool("TELNETCONSOLE_ENABLED") and not settings.getbool("REMOTE_CONTROL_ENABLED")


def test_sohr_patterns_do_not_take_pagination_for_posts(tmp_path):
    import re

    from crawlers.registry import Source
    from crawlers.spiders.sohr import SohrArabicSpider, SohrEnglishSpider

    ar = SohrArabicSpider(source=Source(name="t-ar", url=SOHR, spider="sohr-ar"), data=str(tmp_path))
    en = SohrEnglishSpider(source=Source(name="t-en", url=SOHR_EN, spider="sohr-en"), data=str(tmp_path))
    assert ar.is_article("https://www.syriahr.com/%D8%A8%D8%B9%D8%AF/492673/")
    assert ar.is_article("https://www.syriahr.com/?p=492673")
    assert not ar.is_article("https://www.syriahr.com/page/2/")
    assert not ar.is_article("https://www.syriahr.com/en/274171/")  # the English tree
    assert en.is_article("https://www.syriahr.com/en/274171/")
    assert not en.is_article("https://www.syriahr.com/en/category/news/syria-news/page/2/")
    assert not en.is_article("https://evil.example/en/274171/")
    assert canonical_url("https://www.syriahr.com/page/12/", SOHR, True) == "https://www.syriahr.com/page/12/"
    assert re.search(r"\d", ar.canonical("https://www.syriahr.com/%d8%a8/492673/"))


def test_crawl_command_unusable_data_dir_is_a_clear_error(tmp_path):
    import subprocess
    import sys

    blocker = tmp_path / "file"
    blocker.write_text("x")
    reg = tmp_path / "r.yaml"
    reg.write_text("sources:\n  - name: a\n    url: http://127.0.0.1:9/\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "cli", "crawl", "--sources", str(reg), "--data",
                          str(blocker / "data")], capture_output=True, text=True, timeout=120)
    assert out.returncode == 2 and "cannot create data directory" in out.stderr and "Traceback" not in out.stderr


def test_windows_1256_body_with_a_wrong_utf8_header():
    text, enc, notes = decode_html(ARABIC.encode("cp1256"), "text/html; charset=utf-8")
    assert "قُتل 3 مدنيين في بغداد" in text and enc == "cp1256"
    assert any("not valid UTF-8" in n for n in notes)


def test_double_encoded_arabic_is_repaired():
    raw = ARABIC.encode("utf-8")  # read as windows-1252 (undefined bytes kept as C1), saved as UTF-8
    garbled = "".join(bytes([b]).decode("cp1252") if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else chr(b)
                      for b in raw).encode("utf-8")
    text, _, notes = decode_html(garbled, "text/html; charset=utf-8")
    assert "بغداد" in text and any("mojibake" in n for n in notes)
    english = "<p>Café résumé — 5 killed</p>".encode("utf-8")
    assert decode_html(english, None)[0] == "<p>Café résumé — 5 killed</p>"


def test_registry_date_selector_wins():
    html = ("<html><head><meta property='article:published_time' content='2024-01-01T00:00:00Z'></head><body>"
            "<span class='updated-on'>Posted 2024-02-03</span><div class='c'><p>"
            + "Two people were killed in shelling. " * 3 + "</p></div></body></html>")
    page = extract_page(html, "https://ex.org/x/", body_selector="div.c", date_selector="span.updated-on")
    assert page.published == "2024-02-03" and page.date_method == "selector"


def test_declared_canonical_used_only_when_it_is_an_article(tmp_path):
    from crawlers.registry import Source
    from crawlers.spiders.sohr import SohrEnglishSpider

    class Stats:
        def inc_value(self, *a, **k):
            pass

    spider = SohrEnglishSpider(source=Source(name="t", url=SOHR_EN, spider="sohr-en"), data=str(tmp_path))
    spider.crawler = type("C", (), {"stats": Stats()})()
    amp = '<html><head><link rel="canonical" href="https://www.syriahr.com/en/274171/?utm_source=x"></head></html>'
    assert spider.declared_canonical(amp, "https://www.syriahr.com/en/274171/amp/") == "https://www.syriahr.com/en/274171/"
    home = '<html><head><link href="https://www.syriahr.com/en/" rel="canonical"/></head></html>'
    assert spider.declared_canonical(home, "https://www.syriahr.com/en/274171/") is None
    offsite = '<link rel=canonical href=https://evil.example/en/274171/>'
    assert spider.declared_canonical(offsite, "https://www.syriahr.com/en/274171/") is None


def test_generic_article_heuristic(tmp_path):
    from crawlers.registry import Source
    from crawlers.spiders.generic import GenericSpider

    g = GenericSpider(source=Source(name="g", url="https://relay.example/news/"), data=str(tmp_path))
    assert g.is_article("https://relay.example/news/2024/11/05/ten-killed/")
    assert g.is_article("https://relay.example/news/item-48213")
    for url in ("https://relay.example/news/", "https://relay.example/news/tag/syria/",
                "https://relay.example/news/category/world/page/2/", "https://relay.example/news/feed/",
                "https://relay.example/about/2024/team/", "https://relay.example/news/wp-content/a/1.jpg",
                "https://other.example/news/2024/11/05/x/"):
        assert not g.is_article(url), url


def test_removed_element_keeps_the_text_after_it_in_place():
    html = ("<html><body><div class='c'><p>Five <span class='post-views'>129</span>people were killed, "
            "<b>two</b> <span class='share'>Share</span>of them children.</p></div></body></html>")
    page = extract_page(html, "https://ex.org/a/1/", body_selector="div.c",
                        remove=["//b[text()='never']"])
    assert page.text == "Five people were killed, two of them children."


def test_source_report_from_scrapy_stats():
    from crawlers.run import SourceReport

    stats = {"downloader/response_count": 12, "tollwatch/fetched/article": 5, "tollwatch/new": 3,
             "tollwatch/changed": 1, "tollwatch/unchanged": 1, "tollwatch/skipped/known": 4,
             "tollwatch/failed/http_500": 1, "spider_exceptions/count": 2, "spider_exceptions/KeyError": 2,
             "retry/count": 2, "tollwatch/errors": ["failed http_500: http://x/1/"], "finish_reason": "finished"}
    r = SourceReport.from_stats("s", stats)
    assert (r.fetched, r.articles_fetched, r.new, r.changed, r.unchanged, r.retries) == (12, 5, 3, 1, 1, 2)
    assert r.skipped == {"known": 4} and r.failed == {"http_500": 1, "spider_error_KeyError": 2}
    assert r.ok and r.errors == ["failed http_500: http://x/1/"]
    down = SourceReport.from_stats("d", {"tollwatch/failed/connection_refused": 1, "finish_reason": "finished"})
    assert not down.ok
    broken = SourceReport.from_stats("b", {"downloader/response_count": 3, "tollwatch/failed/store_error": 1})
    assert not broken.ok
    assert "FAILED" in broken.summary() and "store_error 1" in broken.summary()
