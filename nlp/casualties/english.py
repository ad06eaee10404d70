"""English casualty figures: monitoring-group bulletins (SOHR, SNHR) and wire reports.

``extract_english(text, published=None)`` reads a bulletin sentence by sentence and
returns ``CasualtyFigure``s in text order. Rules, not a model: every number (digits,
words, "a child") is a candidate; a candidate becomes a figure only when the text ties
it to a casualty —

* a predicate after its victims phrase: "13 ISIS fighters were killed", "seven dead",
  "20 wounded", "lost their lives", "were arrested";
* a trigger before it: "killed at least 22", "the killing of 1851", "death of a child",
  "the death toll rose to 1,383", "the number of victims … was 229", "left 54 fatalities";
* a casualty noun as its head: "fatalities", "deaths", "detainees", "150 injured people";
* a list or table under a header that says what is counted ("The death toll is as
  follows:" / "Civilians: 832", "• Aleppo: 179 people");
* coordination with such a number ("killed 10 women and 12 children", "13 X and 16 Y
  were killed") or a subset marker ("including", "among them", "of them", "of the total").

Everything else is left out: durations, dates and years, ages, units and resolutions,
money, percentages, rates ("a day"), counts of things (attacks, shells, positions,
massacres) and people who are not victims. Numbers hidden by SOHR headline obfuscation
("kil*led") are read after ``deobfuscate_keep_offsets``, offsets unchanged.

The shared steps (sentences, time windows, restatement merging, ``part_of`` indexing)
are in ``nlp.casualties.common``; number reading in ``nlp.numbers``. Pure, no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from datetime import date
from typing import Optional

from nlp.casualties.common import (
    MONTHS,
    Sentence,
    confidence,
    deobfuscate_keep_offsets,
    finalize,
    make_figure,
    nearest_parent,
    resolve_time,
    split_sentences,
)
from nlp.casualties.en import lexicon as lex, rules
from nlp.numbers import NumberSpan, find_numbers
from tollwatch.records import CasualtyFigure, TimeWindow

__all__ = ["extract_english"]

I = int(re.IGNORECASE)

# --------------------------------------------------------------------------- lexicon



















# --------------------------------------------------------------------------- helpers

@lru_cache(maxsize=None)
def _rx(pattern: str, flags: int = 0) -> re.Pattern:
    """The few patterns written inline below, compiled once."""
    return re.compile(pattern, flags)


def _rs(p, s, flags=0):
    return _rx(p, int(flags)).search(s)


def _rm(p, s, flags=0):
    return _rx(p, int(flags)).match(s)


def _rf(p, s, flags=0):
    return _rx(p, int(flags)).fullmatch(s)


def _rsub(p, r, s, flags=0):
    return _rx(p, int(flags)).sub(r, s)


def _rfa(p, s, flags=0):
    return _rx(p, int(flags)).findall(s)


# --------------------------------------------------------------------------- candidates

@dataclass
class _Cand:
    """A number that may be a casualty figure, and what the rules found out about it."""

    num: NumberSpan
    start: int  # offsets in the sentence
    end: int  # end of number (and postposed qualifier / victims phrase)
    value: int
    value_max: Optional[int] = None
    singular: bool = False
    head: Optional[str] = None  # victims head noun
    victims: Optional[str] = None
    victims_span: tuple[int, int] = (0, 0)
    partitive: Optional[str] = None
    post_qual: Optional[str] = None
    np_end: int = 0
    kind: Optional[str] = None
    kind_src: str = ""
    qualifier: str = "exact"
    parent: Optional[int] = None  # index into candidates of this sentence
    parent_cross: bool = False
    superseded: bool = False
    revision: bool = False
    ambiguous: bool = False
    combined: bool = False
    negated: bool = False
    manner: Optional[str] = None
    demonym: bool = False  # "78 of them Palestinian, four Israeli": a nationality adjective for a head


@dataclass
class _State:
    list_kind: Optional[str] = None  # kind announced by a list/table header
    list_parent: Optional[int] = None  # figure index the list breaks down
    list_active: bool = False
    last_kind: Optional[str] = None
    last_top: Optional[int] = None  # the latest top-level figure (a header's list breaks it down)
    last_top_end: int = -1
    prev_figs: bool = False  # the previous sentence gave figures ("Of these, 121 …" refers to them)


def extract_english(text: str, published: Optional[date] = None) -> list[CasualtyFigure]:
    """Casualty figures stated in an English ``text`` (see the module docstring).

    ``published`` anchors relative times. Offsets are into ``text``; ``part_of`` indexes
    into the returned list."""
    if not text or not text.strip():
        return []
    norm = deobfuscate_keep_offsets(text)
    figures: list[CasualtyFigure] = []
    state = _State()
    table: list[Sentence] = []
    for sent in split_sentences(norm):
        if sent.text.startswith("|"):  # a Markdown table row, as trafilatura writes tables
            table.append(sent)
            continue
        if table:
            _table(text, table, published, figures, state)
            table = []
        before = len(figures)
        _sentence(text, norm, sent, published, figures, state)
        state.prev_figs = len(figures) > before
    if table:
        _table(text, table, published, figures, state)
    return finalize(figures)








def _has_victim_word(label: str) -> bool:
    return bool(rules.VICTIM_WORD.search(label))


def _is_place_label(label: str) -> bool:
    """A table or list label that names a place ("Rif Dimashq", "Aleppo countryside"), not a
    victims group, a month or a total."""
    return bool(label) and len(label) <= 60 and not _has_victim_word(label) \
        and not _rm(r"(?:" + lex.DATE_NOUNS + r")\b", label, I) and not _rs(r"\d", label) \
        and not rules.TOTAL_ROW.match(label) and bool(rules.PLACE_LABEL.fullmatch(label))


def _table(text: str, rows: list[Sentence], pub: Optional[date], figures: list[CasualtyFigure], state: _State) -> None:
    """A Markdown table ("| Province | Killed | Injured |"): a column whose header names a kind
    (or a victims group, under a header sentence that names the kind) gives one figure per
    numeric cell; a "Total" row is the total the other rows break down."""
    def cells(s: Sentence) -> list[tuple[int, int, str]]:
        return [(s.start + m.start(), s.start + m.end(), m.group().strip()) for m in rules.CELL.finditer(s.text)]

    body = [r for r in rows if not rules.TABLE_RULE.match(r.text)]
    if len(body) < 2:
        return
    header = cells(body[0])
    kinds: list[Optional[str]] = []
    for _, _, h in header:
        kind = next((k for k, rx in lex.HEADER_CELL_KIND if _rs(r"\b(?:" + rx + r")\b", h, I)), None)
        if kind is None and state.list_kind and _categories(h) and _categories(h) != ["unknown"]:
            kind = state.list_kind  # "| Province | Civilians | Children |" under "The death toll is as follows:"
        kinds.append(kind)
    if not any(kinds):
        return
    totals: dict[int, int] = {}
    members: list[tuple[int, int]] = []
    for row in body[1:]:
        row_cells = cells(row)
        label = row_cells[0][2] if row_cells else ""
        is_total = bool(rules.TOTAL_ROW.match(label))
        for j, (s, e, value_text) in enumerate(row_cells):
            if j >= len(kinds) or not kinds[j] or j == 0:
                continue
            nums = find_numbers(text[s:e])
            if len(nums) != 1 or nums[0].vague or text[s:e].strip() != text[s + nums[0].start:s + nums[0].end]:
                continue
            n = nums[0]
            col = header[j][2]
            fig = make_figure(text, kinds[j], n.value, s + n.start, s + n.end, Sentence(row.start, row.end, text[row.start:row.end]),
                              lang="en", victims=(col if is_total else f"{label} ({col})"),
                              victim_categories=list(_categories_cached(col)) or ["unknown"],
                              place=label if _is_place_label(label) and not is_total else None, scope="cumulative",
                              confidence=confidence(inherited=True))
            figures.append(fig)
            if is_total:
                totals[j] = len(figures) - 1
            else:
                members.append((j, len(figures) - 1))
    for j, fi in members:
        if j in totals and figures[totals[j]].count >= figures[fi].count:
            figures[fi].part_of = totals[j]


def _is_table_label(st: str) -> bool:
    """``Label: N`` (a table line), not a place dateline before a sentence."""
    m = rules.LABEL_START.match(st)
    if not m:
        return False
    rest = st[st.index(":", 0, m.end()):]
    return bool(rules.LABEL_VALUE.match(rest)) or not rules.SENTENCE_AFTER_LABEL.match(rest)


def _sentence(text: str, norm: str, sent: Sentence, pub: Optional[date], figures: list[CasualtyFigure],
              state: _State) -> None:
    st = sent.text
    is_label_line = bool(rules.BULLET_LINE.match(st)) or _is_table_label(st) or bool(rules.DASH_LABEL.match(st)) \
        or (state.list_active and bool(rules.NUMBER_LINE.match(st)))  # "14 children" on its own line under a header
    # a header announces a list on the following lines; a table line with an inline breakdown
    # ("Civilians: 153, distributed as follows: 61 …") does not open a new list; a short title line
    # naming a kind ("Killed", "Death toll") opens one too
    header = st.endswith(":") or (bool(rules.HEADER_WORDS.search(st)) and not is_label_line) \
        or (not is_label_line and bool(rules.TITLE_LINE.match(st)) and not rules.MAYBE_NUMBER.search(st)
            and _header_kind(st) is not None)
    total_label = _total_label_kind(st) if is_label_line and (not rules.BULLET_LINE.match(st) or st.lstrip().startswith("**")) \
        and rules.NEXT_BULLET.match(norm, sent.end) else None
    if total_label:
        header = True  # "Total deaths: 96" above "- Aleppo: 40" lines: the total the list breaks down
    if not is_label_line and not header:
        state.list_active = False
    if header:
        state.list_active = True
        state.list_kind = total_label or _header_kind(st) or state.list_kind or state.last_kind
        near_top = state.last_top is not None and sent.start - state.last_top_end < 300
        state.list_parent = state.last_top if near_top else None
    if not rules.MAYBE_NUMBER.search(st):
        return
    times = [(m.start(), m.end()) for m in rules.TIME.finditer(st)]
    blocked = times + [(m.start(), m.end()) for m in rules.DURATION.finditer(st)] \
        + [(m.start(), m.end()) for m in rules.PROPORTION.finditer(st)]
    cands = _candidates(st, blocked)
    if not cands:
        return
    _assign_kinds(st, cands, state, is_label_line)
    if total_label and len(cands) == 1 and cands[0].kind_src in ("", "list", "inherit", "label") and not cands[0].negated:
        cands[0].kind, cands[0].kind_src = total_label, "label"
    base = len(figures)
    clause_bounds = [0] + [m.start() for m in rules.CLAUSE_SPLIT.finditer(st)] + [len(st)]
    kept: dict[int, int] = {}
    for i, c in enumerate(cands):
        if c.kind is None or c.combined or ((c.head or "").lower() == "families" and c.kind != "displaced"):
            continue  # families are counted only when they are displaced ("2,000 families fled")
        fig = _figure(text, sent, c, cands, clause_bounds, times, pub, is_label_line)
        kept[i] = len(figures)
        figures.append(fig)
    # part_of: inside the sentence, across sentences, and list items
    for i, fi in kept.items():
        c = cands[i]
        f = figures[fi]
        if f.superseded:
            continue  # an old toll is nobody's subset
        p = c.parent
        while p is not None and (p not in kept or cands[p].value <= c.value
                                 or _groups_conflict(figures[kept[p]].victim_categories, f.victim_categories)):
            p = cands[p].parent
        if p is not None:
            f.part_of = kept[p]
        elif c.parent_cross:
            f.part_of = nearest_parent(figures, fi, top_level=True, window=1500)
        elif is_label_line and state.list_active and state.list_parent is not None \
                and figures[state.list_parent].kind == f.kind and figures[state.list_parent].count > f.count:
            f.part_of = state.list_parent
    if kept:
        state.last_kind = figures[max(kept.values())].kind
        if header or not is_label_line:
            tops = [fi for i, fi in kept.items() if figures[fi].part_of is None or figures[fi].part_of < base]
            if tops:
                state.list_parent = tops[-1]
                state.last_top = tops[-1]
                state.last_top_end = sent.end
    if header and kept:
        state.list_kind = state.list_kind or figures[max(kept.values())].kind




def _groups_conflict(parent: list[str], child: list[str]) -> bool:
    """Civilians cannot be a subset of soldiers (nor the reverse): "248 soldiers, including 11
    Russians, and 23 civilians" — the 23 belong to the total, not to the soldiers."""
    a, b = lex.GROUPS.intersection(parent), lex.GROUPS.intersection(child)
    return bool(a and b and not a & b)


