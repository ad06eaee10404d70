"""Casualty figures from Arabic bulletins, read natively (no translation).

``extract_arabic(text, published=None) -> list[CasualtyFigure]`` is pure and fast: the
text is folded once (``nlp.arabic_numbers.fold_with_offsets``: letter variants, digits,
punctuation; diacritics and tatweel dropped with an offset map), tokenised once, and one
reading loop walks each sentence left to right. Every ``start``/``end`` indexes the
ORIGINAL text.

The document loop is the shared one (``engine.read`` with the hooks of ``ARABIC``); the
sentence reader here only walks; the decisions are named rules in ``nlp.casualties.ar.rules``
and the words are data in ``nlp.casualties.ar.lexicon``. For each sentence: the list or
table line it opens or continues, whether it tells an earlier toll; then, token by token,
qualifiers, subset markers, casualty cues (with the one or two victims named right after
them), and numbers: number vetoes → the noun after the number → a verb after the noun
phrase → the first kind rule that fires → the figure, which records its rule's name.
After the last sentence the figures are built into records (time, perpetrator, place,
manner per sentence) and finalised (``common.finalize``: text order, superseded tolls,
restatements merged).

How a number becomes a figure (precision first: a number is reported only when its
role is clear): its own kind noun follows ("31 قتيلاً"); a casualty verb follows its noun
phrase ("ستة مدنيين قتلوا"); an unused cue precedes it and it counts people ("مقتل 248
شخصاً") or stands right after the cue; it is coordinated with a figure, inside a subset
group, on a list line under a heading, or a SOHR table cell. ``docs/extraction-arabic.md``
lists what is never reported. Nothing is configurable: the lexicon is the configuration.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_right
from datetime import date, timedelta
from typing import Iterator, Optional

from nlp.arabic_numbers import FRACTIONS, VAGUE, WORDS, fold_with_offsets, read_number, tokenize
from nlp.casualties.ar import lexicon as lx
from nlp.casualties.ar import rules as ru
from nlp.casualties.ar.rules import Cue, Group, Num, Reading, Sent
from nlp.casualties import engine
from nlp.casualties.common import Sentence, finalize, make_figure, mark_abductions, reindex_figures, resolve_time
from nlp.sentences import split_sentences
from nlp.casualties.engine import Context
from tollwatch.records import CasualtyFigure, TimeWindow

__all__ = ["extract_arabic", "ARABIC", "resolve_arabic_time", "merge_generic_restatements"]


def _iso(x: Optional[date]) -> Optional[str]:
    return x.isoformat() if x else None


def _month_in(p: str) -> Optional[int]:
    return next((m for w, m in lx.MONTHS.items() if re.search(r"(?<![^\W\d_])" + w + r"(?![^\W\d_])", p)), None)


def _relative_window(p: str, phrase: str, pub: date) -> Optional[TimeWindow]:
    """أمس، اليوم، خلال الـ 24 ساعة الماضية، خلال الأيام/الأسبوع/الشهر الماضي."""
    if lx.YESTERDAY in p:
        y = pub - timedelta(days=1)
        return TimeWindow(phrase, _iso(y), _iso(y))
    if p.startswith(lx.TODAY):
        return TimeWindow(phrase, _iso(pub), _iso(pub))
    m = lx.HOURS_RE.search(p)
    if m:
        hours = int(next(g for g in m.groups() if g))
        return TimeWindow(phrase, _iso(pub - timedelta(days=max(1, -(-hours // 24)))), _iso(pub))
    m = lx.DAYS_RE.search(p)
    if m:
        return TimeWindow(phrase, _iso(pub - timedelta(days=int(m.group(1)))), _iso(pub))
    for word, days in lx.PAST_SPANS:
        if p.startswith(lx.WITHIN) and word in p and any(w in p for w in lx.PAST):
            return TimeWindow(phrase, _iso(pub - timedelta(days=days)), _iso(pub))
    return None


def _period_window(p: str, phrase: str, pub: Optional[date]) -> Optional[TimeWindow]:
    """منذ مطلع العام (2024)، منذ بداية شهر أيار، خلال شهر آب الماضي."""
    if p.startswith(lx.SINCE):
        year = re.search(r"\d{4}", p)
        month = _month_in(p)
        if any(w in p for w in lx.YEAR_NOUNS):
            y = int(year.group()) if year else (pub.year if pub else None)
            if y:
                return TimeWindow(phrase, _iso(date(y, 1, 1)), _iso(pub) if pub and pub.year == y else None)
        elif month or lx.THIS_MONTH in p:
            if pub is not None:
                mo = month or pub.month
                y = pub.year if mo <= pub.month else pub.year - 1
                return TimeWindow(phrase, _iso(date(y, mo, 1)), _iso(pub))
    if p.startswith(lx.DURING_MONTH):
        month = _month_in(p)
        year = re.search(r"\d{4}", p)
        if month and (year or pub):
            y = int(year.group()) if year else (pub.year if month <= pub.month else pub.year - 1)
            return TimeWindow(phrase, _iso(date(y, month, 1)), _iso(date(y, month, calendar.monthrange(y, month)[1])))
    return None


def resolve_arabic_time(phrase_folded: str, phrase: str, published: Optional[date]) -> TimeWindow:
    """A ``TimeWindow`` for an Arabic time phrase (folded form for matching, original
    for the record): أمس، اليوم، خلال الـ 24 ساعة الماضية، خلال الأيام/الأسبوع/الشهر
    الماضي، منذ مطلع العام (2024)، منذ بداية شهر أيار، خلال شهر آب الماضي; anything else
    goes to ``common.resolve_time`` (dateparser, which reads Arabic)."""
    p = phrase_folded
    tw = _relative_window(p, phrase, published) if published is not None else None
    tw = tw or _period_window(p, phrase, published)
    if tw is not None:
        return tw
    if published is None and not re.search(r"\d", p):
        return TimeWindow(phrase)  # relative to an unknown date
    if not re.search(r"\d", p) and not any(m in p for m in lx.MONTHS):
        return TimeWindow(phrase)
    return resolve_time(phrase, published, lang="ar")


# --- merging restatements ------------------------------------------------------------------

def _finalize_keeping_coordinated(figures: list[CasualtyFigure]) -> list[CasualtyFigure]:
    """``common.finalize``, except that small counts of the same kind in one sentence are
    different people, not a restatement ("مقتل طبيبة وممرض", "وواحد على يد … وواحد على يد …"):
    they are kept apart by a temporary marker category; so is a derived total, which is
    never the restatement of a stated figure, and so are subsets of one total that name
    other groups with the same count (``rules.different_groups_of_one_total``), rows of one
    breakdown with the same count (``rules.equal_rows_of_one_total``), a table row beside a part
    named by category with its count (``rules.row_beside_named_part``), and "others" beside a figure of
    the same count (``rules.others_beside_same_count``)."""
    seen: dict[tuple, int] = {}
    marked = []
    for i in ru.different_groups_of_one_total(figures) + ru.equal_rows_of_one_total(figures) \
            + ru.row_beside_named_part(figures) + ru.others_beside_same_count(figures) \
            + ru.equal_rows_of_labelled_list(figures):
        figures[i].victim_categories = figures[i].victim_categories + [f"_distinct{i}"]
        marked.append(figures[i])
    for i, f in enumerate(figures):
        if f.derived:
            f.victim_categories = f.victim_categories + [f"_distinct{i}"]
            marked.append(f)
        elif f.count <= 2:
            key = (f.sentence_start, f.kind, f.count)
            if key in seen:
                for j in (seen[key], i):
                    if figures[j] not in marked:
                        figures[j].victim_categories = figures[j].victim_categories + [f"_distinct{j}"]
                        marked.append(figures[j])
            else:
                seen[key] = i
    out = finalize(figures)
    for f in marked:
        f.victim_categories = [c for c in f.victim_categories if not c.startswith("_distinct")]
    return out


def align_restated_pairs(figures: list[CasualtyFigure]) -> None:
    """A one or two told beside a restated larger figure is restated with it: "مقتل 4 … وإصابة
    اثنين آخرين" … "استشهاد أربعة جنود وجرح اثنين", "قتل مدنيان وأصيب 9 آخرون" … "مقتل مدنيين
    اثنين وإصابة تسعة". ``common.merge_restated`` keeps ones and twos of two sentences apart
    unless their places agree; when another sentence restates a figure of 3 or more of this one
    (same kind and count, no parent either), the later small figure takes the earlier's place
    so that the two merge."""
    def key(f: CasualtyFigure) -> tuple:
        return f.kind, f.count, f.count_max, f.vague, f.superseded

    top = [f for f in figures if f.part_of is None and not f.derived]
    large: dict[tuple, list[int]] = {}  # sentences of the figures of 3 or more, by key (indexed: linear)
    small: dict[int, list[CasualtyFigure]] = {}  # the ones and twos of each sentence
    for f in top:
        if f.count <= 2:
            small.setdefault(f.sentence_start, []).append(f)
    for f in top:  # only sentences with ones or twos can pair (a long text repeats its large figures)
        if f.count >= 3 and f.sentence_start in small:
            large.setdefault(key(f), []).append(f.sentence_start)
    restated = {(s1, s2) for starts in large.values() for s1 in starts for s2 in starts if s1 < s2}
    for s1, s2 in sorted(restated):
        small1, small2 = small.get(s1, []), small.get(s2, [])
        for v in small2:
            same = [u for u in small1 if key(u) == key(v)]
            if len(same) != 1 or sum(key(w) == key(v) for w in small2) != 1:
                continue  # only a one-to-one pair
            if same[0].place:
                v.place = same[0].place
            else:
                same[0].place = v.place


def merge_generic_restatements(figures: list[CasualtyFigure], min_count: int = 5) -> list[CasualtyFigure]:
    """One figure for a toll restated with a more or less specific noun ("31 مدنياً" in
    the lead, "31 شخصاً" in the body), which ``common.merge_restated`` keeps apart because
    the victim categories differ. Merged when kind, count, range and parent agree, the
    count is at least ``min_count`` (small counts repeat by coincidence), one side has no
    category but "unknown", and the places do not contradict. Language-independent: a
    candidate for ``nlp.casualties.common``."""
    n = len(figures)
    into: dict[int, int] = {}
    same_value: dict[tuple, list[int]] = {}  # earlier figures by kind, count, range, superseded, vague
    for j in range(n):
        b = figures[j]
        earlier = same_value.setdefault((b.kind, b.count, b.count_max, b.superseded, b.vague), [])
        earlier.append(j)
        if b.vague or b.derived:
            continue
        for i in earlier[:-1]:
            if i in into or figures[i].derived:
                continue
            a = figures[i]
            told = ru.told_beside_then_inside(figures, a, b)  # a count told beside a toll, then as its part
            if b.count < min_count and not told:
                continue
            if ru.others_figure(b) and a.sentence_start == b.sentence_start:
                continue  # "وأصيب 6 جنود …، وأصيب 6 آخرون …": other people (rules.others_beside_same_count)
            if ru.labelled_rows_apart(a, b):
                continue  # "- عائلة حجازي: 9 شهداء" / "- عائلة الشنباري: 9 شهداء": two rows
            pa = into.get(a.part_of, a.part_of)
            pb = into.get(b.part_of, b.part_of)
            ca, cb = set(a.victim_categories) - {"unknown"}, set(b.victim_categories) - {"unknown"}
            if ca and cb and ca != cb:
                continue
            if pa != pb:
                # a toll stated alone, then inside a breakdown ("745 مدنياً" of 1018): same
                # victims named, a large count, and only one side has a parent; or the same group
                # after "من" ("ثمانية من طواقمها" … "هم: 8 من طواقم الهلال الأحمر", blind14 ar 023)
                if not (pa is None or pb is None) or pb == i or pa == j:
                    continue
                total, row = (figures[pa], a) if pa is not None else (figures[pb], b)
                if not (told or (b.count >= 10 and ca and ca == cb)
                        or (ru.same_group_named(a.victims, b.victims) and ru.enumerated_row(total, row))):
                    continue
            if a.place and b.place and a.place not in b.place and b.place not in a.place:
                continue
            into[j] = i
            if a.part_of is None and b.part_of is not None:
                a.part_of = b.part_of
            for name in ("manner", "victims", "perpetrator", "place", "time", "previous_count"):
                if getattr(a, name) in (None, "") and getattr(b, name) not in (None, ""):
                    setattr(a, name, getattr(b, name))
            if not ca and cb:
                a.victim_categories = list(b.victim_categories)
            if a.qualifier == "exact" and b.qualifier != "exact":
                a.qualifier = b.qualifier
            a.revision = a.revision or b.revision
            break
    if not into:
        return figures
    keep = [i for i in range(n) if i not in into]
    new_index = {old: new for new, old in enumerate(keep)}
    out = []
    for i in keep:
        f = figures[i]
        if f.part_of is not None:
            p = into.get(f.part_of, f.part_of)
            f.part_of = new_index.get(p)
        out.append(f)
    return out


# --- the reading loop ---------------------------------------------------------------------------

class Arabic:
    """The Arabic hooks of the reading loop (``engine.read``): sentences are token ranges
    of the folded text; the figures are built into records once all sentences are read."""

    code = "ar"

    @staticmethod
    def new_context() -> Context:
        return Context()  # what one sentence leaves for the next is on the ``Reading``

    @staticmethod
    def open(text: str, published: Optional[date]) -> Optional[Reading]:
        folded, offmap = fold_with_offsets(text)
        toks = tokenize(folded)
        if not toks:
            return None
        rd = _reading(text, folded, offmap, toks)
        rd.bounds, rd.published = _sentences(rd), published
        return rd

    @staticmethod
    def sentences(rd: Reading) -> Iterator[tuple[int, int, int]]:
        for si, (a, b) in enumerate(rd.bounds):
            if a < b:
                yield si, a, b

    @staticmethod
    def is_table_row(rd: Reading, sentence) -> bool:
        return False  # SOHR's "label :: N" rows are read line by line (``_line_item``)

    @staticmethod
    def read_table(rd: Reading, rows: list, ctx: Context) -> None:  # pragma: no cover - no table rows
        return None

    @staticmethod
    def read_sentence(rd: Reading, sentence: tuple[int, int, int], ctx: Context) -> None:
        si, a, b = sentence
        if rd.blank[a]:
            rd.para += 1
        _read_sentence(rd, Sent(si=si, para=rd.para, a=a, b=b, first_fig=len(rd.figs)), rd.newline[a] or a == 0)

    @staticmethod
    def close(rd: Reading, ctx: Context) -> list[CasualtyFigure]:
        ru.summary_row_parts(rd, rd.bounds)
        _drop_figures(rd, ru.abducted_then_killed(rd, rd.bounds) + ru.disease_deaths(rd, rd.bounds)
                     + ru.disaster_victims(rd, rd.bounds) + ru.line_count_restated(rd, rd.bounds)
                     + ru.role_inside_group(rd, rd.bounds) + ru.one_of_counted_told_again(rd, rd.bounds)
                     + ru.single_role_after_role_group(rd, rd.bounds) + ru.person_and_infant_in_group(rd, rd.bounds)
                     + ru.one_of_own_kind_in_group(rd, rd.bounds)
                     + ru.one_of_the_cases(rd, rd.bounds) + ru.none_of_them_but(rd, rd.bounds)
                     + ru.members_in_dash_aside(rd, rd.bounds)
                     + ru.part_of_present_told_again(rd, rd.bounds) + ru.taken_not_heard_of(rd, rd.bounds)
                     + ru.person_told_of_in_group(rd, rd.bounds) + ru.trapped_then_rescued(rd, rd.bounds)
                     + ru.migrants_crossing(rd, rd.bounds))
        _drop_figures(rd, ru.nth_person_added(rd, rd.bounds))
        _drop_figures(rd, ru.held_split_into_fates(rd, rd.bounds))
        _drop_figures(rd, ru.person_and_kin_in_group(rd, rd.bounds))
        _drop_figures(rd, ru.role_in_stated_toll(rd, rd.bounds) + ru.wounded_death_after_raised_toll(rd, rd.bounds)
                     + ru.death_raising_the_toll(rd, rd.bounds))
        ru.raised_in_later_report(rd, rd.bounds)
        ru.earlier_count_named_in_rise(rd, rd.bounds)
        ru.count_it_was_in_live_post(rd, rd.bounds)
        ru.earlier_statement_told_in_rise(rd, rd.bounds)
        ru.first_report_replaced(rd, rd.bounds)
        ru.first_figure_named_replaced(rd, rd.bounds)
        ru.first_toll_raised_later(rd, rd.bounds)
        ru.earlier_statement_then_new_one(rd, rd.bounds)
        ru.earlier_statement_after_new_one(rd, rd.bounds)
        ru.held_then_fate_unknown(rd, rd.bounds)
        ru.earlier_statement_on_day(rd, rd.bounds)
        ru.count_so_far_below_raised(rd, rd.bounds)
        ru.earlier_count_up_to_date(rd, rd.bounds)
        ru.corrected_later_in_sentence(rd, rd.bounds)
        ru.estimate_before_truth_clear(rd, rd.bounds)
        ru.report_denied_or_amended(rd, rd.bounds)
        ru.figure_itself_withdrawn(rd, rd.bounds)
        ru.raised_before_that(rd, rd.bounds)
        ru.raised_by_later_deaths(rd, rd.bounds)
        out = _Records(rd, rd.bounds, rd.published).build()
        _derive_totals(out)
        mark_abductions(out, lx.TAKEN_BY_FORCE, lx.ARRESTED)
        return out

    @staticmethod
    def finalize(figures: list[CasualtyFigure]) -> list[CasualtyFigure]:
        align_restated_pairs(figures)
        ru.range_end_restated(figures)
        out = merge_generic_restatements(_finalize_keeping_coordinated(figures))
        drop = set(ru.part_told_again(out)) | set(ru.rounded_down_restatement(out)) | set(ru.definite_count_told_again(out))
        return reindex_figures(out, [i for i in range(len(out)) if i not in drop]) if drop else out


ARABIC = Arabic()


def extract_arabic(text: str, published: Optional[date] = None) -> list[CasualtyFigure]:
    """Casualty figures stated in Arabic ``text`` (see the module docstring)."""
    return engine.read(text, published, ARABIC)


def _drop_figures(rd: Reading, drop: list) -> None:
    """Removes figures read (by index), keeping every ``parent`` pointing right."""
    if not drop:
        return
    drop, index, keep = set(drop), {}, []
    for k, f in enumerate(rd.figs):
        if k not in drop:
            index[k] = len(keep)
            keep.append(f)
    for f in keep:
        f.parent = index.get(f.parent) if f.parent is not None else None
    rd.figs = keep


def _reading(text, folded, offmap, toks) -> Reading:
    words = [t for t, _, _ in toks]
    starts = [s for _, s, _ in toks]
    ends = [e for _, _, e in toks]
    n = len(toks)
    newline, blank = [False] * n, [False] * n  # line breaks before tokens
    prev_end = 0
    for i in range(n):
        gap = folded[prev_end:starts[i]]
        if "\n" in gap:
            newline[i] = True
            blank[i] = gap.count("\n") > 1
        prev_end = ends[i]
    return Reading(text, folded, offmap, words, starts, ends, newline, blank)


def _sentences(rd: Reading) -> list[tuple[int, int]]:
    """Sentences as ``[a, b)`` token ranges: the sentences of the folded text
    (``nlp.sentences.split_sentences``, the one splitter: every line break ends one, and so
    does a full stop not inside a number, "1.5") mapped onto the tokens."""
    firsts = [s.start for s in split_sentences(rd.folded)]
    bounds = []
    a, current = 0, None
    for i, start in enumerate(rd.starts):
        k = bisect_right(firsts, start)  # the sentence the token is in
        if current is not None and k != current:
            bounds.append((a, i))
            a = i
        current = k
    if a < len(rd.starts):
        bounds.append((a, len(rd.starts)))
    return bounds


def _read_sentence(rd: Reading, st: Sent, line_start: bool) -> None:
    if line_start and ru.pipe_row(rd, st):
        return
    rd.pipe_cols = None
    if line_start:
        _line_item(rd, st)
    _sentence_context(rd, st)
    i = st.a
    while i < st.b:
        w = rd.words[i]
        if w not in lx.INTERESTING and not w[:1].isdigit() and not (
                st.target is not None and w[:1] == lx.AND and (lx.NISBA_ONE.match(w[1:]) or lx.NISBA_TWO.match(w[1:]))) \
                and not (st.groups and i == st.groups[-1].end and lx.NISBA_ONE.match(w)):  # "بينهم سوري"
            i += 1
            continue
        for handler, triggers in _TOKEN_HANDLERS:
            if triggers is not None and w not in triggers:
                continue
            nxt = handler(rd, st, i)
            if nxt is not None:
                i = nxt
                break
    _table_total(rd, st)
    ru.list_total(rd, st)
    _heading(rd, st)


def _line_item(rd: Reading, st: Sent) -> None:
    """Is this line an item of the list or table under the last heading ("– 15 مدني",
    "إدلب: 3 مدنيين", "• هيئة تحرير الشام: مدنيان")?"""
    words, a, b = rd.words, st.a, st.b
    label_end = None
    k = a
    while k < b and words[k] in lx.BULLETS:
        k += 1
    starts_with_number = k < b and (ru.is_number_word(words[k]) or words[k] == lx.OPEN_PAREN)
    bullet = k > a
    if not (bullet or starts_with_number) and rd.list_active:
        label_end = ru.long_label_end(rd, a, b)  # "إدلب: 3 مدنيين …": a label and a colon open the item
        label_end = ru.bare_row_label_end(rd, a, b) if label_end is None else label_end  # "بغداد  111"
        bullet = label_end is not None
    if rd.list_active and (bullet or starts_with_number):
        st.list_item = True
        if label_end is None and not starts_with_number:
            for kk in range(k + 1, min(b, k + 6)):
                if words[kk] == ":":
                    label_end = kk + 1
                    break
        st.item_start = label_end or k
    elif not (bullet or starts_with_number):
        rd.list_active = False
        rd.pending_table = None


def _sentence_context(rd: Reading, st: Sent) -> None:
    """Revision and toll sentences, and where an earlier toll starts: "حصيلة سابقة", "في وقت
    سابق", "بعد أن كانت …" (only what follows), "وكانت الوزارة قد أعلنت …" (also past a quote mark
    opening the sentence, ``past_opening_quote``)."""
    words, b = rd.words, st.b
    a = ru.past_opening_quote(words, st.a, b)
    sw = st.words = frozenset(words[a:b])
    st.revision_ctx = bool(sw & lx.RISE_WORDS) or bool(sw & lx.LOWER_WORDS)
    st.toll_ctx = bool(sw & (lx.REVISION_WORDS | lx.TOLL_WORDS))
    earlier_news = words[a] in lx.AND_WAS and lx.HAD in sw and lx.EARLIER_TIME[1] in sw \
        and bool(sw & lx.EARLIER_REPORT)
    # "وكان المرصد نشر يوم أمس أن 43 شخصاً قضوا"
    report = ru.earlier_report_at(words, a, b, any(f.revision for f in rd.figs),
                                  rd.final_toll_before(a) and bool(rd.figs))
    if report is not None:
        st.sup_from = report
        return
    first = ru.first_report_clause(words, a, b)  # "الأرقام التي أشارت في البداية إلى 64 وفاة"
    if first is not None:
        st.sup_from, st.sup_to = first
        return
    corrected = ru.earlier_report_corrected(words, a, b)  # "وكانت مصادر قد تحدثت عن 92 وفاة، إلا أن … الرقم الأول"
    if corrected is not None:
        st.sup_from, st.sup_to = a, corrected
        return
    if not (sw & (lx.EARLIER_TOLL_HEADS | lx.FIRST_REPORT_HEADS) or any(w in lx.KIND_NOUNS for w in sw) or earlier_news):
        return
    revised = st.revision_ctx or bool(sw & lx.FINAL_TOLL)
    was_had = lx.HAD in sw and ru.toll_in_first_clause(words, a, b) and not ru.past_year_tally(rd, a, b)
    for k in range(a, b):
        wk = words[k]
        if ru.was_preliminary_toll_anywhere(words, a, k, b) or ru.up_from_earlier(words, k, b):
            st.sup_from = k  # only what follows: "…، بينما كانت الحصيلة الأولية …", "ارتفاعاً من 210 قتلى"
            return
        if ru.earlier_report_named(words, a, k):  # "وكانت الحصيلة الواردة في التقرير السابق 9,770 قتيلاً"
            st.sup_from = k - 1
            return
        if ru.first_figures_told_after_toll(words, a, k, b):  # "…، وهي حصيلة تتجاوز الأرقام الأولية التي تحدثت عن …"
            st.sup_from = k
            return
        after_that = ((wk in lx.WAS or wk in lx.WAS_PERSONS) and k > a and words[k - 1] in lx.AFTER_THAT) \
            or ru.after_first_report(words, k, b) or ru.after_report_in_revision(words, k, b, revised)
        aside = ru.from_count_in_earlier_toll(words, a, k, b) if wk in lx.EARLIER and words[k - 1] in lx.EARLIER_OF else None
        if aside is not None:  # "ارتفع إلى 12، من عشرة في حصيلة سابقة، بينهم …": the aside only
            st.sup_from, st.sup_to = aside
            return
        if (wk in lx.EARLIER and k > a and words[k - 1] in lx.EARLIER_OF) or (wk == lx.EARLIER_TIME[1] and k > a and words[k - 1] in lx.EARLIER_REPORT) \
                or after_that or (k == a and wk in lx.AND_WAS + lx.WAS and was_had) or (k == a and ru.was_preliminary_toll(words, k, b)) \
                or ru.after_preliminary_toll(words, k, b):
            st.sup_from = k if (st.revision_ctx or after_that or wk in lx.AFTER_TOLL or ru.earlier_toll_revised(words, a, k)) else a
            return
    st.sup_from = ru.preliminary_toll_was(words, a, b)  # "إن حصيلة أولية كانت قد أشارت إلى 22 قتيلاً"
    if st.sup_from is not None:
        return
    if sw & lx.EARLIER_TOLL_HEADS and lx.HAD in sw:  # "…، وكان المرصد قد وثق في حصيلة أولية مقتل 100 شخص"
        st.sup_from = ru.earlier_clause_at(words, a, b)


# token handlers: each returns the next token when it acted on token ``i``, else None

def _on_breakdown(rd: Reading, st: Sent, i: int) -> Optional[int]:
    """A bracket or a semicolon right after a figure opens its breakdown: "22 قتيلاً (12 امرأة
    وطفلان و8 رجال)", "إلى أربعة؛ مدني وثلاثة من عناصر الدفاع المدني"."""
    words, b, prev = rd.words, st.b, st.prev
    if prev is None or rd.figs[prev].tend != i or rd.figs[prev].sent != st.si or i + 1 >= b \
            or words[rd.figs[prev].tstart] == lx.OPEN_PAREN:  # "الاستقلال (12) والطوارئ (7)": the next row
        return None
    nxt = words[i + 1]
    if not (ru.is_number_word(nxt) or ru.base(nxt) in lx.SINGULAR_CAT or rd.dual(i + 1)):
        return None
    st.groups.append(Group("hum", prev, i + 1))
    return i + 1


