"""The language-independent core of the casualty extractors (English and Arabic).

The language modules (``nlp.casualties.english``, ``nlp.casualties.arabic``) find the
figures; this module holds what they share:

* ``split_sentences(text)`` → ``[Sentence(start, end, text)]``: sentences and list/table
  lines with offsets into ``text``; re-exported from ``nlp.sentences``, the one sentence
  splitter (the extractors and the model-backed components all cut text with it);
* ``deobfuscate_keep_offsets(text)``: undo "kil*led" / "De-ath" (SOHR headlines) without
  moving any character offset;
* ``make_figure(text, kind, count, start, end, sentence, ...)``: a ``CasualtyFigure``
  with its evidence span, sentence and defaults filled;
* ``nearest_parent(figures, index)``: the figure a "of the total"/"بينهم" subset belongs to;
* ``link_revisions(figures)``: tie superseded tolls to the toll that replaced them;
* ``merge_restated(figures)``: one figure for a toll stated twice (headline and body,
  digits and words), keeping the richest fields;
* ``finalize(figures)``: text order, restatements merged, ``part_of`` re-indexed: call it
  last, on a list whose ``part_of`` values index into that same list;
* ``resolve_time(phrase, published, lang="en")`` → ``TimeWindow``: "yesterday", "the last
  48 hours", "since the beginning of 2024", "1-20 October 2017", "from March 2011 to June
  2019", "in February 2015", "on Tuesday" (English rules; dateparser as the fallback,
  also for other languages).
(A figure's ``confidence`` is set last, by ``nlp.casualties.calibration``.)

Pure functions, no I/O, nothing configurable: the rules are the configuration.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left, bisect_right, insort
from datetime import date, datetime, timedelta
from functools import lru_cache
from heapq import merge
from typing import Iterable, Optional

from nlp.sentences import Sentence, split_sentences
from tollwatch.records import CasualtyFigure, TimeWindow

__all__ = [
    "Sentence",
    "split_sentences",
    "deobfuscate_keep_offsets",
    "make_figure",
    "nearest_parent",
    "link_revisions",
    "merge_restated",
    "finalize",
    "resolve_time",
    "MONTHS",
]


# --------------------------------------------------------------------------- deobfuscation

_OBFUSCATED = re.compile(r"\b([A-Za-z]++)[*\u00ad\-]+([a-z]+)\b")  # ++: no backtracking into the word
_OBFUSCATED_WORDS = frozenset(
    """killed killing kill kills death deaths dead died dies casualties casualty fatalities wounded
    injured injuries injury massacre massacres executed execution executions martyrs martyred
    bodies body slaughtered murdered shot bombing airstrike airstrikes""".split()
)


def deobfuscate_keep_offsets(text: str, words: frozenset[str] = _OBFUSCATED_WORDS) -> str:
    """``"kil*led"`` → ``"killed "``: the filler characters inside a casualty word are
    removed and the same number of spaces put after the word, so the string keeps its
    length and every offset outside the word. Only words in ``words`` (lower case) are
    touched: "pro-regime" and "forty-two" stay as they are."""
    if "*" not in text and "-" not in text and "\u00ad" not in text:
        return text

    def fix(m: re.Match) -> str:
        joined = m.group(1) + m.group(2)
        if joined.lower() not in words:
            return m.group()
        return joined + " " * (len(m.group()) - len(joined))

    return _OBFUSCATED.sub(fix, text)


# --------------------------------------------------------------------------- figures

def make_figure(
    text: str,
    kind: str,
    count: int,
    start: int,
    end: int,
    sentence: Optional[Sentence] = None,
    *,
    lang: Optional[str] = None,
    **fields,
) -> CasualtyFigure:
    """A ``CasualtyFigure`` whose evidence is ``text[start:end]`` (trimmed of spaces and
    trailing punctuation), with the sentence holding it; any other field by keyword."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    fig = CasualtyFigure(kind=kind, count=int(count), start=start, end=end, evidence=text[start:end], lang=lang,
                         **fields)
    if sentence is not None:
        fig.sentence = sentence.text
        fig.sentence_start = sentence.start
    return fig


def nearest_parent(figures: list[CasualtyFigure], index: int, *, same_kind: bool = True,
                   top_level: bool = False, window: Optional[int] = None,
                   before: Optional[int] = None) -> Optional[int]:
    """The index of the figure ``figures[index]`` is most likely a subset of: the
    nearest earlier figure (in list order) with a larger count, the same kind (unless
    ``same_kind=False``), not superseded, not vague; ``top_level`` only looks at figures
    that are not themselves subsets; ``window`` limits the character distance; ``before``
    looks only at figures before that index (not at the siblings of a breakdown)."""
    child = figures[index]
    for j in range(min(index, index if before is None else before) - 1, -1, -1):
        p = figures[j]
        if window is not None and child.start - p.end > window:
            break
        if p.superseded or p.vague or p.count <= child.count:
            continue
        if same_kind and p.kind != child.kind:
            continue
        if top_level and p.part_of is not None:
            continue
        return j
    return None