def _total_label_kind(st: str) -> Optional[str]:
    """The kind of a total line ("Total fatalities documented: 412", "Killed: 12"), or None."""
    m = rules.TOTAL_LABEL.match(st)
    if not m:
        return None
    lab = m.group("lab")
    if rules.LABEL_KIND.match(st):
        w = rules.LABEL_KIND.match(st).group("k").lower()
        return next(k for k, rx in lex.LABEL_KINDS if _rm(rx, w))
    if not rules.TOTAL_WORD.match(lab) and not _rs(r"\b(?:death|fatality|casualty)\s+toll\b", lab, I):
        return None
    if _rs(r"casualt", lab, I) and not _rs(r"\b(?:death|deaths|killed|fatalit|dead)", lab, I):
        return None  # killed and wounded together
    return _header_kind(lab)


def _header_kind(st: str) -> Optional[str]:
    s = st.lower()
    if _rs(r"\b(?:arrest|arrested|detain|detained|detention|abduct|kidnap)", s):
        return "detained"
    if _rs(r"\b(?:injur|wound)", s) and not _rs(r"\b(?:death|killed|fatalit|dead|toll)", s):
        return "injured"
    if _rs(r"\b(?:displace)", s):
        return "displaced"
    if _rs(r"\b(?:death|deaths|killed|fatalities|dead|toll|victims|casualties|martyrs)\b", s):
        return "killed"
    return None


