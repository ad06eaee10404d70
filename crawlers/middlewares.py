"""Downloader middlewares: stay on the source's site, back off politely, ask only for changes.

* ``StayOnSiteMiddleware``: every request and every redirect must stay inside the
  spider's ``allowed_domains``. Unlike Scrapy's offsite filter it ignores
  ``dont_filter`` (the crawlers set it to do their own de-duplication) and it checks
  a 3xx ``Location`` before the redirect middleware follows it. Counted as
  ``tollwatch/failed/offsite_redirect`` and ``tollwatch/skipped/offsite``.
* ``BackoffRetryMiddleware``: Scrapy's ``RetryMiddleware`` (same settings, same
  ``retry/reason_count/*`` stats) plus an exponential pause before each retry
  (``RETRY_BACKOFF_BASE`` doubled per attempt, at most ``RETRY_BACKOFF_MAX``) and, for
  429/503, the server's ``Retry-After`` (seconds or an HTTP date) when it is at most
  ``RETRY_AFTER_MAX``; a longer one gives up on the page for this run.
* ``ConditionalGetMiddleware``: requests with ``meta["validators"]`` (a stored
  ``{"etag", "last_modified"}``) are sent with ``If-None-Match``/``If-Modified-Since``;
  the spider treats a 304 as "unchanged".
"""

from __future__ import annotations

import logging
from email.utils import parsedate_to_datetime
from datetime import datetime, timezone
from typing import Any, Optional

from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.utils.response import response_status_message

from crawlers.urls import in_domains

log = logging.getLogger(__name__)


class OffsiteRedirect(IgnoreRequest):
    """A redirect (or a request) pointing outside the source's allowed domains."""


class StayOnSiteMiddleware:
    def __init__(self, stats: Any):
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Any) -> "StayOnSiteMiddleware":
        o = cls(crawler.stats)
        o.crawler = crawler
        return o

    def _domains(self) -> list[str]:
        return list(getattr(self.crawler.spider, "allowed_domains", None) or [])

    def process_request(self, request: Any, spider: Any = None) -> None:
        domains = self._domains()
        if domains and not in_domains(request.url, domains):
            came_from = request.meta.get("redirect_urls")
            if came_from:  # a redirect (3xx or meta refresh) that left the site
                raise OffsiteRedirect(f"redirect from {came_from[-1]} to {request.url} leaves {', '.join(domains)}")
            raise OffsiteRedirect(f"offsite request to {request.url} (allowed: {', '.join(domains)})")

    def process_response(self, request: Any, response: Any, spider: Any = None) -> Any:
        if response.status in (301, 302, 303, 307, 308) and b"Location" in response.headers:
            from urllib.parse import urljoin

            target = urljoin(request.url, response.headers[b"Location"].decode("latin-1"))
            domains = self._domains()
            if domains and not in_domains(target, domains):
                raise OffsiteRedirect(f"redirect from {request.url} to {target} leaves {', '.join(domains)}")
        return response


