"""A small corpus of bulletins for the indexing and search tests (our own sentences, in the style of
monitoring-group bulletins), and helpers shared by tests/test_index*.py and tests/test_search*.py.
Holds no tests itself."""

from __future__ import annotations

from pathlib import Path

from tollwatch.records import Bulletin, CasualtyFigure, Place, TimeWindow, Translation

IDLIB = dict(country="SY", governorate="Idlib", precision="point")


def fig(kind, count, start, text, place=None, geo=None, **kw) -> CasualtyFigure:
    return CasualtyFigure(kind=kind, count=count, place=place, geo=geo, start=start, end=start + 10,
                          evidence=text[start:start + 10], sentence=text, **kw)


def corpus() -> list[Bulletin]:
    """Six versions of five bulletins: English, Arabic (with a translation), two sources, a revision."""
    out = []

    t1 = ("Regime artillery shelled the town of Ariha in the southern Idlib countryside on Sunday morning. "
          "The Syrian Observatory documented the death of 12 civilians, among them 4 children, and "
          "more than 20 people were injured.")
    out.append(Bulletin(
        source="sohr-en", url="https://www.syriahr.com/en/300001/", lang="en", published="2024-03-10T09:00:00+02:00",
        title="Civilians killed in shelling on Ariha", text=t1,
        casualties=[
            fig("killed", 12, t1.index("12"), t1, place="Ariha", victim_categories=["civilians"],
                geo=Place(name="Ariha", lat=35.8126, lon=36.6109, district="Ariha", **IDLIB),
                time=TimeWindow(phrase="on Sunday morning", start="2024-03-10", end="2024-03-10")),
            fig("killed", 4, t1.index("4 children"), t1, place="Ariha", part_of=0, victim_categories=["children"],
                geo=Place(name="Ariha", lat=35.8126, lon=36.6109, district="Ariha", **IDLIB)),
            fig("injured", 20, t1.index("20"), t1, place="Ariha", qualifier="more_than",
                geo=Place(name="Ariha", lat=35.8126, lon=36.6109, district="Ariha", **IDLIB)),
        ],
    ))

    # Arabic, with diacritics, hamza on alef, teh marbuta, tanween and Arabic-Indic digits.
    t2 = ("وثّق المرصد السوري لحقوق الإنسان مقتل ١٥ مدنياً بينهم أطفال، جراء غارات جوية استهدفت "
          "مدينة إدلب صباح اليوم، في حين أُصيب آخرون بجروح متفاوتة.")
    tr2 = ("The Syrian Observatory for Human Rights documented the killing of 15 civilians, including children, "
           "in airstrikes that targeted Idlib city this morning, while others were wounded.")
    out.append(Bulletin(
        source="sohr-ar", url="https://www.syriahr.com/300002/", lang="ar", published="2024-03-11",
        title="مقتل ١٥ مدنياً بغارات جوية على مدينة إدلب", text=t2,
        translation=Translation(text=tr2, model="test-model", source_lang="ar"),
        casualties=[
            fig("killed", 15, t2.index("١٥"), t2, place="مدينة إدلب", lang="ar",
                translation_sentence=tr2, victim_categories=["civilians"],
                geo=Place(name="Idlib", lat=35.9306, lon=36.6339, district="Idlib", **IDLIB)),
        ],
    ))

    t3 = ("The Syrian Network for Human Rights recorded at least 30 cases of arbitrary arrest in Daraa "
          "governorate during January, most of them at checkpoints.")
    out.append(Bulletin(
        source="snhr", url="https://snhr.org/blog/2024/02/01/arrests-january/", lang="en", published="2024-02-01",
        title="Arbitrary arrests in January", text=t3,
        casualties=[fig("detained", 30, t3.index("30"), t3, place="Daraa governorate", qualifier="at_least",
                        geo=Place(name="Daraa", lat=32.6189, lon=36.1021, country="SY", governorate="Daraa",
                                  precision="governorate"))],
    ))

    # The same bulletin, revised: two versions at one URL.
    t4a = "A car bomb exploded near the main market in the city of al-Bab, killing 8 people."
    t4b = ("The death toll of the car bomb that exploded near the main market in the city of al-Bab has risen "
           "to 14 people, among them three women.")
    bab = dict(name="al-Bab", lat=36.3705, lon=37.5157, country="SY", governorate="Aleppo", precision="point")
    v1 = Bulletin(source="sohr-en", url="https://www.syriahr.com/en/300004/", lang="en", published="2024-01-15",
                  title="Car bomb in al-Bab", text=t4a, version=1,
                  casualties=[fig("killed", 8, t4a.index("8"), t4a, place="al-Bab", geo=Place(**bab))])
    v2 = Bulletin(source="sohr-en", url="https://www.syriahr.com/en/300004/", lang="en", published="2024-01-15",
                  title="Car bomb in al-Bab: toll rises", text=t4b, version=2,
                  casualties=[fig("killed", 14, t4b.index("14"), t4b, place="al-Bab", revision=True,
                                  previous_count=8, geo=Place(**bab))])
    out += [v1, v2]

    # Arabic spelled without hamzas and with teh marbuta as heh, as some sites write.
    t5 = "قتل 3 اشخاص بانفجار لغم ارضي في ريف درعا الغربي مساء امس، واصيب طفل بجروح خطيره."
    out.append(Bulletin(
        source="sohr-ar", url="https://www.syriahr.com/300005/", lang="ar", published="2023-12-20",
        title="انفجار لغم في ريف درعا", text=t5,
        casualties=[fig("killed", 3, t5.index("3"), t5, place="ريف درعا الغربي", lang="ar", manner="landmine",
                        geo=Place(name="Daraa", lat=32.6189, lon=36.1021, country="SY", governorate="Daraa",
                                  precision="governorate"))],
    ))
    return out


def ids(hits) -> list[str]:
    return [h.version_id for h in hits]


def fill_store(data_dir: Path, bulletins=None, nlp_done: bool = True):
    """A store holding ``bulletins`` (default: the corpus) as the crawler and nlp would leave it."""
    from store import Store

    store = Store(data_dir)
    items = corpus() if bulletins is None else bulletins
    for b in items:
        want = b.version
        status = store.save_bulletin(b)
        assert status in ("new", "changed") and b.version == want, (status, b.version, want)
    if nlp_done:
        store.mark_done("nlp", items)
    return store
