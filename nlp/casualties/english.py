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
are in ``nlp.casualties.common``, the reading loop in ``nlp.casualties.engine``, the
candidate types in ``nlp.casualties.en.types``; the words in ``nlp.casualties.en.lexicon`` and the named
vetoes, kind rules and link rules in ``nlp.casualties.en.rules``; number reading in
``nlp.numbers``. Every figure records the rule that gave it its kind (``rule``). Pure, no I/O.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from itertools import accumulate
from typing import Optional

from nlp.casualties import engine
from nlp.casualties.common import (
    Sentence,
    deobfuscate_keep_offsets,
    finalize,
    make_figure,
    mark_abductions,
    nearest_parent,
    resolve_time,
    split_sentences,
)
from nlp.casualties.en import lexicon as lex, rules
from nlp.casualties.en.types import Candidate, EnglishContext as Context, Look, NumberLook
from nlp.numbers import NumberSpan, find_numbers
from tollwatch.records import CasualtyFigure, TimeWindow

__all__ = ["extract_english", "ENGLISH"]


@dataclass
class _Text:
    """A document being read: the original text, the same text deobfuscated (same offsets)
    and the publication date."""

    text: str
    norm: str
    published: Optional[date]


class English:
    """The English hooks of the reading loop (``engine.read``)."""

    code = "en"

    @staticmethod
    def new_context() -> Context:
        return Context()

    @staticmethod
    def open(text: str, published: Optional[date]) -> _Text:
        return _Text(text, rules.double_hyphens_as_dashes(rules.dot_leaders_as_colons(deobfuscate_keep_offsets(text))), published)

    @staticmethod
    def sentences(doc: _Text) -> list[Sentence]:
        return split_sentences(doc.norm)

    @staticmethod
    def is_table_row(doc: _Text, sentence: Sentence) -> bool:
        # a Markdown table row, as trafilatura writes tables, or a pipe row without the outer bars
        # (two cells: "Idlib | 167", or the header line right above such a row)
        st = sentence.text
        if "|" not in st:
            return False  # every row and header pattern has a bar
        return st.startswith("|") or bool(rules.PIPE_ROW.match(st)) or bool(rules.PIPE_PAIR_ROW.match(st)) \
            or (bool(rules.PIPE_PAIR_HEADER.match(st)) and bool(rules.NEXT_PIPE_PAIR.match(doc.norm, sentence.end)))

    @staticmethod
    def read_table(doc: _Text, rows: list[Sentence], ctx: Context) -> None:
        _table(doc.text, rows, doc.published, ctx)

    @staticmethod
    def read_sentence(doc: _Text, sentence: Sentence, ctx: Context) -> None:
        _sentence(doc.text, doc.norm, sentence, doc.published, ctx)

    @staticmethod
    def close(doc: _Text, ctx: Context) -> list[CasualtyFigure]:
        rules.earlier_report_tolls(ctx.figures)
        rules.feed_updates(ctx.figures, doc.text)
        ctx.figures = rules.combined_casualties(ctx.figures)
        rules.revised_in_next_sentence(ctx.figures)
        rules.replaced_in_next_sentence(ctx.figures, doc.text)
        rules.total_of_several_perpetrators(ctx.figures)
        ctx.figures = rules.headline_restatements(ctx.figures, doc.text)
        ctx.figures = rules.label_restatements(ctx.figures, doc.text)
        ctx.figures = rules.list_restatements(ctx.figures, doc.text)
        ctx.figures = rules.row_restating_toll(ctx.figures)
        ctx.figures = rules.definite_restatements(ctx.figures, doc.text)
        ctx.figures = rules.disaster_report(ctx.figures, doc.text)
        mark_abductions(ctx.figures, rules.TAKEN_BY_FORCE, rules.ARRESTED)
        return ctx.figures  # attributes are read per sentence (``_figure``)

    finalize = staticmethod(finalize)


ENGLISH = English()


def extract_english(text: str, published: Optional[date] = None) -> list[CasualtyFigure]:
    """Casualty figures stated in an English ``text`` (see the module docstring).

    ``published`` anchors relative times. Offsets are into ``text``; ``part_of`` indexes
    into the returned list."""
    return engine.read(text, published, ENGLISH)


# --------------------------------------------------------------------------- tables

def _has_victim_word(label: str) -> bool:
    return bool(rules.VICTIM_WORD.search(label))


def _is_place_label(label: str) -> bool:
    """A table or list label that names a place ("Rif Dimashq", "Aleppo countryside"), not a
    victims group, a kind ("Killed"), a month or a total."""
    return bool(label) and len(label) <= 60 and not _has_victim_word(label) \
        and not rules.MONTH_START.match(label) and not rules.DIGIT.search(label) \
        and not rules.TOTAL_ROW.match(label) and not any(rx.search(label.lower()) for _, rx in rules.LABEL_KIND_WORDS) \
        and bool(rules.PLACE_LABEL.fullmatch(label))  # "Killed: 219" names no place


def _cells(text: str, s: Sentence) -> list[tuple[int, int, str]]:
    return [(s.start + m.start(), s.start + m.end(), m.group().strip()) for m in rules.CELL.finditer(s.text)]


def _column_kinds(header: list[tuple[int, int, str]], ctx: Context) -> list[Optional[str]]:
    kinds: list[Optional[str]] = []
    for _, _, h in header:
        kind = next((k for k, rx in rules.HEADER_CELL_KINDS if rx.search(h)), None)
        if kind is None and ctx.list_kind and _categories(h) and _categories(h) != ["unknown"]:
            kind = ctx.list_kind  # "| Province | Civilians | Children |" under "The death toll is as follows:"
        kinds.append(kind)
    return kinds


def _table(text: str, rows: list[Sentence], pub: Optional[date], ctx: Context) -> None:
    """A Markdown table ("| Province | Killed | Injured |"): a column whose header names a kind
    (or a victims group, under a header sentence that names the kind) gives one figure per
    numeric cell; a "Total" row is the total the other rows break down."""
    figures = ctx.figures
    body = [r for r in rows if not rules.TABLE_RULE.match(r.text)]
    if len(body) < 2:
        return
    header = _cells(text, body[0])
    kinds = _column_kinds(header, ctx)
    if not any(kinds):
        return
    totals: dict[int, int] = {}
    members: list[tuple[int, int]] = []
    first_new = len(figures)
    for row in body[1:]:
        row_cells = _cells(text, row)
        label = row_cells[0][2] if row_cells else ""
        is_total = bool(rules.TOTAL_ROW.match(label))
        for j, (s, e, value_text) in enumerate(row_cells):
            if j >= len(kinds) or not kinds[j] or j == 0:
                continue
            nums = find_numbers(text[s:e])
            if len(nums) != 1 or nums[0].vague or text[s:e].strip() != text[s + nums[0].start:s + nums[0].end]:
                continue
            n = nums[0]
            if n.value == 0:
                continue  # "| 0 |": nobody, not a figure
            col = header[j][2]
            fig = make_figure(text, kinds[j], n.value, s + n.start, s + n.end, Sentence(row.start, row.end, text[row.start:row.end]),
                              lang="en", victims=(col if is_total else f"{label} ({col})"),
                              victim_categories=list(_categories_cached(col)) or ["unknown"],
                              place=label if _is_place_label(label) and not is_total else None, scope="cumulative",
                              rule="table_column")
            figures.append(fig)
            if is_total:
                totals[j] = len(figures) - 1
            else:
                members.append((j, len(figures) - 1))
    for j, fi in members:
        if j in totals and figures[totals[j]].count >= figures[fi].count:
            figures[fi].part_of = totals[j]
    if _restates(figures[:first_new], figures[first_new:]):
        del figures[first_new:]


def _restates(stated: list[CasualtyFigure], cells: list[CasualtyFigure]) -> bool:
    """Whether a table restates what the prose before it said: at least half of its cells
    are figures of the same kind and count already stated (a report's "by perpetrator"
    table after the same numbers in sentences)."""
    if not cells:
        return False
    seen = Counter((f.kind, f.count) for f in stated)
    restated = 0
    for f in cells:
        if seen[(f.kind, f.count)] > 0:
            seen[(f.kind, f.count)] -= 1
            restated += 1
    return 2 * restated >= len(cells)


# --------------------------------------------------------------------------- sentences

def _is_table_label(st: str) -> bool:
    """``Label: N`` (a table line), not a place dateline before a sentence."""
    m = _label_start(st)
    if not m:
        return False
    rest = st[st.index(":", 0, m.end()):]
    return bool(rules.LABEL_VALUE.match(rest)) or not rules.SENTENCE_AFTER_LABEL.match(rest)


@lru_cache(maxsize=8)
def _label_start(st: str) -> Optional[re.Match]:
    """``rules.LABEL_START.match(st)``, once per sentence (its shape and each of its figures ask)."""
    return rules.LABEL_START.match(st) if ":" in st else None


def _line_shape(norm: str, sent: Sentence, ctx: Context) -> tuple[bool, bool, Optional[str]]:
    """``(is_label_line, header, total_label)`` of a sentence, and the list state it opens or closes.

    A header announces a list on the following lines; a table line with an inline breakdown
    ("Civilians: 153, distributed as follows: 61 …") does not open a new list; a short title
    line naming a kind ("Killed", "Death toll") opens one too; "Total deaths: 96" above
    "- Aleppo: 40" lines is the total the list breaks down."""
    st = sent.text
    is_label_line = bool(rules.BULLET_LINE.match(st)) or _is_table_label(st) or bool(rules.DASH_LABEL.match(st)) \
        or (ctx.list_active and bool(rules.NUMBER_LINE.match(st)))  # "14 children" on its own line under a header
    header = st.endswith(":") or (bool(rules.HEADER_WORDS.search(st)) and not is_label_line) \
        or (not is_label_line and bool(rules.TITLE_LINE.match(st)) and not rules.maybe_number(st)
            and _header_kind(st) is not None)
    total_label = _total_label_kind(st) if is_label_line and (not rules.BULLET_LINE.match(st) or st.lstrip().startswith("**")) \
        and rules.NEXT_BULLET.match(norm, sent.end) else None
    if total_label:
        header = True
    if not is_label_line and not header and not _continues_bullet(norm, sent):
        ctx.list_active = False
    if not is_label_line and _section_title(st):
        ctx.last_kind = _header_kind(st)  # "Displacement": what the section counts, not the last kind above
    if header:
        ctx.list_active = True
        near_top = ctx.last_top is not None and sent.start - ctx.last_top_end < 300
        ctx.list_parent = ctx.last_top if near_top else None
        header_kind = _header_kind(st)
        if header_kind == "killed" and ctx.list_parent is not None and not rules.HEADER_DEATH_WORD.search(st) \
                and not any(f.kind == "killed" for f in ctx.figures):  # a toll in a report that has counted no dead
            header_kind = ctx.figures[ctx.list_parent].kind  # "breaks down the month's toll … as follows:" under 204 arrests
        group = rules.PERPETRATORS_HEADER.search(st) if not header_kind else None
        ctx.list_group = group.group(0) if group else None
        ctx.list_kind = total_label or header_kind or (_broken_down_kind(ctx) if not group else None)
        ctx.list_distributes = header_kind is not None and bool(rules.DISTRIBUTION_WORDS.search(st))
        ctx.list_by_perpetrator = bool(rules.BY_PERPETRATOR_HEADER.search(st))
    return is_label_line, header, total_label


def _continues_bullet(norm: str, sent: Sentence) -> bool:
    """A sentence that goes on on a bullet's line ("• 378 Druze civilians, … . They include 28 women
    and seven children." then "• 449 members …"): the list goes on too."""
    line_start = norm.rfind("\n", 0, sent.start) + 1
    return line_start < sent.start and bool(rules.BULLET_LINE.match(norm[line_start:sent.start]))


def _section_title(st: str) -> bool:
    """A short title line without a number ("Displacement", "West Bank"): a new section starts;
    "1.2 million of them" under it does not refer back to a figure above it."""
    return bool(rules.TITLE_LINE.match(st)) and not rules.maybe_number(st)


