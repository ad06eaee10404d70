"""nlp.numbers: digits with separators, Arabic-Indic digits, glued numbers, English number words."""

import pytest

from nlp.numbers import find_numbers, parse_digits, words_to_int


@pytest.mark.parametrize("text,value", [
    ("1,200", 1200), ("1.200", 1200), ("١٬٢٠٠", 1200), ("۱۲۰۰", 1200), ("14,227", 14227),
    ("44.664", 44664), ("1 200", 1200), ("7", 7), ("٣٤", 34),
])
def test_parse_digits(text, value):
    assert parse_digits(text) == value


@pytest.mark.parametrize("text", ["2.5", "", "abc", "1,20"])
def test_parse_digits_rejects_non_integers(text):
    assert parse_digits(text) is None


@pytest.mark.parametrize("phrase,value", [
    ("twelve", 12), ("two hundred and five", 205), ("forty-two", 42), ("a dozen", 12), ("half a dozen", 6),
    ("two million", 2_000_000), ("one", 1), ("fourteen thousand two hundred", 14200),
])
def test_words_to_int(phrase, value):
    assert words_to_int(phrase) == value


def test_words_to_int_rejects_non_numbers():
    assert words_to_int("several") is None


def values(text):
    return [(text[n.start:n.end], n.value) for n in find_numbers(text)]


def test_numbers_glued_to_words_are_found():
    assert values("death of 4075people, killing of204 and 1033rebels") == [
        ("4075", 4075), ("204", 204), ("1033", 1033)]


def test_ordinals_codes_and_decimals_are_not_numbers():
    assert values("the 20th of October, the 1st Division, F-16 jets, COVID-19, 2.5 km") == []


def test_scales_and_words():
    assert values("1.5 million people, two hundred and five civilians, 2 million") == [
        ("1.5 million", 1_500_000), ("two hundred and five", 205), ("2 million", 2_000_000)]


def test_word_numbers_joined_by_and_split_when_not_one_number():
    assert values("ten and twelve") == [("ten", 10), ("twelve", 12)]


def test_vague_amounts_are_flagged_with_lower_bound():
    spans = find_numbers("dozens of people and tens of thousands of others")
    assert [(s.value, s.vague) for s in spans] == [(24, True), (20_000, True)]


def test_arabic_indic_digits_keep_offsets():
    text = "قتل ١٢٣ شخصا"
    (n,) = find_numbers(text)
    assert n.value == 123 and text[n.start:n.end] == "١٢٣"


def test_a_hundred_is_one_number():
    spans = find_numbers("wounded close to a hundred, and a thousand fled")
    assert [(s.value, s.start) for s in spans] == [(100, 17), (1000, 32)]
    assert [s.value for s in find_numbers("a hundred and fifty people")] == [150]
    assert find_numbers("a man and a woman") == []


def test_numbers_are_found_where_the_full_scan_finds_them():
    """``find_numbers`` tries its pattern only where a number can start: the matches are
    those of trying every position (``_NUMBERS.finditer``), on words, digits, glued forms."""
    import random

    from nlp import numbers

    words = list(numbers.NUMBER_WORDS) + ["a", "an", "half", "dozen", "dozens", "tens", "of", "thousands", "hundreds",
                                          "scores", "and", "-", "F-16", "12", "1,200", "3.5", "٣٤", "the", "Two",
                                          "ſeven", "20th", "COVID-19", "4075people", "of204", "x", ",", "."]
    rng = random.Random(11)
    for _ in range(3000):
        text = "".join(rng.choice(words) + rng.choice(["", " ", " ", "-", "\n"]) for _ in range(rng.randint(1, 9)))
        assert [m.span() for m in numbers._number_matches(text)] == [m.span() for m in numbers._NUMBERS.finditer(text)]
