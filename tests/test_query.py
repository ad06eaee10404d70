"""The one query language (``indexing.query``): parsing, and the same tree as FTS5, Elasticsearch,
canonical text and a match on one text. The same queries on both search backends and on alert
matching are in ``tests/test_search_backends.py``."""

from __future__ import annotations

import sqlite3

import pytest

from indexing.query import (And, Not, Or, QueryError, Term, Text, matches, parse, to_es, to_fts5,
                            to_simple_query_string)


def t(*words, prefix=False):
    return Term(tuple(words), prefix)


@pytest.mark.parametrize("query, tree", [
    ("shelling", t("shelling")),
    ("Shelling Idlib", And((t("shelling"), t("idlib")))),
    ("shelling +Idlib", And((t("shelling"), t("idlib")))),
    ("shelling | airstrike", Or((t("shelling"), t("airstrike")))),
    ("shelling OR airstrike", Or((t("shelling"), t("airstrike")))),  # OR in capitals is |
    ("shelling or airstrike", And((t("shelling"), t("or"), t("airstrike")))),  # in lower case, a word
    ("shelling AND NOT children", And((t("shelling"), Not(t("children"))))),
    ("shelling -children", And((t("shelling"), Not(t("children"))))),
    ('"main market"', t("main", "market")),
    ("al-Bab", t("al", "bab")),  # a hyphen inside a word is not an operator
    ("civilian*", t("civilian", prefix=True)),
    ('"main mark"*', t("main", "mark", prefix=True)),
    ("«السوق المركزي»", t("السوق", "المركزي")),
    # left to right, no precedence, as Lucene's SimpleQueryParser
    ("a b | c", Or((And((t("a"), t("b"))), t("c")))),
    ("a | b c", And((Or((t("a"), t("b"))), t("c")))),
    ("a | (b c)", Or((t("a"), And((t("b"), t("c")))))),
    ("a -(b | c)", And((t("a"), Not(Or((t("b"), t("c"))))))),
    ("--a", t("a")),
    # stray syntax is forgiven, as simple_query_string does
    ('"unclosed phrase', t("unclosed", "phrase")),
    ("(a b", And((t("a"), t("b")))),
    ("a) | b", Or((t("a"), t("b")))),
    ("| a +", t("a")),
    ("إِدْلِب ١٥", And((t("ادلب"), t("15")))),
])
def test_parse(query, tree):
    assert parse(query) == tree


@pytest.mark.parametrize("query", ["", "   ", ",,", "AND", "( )"])
def test_empty_queries_search_nothing_by_text(query):
    assert parse(query) is None


@pytest.mark.parametrize("query", ["-children", "a | -b", "-(a b)", "(a | -b) c"])
def test_a_query_that_only_excludes_is_refused_with_its_text(query):
    with pytest.raises(QueryError, match="needs a word that must match") as err:
        parse(query)
    assert repr(query) in str(err.value)


@pytest.mark.parametrize("query", ["a b | c", "a -(b | c)", '"main mark"*', "x | (y -z)"])
def test_canonical_text_parses_to_the_same_tree(query):
    assert parse(to_simple_query_string(parse(query))) == parse(query)


@pytest.mark.parametrize("query", ["a b | c", "a -(b | c)", '"main mark"*', "x | (y -z) w", "kill*"])
def test_fts5_expression_is_valid_fts5(query):
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE f USING fts5(title, body, stems)")
    db.execute("INSERT INTO f VALUES ('a b', 'c', 'a b c')")
    db.execute("SELECT rowid FROM f WHERE f MATCH ?", (to_fts5(parse(query), "title body"),)).fetchall()


def test_es_query_shape():
    q = to_es(parse("shelling -children"), ["search.text_*"])
    must, must_not = q["bool"]["must"], q["bool"]["must_not"]
    assert must[0]["bool"]["should"][1] == {"match": {"search.stems": {"query": "shell", "boost": 0.5}}}
    assert must_not[0]["bool"]["should"][0]["multi_match"]["query"] == "children"
    assert to_es(parse("kill*"), ["x"]) == {"multi_match": {"query": "kill", "fields": ["x"],
                                                           "type": "phrase_prefix", "max_expansions": 1000}}


TEXT = Text("Market strike in Ariha", "Warplanes struck a market in Ariha; the civilians killed include children.",
            None)


@pytest.mark.parametrize("query, expected", [
    ("market civilian*", True),
    ("market -children", False),
    ("drone | warplanes", True),
    ("drone OR warplanes", True),
    ('"a market in Ariha"', True),
    ('"market in Idlib"', False),
    ("civil", False),  # whole words (or their stem), unless a prefix*
    ("killing", True),  # the stem of "killed"
    ('"ariha warplanes"', False),  # a phrase never runs from the title into the text
    ("(drone | shelling) market", False),
])
def test_matches(query, expected):
    assert matches(parse(query), TEXT) is expected


def test_matches_arabic_folded():
    text = "قصف مدفعي على مدينة إدلب"
    assert matches(parse("قصف"), text) and matches(parse("مدفعى"), text) and matches(parse("ادلب"), text)