def _on_comma(rd: Reading, st: Sent, i: int) -> Optional[int]:
    """A comma closes the open "بينهم" groups; the group's figure is what follows continues."""
    if rd.words[i] not in (",", ";"):
        return None
    while st.groups and st.groups[-1].type == "sub":
        head = st.groups.pop().head
        if rd.figs[head].sent == st.si:
            st.target = head
    return i + 1


def _on_qualifier(rd: Reading, st: Sent, i: int) -> Optional[int]:
    if rd.words[i] in lx.QUAL_FIRST:
        q = ru.match_qualifier(rd, i, st.b)
        if q:
            st.pending_q = (q[0], i, q[1])
            return q[1]
    return None


def _on_group(rd: Reading, st: Sent, i: int) -> Optional[int]:
    """A subset marker opens a group on the figure before ("من بين القتلى": the last
    figure of that kind)."""
    g = ru.match_group(rd, i, st.b)
    if not g:
        head = ru.distribution_head(rd, st, i) if rd.words[i] == ":" else ru.dash_distribution_head(rd, st, i)
        if head is None:
            return None
        st.groups.append(Group("hum", head, i + 1))  # "على النحو التالي: ريف دمشق 811، إدلب 296"
        return i + 1
    if st.prev is None and ru.updated_toll_before_colon(rd, st, i):
        return None  # "نشرت الوزارة حصيلة محدثة …: 471 قتيلاً": the new toll itself, no part of one before
    words, figs = rd.words, rd.figs
    gtype, gend = g
    head = st.prev if st.prev is not None else st.target
    if words[i] == ":" and (kind_head := ru.colon_after_kind_group(rd, st, i)) is not None:
        head = kind_head  # "توزع القتلى منهم على النحو الآتي: 20 …": of the dead
    if head is not None and (ru.subset_of_group_size(rd, st, head, i) or ru.group_of_survivors(rd, st, head, i)):
        head = None  # "… تتكون من 32 عنصراً، بينهم ثلاثة جزائريين": a subset of the 32; "إنقاذ 55 شخصاً، بينهم"
    if words[i] == ":" and st.groups and st.groups[0].type == "hum" and head is not None and figs[head].parent \
            == st.groups[0].head and figs[head].sent == st.si:
        head = st.groups[0].head  # "… على النحو التالي: قوات النظام: 93 – القوات الروسية: 11": rows, not 11 of the 93
    kw = words[gend] if gend < st.b else ""
    if words[i] in lx.GROUP_KIND_HEAD and (kind := ru.group_kind_of(kw)) is not None:
        head = rd.last_of_kind(kind) if head is None or figs[head].kind != kind else head
        if head is not None:
            gend += 1  # else the kind noun is read as a cue: "بين القتلى 4 نساء"
    elif i > st.a and ru.is_kind_noun_cue(words[i - 1]) and (st.prev is None or ru.kind_noun_names_other(
            rd, st, i)):  # "سقط 58 شهيداً و162 جريحاً، توزع الشهداء منهم …": of the 58
        head = rd.last_of_kind(lx.CUES[words[i - 1]][0])
    elif (share := ru.share_of_kind_head(rd, st, i)) is not None:  # "30% من الشهداء، بينهم …"
        head = share
    elif (cat := ru.group_of_people(words, gend - 1, st.b)) is not None:  # "وكان بين المدنيين 41 طفلاً"
        head = ru.last_of_category(rd, cat) if head is None or figs[head].category != cat else head
    if head is None and words[gend - 1] in lx.THESE:  # "ومن بين هؤلاء": the toll before
        head = ru.last_top_figure(rd)
    if head is None and words[i] == ":":  # "وتوزعت حالات الاعتقال على النحو التالي: 117 على يد …"
        head = ru.breakdown_head(rd, st)
        if head is not None:
            rd.breakdown = (head, st.si)  # the lines after it may go on with "و493 مقاتلاً …"
    if head is not None:
        st.groups.append(Group(gtype, head, gend))
    return gend


