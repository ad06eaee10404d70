"""The collecting stage: Scrapy spiders that put monitoring-group bulletins into the store.

Entry points: ``crawlers.run.crawl(sources_file, data_dir, source=None, since=None)``
and ``crawlers.run.crawl_source(...)`` (one source), which run each source's spider
in its own process (``crawlers.worker``) and return a report built from Scrapy's
stats; ``tollwatch crawl`` and ``scrapy crawl NAME`` (``crawlers.settings``) are thin
edges over the same spiders.

* ``registry``: the YAML source registry (``sources.yaml``) and its validation.
* ``spiders``: ``generic`` (any registry entry), ``sohr-en``, ``sohr-ar``, ``snhr``.
* ``extract``: decoding, title, main text, date cascade, language (pure functions).
* ``urls``: canonical URLs (tracking parameters, amp, SOHR post ids).
* ``middlewares``: stay on site, back-off and Retry-After, conditional GET.
* ``pipelines`` / ``state``: the durable store and the incremental crawl state.
* ``demo_site``: the bundled offline demo site the tests and the README's demo crawl.

Configured by the registry and tollwatch's ``crawl_*`` settings (docs/crawling.md).
"""