def link_revisions(figures: list[CasualtyFigure], window: int = 400) -> None:
    """For each superseded toll, mark the nearest current toll of the same kind (in the
    same neighbourhood, ``window`` characters) as its revision and record
    ``previous_count`` (in place). Linear: current tolls are indexed by kind and start."""
    current: dict[str, list[tuple[int, int]]] = {}
    for j, f in enumerate(figures):
        if not f.superseded and f.part_of is None:
            current.setdefault(f.kind, []).append((f.start, j))
    for starts in current.values():
        starts.sort()
    for i, old in enumerate(figures):
        if not old.superseded:
            continue
        near = current.get(old.kind, [])
        lo = bisect_left(near, (old.start - window, -1))
        hi = bisect_right(near, (old.start + window, len(figures)))
        found = min(((abs(s - old.start), j) for s, j in near[lo:hi]
                     if j != i and figures[j].count * 3 >= old.count), default=None)  # no toll of 32 "revised" to 1
        if found is not None:
            best = figures[found[1]]
            best.revision = True
            if best.previous_count is None:
                best.previous_count = old.count


def reindex_figures(figures: list[CasualtyFigure], order: list[int]) -> list[CasualtyFigure]:
    """The figures at the indexes ``order``, in that order, each ``part_of`` re-pointed into the
    new list (``None`` when its parent was left out)."""
    new_index = {old: new for new, old in enumerate(order)}
    out = [figures[i] for i in order]
    for f in out:
        if f.part_of is not None:
            f.part_of = new_index.get(f.part_of)
    return out


def _categories(f: CasualtyFigure) -> frozenset:
    return frozenset(c for c in f.victim_categories if c != "unknown")


def _compatible(a: Optional[str], b: Optional[str]) -> bool:
    if not a or not b:
        return True
    a, b = a.lower(), b.lower()
    return a in b or b in a


_BULLET = r"[\u2022\u25aa\u25cf\u2023\u2043\u25e6\u00b7*\-\u2013]"  # what opens a list line
# a list or table line: a bullet, or a label and a colon ("Aleppo: 5 civilians"), not a quote after a
# verb of saying ('A source at the hospital said: "We received 25 bodies"')
# (not a post under a clock time, "15:36 The State Emergency Service now says …", blind65 en)
_LIST_ITEM = re.compile(r"^\s*(?!\d{1,2}:\d{2}\b)(?:" + _BULLET + r"|[^:\n]{1,140}?"
                        r"(?<!\bsaid)(?<!\bsays)(?<!\btold)(?<!\badded)(?<!\bstated)(?<!\bwrote)(?<!\d):{1,2}\s*\S)")  # (not "as of 12:00")


_OTHER = re.compile(r"\b(?:other|another|more|further|additional)\b", re.IGNORECASE)
_OTHERS = re.compile(r"\bothers\b", re.IGNORECASE)


def _row_value(f: CasualtyFigure) -> bool:
    """Whether ``f`` is the value of a list or table line, after its label ("Aleppo: 5 civilians"), not a count before
    a colon that opens what follows ("Thirty-five dead, two of them children, on a day …: this is how …", blind80 en)."""
    m = _LIST_ITEM.match(f.sentence)
    return m is not None and f.start - f.sentence_start >= m.end() - 1


def _same_place(a: CasualtyFigure, b: CasualtyFigure) -> bool:
    return not a.place or not b.place or _compatible(a.place, b.place)


def _same_fact(a: CasualtyFigure, b: CasualtyFigure, same_parent: bool = False) -> bool:
    """Whether ``b`` restates ``a``; ``same_parent``: both are parts of one (merged) total."""
    if a.kind != b.kind or a.count != b.count or a.count_max != b.count_max or a.vague != b.vague:
        return False
    if a.superseded != b.superseded or (a.start < b.end and b.start < a.end):
        return False
    if a.derived != b.derived and a.sentence_start != b.sentence_start:
        derived = a if a.derived else b
        if not derived.place or not _compatible(a.place, b.place):
            return False  # "The family, a man, his wife and their two daughters" (4) is not "four civilians" told elsewhere
    if _categories(a) != _categories(b):
        # a headline's bare number ("Rebel shelling kills 5") restates the body's "five civilians"
        headline = min(a.sentence_start, b.sentence_start) == 0 and a.sentence_start != b.sentence_start
        generic = (not _categories(a) or not _categories(b)) and not (a.derived or b.derived)  # a sum is its parts' people
        bare, named = (a, b) if not _categories(a) else (b, a)
        if generic and bare.perpetrator and not named.perpetrator and _LIST_ITEM.match(bare.sentence) \
                and not _LIST_ITEM.match(named.sentence):
            generic = False  # a breakdown by perpetrator's "Russian forces: 3" is not "three medical personnel" told after it
        if not (headline and (not a.victim_categories or not b.victim_categories)) \
                and not (generic and a.sentence_start != b.sentence_start and _same_place(a, b)):
            return False  # "14 civilians … the toll at 14 dead": "dead", "people" restate a toll of any group
    if bool(_OTHER.search(a.victims or "")) != bool(_OTHER.search(b.victims or "")):
        return False  # "six other soldiers were killed" is not the "six soldiers" before it
    if not _compatible(a.perpetrator, b.perpetrator):
        return False
    if a.count <= 2 and not same_parent and not (a.place and b.place and _compatible(a.place, b.place)):
        return False  # "a child" here and "a child" there: two facts unless the place or the total says otherwise
    if a.sentence_start == b.sentence_start and a.count <= 2:
        return False  # "one man was killed in A, another in B": one sentence does not restate its one or two
    if a.sentence_start == b.sentence_start and _OTHERS.search(b.victims or ""):
        return False  # "four shot in one village, and the bodies of four others found in another": two facts
    if a.sentence_start != b.sentence_start and min(a.sentence_start, b.sentence_start) != 0 \
            and _row_value(a) and _row_value(b):
        return False  # two lines of a list or table are two facts (a headline "Manipur violence: 60 killed" is no row)
    if a.manner and b.manner and a.manner != b.manner:
        return False
    if a.count <= 2 and a.time and b.time and a.time.start and b.time.start and (a.time.start, a.time.end) != (b.time.start, b.time.end):
        return False
    return True


