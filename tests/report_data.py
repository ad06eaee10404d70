"""Bulletins and incidents for the export, report and incidents-index tests. Holds no tests.

Our own sentences in the style of SOHR and SNHR bulletins, about real events of April 2017 in
Syria with the figures the monitors published (the sarin attack on Khan Shaykhun, its toll
revised from 58 to 72 and 86 by SOHR and documented as 91 by SNHR; the bombing of the evacuees'
buses at al-Rashidin, 126 killed, 68 of them children; the US strike on Shayrat airbase), and
SNHR's running total of people still forcibly detained (a cumulative figure, never an event).
The incidents are built by hand, as the incidents stage would build them (low/best/high annotated).
"""

from __future__ import annotations

from pathlib import Path

from tollwatch.records import (
    Bulletin, CasualtyFigure, FigureRef, Incident, IncidentToll, Link, Place, TimeWindow, TollChange,
)

KHAN_SHAYKHUN = Place(name="Khan Shaykhun", lat=35.4383, lon=36.6508, country="SY", governorate="Idlib",
                      district="Maarrat al-Nu'man", precision="point", geonameid=169889)
RASHIDIN = Place(name="al-Rashidin", lat=36.1800, lon=37.0700, country="SY", governorate="Aleppo",
                 district="Jabal Sem'an", precision="point")
SHAYRAT = Place(name="Shayrat", lat=34.4900, lon=36.9100, country="SY", governorate="Homs", district="Homs",
                precision="point")
SYRIA = Place(name="Syria", lat=35.0, lon=38.0, country="SY", precision="country", geonameid=163843)


def _fig(text: str, needle: str, kind: str, count: int, **kw) -> CasualtyFigure:
    start = text.index(needle)
    end = start + len(needle)
    return CasualtyFigure(kind=kind, count=count, start=start, end=end, evidence=text[start:end], sentence=text,
                          **kw)


