"""Casualty figures from bulletin text, in English and in Arabic natively.

``extract(text, lang=None, published=None)`` is the one entry point. It picks the
rules by the script of each paragraph (a bulletin may mix Arabic and English), runs
the English (``nlp.casualties.english``) or Arabic (``nlp.casualties.arabic``)
extractor over the text with the other language's paragraphs blanked out (so every
offset stays an offset into the original text), and returns the figures in text order.
``headline(figures, kind="killed")`` picks the one figure a document is summed up by.
Each figure's ``confidence`` is a measured probability (``nlp.casualties.calibration``).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Optional, Union

from nlp.casualties import arabic, english
from nlp.scripts import paragraphs_by_script, script_language
from tollwatch.records import CasualtyFigure

EXTRACTORS = {"en": english.extract_english, "ar": arabic.extract_arabic}

DateLike = Union[str, date, datetime, None]


def parse_published(published: DateLike) -> Optional[date]:
    """The publication date as a ``date`` (from an ISO string, a date or a datetime)."""
    if published is None or published == "":
        return None
    if isinstance(published, datetime):
        return published.date()
    if isinstance(published, date):
        return published
    try:
        return datetime.fromisoformat(str(published).strip().replace("Z", "+00:00")).date()
    except ValueError:
        try:
            return date.fromisoformat(str(published).strip()[:10])
        except ValueError as exc:
            raise ValueError(f"published is not an ISO date: {published!r}") from exc


def extract(text: str, lang: Optional[str] = None, published: DateLike = None) -> list[CasualtyFigure]:
    """Casualty figures stated in ``text``.

    ``lang`` (``"en"``/``"ar"``) forces one language's rules for the whole text;
    by default each paragraph is read with the rules of its script. ``published``
    (ISO date or ``date``) anchors relative times ("yesterday", "the last 48 hours").
    Figures keep character offsets into ``text``; ``part_of`` indexes into the
    returned list; ``confidence`` is how often figures read like each one were right on
    bulletins the rules had never seen (``nlp.casualties.calibration``).
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a string, not {type(text).__name__}")
    pub = parse_published(published)
    if lang:
        lang = lang.lower()[:2]
        if lang not in EXTRACTORS:
            lang = script_language(text) or "en"
        return EXTRACTORS[lang](text, pub)
    paragraphs = paragraphs_by_script(text)
    langs = {p[2] for p in paragraphs if p[2]}
    if len(langs) <= 1:
        return EXTRACTORS[langs.pop() if langs else "en"](text, pub)
    figures: list[CasualtyFigure] = []
    for code in sorted(langs):
        masked = _mask_except(text, [(s, e) for s, e, l in paragraphs if l == code])
        part = EXTRACTORS[code](masked, pub)
        for f in part:  # re-read evidence from the original text
            f.evidence = text[f.start:f.end]
        figures.extend(_shift_parts(part, len(figures)))
    order = sorted(range(len(figures)), key=lambda i: figures[i].start)
    new_index = {old: new for new, old in enumerate(order)}
    out = [figures[i] for i in order]
    for f in out:
        if f.part_of is not None:
            f.part_of = new_index[f.part_of]
    return out


def headline(figures: list[CasualtyFigure], kind: str = "killed") -> Optional[CasualtyFigure]:
    """The figure that sums a document up: of the figures of ``kind`` that are neither
    superseded nor vague, the largest whose victims are civilians, else the largest
    top-level one (not ``part_of`` another). A total summed from stated parts
    (``derived``, "a judge and seven of his relatives" → 8) is top-level and competes like
    a stated one; a stated total always wins over a derived one of the same count."""
    current = [f for f in figures if f.kind == kind and not f.superseded and not f.vague]
    civilian = [f for f in current if "civilians" in f.victim_categories]
    pool = civilian or [f for f in current if f.part_of is None]
    return max(pool, key=lambda f: (f.count, not f.derived), default=None)


def _mask_except(text: str, keep: list[tuple[int, int]]) -> str:
    chars = [c if c == "\n" else " " for c in text]
    for s, e in keep:
        chars[s:e] = text[s:e]
    return "".join(chars)


def _shift_parts(figures: list[CasualtyFigure], offset: int) -> list[CasualtyFigure]:
    for f in figures:
        if f.part_of is not None:
            f.part_of += offset
    return figures
