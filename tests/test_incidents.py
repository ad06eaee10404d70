"""The incidents stage's pure parts: the linker, low/best/high, history, overrides and stable ids,
on hand-built bulletins, and English and Arabic reports of one event through the real gazetteer."""

from __future__ import annotations

import pytest

from incidents import build_incidents
from incidents.link import figures_of, link
from incidents.overrides import Overrides, OverridesError, load_overrides, parse_overrides
from tollwatch.records import Bulletin, CasualtyFigure, Place, TimeWindow

ARIHA = Place(name="Ariha", country="SY", governorate="Idlib", precision="point", geonameid=172994)
ARIHA_AR = Place(name="أريحا", country="SY", governorate="Idlib", precision="point", geonameid=172994)
SARAQIB = Place(name="Saraqib", country="SY", governorate="Idlib", precision="point", geonameid=164816)
IDLIB = Place(name="Idlib province", country="SY", governorate="Idlib", precision="governorate")
DOUMA = Place(name="Douma", country="SY", governorate="Rif Dimashq", precision="point", geonameid=170592)


def fig(count, geo=None, kind="killed", day=None, **kw) -> CasualtyFigure:
    kw.setdefault("time", TimeWindow(phrase=f"on {day}", start=day, end=day) if day else None)
    return CasualtyFigure(kind=kind, count=count, place=geo.name if geo else None, geo=geo, **kw)


def bul(n, figures, source="sohr-en", published="2024-03-06", lang="en", version=1) -> Bulletin:
    b = Bulletin(source=source, url=f"http://127.0.0.1/{source}/{n}", text=f"bulletin {n} v{version}", lang=lang,
                 published=published, fetched=published + "T20:00:00+00:00", version=version)
    b.casualties = list(figures)
    return b


def only(incidents, count):
    found = [i for i in incidents if i.tolls[0].best == count]
    assert len(found) == 1, [i.title for i in incidents]
    return found[0]


def test_one_event_across_sources_and_languages_is_one_incident_with_reasons():
    bs = [bul(1, [fig(14, ARIHA, day="2024-03-05", victim_categories=["civilians"])]),
          bul(2, [fig(14, ARIHA_AR, day="2024-03-05", victim_categories=["civilians"])], source="sohr-ar", lang="ar"),
          bul(3, [fig(14, ARIHA)], source="snhr", published="2024-03-06")]
    (inc,) = build_incidents(bs)
    assert set(inc.sources) == {"sohr-en", "sohr-ar", "snhr"} and set(inc.langs) == {"en", "ar"}
    assert (inc.tolls[0].low, inc.tolls[0].best, inc.tolls[0].high) == (14, 14, 14)
    assert inc.event_date == "2024-03-05" and inc.date_precision == "day" and inc.place.geonameid == 172994
    reasons = [r for l in inc.links for r in l.reasons]
    assert any(r.startswith("same place: أريحا / Ariha") or r.startswith("same place: Ariha / أريحا") for r in reasons)
    assert any(r.startswith("same count: 14") for r in reasons)


def test_near_misses_stay_apart():
    a = bul(1, [fig(14, ARIHA, day="2024-03-05")])
    other_town = bul(2, [fig(14, SARAQIB, day="2024-03-05")], source="snhr")
    other_week = bul(3, [fig(14, ARIHA, day="2024-02-20")], source="snhr", published="2024-02-21")
    other_kind = bul(4, [fig(14, ARIHA, kind="injured", day="2024-03-05")], source="snhr")
    fighters = bul(5, [fig(14, ARIHA, day="2024-03-05", victim_categories=["fighters"])], source="snhr")
    civilians = bul(6, [fig(12, ARIHA, day="2024-03-05", victim_categories=["civilians"])], source="sy-civil")
    assert len(build_incidents([a, other_town, other_week, other_kind])) == 4
    assert len(build_incidents([fighters, civilians])) == 2
    # a governorate alone is not enough unless the count is the same (and not tiny)
    coarse = bul(7, [fig(9, IDLIB, day="2024-03-05")], source="snhr")
    assert len(build_incidents([a, coarse])) == 2
    coarse_same = bul(8, [fig(14, IDLIB, day="2024-03-05")], source="snhr")
    assert len(build_incidents([a, coarse_same])) == 1
    # no place: never linked to another bulletin
    placeless = bul(9, [fig(14, day="2024-03-05")], source="snhr")
    assert len(build_incidents([a, placeless])) == 2


