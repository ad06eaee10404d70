"""Wire-story datelines: the city and agency at the head of a story, which are not the event's place.

``find_dateline(text) -> Dateline | None`` recognises the head of a wire story, in English
("AMMAN (Reuters) -", "BEIRUT, March 6 (AP) —", "SANAA, Yemen (AP) —", "GENEVA (31 October
2025) –") and in Arabic ("بيروت (رويترز) -", "دمشق - سانا:", "صعدة - سبأ", "غزة/ الأناضول",
"غزة: «الشرق الأوسط»"), and returns its span, the city as written and the
date it carries, if any. The city is where the reporter filed from: ``nlp.annotate`` never takes
it as a figure's place, and ``nlp.dates`` never takes the dateline's date as the event's date.
No configuration; pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

AGENCIES_EN = r"(?:Reuters|AP|AFP|Anadolu|AA|SANA|Xinhua|dpa|DPA|UPI|WAFA|Kurdistan24|Rudaw|IANS|Bloomberg|CNN|Al Jazeera|ANHA|North Press|Enab Baladi)"
AGENCIES_AR = r"(?:سبأ|سبا|رويترز|أ ف ب|ا ف ب|أ\.ف\.ب|الأناضول|الاناضول|سانا|وفا|شينخوا|د ب أ|الجزيرة|هاوار|نورث برس|عنب بلدي|قنا|واس|بترا|الأناضول)"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DASH = r"\s*[-\u2013\u2014]+\s*"
# An upper-case city (one to four words), or a capitalised one followed by an agency.
_EN = re.compile(
    r"^[\s\"'“]*(?P<city>(?:[A-Z][A-Z'’.\-]+)(?:\s+[A-Z][A-Z'’.\-]+){0,3}|[A-Z][a-z'’\-]+(?:\s+[A-Z][a-z'’\-]+){0,2})"
    r"(?P<country>,\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?=\s*[,(]))?"
    r"(?P<date>,\s*(?:" + _MONTH + r"\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+" + _MONTH + r"(?:\s+\d{4})?))?"
    r"(?P<agency>\s*\(\s*(?:" + AGENCIES_EN + r"[^)]{0,20}|[^)]{2,40})\))?" + _DASH)
_AR = re.compile(
    r"^[\s\"«]*(?P<city>[\u0621-\u064A]+(?:\s+[\u0621-\u064A]+)?)"
    r"(?:(?P<agency>\s*\(\s*" + AGENCIES_AR + r"[^)]{0,20}\))" + _DASH + r"(?P<after>" + AGENCIES_AR + r"\s*:)?"
    r"|\s*[-\u2013\u2014/]\s*(?P<after2>" + AGENCIES_AR + r")\s*(?::|(?=\n)|$))")
# "غزة: «الشرق الأوسط»", "لندن - «القدس العربي»:": a newspaper's own dateline
_AR_PAPER = re.compile(r"^[\s\"]*(?P<city>[\u0621-\u064A]+(?:\s+[\u0621-\u064A]+)?)\s*[:\-\u2013\u2014]\s*«[^»\n]{2,40}»\s*:?")


@dataclass
class Dateline:
    start: int
    end: int  # just after the dash
    city: str
    city_start: int
    city_end: int
    date: Optional[str] = None  # the date as written ("March 6"), if the dateline has one
    agency: Optional[str] = None


def find_dateline(text: str) -> Optional[Dateline]:
    """The dateline at the head of ``text`` (or of its first paragraph after a title line), or ``None``."""
    if not text:
        return None
    starts = [0]
    first_break = text.find("\n")
    if 0 < first_break < 200:  # a title line, then the story
        starts.append(first_break + 1)
    for base in starts:
        chunk = text[base:base + 160]
        m = _EN.match(chunk)
        if m and _is_english_dateline(m):
            return _dateline(m, base)
        m = _AR.match(chunk)
        if m:  # an agency is named: "إدلب - " alone is often the event's own place
            return _dateline(m, base)
        m = _AR_PAPER.match(chunk)
        if m:
            return Dateline(start=base + m.start(), end=base + m.end(), city=m.group("city"),
                            city_start=base + m.start("city"), city_end=base + m.end("city"))
    return None


def _is_english_dateline(m: re.Match) -> bool:
    city = m.group("city")
    agency = m.group("agency") or ""
    if re.search(AGENCIES_EN, agency) or (agency and city.isupper()):
        return True  # "AMMAN (Reuters) -", "GENEVA (31 October 2025) -", "MANBIJ, Syria (North Press) -"
    if agency:
        return False  # "Idlib (northwest Syria) -": a place and a gloss, not a dateline
    # without an agency: an upper-case city (AMMAN -) or a city with a date (Beirut, March 6 -)
    return bool(m.group("date")) or (city.isupper() and len(city.replace(" ", "")) >= 3)


def _dateline(m: re.Match, base: int) -> Dateline:
    date = m.group("date") if "date" in m.groupdict() else None
    agency = m.group("agency")
    return Dateline(start=base + m.start(), end=base + m.end(), city=m.group("city"), city_start=base + m.start("city"),
                    city_end=base + m.end("city"), date=date.lstrip(", ").strip() if date else None,
                    agency=agency.strip(" ()") if agency else None)


def is_dateline_place(dateline: Dateline, place: Optional[str], sentence: str = "", sentence_start: int = 0) -> bool:
    """Whether a figure's place phrase is only the dateline's city ("AMMAN" in "AMMAN (Reuters) - Five
    people were killed"), i.e. the sentence names it nowhere after the dateline."""
    if not place:
        return False
    from nlp.places import name_key

    city, phrase = name_key(dateline.city), name_key(place)
    if not city or not (phrase == city or phrase.startswith(city + " ")):
        return False
    after = sentence[max(0, dateline.end - sentence_start):] if sentence else ""
    return city not in name_key(after)
