"""Event dates from the figure's own sentence (English and Arabic) and wire-story datelines, which
are neither the event's place nor its date."""

from __future__ import annotations

import pytest

from nlp.dates import date_figures, event_time
from nlp.datelines import find_dateline, is_dateline_place
from tollwatch.records import Bulletin, CasualtyFigure, TimeWindow


@pytest.mark.parametrize("sentence, published, start, end", [
    ("14 civilians were killed on Tuesday in Ariha.", "2024-03-06", "2024-03-05", "2024-03-05"),  # a Wednesday
    ("Three people were killed on Wednesday.", "2024-03-06", "2024-03-06", "2024-03-06"),
    ("Shelling killed 3 children last night in Saraqib.", "2024-03-07", "2024-03-06", "2024-03-07"),
    ("Five were killed yesterday morning.", "2024-03-07", "2024-03-06", "2024-03-06"),
    ("At least 12 were killed on March 6 in Douma.", "2024-03-07", "2024-03-06", "2024-03-06"),
    ("Two were killed on 30 December.", "2024-01-02", "2023-12-30", "2023-12-30"),  # the year before
    ("Tuesday's strike killed 5.", "2024-03-07", "2024-03-05", "2024-03-05"),
    ("Four were killed two days ago.", "2024-03-07", "2024-03-05", "2024-03-05"),
    ("قتل 14 مدنياً يوم الثلاثاء جراء غارة.", "2024-03-06", "2024-03-05", "2024-03-05"),
    ("قتل خمسة أشخاص أمس في غارة.", "2024-03-06", "2024-03-05", "2024-03-05"),
    ("قتل 21 شخصاً مساء أمس السبت.", "2018-04-08", "2018-04-07", "2018-04-07"),
    ("قتل 3 أشخاص في 5 آذار/مارس.", "2024-03-06", "2024-03-05", "2024-03-05"),
    ("قتل 3 أشخاص فجر اليوم.", "2024-03-06", "2024-03-06", "2024-03-06"),
    ("قتل 3 أشخاص الليلة الماضية.", "2024-03-06", "2024-03-05", "2024-03-06"),
])
def test_event_time_from_the_sentence(sentence, published, start, end):
    tw = event_time(sentence, published)
    assert tw is not None and (tw.start, tw.end) == (start, end)


@pytest.mark.parametrize("sentence", ["Five people were killed in the attack.", "killed in May, the report says",
                                      "قتل خمسة أشخاص في الهجوم."])
def test_no_date_phrase_gives_none(sentence):
    assert event_time(sentence, "2024-03-06") is None


def test_no_publication_date_resolves_nothing():
    assert event_time("killed on Tuesday", None) is None


@pytest.mark.parametrize("text, city, date", [
    ("AMMAN (Reuters) - Five people were killed", "AMMAN", None),
    ("BEIRUT, March 6 - At least 12 people were killed", "BEIRUT", "March 6"),
    ("GAZA CITY, Oct 7 (Reuters) - Rockets", "GAZA CITY", "Oct 7"),
    ("Beirut, March 6 (AFP) - Strikes", "Beirut", "March 6"),
    ("A title line\nBAGHDAD (Reuters) - A car bomb", "BAGHDAD", None),
    ("بيروت (رويترز) - قتل خمسة أشخاص", "بيروت", None),
    ("دمشق - سانا: قتل خمسة", "دمشق", None),
    ("غزة: «الشرق الأوسط»\n\nقال الدفاع المدني", "غزة", None),
    ("SANAA, Yemen (AP) — The death toll", "SANAA", None),
    ("GENEVA (31 October 2025) – The UN", "GENEVA", None),
    ("صعدة - سبأ\n\nاستشهد 60 مواطناً", "صعدة", None),
    ("خان يونس/ الأناضول\n\nاستشهد 7", "خان يونس", None),
    ("حلب-سانا:\nقتل", "حلب", None),
])
def test_datelines_are_found(text, city, date):
    d = find_dateline(text)
    assert d is not None and d.city == city and d.date == date and text[d.city_start:d.city_end] == city


@pytest.mark.parametrize("text", ["Five people were killed - officials said", "Idlib - the shelling killed two",
                                  "Idlib (northwest Syria) - shelling killed two",
                                  "Daraa province: SOHR activists reported", "ادلب - قتل شخصان"])
def test_not_datelines(text):
    assert find_dateline(text) is None


def test_a_dateline_city_is_not_the_place_unless_the_sentence_names_it_again():
    text = "BAGHDAD (Reuters) - A car bomb killed 7 people in Baghdad on Tuesday."
    d = find_dateline(text)
    assert is_dateline_place(d, "BAGHDAD", "A car bomb killed 7", d.end)
    assert not is_dateline_place(d, "Baghdad", text, 0)
    assert not is_dateline_place(d, "Mosul", text, 0)


def test_date_figures_replaces_the_dateline_date_with_the_sentence_date():
    text = "BEIRUT, March 6 - At least 12 people were killed last night when shelling hit Douma."
    b = Bulletin(source="wire", url="http://127.0.0.1/1", text=text, lang="en", published="2024-03-06")
    f = CasualtyFigure("killed", 12, sentence=text, sentence_start=0,
                       time=TimeWindow(phrase="March 6", start="2024-03-06", end="2024-03-06"))
    undated = CasualtyFigure("killed", 3, sentence="Three died on Monday.", sentence_start=200)
    b.casualties = [f, undated]
    d = find_dateline(text)
    date_figures(b, (d.start, d.end, d.date))
    assert (f.time.phrase, f.time.start, f.time.end) == ("last night", "2024-03-05", "2024-03-06")
    assert undated.time.start == "2024-03-04"


def test_annotate_keeps_the_dateline_city_out_of_the_figure():
    from nlp.annotate import annotate
    from nlp.models import Components
    from nlp.places import Gazetteer

    b = Bulletin(source="wire", url="http://127.0.0.1/2", lang="en", published="2024-03-06",
                 text="AMMAN (Reuters) - An air strike killed 9 civilians in Saraqib on Tuesday, rescuers said.")
    out = annotate(b, Components(gazetteer=Gazetteer.load()))
    (f,) = out.casualties
    assert f.geo is not None and f.geo.name != "AMMAN" and f.time.start == "2024-03-05"
