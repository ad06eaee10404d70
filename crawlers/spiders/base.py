"""``BulletinSpider``: what every tollwatch spider does, driven by one registry entry.

A crawl starts from the source's *hubs*: feeds (RSS/Atom), sitemaps (index and
url sets, gzip or not), listing pages (walked page by page until a page holds only
known articles or ``max_pages``), and, when none is given, what discovery finds
(robots.txt ``Sitemap:`` lines, ``<link rel="alternate">`` feeds, ``/feed/``,
``/wp-sitemap.xml``, ``/sitemap.xml``, the home page as a listing). Article links
are cleaned and canonicalised (``crawlers.urls``), de-duplicated within the run, and
fetched only when new or when their feed/sitemap date is newer than what was
stored (then with a conditional GET). Each article page is decoded and extracted
(``crawlers.extract``) into a ``tollwatch.records.Bulletin`` that the store pipeline
saves. Every skip and failure is counted in the stats as
``tollwatch/skipped/<reason>`` or ``tollwatch/failed/<reason>``, with a line in
``tollwatch/errors``.

Subclasses (``crawlers.spiders.sohr``, ``.snhr``) only set a site profile: selectors,
the article URL pattern, whether posts are keyed on a numeric id, extra cleaning.
Configured by the registry entry and the Scrapy settings (``crawlers.settings``).
"""

from __future__ import annotations

import gzip
import logging
import re
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Iterator, Optional
from urllib.parse import urljoin, urlsplit

import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.spidermiddlewares.httperror import HttpError

from crawlers.extract import decode_html, extract_page, parse_date
from crawlers.middlewares import OffsiteRedirect
from crawlers.registry import Source, get_source
from crawlers.state import CrawlState
from crawlers.urls import canonical_url, clean_url, in_domains
from store import Store, utcnow
from tollwatch.records import Bulletin

log = logging.getLogger(__name__)

SHIPPED_SOURCES = Path(__file__).resolve().parents[2] / "sources.yaml"
_NOT_ARTICLE = re.compile(
    r"/(?:tag|tags|category|categories|author|page|feed|search|wp-admin|wp-content|wp-json|wp-login|comments)(?:/|$)"
    r"|\.(?:xml|gz|jpe?g|png|gif|webp|pdf|mp4|mp3|zip|css|js)$|[?&](?:s|replytocom)=",
    re.I,
)
_MAX_ERRORS = 200
_FEED_ITEM = re.compile(rb"<(?:item|entry)[\s>]", re.I)
# Article failures that will not mend overnight: remembered, retried after GONE_RETRY.
GONE_REASONS = {"http_404", "http_410", "offsite_redirect", "redirect_loop", "too_large"}
GONE_RETRY = timedelta(days=7)


def _utc_iso(raw: Optional[str]) -> Optional[str]:
    """A feed/sitemap date as a comparable UTC ISO string."""
    if not raw:
        return None
    value = parse_date(raw)
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc).replace(microsecond=0).isoformat()


def _since(value: Any) -> Optional[date]:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    parsed = parse_date(str(value))
    if parsed is None:
        raise ValueError(f"--since {value!r} is not a date (use YYYY-MM-DD)")
    return parsed.date()


