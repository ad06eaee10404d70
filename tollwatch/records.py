"""The record schema every tollwatch stage speaks.

One ``Bulletin`` flows through the pipeline, the way spaCy's ``Doc`` flows through
its components: the crawlers fill the page fields, ``nlp`` adds the casualty
figures, entities, language and translation, ``indexing`` stores and searches it,
``alerts`` reads its figures. Every annotation keeps character offsets into the
original ``text``, so anything tollwatch reports can be traced back to its source.

All records are plain dataclasses that round-trip through JSON:
``record.to_dict()`` / ``Record.from_dict(d)`` and ``to_json`` / ``from_json``.
Dates and times are ISO 8601 strings (``2017-10-21`` or ``2017-10-21T08:00:00+00:00``)
so the JSON is what is stored. The README documents every field.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, ClassVar, Optional, TypeVar, get_args, get_origin, get_type_hints

KINDS = ("killed", "injured", "missing", "detained", "displaced")
SCOPES = ("event", "cumulative")  # event: one incident; cumulative: a running or period total

T = TypeVar("T", bound="Record")


class Record:
    """Mixin: JSON round-trip for the dataclasses below (nested records and lists of them)."""

    _nested: ClassVar[dict[str, type]] = {}

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)

    def to_json(self, **kwargs: Any) -> str:
        kwargs.setdefault("ensure_ascii", False)
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls: type[T], data: dict[str, Any]) -> T:
        """Build a record from a dict, ignoring unknown keys (newer writers) and
        building nested records; missing optional fields take their defaults."""
        hints = _hints(cls)
        kwargs: dict[str, Any] = {}
        for f in dataclasses.fields(cls):  # type: ignore[arg-type]
            if f.name not in data:
                continue
            kwargs[f.name] = _build(hints[f.name], data[f.name])
        return cls(**kwargs)

    @classmethod
    def from_json(cls: type[T], text: str) -> T:
        return cls.from_dict(json.loads(text))


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    if cls not in _HINTS:
        _HINTS[cls] = get_type_hints(cls)
    return _HINTS[cls]


@lru_cache(maxsize=None)
def _field_names(cls: type) -> Optional[tuple[str, ...]]:
    """The field names of a dataclass, ``None`` for any other type (worked out once per type)."""
    return tuple(f.name for f in dataclasses.fields(cls)) if dataclasses.is_dataclass(cls) else None


def _plain(value: Any) -> Any:
    """``dataclasses.asdict`` for records: nested records, lists, tuples and dicts become plain
    values; everything else in a record is an immutable JSON value and is kept as it is (asdict
    deep-copies every leaf, which made writing the incidents a third of their stage)."""
    names = _field_names(type(value))
    if names is not None:
        return {n: _plain(getattr(value, n)) for n in names}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, tuple):
        return tuple(_plain(v) for v in value)
    return value


@lru_cache(maxsize=None)
def _plan(hint: Any) -> tuple[str, Any]:
    """How ``_build`` reads a value of type ``hint`` (worked out once per hint)."""
    origin = get_origin(hint)
    if origin is list:
        return "list", get_args(hint)[0]
    if origin is not None:  # Optional[X] / X | None
        args = [a for a in get_args(hint) if a is not type(None)]
        return ("as", args[0]) if len(args) == 1 else ("raw", None)
    if isinstance(hint, type) and issubclass(hint, Record):
        return "record", hint
    return "raw", None


def _build(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    how, arg = _plan(hint)
    if how == "list":
        return [_build(arg, v) for v in value]
    if how == "as":
        return _build(arg, value)
    if how == "record" and isinstance(value, dict):
        return arg.from_dict(value)
    return value


@dataclass
class TimeWindow(Record):
    """When the counted events happened, as the text says it and as resolved dates.

    ``start``/``end`` are ISO dates resolved against the bulletin's publication
    date where the phrase allows ("yesterday", "the last 48 hours", "since the
    beginning of 2024"); ``None`` where it does not."""

    phrase: str
    start: Optional[str] = None
    end: Optional[str] = None


@dataclass
class Place(Record):
    """A geocoded place (filled by ``nlp.places``; the extractor fills only the phrase)."""

    name: str
    lat: Optional[float] = None
    lon: Optional[float] = None
    country: Optional[str] = None
    governorate: Optional[str] = None
    district: Optional[str] = None
    precision: Optional[str] = None  # "point", "district", "governorate", "country"
    geonameid: Optional[int] = None


@dataclass
class CasualtyFigure(Record):
    """One casualty figure stated in a bulletin, with the evidence for it."""

    kind: str  # one of KINDS
    count: int  # the number; the lower bound for ranges and vague amounts
    count_max: Optional[int] = None  # upper bound of a range ("10 to 15"), else None
    qualifier: str = "exact"  # exact, at_least, about, more_than, up_to
    vague: bool = False  # "dozens", "عشرات": count is only a lower bound
    manner: Optional[str] = None  # executed, shelling, airstrike, drone, landmine, sniper, torture, ...
    victims: Optional[str] = None  # the victims phrase as written
    victim_categories: list[str] = field(default_factory=list)  # civilians, children, women, fighters, security_forces, unknown
    perpetrator: Optional[str] = None  # phrase as written
    place: Optional[str] = None  # phrase as written
    geo: Optional[Place] = None  # filled by nlp.places
    time: Optional[TimeWindow] = None
    scope: str = "event"  # one of SCOPES: "event" (one incident) or "cumulative" (running/period total)
    part_of: Optional[int] = None  # index (in the same list) of the figure this one is a subset of
    revision: bool = False  # this toll revises an earlier one ("the death toll rose to")
    previous_count: Optional[int] = None  # the earlier toll it revises, when stated
    superseded: bool = False  # an earlier toll the bulletin itself says was replaced
    start: int = 0  # evidence: character offsets into the bulletin text
    end: int = 0
    evidence: str = ""  # text[start:end]
    sentence: str = ""  # the sentence holding the evidence
    sentence_start: int = 0
    confidence: float = 1.0
    rule: Optional[str] = None  # name of the extractor rule that produced the figure
    derived: bool = False  # a total tollwatch summed from stated parts ("the judge and seven relatives")
    lang: Optional[str] = None  # language of the evidence
    translation_sentence: Optional[str] = None  # for non-English figures: the translated sentence


@dataclass
class Entity(Record):
    """A named entity with its character span in the bulletin text."""

    text: str
    label: str  # PER, ORG, LOC, GROUP or MISC
    start: int
    end: int
    source: str = ""  # the model or gazetteer that found it
    score: Optional[float] = None
    geo: Optional[Place] = None


@dataclass
class Translation(Record):
    """An English translation of the bulletin text; the original is always kept."""

    text: str
    model: str
    source_lang: str
    # sentence alignment: [src_start, src_end, tgt_start, tgt_end] per translated sentence
    alignment: list[list[int]] = field(default_factory=list)


@dataclass
class Bulletin(Record):
    """One version of one bulletin, and what the later stages add to it."""

    source: str  # registry name of the source, e.g. "sohr-en"
    url: str  # the URL it was fetched from
    text: str  # the main text, as extracted (the original language, never replaced)
    canonical_url: Optional[str] = None  # url without tracking parameters, fragments, amp variants
    lang: Optional[str] = None  # ISO 639-1, detected
    title: Optional[str] = None
    published: Optional[str] = None  # ISO date or datetime, from the page
    fetched: Optional[str] = None  # ISO datetime of the fetch that produced this version
    content_hash: Optional[str] = None  # fingerprint of the normalised text (see content_hash())
    version: int = 1  # 1 for the first text seen at canonical_url, +1 at each change
    # added by nlp
    casualties: list[CasualtyFigure] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    translation: Optional[Translation] = None
    paragraph_langs: list[list[Any]] = field(default_factory=list)  # [start, end, lang] per paragraph
    notes: list[str] = field(default_factory=list)  # what a stage could not do ("not translated: ...")

    def __post_init__(self) -> None:
        if self.canonical_url is None:
            self.canonical_url = self.url
        if self.content_hash is None:
            self.content_hash = content_hash(self.text)

    @property
    def bulletin_id(self) -> str:
        """Stable id of the bulletin across versions: derived from the canonical URL."""
        return bulletin_id(self.canonical_url or self.url)

    @property
    def version_id(self) -> str:
        """Stable id of this version: bulletin id and version number."""
        return f"{self.bulletin_id}-v{self.version}"


@dataclass
class FigureRef(Record):
    """One extracted figure, as an incident cites it: which bulletin version, which figure, and
    the evidence, so an analyst can open the source without loading the bulletin."""

    version_id: str  # Bulletin.version_id
    index: int  # position in that version's ``casualties``
    source: str  # registry name of the source
    url: str
    lang: Optional[str]
    published: Optional[str]
    kind: str
    count: int
    count_max: Optional[int] = None
    qualifier: str = "exact"
    evidence: str = ""
    start: int = 0
    end: int = 0
    current: bool = True  # from the bulletin's latest version and not superseded: counts in the toll


@dataclass
class Link(Record):
    """Why two figures were put in one incident (or kept apart by an override): auditable, undoable."""

    a: str  # FigureRef key "<version_id>#<index>"
    b: str
    reasons: list[str] = field(default_factory=list)  # "same kind", "window overlaps", "same district: Douma", ...
    score: float = 0.0
    manual: bool = False  # from the override file, not the linker


@dataclass
class TollChange(Record):
    """One step in the history of an incident's toll."""

    at: str  # ISO datetime the new toll was first seen (publication, else fetch time)
    kind: str
    low: int
    best: int
    high: int
    version_id: str  # the bulletin version that brought the change
    source: str


@dataclass
class IncidentToll(Record):
    """An incident's toll for one kind, in UCDP's sense: the lowest credible, the most likely and
    the highest credible count among its current (not superseded) figures."""

    kind: str  # one of KINDS
    low: int
    best: int
    high: int


@dataclass
class Incident(Record):
    """One event as reported across bulletins, sources, languages and revisions."""

    incident_id: str  # stable: derived from the earliest figure that founded it
    scope: str = "event"  # "event", or "cumulative" for running/period totals (never summed with events)
    tolls: list[IncidentToll] = field(default_factory=list)
    event_date: Optional[str] = None  # ISO date (start of the window)
    event_date_end: Optional[str] = None
    date_precision: Optional[str] = None  # "day", "week", "month" or "year": how precisely the date is known
    place: Optional[Place] = None  # the most precise place the figures agree on
    victim_categories: list[str] = field(default_factory=list)
    perpetrators: list[str] = field(default_factory=list)  # as written
    manners: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    langs: list[str] = field(default_factory=list)
    figures: list[FigureRef] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    history: list[TollChange] = field(default_factory=list)
    first_seen: Optional[str] = None
    last_seen: Optional[str] = None
    title: str = ""  # a one-line description for tables and alerts


def bulletin_id(canonical_url: str) -> str:
    return hashlib.sha256(canonical_url.encode("utf-8")).hexdigest()[:20]


_SPACE = re.compile(r"\s+")


def content_hash(text: str) -> str:
    """Fingerprint of a text that ignores Unicode form, case and whitespace, so the
    same bulletin served twice with cosmetic differences is recognised as one."""
    norm = unicodedata.normalize("NFKC", text).casefold()
    norm = _SPACE.sub(" ", norm).strip()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()