def _on_toll_includes(rd: Reading, st: Sent, i: int) -> Optional[int]:
    """"وضمت الحصيلة طفلين اثنين وسيدة": the toll's make-up named with no numeral opens a group on
    the toll read before (rules.toll_includes_head)."""
    head = ru.toll_includes_head(rd, st, i)
    if head is None:
        return None
    start = i + 2 + ru.list_of_dead_at(rd.words, i + 1, st.b)  # "وتشمل قائمة القتلى ممرضاً"
    st.groups.append(Group("hum", head, start))
    return start


def _made(st: Sent, made) -> int:
    idx, nxt = made
    st.prev = st.target = idx
    return nxt


def _on_aside(rd: Reading, st: Sent, i: int) -> Optional[int]:
    made = ru.aside_one_of_them(rd, st, i)
    return _made(st, made) if made else None


def _count_word(w: str) -> bool:
    return ru.is_number_word(w) or w == lx.OPEN_PAREN or w in lx.QUAL_FIRST


def _on_faqad(rd: Reading, st: Sent, i: int) -> Optional[int]:
    """"فُقد": missing, but unvowelled "فقد" is also "ف" + "قد", so it is a cue only right
    before the number or noun it counts ("فُقد 30 مهاجراً", "فقدت آثار 4 صيادين");
    "فقد 3 أشخاص حياتهم" is killed."""
    words, b = rd.words, st.b
    if i + 1 >= b or not (words[i] in lx.FAQAD or (words[i] in lx.FAQAD_WE and ru.lost_own_members(rd, st, i) is not None)):
        return None  # "فقدنا" only before our own: "فقدنا 40 من أبنائنا"
    kin = ru.lost_kin_at(words, i, b)  # "فقد أحد أصحاب المحال زوجته وابنه": lost, killed
    if kin is not None:
        st.cue = Cue(ru.KILLED, None, "verb", i)
        made = ru.after_cue_family(rd, st, st.cue, kin)
        if made:
            st.cue.used = True
            return _made(st, made)
    k = i + 1
    if words[k] in lx.FAQAD_OBJECT:
        k += 1 + (words[k] == lx.CONTACT and k + 1 < b and words[k + 1] in lx.WITH_FAQAD)
    own = ru.lost_own_members(rd, st, i)  # "فقدت البيشمركة 9 من عناصرها": killed
    k = own if own is not None else k
    if not (k < b and (_count_word(words[k]) or (k > i + 1 and ru.people_category(words[k])))):
        return None
    kind = ru.KILLED if own is not None or lx.LIVES.intersection(words[k:min(b, k + 8)]) else ru.MISSING
    st.cue = Cue(kind, None, "verb", i if own is not None else k - 1)
    if st.line_cue_kind is None:
        st.line_cue_kind = kind
    if k > i + 1 and not _count_word(words[k]):
        made = ru.singular_after_cue(rd, st, st.cue, k)
        if made is not None:
            k = _made(st, made)
            st.cue.used = True
    return k