def test_a_figure_never_joins_a_group_that_conflicts_with_any_member():
    """Ariha links with a governorate-level 14, and so would Saraqib: they must not end up together."""
    bs = [bul(1, [fig(14, ARIHA, day="2024-03-05")]), bul(2, [fig(14, SARAQIB, day="2024-03-05")], source="snhr"),
          bul(3, [fig(14, IDLIB, day="2024-03-05")], source="sy-civil")]
    incidents = build_incidents(bs)
    assert len(incidents) == 2
    for inc in incidents:
        assert not {"sohr-en", "snhr"} <= set(inc.sources)


def test_two_figures_of_one_bulletin_are_two_incidents():
    b = bul(1, [fig(14, ARIHA, day="2024-03-05"), fig(14, DOUMA, day="2024-03-05"), fig(3, day="2024-03-05")])
    assert len(build_incidents([b])) == 3


def test_revisions_over_days_low_best_high_and_history():
    day1 = bul(1, [fig(14, ARIHA, day="2024-03-05")], published="2024-03-05")
    relay = bul(2, [fig(14, ARIHA, day="2024-03-05")], source="outlet", published="2024-03-05")
    v1 = bul(3, [fig(20, ARIHA, day="2024-03-05")], source="snhr", published="2024-03-06")
    v2 = bul(3, [fig(34, ARIHA, superseded=True), fig(41, ARIHA, revision=True, previous_count=34)],
             source="snhr", published="2024-03-07", version=2)
    sohr = bul(4, [fig(38, ARIHA)], published="2024-03-07")
    (inc,) = build_incidents([day1, relay, v1, v2, sohr])
    t = inc.tolls[0]
    # SOHR counts once (its latest, 38); the outlet's 14, which names no counter, is stale (larger
    # tolls came later); SNHR's version 1 (20) and the earlier toll its version 2 states (34) are
    # superseded; best is the higher middle of 38 and 41
    assert (t.low, t.best, t.high) == (38, 41, 41)
    current = {(f.source, f.count) for f in inc.figures if f.current}
    assert current == {("snhr", 41), ("sohr-en", 38), ("sohr-en", 14), ("outlet", 14)}
    assert [h.best for h in inc.history] == [14, 20, 38, 41]
    assert inc.history[-1].source in ("snhr", "sohr-en") and inc.first_seen.startswith("2024-03-05")
    assert inc.last_seen.startswith("2024-03-07")


def test_a_range_gives_high_and_an_undated_figure_uses_its_publication_window():
    a = bul(1, [fig(10, ARIHA, count_max=15)], published="2024-03-06")
    b = bul(2, [fig(12, ARIHA, day="2024-03-05")], source="snhr")
    (inc,) = build_incidents([a, b])
    assert (inc.tolls[0].low, inc.tolls[0].best, inc.tolls[0].high) == (10, 12, 15)


def test_each_counter_counts_once_whoever_relays_it():
    from incidents.tolls import counter

    cd = bul(1, [fig(20, ARIHA, day="2024-03-05", sentence="The civil defence said 20 people were killed.")],
             source="wire-en", published="2024-03-05")
    cd_later = bul(2, [fig(33, ARIHA, day="2024-03-05", sentence="Rescuers said the toll rose to 33.")],
                   source="outlet-ar", published="2024-03-06")
    ministry = bul(3, [fig(31, ARIHA, day="2024-03-05", sentence="The health ministry said 31 bodies arrived.")],
                   source="outlet-en", published="2024-03-06")
    items = figures_of([cd, cd_later, ministry])
    assert sorted(counter(i)[0] for i in items) == ["civil defence", "civil defence", "health ministry"]
    (inc,) = build_incidents([cd, cd_later, ministry])
    # the civil defence's 20 is replaced by its own 33, wherever it was published; the ministry's
    # partial 31 is a credible low
    assert (inc.tolls[0].low, inc.tolls[0].best, inc.tolls[0].high) == (31, 33, 33)


