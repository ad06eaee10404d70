"""tollwatch's one query language: Elasticsearch's ``simple_query_string`` grammar, parsed once.

``tollwatch search``, the alert rules' ``query`` and the Kibana rules exported from them all read a
query with ``parse(text)`` and then translate the same tree:

* ``to_fts5(node, columns)``: an SQLite FTS5 MATCH expression (the embedded search store);
* ``to_es(node, fields)``: an Elasticsearch bool query (the Elasticsearch backend and the Kibana
  rules' ``esQuery``);
* ``to_simple_query_string(node)``: the canonical query text, which Kibana's and Elasticsearch's
  own ``simple_query_string`` read the same way;
* ``matches(node, text)``: whether one text matches (alert rules, evaluated on a bulletin).

The grammar (docs/query.md is the user's reference)::

    word        a word; every word must match (the default operator is AND)
    "a b c"     the words next to each other, in this order (also «…» and “…”)
    word*       a prefix: any word that starts with "word" (also at the end of a phrase)
    a | b       either (OR)
    +a          a must match (the default anyway)
    -a          a must not match (also -"a b", -(a | b))
    ( … )       grouping

Like Lucene's SimpleQueryParser, operators combine left to right without precedence:
``a b | c`` is ``(a b) | c`` and ``a | b c`` is ``(a | b) c``; use parentheses to say otherwise.
``OR``, ``AND`` and ``NOT`` written in capitals between words are read as ``|``, ``+`` and ``-``
(in lower case they are ordinary words). Like ``simple_query_string``, the parser never fails on
stray syntax (an unclosed quote or parenthesis closes at the end, a lone operator is ignored); it
refuses only a query that cannot select anything by itself: ``QueryError`` when an alternative
holds only excluded words (``-a``, ``a | -b``).

Every word is folded as the documents are (``indexing.text.fold``: case, Arabic letter variants,
diacritics, digits), so ``"al-Bab"`` is the phrase ``al bab``. A plain word also matches the words
sharing its stem ("killing" finds "killed"; ``indexing.text.stem``); a phrase or a prefix matches
the folded words as written. Pure functions, no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Optional, Union

from indexing.text import fold, stem, tokens


class QueryError(ValueError):
    """A query that cannot be searched; the message quotes it and says why."""


@dataclass(frozen=True)
class Term:
    """One folded word, or several next to each other (a phrase); ``prefix``: the last is a prefix."""

    words: tuple[str, ...]
    prefix: bool = False


@dataclass(frozen=True)
class Not:
    node: "Node"


@dataclass(frozen=True)
class And:
    items: tuple["Node", ...]


@dataclass(frozen=True)
class Or:
    items: tuple["Node", ...]


Node = Union[Term, Not, And, Or]

_OPEN_QUOTES = {'"': '"', "«": "»", "“": "”"}
_SPECIAL = set('"«“()|+')
_WORD_OPS = {"OR": "|", "AND": "+", "NOT": "-"}


def _lex(text: str) -> list[tuple[str, Any]]:
    """Tokens: ("(",) (")",) ("|",) ("+",) ("-",) ("word", (text, prefix)) ("phrase", (text, prefix))."""
    out: list[tuple[str, Any]] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch in _OPEN_QUOTES:
            close = text.find(_OPEN_QUOTES[ch], i + 1)
            end = n if close < 0 else close
            body = text[i + 1 : end]
            i = end + 1
            prefix = i < n and text[i] == "*"
            if prefix:
                i += 1
            out.append(("phrase", (body, prefix)))
        elif ch in "()|+":
            out.append((ch, None))
            i += 1
        elif ch == "-":  # NOT only at the start of a word; inside one ("al-Bab") it is part of it
            out.append(("-", None))
            i += 1
        else:
            j = i
            while j < n and not text[j].isspace() and text[j] not in _SPECIAL:
                j += 1
            word = text[i:j]
            i = j
            if word in _WORD_OPS:
                out.append((_WORD_OPS[word], None))
                continue
            prefix = word.endswith("*")
            out.append(("word", (word.rstrip("*"), prefix)))
    return out


def _term(body: str, prefix: bool) -> Optional[Term]:
    words = tuple(tokens(body))
    return Term(words, prefix) if words else None


class _Parser:
    def __init__(self, toks: list[tuple[str, Any]]):
        self.toks, self.pos = toks, 0

    def group(self, depth: int) -> Optional[Node]:
        """Operands combined left to right, as Lucene's SimpleQueryParser does."""
        top: Optional[Node] = None
        op = "+"
        negate = False
        while self.pos < len(self.toks):
            kind, value = self.toks[self.pos]
            self.pos += 1
            if kind == ")":
                if depth > 0:
                    break
                continue  # a stray ")" is ignored
            if kind in ("|", "+"):
                op = kind
                continue
            if kind == "-":
                negate = not negate
                continue
            if kind == "(":
                node = self.group(depth + 1)
            else:
                node = _term(*value)
            if node is None:
                negate = False
                continue
            if negate:
                node = node.node if isinstance(node, Not) else Not(node)
            top = node if top is None else _combine(top, node, op)
            op, negate = "+", False
        return top


