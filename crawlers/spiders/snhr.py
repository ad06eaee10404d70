"""SNHR, the Syrian Network for Human Rights (``snhr.org``, ``news.snhr.org``).

WordPress (a multisite: ``/arabic/`` is site 2). Posts live at date paths,
``/YYYY/MM/DD/<slug or id>/`` (under ``/blog/`` or ``/arabic/`` on ``snhr.org``), or
``/?p=<id>`` which redirects to them; they are keyed on the final date path. The
daily death-toll posts on ``news.snhr.org`` are the nightly target. Their pages
carry a current-date header, a breadcrumb and a "Related News" block of teasers
about *other* incidents, each with its own casualties: all are removed, so no
other event's figures reach the extractor. The date comes from the meta tags,
then the URL (the URL date is the day after the toll's day).
"""

import re

from crawlers.spiders.base import BulletinSpider


class SnhrSpider(BulletinSpider):
    name = "snhr"
    body_selector = "div.entry-content"
    title_selector = "h1.entry-title"
    remove = (".related-news", ".related-posts", ".td-post-sharing", ".current-date", ".breadcrumb", ".pdf-download")
    site_names = ("Syrian Network for Human Rights", "SNHR", "الشبكة السورية لحقوق الإنسان")

    def default_article_pattern(self) -> str:
        root = re.escape(self.root)
        return rf"^{root}(?:[a-z]+/)?\d{{4}}/\d{{1,2}}/\d{{1,2}}/[^/?#]+/?$|^{root}\?p=\d+$"