def test_running_totals_are_kept_apart_from_events():
    since = TimeWindow(phrase="since the start of the year", start="2024-01-01", end="2024-03-06")
    b = bul(1, [fig(14, ARIHA, day="2024-03-05"), fig(1383, IDLIB, scope="cumulative", time=None)])
    b.casualties[1].time = since
    later = bul(2, [fig(1390, IDLIB, scope="cumulative")], published="2024-03-07")
    later.casualties[0].time = TimeWindow(phrase="since January", start="2024-01-01", end="2024-03-07")
    incidents = build_incidents([b, later])
    totals = [i for i in incidents if i.scope == "cumulative"]
    events = [i for i in incidents if i.scope == "event"]
    assert len(totals) == 1 and len(events) == 1
    assert totals[0].tolls[0].best == 1390 and events[0].tolls[0].best == 14
    assert all(f.count < 1000 for f in events[0].figures)


def test_ids_are_stable_across_runs_and_when_an_earlier_report_arrives():
    a = bul(1, [fig(14, ARIHA, day="2024-03-05")], published="2024-03-06")
    b = bul(2, [fig(14, ARIHA, day="2024-03-05")], source="snhr", published="2024-03-06")
    first = build_incidents([a, b])
    again = build_incidents([a, b], previous=first)
    assert [i.incident_id for i in first] == [i.incident_id for i in again]
    assert [i.to_dict() for i in first] == [i.to_dict() for i in build_incidents([a, b])]
    early = bul(3, [fig(12, ARIHA, day="2024-03-05")], source="outlet", published="2024-03-05")
    backfilled = build_incidents([a, b, early], previous=first)
    assert len(backfilled) == 1 and backfilled[0].incident_id == first[0].incident_id


def test_overrides_merge_and_split_win_over_the_linker():
    a = bul(1, [fig(14, ARIHA, day="2024-03-05")])
    b = bul(2, [fig(14, ARIHA, day="2024-03-05")], source="snhr")
    c = bul(3, [fig(30, SARAQIB, day="2024-03-05")], source="snhr")
    ka, kb = f"{a.version_id}#0", f"{b.version_id}#0"
    split = build_incidents([a, b], Overrides(split=[(ka, kb)]))
    assert len(split) == 2
    linked = build_incidents([a, b, c])
    ids = {i.sources[0] if len(i.sources) == 1 else "both": i.incident_id for i in linked}
    merged = build_incidents([a, b, c], Overrides(merge=[(ids["both"], ids["snhr"])]), previous=linked)
    assert len(merged) == 1 and merged[0].incident_id == ids["both"]
    assert any(l.manual and "override" in l.reasons[0] for l in merged[0].links)
    by_key = build_incidents([a, c], Overrides(merge=[(ka, f"{c.version_id}#0")]))
    assert len(by_key) == 1


def test_override_file_errors_name_the_file(tmp_path):
    p = tmp_path / "overrides.yaml"
    p.write_text("merge:\n  - [inc-a, inc-b]\nsplit:\n  - ['x-v1#0', 'y-v1#2']\n")
    ov = load_overrides(p)
    assert ov.merge == [("inc-a", "inc-b")] and ov.cannot == {frozenset({"x-v1#0", "y-v1#2"})}
    with pytest.raises(OverridesError, match="split entry #1"):
        parse_overrides({"split": [["inc-a", "inc-b"]]})
    with pytest.raises(OverridesError, match="unknown key"):
        parse_overrides({"join": []})
    with pytest.raises(OverridesError, match="does not exist"):
        load_overrides(tmp_path / "nope.yaml")
    p.write_text("merge: [[a, b]\n")
    with pytest.raises(OverridesError, match="not valid YAML"):
        load_overrides(p)