def _broken_down_kind(ctx: Context) -> Optional[str]:
    """The kind of a list under a header that names none ("By party to the conflict:"): that of
    the total just above, which the list breaks down ("179 cases of arbitrary arrest …, of whom
    131 were turned into enforced disappearances" — arrests, not the subset's missing); with no
    total near, the list's kind so far or the last kind read."""
    if ctx.list_parent is not None:
        return ctx.figures[ctx.list_parent].kind
    return ctx.list_kind or ctx.last_kind


def _sentence(text: str, norm: str, sent: Sentence, pub: Optional[date], ctx: Context) -> None:
    st = sent.text
    is_label_line, header, total_label = _line_shape(norm, sent, ctx)
    if not rules.maybe_number(st):
        return
    tokens = _tokens(st)
    times = [(m.start(), m.end()) for m in _scan(rules.TIME, st, tokens, lex.TIME_STARTS, digits=True)] \
        if _may_hold_time(st, tokens) else []
    blocked = times + [(m.start(), m.end()) for m in rules.DURATION.finditer(st)] \
        + [(m.start(), m.end()) for m in _scan(rules.PROPORTION, st, tokens, lex.PROPORTION_STARTS, digits=True)] \
        + [(m.start(), m.end()) for m in rules.HOUSEHOLDS_ASIDE.finditer(st)]
    cands = _candidates(st, blocked, tokens)
    if not cands:
        return
    _assign_kinds(st, cands, ctx, is_label_line)
    if total_label and len(cands) == 1 and cands[0].kind_src in ("", "list", "inherit", "label") and not cands[0].negated:
        cands[0].set_kind(total_label, "label", "total_label")
    base = len(ctx.figures)
    clause_bounds = [0] + [m.start() for m in rules.CLAUSE_SPLIT.finditer(st)] + [len(st)]
    kept: dict[int, int] = {}
    for i, c in enumerate(cands):
        head = (c.head or "").lower()
        if c.kind is None or c.combined or head in lex.NOT_PEOPLE_HEADS or (head in lex.SURVIVOR_HEADS and c.kind != "injured") \
                or (c.parent is not None and cands[c.parent].combined and c.kind_src == "inherit"):  # "93 … killed or
            # missing …, 25 of them children" (blind80 en): a part that took its kind from a count of two kinds
            continue  # families and households are not a count of people ("2,000 families fled"); survivors only wounded
        if _member_of_group(st, cands, i) or _role_in_counted_set(st, c, ctx) or rules.one_person_fled(c):
            continue
        kept[i] = len(ctx.figures)
        ctx.figures.append(_figure(text, sent, c, clause_bounds, times, pub, is_label_line,
                                   is_label_line and ctx.list_active and ctx.list_by_perpetrator,
                                   ctx.list_group if is_label_line and ctx.list_active else None))
    _attach_parts(cands, kept, ctx, is_label_line)
    _remember(cands, kept, base, sent, ctx, is_label_line, header)


def _may_hold_time(st: str, tokens: list[tuple[int, str]]) -> bool:
    """Whether a sentence may hold a time phrase: one of its words is a time anchor
    (``lexicon.TIME_ANCHORS``) or it has a year's four digits (text that is not ASCII always may)."""
    return not st.isascii() or not lex.TIME_ANCHORS.isdisjoint(w for _, w in tokens) or bool(rules.FOUR_DIGITS.search(st))


def _among_them_before(st: str, start: int, among: re.Pattern = rules.AMONG_THEM_BEFORE) -> bool:
    """"among them were a teacher from Jinderes and an elderly mukhtar": "among them" (``among``) before
    a person in its clause, with no number between (its reach, ``lexicon.AMONG_THEM_REACH``)."""
    lo = max(0, start - lex.AMONG_THEM_REACH)
    m = None
    for m in among.finditer(st, lo, start):
        pass
    return m is not None and not rules.ANY_DIGIT.search(st, m.end(), start) and ";" not in st[m.end():start]


def _member_of_group(st: str, cands: list[Candidate], k: int) -> bool:
    """"seized seven villagers, among them a nurse and a teacher", "executed nine men … Among
    them was a man who was 17": people singled out by role or description inside a counted
    group are already in its count, not figures of 1 beside it (a category, "among them a
    child", is a breakdown and stays a figure); so is the one whose death explains a rise
    ("has risen to 13, after a man succumbed to his wounds")."""
    c = cands[k]
    if c.value == 1 and rules.ONE_OF_COUNT.match(st, c.start):
        return True  # "Silver was one of eight Canadians killed": one of the eight
    one_of = c.value == 1 and c.partitive is not None  # "one of the injured died"
    if one_of and c.head is None and c.partitive in lex.ANAPHORIC_PARTITIVES:
        role = rules.THE_ROLE_AFTER.match(st, c.np_end)
        if role and not _standing_word(role.group("n").lower()):
            return True  # "one of them the driver of the vehicle", "one of them a young doctor": one of the two
    if one_of and rules.NAMED_AFTER_COPULA.match(st, c.np_end):
        return True  # "One of the dead was Svitlana Lukyanchuk, a young nephrologist": one of the toll, named
    if (c.singular or one_of) and rules.RISE_THEN_AFTER.search(st, max(0, c.start - 250), c.start):
        return True  # "has risen to 13, after a man succumbed to his wounds": one of the 13
    if not c.singular:
        return False
    if k and cands[k - 1].partitive and rules.COPULA_GAP.fullmatch(st, cands[k - 1].np_end, c.start):
        return True  # "One of the dead is a member of MSF staff": the one counted, described
    if c.parent is not None:
        group = cands[c.parent]
        if group.value <= 1 or group.singular:
            return False
        if (rules.DASH_OPEN_BEFORE.fullmatch(st, group.np_end, c.start) or c.rule == "punctuated_breakdown") and _indefinite(st, c):
            return _named_by_role(c)  # "Thirteen U.S. service members — 11 Marines, a Navy sailor and an Army soldier —"
        if rules.INCLUDING_AFTER_GROUP.fullmatch(st, group.np_end, c.start) or (
                _indefinite(st, c) and _among_them_before(st, c.start, rules.AMONG_OR_INCLUDING_BEFORE)):
            return _named_by_role(c)  # "39 people, including a journalist and two policemen": 39 and 2
        if not rules.AMONG_THEM_BEFORE.search(st, group.np_end, c.start):
            return False
    elif any(g.value > 1 and not g.singular for g in cands[:k]) and _indefinite(st, c) \
            and _named_by_role(c) and _among_them_before(st, c.start, rules.AMONG_OR_INCLUDING_BEFORE):
        return True  # "Nine staff members of Relief International, among them doctors and a driver, were killed"
    elif not (c.parent_cross and _among_them_before(st, c.start)):
        return False
    return c.head not in lex.CATEGORY_SINGULARS or bool(rules.DESCRIBED_AFTER.match(st, c.np_end))


def _indefinite(st: str, c: Candidate) -> bool:
    """Whether the candidate's number is "a"/"an" ("a lawyer": one person by role, not "one media worker")."""
    return st[c.start:c.end].lower() in lex.INDEFINITE_ARTICLES


def _standing_word(noun: str) -> bool:
    """Whether a person's noun names a standing a breakdown counts (a category by age, sex or civilian
    status, a citizenship: ``lexicon.CATEGORY_SINGULARS``, ``STATUS_SINGULARS``) or kin, not a role."""
    return noun in lex.CATEGORY_SINGULARS or noun in lex.STATUS_SINGULARS or bool(rules.KIN_HEAD.fullmatch(noun))


def _named_by_role(c: Candidate) -> bool:
    """Whether a single person is singled out by role, job or title ("a journalist", "a cell leader"),
    not by a category a breakdown counts (age, sex, civilian status, citizenship or nationality: "a
    Briton"), kinship or age."""
    last = (c.victims or "").rsplit(None, 1)[-1:] or [""]
    return not _standing_word(c.head or "") and not last[0][:1].isupper() and not rules.AGED_PERSON.search(c.victims or "")


def _role_in_counted_set(st: str, c: Candidate, ctx: Context) -> bool:
    """"Among the civilians was a teacher who was shot dead", "a lawyer was among those arrested by
    HTS": one person singled out by role in a set of people already counted (a figure of the same
    kind read before) is in that count; a category ("among the dead was a woman") stays a breakdown."""
    if not c.singular or c.kind is None or not _indefinite(st, c) or not _named_by_role(c) \
            or rules.KIN_OF_ROLE_AFTER.match(st, c.np_end):
        return False  # "one media worker" is counted; kin, "a Briton" and "a 21-year-old inmate" are a breakdown
    if not (rules.AMONG_SET_BEFORE.search(st, max(0, c.start - 150), c.start)
            or rules.DEAD_WERE_BEFORE.search(st, max(0, c.start - 150), c.start) or rules.AMONG_NEXT.match(st, c.np_end)
            or rules.INCLUDED_LIST_BEFORE.search(st, max(0, c.start - 120), c.start)):
        return False
    return any(f.kind == c.kind and f.count > 1 and not f.superseded for f in ctx.figures[-lex.RESTATED_LOOKBACK:])


def _attach_parts(cands: list[Candidate], kept: dict[int, int], ctx: Context, is_label_line: bool) -> None:
    """``part_of``: inside the sentence, across sentences, and list items."""
    figures = ctx.figures
    # "The fatalities were 148 X, 97 Y and 63 Z": items breaking down a total stated before are parts
    # of that total, never of each other
    first_cross = min((fi for i, fi in kept.items() if cands[i].parent_cross), default=None)
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
            f.part_of = nearest_parent(figures, fi, top_level=True, window=1500, before=first_cross)
        elif is_label_line and ctx.list_active and ctx.list_parent is not None \
                and figures[ctx.list_parent].kind == f.kind and figures[ctx.list_parent].count > f.count:
            f.part_of = ctx.list_parent


def _part_of_another_kind(f: CasualtyFigure, ctx: Context) -> bool:
    """"226 cases of arbitrary arrest … Of these, 163 cases turned into enforced disappearances": a part
    told across sentences whose kind differs from the total above it is no total a list below breaks down."""
    return ctx.last_top is not None and ctx.figures[ctx.last_top].kind != f.kind


def _remember(cands: list[Candidate], kept: dict[int, int], base: int, sent: Sentence, ctx: Context,
              is_label_line: bool, header: bool) -> None:
    """Carry the sentence's last kind and top-level figure to the next sentences."""
    figures = ctx.figures
    own_top = None
    if kept:
        ctx.last_kind = figures[max(kept.values())].kind
        if header or not is_label_line:
            # "142 of these cases have since turned into enforced disappearances": a part of a total above
            # (of another kind), never the total a list below breaks down
            tops = [fi for i, fi in kept.items() if (figures[fi].part_of is None or figures[fi].part_of < base)
                    and not figures[fi].superseded  # "The previous toll … stood at 1,120": no list breaks down an old toll
                    and not (cands[i].parent_cross and (cands[i].partitive or not header and _part_of_another_kind(figures[fi], ctx)))]
            if tops:
                own_top = ctx.list_parent = tops[-1]
                ctx.last_top = tops[-1]
                ctx.last_top_end = sent.end
    if header and kept:
        ctx.list_kind = _own_total_kind(sent.text, figures, own_top) or ctx.list_kind or figures[max(kept.values())].kind


def _own_total_kind(st: str, figures: list, own_top: Optional[int]) -> Optional[str]:
    """A header that states the total its list breaks down ("Of these, 112,713 persons have been
    forcibly disappeared, distributed by perpetrator as follows:") and names no kind in header
    words: its rows take that total's kind, not the kind of a larger stock above it."""
    if own_top is None or _total_label_kind(st) or _header_kind(st):
        return None
    return figures[own_top].kind


def _groups_conflict(parent: list[str], child: list[str]) -> bool:
    """Civilians cannot be a subset of soldiers (nor the reverse): "248 soldiers, including 11
    Russians, and 23 civilians" — the 23 belong to the total, not to the soldiers."""
    a, b = lex.GROUPS.intersection(parent), lex.GROUPS.intersection(child)
    return bool(a and b and not a & b)