def _overlaps(s: int, e: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < be and bs < e for bs, be in spans)




def _candidates(st: str, blocked: list[tuple[int, int]]) -> list[_Cand]:
    out: list[_Cand] = []
    singles = [m for m in rules.SINGULAR.finditer(st)] + [m for m in rules.POSS_KIN.finditer(st)]
    singles.sort(key=lambda m: m.start())
    single_spans = [(m.start(), m.end()) for m in singles]
    nums = [n for n in find_numbers(st) if not _overlaps(n.start, n.end, single_spans)]
    for m in singles:
        nums.append(NumberSpan(m.start("det"), m.start("det") + len(m.group("det")), 1, words=True))
    nums.sort(key=lambda n: n.start)
    single_at = {m.start("det"): m for m in singles}
    # "Three of the 10 passengers were killed": the 10 is the set the three belong to, not a
    # figure; the three take the set's noun
    set_of: dict[int, NumberSpan] = {}
    for a, b in zip(nums, nums[1:]):
        if rules.OF_THE_SET.fullmatch(st, a.end, b.start) and a.start not in single_at:
            set_of[a.start] = b
    set_starts = {b.start for b in set_of.values()}
    last_thing, last_ok = -1, -1
    for n in nums:
        if _overlaps(n.start, n.end, blocked) or n.start in set_starts:
            continue
        after = st[n.end:]
        before = st[max(0, n.start - 40):n.start]
        sm = single_at.get(n.start)
        if (rules.UNIT_AFTER.match(after) and not (sm is not None and sm.group("mods")))  \
                or rules.LEFT_BLOCK.search(before) or rules.AGE_RANGE_LEFT.search(before) \
                or (rules.RELEASE_LEFT.search(before) and not (rules.BODIES_AFTER.match(after) and rules.BODIES_ACTIVE.search(before))) or rules.DISEASE.search(st, max(0, n.start - 100), n.start) \
                or rules.SPECULATIVE.search(st, max(0, n.start - 80), n.start):
            continue
        if _rm(r"\s*(?:st|nd|rd|th)\b", after) or _rm(r"[.:]\d", after):
            continue
        c = _Cand(num=n, start=n.start, end=n.end, value=n.value)
        if sm is not None and n.words and n.value == 1 and st[n.start:n.end].lower() in ("a", "an", "one", "single", "another", "his", "her", "their"):
            c.singular = True
            c.head = sm.group("head").lower()
            c.victims = st[sm.start("mods") if sm.group("mods") else sm.start("head"):sm.end("head")]
            c.victims_span = (sm.start("det"), sm.end("head"))
            c.np_end = sm.end("head")
        else:
            pos = set_of[n.start].end if n.start in set_of else n.end
            pq = rules.POST_QUAL.match(st, pos)
            if pq:
                c.post_qual = pq.group("q")
                pos = pq.end()
            m = rules.NP.match(st, pos)
            cm = rules.CASES.match(st, pos)
            if cm:
                c.head = "detainees" if cm.group("k").lower()[0] in "adk" else "missing"
                c.victims = cm.group(0).strip()
                c.victims_span = (pos + len(cm.group(0)) - len(cm.group(0).lstrip()), cm.end())
                pos = cm.end()
                m = None
            if m is None and not cm:
                m2 = rules.WERE_HEAD.match(st, pos)
                if m2:
                    c.head = m2.group("h")
                    c.victims = m2.group("h")
                    c.victims_span = (m2.start("h"), m2.end("h"))
                    pos = m2.end()
            if m and m.group("head"):
                c.head = m.group("head")
                vs = m.start("mods") if m.group("mods") else m.start("head")
                c.victims = st[vs:m.end()].strip()
                c.victims_span = (vs, m.end())
                pos = m.end()
            pq = rules.POST_QUAL.match(st, pos)
            if pq:
                c.post_qual = pq.group("q")
                pos = pq.end()
            pm = rules.PARTITIVE.match(st, pos)
            if pm:
                c.partitive = pm.group("what").lower()
                pos = pm.end()
                if c.head is None:
                    m2 = rules.ARE_HEAD.match(st, pos)  # "196 of them are civilians"
                    if m2:
                        c.victims = c.head = m2.group(1)
                        c.victims_span = (m2.start(1), m2.end(1))
                        pos = m2.end()
                    elif c.partitive in ("them", "whom"):
                        m2 = rules.DEMONYM_AFTER.match(st, pos)  # "78 of them Palestinian"
                        if m2:
                            c.victims = c.head = m2.group("h")
                            c.victims_span = (m2.start("h"), m2.end("h"))
                            c.demonym = True
                            pos = m2.end()
                pq = rules.POST_QUAL.match(st, pos)
                if pq:
                    c.post_qual = pq.group("q")
                    pos = pq.end()
            elif c.head is None:
                pm2 = rules.OF_HEAD.match(st, pos)  # "11 of the shepherds", "14 of their soldiers"
                if pm2:
                    c.head = pm2.group("h")
                    c.victims = pm2.group(0).strip()
                    c.victims_span = (pm2.start("h"), pm2.end("h"))
                    pos = pm2.end()
            if not c.partitive and out and out[-1].demonym \
                    and _rf(r"\s*(?:,\s*(?:and\s+)?|and\s+)", st[out[-1].np_end:n.start], I):
                if c.head is None:
                    m2 = rules.DEMONYM_AFTER.match(st, pos)  # "…, four Israeli and three Lebanese"
                    if m2:
                        c.victims = c.head = m2.group("h")
                        c.victims_span = (m2.start("h"), m2.end("h"))
                        c.demonym = True
                        pos = m2.end()
                elif _rm(r"(?-i:[A-Z][a-z]{2,}(?:ians|ans|ese|is))$", c.head):
                    c.demonym = True  # "three Lebanese"
            c.np_end = pos
            if c.head is None and not c.partitive:
                if n.vague or not rules.BARE_OK.match(st, pos):
                    last_thing = n.end  # "16 attacks …, eight of them": a count of things
                    continue
                if n.value >= 1900 and n.value <= 2100 and not n.words and "," not in st[n.start:n.end]:
                    continue  # a year
            if c.head is None and n.vague:
                continue
        rest = st[c.np_end:c.np_end + 120]
        if rules.RATE.match(rest) or rules.RELATIVE_MORE.match(rest) or rules.RELATIVE_THEN_SAFE.match(rest) or \
                (rules.NON_VICTIM_VERB.match(rest) and not rules.PRED.match(rest) and not (rules.BODIES_OF.search(before) and rules.BODIES_FOUND.match(rest))
                 and not (c.head is None and rules.SUPERSEDED.search(before))):
            continue
        if c.head and c.head.lower() in ("more", "others") and _rm(r"\s*than\b", rest):
            continue
        if c.head is None and c.partitive in ("them", "whom", "which", "those", "these") and last_thing > last_ok:
            continue
        last_ok = c.end
        out.append(c)
    # ranges: "between 10 and 15 people", "10 to 15", "10-15"
    merged: list[_Cand] = []
    for c in out:
        if merged:
            p = merged[-1]
            gap = st[p.end:c.start]
            if p.head is None and not p.singular and rules.RANGE.match(gap) and p.value < c.value and \
                    (gap.strip() != "and" or rules.BETWEEN.search(st[:p.start])):
                c.value_max = c.value
                c.value = p.value
                c.start = p.start
                merged[-1] = c
                continue
        merged.append(c)
    return merged


