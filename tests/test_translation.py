"""Translation: sentence splitting with offsets, and the real loading, batching, caching and
alignment code driven through a tiny random MarianMT model built in the test session."""

import pytest

from nlp.sentences import split_long, split_sentences
from nlp.translation import MemoryCache, SqliteCache, TransformersBackend, Translator, aligned_sentence

AR = ("قتل خمسة مدنيين بينهم طفلان جراء قصف لقوات النظام على بلدة سراقب بريف إدلب الشرقي. "
      "وأصيب ثلاثة آخرون بجروح؟ نعم.\n"
      "ووثق المرصد السوري مقتل عشرة أشخاص في مدينة الباب.")


def test_split_sentences_offsets():
    text = "  Mr. Smith said No. 5 was hit. Then it stopped!  \nقتل خمسة. وأصيب آخرون؟ نعم"
    spans = split_sentences(text)
    assert [text[s:e] for s, e, _ in spans] == [
        "Mr. Smith said No. 5 was hit.", "Then it stopped!", "قتل خمسة.", "وأصيب آخرون؟", "نعم"]
    sub = split_sentences(text, text.index("قتل"), text.index("نعم"))
    assert [text[s:e] for s, e, _ in sub] == ["قتل خمسة.", "وأصيب آخرون؟"]
    assert all(text[s:e] == t for s, e, t in spans + sub)


def test_split_long_at_clauses_then_words():
    text = "one two three, four five six, seven eight nine ten eleven twelve"
    too_long = lambda s: len(s.split()) > 4  # noqa: E731
    pieces = split_long(text, (0, len(text)), too_long)
    assert [text[s:e] for s, e in pieces] == ["one two three,", "four five six,", "seven eight nine ten",
                                                "eleven twelve"]
    assert split_long(text, (0, 7), too_long) == [(0, 7)]


def test_memory_cache_is_bounded():
    cache = MemoryCache(max_entries=2)
    cache.put_many({"a": "1", "b": "2"})
    cache.get_many(["a"])
    cache.put_many({"c": "3"})
    assert cache.get_many(["a", "b", "c"]) == {"a": "1", "c": "3"}


def test_sqlite_cache_persists(tmp_path):
    path = tmp_path / "data" / "translations.db"
    c = SqliteCache(path)
    c.put_many({"k1": "five civilians", "k2": "in Idlib"})
    c.close()
    assert SqliteCache(path).get_many(["k1", "k2", "k3"]) == {"k1": "five civilians", "k2": "in Idlib"}


def test_broken_paths_raise_readable_errors(tmp_path):
    with pytest.raises(OSError, match="not a directory"):
        TransformersBackend.load(tmp_path / "nowhere")
    (tmp_path / "half").mkdir()
    (tmp_path / "half" / "config.json").write_text("{not json")
    with pytest.raises(Exception):
        TransformersBackend.load(tmp_path / "half")


@pytest.fixture(scope="module")
def backend():
    from tests.tiny_models import tiny_model

    return TransformersBackend.load(tiny_model("marian"), max_tokens=24, source_langs=["ar"], threads=1)


@pytest.mark.models
def test_translate_keeps_alignment(backend):
    tr = Translator(backend, batch_size=2, max_tokens=24)
    t = tr.translate(AR, "ar")
    assert t.model == backend.name and t.source_lang == "ar"
    assert t.alignment
    prev_tgt = -1
    for src_s, src_e, tgt_s, tgt_e in t.alignment:
        assert 0 <= src_s < src_e <= len(AR) and AR[src_s:src_e].strip() == AR[src_s:src_e]
        assert prev_tgt <= tgt_s <= tgt_e <= len(t.text)
        prev_tgt = tgt_e
    # every source sentence is covered, in order, and a sentence too long for 24 tokens was cut
    assert t.alignment[0][0] == 0 and t.alignment[-1][1] == len(AR)
    assert tr.stats["sentences/split"] >= 1
    for src_s, src_e, _, _ in t.alignment:
        assert backend.count_tokens(AR[src_s:src_e]) <= 24
    # batching: length-sorted batches of 2
    n = len(t.alignment)
    assert tr.stats["batches"] == (n + 1) // 2 and tr.stats["sentences/translated"] == n
    # the sentence that renders a character
    first = t.alignment[0]
    assert aligned_sentence(t, first[0]) == t.text[first[2]:first[3]]
    assert aligned_sentence(t, len(AR) + 5) is None


@pytest.mark.models
def test_cache_hit_means_no_second_translation(backend, tmp_path):
    cache = SqliteCache(tmp_path / "translations.db")
    tr = Translator(backend, cache=cache, batch_size=4, max_tokens=24)
    first = tr.translate(AR, "ar")
    done = tr.stats["sentences/translated"]
    batches = tr.stats["batches"]
    again = tr.translate(AR, "ar")
    assert again == first
    assert tr.stats["sentences/translated"] == done and tr.stats["batches"] == batches
    assert tr.stats["sentences/cached"] == len(first.alignment)
    # a new run (new translator, same cache file) translates nothing either
    tr2 = Translator(backend, cache=SqliteCache(tmp_path / "translations.db"), max_tokens=24)
    assert tr2.translate(AR, "ar") == first and tr2.stats["sentences/translated"] == 0
    # a revised bulletin: only its new sentence goes to the model
    revised = AR + "\nوارتفعت الحصيلة إلى 12 شخصا."
    tr2.translate(revised, "ar")
    assert tr2.stats["sentences/translated"] == 1


@pytest.mark.models
def test_mixed_bulletin_copies_english_and_skips_unsupported(backend):
    text = "Five civilians were killed in Idlib.\n\n" + AR + "\n\nCinq civils ont été tués hier."
    ar_start = text.index("قتل")
    fr_start = text.index("Cinq")
    paras = [[0, 36, "en"], [ar_start, ar_start + len(AR), "ar"], [fr_start, len(text), "fr"]]
    tr = Translator(backend, max_tokens=24)
    t = tr.translate(text, "ar", paras)
    assert t.text.startswith("Five civilians were killed in Idlib.\n\n")
    assert t.alignment[0] == [0, 36, 0, 36]
    assert all(row[0] < fr_start for row in t.alignment)  # French is not taken by an ar-en model
    assert tr.stats["paragraphs/unsupported/fr"] == 1
    assert aligned_sentence(t, ar_start) is not None


@pytest.mark.models
def test_opus_pair_in_the_name_gives_the_source_language(tmp_path):
    import shutil

    from tests.tiny_models import tiny_model

    path = tmp_path / "opus-mt-ar-en"
    shutil.copytree(tiny_model("marian"), path)
    b = TransformersBackend.load(path)
    assert b.source_langs == {"ar"} and b.name == "opus-mt-ar-en"
    tr = Translator(b)
    assert tr.supports("ar") and not tr.supports("en") and not tr.supports("fr")


@pytest.mark.models
def test_m2m100_backend_takes_any_language_and_forces_english():
    from tests.tiny_models import tiny_model

    b = TransformersBackend.load(tiny_model("m2m100"), max_tokens=24, threads=1)
    assert b.kind == "m2m_100" and b.source_langs is None
    tr = Translator(b, max_tokens=24)
    assert tr.supports("ar") and tr.supports("fr") and not tr.supports("en")
    t = tr.translate("قتل خمسة مدنيين. وأصيب آخرون.", "ar")
    assert len(t.alignment) == 2 and not t.text.startswith("__en__")
    assert b.tokenizer.src_lang == "ar"
