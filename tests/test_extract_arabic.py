"""The Arabic casualty extractor (nlp.casualties.arabic) on hand-annotated bulletins and on
the fields of single figures: spans, qualifiers, ranges, part_of, time, revisions."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from nlp.casualties import extract
from nlp.casualties.arabic import extract_arabic as extract_arabic_with_totals
from nlp.evaluation import gold_pairs, predicted_pairs, score_document, summarise

FIXTURES = Path(__file__).parent / "data" / "bulletins" / "ar"
DOCS = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(FIXTURES.glob("*.json"))]


def extract_arabic(text, published=None):
    """The stated figures only: the single-sentence tests below check how parts are read;
    totals derived from parts (issue 11 §4) are tested on their own."""
    return [f for f in extract_arabic_with_totals(text, published) if not f.derived]


def _figures(doc):
    return extract(doc["text"], lang="ar", published=doc.get("published"))


def test_there_are_enough_fixtures():
    assert len(DOCS) >= 16
    assert all(d["lang"] == "ar" for d in DOCS)


@pytest.mark.parametrize("doc", DOCS, ids=[d["id"] for d in DOCS])
def test_fixture_scores_exactly(doc):
    gold = gold_pairs(doc["gold"])
    s = score_document(doc["id"], "ar", predicted_pairs(_figures(doc), gold), gold)
    assert (s.missed, s.spurious) == ([], [])


def test_fixture_totals_are_perfect():
    scores = [score_document(d["id"], "ar", predicted_pairs(_figures(d), gold_pairs(d["gold"])), gold_pairs(d["gold"]))
              for d in DOCS]
    assert summarise(scores)["ar"].f1 == 1.0


@pytest.mark.parametrize("doc", DOCS, ids=[d["id"] for d in DOCS])
def test_spans_index_the_original_text(doc):
    text = doc["text"]
    for f in _figures(doc):
        assert text[f.start:f.end] == f.evidence
        assert text[f.sentence_start:f.sentence_start + len(f.sentence)] == f.sentence
        assert f.sentence_start <= f.start and f.end <= f.sentence_start + len(f.sentence)
        assert f.lang == "ar"


@pytest.mark.parametrize("doc", DOCS, ids=[d["id"] for d in DOCS])
def test_no_non_casualty_number_is_reported(doc):
    gold = {g["count"] for g in doc["gold"]}
    reported = {f.count for f in _figures(doc) if not f.superseded and not f.vague}
    assert not (set(doc["not_casualty_numbers"]) - gold) & reported


def test_gold_qualifiers_and_ranges_match():
    for doc in DOCS:
        figs = [f for f in _figures(doc) if not f.superseded and not f.vague]
        for g in doc["gold"]:
            kind = {"kidnapped": "detained", "executed": "killed"}.get(g["kind"], g["kind"])
            match = [f for f in figs if f.kind == kind and f.count == g["count"]]
            assert any(f.qualifier == g["qualifier"] and f.count_max == g["count_max"] for f in match), \
                (doc["id"], g)


def _one(text, published=None, **where):
    figs = extract_arabic(text, published)
    hits = [f for f in figs if all(getattr(f, k) == v for k, v in where.items())]
    assert len(hits) == 1, [(f.kind, f.count, f.evidence) for f in figs]
    return hits[0], figs


def test_diacritics_and_tatweel_keep_offsets():
    text = "قُتِلَ ثَلاثَةُ مدنيين، وأُصِيبَ ١٢ آخرون في قصـــف على إدلب."
    figs = extract_arabic(text)
    assert [(f.kind, f.count) for f in figs] == [("killed", 3), ("injured", 12)]
    for f in figs:
        assert text[f.start:f.end] == f.evidence
    assert figs[0].evidence.startswith("قُتِلَ")
    assert figs[1].evidence.startswith("وأُصِيبَ ١٢")


def test_qualifiers():
    cases = {
        "وثقت الشبكة مقتل ما لا يقل عن 40 مدنياً.": "at_least",
        "قتل 40 مدنياً على الأقل في القصف.": "at_least",
        "أصيب أكثر من 40 شخصاً.": "more_than",
        "نزح نحو 40 ألف شخص.": "about",
        "قتل قرابة 40 عنصراً.": "about",
        "قتل حوالي 40 شخصاً.": "about",
        "قد يصل عدد القتلى إلى 40؛ قتل ما يصل إلى 40 شخصاً.": "up_to",
    }
    for text, q in cases.items():
        figs = [f for f in extract_arabic(text) if not f.vague]
        assert figs and figs[-1].qualifier == q, (text, [(f.count, f.qualifier) for f in figs])


def test_ranges():
    f, _ = _one("قتل ما بين 10 و15 شخصاً في الغارات.", kind="killed")
    assert (f.count, f.count_max) == (10, 15)
    f, _ = _one("قتل من 10 إلى 15 شخصاً.", kind="killed")
    assert (f.count, f.count_max) == (10, 15)


def test_vague_amounts():
    f, _ = _one("أصيب العشرات بجروح في القصف.", kind="injured")
    assert f.vague and f.count == 30
    f, _ = _one("أدت الحرب إلى مقتل عشرات الآلاف من المدنيين.", kind="killed")
    assert f.vague and f.count == 30000


def test_part_of_subsets_and_nesting():
    text = ("وثق المرصد مقتل 248 شخصاً، هم: 123 من المدنيين بينهم سيدتين و5 أطفال، "
            "و102 من العسكريين، وعنصر سابق في التنظيم.")
    figs = extract_arabic(text)
    by = {(f.count, f.evidence): i for i, f in enumerate(figs)}
    total = next(i for (c, _), i in by.items() if c == 248)
    civ = next(i for (c, _), i in by.items() if c == 123)
    assert figs[civ].part_of == total
    women = next(f for f in figs if f.count == 2)
    assert women.part_of == civ and women.victim_categories == ["women"]
    assert next(f for f in figs if f.count == 5).part_of == civ
    assert next(f for f in figs if f.count == 102).part_of == total
    one = [f for f in figs if f.count == 1]
    assert len(one) == 1 and one[0].part_of == total


def test_duals_and_singulars():
    assert [(f.kind, f.count) for f in extract_arabic("استشهد طفلان وأصيب شخصان بجروح.")] == \
        [("killed", 2), ("injured", 2)]
    assert [(f.kind, f.count) for f in extract_arabic("مقتل شاب برصاص مجهولين في درعا.")] == [("killed", 1)]
    assert [(f.kind, f.count) for f in extract_arabic("قتل مدني وجندي منشق في بلدة ابديتا.")] == \
        [("killed", 1), ("killed", 1)]
    # "مدنيين" alone is a plural, not a dual: nothing to count
    assert extract_arabic("استهدف القصف مدنيين في السوق.") == []


def test_revision_and_superseded_toll():
    text = ("ارتفعت حصيلة القتلى جراء التفجير إلى 213 قتيلاً، بعدما كانت الحصيلة السابقة 165 قتيلاً.")
    figs = extract_arabic(text)
    new = next(f for f in figs if f.count == 213)
    old = next(f for f in figs if f.count == 165)
    assert new.revision and not new.superseded and new.previous_count == 165
    assert old.superseded
    f, _ = _one("ارتفعت حصيلة القتلى من 20 إلى 23 قتيلاً.", kind="killed")
    assert f.count == 23 and f.revision and f.previous_count == 20
    f, _ = _one("وكانت حصيلة سابقة تحدثت عن 12 قتيلاً.", kind="killed")
    assert f.superseded


def test_time_windows_resolve_against_publication_date():
    pub = date(2024, 5, 10)
    f, _ = _one("قتل 5 أشخاص أمس في قصف على إدلب.", pub, kind="killed")
    assert (f.time.start, f.time.end) == ("2024-05-09", "2024-05-09")
    f, _ = _one("وثق المرصد مقتل 60 شخصاً خلال الـ 48 ساعة الماضية.", pub, kind="killed")
    assert (f.time.start, f.time.end) == ("2024-05-08", "2024-05-10")
    f, _ = _one("وثق المرصد مقتل 152 شخصاً منذ مطلع العام 2024.", pub, kind="killed")
    assert (f.time.start, f.time.end, f.scope) == ("2024-01-01", "2024-05-10", "cumulative")
    f, _ = _one("وثق التقرير مقتل 25 شخصاً تحت التعذيب خلال شهر آب الماضي.", date(2019, 9, 1), kind="killed")
    assert (f.time.start, f.time.end) == ("2019-08-01", "2019-08-31")
    assert f.manner == "torture"


def test_perpetrator_place_manner():
    f, _ = _one("قتلت القوات الروسية 60 مدنياً بغارات جوية على مدينة معرة النعمان.", kind="killed")
    assert f.perpetrator == "القوات الروسية"
    assert f.manner == "airstrike"
    assert f.place == "مدينة معرة النعمان"
    f, _ = _one("أعدم تنظيم داعش تسعة من رعاة الأغنام في ريف حمص.", kind="killed")
    assert f.count == 9 and f.manner == "executed" and f.perpetrator == "داعش"


@pytest.mark.parametrize("text", [
    "بلغ عدد سكان المخيم نحو 300 ألف نسمة.",
    "شنت الطائرات 23 غارة على ريف إدلب.",
    "وقع الانفجار في العنبر رقم 12.",
    "يبلغ الطفل من العمر 13 عاماً.",
    "استمر الهجوم 6 ساعات.",
    "في 15 آذار 2011 اندلعت الاحتجاجات.",
    "شارك نحو 15 عنصراً من التنظيم في الهجوم.",
    "أطلقت قوات الاحتلال سراح 10 معتقلين.",
    "1847\nعنوان الخبر",
    "قتل وأصيب أكثر من 20 شخصاً في الانفجار.",  # a combined total is not a count of either
    "سقط 20 شخصاً بين قتيل وجريح.",
    "كما تم تسجيل 120 إصابة جديدة بفيروس كورونا.",
])
def test_numbers_that_are_not_casualties(text):
    assert [f for f in extract_arabic(text) if not f.vague] == []


def test_attack_count_before_the_toll():
    figs = extract_arabic("نفذت الطائرات الحربية 14 غارة جوية خلفت 9 قتلى بينهم طفلان.")
    assert [(f.kind, f.count) for f in figs] == [("killed", 9), ("killed", 2)]
    assert figs[1].part_of == 0


def test_restated_figure_is_one_figure():
    text = "مقتل 12 شخصاً في قصف على حلب.\nوقال الدفاع المدني إن 12 شخصاً قتلوا في القصف."
    assert [(f.kind, f.count) for f in extract_arabic(text)] == [("killed", 12)]


def test_empty_and_non_arabic_text():
    assert extract_arabic("") == []
    assert extract_arabic("   \n ") == []
    assert extract_arabic("no Arabic here, 5 killed") == []


@pytest.mark.parametrize("text", [
    "ويتوقع أن يرتفع عدد القتلى إلى 100 شخص.",  # an expected toll
    "قد يرتفع عدد الضحايا إلى 50.",
    "هدد التنظيم بقتل 100 رهينة.",  # a threat
    "أسفر الانفجار عن استشهاد وإصابة 30 مواطناً.",  # combined killed-and-wounded
])
def test_feared_threatened_and_combined_tolls_are_not_figures(text):
    assert extract_arabic(text) == []


def test_condition_of_some_of_the_wounded_is_a_subset_of_the_injured():
    # issue 11 §3: the development set and the blind batches count "15 of the wounded were in
    # critical condition" (the fixtures used to leave conditions out)
    figs = extract_arabic("وقتل 9 أشخاص، بينما جرح 14 آخرون، 5 منهم في حالة حرجة.")
    assert [(f.kind, f.count) for f in figs] == [("killed", 9), ("injured", 14), ("injured", 5)]
    assert figs[2].part_of is not None and figs[2].rule == "condition_of_injured"
    # the condition of people counted as killed is no figure
    assert _read("قتل 9 أشخاص، حالة ثلاثة منهم حرجة.") == [("killed", 9)]


def test_lead_and_body_restating_with_a_vaguer_noun_is_one_figure():
    text = "مقتل 31 مدنياً بقصف على الفاشر\nقتل 31 شخصاً على الأقل في قصف مدفعي على مدينة الفاشر."
    figs = extract_arabic(text)
    assert [(f.kind, f.count, f.qualifier) for f in figs] == [("killed", 31, "at_least")]
    assert figs[0].victim_categories == ["civilians"]
    # small counts of different victims in one bulletin stay apart
    figs = extract_arabic("قتل 3 أشخاص في إدلب، وقتل 3 مدنيين آخرين في حلب.")
    assert [(f.kind, f.count) for f in figs] == [("killed", 3), ("killed", 3)]


def test_sohr_number_before_the_noun_phrase_and_kind_noun_groups():
    f, _ = _one("ارتفع إلى 15 عدد الذين قضوا جراء القصف الجوي على مدينة أريحا.", kind="killed")
    assert f.count == 15 and f.revision
    figs = extract_arabic("وأفاد مصدر طبي بأن بين القتلى 4 نساء و6 أطفال.")
    assert [(f.kind, f.count) for f in figs] == [("killed", 4), ("killed", 6)]
    figs = extract_arabic("قتل 7 مدنيين في القصف. ومن بين القتلى 3 أطفال.")
    assert [(f.kind, f.count, f.part_of) for f in figs] == [("killed", 7, None), ("killed", 3, 0)]


def test_died_of_wounds_counts_as_killed_and_the_increase_of_a_revision_is_not_a_toll():
    figs = extract_arabic("توفي 3 جرحى متأثرين بإصاباتهم في المستشفى.")
    assert [(f.kind, f.count) for f in figs] == [("killed", 3)]
    figs = extract_arabic("ارتفع عدد الشهداء إلى 23 شهيداً، بعد وفاة 3 جرحى متأثرين بإصاباتهم.")
    assert [(f.kind, f.count) for f in figs] == [("killed", 23)]
    figs = extract_arabic("ارتفعت حصيلة الغارة إلى 9 قتلى، بعد وفاة أحد المصابين في المستشفى.\n"
                          "وكانت الحصيلة الأولية قد أشارت إلى 8 قتلى و15 جريحاً.")
    assert [(f.kind, f.count, f.superseded) for f in figs] == [("killed", 9, False), ("killed", 8, True),
                                                               ("injured", 15, True)]
    assert figs[0].revision and figs[0].previous_count == 8


def test_daily_list_items_are_part_of_the_heading_total_and_days_are_not_figures():
    doc = next(d for d in DOCS if d["id"] == "ar05-sohr-daily-list")
    figs = _figures(doc)
    assert figs[0].count == 14 and figs[0].part_of is None
    top = [f for f in figs[1:] if f.part_of == 0]
    assert [f.count for f in top] == [4, 3, 6, 1]
    assert all(not f.evidence.startswith(("2 آذار", "5 آذار", "9 آذار")) for f in figs)


def test_sohr_table_cells_are_part_of_the_monthly_total():
    doc = next(d for d in DOCS if d["id"] == "ar06-sohr-monthly-table")
    figs = _figures(doc)
    total = next(i for i, f in enumerate(figs) if f.count == 1032)
    cells = {f.count: f.part_of for f in figs}
    assert all(cells[c] == total for c in (312, 220, 298, 89, 41, 72))
    civ = next(i for i, f in enumerate(figs) if f.count == 312)
    assert cells[71] == civ and cells[38] == civ


def test_accusative_singular_after_a_number_is_its_noun_not_another_victim():
    figs = extract_arabic("ارتفع عدد الشهداء إلى 86 شهيداً، هم 30 طفلاً و36 رجلاً وشاباً.")
    assert [(f.kind, f.count) for f in figs] == [("killed", 86), ("killed", 30), ("killed", 36)]
    figs = extract_arabic("قتل ثلاثون شخصاً. وقالت مصادر إن من بين القتلى طفلاً في العاشرة.")
    assert [(f.kind, f.count, f.part_of) for f in figs] == [("killed", 30, None), ("killed", 1, 0)]
    # a commander singled out inside the 30 is a role: no figure of their own (issue 11)
    figs = extract_arabic("قتل ثلاثون جندياً. وقالت مصادر إن من بين القتلى قائداً عسكرياً بارزاً.")
    assert [(f.kind, f.count, f.part_of) for f in figs] == [("killed", 30, None)]


def test_fate_unknown_and_dual_with_kind_adjective_are_missing():
    figs = extract_arabic("فيما لا يزال مصير 68 ناشطاً مجهولاً.")
    assert [(f.kind, f.count) for f in figs] == [("missing", 68)]
    figs = extract_arabic("ما زالت الفرق تبحث عن شخصين مفقودين تحت الأنقاض.")
    assert [(f.kind, f.count) for f in figs] == [("missing", 2)]


def test_glued_preposition_on_a_qualifier():
    f, _ = _one("ويقدر المرصد عدد القتلى منذ بدء الاحتجاجات في منتصف آذار 2011 بأكثر من تسعة آلاف شخص.",
                kind="killed")
    assert (f.count, f.qualifier) == (9000, "more_than")


def test_toll_restated_inside_its_breakdown_is_one_figure():
    text = ("ارتفع إلى 745 عدد المدنيين الذين قتلوا منذ الخميس.\n"
            "وبذلك يرتفع إلى 1018 العدد الإجمالي للقتلى، وهم: 745 مدنياً، و125 عنصراً، و148 من المسلحين.")
    figs = extract_arabic(text)
    assert sorted(f.count for f in figs) == [125, 148, 745, 1018]
    total = next(i for i, f in enumerate(figs) if f.count == 1018)
    assert all(f.part_of == total for f in figs if f.count != 1018)


def test_vowelled_dual_of_a_noun_whose_plural_looks_the_same():
    # مدنيَّيْن (dual, fatha before the ya) is 2; مدنيِّين (plural, kasra) is no count
    assert [(f.kind, f.count) for f in extract_arabic("قُتل مدنيَّيْنِ في القصف.")] == [("killed", 2)]
    assert extract_arabic("قُتل مدنيِّينَ في القصف.") == []
    figs = extract_arabic("قتل 5 أشخاص بينهم مدنيَّين.")
    assert [(f.count, f.part_of, f.victim_categories) for f in figs] == [(5, None, ["unknown"]), (2, 0, ["civilians"])]


def test_two_singular_victims_in_one_sentence_are_two_figures():
    figs = extract_arabic("كما وثق التقرير مقتل طبيبة وممرض في هجومين منفصلين.")
    assert [(f.kind, f.count) for f in figs] == [("killed", 1), ("killed", 1)]
    # but one person told twice in two paragraphs is one figure
    figs = extract_arabic("مقتل شاب برصاص مجهولين في ريف درعا الشرقي.\n\n"
                          "قتل شاب برصاص مجهولين في ريف درعا الشرقي أمس.")
    assert [(f.kind, f.count) for f in figs] == [("killed", 1)]


def test_numbered_list_indices_are_not_figures():
    text = ("وثق المرصد مقتل 20 شخصاً، توزعوا على النحو الآتي:\n"
            "1- 12 مدنياً، بينهم 3 أطفال.\n2- 8 من قوات النظام.")
    figs = extract_arabic(text)
    assert [(f.count, f.part_of) for f in figs] == [(20, None), (12, 0), (3, 1), (8, 0)]


def test_members_of_one_family_and_an_enumeration_of_named_relatives():
    figs = extract_arabic("استشهد 4 مواطنين من عائلة واحدة، هم رجل وزوجته وطفلاهما، جراء قصف صاروخي.")
    assert [(f.count, f.part_of) for f in figs] == [(4, None), (1, 0), (1, 0), (2, 0)]
    assert [(f.kind, f.count) for f in extract_arabic("مقتل 4 من عائلة واحدة بقصف.")] == [("killed", 4)]
    figs = extract_arabic("وأصيب 12 آخرون، بينهم 3 في حالة حرجة.")  # a condition subset (issue 11 §3)
    assert [(f.kind, f.count, f.part_of) for f in figs] == [("injured", 12, None), ("injured", 3, 0)]


def test_death_sentences_are_not_executions_but_carried_out_ones_are():
    assert extract_arabic("حكمت المحكمة بإعدام 7 أشخاص بتهمة الإرهاب.") == []
    f, _ = _one("أعلنت الوزارة تنفيذ حكم الإعدام بحق 13 مداناً.", kind="killed")
    assert (f.count, f.manner) == (13, "executed")


def test_a_noun_before_a_verb_with_its_own_count_is_the_subject_not_a_victim():
    assert [(f.kind, f.count) for f in extract_arabic("مسلح قتل 3 أشخاص في السوق.")] == [("killed", 3)]
    figs = extract_arabic("قالت لجنة مقاومة مدني إن قوات الدعم السريع قتلت أكثر من 100 شخص.")
    assert [(f.kind, f.count, f.qualifier) for f in figs] == [("killed", 100, "more_than")]


def test_of_them_in_the_next_sentence_points_at_the_last_figure():
    figs = extract_arabic("مقتل 7 أشخاص بقصف على إدلب. وقال المرصد إن 3 منهم أطفال.")
    assert [(f.kind, f.count, f.part_of) for f in figs] == [("killed", 7, None), ("killed", 3, 0)]


def _pairs(text):
    return sorted((f.kind, f.count) for f in extract_arabic(text) if not f.vague and not f.superseded)


@pytest.mark.parametrize("text, expected", [
    # missing: "فُقد" / "فقد أثر" / "فقد الاتصال بـ" (unvowelled "فقد" is also "ف" + "قد")
    ("فُقد 30 مهاجراً إثر غرق قاربهم.", [("missing", 30)]),
    ("فُقد أثر خمسة صيادين قبالة اللاذقية.", [("missing", 5)]),
    ("فقد الاتصال مع 9 بحارة في خليج عدن.", [("missing", 9)]),
    ("اختفى 6 شبان بعد مداهمة منازلهم.", [("missing", 6)]),
    ("فقد قتل 3 مدنيين في القصف.", [("killed", 3)]),
    ("فقد 3 أشخاص حياتهم في الحادث.", [("killed", 3)]),  # lost their lives: killed
    ("فقد التنظيم السيطرة على 3 قرى.", []),
    # deaths of detainees are killed, not detained
    ("توفي 3 معتقلين تحت التعذيب في السجن.", [("killed", 3)]),
    ("أفادت الهيئة أن 4 محتجزين توفوا في الزنازين.", [("killed", 4)]),
    ("استشهد 2 من الأسرى.", [("killed", 2)]),
    ("اعتقلت القوات 6 معتقلين سابقين.", [("detained", 6)]),
    ("لا يزال مصير 3 آلاف معتقل مجهولاً.", [("missing", 3000)]),
    ("مات 4 أطفال من البرد في المخيم.", [("killed", 4)]),
    # detained: taken away, stopped, subjected to arrest; released prisoners are not figures
    ("اقتادت قوات النظام 8 شبان إلى جهة مجهولة.", [("detained", 8)]),
    ("أوقفت الشرطة 12 شخصاً للاشتباه.", [("detained", 12)]),
    ("أوقفت الفصائل 3 شاحنات.", []),
    ("تعرض 40 شخصاً للاعتقال التعسفي.", [("detained", 40)]),
    ("اعتقلت القوات 20 شخصاً، وأفرجت عن 5 منهم.", [("detained", 20)]),
    ("بلغت حصيلة الاعتقالات 160 حالة، بينهم 12 طفلاً.", [("detained", 12), ("detained", 160)]),
    ("بلغ عدد الحالات 300 حالة بفيروس كورونا.", []),
    # displaced: households are not people; people restating them are
    ("نزحت 300 أسرة، أي نحو 1500 شخص.", [("displaced", 1500)]),
    ("اضطرت 200 عائلة إلى النزوح.", []),
    ("اضطر 300 شخص إلى النزوح نحو الشمال.", [("displaced", 300)]),
    ("أجبر 1500 مدني على مغادرة منازلهم.", [("displaced", 1500)]),
    ("أجبرت 50 عائلة على مغادرة منازلها.", []),
    # large numbers
    ("نزح ألفا شخص من المدينة.", [("displaced", 2000)]),
    ("قتل مئتا شخص في الهجوم.", [("killed", 200)]),
    ("شارك ألفا متظاهر في المسيرة.", []),
    ("استشهد 35 ألف و34 فلسطينياً.", [("killed", 35034)]),
    # an aside naming one of them; a toll after "القطاع" is not a sector number
    ("استشهد 3 فلسطينيين، أحدهم طفل، برصاص الاحتلال.", [("killed", 1), ("killed", 3)]),
    ("وصل إلى مستشفيات القطاع 52 شهيداً و140 مصاباً.", [("injured", 140), ("killed", 52)]),
])
def test_generalised_categories(text, expected):
    assert _pairs(text) == sorted(expected)


def test_toll_table_whose_total_line_gives_the_kind():
    text = ("حصيلة الأسبوع في ريف دير الزور:\n- مدنيون: 8\n- مقاتلون من العشائر: 5\n"
            "المجموع: 13 قتيلاً")
    figs = extract_arabic(text)
    assert [(f.kind, f.count, f.part_of) for f in figs] == [
        ("killed", 8, 2), ("killed", 5, 2), ("killed", 13, None)]
    for f in figs:
        assert text[f.start:f.end] == f.evidence
    # no total, or a total smaller than its parts, or cells that are not people: nothing is guessed
    assert _pairs("حصيلة شهر أيار:\n- مدنيون: 20\n- عسكريون: 5") == []
    assert _pairs("حصيلة الأسبوع:\n- مدنيون: 20\n- عسكريون: 5\nالمجموع: 3 قتلى") == [("killed", 3)]
    assert _pairs("الحصيلة:\n- غارات: 20\n- قذائف: 35\nالمجموع: 55 استهدافاً") == []


def test_a_verb_before_a_subset_marker_gives_the_kind():
    assert _pairs("قُتل 3 مسلحين في اشتباك مع القوات الأمنية، التي أصيب منها 2.") == [
        ("injured", 2), ("killed", 3)]
    assert _pairs("قتل 10 أشخاص بينهم 4 أطفال.") == [("killed", 4), ("killed", 10)]


@pytest.mark.parametrize("text, expected", [
    # a dual kind noun is its own figure, with or without a cue
    ("قتيلان و5 جرحى في انفجار بالموصل.", [("injured", 5), ("killed", 2)]),
    ("أسفر الانفجار عن قتيلين وثلاثة جرحى.", [("injured", 3), ("killed", 2)]),
    ("قد يسقط قتيلان.", []),
    ("سقط 20 شخصاً بين قتيل وجريح.", []),
    # "سقوط N جرحى" are wounded people who fell, not wounded people who died
    ("سقوط 4 جرحى بينهم طفلة.", [("injured", 1), ("injured", 4)]),
    ("وفاة 3 جرحى متأثرين بجراحهم.", [("killed", 3)]),
    # a kind noun opening a new clause after a number: "عدد القتلى 9 والجرحى 17"
    ("عدد القتلى 9 والجرحى 17.", [("injured", 17), ("killed", 9)]),
])
def test_dual_kind_nouns_and_fallen_wounded(text, expected):
    assert _pairs(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("نزوح مليون ونصف شخص.", [("displaced", 1_500_000)]),
    ("نزح نصف مليون شخص من المدينة.", [("displaced", 500_000)]),
    ("نزح 2,5 مليون شخص.", [("displaced", 2_500_000)]),
    ("قتل 10 أشخاص، نصف القتلى أطفال.", [("killed", 10)]),
    # executed prisoners are killed, wherever the verb's subject stands
    ("أعدمت الفصائل 3 أسرى من قوات النظام.", [("killed", 3)]),
    ("اختطف تنظيم الدولة 20 مدنياً وأعدم 5 منهم.", [("detained", 20), ("killed", 5)]),
])
def test_fractions_and_executed_prisoners(text, expected):
    assert _pairs(text) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # a number word glued to "و" continues the figure before it
    ("مقتل 3 نساء وخمسة أطفال.", [("killed", 3), ("killed", 5)]),
    ("مقتل ثلاث نساء وإحدى عشرة طفلة.", [("killed", 3), ("killed", 11)]),
    ("مقتل 3 نساء واثني عشر طفلاً.", [("killed", 3), ("killed", 12)]),  # "واثني" is no nisba adjective
    ("قتل 5 أشخاص وثلاثة منازل دمرت.", [("killed", 5)]),
])
def test_coordinated_number_words(text, expected):
    assert _pairs(text) == sorted(expected)


def test_condition_of_some_wounded_is_a_subset_of_them():
    assert _pairs("وأصيب 14 آخرون بينهم 3 إصاباتهم خطيرة.") == [("injured", 3), ("injured", 14)]
    assert _pairs("وأصيب آخرون بينهم 3 إصاباتهم خطيرة.") == []  # of a vague number: none


@pytest.mark.parametrize("text, expected", [
    ("قتل 7 مدنيين، بالإضافة لـ 4 عناصر من الشرطة.", [("killed", 4), ("killed", 7)]),
    ("قتل 7 مدنيين، و4 آخرين من الشرطة، ومسلحان.", [("killed", 2), ("killed", 4), ("killed", 7)]),
    ("قتل 7 مدنيين في القصف، وطفلان أصيبا بجروح.", [("injured", 2), ("killed", 7)]),
    ("قتل 4 أشخاص وأصيب 10 بجروح، حيث أن من بين القتلى طفلين.", [("injured", 10), ("killed", 2), ("killed", 4)]),
])
def test_enumerations_across_commas(text, expected):
    assert _pairs(text) == sorted(expected)


def test_a_number_closing_a_toll_clause():
    assert _pairs("قتل 3 أشخاص، ليصبح عدد القتلى في المدينة 28.") == [("killed", 3), ("killed", 28)]
    assert _pairs("ليصبح عدد الجرحى 40.") == [("injured", 40)]
    assert _pairs("بلغ عدد القتلى في الفرقة 17.") == []
    assert _pairs("ارتفع عدد القتلى في الهجوم الذي وقع عام 2019.") == []


# third pass: categories found by blind batches ar111–ar130
@pytest.mark.parametrize("text, expected", [
    # a passive verb whose subject comes after a place phrase with a relative clause
    ("وقتل في القصف الذي استهدف السوق 13 شخصاً.", [("killed", 13)]),
    ("قُتل في الهجوم الذي شنته خلايا التنظيم على نقطة في البادية 7 عناصر من قوات النظام.", [("killed", 7)]),
    # a number inside the relative clause is never the victims (the 5 is missed: precision first)
    ("قتل في الهجوم الذي نفذه 200 مسلح 5 أشخاص.", []),
    ("قتل في الهجوم الذي نفذه أمس 200 مسلح 5 أشخاص.", []),
    ("قتل في القصف الذي استهدف 3 منازل.", []),
    # a kind noun in construct, its complement, then a bare number closing the clause
    ("وأوضح المصدر أن قتلى التفجير الأول 23، بينما سقط الباقون في الثاني.", [("killed", 23)]),
    ("قتلى الهجوم 9.", [("killed", 9)]),
    ("جرحى الحرب 2011.", []),
    ("ضحايا الزلزال 6 شباط كثيرون.", []),
    # a toll clause opened by a linking verb and closed by its count far away
    ("وبلغ عدد قتلى الاستهدافات الجوية التركية لمناطق الإدارة الذاتية منذ مطلع تشرين الثاني 71 شخصاً.",
     [("killed", 71)]),
    ("وبلغ عدد قتلى الاستهدافات الجوية التركية لمناطق الإدارة الذاتية منذ مطلع تشرين الثاني 71 غارة.", []),
    ("وقالت الوزارة إن عدد النازحين من الجانب الأيمن لمدينة الموصل منذ انطلاق العمليات بلغ نحو 180 ألف شخص.",
     [("displaced", 180000)]),
    # displaced people as the victims of another kind
    ("أدى القصف إلى مقتل 3 نازحين وإصابة 4 لاجئين.", [("injured", 4), ("killed", 3)]),
    ("ما أدى إلى إصابة نازحين اثنين.", [("injured", 2)]),
    ("نزح 400 شخص بينهم 50 نازحاً من المخيم.", [("displaced", 50), ("displaced", 400)]),
    # deaths in detention with a dual and "اثنين"
    ("وثقت وفاة معتقلين اثنين في السجن.", [("killed", 2)]),
    ("أفرجت السلطات عن معتقلين اثنين.", []),
    # "N من X ما زالوا في عداد المفقودين", forced to leave
    ("وقالت إن 3 من الكوادر الطبية ما زالوا في عداد المفقودين.", [("missing", 3)]),
    ("وقال إن نحو 3000 من سكان المخيم اضطروا إلى مغادرة منازلهم.", [("displaced", 3000)]),
    ("وقال إن 40 من السائقين اضطروا إلى مغادرة المدينة.", []),
    ("إن 200 عائلة اضطرت إلى النزوح.", []),
    ("اعتقلت القوات في عملية دهم لاحقة 5 مشتبه بهم.", [("detained", 5)]),
    # "لقوا حتفهم وأصيب": "حتفهم" completes a verb that has its number; no combined cue
    ("إن 6 مدنيين لقوا حتفهم وأصيب 15 آخرون.", [("injured", 15), ("killed", 6)]),
    ("لقي 3 أشخاص حتفهم وأصيب 7 آخرون.", [("injured", 7), ("killed", 3)]),
    # a family noun before a dual verb is one more person
    ("إن امرأة وطفلها قتلا بانفجار لغم.", [("killed", 1), ("killed", 1)]),  # a person and their kin: parts (and a derived 2)
    ("إن امرأة قتلت.", [("killed", 1)]),
])
def test_third_pass_categories(text, expected):
    assert _pairs(text) == sorted(expected)


def test_an_earlier_announcement_is_superseded():
    figs = extract_arabic("ارتفعت حصيلة المجزرة إلى 274 شهيداً.\n"
                          "وكانت وزارة الصحة قد أعلنت في وقت سابق استشهاد 210 فلسطينيين.")
    assert [(f.count, f.superseded) for f in figs] == [(274, False), (210, True)]


def test_a_toll_before_an_earlier_one_stays_current():
    figs = extract_arabic("بلغت حصيلة ضحايا الحريق 107 وفيات و82 مصاباً، بعد أن كانت الحصيلة الأولية 114 قتيلاً.")
    assert [(f.kind, f.count, f.superseded) for f in figs] == [
        ("killed", 107, False), ("injured", 82, False), ("killed", 114, True)]


def test_exceeded_closes_a_toll_clause():
    assert _pairs("وأفاد الدفاع المدني بأن عدد النازحين الذين غادروا رفح منذ بدء العملية البرية تجاوز 800 ألف شخص.") \
        == [("displaced", 800000)]
    assert _pairs("تجاوز عدد الغارات 800 غارة.") == []
    assert _pairs("قتل 5 أشخاص في قصف تجاوز عدد قذائفه 40.") == [("killed", 5)]


def test_fate_of_some_of_them_unknown_is_missing():
    assert _pairs("اعتقلت القوات 6 من طواقمها، وما زال مصير اثنين منهم مجهولاً.") == [
        ("detained", 6), ("missing", 2)]
    assert _pairs("لا يزال مصير 3 منهم مجهولاً.") == [("missing", 3)]


def test_households_restated_in_people_with_an_equivalence_phrase():
    assert _pairs("فرت 60 ألف أسرة من المخيم، أي ما يعادل نحو 400 ألف شخص.") == [("displaced", 400000)]
    assert _pairs("قتل 5 أشخاص في قصف على المخيم، أي ما يعادل 20 منزلاً.") == [("killed", 5)]


# --- the rule tables -----------------------------------------------------------------------------

def test_every_figure_names_the_rule_that_produced_it():
    seen = set()
    for doc in DOCS:
        for f in _figures(doc):
            assert f.rule, (doc["id"], f.evidence)
            seen.add(f.rule)
    assert {"kind_noun", "cue_before", "in_group", "verb_after_noun", "table_cell", "singular_after_cue"} <= seen


def test_rule_names_tell_how_a_figure_was_read():
    figs = extract_arabic("مقتل 5 مدنيين بينهم طفلان. وتوفي 3 معتقلين تحت التعذيب. وأصيب شاب برصاص قناص.")
    assert [(f.count, f.rule) for f in figs] == [(5, "cue_before"), (2, "dual_in_group"),
                                                 (3, "death_in_detention"), (1, "singular_after_cue")]


# the extractor's own tags (kinds, scopes, qualifiers, how a number was read, regex group
# names): the only string literals a function body in nlp/casualties/ may hold
_TAGS = frozenset("""
    killed injured detained missing displaced unknown civilians fighters event cumulative exact about
    at_least more_than up_to en ar pred inherit inherit_r noun toll left list label partitive fate
    subset coord coordination items ellipsis coordinated kind people of bare other verb weak kindnoun
    cue follow-cue kind-noun group table singular dual pronoun sub hum unit ten scale combined
    head det mods what lab fill trigger h k t p w q f v victims time place perpetrator manner
    superseded revision how executed died since past day weekday mdy dmy my predicate digits hundred range stop teen vague
    """.split())


def test_extractor_functions_are_small_and_hold_no_words():
    """The design rule of issue 11, over the whole extractor (``nlp/casualties/``, both
    languages, the engine) and the number readers: no function over 80 lines, no word of
    either language inside a function body (words are data in ``en/lexicon.py`` and
    ``ar/lexicon.py``; the bodies hold only the extractor's own tags)."""
    import ast
    import re

    nlp_dir = Path(__file__).resolve().parent.parent / "nlp"
    arabic_letters = re.compile(r"[\u0600-\u06ff]")
    latin_word = re.compile(r"[A-Za-z]{2,}")
    paths = sorted((nlp_dir / "casualties").rglob("*.py")) + [nlp_dir / "arabic_numbers.py"]
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            assert node.end_lineno - node.lineno + 1 <= 80, (path.name, node.name)
            doc = ast.get_docstring(node, clean=False)
            messages = {id(c) for f in ast.walk(node) if isinstance(f, ast.JoinedStr) for c in f.values}
            for sub in ast.walk(node):
                if not isinstance(sub, ast.Constant) or not isinstance(sub.value, str) or sub.value == doc \
                        or id(sub) in messages:
                    continue
                assert not arabic_letters.search(sub.value), (path.name, node.name, sub.value)
                if latin_word.search(sub.value) and not sub.value.startswith(("_distinct", "derived_")):
                    assert sub.value in _TAGS or "_" in sub.value, (path.name, node.name, sub.value)


# --- issue 11: precision classes ------------------------------------------------------------------

def _read(text, **kw):
    return [(f.kind, f.count) for f in extract_arabic(text, **kw) if not f.superseded]


def test_a_named_person_inside_a_counted_group_is_no_extra_figure():
    assert _read("اختطف مسلحون سبعة مواطنين، بينهم الممرض أحمد، من قرية في ريف درعا.") == [("detained", 7)]
    assert _read("قتل 12 شخصاً، بينهم طفل.") == [("killed", 12), ("killed", 1)]  # a category subset is one


def test_kin_listed_without_a_numeral_is_one_figure():
    assert _read("أصيب والده ووالدته وشقيقته بجروح جراء انفجار عبوة ناسفة.") == [("injured", 3)]
    assert _read("وأصيبت شقيقته بجروح.") == [("injured", 1)]


def test_an_ordinal_teen_is_no_number():
    assert _read("استشهد 12 فلسطينياً بينهم 4 أطفال لم يتجاوزوا الثامنة عشرة.") == [("killed", 12), ("killed", 4)]


def test_one_of_his_soldiers():
    assert _read("أعلن الجيش مقتل أحد جنوده برصاص مسلحين.") == [("killed", 1)]


def test_a_time_aside_between_the_verb_and_its_object():
    assert _read("اختطف مسلحون مجهولون، مساء أمس، سبعة مواطنين من البلدة.") == [("detained", 7)]


def test_the_bodies_of_two_children():
    assert _read("انتشلت فرق الدفاع المدني جثث طفلين من تحت الأنقاض.") == [("killed", 2)]


def test_died_of_wounds_after_a_subset_marker():
    assert _read("وصل 226 جريحاً إلى المستشفى، توفي منهم 55 متأثرين بجراحهم.") == [("injured", 226), ("killed", 55)]


def test_killing_incidents_are_not_a_person_before_a_verb():
    assert _read("وسجلت لجنة محامي الطوارئ 14 حادثة قتل راح ضحيتها 37 مدنياً.") == [("killed", 37)]


def test_parts_of_a_stock_are_cumulative():
    figs = extract_arabic("وثقت الشبكة 135253 شخصاً لا يزالون قيد الاعتقال. وقوات النظام مسؤولة عن اعتقال 96321 منهم.")
    assert [(f.count, f.scope) for f in figs] == [(135253, "cumulative"), (96321, "cumulative")]


# --- issue 11: recall classes and kinds (found on the blind batch) --------------------------------

def test_a_count_before_its_plural_verb_across_a_list_or_an_aside():
    assert _read("ذكرت مصادر محلية أن 9 مدنيين و4 عناصر من الفصائل و2 من المنشقين، قُتلوا في الغارات.") == [
        ("killed", 9), ("killed", 4), ("killed", 2)]
    assert _read("أفادت مصادر طبية بأن 4 فلسطينيين، بينهم طفل، في مخيم النصيرات وسط القطاع استُشهدوا.") == [
        ("killed", 4), ("killed", 1)]
    # another clause, a status or a kind noun on the way: no far verb
    assert _read("قالت الرابطة إن أكثر من 1500 مدني لا يزالون مختطفين، وإن 150 مختطفاً قضوا تحت التعذيب.") == [
        ("detained", 1500), ("killed", 150)]


def test_one_person_among_the_wounded():
    assert _read("وأن طفلاً واحداً بين المصابين.") == [("injured", 1)]
    assert _read("وقال إن 3 أطفال بين القتلى.") == [("killed", 3)]


def test_a_verb_left_out_in_coordination():
    assert _read("قُتل شخص برصاص مجهولين في ريف درعا الشرقي، وآخر في ريف درعا الغربي.") == [
        ("killed", 1), ("killed", 1)]
    assert _read("أدى الهجوم إلى مقتل 4 عناصر من قوات النظام إضافة لمدني كان ماراً.") == [
        ("killed", 4), ("killed", 1)]


def test_fate_unknown_is_missing():
    assert _read("خطفوا خمسة من جامعي الكمأ، أُفرج عن اثنين منهم، فيما لا يزال مصير الثلاثة الآخرين مجهولاً.") == [
        ("detained", 5), ("missing", 3)]
    assert _read("احتجزت القوات نحو 1700 رجل وفتى فروا من المنطقة، وإن مصير 643 منهم لا يزال مجهولاً.") == [
        ("detained", 1700), ("missing", 643)]


def test_a_copula_before_a_breakdown_is_no_earlier_toll():
    figs = extract_arabic("وثقت الشبكة 197 حالة اعتقال، كانت 113 منها على يد قوات النظام.")
    assert [(f.count, f.superseded) for f in figs] == [(197, False), (113, False)]


def test_a_figure_after_fima_is_current_in_an_earlier_toll_sentence():
    figs = extract_arabic("وكان المرصد قد أشار في حصيلة سابقة إلى مقتل أكثر من 8 أشخاص، فيما أصيب 43 آخرون بجروح.")
    assert [(f.count, f.superseded) for f in figs] == [(8, True), (43, False)]


def test_the_death_that_raised_a_toll_is_not_counted_again():
    text = ("ارتفعت حصيلة ضحايا الاستهداف إلى خمسة، وهم مدني وأربعة من العناصر.\n"
            "وقال مصدر طبي إن أحد العناصر فارق الحياة متأثراً بجروحه صباح اليوم.")
    assert sorted(_read(text)) == [("killed", 1), ("killed", 4), ("killed", 5)]


def test_bodies_in_the_dual_and_a_dash_row_with_a_cause():
    assert _read("انتشلت فرق الدفاع المدني جثتين من تحت الأنقاض.") == [("killed", 2)]
    assert _read("وثق المرصد مقتل 3 مدنيين توزعوا على الشكل الآتي:\n– 2 برصاص مسلحين\n– 1 تحت التعذيب") == [
        ("killed", 3), ("killed", 2), ("killed", 1)]


def test_a_spelled_out_range_of_thousands():
    figs = extract_arabic("قدر الخبراء أن ما بين عشرة آلاف وخمسة عشر ألف شخص قتلوا في الجنينة.")
    assert [(f.kind, f.count, f.count_max) for f in figs] == [("killed", 10_000, 15_000)]


def test_the_object_after_a_plural_subject():
    assert _read("اعتقلت قوات الاحتلال شقيقين بعد مداهمة منزل عائلتهما.") == [("detained", 2)]
    assert _read("اغتال مسلحون مجهولون مختار بلدة طفس بإطلاق النار عليه.") == [("killed", 1)]


def test_found_killed():
    assert _read("عُثر على رجل مقتولاً في بستان قرب مدينة بعقوبة.") == [("killed", 1)]


def test_fate_and_whereabouts_unknown_is_missing():
    text = "اختطف مسلحون 22 عاملاً، أُطلق سراح ثلاثة منهم، ولا يزال مصير ومكان وجود 19 منهم مجهولين."
    assert _read(text) == [("detained", 22), ("missing", 19)]


def test_a_dash_row_with_a_cause_of_death():
    assert _read("وثق المرصد مقتل 4 مدنيين على النحو التالي:\n- 2 غرقاً في نهر الفرات\n- 2 تحت التعذيب") == [
        ("killed", 4), ("killed", 2), ("killed", 2)]


def test_parts_listed_without_a_total_get_a_derived_total():
    figs = extract_arabic_with_totals("أدى الهجوم إلى مقتل 4 عناصر من قوات النظام إضافة لمدني كان ماراً.")
    assert [(f.count, f.derived, f.rule) for f in figs] == [(4, False, "cue_before"), (5, True, "derived_total"),
                                                            (1, False, "singular_in_addition")]
    assert [f.part_of for f in figs] == [1, None, 1]
    figs = extract_arabic_with_totals("ذكرت مصادر أن 9 مدنيين و4 عناصر من الفصائل و2 من المنشقين، قُتلوا في الغارات.")
    assert [(f.count, f.derived) for f in figs] == [(9, False), (15, True), (4, False), (2, False)]


@pytest.mark.parametrize("text", [
    "قُتل شخص برصاص مجهولين في ريف درعا الشرقي، وآخر في ريف درعا الغربي.",  # different places
    "قتل 12 شخصاً بينهم 3 أطفال و4 نساء.",  # parts of a stated total
    "ارتفعت الحصيلة الشهرية إلى 40 قتيلاً. وقتل 5 مدنيين و3 عناصر في إدلب.",  # a report of period totals
])
def test_no_derived_total(text):
    assert not [f for f in extract_arabic_with_totals(text) if f.derived]


def test_lost_their_lives_is_killed():
    assert _read("وبهذا يرتفع عدد الذين فقدوا حياتهم جراء الهجمات منذ بداية الشهر إلى 9 أشخاص.") == [("killed", 9)]


def test_a_single_victim_in_an_earlier_toll_is_superseded():
    figs = extract_arabic("قتل جنديان وأصيب ثلاثة آخرون. وكانت حصيلة أولية قد تحدثت عن مقتل جندي واحد.")
    assert [(f.count, f.superseded) for f in figs] == [(2, False), (3, False), (1, True)]


def test_the_people_a_series_of_arrests_struck():
    assert _read("سجل المكتب 17 عملية اعتقال نفذتها الأجهزة الأمنية، طالت 22 شخصاً بينهم امرأتان.") == [
        ("detained", 22), ("detained", 2)]


def test_a_noun_and_two_coordinated_by_a_phrase():
    assert _read("أفاد نشطاء بأن 6 من مقاتلي العشائر و4 من عناصر قسد، إضافة إلى مدنيين اثنين، قتلوا اليوم.") == [
        ("killed", 6), ("killed", 4), ("killed", 2)]


def test_their_sister_after_a_dual_verb_phrase():
    assert _read("لقي طفلان حتفهما وأصيبت شقيقتهما بجروح خطيرة.") == [("killed", 2), ("injured", 1)]


def test_still_before_the_count_and_the_status_after_its_noun_phrase():
    text = "فيما لا يزال ما لا يقل عن 476 صحفياً ومواطناً صحفياً قيد الاعتقال أو الاختفاء القسري."
    figs = extract_arabic(text)
    assert [(f.kind, f.count, f.qualifier, f.scope) for f in figs] == [("detained", 476, "at_least", "cumulative")]


def test_the_object_after_a_longer_subject():
    assert _read("اعتقلت دورية تابعة للأمن العسكري شاباً من أبناء مدينة داعل.") == [("detained", 1)]


def _parts_and_total(text):
    """The stated figures and the derived totals of ``text``, each as (kind, count) pairs."""
    figs = extract_arabic_with_totals(text)
    return ([(f.kind, f.count) for f in figs if not f.derived and not f.superseded],
            [(f.kind, f.count) for f in figs if f.derived])


def test_a_person_and_their_kin_with_no_numeral_are_parts_with_a_derived_total():
    # annotators differ ("امرأة وطفلها" is 1 + 1 to one, 2 to another): both readings are
    # given, the parts and their sum flagged derived (issue 11 §4; blind11 ar 016, 026)
    assert _parts_and_total("اغتالوا شيخ عشيرة ونجله بإطلاق النار عليهما.") == ([("killed", 1)] * 2, [("killed", 2)])
    assert _parts_and_total("قتل الشيخ وزوجته ونجلهما الأكبر.") == ([("killed", 1)] * 3, [("killed", 3)])
    assert _parts_and_total("وفي مدينة سراقب، استشهدت امرأة وطفلها بقصف مدفعي.") == ([("killed", 1)] * 2, [("killed", 2)])
    # a dual is a part of its own: 1, 1 and 2, summed to 4
    assert _parts_and_total("قتل رجل وزوجته وطفلاهما في القصف على البلدة.") == (
        [("killed", 1), ("killed", 1), ("killed", 2)], [("killed", 4)])
    assert _read("قضت امرأة واحدة وطفلاها في حريق.") == [("killed", 1), ("killed", 2)]
    # inside a stated total, an enumeration keeps one entry each and no total is derived
    assert _parts_and_total("استشهد 4 مواطنين من عائلة واحدة، هم رجل وزوجته وطفلاهما.") == (
        [("killed", 4), ("killed", 1), ("killed", 1), ("killed", 2)], [])
    # the kin's place phrase comes after them; they are still the person's family (bl-ar-030)
    assert _parts_and_total("أفادت مصادر محلية في محافظة نينوى بأن مسلحين اغتالوا شيخ عشيرة ونجله قرب منزلهما في قرية شمال الموصل.")[1] == [("killed", 2)]
    # in a report whose toll is read as a running total, a family is still one event's people
    assert _parts_and_total("ارتفع عدد القتلى اليوم إلى 14 مدنياً، كما قضى رجل وزوجته في قصف على النيرب.")[1] == [
        ("killed", 2)]


def test_the_subject_before_the_victims_is_no_victim():
    assert _read("قتل المسلح ضحيتيه ثم لاذ بالفرار.") == [("killed", 2)]


@pytest.mark.parametrize("text", [
    "اختطف مسلحون مدرساً من بلدة الكرك ثم قتلوه بعد يومين.",
    "اختطف مسلحون مدرساً أمس. وعُثر اليوم على جثته قرب البلدة.",
    "اختطف مسلحون شاباً من بلدة نوى، وأدى ذلك لمقتله.",
])
def test_abducted_then_killed_is_killed_only(text):
    figs = extract_arabic(text)
    assert [(f.kind, f.count, f.rule) for f in figs] == [("killed", 1, "abducted_then_killed")]


def test_an_abduction_with_a_killing_in_another_paragraph_stays_detained():
    assert _read("اختطف مسلحون شاباً من بلدة نوى.\n\nوقتل مدني في درعا وعثر على جثته.") == [
        ("detained", 1), ("killed", 1)]


def test_the_toll_includes():
    assert _read("ارتفعت حصيلة الهجوم إلى 89 قتيلاً، وشملت الحصيلة 31 امرأة و5 أطفال.") == [
        ("killed", 89), ("killed", 31), ("killed", 5)]


def test_breakdowns_in_brackets_and_after_a_semicolon():
    assert _read("ارتفع عدد ضحايا الغارة إلى 22 قتيلاً (12 امرأة وطفلان و8 رجال).") == [
        ("killed", 22), ("killed", 12), ("killed", 2), ("killed", 8)]
    assert _read("ارتفع عدد قتلى الغارة إلى أربعة؛ مدني وثلاثة من عناصر الدفاع المدني.") == [
        ("killed", 4), ("killed", 1), ("killed", 3)]


def test_verbless_rows_under_a_toll_heading():
    text = "حصيلة الأسبوع في عموم سوريا:\n40 مدنياً بينهم 9 أطفال وسيدتان\n27 من عناصر قوات النظام"
    assert _read(text) == [("killed", 40), ("killed", 9), ("killed", 2), ("killed", 27)]


def test_parts_before_among_n_victims():
    assert _read("امرأتان وطفل بين 15 ضحية برصاص عشوائي") == [("killed", 2), ("killed", 1), ("killed", 15)]


def test_the_group_continues_after_a_restated_count():
    assert _read("استشهد 113 فلسطينياً. ومن بين الشهداء الـ113 صحفيان قتلا بغارة.") == [
        ("killed", 113), ("killed", 2)]


def test_new_victim_nouns():
    assert _read("اعتقلت الأجهزة الأمنية 4 متعاونين سابقين مع التنظيم.") == [("detained", 4)]
    assert _read("اغتال مسلحون نائبين سابقين في البرلمان.") == [("killed", 2)]


def test_deaths_from_disease_are_no_figure():
    assert _read("سجلت مديرية الصحة 120 إصابة جديدة بالكوليرا و4 وفيات خلال أسبوع.") == []


def test_a_person_their_age_and_their_kin():
    assert _parts_and_total("قُتل طفل يبلغ من العمر 7 سنوات وشقيقه البالغ 12 عاماً بانفجار قنبلة عنقودية.") == (
        [("killed", 1)] * 2, [("killed", 2)])


def test_a_population_is_no_figure_but_the_displaced_a_camp_holds_are_a_stock():
    assert _read("ويعيش في المدينة المحاصرة نحو 800 ألف شخص.") == []
    assert _read("وأضافت المنسقية أن المخيم يؤوي أكثر من 120 ألف نازح.") == [("displaced", 120000)]
    # remains in a mass grave are deaths counted when they happened, not a new toll (ar303)
    assert _read("عثرت فرق البحث على مقبرة جماعية تضم رفات 27 شخصاً.") == []


def test_every_rule_name_is_documented():
    doc = (Path(__file__).resolve().parent.parent / "docs" / "extraction-arabic.md").read_text(encoding="utf-8")
    rules = doc[doc.index("### Rules, by name"):doc.index("## Numbers")]
    seen = {f.rule for d in DOCS for f in _figures(d)}
    assert not {name for name in seen if f"`{name}`" not in rules}


def test_people_who_crossed_or_sought_refuge_are_displaced():
    assert _read("قال المكتب إن أكثر من 400 ألف شخص عبروا من لبنان إلى سوريا منذ 23 أيلول.") == [("displaced", 400000)]
    assert _read("وأفادت المفوضية بأن 3 آلاف شخص لجأوا إلى تشاد خلال الأسبوع.") == [("displaced", 3000)]


def test_an_accusation_and_an_escape_are_no_figures():
    assert _read("اعتقلت الشرطة 3 أشخاص بتهمة قتل 5 مدنيين.") == [("detained", 3)]
    assert _read("فر 3 سجناء من السجن المركزي.") == []


def test_the_identified_are_no_new_figures_and_serious_injuries_a_subset():
    assert _read("انتشلت الفرق جثث 123 شخصاً، وتمكنت من التعرف على هويات 35 منهم.") == [("killed", 123)]
    assert _read("انتشلت الفرق رفات 123 شخصاً، وتمكنت من التعرف على هويات 35 منهم.") == []  # remains (ar303)
    assert _read("خلّف العدوان 12 شهيداً وأكثر من 140 إصابة، بينها 30 إصابة خطيرة.") == [
        ("killed", 12), ("injured", 140), ("injured", 30)]


def test_a_protester():
    assert _read("قُتل متظاهر برصاص عناصر أمن مجهولين خلال احتجاج.") == [("killed", 1)]


def test_a_breakdown_after_a_colon_in_a_sentence_of_its_own():
    text = ("وثقت الشبكة ما لا يقل عن 233 حالة اعتقال في كانون الأول 2023.\n"
            "وتوزعت حالات الاعتقال على النحو التالي: 117 على يد قوات النظام، و71 على يد قسد.")
    figs = extract_arabic(text)
    assert [(f.kind, f.count, f.part_of) for f in figs] == [("detained", 233, None), ("detained", 117, 0),
                                                            ("detained", 71, 0)]


def test_an_earlier_statement_is_superseded():
    figs = extract_arabic("قتل 15 شخصاً. وكانت النقابة قد أحصت في بيان سابق مقتل 9 أشخاص.")
    assert [(f.count, f.superseded) for f in figs] == [(15, False), (9, True)]
    figs = extract_arabic("قتل عنصر سابق في الفصائل برصاص مجهولين.")
    assert [(f.count, f.superseded) for f in figs] == [(1, False)]


def test_the_fate_of_two_unknown():
    assert _read("أفرجت المجموعة عن 4 مختطفين، فيما لا يزال مصير مختطفَين اثنين مجهولاً.") == [("missing", 2)]


def test_a_derived_total_is_no_restatement_of_another_figure():
    text = ("قُتل القيادي في الكتائب أبو باقر الساعدي واثنان من مرافقيه بغارة بطائرة مسيرة.\n"
            "وقالت القيادة إن الغارة جاءت رداً على هجوم أدى إلى مقتل 3 جنود في الأردن.")
    figs = extract_arabic_with_totals(text)
    assert sorted((f.count, f.derived) for f in figs) == [(1, False), (2, False), (3, False), (3, True)]


def test_no_derived_total_for_separate_events():
    assert not [f for f in extract_arabic_with_totals("كما وثق التقرير مقتل طبيبة وممرض في هجومين منفصلين.")
                if f.derived]


def test_hostages_still_held_and_a_subset_described_by_a_verb():
    assert _read("لا يزال 101 رهينة محتجزين في قطاع غزة.") == [("detained", 101)]
    assert _read("احتجزت الجماعة 13 من موظفي الأمم المتحدة، بينهم 6 يعملون في مكتب حقوق الإنسان.") == [
        ("detained", 13), ("detained", 6)]
    assert _read("اعتقلت الدوريات 8 شبان، بينهم منشقان عن قوات النظام.") == [("detained", 8), ("detained", 2)]


def test_officials_and_a_daughter():
    assert _read("قُتل والي غرب دارفور بعد ساعات من تصريحاته.") == [("killed", 1)]
    assert _parts_and_total("لقي رجل وطفلته حتفهما في حريق خيمتهم.") == ([("killed", 1)] * 2, [("killed", 2)])


def test_a_feminine_singular_with_a_conjunction():
    assert _read("قُتل 5 أطفال ومعلمة بقصف صاروخي على محيط مدرسة.") == [("killed", 5), ("killed", 1)]


# --- issue 11 §2, blind2 precision classes (each a general rule, with fixtures ar-prec01..04) ---

def test_a_person_who_died_of_wounds_is_killed_not_injured():
    assert _read("شاب قتل برصاص مسلحين، وعنصر في الشرطة متأثراً بجراح أصيب بها في هجوم على حاجز.") == [
        ("killed", 1), ("killed", 1)]
    assert _read("ومقاتل من الفصائل متأثراً بجروحه التي أصيب بها أمس.") == [("killed", 1)]


def test_a_noun_in_apposition_is_not_a_second_group():
    assert _read("قال ناشطون إن طفلين شقيقين قضيا بانفجار لغم في ريف إدلب.") == [("killed", 2)]
    assert _read("لقي طفلان شقيقان حتفهما بانفجار لغم.") == [("killed", 2)]


def test_a_single_victim_restated_by_a_definite_noun_is_one_figure():
    text = "قتل والي الولاية في هجوم على موكبه.\nوأدان الاتحاد الأفريقي مقتل الوالي."
    assert _read(text) == [("killed", 1)]
    text = "اغتال مسلحون قاضياً في البصرة.\nوأدانت النقابة اغتيال القاضي."
    assert _read(text) == [("killed", 1)]
    # a different person named after the first is still counted
    assert _read("قتل والي الولاية في هجوم.\nوأعلن الجيش مقتل القائد في المعارك.") == [("killed", 1), ("killed", 1)]


def test_a_population_before_the_event_and_troops_in_a_new_clause_are_no_figures():
    assert _read("وكان المخيم يؤوي قبل الهجوم ما بين 500 ألف و700 ألف نازح.") == []
    assert _read("المخيم يؤوي أكثر من 120 ألف نازح.") == [("displaced", 120000)]  # a stock now: kept
    assert _read("وقالت مصادر إن نحو 3 آلاف من سكان المخيم اضطروا إلى مغادرة منازلهم، فيما شارك في العملية "
                 "ما بين 1000 و2000 جندي.") == [("displaced", 3000)]
    assert _read("قتل 5 مدنيين، و3 عناصر من الشرطة.") == [("killed", 5), ("killed", 3)]


# --- issue 11 §3, blind2 recall classes (fixtures ar-rec01..) ---

def test_a_stock_still_detained_with_subsets_before_the_status():
    text = ("قالت الشبكة إن ما لا يقل عن 130 ألف شخص، بينهم 3600 طفل و8900 سيدة، لا يزالون قيد "
            "الاعتقال التعسفي أو الاختفاء القسري.")
    figs = extract_arabic(text)
    assert [(f.kind, f.count) for f in figs] == [("detained", 130000), ("detained", 3600), ("detained", 8900)]
    assert figs[0].scope == "cumulative"
    # an aside before a verb that is no status is still no figure of its own
    assert _read("قالت الشبكة إن 17 شخصاً، بينهم 9 مدنيين، قتلوا.") == [("killed", 17), ("killed", 9)]


def test_people_who_became_disappeared_are_missing():
    assert _read("وأضاف التقرير أن 85 ألف شخص من هؤلاء قد تحولوا إلى مختفين قسرياً.") == [("missing", 85000)]


def test_condition_subsets_of_the_injured():
    assert _read("أدت الغارة إلى مقتل 22 شخصاً وإصابة 8 آخرين، حالة ثلاثة منهم حرجة.") == [
        ("killed", 22), ("injured", 8), ("injured", 3)]
    assert _read("قالت الوزارة إن 57 جريحاً نقلوا إلى المستشفيات، بينها 12 إصابة خطيرة.") == [
        ("injured", 57), ("injured", 12)]
    # the wounded named again in a later sentence ("الجرحى") are the reference
    assert _read("وأصيب خمسة آخرون في الهجوم.\nوأشار المصدر إلى أن الجرحى نقلوا إلى المشفى وأن حالة اثنين منهم حرجة.") == [
        ("injured", 5), ("injured", 2)]


def test_a_dual_restated_by_the_numeral_two_is_one_figure_of_two():
    assert _read("استشهد عسكريان اثنان وأصيب خمسة آخرون.") == [("killed", 2), ("injured", 5)]
    assert _read("أصيب مسعفان اثنان بشظايا القصف.") == [("injured", 2)]


def test_a_noun_with_an_ordinal_after_the_verb_is_one_more_person():
    assert _read("قتل أربعة من الخاطفين، فيما قتل خاطف خامس برصاص الشرطة.") == [("killed", 4), ("killed", 1)]
    assert _read("أصيب منزل ثالث بالقصف.") == []  # not people


def test_a_force_that_lost_its_own_members_counts_them_killed():
    assert _read("فقدت البيشمركة 9 من عناصرها في الهجوم.") == [("killed", 9)]
    assert _read("فقد 30 مهاجراً في البحر.") == [("missing", 30)]


# --- issue 11, blind3 precision classes (fixture ar-prec05) ---

def test_a_toll_the_source_published_earlier_the_same_or_previous_day_is_superseded():
    text = ("ارتفع إلى 31 عدد الشهداء الذين قضوا جراء انفجار سيارة مفخخة، وكان المرصد نشر مساء أمس أن "
            "24 شخصاً على الأقل قضوا في الانفجار.")
    assert _read(text) == [("killed", 31)]
    # "قد قال في وقت سابق" about other strikes is left to the older rule (a separate event here)
    assert _read("وجاء الهجوم بعد استئناف القصف، وكان المرصد قد قال في وقت سابق اليوم إن 21 مدنيا قتلوا في غارات "
                 "على المدينة.") == [("killed", 21)]


def test_deaths_from_a_disease_are_no_war_casualties():
    assert _read("فارق طفلان الحياة جراء إصابتهما بمرض الحصبة، ليرتفع إلى 9 عدد الذين توفوا بالمرض.") == []
    assert _read("قتل 5 أشخاص بقصف على مستشفى في المدينة.") == [("killed", 5)]


def test_one_family_a_second_year_and_a_preposition_spelled_like_a_noun_are_no_victims():
    assert _read("استشهد 17 مدنياً بينهم 6 أطفال من عائلة واحدة.") == [("killed", 17), ("killed", 6)]
    assert _read("وثق التقرير وفاة 17,723 شخصاً في الحجز بين 2011 و2015.") == [("killed", 17723)]
    assert _pairs("ما أدى إلى دمار واسع، وإلى إصابة العشرات بجروح.") == []  # vague only


def test_list_lines_with_a_long_label_before_the_colon():
    text = ("وثقت الشبكة مقتل 120 مدنياً خلال الشهر.\nوتوزعت حصيلة الضحايا على النحو التالي:\n"
            "قوات النظام السوري (الجيش والأمن والميليشيات المحلية والأجنبية): 92 مدنياً، بينهم 21 طفلاً.\n"
            "مقاتلو الفصائل المقاتلة والإسلامية وهيئة تحرير الشام: 28 مقاتلاً.")
    assert _read(text) == [("killed", 120), ("killed", 92), ("killed", 21), ("killed", 28)]
    # a colon after a long clause with its own verb is no label
    assert _read("وقال مدير المرصد في تصريح للصحفيين اليوم في العاصمة: 5 أشخاص قتلوا.") == [("killed", 5)]


def test_a_pipe_table_under_a_heading_gives_each_cell_and_subsets_of_its_row():
    text = ("وثقت الشبكة مقتل 600 مدني في عام 2019.\nوجاء توزع الضحايا على النحو التالي:\n"
            "| الجهة | المدنيون | الأطفال |\n| قوات النظام السوري | 400 | 100 |\n| جهات أخرى | 200 | 50 |")
    figs = extract_arabic(text)
    assert [(f.kind, f.count) for f in figs] == [("killed", 600), ("killed", 400), ("killed", 100),
                                                ("killed", 200), ("killed", 50)]
    assert figs[2].part_of == 1 and figs[1].part_of == 0 and figs[2].rule == "table_row_cell"
    # a pipe row with no heading above it is not read
    assert _read("| قوات النظام السوري | 400 | 100 |") == []


def test_previous_years_are_no_earlier_toll_and_these_open_a_subset_of_the_toll_before():
    text = ("وثق المرصد مقتل 33 ألفاً و425 شخصاً، مقارنة بالأعوام السابقة.\n"
            "ومن بين هؤلاء 10 آلاف و507 مدنيين، هم ألفان و109 أطفال، وألف و406 مواطنات.")
    figs = extract_arabic(text)
    assert [(f.kind, f.count) for f in figs if not f.superseded] == [
        ("killed", 33425), ("killed", 10507), ("killed", 2109), ("killed", 1406)]
    assert figs[1].part_of == 0
    assert _read("قتل مقاتل سابق في الفصائل برصاص مجهولين.") == [("killed", 1)]


def test_a_qualifier_after_a_coordinating_phrase_keeps_the_coordination():
    assert _read("قتل 50 عنصراً من قوات النظام، إلى جانب نحو 30 من مقاتلي الفصائل، ونحو 20 من عناصر التنظيم.") == [
        ("killed", 50), ("killed", 30), ("killed", 20)]


def test_some_of_the_victims_of_a_kind_are_a_subset_of_its_toll():
    figs = extract_arabic("أصيب 7 جنود في الهجوم. وأشار إلى أن اثنين من الجرحى في حالة خطرة.")
    assert [(f.kind, f.count, f.part_of) for f in figs] == [("injured", 7, None), ("injured", 2, 0)]
    assert _read("أعدمت السلطات 81 شخصاً. وكان 41 على الأقل من المعدومين من المسلمين الشيعة.") == [
        ("killed", 81), ("killed", 41)]
    # a verb after them decides: released hostages are no figure, detainees killed are killed
    assert _read("اختطف مسلحون 20 شخصاً. وأضافت أن 3 من المختطفين أُطلق سراحهم.") == [("detained", 20)]
    assert _read("وأفادت بأن 49 من المحتجزين على الأقل قُتلوا رمياً بالرصاص.") == [("killed", 49)]


def test_some_of_them_who_became_disappeared_are_missing():
    assert _read("وثق التقرير 496 حالة اعتقال تعسفي، وقد تحوَّل 360 منهم إلى مختفين قسرياً.") == [
        ("detained", 496), ("missing", 360)]


def test_single_people_named_by_nationality_in_an_enumeration():
    assert _read("قتل سبعة من عمال الإغاثة، والقتلى هم ثلاثة بريطانيين، وأسترالية، وبولندي، وفلسطيني.") == [
        ("killed", 7), ("killed", 3), ("killed", 1), ("killed", 1), ("killed", 1)]
    assert _read("قتل 7 يمنيين وسورياً واحداً في الغارة.") == [("killed", 7), ("killed", 1)]
    assert _read("قتل 7 يمنيين وفر آخرون إلى سوريا.") == [("killed", 7)]  # a country, not a person


def test_remains_and_bodies_handed_over_are_no_new_toll():
    assert _read("أعلنت المؤسسة تسليم رفات 21 من ضحايا المقابر الجماعية إلى ذويهم.") == []  # ar303
    assert _read("تسلمت العائلات الجثامين المستلمة وعددها 12.") == []


def test_a_running_toll_continued_with_the_verb_left_out_and_forced_disappearance():
    text = ("كما ارتفع إلى 157 عدد مقاتلي الفصائل الذين قضوا في المعارك، وإلى 174 عدد مقاتلي وحدات حماية الشعب "
            "الكردي.")
    assert _read(text) == [("killed", 157), ("killed", 174)]
    assert _read("وقالت الشبكة إن قوات النظام أخفت قسرياً 1606 أشخاص، بينهم 13 طفلاً.") == [
        ("missing", 1606), ("missing", 13)]


def test_kin_in_the_plural_with_a_number_and_an_escort():
    assert _read("استشهد 5 مواطنين من عائلة واحدة، هم رجل وزوجته وأطفالهما الثلاثة.") == [
        ("killed", 5), ("killed", 1), ("killed", 1), ("killed", 3)]
    assert _read("أدى الانفجار أيضاً إلى إصابة مرافقه بجروح بليغة.") == [("injured", 1)]


# --- blind11 ar precision classes (fixtures ar326..ar328) ---

def test_a_first_toll_in_a_relative_clause_is_superseded():
    figs = extract_arabic("ما أسفر عن مقتل 43 شخصاً، وفق آخر حصيلة للمرصد، الذي كان قد أعلن في البداية عن مقتل 14 شخصاً.")
    assert [(f.count, f.superseded) for f in figs] == [(43, False), (14, True)]
    # a relative clause that is no earlier toll leaves its figure standing
    figs = extract_arabic("قتل 5 مدنيين بقصف على البلدة التي كانت قد شهدت مقتل 3 أطفال الشهر الماضي.")
    assert not any(f.superseded for f in figs)


def test_a_first_toll_corrected_later_in_the_same_sentence_is_superseded():
    figs = extract_arabic("أعلنت الوزارة في البداية سقوط نحو 500 قتيل، قبل أن تحدد الحصيلة لاحقاً بـ471 قتيلاً.")
    assert [(f.count, f.superseded) for f in figs] == [(500, True), (471, False)]
    # an earlier statement that "قبل أن … لاحقاً" corrects is superseded though no new figure is given
    figs = extract_arabic("وكان الهلال الأحمر قد أعلن مقتل اثنين من متطوعيه وفقدان ثالث، قبل أن يؤكد لاحقاً وفاته، "
                          "فيما أصيب 3 آخرون من طاقمه.")
    assert [(f.kind, f.count, f.superseded) for f in figs] == [
        ("killed", 2, True), ("missing", 1, True), ("injured", 3, False)]


def test_a_toll_raised_by_a_death_from_wounds_supersedes_the_first():
    figs = extract_arabic("أدى القصف إلى مقتل 9 مدنيين بينهم طفلان.\n"
                          "وتوفي أحد المصابين بعد ساعات متأثراً بإصابته، ليرتفع عدد القتلى إلى 10 مدنيين.")
    assert [(f.count, f.superseded) for f in figs] == [(9, True), (2, False), (1, False), (10, False)]
    assert figs[1].part_of == 3  # the children are counted in the raised toll
    # a sum that does not hold is no evidence: the first toll stands
    figs = extract_arabic("أدى القصف إلى مقتل 9 مدنيين.\n"
                          "وتوفي أحد المصابين بعد ساعات متأثراً بإصابته، ليرتفع عدد القتلى إلى 12 مدنياً.")
    assert not any(f.superseded for f in figs)


def test_patients_passengers_and_prisoners_are_people():
    # nouns the lexicon lacked (blind11 ar 015); "مريضين" is a dual: the plural is "مرضى"
    assert _read("قضى 7 مدنيين، بينهم طفل. وأضاف أن بين القتلى مريضين كانا يتلقيان العلاج.") == [
        ("killed", 7), ("killed", 1), ("killed", 2)]
    assert _read("أصيب راكبان في الحافلة.") == [("injured", 2)]
    assert _parts_and_total("قتل مريض ومرافقه بقصف على المشفى.") == ([("killed", 1)] * 2, [("killed", 2)])


def test_an_earlier_toll_ends_where_a_new_statement_begins():
    figs = extract_arabic("ارتفع عدد شهداء الأربعاء إلى 25 شهيداً بعد أن كانت الحصيلة الأولية 14 شهيداً، "
                          "لافتاً إلى أن أكثر من 450 شخصاً أصيبوا في الموجة الثانية.")
    assert [(f.count, f.superseded) for f in figs] == [(25, False), (14, True), (450, False)]


def test_the_wounded_still_in_a_critical_condition_are_injured():
    assert _read("وأشار إلى أن نحو 300 من الجرحى ما زالوا في حالة حرجة.") == [("injured", 300)]
    assert _read("وأضاف أن 15 من المصابين لا يزالون في العناية المركزة.") == [("injured", 15)]
    # still held is a status of its own
    assert _read("وقال إن 3 من المختطفين ما زالوا محتجزين.") == [("detained", 3)]


# --- blind12 ar precision classes ---

def test_killed_and_missing_together_is_no_figure_of_either():
    # "قتيل ومفقود": one count of two kinds (other), like "شهيد وجريح" (blind12 ar 024)
    assert _read("بلغ عدد الضحايا منذ بدء الحرب أكثر من 56 ألف قتيل ومفقود.") == []
    assert _read("أسفر القصف عن 45 قتيلاً ومفقوداً.") == []
    # a missing person of their own, with a numeral, is one
    assert _read("قتل 12 شخصاً ومفقود واحد.") == [("killed", 12), ("missing", 1)]


def test_each_one_of_them_counts_no_one():
    assert _read("قتل 5 أطفال، كل واحد منهم في عمر الزهور.") == [("killed", 5)]
    assert _read("كان يمكن لكل واحد منهم أن يكون طبيباً.") == []


def test_some_of_the_wounded_who_died_are_killed():
    # "N من الجرحى" after a verb of dying: deaths among the wounded (blind12 ar 019), not injured
    assert _read("وتوفي أربعة من الجرحى متأثرين بحروقهم.") == [("killed", 4)]
    assert _read("وأصيب أربعة من الجرحى بحروق.") == [("injured", 4)]
    # the deaths that turned an earlier toll into the current one stay with the earlier toll: they are
    # inside the current one (annotators of ar304 and blind7 ar 019 leave them out; blind12 ar 019's
    # counts them)
    figs = extract_arabic("وكانت السلطات قد أعلنت في حصيلة أولية مقتل 17 شخصاً، قبل أن يفارق أربعة من الجرحى الحياة.")
    assert [(f.kind, f.count, f.superseded) for f in figs] == [("killed", 17, True), ("killed", 4, True)]


def test_people_still_under_the_rubble_are_missing():
    # blind12 ar 026; a stock (cumulative), like "لا يزالون قيد الاعتقال"
    figs = extract_arabic("فيما يبقى قرابة عشرة آلاف إنسان تحت الركام.")
    assert [(f.kind, f.count, f.qualifier, f.scope) for f in figs] == [("missing", 10000, "about", "cumulative")]
    assert _read("ولا يزال 20 شخصاً تحت الأنقاض.") == [("missing", 20)]
    # bodies pulled from under the rubble are the dead
    assert _read("وانتشلت فرق الدفاع المدني 12 جثة من تحت الأنقاض.") == [("killed", 12)]


def test_displaced_people_killed_where_they_sheltered_are_the_dead():
    # blind12 ar 025: the population veto ("كانوا يحتمون") does not hold after a verb of killing
    assert _read("قُتل ما لا يقل عن 359 نازحاً كانوا يحتمون في ملاجئ الأونروا.") == [("killed", 359)]
    assert _read("نحو 2000 نازح كانوا يحتمون في المدرسة وقت الغارة.") == []


# --- blind13 ar precision classes ---

@pytest.mark.parametrize("text,expected", [
    # a season before a year is a date (021)
    ("وحكموا عليه بتهمة المساعدة في اعتقال 30 متظاهراً على الأقل في دوما خريف 2011 واقتيادهم إلى الفرع.",
     [("detained", 30)]),
    # a daily average is a rate, not a count, and so is its subset (011)
    ("ويعني هذا الرقم أن 83 مدنياً في المتوسط لقوا حتفهم يومياً على مدى عشر سنوات، بينهم 18 طفلاً.", []),
    ("قتل بمعدل 5 أشخاص يومياً.", []),
    ("قتل 12 شخصاً في القصف اليومي.", [("killed", 12)]),
    # "قُتل أو شُوّه": killed or maimed, one count of two kinds (009); maimed alone is injured
    ("إذ قُتل أو شُوّه 10 آلاف طفل منذ تصاعد القتال.", []),
    ("شُوّه 12 طفلاً بانفجار لغم.", [("injured", 12)]),
    # "رجّحت أن يكون …": a guess, not a toll (016)
    ("ووثقت المنظمة مقتل 817 شخصاً على الأقل، ورجحت أن يكون العدد الفعلي أكثر من ألف.", [("killed", 817)]),
])
def test_blind13_ar_precision_classes(text, expected):
    assert _read(text) == expected


def test_earlier_tolls_told_in_the_first_person_or_raised_with_then():
    # "بعد أن كنا قد أعلنا …" (a statement's own earlier toll; blind13 ar 018)
    figs = extract_arabic("ارتفع عدد الشهداء إلى ١٠٨ شهيداً، بعد أن كنا قد أعلنا في بياننا السابق عن ١٠١ شهيداً.")
    assert [(f.count, f.superseded) for f in figs] == [(108, False), (101, True)]
    # "في البداية … ثم رفعته إلى …" (blind13 ar 022)
    figs = extract_arabic("وقدّرت المنظمة في البداية عدد القتلى بما بين 160 و190، ثم رفعته إلى ما بين 560 و770.")
    assert (figs[0].count, figs[0].superseded) == (160, True)


def test_prisoners_moved_in_a_swap_are_no_detention():
    # "ونُقل 318 محتجزاً بين المدينتين" after a swap named in the sentence before (blind16 ar 008's class)
    assert _read("بدأت أمس صفقة تبادل الأسرى بين الطرفين.\nونُقل في اليوم الأول 240 محتجزاً بين المدينتين.") == []
    # ... but the wounded moved to hospitals stay the wounded
    assert _read("أصيب 30 شخصاً، نقل 7 منهم إلى مشافي تركيا.") == [("injured", 30), ("injured", 7)]


def test_a_count_added_to_a_risen_toll_is_as_current_as_the_toll():
    # "ارتفع إلى 36 …، إضافة إلى 55 مصاباً": the wounded are the revised statement's too (the linker
    # reads a revised toll at one town as the event's; the Gaza incident set lost two links without it)
    figs = extract_arabic("قال الدفاع المدني إن عدد القتلى في القصف الذي استهدف مدرسة في حي الشجاعية ارتفع إلى 22، "
                          "بينهم 9 أطفال، إضافة إلى 40 مصاباً.")
    assert [(f.kind, f.count, f.revision) for f in figs if f.part_of is None] == [
        ("killed", 22, True), ("injured", 40, True)]


def test_two_coordinated_groups_with_the_same_count_are_two_figures():
    # "ثلاثة … وثلاثة …": two groups, and their derived total, not one figure told twice (issue 11 §2)
    assert _read("قُتل أربعة ممرضين وأربعة سائقي إسعاف بقصف استهدف القافلة.") == [("killed", 4), ("killed", 4)]
    assert _read("قتل ثلاثة شرطيين وثلاثة جنود في الكمين.") == [("killed", 3), ("killed", 3)]


def test_a_range_a_first_toll_was_raised_to_is_read_whole():
    # the raised range takes the first toll's kind and replaces it (blind13 ar 022's class, our sentence)
    figs = extract_arabic("قدّرت فرق الإنقاذ في البداية عدد القتلى بما بين 20 و25، ثم رفعته إلى ما بين 60 و70 بعد "
                          "الوصول إلى الملجأ المنهار.")
    assert [(f.kind, f.count, f.count_max, f.superseded) for f in figs] == [
        ("killed", 20, 25, True), ("killed", 60, 70, False)]
    # a range that is no figure leaves no figure behind it: its second number is not read alone
    assert _read("قتل 4 مدنيين، ثم رفعت الطائرات عدد غاراتها إلى ما بين 30 و40.") == [("killed", 4)]
    assert _read("قتل 4 مدنيين، وتراوح عدد الغارات ما بين 30 و40.") == [("killed", 4)]  # was 4, 40 and a sum of 44


@pytest.mark.parametrize("text,expected", [
    # the fate of people "ممن اختطفوا" is unknown: missing (blind13 ar 003)
    ("ولا يزال مصير 11 آخرين ممن اختطفوا معهم مجهولاً حتى اللحظة.", [("missing", 11)]),
    # hostages recovered are no casualties (blind13 ar 026)
    ("خلال عملية عسكرية لاستعادة أربعة محتجزين إسرائيليين، أسفرت عن مقتل 274 فلسطينياً.", [("killed", 274)]),
    # an office-holder named again by the same title is the same person (blind13 ar 025)
    ("قُتل والي ولاية غرب دارفور مساء الأربعاء.\nوأصدرت القوات بياناً أدانت فيه اغتيال والي غرب دارفور.",
     [("killed", 1)]),
    ("قُتل طفل في القصف.\nوقتل طفل في غارة أخرى.", [("killed", 1), ("killed", 1)]),
])
def test_blind13_ar_more_classes(text, expected):
    assert _read(text) == expected


def test_a_distribution_heading_in_its_own_paragraph():
    # SNHR's monthly reports (blind13 ar 004, 005): the toll closes the paragraph before the heading
    text = ("سجلت الشبكة ما لا يقل عن 167 حالة اعتقال تعسفي في نيسان 2022.\n\n"
            "وبحسب التقرير فقد توزعت حصيلة حالات الاعتقال على النحو التالي:\n"
            "قوات النظام السوري: 83، بينهم 3 أطفال.\nهيئة تحرير الشام: 21.\n")
    figs = extract_arabic(text)
    assert [(f.kind, f.count, f.part_of) for f in figs] == [
        ("detained", 167, None), ("detained", 83, 0), ("detained", 3, 1), ("detained", 21, 0)]
    # rows on one line after the heading's colon, each "label: N", are parts of the toll, not of each other
    figs = extract_arabic("وثقت الشبكة مقتل 191 مدنياً.\n\nوبحسب التقرير فقد توزعت الحصيلة على النحو التالي: "
                          "قوات النظام السوري: 93 – القوات الروسية: 11 – جهات أخرى: 49.")
    assert [(f.count, f.part_of) for f in figs] == [(191, None), (93, 0), (11, 0), (49, 0)]


def test_the_make_up_of_a_toll_told_in_the_next_paragraph():
    # blind13 ar 011: "وشملت الحصيلة …" after a rate (no figure) in a paragraph of its own
    figs = extract_arabic("قدّرت المفوضية أن 306,887 مدنياً قُتلوا في سوريا بين 2011 و2021.\n\n"
                          "ويعني هذا أن 83 مدنياً في المتوسط لقوا حتفهم يومياً. وشملت الحصيلة 26,727 امرأة و27,126 طفلاً.")
    assert [(f.count, f.part_of) for f in figs] == [(306887, None), (26727, 0), (27126, 0)]


def _align_quadratic(figures):
    """``align_restated_pairs`` as first written: every figure against every other (quadratic)."""
    def key(f):
        return f.kind, f.count, f.count_max, f.vague, f.superseded

    top = [f for f in figures if f.part_of is None and not f.derived]
    restated = {(x.sentence_start, y.sentence_start) for x in top for y in top
                if x.sentence_start < y.sentence_start and x.count >= 3 and key(x) == key(y)}
    for s1, s2 in sorted(restated):
        small1 = [f for f in top if f.sentence_start == s1 and f.count <= 2]
        small2 = [f for f in top if f.sentence_start == s2 and f.count <= 2]
        for v in small2:
            same = [u for u in small1 if key(u) == key(v)]
            if len(same) != 1 or sum(key(w) == key(v) for w in small2) != 1:
                continue
            if same[0].place:
                v.place = same[0].place
            else:
                same[0].place = v.place


def test_restated_pairs_are_aligned_as_the_quadratic_definition():
    # align_restated_pairs indexes the figures of 3 or more by key and the ones and twos by sentence
    # (a 400 kB text of many restated tolls spent 21 s of 25 s comparing every figure with every other)
    import copy

    from nlp.casualties.arabic import align_restated_pairs

    text = "\n\n".join(d["text"] for d in DOCS[:40])
    raw = extract_arabic_with_totals(text)
    a, b = copy.deepcopy(raw), copy.deepcopy(raw)
    align_restated_pairs(a)
    _align_quadratic(b)
    assert [f.place for f in a] == [f.place for f in b]


# --- blind14 ar precision classes (our own sentences about other events) ---

@pytest.mark.parametrize("text,expected", [
    # "في المتوسط" before the count and "كل يوم" after it: a daily rate, not a count (013's class)
    ("وقال المتحدث إنه في المتوسط، يُقتل أربعة أطفال في اليمن ويصاب تسعة آخرون كل يوم.", []),
    ("وبالمتوسط يقتل 12 مدنياً كل أسبوع في ريف إدلب.", []),
    # every day without an average is no rate; the Mediterranean is no average
    ("قُتل 5 أشخاص في الغارات التي تشن كل يوم على المدينة.", [("killed", 5)]),
    ("وفي البحر المتوسط، قُتل 7 مهاجرين برصاص خفر السواحل.", [("killed", 7)]),
    # a feminine "واحدة" after a feminine noun of things is an adjective, also inside a "هم:" group (023's class)
    ("قتل 11 شخصاً في الغارة على مدرسة الفاخورة، هم: 7 رجال و4 أطفال، وقد دفنوا في حفرة واحدة.",
     [("killed", 11), ("killed", 7), ("killed", 4)]),
    ("قُتل 12 شخصاً بينهم طفلة واحدة.", [("killed", 12), ("killed", 1)]),
    ("أسفر القصف عن مقتل سيدة واحدة وإصابة ثلاثة أشخاص.", [("killed", 1), ("injured", 3)]),
])
def test_blind14_ar_precision_classes(text, expected):
    assert _read(text) == expected


def test_an_earlier_toll_named_first_inside_a_sentence_is_superseded():
    # "، وكان … قد … في حصيلة أولية" after the raised toll, mid-sentence (002's class)
    figs = extract_arabic("ارتفعت حصيلة القتلى جراء التفجير الذي استهدف حي الكرادة في بغداد إلى 292 قتيلاً، بعد انتشال "
                          "جثث من تحت الأنقاض، وكانت وزارة الصحة قد أعلنت في حصيلة أولية مقتل 213 شخصاً.")
    assert [(f.count, f.superseded) for f in figs] == [(292, False), (213, True)]
    # "فيما" turns to another earlier toll named as such: still superseded (020's class)
    figs = extract_arabic("وكانت قيادة العمليات قد ذكرت في بيان سابق أن انتحارياً فجر نفسه وسط المتسوقين، فيما أعلنت "
                          "دائرة الصحة في حصيلة أولية مقتل 15 شخصاً وإصابة 40 آخرين.")
    assert [(f.count, f.superseded) for f in figs] == [(15, True), (40, True)]
    # "فيما" with no such name is a current figure again; "وكان … قد" with no earlier toll named is another figure
    assert _read("وكانت الوزارة قد أعلنت في حصيلة سابقة مقتل 12 شخصاً، فيما أصيب 43 آخرون بجروح.") == [("injured", 43)]
    assert _read("قتل 6 أشخاص، وكان الجيش قد أعلن في بيان مقتل 3 مسلحين.") == [("killed", 6), ("killed", 3)]
    assert _read("أدت الغارة في حصيلة أولية إلى استشهاد 21 شخصاً وإصابة 8 بجروح.") == [("killed", 21), ("injured", 8)]


def test_people_taken_and_counted_then_found_dead_are_killed_only():
    # a counted abduction, then "جثثهم" in the same sentence: killed only (021's class)
    assert _read("وقالت مصادر محلية إن مسلحي داعش اختطفوا خمسة من رعاة الأغنام قرب الرطبة، قبل أن يعثر ذووهم على "
                 "جثثهم بعد يومين.") == [("killed", 5)]
    assert _read("اعتقل عناصر الميليشيا 12 شاباً من الحي ثم أعدموهم رمياً بالرصاص.") == [("killed", 12)]
    # a number between: some of them found dead, the others still detained
    assert _read("اعتقلت القوات 20 شخصاً في المداهمة، قبل أن يعثر الأهالي على جثث 3 منهم.") == [
        ("detained", 20), ("killed", 3)]


def _with_totals(text):
    return [(f.kind, f.count, f.derived) for f in extract_arabic_with_totals(text) if not f.superseded]


def test_a_person_and_their_kin_get_a_derived_total():
    # kin after one person counted with "أحد" and a construct, and kin with a number, are parts (012's class)
    assert sorted(_with_totals("قتل أحد موظفي برنامج الأغذية العالمي وزوجته وأطفالهما الأربعة في غارة على منزلهم "
                               "في دير البلح.")) == [
        ("killed", 1, False), ("killed", 1, False), ("killed", 4, False), ("killed", 6, True)]
    # a family is one event even where the sentence goes on to scattered places (002's class)
    assert sorted(_with_totals("أصيبت امرأة وزوجها وابنتهما بقصف على حي الشيخ مقصود، إضافة إلى إصابة 12 آخرين "
                               "في أحياء متفرقة.")) == [
        ("injured", 1, False), ("injured", 1, False), ("injured", 1, False), ("injured", 3, True),
        ("injured", 12, False)]
    # kin after a count of more than one, or far after it, are no parts of it
    assert _read("قتل 3 من عناصر الدفاع المدني وشقيقه.") == [("killed", 3)]


def test_the_same_noun_again_after_a_figures_of_phrase_is_a_parallel_part():
    # "N X من … وX من …": a part of its own, summed (018's class); residents are people
    assert sorted(_with_totals("أسفر التفجير عن مقتل مهندسَين اثنين من الجنسية الصينية ومهندس من الجنسية "
                               "الباكستانية.")) == [("killed", 1, False), ("killed", 2, False), ("killed", 3, True)]
    assert sorted(_with_totals("وأسفر الهجوم على المطار عن إصابة مقيمَين اثنين من الجنسية الهندية ومقيمة من الجنسية "
                               "السعودية.")) == [("injured", 1, False), ("injured", 2, False), ("injured", 3, True)]
    assert _read("أسفر الهجوم على مطار أبها عن مقتل مقيم سوري وإصابة 21 شخصاً.") == [("killed", 1), ("injured", 21)]


def test_a_count_of_a_persons_kin_after_them_is_named_kin():
    # "وثلاثة من أقاربه" after one person: kin with a number, summed also in a report of running totals (021's class)
    text = ("ارتفعت حصيلة القتلى في المحافظة منذ مطلع الشهر إلى 40 قتيلاً.\n"
            "وفي قرية مجاورة، قتل مسلحون مجهولون مختار القرية وثلاثة من أقاربه في هجوم على منزله.")
    assert sorted(_with_totals(text)) == [
        ("killed", 1, False), ("killed", 3, False), ("killed", 4, True), ("killed", 40, False)]
    # a militia's members are the subject, the office-holder after them the object
    assert sorted(_with_totals("أعدم عناصر الميليشيا إمام المسجد وأربعة من أبنائه أمام الأهالي.")) == [
        ("killed", 1, False), ("killed", 4, False), ("killed", 5, True)]
    figs = extract_arabic("قتل مسلحون مجهولون مختار القرية و3 من حراسه.")
    assert [(f.count, f.rule) for f in figs] == [(1, "object_after_subject"), (3, "coordinated")]


def test_a_row_of_an_enumeration_restates_the_same_group_told_before():
    # "سبعة من مسعفيها" … "هم: 7 من مسعفي الجمعية": one figure, a part of the 12 (023's class)
    figs = extract_arabic("أعلنت الجمعية انتشال جثامين سبعة من مسعفيها في خان يونس. وتمكنت الطواقم من انتشال 12 "
                          "جثماناً، هم: 7 من مسعفي الجمعية و5 من أفراد الدفاع المدني.")
    assert [(f.count, f.part_of) for f in figs] == [(7, 1), (12, None), (5, 1)]
    # a subset after "بينهم" in another incident is another figure
    assert _read("قتل 6 من عناصر الشرطة في هجوم على حاجز. وفي حادث آخر، قتل 20 شخصاً، بينهم 6 من عناصر "
                 "الشرطة.") == [("killed", 6), ("killed", 20), ("killed", 6)]


def test_a_distribution_heading_in_the_present_tense():
    # "وتتوزع الحصيلة … على النحو الآتي:" heads SOHR's "::" rows, parts of the toll (001's class)
    figs = extract_arabic("وثق المرصد السوري مقتل 1383 شخصاً في مناطق الساحل السوري منذ 6 آذار/مارس.\n"
                          "وتتوزع الحصيلة وفقاً لتوثيقات المرصد على النحو الآتي:\n"
                          "المدنيون:: 1090\nعناصر الأمن العام:: 180\nالمسلحون:: 113")
    assert [(f.kind, f.count, f.part_of) for f in figs] == [
        ("killed", 1383, None), ("killed", 1090, 0), ("killed", 180, 0), ("killed", 113, 0)]


def test_a_passive_with_jara_and_the_make_up_of_a_described_toll():
    # "N جرى إعدامهم": the passive with "جرى", like "تم" (001's class)
    assert _read("قتل 52 شخصاً في بانياس، بينهم 31 جرى إعدامهم ميدانياً.") == [("killed", 52), ("killed", 31)]
    # "وتضم الحصيلة المدنية N …": the make-up of a toll named with an adjective (001's class)
    figs = extract_arabic("وثق المرصد مقتل 60 مدنياً في ريف حماة. وتضم الحصيلة المدنية 14 طفلاً و9 سيدات.")
    assert [(f.count, f.rule, f.part_of) for f in figs] == [
        (60, "cue_before", None), (14, "toll_includes", 0), (9, "coordinated", 0)]


def test_rows_under_a_heading_of_causes_of_death_and_their_total_line():
    # a heading that names death, verbless cause rows, and a total line they add up to (026's class)
    text = ("ونشرت لجنة أطباء السودان حصراً أولياً بأسباب الوفاة في مدينة الجنينة:\n"
            "- الرصاص داخل الأحياء: 87\n- القصف المدفعي: 41\n- الحرق: 12\nالمجموع:: 140")
    figs = extract_arabic(text)
    assert [(f.kind, f.count, f.part_of) for f in figs] == [
        ("killed", 87, 3), ("killed", 41, 3), ("killed", 12, 3), ("killed", 140, None)]
    # rows that do not add up to the total line stay apart; a heading with no death word counts no one
    figs = extract_arabic(text.replace("140", "150"))
    assert [(f.count, f.part_of) for f in figs] == [(87, None), (41, None), (12, None), (150, None)]
    assert _read("ونشرت اللجنة حصراً بأعداد الغارات على المدينة:\n- الأحياء الشرقية: 87\n- الأحياء الغربية: 41") == []


def test_a_distribution_heading_that_names_cases_of_the_tolls_kind():
    # "وتوزعت حالات الاعتقال … على النحو الآتي:" under an arrest toll: the rows are its parts (003's class)
    text = ("رصد المرصد اعتقال 48 شخصاً في ريف دير الزور خلال شهر تموز.\n"
            "وتوزعت حالات الاعتقال بحسب الجهة المنفذة على النحو الآتي:\n"
            "قوات سوريا الديمقراطية:: 30\nقوات النظام: 18")
    assert [(f.kind, f.count, f.part_of) for f in extract_arabic(text)] == [
        ("detained", 48, None), ("detained", 30, 0), ("detained", 18, 0)]


def test_nationals_listed_after_a_count_of_another_nationality():
    # "30 بريطانيا، و3 إيرلنديين، وألمانيين اثنين، وبلجيكية، وبرتغالي": the make-up by nationality (019's class)
    text = ("قتل 26 سائحاً في الهجوم على المتحف. ومن بين الضحايا 17 يابانياً، و4 إسبانيين، وفرنسيين اثنين، "
            "وكولومبية، وإيطالي، وبولندية.")
    assert [(f.count, f.rule, f.part_of) for f in extract_arabic(text)] == [
        (26, "cue_before", None), (17, "in_group", 0), (4, "coordinated", 0), (2, "noun_and_two_coordinated", 0),
        (1, "nationality_one", 0), (1, "nationality_one", 0), (1, "nationality_one", 0)]
    # one person inside a "بينهم" still open is singled out (ar174's convention); a dual is a count
    assert _read("قتل 8 سياح، بينهم 5 يابانيين وأمريكيان وفرنسية.") == [
        ("killed", 8), ("killed", 5), ("killed", 2)]


def test_the_wounded_still_in_hospital_are_an_injured_subset():
    # "ولا يزال 7 من الجرحى يقيمون …": "still" before a count of the wounded, whatever verb follows (019's class)
    figs = extract_arabic("أصيب 85 شخصاً في انفجار الصهريج. ولا يزال 12 من الجرحى يرقدون في قسم العناية المركزة.")
    assert [(f.kind, f.count, f.part_of) for f in figs] == [("injured", 85, None), ("injured", 12, 0)]
    # "N منهم" after a kind named earlier in its sentence: a subset of that kind's toll (020's class)
    figs = extract_arabic("قتل 12 شخصاً وأصيب 70 آخرون بجروح في التفجير، بينهم 5 أطفال.\nوقال مدير المستشفى إن عدداً "
                          "من الجرحى غادروا المستشفى، فيما لا يزال 25 منهم راقدين للعلاج.")
    assert [(f.kind, f.count, f.part_of) for f in figs] == [
        ("killed", 12, None), ("injured", 70, None), ("injured", 5, 1), ("injured", 25, 1)]


def test_counts_in_brackets_after_labels_are_rows():
    # "الاستقلال (12) والطوارئ (7) ووزير أكبر خان (5)": each bracket a row of the same kind; the word
    # after a bracket opens the next label, no person and no breakdown (020's class)
    assert _read("قتل 24 شخصاً في التفجير، وتوزعت جثث القتلى على مستشفيات الاستقلال (12) والطوارئ (7) ووزير "
                 "أكبر خان (5).") == [("killed", 24), ("killed", 12), ("killed", 7), ("killed", 5)]
    assert _read("ونصت المادة (3) والمادة (5) من الاتفاق على وقف القتال.") == []


def test_a_date_in_a_since_phrase_and_the_parts_of_counted_things():
    # a date between the verb and its count is no distance (005's class)
    text = ("وبحسب قاعدة بيانات الشبكة، فقد قتلت قوات النظام السوري منذ بدء الحراك الشعبي في 15 آذار 2011 ما لا يقل "
            "عن 202000 مدني، بينهم 23000 طفل، وارتكبت 900 مجزرة، إضافة إلى 870 حادثة اعتداء على مراكز حيوية "
            "مدنية، بينها 560 على منشآت طبية و200 على مدارس.")
    assert _read(text) == [("killed", 202000), ("killed", 23000)]
    # "بينها" after a count of people is still their subset
    assert _read("قتل 40 شخصاً في 3 غارات، بينهم 12 طفلاً.") == [("killed", 40), ("killed", 12)]


def test_the_wounded_of_a_place_receiving_care_are_an_injured_subset():
    # "N من مصابي X يتلقون العلاج": a construct kind noun, and receiving care keeps the kind (016's class)
    assert _read("أصيب 126 شخصاً في التفجيرين. وقال المسؤول إن 23 من مصابي الإسكندرية يتلقون العلاج بالعناية "
                 "المركزة.") == [("injured", 126), ("injured", 23)]
    assert _read("أصيب 126 شخصاً. وقال المسؤول إن 19 من الجرحى يتلقون العلاج.") == [("injured", 126), ("injured", 19)]
    # patients of a disease are no wounded
    assert _read("أصيب 126 شخصاً. وقال إن 19 من مصابي كورونا يتلقون العلاج.") == [("injured", 126)]


def test_a_count_opening_its_sentence_takes_its_far_plural_verb():
    # "وفي التفاصيل، N …، بينهم …، من … في … قضوا": after a short opening phrase (002's class)
    assert _read("وفي التفاصيل، 6 مدنيين، بينهم 3 أطفال، من عائلة واحدة في بلدة معرة النعمان جنوبي إدلب قضوا "
                 "بغارة جوية على منزلهم.") == [("killed", 6), ("killed", 3)]
    # a phrase with its own count or cue before the comma is no opening phrase
    assert _read("وفي 3 قرى، 6 مدنيين من عائلة واحدة في بلدة معرة النعمان قضوا.") == []


def test_the_fate_of_a_bare_count_still_unknown_is_missing():
    # "لا يزال مصير 25 مجهولاً": no noun, the unknown-fate word right after the count (025's class)
    assert _read("اعتقلت القوات 40 ناشطاً في أيلول، وأُفرج عن 31 منهم، فيما لا يزال مصير 9 مجهولاً.") == [
        ("detained", 40), ("missing", 9)]


def test_the_condition_of_some_of_the_wounded_after_wa():
    # "وحالة اثنين منهم متوسطة": the condition word with "و" (018's class)
    assert _read("أسفر الهجوم عن إصابة 9 أشخاص نقلوا جميعهم إلى المستشفى، وحالة ثلاثة منهم خطيرة.") == [
        ("injured", 9), ("injured", 3)]


def test_staff_in_the_accusative_are_people():
    # "… الذين قتلوا منذ بدء الحرب 193 موظفاً" (012's class)
    assert _read("بلغ العدد الإجمالي لموظفي الهلال الأحمر الذين قتلوا منذ بدء الحرب 27 موظفاً.") == [("killed", 27)]


def test_blind15_ar_a_list_row_label_names_its_kind_before_a_qualifier_or_a_place():
    # "▪️ إصابات:  أكثر من 60", "▪️ مفقودون تحت الركام: 15": the label's kind noun, not the heading's (020's class)
    assert _read("الحصيلة الأولية لقصف مدرسة التابعين:\n▪️ شهداء : 93\n▪️ إصابات:  أكثر من 40\n"
                 "▪️ مفقودون تحت الأنقاض: 7 على الأقل\n") == [("killed", 93), ("injured", 40), ("missing", 7)]
    assert _read("حصيلة غارة الفجر:\n- شهداء: 12\n- جرحى في مستشفى العودة: 30\n") == [("killed", 12), ("injured", 30)]


def test_blind15_ar_a_first_report_in_a_sentence_of_its_own_is_replaced_by_the_current_figures():
    # "وكانت … قد أعلنت في البداية مقتل N وإصابة أكثر من M": each kind the text gives currently elsewhere (008's class)
    figs = extract_arabic("قال محافظ المدينة إن 23 شخصاً قتلوا وأصيب 64 آخرون في انهيار المبنى. وكانت إدارة الدفاع "
                          "المدني قد أعلنت في البداية مقتل 11 شخصاً وإصابة أكثر من 70 آخرين.")
    assert [(f.kind, f.count, f.superseded) for f in figs] == [
        ("killed", 23, False), ("injured", 64, False), ("killed", 11, True), ("injured", 70, True)]
    # a kind told only in the first report stays: nothing replaces it
    figs = extract_arabic("قال المحافظ إن 23 شخصاً قتلوا في انهيار المبنى. وكانت إدارة الدفاع المدني قد أعلنت في "
                          "البداية مقتل 11 شخصاً وإصابة 70 آخرين.")
    assert [(f.kind, f.count, f.superseded) for f in figs] == [
        ("killed", 23, False), ("killed", 11, True), ("injured", 70, False)]


def test_blind15_ar_the_wounded_as_witnesses_are_no_cue():
    # "وشهادات المصابين … أن ما بين 10 و15 مسلحاً": the account's numbers are no wounded (026's class)
    assert _read("قُتل 23 شخصاً وأصيب 31 في الهجوم على السوق، وكشفت التحقيقات وشهادات المصابين أن ما بين 10 و15 "
                 "مسلحاً هاجموا المكان.") == [("killed", 23), ("injured", 31)]
    assert _read("ونقلت الوكالة عن روايات الجرحى أن 6 مسلحين أطلقوا النار.") == []
    # the wounded as a cue of their own still count
    assert _read("وبلغ عدد المصابين 44 مصاباً.") == [("injured", 44)]


def test_blind15_ar_the_source_of_a_tip_is_no_victim():
    # "بعد بلاغ من أحد المواطنين": the informant (023's class)
    assert _read("وقالت الشرطة إن دورياتها انتشلت الجثث بعد بلاغ من أحد الرعاة.") == []
    assert _read("انتشلت فرق الإنقاذ 4 جثث، وقالت إنها انتشلت الجثث بعد بلاغ من 3 صيادين.") == [("killed", 4)]
    # "من" after a noun that is no tip: a count of victims still
    assert _read("قتل 5 من أفراد الشرطة.") == [("killed", 5)]


def test_blind15_ar_a_country_lost_n_of_its_heroes_is_killed():
    # "فقدت ثلاثة من أبطالها": killed, here a restatement of the toll told before, not missing (022's class)
    assert _read("قتل 13 جندياً فرنسياً في تصادم مروحيتين في مالي. وقال الرئيس الفرنسي إن فرنسا «فقدت 13 من "
                 "أبطالها».") == [("killed", 13)]
    assert _read("وقالت الخارجية إن البلاد فقدت 4 من مواطنيها في الحادث.") == [("killed", 4)]


def test_blind15_ar_an_injury_verb_on_a_person_among_the_dead_is_how_they_died():
    # "ومن بين القتلى امرأة أصيبت برصاصة": killed, a subset of the dead, not an injured figure (009's class)
    assert _read("قتل 7 أشخاص في إطلاق النار على حفل الزفاف. ومن بين القتلى رجل أصيب برصاصة في صدره وهو يحاول "
                 "الفرار.") == [("killed", 7), ("killed", 1)]
    assert _read("قتل 5 أشخاص في القصف، بينهم طفل أصيب بشظية.") == [("killed", 5), ("killed", 1)]
    # among the wounded it stays injured
    assert _read("أصيب 5 أشخاص في القصف، بينهم طفل أصيب بشظية.") == [("injured", 5), ("injured", 1)]


def test_blind15_ar_a_count_among_the_dead_taken_or_struck_first_is_a_subset_of_the_dead():
    # "ومن بين الضحايا ثلاثة شبان اقتادهم مسلحون …": killed, a subset, not detained (025's class)
    assert _read("قتل 12 شخصاً في الهجوم على القرية، بينهم 4 أطفال. ومن بين الضحايا أربعة رعاة اقتادهم "
                 "المسلحون إلى جهة مجهولة.") == [("killed", 12), ("killed", 4), ("killed", 4)]
    assert _read("قتل 9 مدنيين في القصف، بينهم 4 أطفال أصيبوا بشظايا.") == [("killed", 9), ("killed", 4)]
    # a count after a new verb, with the group still open, keeps its own verb
    assert _read("قتل ثلاثة مدنيين بينهم طفل وأصيب سبعة آخرون بجروح.") == [
        ("killed", 3), ("killed", 1), ("injured", 7)]


def test_blind15_ar_two_groups_of_one_toll_with_the_same_count_are_not_one():
    # "بينهم 3 أطفال" … "ومن بين القتلى ثلاثة مزارعين": two subsets, however equal (025's class)
    text = "قتل 15 مدنياً في الغارات على المدينة، بينهم 3 أطفال. ومن بين القتلى ثلاثة مزارعين كانوا يعملون في حقولهم."
    assert [(f.kind, f.count) for f in extract(text, "ar")] == [("killed", 15), ("killed", 3), ("killed", 3)]
    # the same group named again with the article is a restatement
    text = "قتل 15 مدنياً في الغارات، بينهم 3 أطفال. ومن بين القتلى الأطفال الثلاثة."
    assert [(f.kind, f.count) for f in extract(text, "ar")] == [("killed", 15), ("killed", 3)]


def test_blind15_ar_a_count_of_cases_after_a_unit_word_is_no_unit_name():
    # "رصدت المجموعة 63 حالة اعتقال": the group is the verb's subject, not "group 63" (025's class)
    assert _read("ووثقت المجموعة 47 حالة اعتقال تعسفي في المدينة خلال أسبوع.") == [("detained", 47)]
    assert _read("وسجلت المجموعة (35) حالة اختطاف في الريف الشرقي.") == [("detained", 35)]
    # a unit's number with no case noun after it stays a name
    assert _read("انتشرت المجموعة 63 في محيط المطار.") == []


def test_blind15_ar_between_a_named_group_of_people_opens_a_subset_of_that_group():
    # "وكان بين المدنيين 41 طفلاً و57 سيدة": a subset of the civilians' figure, no verb (001's class)
    assert _read("قتل 90 مدنياً في قصف السوق. وكان بين المدنيين 12 طفلا و7 سيدات.") == [
        ("killed", 90), ("killed", 12), ("killed", 7)]
    assert _read("قتل 90 مدنياً في قصف السوق. ومن بين المدنيين 12 طفلا.") == [("killed", 90), ("killed", 12)]
    # the civilians named by a row label
    assert _read("وتوزعت الحصيلة على النحو الآتي:\nالمدنيون:: 212 قضوا في قصف المدينة\nالمقاتلون:: 80\n"
                 "وكان بين المدنيين 33 طفلا و19 سيدة.")[-2:] == [("killed", 33), ("killed", 19)]
    # no figure of that group read before: nothing
    assert _read("قتل 20 شخصاً. وكان بين المدنيين 12 طفلا.") == [("killed", 20)]


def test_blind15_ar_an_arrest_announced_by_a_court_official_is_detention():
    # "أعلن مفوض الحكومة لدى المحكمة العسكرية … توقيف 16 شخصاً": a court in a title, an arrest word (021's class)
    assert _read("وأعلن النائب العام لدى محكمة الاستئناف توقيف 9 أشخاص من موظفي الجمارك.") == [("detained", 9)]
    # a sentence passed by a court is no arrest nor a toll
    assert _read("حكمت المحكمة بسجن 7 أشخاص.") == []
    assert _read("قضت المحكمة العسكرية بإعدام 12 شخصاً.") == []


def test_blind15_ar_foreigners_are_people():
    # "لا يزال خمسة أجانب في عداد المفقودين" (014's class)
    assert _read("وقالت السلطات إن 14 شخصاً قتلوا في الحريق، فيما لا يزال ثلاثة أجانب في عداد المفقودين.") == [
        ("killed", 14), ("missing", 3)]


def test_blind15_ar_alive_after_an_arrest_is_no_neighbourhood():
    # "ألقي القبض على ثلاثة أحياء": taken alive (014's class)
    assert _read("وقال المتحدث إن القوات ألقت القبض على أربعة أحياء من المهاجمين.") == [("detained", 4)]
    # after a raid or a strike "أحياء" are neighbourhoods
    assert _read("قصفت الطائرات 3 أحياء في شرق المدينة.") == []
    assert _read("داهمت القوات 3 أحياء واعتقلت 20 شخصا.") == [("detained", 20)]


def test_blind15_ar_a_heading_naming_acts_of_the_toll_kind_heads_its_rows():
    # "وتتوزع المسؤولية عن عمليات القتل على النحو التالي:" over label rows (010's class)
    assert _read("قُتل 120 مدنياً في الشهر الماضي. وتتوزع المسؤولية عن عمليات القتل على النحو التالي:\n"
                 "القوات الحكومية: 90\nالجماعات المسلحة: 30") == [("killed", 120), ("killed", 90), ("killed", 30)]


def test_blind15_ar_people_who_crossed_the_border_are_displaced():
    # "فيما عبر قرابة 1.8 مليون الحدود" (011's class; blind14 ar 013's too)
    assert _read("نزح نحو 3 ملايين شخص داخل البلاد، فيما عبر قرابة 900 ألف الحدود إلى بولندا.") == [
        ("displaced", 3000000), ("displaced", 900000)]
    assert _read("وعبر أكثر من 300 ألف شخص الحدود إلى تشاد منذ نيسان.") == [("displaced", 300000)]
    # "عبر" as "through" before things
    assert _read("نقلت المساعدات عبر 3 معابر على الحدود.") == []


def test_blind15_ar_the_nominative_dual_of_a_noun_for_people_missing_from_the_word_list():
    # "ومقيمان من الجنسية الباكستانية": 2 (016's class)
    assert _read("أصيب 7 عمال، هم: 3 مواطنين، و2 من الجنسية الفلبينية، ومقيمان من الجنسية النيبالية.") == [
        ("injured", 7), ("injured", 3), ("injured", 2), ("injured", 2)]
    # a plural of that shape is no dual
    assert _read("قتل 5 فتيان في الغارة.") == [("killed", 5)]


def test_blind15_ar_took_refuge_right_before_a_count_is_displaced():
    # "لجأ نحو 8 آلاف مدني … إلى قاعدة حميميم" (001's class)
    assert _read("ولجأ أكثر من 2000 مدني إلى الكنائس والمدارس هرباً من القصف.") == [("displaced", 2000)]
    # "لجأ … إلى" as "resorted to", with a count further on: nothing
    assert _read("لجأ الجيش إلى القوة لتفريق 300 متظاهر.") == []


def test_blind15_ar_one_person_by_nationality_right_after_a_subset_marker():
    # "توقيف تسعة أشخاص من الطرفين، بينهم سوري،": a subset of 1 (009's class)
    assert _read("اعتقلت الشرطة 12 شخصاً من المشجعين، بينهم تونسي، بعد أعمال الشغب.") == [
        ("detained", 12), ("detained", 1)]
    # the country, or a nationality with more after it, is no such person
    assert _read("دمرت الغارات 9 منازل، بينها سوريا.") == []


def test_recall_ar_the_forcibly_disappeared_as_a_toll_noun_and_hiding_as_a_cue():
    # SNHR / rights-group stocks of the disappeared: "عدد المختفين قسرياً … بلغ", "إخفاء N أشخاص",
    # and "N شخصاً، بينهم …، تحولوا إلى مختفين" with the subset aside before the verb (issue 11)
    assert _read("وقالت اللجنة إن عدد المختفين قسرياً في المكسيك منذ 2006 بلغ 110 آلاف و964 شخصاً.") == [
        ("missing", 110964)]
    assert _read("وتقدر منظمات حقوقية عدد المختفين في سريلانكا بأكثر من 60 ألف شخص.") == [("missing", 60000)]
    assert _read("وحمّل التقرير أجهزة الأمن مسؤولية إخفاء 1240 شخصاً، بينهم 85 طفلاً.") == [
        ("missing", 1240), ("missing", 85)]
    assert _read("وأحصت الجمعية 3500 شخص، بينهم 120 امرأة، تحولوا إلى مختفين قسرياً منذ انقلاب 1976.") == [
        ("missing", 3500), ("missing", 120)]
    # the disappeared named without a count: nothing
    assert _read("وطالب الأهالي بالكشف عن مصير المختفين قسرياً في السجون.") == []


def test_recall_ar_toll_noun_later_after_a_qualifier_and_with_tadad():
    # SOHR running totals: "يرتفع إلى أكثر من N عدد من قتلوا", "يرتفع إلى N تعداد الذين وثق المرصد
    # مقتلهم" (issue 11)
    assert _read("وبذلك يرتفع إلى أكثر من 4 آلاف عدد من قتلوا في السودان منذ منتصف نيسان.") == [
        ("killed", 4000)]
    assert _read("وبذلك، يرتفع إلى 936 تعداد الذين وثقت المنظمة مقتلهم في ليبيا منذ مطلع العام، بينهم 210 مدنيين.") == [
        ("killed", 936), ("killed", 210)]
    assert _read("وبذلك يرتفع إلى نحو 75 تعداد الأشخاص الذين قضوا في انفجار المرفأ.") == [("killed", 75)]
    # a census is no toll
    assert _read("وبذلك يرتفع إلى 1200 تعداد الطلاب في المدرسة.") == []


def test_recall_ar_the_present_tense_of_died_is_a_killed_cue():
    # "قبل أن يتوفى أحد المصابين لاحقاً" (issue 11): the imperfect of توفي after "قبل أن"
    assert _read("أصيب 6 عمال في انهيار النفق جراء القصف، قبل أن يتوفى أحدهم في المستشفى.") == [
        ("injured", 6), ("killed", 1)]
    assert _read("وأصيب 11 شخصاً في الهجوم على الحافلة، قبل أن يتوفى اثنان من المصابين لاحقاً.") == [
        ("injured", 11), ("killed", 2)]


def test_recall_ar_people_who_left_their_own_homes_are_displaced():
    # "نحو 3 آلاف مواطن غادروا منازلهم", "اضطر نحو ألفي شخص إلى مغادرة منازلهم" (issue 11)
    assert _read("وقالت الأونروا إن نحو 4 آلاف لاجئ غادروا منازلهم في مخيم نهر البارد.") == [("displaced", 4000)]
    assert _read("واضطر أكثر من 1500 مدني إلى مغادرة بيوتهم في تلعفر بعد اشتداد المعارك.") == [
        ("displaced", 1500)]
    # leaving a place that is not one's home, or households: nothing
    assert _read("وغادر 300 مقاتل المدينة على متن حافلات.") == []
    assert _read("وقال إن 40 عائلة غادروا منازلهم.") == []


def test_recall_ar_qad_before_a_past_verb_in_ta_is_no_may():
    # "وكان ناشطون … قد تحدثوا عن 116 قتيلاً" (issue 11): "قد" + a past verb of the forms in "ت"
    assert _read("وكان ناشطون في المدينة قد تحدثوا عن 45 قتيلاً في قصف السوق.") == [("killed", 45)]
    assert _read("وكانت فرق الإنقاذ قد تمكنت من إخراج 12 جريحاً من تحت الأنقاض.") == [("injured", 12)]
    # the imperfect after "قد" stays a feared toll
    assert _read("وقد تتحدث التقارير عن 200 قتيل إذا استمر القصف.") == []
    # "في حين كان … قد تحدث مساء السبت عن": an earlier report after a revised toll, superseded
    figs = extract_arabic("ارتفعت حصيلة قتلى الغارة إلى 95 قتيلاً، في حين كان الدفاع المدني قد تحدث مساء السبت عن 60 قتيلاً.")
    assert [(f.kind, f.count, f.superseded) for f in figs] == [("killed", 95, False), ("killed", 60, True)]


def test_recall_ar_a_kindless_toll_of_a_scope_takes_the_kind_of_the_toll_before():
    # SOHR month and running totals: "وبلغت حصيلة الشهر كاملاً 1748 شخصاً", "فيما بلغت الحصيلة
    # الإجمالية منذ انطلاقة الثورة قرابة 594 ألف شخص" (issue 11)
    assert _read("قتل 41 شخصاً في 3 أيار في قصف على إدلب. وبلغت حصيلة الشهر كاملاً 612 شخصاً، بينهم 230 مدنياً.") == [
        ("killed", 41), ("killed", 612), ("killed", 230)]
    assert _read("وثقت المنظمة خلال العام 2016 مقتل 3 آلاف و200 شخص في ليبيا، فيما بلغت الحصيلة الإجمالية "
                 "منذ 2011 قرابة 20 ألف شخص.") == [("killed", 3200), ("killed", 20000)]
    # a toll of things, or with no toll read before: nothing
    assert _read("قتل 12 شخصاً. وبلغت حصيلة المساعدات 3000 شخص.") == [("killed", 12)]
    assert _read("وبلغت الحصيلة الإجمالية منذ بدء الحملة 700 شخص.") == []


def test_blind17_ar_a_release_told_as_a_noun_is_no_detention():
    # "رصد التقرير إفراج النظام عن 9 معتقلين": the verbal noun "إفراج" without the article (004's class)
    assert _read("ووثقت اللجنة إفراج السلطات عن 27 معتقلاً من سجن صيدنايا بعد انتهاء محكومياتهم.") == []
    assert _read("وقالت الهيئة إن الحكومة وافقت على إفراج عن 40 معتقلاً سياسياً.") == []
    # arrests in the same report still count
    assert _read("واعتقلت قوات الأمن 15 شخصاً في حمص.") == [("detained", 15)]


def test_blind17_ar_an_earlier_estimate_in_a_clause_is_superseded():
    # "، وكانت تقديرات سابقة قد أشارت إلى مقتل أكثر من 100" (010's class)
    figs = extract_arabic("وأفادت الأمم المتحدة بمقتل أكثر من 300 شخص في الهجوم على المدينة، وكانت تقديرات سابقة "
                          "قد أشارت إلى مقتل 120 شخصاً.")
    assert [(f.kind, f.count, f.superseded) for f in figs] == [("killed", 300, False), ("killed", 120, True)]
    # an estimate without "وكان … قد" is a figure of its own
    assert _read("وتشير تقديرات أولية إلى مقتل 45 شخصاً في القصف على السوق.") == [("killed", 45)]


def test_blind17_ar_an_earlier_report_on_a_named_weekday_after_a_revised_toll_is_superseded():
    # "وكان الرئيس … قد أعلن يوم الأحد مقتل 100 شخص وإصابة 300 آخرين" after "ارتفاع حصيلة … إلى" (012's class)
    figs = extract_arabic("أعلنت السلطات الباكستانية ارتفاع حصيلة ضحايا تفجير المسجد في بيشاور إلى 101 قتيل و217 "
                          "جريحاً. وكان وزير الداخلية رانا ثناء الله قد أعلن يوم الاثنين مقتل 59 شخصاً وإصابة 157 "
                          "آخرين في التفجير.")
    assert [(f.kind, f.count, f.superseded) for f in figs] == [
        ("killed", 101, False), ("injured", 217, False), ("killed", 59, True), ("injured", 157, True)]
    # with no revised toll, a report on a weekday is a figure of its own
    assert _read("وكان الجيش قد أعلن يوم الخميس مقتل 8 مسلحين في اشتباكات على الحدود.") == [("killed", 8)]


def test_blind17_ar_the_size_of_a_population_after_al_baligh_adaduhum_is_no_toll():
    # "نحو 1.7 مليون من سكانه البالغ عددهم 2.3 مليون نزحوا" (006's class)
    assert _read("وتقول المفوضية إن نحو 900 ألف من سكان الإقليم البالغ عددهم 1.3 مليون نزحوا عن بيوتهم.") == [
        ("displaced", 900000)]
    assert _read("وقال المسؤول إن 40 ألفاً من سكانها البالغ عددهم نحو 60 ألفاً فروا من القصف.") == [
        ("displaced", 40000)]
    # the dead or the wounded numbered this way are a toll
    assert _read("ودفن الأهالي الضحايا البالغ عددهم 18 قتيلاً في مقبرة البلدة.") == [("killed", 18)]


def test_blind17_ar_a_noun_in_construct_after_a_figure_is_no_nationality():
    # "354 من عناصر وزارتي الدفاع والداخلية": "وزارتي" is no "و" + a nationality (019's class)
    assert _read("وقُتل في الاشتباكات 61 شخصاً، هم: 40 من عناصر وزارتي الدفاع والداخلية، و21 مدنياً.") == [
        ("killed", 61), ("killed", 40), ("killed", 21)]
    # a nationality in an enumeration, with "الجنسية" after it, is one person
    assert _read("والقتلى هم ثلاثة فرنسيين، وبلجيكي، ومغربي الجنسية.") == [
        ("killed", 3), ("killed", 1), ("killed", 1)]


def test_blind17_ar_a_count_among_the_dead_is_a_part_of_the_toll_before_it():
    # "• تسعة من العاملين … بين القتلى" after "• أكثر من 400 قتيل", restated in the body (010's class)
    text = ("• أكثر من 70 قتيلاً في مخيم الشاطئ خلال يومين\n• ستة من العاملين في منظمة الصحة العالمية بين القتلى\n"
            "وأفادت المصادر الطبية بمقتل أكثر من 70 شخصاً في المخيم. ومن بين القتلى ستة من العاملين في منظمة "
            "الصحة العالمية، كانوا يديرون عيادة المخيم.")
    figs = extract_arabic(text)
    assert [(f.kind, f.count, f.part_of) for f in figs] == [("killed", 70, None), ("killed", 6, 0)]
    # a larger count "among the dead" is no part of a smaller toll
    figs = extract_arabic("• 5 قتلى في مخيم الشاطئ\n• ستة من العاملين في منظمة الصحة العالمية بين القتلى")
    assert [(f.kind, f.count, f.part_of) for f in figs] == [("killed", 5, None), ("killed", 6, None)]


def test_blind17_ar_kin_right_after_a_cue_get_a_derived_total():
    # "فيما أصيب شقيقهم الأكبر ووالدهم بجروح": kin named after the cue are parts of one total (002's class)
    figs = extract_arabic_with_totals("قتل 3 أطفال بقذيفة سقطت على حي الشيخ مقصود في حلب، وأصيب شقيقهم الأصغر ووالدتهم بجروح.")
    assert sorted((f.kind, f.count, f.derived) for f in figs if f.kind == "injured") == [
        ("injured", 1, False), ("injured", 1, False), ("injured", 2, True)]


def test_blind18_ar_a_preliminary_toll_told_as_such_is_superseded():
    # "وكان الوزير أعلن في حصيلة أولى مقتل 9 أشخاص" (007's class) and ", بعد حصيلة أولية بلغت 20 قتيلاً" (016's)
    figs = extract_arabic("قتل 17 شخصاً وأصيب 60 آخرون في انفجار صهريج وقود في مدينة الزاوية. وكان رئيس البلدية أعلن "
                          "في حصيلة أولى مقتل 11 شخصاً وإصابة 40.")
    assert [(f.kind, f.count, f.superseded) for f in figs] == [
        ("killed", 17, False), ("injured", 60, False), ("killed", 11, True), ("injured", 40, True)]
    figs = extract_arabic("أعلنت وزارة الصحة العراقية ارتفاع حصيلة حريق المستشفى في الناصرية إلى 92 قتيلاً و110 "
                          "مصابين، بعد حصيلة أولية بلغت 64 قتيلاً و80 مصاباً.")
    assert [(f.kind, f.count, f.superseded) for f in figs] == [
        ("killed", 92, False), ("injured", 110, False), ("killed", 64, True), ("injured", 80, True)]
    # a preliminary toll that is the only toll is current
    assert _read("وأعلنت الوزارة في حصيلة أولية مقتل 28 شخصاً في الحريق.") == [("killed", 28)]


def test_blind18_ar_a_block_number_is_no_count():
    # "و14 في مربع 8": the number of a camp's block (021's class)
    assert _read("وقتل 30 نازحاً في قصف على مخيم زمزم: 18 في السوق، و12 في مربع 5.") == [
        ("killed", 30), ("killed", 18), ("killed", 12)]


def test_blind18_ar_a_verb_describing_people_whose_fate_is_unknown_leaves_them_missing():
    # "لا يزال مصير 17 شخصاً اختطفوا خلال الشهر … مجهولاً" (001's class)
    assert _read("ولا يزال مصير 23 شخصاً اعتقلوا في حملة المداهمات على قرى ريف دير الزور مجهولاً.") == [("missing", 23)]
    # without the fate frame, the verb gives the kind
    assert _read("وقال ناشطون إن 23 شخصاً اعتقلوا في حملة المداهمات.") == [("detained", 23)]


def test_blind18_ar_al_mawqufin_are_the_detained():
    # "عدد الموقوفين تجاوز … شخص، بينهم أكثر من 40 من الرعايا": the subset is of the detained toll, not of the
    # dead told before it (023's class; 026's "موقوفاً" rows too)
    assert _read("وقتل 30 متظاهراً في مواجهات مع الشرطة، فيما تجاوز عدد الموقوفين ألفي شخص، بينهم 15 صحفياً.") == [
        ("killed", 30), ("detained", 2000), ("detained", 15)]
    assert _read("وأعلن الجيش اللبناني أن عدد الموقوفين على خلفية اشتباكات الطيونة بلغ 19 موقوفاً.") == [("detained", 19)]


def test_blind18_ar_an_earlier_statement_on_a_named_day_supersedes_only_the_revised_kinds():
    # "وكانت القيادة العامة … قد أعلنت في بيان صباح الثلاثاء استشهاد 6 … وإصابة 14 آخرين" after "ارتفع عدد
    # شهداء … إلى سبعة" (014's class): the killed are revised, the wounded are not
    figs = extract_arabic("ارتفع عدد ضحايا هجوم قلعة الكرك إلى 10 قتلى، بعد وفاة أحد رجال الأمن متأثراً بجراحه. "
                          "وكانت مديرية الأمن العام قد أعلنت في بيان مساء الأحد مقتل 7 أشخاص وإصابة 34 آخرين.")
    assert [(f.kind, f.count, f.superseded) for f in figs] == [
        ("killed", 10, False), ("killed", 7, True), ("injured", 34, False)]
    # with no revised toll, a statement on a named day is a figure of its own
    assert _read("وكانت مديرية الأمن العام قد أعلنت في بيان يوم الأحد مقتل 7 أشخاص وإصابة 34 آخرين.") == [
        ("killed", 7), ("injured", 34)]
    # a long subject (more than eight words before "قد", the dash not counted) is read the same way
    figs = extract_arabic("ارتفع عدد شهداء الهجوم على مركز الأمن في الكرك إلى 10. وكانت القيادة العامة للقوات المسلحة "
                          "الأردنية – الجيش العربي قد أعلنت في بيان صباح الاثنين استشهاد 7 وإصابة 34 آخرين.")
    assert [(f.kind, f.count, f.superseded) for f in figs] == [
        ("killed", 10, False), ("killed", 7, True), ("injured", 34, False)]


def test_blind18_ar_the_toll_noun_before_includes_gives_the_make_up_of_the_death_toll():
    # "والحصيلة تضم 61 من جامعي الكمأة المدنيين، و7 من عناصر الميليشيات" (003's class)
    assert _read("ارتفعت حصيلة الهجوم على حافلة الركاب في ريف دير الزور إلى 23 قتيلاً. والحصيلة تضم 19 من العمال "
                 "المدنيين، و4 من عناصر الحراسة.") == [("killed", 23), ("killed", 19), ("killed", 4)]
    # "الحصيلة" with no kind is the death toll even when the wounded were told last
    figs = extract_arabic("أسفر القصف على السوق عن مقتل 42 شخصاً وإصابة 90 آخرين.\n\nوقال الدفاع المدني إن الحصيلة "
                          "شملت 12 طفلاً و9 نساء.")
    assert [(f.kind, f.count, f.part_of) for f in figs] == [
        ("killed", 42, None), ("injured", 90, None), ("killed", 12, 0), ("killed", 9, 0)]


def test_blind18_ar_a_toll_put_at_a_count_after_bi():
    # "قدرت في بيان لاحق عدد القتلى بـ57" (021's class)
    assert _read("وقدرت لجنة أطباء السودان عدد القتلى بـ38 في قصف الطائرات المسيرة على سوق المدينة.") == [("killed", 38)]
    # "بـ" before a number that follows no toll noun is no toll ("بـ3 صواريخ")
    assert _read("واستهدفت المسيرات السوق بـ3 صواريخ.") == []


def test_blind19_ar_what_the_source_reported_at_first_is_superseded():
    # "في حصيلة تفوق ما أعلنته السلطات في البداية وهو 35 قتيلاً" (006's class)
    figs = extract_arabic("قال الدفاع المدني إن 61 شخصاً قتلوا في انهيار المبنى بعد القصف، وهي حصيلة تتجاوز ما "
                          "أعلنه المستشفى في البداية وهو 40 قتيلاً.")
    assert [(f.kind, f.count, f.superseded) for f in figs] == [("killed", 61, False), ("killed", 40, True)]
    # "ما أعلنته" without "at first" is no earlier toll
    assert _read("وقال المستشفى إن 61 شخصاً قتلوا في القصف، بحسب ما أعلنته الوزارة مساء اليوم.") == [("killed", 61)]


def test_blind19_ar_a_sentence_opened_by_wa_kanat_the_first_toll_is_superseded():
    # "وكانت الحصيلة الأولى التي نشرتها الوزارة قبل الظهر تتحدث عن 28 قتيلاً و73 جريحاً" (009's class)
    figs = extract_arabic("ارتفعت حصيلة تفجير سوق الكرادة في بغداد إلى 41 قتيلاً و87 جريحاً. وكانت الحصيلة الأولية "
                          "التي أعلنتها الشرطة صباحاً تشير إلى 25 قتيلاً و60 جريحاً.")
    assert [(f.kind, f.count, f.superseded) for f in figs] == [
        ("killed", 41, False), ("injured", 87, False), ("killed", 25, True), ("injured", 60, True)]


def test_blind19_ar_kin_listed_after_with_or_from_a_definite_kin_noun_are_counted_together():
    # "وقد ارتقى برفقة والده ووالدته وشقيقيه" (014's class): the kin after "with" are 4, not the dual alone
    # (the medic named first is a figure of his own)
    assert _read("واستشهد المسعف محمد في قصف منزله، وقد استشهد برفقة زوجته ووالدته وطفليه.") == [
        ("killed", 1), ("killed", 4)]
    # "وإصابة الأب وطفليه" (020's class): the father and his two children are 3
    assert _read("وأسفرت القذيفة عن إصابة الأم وطفليها في حي المرور.") == [("injured", 3)]
    assert _read("وأصيب الأب والأم وطفلاهما بشظايا القذيفة.") == [("injured", 4)]
    # a definite kin noun with no list after it is left as before
    assert _read("ومقتل الأب في القصف.") == []


def test_blind19_ar_displaced_people_who_returned_are_no_figure():
    # "وأكثر من 885 ألف نازح داخلي عادوا إلى قراهم" (012's class): the return verb after the noun
    assert _read("وقالت المنظمة الدولية للهجرة إن نحو 150 ألف نازح عادوا إلى أحياء الموصل القديمة.") == []
    assert _read("وأفادت الأمم المتحدة بأن أكثر من 40 ألف نازح داخلي عادوا إلى منازلهم في ود مدني.") == []
    # people still displaced are a figure
    assert _read("وقالت المنظمة إن نحو 150 ألف نازح ما زالوا في المخيمات.") == [("displaced", 150000)]


def test_blind19_ar_people_named_in_arrest_warrants_are_not_detained():
    # "أصدرت مذكرات توقيف بحق 6 من قادة وعناصر الكانيات" (019's class)
    assert _read("وأصدرت النيابة العامة في بغداد مذكرات اعتقال بحق 12 شخصاً متهمين بتفجير الكرادة.") == []
    # an arrest made under warrants is a figure
    assert _read("واعتقلت الشرطة 12 شخصاً بموجب مذكرات توقيف.") == [("detained", 12)]


def test_blind19_ar_a_subset_of_a_group_size_is_no_subset_of_the_figure_before():
    # "… وألقت القبض على ثلاثة آخرين …، المجموعة كانت تتكون من 32 عنصراً …، بينهم ثلاثة جزائريين" (025's class)
    assert _read("وقتلت القوات الخاصة 11 مسلحاً واعتقلت اثنين، وقالت إن الخلية كانت تتكون من 13 عنصراً، "
                 "بينهم أربعة أجانب.") == [("killed", 11), ("detained", 2)]
    # without the group's size between, the subset is of the figure before
    assert _read("واعتقلت قوات الأمن 13 شخصاً، بينهم أربعة أجانب.") == [("detained", 13), ("detained", 4)]
    # the group's size is no figure; a family of that size after a cue is the toll
    assert _read("وقالت الشرطة إن العصابة كانت تتألف من 9 أشخاص.") == []
    assert _read("وقتل مسلحون عائلة مؤلفة من 6 أشخاص في ريف حماة.") == [("killed", 6)]


def test_blind19_ar_a_count_in_a_definition_is_no_toll():
    # "بحسب تعريف الشبكة للمجزرة الذي يعتمد على مقتل 5 أشخاص مسالمين دفعة واحدة" (005's class)
    assert _read("وسجلت المنظمة 7 هجمات واسعة، وفق تعريفها للهجوم الواسع الذي يشترط مقتل 10 مدنيين على الأقل.") == []
    # a definition named before a toll, with no relative clause, leaves the toll
    assert _read("وبحسب تعريف الأمم المتحدة للمدنيين قتل 30 مدنياً في الغارات.") == [("killed", 30)]


def test_blind19_ar_asiran_in_the_accusative_is_a_detainee_noun():
    # "أن 77 أسيراً على الأقل ارتقوا في سجون الاحتلال …، بينهم 46 من معتقلي غزة" (021's class)
    assert _read("وقال نادي الأسير إن 12 أسيراً استشهدوا في سجن النقب منذ مطلع العام، بينهم 3 من معتقلي "
                 "القطاع.") == [("killed", 12), ("killed", 3)]
    assert _read("وأفاد نادي الأسير بأن قوات الاحتلال تحتجز 40 أسيراً في معسكر عوفر.") == [("detained", 40)]
    # prisoners freed are no figure
    assert _read("وأفرجت سلطات الاحتلال عن 90 أسيراً ضمن صفقة التبادل.") == []


def test_blind19_ar_a_period_after_khilal_then_a_count_of_people_is_no_unit_number():
    # "وقتلت قوات الاحتلال خلال الأسبوع 9 فلسطينيين في الضفة الغربية" (022's class)
    assert _read("واعتقلت قوات الاحتلال خلال الأسبوع 41 فلسطينياً في مدن الضفة.") == [("detained", 41)]
    # a week's number is still no count
    assert _read("وفي الأسبوع 9 من الحرب قتل 20 شخصاً.") == [("killed", 20)]


@pytest.mark.parametrize("text, manner", [
    ("اختطف مسلحون 13 مدنياً من قرية في ريف درعا الشرقي.", "abducted"),
    ("وأفاد المرصد باختطاف 7 أشخاص على طريق السلمية.", "abducted"),
    ("اعتقلت قوات النظام 13 شخصاً في حملة دهم بريف دمشق.", None),
])
def test_abductions_are_detentions_marked_abducted(text, manner):
    figs = [f for f in extract(text, "ar") if f.kind == "detained"]
    assert len(figs) == 1 and figs[0].manner == manner


def test_blind20_ar_first_estimates_and_an_update_of_an_earlier_toll_are_superseded():
    # "وكانت التقديرات الأولية … تتحدث عن …" (010's class): first estimates, like "وكانت الحصيلة الأولى"
    figs = extract_arabic("ارتفعت حصيلة انفجار مرفأ بيروت إلى 135 قتيلاً و5000 جريح. وكانت التقديرات الأولية التي "
                          "أعلنتها وزارة الصحة ليلاً تتحدث عن 78 قتيلاً و4000 جريح.")
    assert [(f.kind, f.count, f.superseded) for f in figs] == [
        ("killed", 135, False), ("injured", 5000, False), ("killed", 78, True), ("injured", 4000, True)]
    # "في تحديث لحصيلة سابقة … تحدثت عن …" (026's class)
    figs = extract_arabic("ارتفعت حصيلة الاشتباكات في مدينة الزاوية إلى 13 قتيلاً و50 جريحاً، وذلك في تحديث لحصيلة "
                          "سابقة صدرت ظهراً تحدثت عن 9 قتلى و41 جريحاً.")
    assert [(f.kind, f.count, f.superseded) for f in figs] == [
        ("killed", 13, False), ("injured", 50, False), ("killed", 9, True), ("injured", 41, True)]
    # an update named without an earlier toll is the current figure
    assert _read("وفي تحديث للحصيلة، أعلنت الوزارة مقتل 13 شخصاً في الاشتباكات.") == [("killed", 13)]
    # earlier estimates, not first ones, may be another source's: a figure of their own
    assert _read("وكانت تقديرات سابقة صادرة عن ناشطين قد تحدثت عن مقتل نحو 800 شخص في المدينة.") == [("killed", 800)]


def test_blind20_ar_a_row_label_that_says_the_fate_is_unknown_is_missing():
    # "عدد الذين لا يزال مصيرهم مجهولاً: 2600 تقريباً" under a toll heading (025's class)
    text = ("وبحسب إحصائية المعهد عن مجزرة سربرنيتسا، فإن الأرقام جاءت كالتالي:\n"
            "عدد الضحايا الكلي: 8372\n"
            "عدد الذين لا يزال مصيرهم مجهولاً: 1000 تقريباً\n")
    assert _read(text) == [("killed", 8372), ("missing", 1000)]
    # a label with a kind noun keeps its kind
    assert _read("وبحسب الإحصائية، فإن الأرقام جاءت كالتالي:\nعدد الضحايا الكلي: 8372\n"
                 "عدد الجرحى: 300\n") == [("killed", 8372), ("injured", 300)]


def test_blind20_ar_kin_a_person_lost_are_killed_not_missing():
    # "فقد أحد أبناء الحي زوجته وطفليه" (017's class: was missing 1), "إنه فقد في التفجير والده ووالدته
    # وشقيقته", "فقدت ذلك اليوم أخي وابن عمي" (007, 015, 022)
    assert _read("وفي حي الجميزة فقد أحد الصيادين زوجته وطفليه حين انهار المبنى.") == [("killed", 3)]
    assert _read("وقال أحد سكان الحي إنه فقد في الانفجار والدته وشقيقته.") == [("killed", 2)]
    assert _read("وقالت الناجية: \"فقدت في الزلزال أخي وابن خالي\".") == [("killed", 2)]
    # a cousin of two words is one more kin after any cue
    assert _read("وأصيب شقيقه وابن عمه بجراح في القصف.") == [("injured", 2)]
    # "فُقد" before a count, and lost traces, stay missing
    assert _read("وفقد 30 مهاجراً قبالة سواحل طبرق.") == [("missing", 30)]
    assert _read("وفقدت آثار 4 صيادين في البحر.") == [("missing", 4)]


def test_blind20_ar_n_of_those_with_the_speaker_lost_are_killed():
    # "فقدت ثلاثة من العاملين معي" (019's class: was missing 3)
    assert _read("وقال صاحب المطعم: \"فقدت خمسة من العمال معي في الانفجار\".") == [("killed", 5)]
    # without the speaker, "فُقد N من …" stays missing
    assert _read("وفقد 12 من الصيادين معه في العاصفة.") == [("missing", 12)]


def test_blind20_ar_a_subset_relisted_under_a_row_of_the_breakdown_is_the_same_people():
    # "مقتل 242 مدنياً بينهم … 19 سيدة" then the row "جهات أخرى: 221 بينهم … 19 سيدة" (003, 004's class):
    # all the total's nine children are in the first row, one entry; the row's 3 women are a part
    text = ("وثق مشروع رصد الأثر المدني مقتل 40 مدنياً في اليمن خلال نيسان، بينهم 9 أطفال و4 نساء.\n"
            "وتوزعت الحصيلة بحسب نوع الهجوم على النحو التالي:\n"
            "الغارات الجوية: 28 بينهم 9 أطفال\n"
            "القصف المدفعي: 12 بينهم 3 نساء\n")
    assert _read(text) == [("killed", 40), ("killed", 9), ("killed", 4), ("killed", 28), ("killed", 12),
                           ("killed", 3)]


def test_blind21_ar_a_first_toll_reported_after_badama_or_bad_an_is_superseded():
    # "بعدما أشارت حصيلة أولية إلى سقوط 60 قتيلاً", "بعد أن أشارت حصيلة أولية إلى مقتل ١٦ شخصاً" (007, 021)
    figs = extract_arabic("ارتفعت حصيلة التفجير الذي استهدف قاعة الحفلات في مانشستر إلى 22 قتيلاً، بعدما أشارت "
                          "حصيلة أولية إلى سقوط 19 قتيلاً.")
    assert [(f.kind, f.count, f.superseded) for f in figs] == [("killed", 22, False), ("killed", 19, True)]
    figs = extract_arabic("أعلنت السلطات التركية ارتفاع حصيلة الهجوم على مطار أتاتورك إلى 41 قتيلاً، بعد أن أشارت "
                          "حصيلة أولية إلى مقتل 36 شخصاً.")
    assert [(f.kind, f.count, f.superseded) for f in figs] == [("killed", 41, False), ("killed", 36, True)]
    # "بعد أن" with no first toll named stays a figure
    assert _read("وقال الشهود إن الشرطة وصلت بعد أن أشارت التقارير إلى مقتل 3 أشخاص.") == [("killed", 3)]


def test_blind21_ar_the_toll_reported_on_an_earlier_day_is_superseded():
    # "في حين كانت الحصيلة التي أعلنتها وزارة الداخلية يوم السبت تشير إلى مقتل 23 رهينة" (018)
    figs = extract_arabic("وأعلن الحاكم الحصيلة النهائية لانهيار المبنى، وهي 33 قتيلاً، في حين كانت الحصيلة التي "
                          "أعلنها الدفاع المدني يوم الخميس تشير إلى مقتل 18 شخصاً.")
    assert [(f.kind, f.count, f.superseded) for f in figs] == [("killed", 33, False), ("killed", 18, True)]
    figs = extract_arabic("قتل 9 عمال في انهيار منجم. وكانت الحصيلة التي نشرتها السلطات مساء الأحد تتحدث عن 5 قتلى.")
    assert [(f.kind, f.count, f.superseded) for f in figs] == [("killed", 9, False), ("killed", 5, True)]


def test_blind21_ar_the_make_up_of_a_toll_after_a_comma_is_no_gapped_line():
    # "قتل … 3481 شخصاً وأصيب 14786 آخرون، وتشمل الحصيلة 226 طفلاً و658 امرأة" (011: was injured)
    assert _read("وقالت الوزارة إنه قتل منذ بدء الحرب 1200 شخص وأصيب 4000 آخرون، وتشمل الحصيلة 150 طفلاً "
                 "و90 امرأة.") == [("killed", 1200), ("injured", 4000), ("killed", 150), ("killed", 90)]
    # a perpetrator after the comma still carries the verb left out
    assert _read("قوات النظام قتلت 12 مدنياً، والقوات الروسية 3 مدنيين.") == [("killed", 12), ("killed", 3)]


def test_blind21_ar_a_nephew_and_a_grandparent_are_kin_in_a_list():
    # "فقد ابنه وابن شقيقه" (008: was 1), "فقدت الأب والأم والجدة" (011: was 2)
    assert _read("وقال أحد الصيادين إنه فقد ابنه وابن شقيقه في غرق القارب.") == [("killed", 2)]
    assert _read("وأصيب شقيقه وابنة أخته بجراح في القصف.") == [("injured", 2)]
    assert _read("وأضاف أن عائلة في مخيم جباليا فقدت الأب والأم والجدة في غارة واحدة.") == [("killed", 3)]


def test_blind21_ar_amam_before_anything_but_a_mosque_is_a_preposition():
    # "استشهدوا أمام عينيه" (014: was killed 1, an imam)
    assert _read("وقال الشاهد إن ثلاثة من جيرانه استشهدوا أمام عينيه.") == [("killed", 3)]
    assert _read("وروى أن أصدقاءه قتلوا أمام المدرسة.") == []
    # the imam of a mosque is a victim
    assert _read("وأفاد ناشطون بمقتل إمام مسجد القرية برصاص مجهولين.") == [("killed", 1)]


def test_blind21_ar_released_with_quotes_and_a_time_phrase_before_an():
    # "أفرج تنظيم "داعش"، مساء السبت، عن 6 من المختطفين، هم سيدتان وأربعة أطفال" (025: detained 6, 2, 4)
    assert _read("أفرجت حركة \"الشباب\"، مساء الخميس، عن 5 من المختطفين، هم ثلاثة مهندسين وسائقان، بعد وساطة "
                 "قبلية.") == []
    # an abduction with its own cue stays
    assert _read("اختطف مسلحون، مساء الجمعة، 8 من عمال الإغاثة في دارفور.") == [("detained", 8)]


def test_blind21_ar_the_people_interviewed_are_no_victims():
    # "استند إلى مقابلات مع 157 ضحية وشاهداً" (026: killed 157)
    assert _read("واستند التقرير إلى مقابلات مع 240 ضحية وشاهداً، وقال إن 70 شخصاً قتلوا في القرية.") == [
        ("killed", 70)]


def test_blind21_ar_still_unknown_fate_of_people_described_by_a_relative_clause_is_missing():
    # "ولا يزال مصير 3 من العاملين الصحيين الذين احتجزوا عند نقطة تفتيش قرب مدينة ود مدني مجهولاً" (013: detained 3)
    assert _read("ولا يزال مصير 4 من موظفي الإغاثة الذين اختطفوا على الطريق بين مدينتي مأرب وصنعاء مجهولاً.") == [
        ("missing", 4)]
    # without the unknown fate, they are held
    assert _read("وقالت المنظمة إن 4 من موظفي الإغاثة الذين اختطفوا على الطريق بين مأرب وصنعاء لا يزالون "
                 "محتجزين.") == [("detained", 4)]


def test_blind21_ar_kin_taken_with_a_numeral_then_found_dead_after_a_date_are_killed():
    # "اختطفت والده وأشقاءه الثلاثة في ليلة واحدة من أيلول 2019، قبل أن يعثر على جثثهم" (023: detained 3)
    figs = extract_arabic_with_totals("وقال إن المسلحين اختطفوا عمه وأبناءه الأربعة في ليلة واحدة من آذار 2016، قبل "
                                      "أن يعثر الأهالي على جثثهم قرب الوادي.")
    assert [(f.kind, f.count, f.derived) for f in figs] == [
        ("killed", 1, False), ("killed", 5, True), ("killed", 4, False)]
    # a count between is a part of them
    assert ("detained", 7) in _read("اختطف مسلحون 7 من الرعاة، وعثر على جثث 3 منهم لاحقاً.")


def test_blind21_ar_up_to_the_upper_end_of_a_range_restates_the_range():
    # "ما يصل إلى 300 ألف شخص فروا" (a bullet) then "ما بين 250 و300 ألف شخص" (009: displaced 300000 too)
    figs = extract_arabic("• ما يصل إلى 40 ألف شخص فروا من مدينة الفاشر خلال أسبوع\n"
                          "أجبر القتال ما بين 30 و40 ألف شخص على الفرار من الفاشر، بحسب المنظمة الدولية للهجرة.")
    assert [(f.kind, f.count, f.count_max) for f in figs] == [("displaced", 30000, 40000)]
    # "up to" another number stays a figure of its own
    figs = extract_arabic("• ما يصل إلى 45 ألف شخص فروا من مدينة الفاشر خلال أسبوع\n"
                          "أجبر القتال ما بين 30 و40 ألف شخص على الفرار من الفاشر، بحسب المنظمة الدولية للهجرة.")
    assert [(f.kind, f.count, f.count_max) for f in figs] == [("displaced", 45000, None), ("displaced", 30000, 40000)]


def test_blind21_ar_a_had_clause_with_no_toll_noun_before_fima_is_another_source():
    # "وكان الجيش المالي قد أعلن … "تحييد" 203 … واعتقال 51 آخرين، فيما قدرت … عدد المدنيين الذين قتلوا بنحو
    # 300 رجل" (026: 51 was superseded)
    figs = extract_arabic("وكانت الشرطة قد أعلنت عقب المداهمة اعتقال 14 شخصاً، فيما قدرت منظمة محلية عدد الذين "
                          "اعتقلوا بنحو 30 شخصاً.")
    assert [(f.kind, f.count, f.superseded) for f in figs] == [("detained", 14, False), ("detained", 30, False)]
    # a toll noun in the "وكان" clause still tells the earlier toll
    figs = extract_arabic("ارتفعت حصيلة الهجوم إلى 40 قتيلاً. وكانت حصيلة الوزارة قد بلغت 31 قتيلاً.")
    assert [(f.kind, f.count, f.superseded) for f in figs] == [("killed", 40, False), ("killed", 31, True)]


# --- rec22-ar: a recall pass on general classes (blind17 … blind21 ar) ---------------------------------

def test_rec22_ar_rows_of_one_breakdown_with_the_same_count_are_two_groups():
    # "بينهم 5 في بلدة …، و3 في بعلبك، و3 في النبطية" (blind19 ar 013), "3 في مدينة طولكرم، و3 في مخيم جنين" (022)
    assert _read("قتل 12 مدنياً في قصف على ريف إدلب، بينهم 5 في مدينة أريحا، و3 في كفرنبل، و3 في معرة النعمان.") == [
        ("killed", 12), ("killed", 5), ("killed", 3), ("killed", 3)]
    assert _read("واعتقلت القوات 10 شبان في ريف درعا: 4 في مدينة نوى، و3 في جاسم، و3 في الحارة.") == [
        ("detained", 10), ("detained", 4), ("detained", 3), ("detained", 3)]
    # rows that add up to more than the total are no breakdown of it: one restated figure
    assert _read("قتل 5 مدنيين في قصف على ريف إدلب، بينهم 1 في مدينة أريحا، و3 في كفرنبل، و3 في معرة النعمان.") == [
        ("killed", 5), ("killed", 1), ("killed", 3)]


# --- prec22-ar: a precision pass on blind22 ar (issue 11) ---------------------------------------------

def test_blind22_ar_kin_in_the_plural_with_a_number_closes_a_kin_list():
    # "فقدت الأب والأم وأطفالهما الخمسة" (001: killed 2 and 5, gold one figure of 7)
    assert _read("ومن بين الضحايا أسرة فقدت الأب والأم وأبناءهما الأربعة في قصف على مدينة دوما.") == [
        ("killed", 6)]
    # alone after a figure it stays a part (kin_with_number)
    assert ("killed", 3) in _read("قتل 5 أشخاص في قصف على سراقب، هم رجل وزوجته وأطفالهما الثلاثة.")


def test_blind22_ar_first_estimates_after_baad_an_are_superseded():
    # "بعد أن أشارت التقديرات الأولية إلى 40 قتيلاً" (011: killed 40 was a figure)
    figs = extract_arabic("قتل 71 شخصاً في انفجار الشاحنة المفخخة في مدينة أعزاز، بعد أن أشارت التقديرات الأولية "
                          "إلى 50 قتيلاً.")
    assert [(f.kind, f.count, f.superseded) for f in figs] == [("killed", 71, False), ("killed", 50, True)]


def test_blind22_ar_a_relative_reported_at_first_is_the_first_toll():
    # "في حصيلة تفوق بكثير تلك التي أعلنتها الحكومة في البداية وكانت 25 قتيلاً" (007: killed 25 was a figure)
    figs = extract_arabic("أعلن الجيش المالي أن 53 جندياً قتلوا في هجوم على موقع إنديليمان، في حصيلة تفوق "
                          "الحصيلة التي أعلنها في البداية وكانت 15 قتيلاً.")
    assert [(f.kind, f.count, f.superseded) for f in figs] == [("killed", 53, False), ("killed", 15, True)]


def test_blind22_ar_a_count_before_qabla_an_and_a_rise_is_the_earlier_count():
    # "وأعلن أنه أوقف 9 أشخاص بينهم سوري، قبل أن يرتفع عدد الموقوفين إلى 19" (020: detained 9 and 1)
    figs = extract_arabic("وقالت الشرطة إن 3 متظاهرين قتلوا، وأعلنت أنها اعتقلت 12 شخصاً بينهم صحفي، قبل أن يرتفع عدد "
                          "المعتقلين إلى 30 بحسب محامين.")
    assert [(f.kind, f.count) for f in figs if not f.superseded] == [("killed", 3), ("detained", 30)]
    # a rise of another kind after "قبل أن" leaves the count before it
    assert _read("قتل 5 أشخاص في القصف، قبل أن يرتفع عدد المصابين إلى 20.") == [("killed", 5), ("injured", 20)]


def test_blind22_ar_a_number_closing_a_quoted_name_is_no_count():
    # "واستُخدمت فيها الأسلحة الرشاشة وقذائف "ب 7"" (020: injured 7 read as a gapped line)
    assert _read('قتل 4 أشخاص وأصيب 11 آخرون في اشتباكات استمرت ساعتين في باب التبانة، واستخدمت فيها قاذفات '
                 '"آر بي جي 7".') == [("killed", 4), ("injured", 11)]
    # a quoted count of people stays
    assert _read('وقال الدفاع المدني إن "6 مدنيين قتلوا" في القصف.') == [("killed", 6)]


def test_blind22_ar_a_number_word_ending_a_definite_hundred_restates_it():
    # "ومن بين المئة وأربعة قتلى، المزارع الستيني …" (026: killed 4)
    assert _read("قتل 105 أشخاص في الهجوم على القرية. ومن بين المئة وخمسة قتلى، إمام مسجد القرية.") == [("killed", 105)]
    # after a smaller definite number the word is a count of its own
    assert ("killed", 4) in _read("قتل الإخوة الثلاثة وأربعة من أبناء عمومتهم في القصف.")


@pytest.mark.parametrize("text", [
    "اختطف مسلحون مجهولون قاضياً من أمام منزله في مدينة بعقوبة وقتلوه بعد ساعات.",
    "خطف مسلحون محافظ المدينة من مكتبه فأعدموه في اليوم التالي.",
])
def test_prec22b_ar_a_killing_glued_to_a_conjunction_after_an_abduction_is_killed_only(text):
    # "اختطف مسلحون والي الولاية من مقر إقامته وقتلوه" (blind22 ar 010: detained 1, killed 1 missed)
    assert [(f.kind, f.count, f.rule) for f in extract_arabic(text)] == [("killed", 1, "abducted_then_killed")]


def test_prec22b_ar_a_row_of_a_later_total_in_a_place_named_before_is_that_figure_again():
    # "يرتفع إلى 174 عدد العسكريين …: 71 في إيناتس، و14 في سانام، و89 في شيناغودرار" after the 71 and
    # the 89 were told with those camps (blind22 ar 007: killed 71 and 89 twice)
    figs = extract_arabic("قتل 35 جندياً في هجوم على قاعدة للجيش في بلدة كوتوغو يوم الأحد. وبذلك يرتفع إلى 80 عدد "
                          "الجنود الذين قتلوا في هجومين خلال أسبوع: 35 في كوتوغو، و45 في دجيبو.")
    assert [(f.kind, f.count) for f in figs] == [("killed", 35), ("killed", 80), ("killed", 45)]
    # the same count in a place not named with the earlier figure is another group
    assert _read("قتل 12 مدنياً في قصف جوي على مدينة إدلب صباح اليوم. وبذلك يرتفع إلى 30 عدد المدنيين الذين "
                 "قتلوا في المحافظة خلال يومين: 12 في أريحا، و18 في سراقب.") == [
        ("killed", 12), ("killed", 30), ("killed", 12), ("killed", 18)]


def test_prec22b_ar_detainees_moved_told_as_the_verbal_noun_after_ba_are_no_detention():
    # "واختُتمت العملية اليوم بنقل 212 محتجزاً" (blind22 ar 012: the last day's row of a released total)
    assert _read("قتل جنديان في اشتباك قرب الحديدة. واختتمت عملية التبادل مساء الجمعة بنقل 140 محتجزاً بين "
                 "المطارين.") == [("killed", 2)]
    assert _read("وأنهت اللجنة الدولية يومها الثاني بنقل 95 أسيراً من سجون الطرفين.") == []
    # people arrested, then moved, stay detained
    assert _read("اعتقلت قوات الأمن 30 شخصاً قبل نقلهم إلى سجن المدينة.") == [("detained", 30)]


def test_prec23_ar_a_first_toll_after_bainama_or_opening_with_kanat_is_replaced():
    # "…، بينما كانت الحصيلة الأولية قد بلغت 16 قتيلاً" (blind23 ar 003), "كانت الحصيلة الأولى التي بثها
    # التلفزيون … تتحدث عن 235 قتيلاً" (blind23 ar 015): rules.was_preliminary_toll_anywhere
    assert _read("ارتفعت حصيلة ضحايا انهيار مبنى رانا بلازا في دكا إلى 1127 قتيلاً، بينما كانت الحصيلة الأولية "
                 "قد بلغت 300 قتيل.") == [("killed", 1127)]
    assert _read("قتل 51 شخصاً في الهجوم على مسجدين في كرايستشيرش. كانت الحصيلة الأولى التي أعلنتها الشرطة مساء "
                 "الجمعة تتحدث عن 49 قتيلاً.") == [("killed", 51)]
    # a current count before the clause stays
    assert _read("أصيب 150 شخصاً في تفجير مطار كابول، في حين كانت الحصيلة الأولية 20 جريحاً.") == [
        ("injured", 150)]


def test_prec23_ar_a_count_after_up_from_is_the_earlier_toll():
    # "قتلوا …، ارتفاعاً من 210 قتلى أعلنتهم الوزارة مساء السبت" (blind23 ar 008): rules.up_from_earlier
    assert _read("قالت الشرطة إن 22 شخصاً قتلوا في تفجير قاعة الحفلات في مانشستر، ارتفاعاً من 19 قتيلاً "
                 "أعلنتهم صباح الثلاثاء.") == [("killed", 22)]
    assert _read("قال مسؤولون إن 170 شخصاً قتلوا في تفجير مطار كابول، صعوداً من نحو 60 قتيلاً أعلنوا أمس.") == [
        ("killed", 170)]
    # the rise without "من" and a count supersedes nothing
    assert _read("قتل 9 أشخاص في قصف على السوق، وسط ارتفاع من جديد في وتيرة الغارات.") == [("killed", 9)]


def test_prec23_ar_kin_in_the_dual_opens_a_kin_list_after_faqad():
    # "فقد ابنيه وابن أخيه في الغارة" (blind23 ar 023), "أخاه" as a kin noun (blind23 ar 022: 2 for 3):
    # lexicon.KIN_DUALS, lexicon.FAMILY_ONE, rules.lost_kin_at
    assert _read("وقال أحد سكان حي الشجاعية إنه فقد ابنتيه وابن شقيقه في القصف.") == [("killed", 3)]
    assert _read("وقال رجل من بلدة كفرنبل إنه فقد في الغارة أخاه وابن خاله وعمه.") == [("killed", 3)]
    # a cousin alone after "فقد" stays one of the list
    assert _read("وقالت امرأة إنها فقدت ابن عمها وخالها في الهجوم.") == [("killed", 2)]


def test_prec23_ar_one_kin_then_kin_in_the_plural_with_a_number_after_with():
    # "الذي استشهد مع زوجته وأطفاله الثلاثة" (blind23 ar 026: 3 for 4): rules.kin_list_from
    assert _read("وقتل مسعف في غارة على بلدة عيتا الشعب، الذي استشهد مع زوجته وأبنائه الأربعة في منزلهم.")[-1] == (
        "killed", 5)


def test_prec23_ar_kin_listed_before_a_verb_with_a_dual_are_one_figure():
    # "إن والده وشقيقيه أصيبوا بشظايا" (blind23 ar 008: the dual alone, 2 for 3), "شقيقه وابن عمه استشهدا"
    # (blind23 ar 019): rules.kin_list_before_verb
    assert _read("وقال أحد الناجين من مجزرة مدرسة الفاخورة إن والدته وطفليه أصيبوا بجروح.") == [("injured", 3)]
    assert _read("وأفاد مسعفون في مدينة سراقب بأن زوجته وابن عمه استشهدا في الغارة.") == [("killed", 2)]
    # no dual: not read (earlier batches disagree on kin inside a counted toll)
    assert _read("وروى شاب أن والده ووالدته وشقيقته قتلوا في القصف.") == []
    # the verb with its own count has the kin as its subject
    assert _read("قالت الشرطة إن والده وشقيقيه قتلوا 3 جنود.") == [("killed", 3)]


def test_prec23_ar_still_n_people_of_unknown_fate_are_missing():
    # "ولا يزال 12 مواطناً مجهولي المصير حتى اللحظة" (blind23 ar 003: missed): rules.follow_kind_adjective
    # with lexicon.UNKNOWN_OF_FATE
    assert _read("وبعد الهجوم على مخيم الركبان، ما زال 30 شخصاً مجهولي المصير.") == [("missing", 30)]
    # without "لا يزال"/"ما زال" before the count the cue's kind stays
    assert _read("اختطف مسلحون 9 أشخاص مجهولي المصير.") == [("detained", 9)]


def test_prec24_ar_a_row_counting_survivors_graves_or_orphans_is_no_toll():
    # "عدد الناجين …: N", "عدد المقابر الجماعية المكتشفة: N", "عدد الأيتام: N" (blind24 ar 023):
    # rules.veto_row_of_non_victims (lexicon.NON_VICTIM_LABEL); "نسمة" and "مشفى" are no people
    text = ("إحصائية مكتب المفقودين في سربرنيتسا:\n"
            "عدد القتلى: 8372\n"
            "عدد الناجين من المجزرة: 41\n"
            "عدد المقابر الجماعية المكتشفة: 94\n"
            "عدد الأيتام: 1500\n")
    assert ("killed", 8372) in _read(text)
    assert not {41, 94, 1500} & {n for _, n in _read(text)}
    assert _read("قتل 30 شخصاً في القصف، وخرج 7 مشفى عن الخدمة.") == [("killed", 30)]


def test_prec24_ar_a_row_of_unknown_fate_is_missing():
    # "عدد الباقين مجهولي المصير :: N" (blind24 ar 023): rules.label_of_unknown_fate in kind_table_cell
    from nlp.casualties.ar import lexicon as lx, rules as ru
    words = lx.fold("عدد المخطوفين الباقين مجهولي المصير :: 120").split()
    assert ru.label_of_unknown_fate(words, 0, len(words) - 1)
    words = lx.fold("عدد المخطوفين المحررين :: 120").split()
    assert not ru.label_of_unknown_fate(words, 0, len(words) - 1)


def test_prec24_ar_a_first_toll_after_a_comma_or_said_at_first_is_replaced():
    # "…، وكانت الحصيلة الأولية التي أعلنت عقب الحادث 26 قتيلاً" (blind24 ar 022):
    # rules.was_preliminary_toll_anywhere; "بعد أن ذكرت في البداية أن …" (blind24 ar 006): rules.after_first_report
    assert _read("ارتفع عدد قتلى حريق برج غرينفيل إلى 71 قتيلاً، وكانت الحصيلة الأولية التي أعلنتها الشرطة "
                 "58 قتيلاً.") == [("killed", 71)]
    assert _read("قالت الشرطة إن 39 شخصاً قتلوا في الهجوم على الملهى الليلي في إسطنبول، بعد أن ذكرت في البداية "
                 "أن عدد القتلى لا يقل عن 35.") == [("killed", 39)]
    # "وكانت" after a comma with no first toll named stays a figure
    assert ("injured", 12) in _read("قتل 5 أشخاص في الانفجار، وكانت المستشفيات قد استقبلت 12 جريحاً.")


def test_prec24b_ar_released_with_a_bracketed_alias_before_an():
    # "أفرجت <actor> (<alias>) … عن N" (blind24 ar 013): the bracketed alias counts as no words
    # between the release verb and "عن" (rules.skip_bracketed_aside in rules.veto_released_from)
    assert _read("أفرجت السلطات (وزارة الداخلية في الحكومة) صباح اليوم عن 50 معتقلاً.") == []
    assert _read("وأفرجت حركة طالبان (الإمارة الإسلامية) بموجب الصفقة عن 12 أسيراً، بينهم 4 أمريكيين.") == []
    # a detention with a bracketed actor still counts
    assert _read("اعتقلت قوات الاحتلال (الجيش الإسرائيلي) فجر اليوم 20 فلسطينياً.") == [("detained", 20)]


def test_prec24b_ar_a_status_after_an_origin_phrase():
    # "N شخصاً من أبناء <place> لا يزالون في عداد المفقودين" (blind24 ar 019): the status past the
    # origin phrase gives the kind (rules.past_origin_to_status), not a victims' word earlier on
    assert _read("قالت رابطة أسر ضحايا الحرب إن 40 رجلاً من أهالي القرية ما زالوا في عداد المفقودين.") \
        == [("missing", 40)]
    assert _read("قالت جمعية ذوي الضحايا إن 40 رجلاً من أهالي القرية ما زالوا قيد الاعتقال.") == [("detained", 40)]
    assert _read("قالت المنظمة إن 120 شخصاً من سكان البلدة لا يزالون في عداد المفقودين.") == [("missing", 120)]
    assert _read("قتل 12 شخصاً من أبناء القرية في القصف.") == [("killed", 12)]


def test_prec24b_ar_a_first_statement_replaced_by_then_came_back_to_announce():
    # "قال في بيانه الأول إنه أوقف N، ثم عاد ليعلن توقيف M" (blind24 ar 016): rules.in_first_statement
    # and rules.then_came_back_to in corrected_later_in_sentence; a later figure of another kind leaves it
    assert _read("ذكرت الشرطة في بيانها الأول أن 4 أشخاص قتلوا في الانفجار، ثم عادت وأعلنت مقتل 11 شخصاً.") \
        == [("killed", 11)]
    assert _read("قالت الوزارة في تصريحها الأول إن 20 شخصاً أصيبوا، ثم عادت وأعلنت مقتل 3 أشخاص.") \
        == [("injured", 20), ("killed", 3)]
    assert _read("اعتقلت الشرطة 5 أشخاص ثم عادت وأفرجت عنهم.") == [("detained", 5)]


def test_prec24b_ar_an_earlier_estimate_before_the_scale_became_clear():
    # "وكانت <source> قدّرت … أن N قُتلوا، قبل أن تتضح فداحة …" (blind24 ar 007):
    # rules.estimate_before_truth_clear (lexicon.EARLIER_ESTIMATE_VERBS, BECAME_CLEAR, TRUE_SCALE)
    assert _read("وكانت السلطات الأوكرانية قدّرت في الأيام الأولى أن 50 مدنياً قتلوا في بوتشا، "
                 "قبل أن يتضح حجم المجزرة.") == []
    # what became clear is no scale: the figure stands; "قبل أن" with no "became clear" too
    assert _read("وكانت الشرطة قالت إن 7 أشخاص أصيبوا، قبل أن تتضح ملابسات الهجوم.") == [("injured", 7)]
    assert _read("وكان الدفاع المدني أعلن مقتل 12 شخصاً في القصف، قبل أن يتمكن من إخماد النيران.") \
        == [("killed", 12)]


def test_prec25_ar_a_row_label_with_a_definite_kind_noun_or_a_condition():
    # "- الجرحى: نحو N" / "- الحالات الحرجة: نحو N" under a toll heading (blind25 ar 015):
    # rules.label_word_kind (a definite plural kind noun, cases with a severity) and rules.severity_label
    # (the part of the last wounded toll): the rows restate the lead, none is read as killed
    assert _read("قالت وزارة الصحة الأفغانية إن حصيلة التفجير قرب مطار كابول ارتفعت إلى 170 قتيلاً ونحو 200 جريح، "
                 "بينهم 40 في حالة حرجة.\nالحصيلة بالأرقام:\n- القتلى: 170\n- الجرحى: نحو 200\n"
                 "- الحالات الحرجة: نحو 40") == [("killed", 170), ("injured", 200), ("injured", 40)]
    fs = [f for f in extract_arabic("قالت وزارة الصحة الأفغانية إن حصيلة التفجير قرب مطار كابول ارتفعت إلى 170 "
                                    "قتيلاً ونحو 200 جريح.\nالحصيلة بالأرقام:\n- القتلى: 170\n"
                                    "- الجرحى: أكثر من 200\n- الحالات الخطيرة: أكثر من 40")]
    assert [(f.kind, f.count) for f in fs] == [("killed", 170), ("injured", 200), ("injured", 40)]
    assert fs[2].part_of == 1
    from nlp.casualties.ar import lexicon as lx, rules as ru
    words = lx.fold("- الحالات الحرجة : نحو 40").split()
    assert ru.row_label_kind(words, 0, 4) == "injured" and ru.severity_label(words, 0, 4)
    words = lx.fold("- الحالات المسجلة : نحو 40").split()
    assert ru.row_label_kind(words, 0, 4) is None


def test_prec25_ar_a_part_told_again_under_the_same_total():
    # "12 شهيدًا، بينهم طفلان" in the lead and "- الشهداء: 12، بينهم طفلان" in a summary row (blind25 ar 015):
    # rules.part_told_again; the superseded first toll beside the lead had kept the two apart
    assert _read("حصيلة الغارة على مدرسة تؤوي نازحين في دير البلح 30 شهيدًا و100 جريح.\nوقال الدفاع المدني إن "
                 "الحصيلة ارتفعت إلى 30 شهيدًا، بينهم طفلان، ونحو 100 جريح، بعدما كانت الحصيلة الأولية 22 شهيدًا "
                 "و70 جريحًا.\nالحصيلة بالأرقام:\n- الشهداء: 30، بينهم طفلان\n- الجرحى: نحو 100") \
        == [("killed", 30), ("injured", 100), ("killed", 2)]
    # two totals, each with two children: four children
    assert _read("قتل 30 شخصاً في الغارة على المدرسة، بينهم طفلان.\nوفي غارة أخرى على مخيم النصيرات قتل 12 شخصاً، "
                 "بينهم طفلان.") == [("killed", 30), ("killed", 2), ("killed", 12), ("killed", 2)]


def test_prec25_ar_a_toll_rounded_down_in_a_quote_or_the_headline():
    # "مقتل أكثر من مئة شخص" in a spokesman's quote after "قُتل 112" (blind25 ar 010), the headline's
    # "أكثر من مليون نازح" over "1,2 مليون" (blind25 ar 025): rules.rounded_down_restatement (rules.quoted,
    # rules.leading_unit); common.merge_restated merges a rounded count only within 10 %
    assert _read("أعلنت السلطات الصومالية أن 587 شخصاً قتلوا في تفجير الشاحنة المفخخة في تقاطع زوبي بمقديشو.\n"
                 "وقال رئيس البلدية في مؤتمر صحفي: \"إن مقتل أكثر من 500 شخص في لحظة واحدة جريمة لن ننساها\".") \
        == [("killed", 587)]
    assert _read("أكثر من 500 قتيل في تفجير مقديشو\nأعلنت السلطات الصومالية أن 587 شخصاً قتلوا في تفجير الشاحنة "
                 "المفخخة في تقاطع زوبي.") == [("killed", 587)]
    assert _read("أعلنت السلطات أن 112 شخصاً قتلوا في التفجير.\nوقال المتحدث: «إن مقتل أكثر من 100 شخص جريمة».") \
        == [("killed", 112)]
    # out of quotes and headline (another event), or too far above the rounded count: two figures
    assert _read("قتل 587 شخصاً في تفجير الشاحنة المفخخة في مقديشو.\nوفي هجوم سابق على فندق في المدينة قتل ما لا "
                 "يقل عن 500 شخص.") == [("killed", 587), ("killed", 500)]
    assert _read("أعلنت السلطات أن 130 شخصاً قتلوا في التفجير.\nوقال المتحدث: «إن مقتل أكثر من 100 شخص جريمة».") \
        == [("killed", 130), ("killed", 100)]
    from nlp.casualties.ar import rules as ru
    assert ru.leading_unit(300) == 100 and ru.leading_unit(2000) == 1000 and ru.leading_unit(250) is None


def test_prec25_ar_households_after_a_range_are_no_people():
    # "نزح ما بين 60 ألفًا و80 ألف أسرة …، أي ما يقارب 400 ألف شخص" (blind25 ar 020): the noun after a
    # range's second number counts households (rules.noun_things_after_range); the people they are
    # restated in, far from the cue, are the figure (lexicon.RESTATED_PEOPLE_WINDOW in rules.kind_from_cue)
    assert _read("وبحسب المرصد، نزح ما بين 20 ألفاً و30 ألف عائلة من مدينة تل أبيض وريفها خلال الأسبوع الأول من "
                 "الهجوم التركي، أي ما يقارب 150 ألف شخص.") == [("displaced", 150000)]
    assert _read("نزح ما بين 20 ألفاً و30 ألف أسرة من مدينة تل أبيض.") == []
    f, _ = _one("نزح ما بين 20 ألفاً و30 ألف شخص من مدينة تل أبيض.")
    assert (f.kind, f.count, f.count_max) == ("displaced", 20000, 30000)


# --- prec26-ar: a precision pass on blind26 ar (issue 11) ---------------------------------------------

def test_prec26_ar_one_of_after_a_kin_noun_is_the_possessor():
    # "وطفل أحد المواطنين البريطانيين" (blind26 ar 006), "والد أحد الضحايا ووالدته وشقيقته" (018):
    # rules.veto_possessor_one, rules.kin_of_one_listed, rules.after_cue_family
    assert _read("وقالت وزارة الخارجية الفرنسية إن ثلاثة من رعاياها وطفلة أحد الدبلوماسيين قتلوا في تفجير الفندق.") \
        == [("killed", 3), ("killed", 1)]
    assert _read("قتل 6 أشخاص وأصيب 20 آخرون في قصف على سوق معرة النعمان.\nومن بين الجرحى شقيق أحد الباعة "
                 "ووالدته وزوجته.") == [("killed", 6), ("injured", 20), ("injured", 3)]
    assert _read("وأصيبت والدة أحد المسعفين وشقيقته بشظايا القذيفة.") == [("injured", 2)]
    # one such kin alone inside a counted group is a person named in it, no figure (blind20 ar 021)
    assert _read("واعتقلت الشرطة 5 أشخاص للتحقيق، بينهم ابن أحد المشتبه بهم.") == [("detained", 5)]
    # "أحد" as the victim himself stays one
    assert _read("وأصيب أحد المدنيين بجروح في قصف على بلدة كفرنبل.") == [("injured", 1)]


def test_prec26_ar_a_sibling_part_of_the_same_count_is_no_stated_total():
    # "وأربعة آخرون …، كما وثق مقتل رجل وأبنائه الثلاثة" (blind26 ar 001): the man and his kin get their
    # derived total 4 though another part of the sentence is 4 too (arabic._derive_totals)
    figs = _with_totals("قتل 12 مدنياً في بلدة كفرزيتا، وأربعة آخرون في اللطامنة، كما قتلت امرأة وأطفالها الثلاثة "
                        "في قصف على منزلهم في مورك.")
    assert ("killed", 4, True) in figs and ("killed", 4, False) in figs
    # a total stated by a head rule still blocks it
    assert ("killed", 4, True) not in _with_totals("قتل 4 أشخاص، هم رجل وأبناؤه الثلاثة.")


def test_prec26_ar_victims_summing_their_killed_and_wounded_are_a_combined_total():
    # "284 ضحية في صفوف المدنيين (100 قتيل و184 جريحا)" (blind26 ar 013): rules.combined_victims_total
    assert _read("ووثقت المفوضية خلال الربع الأول من العام 350 ضحية مدنية (120 قتيلا و230 جريحا) جراء الألغام.") \
        == [("killed", 120), ("injured", 230)]
    assert _read("سقط 75 ضحية، بينهم 30 قتيلا و45 جريحا، في انفجار مرفأ عدن.") == [("killed", 30), ("injured", 45)]
    # parts that do not add up, or a wounded count alone after it: the victims stay the dead
    assert ("killed", 75) in _read("سقط 75 ضحية في انفجار مرفأ عدن، وأصيب 45 آخرون بجروح.")
    assert ("killed", 80) in _read("سقط 80 ضحية (30 قتيلا في عدن و45 جريحا في لحج).")


def test_prec26_ar_what_a_place_held_is_a_population():
    # "وأن عنبرا كان يضم قرابة 120 شخصا أصيب إصابة مباشرة" (blind26 ar 013): rules.veto_population (lexicon.HELD)
    assert _read("وقالت المنظمة إن القاعة كانت تضم قرابة 200 شخص أصيب معظمهم بجروح.") == []
    assert _read("قتل 40 شخصا في قصف على المدرسة، التي كانت تضم نحو 300 نازح.") == [("killed", 40)]
    # a toll that includes a group stays a figure
    assert _read("قتل 40 شخصا في قصف على البلدة، وكانت الحصيلة تضم 12 طفلا.") == [("killed", 40), ("killed", 12)]


def test_prec26_ar_a_noun_after_he_is_describes_someone_named_before():
    # "ومن بين المعتقلين الشاب (م.ع)، وهو مدرس … اقتيد من منزله" (blind26 ar 003): rules.noun_before_verb
    # (lexicon.DESCRIBING_PRONOUNS)
    assert _read("اعتقلت قوات الأمن 14 شخصا في مدينة القامشلي، بينهم الناشط (ف.ح)، وهو طبيب من بلدة عامودا "
                 "اعتقل من عيادته.") == [("detained", 14)]
    assert _read("وفي حادثة منفصلة، طبيب اعتقل من عيادته في عامودا.") == [("detained", 1)]


def test_prec27_ar_a_person_singled_out_by_role_inside_a_counted_group_gets_no_figure():
    # issue 11 §2 ("seized seven villagers, among them a nurse" is 7): rules.role_inside_group,
    # lexicon.ROLE_NOUNS vs lexicon.CATEGORY_NOUNS
    assert _read("قتل 9 أشخاص في قصف على سوق مدينة أريحا، بينهم صحفي ومسعف.") == [("killed", 9)]
    assert _read("قتل 9 أشخاص في قصف على سوق مدينة أريحا، بينهم مسعف.") == [("killed", 9)]
    assert _read("اعتقلت قوات الأمن 16 شخصا في مدينة الرقة، وكان بين المعتقلين مدرس ومهندس.") == [("detained", 16)]
    assert _read("أصيب 22 شخصا في الانفجار، ومن بين المصابين ممرضة.") == [("injured", 22)]
    # role nouns coordinated after it go with it, their own small count too
    assert _read("قتل 40 شخصا في قصف المستشفى الميداني، وكان بين القتلى طبيبا ومسعفين اثنين من الطاقم.") \
        == [("killed", 40)]
    # a category by age, sex or civilian status keeps its subset figure
    assert _read("قتل 12 شخصاً، بينهم طفل.") == [("killed", 12), ("killed", 1)]
    assert _read("أصيب 22 شخصا في الانفجار، ومن بين المصابين امرأة.") == [("injured", 22), ("injured", 1)]
    # a count in digits, or a role coordinated after a counted part of the group, is a row of it
    assert _read("قتل 30 مدنيا في الغارة، بينهم 4 مسعفين.") == [("killed", 30), ("killed", 4)]
    assert _read("قتل 13 مدنيا في قصف على مدرسة في معرة النعمان، بينهم 4 أطفال ومعلمة.") \
        == [("killed", 13), ("killed", 4), ("killed", 1)]
    # a role person who is not inside a counted group is a figure of one
    assert _read("وقتل مسعف في غارة على بلدة الناقورة.") == [("killed", 1)]


def test_prec27_ar_a_kin_list_with_counted_kin_inside_is_one_figure():
    # "فقد زوجته وأولاده الثلاثة وشقيقه" is 5 (blind27 ar 008): rules.kin_list_from goes on after kin
    # with their own number (rules.kin_counted; lexicon.FAMILY_PLURAL), after "فقد" too
    assert _read("وقال أحد الناجين من القصف على دوما إنه فقد زوجته وأولاده الأربعة ووالدته.") == [("killed", 6)]
    # "والده وعمه واثنين من أبناء عمومته" is 4 (016): a number word, "من" and the person's own kin
    assert _read("وقال أحد سكان الحي إنه فقد في الغارة شقيقه وخاله وثلاثة من أبناء عمومته.") == [("killed", 5)]
    # a kin list of one before counted kin after a verb other than "فقد" is unchanged (rules.kin_list_from)
    assert _read("وأصيب والده وأطفاله الثلاثة في القصف.") == [("injured", 1), ("injured", 3)]


def test_prec27_ar_a_person_killed_with_their_kin_is_one_figure():
    # "ومن بين الشهداء رجل … قضى مع زوجته وابنته" is 3 (blind27 ar 017): rules.with_kin_after in
    # rules.noun_before_verb
    assert _read("قتل 15 شخصا في القصف على حي الشعار، ومن بينهم رجل من مدينة الباب قضى مع والدته وشقيقه.") \
        == [("killed", 15), ("killed", 3)]
    assert _read("وفي الحي ذاته، امرأة قتلت برفقة زوجها وابنتها.") == [("killed", 3)]


def test_prec27_ar_wounded_who_left_hospital_are_no_new_figure():
    # "١٩٩ مصابا غادروا المستشفيات بعد تلقيهم العلاج" (blind27 ar 023): rules.veto_discharged
    assert _read("أصيب 80 شخصا في انفجار مصنع الأسمدة، وقد غادر 65 مصابا المستشفى بعد تلقيهم العلاج.") \
        == [("injured", 80)]
    assert _read("أصيب 80 شخصا في انفجار مصنع الأسمدة، و65 مصابا غادروا المستشفيات مساء أمس.") == [("injured", 80)]
    # people who left their homes are still displaced
    assert _read("وقالت المنظمة إن 3000 مدني غادروا منازلهم في البلدة.") == [("displaced", 3000)]


def test_prec27_ar_a_count_and_one_more_person_named_by_the_next_ordinal():
    # "القبض على اثنين من التجار … وشخص ثالث" is 3 (blind27 ar 025): rules.nth_person_added
    assert _read("وأعلنت الشرطة اعتقال اثنين من المهربين وشخص ثالث في ميناء طرطوس.") == [("detained", 3)]
    assert _read("اعتقلت القوات 4 من الشبان وآخر خامس في حي الوعر.") == [("detained", 5)]
    # an ordinal that does not follow the count is no extra person
    assert _read("اعتقلت القوات 4 من الشبان وشخص ثالث في حي الوعر.") == [("detained", 4), ("detained", 1)]


def test_prec27_ar_bodies_from_a_mass_grave_or_returned_home_are_remains():
    # README "Conventions worth knowing": remains exhumed from a mass grave or handed over are no new
    # toll; bodies too (blind27 ar 022, 008): rules.remains_of_bodies, rules.mass_grave_in
    assert _read("انتشلت فرق الدفاع المدني 18 جثة من مقبرة جماعية في بلدة الباغوز.") == []
    assert _read("وأعلنت السفارة انتشال جثث 12 من رعاياها وإعادتها إلى تونس.") == []
    # rows under a heading that names mass graves
    assert _read("ثالثا: المقابر الجماعية في سنجار\n— وصول 40 جثة إلى مستشفى دهوك قادمة من الموقع.") == []
    # the dead of the event buried in a mass grave stay the dead
    assert _read("وقال المسؤول إن السلطات دفنت 900 جثة في مقابر جماعية خارج المدينة.") == [("killed", 900)]
    assert _read("عثر على جثث 3 رعاة مقتولين بالرصاص في بادية الميادين.") == [("killed", 3)]


def test_prec27_ar_one_person_of_a_counted_toll_told_again():
    # a witness singled out by role who speaks (blind27 ar 017): rules.one_of_counted_told_again
    assert _read("أصيب 60 شخصا في تفجير سوق الخضار، فيما قال سائق أصيب في التفجير إن الانفجار وقع قرب مدخل السوق.") \
        == [("injured", 60)]
    # a category person among a group whose category was counted before in that kind (026)
    assert _read("أصيب 14 شخصا، بينهم 4 نساء وطفلان. وزار المحافظ المصابين، ومن بينهم طفل في الخامسة أصيب بشظية.") \
        == [("injured", 14), ("injured", 4), ("injured", 2)]
    # a role person who speaks with no toll of that kind before stays one
    assert _read("وقال سائق أصيب في التفجير إن الانفجار وقع قرب مدخل السوق.") == [("injured", 1)]


def test_prec27_ar_feminine_dual_verbs_after_two_kin():
    # "إن والدتها وشقيقتها أصيبتا بجروح بليغة" is 2 (blind27 ar 017): the feminine dual of the verb cues
    # (lexicon.CUE_SPEC) for rules.kin_list_before_verb
    assert _read("وقال شاهد إن زوجته وابنته أصيبتا بشظايا القذيفة.") == [("injured", 2)]
    assert _read("وقال شاهد إن والدته وشقيقته استشهدتا في القصف.") == [("killed", 2)]


def test_rec28_ar_own_fate_unknown_after_the_count():
    # the counted people's own fate ("مصيرهم") unknown after their noun phrase is missing (blind22 ar 012,
    # blind27 ar 022): rules.follow_own_fate_unknown, lexicon.OWN_FATE/NOT_KNOWN
    assert _read("وقالت رابطة المعتقلين إن 640 شخصا من أبناء داريا لا يزال مصيرهم ومكان وجودهم مجهولين.") \
        == [("missing", 640)]
    assert _read("وتتابع البعثة ملفات 1800 شخص لا يُعرف مصيرهم منذ سقوط سربرنيتسا.") == [("missing", 1800)]
    assert _read("وأكد الاتحاد أن 9 من صياديه ما زال مصيرهم مجهولاً بعد العاصفة.") == [("missing", 9)]
    # a count a killing verb took stays killed
    assert _read("وقتل 5 أشخاص لا يزال مصير ذويهم مجهولاً.") == [("killed", 5)]


def test_rec28_ar_a_reported_count_that_was_among_the_kind():
    # "إن N … كانوا (من) بين القتلى/المصابين" is a count of that kind (blind25 ar 006, blind26 ar 006,
    # blind27 ar 005): rules.follow_were_among_kind, lexicon.WERE_AMONG
    assert _read("وقالت الخارجية الفلبينية إن 14 فلبينياً على الأقل كانوا بين الضحايا.") == [("killed", 14)]
    assert _read("وأعلن الجيش النيبالي أن 6 من أفراد كتيبته العاملين ضمن قوة حفظ السلام في الجولان كانوا من بين "
                 "المصابين.") == [("injured", 6)]
    # no "كانوا": a count not after "أن" is read as before (no new figure)
    assert _read("وكان 14 فلبينياً في السفينة.") == []


def test_rec28_ar_kin_lists_marked_by_a_dual_or_a_number():
    # sisters in the dual mark the count (blind25 ar 011, 020): lexicon.KIN_DUALS
    assert _read("وروت نازحة من الفاشر أن والدها وشقيقتيها قُتلن في الطريق إلى طويلة.") == [("killed", 3)]
    # a witness's own husband and son (blind22 ar 017, blind23 ar 016): lexicon.FAMILY_ONE
    assert _read("وقالت سيدة من خان يونس: زوجي وابني أصيبا بشظايا الصاروخ.") == [("injured", 2)]
    assert _read("وقالت سيدة من جباليا: أصيب زوجي وابني بجروح.") == [("injured", 2)]
    # kin with their own number inside the list (blind23 ar 015): rules.kin_list_before_verb
    assert _read("وقال أحد المصلين إن والده وخاله وأربعة من أبناء عمومته قُتلوا في الهجوم على المسجد.") \
        == [("killed", 6)]
    # "كانوا بين القتلى" stands for the verb (blind24 ar 018): rules.were_among_at
    assert _read("وقال شاهد إن والده وشقيقيه كانوا من بين المصابين في انفجار المرفأ.") == [("injured", 3)]
    # with neither a dual nor a number the kin list is still not read (blind15 ar 019)
    assert _read("وقال إن والده وعمه كانوا بين القتلى.") == []


def test_rec28_ar_critical_condition_of_some_of_them_further_on():
    # "حالة N منهم" with its severity a few words on or with "بال" is a subset of the injured (blind26 ar 015,
    # blind27 ar 017): rules.severity_after, lexicon.SEVERITY_REACH
    assert _read("وأصيب 64 شخصا في انهيار المبنى، ووصفت حالة 11 منهم بالخطيرة.") == [("injured", 64), ("injured", 11)]
    assert _read("وأصيب 64 شخصا، وقال مدير المستشفى إن حالة 6 منهم لا تزال حرجة.") \
        == [("injured", 64), ("injured", 6)]
    # "حالة N من الجرحى بالحرجة" stays no figure (fixture ar75 lists it as no casualty number)
    assert _read("وأصيب 64 شخصا. ووصفت حالة 6 من الجرحى بالحرجة.") == [("injured", 64)]


def test_rec28_ar_the_verb_left_out_after_a_place():
    # a spelled number glued to "و", no noun, a place after it (blind27 ar 002): rules.read_links,
    # lexicon.GAPPED_PLACE_PREPS
    assert _read("قتل 6 مدنيين في دير الزور و4 في الميادين وثلاثة في البوكمال.") \
        == [("killed", 6), ("killed", 4), ("killed", 3)]
    # "وآخران" two more after a single victim, with no comma when a place follows (blind25 ar 021):
    # rules.another_coordinated, lexicon.ANOTHER_TWO
    assert _read("قتل جندي في مأرب وآخران في جبهة صرواح.") == [("killed", 1), ("killed", 2)]
    assert _read("قتل شخص وآخران.") == [("killed", 1)]


def test_rec28_ar_one_glued_to_and_in_a_breakdown_row():
    # "وواحداً من كوادر الدفاع المدني" after a counted part of a toll is one more part (blind25 ar 005):
    # rules.read_links (glued_and with a noun of "من")
    assert _read("قتل 90 مدنيا. وتضمنت الحصيلة 3 من الكوادر الطبية وواحدا من كوادر الدفاع المدني.") \
        == [("killed", 90), ("killed", 3), ("killed", 1)]
    # "في واحد من أكثر الأيام دموية" is no part ("واحد" is itself a number word, not "و" + "أحد")
    assert _read("وقتل 30 مدنيا أمس في إدلب، في واحد من أكثر الأيام دموية هذا العام.") == [("killed", 30)]

# prec28-ar


def test_prec28_ar_inline_breakdown_cells_take_the_kind_of_their_total():
    # arrests split by the party that made them after "توزعت::" (blind28 ar 002) are the arrest total's
    # parts, not the dead of the table above (rules.kind_inline_breakdown_cell)
    text = ("وثق المرصد مقتل 250 شخصا خلال شهر تشرين الأول 2019، وتوزعت الحصيلة على الشكل التالي::\n"
            "المدنيون:: 90\nالعسكريون:: 160\n"
            "وفي ملف الاعتقالات، سجل المرصد 70 حالة اعتقال خلال الشهر، توزعت:: 33 على يد الشرطة العسكرية، "
            "و25 على يد فرع الأمن السياسي، و12 على يد فصائل الجيش الوطني.")
    assert _read(text) == [("killed", 250), ("killed", 90), ("killed", 160), ("detained", 70),
                           ("detained", 33), ("detained", 25), ("detained", 12)]
    figs = extract_arabic(text)
    assert [figs[f.part_of].count for f in figs if f.kind == "detained" and f.part_of is not None] == [70] * 3
    assert _read("وثقت الشبكة 180 حالة احتجاز تعسفي في نيسان 2021، توزعت:: 95 على يد قوات النظام، "
                 "و60 على يد قوات سوريا الديمقراطية، و25 على يد هيئة تحرير الشام.") == [
        ("detained", 180), ("detained", 95), ("detained", 60), ("detained", 25)]
    # with no distribution word ("منها::") after a table of the dead
    assert _read("وثق المرصد مقتل 250 شخصا، وتوزعت الحصيلة على الشكل التالي::\nالمدنيون:: 90\nالعسكريون:: 160\n"
                 "وسجل المرصد 70 حالة اعتقال، منها:: 33 على يد الشرطة العسكرية، و25 على يد فرع الأمن السياسي.") == [
        ("killed", 250), ("killed", 90), ("killed", 160), ("detained", 70), ("detained", 33), ("detained", 25)]


def test_prec28_ar_a_threshold_in_a_definition_linked_by_a_preposition():
    # "واعتمد في تعريف المجزرة على مقتل 5 أشخاص …" (blind28 ar 003): rules.veto_definition_threshold
    assert _read("ووثقت الشبكة 4 مجازر في أيار 2019، واعتمدت في تعريف المجزرة على مقتل 5 مدنيين في هجوم واحد.") == []
    assert _read("وتعرف اللجنة المجزرة بأنها مقتل 5 أشخاص مسالمين في حادثة واحدة.") == []
    # a toll after a definition that is no threshold stays a toll
    assert _read("وبحسب تعريف المنظمة قتل 40 طفلا في غارات الشهر الماضي.") == [("killed", 40)]
    assert _read("قتل 5 أشخاص دفعة واحدة في غارة على سوق بلدة سراقب.") == [("killed", 5)]


def test_prec28_ar_a_first_toll_with_was_after_it_is_superseded():
    # "إن حصيلة أولية كانت قد أشارت إلى 22 قتيلا و50 جريحا، قبل أن …" (blind28 ar 009):
    # rules.preliminary_toll_was
    text = ("ارتفع عدد قتلى انفجار مرفأ بيروت إلى 137 قتيلا و5000 جريح. وقال وزير الصحة إن حصيلة أولية كانت "
            "قد أشارت إلى 78 قتيلا و4000 جريح، قبل أن يتم انتشال مزيد من الجثث.")
    figs = extract_arabic(text)
    assert [(f.count, f.superseded) for f in figs] == [(137, False), (5000, False), (78, True), (4000, True)]
    assert _read("وأضاف أن الحصيلة السابقة التي أعلنتها الوزارة كانت 31 قتيلا.") == []
    # a first toll told as the current one (no "كان") stays current
    assert _read("وأشارت حصيلة أولية إلى 12 قتيلا في الانفجار.") == [("killed", 12)]


def test_prec28_ar_cases_of_deaths_and_disappearances_together_are_combined():
    # "27 ألف حالة وفاة واختفاء" (blind28 ar 012) is neither kind: rules.veto_combined_cases
    assert _read("وسجل المشروع أكثر من 3000 حالة وفاة واختفاء على طريق غرب أفريقيا عام 2021.") == []
    assert _read("ووثقت المنظمة 1200 حالة قتل أو إصابة بين الأطفال في اليمن خلال عام 2018.") == []
    # two kinds with a count each, and arrests with disappearance, stay
    assert _read("وسجلت المنظمة 40 حالة وفاة و12 حالة اختفاء.") == [("killed", 40), ("missing", 12)]
    assert _read("ووثقت الشبكة 60 حالة اعتقال واختفاء قسري في حلب.") == [("detained", 60)]


def test_prec28_ar_an_oblique_count_goes_on_from_the_subject_of_that():
    # "إن 3 مدنيين قتلوا وأصيب 9 آخرون …، واثنين آخرين في الطارمية" (blind28 ar 014): the verb left out
    # is the killing one of the "إن" clause, not "أصيب" of the nominative "آخرون" (rules.kind_coordinated_by_case)
    assert _read("وقال مصدر في شرطة ديالى إن 4 جنود قتلوا وأصيب 7 آخرون بهجوم على حاجز في بعقوبة، "
                 "واثنين آخرين في المقدادية.") == [("killed", 4), ("injured", 7), ("killed", 2)]
    # a count coordinated with the wounded in the same case stays wounded
    assert _read("قتل 4 جنود وأصيب 7 آخرون في بعقوبة، و5 آخرون في المقدادية.") == [
        ("killed", 4), ("injured", 7), ("injured", 5)]


def test_prec28_ar_aunts_are_kin_of_one_person_each():
    # "فقد والدته وخالته اللتين …" is 2 (blind28 ar 021): lexicon.FAMILY_ONE takes aunts
    assert _read("وقال أحد سكان بلدة جنديرس إنه فقد في الزلزال والدته وخالته اللتين كانتا في الطابق الثاني.") \
        == [("killed", 2)]
    assert _read("وأصيبت عمته بجروح طفيفة في القصف.") == [("injured", 1)]


def test_prec28_ar_one_kin_named_again_after_a_kin_list_that_counted_them():
    # "فقد والدته وشقيقيه …، مضيفا "لم نعثر إلا على جثة شقيقي الأصغر"" is 3 (blind28 ar 006):
    # rules.kin_told_again (lexicon.KIN_STEMS)
    assert _read('وقال صياد من بلدة جرجيس إنه فقد زوجته وابنيه في غرق القارب، مضيفا "لم ننتشل إلا جثة ابني الأكبر".') \
        == [("killed", 3)]
    # another kin, or another kind, is a figure of its own
    assert _read('وقال إنه فقد والدته، مضيفا "لم نعثر إلا على جثة شقيقي".') == [("killed", 1), ("killed", 1)]
    assert _read("قتل شقيقه في الغارة، وأصيب شقيقه الآخر.") == [("killed", 1), ("injured", 1)]


def test_prec28_ar_a_role_placed_inside_a_stated_toll_by_a_marker_after_it():
    # "استشهاد طبيب في مدينة حمورية، من ضمن الحصيلة آنفة الذكر" (blind28 ar 001): the role convention
    # (rules.role_inside_group) with the marker after the person (rules.role_in_stated_toll)
    assert _read("ارتفع عدد القتلى في أحياء حلب الشرقية إلى 40 مدنيا. ووثق المرصد مقتل ممرض في حي الشعار، "
                 "من ضمن الحصيلة المذكورة.") == [("killed", 40)]
    # a category person keeps its figure; a role person with no toll before stays one
    assert _read("ارتفع عدد القتلى في أحياء حلب الشرقية إلى 40 مدنيا. ووثق المرصد مقتل طفل في حي الشعار، "
                 "من ضمن الحصيلة المذكورة.") == [("killed", 40), ("killed", 1)]
    assert _read("ووثق المرصد مقتل ممرض في حي الشعار، من ضمن الحصيلة المذكورة.") == [("killed", 1)]


def test_prec30_ar_earlier_statement_replaced_by_a_new_one_before_that():
    # "وكانت … قد أعلنت … مقتل شرطي واحد وإصابة 7 …، قبل أن تعلن …" (blind30 ar 014, 015):
    # rules.earlier_statement_then_new_one (lexicon.NEW_STATEMENT_VERBS)
    assert _read("ارتفع عدد قتلى الهجوم على حاجز الجيش قرب العريش إلى 5 جنود، فيما أصيب 11 آخرون. "
                 "وكانت القوات المسلحة قد أعلنت مساء الهجوم مقتل 3 جنود وإصابة 13، قبل أن تعلن اليوم "
                 "الحصيلة الجديدة.") == [("killed", 5), ("injured", 11)]
    assert _read("أسفر انفجار الصهريج في بلدة التليل عن مقتل 28 شخصاً. وكانت الحصيلة الأولى التي نشرتها "
                 "مواقع محلية قد أشارت إلى سقوط 20 قتيلاً، قبل أن يؤكد الصليب الأحمر الرقم النهائي.") \
        == [("killed", 28)]
    # with no current figure of its kind elsewhere, the earlier statement stays
    assert _read("وكانت الشرطة قد أعلنت توقيف 6 أشخاص، قبل أن تعلن إطلاق سراحهم.") == [("detained", 6)]


def test_prec30_ar_detainees_moved_on_later_days_and_people_reunited():
    # "نُقل 318 محتجزاً …، فيما شمل اليوم الثاني 357 محتجزاً" and "لمّ شمل قرابة 900 شخص بعائلاتهم"
    # (blind30 ar 011): rules.moved_earlier_in_sentence in veto_exchanged_or_released, rules.veto_reunited
    assert _read("ونُقل 120 أسيراً بين الخرطوم وكسلا في الرحلة الأولى، فيما شملت الرحلة الثانية 95 أسيراً.") == []
    assert _read("وقال المتحدث إن عملية إطلاق سراح المعتقلين انتهت بلمّ شمل 250 شخصاً مع عائلاتهم.") == []
    assert _read("اختتام عملية نقل المحتجزين بين الطرفين بعد لمّ شمل قرابة 600 شخص بعائلاتهم") == []
    # a detention verb between the move and the count makes a new detention
    assert _read("ونُقل الجرحى إلى مستشفى كسلا، فيما اعتقلت الشرطة 12 محتجزاً آخرين.") == [("detained", 12)]


def test_prec30b_ar_a_rank_or_leader_inside_a_counted_group_has_no_figure():
    # "من بين القتلى قائد …" (blind29 ar 020), "بينهم ضابط …" (blind30 ar 014): ranks and leaders are
    # roles (lexicon.ROLE_NOUNS, rules.role_inside_group), the group's count holds them
    assert _read("قتل 8 جنود من حرس الحدود، بينهم ضابط برتبة نقيب، في كمين قرب الحدود مع ليبيا.") \
        == [("killed", 8)]
    assert _read("لقي 12 عنصرا من الشرطة حتفهم في هجوم على مركز أمني، ومن بين القتلى قائد المركز.") \
        == [("killed", 12)]
    assert _read("أسفرت الغارة عن مقتل 5 مسلحين، بينهم قيادي ميداني في الجماعة.") == [("killed", 5)]
    # a category person keeps its subset figure; a rank alone, not inside a group, is a figure of 1
    assert _read("قتل 8 أشخاص، بينهم طفل، في كمين قرب الحدود مع ليبيا.") == [("killed", 8), ("killed", 1)]
    assert _read("قتل ضابط برتبة عقيد في انفجار عبوة ناسفة استهدفت سيارته.") == [("killed", 1)]


def test_prec30b_ar_a_report_after_bad_an_in_a_raised_or_final_toll_is_the_earlier_toll():
    # "ارتفعت حصيلة … إلى 42 شهيداً، بعد أن وثقت … 31 شهيداً" (blind30 ar 021, 024):
    # rules.after_report_in_revision (lexicon.FINAL_TOLL)
    assert _read("ارتفعت حصيلة القصف على سوق مدينة أريحا إلى 17 قتيلاً، بعد أن وثق الدفاع المدني ظهر اليوم "
                 "11 قتيلاً.") == [("killed", 17)]
    assert _read("أعلنت السلطات أن الحصيلة النهائية لحادث القطار بلغت 38 قتيلاً، بعد أن أعلن المحافظ مساء "
                 "أمس عن 25 قتيلاً.") == [("killed", 38)]
    # with no raised or final toll in the sentence, what was reported stays
    assert _read("قتل 3 صيادين في قصف على مرفأ المدينة، بعد أن أعلنت البحرية فقدان 5 آخرين.") \
        == [("killed", 3), ("missing", 5)]


def test_prec30b_ar_grandchildren_and_grandparents_are_kin_of_one_person_each():
    # "فقدت الأب وابنه وحفيده" (blind30 ar 022): lexicon.FAMILY_ONE
    assert _read("وقال جار العائلة إن الأسرة فقدت الجد وابنه وحفيده في انهيار المبنى.") == [("killed", 3)]
    assert _read("قتل والده وحفيده في القصف على المخيم.") == [("killed", 2)]
    assert _read("أصيب والده وجدته في الحادث.") == [("injured", 2)]


def test_prec30b_ar_bodies_of_abductees_or_missing_are_dead():
    # "جثامين 4 من المختطفين عثر عليها لاحقاً" (blind30 ar 016): rules.bodies_just_before in
    # noun_partitive_kind; the body noun's kind decides
    assert _read("وعثرت الشرطة على جثث 3 من المختطفين قرب طريق المطار بعد يومين من اختفائهم.") == [("killed", 3)]
    assert _read("وانتشلت فرق الإنقاذ جثامين 5 من المفقودين في البحر.") == [("killed", 5)]
    # without a body noun, the partitive keeps its kind
    assert _read("وأطلق الخاطفون سراح 3 من المختطفين، فيما لا يزال 5 من المفقودين في البحر.") == [("missing", 5)]


def test_prec30b_ar_a_wounded_person_s_death_told_after_an_earlier_statement_is_inside_the_raised_toll():
    # "ارتفع عدد ضحايا التفجير … إلى اثنين …. وكانت الوزارة قد أعلنت … مقتل شرطي واحد …، قبل أن تعلن
    # أمس وفاة أحد المصابين" (blind30 ar 014): rules.wounded_death_in_raised_toll
    text = ("ارتفع عدد قتلى انفجار العبوة في مدينة الرمادي إلى 3 جنود، فيما أصيب 5 آخرون. وكانت قيادة "
            "العمليات قد أعلنت مساء الانفجار مقتل جنديين وإصابة 6، قبل أن تعلن اليوم وفاة أحد الجرحى "
            "في مستشفى المدينة.")
    assert _read(text) == [("killed", 3), ("injured", 5)]
    # with no raised toll elsewhere, the death is a figure of its own
    assert _read("وكانت قيادة العمليات قد أعلنت مقتل جنديين، قبل أن تعلن اليوم وفاة أحد الجرحى.") \
        == [("killed", 2), ("killed", 1)]


def test_prec30b_ar_a_person_and_their_kin_inside_a_counted_group_are_one_figure():
    # "و4 آخرون بينهم رجل وزوجته في جسرين" (blind30 ar 002): rules.person_and_kin_in_group
    assert _read("قتل 7 مدنيين في قصف على بلدة كفرنبل، بينهم رجل وزوجته.") == [("killed", 7), ("killed", 2)]
    assert _read("أصيب 9 أشخاص، بينهم رجل وزوجته وابنه، في انفجار قنبلة بسوق المدينة.") \
        == [("injured", 9), ("injured", 3)]
    # a kin that is a category (a child) keeps its own subset figure; an enumeration of a total too
    assert _read("قتل 7 مدنيين في قصف على بلدة كفرنبل، بينهم امرأة وطفلها.") \
        == [("killed", 7), ("killed", 1), ("killed", 1)]


def test_prec30b_ar_a_part_of_people_only_present_restating_an_earlier_figure():
    # "مؤكدة أن 30 من رعاياها كانوا بين المصلين، وأن 4 منهم لقوا حتفهم" after "هم 4 مقيمين من الجنسية
    # الباكستانية" (blind30 ar 015): rules.part_of_present_told_again
    text = ("أسفر حريق الفندق عن وفاة 9 أشخاص، هم 3 مقيمين من الجنسية الألمانية و6 من العاملين. "
            "وقالت سفارة ألمانيا إن 20 من مواطنيها كانوا نزلاء في الفندق، وإن 3 منهم لقوا حتفهم.")
    assert _read(text) == [("killed", 9), ("killed", 3), ("killed", 6)]
    # a different count is a figure of its own
    text = ("أسفر حريق الفندق عن وفاة 9 أشخاص. "
            "وقالت سفارة ألمانيا إن 20 من مواطنيها كانوا نزلاء في الفندق، وإن 2 منهم لقوا حتفهم.")
    assert _read(text) == [("killed", 9), ("killed", 2)]


def test_prec31_ar_a_bare_toll_broken_down_after_a_death_and_a_wounded_toll_is_the_dead():
    # "الحصيلة، بحسب …، توزعت هكذا: … 60، … 29" after "إلى 89 شخصاً … الجرحى … 277" (blind31 ar 020):
    # rules.bare_toll_is_the_dead in distribution_head
    text = ("قُتل 52 شخصاً وأصيب 120 آخرون في تفجير سوق مدينة الصدر. الحصيلة، وفق مصادر في الشرطة، "
            "توزعت هكذا: عناصر أمن 12، مدنيون 40.")
    assert _read(text) == [("killed", 52), ("injured", 120), ("killed", 12), ("killed", 40)]
    # the wounded named, or a wounded toll alone, keep the wounded kind
    text = ("قُتل 52 شخصاً وأصيب 120 آخرون في تفجير سوق مدينة الصدر. وتوزع الجرحى، وفق مصادر في الشرطة، "
            "كالتالي: عناصر أمن 20، مدنيون 100.")
    assert _read(text) == [("killed", 52), ("injured", 120), ("injured", 20), ("injured", 100)]
    text = ("أصيب 120 شخصاً في تفجير سوق مدينة الصدر. الحصيلة، وفق مصادر في الشرطة، توزعت هكذا: "
            "عناصر أمن 20، مدنيون 100.")
    assert _read(text) == [("injured", 120), ("injured", 20), ("injured", 100)]


def test_prec31_ar_an_item_with_its_verb_left_out_takes_the_kind_of_the_clause_naming_its_noun():
    # "قُتل جنديان وأصيب 3 …، وجندي واحد في نهم، و4 في مديرية مجزر" (blind31 ar 018):
    # rules.kind_of_elided_verb in nationality_one
    assert _read("قُتل شرطيان وأصيب 5 في هجوم على حاجز بمدينة العريش، وشرطي واحد في رفح، و3 في الشيخ زويد.") \
        == [("killed", 2), ("injured", 5), ("killed", 1), ("killed", 3)]
    # the nearest clause names its own people: its kind stays
    assert _read("قُتل شرطيان وأصيب 5 مدنيين في هجوم على حاجز بمدينة العريش، وشرطي واحد في رفح.") \
        == [("killed", 2), ("injured", 5), ("injured", 1)]
    assert _read("أصيب شرطيان في هجوم على حاجز بمدينة العريش، وشرطي واحد في رفح، و3 في الشيخ زويد.") \
        == [("injured", 2), ("injured", 1), ("injured", 3)]


def test_prec31_ar_kin_lists_with_an_age_adjective_a_sister_or_friends_count_every_person():
    # "وقتلوا والده ووالدته وأخته الصغرى" (3, blind31 ar 016), "فقد أخاه وابن عمه وصديقين" (4, blind31 ar 012):
    # rules.kin_list_from, lexicon.KIN_AGE_WORDS, COMPANIONS_ONE, COMPANIONS_TWO
    assert _read("وروى أحد سكان الحي أن مسلحين قتلوا زوجته وابنته الكبرى وشقيقه.") == [("killed", 3)]
    assert _read("وقال شاهد إن الغارة قتلت والدته وأخته الصغرى.") == [("killed", 2)]
    assert _read("وقال أحد الناجين إنه فقد شقيقه وابن خاله وصديقين من قريته في الغارة.") == [("killed", 4)]
    # a friend opens no kin list
    assert _read("قتل صديقه في القصف.") == []


def test_prec31_ar_kin_lost_aboard_a_boat_are_missing():
    # "فقد أخاه وابن عمه وصديقين من بلدته كانوا برفقته على متن المركب" (blind31 ar 012):
    # rules.lost_aboard_a_boat (lexicon.ABOARD, BOATS)
    assert _read("وقالت ناجية إنها فقدت زوجها وطفليها وصديقتها كانوا معها على متن القارب قبل أن ينقلب.") \
        == [("missing", 4)]
    # lost elsewhere: killed
    assert _read("وقالت ناجية إنها فقدت زوجها وطفليها في القصف على المخيم.") == [("killed", 3)]


def test_prec31_ar_n_of_them_after_people_counted_who_are_no_figure_is_not_a_part_of_the_toll():
    # "انتشال 82 جثة …، فيما جرى إنقاذ 104 أشخاص …، وتلقى 4 منهم العلاج" (blind31 ar 012):
    # rules.people_counted_between in read_post_marker; rules.treated_of_people (lexicon.TREATED)
    text = "وانتشل خفر السواحل 27 جثة، فيما أنقذ 60 شخصاً نقلوا إلى ميناء صفاقس، وتلقى 7 منهم العلاج في المستشفى."
    assert _read(text) == [("killed", 27), ("injured", 7)]
    text = "وانتشل خفر السواحل 27 جثة، فيما أنقذ 60 شخصاً نقلوا إلى ميناء صفاقس، وكان 7 منهم من الأطفال."
    assert _read(text) == [("killed", 27)]
    # with no such count between, "منهم" is a part of the toll
    assert _read("قتل 27 شخصاً في الانفجار، وتلقى 7 منهم العلاج قبل وفاتهم.") == [("killed", 27), ("killed", 7)]


def test_prec31_ar_burials_of_part_of_the_dead_a_witness_s_sight_and_supplies_for_the_wounded_are_no_figures():
    # "ودُفن 18 من الشهداء" (blind31 ar 014): rules.veto_buried (lexicon.BURIAL_VERBS)
    assert _read("قتل 43 شخصاً في انهيار المبنى. وشيّع الأهالي 30 من الضحايا في مقبرة البلدة.") == [("killed", 43)]
    # bodies buried are the dead counted
    assert _read("قتل 43 شخصاً في انهيار المبنى. ودفن الأهالي 30 جثة في مقبرة البلدة.") \
        == [("killed", 43), ("killed", 30)]
    # «رأيت نحو 20 جثة» after a toll (blind31 ar 014): rules.veto_witness_saw (lexicon.SAW_FIRST_PERSON)
    assert _read("قتل 43 شخصاً في انهيار المبنى. وقالت شاهدة: «شاهدت نحو 15 جثة تحت الركام».") == [("killed", 43)]
    assert _read("وقالت شاهدة: «شاهدت نحو 15 جثة تحت الركام».") == [("killed", 15)]
    # "وأدوية لعلاج 250 جريحاً" (blind31 ar 011): rules.veto_supplies_for (lexicon.FOR_TREATING, SUPPLY_NOUNS)
    assert _read("قتل 43 شخصاً في القصف. وأرسلت المنظمة أدوية ومستلزمات جراحية لعلاج 300 جريح.") == [("killed", 43)]
    assert _read("قتل 43 شخصاً في القصف. وتعمل الفرق الطبية لعلاج 300 جريح.") == [("killed", 43), ("injured", 300)]


def test_prec31_ar_kin_taken_then_their_remains_found_are_killed_with_uncles_in_the_dual():
    # "اقتادوا والده وعمّيه من المنزل …، وعُثر على رفاتهم" (blind31 ar 019): lexicon.KIN_DUALS ("عمّيه"),
    # KILLED_AFTER_TAKEN_MANY ("رفاتهم") in rules.abducted_then_killed
    text = "وقال أحد السكان إن مسلحين خطفوا والده وعمّيه من السوق، وعُثر على رفاتهم بعد شهرين في بئر مهجورة."
    assert _read(text) == [("killed", 3)]
    assert _read("وقال أحد السكان إن مسلحين خطفوا والده وعمّيه من السوق الشهر الماضي.") == [("detained", 3)]


def test_prec31_ar_a_part_of_the_taken_found_killed_is_killed():
    # "اختطف المسلحون أكثر من 30 امرأة …، عُثر لاحقاً على 4 منهن مقتولات" (blind31 ar 016):
    # rules.kind_part_found_dead (lexicon.KILLED_STATE)
    assert _read("اختطف مسلحون 12 راعياً من قرية نائية، وعُثر بعد أيام على 3 منهم مقتولين قرب الوادي.") \
        == [("detained", 12), ("killed", 3)]
    assert _read("اختطف مسلحون 12 راعياً من قرية نائية، وأُفرج بعد أيام عن 3 منهم.") == [("detained", 12)]


def test_prec31_ar_people_taken_and_not_heard_of_since_are_missing():
    # "أن زوجها وشقيقيه اقتيدوا … ولا تعرف عنهم شيئاً" (blind31 ar 013): rules.taken_not_heard_of
    assert _read("وقالت امرأة إن زوجها وابنيها اعتقلوا عند حاجز الجيش ولا تعرف عنهم شيئاً منذ عامين.") \
        == [("missing", 3)]
    assert _read("وقالت امرأة إن زوجها وابنيها اعتقلوا عند حاجز الجيش قبل عامين.") == [("detained", 3)]


def test_prec31_ar_one_person_inside_a_group_whose_kin_tells_their_story_is_singled_out():
    # "ومن بينهم شاب سوداني أكد شقيقه أنه رآه آخر مرة عند المعبر" (blind31 ar 025):
    # rules.person_told_of_in_group (lexicon.TELLING_VERBS)
    text = ("وقالت المنظمة إن 40 مهاجراً ما زالوا في عداد المفقودين، ومن بينهم رجل إريتري قال شقيقه إنه رآه "
            "على متن القارب.")
    assert _read(text) == [("missing", 40)]
    # with no story of their own, one person inside the group keeps a figure
    assert _read("قتل 12 شخصاً في القصف، بينهم رجل مسن.") == [("killed", 12), ("killed", 1)]


def test_prec31_ar_people_seized_with_dabt_are_detained_things_seized_are_not():
    # "ضبطت 5 أشخاص على صلة بالتفجير" (blind31 ar 014): lexicon CUE_SPEC ("ضبط", weak),
    # ADJACENT_ONLY_CUES, PEOPLE_ONLY_CUES in rules.kind_from_cue
    assert _read("وقالت النيابة إن الشرطة ضبطت 7 أشخاص يشتبه في تورطهم بالحريق.") == [("detained", 7)]
    assert _read("وأشارت الوزارة إلى ضبط 6 بنادق آلية وكميات من الذخائر.") == []
    assert _read("وضبطت الشرطة 5 أطنان من المخدرات.") == []


def test_prec31_ar_the_make_up_of_the_toll_of_a_named_group():
    # "وتضمنت حصيلة المدنيين من أبناء المحافظة 27 سيدة و11 طفلاً" (blind31 ar 001):
    # rules.toll_of_group_includes in kind_toll_includes (lexicon.GROUP_TOLL_GAP)
    text = "قتل 120 شخصاً في المعارك، بينهم 45 مدنياً. وشملت حصيلة المدنيين في ريف المدينة 9 نساء و14 طفلاً."
    assert _read(text) == [("killed", 120), ("killed", 45), ("killed", 9), ("killed", 14)]
    assert _read("أصيب 60 شخصاً في الانفجار. وتضم حصيلة المصابين من سكان الحي 12 طفلاً.") \
        == [("injured", 60), ("injured", 12)]
    assert _read("وشملت حصيلة المساعدات في المدينة 30 شاحنة.") == []


def test_prec31_ar_lost_kin_after_a_longer_subject_and_an_indefinite_parent_opening_the_list():
    # "فقدت عائلة من ريف حمص الغربي الأب والأم والابنة الكبرى" (blind31 ar 020; lexicon.LOST_KIN_REACH),
    # "فقدت إحدى الأسر أباً وابنيه" (blind31 ar 014; lexicon.FAMILY_DEFINITE)
    assert _read("فقدت عائلة من ريف حلب الشمالي أماً وطفليها في القصف.") == [("killed", 3)]
    assert _read("وقال الجيران إن أسرة من حي الميدان القديم فقدت الأب والأم والابن الأكبر في الغارة.") \
        == [("killed", 3)]


def test_prec31_ar_a_person_told_of_and_the_kin_after_them_are_one_figure():
    # "وأُصيب هو وصديقاه بشظايا" (blind31 ar 006): rules.after_cue_self_and_kin (lexicon.SELF_PRONOUNS)
    assert _read("وقُتلت هي وطفلاها في القصف على السوق.") == [("killed", 3)]
    assert _read("وأُصيب هو وشقيقه بشظايا القذيفة.") == [("injured", 2)]
    assert _read("وأصيب هو بجروح طفيفة.") == []


def test_prec31_ar_a_definite_plural_and_a_definite_number_after_a_cue_are_a_figure():
    # "انتهت العملية بمقتل الإرهابيين الأربعة" (blind31 ar 021): rules.after_cue_definite_count
    # (lexicon.ATTACKERS)
    assert _read("وانتهت العملية بمقتل المهاجمين الثلاثة.") == [("killed", 3)]
    assert _read("أسفر الهجوم عن مقتل الجنود الخمسة، وإصابة الأطفال الثلاثة.") == [("killed", 5), ("injured", 3)]
    # the same people told again after their count: no second figure
    assert _read("قتل 5 جنود في الهجوم. وقالت الوزارة إن مقتل الجنود الخمسة لن يمر دون عقاب.") == [("killed", 5)]


def test_prec32_ar_an_earlier_report_the_text_corrects_is_superseded():
    # "وكانت مصادر … قد تحدثت … عن 92 وفاة، إلا أن الدائرة أوضحت أن الرقم الأول …" (blind32 ar 018):
    # rules.earlier_report_corrected (lexicon.CORRECTION_TURN, FIGURE_HEADS, FIRST_FIGURE)
    text = "وكانت وزارة الداخلية قد تحدثت عن 40 وفاة، إلا أن الوزارة أوضحت أن الرقم الأول احتسب بعض الضحايا مرتين، وأن العدد الصحيح 31 وفاة."
    assert _read(text) == [("killed", 31)]
    assert _read("وكانت وسائل إعلام محلية قد أفادت بمقتل 35 شخصاً، لكن الحصيلة الأولى شملت مفقودين عثر عليهم أحياء.") == []
    # a toll another source disputes, with no first figure named, stays
    assert _read("وكان الجيش قد أعلن مقتل 12 مسلحاً، إلا أن مصادر محلية قالت إن القتلى مدنيون.") == [("killed", 12)]


def test_prec32_ar_a_count_of_the_dead_or_missing_is_no_figure_of_either_kind():
    # "١٣١٣ شخصاً لقوا حتفهم أو فُقدوا" (blind32 ar 025): rules.veto_either_of_two_kinds
    # (lexicon.EITHER_KIND_GAP, COMBINED_CASE_KINDS)
    assert _read("قالت المنظمة إن 2500 مهاجر لقوا حتفهم أو فقدوا في البحر المتوسط العام الماضي.") == []
    assert _read("وقالت اللجنة إن 90 مدنياً قتلوا أو أصيبوا في القصف.") == []
    # each kind with its own count stays
    assert _read("قالت المنظمة إن 40 شخصاً قتلوا، وفقد 12 آخرون.") == [("killed", 40), ("missing", 12)]


def test_prec32_ar_people_who_lost_their_homes_are_displaced_not_missing():
    # "وعدد الذين فقدوا منازلهم بنحو نصف مليون شخص" (blind32 ar 024): rules.lost_own_homes in _on_cue
    assert _read("وقدرت الأمم المتحدة عدد الذين فقدوا منازلهم جراء الزلزال بنحو 300 ألف شخص.") \
        == [("displaced", 300000)]
    assert _read("وفقد 4 صيادين في البحر قبالة السواحل.") == [("missing", 4)]


def test_prec32_ar_the_kin_of_a_person_singled_out_by_role_in_a_group_get_no_figure():
    # "جثامين 58 شخصاً، بينهم طبيب أسنان معروف في المدينة وزوجته" (blind32 ar 001):
    # rules.kin_of_role_inside_group in role_inside_group
    assert _read("وصلت إلى المستشفى جثث 23 شخصاً، بينهم مهندس معروف في البلدة وابنه.") == [("killed", 23)]
    # a category after them keeps its figure
    assert _read("قتل 15 شخصاً، بينهم صحفي وزوجته وطفلان.") == [("killed", 15), ("killed", 2)]


def test_prec32_ar_a_part_forcibly_disappeared_is_missing():
    # "وإن 40 منهم على الأقل مخفيون قسراً" (blind32 ar 017): rules.kind_part_disappeared
    # (lexicon.DISAPPEARED_STATE)
    assert _read("وقالت الرابطة إن 900 معتقل ما زالوا في سجون الميليشيا، وإن 60 منهم على الأقل مخفيون قسراً.") \
        == [("detained", 900), ("missing", 60)]
    assert _read("اعتقلت القوات 200 شخص، 30 منهم أطفال.") == [("detained", 200), ("detained", 30)]


def test_prec32_ar_a_fact_checked_first_figure_replaced_and_an_updated_toll_after_a_colon():
    # "الرقم الأول (500) صدر قبل اكتمال الحصر، واستُبدل برقم موثق" (blind32 ar 014):
    # rules.first_figure_named_replaced (lexicon.REPLACED); "نشرت الوزارة حصيلة محدثة …: 471 قتيلاً" is
    # that toll, no part of the first one (rules.updated_toll_before_colon, lexicon.UPDATED), so its
    # restatement merges
    text = ("ادعاء: مقتل 300 شخص في انهيار المبنى\nالتصنيف: مضلل\n\n"
            "وبعد الانهيار أعلن الدفاع المدني أن عدد الضحايا تجاوز 300 قتيل. وبعد أيام نشرت السلطات حصيلة "
            "محدثة تضمنت أسماء الضحايا: 212 قتيلاً و95 جريحاً. وأكد المتحدث أن 212 شخصاً قتلوا.\n\n"
            "الخلاصة: الرقم الأول (300) صدر قبل انتهاء البحث، واستُبدل برقم موثق.")
    assert _read(text) == [("killed", 212), ("injured", 95)]
    # with no first figure named as replaced, the first figure stays
    assert _read("أعلن الدفاع المدني أن عدد الضحايا تجاوز 300 قتيل. وأكد المتحدث أن 212 شخصاً قتلوا في الحي.") \
        == [("killed", 300), ("killed", 212)]


def test_prec33_ar_a_first_statement_told_inside_the_sentence_is_superseded():
    # "…، فيما كانت الميليشيا قد أعلنت في بيانها الأول مقتل 78 شخصاً وإصابة 73 آخرين" (blind33 ar 026):
    # rules.first_statement_inside in earlier_report_at; "فيما كانت الحصيلة مساء أمس 18 وفاة" (021):
    # "فيما" as "بينما" (lexicon.WHILE_WAS)
    text = ("ارتفعت حصيلة انهيار العبّارة في بحيرة فيكتوريا إلى 136 قتيلاً، وفق الشرطة، فيما كانت الحكومة "
            "قد أعلنت في بيانها الأول مقتل 86 شخصاً وإصابة 40 آخرين، 9 منهم في حالة حرجة. "
            "وقال المستشفى إن عدد المصابين تجاوز 60.")
    assert _read(text) == [("killed", 136), ("injured", 60)]
    assert _read("ارتفع عدد ضحايا انهيار المنجم إلى 41 متوفى، فيما كانت الحصيلة صباح أمس 30 وفاة.") \
        == [("killed", 41)]
    # a current figure after "فيما" (no first statement) stays
    assert _read("قتل 20 شخصاً في القصف، فيما أصيب 45 آخرون بجروح.") == [("killed", 20), ("injured", 45)]


def test_prec33_ar_killed_or_maimed_is_one_count_of_two_kinds():
    # "تحققت الأمم المتحدة من قتل أو تشويه 11,019 طفلاً" (blind33 ar 010): rules.killed_or_maimed in _on_cue
    # (lexicon.MAIMING): no figure of either kind; the parts that follow keep theirs
    assert _read("وثّق التقرير قتل أو تشويه 2,985 طفلاً في أفغانستان خلال العام – 1,035 منهم قُتلوا.") \
        == [("killed", 1035)]
    assert _read("وأكدت المنظمة قتل وتشويه 480 طفلاً في الصومال.") == []
    # killing alone stays
    assert _read("وأكدت المنظمة قتل 480 طفلاً في الصومال.") == [("killed", 480)]


def test_prec33_ar_a_part_that_names_its_own_set_after_a_wounded_count():
    # "أودت بحياة 610 أشخاص وأصابت 4746 آخرين، بينهم 13 طفلاً ضمن القتلى" (blind33 ar 015):
    # rules.kind_part_named_within: a part of the dead, not of the wounded the group follows
    figs = extract_arabic("أعلنت وزارة الصحة اللبنانية أن الغارات أودت بحياة 1191 شخصاً وأصابت 4409 آخرين، "
                          "بينهم 30 طفلاً ضمن القتلى.")
    assert [(f.kind, f.count) for f in figs] == [("killed", 1191), ("injured", 4409), ("killed", 30)]
    assert figs[2].part_of == 0
    # without the named set, the part stays with the wounded
    assert _read("قتل 30 شخصاً وأصيب 80 آخرون، بينهم 12 طفلاً.") == [("killed", 30), ("injured", 80), ("injured", 12)]


def test_prec33_ar_one_of_the_wounded_who_died_after_a_raised_toll_is_inside_it():
    # "ارتفعت حصيلة الشهداء … إلى 14 شهيداً" then "ما أدى إلى استشهاد أحد المصابين بعد نزيف حاد"
    # (blind33 ar 016): rules.wounded_death_after_raised_toll
    text = ("ارتفعت حصيلة الشهداء في العدوان على مخيم جنين إلى 12 شهيداً، بعد انتشال جثامين جديدة من تحت الركام. "
            "وقالت الوزارة إن القوات منعت سيارات الإسعاف من دخول المخيم، ما أدى إلى استشهاد أحد المصابين.")
    assert _read(text) == [("killed", 12)]
    # with no raised toll, the death stays a figure
    assert _read("أسفر القصف عن مقتل 5 أشخاص في البلدة. وأعلنت الوزارة لاحقاً استشهاد أحد المصابين.") \
        == [("killed", 5), ("killed", 1)]


def test_prec33_ar_kin_or_neighbour_struck_along_with_their_kin_counts_too():
    # "وإن جاره أصيب مع ابنه وابنته" (blind33 ar 006): rules.struck_along_with_kin (lexicon.NEIGHBOURS)
    assert _read("وقال أحد سكان الحي إن جارته أصيبت مع ابنتها وزوجها عندما سقطت القذيفة على المبنى.") \
        == [("injured", 3)]
    assert _read("وقالت إن شقيقها قتل برفقة ابنه وابنته في الغارة.") == [("killed", 3)]
    # after a relative pronoun (a person counted elsewhere) the kin alone
    assert _read("ومن بين القتلى الصحفي سامر، الذي قتل مع زوجته وابنه.")[-1] == ("killed", 2)


def test_prec33_ar_a_part_of_survivors_is_no_casualty():
    # "تمكنت من إنقاذ 55 شخصاً، بينهم 6 أطفال" (blind33 ar 025): rules.survivors records the vetoed count,
    # rules.group_of_survivors opens no group on the dead before it
    text = ("وقال المسؤول إن بين الغرقى 40 امرأة و12 طفلاً، مشيراً إلى أن الغواصين تمكنوا من إنقاذ 70 راكباً، "
            "بينهم 9 أطفال، نقلوا إلى المستشفى.")
    assert ("killed", 9) not in _read(text)
    assert _read("وأفرجت السلطات عن 20 معتقلاً، بينهم 4 نساء.") == []
    # a part right after a toll stays
    assert _read("قتل 31 مدنياً في القصف، بينهم 9 أطفال.") == [("killed", 31), ("killed", 9)]


def test_prec33_ar_deaths_of_people_of_a_category_that_raised_a_toll_are_counted():
    # "… بعد وفاة مدنيين اثنين متأثرين بجراحهما", "بعد وفاة خمسة مهاجرين متأثرين بإصاباتهم" (blind33 ar 001,
    # 019): rules.died_after_toll_named (lexicon.DIED_CATEGORIES) in _on_cue
    assert _read("ارتفعت حصيلة ضحايا غرق القارب قبالة سواحل لامبيدوزا إلى 41 قتيلاً، بعد وفاة ثلاثة مهاجرين "
                 "متأثرين بإصاباتهم في المستشفى.") == [("killed", 41), ("killed", 3)]
    assert _read("ارتفع عدد القتلى في قصف السوق إلى 11، بعد وفاة طفل متأثراً بجراحه.") == [("killed", 11), ("killed", 1)]
    # the wounded or a role stay the increase (annotators differ there)
    assert _read("ارتفع عدد القتلى في قصف السوق إلى 11، بعد وفاة 3 جرحى متأثرين بجراحهم.") == [("killed", 11)]
    assert _read("ارتفع عدد القتلى في التفجير إلى 6، بعد وفاة شرطي متأثراً بجروحه.") == [("killed", 6)]


def test_prec33_ar_security_agents_and_visitors_are_people():
    # "قُتل خلاله زائران اثنان وثلاثة أعوان أمن" (blind33 ar 023): "أعوان" (Maghreb usage) and the dual of
    # "زائر" are nouns for people (lexicon.PEOPLE_SPEC, PEOPLE_SINGULAR)
    assert _read("وأسفر الهجوم على متحف باردو عن مقتل 21 سائحاً، كما قتل ثلاثة أعوان أمن في تبادل إطلاق النار.") \
        == [("killed", 21), ("killed", 3)]
    assert _read("وأصيب زائران في انهيار جزء من سور القلعة.") == [("injured", 2)]


def test_prec34_ar_a_part_whose_own_fate_is_still_unknown_is_missing():
    # "و12 منهم، بحسب أسرهم، لا يزال مصيرهم مجهولاً" after people taken away (blind34 ar 014):
    # rules.kind_part_fate_unknown (an aside between commas skipped: lexicon.PART_FATE_ASIDE_MAX)
    text = ("وأصيب 40 شخصاً في اقتحام قوات الأمن لمخيم جنين. وقال نادي الأسير إن شباناً من المخيم اعتقلوا، "
            "و9 منهم، بحسب ذويهم، لا يزال مصيرهم مجهولاً.")
    assert _read(text) == [("injured", 40), ("missing", 9)]
    assert _read("اعتقلت القوات 30 شاباً من بلدة بيت أمر، و5 منهم لا يزال مصيرهم مجهولاً.") \
        == [("detained", 30), ("missing", 5)]
    # a part with no fate clause stays a part of the figure before it
    assert _read("أصيب 40 شخصاً في القصف، و9 منهم في حالة خطيرة.") == [("injured", 40), ("injured", 9)]


def test_prec34_ar_a_definite_count_after_a_category_restates_it():
    # "ومن بين القتلى المدنيين الـ21 رجل مسن أُعدم" (blind34 ar 001): rules.definite_count_of_category
    # restates the 21 civilians; the man told of after it is one (rules.after_definite_category_count)
    text = ("قُتل 45 شخصاً في القصف على بلدة كفرنبل، بينهم 17 مدنياً. ومن بين القتلى المدنيين الـ17 "
            "امرأة حامل قضت تحت الأنقاض.")
    assert _read(text) == [("killed", 45), ("killed", 17), ("killed", 1)]


def test_prec34_ar_families_of_the_victims_is_no_capture():
    # "وقدمت الوزارة التعازي لأسر الضحايا الثلاثة" (blind34 ar 012): rules.families_of_victims
    text = "قتل خمسة أشخاص في تفجير سوق الصدرية. وقدم المحافظ تعازيه لأسر الضحايا الخمسة."
    assert _read(text) == [("killed", 5)]
    assert _read("وتمكن المسلحون من أسر الجنود الثلاثة قرب الحدود.") == [("detained", 3)]


def test_prec34_ar_first_figures_later_revised_are_superseded():
    # "وكانت أرقام أولية نُسبت إلى … قد تحدثت عن 11300 قتيل …، قبل أن يوضح …" (blind34 ar 010):
    # rules.was_preliminary_toll with lexicon.FIGURES_PLURAL
    text = ("وكانت أرقام أولية نسبت إلى مصادر محلية قد تحدثت عن 600 قتيل في مدينة خان شيخون، قبل أن تعدل "
            "الأمم المتحدة أرقامها.")
    assert _read(text) == []


def test_prec34_ar_a_count_of_cases_far_after_its_toll_noun():
    # "أن عدد الوفيات الموثقة جراء … في 10 أيلول/سبتمبر بلغ 3958 حالة" (blind34 ar 010): a relative
    # clause and a date between the toll noun and its linking verb (rules.case_kind_before,
    # lexicon.CASE_TOLL_REACH)
    text = ("أعلنت وزارة الصحة أن عدد الوفيات الموثقة جراء القصف الذي استهدف حي الشيخ رضوان في 4 آذار "
            "بلغ 37 حالة.")
    assert _read(text) == [("killed", 37)]


def test_prec34_ar_a_place_that_lost_its_residents_lost_them_dead():
    # "فقد أكثر من 70 من سكانه" (blind34 ar 023): rules.lost_own_members with lexicon.OWN_RESIDENTS,
    # the qualifier before the count read with it
    text = "وقال رئيس البلدية إن القرية فقدت أكثر من 40 من سكانها في المجزرة، بينهم سبعة من عائلة واحدة."
    assert _read(text) == [("killed", 40), ("killed", 7)]
    assert [f.qualifier for f in extract_arabic(text)][:1] == ["more_than"]
    # "فُقد" before a count of people with no own-residents phrase stays missing
    assert _read("فُقد 30 مهاجراً قبالة سواحل طبرق.") == [("missing", 30)]


def test_prec34_ar_a_relative_clause_after_a_comma_is_no_gapped_line():
    # "…، والذي حررت خلاله القوات الإسرائيلية أربعة رهائن" (blind34 ar 007): rules.kind_gapped_line
    text = ("وقالت الوزارة إن 19 شخصاً قتلوا في الغارة على مدرسة الجاعوني، والذي أطلق خلاله الجيش سراح "
            "ثلاثة رهائن.")
    assert _read(text) == [("killed", 19)]
    # a gapped line stays
    assert _read("قوات النظام قتلت 12 مدنياً، والقوات الروسية 3 مدنيين.") == [("killed", 12), ("killed", 3)]


def test_prec34_ar_rows_of_a_label_and_a_count_with_no_colon():
    # "توزع القتلى المدنيون بين المحافظات كالآتي:" then "بغداد  111" (blind34 ar 016): rules.bare_row_label_end
    text = ("قالت وزارة الصحة إن 64 شخصاً قتلوا في موجة التفجيرات.\nوتوزع القتلى بين المحافظات كالآتي:\n"
            "كركوك  30\nصلاح الدين 21\nديالى 13")
    assert _read(text) == [("killed", 64), ("killed", 30), ("killed", 21), ("killed", 13)]
    # a line of words with a number inside it is no row
    assert _read("قالت وزارة الصحة إن 64 شخصاً قتلوا.\nوتوزع القتلى كالآتي:\nوصل 3 وفود إلى كركوك") == [("killed", 64)]


def test_prec34_ar_equal_rows_of_a_distribution_under_an_earlier_toll():
    # "وتوزع الضحايا الأجانب حسب الجنسيات على النحو التالي: اليابان 3؛ فرنسا 3؛ …" (blind34 ar 025):
    # rows with the same count under a toll of the sentence before are different people
    # (rules.equal_rows_of_one_total, rules.distribution_row)
    text = ("قالت السلطات إن 38 شخصاً قتلوا في الهجوم على الفندق في سوسة.\n"
            "وتوزع القتلى حسب الجنسيات على النحو التالي: بريطانيا 30؛ ألمانيا 3؛ أيرلندا 3؛ بلجيكا 1.")
    assert _read(text) == [("killed", 38), ("killed", 30), ("killed", 3), ("killed", 3), ("killed", 1)]


# --- blind36 (issue 11): precision classes ---------------------------------------------------------

def test_prec36_ar_cases_of_killing_are_acts_not_people():
    # "63 حالة قتل" (blind36 ar 009): rules.veto_killing_cases with lexicon.KILLING_ACTS
    text = ("قالت الشرطة العراقية إن 54 شخصاً قتلوا في البصرة خلال آذار، وسجلت 40 حالة قتل في قضاء الزبير "
            "و9 حالات اغتيال لناشطين.")
    assert _read(text) == [("killed", 54)]
    # deaths and arrests counted in cases stay people
    assert _read("سجلت وزارة الصحة 17 حالة وفاة جراء القصف على معرة النعمان.") == [("killed", 17)]
    assert _read("وثقت الشبكة ما لا يقل عن 140 حالة اعتقال تعسفي في دير الزور.") == [("detained", 140)]


def test_prec36_ar_a_year_after_and_in_is_no_count():
    # "وفي 2018 هُجّر نحو 66 ألف شخص" (blind36 ar 016): rules.year_word_before in veto_bare_year
    text = "وفي 2016 هُجّر نحو 35 ألف شخص من داريا إلى إدلب بعد حصار طويل."
    assert _read(text) == [("displaced", 35000)]
    assert _read("ومنذ 2014 نزح أكثر من 3 ملايين عراقي.") == [("displaced", 3000000)]


def test_prec36_ar_a_per_day_adverb_before_the_count_is_a_rate():
    # "يستقبل يومياً ما بين 100 و150 مصاباً" (blind36 ar 002): rules.veto_rate_adverb_before
    text = ("وقالت إدارة مستشفى الشفاء إن 31 جريحاً وصلوا بعد قصف سوق الزاوية، وإن المستشفى يستقبل يومياً "
            "ما بين 60 و80 مصاباً.")
    assert _read(text) == [("injured", 31)]
    assert _read("ويصل أسبوعياً نحو 200 جريح إلى مستشفى عدن.") == []
    # a count after a day word that is not a per-period adverb stays
    assert _read("وأصيب اليوم 12 شخصاً في قصف على حلب.") == [("injured", 12)]


def test_prec36_ar_people_afflicted_with_an_illness_are_not_wounded():
    # "الأطفال المصابون بسوء التغذية الحاد: 2.2 مليون" (blind36 ar 019): rules.sick_not_wounded
    text = "أرقام رئيسية:\nالأطفال النازحون: 600 ألف\nالأطفال المصابون بسوء التغذية الحاد: 400 ألف، بينهم 80 ألف طفل في خطر"
    assert ("injured", 400000) not in _read(text) and ("injured", 80000) not in _read(text)
    text = "وقالت المنظمة إن عدد الأطفال المصابين بسوء التغذية في مخيم كلمة بلغ 5 آلاف طفل."
    assert _read(text) == []
    # the wounded stay
    assert _read("وبلغ عدد المصابين بجروح في القصف على مخيم كلمة 23 شخصاً.") == [("injured", 23)]


def test_prec36_ar_an_earlier_statement_before_more_dead_were_found():
    # "وكانت مصادر أمنية قد تحدثت … عن مقتل 12 رهينة، قبل أن تُكتشف جثث أخرى" (blind36 ar 024):
    # rules.earlier_statement_then_new_one with lexicon.MORE_FOUND_VERBS
    text = ("أعلنت لجنة التحقيق الروسية مقتل 143 شخصاً في الهجوم على قاعة كروكوس. وكانت وسائل إعلام رسمية "
            "قد تحدثت في الساعات الأولى عن مقتل 40 شخصاً، قبل أن يُعثر على جثث أخرى تحت الأنقاض.")
    assert _read(text) == [("killed", 143)]
    text = ("أعلنت السلطات الكينية مقتل 67 شخصاً في الهجوم على مركز ويستغيت التجاري. وكانت الشرطة قد ذكرت "
            "مقتل 39 شخصاً، قبل أن تُكتشف جثث أخرى في الطابق العلوي.")
    assert _read(text) == [("killed", 67)]


def test_prec36_ar_a_part_of_things_named_before_which():
    # "المستشفيات التي تضررت ثلاثة منها بشدة" (blind36 ar 017): rules.veto_part_of_things_named
    text = ("وقال مدير الصحة إن 46 شخصاً أصيبوا في قصف مدينة خاركيف، وإن المدارس التي دُمرت أربع منها "
            "بالكامل تحولت إلى ملاجئ.")
    assert _read(text) == [("injured", 46)]
    # a part of people after "منها" stays
    assert _read("وأُحصيت 30 إصابة، منها 6 في حالة حرجة.") == [("injured", 30), ("injured", 6)]


def test_prec36_ar_parts_of_people_taken_then_found_dead_were_killed():
    # "11 مواطناً جرى اختطافهم ثم عُثر على جثثهم …، بينهم سيدة" (blind36 ar 009): rules.parts_found_dead_with
    text = "وخطف مسلحون 6 من عمال المحطة ثم عُثر على جثثهم قرب نهر الفرات، بينهم امرأة."
    assert _read(text) == [("killed", 6), ("killed", 1)]


def test_rec36_ar_sohr_rows_with_the_count_before_the_double_colon():
    # "405::من عناصر …", "54 ::   مدنيون بينهم …" under "وهم:" (blind36 ar 001, 021):
    # rules.count_before_row_colon with lexicon.ROW_COUNT_FIRST_SEP
    text = ("ارتفعت حصيلة القتلى جراء القصف على الغوطة الشرقية منذ مطلع الأسبوع إلى 230، وهم:\n"
            "190 ::  مدنيون بينهم 47 طفلاً و31 سيدة\n"
            "40::من عناصر الفصائل المقاتلة")
    assert _read(text) == [("killed", 230), ("killed", 190), ("killed", 47), ("killed", 31), ("killed", 40)]
    # a "N ::" line with no heading above it opens no row
    assert _read("العدد الإجمالي\n12 :: مدرسة متضررة في عفرين") == []


def test_rec36_ar_two_kin_still_missing_in_the_dual():
    # "وإن شقيقه وابن عمه ما زالا (في عداد) المفقودين" (blind34 ar 026, blind36 ar 026):
    # rules.kin_still_missing_dual with lexicon.STILL_DUAL, in rules.kin_list_before_verb
    text = "وقال أحد سكان حي الشجاعية إن شقيقه وابن خاله ما زالا في عداد المفقودين منذ قصف المنزل."
    assert _read(text) == [("missing", 2)]
    assert _read("وأفاد صياد من ميناء زوارة بأن والده وعمه لا يزالان مفقودين بعد غرق القارب.") == [("missing", 2)]
    # no kin list, or "still" with no missing after it: nothing
    assert _read("وقال السكان إن الطريقين ما زالا مغلقين أمام سيارات الإسعاف.") == []
    assert _read("وقال إن شقيقه وابن عمه ما زالا في المدينة.") == []


def test_prec37_ar_thousands_hundreds_and_a_teen_are_one_number():
    # "ستة آلاف وأربعمائة وسبعة عشر" was read 6407 (blind32 ar 012): arabic_numbers._add_part reads a
    # teen after hundreds too
    from nlp.arabic_numbers import parse_arabic_number
    assert parse_arabic_number("ألفان وثلاثمائة وخمسة عشر") == 2315
    assert parse_arabic_number("مئة وثلاثة عشر") == 113
    assert parse_arabic_number("تسعة آلاف وتسعمئة وتسعة عشر") == 9919
    assert parse_arabic_number("خمسمائة وأحد عشر") == 511
    assert parse_arabic_number("أربعمائة وسبعة") == 407
    text = "وأعلنت وزارة الصحة مقتل ثلاثة آلاف وثلاثمائة وخمسة عشر شخصاً في القصف على مدينة حلب."
    assert _read(text) == [("killed", 3315)]


def test_prec37_ar_a_job_after_a_bare_category_inside_a_group_gets_no_figure():
    # "اعتقلت 23 من العائدين …، بينهم سيدة ومدرّس" (blind35 ar 005): rules.role_after_bare_category in
    # rules.role_inside_group
    text = "واعتقلت قوات الأمن 14 من المشاركين في الاعتصام أمام مبنى البرلمان في عمّان، بينهم فتاة وصحفي."
    assert _read(text) == [("detained", 14), ("detained", 1)]
    # a role after a role, or after a counted part, stays a row of the breakdown
    text = "وأصيب 9 أشخاص في القصف على مدينة إدلب، بينهم 3 أطفال وممرض."
    assert _read(text) == [("injured", 9), ("injured", 3), ("injured", 1)]


def test_prec37_ar_a_person_quoted_after_an_is_no_victim():
    # "ونقل نشطاء المرصد عن أحد المسعفين قوله: …" (blind37 ar 001): rules.veto_informant with
    # lexicon.QUOTED_FROM and QUOTING_NOUNS
    text = ("وأصيب 14 شخصاً في انفجار سيارة مفخخة في مدينة الباب، ونقلت وكالة الأنباء عن أحد الأطباء "
            "قوله إن المستشفى امتلأ بالجرحى.")
    assert _read(text) == [("injured", 14)]
    text = "وقُتل 5 مدنيين في القصف على بلدة كفرنبل، ونقل مراسلنا عن اثنين من السكان قولهما إن الطائرات عادت ليلاً."
    assert _read(text) == [("killed", 5)]
    # a count after "عن" with no quotation stays
    text = "وأسفر الهجوم عن مقتل 7 جنود في ولاية ميدوغوري."
    assert _read(text) == [("killed", 7)]


def test_prec37_ar_the_head_of_a_household_and_their_kin_are_one_kin_list():
    # "قضى رب العائلة وزوجته وابنتاه" (blind36 ar 006): rules.household_head_end in after_cue_family,
    # lexicon.HOUSEHOLD_HEAD and HOUSEHOLD_NOUNS
    text = "وفي مخيم جباليا، استشهد رب الأسرة وزوجته وطفلاهما عندما سقط صاروخ على خيمتهم."
    assert _read(text) == [("killed", 4)]
    assert _read("وأصيب رب العائلة ووالدته بشظايا القذيفة في حي الشيخ مقصود.") == [("injured", 2)]


def test_prec38_ar_a_toll_heading_after_men_of_unknown_fate_heads_the_dead():
    # "ارتفعت الحصيلة إلى 13 …، فيما لا يزال مصير 3 شبان مجهولاً. … توزعت الحصيلة على النحو التالي:"
    # (blind38 ar 001): rules.toll_heading_past_unknown_fate in toll_heading_head
    text = ("ارتفع عدد القتلى جراء القصف على قرية كنصفرة في جبل الزاوية إلى 9 مواطنين، فيما لا يزال مصير 2 من الرعاة "
            "مجهولاً حتى الآن.\n\nوتوزعت الحصيلة على النحو التالي:\n:: 6 مواطنين :: بالقصف الصاروخي على منازلهم\n"
            ":: 3 متأثرين بجراحهم في مشفى باب الهوى")
    assert sorted(_read(text)) == sorted([("killed", 9), ("missing", 2), ("killed", 6), ("killed", 3)])


def test_prec38_ar_a_count_alone_in_its_table_cell_takes_the_tables_kind():
    # "::  4  ::برصاص القوات …" (blind38 ar 001): rules.table_cell_between_colons in count_before_row_colon
    text = ("قتل 11 مدنياً في الهجوم على بلدة معرة حرمة.\nوتوزعت الحصيلة على النحو التالي:\n"
            "::  8  :: بغارات الطائرات الحربية\n::  3  ::برصاص قناصة على أطراف البلدة")
    assert _read(text) == [("killed", 11), ("killed", 8), ("killed", 3)]


def test_prec38_ar_cases_that_became_a_disappearance_are_missing():
    # "تحول 112 منها إلى اختفاء قسري" (blind38 ar 003): rules.became_state_of in follow_became_kind,
    # lexicon.BECAME_PART_OF
    text = ("ووثقت اللجنة ما لا يقل عن 64 حالة اعتقال في محافظة درعا خلال شهر آب، بينها 5 أطفال، "
            "تحول 29 منها إلى اختفاء قسري.")
    assert _read(text) == [("detained", 64), ("detained", 5), ("missing", 29)]


def test_prec38_ar_a_named_child_after_a_count_of_children_is_one_of_them():
    # "12 قتيلاً، بينهم طفلان … قضت الطفلة فاطمة …" (blind38 ar 004; blind19 ar 020, blind24 ar 011):
    # rules.named_of_counted_category in one_of_counted_told_again, lexicon.NAMED_CATEGORY_HELD
    text = ("قتل 8 أشخاص، بينهم 3 أطفال، في غارة على سوق مدينة مأرب.\n\n"
            "وفي حي الروضة، قُتل الطفل أحمد سالم (7 أعوام) أثناء خروجه من المدرسة.")
    assert _read(text) == [("killed", 8), ("killed", 3)]
    # with no count of children before, the named child keeps a figure of 1
    text = "وفي حي الروضة بمدينة مأرب، قُتل الطفل أحمد سالم (7 أعوام) أثناء خروجه من المدرسة."
    assert _read(text) == [("killed", 1)]


def test_prec38_ar_a_toll_of_acts_of_a_kind_counts_its_victims():
    # "ترتفع حصيلة عمليات القتل والتصفية … إلى 1124 شخصاً" (blind38 ar 013): rules.toll_of_acts_cue in
    # _on_cue, lexicon.TOLL_ACT_NOUNS
    text = "وبذلك ارتفعت حصيلة عمليات القتل في محافظة درعا منذ بداية العام إلى 317 شخصاً."
    assert _read(text) == [("killed", 317)]
    text = "وبلغت حصيلة عمليات الاعتقال خلال الأسبوع الماضي 58 شخصاً في ريف حلب الشمالي."
    assert _read(text) == [("detained", 58)]
    # the acts alone are no victims
    assert _read("ونفذت القوات 14 عملية دهم في ريف دير الزور.") == []


def test_prec38_ar_one_of_them_in_a_place_then_another_splits_the_toll():
    # "استشهد 9 مواطنين، أحدهم في خان يونس، وآخر في الشجاعية، و7 آخرون …" (blind38 ar 010):
    # rules.one_of_them_by_place in aside_one_of_them, lexicon.PLACE_SPLIT_WINDOW
    text = "وقتل 6 أشخاص برصاص قناصة، أحدهم في حي الميدان، وآخر في حي السكري، و4 آخرون قرب دوار الصاخور."
    assert _read(text) == [("killed", 6), ("killed", 1), ("killed", 1), ("killed", 4)]
    # "one of them" in a place with no other part after it gets no figure
    assert _read("وقتل 6 أشخاص برصاص قناصة، أحدهم في حي الميدان.") == [("killed", 6)]


def test_prec38_ar_a_row_count_before_an_ellipsis_and_its_breakdown():
    # "▪️ الشهداء الذين وصلوا إلى المستشفيات:  ٦٧٬١٣٩  … منهم:" (blind38 ar 010): lexicon.TABLE_CELL_END and
    # FUNCTION_AFTER take "…"
    text = ("حصيلة العدوان على مدينة جنين ومخيمها حتى مساء اليوم:\n\n"
            "▪️ الشهداء:  ٤٢  … منهم:\n  أطفال:   ٨\n▪️ الجرحى:  ١٥٣")
    assert _read(text) == [("killed", 42), ("killed", 8), ("injured", 153)]


def test_prec38_ar_figures_before_a_revised_earlier_toll_are_current():
    # "إن 107 أشخاص … لقوا حتفهم …، بعد أن عدلت حصيلة سابقة قالت فيها إن عدد القتلى بلغ 113" (blind38 ar
    # 005): rules.earlier_toll_revised in _sentence_context, lexicon.REVISED_VERBS
    text = ("وقالت وزارة الصحة إن 41 شخصاً لقوا حتفهم وأصيب 60 آخرون في انهيار مبنى سكني في حي الشيخ عثمان، "
            "بعد أن خفضت حصيلة سابقة قالت فيها إن عدد القتلى بلغ 46.")
    figs = extract_arabic_with_totals(text)
    assert [(f.kind, f.count, bool(f.superseded)) for f in figs] == [
        ("killed", 41, False), ("injured", 60, False), ("killed", 46, True)]


def test_prec38_ar_the_toll_included_people_named_with_no_numeral():
    # "وضمت الحصيلة طفلين اثنين وسيدة" (blind38 ar 001): rules.toll_includes_head in _on_toll_includes
    text = "قتل 9 مدنيين في قصف مدفعي على بلدة الأتارب. وشملت الحصيلة طفلين اثنين ومسناً."
    assert _read(text) == [("killed", 9), ("killed", 2), ("killed", 1)]
    # a count in digits after it is read as before (kind_toll_includes)
    assert _read("قتل 9 مدنيين في قصف مدفعي على بلدة الأتارب. وشملت الحصيلة 3 أطفال.") == [
        ("killed", 9), ("killed", 3)]


def test_prec38_ar_a_table_row_beside_a_part_named_by_category_is_another_part():
    # "وضمت الحصيلة طفلين اثنين وسيدة" then ":: 2 متأثرين بجراحهم" (blind38 ar 001):
    # rules.row_beside_named_part in _finalize_keeping_coordinated
    text = ("ارتفع عدد القتلى جراء القصف على بلدة الأتارب إلى 9 مواطنين. وشملت الحصيلة طفلين اثنين.\n\n"
            "وتوزعت الحصيلة على النحو التالي:\n:: 7 مواطنين :: بالقصف الصاروخي\n:: 2 متأثرين بجراحهم في مشفى باب الهوى")
    assert sorted(_read(text)) == sorted([("killed", 9), ("killed", 2), ("killed", 7), ("killed", 2)])


def test_prec38_ar_a_row_of_them_under_a_row_is_its_part():
    # "  - منهم أطفال : 33" under "فلسطينيون قتلوا …:  168" (blind38 ar 009): rules.kind_sub_row_of_them
    text = ("حصيلة الضحايا في محافظة طوباس منذ بداية الشهر\nفلسطينيون قتلوا برصاص القوات الإسرائيلية:  21\n"
            "  - منهم أطفال : 5\nفلسطينيون أصيبوا:   74")
    assert _read(text) == [("killed", 21), ("killed", 5), ("injured", 74)]


def test_prec38_ar_a_verb_of_them_with_no_toll_before_is_a_figure_of_its_own():
    # "أصدرت مذكرات اعتقال بحق 14 شخصاً …، احتجز منهم 9 حتى الآن" (blind38 ar 005):
    # rules.kind_verb_of_them_no_toll
    text = "وأعلنت النيابة أنها أصدرت أوامر ضبط بحق 23 مشتبهاً به في أحداث الشغب، اعتقل منهم 11 حتى مساء أمس."
    assert _read(text) == [("detained", 11)]
    # with a toll before, the count stays its part (verb_before_subset)
    figs = extract_arabic_with_totals("داهمت قوات الأمن حي البساتين واعتقلت 14 شخصاً، احتجز منهم 9 في سجن المدينة.")
    assert [(f.kind, f.count, f.rule, f.part_of) for f in figs] == [
        ("detained", 14, "cue_before", None), ("detained", 9, "verb_before_subset", 0)]


def test_prec38_ar_two_beside_an_uncounted_group_are_a_figure():
    # "أسفر عن مقتل عدد من الأطفال ومعلمين اثنين" (blind38 ar 007): rules.uncounted_after_cue in
    # noun_two_coordinated, lexicon.UNCOUNTED_HEAD
    text = "وأسفر القصف على مدرسة الإيواء في بيت لاهيا عن مقتل عدد من الأطفال وممرضين اثنين."
    assert _read(text) == [("killed", 2)]


def test_prec38_ar_a_person_beside_a_toll_in_a_place_of_their_own():
    # "مقتل 4 مواطنين في قرية بريف حماة …، إلى جانب مواطن في مدينة جبلة" (blind38 ar 013):
    # rules.singular_beside_in_place in singular_in_addition
    text = "وقُتل 6 مدنيين في غارة على سوق بلدة سرمين، إلى جانب طفل في قرية النيرب المجاورة."
    assert _read(text) == [("killed", 6), ("killed", 1)]


def test_prec40_ar_cases_of_release_are_no_part_of_an_arrest_toll():
    # "24 حالة إفراج من مراكز الاحتجاز" after an arrest toll in cases (blind40 ar 003):
    # rules.case_of_release in noun_case_part
    text = ("وثقت المنظمة ما لا يقل عن 315 حالة اعتقال تعسفي خلال شهر آذار. "
            "وسجلت المنظمة 40 حالة إفراج من السجون المركزية.")
    assert _read(text) == [("detained", 315)]


def test_prec40_ar_the_one_who_announces_an_arrest_is_not_arrested():
    # "أعلن وزير الداخلية إلقاء القبض على 14 شخصاً" (blind40 ar 002): rules.reporting_subject
    assert _read("وأعلن قائد الشرطة القبض على 9 أشخاص بتهمة تهريب الوقود.") == [("detained", 9)]
    # a finite verb right after the speaker still makes them a victim
    assert _read("وقالت امرأة أصيبت في القصف إن منزلها انهار بالكامل.") == [("injured", 1)]


def test_prec40_ar_a_kins_spouse_is_one_more_kin_of_two_words():
    # "شقيقه وزوجة شقيقه وابنيهما قتلوا" (blind39 ar 005): lexicon.AND_KIN_CONSTRUCT in rules.cousin_listed;
    # one figure of 4, none more from inside the list
    text = "وقالت جارة للعائلة إن والدها وزوجة شقيقها وطفليهما قتلوا عندما سقطت القذيفة على البيت."
    assert _read(text) == [("killed", 4)]
    assert _read("وذكر المسعفون أن عمه وزوج شقيقته أصيبا بحروق في الحريق.") == [("injured", 2)]


def test_prec40_ar_madani_after_wad_or_resistance_is_a_place():
    # "تنعى لجان مقاومة مدني شهداء قرية …" (blind40 ar 006): lexicon.PLACE_NAME_BEFORE, rules.place_named
    assert _read("ونشرت لجان مقاومة مدني أسماء شهداء حي الدرجة بعد القصف المدفعي.") == []
    figs = extract_arabic("وفي ود مدني قتل شاب برصاص مجهولين قرب السوق الكبير.")
    assert [(f.kind, f.count, f.rule) for f in figs] == [("killed", 1, "singular_after_cue")]
    assert _read("ووصل مدني جريح إلى مستشفى المدينة مساء أمس.") == [("injured", 1)]


def test_prec40_ar_kin_of_a_named_person_head_a_kin_list_after_a_cue():
    # "فقد قضى والد العروس ووالدتها وشقيقها" (blind39 ar 002): rules.kin_of_named_end in after_cue_family,
    # lexicon.KIN_HEAD_DUALS
    assert _read("وبحسب شهود، قضى والد المعلم ووالدته وشقيقه تحت الأنقاض.") == [("killed", 3)]
    assert _read("وأصيب والدا الطالب وشقيقته بحروق في انفجار قارورة الغاز.") == [("injured", 3)]


def test_prec40_ar_a_nationality_right_after_a_cue_verb_is_one_person():
    # "كما قتل فلسطيني في قباطية، وآخر في طوباس، و3 في …" (blind39 ar 007): rules.nationality_after_cue,
    # lexicon.NATIONALITY_ONE
    text = "وقتل سوري في حي الشيخ مقصود، وآخر في بلدة تل رفعت، و4 في قرية مرعناز."
    assert _read(text) == [("killed", 1), ("killed", 1), ("killed", 4)]
    # after a noun it is an adjective of that noun: one person, not two
    assert _read("وأصيب جندي لبناني بجروح طفيفة.") == [("injured", 1)]


def test_prec40_ar_a_place_preposition_after_a_bare_count_is_no_noun():
    # "14 داخل السوق؛ 5 في موقف المواصلات؛ 3 داخل منازلهم" (blind39 ar 012): lexicon.FUNCTION_AFTER
    # ("داخل خارج قرب بالقرب امام وسط")
    text = ("قتل 19 شخصاً في الغارات على المدينة. وتوزع القتلى على النحو الآتي: 11 داخل المستشفى، "
            "و5 قرب محطة الوقود، و3 أمام المدرسة.")
    assert _read(text) == [("killed", 19), ("killed", 11), ("killed", 5), ("killed", 3)]


def test_prec40_ar_others_of_the_same_count_are_other_people():
    # "قتل أربعة فلسطينيين في غارة …، وقتل أربعة آخرون برصاص …" (blind39 ar 007):
    # rules.others_beside_same_count in arabic._finalize_keeping_coordinated, rules.others_figure in
    # arabic.merge_generic_restatements
    text = "وأصيب 6 جنود في كمين على طريق المطار، وأصيب 6 آخرون في انفجار عبوة ناسفة قرب الحاجز."
    assert _read(text) == [("injured", 6), ("injured", 6)]
    assert _read("قتل ثلاثة مدنيين في قصف على السوق، وقتل ثلاثة آخرون في غارة على الجسر.") == [
        ("killed", 3), ("killed", 3)]


def test_prec40_ar_parts_of_a_toll_raised_in_a_later_report_stay():
    # "وكان بين القتلى امرأتان وطفل" then "وفي وقت لاحق … بوفاة أحد الجرحى …، لترتفع الحصيلة إلى 79"
    # (blind40 ar 008): rules.raised_in_later_report keeps the parts, rules.wounded_death_raising
    text = ("قتل 31 شخصاً على الأقل في انهيار مبنى سكني في حي الشعلة. وكان بين القتلى ثلاث نساء. "
            "وفي وقت لاحق من اليوم نفسه، أعلن الدفاع المدني وفاة أحد المصابين متأثراً بجراحه، لترتفع الحصيلة إلى 32 قتيلاً.")
    assert _read(text) == [("killed", 3), ("killed", 32)]
    assert [(f.count, f.superseded) for f in extract_arabic(text)] == [(31, True), (3, False), (1, True), (32, False)]


def test_prec40_ar_a_list_of_counts_then_were_among_the_kind():
    # "إن 64 طفلاً و57 امرأة، من سكان المخيم …، كانوا بين القتلى" (blind39 ar 005): "كانوا بين الKIND"
    # closes the clause in rules.follow_far_plural_verb
    text = "وقالت الوزارة إن 18 طفلاً و11 امرأة، من أهالي الحي، كانوا بين الضحايا."
    assert _read(text) == [("killed", 18), ("killed", 11)]


def test_prec41_ar_trapped_inside_then_rescued_is_no_detention():
    # "احتُجزوا داخل شقتهم … من إخراجهم سالمين" (blind41 ar 008): rules.trapped_then_rescued
    text = ("وقال الدفاع المدني إن 12 شخصاً احتُجزوا تحت أنقاض المبنى المنهار في أنطاكيا قبل أن تتمكن "
            "فرق الإنقاذ من انتشالهم أحياء.")
    assert _read(text) == []
    assert _read("وأفاد الجيران بأن امرأة وطفليها علقوا داخل المصعد ساعات قبل إخراجهم سالمين.") == []
    assert _read("احتجزت قوات الأمن 7 أشخاص داخل مركز الشرطة في المدينة.") == [("detained", 7)]


def test_prec41_ar_one_of_a_role_inside_a_counted_group_gets_no_figure():
    # "بين القتلى ثلاثة من موظفي …، وأحد الصحفيين المحليين" (blind41 ar 004): rules.one_of_role in
    # rules.role_inside_group
    text = ("قتل 14 شخصاً في قصف على مخيم جنين. وبين القتلى اثنان من عناصر الهلال الأحمر، "
            "وأحد المصورين الذين كانوا يوثقون الاقتحام.")
    assert _read(text) == [("killed", 14), ("killed", 2)]


def test_prec41_ar_small_count_beside_lead_toll_then_its_part_is_one_figure():
    # title line "مقتل 87 مدنياً بينهم 13 طفلاً و6 سيدات، و4 ضحايا …" then the body "من بينهم 4 ضحايا …"
    # (blind41 ar 013): rules.told_beside_then_inside in arabic.merge_generic_restatements
    text = ("مقتل 52 مدنياً بينهم 9 أطفال و7 نساء، و3 ضحايا تحت التعذيب في اليمن خلال آذار\n"
            "قالت منظمة سام للحقوق والحريات في تقريرها الشهري إن 52 مدنياً بينهم 9 أطفال و7 نساء قتلوا في اليمن "
            "خلال آذار، من بينهم 3 ضحايا تحت التعذيب.")
    assert _read(text) == [("killed", 52), ("killed", 9), ("killed", 7), ("killed", 3)]


def test_prec41_ar_earlier_count_named_in_a_rise_is_superseded():
    # "وصلنا حتى اللحظة 50 شهيداً" then "ارتفاع عدد الشهداء … إلى أكثر من 100 شهيد، بعد أن أعلنت في وقت سابق
    # عن 50" (blind41 ar 014): rules.earlier_count_named_in_rise
    text = ("مدير مستشفى ناصر: استقبلنا حتى الآن 37 قتيلاً و90 جريحاً.\n"
            "وأعلنت وزارة الصحة ارتفاع عدد القتلى في قصف خان يونس إلى 61 قتيلاً، بعد أن أعلنت في وقت سابق عن 37.")
    assert [(f.kind, f.count, f.superseded) for f in extract_arabic(text)] == [
        ("killed", 37, True), ("injured", 90, False), ("killed", 61, False)]


def test_prec41_ar_equal_rows_of_a_labelled_list_are_two_groups():
    # "- عائلة حجازي :: 9 شهداء" / "- عائلة الشنباري: 9 شهداء" (blind41 ar 014), "هيئة تحرير الشام: 24" /
    # "جميع فصائل المعارضة …: 24" (blind41 ar 003): rules.equal_rows_of_labelled_list, rules.labelled_rows_apart
    text = ("قتل 40 شخصاً في القصف على حي الشجاعية.\n"
            "الأسماء الأولية:\n"
            "- عائلة السرساوي: 12 قتيلاً\n"
            "- عائلة جندية: 12 قتيلاً\n"
            "- عائلة حلس: 7 قتلى")
    assert sorted(f.count for f in extract_arabic(text) if f.kind == "killed") == [7, 12, 12, 40]


def test_prec41_ar_case_toll_with_a_since_phrase_before_the_count():
    # "في حين بلغت حصيلة حالات الاعتقال منذ مطلع العام 1712 حالة" (blind41 ar 003):
    # rules.since_phrase_before in rules.case_kind_before
    assert _read("وبلغت حصيلة حالات الاعتقال منذ بداية العام 640 حالة.") == [("detained", 640)]
    assert _read("وأشار التقرير إلى أن حصيلة حالات الخطف منذ بدء الحرب 215 حالة.") == [("detained", 215)]


def test_prec41_ar_still_n_of_a_group_fate_unknown_is_missing():
    # "فيما لا يزال 12 من شباب القرية مجهولي المصير" (blind41 ar 002): rules.fate_unknown_closing_of_phrase
    assert _read("ولا يزال 7 من أبناء الحي مجهولي المصير منذ الهجوم على السوق.") == [("missing", 7)]
    assert _read("بينما لا يزال 15 من عمال المنجم مجهولي المصير.") == [("missing", 15)]


def test_prec41_ar_still_in_the_dual_before_a_status():
    # "أن اثنين من موظفيها لا يزالان في عداد المفقودين" (blind41 ar 004): lexicon.STILL_DUAL in rules.still_under
    assert _read("وأعلنت البعثة الأممية أن اثنين من عناصرها لا يزالان في عداد المفقودين بعد الكمين.") == [("missing", 2)]
    assert _read("وقالت النقابة إن 2 من أعضائها لا يزالان في عداد المفقودين.") == [("missing", 2)]


def test_prec42_ar_summary_row_restating_the_lead_with_its_parts():
    # a verbless summary row "الشهداء: N (parts)" restating the lead's toll and parts (blind42 ar 010):
    # rules.summary_row_parts puts the row's parts under the lead's toll, so they merge with it
    text = ("أعلنت وزارة الصحة ارتفاع حصيلة القصف على مدرسة الفاخورة في جباليا إلى 31 شهيدًا و120 مصابًا.\n"
            "ومن بين الشهداء 9 أطفال و6 نساء.\n"
            "وبذلك ترتفع الحصيلة الإجمالية منذ بدء الحرب إلى 11,078 شهيدًا.\n"
            "الحصيلة في سطور\n"
            "الشهداء: 31 (9 أطفال، 6 نساء)\n"
            "المصابون – 120")
    assert sorted(_read(text)) == [("injured", 120), ("killed", 6), ("killed", 9), ("killed", 31), ("killed", 11078)]


def test_prec42_ar_migrants_who_crossed_are_not_displaced():
    # "نحو 17 ألف مهاجر عبروا إلى اليمن" (blind42 ar 012): rules.migrants_crossing; refugees stay displaced
    assert _read("وقالت المنظمة الدولية للهجرة إن أكثر من 9 آلاف مهاجر عبروا إلى جزيرة لامبيدوزا خلال أسبوع.") == []
    assert _read("وقالت المفوضية إن نحو 5 آلاف لاجئ عبروا إلى تشاد خلال يومين.") == [("displaced", 5000)]


def test_prec42_ar_cause_row_under_an_arrest_table_restates_deaths():
    # "-- تعذيب :: 2" after "وفاة معتقلَين اثنين تحت التعذيب" (blind42 ar 013): rules.cause_row_restating_deaths
    text = ("وثق المرصد 60 حالة اعتقال خلال حزيران.\n"
            "وتتوزع حالات الاعتقال على الشكل التالي:\n"
            "-- قوات النظام :: 40\n"
            "-- \"قسد\" :: 20\n"
            "كما وثق المرصد وفاة 3 معتقلين تحت التعذيب في سجون النظام.\n"
            "-- تعذيب :: 3")
    assert _read(text) == [("detained", 60), ("detained", 40), ("detained", 20), ("killed", 3)]


def test_prec42_ar_pluperfect_report_of_days_ago_after_a_final_toll_is_superseded():
    # "وكانت قسد قد أعلنت قبل يومين مقتل 30 من عناصرها فقط" after a final toll (blind42 ar 014):
    # rules.days_ago_after in rules.earlier_report_at; without a final toll it is another report
    text = ("أعلن الجيش النيجيري الحصيلة النهائية للهجوم على قاعدة مايدوغوري، مؤكداً مقتل 26 من جنوده.\n"
            "وكان الجيش قد أعلن قبل ثلاثة أيام مقتل 11 من جنوده فقط.")
    assert _read(text) == [("killed", 26)]
    text = ("أعلن الجيش النيجيري حصيلة الهجوم على قاعدة مايدوغوري، مؤكداً مقتل 26 من جنوده.\n"
            "وكان الجيش قد أعلن قبل ثلاثة أيام مقتل 11 من عناصره في هجوم آخر.")
    assert _read(text) == [("killed", 26), ("killed", 11)]


def test_prec42_ar_rows_under_among_the_kind_heading():
    # "ومن بين القتلى الذين اكتملت بيانات هويتهم، هناك:" then "الأطفال :  N" rows (blind42 ar 007):
    # rules.among_the_kind_heading makes them parts of the last toll of that kind
    text = ("وفق مفوضية حقوق الإنسان، قُتل ما لا يقل عن 10,582 مدنيًا في أوكرانيا منذ شباط/فبراير 2022. "
            "ومن بين القتلى الذين تأكدت هوياتهم، هناك:\n"
            "الأطفال :  587\n"
            "النساء: 2,870\n"
            "وتواصل البعثة التحقق من تقارير أخرى.")
    figures = extract_arabic(text)
    assert [(f.kind, f.count, f.part_of) for f in figures] == [
        ("killed", 10582, None), ("killed", 587, 0), ("killed", 2870, 0)]


def test_prec42_ar_status_noun_after_a_that_is_aside():
    # "ما يصل إلى 1.7 مليون شخص، أي نحو ثلاثة أرباع السكان، نازحون داخل القطاع" (blind42 ar 007):
    # rules.past_that_is_aside in rules.follow_kind_adjective
    assert _read("وتقدّر الأمم المتحدة أن نحو 2.3 مليون شخص، أي قرابة نصف سكان الإقليم، نازحون داخل دارفور.") == [
        ("displaced", 2300000)]


def test_prec43_ar_held_people_whose_fate_is_unknown_are_missing():
    # "وأن 7 مختطفين لا يزال مصيرهم مجهولاً" (blind43 ar 008): rules.held_fate_unknown
    assert _read("وقالت رابطة الأمهات إن 15 معتقلاً لا يزال مصيرهم مجهولاً منذ اقتيادهم إلى سجون صنعاء.") == [
        ("missing", 15)]
    assert _read("وأفاد الناشطون بأن 9 مخطوفين لا يُعرف مصيرهم حتى الآن في ريف إدلب.") == [("missing", 9)]


def test_prec43_ar_row_label_of_displaced_families():
    # "العائلات النازحة :: 64" under killed/wounded rows (blind43 ar 006): lexicon.LABEL_KIND_ADJECTIVES
    text = ("حصيلة المواجهات في الزاوية:\n"
            "القتلى: 14\n"
            "الجرحى: 40\n"
            "الأسر النازحة :: 210\n"
            "أعلنت وزارة الصحة مقتل 14 شخصاً وإصابة 40 آخرين في اشتباكات مدينة الزاوية.")
    assert ("displaced", 210) in _read(text)
    assert ("killed", 210) not in _read(text)


def test_prec43_ar_two_after_the_noun_among_the_dead_hit_by_bullets_are_dead():
    # "أن بين القتلى مدنيين اثنين أصيبا برصاص عشوائي" (blind43 ar 006): rules.two_after_group_noun
    text = ("قتل 19 شخصاً في اشتباكات الخرطوم. وأوضحت اللجنة الطبية أن بين القتلى طفلين "
            "اثنين أصيبا بشظايا قذيفة سقطت على سوق ليبيا.")
    figures = extract_arabic(text)
    assert [(f.kind, f.count, f.part_of) for f in figures] == [("killed", 19, None), ("killed", 2, 0)]


def test_prec43_ar_first_hours_report_inside_the_sentence_is_superseded():
    # "فيما كانت الشرطة قد أفادت في ساعات الليل الأولى بمقتل 32 شخصاً" (blind43 ar 010): rules.first_period_at
    text = ("أعلنت وزارة الداخلية الباكستانية أن حصيلة تفجير السوق في بيشاور بلغت 41 قتيلاً و150 جريحاً، "
            "فيما كانت الشرطة قد ذكرت في الساعات الأولى مقتل 27 شخصاً.")
    assert _read(text) == [("killed", 41), ("injured", 150)]


def test_prec43_ar_count_before_the_toll_rose_later_is_superseded_not_its_part():
    # "نقلت 63 مصاباً … 11 منهم في حالة حرجة، قبل أن ترتفع الحصيلة لاحقاً" (blind43 ar 010): rules.toll_rose_later
    text = ("وقال الدفاع المدني إنه أسعف 48 جريحاً إلى مستشفيات كابول، 9 منهم في حالة خطيرة، "
            "قبل أن ترتفع الحصيلة لاحقاً.")
    assert _read(text) == [("injured", 9)]


def test_prec43_ar_first_day_toll_after_a_raised_one_is_superseded():
    # "وكانت الحصيلة في اليوم الأول ثمانية قتلى" (blind43 ar 011): rules.was_first_day_toll
    text = ("ارتفعت حصيلة القصف الروسي على مدينة خاركيف إلى 26 قتيلاً. "
            "وكانت الحصيلة في اليوم الأول تسعة قتلى.")
    assert _read(text) == [("killed", 26)]


def test_prec43_ar_their_condition_inside_a_group_is_a_part_of_the_wounded():
    # "بلغ 277 جريحاً، بينهم 19 حالتهم حرجة" (blind43 ar 002): rules.condition_in_group
    text = "وقالت مديرية الصحة في إدلب إن عدد المصابين بلغ 64 مصاباً، بينهم 7 حالتهم خطرة."
    figures = extract_arabic(text)
    assert [(f.kind, f.count, f.part_of) for f in figures] == [("injured", 64, None), ("injured", 7, 0)]


def test_prec43_ar_nationality_dual_after_a_cue_verb_is_two_people():
    # "قُتل فلسطينيان برصاص القوات الإسرائيلية" (blind43 ar 013): rules.nationality_two_after_cue
    assert _read("وفي جنوب لبنان، قُتل لبنانيان بغارة من مسيّرة إسرائيلية على دراجة نارية.") == [("killed", 2)]
    assert _read("وأصيب سودانيين اثنين بجروح في انفجار قذيفة في أم درمان.") == [("injured", 2)]


def test_prec43_ar_feminine_dual_and_a_described_dual_of_unknown_fate():
    # "لا يزال مصير ممرضتين تعملان في مستشفى الجنينة التعليمي مجهولاً" (blind43 ar 014):
    # rules.feminine_dual, rules.described_fate_unknown
    assert _read("وقُتلت صحفيتان في قصف على مدينة صور.") == [("killed", 2)]
    assert _read("ولا يزال مصير مسعفتين كانتا تعملان في مستوصف حي الشيخ رضوان مجهولاً.") == [("missing", 2)]


def test_prec43_ar_victim_after_a_governed_pronoun_of_the_cue_verb():
    # "قصف … استهدف حي عصيفرة، قتل فيه مدني وجرح اثنان", "وأصيب معه شقيقه وابن عمه" (blind43 ar 008):
    # rules.past_governed_pronoun
    assert _read("وشنت المسيّرة غارة على سيارة قرب بلدة الخيام، قتل فيها شاب وجرح ثلاثة.") == [
        ("killed", 1), ("injured", 3)]
    assert _read("ونجا المزارع من الغارة، لكن أصيبت معه زوجته وابنته.") == [("injured", 2)]


def test_prec44_ar_a_ceiling_put_on_a_toll_is_no_count():
    # "قال الجيش إن عدد القتلى أقل من مئة" (blind44 ar 009): rules.veto_toll_ceiling
    assert _read("وقال المتحدث العسكري إن عدد القتلى أقل من 50، وإن ثلاثة جنود أصيبوا.") == [("injured", 3)]
    assert _read("وأكدت الشرطة أن عدد الجرحى لا يتجاوز عشرين.") == []
    assert _read("وقال إن أقل من 20 منهم قتلوا بالقصف.") == [("killed", 20)]  # a part told as such stays


def test_prec44_ar_the_total_after_out_of_counts_the_same_things():
    # "سوى ٤ جرافات من أصل ٤٠" (blind44 ar 006): rules.veto_out_of_things_total
    assert _read("وأفاد الدفاع المدني بأن 12 مفقوداً ما زالوا تحت الأنقاض، ولم يبق لديه سوى 3 جرافات من أصل 25.") == [
        ("missing", 12)]


def test_prec44_ar_a_parent_opening_what_faqad_lost_is_one_of_the_kin_list():
    # "فقد أمه وزوجته" (blind44 ar 012): lexicon.PARENT_ONE in rules.lost_kin_at / rules.after_cue_family
    assert _read("وقالت إن الصياد فقد أباه وشقيقه في الغارة على الميناء.") == [("killed", 2)]
    assert _read("وأضاف أن المعلم فقد أمه وابنته في القصف على الحي.") == [("killed", 2)]
    assert _read("قتل 4، بينهم طفلة وأمها.") == [("killed", 4), ("killed", 1)]  # inside a group: unchanged


def test_prec44_ar_a_definite_dual_then_n_others_is_one_figure():
    # "احتجاز التاجرين … واثنين آخرين من المشرفين" (blind44 ar 012): rules.definite_dual_and_others
    assert _read("وأعلنت الشرطة اعتقال الشقيقين واثنين آخرين من أقاربهما في الخليل.") == [("detained", 4)]
    assert _read("وأعلن الجيش اعتقال الشابين، واعتقال ثلاثة آخرين.") == [("detained", 3)]  # not across a comma


def test_prec44_ar_a_row_with_a_dash_for_its_colon_is_a_table_cell():
    # "الإصابات — ٣٢٢" (blind44 ar 012): rules.dash_row; the earlier pair is then superseded too
    text = ("ارتفعت حصيلة انهيار المبنى في حي الكرادة إلى 41 قتيلاً.\n\nوكانت مديرية الدفاع المدني قد "
            "تحدثت في بيانها الأول عن 30 قتيلاً و25 مصاباً.\n\nحصيلة المستشفيات:\nالقتلى — 41\n"
            "المصابون — 118، بينهم أطفال\nجثث لم يتعرف عليها — 6\n")
    assert _read(text) == [("killed", 41), ("injured", 118), ("killed", 6)]


def test_prec44_ar_a_still_clause_right_after_a_toll_count_is_no_noun():
    # "عدد المصابين بلغ 82 ما زال 11 منهم يتلقون العلاج" (blind44 ar 007): rules.still_clause_after
    assert _read("وقال إن عدد الجرحى وصل إلى 40 لا يزال 6 منهم في المستشفى.") == [("injured", 40), ("injured", 6)]


def test_prec46_ar_n_of_it_after_a_plural_of_things_is_no_figure():
    # "مقابر جماعية كُشف حتى الآن عن 93 منها" (blind46 ar 014): rules.veto_part_of_things_before
    assert _read("قتل 800 منهم في المدينة، ودفن معظمهم في مقابر جماعية عُثر حتى اليوم على 40 منها.") == [
        ("killed", 800)]
    assert _read("وقصفت الطائرات عشرات المنازل في البلدة، دُمّر 12 منها بالكامل.") == []
    assert _read("وأحصت الوزارة 300 إصابة، 40 منها خطيرة.") == [("injured", 300), ("injured", 40)]  # a kind noun: kept


def test_prec46_ar_people_freed_are_no_figure():
    # "تحرير 3576 منهم" (blind46 ar 014): lexicon.RESCUE_NOUNS / RESCUE_VERBS in rules.veto_rescued
    assert _read("خطف مسلحون 30 شخصاً من قرية قرب الحدود، وتمكن الجيش لاحقاً من تحرير 12 منهم.") == [("detained", 30)]
    assert _read("وحررت القوات 40 مختطفاً من أحد المعسكرات.") == []


def test_prec46_ar_a_row_label_abducted_then_killed_counts_the_killed():
    # "- خطف ثم تصفية::3" (blind45 ar 009): rules.later_fate_cue, the last fate of the label
    text = "قتل 17 شخصاً في ريف حلب خلال الشهر.\nوتوزعت أساليب القتل على النحو التالي:\n- خطف ثم إعدام:: 2\n"
    assert ("killed", 2) in _read(text) and ("detained", 2) not in _read(text)
    assert _read("- خطف:: 5\n") == [("detained", 5)]  # no later fate: unchanged


def test_prec46_ar_kin_with_the_pronoun_of_two_close_a_kin_list():
    # "جثث الأب والأم وابنتيهما", "وإصابة والدتهما وجدتهما" (blind45 ar 008, blind46 ar 010):
    # lexicon.KIN_DUALS / FAMILY_ONE in rules.kin_list_from
    assert _read("وانتشل المسعفون جثث الأب والأم وشقيقيهما من تحت ركام المنزل.") == [("killed", 4)]
    assert _read("وأسفرت الغارة عن إصابة والدتهما وجدتهما بجروح طفيفة.") == [("injured", 2)]


def test_prec46_ar_abducted_still_of_unknown_fate_are_missing():
    # "لا يزال أكثر من 2600 مختطف مجهولي المصير" (blind46 ar 014): rules.abducted_still_of_unknown_fate
    assert _read("وقالت اللجنة إنه لا يزال نحو 300 معتقل مجهولي المصير منذ بداية الحرب.") == [("missing", 300)]
    assert _read("وقالت اللجنة إن 300 معتقل ما زالوا في السجون.") == [("detained", 300)]  # no fate word: unchanged


def test_prec46_ar_one_kin_then_a_counted_kin_group_are_two_figures():
    # "فقدت … والدتها وستة من إخوتها" (blind46 ar 014): rules.one_then_kin_partitive
    assert _read("وقال إن الصياد فقد في الغارة زوجته وثلاثة من أبنائه.") == [("killed", 1), ("killed", 3)]
    assert _read("وقال إن المزارع فقد في القصف والده وعمه واثنين من أبناء عمومته.") == [("killed", 4)]  # a list: one


def test_prec46_ar_a_fronted_kind_noun_then_their_number_is_a_toll():
    # "أما الجرحى فتجاوز عددهم 500" (blind45 ar 006, blind46 ar 014): rules.kind_noun_their_number
    assert _read("قتل 12 شخصاً في انفجار المصنع. أما الجرحى فبلغ عددهم 85.") == [("killed", 12), ("injured", 85)]
    assert _read("أما القتلى فيقدر عددهم بنحو 200.") == [("killed", 200)]
    assert _read("وقال إن سكان القرية يبلغ عددهم 800.") == []  # no kind noun: unchanged


def test_prec48_ar_a_person_and_kin_listed_before_a_plural_verb_are_one_figure():
    # "رجل وزوجته وابنته أصيبوا" (blind47 ar 010): rules.kin_listed_before_verb, rule noun_and_kin_before_verb
    assert _read("وقال الدفاع المدني إن امرأة وزوجها وابنهما أصيبوا بحروق في حريق المبنى.") == [("injured", 3)]
    # one kin and a dual verb: 1 and 1, unchanged
    assert _read("وقال الدفاع المدني إن امرأة وطفلها قتلا في الحريق.") == [("killed", 1), ("killed", 1)]


def test_prec48_ar_a_person_told_by_a_relative_killed_with_kin_is_counted_with_them():
    # "عائلة المعلم الذي قتل مع زوجته وأبنائه الثلاثة" (blind48 ar 001): rules.relative_struck_along_with_kin
    assert _read("ونعت البلدة عائلة الطبيب الذي قضى مع زوجته وبناته الأربع في الغارة.") == [("killed", 6)]
    # named inside a group: the group holds them, the kin only (blind23 ar 026)
    assert _read("ومن بين الضحايا المهندس سالم، الذي قضى مع زوجته وبناته الأربع.") == [("killed", 5)]


def test_prec48_ar_members_named_in_a_dash_aside_restate_the_group():
    # "خمسة من أسرة واحدة - الأب والأم وثلاثة أبناء - قتلوا" (blind48 ar 010): rules.members_in_dash_aside
    assert _read("وقال المسعفون إن ستة من أسرة واحدة - الجد والجدة وأربعة أحفاد - قتلوا في الغارة.") == [("killed", 6)]
    # an aside of another kind stays
    assert _read("قتل 12 شخصاً - وأصيب 4 آخرون - في الغارة على السوق.") == [("killed", 12), ("injured", 4)]


def test_prec48_ar_an_earlier_statement_told_after_the_new_figure_is_superseded():
    # "أوقفت 19 شخصاً، بعدما كانت قد أعلنت في بيان أول توقيف 9" (blind47 ar 012): rules.earlier_statement_after_new_one
    assert _read("وأعلنت الشرطة أنها أوقفت 14 شخصاً، بعدما كانت قد أعلنت في بيان سابق توقيف 6.") == [("detained", 14)]
    assert _read("وقالت الوزارة إن 30 شخصاً قتلوا، بعد أن كانت قد أعلنت مقتل 22.") == [("killed", 30)]
    # no earlier statement: both stay
    assert _read("وقالت الوزارة إن 30 شخصاً قتلوا، بعدما أوقفت الشرطة 22 شخصاً.") == [("killed", 30), ("detained", 22)]


def test_prec48_ar_people_led_away_whose_fate_is_unknown_are_missing():
    # "اقتادوا 12 شاباً إلى جهة مجهولة، وأن مصيرهم لا يزال مجهولاً" (blind48 ar 010): rules.held_then_fate_unknown
    assert _read("وقال شهود إن عناصر الميليشيا اقتادوا 9 رجال إلى مكان مجهول، وإن مصيرهم لا يزال مجهولاً.") == [("missing", 9)]
    # another count between: unchanged
    assert _read("اعتقلت القوات 9 رجال وأفرجت عن 4، ولا يزال مصيرهم مجهولا.") == [("detained", 9)]
    # an abduction keeps its convention (heldout)
    assert _read("اختطف مسلحون خمسة صيادين قرب الساحل، ولا يزال مصيرهم مجهولاً.") == [("detained", 5)]


def test_prec48_ar_an_age_after_fi_is_no_place_of_one_more_person():
    # "إضافة إلى شاب في العشرين" (blind48 ar 004): lexicon.AGE_DECADES in rules.singular_beside_in_place
    assert _read("قتل 6 أطفال في القصف، إضافة إلى رجل في الستين.") == [("killed", 6)]
    assert _read("قتل 6 أطفال في القصف على حلب، إضافة إلى رجل في إدلب.") == [("killed", 6), ("killed", 1)]  # a place


def test_prec48_ar_crossing_into_the_neighbouring_countries_is_displacement():
    # "عبر قرابة مليوني شخص إلى دول الجوار" (blind48 ar 005): rules.into_neighbouring_lands
    assert _read("فيما عبر نحو 40 ألف شخص إلى الدول المجاورة منذ بدء القتال.") == [("displaced", 40000)]
    assert _read("وعبر 40 شخصاً إلى المدينة على متن حافلة.") == []  # a town: no displacement read


def test_prec50_ar_own_first_statement_after_a_raised_toll_is_superseded():
    # "ارتفعت إلى 180 شهيداً، بعد أن أعلنّا في بياننا الأول حصيلة أولية بلغت 104" (blind49 ar 006):
    # lexicon.OWN_REPORT_VERBS in rules.after_report_in_revision
    assert _read("وتعلن الهيئة أن حصيلة القصف على بلدة كفرنبل ارتفعت إلى 47 قتيلاً، بعد أن أعلنّا في بياننا "
                 "الأول حصيلة بلغت 31 قتيلاً.") == [("killed", 47)]
    assert _read("ارتفعت حصيلة الغارات على دوما إلى 62 قتيلاً، بعد أن نشرنا صباح اليوم مقتل 40 مدنياً.") == [("killed", 62)]
    # no raised toll: a statement of our own stays
    assert _read("قتل 12 شخصاً في الغارة، بعد أن أعلنّا أمس مقتل 5 آخرين في قصف مماثل.") == [("killed", 12), ("killed", 5)]


def test_prec50_ar_a_person_working_at_a_job_inside_a_toll_gets_no_figure():
    # "ومن بين القتلى شاب يعمل مسعفاً متطوعاً" (blind50 ar 005): rules.works_as_role in rules.role_inside_group
    assert _read("قتل 9 أشخاص في القصف على خان يونس. ومن بين القتلى رجل يعمل صحفياً مستقلاً.") == [("killed", 9)]
    assert _read("قتل 9 أشخاص في القصف على خان يونس، ومن بين القتلى سيدة كانت تعمل ممرضة.") == [("killed", 9)]
    # a young man alone stays a category figure of 1
    assert _read("قتل 4 مدنيين في القصف على عفرين، بينهم شاب.") == [("killed", 4), ("killed", 1)]


def test_rec50_ar_a_that_is_aside_and_pluperfect_before_the_verb():
    # "أن 1.7 مليون شخص، أي نحو ثلاثة أرباع سكان القطاع، كانوا قد نزحوا" (blind49 ar 007): rules.past_aside
    assert _read("وقالت المفوضية إن 600 ألف شخص، أي نحو نصف سكان الإقليم، كانوا قد نزحوا قبل الهجوم.") == [("displaced", 600000)]
    assert _read("وقالت المنظمة إن 40 ألف شخص، أي ثلث سكان البلدة، نزحوا خلال يومين.") == [("displaced", 40000)]
    # a subset aside keeps its reading
    assert _read("قتل 17 شخصاً، بينهم 9 مدنيين، في الغارة.") == [("killed", 17), ("killed", 9)]
    # no aside: the pluperfect backstory of released people gets no figure
    assert _read("أفرجت السلطات عن 30 شخصاً، بينهم 5 كانوا قد اعتقلوا على الحدود.") == []


def test_rec50_ar_rows_under_a_heading_of_those_fleeing_are_displaced():
    # "ووزعت المصفوفة وجهات الفارين على النحو التالي:" (blind50 ar 013): lexicon.FLIGHT_HEAD_WORDS in arabic._heading
    text = ("فر نحو 120 ألف شخص من مدينة الفاشر خلال أسبوع.\nوتوزعت وجهات الفارين على النحو التالي:\n"
            "طويلة : نحو 70 ألفاً\nمليط: 30 ألفاً\nوقالت المنظمة إن الاحتياجات كبيرة.")
    assert [(k, n) for k, n in _read(text) if n != 120000] == [("displaced", 70000), ("displaced", 30000)]
    # a heading with no kind: the rows stay unread as displacement
    text = "وتوزعت الشاحنات على النحو التالي:\nطويلة : 70\nمليط: 30"
    assert [k for k, _ in _read(text)].count("displaced") == 0


def test_rec50_ar_among_the_dead_after_an_earlier_toll_is_the_current_toll():
    # "…، بعد أن كان المرصد قد وثق في وقت سابق مقتل 27 مدنياً، ومن بين الشهداء 8 أطفال وسيدة" (blind49 ar 001):
    # rules.among_kind_turn in rules.earlier_toll
    got = _read("ارتفع إلى 26 عدد المدنيين الذين قتلوا في القصف على سوق أريحا، بعد أن كان المرصد قد وثق في وقت "
                "سابق مقتل 19 مدنياً، ومن بين القتلى 6 أطفال.")
    assert ("killed", 26) in got and ("killed", 6) in got and ("killed", 19) not in got
    # "بينهم" right after the earlier toll stays with it
    got = _read("ارتفع إلى 26 عدد المدنيين الذين قتلوا في القصف على سوق أريحا، بعد أن كان المرصد قد وثق في وقت "
                "سابق مقتل 19 مدنياً، بينهم 6 أطفال.")
    assert ("killed", 26) in got and ("killed", 6) not in got


def test_rec50_ar_a_label_before_a_double_colon_opens_a_row():
    # "كفرنبل::   مواطنان اثنان" (blind49 ar 001): "::" after a label in rules.long_label_end
    text = ("ارتفع إلى 20 عدد المدنيين الذين قضوا اليوم في ريف حماة، وتوزعوا على الشكل التالي:\n"
            "كفرزيتا::  15\nاللطامنة ::3 مدنيين\nمورك::   طفلان")
    assert _read(text) == [("killed", 20), ("killed", 15), ("killed", 3), ("killed", 2)]


def test_rec50_ar_a_count_with_the_article_restates_an_earlier_figure():
    # "في مقتل الـ745 مدنيا" after the row "المدنيون:: 745 قضوا …" (blind15 ar 001): rules.definite_count_told_again
    text = ("ارتفعت حصيلة القتلى في ريف طرطوس إلى 300 شخص.\nوتتوزع الحصيلة على النحو الآتي:\n"
            "المدنيون:: 210 قضوا في 12 مجزرة\nالعسكريون::  90\n"
            "ويطالب المرصد بفتح تحقيق مستقل في مقتل الـ210 مدنيين.")
    assert _read(text).count(("killed", 210)) == 1


def test_rec50_ar_an_earlier_toll_told_as_an_aside_supersedes_only_the_aside():
    # "ارتفع إلى 12، من عشرة في حصيلة سابقة، بينهم أربعة قُصّر، وإن أكثر من 100 أصيبوا" (blind49 ar 005):
    # rules.from_count_in_earlier_toll
    got = _read("قالت وزارة الصحة إن عدد القتلى في الغارات على طولكرم ارتفع إلى 9، من سبعة في حصيلة سابقة، "
                "وإن أكثر من 40 أصيبوا.")
    assert ("killed", 9) in got and ("injured", 40) in got and ("killed", 7) not in got


def test_rec50_ar_part_of_the_residents_who_left_or_were_forced_to_flee():
    # "نحو 3 آلاف من سكان المخيم غادروا منازلهم", "أجبر الهجوم نحو ألفين من السكان على النزوح" (blind50 ar
    # 005, 006): lexicon.LEFT and "على" end the "of" phrase in rules.skip_to_verb
    assert _read("وقالت الأونروا إن نحو 4 آلاف من سكان مخيم نور شمس غادروا منازلهم خلال الليل.") == [("displaced", 4000)]
    assert _read("وأجبرت المعارك نحو 600 من أهالي البلدة على النزوح نحو الجبال.") == [("displaced", 600)]
    # a count of residents with no flight stays unread
    assert _read("وقال إن نحو 4 آلاف من سكان المخيم على موعد مع توزيع المساعدات.") == []


def test_prec52_ar_a_named_source_earlier_statement_after_the_new_toll():
    # "… بعد أن كانت الوزارة قد أعلنت في وقت سابق مقتل N" (blind52 ar 011): rules.named_source_earlier_report
    got = _read("وبحسب الدفاع المدني في حلب، قُتل 58 مدنياً وأصيب 140 آخرون في القصف، "
                "بعد أن كان الدفاع المدني قد أعلن في وقت سابق مقتل 31 شخصاً.")
    assert ("killed", 58) in got and ("injured", 140) in got and ("killed", 31) not in got
    got = _read("قالت السلطات إن 40 شخصاً قتلوا في الهجوم، بعد أن كانت السلطات المحلية قد ذكرت سابقاً مقتل 22 شخصاً.")
    assert ("killed", 40) in got and ("killed", 22) not in got
    # with no earlier-time word, the named source's statement is left alone
    got = _read("قالت السلطات إن 40 شخصاً قتلوا في الهجوم، بعد أن كانت الشرطة قد أعلنت مقتل 22 شخصاً في حادث آخر.")
    assert ("killed", 40) in got


def test_prec52_ar_arrest_cases_that_became_enforced_disappearances():
    # "وقد تحولت N حالة منها إلى اختفاء قسري" (blind51 ar 003): rules.case_became_state
    got = _read("وثقت المنظمة في شهر آذار ما لا يقل عن 230 حالة اعتقال تعسفي في العراق، وقد تحولت 97 حالة منها "
                "إلى اختفاء قسري.")
    assert ("detained", 230) in got and ("missing", 97) in got and ("detained", 97) not in got
    got = _read("سجلت اللجنة 80 حالة اعتقال في الضفة خلال الأسبوع، و35 حالة منها تحولت إلى حالات اختفاء قسري.")
    assert ("detained", 80) in got and ("missing", 35) in got and ("detained", 35) not in got


def test_prec52_ar_a_role_among_those_a_verb_names_is_no_figure():
    # "من بين من اعتقلتهم مدرّساً … اقتيد" (blind51 ar 003): rules.role_among_those_verbed (role_inside_group)
    got = _read("وقالت المنظمة إن الشرطة اعتقلت 30 متظاهراً في البصرة، وإن من بين من اعتقلتهم صحفياً اقتيد من منزله.")
    assert got == [("detained", 30)]
    # a person not named by a role still counts
    assert ("detained", 1) in _read("وأفاد شهود بأن شاباً اقتيد من منزله في البصرة.")


def test_prec52_ar_a_year_before_a_colon_is_no_clock_time():
    # "القتلى منذ 8 تشرين الأول/أكتوبر 2023:   3,558" (blind52 ar 007): rules.veto_clock_time bounds an hour
    text = ("الأرقام الرئيسية\nالقتلى منذ 24 شباط/فبراير 2022:   9,614\n منهم أطفال : 560\nالجرحى:  17,535")
    got = _read(text)
    assert ("killed", 9614) in got and ("killed", 560) in got and ("injured", 17535) in got
    # a clock time stays no count
    assert _read("قتل 3 أشخاص في غارة وقعت عند الساعة 10:30 صباحاً.") == [("killed", 3)]


def test_prec52_ar_about_after_a_table_cell():
    # "النازحون داخلياً: 886,000 تقريباً" (blind52 ar 007): rules.cell_about_end
    got = _read("الأرقام الرئيسية\nالقتلى:  1,410\nالنازحون داخلياً: 97,000 تقريباً\nالجرحى:  2,300")
    assert ("displaced", 97000) in got and ("killed", 1410) in got and ("injured", 2300) in got


def test_prec52_ar_and_that_after_an_earlier_toll_turns_back_to_the_current_one():
    # "… ارتفع إلى ستة، بعد أن أعلنت في وقت سابق مقتل ثلاثة، وإن 83 شخصاً أصيبوا" (blind52 ar 005):
    # rules.reported_clause_turn
    got = _read("قالت السلطات الصحية في مأرب إن عدد قتلى القصف على المخيم ارتفع إلى تسعة، بعد أن أعلنت في وقت سابق "
                "مقتل خمسة، وإن 27 شخصاً أصيبوا بجروح متفاوتة.")
    assert ("killed", 9) in got and ("injured", 27) in got and ("killed", 5) not in got
    # a sentence that opens with the earlier report keeps its second clause in it
    assert _read("وكانت الوزارة قد أعلنت في وقت سابق مقتل خمسة، وأن 20 شخصاً أصيبوا.") == []


def test_prec52_ar_the_cases_heading_takes_the_last_case_toll():
    # "وتوزعت الحالات بحسب أطراف النزاع على النحو التالي:" (blind52 ar 003): rules.the_cases_heading
    text = ("وثقت المنظمة في أيار ما لا يقل عن 140 حالة اعتقال تعسفي في اليمن، بينها 5 أطفال.\n"
            "وتوزعت الحالات بحسب الجهة المنفذة على النحو التالي:\n"
            "جماعة الحوثي: 90، بينها 3 أطفال\nالقوات الحكومية:  50")
    got = _read(text)
    assert ("detained", 140) in got and ("detained", 90) in got and ("detained", 50) in got and ("detained", 3) in got


def test_prec52_ar_a_count_after_a_month_name():
    # "خلال شهر تموز 27 حالة اعتقال", "منذ مطلع تموز 56 مواطناً" (blind52 ar 004, 010): rules.count_after_month
    got = _read("ووثقت الرابطة خلال شهر آذار 33 حالة اعتقال في محافظة السويداء، منها 20 على يد الأمن العسكري.")
    assert ("detained", 33) in got and ("detained", 20) in got
    got = _read("وقالت الهيئة إن الشرطة اعتقلت منذ مطلع أيار 48 مواطناً من الخليل، بينهم 6 أطفال.")
    assert ("detained", 48) in got and ("detained", 6) in got
    # a year after the month stays a date
    assert _read("قتل 5 مدنيين في قصف في آذار 2021.") == [("killed", 5)]


def test_prec52_ar_a_bare_count_compared_with_another_period():
    # "مقتل 623 شخصاً …، مقابل 547 في كانون الثاني الفائت" (blind51 ar 009): rules.kind_compared_period
    got = _read("وثقت الشبكة خلال شهر آذار مقتل 310 مدنيين في مختلف المحافظات، مقابل 284 في شباط الماضي.")
    assert got == [("killed", 310), ("killed", 284)]
    # an exchange names its prisoners: no count of the period
    assert _read("أفرجت الحركة عن 13 رهينة، مقابل 39 أسيراً فلسطينياً.") == []


def test_prec54_ar_prisoners_a_side_sets_free_are_no_detention():
    # "يطلق الحوثيون 181 أسيراً، بينهم 15 سعودياً" (blind53 ar 007): rules.veto_release_verb_before, parts included
    assert _read("وبموجب الاتفاق تطلق إسرائيل 90 أسيراً فلسطينياً، بينهم 12 طفلاً و8 نساء.") == []
    assert _read("وتسلم روسيا 75 أسيراً أوكرانياً، مقابل 75 من جنودها.") == []
    # an arrest stays a detention
    assert ("detained", 40) in _read("اعتقلت القوات الإسرائيلية 40 فلسطينياً في الضفة الغربية.")


def test_prec54_ar_a_first_toll_the_source_came_back_to_fix():
    # "حصيلة أولى من تسعة قتلى، قبل أن يعود … ليثبّتها عند 12 قتيلاً" (blind53 ar 002): rules.corrected_later_in_sentence
    # (first_toll_named_at, came_back_before) and rules.veto_returned (no returnees after "قبل أن يعود")
    got = _read("وأعلن محافظ بيروت ليلاً حصيلة أولى من ستة قتلى، قبل أن يعود في الصباح ليرفعها إلى 15 قتيلاً، بينهم ثلاثة أطفال.")
    assert ("killed", 6) not in got and ("killed", 15) in got and ("killed", 3) in got
    # returnees stay no figure
    assert _read("وقالت المنظمة إنه يعود نحو 400 نازح إلى قراهم كل يوم.") == []


def test_prec54_ar_people_taken_then_found_killed_are_killed():
    # "اختطفت الميليشيا … ثلاثة من متطوعي المطبخ …، عُثر عليهم لاحقاً مقتولين" (blind54 ar 014):
    # lexicon.KILLED_AFTER_TAKEN_MANY, rules.abducted_then_killed
    assert _read("وخطف مسلحون أربعة من عمال الإغاثة في ريف الفاشر، وعُثر عليهم بعد يومين مقتولين قرب الوادي.") == [("killed", 4)]


def test_prec54_ar_missing_people_found_are_no_figure():
    # "123 بلاغاً عن متظاهرين مفقودين، عُثر على 98 منهم" (blind53 ar 014): rules.veto_found_of_them
    got = _read("واعتقلت الشرطة 300 طالب في طهران. وتلقت اللجنة 60 شكوى عن طلاب مفقودين، عُثر على 41 منهم في مراكز الاحتجاز.")
    assert ("detained", 41) not in got and ("detained", 300) in got
    # found dead stay a figure
    assert ("killed", 5) in _read("واختطف مسلحون 20 شخصاً، وعُثر على 5 منهم مقتولين.")


def test_prec54_ar_a_kin_list_closed_by_numbered_kin_counts_everyone():
    # "ومنهم عائلة كاملة: الأب والأم وأطفالهما الخمسة" (blind53 ar 008): rules.definite_kin_before in kin_with_number
    got = _read("وقتل 28 شخصاً في القصف على خان يونس، بينهم أسرة واحدة: الأب والأم وأبناؤهما الأربعة.")
    assert ("killed", 28) in got and ("killed", 6) in got and ("killed", 4) not in got


def test_prec54_ar_a_lowered_toll_stands_before_its_earlier_one():
    # "خفضت السلطات … عدد قتلى الحريق … إلى 107، بعد أن أعلنت في وقت سابق أن 113 لقوا حتفهم" (blind54 ar 007):
    # lexicon.LOWER_WORDS in the revision context (arabic._sentence_context)
    got = _read("وخفض الدفاع المدني عدد قتلى الغارة على السوق في إدلب إلى 31، بعد أن أعلن في وقت سابق أن 40 لقوا حتفهم.")
    assert got == [("killed", 31)]
    got = _read("خفضت الشرطة عدد قتلى التدافع في الملعب إلى 125، بعد أن أعلنت في وقت سابق أن 174 لقوا حتفهم.")
    assert ("killed", 125) in got and ("killed", 174) not in got


def test_prec54_ar_two_children_of_a_kin_in_a_kin_list():
    # "أن عمه وابني عمه قُتلوا داخل المنزل" (blind54 ar 004): lexicon.AND_CHILDREN_TWO_OF in rules.cousin_listed,
    # kin_list_from and kin_list_before_verb
    assert _read("وقال شاهد من بلدة عيتا الشعب إن خاله وابني خاله قتلوا في الغارة.") == [("killed", 3)]
    assert ("injured", 3) in _read("وأصيب والده وابنتي عمه في القصف على مخيم جباليا.")


def test_prec54_ar_one_person_held_whose_fate_is_unknown_is_missing():
    # "قالت عائلة صحفي اعتقل قبل عامين إن مصيره لا يزال مجهولاً" (blind53 ar 007): lexicon.OWN_FATE_ONE in
    # rules.held_then_fate_unknown (a span of time between is no count)
    assert _read("وقالت أسرة طبيب اعتقل قبل ثلاثة أشهر في دمشق إن مصيره لا يزال مجهولاً.") == [("missing", 1)]
    assert _read("اعتقلت الشرطة ناشطاً في الخرطوم، وقالت أسرته إن مصيره لا يزال مجهولاً.") == [("missing", 1)]


def test_prec56_ar_a_quoted_ceiling_on_a_toll_with_a_preposition_counts_nobody():
    # 'قدر … عدد القتلى … "بأقل من مئة"' (blind56 ar 013): lexicon.TOLL_CEILINGS with "ب"/"بما", an adjective
    # and quote marks between, in rules.veto_toll_ceiling
    assert _read('وقدرت الشرطة عدد القتلى المدنيين "بأقل من خمسين"، من دون تفاصيل.') == []
    assert _read("وقدر الجيش عدد الجرحى بما دون 40 في اشتباكات الموصل.") == []
    assert ("killed", 20) in _read("وقتل أقل من 20 منهم في الغارة على حلب.")


def test_prec56_ar_a_fraction_of_a_population_is_no_count():
    # "نزوح أكثر من ثلاثة أرباع سكانها" (blind56 ar 014): lexicon.FRACTION_PARTS, rules.veto_fraction_of_population
    assert _read("وأفادت الأمم المتحدة بنزوح أكثر من ثلاثة أرباع سكان الإقليم بعد المعارك.") == []
    assert _read("قتل 12 مدنياً في القصف على درنة، ونزح ثلاثة أخماس أهاليها.") == [("killed", 12)]


def test_prec56_ar_the_last_conjunct_of_an_unread_count_is_no_person_of_its_own():
    # "وهم ثلاثة رجال وامرأة احتُجزوا" (blind56 ar 013): rules.conjunct_of_unread_count in noun_before_verb
    assert _read("وقالت الحكومة إن الرهائن الخمسة، وهم أربعة رجال وامرأة اختطفوا في مالي، نقلوا إلى باماكو.") == []
    assert ("killed", 1) in _read("وقالت الشرطة إن رجلاً قتل وامرأة أصيبت في الهجوم على السوق.")


def test_prec56_ar_one_more_in_a_place_with_no_comma_before():
    # "مقتل مدني في ذيبان وآخر في الشحيل" (blind55 ar 001, blind56 ar 009): rules.another_coordinated
    got = _read("وشهد يوم أمس مقتل مدني في الميادين وآخر في هجين و٣ في البوكمال، جراء القصف.")
    assert got.count(("killed", 1)) == 2 and ("killed", 3) in got
    assert _read("قتل جندي في مأرب وآخر في تعز.").count(("killed", 1)) == 2


def test_prec58_ar_a_part_of_rescued_people_taken_wounded_is_injured():
    # "إنقاذ N ناجياً …، فيما نُقل ستة منهم مصابين إلى المستشفى" (blind57 ar 009): rules.kind_part_taken_wounded,
    # not a part of the missing figure told before
    got = _read("فُقد 30 مهاجراً بعد غرق قاربهم قبالة جزيرة لامبيدوزا. وأنقذ خفر السواحل 45 ناجياً، "
                "ونُقل أربعة منهم مصابين إلى مستشفى الجزيرة.")
    assert got == [("missing", 30), ("injured", 4)]
    got = _read("قتل 15 شخصاً في القصف على إدلب، وأصيب 40 آخرون، 6 منهم مصابون بجروح خطيرة.")
    assert ("killed", 15) in got and ("injured", 40) in got and ("injured", 6) in got


def test_a_count_told_in_the_first_toll_is_superseded():
    # "استقرت في 38 قتيلاً، مقابل 27 قتيلاً في الحصيلة الأولى" (blind58 ar 010): rules.counted_in_first_toll
    got = extract("أعلنت السلطات أن حصيلة التفجير ارتفعت إلى 19 قتيلاً، مقابل 11 قتيلاً في الحصيلة الأولى "
                  "التي أعلنتها الشرطة صباح أمس.", lang="ar")
    assert [(f.kind, f.count) for f in got if not f.superseded] == [("killed", 19)]
    got = extract("وقال المستشفى إنه استقبل 40 جريحاً، مقابل 25 جريحاً في حصيلة سابقة.", lang="ar")
    assert [(f.kind, f.count) for f in got if not f.superseded] == [("injured", 40)]
    # a count "in the toll" that is not named first or earlier stands
    got = extract("قتل 19 شخصاً في الهجوم، بينهم 4 أطفال في الحصيلة النهائية.", lang="ar")
    assert ("killed", 4) in [(f.kind, f.count) for f in got if not f.superseded]


def test_prec60_ar_a_first_communique_is_the_earlier_toll():
    # "وكانت الوزارة قد أعلنت في بلاغها الأول … مقتل أربعة أشخاص" after a raised toll (blind59 ar 012):
    # lexicon.STATEMENT_OWN ("بلاغها") in rules.in_first_statement
    got = _read("ارتفع عدد قتلى الانفجار في ميناء صفاقس إلى تسعة. وكانت الحماية المدنية قد أعلنت في بلاغها "
                "الأول صباح أمس وفاة ستة عمال.")
    assert got == [("killed", 9)]
    # a first communiqué with no later toll stands
    assert _read("وأعلنت الشرطة في بلاغها الأول مساء اليوم مقتل ثلاثة أشخاص في الهجوم على المقهى.") == [("killed", 3)]


def test_prec60_ar_the_toll_of_the_previous_report_is_superseded():
    # "وكانت الحصيلة الواردة في التقرير السابق 9,770 قتيلاً" (blind60 ar 003): lexicon.EARLIER_MASCULINE after
    # lexicon.EARLIER_REPORTS, rules.earlier_report_named
    got = _read("وأفادت الوزارة بمقتل 1,240 شخصاً في الإقليم منذ مطلع العام. وكان العدد المسجل في البيان السابق "
                "1,105 قتلى.")
    assert got == [("killed", 1240)]
    # "the day before" is a date, no earlier report
    assert _read("وقُتل 14 مدنياً في اليوم السابق للاجتماع في قصف على السوق.") == [("killed", 14)]


def test_prec60_ar_a_threshold_passed_for_the_first_time_is_no_new_figure():
    # "وهذه أول مرة يتجاوز فيها عدد القتلى … عشرة آلاف شخص" (blind60 ar 003): lexicon.FIRST_TIME,
    # rules.veto_threshold_passed
    got = _read("قالت الوزارة إن 5,130 شخصاً قُتلوا في الإقليم منذ بدء المعارك. وهذه المرة الأولى التي يتجاوز فيها "
                "عدد القتلى المسجل خمسة آلاف شخص.")
    assert got == [("killed", 5130)]
    # with no toll told before, the count stays the toll; so does a toll passed with no "first time"
    assert _read("وتجاوز عدد القتلى للمرة الأولى منذ بدء الحرب 500 قتيل.") == [("killed", 500)]
    assert ("killed", 500) in _read("قتل 600 شخص في الهجمات. وتجاوز عدد القتلى في الإقليم 500 قتيل.")


def test_prec60_ar_victims_split_by_a_dash_aside_are_killed_and_wounded_together():
    # "5,183 ضحية في صفوف المدنيين … – 1,659 قتيلاً و3,524 جريحاً –" (blind60 ar 009): lexicon.DASH_ASIDE_REACH,
    # rules.combined_victims_total (the English combined_casualties)
    got = _read("وسجلت البعثة 2,310 ضحايا في صفوف المدنيين في الأقاليم الشمالية خلال الربع الأول من العام "
                "– 812 قتيلاً و1,498 جريحاً – معظمهم في هجمات بالعبوات.")
    assert got == [("killed", 812), ("injured", 1498)]
    # victims the aside does not sum to stay a toll of the dead
    got = _read("وسجلت البعثة 900 ضحية في صفوف المدنيين في الأقاليم الشمالية خلال الربع الأول من العام "
                "– 120 منهم أطفال –.")
    assert ("killed", 900) in got


def test_prec60_ar_kin_listed_after_along_with_a_few_words_on_are_one_group():
    # "لقي حتفه في يناير مع والدته وشقيقيه وزوجة أخيه" (blind60 ar 012): rules.kin_list_along_with in
    # after_cue_object (one kin list of 4, not the dual alone)
    got = _read("وقالت العائلة إن الطبيب قتل في غارة ليلية مع زوجته وابنتيه.")
    assert got == [("killed", 3)]
    # a dual object of its own stays two
    assert _read("اعتقلت قوات الأمن في المداهمة شقيقين.") == [("detained", 2)]


def test_prec60_ar_first_figures_told_after_the_current_toll_are_earlier():
    # "…، وهي حصيلة تتجاوز كثيراً الأرقام الأولية التي تحدثت عن أكثر من 100 قتيل" (blind59 ar 005):
    # rules.first_figures_told_after_toll
    got = _read("قالت المنظمة إن 230 مدنياً على الأقل قتلوا في الهجوم على القرية، وهي حصيلة تفوق بكثير التقديرات "
                "الأولية التي أشارت إلى نحو 60 قتيلاً.")
    assert got == [("killed", 230)]
    # the first toll named with no relative keeps the parts of the current one; a first toll alone stands
    assert _read("قتل 12 شخصاً بحسب الحصيلة الأولية، بينهم 3 أطفال.") == [("killed", 12), ("killed", 3)]
    assert _read("وقالت الوزارة إن الحصيلة الأولية التي أعلنتها تشير إلى 30 قتيلاً.") == [("killed", 30)]


def test_prec60_ar_an_earlier_count_up_to_a_day_is_superseded_by_a_larger_toll():
    # "وكانت السلطات قد سجلت حتى ١٢ آب ٣٢ حالة وفاة" after 57 deaths (blind59 ar 011): lexicon.UNTIL_DATE,
    # rules.earlier_count_up_to_date
    got = _read("أفادت وزارة الصحة بإصابة 140 متظاهراً بالرصاص منذ بدء الاحتجاجات. وكانت الوزارة قد وثقت حتى "
                "3 أيار 95 جريحاً.")
    assert got == [("injured", 140)]
    # with no larger toll of the kind before, the count up to that day stands
    got = _read("قُتل 20 شخصاً في الغارة على السوق. وكانت الوزارة قد وثقت حتى 3 أيار 95 جريحاً.")
    assert got == [("killed", 20), ("injured", 95)]


def test_prec60_ar_one_person_suspected_inside_a_counted_group_is_no_figure():
    # "15 مشتبهاً بهم …، بينهم رجل يُعتقد أنه ساعد …" (blind59 ar 013; also blind19 ar 009): lexicon.SUSPECTED_OF
    # in rules.person_told_of_in_group
    assert _read("وأوقفت الشرطة 9 أشخاص في المدينة، بينهم شاب يشتبه في أنه صنع العبوة.") == [("detained", 9)]
    # a category keeps its figure, and so does a person with no suspicion told
    got = _read("وأوقفت الشرطة 9 أشخاص في المدينة، بينهم امرأة يعتقد أنها نقلت الأسلحة.")
    assert got == [("detained", 9), ("detained", 1)]
    assert _read("اعتقلت الشرطة 9 أشخاص، بينهم شاب.") == [("detained", 9), ("detained", 1)]


def test_prec60_ar_rows_under_the_toll_included_heading_are_its_parts():
    # "وتضمنت الحصيلة:" then "قوات النظام والمسلحين الموالين لها: 9" (blind60 ar 001): lexicon.INCLUDED_HEADING_MAX,
    # rules.included_heading in toll_heading_head (parts of the toll, not cells waiting for a total line)
    got = _read("ارتفع عدد قتلى المعارك في ريف حماة إلى 35 شخصاً.\nوتضمنت الحصيلة:\nمدنيون: 12\n"
                "عناصر من قوات النظام: 23")
    assert got == [("killed", 35), ("killed", 12), ("killed", 23)]
    # with no toll before, the rows still wait for a kind
    assert _read("وتضمنت الحصيلة:\nمدنيون: 12\nعناصر من قوات النظام: 23") == []


def test_prec62_ar_a_couples_counted_children_close_a_kin_list_named_one_family():
    # "استشهاد الأب والأم وثلاثة من أبنائهما من عائلة واحدة" (blind61 ar 006): lexicon.COUPLE_KIN,
    # rules.one_family_after in kin_counted (one figure of 5)
    got = _read("وقالت مصادر محلية إن غارة على حي الشجاعية أدت إلى مقتل الأب والأم واثنين من أطفالهما من عائلة واحدة.")
    assert got == [("killed", 4)]
    # with no "one family" after the list the parents and the counted children stay apart (blind32 ar 019)
    got = _read("وأفاد مراسلنا بأن أسرة قضت في الطابق الأول، إذ استشهد الأب والأم وأربعة من أولادهما، فيما نجا جدهم.")
    assert got == [("killed", 2), ("killed", 4)]


def test_prec62_ar_an_earlier_estimate_opening_a_quoted_paragraph_is_superseded():
    # '"وكانت التقديرات الأولية قد أشارت إلى مقتل 29 طفلاً، غير أن الحصيلة ارتفعت …' (blind61 ar 007):
    # lexicon.QUOTE_OPENERS, rules.past_opening_quote in arabic._sentence_context
    got = _read('وقال المتحدث: "قُتل 18 مدنياً في القصف على المدرسة.\n"وكانت التقديرات الأولية قد أشارت إلى مقتل '
                '11 مدنياً، غير أن الحصيلة ارتفعت بعد انتشال جثث أخرى.')
    assert got == [("killed", 18)]
    # a quoted paragraph that tells no earlier toll keeps its figures
    got = _read('وقال المتحدث: "قُتل 18 مدنياً في القصف على المدرسة.\n"وأصيب 40 آخرون بجروح متفاوتة.')
    assert got == [("killed", 18), ("injured", 40)]


def test_prec62_ar_a_statement_of_a_named_day_after_the_new_figures_is_earlier():
    # "…، وأن 333 آخرين أصيبوا، بعد أن تحدث الرئيس … مساء السبت عن أكثر من 100 قتيل و300 جريح" (blind61 ar 014):
    # rules.reported_on_named_day in earlier_statement_after
    got = _read("وأعلنت الوزارة أن 47 شخصاً قتلوا وأن 90 آخرين أصيبوا، بعد أن تحدث المحافظ صباح الأحد عن 30 قتيلاً "
                "و60 جريحاً.")
    assert got == [("killed", 47), ("injured", 90)]
    # with no day named the statement after "بعد أن" may be another event's: its figures stay
    got = _read("وأعلن الجيش مقتل 6 من جنوده في الكمين، بعد أن أعلن مقتل 4 من عناصره في هجوم على حاجز.")
    assert got == [("killed", 6), ("killed", 4)]


def test_prec62_ar_victims_with_an_adjective_between_killed_and_wounded_are_no_toll():
    # "ألفاً وأربعة عشر ضحية مدنية بين قتيل وجريح" (blind61 ar 014): rules.combined_between_at in
    # read_after_noun (killed and wounded together, kind other: no figure)
    assert _read("وسجلت المنظمة منذ مطلع العام 640 ضحية مدنية بين قتيل وجريح في الإقليم.") == []
    # victims with an adjective and no "between killed and wounded" are a death toll
    assert _read("وسجلت المنظمة منذ مطلع العام 640 ضحية مدنية في الإقليم.") == [("killed", 640)]


def test_prec62_ar_a_policeman_inside_a_counted_toll_is_no_figure():
    # "من بين القتلى شرطي مرور كان يعمل عند مدخل الساحة" (blind62 ar 007): "شرطي" in lexicon.ROLE_NOUNS,
    # read by rules.role_inside_group
    got = _read("قتل 14 شخصاً في انفجار سيارة مفخخة قرب المحكمة. وكان من بين القتلى شرطي كان يحرس البوابة.")
    assert got == [("killed", 14)]
    # a category noun inside the toll keeps its figure
    got = _read("قتل 14 شخصاً في انفجار سيارة مفخخة قرب المحكمة. وكان من بين القتلى طفل كان يلعب قرب البوابة.")
    assert got == [("killed", 14), ("killed", 1)]


def test_prec62_ar_tourists_are_people():
    # "وفاة 21 سائحاً من جنسيات مختلفة" (blind62 ar 010; blind24 ar 021, blind28 ar 015, blind29 ar 022,
    # blind30 ar 024, blind34 ar 025 read too): tourists in lexicon.PEOPLE_SPEC
    assert _read("قتل 17 سائحاً في هجوم على فندق في المدينة الساحلية.") == [("killed", 17)]
    # tourists with no casualty word are no figure
    assert _read("وزار 300 سائح المدينة الأثرية خلال العطلة.") == []


def test_prec62_ar_a_nationality_row_restates_the_part_counted_before():
    # "البريطانيون: 30" after "أن 38 سائحاً، بينهم 30 بريطانياً، لقوا حتفهم" (blind29 ar 022):
    # lexicon.NISBA_PLURAL_ENDINGS, rules.row_restating_named_part
    got = _read("أعلنت الوزارة أن 26 سائحاً، بينهم 9 هولنديين، قتلوا في الهجوم على الفندق.\n"
                "وتوزع الضحايا حسب الجنسية:\nالهولنديون: 9\nالفرنسيون: 17")
    assert got == [("killed", 26), ("killed", 9), ("killed", 17)]
    # a row of another nationality with the same count is its own figure
    got = _read("أعلنت الوزارة أن 26 سائحاً، بينهم 9 هولنديين، قتلوا في الهجوم على الفندق.\n"
                "وتوزع الضحايا حسب الجنسية:\nالإيطاليون: 9\nالفرنسيون: 17")
    assert got == [("killed", 26), ("killed", 9), ("killed", 9), ("killed", 17)]


def test_prec64_ar_an_earlier_statement_late_in_an_evening_is_superseded():
    # "وكانت الوزارة قد أعلنت في وقت متأخر من مساء الثلاثاء مقتل تسعة أشخاص وإصابة 2750" (blind63 ar 009):
    # lexicon.LATE_OR_EARLY, rules.past_late_or_early in earlier_report_at
    got = _read("قالت وزارة الداخلية يوم الجمعة إن عدد قتلى الانفجار في الميناء ارتفع إلى 31 قتيلاً، فيما أصيب 140 شخصاً.\n"
                "وكانت الوزارة قد أعلنت في وقت مبكر من صباح الخميس مقتل 20 شخصاً وإصابة 95.")
    assert got == [("killed", 31), ("injured", 140)]
    # "في وقت متأخر" with no time of day after it tells no earlier report: the figures stay
    got = _read("وكان مسلحون قد هاجموا في وقت متأخر من الأسبوع قرية في الشمال ما أدى إلى مقتل 7 أشخاص.")
    assert got == [("killed", 7)]


def test_prec64_ar_one_of_a_counted_part_named_when_the_toll_is_told_again_is_no_figure():
    # "ارتفع إلى 12 قتيلاً بينهم طفلان" … "لدينا 12 شهيداً حتى الآن، بينهم طفلة في الثامنة" (blind63 ar 009;
    # blind44 ar 014: "وبين الشهداء طفلة في العاشرة"): rules.one_of_counted_part_again
    got = _read("أعلنت الوزارة ارتفاع حصيلة القصف على السوق إلى 17 قتيلاً بينهم ثلاث نساء.\n"
                "وقال المتحدث: \"لدينا 17 قتيلاً، بينهم امرأة حامل\".")
    assert got == [("killed", 17), ("killed", 3)]
    got = _read("أعلنت الوزارة ارتفاع حصيلة القصف على السوق إلى 17 قتيلاً بينهم ثلاث نساء.\n"
                "وبين القتلى امرأة حامل كانت تتسوق مع ابنتها.")
    assert got == [("killed", 17), ("killed", 3)]
    # in the same sentence a woman after the count of women is one more
    got = _read("أعلنت الوزارة ارتفاع حصيلة القصف على السوق إلى 17 قتيلاً بينهم ثلاث نساء وطفل وامرأة مسنة.")
    assert ("killed", 3) in got and got.count(("killed", 1)) == 2


def test_prec64_ar_figures_denied_or_amended_after_before_that_are_superseded():
    # "وكانت أرقام … قد تحدثت عن 11,300 وفاة، قبل أن تنفي الجمعية صدورها عنها" (blind63 ar 007), "وكانت نسخة
    # سابقة من تقرير … قد أوردت … 11300 وفاة و10100 مفقود، قبل أن يُعدَّل التقرير" (blind64 ar 009):
    # lexicon.REPORTED_FIGURES, DENIED_OR_AMENDED, rules.report_denied_or_amended
    got = _read("قالت السلطات إن 640 شخصاً لقوا حتفهم في الانهيار الأرضي.\n"
                "وكانت تقديرات نشرتها صحف محلية في اليوم الأول قد تحدثت عن 2000 قتيل و900 مفقود، قبل أن تنفي "
                "السلطات صحتها.")
    assert got == [("killed", 640)]
    got = _read("قالت المنظمة إن 73 شخصاً قتلوا في القصف.\n"
                "وكان تقرير سابق للمنظمة قد أشار إلى مقتل 90 شخصاً، قبل أن يُصحَّح التقرير.")
    assert got == [("killed", 73)]
    # a source that denies something else after its figures keeps them
    got = _read("وكان الجيش قد أعلن مقتل 12 مسلحاً في الغارة، قبل أن تنفي الجماعة مسؤوليتها عن الهجوم.")
    assert got == [("killed", 12)]


def test_prec64_ar_an_earlier_statement_named_by_a_raised_toll_is_superseded_with_its_companions():
    # "18:30 | …: 210 شهداء وأكثر من 400 جريح" … "21:20 | وزارة الصحة ترفع حصيلة المجزرة إلى 274 شهيداً و698
    # إصابة، بعد أن كان المكتب الإعلامي الحكومي قد أعلن 210 شهداء" (blind63 ar 006): rules.earlier_statement_told_in_rise
    got = _read("10:15 | الدفاع المدني: 35 قتيلاً و80 جريحاً في قصف السوق الشعبي.\n"
                "13:40 | وزارة الصحة ترفع حصيلة قصف السوق إلى 52 قتيلاً و131 جريحاً، بعد أن كان الدفاع المدني قد أعلن "
                "35 قتيلاً.")
    assert got == [("killed", 52), ("injured", 131)]
    # an earlier post of another count (another event's) stays
    got = _read("10:15 | الدفاع المدني: 6 قتلى و9 جرحى في غارة على حي الزيتون.\n"
                "13:40 | وزارة الصحة ترفع حصيلة قصف السوق إلى 52 قتيلاً و131 جريحاً، بعد أن كان الدفاع المدني قد أعلن "
                "35 قتيلاً.")
    assert got == [("killed", 6), ("injured", 9), ("killed", 52), ("injured", 131)]


def test_prec64_ar_people_whose_release_is_welcomed_are_no_detention():
    # "ورحبت الرابطة بالإفراج عن 887 محتجزاً في صفقة التبادل" (blind63 ar 004): "بالإفراج"/"للإفراج" in
    # lexicon.RELEASED (rules.veto_released)
    assert _read("وطالبت المنظمة بالإفراج عن 42 معتقلاً من الصحفيين والناشطين.") == []
    assert _read("ودعت اللجنة للإفراج عن 15 محتجزاً في السجن المركزي.") == []
    # an arrest told with its count stays
    assert _read("وشنت القوات حملة دهم أسفرت عن اعتقال 42 شخصاً في البلدة.") == [("detained", 42)]


def test_prec64_ar_two_sons_in_the_dual_open_a_lost_kin_list():
    # "إنه فقد ولديه وشقيقه وابن عمه" (blind63 ar 002): 4 ("ولديه" in lexicon.KIN_DUALS, rules.lost_kin_at)
    got = _read("وقال أحد سكان الحي إنه فقد ولديها وزوجته وابن أخيه في القصف.")
    got2 = _read("وقالت امرأة من الحي إنها فقدت ولديها ووالدتها في القصف.")
    assert got == [("killed", 4)] and got2 == [("killed", 3)]
    # "ولديه" with no kin list after it is "and he has": no figure
    assert _read("وقال الرجل إن منزله دُمّر ولديه خمسة أطفال يعيشون في خيمة.") == []


def test_prec64_ar_no_one_after_a_negation_is_no_figure():
    # "وإن أسراً بأكملها لم يبق منها أحد" (blind63 ar 002): rules.veto_no_one
    assert _read("قتل 30 شخصاً في القصف، وقال شهود إن عائلات كاملة لم ينج منها أحد.") == [("killed", 30)]
    # "أحد" with no negation stays one person
    assert _read("وقتل أحد عناصر الشرطة في الانفجار.") == [("killed", 1)]
    assert _read("قتل 30 شخصاً في القصف، بينهم أحد الأطباء.") == [("killed", 30), ("killed", 1)]


def test_prec64_ar_one_of_the_last_things_is_no_person():
    # "قُتلوا أثناء تشغيلهم واحداً من آخر المراكز الصحية العاملة" (blind63 ar 005): lexicon.SUPERLATIVES_OF,
    # rules.veto_one_of_things
    got = _read("قتل 50 شخصاً في القصف. ومن بين الضحايا خمسة من العاملين في منظمة طبية، قتلوا أثناء إدارتهم "
                "واحداً من آخر المستشفيات العاملة في المدينة.")
    assert got == [("killed", 50), ("killed", 5)]
    # one of a plural of people stays
    got = _read("وقتل 4 مسعفين في القصف، وأصيب واحد من المتطوعين بجروح.")
    assert got == [("killed", 4), ("injured", 1)]


def test_prec64_ar_rows_after_a_distribution_of_the_dead_count_the_dead():
    # "إن نحو 2100 شخص أصيبوا بجروح، وإن القتلى توزعوا على المديريات … كالآتي – زنده جان: 1294 قتيلاً، إنجيل: 124،
    # غوريان: 62" (blind63 ar 011): rules.distributed_kind in kind_table_cell, lexicon.DISTRIBUTED_KIND_REACH
    got = _read("وقال المحافظ إن 340 شخصاً أصيبوا، وإن القتلى توزعوا على البلدات كالآتي – الصالحية: 51 قتيلاً، "
                "الحمراء: 23، الوادي: 9.")
    assert got == [("injured", 340), ("killed", 51), ("killed", 23), ("killed", 9)]
    # with no distribution of another kind named, the rows keep the sentence's kind
    got = _read("وقال المحافظ إن 340 شخصاً أصيبوا في البلدات كالآتي – الصالحية: 51 جريحاً، الحمراء: 23، الوادي: 9.")
    assert got == [("injured", 340), ("injured", 51), ("injured", 23), ("injured", 9)]


def test_prec64_ar_a_kin_noun_whose_first_letter_is_waw_is_no_coordinated_person():
    # "من بين القتلى طفل كان يرافق والده" (the known bug the blind61/62 pass left): "والده" is no "و" + kin
    # (rules.noun_in_group_or_coordinated)
    got = _read("قتل 11 شخصاً في القصف على الحي. ومن بين القتلى شاب كان يساعد والدته في نقل الجرحى.")
    assert got == [("killed", 11), ("killed", 1)]
    # a kin noun after the conjunction is one more person (since the blind66 pass the person and their kin
    # after "ومن بين القتلى" are one figure, as after "بينهم": rules.person_and_kin_in_group)
    got = _read("قتل 11 شخصاً في القصف على الحي. ومن بين القتلى شاب ووالدته.")
    assert got == [("killed", 11), ("killed", 2)]


def test_prec64_ar_a_dash_after_as_follows_opens_a_distribution_of_the_dead():
    # "موضحاً أن توزيع القتلى بحسب القرى جاء كالآتي - 63 في إنتازاين و48 في باكورات و30 في ويستان" (blind64 ar 011):
    # lexicon.AS_FOLLOWS, rules.dash_distribution_head (a dash in lexicon.INTERESTING)
    got = _read("ارتفعت حصيلة الغارات على الريف الشرقي إلى 57 قتيلاً.\nوقال المسؤول إن توزيع القتلى بحسب البلدات "
                "جاء كالتالي - 31 في العامرية و26 في السلام.")
    assert got == [("killed", 57), ("killed", 31), ("killed", 26)]
    # a dash after "as follows" with no casualty noun by the distribution opens nothing
    got = _read("ارتفعت حصيلة الغارات على الريف الشرقي إلى 57 قتيلاً.\nوقال المسؤول إن توزيع المساعدات بحسب البلدات "
                "جاء كالتالي - 31 في العامرية و26 في السلام.")
    assert got == [("killed", 57)]


def test_prec68_ar_a_numeral_stressing_a_vowelled_dual_is_no_second_figure():
    # "بين الشهداء مسعفَين اثنين من الهيئة الصحية" (blind68 ar 002): rules.veto_two_after_dual reads the dual
    # from its vowels (Reading.dual), as "مدنيان اثنان"
    got = _read("قتل 40 شخصاً في القصف، وبين القتلى ممرضَين اثنين من المستشفى الميداني.")
    assert got == [("killed", 40), ("killed", 2)]
    # a two with no dual before it stays the count
    got = _read("قتل 40 شخصاً في القصف، بينهم اثنان من ممرضي المستشفى الميداني.")
    assert got == [("killed", 40), ("killed", 2)]


def test_prec68_ar_an_earlier_statement_made_to_reporters_on_a_named_day_is_superseded():
    # "وكان الرئيس … قد قال للصحفيين يوم الأحد إن 100 شخص على الأقل قُتلوا وأصيب 300" after "ارتفع إلى 121"
    # (blind68 ar 005): lexicon.ADDRESSEES in rules.reported_on_day (earlier_statement_on_day)
    got = _read("قال الجيش يوم الخميس إن عدد قتلى الهجوم على القاعدة ارتفع إلى 48، وإن 90 آخرين أصيبوا.\n"
                "وكان المتحدث باسم الجيش قد قال لرويترز يوم الأربعاء إن 30 جندياً قتلوا وأصيب 70 في الهجوم.")
    assert got == [("killed", 48), ("injured", 90)]
    # with no toll revised upwards, the statement on a named day is another figure and stays
    got = _read("قال الجيش يوم الخميس إن 48 جندياً قتلوا في الهجوم على القاعدة.\n"
                "وكان المتحدث باسم الجيش قد قال لرويترز يوم الأربعاء إن 30 مسلحاً اعتقلوا في المدينة.")
    assert got == [("killed", 48), ("detained", 30)]


def test_prec68_ar_displaced_people_killed_with_a_date_between_verb_and_count_are_killed():
    # "قُتل في 15 نيسان/أبريل 14 نازحاً في مخيم أبو شوك" (blind67 ar 005): rules.only_time_between in
    # kind_own_noun (displaced_as_victims), as "قتل 14 نازحاً"
    assert _read("وأصيب في 3 آذار/مارس 9 نازحين بقصف على مخيم الريف الغربي.") == [("injured", 9)]
    assert _read("وقتل يوم الخميس 6 نازحين في غارة على مدرسة تؤويهم.") == [("killed", 6)]
    # a verb that already has its own count leaves the displaced after a time phrase displaced
    got = _read("قتل 3 أشخاص في القصف يوم الأحد، فيما وصل صباح الاثنين 2000 نازح إلى المدينة.")
    assert got == [("killed", 3), ("displaced", 2000)]


def test_prec68_ar_a_clause_opening_with_a_present_verb_is_no_gapped_line():
    # "إذ نزح 1.1 مليون شخص …، ويعاني نحو 1.8 مليون طفل من سوء التغذية الحاد" (blind65 ar 013):
    # rules.opens_with_present_verb in kind_gapped_line
    got = _read("وأسفرت المعارك عن نزوح 300 ألف شخص منذ مطلع العام، ويحتاج نحو 2 مليون شخص إلى مساعدات غذائية.")
    assert got == [("displaced", 300000)]
    # a perpetrator line with its verb left out keeps the figure's kind
    got = _read("قوات النظام قتلت 9 مدنيين، والقوات الروسية 4 مدنيين.")
    assert got == [("killed", 9), ("killed", 4)]


def test_prec68_ar_a_figure_named_and_withdrawn_or_declared_unverified_after_before_that_is_superseded():
    # "وكانت أرقام متداولة … قد أشارت إلى 11300 وفاة، قبل أن توضح الجهات المختصة أن هذا الرقم غير موثق"
    # (blind65 ar 009), "إذ كان مكتب … قد تحدث عن ١١٣٠٠ وفاة قبل أن يتراجع عن هذا الرقم" (blind66 ar 002):
    # rules.figure_itself_withdrawn, lexicon.THIS_FIGURE, THE_FIGURE, UNVERIFIED
    got = _read("قالت الوزارة إن 212 شخصاً قتلوا في القصف على المدينة.\n"
                "وكانت أرقام تداولتها مواقع محلية قد تحدثت عن 5000 قتيل، قبل أن يوضح المكتب أن هذا الرقم غير دقيق.")
    assert got == [("killed", 212)]
    got = _read("وقالت البلدية إن 212 شخصاً قتلوا في القصف على المدينة، بعدما كان محافظ المدينة قد أعلن مقتل 600 شخص "
                "قبل أن يتراجع عن هذا الرقم.")
    assert got == [("killed", 212)]
    # a turn that names another thing leaves the figures standing
    got = _read("وكان الجيش قد أعلن مقتل 15 مسلحاً في الغارة، قبل أن تؤكد الجماعة أن هذا الهجوم لن يمر دون رد.")
    assert got == [("killed", 15)]


def test_prec68_ar_a_row_of_shells_that_hit_a_building_counts_no_people():
    # "- قذائف مدفعية أصابت الطابق الثالث وخزانات المياه: 5" (blind65 ar 006): rules.things_hit_row in
    # kind_table_cell, lexicon.THINGS_HIT
    got = _read("تعرضت المدرسة لقصف متكرر خلال الأسبوع، وكانت الحصيلة كالتالي:\n"
                "- صواريخ أصابت السور الشرقي والمطبخ: 4\n"
                "- إصابات في صفوف المعلمين: 3")
    assert got == [("injured", 3)]
    # a row of a cause with no verb of hitting keeps the table's kind
    got = _read("قتل 20 شخصاً في الاغتيالات خلال الشهر، وجاءت الأساليب كالتالي:\n"
                "- إطلاق نار مباشر: 14\n"
                "- عبوات ناسفة: 6")
    assert got == [("killed", 20), ("killed", 14), ("killed", 6)]


def test_prec68_ar_a_person_and_their_kin_among_the_dead_are_one_figure_also_past_their_origin():
    # "ومن بين القتلى رجل من محافظة كربلاء وزوجته وابنتهما" (blind66 ar 008): one figure of 3, as "بينهم رجل
    # وزوجته" (rules.person_and_kin_in_group, among_right_before, skip_origin)
    got = _read("قتل 17 شخصاً في القصف على السوق. وبين الشهداء امرأة من بلدة الشيخ مسكين وشقيقها ووالدتها.")
    assert got == [("killed", 17), ("killed", 3)]
    got = _read("قتل 17 شخصاً في القصف على السوق، بينهم رجل من الحي وابنه.")
    assert got == [("killed", 17), ("killed", 2)]
    # two people who are no kin stay one figure each
    got = _read("قتل 17 شخصاً في القصف على السوق. ومن بين القتلى امرأة من الحي ورجل مسن.")
    assert got == [("killed", 17), ("killed", 1), ("killed", 1)]


def test_prec68_ar_a_person_among_the_dead_whose_own_taking_is_told_is_singled_out():
    # "ومن بين الضحايا شاب من بلدة المسيفرة خطفه مسلحون …، قبل أن يُعثر على جثته" (blind65 ar 002):
    # lexicon.TAKEN_ONE in rules.person_told_of_in_group
    got = _read("قتل 23 شخصاً في المحافظة خلال الشهر. ومن بين القتلى رجل من قرية الطيبة اختطفه مجهولون من "
                "مزرعته، ثم عثر على جثته في واد قريب.")
    assert got == [("killed", 23)]
    # a person of a category keeps the figure of 1, whatever story follows
    got = _read("قتل 23 شخصاً في المحافظة خلال الشهر. ومن بين القتلى امرأة اختطفها مجهولون من منزلها.")
    assert got == [("killed", 23), ("killed", 1)]


def test_prec68_ar_cases_of_forced_conscription_are_no_arrests():
    # "كما رصد المكتب 9 حالات سوق قسري إلى الخدمة العسكرية" after "37 حالة اعتقال" (blind65 ar 002):
    # lexicon.CONSCRIPTION, rules.case_of_conscription in noun_case_part
    got = _read("وثق الفريق خلال الشهر 64 حالة اعتقال تعسفي في المحافظة. وسجل الفريق أيضاً 11 حالة تجنيد "
                "إجباري لشبان من المنطقة.")
    assert got == [("detained", 64)]
    # cases told by the party that made them stay parts of the arrest toll
    got = _read("وثق الفريق خلال الشهر 64 حالة اعتقال تعسفي في المحافظة. وسجل الفريق 11 حالة على يد الأجهزة "
                "الأمنية.")
    assert got == [("detained", 64), ("detained", 11)]


def test_prec68_ar_one_of_a_role_in_construct_among_the_dead_is_singled_out():
    # "ومن بين الشهداء أحد متطوعي الغرفة، كان يشرف على توزيع الوجبات" (blind66 ar 010): rules.construct_role
    # with one_of_role in role_inside_group, lexicon.CONSTRUCT_PLURAL
    got = _read("قتل 26 شخصاً في الغارة على السوق. ومن بين القتلى أحد مسعفي الهلال الأحمر، كان ينقل الجرحى.")
    assert got == [("killed", 26)]
    # one of a category in construct keeps its figure of 1
    got = _read("قتل 26 شخصاً في الغارة على السوق. ومن بين القتلى أحد أطفال الحي.")
    assert got == [("killed", 26), ("killed", 1)]


def test_prec68_ar_children_after_a_pair_of_tolls_told_by_kind_nouns_are_among_the_dead():
    # "إلى 37084 شهيدًا و84494 إصابة، بينهم أكثر من خمسة عشر ألف طفل" (blind68 ar 011), "إلى 274 شهيدا و698
    # مصابا، بينهم 64 طفلا و57 امرأة" (blind8 ar 024): rules.dead_of_pair in kind_in_group
    got = _read("ارتفعت حصيلة القصف على المدينة إلى 85 قتيلاً و240 جريحاً، بينهم 19 طفلاً.")
    assert got == [("killed", 85), ("injured", 240), ("killed", 19)]
    # after verbs, the children are of the wounded the group follows
    got = _read("قتل 3 مدنيين وأصيب 14 آخرون، بينهم 5 أطفال، في قصف على السوق.")
    assert got == [("killed", 3), ("injured", 14), ("injured", 5)]
    # and the condition of some of the wounded stays with the wounded
    got = _read("ارتفعت حصيلة القصف على المدينة إلى 85 قتيلاً و240 جريحاً، بينهم 12 في حالة حرجة.")
    assert got == [("killed", 85), ("injured", 240), ("injured", 12)]


def test_prec70_ar_a_killed_or_maimed_row_is_no_part_of_a_toll():
    # "- أطفال قُتلوا أو شُوّهوا في عام 2024 وفق البلاغات: 2776" (blind69 ar 013): rules.row_of_two_kinds in
    # breakdown_head; the combined cue leaves the line's kind as it was (arabic._on_cue)
    got = _read("وقالت المنظمة إن أكثر من 200 شخص قُتلوا في القصف على البلدة.\nوتلخص الأرقام وضع الأطفال في "
                "البلاد:\n- أطفال قُتلوا أو شُوّهوا منذ بداية العام وفق التقارير: 640\n")
    assert got == [("killed", 200)]
    # a row of one kind stays a part of the toll
    got = _read("وقالت المنظمة إن أكثر من 200 شخص قُتلوا في القصف على البلدة.\nوتلخص الأرقام وضع الأطفال في "
                "البلاد:\n- أطفال قُتلوا منذ بداية العام وفق التقارير: 64\n")
    assert got == [("killed", 200), ("killed", 64)]


def test_prec70_ar_a_feminine_after_the_counted_noun_of_its_stem_is_no_person_of_its_own():
    # "إن 33 صحفياً وصحفية استشهدوا" (blind69 ar 004): rules.gender_pair_of_count in noun_before_verb
    got = _read("وقالت النقابة إن 12 مسعفاً ومسعفة قتلوا في القصف على المستشفى.")
    assert got == [("killed", 12)]
    # a feminine of its own, after the count's verb, or of another stem, stays one person
    got = _read("وقالت النقابة إن 12 مسعفاً قتلوا في القصف على المستشفى، ومسعفة أصيبت.")
    assert got == [("killed", 12), ("injured", 1)]
    got = _read("أصيب 3 أطفال وطفلة قتلت في القصف.")
    assert got == [("injured", 3), ("killed", 1)]


def test_prec70_ar_one_of_the_groups_own_kind_noun_inside_the_group_is_no_part():
    # "كان بين المصابين مسعف … أصيب بشظايا أثناء نقله أحد الجرحى" (blind70 ar 013): rules.one_of_own_kind_in_group
    got = _read("ارتفعت الحصيلة إلى 40 قتيلاً و90 جريحاً. وكان بين المصابين سائق إسعاف أصيب بشظايا خلال إسعافه "
                "أحد الجرحى.")
    assert got == [("killed", 40), ("injured", 90)]
    # one of a category inside the group keeps its figure of 1
    got = _read("ارتفعت الحصيلة إلى 40 قتيلاً و90 جريحاً. ومن بين المصابين أحد أطفال الحي.")
    assert got == [("killed", 40), ("injured", 90), ("injured", 1)]


def test_prec72_ar_feminine_killed_and_wounded_nouns_count_their_kind():
    # "727 ضحية من النساء (219 قتيلة و508 جريحات)" (blind71 ar 011): lexicon.FEMININE_KIND_NOUNS
    got = _read("وسجل التقرير 95 ضحية من الفتيات (31 قتيلة و64 جريحة) في الهجمات على القرى.")
    assert got == [("killed", 31), ("injured", 64)]
    got = _read("ووثقت المنظمة 3 قتيلات و7 جريحات في القصف على الحي.")
    assert got == [("killed", 3), ("injured", 7)]
    # the masculine nouns stay as they were
    got = _read("ووثقت المنظمة 12 قتيلاً و40 جريحاً في القصف على الحي.")
    assert got == [("killed", 12), ("injured", 40)]


def test_prec72_ar_a_count_split_in_brackets_into_killed_and_wounded_is_no_figure():
    # "436 طفلاً (151 قتيلاً و285 جريحاً)", "1783 ضحية مدنية خلال الربع الأول من العام (573 قتيلاً و1210 جرحى)"
    # (blind72 ar 007): rules.veto_split_in_brackets
    got = _read("وأحصت المنظمة 640 ضحية مدنية منذ مطلع الصيف (210 قتلى و430 جريحاً). وكان بينهم 95 طفلاً "
                "(40 قتيلاً و55 جريحاً).")
    assert got == [("killed", 210), ("injured", 430), ("killed", 40), ("injured", 55)]
    # a toll whose bracket breaks it down by category keeps its figure
    got = _read("قتل 22 شخصاً (12 امرأة و10 أطفال) في القصف على القرية.")
    assert ("killed", 22) in got
    # and a bracket whose counts do not sum to the count leaves it
    got = _read("وقتل 30 مدنياً في الهجوم (بينهم 4 قتلى و6 جرحى من عائلة واحدة).")
    assert ("killed", 30) in got


def test_prec72_ar_reports_dated_to_a_past_day_in_the_pluperfect_are_superseded():
    # "وكانت تقارير صدرت يوم السبت قد أشارت إلى أكثر من 100 قتيل" (blind72 ar 003): rules.reports_dated_earlier
    got = _read("قتل أكثر من 60 شخصاً في الهجوم على البلدة. وكانت تقارير نشرت يوم الأحد قد تحدثت عن 25 قتيلاً.")
    assert got == [("killed", 60)]
    # reports with no past day may tell of another place
    got = _read("قتل أكثر من 60 شخصاً في الهجوم على البلدة. وكانت تقارير قد تحدثت عن 25 قتيلاً في قرية مجاورة.")
    assert got == [("killed", 60), ("killed", 25)]


def test_prec72_ar_the_wounded_joined_to_an_earlier_tolls_dead_are_superseded_with_them():
    # "علماً أن الحصيلة المعلنة صباح الأحد كانت 23 وفاة و140 جريحاً" (blind72 ar 008):
    # rules.other_half_of_earlier_toll
    got = _read("ارتفعت حصيلة الاشتباكات إلى 18 قتيلاً و70 جريحاً، علماً أن الحصيلة المعلنة مساء الجمعة كانت "
                "11 قتيلاً و45 جريحاً.")
    assert got == [("killed", 18), ("injured", 70)]
    # a count joined to a current toll stays
    got = _read("ارتفعت حصيلة الاشتباكات إلى 18 قتيلاً و70 جريحاً في المدينة.")
    assert got == [("killed", 18), ("injured", 70)]


def test_prec72_ar_the_first_reports_named_after_a_later_toll_are_superseded():
    # "بعد أن تحدثت التقارير الأولى عن مقتل 29 طفلاً" (blind71 ar 007): lexicon.FIRST_REPORT_HEADS in
    # rules.after_first_report
    got = _read("أسفر القصف على السوق عن مقتل 34 شخصاً، وفق آخر الأرقام، بعد أن أشارت التقارير الأولى إلى مقتل "
                "12 شخصاً.")
    assert got == [("killed", 34)]
    # reports not named as the first ones tell figures of their own
    got = _read("أسفر القصف على السوق عن مقتل 34 شخصاً، بعد أن أشارت التقارير إلى مقتل 12 شخصاً في قصف سابق.")
    assert ("killed", 12) in got


def test_prec72_ar_one_after_a_negation_and_except_is_one_in_every_house():
    # "لم يبقَ فيها بيت إلا وفقد واحداً من أبنائه على الأقل" (blind72 ar 012): rules.veto_one_in_every
    got = _read("قتل 40 شخصاً في القصف على البلدة، ولا تكاد توجد عائلة إلا وفقدت واحداً من أفرادها.")
    assert got == [("killed", 40)]
    # one killed with no such turn stays
    got = _read("قتل 40 شخصاً في القصف على البلدة، وقتل واحد من الحراس عند المدخل.")
    assert got == [("killed", 40), ("killed", 1)]


def test_prec72_ar_the_noun_of_arrest_ikaf_is_a_detention_cue_but_not_a_suspension():
    # "أعلنت رئاسة الجمهورية إيقاف 9 عناصر يشتبه في صلتهم بالهجوم، 4 منهم على علاقة مباشرة بالخلية" (blind72
    # ar 014): إيقاف in the detained cues; rules.veto_suspended_from_work
    got = _read("وأعلنت وزارة الداخلية إيقاف 7 أشخاص يشتبه في تورطهم في التفجير، 3 منهم من عائلة واحدة.")
    assert got == [("detained", 7), ("detained", 3)]
    # held from work is no arrest
    got = _read("وقررت إدارة المستشفى إيقاف 15 ممرضاً عن العمل بعد الإضراب.")
    assert got == []


def test_prec72_ar_one_of_the_cases_opening_a_sentence_is_inside_the_count():
    # "وفي إحدى الحالات الموثقة، توفي محتجز في الأربعينيات من عمره بسجن برج العرب" (blind71 ar 006):
    # rules.one_of_the_cases
    got = _read("ووثقت المنظمة وفاة 31 سجيناً خلال العام داخل مقار الاحتجاز. وفي إحدى الحالات المسجلة، توفي "
                "سجين مسن بعد حرمانه من الدواء.")
    assert got == [("killed", 31)]
    # a sentence of its own about one person stays a figure of 1
    got = _read("ووثقت المنظمة وفاة 31 سجيناً خلال العام داخل مقار الاحتجاز. وفي الأسبوع الماضي، توفي سجين "
                "مسن بعد حرمانه من الدواء.")
    assert got == [("killed", 31), ("killed", 1)]


def test_prec72_ar_none_of_them_but_one_is_no_count():
    # "وإنه لم يتمكن من دفن أحد منهم سوى أخته" (blind71 ar 002): rules.none_of_them_but
    got = _read("قال الهلال الأحمر إن عدد المفقودين بلغ 40 شخصاً. وتقول امرأة إن أبناءها الثلاثة غرقوا في الليلة "
                "الأولى، وإنها لم تتمكن من دفن أحد منهم سوى ابنها الأكبر.")
    assert got == [("missing", 40)]
    # one of them with no negation and no "but" stays
    got = _read("قال الهلال الأحمر إن عدد المفقودين بلغ 40 شخصاً. وتقول امرأة إن أبناءها الثلاثة غرقوا في الليلة "
                "الأولى، وإنها تمكنت من دفن أحد منهم.")
    assert got == [("missing", 40), ("missing", 1)]


def test_prec74_ar_a_report_earlier_today_named_by_the_time_of_day_is_superseded():
    # "فيما كانت الوزارة قد أعلنت ظهراً عن 10 شهداء" after a toll raised to 12 (blind74 ar 014):
    # lexicon.EARLIER_TODAY in rules.earlier_report_at
    got = _read("أعلنت مديرية الصحة مساء اليوم ارتفاع عدد ضحايا القصف على القرية إلى 9 قتلى، فيما كانت المديرية "
                "قد أعلنت صباحاً عن 6 قتلى.")
    assert got == [("killed", 9)]
    # a report with no earlier time and no raised toll tells figures of its own
    got = _read("قتل 9 أشخاص في القصف على القرية، فيما كانت المديرية قد أعلنت عن 6 قتلى في قرية مجاورة.")
    assert ("killed", 6) in got


def test_prec74_ar_the_place_they_are_held_inside_a_fate_clause_is_missing():
    # "ولا يزال مصير ٦٣ منهم ومكان احتجازهم مجهولين" (blind74 ar 010): rules.place_held_in_fate
    got = _read("وثقت اللجنة 75 حالة اعتقال خلال الشهر، ولا يزال مصير 30 منهم ومكان احتجازهم مجهولين.")
    assert got == [("detained", 75), ("missing", 30)]
    # a detention told after the fate clause is still a detention
    got = _read("وثقت اللجنة 75 حالة اعتقال خلال الشهر. واحتجزت القوات 12 شخصاً آخرين عند الحاجز.")
    assert got == [("detained", 75), ("detained", 12)]


def test_prec74_ar_a_person_noun_made_a_title_or_job_inside_a_count_is_no_figure():
    # "مقتل ثلاثة مدنيين بعد اختطافهم، بينهم شيخ قبلي" (blind74 ar 010): lexicon.ROLE_COMPOUNDS, rules.compound_role
    got = _read("قتل خمسة أشخاص في الهجوم على السوق، بينهم شيخ عشيرة.")
    assert got == [("killed", 5)]
    got = _read("أصيب ثمانية أشخاص في الانفجار، بينهم رجل أمن.")
    assert got == [("injured", 8)]
    # the noun alone is a person (a category) and keeps its figure
    got = _read("قتل خمسة أشخاص في الهجوم على السوق، بينهم رجل مسن.")
    assert got == [("killed", 5), ("killed", 1)]


def test_prec74_ar_one_by_role_after_a_counted_job_group_in_a_toll_is_no_figure():
    # "وتضم قائمة الشهداء … مسعفَين اثنين … ورجل إطفاء من الدفاع المدني استشهدوا" (blind73 ar 008):
    # rules.single_role_after_role_group
    got = _read("وتضم قائمة القتلى 30 طفلاً و12 امرأة، إضافة إلى ثلاثة مسعفين ومهندس من البلدية قتلوا أثناء عملهم.")
    assert got == [("killed", 30), ("killed", 12), ("killed", 3)]
    # a job group told on its own, with no toll holding it, keeps what follows it
    got = _read("قتل ثلاثة مسعفين في الغارة على المستشفى. وأصيب صحفي في الغارة نفسها.")
    assert got == [("killed", 3), ("injured", 1)]


def test_prec74_ar_a_number_in_a_rows_label_before_its_colon_is_no_count():
    # "- شظايا في حي الثورة الحارة 13: 6" (blind74 ar 004): rules.veto_number_in_row_label; "الـ 18 :  61"
    # (blind63 ar 001): no clock time has 61 minutes (lexicon.CLOCK_MINUTES)
    got = _read("وجاءت حصيلة القتلى في المدينة كالآتي:\n- القصف على الجسر: 20\n- رصاص في حي السلام البلوك 9: 4\n"
                "- انهيار سقف: 3")
    assert ("killed", 9) not in got and ("killed", 4) in got
    # a clock time before its colon stays a time, and the row's own count stays
    got = _read("وجاءت حصيلة القتلى في المدينة كالآتي:\n- القصف على الجسر: 20\n- رصاص في حي السلام: 4")
    assert ("killed", 20) in got and ("killed", 4) in got
    got = _read("وقال المتحدث إنه عند الساعة 3:45 من فجر اليوم سقطت قذيفة على السوق، ما أدى إلى مقتل 6 أشخاص.")
    assert got == [("killed", 6)]


def test_prec74_ar_a_toll_of_the_dead_and_the_missing_together_is_no_figure():
    # "بلغ عدد المتوفين والمفقودين في حوادث غرق المراكب ألفاً وثلاثمئة …" (blind73 ar 002): rules.combined_toll_nouns,
    # lexicon.DEAD_PLURALS
    assert _read("وقال المكتب إن عدد المتوفين والمفقودين في الهجمات على القرى بلغ 85 شخصاً.") == []
    assert _read("وقال المكتب إن عدد القتلى والمفقودين في الهجمات على القرى بلغ 85 شخصاً.") == []
    # one kind, or two kinds each with its own kind noun, keep their figures
    assert _read("وقال المكتب إن عدد القتلى في الهجمات على القرى بلغ 85 شخصاً.") == [("killed", 85)]
    got = _read("ارتفعت حصيلة القتلى والجرحى في الهجمات على القرى إلى 12 قتيلاً و30 جريحاً.")
    assert got == [("killed", 12), ("injured", 30)]


def test_prec74_ar_a_person_and_their_baby_inside_a_count_are_one_kin_group():
    # "لقي 11 مهاجراً حتفهم، من بينهم امرأة ورضيعها" (blind73 ar 002): rules.person_and_infant_in_group,
    # lexicon.INFANT_KIN
    got = _read("قتل 14 شخصاً في القصف على المخيم، بينهم رجل ورضيعته.")
    assert got == [("killed", 14), ("killed", 2)]
    # a child with a pronoun is a category and keeps one figure each (issue 11)
    got = _read("قتل 14 شخصاً في القصف على المخيم، بينهم امرأة وطفلها.")
    assert got == [("killed", 14), ("killed", 1), ("killed", 1)]


def test_prec74_ar_where_a_strike_was_launched_from_is_no_place_of_its_toll():
    # "الصاروخ الذي حصد أرواح 21 مدنياً أُطلق من مناطق سيطرة الميليشيا" (blind73 ar 004): lexicon.LAUNCHED_FROM
    # in PLACE_RE, so the toll restated in a quote merges with the first
    text = ("قتل 16 شخصاً في قصف على سوق في مدينة الحديدة. وقال المحافظ إن القذيفة التي حصدت أرواح 16 مدنياً "
            "أطلقت من مناطق سيطرة الجماعة.")
    got = [(f.kind, f.count) for f in extract(text, lang="ar")]
    assert got.count(("killed", 16)) == 1
    # "from" a place without a launch verb still names the place
    text = "وقال الدفاع المدني إن 5 أشخاص قتلوا من مدينة الحديدة."
    assert [f.place for f in extract(text, lang="ar")] == ["مدينة الحديدة"]


def test_prec74_ar_a_breakdown_between_dashes_right_after_a_count_is_read():
    # "حصيلة القتلى بلغت ١٠٤ أشخاص — ٥٢ رجلاً و٣٥ طفلاً و١٧ امرأة —" (blind73 ar 012): rules.breakdown_after_dash,
    # lexicon.BREAKDOWN_DASHES
    got = _read("وقال الأهالي إن حصيلة القتلى بلغت 40 شخصاً — 20 رجلاً و12 طفلاً و8 نساء — دفنوا في مقبرة القرية.")
    assert got == [("killed", 40), ("killed", 20), ("killed", 12), ("killed", 8)]
    # a dash after other words opens no breakdown of the count before it
    got = _read("قتل 40 شخصاً في القصف — بحسب المرصد — وأصيب 20 آخرون.")
    assert got == [("killed", 40), ("injured", 20)]


def test_prec78_ar_a_distribution_of_the_dead_after_the_wounded_is_of_the_dead():
    # "سُجل سقوط … شهيداً و… جريحاً، توزع الشهداء منهم على النحو الآتي: …" (blind78 ar 012):
    # rules.kind_noun_names_other, rules.colon_after_kind_group
    got = _read("سجل سقوط 40 قتيلاً و90 جريحاً، توزع القتلى منهم على النحو الآتي: 20 في محافظة حلب، "
                "و12 في محافظة إدلب، و8 في محافظة حماة.")
    assert got == [("killed", 40), ("injured", 90), ("killed", 20), ("killed", 12), ("killed", 8)]
    # a distribution with no kind noun stays with the count just before
    got = _read("سجل سقوط 40 قتيلاً و90 جريحاً، توزعوا على النحو الآتي: 50 في محافظة حلب، و40 في محافظة إدلب.")
    assert ("killed", 50) not in got


def test_prec78_ar_a_toll_that_settles_at_a_final_count_replaces_the_earlier_ones():
    # "أعلنت … 27 قتيلاً، ثم 37، قبل أن تستقر الحصيلة النهائية عند 38 سائحاً" (blind75 ar 010):
    # lexicon.SETTLE_WORDS (rules.raised_before_that, kind_kindless_toll)
    got = _read("أعلنت الوزارة مساء الأحد 10 قتلى، ثم 15، قبل أن تستقر الحصيلة النهائية عند 18 شخصاً.")
    assert got == [("killed", 18)]
    # the situation settling is no toll: the count before it stays
    assert _read("قتل 10 أشخاص في الاشتباكات قبل أن تستقر الأوضاع في المدينة.") == [("killed", 10)]


def test_prec78_ar_an_earlier_statement_of_hours_ago_after_a_raised_toll_is_replaced():
    # "وكانت الوزارة قد أعلنت قبل ساعات سبعة شهداء" after a toll raised to nine (blind77 ar 006):
    # rules.reported_on_day (days_ago_after), in earlier_statement_on_day
    text = ("ارتفع عدد القتلى في قصف السوق إلى 12 شخصاً بعد وفاة جريح متأثراً بجراحه. "
            "وكانت مديرية الصحة قد أعلنت قبل ساعات عشرة قتلى و25 جريحاً.")
    assert _read(text) == [("killed", 12), ("injured", 25)]
    # with no raised toll before, the report of hours ago stands
    assert _read("وكانت مديرية الصحة قد أعلنت قبل ساعات عشرة قتلى في قصف السوق.") == [("killed", 10)]


def test_prec78_ar_a_first_toll_raised_in_a_later_sentence_is_replaced():
    # "وأسفر هذا الاعتداء في حصيلة أولى عن استشهاد 14 عسكرياً وإصابة 20 آخرين" then "لترتفع … إلى 15"
    # (blind78 ar 006): rules.first_toll_raised_later
    text = ("وأسفر الكمين في حصيلة أولى عن مقتل 6 جنود وإصابة 11 آخرين. "
            "وتوفي جندي آخر متأثراً بجراحه صباح اليوم، لترتفع بذلك حصيلة قتلى الكمين إلى 7 جنود.")
    got = _read(text)
    assert ("killed", 6) not in got and ("killed", 7) in got and ("injured", 11) in got
    # a first toll never raised stands
    assert ("killed", 6) in _read("وأسفر الكمين في حصيلة أولى عن مقتل 6 جنود وإصابة 11 آخرين.")


def test_prec78_ar_victims_in_words_split_into_dead_and_wounded_are_no_toll_nor_their_children():
    # UNAMA's "ثمانية آلاف وثمانمئة وعشرين ضحية … بين … قتيلاً و… جريحاً، وكان بين هذه الضحايا … طفلاً"
    # (blind76 ar 011): rules.count_token in _killed_and_wounded_sum, rules.veto_among_combined_victims,
    # lexicon.THE_VICTIMS
    got = _read("وثقت البعثة في تقريرها السنوي ثلاثة آلاف وخمسمئة ضحية من المدنيين خلال عام 2019، بين ألف "
                "ومئتي قتيل وألفين وثلاثمئة جريح، وكان بين هذه الضحايا 700 طفل.")
    assert got == [("killed", 1200), ("injured", 2300)]
    # among the victims of a death toll, the children stay a part of it
    assert _read("قتل 30 شخصاً في القصف، وكان بين الضحايا 4 أطفال.") == [("killed", 30), ("killed", 4)]


def test_prec78_ar_the_death_of_wounds_that_raised_a_toll_is_inside_it():
    # "ارتفع … إلى 12 شهيداً، بينهم 4 أطفال، بعد استشهاد شاب متأثراً بجروح حرجة" (blind75 ar 013, blind76 ar 007;
    # blind55, 66, 69 alike): rules.death_raising_the_toll, lexicon.DIED_OF_WOUNDS_GAP, RAISING_DEATH_KEPT
    got = _read("ارتفعت حصيلة القصف على البلدة إلى 9 قتلى، بعد وفاة رجل متأثراً بجروح أصيب بها أمس.")
    assert got == [("killed", 9)]
    # a child's death that raised the toll keeps its entry, and so does a death with no raised toll
    got = _read("ارتفعت حصيلة القصف على البلدة إلى 9 قتلى، بينهم 3 أطفال، بعد وفاة طفل متأثراً بجراحه.")
    assert got.count(("killed", 1)) == 1
    assert _read("قتل 9 أشخاص في القصف، بعد وفاة رجل متأثراً بجروحه.").count(("killed", 1)) == 1


def test_prec78_ar_a_person_who_acted_then_was_killed_is_one_dead():
    # "أصيب 8 … في عملية دهس وطعن نفذها شاب من الخليل، قبل أن يستشهد برصاص مستوطن" (blind14 ar 015):
    # rules.before_being_killed in verb_after
    got = _read("وأصيب 3 مستوطنين في عملية طعن نفذها شاب من نابلس، قبل أن يستشهد برصاص الجنود.")
    assert got == [("injured", 3), ("killed", 1)]
    # arrested after it is no death
    assert _read("وأصيب 3 مستوطنين في عملية طعن نفذها شاب من نابلس، قبل أن يعتقل.") == [("injured", 3)]


def test_prec78_ar_people_found_as_lifeless_bodies_after_their_abduction_are_killed():
    # "عُثر على 9 أشخاص جثثاً هامدة بعد أيام من اختطافهم على يد مسلحين" (blind78 ar 001): lexicon.KILLED_STATE
    # (rules.follow_kind_adjective, found_killed)
    got = _read("وعثر الأهالي على 7 أشخاص جثثاً هامدة بعد أيام من اختطافهم على يد مسلحين.")
    assert got == [("killed", 7)]
    # abducted and not found stay detained
    assert _read("وخطف مسلحون 7 أشخاص من القرية قبل أيام.") == [("detained", 7)]


def test_prec78_ar_people_led_away_then_told_dead_and_missing_are_no_detention_figure():
    # "اقتادت القوات المهاجمة ١٢ شاباً …، ثم عُثر … على جثتي اثنين منهم …، بينما لا يزال مصير العشرة الآخرين
    # مجهولاً" (blind77 ar 002): rules.held_split_into_fates, lexicon.OTHERS_DEFINITE
    got = _read("وبحسب شهود، اقتاد المسلحون 9 رجال إلى جهة مجهولة، ثم عثر على جثث ثلاثة منهم قرب النهر، "
                "بينما لا يزال مصير الستة الآخرين مجهولاً.")
    assert got == [("killed", 3), ("missing", 6)]
    # a part found dead and the rest not told: the detention stays
    got = _read("اعتقلت القوات 9 رجال، ثم عثر على جثث ثلاثة منهم قرب النهر.")
    assert got == [("detained", 9), ("killed", 3)]


def test_prec78_ar_a_firstborn_in_a_kin_list_does_not_end_it():
    # "فقدت في القصف نفسه زوجها وابنها البكر وشقيقها" (blind78 ar 004): lexicon.KIN_AGE_WORDS (rules.kin_list_from)
    assert _read("وقد فقدت المرأة في الغارة زوجها وابنها البكر وشقيقها.") == [("killed", 3)]
    # the list without the adjective is read as before
    assert _read("وقد فقدت المرأة في الغارة زوجها وابنها.") == [("killed", 2)]


def test_prec78_ar_two_parts_each_in_its_own_place_get_no_derived_total():
    # "ما لا يقل عن 70 شخصاً قد لقوا حتفهم في صعدة، وثلاثة أطفال في الحديدة" (blind78 ar 005):
    # rules.parts_in_two_places in arabic._continues
    figs = _with_totals("وبذلك يكون 40 شخصاً قد لقوا حتفهم في حمص، وخمسة أطفال في حماة، بحسب المنظمة.")
    assert ("killed", 45, True) not in figs and ("killed", 40, False) in figs and ("killed", 5, False) in figs
    # parts of one place still get theirs
    figs = _with_totals("قتل 4 عناصر من قوات النظام وثلاثة مدنيين في القصف على البلدة.")
    assert ("killed", 7, True) in figs


def test_prec78_ar_a_row_of_people_who_reappeared_is_no_missing_count():
    # "ظهور بعد اختفاء: ٥٦" (blind76 ar 010): lexicon.NON_VICTIM_LABEL (rules.veto_row_of_non_victims)
    assert _read("اختفاء قسري: 40\nظهور بعد اختفاء: 12\n") == [("missing", 40)]
    # the disappearance row itself stays
    assert _read("اختفاء قسري: 40\n") == [("missing", 40)]


def test_prec78_ar_one_by_role_among_the_dead_named_by_a_plural_is_no_figure():
    # "ومن بين المتوفين في أماكن الاحتجاز محامٍ شاب توفي" (blind76 ar 010): rules.group_kind_of (lexicon.DEAD_PLURALS
    # opens a group), rules.role_before_category in role_inside_group, lexicon.ROLE_NOUNS ("محام")
    got = _read("وفيات في السجون: 9\nومن بين المتوفين في السجون محامٍ شاب توفي في زنزانته بعد أيام من اعتقاله.")
    assert got == [("killed", 9)]
    # a young man with no role keeps his figure
    got = _read("قتل 9 أشخاص في القصف. ومن بين القتلى شاب توفي في المستشفى.")
    assert got == [("killed", 9), ("killed", 1)]


def test_prec78_ar_a_role_after_a_dual_category_inside_a_count_is_no_figure():
    # "و22 مدنياً بينهم طفلان وطبيب كان في طريقه …" (blind76 ar 014): rules.role_after_bare_category
    got = _read("قتل 12 مدنياً في القصف، بينهم طفلان وطبيب كان في طريقه إلى المستشفى.")
    assert got == [("killed", 12), ("killed", 2)]
    # after a counted part the role is a row of the breakdown and stays
    got = _read("قتل 12 مدنياً في القصف، بينهم 3 أطفال وطبيب.")
    assert got == [("killed", 12), ("killed", 3), ("killed", 1)]


def test_prec78_ar_a_posts_count_so_far_below_a_raised_toll_is_an_earlier_count():
    # a live feed, newest post first: "وزارة الصحة: ارتفاع حصيلة ضحايا التفجير إلى 25 …" above "مصدر في الوزارة
    # للإخبارية: 22 شهيداً حتى اللحظة" (blind77 ar 014): rules.count_so_far_below_raised, lexicon.SO_FAR
    text = ("• العاشرة مساءً\nوزارة الصحة: ارتفاع حصيلة ضحايا الانفجار إلى 17 قتيلاً و40 جريحاً.\n"
            "• التاسعة مساءً\nمصدر طبي للتلفزيون: 12 قتيلاً حتى اللحظة، والحصيلة مرشحة للارتفاع.\n")
    assert _read(text) == [("killed", 17), ("injured", 40)]
    # a place's count so far inside a report stays
    text = ("ارتفعت حصيلة الانفجارين إلى 44 قتيلاً. وقال المسؤول إن عدد قتلى طنطا وصل إلى 27 حتى الآن.")
    assert ("killed", 27) in _read(text)


def test_prec80_ar_an_earlier_posts_toll_named_in_a_raised_toll_is_superseded():
    # a live blog, newest post first: "ارتفاع عدد الضحايا إلى …، بعدما كان … صباحاً" above the morning post's toll
    # (blind79 ar 006): rules.count_it_was_in_live_post, lexicon.POST_BAR
    text = ("21:40 | وزارة الداخلية: ارتفاع عدد القتلى إلى 37، بعدما كان 31 ظهراً، فيما بلغ عدد الجرحى 90.\n"
            "11:05 | مدير الدفاع المدني: الحصيلة 31 قتيلاً حتى الآن.\n")
    assert _read(text) == [("killed", 37), ("injured", 90)]
    # a post whose count is not the one named stays
    text = ("21:40 | وزارة الداخلية: ارتفاع عدد القتلى إلى 37، بعدما كان 31 ظهراً.\n"
            "11:05 | مصدر أمني: مقتل 4 عناصر من الشرطة في هجوم منفصل.\n")
    assert _read(text) == [("killed", 37), ("killed", 4)]


def test_prec80_ar_a_speakers_own_parents_open_a_kin_list_after_faqad():
    # "فقدت أبي وأمي وشقيقتي" in a survivor's words (blind79 ar 011): lexicon.PARENTS_MINE in rules.lost_kin_at,
    # rules.after_cue_family, rules._kin_listed
    assert _read('وقالت سلمى للمراسل: "فقدت أبي وأمي وأخي في القصف".') == [("killed", 3)]
    # "أبي" with no kin listed after it is left alone (also a name)
    assert _read("فقدت عائلة أبي طالب منزلها في القصف.") == []


def test_prec80_ar_an_earlier_updates_figure_is_superseded():
    # "كان تحديث سابق قد أورد … وفاة" (blind80 ar 003): "تحديث" in lexicon.EARLIER_REPORT before "سابق"
    text = ("أكدت الوزارة مقتل 640 شخصاً في القصف على المدينة. وحلت هذه الحصيلة محل الأرقام الأولى، إذ كان "
            "تحديث سابق قد أورد 900 قتيل قبل أن يتراجع عنه.")
    assert _read(text) == [("killed", 640)]
    # an update with no "سابق" is a current report and stays
    text = "أكدت الوزارة مقتل 640 شخصاً في القصف على المدينة. وأورد تحديث صادر عن الوزارة مقتل 12 شخصاً في قصف آخر."
    assert _read(text) == [("killed", 640), ("killed", 12)]


def test_prec80_ar_bodies_of_people_abducted_before_are_killed():
    # "عُثر على جثث 7 رعاة خطفهم مسلحون" (blind80 ar 005): rules.body_count_before_verb in kind_verb_after
    assert _read("انتشلت فرق الإنقاذ جثث 3 عمال خطفهم مسلحون قبل أيام.") == [("killed", 3)]
    # with no body noun before the count the verb after it still gives the kind
    assert _read("اعتقلت القوات 6 شبان خطفوا سائحاً.") == [("detained", 6)]


def test_prec80_ar_a_distribution_of_attacks_holds_no_people():
    # "وتوزعت الاعتداءات على المحافظات على النحو الآتي: …" (blind80 ar 008): rules.distributed_things in
    # distribution_head, "اعتداءات" in lexicon.NOT_PEOPLE
    text = ("قتل 5 مدنيين وأصيب 12 في هجمات المستوطنين خلال الشهر. وتوزعت الاعتداءات على المحافظات على النحو "
            "التالي: جنين (88)، طوباس (41)، سلفيت (17).")
    assert _read(text) == [("killed", 5), ("injured", 12)]
    # a distribution of the toll keeps its rows
    text = "قتل 20 مدنياً في الغارات خلال الشهر. وتوزعت الحصيلة على المحافظات على النحو التالي: حلب 12، إدلب 8."
    assert _read(text) == [("killed", 20), ("killed", 12), ("killed", 8)]


def test_prec80_ar_communities_are_no_count_of_people():
    # "تهجير 13 تجمعاً بدوياً تضم 131 عائلة، أي ما يقارب 1000 مواطن" (blind80 ar 008): "تجمع" in lexicon.NOT_PEOPLE
    assert _read("أدت الهجمات إلى تهجير 9 تجمعات رعوية تضم 80 عائلة، أي ما يقارب 500 مواطن.") == [("displaced", 500)]
    # a count of people displaced stays
    assert _read("أدت الهجمات إلى تهجير 70 مواطناً من قريتين.") == [("displaced", 70)]


def test_prec82_ar_bare_cases_count_the_cases_named_before():
    # "N حالة" after "حالات الاعتقال" in the same sentence (blind81 ar 003): rules.noun_case_named_before
    text = "نشرت المنظمة تقريرها عن حالات الاعتقال في المحافظة، وقالت إنها وثقت في آذار 88 حالة على الأقل."
    assert _read(text) == [("detained", 88)]
    # with no kind of cases named before, a bare "حالة" counts nothing
    assert _read("نشرت المنظمة تقريرها عن الوضع الصحي، وقالت إنها وثقت في آذار 88 حالة على الأقل.") == []


def test_prec82_ar_rows_break_down_the_figure_before_the_colon():
    # "… كما سجل مقتل 6 أشخاص تحت التعذيب:" (blind81 ar 003): rules.heading_fig_before_colon, and a detention
    # cue after a place noun is no cue (rules.cue_after_place_noun)
    text = ("ووثق المكتب 140 حالة اعتقال خلال الشهر، كما سجل مقتل 6 أشخاص تحت التعذيب:\n"
            "- في سجون الأجهزة الأمنية: 4\n- في مراكز احتجاز الفصائل: 2\n")
    assert _read(text) == [("detained", 140), ("killed", 6), ("killed", 4), ("killed", 2)]
    # rows under a heading whose figure is the first of the sentence keep its kind
    text = "ووثق المكتب 140 حالة اعتقال خلال الشهر في المحافظات التالية:\n- حلب: 90\n- إدلب: 50\n"
    assert _read(text) == [("detained", 140), ("detained", 90), ("detained", 50)]


def test_prec82_ar_we_lost_our_own_are_killed():
    # "فقدنا N من أبنائنا" (blind81 ar 011): lexicon.FAQAD_WE, only before our own (rules.lost_own_members)
    assert _read("وقال المحافظ إننا فقدنا 40 من أبنائنا في القصف على البلدة.") == [("killed", 40)]
    # "فقدنا" before anything else is no cue
    assert _read("وقال المحافظ إننا فقدنا 40 منزلاً في القصف على البلدة.") == []


def test_prec82_ar_a_definite_teen_is_never_ten():
    # "الضحايا الاثني عشر" (blind81 ar 013): rules.veto_definite_teen
    text = "قتل 15 مدنياً في القصف. وقال شاهد إن جاره من بين القتلى الخمسة عشر."
    assert _read(text) == [("killed", 15)]
    # ten with no unit before it stays
    assert _read("قتل عشرة مدنيين في القصف.") == [("killed", 10)]


def test_prec82_ar_first_figures_in_the_first_hours_or_a_first_clause_are_replaced():
    # "وكانت مصادر … قد تحدثت في الساعات الأولى عن 30 قتيلاً" (blind82 ar 002): rules.first_report_verb
    text = ("قتل 52 شخصاً في الهجوم على السوق. وكانت مصادر محلية قد تحدثت في الساعات الأولى عن 25 قتيلاً.")
    assert _read(text) == [("killed", 52)]
    # "الأرقام التي أشارت في البداية إلى 64 وفاة" (blind81 ar 014): rules.first_report_clause, to the comma only
    text = ("أعلنت الوزارة وفاة 60 شخصاً في الحريق، بعد مراجعة البيانات التي أشارت في البداية إلى 64 وفاة، "
            "فيما لا يزال 30 مصاباً في المستشفيات.")
    assert _read(text) == [("killed", 60), ("injured", 30)]
    # a report in the first hours with no "كان" before it is a current one
    assert _read("تحدثت مصادر محلية في الساعات الأولى عن 25 قتيلاً.") == [("killed", 25)]


def test_prec82_ar_victims_with_their_dead_among_them_are_no_death_toll():
    # "… ضحية، بينهم N قتيلاً" (blind82 ar 008): rules.killed_among_victims in combined_victims_total
    text = "ارتفع عدد ضحايا الألغام منذ مطلع العام إلى 940 ضحية، بينهم 210 قتلى."
    assert _read(text) == [("killed", 210)]
    # the parts in brackets after a date range (blind82 ar 003): an opening bracket as a dash aside
    text = "وثقت البعثة 2300 ضحية مدنية بين مطلع العام و30 أيلول (800 قتيل و1500 جريح)."
    assert _read(text) == [("killed", 800), ("injured", 1500)]
    # victims with a subset of another kind stay a death toll
    assert _read("سقط 40 ضحية، بينهم 12 طفلاً، في القصف على السوق.")[0] == ("killed", 40)


def test_prec84_ar_first_accounts_after_was_are_an_earlier_toll():
    # "وكانت الروايات الأولى … قد تحدثت عن N قتلى" (blind83 ar 002): lexicon.FIRST_ACCOUNT_HEADS in
    # rules.was_preliminary_toll
    text = "قتل 20 شخصاً في الهجوم على القرية. وكانت الروايات الأولى التي نقلها الأهالي قد تحدثت عن 12 قتيلاً."
    assert _read(text) == [("killed", 20)]
    assert _read("قتل 20 شخصاً في الهجوم على القرية. وكانت التقارير الأولية قد تحدثت عن 12 قتيلاً.") == [("killed", 20)]
    # accounts not named first ones may tell another toll: they stay
    text = "قتل 20 شخصاً في الهجوم على القرية. وكانت روايات الأهالي قد تحدثت عن 12 قتيلاً في قرية أخرى."
    assert _read(text) == [("killed", 20), ("killed", 12)]


def test_prec84_ar_a_later_statement_of_a_rise_replaces_the_toll_before_it():
    # "…، قبل أن تعلن الوزارة في وقت لاحق ارتفاع عدد القتلى إلى N والمصابين إلى M" (blind83 ar 009):
    # rules.reported_rise_after in rules.raised_before_that, each kind the rise gives
    text = ("قال الوزير إن 40 شخصاً على الأقل قتلوا وأصيب 90 آخرون في الانفجار، قبل أن تعلن الوزارة في وقت لاحق "
            "ارتفاع عدد القتلى إلى 52 والمصابين إلى 104.")
    assert _read(text) == [("killed", 52), ("injured", 104)]
    text = ("قال الوزير إن 40 شخصاً على الأقل قتلوا وأصيب 90 آخرون في الانفجار، قبل أن تعلن الوزارة في وقت لاحق "
            "ارتفاع عدد القتلى إلى 52.")
    assert _read(text) == [("injured", 90), ("killed", 52)]
    # a later statement of something else, with a count before any rise word, replaces nothing
    text = "قتل 40 شخصاً وأصيب 90 آخرون في الانفجار، قبل أن تعلن الوزارة اعتقال 5 مشتبهين وسط ارتفاع التوتر."
    assert _read(text) == [("killed", 40), ("injured", 90), ("detained", 5)]


def test_prec84_ar_a_person_in_the_list_of_the_dead_is_no_wounded_figure():
    # "وتضم قائمة الشهداء X أصيب برصاصة" (blind84 ar 004): rules.list_of_dead_at in rules.toll_includes_head opens a
    # group on the death toll, so the injury verb is how he died; "أحد الجرحى" later in that group is no part
    # (rules.veto_one_of_other_kind_in_group)
    assert _read("قتل 8 أشخاص في القصف. وتشمل قائمة الضحايا ممرضاً أصيب بشظية.") == [("killed", 8)]
    text = ("ارتفع عدد القتلى إلى 12 قتيلاً. وتضم قائمة القتلى ممرضاً أصيب بشظية أثناء إسعافه أحد الجرحى "
            "قرب السوق.")
    assert _read(text) == [("killed", 12)]
    # a person wounded with no list of the dead stays wounded; so does one in a list of the held
    assert _read("قتل 8 أشخاص في القصف. وأصيب مسعف متطوع برصاصة في الرأس.") == [("killed", 8), ("injured", 1)]
    assert _read("قتل 8 أشخاص في القصف. وتضم قائمة المعتقلين طفلاً أصيب برصاصة.") == [("killed", 8), ("injured", 1)]
    # one of the wounded where the group opens is a member
    assert _read("قتل 12 شخصاً، بينهم أحد الجرحى الذي توفي لاحقاً.") == [("killed", 12), ("killed", 1)]


def test_prec84_ar_people_who_lost_their_homes_after_the_count_are_displaced():
    # "نحو N ألف شخص فقدوا منازلهم" (blind84 ar 014): rules.lost_own_homes in rules.read_follow
    assert _read("وقدرت البلدية أن نحو 40 ألف شخص فقدوا منازلهم في القصف.") == [("displaced", 40000)]
    # lost with no homes after it stay missing; lost their lives are killed
    assert _read("قالت الشرطة إن 12 شخصاً فقدوا في البحر.") == [("missing", 12)]
    assert _read("قالت الشرطة إن 12 شخصاً فقدوا حياتهم في القصف.") == [("killed", 12)]


def test_prec84_ar_a_distribution_of_a_kind_reaches_back_to_its_toll():
    # "وتوزع الجرحى على مستشفيات العاصمة: N في …؛ M في …" paragraphs after the wounded toll (blind84 ar 009):
    # rules.breakdown_head with rules.distributed_kind
    text = ("أصيب 90 شخصاً في الاشتباكات.\n\nواندلع القتال مساء الاثنين.\n\nوقال متحدث إن الوضع صعب.\n\n"
            "وتوزع الجرحى على مستشفيات المدينة: 50 في المستشفى الوطني؛ 40 في مستشفى الهلال.")
    assert _read(text) == [("injured", 90), ("injured", 50), ("injured", 40)]
    # a list of things with no distribution of a kind noun gives no rows
    text = ("أصيب 90 شخصاً في الاشتباكات.\n\nواندلع القتال مساء الاثنين.\n\nوقال متحدث إن الوضع صعب.\n\n"
            "وقدم المستشفى الخدمات التالية: 50 عملية جراحية، 40 صورة أشعة.")
    assert _read(text) == [("injured", 90)]
