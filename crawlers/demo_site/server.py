"""The demo site's HTTP server: SOHR-, SNHR- and outlet-like sections on 127.0.0.1.

Served with the standard library (``http.server`` in a thread), from the pages in
``content.py``. What it reproduces, under one host:

* ``/sohr/en/``: SOHR's English tree: ``/<id>/`` posts (``div.entry-content`` with a
  table-of-contents widget, share bar and related posts), ``?p=<id>`` and ``/amp/``
  forms, the ``?doing_wp_cron=`` redirect, an RSS feed, a WordPress sitemap index,
  a paginated category listing (``page/<n>/``) whose links carry tracking parameters.
* ``/sohr/``: the Arabic tree: posts at ``/<cut-off Arabic slug>/<id>/`` linked with
  lower- and upper-case escapes, a bare view counter after the headline, one page
  with no charset in its header, RSS, listing, sitemap.
* ``/snhr/``: SNHR-like daily tolls at date paths with a "Related News" block of
  other incidents inside the article, RSS, listing, sitemap.
* ``/outlet/``: a relaying outlet with no hubs in the registry (discovery through
  robots.txt ``Sitemap:`` lines and ``<link rel="alternate">``), a windows-1256 page
  with no charset anywhere, a UTF-8 page with a wrong ``charset=iso-8859-1`` header,
  a page whose meta date is in the future.
* The bad cases: 404, 500, a slow page, a 429 with ``Retry-After: 1`` and a 503 with an
  HTTP-date ``Retry-After`` (each once), a redirect
  loop, a redirect to another host, a 6 MB page, a path disallowed by robots.txt,
  and a page revised between two crawls (``DemoSite.revise()``).

Every request is logged (``DemoSite.requests``) so tests can check what a crawl
fetched. ETag / Last-Modified and 304 answers are supported everywhere.
"""

from __future__ import annotations

import hashlib
import html
import threading
import time
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Optional
from urllib.parse import parse_qs, quote, unquote, urlsplit

from crawlers.demo_site import content as C

SOHR_NAME = "The Syrian Observatory For Human Rights"
SOHR_AR_NAME = "المرصد السوري لحقوق الإنسان"
SNHR_NAME = "Syrian Network for Human Rights"
HUGE_BYTES = 6 * 1024 * 1024
AR_CATEGORY = "أخبار-يومية"


def _dt(iso: str) -> datetime:
    return datetime.fromisoformat(iso)


def _http_date(iso: str) -> str:
    return format_datetime(_dt(iso).astimezone(timezone.utc), usegmt=True)


def _blocks(body: list) -> str:
    out = []
    for block in body:
        if isinstance(block, tuple):
            items = "".join(f"<li>{html.escape(i)}</li>" for i in block[1])
            out.append(f"<ul>{items}</ul>")
        else:
            out.append(f"<p>{html.escape(block)}</p>")
    return "\n".join(out)