def _fact_key(f: CasualtyFigure) -> tuple:
    """What two statements of one fact must share exactly (see ``_same_fact``)."""
    return f.kind, f.count, f.count_max, f.vague, f.superseded, bool(_OTHER.search(f.victims or ""))


class _Facts:
    """The figures kept so far by ``merge_restated``, indexed so that a new figure is only
    compared with those that can state the same fact: same ``_fact_key``, same parent (the
    root of its ``part_of``), same victim categories (or none), list lines only with figures
    outside lists or on the same line, and the headline's figures (whose bare number may
    restate a categorised one) with all. A figure whose parent comes after it (its root may
    still change) is compared with everything."""

    def __init__(self, parent_key) -> None:
        self.parent_key = parent_key  # index -> the root of its parent, None, or _LATER
        self.plain: dict[tuple, list[int]] = {}  # (key, parent, categories) -> indexes outside lists
        self.lines: dict[tuple, list[int]] = {}  # (key, parent, categories) -> indexes on list lines
        self.line: dict[tuple, list[int]] = {}  # (key, parent, categories, sentence_start) -> on that list line
        self.headline: dict[tuple, list[int]] = {}  # (key, parent) -> indexes in the first sentence
        self.every: dict[tuple, list[int]] = {}  # (key, parent) -> all indexes
        self.outside: dict[tuple, list[int]] = {}  # (key, parent) -> indexes outside lists, any categories
        self.on_line: dict[tuple, list[int]] = {}  # (key, parent, sentence_start) -> on that list line
        self.small: dict[tuple, list[int]] = {}  # (key, place) -> top-level counts of one or two with a place
        self.small_places: dict[tuple, set] = {}  # key -> the places of ``small``
        self.later: dict[tuple, list[int]] = {}  # key -> figures whose parent comes after them

    def _lists(self, f: CasualtyFigure, i: int) -> list[list[int]]:
        parent = self.parent_key(i)
        if parent is _LATER:
            return [self.later.setdefault(_fact_key(f), [])]
        key, cats = (_fact_key(f), parent), _categories(f)
        if _row_value(f):
            out = [self.lines.setdefault((key, cats), []), self.line.setdefault((key, cats, f.sentence_start), []),
                   self.on_line.setdefault((key, f.sentence_start), [])]
        else:
            out = [self.plain.setdefault((key, cats), []), self.outside.setdefault(key, [])]
        if f.sentence_start == 0:
            out.append(self.headline.setdefault(key, []))
        out.append(self.every.setdefault(key, []))
        if f.count <= 2 and f.part_of is None and f.place:
            place = f.place.lower()
            self.small_places.setdefault(key[0], set()).add(place)
            out.append(self.small.setdefault((key[0], place), []))
        return out

    def add(self, f: CasualtyFigure, i: int) -> None:
        if f.count <= 2 and not f.place and f.part_of is None:
            return  # "a child" here and "a child" there: never restated without a place or a total
        for lst in self._lists(f, i):
            insort(lst, i)

    def remove(self, f: CasualtyFigure, i: int) -> None:
        if f.count <= 2 and not f.place and f.part_of is None:
            return
        for lst in self._lists(f, i):
            k = bisect_left(lst, i)
            if k < len(lst) and lst[k] == i:
                del lst[k]

    def candidates(self, f: CasualtyFigure, parent: Optional[int]) -> Iterable[int]:
        """Indexes of kept figures that may state the fact of ``f`` (whose parent's root is
        ``parent``), in list order."""
        if f.count <= 2 and not f.place and f.part_of is None:
            return ()
        if f.count <= 2 and f.part_of is None:  # "a child" is restated only at a compatible place
            places = self.small_places.get(_fact_key(f), ())
            return _unique(merge(*(self.small[(_fact_key(f), p)] for p in places if _compatible(p, f.place))))
        key, cats = (_fact_key(f), parent), _categories(f)
        later = self.later.get(key[0], [])
        same_line = _row_value(f)
        if f.sentence_start != 0 and not cats and same_line:  # any categories, but two list lines are two facts
            return _unique(merge(self.outside.get(key, ()), self.on_line.get((key, f.sentence_start), ()),
                                 self.headline.get(key, ()), later))  # (a headline is no list line)
        if f.sentence_start == 0 or not cats:  # a headline or a generic noun may restate any categories
            return _unique(merge(self.every.get(key, ()), later))
        lists = [later]
        for group in (cats, frozenset()):  # its own categories, or "people", "dead"
            lists.append(self.plain.get((key, group), []))
            lists.append(self.line.get((key, group, f.sentence_start), []) if same_line else self.lines.get((key, group), []))
        if f.sentence_start != 0:
            lists.append(self.headline.get(key, []))
        return _unique(merge(*lists))


