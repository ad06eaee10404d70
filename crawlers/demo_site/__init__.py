"""The offline demo: a fixture web site reproducing SOHR, SNHR and a relaying outlet.

    from crawlers.demo_site import serve_demo_site, write_demo_registry
    with serve_demo_site() as site:               # http://127.0.0.1:<free port>
        registry = write_demo_registry(site.base_url, "demo-sources.yaml")
        crawlers.run.crawl(registry, "tollwatch-data")
        site.revise()                              # a bulletin's toll is revised upward
        crawlers.run.crawl(registry, "tollwatch-data")   # -> version 2 of that bulletin

``python -m crawlers.demo_site [--port N]`` serves it until interrupted. The pages
and the bad cases are described in ``crawlers.demo_site.server``; the tests and the
README's demo command use the same code.
"""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from crawlers.demo_site.server import AR_CATEGORY, DemoSite, start

__all__ = ["DemoSite", "serve_demo_site", "write_demo_registry", "demo_sources"]


@contextmanager
def serve_demo_site(host: str = "127.0.0.1", port: int = 0, slow_seconds: float = 2.0,
                    bulk_pages: int = 0) -> Iterator[DemoSite]:
    """Serve the demo site on ``host:port`` (0: a free port) for the ``with`` block.
    The yielded ``DemoSite`` has ``.base_url``, ``.revise()`` and ``.requests``;
    ``bulk_pages`` adds that many generated pages under ``/bulk/`` (benchmarks)."""
    site = DemoSite(slow_seconds=slow_seconds, bulk_pages=bulk_pages)
    server, thread = start(site, host, port)
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def demo_sources(base_url: str, include_unreachable: bool = False, crawl_delay: float = 0.0) -> list[dict]:
    """The registry entries of the demo sources served at ``base_url``."""
    b = base_url.rstrip("/")
    sources = [
        {"name": "demo-sohr-en", "spider": "sohr-en", "url": f"{b}/sohr/en/", "lang": "en",
         "feeds": [f"{b}/sohr/en/feed/"], "sitemaps": [f"{b}/sohr/en/wp-sitemap.xml"],
         "listing": [f"{b}/sohr/en/category/news/syria-news/"], "crawl_delay": crawl_delay},
        {"name": "demo-sohr-ar", "spider": "sohr-ar", "url": f"{b}/sohr/", "lang": "ar",
         "feeds": [f"{b}/sohr/feed/"], "sitemaps": [f"{b}/sohr/wp-sitemap.xml"],
         "listing": [f"{b}/sohr/category/{AR_CATEGORY}/"], "crawl_delay": crawl_delay},
        {"name": "demo-snhr", "spider": "snhr", "url": f"{b}/snhr/", "lang": "en",
         "feeds": [f"{b}/snhr/feed/"], "sitemaps": [f"{b}/snhr/sitemap.xml.gz"],
         "listing": [f"{b}/snhr/category/daily-death-toll/"],
         "crawl_delay": crawl_delay},
        # no hubs: feeds and sitemaps are discovered (robots.txt, rel=alternate, /feed/, /sitemap.xml)
        {"name": "demo-outlet", "url": f"{b}/outlet/", "crawl_delay": crawl_delay},
    ]
    if include_unreachable:
        port = _closed_port()
        sources.append({"name": "demo-unreachable", "url": f"http://127.0.0.1:{port}/", "crawl_delay": 0,
                        "feeds": [f"http://127.0.0.1:{port}/feed/"]})
    return sources


def _closed_port() -> int:
    """A local port nobody listens on: 9 (discard) as a rule, else a just-freed one."""
    import socket

    with socket.socket() as probe:
        probe.settimeout(0.5)
        if probe.connect_ex(("127.0.0.1", 9)) != 0:
            return 9
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def write_demo_registry(base_url: str, path: str | Path, include_unreachable: bool = False) -> Path:
    """Write a source registry for the demo site at ``base_url`` to ``path``; return the path."""
    import yaml

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = {"sources": demo_sources(base_url, include_unreachable)}
    header = "# tollwatch demo registry: the bundled offline demo site (crawlers/demo_site)\n"
    path.write_text(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path
