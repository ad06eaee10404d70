"""Arabic numbers as bulletins write them: digits, number words, duals, vague amounts.

Used by the Arabic casualty extractor (``nlp.casualties.arabic``); pure, no I/O, every
table built at import.

* ``fold(text)``: the matching form of Arabic text, SAME LENGTH as the input: alef
  variants → ا, ى → ي, ة → ه, ؤ → و, ئ → ي, Arabic-Indic (٠–٩) and Eastern Arabic (۰–۹)
  digits → 0–9, ٬ → ``,``, ٫ → ``.``, ، → ``,``, ؛ → ``;``, ؟ → ``?``, curly quotes → ``"``.
  Diacritics and tatweel are not removed here (that changes the length); see
  ``fold_with_offsets``.
* ``fold_with_offsets(text) -> (folded, offsets)``: ``fold`` plus diacritics and tatweel
  removed; ``offsets[i]`` is the index in ``text`` of ``folded[i]`` (and
  ``offsets[len(folded)] == len(text)``), so spans found in the folded copy map back.
* ``digits_value("1,200")`` → 1200 (also ``44.664`` → 44664, ``١٬٢٠٠``); ``None`` for
  decimals and junk. Delegates to ``nlp.numbers.parse_digits``.
* ``word_value(word)`` → ``(value, role)`` for one folded number word, with gender and
  case forms (ثلاثة/ثلاث, عشرون/عشرين, مئة/مائة/مئتين, ألف/ألفين/آلاف, ...) and a leading
  و/ف conjunction; ``role`` is ``"unit"``, ``"ten"``, ``"hundred"``, ``"scale"``.
* ``read_number(words, i)``: read one compound number from a list of folded tokens
  starting at ``i``: words ("خمسة آلاف"), digits, mixtures ("أربعة آلاف و936"), split
  thousands "(68) ألفًا و(234)" = 68234, "أحد عشر", "مئتان وخمسة وعشرون", "1.5 مليون".
  Returns ``NumberRead(value, end, vague, words)`` (``end`` = index after the last token)
  or ``None``.
* ``parse_arabic_number("مئتان وخمسة")`` → 205: a whole string as one number.
* ``dual_value(word)`` → 2 for dual nouns of people (طفلين, شخصان, سيدتان, مدنيان...),
  ``None`` otherwise; ``-ين`` forms that are also sound plurals (مدنيين, مقاتلين) are not duals.
* ``VAGUE``: عشرات 30, مئات 300, آلاف 3000, عشرات الآلاف 30000, ... (an Arabic plural means
  three or more, so the lower bound is three of the unit).

Why not ``pyarabic.number``: it reads ``مائتان وخمسة`` as 5, ``آلاف`` as 1000 and
``أربعة آلاف و936`` as 4000, prints while it works, and gives no token spans; these
tables are small and tested (tests/test_arabic_numbers.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional, Sequence

from nlp.numbers import parse_digits

__all__ = [
    "fold", "fold_with_offsets", "digits_value", "word_value", "read_number", "NumberRead",
    "parse_arabic_number", "dual_value", "VAGUE", "FRACTIONS", "tokenize",
]

_FOLD = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
    "٠": "0", "١": "1", "٢": "2", "٣": "3", "٤": "4", "٥": "5", "٦": "6", "٧": "7", "٨": "8", "٩": "9",
    "۰": "0", "۱": "1", "۲": "2", "۳": "3", "۴": "4", "۵": "5", "۶": "6", "۷": "7", "۸": "8", "۹": "9",
    "\u066c": ",", "\u066b": ".", "،": ",", "؛": ";", "؟": "?",
    "“": '"', "”": '"', "«": '"', "»": '"', "„": '"', "\u00a0": " ", "\u200f": " ", "\u200e": " ",
    "ک": "ك", "ی": "ي", "ۀ": "ه",
})
_DROP = re.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]")


def fold(text: str) -> str:
    """Letter variants, digits and Arabic punctuation folded; same length as ``text``."""
    return text.translate(_FOLD)


def fold_with_offsets(text: str) -> tuple[str, Optional[list[int]]]:
    """``fold`` plus diacritics/tatweel removed, and the offset map back into ``text``
    (``None`` when nothing was removed: then offsets are the identity)."""
    folded = text.translate(_FOLD)
    if not _DROP.search(folded):
        return folded, None
    keep: list[str] = []
    offsets: list[int] = []
    last = 0
    for m in _DROP.finditer(folded):
        keep.append(folded[last:m.start()])
        offsets.extend(range(last, m.start()))
        last = m.end()
    keep.append(folded[last:])
    offsets.extend(range(last, len(folded)))
    offsets.append(len(text))
    return "".join(keep), offsets


def digits_value(s: str) -> Optional[int]:
    """A count from a digit string with optional thousands separators (``None`` if not one)."""
    return parse_digits(s)


# --- number words (folded spelling: ا for all alefs, ه for ة, ي for ى) ----------------------

_UNITS = {
    1: "واحد واحدا واحده احد احدي",
    2: "اثنان اثنين اثنتان اثنتين اثنا اثني اثنتا اثنتي",
    3: "ثلاثه ثلاث ثلاثا",
    4: "اربعه اربع اربعا",
    5: "خمسه خمس خمسا",
    6: "سته ست ستا",
    7: "سبعه سبع سبعا",
    8: "ثمانيه ثماني ثمان ثمانيا",
    9: "تسعه تسع تسعا",
    10: "عشره عشر عشرا",
}
_TENS = {
    20: "عشرون عشرين", 30: "ثلاثون ثلاثين", 40: "اربعون اربعين", 50: "خمسون خمسين",
    60: "ستون ستين", 70: "سبعون سبعين", 80: "ثمانون ثمانين", 90: "تسعون تسعين",
}
_HUNDREDS = {
    100: "مئه مائه ميه مايه مئات", 200: "مئتان مئتين مائتان مائتين ميتان ميتين مايتان مايتين مئتي مائتي مئتا مائتا",
    300: "ثلاثمئه ثلاثمائه ثلاثميه", 400: "اربعمئه اربعمائه", 500: "خمسمئه خمسمائه",
    600: "ستمئه ستمائه", 700: "سبعمئه سبعمائه", 800: "ثمانمئه ثمانمائه ثمانيمئه ثمانيمائه",
    900: "تسعمئه تسعمائه",
}
_SCALES = {
    1000: "الف الفا",
    2000: "الفان الفين الفي",
    -1000: "الاف",  # plural after 3-10: multiplies
    1_000_000: "مليون مليونا ملايين",
    2_000_000: "مليونان مليونين مليوني",
}

_DUAL_CONSTRUCT = {"الفا": 2000, "مليونا": 2_000_000}
FRACTIONS = {"نصف": 0.5, "ربع": 0.25}  # before a scale word: "نصف مليون"
WORDS: dict[str, tuple[int, str]] = {}
for _v, _ws in _UNITS.items():
    for _w in _ws.split():
        WORDS[_w] = (_v, "unit")
for _v, _ws in _TENS.items():
    for _w in _ws.split():
        WORDS[_w] = (_v, "ten")
for _v, _ws in _HUNDREDS.items():
    for _w in _ws.split():
        WORDS[_w] = (_v, "hundred")
for _v, _ws in _SCALES.items():
    for _w in _ws.split():
        WORDS[_w] = (_v, "scale")
del WORDS["مئات"]  # vague, see VAGUE

# Vague amounts: the plural means three or more of the unit.
VAGUE = {
    "عشرات": 30, "العشرات": 30, "مئات": 300, "المئات": 300,
    "الاف": 3000, "الالاف": 3000, "ملايين": 3_000_000, "الملايين": 3_000_000,
}
# "عشرات الآلاف" = tens of thousands etc.
_VAGUE_TIMES = {"الاف": 1000, "الالاف": 1000, "ملايين": 1_000_000, "الملايين": 1_000_000}


WORDS = {fold(k): v for k, v in WORDS.items()}
VAGUE = {fold(k): v for k, v in VAGUE.items()}
_VAGUE_TIMES = {fold(k): v for k, v in _VAGUE_TIMES.items()}


def _strip_conj(word: str) -> str:
    if len(word) > 2 and word[0] in "وف" and word[1:] in WORDS:
        return word[1:]
    return word


def word_value(word: str) -> Optional[tuple[int, str]]:
    """``(value, role)`` for one folded number word (a leading و/ف is allowed)."""
    return WORDS.get(_strip_conj(fold(word)))


@dataclass(frozen=True)
class NumberRead:
    value: int
    end: int  # index after the last token read
    vague: bool = False
    words: bool = False  # written (at least partly) in words
    start: int = 0  # index of the first token (a leading "(" is skipped)


_DIGITS_RE = re.compile(r"\d+(?:[.,]\d{3})*$")
_DECIMAL_RE = re.compile(r"\d+[.,]\d+$")
_PAREN_OPEN = {"(", "[", "{"}
_PAREN_CLOSE = {")", "]", "}"}


def _num_token(tok: str) -> Optional[int]:
    if tok and tok[0].isdigit() and _DIGITS_RE.match(tok):
        return digits_value(tok)
    return None


def read_number(words: Sequence[str], i: int) -> Optional[NumberRead]:
    """One compound number starting at token ``i`` of a folded token list (see module doc).

    Tokens are words, digit groups and single punctuation marks (``tokenize``), with a
    leading و kept on words ("وعشرين") and split from digits ("و", "102")."""
    n = len(words)
    k = i
    if k < n and words[k] in _PAREN_OPEN:
        k += 1
    start = k
    if k >= n:
        return None
    tok = words[k]
    if tok in VAGUE:  # عشرات / مئات / آلاف, "عشرات الآلاف"
        value = VAGUE[tok]
        k += 1
        if tok in ("عشرات", "العشرات", "ميات", "الميات") and k < n and words[k] in _VAGUE_TIMES:
            value *= _VAGUE_TIMES[words[k]]
            k += 1
        return NumberRead(value, k, vague=True, words=True, start=start)
    if _DECIMAL_RE.match(tok) and k + 1 < n:  # 1.5 مليون
        w = WORDS.get(words[k + 1])
        if w and w[1] == "scale" and w[0] in (1000, 1_000_000):
            return NumberRead(int(round(float(tok.replace(",", ".")) * w[0])), k + 2, words=True, start=start)
        if w and w[1] == "scale" and w[0] == -1000 and "," in tok:  # "2,5 آلاف"
            return NumberRead(int(round(float(tok.replace(",", ".")) * 1000)), k + 2, words=True, start=start)
    # "نصف مليون" = 500000, "ربع مليون" = 250000
    if tok in FRACTIONS and k + 1 < n:
        w = WORDS.get(words[k + 1])
        if w and w[1] == "scale" and w[0] in (1000, 1_000_000):
            return NumberRead(int(FRACTIONS[tok] * w[0]), k + 2, words=True, start=start)
        return None
    # "ألفا شخص" / "مليونا نازح": the dual in construct (2000, 2 million); "ألفاً" with
    # tanween (1000, "50 ألفاً", "ألفاً من …", "ألفاً وخمسمئة") folds to the same letters
    if _strip_conj(tok) in _DUAL_CONSTRUCT and k + 1 < n:
        nxt = words[k + 1]
        if nxt not in WORDS and _num_token(nxt) is None and nxt not in ("و", "من") and nxt[:1].isalpha() \
                and not (nxt[:1] == "و" and (nxt[1:] in WORDS or nxt[1:2].isdigit())):
            return NumberRead(_DUAL_CONSTRUCT[_strip_conj(tok)], k + 1, words=True, start=start)
    total = current = 0
    scale_total = scale_end = 0
    last = ""
    last_scale = 0
    used_words = False
    end = -1
    while k < n:
        kk = k
        conj = False
        if last and words[kk] == "و":
            kk += 1
            conj = True
        opened = kk < n and words[kk] in _PAREN_OPEN
        if opened:
            kk += 1
        if kk >= n:
            break
        tok = words[kk]
        digit = _num_token(tok)
        if digit is not None:
            value, role = digit, "digits"
        else:
            if last and not conj and tok[:1] in "وف" and tok[1:] in WORDS:
                conj = True
            w = WORDS.get(_strip_conj(tok)) if (conj or not last or tok in WORDS) else None
            if w is None:
                break
            value, role = w
        kk += 1
        if kk < n and words[kk] in _PAREN_CLOSE and (opened or (k == start and start > i)):
            kk += 1
        if not last:
            if role == "scale":
                if value == -1000:
                    return NumberRead(VAGUE["الاف"], kk, vague=True, words=True, start=start)
                total = value
                last = "scale"
                last_scale = 1000 if value == 2000 else (1_000_000 if value == 2_000_000 else value)
            else:
                current = value
                last = role
        elif role == "scale" and not conj:
            if last == "scale" or current == 0 or value in (2000, 2_000_000):
                break
            mult = 1000 if value == -1000 else value
            if last_scale and mult >= last_scale:
                # "عشرة آلاف وخمسة عشر ألف": a second number of the same scale (a range), not a sum
                return NumberRead(scale_total, scale_end, words=True, start=start)
            total += current * mult
            scale_total, scale_end = total, kk
            current = 0
            last = "scale"
            last_scale = mult
        elif conj:
            if role == "scale":
                break
            if last == "scale" and (role != "digits" or value < 1000):
                current = value
            elif last == "unit" and role == "ten":
                current += value
            elif last == "hundred" and role in ("unit", "ten", "digits") and value < 100:
                current += value
            elif last == "teen" and role == "ten":
                break
            else:
                break
            last = role if not (last == "unit" and role == "ten") else "ten"
        else:  # two number words in a row without و
            if role == "unit" and value == 10 and last == "unit" and current < 10:
                current += 10  # أحد عشر، ثلاثة عشر
                last = "teen"
            elif role == "hundred" and value == 100 and last == "unit" and current < 10:
                current *= 100  # ثلاث مئة
                last = "hundred"
            else:
                break
        if role != "digits":
            used_words = True
        end = kk
        k = kk
    if end < 0:
        return None
    # "مليون ونصف" = 1.5 million, "3 آلاف ونصف" = 3500 ("ونصف المليون" too)
    if last == "scale" and last_scale and end < n and words[end] == "ونصف":
        total += last_scale // 2
        end += 1
        if end < n and words[end] in ("المليون", "الالف", "مليون", "الف"):
            end += 1
        used_words = True
    return NumberRead(total + current, end, words=used_words, start=start)


_TOKEN = re.compile(r"\d+,\d{1,2}(?=\s*(?:مليون|ملايين|مليار|الاف)(?![^\W\d_]))"  # "2,5 مليون": a decimal comma
                    r"|\d+(?:[.,]\d{3})+(?!\d)|\d+(?:\.\d+)?|[^\W\d_]+|::|\S")


def tokenize(folded: str) -> list[tuple[str, int, int]]:
    """``(token, start, end)`` over folded text: digit groups, words, punctuation marks."""
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(folded)]


def parse_arabic_number(text: str) -> Optional[int]:
    """The value of ``text`` read as one Arabic number (words, digits or both), or ``None``
    when it is not exactly one number."""
    folded, _ = fold_with_offsets(text.strip())
    toks = [t for t, _, _ in tokenize(folded)]
    # split a conjunction glued to digits: "و936" is tokenised "و", "936" already
    r = read_number(toks, 0)
    if r is None or r.end != len(toks):
        return None
    return r.value


# --- duals -----------------------------------------------------------------------------
# Nouns for people whose -ين form is only a dual (their plural is broken or feminine).
_DUAL_STEMS_BROKEN = (
    "طفل شخص شاب رجل عنصر جندي ضابط طالب شقيق ابن قتيل شهيد جريح طبيب رضيع فتي شيخ"
).split()
# Nouns whose -ين form is also the sound plural: only the -ان (nominative) form is a dual.
_DUAL_STEMS_SOUND = ("مدني مقاتل مسلح مواطن مصاب معتقل مفقود نازح موظف عامل متطوع مهاجر لاجي صحفي مسعف "
                     "مدرس معلم قاصر شرطي عسكري").split()

DUALS: dict[str, str] = {}
for _s in _DUAL_STEMS_BROKEN:
    DUALS[_s + "ان"] = _s
    DUALS[_s + "ين"] = _s
for _s in _DUAL_STEMS_SOUND:
    DUALS[_s + "ان"] = _s
# feminine with ة → ت before the dual ending
for _s in ("سيد", "طفل", "فتا", "مدني", "شاب", "مواطن"):
    DUALS[_s + "تان"] = _s + "ه"
    DUALS[_s + "تين"] = _s + "ه"
DUALS["امراتان"] = "امراه"
DUALS["امراتين"] = "امراه"
DUALS.pop("مدنيتين", None)  # also plural-looking; keep only مدنيتان
DUALS["مدنيتان"] = "مدنيه"
DUALS["الاخران"] = "اخر"
# duals with a possessive pronoun: "طفلاهما" (their two children)
for _s, _forms_ in (("طفل", "طفلاه طفلاها طفلاهما طفليه طفليها طفليهما"),
                    ("ابن", "ابناه ابناها ابناهما ابنيه ابنيها ابنيهما"),
                    ("ابنه", "ابنتاه ابنتاها ابنتيه ابنتيها"), ("شقيق", "شقيقاه شقيقيه شقيقاها شقيقيها")):
    for _w in _forms_.split():
        DUALS[_w] = _s


DUALS = {fold(k): fold(v) for k, v in DUALS.items()}


def dual_value(word: str) -> Optional[int]:
    """2 if ``word`` (folded, a leading و/ف allowed) is the dual of a noun for people."""
    if word in DUALS:
        return 2
    if len(word) > 3 and word[0] in "وفب" and word[1:] in DUALS:
        return 2
    return None