def _label_kind(word: str) -> str:
    return next(k for k, rx in rules.LABEL_KIND_WORDS if rx.match(word.lower()))


def _total_label_kind(st: str) -> Optional[str]:
    """The kind of a total line ("Total fatalities documented: 412", "Killed: 12"), or None."""
    m = rules.TOTAL_LABEL.match(st)
    if not m:
        return None
    lab = m.group("lab")
    kind_label = rules.LABEL_KIND.match(st)
    if kind_label:
        return _label_kind(kind_label.group("k"))
    if not rules.TOTAL_WORD.match(lab) and not rules.DEATH_TOLL_LABEL.search(lab):
        return None
    if rules.CASUALTY_STEM.search(lab) and not rules.DEATH_STEM.search(lab):
        return None  # killed and wounded together
    return _header_kind(lab)


def _header_kind(st: str) -> Optional[str]:
    s = st.lower()
    for kind, words, unless in rules.HEADER_KIND_RULES:
        if words.search(s) and not (unless and unless.search(s)):
            return kind
    return None


# --------------------------------------------------------------------------- candidates

def _overlaps(s: int, e: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < be and bs < e for bs, be in spans)


def _numbers(st: str, tokens: list[tuple[int, str]]) -> tuple[list[NumberSpan], dict[int, object], dict[int, NumberSpan]]:
    """The numbers of a sentence (digits, words, and one-person phrases "a child", "his son"
    as 1), the one-person matches by start, and the sets numbers are taken from ("Three of
    the 10 passengers": the 10 is the set, not a figure) by the start of the number."""
    low = st.lower()
    poss = [m for m in _scan(rules.POSS_KIN, st, tokens, lex.POSSESSIVE_STARTS)
            if not rules.KIN_CARED_FOR_BEFORE.search(st, max(0, m.start() - rules.KIN_CARED_FOR_REACH), m.start())]
    kin = []
    for m in poss:  # a list of relatives starts like one relative
        k = rules.KIN_LIST.match(st, m.start())
        if k and not (kin and k.start() < kin[-1].end()):
            kin.append(k)
    if any(h in low for h in lex.PARENT_NEEDLES):  # "a father, mother and their teenage son": a family, one group
        # (the whole family, not the kin list inside it: "the grandmother, her daughter and son-in-law", blind68 en)
        families = _scan(rules.A_KIN_LIST, st, tokens, lex.FAMILY_LIST_STARTS)
        spans = [(m.start(), m.end()) for m in families]
        kin = sorted([k for k in kin if not _overlaps(k.start(), k.end(), spans)] + families, key=lambda m: m.start())
    kin_spans = [(m.start(), m.end()) for m in kin]
    titled = list(rules.TITLED_VICTIM.finditer(st)) if any(h in low for h in lex.TITLE_VERB_HINTS) else []
    if low.lstrip().startswith(lex.TITLED_LIST_START):
        titled += rules.TITLED_LIST_HEAD.finditer(st)
    named = rules.NAMED_LIST_HEAD.match(st)  # only where the sentence opens on it
    if named:
        titled.append(named)
    singles = sorted([m for m in _scan(rules.SINGULAR, st, tokens, lex.SINGULAR_STARTS) + poss + titled
                      if not _overlaps(m.start(), m.end(), kin_spans)] + kin, key=lambda m: m.start("det"))
    single_spans = [(m.start("det"), m.end()) for m in singles]
    nums = [_fraction(st, n) for n in find_numbers(st) if not _overlaps(n.start, n.end, single_spans)]
    if any(h in low for h in lex.ONE_MORE_HINTS):
        nums += [NumberSpan(m.start(), m.end(), 1, words=True) for m in rules.ONE_MORE.finditer(st)
                 if not _overlaps(m.start(), m.end(), single_spans) and not any(n.start == m.start() for n in nums)]
    for m in singles:
        size = len(rules.KIN_ITEM.findall(m.group())) + lex.KIN_PAIRS.get(m.group("head").lower(), 0) \
            if m.re in (rules.KIN_LIST, rules.A_KIN_LIST) else \
            lex.KIN_PAIRS.get(m.group("head").lower(), 1) if m.re is rules.POSS_KIN else 1
        nums.append(NumberSpan(m.start("det"), m.start("det") + len(m.group("det")), size, words=True))
    nums.sort(key=lambda n: n.start)
    nums = [b for a, b in zip([None] + nums, nums) if not _restates_number(st, a, b)]
    single_at = {m.start("det"): m for m in singles}
    set_of: dict[int, NumberSpan] = {}
    for a, b in zip(nums, nums[1:]):
        if rules.OF_THE_SET.fullmatch(st, a.end, b.start) and a.start not in single_at:
            set_of[a.start] = b
    return nums, single_at, set_of


def _restates_number(st: str, a: Optional[NumberSpan], b: NumberSpan) -> bool:
    """"seven (7) soldiers", "two (2)": digits in brackets that repeat the number word before them."""
    if a is None or not a.words or b.words or a.value != b.value:
        return False
    m = rules.DIGITS_RESTATED.match(st, a.end)
    return bool(m) and a.end < b.start < m.end()


def _fraction(st: str, n: NumberSpan) -> NumberSpan:
    """"a quarter of a million" → 250,000, "half a million" → 500,000: a fraction before a scale word."""
    if not n.words or not rules.SCALE_NUMBER.fullmatch(st, n.start, n.end):
        return n
    m = rules.FRACTION_BEFORE.search(st, max(0, n.start - 20), n.start)
    if not m:
        return n
    return NumberSpan(m.start(), n.end, round(n.value * lex.FRACTIONS[m.group("f").lower()]), words=True,
                      vague=n.vague, approx=n.approx)


def _tokens(st: str) -> list[tuple[int, str]]:
    """Where each word of a sentence starts, and the word in lower case."""
    return [(m.start(), m.group().lower()) for m in rules.WORD_RUN.finditer(st)]


def _scan(rx: re.Pattern, st: str, tokens: list[tuple[int, str]], starts: frozenset, digits: bool = False) -> list:
    """``rx.finditer(st)`` for a pattern whose matches start a word in ``starts`` (or a number,
    with ``digits``): the pattern is tried only there, the matches are the same."""
    out, last = [], 0
    for pos, word in tokens:
        if pos < last or not (word in starts or (digits and word[0].isdigit())):
            continue
        m = rx.match(st, pos)
        if m:
            out.append(m)
            last = m.end()
    return out


def _candidates(st: str, blocked: list[tuple[int, int]], tokens: Optional[list[tuple[int, str]]] = None) -> list[Candidate]:
    """Numbers that may be casualty figures, each with its victims phrase, after the vetoes."""
    out: list[Candidate] = []
    nums, single_at, set_of = _numbers(st, _tokens(st) if tokens is None else tokens)
    set_starts = {b.start for b in set_of.values()}
    # a sentence's words tested once pay when they spare more than one number the vetoes' gates
    vetoes = rules.vetoes_for(st, rules.NUMBER_VETO_TESTS) if len(nums) > 1 else rules.NUMBER_VETOES
    cand_vetoes = rules.vetoes_for(st, rules.CANDIDATE_VETO_TESTS) if len(nums) > 1 else rules.CANDIDATE_VETOES
    last_thing, last_ok = -1, -1
    for n in nums:
        if _overlaps(n.start, n.end, blocked) or n.start in set_starts:
            continue
        before = st[max(0, n.start - 40):n.start]
        sm = single_at.get(n.start)
        look = NumberLook(st, n, before, st[n.end:], sm)
        if engine.first_veto(vetoes, look) is not None:
            if rules.released_or_recovered(look):
                last_thing = n.end  # "rescued 1,780 hostages …, the last 20 of them": of the freed, no victims
            continue
        c = Candidate(num=n, start=n.start, end=n.end, value=n.value)
        if sm is not None and (sm.re in (rules.KIN_LIST, rules.A_KIN_LIST) or n.value > 1 and sm.re is rules.POSS_KIN):
            _read_kin_list(st, c, sm)  # "his father, mother and sister", "her parents"
        elif sm is not None and sm.re in (rules.TITLED_VICTIM, rules.TITLED_LIST_HEAD, rules.NAMED_LIST_HEAD):
            _read_singular(st, c, sm)
            c.named = True
        elif sm is not None and n.words and n.value == 1 and st[n.start:n.end].lower() in lex.SINGULAR_DETERMINERS:
            _read_singular(st, c, sm)
        else:
            pos = set_of[n.start].end if n.start in set_of else n.end
            restated = rules.DIGITS_RESTATED.match(st, pos) if n.words else None
            pos = restated.end() if restated else pos  # "two (2) members": the victims after the brackets
            c.np_end = _read_victims(st, c, pos, out[-1] if out else None)
            units = rules.UNITS_RANGE_AFTER.match(st, c.np_end) if c.head is None else None
            if units:  # "60,000 to 80,000 households (300,000 … individuals)": households, whatever befell them
                c.head, c.victims = units.group("u"), units.group("u")
            if c.head is None and not c.partitive:
                if n.vague or not rules.BARE_OK.match(st, c.np_end):
                    last_thing = n.end  # "16 attacks …, eight of them": a count of things
                    continue
                if 1900 <= n.value <= 2100 and not n.words and "," not in st[n.start:n.end]:
                    continue  # a year
            if c.head is None and n.vague:
                continue
            if (c.head or "").lower() == lex.OTHERS_HEAD and last_thing > last_ok \
                    and rules.OTHERS_OF_THINGS_GAP.fullmatch(st, last_thing, n.start):
                continue  # "destroyed 72 apartments and damaged 236 others": more of the things (blind70 en)
        if engine.first_veto(cand_vetoes, st, c, before) is not None:
            if rules.left_or_freed(st, c):
                last_thing = n.end  # "13,500 inmates escaped …, 4,000 of them have returned": no victims
            continue
        if c.head is None and c.partitive in lex.ANAPHORIC_PARTITIVES and last_thing > last_ok \
                and not rules.WITH_WOUNDS_AFTER.match(st, c.np_end):
            continue  # "of them" after a count of things (not "rescued 354 hostages, 37 of them with injuries")
        if c.partitive == lex.WHICH and not any((k.head or "").lower() in lex.WHICH_ANTECEDENTS for k in out):
            continue  # "hospitals, three of which were damaged"; "210 arrests, 141 of which …" is a part
        last_ok = c.end
        out.append(c)
    return _merge_ranges(st, out)


def _read_singular(st: str, c: Candidate, sm) -> None:
    c.singular = True
    c.head = sm.group("head").lower()
    c.victims = st[sm.start("mods") if sm.group("mods") else sm.start("head"):sm.end("head")]
    c.victims_span = (sm.start("det"), sm.end("head"))
    c.np_end = sm.end("head")


def _read_kin_list(st: str, c: Candidate, m) -> None:
    """"his father, mother and sister": one group of three relatives."""
    c.head = m.group("head").lower()
    c.victims = m.group()
    c.victims_span = (m.start(), m.end())
    c.np_end = m.end()


def _take(c: Candidate, st: str, m, group, pos_end: int) -> int:
    """Record ``m``'s group ``group`` as the candidate's victims head; the new reading position."""
    c.head = c.victims = m.group(group)
    c.victims_span = (m.start(group), m.end(group))
    return pos_end


def _post_qualifier(st: str, c: Candidate, pos: int) -> int:
    pq = rules.POST_QUAL.match(st, pos)  # "12 or more", "12 at least"
    if pq:
        c.post_qual = pq.group("q")
        return pq.end()
    return pos


