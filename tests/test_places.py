"""Geocoding with the packaged gazetteer: spellings, Arabic, precision, ambiguity by context."""

import pytest

from nlp.places import Gazetteer, latin_key, name_key, skeleton


@pytest.fixture(scope="module")
def gaz():
    return Gazetteer.load()


@pytest.mark.parametrize("name", ["Deir ez-Zor", "Deir Ezzor", "Deir al-Zour", "Dayr az-Zawr", "Deir Ez-Zour",
                                  "دير الزور", "بدير الزور", "DEIR EZZOR province"])
def test_deir_ez_zor_spellings(gaz, name):
    place = gaz.geocode(name)
    assert place is not None, name
    assert place.governorate == "Deir ez-Zor"
    assert place.country == "SY"
    assert place.name == name  # the phrase as written is kept


def test_skeleton_folds_transliterations():
    assert skeleton("Deir ez-Zor") == skeleton("Deir Ezzor") == skeleton("Dayr az-Zawr") == skeleton("Deir al-Zour")
    assert latin_key("Ma‘arrat an-Nu‘mān") == "maarrat an numan"
    assert name_key("إدلب") == name_key("ادلب")


@pytest.mark.parametrize("phrase, precision, governorate", [
    ("Idlib", "governorate", "Idlib"),
    ("the southern countryside of Idlib", "governorate", "Idlib"),
    ("Idlib city", "point", "Idlib"),
    ("مدينة إدلب", "point", "Idlib"),
    ("ريف إدلب الجنوبي", "governorate", "Idlib"),
    ("Saraqib town in the eastern countryside of Idlib", "point", "Idlib"),
    ("مدينة الباب بريف حلب الشرقي", "point", "Aleppo"),
    ("Douma", "point", "Rif Dimashq"),
    ("دوما في الغوطة الشرقية", "point", "Rif Dimashq"),
    ("Kobani", "point", "Aleppo"),
    ("عين العرب", "point", "Aleppo"),
    ("Maarat al-Numan", "point", "Idlib"),
    ("Daraa countryside", "governorate", "Daraa"),
    ("للرقة", "governorate", "Raqqa"),
    ("Rural Damascus", "governorate", "Rif Dimashq"),
])
def test_precision_follows_the_words(gaz, phrase, precision, governorate):
    place = gaz.geocode(phrase)
    assert place is not None, phrase
    assert (place.precision, place.governorate) == (precision, governorate), phrase
    assert place.lat is not None and place.lon is not None


def test_district_seat_gets_district(gaz):
    place = gaz.geocode("Qamishli")
    assert place.precision == "point" and place.district == "Qamishli" and place.governorate == "Al-Hasakah"
    assert place.geonameid


def test_countries_and_other_theatres(gaz):
    assert gaz.geocode("Sudan").precision == "country"
    assert gaz.geocode("اليمن").country == "YE"
    gaza = gaz.geocode("Khan Younis")
    assert gaza.country == "PS" and gaza.precision == "point"
    assert gaz.geocode("El Fasher").country == "SD"


def test_unknown_names(gaz):
    assert gaz.geocode("") is None
    assert gaz.geocode("the area") is None
    assert gaz.geocode("Xqzwv") is None


def test_ambiguous_name_resolved_by_the_phrase(gaz):
    # Suran is a town in northern Aleppo (near Azaz) and a town in Hama
    assert gaz.geocode("Suran in the northern countryside of Aleppo").governorate == "Aleppo"
    assert gaz.geocode("Suran, north of Hama").governorate == "Hama"


def test_ambiguous_name_resolved_by_the_bulletin(gaz):
    bulletin = ("Turkish-backed factions shelled villages in the northern Aleppo countryside near Azaz. "
                "In Suran, a child was killed and two women were injured.")
    ctx = gaz.context(bulletin)
    assert gaz.geocode("Suran", ctx).governorate == "Aleppo"
    other = "Regime forces shelled the countryside of Hama on Tuesday. In Suran, a man was killed."
    assert gaz.geocode("Suran", gaz.context(other)).governorate == "Hama"
    # no context: the larger town
    assert gaz.geocode("Suran").governorate == "Hama"


def test_find_in_running_text_keeps_offsets(gaz):
    text = "Regime shelling on Saraqib and Ariha killed five; in Deir Ezzor a mine exploded."
    found = gaz.find(text, strict=True)
    assert [m.text for m in found] == ["Saraqib", "Ariha", "Deir Ezzor"]
    for m in found:
        assert text[m.start:m.end] == m.text
    arabic = "قصفت قوات النظام بلدة كفرنبل وبسراقب"
    found = gaz.find(arabic, strict=True)
    assert [m.text for m in found][-1] == "سراقب"
    assert all(arabic[m.start:m.end] == m.text for m in found)


