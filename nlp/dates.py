"""The event date of a figure, from its own sentence, when the extractor left it open.

``event_time(sentence, published, lang) -> TimeWindow | None`` finds the phrase that dates the
events in a sentence ("on Tuesday", "last night", "yesterday", "on March 6", "two days ago";
"يوم الثلاثاء", "أمس", "الليلة الماضية", "فجر اليوم", "6 آذار") and resolves it against the
publication date: a weekday is the latest such day on or before publication, a day and month
without a year fall in the twelve months up to publication. English phrases are resolved by the
extractor's own rules (``nlp.casualties.common.resolve_time``, with dateparser behind them);
Arabic weekdays, relative days and Levantine or Egyptian month names are read here.

``date_figures(bulletin)`` fills ``time`` on the bulletin's figures that have none, and replaces
a time taken from a wire story's dateline ("BEIRUT, March 6 -" is when the story was filed, not
when the people were killed). Pure; no configuration.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Optional

from nlp.normalize import normalize_digits
from tollwatch.records import Bulletin, TimeWindow

_EN_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_EN_MONTHS = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
              r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
_EN = re.compile(
    r"\b(?:(?:early\s+|late\s+)?on\s+(?:" + _EN_WEEKDAYS + r")(?:\s+(?:morning|afternoon|evening|night))?"
    r"|(?:" + _EN_WEEKDAYS + r")(?:'s)?(?:\s+(?:morning|afternoon|evening|night))?"
    r"|last\s+night|overnight|yesterday(?:\s+(?:morning|afternoon|evening))?|earlier\s+today|today"
    r"|this\s+(?:morning|afternoon|evening)|tonight"
    r"|(?:on\s+)?(?:" + _EN_MONTHS + r")\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?"
    r"|(?:on\s+)?(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:" + _EN_MONTHS + r")\.?(?:\s+\d{4})?"
    r"|(?:two|three|four|five|six|2|3|4|5|6)\s+days\s+ago)\b", re.I)

_AR_WEEKDAYS = {"الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الاربعاء": 2, "الخميس": 3, "الجمعة": 4,
                "السبت": 5, "الأحد": 6, "الاحد": 6}
_AR_MONTHS = {"كانون الثاني": 1, "يناير": 1, "شباط": 2, "فبراير": 2, "آذار": 3, "اذار": 3, "مارس": 3, "نيسان": 4,
              "أبريل": 4, "ابريل": 4, "أيار": 5, "ايار": 5, "مايو": 5, "حزيران": 6, "يونيو": 6, "تموز": 7, "يوليو": 7,
              "آب": 8, "اب": 8, "أغسطس": 8, "اغسطس": 8, "أيلول": 9, "ايلول": 9, "سبتمبر": 9, "تشرين الأول": 10,
              "تشرين الاول": 10, "أكتوبر": 10, "اكتوبر": 10, "تشرين الثاني": 11, "نوفمبر": 11, "كانون الأول": 12,
              "كانون الاول": 12, "ديسمبر": 12}
_AR_MONTH_RX = "|".join(sorted(map(re.escape, _AR_MONTHS), key=len, reverse=True))
_AR = re.compile(
    r"(?P<weekday>(?:يوم|نهار|ليلة|مساء|صباح|فجر)?\s*(?:" + "|".join(_AR_WEEKDAYS) + r"))(?![\u0621-\u064A])"
    r"|(?P<yesterday>(?:ليلة|مساء|صباح|فجر|ظهر)?\s*(?:أمس|امس|البارحة)|الليلة الماضية)"
    r"|(?P<today>(?:فجر|صباح|مساء|ظهر|ليلة)?\s*اليوم)"
    r"|(?P<dm>(?P<day>[0-9٠-٩]{1,2})\s*(?:من\s+)?(?P<month>" + _AR_MONTH_RX + r")(?:\s*/\s*(?:" + _AR_MONTH_RX +
    r"))?(?:\s+(?:عام\s+)?(?P<year>[0-9٠-٩]{4}))?)")


def _pub(published: Optional[str]) -> Optional[date]:
    if not published:
        return None
    try:
        return date.fromisoformat(str(published)[:10])
    except ValueError:
        return None


def _window(phrase: str, start: date, end: Optional[date] = None) -> TimeWindow:
    return TimeWindow(phrase=phrase, start=start.isoformat(), end=(end or start).isoformat())


def event_time(sentence: str, published: Optional[str], lang: Optional[str] = None) -> Optional[TimeWindow]:
    """The resolved window of the first dating phrase in ``sentence`` (see the module docstring)."""
    pub = _pub(published)
    if pub is None or not sentence:
        return None
    if lang == "ar" or (lang is None and re.search(r"[\u0621-\u064A]", sentence)):
        return _arabic(sentence, pub)
    return _english(sentence, pub)


def _english(sentence: str, pub: date) -> Optional[TimeWindow]:
    from nlp.casualties.common import resolve_time

    for m in _EN.finditer(sentence):
        phrase = m.group(0)
        p = phrase.lower()
        if p == "overnight":
            return _window(phrase, pub - timedelta(days=1), pub)
        if p.endswith("days ago"):
            n = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}.get(p.split()[0]) or int(p.split()[0])
            return _window(phrase, pub - timedelta(days=n))
        core = re.sub(r"^(?:early|late)\s+", "", p)
        core = re.sub(r"'s\b", "", core)
        core = re.sub(r"\s+(?:morning|afternoon|evening|night)$", "", core) if re.search(_EN_WEEKDAYS, core) else core
        core = {"earlier today": "today", "tonight": "today"}.get(core, core)
        if core.startswith("yesterday"):
            core = "yesterday"
        tw = resolve_time(core, pub, "en")
        if tw.start:
            if tw.start > pub.isoformat():
                continue  # a date after publication is not the event's
            return TimeWindow(phrase=phrase, start=tw.start, end=tw.end or tw.start)
    return None


def _arabic(sentence: str, pub: date) -> Optional[TimeWindow]:
    for m in _AR.finditer(sentence):
        phrase = m.group(0).strip()
        if m.group("weekday"):
            name = next(w for w in _AR_WEEKDAYS if w in m.group("weekday"))
            back = (pub.weekday() - _AR_WEEKDAYS[name]) % 7
            return _window(phrase, pub - timedelta(days=back))
        if m.group("yesterday"):
            d = pub - timedelta(days=1)
            return _window(phrase, d, pub if "الليلة" in phrase or phrase.startswith("ليلة") else d)
        if m.group("today"):
            return _window(phrase, pub)
        if m.group("dm"):
            day = int(normalize_digits(m.group("day")))
            month = _AR_MONTHS[m.group("month")]
            year = int(normalize_digits(m.group("year"))) if m.group("year") else (
                pub.year if month <= pub.month else pub.year - 1)
            try:
                d = date(year, month, day)
            except ValueError:
                continue
            if d > pub:
                continue
            return _window(phrase, d)
    return None


def date_figures(bulletin: Bulletin, dateline: Optional[tuple[int, int, Optional[str]]] = None) -> None:
    """Fill ``time`` on figures that have none from their own sentence; a time read from the
    dateline (``(start, end, date phrase)``) is replaced by the sentence's, or cleared."""
    for f in bulletin.casualties:
        from_dateline = (f.time is not None and dateline is not None and dateline[2] is not None
                         and f.time.phrase.strip(" ,").lower() == dateline[2].lower())
        if f.time is not None and f.time.start and not from_dateline:
            continue
        sentence, offset = f.sentence or "", f.sentence_start
        if dateline is not None and offset < dateline[1]:  # the dateline is no part of the sentence
            cut = max(0, dateline[1] - offset)
            sentence, offset = sentence[cut:], offset + cut
        found = event_time(sentence, bulletin.published, f.lang or bulletin.lang)
        if found is not None:
            f.time = found
        elif from_dateline:
            f.time = None
