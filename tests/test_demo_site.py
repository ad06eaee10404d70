"""The bundled demo site (crawlers.demo_site) serves what the crawl tests and the README's
demo rely on: the real sites' structure and the bad cases."""

from __future__ import annotations

import urllib.error
import urllib.request

import pytest


def get(url, headers=None):
    req = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            return resp.status, dict(resp.headers), resp.read()
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers), err.read()


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def status_no_redirect(url):
    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(url, timeout=10) as resp:
            return resp.status, dict(resp.headers)
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers)


def test_robots_txt_disallows_and_lists_sitemaps(demo_site):
    status, _, body = get(demo_site.base_url + "/robots.txt")
    text = body.decode()
    assert status == 200 and "Disallow: /sohr/en/private/" in text and "Disallow: /outlet/private/" in text
    assert text.count("Sitemap: ") == 4


def test_feeds_sitemaps_and_listing_pagination(demo_site):
    b = demo_site.base_url
    status, headers, body = get(b + "/sohr/en/feed/")
    assert status == 200 and b"<rss" in body and body.count(b"<item>") == 5 and "rss" in headers["Content-Type"]
    status, _, body = get(b + "/sohr/en/wp-sitemap.xml")
    assert b"<sitemapindex" in body and b"wp-sitemap-posts-post-1.xml" in body
    status, _, body = get(b + "/sohr/en/category/news/syria-news/")
    assert b'rel="next"' in body and b"utm_source=twitter" in body
    assert get(b + "/sohr/en/category/news/syria-news/page/3/")[2].count(b'rel="next"') == 0
    assert get(b + "/sohr/en/category/news/syria-news/page/4/")[0] == 404


def test_arabic_slug_in_either_escape_case_and_id_redirect(demo_site):
    from crawlers.demo_site import content as C

    post = C.SOHR_AR[0]
    for url in (demo_site.sohr_ar_url(post), demo_site.sohr_ar_url(post, upper=True)):
        status, _, body = get(url)
        assert status == 200 and post["title"] in body.decode("utf-8")
    status, headers = status_no_redirect(f"{demo_site.base_url}/sohr/?p={post['id']}")
    assert status == 301 and headers["Location"].endswith(f"/{post['id']}/")


def test_bad_cases(demo_site):
    b = demo_site.base_url
    assert get(b + "/sohr/en/81404/")[0] == 404
    assert get(b + "/sohr/en/81500/")[0] == 500
    status, headers = status_no_redirect(b + "/sohr/en/81302/")
    assert status == 302 and headers["Location"].startswith("http://localhost:")
    assert status_no_redirect(b + "/outlet/2024/11/loop-a/")[1]["Location"].endswith("/loop-b/")
    assert status_no_redirect(b + "/outlet/2024/11/loop-b/")[1]["Location"].endswith("/loop-a/")
    assert "doing_wp_cron=" in status_no_redirect(b + "/sohr/en/81005/")[1]["Location"]
    busy = b + "/snhr/2024/11/23/the-daily-death-toll-of-civilian-victims-in-syria-on-november-22-2024/"
    status, headers, _ = get(busy)
    assert status == 429 and headers["Retry-After"] == "1"
    assert get(busy)[0] == 200


def test_windows_1256_page_has_no_charset_anywhere(demo_site):
    status, headers, body = get(demo_site.base_url + "/outlet/2010/06/archive-cp1256/")
    assert status == 200 and headers["Content-Type"] == "text/html"
    assert b"charset" not in body.lower()
    assert "بغداد" in body.decode("cp1256")
    with pytest.raises(UnicodeDecodeError):
        body.decode("utf-8")


def test_wrong_charset_header(demo_site):
    status, headers, body = get(demo_site.base_url + "/outlet/2024/12/15/isis-badia-week/")
    assert "iso-8859-1" in headers["Content-Type"] and "داعش" in body.decode("utf-8")


def test_revise_switch_and_conditional_get(demo_site):
    url = demo_site.sohr_en_url(81004)
    status, headers, body = get(url)
    assert b"five children" in body
    assert get(url, {"If-None-Match": headers["ETag"]})[0] == 304
    sitemap = demo_site.base_url + "/sohr/en/wp-sitemap-posts-post-1.xml"
    assert b"2024-11-18T09:40:00" in get(sitemap)[2]
    demo_site.revise()
    status, headers2, body = get(url, {"If-None-Match": headers["ETag"]})
    assert status == 200 and b"seven children" in body and headers2["ETag"] != headers["ETag"]
    assert demo_site.revised_at[:19].encode() in get(sitemap)[2]  # modified now
    demo_site.revise(False)
    assert b"five children" in get(url)[2]


def test_every_bulletin_page_has_casualty_figures(demo_site):
    import re

    from crawlers.demo_site import content as C

    pages = ([demo_site.sohr_en_url(p["id"]) for p in C.SOHR_EN] + [demo_site.sohr_ar_url(p) for p in C.SOHR_AR]
             + [demo_site.snhr_url(p) for p in C.SNHR if not p.get("slow") and not p.get("busy")]
             + [demo_site.outlet_url(p) for p in C.OUTLET])
    assert len(pages) >= 13
    for url in pages:
        status, headers, body = get(url)
        text = body.decode("cp1256" if "cp1256" in url else "utf-8")
        assert status == 200, url
        assert re.search(r"kill|dead|died|suffocated|قتل|قُتل|مقتل|يقتل", text), url


def test_demo_registry_loads(demo_site, tmp_path):
    from crawlers.demo_site import write_demo_registry
    from crawlers.registry import load_sources

    path = write_demo_registry(demo_site.base_url, tmp_path / "r.yaml")
    sources = load_sources(path)
    assert [s.name for s in sources] == ["demo-sohr-en", "demo-sohr-ar", "demo-snhr", "demo-outlet"]
    assert all(s.allowed_domains == ["127.0.0.1"] for s in sources)
    assert sources[0].spider == "sohr-en" and sources[3].spider == "generic" and not sources[3].feeds
