"""The sentence-wide shortcuts of the English extractor (issue 15 §3) skip only work that finds
nothing: on every sentence of the English fixtures and the blind sets (and their lower- and
upper-case forms), each shortcut agrees with running what it skips."""

from __future__ import annotations

import json
from pathlib import Path

from nlp.casualties import english
from nlp.casualties.common import split_sentences
from nlp.casualties.en import rules
from nlp.casualties.en.types import NumberLook

ROOT = Path(__file__).resolve().parent.parent
TEXTS = sorted((ROOT / "tests" / "data" / "bulletins" / "en").glob("*.json")) \
    + sorted((ROOT / "tests" / "data").glob("blind*/en/*.json"))


def sentences():
    for path in TEXTS:
        text = json.loads(path.read_text(encoding="utf-8"))["text"]
        for variant in (text, text.lower(), text.upper()):
            for sent in split_sentences(variant):
                yield sent.text


def test_a_sentence_without_a_time_anchor_has_no_time_phrase():
    skipped = 0
    for st in sentences():
        if not english._may_hold_time(st, english._tokens(st)):
            skipped += 1
            assert list(rules.TIME.finditer(st)) == [], st
    assert skipped > 1000


def test_the_vetoes_a_sentence_skips_fire_on_none_of_its_numbers():
    """``rules.vetoes_for`` leaves out only vetoes that rule out no number of the sentence."""
    n = 0
    for st in sentences():
        kept = set(rules.vetoes_for(st, rules.NUMBER_VETO_TESTS))
        nums, single_at, _ = english._numbers(st, english._tokens(st))
        for num in nums:
            look = NumberLook(st, num, st[max(0, num.start - 40):num.start], st[num.end:], single_at.get(num.start))
            for veto in rules.NUMBER_VETOES:
                if veto not in kept:
                    assert not veto(look), (veto.__name__, st)
                    n += 1
    assert n > 10000


def test_rows_and_labels_need_their_mark():
    for st in sentences():
        if ":" not in st:
            assert rules.LABEL_START.match(st) is None
        if "|" not in st:
            assert not (rules.PIPE_ROW.match(st) or rules.PIPE_PAIR_ROW.match(st) or rules.PIPE_PAIR_HEADER.match(st))


def test_a_gated_substitution_equals_the_pattern_s():
    for st in sentences():
        for cut in (len(st), len(st) // 2, len(st) // 3):
            assert rules.QUAL_TAIL.sub("", st[:cut]) == rules.QUAL_TAIL.rx.sub("", st[:cut])