def _assign_kinds(st: str, cands: list[_Cand], state: _State, is_label_line: bool) -> None:
    n = len(cands)
    # link[i]: how cands[i] attaches to cands[i-1]: "coord", "subset", "items" (";"-separated list
    # after a colon), "ellipsis" ("… on Monday and 30 on Tuesday") or None
    link: list[Optional[str]] = [None] * n
    for i in range(1, n):
        gap = rules.QUAL_TAIL.sub("", st[cands[i - 1].np_end:cands[i].start])
        if _rs(r"(?:^|[^\w])of\s+(?:the|those|these)\s+$", st[max(0, cands[i - 1].start - 20):cands[i - 1].start], I) \
                and _rf(r"[^.;:]*,\s*", gap):
            continue  # "Of the 30 hostages, 12 remain …": the set the next number is taken from, not its sibling
        if rules.SUBSET_END.search(gap) and _short_gap(gap, rules.SUBSET_END):
            link[i] = "subset"
        elif (rules.COORD_END.search(gap) and _short_gap(gap, rules.COORD_END)) or (gap.strip() == "" and cands[i - 1].head):
            link[i] = "coord"
        elif _rs(r";\s*(?:and\s+)?$", gap) and ":" in st[:cands[i - 1].start]:
            link[i] = "items"  # "…as follows: 93 civilians; 52 soldiers …; and 4 members"
        elif rules.SUBSET_AFTER_PRED.search(gap) and len(gap) < 220 and not rules.CLAUSE_SPLIT.search(gap) \
                and (not _rs(r"[.!?:]|\b(?:who|which|when|after)\b", gap[:rules.SUBSET_AFTER_PRED.search(gap).start()], I)
                     # "47 people who were collecting truffles, including 29 civilians": a relative clause on the victims
                     or _rf(r"\s+who\s+[^,.;:!?()]{1,60}", gap[:rules.SUBSET_AFTER_PRED.search(gap).start()], I)):
            link[i] = "subset"  # "11 million people have been displaced across Sudan …, including 2.9 million"
        elif cands[i].head is None and not cands[i].singular and not cands[i].partitive \
                and rules.ELLIPSIS_GAP.search(gap) and not rules.CLAUSE_SPLIT.search(gap) \
                and _rm(r"\s+(?:on|in|at|during|near|by|under|from)\b", st[cands[i].end:cands[i].end + 12], I):
            link[i] = "ellipsis"  # "20 people were killed on Monday and 30 on Tuesday"
    of_these = -2
    for i, c in enumerate(cands):
        left_start = cands[i - 1].np_end if i else 0
        left = st[max(left_start, c.start - 220):c.start]
        near = left[-90:]
        full_left = st[max(0, c.start - 260):c.start]
        # qualifier
        for q, rx in rules.QUALIFIER:
            if rx.search(near[-40:]):
                c.qualifier = q
                break
        if c.post_qual:
            c.qualifier = "at_least"
        if rules.SUPERSEDED.search(near):
            c.superseded = True
        # own predicate after the victims phrase (only where the chain ends)
        after = st[c.np_end:cands[i + 1].start] if i + 1 < n else st[c.np_end:]
        m = rules.PRED.match(after)
        if m and rules.ACTIVE_OBJECT.match(st, c.np_end + m.end()) and rules.ACTIVE_VERB.fullmatch(m.group("v")) \
                and not rules.PASSIVE_AUX.search(after, 0, m.start("v")):
            m = None  # "Two gunmen killed three people": the subject of an active verb is no victim
        if m:
            kind = next(k for k in lex.KIND_V if m.group(k))
            if rules.COMBINED.match(after[m.end():]):
                other = rules.COMBINED.match(after[m.end():]).group(0).lower()
                c.combined = bool(_rs(lex.INJURED_V, other, I)) != (kind == "injured")  # "killed or maimed"
            c.kind, c.kind_src = kind, "pred"
            if _rs(r"\bamong\s+the\b", m.group("v"), I):
                c.parent_cross = True  # "two police officers were among the dead"
            if kind == "killed" and _rs(r"\bexecut", m.group("v"), I):
                c.manner = "executed"
        head = (c.head or "").lower()
        mods = (c.victims or "").lower()
        if c.kind is None and _rm(r"\s*(?:out\s+)?(?:of|from)\s+(?:their|his|her)\s+(?:homes?|villages?|towns?)\b", after, I) \
                and _rs(r"\b(?:driv(?:en|ing|e|es)|drove|forc(?:ed|ing|e|es)|chas(?:ed|ing)|expell(?:ed|ing)|push(?:ed|ing))\s*"
                        r"(?:about\s+|some\s+|nearly\s+|more\s+than\s+|at\s+least\s+|an\s+estimated\s+|over\s+)?$", near, I):
            c.kind, c.kind_src = "displaced", "pred"  # "fighting has driven 12,000 people from their homes"
        if c.kind is None and c.head is None and rules.OF_HELD.search(near) and rules.STILL_HELD.match(after):
            c.kind, c.kind_src = "detained", "pred"
        if (c.kind is None or c.kind_src == "pred") and (head in ("bodies", "corpses") or (c.head and rules.BODIES_OF.search(near))) \
                and rules.BODIES_FOUND.match(after):
            c.kind, c.kind_src = "killed", "pred"
        bo = rules.BODIES_OF.search(near) if c.kind is None and c.head else None
        if c.kind is None and ((head in ("bodies", "corpses") and rules.BODIES_ACTIVE.search(near))
                               or (bo and rules.BODIES_ACTIVE.search(near, 0, bo.start()))) \
                and not rules.NEGATED.search(near[-60:]) and head not in ("hostages", "captives", "abductees", "detainees"):
            c.kind, c.kind_src = "killed", "left"  # "hospitals received 51 bodies", "… received the bodies of 38 people"
        # "the 12 detainees" refers back to people already counted: a state noun after "the" is no new figure
        weak_definite = head in lex.WEAK_NOUN_KIND and (rules.LEFT.search(near) or _rs(r"\bthe\s*$", near, I))
        if c.kind is None and head in lex.NOUN_KIND and not weak_definite:
            c.kind, c.kind_src = lex.NOUN_KIND[head], "noun"
            c.ambiguous = head == "casualties"
            if head == "casualties" and not _rs(r"\b(?:killed|kill|dead|deaths?|died|fatalit|lost\s+their\s+lives|executed|"
                                                r"martyr)", st[max(0, c.start - 100):c.np_end + 100], I):
                c.kind, c.combined = None, True  # wire usage: "causing 50 casualties" = dead and wounded
        if c.kind is None and _rs(r"\b(?:injured|wounded)\b", mods):
            c.kind, c.kind_src = "injured", "noun"
        if c.kind is None and c.partitive:
            pk = {"dead": "killed", "deceased": "killed", "killed": "killed", "victims": None, "fatalities": "killed",
                  "wounded": "injured", "injured": "injured", "detainees": "detained", "arrested": "detained",
                  "missing": "missing", "displaced": "displaced"}
            w = c.partitive.split()[-1]
            if w in pk and pk[w]:
                c.kind, c.kind_src = pk[w], "partitive"
            elif "toll" in c.partitive:
                c.kind, c.kind_src = "killed", "partitive"
        if c.kind is None and c.head is None and not c.singular and not c.partitive and i and cands[i - 1].partitive \
                and cands[i - 1].kind_src == "partitive" and rules.PARTITIVE_SIBLING_GAP.match(st[cands[i - 1].np_end:c.start]) \
                and _rm(r"\s+(?:were|was)\s+[A-Za-z]", st[c.np_end:], I):
            # "Ten of the dead were Houthi rebels and eight were loyalist troops": the next part of the same set
            c.kind, c.kind_src, c.parent_cross = cands[i - 1].kind, "partitive", cands[i - 1].parent_cross
        if c.kind is None and link[i] is None:
            m = rules.LEFT.search(near)
            if m and rules.NEGATED.search(near, max(0, m.start() - 40), m.start()):
                c.negated = True
            elif m:
                c.kind, c.kind_src = next(k for k in lex.LEFT_KIND if m.group(k)), "left"
                if _rs(r"holding", m.group("t"), I) and not rules.HOLDER.search(st, max(0, c.start - 100), c.start):
                    c.kind, c.kind_src = None, ""  # "shelters are holding 2,000 people": no captor, no captives
                if c.kind == "killed" and _rs(r"execut", m.group("t"), I):
                    c.manner = "executed"
            else:
                m = rules.TOLL_LEFT.search(full_left)
                if m and not _breaks_clause(m.group("fill")):
                    c.kind = _toll_kind(m.group("toll"), st, m.group("fill"))
                    c.kind_src = "toll"
                    if _rs(r"\binclud\w*" + lex.FILLER + r"$", m.group(0), I):
                        c.parent_cross = True  # "the toll includes 135 civilians": a breakdown of the last total
                    c.ambiguous = "casualt" in m.group("toll").lower()
        if c.kind is None and link[i] is None:
            m = rules.APPOSITION_TOLL.match(after)
            if m and rules.NEUTRAL_LEFT.search(near):
                # "rose to 81, the number of casualties", "raising to 1,096 the number of detainees executed"
                w = m.group("w").lower()
                c.kind = "killed" if m.group("died") or w == "bodies" \
                    else "detained" if w == "arrested" else lex.NOUN_KIND.get(w, "killed")
                c.kind_src = "toll"
        if rules.REVISION.search(left[-80:]) and c.kind_src in ("toll", "left", "noun", "") and not c.superseded:
            c.revision = bool(_rs(r"\b(?:rose|risen|rising|climbed|jumped|increased|mounted)\s+to" + lex.FILLER + r"$|\b(?:updated|new|revised)\s+(?:death\s+)?toll", st[max(0, c.start - 250):c.start], I))
        if c.superseded and c.kind is None:
            c.kind, c.kind_src = "killed", "toll"
        if link[i] == "subset":
            c.parent = i - 1
        elif link[i] == "items":  # a sibling of the list's first item
            colon = st.index(":")
            first = next(k for k in range(i) if cands[k].start > colon)
            c.parent = cands[first].parent
            c.parent_cross = c.parent_cross or cands[first].parent_cross
        elif link[i] == "coord":
            prev = cands[i - 1]
            c.parent = prev.parent
            if prev.demonym and c.demonym:
                pass  # "78 of them Palestinian, four Israeli": siblings inside the same breakdown
            elif prev.partitive in ("them", "whom") and prev.parent is not None and c.head is not None:
                # "46 Druze, four of them women, and 18 Bedouins" (but "6 of them … and 8 in …" are siblings)
                c.parent = cands[prev.parent].parent
            elif link[i - 1] == "subset" and prev.parent is not None and c.head is not None \
                    and _rs(r",\s*(?:among|of)\s+(?:them|whom)\s*$", st[cands[prev.parent].np_end:prev.start], I) \
                    and _rf(r"\s*,\s*and\s*", st[prev.np_end:c.start], I):
                # "502 civilians, among them 97 children, and 1,140 combatants": the aside closes at ", and"
                c.parent = cands[prev.parent].parent
            c.parent_cross = c.parent_cross or prev.parent_cross
        if c.partitive and c.partitive.split()[-1] in ("them", "whom", "those", "these") and link[i] != "subset":
            # "46 Druze, four of them women": the number just before; "196 of them" after a clause:
            # the nearest earlier total in this sentence
            c.parent = None
            for j in range(i - 1, -1, -1):
                adjacent = j == i - 1 and _rf(r"[\s,;:(\u2014\u2013-]*", st[cands[j].np_end:c.start])
                if cands[j].value > c.value and (cands[j].kind or cands[j].head) and not cands[j].partitive \
                        and (adjacent or (cands[j].parent is None and not cands[j].parent_cross)):
                    c.parent = j
                    break
            else:
                c.parent_cross = True
        elif c.partitive and c.parent is None:
            c.parent_cross = True
        if c.parent is None and link[i] is None:
            sc = rules.SUBSET_CROSS.search(full_left[-120:])
            if not sc and state.prev_figs and (rules.OF_THESE.search(full_left[-40:]) or (
                    i == of_these + 1 and c.head is None and rules.PARALLEL_GAP.match(st[cands[i - 1].end:c.start]))):
                c.parent_cross = True  # "… 187 arrests. Of these, 121 were carried out by regime forces"
                of_these = i  # "…, while 33 were attributed to the SDF": the next item of the breakdown
            if sc:
                c.parent_cross = True
                if c.kind is None:  # "among the dead were …", "among the wounded"
                    w = sc.group(0).lower()
                    if _rs(r"\b(?:wounded|injured)\b", w):
                        c.kind, c.kind_src = "injured", "partitive"
                    elif _rs(r"\b(?:dead|killed|fatalities|deaths)\b", w):
                        c.kind, c.kind_src = "killed", "partitive"
    _propagate(cands, link)
    if state.last_kind:  # "14,070 of the number, with 173 children": the kind of the total referred to
        for c in cands:
            if c.kind is None and c.parent_cross and not c.negated:
                c.kind, c.kind_src = state.last_kind, "inherit"
    _propagate(cands, link)
    _list_and_bare(st, cands, link, state, is_label_line)
    _appositive_breakdowns(cands, link)
    _kin_groups(st, cands, link)
    for i in range(len(cands) - 1):  # "Three children were among 8 people killed"
        c, nxt = cands[i], cands[i + 1]
        if c.kind is None and not c.negated and nxt.kind and nxt.value > c.value and (c.head or c.singular) \
                and _rf(r"\s*(?:were|was|are|is)\s+among\s+(?:the\s+)?(?:at\s+least\s+|some\s+|about\s+)?",
                        st[c.np_end:nxt.start], I):
            c.kind, c.kind_src, c.parent = nxt.kind, "inherit", i + 1