def _read_victims(st: str, c: Candidate, pos: int, prev: Optional[Candidate]) -> int:
    """Read the victims phrase after the number at ``pos``: "civilians", "cases of arbitrary
    arrest", "were civilians", "of them", "of the shepherds"; the end of what was read."""
    pos = _post_qualifier(st, c, pos)
    m = rules.NP.match(st, pos)
    cm = (rules.CASES.match(st, pos) if not rules.INCIDENTS_INVOLVING.match(st, pos) else None) or rules.CASES_BECAME.match(st, pos)
    death_cases = rules.DEATH_CASES.match(st, pos) if not cm else None
    if death_cases:
        c.head, c.victims = lex.DEATHS_NOUN, death_cases.group(0).strip()
        c.victims_span = (pos + len(death_cases.group(0)) - len(death_cases.group(0).lstrip()), death_cases.end())
        pos, m = death_cases.end(), None
    if cm:
        c.head = lex.CASES_MISSING_HEAD if lex.DISAPPEARANCE_STEM in cm.group("k").lower() else lex.CASES_DETAINED_HEAD
        c.victims = cm.group(0).strip()
        c.victims_span = (pos + len(cm.group(0)) - len(cm.group(0).lstrip()), cm.end())
        pos = cm.end()
        m = None
    shared = rules.SHARED_HEAD.match(st, pos) if m is None and not cm else None
    if shared:  # "17 Kurdish and 14 Baluch prisoners": the noun after the second number is the first's too
        c.head = shared.group("h")
        c.victims = f"{shared.group(1)} {c.head}"  # group 1: the first number's adjective
        c.victims_span = (shared.start(1), shared.end(1))
        pos = shared.end(1)
    elif m is None and not cm:
        m2 = rules.WERE_HEAD.match(st, pos)
        if m2:
            pos = _take(c, st, m2, "h", m2.end())
    if m and m.group("head"):
        c.head = m.group("head")
        vs = m.start("mods") if m.group("mods") else m.start("head")
        end = m.end()
        mod = rules.MODIFIED_HEAD.match(st, m.end("head")) if (c.head.lower() in lex.KIND_MODIFIERS or c.head.lower()
                                                               in lex.MODIFIER_HEADS or rules.INVARIANT_DEMONYM.fullmatch(c.head)) \
            and m.end() == m.end("head") else None
        if mod:  # "two displaced children", "two female judges", "600,000 Sudanese refugees": the noun after the adjective is the head
            c.head, end = mod.group("h"), mod.end()
        elif c.head.lower() in lex.ADJECTIVE_HEADS and m.end() == m.end("head"):
            kind_noun = rules.KIND_NOUN_AFTER.match(st, m.end("head"))  # "3,804 civilian deaths": deaths
            if kind_noun:
                c.head, end = kind_noun.group("h"), kind_noun.end()
        c.victims = st[vs:end].strip()
        c.victims_span = (vs, end)
        pos = end
    pos = _post_qualifier(st, c, pos)
    pos = _read_partitive(st, c, pos)
    share = rules.SHARE_OF_POPULATION.match(st, pos) if c.head is None and not c.partitive else None
    if share:  # "1 million of Gaza's 2.3 million people have fled": the share, of the population's people
        pos = _take(c, st, share, "h", share.end())
    if not c.partitive and prev is not None and prev.demonym and rules.AND_GAP.fullmatch(st[prev.np_end:c.start]):
        if c.head is None:
            m2 = rules.DEMONYM_AFTER.match(st, pos)  # "…, four Israeli and three Lebanese"
            if m2:
                pos = _take(c, st, m2, "h", m2.end())
                c.demonym = True
        elif rules.DEMONYM_HEAD.match(c.head):
            c.demonym = True  # "three Lebanese"
    return pos


def _read_partitive(st: str, c: Candidate, pos: int) -> int:
    """"196 of them are civilians", "78 of them Palestinian", "11 of the shepherds"."""
    pm = rules.PARTITIVE.match(st, pos)
    if not pm:
        if c.head is None:
            pm2 = rules.OF_HEAD.match(st, pos)
            if pm2:
                c.head = pm2.group("h")
                end = pm2.end()
                noun = rules.MODIFIED_HEAD.match(st, end)  # "194 of the Druze civilians": the noun after a demonym
                if noun:
                    c.head, end = noun.group("h"), noun.end()
                c.victims = st[pm2.start():end].strip()
                c.victims_span = (pm2.start("h"), end)
                pos = end
        return pos
    c.partitive = pm.group("what").lower()
    pos = pm.end()
    if c.head is None:
        m2 = rules.ARE_HEAD.match(st, pos)
        if m2:
            pos = _take(c, st, m2, 1, m2.end())
        elif c.partitive in lex.DEMONYM_PARTITIVES:
            m2 = rules.DEMONYM_AFTER.match(st, pos)
            if m2:
                pos = _take(c, st, m2, "h", m2.end())
                c.demonym = True
    return _post_qualifier(st, c, pos)


def _merge_ranges(st: str, cands: list[Candidate]) -> list[Candidate]:
    """"between 10 and 15 people", "10 to 15", "10-15": one candidate with ``value_max``."""
    merged: list[Candidate] = []
    for c in cands:
        if merged:
            p = merged[-1]
            gap = st[p.end:c.start]
            if p.head is None and not p.singular and rules.RANGE.match(gap) and p.value < c.value and \
                    (not rules.BARE_AND.fullmatch(gap) or rules.BETWEEN.search(st[:p.start])) \
                    and not rules.TOLL_STEP_FROM.search(st, max(0, p.start - 100), p.start):
                c.value_max = c.value
                c.value = p.value
                c.start = p.start
                merged[-1] = c
                continue
        merged.append(c)
    return merged


# --------------------------------------------------------------------------- kinds and links

def _assign_kinds(st: str, cands: list[Candidate], ctx: Context, is_label_line: bool) -> None:
    """Kinds, qualifiers and subset parents of a sentence's candidates: per candidate the
    attributes, the first kind rule that fires (``rules.KIND_RULES``) and its parent by the
    link rules; then kinds flow along the links, lists and breakdowns."""
    link = rules.links(st, cands)
    of_these = -2
    for i, c in enumerate(cands):
        look = Look(st, cands, i, link, ctx)
        _qualify(look)
        for rule in rules.KIND_RULES:
            if c.kind is not None and c.kind_src != "pred":
                break  # only a predicate's kind can still be refined (``rules.bodies_found``)
            rule(look)
        rules.held_fate_unknown(look)  # "arrested six young men …, and their fate … is still unknown": missing
        if c.kind and c.named:
            c.rule = "single_victim"  # "gunmen killed the mayor": one identifiable person
        _revision(look)
        rules.superseded_toll(look)
        _attach_parent(look)
        of_these = _cross_sentence_subset(look, of_these)
    rules.pair_of_earlier_toll(st, cands)
    rules.step_start_kinds(st, cands)
    _gapped_actor_items(st, cands)
    _propagate(st, cands, link)
    if ctx.last_kind:  # "14,070 of the number, with 173 children": the kind of the total referred to
        for c in cands:
            if c.kind is None and c.parent_cross and not c.negated and not rules.THING_PREDICATE_AFTER.match(st, c.np_end) \
                    and not rules.PART_AS_SUBJECT_AFTER.match(st, c.end) and not _inside_quote(st, c.start) \
                    and not rules.part_of_casualties(st, c):
                if rules.ARRIVED_AFTER.match(st, c.np_end):  # "About 12,000 of them have reached Tawila" (blind53 en 003)
                    c.set_kind("displaced", "inherit", "part_arrived")  # people who fled there, whatever the toll before
                elif rules.BODIES_OF.search(st, max(0, c.start - lex.BODIES_OF_REACH), c.start):
                    c.set_kind("killed", "inherit", "bodies_of_them")  # "The bodies of two of them … were found"
                else:
                    c.set_kind(_restated_kind(c, ctx) or _antecedent_kind(st, cands, c) or _kind_of_the_cases(st, c, ctx)
                               or _kind_among_them(st, cands, c) or _kind_of_kin_head(st, cands, c)
                               or (ctx.list_kind if is_label_line and ctx.list_active else None)  # a row's part: the list's kind
                               or _victims_of_the_dead(c, ctx) or ctx.last_kind, "inherit", "breakdown_of_last_total")
    _propagate(st, cands, link)
    _parts_among_the_kind(st, cands, link)
    _list_and_bare(st, cands, link, ctx, is_label_line)
    _elided_for_items(st, cands)
    _followed_by_items(st, cands)
    _and_of_items(st, cands)
    _appositive_breakdowns(cands, link)
    _punctuated_breakdowns(st, cands, link)
    _semicolon_items(st, cands)
    _elided_victims(st, cands)
    _among_total(st, cands)
    _among_next_total(st, cands)
    _kin_named_after_count(st, cands, link)
    _kin_groups(st, cands, link)
    _apposition_names_group(st, cands, link)
    _held_then_killed(st, cands)


def _antecedent_kind(st: str, cands: list[Candidate], c: Candidate) -> Optional[str]:
    """"Nine of the wounded were still confined …, two of them in intensive care": "of them" after a
    larger count of its own sentence is a part of that count, and of its kind (not the last total's);
    "The injured include pregnant women and children, 19 of them in critical condition": of the set
    the sentence opens on; so is "the other seven" after "Among the nine dead are …" (blind64 en)."""
    if c.partitive not in lex.ANAPHORIC_PARTITIVES:
        if not rules.THE_OTHER_END.search(st, max(0, c.start - 12), c.start):
            return None
        opener = rules.AMONG_SET_OPENER.match(st)
        if opener:
            return lex.PARTITIVE_KIND.get(opener.group("set_noun").lower())  # "…; the other seven were"
        # "Three bodies were found in the river and the other three near the border" (blind74 en): the same kind
        return next((p.kind for p in reversed(cands[:cands.index(c)]) if p.kind and p.value == c.value), None)
    larger = _larger_before(cands, c)
    clause = None
    for clause in rules.CLAUSE_SET_OPENER.finditer(st, larger.end if larger else 0, c.start):
        pass  # "the dead include 19 children …; the wounded were taken to the hospital, two of them …" (blind77 en)
    if clause:
        return lex.PARTITIVE_KIND.get(clause.group("set_noun").lower())
    if larger is not None:
        return larger.kind
    opener = rules.SET_OPENER.match(st)
    if opener:
        return lex.PARTITIVE_KIND.get(opener.group("set_noun").lower())
    return _last_kind_noun_kind(st, c.start)  # "The deaths were recorded in …, 17 of them"


def _larger_before(cands: list[Candidate], c: Candidate) -> Optional[Candidate]:
    """The nearest candidate before ``c`` in its sentence with a kind and a larger count: the set ``c`` is a part of."""
    return next((p for p in reversed(cands[:cands.index(c)]) if p.kind and p.value > c.value), None)


def _last_kind_noun_kind(st: str, end: int) -> Optional[str]:
    """The kind of the last kind noun ("deaths", "arrests") before ``end`` in the sentence."""
    noun = None
    for noun in rules.KIND_NOUN_BEFORE.finditer(st, 0, end):
        pass
    return lex.PARTITIVE_KIND.get(noun.group("kind_noun").lower()) if noun else None


def _kind_of_the_cases(st: str, c: Candidate, ctx: Context) -> Optional[str]:
    """"regime forces were responsible for 101 of these cases" after "204 cases of arbitrary arrest … 136 of these cases
    turned into enforced disappearances" (blind73 en 011): the cases are the last total counted as cases, not the last
    kind read."""
    if not rules.OF_THE_CASES_AFTER.match(st, c.end):
        return None
    return next((f.kind for f in reversed(ctx.figures[-lex.RESTATED_LOOKBACK:])
                 if f.part_of is None and rules.CASES.match(f.victims or "")), None)


def _kind_of_kin_head(st: str, cands: list[Candidate], c: Candidate) -> Optional[str]:
    """"among them a paramedic and his wife, son and daughter" (blind75 en): the kin of a person share that person's
    kind."""
    i = cands.index(c)
    return cands[i - 1].kind if i and rules.KIN_COORD.match(st[cands[i - 1].np_end:c.start]) else None


def _kind_among_them(st: str, cands: list[Candidate], c: Candidate) -> Optional[str]:
    """People "among them": of the larger count before them in the sentence ("They include 13 people killed when …,
    among them a paramedic and his wife, son and daughter", blind75 en), else of the sentence's kind noun ("most of the
    arrests … targeted returnees, among them 22 refugees", blind73 en)."""
    if not rules.AMONG_THEM_BEFORE.search(st, max(0, c.start - 14), c.start):
        return None
    larger = _larger_before(cands, c)
    return larger.kind if larger is not None else _last_kind_noun_kind(st, c.start)


