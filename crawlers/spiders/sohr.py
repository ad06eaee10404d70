"""SOHR, the Syrian Observatory for Human Rights (``www.syriahr.com``): English and Arabic.

The site is WordPress with two separate trees and post-id sequences: English under
``/en/<post-id>/``, Arabic at the root as ``/<percent-encoded slug, cut mid-word>/<id>/``
(escapes in either case) or ``/?p=<id>``. Both are keyed on the post id
(``<root>[en/]<id>/``), so slug and escape variants, ``?doing_wp_cron=`` cron kicks and
``fbclid`` tracking are one bulletin. The body is ``div.entry-content`` without the
theme's table-of-contents widget, figures, embeds and share bars; the Arabic copy
drops the bare view counter and image file names that follow the headline. The
date comes from ``article:published_time`` (then the rest of the cascade).
Hubs are listed in the registry: ``/en/feed/``, ``/feed/``, the English listing
``/en/category/news/syria-news/page/<n>/`` and, where the site serves them, sitemaps.
"""

import re

from crawlers.spiders.base import BulletinSpider

SOHR_NAMES = (
    "The Syrian Observatory For Human Rights", "Syrian Observatory for Human Rights", "SOHR",
    "المرصد السوري لحقوق الإنسان", "المرصد السوري لحقوق الانسان",
)
SOHR_REMOVE = (".ruby-table-contents", "figure", ".wp-caption", ".post-views-box", ".sohr-share", ".heateor_sss_sharing_container")


class SohrEnglishSpider(BulletinSpider):
    name = "sohr-en"
    post_id_paths = True
    body_selector = "div.entry-content"
    title_selector = "h1.entry-title"
    remove = SOHR_REMOVE
    site_names = SOHR_NAMES

    def default_article_pattern(self) -> str:
        return rf"^{re.escape(self.root)}(?:\d{{3,}}/?|\?p=\d+)$"


class SohrArabicSpider(SohrEnglishSpider):
    name = "sohr-ar"

    def default_article_pattern(self) -> str:
        root = re.escape(self.root)
        return rf"^{root}(?!en/|page/|category/|tag/)(?:[^/?#]+/)?\d{{3,}}/?$|^{root}\?p=\d+$"
