"""Which language a stretch of text is written in, from its script alone.

Arabic script against Latin script is all the casualty extractor needs to pick its
rules, and it costs nothing; ``nlp.language`` does real language identification with
a packaged model for the bulletin record.
"""

from __future__ import annotations

import re

_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")
_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*")


def script_language(text: str) -> str | None:
    """``"ar"`` if Arabic letters dominate, ``"en"`` if Latin letters do, else ``None``."""
    ar = len(_ARABIC.findall(text))
    la = len(_LATIN.findall(text))
    if ar == 0 and la == 0:
        return None
    return "ar" if ar >= la else "en"


def paragraphs_by_script(text: str) -> list[tuple[int, int, str | None]]:
    """``(start, end, lang)`` for each paragraph (blocks separated by blank lines)."""
    return [(m.start(), m.end(), script_language(m.group())) for m in _PARAGRAPH.finditer(text)]