def _kin_groups(st: str, cands: list[_Cand], link: list) -> None:
    """"a woman and her two daughters", "a commander and two of his aides", "a man and his
    son": a victim and his or her relatives make one group, whose size is the sum."""
    for i in range(len(cands) - 1, 0, -1):
        prev, c = cands[i - 1], cands[i]
        if link[i] != "coord" or not prev.singular or prev.kind is None and c.kind is None:
            continue
        gap = st[prev.np_end:c.start]
        own = (c.victims or "").strip()
        poss = rules.KIN_COORD.match(gap) and (_rs(r"(?:his|her|their)\s*$", gap, I) or rules.KIN_OF.match(own)
                                        or st[c.start:c.end].lower() in ("his", "her", "their"))
        if not poss:
            continue
        prev.value += c.value
        prev.singular = False
        prev.kind = prev.kind or c.kind
        prev.np_end = max(prev.np_end, c.np_end)
        vs = prev.victims_span[0] or prev.start
        prev.victims = st[vs:prev.np_end].strip()
        prev.victims_span = (vs, prev.np_end)
        c.kind = None
        for other in cands:
            if other.parent == i:
                other.parent = i - 1
        # "two civilians, a man and his wife, were killed": the group restates the count before it
        if i >= 2 and not cands[i - 2].singular and cands[i - 2].value == prev.value and cands[i - 2].head \
                and _rf(r"\s*[,(\u2014\u2013-]\s*", st[cands[i - 2].np_end:prev.start]) \
                and (cands[i - 2].kind or prev.kind):
            cands[i - 2].kind = cands[i - 2].kind or prev.kind
            prev.kind = None




