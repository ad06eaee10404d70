"""The reading loop of the casualty extractor, shared by English and Arabic.

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

A language plugs in with an object of these hooks and ``new_context()`` (the ``Context`` it
carries from sentence to sentence, with its own state added): ``nlp.casualties.english.ENGLISH``
(character spans; its rule types in ``nlp.casualties.en.types``) and
``nlp.casualties.arabic.ARABIC`` (folded tokens; its rule types in ``nlp.casualties.ar.rules``).
Nothing here is specific to a language. Rules are small named functions; a rule that decides a
kind records its name on the figure (``CasualtyFigure.rule``), so ``tollwatch eval --by-rule``
measures each rule's precision.

Pure, no I/O, nothing configurable: the rule tables of each language are the
configuration (``nlp.casualties.en.lexicon``/``rules``, ``nlp.casualties.ar.lexicon``/``rules``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Callable, Iterable, Optional, Protocol

from tollwatch.records import CasualtyFigure
from nlp.casualties.calibration import calibrate

__all__ = ["Context", "Language", "read", "first_rule", "first_veto"]


@dataclass
class Context:
    """What the reading loop carries from one sentence to the next: the figures read so far and
    whether the previous sentence gave any ("Of these, 121 …" refers to them). A language adds
    its own state in a subclass (``language.new_context()``)."""

    figures: list[CasualtyFigure] = field(default_factory=list)
    prev_figs: bool = False


class Language(Protocol):
    """What the reading loop needs from a language (see the module docstring)."""

    code: str

    def new_context(self) -> Context: ...

    def open(self, text: str, published: Optional[date]) -> Any: ...

    def sentences(self, doc: Any) -> Iterable[Any]: ...

    def is_table_row(self, doc: Any, sentence: Any) -> bool: ...

    def read_table(self, doc: Any, rows: list, ctx: Context) -> None: ...

    def read_sentence(self, doc: Any, sentence: Any, ctx: Context) -> None: ...

    def close(self, doc: Any, ctx: Context) -> list[CasualtyFigure]: ...

    def finalize(self, figures: list[CasualtyFigure]) -> list[CasualtyFigure]: ...


def read(text: str, published: Optional[date], language: Language) -> list[CasualtyFigure]:
    """Casualty figures in ``text`` read with ``language``'s rules, in text order, with
    restatements merged, revisions linked and each figure's measured ``confidence``
    (``calibration.calibrate``)."""
    if not text or not text.strip():
        return []
    doc = language.open(text, published)
    if doc is None:
        return []
    ctx = language.new_context()
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
    figures = language.finalize(language.close(doc, ctx))
    calibrate(figures)
    return figures


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