def _on_cue(rd: Reading, st: Sent, i: int) -> Optional[int]:
    """A casualty cue becomes the sentence's cue; combined cues ("قتلى وجرحى", "قتل أو أصيب",
    "قتل وأصيب") count no one kind; one or two victims named right after it are a figure."""
    words, a, b = rd.words, st.a, st.b
    w = words[i]
    c = ru.cue_of(w) or ru.toll_of_acts_cue(words, a, i)
    if c is None or (c[2] == "kindnoun" and i > a and (words[i - 1][:1].isdigit() or words[i - 1] == lx.CLOSE_PAREN)
                     and not w.startswith(lx.WAL)):  # "عدد القتلى 9 والجرحى 17"
        return None
    if c[2] == "kindnoun" and (ru.kind_noun_in_name(words, a, i) or ru.kind_noun_of_account(words, a, i)):
        return None  # "معسكر كلمة للنازحين": a name; "وشهادات المصابين": witnesses
    if ru.cue_after_place_noun(words, a, i):
        return None  # "في مراكز احتجاز": a place
    if ru.families_of_victims(words, i, b):
        return None  # "لأسر الضحايا": the families of
    kind, manner, ctype = c
    if ru.sick_not_wounded(kind, words, i, b):
        return None  # "المصابون بسوء التغذية": the sick
    if kind == ru.MISSING and i + 1 < b and words[i + 1] in lx.LIVES:
        kind = ru.KILLED  # "فقدوا حياتهم": lost their lives
    elif ru.lost_own_homes(kind, words, i, b):
        kind = ru.DISPLACED  # "الذين فقدوا منازلهم": lost their homes
    line_kind = st.line_cue_kind  # a row of two kinds together names neither ("- أطفال قُتلوا أو شُوّهوا: 900")
    if st.line_cue_kind is None or ru.later_fate_cue(words, a, i):
        st.line_cue_kind = kind
    nxt = words[i + 1] if i + 1 < b else ""
    if nxt in lx.COMBINED and kind == ru.KILLED:
        return i + 2
    fresh = ctype != "kindnoun" and i not in rd.used_cues
    if fresh and i + 2 < b and nxt == lx.OR[0] and ru.cue_of(words[i + 2]) and ru.cue_of(words[i + 2])[0] != kind:
        st.cue, st.line_cue_kind = Cue("combined", None, ctype, i + 2), line_kind  # "قتل أو أصيب 20"
        return i + 3
    maimed = ru.killed_or_maimed(words, i, b, kind) if fresh else None
    if maimed is not None:
        st.cue, st.line_cue_kind = Cue("combined", None, ctype, maimed), line_kind  # "قتل أو تشويه 11,019 طفلاً"
        return maimed + 1
    # ("6 مدنيين لقوا حتفهم وأصيب 15", "لقي طفلان حتفهما وأصيبت": "حتفهم" completes a verb that has its number)
    completes = w.startswith(lx.FATE_OF_DEATH) and (i - 1 in rd.used_cues or (st.cue is not None and st.cue.used))
    if fresh and nxt[:1] == lx.AND and not completes:
        c2 = ru.cue_of(nxt)
        if c2 is not None and {c2[0], kind} == {ru.KILLED, ru.INJURED}:
            st.cue = Cue("combined", None, ctype, i + 1)
            return i + 2
    st.cue = Cue(kind, manner, ctype, i, i in rd.used_cues)
    if st.revision_ctx and w == lx.DEATH_NOUN and i > a and words[i - 1] in lx.AFTER_DEATH \
            and not ru.died_after_toll_named(rd, st, i):
        return _skip_increase(rd, st, i)
    i = ru.past_governed_pronoun(words, i + 1, b, ctype)
    if (ctype in ("verb", "noun", "weak") or w in lx.BODY_PLURALS) and i < b:
        made = ru.singular_after_cue(rd, st, st.cue, i)
        if made is not None:
            i = _made(st, made)
            st.cue.used = True
            st.pending_q = None
    return i