def _appositive_breakdowns(cands: list[_Cand], link: list) -> None:
    """"Five people, a woman and four children, …": numbers listed right after a total
    that add up to it break it down, so they are its subsets, not its siblings."""
    n = len(cands)
    for i in range(n - 2):
        run = []
        j = i + 1
        while j < n and link[j] == "coord" and cands[j].parent == cands[i].parent:
            run.append(j)
            j += 1
        generic = (cands[i].head or "").lower() in lex.GENERIC_HEADS
        if generic and len(run) >= 2 and sum(cands[k].value for k in run) == cands[i].value \
                and cands[i].value_max is None:
            for k in run:
                cands[k].parent = i


def _propagate(cands: list[_Cand], link: list) -> None:
    """Kinds flow along chains of numbers: backwards from a predicate after the last one
    ("13 X and 16 Y were killed"), forwards from a trigger before the first ("killed 10
    women and 12 children"), and from a total to its subsets."""
    n = len(cands)
    for i in range(n - 1, 0, -1):
        if link[i] and cands[i].kind and cands[i - 1].kind is None and cands[i].kind_src in ("pred", "inherit_r") \
                and not cands[i - 1].combined:
            cands[i - 1].kind, cands[i - 1].kind_src = cands[i].kind, "inherit_r"
            cands[i - 1].manner = cands[i - 1].manner or cands[i].manner
        if link[i] and cands[i].combined:
            cands[i - 1].combined = cands[i - 1].combined or cands[i - 1].kind is None
    for i in range(1, n):
        c = cands[i]
        if link[i] and c.kind is None and cands[i - 1].kind:
            c.kind, c.kind_src = cands[i - 1].kind, "inherit"
            c.manner = c.manner or cands[i - 1].manner
    # subsets take the kind of their parent
    for c in cands:
        if c.kind is None and c.parent is not None and cands[c.parent].kind:
            c.kind, c.kind_src = cands[c.parent].kind, "inherit"


