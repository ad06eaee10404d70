"""Language identification per bulletin and per paragraph, offline."""

from nlp.language import detect_language, paragraph_languages


def test_bulletin_languages():
    assert detect_language("قتل ثلاثة مدنيين جراء قصف مدفعي على أطراف مدينة معرة النعمان صباح اليوم.")[0] == "ar"
    lang, score = detect_language("Three civilians were killed by artillery shelling on the outskirts of the town.")
    assert lang == "en" and score > 0.5
    assert detect_language("Trois civils ont été tués par des tirs d'artillerie ce matin à la périphérie de la ville.")[0] == "fr"
    assert detect_language("12/03/2024 — 15:40") == (None, 0.0)


def test_long_text_is_read_beyond_the_first_80_characters():
    # the library's default cuts at 80 characters; an English lead-in must not decide for an Arabic text
    text = "SOHR, 12 March 2024 - " + " ".join(["قتل مدنيان وأصيب خمسة آخرون بقصف لقوات النظام على بلدة في ريف حلب."] * 4)
    assert detect_language(text)[0] == "ar"


def test_mixed_bulletin_paragraphs():
    text = ("Idlib:\n\n"
            "Two children were killed when a shell hit their house in the western countryside.\n\n"
            "قتل طفلان بقذيفة سقطت على منزلهما في الريف الغربي.\n\n"
            "14:30")
    paras = paragraph_languages(text)
    assert [p[2] for p in paras] == ["en", "en", "ar", None]
    for start, end, _ in paras:
        assert text[start:end].strip() == text[start:end]
    assert text[paras[2][0]:paras[2][1]].startswith("قتل")
