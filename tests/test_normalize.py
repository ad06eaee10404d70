"""nlp.normalize: the one home of the text folds (issue 14, the house: one home per job).

The search fold, the names/places normalisation and the Arabic extractor's offset-keeping fold
are built on the same tables (letter variants, digits, separators, diacritics, tatweel)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from nlp import arabic_numbers
from nlp.normalize import (
    ARABIC_MARKS,
    fold_arabic,
    fold_arabic_with_offsets,
    fold_for_search,
    fold_for_search_offsets,
    normalize_arabic,
    normalize_digits,
    normalize_for_search,
)

ROOT = Path(__file__).resolve().parent.parent
TEXT = "قُتِلَ ١٬٢٠٠ شخصٍ فـي إدلب ومؤسسة ٫٥؟ «نعم» ی"


def test_the_folds_agree_on_letters_digits_and_diacritics():
    assert normalize_digits("١٬٢٠٠ و۳٫۵") == "1,200 و3.5"
    assert normalize_arabic("قُتِلَ ١٢ فـي إدلب، مؤسسة") == "قتل 12 في ادلب, موسسه"
    assert normalize_for_search("Syria's إدلب") == "syria's ادلب"
    assert fold_for_search("Syria's ١٬٢٠٠") == "syria s 1 200"
    folded, offsets = fold_arabic_with_offsets(TEXT)
    assert folded == 'قتل 1,200 شخص في ادلب وموسسه .5? "نعم" ي'
    # the extractor's fold drops what the search fold drops, and folds letters the same way
    assert folded.replace(",", " ").replace("?", " ").replace('"', " ").replace(".", " ").split()[:5] == \
        fold_for_search(TEXT).split()[:5] == ["قتل", "1", "200", "شخص", "في"]


def test_the_extractor_fold_keeps_the_length_and_maps_offsets_back():
    assert len(fold_arabic(TEXT)) == len(TEXT)
    folded, offsets = fold_arabic_with_offsets(TEXT)
    assert len(offsets) == len(folded) + 1 and offsets[-1] == len(TEXT)
    assert all(fold_arabic(TEXT[offsets[i]]) == ch for i, ch in enumerate(folded))
    assert fold_arabic_with_offsets("قتل 3 أشخاص") == ("قتل 3 اشخاص", None)
    text = "Syria's إدلب"
    f, starts = fold_for_search_offsets(text)
    assert len(starts) == len(f) and text[starts[f.index("ادلب")]] == "إ"


@pytest.mark.parametrize("ch", ["\u064b", "\u0651", "\u0670", "\u06d6", "\u0640", "\u0610"])
def test_arabic_marks_are_what_the_folds_drop(ch):
    assert ARABIC_MARKS.fullmatch(ch)
    assert normalize_arabic("ا" + ch) == "ا" and fold_arabic_with_offsets("ا" + ch)[0] == "ا"


def test_the_arabic_number_reader_and_the_lexicon_use_these_tables():
    from nlp.casualties.ar import lexicon

    assert arabic_numbers.fold is fold_arabic
    assert arabic_numbers.fold_with_offsets is fold_arabic_with_offsets
    assert lexicon.DIACRITIC is ARABIC_MARKS


def test_no_other_module_defines_a_fold_table():
    """Arabic letter variants, Arabic-Indic digits and the diacritic range are spelled out in
    nlp/normalize.py only (issue 14: three normalisers had their own tables)."""
    # a translation table with Arabic in it, the diacritic range, an alef-variant entry
    table = re.compile(r"""maketrans\([^)]{0,40}?(?:[\u0600-\u06ff]|\\u06)|\\u064[Bb]-|["']أ["']\s*:""")
    bad = []
    for folder in ("nlp", "indexing", "incidents", "alerts", "pipeline", "crawlers", "cli", "tollwatch", "store",
                   "kibana", "reports", "dags"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            if path != ROOT / "nlp" / "normalize.py" and table.search(path.read_text(encoding="utf-8")):
                bad.append(str(path.relative_to(ROOT)))
    assert bad == []