def bulletins() -> list[Bulletin]:
    """Seven versions of six bulletins (one revised), English and Arabic, three sources."""
    ks_time = TimeWindow(phrase="on Tuesday morning", start="2017-04-04", end="2017-04-04")
    t1 = ("At least 58 people, among them 11 children, suffocated on Tuesday morning after warplanes dropped "
          "shells carrying a toxic gas on the town of Khan Shaykhun in the southern countryside of Idlib.")
    t1b = ("The death toll of the poison gas attack on Khan Shaykhun on Tuesday morning has risen to 72 people, "
           "20 children and 17 women among them, and the number is expected to rise further.")
    t2 = ("ارتفع إلى 86 عدد الشهداء الذين قضوا جراء القصف بالغازات السامة على مدينة خان شيخون بريف إدلب "
          "الجنوبي صباح الثلاثاء، بينهم 30 طفلاً و20 مواطنة.")
    t3 = ("SNHR documented the killing of 91 civilians, including 32 children and 23 women, in the chemical "
          "attack by government forces on Khan Shaykhun on April 4, 2017.")
    t4 = ("A car bomb tore through the buses carrying evacuees from al-Foua and Kefraya as they waited at "
          "al-Rashidin, west of Aleppo, on Saturday, killing 112 people.")
    t4b = ("The number of people killed in Saturday's bombing of the evacuees' buses at al-Rashidin has risen "
           "to 126, including 68 children, and dozens more were wounded.")
    t5 = ("Seven soldiers were killed when American cruise missiles struck Shayrat airbase in the Homs "
          "countryside at dawn on Friday.")
    t6 = ("SNHR's database holds at least 135,253 people who are still forcibly detained by the parties to "
          "the conflict since March 2011.")
    ks_en = "https://www.syriahr.com/en/khan-shaykhun-toll/"
    bus = "https://www.syriahr.com/en/rashidin-buses/"
    out = [
        Bulletin(source="sohr-en", url=ks_en, lang="en", title="Dozens suffocate in a gas attack on Khan Shaykhun",
                 published="2017-04-04T08:30:00+00:00", fetched="2017-04-04T09:00:00+00:00", text=t1, version=1,
                 casualties=[
                     _fig(t1, "At least 58 people", "killed", 58, qualifier="at_least", manner="chemical",
                          victims="people", geo=KHAN_SHAYKHUN, place="Khan Shaykhun", time=ks_time, lang="en"),
                     _fig(t1, "11 children", "killed", 11, part_of=0, victims="children",
                          victim_categories=["children"], geo=KHAN_SHAYKHUN, place="Khan Shaykhun", lang="en"),
                 ]),
        Bulletin(source="sohr-en", url=ks_en, lang="en", title="Khan Shaykhun gas attack toll rises to 72",
                 published="2017-04-04T08:30:00+00:00", fetched="2017-04-04T18:00:00+00:00", text=t1b, version=2,
                 casualties=[
                     _fig(t1b, "risen to 72 people", "killed", 72, revision=True, manner="chemical", victims="people",
                          geo=KHAN_SHAYKHUN, place="Khan Shaykhun", time=ks_time, lang="en"),
                     _fig(t1b, "20 children", "killed", 20, part_of=0, victim_categories=["children"],
                          geo=KHAN_SHAYKHUN, place="Khan Shaykhun", lang="en"),
                 ]),
        Bulletin(source="sohr-ar", url="https://www.syriahr.com/khan-shaykhun-86/", lang="ar",
                 title="ارتفاع عدد الشهداء في خان شيخون إلى 86", published="2017-04-05T07:00:00+00:00",
                 fetched="2017-04-05T07:30:00+00:00", text=t2,
                 casualties=[_fig(t2, "86 عدد الشهداء", "killed", 86, revision=True, geo=KHAN_SHAYKHUN,
                                  place="مدينة خان شيخون", time=ks_time, lang="ar")]),
        Bulletin(source="snhr", url="https://snhr.org/blog/2017/04/khan-shaykhun-report/", lang="en",
                 title="The chemical attack on Khan Shaykhun", published="2017-04-10", fetched="2017-04-10T12:00:00+00:00",
                 text=t3,
                 casualties=[_fig(t3, "91 civilians", "killed", 91, victims="civilians",
                                  victim_categories=["civilians"], perpetrator="government forces", manner="chemical",
                                  geo=KHAN_SHAYKHUN, place="Khan Shaykhun", time=ks_time, lang="en")]),
        Bulletin(source="sohr-en", url=bus, lang="en", title="Car bomb hits evacuees' buses at al-Rashidin",
                 published="2017-04-15T14:00:00+00:00", fetched="2017-04-15T15:00:00+00:00", text=t4, version=1,
                 casualties=[_fig(t4, "killing 112 people", "killed", 112, manner="explosion", geo=RASHIDIN,
                                  place="al-Rashidin", lang="en",
                                  time=TimeWindow(phrase="on Saturday", start="2017-04-15", end="2017-04-15"))]),
        Bulletin(source="sohr-en", url=bus, lang="en", title="al-Rashidin bombing toll rises to 126",
                 published="2017-04-15T14:00:00+00:00", fetched="2017-04-16T10:00:00+00:00", text=t4b, version=2,
                 casualties=[
                     _fig(t4b, "risen to 126", "killed", 126, revision=True, manner="explosion", geo=RASHIDIN,
                          place="al-Rashidin", lang="en",
                          time=TimeWindow(phrase="Saturday's", start="2017-04-15", end="2017-04-15")),
                     _fig(t4b, "68 children", "killed", 68, part_of=0, victim_categories=["children"], geo=RASHIDIN,
                          lang="en"),
                     _fig(t4b, "dozens more were wounded", "injured", 24, vague=True, qualifier="at_least",
                          geo=RASHIDIN, lang="en"),
                 ]),
        Bulletin(source="sohr-en", url="https://www.syriahr.com/en/shayrat-strike/", lang="en",
                 title="Soldiers killed in the missile strike on Shayrat airbase", published="2017-04-07",
                 fetched="2017-04-07T09:00:00+00:00", text=t5,
                 casualties=[_fig(t5, "Seven soldiers", "killed", 7, victims="soldiers",
                                  victim_categories=["security_forces"], perpetrator="American cruise missiles",
                                  manner="missile", geo=SHAYRAT, place="Shayrat airbase", lang="en",
                                  time=TimeWindow(phrase="at dawn on Friday", start="2017-04-07", end="2017-04-07"))]),
        Bulletin(source="snhr", url="https://snhr.org/blog/2017/04/detainees-total/", lang="en",
                 title="Still forcibly detained", published="2017-04-12", fetched="2017-04-12T12:00:00+00:00", text=t6,
                 casualties=[_fig(t6, "at least 135,253 people", "detained", 135253, qualifier="at_least",
                                  scope="cumulative", geo=SYRIA, lang="en",
                                  time=TimeWindow(phrase="since March 2011", start="2011-03-01", end="2017-04-12"))]),
    ]
    return out


def _ref(b: Bulletin, i: int) -> FigureRef:
    f = b.casualties[i]
    return FigureRef(version_id=b.version_id, index=i, source=b.source, url=b.url, lang=f.lang or b.lang,
                     published=b.published, kind=f.kind, count=f.count, count_max=f.count_max,
                     qualifier=f.qualifier, evidence=f.evidence, start=f.start, end=f.end)