class BulletinSpider(scrapy.Spider):
    name: Optional[str] = None  # abstract: not listed by `scrapy list`
    # Off whatever settings the spider is run with: both consoles run code sent to them.
    custom_settings = {
        "TELNETCONSOLE_ENABLED": False,
        "REMOTE_CONTROL_ENABLED": False,
        "EXTENSIONS": {"scrapy.extensions.telnet.TelnetConsole": None,
                       "scrapy.extensions.remote_control.RemoteControl": None,
                       "crawlers.middlewares.RobotsCrawlDelay": 500},
    }

    # site profile, overridden by subclasses and by the registry's selectors
    post_id_paths = False
    body_selector: Optional[str] = None
    title_selector: Optional[str] = None
    date_selector: Optional[str] = None
    remove: tuple[str, ...] = ()
    site_names: tuple[str, ...] = ()

    def __init__(self, source: Any = None, sources: Optional[str] = None, data: Optional[str] = None,
                 since: Any = None, **kwargs: Any):
        super().__init__(**kwargs)
        if isinstance(source, Source):
            self.source = source
        else:
            name = source or (self.name if self.name not in (None, "generic") else None)
            if not name:
                raise ValueError("the generic spider needs -a source=NAME (a registry entry)")
            self.source = get_source(sources or SHIPPED_SOURCES, name)
        from tollwatch.config import data_dir

        self.data_dir = data_dir(data)
        self.since = _since(since)
        self.root = clean_url(self.source.url)
        if not self.root.endswith("/"):
            self.root += "/"
        self.allowed_domains = list(self.source.allowed_domains)
        pattern = self.source.article_pattern or self.default_article_pattern()
        self.article_re = re.compile(pattern) if pattern else None
        sel = self.source.selectors
        self.body_query = sel.body or self.body_selector
        self.title_query = sel.title or self.title_selector
        self.date_query = sel.date or self.date_selector
        self.remove_queries = [*self.remove, *sel.remove]
        self.store = Store(self.data_dir)
        self.state = CrawlState(self.store, self.source.name)
        self.scheduled: set[str] = set()  # canonical URLs requested in this run
        self.passed: set[str] = set()  # canonical URLs not requested (known, before --since)
        self.remembered: set[str] = set()  # canonical URLs stored in this run
        self.best_lastmod: dict[str, str] = {}  # newest feed/sitemap date seen per canonical URL
        self.sitemaps_requested: set[str] = set()
        self.feeds_requested: set[str] = set()
        self.hub_validators: dict[str, dict] = {}
        self.errors: list[str] = []

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> "BulletinSpider":
        spider = super().from_crawler(crawler, *args, **kwargs)
        # the registry's crawl delay, unless the run overrides it (priority "cmdline")
        if not crawler.settings.frozen:
            crawler.settings.set("DOWNLOAD_DELAY", spider.source.crawl_delay, priority="spider")
            crawler.settings.set("AUTOTHROTTLE_START_DELAY", max(spider.source.crawl_delay, 0.1), priority="spider")
        return spider

    # -- profile hooks ------------------------------------------------------------
    def default_article_pattern(self) -> Optional[str]:
        return None

    def canonical(self, url: str) -> str:
        return canonical_url(url, root=self.root, post_id_paths=self.post_id_paths)

    def is_article(self, url: str) -> bool:
        if not in_domains(url, self.allowed_domains):
            return False
        if self.article_re is not None:
            return bool(self.article_re.search(url))
        # no pattern: a page under the source's root, not a hub, with a date, an id or depth
        path = urlsplit(url).path
        root_path = urlsplit(self.root).path
        if not path.startswith(root_path) or path.rstrip("/") == root_path.rstrip("/") or _NOT_ARTICLE.search(url):
            return False
        rest = path[len(root_path):]
        return len([s for s in rest.split("/") if s]) >= 2 or any(ch.isdigit() for ch in rest)

    def clean_text(self, text: str) -> str:
        return text

    # -- counting -----------------------------------------------------------------
    def count(self, outcome: str, reason: str, url: Optional[str] = None, detail: str = "") -> None:
        self.crawler.stats.inc_value(f"tollwatch/{outcome}/{reason}")
        if url and (outcome == "failed" or reason in ("too_large", "robots_txt", "empty_text", "not_html")):
            line = f"{outcome} {reason}: {url}" + (f" ({detail})" if detail else "")
            if len(self.errors) < _MAX_ERRORS:
                self.errors.append(line)
            log.info(line)

    def count_line(self, outcome: str, reason: str, url: str, detail: str = "") -> None:
        """A line in the report's ``errors`` for something counted elsewhere."""
        line = f"{outcome} {reason}: {url}" + (f" ({detail})" if detail else "")
        if len(self.errors) < _MAX_ERRORS:
            self.errors.append(line)
        log.info(line)

    # -- start --------------------------------------------------------------------
    async def start(self) -> Any:
        for request in self.hub_requests():
            yield request
        for request in self.recheck_requests():
            yield request

    def recheck_requests(self) -> Iterator[scrapy.Request]:
        """Conditional GETs for the stored articles published in the last ``recheck_days``
        days (a registry setting): a site that edits a bulletin in place changes neither
        its feed item nor its sitemap ``lastmod``, so only asking the page itself finds the
        revision. A 304 costs a few hundred bytes; a changed page becomes a new version."""
        days = self.source.recheck_days
        if days <= 0:
            return
        cutoff = (datetime.now(timezone.utc) - timedelta(days=days)).date().isoformat()
        seen_urls: set[str] = set()
        for canon, record in self.state.pages().items():
            if record.get("gone") or not record.get("hash") or (record.get("published") or "")[:10] < cutoff:
                continue
            url = record.get("url") or canon
            if url in seen_urls or canon in self.scheduled:
                continue
            seen_urls.add(url)
            self.scheduled.add(canon)
            self.crawler.stats.inc_value("tollwatch/refetch/recheck_recent")
            yield scrapy.Request(
                url, callback=self.parse_article, errback=self.failed, dont_filter=True,
                meta={"kind": "article", "canonical": canon, "hint": record.get("published"), "origin": "recheck",
                      "validators": {k: record.get(k) for k in ("etag", "last_modified")},
                      "handle_httpstatus_list": [304]},
            )

    def hub_requests(self) -> Iterator[scrapy.Request]:
        src = self.source
        for url in src.feeds:
            yield self._hub(url, "feed", self.parse_feed)
        for url in src.sitemaps:
            yield self._hub(url, "sitemap", self.parse_sitemap)
        for url in src.listing:
            yield self._hub(url, "listing", self.parse_listing, page=1)
        if not src.feeds and not src.sitemaps and src.discover:
            yield self._hub(urljoin(self.root, "/robots.txt"), "robots", self.parse_robots, guess=True)
            yield self._hub(self.root, "home", self.parse_home, guess=True)
            yield self._hub(urljoin(self.root, "feed/"), "feed", self.parse_feed, guess=True)
            yield self._hub(urljoin(self.root, "wp-sitemap.xml"), "sitemap", self.parse_sitemap, guess=True)
            yield self._hub(urljoin(self.root, "sitemap.xml"), "sitemap", self.parse_sitemap, guess=True)

    def _hub(self, url: str, kind: str, callback: Any, guess: bool = False, **meta: Any) -> scrapy.Request:
        if kind == "feed":
            self.feeds_requested.add(clean_url(url))
        if kind == "sitemap":
            self.sitemaps_requested.add(clean_url(url))
        validators = None if guess else self.state.hub(url)
        return scrapy.Request(
            url, callback=callback, errback=self.failed, dont_filter=True,
            meta={"kind": kind, "guess": guess, "validators": validators, "hub_url": url,
                  "handle_httpstatus_list": [304], **meta},
        )

    def _hub_response(self, response: Any) -> bool:
        """Count a hub response; False when there is nothing to read (304)."""
        kind = response.meta.get("kind", "hub")
        self.crawler.stats.inc_value(f"tollwatch/fetched/{kind}")
        if response.status == 304:
            self.crawler.stats.inc_value("tollwatch/not_modified/hub")
            return False
        validators = {
            "etag": (response.headers.get(b"ETag") or b"").decode("latin-1") or None,
            "last_modified": (response.headers.get(b"Last-Modified") or b"").decode("latin-1") or None,
        }
        if (validators["etag"] or validators["last_modified"]) and not response.meta.get("guess"):
            self.hub_validators[response.meta.get("hub_url", response.url)] = validators
        return True

    # -- hubs ---------------------------------------------------------------------
    def parse_robots(self, response: Any) -> Iterator[scrapy.Request]:
        if not self._hub_response(response):
            return
        text = response.body.decode("utf-8", errors="replace")
        for line in text.splitlines():
            key, _, value = line.partition(":")
            if key.strip().lower() == "sitemap" and value.strip():
                url = urljoin(response.url, value.strip())
                # only the sitemaps of this source's section
                if in_domains(url, self.allowed_domains) and url.startswith(self.root) and clean_url(url) not in self.sitemaps_requested:
                    yield self._hub(url, "sitemap", self.parse_sitemap)

    def parse_home(self, response: Any) -> Iterator[scrapy.Request]:
        if not self._hub_response(response):
            return
        for href in response.xpath('//link[@rel="alternate"][contains(@type, "rss") or contains(@type, "atom")]/@href').getall():
            url = response.urljoin(href)
            if in_domains(url, self.allowed_domains) and clean_url(url) not in self.feeds_requested:
                yield self._hub(url, "feed", self.parse_feed)
        yield from self._listing_links(response, page=0)

    def parse_feed(self, response: Any) -> Iterator[scrapy.Request]:
        """Read an RSS/Atom feed leniently (feedparser recovers items with broken markup that
        a strict XML parser drops). Every item that still cannot be read (no link) is counted
        as ``skipped/feed_item_unreadable`` with a line in the report, and, when the source
        has no sitemap or listing of its own, the site's sitemaps and home page are read as
        a fallback so the item is found there."""
        if not self._hub_response(response):
            return
        import feedparser

        parsed = feedparser.parse(response.body, response_headers={"content-location": response.url})
        items = len(_FEED_ITEM.findall(response.body))
        readable = 0
        for entry in parsed.entries:
            link = entry.get("link") or next((l.get("href") for l in entry.get("links", []) if l.get("href")), None)
            if not link:
                continue
            readable += 1
            when = entry.get("updated") or entry.get("published") or entry.get("created")
            yield from self.consider_article(urljoin(response.url, link.strip()), when, "feed")
        if parsed.get("bozo"):
            self.crawler.stats.inc_value("tollwatch/feed/malformed")
        unreadable = max(0, items - readable)
        if not items and not readable:
            self.count("skipped", "empty_feed", response.url)
            return
        if unreadable:
            self.crawler.stats.inc_value("tollwatch/skipped/feed_item_unreadable", unreadable)
            self.count_line("skipped", "feed_item_unreadable", response.url,
                            f"{unreadable} of {items} item(s) unreadable: {parsed.get('bozo_exception', '')}"[:160])
            yield from self.fallback_hubs()

    def fallback_hubs(self) -> Iterator[scrapy.Request]:
        """The sitemaps and home page of a source that only lists feeds, read once per run when a
        feed item could not be read (so the article is still found)."""
        if self.source.sitemaps or self.source.listing or getattr(self, "_fallback_done", False):
            return
        self._fallback_done = True
        self.crawler.stats.inc_value("tollwatch/feed/fallback")
        yield self._hub(self.root, "home", self.parse_home, guess=True)
        for guess in ("wp-sitemap.xml", "sitemap.xml"):
            url = urljoin(self.root, guess)
            if clean_url(url) not in self.sitemaps_requested:
                yield self._hub(url, "sitemap", self.parse_sitemap, guess=True)

    def parse_sitemap(self, response: Any) -> Iterator[scrapy.Request]:
        if not self._hub_response(response):
            return
        from scrapy.utils.sitemap import Sitemap

        body = response.body
        if body[:2] == b"\x1f\x8b":
            try:
                body = gzip.decompress(body)
            except OSError:
                self.count("failed", "bad_sitemap", response.url, "broken gzip")
                return
        try:
            sitemap = Sitemap(body)
        except Exception as exc:  # lxml raises several kinds
            self.count("skipped" if response.meta.get("guess") else "failed", "bad_sitemap", response.url, str(exc)[:80])
            return
        if sitemap.type == "sitemapindex":
            # An index may stay byte-identical while its sitemaps change (WordPress's own
            # index has no lastmod): never answer it from a 304.
            self.hub_validators.pop(response.meta.get("hub_url", response.url), None)
            for entry in sitemap:
                loc = entry.get("loc")
                if not loc or not in_domains(loc, self.allowed_domains):
                    continue
                lastmod = _utc_iso(entry.get("lastmod"))
                known = self.state.hub(f"lastmod:{loc}")
                if lastmod and known and known.get("lastmod") == lastmod:
                    self.crawler.stats.inc_value("tollwatch/skipped/sitemap_unchanged")
                    continue
                if lastmod:
                    self.hub_validators[f"lastmod:{loc}"] = {"lastmod": lastmod}
                if clean_url(loc) not in self.sitemaps_requested:
                    yield self._hub(loc, "sitemap", self.parse_sitemap)
        else:
            for entry in sitemap:
                if entry.get("loc"):
                    yield from self.consider_article(entry["loc"], entry.get("lastmod"), "sitemap")

    def parse_listing(self, response: Any) -> Iterator[scrapy.Request]:
        if not self._hub_response(response):
            return
        yield from self._listing_links(response, page=response.meta.get("page", 1))

    def _listing_links(self, response: Any, page: int) -> Iterator[scrapy.Request]:
        links = []
        for href in response.xpath("//a/@href").getall():
            url = clean_url(response.urljoin(href))
            if self.is_article(url) and url not in links:
                links.append(url)
        new = [u for u in links if not self.state.known(self.canonical(u))]
        for url in links:
            yield from self.consider_article(url, None, "listing")
        if page <= 0:
            return
        if links and not new:
            self.crawler.stats.inc_value("tollwatch/listing/stopped_at_known")
            return
        if page >= self.source.max_pages:
            self.crawler.stats.inc_value("tollwatch/listing/max_pages")
            return
        nxt = (response.xpath('//link[@rel="next"]/@href').get() or response.xpath('//a[@rel="next"]/@href').get()
               or response.css("a.next::attr(href)").get())
        if nxt:
            url = response.urljoin(nxt)
            if in_domains(url, self.allowed_domains):
                yield self._hub(url, "listing", self.parse_listing, page=page + 1)

    # -- articles -------------------------------------------------------------------
    def consider_article(self, url: str, when: Optional[str], origin: str) -> Iterator[scrapy.Request]:
        url = clean_url(url)
        if not in_domains(url, self.allowed_domains):
            self.crawler.stats.inc_value("tollwatch/skipped/offsite_link")
            return
        if not self.is_article(url):
            if origin != "listing":
                self.crawler.stats.inc_value("tollwatch/skipped/not_article")
            return
        canon = self.canonical(url)
        lastmod = _utc_iso(when)
        best = self.best_lastmod.get(canon)
        newer_than_run = bool(lastmod and (not best or lastmod > best))
        if newer_than_run:
            self.best_lastmod[canon] = lastmod
        if canon in self.scheduled:
            self.crawler.stats.inc_value("tollwatch/skipped/duplicate_url")
            if newer_than_run and canon in self.remembered:  # a later hub knows a newer date
                record = self.state.page(canon)
                if record is not None and (record.get("lastmod") or "") < lastmod:
                    self.state.remember_page(canon, {**record, "lastmod": lastmod})
            return
        if self.since and lastmod and lastmod[:10] < self.since.isoformat():
            if canon not in self.passed:
                self.passed.add(canon)
                self.crawler.stats.inc_value("tollwatch/skipped/before_since")
            return
        record = self.state.page(canon)
        if record is not None and record.get("gone") and (record.get("retry_at") or "") <= utcnow():
            self.crawler.stats.inc_value("tollwatch/refetch/gone_retry")
            record = None  # its time to try again has come
        if record is not None:
            stored = record.get("lastmod")
            if record.get("gone") and not (lastmod and (not stored or lastmod > stored)):
                if canon not in self.passed:
                    self.passed.add(canon)
                    self.crawler.stats.inc_value("tollwatch/skipped/gone")
                return
            if not (lastmod and (not stored or lastmod > stored)):
                # known and not shown as changed (another hub may still show a newer date)
                if canon not in self.passed:
                    self.passed.add(canon)
                    self.crawler.stats.inc_value("tollwatch/skipped/known")
                return
            self.crawler.stats.inc_value("tollwatch/refetch/newer_date")
            if canon in self.passed:
                self.passed.discard(canon)
                self.crawler.stats.inc_value("tollwatch/skipped/known", -1)
        self.scheduled.add(canon)
        yield scrapy.Request(
            url, callback=self.parse_article, errback=self.failed, dont_filter=True,
            meta={"kind": "article", "canonical": canon, "hint": when, "origin": origin,
                  "validators": {k: record.get(k) for k in ("etag", "last_modified")} if record else None,
                  "handle_httpstatus_list": [304]},
        )

    def parse_article(self, response: Any) -> Iterator[dict]:
        meta = response.meta
        self.crawler.stats.inc_value("tollwatch/fetched/article")
        canon = meta["canonical"]
        final = self.canonical(response.url)
        record = dict(self.state.page(canon) or {})
        if response.status == 304:
            self.crawler.stats.inc_value("tollwatch/skipped/not_modified")
            record.update(lastmod=self.best_lastmod.get(canon) or record.get("lastmod"), seen=utcnow())
            self.state.remember_page(canon, record)
            return
        ctype = (response.headers.get(b"Content-Type") or b"").decode("latin-1")
        if ctype and not re.search(r"html|xml|text/plain", ctype, re.I):
            self.count("skipped", "not_html", response.url, ctype)
            return
        try:
            html, encoding, enc_notes = decode_html(response.body, ctype, lang=self.source.lang)
            final = self.declared_canonical(html, response.url) or final
            page = extract_page(
                html, response.url, title_selector=self.title_query, body_selector=self.body_query,
                date_selector=self.date_query, remove=self.remove_queries, date_hint=meta.get("hint"),
                lang_hint=self.source.lang, site_names=self.site_names,
            )
            text = self.clean_text(page.text)
        except Exception as exc:  # a page that breaks the extractor must not go unnoticed
            log.exception("cannot extract %s", response.url)
            self.count("failed", "extract_error", response.url, f"{type(exc).__name__}: {exc}"[:160])
            return
        if not text.strip():
            self.count("skipped", "empty_text", response.url, "no main text found")
            return
        if self.since and page.published and page.published[:10] < self.since.isoformat():
            self.crawler.stats.inc_value("tollwatch/skipped/before_since")
            return
        self.crawler.stats.inc_value(f"tollwatch/extractor/{page.extractor}")
        self.crawler.stats.inc_value(f"tollwatch/encoding/{encoding}")
        if page.date_method:
            self.crawler.stats.inc_value(f"tollwatch/date/{page.date_method.split(':')[0]}")
        bulletin = Bulletin(
            source=self.source.name, url=clean_url(response.url), text=text, canonical_url=final, lang=page.lang,
            title=page.title, published=page.published, fetched=utcnow(), notes=[*enc_notes, *page.notes],
        )
        record.pop("gone", None)
        record.pop("retry_at", None)
        record.update(
            url=clean_url(response.url), published=page.published,
            lastmod=self.best_lastmod.get(canon) or record.get("lastmod"),
            etag=(response.headers.get(b"ETag") or b"").decode("latin-1") or None,
            last_modified=(response.headers.get(b"Last-Modified") or b"").decode("latin-1") or None,
        )
        yield {"bulletin": bulletin, "keys": sorted({canon, final}), "record": record}

    def declared_canonical(self, html: str, url: str) -> Optional[str]:
        """The page's ``<link rel="canonical">``, canonicalised, when it is an article of
        this source (a site that points every page at its home page is ignored)."""
        m = re.search(r"<link\b[^>]*\brel=[\"']?canonical\b[^>]*>", html[:200_000], re.I)
        if not m:
            return None
        href = re.search(r"\bhref=[\"']?([^\"' >]+)", m.group(0), re.I)
        if not href:
            return None
        declared = clean_url(urljoin(url, href.group(1).replace("&amp;", "&")))
        if not self.is_article(declared):
            self.crawler.stats.inc_value("tollwatch/canonical/declared_ignored")
            return None
        self.crawler.stats.inc_value("tollwatch/canonical/declared")
        return self.canonical(declared)

    def remember(self, item: dict, status: str) -> None:
        """Called by the store pipeline after the bulletin is durably saved."""
        record = {**item["record"], "hash": item["bulletin"].content_hash, "seen": utcnow()}
        for key in item["keys"]:
            best = self.best_lastmod.get(key)
            if best and (record.get("lastmod") or "") < best:
                record["lastmod"] = best
            self.state.remember_page(key, record)
            self.remembered.add(key)

    # -- failures -------------------------------------------------------------------
    def failed(self, failure: Any) -> None:
        request = failure.request
        kind = request.meta.get("kind", "page")
        guess = request.meta.get("guess")
        exc = failure.value
        outcome, reason, detail = "failed", type(exc).__name__, str(exc)[:160]
        if failure.check(HttpError):
            status = exc.response.status
            reason, detail = f"http_{status}", ""
            if guess and status in (404, 410):
                self.crawler.stats.inc_value("tollwatch/skipped/discovery_miss")
                return
        elif isinstance(exc, OffsiteRedirect):
            reason = "offsite_redirect" if "redirect" in str(exc) else "offsite"
            outcome = "failed" if reason == "offsite_redirect" else "skipped"
        elif failure.check(IgnoreRequest):
            msg = str(exc).lower()
            if "robots.txt" in msg:
                outcome, reason = "skipped", "robots_txt"
            elif "max redirections" in msg:
                reason = "redirect_loop"
            else:
                outcome, reason = "skipped", "ignored"
        else:
            name = type(exc).__name__.lower()
            if "timeout" in name or "timedout" in name:
                reason = "timeout"
            elif "cancelled" in name:  # Scrapy cancels a body over DOWNLOAD_MAXSIZE, with or without Content-Length
                limit = request.meta.get("download_maxsize") or self.crawler.settings.getint("DOWNLOAD_MAXSIZE")
                outcome, reason = "skipped", "too_large"
                detail = (f"{detail}; " if detail else "sent without Content-Length; ") + f"limit {limit} bytes"
            elif "refused" in name:
                reason = "connection_refused"
            elif "dns" in name or "resolve" in name:
                reason = "dns"
        if guess and outcome == "failed" and kind != "home":
            outcome = "skipped"
            reason = f"discovery_{reason}"
        if kind == "article" and reason in GONE_REASONS:
            # not asked for again for GONE_RETRY, unless a feed or sitemap shows a newer date
            canon = request.meta["canonical"]
            retry_at = (datetime.now(timezone.utc) + GONE_RETRY).replace(microsecond=0).isoformat()
            self.state.remember_page(canon, {"gone": reason, "retry_at": retry_at,
                                             "lastmod": self.best_lastmod.get(canon), "seen": utcnow()})
        self.count(outcome, reason, request.url, f"{kind}; {detail}" if detail else kind)

    def closed(self, reason: str) -> None:
        stats = self.crawler.stats
        failed = sum(v for k, v in stats.get_stats().items() if k.startswith("tollwatch/failed/"))
        if reason == "finished" and not failed:
            self.state.remember_hubs(self.hub_validators)
        stats.set_value("tollwatch/errors", list(self.errors))
        stats.set_value("tollwatch/source", self.source.name)
        self.store.close()