def _parts_among_the_kind(st: str, cands: list[Candidate], link: list) -> None:
    """"2,083 people have been killed and 9,869 injured …, including 127 children and 261 women among the
    dead": a run of parts that names its kind after it ("among the dead") is of that kind, and a part of the
    nearest larger figure of it before the run (it had been taken as the injured's; blind53 en 013)."""
    for k, c in enumerate(cands):
        m = rules.AMONG_KIND_AFTER.match(st, c.np_end)
        if not m or not link[k]:
            continue
        kind = lex.PARTITIVE_KIND.get(m.group("k").lower(), "killed")
        first = rules.run_start(link, k)  # the run's first part (linked to its total)
        total = next((j for j in range(first - 1, -1, -1) if cands[j].kind == kind and cands[j].value > c.value), None)
        if total is None:
            continue
        for r in range(first, k + 1):
            cands[r].kind, cands[r].parent = kind, total


def _victims_of_the_dead(c: Candidate, ctx: Context) -> Optional[str]:
    """"nine civilians were killed, …, and about 30 others were injured. Four of the victims were traders" (blind65
    en 002): "of the victims" after a sentence that counts the dead and the wounded are of the dead, whatever kind
    was read last."""
    if (c.partitive or "").split()[-1:] != [lex.VICTIMS_NOUN] or not ctx.figures:
        return None
    last = ctx.figures[-1].sentence_start
    return "killed" if any(f.kind == "killed" and f.part_of is None and f.sentence_start == last
                         for f in ctx.figures[-lex.RESTATED_LOOKBACK:]) else None


def _restated_kind(c: Candidate, ctx: Context) -> Optional[str]:
    """"SNHR documented the killing of 71 civilians, including 14 children … the wounding of 33 other
    civilians. Among the victims were 14 children": a breakdown that repeats a figure read shortly
    before (same count, same named victims) is that figure again and takes its kind, not the kind of
    the last total."""
    cats = _categories_cached(c.victims or "")
    if not cats or cats == ("unknown",):
        return None
    for f in reversed(ctx.figures[-lex.RESTATED_LOOKBACK:]):
        if f.count == c.value and not f.superseded and tuple(f.victim_categories) == cats:
            return f.kind
    return None


def _among_next_total(st: str, cands: list[Candidate]) -> None:
    """"Three children were among 8 people killed" (before the kin groups, so that "a father
    and his four children were among eleven people killed" sums the father and the children)."""
    for i in range(len(cands) - 1):
        c, nxt = cands[i], cands[i + 1]
        if c.kind is None and not c.negated and nxt.kind and nxt.value > c.value and (c.head or c.singular) \
                and rules.AMONG_NEXT.fullmatch(st[c.np_end:nxt.start]):
            c.set_kind(nxt.kind, "inherit", "among_next_total")
            c.parent = i + 1


def _qualify(look: Look) -> None:
    """"at least", "more than", "about", "up to" before the number ("12 or more" after it);
    an earlier toll ("a previous toll of") is superseded."""
    c = look.c
    for q, rx in rules.QUALIFIER:
        if rx.search(look.near[-40:]):
            c.qualifier = q
            break
    if c.post_qual:
        c.qualifier = "at_least"
    if (rules.SUPERSEDED.search(look.near) and not rules.reached_toll(look.near[-60:])) \
            or rules.SUPERSEDED_AFTER.match(look.after) \
            or (rules.TOLL_STEP_FROM.search(look.near) and rules.STEP_TO_AFTER.match(look.st, c.end)):  # "Eleven deaths were initially reported; the toll rose …"
        c.superseded = True  # not the figure an earlier one was revised to ("initially said 30 … later revised to 12")


def _revision(look: Look) -> None:
    """"the toll rose to 42", "the updated toll": a revised toll."""
    c = look.c
    if c.kind_src in ("toll", "left", "noun", "") and not c.superseded and rules.REVISION.search(look.left[-80:]):
        c.revision = bool(rules.ROSE_TO_END.search(look.st[max(0, c.start - 250):c.start]))


def _attach_parent(look: Look) -> None:
    """The parent a link gives: a subset's total, the list's first item's parent, a
    coordinated sibling's parent; "four of them" takes the nearest earlier total."""
    c, i, st, cands, link = look.c, look.i, look.st, look.cands, look.link
    if link[i] == "subset":
        c.parent = i - 1
    elif link[i] == "items":  # a sibling of the list's first item (after the colon, or the first: "They are 25 X; 52 Y")
        colon = st.find(":")
        first = next(k for k in range(i) if cands[k].start > colon)
        c.parent = cands[first].parent
        c.parent_cross = c.parent_cross or cands[first].parent_cross
    elif link[i] == "coord":
        _coordinated_parent(look)
    if _anaphoric(c) and link[i] != "subset":
        # "46 Druze, four of them women": the number just before; "196 of them" after a clause:
        # the nearest earlier total in this sentence
        c.parent = None
        for j in range(i - 1, -1, -1):
            adjacent = j == i - 1 and rules.ADJACENT_GAP.fullmatch(st[cands[j].np_end:c.start])
            if (cands[j].value > c.value or _vague_group(cands[j])) and (cands[j].kind or cands[j].head) \
                    and not _anaphoric(cands[j]) \
                    and (adjacent or (cands[j].parent is None and not cands[j].parent_cross)
                         or (cands[j].partitive and rules.PART_THEN_ITS_PART_GAP.fullmatch(st, cands[j].np_end, c.start))):
                # "28 of the injured were still in hospital, five of them …": a part named by its set is a set
                # too (not "1,497 of the deaths, while Russian forces killed 452 of them": parallel parts)
                c.parent = j
                break
        else:
            c.parent_cross = True
    elif c.partitive and c.parent is None:
        c.parent_cross = True


def _vague_group(c: Candidate) -> bool:
    """"Thousands of residents fled …, and about 8,000 of them are sheltering …": a vague group
    ("thousands", "hundreds") is what a later "N of them" in its sentence refers to, though its
    lower bound is smaller (the part then takes its kind, and is nobody's ``part_of``)."""
    return c.num.vague and not c.singular


def _coordinated_parent(look: Look) -> None:
    c, i, st, cands, link = look.c, look.i, look.st, look.cands, look.link
    prev = cands[i - 1]
    c.parent = prev.parent
    if prev.demonym and c.demonym:
        pass  # "78 of them Palestinian, four Israeli": siblings inside the same breakdown
    elif prev.partitive in lex.DEMONYM_PARTITIVES and prev.parent is not None and c.head is not None:
        # "46 Druze, four of them women, and 18 Bedouins" (but "6 of them … and 8 in …" are siblings)
        c.parent = cands[prev.parent].parent
    elif link[i - 1] == "subset" and prev.parent is not None and c.head is not None \
            and rules.AMONG_THEM_END.search(st[cands[prev.parent].np_end:prev.start]) \
            and rules.COMMA_AND.fullmatch(st[prev.np_end:c.start]):
        # "502 civilians, among them 97 children, and 1,140 combatants": the aside closes at ", and"
        c.parent = cands[prev.parent].parent
    elif link[i - 1] == "subset" and prev.parent is not None and _elsewhere(st, cands[prev.parent], prev, c):
        # "500 people in Lebanon, including 100 civilians, and 45 in Israel", "33 civilians were killed in
        # Kyiv, including two medical workers …, one in Kryvyi Rih": the toll of another place
        c.parent = cands[prev.parent].parent
    else:
        opener = _bracket_opener(st, cands, i)
        if opener is not None:  # "six children (four boys and two girls), two women and a man": the children's sibling
            c.parent = cands[opener].parent
            c.parent_cross = c.parent_cross or cands[opener].parent_cross
            return
    c.parent_cross = c.parent_cross or prev.parent_cross


def _bracket_opener(st: str, cands: list[Candidate], i: int) -> Optional[int]:
    """When the gap before ``cands[i]`` closes a bracket, the candidate the bracket followed (whose items
    the bracket held): "six children (four boys and two girls), two women" → the six children."""
    prev = cands[i - 1]
    if not st[prev.np_end:cands[i].start].lstrip().startswith(")"):
        return None
    bracket = st.rfind("(", 0, prev.start)
    return next((k for k in range(i - 2, -1, -1) if cands[k].np_end <= bracket), None) if bracket >= 0 else None


def _elsewhere(st: str, total: Candidate, part: Candidate, c: Candidate) -> bool:
    """Whether ``c``, coordinated after ``part`` of ``total``, is a count of its own place ("and 45 in
    Israel"): a bare count with "in <Place>" right after it, where the total named another place and
    the part none of its own (parts each with a place break the total down by place)."""
    own = rules.IN_NAMED_PLACE.match(st, c.np_end)
    if c.head not in (None, *lex.OTHERS_HEADS) or not own or not rules.PART_TO_NEXT_ITEM.fullmatch(st, part.np_end, c.start) \
            or rules.IN_NAMED_PLACE.match(st, part.np_end):
        return False  # "40 people in Gaza, including 12 children in Rafah and 3 in Khan Younis": parts by place
    theirs = rules.IN_NAMED_PLACE.search(st, total.start, part.start)
    return theirs is not None and theirs.group("p") != own.group("p")


def _anaphoric(c: Candidate) -> bool:
    """"four of them": a part of a set named before; "28 of the injured" names its own set."""
    return bool(c.partitive) and c.partitive.split()[-1] in lex.ANAPHORIC_PARTITIVES


def _cross_sentence_subset(look: Look, of_these: int) -> int:
    """"… 187 arrests. Of these, 121 were carried out by regime forces", "among the dead were
    …": a breakdown of a total stated before; returns the index of the last "of these" item."""
    c, i, st, cands = look.c, look.i, look.st, look.cands
    if c.parent is not None or look.link[i] is not None:
        return i if look.link[i] == "coord" and i == of_these + 1 else of_these  # the breakdown goes on
    sc = rules.SUBSET_CROSS.search(look.full_left[-120:])
    if not sc and look.ctx.prev_figs and (rules.OF_THESE.search(look.full_left[-40:]) or (
            i == of_these + 1 and rules.PARALLEL_GAP.match(st[cands[i - 1].end:c.start]))):
        c.parent_cross = True
        of_these = i  # "…, while 33 were attributed to the SDF": the next item of the breakdown
    if sc and rules.AMONG_THEM_BEFORE.search(sc.group(0)):
        j = next((j for j in range(i - 1, -1, -1) if cands[j].kind and cands[j].parent is None
                  and not cands[j].parent_cross and cands[j].value > c.value), None)
        if j is not None:  # "50,243 displaced persons had entered Armenia …, among them some 17,000 children"
            c.parent = j
            return of_these
    if sc:
        c.parent_cross = True
        if c.kind is None:  # "among the dead were …", "among the wounded"
            w = sc.group(0).lower()
            if rules.INJURED_WORD.search(w):
                c.set_kind("injured", "partitive", "among_the_dead")
            elif rules.ARRESTED_WORD.search(w):
                c.set_kind("detained", "partitive", "among_the_dead")  # "Among those arrested by the regime were 11 people"
            elif rules.MISSING_WORD.search(w):
                c.set_kind("missing", "partitive", "among_the_dead")  # "Among the missing are at least 40 children"
            elif rules.DEAD_WORD.search(w) or rules.BODIES_THEN_AMONG.search(look.full_left[-120:]):
                c.set_kind("killed", "partitive", "among_the_dead")
    return of_these


