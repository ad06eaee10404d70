"""From a fetched page to bulletin fields: decoded text, title, main text, date, language.

Pure functions over bytes and strings (no Scrapy, no network), so every rule is
testable on its own:

* ``decode_html(body, content_type, lang)``: bytes to text that is never mojibake, decided
  from evidence. A body that is valid UTF-8 is UTF-8 whatever the header or ``<meta>``
  says (a wrong ``charset=iso-8859-1`` header is common); otherwise the declared
  charsets, the more specific first when header and meta tag disagree (a generic
  latin-1/windows-1252 header loses to a page's ``windows-1256``), each kept only if its
  text looks like the source's declared language (``lang``); otherwise windows-1256
  when that reads as Arabic (old Arabic sites send it with no charset at all); otherwise
  charset-normalizer's guess. Every disagreement and decision is a note.
* ``extract_page(html, url, ...)``: title (selector, ``og:title``, ``h1``, ``<title>``
  without the site-name suffix), main text (the site's CSS/XPath body selector with
  menus, share buttons, related-article blocks, tables of contents and view counters
  removed; trafilatura when no selector matches), publication date through a cascade
  (selector, the markup's meta tags / JSON-LD / ``<time>`` read by htmldate, the
  feed/sitemap date, the URL, visible text) parsed with dateparser (English and Arabic month names, Arabic-Indic digits)
  and guarded against future and implausible dates, and the language detected by
  ``nlp.language.detect_language`` (the registry's ``lang`` is only a fallback).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import Any, Iterable, Optional

EARLIEST_PLAUSIBLE = date(1995, 1, 1)  # before any bulletin tollwatch collects
FUTURE_TOLERANCE = timedelta(days=1)  # time zones and clock skew

# Page furniture never part of a bulletin: menus, share bars, related-post lists, TOC widgets,
# view counters, comment forms, embedded tweets.
DEFAULT_REMOVE = [
    "script", "style", "noscript", "iframe", "form", "button", "nav", "aside", "footer", "header",
    "figure", "svg", "select",
    ".sharedaddy", ".share", ".share-buttons", ".social", ".social-share", ".jp-relatedposts",
    ".related", ".related-posts", ".related-news", ".yarpp-related", ".ruby-table-contents",
    ".post-views", ".views", ".entry-meta", ".post-tags", ".tags", ".breadcrumb", ".breadcrumbs",
    ".comments", "#comments", ".wp-block-embed", "blockquote.twitter-tweet", ".advert", ".ads",
]
_BLOCK = {
    "p", "div", "section", "article", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table",
    "tr", "blockquote", "pre", "main", "dl", "dd", "dt", "address",
}
_SPACES = re.compile(r"[ \t\u00a0\u200b\r\f\v]+")
_VIEW_COUNTER = re.compile(r"^[\d٠-٩,.]{1,7}$")
_IMAGE_NAME = re.compile(r"^\S*(img|image|photo|dsc)[_-]?\d+\S*$", re.I)


# --------------------------------------------------------------------------- encodings
_SINGLE_BYTE_LATIN = {"iso-8859-1", "latin-1", "latin1", "windows-1252", "cp1252", "ascii", "us-ascii", "iso8859-1"}


def encoding_label(codec: str) -> str:
    """The name people know a codec by (``cp1256`` -> ``windows-1256``)."""
    if codec.startswith("cp125"):
        return "windows-" + codec[2:]
    if codec.startswith("iso8859-"):
        return "iso-8859-" + codec[8:]
    return codec


def _norm_encoding(name: Optional[str]) -> Optional[str]:
    if not name:
        return None
    import codecs

    try:
        return codecs.lookup(name.strip().strip("'\"")).name
    except LookupError:
        return None


def _header_charset(content_type: Optional[str]) -> Optional[str]:
    if not content_type:
        return None
    m = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", content_type, re.I)
    return m.group(1) if m else None


def _arabic_share(text: str) -> float:
    non_ascii = [c for c in text if ord(c) > 127 and not c.isspace()]
    if not non_ascii:
        return 0.0
    arabic = sum(1 for c in non_ascii if "\u0600" <= c <= "\u06ff")
    return arabic / len(non_ascii)


_MOJIBAKE = re.compile("[ØÙÚÛ][\u0080-\u00bf\u2018-\u203a\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u02c6\u02dc\u20ac\u2122]")


def repair_mojibake(text: str) -> tuple[str, bool]:
    """Undo UTF-8 Arabic that was decoded as windows-1252/latin-1 and re-encoded
    ("Ø§Ù„Ù…Ø±ØµØ¯" for "المرصد"), as some sites serve it; ``(text, repaired)``."""
    if len(_MOJIBAKE.findall(text)) < 3:
        return text, False
    out = bytearray()
    for ch in text:  # "sloppy" windows-1252: its five undefined bytes pass through as C1 controls
        code = _CP1252_BYTES.get(ch)
        if code is None:
            if ord(ch) > 255:
                return text, False  # not a byte-for-byte misreading
            code = ord(ch)
        out.append(code)
    try:
        fixed = out.decode("utf-8")
    except UnicodeDecodeError:
        return text, False
    return (fixed, True) if _arabic_share(fixed) > _arabic_share(text) else (text, False)


_CP1252_BYTES = {bytes([b]).decode("cp1252"): b for b in range(256) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}


def looks_like(text: str, lang: Optional[str]) -> bool:
    """Does ``text`` look like written ``lang``? Only scripts are checked: Arabic-script
    languages need mostly Arabic letters among the non-ASCII ones; Latin-script languages
    need mostly ASCII or Latin letters. Unknown languages always pass."""
    if not lang:
        return True
    code = lang.lower()[:2]
    letters = [c for c in text[:20000] if c.isalpha()]
    if not letters:
        return True
    if code in _ARABIC_SCRIPT:
        return _arabic_share(text[:20000]) > 0.6
    if code in _LATIN_SCRIPT:
        latin = sum(1 for c in letters if c < "\u0250")
        return latin / len(letters) > 0.9
    return True


_ARABIC_SCRIPT = {"ar", "fa", "ur", "ps", "ku", "ckb"}
_LATIN_SCRIPT = {"en", "fr", "de", "es", "it", "tr", "nl", "pt"}
_GENERIC = {"iso8859-1", "cp1252", "ascii", "latin-1"}  # what servers send when nobody set anything


def decode_html(body: bytes, content_type: Optional[str] = None, lang: Optional[str] = None) -> tuple[str, str, list[str]]:
    """``(text, encoding, notes)``; see the module docstring for the order of evidence.
    ``lang`` is the language the source declares (the registry's ``lang``): a decoding
    whose text does not look like it loses to one whose text does."""
    text, encoding, notes = _decode(body, content_type, lang)
    fixed, repaired = repair_mojibake(text)
    if repaired:
        notes.append("double-encoded UTF-8 (mojibake) repaired")
    return fixed, encoding, notes


def _candidates(header: Optional[str], meta: Optional[str]) -> list[tuple[str, str]]:
    """Declared charsets in the order to try: when the header and the page disagree, the
    more specific declaration first (a generic latin-1/windows-1252 is what a server says
    when nobody configured it), else the header first."""
    found = [(enc, where) for enc, where in ((header, "header"), (meta, "meta tag")) if enc and enc != "utf-8"]
    if header and meta and header != meta and header in _GENERIC and meta not in _GENERIC:
        found.reverse()
    return found


def _decode(body: bytes, content_type: Optional[str], lang: Optional[str] = None) -> tuple[str, str, list[str]]:
    notes: list[str] = []
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if body.startswith(bom):
            return body[len(bom):].decode(enc, errors="replace"), enc, notes
    declared_header = _norm_encoding(_header_charset(content_type))
    from w3lib.encoding import html_body_declared_encoding

    declared_meta = _norm_encoding(html_body_declared_encoding(body[:4096]))
    declared = declared_header or declared_meta
    if declared_header and declared_meta and declared_header != declared_meta:
        notes.append(f"the header says charset {encoding_label(declared_header)} but the page's meta tag says "
                     f"{encoding_label(declared_meta)}")
    is_ascii = not any(b > 127 for b in body)
    try:
        text = body.decode("utf-8")
        if declared and declared not in ("utf-8",) and not is_ascii:
            notes.append(f"declared charset {encoding_label(declared)} but the body is UTF-8; read as UTF-8")
        return text, "utf-8", notes
    except UnicodeDecodeError:
        pass
    misfits: list[str] = []
    for enc, where in _candidates(declared_header, declared_meta):
        try:
            text = body.decode(enc)
        except (UnicodeDecodeError, LookupError):
            notes.append(f"charset {encoding_label(enc)} from the {where} does not decode the body")
            continue
        if looks_like(text, lang):
            if misfits or (declared_header and declared_header != enc):
                notes.append(f"read as {encoding_label(enc)} (from the {where})")
            return text, enc, notes
        notes.append(f"charset {encoding_label(enc)} from the {where} does not give {lang} text")
        misfits.append(enc)
    if declared == "utf-8":
        notes.append("declared UTF-8 but the body is not valid UTF-8")
    # No usable declaration. Arabic single-byte pages are windows-1256.
    try:
        text = body.decode("cp1256")
        if _arabic_share(text) > 0.6 and looks_like(text, lang):
            notes.append("no usable charset declared; read as windows-1256 (Arabic)")
            return text, "cp1256", notes
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(body).best()
    if best is not None and best.encoding:
        notes.append(f"no usable charset; guessed {best.encoding}")
        return str(best), best.encoding, notes
    notes.append("undecodable bytes replaced")
    return body.decode("utf-8", errors="replace"), "utf-8", notes


# --------------------------------------------------------------------------- text
def _select(sel: Any, query: str) -> Any:
    q = query.strip()
    return sel.xpath(q) if q.startswith(("/", "(", "./")) else sel.css(q)


def element_text(element: Any) -> str:
    """Visible text of an lxml element: a blank line between blocks, one line per list item."""
    out: list[str] = []

    def walk(el: Any) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        tag = tag.lower()
        if tag == "br":
            out.append("\n")
        elif tag == "li":
            out.append("\n")
        elif tag in ("td", "th"):
            out.append(" ")
        elif tag in _BLOCK:
            out.append("\n\n")
        if el.text and tag not in ("script", "style"):
            out.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                out.append(child.tail)
        if tag in _BLOCK:
            out.append("\n\n")

    walk(element)
    return tidy_text("".join(out))


def tidy_text(raw: str) -> str:
    """Collapse spaces, keep single newlines inside a block and one blank line between blocks."""
    blocks = re.split(r"\n\s*\n", raw)
    clean_blocks = []
    for block in blocks:
        lines = [_SPACES.sub(" ", ln).strip() for ln in block.split("\n")]
        lines = [ln for ln in lines if ln]
        if lines:
            clean_blocks.append("\n".join(lines))
    return "\n\n".join(clean_blocks)


def strip_furniture_lines(text: str, title: Optional[str], site_names: Iterable[str] = ()) -> str:
    """Drop what page copies carry before the body: the site name, the headline repeated,
    a bare view counter ("129") and image file names ("25679813img_0191")."""
    lines = text.split("\n")
    drop = {n.casefold() for n in site_names if n}
    if title:
        drop.add(title.strip().casefold())
    i = 0
    while i < len(lines) and i < 6:
        ln = lines[i].strip()
        if not ln or ln.casefold() in drop or _VIEW_COUNTER.match(ln) or _IMAGE_NAME.match(ln):
            i += 1
            continue
        break
    return tidy_text("\n".join(lines[i:]))


# --------------------------------------------------------------------------- dates
_META_DATE_KEYS = (
    "article:published_time", "og:article:published_time", "datepublished", "pubdate", "publishdate",
    "publish-date", "dc.date.issued", "dc.date", "dcterms.created", "date", "parsely-pub-date",
    "sailthru.date", "article.published",
)
_URL_DATE = re.compile(r"/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})(?:/|$)")
_AR_MONTHS = (
    "كانون الثاني|كانون الأول|تشرين الأول|تشرين الثاني|شباط|آذار|اذار|نيسان|أيار|ايار|حزيران|تموز|آب|اب|أيلول|ايلول"
    "|يناير|فبراير|مارس|أبريل|ابريل|إبريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر"
)
_EN_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
_D = r"[0-9٠-٩]"
_TEXT_DATE = re.compile(
    rf"\b(?:{_D}{{1,2}}\s+(?:{_EN_MONTHS})\.?,?\s+{_D}{{4}}"
    rf"|(?:{_EN_MONTHS})\.?\s+{_D}{{1,2}},?\s+{_D}{{4}}"
    rf"|{_D}{{4}}-{_D}{{2}}-{_D}{{2}}"
    rf"|{_D}{{1,2}}/{_D}{{1,2}}/{_D}{{4}})\b"
    rf"|{_D}{{1,2}}\s+(?:{_AR_MONTHS})\s*(?:\([^)]{{0,12}}\)\s*)?(?:عام\s+)?{_D}{{4}}",
    re.I,
)


# Levantine (Syriac) and Egyptian month names; dateparser knows only some of them.
_AR_MONTH_NUMBERS = {
    "كانون الثاني": 1, "شباط": 2, "آذار": 3, "اذار": 3, "نيسان": 4, "أيار": 5, "ايار": 5, "حزيران": 6,
    "تموز": 7, "آب": 8, "اب": 8, "أيلول": 9, "ايلول": 9, "تشرين الأول": 10, "تشرين الاول": 10,
    "تشرين الثاني": 11, "كانون الأول": 12, "كانون الاول": 12,
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "إبريل": 4, "مايو": 5, "يونيو": 6,
    "يوليو": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
}
_AR_DMY = re.compile(
    r"(\d{1,2})\s+(" + "|".join(sorted(_AR_MONTH_NUMBERS, key=len, reverse=True)) + r")\s*(?:/\s*\S+\s*)?"
    r"(?:\([^)]{0,12}\)\s*)?(?:عام\s+|سنة\s+)?(\d{4})"
)


def _arabic_day_month_year(text: str) -> Optional[datetime]:
    m = _AR_DMY.search(text)
    if not m:
        return None
    try:
        return datetime(int(m.group(3)), _AR_MONTH_NUMBERS[m.group(2)], int(m.group(1)))
    except ValueError:
        return None


@dataclass
class DateFinding:
    value: Optional[str] = None  # ISO date or datetime
    method: Optional[str] = None  # which step of the cascade found it
    notes: list[str] = field(default_factory=list)


def parse_date(raw: str) -> Optional[datetime]:
    """A datetime from an ISO string, a feed (RFC 822) date or free text in English or
    Arabic (dateparser); ``None`` when nothing parses."""
    raw = (raw or "").strip()
    if not raw:
        return None
    try:
        return datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        pass
    try:
        from email.utils import parsedate_to_datetime

        return parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError):
        pass
    import dateparser

    from nlp.normalize import normalize_digits  # Arabic-Indic digits to ASCII

    text = normalize_digits(raw)
    arabic = _arabic_day_month_year(text)
    if arabic is not None:
        return arabic
    return dateparser.parse(
        text,
        languages=["en", "ar"],
        settings={"DATE_ORDER": "DMY", "PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False,
                  "STRICT_PARSING": True},
    )


def guard_date(value: datetime, now: Optional[datetime] = None) -> Optional[str]:
    """Why ``value`` cannot be a publication date (future or implausibly old), else ``None``."""
    now = now or datetime.now(timezone.utc)
    aware = value if value.tzinfo else value.replace(tzinfo=timezone.utc)
    if aware > now + FUTURE_TOLERANCE:
        return "future"
    if aware.date() < EARLIEST_PLAUSIBLE:
        return "implausible"
    return None


def _iso(value: datetime, with_time: bool) -> str:
    if not with_time:
        return value.date().isoformat()
    return value.replace(microsecond=0).isoformat()


def _json_ld_dates(sel: Any) -> list[str]:
    found: list[str] = []

    def walk(obj: Any) -> None:
        if isinstance(obj, dict):
            for key in ("datePublished", "dateCreated", "uploadDate"):
                if isinstance(obj.get(key), str):
                    found.append(obj[key])
            for v in obj.values():
                if isinstance(v, (dict, list)):
                    walk(v)
        elif isinstance(obj, list):
            for v in obj:
                walk(v)

    for script in sel.xpath('//script[@type="application/ld+json"]/text()').getall():
        try:
            walk(json.loads(script))
        except ValueError:
            continue
    return found


def markup_date(html: str) -> Optional[str]:
    """The publication date the page's markup declares (meta tags such as
    ``article:published_time``, JSON-LD ``datePublished``, ``<time datetime>``), read by
    htmldate, publication preferred over modification; with its time of day when the markup
    gives one. No date bounds here: ``guard_date`` judges future and implausible dates."""
    from htmldate import find_date as htmldate_find

    try:
        found = htmldate_find(html, extensive_search=False, original_date=True,
                              outputformat="%Y-%m-%dT%H:%M:%S%z", min_date="1900-01-01", max_date="2999-12-31")
    except Exception:  # noqa: BLE001 - a page htmldate cannot read has no markup date
        return None
    if not found:
        return None
    if found.endswith("T00:00:00+0000") or found.endswith("T00:00:00"):
        return found[:10]  # no time of day in the markup
    return found


def find_date(sel: Any, url: str, date_selector: Optional[str] = None, hint: Optional[str] = None,
              body_text: str = "", now: Optional[datetime] = None, html: Optional[str] = None) -> DateFinding:
    """The publication date by the cascade in the module docstring."""
    finding = DateFinding()
    candidates: list[tuple[str, str]] = []
    if date_selector:
        for node in _select(sel, date_selector):
            value = node.attrib.get("datetime") or node.attrib.get("content") if hasattr(node, "attrib") else None
            candidates.append(("selector", value or " ".join(node.xpath(".//text()").getall()) or node.get()))
    markup = markup_date(html if html is not None else sel.get())
    if markup:
        candidates.append(("markup", markup))
    if hint:
        candidates.append(("feed", hint))
    m = _URL_DATE.search(url)
    if m:
        candidates.append(("url", "-".join(m.groups())))
    for tm in _TEXT_DATE.finditer(body_text[:3000]):
        candidates.append(("text", tm.group(0)))
        if len(candidates) > 20:
            break
    for method, raw in candidates:
        value = parse_date(raw)
        if value is None and method == "selector":  # "Posted on 3 March 2024": the date inside
            inner = _TEXT_DATE.search(raw or "")
            value = parse_date(inner.group(0)) if inner else None
        if value is None:
            continue
        reason = guard_date(value, now)
        if reason:
            finding.notes.append(f"{reason} date {raw.strip()!r} ({method}) ignored")
            continue
        with_time = method not in ("url", "text") and bool(re.search(r"\d:\d", raw))
        if value.tzinfo is None and with_time:
            value = value.replace(tzinfo=timezone.utc)
        finding.value, finding.method = _iso(value, with_time), method
        return finding
    finding.notes.append("no publication date found")
    return finding


# --------------------------------------------------------------------------- page
@dataclass
class Page:
    title: Optional[str]
    text: str
    published: Optional[str]
    lang: Optional[str]
    date_method: Optional[str] = None
    notes: list[str] = field(default_factory=list)
    extractor: str = "selectors"


def _meta(sel: Any, *keys: str) -> Optional[str]:
    for key in keys:
        value = sel.xpath(f'//meta[@property="{key}" or @name="{key}"]/@content').get()
        if value and value.strip():
            return value.strip()
    return None


def find_title(sel: Any, title_selector: Optional[str] = None) -> Optional[str]:
    if title_selector:
        nodes = _select(sel, title_selector)
        text = " ".join(t.strip() for t in nodes.xpath(".//text()").getall() if t.strip()) if nodes else ""
        if not text and nodes:
            text = (nodes.get() or "").strip()
        if text:
            return _SPACES.sub(" ", text)
    title = _meta(sel, "og:title", "twitter:title")
    if title:
        return _strip_site_name(title, _meta(sel, "og:site_name"))
    h1 = " ".join(t.strip() for t in sel.css("h1.entry-title ::text, article h1 ::text").getall() if t.strip())
    if h1:
        return _SPACES.sub(" ", h1)
    title = " ".join(sel.xpath("//title//text()").getall()).strip()
    return _strip_site_name(_SPACES.sub(" ", title), _meta(sel, "og:site_name")) if title else None


def _strip_site_name(title: str, site_name: Optional[str]) -> str:
    for sep in (" • ", " – ", " — ", " - ", " | ", " :: "):
        if sep in title:
            head, _, tail = title.rpartition(sep)
            if site_name and tail.strip().casefold() == site_name.strip().casefold():
                return head.strip()
            if sep in (" • ", " :: ") and head:
                return head.strip()
    return title.strip()


def find_body(sel: Any, body_selector: Optional[str], remove: Iterable[str] = ()) -> str:
    if not body_selector:
        return ""
    nodes = _select(sel, body_selector)
    if not nodes:
        return ""
    import copy

    from parsel import Selector

    queries = [*DEFAULT_REMOVE, *remove]
    css = ", ".join(q for q in queries if not q.strip().startswith(("/", "(", "./")))
    xpaths = [q for q in queries if q.strip().startswith(("/", "(", "./"))]
    parts = []
    for node in nodes:
        root = node.root
        if not hasattr(root, "iter"):
            continue
        root = copy.deepcopy(root)
        frag = Selector(root=root, type="html")
        junk = list(frag.css(css)) if css else []  # one pass for all CSS queries
        for q in xpaths:
            junk += list(frag.xpath(q))
        for item in junk:
            _drop(item.root)
        parts.append(element_text(root))
    return tidy_text("\n\n".join(p for p in parts if p))


def _drop(el: Any) -> None:
    """Remove ``el`` from its tree, keeping the text that followed it."""
    parent = el.getparent() if hasattr(el, "getparent") else None
    if parent is None:
        return
    tail, prev = el.tail, el.getprevious()
    parent.remove(el)
    if tail and tail.strip():
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail


def trafilatura_text(html: str, url: str) -> str:
    import trafilatura

    text = trafilatura.extract(html, url=url, include_comments=False, include_tables=True,
                               include_links=False, include_images=False, deduplicate=False,
                               favor_precision=True)
    return tidy_text((text or "").replace("\n", "\n\n")) if text else ""


def extract_page(html: str, url: str, *, title_selector: Optional[str] = None,
                 body_selector: Optional[str] = None, date_selector: Optional[str] = None,
                 remove: Iterable[str] = (), date_hint: Optional[str] = None,
                 lang_hint: Optional[str] = None, site_names: Iterable[str] = (),
                 now: Optional[datetime] = None) -> Page:
    """The bulletin fields of one article page (see the module docstring)."""
    from parsel import Selector

    sel = Selector(text=html)
    notes: list[str] = []
    title = find_title(sel, title_selector)
    text, extractor = find_body(sel, body_selector, remove), "selectors"
    if len(text) < 40:
        fallback = trafilatura_text(html, url)
        if len(fallback) > len(text):
            if body_selector:
                notes.append(f"body selector {body_selector!r} found no text; used trafilatura")
            text, extractor = fallback, "trafilatura"
    site = _meta(sel, "og:site_name")
    text = strip_furniture_lines(text, title, [*site_names, site or ""])
    finding = find_date(sel, url, date_selector, date_hint, text, now, html=html)
    notes += finding.notes
    lang = None
    if text:
        from nlp.language import detect_language

        lang, _score = detect_language(text)
    if lang is None:
        lang = lang_hint
    return Page(title=title, text=text, published=finding.value, lang=lang, date_method=finding.method,
                notes=notes, extractor=extractor)