def _combine(left: Node, right: Node, op: str) -> Node:
    cls = Or if op == "|" else And
    if isinstance(left, cls):
        return cls(left.items + (right,))
    return cls((left, right))


def _positive(node: Node) -> bool:
    """Whether the node selects documents by itself (not only excludes them), and so does every
    alternative, group and excluded group inside it (FTS5, like most engines, has no "OR NOT")."""
    if isinstance(node, Term):
        return True
    if isinstance(node, Not):
        return False
    if isinstance(node, Or):
        return all(_positive(i) for i in node.items)
    kept = [i for i in node.items if not isinstance(i, Not)]
    excluded = [i.node for i in node.items if isinstance(i, Not)]
    return bool(kept) and all(_positive(i) for i in kept + excluded)


@lru_cache(maxsize=1024)
def parse(text: Optional[str]) -> Optional[Node]:
    """The query tree of ``text``, or ``None`` for an empty query (nothing searchable in it).

    Raises ``QueryError`` when an alternative holds only excluded words."""
    if not text or not text.strip():
        return None
    node = _Parser(_lex(text)).group(0)
    if node is None:
        return None
    if not _positive(node):
        raise QueryError(f"query {text!r}: every alternative needs a word that must match "
                         f"(a '-word' only excludes; write e.g. 'shelling -children')")
    return node


# -- what a query asks for --------------------------------------------------------
def positive_terms(node: Optional[Node]) -> list[Term]:
    """The terms a match must or may contain (not the excluded ones): what highlighting marks."""
    if node is None or isinstance(node, Not):
        return []
    if isinstance(node, Term):
        return [node]
    return [t for i in node.items for t in positive_terms(i)]


def highlight_stems(node: Optional[Node]) -> set[str]:
    """Stems of the plain (one-word, not prefix) positive terms: their other forms are highlighted too."""
    return {stem(t.words[0]) for t in positive_terms(node) if len(t.words) == 1 and not t.prefix}


# -- SQLite FTS5 ------------------------------------------------------------------------
def _fts_leaf(t: Term, columns: str) -> str:
    # the words are folded (letters and digits only), so quoting them is always safe
    phrase = f'{{{columns}}} : "{" ".join(t.words)}"' + (" *" if t.prefix else "")
    if len(t.words) == 1 and not t.prefix:
        return f'({phrase} OR stems : "{stem(t.words[0])}")'
    return phrase


def to_fts5(node: Node, columns: str) -> str:
    """An FTS5 MATCH expression over ``columns`` (space-separated; ``stems`` is the stems column).
    FTS5's NOT is binary, so a conjunction is written ``(positives) NOT neg NOT neg``."""
    if isinstance(node, Term):
        return _fts_leaf(node, columns)
    if isinstance(node, Or):
        return "(" + " OR ".join(to_fts5(i, columns) for i in node.items) + ")"
    if isinstance(node, Not):  # only inside a conjunction (parse() refuses the rest)
        raise QueryError("a negation needs a word that must match")
    pos = [to_fts5(i, columns) for i in node.items if not isinstance(i, Not)]
    neg = [to_fts5(i.node, columns) for i in node.items if isinstance(i, Not)]
    out = "(" + " AND ".join(pos) + ")"
    for n in neg:
        out = f"({out} NOT {n})"
    return out


