"""The nlp stage on whole bulletins: no model, a broken model, tiny models; translation_sentence,
perpetrator/place filled from entities, notes."""

import logging

import pytest

import nlp
from nlp.annotate import annotate
from nlp.models import Components, load_components
from tollwatch.records import Bulletin, CasualtyFigure

AR_TEXT = ("قتل خمسة مدنيين بينهم طفلان جراء قصف لقوات النظام على بلدة سراقب بريف إدلب الشرقي، صباح يوم أمس.\n\n"
           "وأصيب ثلاثة عناصر من قسد بانفجار لغم أرضي في ريف دير الزور الشرقي.")
EN_TEXT = ("Five civilians including two children were killed by regime shelling on Saraqib in the eastern "
           "countryside of Idlib yesterday, the Syrian Observatory for Human Rights said.")


def ar_bulletin(text=AR_TEXT):
    return Bulletin(source="sohr-ar", url="https://example.org/ar/1", text=text, published="2024-03-02",
                    title="حصيلة يوم أمس")


def figure_at(text, word, kind="killed", count=5, **kw):
    """A figure as the extractor reports it: evidence span, its sentence, the rest open."""
    start = text.index(word)
    s_start = text.rfind("\n", 0, start) + 1
    s_end = text.find("\n", start)
    s_end = len(text) if s_end < 0 else s_end
    return CasualtyFigure(kind=kind, count=count, start=start, end=start + len(word), evidence=word,
                          sentence=text[s_start:s_end], sentence_start=s_start, lang="ar", **kw)


def fixed_extractor(*figures_for):
    """A deterministic extractor (the real one is being written): the figures at these words."""
    def extract(text, lang=None, published=None):
        return [figure_at(text, w, **kw) for w, kw in figures_for]
    return extract


@pytest.fixture(scope="module")
def no_models():
    return load_components({"translation_model": None, "ner_model": None}, log_missing=False)


def test_no_model_configured(no_models, caplog):
    b = ar_bulletin()
    out = annotate(b, no_models)
    assert out.translation is None
    assert any(n == "not translated: no translation model configured (TOLLWATCH_TRANSLATION_MODEL)" for n in out.notes)
    assert out.lang == "ar" and [p[2] for p in out.paragraph_langs] == ["ar", "ar"]
    assert out.text == AR_TEXT  # the original is kept
    assert b.notes == [] and b.entities == []  # pure: the input is not changed
    groups = [e.text for e in out.entities if e.label == "GROUP"]
    assert groups == ["قوات النظام", "قسد"]
    # the figures are the extractor's (Arabic natively), with places geocoded
    expected = nlp.extract(AR_TEXT, published="2024-03-02")
    assert [(f.kind, f.count, f.start) for f in out.casualties] == [(f.kind, f.count, f.start) for f in expected]
    for f in out.casualties:
        if f.place and f.geo is not None:
            assert f.geo.country == "SY"


def test_english_bulletin_is_not_translated_and_has_no_translation_note(no_models):
    out = annotate(Bulletin(source="sohr-en", url="https://example.org/en/1", text=EN_TEXT), no_models)
    assert out.lang == "en" and out.translation is None
    assert not any(n.startswith("not translated") for n in out.notes)
    assert "Saraqib" in [e.text for e in out.entities if e.label == "LOC"]


def test_broken_model_one_log_line_and_bulletins_go_on(tmp_path, caplog):
    broken = tmp_path / "opus-mt-ar-en"
    broken.mkdir()
    (broken / "config.json").write_text('{"model_type": "marian"')  # truncated download
    with caplog.at_level(logging.WARNING):
        comp = load_components({"translation_model": str(broken)})
        outs = [annotate(ar_bulletin(), comp) for _ in range(3)]
    lines = [r for r in caplog.records if r.levelno >= logging.WARNING and "translation" in r.getMessage()]
    assert len(lines) == 1, [r.getMessage() for r in caplog.records]
    assert str(broken) in lines[0].getMessage()
    for out in outs:
        assert out.translation is None
        assert any(n.startswith("not translated: cannot load") for n in out.notes)
        assert out.entities  # still annotated
    assert comp.statuses[0].loaded is False


def test_perpetrator_and_place_filled_from_the_sentence(no_models):
    comp = Components(**{**no_models.__dict__, "extract": fixed_extractor(("خمسة", {}), ("ثلاثة", {"kind": "injured", "count": 3}))})
    out = annotate(ar_bulletin(), comp)
    killed, injured = out.casualties
    assert killed.perpetrator == "قوات النظام"
    assert killed.place == "سراقب" and killed.geo.precision == "point" and killed.geo.governorate == "Idlib"
    assert injured.perpetrator is None  # "three SDF members were injured": the SDF are the victims
    assert injured.place == "دير الزور" and injured.geo.governorate == "Deir ez-Zor"


def test_place_phrase_from_the_extractor_is_geocoded(no_models):
    comp = Components(**{**no_models.__dict__,
                         "extract": fixed_extractor(("ثلاثة", {"kind": "injured", "count": 3,
                                                               "place": "ريف دير الزور الشرقي",
                                                               "perpetrator": "مجهولون"}))})
    (fig,) = annotate(ar_bulletin(), comp).casualties
    assert fig.place == "ريف دير الزور الشرقي" and fig.perpetrator == "مجهولون"  # not overwritten
    assert fig.geo.precision == "governorate" and fig.geo.governorate == "Deir ez-Zor"


def test_reannotating_does_not_repeat_notes(no_models):
    once = annotate(ar_bulletin(), no_models)
    twice = annotate(once, no_models)
    assert twice.notes == once.notes


