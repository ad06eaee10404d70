"""Canonical URLs: one address per bulletin, however the site or a link spells it.

``canonical_url(url, root=None, post_id_paths=False)`` drops what never changes the
document (tracking parameters such as ``utm_*``/``fbclid``, WordPress's
``doing_wp_cron`` cron kick, ``amp`` variants, fragments, default ports, a
missing trailing slash on WordPress post ids) and, for sites that address posts by
a numeric id under a slug (SOHR's Arabic tree: ``/<cut-off Arabic slug>/<id>/``,
in lower- or upper-case percent escapes, or ``/?p=<id>``), keys the post on its id:
``<root>[en/]<id>/``. Parameters are dropped with w3lib's ``url_query_cleaner`` (the
library Scrapy uses for URLs). Pure functions, no configuration.
"""

from __future__ import annotations

import re
from typing import Optional
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

# Query parameters that never change the page: campaign tags, click ids, WordPress cron kicks.
TRACKING_PARAMS = {
    "fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid", "mc_cid", "mc_eid", "ref", "ref_src",
    "doing_wp_cron", "amp", "output", "share", "s_cid", "spm", "_ga", "_gl", "twclid", "ocid", "ito",
}
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_", "at_")
_AMP_PATH = re.compile(r"/amp/?$")
_AMP_PREFIX = re.compile(r"^/amp(?=/)")
_POST_ID = re.compile(r"^(?P<lang>en/)?(?!page/|category/|tag/)(?:[^/]+/)?(?P<id>\d{3,})/?$")


def is_tracking_param(name: str) -> bool:
    name = name.lower()
    return name in TRACKING_PARAMS or name.startswith(TRACKING_PREFIXES)


def clean_url(url: str) -> str:
    """``url`` without tracking parameters, fragment, amp suffix or default port; the
    address to fetch (the page itself, not yet keyed on a post id)."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower() or "http"
    host = (parts.hostname or "").lower()
    port = parts.port
    netloc = host if port is None or (scheme, port) in {("http", 80), ("https", 443)} else f"{host}:{port}"
    path = parts.path or "/"
    path = _AMP_PATH.sub("/", path)
    path = _AMP_PREFIX.sub("", path) or "/"
    # one spelling of percent escapes (SOHR serves both %d8 and %D8)
    path = quote(unquote(path), safe="/:@!$&'()*+,;=-._~")
    query = urlsplit(drop_params(url.strip())).query
    return urlunsplit((scheme, netloc, path, urlencode(parse_qsl(query, keep_blank_values=True)), ""))


def drop_params(url: str) -> str:
    """``url`` without its tracking parameters and fragment (w3lib's ``url_query_cleaner``)."""
    from w3lib.url import url_query_cleaner

    names = {k for k, _ in parse_qsl(urlsplit(url).query, keep_blank_values=True)}
    return url_query_cleaner(url, [n for n in names if is_tracking_param(n)], remove=True, unique=False,
                             keep_fragments=False)


def post_id(url: str, root: str) -> Optional[tuple[str, str]]:
    """``(lang_prefix, id)`` when ``url`` under ``root`` addresses a WordPress post by id
    (``<root>[en/][slug/]<id>/`` or ``<root>?p=<id>``), else ``None``."""
    u, r = urlsplit(url), urlsplit(root)
    if _bare_host(u.hostname) != _bare_host(r.hostname):
        return None
    root_path = r.path if r.path.endswith("/") else r.path + "/"
    path = u.path if u.path.endswith("/") else u.path + "/"
    if not path.startswith(root_path):
        return None
    rest = path[len(root_path):]
    p = dict(parse_qsl(u.query)).get("p")
    if p and p.isdigit() and rest in ("", "en/"):
        return rest, p
    m = _POST_ID.match(rest)
    if m and "?" not in rest:
        return m.group("lang") or "", m.group("id")
    return None


def _bare_host(host: Optional[str]) -> str:
    host = (host or "").lower()
    return host[4:] if host.startswith("www.") else host


def canonical_url(url: str, root: Optional[str] = None, post_id_paths: bool = False) -> str:
    """The key a bulletin is stored under (see the module docstring)."""
    cleaned = clean_url(url)
    if post_id_paths and root:
        root_clean = clean_url(root)
        found = post_id(cleaned, root_clean)
        if found:
            lang, pid = found
            base = root_clean if root_clean.endswith("/") else root_clean + "/"
            base = urlunsplit(urlsplit(base)._replace(query=""))
            return f"{base}{lang}{pid}/"
    return cleaned


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


def in_domains(url: str, domains: list[str]) -> bool:
    """Is the host of ``url`` one of ``domains`` or a subdomain of one (Scrapy's rule)?"""
    host = host_of(url)
    return any(host == d or host.endswith("." + d) for d in domains)