def _list_and_bare(st: str, cands: list[_Cand], link: list, state: _State, is_label_line: bool) -> None:
    n = len(cands)
    lab = rules.LABEL_KIND.match(st) if is_label_line else None
    if lab and cands and cands[0].kind_src in ("", "list", "inherit"):  # "Killed: 12", "Missing: 4"
        w = lab.group("k").lower()
        kind = next(k for k, rx in lex.LABEL_KINDS if _rm(rx, w))
        cands[0].kind, cands[0].kind_src = kind, "label"
    # list / table lines
    if is_label_line and state.list_active and state.list_kind:
        for i, c in enumerate(cands):
            if c.kind is None and (i == 0 or link[i]):
                before = st[:c.start]
                if i == 0 and not _rs(r"(?::|\s[\u2014\u2013-])\s*(?:at\s+least\s+|about\s+|more\s+than\s+)?$", before) and \
                        not _rm(r"^\s*[\u2022\u25aa\u25cf\u2023\u2043\u25e6\u00b7*\-–]?\s*$", before):
                    continue
                c.kind, c.kind_src = state.list_kind, "list"
        for i in range(1, n):
            if link[i] and cands[i].kind is None and cands[i - 1].kind:
                cands[i].kind, cands[i].kind_src = cands[i - 1].kind, "inherit"
    # an inline list after a header clause: "The casualties were distributed as follows: 40 civilians; 25 soldiers"
    colon = st.find(":")
    if not is_label_line and colon > 0 and rules.HEADER_WORDS.search(st[:colon]):
        kind = _header_kind(st[:colon]) or state.last_kind
        if kind:
            for i, c in enumerate(cands):
                if c.start > colon and c.kind is None and not c.negated and (c.head or c.singular or c.partitive):
                    c.kind, c.kind_src = kind, "list"
            _propagate(cands, link)
    # a bare number (no victims noun) needs a strong reason
    for c in cands:
        if c.kind and c.head is None and not c.singular and not c.partitive and c.kind_src in ("inherit_r",):
            c.kind = None


def _breaks_clause(fill: str) -> bool:
    """Whether the words between a toll noun and its number leave the clause."""
    return bool(_rs(r"\b(?:while|whereas|but|and\s+the|after|which\s+(?:is|was))\b|\d", fill, I)) and \
        not _rf(r"[^.;]*?(?:from|since|in|during|until|on)\s[^.;]*", fill, I)


def _short_gap(gap: str, end_rx: re.Pattern) -> bool:
    m = end_rx.search(gap)
    filler = gap[:m.start()]
    if len(filler) > (80 if end_rx is rules.SUBSET_END else 45):
        return False
    inner = _rsub(r"\([^)]*\)|\[[^\]]*\]", " ", filler)
    return not rules.CLAUSE_WORDS.search(inner)


def _toll_kind(toll: str, st: str, fill: str = "") -> str:
    t = toll.lower()
    if _rm(r"\s*(?:who|that)\s+(?:died|were\s+killed|have\s+been\s+killed|had\s+been\s+killed|lost\s+their\s+lives|"
           r"were\s+executed)\b", fill, I):
        return "killed"  # "the number of detainees who died under torture"
    if _rs(r"injur|wound", t):
        return "injured"
    if _rs(r"detain|arrest", t):
        return "detained"
    if "displaced" in t:
        return "displaced"
    if "missing" in t:
        return "missing"
    if _rs(r"\b(?:figure|count|tally)\b", t) and not _rs(r"death|casualt|fatalit", t):
        if _rs(r"\b(?:wounded|injured)\b", st, I) and not _rs(r"\b(?:killed|dead|died|death)\b", st, I):
            return "injured"
    return "killed"