def test_link_is_symmetric_and_explains_itself():
    items = figures_of([bul(1, [fig(14, ARIHA, day="2024-03-05")]),
                        bul(2, [fig(16, ARIHA_AR, day="2024-03-05")], source="sohr-ar", lang="ar")])
    ab, ba = link(items[0], items[1]), link(items[1], items[0])
    assert ab is not None and ba is not None and ab.score == ba.score
    assert "same day: 2024-03-05 / 2024-03-05" in ab.reasons and any(r in ("close counts: 14 / 16", "close counts: 16 / 14") for r in ab.reasons)


@pytest.fixture(scope="module")
def components():
    from nlp.models import Components
    from nlp.places import Gazetteer

    return Components(gazetteer=Gazetteer.load())


def test_english_and_arabic_bulletins_link_through_the_gazetteer(components):
    from nlp.annotate import annotate

    en = Bulletin(source="sohr-en", url="http://127.0.0.1/en/1", lang="en", published="2024-03-06",
                  text="AMMAN (Reuters) - An air strike on a market in the town of Ariha in Idlib province killed "
                       "14 civilians on Tuesday, rescuers said.")
    ar = Bulletin(source="sohr-ar", url="http://127.0.0.1/ar/1", lang="ar", published="2024-03-06",
                  text="قتل 14 مدنياً يوم الثلاثاء جراء غارة جوية على سوق مدينة أريحا في ريف إدلب.")
    far = Bulletin(source="snhr", url="http://127.0.0.1/snhr/1", lang="en", published="2024-03-06",
                   text="Regime shelling killed 14 civilians in Douma on Tuesday.")
    (a, b, c) = (annotate(x, components) for x in (en, ar, far))
    assert b.casualties[0].time.start == "2024-03-05"  # "يوم الثلاثاء", resolved by nlp.dates
    incidents = build_incidents([a, b, c])
    assert len(incidents) == 2
    ariha = next(i for i in incidents if "sohr-ar" in i.sources)
    assert ariha.sources == ["sohr-en", "sohr-ar"] or ariha.sources == ["sohr-ar", "sohr-en"]
    assert ariha.place.geonameid == 172994 and ariha.event_date == "2024-03-05"


def test_scoring_pairs_bcubed_and_tolls():
    from incidents.evaluation import score_set, total
    from tollwatch.records import FigureRef, Incident, IncidentToll

    def ref(vid, count, evidence=""):
        return FigureRef(version_id=vid, index=0, source="s", url="u", lang="en", published=None, kind="killed",
                         count=count, evidence=evidence)

    predicted = [Incident("p1", tolls=[IncidentToll("killed", 14, 14, 20)], figures=[ref("a-v1", 14), ref("b-v1", 20)]),
                 Incident("p2", tolls=[IncidentToll("killed", 5, 5, 5)], figures=[ref("c-v1", 5), ref("d-v1", 7)])]
    ids = {"a-v1#0": "a", "b-v1#0": "b", "c-v1#0": "c", "d-v1#0": "d"}
    expected = {"incidents": [
        {"id": "x", "kind": "killed", "figures": [{"bulletin": "a", "count": 14}, {"bulletin": "b", "count": 20}],
         "low": 14, "best": 20, "high": 20},
        {"id": "y", "kind": "killed", "figures": [{"bulletin": "c", "count": 5}], "low": 5, "best": 5, "high": 5},
        {"id": "z", "kind": "killed", "figures": [{"bulletin": "d", "count": 7}, {"bulletin": "e", "count": 9}],
         "low": 7, "best": 7, "high": 7}]}
    s = score_set("t", expected, predicted, ids)
    assert (s.pairs_correct, s.pairs_predicted, s.pairs_expected) == (1, 2, 1)
    assert s.precision == 0.5 and s.recall == 1.0 and s.missed_figures == ["e:killed:9"]
    assert round(s.bcubed_p, 3) == 0.75 and s.bcubed_r == 1.0
    assert (s.low_agree, s.best_agree, s.high_agree, s.all_agree) == (2, 1, 2, 1)
    assert total([s, s]).precision == 0.5


