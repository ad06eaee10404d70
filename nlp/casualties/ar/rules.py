"""Arabic casualty rules: named vetoes, kind rules and link rules over folded tokens.

The reading loop (``nlp.casualties.arabic``) walks each sentence once; for every number
it builds a ``Num`` candidate and asks, in order:

1. ``NUMBER_VETOES``: is it a date, a year, a unit, an age, a list item number, a
   condition, a released or threatened count ...? (the first that fires drops it);
2. ``NOUN_RULES``: what follows it: a kind noun ("31 قتيلاً"), a noun for people,
   "من" + a group, a later toll noun, nothing ("bare"), or something else;
3. ``FOLLOW_RULES``: a casualty verb or status after its noun phrase ("قتلوا", "في عداد
   المفقودين", "على الفرار");
4. ``KIND_RULES``: the first rule that gives it a kind (its own noun, a following verb,
   the sentence's cue, a table cell, a subset group, coordination, a list line ...).

Every figure keeps the name of the rule that produced it (``CasualtyFigure.rule``); the
singular and dual readings (``SINGULAR_RULES``: "مقتل شاب", "بينهم طفل", "قتيلان") are
named the same way. Words live in ``nlp.casualties.ar.lexicon``; this module holds only
the decisions. Pure functions over the reader's state (``Reading``, ``Sent``, ``Num``):
no I/O.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from itertools import takewhile
from typing import Callable, Optional

from nlp.arabic_numbers import DUALS, VAGUE, WORDS, dual_value, fold, read_number, tokenize
from nlp.casualties.ar import lexicon as lx

KILLED, INJURED, DETAINED, MISSING, DISPLACED = lx.KILLED, lx.INJURED, lx.DETAINED, lx.MISSING, lx.DISPLACED
NAMED_AFTER_CUE = "named_after_cue"  # "مقتل الشاب محمد …" (after_cue_named)
KINDS = (KILLED, INJURED, DETAINED, MISSING, DISPLACED)


# --- the reader's state ---------------------------------------------------------------------

@dataclass(slots=True)
class Cue:
    """The last casualty cue of a sentence ("قتل", "مقتل", "القتلى") and whether a number
    has used it."""

    kind: str
    manner: Optional[str]
    type: str  # verb | noun | kindnoun | weak
    at: int  # token index
    used: bool = False


@dataclass(slots=True)
class Group:
    """An open subset group ("بينهم", "منهم", "هم:") and the figure it belongs to."""

    type: str  # sub (closes at a comma) | hum (an enumeration, to the end of the sentence)
    head: int  # index of the figure
    end: int  # token after the marker


def nominative_dual(w: str) -> Optional[int]:
    """2 for the -ان dual of a singular noun for people missing from the word list ("ومقيمان من
    الجنسية الباكستانية", blind15 ar 016); not a plural of that shape ("فتيان")."""
    s = w[1:] if w[:1] == lx.AND and len(w) > 4 else w
    return 2 if s.endswith(lx.DUAL_NOMINATIVE) and s not in lx.PEOPLE and s[:-2] in lx.SINGULAR_CAT else None


def feminine_dual(w: str) -> Optional[int]:
    """2 for the "-تين"/"-تان" dual of a feminine singular noun for people ("ممرضتين", "طبيبتان") missing
    from the word list: the singular in "ـة" is in ``SINGULAR_CAT`` (blind43 ar 014)."""
    s = w[1:] if w[:1] == lx.AND and len(w) > 5 else w
    return 2 if s.endswith(lx.FEMININE_DUALS) and s[:-3] + lx.TA_MARBUTA in lx.SINGULAR_CAT else None


@dataclass(slots=True)
class Fig:
    """A figure while the reader works (token positions; records are built at the end)."""

    kind: str
    count: int
    tstart: int
    tend: int
    sent: int
    para: int
    rule: str
    how: str = ""  # the family of the rule: kind-noun, cue, coord, group, list ...
    count_max: Optional[int] = None
    qualifier: Optional[str] = None
    vague: bool = False
    parent: Optional[int] = None
    category: Optional[str] = None
    victims: Optional[tuple[int, int]] = None
    superseded: bool = False
    revision: bool = False
    previous: Optional[int] = None
    singular: bool = False
    cue_manner: Optional[str] = None


@dataclass(slots=True)
class Sent:
    """One sentence being read: its token range and what the loop has seen so far."""

    si: int
    para: int
    a: int
    b: int
    first_fig: int
    cue: Optional[Cue] = None
    groups: list = field(default_factory=list)
    prev: Optional[int] = None  # last figure of this sentence
    target: Optional[int] = None  # the figure a coordinated number continues
    pending_q: Optional[tuple] = None  # (qualifier, start token, end token)
    line_cue_kind: Optional[str] = None
    list_item: bool = False
    list_item_done: bool = False
    item_start: Optional[int] = None
    revision_ctx: bool = False
    toll_ctx: bool = False
    sup_from: Optional[int] = None
    sup_to: Optional[int] = None  # where the earlier toll's part ends ("، إلا أن …": earlier_report_corrected)
    survivors_end: Optional[int] = None  # where a vetoed survivors count ends ("إنقاذ 55 شخصاً": rules.survivors)
    words: frozenset = frozenset()


@dataclass(slots=True)
class Reading:
    """The document: folded tokens with offsets, and the figures and list/table context
    carried from sentence to sentence."""

    text: str
    folded: str
    offmap: Optional[list]
    words: list
    starts: list
    ends: list
    newline: list
    blank: list
    figs: list = field(default_factory=list)
    used_cues: set = field(default_factory=set)
    list_head: Optional[int] = None
    list_kind: Optional[str] = None
    list_active: bool = False
    table_head: Optional[int] = None
    table_kind: Optional[str] = None
    pending_table: Optional[list] = None
    enumeration: bool = False
    bounds: list = field(default_factory=list)  # sentences as [a, b) token ranges
    para: int = 0  # the paragraph being read
    published: object = None  # the publication date (for time windows)
    # indexes over ``figs`` (kind, count, para and sent of a figure do not change while reading),
    # so that a look back costs the figures it may find, not the whole document
    by_para: dict = field(default_factory=dict)  # para -> figure indexes
    by_kind: dict = field(default_factory=dict)  # kind -> figure indexes
    by_value: dict = field(default_factory=dict)  # (count, kind) -> the last figure index
    killed_revision: bool = False  # a revised death toll has been read
    pipe_cols: Optional[list] = None  # the victim category of each column of a pipe table's header
    breakdown: Optional[tuple] = None  # (head figure, sentence) of the last ":" breakdown of an earlier toll
    first_final_toll: Optional[int] = None  # the first word naming a final toll ("الحصيلة النهائية"), found once
    latest_named_year: Optional[int] = None  # the latest year the text names (``bulletin_year``), found once

    def final_toll_before(self, a: int) -> bool:
        """Whether a word of ``lexicon.FINAL_TOLL`` comes before word ``a`` (the document is searched once,
        not once per sentence: a long text stays linear)."""
        if self.first_final_toll is None:
            self.first_final_toll = next((i for i, w in enumerate(self.words) if w in lx.FINAL_TOLL), len(self.words))
        return self.first_final_toll < a

    def bulletin_year(self) -> int:
        """The bulletin's year: its publication date's, else the latest year the text names after "العام"
        (the document is searched once, not once per sentence). Only asked when the text names a year."""
        if self.published is not None:
            return self.published.year
        if self.latest_named_year is None:
            self.latest_named_year = max(named_years(self.words, 0, len(self.words)))
        return self.latest_named_year

    def o(self, i: int) -> int:
        """The original offset of folded position ``i``."""
        return self.offmap[i] if self.offmap is not None else i

    def oe(self, fe: int) -> int:
        """The original offset just after folded position ``fe - 1``, with the diacritics
        and tatweel that follow it ("شهيداً" keeps its tanween)."""
        if self.offmap is None:
            return fe
        e = self.offmap[fe - 1] + 1
        text = self.text
        while e < len(text) and lx.DIACRITIC.match(text, e):
            e += 1
        return e

    def add(self, kind, count, ts, te, st: Sent, rule: str, **kw) -> int:
        if "superseded" not in kw:
            kw["superseded"] = earlier_toll(self, st, ts)
        self.figs.append(Fig(kind=kind, count=count, tstart=ts, tend=te, sent=st.si, para=st.para, rule=rule,
                             how=kw.pop("how", ""), **kw))
        k = len(self.figs) - 1
        self.by_para.setdefault(st.para, []).append(k)
        self.by_kind.setdefault(kind, []).append(k)
        self.by_value[(count, kind)] = k
        self.killed_revision = self.killed_revision or (kind == KILLED and bool(kw.get("revision")))
        return k

    def dual(self, i: int) -> Optional[int]:
        """2 if token ``i`` is the dual of a noun for people: from the word list, or, for an
        -ين form that is also a plural (مدنيين), from its vowels in the original text
        ("مدنيَّيْن": a fatha before the ya is the dual, a kasra the plural)."""
        w = self.words[i]
        d = dual_value(w) or nominative_dual(w) or feminine_dual(w)
        if d or self.offmap is None or not w.endswith(lx.DUAL_OBLIQUE) or base(w)[:-2] not in lx.SINGULAR_CAT:
            return d
        orig = self.text[self.o(self.starts[i]):self.oe(self.ends[i])]
        return 2 if lx.DUAL_VOWELS.search(orig) else None

    def last_of_kind(self, kind: str) -> Optional[int]:
        for j in reversed(self.by_kind.get(kind, ())):
            f = self.figs[j]
            if f.parent is None and not f.superseded:
                return j
        return None

    def in_para(self, para: int) -> list:
        """The figures of paragraph ``para``, in reading order."""
        return [self.figs[k] for k in self.by_para.get(para, ())]


@dataclass(slots=True)
class Num:
    """A number candidate: the number read at token ``i`` and what the rules found around it."""

    i: int
    r: object  # nlp.arabic_numbers.NumberRead
    e: int
    before: str
    before2: str
    nxt: str
    nxt2: str
    value: int
    handover: bool
    target: Optional[int]
    qualifier: str = "exact"
    qstart: Optional[int] = None
    count_max: Optional[int] = None
    previous: Optional[int] = None
    e_num: int = 0
    j: int = 0
    noun: str = ""
    base: str = ""
    noun_kind: Optional[str] = None  # kind | toll | people | of | bare | other
    kind_own: Optional[str] = None
    category: Optional[str] = None
    victims: Optional[tuple[int, int]] = None
    noun_end: int = 0
    post_parent: Optional[int] = None
    k: int = 0
    m: int = 0
    follow: Optional[tuple] = None  # (kind, manner, token of the verb)
    follow_far: Optional[tuple] = None
    follow_rule: Optional[str] = None
    list_line: bool = False  # the first number of a list line under a heading
    in_group: bool = False
    coord: bool = False
    cue_adjacent: bool = False
    after_to: bool = False
    table_cell: bool = False
    kind: Optional[str] = None
    manner: Optional[str] = None
    parent: Optional[int] = None
    rule: Optional[str] = None
    how: Optional[str] = None
    condition: bool = False  # "5 منهم في حالة حرجة": the condition of some of the injured

    @property
    def at(self) -> int:
        """The first token of the figure: the qualifier, else the number."""
        return self.qstart if self.qstart is not None else self.i


def subset_of_group_size(rd: Reading, st: Sent, head: int, i: int) -> bool:
    """The size of a group of people ("تتكون من", "مؤلفة من") stands between the figure ``head``
    and the subset marker at ``i``: "… وألقت القبض على ثلاثة آخرين، مشيراً إلى أن المجموعة كانت
    تتكون من 32 عنصراً من جنسيات مختلفة، بينهم ثلاثة جزائريين": the subset is of the 32, no
    figure, not of the three captured (blind19 ar 025)."""
    words, f = rd.words, rd.figs[head]
    if f.sent != st.si:
        return False
    return any(is_number_word(words[k]) and not is_number_word(words[k + 1]) and people_category(words[k + 1])
               and lx.CONSISTS_OF.intersection(words[max(st.a, k - lx.CONSISTS_GAP - 1):k])
               for k in range(max(st.a, f.tend), i - 1))


def earlier_report_at(words: list, a: int, b: int, revised: bool = False, final: bool = False) -> Optional[int]:
    """"وكان المرصد السوري نشر يوم أمس أن 43 شخصاً …", "وكان المرصد نشر صباح اليوم أن …": where
    a report the source made earlier (a toll since replaced) starts, else None. After a toll
    revised upwards (``revised``: "ارتفاع حصيلة … إلى 171 قتيلاً") also last week's or last
    month's report ("وكانت الوزارة قد أعلنت الأسبوع الماضي عن 154 قتيلاً"); without one, that
    is another event ("… الأسبوع الماضي مقتل اثني عشر شخصاً في غارات مماثلة", ar34); and, after
    one, "وكان مصدر طبي أفاد في وقت سابق …" (ar323). After a final toll (``final``: "أعلنت … الحصيلة
    النهائية … مقتل 121"), the pluperfect report of some days ago ("وكانت قسد قد أعلنت قبل يومين مقتل 30
    من عناصرها فقط", blind42 ar 014: ``days_ago_after``)."""
    for k in range(a, b):
        if words[k] in lx.WAS and k > a and words[k - 1] in lx.RELATIVES and reported_at_first(words, k + 1, b):
            return k - 1  # "… وفق آخر حصيلة للمرصد، الذي كان قد أعلن في البداية عن مقتل 58 شخصاً"
        if what_was_reported_at_first(words, k, b) or toll_reported_on_day(words, k, b) \
                or reports_dated_earlier(words, k, b):
            return k
        if words[k] not in lx.AND_WAS and not (words[k] in lx.WAS and k > a and words[k - 1] in lx.WHILE_WAS):
            continue
        for v in range(k + 1, min(b, k + 1 + lx.REPORT_SUBJECT_MAX)):  # "وكان المرصد السوري لحقوق الإنسان قد أشار"
            if words[v] in lx.REPORT_VERBS:
                if revised and words[v - 1] == lx.HAD and reported_on_day(words, v + 1, b):
                    break  # the revised kinds only (earlier_statement_on_day)
                t = past_late_or_early(words, v + 1, b)  # "أعلنت في وقت متأخر من مساء الثلاثاء"
                if lx.EARLIER_TODAY.intersection(words[t:min(b, t + 4)]) or in_preliminary_toll(words, v + 1, b) \
                        or first_statement_inside(words, a, k, v, b) or (
                        revised and (last_span_after(words, t, b) or earlier_time_after(words, v + 1, b)
                                     or earlier_day_after(words, t, b))) or (
                        final and words[v - 1] == lx.HAD and days_ago_after(words, v + 1, b)):
                    return k
                break
    return None


def past_late_or_early(words: list, k: int, b: int) -> int:
    """Token ``k`` past "في وقت متأخر من" / "في وقت مبكر من" ("late/early in"), else ``k``: "وكانت الوزارة
    قد أعلنت في وقت متأخر من مساء الثلاثاء مقتل تسعة أشخاص" reports in the evening as "أعلنت مساء
    الثلاثاء" does (``earlier_report_at``; blind63 ar 009)."""
    if k + 3 < b and words[k] == lx.IN and words[k + 1] == lx.EARLIER_TIME[0] and words[k + 2] in lx.LATE_OR_EARLY \
            and words[k + 3] in lx.OF:
        return k + 4
    return k


def past_opening_quote(words: list, a: int, b: int) -> int:
    """Where a sentence ``[a, b)`` starts past the quote mark opening it: a paragraph that goes on with a
    quoted statement ('"وكانت التقديرات الأولية قد أشارت إلى مقتل 20 شخصاً، غير أن الحصيلة ارتفعت …') opens
    with "وكانت" for the earlier-toll rules (blind61 ar 007)."""
    while a + 1 < b and words[a] in lx.QUOTE_OPENERS:
        a += 1
    return a


def days_ago_after(words: list, k: int, b: int) -> bool:
    """"قبل يومين", "قبل أيام", "قبل ثلاثة أيام", "قبل ساعات" right after a report verb: a report of
    some days or hours ago."""
    if k + 1 >= b or words[k] != lx.BEFORE_THAT[0]:
        return False
    return words[k + 1] in lx.DAYS_AGO or (k + 2 < b and is_number_word(words[k + 1]) and words[k + 2] in lx.DAYS_AGO)


def first_statement_inside(words: list, a: int, k: int, v: int, b: int) -> bool:
    """"…، فيما كانت الميليشيا قد أعلنت في بيانها الأول مقتل 78 شخصاً": an earlier statement told inside
    the sentence (token ``k`` past its start ``a``: "فيما/بينما كان(ت)" or "، وكان(ت)") whose report verb
    at ``v`` (after "قد") is followed by "في البداية", "أولاً" or "في بيانها الأول": the source's first
    toll, replaced by the one the sentence gave before it (blind33 ar 026)."""
    return k > a and words[v - 1] == lx.HAD and (at_first(words, v + 1, b) or first_period_at(words, v + 1, b))


def first_period_at(words: list, t: int, b: int) -> bool:
    """"في ساعات الليل الأولى", "في الساعات الأولى", "في اليوم الأول" at token ``t``: the first hours or
    day of the event, when a first toll was given (blind43 ar 010, 011)."""
    return t + 2 < b and words[t] == lx.IN and words[t + 1] in lx.FIRST_PERIODS and bool(
        lx.FIRST_ORDINAL.intersection(words[t + 2:min(b, t + 2 + lx.FIRST_PERIOD_REACH)]))


def what_was_reported_at_first(words: list, k: int, b: int) -> bool:
    """"ما أعلنته السلطات في البداية" at token ``k``: "في حصيلة تفوق ما أعلنته السلطات في البداية
    وهو 35 قتيلاً": what follows is the source's first toll, since replaced (blind19 ar 006); so after
    a relative ("تلك التي أعلنتها الحكومة في البداية وكانت 25 قتيلاً", blind22 ar 007)."""
    if k + 1 >= b or words[k] not in lx.WHAT_REPORTED or words[k + 1] not in lx.REPORTED_IT:
        return False
    return any(at_first(words, t, b) for t in range(k + 2, min(b, k + 2 + lx.REPORT_SUBJECT_MAX)))


def reported_at_first(words: list, k: int, b: int) -> bool:
    """"قد أعلن في البداية", "أعلن أولاً" at ``k`` (after "الذي كان"): the source's first toll,
    since replaced by the one the sentence gave before it (blind11 ar 006)."""
    v = k + (k < b and words[k] == lx.HAD)
    if v >= b or words[v] not in lx.REPORT_VERBS:
        return False
    return v + 1 < b and at_first(words, v + 1, b)


def past_year_tally(rd: Reading, a: int, b: int) -> bool:
    """The sentence names an earlier year than the bulletin's ("وكانت الحصيلة السنوية للعام 2022
    قد بلغت 3825 قتيلاً", "وكان المرصد قد وثق خلال العام 2019 مقتل …"): the tally of another
    period, not an earlier version of this one (ar312). The bulletin's year is its publication
    date's, else the latest year the text names after "العام"."""
    years = named_years(rd.words, a, b)
    return bool(years) and min(years) < rd.bulletin_year()


def named_years(words: list, a: int, b: int) -> list:
    """The years named after "العام"/"للعام"/"عام" in tokens ``[a, b)``; not "منذ العام 2011", the
    start of a running total."""
    return [int(words[k]) for k in range(max(a, 1), b) if words[k].isdigit() and len(words[k]) == lx.YEAR_DIGITS
            and words[k - 1] in lx.YEAR_NOUNS_OF and not (k > 1 and words[k - 2] == lx.SINCE)]


def earlier_time_after(words: list, k: int, b: int) -> bool:
    """"في وقت سابق" right after a report verb ("وكان مصدر طبي أفاد في وقت سابق بمقتل 6 مدنيين",
    no "قد"): after a revised toll, the earlier report of it (ar323)."""
    return k + 2 < b and words[k] == lx.IN and tuple(words[k + 1:k + 3]) == lx.EARLIER_TIME


def earlier_report_named(words: list, a: int, k: int) -> bool:
    """"في التقرير السابق" with token ``k`` the masculine "السابق" after a report noun: "وكانت الحصيلة
    الواردة في التقرير السابق 9,770 قتيلاً" (blind60 ar 003) tells the toll of an earlier report; what
    follows is that toll, since replaced (a count before it stays: "… إلى 280، بعد أن كان 273 في التقرير
    السابق" is ``from_count_in_earlier_toll``'s shape, with the earlier count read before)."""
    return k > a and words[k] in lx.EARLIER_MASCULINE and words[k - 1] in lx.EARLIER_REPORTS


def earlier_day_after(words: list, k: int, b: int) -> bool:
    """"يوم الأحد" (or the weekday alone) right after a report verb: "وكان الرئيس … قد أعلن يوم
    الأحد مقتل 100 شخص" after a revised toll is the earlier report of it (blind17 ar 012)."""
    k += k < b and words[k] in lx.DAY_WORD
    return k < b and words[k] in lx.WEEKDAYS


def last_span_after(words: list, k: int, b: int) -> bool:
    """"الأسبوع الماضي", "الشهر الماضي" right after a report verb."""
    return k + 1 < b and words[k] in lx.EARLIER_SPANS and words[k + 1] in lx.PAST


def _preliminary_toll_at(words: list, k: int, b: int, openers, heads=lx.TOLL_WORDS, firsts=lx.PRELIMINARY) -> bool:
    """Token ``k`` one of ``openers``, then a toll noun (one of ``heads``) and "أولى"/"أولية" (one
    of ``firsts``): the three shapes of a first toll named as such (``in_preliminary_toll``,
    ``after_preliminary_toll``, ``was_preliminary_toll``)."""
    return k + 2 < b and words[k] in openers and words[k + 1] in heads and words[k + 2] in firsts


def in_preliminary_toll(words: list, k: int, b: int) -> bool:
    """"في حصيلة أولى" right after the report verb of "وكان …": "وكان الوزير أعلن في حصيلة أولى مقتل 9
    أشخاص" is the source's first toll, since replaced (blind18 ar 007)."""
    return _preliminary_toll_at(words, k, b, (lx.IN,))


def was_preliminary_toll(words: list, k: int, b: int) -> bool:
    """"وكانت الحصيلة الأولى …" at token ``k``: "وكانت الحصيلة الأولى التي نشرتها الوزارة قبل الظهر
    تتحدث عن 28 قتيلاً و73 جريحاً" tells the first toll, since replaced, with no "قد" (blind19 ar
    009); so do the first estimates ("وكانت التقديرات الأولية … تتحدث عن 700 قتيل", blind20 ar 010),
    but not earlier ones, which may be another source's ("وكانت تقديرات سابقة صادرة عن منظمات محلية
    قد تحدثت عن مقتل نحو 5 آلاف شخص", blind7 ar 016); so do first figures ("وكانت أرقام أولية نُسبت
    إلى الهلال الأحمر قد تحدثت عن 11300 قتيل، قبل أن …", blind34 ar 010); so do first accounts or reports
    ("وكانت الروايات الأولى التي نقلها الأهالي قد تحدثت عن 12 قتيلاً", blind83 ar 002: ``FIRST_ACCOUNT_HEADS``)."""
    return _preliminary_toll_at(words, k, b, lx.AND_WAS) or any(_preliminary_toll_at(
        words, k, b, lx.AND_WAS, heads, lx.FIRST_ESTIMATES) for heads in (lx.ESTIMATES, lx.FIGURES_PLURAL, lx.FIRST_ACCOUNT_HEADS)) \
        or was_first_day_toll(words, k, b)


def first_figures_told_after_toll(words: list, a: int, k: int, b: int) -> bool:
    """"إن ما لا يقل عن 400 شخص قُتلوا …، وهي حصيلة تتجاوز كثيراً الأرقام الأولية التي تحدثت عن أكثر من
    100 قتيل" (blind59 ar 005): first (or earlier) figures, estimates or tolls named at token ``k`` after a
    count of the sentence, with a relative and a report verb telling what they said ("التي تحدثت عن",
    "التي أشارت إلى"): what follows is that earlier toll, compared with the current one. Not "بحسب الحصيلة
    الأولية، بينهم 3 أطفال" (no relative: a part of the current toll)."""
    if k + 3 >= b or words[k] not in lx.EARLIER_TOLL_HEADS and words[k] not in lx.FIGURES_PLURAL:
        return False
    if words[k + 1] not in lx.PRELIMINARY or words[k + 2] not in lx.RELATIVES:
        return False
    verb = k + 3 + (words[k + 3] == lx.HAD or words[k + 3] in lx.WAS)
    return verb < b and words[verb] in lx.EARLIER_ESTIMATE_VERBS and any(is_count_start(words[t]) for t in range(a, k))


def was_first_day_toll(words: list, k: int, b: int) -> bool:
    """"وكانت الحصيلة في اليوم الأول ثمانية قتلى", "وكان العدد في الساعات الأولى 20 قتيلاً" at token ``k``:
    the toll of the first day or hours, since replaced (blind43 ar 011)."""
    return k + 1 < b and words[k] in lx.AND_WAS and words[k + 1] in lx.TOLL_WORDS and first_period_at(words, k + 2, b)


def was_preliminary_toll_anywhere(words: list, a: int, k: int, b: int) -> bool:
    """"كانت الحصيلة الأولى …" opening the sentence with no "و" ("كانت الحصيلة الأولى التي بثها
    التلفزيون مساء اليوم نفسه تتحدث عن 235 قتيلاً"), or after "بينما"/"في حين" inside it ("…، بينما
    كانت الحصيلة الأولية قد بلغت 16 قتيلاً"): the first toll named as such, since replaced (blind23
    ar 015, 003), as ``was_preliminary_toll``; so "وكانت الحصيلة الأولية …" after a comma inside the
    sentence ("…، وكانت الحصيلة الأولية التي أعلنت عقب الحادث 26 قتيلاً", blind24 ar 022)."""
    if k > a and words[k] in lx.AND_WAS and words[k - 1] == lx.COMMA:
        return was_preliminary_toll(words, k, b)
    if words[k] not in lx.WAS or not (k == a or words[k - 1] in lx.WHILE_WAS):
        return False
    return _preliminary_toll_at(words, k, b, lx.WAS) or _preliminary_toll_at(
        words, k, b, lx.WAS, lx.ESTIMATES, lx.FIRST_ESTIMATES)


def from_count_in_earlier_toll(words: list, a: int, k: int, b: int) -> Optional[tuple]:
    """"ارتفع إلى 12، من عشرة في حصيلة سابقة، بينهم أربعة قُصّر" (blind49 ar 005): the earlier toll
    told as an aside ("من" and a count, then "في حصيلة سابقة" ending at ``k``, and a comma): only the
    aside is the earlier toll; the figures after the comma go with the current one. So is "مقابل" and a
    count at the end of the sentence ("استقبل 40 جريحاً، مقابل 25 جريحاً في الحصيلة السابقة"). The
    aside's first and last tokens ``(from, comma)``, else None."""
    last = k + 1 >= b or words[k + 1] in lx.SENTENCE_PUNCT
    if not (k + 1 < b and words[k + 1] == lx.COMMA or last) or k - 2 <= a or words[k - 2] != lx.IN:
        return None
    for t in range(k - 3, max(a, k - 6), -1):
        if (words[t] == lx.OF[0] or words[t] in lx.COMPARED) and t + 1 < k - 2 and is_count_start(words[t + 1]):
            return t, k + 1
    return None


def up_from_earlier(words: list, k: int, b: int) -> bool:
    """"ارتفاعاً من 210 قتلى" at token ``k``: "up from" a count (right after "من", or after a qualifier
    word) names the earlier toll the sentence's figure replaced (blind23 ar 008)."""
    return k + 2 < b and words[k] in lx.UP_FROM and words[k + 1] == lx.OF[0] and is_count_start(words[k + 2])


def after_preliminary_toll(words: list, k: int, b: int) -> bool:
    """"بعد حصيلة أولية" at token ``k``: "… إلى 25 قتيلاً و63 مصاباً، بعد حصيلة أولية بلغت 20 قتيلاً":
    what follows is the earlier toll (blind18 ar 016)."""
    return _preliminary_toll_at(words, k, b, lx.AFTER_TOLL)


def after_first_report(words: list, k: int, b: int) -> bool:
    """"بعدما أشارت حصيلة أولية إلى سقوط 60 قتيلاً", "بعد أن أشارت حصيلة أولية إلى مقتل 16 شخصاً"
    at token ``k`` ("بعدما", or "أن" after "بعد"/"عقب"): a report verb whose subject is a first toll
    named as such; what follows is the earlier toll (blind21 ar 007, 021). So do the first estimates
    ("بعد أن أشارت التقديرات الأولية إلى 40 قتيلاً", blind22 ar 011), as in ``was_preliminary_toll``, and the
    first reports ("بعد أن تحدثت التقارير الأولى عن مقتل 29 طفلاً", blind71 ar 007: ``FIRST_REPORT_HEADS``)."""
    if words[k] not in lx.AFTER_THAT or (words[k] == lx.AFTER_THAT[0] and not (k > 0 and words[k - 1] in lx.AFTER_TOLL)):
        return False
    if k + 2 < b and words[k + 1] in lx.REPORT_VERBS and at_first(words, k + 2, b):
        return True  # "بعد أن ذكرت في البداية أن عدد القتلى لا يقل عن 500" (blind24 ar 006)
    return _preliminary_toll_at(words, k + 1, b, lx.REPORT_VERBS) or any(_preliminary_toll_at(
        words, k + 1, b, lx.REPORT_VERBS, heads, lx.FIRST_ESTIMATES) for heads in (lx.ESTIMATES, lx.FIRST_REPORT_HEADS))


def after_report_in_revision(words: list, k: int, b: int, revised: bool) -> bool:
    """"بعد أن" (or "بعدما") and a report verb at token ``k`` in a sentence that raises a toll or gives
    the final one ("ارتفعت حصيلة المجزرة … إلى 42 شهيداً …، بعد أن وثقت فرق الدفاع المدني صباح اليوم 31
    شهيداً"; "الحصيلة النهائية … بلغت 22 قتيلاً …، بعد أن أعلن رئيس الحكومة مساء الأربعاء عن 19
    قتيلاً", blind30 ar 021, 024): what the source reported before the revision is the earlier toll,
    and only what follows is superseded; so the source's own report in the first person plural ("…، بعد
    أن أعلنّا في بياننا الأول حصيلة أولية بلغت 104", blind49 ar 006: lexicon.OWN_REPORT_VERBS)."""
    if not revised or words[k] not in lx.AFTER_THAT or k + 1 >= b or not (
            words[k + 1] in lx.REPORT_VERBS or words[k + 1] in lx.OWN_REPORT_VERBS):
        return False
    return words[k] != lx.AFTER_THAT[0] or (k > 0 and words[k - 1] in lx.AFTER_TOLL)


def toll_reported_on_day(words: list, k: int, b: int) -> bool:
    """"في حين كانت الحصيلة التي أعلنتها وزارة الداخلية يوم السبت تشير إلى مقتل 23 رهينة" at token
    ``k`` ("كانت" after "في حين"/"بينما", or "وكانت"): the toll itself is the subject of "كان" and
    the clause dates its report to a past day ("يوم السبت", "مساء الأحد"): an earlier toll, since
    replaced (blind21 ar 018). Within ``REPORT_SUBJECT_MAX`` words of the toll noun."""
    if not (words[k] in lx.AND_WAS or (words[k] in lx.WAS and k > 0 and words[k - 1] in lx.WHILE_WAS)):
        return False
    if k + 1 >= b or words[k + 1] not in lx.TOLL_WORDS:
        return False
    return any(earlier_day_after(words, t, b) or words[t] in lx.EARLIER_TODAY
               for t in range(k + 2, min(b, k + 2 + lx.REPORT_SUBJECT_MAX)))


def reports_dated_earlier(words: list, k: int, b: int) -> bool:
    """"وكانت تقارير صدرت يوم السبت قد أشارت إلى أكثر من 100 قتيل" at token ``k``: "وكانت" + reports or
    figures as the subject (``REPORTED_FIGURES``), dated to a past day within ``REPORT_SUBJECT_MAX`` words,
    then "قد" + a report verb: what earlier reports told, since replaced (blind72 ar 003)."""
    if not (words[k] in lx.AND_WAS and k + 1 < b and words[k + 1] in lx.REPORTED_FIGURES):
        return False
    end = min(b - 1, k + 2 + lx.REPORT_SUBJECT_MAX)
    had = next((t for t in range(k + 2, end) if words[t] == lx.HAD), None)
    return had is not None and words[had + 1] in lx.REPORT_VERBS and any(
        earlier_day_after(words, t, had) for t in range(k + 2, had))


def toll_in_first_clause(words: list, a: int, b: int) -> bool:
    """A toll noun before the first "فيما"/"بينما" of the sentence: "وكان الجيش قد أعلن "تحييد" 203
    …، فيما قدرت المنظمة عدد المدنيين الذين قتلوا بنحو 300" names no toll of its own in its "وكان"
    clause, so it tells another source's figures, not an earlier toll (blind21 ar 026)."""
    end = next((k for k in range(a, b) if words[k] in lx.CONTRAST), b)
    return any(w in lx.TOLL_WORDS for w in words[a:end])


def earlier_toll(rd: Reading, st: Sent, i: int) -> bool:
    """Token ``i`` is in the part of the sentence that tells an earlier toll ("وكانت حصيلة
    أولية قد تحدثت عن مقتل جندي واحد"), and no "فيما"/"بينما" has turned to a current one; a
    turn to another earlier toll named as such is none ("وكانت خلية الإعلام قد ذكرت في بيان سابق
    …، فيما أعلنت الوزارة في حصيلة أولية استشهاد 28 مواطناً": blind14 ar 020)."""
    if st.sup_from is None or i < st.sup_from or (st.sup_to is not None and i >= st.sup_to):
        return False
    words = rd.words
    turn = next((k for k in range(i - 1, st.sup_from - 1, -1) if words[k] in lx.CONTRAST
                 or among_kind_turn(words, k, i) or reported_clause_turn(words, st.a, st.sup_from, k)), None)
    return turn is None or earlier_toll_named(words, turn, i)


def counted_in_first_toll(words: list, e: int) -> bool:
    """"استقرت في 38 قتيلاً …، مقابل 27 قتيلاً في الحصيلة الأولى التي أعلنتها الوزارة" (blind58 ar 010): a count
    told "in the first (earlier) toll" right after it (token ``e`` on) is that toll, since replaced."""
    return e + 2 < len(words) and words[e] == lx.IN and words[e + 1] in lx.TOLL_WORDS \
        and words[e + 2] in lx.FIRST_FIGURE


def other_half_of_earlier_toll(rd, st, c) -> bool:
    """"علماً أن الحصيلة المعلنة صباح الأحد كانت 23 وفاة و140 جريحاً" (blind72 ar 008): a count joined by "و"
    right after a superseded count of another kind in the same sentence is the other half of that earlier
    toll, superseded with it."""
    if c.before != lx.AND or not rd.figs:
        return False
    last = rd.figs[-1]
    return last.superseded and last.sent == st.si and last.tend == c.i - 1 and last.kind != c.kind


def among_kind_turn(words: list, k: int, i: int) -> bool:
    """"…، بعد أن كان المرصد قد وثق في وقت سابق مقتل 27 مدنياً، ومن بين الشهداء 8 أطفال وسيدة" (blind49
    ar 001): "، ومن بين" and a definite plural kind noun at token ``k`` (before ``i``) opens a clause of
    its own about the current toll, not a part of the earlier one ("…، بينهم 8 أطفال" stays with it)."""
    return 0 < k and k + 2 < i and words[k - 1] == lx.COMMA and tuple(words[k:k + 2]) == lx.AMONG_TURN \
        and words[k + 2].startswith(lx.ARTICLE) and is_kind_noun_cue(words[k + 2])


def reported_clause_turn(words: list, a: int, sup: int, k: int) -> bool:
    """"قالت الوزارة إن عدد القتلى ارتفع إلى ستة، بعد أن أعلنت في وقت سابق مقتل ثلاثة، وإن 83 شخصاً أصيبوا"
    (issue 11, blind52 ar 005): "، وإن"/"، وأن" at token ``k`` opens a second clause of the statement the
    sentence reported before its earlier toll (an "إن"/"أن" in ``[a, sup)``): the current toll again."""
    return k > sup and words[k - 1] == lx.COMMA and words[k] in lx.AND_THAT_CLAUSE \
        and bool(lx.THAT_CLAUSE.intersection(words[a:sup]))


def earlier_report_corrected(words: list, a: int, b: int) -> Optional[int]:
    """"وكانت مصادر طبية وأمنية قد تحدثت ليلة الحادث عن 92 وفاة، إلا أن الدائرة أوضحت أن الرقم الأول
    تضمن جثثاً سُجلت مرتين" (blind32 ar 018): a sentence opening "وكان(ت)" with "قد" soon after, turned
    after a comma by "إلا أن"/"لكن" to a clause that names a first figure ("الرقم الأول", "الحصيلة
    الأولى"): what stands before the turn is the earlier toll the text corrects. Where the turn is (the
    earlier part is ``[a, turn)``), else None. Not a toll another source disputes with no first figure
    named ("…، إلا أن مصادر محلية قالت إن القتلى مدنيون")."""
    if words[a] not in lx.AND_WAS or lx.HAD not in words[a + 1:min(b, a + 2 + lx.REPORT_SUBJECT_MAX)]:
        return None
    for k in range(a + 2, b - 1):
        if words[k] in lx.CORRECTION_TURN and words[k - 1] == lx.COMMA:
            if any(words[t] in lx.FIGURE_HEADS and words[t + 1] in lx.FIRST_FIGURE for t in range(k + 1, b - 1)):
                return k
            return None
    return None


def earlier_toll_revised(words: list, a: int, k: int) -> bool:
    """"إن 107 أشخاص لقوا حتفهم …، بعد أن عدلت حصيلة سابقة قالت فيها إن عدد القتلى بلغ 113" (blind38
    ar 005): an earlier toll the source revised (lexicon.REVISED_VERBS right before its toll noun,
    at ``k - 1``) is only what follows; the figures before it are the current ones."""
    return k - 2 >= a and words[k - 2] in lx.REVISED_VERBS


def earlier_toll_named(words: list, k: int, i: int, heads=lx.TOLL_WORDS) -> bool:
    """A toll noun (one of ``heads``) with "أولية"/"سابقة" after it in tokens ``[k, i)``: "في
    حصيلة أولية"."""
    return any(words[t] in heads and words[t + 1] in lx.PRELIMINARY for t in range(k, i - 1))


def preliminary_toll_was(words: list, a: int, b: int) -> Optional[int]:
    """Where a first toll named as such opens with "كان" after it: "وقال المصدر إن حصيلة أولية كانت
    قد أشارت إلى 22 قتيلاً و50 جريحاً، قبل أن …" (blind28 ar 009), "إن الحصيلة السابقة التي أعلنتها
    الوزارة كانت 40 قتيلاً": what follows is the earlier toll, since replaced (as "وكانت حصيلة أولية …",
    ``was_preliminary_toll``). "كان" within ``REPORT_SUBJECT_MAX`` words of the toll, no number or
    punctuation between."""
    for t in range(a, b - 2):
        if words[t] not in lx.TOLL_WORDS or words[t + 1] not in lx.PRELIMINARY:
            continue
        for k in range(t + 2, min(b, t + 2 + lx.REPORT_SUBJECT_MAX)):
            if words[k] in lx.WAS:
                return t
            if words[k] in lx.STOP_PUNCT or is_count_start(words[k]):
                break
    return None


def earlier_clause_at(words: list, a: int, b: int) -> Optional[int]:
    """Where a clause that tells the source's earlier toll opens inside a sentence: "، وكان
    المرصد السوري قد وثق في حصيلة أولية مقتل 100 شخص" after the raised toll (blind14 ar 002):
    "وكان" after a comma, "قد" within ``REPORT_SUBJECT_MAX`` words, and the toll named first or
    earlier before the clause ends; also earlier estimates ("، وكانت تقديرات سابقة قد أشارت إلى
    مقتل أكثر من 100", blind17 ar 010)."""
    for k in range(a + 1, b):
        if words[k] not in lx.AND_WAS or words[k - 1] != lx.COMMA:
            continue
        if lx.HAD not in words[k + 1:min(b, k + 2 + lx.REPORT_SUBJECT_MAX)]:
            continue
        end = next((t for t in range(k + 1, b) if words[t] in lx.SENTENCE_PUNCT), b)
        if earlier_toll_named(words, k + 1, end, lx.EARLIER_TOLL_HEADS):
            return k
    return None


# --- words --------------------------------------------------------------------------------------

def cue_of(word: str):
    """``(kind, manner, type)`` of a casualty cue word, or ``None``."""
    c = lx.CUES.get(word)
    if c is None and len(word) > 4 and word.endswith(lx.OBJECT_PLURAL):
        c = lx.CUES.get(word[:-2])  # a verb with a plural object: "اعتقلتهم", "قتلتهم"
        if c is not None and c[2] != "verb":
            c = None
    return c


def sick_not_wounded(kind: str, words: list, i: int, b: int) -> bool:
    """"الأطفال المصابون بسوء التغذية الحاد: 2.2 مليون" (blind36 ar 019): an injured cue at ``i`` followed
    by "ب" + an illness (lexicon.ILLNESS_AFTER, DISEASE_CAUSE, DISEASE) names the sick, no cue."""
    if kind != INJURED or i + 1 >= b:
        return False
    w = words[i + 1]
    return w in lx.ILLNESS_AFTER or w in lx.DISEASE_CAUSE or (w[:1] == lx.PREP_B and w[1:] in lx.DISEASE)


def kind_noun_in_name(words: list, a: int, i: int) -> bool:
    """A kind noun that is part of the name of a camp or body: right after its head
    ("منسقية النازحين", "لمعسكرات النازحين"), or as "لل…" after the head and a short name
    ("معسكر كلمة للنازحين", "مخيم أبو شوك للنازحين")."""
    if i > a and words[i - 1] in lx.NAME_HEADS:
        return True
    if not words[i].startswith(lx.LIL):
        return False
    return any(words[k] in lx.NAME_HEADS for k in range(max(a, i - 1 - lx.NAME_GAP_MAX), i - 1))


def families_of_victims(words: list, i: int, b: int) -> bool:
    """"وقدمت الوزارة التعازي لأسر الضحايا الثلاثة" (blind34 ar 012): "أسر" right before a definite kind
    noun ("الضحايا", "القتلى", "المفقودين") is "the families of" them, not the capture noun: no cue."""
    if words[i] not in lx.FAMILIES_NOUN or i + 1 >= b or not words[i + 1].startswith(lx.ARTICLE):
        return False
    c = cue_of(words[i + 1])
    return c is not None and c[2] == "kindnoun"


def kind_noun_of_account(words: list, a: int, i: int) -> bool:
    """A kind noun right after a noun of testimony ("شهادات المصابين", "أقوال الجرحى", "روايات
    الناجين"): the victims are the speakers, and what the account tells is no count of them
    ("كشفت التحقيقات وشهادات المصابين أن ما بين 25 و30 مسلحاً …", blind15 ar 026)."""
    return i > a and words[i - 1] in lx.ACCOUNT_HEADS


def base(word: str) -> str:
    """A word without a leading و/ف conjunction when that leaves a known word."""
    if len(word) > 2 and word[0] in lx.CONJ_PREFIXES:
        rest = word[1:]
        if rest in lx.PEOPLE or rest in lx.KIND_NOUNS or rest in DUALS or rest in WORDS or rest in lx.NOT_PEOPLE \
                or rest in lx.FAMILY_ONE or rest in lx.SINGULAR_CAT:
            return rest
    return word


def people_category(word: str) -> Optional[str]:
    """The victim category of a noun for people ("مدنيين" → civilians), else ``None``."""
    w = base(word)
    if w in lx.PEOPLE:
        return lx.PEOPLE[w]
    if w.startswith(lx.ARTICLE) and w[2:] in lx.PEOPLE:
        return lx.PEOPLE[w[2:]]
    if w in lx.NOT_PEOPLE or w in lx.NISBA_STOP or w in WORDS or w in lx.CUES or w in lx.MONTHS:
        return None
    if lx.NISBA.match(w) and not w.startswith(lx.ARTICLE):
        return "unknown"
    return None


def people_of_pronoun(word: str) -> Optional[str]:
    """The category of a plural noun for people with a possessive pronoun ("جنوده",
    "عناصرها"), else ``None``."""
    for ending in lx.POSSESSIVE_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[:-len(ending)]
            if stem in lx.PEOPLE and stem not in lx.SINGULAR_CAT:
                return lx.PEOPLE[stem]
    return None


def singular_category(stem: str) -> Optional[str]:
    return lx.SINGULAR_CAT.get(stem) or lx.SINGULAR_CAT.get(stem + lx.FEM)


def is_number_word(w: str) -> bool:
    return w[:1].isdigit() or w in WORDS


def is_count_start(w: str) -> bool:
    return w[:1].isdigit() or w in WORDS or w in lx.QUAL_FIRST or w in VAGUE


def lost_own_members(rd, st, i: int) -> Optional[int]:
    """"فقدت البيشمركة 9 من عناصرها", "فقد الجيش 12 من جنوده": a force lost N of its own
    members (killed); "فقد أربعة من أقاربه", "فقدت اثنين من أبناء عمومتها": a person lost N of
    their kin (killed); "فقدت ثلاثة من العاملين معي": the speaker lost N of those with them (killed;
    blind20 ar 019); "فقد الدوار أكثر من 70 من سكانه": a place lost N of its residents (killed; blind34
    ar 023). The index of the count after a short subject, else None."""
    words, b = rd.words, st.b
    for k in range(i + 1, min(b, i + 5)):
        w = words[k]
        if w in lx.SENTENCE_PUNCT or cue_of(w) is not None:
            return None
        r = read_number(words, k) if is_count_start(w) else None
        if r is not None:
            if not (r.end + 1 < b and words[r.end] in lx.OF):
                return None
            own = words[r.end + 1]
            kin = own in lx.OWN_KIN or (own in lx.OWN_KIN_HEADS and r.end + 2 < b and words[r.end + 2] in lx.OWN_KIN_OF)
            with_speaker = r.end + 2 < b and words[r.end + 2] in lx.WITH_SPEAKER
            if not (own in lx.OWN_MEMBERS or kin or with_speaker):
                return None
            # (from a qualifier right before the count, read with it: "أكثر من 70 من سكانه")
            return next((t for t in range(i + 1, k) if (match_qualifier(rd, t, b) or (None, -1))[1] == k), k)
    return None


def lost_kin_at(words: list, i: int, b: int) -> Optional[int]:
    """"فقد أحد أصحاب المحال زوجته وابنه", "إنه فقد في التفجير والده ووالدته", "فقدت ذلك اليوم أخي
    وابن عمي": after "فقد", a short subject or adverb and then kin with a pronoun are what the
    person lost (killed), not someone missing (blind18 ar 020, blind20 ar 007, 017); so is kin in the
    dual opening a kin list ("فقد ابنيه وابن أخيه", blind23 ar 023). The index of the first kin noun,
    else None."""
    for k in range(i + 1, min(b, i + 1 + lx.LOST_KIN_REACH)):
        w = words[k]
        if w in lx.SENTENCE_PUNCT or w == lx.COMMA or (is_count_start(w) and w not in lx.ONE_OF_SUBJECT) \
                or cue_of(w) is not None:
            return None
        if base(w) in lx.FAMILY_ONE or base(w) in lx.PARENT_ONE or (
                (w in lx.FAMILY_DEFINITE or w in lx.KIN_DUALS or w in lx.PARENTS_MINE) and k + 1 < b
                and _kin_listed(words[k + 1])) \
                or (w in lx.KIN_DUALS and cousin_listed(words, k + 1, b)):
            return k
    return None


def is_perpetrator(sfold: str, s: int, e: int) -> bool:
    """A named actor in the perpetrator's place: after "على يد", "برصاص", "بقصف", "شنته"…;
    the subject of a casualty verb ("قتلت القوات الروسية", "قوات النظام اعتقلت"); not
    the victims' own side ("8 من قوات النظام", "في صفوف قوات النظام")."""
    before = sfold[max(0, s - 24):s]
    if lx.PERP_BEFORE.search(before):
        return True
    for w in before.split()[-2:]:  # "قتلت القوات الروسية", "أعدم تنظيم داعش"
        c = lx.CUES.get(w)
        if c is not None and c[2] == "verb":
            return True
    after = sfold[e:e + 40].split()[:3]
    return any((lx.CUES.get(w) or ("", "", ""))[2] == "verb" for w in after)


def case_kind(word: str) -> Optional[str]:
    """The kind of a plural casualty noun right before "N حالة" ("الاعتقالات 160 حالة")."""
    c = cue_of(word) or (cue_of(word[2:]) if word.startswith(lx.ARTICLE) else None) or (
        cue_of(word[3:]) if word.startswith(lx.ARTICLE_FORMS[1:3]) else None)
    return c[0] if c is not None and c[2] != "weak" and c[0] in KINDS else None


# --- matchers over the tokens -------------------------------------------------------------------

def match_qualifier(rd: Reading, i: int, b: int):
    """``(qualifier, end)`` for a qualifier starting at token ``i`` ("ما لا يقل عن")."""
    words = rd.words
    for seq, q in lx.QUALIFIERS:
        L = len(seq)
        if i + L <= b:
            w0 = words[i]
            if w0 != seq[0] and not (w0[:1] in lx.COORD_PREFIXES and w0[1:] == seq[0]):
                continue
            if all(words[i + k] == seq[k] for k in range(1, L)):
                return q, i + L
    return None


def match_group(rd: Reading, i: int, b: int):
    """``(group type, end)`` for a subset marker at token ``i``: "بينهم", "من بينهم",
    "هم:", ": N", "من بين القتلى"."""
    words = rd.words
    if words[i] == ":" and i + 1 < b and is_number_word(words[i + 1]):
        return "hum", i + 1
    for L in (2, 1):
        if i + L <= b:
            t = lx.GROUP_MARKERS.get(tuple(words[i:i + L]))
            if t:
                if t == "hum":  # "هم:" / "هم" before a number or a noun for one or two people
                    nxt = words[i + L] if i + L < b else ""
                    if not (nxt in lx.HEAD_END or is_number_word(nxt) or nxt in lx.SINGULAR_CAT
                            or dual_value(nxt)):
                        return None
                    return t, i + L + (1 if nxt in lx.HEAD_END else 0)
                return t, i + L
    w = words[i]
    if w in lx.GROUP_KIND_HEAD and i + 1 < b:
        nxt = words[i + 1]
        if w in lx.OF and nxt == lx.BETWEEN_WORD and i + 2 < b and (is_kind_noun_cue(words[i + 2]) or (
                group_kind_of(words[i + 2]) is not None and not (i + 3 < b and is_count_start(words[i + 3])))):
            return "sub", i + 2  # (a count right after "من بين المتوفين" is read as before: blind27 ar 023)
        if w in lx.OF and nxt == lx.BETWEEN_WORD and i + 3 < b and words[i + 2] in lx.THESE \
                and is_number_word(words[i + 3]):
            return "sub", i + 3  # "ومن بين هؤلاء 10 آلاف و507 مدنيين"
        if w in lx.BETWEEN and is_kind_noun_cue(nxt):
            return "sub", i + 1
        if w in lx.BETWEEN and group_of_people(words, i + 1, b):
            return "sub", i + 2  # "وكان بين المدنيين 41 طفلاً"
        if w in lx.OF and nxt == lx.BETWEEN_WORD and group_of_people(words, i + 2, b):
            return "sub", i + 3  # "ومن بين المدنيين 12 طفلاً"
    return None


def group_of_people(words: list, k: int, b: int) -> Optional[str]:
    """A definite plural noun for a category of people with a count after it ("بين المدنيين 41
    طفلاً"): that category (blind15 ar 001); "unknown" and kind nouns are not such a group."""
    if k + 1 >= b or not words[k].startswith(lx.ARTICLE) or not is_number_word(words[k + 1]):
        return None
    cat = people_category(words[k])
    return cat if cat not in (None, "unknown") else None


def last_of_category(rd: Reading, cat: str) -> Optional[int]:
    """The last figure read of people of category ``cat`` that is not superseded: by its noun,
    or by a row label before it ("المدنيون:: 745 قضوا")."""
    words = rd.words
    for k in range(len(rd.figs) - 1, -1, -1):
        f = rd.figs[k]
        t = f.tstart
        if not f.superseded and (f.category == cat or (
                t >= 2 and words[t - 1] in (":", "::") and people_category(words[t - 2]) == cat)):
            return k
    return None


def last_top_figure(rd: Reading, paras: Optional[tuple] = None, kind: Optional[str] = None) -> Optional[int]:
    """The last figure read that is no part of another and not superseded ("هؤلاء"); with
    ``paras``, only if it was read in one of those paragraphs, else None; with ``kind``, the
    last such figure of that kind."""
    for j in range(len(rd.figs) - 1, -1, -1):
        f = rd.figs[j]
        if paras is not None and f.para not in paras:
            return None
        if f.parent is None and not f.superseded and not f.vague and (kind is None or f.kind == kind):
            return j
    return None


def share_of_kind_head(rd: Reading, st: Sent, i: int) -> Optional[int]:
    """"النساء يشكلن نحو 30% من الشهداء، بينهم أكثر من 8 آلاف امرأة": a kind noun right before
    the subset marker (a comma between at most), after the sentence's last figure and of another
    kind than it, names the group's figure: the largest top-level figure of that kind (ar322),
    not the missing count read before it."""
    words, k = rd.words, i - 1
    while k > st.a and words[k] in lx.KIND_NOUN_TO_GROUP:
        k -= 1
    if not is_kind_noun_cue(words[k]):
        return None
    kind, prev = lx.CUES[words[k]][0], st.prev
    if prev is None or rd.figs[prev].tend > k or rd.figs[prev].kind == kind:
        return None
    tops = [j for j in rd.by_kind.get(kind, ()) if rd.figs[j].parent is None and not rd.figs[j].superseded]
    return max(tops, key=lambda j: rd.figs[j].count, default=None)


def is_kind_noun_cue(w: str) -> bool:
    return w in lx.CUES and lx.CUES[w][2] == "kindnoun"


def kind_noun_names_other(rd: Reading, st: Sent, i: int) -> bool:
    """The kind noun right before a subset marker ("الشهداء منهم") names another kind than the
    figure just before, and a figure of that kind was read in this sentence: the group is of that
    one ("سُجل سقوط 40 قتيلاً و90 جريحاً، توزع القتلى منهم على …: 20 في …": of the 40, not the
    90; blind78 ar 012)."""
    kind = lx.CUES[rd.words[i - 1]][0]
    j = rd.last_of_kind(kind)
    return rd.figs[st.prev].kind != kind and j is not None and rd.figs[j].sent == st.si


def colon_after_kind_group(rd: Reading, st: Sent, i: int) -> Optional[int]:
    """The head of the group a kind noun opened just before this colon with no number between
    ("توزع القتلى منهم على النحو الآتي: 20 …، و12 …": the rows are of the dead the group names,
    not of the wounded counted last; blind78 ar 012)."""
    if not st.groups or st.groups[-1].type != "sub":
        return None
    g = st.groups[-1]
    if g.head == st.prev or not is_kind_noun_cue(rd.words[g.end - 2]) \
            or any(is_number_word(w) for w in rd.words[g.end:i]):
        return None
    return g.head


def group_kind_of(w: str) -> Optional[str]:
    """The kind of the dead or hurt a group marker names ("من بين القتلى"), also by a plural of the dead that is
    no cue of its own ("ومن بين المتوفين في أماكن الاحتجاز محامٍ شاب توفي": killed, blind76 ar 010;
    lexicon.DEAD_PLURALS), else None."""
    if is_kind_noun_cue(w):
        return lx.CUES[w][0]
    return KILLED if w in lx.DEAD_PLURALS else None


def just_after_group(rd: Reading, i: int) -> bool:
    return i > 1 and tuple(rd.words[i - 2:i]) in lx.GROUP_MARKERS


def hypothetical(rd: Reading, lo: int, i: int) -> bool:
    """A feared, expected or threatened toll, not a reported one."""
    words = rd.words
    for k in range(i - 1, lo - 1, -1):
        if words[k] in (",", ";", ":"):
            break
    else:
        k = lo - 1
    for k in range(k + 1, i):
        wk = words[k]
        if wk in lx.MODAL or (wk[:1] in lx.CONJ_PREFIXES and wk[1:] in lx.MODAL):
            return True
        if wk in lx.MAY and k + 1 < i and words[k + 1][:1] in lx.FUTURE_PREFIXES and words[k + 1] not in lx.CUES \
                and words[k + 1] not in lx.BECAME and words[k + 1] not in lx.PAST_WITH_TA:  # "وقد تحوَّل 360 منهم": past
            return True
    return False


def relative_gap(cue: Cue, between: list) -> bool:
    """A passive verb cue whose subject comes after a place phrase with a relative clause:
    "قتل في القصف الذي استهدف السوق 13 شخصاً". Only a verb cue directly followed by a
    preposition, one relative pronoun, no other number, cue, comma or clause word between."""
    if cue.type != "verb" or not between or between[0] not in lx.REL_PREPS or len(between) > 16:
        return False
    rel = [k for k, w in enumerate(between) if w in lx.RELATIVES]
    if len(rel) != 1 or len(between) - rel[0] < 3:
        return False  # "الذي نفذه 200 مسلح": the number is the relative verb's subject
    last = between[-1]
    if last.endswith(lx.OBJECT_PRONOUNS) and not last.startswith(lx.ARTICLE):
        return False  # "… الذي شنته أمس 200 …"
    for w in between:
        if is_number_word(w) or w in lx.CUES or (w in lx.CLAUSE_BREAK and w not in lx.RELATIVES) \
                or w in lx.GAP_STOPS:
            return False
    return True


def long_toll_clause(rd: Reading, cue: Cue, between: list) -> bool:
    """"وبلغ عدد قتلى الاستهدافات … منذ مطلع تشرين الثاني 71 شخصاً": a toll clause opened by
    a linking verb, closed by its count; nothing in between is a number, cue or clause word."""
    words, c = rd.words, cue.at
    return cue.type == "kindnoun" and c >= 2 and words[c - 1] in lx.TOLL_WORDS \
        and (words[c - 2] in lx.BECOME or (words[c - 2][:1] == lx.AND and words[c - 2][1:] in lx.BECOME)) \
        and 8 < len(between) <= 16 and not any(
            is_number_word(w) or w in lx.CUES or w in lx.CLAUSE_BREAK or w in lx.GAP_STOPS
            for w in between)


def since_gap(cue: Cue, between: list) -> bool:
    """A passive verb cue whose subject comes after a "منذ" time phrase: "قتل منذ بدء الحملة
    العسكرية على ريف إدلب الجنوبي في مطلع الشهر الجاري 213 مدنياً". Nothing in the phrase is a
    number, cue or clause word."""
    if cue.type != "verb" or not between or between[0] != lx.SINCE or len(between) > lx.SINCE_GAP_MAX:
        return False
    return not any(is_number_word(w) or w in lx.CUES or w in lx.CLAUSE_BREAK or w in lx.GAP_STOPS
                   for w in between)


def stale(rd: Reading, cue: Cue, i: int) -> bool:
    """The cue is too far from token ``i`` (another clause, or more than 8 words;
    quote marks do not count)."""
    words = rd.words
    between = drop_date(drop_time_aside([w for w in words[cue.at + 1:i] if w not in lx.QUOTES]))
    if relative_gap(cue, between) and not any(
            is_number_word(w) for w in words[i + 1:i + 4]):  # "… 200 مسلح 5 أشخاص"
        return False
    if long_toll_clause(rd, cue, between) or since_gap(cue, between):
        return False
    if len(between) > 8:
        return True
    return any(w in lx.CLAUSE_BREAK for w in between)


def drop_date(between: list) -> list:
    """Without a date ("في 30 أيلول 2015", "30 أيلول/سبتمبر 2015"): a day before a month name, the
    month names and a year after them, and the "في" before the date (blind14 ar 005: "قتلت القوات
    الروسية منذ تدخلها العسكري في سوريا في 30 أيلول 2015 ما لا يقل عن 6954 مدنياً")."""
    months = [k for k, w in enumerate(between) if w in lx.MONTHS]
    if not months:
        return between
    drop = set(months)
    for k in months:
        if k > 0 and between[k - 1].isdigit() and len(between[k - 1]) <= 2:
            drop.add(k - 1)
        for m in range(k + 1, min(len(between), k + 3)):  # "أيلول/سبتمبر 2015"
            if between[m] in lx.MONTH_WORDS or (between[m].isdigit() and len(between[m]) == lx.YEAR_DIGITS):
                drop.add(m)
            else:
                break
    first = min(drop)
    if first > 0 and between[first - 1] == lx.IN:
        drop.add(first - 1)
    return [w for k, w in enumerate(between) if k not in drop]


def only_time_between(words: list, cue_at: int, at: int) -> bool:
    """Nothing but a date or a time phrase stands between the cue at ``cue_at`` and the count at ``at``:
    "قُتل في 15 نيسان/أبريل 14 نازحاً في مخيم أبو شوك" (blind67 ar 005), "قتل أمس 14 نازحاً", "قتل يوم الأحد
    …": the verb is as close to its count as when they touch (``kind_own_noun``: displaced people killed are
    killed). Not a phrase with any other word ("قتل في المخيم 14 نازحاً" is no date)."""
    between = words[cue_at + 1:at]
    return bool(between) and all(w in lx.TIME_ASIDE for w in drop_date(between))


def drop_time_aside(between: list) -> list:
    """Without a time phrase set off by commas ("اختطف مسلحون، مساء أمس، سبعة مواطنين")."""
    if between.count(",") < 2:
        return between
    first = between.index(",")
    last = between.index(",", first + 1)
    inside = between[first + 1:last]
    if inside and all(w in lx.TIME_ASIDE for w in inside):
        return between[:first] + between[last + 1:]
    return between


def restated_as_people(rd: Reading, a: int, s: int) -> bool:
    """The count at token ``s`` restates households or the like in people: "، أي 6 آلاف
    شخص", "، أي ما يعادل نحو 400 ألف شخص"."""
    words = rd.words
    pre = words[s - 1] if s - 1 >= a else ""
    if pre == lx.THAT_IS:
        return True
    return pre in lx.EQUALS and s - 3 >= a and words[s - 2] == lx.WHAT and words[s - 3] == lx.THAT_IS


def construct_toll(rd: Reading, cue: Cue, c: Num) -> bool:
    """A plural kind noun in construct, its definite complement, then a bare number that
    closes the clause: "قتلى التفجير الأول 23،", "جرحى الهجوم 9."."""
    words, i = rd.words, c.i
    if cue.type != "kindnoun" or c.qstart is not None or cue.at >= i - 1 or i - cue.at - 1 > 3:
        return False
    if words[cue.at].startswith(lx.ARTICLE_FORMS) or c.nxt not in lx.CLAUSE_END:
        return False
    if not isinstance(c.value, int) or 1900 <= c.value <= 2100:
        return False
    return all(x.startswith(lx.ARTICLE) and x not in lx.MONTH_WORDS for x in words[cue.at + 1:i])


def is_date_like(rd: Reading, r) -> bool:
    """The number is a day of the month ("2 آذار", "الـ 19 من شهر")."""
    words = rd.words
    e = r.end
    nxt = words[e] if e < len(words) else ""
    nxt2 = words[e + 1] if e + 1 < len(words) else ""
    return nxt in lx.MONTH_WORDS or (nxt in lx.OF and (nxt2 in lx.MONTH_WORDS or nxt2 in lx.OF_MONTH))


def case_kind_before(rd: Reading, a: int, i: int) -> Optional[str]:
    """``case_kind`` of the word before token ``i``, or of a toll phrase ending in a
    linking verb just before it ("حصيلة الاعتقالات بلغت 160 حالة"), a relative clause and a date
    between (blind34 ar 010; ``lexicon.CASE_TOLL_REACH``)."""
    words = rd.words
    if i - 1 < a:
        return None
    k = case_kind(words[i - 1])
    if k is None and words[i - 1] in lx.REVISION_WORDS:
        for kk in range(i - 2, max(a, i - lx.CASE_TOLL_REACH) - 1, -1):
            if words[kk] in lx.SENTENCE_PUNCT or (words[kk][:1].isdigit() and words[kk + 1] not in lx.MONTH_WORDS):
                break  # (a date may come between: "عدد الوفيات جراء السيول التي ضربت المدينة في 10 أيلول بلغ …")
            if words[kk] in lx.TOLL_WORDS and kk + 1 < i - 1:
                k = case_kind(words[kk + 1])
                break
    s = since_phrase_before(words, a, i) if k is None else None
    return case_kind(words[s - 1]) if s is not None else k


def since_phrase_before(words: list, a: int, i: int) -> Optional[int]:
    """The "منذ" of a short time phrase right before token ``i`` ("حصيلة حالات الاعتقال منذ مطلع العام 1712
    حالة", issue 11, blind41 ar 003): no number, cue or punctuation in it; else None (``case_kind_before``)."""
    for s in range(i - 1, max(a, i - 1 - lx.SINCE_GAP_MAX), -1):
        w = words[s]
        if w == lx.SINCE:
            return s if s > a else None
        if is_number_word(w) or w in lx.CUES or w in lx.SENTENCE_PUNCT:
            return None
    return None


def before_being_killed(rd: Reading, k: int, b: int) -> bool:
    """"قبل أن يُقتل"/"قبل أن يستشهد" at token ``k``: "قبل أن" (lexicon.BEFORE_THAT) and a verb of death (a
    killed cue) with no count of its own: the person described before the comma was killed after what
    they did ("أصيب 3 مستوطنين في عملية طعن نفذها شاب من نابلس، قبل أن يستشهد برصاص الجنود": 1 killed;
    blind14 ar 015, after blind75's pass on the death that raised a toll)."""
    words = rd.words
    if k + 2 >= b or tuple(words[k:k + 2]) != lx.BEFORE_THAT:
        return False
    c = cue_of(words[k + 2])
    return c is not None and c[0] == KILLED and c[2] == "verb" and not (k + 3 < b and is_count_start(words[k + 3]))


def verb_after(rd: Reading, k: int, b: int) -> int:
    """The index of a casualty verb that closes a short description of a person ("مسن يبلغ
    من العمر 70 عاماً قضى"), or ``b``: no punctuation, cue noun or count in between."""
    words = rd.words
    for m in range(k, min(b, k + 8)):
        wm = words[m]
        c = cue_of(wm)
        if c is not None:
            if c[2] != "verb" or wm[:1] in lx.CLITIC_VERB_PREFIXES:
                return b
            nm = words[m + 1] if m + 1 < b else ""
            if is_count_start(nm):
                return b  # "… إن قوات الدعم السريع قتلت أكثر من 100": the verb has its own count
            return m
        if wm == lx.COMMA and before_being_killed(rd, m + 1, b):
            return m + 3  # "نفذها شاب من الخليل، قبل أن يستشهد برصاص مستوطن" (blind14 ar 015)
        if wm in lx.STOP_PUNCT + (lx.OPEN_PAREN, lx.CLOSE_PAREN) or wm in WORDS or wm in lx.POST_MARKERS \
                or wm in lx.THAT:
            return b
        if wm[:1].isdigit() and not (m + 1 < b and (words[m + 1] in lx.AGE_UNITS
                                                   or words[m + 1][:-1] in lx.AGE_UNITS)):
            return b
    return b


def after_noun_of(rd: Reading, fidx: int, i: int) -> bool:
    """Token ``i`` comes right after figure ``fidx``'s number and noun ("7 أطفال وامرأة")."""
    f = rd.figs[fidx]
    return f.victims is not None and f.victims[1] == i


def qualifier_after(words: list, k: int, b: int):
    """``(qualifier, end)`` for "على الأقل" / "تقريباً" after a number or its noun."""
    if k + 1 < b and words[k] == lx.AT_LEAST_AFTER[0] and words[k + 1] == lx.AT_LEAST_AFTER[1]:
        return "at_least", k + 2
    if k < b and words[k] == lx.ABOUT_AFTER:
        return "about", k + 1
    return None



# --- 1. number vetoes: a number that is no count of people ------------------------------------
# Each takes (reading, sentence, candidate) and returns the token to go on from when it
# vetoes the number, else None.

def veto_condition_after(rd, st, c):
    """"3 إصاباتهم خطيرة", "حالة ثلاثة منهم حرجة": the condition of some; a subset of the
    injured (``kind_condition_of_injured``), never a count of its own."""
    words = rd.words
    if c.nxt in lx.CONDITION_NOUNS or (c.before in lx.CONDITION_BEFORE and (
            lx.SEVERITY.intersection(words[c.e:min(st.b, c.e + 3)])
            or (c.nxt in lx.POST_MARKERS and severity_after(words, c.e + 1, st.b)))):
        c.condition = True  # (not "حالة 5 من الجرحى بالحرجة": no figure in fixture ar75)
    return None


def severity_after(words: list, k: int, b: int) -> bool:
    """A severity word within a few words from ``k``, in the same clause, bare or with the article or
    "بال" ("حالة 3 منهم حرجة", "حالة 7 منهم بالخطيرة", "حالة 18 منهم لا تزال حرجة")."""
    for t in range(k, min(b, k + lx.SEVERITY_REACH)):
        w = words[t]
        if w in lx.SENTENCE_PUNCT or is_number_word(w):
            return False
        for art in ("",) + lx.ARTICLE_FORMS:
            if w.startswith(art) and w[len(art):] in lx.SEVERITY:
                return True
    return False


def veto_released(rd, st, c):
    """Released prisoners are not new detentions ("أطلق سراح 10 معتقلين")."""
    return survivors(st, c) if lx.RELEASED.intersection(rd.words[max(st.a, c.i - 4):c.i]) else None


def veto_released_from(rd, st, c):
    """Released, with a time phrase between the verb and the count: "وأفرجت في اليوم التالي عن 9 من
    المعتقلين" (ar315). The count comes right after "عن" and the release verb stands earlier in the
    clause, with no casualty cue or other number between them."""
    words, k = rd.words, c.at - 1
    if k <= st.a or words[k] != lx.RELEASED_FROM:
        return None
    return survivors(st, c) if verb_shortly_before(words, st.a, k - 1, lx.RELEASED_FROM_WINDOW, lx.RELEASED, True) else None


def veto_rescued(rd, st, c):
    """People rescued or recovered from captivity are the end of it, not new detentions: "تم
    إنقاذ 3576 منهم", "استعاد خلالها الجيش 4 محتجزين" (ar305); bodies recovered ("استعادة جثث 3
    جنود") stay the dead."""
    words = rd.words
    if base(c.nxt) in lx.BODY_NOUNS:
        return None
    if c.at > st.a and words[c.at - 1] in lx.RESCUE_NOUNS:
        return survivors(st, c)  # the noun right before the count ("إنقاذ 55 شخصاً"; "عمال إنقاذ إن 49 شخصاً قتلوا")
    return survivors(st, c) if verb_shortly_before(words, st.a, c.at - 1, lx.RESCUE_WINDOW, lx.RESCUE_VERBS) else None


def survivors(st, c) -> int:
    """A count of survivors (rescued, released) vetoed: where it ends is kept (``Sent.survivors_end``) so
    that a subset marker right after it ("إنقاذ 55 شخصاً، بينهم 6 أطفال") opens no group on a figure
    before it (``group_of_survivors``). The veto's stop."""
    st.survivors_end = c.e
    return c.e


def group_of_survivors(rd: Reading, st, head: int, i: int) -> bool:
    """The subset marker at ``i`` follows a survivors count (``survivors``) read after the figure ``head``,
    with at most lexicon.SURVIVORS_GROUP_GAP words and no number between: its part is of the survivors,
    no casualty (blind33 ar 025)."""
    e = st.survivors_end
    return e is not None and rd.figs[head].tend <= e and i - e <= lx.SURVIVORS_GROUP_GAP \
        and not any(is_count_start(w) for w in rd.words[e:i])


def veto_buried(rd, st, c):
    """"ودُفن 18 من الشهداء في مقبرة الجعفرية": a burial or funeral of a part of the dead ("N من …")
    is no new figure (blind31 ar 014); bodies buried ("دفن الأهالي 107 جثث في مقبرة جماعية") are the
    dead counted (blind5 ar 008, blind20 ar 020, blind27 ar 008), and "دفن 5 أشخاص تحت الأنقاض" stays."""
    if c.nxt not in lx.OF:
        return None
    return c.e if verb_shortly_before(rd.words, st.a, c.at - 1, lx.BURIAL_WINDOW, lx.BURIAL_VERBS) else None


def veto_witness_saw(rd, st, c):
    """«رأيت نحو 20 جثة على الأرض»: what a witness saw ("رأيت", "شاهدنا"), told after a death toll was
    read, is no figure of its own (blind31 ar 014)."""
    if not any(rd.figs[k].parent is None for k in rd.by_kind.get(KILLED, ())):
        return None
    return c.e if verb_shortly_before(rd.words, st.a, c.at - 1, lx.SAW_WINDOW, lx.SAW_FIRST_PERSON) else None


def veto_supplies_for(rd, st, c):
    """"وأدوية لعلاج 250 جريحاً": supplies for so many wounded (a supply noun before "لعلاج") are no
    figure (blind31 ar 011)."""
    words = rd.words
    if c.at <= st.a or words[c.at - 1] not in lx.FOR_TREATING:
        return None
    return c.e if any(base(w) in lx.SUPPLY_NOUNS for w in words[max(st.a, c.at - 8):c.at - 1]) else None


def verb_shortly_before(words: list, a: int, k: int, window: int, verbs, marks_free: bool = False) -> bool:
    """Is one of ``verbs`` among the ``window`` words from ``k`` back (not before ``a``), with no
    casualty cue, number or sentence mark nearer? With ``marks_free``, commas and quote marks
    are not counted as words ("أفرج تنظيم "داعش"، مساء السبت، عن 6": five words, blind21 ar 025),
    nor is a bracketed aside, an alias of the actor ("وأفرجت جماعة الحوثيين (أنصار الله) بموجب
    الاتفاق عن 181": rules.skip_bracketed_aside; blind24 ar 013)."""
    j, seen = k, 0
    while j >= a and seen <= window:
        if marks_free:
            j = skip_bracketed_aside(words, a, j)
            if j < a:
                break
        if words[j] in verbs:
            return True
        mark = marks_free and (words[j] == lx.COMMA or words[j] in lx.QUOTES)
        if cue_of(words[j]) is not None or is_number_word(words[j]) or (words[j] in lx.SENTENCE_PUNCT and not mark):
            return False
        seen += not mark
        j -= 1
    return False


def skip_bracketed_aside(words: list, a: int, j: int) -> int:
    """Reading back from ``j``: if ``words[j]`` closes a bracket opened at or after ``a`` with no
    sentence mark inside, the index just before its opening bracket (the aside counts as no words:
    "جماعة الحوثيين (أنصار الله)"); else ``j``."""
    if words[j] != lx.CLOSE_PAREN:
        return j
    m = j - 1
    while m >= a and j - m <= lx.ASIDE_MAX_WORDS + 1:
        if words[m] == lx.OPEN_PAREN:
            return m - 1
        if words[m] in lx.SENTENCE_PUNCT or is_number_word(words[m]):
            return j
        m -= 1
    return j


def veto_withheld_bodies(rd, st, c):
    """Bodies withheld ("يواصل الاحتلال احتجاز جثامين 33 منهم", "تحتجز جثامين 256 فلسطينياً",
    "احتجزت القوات جثامين 2 منهم"): the dead were counted when they were killed; a count of
    bodies held is no new toll, as remains handed over (ar306)."""
    words, body = rd.words, c.at - 1
    if body <= st.a or words[body] not in lx.BODY_NOUNS:
        return None
    return c.e if lx.WITHHELD.intersection(words[max(st.a, body - lx.WITHHELD_WINDOW):body]) else None


def veto_scale_after_definite_number(rd, st, c):
    """"عتبة الثلاثين ألف قتيل": a scale word after a number word with the article is a round
    milestone in words that restates the toll (ar308), never "ألف قتيل" read alone as 1000. So is a
    number word after "و" that ends a hundred or more with the article ("ومن بين المئة وأربعة قتلى":
    the 104 again, never 4; blind22 ar 026), not one after a smaller one ("الثلاثة وأربعة آخرون")."""
    words = rd.words
    w = words[c.i] if c.i < st.b else ""
    tail = w[:1] == lx.AND and w[1:] in WORDS
    if c.i <= st.a or not c.r.words or (WORDS.get(w, (0, ""))[1] != lx.SCALE_TYPE and not tail):
        return None
    prev = words[c.i - 1]
    if prev.startswith(lx.ARTICLE) and prev[len(lx.ARTICLE):] in WORDS and (
            not tail or WORDS[prev[len(lx.ARTICLE):]][0] >= lx.HUNDRED):
        return c.e
    return None


def veto_exchanged_or_released(rd, st, c):
    """Prisoners exchanged or set free are not new detentions: "مقابل 97 محتجزاً", "عملية التبادل
    شملت 146 محتجزاً", "146 محتجزاً أفرجت عنهم", "وأن 11 منهم أفرج عنهم", prisoners counted in a
    sentence that names an exchange ("صفقة تبادل للأسرى … شملت نقل نحو 1081 محتجزاً"); not a count right after
    its own detention cue ("اعتقال 5 أشخاص أطلق سراح 2 منهم": the 5 stand)."""
    words, nxt = rd.words, c.nxt
    held = base(nxt) in lx.DETAINEES or base(nxt) in lx.PRISONERS or nxt in lx.GROUP_WORDS
    if not held:
        return None
    if lx.EXCHANGE.intersection(words[max(st.a, c.at - 4):c.at]):
        return c.e
    after_cue = c.at > st.a and cue_of(words[c.at - 1]) is not None
    if not after_cue and lx.RELEASED_NEXT.intersection(words[c.e + 1:min(st.b, c.e + 2)]):
        return c.e
    if not after_cue and lx.EXCHANGE.intersection(words[st.a:c.at]):
        return c.e  # "على صفقة تبادل للأسرى بين الطرفين شملت نقل نحو 1081 محتجزاً"
    if nxt not in lx.GROUP_WORDS and lx.TRANSFERRED.intersection(words[max(st.a, c.at - 5):c.at]):
        return c.e  # "ونُقل في اليوم الأول 318 محتجزاً بين المدينتين": moved in a swap, no new detention
    if nxt not in lx.GROUP_WORDS and not after_cue and moved_earlier_in_sentence(words, st.a, c.at):
        return c.e  # "…، فيما شمل اليوم الثاني 357 محتجزاً": the same move, told on
    return None


def veto_release_verb_before(rd, st, c):
    """Prisoners a side sets free or hands over are no new detentions: "يطلق الحوثيون 181 أسيراً"
    (blind53 ar 007), "أطلقت الحكومة 60 سجيناً"; the release verb stands a word or two before the count of
    held people, with no other number between."""
    words = rd.words
    if not (base(c.nxt) in lx.DETAINEES or base(c.nxt) in lx.PRISONERS):
        return None
    for j in range(c.at - 1, max(st.a, c.at - lx.RELEASE_VERB_REACH) - 1, -1):
        if is_number_word(words[j]) or words[j] in lx.SENTENCE_PUNCT:
            return None
        if words[j] in lx.RELEASE_VERBS_BEFORE:
            return c.e
    return None


def veto_found_of_them(rd, st, c):
    """People found among those counted before are no new figure: "123 بلاغاً عن متظاهرين مفقودين، عُثر على
    98 منهم" (blind53 ar 014). "عثر على" right before the count and "منهم" right after it; not when they
    were found dead ("عُثر على 5 منهم مقتولين", "عُثر على جثث 3 منهم")."""
    words = rd.words
    if c.at - 2 < st.a or words[c.at - 1] != lx.ON or words[c.at - 2] not in lx.FOUND_VERBS:
        return None
    if c.e >= st.b or words[c.e] not in lx.POST_MARKERS:
        return None
    after = words[c.e + 1:min(st.b, c.e + 3)]
    return None if lx.KILLED_STATE.intersection(after) else c.e


def moved_earlier_in_sentence(words: list, a: int, k: int) -> bool:
    """A transfer verb earlier in the sentence than token ``k`` with no casualty verb between
    ("ونُقل 318 محتجزاً بين المدينتين، فيما شمل اليوم الثاني 357 محتجزاً": blind30 ar 011)."""
    for j in range(k - 1, a - 1, -1):
        if words[j] in lx.TRANSFERRED:
            return True
        cw = cue_of(words[j])
        if cw is not None and cw[2] == "verb":
            return False
    return False


def veto_reunited(rd, st, c):
    """People reunited with their families are no casualty: "لمّ شمل قرابة 900 شخص بعائلاتهم"
    (blind30 ar 011): the reunion words within a few words before the count."""
    words = rd.words
    for j in range(max(st.a, c.at - lx.REUNITED_WINDOW), c.at - 1):
        if words[j] in lx.REUNITE_HEAD and words[j + 1] == lx.REUNITE_TAIL:
            return c.e
    return None


def veto_taken_home(rd, st, c):
    """Prisoners taken home are set free: "نقلت طائراتها 1056 محتجزاً إلى ديارهم"."""
    words = rd.words
    held = base(c.nxt) in lx.DETAINEES or base(c.nxt) in lx.PRISONERS
    return c.e if held and c.e + 2 < st.b and words[c.e + 1] == lx.TO and words[c.e + 2] in lx.HOMEWARD else None


def veto_discharged(rd, st, c):
    """Wounded who left hospital ("١٩٩ مصابا غادروا المستشفيات بعد تلقيهم العلاج", "خرج 40 جريحا من
    المستشفى"): a part of the wounded told again, no figure (blind27 ar 023). The leaving verb right
    after the count and its noun, or right before the count, and a hospital noun just after it."""
    words, b = rd.words, st.b
    k = c.e + (c.e < b and (base(words[c.e]) in lx.KIND_NOUNS or people_category(words[c.e]) is not None))
    if k < b and words[k] in lx.DISCHARGED:
        return c.e if lx.HOSPITALS.intersection(words[k + 1:k + 1 + lx.DISCHARGED_WINDOW]) else None
    if c.at > st.a and words[c.at - 1] in lx.DISCHARGED:
        return c.e if lx.HOSPITALS.intersection(words[k:k + lx.DISCHARGED_WINDOW]) else None
    return None


def veto_returned(rd, st, c):
    """Returnees are no figure (ar88): "عاد نحو 4 آلاف نازح إلى قراهم", "ولم يعد منهم حتى الآن سوى
    15 ألفاً". The return verb stands a few words before the count, with no cue or number between; not
    a source that came back to its toll ("قبل أن يعود …"/"ثم عاد …", blind53 ar 002)."""
    words = rd.words
    start = c.at  # the qualifier, else the number
    for k in range(start - 1, max(st.a, start - 1 - lx.RETURN_WINDOW) - 1, -1):
        w = words[k]
        if came_back_before(words, st.a, k) or (k > st.a and then_came_back_to(words, k - 1, st.b)):
            return None  # "قبل أن يعود … ليثبّتها عند 12 قتيلاً": the source came back to its toll
        if w in lx.RETURNED or (w == lx.NOT_ANY_MORE[1] and k > st.a and words[k - 1] in lx.NOT_ANY_MORE[0]):
            return c.e
        if cue_of(w) is not None or is_number_word(w) or w in lx.SENTENCE_PUNCT:
            return None
    return None


def veto_warrant(rd, st, c):
    """People named in arrest warrants are not arrested: "أصدرت مذكرات توقيف بحق 6 من قادة
    الميليشيا" (blind19 ar 019); a warrant noun, then an arrest cue, a few words before the count."""
    words = rd.words
    start = c.at  # the qualifier, else the number
    for k in range(start - 1, max(st.a, start - 1 - lx.WARRANT_WINDOW) - 1, -1):
        w = words[k]
        if w in lx.WARRANTS and k + 1 < start and (cue_of(words[k + 1]) or (None,))[0] == DETAINED:
            return c.e
        if is_number_word(w) or w in lx.STOP_PUNCT:
            return None
    return None


def veto_group_size(rd, st, c):
    """The size of a group is no casualty figure: "وقالت إن الخلية كانت تتكون من 13 عنصراً"
    (blind19 ar 025; a subset after it is of the group, ``subset_of_group_size``); not after a
    cue ("إعدام عائلة مؤلفة من 5 أشخاص": the family is the toll, blind6 ar 016)."""
    words = rd.words
    start = c.at  # the qualifier, else the number
    k = next((t for t in range(start - 1, max(st.a, start - lx.CONSISTS_GAP - 1) - 1, -1)
              if words[t] in lx.CONSISTS_OF), None)
    if k is None or any(cue_of(w) for w in words[max(st.a, k - lx.GROUP_NOUN_REACH):k]):
        return None
    return c.e


def veto_displaced_who_returned(rd, st, c):
    """Displaced people who have returned are returnees, no figure: "وأكثر من 885 ألف نازح داخلي
    عادوا إلى قراهم" (blind19 ar 012); the return verb right after the displaced noun, at most an
    adjective between."""
    words = rd.words
    if lx.KIND_NOUNS.get(base(c.nxt)) != DISPLACED:
        return None
    for k in range(c.e + 1, min(st.b, c.e + 2 + lx.RETURN_AFTER_NOUN_GAP)):
        if words[k] in lx.RETURNED:
            return c.e
        if cue_of(words[k]) is not None or is_number_word(words[k]) or words[k] in lx.STOP_PUNCT:
            return None
    return None


def veto_counted_by_mistake(rd, st, c):
    """A count a revision explains as an error: "تبين أن 4 من الجرحى سجلوا بالخطأ في عداد
    القتلى", "أشلاء نحو 100 ضحية أحصيت بالخطأ أكثر من مرة": a counting verb, then "بالخطأ"
    ("– 2 بالخطأ" alone is people killed by mistake)."""
    words, counted = rd.words, False
    for k in range(c.e, min(st.b, c.e + lx.MISTAKE_WINDOW)):
        if words[k] in lx.MISTAKEN and counted:
            return c.e
        if words[k] in lx.SENTENCE_PUNCT or is_number_word(words[k]):
            return None
        counted = counted or words[k] in lx.COUNTED
    return None


def veto_toll_ceiling(rd, st, c):
    """"قال الجيش إن عدد القتلى أقل من مئة", "عدد الجرحى لا يتجاوز 20", 'قدر عدد القتلى المدنيين
    "بأقل من مئة"': a ceiling put on a toll ("عدد" and a kind noun, an adjective and quote marks
    possibly between, then "أقل من"/"بأقل من"/"لا يتجاوز"/"بما دون") disputes it and counts nobody
    ("أقل من 20 منهم قتلوا", a part told as such, stays a figure)."""
    words, j = rd.words, c.i
    while j - 1 >= st.a and words[j - 1] in lx.QUOTES:
        j -= 1
    for seq in lx.TOLL_CEILINGS:
        k = j - len(seq)
        if k - 2 >= st.a and tuple(words[k:j]) == seq and _toll_head_before(words, st.a, k):
            return c.e
    return None


def veto_threshold_passed(rd, st, c):
    """"وهذه أول مرة يتجاوز فيها عدد القتلى المبلَّغ عنه في غزة عشرة آلاف شخص" (blind60 ar 003): a round
    threshold a toll passes "for the first time" (lexicon.FIRST_TIME before the count, "يتجاوز"/"تخطى"
    within ``THRESHOLD_REACH`` words before it, no punctuation between) restates a toll the text already
    gave (a figure read before with a count at least as large): no new figure. Without such a figure
    ("تجاوز عدد القتلى للمرة الأولى 500" alone) it stays the toll."""
    words, start = rd.words, c.at
    verb = next((k for k in range(start - 1, max(st.a, start - 1 - lx.THRESHOLD_REACH) - 1, -1)
                 if words[k] in lx.EXCEED or words[k] in lx.SENTENCE_PUNCT or words[k] in lx.STOP_PUNCT), None)
    if verb is None or words[verb] not in lx.EXCEED:
        return None
    if not any(tuple(words[k:k + 2]) in lx.FIRST_TIME for k in range(st.a, start - 1)):
        return None
    return c.e if any(not f.superseded and f.count >= c.value for f in rd.figs) else None


def _toll_head_before(words: list, a: int, k: int) -> bool:
    """"عدد القتلى" (or "عدد القتلى المدنيين") ending right before token ``k``, quote marks between."""
    while k - 1 >= a and words[k - 1] in lx.QUOTES:
        k -= 1
    for m in range(k - 1, max(a, k - 1 - lx.TOLL_CEILING_ADJ) - 1, -1):
        if m - 1 >= a and words[m - 1] in lx.TOLL_COUNT_HEADS and case_kind(words[m]):
            return True
        if is_number_word(words[m]) or words[m][:1].isdigit() or words[m] in lx.SENTENCE_PUNCT:
            return False
    return False


def veto_fraction_of_population(rd, st, c):
    """"نزوح أكثر من ثلاثة أرباع سكانها", "فر ثلاثة أخماس أهالي البلدة": a fraction of a
    population, not a count of people."""
    words = rd.words
    return c.e if c.e + 1 < st.b and words[c.e] in lx.FRACTION_PARTS and base(words[c.e + 1]) in lx.POPULATION_WHOLE else None


def veto_out_of_things_total(rd, st, c):
    """"لم يتبق منها سوى 4 جرافات من أصل 40": the total after "من أصل" counts the same things as
    the number just before it."""
    words, L = rd.words, len(lx.OUT_OF_TOTAL)
    if c.i - L < st.a or tuple(words[c.i - L:c.i]) != lx.OUT_OF_TOTAL:
        return None
    for k in range(c.i - L - 1, max(st.a, c.i - L - 1 - lx.OUT_OF_REACH) - 1, -1):
        if is_number_word(words[k]) or words[k][:1].isdigit():
            return c.e if k + 1 < st.b and not_people_noun(words[k + 1]) else None
    return None


def veto_two_after_dual(rd, st, c):
    """"ومواطنان اثنان من جنسيات أخرى", "مدنيان اثنان": the numeral only stresses the dual
    before it, which is already the figure of 2; also a dual told by its vowels whose folded
    spelling is a plural's ("بين الشهداء مسعفَين اثنين من الهيئة الصحية", blind68 ar 002:
    ``Reading.dual``)."""
    if c.value == 2 and c.r.words and c.i - 1 >= st.a and rd.dual(c.i - 1) == 2:
        return c.e
    return None


def veto_split_in_brackets(rd, st, c):
    """"436 طفلاً (151 قتيلاً و285 جريحاً)", "1783 ضحية مدنية خلال الربع الأول من العام (573 قتيلاً و1210
    جرحى)": a count whose bracket, opening within ``SPLIT_BRACKET_REACH`` words with no number or full stop
    between, splits it into a killed and a wounded count that sum to it is both kinds together: no figure
    of either kind; the split keeps its figures (blind72 ar 007, as combined_victims_total for a victims
    noun right before the bracket)."""
    words = rd.words
    for k in range(c.e, min(st.b, c.e + lx.SPLIT_BRACKET_REACH)):
        if words[k] in lx.FULL_STOPS or is_number_word(words[k]):
            return None
        if words[k] == lx.OPEN_PAREN:
            return c.e if _killed_and_wounded_sum(words, k + 1, st.b) == c.value else None
    return None


def veto_recaptured(rd, st, c):
    """"إعادة اعتقال 14 سجيناً", "إعادة أسر أكثر من 3500 سجين": escaped prisoners caught again,
    left out (the blind batches' convention)."""
    k = c.at - 1
    if k - 1 >= st.a and cue_of(rd.words[k]) is not None and rd.words[k - 1] in lx.RECAPTURE:
        return c.e
    return None


def veto_definition(rd, st, c):
    """A count in a definition is a threshold, no toll: "بحسب تعريف الشبكة للمجزرة الذي يعتمد على
    مقتل 5 أشخاص مسالمين دفعة واحدة" (blind19 ar 005); a definition noun, then a relative pronoun,
    a few words before the count with no punctuation between."""
    words, relative = rd.words, False
    start = c.at  # the qualifier, else the number
    for k in range(start - 1, max(st.a, start - 1 - lx.DEFINITION_WINDOW) - 1, -1):
        if words[k] in lx.SENTENCE_PUNCT or words[k] in lx.STOP_PUNCT or is_number_word(words[k]):
            return None
        if words[k] in lx.DEFINITIONS and relative:
            return c.e
        relative = relative or words[k] in lx.RELATIVES
    return None


def veto_definition_threshold(rd, st, c):
    """A count in a definition linked by a preposition or "بأنها" is a threshold, no toll: "واعتمد في
    تعريف المجزرة على مقتل 5 أشخاص مسالمين دفعة واحدة" (blind28 ar 003), "وتعرف الشبكة المجزرة بأنها
    مقتل 5 أشخاص": a definition noun or verb, then the link, a few words before the count with no
    punctuation or number between (as ``veto_definition`` with a relative pronoun)."""
    words, linked = rd.words, False
    start = c.at
    for k in range(start - 1, max(st.a, start - 1 - lx.DEFINITION_WINDOW) - 1, -1):
        w = words[k]
        if w in lx.SENTENCE_PUNCT or w in lx.STOP_PUNCT or is_number_word(w):
            return None
        if linked and (w in lx.DEFINITIONS or w in lx.DEFINE_VERBS):
            return c.e
        linked = linked or w in lx.DEFINITION_LINKS
    return None


def veto_combined_cases(rd, st, c):
    """Cases of two kinds counted together are a combined count, no figure of either kind: "سُجلت
    أكثر من 27 ألف حالة وفاة واختفاء" (blind28 ar 012), "300 حالة قتل أو إصابة" (as "قتلى وجرحى";
    lexicon.COMBINED_CASE_KINDS). The second cue glued to "و" or after "أو", with no count of its own."""
    words, b, k = rd.words, st.b, c.e
    if k + 2 >= b or words[k] not in lx.CASE_NOUNS:
        return None
    first = cue_of(words[k + 1])
    second = k + 2 + (words[k + 2] in lx.OR)
    if first is None or second >= b or (words[k + 2] not in lx.OR and words[k + 2][:1] != lx.AND):
        return None
    other = cue_of(words[second])
    if other is None or frozenset((first[0], other[0])) not in lx.COMBINED_CASE_KINDS:
        return None
    if second + 1 < b and is_count_start(words[second + 1]):
        return None
    return second + 1


def count_token(w: str) -> bool:
    """A token of a count, also a number word glued to "و" ("وخمسة آلاف …", blind76 ar 011)."""
    return is_number_word(w) or (w[:1] == lx.AND and w[1:] in WORDS)


def veto_among_combined_victims(rd, st, c):
    """"ثلاثة آلاف وخمسمئة ضحية …، بين ألف ومئتي قتيل وألفين وثلاثمئة جريح، وكان بين هذه الضحايا 700 طفل":
    a count right after "بين (هذه) الضحايا" in a sentence whose victims count was the killed and the wounded
    together (``combined_victims_total``) is a part of that combined count, no figure of either kind
    (blind76 ar 011). Not after a death toll ("قتل 30 شخصاً، وكان بين الضحايا 4 أطفال")."""
    words, k = rd.words, c.at - 1
    while k > st.a and words[k] in lx.THE_VICTIMS:
        k -= 1
    if k == c.at - 1 or words[k] not in lx.BETWEEN:
        return None
    for j in range(st.a + 1, k):
        if words[j] in lx.VICTIM_NOUNS and count_token(words[j - 1]):
            start = next(s for s in range(j - 1, st.a - 1, -1) if s == st.a or not count_token(words[s - 1]))
            r = read_number(words, start)
            if r is not None and r.end == j and _killed_and_wounded_sum(words, j + 1, st.b) == r.value:
                return c.e
    return None


def veto_killing_cases(rd, st, c):
    """"ورصد المرصد 63 حالة قتل في محافظة حمص وحدها": cases of killing (lexicon.KILLING_ACTS) are
    acts counted, as "22 عملية اغتيال", no toll of people (blind36 ar 009); deaths counted in
    cases ("170 حالة وفاة") and arrests ("156 حالة اعتقال") stay people."""
    k = c.e
    if k + 1 < st.b and base(rd.words[k]) in lx.CASE_NOUNS and rd.words[k + 1] in lx.KILLING_ACTS:
        return k + 2
    return None


def veto_hypothetical(rd, st, c):
    """"قد يرتفع عدد القتلى إلى 100", "هدد بقتل 100 رهينة"."""
    return c.e if hypothetical(rd, max(st.a, c.i - 7), c.i) else None


def veto_sentenced(rd, st, c):
    """"حكمت المحكمة بإعدام 7 أشخاص": a sentence, not an execution."""
    words = rd.words
    hits = lx.SENTENCED.intersection(words[max(st.a, c.i - 6):c.i])
    if hits and not lx.CARRIED_OUT.intersection(words[st.a:c.i]) and not court_arrest(st, c, hits):
        return c.e
    return None


def court_arrest(st, c, hits: set) -> bool:
    """"أعلن مفوض الحكومة لدى المحكمة العسكرية … توقيف 16 شخصاً": only a court named (in a title),
    and an arrest word right before the count: an arrest, not a sentence (blind15 ar 021)."""
    cue = st.cue
    return hits <= lx.COURT_NOUNS and cue is not None and cue.kind == DETAINED and cue.at == c.at - 1


def veto_day_of_month(rd, st, c):
    """"2 آذار", "الـ 19 من شهر"."""
    return c.e if is_date_like(rd, c.r) else None


def veto_list_item_number(rd, st, c):
    """The number of a numbered list item: "1- 441 مدنياً"."""
    words, i, e, b = rd.words, c.i, c.e, st.b
    nxt2 = c.nxt2
    if c.nxt in lx.NUMBER_ITEM_MARKS and (i == st.a or rd.newline[i] or words[i - 1] in lx.ITEM_BULLETS) \
            and not c.r.words and (is_number_word(nxt2) or cue_of(nxt2) or nxt2 in lx.PEOPLE
                                   or (e + 1 < b and rd.newline[i])):
        rd.enumeration = True
        return e + 1
    return None


def veto_number_in_row_label(rd, st, c):
    """"- شظايا في حي النصر الحارة 7: 5" (blind74 ar 004): on a list line, a number after the label's words and
    right before the line's first colon, with a number after the colon, is part of the label (a street, a block,
    a quarter's number): no count; the count is the number after the colon. Like an item's own number
    (``veto_list_item_number``), it leaves the line's count to come."""
    i = c.i
    if not (c.list_line and c.nxt == ":" and is_number_word(c.nxt2) and i > st.a + 1) \
            or rd.words[i - 1] in lx.ITEM_BULLETS or ":" in rd.words[st.a:i]:
        return None
    rd.enumeration = True
    return c.e + 1


def veto_clock_time(rd, st, c):
    """"10:30". Not a year or a count before a colon and a cell ("القتلى منذ 8 تشرين الأول 2023:   3,558",
    issue 11, blind52 ar 007): an hour is at most ``lexicon.CLOCK_HOURS`` and its minutes two digits."""
    return c.e + 2 if c.nxt == ":" and clock_minutes(c.nxt2) and c.value <= lx.CLOCK_HOURS else None


def clock_minutes(w: str) -> bool:
    """Two digits below ``CLOCK_MINUTES`` (60): the minutes of a clock time; "مواطنات فوق سن الـ 18 :  61" is a
    row label and its count (blind63 ar 001), "الساعة 2:21" a time."""
    return len(w) == lx.CLOCK_MINUTE_DIGITS and w.isdigit() and int(w) < lx.CLOCK_MINUTES


def veto_date_or_year(rd, st, c):
    """After a month name ("كانون الأول 2023" too), "عام 2019", "3/5"."""
    if (c.before in lx.MONTH_PARTS and c.before2 in lx.MONTH_WORDS and 1900 <= c.value <= 2100) \
            or (c.before in lx.MONTH_WORDS and not count_after_month(c)) or (c.before in lx.DATE_BEFORE and 1900 <= c.value <= 2100) \
            or c.before == lx.NUMERAL_SLASH or c.nxt == lx.NUMERAL_SLASH:
        return c.e
    return None


def count_after_month(c) -> bool:
    """"خلال شهر تموز 27 حالة اعتقال", "منذ مطلع تموز 56 مواطناً" (issue 11, blind52 ar 004, 010): a number
    after a month name (not a year) with a case noun, a kind noun or a noun for people right after it is a
    count of the period, not a day (a day comes before its month in Arabic: "27 تموز")."""
    nxt = base(c.nxt)
    return not 1900 <= c.value <= 2100 and (
        nxt in lx.CASE_NOUNS or nxt in lx.KIND_NOUNS or people_category(c.nxt) not in (None, "unknown"))


def veto_unit_name(rd, st, c):
    """"الفرقة 17", "القرار 2254", "سن الـ 18"; but "وصل إلى مستشفيات القطاع 52 شهيداً" is a toll."""
    before, nxt = c.before, c.nxt
    if c.condition:  # "حالة ثلاثة منهم حرجة"
        return None
    unit = before in lx.UNIT_BEFORE or (before[:1] in lx.CONJ_PREFIXES and before[1:] in lx.UNIT_BEFORE)  # "واللواء 93"
    if (unit or (before == lx.ARTICLE and c.before2 in lx.UNIT_BEFORE)) and not (
            before in lx.PLACE_UNITS and base(nxt) in lx.KIND_NOUNS and nxt not in lx.KIND_SINGULAR) \
            and not counts_cases(rd, st, c) and not period_then_count(c):
        return c.e
    return None


def period_then_count(c) -> bool:
    """"وقتلت قوات الاحتلال خلال الأسبوع 9 فلسطينيين": a period after "خلال", then a count of
    people, not week 9 (blind19 ar 022)."""
    return c.before in lx.PERIOD_UNITS and c.before2 in lx.WITHIN and (
        people_category(c.nxt) is not None or base(c.nxt) in lx.KIND_NOUNS)


def counts_cases(rd, st, c) -> bool:
    """"رصدت المجموعة 63 حالة اعتقال": the count of cases of a casualty act after it makes the
    word before the subject of the verb, not a unit's name (blind15 ar 025)."""
    k = c.e
    return k + 1 < st.b and base(rd.words[k]) in lx.CASE_NOUNS and cue_of(rd.words[k + 1]) is not None \
        and cue_of(rd.words[k + 1])[2] != "weak"


def veto_quoted_name(rd, st, c):
    """A number closing a quoted name ("وقذائف "ب 7"", ""آر بي جي 7""): a quote mark opens a few
    plain words (no cue, no people) and the number in digits closes it before the closing mark
    (blind22 ar 020); a quoted count of people ("إن "7 مواطنين استشهدوا"") has its noun after it."""
    words, i = rd.words, c.i
    if c.r.words or c.nxt not in lx.QUOTES:
        return None
    for k in range(i - 1, max(st.a, i - 1 - lx.QUOTED_NAME_MAX) - 1, -1):
        if words[k] in lx.QUOTES:
            return c.e if k < i - 1 else None
        if not words[k].isalpha() or cue_of(words[k]) is not None or people_category(words[k]) is not None \
                or base(words[k]) in lx.KIND_NOUNS:
            return None
    return None


def year_word_before(w: str) -> bool:
    """A word a bare year follows: "في 2019", "منذ 2011", also glued to "و"/"ف" ("وفي 2018 هُجّر نحو
    66 ألف شخص", blind36 ar 016)."""
    return w in lx.YEAR_BEFORE or (len(w) > 1 and w[:1] in lx.CONJUNCTIONS and w[1:] in lx.YEAR_BEFORE)


def veto_bare_year(rd, st, c):
    """A year in digits with no noun for people after it ("في 2019", "وفي 2018"; year_word_before)."""
    if not c.r.words and 1900 <= c.value <= 2100 and year_word_before(c.before):
        if people_category(c.nxt) is None and c.nxt not in lx.KIND_NOUNS:
            return c.e
    if not c.r.words and 1900 <= c.value <= 2100 and c.before in lx.RANGE_LINKS and c.before2.isdigit() \
            and 1900 <= int(c.before2) <= 2100 and people_category(c.nxt) is None:
        return c.e  # "بين 2011 و2015", "عامي 2014 و2015": the second year
    return None


def veto_one_adjective(rd, st, c):
    """"من عائلة واحدة", "في يوم واحد": "one" after a noun that is not people is an adjective; so
    is a feminine "واحدة" after any feminine noun that is not people ("في حفرة واحدة", "دفعة
    واحدة": blind14 ar 023), as "سيدة واحدة" or "طفلة واحدة" are people."""
    if not (c.value == 1 and c.r.words and c.e == c.i + 1):
        return None
    if c.before in lx.NOT_PEOPLE or base(c.before) in lx.NOT_PEOPLE or base(c.before) in lx.HOUSEHOLDS:
        return c.e
    if rd.words[c.i] == lx.ONE_AFTER[1] and feminine_thing(c.before):
        return c.e
    return None


def feminine_thing(w: str) -> bool:
    """A feminine singular noun (ending in ة) that names no people, kind or cue: "حفرة", "غارة"."""
    b = base(w)
    return len(b) > 2 and b.endswith(lx.FEM) and people_category(b) is None and singular_category(b[:-1]) is None \
        and b not in lx.SINGULAR_CAT and b not in lx.KIND_NOUNS and b not in lx.CUES and not is_number_word(b)


def veto_rate(rd, st, c):
    """"83 مدنياً في المتوسط لقوا حتفهم يومياً", "بمعدل 5 قتلى يومياً": a rate, not a count
    (blind13 ar 011). The average words right after the noun, or "بمعدل" before the count, or
    "في المتوسط" opening the sentence's words before it ("في المتوسط، يُقتل أكثر من ثلاثة أطفال
    ويصاب عشرة آخرون كل يوم", blind14 ar 013), with a per-day/week/month word ("يومياً", "كل يوم")
    before the clause ends."""
    words, b = rd.words, st.b
    end = min(b, c.e + lx.RATE_WINDOW)
    stop = next((k for k in range(c.e, end) if words[k] in lx.SENTENCE_PUNCT), end)
    averaged = c.before in lx.RATE_BEFORE or any(words[k] in lx.ON_AVERAGE for k in range(c.e, min(stop, c.e + 3))) \
        or any((words[k] in lx.ON_AVERAGE and k > st.a and words[k - 1] == lx.IN) or words[k] in lx.ON_AVERAGE_ALONE
               for k in range(max(st.a, c.i - lx.RATE_WINDOW), c.i))
    if averaged and any(words[k] in lx.PER_PERIOD or (words[k] in lx.EVERY and k + 1 < stop
                                                       and words[k + 1] in lx.PERIOD_NOUNS) for k in range(c.e, stop)):
        return c.e
    return None


def veto_rate_adverb_before(rd, st, c):
    """"مؤكدة أن المجمع يستقبل يومياً ما بين 100 و150 مصاباً" (blind36 ar 002): a per-period adverb
    (lexicon.RATE_ADVERBS) right before the count, only its qualifier words between, makes the count
    a rate, no toll; a range's second number with it."""
    words, k = rd.words, c.i - 1
    while k > st.a and c.i - 1 - k < lx.RATE_ADVERB_GAP_MAX and words[k] in lx.RATE_ADVERB_GAP:
        k -= 1
    return _range_end(words, c.e, st.b) if k >= st.a and words[k] in lx.RATE_ADVERBS else None


def veto_each_one(rd, st, c):
    """"كل واحد منهم", "لكل واحد منهم": "each one of them" counts no one."""
    if c.value == 1 and c.r.words and c.before in lx.EACH:
        return c.e
    return None


def veto_not_people(rd, st, c):
    """A noun that is never people: attacks, shells, vehicles, days, households, percent."""
    nxt = c.nxt
    if not_people_noun(nxt) and not taken_alive(st, c):
        return c.e
    if nxt == lx.IN and c.nxt2 in lx.HUNDRED_DEF:
        return c.e
    return None


def not_people_noun(w: str) -> bool:
    """A noun that never counts people ("غارة", "أسرة", "%"), also with the accusative ending."""
    return w in lx.NOT_PEOPLE or base(w) in lx.NOT_PEOPLE or w in lx.PERCENT or (
        w.endswith(lx.ACCUSATIVE) and w[:-1] in lx.NOT_PEOPLE)


def noun_things_after_range(rd, st, c):
    """"نزح ما بين 60 ألفًا و80 ألف أسرة" (blind25 ar 020): the noun after a range's second number
    counts things or households, not people (``veto_not_people`` sees only the word right after
    the first number); the people it is restated in may follow ("أي ما يقارب 400 ألف شخص")."""
    if c.count_max is not None and not_people_noun(c.noun) and not taken_alive(st, c):
        return c.e_num
    return None


def taken_alive(st, c) -> bool:
    """"ألقي القبض على ثلاثة أحياء": "أحياء" is "alive" (not "neighbourhoods") after an arrest
    cue just before the count (blind15 ar 014)."""
    cue = st.cue
    return c.nxt in lx.ALIVE and cue is not None and cue.kind == DETAINED and 0 < c.at - cue.at <= 2


def veto_part_of_things(rd, st, c):
    """"تعرضت 18 منشأة صحية للقصف، خرجت 12 منها عن الخدمة": "N منها" whose sentence's count
    before it counts things (``NOT_PEOPLE``) is a part of those things."""
    if c.nxt not in lx.OF_IT:
        return None
    words = rd.words
    for k in range(c.i - 1, st.a - 1, -1):
        if words[k][:1].isdigit():
            nxt = words[k + 1] if k + 1 < st.b else ""
            return c.e if nxt in lx.NOT_PEOPLE or base(nxt) in lx.NOT_PEOPLE else None
    return None


def veto_part_of_things_named(rd, st, c):
    """"وأن المستشفيات التي تضررت ثلاثة منها بشدة تعمل فوق طاقتها" (blind36 ar 017): "N منها" a few
    words after "التي" (lexicon.WHICH_OF_THINGS) that follows a plural of things ("المستشفيات":
    ``NOT_PEOPLE`` without the article) is a part of those things, with no count of them before
    (``veto_part_of_things``); not across punctuation."""
    if c.nxt not in lx.OF_IT:
        return None
    words = rd.words
    for k in range(c.i - 1, max(st.a, c.i - 1 - lx.THINGS_RELATIVE_REACH), -1):
        w = words[k]
        if w in lx.STOP_PUNCT or w in lx.SENTENCE_PUNCT:
            return None
        if w in lx.WHICH_OF_THINGS:
            noun = base(words[k - 1])
            noun = noun[len(lx.ARTICLE):] if noun.startswith(lx.ARTICLE) else noun
            return c.e if not_people_noun(noun) else None
    return None


def veto_part_of_things_before(rd, st, c):
    """"ودُفنوا في مقابر جماعية كُشف حتى الآن عن 93 منها" (blind46 ar 014): "N منها" whose nearest
    noun a few words before (lexicon.THINGS_NOUN_REACH) is a plural of things (``NOT_PEOPLE``, graves)
    counts a part of those things, not of a casualty figure; not across punctuation, a number, a cue
    or a noun of people."""
    if c.nxt not in lx.OF_IT:
        return None
    words = rd.words
    for k in range(c.i - 1, max(st.a - 1, c.i - 1 - lx.THINGS_NOUN_REACH), -1):
        w = words[k]
        if w in lx.STOP_PUNCT or w in lx.SENTENCE_PUNCT or is_number_word(w) or cue_of(w) is not None:
            return None
        if people_category(w) or base(w) in lx.PEOPLE or base(w) in lx.KIND_NOUNS:
            return None
        noun = base(w)
        noun = noun[len(lx.ARTICLE):] if noun.startswith(lx.ARTICLE) else noun
        if not_people_noun(noun) or noun in lx.GRAVES:
            return c.e
    return None


def veto_part_of_counted_things(rd, st, c):
    """"… 1246 حادثة اعتداء على مراكز حيوية مدنية، بينها 224 على منشآت طبية و60 على أسواق": the
    numbers after "بينها"/"منها" whose count before the marker counts things (``NOT_PEOPLE``) are
    parts of those things, not of a casualty figure read before (blind14 ar 005). Not across a
    cue, a subset marker for people or a full stop; not when the number names people itself."""
    words = rd.words
    if people_category(c.nxt) or base(c.nxt) in lx.KIND_NOUNS:
        return None
    for k in range(c.i - 1, st.a, -1):
        w = words[k]
        if cue_of(w) is not None or w in lx.STOP_PUNCT or (w in lx.SUBSET_PRONOUNS and w not in lx.THINGS_MARKERS):
            return None
        if w in lx.THINGS_MARKERS:
            count = next((t for t in range(k - 1, st.a - 1, -1) if is_number_word(words[t])), None)
            nxt = words[count + 1] if count is not None and count + 1 < st.b else ""
            return c.e if nxt in lx.NOT_PEOPLE or base(nxt) in lx.NOT_PEOPLE else None
    return None


def veto_one_of_things(rd, st, c):
    """"قُتلوا أثناء تشغيلهم واحداً من آخر المراكز الصحية العاملة" (blind63 ar 005): a count, "من", maybe a
    superlative (lexicon.SUPERLATIVES_OF: "آخر", "أكبر"), then a definite plural of things (``NOT_PEOPLE``
    once the article is off: "المراكز", "المستشفيات") counts those things, not people. A plural of people
    ("واحداً من المسعفين") stays."""
    if c.nxt not in lx.OF:
        return None
    k = c.e + 1 + (c.nxt2 in lx.SUPERLATIVES_OF)
    w = rd.words[k] if k < st.b else ""
    for art in lx.ARTICLE_FORMS:
        if w.startswith(art) and not_people_noun(w[len(art):]):
            return c.e
    return None


def veto_one_in_every(rd, st, c):
    """"لم يبقَ فيها بيت إلا وفقد واحداً من أبنائه على الأقل" (blind72 ar 012): one counted shortly after "إلا"
    that follows a negation ("no house but lost one") is one in every house, no count; "قتل واحد من
    الحراس" with no such turn stays."""
    words = rd.words
    if c.value != 1:
        return None
    for t in range(max(st.a, c.i - lx.EVERY_ONE_REACH), c.i):
        if words[t] == lx.EXCEPT_AFTER_NOT and lx.NOT_WORDS.intersection(
                words[max(st.a, t - lx.NOT_BEFORE_EXCEPT_REACH):t]):
            return c.e
    return None


def veto_suspended_from_work(rd, st, c):
    """"قررت الشركة إيقاف 40 موظفاً عن العمل" (blind72 ar pass, with "إيقاف" a detention cue): a count right
    after a detention cue and followed within ``SUSPENDED_REACH`` words by "عن" + work or duty
    (``SUSPENDED_FROM``) is held from work, no arrest; "إيقاف 9 عناصر يشتبه في صلتهم بالهجوم" stays."""
    words = rd.words
    cue = cue_of(words[c.at - 1]) if c.at > st.a else None
    if cue is None or cue[0] != DETAINED:
        return None
    end = min(st.b - 1, c.e + lx.SUSPENDED_REACH)
    return c.e if any(words[t] == lx.SUSPENDED_FROM_WORD and words[t + 1] in lx.SUSPENDED_FROM for t in range(c.e, end)) else None


def veto_no_one(rd, st, c):
    """"وإن أسراً بأكملها لم يبق منها أحد" (blind63 ar 002), "ولم يُصب أحد بأذى": the word "أحد" with a
    negation (lexicon.NOT_WORDS) at most ``NOT_ONE_REACH`` words before it is no one: no figure. "أحد"
    with no negation ("وأصيب أحد المارة") stays."""
    words = rd.words
    if c.value != 1 or words[c.i] != lx.ONE_OF:
        return None
    return c.e if lx.NOT_WORDS.intersection(words[max(st.a, c.i - lx.NOT_ONE_REACH):c.i]) else None


def veto_zero(rd, st, c):
    return c.e if c.value == 0 else None


def veto_past_hours(rd, st, c):
    """"الساعات الـ24 الماضية"."""
    if c.before == lx.ARTICLE and (c.nxt.startswith(lx.PAST_PREFIX) or c.nxt in lx.PAST_AFTER_DEF):
        return c.e
    return None


def veto_ordinal_teen(rd, st, c):
    """"الثامنة عشرة", "الحادي عشر": an ordinal (an age, a date), not ten."""
    return c.e if c.r.words and c.before in lx.ORDINALS_DEF else None


def veto_definite_teen(rd, st, c):
    """"ومن بين القتلى الخمسة عشر ثلاثة أطفال" (issue 11, blind81 ar 013): "عشر" after a unit number word with the
    article is the tail of a definite teen (fifteen, twelve), never ten; the definite number restates a toll."""
    b4 = c.before
    unit = WORDS.get(b4[len(lx.ARTICLE):], (0, ""))[0] if b4.startswith(lx.ARTICLE) else 0
    return c.e if c.r.words and c.value == 10 and 0 < unit < 10 else None


def veto_one_of_other_kind_in_group(rd, st, c):
    """"وتشمل قائمة القتلى ممرضاً أصيب بشظية أثناء إسعافه أحد الجرحى" (issue 11, blind84 ar 004): "أحد" before a kind
    noun of another kind than the open group's head names a person of another set the group's member acted on, no
    part of the group. Not where the group opens ("بينهم أحد الجرحى الذي توفي لاحقاً": a member)."""
    if not (st.groups and c.value == 1 and c.r.words and c.nxt.startswith(lx.ARTICLE)) or c.at == st.groups[-1].end:
        return None
    own = cue_of(c.nxt)
    head = st.groups[-1].head
    return c.e if own is not None and own[2] == "kindnoun" and head is not None and head >= 0 \
        and own[0] != rd.figs[head].kind else None


def veto_one_of_them_died_after_revision(rd, st, c):
    """"أحد العناصر فارق الحياة متأثراً بجروحه" after "ارتفعت الحصيلة إلى خمسة": the death
    that raised the toll, already counted in it."""
    words = rd.words
    if c.value == 1 and c.r.words and c.nxt.startswith(lx.ARTICLE) and \
            lx.DIED_OF_WOUNDS.intersection(words[c.e:min(st.b, c.e + 6)]) and \
            rd.killed_revision:
        return c.e
    return None


def veto_row_of_non_victims(rd, st, c):
    """A row whose label, on its own line before the colon, counts what is no casualty:
    survivors, mass graves, orphans ("عدد الناجين من قبضة التنظيم: 3576", "عدد الأيتام: 2745")."""
    if c.before not in lx.ROW_COLONS:
        return None
    words, k = rd.words, c.at - 1
    while k > st.a and not rd.newline[k] and c.at - k <= lx.ROW_LABEL_MAX_WORDS + 2:
        k -= 1
    if not (rd.newline[k] or k == st.a):
        return None
    if any(w in lx.NON_VICTIM_LABEL or base(w) in lx.NON_VICTIM_LABEL for w in words[k:c.at]):
        return c.e
    return None


def veto_population(rd, st, c):
    """"يعيش في المدينة نحو 800 ألف شخص": the people a place holds, a population (no casualty
    cue between). Displaced people it holds now ("المخيم يؤوي 120 ألف نازح") are a stock: kept;
    what it held before the event ("كان المخيم يؤوي قبل الهجوم ما بين 500 ألف و700 ألف نازح")
    is a population, and so is its range's second number."""
    words = rd.words
    for k in range(c.at - 1, max(st.a, c.at - 8) - 1, -1):
        if cue_of(words[k]) is not None or words[k] in lx.SENTENCE_PUNCT:
            return None
        if words[k] in lx.HELD and _past_population(words, max(st.a, k - 4), k, c.at) \
                and not lx.TOLL_WORDS.intersection(words[max(st.a, k - 4):k]):
            return _range_end(words, c.e, st.b)  # "كان العنبر يضم نحو 120 شخصاً"
        if words[k] in lx.HOSTS or words[k][1:] in lx.HOSTS and words[k][:1] in lx.CONJ_PREFIXES:
            if _past_population(words, max(st.a, k - 4), k, c.at):
                return _range_end(words, c.e, st.b)
            if base(c.nxt) in lx.KIND_NOUNS or c.nxt in lx.POST_MARKERS:
                return None
            return c.e
    return None


def veto_population_count(rd, st, c):
    """"عدد سكان رفح كان يقدر بنحو 1.4 مليون قبل بدء العملية": the number of a place's
    inhabitants (a toll noun, then a population noun) up to ``POPULATION_COUNT_WINDOW`` words
    before the count, no cue or punctuation between: a population, not a toll (ar317). Not
    "ارتفع عدد الشهداء من سكان القرية إلى 12": the toll noun there is a cue's."""
    words = rd.words
    for k in range(c.at - 1, max(st.a + 1, c.at - lx.POPULATION_COUNT_WINDOW) - 1, -1):
        if cue_of(words[k]) is not None or words[k] in lx.SENTENCE_PUNCT:
            return None
        if base(words[k]) in lx.POPULATION_NOUNS and words[k - 1] in lx.TOLL_WORDS:
            return c.e
    return None


def veto_population_numbering(rd, st, c):
    """"نحو 1.7 مليون من سكانه البالغ عددهم 2.3 مليون نزحوا": "البالغ عددهم" after a population
    noun gives the size of the population, not a toll (blind17 ar 006); the displaced count
    before it stays. Not "الضحايا البالغ عددهم 50": only a population noun, up to
    ``POPULATION_OF_WINDOW`` words before ("سكان الإقليم البالغ عددهم")."""
    words = rd.words
    for k in range(c.at - 1, max(st.a + 2, c.at - lx.NUMBERING_GAP) - 1, -1):
        if words[k] in lx.THEIR_NUMBER:
            return c.e if words[k - 1] in lx.NUMBERING and population_before(rd, st, k - 1) else None
        if cue_of(words[k]) is not None or words[k] in lx.SENTENCE_PUNCT or is_number_word(words[k]):
            return None
    return None


def population_before(rd, st, k: int) -> bool:
    """A population noun among the few words before token ``k``, no cue, number or punctuation
    between."""
    words = rd.words
    for t in range(k - 1, max(st.a, k - 1 - lx.POPULATION_OF_WINDOW) - 1, -1):
        if base(words[t]) in lx.POPULATION_OF:
            return True
        if cue_of(words[t]) is not None or words[t] in lx.SENTENCE_PUNCT or is_number_word(words[t]):
            return False
    return False


def veto_were_sheltering(rd, st, c):
    """"نحو 2000 نازح كانوا يحتمون في المدرسة وقت الغارة": the people a place held when it was
    struck, a population (as "كان المخيم يؤوي قبل الهجوم …", ar310); not a displacement. Only
    a count of displaced people: "مقتل 563 شخصاً كانوا يحتمون بمدارس الأونروا" are the dead."""
    words, k = rd.words, c.e + 1
    if lx.KIND_NOUNS.get(base(c.nxt)) != DISPLACED:
        return None
    hit = cue_of(base(words[c.at - 1])) if c.at > st.a else None
    if hit is not None and hit[0] in (KILLED, INJURED):
        return None  # "قُتل ما لا يقل عن 359 نازحاً كانوا يحتمون في ملاجئ الأونروا": the dead (blind12 ar 025)
    if k + 1 < st.b and words[k] in lx.WERE and words[k + 1] in lx.SHELTERING:
        return c.e
    return None


def _past_population(words: list, lo: int, host: int, at: int) -> bool:
    """"كان المخيم يؤوي", "يؤوي قبل الهجوم": what a place held before the event."""
    was = any(w in lx.WAS or w in lx.AND_WAS for w in words[lo:host])
    return was or any(w in lx.BEFORE_EVENT for w in words[host + 1:at])


def _range_end(words: list, e: int, b: int) -> int:
    """The token after a range's second number ("و700 ألف نازح"), else ``e``."""
    if e + 1 < b and words[e] in lx.RANGE_LINKS:
        r2 = read_number(words, e + 1)
        if r2 is not None:
            return r2.end
    return e


def veto_charge(rd, st, c):
    """"اعتقلت الشرطة 3 أشخاص بتهمة قتل 5 مدنيين": the killing a person is accused of."""
    cue = st.cue
    if cue is not None and cue.at < c.at and lx.CHARGES.intersection(rd.words[max(st.a, cue.at - 2):cue.at]):
        return c.e
    return None


def veto_informant(rd, st, c):
    """"بعد بلاغ من أحد المواطنين", "بناءً على معلومات من 3 شهود": people a tip or an account came
    from are its source, not victims (blind15 ar 023); so are the people interviewed ("استند إلى
    مقابلات مع 157 ضحية وشاهداً", blind21 ar 026), and so is a person quoted ("نقل نشطاء المرصد عن أحد
    المسعفين قوله", blind37 ar 001)."""
    if c.before in lx.FROM_SOURCE and base(c.before2) in lx.TIP_NOUNS:
        return c.e
    if c.before in lx.INTERVIEWED_WITH and base(c.before2) in lx.INTERVIEW_NOUNS:
        return c.e
    if c.before in lx.QUOTED_FROM and lx.QUOTING_NOUNS.intersection(rd.words[c.e:min(st.b, c.e + lx.QUOTED_WINDOW)]):
        return c.e  # "نقل نشطاء المرصد عن أحد المسعفين قوله: …" (blind37 ar 001): the one quoted
    return None


def veto_identified(rd, st, c):
    """"التعرف على هويات 35 منهم": the dead identified so far, not a new toll; but a toll verb
    between ("عدد القتلى الذين جرى التعرف على هوياتهم بلغ 93 قتيلاً", ar313) makes the count the
    toll of the identified dead, a figure."""
    words = rd.words
    for k in range(max(st.a, c.at - 4), c.at):
        if words[k] in lx.IDENTIFIED:
            return None if lx.REVISION_WORDS.intersection(words[k + 1:c.at]) else c.e
    return None


def veto_difference(rd, st, c):
    """"أكبر بنحو 60 ألفاً من الأعداد الموثقة", "تزيد بأكثر من 2000 قتيل على حصيلة العام الماضي":
    a comparative, then "بـ" glued to the qualifier or the number: by how much one toll exceeds
    another, no toll."""
    words, s = rd.words, c.at
    w = words[s]
    if not (len(w) > 1 and w[0] == lx.PREP_B and w[1] != lx.PREP_B_NOT_VERB):
        return None
    for k in range(s - 1, max(st.a, s - 3) - 1, -1):
        if words[k] in lx.COMPARATIVES:
            return c.e
        if words[k] in lx.STOP_PUNCT:
            break
    return None


def veto_possessor_one(rd, st, c):
    """"وطفل أحد المواطنين البريطانيين قتلوا", "بين المصابين والد أحد الضحايا": "أحد" right after a
    kin or person noun in construct is the possessor, not one more victim; the noun before it
    names the victim (blind26 ar 006, 018)."""
    if c.value != 1 or c.qstart is not None or rd.words[c.i] not in lx.ONE_OF_SUBJECT or c.i <= st.a:
        return None
    return c.e if base(rd.words[c.i - 1]) in lx.POSSESSED_HEADS else None


NUMBER_VETOES: list[Callable] = [
    veto_possessor_one,
    veto_difference, veto_informant, veto_identified, veto_charge, veto_row_of_non_victims, veto_population, veto_population_count, veto_population_numbering,
    veto_were_sheltering,
    veto_one_of_them_died_after_revision, veto_ordinal_teen, veto_definite_teen, veto_one_of_other_kind_in_group,
    veto_condition_after, veto_released, veto_released_from, veto_rescued, veto_withheld_bodies,
    veto_buried, veto_witness_saw, veto_supplies_for,
    veto_scale_after_definite_number,
    veto_exchanged_or_released, veto_release_verb_before, veto_found_of_them, veto_reunited, veto_taken_home, veto_discharged, veto_returned, veto_displaced_who_returned, veto_warrant,
    veto_split_in_brackets, veto_one_in_every, veto_suspended_from_work,
    veto_group_size, veto_toll_ceiling, veto_threshold_passed, veto_fraction_of_population, veto_out_of_things_total, veto_counted_by_mistake, veto_recaptured, veto_two_after_dual,
    veto_hypothetical, veto_definition, veto_sentenced, veto_day_of_month, veto_no_one, veto_one_of_things,
    veto_list_item_number, veto_clock_time, veto_number_in_row_label, veto_date_or_year, veto_unit_name, veto_quoted_name, veto_bare_year,
    veto_one_adjective,
    veto_each_one, veto_rate, veto_rate_adverb_before, veto_not_people, veto_part_of_things, veto_part_of_things_named, veto_part_of_things_before,
    veto_part_of_counted_things, veto_zero,
    veto_past_hours,
    veto_definition_threshold, veto_combined_cases, veto_killing_cases, veto_among_combined_victims,
]


# --- 2. ranges and the noun after the number ----------------------------------------------------

def read_range(rd, st, c) -> None:
    """A range ("بين 10 و15", "من 10 إلى 15", "10-15"), or a revision ("من 20 إلى 30" in a
    rise sentence: previous 20); then a qualifier after the number ("على الأقل")."""
    words, b, e, value = rd.words, st.b, c.e, c.value
    c.e_num = e
    # "بين عشرة آلاف وخمسة عشر ألفاً": the second number glued to و
    glued = c.nxt[:1] == lx.AND and c.nxt[1:] in WORDS and c.before == lx.BETWEEN_WORD
    if (c.nxt in lx.RANGE_LINKS and e + 1 < b) or glued:
        r2 = read_number(words, e if glued else e + 1)
        nxt = lx.AND if glued else c.nxt
        if r2 is not None and not r2.vague and r2.value > value and (
                (nxt == lx.AND and c.before == lx.BETWEEN_WORD) or (nxt == lx.TO and c.before == lx.OF[0]) or
                (nxt in lx.DASHES and r2.start == e + 1)):
            if nxt == lx.TO and st.revision_ctx:
                c.previous = value
            else:
                c.count_max = r2.value
                last_word = words[r2.end - 1] if r2.end - 1 < b else ""
                if value < 1000 <= r2.value and WORDS.get(last_word, (0, ""))[1] == "scale":
                    c.value *= abs(WORDS[last_word][0]) if WORDS[last_word][0] in (1000, -1000, 1_000_000) else 1
            if c.previous is not None:
                c.value = r2.value
            c.e_num = r2.end
    j = c.e_num
    if j < b and words[j] == lx.CLOSE_PAREN:
        j += 1
    q = qualifier_after(words, j, b)
    if q:
        c.qualifier, j = q
    j = count_before_row_colon(rd, st, c, j)
    c.j = j
    c.noun = words[j] if j < b else ""
    c.base = base(c.noun)
    c.noun_end = j


def count_before_row_colon(rd, st, c, j: int) -> int:
    """SOHR's rows with the count first under a toll heading ("وهم:" / "على النحو الآتي:"),
    "405:: من عناصر …", "54 ::   مدنيون بينهم …": the "::" after the line's first number
    separates it from its label, which is the noun; elsewhere the noun is right at ``j``."""
    if j < st.b and rd.words[j] == lx.ROW_COUNT_FIRST_SEP and c.i == st.a and st.list_item and rd.list_kind:
        return j + 1
    return table_cell_between_colons(rd, st, c, j)


def table_cell_between_colons(rd, st, c, j: int) -> int:
    """SOHR's "::" table rows with the count alone in its cell, under a toll heading
    ("::  4  :: برصاص القوات …"): the cell after the count is its label (issue 11, blind38 ar 001)."""
    words = rd.words
    if j < st.b and words[j] == lx.ROW_COUNT_FIRST_SEP and c.i == st.a + 1 and words[st.a] == lx.ROW_COUNT_FIRST_SEP \
            and rd.table_kind:
        return j + 1
    return j


def noun_new_clause(rd, st, c):
    """"مقتل 2 وإصابة 10": a new clause after the number."""
    if c.noun[:1] == lx.AND and c.noun[1:] in lx.CUES:
        c.noun_kind = "bare"


def noun_case_with_cue(rd, st, c):
    """"156 حالة اعتقال"."""
    words, j = rd.words, c.j
    if c.base in lx.CASE_NOUNS and j + 1 < st.b and cue_of(words[j + 1]) and cue_of(words[j + 1])[2] != "weak":
        c.kind_own, c.noun_kind, c.noun_end, c.rule = cue_of(words[j + 1])[0], "kind", j + 2, "case_count"


def noun_case_after_toll(rd, st, c):
    """"حصيلة الاعتقالات 160 حالة", "عدد الاعتقالات بلغ 160 حالة"."""
    if c.base in lx.CASE_NOUNS:
        kind = case_kind_before(rd, st.a, c.at)
        if kind and not lx.DISEASE.intersection(rd.words[c.j + 1:min(st.b, c.j + 4)]):
            c.kind_own, c.noun_kind, c.noun_end, c.rule = kind, "kind", c.j + 1, "case_count_of_toll"


def noun_case_part(rd, st, c):
    """SNHR's arrest reports: after "ما لا يقل عن 512 حالة اعتقال", "368 حالة من الحصيلة كانت على
    يد قوات النظام", "وتلتها هيئة تحرير الشام بـ 27 حالة": cases with no kind word are parts of the
    last toll counted in cases (this paragraph or the one before); not a condition ("حالة حرجة")
    or a disease."""
    words, j, b = rd.words, c.j, st.b
    nxt = words[j + 1] if j + 1 < b else ""
    if c.base not in lx.CASE_NOUNS or nxt in lx.SEVERITY or lx.DISEASE_NAMED.intersection(words[j + 1:min(b, j + 4)]):
        return None
    if case_of_release(nxt) or case_of_conscription(nxt):
        return None
    state = case_became_state(words, c.at - 1 if c.at > st.a else None, j + 1, b)
    if state is not None:  # "وقد تحولت 144 حالة منها إلى اختفاء قسري"
        c.kind_own, c.noun_kind, c.noun_end, c.rule = state, "kind", j + 1, "case_became_state"
        return None
    head = last_case_toll(rd, st)
    if head is not None and rd.figs[head].count > c.value:
        c.kind_own, c.noun_kind, c.noun_end, c.rule = rd.figs[head].kind, "kind", j + 1, "case_part_of_toll"
        c.post_parent = head
    return None


def noun_case_named_before(rd, st, c):
    """"وثقت الشبكة حالات الاعتقال التعسفي في المحافظة خلال الشهر، وسجلت فيه 88 حالة على الأقل" (issue 11,
    blind81 ar 003): "N حالة" with no kind word after it and no case toll before, in a sentence that named the
    cases of a kind earlier ("حالات" + a casualty noun, ``case_kind``) with no number between: the count of
    those cases. Not a condition ("حالة حرجة"), a disease, a release or a conscription."""
    words, j, b = rd.words, c.j, st.b
    nxt = words[j + 1] if j + 1 < b else ""
    if c.base not in lx.CASE_NOUNS or nxt in lx.SEVERITY or lx.DISEASE_NAMED.intersection(words[j + 1:min(b, j + 4)]):
        return None
    if case_of_release(nxt) or case_of_conscription(nxt) or last_case_toll(rd, st) is not None:
        return None
    for k in range(c.at - 1, st.a, -1):
        if is_number_word(words[k]):
            return None
        if words[k - 1] in lx.CASE_NOUNS and case_kind(words[k]) is not None:
            c.kind_own, c.noun_kind, c.noun_end, c.rule = case_kind(words[k]), "kind", j + 1, "case_count_named_before"
            return None
    return None


def case_became_state(words: list, v: Optional[int], m: int, b: int) -> Optional[str]:
    """"وقد تحولت 144 حالة منها إلى اختفاء قسري", "90 حالة منها تحولت إلى حالات اختفاء قسري" (issue 11, blind51
    ar 003): cases counted out of an arrest toll that became a state a casualty noun names: that noun's
    kind, not the toll's. ``v``: the token before the count (or None), ``m``: the one after the case noun."""
    m += m < b and words[m] in lx.BECAME_PART_OF
    if not (v is not None and words[v] in lx.BECAME):
        if m >= b or words[m] not in lx.BECAME:
            return None
        m += 1
    if m + 1 >= b or words[m] != lx.TO:
        return None
    state = became_state_of(words, m + 1)
    return state[0][0] if state is not None else became_cases_of(words, m + 1, b)


def case_of_release(nxt: str) -> bool:
    """"24 حالة إفراج من مراكز الاحتجاز": cases of release are no part of an arrest toll (a release
    ends a detention; issue 11, blind40 ar 003)."""
    return nxt in lx.RELEASED


def case_of_conscription(nxt: str) -> bool:
    """"كما رصد المكتب 9 حالات سوق قسري إلى الخدمة العسكرية" (blind65 ar 002): cases of forced conscription
    (lexicon.CONSCRIPTION right after the case noun) are no part of an arrest toll, as cases of release are
    not (``case_of_release``)."""
    return nxt in lx.CONSCRIPTION


def last_case_toll(rd, st) -> Optional[int]:
    """The last top-level toll counted in cases ("512 حالة اعتقال") of this paragraph or the one before."""
    for k in range(len(rd.figs) - 1, -1, -1):
        f = rd.figs[k]
        if f.para < st.para - 1:
            return None
        if f.parent is None and not f.superseded and f.rule in ("case_count", "case_count_of_toll", "case_count_named_before"):
            return k
    return None


def noun_kind_noun(rd, st, c):
    """"31 قتيلاً", "107 إصابات"; "قتيل وجريح" is a combined total; bodies handed over are none."""
    if c.base not in lx.KIND_NOUNS:
        return None
    if c.j + 1 < st.b and rd.words[c.j + 1] in lx.COMBINED:
        return c.j + 2
    if combined_victims_total(rd, st, c):
        return c.j + 1
    c.kind_own, c.noun_kind, c.noun_end, c.rule = lx.KIND_NOUNS[c.base], "kind", c.j + 1, "kind_noun"
    if c.kind_own == KILLED and c.base in lx.BODY_NOUNS and c.handover:
        return c.noun_end
    return None


def combined_victims_total(rd, st, c) -> bool:
    """"284 ضحية في صفوف المدنيين (100 قتيل و184 جريحا)": a victims noun whose count is the sum of a
    killed and a wounded count right after it (``COMBINED_BREAKDOWN_WINDOW`` words, in brackets or
    after "بينهم", no full stop between) is killed and wounded together, no death toll (blind26 ar 013).
    So when the two counts stand in a dash aside opening within ``DASH_ASIDE_REACH`` words ("5,183 ضحية
    في صفوف المدنيين بين مطلع كانون الثاني ونهاية حزيران – 1,659 قتيلاً و3,524 جريحاً –", blind60 ar 009)."""
    words = rd.words
    if c.base not in lx.VICTIM_NOUNS:
        return False
    if _killed_and_wounded_sum(words, c.j + 1, st.b) == c.value:
        return True
    if killed_among_victims(words, c.j + 1, st.b, c.value):
        return True
    # (or in brackets there: "٥١٨٣ ضحية مدنية بين مطلع العام و٣٠ حزيران (١٦٥٩ قتيلاً و٣٥٢٤ جريحاً)", blind82 ar 003)
    dash = next((k for k in range(c.j + 1, min(st.b, c.j + 1 + lx.DASH_ASIDE_REACH))
                 if words[k] in lx.DASHES or words[k] in lx.FULL_STOPS or words[k] == lx.OPEN_PAREN), None)
    return dash is not None and words[dash] not in lx.FULL_STOPS \
        and _killed_and_wounded_sum(words, dash + 1, st.b) == c.value


def killed_among_victims(words: list, k: int, b: int, value: int) -> bool:
    """"…إلى 9340 ضحية، بينهم 2105 قتلى" (issue 11, blind82 ar 008): a victims count with, right after it (a
    comma between at most), "بينهم" + a smaller count of the killed: the victims are the dead and the wounded
    together, no death toll. Not a subset of another kind ("بينهم 12 طفلاً")."""
    k += k < b and words[k] in lx.SENTENCE_PUNCT
    if k + 1 >= b or words[k] not in lx.AMONG_WORDS or not count_token(words[k + 1]):
        return False
    r = read_number(words, k + 1)
    return r is not None and r.end < b and r.value < value and lx.KIND_NOUNS.get(base(words[r.end])) == KILLED


def _killed_and_wounded_sum(words: list, k: int, b: int) -> Optional[int]:
    """The sum of a killed and a wounded count ("100 قتيل و184 جريحا") in the ``COMBINED_BREAKDOWN_WINDOW``
    words from token ``k`` (no full stop between), else None. A count and its noun take no room of the window
    ("بين ثلاثة آلاف وخمسة وثلاثين قتيلاً وخمسة آلاف وسبعمئة وخمسة وثمانين جريحاً", blind76 ar 011)."""
    kinds, total, limit = set(), 0, k + lx.COMBINED_BREAKDOWN_WINDOW
    while k < min(b, limit) and words[k] not in lx.FULL_STOPS:
        r = read_number(words, k) if count_token(words[k]) else None
        if r is not None and r.end < b and lx.KIND_NOUNS.get(base(words[r.end])) in (KILLED, INJURED):
            kinds.add(lx.KIND_NOUNS[base(words[r.end])])
            total += r.value
            limit += r.end + 1 - k
            k = r.end
        k += 1
    return total if len(kinds) == 2 else None


def noun_toll_later(rd, st, c):
    """SOHR: "ارتفع إلى 15 عدد الذين قضوا …": the kind comes later in the sentence."""
    words, j, b = rd.words, c.j, st.b
    before = word_before_count(rd, st, c)
    and_to = before == lx.AND + lx.TO
    tj = j  # the toll noun; after a subset in "ارتفع إلى 16 بينهم 4 أطفال، عدد الشهداء …"
    if before == lx.TO and st.toll_ctx and c.base not in lx.TOLL_NOUNS_AFTER_TO:
        tj = toll_noun_after_subset(words, j, b)
        if tj is None:
            return None
    elif not (c.base in lx.TOLL_NOUNS_AFTER_TO and (before == lx.TO or and_to) and st.toll_ctx):
        return None
    t = c.target
    if and_to and t is not None and rd.figs[t].sent == st.si and rd.figs[t].rule == "toll_noun_later":
        # "كما ارتفع إلى 157 عدد … الذين قضوا، وإلى 174 عدد مقاتلي …": the verb left out
        c.kind_own, c.noun_kind, c.noun_end, c.rule = rd.figs[t].kind, "toll", j + 1, "toll_noun_later"
        return None
    if and_to:
        return None
    for mm in range(tj + 1, min(b, tj + 10)):
        cw = cue_of(words[mm])
        if words[mm][:1].isdigit() or words[mm] == ".":
            break
        if cw is not None and cw[2] != "weak":
            if mm + 1 < b and words[mm + 1] in lx.COMBINED or (
                    mm + 1 < b and cue_of(words[mm + 1]) and cue_of(words[mm + 1])[0] != cw[0]):
                return c.e
            # (after a subset the reading goes on at the subset marker, which opens its group)
            c.kind_own, c.noun_kind, c.noun_end, c.rule = cw[0], "toll", j + 1 if tj == j else j, "toll_noun_later"
            died = dead_of_relative(words, mm + 1, b) if cw[0] == DETAINED else None
            if died is not None:  # "عدد المعتقلين الذين وثق المرصد استشهادهم": detainees who died
                c.kind_own, c.rule = KILLED, "toll_of_detainee_deaths"
                rd.used_cues.add(died)
            rd.used_cues.add(mm)
            c.category = next((cc for cc in map(people_category, words[tj + 1:mm]) if cc), None)
            return None
    return c.e


def word_before_count(rd, st, c) -> str:
    """The word before the count and its qualifier ("إلى" in "ارتفع إلى أكثر من 606 آلاف عدد …")."""
    if c.qstart is not None and c.qstart > st.a:
        return rd.words[c.qstart - 1]
    return c.before


def toll_noun_after_subset(words: list, j: int, b: int) -> Optional[int]:
    """"ارتفع إلى 86 بينهم 30 طفلاً و20 مواطنة، عدد الشهداء الذين قضوا": the toll noun after a
    subset phrase that opens right after the count (no cue or full stop between), else None."""
    if j >= b or words[j] not in lx.SUBSET_FIRST:
        return None
    for t in range(j + 1, min(b, j + 12)):
        w = words[t]
        if w == "." or cue_of(w) is not None:
            return None
        if w in lx.TOLL_NOUNS_AFTER_TO:
            return t
    return None


def dead_of_relative(words: list, k: int, b: int) -> Optional[int]:
    """A relative clause at token ``k`` that tells its people died ("الذين وثق المرصد
    استشهادهم", "الذين فارقوا الحياة"): the token of its death cue, else None."""
    if k >= b or words[k] not in lx.RELATIVES:
        return None
    for m in range(k + 1, min(b, k + 6)):
        w = words[m]
        if w in lx.STOP_PUNCT or is_number_word(w):
            return None
        cw = cue_of(w)
        if cw is not None:
            return m if cw[0] == KILLED and cw[2] in ("verb", "noun") else None
    return None


def restates_the_dead(rd, st, c) -> bool:
    """"آلاف المعتقلين الذين فارقوا الحياة في سجون النظام، وهم أكثر من 45 ألف معتقل": the count
    after "وهم" restates people a relative clause just before told dead (the sentence's cue)."""
    words, cue, at = rd.words, st.cue, c.at
    if cue is None or cue.used or at - 1 <= st.a or words[at - 1] not in lx.RESTATE_THEY or cue.at >= at:
        return False
    if dead_of_relative(words, cue.at - 1, st.b) != cue.at or at - cue.at > 16:
        return False
    return not any(is_number_word(w) for w in words[cue.at + 1:at - 1])


def noun_people(rd, st, c):
    """"31 مدنياً", "300 سوري", "ثلاثة أحياء" taken alive."""
    cat = people_category(c.noun) or ("unknown" if taken_alive(st, c) else None)
    if cat:
        c.category, c.noun_kind, c.noun_end = cat, "people", c.j + 1


def noun_partitive_kind(rd, st, c):
    """"5 من القتلى من النساء", "اثنين من الجرحى في حالة خطرة", "41 على الأقل من المعدومين":
    some of the victims of a kind, a subset of the last toll of that kind (if larger)."""
    words, j, b = rd.words, c.j, st.b
    construct = j + 2 < b and words[j + 1] in lx.KIND_CONSTRUCTS and words[j + 2] not in lx.DISEASE
    if c.noun in lx.OF and j + 1 < b and (construct or (words[j + 1].startswith(lx.ARTICLE) and is_kind_noun_cue(
            words[j + 1]) and words[j + 1] not in lx.BODY_PLURALS)):
        kind = lx.KIND_CONSTRUCTS[words[j + 1]] if construct else lx.CUES[words[j + 1]][0]
        end = j + 2 + construct  # "19 من مصابي طنطا": the wounded of a place (blind14 ar 016)
        if _partitive_described(words, end, b) and not still_wounded(words, c, st.a, end, b, kind):
            return None  # "3 من المختطفين أُطلق سراحهم", "49 من المحتجزين قُتلوا": the verb decides
        if _died_just_before(words, c, st.a) or bodies_just_before(words, c, st.a):
            return None  # "وتوفي أربعة من الجرحى": some of the wounded died; the verb decides
        c.kind_own, c.noun_kind, c.noun_end, c.rule = kind, "kind", end, "partitive_of_kind"
        head = rd.last_of_kind(kind)
        if head is not None and rd.figs[head].count > c.value and c.post_parent is None:
            c.post_parent = head
    return None


def still_wounded(words: list, c, a: int, k: int, b: int, kind: str) -> bool:
    """"ولا يزال 7 من الجرحى يقيمون بقسم الإنعاش", "19 من مصابي طنطا يتلقون العلاج": "still" before a
    count of the wounded, or a verb of receiving care right after it, and no cue of another kind
    after it: wounded still in hospital, an injured subset (blind14 ar 019, 016)."""
    if kind != INJURED or not ((c.at > a and words[c.at - 1] in lx.STILL) or (k < b and words[k] in lx.RECEIVING)):
        return False
    for m in range(k, min(b, k + 5)):
        cw = cue_of(words[m])
        if words[m] in lx.STOP_PUNCT:
            break
        if (cw is not None and cw[0] != INJURED) or words[m] in lx.RELEASED or words[m] in lx.RELEASED_AFTER:
            return False
    return True


def _died_just_before(words: list, c, a: int) -> bool:
    """A verb of dying right before the count ("وتوفي أربعة من الجرحى", "قبل أن يفارق أربعة من
    الجرحى الحياة"; blind12 ar 019)."""
    k = c.at - 1
    cw = cue_of(base(words[k])) if k >= a else None
    return cw is not None and cw[0] == KILLED and cw[2] == "verb"


def bodies_just_before(words: list, c, a: int) -> bool:
    """A noun for bodies right before the count ("جثامين 4 من المختطفين عثر عليها", "جثث 3 من المفقودين";
    blind30 ar 016): the people of that kind are dead now, the body noun's kind decides, not the
    partitive's."""
    k = c.at - 1
    return k >= a and base(words[k]) in lx.BODY_NOUNS


def _partitive_described(words: list, k: int, b: int) -> bool:
    """A verb or status follows "N من القتلى" (a cue, release, "ما زالوا", "يتلقون")."""
    for m in range(k, min(b, k + 5)):
        w = words[m]
        if w in lx.STOP_PUNCT:
            return False
        if w in lx.STILL and still_in_condition(words, m + 1, b):
            return False  # "نحو 300 من الجرحى ما زالوا في حالة حرجة": still wounded, the kind stands
        if (cue_of(w) is not None and cue_of(w)[2] in ("verb", "weak")) or w in lx.STILL or w in lx.RELEASED \
                or w in lx.RELEASED_AFTER \
                or (w.startswith(lx.IMPERFECT[0]) and w.endswith(lx.IMPERFECT[1])):
            return True
    return False


def still_in_condition(words: list, k: int, b: int) -> bool:
    """"في حالة حرجة", "بحالة خطرة", "في العناية" at ``k`` (after "ما زالوا"; the rest of
    "ما زالوا"/"لا يزالون" is skipped)."""
    while k < b and words[k] in lx.STILL:
        k += 1
    return k + 1 < b and words[k] in lx.IN_CONDITION and (words[k] != lx.IN or words[k + 1] in lx.CONDITION_PLACES)


def noun_of_group(rd, st, c):
    """"8 من قوات النظام", "4 من عائلة واحدة"; "3 من الغارات" is no count of people."""
    words, j, b = rd.words, c.j, st.b
    if c.noun in lx.OF and j + 1 < b and words[j + 1] not in lx.MONTH_WORDS and \
            words[j + 1] not in lx.OF_NOT_GROUP and not words[j + 1][:1].isdigit():
        c.noun_kind, c.noun_end = "of", j + 2
        c.category = people_category(words[j + 1])
        family = words[j + 1].removeprefix(lx.ARTICLE) in lx.FAMILY_HEADS  # members of one family
        if not family and (words[j + 1] in lx.NOT_PEOPLE or base(words[j + 1]).removeprefix(lx.ARTICLE)
                           in lx.NOT_PEOPLE):
            return j + 2
    return None


def condition_in_group(st, noun: str) -> bool:
    """"بينهم 19 حالتهم حرجة", "بينهم 5 إصاباتهم خطيرة": inside a subset group a count followed by
    "their condition" names no victims of its own (rules.read_after_noun reads the condition;
    blind43 ar 002)."""
    return bool(st.groups) and noun in lx.CONDITION_AFTER_SUBSET


def noun_bare(rd, st, c):
    """Nothing that names the victims follows: a subset marker, a function word, a cue."""
    noun = c.noun
    described = st.groups and noun.startswith(lx.IMPERFECT[0]) and noun.endswith(lx.IMPERFECT[1])
    passive = noun in lx.PASSIVE_AUX and c.j + 1 < st.b and cue_of(rd.words[c.j + 1]) is not None  # "19 جرى إعدامهم"
    if described or passive or condition_in_group(st, noun) or noun in lx.POST_MARKERS or noun == "" or noun in lx.FUNCTION_AFTER or (
            noun.startswith(lx.PREP_B) and len(noun) > 3) or noun in lx.CUES or cue_of(noun) is not None:
        c.noun_kind = "bare"
    else:
        c.noun_kind = "other"


NOUN_RULES: list[Callable] = [
    noun_things_after_range, noun_new_clause, noun_case_with_cue, noun_case_after_toll, noun_case_part, noun_case_named_before, noun_kind_noun, noun_toll_later, noun_people,
    noun_partitive_kind, noun_of_group, noun_bare,
]


# --- 3. after the noun: adjectives, subset markers, conditions, fate ---------------------------

def read_after_noun(rd, st, c) -> Optional[int]:
    """Adjectives and "آخرين" after the noun, "منهم" (a subset of the figure before), a
    qualifier; vetoes conditions ("5 منهم في حالة حرجة") and combined totals ("20 شخصاً
    بين قتيل وجريح")."""
    words, b = rd.words, st.b
    k = c.noun_end
    for _ in range(3):
        w = words[k] if k < b else None
        if w is not None and (w in lx.OTHERS or (c.noun_kind == "people" and lx.NISBA.match(w)
                                                and w not in lx.NISBA_STOP and base(w) not in WORDS
                                                and not cue_of(w) and not (  # "7 يمنيين وسورياً واحداً"
                                                    w[:1] == lx.AND and k + 1 < b and words[k + 1] in lx.ONE_AFTER))):
            k += 1
        else:
            break
    q = qualifier_after(words, k, b)
    if q:
        c.qualifier, k = "at_least", q[1]
    if k < b and words[k] in lx.POST_MARKERS and k + 1 < b and (
            words[k + 1] in lx.CONDITION_AFTER_SUBSET or (words[k + 1] in lx.IN_CONDITION and (
            words[k + 1] != lx.IN or (k + 2 < b and words[k + 2] in lx.CONDITION_PLACES)))):
        c.condition = True  # "5 منهم في حالة حرجة": a condition of some of the injured
    if k < b and words[k] in lx.POST_MARKERS:
        k = read_post_marker(rd, st, c, k)
    if st.groups and c.noun_kind == "bare" and k + 1 < b and (words[k] in lx.IN_GROUP_CONDITION or (
            words[k] == lx.IN and words[k + 1] in lx.CASE_NOUNS)):
        c.condition = True  # "بينهم 3 في حالة حرجة": a condition of some of the injured
    combined = combined_between_at(words, k, b)
    if combined is not None:
        cue = st.cue
        if cue is not None and (cue.at + 1 == c.i or (c.qstart is not None and cue.at + 1 == c.qstart)):
            cue.used = True
        return combined  # "20 شخصاً بين قتيل وجريح": a combined total
    c.k = k
    fate_unknown(rd, st, c)
    if c.noun_kind in ("people", "kind", "of"):
        c.victims = (c.j, c.noun_end)
    return None


def combined_between_at(words: list, k: int, b: int) -> Optional[int]:
    """"بين قتيل وجريح" at token ``k`` after the noun ("20 شخصاً بين قتيل وجريح"): a combined total of the
    killed and the wounded, no figure of either; also past one adjective of the noun ("1200 ضحية مدنية بين
    قتيل وجريح", issue 11, blind61 ar 014). The token after it, else None."""
    k += k + 3 < b and lx.NISBA_ONE.match(words[k]) is not None and words[k + 1] == lx.BETWEEN_WORD
    return k + 3 if k + 2 < b and words[k] == lx.BETWEEN_WORD and words[k + 2] in lx.COMBINED else None


def people_counted_between(rd, st, c) -> bool:
    """"انتشال 82 جثة، فيما جرى إنقاذ 104 أشخاص نُقلوا إلى الميناء، وتلقى 4 منهم العلاج": a count of
    people that is no figure (the rescued, the passengers) stands between the last figure of the
    sentence and "N منهم": "منهم" points to those people, not to the figure (blind31 ar 012)."""
    words, figs = rd.words, rd.figs
    if not figs or figs[-1].sent != st.si:
        return False
    return any(is_number_word(words[k]) and base(words[k + 1]) in lx.PEOPLE
               for k in range(figs[-1].tend, c.i - 1))


def treated_of_people(rd, st, c, k: int) -> None:
    """"وتلقى 4 منهم العلاج في المستشفى" of people who are no figure (the rescued): those treated are
    wounded, a figure of their own with no parent (blind31 ar 012)."""
    words = rd.words
    if c.at > st.a and words[c.at - 1] in lx.TREATED and k < st.b and words[k] in lx.TREATMENT:
        c.kind, c.how, c.rule = INJURED, "follow-cue", "treated_of_people"


def read_post_marker(rd, st, c, k: int) -> int:
    """"14 منهم", "3 منهم أطفال": a subset of the open group, the target, or the figure
    before in the paragraph ("مقتل 7 أشخاص. وقال المرصد إن 3 منهم أطفال")."""
    words, b, figs, groups = rd.words, st.b, rd.figs, st.groups
    target = c.target
    if groups:
        c.post_parent = groups[-1].head
    elif people_counted_between(rd, st, c):
        c.post_parent = c.target = None
        treated_of_people(rd, st, c, k + 1)
        return k + 1  # "إنقاذ 104 أشخاص …، وتلقى 4 منهم العلاج": a part of the rescued, not of the toll
    else:
        c.post_parent = target
    if c.post_parent is None:
        c.post_parent = kind_named_before(rd, st, c)  # "عدداً من الجرحى غادروا، فيما لا يزال 48 منهم راقدين"
        c.target = c.post_parent if c.post_parent is not None else c.target
    if c.post_parent is None and figs and figs[-1].para == st.para and figs[-1].count > c.value \
            and not figs[-1].superseded and not figs[-1].vague:
        c.post_parent = c.target = len(figs) - 1
    k += 1
    if c.noun_kind == "bare" and k < b and people_category(words[k]):
        c.category = people_category(words[k])
        c.noun_kind = "people"
        k += 1
    q = qualifier_after(words, k, b)  # "14 منهم على الأقل"
    if q:
        c.qualifier, k = q
    return k


def kind_named_before(rd, st, c) -> Optional[int]:
    """The figure "N منهم" refers to when its sentence names a kind before it and has no figure
    of its own yet ("وأضاف أن عدداً من الجرحى غادروا المستشفيات، فيما لا يزال 48 منهم راقدين",
    blind14 ar 020): the last toll of that kind, if larger."""
    words = rd.words
    if rd.figs and rd.figs[-1].sent == st.si:
        return None
    for k in range(c.at - 1, st.a - 1, -1):
        if words[k].startswith(lx.ARTICLE) and is_kind_noun_cue(words[k]):
            head = rd.last_of_kind(lx.CUES[words[k]][0])
            return head if head is not None and rd.figs[head].count > c.value else None
    return None


def fate_unknown(rd, st, c) -> None:
    """"لا يزال مصير 68 ناشطاً مجهولاً", "مصير 2,500 مختطف لدى التنظيم لا يزال مجهولاً", "لا يزال
    مصير 416 منهم على الأقل مجهولاً", "لا يزال مصير أكثر من 5 آلاف معتقل من أبناء الغوطة مجهولاً":
    missing (with "لا يزال" before "مصير", the unknown-fate word may close a longer clause)."""
    words, b = rd.words, st.b
    if abducted_still_of_unknown_fate(words, b, c):
        c.kind_own, c.rule = MISSING, "fate_unknown_adjective"
        return
    k = (c.qstart if c.qstart else c.i) - 1
    while k > st.a and words[k] in lx.WHEREABOUTS:  # "مصير ومكان وجود 19 منهم"
        k -= 1
    if k < st.a or words[k] not in lx.FATE:
        return
    if c.noun in lx.UNKNOWN_FATE and k > st.a and words[k - 1] in lx.STILL:  # "لا يزال مصير 25 مجهولاً" (blind14 ar 025)
        c.noun_kind, c.kind_own, c.rule, c.noun_end = "kind", MISSING, "fate_unknown", c.j + 1
        return
    counted = c.noun_kind in ("people", "of") or (c.noun_kind == "kind" and c.kind_own == DETAINED)
    if not (counted or (c.noun_kind == "bare" and c.noun in lx.POST_MARKERS)):
        return
    still_before = k > st.a and words[k - 1] in lx.STILL
    if any(w in lx.UNKNOWN_FATE for w in words[c.noun_end:min(b, c.noun_end + 3)]):
        c.noun_kind, c.kind_own, c.rule = "kind", MISSING, "fate_unknown"
        return
    for mm in range(c.noun_end, min(b, c.noun_end + lx.FATE_CLAUSE_REACH)):
        relative = still_before and mm <= c.noun_end + 1 and words[mm] in lx.RELATIVES  # "… الذين احتجزوا …"
        if (words[mm] in lx.CLAUSE_BREAK and not relative) or words[mm] == "." or (
                cue_of(words[mm]) is not None and words[mm - 1] not in lx.WHO_OF
                and not describes_the_counted(words, c, mm, still_before) and not place_held_in_fate(words, mm)):
            break  # (a cue in "ممن اختطفوا معهم" tells who they are: the fate still closes the clause)
        if words[mm] in lx.UNKNOWN_FATE and (still_before or words[mm - 1] in lx.STILL):
            c.noun_kind, c.kind_own, c.rule = "kind", MISSING, "fate_unknown"
            break


def place_held_in_fate(words: list, mm: int) -> bool:
    """"ولا يزال مصير 20 منهم ومكان احتجازهم مجهولين": a detention noun at token ``mm`` right after "ومكان"
    (``WHEREABOUTS``) names where they are held, part of the fate clause, not a new detention: the fate
    still closes the clause, missing (blind74 ar 010)."""
    return mm > 0 and words[mm] in lx.WHEREABOUTS and words[mm - 1] in lx.WHEREABOUTS


def describes_the_counted(words: list, c, mm: int, still_before: bool) -> bool:
    """A cue right after the counted noun of "لا يزال مصير N …" is a relative clause that says who
    they are, not what befell them now: "لا يزال مصير 17 شخصاً اختطفوا خلال الشهر … مجهولاً"
    (missing; blind18 ar 001), as "ممن اختطفوا"; so is a cue after "الذين" ("لا يزال مصير 3 من
    العاملين الصحيين الذين احتجزوا عند نقطة تفتيش … مجهولاً", blind21 ar 013)."""
    if still_before and mm <= c.noun_end + 2 and words[mm - 1] in lx.RELATIVES:
        return True
    return still_before and mm == c.noun_end and c.noun_kind == "people"


# --- 4. a verb or status after the noun phrase ----------------------------------------------------
# Each may set ``c.follow`` = (kind, manner, token of the verb), in order; later rules
# that override an earlier one say so.

def _displacement(ww: str):
    return cue_of(ww) or (cue_of(ww[2:]) if ww.startswith(lx.ARTICLE) else None)


def follow_kind_adjective(rd, st, c, m):
    """"4 آخرون محتجزين", "3 أشخاص مفقودين", "12 مواطناً مجهولي المصير"."""
    words, b = rd.words, st.b
    m = past_that_is_aside(words, m, b)
    if m < b and words[m] in lx.KIND_NOUNS and c.noun_kind in ("people", "of") and \
            not (m + 1 < b and words[m + 1] in lx.COMBINED):
        return (lx.KIND_NOUNS[words[m]], None, m), "kind_adjective"
    if m < b and words[m] in lx.KILLED_STATE and c.noun_kind in ("people", "of"):
        return (KILLED, None, m), "found_killed"
    if m < b and words[m] in lx.UNKNOWN_OF_FATE[1] and words[m - 1] in lx.UNKNOWN_OF_FATE[0] \
            and c.noun_kind in ("people", "of") and words[(c.qstart or c.i) - 1] in lx.STILL:
        return (MISSING, None, m), "fate_unknown_adjective"  # "ولا يزال 12 مواطناً مجهولي المصير" (blind23 ar 003)
    return fate_unknown_closing_of_phrase(words, c, m)


def past_that_is_aside(words: list, m: int, b: int) -> int:
    """"1.7 مليون شخص، أي نحو ثلاثة أرباع السكان، نازحون" (blind42 ar 007): an aside opened by "، أي"
    and closed by a comma within ``lexicon.THAT_IS_ASIDE_MAX`` words before the status noun: the token
    after its closing comma when a status noun (``lexicon.KIND_NOUNS``) stands there, else ``m``."""
    if m + 1 >= b or words[m] != "," or words[m + 1] != lx.THAT_IS:
        return m
    for t in range(m + 2, min(b - 1, m + 2 + lx.THAT_IS_ASIDE_MAX)):
        if words[t] in lx.SENTENCE_PUNCT and words[t] != ",":
            return m
        if words[t] == ",":
            return t + 1 if words[t + 1] in lx.KIND_NOUNS else m
    return m


def abducted_still_of_unknown_fate(words: list, b: int, c) -> bool:
    """"فيما لا يزال أكثر من 2600 مختطف مجهولي المصير" (blind46 ar 014): after "لا يزال", a count of
    detained or abducted (a kind noun) with "مجهولي المصير" right after it are missing, as counted
    people are (``follow_kind_adjective``, blind23 ar 003)."""
    if c.noun_kind != "kind" or c.kind_own != DETAINED or c.j is None:
        return False
    m = c.j + 1
    heads, fate = lx.UNKNOWN_OF_FATE
    return words[(c.qstart or c.i) - 1] in lx.STILL and m + 1 < b and words[m] in heads and words[m + 1] in fate


def fate_unknown_closing_of_phrase(words: list, c, m: int):
    """"فيما لا يزال 12 من شباب القرية مجهولي المصير" (issue 11, blind41 ar 002): after "لا يزال", a count
    "من" + a noun phrase that the reading closed after "مجهولي المصير": missing (``follow_kind_adjective``)."""
    if c.noun_kind != "of" or words[(c.qstart or c.i) - 1] not in lx.STILL:
        return None
    t = next((t for t in range(c.i + 3, min(m + 1, len(words))) if words[t] in lx.UNKNOWN_OF_FATE[1]
              and words[t - 1] in lx.UNKNOWN_OF_FATE[0]), None)
    return ((MISSING, None, t), "fate_unknown_adjective") if t is not None else None


def follow_became_kind(rd, st, c, m):
    """"113218 شخصاً قد تحولوا إلى مختفين قسرياً": people who became victims of a kind."""
    words, b = rd.words, st.b
    if c.noun_kind not in ("people", "of", "bare"):
        return None
    close = aside_close(rd, st, m)  # "112713 شخصاً، بينهم 3105 أطفال، تحولوا إلى مختفين"
    k = k0 = m if close is None else close + 1
    while k < b and k - k0 < 4 and (words[k] in lx.OF_THESE or words[k] in lx.FILLERS_BEFORE_VERB):
        k += 1
    if k < b and words[k] in lx.BECAME:
        t = k + 1 + (k + 1 < b and words[k + 1] == lx.TO)
        if t < b and words[t] in lx.KIND_NOUNS:
            return (lx.KIND_NOUNS[words[t]], None, t), "became_kind"
        kind = became_cases_of(words, t, b)  # "141 منها تحولت إلى حالات اختفاء قسري" (ar316)
        if kind is not None:
            return (kind, None, t + 1), "became_kind"
    # the verb before the count: "وقد تحوَّل 360 منهم إلى مختفين قسرياً"
    m = m + 1 if c.at > st.a and words[c.at - 1] in lx.BECAME and m < b and words[m] in lx.BECAME_PART_OF else m
    if c.at > st.a and words[c.at - 1] in lx.BECAME and m + 1 < b and words[m] == lx.TO:
        if words[m + 1] in lx.KIND_NOUNS:
            return (lx.KIND_NOUNS[words[m + 1]], None, m + 1), "became_kind"
        kind = became_cases_of(words, m + 1, b)
        if kind is not None:
            return (kind, None, m + 2), "became_kind"
        return became_state_of(words, m + 1)
    return None


def became_state_of(words: list, t: int):
    """"تحول 112 منها إلى اختفاء قسري": a count of the cases that became the state a casualty
    noun names ("اختفاء", with no "حالات") takes that noun's kind (issue 11, blind38 ar 003)."""
    cw = cue_of(words[t])
    if cw is None or cw[2] == "weak":
        return None
    return (cw[0], None, t + 1), "became_state"


def became_cases_of(words: list, t: int, b: int) -> Optional[str]:
    """"تحولت 131 منها إلى حالات اختفاء قسري": cases (``CASE_NOUNS``) of a casualty cue
    after "إلى": the kind of that cue."""
    if t + 1 < b and words[t] in lx.CASE_NOUNS:
        cw = cue_of(words[t + 1])
        if cw is not None:
            return cw[0]
    return None


def follow_forced_to_flee(rd, st, c, m):
    """"3000 من سكان المخيم اضطروا إلى مغادرة منازلهم / إلى النزوح"."""
    words, b = rd.words, st.b
    if c.noun_kind in ("people", "of") and m + 2 < b and words[m] in lx.FORCED and words[m + 1] in (lx.TO, lx.ON):
        ww = words[m + 2]
        cw = _displacement(ww)
        if cw is not None and cw[0] == DISPLACED:
            return (DISPLACED, cw[1], m + 2), "forced_to_flee"
        if ww in lx.LEAVE and m + 3 < b and words[m + 3].startswith(lx.HOMES):
            return (DISPLACED, None, m + 3), "forced_to_flee"


def follow_made_to_flee(rd, st, c, m):
    """"أجبرت أكثر من 10 ملايين شخص على الفرار", "أجبر 1500 مدني على مغادرة منازلهم"."""
    words, b = rd.words, st.b
    if m + 1 < b and words[m] == lx.ON:
        cw = _displacement(words[m + 1])
        if cw is not None and cw[0] == DISPLACED:
            return (cw[0], cw[1], m + 1), "made_to_flee"
        if words[m + 1] in lx.LEAVE and m + 2 < b and words[m + 2].startswith(lx.HOMES):
            return (DISPLACED, None, m + 2), "made_to_flee"


def follow_pushed_to_flee(rd, st, c, m):
    """"اضطر 300 شخص إلى النزوح", "دفع 300 شخص للفرار"."""
    words, b = rd.words, st.b
    if m < b and (words[m] == lx.TO and m + 1 < b or words[m].startswith(lx.LIL)):
        ww = words[m + 1] if words[m] == lx.TO else words[m][2:]
        cw = _displacement(ww) or cue_of(lx.ARTICLE + ww)
        if cw is not None and cw[0] == DISPLACED and cw[2] == "verb":
            return (cw[0], cw[1], m + 1 if words[m] == lx.TO else m), "pushed_to_flee"
        # "اضطر نحو ألفي شخص إلى مغادرة منازلهم"
        if words[m] == lx.TO and ww in lx.LEAVE and m + 2 < st.b and words[m + 2] in lx.OWN_HOMES:
            return (DISPLACED, None, m + 2), "pushed_to_flee"


def lost_own_homes(kind: str, words: list, i: int, b: int) -> bool:
    """"وعدد الذين فقدوا منازلهم بنحو نصف مليون شخص" (blind32 ar 024): the missing cue "فقد" at token
    ``i`` with their own homes as its object ("منازلهم", "بيوتهم"): people left homeless, displaced,
    not missing (as "غادروا منازلهم", ``follow_left_homes``); so after the count ("نحو 40 ألف شخص فقدوا
    منازلهم", issue 11, blind84 ar 014: in ``read_follow``)."""
    return kind == MISSING and i + 1 < b and words[i + 1] in lx.OWN_HOMES


def follow_left_homes(rd, st, c, m):
    """"نحو 3 آلاف مواطن غادروا منازلهم": people who left their own homes, displaced."""
    words, b = rd.words, st.b
    if c.noun_kind in ("people", "of") and m + 1 < b and words[m] in lx.LEFT and words[m + 1] in lx.OWN_HOMES:
        return (DISPLACED, None, m + 1), "left_homes"
    return None


def follow_crossed_border(rd, st, c, m):
    """"عبر قرابة 1.8 مليون الحدود", "عبر أكثر من 300 ألف شخص الحدود إلى تشاد": people who crossed
    the border fleeing, displaced (blind15 ar 011; blind14 ar 013's "عبر ما يزيد على نصف مليون شخص
    الحدود"). The crossing verb right before the count, the border right after its noun phrase."""
    words = rd.words
    if not (m < st.b and (words[m] in lx.BORDERS or into_neighbouring_lands(words, m, st.b))
            and c.at > st.a and words[c.at - 1] in lx.CROSSED):
        return None
    if c.noun_kind == "other" and c.noun in lx.BORDERS:  # "1.8 مليون الحدود": the border is the verb's object
        c.noun_kind, c.noun_end = "bare", c.j
    if c.noun_kind in ("people", "bare"):
        return (DISPLACED, None, m), "crossed_border"
    return None


def into_neighbouring_lands(words: list, m: int, b: int) -> bool:
    """"عبر قرابة مليوني شخص إلى دول الجوار" (issue 11, blind48 ar 005): "إلى" + the neighbouring countries
    (lexicon.NEIGHBOUR_LANDS) at ``m`` stands for the border crossed (``follow_crossed_border``)."""
    return m + 2 < b and words[m] in lx.INTO and tuple(words[m + 1:m + 3]) in lx.NEIGHBOUR_LANDS


def follow_exposed_to(rd, st, c, m):
    """"تعرض 40 شخصاً للاعتقال/للإصابة"."""
    words, b = rd.words, st.b
    if m < b and words[m].startswith(lx.LIL) and c.noun_kind in ("people", "of") and \
            lx.TARGETED.intersection(words[max(st.a, c.i - 3):c.i]):
        cw = cue_of(words[m][2:]) or cue_of(lx.ARTICLE + words[m][2:])
        if cw is not None and cw[2] in ("verb", "noun"):
            return (cw[0], cw[1], m), "exposed_to"


def skip_to_verb(rd, st, c) -> int:
    """The token after the noun phrase where a verb may stand ("8 من قوات النظام قتلوا"); so "left their
    homes" and "على" ("نحو 3 آلاف من سكان المخيم غادروا منازلهم", "أجبر الهجوم 2000 من السكان على النزوح",
    blind50 ar 005, 006: ``follow_left_homes``, ``follow_made_to_flee``)."""
    words, b = rd.words, st.b
    m = c.k
    if c.noun_kind == "of":
        m = c.noun_end
        for _ in range(4):
            w = words[m] if m < b else None
            if w is not None and w not in lx.SENTENCE_PUNCT and cue_of(w) is None and not w[:1].isdigit() \
                    and w not in lx.STILL and w not in lx.FORCED and w not in lx.LEFT and w != lx.ON \
                    and not (w in lx.IN_THE_RANKS and m + 1 < b and words[m + 1] in lx.RANKS):
                m += 1
            else:
                break
    elif c.noun_kind == "people":
        m = past_origin_to_status(words, m, b)
    while m < b and words[m] in lx.FILLERS_BEFORE_VERB:
        m += 1
    return m


def past_origin_to_status(words: list, m: int, b: int) -> int:
    """"350 شخصاً من أبناء المدينة لا يزالون في عداد المفقودين": an origin phrase after the people
    noun, then a still-status or "في عداد": the token where that status starts (blind24 ar 019),
    else ``m``. Only a status, never a verb, is reached past the phrase."""
    if m >= b or words[m] not in lx.OF:
        return m
    for j in range(m + 1, min(b, m + 2 + lx.ORIGIN_MAX_WORDS)):
        w = words[j]
        if w in lx.STILL or (w in lx.IN_THE_RANKS and j + 1 < b and words[j + 1] in lx.RANKS):
            return j
        if w in lx.SENTENCE_PUNCT or cue_of(w) is not None or is_number_word(w):
            return m
    return m


def still_under(rd, st, m: int):
    """"لا يزالون قيد الاعتقال": ``(follow or None, token after the still-words)``."""
    words, b = rd.words, st.b
    status = m
    while status < b and (words[status] in lx.STILL or words[status] in lx.STILL_DUAL) and status - m < 4:
        status += 1  # (the dual: "اثنين من موظفيها لا يزالان في عداد المفقودين", blind41 ar 004)
    if status > m and status + 1 < b and words[status] in lx.UNDER and under_status(words[status + 1]):
        cw = under_status(words[status + 1])
        return (cw[0], cw[1], status + 1), status
    if status > m and status < b and words[status] in lx.KIND_NOUNS:  # "لا يزالون مختطفين"
        return (lx.KIND_NOUNS[words[status]], None, status), status
    return None, status


def under_status(word: str):
    """The status after "قيد"/"رهن": a cue ("الاعتقال") or treatment ("العلاج": injured)."""
    cw = cue_of(word) or cue_of(word[2:])
    if cw is None and word in lx.TREATMENT:
        return INJURED, None, "noun"
    return cw


def aside_close(rd, st, m: int, that_is: bool = False) -> Optional[int]:
    """The comma that closes a subset aside opened at ``m`` ("، بينهم 9 مدنيين،"), else None; with
    ``that_is``, also an "i.e." aside ("، أي نحو ثلاثة أرباع سكان القطاع،", blind49 ar 007)."""
    words, b = rd.words, st.b
    if m + 1 < b and words[m] == "," and (match_group(rd, m + 1, b) or (that_is and words[m + 1] == lx.THAT_IS)):
        mm = m + 1
        while mm < b and words[mm] not in lx.SENTENCE_PUNCT and mm - m < 12:
            mm += 1
        if mm + 1 < b and words[mm] == ",":
            return mm
    return None


def past_aside(rd, st, m: int) -> int:
    """A subset aside before the verb: "17 شخصاً، بينهم 9 مدنيين، قتلوا"; so an "i.e." aside, and the
    fillers after it ("أن 1.7 مليون شخص، أي نحو ثلاثة أرباع السكان، كانوا قد نزحوا", blind49 ar 007)."""
    words = rd.words
    mm = aside_close(rd, st, m, that_is=True)
    if mm is None:
        return m
    v = mm + 1
    while v < st.b and (words[v] in lx.FILLERS_BEFORE_VERB or words[v] in lx.WAS_PERSONS):
        v += 1
    if v < st.b and cue_of(words[v]) and cue_of(words[v])[2] == "verb" and words[v][:1] != lx.AND:
        return v
    return m


def still_under_past_aside(rd, st, m: int):
    """SNHR stocks: "ما لا يقل عن 157287 شخصاً، بينهم 5274 طفلاً و10221 سيدة، لا يزالون قيد
    الاعتقال": the status after the subsets (a stock, cumulative)."""
    mm = aside_close(rd, st, m)
    return still_under(rd, st, mm + 1)[0] if mm is not None else None


def verb_or_ranks(rd, st, m: int, ms: int):
    """"20 شخصاً في عداد المفقودين"; "ستة مدنيين قتلوا"; "5 أشخاص تم اعتقالهم"."""
    words, b = rd.words, st.b
    if ms + 2 < b and words[ms] in lx.IN_THE_RANKS and words[ms + 1] in lx.RANKS and cue_of(words[ms + 2]):
        cw = cue_of(words[ms + 2])
        return (cw[0], cw[1], ms + 2), "in_ranks_of"
    w = words[m] if m < b else ""
    cw = cue_of(w) if w else None
    if (cw is not None and cw[2] in ("verb", "weak") and not w.startswith(lx.PREP_B)
            and not (w[0] == lx.AND and w[1:] in lx.CUES)) or w in lx.WITH_WOUNDS:
        return (cw[0], cw[1], m), "verb_after_noun"
    if m + 1 < b and w in lx.PASSIVE_AUX and cue_of(words[m + 1]) is not None:
        cw = cue_of(words[m + 1])
        return (cw[0], cw[1], m + 1), "verb_after_noun"
    return None


def follow_among_kind(rd, st, c, m):
    """"3 أطفال بين القتلى", "طفلاً واحداً بين المصابين": the kind noun after "بين"."""
    words, b = rd.words, st.b
    k = m + 1 if m < b and words[m] in lx.OF else m
    if c.noun_kind in ("people", "of") and k + 1 < b and words[k] == lx.BETWEEN_WORD \
            and is_kind_noun_cue(words[k + 1]):
        return (lx.CUES[words[k + 1]][0], None, k + 1), "among_the_kind"
    return None


def follow_were_among_kind(rd, st, c, m):
    """"إن 43 سورياً على الأقل كانوا بين الضحايا", "إن 21 من أفراد بحريتها … كانوا من بين المصابين":
    a reported count whose people "were (of) among the KIND" (blind25 ar 006, blind26 ar 006, blind27 ar
    005). The count opens its reported clause; only plain words stand before "كانوا"."""
    words, b = rd.words, st.b
    lead = words[c.at - 1] if c.at - 1 >= st.a else ""
    if c.noun_kind not in ("people", "of") or not (lead in lx.SUBJECT_THAT or opens_sentence(rd, st, c.at)):
        return None
    start = c.noun_end if c.noun_kind == "of" else c.k
    for t in range(start, min(b - 2, start + lx.WERE_AMONG_REACH)):
        w = words[t]
        if w in lx.WERE_AMONG:
            k = were_among_at(words, t, b)
            return None if k is None else ((lx.CUES[words[k]][0], None, k), "were_among_the_kind")
        if w in lx.SENTENCE_PUNCT or w == lx.COMMA or is_number_word(w) or cue_of(w) is not None:
            return None
    return None


def were_among_at(words: list, t: int, b: int) -> Optional[int]:
    """"كانوا (من) بين القتلى" at ``t``: the token of the kind noun, else None."""
    if t >= b or words[t] not in lx.WERE_AMONG:
        return None
    k = t + 1 + (t + 1 < b and words[t + 1] in lx.OF)
    return k + 1 if k + 1 < b and words[k] == lx.BETWEEN_WORD and is_kind_noun_cue(words[k + 1]) else None


def follow_far_plural_verb(rd, st, c, m):
    """A count that opens a reported clause and its plural verb after a list, an aside or a
    place phrase: "بأن 4 فلسطينيين، بينهم طفل، في مخيم النصيرات … استُشهدوا", "أن 9 مدنيين و4
    عناصر … و2 من المنشقين، قُتلوا"; also "كانوا (من) بين القتلى" for the verb ("إن 64 طفلاً و57 امرأة، من
    سكان المخيم، كانوا بين القتلى"). The verb closes the clause: no other cue, no clause word, and no count
    of its own after it."""
    words, b = rd.words, st.b
    lead = words[c.at - 1] if c.at - 1 >= st.a else ""
    if not (lead in lx.SUBJECT_THAT or opens_sentence(rd, st, c.at)) or c.noun_kind not in ("people", "of"):
        return None
    for k in range(m, min(b, m + 30)):
        w = words[k]
        if w in lx.FAR_VERB_STOPS or w in lx.THAT or w in lx.KIND_NOUNS or w in lx.STILL:
            return None
        if w in lx.WERE_AMONG:  # "إن 64 طفلاً و57 امرأة، من سكان المخيم، كانوا بين القتلى" (blind39 ar 005)
            j = were_among_at(words, k, b)
            return None if j is None else ((lx.CUES[words[j]][0], None, j), "were_among_the_kind")
        cw = cue_of(w)
        if cw is None:
            continue
        if cw[2] != "verb" or not w.endswith(lx.PLURAL_VERB_ENDING) or w[:1] == lx.AND \
                or is_count_start(words[k + 1] if k + 1 < b else ""):
            return None
        return (cw[0], cw[1], k), "count_before_far_verb"
    return None


def opens_sentence(rd, st, at: int) -> bool:
    """The count opens its sentence, or follows only a short opening phrase and its comma ("وفي
    التفاصيل، 4 مدنيين، بينهم طفلان، من عائلة واحدة في بلدة سرمين … قضوا", blind14 ar 002) with no
    cue or number in it."""
    if at == st.a:
        return True
    words = rd.words
    return words[at - 1] == lx.COMMA and at - st.a <= lx.OPENING_PHRASE_MAX and not any(
        cue_of(w) is not None or is_number_word(w) or w == lx.COMMA for w in words[st.a:at - 1])


def follow_still_under_before(rd, st, c, m):
    """"لا يزال ما لا يقل عن 476 صحفياً ومواطناً صحفياً قيد الاعتقال": the still-words before
    the count, the status after its noun phrase."""
    words, b = rd.words, st.b
    still = words[max(st.a, c.at - 3):c.at]
    if c.noun_kind not in ("people", "of") or not (lx.STILL.intersection(still) or lx.REMAIN.intersection(still)):
        return None
    for k in range(m, min(b - 1, m + 5)):
        if words[k] in lx.BENEATH and words[k + 1] in lx.RUBBLE:  # "يبقى قرابة عشرة آلاف إنسان تحت الركام"
            return (MISSING, None, k + 1), "still_under_rubble"
        if words[k] in lx.UNDER:
            cw = under_status(words[k + 1])
            return ((cw[0], cw[1], k + 1), "still_under") if cw else None
        if words[k] in lx.RECEIVING and words[k + 1] in lx.TREATMENT:
            return (INJURED, None, k + 1), "under_treatment"
        if words[k] in lx.SENTENCE_PUNCT or is_number_word(words[k]) or cue_of(words[k]):
            return None
    return None


def follow_own_fate_unknown(rd, st, c, m):
    """"إن 500 شخص لا يزال مصيرهم مجهولاً", "600 شخص من أبناء البلدة لا يزال مصيرهم ومكان وجودهم
    مجهولين", "ملفات 900 شخص لا يُعرف مصيرهم ولا أماكن وجودهم": the fate of the counted people (a
    plural pronoun on "مصير" right after their noun phrase) is unknown, so they are missing
    (blind22 ar 012, blind27 ar 022). Unknown is a "مجهول" word a few words on, or a negated "know"
    right before "مصيرهم"."""
    words, b = rd.words, st.b
    if c.noun_kind not in ("people", "of") and not (c.noun_kind == "kind" and c.kind_own == DETAINED):
        return None  # "7 مختطفين لا يزال مصيرهم مجهولاً": held people whose fate is unknown (rules.held_fate_unknown)
    if any((cue_of(w) or ("", "", ""))[2] == "verb" for w in words[max(st.a, c.at - 3):c.at]):
        return None  # "قتل 5 أشخاص …": the count is the verb's
    k = m
    negated = k + 1 < b and words[k] in lx.NOT_KNOWN[0] and words[k + 1] in lx.NOT_KNOWN[1]
    while not negated and k < b and words[k] in lx.STILL and k - m < 3:
        k += 1
    k += 2 * negated
    if not (k < b and words[k] in lx.OWN_FATE and (negated or k > m)):
        return None
    if negated or own_fate_unknown_at(words, k, b):
        return (MISSING, None, k), "own_fate_unknown"
    return None


def own_fate_unknown_at(words: list, k: int, b: int, fate=lx.OWN_FATE) -> bool:
    """"مصيرهم مجهولاً", "مصيرهم ومكان وجودهم مجهولين": an own-fate word (one of ``fate``) at ``k`` and an
    unknown-fate word within ``OWN_FATE_REACH`` words after it (``follow_own_fate_unknown``,
    ``kind_part_fate_unknown``, ``held_then_fate_unknown``)."""
    return k < b and words[k] in fate \
        and bool(lx.UNKNOWN_FATE_FORMS.intersection(words[k + 1:min(b, k + 1 + lx.OWN_FATE_REACH)]))


FOLLOW_RULES: list[Callable] = [follow_kind_adjective, follow_became_kind, follow_forced_to_flee, follow_made_to_flee,
                                follow_pushed_to_flee, follow_crossed_border, follow_still_under_before,
                                follow_left_homes, follow_own_fate_unknown]


def read_follow(rd, st, c) -> Optional[int]:
    """Sets ``c.follow`` (and ``c.follow_far``); vetoes "لقي 2,250 مهاجراً حتفهم أو فقدوا"
    (dead or missing, a combined total)."""
    words, b = rd.words, st.b
    m = skip_to_verb(rd, st, c)
    follow = None
    for rule in FOLLOW_RULES:
        found = rule(rd, st, c, m)
        if found:
            follow, c.follow_rule = found
            break
    under, status = still_under(rd, st, m)
    under = under or (None if follow else still_under_past_aside(rd, st, m))
    if under:
        follow, c.follow_rule = under, "still_under"
    m = past_aside(rd, st, m)
    if follow is None:
        found = follow_exposed_to(rd, st, c, m)
        if found:
            follow, c.follow_rule = found
    found = verb_or_ranks(rd, st, m, status if status > m else m)
    if found:
        follow, c.follow_rule = found
    if follow is None:
        found = follow_far_plural_verb(rd, st, c, m) or follow_among_kind(rd, st, c, m) \
            or follow_were_among_kind(rd, st, c, m)
        if found:
            follow, c.follow_rule = found
    if follow is not None and follow[2] + 2 < b and words[follow[2] + 1] in lx.OR and \
            cue_of(words[follow[2] + 2]) and cue_of(words[follow[2] + 2])[0] != follow[0]:
        return follow[2] + 3  # "لقوا حتفهم أو فقدوا": dead or missing, no one kind
    if follow is not None and follow[0] == MISSING and follow[2] + 1 < b and words[follow[2] + 1] in lx.LIVES:
        follow = (KILLED, follow[1], follow[2] + 1)  # "فقدوا حياتهم": killed
    if follow is not None and lost_own_homes(follow[0], words, follow[2], b):
        follow = (DISPLACED, None, follow[2] + 1)  # "نحو 40 ألف شخص فقدوا منازلهم": homeless (blind84 ar 014)
    c.follow = follow
    if follow is None:  # a plural pronoun cue a few words on: "… 936 شخصاً، تم توثيق مقتلهم"
        for mm in range(c.k, min(b, c.k + 6)):
            ww = words[mm]
            if ww[:1].isdigit() or ww == ".":
                break
            if ww.endswith(lx.OBJECT_PLURAL) and cue_of(ww) is not None:
                cw = cue_of(ww)
                c.follow_far = (cw[0], cw[1], mm)
                break
    return None


# --- 5. the kind: the first kind rule that fires ------------------------------------------------
# Each sets ``c.kind``/``c.rule`` (and maybe manner and parent) when it fires, or returns
# the token to go on from to veto the number.

def read_links(rd, st, c) -> None:
    """What ties the number to the sentence: a subset group, coordination, the cue right
    before it, a linking verb of a toll sentence, a table cell."""
    words, a, b, i, cue = rd.words, st.a, st.b, c.i, st.cue
    before, before2 = c.before, c.before2
    c.in_group = bool(st.groups)
    ns = c.r.start
    glued_and = words[ns][:1] == lx.AND and words[ns][1:] in WORDS and words[ns] not in WORDS and (c.noun_kind in ("people", "of") or (
        c.noun_kind == "bare" and c.nxt in lx.GAPPED_PLACE_PREPS)) and (c.value > 1 or c.noun_kind == "of")
    # "وخمسة أطفال", "… و3 في تل أبيض واثنان في القامشلي", "وواحداً من كوادر الدفاع المدني" (a bare "وواحد" is
    # read by the rules for "وواحد على يد …")
    c.coord = before in lx.COORD_BEFORE or glued_and or (before == lx.OPEN_PAREN and before2 == lx.AND) or \
        tuple(words[max(a, i - 2):i]) in lx.COORD_PHRASES or before == lx.ARABIC_COMMA or breakdown_after_dash(rd, st, c) or \
        (c.qstart is not None and c.qstart < i and coordinated_qualifier(words, a, c.qstart))
    if bracket_row(rd, st, c):  # the word after its bracket opens the next row, no noun of its own
        c.coord, c.noun_kind, c.victims, c.noun_end = True, "bare", None, c.e
    c.cue_adjacent = cue is not None and (cue.at + 1 == i or (c.qstart is not None and cue.at + 1 == c.qstart)
                                          or (cue.at + 2 == i and words[i - 1] == lx.ARTICLE)
                                          or kind_noun_their_number(words, a, cue, c.qstart or i))
    c.after_to = after_linking_word(rd, st, c)
    c.table_cell = before == "::" or ((before == ":" or dash_row(rd, st, c)) and (
        c.nxt in lx.TABLE_CELL_END or c.e >= b or cell_about_end(st, c, b)))
    c.parent = c.post_parent


def cell_about_end(st, c, b: int) -> bool:
    """"النازحون داخلياً: 886,000 تقريباً" (issue 11, blind52 ar 007): "تقريباً" (lexicon.ABOUT_AFTER) closing
    a cell, nothing but the row's end after it, in a row whose label is a kind noun (``st.cue`` of type
    "kindnoun"; a label that tells a fate, "عدد الذين لا يزال مصيرهم مجهولاً: 2600 تقريباً", is read by its cue)."""
    return c.nxt == lx.ABOUT_AFTER and st.cue is not None and st.cue.type == "kindnoun" and (c.e + 1 >= b or c.nxt2 in lx.TABLE_CELL_END)


def kind_noun_their_number(words: list, a: int, cue, start: int) -> bool:
    """"أما الجرحى فتجاوز عددهم 500", "أما القتلى فيُقدَّر عددهم بنحو 5 آلاف" (blind45 ar 006, blind46 ar
    014): a definite kind noun cue, a verb (lexicon.THEIR_NUMBER_CUE_GAP words at most), then "عددهم"
    (lexicon.THEIR_NUMBER) right before the count or its qualifier ("إلى" between): the count is that
    kind's, as a count right after the cue."""
    if cue is None or cue.type != "kindnoun" or not base(words[cue.at]).startswith(lx.ARTICLE):
        return False
    k = start - 1
    k -= k > a and words[k] == lx.TO
    return words[k] in lx.THEIR_NUMBER and 0 < k - cue.at <= lx.THEIR_NUMBER_CUE_GAP and not any(
        w in lx.STOP_PUNCT or w in lx.SENTENCE_PUNCT for w in words[cue.at:k])


def dash_row(rd, st, c) -> bool:
    """"الإصابات — ٣٢٢، منها ١٣ خطيرة", "جثث مجهولة الهوية — ٢١": a row whose label (no number in it)
    opens its line and a dash stands for the colon before the count (a table cell, blind44 ar 012)."""
    words = rd.words
    return c.before in lx.ROW_DASHES and st.a < c.i - 1 and rd.newline[st.a] and not any(
        w[:1].isdigit() or is_number_word(w) or w in lx.ROW_DASHES for w in words[st.a:c.i - 1])


def bracket_count(rd, t: int) -> bool:
    """Figure ``t`` is a count in brackets with no noun ("(7)"): what follows it with "و" is the
    label of the next row ("والطوارئ (7) ووزير أكبر خان (5)"), no person coordinated with it."""
    f, words = rd.figs[t], rd.words
    return words[f.tstart] == lx.OPEN_PAREN and words[f.tend - 1] == lx.CLOSE_PAREN


def bracket_row(rd, st, c) -> bool:
    """"مستشفيات الكندي (19) وابن النفيس (9) والشيخ زايد (4)": a count in brackets after a label
    coordinated with "و" right after the sentence's last figure, itself in brackets (blind14 ar
    020): the next row, coordinated with it."""
    words, t = rd.words, c.target
    if words[c.i] != lx.OPEN_PAREN or t is None or rd.figs[t].sent != st.si or words[rd.figs[t].tstart] != lx.OPEN_PAREN:
        return False
    end = next((k for k in range(c.i - 1, rd.figs[t].tstart, -1) if words[k] == lx.CLOSE_PAREN), None)
    if end is None or words[end - 2] != lx.OPEN_PAREN:
        return False  # (the last bracket before this one closes a count: "(19)")
    label = words[end + 1:c.i] if end is not None else []
    return 0 < len(label) <= lx.BRACKET_LABEL_MAX and label[0][:1] == lx.AND and all(w.isalpha() for w in label)


def coordinated_qualifier(words: list, a: int, q: int) -> bool:
    """A qualifier that stands where a coordinated number would: "إلى جانب نحو 5 آلاف",
    "، ونحو 8 آلاف"."""
    return words[q][:1] == lx.AND or (q > a and words[q - 1] in lx.COORD_BEFORE) or \
        tuple(words[max(a, q - 2):q]) in lx.COORD_PHRASES


def after_linking_word(rd, st, c) -> bool:
    """The number closes a toll clause: after "إلى"/"بلغ"/":" (also with a qualifier between),
    "تجاوز" in a toll sentence, "يقدر … بأكثر من", "ليصبح عدد القتلى في المدينة 28"."""
    words, a, i, cue, qstart = rd.words, st.a, c.i, st.cue, c.qstart
    before, before2 = c.before, c.before2
    if before == lx.TO and before2 in lx.IN_ADDITION:
        return False  # "إضافة إلى 6 مقاتلين": one more item of a list, not the count a toll rose to
    if i - 3 >= a and tuple(words[i - 2:i]) == lx.WHAT_BETWEEN and words[i - 3] in lx.LINKING_TO:
        return True  # "ثم رفعته إلى ما بين 560 و770": a range the toll rose to
    if toll_put_at(words, a, i):
        return True
    return before in lx.LINKING_TO or (before in lx.EXCEEDED and st.toll_ctx) or (
        before == lx.OPEN_PAREN and before2 in (lx.TO, ":", "::")) or (
        qstart is not None and qstart > a and words[qstart - 1] in lx.LINKING_VERBS) or (
        qstart is not None and words[qstart][:1] == lx.PREP_B and words[qstart][1:2] != lx.PREP_B_NOT_VERB) or (
        cue is not None and cue.type == "kindnoun" and cue.at - 2 >= a and words[cue.at - 1] in lx.TOLL_WORDS
        and words[cue.at - 2] in lx.BECOME and c.nxt in lx.CLAUSE_END[:4] and i - cue.at <= 6
        and not any(w[:1].isdigit() or w in lx.CLAUSE_BREAK for w in words[cue.at + 1:i]))


def toll_put_at(words: list, a: int, i: int) -> bool:
    """"قدرت في بيان لاحق عدد القتلى بـ57": "بـ" right before the count, after "عدد" and a kind noun
    (blind18 ar 021)."""
    return i - 3 >= a and words[i - 1] == lx.PREP_B and is_kind_noun_cue(words[i - 2]) and words[i - 3] in lx.TOLL_WORDS


def kind_condition_of_injured(rd, st, c):
    """"وإصابة 8 آخرين، حالة ثلاثة منهم حرجة", "بينهم 3 في حالة حرجة", "3 إصاباتهم خطيرة": a
    subset of the injured figure it refers to; of anything else, no figure."""
    if not c.condition:
        return None
    ref = c.post_parent if c.post_parent is not None else (st.groups[-1].head if st.groups else c.target)
    if (ref is None or rd.figs[ref].kind != INJURED) and st.cue is not None and st.cue.kind == INJURED \
            and st.cue.type == "kindnoun":  # "وأن الجرحى نقلوا إلى المشفى وأن حالة اثنين منهم حرجة"
        ref = rd.last_of_kind(INJURED)
    if ref is None or rd.figs[ref].kind != INJURED or rd.figs[ref].count <= c.value:
        return max(c.k, c.e)
    c.kind, c.how, c.rule, c.parent = INJURED, "group", "condition_of_injured", ref
    return None


def kind_toll_noun_later(rd, st, c):
    if c.noun_kind == "toll":
        c.kind, c.how = c.kind_own, "kind-noun"


def kind_own_noun(rd, st, c):
    """The number's own kind noun ("31 قتيلاً"), with three readings of the noun in the
    light of the cue before it: died of wounds ("وفاة 3 جرحى متأثرين بجراحهم"), displaced
    people as the victims of another kind ("إصابة 4 نازحين"), deaths in detention
    ("توفي 3 معتقلين تحت التعذيب", "5 أسرى استشهدوا")."""
    if c.noun_kind != "kind":
        return
    cue, follow = st.cue, c.follow
    c.kind, c.how = c.kind_own, "kind-noun"
    c.rule = c.rule or "kind_noun"
    live_cue = cue is not None and (c.cue_adjacent or only_time_between(rd.words, cue.at, c.at)) \
        and cue.type not in ("kindnoun", "weak")
    if c.kind == INJURED and live_cue and cue.kind == KILLED and c.base in lx.WOUNDED_PEOPLE:
        c.kind, c.rule = KILLED, "died_of_wounds"
    elif c.kind == DISPLACED and live_cue and cue.kind in KINDS[:4] and not cue.used:
        c.kind, c.rule = cue.kind, "displaced_as_victims"
    elif c.kind == DETAINED and c.base in lx.DETAINEES and (
            (cue is not None and cue.kind == KILLED and not cue.used and cue.type in ("verb", "noun") and (
                c.cue_adjacent or not stale(rd, cue, c.at)))
            or (follow is not None and follow[0] == KILLED) or restates_the_dead(rd, st, c)):
        c.kind, c.rule = KILLED, "death_in_detention"
        if follow is not None and follow[0] == KILLED:
            c.how = "follow-cue"
    elif c.kind == DETAINED and c.base in lx.DETAINEES and listed_dead(rd, st, c):
        c.rule = "listed_dead"
        c.kind = KILLED
    elif held_fate_unknown(c):
        c.kind, c.rule = MISSING, "held_fate_unknown"
    if cue is not None and not cue.used:
        c.manner = cue.manner


def held_fate_unknown(c) -> bool:
    """"وأن 7 مختطفين لا يزال مصيرهم مجهولاً", "12 معتقلاً لا يُعرف مصيرهم": abductees or detainees
    whose own fate is unknown are missing, not held (blind43 ar 008)."""
    return c.kind == DETAINED and c.follow is not None and c.follow_rule == "own_fate_unknown"


def listed_dead(rd, st, c) -> bool:
    """"نشرت قائمة تضم أسماء نحو ألف معتقل …، ذُكر أمام كل اسم منهم تاريخ الوفاة": the names of
    detainees on a list whose sentence says they died."""
    words = rd.words
    return bool(lx.NAMES.intersection(words[max(st.a, c.at - 2):c.at])) and bool(
        lx.DEATH_RECORDED.intersection(words[c.e:st.b]))


def body_count_before_verb(rd, st, c) -> bool:
    """"عُثر على جثث 5 صيادين خطفهم مسلحون" (issue 11, blind80 ar 005): a count right after a body noun
    (lexicon.BODY_NOUNS) are the dead; a verb of another kind after the noun phrase tells what befell them
    before (a relative clause: abducted, then found dead), not their count's kind."""
    cue = st.cue
    return c.follow is not None and c.follow_rule == "verb_after_noun" and cue is not None and c.cue_adjacent \
        and cue.kind == KILLED and cue.kind != c.follow[0] and rd.words[cue.at] in lx.BODY_NOUNS


def kind_verb_after(rd, st, c):
    """A casualty verb or status after the noun phrase ("ستة مدنيين قتلوا"); not when a
    verb cue of another kind stands right before the number, whose object the count is
    ("احتجزت نحو 1700 رجل وفتى فروا من …": the later verb is a relative clause)."""
    cue = st.cue
    if c.follow is not None and c.follow_rule == "verb_after_noun" and cue is not None and cue.type == "verb" \
            and not cue.used and cue.kind in KINDS and cue.kind != c.follow[0] \
            and (c.cue_adjacent or (c.at - cue.at <= 4 and not stale(rd, cue, c.at))):
        return
    if body_count_before_verb(rd, st, c):
        return
    if c.follow is not None and c.noun_kind != "other":
        c.kind, c.manner, _ = c.follow
        c.how, c.rule = "follow-cue", c.follow_rule
        link_among_the_kind(rd, st, c)
        t = c.target
        if c.coord and t is not None and rd.figs[t].sent == st.si and rd.figs[t].kind == c.kind:
            c.rule = "coordinated_before_verb"  # "12 مدنياً و9 جنود و3 منشقين قتلوا": the last part


def link_among_the_kind(rd, st, c) -> None:
    """"• تسعة من العاملين في منظمة الإغاثة بين القتلى" after "• أكثر من 400 قتيل": a count
    "among the dead" with no parent of its own is a part of the last toll of that kind told
    before it in the paragraph, when that toll is larger (blind17 ar 010: so the body's
    "ومن بين القتلى تسعة من العاملين" is the same part told again)."""
    if c.rule not in ("among_the_kind", "were_among_the_kind") or c.parent is not None:
        return
    t = rd.last_of_kind(c.kind)
    if t is not None and rd.figs[t].para == st.para and rd.figs[t].count > c.value:
        c.parent = t


def combined_toll_nouns(words: list, at: int, a: int) -> bool:
    """"بلغ عدد المتوفين والمفقودين في حوادث الغرق 1313 شخصاً" (blind73 ar 002): a toll noun ("عدد", "حصيلة")
    before two kind nouns joined by "و" whose kinds are counted together (``COMBINED_CASE_KINDS``: the dead and
    the missing, the dead and the wounded), the second the cue at token ``at``: a count the clause gives with no
    kind noun of its own is one count of the two kinds (issue 11: `other`), no figure of either
    (``kind_from_cue``)."""
    if at - 2 < a or words[at][:1] != lx.AND or words[at - 2] not in lx.TOLL_WORDS:
        return False
    first = (KILLED,) if words[at - 1] in lx.DEAD_PLURALS else cue_of(words[at - 1])
    second = cue_of(words[at])
    return first is not None and second is not None and frozenset((first[0], second[0])) in lx.COMBINED_CASE_KINDS


def kind_from_cue(rd, st, c):
    """The sentence's unused cue: right before the number ("قتل 2"), a construct toll
    ("قتلى التفجير الأول 23"), a people count not too far from it ("مقتل 248 شخصاً"), the
    count after a linking verb of a toll sentence, households restated in people."""
    cue, nk = st.cue, c.noun_kind
    if cue is None or cue.used or (rd.words[cue.at] in lx.ADJACENT_ONLY_CUES and not c.cue_adjacent):
        return None  # "لجأ الجيش إلى القوة لتفريق 300 متظاهر": "resorted to", no refuge
    if combined_toll_nouns(rd.words, cue.at, st.a):
        return c.e  # "بلغ عدد القتلى والمفقودين 450": one count of two kinds
    people = nk in ("people", "of") or (nk == "bare" and c.noun in lx.POST_MARKERS)
    if rd.words[cue.at] in lx.PEOPLE_ONLY_CUES and not people:
        return None  # "ضبط 4 بنادق آلية": things seized
    construct = nk == "bare" and construct_toll(rd, cue, c)
    struck = people and c.before in lx.AFFECTED and cue.type in ("verb", "noun")  # "…، طالت 22 شخصاً"
    if not (c.cue_adjacent or construct or struck
            or (people and (not stale(rd, cue, c.at) or (c.after_to and st.toll_ctx)
                            or (nk == "people" and restated_as_people(rd, st.a, c.qstart if c.qstart else c.i)
                                and c.i - cue.at <= lx.RESTATED_PEOPLE_WINDOW)))
            or (nk == "bare" and c.after_to and st.toll_ctx)):
        return None
    if nk == "bare" and not c.cue_adjacent and not c.after_to and c.noun not in lx.POST_MARKERS and not construct:
        return c.e
    c.kind, c.manner, c.how = cue.kind, cue.manner, "cue"
    c.rule = "cue_before" if c.cue_adjacent else ("construct_toll" if construct else "people_struck" if struck else (
        "toll_linking_verb" if c.after_to and st.toll_ctx and (nk == "bare" or stale(rd, cue, c.at))
        else "cue_in_clause"))
    definite_dual_and_others(rd, st, cue, c)
    return None


def definite_dual_and_others(rd, st, cue, c) -> None:
    """"أعلنت احتجاز التاجرين المنظمين واثنين آخرين من المشرفين" (blind44 ar 012): a definite dual
    of people right after the cue (no number, cue or punctuation between), then "و" N "آخرين", is one
    figure of N + 2 (the definite dual alone is no figure)."""
    words = rd.words
    if c.rule != "cue_in_clause" or c.nxt not in lx.OTHERS or words[c.i][:1] != lx.AND:
        return
    for k in range(cue.at + 1, c.i):
        w = words[k]
        if w in lx.SENTENCE_PUNCT or w in lx.STOP_PUNCT or w == lx.COMMA or is_number_word(w) or cue_of(w):
            return
        if w.startswith(lx.ARTICLE) and dual_value(w[len(lx.ARTICLE):]) == 2:
            c.value, c.victims, c.rule = c.value + 2, (k, c.e), "definite_dual_and_others"
            return


def _pipe_cells(words: list, a: int, b: int) -> list:
    """The token ranges of a Markdown row's cells ("| قوات النظام السوري | 4162 | 968 |"), also
    of a row with no border pipes ("قوات النظام السوري | 396 | 85 | 57")."""
    border = words[a] == lx.PIPE
    cells, start = [], a + 1 if border else a
    for k in range(start, b):
        if words[k] == lx.PIPE:
            cells.append((start, k))
            start = k + 1
    if not border and start < b:
        cells.append((start, b))
    return [c for c in cells if c[1] > c[0]]


def is_pipe_row(words: list, a: int, b: int) -> bool:
    """A line that is a table row: it opens with a pipe, or holds at least two pipes
    ("الجهة | المجموع | أطفال | سيدات")."""
    return words[a] == lx.PIPE or sum(1 for w in words[a:b] if w == lx.PIPE) >= lx.PIPES_IN_ROW


def pipe_row(rd: Reading, st: Sent) -> bool:
    """A Markdown table row under a heading ("توزع الضحايا … على النحو التالي:"): the header
    row names the columns ("| الجهة | المدنيون | الأطفال | السيدات |"); in each row below it
    the first count is a part of the heading's toll and the others subsets of that count
    (rule ``table_row_cell``). True when the line was such a row."""
    words, a, b = rd.words, st.a, st.b
    if not rd.list_active or rd.list_kind is None or not is_pipe_row(words, a, b):
        return False
    cells = _pipe_cells(words, a, b)
    reads = [read_number(words, s0) if is_count_start(words[s0]) else None for s0, _ in cells]
    counts = [(col, r) for col, (r, (s0, e0)) in enumerate(zip(reads, cells)) if r is not None and r.end == e0]
    if not counts:
        rd.pipe_cols = [people_category(words[e0 - 1]) for s0, e0 in cells]
        return True
    first = None
    for col, r in counts:
        parent = (rd.list_head if rd.list_head is not None else rd.last_of_kind(rd.list_kind)) \
            if first is None else first
        cat = rd.pipe_cols[col] if rd.pipe_cols and col < len(rd.pipe_cols) else None
        k = rd.add(rd.list_kind, r.value, r.start, r.end, st, "table_row_cell", how="table", parent=parent,
                   category=cat)
        first = k if first is None else first
    return True


def long_label_end(rd: Reading, a: int, b: int) -> Optional[int]:
    """The token after the colon of a list line's label: a short label ("إدلب: 3 مدنيين"),
    or a long one when a count follows the colon ("قوات النظام السوري (الجيش، الأمن …): 451
    مدنياً", "مقاتلو الفصائل المقاتلة والإسلامية وهيئة تحرير الشام: ٦٠١ مقاتلاً"). A label
    holds no casualty cue. SOHR's "::" after a label counts as its colon ("كفرنبل::   مواطنان اثنان",
    blind49 ar 001), not in a row that opens with "::" (``table_cell_between_colons``)."""
    words = rd.words
    for kk in range(a + 1, min(b, a + lx.LABEL_MAX_WORDS)):
        w = words[kk]
        if w == ":" or (w == lx.ROW_COUNT_FIRST_SEP and words[a] != lx.ROW_COUNT_FIRST_SEP):
            if kk < a + 5 or (kk + 1 < b and is_count_start(words[kk + 1])):
                return kk + 1
            return None
        if kk >= a + 5 and (w == "." or (cue_of(w) is not None and cue_of(w)[2] != "kindnoun")):
            return None
    return None


def bare_row_label_end(rd: Reading, a: int, b: int) -> Optional[int]:
    """A list line of a short label with no colon and a count in digits that ends the line ("بغداد  111",
    "ذي قار 18" under "توزع القتلى المدنيون بين المحافظات كالآتي:", blind34 ar 016): the count's token.
    The label (``lexicon.BARE_ROW_LABEL_MAX`` words at most) holds no number, cue or punctuation."""
    words = rd.words
    end = b - 1 if b - 1 > a and words[b - 1] == "." else b
    n = end - 1
    if n <= a or n - a > lx.BARE_ROW_LABEL_MAX or not words[n].isdigit():
        return None
    if any(is_number_word(w) or cue_of(w) is not None or w in lx.SENTENCE_PUNCT or w in lx.STOP_PUNCT
           or w == ":" for w in words[a:n]):
        return None
    return n


def table_label(rd, st, c, lead: tuple):
    words, lab = rd.words, st.a
    while lab < c.i - 1 and words[lab] in lead:
        lab += 1
    return lab, next((x for x in map(people_category, words[lab:c.i - 1]) if x), None)


def cause_row_restating_deaths(rd, st, c) -> bool:
    """"-- تعذيب :: 2" under an arrest table, after "وفاة معتقلَين اثنين تحت التعذيب" (blind42 ar 013):
    a row whose label is a cause of death (``lexicon.DEATH_CAUSE_LABELS``), with no victim noun,
    counts deaths, not people of the table's kind; with the count of a killed figure already read it
    restates that figure and is no figure of its own (issue 11)."""
    if rd.table_kind == KILLED or st.line_cue_kind == KILLED or rd.by_value.get((c.value, KILLED)) is None:
        return False
    lab, _ = table_label(rd, st, c, lx.LABEL_LEAD)
    return lab < c.i and rd.words[lab] in lx.DEATH_CAUSE_LABELS


def things_hit_row(rd, st, c) -> bool:
    """"- قذائف مدفعية أصابت الطابق الثالث وخزانات المياه: 5" under "وكانت الحصيلة كالتالي:" (blind65 ar 006):
    a row whose label opens with a noun of things (lexicon.NOT_PEOPLE: shells, missiles) that is the subject
    of a verb of hitting (lexicon.THINGS_HIT, at most ``THINGS_HIT_REACH`` words on) counts the things that
    hit, not people hurt: no figure. A row of a cause with no such verb ("- عبوات ناسفة وألغام: 7" under the
    methods of the killings) keeps the table's kind."""
    words = rd.words
    lab, _ = table_label(rd, st, c, lx.LABEL_LEAD)
    if lab >= c.i or words[lab] not in lx.NOT_PEOPLE:
        return False
    return any(w in lx.THINGS_HIT for w in words[lab + 1:min(c.i, lab + 1 + lx.THINGS_HIT_REACH)])


def label_of_unknown_fate(words: list, a: int, b: int) -> bool:
    """A row label naming people of unknown fate ("عدد الباقين مجهولي المصير :: 2841"): missing."""
    heads, fate = lx.UNKNOWN_OF_FATE
    return any(words[k] in heads and words[k + 1] in fate for k in range(a, b - 1))


def kind_sub_row_of_them(rd, st, c):
    """"فلسطينيون قتلوا …:  168" then the row "  - منهم أطفال : 33" (blind38 ar 009): a row opening
    (after its bullet) with "منهم" and a label, its count in the cell, is a part of the figure of the
    line right before it, of that figure's kind."""
    words = rd.words
    if not (c.table_cell and rd.figs and c.before in lx.HEAD_END):
        return
    k = st.a
    while k < c.i and words[k] in lx.BULLETS:
        k += 1
    prev = len(rd.figs) - 1
    if words[k] not in lx.POST_MARKERS or rd.figs[prev].sent != st.si - 1 or rd.figs[prev].count <= c.value:
        return
    c.kind, c.how, c.rule, c.parent = rd.figs[prev].kind, "table", "sub_row_of_them", prev
    c.category = next((x for x in map(people_category, words[k + 1:c.i - 1]) if x), None)
    if k + 1 < c.i - 1:
        c.victims = (k + 1, c.i - 1)


def later_fate_cue(words: list, a: int, i: int) -> bool:
    """A cue right after "ثم" (lexicon.THEN) in a row label ("- خطف ثم تصفية::3", blind45 ar 009): the
    people's last fate, the kind of the line over the cue before it (abducted then killed are killed)."""
    return i > a and words[i - 1] in lx.THEN


def kind_table_cell(rd, st, c):
    """A SOHR table cell under a heading that names the kind ("المدنيون:: 312")."""
    if not (c.table_cell and (rd.table_kind or st.line_cue_kind)):
        return
    if cause_row_restating_deaths(rd, st, c) or things_hit_row(rd, st, c):
        return max(c.k, c.e)
    c.kind, c.how, c.rule = (st.line_cue_kind or rd.table_kind), "table", "table_cell"
    c.parent = rd.table_head if st.line_cue_kind is None or st.line_cue_kind == rd.table_kind else None
    distributed = distributed_kind(rd.words, st.a, c.i)
    if distributed is not None and distributed != c.kind:  # "…أصيبوا، وإن القتلى توزعوا …: غوريان: 62"
        c.kind, c.parent = distributed, None
    lab, category = table_label(rd, st, c, lx.LABEL_LEAD)
    if label_of_unknown_fate(rd.words, lab, c.i):
        c.kind, c.parent, c.rule = MISSING, None, "table_cell_unknown_fate"
    if lab < c.i - 1:  # the row label names the victims
        c.victims = (lab, c.i - 1)
        c.category = category


def distributed_kind(words: list, a: int, i: int) -> Optional[str]:
    """The kind of the casualty noun next to the last distribution verb before token ``i`` in ``[a, i)``
    (lexicon.DISTRIBUTED, the noun at most ``DISTRIBUTED_KIND_REACH`` words from it): "…، وإن القتلى
    توزعوا على المديريات الأكثر تضرراً كالآتي – زنده جان: 1294 قتيلاً، إنجيل: 124، غوريان: 62" (blind63
    ar 011): the rows count the dead, whatever cue opened the sentence ("نحو 2100 شخص أصيبوا"). None when
    no such verb or noun."""
    t = next((t for t in range(i - 1, a - 1, -1) if words[t] in lx.DISTRIBUTED), None)
    if t is None:
        return None
    for k in range(max(a, t - lx.DISTRIBUTED_KIND_REACH), min(i, t + 1 + lx.DISTRIBUTED_KIND_REACH)):
        if k != t and case_kind(words[k]) is not None:
            return case_kind(words[k])
    return None


def kind_inline_breakdown_cell(rd, st, c):
    """"رصد المرصد 97 حالة اعتقال …، توزعت:: 41 على يد …", "…، منها:: 60 على يد …": a cell after
    "::" in the sentence of the total it breaks down (no cue of another kind between them) takes
    that total's kind and is its part; not the kind of an earlier table's heading (issue 11,
    blind28 ar 002, arrests split by the party that made them)."""
    words = rd.words
    if not (c.table_cell and c.before in lx.HEAD_END and c.noun_kind in ("people", "of", "bare")):
        return
    for k in range(len(rd.figs) - 1, st.first_fig - 1, -1):
        f = rd.figs[k]
        if f.sent != st.si or f.tend >= c.i:
            continue
        other = any(cue_of(w) is not None and cue_of(w)[0] != f.kind for w in words[f.tend:c.i - 1])
        if f.parent is None and not f.superseded and f.kind in KINDS and not other:
            c.kind, c.how, c.rule, c.parent = f.kind, "group", "inline_breakdown_cell", k
        return


def kind_pending_table_cell(rd, st, c):
    """A ``label: N`` cell of a toll table whose heading named no kind: kept aside until
    the total line gives the kind ("المجموع: 371 قتيلاً")."""
    if c.table_cell and rd.pending_table is not None and c.list_line and c.before == ":" \
            and c.qstart is None and not c.r.vague:
        lab, category = table_label(rd, st, c, lx.BULLETS[:5])
        if category is not None and lab < c.i - 1:
            rd.pending_table.append((c.value, lab, c.e, st, (lab, c.i - 1), category))
        return c.e
    return None


def kind_verb_before_subset(rd, st, c):
    """"أصيب منهم 2", "قتل من بينهم 3": the verb before the subset marker gives the kind."""
    cue, words = st.cue, rd.words
    if c.in_group and c.noun_kind in ("people", "of", "bare") and cue is not None and not cue.used \
            and cue.type in ("verb", "noun") and cue.kind in KINDS and cue.at + 1 < c.i \
            and all(w in lx.GROUP_WORDS for w in words[cue.at + 1:c.at]):
        head = st.groups[-1].head
        c.kind, c.manner, c.how, c.rule = cue.kind, cue.manner, "cue", "verb_before_subset"
        c.parent = head if rd.figs[head].kind == c.kind and rd.figs[head].count > c.value else None


def kind_verb_of_them_no_toll(rd, st, c):
    """"أصدرت مذكرات اعتقال بحق 14 شخصاً …، احتجز منهم 9 حتى الآن" (blind38 ar 005): the verb before
    "منهم" and the count, where "منهم" names people counted by no casualty figure (warrants, suspects):
    a figure of the verb's kind of its own, part of nothing."""
    cue, words = st.cue, rd.words
    if c.in_group or st.groups or c.noun_kind not in ("people", "of", "bare") or cue is None or cue.used \
            or cue.type != "verb" or cue.kind not in KINDS or not cue.at + 1 < c.at:
        return
    if all(w in lx.GROUP_WORDS for w in words[cue.at + 1:c.at]) and words[c.at - 1] in lx.POST_MARKERS:
        c.kind, c.manner, c.how, c.rule = cue.kind, cue.manner, "cue", "verb_of_them_no_toll"


def kind_story_among_dead(rd, st, c):
    """A count right after the marker of a group of the dead, with a verb of another kind after it ("ومن بين
    الضحايا ثلاثة شبان اقتادهم مسلحون …", "بينهم 4 أطفال أصيبوا بشظايا"): the verb tells how
    they came to die; the count is a subset of the dead (blind15 ar 025, as ``struck_among_dead``)."""
    if c.in_group and (opens_group(rd, st, c) or two_after_group_noun(rd, st, c)) and c.follow is not None \
            and c.follow_rule == "verb_after_noun" and c.follow[0] in (INJURED, DETAINED) \
            and rd.figs[st.groups[-1].head].kind == KILLED:
        kind_in_group(rd, st, c)


def opens_group(rd, st, c) -> bool:
    """The count (with its own noun) stands first in the group: "بينهم 4 أطفال"."""
    return c.at == st.groups[-1].end and c.noun_kind in ("people", "of")


def two_after_group_noun(rd, st, c) -> bool:
    """"أن بين القتلى مدنيين اثنين أصيبا برصاص عشوائي": "two" after the plural noun that opens the
    group is the group's count of two, a part of the dead hit by the verb (blind43 ar 006)."""
    return c.at == st.groups[-1].end + 1 and rd.words[c.at] in lx.TWO_AFTER


def kind_part_named_within(rd, st, c):
    """A part inside a group that names its own set right after its noun, "ضمن"/"بين" and a kind noun
    of another kind than the group's head ("أودت بحياة 610 أشخاص وأصابت 4746 آخرين، بينهم 13 طفلاً ضمن
    القتلى", blind33 ar 015): a part of the last figure of that kind in the sentence, not of the head.
    "الضحايا" names no one kind (lexicon.VICTIMS_OF_EVENT)."""
    if not c.in_group or c.noun_kind not in ("people", "of", "bare") or c.k + 1 >= st.b:
        return None
    words = rd.words
    own = cue_of(words[c.k + 1]) if words[c.k] in lx.WITHIN_TOLL and words[c.k + 1].startswith(lx.ARTICLE) \
        and words[c.k + 1] not in lx.VICTIMS_OF_EVENT else None
    if own is None or own[2] != "kindnoun" or own[0] == rd.figs[st.groups[-1].head].kind:
        return None
    head = next((k for k in range(len(rd.figs) - 1, -1, -1) if rd.figs[k].sent == st.si
                 and rd.figs[k].kind == own[0] and rd.figs[k].parent is None and not rd.figs[k].superseded), None)
    if head is not None:
        c.kind, c.how, c.rule, c.parent = own[0], "group", "in_group", head
    return None


def kind_in_group(rd, st, c):
    """Inside a subset group ("بينهم 5 أطفال"): the kind of the group's figure."""
    if c.in_group and c.noun_kind in ("people", "of", "bare"):
        head = dead_of_pair(rd, c, st.groups[-1])
        c.kind, c.how, c.rule = rd.figs[head].kind, "group", "in_group"
        c.parent = head if c.post_parent is None else c.post_parent


def dead_of_pair(rd, c, group) -> int:
    """"إلى 37084 شهيدًا و84494 إصابة، بينهم أكثر من خمسة عشر ألف طفل" (blind68 ar 011), "إلى 274 شهيدا و698
    مصابا، بينهم 64 طفلا و57 امرأة" (blind8 ar 024): "بينهم" right after a pair of tolls told by their own
    kind nouns, the dead then the wounded coordinated after them, with a count of children or women
    (lexicon.PAIR_DEAD_CATEGORIES) names them among the dead, as the annotators read it: the killed figure
    of the pair, else the group's head. Not after verbs ("قُتل طفل وأصيب 10 مدنيين، بينهم 4 أطفال": of the
    wounded), nor a group that names its kind ("بين الجرحى أربعة أطفال"); the condition of some of the
    wounded ("بينهم 3 في حالة حرجة") is read before (``kind_condition_of_injured``)."""
    figs, words, head = rd.figs, rd.words, group.head
    f = figs[head]
    if head == 0 or f.kind != INJURED or f.parent is not None or c.category not in lx.PAIR_DEAD_CATEGORIES \
            or f.rule != lx.OWN_KIND_NOUN_RULE or words[group.end - 1] not in lx.AMONG_WORDS \
            or any(w != lx.COMMA for w in words[f.tend:group.end - 1]):
        return head
    dead = figs[head - 1]
    gap = words[dead.tend:f.tstart]
    joined = (not gap and words[f.tstart][:1] == lx.AND) or gap == [lx.AND]
    if dead.kind == KILLED and dead.rule == lx.OWN_KIND_NOUN_RULE and dead.parent is None and dead.sent == f.sent \
            and not dead.superseded and joined:
        return head - 1
    return head


def kind_breakdown_continued(rd, st, c):
    """A sentence that opens with "و" + a count right after a breakdown ("وتوزع من أعدمهم
    التنظيم كالتالي: 2230 مدنياً …" then "و493 مقاتلاً من الفصائل …", "و1008 من عناصر قوات
    النظام …"): the next part of that breakdown."""
    bd, words, a = rd.breakdown, rd.words, st.a
    if bd is None or bd[1] != st.si - 1 or c.noun_kind not in ("people", "of"):
        return
    opens = (c.at == a + 1 and words[a] == lx.AND) or (c.at == a and words[a][:1] == lx.AND)
    head = rd.figs[bd[0]]
    if opens and head.count > c.value and not head.superseded:
        c.kind, c.how, c.rule, c.parent = head.kind, "group", "breakdown_continued", bd[0]
        rd.breakdown = (bd[0], st.si)


def kind_gapped_line(rd, st, c):
    """"قوات النظام السوري قتلت 12 مدنياً، والقوات الروسية 3 مدنيين، وقوات سوريا الديمقراطية 7":
    after a comma, "و" + a perpetrator (no cue, no number, no new clause) + a count of people or a
    bare count, following a figure of the sentence read right after its verb: the verb is left
    out, the kind is that figure's (ar325). Not "، وتشمل الحصيلة 226 طفلاً": the make-up of a
    toll (``kind_toll_includes``; blind21 ar 011); nor "، والذي حررت خلاله القوات أربعة رهائن": a
    relative clause with its own verb (blind34 ar 007)."""
    t, words = c.target, rd.words
    if t is None or c.noun_kind not in ("people", "bare") or c.coord or c.in_group:
        return
    f = rd.figs[t]
    if f.sent != st.si or f.rule not in lx.GAPPED_RULES or f.parent is not None:
        return
    if f.rule == lx.GAPPED_RULES[0] and (f.tstart == st.a or cue_of(words[f.tstart]) is None):
        return
    commas = [k for k in range(f.tend, c.at) if words[k] == lx.COMMA]
    seg = words[commas[-1] + 1:c.at] if commas else []
    if not seg or len(seg) > lx.GAPPED_SEGMENT_MAX or seg[0][:1] != lx.AND or len(seg[0]) < 3:
        return
    if seg[0][1:] in lx.RELATIVES or opens_with_present_verb(seg[0]):
        return  # "…، والذي حررت خلاله القوات أربعة رهائن": a relative clause with its own verb (blind34 ar 007)
    if any(cue_of(w) is not None or is_number_word(w) or w in lx.CLAUSE_OPENERS or w in lx.SENTENCE_PUNCT
           or w in lx.TOLL_INCLUDES for w in seg):
        return
    c.kind, c.how, c.rule, c.parent = f.kind, "coord", "gapped_line", None


def opens_with_present_verb(w: str) -> bool:
    """"و" + a verb in the present ("ويعاني", "ويحتاج") opening what follows a figure's comma: "إذ نزح 1.1
    مليون شخص …، ويعاني نحو 1.8 مليون طفل من سوء التغذية الحاد" (blind65 ar 013) is a clause with its own
    verb, no perpetrator line whose verb was left out (``kind_gapped_line``). A perpetrator ("والقوات
    الروسية 3 مدنيين") opens with no such prefix."""
    return len(w) >= lx.PRESENT_VERB_MIN and w[:1] == lx.AND and w[1:2] == lx.IMPERFECT[0]


def kind_coordinated_by_case(rd, st, c):
    """"قال مصدر إن 3 مدنيين قتلوا وأصيب 9 آخرون بانفجار …، واثنين آخرين في الطارمية" (blind28 ar 014):
    a count coordinated after a figure in the nominative ("9 آخرون", the subject of "أصيب") whose own
    words are oblique ("واثنين", "آخرين") does not agree with it; it goes on from the sentence's figure
    after "إن"/"أن" (the accusative subject) and its verb, left out: that figure's kind, no parent."""
    t, words = c.target, rd.words
    if not (c.coord and t is not None and c.noun_kind in ("people", "of", "bare")):
        return
    f = rd.figs[t]
    oblique = words[c.r.start] in lx.NUMBER_OBLIQUE or (c.e < st.b and words[c.e] in lx.OTHERS_OBLIQUE)
    if f.sent != st.si or not oblique or words[f.tend - 1] not in lx.OTHERS_NOMINATIVE:
        return
    for k in range(st.first_fig, t):
        g = rd.figs[k]
        if g.sent == st.si and g.parent is None and g.kind != f.kind and g.tstart > st.a \
                and words[g.tstart - 1] in lx.THAT_SUBJECT:
            c.kind, c.how, c.rule, c.parent = g.kind, "coord", "coordinated_by_case", None
            return


def kind_compared_period(rd, st, c):
    """"مقتل 623 شخصاً في مختلف المناطق السورية، مقابل 547 في كانون الثاني الفائت" (issue 11, blind51 ar 009):
    a bare count after "مقابل" (lexicon.COMPARED) and "في" + a month or a span ("في الشهر الماضي") is the
    toll of the period the sentence compares with: of the kind of the sentence's figure before it, a figure
    of its own (no part). Exchanges name their prisoners ("مقابل 150 أسيراً"): no bare count."""
    t, words = c.target, rd.words
    if c.before not in lx.COMPARED or t is None or rd.figs[t].sent != st.si or c.noun_kind != "bare":
        return
    if not (c.e + 1 < st.b and words[c.e] == lx.IN and (words[c.e + 1] in lx.MONTHS or words[c.e + 1] in lx.EARLIER_SPANS)):
        return
    c.kind, c.how, c.rule, c.parent = rd.figs[t].kind, "coord", "compared_period", None


def kind_coordinated(rd, st, c):
    """Coordinated with a figure of the sentence ("و18 مدنياً", "إلى جانب 10 أشخاص"); not
    across a new clause ("نزح 3 آلاف، فيما شارك في العملية ما بين 1000 و2000 جندي")."""
    t = c.target
    if c.coord and t is not None and rd.figs[t].sent == st.si and c.noun_kind in ("people", "of", "bare") \
            and not lx.CLAUSE_OPENERS.intersection(rd.words[rd.figs[t].tend:c.at]):
        c.kind, c.how = rd.figs[t].kind, "coord"
        c.rule = "kin_with_number" if kin_count_after(rd, st, c) else "coordinated"
        c.parent = rd.figs[t].parent if c.post_parent is None else c.post_parent
        c.manner = rd.figs[t].cue_manner


def kin_count_after(rd, st, c) -> bool:
    """"وسبعة من أفراد أسرته", "و3 من أقاربه" after one person: a count of that person's kin,
    named like "وأطفالهما الثلاثة" (``kin_with_number``; blind14 ar 021)."""
    words, e = rd.words, c.e
    if c.target is None or rd.figs[c.target].count != 1 or e + 1 >= st.b or words[e] not in lx.OF:
        return False
    k = e + 1 + (words[e + 1] in lx.KIN_MEMBERS)
    return k < st.b and words[k] in lx.KIN_OF


def kind_list_line(rd, st, c):
    """The first number of a list line under a heading ("مقتل 52 شخصاً هم:" / "– 15 مدني")."""
    if c.list_line and c.noun_kind in ("people", "of", "bare") and rd.list_kind:
        c.kind, c.how, c.rule, c.parent = rd.list_kind, "list", "list_line", rd.list_head
        label = row_label_kind(rd.words, st.a, c.i if c.qstart is None else c.qstart)
        if label is not None and label != rd.list_kind:  # "– جرحى: 13" under a toll heading: the label's kind
            c.kind, c.rule, c.parent = label, "list_line_label", None
            if severity_label(rd.words, st.a, c.i if c.qstart is None else c.qstart):
                c.parent = latest_toll_of(rd, st, INJURED)  # "- الحالات الحرجة: نحو 300": a part of the wounded


def row_label_kind(words: list, a: int, at: int) -> Optional[str]:
    """The kind a list line's label names when its count (or the count's qualifier) follows
    the label's colon: "– جرحى: 13", "▪️ إصابات: أكثر من 60", "▪️ مفقودون تحت الرمال: 15 على
    الأقل" (the kind noun need not end the label). The first kind noun of the label; a label
    that says their fate is unknown is missing (``fate_unknown_label``)."""
    if at - 1 < a or words[at - 1] not in (":", "::") or at - 1 - a > lx.ROW_LABEL_MAX_WORDS:
        return None
    if fate_unknown_label(words[a:at - 1]):
        return MISSING
    return next((k for k in map(label_word_kind, words[a:at - 1], words[a + 1:at]) if k is not None), None)


def label_word_kind(w: str, nxt: str) -> Optional[str]:
    """The kind one word of a row label names: an indefinite kind noun ("جرحى"), a definite
    plural kind noun ("- الجرحى: نحو 2800", "- الشهداء: 12"), or cases with a severity
    ("- الحالات الحرجة: نحو 300": wounded in a critical condition; blind25 ar 015)."""
    if base(w) in lx.KIND_NOUNS:
        return lx.KIND_NOUNS[base(w)]
    if w in lx.LABEL_KIND_ADJECTIVES:  # "العائلات النازحة :: 64"
        return lx.LABEL_KIND_ADJECTIVES[w]
    c = cue_of(w)
    if c is not None and c[2] == "kindnoun" and c[0] in KINDS:
        return c[0]
    return INJURED if base(w) in lx.LABEL_CASE_NOUNS and is_severity(nxt) else None


def is_severity(w: str) -> bool:
    """A condition adjective, with or without the article ("حرجة", "الحرجة", "الخطيرة")."""
    return w in lx.SEVERITY or (w.startswith(lx.ARTICLE) and w[len(lx.ARTICLE):] in lx.SEVERITY)


def severity_label(words: list, a: int, at: int) -> bool:
    """A row label of cases in a condition ("- الحالات الحرجة: نحو 300"): the wounded in that
    condition, a part of the last wounded toll."""
    return at - 1 > a and words[at - 1] in lx.ROW_COLONS and any(
        base(w) in lx.LABEL_CASE_NOUNS and is_severity(n) for w, n in zip(words[a:at - 2], words[a + 1:at - 1]))


def fate_unknown_label(label: list) -> bool:
    """A row label that says the people's fate is unknown: "عدد الذين لا يزال مصيرهم مجهولاً: 2600",
    "المختطفون مجهولو المصير: 40" (blind20 ar 025): missing, whatever the heading counts."""
    return bool(lx.FATE_WORDS.intersection(label)) and bool(lx.UNKNOWN_FATE_FORMS.intersection(label))


def kind_pronoun_cue_after(rd, st, c):
    """A plural pronoun cue a few words on, in a toll sentence ("… 936 شخصاً، تم توثيق مقتلهم")."""
    if c.follow_far is not None and c.noun_kind in ("people", "kind", "of") and (c.after_to or st.toll_ctx):
        c.kind, c.manner, _ = c.follow_far
        c.how, c.rule = "follow-cue", "pronoun_cue_after"


def kind_subset_of_target(rd, st, c):
    """"3 منهم أطفال" after a figure: the kind of the figure it is part of."""
    if c.post_parent is not None and c.target is not None and c.noun_kind in ("people", "bare"):
        c.kind, c.how, c.rule = rd.figs[c.post_parent].kind, "group", "subset_of_figure"


def part_after_marker(c) -> bool:
    """Whether a count of people (or a bare count) is a part of a figure told just before, "منهم"/"منهن"
    right after it (lexicon.POST_MARKERS): the case the ``kind_part_*`` rules read on from."""
    return c.post_parent is not None and c.nxt in lx.POST_MARKERS and c.noun_kind in ("people", "bare")


def kind_part_in_ranks(rd, st, c):
    """A part of a figure whose own status follows "منهم" ("قرابة 96 ألفاً منهم في عداد المختفين
    قسرياً" of a stock of detainees, ar307): that status's kind (``in_ranks_of``), not the
    kind of the figure it is part of."""
    if not part_after_marker(c):
        return
    ranks = ranks_kind(rd.words, c.e + 1, st.b)
    if ranks is not None:
        c.kind, c.how, c.rule, c.parent = ranks, "group", "in_ranks_of", c.post_parent


def kind_part_found_dead(rd, st, c):
    """"اختطف المسلحون أكثر من 30 امرأة، عُثر لاحقاً على 4 منهن مقتولات": a part of a figure of
    another kind found killed ("منهن" then a killed state) is killed, a figure of its own (blind31 ar 016)."""
    k = c.e + 1
    if c.post_parent is None or c.nxt not in lx.POST_MARKERS or k >= st.b or rd.words[k] not in lx.KILLED_STATE:
        return
    if rd.figs[c.post_parent].kind != KILLED:
        c.kind, c.how, c.rule, c.parent = KILLED, "follow-cue", "part_found_dead", None


def kind_part_taken_wounded(rd, st, c):
    """"إنقاذ 71 ناجياً …، فيما نُقل ستة منهم مصابين إلى المستشفى" (issue 11, blind57 ar 009): a part of
    people ("منهم") told as wounded right after the marker (lexicon.WOUNDED_PEOPLE) is injured; a figure
    of its own when the figure before it is of another kind (as ``kind_part_found_dead``)."""
    k = c.e + 1
    if not part_after_marker(c) or k >= st.b or rd.words[k] not in lx.WOUNDED_PEOPLE:
        return
    if rd.figs[c.post_parent].kind != INJURED:
        c.kind, c.how, c.rule, c.parent = INJURED, "follow-cue", "part_taken_wounded", None


def kind_part_disappeared(rd, st, c):
    """"أكثر من 1400 مدني ما زالوا في سجون الجماعة، … وإن 40 منهم على الأقل مخفيون قسراً" (blind32 ar
    017): a part of a figure ("منهم", a qualifier may come between) in a state of enforced disappearance
    or of being missing (lexicon.DISAPPEARED_STATE) is missing, whatever the kind of the figure (as
    ``kind_part_in_ranks``)."""
    words, k = rd.words, c.e + 1
    if not part_after_marker(c):
        return
    if k + 1 < st.b and (words[k], words[k + 1]) == lx.AT_LEAST_AFTER:
        k += 2
    if k < st.b and words[k] in lx.DISAPPEARED_STATE:
        c.kind, c.how, c.rule, c.parent = MISSING, "group", "part_disappeared", c.post_parent


def kind_part_fate_unknown(rd, st, c):
    """"اعتُقل عدد من الشبان، و12 منهم، بحسب أسرهم، لا يزال مصيرهم مجهولاً" (blind34 ar 014): a part
    ("منهم", an aside between commas may follow) whose own fate is still unknown is missing, whatever the
    figure before it counts; a part of detained or missing people only (a missing part of a toll of the
    wounded is none)."""
    words, b, k = rd.words, st.b, c.e + 1
    if not part_after_marker(c):
        return
    if k < b and words[k] == ",":
        close = next((j for j in range(k + 1, min(b, k + 2 + lx.PART_FATE_ASIDE_MAX)) if words[j] == ","), None)
        k = close + 1 if close is not None else k
    start = k
    while k < b and words[k] in lx.STILL and k - start < 3:
        k += 1
    if k == start or not own_fate_unknown_at(words, k, b):
        return
    parent = c.post_parent if rd.figs[c.post_parent].kind in (DETAINED, MISSING) else None
    c.kind, c.how, c.rule, c.parent = MISSING, "group", "part_fate_unknown", parent


def ranks_kind(words: list, m: int, b: int) -> Optional[str]:
    """The kind of "في عداد المفقودين" / "ضمن قائمة المختفين" at token ``m``, else None."""
    if m + 2 < b and words[m] in lx.IN_THE_RANKS and words[m + 1] in lx.RANKS:
        w = words[m + 2]
        stem = w[len(lx.ARTICLE):] if w.startswith(lx.ARTICLE) else w
        cw = cue_of(w) or cue_of(stem)
        return cw[0] if cw is not None else lx.KIND_NOUNS.get(stem)  # "المختفين": a kind noun
    return None


def kind_toll_includes(rd, st, c):
    """"وشملت الحصيلة 31 امرأة و5 أطفال", "وتضم الحصيلة المدنية 26 طفلاً": the make-up of the
    toll read before."""
    words, i = rd.words, c.i
    named = c.before in lx.TOLL_WORDS and c.before2 in lx.TOLL_INCLUDES
    # the toll noun first: "والحصيلة تضم 61 من جامعي الكمأة، و7 من عناصر الميليشيات" (blind18 ar 003)
    named = named or (c.before in lx.TOLL_INCLUDES and c.before2.removeprefix(lx.AND) in lx.TOLL_WORDS)
    described = i - 3 >= st.a and c.before.startswith(lx.ARTICLE) and c.before.endswith(lx.TOLL_ADJECTIVE_END) \
        and c.before2 in lx.TOLL_WORDS and words[i - 3] in lx.TOLL_INCLUDES
    group = None if named or described else toll_of_group_includes(rd, st, c)
    if not ((named or described or group is not None) and c.noun_kind in ("people", "of")):
        return
    if group is not None and group >= 0:
        c.kind, c.how, c.rule = rd.figs[group].kind, "group", "toll_includes"
        c.parent = group if rd.figs[group].count > c.value else None
        return
    head = latest_toll(rd, st)  # (its paragraph's, or the one before's: blind13 ar 011)
    if head is not None and rd.figs[head].kind != KILLED:  # "الحصيلة" with no kind: the death toll, if one
        dead = latest_toll_of(rd, st, KILLED)              # was read ("… وإصابة 698 آخرين" last: blind13 ar 026)
        head = head if dead is None else dead
    if head is not None:
        c.kind, c.how, c.rule = rd.figs[head].kind, "group", "toll_includes"
        c.parent = head if rd.figs[head].count > c.value else None


def toll_includes_head(rd, st, i: int) -> Optional[int]:
    """"ارتفعت الحصيلة إلى 13 مواطناً …. وضمت الحصيلة طفلين اثنين وسيدة" (blind38 ar 001): "the toll
    included" + people named with no numeral (a dual, a singular category): they are the toll's
    make-up, a group on the last top-level toll of this paragraph or the one before (the death toll
    if one was read, as kind_toll_includes). A count in digits after it is read by kind_toll_includes."""
    words, b = rd.words, st.b
    listed = list_of_dead_at(words, i + 1, b)
    j = i + 2 + listed
    if not (j < b and words[i] in lx.TOLL_INCLUDES and (listed or words[i + 1] in lx.TOLL_WORDS)) \
            or is_number_word(words[j]) or words[j] in lx.QUAL_FIRST:
        return None
    w = base(words[j])
    if not (rd.dual(j) or w in lx.SINGULAR_CAT or (w.endswith(lx.ACCUSATIVE) and w[:-1] in lx.SINGULAR_CAT)):
        return None  # (the object of "وتضم" in the accusative: "طفلاً", blind84 ar 004)
    head = latest_toll_of(rd, st, KILLED) if listed else latest_toll(rd, st)
    if head is not None and rd.figs[head].kind != KILLED:
        dead = latest_toll_of(rd, st, KILLED)
        head = head if dead is None else dead
    return head


def list_of_dead_at(words: list, k: int, b: int) -> bool:
    """"قائمة القتلى" at token ``k`` after "وتشمل"/"وتضم" ("وتشمل قائمة القتلى ممرضاً أصيب بشظية", blind84 ar 004):
    the person named after it is one of the dead, a group on the death toll as after "وضمت الحصيلة"
    (``toll_includes_head``), so the injury verb after him is how he died (lexicon.LIST_OF_DEAD)."""
    return k + 1 < b and words[k] in lx.LIST_OF_DEAD[0] and words[k + 1] in lx.LIST_OF_DEAD[1]


def toll_of_group_includes(rd, st, c) -> Optional[int]:
    """"وتضمنت حصيلة المدنيين من أبناء المحافظة 27 سيدة و11 طفلاً" (blind31 ar 001): the make-up of the
    toll of a group named between the toll noun and the count (a few words, no number or mark): the last
    figure of that group's category and larger in this paragraph or the one before (the 262 civilians of a
    row, not the 3 of another), else
    -1 (the toll read before, as "وشملت الحصيلة"); None if the sentence is not so built."""
    words = rd.words
    t = next((t for t in range(c.at - 2, max(st.a, c.at - lx.GROUP_TOLL_GAP) - 1, -1) if words[t] in lx.TOLL_WORDS), None)
    if t is None or t == st.a or words[t - 1] not in lx.TOLL_INCLUDES or \
            any(is_number_word(w) or w in lx.SENTENCE_PUNCT for w in words[t + 1:c.at]):
        return None
    cat = next((people_category(w) for w in words[t + 1:c.at] if people_category(w)), None)
    for k in range(len(rd.figs) - 1, -1, -1):
        f = rd.figs[k]
        if f.para not in (st.para, st.para - 1):
            break
        if cat is not None and f.category == cat and not f.superseded and f.count > c.value:
            return k
    return -1


def kind_kindless_toll(rd, st, c):
    """"وبلغت حصيلة الشهر كاملاً 1748 شخصاً", "ارتفعت الحصيلة الإجمالية منذ آذار 2011 إلى أكثر من
    346 ألف شخص": a toll noun that names no kind, a rise or reach verb before it, then a count of
    people, no unused cue and no figure after the toll noun: the kind of the last top-level toll
    of this paragraph or the one before (SOHR's month and running totals). Only a toll noun of a
    scope (``KINDLESS_TOLL_SCOPE``: "الإجمالية", "الشهر", "منذ"), not "حصيلة المساعدات"."""
    words = rd.words
    if (st.cue is not None and not st.cue.used) or c.noun_kind != "people":
        return
    toll = next((t for t in range(c.at - 1, max(st.a, c.at - lx.KINDLESS_TOLL_GAP) - 1, -1)
                 if words[t] in lx.KINDLESS_TOLL), None)
    if toll is None or words[toll + 1] not in lx.KINDLESS_TOLL_SCOPE or (
            len(rd.figs) > st.first_fig and rd.figs[-1].tend > toll) or not any(w in lx.REVISION_WORDS or w[1:] in lx.REVISION_WORDS and w[:1] in lx.CONJ_PREFIXES
                               for w in words[st.a:toll]) \
            or any(is_number_word(w) and not w.isdigit() or w in lx.SENTENCE_PUNCT for w in words[toll + 1:c.at]):
        return
    head = latest_toll(rd, st)
    if head is not None:
        c.kind, c.how, c.rule = rd.figs[head].kind, "toll", "kindless_toll"


def kind_raised_later_in_sentence(rd, st, c):
    """"قدّرت … عدد القتلى بما بين 160 و190، ثم رفعته إلى ما بين 560 و770": a toll the sentence
    raises with "ثم" and a rise word after a first figure told as such ("في البداية", "وكان … قد
    أعلن"), whose cue that figure used: the first figure's kind (``corrected_later_in_sentence``
    then supersedes the first)."""
    if not c.after_to or c.noun_kind not in ("bare", "people", "of"):
        return
    words = rd.words
    then = next((t for t in range(c.i - 1, max(st.a, c.i - lx.RAISED_LATER_GAP) - 1, -1)
                 if words[t] in lx.THEN and t + 1 < c.i and words[t + 1] in lx.RISE_WORDS), None)
    if then is None or (earlier_statement_at(words, st.a, then) is None
                        and not any(at_first(words, t, then) for t in range(st.a, then))):
        return
    first = next((k for k in range(len(rd.figs) - 1, st.first_fig - 1, -1) if rd.figs[k].sent == st.si
                  and rd.figs[k].tend <= then and rd.figs[k].parent is None), None)
    if first is not None:
        c.kind, c.how, c.rule = rd.figs[first].kind, "cue", "raised_later_in_sentence"


KIND_RULES: list[Callable] = [
    kind_inline_breakdown_cell, kind_coordinated_by_case,
    kind_condition_of_injured, kind_toll_noun_later, kind_own_noun, kind_story_among_dead, kind_verb_after, kind_from_cue, kind_raised_later_in_sentence, kind_sub_row_of_them, kind_table_cell,
    kind_pending_table_cell,
    kind_verb_before_subset, kind_verb_of_them_no_toll, kind_part_in_ranks, kind_part_found_dead, kind_part_taken_wounded, kind_part_disappeared, kind_part_fate_unknown, kind_part_named_within, kind_in_group, kind_breakdown_continued, kind_coordinated,
    kind_compared_period,
    kind_gapped_line,
    kind_list_line, kind_pronoun_cue_after, kind_subset_of_target, kind_toll_includes, kind_kindless_toll,
]


def veto_unreadable(rd, st, c):
    """A vague amount with no noun ("عشرات") or an unknown noun not right after a cue."""
    if c.r.vague and c.noun_kind not in ("people", "kind", "of", "bare"):
        return c.e
    cue = st.cue
    if c.noun_kind == "other" and still_clause_after(rd, st, c):
        c.noun_kind, c.noun_end = "bare", c.e  # "بلغ 82 ما زال 11 منهم يتلقون العلاج": a new clause
        return None
    if c.noun_kind == "other" and (not c.cue_adjacent or cue.type == "weak" or (c.r.words and c.value == 1)):
        return c.e
    return None


def still_clause_after(rd, st, c) -> bool:
    """"إن عدد المصابين بلغ 82 ما زال 11 منهم يتلقون العلاج" (blind44 ar 007): "ما/لا" and "زال/يزال"
    right after the number open a new clause, no noun of the count."""
    return c.e + 1 < st.b and rd.words[c.e] in lx.STILL_NEG and rd.words[c.e + 1] in lx.STILL


def role_noun(word: str) -> Optional[str]:
    """The role, job or title noun a word is ("طبيبا", "ومسعفين", "الممرضة" → its stem), else ``None``."""
    w = base(word)
    w = w[len(lx.ARTICLE):] if w.startswith(lx.ARTICLE) and len(w) > 4 else w
    if w in lx.ROLE_NOUNS:
        return w
    for end in lx.ROLE_ENDINGS:
        if w.endswith(end) and w[:-len(end)] in lx.ROLE_NOUNS:
            return w[:-len(end)]
    return None


def role_inside_group(rd: Reading, bounds: list) -> list:
    """A person singled out by role, job or title inside a counted group ("كان بين القتلى طبيب",
    "بين المحتجزين ناشط إعلامي ومعلم", "بين القتلى طبيبا ومسعفين اثنين", "من بين المصابين ممرضة"):
    issue 11 §2 gives them no figure, the group's count already holds them. The singular role noun
    opens what the group names (a part coordinated after a counted part, "بينهم 4 أطفال ومعلمة", is
    a row of a breakdown and stays), and the role nouns coordinated right after it go with it,
    with their own small count if they have one ("ومسعفين اثنين"); a count in digits stays a
    subset ("بينهم 10 من العاملين"), and so does a category by age, sex or civilian status
    ("بينهم طفل", lexicon.CATEGORY_NOUNS). Returned, to be dropped."""
    out: list[int] = []
    last: dict = {}  # the last figure of each group (parent, sentence) so far: one pass, linear
    for k, f in enumerate(rd.figs):
        prev = last.get((f.parent, f.sent))
        last[(f.parent, f.sent)] = k
        if f.parent is None or any(w.isdigit() for w in rd.words[f.tstart:f.tend]):
            continue
        head = rd.words[f.victims[0]] if f.victims else rd.words[f.tstart]
        after_dropped = prev is not None and prev == k - 1 and out and out[-1] == prev
        if after_dropped and kin_of_role_inside_group(f, head):
            out.append(k)
            continue
        if prev is None and f.singular and (works_as_role(rd, f) or role_before_category(rd, f)):
            out.append(k)  # "ومن بين القتلى شاب يعمل مسعفاً متطوعاً", "… محامٍ شاب توفي"
            continue
        if not (role_noun(head) or compound_role(rd, f) or (one_of_role(rd, f) and construct_role(head))) \
                or base(head) in lx.CATEGORY_NOUNS:
            continue
        if one_of_role(rd, f):
            out.append(k)  # "بين القتلى ثلاثة من موظفي الصليب الأحمر، وأحد الصحفيين"
        elif prev is None and f.singular and base(head) == head:
            out.append(k)  # the role noun opening the group's list
        elif prev is not None and prev == k - 1 and out and out[-1] == prev and head[:1] == lx.AND:
            out.append(k)  # a role noun coordinated right after it
        elif prev is not None and prev == k - 1 and role_after_bare_category(rd, rd.figs[prev], f, head):
            out.append(k)  # "بينهم سيدة ومدرّس": the category keeps its 1, the job gets none
    return out


def role_before_category(rd: Reading, f) -> bool:
    """"ومن بين المتوفين في أماكن الاحتجاز محامٍ شاب توفي" (blind76 ar 010): a single person opening what a
    counted group names, read from a singular person noun ("شاب") right after a role noun ("محامٍ"): the person is
    singled out by role (``role_inside_group``), no figure. Not "بينهم شاب" alone."""
    k = f.victims[0] if f.victims else f.tstart
    return k > 0 and base(rd.words[k]) in lx.SINGULAR_CAT and role_noun(rd.words[k - 1]) is not None


def works_as_role(rd: Reading, f) -> bool:
    """"ومن بين القتلى شاب يعمل مسعفاً متطوعاً" (issue 11, blind50 ar 005): a single person opening what a
    counted group names, described right after by the job he worked at ("يعمل"/"تعمل" + a role noun, or
    "كان يعمل"), is singled out by role (``role_inside_group``): no figure. Not "بينهم شاب" alone (a
    category by age keeps its 1), nor a verb with no role noun after it ("يعمل في بيع الخضار")."""
    j = f.victims[1] if f.victims else f.tend
    j += j < len(rd.words) and rd.words[j] in lx.WAS
    return j + 1 < len(rd.words) and rd.words[j] in lx.WORKS_AS and role_noun(rd.words[j + 1]) is not None


def one_of_role(rd: Reading, f) -> bool:
    """"بين القتلى ثلاثة من موظفي الصليب الأحمر، وأحد الصحفيين المحليين" (issue 11, blind41 ar 004): "one of
    the" ("أحد", "وأحد") before a role noun in the plural, with no count of its own, inside a counted group
    singles a person out by role (``role_inside_group``): no figure, even after a counted part."""
    first = rd.words[f.tstart]
    return f.count == 1 and (first == lx.ONE_OF or (first[:1] == lx.AND and first[1:] == lx.ONE_OF))


def construct_role(w: str) -> bool:
    """A role noun's plural in construct ("متطوعي الغرفة", "موظفي الوكالة": the "ين" plural without its "ن",
    lexicon.CONSTRUCT_PLURAL): "ومن بين الشهداء أحد متطوعي الغرفة" (blind66 ar 010) is "one of the" role, as
    "وأحد الصحفيين" (``one_of_role``)."""
    return w.endswith(lx.CONSTRUCT_PLURAL) and role_noun(w[:-len(lx.CONSTRUCT_PLURAL)]) is not None


def compound_role(rd: Reading, f) -> bool:
    """"بينهم شيخ قبلي" (blind74 ar 010), "ورجل إطفاء" (blind73 ar 008): a person noun with the word after it
    that makes it a title or a job (``ROLE_COMPOUNDS``: a tribal sheikh, a fireman) is a role noun for
    ``role_inside_group``; the noun alone ("بينهم رجل مسن") is not."""
    t = f.victims[0] if f.victims else f.tstart
    tails = lx.ROLE_COMPOUNDS.get(base(rd.words[t]))
    return tails is not None and t + 1 < len(rd.words) and rd.words[t + 1] in tails


def single_role_after_role_group(rd: Reading, bounds: list) -> list:
    """"وتضم قائمة القتلى 30 طفلاً، إضافة إلى ثلاثة مسعفين ومهندس" (blind73 ar 008: "مسعفَين اثنين … ورجل إطفاء"):
    one person by role with no numeral, coordinated right after a counted job group, inside a counted group
    or in a sentence that opens on what a toll holds (``TOLL_INCLUDES``), is singled out by role (issue 11
    §2): no figure, while the job group keeps its subset. After a counted category ("بينهم 4 أطفال ومعلمة")
    it stays, and so does "قتل ثلاثة مسعفين وصحفي" (no toll holds them). Returned, to be dropped."""
    words, figs, out = rd.words, rd.figs, []
    for k in range(1, len(figs)):
        prev, f = figs[k - 1], figs[k]
        head = words[f.victims[0]] if f.victims else words[f.tstart]
        if not (f.singular and f.count == 1 and head[:1] == lx.AND and prev.count > 1 and prev.sent == f.sent):
            continue
        a = bounds[f.sent][0]
        if f.parent is None and words[a] not in lx.TOLL_INCLUDES:
            continue
        prev_head = words[prev.victims[0]] if prev.victims else words[prev.tstart]
        if role_noun(prev_head) is not None and (role_noun(head) is not None or compound_role(rd, f)):
            out.append(k)
    return out


def role_after_bare_category(rd: Reading, prev, f, head: str) -> bool:
    """"اعتقلت 23 من العائدين، بينهم سيدة ومدرّس" (blind35 ar 005): a singular role noun coordinated
    right after a singular category with no numeral of its own ("سيدة", 1) inside the same counted group
    is singled out by role (``role_inside_group``): no figure. After a counted part ("بينهم 4 أطفال
    ومعلمة") it is a row of a breakdown and stays, and so does a role after a role ("وممرض وطبيب"). So after a
    category in the dual ("22 مدنياً بينهم طفلان وطبيب", blind76 ar 014)."""
    if not (f.singular and f.count == 1 and head[:1] == lx.AND):
        return False
    prev_head = base(rd.words[prev.victims[0]] if prev.victims else rd.words[prev.tstart])
    if prev.count == 2 and not prev.singular and prev.tend - prev.tstart == 1:
        return DUALS.get(prev_head) in lx.CATEGORY_NOUNS
    return prev.singular and prev.count == 1 and prev_head in lx.CATEGORY_NOUNS


def kin_of_role_inside_group(f, head: str) -> bool:
    """"جثامين 58 شخصاً، بينهم طبيب أسنان معروف في المدينة وزوجته" (blind32 ar 001): one kin of the
    person singled out by role (a kin noun with its pronoun, "وزوجته", "وابنه", no numeral of its own),
    coordinated right after them inside the counted group, goes with them (``role_inside_group``): no
    figure. Kin of the teller ("بينهم زوجته وولداه") open the group's list and keep theirs."""
    return f.count == 1 and head[:1] == lx.AND and head[1:] in lx.FAMILY_ONE


def person_told_of_in_group(rd: Reading, bounds: list) -> list:
    """"قالت العفو الدولية إن مصير 77 مهاجراً ما يزال مجهولاً …، ومن بينهم شاب سوداني أكد شقيقه أنه رآه
    آخر مرة عند المعبر" (blind31 ar 025): one person inside a counted group, named by no category of age,
    sex or civilian status, whose own story follows (a verb of telling, then a kin of theirs: "أكد
    شقيقه") is singled out like a role (``role_inside_group``): no figure; so is one whom a suspicion
    follows ("اعتقلت 15 مشتبهاً بهم …، بينهم رجل يُعتقد أنه ساعد في إدخال السيارة", blind59 ar 013:
    lexicon.SUSPECTED_OF), and one whose own taking follows, a verb with them as its object ("ومن بين الضحايا
    شاب من بلدة المسيفرة خطفه مسلحون …، قبل أن يُعثر على جثته", blind65 ar 002: lexicon.TAKEN_ONE). Returned,
    to be dropped."""
    words, out = rd.words, []
    for k, f in enumerate(rd.figs):
        if f.parent is None or f.count != 1 or not f.singular or f.victims is None:
            continue
        if base(words[f.victims[0]]) in lx.CATEGORY_NOUNS or any(w.isdigit() for w in words[f.tstart:f.tend]):
            continue
        end = min(bounds[f.sent][1], f.victims[1] + lx.TOLD_OF_WINDOW)
        if any(words[t] in lx.TELLING_VERBS and words[t + 1] in lx.FAMILY_ONE for t in range(f.victims[1], end - 1)) \
                or lx.SUSPECTED_OF.intersection(words[f.victims[1]:end]) \
                or lx.TAKEN_ONE.intersection(words[f.victims[1]:end]):
            out.append(k)
    return out


def role_in_stated_toll(rd: Reading, bounds: list) -> list:
    """A person singled out by role, job or title with a marker after them that places them inside a toll
    of their kind stated before ("وثق المرصد يوم أمس استشهاد طبيب في مدينة حمورية، من ضمن الحصيلة آنفة
    الذكر", blind28 ar 001; "… مقتل صحفي، بين القتلى المذكورين"): the toll already holds them, as
    ``role_inside_group``. A category by age, sex or civilian status keeps its figure. Returned, to be
    dropped."""
    words, out = rd.words, []
    tolls: set = set()  # the kinds of the tolls stated so far (top-level counts over 1): one pass, linear
    for k, f in enumerate(rd.figs):
        told = f.kind in tolls
        if f.count > 1 and f.parent is None and not f.superseded:
            tolls.add(f.kind)
        head = words[f.victims[0]] if f.victims else words[f.tstart]
        if not told or not f.singular or f.count != 1 or f.parent is not None or not role_noun(head) \
                or base(head) in lx.CATEGORY_NOUNS:
            continue
        b = bounds[f.sent][1]
        marked = any(words[t] in lx.WITHIN_TOLL and (words[t + 1] in lx.TOLL_WORDS or (
            cue_of(words[t + 1]) is not None and cue_of(words[t + 1])[:3:2] == (f.kind, "kindnoun")))
            for t in range(f.tend, min(b - 1, f.tend + lx.ROLE_IN_TOLL_WINDOW)))
        if marked:
            out.append(k)
    return out


def kin_is_category(kin: str) -> bool:
    """A kin noun that names a category too ("طفلها", "طفله": a child): issue 11 gives a category its own
    subset figure ("بينهم امرأة وطفلها" is 1 and 1), so it is not merged with the person before it."""
    return any(kin.startswith(c) for c in lx.CATEGORY_NOUNS)


def person_and_kin_in_group(rd: Reading, bounds: list) -> list:
    """Inside a counted group, a person and their kin listed right after them with no numeral ("و4
    آخرون بينهم رجل وزوجته في جسرين", blind30 ar 002; "بينهم امرأة ووالدتها") are one figure (2),
    as after a cue (issue 11: kin without a numeral are one figure); a kin that is a category too
    (``kin_is_category``) and an enumeration of a stated total ("هم رجل وزوجته وطفلاهما", ar69) keep
    one figure each. The kin's own figures of 1 are returned, to be dropped; the person's figure
    takes their count and span."""
    figs, words, out = rd.figs, rd.words, []
    for k in range(len(figs) - 1):
        f = figs[k]
        if k in out or f.parent is None or not f.singular or f.count != 1 or f.rule != lx.PERSON_IN_GROUP_RULE \
                or not among_right_before(words, f.tstart):
            continue  # "هم رجل وزوجته وطفلاهما" enumerates a stated total: one entry each (ar69)
        first_kin = skip_origin(words, f.tend, bounds[f.sent][1])
        for g_k in range(k + 1, len(figs)):
            g = figs[g_k]
            w = words[g.tstart]
            if g.parent != f.parent or g.sent != f.sent or g.count != 1 or g.tstart not in (f.tend, first_kin) \
                    or w[:1] != lx.AND or w[1:] not in lx.FAMILY_ONE or kin_is_category(w[1:]):
                break
            f.count, f.tend, f.singular = f.count + 1, g.tend, False
            f.victims = (f.victims[0], g.tend) if f.victims else f.victims
            out.append(g_k)
    return out


def person_and_infant_in_group(rd: Reading, bounds: list) -> list:
    """"لقي 9 مهاجرين حتفهم، بينهم امرأة ورضيعها" (blind73 ar 002): inside a counted group, a person's figure
    of 1 right before "و" + their baby (``INFANT_KIN``, a kin no figure reads) is a kin group of 2 (issue 11:
    kin without a numeral are one figure counting the persons), as ``person_and_kin_in_group`` does for
    "بينهم رجل وزوجته". Nothing is dropped; the person's figure takes the baby's token."""
    words = rd.words
    for f in rd.figs:
        if f.parent is None or not f.singular or f.count != 1 or f.rule != lx.PERSON_IN_GROUP_RULE \
                or not among_right_before(words, f.tstart) or f.tend >= bounds[f.sent][1]:
            continue
        w = words[f.tend]
        if w[:1] == lx.AND and w[1:] in lx.INFANT_KIN and not any(g.tstart == f.tend for g in rd.figs):
            f.count, f.tend, f.singular = 2, f.tend + 1, False
            f.victims = (f.victims[0], f.tend) if f.victims else f.victims
    return []


def among_right_before(words: list, t: int) -> bool:
    """"بينهم" right before token ``t``, or "بين" + a kind noun ("ومن بين القتلى رجل …", "وبين الشهداء
    امرأة …": blind66 ar 008): the person at ``t`` opens what a counted group names."""
    return words[t - 1] in lx.AMONG_WORDS or (t >= 2 and words[t - 2] in lx.BETWEEN and is_kind_noun_cue(words[t - 1]))


def skip_origin(words: list, k: int, b: int) -> int:
    """The kin after a short "من …" origin at token ``k`` ("ومن بين القتلى رجل من محافظة كربلاء وزوجته
    وابنتهما", blind66 ar 008), or after a "في …" affiliation (``skip_affiliation``): the token of the kin,
    else ``k``. Only plain words stand between (no number, cue or punctuation)."""
    if k < b and words[k] in lx.OF[:1]:
        return kin_after_phrase(words, k, b, quotes=False)
    return skip_affiliation(words, k, b)


def nth_person_added(rd: Reading, bounds: list) -> list:
    """A count and one more person named by the next ordinal after it ("القبض على اثنين من التجار
    المنظمين للفعالية وشخص ثالث", "اعتقل 4 من الشبان وآخر خامس"): one figure of them all, N + 1
    (blind27 ar 025). The ordinal follows "و" and a noun for people (or "آخر") within a few words of
    the figure, in the same clause. The one read from "وشخص" alone is returned, to be dropped."""
    words, out = rd.words, []
    for f in rd.figs:
        b = bounds[f.sent][1]
        for k in range(f.tend, min(b - 1, f.tend + lx.NTH_PERSON_WINDOW)):
            w = words[k]
            if w in lx.SENTENCE_PUNCT or w == lx.COMMA or is_count_start(w) or cue_of(w) is not None:
                break
            person = w[:1] == lx.AND and (singular_category(w[1:]) or w[1:] in lx.ORDINAL_ONE)
            if person and lx.ORDINAL_VALUES.get(words[k + 1]) == f.count + 1 and f.parent is None:
                out += [j for j, g in enumerate(rd.figs) if g.sent == f.sent and k <= g.tstart < k + 2]
                f.count, f.tend = f.count + 1, k + 2
                break
    return out


def members_in_dash_aside(rd: Reading, bounds: list) -> list:
    """"خمسة من أسرة واحدة - الأب والأم وثلاثة أبناء - قتلوا" (issue 11, blind48 ar 010): the members of a
    counted group named in an aside between two dashes right after it restate its count; a figure read
    inside the aside, of the group's kind and smaller, is no figure of its own. Rows set apart by dashes
    ("قوات النظام: 93 – القوات الروسية: 11 – …", blind13 ar 005) have more dashes. Returned, to be dropped."""
    out, words, by_sent = [], rd.words, figures_by_sentence(rd)
    for k, f in enumerate(rd.figs):
        a, b = bounds[f.sent]
        opening = dash_before(words, a, f.tstart)
        if opening is None or sum(words[j] in lx.DASHES for j in range(a, b)) != 2 \
                or any(words[j] in lx.ROW_COLONS for j in range(a, b)) \
                or not any(words[j] in lx.DASHES for j in range(f.tend, b)):
            continue  # one aside: two dashes, no colon (rows "X: 93 – Y: 11 – …" are no aside)
        if any(g.kind == f.kind and g.count > f.count and g.tstart < opening and opening - g.tstart <= lx.ASIDE_GROUP_REACH
               for g in (rd.figs[j] for j in by_sent[f.sent] if j < k)):  # (the group's figures: its sentence's, before it)
            out.append(k)
    return out


def breakdown_after_dash(rd: Reading, st, c) -> bool:
    """"قالت اللجان إن الحصيلة بلغت 104 أشخاص — 52 رجلاً و35 طفلاً و17 امرأة — دفنوا …" (blind73 ar 012): a count
    right after a dash (``BREAKDOWN_DASHES``) that follows the previous figure's last token in the same sentence
    opens that figure's breakdown: coordinated with it, as after a comma (``read_links``)."""
    t, i = c.target, c.i
    if t is None or i - 1 <= st.a or rd.words[i - 1] not in lx.BREAKDOWN_DASHES:
        return False
    f = rd.figs[t]
    return f.sent == st.si and f.tend == i - 1


def dash_before(words: list, a: int, i: int) -> Optional[int]:
    """The nearest dash before token ``i`` in its sentence, at most ``ASIDE_GROUP_REACH`` tokens back (the one
    that would open an aside holding ``i``), else None."""
    for j in range(i - 1, max(a, i - lx.ASIDE_GROUP_REACH) - 1, -1):
        if words[j] in lx.DASHES:
            return j
    return None


def one_of_the_cases(rd: Reading, bounds: list) -> list:
    """"وفي إحدى الحالات الموثقة، توفي محتجز في الأربعينيات من عمره بسجن برج العرب" (blind71 ar 006): one person
    in a sentence that opens on "one of the cases" (``ONE_OF_CASES``) is one of those a count of the same kind
    told before already holds, no figure of its own. Returned, to be dropped."""
    words, out, (ins, ones, cases) = rd.words, [], lx.ONE_OF_CASES
    for k, f in enumerate(rd.figs):
        a = bounds[f.sent][0]
        if f.count != 1 or a + 2 >= len(words) or words[a] not in ins or words[a + 1] not in ones \
                or words[a + 2] not in cases:
            continue
        if any(g.kind == f.kind and g.count > 1 and g.sent < f.sent for g in rd.figs):
            out.append(k)
    return out


def none_of_them_but(rd: Reading, bounds: list) -> list:
    """"وإنه لم يتمكن من دفن أحد منهم سوى أخته" (blind71 ar 002): "أحد" with "سوى"/"إلا"/"عدا" (``NONE_BUT``)
    right after it and a negation before it is "none but" one already counted, no figure. Returned, to be
    dropped."""
    words, out = rd.words, []
    for k, f in enumerate(rd.figs):
        a, b = bounds[f.sent]
        if f.count != 1 or words[f.tstart] != lx.ONE_OF:
            continue
        if lx.NONE_BUT.intersection(words[f.tstart + 1:min(b, f.tstart + 1 + lx.NONE_BUT_AFTER)]) \
                and lx.NOT_WORDS.intersection(words[max(a, f.tstart - lx.NONE_BUT_REACH):f.tstart]):
            out.append(k)
    return out


def one_of_own_kind_in_group(rd: Reading, bounds: list) -> list:
    """"وكان بين المصابين مسعف أصيب بشظايا أثناء نقله أحد الجرحى" (blind70 ar 013): "أحد" and a definite kind
    noun of the group's own kind ("أحد الجرحى" inside the wounded) is one of the people the group's count
    already holds (here the one the medic carried), no part of its own. Returned, to be dropped."""
    words, out = rd.words, []
    for k, f in enumerate(rd.figs):
        if f.parent is None or f.count != 1 or words[f.tstart] != lx.ONE_OF or f.tend >= bounds[f.sent][1]:
            continue
        own = cue_of(words[f.tend])
        if own is not None and own[2] == "kindnoun" and own[0] == f.kind == rd.figs[f.parent].kind \
                and words[f.tend].startswith(lx.ARTICLE):
            out.append(k)
    return out


def one_of_counted_told_again(rd: Reading, bounds: list) -> list:
    """One person of a toll already counted, told again with no group to hold them: a witness singled
    out by role who speaks ("فيما قالت طالبة جامعية أصيبت في الانفجار إن …") when a toll of that kind was
    stated before; a person of a category among a group ("ومن بينهم طفل سعودي … أصيب") when that
    category was counted before in the same kind ("وطفلان سعوديان"). Returned, to be dropped."""
    out = []
    tolls: set = set()  # (kind) of the top-level counts over 1 so far, (kind, category) of any: linear
    parts: dict = {}  # (the toll's count, kind, category) of the parts over 1 so far: (sentence, toll) of the first
    for k, f in enumerate(rd.figs):
        toll, counted = f.kind in tolls, (f.kind, f.category) in tolls
        if one_of_counted_part_again(rd, f, parts):
            out.append(k)
            continue
        if f.count > 1 and not f.superseded:
            tolls.add((f.kind, f.category))
            if f.parent is None:
                tolls.add(f.kind)
            else:
                parts.setdefault((rd.figs[f.parent].count, f.kind, f.category), (f.sent, f.parent))
        if not f.singular or f.parent is not None or f.tstart == bounds[f.sent][0]:
            continue
        before = rd.words[f.tstart - 1]
        head = rd.words[f.victims[0]] if f.victims else rd.words[f.tstart]
        if before in lx.SPEECH_VERBS and role_noun(head) and toll:
            out.append(k)  # a witness
        elif before in lx.AMONG_WORDS and f.category and counted:
            out.append(k)  # one of the counted category
        elif named_of_counted_category(rd, f, counted):
            out.append(k)  # "قضت الطفلة فاطمة …" after "12 قتيلاً، بينهم طفلان"
    return out


def one_of_counted_part_again(rd: Reading, f, parts: dict) -> bool:
    """"ارتفع إلى 12 قتيلاً بينهم طفلان …" then, in a later sentence, the toll restated with one person
    of that category singled out inside it ("لدينا 12 شهيداً، بينهم طفلة في الثامنة …", blind63 ar 009):
    one person of a category inside a toll that an earlier sentence already broke down with a count of
    that category (``parts``: (the toll's count, kind, category) → the sentence and toll of that part) is
    one of those counted, no figure of their own, when the toll that holds them is the restatement (a
    figure of its own until the records are merged, told after the part) or is named again by its kind
    noun ("وبين الشهداء طفلة في العاشرة", blind44 ar 014). In the same sentence ("بينهم طفلان وطفلة") or
    in another row under the same toll ("بينهم سيدة وطفل" on a list line) they are one more."""
    if not f.singular or f.count != 1 or f.parent is None or not f.category:
        return False
    toll = rd.figs[f.parent]
    told = parts.get((toll.count, f.kind, f.category))
    if told is None or told[0] >= f.sent:
        return False
    if told[1] == f.parent:
        return is_kind_noun_cue(rd.words[f.tstart - 1])
    return told[0] < toll.sent and toll.kind == rd.figs[told[1]].kind


def named_of_counted_category(rd: Reading, f, counted: bool) -> bool:
    """"ارتفع عدد الضحايا إلى 12 قتيلاً، بينهم طفلان … وفي بلدة …، قضت الطفلة فاطمة …" (blind38 ar
    004; blind19 ar 020, blind24 ar 011): one named person of a category by age or sex
    (lexicon.NAMED_CATEGORY_HELD) after a count of that category of the same kind is one of them,
    singled out by name: no figure of their own (issue 11 §2). A body carried or found ("نقل بنفسه
    جثة الطفلة رهف", blind5 ar 008, where the annotator counts her) is told as its own find and keeps
    its figure of 1, and so does a named person with no such count before."""
    return f.rule == NAMED_AFTER_CUE and f.count == 1 and f.category in lx.NAMED_CATEGORY_HELD and counted \
        and rd.words[f.tstart] not in lx.BODY_NOUNS


def part_of_present_told_again(rd: Reading, bounds: list) -> list:
    """"N منهم" + a cue after a count of people who were only present ("مؤكدة أن 30 من رعاياها كانوا
    بين المصلين، وأن 4 منهم لقوا حتفهم", blind30 ar 015): when an earlier sentence already gave a
    figure of that kind and count ("هم 4 مقيمين من الجنسية الباكستانية"), the part restates it. The
    count "منهم" refers to is the nearest number before it in the sentence and is no figure itself.
    Returned, to be dropped."""
    words, figs, out = rd.words, rd.figs, []
    by_sent = figures_by_sentence(rd)
    for k, f in enumerate(figs):
        a = bounds[f.sent][0]
        if f.count < 2 or f.tend <= f.tstart + 1 or words[f.tstart + 1] not in lx.POST_MARKERS:
            continue
        ref = next((t for t in range(f.tstart - 1, a - 1, -1) if is_count_start(words[t])), None)
        if ref is None or any(figs[g].tstart <= ref < figs[g].tend for g in by_sent[f.sent]):
            continue
        if any(g.sent < f.sent and g.kind == f.kind and g.count == f.count and not g.superseded for g in figs):
            out.append(k)
    return out


def disaster_victims(rd: Reading, bounds: list) -> list:
    """The killed, injured and missing of a natural disaster ("ارتفعت حصيلة ضحايا الزلزال إلى أكثر
    من 4500 وفاة", "السيول … أودت بحياة 3800 شخص", "ويأتي الهجوم بعد 11 يوماً من زلزال … أودى
    بحياة 5900", "فقد 4 أشخاص حياتهم جراء السيول"): the nearest event named before the figure is
    the disaster, not an act of war, and no act of war follows it in the sentence; or no event is
    named before it and the first named after it is the disaster. Not war casualties; returned, to
    be dropped."""
    out = []
    for k, f in enumerate(rd.figs):
        if f.kind not in (KILLED, INJURED, MISSING):
            continue
        a, b = bounds[f.sent]
        before = [w in lx.DISASTER for w in rd.words[a:f.tstart] if w in lx.DISASTER or w in lx.WAR_ACTS]
        after = [w in lx.DISASTER for w in rd.words[f.tend:b] if w in lx.DISASTER or w in lx.WAR_ACTS]
        if (before and before[-1] and not any(w is False for w in after)) or (not before and after and after[0]):
            out.append(k)
    return out


def trapped_then_rescued(rd: Reading, bounds: list) -> list:
    """People held inside a building or under rubble and brought out alive ("رجل وزوجته وابنتاه
    احتُجزوا داخل شقتهم … قبل أن يتمكن الهلال الأحمر من إخراجهم سالمين"): the verb (lexicon.TRAPPED_VERBS)
    with "داخل"/"تحت" right after it and, later in the sentence, a rescue ("إخراجهم", "انتشالهم") or
    "alive": trapped, not detained (issue 11, blind41 ar 008). The detained figures of that sentence
    read up to the verb are returned, to be dropped; a detention named after it stays."""
    out = []
    for k, f in enumerate(rd.figs):
        if f.kind != DETAINED:
            continue
        a, b = bounds[f.sent]
        t = trapped_verb_at(rd.words, a, b)
        if t is not None and f.tstart <= t + 1:
            out.append(k)
    return out


def trapped_verb_at(words: list, a: int, b: int) -> Optional[int]:
    """The first trapped verb of the sentence ``[a, b)`` (``trapped_then_rescued``), or None."""
    for t in range(a, b):
        if words[t] not in lx.TRAPPED_VERBS:
            continue
        if not lx.TRAPPED_INSIDE.intersection(words[t + 1:min(b, t + 1 + lx.TRAPPED_WINDOW)]):
            continue
        if any(rescued_word(w) for w in words[t + 1:b]):
            return t
    return None


def rescued_word(w: str) -> bool:
    """"إخراجهم", "لانتشالهم", "سالمين": a rescue or "alive" (``trapped_verb_at``)."""
    if w in lx.TRAPPED_ALIVE:
        return True
    return any(w.startswith(p + s) for p in lx.TRAPPED_OUT_PREFIXES for s in lx.TRAPPED_OUT_STEMS)


def figures_by_sentence(rd: Reading) -> dict[int, list[int]]:
    """The indexes of the figures read, by sentence, in reading order."""
    out: dict[int, list[int]] = {}
    for k, f in enumerate(rd.figs):
        out.setdefault(f.sent, []).append(k)
    return out


def line_count_restated(rd: Reading, bounds: list) -> list:
    """A list line of one or two dead whose only item names them ("– محافظة حماة: 1، شاب قتل
    برصاص مسلحين مجهولين"): the line's count and its victim are one figure, told twice (ar320).
    Returns the item, to be dropped; a line with several items keeps them as its parts."""
    out = []
    for ks in figures_by_sentence(rd).values():
        if len(ks) != 2:
            continue
        cell, item = sorted(ks, key=lambda k: rd.figs[k].tstart)
        c, f = rd.figs[cell], rd.figs[item]
        if c.rule == lx.TABLE_CELL_RULE and f.rule != c.rule and c.count <= lx.LINE_ITEM_MAX \
                and (f.kind, f.count) == (c.kind, c.count) and not rd.words[f.tstart].isdigit():
            out.append(item)
    return out


def raised_in_later_report(rd: Reading, bounds: list) -> None:
    """A toll raised in a later report of the same event ("وفي وقت لاحق، أعلنت الوزارة أن
    الحصيلة ارتفعت إلى 32 قتيلاً و110 جرحى"): a sentence with a later-report word, a rise word
    and a revised figure, and no running total ("منذ"), supersedes the smaller top-level figures
    of its kinds read in earlier sentences (ar318). Their parts stay: the people of a breakdown are still
    among the dead of the raised toll (blind40 ar 008: "بين القتلى امرأتان وطفل" then "بوفاة أحد الجرحى
    …، لترتفع الحصيلة إلى 79"); so is the death of one of the wounded that raised it, no figure of its own
    (``wounded_death_raising``). Marks in place."""
    by_sent = figures_by_sentence(rd)
    for si, (a, b) in enumerate(bounds):
        sw = set(rd.words[a:b])
        if not (sw & lx.LATER_REPORT and sw & lx.RISE_WORDS) or lx.SINCE in sw:
            continue
        ks, new = by_sent.get(si, ()), {}
        for f in (rd.figs[k] for k in ks):
            if f.parent is None and not f.superseded:
                new[f.kind] = max(new.get(f.kind, 0), f.count)
        if not any(rd.figs[k].revision for k in ks):
            continue
        old = {k for k, f in enumerate(rd.figs) if f.sent < si and f.parent is None and not f.superseded
               and f.count < new.get(f.kind, 0)}
        old |= wounded_death_raising(rd, ks, new)
        supersede_with_parts(rd, old, old)


def earlier_count_named_in_rise(rd: Reading, bounds: list) -> None:
    """"ارتفاع عدد الشهداء … إلى أكثر من 100 شهيد، بعد أن أعلنت في وقت سابق عن 50" (issue 11, blind41 ar 014):
    a raised toll whose sentence names, after "بعد" and "سابق", the count it was up from: the top-level figure
    of that kind and count read in an earlier sentence (whoever told it) is that earlier toll, superseded
    with its parts. Marks in place."""
    for si, raised, value in rises_naming_earlier(rd, bounds, earlier_count_after):
        old = {k for k, f in enumerate(rd.figs) if f.sent < si and f.parent is None and not f.superseded
               and f.count == value and f.kind == raised.kind}
        supersede_with_parts(rd, old, old)


def rises_naming_earlier(rd: Reading, bounds: list, count_after):
    """The sentences of a raised toll that name the count it was up from (``count_after(words, end, sentence end)``
    finds it after the raised figure): ``(sentence, the raised figure, that count)`` each."""
    words = rd.words
    for si, ks in figures_by_sentence(rd).items():
        a, b = bounds[si]
        new = [rd.figs[k] for k in ks if rd.figs[k].revision and rd.figs[k].parent is None]
        if not new or not lx.RISE_WORDS.intersection(words[a:b]):
            continue
        value = count_after(words, new[-1].tend, b)
        if value is not None:
            yield si, new[-1], value


def earlier_statement_told_in_rise(rd: Reading, bounds: list) -> None:
    """"18:30 | المكتب الإعلامي الحكومي: 210 شهداء وأكثر من 400 جريح" … "21:20 | وزارة الصحة ترفع حصيلة
    المجزرة إلى 274 شهيداً و698 إصابة، بعد أن كان المكتب الإعلامي الحكومي قد أعلن 210 شهداء" (blind63 ar
    006, a live blog): a raised toll's sentence that names the earlier count it replaced (a superseded
    figure after the revised one) tells which earlier figure that was: the top-level figure of that kind
    and count in an earlier sentence is superseded, and so is each top-level figure told with it in its
    sentence (the same statement) of a kind the raised toll gives anew with a larger count (the 400
    wounded, now 698). Their parts go with them. Marks in place."""
    figs, by_sent = rd.figs, figures_by_sentence(rd)
    by_value: dict = {}  # the figures by kind and count, and the parts of each figure: linear on a long text
    parts: dict = {}
    for k, f in enumerate(figs):
        by_value.setdefault((f.kind, f.count), []).append(k)
        if f.parent is not None:
            parts.setdefault(f.parent, []).append(k)
    for si, ks in by_sent.items():
        if not lx.RISE_WORDS.intersection(rd.words[bounds[si][0]:bounds[si][1]]):
            continue
        raised = [k for k in ks if figs[k].revision and figs[k].parent is None and not figs[k].superseded]
        if not raised:
            continue
        new: dict = {}
        for k in ks:
            if figs[k].parent is None and not figs[k].superseded:
                new[figs[k].kind] = max(new.get(figs[k].kind, 0), figs[k].count)
        named = {(figs[k].kind, figs[k].count) for k in ks if k > raised[0] and figs[k].superseded
                 and figs[k].parent is None and figs[k].count < new.get(figs[k].kind, 0)}
        old = {k for key in named for k in by_value.get(key, ()) if figs[k].sent < si and figs[k].parent is None
               and not figs[k].superseded}
        old |= {j for k in old for j in by_sent[figs[k].sent] if figs[j].parent is None and not figs[j].superseded
                and figs[j].kind != figs[k].kind and figs[j].count < new.get(figs[j].kind, 0)}
        supersede_with_parts(rd, old, old | {j for k in old for j in parts.get(k, ())})


def count_it_was_in_live_post(rd: Reading, bounds: list) -> None:
    """"20:15 | الوزارة: ارتفاع عدد القتلى إلى 90، بعدما كان 85 ظهراً" … "12:00 | الوزارة: الحصيلة 85 قتيلاً" (issue
    11, blind79 ar 006, a live blog newest first): a raised toll that names the count it was up from ("بعدما كان"
    /"بعد أن كان") tells which earlier post's toll that was: the top-level figure of that kind and smaller count
    in another post opening on a clock time, before or after it in the text, is superseded with its parts.
    Marks in place."""
    for si, raised, value in rises_naming_earlier(rd, bounds, count_it_was):
        if value >= raised.count:
            continue
        old = {k for k, f in enumerate(rd.figs) if f.sent != si and f.parent is None and not f.superseded
               and f.count == value and f.kind == raised.kind and opens_on_clock(rd.words, bounds[f.sent][0])}
        supersede_with_parts(rd, old, range(len(rd.figs)))


def count_it_was(words: list, e: int, b: int) -> Optional[int]:
    """The count right after "بعدما كان"/"بعد أن كان" in ``[e, b)`` ("إلى 90، بعدما كان 85 ظهراً"), else None
    (``count_it_was_in_live_post``)."""
    t = next((t for t in range(e, b - 1) if words[t + 1] in lx.WAS and (
        words[t] == lx.AFTER_THAT[1] or (words[t] == lx.AFTER_THAT[0] and t > e and words[t - 1] in lx.AFTER_TOLL))), None)
    if t is None:
        return None
    n = next((n for n in range(t + 2, min(b, t + 2 + lx.WAS_AFTER_WINDOW)) if is_count_start(words[n])), None)
    r = read_number(words, n) if n is not None else None
    return int(r.value) if r is not None and not r.vague else None


def opens_on_clock(words: list, a: int) -> bool:
    """Sentence start ``a`` is a live post's clock time and bar ("09:00 | …"; blind79 ar 006)."""
    return a + 3 < len(words) and words[a].isdigit() and int(words[a]) <= lx.CLOCK_HOURS and words[a + 1] == ":" \
        and clock_minutes(words[a + 2]) and words[a + 3] == lx.POST_BAR


def earlier_count_after(words: list, e: int, b: int) -> Optional[int]:
    """The count after "بعد" … "سابق" … ("بعد أن أعلنت في وقت سابق عن 50") in ``[e, b)``, else None
    (``earlier_count_named_in_rise``)."""
    t = next((t for t in range(e, b) if words[t] in lx.AFTER_TOLL), None)
    if t is None:
        return None
    s = next((s for s in range(t + 1, min(b, t + 1 + lx.EARLIER_COUNT_WINDOW)) if words[s] == lx.EARLIER_TIME[1]), None)
    if s is None:
        return None
    n = next((n for n in range(s + 1, min(b, s + 3)) if is_count_start(words[n])), None)
    r = read_number(words, n) if n is not None else None
    return int(r.value) if r is not None and not r.vague else None


def wounded_death_raising(rd: Reading, ks: list, new: dict) -> set:
    """"أفادت مصادر طبية بوفاة أحد الجرحى متأثراً بإصابته، لترتفع الحصيلة إلى 79 قتيلاً": in the sentence
    of a raised toll (its figures ``ks``; ``new``: the largest count of each kind), the one death of "one of
    the wounded" is the increase, inside the toll (issue 11, blind40 ar 008): the indexes to supersede."""
    return {k for k in ks if rd.figs[k].count == 1 and not rd.figs[k].revision
            and rd.figs[k].count < new.get(rd.figs[k].kind, 0) and one_of_the_wounded(rd.words, rd.figs[k])}


def first_report_replaced(rd: Reading, bounds: list) -> None:
    """A source's first toll told as such in a sentence of its own ("وكانت هيئة السكك الحديدية قد
    أعلنت في البداية مقتل 30 شخصاً وإصابة أكثر من 100 آخرين"): each top-level figure of it is
    superseded when the text gives a current top-level figure of its kind in another sentence,
    its parts too (blind15 ar 008). A sentence that goes on to the later figure itself ("لاحقاً",
    "قبل أن", "ثم") is left to ``corrected_later_in_sentence``. Marks in place."""
    words, figs = rd.words, rd.figs
    for si, ks in figures_by_sentence(rd).items():
        a, b = bounds[si]
        if earlier_statement_at(words, a, b) is None or not first_report_verb(words, a, b):
            continue
        if any(words[t] in lx.LATER_REPORT or words[t] in lx.THEN or tuple(words[t:t + 2]) == lx.BEFORE_THAT
               for t in range(a, b)):
            continue
        current = {f.kind for f in figs if f.sent != si and f.parent is None and not f.superseded}
        old = {k for k in ks if figs[k].parent is None and not figs[k].superseded and figs[k].kind in current}
        supersede_with_parts(rd, old, ks)


def first_toll_raised_later(rd: Reading, bounds: list) -> None:
    """"أسفر الهجوم في حصيلة أولى عن مقتل 6 جنود وإصابة 11 آخرين" then, in a later sentence, "لترتفع حصيلة
    القتلى إلى 7 جنود" (blind78 ar 006): a sentence naming its toll a first one ("في حصيلة أولى/أولية")
    anywhere, not only after a report verb (``in_preliminary_toll``): its top-level figures after it of a kind a later
    sentence revises to a larger count are that first toll, superseded with their parts; the kinds not
    revised (the 11 wounded) stay, and so do the figures before it ("وتضمنت الحصيلة 30 طفلاً …، بعد أن كان
    المرصد قد وثق في حصيلة أولية 58": the current toll's parts, blind17 ar 001). Marks in place."""
    words, figs = rd.words, rd.figs
    by_sent = figures_by_sentence(rd)
    for si, ks in by_sent.items():
        a, b = bounds[si]
        t = next((t for t in range(a, b) if in_preliminary_toll(words, t, b)), None)
        if t is None:
            continue
        raised: dict[str, int] = {}  # the kinds revised in later sentences, their largest counts
        for f in figs:
            if f.sent > si and f.revision and f.parent is None and not f.superseded:
                raised[f.kind] = max(raised.get(f.kind, 0), f.count)
        old = {k for k in ks if figs[k].parent is None and not figs[k].superseded and figs[k].tstart > t
               and figs[k].count < raised.get(figs[k].kind, 0)}
        supersede_with_parts(rd, old, ks)


def first_figure_named_replaced(rd: Reading, bounds: list) -> None:
    """"الرقم الأول (500) صدر قبل اكتمال الحصر، واستُبدل برقم موثق بالأسماء" (blind32 ar 014, a
    fact-check): a first figure ("الرقم الأول", "الحصيلة الأولى") whose number the text gives in brackets,
    in a sentence that says it was replaced (lexicon.REPLACED): every top-level figure of that count
    elsewhere (the claim, the first announcement) is superseded, with its parts, when the text gives
    another top-level figure of its kind. Marks in place."""
    words, figs = rd.words, rd.figs
    for a, b in bounds:
        if not lx.REPLACED.intersection(words[a:b]):
            continue
        for t in range(a, b - 4):
            if words[t] in lx.FIGURE_HEADS and words[t + 1] in lx.FIRST_FIGURE and words[t + 2] == lx.OPEN_PAREN \
                    and words[t + 3].isdigit() and words[t + 4] == lx.CLOSE_PAREN:
                n = int(words[t + 3])
                old = {k for k, f in enumerate(figs) if f.count == n and f.parent is None and f.count_max is None}
                kinds = {figs[k].kind for k in old}
                current = {f.kind for f in figs if f.count != n and f.parent is None and not f.superseded}
                supersede_with_parts(rd, {k for k in old if figs[k].kind in current & kinds}, range(len(figs)))


def updated_toll_before_colon(rd: Reading, st, i: int) -> bool:
    """"بعد يومين نشرت الوزارة حصيلة محدثة تضمنت أسماء الضحايا وأعمارهم: 471 قتيلاً و314 جريحاً" (blind32
    ar 014): a colon at token ``i`` after an updated toll named in its sentence (a toll noun, then
    "محدثة"/"جديدة": lexicon.UPDATED) opens that toll's own figures, no part of a figure before."""
    words = rd.words
    return words[i] == ":" and any(words[t] in lx.TOLL_WORDS and words[t + 1] in lx.UPDATED for t in range(st.a, i - 1))


def earlier_statement_then_new_one(rd: Reading, bounds: list) -> None:
    """An earlier statement followed in its own sentence by a new one ("وكانت وزارة الداخلية قد
    أعلنت ليلة الهجوم مقتل جندي واحد وإصابة 9، قبل أن تعلن اليوم …", "وكانت الحصيلة الأولية قد
    أشارت إلى سقوط 4 قتلى، قبل أن تعلن الشرطة الحصيلة النهائية"): its top-level figures before
    "قبل أن" + a statement verb, or a verb of more dead found ("قبل أن تُكتشف جثث أخرى", blind36 ar
    024; lexicon.MORE_FOUND_VERBS), are superseded when the text gives a current top-level figure of
    their kind in another sentence; their parts too (blind30 ar 014, 015). Marks in place."""
    words, figs = rd.words, rd.figs
    for si, ks in figures_by_sentence(rd).items():
        a, b = bounds[si]
        if earlier_statement_at(words, a, b) is None:
            continue
        end = next((t for t in range(a, b - 2) if tuple(words[t:t + 2]) == lx.BEFORE_THAT
                    and (words[t + 2] in lx.NEW_STATEMENT_VERBS or words[t + 2] in lx.MORE_FOUND_VERBS)), None)
        if end is None:
            continue
        current = {f.kind for f in figs if f.sent != si and f.parent is None and not f.superseded}
        old = {k for k in ks if figs[k].tstart < end and figs[k].parent is None and not figs[k].superseded
               and figs[k].kind in current}
        supersede_with_parts(rd, old | wounded_death_in_raised_toll(rd, si, ks, end), ks)


def wounded_death_in_raised_toll(rd: Reading, si: int, ks: list, end: int) -> set:
    """After "قبل أن تعلن" in an earlier statement, the death of "one of the wounded" ("…، قبل أن تعلن
    أمس وفاة أحد المصابين"; blind30 ar 014) is the death that raised the toll another sentence gives
    as revised ("ارتفع عدد ضحايا التفجير … إلى اثنين"): already inside it, no figure of its own. The
    figures of sentence ``si`` (``ks``) from token ``end`` on that are so, to be superseded."""
    words, figs = rd.words, rd.figs
    raised = {f.kind for f in figs if f.sent != si and f.revision and not f.superseded}
    return {k for k in ks if figs[k].tstart >= end and figs[k].count == 1 and figs[k].kind in raised
            and one_of_the_wounded(words, figs[k])}


def died_after_toll_named(rd: Reading, st, i: int) -> bool:
    """"ارتفع إلى 9 تعداد المدنيين …، بعد وفاة مدنيين اثنين متأثرين بجراحهما", "… إلى 23 قتيلاً …، بعد وفاة
    خمسة مهاجرين متأثرين بإصاباتهم", "بعد وفاة طفل متأثراً بجراحه" (blind33 ar 001, 019; blind28 ar 024,
    blind2 ar 017, blind9 ar 004, blind10 ar 019): after "بعد وفاة" (token ``i``) in a raised toll, the
    deaths counted by a noun for people of a category (lexicon.DIED_CATEGORIES: two or more, or one child
    or woman) are a figure, a part of the toll; "3 جرحى", "اثنين من المصابين", "شرطي ثانٍ" (the wounded,
    a role) stay the increase, not counted (annotators differ there)."""
    words, b, t = rd.words, st.b, i + 1
    if t + 1 >= b or words[t] in lx.ONE_OF_SUBJECT:  # "بعد وفاة أحد رجال الأمن": one singled out
        return False
    if is_number_word(words[t]):
        r = read_number(words, t)
        return r is not None and r.end < b and people_category(words[r.end]) in lx.DIED_CATEGORIES
    cat = people_category(words[t])
    if cat in lx.DIED_CATEGORIES and (rd.dual(t) == 2 or is_number_word(words[t + 1])):
        return True
    return singular_category(base(words[t])) in lx.DIED_ONE_CATEGORIES


def one_of_the_wounded(words: list, f) -> bool:
    """The figure ``f`` names "one of the wounded" ("أحد المصابين", "إحدى الجريحات")."""
    return any(words[t] in lx.ONE_OF_SUBJECT and t + 1 < len(words) and words[t + 1].startswith(lx.ARTICLE)
               and words[t + 1][len(lx.ARTICLE):] in lx.WOUNDED_PEOPLE for t in range(f.tstart, f.tend))


def wounded_death_after_raised_toll(rd: Reading, bounds: list) -> list:
    """The death of "one of the wounded" told in a sentence after a raised death toll ("ارتفعت حصيلة
    الشهداء … إلى 14 شهيداً" then "… ما أدى إلى استشهاد أحد المصابين بعد نزيف حاد", blind33 ar 016):
    inside the raised toll already, no figure of its own (as ``veto_one_of_them_died_after_revision``).
    Not when its own sentence raises a toll (``raised_by_later_deaths``). Returned, to be dropped."""
    figs, out = rd.figs, []
    raised_in: Optional[int] = None  # the first sentence with a current raised death toll
    for f in figs:
        if f.kind == KILLED and f.revision and not f.superseded and f.parent is None:
            raised_in = f.sent if raised_in is None else min(raised_in, f.sent)
    if raised_in is None:
        return out
    rising = {f.sent for f in figs if f.revision}
    for k, f in enumerate(figs):
        if f.kind == KILLED and f.count == 1 and f.parent is None and f.sent > raised_in and f.sent not in rising \
                and not f.superseded and one_of_the_wounded(rd.words, f):
            out.append(k)
    return out


def death_raising_the_toll(rd: Reading, bounds: list) -> list:
    """"ارتفع عدد القتلى … إلى 12 قتيلاً، بعد وفاة شاب متأثراً بجروح أصيب بها أمس" (blind75 ar 013, blind76 ar 007,
    and blind55, 66, 69): one death told right after "بعد"/"إثر"/"عقب" (lexicon.AFTER_DEATH), of wounds
    (lexicon.DIED_OF_WOUNDS within ``DIED_OF_WOUNDS_GAP`` words), in the sentence of a raised death toll and after
    it, is the death that raised the toll, inside it: no figure of its own. Not "بعد إعلان الوزارة استشهاد
    شاب" (a statement between: the death may be told again apart) nor a death in a sentence with no raised
    toll; nor a child's or a woman's death, which golds give an entry of its own ("إلى 13 قتيلاً، بينهم 4 أطفال
    ومعلمة، بعد وفاة طفل متأثراً بجراحه", blind10 ar 019: lexicon.RAISING_DEATH_KEPT). Returned, to be dropped."""
    figs, words, out = rd.figs, rd.words, []
    raised = {f.sent: f.tend for f in figs if f.kind == KILLED and f.revision and f.parent is None and not f.superseded}
    for k, f in enumerate(figs):
        if f.kind != KILLED or f.count != 1 or f.parent is not None or f.revision or f.sent not in raised \
                or f.tstart < raised[f.sent] or words[f.tstart - 1] not in lx.AFTER_DEATH \
                or f.category in lx.RAISING_DEATH_KEPT:
            continue
        if lx.DIED_OF_WOUNDS.intersection(words[f.tend:min(bounds[f.sent][1], f.tend + lx.DIED_OF_WOUNDS_GAP)]):
            out.append(k)
    return out


def count_so_far_below_raised(rd: Reading, bounds: list) -> None:
    """A count told "so far" ("22 قتيلاً حتى اللحظة", lexicon.SO_FAR within ``SO_FAR_REACH`` words after it) is
    provisional: when the text gives a toll of its kind as raised ("ارتفاع حصيلة ضحايا التفجير إلى 25 قتيلاً")
    with a larger count, in another sentence, before or after it (a live feed may put the newest post first),
    the count so far is an earlier count of it, superseded with its parts (blind77 ar 014). Only the count a
    post gives after its source and a colon ("مصدر في الوزارة: 22 قتيلاً حتى اللحظة"); not a place's count so far
    inside a report ("إن عدد قتلى طنطا وصل إلى 27 حتى الآن", blind57 ar 004). Marks in place."""
    words, figs = rd.words, rd.figs
    raised: dict = {}  # the largest current raised toll of each kind, and its sentence
    for f in figs:
        if f.revision and f.parent is None and not f.superseded and f.count > raised.get(f.kind, (0, -1))[0]:
            raised[f.kind] = (f.count, f.sent)
    old = set()
    for k, f in enumerate(figs):
        top, si = raised.get(f.kind, (0, f.sent))
        if f.parent is not None or f.superseded or f.revision or si == f.sent or f.count >= top:
            continue
        end = min(bounds[f.sent][1], f.tend + lx.SO_FAR_REACH)
        if ":" in words[bounds[f.sent][0]:f.tstart] and any(tuple(words[t:t + 2]) in lx.SO_FAR
                                                                  for t in range(f.tend, end)):
            old.add(k)
    supersede_with_parts(rd, old, range(len(figs)))


def earlier_statement_on_day(rd: Reading, bounds: list) -> None:
    """After a toll revised upwards, a sentence "وكانت القيادة العامة … قد أعلنت في بيان صباح الثلاثاء
    استشهاد 6 … وإصابة 14 آخرين" told the earlier toll of the revised kinds: its top-level figures of
    a kind told (with a larger count) in an earlier sentence with a revised toll are superseded, their
    parts too; a kind not revised (the 14 wounded) stays current (blind18 ar 014). Marks in place."""
    words, figs = rd.words, rd.figs
    for si, ks in figures_by_sentence(rd).items():
        a, b = bounds[si]
        v = had_reported_at(words, a, b)
        if v is None or not reported_on_day(words, v + 1, b):
            continue
        rising = {f.sent for f in figs if f.sent < si and f.revision}
        revised: dict[str, int] = {}  # the kinds of the sentences with a revised toll, their largest counts
        for f in figs:
            if f.sent in rising and f.parent is None and not f.superseded:
                revised[f.kind] = max(revised.get(f.kind, 0), f.count)
        old = {k for k in ks if figs[k].parent is None and not figs[k].superseded
               and figs[k].count < revised.get(figs[k].kind, 0)}
        supersede_with_parts(rd, old, ks)


def earlier_count_up_to_date(rd: Reading, bounds: list) -> None:
    """"وكانت السلطات قد سجلت حتى ١٢ آب ٣٢ حالة وفاة" after "أفادت السلطات بوفاة ٥٧ شخصاً" (blind59 ar 011):
    a sentence opening "وكان(ت) … قد" and a verb, then "حتى" and a day of a named month
    (``counted_until_day``) tells a count up to an earlier day: its top-level figures of a kind an
    earlier sentence gave with a larger count (top-level, current) are that toll's earlier count,
    superseded with their parts. With no larger toll of the kind before, the count stands. In place."""
    words, figs = rd.words, rd.figs
    by_sent = figures_by_sentence(rd)
    larger: dict[str, int] = {}  # the kinds told in the sentences before, their largest current top-level counts
    for si in sorted(by_sent):
        ks = by_sent[si]
        a, b = bounds[si]
        if counted_until_day(words, a, b):
            old = {k for k in ks if figs[k].parent is None and not figs[k].superseded
                   and figs[k].count < larger.get(figs[k].kind, 0)}
            supersede_with_parts(rd, old, ks)
        for f in (figs[k] for k in ks):  # (a sentence's figures are final once it is read: one pass, not one per match)
            if f.parent is None and not f.superseded:
                larger[f.kind] = max(larger.get(f.kind, 0), f.count)


def counted_until_day(words: list, a: int, b: int) -> bool:
    """"وكانت السلطات قد سجلت حتى ١٢ آب" opening tokens ``[a, b)``: "وكان(ت)", "قد" within
    ``REPORT_SUBJECT_MAX`` words, then within ``UNTIL_DATE_REACH`` words of the verb "حتى" (lexicon.UNTIL_DATE),
    a day's number and a month's name."""
    if words[a] not in lx.AND_WAS:
        return False
    had = next((v for v in range(a + 1, min(b, a + 2 + lx.REPORT_SUBJECT_MAX)) if words[v] == lx.HAD), None)
    if had is None:
        return False
    for t in range(had + 2, min(b - 2, had + 2 + lx.UNTIL_DATE_REACH)):
        if words[t] in lx.UNTIL_DATE and words[t + 1].isdigit() and int(words[t + 1]) <= 31 and words[t + 2] in lx.MONTHS:
            return True
    return False


def had_reported_at(words: list, a: int, b: int) -> Optional[int]:
    """The report verb of "وكانت القيادة العامة للقوات المسلحة الأردنية – الجيش العربي قد أعلنت"
    opening the sentence: a subject of at most ``REPORT_SUBJECT_MAX`` words (dashes not counted)."""
    if words[a] not in lx.AND_WAS:
        return None
    seen = 0
    for v in range(a + 1, b - 1):
        if words[v] == lx.HAD:
            return v + 1 if words[v + 1] in lx.REPORT_VERBS else None
        seen += words[v] not in lx.DASHES
        if seen > lx.REPORT_SUBJECT_MAX:
            return None
    return None


def reported_on_day(words: list, k: int, b: int) -> bool:
    """"في بيان صباح الثلاثاء", "مساء الأحد", "يوم الاثنين" right after a report verb, also past whom it was
    said to ("قد قال للصحفيين يوم الأحد إن 100 شخص على الأقل قُتلوا", blind68 ar 005: lexicon.ADDRESSEES); or
    hours or days ago ("وكانت الوزارة قد أعلنت قبل ساعات سبعة قتلى" after a toll raised to nine: blind77 ar 006,
    ``days_ago_after``)."""
    if days_ago_after(words, k, b):
        return True
    k += k < b and words[k] in lx.ADDRESSEES
    if k + 1 < b and words[k] == lx.IN and words[k + 1] in lx.STATEMENT_NOUNS:
        k += 2
    k += k < b and words[k] in lx.DAY_PARTS
    return earlier_day_after(words, k, b)


def first_report_clause(words: list, a: int, b: int) -> Optional[tuple]:
    """"…، بعد مراجعة البيانات التي أشارت في البداية إلى 64 وفاة، فيما …" (issue 11, blind81 ar 014): a relative
    clause whose report verb is followed by "في البداية" (``reported_at_first``, with no "كان" before it) tells the
    source's first figures, since revised: ``(start, end)`` of that clause (to the next comma), else None."""
    for k in range(a, b - 1):
        if words[k] in lx.RELATIVES and reported_at_first(words, k + 1, b):
            end = next((t for t in range(k + 1, b) if words[t] in lx.SENTENCE_PUNCT), b)
            return k, end
    return None


def first_report_verb(words: list, a: int, b: int) -> bool:
    """"في البداية"/"أولاً" right after the report verb of "وكان … قد أعلن"."""
    v = next((t for t in range(a + 1, min(b, a + 2 + lx.REPORT_SUBJECT_MAX)) if words[t] in lx.REPORT_VERBS), None)
    # "وكانت مصادر محلية قد تحدثت في الساعات الأولى عن 25 قتيلاً" (issue 11, blind82 ar 002): the first hours too
    return v is not None and v + 1 < b and (at_first(words, v + 1, b) or first_period_at(words, v + 1, b))


def held_then_fate_unknown(rd: Reading, bounds: list) -> None:
    """"اقتاد المسلحون 12 شاباً إلى جهة مجهولة، وأن مصيرهم لا يزال مجهولاً" (issue 11, blind48 ar 010): people
    held or led away whose own fate ("مصيرهم") the next clause of their sentence says is unknown, with no other
    count between, are missing, not held (``held_fate_unknown``, blind43 ar 008); not after an abduction verb
    (lexicon.ABDUCTION_STEMS), whose convention differs between sets. Marks in place."""
    words = rd.words
    for f in rd.figs:
        if f.kind != DETAINED or f.parent is not None or f.superseded:
            continue
        a, b = bounds[f.sent]
        if any(lx.ABDUCTION_STEMS.intersection((w, w[1:])) for w in words[max(a, f.tstart - 3):f.tend]):
            continue  # an abduction keeps its own convention (heldout probe-ar-11: held)
        fate = lx.OWN_FATE_ONE if f.count == 1 else lx.OWN_FATE
        for k in range(f.tend, min(b, f.tend + lx.HELD_FATE_REACH)):
            if is_number_word(words[k]) and words[k] not in lx.NOT_PEOPLE and not (
                    k + 1 < b and words[k + 1] in lx.NOT_PEOPLE):  # ("قبل عامين", "قبل ثلاثة أشهر": a span of time)
                break
            if own_fate_unknown_at(words, k, b, fate):
                f.kind = MISSING
                break


def held_split_into_fates(rd: Reading, bounds: list) -> list:
    """"اقتاد المسلحون 9 رجال إلى جهة مجهولة، ثم عُثر على جثث ثلاثة منهم، بينما لا يزال مصير الستة الآخرين
    مجهولاً" (blind77 ar 002): people led away whose whole number the sentence then tells as other fates (a
    part of them dead, "the N others" missing: two figures or more of other kinds after it, its parts or "the
    others", summing to its count) are no detention figure: each of them is counted by their fate. Not an
    abduction (lexicon.ABDUCTION_STEMS: its convention differs), nor a split that leaves some of them held.
    Returned, to be dropped."""
    figs, words, out = rd.figs, rd.words, []
    by_sent = figures_by_sentence(rd)  # (the later figures of the same sentence: linear on a long text)
    for k, f in enumerate(figs):
        if f.kind != DETAINED or f.parent is not None or f.superseded or f.count < 2:
            continue
        a, b = bounds[f.sent]
        if any(lx.ABDUCTION_STEMS.intersection((w, w[1:])) for w in words[max(a, f.tstart - 3):f.tend]):
            continue
        fates = [g for g in (figs[j] for j in by_sent[f.sent] if j > k) if g.kind != DETAINED and not g.superseded
                 and (g.parent == k or (g.parent is None and lx.OTHERS_DEFINITE.intersection(words[g.tstart:g.tend])))]
        if len(fates) >= 2 and sum(g.count for g in fates) == f.count:
            out.append(k)
    return out


def earlier_statement_after_new_one(rd: Reading, bounds: list) -> None:
    """"أعلن الجيش أنه أوقف 19 شخصاً، بعدما كان قد أعلن في بيان أول توقيف 9" (issue 11, blind47 ar 012): a
    new figure, then "بعدما"/"بعد أن" + "كان(ت)" + "قد" + a report verb in its sentence: the earlier
    statement's figures after it, of a kind the sentence counted before with another number, are
    superseded (and their parts), up to a turn back to the current toll ("فيما", "، ومن بين الشهداء").
    Marks in place."""
    words, figs = rd.words, rd.figs
    for si, ks in figures_by_sentence(rd).items():
        a, b = bounds[si]
        t = next((t for t in range(a, b - 3) if earlier_statement_after(words, t)), None)
        if t is None:
            continue
        new = {(figs[k].kind, figs[k].count) for k in ks if figs[k].tend <= t and figs[k].parent is None}
        stop = next((s for s in range(t, b) if words[s] in lx.CONTRAST or among_kind_turn(words, s, b)), b)
        old = {k for k in ks if t < figs[k].tstart < stop and figs[k].parent is None and (figs[k].kind, figs[k].count)
               not in new and any(kind == figs[k].kind for kind, _ in new)}
        supersede_with_parts(rd, old, [k for k in ks if figs[k].tstart < stop])


def earlier_statement_after(words: list, t: int) -> bool:
    """"بعدما كانت قد أعلنت", "بعد أن كان قد ذكر" at token ``t``: an earlier statement told after a new one."""
    k = t + (words[t] == lx.AFTER_DEATH[0] and words[t + 1] == lx.AFTER_THAT[0])
    if words[t] != lx.AFTER_THAT[1] and k == t:
        return False
    if k + 3 < len(words) and words[k + 1] in lx.WAS and words[k + 2] == lx.HAD and words[k + 3] in lx.REPORT_VERBS:
        return True
    return k + 1 < len(words) and (words[k + 1] in lx.WAS and named_source_earlier_report(words, k + 2)
                                   or reported_on_named_day(words, k + 1))


def reported_on_named_day(words: list, v: int) -> bool:
    """"أعلن الوزير أن 58 شخصاً قتلوا وأن 140 أصيبوا، بعد أن تحدث المحافظ مساء الجمعة عن أكثر من 40 قتيلاً"
    (issue 11, blind61 ar 014): a report verb at token ``v`` right after "بعد أن"/"بعدما", with no "كان قد",
    whose statement is dated to a named day ("مساء الجمعة", "يوم الخميس", "في بيان صباح الأحد") within
    ``REPORT_SUBJECT_MAX`` words, no comma or clause opener between: an earlier statement, told after the new
    figures (``earlier_statement_after``). Not "بعد أن أعلن الجيش مقتل 3 من عناصره" (no day: a later event
    may follow)."""
    if words[v] not in lx.REPORT_VERBS:
        return False
    for t in range(v + 1, min(len(words), v + 1 + lx.REPORT_SUBJECT_MAX)):
        if words[t] in lx.CLAUSE_OPENERS or words[t] in lx.STOP_PUNCT or is_count_start(words[t]):
            return False
        if reported_on_day(words, t, len(words)):
            return True
    return False


def named_source_earlier_report(words: list, t: int) -> bool:
    """"بعد أن كانت الوزارة قد أعلنت في وقت سابق مقتل 210 أشخاص" (issue 11, blind52 ar 011): a named
    source (up to ``REPORT_SUBJECT_MAX`` words from token ``t``, right after "كان(ت)"), then "قد", a report
    verb and "في وقت سابق"/"سابقاً"/"في البداية": the source's earlier statement, told after the new toll
    (``earlier_statement_after``)."""
    end = min(len(words), t + 1 + lx.REPORT_SUBJECT_MAX)
    h = next((h for h in range(t + 1, end) if words[h] == lx.HAD), None)
    if h is None or h + 2 >= len(words) or words[h + 1] not in lx.REPORT_VERBS \
            or any(words[s] in lx.CLAUSE_OPENERS or words[s] == lx.COMMA for s in range(t, h)):
        return False
    return earlier_time_after(words, h + 2, len(words)) or at_first(words, h + 2, len(words))


def supersede_with_parts(rd: Reading, old: set, among) -> None:
    """Flags the figures at ``old`` superseded, and those of ``among`` (indexes) that are their
    parts. In place."""
    for k in among:
        if k in old or rd.figs[k].parent in old:
            rd.figs[k].superseded = True


def raised_by_later_deaths(rd: Reading, bounds: list) -> None:
    """A toll raised by deaths told after it ("ما أدى إلى مقتل 9 مدنيين …" then "فيما توفي أحد
    المصابين متأثراً بإصابته، ليرتفع عدد القتلى إلى 10 مدنيين"): when a revised figure equals an
    earlier top-level figure of its kind plus the figures of that kind told before it in its own
    sentence, the earlier one is superseded and its parts move to the revised one (blind11 ar
    026). The sum is the evidence; a running total ("منذ") is left alone. Marks in place."""
    figs = rd.figs
    by_sentence = figures_by_sentence(rd)
    by_value: dict[tuple, list[int]] = {}  # the figures by kind and count, in reading order (linear on long texts)
    for k, g in enumerate(figs):
        by_value.setdefault((g.kind, g.count), []).append(k)
    for r, f in enumerate(figs):
        if not f.revision or f.parent is not None or f.superseded or lx.SINCE in rd.words[bounds[f.sent][0]:bounds[f.sent][1]]:
            continue
        added = sum(figs[k].count for k in by_sentence[f.sent] if figs[k].kind == f.kind and figs[k].tstart < f.tstart
                    and figs[k].parent is None and not figs[k].superseded)
        if not added:
            continue
        old = next((k for k in by_value.get((f.kind, f.count - added), ()) if figs[k].sent < f.sent
                    and figs[k].parent is None and not figs[k].superseded), None)
        if old is None:
            continue
        figs[old].superseded = True
        for g in figs:
            if g.parent == old:
                g.parent = r


def corrected_later_in_sentence(rd: Reading, bounds: list) -> None:
    """A first toll corrected later in the same sentence: the figures between the "at first" words
    (or "وكان … قد أعلن", an earlier statement) and the "later" word are superseded, by a figure of
    their kind after it ("أعلنت في البداية سقوط نحو 500 قتيل، قبل أن تحدد الحصيلة لاحقاً بـ471
    قتيلاً"), or by "قبل أن … لاحقاً" alone ("وكان الصليب الأحمر قد أعلن مقتل اثنين من موظفيه
    وفقدان ثالث، قبل أن يؤكد لاحقاً وفاته"); their parts too (blind11 ar 010, 013). Marks in place."""
    words = rd.words
    for si, ks in figures_by_sentence(rd).items():
        a, b = bounds[si]
        first = earlier_statement_at(words, a, b)
        if first is None:
            first = next((t for t in range(a, b) if at_first(words, t, b) or first_toll_named_at(words, t, b)), None)
        later = next((t for t in range(first, b) if words[t] in lx.LATER_REPORT or (
            words[t] in lx.THEN and t + 1 < b and words[t + 1] in lx.RISE_WORDS)
            or then_came_back_to(words, t, b) or came_back_before(words, first, t)), None) if first is not None else None
        if later is None:
            continue
        before = next((t for t in range(max(first, later - lx.BEFORE_THAT_GAP), later)
                       if tuple(words[t:t + 2]) == lx.BEFORE_THAT), None)
        end = later if before is None else before
        after = {rd.figs[k].kind for k in ks if rd.figs[k].tstart > later and rd.figs[k].parent is None}
        old = {k for k in ks if first < rd.figs[k].tstart < end and (before is not None or rd.figs[k].kind in after)}
        supersede_with_parts(rd, old, ks)


def raised_before_that(rd: Reading, bounds: list) -> None:
    """"وأعلن أنه أوقف 9 أشخاص بينهم سوري، قبل أن يرتفع عدد الموقوفين إلى 19": a figure told
    before "قبل أن" + a rise verb is the earlier count of the kind the rise gives after it; it
    and its parts are superseded (blind22 ar 020). Figures of other kinds before it stay (the
    same sentence's "7 مواطنين استشهدوا"). Marks in place."""
    words, figs = rd.words, rd.figs
    for si, ks in figures_by_sentence(rd).items():
        a, b = bounds[si]
        for t in range(a, b - 2):
            if tuple(words[t:t + 2]) != lx.BEFORE_THAT or not (
                    words[t + 2] in lx.RISE_WORDS or reported_rise_after(words, t + 2, b)):
                continue
            if toll_rose_later(rd, ks, t, b):
                break
            new = {figs[k].kind for k in ks if figs[k].tstart > t and figs[k].parent is None}
            supersede_with_parts(rd, {k for k in ks if figs[k].tstart < t and figs[k].parent is None
                                      and figs[k].kind in new}, ks)


def reported_rise_after(words: list, k: int, b: int) -> bool:
    """"…، قبل أن تعلن الوزارة في وقت لاحق ارتفاع عدد القتلى إلى 52 والمصابين إلى 104" (blind83 ar 009): a
    later statement's verb (lexicon.NEW_STATEMENT_VERBS) at token ``k`` right after "قبل أن", then a rise word within
    RISE_REPORT_REACH words with no count between: the sentence's figures before it are the earlier toll, as after
    "قبل أن" + a rise verb (``raised_before_that``)."""
    if words[k] not in lx.NEW_STATEMENT_VERBS:
        return False
    for t in range(k + 1, min(b, k + 1 + lx.RISE_REPORT_REACH)):
        if is_count_start(words[t]):
            return False
        if words[t] in lx.RISE_WORDS:
            return True
    return False


def toll_rose_later(rd: Reading, ks: list, t: int, b: int) -> bool:
    """"نقلت 63 مصاباً إلى المستشفيات في الساعات الأولى، 11 منهم في حالة حرجة، قبل أن ترتفع الحصيلة
    لاحقاً": "قبل أن" + a rise verb at ``t`` whose subject is the toll itself, with no count after it:
    the top-level figures told before it were the toll at that time, since raised; they are
    superseded, not their parts (the critical cases stay what they were; blind43 ar 010). Marks in
    place; True when it applied."""
    words, figs = rd.words, rd.figs
    if t + 3 >= b or words[t + 3] not in lx.TOLL_WORDS or any(figs[k].tstart > t for k in ks):
        return False
    for k in ks:
        if figs[k].tstart < t and figs[k].parent is None and figs[k].kind in KINDS[:4]:
            figs[k].superseded = True
    return True


def estimate_before_truth_clear(rd: Reading, bounds: list) -> None:
    """"وكانت منظمات إغاثية قدّرت في حزيران أن 1100 شخص قُتلوا، قبل أن تتضح فداحة المجازر": an
    earlier estimate ("وكان(ت)" + a report or estimate verb, with or without "قد") that the sentence
    says came before the scale ("فداحة", "حجم", "الحصيلة") was known; its figures (and their parts) before "قبل أن" are
    superseded (blind24 ar 007). Marks in place."""
    words = rd.words
    for si, ks in figures_by_sentence(rd).items():
        a, b = bounds[si]
        if words[a] not in lx.AND_WAS or not lx.EARLIER_ESTIMATE_VERBS.intersection(
                words[a + 1:min(b, a + 1 + lx.REPORT_SUBJECT_MAX)]):
            continue
        end = next((t for t in range(a, b - 2) if tuple(words[t:t + 2]) == lx.BEFORE_THAT
                    and words[t + 2] in lx.BECAME_CLEAR and t + 3 < b and words[t + 3] in lx.TRUE_SCALE), None)
        if end is not None:
            supersede_with_parts(rd, {k for k in ks if rd.figs[k].tstart < end}, ks)


def report_denied_or_amended(rd: Reading, bounds: list) -> None:
    """Figures a report gave that the sentence says were then denied, corrected or withdrawn: "وكانت
    أرقام تداولتها وسائل إعلام … قد تحدثت عن 11,300 وفاة، قبل أن تنفي الجمعية صدورها عنها" (blind63 ar
    007), "وكانت نسخة سابقة من تقرير … قد أوردت … 11300 وفاة و10100 مفقود، قبل أن يُعدَّل التقرير"
    (blind64 ar 009). The sentence opens "وكان(ت)" with figures or a report as its subject
    (lexicon.REPORTED_FIGURES) and "قد" before the turn "قبل أن" + a verb of denial or correction
    (lexicon.DENIED_OR_AMENDED); the figures before the turn (and their parts) are superseded. A source
    that denies something else ("وكان الجيش قد أعلن …، قبل أن تنفي الحركة مسؤوليتها") is no report of
    figures. Marks in place."""
    words = rd.words
    for si, ks in figures_by_sentence(rd).items():
        a, b = bounds[si]
        if b - a < 4 or words[a] not in lx.AND_WAS or words[a + 1] not in lx.REPORTED_FIGURES:
            continue
        end = next((t for t in range(a + 2, b - 2) if tuple(words[t:t + 2]) == lx.BEFORE_THAT
                    and words[t + 2] in lx.DENIED_OR_AMENDED), None)
        if end is not None and lx.HAD in words[a + 2:end]:
            supersede_with_parts(rd, {k for k in ks if rd.figs[k].tstart < end}, ks)


def figure_itself_withdrawn(rd: Reading, bounds: list) -> None:
    """Figures a pluperfect clause gave ("كان(ت) … قد" + a verb) that the turn "قبل أن" after them names
    as the figure itself ("هذا الرقم", "هذه الأرقام") and withdraws, denies or declares unverified: "وكانت
    أرقام متداولة في الأيام الأولى قد أشارت إلى 11300 وفاة، قبل أن توضح الجهات المختصة أن هذا الرقم غير
    موثق" (blind65 ar 009), "… إذ كان مكتب الأمم المتحدة … قد تحدث عن ١١٣٠٠ وفاة قبل أن يتراجع عن هذا الرقم"
    (blind66 ar 002). The clause may open inside the sentence and its subject may be any source, since
    the figure is named (not "قبل أن تنفي الحركة مسؤوليتها": ``report_denied_or_amended``). The figures
    between the clause's "كان" and the turn, and their parts, are superseded. Marks in place."""
    words = rd.words
    for si, ks in figures_by_sentence(rd).items():
        a, b = bounds[si]
        for t in range(a + 2, b - 3):
            if tuple(words[t:t + 2]) != lx.BEFORE_THAT or not figure_named_withdrawn(words, t + 2, b):
                continue
            was = next((w for w in range(t - 1, a - 1, -1) if words[w] in lx.WAS or words[w] in lx.AND_WAS), None)
            if was is not None and lx.HAD in words[was + 1:t]:
                supersede_with_parts(rd, {k for k in ks if was < rd.figs[k].tstart < t}, ks)
            break


def figure_named_withdrawn(words: list, k: int, b: int) -> bool:
    """From token ``k`` (after "قبل أن"), within ``WITHDRAWN_REACH`` words: "هذا الرقم" (lexicon.THIS_FIGURE,
    THE_FIGURE) after a verb of denial or correction (lexicon.DENIED_OR_AMENDED: "يتراجع عن هذا الرقم") or
    followed by "غير" + an unverified word ("أن هذا الرقم غير موثق")."""
    end = min(b - 1, k + lx.WITHDRAWN_REACH)
    for m in range(k, end):
        if words[m] not in lx.THIS_FIGURE or words[m + 1] not in lx.THE_FIGURE:
            continue
        denied = any(w in lx.DENIED_OR_AMENDED for w in words[k:m])
        unverified = m + 3 < b and words[m + 2] == lx.NOT_OF and words[m + 3] in lx.UNVERIFIED
        return denied or unverified
    return False


def earlier_statement_at(words: list, a: int, b: int) -> Optional[int]:
    """"وكان الصليب الأحمر قد أعلن" opening the sentence: the start of an earlier statement."""
    if words[a] not in lx.AND_WAS:
        return None
    for v in range(a + 1, min(b - 1, a + 1 + lx.REPORT_SUBJECT_MAX)):
        if words[v] == lx.HAD and words[v + 1] in lx.REPORT_VERBS:
            return a
    return None


def at_first(words: list, t: int, b: int) -> bool:
    """"في البداية" or "أولاً" at token ``t``: what follows is the first of two tolls; so does
    "في بيانه الأول" (a first statement, rules.in_first_statement)."""
    return words[t] in lx.AT_FIRST_ADVERBS or (words[t] == lx.IN and t + 1 < b and words[t + 1] in lx.AT_FIRST) \
        or in_first_statement(words, t, b)


def in_first_statement(words: list, t: int, b: int) -> bool:
    """"في بيانه الأول", "في تصريحها الأول" at token ``t`` (blind24 ar 016)."""
    return words[t] == lx.IN and t + 2 < b and words[t + 1] in lx.STATEMENT_OWN and words[t + 2] in lx.FIRST_ORDINAL


def first_toll_named_at(words: list, t: int, b: int) -> bool:
    """A toll named first at token ``t``: "حصيلة أولى من تسعة قتلى" (blind53 ar 002)."""
    return t + 1 < b and words[t] in lx.TOLL_WORDS and words[t + 1] in lx.FIRST_ESTIMATES


def came_back_before(words: list, a: int, t: int) -> bool:
    """"قبل أن يعود" ending at token ``t``: the source came back to its first toll ("…، قبل أن يعود صباح
    اليوم التالي ليثبّتها عند 12 قتيلاً"; blind53 ar 002)."""
    return t - 2 >= a and words[t] in lx.CAME_BACK_LATER and tuple(words[t - 2:t]) == lx.BEFORE_THAT


def then_came_back_to(words: list, t: int, b: int) -> bool:
    """"ثم عاد ليعلن", "ثم عادت وأعلنت" at token ``t``: a later statement that replaces the first
    (blind24 ar 016)."""
    return words[t] in lx.THEN and t + 1 < b and words[t + 1] in lx.CAME_BACK


def disease_deaths(rd: Reading, bounds: list) -> list:
    """Deaths in a sentence that gives a disease as their cause ("طفلين فارقا الحياة … جراء
    إصابتهما بمرض الحصبة", "الذين توفوا بالمرض"), and infections counted in such a sentence
    ("عدد الإصابات … 594 إصابة" after "الوفيات بمرض الكوليرا"), and the injured of any sentence
    that names a disease ("عدد حالات الاشتباه … نحو 200 ألف حالة" after "وباء الكوليرا"): not war
    casualties; returned, to be dropped."""
    sick, infected = set(), set()
    for si, (a, b) in enumerate(bounds):
        if any(w in lx.DISEASE_CAUSE or (w[:1] == lx.PREP_B and w[1:] in lx.DISEASE) for w in rd.words[a:b]):
            sick.add(si)
        elif any(w in lx.DISEASE_NAMED for w in rd.words[a:b]):
            infected.add(si)  # "أسوأ تفشٍ للكوليرا، أصيب به أكثر من مليون شخص": injured there are infections
    return [k for k, f in enumerate(rd.figs) if (f.kind in (KILLED, INJURED) and f.sent in sick)
            or (f.kind == INJURED and f.sent in infected)]


def remains_of_bodies(rd, st, c) -> bool:
    """Bodies counted ("47 جثة", "جثث 74 من مواطنيه") that were recovered from a mass grave (named in the
    sentence, or in the heading over its rows: "أولا: المقابر الجماعية في ترهونة" / "— وصول 106 جثث …")
    or returned home ("… وإعادتها إلى مصر"): remains, no new toll (README "Conventions worth knowing")."""
    words = rd.words
    if not (c.base in lx.BODY_NOUNS or lx.BODY_NOUNS.intersection(words[max(st.a, c.i - lx.BODY_BEFORE_WINDOW):c.i])):
        return False
    if lx.REPATRIATED.intersection(words[c.e:min(st.b, c.e + lx.REPATRIATED_WINDOW)]):
        return True
    si = st.si
    while si > 0 and words[rd.bounds[si][0]] in lx.BULLETS:
        si -= 1  # up the rows to their heading
    return any(mass_grave_in(words, *rd.bounds[j]) for j in range(si, st.si)) or mass_grave_in(words, st.a, st.b, True)


def mass_grave_in(words: list, a: int, b: int, taken_from: bool = False) -> bool:
    """A mass grave named between ``a`` and ``b``; with ``taken_from``, what bodies came out of ("من 8
    مقابر جماعية"; not "دفنت 3166 جثة … في مقابر جماعية": the dead of the event, buried)."""
    return any(words[k] in lx.GRAVES and words[k + 1] in lx.MASS
               and (not taken_from or lx.OF[0] in words[max(a, k - 2):k]) for k in range(a, b - 1))


def veto_after_kind(rd, st, c):
    """Remains exhumed or returned ("انتشال رفات 34 شخصاً"); bodies handed over; infections ("120
    إصابة جديدة بفيروس كورونا"); a combined killed-and-wounded cue ("قتل وأصيب 20")."""
    if c.kind == KILLED and (c.base in lx.REMAINS or lx.REMAINS.intersection(rd.words[max(st.a, c.i - 3):c.i])):
        return c.e
    if c.kind == KILLED and remains_of_bodies(rd, st, c):
        return c.e
    if c.handover and c.kind == KILLED and c.rule != "listed_dead" and not (  # "سلمت … قائمة بأسماء": a list
            c.noun in lx.OF and c.j + 1 < st.b and rd.words[c.j + 1] in lx.VICTIMS_OF_EVENT):
        return c.e  # bodies handed over; but "سلمت … 14 من ضحايا المجزرة" counts victims
    if c.kind == DISPLACED and (c.base in lx.PRISONERS or lx.PRISONS.intersection(rd.words[c.e:min(st.b, c.e + 4)])):
        return c.e  # "فر 3 سجناء من السجن", "20 فروا من سجن الشدادي": an escape, not a displacement
    if c.kind == INJURED and lx.DISEASE.intersection(rd.words[c.i:min(st.b, c.i + 8)]):
        return c.e
    if lx.DISEASE.intersection(rd.words[max(st.a, c.i - 3):c.i]):
        return c.e  # "120 إصابة جديدة بالكوليرا و4 وفيات": deaths from disease
    if c.how == "cue" and st.cue.kind == "combined":
        st.cue.used = True
        return max(c.k, c.e_num)
    return veto_either_of_two_kinds(rd, st, c)


def killed_or_maimed(words: list, i: int, b: int, kind: str) -> Optional[int]:
    """"قتل أو تشويه 11,019 طفلاً", "قتل وتشويه 500 طفل" at a killing cue ``i``: killed or maimed is one
    count of two kinds (kind ``other`` in the gold; blind33 ar 010), as "قتل أو أصيب": the token of the
    maiming word (lexicon.MAIMING), else None."""
    if kind != KILLED or i + 1 >= b:
        return None
    if words[i + 1] in lx.MAIMING_AND:
        return i + 1
    return i + 2 if words[i + 1] in lx.OR and i + 2 < b and words[i + 2] in lx.MAIMING else None


def veto_either_of_two_kinds(rd, st, c) -> Optional[int]:
    """"أن 1313 شخصاً لقوا حتفهم أو فُقدوا قبالة السواحل" (blind32 ar 025): the verb after the count
    and, a few words on ("حتفهم" between), "أو" and a cue of another kind it may be counted with
    (lexicon.COMBINED_CASE_KINDS): dead or missing together, no figure of either kind (as
    ``veto_combined_cases``)."""
    if c.follow is None or c.follow_rule != "verb_after_noun":
        return None
    words, m = rd.words, c.follow[2]
    for k in range(m + 1, min(st.b - 1, m + 1 + lx.EITHER_KIND_GAP)):
        if words[k] in lx.STOP_PUNCT or words[k] in lx.SENTENCE_PUNCT:
            return None
        if words[k] in lx.OR:
            other = cue_of(words[k + 1])
            if other is not None and frozenset((c.kind, other[0])) in lx.COMBINED_CASE_KINDS:
                return max(c.e, k + 2)
            return None
    return None


def restated_figure(rd, st, c) -> Optional[int]:
    """"القتلى الـ 267 بينهم …" restates a figure already read: its index; so does a subset
    re-listed under a row of the total's breakdown (``relisted_subset``)."""
    if c.before == lx.ARTICLE and is_kind_noun_cue(c.before2):
        return rd.by_value.get((c.value, c.kind))
    same = definite_count_of_category(rd, c)
    if same is not None:
        return same
    same = relisted_subset(rd, c)
    same = same if same is not None else row_restating_named_part(rd, st, c)
    return same if same is not None else row_of_an_earlier_figure(rd, st, c)


def row_restating_named_part(rd, st, c) -> Optional[int]:
    """"البريطانيون: 30" in a table by nationality after "أن 38 سائحاً، بينهم 30 بريطانياً، لقوا حتفهم"
    (issue 11, blind29 ar 022): a row with no parent whose label is the plural of the nationality that a
    part of an earlier sentence counted, with the same count and kind, restates that part: its index.
    Not a row of another nationality, nor one of another count."""
    if c.parent is not None or c.rule not in ROW_RULES:
        return None
    stems = {nisba_stem(w) for w in rd.words[st.a:c.i]} - {None}
    if not stems:
        return None
    return next((j for j in rd.by_kind.get(c.kind, ()) if rd.figs[j].count == c.value and rd.figs[j].parent is not None
                 and rd.figs[j].sent < st.si and rd.figs[j].victims
                 and nisba_stem(rd.words[rd.figs[j].victims[0]]) in stems), None)


def nisba_stem(word: str) -> Optional[str]:
    """The singular of a nationality noun ("البريطانيون", "بريطانياً", "بريطانيين" → "بريطاني"), else None."""
    w = word[len(lx.ARTICLE):] if word.startswith(lx.ARTICLE) else word
    w = next((w[:-len(e)] for e in lx.NISBA_PLURAL_ENDINGS if w.endswith(e)), w)
    return w if lx.NISBA_ONE.match(w) and w.endswith(lx.NISBA_SINGULAR_END) and w not in lx.NISBA_STOP else None


def definite_count_of_category(rd, c) -> Optional[int]:
    """"ومن بين القتلى المدنيين الـ21 رجل مسن أُعدم" after "بينهم 21 مدنياً" (blind34 ar 001): a count
    with the article after a definite plural of a category of people restates the figure of that many
    people of that category already read (its index), and is no count of the noun after it (the
    person told of in it is read on: ``c.k`` is moved back to the number's end)."""
    if c.before != lx.ARTICLE or not c.before2.startswith(lx.ARTICLE):
        return None
    cat = people_category(c.before2)
    if cat in (None, "unknown"):
        return None
    same = next((j for j in reversed(rd.by_kind.get(c.kind, ())) if rd.figs[j].count == c.value
                 and rd.figs[j].category == cat and not rd.figs[j].superseded), None)
    if same is not None:
        c.e = c.e_num
    return same


def after_definite_category_count(words: list, i: int) -> bool:
    """The noun at ``i`` follows a count restated with the article after a definite category ("القتلى
    المدنيين الـ21 رجل مسن": ``definite_count_of_category``): the count is not the noun's."""
    return i >= 3 and words[i - 2] == lx.ARTICLE and words[i - 3].startswith(lx.ARTICLE) \
        and people_category(words[i - 3]) not in (None, "unknown")


def row_of_an_earlier_figure(rd, st, c) -> Optional[int]:
    """"وبذلك يرتفع إلى 174 عدد العسكريين الذين قتلوا في ثلاث هجمات: 71 في إيناتس، و14 في سانام، و89
    في شيناغودرار" after "89 عسكرياً قتلوا في الهجوم على معسكر شيناغودرار" and "الهجوم على معسكر إيناتس
    الذي قتل فيه 71 جندياً": a part of a later total, "N في" + a place, with the count and kind of a
    top figure of an earlier sentence that named that place, is that figure again (blind22 ar 007).
    That figure's index."""
    words = rd.words
    if c.parent is None or c.e_num + 1 >= st.b or words[c.e_num] != lx.IN:
        return None
    place = words[c.e_num + 1]
    if is_number_word(place) or place in lx.STOP_PUNCT:
        return None
    for j in rd.by_kind.get(c.kind, ()):
        f = rd.figs[j]
        if f.count == c.value and f.parent is None and not f.superseded and f.sent < st.si \
                and place in words[rd.bounds[f.sent][0]:rd.bounds[f.sent][1]]:
            return j
    return None


def relisted_subset(rd, c) -> Optional[int]:
    """"مقتل 242 مدنياً بينهم 23 طفلاً و19 سيدة" then the row "جهات أخرى: 221 بينهم 21 طفلاً و19
    سيدة": the row's 19 women are all the total's 19 women, the same people again (blind20 ar 003,
    004). A subset of a list or table row with the count, kind and category of a subset of the
    last larger top figure of its kind before the row: that subset's index."""
    if c.parent is None or c.category is None or rd.figs[c.parent].rule not in ROW_RULES:
        return None
    row = rd.figs[c.parent]
    total = next((j for j in reversed(rd.by_kind.get(c.kind, ())) if j < c.parent and rd.figs[j].parent is None
                  and not rd.figs[j].superseded and rd.figs[j].count > row.count
                  and rd.figs[j].sent < row.sent), None)
    if total is None:
        return None
    of_kind = rd.by_kind.get(c.kind, [])  # a subset is read after its total: look from there on
    return next((j for j in of_kind[bisect_right(of_kind, total):] if rd.figs[j].parent == total
                 and rd.figs[j].count == c.value and rd.figs[j].category == c.category), None)


# --- 6. one or two victims with no digit ----------------------------------------------------------
# After a cue ("مقتل شاب", "استشهاد طفلين", "قتل أحدهم", "قتل خامس"): each rule returns
# ``(figure index, next token)`` or None.

def _parent(st) -> Optional[int]:
    return st.groups[-1].head if st.groups else None


def kin_after(rd, st, end: int) -> tuple[list[int], int]:
    """``(kin tokens, end)`` of kin coordinated after a person with no numeral ("رجل وزوجته",
    "الشيخ وزوجته ونجلهما"): each is a part, like the person, unless inside a counted group."""
    words, b = rd.words, st.b
    kin: list[int] = []
    if st.groups:
        return kin, end
    end = skip_age(words, end, b)  # "طفل يبلغ من العمر 7 سنوات وشقيقه"
    end = skip_affiliation(words, end, b)  # "قيادي في "قسد" ومرافقه"
    if end + 1 < b and words[end][:1] != lx.AND and words[end + 1][:1] == lx.AND \
            and words[end + 1][1:] in lx.FAMILY_ONE and words[end].isalpha():
        end += 1  # "شيخ عشيرة ونجله": the head's construct complement
    while end < b and words[end][:1] == lx.AND and words[end][1:] in lx.FAMILY_ONE:
        kin.append(end)  # (a dual, "وطفلاها", is a part of its own: "امرأة وطفلاها" is 1, 2 and a derived 3)
        end += 1
    return kin, end


def skip_affiliation(words: list, k: int, b: int) -> int:
    """The kin after a short "في …" affiliation at ``k`` ("قيادي في "هيئة تحرير الشام" ومرافقه",
    "عنصر في فيلق الشام ووالده"): the token of the kin, else ``k``. Only plain words and quote
    marks stand between (no number, cue or punctuation)."""
    if k >= b or words[k] != lx.IN:
        return k
    return kin_after_phrase(words, k, b, quotes=True)


def kin_after_phrase(words: list, k: int, b: int, quotes: bool) -> int:
    """The token of the kin ("و" + a family noun) after the short phrase whose preposition is at ``k``,
    within ``AFFILIATION_MAX`` words (``skip_affiliation``, ``skip_origin``), else ``k``. Only plain words
    stand between, and quote marks when ``quotes`` (no number, cue or punctuation)."""
    for t in range(k + 1, min(b, k + 2 + lx.AFFILIATION_MAX)):
        w = words[t]
        if w[:1] == lx.AND and w[1:] in lx.FAMILY_ONE:
            return t if t > k + 1 else k
        if not (quotes and w in lx.QUOTES or w.isalpha()) or cue_of(w) is not None or w[:1] == lx.AND:
            return k
    return k


def skip_age(words: list, k: int, b: int) -> int:
    """The token after an age phrase at ``k`` ("يبلغ من العمر 7 سنوات", "البالغ 12 عاماً",
    "(22 عاماً)"), or ``k``."""
    if k >= b or words[k] not in lx.AGE_INTRO:
        return k
    for m in range(k + 1, min(b, k + 6)):
        if words[m] in lx.AGE_UNITS or words[m][:-1] in lx.AGE_UNITS:
            return m + 1 + (m + 1 < b and words[m + 1] == lx.CLOSE_PAREN)
    return k


def _one_and_kin(rd, st, cue, i, end, rule, category, qualifier=None):
    """A figure of one person after a cue, and one for each of the kin listed after them
    ("استشهدت امرأة وطفلها": 1 and 1; their sum, 2, is added as a derived total after reading,
    so an analyst, or a score, can take the parts or the total: issue 11 §4)."""
    kin, kin_end = kin_after(rd, st, end)
    k = rd.add(cue.kind, 1, cue.at, kin[0] if kin else kin_end, st, rule, how="singular", singular=True,
               category=category, parent=_parent(st), cue_manner=cue.manner,
               victims=(i, kin[0] if kin else kin_end), qualifier=qualifier)
    return _add_kin(rd, st, cue.kind, kin, cue.manner, k), kin_end


def _add_kin(rd, st, kind, kin: list[int], manner, k: int) -> int:
    """A figure of 1 for each kin token (rule ``kin_coordinated``, a part like the person named
    before them); the index of the last figure added, else ``k``."""
    for t in kin:
        k = rd.add(kind, 1, t, t + 1, st, "kin_coordinated", how="coord", singular=True, parent=_parent(st),
                   cue_manner=manner, victims=(t, t + 1))
    return k


def after_cue_two(rd, st, cue, i):
    """"وفاة معتقلين اثنين" (died in detention), "إصابة نازحين اثنين"."""
    words, b = rd.words, st.b
    w, nxt = words[i], (words[i + 1] if i + 1 < b else "")
    if nxt in lx.TWO_AFTER and (people_category(w) or base(w) in lx.KIND_NOUNS):
        bw = base(w)
        own = lx.KIND_NOUNS.get(bw, cue.kind)
        if (own == DETAINED and bw in lx.DETAINEES and cue.kind == KILLED and cue.type in ("verb", "noun")) or (
                own == DISPLACED and cue.kind in KINDS[:4] and cue.type in ("verb", "noun")):
            own = cue.kind
        return rd.add(own, 2, cue.at, i + 2, st, "noun_and_two", how="dual", category=people_category(w),
                      parent=_parent(st), cue_manner=cue.manner, victims=(i, i + 2)), i + 2


def after_cue_one_of_them(rd, st, cue, i):
    """"قتل أحدهم", "أصيب أحد المدنيين"."""
    words, b = rd.words, st.b
    w, nxt = words[i], (words[i + 1] if i + 1 < b else "")
    if cue.type != "weak" and (w in lx.ONE_OF_THEM_ALL or (
            w == lx.ONE_OF and ((nxt.startswith(lx.ARTICLE) and people_category(nxt)) or people_of_pronoun(nxt)))):
        end = i + 1 if w != lx.ONE_OF else i + 2
        return rd.add(cue.kind, 1, cue.at, end, st, "one_of_them", how="singular", singular=True,
                      parent=_parent(st), cue_manner=cue.manner,
                      victims=(i + 1, end) if w == lx.ONE_OF else None), end


def received_bodies_restated(rd, st, cue, i):
    """"المشفى استقبل جثتي رجلين" after "قتل مدنيان اثنان": a hospital receiving the bodies of
    two dead (a receiving verb up to ``RECEIVED_WINDOW`` words before the body noun) restates a
    killed 2 of an earlier sentence; no new figure, the earlier one goes on (ar319)."""
    words = rd.words
    if words[cue.at] not in lx.RECEIVED_BODY_NOUNS or not rd.dual(i):
        return None
    if not any(base(w) in lx.RECEIVED_BODIES for w in words[max(st.a, cue.at - lx.RECEIVED_WINDOW):cue.at]):
        return None
    k = rd.by_value.get((2, KILLED))
    if k is None or rd.figs[k].sent >= st.si:
        return None
    return k, i + 1 + _two_after(words, i + 1, st.b)


def kin_stem(word: str) -> Optional[str]:
    """The kin stem of a kin noun ("وشقيقيه", "شقيقي" → "شقيق"; lexicon.KIN_STEMS), else ``None``."""
    w = word[1:] if word[:1] == lx.AND and _kin_listed(word) else word
    if not (w in lx.FAMILY_ONE or w in lx.KIN_DUALS):
        return None
    return next((s for s in lx.KIN_STEMS if w.startswith(s)), None)


def kin_told_again(rd, st, cue, i):
    """One kin named after a cue when a kin figure of the same kind read before in the sentence
    counted that kin: "إنه فقد والدته وشقيقيه …، مضيفا "لم نعثر إلا على جثة شقيقي الأصغر"" (blind28 ar
    006) tells one of the brothers again; no new figure, the kin figure goes on."""
    words = rd.words
    stem = kin_stem(words[i])
    if stem is None or (i + 1 < st.b and _kin_listed(words[i + 1])):
        return None
    for k in range(len(rd.figs) - 1, st.first_fig - 1, -1):
        f = rd.figs[k]
        if f.sent != st.si or f.kind != cue.kind or not f.rule.startswith(lx.KIN_RULE_PREFIX) or f.victims is None:
            continue
        if any(kin_stem(w) == stem for w in words[f.victims[0]:f.victims[1]]):
            return k, i + 1
    return None


def after_cue_dual(rd, st, cue, i):
    """"استشهاد طفلين", "أصيب الآخران"."""
    w = rd.words[i]
    if rd.dual(i):
        stem = DUALS.get(base(w)) or base(w)[:-2]
        cat = singular_category(stem) or ("unknown" if w == lx.THE_OTHER_TWO else None)
        end = i + 1 + _two_after(rd.words, i + 1, st.b)  # "استشهد عسكريان اثنان"
        return rd.add(cue.kind, 2, cue.at, end, st, "dual_after_cue", how="dual", category=cat,
                      parent=_parent(st), cue_manner=cue.manner, victims=(i, end)), end


def _two_after(words: list, k: int, b: int) -> bool:
    """The numeral "اثنان" after a dual restates it ("عسكريان اثنان", "مسعفين اثنين")."""
    return k < b and words[k] in WORDS and WORDS[words[k]][0] == 2


def after_cue_singular(rd, st, cue, i):
    """"مقتل شاب", "شهيد واحد"; not "مدني من أصل …"."""
    words, b = rd.words, st.b
    bw, nxt = base(words[i]), (words[i + 1] if i + 1 < b else "")
    if bw in lx.SINGULAR_CAT or bw in lx.KIND_SINGULAR or nationality_after_cue(words, cue, i):
        if nxt == lx.OF[0] and i + 2 < b and words[i + 2] == lx.ORIGIN:
            return None
        if preposition_not_person(bw, nxt):
            return None
        if bw in lx.TITLE_SINGULARS and _named_before(rd, cue.kind, bw, st.si):
            cue.used = True
            return None, i + 1  # "قُتل والي غرب دارفور …" then "اغتيال والي غرب دارفور": the same man (blind13 ar 025)
        end = i + 1 + (nxt in lx.ONE_AFTER)
        q = qualifier_after(words, end, b)  # "أصيب جندي واحد على الأقل"
        if q:
            return rd.add(cue.kind, 1, cue.at, q[1], st, "singular_after_cue", how="singular", singular=True,
                          category=lx.SINGULAR_CAT.get(bw), parent=_parent(st), cue_manner=cue.manner,
                          victims=(i, end), qualifier=q[0]), q[1]
        return _one_and_kin(rd, st, cue, i, end, "singular_after_cue", lx.SINGULAR_CAT.get(bw))


def nationality_after_cue(words: list, cue, i: int) -> bool:
    """"كما قتل فلسطيني في قباطية": a nationality noun (``NATIONALITY_ONE``) right after a cue verb is the
    one person it struck (issue 11, blind39 ar 007)."""
    return cue.type == "verb" and i == cue.at + 1 and words[i] in lx.NATIONALITY_ONE


def nationality_two_after_cue(rd, st, cue, i):
    """"قُتل فلسطينيان برصاص القوات الإسرائيلية", "أصيب لبنانيين اثنين": the dual of a nationality noun
    (``NATIONALITY_ONE``) right after a cue verb is two people (blind43 ar 013); the "-ين" form, also a
    plural, only with "اثنين" after it."""
    words, b = rd.words, st.b
    w = words[i]
    if cue.type != "verb" or i != cue.at + 1 or w[:-2] not in lx.NATIONALITY_ONE:
        return None
    two = _two_after(words, i + 1, b)
    if not (w.endswith(lx.DUAL_NOMINATIVE) or (w.endswith(lx.DUAL_OBLIQUE) and two)):
        return None
    end = i + 1 + two
    return rd.add(cue.kind, 2, cue.at, end, st, "nationality_two_after_cue", how="dual", category="unknown",
                  parent=_parent(st), cue_manner=cue.manner, victims=(i, end)), end


def preposition_not_person(bw: str, nxt: str) -> bool:
    """"استشهدوا أمام عينيه": unvowelled "أمام" (in front of) spells "إمام" (an imam), who is a
    victim only as the imam of a mosque ("بين القتلى إمام مسجد القرية"); before anything else it
    is the preposition (blind21 ar 014)."""
    return bw in lx.PREPOSITION_HOMOGRAPHS and nxt not in lx.PREPOSITION_HOMOGRAPHS[bw]


def after_cue_named(rd, st, cue, i):
    """A definite singular: "مقتل الشاب محمد …" (a restatement merges later)."""
    words, b = rd.words, st.b
    bw, nxt = base(words[i]), (words[i + 1] if i + 1 < b else "")
    if bw.startswith(lx.ARTICLE) and bw[2:] in lx.SINGULAR_CAT and not is_number_word(nxt) \
            and cue.type in ("verb", "noun") and not nxt.startswith(lx.ARTICLE) and not names_victims(nxt):
        if _named_before(rd, cue.kind, bw[2:], st.si):
            cue.used = True
            return None, i + 1  # "قتل والي الولاية …" then "مقتل الوالي": the same person again
        return _one_and_kin(rd, st, cue, i, i + 1, NAMED_AFTER_CUE, lx.SINGULAR_CAT.get(bw[2:]))


def _named_before(rd, kind: str, stem: str, si: int) -> bool:
    """A single victim of ``kind`` named by the same noun in an earlier sentence ("قاضياً" /
    "القاضي", "والي" / "الوالي"): the definite noun refers back to them."""
    forms = {stem, stem + lx.ACCUSATIVE, stem[:-1] + lx.ACCUSATIVE}
    for j in rd.by_kind.get(kind, ()):
        f = rd.figs[j]
        if f.count == 1 and f.sent < si and f.victims is not None \
                and forms.intersection(base(w) for w in rd.words[f.victims[0]:f.victims[1]]):
            return True
    return False


def names_victims(word: str) -> bool:
    """The word names the victims of the verb ("قتل المسلح ضحيتيه": the gunman is the subject)."""
    return bool(word) and (base(word) in lx.KIND_NOUNS or dual_value(word) is not None or base(word) in lx.KIND_DUALS)


def kin_of_one_end(words: list, i: int, b: int) -> int:
    """"والد أحد الضحايا": a kin noun in construct with "أحد" and a definite noun is one person (the
    possessor no count, ``veto_possessor_one``); the token after it, else 0 (blind26 ar 018)."""
    if i + 2 < b and base(words[i]) in lx.POSSESSED_HEADS and words[i + 1] in lx.ONE_OF_SUBJECT \
            and words[i + 2].startswith(lx.ARTICLE):
        return i + 3
    return 0


def kin_of_named_end(words: list, i: int, b: int) -> int:
    """"قضى والد العروس ووالدتها وشقيقها": after a cue, a kin noun (or its dual, ``KIN_HEAD_DUALS``) in
    construct with a definite noun, kin listed right after it, heads one kin list (3; issue 11, blind39 ar
    002); the token after the possessor, else 0. Not inside a counted group ("وكان من بين الجرحى والد
    الطفلين ووالدتهما": kin inside the toll, no entry in blind15 ar 005)."""
    head = base(words[i]) in lx.POSSESSED_HEADS or words[i] in lx.KIN_HEAD_DUALS
    if head and i + 2 < b and words[i + 1].startswith(lx.ARTICLE) and _kin_listed(words[i + 2]):
        return i + 2
    return 0


def household_head_end(words: list, i: int, b: int) -> int:
    """"قضى رب العائلة وزوجته وابنتاه" (blind36 ar 006): the head of a household ("رب العائلة/الأسرة")
    with their kin listed right after is one person of a kin list (4, not the dual alone); the token after
    the head, else 0. Alone ("قتل رب الأسرة") it is left to the other rules."""
    if i + 2 < b and words[i] in lx.HOUSEHOLD_HEAD and words[i + 1] in lx.HOUSEHOLD_NOUNS and _kin_listed(words[i + 2]):
        return i + 2
    return 0


def kin_of_one_listed(rd, st, i, b0):
    """"بين المصابين والد أحد الضحايا ووالدته وشقيقته": inside a group, a kin of one of the victims
    and the kin listed after them are one figure (3, not 1 + 1 + 1; blind26 ar 018). One such kin alone
    ("أوقفوا 4 أشخاص، بينهم شقيق أحد المهاجمين") is a person named inside the count, no figure (blind20
    ar 021)."""
    end = kin_of_one_end(rd.words, i, st.b)
    if not end or not st.groups or not _in_group_or_coordinated(rd, st, i)[0]:
        return None
    head = st.groups[-1].head
    count, end = kin_list_from(rd.words, end, st.b, 1)
    if count < 2:
        return None
    return rd.add(rd.figs[head].kind, count, i, end, st, "kin_of_one_listed", how="singular", parent=head,
                  victims=(i, end)), end


def after_cue_family(rd, st, cue, i):
    """"وأصيبت شقيقته" is 1; kin listed without a numeral ("أصيب والده ووالدته وشقيقته") is
    one figure of 3, also after "برفقة"/"مع" ("ارتقى برفقة والده ووالدته وشقيقيه": 4) and from a
    kin noun with the article when a list follows ("وإصابة الأب وطفليه": 3; blind19 ar 014, 020)."""
    words, b = rd.words, st.b
    end = kin_of_one_end(words, i, b) or household_head_end(words, i, b) or kin_of_named_end(words, i, b)
    if end:  # "أصيب والد أحد الضحايا ووالدته": 2; "قضى رب العائلة وزوجته وابنتاه": 4
        count, end = kin_list_from(words, end, b, 1 + (words[i] in lx.KIN_HEAD_DUALS))
        return rd.add(cue.kind, count, cue.at, end, st, "kin_list_after_cue" if count > 1 else "kin_after_cue",
                      how="singular", singular=count == 1, parent=_parent(st), cue_manner=cue.manner,
                      victims=(i, end)), end
    k = i + (words[i] in lx.ALONG_WITH and i + 1 < b and base(words[i + 1]) in lx.FAMILY_ONE)
    listed = k + 1 < b and (_kin_listed(words[k + 1]) or cousin_listed(words, k + 1, b) or kin_numbered(words, k + 1, b))
    dual = words[k] in lx.KIN_DUALS and listed  # "فقد ابنيه وابن أخيه": 3 (blind23 ar 023)
    parent = words[cue.at] in lx.FAQAD and (base(words[k]) in lx.PARENT_ONE or (words[k] in lx.PARENTS_MINE and listed))
    # "فقد أمه وزوجته": 2; "فقدت أبي وأمي": 2
    if not (base(words[k]) in lx.FAMILY_ONE or (words[k] in lx.FAMILY_DEFINITE and listed) or dual or parent) \
            or (k > i and not listed):
        return None
    count, end = kin_list_from(words, k + 1, b, 1 + dual, k > i or words[cue.at] in lx.FAQAD)
    at = cue.at - struck_along_with_kin(rd, st, cue, k > i)
    count += at < cue.at
    return rd.add(lost_aboard_a_boat(rd, st, cue, end), count, at, end, st, "kin_list_after_cue" if count > 1 else "kin_after_cue",
                  how="singular", singular=count == 1, parent=_parent(st), cue_manner=cue.manner,
                  victims=(min(k, at), end)), end


def struck_along_with_kin(rd, st, cue, along: bool) -> bool:
    """"وإن جاره أصيب مع ابنه وابنته" (blind33 ar 006): the verb's subject right before it is the speaker's
    kin or neighbour (lexicon.FAMILY_ONE, lexicon.NEIGHBOURS), struck along with ("مع", "برفقة": ``along``)
    the kin listed after: one of them, counted with them (3)."""
    w = rd.words[cue.at - 1] if cue.at > st.a else ""
    return along and cue.type == "verb" and (base(w) in lx.FAMILY_ONE or w in lx.NEIGHBOURS
                                             or relative_struck_along_with_kin(rd, st, cue.at - 1))


def relative_struck_along_with_kin(rd, st, at: int) -> bool:
    """"عائلة التاجر الذي قضى مع زوجته وأبنائه الأربعة" (issue 11, blind48 ar 001): a person told of
    by a relative pronoun ("الذي", "التي") right before the verb, struck along with the kin listed after,
    outside any group of the sentence, is counted with them (6). Named inside a group ("ومن بين الشهداء
    الصحفي …، الذي استشهد مع زوجته وأطفاله الثلاثة") the group already holds them: the kin only
    (``role_inside_group``; blind23 ar 026, blind40 ar 006), and so does a person already counted earlier
    in the sentence ("وقتل مسعف في غارة، الذي استشهد مع زوجته …")."""
    words = rd.words
    return at >= st.a and words[at] in lx.RELATIVES and not st.groups and len(rd.figs) == st.first_fig and not any(
        words[j] in lx.BETWEEN or words[j] in lx.AMONG_WORDS for j in range(st.a, at))


def lost_aboard_a_boat(rd, st, cue, end: int) -> str:
    """"قال إنه فقد أخاه وابن عمه وصديقين كانوا برفقته على متن المركب": kin a survivor lost ("فقد")
    aboard a boat, told after the list in its sentence, are lost at sea: missing; else the cue's kind."""
    words = rd.words
    if words[cue.at] not in lx.FAQAD:
        return cue.kind
    aboard = any(words[k] in lx.ABOARD and words[k + 1] in lx.BOATS for k in range(end, st.b - 1))
    return MISSING if aboard else cue.kind


def after_cue_self_and_kin(rd, st, cue, i):
    """"وأُصيب هو وصديقاه بشظايا", "قُتل هو وزوجته وابنه": the person told of ("هو"/"هي" right after the
    verb) and the kin or friends listed after them are one figure (3, 3; blind31 ar 006)."""
    words, b = rd.words, st.b
    if cue.type != "verb" or words[i] not in lx.SELF_PRONOUNS or i + 1 >= b:
        return None
    count, end = kin_list_from(words, i + 1, b, 1)
    if count < 2:
        return None
    return rd.add(cue.kind, count, cue.at, end, st, "self_and_kin_after_cue", how="singular", parent=_parent(st),
                  cue_manner=cue.manner, victims=(i, end)), end


def after_cue_definite_count(rd, st, cue, i):
    """"انتهت العملية بمقتل الإرهابيين الأربعة", "أسفر عن مقتل الجنود الخمسة": a definite plural noun for
    people right after the cue and a definite number word after it (three or more) are a figure of that
    number (blind31 ar 021), unless a figure of that kind and count was read before (the same people
    told again)."""
    words, b = rd.words, st.b
    if cue.type not in ("verb", "noun") or i + 1 >= b:
        return None
    noun, num = base(words[i]), words[i + 1]
    if not noun.startswith(lx.ARTICLE) or not (people_category(noun) or noun[2:] in lx.ATTACKERS
                                               or lx.NISBA.match(noun[2:])):
        return None
    value = WORDS.get(num[2:]) if num.startswith(lx.ARTICLE) else None
    if value is None or value[1] != "unit" or value[0] < 3:
        return None
    if any(rd.figs[k].count == value[0] for k in rd.by_kind.get(cue.kind, ())):
        return None
    return rd.add(cue.kind, value[0], cue.at, i + 2, st, "definite_count_after_cue", how="kind-noun",
                  parent=_parent(st), cue_manner=cue.manner, victims=(i, i + 2)), i + 2


def kin_list_from(words: list, end: int, b: int, count: int, with_one: bool = False) -> tuple[int, int]:
    """The kin listed from token ``end`` on after ``count`` persons ("ووالدته وشقيقيه", "وابن عمه"), and
    kin in the plural with a definite number closing the list ("فقدت الأب والأم وأطفالهما الخمسة": 7,
    blind22 ar 001); after one kin only with ``with_one`` (after "مع": "استشهد مع زوجته وأطفاله الثلاثة"
    is 4, blind23 ar 026; else "اختطفوا عمه وأبناءه الأربعة" stays 1 and 4): the persons and the end."""
    while end < b:
        if _kin_listed(words[end]) or cousin_listed(words, end, b) or words[end][1:] in lx.COMPANIONS_ONE:
            two = words[end][1:] in DUALS or words[end][1:] in lx.KIN_DUALS or words[end][1:] in lx.COMPANIONS_TWO \
                or (words[end] in lx.AND_CHILDREN_TWO_OF and cousin_listed(words, end, b))  # "وابني عمه": 2
            count += 2 if two else 1
            end += 1 + cousin_listed(words, end, b)
            end += end < b and words[end] in lx.KIN_AGE_WORDS  # "ووالدته وأخته الصغرى"
            continue
        more, after = kin_counted(words, end, b) if count > 1 or with_one else (0, end)
        if not more or one_then_kin_partitive(words, end, count):
            break
        count, end = count + more, after  # the list goes on after it: "وأولاده الثلاثة وشقيقه"
    return count, end


def one_then_kin_partitive(words: list, k: int, count: int) -> bool:
    """"فقدت في المجزرة والدتها وستة من إخوتها" (blind46 ar 014; blind34 ar 008, blind37 ar 013): one
    kin, then "N من" + kin, are two figures (1 and 6), not one list; after two kin or more the
    partitive closes the list ("فقد والده وعمه واثنين من أبناء عمومته": 4, blind27 ar 016)."""
    return count == 1 and not kin_numbered(words, k, len(words))


def kin_counted(words: list, k: int, b: int) -> tuple[int, int]:
    """Kin with their own number inside a kin list: "وأطفالهما الخمسة" (kin_numbered), "واثنين من أبناء
    عمومته", "وثلاثة من أشقائه" (a number word, "من" and the person's own kin: lexicon.OWN_KIN, or
    OWN_KIN_HEADS with OWN_KIN_OF; blind27 ar 016). ``(persons, end)``, else ``(0, k)``."""
    n = kin_numbered(words, k, b)
    if n:
        return n, k + 2
    rest = words[k][1:] if words[k][:1] == lx.AND else ""
    if rest not in WORDS or WORDS[rest][0] < 2 or k + 2 >= b or words[k + 1] not in lx.OF:
        return 0, k
    own = words[k + 2]
    if own in lx.OWN_KIN or (own in lx.COUPLE_KIN and one_family_after(words, k + 3, b)):
        return WORDS[rest][0], k + 3
    if own in lx.OWN_KIN_HEADS and k + 3 < b and words[k + 3] in lx.OWN_KIN_OF:
        return WORDS[rest][0], k + 4
    return 0, k


def one_family_after(words: list, k: int, b: int) -> bool:
    """"من عائلة واحدة" at token ``k``, right after a kin list: the list is named one family, so a couple's
    counted children close it ("استشهد الأب والأم وأربعة من أطفالهما من عائلة واحدة": 6, not 2 and 4;
    blind61 ar 006). Without it the parents and the counted children are two entries (blind32 ar 019)."""
    return k + 2 < b and words[k] in lx.OF and words[k + 1] in lx.HOUSEHOLDS and words[k + 2] in lx.ONE_AFTER


def kin_list_before_verb(rd, st, i, b0):
    """Kin listed without a numeral right before a casualty verb, the number marked by a dual: a
    kin noun in the dual ("قال إن والده وشقيقيه أصيبوا بشظايا": one figure of 3, not the dual's 2
    alone; blind23 ar 008) or the verb in the dual ("شقيقه وابن عمه استشهدا": 2; blind23 ar 019,
    blind18 ar 002), or kin with their own number in the list ("إن والده وعمه وثلاثة من أبناء عمومته قُتلوا":
    5; blind23 ar 015). "كانوا بين القتلى" stands for the verb (blind24 ar 018). At least two kin, the first
    with no conjunction; not when the verb has its own count. With neither dual nor number, kin inside a
    counted toll are no entry in blind15 ar 019 and one in blind21 ar 014: not read."""
    words, b = rd.words, st.b
    w = words[i]
    if not (w in lx.FAMILY_ONE or w in lx.KIN_DUALS) or (i > st.a and (
            _kin_listed(words[i - 1]) or words[i - 1] in lx.AND_KIN_CONSTRUCT)):
        return None  # (not from inside a list: "… وزوجة شقيقه …")
    count, end = kin_list_from(words, i + 1, b, 1 + (w in lx.KIN_DUALS))
    cw = cue_of(words[end]) if end < b and end > i + 1 else None
    among = were_among_at(words, end, b) if cw is None and end > i + 1 else None
    still_dual = kin_still_missing_dual(words, end, b) if cw is None and among is None and end > i + 1 else None
    if among is not None:  # "إن والده وعمه وثلاثة من أبناء عمومته كانوا بين القتلى" (blind24 ar 018)
        cw, end = (lx.CUES[words[among]][0], None, "verb"), among
    elif still_dual is not None:  # "إن شقيقه وابن عمه ما زالا مفقودين"
        cw, end = (MISSING, None, "verb"), still_dual
    if cw is None or cw[2] != "verb" or (end + 1 < b and is_count_start(words[end + 1])):
        return None
    verb_dual = (among is None and words[end].endswith(lx.ACCUSATIVE) and not words[end].endswith(lx.PLURAL_VERB_ENDING)
                 ) or still_dual is not None
    if not (verb_dual and count == 2) and not any(
            t in lx.KIN_DUALS or t[1:] in lx.KIN_DUALS or t[1:] in DUALS or t in lx.AND_CHILDREN_TWO_OF
            or is_number_word(t[1:] if t[:1] == lx.AND else t) for t in words[i:end]):
        return None  # (kin with their own number, "وثلاثة من أبناء عمومته", mark the count as a dual does)
    return rd.add(cw[0], count, i, end + 1, st, "kin_list_before_verb", how="singular", parent=_parent(st),
                  cue_manner=cw[1], victims=(i, end)), end + 1


def kin_still_missing_dual(words: list, t: int, b: int) -> Optional[int]:
    """"(إن شقيقه وابن عمه) ما زالا مفقودين / ما زالا في عداد المفقودين": "still" in the dual
    (lexicon.STILL_DUAL, after an optional negation) and then the missing, right after a kin list:
    the token of the missing noun (the dual counts the two kin), else None."""
    t += t < b and words[t] in lx.STILL_NEG
    if t >= b or words[t] not in lx.STILL_DUAL:
        return None
    k = t + 1
    if k + 2 < b and words[k] in lx.IN_THE_RANKS and words[k + 1] in lx.RANKS:
        k += 2  # "في عداد المفقودين"
    return k if k < b and lx.CUES.get(words[k], (None,))[0] == MISSING and lx.CUES[words[k]][2] == "kindnoun" else None


def cousin_listed(words: list, k: int, b: int) -> bool:
    """"وابن عمه", "وابنة خالها", "وابن شقيقه", "وزوجة شقيقه": one more kin of two words (blind20 ar 015,
    022; blind21 ar 008; blind39 ar 005)."""
    return k + 1 < b and words[k] in lx.AND_KIN_CONSTRUCT and (words[k + 1] in lx.UNCLES or words[k + 1] in lx.SIBLINGS_OF)


def kin_numbered(words: list, k: int, b: int) -> int:
    """"وأطفالهما الخمسة": kin in the plural with a definite number after them, closing a kin list
    ("فقدت الأب والأم وأطفالهما الخمسة" is one figure of 7, not 2 and 5); the number, else 0."""
    if k + 1 >= b or words[k][:1] != lx.AND or words[k][1:] not in lx.FAMILY_PLURAL:
        return 0
    nxt = words[k + 1]
    return WORDS[nxt[2:]][0] if nxt.startswith(lx.ARTICLE) and nxt[2:] in WORDS and WORDS[nxt[2:]][0] >= 3 else 0


def _kin_listed(word: str) -> bool:
    """"ووالدته", "وطفليه", "والأم", "وأمي" (blind79 ar 011): one more of the kin listed after a cue."""
    rest = word[1:]
    return word[:1] == lx.AND and (rest in lx.FAMILY_ONE or rest in DUALS or rest in lx.FAMILY_DEFINITE
                                   or rest in lx.KIN_DUALS or rest in lx.COMPANIONS_TWO or rest in lx.PARENTS_MINE)


def after_cue_object(rd, st, cue, i):
    """The object after the subject: "اختطف مسلحون مجهولون طفلاً". Kin listed after "مع" a few words on
    are one kin list, not a dual of its own ("لقي حتفه في يناير مع والدته وشقيقيه وزوجة أخيه": 4, not 2;
    ``kin_list_along_with``; blind60 ar 012)."""
    words, b = rd.words, st.b
    if cue.type != "verb":
        return None
    for k in range(i, min(b, i + 6)):
        wk = words[k]
        if wk in lx.STOP_PUNCT or is_number_word(wk) or cue_of(wk) or wk in lx.CLAUSE_BREAK:
            break  # "قتلوا في الضربة التي استهدفت رتلاً": a relative clause's object is no victim
        if kin_list_along_with(words, i, k, b):
            return after_cue_family(rd, st, cue, k)
        bk = base(wk)
        if k > i and (rd.dual(k) or (bk in lx.SINGULAR_CAT and plural_subject(words[i:k]))) \
                and not wk.startswith(lx.ARTICLE):
            count = 2 if rd.dual(k) else 1  # "اعتقلت قوات الاحتلال شقيقين", "اغتال مسلحون مختار بلدة طفس"
            return rd.add(cue.kind, count, cue.at, k + 1, st, "object_after_subject", how="dual" if count == 2
                          else "singular", singular=count == 1, category=singular_category(DUALS.get(bk, bk)),
                          parent=_parent(st), cue_manner=cue.manner, victims=(k, k + 1)), k + 1
        if bk.endswith(lx.ACCUSATIVE) and bk[:-1] in lx.SINGULAR_CAT and k > i:
            nk = words[k + 1] if k + 1 < b else ""
            if nk in WORDS and WORDS[nk][0] >= 2:
                break
            return rd.add(cue.kind, 1, cue.at, k + 1, st, "object_after_subject", how="singular", singular=True,
                          category=lx.SINGULAR_CAT[bk[:-1]], parent=_parent(st), cue_manner=cue.manner,
                          victims=(k, k + 1)), k + 1
    return None


def kin_list_along_with(words: list, i: int, k: int, b: int) -> bool:
    """"مع"/"برفقة" at token ``k`` (past ``i``, the token after the cue) and a kin noun with more kin listed
    after it: "… لقي حتفه في يناير مع والدته وشقيقيه وزوجة أخيه" (blind60 ar 012) lists the kin struck with
    the victim, one figure (``after_cue_family``)."""
    return k > i and words[k] in lx.ALONG_WITH and k + 2 < b and base(words[k + 1]) in lx.FAMILY_ONE \
        and (_kin_listed(words[k + 2]) or cousin_listed(words, k + 2, b))


def plural_subject(words: list) -> bool:
    """Words that can be a verb's plural subject: "مسلحون مجهولون", "قوات الاحتلال"."""
    return bool(words) and all(w.endswith(lx.NOMINATIVE_PLURAL) or w in lx.ACTOR_HEADS for w in words)


def after_cue_ordinal(rd, st, cue, i):
    """"قتل خامس في …": one more."""
    words, b = rd.words, st.b
    nxt = words[i + 1] if i + 1 < b else ""
    if base(words[i]) in lx.ORDINAL_ONE and cue.type == "verb" and (nxt in lx.AFTER_ORDINAL
                                                                     or nxt.startswith(lx.PREP_B)):
        return rd.add(cue.kind, 1, cue.at, i + 1, st, "ordinal_after_cue", how="singular", singular=True,
                      parent=_parent(st), cue_manner=cue.manner), i + 1
    if cue.type == "verb" and cue.at + 1 == i and nxt in lx.ORDINAL_ONE and not words[i].startswith(lx.ARTICLE) \
            and nxt not in lx.ANOTHER_WORDS and not is_number_word(words[i]) and cue_of(words[i]) is None \
            and base(words[i]) not in lx.NOT_PEOPLE:
        return rd.add(cue.kind, 1, cue.at, i + 2, st, "noun_ordinal_after_cue", how="singular", singular=True,
                      parent=_parent(st), cue_manner=cue.manner, victims=(i, i + 2)), i + 2  # "قتل خاطف خامس"


def past_governed_pronoun(words: list, i: int, b: int, ctype: str) -> int:
    """"قصف استهدف الحي، قتل فيه مدني وجرح اثنان", "وأصيب معه شقيقه وابن عمه": a preposition with a
    pronoun right after a cue verb ("فيه", "معه") stands between the verb and the victim it names;
    the token after it (blind43 ar 008), else ``i``."""
    return i + 1 if ctype == "verb" and i + 1 < b and words[i] in lx.GOVERNED_PRONOUNS else i


def singular_after_cue(rd, st, cue, i):
    """One or two victims named right after a verb or noun cue (rules above, in order)."""
    words, b = rd.words, st.b
    made = after_cue_two(rd, st, cue, i)
    if made:
        return made
    nxt = words[i + 1] if i + 1 < b else ""
    if nxt in WORDS and WORDS[nxt][0] >= 2 and nxt not in lx.ONE_AFTER and not (rd.dual(i) and _two_after(words, i + 1, b)):
        return None
    for rule in (after_cue_one_of_them, received_bodies_restated, kin_told_again, after_cue_dual,
                 nationality_two_after_cue):
        made = rule(rd, st, cue, i)
        if made:
            return made
    if cue.type == "weak":
        return None
    for rule in (after_cue_singular, after_cue_named, after_cue_family, after_cue_self_and_kin, after_cue_object,
                 after_cue_ordinal, after_cue_definite_count):
        made = rule(rd, st, cue, i)
        if made:
            return made
    return None


# Without a cue right before: each rule returns ``(figure index, next token)`` or None.

def _noun_base(rd, st, i) -> str:
    w = rd.words[i]
    if rd.text[rd.o(rd.starts[i]):rd.oe(rd.ends[i])] in lx.PREPOSITION_SPELLINGS:
        return ""  # "وإلى" folds to "والي" (a governor)
    b0 = base(w)
    if b0.endswith(lx.ACCUSATIVE) and b0[:-1] in lx.SINGULAR_CAT and w[:1] != lx.AND and not st.groups:
        b0 = b0[:-1]  # "أن شاباً من العائدين قضى"
    return b0


def _after_count(words, i) -> bool:
    return i > 0 and is_number_word(words[i - 1])


def body_dual_not_new(rd, st, i, b0) -> bool:
    """Two bodies handed over ("عدا جثتين سُلّمتا إلى عائلتيهما", ar321: returned remains), or two
    dead who arrived as bodies after a killed 2 of an earlier sentence ("إن الشابين وصلا جثتين إلى
    المشفى", ar324: a restatement): no new figure."""
    if b0 not in lx.BODY_DUALS:
        return False
    words = rd.words
    near = words[max(st.a, i - lx.BODY_DUAL_WINDOW):min(st.b, i + 1 + lx.BODY_DUAL_WINDOW)]
    if lx.BODIES_HANDED_OVER.intersection(near):
        return True
    before = words[max(st.a, i - lx.BODY_DUAL_WINDOW):i]
    k = rd.by_value.get((2, KILLED))
    return bool(lx.BODIES_ARRIVED.intersection(before)) and k is not None and rd.figs[k].sent < st.si


def noun_kind_dual(rd, st, i, b0):
    """A dual kind noun is its own figure: "قتيلان و5 جرحى", "أسفر عن شهيدين"; not two bodies
    handed over or restated (``body_dual_not_new``)."""
    words, b = rd.words, st.b
    nxt = words[i + 1] if i + 1 < b else ""
    if body_dual_not_new(rd, st, i, b0):
        return None
    if b0 in lx.KIND_DUALS and not (i > 0 and (is_number_word(words[i - 1]) or words[i - 1] in lx.NOT_ADJACENT_WORDS)) \
            and not (nxt in lx.COMBINED or nxt == lx.OR[0]) and not hypothetical(rd, max(0, i - 7), i):
        return rd.add(lx.KIND_NOUNS[b0], 2, i, i + 1, st, "kind_dual", how="dual", parent=_parent(st),
                      victims=(i, i + 1)), i + 1


def noun_with_kind_adjective(rd, st, i, b0):
    """A dual or singular noun for people with a kind adjective: "شخصين مفقودين", "طفل جريح"."""
    words, b = rd.words, st.b
    nxt = words[i + 1] if i + 1 < b else ""
    if nxt in lx.KIND_NOUNS and (b0 in lx.SINGULAR_CAT or rd.dual(i)) and not words[i].startswith(lx.ARTICLE) and \
            not _after_count(words, i) and not (i + 2 < b and words[i + 2] in lx.COMBINED) and not place_named(words, i, st.a):
        count = 2 if rd.dual(i) else 1
        return rd.add(lx.KIND_NOUNS[nxt], count, i, i + 2, st, "noun_kind_adjective", how="singular",
                      singular=count == 1, category=singular_category(DUALS.get(b0, b0)), parent=_parent(st),
                      victims=(i, i + 1)), i + 2


def place_named(words: list, i: int, a: int) -> bool:
    """"تنعى لجان مقاومة مدني شهداء القرية": after "ود" or "مقاومة" (``PLACE_NAME_BEFORE``) the noun
    is the name of a place (Wad Madani), not a person (issue 11, blind40 ar 006)."""
    return i > a and words[i - 1] in lx.PLACE_NAME_BEFORE


def conjunct_of_unread_count(rd, st, i: int) -> bool:
    """"الرهائن الأربعة، وهم ثلاثة رجال وامرأة احتجزوا …": the last conjunct ("و" and a singular) of
    "N" and a plural noun for people whose number no figure took (the group was left out, e.g.
    hostages) is part of that group, not a person of its own (issue 11, blind56 ar 013)."""
    words = rd.words
    if words[i][:1] != lx.AND or i - 2 < st.a or base(words[i - 1]) not in lx.PEOPLE:
        return False
    n = i - 2
    if not (is_number_word(words[n]) or words[n][:1].isdigit()):
        return False
    # (the figures of this sentence are the last read: a look back stops at the sentence before)
    return not any(f.tstart <= n < f.tend for f in takewhile(lambda f: f.sent == st.si, reversed(rd.figs)))


def noun_before_verb(rd, st, i, b0):
    """An indefinite singular or dual noun for people followed by a casualty verb: "مواطن
    قضى", "شابين قتلا", "رجل مسن يبلغ من العمر 70 عاماً قضى"; "امرأة وطفلها قتلا" is two."""
    words, b = rd.words, st.b
    w = words[i]
    vk = i + 1
    verb = words[vk] if vk < b else ""
    cw = cue_of(verb)
    if (b0 in lx.SINGULAR_CAT or rd.dual(i)) and (cw is None or cw[2] != "verb"):
        made = noun_died_of_wounds(rd, st, i, b0)
        if made:
            return made
        vk = verb_after(rd, i + 1, b)
        cw = cue_of(words[vk]) if vk < b else None
        verb = words[vk] if vk < b else ""
    if is_count_start(words[vk + 1] if vk + 1 < b else ""):
        return None  # "شاب قتل 3 أشخاص": the verb has its own count, the noun is its subject
    if cw is None or cw[2] != "verb" or verb.startswith(lx.PREPOSITION_PREFIXES) or w.startswith(lx.ARTICLE) \
            or place_named(words, i, st.a):
        return None
    if not (b0 in lx.SINGULAR_CAT or (rd.dual(i) and DUALS.get(b0, "") != lx.OTHER_STEM)):
        return None
    if i > 0 and ((is_number_word(words[i - 1]) and not after_definite_category_count(words, i))
                  or words[i - 1] == lx.ONE_OF or words[i - 1] in lx.DESCRIBING_PRONOUNS):
        return None  # (and "وهو مدرس … اقتيد": a description of someone named before)
    if role_among_those_verbed(words, i, st.a) or conjunct_of_unread_count(rd, st, i) or gender_pair_of_count(words, i):
        return None  # "من بين من اعتقلتهم مدرساً … اقتيد"
    if reporting_subject(words, i, st.a) and verb.startswith(lx.ARTICLE):
        return None
    count = 2 if rd.dual(i) else 1
    if i > st.a and _same_people(rd, i - 1, count):
        return None  # "طفلان شقيقان قضيا": an apposition; the group is read from its first noun
    parent = _parent(st) if st.groups else (
        rd.list_head if st.list_item and rd.list_kind == cw[0] else None)
    second = count == 1 and vk == i + 2 and words[i + 1][:1] == lx.AND and verb.endswith(lx.ACCUSATIVE) \
        and words[i + 1][1:] in lx.FAMILY_ONE
    if second:  # "امرأة وطفلها قتلا": a person and their kin, 1 and 1 (and a derived 2)
        k = rd.add(cw[0], 1, i, i + 1, st, "noun_before_verb", how="singular", singular=True,
                   category=singular_category(DUALS.get(b0, b0)), parent=parent, cue_manner=cw[1], victims=(i, i + 1))
        return _add_kin(rd, st, cw[0], [i + 1], cw[1], k), vk + 1
    kind = cw[0]
    listed = kin_listed_before_verb(words, i, vk) if count == 1 else 0
    if listed:  # "رجل وزوجته وابنته أصيبوا": one figure of 3
        return rd.add(kind, listed, i, vk + 1, st, "noun_and_kin_before_verb", how="singular", parent=parent,
                      cue_manner=cw[1], victims=(i, vk)), vk + 1
    if count == 1 and with_kin_after(words, vk + 1, b):  # "رجل … قضى مع زوجته وابنته": one figure of 3
        count, end = kin_list_from(words, vk + 3, b, 2, True)
        return rd.add(kind, count, i, end, st, "noun_with_kin", how="singular", parent=parent,
                      cue_manner=cw[1], victims=(i, end)), end
    if st.groups and parent is not None and vk + 1 < b and words[vk + 1] == lx.SINCE:
        kind = rd.figs[parent].kind  # "قتل 3 تحت التعذيب، بينهم شاب اعتقل منذ 2019": his past, not the event
    elif struck_among_dead(rd, st, parent, kind, vk == i + 1):
        kind = KILLED  # "ومن بين القتلى امرأة أصيبت برصاصة في رأسها": how she was killed (blind15 ar 009)
    return rd.add(kind, count, i, vk + 1, st, "noun_before_verb", how="singular", singular=count == 1,
                  category=singular_category(DUALS.get(b0, b0)), parent=parent, cue_manner=cw[1],
                  victims=(i, i + 1)), vk + 1


def gender_pair_of_count(words: list, i: int) -> bool:
    """"إن 33 صحفياً وصحفية استشهدوا" (blind69 ar 004): the feminine singular after "و" (``words[i]``) that
    repeats the stem of the counted noun right before it, the count's number before that noun, names the
    count's women beside its men ("زميلاً وزميلة"), no person of its own (lexicon.GENDER_PAIR_TAIL)."""
    w = words[i]
    if i < 2 or not w.startswith(lx.AND) or not w.endswith(lx.TA_MARBUTA) or not is_number_word(words[i - 2]):
        return False
    stem, counted = w[1:-1], words[i - 1]
    return len(stem) > 2 and counted.startswith(stem) and len(counted) - len(stem) <= lx.GENDER_PAIR_TAIL


def role_among_those_verbed(words: list, i: int, a: int) -> bool:
    """"وأن من بين من اعتقلتهم مدرّساً في مدينة داريا اقتيد من أمام مدرسته" (issue 11, blind51 ar 003): a
    person singled out by role or job (token ``i``) among those a verb names ("بين" + "من" + the verb,
    right before it): the group's count already holds him, no figure (the convention of
    ``role_inside_group``)."""
    return i - 3 >= a and words[i - 3] in lx.BETWEEN and words[i - 2] == lx.OF[0] and role_noun(words[i]) is not None \
        and not is_number_word(words[i - 1])


def reporting_subject(words: list, i: int, a: int) -> bool:
    """"أعلن وزير الداخلية إلقاء القبض على 14 شخصاً": a noun right after a reporting verb
    (``REPORT_VERBS``, with "و" or "ف") whose cue is a verbal noun with the article is who speaks
    or acts, not a victim (issue 11, blind40 ar 002); "وقالت امرأة أصيبت …" still is one."""
    if i <= a:
        return False
    w = words[i - 1]
    return w in lx.REPORT_VERBS or (w[:1] in lx.CONJUNCTIONS and w[1:] in lx.REPORT_VERBS)


def kin_listed_before_verb(words: list, i: int, vk: int) -> int:
    """"وكان بين الجرحى رجل وزوجته وابنته أصيبوا بشظايا" (issue 11, blind47 ar 010): an indefinite
    singular noun for a person with two or more kin listed right after it, up to a verb in the plural,
    is one figure counting them all (3); with one kin and a dual verb ("امرأة وطفلها قتلا") the rule
    for 1 and 1 stays. The persons, else 0."""
    if not words[vk].endswith(lx.PLURAL_VERB_ENDING) or i + 1 >= vk or not _kin_listed(words[i + 1]):
        return 0
    count, end = kin_list_from(words, i + 1, vk, 1)
    return count if count >= 3 and end == vk else 0


def with_kin_after(words: list, k: int, b: int) -> bool:
    """"مع زوجته", "برفقة والده" at ``k``, right after a person's casualty verb: the person and the
    kin listed are one figure counting them all ("ومن بين الشهداء رجل … قضى مع زوجته وابنته" is 3,
    blind27 ar 017)."""
    return k + 1 < b and words[k] in lx.ALONG_WITH and words[k + 1] in lx.FAMILY_ONE


def struck_among_dead(rd, st, parent, kind: str, adjacent: bool) -> bool:
    """An injury verb right after a person named inside a group of the dead ("ومن بين القتلى
    امرأة أصيبت برصاصة", "بينهم طفل أصيب بشظية"): "was struck", how the person died, so the
    group's kind."""
    return bool(st.groups) and parent is not None and adjacent and kind == INJURED and rd.figs[parent].kind == KILLED


def _same_people(rd, k: int, count: int) -> bool:
    """Token ``k`` is a noun for ``count`` people (singular or dual), without a conjunction."""
    w = rd.words[k]
    if w[:1] == lx.AND and base(w[1:]) != base(w):
        return False
    return bool(rd.dual(k)) if count == 2 else base(w) in lx.SINGULAR_CAT


def noun_died_of_wounds(rd, st, i, b0):
    """An indefinite singular or dual noun for people who died of their wounds: "وعنصر في
    الأمن العسكري متأثراً بجراح أصيب بها" (killed 1, never injured: the verb after it is the
    wounding), "مواطنَين متأثرين بجراحهما"."""
    words, b = rd.words, st.b
    if words[i].startswith(lx.ARTICLE) or _after_count(words, i) or \
            (i > st.a and _same_people(rd, i - 1, 2 if rd.dual(i) else 1)):
        return None
    for m in range(i + 1, min(b, i + 8)):
        if words[m] in lx.STOP_PUNCT or words[m] in WORDS or words[m][:1].isdigit():
            return None
        if words[m] in lx.DIED_OF_WOUNDS and m + 1 < b and words[m + 1].startswith(lx.WOUND_NOUN_STARTS):
            count = 2 if rd.dual(i) else 1
            return rd.add(KILLED, count, i, m + 2, st, "noun_died_of_wounds", how="singular", singular=count == 1,
                          category=singular_category(DUALS.get(b0, b0)), parent=_parent(st) if st.groups else None,
                          victims=(i, i + 1)), m + 2
    return None


def _in_group_or_coordinated(rd, st, i):
    words, b, groups, t = rd.words, st.b, st.groups, st.target
    w = words[i]
    in_group = bool(groups) and i > 0 and (words[i - 1] in lx.SUBSET_PRONOUNS or just_after_group(rd, i)
                                           or i == groups[-1].end
                                           # "ومن بين الشهداء الـ113 صحفيان"
                                           or (i - 2 == groups[-1].end and words[i - 2] == lx.ARTICLE
                                               and is_number_word(words[i - 1])))
    coordinated = w[:1] == lx.AND and t is not None and rd.figs[t].sent == st.si and i > 0 and (
        (rd.figs[t].tend == i and not bracket_count(rd, t)) or after_noun_of(rd, t, i) or ((groups or st.list_item) and words[i - 1] == ",")
        or (groups and rd.figs[t].parent == groups[-1].head)
        # the last item of an enumeration: "قتل 7 مدنيين، و4 من الشرطة، ومسلحان."
        or (words[i - 1] == "," and rd.dual(i) and (i + 1 >= b or words[i + 1] in lx.AFTER_DUAL_ITEM))
        or (rd.dual(i) and after_of_complement(rd, t, i)) or same_noun_after_of(rd, t, i))
    return in_group, coordinated


def same_noun_after_of(rd, t: int, i: int) -> bool:
    """Token ``i`` ("ومقيم") names again the noun of figure ``t`` after that figure's "من" phrase
    ("مقيمَين اثنين من الجنسية الهندية ومقيم من الجنسية الباكستانية", blind14 ar 018): a part
    of its own, parallel to the figure."""
    f, words = rd.figs[t], rd.words
    if f.victims is None or f.victims[1] >= i or not words[i][1:]:
        return False
    between = words[f.victims[1]:i]
    if between[0] not in lx.OF or len(between) > lx.OF_PHRASE_MAX or not all(
            w.isalpha() and w[:1] != lx.AND and cue_of(w) is None and not is_number_word(w) for w in between):
        return False
    head, own = base(words[f.victims[0]]), words[i][1:]
    stems = {head, head[:-2] if head.endswith(lx.PLURAL_ENDINGS) else head,
             head[:-1] if head.endswith(lx.ACCUSATIVE) else head}
    return own in lx.SINGULAR_CAT and (own in stems or (own.endswith((lx.ACCUSATIVE, lx.FEM)) and own[:-1] in stems))


def after_of_complement(rd, t: int, i: int) -> bool:
    """Token ``i`` follows figure ``t``'s "من" phrase and its complement of at most three
    words ("ثلاثة من مسلحي الحوثيين وجنديان", "ستة من عناصر قوات النظام وضابطان")."""
    f, words = rd.figs[t], rd.words
    if f.victims is None or words[f.victims[0]] not in lx.OF:
        return False
    between = words[f.victims[1]:i]
    return 0 < len(between) <= 3 and all(
        w.isalpha() and w[:1] != lx.AND and cue_of(w) is None and not is_number_word(w) for w in between)


def _tamyiz_continues(rd, t: int, i: int) -> bool:
    """"ما لا يقل عن 25 امرأة وفتاة": a singular noun coordinated with the singular noun of a
    count of 3 or more belongs to that count ("women and girls"), it is no person of its own."""
    f = rd.figs[t]
    if f.victims is None or f.victims[1] != i or f.count < 3 or rd.dual(i) or (
            i + 1 < len(rd.words) and rd.words[i + 1] in lx.ONE_AFTER):  # "17 طفلاً وسيدة واحدة"
        return False
    noun = base(rd.words[f.victims[0]])
    return noun in lx.SINGULAR_CAT or (noun.endswith(lx.ACCUSATIVE) and noun[:-1] in lx.SINGULAR_CAT)


def noun_in_group_or_coordinated(rd, st, i, b0):
    """A dual or singular noun inside a subset group or coordinated with a figure:
    "بينهم طفل", "وامرأة", "سيدتين", "من بين القتلى قائداً"; a kin noun only after the conjunction
    ("بينهم طفل ووالده"), not one whose own first letter is "و" ("من بين القتلى طفل كان يرافق والده": the
    father is the object of the child's verb, no person killed; blind61/62 ar pass)."""
    words, b, groups = rd.words, st.b, st.groups
    w = words[i]
    in_group, coordinated = _in_group_or_coordinated(rd, st, i)
    if not (in_group or coordinated) or (not in_group and _tamyiz_continues(rd, st.target, i)):
        return None
    where = "in_group" if in_group else "coordinated"
    bw, nxt = base(w), (words[i + 1] if i + 1 < b else "")
    if groups:
        kind, parent = rd.figs[groups[-1].head].kind, groups[-1].head
    else:
        kind, parent = rd.figs[st.target].kind, rd.figs[st.target].parent
    if rd.dual(i):
        stem = DUALS.get(bw, DUALS.get(w, "")) or bw[:-2]
        if stem == lx.OTHER_STEM:
            return None
        return rd.add(kind, 2, i, i + 1, st, "dual_" + where, how="dual", parent=parent,
                      category=singular_category(stem), victims=(i, i + 1)), i + 1
    if bw.endswith(lx.ACCUSATIVE) and bw[:-1] in lx.SINGULAR_CAT:
        # accusative: "من بين القتلى قائداً" and "امرأتين وطفلاً" are people; "36 رجلاً وشاباً"
        # is the noun of 36 (the accusative noun of a number from 11 to 99)
        if w[:1] == lx.AND:
            if st.target is None or rd.figs[st.target].how not in ("dual", "singular"):
                return None
        elif not in_group:
            return None
        bw = bw[:-1]
    if bw in lx.SINGULAR_CAT or bw in lx.KIND_SINGULAR or (bw in lx.FAMILY_ONE and w == lx.AND + bw):
        if nxt in WORDS and WORDS[nxt][0] >= 2:
            return None
        end = i + 2 if nxt in lx.ONE_AFTER else i + 1
        k2 = lx.KIND_NOUNS.get(bw, kind) if bw in lx.KIND_SINGULAR else kind
        return rd.add(k2, 1, i, end, st, "singular_" + where, how="singular", singular=True, parent=parent,
                      category=lx.SINGULAR_CAT.get(bw), victims=(i, end)), end
    return None


def noun_among_kind(rd, st, i, b0):
    """"وأن طفلاً واحداً بين المصابين": one person of a kind, with no verb."""
    words, b = rd.words, st.b
    if not (b0 in lx.SINGULAR_CAT or rd.dual(i)) or words[i].startswith(lx.ARTICLE) or _after_count(words, i):
        return None
    k = i + 1 + (i + 1 < b and words[i + 1] in lx.ONE_AFTER)
    while k < min(b, i + 4) and words[k][:1] == lx.AND and (base(words[k]) in lx.SINGULAR_CAT or rd.dual(k)):
        k += 1  # "امرأتان وطفل بين 15 ضحية": the parts before "بين"
    k += k < b and words[k] in lx.OF
    if not (k + 1 < b and words[k] == lx.BETWEEN_WORD):
        return None
    kind = lx.CUES[words[k + 1]][0] if is_kind_noun_cue(words[k + 1]) else None
    if kind is None and k + 2 < b and is_number_word(words[k + 1]):  # "امرأتان وطفل بين 15 ضحية"
        kind = lx.KIND_NOUNS.get(base(words[k + 2]))
    if kind is None:
        return None
    count = 2 if rd.dual(i) else 1
    end = k + 2 if is_kind_noun_cue(words[k + 1]) and k == i + 1 + (words[i + 1] in lx.ONE_AFTER) else i + 1
    return rd.add(kind, count, i, end, st, "among_the_kind", how="singular" if count == 1 else "dual",
                  singular=count == 1, category=singular_category(DUALS.get(b0, b0)), parent=_parent(st),
                  victims=(i, i + 1)), end


def another_coordinated(rd, st, i, b0):
    """"قتل شخص في ريف درعا الشرقي، وآخر في ريف درعا الغربي": one more of the same kind; "وآخران" two
    more, also with no comma before when a place follows ("قتل جندي في صرواح وآخران في جبهة الكسارة",
    the verb left out; blind25 ar 021), and so one more ("مقتل مدني في ذيبان وآخر في الشحيل"; issue 11,
    blind55 ar 001, blind56 ar 009)."""
    words, b, t = rd.words, st.b, st.target
    w = words[i]
    two = w in lx.ANOTHER_TWO
    if not (w in lx.ANOTHER or two) or i <= st.a or t is None or rd.figs[t].sent != st.si \
            or rd.figs[t].how not in ("dual", "singular"):
        return None
    if words[i - 1] != "," and not (i + 1 < b and words[i + 1] in lx.GAPPED_PLACE_PREPS):
        return None
    return rd.add(rd.figs[t].kind, 1 + two, i, i + 1, st, "another_coordinated", how="coord", singular=not two,
                  parent=rd.figs[t].parent, victims=(i, i + 1)), i + 1


def singular_in_addition(rd, st, i, b0):
    """"مقتل 4 عناصر من قوات النظام إضافة لمدني": one more person, of the figure's kind."""
    words, t = rd.words, st.target
    w = words[i]
    if i > st.a and words[i - 1] in lx.IN_ADDITION and w.startswith(lx.PREP_L) and w[1:] in lx.SINGULAR_CAT \
            and t is not None and rd.figs[t].sent == st.si:
        return rd.add(rd.figs[t].kind, 1, i - 1, i + 1, st, "singular_in_addition", how="coord", singular=True,
                      parent=rd.figs[t].parent, category=lx.SINGULAR_CAT.get(w[1:]), victims=(i, i + 1)), i + 1
    return singular_beside_in_place(rd, st, i)


def singular_beside_in_place(rd, st, i):
    """"مقتل 4 مواطنين في قرية بريف حماة …، إلى جانب مواطن في مدينة جبلة" (blind38 ar 013): after a
    coordinating phrase (lexicon.COORD_PHRASES), a singular person with no numeral told in a place of
    their own ("في"): one more person, of the figure's kind. "في العشرين" is an age, not a place
    (lexicon.AGE_DECADES; "ضمت الحصيلة 11 طفلاً …، إضافة إلى شاب في العشرين", issue 11, blind48 ar 004)."""
    words, t, b = rd.words, st.target, st.b
    w = words[i]
    if i - 2 >= st.a and tuple(words[i - 2:i]) in lx.COORD_PHRASES and w in lx.SINGULAR_CAT and i + 1 < b \
            and words[i + 1] in lx.GAPPED_PLACE_PREPS and t is not None and rd.figs[t].sent == st.si \
            and not (i + 2 < b and words[i + 2] in lx.AGE_DECADES):
        return rd.add(rd.figs[t].kind, 1, i, i + 1, st, "singular_beside_in_place", how="coord", singular=True,
                      parent=rd.figs[t].parent, category=lx.SINGULAR_CAT.get(w), victims=(i, i + 1)), i + 1
    return None


def noun_found_killed(rd, st, i, b0):
    """"عُثر على رجل مقتولاً": one person found killed."""
    words, b = rd.words, st.b
    if (b0 in lx.SINGULAR_CAT or rd.dual(i)) and not words[i].startswith(lx.ARTICLE) and i + 1 < b \
            and words[i + 1] in lx.KILLED_STATE and not _after_count(words, i):
        count = 2 if rd.dual(i) else 1
        return rd.add(KILLED, count, i, i + 2, st, "found_killed", how="singular", singular=count == 1,
                      category=singular_category(DUALS.get(b0, b0)), parent=_parent(st), victims=(i, i + 1)), i + 2
    return None


def noun_two_coordinated(rd, st, i, b0):
    """"و4 من عناصر قسد، إضافة إلى مدنيين اثنين": a noun and "اثنين" coordinated with a figure."""
    words, b, t, a = rd.words, st.b, st.target, st.a
    if not (i + 1 < b and words[i + 1] in lx.TWO_AFTER and people_category(words[i])):
        return None
    coordinated = words[i][:1] == lx.AND or tuple(words[max(a, i - 2):i]) in lx.COORD_PHRASES
    if coordinated and t is None and uncounted_after_cue(rd, st, i):
        return rd.add(st.cue.kind, 2, i, i + 2, st, "two_beside_uncounted", how="coord",
                      category=people_category(words[i]), victims=(i, i + 2)), i + 2
    if not coordinated or t is None or rd.figs[t].sent != st.si:
        return None
    return rd.add(rd.figs[t].kind, 2, i, i + 2, st, "noun_and_two_coordinated", how="coord",
                  parent=rd.figs[t].parent, category=people_category(words[i]), victims=(i, i + 2)), i + 2


def uncounted_after_cue(rd, st, i: int) -> bool:
    """"أسفر عن مقتل عدد من الأطفال ومعلمين اثنين" (blind38 ar 007): right after the sentence's cue,
    "a number of" people with no count (lexicon.UNCOUNTED_HEAD), then, coordinated at ``i``, a noun and
    "اثنين": the two are a figure of the cue's kind though the first group has none."""
    words, cue = rd.words, st.cue
    return cue is not None and cue.kind in KINDS and cue.at + 2 < i and words[cue.at + 1] in lx.UNCOUNTED_HEAD \
        and words[cue.at + 2] in lx.OF_PEOPLE and i - cue.at <= lx.UNCOUNTED_REACH


def kind_of_elided_verb(rd, st, i: int, t: int) -> str:
    """"قُتل جنديان وأصيب 3 في مواجهات …، وجندي واحد في نهم، و4 في …": an item with its verb left
    out after a bare count ("وأصيب 3", no noun) names the same people as an earlier clause of the
    sentence with another verb ("قُتل جنديان"): the left-out verb is that clause's, so is the kind
    else the kind of the figure it is coordinated with."""
    f, words = rd.figs[t], rd.words
    if f.victims is not None:
        return f.kind
    noun = base(words[i])
    for k in range(t - 1, st.first_fig - 1, -1):
        g = rd.figs[k]
        if g.sent != st.si or g.parent is not None or g.kind == f.kind or g.victims is None:
            continue
        if DUALS.get(base(words[g.victims[0]]), base(words[g.victims[0]])) == noun:
            return g.kind
    return f.kind


def nationality_one(rd, st, i, b0):
    """One person named by a nationality in an enumeration of the dead ("والقتلى هم ثلاثة
    بريطانيين، وأسترالية، وبولندي، وفلسطيني") or with "واحد" after it ("7 يمنيين وسورياً
    واحداً")."""
    words, b = rd.words, st.b
    w = words[i]
    nxt = words[i + 1] if i + 1 < b else ""
    if w[:1] != lx.AND or not lx.NISBA_ONE.match(w[1:]) or base(w) in lx.NOT_PEOPLE or cue_of(w) is not None:
        return None
    one = nxt in lx.ONE_AFTER
    t = st.target
    if not one and not (st.groups and st.groups[-1].type == "hum" and (
            words[i - 1] == "," or (rd.figs and rd.figs[-1].tend == i))):
        return None
    if w[1:].endswith(lx.ACCUSATIVE) and not one:
        return None  # "وسوريا": the country, unless "واحداً" follows
    if in_construct(nxt):
        return None  # "من عناصر وزارتي الدفاع": a noun in construct (blind17 ar 019)
    if t is None or rd.figs[t].sent != st.si:
        return None
    head = st.groups[-1].head if st.groups else None
    kind = rd.figs[head].kind if head is not None else kind_of_elided_verb(rd, st, i, t)
    end = i + 1 + one
    return rd.add(kind, 1, i, end, st, "nationality_one", how="singular", singular=True, parent=head,
                  victims=(i, end)), end


def in_construct(nxt: str) -> bool:
    """The word after a word in -ي is a definite noun that is not "الجنسية"/"الأصل": the word is
    a noun in construct ("وزارتي الدفاع"), no nationality ("وسوري الجنسية" is one)."""
    return nxt.startswith(lx.ARTICLE) and nxt not in lx.NISBA_COMPLEMENTS


def nationality_in_group(rd, st, i, b0):
    """One person named by a nationality right after a subset marker, alone ("توقيف تسعة أشخاص
    من الطرفين، بينهم سوري،", blind15 ar 009): a subset of 1 of the group's figure."""
    words, b = rd.words, st.b
    w = words[i]
    if not (st.groups and st.groups[-1].type == "sub" and i == st.groups[-1].end and lx.NISBA_ONE.match(w)):
        return None
    if w.endswith(lx.ACCUSATIVE) or base(w) in lx.NOT_PEOPLE or cue_of(w) is not None or w in lx.NISBA_STOP:
        return None  # "بينها سوريا": the country
    if i + 1 < b and words[i + 1] not in lx.SENTENCE_PUNCT:
        return None
    head = st.groups[-1].head
    return rd.add(rd.figs[head].kind, 1, i, i + 1, st, "nationality_in_group", how="singular", singular=True,
                  parent=head, victims=(i, i + 1)), i + 1


def nationality_after_count(rd, st, i, b0):
    """One or two people named by nationality right after a figure of another nationality in the
    sentence ("من بين الضحايا 30 بريطانيا، و3 إيرلنديين، وألمانيين اثنين، وبلجيكية، وبرتغالي",
    blind14 ar 019): parts like that figure, of its kind and parent. A dual in "-ين" needs "اثنين"
    after it (it is a plural too); "وسوريا" is the country; one person inside a "بينهم" group
    still open is singled out, no figure ("بينهم ثلاثة بريطانيين وأسترالية …", ar174)."""
    words, b = rd.words, st.b
    w = words[i]
    if w[:1] != lx.AND or not rd.figs or base(w) in lx.PEOPLE or base(w) in lx.NOT_PEOPLE or cue_of(w) is not None:
        return None
    f = rd.figs[-1]
    if f.sent != st.si or f.victims is None or not (f.tend == i or (words[i - 1] == lx.COMMA and f.tend == i - 1)):
        return None
    prev = words[f.victims[0]]
    prev = prev[1:] if prev[:1] == lx.AND else prev
    if prev in lx.PEOPLE or prev in lx.NISBA_STOP or not (
            lx.NISBA.match(prev) or lx.NISBA_ONE.match(prev) or lx.NISBA_TWO.match(prev)):
        return None
    stem, two = w[1:], i + 1 < b and words[i + 1] in lx.TWO_AFTER
    if stem.endswith(lx.PLURAL_ENDINGS[2]) or (stem.endswith(lx.PLURAL_ENDINGS[0]) and two):
        if not lx.NISBA_TWO.match(stem):
            return None
        end = i + 1 + two
        return rd.add(f.kind, 2, i, end, st, "nationality_two", how="dual", parent=f.parent, victims=(i, end)), end
    if not lx.NISBA_ONE.match(stem) or stem.endswith(lx.ACCUSATIVE) or (st.groups and st.groups[-1].type == "sub"):
        return None  # (one person inside an open "بينهم" is singled out, no figure: ar174)
    return rd.add(f.kind, 1, i, i + 1, st, "nationality_one", how="singular", singular=True, parent=f.parent,
                  victims=(i, i + 1)), i + 1


def kin_with_number(rd, st, i, b0):
    """Kin in the plural with a definite number after them, in an enumeration or coordinated
    with a figure of the sentence: "هم رجل وزوجته وأطفالهما الثلاثة" (3)."""
    n = kin_numbered(rd.words, i, st.b)
    t = st.target
    if not n or t is None or rd.figs[t].sent != st.si:
        return None
    head = st.groups[-1].head if st.groups else rd.figs[t].parent
    at = definite_kin_before(rd.words, st.a, i)
    return rd.add(rd.figs[t].kind, n + i - at, at, i + 2, st, "kin_with_number", how="coord", parent=head,
                  victims=(at, i + 2)), i + 2


def definite_kin_before(words: list, a: int, i: int) -> int:
    """"عائلة كاملة: الأب والأم وأطفالهما الخمسة" (blind53 ar 008): definite kin listed right before the
    numbered kin at token ``i``, each one person of the same list (7, not 5), after a colon or a
    comma; the first token of the list, else ``i``."""
    k = i
    while k - 1 > a and (words[k - 1] in lx.FAMILY_DEFINITE or (
            words[k - 1][:1] == lx.AND and words[k - 1][1:] in lx.FAMILY_DEFINITE)):
        k -= 1
    if k == i or words[k][:1] == lx.AND or words[k - 1] not in lx.KIN_LIST_OPENERS:
        return i
    return k


def kin_after_one(rd, st, i, b0):
    """Kin coordinated after one person counted with a numeral and named by a construct ("قتل أحد
    موظفي الوكالة وزوجته وأطفالهما الثلاثة", blind14 ar 012): each of the kin is a part, like the
    person (``kin_coordinated``), summed by ``derived_total``. Only plain words stand between the
    person's figure and the kin, at most ``AFFILIATION_MAX`` ("برنامج الأغذية العالمي"); not inside
    a counted group."""
    words = rd.words
    t = st.target
    if words[i][:1] != lx.AND or words[i][1:] not in lx.FAMILY_ONE or st.groups or t is None:
        return None
    f = rd.figs[t]
    between = words[f.tend:i]
    if f.sent != st.si or f.count != 1 or f.parent is not None or len(between) > lx.AFFILIATION_MAX or any(
            not w.isalpha() or cue_of(w) is not None or w[:1] == lx.AND for w in between):
        return None
    end = i
    while end < st.b and words[end][:1] == lx.AND and words[end][1:] in lx.FAMILY_ONE:
        end += 1
    return _add_kin(rd, st, f.kind, list(range(i, end)), f.cue_manner, t), end


NOUN_COUNT_RULES: list[Callable] = [
    kin_list_before_verb, kin_of_one_listed, noun_found_killed, noun_two_coordinated, noun_kind_dual, noun_with_kind_adjective, noun_before_verb,
    noun_in_group_or_coordinated, noun_among_kind, another_coordinated, singular_in_addition, nationality_one,
    nationality_in_group, nationality_after_count, kin_with_number, kin_after_one,
]


def noun_count(rd, st, i):
    """A dual or singular noun for people with no digit (rules above, in order)."""
    b0 = _noun_base(rd, st, i)
    for rule in NOUN_COUNT_RULES:
        made = rule(rd, st, i, b0)
        if made:
            return made
    return None


def list_line_victim(rd, st, i):
    """A list line that names one or two victims: "درعا: شاب برصاص مجهولين"."""
    w = rd.words[i]
    bw = base(w)
    count = 2 if rd.dual(i) else (1 if bw in lx.SINGULAR_CAT else 0)
    if not count:
        return None
    stem = DUALS.get(bw, bw)
    return rd.add(rd.list_kind, count, i, i + 1, st, "list_line_victim", how="list", singular=count == 1,
                  parent=rd.list_head, category=singular_category(stem), victims=(i, i + 1)), i + 1


def aside_one_of_them(rd, st, i):
    """An aside naming one of them: "استشهد 3 فلسطينيين، أحدهم طفل،"."""
    words, b, figs, prev = rd.words, st.b, rd.figs, st.prev
    if words[i] in lx.ONE_OF_THEM and i > st.a and words[i - 1] == "," and prev is not None \
            and figs[prev].sent == st.si and figs[prev].count > 1 and i + 1 < b \
            and base(words[i + 1]) in lx.SINGULAR_CAT and (i + 2 >= b or words[i + 2] in (",", ".")):
        return rd.add(figs[prev].kind, 1, i, i + 2, st, "aside_one_of_them", how="group", singular=True,
                      parent=prev, category=lx.SINGULAR_CAT.get(base(words[i + 1])), victims=(i + 1, i + 2)), i + 2
    return one_of_them_by_place(rd, st, i)


def one_of_them_by_place(rd, st, i):
    """"استشهد 9 مواطنين، أحدهم في خان يونس، وآخر في الشجاعية، و7 آخرون شرق المدينة" (blind38 ar
    010): a toll split by place after a comma, its first part "one of them" in a place and
    another part coordinated after it ("وآخر", lexicon.ANOTHER): a part of 1 of the toll."""
    words, b, figs, prev = rd.words, st.b, rd.figs, st.prev
    if not (words[i] in lx.ONE_OF_THEM and i > st.a and words[i - 1] == "," and prev is not None
            and figs[prev].sent == st.si and figs[prev].count > 2 and i + 1 < b and words[i + 1] in lx.GAPPED_PLACE_PREPS):
        return None
    if not any(w in lx.ANOTHER for w in words[i + 2:min(b, i + 2 + lx.PLACE_SPLIT_WINDOW)]):
        return None
    return rd.add(figs[prev].kind, 1, i, i + 1, st, "one_of_them_by_place", how="singular", singular=True,
                  parent=prev), i + 1


def described_fate_unknown(words: list, k: int, b: int) -> bool:
    """"مصير ممرضتين تعملان في مستشفى الجنينة التعليمي مجهولاً": the unknown-fate word closes a
    description of the people (up to ``FATE_CLAUSE_REACH`` words, no punctuation, count or cue
    between; blind43 ar 014)."""
    for t in range(k, min(b, k + lx.FATE_CLAUSE_REACH)):
        w = words[t]
        if w in lx.UNKNOWN_FATE:
            return True
        if w in lx.STOP_PUNCT or w[:1].isdigit() or is_number_word(w) or cue_of(w) is not None:
            return False
    return False


def fate_of_the_n(rd, st, i):
    """"لا يزال مصير الثلاثة الآخرين مجهولاً", "مصير مختطفَين اثنين مجهولاً": missing, the count
    a definite number word or a dual."""
    words, b = rd.words, st.b
    if i + 1 >= b:
        return None
    w = words[i + 1]
    if (people_category(w) or base(w) in lx.KIND_NOUNS) and i + 2 < b and words[i + 2] in lx.TWO_AFTER:
        num, end = (2, "unit"), i + 3  # "مصير مختطفَين اثنين مجهولاً"
    elif rd.dual(i + 1):
        num, end = (2, "unit"), i + 2
    elif w.startswith(lx.ARTICLE) and WORDS.get(w[2:]):
        num, end = WORDS[w[2:]], i + 2
        end += end < b and words[end].removeprefix(lx.ARTICLE) in lx.OTHERS
    else:
        return None
    if num[1] not in ("unit", "ten") or num[0] < 2:
        return None
    if not (any(w in lx.UNKNOWN_FATE for w in words[end:min(b, end + 3)]) or described_fate_unknown(words, end, b)):
        return None
    return rd.add(MISSING, num[0], i, end, st, "fate_of_the_n", how="kind-noun", victims=(i + 1, end)), end


def breakdown_head(rd, st) -> Optional[int]:
    """The figure a breakdown after ":" in a sentence of its own belongs to: the last
    top-level figure of the paragraph whose kind the sentence names ("حالات الاعتقال"), or
    of the paragraph before when the breakdown opens a paragraph ("وتوزع من أعدمهم التنظيم
    كالتالي: 2230 مدنياً …" under the toll's paragraph)."""
    kinds = {case_kind(w) for w in rd.words[st.a:st.b]} - {None}
    opens = not rd.by_para.get(st.para)
    if row_of_two_kinds(st):
        return None
    # "وتوزع الجرحى على مستشفيات العاصمة: 61 في …؛ 48 في …" a few paragraphs after "أصيب 146 آخرون" (issue 11,
    # blind84 ar 009): a paragraph opened by a distribution of a kind noun reaches back to that kind's last toll
    far = opens and distributed_kind(rd.words, st.a, st.b) is not None
    for k in range(len(rd.figs) - 1, -1, -1):
        f = rd.figs[k]
        if f.para != st.para and not (opens and f.para == st.para - 1) and not far:
            return None
        if f.parent is None and not f.superseded and f.kind in kinds:
            return k
    return None


def row_of_two_kinds(st) -> bool:
    """The sentence's cue counts two kinds together ("- أطفال قُتلوا أو شُوّهوا منذ بداية العام: 1500", the killed
    or maimed row of a list, blind69 ar 013): the count after its ":" is no part of a toll of either kind
    (kind ``other`` in the gold, as ``killed_or_maimed``)."""
    return st.cue is not None and st.cue.kind == "combined"


def cue_after_place_noun(words: list, a: int, i: int) -> bool:
    """"- الوفيات في مراكز احتجاز الفصائل: 5" (issue 11, blind81 ar 003): a detention cue right after a noun of
    places (lexicon.DETENTION_PLACE_NOUNS: "مراكز", "سجون") names where, not an arrest: no cue."""
    return i > a and words[i - 1] in lx.DETENTION_PLACE_NOUNS and cue_of(words[i]) is not None \
        and cue_of(words[i])[0] == DETAINED


def heading_fig_before_colon(rd, st, head: int) -> int:
    """"ووثق المكتب 140 حالة اعتقال خلال الشهر، كما سجل مقتل 6 أشخاص تحت التعذيب:" (issue 11, blind81 ar 003):
    the rows under a heading break down the figure whose noun phrase runs to the colon (no comma or number
    between, lexicon.HEAD_FIG_REACH tokens at most), the last top-level figure of the heading's sentence, not
    its first figure ``head``."""
    figs, words = rd.figs, rd.words
    last = max((k for k in range(head, len(figs)) if figs[k].parent is None and figs[k].sent == st.si), default=head)
    gap = words[figs[last].tend:st.b - 1]
    if last == head or len(gap) > lx.HEAD_FIG_REACH or any(w in lx.SENTENCE_PUNCT or is_number_word(w) for w in gap):
        return head
    return last


def toll_heading_head(rd, st) -> Optional[int]:
    """A heading line of its own that names the toll and its distribution, with no figure
    ("وجاءت الحصيلة موزعة على النحو التالي:", "وتوزعت الحصيلة على النحو التالي:", and cases of
    the toll's kind: "وتوزعت حالات الاعتقال بحسب الجهة المنفذة على النحو الآتي:", blind14 ar 003, or
    acts of it: "وتتوزع المسؤولية عن عمليات القتل على النحو التالي:", blind15 ar 010):
    the rows under it are parts of the last top-level toll of its paragraph (not a table waiting
    for its total line)."""
    sw, words = st.words, rd.words
    cases = next((case_kind(words[k + 1]) for k in range(st.a, st.b - 1)
                  if words[k] in lx.CASE_NOUNS or words[k] in lx.ACTS_OF), None)
    if len(rd.figs) != st.first_fig or not (sw & lx.DISTRIBUTED or included_heading(rd, st)):
        return None
    if not (sw & lx.TABLE_HEAD_WORDS or cases):
        return the_cases_heading(rd, st)
    head = latest_toll(rd, st)
    if head is not None and not (sw & lx.TABLE_HEAD_WORDS) and rd.figs[head].kind != cases:
        return None  # "وتوزعت حالات الاعتقال …:" heads the rows of an arrest toll only
    return toll_heading_past_unknown_fate(rd, st, head) if sw & lx.TABLE_HEAD_WORDS else head


def included_heading(rd, st) -> bool:
    """"وتضمنت الحصيلة:" (blind60 ar 001): a heading of three words at most, the toll's verb of inclusion
    (lexicon.TOLL_INCLUDES) and a toll noun, heads the toll's rows as "وتوزعت الحصيلة على النحو التالي:"
    does: "قوات النظام والمسلحين الموالين لها: 9" under it is a part of the toll, not a cell waiting for a
    total line."""
    words = rd.words
    return st.b - st.a <= lx.INCLUDED_HEADING_MAX and words[st.a] in lx.TOLL_INCLUDES \
        and bool(lx.TABLE_HEAD_WORDS.intersection(words[st.a:st.b]))


def the_cases_heading(rd, st) -> Optional[int]:
    """"وتوزعت الحالات بحسب أطراف النزاع على النحو التالي:" (issue 11, blind52 ar 003): "the cases" with no
    kind word after them (lexicon.THE_CASES) head the rows of the last toll counted in cases ("٢١٥ حالة اعتقال
    تعسفي", ``last_case_toll``), as "وتوزعت حالات الاعتقال …:" does (``toll_heading_head``)."""
    if not lx.THE_CASES.intersection(st.words):
        return None
    return last_case_toll(rd, st)


def toll_heading_past_unknown_fate(rd, st, head: Optional[int]) -> Optional[int]:
    """"ارتفعت الحصيلة إلى 13 مواطناً …، فيما لا يزال مصير 3 شبان مجهولاً. وتوزعت الحصيلة على
    النحو التالي:": "the toll" names the dead, not the men of unknown fate told after them; the
    rows under it are parts of the last top-level killed toll of those paragraphs (issue 11,
    blind38 ar 001)."""
    if head is None or rd.figs[head].kind != MISSING:
        return head
    dead = latest_toll_of(rd, st, KILLED)
    return head if dead is None else dead


def toll_of_acts_cue(words: list, a: int, i: int) -> Optional[tuple]:
    """"ترتفع حصيلة عمليات القتل والتصفية … إلى 1124 شخصاً": the toll of acts of a kind
    ("حصيلة" + "عمليات" + the act's noun) counts its victims; the act's noun is a cue of that kind
    (issue 11, blind38 ar 013). The acts alone ("نفذت 14 عملية دهم") stay no cue."""
    if i - 2 < a or words[i] not in lx.TOLL_ACT_NOUNS or words[i - 1] not in lx.ACTS_OF \
            or words[i - 2] not in lx.TABLE_HEAD_WORDS:
        return None
    kind = case_kind(words[i])
    return None if kind is None else (kind, None, "noun")


def latest_toll(rd, st) -> Optional[int]:
    """The last top-level toll read in this paragraph or the one before (the toll may close the
    paragraph before: "وبحسب التقرير فقد توزعت …:" opens its own), else None."""
    return last_top_figure(rd, paras=(st.para, st.para - 1))


def latest_toll_of(rd, st, kind: str) -> Optional[int]:
    """The last top-level toll of ``kind`` read in this paragraph or the one before, else None."""
    return last_top_figure(rd, paras=(st.para, st.para - 1), kind=kind)


def distribution_head(rd, st, i: int) -> Optional[int]:
    """"وتوزعت حصيلة الضحايا بحسب المحافظات على النحو التالي: ريف دمشق 811، إدلب 296، …": a
    breakdown of "label N" items after ":" in a sentence that names a distribution and a
    kind and holds no figure before: the largest toll of that kind read so far (the month's,
    not the perpetrator's part read just before)."""
    words, b = rd.words, st.b
    if st.prev is not None or not lx.DISTRIBUTED.intersection(words[st.a:i]) or i + 2 >= b \
            or is_count_start(words[i + 1]):
        return None
    if not any(is_number_word(w) for w in words[i + 2:min(b, i + 2 + lx.LABEL_WORDS_MAX)]) \
            or distributed_things(words, st.a, i):
        return None
    kinds = {case_kind(w) for w in words[st.a:i]} - {None}
    if not kinds:  # "وتوزعت الحصيلة على النحو التالي: …": the toll just read, whatever its kind
        return bare_toll_is_the_dead(rd, st, i, latest_toll(rd, st))
    return largest_toll(rd, kinds)


def distributed_things(words: list, a: int, i: int) -> bool:
    """"وتوزعت الاعتداءات على المحافظات على النحو الآتي: …" (issue 11, blind80 ar 008): the noun right after
    the verb of distribution in ``[a, i)`` counts things (attacks, raids; ``not_people_noun``, also with the
    article): the rows count them, no people, and are no parts of a toll."""
    t = next((t for t in range(a, i - 1) if words[t] in lx.DISTRIBUTED), None)
    if t is None:
        return False
    w = words[t + 1]
    return not_people_noun(w) or (w.startswith(lx.ARTICLE) and not_people_noun(w[len(lx.ARTICLE):]))


def largest_toll(rd, kinds) -> Optional[int]:
    """The largest top-level toll read so far of one of ``kinds`` (not superseded, not vague), else None."""
    best = None
    for kind in kinds:
        for k in rd.by_kind.get(kind, ()):
            f = rd.figs[k]
            if f.parent is None and not f.superseded and not f.vague and (best is None or f.count > rd.figs[best].count):
                best = k
    return best


def dash_distribution_head(rd, st, i: int) -> Optional[int]:
    """"موضحاً أن توزيع القتلى بحسب القرى جاء كالآتي - 63 في إنتازاين و48 في باكورات و30 في ويستان" (blind64 ar
    011): a dash right after "as follows" (lexicon.AS_FOLLOWS) in a sentence whose distribution verb has a
    casualty noun next to it (``distributed_kind``) opens that distribution's rows: the largest toll of the
    kind read so far is their head, as after a colon (``distribution_head``). None otherwise."""
    words = rd.words
    if words[i] not in lx.DASHES or i - 1 < st.a or words[i - 1] not in lx.AS_FOLLOWS or i + 1 >= st.b:
        return None
    kind = distributed_kind(words, st.a, i)
    return largest_toll(rd, (kind,)) if kind is not None else None


def bare_toll_is_the_dead(rd, st, i: int, head: Optional[int]) -> Optional[int]:
    """"قُتل 40 شخصاً وأصيب 150 آخرون. الحصيلة، وفق المستشفى، توزعت هكذا: جنود 25، مدنيون 15":
    a bare "الحصيلة" before the breakdown names the dead when the toll just read is the wounded
    told in the same sentence right after a death toll: the rows are parts of that death toll."""
    if head is None or rd.figs[head].kind != INJURED or \
            not lx.KINDLESS_TOLL.intersection(rd.words[st.a:i]):
        return head
    f = rd.figs[head]
    dead = last_top_figure(rd, paras=(f.para,), kind=KILLED)
    return dead if dead is not None and rd.figs[dead].sent == f.sent else head


def pronoun_cue(rd, st, i):
    """A death told with a singular pronoun ("أدى لمقتله"), once per paragraph; "بعد
    اعتقاله" looks back and is no new figure."""
    words = rd.words
    w = words[i]
    cue_base = lx.SINGULAR_PRONOUN_CUES[w]
    kind = lx.PRONOUN_KIND.get(cue_base, KILLED)
    para = rd.in_para(st.para)  # a figure of this sentence is one of its paragraph
    if not any(f.kind == kind and f.count == 1 for f in para) and \
            not any(f.kind == kind and f.sent == st.si for f in para) and \
            kind == KILLED and not any(wb in lx.LOOKING_BACK for wb in words[max(st.a, i - 3):i]):
        manner = "executed" if cue_base.startswith(lx.EXECUTION) else None
        return rd.add(kind, 1, i, i + 1, st, "pronoun_cue", how="pronoun", singular=True, cue_manner=manner)
    return None


def different_groups_of_one_total(figures: list) -> list[int]:
    """Subsets of one total with the same kind and count but other indefinite nouns ("بينهم (3)
    أطفال" … "ومن بين الضحايا ثلاثة شبان", blind15 ar 025): two groups, not one restated; a
    noun with no category ("شبان") would otherwise merge as generic. The indexes to keep apart."""
    nouns: dict[tuple, dict[str, list[int]]] = {}
    for k, f in enumerate(figures):
        if f.part_of is None or f.derived or not f.victims or f.count < 3:
            continue
        noun = base(fold(f.victims.split()[0]))
        if noun.startswith(lx.ARTICLE) or noun in lx.OF or people_category(noun) is None:
            continue
        nouns.setdefault((f.kind, f.count, f.part_of), {}).setdefault(noun, []).append(k)
    return sorted(k for by_noun in nouns.values() if len(by_noun) > 1 for ks in by_noun.values() for k in ks)


def row_beside_named_part(figures: list) -> list[int]:
    """"وضمت الحصيلة طفلين اثنين وسيدة" then the table under the toll ":: 2 متأثرين بجراحهم" (blind38 ar
    001): a row of a table or list (``ROW_RULES``) naming no category, with the count and kind of a
    part of the same total named by category in another sentence, is another part (the toll split
    by cause), not that part told again. The indexes of such rows, to keep apart."""
    parts: dict[tuple, list[int]] = {}  # (total, kind, count) -> the parts named by category so far
    out = []
    for k, f in enumerate(figures):
        if f.part_of is None or f.derived:
            continue
        key = (f.part_of, f.kind, f.count)
        named = set(f.victim_categories) - {"unknown"}
        if f.rule in ROW_RULES and not named and any(figures[j].sentence_start != f.sentence_start
                                                     for j in parts.get(key, ())):
            out.append(k)
        elif named and f.rule not in ROW_RULES:
            parts.setdefault(key, []).append(k)
    return out


def others_beside_same_count(figures: list) -> list[int]:
    """"قتل أربعة فلسطينيين في غارة على طمون، وقتل أربعة آخرون برصاص …" (blind39 ar 007): a count of
    "others" (``OTHERS``) in the sentence of a figure of the same kind and count is other people, not
    that figure restated. The indexes to keep apart."""
    out = set()
    seen: dict[tuple, list[int]] = {}  # (sentence, kind, count) -> the figures before (linear on a long text)
    for k, f in enumerate(figures):
        key = (f.sentence_start, f.kind, f.count)
        if not f.derived and others_figure(f):
            out.update(j for j in seen.get(key, ()))
            if seen.get(key):
                out.add(k)
        if not f.derived:
            seen.setdefault(key, []).append(k)
    return sorted(out)


def others_figure(f) -> bool:
    """The figure counts "others" ("وقتل أربعة آخرون"): people besides any named before it."""
    return fold(f.victims or "") in lx.OTHERS


def equal_rows_of_labelled_list(figures: list) -> list[int]:
    """"هيئة تحرير الشام: 24" then "جميع فصائل المعارضة المسلحة: 24 بينها طفل واحد", "- عائلة حجازي: 9 شهداء"
    then "- عائلة الشنباري: 9 شهداء" (issue 11, blind41 ar 003, 014): two rows on adjacent lines, each a
    label then a colon right before its count, with the same kind, count and parent but different labels,
    are two groups, not one restated. The indexes to keep apart."""
    out = set()
    for k in range(1, len(figures)):
        f, g = figures[k], figures[k - 1]
        if not (f.derived or g.derived) and (g.kind, g.count, g.part_of) == (f.kind, f.count, f.part_of) \
                and labelled_rows_apart(g, f):
            out.update((k - 1, k))
    return sorted(out)


def labelled_rows_apart(g, f) -> bool:
    """``g`` and the next figure ``f`` are rows on adjacent lines with different labels
    (``equal_rows_of_labelled_list``; also checked in ``arabic.merge_generic_restatements``)."""
    lf, lg = row_label(f), row_label(g)
    return bool(lf and lg and lf != lg) and 0 < f.sentence_start - g.sentence_start <= len(g.sentence) + lx.ROW_LINE_GAP


def row_label(f) -> Optional[str]:
    """The label of a list row whose count comes right after "label:" (``equal_rows_of_labelled_list``)."""
    head = f.sentence[:max(0, f.start - f.sentence_start)].rstrip()
    if not head.endswith(lx.ROW_COLONS[0]):
        return None
    label = head.rstrip(lx.ROW_COLONS[0]).strip()
    return label or None


def equal_rows_of_one_total(figures: list) -> list[int]:
    """Rows of one breakdown in one sentence with the same count ("قتل 11 …، بينهم 5 في …، و3 في
    بعلبك، و3 في النبطية"): two rows, not one restated, when the sentence's parts of that total
    (a row coordinated with a row is a part too) add up to no more than the total; so are rows of a
    distribution under a toll of an earlier sentence ("وتوزع الضحايا حسب الجنسيات على النحو التالي: اليابان
    3؛ فرنسا 3؛ …", blind34 ar 025; ``distribution_row``). The indexes to keep apart."""
    rows: dict[tuple, list[int]] = {}
    parent_of: dict[int, Optional[int]] = {}
    for k, f in enumerate(figures):
        parent_of[k] = f.part_of
        if f.part_of is None and f.rule == "coordinated" and k and figures[k - 1].sentence_start == f.sentence_start:
            parent_of[k] = parent_of[k - 1]  # "بينهم 5 في …، و3 في …": a row coordinated with a row
        p = parent_of[k]
        if p is not None and not f.derived and f.count >= 3 and (figures[p].sentence_start == f.sentence_start
                                                                  or distribution_row(f)):
            rows.setdefault((p, f.sentence_start), []).append(k)
    out = []
    for (parent, _), ks in rows.items():
        same = {}
        for k in ks:
            same.setdefault((figures[k].kind, figures[k].count), []).append(k)
        twice = [k for group in same.values() if len(group) > 1 for k in group]
        if twice and sum(figures[k].count for k in ks) <= figures[parent].count:
            out.extend(twice)
    return sorted(out)


def distribution_row(f) -> bool:
    """A "label N" row of a breakdown after ":" in a sentence that names a distribution ("… على النحو
    التالي: اليابان 3؛ فرنسا 3"): the figure's sentence holds a distribution word and its count is told
    with no noun (``distribution_head``)."""
    words = {w for w, _, _ in tokenize(fold(f.sentence))}
    return f.rule == "in_group" and bool(lx.DISTRIBUTED & words) and ":" in words


def told_beside_then_inside(figures: list, a, b) -> bool:
    """"مقتل 87 مدنياً بينهم 13 طفلاً و6 سيدات، و4 ضحايا بسبب التعذيب" in the lead, then "إن 87 مدنياً … قد
    قتلوا …، من بينهم 4 ضحايا بسبب التعذيب" in the body (issue 11, blind41 ar 013): a count told beside a toll
    (no parent) and later as a part of that same toll, with the same words after the count, is one figure
    however small (``arabic.merge_generic_restatements``)."""
    if a.part_of is not None or b.part_of is None or a.sentence_start == b.sentence_start:
        return False
    total = figures[b.part_of]
    while total.part_of is not None and total.sentence_start != a.sentence_start:
        total = figures[total.part_of]  # (the part's own parent may be a part of the toll)
    return total.sentence_start == a.sentence_start and total.start < a.start and bool(a.victims) \
        and a.victims == b.victims


def same_group_named(va: Optional[str], vb: Optional[str]) -> bool:
    """Two victim phrases name the same group after "من", with or without a possessive pronoun
    ("من طواقمها", "من طواقم"): a breakdown row that restates a toll told before it."""
    heads = []
    for v in (va, vb):
        toks = [w for w, _, _ in tokenize(fold(v or ""))]
        if len(toks) < 2 or toks[0] not in lx.OF:
            return False
        head = toks[1]
        for ending in lx.POSSESSIVE_ENDINGS:
            if head.endswith(ending) and len(head) > len(ending) + 2:
                head = head[:-len(ending)]
                break
        heads.append(head)
    return heads[0] == heads[1]


def enumerated_row(total, part) -> bool:
    """``part`` is a row of an enumeration of ``total`` after a colon in its sentence ("انتشال 15
    جثماناً، هم: 8 من طواقم …"): the whole make-up, where a toll told before is restated; a
    subset after "بينهم" may be another event's."""
    if total.sentence_start != part.sentence_start or total.end > part.start:
        return False
    between = total.sentence[total.end - total.sentence_start:part.start - total.sentence_start]
    return any(mark in between for mark in lx.HEAD_END)


def list_total(rd: Reading, st: Sent) -> None:
    """A total line closing list rows read with no parent ("- الرصاص داخل الأحياء: 206" …
    "المجموع:: 383"): the rows of the lines right before it are its parts when they add up to
    it exactly (blind14 ar 026)."""
    figs, words = rd.figs, rd.words
    if len(figs) != st.first_fig + 1 or st.first_fig == 0:
        return
    k = st.a
    while k < st.b and words[k] in lx.BULLETS:
        k += 1
    total = figs[st.first_fig]
    if k >= st.b or words[k] not in lx.TOTAL_WORDS or total.parent is not None or total.vague:
        return
    rows, sent = [], st.si - 1
    for j in range(st.first_fig - 1, -1, -1):
        f = figs[j]
        if f.sent != sent or f.parent is not None or f.kind != total.kind or f.rule != total.rule:
            break
        rows.append(j)
        sent -= 1
    if len(rows) >= 2 and sum(figs[j].count for j in rows) == total.count:
        for j in rows:
            figs[j].parent = st.first_fig


def separate_events(sentence: str) -> bool:
    """The sentence tells of separate events ("في هجومين منفصلين", "في مناطق متفرقة")."""
    return bool(lx.SEPARATE.intersection(w for w, _, _ in tokenize(fold(sentence))))


def parts_in_two_places(prev, f) -> bool:
    """Two parts of a run each followed by its own "في" + place ("ما لا يقل عن 70 شخصاً قد لقوا حتفهم في صعدة،
    وثلاثة أطفال في الحديدة", blind78 ar 005): told in two places, when the places themselves are not read;
    no derived total over them (``arabic._continues``, for the head and the part after it). Not "قتل رجل وطفلاه
    في القصف" (no "في" between), nor a toll's rows by place after "فيها" ("لقي 1294 شخصاً حتفهم فيها، و118 في
    مديرية غوريان، و68 في مديريات أخرى", blind68 ar 009: their sum is the toll stated elsewhere)."""
    lo = prev.sentence_start
    between = fold(prev.sentence[prev.end - lo:f.start - lo]).split()
    after = fold(prev.sentence[f.end - lo:]).split()
    return lx.IN in between and after[:1] == [lx.IN]


# --- derived totals ----------------------------------------------------------------------------------
PART_RULES = frozenset({"coordinated_before_verb", "coordinated", "singular_coordinated", "dual_coordinated",
                        "singular_in_addition", "kin_coordinated", "kin_with_number"})
PART_HEAD_RULES = frozenset({"cue_before", "cue_in_clause", "kind_noun", "verb_after_noun", "count_before_far_verb",
                             "singular_after_cue", "dual_after_cue", "object_after_subject", "noun_before_verb",
                             "named_after_cue", "noun_and_two", "kin_after_cue", "abducted_then_killed"})
ADJACENT_PART_GAP = 2  # characters between two parts with nothing but a space (and a comma) between them
# "رجل وزوجته", "وأطفالهما الثلاثة": kin named after a person, parts of one family
KIN_RULES = frozenset({"kin_coordinated", "kin_with_number"})
# "قضى رجل وطفلاه", "وأطفالهما الثلاثة": a dual with no numeral or kin with a definite number, named like a person
NAMED_DUAL_RULES = frozenset({"dual_coordinated", "kin_with_number"})
ROW_RULES = frozenset({"list_line", "list_line_label", "table_cell"})  # a row of a breakdown (relisted_subset)
STOCK_RULES = frozenset({"still_under", "still_under_rubble"})  # "لا يزالون قيد الاعتقال": a stock, cumulative


# --- after the last sentence ----------------------------------------------------------------------

def range_end_restated(figures: list) -> None:
    """"ما يصل إلى 300 ألف شخص فروا" (a highlight bullet) and "ما أجبر ما بين 250 و300 ألف شخص على
    الفرار" (the body): "up to N" with N the upper end of a range of the same kind is that range
    again (blind21 ar 009). The "up to" figure takes the range's bounds and qualifier, so that the
    restatement is merged (``common.merge_restated``)."""
    ranges = {(f.kind, f.count_max): f for f in figures
              if f.count_max is not None and not f.derived and not f.superseded and f.part_of is None}
    for f in figures:
        r = ranges.get((f.kind, f.count))
        if r is not None and f.qualifier == lx.UP_TO_QUALIFIER and f.count_max is None and f.part_of is None \
                and not f.superseded:
            f.count, f.count_max, f.qualifier = r.count, r.count_max, r.qualifier


def part_told_again(figures: list) -> list[int]:
    """A part of a total told again in another sentence under the same total ("12 شهيدًا، بينهم
    طفلان" in the lead, "- الشهداء: 12، بينهم طفلان" in a summary row; blind25 ar 015): the same
    kind, count and victims (the same words) of the same (merged) total, nothing contradicting, is
    one part, not a second (rows of a list that name no victims stay apart). ``common.merge_restated`` may keep the two apart when their totals merged only after
    them (a superseded toll of the lead's sentence made its partners differ). Returns the later
    ones, to be dropped."""
    seen: dict[tuple, int] = {}
    parents = {f.part_of for f in figures}
    drop = []
    for i, f in enumerate(figures):
        if f.part_of is None or f.derived or i in parents:
            continue
        key = (f.part_of, f.kind, f.count, f.count_max, f.vague, f.superseded,
               frozenset(f.victim_categories) - {"unknown"})
        j = seen.setdefault(key, i)
        if j != i and figures[j].sentence_start != f.sentence_start and f.victims and f.victims == figures[j].victims \
                and same_circumstances(figures[j], f):
            drop.append(i)
    return drop


def definite_count_told_again(figures: list) -> list[int]:
    """"ويجدد المرصد مطالبته بفتح تحقيق دولي في مقتل الـ745 مدنياً" after a row "المدنيون:: 745 قضوا …"
    (blind15 ar 001): a count with the article on its digits ("الـ745", lexicon.DEFINITE_COUNT) names a
    figure told earlier, of its kind and count: one figure, not a second. Not a part or a superseded
    count. Returns the later ones, to be dropped."""
    drop = []
    for i, f in enumerate(figures):
        if f.part_of is not None or f.superseded or not lx.DEFINITE_COUNT.search(f.evidence or ""):
            continue
        if any(j != i and g.kind == f.kind and g.count == f.count and g.start < f.start for j, g in enumerate(figures)):
            drop.append(i)
    return drop


def rounded_down_restatement(figures: list) -> list[int]:
    """"مقتل أكثر من مئة شخص" in a spokesman's quote after "قُتل 112 فلسطينيًا" (blind25 ar 010): a
    "more than" / "at least" count of one leading digit and zeros (100, 300, 2000) that the one
    exact toll of its kind nearby rounds down to, at most ``lx.ROUNDED_DOWN_MAX_RATIO`` times it
    (112 -> 100; ``common.merge_restated`` merges a rounded count only within 10 % of it), is that
    toll told again, when it is said inside quotation marks, as a speaker sums up the toll, or in the
    headline ("أكثر من مليون نازح" over "تجاوز 1,2 مليون شخص", blind25 ar 025) (not "at
    least 200" wounded at one hospital beside a toll of 266, nor "at least 500" killed in shelters
    beside 553 killed in the West Bank: both out of quotes). Not a count with a parent,
    superseded or vague; the toll must be told more precisely, in another sentence within
    ``lx.ROUNDED_DOWN_WINDOW`` characters, the only one of its kind there. Returns the rounded ones, to
    be dropped."""
    drop = []
    for i, r in enumerate(figures):
        if r.qualifier not in lx.ROUNDED_DOWN_QUALIFIERS or r.part_of is not None or r.superseded or r.vague \
                or r.derived or r.count_max is not None or leading_unit(r.count) is None \
                or not (quoted(r) or r.sentence_start == 0):
            continue
        unit = leading_unit(r.count)
        near = [p for j, p in enumerate(figures) if j != i and p.kind == r.kind and p.part_of is None
                and not p.superseded and not p.vague and p.sentence_start != r.sentence_start
                and abs(p.start - r.start) <= lx.ROUNDED_DOWN_WINDOW and p.count // unit * unit == r.count
                and p.count % unit and p.count <= r.count * lx.ROUNDED_DOWN_MAX_RATIO]
        if len(near) == 1 and same_circumstances(near[0], r):
            drop.append(i)
    return drop


def quoted(f) -> bool:
    """The figure stands inside quotation marks opened in its sentence ("وقال …: "إن مقتل أكثر من
    مئة شخص …"")."""
    before = f.sentence[:max(0, f.start - f.sentence_start)]
    return any(sum(map(before.count, marks)) % 2 for marks in lx.SELF_QUOTES) \
        or before.count(lx.GUILLEMETS[0]) > before.count(lx.GUILLEMETS[1])


def leading_unit(n: int) -> Optional[int]:
    """The power of ten of a count written as one digit and zeros, 100 or more (300 -> 100, 2000 ->
    1000), else None."""
    s = str(n)
    return 10 ** (len(s) - 1) if len(s) >= 3 and s[1:] == "0" * (len(s) - 1) else None


def same_circumstances(a, b) -> bool:
    """No field of two figures contradicts the other: perpetrator, manner, place (one may hold the
    other, or be unknown)."""
    def fits(x, y):
        return not x or not y or x in y or y in x
    return fits(a.perpetrator, b.perpetrator) and fits(a.manner, b.manner) and fits(a.place, b.place)


def abducted_then_killed(rd: Reading, bounds: list) -> list:
    """One or two people taken, then killed in the same or the next sentence of the
    paragraph ("اختطف مسلحون مدرساً … ثم قتلوه", "… وعُثر اليوم على جثته"): killed only. The
    figure a pronoun cue made of the killing ("أدى لمقتله") is the same person: returned, to
    be dropped."""
    words, drop = rd.words, []
    for k, f in enumerate(rd.figs):
        if f.kind == DETAINED and counted_then_found_dead(rd, f, bounds[f.sent][1]):
            f.kind = KILLED  # (kin counted after one person stay a part of them: "والده وأشقاءه الثلاثة")
            f.rule = f.rule if f.rule in KIN_RULES else "abducted_then_killed"
            parts_found_dead_with(rd, k)
            continue
        if f.kind != DETAINED or f.count > 2 or f.how not in ("singular", "dual"):
            continue
        nxt = f.sent + 1 if f.sent + 1 < len(bounds) and not rd.blank[bounds[f.sent + 1][0]] else f.sent
        hits = [t for t in range(f.tend, bounds[nxt][1]) if words[t] in lx.KILLED_AFTER_TAKEN or (
            words[t] in lx.SINGULAR_PRONOUN_CUES
            and lx.PRONOUN_KIND.get(lx.SINGULAR_PRONOUN_CUES[words[t]], KILLED) == KILLED)]
        if hits:
            f.kind, f.rule = KILLED, "abducted_then_killed"
            drop += [j for j, g in enumerate(rd.figs) if g.rule == "pronoun_cue" and g.tstart in hits]
    return drop


def parts_found_dead_with(rd: Reading, head: int) -> None:
    """"11 مواطناً جرى اختطافهم ثم عُثر على جثثهم …، بينهم سيدة" (blind36 ar 009): the parts of a count
    of people taken then found dead (``counted_then_found_dead``) were killed with them, not detained."""
    for g in rd.figs:
        if g.parent == head and g.kind == DETAINED:
            g.kind = KILLED


def taken_not_heard_of(rd: Reading, bounds: list) -> list:
    """"روت امرأة أن زوجها وشقيقيه اقتيدوا عند مخرج المدينة ولا تعرف عنهم شيئاً منذ ذلك الحين": people
    taken ("detained") with nothing known of them since, told after them in the same sentence ("لا
    تعرف عنهم شيئاً"), are missing (blind31 ar 013). Changes kinds only; no figure is dropped."""
    words = rd.words
    for f in rd.figs:
        if f.kind != DETAINED:
            continue
        end = bounds[f.sent][1]
        for t in range(f.tend, end - 3):
            if words[t] in lx.NOT_WORDS and words[t + 1] in lx.KNOW_VERBS and words[t + 2] in lx.ABOUT_THEM \
                    and words[t + 3] in lx.ANYTHING:
                f.kind = MISSING
                break
    return []


def is_year(w: str) -> bool:
    """Four digits from 1900 to 2099: a year, not a count."""
    return w.isdigit() and len(w) == lx.YEAR_DIGITS and w[:2] in lx.CENTURIES


def counted_then_found_dead(rd: Reading, f, b: int) -> bool:
    """People taken and counted, then killed or found dead in the same sentence, told with a
    plural pronoun and no number between ("اختطفت ثلاثة من شباب القرية …، قبل أن يعثر الأهالي على
    جثامينهم", blind14 ar 021): killed only. A number between ("وعُثر على جثث 3 منهم") is a part;
    a year is none ("اختطفت والده وأشقاءه الثلاثة في ليلة من أيلول 2019، قبل أن يعثر على جثثهم",
    blind21 ar 023)."""
    if f.parent is not None or f.superseded or f.vague:
        return False
    for t in range(f.tend, b):
        if is_number_word(rd.words[t]) and not is_year(rd.words[t]) and rd.words[t] not in lx.ONE_AFTER:
            return False
        if rd.words[t] in lx.KILLED_AFTER_TAKEN_MANY:
            return True
    return False


def summary_row_parts(rd: Reading, bounds: list) -> None:
    """A verbless summary row restating the lead ("الشهداء: 274 (64 طفلًا، 57 امرأة)" after "ارتفاع
    الحصيلة إلى 274 شهيدًا … ومن بين الشهداء 64 طفلًا و57 امرأة"): a kind noun, a colon and a count
    that is the count of a top figure of that kind read in an earlier sentence. The row's count is
    that figure again, so the parts it lists are parts of that figure (and merge with the same parts
    told before), not of whatever total was read last (issue 11, blind42 ar 010)."""
    words = rd.words
    for s, (a, b) in enumerate(bounds):
        if b - a < 4 or not is_kind_noun_cue(words[a]) or words[a + 1] not in lx.SUMMARY_COLONS:
            continue
        r = read_number(words, a + 2) if words[a + 2][:1].isdigit() else None
        if r is None:
            continue
        kind = lx.CUES[words[a]][0]
        head = next((j for j, f in enumerate(rd.figs) if f.sent < s and f.kind == kind and f.count == r.value
                     and f.parent is None and not f.superseded), None)
        if head is None:
            continue
        for f in rd.figs:
            if f.sent == s and f.parent is not None and f.parent != head and rd.figs[f.parent].sent != s \
                    and f.kind == kind and f.count < r.value:
                f.parent = head


def migrants_crossing(rd: Reading, bounds: list) -> list:
    """"نحو 17 ألف مهاجر عبروا إلى اليمن خلال شهر آذار": migrants who crossed into a country are
    arrivals counted by a migration agency, not people displaced by the event (issue 11, blind42 ar
    012): a displaced figure whose noun is a migrant noun (``lexicon.MIGRANT_NOUNS``) and whose verb
    is a crossing verb (``lexicon.CROSSED``). Refugees who crossed ("لاجئ") stay displaced. Returned,
    to be dropped."""
    words = rd.words
    return [k for k, f in enumerate(rd.figs) if f.kind == DISPLACED
            and any(w in lx.MIGRANT_NOUNS for w in words[f.tstart:f.tend])
            and any(w in lx.CROSSED for w in words[f.tstart:f.tend])]


def among_the_kind_heading(rd: Reading, st: Sent) -> Optional[int]:
    """"ومن بين القتلى الذين اكتملت بيانات هويتهم، هناك:" then the rows "الأطفال :  7,797", "النساء: 4,959"
    (blind42 ar 007): a heading with no figure of its own that opens with "(و)من بين" and a kind noun
    heads rows of that kind, the parts of the last top figure of that kind read before it (when one
    is): that figure's index, else None."""
    words, a = rd.words, st.a
    k = a + (words[a] in lx.GROUP_KIND_HEAD and words[a] != lx.BETWEEN_WORD)
    if k + 1 >= st.b or words[k] != lx.BETWEEN_WORD or not is_kind_noun_cue(words[k + 1]):
        return None
    return rd.last_of_kind(lx.CUES[words[k + 1]][0])