def _skip_increase(rd: Reading, st: Sent, i: int) -> int:
    """"ارتفعت الحصيلة إلى 9 بعد وفاة أحد المصابين": the increase, not a toll."""
    words, b = rd.words, st.b
    st.cue.used = True
    i += 1
    while i < b and words[i] not in lx.SENTENCE_PUNCT and not ru.is_number_word(words[i]):
        i += 1
    if i < b and ru.is_number_word(words[i]):
        r0 = read_number(words, i)
        i = r0.end if r0 else i + 1
    return i


def _on_fate(rd: Reading, st: Sent, i: int) -> Optional[int]:
    made = ru.fate_of_the_n(rd, st, i)
    return _made(st, made) if made else None


def _on_pronoun_cue(rd: Reading, st: Sent, i: int) -> Optional[int]:
    if rd.words[i] not in lx.SINGULAR_PRONOUN_CUES:
        return None
    idx = ru.pronoun_cue(rd, st, i)
    if idx is not None:
        st.prev = st.target = idx
    return i + 1


def _on_number(rd: Reading, st: Sent, i: int) -> int:
    """A number (digits or words), else one or two victims named without one."""
    words = rd.words
    w = words[i]
    r = read_number(words, i) if (ru.is_number_word(w) or w in VAGUE or w == lx.OPEN_PAREN or w in FRACTIONS or
                                  (w[:1] in lx.CONJ_PREFIXES and w[1:] in WORDS)) else None
    if r is None:
        if i == st.item_start and rd.list_kind:
            made = ru.list_line_victim(rd, st, i)
            if made:
                st.list_item_done = True
                return _made(st, made)
        made = ru.noun_count(rd, st, i)
        return _made(st, made) if made else i + 1
    rd.enumeration = False
    fig_idx, nxt, new = _number(rd, st, i, r)
    st.pending_q = None
    if fig_idx is not None:
        f = rd.figs[fig_idx]
        if new:
            if st.cue is not None and f.how == "cue":
                st.cue.used = True
            if st.list_item:
                st.list_item_done = True
                if f.parent is None and rd.list_head is not None and f.kind == rd.list_kind \
                        and rd.list_head != fig_idx:
                    f.parent = rd.list_head
        st.prev = st.target = fig_idx
    elif st.list_item and not st.list_item_done and not ru.is_date_like(rd, r) and not rd.enumeration:
        st.list_item_done = True
    return max(nxt, i + 1)