def retry_after_seconds(value: Optional[bytes], now: Optional[datetime] = None) -> Optional[float]:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or HTTP date)."""
    if not value:
        return None
    text = value.decode("latin-1").strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    now = now or datetime.now(timezone.utc)
    return max(0.0, (when - now).total_seconds())


async def _pause(seconds: float) -> None:
    if seconds <= 0:
        return
    from twisted.internet import reactor
    from twisted.internet.task import deferLater
    from scrapy.utils.defer import maybe_deferred_to_future

    await maybe_deferred_to_future(deferLater(reactor, seconds, lambda: None))


class BackoffRetryMiddleware(RetryMiddleware):
    def __init__(self, settings: Any):
        super().__init__(settings)
        self.backoff_base = settings.getfloat("RETRY_BACKOFF_BASE", 1.0)
        self.backoff_max = settings.getfloat("RETRY_BACKOFF_MAX", 60.0)
        self.retry_after_max = settings.getfloat("RETRY_AFTER_MAX", 300.0)

    def _backoff(self, request: Any) -> float:
        attempt = request.meta.get("retry_times", 0)
        return min(self.backoff_max, self.backoff_base * (2 ** attempt))

    async def process_response(self, request: Any, response: Any, spider: Any = None) -> Any:  # type: ignore[override]
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        wait = self._backoff(request)
        if response.status in (429, 503):
            after = retry_after_seconds(response.headers.get(b"Retry-After"))
            if after is not None:
                if after > self.retry_after_max:
                    self.crawler.stats.inc_value("tollwatch/retry_after_too_long")
                    return response
                wait = max(wait, after)
                self.crawler.stats.inc_value("tollwatch/retry_after_honoured")
        retry = self._retry(request, response_status_message(response.status))
        if retry is None:
            return response
        await _pause(wait)
        return retry

    async def process_exception(self, request: Any, exception: Exception, spider: Any = None) -> Any:  # type: ignore[override]
        if isinstance(exception, self.exceptions_to_retry) and not request.meta.get("dont_retry", False):
            retry = self._retry(request, exception)
            if retry is not None:
                await _pause(self._backoff(request))
            return retry
        return None


class ConditionalGetMiddleware:
    def process_request(self, request: Any, spider: Any = None) -> None:
        validators = request.meta.get("validators") or {}
        if validators.get("etag") and b"If-None-Match" not in request.headers:
            request.headers[b"If-None-Match"] = validators["etag"]
        if validators.get("last_modified") and b"If-Modified-Since" not in request.headers:
            request.headers[b"If-Modified-Since"] = validators["last_modified"]
        return None


CRAWL_DELAY_MAX = 60.0  # a robots.txt asking for more is capped (and the cap is counted)


class RobotsCrawlDelay:
    """Extension: honour robots.txt ``Crawl-delay`` for our user agent (setting
    ``ROBOTSTXT_CRAWL_DELAY``, default on; off with ``ROBOTSTXT_OBEY``).

    On Scrapy's ``robots_parsed`` signal, the site's download slot and AutoThrottle's
    floor are raised to the requested delay (at most ``CRAWL_DELAY_MAX`` seconds), so
    neither the registry's delay nor AutoThrottle goes below what the site asked for.
    The delay applied is in the stats as ``tollwatch/robots_crawl_delay``.
    """

    def __init__(self, crawler: Any):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Any) -> "RobotsCrawlDelay":
        from scrapy import signals
        from scrapy.exceptions import NotConfigured

        if not crawler.settings.getbool("ROBOTSTXT_CRAWL_DELAY", True) or not crawler.settings.getbool("ROBOTSTXT_OBEY"):
            raise NotConfigured
        o = cls(crawler)
        crawler.signals.connect(o.robots_parsed, signal=signals.robots_parsed)
        return o

    def robots_parsed(self, robotparser: Any, request: Any) -> None:
        settings = self.crawler.settings
        agent = settings.get("ROBOTSTXT_USER_AGENT") or settings.get("USER_AGENT") or "*"
        try:
            delay = robotparser.crawl_delay(agent)
        except Exception:  # a parser without Crawl-delay support
            return
        if not delay or delay <= 0:
            return
        if delay > CRAWL_DELAY_MAX:
            self.crawler.stats.inc_value("tollwatch/robots_crawl_delay_capped")
            delay = CRAWL_DELAY_MAX
        downloader = self.crawler.engine.downloader
        slot = downloader.slots.get(downloader.get_slot_key(request))
        if slot is not None:
            slot.delay = max(slot.delay, delay)
        for ext in getattr(self.crawler.extensions, "middlewares", ()):
            if type(ext).__name__ == "AutoThrottle" and hasattr(ext, "mindelay"):
                ext.mindelay = max(ext.mindelay, delay)
        self.crawler.stats.set_value("tollwatch/robots_crawl_delay", delay)
