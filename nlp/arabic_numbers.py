"""Arabic numbers as bulletins write them: digits, number words, duals, vague amounts.

Used by the Arabic casualty extractor (``nlp.casualties.arabic``); pure, no I/O, every
table built at import.

* ``fold(text)``: the matching form of Arabic text, SAME LENGTH as the input: alef
  variants → ا, ى → ي, ة → ه, ؤ → و, ئ → ي, Arabic-Indic (٠–٩) and Eastern Arabic (۰–۹)
  digits → 0–9, ٬ → ``,``, ٫ → ``.``, ، → ``,``, ؛ → ``;``, ؟ → ``?``, curly quotes → ``"``.
  Diacritics and tatweel are not removed here (that changes the length); see
  ``fold_with_offsets``. (``nlp.normalize.fold_arabic``: the tables live in ``nlp.normalize``.)
* ``fold_with_offsets(text) -> (folded, offsets)``: ``fold`` plus diacritics and tatweel
  removed; ``offsets[i]`` is the index in ``text`` of ``folded[i]`` (and
  ``offsets[len(folded)] == len(text)``), so spans found in the folded copy map back
  (``nlp.normalize.fold_arabic_with_offsets``).
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

Why not ``pyarabic.number`` (checked, not a dependency): ``text2number`` reads ``مائتان وخمسة``
as 5, ``آلاف`` as 1000 and ``أربعة آلاف و936`` as 4000, and gives no token spans; these
tables are small and tested (tests/test_arabic_numbers.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional, Sequence

from nlp.normalize import fold_arabic as fold
from nlp.normalize import fold_arabic_with_offsets as fold_with_offsets
from nlp.numbers import parse_digits

__all__ = [
    "fold", "fold_with_offsets", "digits_value", "word_value", "read_number", "NumberRead",
    "parse_arabic_number", "dual_value", "VAGUE", "FRACTIONS", "tokenize",
]


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


_CONJ = "وف"  # a conjunction glued to a number word: "وعشرين", "فخمسة"
_CLITICS_BEFORE_DUAL = "وفب"  # "وطفلين", "بطفلين"
_THOUSANDS_VAGUE = "الاف"  # "آلاف" alone: thousands, vague


def _strip_conj(word: str) -> str:
    if len(word) > 2 and word[0] in _CONJ and word[1:] in WORDS:
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


_VAGUE_TENS = ("عشرات", "العشرات", "ميات", "الميات")  # "عشرات الآلاف"
_AND = "و"
_NOT_AFTER_DUAL = ("و", "من")  # "ألفاً من …", "ألفاً و…": 1000, not the dual
_AND_HALF = "ونصف"  # "مليون ونصف"
_HALF_OF = ("المليون", "الالف", "مليون", "الف")  # "ونصف المليون"
_NOT_MINE = object()  # a prefix reader that does not apply


def read_number(words: Sequence[str], i: int) -> Optional[NumberRead]:
    """One compound number starting at token ``i`` of a folded token list (see module doc).

    Tokens are words, digit groups and single punctuation marks (``tokenize``), with a
    leading و kept on words ("وعشرين") and split from digits ("و", "102")."""
    n = len(words)
    k = i + (i < n and words[i] in _PAREN_OPEN)
    if k >= n:
        return None
    for reader in (_read_vague, _read_decimal_scale, _read_fraction, _read_dual_construct):
        r = reader(words, k)
        if r is not _NOT_MINE:
            return r
    return _read_compound(words, i, k)


def _read_vague(words: Sequence[str], k: int):
    """عشرات / مئات / آلاف, "عشرات الآلاف"."""
    tok = words[k]
    if tok not in VAGUE:
        return _NOT_MINE
    value, end = VAGUE[tok], k + 1
    if tok in _VAGUE_TENS and end < len(words) and words[end] in _VAGUE_TIMES:
        value *= _VAGUE_TIMES[words[end]]
        end += 1
    return NumberRead(value, end, vague=True, words=True, start=k)


def _read_decimal_scale(words: Sequence[str], k: int):
    """"1.5 مليون", "2,5 آلاف"."""
    tok = words[k]
    if not (_DECIMAL_RE.match(tok) and k + 1 < len(words)):
        return _NOT_MINE
    w = WORDS.get(words[k + 1])
    if w and w[1] == "scale" and w[0] in (1000, 1_000_000):
        return NumberRead(int(round(float(tok.replace(",", ".")) * w[0])), k + 2, words=True, start=k)
    if w and w[1] == "scale" and w[0] == -1000 and "," in tok:
        return NumberRead(int(round(float(tok.replace(",", ".")) * 1000)), k + 2, words=True, start=k)
    return _NOT_MINE


def _read_fraction(words: Sequence[str], k: int):
    """"نصف مليون" = 500000, "ربع مليون" = 250000; a fraction without a scale is no number."""
    tok = words[k]
    if not (tok in FRACTIONS and k + 1 < len(words)):
        return _NOT_MINE
    w = WORDS.get(words[k + 1])
    if w and w[1] == "scale" and w[0] in (1000, 1_000_000):
        return NumberRead(int(FRACTIONS[tok] * w[0]), k + 2, words=True, start=k)
    return None


def _read_dual_construct(words: Sequence[str], k: int):
    """"ألفا شخص" / "مليونا نازح": the dual in construct (2000, 2 million); "ألفاً" with
    tanween (1000, "50 ألفاً", "ألفاً من …", "ألفاً وخمسمئة") folds to the same letters."""
    tok = _strip_conj(words[k])
    if not (tok in _DUAL_CONSTRUCT and k + 1 < len(words)):
        return _NOT_MINE
    nxt = words[k + 1]
    if nxt not in WORDS and _num_token(nxt) is None and nxt not in _NOT_AFTER_DUAL and nxt[:1].isalpha() \
            and not (nxt[:1] == _AND and (nxt[1:] in WORDS or nxt[1:2].isdigit())):
        return NumberRead(_DUAL_CONSTRUCT[tok], k + 1, words=True, start=k)
    return _NOT_MINE


@dataclass
class _Compound:
    """The state of a compound number being read: "أربعة آلاف وتسعمئة وستة وثلاثون"."""

    total: int = 0
    current: int = 0
    last: str = ""  # role of the last part: unit, teen, ten, hundred, scale, digits
    last_scale: int = 0
    scale_total: int = 0  # the value and end at the last scale word ("عشرة آلاف")
    scale_end: int = 0
    used_words: bool = False


def _next_part(words: Sequence[str], k: int, last: str):
    """``(value, role, conj, opened, next index)`` of the part at ``k``, or None."""
    n = len(words)
    kk, conj = k, False
    if last and words[kk] == _AND:
        kk, conj = kk + 1, True
    opened = kk < n and words[kk] in _PAREN_OPEN
    kk += opened
    if kk >= n:
        return None
    tok = words[kk]
    digit = _num_token(tok)
    if digit is not None:
        return digit, "digits", conj, opened, kk + 1
    if last and not conj and tok[:1] in _CONJ and tok[1:] in WORDS:
        conj = True
    w = WORDS.get(_strip_conj(tok)) if (conj or not last or tok in WORDS) else None
    return None if w is None else (w[0], w[1], conj, opened, kk + 1)


def _add_part(c: _Compound, value: int, role: str, conj: bool, kk: int):
    """Adds a part; returns "stop" (the number ended before it), "range" (a second number of
    the same scale starts: the number is what was read up to its scale word) or None."""
    if not c.last:
        if role == "scale":
            if value == -1000:
                return "vague"
            c.total, c.last = value, "scale"
            c.last_scale = 1000 if value == 2000 else (1_000_000 if value == 2_000_000 else value)
        else:
            c.current, c.last = value, role
    elif role == "scale" and not conj:
        if c.last == "scale" or c.current == 0 or value in (2000, 2_000_000):
            return "stop"
        mult = 1000 if value == -1000 else value
        if c.last_scale and mult >= c.last_scale:
            return "range"  # "عشرة آلاف وخمسة عشر ألف": two numbers, not a sum
        c.total += c.current * mult
        c.scale_total, c.scale_end = c.total, kk
        c.current, c.last, c.last_scale = 0, "scale", mult
    elif conj:
        if role == "scale":
            return "stop"
        if c.last == "scale" and (role != "digits" or value < 1000):
            c.current = value
        elif c.last == "unit" and role == "ten":
            c.current += value
        elif c.last == "hundred" and role in ("unit", "ten", "digits") and value < 100:
            c.current += value
        else:
            return "stop"
        c.last = role if not (c.last == "unit" and role == "ten") else "ten"
    elif role == "unit" and value == 10 and c.last == "unit" and c.current % 100 < 10:
        c.current += 10  # أحد عشر، ثلاثة عشر; also after hundreds: "وأربعمائة وسبعة عشر"
        c.last = "teen"
    elif role == "hundred" and value == 100 and c.last == "unit" and c.current < 10:
        c.current *= 100  # ثلاث مئة
        c.last = "hundred"
    else:
        return "stop"  # two number words in a row that do not make one number
    c.used_words = c.used_words or role != "digits"
    return None


def _read_compound(words: Sequence[str], i: int, start: int) -> Optional[NumberRead]:
    """Words, digits or both, with و between parts and parentheses around them."""
    n = len(words)
    c = _Compound()
    k, end = start, -1
    while k < n:
        part = _next_part(words, k, c.last)
        if part is None:
            break
        value, role, conj, opened, kk = part
        if kk < n and words[kk] in _PAREN_CLOSE and (opened or (k == start and start > i)):
            kk += 1
        done = _add_part(c, value, role, conj, kk)
        if done == "vague":
            return NumberRead(VAGUE[_THOUSANDS_VAGUE], kk, vague=True, words=True, start=start)
        if done == "range":
            return NumberRead(c.scale_total, c.scale_end, words=True, start=start)
        if done == "stop":
            break
        end = k = kk
    if end < 0:
        return None
    if c.last == "scale" and c.last_scale and end < n and words[end] == _AND_HALF:
        c.total += c.last_scale // 2  # "مليون ونصف" = 1.5 million, "3 آلاف ونصف" = 3500
        end += 1 + (end + 1 < n and words[end + 1] in _HALF_OF)
        c.used_words = True
    return NumberRead(c.total + c.current, end, words=c.used_words, start=start)


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
    "طفل شخص شاب رجل عنصر جندي ضابط طالب شقيق ابن قتيل شهيد جريح طبيب رضيع فتي شيخ نايب مريض اسير راكب تاجر"
).split()
# Nouns whose -ين form is also the sound plural: only the -ان (nominative) form is a dual.
_DUAL_STEMS_SOUND = ("مدني مقاتل مسلح مواطن مصاب معتقل مفقود نازح موظف عامل متطوع مهاجر لاجي صحفي مسعف "
                     "مدرس معلم قاصر شرطي عسكري منشق محتجز مختطف متظاهر مرافق").split()

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
    if len(word) > 3 and word[0] in _CLITICS_BEFORE_DUAL and word[1:] in DUALS:
        return 2
    return None