def test_totals_of_different_victims_or_areas_stay_apart():
    since = dict(time=TimeWindow(phrase="since 2011", start="2011-03-15", end="2024-03-06"), scope="cumulative")
    all_killed = bul(1, [fig(500000, **since)], published="2024-03-06")
    civilians = bul(2, [fig(230000, victim_categories=["civilians"], **since)], source="snhr", published="2024-03-06")
    children = bul(3, [fig(30000, victim_categories=["children"], **since)], source="unicef", published="2024-03-06")
    idlib = bul(4, [fig(400000, IDLIB, **since)], source="other", published="2024-03-06")
    same = bul(5, [fig(505000, **since)], source="sohr-ar", published="2024-03-07")
    incidents = build_incidents([all_killed, civilians, children, idlib, same])
    assert len(incidents) == 4 and all(i.scope == "cumulative" for i in incidents)
    merged = next(i for i in incidents if len(i.figures) == 2)
    assert sorted(f.count for f in merged.figures) == [500000, 505000]


def test_a_provinces_daily_item_and_a_towns_are_two_totals():
    """SNHR's daily tolls of two days (the extractor reads their items as totals): "one of them a child,
    killed by artillery in Idlib suburbs" and, the next day, "one child killed ... on the outskirts of
    Jisr al-Shughour" are two children, not one series (they were one incident of 1 killed)."""
    jisr = Place(name="Jisr al-Shughour", country="SY", governorate="Idlib", precision="point", geonameid=169113)
    child = dict(scope="cumulative", victims="child", victim_categories=["children"])
    day1 = bul(1, [fig(1, IDLIB, **child)], source="snhr", published="2024-11-22")
    day2 = bul(2, [fig(1, jisr, **child)], source="snhr", published="2024-11-23")
    assert len(build_incidents([day1, day2])) == 2
    # two days' items for one province are two tolls too, unless the later says the total rose
    day3 = bul(3, [fig(4, IDLIB, **child)], source="snhr", published="2024-11-23")
    day4 = bul(4, [fig(5, IDLIB, **child)], source="snhr", published="2024-11-24")
    assert len(build_incidents([day3, day4])) == 2
    rose = bul(5, [fig(5, IDLIB, revision=True, previous_count=4, **child)], source="snhr", published="2024-11-24")
    assert len(build_incidents([day3, rose])) == 1


def test_two_totals_at_the_same_place_as_written_but_not_geocoded_link_without_failing():
    # "same place as written" (neither figure geocoded) failed the whole incidents stage on a
    # 1,000-article backfill: 'NoneType' object has no attribute 'precision'
    total = dict(scope="cumulative", victims="civilians", victim_categories=["civilians"],
                 time=TimeWindow(phrase="since the start of the year", start="2024-01-01", end="2024-11-22"))
    a = bul(1, [CasualtyFigure(kind="killed", count=40, place="Wadi Barada", **total)], source="snhr", published="2024-11-22")
    b = bul(2, [CasualtyFigure(kind="killed", count=40, place="Wadi Barada", **total)], source="sohr-en", published="2024-11-22")
    (inc,) = build_incidents([a, b])
    assert any("same place as written: Wadi Barada" in r for l in inc.links for r in l.reasons)


