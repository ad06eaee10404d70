"""Scrapy settings of the tollwatch crawlers (``scrapy.cfg`` -> ``crawlers.settings``).

``scrapy crawl sohr-en`` from the repository root uses these; ``crawlers.run`` starts
each source's crawl in its own process with the same settings plus the per-run
values below, read from tollwatch's configuration (env ``TOLLWATCH_<NAME>`` or the
config file; see docs/crawling.md):

================================  =======================================  =========
setting (tollwatch)               Scrapy setting                           default
================================  =======================================  =========
``crawl_user_agent``              ``USER_AGENT``                           tollwatch/0.1 (+URL)
``crawl_delay``                   ``DOWNLOAD_DELAY`` (else the registry's)  registry
``crawl_autothrottle``            ``AUTOTHROTTLE_ENABLED``                 true
``crawl_timeout``                 ``DOWNLOAD_TIMEOUT``                     30
``crawl_retries``                 ``RETRY_TIMES``                          2
``crawl_max_bytes``               ``DOWNLOAD_MAXSIZE``                     5 MB
``crawl_obey_robots``             ``ROBOTSTXT_OBEY``                       true
``crawl_robots_delay``            ``ROBOTSTXT_CRAWL_DELAY`` (Crawl-delay)   true
``crawl_backoff``                 ``RETRY_BACKOFF_BASE`` (doubled per retry) 1
``crawl_retry_after_max``         ``RETRY_AFTER_MAX``                      300
``crawl_max_items``               ``CLOSESPIDER_ITEMCOUNT`` (per source)    none
``crawl_log_level``               ``LOG_LEVEL``                            INFO
================================  =======================================  =========

Read by ``crawlers.run`` (not Scrapy): ``crawl_parallel`` (sources crawled at once,
default 2) and ``crawl_source_timeout`` (seconds before a source's crawl process is
killed, default 3600).

Security: the telnet console and the remote-control HTTP server (which runs Python
code sent to it; on by default since Scrapy 2.19) are both switched off.
"""

BOT_NAME = "tollwatch"
SPIDER_MODULES = ["crawlers.spiders"]
NEWSPIDER_MODULE = "crawlers.spiders"

USER_AGENT = "tollwatch/0.1 (+https://github.com/tollwatch/tollwatch; casualty-bulletin monitor)"
ROBOTSTXT_OBEY = True
ROBOTSTXT_CRAWL_DELAY = True  # honour Crawl-delay (crawlers.middlewares.RobotsCrawlDelay)

# Never expose a console that runs code.
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False
EXTENSIONS = {
    "scrapy.extensions.telnet.TelnetConsole": None,
    "scrapy.extensions.remote_control.RemoteControl": None,
    "crawlers.middlewares.RobotsCrawlDelay": 500,  # robots.txt Crawl-delay
    "crawlers.progress.ProgressFile": 600,  # running counters for the parent (only with TOLLWATCH_PROGRESS_FILE)
}

# Politeness: one request at a time per site, AutoThrottle on top of the registry's delay.
CONCURRENT_REQUESTS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 2.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 2.0
AUTOTHROTTLE_MAX_DELAY = 60.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0

# Robustness.
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 5 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
RETRY_BACKOFF_BASE = 1.0  # seconds; doubled at each retry
RETRY_BACKOFF_MAX = 60.0
RETRY_AFTER_MAX = 300.0  # honour Retry-After up to this many seconds, else give up for this run
REDIRECT_MAX_TIMES = 5
COOKIES_ENABLED = False
HTTPCACHE_ENABLED = False

DOWNLOADER_MIDDLEWARES = {
    # replaces Scrapy's retry: same counting, plus back-off and Retry-After
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawlers.middlewares.BackoffRetryMiddleware": 550,
    # before Scrapy's redirect middleware sees a 3xx (process_response runs high to low)
    "crawlers.middlewares.StayOnSiteMiddleware": 610,
    "crawlers.middlewares.ConditionalGetMiddleware": 620,
}
ITEM_PIPELINES = {
    "crawlers.pipelines.StorePipeline": 300,
}

LOG_LEVEL = "INFO"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
FEED_EXPORT_ENCODING = "utf-8"