def _kin_groups(st: str, cands: list[Candidate], link: list) -> None:
    """"a woman and her two daughters", "the judge and seven of his relatives", "the groom and
    13 guests": one person and the people listed with him or her are parts of one group; the
    parts stay figures and their sum is added as a total flagged ``derived`` (rule
    ``derived_sum``), the parts ``part_of`` it."""
    for i in range(len(cands) - 1, 0, -1):
        prev, c = cands[i - 1], cands[i]
        if link[i] == "coord" and rules.kin_count_and_one(st, prev, c):
            _derive_group_total(st, cands, i, link)  # "two of his colleagues and a soldier"
            continue
        alone = link[i - 1] is None and (i + 1 == len(link) or link[i + 1] is None)  # the whole list is these two
        count_and_one = not prev.singular and c.singular and alone and not prev.value_max \
            and prev.parent is None and c.parent is None  # "two journalists and a police officer were killed"
        pair = (prev.head or "") in lex.KIN_PAIRS  # "her parents and two brothers"
        if link[i] != "coord" or not (prev.singular or count_and_one or pair) or prev.kind is None and c.kind is None:
            continue
        if prev.rule == "among_the_toll_again":
            continue  # "pained by the loss of the eight jawans and their driver": the toll again, no new group (blind75 en)
        gap = st[prev.np_end:c.start]
        poss = _kin_follows(st, prev, c)
        listed = not alone and rules.LIST_GAP.fullmatch(gap) and _people_then_count(cands, link, i)
        plain = (listed or (alone and rules.BARE_AND.fullmatch(gap) and c.parent is None)) and prev.parent is None \
            and not prev.parent_cross and not c.parent_cross \
            and (prev.kind is None or c.kind is None or prev.kind == c.kind)  # "killed the groom and 13 guests"
        if poss or plain:
            _derive_group_total(st, cands, i, link)


def _kin_named_after_count(st: str, cands: list[Candidate], link: list) -> None:
    """"four members of one family: a father, his wife and their two daughters", "a family of five,
    a man, his wife and their three children": a family's members named right after the count of them,
    as many as it counts, restate it; they are no figures of their own, nor is their sum."""
    for i, g in enumerate(cands[:-1]):
        if g.singular or g.value < 2 or g.value_max is not None \
                or not rules.KIN_APPOSITION_GAP.fullmatch(st, max(g.np_end, g.end), cands[i + 1].start):
            continue
        run = [i + 1]
        while run[-1] + 1 < len(link) and link[run[-1] + 1] == "coord":
            run.append(run[-1] + 1)
        parts = [cands[k] for k in run]
        if len(parts) < 2 or sum(p.value for p in parts) != g.value or any(p.value_max for p in parts) \
                or not rules.POSSESSIVE_KIN.search(st, parts[0].start, parts[-1].np_end):
            continue
        _restated_by_parts(g, parts, i)


def _restated_by_parts(g: Candidate, parts: list[Candidate], i: int) -> None:
    """The people named after count ``g`` (candidate ``i``) restate it: ``g`` takes their kind if it
    has none, and they are no figures of their own."""
    kind = g.kind or next((p.kind for p in parts if p.kind), None)
    if kind and not g.kind:
        g.set_kind(kind, parts[0].kind_src or "inherit", "coordination_backward")
    for p in parts:
        p.kind, p.parent, p.derived = None, i, False


def _kin_follows(st: str, prev: Candidate, c: Candidate) -> bool:
    """``c`` names kin or comrades of the person or people before it ("a woman and her two daughters",
    "the judge and seven of his relatives", "a commander and two other members")."""
    own, gap = (c.victims or "").strip(), st[prev.np_end:c.start]
    return bool(rules.KIN_COORD.match(gap)) and bool(
        rules.POSSESSIVE_END.search(gap) or rules.KIN_OF.match(own)
        or st[c.start:c.end].lower() in lex.POSSESSIVES or rules.OTHER_START.match(own)
        or (rules.KIN_PLURAL.fullmatch(c.head or "") and (rules.KIN_WORD.search(prev.victims or "")
                                                          or (prev.head or "") in lex.KIN_PAIRS)))  # "his uncle and three cousins"


def _people_then_count(cands: list[Candidate], link: list, i: int) -> bool:
    """The coordinated list that holds candidate ``i`` is people named one by one and, last, maybe
    a count ("The governor, his son and three guards", "A doctor, a nurse and 12 patients"): parts
    of one group, like two alone."""
    s, e = rules.run_start(link, i - 1), i
    while e + 1 < len(link) and link[e + 1] == "coord":
        e += 1
    return link[s] is None and all(cands[k].singular for k in range(s, e)) \
        and all(cands[k].parent is None or cands[cands[k].parent].derived for k in range(s, e + 1))


def _apposition_names_group(st: str, cands: list[Candidate], link: list) -> None:
    """"two civilians, a man and a woman, …", "2 civilians (a woman and a man)": people named
    one by one right after a count, as many as it counts, are that count restated, not
    figures of their own (unlike "including a woman and a child", a breakdown)."""
    for i, g in enumerate(cands):
        if g.singular or g.value < 2 or g.value_max is not None or not g.head or i + 1 == len(cands) \
                or not rules.APPOSITION_GAP.fullmatch(st[g.np_end:cands[i + 1].start]):
            continue
        kin = cands[i + 1]
        if kin.value == g.value and rules.KIN_LIST.fullmatch(kin.victims or "") and rules.APPOSITION_CLOSE.match(st, kin.np_end):
            _restated_by_parts(g, [kin], i)  # "two of his relatives, his brother and his cousin, were arrested"
            continue
        run = [i + 1]
        while run[-1] + 1 < len(link) and link[run[-1] + 1] == "coord" and cands[run[-1] + 1].singular:
            run.append(run[-1] + 1)
        parts = [cands[k] for k in run]
        if not all(p.singular for p in parts) or len(parts) != g.value \
                or not rules.APPOSITION_CLOSE.match(st, parts[-1].np_end):
            continue
        _restated_by_parts(g, parts, i)


def _derive_group_total(st: str, cands: list[Candidate], i: int, link: list) -> None:
    prev, c = cands[i - 1], cands[i]
    if c.parent is not None and cands[c.parent].derived:  # "an ISIS leader, his wife and three of his children"
        total = cands[c.parent]
        total.value += prev.value
        total.start, total.end, total.num = prev.start, prev.end, prev.num
        vs = prev.victims_span[0] or prev.start
        total.victims, total.victims_span = st[vs:total.np_end].strip(), (vs, total.np_end)
        total.kind = total.kind or prev.kind
        prev.parent, prev.parent_cross = c.parent, False
        if prev.kind is None:
            prev.set_kind(total.kind, "inherit", "kin_group")
        return
    vs = prev.victims_span[0] or prev.start
    np_end = max(prev.np_end, c.np_end)
    kind, src = (prev.kind, prev.kind_src) if prev.kind else (c.kind, c.kind_src)
    total = Candidate(num=prev.num, start=prev.start, end=prev.end, value=prev.value + c.value, head=prev.head,
                      victims=st[vs:np_end].strip(), victims_span=(vs, np_end), np_end=np_end, kind=kind,
                      kind_src=src, rule="derived_sum", qualifier=prev.qualifier, parent=prev.parent,
                      parent_cross=prev.parent_cross, manner=prev.manner or c.manner, derived=True)
    cands.append(total)
    t = len(cands) - 1
    for other in cands:
        if other.parent == i:
            other.parent = t
    parts = [prev, c]
    k = i + 1  # "a mother, her four children and two of their cousins": more kin listed after the pair
    while k < len(link) and link[k] == "coord" and cands[k].parent is None \
            and (_kin_follows(st, cands[k - 1], cands[k]) or cands[k].singular and rules.KIN_WORD.fullmatch(cands[k].head or "")):
        parts.append(cands[k])
        total.value += cands[k].value
        total.np_end = max(total.np_end, cands[k].np_end)
        total.victims, total.victims_span = st[vs:total.np_end].strip(), (vs, total.np_end)
        k += 1
    for part in parts:
        if part.kind is None:
            part.set_kind(kind, "inherit", "kin_group")
        part.parent, part.parent_cross = t, False
    # "two civilians, a man and his wife, were killed": the group restates the count before it
    if i >= 2 and not cands[i - 2].singular and cands[i - 2].value == total.value and cands[i - 2].head \
            and rules.APPOSITION_GAP.fullmatch(st[cands[i - 2].np_end:prev.start]) \
            and (cands[i - 2].kind or total.kind):
        if not cands[i - 2].kind:
            cands[i - 2].set_kind(total.kind, cands[i - 2].kind_src, "kin_group")
        total.kind = prev.kind = c.kind = None


def _appositive_breakdowns(cands: list[Candidate], link: list) -> None:
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


def _punctuated_breakdowns(st: str, cands: list[Candidate], link: list) -> None:
    """"rose to four; a civilian and three foreign workers", "11 people … - six civilians and
    five gunmen", "7 people were killed; they are four soldiers and …": numbers after a
    semicolon, a dash or "they are" that add up to the total before them break it down."""
    for i in range(len(cands) - 1):
        total = cands[i]
        if not total.kind or total.value_max is not None or link[i + 1] is not None \
                or not (rules.BREAKDOWN_GAP.search(st[total.np_end:cands[i + 1].start])
                        or rules.PRED_APPOSITION_GAP.match(st[total.np_end:cands[i + 1].start])):
            continue
        run, nested = _breakdown_items(st, cands, link, i + 1)
        # the items that add up to the total ("– 17 boys … and 20 girls … – as well as four residents": 17 and 20)
        sums = list(accumulate(cands[k].value for k in run))
        if total.value not in sums[1:]:
            continue
        parts = run[:sums.index(total.value) + 1]
        if any(cands[k].kind not in (None, total.kind) for k in parts):
            continue
        if all(cands[k].value == 1 and cands[k].kind is None for k in parts) and any(cands[k].head is None for k in parts):
            continue  # "two detainees died …: one from Daraa …, and a young man from Homs" (blind79 en): the total told person by person
        for k in parts:
            cands[k].parent = i
        for k in parts + [k for k, item in nested.items() if item in parts]:
            if cands[k].kind is None:
                cands[k].set_kind(total.kind, "inherit", "punctuated_breakdown")
        for k, item in nested.items():
            if item in parts:
                cands[k].parent = item  # "96 people dead: 41 civilians, including four women …, and 55 members"


def _breakdown_items(st: str, cands: list[Candidate], link: list, first: int) -> tuple[list[int], dict[int, int]]:
    """The items of a breakdown that starts at ``cands[first]``: the candidates after it joined by "and",
    a comma or a cause or relative clause ("– 39 by gunfire whose source could not be identified, 12 in
    …"), and the subsets told inside an item ("41 civilians, including four women and three children,
    and 55 members": 41 and 55 the items, 4 and 3 inside the 41), by their item."""
    run, nested = [first], {}
    for k in range(first + 1, len(cands)):
        item = cands[run[-1]]
        inside = [j for j, it in nested.items() if it == run[-1]]
        if (not inside and rules.INCLUDING_AFTER_GROUP.fullmatch(st, item.np_end, cands[k].start)) or (
                inside and link[k] == "coord" and cands[k].value < item.value
                and cands[k].value + sum(cands[j].value for j in inside) <= item.value):
            nested[k] = run[-1]
        elif link[k] == "coord" or any(gap.fullmatch(st, cands[k - 1].np_end, cands[k].start) for gap in rules.ITEM_GAPS):
            run.append(k)
        else:
            break
    return run, nested


def _elided_victims(st: str, cands: list[Candidate]) -> None:
    """"Nine children killed, 12 injured": the second count's people are the first's (its head is
    only a kind noun), so that it restates "12 children" injured told before."""
    for prev, c in zip(cands, cands[1:]):
        if prev.head and prev.head.lower() not in lex.NOUN_KIND and (c.head or "").lower() in lex.NOUN_KIND \
                and rules.KIND_THEN_COUNT_GAP.fullmatch(st, prev.np_end, c.start):
            c.victims = prev.victims


def _semicolon_items(st: str, cands: list[Candidate]) -> None:
    """"The tally included 25 civilians, among them six children and two women; 45 tribal gunmen …;
    and 26 SDF members": after a toll's make-up opened in this sentence, items after a semicolon
    are more of the same make-up."""
    opener = next((c for c in cands if c.kind and c.parent_cross and c.parent is None), None)
    if opener is None:
        return
    prev = opener
    for c in cands:
        if c.start <= opener.start:
            continue
        if c.kind is None and not c.negated and c.head and not c.singular \
                and rules.SEMICOLON_GAP.fullmatch(st, prev.np_end, c.start):
            c.set_kind(opener.kind, "inherit", "semicolon_item")
            c.parent_cross = True
        prev = c


