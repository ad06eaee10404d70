"""``generic``: any site from the source registry, configured only by its entry
(feeds, sitemaps, listing pages, article pattern, selectors, delay, domains).
Without a body selector the main text comes from trafilatura.

    scrapy crawl generic -a source=NAME [-a sources=FILE] [-a data=DIR] [-a since=DATE]
"""

from crawlers.spiders.base import BulletinSpider


class GenericSpider(BulletinSpider):
    name = "generic"
