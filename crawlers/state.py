"""Incremental crawl state, kept in the store's key-value table (``Store.set_state``).

Namespace ``crawl:<source>``; one key per page:

* ``page:<canonical url>``: ``{"url", "published", "lastmod", "etag", "last_modified",
  "hash", "seen"}`` for every article stored (or found unchanged). Articles published in
  the last ``recheck_days`` days (a registry setting) are asked for again every run with
  their validators, whatever the hubs say. A page with a record is not fetched
  again unless its feed/sitemap date is newer than ``lastmod``; when it is, the
  request carries the stored validators (conditional GET). Articles that failed for
  good (404/410, a redirect loop or off the site, over the size limit) get
  ``{"gone": reason, "retry_at"}`` and are tried again a week later.
* ``hub:<url>``: validators of feeds, sitemaps and listing pages; written only at the
  end of a run with no failed page, so an interrupted run re-reads its hubs and
  resumes.
"""

from __future__ import annotations

from typing import Any, Optional

from store import Store


class CrawlState:
    def __init__(self, store: Store, source: str):
        self.store = store
        self.namespace = f"crawl:{source}"
        self._pages: dict[str, Any] = {}
        self._hubs: dict[str, Any] = {}
        for key, value in store.state_items(self.namespace).items():
            if key.startswith("page:"):
                self._pages[key[5:]] = value
            elif key.startswith("hub:"):
                self._hubs[key[4:]] = value

    def page(self, canonical: str) -> Optional[dict]:
        return self._pages.get(canonical)

    def pages(self) -> dict[str, dict]:
        """Every page record, by canonical URL."""
        return dict(self._pages)

    def known(self, canonical: str) -> bool:
        return canonical in self._pages

    def remember_page(self, canonical: str, record: dict) -> None:
        self._pages[canonical] = record
        self.store.set_state(self.namespace, f"page:{canonical}", record)

    def hub(self, url: str) -> Optional[dict]:
        return self._hubs.get(url)

    def remember_hubs(self, hubs: dict[str, dict]) -> None:
        for url, record in hubs.items():
            self._hubs[url] = record
            self.store.set_state(self.namespace, f"hub:{url}", record)

    def __len__(self) -> int:
        return len(self._pages)
