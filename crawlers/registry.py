"""The source registry: which sites to crawl and how, in a YAML file a user writes.

``load_sources(path)`` reads a file of this shape (the shipped one is
``sources.yaml`` at the repository root)::

    defaults:                  # optional, applied to every source
      crawl_delay: 2
    sources:
      - name: sohr-en          # unique; used in reports and the store
        url: https://www.syriahr.com/en/   # the site (or section) root
        spider: sohr-en        # optional: sohr-en, sohr-ar, snhr or generic (default)
        lang: en               # optional hint; the language is still detected
        feeds: [...]           # optional; discovered when absent
        sitemaps: [...]        # optional; discovered when absent
        listing: [...]         # optional listing pages (walked with rel=next / page/N/)
        article_pattern: '...' # regex an article URL must match (search, not match)
        selectors: {title: ..., body: ..., date: ..., remove: [...]}  # CSS, or XPath if it starts with /
        crawl_delay: 2         # seconds between requests to this site
        allowed_domains: [...] # default: the host of url
        max_pages: 200         # listing pages to walk at most (default 50)
        enabled: true          # false: crawled only when named (--source NAME)
        discover: true         # look for feeds/sitemaps when none is listed
        recheck_days: 3        # re-check (conditional GET) articles published in the last N days

Every problem is a ``RegistryError`` naming the file and the entry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, Optional
from urllib.parse import urlsplit

SPIDERS = ("generic", "sohr-en", "sohr-ar", "snhr")
_NAME = re.compile(r"^[a-z0-9][a-z0-9_.-]*$")


class RegistryError(ValueError):
    """The source registry cannot be read or an entry is wrong."""


@dataclass
class Selectors:
    title: Optional[str] = None
    body: Optional[str] = None
    date: Optional[str] = None
    remove: list[str] = field(default_factory=list)


@dataclass
class Source:
    name: str
    url: str
    spider: str = "generic"
    lang: Optional[str] = None
    feeds: list[str] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)
    listing: list[str] = field(default_factory=list)
    article_pattern: Optional[str] = None
    selectors: Selectors = field(default_factory=Selectors)
    crawl_delay: float = 2.0
    allowed_domains: list[str] = field(default_factory=list)
    max_pages: int = 50
    enabled: bool = True
    discover: bool = True  # look for feeds/sitemaps when none are given
    recheck_days: int = 3  # articles published in the last N days are re-checked every run

    def __post_init__(self) -> None:
        if not self.allowed_domains:
            self.allowed_domains = [(urlsplit(self.url).hostname or "").lower()]

    def to_dict(self) -> dict[str, Any]:
        from dataclasses import asdict

        return asdict(self)


def _strings(value: Any, where: str, key: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return list(value)
    raise RegistryError(f"{where}: '{key}' must be a URL or a list of URLs")


def _url(value: Any, where: str, key: str) -> str:
    if not isinstance(value, str) or urlsplit(value).scheme not in ("http", "https") or not urlsplit(value).hostname:
        raise RegistryError(f"{where}: '{key}' must be an http(s) URL, not {value!r}")
    return value


def parse_source(raw: Any, where: str, defaults: Optional[dict] = None) -> Source:
    if not isinstance(raw, dict):
        raise RegistryError(f"{where}: each source must be a mapping with at least 'name' and 'url'")
    data = {**(defaults or {}), **raw}
    known = {f.name for f in fields(Source)}
    unknown = sorted(set(data) - known)
    if unknown:
        raise RegistryError(f"{where}: unknown field(s) {', '.join(unknown)} (known: {', '.join(sorted(known))})")
    if data.get("name"):
        where = f"{where} ({data['name']})"
    for key in ("name", "url"):
        if not data.get(key):
            raise RegistryError(f"{where}: missing required field '{key}'")
    name = str(data["name"])
    if not _NAME.match(name):
        raise RegistryError(f"{where}: 'name' must be lower-case letters, digits, '-', '_' or '.'")
    url = _url(data["url"], where, "url")
    spider = data.get("spider", "generic")
    if spider not in SPIDERS:
        raise RegistryError(f"{where}: 'spider' must be one of {', '.join(SPIDERS)}, not {spider!r}")
    sel = data.get("selectors") or {}
    if not isinstance(sel, dict) or set(sel) - {"title", "body", "date", "remove"}:
        raise RegistryError(f"{where}: 'selectors' takes title, body, date and remove")
    for key in ("title", "body", "date"):
        if sel.get(key) is not None:
            check_selector(sel[key], where, f"selectors.{key}")
    for query in _strings(sel.get("remove"), where, "selectors.remove"):
        check_selector(query, where, "selectors.remove")
    pattern = data.get("article_pattern")
    if pattern is not None:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise RegistryError(f"{where}: 'article_pattern' is not a valid regular expression: {exc}") from exc
    try:
        delay = float(data.get("crawl_delay", 2.0))
        max_pages = int(data.get("max_pages", 50))
        recheck_days = int(data.get("recheck_days", 3))
    except (TypeError, ValueError) as exc:
        raise RegistryError(f"{where}: 'crawl_delay', 'max_pages' and 'recheck_days' must be numbers") from exc
    if delay < 0 or max_pages < 1 or recheck_days < 0:
        raise RegistryError(f"{where}: 'crawl_delay' and 'recheck_days' must be >= 0 and 'max_pages' >= 1")
    return Source(
        name=name,
        url=url,
        spider=spider,
        lang=data.get("lang"),
        feeds=[_url(u, where, "feeds") for u in _strings(data.get("feeds"), where, "feeds")],
        sitemaps=[_url(u, where, "sitemaps") for u in _strings(data.get("sitemaps"), where, "sitemaps")],
        listing=[_url(u, where, "listing") for u in _strings(data.get("listing"), where, "listing")],
        article_pattern=pattern,
        selectors=Selectors(
            title=sel.get("title"), body=sel.get("body"), date=sel.get("date"),
            remove=_strings(sel.get("remove"), where, "selectors.remove"),
        ),
        crawl_delay=delay,
        allowed_domains=[d.lower() for d in _strings(data.get("allowed_domains"), where, "allowed_domains")],
        max_pages=max_pages,
        enabled=bool(data.get("enabled", True)),
        discover=bool(data.get("discover", True)),
        recheck_days=recheck_days,
    )


def check_selector(query: Any, where: str, key: str) -> None:
    """Compile a CSS or XPath selector now, so a typo fails here and not on every page."""
    if not isinstance(query, str) or not query.strip():
        raise RegistryError(f"{where}: '{key}' must be a CSS or XPath selector string")
    q = query.strip()
    try:
        if q.startswith(("/", "(", "./")):
            from lxml import etree

            etree.XPath(q)
        else:
            from cssselect import SelectorError
            from parsel.csstranslator import HTMLTranslator

            try:
                HTMLTranslator().css_to_xpath(q)
            except SelectorError as exc:
                raise ValueError(str(exc)) from exc
    except Exception as exc:  # lxml's XPathSyntaxError, cssselect's errors
        raise RegistryError(f"{where}: '{key}' is not a valid selector {q!r}: {exc}") from exc


def load_sources(path: str | Path) -> list[Source]:
    """The sources in the registry file ``path`` (disabled ones included; see ``enabled``)."""
    from tollwatch.config import YamlFileError, read_yaml

    path = Path(path)
    try:
        doc = read_yaml(path, "source registry")
    except YamlFileError as exc:
        raise RegistryError(str(exc)) from exc
    if isinstance(doc, list):
        doc = {"sources": doc}
    if not isinstance(doc, dict) or not isinstance(doc.get("sources"), list):
        raise RegistryError(f"source registry {path} must have a 'sources:' list")
    defaults = doc.get("defaults") or {}
    if not isinstance(defaults, dict):
        raise RegistryError(f"source registry {path}: 'defaults' must be a mapping")
    sources, seen = [], set()
    for i, raw in enumerate(doc["sources"], 1):
        src = parse_source(raw, f"{path}: source #{i}", defaults)
        if src.name in seen:
            raise RegistryError(f"{path}: source #{i}: duplicate name {src.name!r}")
        seen.add(src.name)
        sources.append(src)
    if not sources:
        raise RegistryError(f"source registry {path} lists no sources")
    return sources


def get_source(path: str | Path, name: str) -> Source:
    sources = load_sources(path)
    for s in sources:
        if s.name == name:
            return s
    raise RegistryError(f"no source named {name!r} in {path} (there are: {', '.join(s.name for s in sources)})")