def test_a_merge_by_incident_ids_holds_run_after_run():
    small = bul(1, [fig(14, ARIHA, day="2024-03-05")])
    big = [bul(n, [fig(30, SARAQIB, day="2024-03-05")], source=f"s{n}") for n in range(2, 5)]
    first = build_incidents([small, *big])
    ids = {len(i.figures): i.incident_id for i in first}
    ov = Overrides(merge=[(ids[1], ids[3])])  # the small incident first: its id is kept
    runs = [build_incidents([small, *big], ov, previous=first)]
    for _ in range(3):
        runs.append(build_incidents([small, *big], ov, previous=runs[-1]))
    for incidents in runs:
        assert [i.incident_id for i in incidents] == [ids[1]] and len(incidents[0].figures) == 4
        assert any(l.manual for l in incidents[0].links)


def test_a_vague_amount_makes_no_incident_and_moves_no_toll():
    """"Dozens killed" is read as at least 24, flagged vague: it is no toll, so it must not become
    an incident of 24 killed, nor lower the low of the incident that has the real count (it did)."""
    bs = [bul(1, [fig(24, ARIHA, day="2024-03-05", vague=True)], source="wire"),
          bul(2, [fig(40, ARIHA, day="2024-03-05")], source="sohr-en")]
    (inc,) = build_incidents(bs)
    assert (inc.tolls[0].low, inc.tolls[0].best, inc.tolls[0].high) == (40, 40, 40)
    assert build_incidents(bs[:1]) == []


def test_one_counters_total_relayed_for_the_whole_country_links_with_its_own():
    since = dict(time=TimeWindow(phrase="since March 6", start="2025-03-06", end="2025-03-12"), scope="cumulative",
                 victim_categories=["civilians"])
    syria = Place(name="western Syria", country="SY", precision="country")
    hama = Place(name="Hama countryside", country="SY", governorate="Hama", precision="governorate")
    latakia = Place(name="Latakia", country="SY", governorate="Latakia", precision="governorate")
    sohr = bul(1, [fig(1383, hama, **since)], published="2025-03-12")
    relay = bul(2, [fig(1383, syria, **since)], source="outlet", published="2025-03-13")
    relay.text = "A war monitor said 1,383 civilians had been killed. The Syrian Observatory said most were shot."
    (inc,) = build_incidents([sohr, relay])
    assert any("wider area" in r for l in inc.links for r in l.reasons)
    # another counter's total, another count, another start day, or two areas: apart
    other = bul(3, [fig(1383, syria, **since)], source="outlet2", published="2025-03-13")
    other.text = "The health ministry said 1,383 civilians had been killed."
    assert len(build_incidents([sohr, other])) == 2
    assert len(build_incidents([sohr, bul(4, [fig(1400, syria, **since)], source="sohr-ar")])) == 2
    assert len(build_incidents([sohr, bul(5, [fig(1383, latakia, **since)], source="sohr-ar")])) == 2


def test_a_revised_running_total_with_a_period_never_joins_the_event_it_contains():
    """SOHR: "the toll of yesterday's car bomb in Manbij has risen to 20 ... SOHR has documented the
    death of 27 people in car bomb explosions in Manbij since the beginning of 2025": even when the
    27 is read as a revision, a total over five weeks is not the event of one day (it was merged
    into the 12 -> 20 car bomb, hiding it)."""
    manbij = Place(name="Manbij", country="SY", governorate="Aleppo", precision="point", geonameid=166365)
    day1 = bul(1, [fig(12, manbij, day="2025-02-03")], published="2025-02-03")
    since = TimeWindow(phrase="since the beginning of 2025", start="2025-01-01", end="2025-02-04")
    day2 = bul(2, [fig(20, manbij, revision=True, previous_count=19,
                       time=TimeWindow(phrase="this morning", start="2025-02-04", end="2025-02-04")),
                   fig(27, manbij, revision=True, scope="cumulative", time=since)], published="2025-02-04")
    incidents = build_incidents([day1, day2])
    by_best = {i.tolls[0].best: i for i in incidents}
    assert set(by_best) == {20, 27}
    assert by_best[27].scope == "cumulative" and len(by_best[27].figures) == 1
    assert by_best[20].scope == "event" and {f.count for f in by_best[20].figures} == {12, 20}
    # without a publication date the period has no end: still a period, never the day's event
    open_since = TimeWindow(phrase="since the beginning of 2025", start="2025-01-01", end=None)
    undated = bul(3, [fig(27, manbij, revision=True, scope="cumulative", time=open_since)], source="outlet")
    undated.published, undated.fetched = None, "2025-02-04T09:00:00+00:00"
    total = next(i for i in build_incidents([day1, undated]) if i.tolls[0].best == 27)
    assert total.scope == "cumulative" and len(total.figures) == 1
    assert (total.event_date, total.event_date_end) == ("2025-01-01", "2025-02-04")