# (handler, the tokens it may act on: None for any), in order
_TOKEN_HANDLERS = [
    (_on_breakdown, set(lx.BREAKDOWN_OPENERS)), (_on_comma, {",", ";"}), (_on_qualifier, lx.QUAL_FIRST),
    (_on_group, {key[0] for key in lx.GROUP_MARKERS} | lx.GROUP_KIND_HEAD | {":"} | set(lx.DASHES)),
    (_on_aside, set(lx.ONE_OF_THEM)), (_on_faqad, lx.FAQAD | lx.FAQAD_WE), (_on_fate, set(lx.FATE)),
    (_on_toll_includes, lx.TOLL_INCLUDES), (_on_cue, None),
    (_on_pronoun_cue, set(lx.SINGULAR_PRONOUN_CUES)), (_on_number, None),
]


def _number(rd: Reading, st: Sent, i: int, r):
    """Decide whether the number read at ``i`` is a casualty figure: ``(figure index or
    None, next token, whether the figure is new)``."""
    words, a, b = rd.words, st.a, st.b
    e = r.end
    pq = st.pending_q if st.pending_q and st.pending_q[2] == i else None
    c = Num(i=i, r=r, e=e, before=words[i - 1] if i > a else "", before2=words[i - 2] if i - 1 > a else "",
            nxt=words[e] if e < b else "", nxt2=words[e + 1] if e + 1 < b else "", value=r.value,
            handover=bool(lx.REMAINS_HANDOVER.intersection(words[max(a, i - 6):i])), target=st.target,
            qualifier=pq[0] if pq else "exact", qstart=pq[1] if pq else None,
            list_line=st.list_item and not st.list_item_done)
    stop = engine.first_veto(ru.NUMBER_VETOES, rd, st, c)
    if stop is not None:
        return None, stop, False
    ru.read_range(rd, st, c)
    for rule in ru.NOUN_RULES:
        stop = rule(rd, st, c)
        if stop is not None:
            return None, stop, False
        if c.noun_kind:
            break
    stop = ru.read_after_noun(rd, st, c)
    if stop is None:
        stop = ru.read_follow(rd, st, c)
    if stop is None:
        ru.read_links(rd, st, c)
        stop = ru.veto_unreadable(rd, st, c)
    if stop is not None:
        return None, stop, False
    for rule in ru.KIND_RULES:
        stop = rule(rd, st, c)
        if stop is not None:
            return None, stop, False
        if c.kind is not None:
            break
    else:  # no kind: a range's second number ("ثم رفعته إلى ما بين 560 و770") is no count of its own
        return None, c.e_num if c.count_max is not None else e, False
    return _figure(rd, st, c)