_LATER = object()


class _Roots:
    """The figures kept so far, unindexed: for the usual bulletin (up to ``_SMALL`` figures)
    comparing with every kept figure is cheaper than keeping an index."""

    def __init__(self) -> None:
        self.kept: list[int] = []

    def add(self, f: CasualtyFigure, i: int) -> None:
        insort(self.kept, i)

    def remove(self, f: CasualtyFigure, i: int) -> None:
        self.kept.remove(i)

    def candidates(self, f: CasualtyFigure, parent: Optional[int]) -> Iterable[int]:
        return self.kept


_SMALL = 48


def _unique(indexes: Iterable[int]) -> Iterable[int]:
    last = None
    for i in indexes:
        if i != last:
            yield i
        last = i


def merge_restated(figures: list[CasualtyFigure]) -> list[CasualtyFigure]:
    """One figure for a toll the bulletin states more than once (headline and body,
    digits and words, "42 killed … the toll has risen to 42 dead").

    Two figures are the same fact when kind, count, range, vagueness and victim
    categories agree, place/perpetrator/manner/time do not contradict, and their
    ``part_of`` parents are (after merging) the same figure. The first mention is kept
    as evidence; empty fields are filled from the later ones; the qualifier of the more
    precise mention wins ("at least 16" over "16"). ``part_of`` must index into
    ``figures``; the result is re-indexed. Linear in the number of figures: each is
    compared only with the earlier ones that can state the same fact (``_Facts``)."""
    n = len(figures)
    rep = list(range(n))  # representative of each figure

    def root(i: int) -> int:
        while rep[i] != i:
            i = rep[i]
        return i

    def parent_key(i: int):  # the root of an earlier parent no longer changes; a later one's may
        p = figures[i].part_of
        return None if p is None else root(p) if p < i else _LATER

    facts = _Facts(parent_key) if n > _SMALL else _Roots()
    partners = _sentence_partners(figures)
    for i in range(n):  # in text order, so parents are resolved before children
        a = figures[i]
        pa = root(a.part_of) if a.part_of is not None else None
        for j in facts.candidates(a, pa):
            b = figures[j]
            pb = root(b.part_of) if b.part_of is not None else None
            if pa != pb or not _same_fact(b, a, same_parent=pa is not None) or _partners_differ(partners, i, j) \
                    or _coordinated(figures, j, i) or _sum_beside_an_item(figures, partners, i, j):
                continue
            rep[i] = j
            facts.remove(b, j)
            _absorb(b, a)
            facts.add(b, j)
            break
        else:
            facts.add(a, i)
    _merge_rounded(figures, rep, root)
    _merge_restated_parts(figures, rep, root, partners)
    keep = [i for i in range(n) if rep[i] == i]
    for f in figures:
        if f.part_of is not None:
            f.part_of = root(f.part_of)
    return reindex_figures(figures, keep)


# what may stand between two coordinated figures of one sentence: a comma, "and", "as well as", "plus", "و"
_COORDINATION_GAP = re.compile(r"[\s,\u060c]*(?:(?:and|as\s+well\s+as|plus|along\s+with|\u0648)[\s,\u060c]*)?",
                               re.IGNORECASE)


def _coordinated(figures: list[CasualtyFigure], j: int, i: int) -> bool:
    """"Three policemen and three soldiers were killed", "ثلاثة شرطيين وثلاثة جنود", "three children,
    two women and three medics": figures of one sentence with nothing but coordination (and other
    figures) between them are two groups, however equal their counts, not one fact told twice."""
    a, b = figures[j], figures[i]
    if a.sentence_start != b.sentence_start or a.end > b.start or b.start - a.sentence_start > len(a.sentence):
        return False
    gap, pos = [], a.end
    for f in figures[j + 1:i]:
        if f.sentence_start == a.sentence_start and pos <= f.start and f.end <= b.start:
            gap.append(a.sentence[pos - a.sentence_start:f.start - a.sentence_start])
            pos = f.end
    gap.append(a.sentence[pos - a.sentence_start:b.start - a.sentence_start])
    return all(_COORDINATION_GAP.fullmatch(g) for g in gap)