def test_no_components_at_all():
    out = annotate(ar_bulletin(), None)
    assert any(n.startswith("not translated") for n in out.notes)
    assert [e.text for e in out.entities if e.label == "GROUP"] == ["قوات النظام", "قسد"]


@pytest.mark.models
def test_translation_sentence_points_into_the_translation():
    from tests.tiny_models import tiny_model

    comp = load_components({"translation_model": str(tiny_model("marian")), "translation_max_tokens": 256,
                            "translation_source_langs": "ar", "torch_threads": 1})
    assert comp.translator is not None, comp.reasons
    comp.extract = fixed_extractor(("خمسة", {}), ("ثلاثة", {"kind": "injured", "count": 3}))
    out = annotate(ar_bulletin(), comp)
    t = out.translation
    assert t is not None and t.model == tiny_model("marian").name and t.source_lang == "ar"
    assert not any(n.startswith("not translated") for n in out.notes)
    assert len(t.alignment) == 2  # one row per sentence
    for fig, row in zip(out.casualties, t.alignment):
        assert row[0] <= fig.start < row[1]
        assert fig.translation_sentence == t.text[row[2]:row[3]]
    # cached: annotating the same bulletin again translates nothing
    before = comp.translator.stats["sentences/translated"]
    again = annotate(ar_bulletin(), comp)
    assert again.translation == t and comp.translator.stats["sentences/translated"] == before


@pytest.mark.models
def test_ner_model_feeds_entities(tmp_path):
    import shutil

    from tests.tiny_models import force_label, tiny_model

    path = tmp_path / "ner"
    shutil.copytree(tiny_model("bert-ner"), path)
    force_label(path, "B-PER")
    comp = load_components({"ner_model": str(path), "ner_langs": "ar", "translation_model": None, "torch_threads": 1})
    out = annotate(ar_bulletin(), comp)
    assert any(e.source == "transformers:ner" for e in out.entities)
    # curated groups still win over the model's spans
    assert "قوات النظام" in [e.text for e in out.entities if e.label == "GROUP"]
    assert not any(n.startswith("entities (ar)") for n in out.notes)


def test_perpetrator_needs_a_doer_cue(no_models):
    text = ("Three members of the SDF were killed and two civilians were injured by shelling of Turkish forces "
            "on a village near Tell Abyad.")
    comp = Components(**{**no_models.__dict__, "extract": lambda t, lang=None, published=None: [
        CasualtyFigure(kind="killed", count=3, start=0, end=5, evidence="Three", sentence=t, sentence_start=0),
        CasualtyFigure(kind="injured", count=2, start=t.index("two"), end=t.index("two") + 3, evidence="two",
                       sentence=t, sentence_start=0)]})
    out = annotate(Bulletin(source="x", url="https://example.org/en/2", text=text), comp)
    killed, injured = out.casualties
    assert injured.perpetrator == "Turkish forces"
    # nearest doer in the sentence: the SDF, members of which are the victims, is not one
    assert killed.perpetrator == "Turkish forces"
    assert injured.place == "Tell Abyad" and injured.geo.governorate == "Raqqa"


@pytest.mark.models
def test_settings_from_the_environment_and_a_persistent_cache(monkeypatch, tmp_path):
    from tests.tiny_models import tiny_model

    monkeypatch.setenv("TOLLWATCH_TRANSLATION_MODEL", str(tiny_model("marian")))
    monkeypatch.setenv("TOLLWATCH_TRANSLATION_BATCH_SIZE", "3")
    monkeypatch.setenv("TOLLWATCH_TORCH_THREADS", "1")
    monkeypatch.setenv("TOLLWATCH_SPACY_MODEL", "none")
    comp = load_components(data_dir=str(tmp_path / "data"))
    assert comp.translator is not None and comp.translator.batch_size == 3
    assert comp.spacy_en is None and "spacy-en" in comp.reasons
    out = annotate(ar_bulletin(), comp)
    assert out.translation is not None
    assert (tmp_path / "data" / "translations.db").exists()
    # the next run (new components) finds every sentence in the cache
    again = load_components(data_dir=str(tmp_path / "data"))
    assert annotate(ar_bulletin(), again).translation == out.translation
    assert again.translator.stats["sentences/translated"] == 0


@pytest.mark.models
def test_annotate_many_batches_across_bulletins():
    from nlp.annotate import annotate_many
    from nlp.translation import MemoryCache
    from tests.tiny_models import tiny_model

    comp = load_components({"translation_model": str(tiny_model("marian")), "torch_threads": 1,
                            "translation_batch_size": 8})
    texts = [f"قتل {n} مدنيين في قصف على بلدة سراقب. وأصيب آخرون." for n in range(2, 8)]
    bulletins = [Bulletin(source="x", url=f"https://example.org/{i}", text=t) for i, t in enumerate(texts)]
    many = list(annotate_many(bulletins, comp, chunk_size=6))
    assert comp.translator.stats["batches"] == 1  # 7 distinct sentences, one batch of 8
    comp.translator.cache = MemoryCache()
    one_by_one = [annotate(b, comp) for b in bulletins]
    assert [b.translation for b in many] == [b.translation for b in one_by_one]
    assert [b.to_dict() for b in many] == [b.to_dict() for b in one_by_one]


def test_a_hub_name_is_never_downloaded(monkeypatch):
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    comp = load_components({"translation_model": "Helsinki-NLP/opus-mt-ar-en", "ner_model": "CAMeL-Lab/bert-ner"},
                           log_missing=False)
    assert comp.translator is None and comp.ner is None
    assert "is not a directory" in comp.reasons["translation"] and "is not a directory" in comp.reasons["ner"]
    import os

    assert os.environ["HF_HUB_OFFLINE"] == "1" and os.environ["TRANSFORMERS_OFFLINE"] == "1"
