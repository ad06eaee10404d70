"""The reading loop of the casualty extractor, shared by English and Arabic, and the types
its rules share.

``read(text, published, language)`` runs the same steps for every language:

1. ``language.open(text, published)``: the document once normalised (English:
   ``common.deobfuscate_keep_offsets``; Arabic: folded and tokenised with an offset map);
2. ``language.sentences(doc)``: its sentences and list/table lines, in order; the rows of a
   table (``language.is_table_row``) are read together (``language.read_table``);
3. ``language.read_sentence(doc, sentence, ctx)`` per sentence: number candidates →
   vetoes (``first_veto``) → the first kind rule that fires (``first_rule``) → links
   (coordination, subsets, lists, tables); ``ctx`` carries lists and last totals on;
4. ``language.close(doc, ctx)``: attributes (time, place, perpetrator, manner) and the
   figures as records;
5. ``language.finalize(figures)``: text order, superseded tolls tied to their revisions,
   restatements merged (``common.finalize``, which a language may wrap).

A language plugs in with an object of these hooks: ``nlp.casualties.english.ENGLISH``
(character spans, the rule types ``Candidate``/``Look``/``NumberLook`` below) and
``nlp.casualties.arabic.ARABIC`` (folded tokens, its rule types in
``nlp.casualties.ar.rules``). Rules are small named functions; a rule that decides a
kind records its name on the figure (``CasualtyFigure.rule``), so ``tollwatch eval
--by-rule`` measures each rule's precision.

Pure, no I/O, nothing configurable: the rule tables of each language are the
configuration (``nlp.casualties.en.lexicon``/``rules``, ``nlp.casualties.ar.lexicon``/``rules``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Callable, Iterable, Optional, Protocol


from nlp.numbers import NumberSpan
from tollwatch.records import CasualtyFigure

__all__ = ["Candidate", "Context", "Look", "NumberLook", "Language", "read", "first_rule", "first_veto"]


@dataclass
class Candidate:
    """A number that may be a casualty figure, and what the rules found out about it.

    Offsets are into the sentence. ``kind_src`` says how the kind was found (the links
    read it: a predicate's kind flows backwards along a coordination, a list's does
    not); ``rule`` is the name of the rule that decided the kind."""

    num: NumberSpan
    start: int
    end: int  # end of the number
    value: int
    value_max: Optional[int] = None
    singular: bool = False  # "a child", "his son": one person without a numeral
    head: Optional[str] = None  # victims head noun
    victims: Optional[str] = None
    victims_span: tuple[int, int] = (0, 0)
    partitive: Optional[str] = None  # "of them", "of the dead"
    post_qual: Optional[str] = None  # "12 or more"
    np_end: int = 0  # end of the number with its victims phrase
    kind: Optional[str] = None
    kind_src: str = ""
    rule: str = ""
    qualifier: str = "exact"
    parent: Optional[int] = None  # index into the sentence's candidates
    parent_cross: bool = False  # a subset of a total stated earlier (another sentence)
    superseded: bool = False
    revision: bool = False
    ambiguous: bool = False
    combined: bool = False  # killed and wounded together: no figure
    negated: bool = False
    manner: Optional[str] = None
    demonym: bool = False  # "78 of them Palestinian, four Israeli": a nationality adjective for a head
    derived: bool = False  # a total summed from stated parts, not stated itself
    named: bool = False  # one identifiable person named by title ("the mayor")

    def set_kind(self, kind: Optional[str], src: str, rule: str) -> None:
        self.kind, self.kind_src, self.rule = kind, src, rule


@dataclass
class Context:
    """What the reading loop carries from one sentence to the next."""

    list_kind: Optional[str] = None  # kind announced by a list/table header
    list_parent: Optional[int] = None  # figure index the list breaks down
    list_active: bool = False
    last_kind: Optional[str] = None
    last_top: Optional[int] = None  # the latest top-level figure (a header's list breaks it down)
    last_top_end: int = -1
    prev_figs: bool = False  # the previous sentence gave figures ("Of these, 121 …" refers to them)
    figures: list[CasualtyFigure] = field(default_factory=list)


class Look:
    """One candidate (``c``) in its sentence, with the text around it that rules read.

    ``near`` is the 90 characters before the number (not reaching back past the previous
    candidate's victims phrase), ``left`` the 220 before it with the same limit,
    ``full_left`` the 260 before it, ``after`` the text from the end of its victims phrase
    to the next candidate; ``head`` its victims head noun in lower case; ``memo`` holds
    what one rule found for the next ones."""

    __slots__ = ("st", "cands", "i", "link", "ctx", "c", "head", "left", "near", "full_left", "after", "memo")

    def __init__(self, st: str, cands: list[Candidate], i: int, link: list[Optional[str]], ctx: Context) -> None:
        c = cands[i]
        self.st, self.cands, self.i, self.link, self.ctx, self.c = st, cands, i, link, ctx, c
        self.head = (c.head or "").lower()
        left_start = cands[i - 1].np_end if i else 0
        self.left = st[max(left_start, c.start - 220):c.start]
        self.near = self.left[-90:]
        self.full_left = st[max(0, c.start - 260):c.start]
        self.after = st[c.np_end:cands[i + 1].start] if i + 1 < len(cands) else st[c.np_end:]
        self.memo: dict = {}


class Language(Protocol):
    """What the reading loop needs from a language (see the module docstring)."""

    code: str

    def open(self, text: str, published: Optional[date]) -> Any: ...

    def sentences(self, doc: Any) -> Iterable[Any]: ...

    def is_table_row(self, doc: Any, sentence: Any) -> bool: ...

    def read_table(self, doc: Any, rows: list, ctx: Context) -> None: ...

    def read_sentence(self, doc: Any, sentence: Any, ctx: Context) -> None: ...

    def close(self, doc: Any, ctx: Context) -> list[CasualtyFigure]: ...

    def finalize(self, figures: list[CasualtyFigure]) -> list[CasualtyFigure]: ...


def read(text: str, published: Optional[date], language: Language) -> list[CasualtyFigure]:
    """Casualty figures in ``text`` read with ``language``'s rules, in text order, with
    restatements merged and revisions linked."""
    if not text or not text.strip():
        return []
    doc = language.open(text, published)
    if doc is None:
        return []
    ctx = Context()
    table: list = []
    for sent in language.sentences(doc):
        if language.is_table_row(doc, sent):
            table.append(sent)
            continue
        if table:
            language.read_table(doc, table, ctx)
            table = []
        before = len(ctx.figures)
        language.read_sentence(doc, sent, ctx)
        ctx.prev_figs = len(ctx.figures) > before
    if table:
        language.read_table(doc, table, ctx)
    return language.finalize(language.close(doc, ctx))


def first_rule(rules: Iterable[Callable], *args) -> Any:
    """The result of the first rule in ``rules`` that fires (returns something other than
    ``None``/``False``) on ``args``, else ``None``: how a kind rule or a veto is chosen."""
    for rule in rules:
        found = rule(*args)
        if found is not None and found is not False:
            return found
    return None


def first_veto(vetoes: Iterable[Callable], *args) -> Any:
    """``first_rule`` for vetoes: what the first veto that rules the number out returned."""
    return first_rule(vetoes, *args)


@dataclass
class NumberLook:
    """A number in its sentence before it becomes a candidate, for the vetoes: ``before``
    is the 40 characters before it, ``after`` the rest of the sentence; ``singular`` the
    match of a one-person phrase ("a 12-year-old boy") starting at it, if any."""

    st: str
    num: NumberSpan
    before: str
    after: str
    singular: Optional[re.Match] = None