def by_sentence_start(figures: list[CasualtyFigure], top_only: bool = False) -> dict[int, list[int]]:
    """The indexes of ``figures`` by the start of their sentence, in order; with ``top_only``,
    of the top-level stated ones only (no ``part_of``, not derived)."""
    out: dict[int, list[int]] = {}
    for k, f in enumerate(figures):
        if not top_only or (f.part_of is None and not f.derived):
            out.setdefault(f.sentence_start, []).append(k)
    return out


def _sentence_partners(figures: list[CasualtyFigure]) -> list[dict]:
    """For each figure, the counts by kind of the other top-level figures of its sentence (not an earlier toll the
    sentence recalls: "68 migrants had been killed and 47 injured; a first report … had mentioned 30 dead", blind77 en)."""
    by_sentence = by_sentence_start(figures, top_only=True)
    out: list[dict] = []
    for k, f in enumerate(figures):
        out.append({figures[m].kind: figures[m].count for m in by_sentence.get(f.sentence_start, ()) if m != k
                    and figures[m].kind != f.kind and not figures[m].superseded})
    return out


def _partners_differ(partners: list[dict], i: int, j: int) -> bool:
    """"killing 24 people and wounding 68" after "At least 24 people were killed … 16 people were
    wounded": the same count told with another count of another kind beside it is another event
    (blind13 en 022: a second attack the same day)."""
    a, b = partners[i], partners[j]
    return any(kind in b and b[kind] != count for kind, count in a.items())


def _sum_beside_an_item(figures: list[CasualtyFigure], partners: list[dict], i: int, j: int) -> bool:
    """A total summed from named people ("his sister and her two children", ``derived``) restates a
    count of another sentence only when that count stands alone there ("Eight people were killed"), not
    when it is one item of a breakdown ("one blew himself up, three were shot dead and one was
    captured": blind25 en 021)."""
    a, b = figures[i], figures[j]
    if a.derived == b.derived or a.sentence_start == b.sentence_start:
        return False
    stated = j if a.derived else i
    return bool(partners[stated])


def _merge_rounded(figures: list[CasualtyFigure], rep: list[int], root) -> None:
    """"over 14,000 civilians" … "14,227 individuals": a rounded restatement merges into the exact toll."""
    alive = [k for k in range(len(figures)) if root(k) == k]
    ordered = all(figures[a].start <= figures[b].start for a, b in zip(alive, alive[1:]))
    starts = [figures[k].start for k in alive]
    for i in alive:
        if root(i) != i or figures[i].part_of is not None:
            continue
        if ordered:
            lo = bisect_left(starts, figures[i].start - _ROUNDED_WINDOW)
            hi = bisect_right(starts, figures[i].start + _ROUNDED_WINDOW)
            j = _precise_version(figures, i, alive[lo:hi])
        else:
            j = _precise_version(figures, i, alive)
        if j is not None:
            rep[i] = j
            _absorb(figures[j], figures[i], qualifier=False)


_ROUNDED_WINDOW = 1500


# a row of a list or table: a bullet, or a short label and a colon before a number ("Latakia: 843"), not a
# dateline ("Coastal region: SOHR has documented …") or a long clause before a colon
_LABEL_CELL = r"[^:\n]{1,40}:{1,2}\s*[\d\u0660-\u0669]"  # "Aleppo: 12"
_LABEL_ROW = re.compile(r"^\s*(?:" + _BULLET + r"\s*)?" + _LABEL_CELL)  # a labelled row, bulleted or not
_TABLE_ROW = re.compile(r"^\s*(?:" + _BULLET + r"|" + _LABEL_CELL + r")")  # any bullet, or a labelled row


def _merge_restated_parts(figures: list[CasualtyFigure], rep: list[int], root, partners: list[dict]) -> None:
    """"At least 104 people, including 35 children, were killed … UNICEF said at least 35 children
    were killed": a later top-level toll that restates an earlier part of a total (same kind, count
    and named victim categories, in another sentence, nothing contradicting) is that part told
    again, not a figure of its own. Counts of one or two are left alone (two "a child" are two
    facts), and so are figures without a category ("35 people" may be anyone) and rows of a list.
    Not the other way round: a toll told first and a part of a later total may be two events ("6
    policemen killed at a checkpoint. In another incident, 20 people, including 6 policemen")."""
    parts: dict[tuple, list[int]] = {}
    for i, f in enumerate(figures):
        if root(i) != i or f.count <= 2 or not _categories(f) or f.derived:
            continue
        key = (_fact_key(f), _categories(f))
        if f.part_of is not None:
            if not _LABEL_ROW.match(f.sentence):  # a highlights bullet's part is told again in the text
                parts.setdefault(key, []).append(i)
            continue
        if _TABLE_ROW.match(f.sentence):
            continue  # a row of a list or table is a fact of its own
        for j in parts.get(key, ()):
            b = figures[j]
            if b.sentence_start != f.sentence_start and root(j) == j and _same_fact(b, f, same_parent=True) \
                    and not _partners_differ(partners, i, j):
                rep[i] = j
                _absorb(b, f)
                break