def test_region_around_a_town_is_not_a_point(gaz):
    hajjah = gaz.geocode("Hajjah province")
    assert hajjah.country == "YE" and hajjah.precision == "governorate" and hajjah.geonameid is None
    around = gaz.geocode("ريف سراقب")
    assert around.precision == "district" and around.governorate == "Idlib"
    assert gaz.geocode("سراقب").precision == "point"


def test_arabic_words_are_not_villages(gaz):
    text = "وقتل اثنان من كوادر الدفاع المدني في المدينة، وأصيب آخر في مدينة القصير."
    assert [m.text for m in gaz.find(text, strict=True)] == ["القصير"]


def test_other_theatres_provinces(gaz):
    assert gaz.geocode("شمال دارفور").precision == "governorate"
    assert gaz.geocode("North Darfur state").country == "SD"
    assert gaz.geocode("Taiz province").precision == "governorate"
    assert gaz.geocode("Taiz city").precision == "point"
    assert gaz.geocode("Taiz").precision == "point"  # outside Syria a bare city name is the city
    assert gaz.geocode("محافظة تعز").precision == "governorate"


def test_foreign_countries_are_not_villages(gaz):
    uk = gaz.geocode("Britain")
    assert uk.precision == "country" and uk.country == "GB"
    assert gaz.geocode("إيران").country == "IR"
    text = "Aleppo - Five civilians were killed; Britain condemned the attack."
    assert [m.text for m in gaz.find(text, strict=True)] == ["Aleppo", "Britain"]


# -- a place phrase over several areas, or over an area the gazetteer cannot place -------------------
@pytest.mark.parametrize("phrase, precision, governorate", [
    ("the coastal region and the Hama countryside", "country", None),  # SOHR, March 2025
    ("Latakia and Tartous", "country", None),
    ("the countryside of Latakia and Tartous", "country", None),
    ("Deir ez-Zor, Raqqa and Hasakah", "country", None),
    ("ريف حماة وريف اللاذقية", "country", None),
    ("الساحل السوري وريف حماة", "country", None),
    ("الساحل السوري", "country", None),  # an area of a country, by its adjective
    ("البادية السورية", "country", None),
    ("western Syria", "country", None),
    ("north-west Syria", "country", None),
    ("Ariha and Saraqib", "governorate", "Idlib"),  # two towns of one governorate: the governorate
    ("أريحا وسراقب", "governorate", "Idlib"),
    # one area: as before
    ("Hama and its countryside", "governorate", "Hama"),
    ("حلب وريفها", "governorate", "Aleppo"),
    ("Saraqib town in Idlib", "point", "Idlib"),
    ("مدينة الباب بريف حلب", "point", "Aleppo"),
])
def test_a_phrase_over_several_areas_gets_the_area_holding_them(gaz, phrase, precision, governorate):
    place = gaz.geocode(phrase)
    assert place is not None, phrase
    assert (place.precision, place.governorate, place.country) == (precision, governorate, "SY"), phrase
    assert place.name == phrase


@pytest.mark.parametrize("phrase", [
    "the coastal region",  # no country said: no place
    "Aleppo and Mosul",  # two countries, none of which holds the other
    "Idlib and the Gaza Strip",
])
def test_areas_with_no_known_container_get_no_place(gaz, phrase):
    assert gaz.geocode(phrase) is None, phrase


@pytest.mark.parametrize("phrase, precision, governorate", [
    ("Sarmin town, east of Idlib", "point", "Idlib"),  # where the town is, not a second area
    ("Azaz city, north of Aleppo", "point", "Aleppo"),
    ("area of Darayya, south-west of Damascus", "point", "Rif Dimashq"),
    ("Daraa al-Balad, Daraa governorate", "governorate", "Daraa"),  # the area of the one before
    # "Saad" is not the place the phrase names: a town the gazetteer lacks, next to one it has
    ("Nawa and Al-Shaykh Saad", "governorate", "Daraa"),
    ("Saqba and Kafr Batna", "governorate", "Rif Dimashq"),
    ("شمال إدلب وإلى منطقة عفرين", "country", None),
    ("مدينة عفرين والقرى", "point", "Aleppo"),  # the villages around it are not a second area
    ("Homs, Hama, Deir Ezzor, Aleppo", "country", None),
])
def test_what_is_not_a_second_area(gaz, phrase, precision, governorate):
    place = gaz.geocode(phrase)
    assert place is not None, phrase
    assert (place.precision, place.governorate) == (precision, governorate), phrase
