"""The types the English rules read and write: a number candidate, its look in the sentence,
and the state an English reading carries from one sentence to the next.

``Candidate`` is a number that may be a casualty figure (character offsets into its sentence);
``NumberLook`` is a number before it becomes a candidate, for the vetoes; ``Look`` is one
candidate in its sentence, for the kind rules; ``EnglishContext`` is ``engine.Context`` with
the list and last-total state. Used by ``nlp.casualties.english`` and ``nlp.casualties.en.rules``;
the Arabic rules have their own token-based types (``nlp.casualties.ar.rules``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from nlp.casualties.engine import Context
from nlp.numbers import NumberSpan

__all__ = ["Candidate", "EnglishContext", "Look", "NumberLook"]


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
class EnglishContext(Context):
    """``engine.Context`` with what an English list or table carries from line to line."""

    list_kind: Optional[str] = None  # kind announced by a list/table header
    list_parent: Optional[int] = None  # figure index the list breaks down
    list_active: bool = False
    list_distributes: bool = False  # the header distributes a toll ("The civilian fatalities were distributed as follows:")
    list_by_perpetrator: bool = False  # the header names who killed ("by perpetrator:"): row labels are perpetrators
    list_group: Optional[str] = None  # the header names the people its rows count ("details of the attackers:")
    last_kind: Optional[str] = None
    last_top: Optional[int] = None  # the latest top-level figure (a header's list breaks it down)
    last_top_end: int = -1


class Look:
    """One candidate (``c``) in its sentence, with the text around it that rules read.

    ``near`` is the 90 characters before the number (not reaching back past the previous
    candidate's victims phrase), ``left`` the 220 before it with the same limit,
    ``full_left`` the 260 before it, ``after`` the text from the end of its victims phrase
    to the next candidate; ``head`` its victims head noun in lower case; ``memo`` holds
    what one rule found for the next ones."""

    __slots__ = ("st", "cands", "i", "link", "ctx", "c", "head", "left", "near", "full_left", "after", "memo")

    def __init__(self, st: str, cands: list[Candidate], i: int, link: list[Optional[str]], ctx: EnglishContext) -> None:
        c = cands[i]
        self.st, self.cands, self.i, self.link, self.ctx, self.c = st, cands, i, link, ctx, c
        self.head = (c.head or "").lower()
        left_start = cands[i - 1].np_end if i else 0
        self.left = st[max(left_start, c.start - 220):c.start]
        self.near = self.left[-90:]
        self.full_left = st[max(0, c.start - 260):c.start]
        self.after = st[c.np_end:cands[i + 1].start] if i + 1 < len(cands) else st[c.np_end:]
        self.memo: dict = {}


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