class DemoSite:
    """State of one running demo site: the base URL, the revision switch, the log."""

    def __init__(self, slow_seconds: float = 2.0, bulk_pages: int = 0):
        self.base_url = ""
        self.slow_seconds = slow_seconds
        self.bulk_pages = bulk_pages  # /bulk/: that many generated SOHR-like pages, for benchmarks
        self.revised = False
        self.revised_at = ""
        self.requests: list[dict[str, Any]] = []
        self._lock = threading.Lock()
        self._busy_served: set[str] = set()

    # -- switches -----------------------------------------------------------------
    def revise(self, revised: bool = True) -> None:
        """Serve the revised version of the revisable SOHR bulletin (or the original again),
        modified now: its sitemap ``lastmod``, ETag and Last-Modified change."""
        self.revised = revised
        self.revised_at = datetime.now(timezone.utc).replace(microsecond=0).isoformat()

    def log(self, entry: dict[str, Any]) -> None:
        with self._lock:
            self.requests.append(entry)

    def reset_log(self) -> None:
        with self._lock:
            self.requests.clear()

    def paths(self, host: Optional[str] = None) -> list[str]:
        with self._lock:
            return [r["path"] for r in self.requests if host is None or r["host"].split(":")[0] == host]

    # -- URLs -----------------------------------------------------------------------
    def sohr_en_url(self, pid: int) -> str:
        return f"{self.base_url}/sohr/en/{pid}/"

    def sohr_ar_url(self, post: dict, upper: bool = False) -> str:
        slug = quote(post["slug"], safe="-")
        slug = slug if upper else slug.lower()
        return f"{self.base_url}/sohr/{slug}/{post['id']}/"

    def snhr_url(self, post: dict) -> str:
        return f"{self.base_url}/snhr/{post['path']}/"

    def outlet_url(self, post: dict) -> str:
        return f"{self.base_url}/outlet/{post['path']}/"

    def en_post(self, pid: int) -> Optional[dict]:
        for p in C.SOHR_EN:
            if p["id"] == pid:
                return self._version(p)
        return None

    def _version(self, post: dict) -> dict:
        if self.revised and post.get("revised"):
            return {**post, **post["revised"], "modified": self.revised_at}
        return post

    @staticmethod
    def modified(post: dict) -> str:
        return post.get("modified") or post["published"]

    # -- pages ------------------------------------------------------------------------
    def sohr_en_article(self, post: dict) -> str:
        url = self.sohr_en_url(post["id"])
        ids = [p["id"] for p in C.SOHR_EN]
        related = C.SOHR_EN[((ids.index(post["id"]) if post["id"] in ids else 0) + 1) % len(C.SOHR_EN)]
        return f"""<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8">
<title>{html.escape(post['title'])} &bull; {SOHR_NAME}</title>
<meta property="og:site_name" content="{SOHR_NAME}">
<meta property="og:title" content="{html.escape(post['title'])}">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{post['published']}">
<meta property="article:modified_time" content="{self.modified(post)}">
<link rel="canonical" href="{url}">
<link rel="alternate" type="application/rss+xml" title="{SOHR_NAME} &raquo; Feed" href="{self.base_url}/sohr/en/feed/">
</head><body class="post-template-default single single-post">
<header id="masthead"><div class="site-title">{SOHR_NAME}</div>
<nav class="main-navigation"><ul><li><a href="{self.base_url}/sohr/en/">Home</a></li>
<li><a href="{self.base_url}/sohr/en/category/news/syria-news/">Syria news</a></li>
<li><a href="{self.base_url}/sohr/">العربية</a></li></ul></nav></header>
<div id="content" class="site-content"><article id="post-{post['id']}" class="post type-post">
<header class="entry-header"><h1 class="entry-title">{html.escape(post['title'])}</h1>
<div class="entry-meta"><span class="post-views">{post['id'] % 300 + 17}</span>
<time class="entry-date published" datetime="{post['published']}">{_dt(post['published']):%B %d, %Y}</time></div></header>
<div class="entry-content entry clearfix">
<div class="ruby-table-contents"><div class="toc-header">Table of Contents</div><ul><li>Details</li><li>Background</li></ul></div>
{_blocks(post['body'])}
<figure class="wp-block-image"><img src="{self.base_url}/sohr/en/wp-content/uploads/{post['id']}.jpg" alt=""><figcaption>Archive photo: 12 killed</figcaption></figure>
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><a href="https://www.facebook.com/sharer.php?u={url}">Facebook</a> <a href="https://twitter.com/share?url={url}">X</a></div>
</div>
<aside class="jp-relatedposts"><h3>Related</h3><ul><li><a href="{self.sohr_en_url(related['id'])}">{html.escape(related['title'])}</a></li></ul></aside>
</article></div>
<footer id="colophon"><p>&copy; 2006-2024 {SOHR_NAME}. All rights reserved.</p></footer>
</body></html>"""

    def sohr_ar_article(self, post: dict) -> str:
        url = self.sohr_ar_url(post)
        return f"""<!DOCTYPE html>
<html dir="rtl" lang="ar"><head><meta charset="UTF-8">
<title>{html.escape(post['title'])} &bull; {SOHR_AR_NAME}</title>
<meta property="og:site_name" content="{SOHR_AR_NAME}">
<meta property="og:title" content="{html.escape(post['title'])}">
<meta property="article:published_time" content="{post['published']}">
<link rel="canonical" href="{url}">
<link rel="alternate" type="application/rss+xml" href="{self.base_url}/sohr/feed/">
</head><body class="rtl single single-post">
<header id="masthead"><div class="site-title">{SOHR_AR_NAME}</div>
<nav class="main-navigation"><a href="{self.base_url}/sohr/">الرئيسية</a> <a href="{self.base_url}/sohr/en/">English</a></nav></header>
<article id="post-{post['id']}" class="post">
<h1 class="entry-title">{html.escape(post['title'])}</h1>
<div class="entry-content">
<p>{post['id'] % 200 + 25}</p>
<p>{post['id'] % 90000 + 10000}img_0191</p>
{_blocks(post['body'])}
<div class="heateor_sss_sharing_container"><a href="#">مشاركة</a></div>
</div>
</article>
<footer><p>جميع الحقوق محفوظة &copy; {SOHR_AR_NAME}</p></footer>
</body></html>"""

    def snhr_article(self, post: dict) -> str:
        related = "".join(f'<li><a href="{self.base_url}/snhr/2024/11/0{i + 1}/related-{i}/">{html.escape(t)}</a></li>'
                          for i, t in enumerate(post.get("related", [])))
        return f"""<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8">
<title>{html.escape(post['title'])} - {SNHR_NAME}</title>
<meta property="og:site_name" content="{SNHR_NAME}">
<meta property="article:published_time" content="{post['published']}">
<link rel="alternate" type="application/rss+xml" href="{self.base_url}/snhr/feed/">
</head><body>
<div class="top-bar"><span class="current-date">Monday, November 25, 2024</span></div>
<div class="breadcrumb"><a href="{self.base_url}/snhr/">Home</a>Daily Death Toll</div>
<article class="post">
<h1 class="entry-title">{html.escape(post['title'])}</h1>
<div class="entry-content">
{_blocks(post['body'])}
<a class="pdf-download" href="{self.base_url}/snhr/wp-content/uploads/report.pdf">Download the full pdf report</a>
<div class="related-news"><h4>Related News</h4><ul>{related}</ul></div>
</div>
</article>
<footer><p>{SNHR_NAME}</p></footer>
</body></html>"""

    def outlet_article(self, post: dict) -> str:
        published = post.get("published")
        meta = ""
        if published:
            shown = "2099-01-01T00:00:00+00:00" if post.get("future_meta") else published
            meta = f'<meta property="article:published_time" content="{shown}">'
        dateline = post.get("visible_date") or (f"{_dt(published):%d %B %Y}" if published else "")
        charset = "" if post.get("encoding") else '<meta charset="utf-8">'
        return f"""<!DOCTYPE html>
<html dir="{'rtl' if post.get('visible_date') else 'ltr'}"><head>{charset}
<title>{html.escape(post['title'])} | Levant Relay</title>
{meta}
</head><body>
<div class="menu"><a href="{self.base_url}/outlet/">Levant Relay</a> | <a href="{self.base_url}/outlet/world/">World</a></div>
<main><article>
<h1>{html.escape(post['title'])}</h1>
<p class="dateline">{html.escape(dateline)}</p>
{_blocks(post['body'])}
</article>
<div class="share-buttons"><a href="https://www.facebook.com/">Share</a></div>
</main>
<footer>Levant Relay &copy; 2025</footer>
</body></html>"""

    # -- hubs ----------------------------------------------------------------------------
    def rss(self, title: str, link: str, items: list[tuple[str, str, str]]) -> str:
        entries = "".join(
            f"<item><title>{html.escape(t)}</title><link>{html.escape(u)}</link>"
            f"<pubDate>{_http_date(d)}</pubDate><guid isPermaLink=\"false\">{html.escape(u)}</guid>"
            f"<description><![CDATA[{html.escape(t)}]]></description></item>"
            for t, u, d in items
        )
        return (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
                f'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">'
                f"<channel><title>{html.escape(title)}</title><link>{link}</link>"
                f"<description>Latest posts</description>{entries}</channel></rss>")

    @staticmethod
    def atom(title: str, link: str, items: list[tuple[str, str, str]]) -> str:
        entries = "".join(
            f'<entry><title>{html.escape(t)}</title><link rel="alternate" href="{html.escape(u)}"/>'
            f"<id>{html.escape(u)}</id><updated>{d}</updated><published>{d}</published></entry>"
            for t, u, d in items
        )
        return ('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
                f'<title>{html.escape(title)}</title><link href="{link}"/><id>{link}</id>{entries}</feed>')

    @staticmethod
    def urlset(entries: list[tuple[str, str]]) -> str:
        urls = "".join(f"<url><loc>{html.escape(u)}</loc><lastmod>{m}</lastmod></url>" for u, m in entries)
        return ('<?xml version="1.0" encoding="UTF-8"?>\n'
                f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>')

    @staticmethod
    def sitemapindex(entries: list[tuple[str, str]]) -> str:
        items = "".join(f"<sitemap><loc>{html.escape(u)}</loc><lastmod>{m}</lastmod></sitemap>" for u, m in entries)
        return ('<?xml version="1.0" encoding="UTF-8"?>\n'
                f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{items}</sitemapindex>')

    @staticmethod
    def listing(title: str, links: list[tuple[str, str]], next_url: Optional[str], lang: str = "en") -> str:
        items = "".join(f'<article class="post-item"><h2 class="entry-title"><a href="{html.escape(u)}">'
                        f"{html.escape(t)}</a></h2></article>" for u, t in links)
        rel_next = f'<link rel="next" href="{next_url}">' if next_url else ""
        nav = f'<a class="next page-numbers" href="{next_url}">Next</a>' if next_url else ""
        return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
                f"{rel_next}</head><body><h1>{html.escape(title)}</h1>{items}<nav class=\"pagination\">{nav}</nav>"
                "</body></html>")

    def robots(self) -> str:
        b = self.base_url
        rules = "Disallow: /sohr/en/private/\nDisallow: /outlet/private/\nDisallow: /wp-admin/\n"
        return (f"User-agent: *\n{rules}\nUser-agent: tollwatch\nCrawl-delay: 0.05\n{rules}\n"
                f"Sitemap: {b}/sohr/en/wp-sitemap.xml\nSitemap: {b}/sohr/wp-sitemap.xml\n"
                f"Sitemap: {b}/snhr/sitemap.xml.gz\nSitemap: {b}/outlet/sitemap.xml\n")

    # -- routing -------------------------------------------------------------------------------
    def route(self, method: str, raw_path: str, headers: Any) -> tuple[int, dict[str, str], bytes]:
        """``(status, headers, body)`` for a request; see the module docstring."""
        parts = urlsplit(raw_path)
        path, query = unquote(parts.path), parse_qs(parts.query)
        b = self.base_url
        html_type = "text/html; charset=UTF-8"

        def page(text: str, ctype: str = html_type, modified: Optional[str] = None, status: int = 200):
            return status, {"Content-Type": ctype, **({"Last-Modified": _http_date(modified)} if modified else {})}, text.encode("utf-8")

        def redirect(url: str, status: int = 302):
            return status, {"Location": url, "Content-Type": "text/html"}, b""

        if path == "/robots.txt":
            return page(self.robots(), "text/plain; charset=utf-8")
        if path == "/":
            return page(f'<html><body><h1>tollwatch demo site</h1><ul><li><a href="{b}/sohr/en/">SOHR (English)</a></li>'
                        f'<li><a href="{b}/sohr/">SOHR (Arabic)</a></li><li><a href="{b}/snhr/">SNHR</a></li>'
                        f'<li><a href="{b}/outlet/">Outlet</a></li></ul></body></html>')

        # ---- SOHR English
        if path.startswith("/sohr/en/"):
            rest = path[len("/sohr/en/"):]
            en_latest = max(self.modified(self._version(p)) for p in C.SOHR_EN)
            if rest == "" and "p" in query:
                return redirect(self.sohr_en_url(int(query["p"][0])), 301)
            if rest == "":
                links = "".join(f'<li><a href="{self.sohr_en_url(p["id"])}">{html.escape(self._version(p)["title"])}</a></li>'
                                for p in C.SOHR_EN[:3])
                return page(f'<html><head><link rel="alternate" type="application/rss+xml" href="{b}/sohr/en/feed/">'
                            f"</head><body><ul>{links}</ul></body></html>")
            if rest == "feed/":
                items = [(self._version(p)["title"], self.sohr_en_url(p["id"]), p["published"])
                         for p in sorted(C.SOHR_EN, key=lambda p: p["published"], reverse=True)[:4]]
                items.append(("Military escalation | Redirected report", self.sohr_en_url(C.SOHR_EN_OFFSITE_REDIRECT),
                              "2024-11-10T10:00:00+00:00"))
                return page(self.rss(SOHR_NAME, f"{b}/sohr/en/", items), "application/rss+xml; charset=UTF-8", en_latest)
            if rest == "wp-sitemap.xml":
                return page(self.sitemapindex([(f"{b}/sohr/en/wp-sitemap-posts-post-1.xml", en_latest)]),
                            "application/xml; charset=UTF-8")
            if rest == "wp-sitemap-posts-post-1.xml":
                entries = []
                for p in C.SOHR_EN:
                    url = self.sohr_en_url(p["id"])
                    if p["id"] == 81001:
                        url = f"{b}/sohr/en/?p=81001"  # the old address form
                    entries.append((url, self.modified(self._version(p))))
                return page(self.urlset(entries), "application/xml; charset=UTF-8", en_latest)
            if rest.startswith("category/news/syria-news/"):
                n = 1
                tail = rest[len("category/news/syria-news/"):]
                if tail.startswith("page/"):
                    try:
                        n = int(tail.split("/")[1])
                    except ValueError:
                        return 404, {"Content-Type": "text/html"}, b"not found"
                pages = {
                    1: [f"{b}/sohr/en/81004/", f"{b}/sohr/en/81005/?utm_source=twitter&utm_medium=social&fbclid=IwAR0x",
                        f"{b}/sohr/en/81001/#respond", f"{b}/sohr/en/{C.SOHR_EN_NOT_FOUND}/"],
                    2: [f"{b}/sohr/en/{C.SOHR_EN_SERVER_ERROR}/", f"{b}/sohr/en/{C.SOHR_EN_OFFSITE_REDIRECT}/",
                        f"{b}/sohr/en/private/{C.SOHR_EN_DISALLOWED}/", f"{b}/sohr/en/81003/?amp=1"],
                    3: [f"{b}/sohr/en/81002/", f"{b}/sohr/en/81006/amp/"],
                }
                if n not in pages:
                    return 404, {"Content-Type": "text/html"}, b"not found"
                nxt = f"{b}/sohr/en/category/news/syria-news/page/{n + 1}/" if n + 1 in pages else None
                return page(self.listing(f"Syria news – page {n}", [(u, u) for u in pages[n]], nxt))
            if rest.startswith("private/"):
                return page("<html><body><p>Internal page: 999 killed (never to be crawled)</p></body></html>")
            segs = [s for s in rest.split("/") if s]
            if segs and segs[0].isdigit():
                pid = int(segs[0])
                if pid == C.SOHR_EN_NOT_FOUND:
                    return 404, {"Content-Type": "text/html"}, b"<html><body>Page not found</body></html>"
                if pid == C.SOHR_EN_SERVER_ERROR:
                    return 500, {"Content-Type": "text/html"}, b"<html><body>Internal Server Error</body></html>"
                if pid == C.SOHR_EN_OFFSITE_REDIRECT:
                    port = urlsplit(b).port
                    return redirect(f"http://localhost:{port}/sohr/en/81001/")
                post = self.en_post(pid)
                if post is None:
                    return 404, {"Content-Type": "text/html"}, b"not found"
                if pid == 81005 and "doing_wp_cron" not in query:
                    return redirect(f"{self.sohr_en_url(pid)}?doing_wp_cron={int(time.time())}.5190420150756835938")
                return page(self.sohr_en_article(post), modified=self.modified(post))
            return 404, {"Content-Type": "text/html"}, b"not found"

        # ---- SOHR Arabic
        if path.startswith("/sohr/"):
            rest = path[len("/sohr/"):]
            ar_latest = max(p["published"] for p in C.SOHR_AR)
            by_id = {p["id"]: p for p in C.SOHR_AR}
            if rest == "" and "p" in query:
                post = by_id.get(int(query["p"][0]))
                return redirect(self.sohr_ar_url(post), 301) if post else (404, {"Content-Type": "text/html"}, b"")
            if rest == "feed/":
                if "/sohr/feed/" not in self._busy_served:  # once: 503 with an HTTP-date Retry-After
                    self._busy_served.add("/sohr/feed/")
                    when = format_datetime(datetime.now(timezone.utc) + timedelta(seconds=2), usegmt=True)
                    return 503, {"Retry-After": when, "Content-Type": "text/html"}, b"Service Unavailable"
                items = [(p["title"], self.sohr_ar_url(p), p["published"]) for p in C.SOHR_AR]
                return page(self.rss(SOHR_AR_NAME, f"{b}/sohr/", items), "application/rss+xml; charset=UTF-8", ar_latest)
            if rest == "wp-sitemap.xml":
                return page(self.sitemapindex([(f"{b}/sohr/wp-sitemap-posts-post-1.xml", ar_latest)]),
                            "application/xml; charset=UTF-8")
            if rest == "wp-sitemap-posts-post-1.xml":
                return page(self.urlset([(self.sohr_ar_url(p, upper=True), p["published"]) for p in C.SOHR_AR]),
                            "application/xml; charset=UTF-8")
            if rest.startswith(f"category/{AR_CATEGORY}/"):
                links = [(self.sohr_ar_url(C.SOHR_AR[1], upper=True), C.SOHR_AR[1]["title"]),
                         (f"{b}/sohr/?p={C.SOHR_AR[2]['id']}", C.SOHR_AR[2]["title"]),
                         (self.sohr_ar_url(C.SOHR_AR[0]), C.SOHR_AR[0]["title"])]
                return page(self.listing("أخبار يومية", links, None, "ar"))
            if rest == "":
                return page(f'<html><head><link rel="alternate" type="application/rss+xml" href="{b}/sohr/feed/"></head>'
                            "<body>المرصد السوري</body></html>")
            segs = [s for s in rest.split("/") if s]
            if segs and segs[-1].isdigit() and int(segs[-1]) in by_id:
                post = by_id[int(segs[-1])]
                if len(segs) == 1:
                    return redirect(self.sohr_ar_url(post), 301)
                if post["id"] == 702003:  # UTF-8 with no charset in the header (only in <meta>)
                    return page(self.sohr_ar_article(post), "text/html", modified=post["published"])
                return page(self.sohr_ar_article(post), modified=post["published"])
            return 404, {"Content-Type": "text/html"}, b"not found"

        # ---- SNHR
        if path.startswith("/snhr/"):
            rest = path[len("/snhr/"):].strip("/")
            latest = max(p["published"] for p in C.SNHR)
            if rest == "feed":
                items = [(p["title"], self.snhr_url(p), p["published"]) for p in C.SNHR]
                return page(self.rss(SNHR_NAME, f"{b}/snhr/", items), "application/rss+xml; charset=UTF-8", latest)
            if rest == "sitemap.xml.gz":  # gzip file, no Content-Encoding
                import gzip

                xml = self.urlset([(self.snhr_url(p), p["published"]) for p in C.SNHR])
                return 200, {"Content-Type": "application/x-gzip"}, gzip.compress(xml.encode("utf-8"), mtime=0)
            if rest == "category/daily-death-toll":
                return page(self.listing("Daily Death Toll", [(self.snhr_url(p), p["title"]) for p in C.SNHR], None))
            if rest == "":
                return page(f'<html><head><link rel="alternate" type="application/rss+xml" href="{b}/snhr/feed/"></head>'
                            "<body>SNHR</body></html>")
            for p in C.SNHR:
                if rest == p["path"]:
                    if p.get("slow"):
                        time.sleep(self.slow_seconds)
                    if p.get("busy") and p["path"] not in self._busy_served:
                        self._busy_served.add(p["path"])
                        return 429, {"Retry-After": "1", "Content-Type": "text/html"}, b"Too Many Requests"
                    return page(self.snhr_article(p), modified=p["published"])
            return 404, {"Content-Type": "text/html"}, b"not found"

        # ---- generated pages for benchmarks
        if path.startswith("/bulk/") and self.bulk_pages:
            rest = path[len("/bulk/"):].strip("/")
            if rest == "sitemap.xml":
                return page(self.urlset([(f"{b}/bulk/{900000 + i}/", "2024-11-01") for i in range(self.bulk_pages)]),
                            "application/xml")
            if rest.isdigit() and 0 <= int(rest) - 900000 < self.bulk_pages:
                i = int(rest) - 900000
                model = C.SOHR_EN[i % len(C.SOHR_EN)]
                post = {**model, "id": int(rest), "body": [*model["body"], f"Bulletin {i} of the benchmark series."]}
                return page(self.sohr_en_article(post).replace(self.sohr_en_url(post["id"]), f"{b}/bulk/{rest}/"))
            return 404, {"Content-Type": "text/html"}, b"not found"

        # ---- the outlet
        if path.startswith("/outlet/"):
            rest = path[len("/outlet/"):].strip("/")
            if rest == "":
                links = "".join(f'<li><a href="{self.outlet_url(p)}">{html.escape(p["title"])}</a></li>' for p in C.OUTLET)
                extra = (f'<li><a href="{b}/outlet/2024/11/loop-a/">Loop</a></li>'
                         f'<li><a href="{b}/outlet/2024/11/huge-page/">Huge</a></li>'
                         f'<li><a href="{b}/outlet/2024/11/gone-story/">Gone</a></li>'
                         f'<li><a href="{b}/outlet/private/2024/11/staff-notes/">Staff</a></li>'
                         '<li><a href="http://example.org/2024/11/elsewhere/">Elsewhere</a></li>')
                return page(f'<html><head><meta charset="utf-8"><title>Levant Relay</title>'
                            f'<link rel="alternate" type="application/atom+xml" href="{b}/outlet/atom.xml"></head>'
                            f"<body><ul>{links}{extra}</ul></body></html>")
            if rest == "atom.xml":  # this site publishes Atom, not RSS
                items = [(p["title"], self.outlet_url(p), p.get("published") or "2010-06-15T09:00:00+00:00")
                         for p in C.OUTLET]
                return page(self.atom("Levant Relay", f"{b}/outlet/", items), "application/atom+xml; charset=UTF-8")
            if rest == "sitemap.xml":
                entries = [(self.outlet_url(p), (p.get("published") or "2010-06-15T09:00:00+00:00")[:10]) for p in C.OUTLET]
                entries.append((f"{b}/outlet/2024/11/loop-a/", "2024-11-02"))
                return page(self.urlset(entries), "application/xml")
            if rest.startswith("private/"):
                return page("<html><body><article><p>Internal draft: 999 killed (never to be crawled)</p></article></body></html>")
            if rest == "2024/11/loop-a":
                return redirect(f"{b}/outlet/2024/11/loop-b/")
            if rest == "2024/11/loop-b":
                return redirect(f"{b}/outlet/2024/11/loop-a/")
            if rest == "2024/11/huge-page":
                return 200, {"Content-Type": "text/html; charset=utf-8"}, b"<html><body><p>" + b"x" * HUGE_BYTES + b"</p></body></html>"
            for p in C.OUTLET:
                if rest == p["path"]:
                    text = self.outlet_article(p)
                    if p.get("encoding"):
                        return 200, {"Content-Type": "text/html"}, text.encode(p["encoding"])
                    if p.get("wrong_charset"):
                        return 200, {"Content-Type": "text/html; charset=iso-8859-1"}, text.encode("utf-8")
                    return page(text)
            return 404, {"Content-Type": "text/html"}, b"not found"
        return 404, {"Content-Type": "text/html"}, b"not found"


class _Handler(BaseHTTPRequestHandler):
    site: DemoSite  # set on the subclass made per server
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        t = time.time()
        try:
            status, headers, body = self.site.route("GET", self.path, self.headers)
        except Exception as exc:  # a bug in the demo must not hang a crawl
            status, headers, body = 500, {"Content-Type": "text/plain"}, f"demo site error: {exc}".encode()
        if status == 200 and body:
            etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
            headers.setdefault("ETag", etag)
            inm = self.headers.get("If-None-Match")
            if inm and inm == etag:
                status, body = 304, b""
        self.site.log({"t": t, "path": self.path, "host": self.headers.get("Host", ""), "status": status,
                       "ua": self.headers.get("User-Agent", ""), "if_none_match": self.headers.get("If-None-Match")})
        try:
            self.send_response(status)
            for k, v in headers.items():
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):  # the crawler gave up (size limit, timeout)
            self.close_connection = True

    def log_message(self, *args: Any) -> None:  # quiet
        pass


class DemoServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True


def start(site: DemoSite, host: str = "127.0.0.1", port: int = 0) -> tuple[DemoServer, threading.Thread]:
    handler = type("DemoHandler", (_Handler,), {"site": site})
    server = DemoServer((host, port), handler)
    site.base_url = f"http://{host}:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, name="tollwatch-demo-site", daemon=True)
    thread.start()
    return server, thread