def _held_then_killed(st: str, cands: list[Candidate]) -> None:
    """"Gunmen abducted a pharmacist … and killed him hours later", "a teacher was kidnapped …;
    his body was found", "abducted two shepherds …; their bodies were found": abducted then
    killed is killed; so are people read as missing from a fate told after the death ("abducted a young
    man … before his body was found the next day, while a woman … remain missing and their fate … unknown":
    the fate is the woman's; blind51 en 009)."""
    for c in cands:
        later = rules.KILLED_AFTER_HELD if c.value == 1 else rules.KILLED_AFTER_HELD_MANY
        if c.kind not in ("detained", "missing") or c.value_max:
            continue
        m = later.search(st, c.np_end)
        fate = rules.FATE_WORD.search(st, c.np_end) if c.kind == "missing" else None
        if m and (c.kind == "detained" or (fate is not None and m.start() < fate.start())):
            c.set_kind("killed", c.kind_src, "abducted_then_killed")
        elif rules.bodies_of_a_group_found(st, c):
            c.set_kind("killed", c.kind_src, "bodies_found")


def _among_total(st: str, cands: list[Candidate]) -> None:
    """"Two women and a child among 15 victims": the total the numbers before it are part of."""
    for i, c in enumerate(cands):
        if c.kind is not None or not i or (c.head or "").lower() not in lex.TOLL_HEADS \
                or not rules.AMONG_BEFORE.search(st, max(0, c.start - 30), c.start):
            continue
        before = [p for p in cands[:i] if p.kind and p.value < c.value]
        if before:
            c.set_kind(before[-1].kind, "inherit", "among_total")
            for p in cands[:i]:
                if p.parent is None and p.value < c.value:
                    p.parent = i


def _inside_quote(st: str, pos: int) -> bool:
    """Whether ``pos`` is inside a quotation of the sentence: an odd number of straight quotes before it,
    or an opening curly quote not closed before it ("“Every family here knows one of them,” a resident
    said": a quote's part with no verb of its own is no breakdown of a toll; blind48 en 006)."""
    before, after = st[:pos], st[pos:]
    if before.count('"') % 2 == 1 or before.rfind("\u201c") > before.rfind("\u201d"):
        return True
    # a quotation opened in a sentence before: a closing mark after, none opening before
    closes = after.find("\u201d")
    return ('"' not in before and after.count('"') % 2 == 1) or (
        "\u201c" not in before and closes >= 0 and not 0 <= after.find("\u201c") < closes)


def _apposition_of_toll_before(st: str, cands: list[Candidate], link: list, i: int) -> bool:
    """"Two adults were killed there, a doctor and a woman visiting her child, and eight children were
    among those injured": the run of people ending at ``cands[i - 1]``, closed by a comma, follows a toll's
    predicate and a comma (``PRED_APPOSITION_GAP``); they are that toll's people, and the kind after the
    comma is not theirs (``_punctuated_breakdowns`` makes them its parts)."""
    if "," not in st[cands[i - 1].np_end:cands[i].start]:
        return False
    f = rules.run_start(link, i - 1)
    return f > 0 and cands[f - 1].kind is not None and bool(rules.PRED_APPOSITION_GAP.match(st[cands[f - 1].np_end:cands[f].start]))


def _propagate(st: str, cands: list[Candidate], link: list) -> None:
    """Kinds flow along chains of numbers: backwards from a predicate after the last one
    ("13 X and 16 Y were killed"), forwards from a trigger before the first ("killed 10
    women and 12 children"), and from a total to its subsets."""
    n = len(cands)
    for i in range(n - 1, 0, -1):
        if link[i] and cands[i].kind and cands[i - 1].kind is None and cands[i].kind_src in ("pred", "inherit_r") \
                and not cands[i - 1].combined and not _total_has_kind(cands, i - 1, cands[i]) \
                and not (i >= 2 and link[i - 1] and cands[i - 2].kind and cands[i - 2].kind != cands[i].kind) \
                and (cands[i - 1].head or cands[i - 1].singular or cands[i - 1].partitive) \
                and not _apposition_of_toll_before(st, cands, link, i):  # (a bare number takes no kind back)
            # (not "the dead include 10 women and three infants, and another 16 people were injured": the
            # infants are of the chain the dead opened)
            cands[i - 1].set_kind(cands[i].kind, "inherit_r", "coordination_backward")
            cands[i - 1].manner = cands[i - 1].manner or cands[i].manner
        if link[i] and cands[i].combined:
            cands[i - 1].combined = cands[i - 1].combined or cands[i - 1].kind is None
    for i in range(1, n):
        c = cands[i]
        if link[i] and c.kind is None and cands[i - 1].kind:
            c.set_kind(cands[i - 1].kind, "inherit", "subset_of_total" if link[i] == "subset" else "coordination")
            c.manner = c.manner or cands[i - 1].manner
    for c in cands:  # subsets take the kind of their parent
        if c.kind is None and c.parent is not None and cands[c.parent].kind:
            c.set_kind(cands[c.parent].kind, "inherit", "subset_of_total")


def _total_has_kind(cands: list[Candidate], k: int, giver: Candidate) -> bool:
    """"64 civilians were killed, among them 21 children and 9 women, and 143 others were
    injured": a subset (``cands[k]``) whose total already has a kind keeps that kind; the
    verb of the next sibling does not reach back into it."""
    p = cands[k].parent
    return p is not None and cands[p] is not giver and cands[p].kind is not None and cands[p].kind != giver.kind


def _list_and_bare(st: str, cands: list[Candidate], link: list, ctx: Context, is_label_line: bool) -> None:
    """Kinds from a line's label ("Killed: 12"), from the list header above ("The death toll
    is as follows:" / "Civilians: 832"), from an inline list after a header clause; a bare
    number (no victims noun) that only inherited a kind backwards loses it."""
    lab = (rules.LABEL_KIND.match(st) or rules.DASH_KIND_LABEL.match(st)) if is_label_line else None
    if lab and cands and cands[0].kind_src in ("", "list", "inherit"):  # "Killed: 12", "Missing: 4"
        cands[0].set_kind(_label_kind(lab.group("k")), "label", "kind_label")
        _propagate(st, cands, link)  # "killed – 34 people, including 2 children"
    of_whom = is_label_line and ctx.list_active and ctx.figures and rules.OF_WHOM_ROW.match(st)
    if of_whom:  # "Of whom, signatories of the Peace Agreement: 5" under "Persons killed: 80" (blind77 en)
        _list_items(st, cands, link, ctx.figures[-1].kind)
    elif is_label_line and ctx.list_kind and (ctx.list_active or _victims_label(st)):
        _list_items(st, cands, link, ctx.list_kind, ctx.list_distributes)
    colon = st.find(":")
    they_are = not is_label_line and colon > 0 and rules.THEY_ARE_HEAD.match(st[:colon])
    if not is_label_line and colon > 0 and (rules.HEADER_WORDS.search(st[:colon]) or they_are):
        # "The casualties were distributed as follows: 40 civilians; 25 soldiers"; "… has risen to
        # 297. They are: 119 civilians; 103 members …" (the kind of the total just before, if any)
        kind = _header_kind(st[:colon]) or (ctx.last_kind if not they_are else _previous_total_kind(ctx))
        if kind:
            for c in cands:
                if c.start > colon and c.kind is None and not c.negated and (c.head or c.singular or c.partitive
                                                                            or _bracketed_value(st, c)) \
                        and not (they_are and c.singular):  # "They are: a man and his nephew" names, not counts
                    c.set_kind(kind, "list", "inline_list")
            _propagate(st, cands, link)
    for c in cands:
        if c.kind and c.head is None and not c.singular and not c.partitive and c.kind_src in ("inherit_r",):
            c.kind = None


def _bracketed_value(st: str, c: Candidate) -> bool:
    """"Sarmada (18,500)": a bare value in brackets right after a name (an inline list's item)."""
    return c.head is None and bool(rules.BRACKETED_VALUE_BEFORE.search(st, max(0, c.start - 60), c.start)) \
        and bool(rules.BRACKET_CLOSE.match(st, c.end))


def _previous_total_kind(ctx: Context) -> Optional[str]:
    """The kind of the top-level figure of the sentence just read, if it gave one."""
    return ctx.figures[ctx.last_top].kind if ctx.prev_figs and ctx.last_top is not None else None


def _victims_label(st: str) -> bool:
    """A label line whose label names victims ("Combatants: 1,204 regime soldiers; 537
    fighters"): another part of the breakdown announced above, after a sentence between."""
    label = _line_label(st)
    return label is not None and _has_victim_word(label) and rules.LIST_VALUE_BEFORE.search(st[:st.find(":") + 1]) is not None


def _gapped_actor_items(st: str, cands: list[Candidate]) -> None:
    """"Regime forces killed 21 civilians, Russian forces three, ISIS two and the SDF seven": each
    next "<actor> N" repeats the first item's verb (left out), its kind and its victims."""
    giver = None
    for i in range(1, len(cands)):
        c, prev = cands[i], cands[i - 1]
        if prev is not giver and prev.kind_src != "inherit_gapped":
            giver = None  # the run of items is broken: only the count before may start a new one
        if c.kind is not None or c.head is not None or c.singular or c.negated \
                or not rules.GAPPED_ACTOR_GAP.fullmatch(st, prev.np_end, c.start):
            continue
        if giver is None:  # the costly actor pattern only where a bare count follows an actor
            if not (prev.kind and rules.ACTOR_VERB_BEFORE.search(st, max(0, prev.start - 80), prev.start)):
                continue
            giver = prev
        c.set_kind(giver.kind, "inherit_gapped", "gapped_actor_items")
        c.victims = giver.victims


def _elided_for_items(st: str, cands: list[Candidate]) -> None:
    """"regime forces were responsible for 325 of these deaths, Russian forces for 22, ISIS for
    27": each next item "X for N" repeats the first item's verb, kind and total."""
    for i in range(1, len(cands)):
        c, prev = cands[i], cands[i - 1]
        if c.kind is None and c.head is None and not c.negated and prev.kind \
                and rules.FOR_BEFORE.search(st, max(0, prev.start - 30), prev.start) \
                and rules.ELIDED_FOR_GAP.match(st[prev.end:c.start]):
            c.set_kind(prev.kind, "inherit", "elided_for_items")
            c.parent = prev.parent


def _and_of_items(st: str, cands: list[Candidate]) -> None:
    """"the death of 6 soldiers … in the shelling, and of 9 fighters": the "of" repeats the noun of
    the nearest earlier trigger "<noun> of" (``lexicon.OF_TRIGGER_NOUNS``), and its kind."""
    for i in range(1, len(cands)):
        c = cands[i]
        if c.kind is not None or c.negated or not (c.head or c.singular) \
                or not rules.AND_OF_BEFORE.search(st, max(0, c.start - 40), c.start):
            continue
        giver = next((p for p in reversed(cands[:i]) if p.kind and p.parent is None and not p.parent_cross
                      and rules.OF_TRIGGER_BEFORE.search(st, max(0, p.start - 60), p.start)), None)
        if giver is not None:
            c.set_kind(giver.kind, "inherit", "and_of_items")


def _followed_by_items(st: str, cands: list[Candidate]) -> None:
    """"where 212 civilians were killed, followed by Hama with 87 and Aleppo with 45": the places
    ranked after a count with a kind are counts of the same kind (not after a count of things,
    which has no kind)."""
    for i in range(1, len(cands)):
        c, prev = cands[i], cands[i - 1]
        if c.kind is not None or c.head is not None or c.negated or not prev.kind:
            continue
        first = rules.FOLLOWED_BY_GAP.fullmatch(st, prev.np_end, c.start)
        if first or (prev.rule == "followed_by_items" and rules.NEXT_WITH_GAP.fullmatch(st, prev.np_end, c.start)):
            c.set_kind(prev.kind, "inherit", "followed_by_items")
            c.parent = prev.parent