def _more_precise(exact: int, rounded: int) -> bool:
    """``exact`` is told more precisely than ``rounded``: not a round hundred ("14,227" against
    "14,000"), or, for a rounded count of 100,000 or more, with fewer trailing zeros ("1,041,000"
    against "more than a million", blind13 en 023)."""
    if exact % 100:
        return True
    return rounded >= _ROUNDED_LARGE and _trailing_zeros(exact) < _trailing_zeros(rounded)


def _trailing_zeros(n: int) -> int:
    return len(str(n)) - len(str(n).rstrip("0"))


_ROUNDED_LARGE = 100_000


def _precise_version(figures: list[CasualtyFigure], i: int, alive: list[int]) -> Optional[int]:
    """The index of the exact toll that a rounded, qualified one ("more than 14,000",
    "nearly 1,000") restates: same kind, within 10 % above (or around, for "about"), in
    another sentence nearby, compatible victims; ``None`` if there is none or several."""
    r = figures[i]
    if r.qualifier not in ("more_than", "at_least", "about") or r.count < 100 or r.count % 100 or r.vague:
        return None
    lo, hi = (r.count * 0.9, r.count * 1.1) if r.qualifier == "about" else (r.count, r.count * 1.1)
    found = []
    for j in alive:
        p = figures[j]
        if j == i or p.part_of is not None or p.kind != r.kind or p.superseded or p.vague:
            continue
        if p.sentence_start == r.sentence_start or abs(p.start - r.start) > _ROUNDED_WINDOW:
            continue
        if not (lo <= p.count <= hi) or not _more_precise(p.count, r.count):
            continue
        ca, cb = _categories(r), _categories(p)
        if ca and cb and not (ca <= cb or cb <= ca):
            continue
        if not _compatible(r.perpetrator, p.perpetrator):
            continue
        found.append(j)
    return found[0] if len(found) == 1 else None


_QUALIFIER_RANK = {"exact": 0, "about": 1, "up_to": 1, "more_than": 2, "at_least": 2}


def _absorb(keep: CasualtyFigure, other: CasualtyFigure, qualifier: bool = True) -> None:
    for name in ("manner", "victims", "perpetrator", "place", "time", "previous_count"):
        if getattr(keep, name) in (None, "") and getattr(other, name) not in (None, ""):
            setattr(keep, name, getattr(other, name))
    if not keep.victim_categories or keep.victim_categories == ["unknown"]:
        if other.victim_categories:
            keep.victim_categories = list(other.victim_categories)
    if qualifier and _QUALIFIER_RANK.get(other.qualifier, 0) > _QUALIFIER_RANK.get(keep.qualifier, 0):
        keep.qualifier = other.qualifier
    keep.revision = keep.revision or other.revision
    keep.derived = keep.derived and other.derived  # a summed total the text also states is stated
    if other.scope == "cumulative":
        keep.scope = "cumulative"


def mark_abductions(figures: list[CasualtyFigure], taken: re.Pattern, arrested: re.Pattern) -> None:
    """A detention figure whose words around it tell of people taken by force ("Gunmen abducted 13
    people", "251 were taken hostage") and not of an arrest gets ``manner = "abducted"``, so a
    consumer can tell abductions and hostages from arrests (annotation schemes that file abductions
    as ``other`` leave them out: ``tollwatch eval --abductions-as-other``). ``taken`` and
    ``arrested`` are the language's words; the window is the figure's span and
    ``ABDUCTION_REACH`` characters on each side, within its sentence. In place."""
    for f in figures:
        if f.kind != "detained" or f.manner:
            continue
        lo = max(0, f.start - f.sentence_start - ABDUCTION_REACH)
        window = f.sentence[lo:f.end - f.sentence_start + ABDUCTION_REACH]
        if taken.search(window) and not arrested.search(window):
            f.manner = ABDUCTED


ABDUCTION_REACH = 60
ABDUCTED = "abducted"


def finalize(figures: list[CasualtyFigure]) -> list[CasualtyFigure]:
    """The last step of every extractor: text order, superseded tolls tied to their
    revisions, restatements merged, ``part_of`` re-indexed into the returned list.
    ``part_of`` on input indexes into ``figures`` as given."""
    order = sorted(range(len(figures)), key=lambda i: (figures[i].start, figures[i].end))
    ordered = reindex_figures(figures, order)
    link_revisions(ordered)
    return merge_restated(ordered)


# --------------------------------------------------------------------------- time windows

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
_MONTH = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
_UNIT_DAYS = {"hour": 1 / 24, "day": 1, "week": 7, "month": 30, "year": 365, "24 hours": 1}

