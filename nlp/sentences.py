"""Sentence splitting with character offsets, for the model-backed components.

``split_sentences(text, start, end)`` gives the ``(start, end)`` of each sentence of a
stretch of text (offsets into ``text``, whitespace trimmed): a sentence ends at
``. ! ? ؟ ۔ …`` followed by space (not after "No.", "Mr.", initials...) or at a line break.
``split_long(text, span, too_long)`` cuts a sentence a model cannot take in one piece
at clause marks (``, ، ; ؛ :``), then between words, gluing short clauses back while they
fit. ``nlp.translation`` (what is sent to the translation model, and the alignment) and
``nlp.entities`` (the windows of the NER model) both cut text with these. The casualty
extractor has its own splitter for sentences and list lines (``nlp.casualties.common``).
"""

from __future__ import annotations

import re
from typing import Callable, Optional

# A sentence ends at . ! ? ؟ (and ۔ …) followed by space, or at a line break.
_SENTENCE_END = re.compile(r"(?<=[.!?\u061F\u06D4\u2026])[\"'\u201D\u00BB)\]]*\s+|\n+")
_CLAUSE = re.compile(r"(?<=[,\u060C;\u061B:])\s+")
# "No. 5", "Mr. X", initials: not sentence ends (English only; Arabic has none of these).
_ABBREV = re.compile(r"(?:\b(?:No|Mr|Mrs|Dr|St|Gen|Col|Lt|Maj|Brig|Sgt|U\.S|U\.N|vs|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|\b[A-Z])\.$")


def split_sentences(text: str, start: int = 0, end: Optional[int] = None) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence of ``text[start:end]``, offsets into ``text``, whitespace trimmed."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    pos = start
    for m in _SENTENCE_END.finditer(text, start, end):
        if m.group().strip() == "" and "\n" not in m.group() and _ABBREV.search(text[max(pos, m.start() - 12):m.start()]):
            continue
        _add_trimmed(text, pos, m.start() + len(m.group().rstrip()) if m.group().strip() else m.start(), spans)
        pos = m.end()
    _add_trimmed(text, pos, end, spans)
    return spans


def _add_trimmed(text: str, s: int, e: int, out: list[tuple[int, int]]) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        out.append((s, e))


def split_long(text: str, span: tuple[int, int], too_long: Callable[[str], bool]) -> list[tuple[int, int]]:
    """Cut a sentence the model cannot take in one piece: at clause marks, then between words."""
    s, e = span
    if not too_long(text[s:e]):
        return [span]
    pieces: list[tuple[int, int]] = []
    pos = s
    for m in _CLAUSE.finditer(text, s, e):
        _add_trimmed(text, pos, m.start(), pieces)
        pos = m.end()
    _add_trimmed(text, pos, e, pieces)
    out: list[tuple[int, int]] = []
    for ps, pe in pieces if len(pieces) > 1 else [(s, e)]:
        if not too_long(text[ps:pe]):
            _merge_or_add(text, out, (ps, pe), too_long)
            continue
        words = [(m.start(), m.end()) for m in re.finditer(r"\S+", text[ps:pe])]
        cur = None
        for ws, we in words:
            ws, we = ws + ps, we + ps
            if cur is not None and too_long(text[cur[0]:we]):
                out.append(cur)
                cur = None
            cur = (cur[0], we) if cur else (ws, we)
        if cur:
            out.append(cur)
    return out


def _merge_or_add(text: str, out: list[tuple[int, int]], piece: tuple[int, int], too_long: Callable[[str], bool]) -> None:
    """Glue short clauses back together while they still fit (fewer, more natural segments)."""
    if out and not too_long(text[out[-1][0]:piece[1]]):
        out[-1] = (out[-1][0], piece[1])
    else:
        out.append(piece)