def _list_items(st: str, cands: list[Candidate], link: list, kind: str, distributes: bool = False) -> None:
    """A list or table line under a header: its value (after the label's colon or dash, or
    after a bullet) and the values coordinated with it take the header's kind. Under a header
    that distributes a toll ("The civilian fatalities were distributed as follows:") a label
    naming weapons ("Israeli strikes: 7") is the cause of that many deaths, not a count of strikes. A row
    whose label opens on a kind ("Injured - 1,018" under "Civilian casualties:", "Killed while fleeing: 18"
    under a header of the wounded) is of that kind."""
    if ":" in st and rules.NOT_CASUALTY_ROW.search(st, 0, st.index(":")):
        return  # "Persons evacuated by air and land by the security forces: 300"
    own = rules.ROW_KIND_LABEL.match(st)
    row_kind = _label_kind(own.group("k")) if own else kind
    for i, c in enumerate(cands):
        if c.kind is None and (i == 0 or link[i]):
            before = st[:c.start]
            if i == 0 and not rules.LIST_VALUE_BEFORE.search(before) and not rules.BULLET_ONLY.match(before) \
                    and not (c.head and rules.THINGS_THEN_VALUE_BEFORE.search(before)):
                continue
            if i == 0 and not distributes and rules.THING_WORD.search(before) and not _has_victim_word(before) and not c.head:
                continue  # "Drone strikes on vehicles: 6" under a toll heading counts things ("Russian airstrikes: 11 civilians" does not)
            if rules.NOT_CASUALTY_ACT_AFTER.match(st, c.np_end):
                continue  # "• 244 children recruited and used by armed groups" under "Other violations include:"
            c.set_kind(row_kind, "list", "list_under_header")
    for i in range(1, len(cands)):
        if link[i] and cands[i].kind is None and cands[i - 1].kind:
            cands[i].set_kind(cands[i - 1].kind, "inherit", "coordination")


# --------------------------------------------------------------------------- attributes

def _line_label(st: str, pos: int = 0) -> Optional[str]:
    """The label of a list or table line ("Civilians: 832", "• Aleppo — 179"); with ``pos``, of
    the row holding it on a line of rows ("Syrian regime forces: 29; ISIS: 3": "ISIS")."""
    row = st[st.rfind(";", 0, pos) + 1:]
    lab = rules.LINE_LABEL.match(row) or rules.LINE_DASH_LABEL.match(row)
    return lab.group(1).strip() if lab else None


def _figure(text: str, sent: Sentence, c: Candidate, bounds: list[int], times: list[tuple[int, int]],
            pub: Optional[date], is_label_line: bool, label_is_perpetrator: bool = False,
            group: Optional[str] = None) -> CasualtyFigure:
    """The figure of a candidate with a kind, with its attributes read from its clause; on a
    row under a "by perpetrator" header the row's label is who killed, not the victims; on a row under
    a header naming a group ("details of the attackers:"), the victims are of that group."""
    st = sent.text
    vs, ve = c.victims_span
    end = max(c.np_end, ve, c.end) if c.head or c.singular else c.end
    lo = max(b for b in bounds if b <= c.start)  # the clause holding the number
    hi = min(b for b in bounds if b > c.start) if any(b > c.start for b in bounds) else len(st)
    clause = st[lo:hi]
    victims = c.victims
    label = _line_label(st, c.start) if is_label_line else None
    perpetrator = label if label_is_perpetrator else _perpetrator(clause, c.start - lo, c.np_end - lo, c.kind_src == "left" and not rules.NOUN_TRIGGER_OF_BEFORE.search(st, max(0, c.start - 40), c.start))
    if label_is_perpetrator:
        label = None
    if label and not victims and _has_victim_word(label) and not rules.ANY_DIGIT.search(label):  # (not a clause with its count)
        victims = label  # "Civilians: 832"
    victims = group or victims  # "• Shot dead by security forces: 3" under "details of the attackers:"
    place = _place(clause, c.start - lo, end - lo)
    if label and not place and _is_place_label(label):
        place = label  # "• Aleppo: 179 people"
    if not place and not is_label_line and _label_start(st):
        dateline = st[:st.index(":")].strip()  # "Daraa province: SOHR activists reported that ..."
        if _is_place_label(dateline):
            place = dateline
    time = _time_for(st, times, lo, hi, c, pub)
    scope = "cumulative" if (_cumulative(st) or rules.RUNNING_TOTAL.search(st, max(0, c.start - 120), c.start)
                             or (time and time.start and time.end and time.start != time.end)
                             or is_label_line or (c.kind in lex.STOCK_KINDS and rules.STOCK.search(clause))) else "event"
    fig = make_figure(
        text, c.kind, c.value, sent.start + c.start, sent.start + end, Sentence(sent.start, sent.end, text[sent.start:sent.end]),
        lang="en", count_max=c.value_max, qualifier=c.qualifier, vague=c.num.vague,
        manner=c.manner or _nearest_label(clause, c.start - lo), victims=victims,
        victim_categories=list(_categories_cached(victims or "")), perpetrator=perpetrator,
        place=place, time=time, scope=scope, revision=c.revision, superseded=c.superseded, rule=c.rule or None,
        derived=c.derived,
    )
    return fig


@lru_cache(maxsize=256)
def _cumulative(st: str) -> bool:
    return bool(rules.CUMULATIVE.search(st))


@lru_cache(maxsize=1024)
def _categories_cached(victims: str) -> tuple:
    return tuple(_categories(victims))


def _categories(victims: str) -> list[str]:
    """Victim categories of a victims phrase: from its head nouns (``lexicon.HEADS``) and
    the hints of ``lexicon.CATEGORY_HINTS`` ("regime forces", "ISIS members", "minors")."""
    v = victims.lower()
    cats: list[str] = []
    civilian_staff = bool(rules.CIVILIAN_STAFF.search(v))  # "medical personnel": not security forces
    for word in rules.WORD_TOKEN.findall(v):
        cat = "civilians" if civilian_staff and word in lex.STAFF_NOUNS else lex.HEADS.get(word)
        if cat and cat != "unknown" and cat not in cats:
            cats.append(cat)
    for cat, words in rules.CATEGORY_HINT_RULES:
        if cat in cats or not words.search(v):
            continue
        if cat == "security_forces":
            if "fighters" not in cats:
                cats = [x for x in cats if x != "unknown"] + [cat]
        else:
            cats.append(cat)
    return cats or (["unknown"] if victims else [])


# every word that can give a manner (``lexicon.MANNER_WORDS`` and the second words of
# ``MANNER_PAIRS``): a clause with none of them has no manner, found without a Python loop
_MANNER_GATE = frozenset(lex.MANNER_WORDS) | frozenset(b for _, b in lex.MANNER_PAIRS)


@lru_cache(maxsize=64)
def _clause_manners(clause: str) -> tuple:
    """The manner words of a clause (``lexicon.MANNER_WORDS``, ``MANNER_PAIRS`` after the word
    before): ``(start, label)`` in order. The words are listed and lowered in C; only a clause
    with one of them (``_MANNER_GATE``) has its word offsets taken."""
    words = rules.WORD.findall(clause.lower()) if clause.isascii() \
        else " ".join(rules.WORD.findall(clause)).lower().split()  # (lowering ASCII keeps its letter runs)
    if _MANNER_GATE.isdisjoint(words):
        return ()
    starts = None
    out = []
    for i, w in enumerate(words):
        if w not in _MANNER_GATE:
            continue
        label = lex.MANNER_PAIRS.get((words[i - 1] if i else "", w)) or lex.MANNER_WORDS.get(w)
        if label is not None:
            starts = starts or [m.start() for m in rules.WORD.finditer(clause)]
            out.append((starts[i], label))
    return tuple(out)


def _nearest_label(clause: str, pos: int) -> Optional[str]:
    """The manner word nearest to ``pos`` in the clause; on a tie the more specific wins; none
    when the clause coordinates several ("killed in airstrikes, shelling and rocket fire")."""
    best, key = None, None
    manners = _clause_manners(clause)
    if _several_causes(clause, manners):
        return None
    for start, label in manners:
        k = (abs(start - pos), lex.MANNER_ORDER[label])
        if key is None or k < key:
            best, key = label, k
    return best


def _several_causes(clause: str, manners: tuple) -> bool:
    """Two different manners coordinated in the clause ("in the clashes, field executions and
    Israeli strikes"): a toll of several causes has no single manner."""
    return any(a[1] != b[1] and rules.MANNER_COORD_GAP.fullmatch(clause, a[0], b[0])
               for a, b in zip(manners, manners[1:]))


@lru_cache(maxsize=64)
def _clause_perpetrators(clause: str) -> tuple:
    """The actors of a clause: ``(start, name, subject)``, ``subject`` for the subject of an active verb
    ("gunmen killed"), not for an agent after "by"."""
    found = [(m.start(), m.group("p"), False) for m in rules.PERP_BY.finditer(clause)]
    for m in rules.PERP_SUBJ.finditer(clause):
        pre = rules.SUBJ_WORDS.search(clause, max(0, m.start() - 60), m.start())
        start = pre.start() if pre else m.start()
        found.append((start, clause[start:m.end("h")], True))
    out = []
    for start, p, subject in found:
        p = p.strip()
        if rules.REPORTER.match(p):
            continue
        out.append((start, rules.LEADING_THE.sub("", p), subject))
    return tuple(out)


def _perpetrator(clause: str, pos: int, np_end: int, active: bool) -> Optional[str]:
    """The actor nearest the figure at ``pos``, not inside its victims phrase (up to ``np_end``: "killing
    all 33 attackers"). After the figure, the subject of another verb acts on someone else ("killed five
    people before police shot him"), and so does an agent after "by" when the figure is the object of
    an active verb before it (``active``: "killing 33 militants, after 21 hostages had been killed by the
    attackers"): none of those is its perpetrator."""
    best, dist = None, 10 ** 9
    for start, p, subject in _clause_perpetrators(clause):
        if pos <= start < np_end or (start > pos and (subject or active)):
            continue
        if abs(start - pos) < dist:
            best, dist = p, abs(start - pos)
    return best


@lru_cache(maxsize=64)
def _clause_places(clause: str) -> tuple:
    out = []
    for m in rules.PLACE.finditer(clause):
        p = m.group("p")
        if not rules.NOT_PLACE.match(p):
            out.append((m.start(), rules.LEADING_THE.sub("", p).strip()))
    return tuple(out)


def _place(clause: str, pos: int, np_end: Optional[int] = None) -> Optional[str]:
    """The place of the figure at ``pos`` in its clause: one right after its victims phrase ("another in
    Pokrovsk and nine others in Dnipro"), else the first from 40 characters before it on."""
    places = _clause_places(clause)
    if np_end is not None:
        for start, p in places:
            if np_end <= start <= np_end + lex.PLACE_RIGHT_AFTER:
                return p
    for start, p in places:
        if start >= pos - 40:
            return p
    return None


def _time_for(st: str, times: list[tuple[int, int]], lo: int, hi: int, c: Candidate,
              pub: Optional[date]) -> Optional[TimeWindow]:
    """The time window of a figure: two dates joined by "until"/"to" in the sentence make one
    window; else the time phrase of its clause nearest to it; else the sentence's opening one."""
    pts = [(s, e) for s, e in times if rules.DATE_WORD.search(st[s:e])]
    for (s1, e1), (s2, e2) in zip(pts, pts[1:]):
        between = st[e1:s2]
        if len(between) < 80 and rules.UNTIL.search(between) and rules.DIGIT.search(st[s1:e1]) \
                and rules.DIGIT.search(st[s2:e2]):
            a = resolve_time(st[s1:e1], pub)
            b = resolve_time(st[s2:e2], pub)
            if a.start and b.end:
                return TimeWindow(phrase=st[s1:e2], start=a.start, end=b.end)
    own = [(s, e) for s, e in times if lo <= s < hi]
    if not own and times and times[0][0] < c.start and lo == 0:
        own = [t for t in times if t[0] < c.start][:1]
    if not own:
        return None
    events = [t for t in own if not rules.REPORTING_TIME.search(st[max(0, t[0] - 20):t[0]])]
    s, e = min(events or own, key=lambda t: abs(t[0] - c.start))
    return resolve_time(st[s:e].strip(), pub)