# English time words the window rules read
_TODAY = frozenset({"today", "this morning", "this evening", "tonight", "this afternoon", "on the day"})
_YESTERDAY = frozenset({"yesterday", "last night", "yesterday evening", "yesterday morning", "the previous day"})
_OVERNIGHT = frozenset({"last night"})  # from yesterday to the day of publication
_LAST = "last "  # "last Thursday" said on a Thursday: the week before
_SMALL_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                "few": None, "several": None, "twelve": 12, "forty-eight": 48, "twenty-four": 24}
_EDGE_START = frozenset({"beginning of", "start of", "early"})
_EDGE_END = frozenset({"end of", "the end of", "late"})
_LEADING_PREP = re.compile(r"^(?:during|in|over|within|throughout|for)\s+(?=(?:the|a|one)\s+)")
_POINT_PREP = re.compile(r"^(?:in|during|throughout|for|on|at|of|the month of)\s+")
_DATE_PREP = re.compile(r"^(?:on|at night of|night of|at|in|the night of)\s+")
_EXPLICIT_END = re.compile(r"\b(?:to|until|till|through|and)\b|\d\s*[-\u2013]\s*\d")
_DIGIT = re.compile(r"\d")
_ORD = r"(\d{1,2})(?:st|nd|rd|th)?"
_WORD_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
             "eighth": 8, "ninth": 9, "tenth": 10}

_RX = {
    "range_dm": re.compile(rf"(?:between\s+|from\s+)?(?:the\s+)?{_ORD}\s*(?:-|–|to|and|until)\s*(?:the\s+)?{_ORD}\s+(?:of\s+)?({_MONTH})(?:,?\s+(\d{{4}}))?"),
    "last_n": re.compile(r"(?:the\s+)?(?:last|past|previous)\s+(\d+|\w+)\s+(hour|day|week|month|year)s?"),
    "last_one": re.compile(r"(?:the\s+)?(?:last|past|previous)\s+(24 hours|hour|day|week|month|year)\b"),
    "since": re.compile(r"(?:since|from)\s+(.+)"),
    "a_unit": re.compile(r"(?:a|one|the)\s+(day|week|month|year)"),
    "from_to": re.compile(r"(?:from|between)\s+(.+?)\s+(?:to|until|till|and|through|-|–)\s+(.+)"),
    "year": re.compile(r"(?:in|during|throughout|for)?\s*(?:the\s+year\s+)?(\d{4})$"),
    "weekday": re.compile(r"(?:on\s+|last\s+)?(" + "|".join(_WEEKDAYS) + r")\b"),
}


def resolve_time(phrase: str, published: Optional[date], lang: str = "en") -> TimeWindow:
    """A ``TimeWindow`` for a time phrase, with ``start``/``end`` (ISO dates) resolved
    against ``published`` where the phrase allows; unresolved ends stay ``None``.

    English phrases are read by rules (fast, no model); phrases the rules do not
    cover, and other languages, go to ``dateparser`` (a single date)."""
    start, end = _resolve_cached(phrase, published, lang)
    return TimeWindow(phrase=phrase, start=start, end=end)


@lru_cache(maxsize=2048)
def _resolve_cached(phrase: str, published: Optional[date], lang: str) -> tuple[Optional[str], Optional[str]]:
    p = " ".join(phrase.lower().replace("\u2019", "'").split()).strip(" ,.")
    p = _LEADING_PREP.sub("", p)
    rng = _english_window(p, published) if lang == "en" else None
    if rng is None and (lang != "en" or _DIGIT.search(p)):
        rng = _dateparser_window(phrase, published, lang)
    if rng is None:
        return None, None
    s, e = rng
    explicit_end = _EXPLICIT_END.search(p)
    if published is not None and e is not None and e > published and (s is None or s <= published) \
            and not explicit_end:
        e = published
    return (s.isoformat() if s else None), (e.isoformat() if e else None)