def _figure(text: str, sent: Sentence, c: _Cand, cands: list[_Cand], bounds: list[int],
            times: list[tuple[int, int]], pub: Optional[date], is_label_line: bool) -> CasualtyFigure:
    st = sent.text
    vs, ve = c.victims_span
    end = max(c.np_end, ve, c.end) if c.head or c.singular else c.end
    # the clause holding the number
    lo = max(b for b in bounds if b <= c.start)
    hi = min(b for b in bounds if b > c.start) if any(b > c.start for b in bounds) else len(st)
    clause = st[lo:hi]
    victims = c.victims
    label = None
    if is_label_line:
        lab = _rm(r"^\s*(?:[\u2022\u25aa\u25cf\u2023\u2043\u25e6\u00b7*\-–]\s*)?([^:]{1,140}?)\s*:", st) \
            or _rm(r"^\s*(?:[\u2022\u25aa\u25cf\u2023\u2043\u25e6\u00b7*\-–]\s*)?([A-Za-z][^:\d]{0,60}?)\s+[\u2014\u2013-]\s+\d", st)
        label = lab.group(1).strip() if lab else None
    if label and not victims and _has_victim_word(label):
        victims = label  # "Civilians: 832"
    cats = list(_categories_cached(victims or ""))
    manner = c.manner or _nearest_label(clause, c.start - lo)
    perp = _perpetrator(clause, c.start - lo)
    place = _place(clause, c.start - lo)
    if label and not place and _is_place_label(label):
        place = label  # "• Aleppo: 179 people"
    if not place and not is_label_line and rules.LABEL_START.match(st):
        dateline = st[:st.index(":")].strip()  # "Daraa province: SOHR activists reported that ..."
        if _is_place_label(dateline):
            place = dateline
    time = _time_for(st, times, lo, hi, c, pub)
    scope = "cumulative" if (_cumulative(st) or rules.RUNNING_TOTAL.search(st, max(0, c.start - 120), c.start) or (time and time.start and time.end and time.start != time.end)
                             or is_label_line) else "event"
    fig = make_figure(
        text, c.kind, c.value, sent.start + c.start, sent.start + end, Sentence(sent.start, sent.end, text[sent.start:sent.end]),
        lang="en", count_max=c.value_max, qualifier=c.qualifier, vague=c.num.vague, manner=manner,
        victims=victims, victim_categories=cats, perpetrator=perp, place=place, time=time, scope=scope,
        revision=c.revision, superseded=c.superseded,
    )
    fig.confidence = confidence(singular=c.singular, inherited=c.kind_src in ("inherit", "inherit_r", "list"),
                                vague=c.num.vague, no_victims=not victims, ambiguous=c.ambiguous)
    return fig




@lru_cache(maxsize=256)
def _cumulative(st: str) -> bool:
    return bool(rules.CUMULATIVE.search(st))


@lru_cache(maxsize=1024)
def _categories_cached(victims: str) -> tuple:
    return tuple(_categories(victims))


def _categories(victims: str) -> list[str]:
    v = victims.lower()
    cats: list[str] = []
    for word in _rfa(r"[\w’'-]+", v):
        cat = lex.HEADS.get(word)
        if cat and cat != "unknown" and cat not in cats:
            cats.append(cat)
    if _rs(r"\b(?:forces|army|soldiers|police|troops|regime)\b", v) and "security_forces" not in cats \
            and "fighters" not in cats:
        cats = [x for x in cats if x != "unknown"] + ["security_forces"]
    if _rs(r"\b(?:isis|daesh|hezbollah|militia|mercenar|rebels|fighters|nusra|sdf|ypg)\b", v) and "fighters" not in cats:
        cats.append("fighters")
    if _rs(r"\bunder\s+the\s+age\b|\bminors\b", v) and "children" not in cats:
        cats.append("children")
    return cats or (["unknown"] if victims else [])




@lru_cache(maxsize=64)
def _clause_manners(clause: str) -> tuple:
    out = []
    prev = ""
    for m in rules.WORD.finditer(clause):
        w = m.group().lower()
        label = lex.MANNER_PAIRS.get((prev, w)) or lex.MANNER_WORDS.get(w)
        prev = w
        if label is not None:
            out.append((m.start(), label))
    return tuple(out)


def _nearest_label(clause: str, pos: int) -> Optional[str]:
    """The manner word nearest to ``pos`` in the clause; on a tie the more specific wins."""
    best, key = None, None
    for start, label in _clause_manners(clause):
        k = (abs(start - pos), lex.MANNER_ORDER[label])
        if key is None or k < key:
            best, key = label, k
    return best


@lru_cache(maxsize=64)
def _clause_perpetrators(clause: str) -> tuple:
    found = [(m.start(), m.group("p")) for m in rules.PERP_BY.finditer(clause)]
    for m in rules.PERP_SUBJ.finditer(clause):
        pre = rules.SUBJ_WORDS.search(clause, max(0, m.start() - 60), m.start())
        start = pre.start() if pre else m.start()
        found.append((start, clause[start:m.end("h")]))
    out = []
    for start, p in found:
        p = p.strip()
        if _rm(r"(?:the\s+)?(?:Syrian\s+Observatory|SOHR|SNHR|UN|United\s+Nations|sources)", p, I):
            continue
        out.append((start, _rsub(r"^the\s+", "", p)))
    return tuple(out)


def _perpetrator(clause: str, pos: int) -> Optional[str]:
    best, dist = None, 10 ** 9
    for start, p in _clause_perpetrators(clause):
        d = abs(start - pos)
        if d < dist:
            best, dist = p, d
    return best


@lru_cache(maxsize=64)
def _clause_places(clause: str) -> tuple:
    out = []
    for m in rules.PLACE.finditer(clause):
        p = m.group("p")
        if not rules.NOT_PLACE.match(p):
            out.append((m.start(), _rsub(r"^the\s+", "", p).strip()))
    return tuple(out)


def _place(clause: str, pos: int) -> Optional[str]:
    for start, p in _clause_places(clause):
        if start >= pos - 40:
            return p
    return None


def _time_for(st: str, times: list[tuple[int, int]], lo: int, hi: int, c: _Cand,
              pub: Optional[date]) -> Optional[TimeWindow]:
    # two dates joined by until/to in the sentence make one window
    pts = [(s, e) for s, e in times if _rs(r"\d{4}|" + lex.DATE_NOUNS, st[s:e], I)]
    for (s1, e1), (s2, e2) in zip(pts, pts[1:]):
        between = st[e1:s2]
        if len(between) < 80 and _rs(r"\b(?:until|till|to|through)\b", between, I) and \
                _rs(r"\d", st[s1:e1]) and _rs(r"\d", st[s2:e2]):
            a = resolve_time(st[s1:e1], pub)
            b = resolve_time(st[s2:e2], pub)
            if a.start and b.end:
                return TimeWindow(phrase=st[s1:e2], start=a.start, end=b.end)
    own = [(s, e) for s, e in times if lo <= s < hi]
    if not own:
        own = [(s, e) for s, e in times if s < c.start and not any(o.start < s for o in [])][:1] if times and times[0][0] < c.start and lo == 0 else []
    if not own:
        return None
    s, e = min(own, key=lambda t: abs(t[0] - c.start))
    return resolve_time(st[s:e].strip(), pub)