def incidents(items: list[Bulletin] | None = None) -> list[Incident]:
    b = items or bulletins()
    ks_en1, ks_en2, ks_ar, ks_snhr, bus1, bus2, shayrat, detained = b
    key = lambda x, i: f"{x.version_id}#{i}"  # noqa: E731
    return [
        Incident(
            incident_id="inc-khan-shaykhun", scope="event",
            tolls=[IncidentToll(kind="killed", low=72, best=86, high=91)],
            event_date="2017-04-04", event_date_end="2017-04-04", date_precision="day", place=KHAN_SHAYKHUN,
            victim_categories=["civilians", "children", "women"], perpetrators=["government forces"],
            manners=["chemical"], sources=["sohr-en", "sohr-ar", "snhr"], langs=["en", "ar"],
            figures=[_ref(ks_en2, 0), _ref(ks_ar, 0), _ref(ks_snhr, 0)],
            links=[Link(a=key(ks_en2, 0), b=key(ks_ar, 0), reasons=["same kind", "same district: Maarrat al-Nu'man",
                                                                     "window overlaps"], score=0.9),
                   Link(a=key(ks_en2, 0), b=key(ks_snhr, 0), reasons=["same kind", "same place: Khan Shaykhun",
                                                                       "same day"], score=0.95)],
            history=[TollChange(at="2017-04-04T08:30:00+00:00", kind="killed", low=58, best=58, high=58,
                                version_id=ks_en1.version_id, source="sohr-en"),
                     TollChange(at="2017-04-04T18:00:00+00:00", kind="killed", low=72, best=72, high=72,
                                version_id=ks_en2.version_id, source="sohr-en"),
                     TollChange(at="2017-04-05T07:00:00+00:00", kind="killed", low=72, best=86, high=86,
                                version_id=ks_ar.version_id, source="sohr-ar"),
                     TollChange(at="2017-04-10T00:00:00+00:00", kind="killed", low=72, best=86, high=91,
                                version_id=ks_snhr.version_id, source="snhr")],
            first_seen="2017-04-04T08:30:00+00:00", last_seen="2017-04-10T00:00:00+00:00",
            title="Chemical attack on Khan Shaykhun, Idlib",
        ),
        Incident(
            incident_id="inc-shayrat", scope="event", tolls=[IncidentToll(kind="killed", low=7, best=7, high=7)],
            event_date="2017-04-07", event_date_end="2017-04-07", date_precision="day", place=SHAYRAT,
            victim_categories=["security_forces"], perpetrators=["American cruise missiles"], manners=["missile"],
            sources=["sohr-en"], langs=["en"], figures=[_ref(shayrat, 0)],
            history=[TollChange(at="2017-04-07T00:00:00+00:00", kind="killed", low=7, best=7, high=7,
                                version_id=shayrat.version_id, source="sohr-en")],
            first_seen="2017-04-07T00:00:00+00:00", last_seen="2017-04-07T00:00:00+00:00",
            title="Missile strike on Shayrat airbase, Homs",
        ),
        Incident(
            incident_id="inc-rashidin", scope="event",
            tolls=[IncidentToll(kind="killed", low=126, best=126, high=126),
                   IncidentToll(kind="injured", low=24, best=24, high=24)],
            event_date="2017-04-15", event_date_end="2017-04-15", date_precision="day", place=RASHIDIN,
            victim_categories=["children"], manners=["explosion"], sources=["sohr-en"], langs=["en"],
            figures=[_ref(bus2, 0), _ref(bus2, 2)],
            history=[TollChange(at="2017-04-15T14:00:00+00:00", kind="killed", low=112, best=112, high=112,
                                version_id=bus1.version_id, source="sohr-en"),
                     TollChange(at="2017-04-16T10:00:00+00:00", kind="killed", low=126, best=126, high=126,
                                version_id=bus2.version_id, source="sohr-en"),
                     TollChange(at="2017-04-16T10:00:00+00:00", kind="injured", low=24, best=24, high=24,
                                version_id=bus2.version_id, source="sohr-en")],
            first_seen="2017-04-15T14:00:00+00:00", last_seen="2017-04-16T10:00:00+00:00",
            title="Car bomb on the evacuees' buses at al-Rashidin, Aleppo",
        ),
        Incident(
            incident_id="inc-detained-total", scope="cumulative",
            tolls=[IncidentToll(kind="detained", low=135253, best=135253, high=135253)],
            event_date="2011-03-01", event_date_end="2017-04-12", date_precision="year", place=SYRIA,
            sources=["snhr"], langs=["en"], figures=[_ref(detained, 0)],
            first_seen="2017-04-12T00:00:00+00:00", last_seen="2017-04-12T00:00:00+00:00",
            title="People still forcibly detained since March 2011 (running total)",
        ),
    ]


def fill(data_dir: Path):
    """A store under ``data_dir`` with the bulletins (through nlp) and the incidents; returns it open."""
    from store import Store

    store = Store(data_dir)
    items = bulletins()
    for b in items:
        expected = b.version
        status = store.save_bulletin(b)
        assert status in ("new", "changed") and b.version == expected, (b.url, status)
        store.update_bulletin(b)
    store.mark_done("nlp", items)
    store.replace_incidents(incidents(items))
    return store