def _figure(rd: Reading, st: Sent, c: Num):
    """The figure for a number whose kind a rule gave: parent, vetoes that need the kind,
    a restated figure, qualifier, span, superseded and revision."""
    words, a, i = rd.words, st.a, c.i
    if c.in_group and c.parent is None and c.how in ("kind-noun", "cue", "follow-cue"):
        head = st.groups[-1].head
        if rd.figs[head].count > c.value and rd.figs[head].kind == c.kind:
            c.parent = head
    stop = ru.veto_after_kind(rd, st, c)
    if stop is not None:
        return None, stop, False
    same = ru.restated_figure(rd, st, c)
    if same is not None:
        return same, c.e, False
    qualifier = c.qualifier
    if c.r.vague:
        qualifier = "at_least" if qualifier == "exact" else qualifier
    elif qualifier == "exact" and lx.EXCEED.intersection(words[max(a, i - 4):i]):
        qualifier = "more_than"  # "تجاوز عدد الجرحى 11 ألفاً"
    start_tok = c.at
    if c.how == "cue" and c.cue_adjacent and st.cue.type != "kindnoun":
        start_tok = st.cue.at
    end_tok = max(c.noun_end, c.e_num) if c.noun_kind in ("people", "kind", "of") else c.e_num
    if c.follow is not None and c.how == "follow-cue":
        if c.rule != "count_before_far_verb":
            end_tok = c.follow[2] + 1
        rd.used_cues.add(c.follow[2])
    superseded = ru.earlier_toll(rd, st, i) or (
        c.before in lx.WAS and c.nxt not in lx.POST_MARKERS) or (c.before2 in lx.WAS and c.before == lx.HAD) \
        or ru.counted_in_first_toll(words, end_tok) or ru.other_half_of_earlier_toll(rd, st, c)
    # "ارتفع إلى 36 …، إضافة إلى 55 مصاباً": the count added to a risen toll is as current as the toll
    added_to_rise = c.before == lx.TO and c.before2 in lx.IN_ADDITION
    revision = st.revision_ctx and (c.after_to or c.previous is not None or added_to_rise) and not superseded
    idx = rd.add(c.kind, c.value, start_tok, end_tok, st, c.rule, how=c.how, count_max=c.count_max,
                 qualifier=qualifier, vague=c.r.vague, parent=c.parent, category=c.category, victims=c.victims,
                 superseded=superseded, revision=revision, previous=c.previous, cue_manner=c.manner)
    if st.cue is not None and c.how == "cue":
        st.cue.used = True
    return idx, max(c.k, c.e_num), True


def _table_total(rd: Reading, st: Sent) -> None:
    """The total line of a toll table whose heading named no kind ("المجموع: 371 قتيلاً"):
    the cells read before it are parts of that total (when they add up to no more)."""
    figs, words = rd.figs, rd.words
    if not (rd.pending_table and len(figs) > st.first_fig and st.list_item):
        return
    k = st.a
    while k < st.b and words[k] in lx.BULLETS:
        k += 1
    total = figs[st.first_fig]
    if k < st.b and words[k] in lx.TOTAL_WORDS and total.parent is None and not total.vague and \
            sum(cell[0] for cell in rd.pending_table) <= total.count:
        for value, ts, te, cst, vic, cat in rd.pending_table:
            rd.add(total.kind, value, ts, te, cst, "table_under_total", how="table", parent=st.first_fig,
                   category=cat, victims=vic, qualifier="exact")
    rd.pending_table = None


def _heading(rd: Reading, st: Sent) -> None:
    """A sentence that ends with ":" / "::" heads a list or table: its first figure (or
    its cue's kind) gives the lines under it their kind and parent."""
    figs, words, first = rd.figs, rd.words, st.first_fig
    if words[st.b - 1] not in lx.HEAD_END:
        return
    if st.line_cue_kind is None and st.words & lx.DEATH_HEAD_WORDS:
        st.line_cue_kind = ru.KILLED  # "حصراً أولياً بأسباب الوفاة:": the rows under it count the dead
    if st.line_cue_kind is None and st.words & lx.FLIGHT_HEAD_WORDS:
        st.line_cue_kind = ru.DISPLACED  # "ووزعت المصفوفة وجهات الفارين على النحو التالي:": the displaced
    rd.pending_table = None
    toll = ru.toll_heading_head(rd, st)  # "وتوزعت الحصيلة على النحو التالي:" under the toll's sentence
    if toll is not None:
        rd.list_active = True
        rd.list_head = rd.table_head = toll
        rd.list_kind = rd.table_kind = figs[toll].kind
        return
    among = ru.among_the_kind_heading(rd, st) if len(figs) == first else None
    if among is not None:  # "ومن بين القتلى …، هناك:"
        rd.list_active = True
        rd.list_head = rd.table_head = among
        rd.list_kind = rd.table_kind = figs[among].kind
        return
    if len(figs) == first and st.line_cue_kind is None and st.words & lx.TABLE_HEAD_WORDS:
        rd.pending_table = []  # "الحصيلة الشهرية لشهر أيار:": the kind comes with the total
        rd.table_kind = rd.table_head = None
    rd.list_active = True
    if len(figs) > first:
        head = len(figs) - 1
        while figs[head].parent is not None and head >= first and figs[head].sent == st.si and head > first:
            head -= 1
        head = first if figs[first].sent == st.si else head
        head = ru.heading_fig_before_colon(rd, st, head) if figs[head].sent == st.si else head
        rd.list_head = rd.table_head = head
        rd.list_kind = rd.table_kind = figs[head].kind
    else:
        rd.list_head = None
        # "حصيلة الأسبوع:" with no kind: verbless rows under it count the dead (a table's
        # "label: N" cells still wait for the total line)
        rd.list_kind = st.line_cue_kind or (ru.KILLED if rd.pending_table is not None else None)
        if st.line_cue_kind:
            rd.table_kind = st.line_cue_kind


def _derive_totals(figures: list[CasualtyFigure]) -> None:
    """Parts of one event's victims listed in one clause with no total ("مقتل 4 عناصر من قوات
    النظام إضافة لمدني", "أن 9 مدنيين و4 عناصر و2 من المنشقين قُتلوا") get a total summed from
    them, flagged ``derived`` (issue 11 §4); the parts point to it with ``part_of``. Parts told
    in different places ("وآخر في ريف درعا الغربي") or under a stated total get none."""
    n = len(figures)
    # a report of period totals: its lists are breakdowns of those, not one event's parts; except
    # people named one by one in an event's clause ("ما أدى إلى مقتل ممرض ومسعف وسائق", and with
    # kin in the dual: "قضى رجل وطفلاه", ar309)
    period_report = any(f.scope == "cumulative" for f in figures)
    # a total stated in the sentence gets none; a part of another list that happens to have the same
    # count is no total ("وأربعة آخرون …، كما وثق مقتل رجل وأبنائه الثلاثة": 4, blind26 ar 001)
    stated = {(f.kind, f.count, f.sentence_start) for f in figures if not f.superseded and f.rule not in ru.PART_RULES}
    i = 0
    while i < n:
        run = [i]
        while run[-1] + 1 < n and _continues(figures[run[0]], figures[run[-1]], figures[run[-1] + 1]):
            run.append(run[-1] + 1)
        i = run[-1] + 1
        parts = [figures[k] for k in run]
        total = sum(f.count for f in parts)
        if len(run) < 2 or (parts[0].kind, total, parts[0].sentence_start) in stated \
                or parts[0].rule not in ru.PART_HEAD_RULES or (ru.separate_events(parts[0].sentence) and not all(
                    f.rule in ru.KIN_RULES for f in parts[1:])):  # (a person and their kin are one event)
            continue
        named = all(f.count == 1 or f.rule in ru.NAMED_DUAL_RULES for f in parts)
        if period_report and not (named and (parts[0].scope == "event" or any(f.rule in ru.KIN_RULES for f in parts))):
            continue  # (a person and their kin are named people of one event, whatever the scope read)
        first, last = parts[0], parts[-1]
        derived = make_figure(first.sentence, first.kind, total, first.start - first.sentence_start,
                              last.end - first.sentence_start, None, lang="ar", derived=True, rule="derived_total",
                              scope=first.scope, time=first.time, place=first.place, perpetrator=first.perpetrator,
                              manner=first.manner)
        derived.start, derived.end = first.start, last.end
        derived.sentence, derived.sentence_start = first.sentence, first.sentence_start
        figures.append(derived)
        for f in parts:
            f.part_of = len(figures) - 1
        stated.add((first.kind, total, first.sentence_start))


