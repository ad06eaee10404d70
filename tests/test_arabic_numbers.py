"""Arabic number reading (nlp.arabic_numbers): digits, words, duals, vague amounts, folding."""

from __future__ import annotations

import pytest

from nlp.arabic_numbers import (
    dual_value, fold, fold_with_offsets, parse_arabic_number, read_number, tokenize, word_value,
)


@pytest.mark.parametrize("text, value", [
    # digits: ASCII, Arabic-Indic, Eastern Arabic, separators
    ("23", 23), ("٢٣", 23), ("۱۲", 12), ("١٬٢٠٠", 1200), ("1,200", 1200), ("44.664", 44664),
    ("(436)", 436),
    # words with gender and case forms
    ("ثلاثة", 3), ("ثلاث", 3), ("عشرون", 20), ("عشرين", 20), ("مئة", 100), ("مائة", 100),
    ("مئتين", 200), ("مئتان", 200), ("ألف", 1000), ("ألفين", 2000), ("ألفي", 2000), ("مليونين", 2_000_000),
    ("أحد عشر", 11), ("اثنا عشر", 12), ("ثلاثة عشر", 13), ("خمسة وعشرين", 25), ("واحد وعشرين", 21),
    ("مائتان وخمسة", 205), ("مئة وخمسة وعشرون", 125), ("ثلاثمئة وخمسون", 350), ("ثلاث مئة", 300),
    ("خمسة آلاف", 5000), ("سبعة عشر ألفا", 17000), ("أربعة", 4), ("اربعة", 4),  # hamza-less spelling
    # mixed words and digits, split thousands, scale words
    ("أربعة آلاف و936", 4936), ("(68) ألفًا و(234)", 68234), ("ألفا و200", 1200), ("377 ألف", 377000),
    ("1.5 مليون", 1_500_000), ("12 مليون", 12_000_000),
    # diacritics and tatweel do not matter
    ("ثَلاثَةُ", 3), ("خمســة", 5),
])
def test_parse_arabic_number(text, value):
    assert parse_arabic_number(text) == value


@pytest.mark.parametrize("text", ["خمسة خمسة", "شخص", "", "2.5", "و102"])
def test_not_one_number(text):
    assert parse_arabic_number(text) is None


def test_vague_amounts_are_flagged_with_a_lower_bound():
    for text, value in (("عشرات", 30), ("العشرات", 30), ("مئات", 300), ("آلاف", 3000),
                        ("عشرات الآلاف", 30000), ("مئات الآلاف", 300000)):
        toks = [t for t, _, _ in tokenize(fold_with_offsets(text)[0])]
        r = read_number(toks, 0)
        assert r is not None and r.vague and r.value == value, text


def test_read_number_stops_before_the_next_number_and_reports_its_end():
    toks = [t for t, _, _ in tokenize(fold_with_offsets("إلى (68) ألفًا و(234) شهيدًا، و(170) ألفًا")[0])]
    r = read_number(toks, 1)
    assert r.value == 68234
    assert toks[r.end] == "شهيدا"
    # "و" before a noun is not part of the number
    toks = [t for t, _, _ in tokenize(fold("52 عسكريا و18 مدنيا"))]
    assert read_number(toks, 0).value == 52 and read_number(toks, 0).end == 1


def test_word_value_knows_gender_case_and_conjunction():
    assert word_value("ثلاثه") == (3, "unit")
    assert word_value("وعشرين") == (20, "ten")
    assert word_value("مئتين") == (200, "hundred")
    assert word_value("شخص") is None


@pytest.mark.parametrize("word", ["طفلين", "طفلان", "شخصان", "شخصين", "سيدتين", "سيدتان", "امراتان",
                                  "مدنيان", "عنصرين", "وطفلان", "شابين", "طفلاهما"])
def test_duals(word):
    assert dual_value(word) == 2


@pytest.mark.parametrize("word", ["مدنيين", "مقاتلين", "اطفال", "طفل", "مواطنين", "يومين", "صحفيين", "عسكريين"])
def test_not_duals(word):
    # -ين forms that are also sound plurals (مدنيين) are not read as duals; days are not people
    assert dual_value(word) is None


def test_fold_keeps_length_and_offsets_map_back():
    text = "قُتِلَ ٣ أشخاصٍ في إدلـــب، وأُصيب ١٢"
    assert len(fold(text)) == len(text)
    folded, offsets = fold_with_offsets(text)
    assert "ـ" not in folded and "\u064f" not in folded
    i = folded.index("12")
    assert text[offsets[i]:offsets[i + 1] + 1] == "١٢"
    assert offsets[len(folded)] == len(text)
    plain, none = fold_with_offsets("قتل 3 أشخاص")
    assert none is None and plain == "قتل 3 اشخاص"


@pytest.mark.parametrize("text, value", [
    # the dual in construct before its noun: "ألفا شخص" = 2000, "مئتا" = 200
    ("ألفا شخص", 2000), ("مئتا شخص", 200), ("مائتا جريح", 200), ("مليونا نازح", 2_000_000),
    # the same letters with tanween are 1000 / a million: after a number, before "من" or "و"
    ("50 ألفاً و21", 50021), ("ألفاً من المدنيين", 1000), ("ألفاً وخمسمئة", 1500), ("12 ألفا", 12000),
])
def test_dual_in_construct_and_tanween_forms(text, value):
    r = read_number([t for t, _, _ in tokenize(fold_with_offsets(text)[0])], 0)
    assert r is not None and r.value == value


@pytest.mark.parametrize("text, value", [
    # fractions of a scale word, "and a half", a decimal comma before a scale word
    ("نصف مليون", 500_000), ("ربع مليون", 250_000), ("مليون ونصف", 1_500_000), ("مليون ونصف المليون", 1_500_000),
    ("3 آلاف ونصف", 3500), ("2,5 مليون", 2_500_000), ("٢٫٥ مليون", 2_500_000), ("1,200", 1200),
])
def test_fractions_and_decimal_commas(text, value):
    r = read_number([t for t, _, _ in tokenize(fold_with_offsets(text)[0])], 0)
    assert r is not None and r.value == value


def test_half_without_a_scale_word_is_no_number():
    assert read_number(["نصف", "القتلي"], 0) is None
    assert [t for t, _, _ in tokenize(fold("قتل 2، 5 مدنيين"))][1:4] == ["2", ",", "5"]


def test_a_second_number_of_the_same_scale_is_not_added():
    """"ما بين عشرة آلاف وخمسة عشر ألف": two numbers (a range), not 25,000."""
    words = [t for t, _, _ in tokenize(fold_with_offsets("عشرة آلاف وخمسة عشر ألف شخص")[0])]
    r = read_number(words, 0)
    assert (r.value, r.end) == (10_000, 2)
    assert read_number(words, 2).value == 15_000
    assert parse_arabic_number("أحد عشر ألفاً وخمسمئة") == 11_500
    assert parse_arabic_number("مليون ومئتا ألف") == 1_200_000