def test_a_toll_of_last_night_at_one_town_is_an_event():
    """The extractor may label "12 people were killed in Ariha last night" cumulative (its window runs
    from the evening before to the day of publication): at one town over one night it is the event
    that the Arabic "ليلة أمس" reports, and links with it."""
    night = TimeWindow(phrase="last night", start="2024-03-06", end="2024-03-07")
    en = bul(1, [fig(12, ARIHA, scope="cumulative", time=night)], source="wire-en", published="2024-03-07")
    ar = bul(2, [fig(12, ARIHA_AR, day="2024-03-06")], source="sohr-ar", lang="ar", published="2024-03-07")
    (inc,) = build_incidents([en, ar])
    assert inc.scope == "event" and set(inc.sources) == {"wire-en", "sohr-ar"}
    # a period at one town stays a total
    week = TimeWindow(phrase="this week", start="2024-03-01", end="2024-03-07")
    total = bul(3, [fig(12, ARIHA, scope="cumulative", time=week)], source="snhr", published="2024-03-07")
    assert {i.scope for i in build_incidents([total, ar])} == {"event", "cumulative"}


def test_a_provinces_running_total_is_not_placed_at_the_town_of_another_paragraph(components):
    """"34 civilians in the town of Ariha ... \\n\\n 1,383 civilians in Idlib province since the start
    of the year": the total is Idlib province's, not Ariha's (it was titled "1383 killed in Ariha")."""
    from nlp.annotate import annotate

    b = annotate(Bulletin(source="sohr-en", url="http://127.0.0.1/en/3", lang="en", published="2024-03-06",
                          text="Regime air strikes killed 34 civilians in the town of Ariha in Idlib province on "
                               "Tuesday, the Syrian Observatory said.\n\nWith them, SOHR has documented the death of "
                               "1,383 civilians in Idlib province since the start of the year."), components)
    by_scope = {i.scope: i for i in build_incidents([b])}
    assert by_scope["event"].place.name == "Ariha" and by_scope["event"].tolls[0].best == 34
    total = by_scope["cumulative"]
    assert total.tolls[0].best == 1383 and total.place.precision == "governorate" and "Ariha" not in total.title


def test_an_incident_keeps_one_link_per_figure_it_joined_not_every_pair():
    # a clique of n reports kept n(n-1)/2 links: a 167-figure running total carried 13,861 links
    # (3.7 MB written and indexed every night); the links that explain it are a spanning tree
    bs = [bul(n, [fig(14, ARIHA, day="2024-03-05")], source=f"s{n}") for n in range(8)]
    (inc,) = build_incidents(bs)
    assert len(inc.figures) == 8 and len(inc.links) == 7
    joined = {l.b for l in inc.links} | {l.a for l in inc.links}
    assert joined == {f"{f.version_id}#{f.index}" for f in inc.figures}


def test_records_serialise_as_dataclasses_asdict_did():
    import dataclasses
    import json

    b = bul(1, [fig(14, ARIHA, day="2024-03-05", victim_categories=["civilians"])])
    (inc,) = build_incidents([b, bul(2, [fig(14, ARIHA_AR, day="2024-03-05")], source="sohr-ar", lang="ar")])
    for record in (b, inc):
        assert record.to_dict() == dataclasses.asdict(record)
        assert json.loads(record.to_json()) == json.loads(json.dumps(dataclasses.asdict(record)))
        assert type(record).from_json(record.to_json()) == record
