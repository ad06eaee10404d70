"""Text normalisation shared by extraction, indexing and search queries.

``normalize_arabic`` folds what Arabic spelling varies on: diacritics (tashkeel),
tatweel, alef variants (أ إ آ ٱ → ا), alef maqsura (ى → ي), teh marbuta (ة → ه),
hamza carriers (ؤ → و, ئ → ي), and Arabic-Indic and Eastern Arabic digits (→ 0-9).
``normalize_for_search`` applies it plus case folding and compatibility forms, for
documents and queries alike, so an Arabic query finds Arabic text whatever the
letter variants and digits. ``deobfuscate`` undoes the "kil*led"/"De-ath" spellings
some English headlines use to dodge social-media filters.

Length-preserving where it matters: ``normalize_digits`` and ``deobfuscate_keep_offsets``
keep every character offset, so figures found in the normalised text point into the
original.
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


_OBFUSCATED = re.compile(r"(?<=[A-Za-z])[*\-\u00ad](?=[a-z])")


def deobfuscate(text: str) -> str:
    """``kil*led`` → ``killed``, ``De-ath`` → ``Death``. Also drops real hyphens inside
    lower-case compounds' second part, so use it for keyword matching, not display."""
    return _OBFUSCATED.sub("", text)