def _continues(head: CasualtyFigure, prev: CasualtyFigure, f: CasualtyFigure) -> bool:
    """``f`` is one more part of the run that ``head`` opened and ``prev`` ends: coordinated, of the
    same kind, sentence, place and perpetrator; the place and perpetrator read for a part right
    after the one before it ("امرأة وطفلاها …", nothing between) or for kin are the person's."""
    next_to = f.rule in ru.KIN_RULES or 0 <= f.start - prev.end <= ru.ADJACENT_PART_GAP
    return f.rule in ru.PART_RULES and f.kind == head.kind and f.sentence_start == head.sentence_start \
        and (next_to or (f.place == head.place and f.perpetrator == head.perpetrator)) \
        and (f.rule in ru.KIN_RULES or prev is not head or not ru.parts_in_two_places(prev, f)) \
        and f.part_of is None and head.part_of is None and not (f.superseded or f.vague or head.superseded
                                                                or head.vague or f.revision or head.revision)


# --- records ----------------------------------------------------------------------------------------

class _Records:
    """Builds ``CasualtyFigure`` records from the figures read: offsets into the original
    text, and per sentence (computed once) the time, perpetrators, places and manners."""

    def __init__(self, rd: Reading, bounds, published):
        self.rd = rd
        self.bounds = bounds
        self.published = published
        self.time_cache: dict = {}
        self.manner_cache: dict = {}
        self.sent_cache: dict = {}

    def build(self) -> list[CasualtyFigure]:
        rd = self.rd
        n = len(rd.words)
        out: list[CasualtyFigure] = []
        for f in rd.figs:
            ts, te = f.tstart, max(f.tend, f.tstart + 1)
            fs, fe = rd.starts[ts], rd.ends[min(te, n) - 1]
            sentence, sfold, lo, time0, cumulative, actors, places = self.sentence(f.sent)
            victims = None
            if f.victims and f.victims[1] > f.victims[0]:
                vs, ve = f.victims
                victims = rd.text[rd.o(rd.starts[vs]):rd.oe(rd.ends[min(ve, n) - 1])]
            time = TimeWindow(time0.phrase, time0.start, time0.end) if time0 else None
            out.append(make_figure(
                rd.text, f.kind, f.count, rd.o(fs), rd.oe(fe), sentence, lang="ar", count_max=f.count_max,
                qualifier=f.qualifier or "exact", vague=bool(f.vague),
                manner=f.cue_manner or self.manner(sfold, fs - lo), victims=victims,
                victim_categories=[f.category] if f.category else [],
                perpetrator=self.nearest_span(actors, fs, place=False),
                place=self.nearest_span(places, fs, place=True), time=time,
                scope="cumulative" if cumulative or f.rule in ru.STOCK_RULES else "event", part_of=f.parent,
                revision=bool(f.revision),
                previous_count=f.previous, superseded=bool(f.superseded), rule=f.rule))
        for f in out:  # a part of a stock or period total is one too ("اعتقال 96321 منهم")
            if f.part_of is not None and f.part_of < len(out) and out[f.part_of].scope == "cumulative":
                f.scope = "cumulative"
        return out

    def sentence(self, si: int):
        info = self.sent_cache.get(si)
        if info is None:
            rd = self.rd
            ta, tb = self.bounds[si]
            lo, hi = rd.starts[ta], rd.ends[tb - 1]
            olo, ohi = rd.o(lo), rd.oe(hi)
            sfold = rd.folded[lo:hi]
            time = self.find_time(sfold, lo)
            cumulative = bool(set(rd.words[ta:tb]) & lx.CUMULATIVE_WORDS) or (
                time is not None and any(p in time.phrase for p in lx.PERIOD_TIME_WORDS))
            actors = [(lo + m.start(1), lo + m.end(1)) for m in lx.ACTORS_RE.finditer(sfold)
                      if ru.is_perpetrator(sfold, m.start(), m.end())]
            places = [(lo + m.start(), lo + m.end()) for m in lx.PLACE_RE.finditer(sfold)]
            info = (Sentence(olo, ohi, rd.text[olo:ohi]), sfold, lo, time, cumulative, actors, places)
            self.sent_cache[si] = info
        return info

    def manner(self, sfold: str, rel: int) -> Optional[str]:
        """The most specific manner named near the figure (within 90 characters), else
        the nearest in the sentence."""
        hits = self.manner_cache.get(sfold)
        if hits is None:
            hits = [(m.start(), lx.MANNER_RANK[m.lastgroup], m.lastgroup) for m in lx.MANNER_ALL.finditer(sfold)]
            self.manner_cache[sfold] = hits
        if not hits:
            return None
        near = [h for h in hits if abs(h[0] - rel) <= 90]
        if near:
            return min(near, key=lambda h: h[1])[2].replace("_", " ")
        return min(hits, key=lambda h: abs(h[0] - rel))[2].replace("_", " ")

    def orig(self, fs: int, fe: int) -> str:
        rd = self.rd
        return rd.text[fs:fe] if rd.offmap is None else rd.text[rd.offmap[fs]:rd.oe(fe)]

    def nearest_span(self, spans, fs: int, place: bool) -> Optional[str]:
        if not spans:
            return None
        s, e = min(spans, key=lambda se: abs(se[0] - fs))
        if place:
            folded = self.rd.folded
            first = folded[s:e].split(None, 1)
            if len(first) == 2 and first[0] in lx.PLACE_PREPOSITIONS:
                s = s + len(first[0]) + 1
            elif folded[s:s + 2] == lx.PLACE_CLITICS[0]:
                s += 2
            elif folded[s] == lx.PLACE_CLITICS[1]:
                s += 1
        return self.orig(s, e)

    def find_time(self, sfold: str, lo: int) -> Optional[TimeWindow]:
        key = (lo, len(sfold))
        if key not in self.time_cache:
            m = lx.TIME_RE.search(sfold)
            tw = None
            if m:
                tw = resolve_arabic_time(m.group(), self.orig(lo + m.start(), lo + m.end()), self.published)
            self.time_cache[key] = tw
        tw = self.time_cache[key]
        return TimeWindow(tw.phrase, tw.start, tw.end) if tw else None
