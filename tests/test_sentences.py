"""nlp.sentences: the one sentence splitter (issue 14, the house: one home per job).

The casualty extractors (English and Arabic), the translation and the NER windows all cut text
into sentences with ``nlp.sentences.split_sentences``; model-length pieces are built on top of
it (``split_long``)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from nlp import sentences
from nlp.sentences import Sentence, split_long, split_sentences

ROOT = Path(__file__).resolve().parent.parent


def test_sentences_are_sentence_tuples_with_offsets_into_the_text():
    text = "Gen. Smith said 5 were killed since Oct. 7, 2023.Then 3 more. approx. 4 • A: 1\nB: 2"
    sents = split_sentences(text)
    assert [s.text for s in sents] == [
        "Gen. Smith said 5 were killed since Oct. 7, 2023.", "Then 3 more.", "approx. 4", "• A: 1", "B: 2"]
    assert all(isinstance(s, Sentence) and text[s.start:s.end] == s.text for s in sents)


def test_a_stretch_of_the_text_gives_offsets_into_the_whole_text():
    text = "Intro. قتل 1.5 ألف شخص. وأصيب آخرون؟ نعم. Outro."
    a, b = text.index("قتل"), text.index(" Outro")
    sub = split_sentences(text, a, b)
    assert [s.text for s in sub] == ["قتل 1.5 ألف شخص.", "وأصيب آخرون؟", "نعم."]
    assert all(text[s.start:s.end] == s.text for s in sub)


def test_split_long_builds_on_the_sentences():
    text = "one two three, four five six, seven eight. Short."
    too_long = lambda s: len(s.split()) > 4  # noqa: E731
    first, second = split_sentences(text)
    assert [text[s:e] for s, e in split_long(text, first, too_long)] == ["one two three,", "four five six,",
                                                                           "seven eight."]
    assert split_long(text, second, too_long) == [(second.start, second.end)]


def test_the_arabic_extractor_reads_the_same_sentences_as_token_ranges():
    from nlp.arabic_numbers import fold_with_offsets, tokenize
    from nlp.casualties.arabic import _reading, _sentences

    text = "قتل 1.5 ألف شخص. وأصيب 3 آخرون\nالحصيلة: 7"
    folded, offmap = fold_with_offsets(text)
    rd = _reading(text, folded, offmap, tokenize(folded))
    got = [" ".join(rd.words[a:b]) for a, b in _sentences(rd)]
    assert got == ["قتل 1.5 الف شخص .", "واصيب 3 اخرون", "الحصيله : 7"]


def _defines(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {n.name for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.ClassDef))}


def test_there_is_one_sentence_splitter_and_the_others_import_it():
    """No module but nlp/sentences.py defines a splitter or a sentence-end pattern; the
    extractors, the translation and the NER windows import it."""
    # the two shapes sentence-end patterns had: "\n+|[.!?..." and "(?<=[.!?...])\s+|\n+"
    sentence_end = re.compile(r"""re\.compile\(r?["'](?:\\n\+\||\(\?<=\[\.!\?)""")
    others = []
    for folder in ("nlp", "indexing", "incidents", "alerts", "pipeline", "crawlers", "cli", "tollwatch"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            if path == ROOT / "nlp" / "sentences.py":
                continue
            if _defines(path) & {"split_sentences", "Sentence"} or sentence_end.search(path.read_text(encoding="utf-8")):
                others.append(str(path.relative_to(ROOT)))
    assert others == []

    from nlp import entities, translation
    from nlp.casualties import arabic, common, english

    for module in (common, english, arabic, translation, entities):
        assert module.split_sentences is sentences.split_sentences, module.__name__
    assert common.Sentence is english.Sentence is Sentence
