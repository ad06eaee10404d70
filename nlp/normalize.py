"""Text normalisation: the one home of the folds shared by extraction, places, indexing and search.

``normalize_arabic`` folds what Arabic spelling varies on: diacritics (tashkeel),
tatweel, alef variants (أ إ آ ٱ → ا), alef maqsura (ى → ي), teh marbuta (ة → ه),
hamza carriers (ؤ → و, ئ → ي), and Arabic-Indic and Eastern Arabic digits (→ 0-9).
``normalize_for_search`` applies it plus case folding and compatibility forms, for
documents and queries alike, so an Arabic query finds Arabic text whatever the
letter variants and digits. ``fold_for_search`` is that, character by character, with
every character that is not a letter or digit turned into a space (what both search
engines index, ``indexing.text.fold``); ``fold_for_search_offsets`` also gives, for each
folded character, the index of the original one (snippets, highlights).

``normalize_digits`` is length-preserving, so figures found in the normalised text point
into the original. (The Arabic extractor keeps its own offset-keeping fold,
``nlp.arabic_numbers.fold_with_offsets``.) Nothing here is configurable.
"""

from __future__ import annotations

import re
import unicodedata

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_ARABIC_SEPARATORS = str.maketrans({"\u066b": ".", "\u066c": ",", "\u060c": ","})  # ٫ decimal, ٬ thousands, ، comma
_DIACRITICS = re.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]")
_TATWEEL = "\u0640"
_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})


def normalize_digits(text: str) -> str:
    """Arabic-Indic/Eastern Arabic digits and Arabic separators to ASCII; same length."""
    return text.translate(_DIGITS).translate(_ARABIC_SEPARATORS)


def normalize_arabic(text: str) -> str:
    """Fold Arabic spelling variants (see module docstring). Not length-preserving."""
    text = _DIACRITICS.sub("", text).replace(_TATWEEL, "")
    return normalize_digits(text.translate(_LETTERS))


def normalize_for_search(text: str) -> str:
    """The form documents and queries are indexed and searched in."""
    text = unicodedata.normalize("NFKC", text)
    return normalize_arabic(text).casefold()



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
