"""The searchable form of text, the query language, and highlighted snippets; shared by both backends.

``fold(text)`` is what documents are indexed as and queries are searched with, on Elasticsearch
and on the embedded SQLite store alike (``nlp.normalize.fold_for_search``, the one home of text
folding): ``nlp.normalize.normalize_for_search`` applied character by character (Arabic letter
variants, diacritics, tatweel, Arabic-Indic digits, case), and every character that is not a
letter or digit turned into a space. Both engines then only have to split on spaces, so they see
the same tokens (``Syria's`` is ``syria s`` for both, ``١٬٢٠٠`` is ``1 200``). Because folding is
done per character, ``fold_offsets`` (``nlp.normalize.fold_for_search_offsets``) maps every folded
character back to the original, so the engines' highlights (made on the folded text) become
snippets of the original text.

``stems(text)`` is the folded text's words reduced to stems, indexed in a field of its own
(``search.stems`` / the ``stems`` column) on both backends: English words with the Porter
stemmer (``snowballstemmer``, the algorithm of Elasticsearch's ``english`` analyzer), Arabic words
with the light10 prefix/suffix stripping of Lucene's Arabic stemmer. A query word matches its
exact form (ranked higher) or its stem: "killing" finds "killed", "airstrike" finds "airstrikes",
"مدنيين" finds "والمدنيين". The same code runs for both engines, so they agree without either
needing a stemming analyzer (the portable profile has none).

The query language (words, phrases, ``|``, ``-``, ``*``, parentheses) is parsed in
``indexing.query``, into terms of folded words.
"""

from __future__ import annotations

import re
from functools import lru_cache

from nlp.normalize import fold_for_search as fold
from nlp.normalize import fold_for_search_offsets as fold_offsets

HL_PRE, HL_POST = "\x02", "\x03"  # highlight markers asked from the engines


def tokens(text: str | None) -> list[str]:
    return fold(text).split()


_ARABIC = re.compile(r"[\u0600-\u06FF]")
_AR_ARTICLES = ("وال", "بال", "كال", "فال", "لل", "ال")
_AR_SUFFIXES = ("ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي")  # light10 on folded text (ة→ه, ى→ي)


def _stem_arabic(word: str) -> str:
    """Light10 (Larkey et al.), as Lucene's ArabicStemFilter: strip و, an article, then suffixes."""
    if len(word) > 3 and word.startswith("و"):
        word = word[1:]
    for p in _AR_ARTICLES:
        if word.startswith(p) and len(word) - len(p) >= 2:
            word = word[len(p):]
            break
    for suffix in _AR_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            word = word[: -len(suffix)]
    return word


@lru_cache(maxsize=1)
def _porter():
    import snowballstemmer

    return snowballstemmer.stemmer("porter")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The stem of one folded word (unchanged if neither English nor Arabic letters)."""
    if word.isascii():
        return (_porter().stemWord(word) or word) if word.isalpha() else word
    if _ARABIC.search(word):
        return _stem_arabic(word)
    return word


def stems(*texts: str | None) -> str:
    """The stems of the words of ``texts``, space-separated (what ``search.stems`` holds)."""
    return " ".join(stem(w) for t in texts for w in fold(t).split())


def stem_spans(original: str, query_stems: set[str]) -> list[tuple[int, int]]:
    """Spans of the words of ``original`` whose stem is in ``query_stems`` (highlighting matches
    the engines found through the stems field, which they cannot highlight in the original)."""
    if not original or not query_stems:
        return []
    folded, starts = fold_offsets(original)
    out = []
    for m in re.finditer(r"\S+", folded):
        if stem(m.group()) in query_stems:
            a, b = m.span()
            out.append((starts[a], starts[b] if b < len(starts) else len(original)))
    return out


def marked_spans(marked: str) -> list[tuple[int, int]]:
    """Spans, in the unmarked text, of the parts an engine wrapped in HL_PRE/HL_POST."""
    spans, pos, start = [], 0, None
    for ch in marked:
        if ch == HL_PRE:
            start = pos
        elif ch == HL_POST:
            if start is not None:
                spans.append((start, pos))
            start = None
        else:
            pos += 1
    return spans


def original_spans(original: str, folded_spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Map spans in ``fold(original)`` back to spans of ``original``."""
    if not folded_spans:
        return []
    _, starts = fold_offsets(original)
    out = []
    for a, b in folded_spans:
        if a >= len(starts) or b <= a:
            continue
        # up to the next folded character, so marks folded away (tanween, tatweel) stay inside
        out.append((starts[a], starts[b] if b < len(starts) else len(original)))
    return out


def snippet(text: str, spans: list[tuple[int, int]], width: int = 220, pre: str = "<em>", post: str = "</em>") -> str:
    """A window of about ``width`` characters of ``text`` around the densest cluster of ``spans``,
    with the spans wrapped in ``pre``/``post``; the start of the text if there are no spans."""
    text = text or ""
    if not spans:
        cut = text[:width]
        return " ".join(cut.split()) + ("…" if len(text) > width else "")
    spans = sorted(set(spans))
    # the window start that covers the most spans
    best, best_n = spans[0][0], 0
    for i, (a, _) in enumerate(spans):
        n = sum(1 for s, e in spans[i:] if e <= a + width)
        if n > best_n:
            best, best_n = a, n
    start = max(0, best - width // 4)
    # start at a word boundary
    while start > 0 and not text[start - 1].isspace() and best - start < width // 2:
        start -= 1
    end = min(len(text), start + width)
    while end < len(text) and not text[end].isspace() and end - start < width + 30:
        end += 1
    out, pos = [], start
    for a, b in spans:
        if a < start or b > end or a < pos:
            continue
        out.append(text[pos:a])
        out.append(pre + text[a:b] + post)
        pos = b
    out.append(text[pos:end])
    body = " ".join("".join(out).split())
    return ("…" if start > 0 else "") + body + ("…" if end < len(text) else "")
