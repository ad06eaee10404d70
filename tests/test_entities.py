"""Entities with character spans: curated patterns and gazetteer (Arabic without a model),
spaCy's packaged English model, and a tiny transformers token classifier."""

import shutil

import pytest

from nlp.entities import PatternNER, Recognizers, SpacyNER, TransformersNER, map_label, recognize
from nlp.places import Gazetteer


@pytest.fixture(scope="module")
def patterns():
    return PatternNER(Gazetteer.load())


@pytest.fixture(scope="module")
def spacy_en():
    return SpacyNER.load()


def spans_ok(text, entities):
    for e in entities:
        assert text[e.start:e.end] == e.text, e
        assert e.text == e.text.strip()


def by_label(entities, label):
    return [e.text for e in entities if e.label == label]


def test_arabic_groups_with_clitics(patterns):
    text = ("قتل أربعة مدنيين جراء قصف لقوات النظام على بلدة كفرنبل، فيما اعتقلت هيئة تحرير الشام شابين، "
            "وقتل عنصران من قسد برصاص خلايا تنظيم الدولة الإسلامية في ريف دير الزور الشرقي.")
    ents = patterns(text)
    spans_ok(text, ents)
    assert by_label(ents, "GROUP") == ["قوات النظام", "هيئة تحرير الشام", "قسد", "تنظيم الدولة الإسلامية"]
    assert "دير الزور" in by_label(ents, "LOC")
    assert "كفرنبل" in by_label(ents, "LOC")
    assert all(e.source.startswith("patterns") for e in ents)


def test_arabic_place_needs_a_locative(patterns):
    # "الباب" is also "the door": only a place after في/مدينة/ريف...
    text = "أغلق الباب على الجرحى. وقتل ثلاثة في مدينة الباب."
    locs = [e for e in patterns(text) if e.label == "LOC"]
    assert [(e.text, e.start) for e in locs] == [("الباب", text.rindex("الباب"))]


def test_arabic_unknown_settlement_after_town_word(patterns):
    text = "سقطت قذائف على قرية الزيادية فجر اليوم."
    locs = [e for e in patterns(text) if e.label == "LOC"]
    assert locs and locs[0].text.startswith("الزيادية")


def test_english_groups(patterns):
    text = ("Hay'at Tahrir al-Sham shelled positions of the SDF while Russian warplanes struck Idlib; "
            "the sna word in lower case is not the Syrian National Army.")
    ents = patterns(text)
    spans_ok(text, ents)
    groups = by_label(ents, "GROUP")
    assert groups == ["Hay'at Tahrir al-Sham", "SDF", "Russian warplanes", "Syrian National Army"]


def test_spacy_english_bulletin(patterns, spacy_en):
    text = ("Syrian regime forces shelled Maarat al-Numan in the southern countryside of Idlib on Monday, "
            "killing five civilians, the Syrian Observatory for Human Rights said. Abu Mohammad, a local nurse, "
            "said Turkish drones also hit a car near Qamishli.")
    ents = recognize(text, [[0, len(text), "en"]], Recognizers(patterns=patterns, spacy_en=spacy_en))
    spans_ok(text, ents)
    assert "Syrian regime forces" in by_label(ents, "GROUP")
    assert "Turkish drones" in by_label(ents, "GROUP")
    locs = by_label(ents, "LOC")
    assert {"Maarat al-Numan", "Idlib", "Qamishli"} <= set(locs)
    assert "Syrian Observatory for Human Rights" in by_label(ents, "ORG")
    assert "Abu Mohammad" in by_label(ents, "PER")


def test_label_mapping():
    assert map_label("B-PER") == ("PER", "B")
    assert map_label("I-PERS") == ("PER", "I")
    assert map_label("LOCATION") == ("LOC", "")
    assert map_label("B-GPE") == ("LOC", "B")
    assert map_label("DATE") == (None, "")
    assert map_label("O") == (None, "")


@pytest.mark.models
def test_transformers_ner_spans_follow_words(tmp_path):
    from tests.tiny_models import force_label, tiny_model

    path = tmp_path / "bert-loc"
    shutil.copytree(tiny_model("bert-ner"), path)
    force_label(path, "B-LOC")
    ner = TransformersNER.load(path)
    text = "Regime forces shelled Saraqib yesterday."
    ents = ner(text)
    spans_ok(text, ents)
    # every word is its own B-LOC entity; word pieces are merged back into words
    assert [e.text for e in ents] == ["Regime", "forces", "shelled", "Saraqib", "yesterday", "."]
    assert all(e.label == "LOC" and e.source == "transformers:bert-loc" and e.score > 0.9 for e in ents)


@pytest.mark.models
def test_transformers_ner_inside_tags_join_and_windows(tmp_path):
    from tests.tiny_models import force_label, tiny_model

    path = tmp_path / "bert-per"
    shutil.copytree(tiny_model("bert-ner"), path)
    force_label(path, "I-PER")
    ner = TransformersNER.load(path, max_tokens=24, batch_size=2)
    text = ("In Idlib.\n\n"
            "Second one is much longer than the window allows. It talks about Aleppo. And about Raqqa too.")
    second = text.index("Second")
    ents = ner.pipe(text, [(0, second - 2), (second, len(text))])
    spans_ok(text, ents)
    assert ents[0].text == "In Idlib."  # I- tags after I- tags: one entity
    # the long paragraph was cut into windows that fit 24 tokens; spans still point into the text
    assert len(ents) > 2 and all(e.start >= second for e in ents[1:])
    assert all(len(ner.tokenizer(e.text)["input_ids"]) <= 24 for e in ents)


@pytest.mark.models
def test_transformers_ner_used_for_its_languages(tmp_path, patterns):
    from tests.tiny_models import force_label, tiny_model

    path = tmp_path / "bert-org"
    shutil.copytree(tiny_model("bert-ner"), path)
    force_label(path, "B-ORG")
    ner = TransformersNER.load(path)
    text = "Five were killed in Idlib.\n\nقتل خمسة في إدلب."
    ar = text.index("قتل")
    rec = Recognizers(patterns=patterns, transformers=ner, transformers_langs={"ar"})
    ents = recognize(text, [[0, ar - 2, "en"], [ar, len(text), "ar"]], rec)
    spans_ok(text, ents)
    assert any(e.source.startswith("transformers") and e.start >= ar for e in ents)
    assert not any(e.source.startswith("transformers") and e.start < ar for e in ents)


def test_broken_ner_path_raises_readable_error(tmp_path):
    with pytest.raises(OSError, match="not a directory"):
        TransformersNER.load(tmp_path / "missing")
    (tmp_path / "empty").mkdir()
    with pytest.raises(OSError, match="no config.json"):
        TransformersNER.load(tmp_path / "empty")
