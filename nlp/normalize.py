"""Text folding: the one home of the character tables that extraction, places, indexing and search share.

The tables (each defined once, here):

* Arabic letter variants: alef forms (أ إ آ ٱ → ا), alef maqsura (ى → ي), teh marbuta
  (ة → ه), hamza carriers (ؤ → و, ئ → ي);
* digits: Arabic-Indic (٠–٩) and Eastern Arabic (۰–۹) → 0–9, and the Arabic separators
  (٫ decimal → ``.``, ٬ thousands → ``,``, ، comma → ``,``);
* diacritics (tashkeel, Quranic marks) and tatweel, which are dropped (``ARABIC_MARKS``
  matches one of them; the Arabic extractor's lexicon uses it).

Built on them:

* ``normalize_digits(text)``: digits and separators to ASCII; same length, so offsets found
  in the result point into the original (dates, numbers, the crawler's date reading);
* ``normalize_arabic(text)``: the letter variants, digits and separators folded, diacritics
  and tatweel dropped (not length-preserving): names, places, the NER's word lists;
* ``normalize_for_search(text)``: ``normalize_arabic`` plus compatibility forms (NFKC) and
  case folding, for documents and queries alike, so an Arabic query finds Arabic text
  whatever the letter variants and digits (alert rules);
* ``fold_for_search(text)``: that, character by character, with every character that is not
  a letter or digit turned into a space: what both search engines index
  (``indexing.text.fold``); ``fold_for_search_offsets`` also gives, for each folded
  character, the index of the original one (snippets, highlights);
* ``fold_arabic(text)``: the Arabic extractor's matching form, SAME LENGTH as the input: the
  letter variants, digits and separators, plus what its tokenizer needs: ؛ → ``;``, ؟ → ``?``,
  curly and angle quotes → ``"``, no-break space and direction marks → space, and the Persian
  letter forms (ک → ك, ی → ي, ۀ → ه); diacritics and tatweel are kept (dropping them changes
  the length);
* ``fold_arabic_with_offsets(text) -> (folded, offsets)``: ``fold_arabic`` with diacritics and
  tatweel dropped, and ``offsets[i]`` the index in ``text`` of ``folded[i]`` (with
  ``offsets[len(folded)] == len(text)``; ``None`` when nothing was dropped: the identity), so
  spans found in the folded copy map back (``nlp.arabic_numbers`` and the Arabic extractor
  use it; ``nlp.arabic_numbers.fold``/``fold_with_offsets`` are these two).

Why not ``pyarabic.araby`` (``strip_tashkeel``, ``normalize_hamza``...): it strips fewer marks
than the class below (no Quranic marks), folds neither digits nor separators, and keeps no
offsets; the tables here are a few lines and tested (tests/test_normalize.py). Nothing here
is configurable.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = [
    "normalize_digits", "normalize_arabic", "normalize_for_search", "fold_for_search",
    "fold_for_search_offsets", "fold_arabic", "fold_arabic_with_offsets",
]

# --------------------------------------------------------------------------- the tables

ARABIC_LETTER_VARIANTS = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"}
DIGITS = dict(zip("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789"))
ARABIC_SEPARATORS = {"\u066b": ".", "\u066c": ",", "\u060c": ","}  # ٫ decimal, ٬ thousands, ، comma
_DIACRITIC_CLASS = "\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED"  # tashkeel and Quranic marks
TATWEEL = "\u0640"
# what only the extractor's same-length fold adds: punctuation its tokenizer splits on, quotes,
# spaces and direction marks, the Persian letter forms
_EXTRACTOR_EXTRAS = {
    "؛": ";", "؟": "?",
    "“": '"', "”": '"', "«": '"', "»": '"', "„": '"', "\u00a0": " ", "\u200f": " ", "\u200e": " ",
    "ک": "ك", "ی": "ي", "ۀ": "ه",
}

_DIGITS = str.maketrans({**DIGITS, **ARABIC_SEPARATORS})
_LETTERS = str.maketrans(ARABIC_LETTER_VARIANTS)
_DIACRITICS = re.compile(f"[{_DIACRITIC_CLASS}]")
_ARABIC_FOLD = str.maketrans({**ARABIC_LETTER_VARIANTS, **DIGITS, **ARABIC_SEPARATORS, **_EXTRACTOR_EXTRAS})
ARABIC_MARKS = re.compile(f"[{_DIACRITIC_CLASS}{TATWEEL}]")  # one character: a diacritic or tatweel


# --------------------------------------------------------------------------- normalisation

def normalize_digits(text: str) -> str:
    """Arabic-Indic/Eastern Arabic digits and Arabic separators to ASCII; same length."""
    return text.translate(_DIGITS)


def normalize_arabic(text: str) -> str:
    """Fold Arabic spelling variants (see module docstring). Not length-preserving."""
    text = _DIACRITICS.sub("", text).replace(TATWEEL, "")
    return normalize_digits(text.translate(_LETTERS))


def normalize_for_search(text: str) -> str:
    """The form documents and queries are indexed and searched in."""
    text = unicodedata.normalize("NFKC", text)
    return normalize_arabic(text).casefold()


# --------------------------------------------------------------------------- search fold

class _FoldTable(dict):
    """ord(char) -> folded string, filled on first sight of a character (``str.translate`` asks)."""

    def __missing__(self, key: int) -> str:
        value = self[key] = _fold_char(chr(key))
        return value


def _fold_char(ch: str) -> str:
    out = normalize_for_search(ch)
    return "".join(c if (c.isalnum() or unicodedata.combining(c)) else " " for c in out)


_FOLD = _FoldTable()


def fold_for_search(text: str | None) -> str:
    """``normalize_for_search`` per character, non-letters/digits as spaces (see the module docstring)."""
    if not text:
        return ""
    return text.translate(_FOLD)


def fold_for_search_offsets(text: str) -> tuple[str, list[int]]:
    """``fold_for_search(text)`` and, for each of its characters, the index of the original character."""
    starts: list[int] = []
    for i, ch in enumerate(text):
        starts.extend([i] * len(_FOLD[ord(ch)]))  # fills the table as translate would
    return text.translate(_FOLD), starts


# --------------------------------------------------------------------------- extractor fold

def fold_arabic(text: str) -> str:
    """Letter variants, digits and Arabic punctuation folded; same length as ``text``."""
    return text.translate(_ARABIC_FOLD)


def fold_arabic_with_offsets(text: str) -> tuple[str, list[int] | None]:
    """``fold_arabic`` plus diacritics/tatweel removed, and the offset map back into ``text``
    (``None`` when nothing was removed: then offsets are the identity)."""
    folded = text.translate(_ARABIC_FOLD)
    if not ARABIC_MARKS.search(folded):
        return folded, None
    keep: list[str] = []
    offsets: list[int] = []
    last = 0
    for m in ARABIC_MARKS.finditer(folded):
        keep.append(folded[last:m.start()])
        offsets.extend(range(last, m.start()))
        last = m.end()
    keep.append(folded[last:])
    offsets.extend(range(last, len(folded)))
    offsets.append(len(text))
    return "".join(keep), offsets
