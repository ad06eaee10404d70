"""Numbers as bulletins write them, with character offsets: digits and English number words.

Language-independent number reading for the casualty extractors (``nlp.casualties``):

* ``parse_digits("1,200")`` / ``"1.200"`` / ``"١٬٢٠٠"`` / ``"14,227"`` → int; Arabic-Indic
  (٠–٩) and Eastern Arabic (۰–۹) digits are read like ASCII digits; a dot or comma
  followed by exactly three digits is a thousands separator, otherwise a decimal point.
* ``find_numbers(text)``: every number in a text as ``NumberSpan(start, end, value, ...)``:
  digit groups (also glued to words, "4075people", "of204"), a digit or word number with a
  scale word ("2 million", "1.5 million", "two million"), English number words ("twelve",
  "two hundred and five", "forty-two", "a dozen") read with ``text2num``, and vague
  amounts ("dozens", "hundreds", "tens of thousands") flagged ``vague`` with their lower
  bound as value. Ordinals ("20th", "first") and codes ("F-16", "COVID-19", "A320") are
  not numbers.
* ``words_to_int("two hundred and five")`` → 205 (``None`` if not a number).

Offsets always point into the string given (which may be Arabic: Arabic-Indic digits are
found in place). Arabic number *words* are read by ``nlp.arabic_numbers``. Nothing here
does I/O; everything is precompiled at import.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from nlp.normalize import normalize_digits

__all__ = [
    "NumberSpan",
    "parse_digits",
    "words_to_int",
    "find_numbers",
    "NUMBER_WORDS",
    "VAGUE_AMOUNTS",
    "SCALES",
]


UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
NUMBER_WORDS = {**UNITS, **TENS, **SCALES}

# Vague amounts: (lower bound). "dozens" = at least two dozen, "hundreds" = at least 200.
VAGUE_AMOUNTS = {
    "dozens": 24, "scores": 40, "tens": 20, "hundreds": 200, "thousands": 2000,
    "tens of thousands": 20_000, "hundreds of thousands": 200_000, "millions": 2_000_000,
}


@dataclass(frozen=True)
class NumberSpan:
    """A number found in a text: ``text[start:end]`` reads as ``value``.

    ``words``: written in words ("twelve"), not digits. ``vague``: "dozens", "hundreds"
    (``value`` is the lower bound). ``approx``: a rounded scale form ("1.5 million")."""

    start: int
    end: int
    value: int
    words: bool = False
    vague: bool = False
    approx: bool = False


def parse_digits(s: str) -> Optional[int]:
    """An integer from a digit string with optional thousands separators.

    ``"1,200"`` / ``"1.200"`` / ``"1 200"`` / ``"١٬٢٠٠"`` → 1200; ``"44.664"`` → 44664 (a
    dot followed by exactly three digits groups thousands); ``"2.5"`` → ``None`` (not an
    integer). Returns ``None`` for anything that is not a number."""
    s = normalize_digits(s).strip()
    if not s:
        return None
    if s.isdigit():
        return int(s)
    if re.fullmatch(r"\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+", s):
        return int(re.sub(r"\D", "", s))
    return None


_WORD_TOKEN = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))


@lru_cache(maxsize=4096)
def words_to_int(phrase: str) -> Optional[int]:
    """English number words to an int with ``text2num``: ``"two hundred and five"`` → 205,
    ``"forty-two"`` → 42, ``"a dozen"`` → 12, ``"half a dozen"`` → 6; ``None`` if the
    phrase is not a number."""
    p = " ".join(phrase.lower().replace("\u2010", "-").replace("\u2011", "-").split())
    if p in ("a dozen", "one dozen", "dozen"):
        return 12
    if p == "half a dozen":
        return 6
    m = re.fullmatch(r"(.+?) dozen", p)
    if m:
        inner = words_to_int(m.group(1))
        return inner * 12 if inner is not None else None
    p = re.sub(r"^an? (hundred|thousand|million)", r"one \1", p)
    try:
        from text_to_num import text2num

        return int(text2num(p, "en"))
    except (ValueError, ImportError):
        return None


_ALNUM_BEFORE = r"(?<![\d\u0660-\u0669\u06f0-\u06f9])(?-i:(?<![A-Z]))(?<![a-z][-\u2010/])(?<![.,]\d)"
_DIGIT = r"[0-9\u0660-\u0669\u06f0-\u06f9]"
_SEP = r"[,.\u066c\u00a0\u202f]"
_DIGIT_NUMBER = (
    rf"{_ALNUM_BEFORE}(?P<digits>{_DIGIT}{{1,3}}(?:{_SEP}{_DIGIT}{{3}})+(?!{_DIGIT})|{_DIGIT}+)(?!{_DIGIT})"
    rf"(?P<decimal>[.\u066b]{_DIGIT}+)?"
    rf"(?:\s*(?P<dscale>million|thousand|billion)\b)?"
    rf"(?!(?:st|nd|rd|th)\b)(?![-\u2010][A-Za-z]{{1,3}}\d)"
)
_WORD_NUMBER = (
    r"(?<![\w-])(?P<wordnum>(?:(?:half\s+)?an?\s+dozen|(?:an?\s+(?=(?:hundred|thousand|million)\b))?(?:"
    + _WORD_TOKEN
    + r")(?:(?:[\s-]+|\s+and\s+)(?:"
    + _WORD_TOKEN
    + r"))*(?:\s+dozen)?))(?![\w-])"
)
_VAGUE = r"(?<![\w-])(?P<vague>(?:tens|hundreds)\s+of\s+thousands|dozens|scores|hundreds|thousands|millions)(?=\s+of\b)"
_NUMBERS = re.compile(f"{_DIGIT_NUMBER}|{_WORD_NUMBER}|{_VAGUE}", re.IGNORECASE)
# Where a number can start: a run of digits (one start per run: a number never starts inside
# one), or a word starting like a number word, "a "/"half " or a vague amount. ``_NUMBERS`` is tried only there (cheap to find; the matches are the same as
# ``_NUMBERS.finditer``, which tries every position).
# the first letters those words can have: a one-character test that turns most word starts
# away before the alternation is tried (the same starts, a third less time)
_FIRST_LETTERS = "".join(sorted({w[0].lower() for w in NUMBER_WORDS} | set("ahds")))
_NUMBER_START = re.compile(rf"{_DIGIT}+|(?<![\w-])(?=[{_FIRST_LETTERS}])(?=an?\s|half\s|dozens|scores|{_WORD_TOKEN})",
                           re.IGNORECASE)
# ``_NUMBERS`` and ``_NUMBER_START`` for ASCII text without the information separators U+001C-U+001F
# (which Unicode ``\s`` counts as spaces and ASCII ``\s`` does not): on such text the ASCII flag
# changes no match (word characters, digits, spaces and letter cases are the same) and spares the
# Unicode character tests
_NUMBERS_ASCII = re.compile(_NUMBERS.pattern, re.IGNORECASE | re.ASCII)
_NUMBER_START_ASCII = re.compile(_NUMBER_START.pattern, re.IGNORECASE | re.ASCII)
_SEPARATOR_CONTROLS = re.compile("[\x1c-\x1f]")
_AND_SPLIT = re.compile(r"\s+and\s+", re.IGNORECASE)
_TRAILING_AND = re.compile(r"(?:\s+and)+$", re.IGNORECASE)


def find_numbers(text: str) -> list[NumberSpan]:
    """Every number in ``text``, in order, as ``NumberSpan``s (see the module docstring).

    Word numbers are whole phrases ("two hundred and five" is one span); a trailing
    "and" is not part of the number ("ten and twelve" is two numbers)."""
    out: list[NumberSpan] = []
    for m in _number_matches(text):
        if m.group("digits") is not None:
            value = parse_digits(m.group("digits"))
            if value is None:
                continue
            dec = m.group("decimal")
            scale = m.group("dscale")
            if dec and not scale:
                continue  # 2.5 (a decimal, not a count)
            if scale:
                mult = SCALES[scale.lower()]
                frac = float("0" + normalize_digits(dec)) if dec else 0.0
                out.append(NumberSpan(m.start(), m.end(), int(round((value + frac) * mult)), approx=bool(dec)))
            else:
                out.append(NumberSpan(m.start(), m.end("digits"), value))
        elif m.group("wordnum") is not None:
            phrase = m.group("wordnum")
            trimmed = _TRAILING_AND.sub("", phrase)
            value = _read_word_run(trimmed, m.start("wordnum"), out)
            if value is not None:
                out.append(NumberSpan(m.start("wordnum"), m.start("wordnum") + len(trimmed), value, words=True))
        else:
            word = " ".join(m.group("vague").lower().split())
            out.append(NumberSpan(m.start(), m.end(), VAGUE_AMOUNTS[word], words=True, vague=True))
    return out


def _number_matches(text: str) -> list[re.Match]:
    """``list(_NUMBERS.finditer(text))``, trying the pattern only where a number can start."""
    plain = text.isascii() and not _SEPARATOR_CONTROLS.search(text)
    out, last, match = [], 0, (_NUMBERS_ASCII if plain else _NUMBERS).match
    for s in (_NUMBER_START_ASCII if plain else _NUMBER_START).finditer(text):
        pos = s.start()
        if pos < last:
            continue
        m = match(text, pos)
        if m:
            out.append(m)
            last = m.end()
    return out


def _read_word_run(phrase: str, start: int, out: list[NumberSpan]) -> Optional[int]:
    """Read a run of number words. If the whole run is not one number ("ten and twelve"),
    append each "and"-separated piece that is a number to ``out`` and return ``None``."""
    value = words_to_int(phrase)
    if value is not None:
        return value
    pos = 0
    for sep in [*_AND_SPLIT.finditer(phrase), None]:
        end = sep.start() if sep else len(phrase)
        v = words_to_int(phrase[pos:end])
        if v is not None:
            out.append(NumberSpan(start + pos, start + end, v, words=True))
        pos = sep.end() if sep else end
    return None