def _english_window(p: str, pub: Optional[date]) -> Optional[tuple[Optional[date], Optional[date]]]:
    if p in _TODAY and pub:
        return pub, pub
    if p in _YESTERDAY and pub:
        d = pub - timedelta(days=1)
        return d, d if p not in _OVERNIGHT else pub
    m = _RX["last_n"].fullmatch(p)
    if m and pub:
        n = m.group(1)
        num = int(n) if n.isdigit() else _small_word(n)
        if num is not None:
            days = num * _UNIT_DAYS[m.group(2)]
            return pub - timedelta(days=max(1, int(-(-days // 1)))), pub
    m = _RX["last_one"].fullmatch(p)
    if m and pub:
        days = _UNIT_DAYS.get(m.group(1), 1)
        return pub - timedelta(days=max(1, int(days))), pub
    m = _RX["range_dm"].fullmatch(p)
    if m:
        year = int(m.group(4)) if m.group(4) else (pub.year if pub else None)
        if year:
            month = MONTHS[m.group(3).rstrip(".").lower()]
            try:
                return date(year, month, int(m.group(1))), date(year, month, int(m.group(2)))
            except ValueError:
                return None
    m = _RX["a_unit"].fullmatch(p)
    if m and pub:
        return pub - timedelta(days=int(_UNIT_DAYS[m.group(1)])), pub
    m = _RX["since"].fullmatch(p)
    if m:
        s = _parse_point(m.group(1), pub, end=False) or _last_weekday(m.group(1), pub)
        if s:
            return s, pub
    m = _RX["from_to"].fullmatch(p)
    if m:
        s, e = _parse_point(m.group(1), pub, end=False), _parse_point(m.group(2), pub, end=True)
        if s and e:
            return s, e
    d = _last_weekday(p, pub)
    if d:
        return d, d
    p2 = _POINT_PREP.sub("", p)
    s, e = _parse_point(p2, pub, end=False), _parse_point(p2, pub, end=True)
    if s and e:
        return s, e
    return None


def _last_weekday(p: str, pub: Optional[date]) -> Optional[date]:
    """The day "Thursday", "on Thursday" or "last Thursday" names: the latest such weekday on or
    before publication; "last Thursday" said on a Thursday is the week before."""
    m = _RX["weekday"].fullmatch(p)
    if not m or pub is None:
        return None
    back = (pub.weekday() - _WEEKDAYS[m.group(1)]) % 7
    if back == 0 and p.startswith(_LAST):
        back = 7
    return pub - timedelta(days=back)


def _small_word(w: str) -> Optional[int]:
    return _SMALL_WORDS.get(w)


_POINT = [
    # the first of October 2017 / 20th of October 2017 / 24 October 2017 / 1 Feb 2015
    (re.compile(rf"(?:the\s+)?(?:(\d{{1,2}})(?:st|nd|rd|th)?|({'|'.join(_WORD_ORD)}))\s+(?:of\s+)?({_MONTH}),?\s*(\d{{4}})?"), "dmy"),
    # March 24, 2019 / March 6
    (re.compile(rf"({_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s*(\d{{4}}))?"), "mdy"),
    # (the beginning of / early / mid / late / the end of) (March) 2011
    (re.compile(rf"(?:the\s+)?(beginning of|start of|early|mid|mid-|late|end of|the end of)?\s*(?:the\s+)?(?:({_MONTH})\s*)?(\d{{4}})?"), "my"),
]


def _parse_point(s: str, pub: Optional[date], end: bool) -> Optional[date]:
    """A date from "March 24, 2019", "the first of October 2017", "early January 2019",
    "June 2019" (first/last day by ``end``), "2011"; years default to the publication's."""
    s = s.strip(" ,.").lower()
    s = _DATE_PREP.sub("", s)
    for rx, form in _POINT:
        m = rx.fullmatch(s)
        if not m:
            continue
        try:
            if form == "dmy":
                day = int(m.group(1)) if m.group(1) else _WORD_ORD[m.group(2)]
                month = MONTHS[m.group(3).rstrip(".")]
                year = int(m.group(4)) if m.group(4) else _year_for(month, pub)
                return date(year, month, day) if year else None
            if form == "mdy":
                month = MONTHS[m.group(1).rstrip(".")]
                year = int(m.group(3)) if m.group(3) else _year_for(month, pub)
                return date(year, month, int(m.group(2))) if year else None
            edge, mon, yr = m.group(1), m.group(2), m.group(3)
            if not mon and not yr:
                return None
            month = MONTHS[mon.rstrip(".")] if mon else None
            year = int(yr) if yr else (_year_for(month, pub) if month else None)
            if not year:
                return None
            if month:
                last = calendar.monthrange(year, month)[1]
                if edge in _EDGE_START:
                    return date(year, month, 1)
                if edge in _EDGE_END:
                    return date(year, month, last)
                return date(year, month, last if end else 1)
            if edge in _EDGE_END:
                return date(year, 12, 31)
            if edge in _EDGE_START:
                return date(year, 1, 1)
            return date(year, 12, 31) if end else date(year, 1, 1)
        except (ValueError, KeyError):
            return None
    return None


def _year_for(month: Optional[int], pub: Optional[date]) -> Optional[int]:
    """The year of a month named without one: the publication's, or the year before if
    that month has not come yet."""
    if pub is None or month is None:
        return None
    return pub.year if month <= pub.month else pub.year - 1


def _dateparser_window(phrase: str, pub: Optional[date], lang: str) -> Optional[tuple[date, date]]:
    try:
        import dateparser
    except ImportError:  # pragma: no cover - dateparser is a declared dependency
        return None
    settings = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day"]}
    if pub is not None:
        settings["RELATIVE_BASE"] = datetime(pub.year, pub.month, pub.day)
    try:
        d = dateparser.parse(phrase, languages=[lang] if lang else None, settings=settings)
    except Exception:  # dateparser raises a variety of errors on odd input
        return None
    if d is None:
        return None
    return d.date(), d.date()

