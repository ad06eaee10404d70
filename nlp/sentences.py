"""Sentence splitting with character offsets: the one sentence splitter of tollwatch.

``split_sentences(text, start=0, end=None)`` → ``[Sentence(start, end, text)]``: the
sentences and list/table lines of ``text[start:end]``, offsets into ``text``, leading and
trailing space trimmed. A sentence ends

* at every line break (bulletins put lists and tables one item a line),
* at ``. ! ? ؟ ۔`` (and any closing quote or bracket after them) followed by space, a
  quote, an upper-case Latin or an Arabic letter, or the end: "at least.The" is two
  sentences, "1.5", "x.jpg" and "approx. 5" are none,
* at a bullet inside a line (``• ▪ ● ‣ ⁃ ◦ ·``);

but not after a single capital ("U.N.", "U.S."), a title or common abbreviation ("Mr.",
"Gen.", "No.", "e.g.") or a month's abbreviation that a number follows ("since Oct. 7,
2023"), nor at a stop that follows a space.

Everything that cuts text into sentences uses it:

* the casualty extractors: English reads each ``Sentence`` (``nlp.casualties.english``),
  Arabic maps the sentences of its folded text onto its tokens (``nlp.casualties.arabic``);
  ``nlp.casualties.common`` re-exports both names for the extractors;
* the model-backed components, which need pieces a model can take in one go:
  ``split_long(text, span, too_long)`` (below) is built on top of the sentences: it cuts one
  sentence that is still too long at clause marks (``, ، ; ؛ :``), then between words,
  gluing short clauses back while they fit. ``nlp.translation`` (what is sent to the
  translation model, and the alignment) and ``nlp.entities`` (the windows of the NER model)
  call ``split_sentences`` then ``split_long``.

Pure functions, no I/O.
"""

from __future__ import annotations

import re
from typing import Callable, NamedTuple, Optional

__all__ = ["Sentence", "split_sentences", "split_long"]


class Sentence(NamedTuple):
    """A sentence (or list/table line): ``text == source[start:end]``."""

    start: int
    end: int
    text: str


# A sentence ends at . ! ? (or Arabic ؟ and ۔) followed by space, a quote or an upper-case
# letter glued on ("at least.The"), not after a single capital ("U.N.", "U.S.") or a
# common abbreviation; at every line break; at bullets.
_SENT_END = re.compile(r"\n+|[.!?\u061f\u06d4]+[\"'\u201d\u2019)]*(?=\s|[A-Z\u0600-\u06ff\"\u201c]|$)")
_NO_END_BEFORE = re.compile(r"(?:\b[A-Z]|\b(?:Mr|Mrs|Dr|St|No|vs|Gen|gen|Lt|Col|Jr|jr|Sgt|Capt|approx|Maj|Brig|Prof|etc|i\.e|e\.g))$")
_MONTH_ABBR = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$")
_DIGIT_NEXT = re.compile(r"\s*\d")
_BULLET = re.compile(r"[\u2022\u25aa\u25cf\u2023\u2043\u25e6\u00b7]")
_CLAUSE = re.compile(r"(?<=[,\u060C;\u061B:])\s+")


def split_sentences(text: str, start: int = 0, end: Optional[int] = None) -> list[Sentence]:
    """Sentences and lines of ``text[start:end]`` with offsets into ``text`` (see the module docstring)."""
    if start or (end is not None and end < len(text)):
        part = text[start:end]
        return [Sentence(s + start, e + start, t) for s, e, t in split_sentences(part)]
    out: list[Sentence] = []
    pos = 0
    for m in _SENT_END.finditer(text):
        if m.group()[0] == "\n":
            _add(text, pos, m.start(), out)
        else:
            if m.start() == 0 or text[m.start() - 1].isspace() or _NO_END_BEFORE.search(text, max(0, m.start() - 6), m.start()):
                continue
            if _MONTH_ABBR.search(text, max(0, m.start() - 5), m.start()) and _DIGIT_NEXT.match(text, m.end()):
                continue  # "since Oct. 7, 2023"
            _add(text, pos, m.end(), out)
        pos = m.end()
    _add(text, pos, len(text), out)
    return out


def _add(text: str, start: int, end: int, out: list[Sentence]) -> None:
    # split further at bullets in the middle of a line
    cuts = [start] + [m.start() for m in _BULLET.finditer(text, start, end) if m.start() > start] + [end]
    for s, e in zip(cuts, cuts[1:]):
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append(Sentence(s, e, text[s:e]))


# --------------------------------------------------------------------------- model-length pieces

def split_long(text: str, span: tuple[int, int], too_long: Callable[[str], bool]) -> list[tuple[int, int]]:
    """Cut one sentence ``text[span[0]:span[1]]`` a model cannot take in one piece: at clause
    marks, then between words. ``span`` is a ``(start, end)`` pair or a ``Sentence``."""
    s, e = span[0], span[1]
    if not too_long(text[s:e]):
        return [(s, e)]
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


def _add_trimmed(text: str, s: int, e: int, out: list[tuple[int, int]]) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        out.append((s, e))


def _merge_or_add(text: str, out: list[tuple[int, int]], piece: tuple[int, int], too_long: Callable[[str], bool]) -> None:
    """Glue short clauses back together while they still fit (fewer, more natural segments)."""
    if out and not too_long(text[out[-1][0]:piece[1]]):
        out[-1] = (out[-1][0], piece[1])
    else:
        out.append(piece)