# -- Elasticsearch ----------------------------------------------------------------------
def _es_leaf(t: Term, fields: list[str], stems_field: Optional[str]) -> dict[str, Any]:
    text = " ".join(t.words)
    if t.prefix:
        return {"multi_match": {"query": text, "fields": fields, "type": "phrase_prefix", "max_expansions": 1000}}
    exact = {"multi_match": {"query": text, "fields": fields,
                             "type": "phrase" if len(t.words) > 1 else "best_fields", "operator": "and",
                             "zero_terms_query": "all"}}
    if len(t.words) > 1 or not stems_field:
        return exact
    # the exact word, or (ranked lower) its stem
    return {"bool": {"should": [exact, {"match": {stems_field: {"query": stem(t.words[0]), "boost": 0.5}}}],
                     "minimum_should_match": 1}}


def to_es(node: Node, fields: list[str], stems_field: Optional[str] = "search.stems") -> dict[str, Any]:
    """The Elasticsearch query for ``node`` over the folded ``fields`` (and the stems field)."""
    if isinstance(node, Term):
        return _es_leaf(node, fields, stems_field)
    if isinstance(node, Not):
        return {"bool": {"must_not": [to_es(node.node, fields, stems_field)]}}
    if isinstance(node, Or):
        return {"bool": {"should": [to_es(i, fields, stems_field) for i in node.items], "minimum_should_match": 1}}
    must = [to_es(i, fields, stems_field) for i in node.items if not isinstance(i, Not)]
    must_not = [to_es(i.node, fields, stems_field) for i in node.items if isinstance(i, Not)]
    out: dict[str, Any] = {"must": must}
    if must_not:
        out["must_not"] = must_not
    return {"bool": out}


def to_simple_query_string(node: Node) -> str:
    """The canonical text of the query (folded words, explicit operators and parentheses)."""
    if isinstance(node, Term):
        body = " ".join(node.words)
        star = "*" if node.prefix else ""
        return (f'"{body}"{star}' if len(node.words) > 1 else f"{body}{star}")
    if isinstance(node, Not):
        inner = to_simple_query_string(node.node)
        return f"-({inner})" if isinstance(node.node, (And, Or)) else f"-{inner}"
    sep = " | " if isinstance(node, Or) else " "
    parts = [to_simple_query_string(i) if isinstance(i, (Term, Not)) else f"({to_simple_query_string(i)})"
             for i in node.items]
    return sep.join(parts)


# -- one text (alert rules) -------------------------------------------------------------
class Text:
    """A text folded once, to be matched against queries: its words and their stems."""

    def __init__(self, *parts: Optional[str]):
        folded = [fold(p).split() for p in parts if p]
        self.words = [w for ws in folded for w in ws]
        # "\x00" between the parts: a phrase never runs from the title into the text
        self.joined = " " + " \x00 ".join(" ".join(ws) for ws in folded) + " "
        self._stems: Optional[set[str]] = None

    @property
    def stems(self) -> set[str]:
        if self._stems is None:
            self._stems = {stem(w) for w in self.words}
        return self._stems

    def has(self, t: Term) -> bool:
        body = " ".join(t.words)
        if t.prefix:
            return re.search(r" " + re.escape(body), self.joined) is not None
        if f" {body} " in self.joined:
            return True
        return len(t.words) == 1 and stem(t.words[0]) in self.stems


def matches(node: Optional[Node], text: "Text | str") -> bool:
    """Whether ``text`` (a string, or ``Text(title, body, translation)``) matches the query, with
    the search backends' semantics (an empty query matches everything)."""
    if node is None:
        return True
    if isinstance(text, str):
        text = Text(text)
    if isinstance(node, Term):
        return text.has(node)
    if isinstance(node, Not):
        return not matches(node.node, text)
    if isinstance(node, Or):
        return any(matches(i, text) for i in node.items)
    return all(matches(i, text) for i in node.items)
