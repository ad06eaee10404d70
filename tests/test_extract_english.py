"""The English casualty extractor: hand-annotated fixture bulletins, the seed bulletin, and the
fields of single figures (qualifier, ranges, part_of, time, superseded, revision, spans)."""

import json
from datetime import date
from pathlib import Path

import pytest

from nlp import extract
from nlp.casualties.english import extract_english
from nlp.evaluation import gold_pairs, predicted_pairs, score_document, summarise

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = sorted((ROOT / "tests" / "data" / "bulletins" / "en").glob("*.json"))
# the project's seed bulletin lives beside the checkout (../shared/), never copied into it
SEED = ROOT.parent / "shared" / "seed" / "seed.json"


def load(path):
    return json.loads(path.read_text(encoding="utf-8"))


def test_there_are_enough_english_fixtures():
    assert len(FIXTURES) >= 27


@pytest.mark.parametrize("path", FIXTURES, ids=[p.stem for p in FIXTURES])
def test_fixture_figures(path):
    doc = load(path)
    figures = extract(doc["text"], lang="en", published=doc["published"])
    score = score_document(doc["id"], "en", predicted_pairs(figures, gold_pairs(doc["gold"])), gold_pairs(doc["gold"]))
    assert (score.missed, score.spurious) == ([], [])
    for f in figures:
        assert doc["text"][f.start:f.end] == f.evidence
        assert f.sentence == doc["text"][f.sentence_start:f.sentence_start + len(f.sentence)]
        assert f.lang == "en"
        assert f.part_of is None or 0 <= f.part_of < len(figures)


def test_fixture_set_scores_one():
    scores = []
    for path in FIXTURES:
        doc = load(path)
        figures = extract(doc["text"], lang="en", published=doc["published"])
        scores.append(score_document(doc["id"], "en", predicted_pairs(figures, gold_pairs(doc["gold"])), gold_pairs(doc["gold"])))
    assert summarise(scores)["en"].f1 == 1.0


@pytest.mark.parametrize("path", FIXTURES, ids=[p.stem for p in FIXTURES])
def test_fixture_subsets_point_at_their_total(path):
    doc = load(path)
    figures = extract(doc["text"], lang="en", published=doc["published"])
    for g in doc["gold"]:
        if g.get("part_of") is None:
            continue
        parent = doc["gold"][g["part_of"]]
        matches = [f for f in figures if (f.kind, f.count) == (g["kind"], g["count"])
                   and (f.evidence in g["evidence"] or g["evidence"] in f.evidence)]
        assert any(f.part_of is not None and figures[f.part_of].count == parent["count"] for f in matches), g


@pytest.mark.skipif(not SEED.exists(), reason="seed bulletin not available")
def test_seed_bulletin_gives_exactly_the_three_figures():
    doc = load(SEED)
    figures = extract(doc["text"], lang="en", published=doc["published"])
    assert [(f.kind, f.count, f.qualifier, f.part_of) for f in figures] == [
        ("killed", 128, "at_least", None), ("killed", 83, "at_least", 0), ("killed", 12, "exact", 0)]
    total, last48, regime = figures
    assert total.manner == "executed" and total.perpetrator == "ISIS"
    assert (total.time.start, total.time.end) == ("2017-10-01", "2017-10-20")
    assert "48 hours" in last48.time.phrase
    assert "regime forces" in regime.perpetrator


def one(text, published=None, **expect):
    figures = extract_english(text, published)
    assert len(figures) == 1, [(f.kind, f.count, f.evidence) for f in figures]
    f = figures[0]
    for key, value in expect.items():
        assert getattr(f, key) == value, (key, getattr(f, key))
    assert text[f.start:f.end] == f.evidence
    return f


def pairs(text, published=None):
    return [(f.kind, f.count) for f in extract_english(text, published)]


def test_wire_style_killed_and_wounded():
    assert pairs("At least 13 people were killed and 14 others wounded when a suicide bomber struck.") == [
        ("killed", 13), ("injured", 14)]


@pytest.mark.parametrize("text,qualifier", [
    ("At least 13 people were killed.", "at_least"),
    ("128 persons at least were killed.", "at_least"),
    ("More than 200 people were killed.", "more_than"),
    ("Nearly 40 civilians were killed.", "about"),
    ("Up to 300 people were killed.", "up_to"),
    ("Thirteen people were killed.", "exact"),
])
def test_qualifier(text, qualifier):
    one(text, qualifier=qualifier)


def test_range():
    one("Between 50 and 55 people were killed in the clashes.", count=50, count_max=55)
    one("The raid killed 20 to 25 civilians.", count=20, count_max=25)


def test_vague_amounts_are_flagged():
    f = one("Dozens of people were killed in the shelling.", vague=True, count=24)
    assert f.confidence < 0.7


def test_singular_reports_count_one():
    one("A child was killed by a landmine in Daraa.", count=1, victim_categories=["children"], manner="landmine")
    one("A 12-year-old boy was killed on Tuesday.", count=1)


def test_subsets_of_them():
    figures = extract_english("The strike killed 51 people, 40 of them children, and wounded 79 others.")
    assert [(f.kind, f.count, f.part_of) for f in figures] == [
        ("killed", 51, None), ("killed", 40, 0), ("injured", 79, None)]


def test_table_lines_under_a_header():
    text = "SOHR documented the death of 900 people in May.\n\nThe death toll is as follows:\n\nCivilians: 300\nFighters: 600"
    figures = extract_english(text, date(2020, 6, 1))
    assert [(f.count, f.part_of, f.victims) for f in figures] == [(900, None, "people"), (300, 0, "Civilians"),
                                                                  (600, 0, "Fighters")]
    assert figures[0].scope == "cumulative" and figures[0].time.start == "2020-05-01"


def test_superseded_and_revision():
    figures = extract_english("The toll rose to 42 dead, the Observatory said, which had given a death toll of 17.")
    by_count = {f.count: f for f in figures}
    assert by_count[17].superseded and not by_count[42].superseded
    assert by_count[42].revision and by_count[42].previous_count == 17


def test_restatement_in_headline_and_body_is_one_figure():
    text = "Seven dead 20 wounded in central Damascus blast\n\nAt least seven people were killed and 20 wounded."
    assert pairs(text) == [("killed", 7), ("injured", 20)]


def test_time_resolution_against_publication_date():
    f = one("Yesterday, SOHR documented the death of seven civilians.", date(2019, 3, 2))
    assert (f.time.start, f.time.end) == ("2019-03-01", "2019-03-01")


def test_perpetrator_and_place():
    f = one("Turkish drones killed four civilians in Qamishli city.")
    assert f.perpetrator == "Turkish drones" and f.place == "Qamishli city" and f.manner == "drone"


def test_obfuscated_headline_words_keep_offsets():
    text = "Three civilians kil*led in regime shelling"
    f = one(text, count=3)
    assert text[f.start:f.end] == f.evidence == "Three civilians"


@pytest.mark.parametrize("text", [
    "The siege lasted 20 days and ended on 21 October 2017.",
    "A 12-year-old girl was rescued from the rubble.",
    "UN Security Council Resolution 2254 was adopted in 2015.",
    "Fighters of Division 25 advanced on the town.",
    "The UN appealed for $3.3 billion in aid.",
    "Warplanes carried out 35 air strikes and fired 120 rockets.",
    "About 200 members withdrew towards the desert.",
    "No casualties have been reported so far.",
    "Children and women make up 39 percent of the victims.",
    "The authorities released 23 detainees on Monday.",
    "On average, nine people die every day.",
    "30 people were killed or wounded in the strike.",
    "SOHR was unable to document the deaths of more than 300 people.",
])
def test_numbers_that_are_not_casualties(text):
    assert [f for f in extract_english(text) if not f.vague] == []


def test_empty_text():
    assert extract_english("") == [] and extract_english("   \n") == []


def test_among_the_dead_is_a_subset_of_the_killed():
    figures = extract_english("Gunmen killed 26 people and wounded 56. Among the dead were two journalists and a Briton.")
    assert [(f.kind, f.count, f.part_of) for f in figures] == [
        ("killed", 26, None), ("injured", 56, None), ("killed", 2, 0), ("killed", 1, 0)]


def test_sources_are_not_victims():
    assert pairs("The attack killed 26 people and wounded 56, a regional official said.") == [
        ("killed", 26), ("injured", 56)]


def test_earlier_reports_are_superseded():
    figures = extract_english("The toll rose to 14. Earlier reports said 20 people had died.")
    assert [(f.count, f.superseded) for f in figures] == [(14, False), (20, True)]


def test_disease_deaths_are_not_conflict_casualties():
    assert pairs("Cholera has spread to 14 states, with 474 deaths reported since July.") == []


def test_they_are_breakdown_and_coordination_across_qualifiers():
    figures = extract_english("The toll rose to 19 civilians, they are 3 children and 16 men.")
    assert [(f.count, f.part_of) for f in figures] == [(19, None), (3, 0), (16, 0)]
    assert pairs("Strikes killed more than 300 fighters and about 80 civilians.") == [("killed", 300), ("killed", 80)]


def test_kidnapping_and_disappearance_kinds():
    assert pairs("Gunmen kidnapped 23 passengers on the highway.") == [("detained", 23)]
    assert pairs("ISIS disappeared 8,684 persons.") == [("missing", 8684)]
    assert pairs("About 390,000 people have been internally displaced.") == [("displaced", 390000)]


def test_civilians_are_not_a_subset_of_soldiers():
    figures = extract_english("The toll rose to 271: 248 soldiers, including 11 Russians, and 23 civilians.")
    assert [(f.count, figures[f.part_of].count if f.part_of is not None else None) for f in figures] == [
        (271, None), (248, 271), (11, 248), (23, 271)]


def test_long_run_on_text_completes():
    text = " ".join(f"the toll in village {i} rose to {i + 2} people and {i + 3} others were wounded" for i in range(200))
    figures = extract_english(text)
    assert len(figures) > 100


@pytest.mark.parametrize("text,expected", [
    ("Casualties of the attack:\nKilled: 12\nInjured: 30\nMissing: 4", [("killed", 12), ("injured", 30), ("missing", 4)]),
    ("A two-year-old girl was among those killed.", [("killed", 1)]),
    ("At least 20 people were killed on Monday and 30 on Tuesday.", [("killed", 20), ("killed", 30)]),
    ("The victims included 7 women.", [("killed", 7)]),
    ("Israel says 1,200 people were killed in the attack and about 250 taken hostage.", [("killed", 1200), ("detained", 250)]),
    ("Local gunmen captured at least 40 members of the regime forces.", [("detained", 40)]),
    ("At least 154,871 people are still under arrest.", [("detained", 154871)]),
    ("The death toll could rise to 100.", []),
    ("Officials fear the number of dead may reach 1,000.", []),
    ("A magnitude 7.8 earthquake killed 50,000 people.", []),
    ("16 attacks hit civilian facilities, eight of them medical facilities.", []),
])
def test_more_phrasings(text, expected):
    assert pairs(text) == expected


def test_earlier_toll_that_had_put_the_number():
    figures = extract_english("At least 15 soldiers were killed, the army said, updating an earlier toll that had put "
                              "the number of dead at 12.")
    assert [(f.count, f.superseded, f.part_of) for f in figures] == [(15, False, None), (12, True, None)]
    assert figures[0].revision and figures[0].previous_count == 12


def test_other_soldiers_are_not_a_restatement():
    text = "Six soldiers were killed on Friday, a day after six other soldiers were killed in a similar assault."
    assert pairs(text) == [("killed", 6), ("killed", 6)]


def test_forced_to_flee_is_displacement():
    assert pairs("The offensive has forced more than 180,000 people to flee.") == [("displaced", 180000)]


def test_markdown_tables_as_trafilatura_writes_them():
    text = ("SOHR documented the following toll of the strikes during the last week.\n"
            "| Province | Killed | Injured | \n|---|---|---|\n| Idlib | 12 | 30 | \n| Aleppo | 5 | 9 | \n"
            "| Total | 17 | 39 |\nThe monitor said the toll was expected to rise.")
    figures = extract_english(text)
    got = [(f.kind, f.count, f.place, figures[f.part_of].count if f.part_of is not None else None) for f in figures]
    assert got == [("killed", 12, "Idlib", 17), ("injured", 30, "Idlib", 39), ("killed", 5, "Aleppo", 17),
                   ("injured", 9, "Aleppo", 39), ("killed", 17, None, None), ("injured", 39, None, None)]
    assert all(text[f.start:f.end] == f.evidence for f in figures)
    assert extract_english("| Year | Attacks | Rockets |\n|---|---|---|\n| 2020 | 12 | 300 |") == []


@pytest.mark.parametrize("text,expected", [
    ("Explosions killed at least 20 people and wounded more than 450.", [("killed", 20), ("injured", 450)]),
    ("At least 116 inmates were killed and 80 injured in the riot.", [("killed", 116), ("injured", 80)]),
    ("SOHR documented the death of 39 people. The remaining 25 were combatants: 11 soldiers and 14 fighters.",
     [("killed", 39), ("killed", 25), ("killed", 11), ("killed", 14)]),
    ("An explosion caused more than 50 casualties, a spokesman said.", []),
    ("We buried 43 people yesterday, a community leader said.", []),
    ("Five people, a woman and four children, lost their lives.", [("killed", 5), ("killed", 1), ("killed", 4)]),
])
def test_phrasings_from_later_batches(text, expected):
    assert pairs(text) == expected


def test_appositive_breakdown_is_a_subset():
    figures = extract_english("Five people, a woman and four children, lost their lives.")
    assert [f.part_of for f in figures] == [None, 0, 0]


@pytest.mark.parametrize("text,expected", [
    ("Fifteen people on their way to a wedding were killed by a drone strike.", [("killed", 15)]),
    ("The forces executed 12 detainees, raising to 1,096 the number of detainees executed in the prison.",
     [("killed", 12), ("killed", 1096)]),
    ("Families of the 12 detainees were informed by the civil registry.", []),
])
def test_last_batch_phrasings(text, expected):
    assert pairs(text) == expected


def test_table_labels_that_are_not_places():
    figures = extract_english("The death toll is as follows:\n• Landmines of unknown source: 19\n• Aleppo countryside: 21")
    assert [(f.count, f.place) for f in figures] == [(19, None), (21, "Aleppo countryside")]


# Categories that recall on unseen text showed to be weak (one case per category, own sentences).
@pytest.mark.parametrize("text,expected", [
    # "a dozen" / "close to a hundred"
    ("The clashes wounded close to a hundred people.", [("injured", 100)]),
    ("Nearly a dozen people died when the shell hit the market.", [("killed", 12)]),
    # hostages and people held
    ("Gunmen took 25 villagers hostage near the town.", [("detained", 25)]),
    ("Six of the hostages were freed and 4 others are still being held.", [("detained", 4)]),
    ("The group is now holding at least 30 aid and embassy staff.", [("detained", 30)]),
    # death and injury verbs: relative clauses, "more", "feared dead", "may have died", "in hospital"
    ("One driver who refused to stop was shot dead at the checkpoint.", [("killed", 1)]),
    ("Medics said 12 more were hurt in the afternoon.", [("injured", 12)]),
    ("At least 60 migrants are feared dead after the boat sank.", [("killed", 60)]),
    ("Up to 30 people may have died in the strike.", [("killed", 30)]),
    ("Five other people remain in hospital with burns.", [("injured", 5)]),
    ("Three men who had been arrested last month were executed.", [("killed", 3)]),
    # bodies found
    ("The bodies of 12 shepherds were recovered from the rubble.", [("killed", 12)]),
    ("8 bodies were found in a mass grave.", [("killed", 8)]),
    # displacement
    ("About 300 people were forced to leave their homes.", [("displaced", 300)]),
    ("Some 2,000 people fled their homes within a week.", [("displaced", 2000)]),
    ("Some 2,000 families fled their homes within a week.", []),  # families are not a count of people
    ("Some 400 households were displaced by the fighting.", []),
    # clause-level coordination
    ("Gunmen abducted 14 passengers, police said, while three drivers were wounded.",
     [("detained", 14), ("injured", 3)]),
    # a victim and relatives: the parts, and their sum as a derived total
    ("A drone strike killed a commander and two of his aides.", [("killed", 1), ("killed", 3), ("killed", 2)]),
    ("A landmine killed a farmer and wounded his son.", [("killed", 1), ("injured", 1)]),
    # "N of them children"
    ("Seven members of one family, four of them children, were killed.", [("killed", 7), ("killed", 4)]),
    # breakdown after a colon in the same sentence
    ("The strikes killed 40 people on Monday: 25 civilians and 15 fighters.",
     [("killed", 40), ("killed", 25), ("killed", 15)]),
])
def test_unseen_phrasing_categories(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "The airstrike destroyed 3 families' homes in the village.",
    "Twelve people held a protest outside the building.",
    "The report also documented one massacre and three attacks on hospitals.",
    "Twelve people were found alive under the rubble.",
])
def test_unseen_phrasing_non_casualties(text):
    assert pairs(text) == []


def test_kin_group_is_one_subset():
    """A victim and relatives are parts; their sum is a derived total, the subset of the toll."""
    figures = extract_english("Four civilians, including a woman and her two daughters, died on Tuesday.")
    assert [(f.kind, f.count, f.part_of, f.derived) for f in figures] == [
        ("killed", 4, None, False), ("killed", 1, 2, False), ("killed", 3, 0, True), ("killed", 2, 2, False)]
    assert figures[2].evidence == "a woman and her two daughters"
    assert figures[2].rule == "derived_sum"


def test_a_derived_total_scores_as_the_gold_reads_it():
    """The parts or the derived total count, whichever reading the annotation took; without gold the total."""
    from collections import Counter

    figures = extract_english("In Bunia, a judge and seven of his relatives were killed when their convoy was ambushed.")
    assert [(f.count, f.derived) for f in figures] == [(1, False), (8, True), (7, False)]
    parts, total = Counter({("killed", 1): 1, ("killed", 7): 1}), Counter({("killed", 8): 1})
    assert predicted_pairs(figures, parts) == parts
    assert predicted_pairs(figures, total) == total
    assert predicted_pairs(figures) == total


def test_a_derived_total_the_text_also_states_is_stated():
    figures = extract_english("A judge and seven of his relatives were killed in an ambush near Bunia on Monday. "
                              "Eight people were killed in the ambush, the governor said.")
    assert [(f.count, f.part_of, f.derived) for f in figures] == [(1, 1, False), (8, None, False), (7, 1, False)]


def test_inline_colon_breakdown_is_nested():
    figures = extract_english("SOHR documented the deaths of 820 people in May: 500 civilians, among them 90 children, "
                              "and 320 combatants.")
    assert [(f.count, figures[f.part_of].count if f.part_of is not None else None) for f in figures] == \
        [(820, None), (500, 820), (90, 500), (320, 820)]


@pytest.mark.parametrize("text,expected", [
    ("Militants abducted 30 schoolgirls, and 8 of them remain missing.", [("detained", 30), ("missing", 8)]),
    ("Of the hostages, 40 remain in captivity.", [("detained", 40)]),
    ("Of the 30 hostages, 12 remain in hospital.", [("injured", 12)]),  # the 30 is the set, not a new figure
])
def test_remaining_held_and_missing(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("The injured included 8 children.", [("injured", 8)]),
    ("Fighting has driven about 12,000 people from their homes.", [("displaced", 12000)]),
    ("Some 3,000 civilians were evacuated, and 200 were reported missing.", [("missing", 200)]),
    ("The Taliban killed eight policemen and took four others prisoner.", [("killed", 8), ("detained", 4)]),
    ("Police rescued 12 people from their homes.", []),
    ("Four members said they were arrested.", []),
    ("Schools in the city are holding 2,000 displaced people.", []),  # "holding" needs a captor
    ("Some 40 more were expected to arrive, and 200 people feared for their lives.", []),
])
def test_more_unseen_verbs(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Killed\nCivilians: 50\nSoldiers: 20", [("killed", 50), ("killed", 20)]),
    ("Monthly toll\n• Civilians — 120\n• Fighters — 60", [("killed", 120), ("killed", 60)]),
    ("The wounded included:\n14 children\n9 women", [("injured", 14), ("injured", 9)]),
    ("The casualties were distributed as follows: 40 civilians; 25 soldiers; and 8 rebels.",
     [("killed", 40), ("killed", 25), ("killed", 8)]),
    ("Regime forces shell Idlib\nA child was killed and 3 people were wounded.", [("killed", 1), ("injured", 3)]),
    ("Market prices\nTomatoes - 1500\nBread - 400", []),
])
def test_list_layouts_without_colon_headers(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("The bodies of two shepherds who had been missing for a week were found near Palmyra.", [("killed", 2)]),
    ("Two shepherds who had been missing for a week were found alive.", []),
    ("A toddler and his grandmother were killed when a rocket hit their home.",
     [("killed", 1), ("killed", 2), ("killed", 1)]),
    ("The raid killed an ISIS leader, his wife and three of his children.",
     [("killed", 1), ("killed", 5), ("killed", 1), ("killed", 3)]),
    ("Three children were among 8 people killed in the attack.", [("killed", 3), ("killed", 8)]),
])
def test_relatives_bodies_and_among(text, expected):
    assert pairs(text) == expected


# ---- second recall pass: categories generalised from the lead's held-out misses (not the sentences)

def triples(text):
    """(kind, count, part_of) of the figures, as the eval leaves them (no vague/superseded)."""
    return [(f.kind, f.count, f.part_of) for f in extract_english(text) if not f.vague and not f.superseded]


@pytest.mark.parametrize("text,expected", [
    ("Two more bodies were pulled from the rubble, bringing to 36 the number of bodies recovered since Sunday.",
     [("killed", 2), ("killed", 36)]),
    ("A gunman shot dead a farmer, bringing to 19 the number of people killed in the district this month.",
     [("killed", 1), ("killed", 19)]),
    ("Three more patients died overnight, raising the toll to 27, the hospital said.", [("killed", 3), ("killed", 27)]),
    ("A strike on a school killed nine people, bringing the number of dead in the camp to 140.",
     [("killed", 9), ("killed", 140)]),
])
def test_running_totals_are_killed_and_cumulative(text, expected):
    figures = [f for f in extract_english(text) if not f.vague and not f.superseded]
    assert [(f.kind, f.count) for f in figures] == expected
    assert figures[-1].scope == "cumulative"


@pytest.mark.parametrize("text,expected", [
    ("Nasser hospital received 43 bodies on Sunday, medics said.", [("killed", 43)]),
    ("Civil defence crews retrieved 13 bodies from the collapsed building.", [("killed", 13)]),
    ("Rescuers recovered 12 bodies from the rubble of the building.", [("killed", 12)]),
    ("Rescuers pulled out 8 bodies overnight.", [("killed", 8)]),
    ("Divers recovered the bodies of 4 children from the river.", [("killed", 4)]),
    ("Hospitals received 51 bodies and 120 wounded people.", [("killed", 51), ("injured", 120)]),
    # not the dead counted where they are found
    ("Israel handed over 15 bodies to the Red Cross.", []),
    ("Teams have not yet recovered 20 bodies still under the rubble.", []),
    ("Rescuers are still searching for 12 bodies.", []),
])
def test_bodies_received_or_retrieved_are_killed(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Total fatalities documented: 318\n- Civilians: 204, among them 37 children and 19 women\n- Fighters: 114",
     [("killed", 318, None), ("killed", 204, 0), ("killed", 37, 1), ("killed", 19, 1), ("killed", 114, 0)]),
    ("Total deaths: 96\n- Aleppo: 40\n- Idlib: 56", [("killed", 96, None), ("killed", 40, 0), ("killed", 56, 0)]),
    ("Overall toll: 30\n\n• Daraa: 18\n\n• Homs: 12", [("killed", 30, None), ("killed", 18, 0), ("killed", 12, 0)]),
    ("Total arrests: 75\n- Damascus: 50\n- Hama: 25", [("detained", 75, None), ("detained", 50, 0), ("detained", 25, 0)]),
    ("Total deaths: 96\n- 40 civilians\n- 56 fighters", [("killed", 96, None), ("killed", 40, 0), ("killed", 56, 0)]),
    ("Total deaths: 96\n- Civilians — 40\n- Fighters — 56", [("killed", 96, None), ("killed", 40, 0), ("killed", 56, 0)]),
    ("Total casualties: 75\n- Damascus: 50\n- Hama: 25", []),  # killed and wounded together: no kind
])
def test_total_line_heads_a_bullet_table(text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("At least 97 aid workers were among those killed, 80 of them Palestinian, nine Lebanese and eight Syrian.",
     [("killed", 97, None), ("killed", 80, 0), ("killed", 9, 0), ("killed", 8, 0)]),
    ("The strike killed 46 Druze, four of them women, and 18 Bedouins.",
     [("killed", 46, None), ("killed", 4, 0), ("killed", 18, None)]),
    ("Eleven were wounded and three missing, and 20 were detained, police said.",
     [("injured", 11, None), ("missing", 3, None), ("detained", 20, None)]),
])
def test_enumerated_subsets_after_a_total(text, expected):
    assert triples(text) == expected


def test_displaced_subset_who_fled():
    text = ("More than 10 million people have been forced from their homes, including some 2.5 million "
            "who fled across the borders.")
    assert triples(text) == [("displaced", 10000000, None), ("displaced", 2500000, 0)]


@pytest.mark.parametrize("text,expected", [
    ("A second young man was wounded by gunfire in the same street.", [("injured", 1)]),
    ("A third child died in hospital on Monday.", [("killed", 1)]),
    ("A fourth protester was shot dead in Omdurman.", [("killed", 1)]),
    ("A second later, 3 people were killed.", [("killed", 3)]),
])
def test_ordinal_singular_victims(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Four soldiers were killed and nine others injured in the ambush.", [("killed", 4), ("injured", 9)]),
    ("The shelling left 7 killed and 15 wounded.", [("killed", 7), ("injured", 15)]),
    ("Two policemen died and five others were hurt.", [("killed", 2), ("injured", 5)]),
    ("Of the hostages, 50 remain in captivity, including 20 the army says are dead.",
     [("detained", 50), ("killed", 20)]),
])
def test_elliptical_kinds_after_coordination(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Two gunmen killed three people.", [("killed", 3)]),
    ("A soldier shot dead a teenager in Nablus.", [("killed", 1)]),
    ("Three people killed in the strike.", [("killed", 3)]),
    ("Two soldiers were killed and three wounded the day before.", [("killed", 2), ("injured", 3)]),
])
def test_subject_of_an_active_verb_is_no_victim(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Another soldier died, pushing the death toll to 30.", [("killed", 1), ("killed", 30)]),
    ("Another woman was injured by shrapnel.", [("injured", 1)]),
    ("Police arrested another man on Friday.", [("detained", 1)]),
    ("Another attack hit the town.", []),
    ("20 bodies were brought to hospitals in the city.", [("killed", 20)]),
    ("**Total deaths:** 96\n- Aleppo: 40\n- Idlib: 56", [("killed", 96), ("killed", 40), ("killed", 56)]),
    ("3 dead, 7 hurt in Kherson shelling", [("killed", 3), ("injured", 7)]),
    ("Total: 96\n- Aleppo: 40\n- Idlib: 56", []),  # no kind named anywhere
])
def test_second_pass_variants(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the kind of a running total is the kind its noun names, not always killed
    ("Police detained 40 more people, bringing to 1,200 the total number of people arrested since May.",
     [("detained", 40), ("detained", 1200)]),
    ("Shelling wounded 30 people, bringing the number of wounded in the city to 300.",
     [("injured", 30), ("injured", 300)]),
    # "2,000" with a thousands comma is a count, not a year
    ("Total displaced: 5,000\n- Camp A: 3,000\n- Camp B: 2,000",
     [("displaced", 5000), ("displaced", 3000), ("displaced", 2000)]),
])
def test_running_total_kinds_and_comma_thousands(text, expected):
    assert pairs(text) == expected


def test_place_dateline_is_not_a_table_line():
    """Bug: "Daraa province: ..." before a sentence made its figures table cells (scope cumulative)."""
    from nlp import extract

    text = ("Daraa province: SOHR activists reported that four children were killed this morning when "
            "a landmine exploded near the town of Inkhil.")
    (fig,) = extract(text, published="2024-11-18")
    assert (fig.kind, fig.count, fig.scope, fig.place) == ("killed", 4, "event", "Daraa province")
    table = extract("Monthly toll\nCivilians: 832\nRegime soldiers: 568", published="2015-03-01")
    assert [(f.count, f.scope) for f in table] == [(832, "cumulative"), (568, "cumulative")]


# --- third recall pass (blind batches en-160 … en-193) ---------------------------------------

@pytest.mark.parametrize("text,expected", [
    # "Of these, N were …" after a sentence with a figure: a subset of it, kind inherited
    ("SNHR documented at least 187 cases of arbitrary arrest in April. Of these, 121 were carried out by "
     "regime forces, while 33 were attributed to the SDF.",
     [("detained", 187), ("detained", 121), ("detained", 33)]),
    # … but not after a sentence whose numbers were no figures
    ("Eight people were killed in Idlib. The regime fired 45 shells on the town. Of these, 12 hit homes.",
     [("killed", 8)]),
])
def test_of_these_subsets_after_a_figure(text, expected):
    assert pairs(text) == expected


def test_pluperfect_earlier_report_is_superseded():
    from nlp import extract

    figs = extract("The toll rose to nine. SOHR had reported earlier that five soldiers were killed in the ambush.")
    assert [(f.kind, f.count, f.superseded) for f in figs] == [("killed", 9, False), ("killed", 5, True)]
    figs = extract("The toll rose to nine. SOHR had earlier reported five soldiers killed.")
    assert [(f.count, f.superseded) for f in figs] == [(9, False), (5, True)]


@pytest.mark.parametrize("text,expected", [
    # a prepositional phrase closed by a comma before the verb ("a woman from the neighbouring village,");
    # a person named by role there ("an officer with the rank of lieutenant") is inside the 4
    ("Four civilians, including a woman from the neighbouring village, were killed on Sunday.",
     [("killed", 4), ("killed", 1)]),
    ("Four soldiers, including an officer with the rank of lieutenant, were killed on Sunday.", [("killed", 4)]),
    # a participial phrase between victims and verb
    ("A fourth person travelling in the car was seriously wounded.", [("injured", 1)]),
    ("Two men working on a farm near Daraa were shot dead.", [("killed", 2)]),
    # pronounced / declared / found dead
    ("Two of the wounded were later pronounced dead at the hospital.", [("killed", 2)]),
    ("Three people were found dead in their homes after the raid.", [("killed", 3)]),
    # a singular noun modifying a plural one is no victim ("volunteer medics")
    ("Shelling killed at least 21 civilians on Sunday, a group of volunteer medics said.", [("killed", 21)]),
    ("A volunteer was killed in the strike.", [("killed", 1)]),
    # a kin group apposed to a count restates it
    ("Two civilians, a man and his wife, were killed by stray bullets.", [("killed", 2)]),
    # "nine in ten" is a proportion, not a count, and does not cut the subject from its verb
    ("Nearly 1.9 million people, or about nine in ten of the territory's population, are internally displaced.",
     [("displaced", 1900000)]),
])
def test_third_pass_categories(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text,expected", [
    # active killing verbs with an object
    ("Gunmen assassinated a former commander near his house.", [("killed", 1)]),
    ("Militants beheaded three men.", [("killed", 3)]),
    # "the bodies included those of …": subsets of the dead
    ("The bodies of 41 people were exhumed. The bodies included those of seven women and three children.",
     [("killed", 41), ("killed", 7), ("killed", 3)]),
    # arrests that "turned into enforced disappearances" are missing
    ("SNHR recorded at least 213 cases of arbitrary arrest, and said that 141 of them turned into enforced "
     "disappearances.", [("detained", 213), ("missing", 141)]),
])
def test_third_pass_batch8_categories(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text,expected", [
    # "N of the dead were X and M were Y": the second number is the next part of the same set
    ("Fighting killed 18 fighters. Ten of the dead were Houthi rebels and eight were loyalist troops, one source said.",
     [("killed", 18), ("killed", 10), ("killed", 8)]),
    ("Ten of the dead were rebels and eight were released.", [("killed", 10)]),
    # a relative clause on the victims before ", including N"
    ("SOHR documented the deaths of 47 people who were collecting truffles, including 29 civilians, in mine blasts.",
     [("killed", 47), ("killed", 29)]),
])
def test_third_pass_batch9_categories(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Three of the 10 passengers were killed when the bus hit a mine.", [("killed", 3)]),
    ("Two of the five men were wounded in the raid.", [("injured", 2)]),
    ("Four of the 12 detainees died under torture.", [("killed", 4)]),
])
def test_a_count_out_of_a_set_is_the_count_not_the_set(text, expected):
    """Bug: "Three of the 10 passengers were killed" reported killed 10."""
    assert [(f.kind, f.count) for f in extract(text, lang="en")] == expected


# --------------------------------------------------------------------------- rules recorded and measured

def _rule_names():
    from nlp.casualties.en import rules
    names = {r.__name__ for r in rules.KIND_RULES} | {rules.superseded_toll.__name__}
    # kinds that flow along links, lists and tables (nlp.casualties.english)
    return names | {"coordination", "coordination_backward", "subset_of_total", "breakdown_of_last_total",
                    "among_next_total", "among_the_dead", "kin_group", "kind_label", "list_under_header",
                    "inline_list", "total_label", "table_column", "derived_sum", "as_were_too", "lives_claimed",
                    "single_victim", "punctuated_breakdown", "abducted_then_killed", "among_total", "elided_for_items",
                    "followed_by_items", "and_of_items", "bodies_of_them", "semicolon_item", "lost_kin", "rest_of_toll",
                    "gapped_actor_items"}


def test_every_fixture_figure_names_a_known_rule():
    known = _rule_names()
    seen = set()
    for path in FIXTURES:
        doc = load(path)
        for f in extract(doc["text"], lang="en", published=doc["published"]):
            assert f.rule in known, (path.stem, f.evidence, f.rule)
            seen.add(f.rule)
    assert {"predicate", "trigger_before", "casualty_noun", "toll_clause", "coordination", "list_under_header"} <= seen


def test_a_table_cell_records_the_table_rule():
    text = "Victims by province:\n| Province | Killed |\n|---|---|\n| Aleppo | 12 |\n| Idlib | 7 |"
    assert [(f.count, f.rule) for f in extract(text, lang="en")] == [(12, "table_column"), (7, "table_column")]


@pytest.mark.parametrize("text, rule", [
    ("Thirteen fighters were killed in the clashes.", "predicate"),
    ("Regime shelling killed at least 22 people in Douma.", "trigger_before"),
    ("The attack left 54 fatalities.", "casualty_noun"),
    ("The death toll rose to 1,383 on Friday.", "toll_clause"),
    ("Rescue teams recovered 12 bodies from the rubble.", "bodies_received"),
    ("Twelve bodies were found near the river.", "bodies_found"),
])
def test_the_figure_records_the_rule_that_gave_its_kind(text, rule):
    assert [f.rule for f in extract(text, lang="en")] == [rule]


def test_rule_outcomes_match_figures_to_gold_in_text_order():
    from collections import Counter
    from nlp.evaluation import rule_outcomes, summarise_rules

    figures = extract("Shelling killed 5 civilians and wounded 9 others. Later 3 soldiers were killed.", lang="en")
    gold = Counter({("killed", 5): 1, ("injured", 9): 1})
    outcomes = rule_outcomes(figures, gold)
    assert outcomes == [("trigger_before", True), ("trigger_before", True), ("predicate", False)]
    table = summarise_rules(("en", r, hit) for r, hit in outcomes)
    assert (table[("en", "predicate")].tp, table[("en", "predicate")].fp) == (0, 1)
    assert table[("en", "trigger_before")].precision == 1.0


def test_eval_by_rule_prints_each_rules_precision_worst_first(tmp_path, capsys):
    from cli.main import main

    doc = {"id": "t1", "lang": "en", "published": "2024-05-02",
           "text": "Shelling killed 5 civilians and wounded 9 others. Later 3 soldiers were killed.",
           "gold": [{"kind": "killed", "count": 5}, {"kind": "injured", "count": 9}]}
    (tmp_path / "t1.json").write_text(json.dumps(doc), encoding="utf-8")
    assert main(["eval", "--by-rule", "-q", str(tmp_path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    rows = [ln.split() for ln in lines[lines.index(next(ln for ln in lines if ln.split()[:2] == ["lang", "rule"])) + 1:]]
    assert rows[0] == ["en", "predicate", "0", "1", "0.000"]
    assert ["en", "trigger_before", "2", "0", "1.000"] in rows
    assert main(["eval", "--by-rule", "--json", str(tmp_path)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["rules"][0] == {"lang": "en", "rule": "predicate", "tp": 0, "fp": 1, "precision": 0.0}


@pytest.mark.parametrize("text, manner", [
    ("Gunmen abducted 13 villagers from Kuriga on Thursday.", "abducted"),
    ("At least 17 passengers were kidnapped on the Abuja-Kaduna road.", "abducted"),
    ("About 240 people were taken hostage during the assault.", "abducted"),
    ("Police arrested 13 people after the protest.", None),
    ("Security forces detained 40 men, and the army said the abductors of a child were among them.", None),
])
def test_abductions_and_hostages_are_detentions_marked_abducted(text, manner):
    figs = [f for f in extract_english(text) if f.kind == "detained"]
    assert len(figs) == 1 and figs[0].manner == manner


def test_eval_can_score_abductions_as_other(tmp_path, capsys):
    # annotations that file abductions as "other" (the shared dev set's README): --abductions-as-other
    from cli.main import main

    doc = {"id": "t2", "lang": "en", "published": "2024-03-08",
           "text": "Gunmen abducted 287 pupils from a school in Kuriga. Police arrested 12 suspects in Kaduna.",
           "gold": [{"kind": "other", "count": 287}, {"kind": "detained", "count": 12}]}
    (tmp_path / "t2.json").write_text(json.dumps(doc), encoding="utf-8")
    assert main(["eval", "-q", str(tmp_path)]) == 0
    assert "0.500" in capsys.readouterr().out  # the abduction is a spurious detention
    assert main(["eval", "-q", "--abductions-as-other", str(tmp_path)]) == 0
    assert [ln.split()[5] for ln in capsys.readouterr().out.splitlines() if ln.startswith("all")] == ["1.000"]


# --------------------------------------------------------------------------- v2 precision classes (batch 32)

@pytest.mark.parametrize("text, expected", [
    # the same value in one sentence, "N others": two facts, not a restatement
    ("Four men were shot dead in the village of Umm Batina on Thursday, and the bodies of four others were found "
     "in a field near Tal Abyad the next morning.", [("killed", 4), ("killed", 4)]),
    # people named by their role inside a counted group are in its count
    ("Gunmen abducted seven villagers, among them a nurse and a retired teacher, police said.", [("detained", 7)]),
    # ... but a category is a breakdown, as before
    ("Shelling killed seven civilians, among them a child.", [("killed", 7), ("killed", 1)]),
    # relatives listed without a numeral are one figure of their number
    ("A farmer was killed and his father, mother and sister were wounded when assailants opened fire.",
     [("killed", 1), ("injured", 3)]),
])
def test_v2_precision_classes(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a generic noun restates a toll of a named group in a later sentence
    ("An air strike on a market in Sarmin killed 14 civilians on Sunday. The civil defence also put the toll at 14 dead "
     "and said 22 people were wounded.", [("killed", 14), ("injured", 22)]),
    # ... but not a toll in another place
    ("Shelling killed 14 civilians in Ariha on Sunday. In Jisr al-Shughur, 14 people were killed by an air strike.",
     [("killed", 14), ("killed", 14)]),
    # the make-up of a toll, with no killing verb
    ("The Syrian Observatory said the 14 dead included three women.", [("killed", 14), ("killed", 3)]),
    ("Among the 27 dead are six women.", [("killed", 27), ("killed", 6)]),
    ("The toll rose to 27. The tally included 11 children.", [("killed", 27), ("killed", 11)]),
    ("Forty people were wounded, 12 of them critically, as were three of the paramedics who arrived first.",
     [("injured", 40), ("injured", 12), ("injured", 3)]),
])
def test_v2_restatements_and_toll_makeup(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Fighting has forced a quarter of a million people to flee their homes since April.", [("displaced", 250000)]),
    ("Half a million people have been displaced.", [("displaced", 500000)]),
    # an earlier toll "had reported" is superseded, the new one a revision of it
    ("At least 31 people were killed when a car bomb exploded in Azaz. A previous toll had reported more than 20 deaths.",
     [("killed", 31), ("killed", 20)]),
    ("Hospital sources said 60 people were being treated for wounds.", [("injured", 60)]),
])
def test_v2_fractions_previous_tolls_treated(text, expected):
    figures = extract_english(text)
    assert [(f.kind, f.count) for f in figures] == expected
    if "previous toll" in text:
        assert [(f.superseded, f.revision, f.previous_count) for f in figures] == [(False, True, 20), (True, False, None)]


@pytest.mark.parametrize("text, expected", [
    ("Suspected militants shot and killed five herdsmen in Zamfara state on Friday.", [("killed", 5)]),
    # "12 miners" is no "12 min": units need a word boundary
    ("Two days earlier, 12 miners were fatally shot at a gold site nearby.", [("killed", 12)]),
    ("Police detained 14 minors on Friday.", [("detained", 14)]),
    ("The march lasted 40 minutes.", []),
    ("Nine vigilantes were on Monday killed in an ambush near Maru.", [("killed", 9)]),
    ("Three lawmakers are said to have been killed in the capital.", [("killed", 3)]),
    ("The violence has so far claimed 40 lives this month.", [("killed", 40)]),
    ("The new clinic has saved 40 lives this year.", []),
    ("A journalist was shot and killed in Mogadishu on Monday.", [("killed", 1)]),
])
def test_v2_verbs_nouns_and_auxiliaries(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Gunmen killed the mayor of Baidoa as he left a mosque.", [("killed", 1, "single_victim")]),
    ("A man was found murdered near the port.", [("killed", 1, "predicate")]),
    ("A journalist was shot and killed in Mogadishu on Monday.", [("killed", 1, "predicate")]),
    ("The governor said 12 people were killed.", [("killed", 12, "predicate")]),
    ("The mayor condemned the attack.", []),
])
def test_v2_single_victims(text, expected):
    assert [(f.kind, f.count, f.rule) for f in extract_english(text)] == expected


@pytest.mark.parametrize("text, scope", [
    ("At least 1,200 people are still detained by the group.", "cumulative"),
    ("Some 340 people remain missing.", "cumulative"),
    ("SNHR said 157,000 people have been arrested or forcibly disappeared since March 2011.", "cumulative"),
    ("Since the start of the year, 512 civilians have been killed.", "cumulative"),
    ("Police arrested 12 people on Monday.", "event"),
])
def test_v2_stocks_are_cumulative(text, scope):
    assert [f.scope for f in extract_english(text)] == [scope]


@pytest.mark.parametrize("text, count", [
    # the largest civilian figure
    ("Fighting killed 40 people on Monday, 25 civilians and 15 fighters.", 25),
    # else the largest top-level figure: the derived total of the parts
    ("In Bunia, a judge and seven of his relatives were killed when their convoy was ambushed.", 8),
    # a superseded toll never
    ("At least 31 people were killed in Azaz. A previous toll had reported more than 20 deaths.", 31),
    ("Police arrested 12 people on Monday.", None),
])
def test_headline_figure(text, count):
    from nlp.casualties import headline

    f = headline(extract_english(text))
    assert (f.count if f else None) == count


@pytest.mark.parametrize("text, expected", [
    # an earlier toll "from the monitor had put ... at" is superseded
    ("Clashes killed 52 people. An earlier toll from the agency had put the number of deaths at 30.",
     [("killed", 52), ("killed", 30)]),
    # a part of a set of things is no casualty
    ("Air strikes killed 21 civilians in March. In one of these attacks, a bakery was destroyed.", [("killed", 21)]),
    # a person singled out by description inside a group already counted
    ("The authorities executed six men on Monday. Among them was a man who was 16 when he was arrested.",
     [("killed", 6)]),
    # bodies are the dead even of people who had been missing
    ("Villagers found the bodies of three shepherds, who had been missing for days, near the border.", [("killed", 3)]),
    # things in a list under a toll heading
    ("Toll of the shelling since Monday:\n- Dead: 9\n- Wounded: 14\n- Shells on homes: 40",
     [("killed", 9), ("injured", 14)]),
    # escaped people are no casualties; an unknown fate is missing
    ("Gunmen abducted five hunters near Rutba. Three of them managed to escape, while the fate of the other two "
     "remains unknown.", [("detained", 5), ("missing", 2)]),
    ("The fate and whereabouts of 31 of the detainees remain unknown.", [("missing", 31)]),
])
def test_v2_precision_from_the_blind_classes(text, expected):
    figures = extract_english(text)
    assert [(f.kind, f.count) for f in figures] == expected
    if "earlier toll" in text:
        assert figures[1].superseded


@pytest.mark.parametrize("text, expected", [
    # arrests counted as events, their make-up and who carried them out
    ("The network recorded 96 arbitrary arrests in May, which included 4 children; 60 were carried out by the regime "
     "forces and 36 by the SDF.", [("detained", 96), ("detained", 4), ("detained", 60), ("detained", 36)]),
    # breakdowns after a semicolon, a dash, "they are", with bare singular nouns
    ("The toll of the blast in Azaz rose to five; a child and four soldiers.",
     [("killed", 5), ("killed", 1), ("killed", 4)]),
    ("Shelling killed 9 people in Idlib on Friday - five civilians and four fighters.",
     [("killed", 9), ("killed", 5), ("killed", 4)]),
    ("In Raqqa, 6 people were killed; they are two women and four men.", [("killed", 6), ("killed", 2), ("killed", 4)]),
    # ... but numbers that do not add up are no breakdown
    ("Shelling killed 9 people in Idlib on Friday - 40 homes were damaged.", [("killed", 9)]),
    # verbless lines under a section heading
    ("Deaths in April\n30 civilians, including 8 children\nA woman and two children among 11 victims of the shelling",
     [("killed", 30), ("killed", 8), ("killed", 1), ("killed", 2), ("killed", 11)]),
    # a verb left out in coordination
    ("One woman was killed in Jabalia, another in Beit Lahia and 7 others in Gaza City.",
     [("killed", 1), ("killed", 1), ("killed", 7)]),
    ("One person died and another was hurt when a drone hit a car.", [("killed", 1), ("injured", 1)]),
    # abducted then killed is killed
    ("Gunmen abducted a pharmacist in Jasim and killed him hours later.", [("killed", 1)]),
    ("A teacher was kidnapped by gunmen on Sunday; his body was found two days later.", [("killed", 1)]),
    # quotation marks around the victims noun
    ('The group said 14 "collaborators" had been executed.', [("killed", 14)]),
])
def test_v2_recall_classes(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Gunmen killed the mukhtar of the village on Sunday.", [("killed", 1)]),
    # a victim and "N other" members: parts and a derived total
    ("The strike killed a militia commander and four other members of the group.",
     [("killed", 1), ("killed", 5), ("killed", 4)]),
    ("Two members of an ISIS cell were on Tuesday killed in a raid.", [("killed", 2)]),
    ("Four fighters of Hay'at Tahrir al-Sham killed in clashes near Saraqib.", [("killed", 4)]),
    # the dead and "along with" after the predicate
    ("Nine soldiers and 14 gunmen were among the dead, along with two civilians.",
     [("killed", 9), ("killed", 14), ("killed", 2)]),
    # a month abbreviation does not end the toll clause
    ("The death toll from the fighting since Oct. 7, 2023 has risen to 1,250, officials said.", [("killed", 1250)]),
    ("The toll stood at 40. Among the dead are more than 12 children.", [("killed", 40), ("killed", 12)]),
    ("The body of a young teacher who had joined the protests was found in a canal.", [("killed", 1)]),
    # a breakdown in brackets right after a bare toll
    ("The toll from the blasts rose to 9 (7 soldiers and two children), the ministry said.",
     [("killed", 9), ("killed", 7), ("killed", 2)]),
    # the kin after the head are one group, as "a doctor, his wife and their son" (blind59 en 007: a possessive and
    # an adjective in the last item no longer break the list)
    ("The raid killed the sheikh, his wife and their eldest son.", [("killed", 1), ("killed", 3), ("killed", 2)]),
])
def test_v2_more_recall_classes(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Three soldiers were killed in Hama and three others in Idlib.", [("killed", 3), ("killed", 3)]),
    ("Five people were killed on Monday and 12 more on Tuesday.", [("killed", 5), ("killed", 12)]),
])
def test_v2_ellipsis_with_others_and_more(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Gunmen stormed the house, killing the sheikh, his wife and their eldest son, police said.",
     [("killed", 1), ("killed", 3), ("killed", 2)]),  # the kin after the head one group (blind59 en 007)
    ("A second young man was moderately wounded in the leg.", [("injured", 1)]),
    ("Crews pulled 9 bodies from the rubble on Monday, bringing to 71 the number recovered in the town this week.",
     [("killed", 9), ("killed", 71)]),
    ("Two fighters were also killed, bringing the number of people who lost their lives in the area since May 3 to 95.",
     [("killed", 2), ("killed", 95)]),
])
def test_v2_titles_adverbs_and_running_totals(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a quote restating the lead toll restates its one-person breakdown too
    ("A missile strike killed seven people, including a 10-year-old boy, officials said. \"Seven people, among them a "
     "child, were killed,\" the governor wrote.", [("killed", 7), ("killed", 1)]),
    # one person and the people listed with him: parts and a derived total
    ("An air strike on a wedding party killed the groom and 13 guests, medics said.",
     [("killed", 1), ("killed", 14), ("killed", 13)]),
    # ... but not a partial sum inside a longer list
    ("The blast killed its occupants, two women, a child and four young men.",
     [("killed", 2), ("killed", 1), ("killed", 4)]),
    ("Some 25 people were taken to hospital with wounds.", [("injured", 25)]),
])
def test_v2_batch34_classes(text, expected):
    assert pairs(text) == expected


def test_keyed_scans_find_what_scanning_every_position_finds():
    """The time, proportion, one-person and relative patterns run only where a word they can start
    with starts: on every fixture sentence that must give exactly ``finditer``'s matches."""
    from nlp.casualties import english
    from nlp.casualties.common import split_sentences
    from nlp.casualties.en import lexicon as lex, rules

    scans = [(rules.TIME, lex.TIME_STARTS, True), (rules.PROPORTION, lex.PROPORTION_STARTS, True),
             (rules.SINGULAR, lex.SINGULAR_STARTS, False), (rules.POSS_KIN, lex.POSSESSIVE_STARTS, False)]
    n = 0
    for path in FIXTURES:
        for sent in split_sentences(load(path)["text"]):
            st = sent.text
            tokens = english._tokens(st)
            for rx, starts, digits in scans:
                assert [m.span() for m in english._scan(rx, st, tokens, starts, digits)] == \
                    [m.span() for m in rx.finditer(st)], (path.stem, st)
            n += 1
    assert n > 600


def test_gated_patterns_find_what_their_patterns_find():
    """The substring gates in front of the patterns run on every number (``rules.Gated``) only
    skip text the pattern cannot match: on every window before and after every number of
    the fixtures (and a few made to match), gated and plain results agree."""
    from nlp.casualties.en import rules
    from nlp.numbers import find_numbers

    gated = [g for g in vars(rules).values() if isinstance(g, rules.Gated)] + [rx for _, rx in rules.QUALIFIER]
    assert all(isinstance(g, rules.Gated) for g in gated)
    texts = [load(p)["text"] for p in FIXTURES] + [
        "Resolution 2254 passed.", "children aged 5 to 12", "the release of 40 prisoners", "cholera killed 30",
        "the toll could rise to 100", "50 people a day", "dozens daily", "paid US$ 5", "Route  66\n",
        "killed by regime forces 3", "at the hands of ISIS 4", "regime forces killed 5", "no fewer than 6",
        "in excess of 7", "approx. 8", "close to 9", "as many as 10"]
    hits = 0
    for text in texts:
        for n in find_numbers(text):
            for lo, hi in ((max(0, n.start - 40), n.start), (max(0, n.start - 100), n.start), (n.end, n.end + 120)):
                for g in gated:
                    plain = g.rx.search(text, lo, hi)
                    assert bool(g.search(text, lo, hi)) == bool(plain), (g.rx.pattern[:40], text[lo:hi])
                    assert bool(g.match(text, lo, hi)) == bool(g.rx.match(text, lo, hi))
                    hits += plain is not None
    assert hits > 20


def test_pluperfect_earlier_toll_is_superseded_by_a_larger_toll_of_its_kind():
    text = ("The toll from the strike on the market rose to 16 dead, the governor said. "
            "The governor had said on Monday that 10 people were killed, and 30 were wounded.")
    by_count = {f.count: f for f in extract_english(text)}
    assert by_count[10].superseded and not by_count[16].superseded
    assert not by_count[30].superseded  # no larger toll of the injured
    alone = extract_english("The governor had said on Monday that 10 people were killed.")
    assert [(f.count, f.superseded) for f in alone] == [(10, False)]
    other_year = extract_english("The toll rose to 16 dead. Last year the group had reported 10 people killed there.")
    assert [(f.count, f.superseded) for f in other_year] == [(16, False), (10, False)]


@pytest.mark.parametrize("text", [
    "A man who was injured on Monday in the shelling has died in hospital.",
    "A woman wounded in the strike died of her wounds on Tuesday.",
    "A soldier injured at the checkpoint later succumbed to his injuries.",
])
def test_the_wounded_who_then_died_are_killed(text):
    assert [(f.kind, f.count, f.rule) for f in extract_english(text)] == [("killed", 1, "died_of_wounds")]


def test_a_death_among_the_wounded_stays_with_its_own_number():
    figures = extract_english("Five people were injured, one of whom later died in hospital.")
    assert ("injured", 5) in [(f.kind, f.count) for f in figures]


def test_casualties_a_hospital_received_are_injured():
    figures = extract_english("The field hospital received 120 casualties on Friday, 14 of whom died.")
    assert [(f.kind, f.count, f.rule) for f in figures] == [("injured", 120, "casualties_received"), ("killed", 14, "predicate")]


def test_a_breakdown_of_the_deaths_is_killed_after_an_injured_total():
    text = "Shelling killed four people and injured another ten. Three of the deaths were in Avdiivka and one in Toretsk."
    assert sorted((f.kind, f.count) for f in extract_english(text)) == [
        ("injured", 10), ("killed", 1), ("killed", 3), ("killed", 4)]


def test_among_the_dead_stays_inside_its_clause():
    text = "Medics said two children were among the dead and that 30 people had been wounded."
    assert ("injured", 30) in [(f.kind, f.count) for f in extract_english(text)]
    assert ("killed", 30) not in [(f.kind, f.count) for f in extract_english(text)]


@pytest.mark.parametrize("text", [
    "SOHR documented the death of more than 6,000 people in the earthquake that struck the north.",
    "The floods killed 40 people in the province.",
    "Some 300 people died in the cholera outbreak in the camps.",
])
def test_deaths_in_disasters_and_epidemics_are_not_war_casualties(text):
    assert extract_english(text) == []


def test_a_table_that_restates_the_prose_adds_no_figures():
    text = ("Regime forces killed 41 civilians and Russian forces killed 9.\n\n"
            "Deaths by perpetrator:\n\nPerpetrator | Civilians\nSyrian regime forces | 41\nRussian forces | 9\n")
    assert sorted((f.kind, f.count) for f in extract_english(text)) == [("killed", 9), ("killed", 41)]


@pytest.mark.parametrize("text,expected", [
    ("Rescuers searched for 12 people believed to be trapped under the rubble.", [("missing", 12)]),
    ("At least 30 people were taken to Gaza as hostages.", [("detained", 30)]),
    ("Some 5,000 people are estimated to have been displaced.", [("displaced", 5000)]),
    ("The shelling brings to 40 the number of people killed since Monday.", [("killed", 40)]),
    ("Three adults died at the hospital.", [("killed", 3)]),
    ("The group recorded 7 executions in March.", [("killed", 7)]),
    ("A bomb killed five. The dead are 3 soldiers and 2 civilians.", [("killed", 5), ("killed", 3), ("killed", 2)]),
    ("Regime forces were responsible for 30 of these deaths, ISIS for 12, and the SDF for 4.",
     [("killed", 30), ("killed", 12), ("killed", 4)]),
])
def test_recall_phrasings_of_blind2(text, expected):
    assert [(f.kind, f.count) for f in extract_english(text)] == expected


def test_the_army_lost_soldiers_stays_out():
    # "lost N members" can mean defections or captures: left out, as in the fixtures' convention
    assert extract_english("The regime forces lost 257 members in the same period.") == []


def test_an_abbreviation_with_dots_inside_the_victims_phrase():
    text = "The bombing killed at least 60 Afghans and 13 U.S. troops, officials said."
    assert [(f.kind, f.count) for f in extract_english(text)] == [("killed", 60), ("killed", 13)]


def test_gated_manner_words_find_what_the_word_loop_finds():
    """``_clause_manners`` lists a clause's words in C and skips clauses with no manner word:
    on every fixture sentence (and its pieces at ";") it gives what a loop over every word gives."""
    from nlp.casualties import english
    from nlp.casualties.common import split_sentences
    from nlp.casualties.en import lexicon as lex, rules

    def every_word(clause):
        out, prev = [], ""
        for m in rules.WORD.finditer(clause):
            w = m.group().lower()
            label = lex.MANNER_PAIRS.get((prev, w)) or lex.MANNER_WORDS.get(w)
            prev = w
            if label is not None:
                out.append((m.start(), label))
        return tuple(out)

    clauses = [piece for path in FIXTURES for sent in split_sentences(load(path)["text"])
               for piece in sent.text.split(";")] + ["killed in an air, strike", "barrel bombs and land mines"]
    assert all(english._clause_manners(c) == every_word(c) for c in clauses)
    assert sum(1 for c in clauses if every_word(c)) > 50


@pytest.mark.parametrize("text,expected", [
    # people reported dead who are alive are not dead
    ("Two of those reported dead are still alive.", []),
    # disease deaths beside a war toll
    ("Partners recorded 1,200 suspected cases and 9 deaths in the camp.", []),
    ("SOHR also recorded 40 deaths from COVID-19 in the same month.", []),
    # an age bound and a family size are not counts
    ("The dead include 5 children under the age of 15 and 3 women over 18.", [("killed", 5), ("killed", 3)]),
    ("A civilian was wounded. The man, a father of four, was taken to hospital.", [("injured", 1)]),
    # a previous toll with its source between the noun and the number is superseded
    ("The toll has risen to 20. The previous death toll the ministry announced on Monday was 12 people.", [("killed", 20)]),
    # people named one by one right after a count restate it
    ("A drone strike killed two civilians, a man and his elderly mother, near Tal Tamr.", [("killed", 2)]),
    ("2 civilians, a woman and a man, shot dead by gunmen in Daraa.", [("killed", 2)]),
    # a breakdown keeps the kind of its total against the next clause's verb
    ("At least 30 civilians were killed, among them 8 children and 5 women, and 90 others were injured.",
     [("killed", 30), ("killed", 8), ("killed", 5), ("injured", 90)]),
])
def test_precision_phrasings_of_blind4(text, expected):
    assert [(f.kind, f.count) for f in extract_english(text) if not (f.vague or f.superseded)] == expected


def test_kin_with_an_age_among_the_injured():
    # "her 12-year-old son" is one relative (the age is not a count): two people, parts of the injured
    text = "Five civilians were injured. A woman and her 12-year-old son were among the injured."
    figures = [f for f in extract_english(text) if not f.vague]
    assert sorted((f.kind, f.count, f.derived) for f in figures) == [
        ("injured", 1, False), ("injured", 1, False), ("injured", 2, True), ("injured", 5, False)]


# --- blind12 en precision classes ---

@pytest.mark.parametrize("text,parts,total", [
    # a titled person opening the list is its first part (blind12 en 004: the derived total was 3, not 4)
    ("The mayor, his driver and two other passengers were killed in the ambush near Djibo.", [1, 1, 2], 4),
    ("The governor, his son and three guards were killed when their convoy hit a mine.", [1, 1, 3], 5),
    # people named one by one, then a count, are one group however many are named
    ("A doctor, a nurse and 12 patients were killed when the clinic was shelled.", [1, 1, 12], 14),
])
def test_people_named_one_by_one_then_a_count_are_parts_of_one_group(text, parts, total):
    figures = extract_english(text)
    assert sorted(f.count for f in figures if not f.derived) == sorted(parts)
    assert [f.count for f in figures if f.derived] == [total]


def test_a_titled_subject_that_is_no_victim_is_no_figure():
    assert [(f.kind, f.count) for f in extract_english("The mayor said 12 people were killed.")] == [("killed", 12)]


@pytest.mark.parametrize("text,expected", [
    # the wounded told by their treatment (blind12 en 017), and the subset after them is theirs
    ("So far twelve people have lost their lives, and twelve more are receiving medical care in hospitals; "
     "three of them are in serious condition.", [("killed", 12), ("injured", 12), ("injured", 3)]),
    ("Twelve people were killed and 12 others are being treated in hospital.", [("killed", 12), ("injured", 12)]),
    # patients at a hospital when it was hit are no casualties (blind10 en 018)
    ("About 600 children were receiving care at the hospital at the time of the attack.", []),
    # the sick are no war casualties, whichever side of the number the disease is named
    ("The clinic said 40 cholera patients were hospitalized.", []),
    ("Forty people were hospitalized with cholera.", []),
    ("Forty people were hospitalized with gunshot wounds.", [("injured", 40)]),
])
def test_the_wounded_by_their_treatment_and_not_the_sick(text, expected):
    assert [(f.kind, f.count) for f in extract_english(text)] == expected


def test_a_threads_newer_posts_supersede_its_earlier_tolls():
    # numbered posts are a feed like a live blog's time stamps (blind12 en 022)
    text = ("1/ A missile hit an apartment block in the city centre on Saturday afternoon.\n"
            "2/ Sunday morning, the governor: 30 confirmed dead, 75 injured.\n"
            "3/ Monday: toll now 40 dead, three of them children. 46 people are still unaccounted for.\n"
            "4/ Tuesday, the rescue service: the search is over. Final figures: 45 killed, including six children; "
            "79 injured; 20 people still missing.\n")
    current = [(f.kind, f.count) for f in extract_english(text) if not f.superseded]
    assert current == [("killed", 45), ("killed", 6), ("injured", 79), ("missing", 20)]
    # without post numbers, two sentences keep their tolls (another place, another event)
    figs = extract_english("Sunday: 30 dead in the north. Monday: toll now 40 dead in the south.")
    assert not any(f.superseded for f in figs)


def test_an_initial_estimate_is_superseded():
    figs = extract_english("Israel's initial estimate of about 1,400 dead was revised downwards in November 2023.")
    assert [(f.count, f.superseded) for f in figs] == [(1400, True)]
    assert not any(f.superseded for f in extract_english("The UN estimate of 500 dead was disputed."))


def test_deaths_from_all_causes_are_no_war_toll():
    # hunger, disease and violence together (the dev README's other; blind12 en 014)
    assert extract_english("A study estimated more than 61,000 deaths from all causes in Khartoum state.") == []
    assert [(f.kind, f.count) for f in extract_english("At least 7,500 civilians were killed in direct attacks.")] == [
        ("killed", 7500)]


@pytest.mark.parametrize("text,expected", [
    ("Two female judges of the Supreme Court were shot dead by unidentified gunmen.", [("killed", 2)]),  # blind12 en 008
    ("Three male nurses were wounded when the clinic was shelled.", [("injured", 3)]),
    ("A female student was killed.", [("killed", 1)]),
])
def test_female_and_male_before_a_noun_are_adjectives(text, expected):
    assert [(f.kind, f.count) for f in extract_english(text)] == expected


@pytest.mark.parametrize("text,expected", [
    ("During this period at least 4,000 people were held in the branch's prison.", [("detained", 4000)]),  # blind12 en 015
    ("Some 300 men were held at Saydnaya prison.", [("detained", 300)]),
    ("Two meetings were held in the prison.", []),
    # who they were when they died is no detention (blind11 en 006)
    ("The attacks killed 1,510 people, among them seven regime prisoners who were held in an opposition prison.",
     [("killed", 1510), ("killed", 7)]),
])
def test_held_in_a_prison_is_detained(text, expected):
    assert [(f.kind, f.count) for f in extract_english(text)] == expected


@pytest.mark.parametrize("text,expected", [
    # an army's weekly briefing (blind12 en 016): its enemy dead, arrests and its own losses
    ("Troops arrested 331 suspects and killed 30 bandits in Zamfara.", [("detained", 331), ("killed", 30)]),
    ("Troops also apprehended 43 perpetrators of oil theft.", [("detained", 43)]),
    ("Two gallant soldiers paid the supreme price in an ambush, while five others were wounded in action.",
     [("killed", 2), ("injured", 5)]),
    # "neutralised" is killed to one army and killed, captured or surrendered to another: not read
    ("Overall, troops neutralised 166 terrorists.", []),
])
def test_an_army_briefing(text, expected):
    assert [(f.kind, f.count) for f in extract_english(text)] == expected


@pytest.mark.parametrize("text,expected", [
    # "casualties" split into the killed and the injured right after it: both together, no toll of
    # the dead (blind13 en 011); the parts are the figures
    ("UNAMA documented 5,183 civilian casualties (1,659 killed and 3,524 injured) in the first half of 2021.",
     [("killed", 1659), ("injured", 3524)]),
    ("In May and June alone, it recorded 2,392 civilian casualties – 783 killed and 1,609 injured – the highest "
     "number.", [("killed", 783), ("injured", 1609)]),
    # without such a breakdown "casualties" keeps its reading
    ("Hospitals received 40 casualties.", [("injured", 40)]),
])
def test_casualties_broken_down_into_killed_and_injured_are_both(text, expected):
    assert [(f.kind, f.count) for f in extract_english(text)] == expected


def test_medical_personnel_are_civilians():
    # "personnel" alone is security forces; after a civilian service it is not (blind13 en 006)
    cats = [tuple(f.victim_categories) for f in extract_english(
        "Shells killed 13 civilians, including two children and two medical personnel, in Afrin.")]
    assert ("civilians",) in cats and ("security_forces",) not in cats
    assert [f.victim_categories for f in extract_english("Five security personnel were killed.")] == [["security_forces"]]


@pytest.mark.parametrize("text,expected", [
    # an age between commas after a name (blind13 en 026); a place's count stays
    ("On Sunday, Fr Christopher Odia, 41, was abducted by gunmen from the rectory.", []),
    ("In Aleppo, 41, including children, were killed.", [("killed", 41)]),
    # early reports are earlier tolls; the wounded "treated in hospitals for … wounds" (blind13 en 026)
    ("The government confirmed that 40 people died, and that 61 others were treated in hospitals for gunshot and "
     "blast wounds. Early reports from the parish had spoken of more than 50 dead.", [("killed", 40), ("injured", 61)]),
])
def test_blind13_en_precision_classes(text, expected):
    assert [(f.kind, f.count) for f in extract_english(text) if not f.superseded] == expected


def test_a_count_and_one_person_are_parts_of_one_group():
    # "two journalists and a police officer were killed": 2, 1 and a derived 3 (blind13 en 023)
    figs = extract_english("On 24 December, two journalists and a police officer were killed when gunmen opened fire.")
    assert sorted((f.count, f.derived) for f in figs) == [(1, False), (2, False), (3, True)]


@pytest.mark.parametrize("text,expected", [
    # blind13 en 017: killed and captured together
    ("The operations killed or captured eight senior ISIS leaders.", []),
    # blind13 en 002: the bodies of some of the abducted are the dead
    ("ISIS members abducted five of the hunters. The bodies of two of them were found hours later.",
     [("detained", 5), ("killed", 2)]),
    # blind13 en 005: the predicate decides the kind of "N of those arrested"
    ("At least 176 of those arrested were subsequently classified as forcibly disappeared.", [("missing", 176)]),
])
def test_blind13_en_kinds(text, expected):
    assert [(f.kind, f.count) for f in extract_english(text)] == expected


def test_a_figure_revised_in_the_next_sentence_is_superseded():
    # blind13 en 016
    figs = extract_english("The army said 21 passengers had been martyred before the operation began. On Thursday, "
                           "however, it revised the figure, saying 26 hostages had lost their lives.")
    assert [(f.count, f.superseded) for f in figs] == [(21, True), (26, False)]


@pytest.mark.parametrize("text,expected", [
    # a tally's kind is read in its own clause, not from the injured after "while" (blind14 en 004's class)
    ("The monitor has recorded 96 deaths from unexploded ordnance this year. The tally includes 31 children, while 140 "
     "other people were maimed.", [("killed", 96), ("killed", 31), ("injured", 140)]),
    # "N of whom" is a part of the set before it, not a sibling whose verb reaches back into a bracket (005's class)
    ("The group documented at least 76 cases of arbitrary arrest in March. The report breaks the cases down by "
     "perpetrator as follows:\nIsraeli forces: 64 (including five children and two women), 40 of whom were held "
     "without charge.\nPalestinian security services: 12 (including one journalist).",
     [("detained", 76), ("detained", 64), ("detained", 5), ("detained", 2), ("detained", 40), ("detained", 12), ("detained", 1)]),
    # people released later are no detention figure
    ("Police arrested 65 protesters, 20 of whom were later released.", [("detained", 65)]),
    # kin listed after a person and their kin belong to one group (012's class)
    ("An airstrike on a flat in Rafah killed a father, his three daughters and two of their cousins.",
     [("killed", 1), ("killed", 6), ("killed", 3), ("killed", 2)]),
    ("A neighbour said his uncle and two cousins were among the dead.", [("killed", 1), ("killed", 3), ("killed", 2)]),
    # an adjective of kind yields to what the verb says happened ("displaced women … were taken": an abduction)
    ("Some 60 displaced women and girls were taken from a camp near Damasak while collecting water.", []),
])
def test_blind14_en_precision_classes(text, expected):
    assert [(f.kind, f.count) for f in extract_english(text)] == expected


@pytest.mark.parametrize("text,expected", [
    # bodies "were recovered" are the dead, like "rescuers recovered 12 bodies" (blind14 en 013's class)
    ("Civil defence teams said 37 bodies were recovered from the rubble of the market on Tuesday.", [("killed", 37)]),
    # the outbreak of a war is no epidemic (003's class)
    ("Since the outbreak of the fighting, the militia has detained 58 people in raids on border villages.",
     [("detained", 58)]),
    ("The cholera outbreak has killed 40 people in the camps.", []),
    # a header that distributes a toll by cause: a weapon's label is the cause of the deaths (002's class)
    ("The monitor documented the deaths of 64 civilians in May. The civilian deaths were distributed as follows:\n"
     "Air strikes: 21, including six children\nArtillery shelling: 18\nDrones: 18\nLandmines: 7",
     [("killed", 64), ("killed", 21), ("killed", 6), ("killed", 18), ("killed", 18), ("killed", 7)]),
    # "They are N X; M Y; and K Z": a breakdown opened without a colon (003's class)
    ("The toll of the fighting has risen to 70. They are 31 soldiers; 27 militiamen, some of them foreigners; and 12 "
     "civilians.", [("killed", 70), ("killed", 31), ("killed", 27), ("killed", 12)]),
    # the head of a council is one identifiable person (003's class); "the head of the family" is not a title
    ("Gunmen on a motorbike shot dead the head of the Jasim municipal council on Sunday.", [("killed", 1)]),
])
def test_blind14_en_recall_classes(text, expected):
    assert [(f.kind, f.count) for f in extract_english(text)] == expected


@pytest.mark.parametrize("text,expected", [
    # "remain in hospitals" (plural) like "remain in hospital" (blind14 en 025's class)
    ("Forty people were wounded in the blast; 11 remain in hospitals, two of them in a serious condition.",
     [("injured", 40), ("injured", 11), ("injured", 2)]),
    # two nationality adjectives share the noun after the second number (020's class)
    ("The strike killed 14 Afghan and three Pakistani labourers at the brick kiln.", [("killed", 14), ("killed", 3)]),
    # an army's idioms of death (021's class), and deaths by machete or fire
    ("Three soldiers embraced shahadat during the exchange of fire, and all four terrorists were sent to hell.",
     [("killed", 3), ("killed", 4)]),
    ("Nine villagers were hacked to death, and 12 others were burned beyond recognition when their huts were set on fire.",
     [("killed", 9), ("killed", 12)]),
    # kolbars (cross-border porters) are people
    ("Two kolbars were shot dead by border guards near Baneh.", [("killed", 2)]),
])
def test_blind14_en_more_recall_classes(text, expected):
    assert [(f.kind, f.count) for f in extract_english(text)] == expected


@pytest.mark.parametrize("text,expected", [
    # an aside in dashes between the victims and their verb (blind14 en 012's class)
    ("More than 400,000 people – nearly a third of the district – have been displaced since March.",
     [("displaced", 400000)]),
    # a long "of" phrase naming a body before the next item (001's class)
    ("The toll has reached 212: 140 members of the Union Defence and Security Forces, and 72 militiamen loyal to the "
     "old government.", [("killed", 212), ("killed", 140), ("killed", 72)]),
    # those who sought medical help are the wounded (014's class); "including all four" is a subset
    ("A total of 96 people sought medical help after the shelling.", [("injured", 96)]),
    ("Investigators have arrested nine people, including all three suspected bombers.", [("detained", 9), ("detained", 3)]),
])
def test_blind14_en_asides_and_subsets(text, expected):
    assert [(f.kind, f.count) for f in extract_english(text)] == expected


@pytest.mark.parametrize("text,expected", [
    # a victims noun with a place named after it, then the verb (blind15 en 021's class)
    ("More than 60,000 residents of Sennar and nearby villages fled the fighting.", [("displaced", 60000)]),
    # ... but not when the verb belongs to a coordinated clause of someone else
    ("Gunmen shot dead the head of the Tafas council in front of his house and fled.", [("killed", 1)]),
    # ... nor across a verb of saying (026's class: the speaker is no victim)
    ("A hospital official in Gao said the ambulance driver was among those killed.", []),
    # "have since been classified as forcibly disappeared" (006's class)
    ("The group recorded 88 arrests in May, 31 of whom have since been classified as forcibly disappeared.",
     [("detained", 88), ("missing", 31)]),
    # a distributive "every one" and a possessor "the wife of one of" are no counts (013's and 025's classes)
    ('"Every one of these names is a family," she said.', []),
    ("Police detained six people, among them the brother of one of the bombers.", [("detained", 6)]),
])
def test_blind15_en_classes(text, expected):
    assert [(f.kind, f.count) for f in extract_english(text)] == expected


@pytest.mark.parametrize("text,expected", [
    # an authority's earlier insistence on a lower toll is superseded by the larger one (blind15 en 024's class)
    ("The army had at first insisted that only four people died in the blast. Medics later said 19 civilians were "
     "killed.", [("killed", 19)]),
    # the one whose death explains a rise, after "and" (025's class)
    ("The toll has risen to 17, after more bodies were pulled from the rubble and one of the wounded died overnight.",
     [("killed", 17)]),
    # a place phrase with a participle between the victims and the verb (026's class)
    ("All 12 militants present at the compound were killed in the raid.", [("killed", 12)]),
    ("The bodies of the remaining nine miners were recovered on Friday.", [("killed", 9)]),
    # a row under a list header may hold a semicolon (001's class: the rows after it were lost too)
    ("The toll since 2 May has risen to 410.\nThe tally included:\n212 civilians, among them 19 children; 40 of them "
     "were executed at checkpoints.\n198 fighters of local factions.",
     [("killed", 410), ("killed", 212), ("killed", 19), ("killed", 40), ("killed", 198)]),
])
def test_blind15_en_more_classes(text, expected):
    assert [(f.kind, f.count) for f in extract_english(text) if not f.superseded] == expected


@pytest.mark.parametrize("text,expected", [
    # "taken refuge" is displacement, not the missing of the clause before (blind16 en 001's class)
    ("The fate of dozens of fishermen remains unknown, and some 4,000 villagers have taken refuge in the port town.",
     [("missing", 24), ("displaced", 4000)]),
    # an earlier report of a toll of its own is superseded by the larger toll (015's class)
    ("The toll from the strike on the market has reached 61, including 9 children. Earlier reports had put the number "
     "of dead at around 40.", [("killed", 61), ("killed", 9)]),
    ("The toll from the riot has climbed to 52. Officials had first spoken of 12 dead.", [("killed", 52)]),
    # by how much one year's toll exceeds another's is no toll (013's class)
    ("At least 3,100 people were killed last year, some 700 deaths above the 2,400 recorded the year before.",
     [("killed", 3100)]),
])
def test_blind16_en_classes(text, expected):
    assert [(f.kind, f.count) for f in extract_english(text) if not f.superseded] == expected


def test_the_minutes_of_a_clock_time_are_no_figure():
    # OCHA's incident list: "at approximately 1:45" gave killed 45, "at about 12:00" killed 0
    text = ("The following are among the deadliest incidents reported during the week:\n\nOn 3 June, at approximately "
            "2:35, a house in Jabalia was struck, reportedly killing 11 people.\n\nOn 4 June, at about 12:00, a tent "
            "was struck, reportedly killing four Palestinians.")
    assert [(f.kind, f.count) for f in extract_english(text)] == [("killed", 11), ("killed", 4)]


@pytest.mark.parametrize("text,expected", [
    # two coordinated groups with the same count are two figures, not one told twice (issue 11 §2)
    ("Four nurses and four ambulance drivers were killed when the convoy was shelled.", [("killed", 4), ("killed", 4)]),
    ("The raid killed 15 people, including two farmers, three teachers and two herders.",
     [("killed", 15), ("killed", 2), ("killed", 3), ("killed", 2)]),
    # ... while one toll told twice in a sentence stays one
    ("Six people died in the blast, six of them civilians.", [("killed", 6)]),
    # a make-up row with a modifier before its noun ("were border guards"; blind13 en 021's class)
    ("Of the 31 dead, 25 were pilgrims, four were border guards and two were local traders.",
     [("killed", 31), ("killed", 25), ("killed", 4), ("killed", 2)]),
    # foreign nationals are people (blind13 en 010's class)
    ("A rocket struck the compound, killing five people: three Nepali nationals and two Filipino workers.",
     [("killed", 5), ("killed", 3), ("killed", 2)]),
    # forced to leave their homes, a place or group phrase between (blind13 en 009's class)
    ("The offensive has forced some 80,000 residents of the northern districts to leave their homes.",
     [("displaced", 80000)]),
])
def test_same_counts_make_up_rows_and_forced_from_homes(text, expected):
    assert [(f.kind, f.count) for f in extract_english(text)] == expected


@pytest.mark.parametrize("text,expected", [
    # a toll raised or lowered "to" later in its own sentence replaces the first (issue 11, earlier tolls)
    ("Rescuers initially put the number of dead at between 20 and 25, then raised it to between 60 and 70 after "
     "reaching the collapsed shelter.", [(20, 25, True), (60, 70, False)]),
    ("The governor first put the toll at 14, later raising it to 19.", [(14, None, True), (19, None, False)]),
    ("The ministry said 31 people had been killed, but later lowered it to 28, saying three bodies had been counted "
     "twice.", [(31, None, True), (28, None, False)]),
    # a count raised with no figure before it in the sentence is left as it was
    ("The agency later raised it to 40.", []),
])
def test_a_toll_raised_to_later_in_its_sentence_replaces_the_first(text, expected):
    assert [(f.count, f.count_max, f.superseded) for f in extract_english(text)] == expected


@pytest.mark.parametrize("text,expected", [
    # the speaker of a quote is no victim (blind13 en 009); a reported victim is
    ('"They went door to door and shot anyone they found," said a woman who fled with her children.', []),
    ("Local sources said a civilian was wounded by stray bullets during the raid.", [("injured", 1)]),
    # people exchanged are no casualties (blind13 en 020)
    ("Some 94 hostages remain in Gaza. In the 2023 truce, Hamas freed 105 hostages, 81 of them in exchange for 240 "
     "prisoners.", [("detained", 94)]),
])
def test_quote_speakers_and_the_exchanged(text, expected):
    assert [(f.kind, f.count) for f in extract_english(text)] == expected


@pytest.mark.parametrize("text,expected", [
    # the same count with another count of another kind beside it is another event (blind13 en 022)
    ("At least 24 people were killed and 16 wounded in the hospital attack. Hours later, a suicide bomber blew "
     "himself up at a funeral, killing 24 people and wounding 68.",
     [("killed", 24), ("injured", 16), ("killed", 24), ("injured", 68)]),
    # with the same partner it is the toll restated
    ("At least 24 people were killed and 16 wounded in the attack. The toll of 24 dead and 16 wounded was "
     "confirmed by the ministry.", [("killed", 24), ("injured", 16)]),
])
def test_a_count_restated_or_another_event(text, expected):
    assert [(f.kind, f.count) for f in extract_english(text)] == expected


@pytest.mark.parametrize("text,expected", [
    # blind13 en 022, 009
    ("MSF said the dead included 16 mothers, two newborn babies and a midwife.", [("killed", 16), ("killed", 2)]),
    ("Some 40 wounded were evacuated to hospitals in Sebba and Dori.", [("injured", 40)]),
    ("Some 40 people were evacuated from the area.", []),
])
def test_mothers_newborns_and_the_wounded_evacuated(text, expected):
    assert [(f.kind, f.count) for f in extract_english(text)] == expected


def test_a_rounded_lead_restating_a_precise_figure_and_the_kind_of_up_from():
    # "More than a million" restates the IOM's 1,041,000 (blind13 en 023); "up from 315,000" is of
    # the figure's kind, displaced, and superseded
    figs = extract_english("More than a million people are now internally displaced in Haiti, the NRC said. According "
                           "to the IOM, 1,041,000 people have fled their homes, up from 315,000 in December 2023.")
    assert [(f.kind, f.count, f.superseded) for f in figs] == [("displaced", 1041000, False),
                                                                ("displaced", 315000, True)]


def test_among_the_toll_told_again_by_its_count():
    # "Among the 39 civilians are …" after "has risen to 39" (blind13 en 001)
    figs = extract_english("The number of civilians killed today has risen to 39. Among the 39 civilians are eight "
                           "children and five women.")
    assert [(f.kind, f.count, f.part_of) for f in figs] == [("killed", 39, None), ("killed", 8, 0), ("killed", 5, 0)]
    # a definite count that no toll told before keeps its own reading
    figs = extract_english("Twelve people were killed on Monday. Among the 40 civilians displaced last week are eight children.")
    assert [(f.kind, f.count) for f in figs][:2] == [("killed", 12), ("displaced", 40)]


def _feed_updates_quadratic(figures, text):
    """``rules.feed_updates`` as first written: every update against every figure (quadratic)."""
    from nlp.casualties.en import rules

    posts = [m.start() for m in rules.POST_START.finditer(text)]
    if len(posts) < 2:
        return
    old = set()
    for f in figures:
        post = max((p for p in posts if p < f.start), default=None)
        if post is None or f.superseded or f.part_of is not None:
            continue
        lead = max(0, f.start - f.sentence_start)
        final = bool(rules.FEED_FINAL.search(f.sentence, 0, lead))
        if not (final or rules.REVISION.search(f.sentence, 0, lead) or rules.FEED_NOW.search(f.sentence, 0, lead)):
            continue
        for k, g in enumerate(figures):
            if g.start < post and g.kind == f.kind and (g.count < f.count or final) and g.part_of is None \
                    and not (g.superseded or g.vague):
                old.add(k)
    rules._supersede_with_parts(figures, old)


def _list_restatements_quadratic(figures, text):
    """``rules.list_restatements`` as first written: every figure against every list row."""
    from nlp.casualties.en import rules

    drop = set()
    rows = [g for g in figures if g.rule in rules.LIST_ROW_RULES]
    for i, f in enumerate(figures):
        if f.rule in rules.LIST_ROW_RULES or f.part_of is not None or f.superseded or f.derived \
                or any(g.part_of == i for g in figures):
            continue
        before = f.sentence[max(0, f.start - f.sentence_start - 120):max(0, f.start - f.sentence_start)].lower()
        for g in rows:
            if g.start >= f.start or (g.kind, g.count) != (f.kind, f.count) or g.victim_categories != f.victim_categories:
                continue
            label = rules.LINE_LABEL.match(text[text.rfind("\n", 0, g.start) + 1:g.start])
            name = rules.LEADING_THE.sub("", label.group(1).strip().lower()) if label else ""
            if len(name) >= 3 and name in before:
                drop.add(i)
                break
    return rules._without(figures, drop)


def test_feed_updates_and_list_restatements_equal_their_quadratic_definitions(monkeypatch):
    # both compared every figure with every other: a 1 MB text of joined bulletins spent 6.5 of 12 s
    # in them (blind14/15 rules made more list rows); now indexed, with the same figures
    from nlp.casualties.en import rules

    paths = FIXTURES[:80] + [p for p in FIXTURES if p.name.startswith("en-299-")]
    text = "\n\n".join(json.loads(p.read_text(encoding="utf-8"))["text"] for p in paths)
    text = text + "\n\n" + text  # a feed repeated: updates reach back over many posts
    new = [f.to_dict() for f in extract_english(text)]
    monkeypatch.setattr(rules, "feed_updates", _feed_updates_quadratic)
    monkeypatch.setattr(rules, "list_restatements", _list_restatements_quadratic)
    assert [f.to_dict() for f in extract_english(text)] == new


def test_a_kind_noun_after_a_count_of_people_takes_their_people():
    """Bug (blind23 en 011): in "Nine children killed, 12 injured" the 12 are children too; the
    quote restates the 12 children injured told before and is no second figure."""
    text = ('More than 60 people were injured, including 12 children. "Nine children killed, 12 injured - '
            'these are not numbers," she said.')
    assert [(f.kind, f.count) for f in extract(text, lang="en")] == [("injured", 60), ("injured", 12), ("killed", 9)]



def test_a_sum_of_named_people_restates_no_figure_of_another_sentence():
    """Bug (blind25 en 021): "his sister and her two children were killed" (a derived 3) was merged
    into "three were shot dead" two sentences before, and its parts hung under the attackers."""
    text = ("Gunmen stormed a hotel in Kismayo, killing at least 26 people. Officials said four attackers took "
            "part: three were shot dead by the police and one was arrested. A guest, Hassan Ali, said his wife "
            "and her two sisters were killed in the lobby.")
    figs = extract(text, lang="en")
    derived = [f for f in figs if f.derived]
    assert [(f.kind, f.count) for f in derived] == [("killed", 3)]
    total = figs.index(derived[0])
    assert sorted(f.count for f in figs if f.part_of == total) == [1, 2]


def test_a_toll_that_initially_stood_at_a_number_is_superseded():
    """Bug (blind25 en 016): "The toll initially stood at 13 and was raised to 17" after "has risen to
    18": the 13 is an earlier toll, the adverb after the noun."""
    text = ("The death toll from the strike on the market in Kostiantynivka has risen to 17, officials said. "
            "The toll initially stood at 11 and was raised to 16 by the evening.")
    figs = extract(text, lang="en")
    assert [(f.count, f.superseded) for f in figs if f.kind == "killed"] == [(17, False), (11, True)]


def test_a_group_abducted_whose_bodies_were_found_is_killed():
    """Bug (blind25 en 003): "abducted two shepherds …; their bodies were found" is two killed, as
    "abducted a teacher …; his body was found" is one."""
    figs = extract("Gunmen abducted three farmers near Daquq on Monday; their bodies were found in an orchard "
                   "the next morning.", lang="en")
    assert [(f.kind, f.count, f.rule) for f in figs] == [("killed", 3, "abducted_then_killed")]
    held = extract("Gunmen abducted three farmers near Daquq on Monday; their families were told to pay.", lang="en")
    assert [(f.kind, f.count) for f in held] == [("detained", 3)]


def test_a_speaker_described_after_the_name_is_no_figure():
    """Bug (blind25 en 018): "Ahmed, a displaced man from Rafah, told reporters" describes who speaks;
    he is no displaced figure of one."""
    text = ("The strike on the tent camp killed 40 people. Samir Khalil, a displaced man from Beit Lahia, "
            "told reporters that the tents caught fire at once.")
    assert [(f.kind, f.count) for f in extract(text, lang="en")] == [("killed", 40)]


def test_a_family_named_after_its_count_restates_it():
    """Bug (blind25 en 001, 006): "four members of one family: a father, his wife and their two
    daughters" is the 4 once, not 4 and 1 + 1 + 2 (nor a derived 4); "a family of five, a man, his wife
    and their three children" is the 5."""
    text = ("An airstrike on the village of Hass killed 21 civilians. Among them were five members of one family: "
            "a farmer, his wife and their three sons.")
    assert [(f.kind, f.count) for f in extract(text, lang="en")] == [("killed", 21), ("killed", 5)]
    text = "The toll included a family of four, a teacher, his wife and their two children, who were asleep when the shell hit."
    assert [(f.kind, f.count) for f in extract(text, lang="en")] == [("killed", 4)]
    # a breakdown by category after a count is still a breakdown
    assert [(f.kind, f.count) for f in extract("Five people were killed, three children and two women.", lang="en")] \
        == [("killed", 5), ("killed", 3), ("killed", 2)]


def test_relatives_someone_lost_are_dead():
    """Bug (blind25 en 018): "he had lost his mother, his wife and his brother" is three killed; a job or
    a leg lost is no one."""
    assert [(f.kind, f.count, f.rule) for f in extract("A resident of Jabalia said he had lost his father, his sister "
                                                        "and his uncle in the strike.", lang="en")] \
        == [("killed", 3, "lost_kin")]
    assert extract("The driver lost his job and his leg after the attack.", lang="en") == []


def test_parents_are_two_and_a_kin_list_takes_an_uncle_named_last():
    """Bug (blind24 en: "her parents and two brothers" read as the two brothers only; blind14 en 009:
    "his father, his two brothers and an uncle" summed to 3): every member counts."""
    figs = extract("Her parents and two brothers were killed when the shell hit their home in Avdiivka.", lang="en")
    assert [(f.count, f.derived) for f in figs if f.part_of is None] == [(4, True)]
    figs = extract("The strike killed his father, his two brothers and an uncle.", lang="en")
    assert [(f.count, f.derived) for f in figs if f.part_of is None] == [(4, True)]
    assert [(f.kind, f.count) for f in extract("Her parents were killed in the shelling.", lang="en")] == [("killed", 2)]


def test_one_count_of_the_killed_and_injured_is_neither_kind():
    """Bug (blind25 en 025): "killing and injuring at least 700 people" was read as 700 injured."""
    assert extract("The group has claimed 20 attacks on the district since 2021, killing and injuring more than "
                   "900 people.", lang="en") == []
    assert extract("The bombings killed or wounded at least 300 people.", lang="en") == []
    assert [(f.kind, f.count) for f in extract("The blast killed 12 and injured 40 people.", lang="en")] == \
        [("killed", 12), ("injured", 40)]


def test_a_running_total_raised_revises_no_event_toll_of_the_sentence_before():
    """Bug (blind25 en 018): "The latest attacks raised the death toll in Gaza since October 7 to
    38,443" marked the strike's 20 of the sentence before as an earlier toll."""
    text = ("Later that day, a strike on a school sheltering families in Deir al-Balah killed at least 16 people. "
            "The latest strikes raised the death toll in Gaza since October 7 to 40,005, the ministry said.")
    assert [(f.count, f.superseded) for f in extract(text, lang="en")] == [(16, False), (40005, False)]
    text = ("The president said at least 80 people were killed in the bombing. On Monday, the health minister "
            "raised the toll to 97.")
    assert [(f.count, f.superseded) for f in extract(text, lang="en")] == [(80, True), (97, False)]


def test_lynched_suspects_and_bodies_collected_are_dead():
    """Recall (blind25 en 011, 024): "were lynched", people "suspected of …" before their predicate,
    "bodies have been collected"."""
    text = ("Residents lynched four men they accused of theft. Nine people suspected of links to the gang were "
            "executed by the police. Some 310 bodies have been collected from the streets since the fighting.")
    assert [(f.kind, f.count) for f in extract(text, lang="en")] == [("killed", 4), ("killed", 9), ("killed", 310)]


def test_the_split_of_a_count_of_raids_by_who_carried_them_out_is_no_people():
    """Bug (blind26 en 005): "41 raids that led to detentions: 19 by regime forces, seven by HTS …" were
    read as four counts of detainees."""
    text = ("The network recorded 212 arrests in March. It recorded 33 raids that led to arrests: 14 by regime "
            "forces, eight by HTS, six by the SNA and five by the SDF.")
    assert [(f.kind, f.count) for f in extract(text, lang="en")] == [("detained", 212)]


def test_deaths_in_custody_are_deaths_and_a_first_count_is_an_earlier_toll():
    """Bugs (blind26 en 022, 020): "261 deaths in custody" was read as 261 detained; "A first count
    released on Sunday … reported 21 deaths" was not marked as the earlier toll."""
    figs = extract("The rights group has verified 188 deaths in custody since the emergency began.", lang="en")
    assert [(f.kind, f.count) for f in figs] == [("killed", 188)]
    text = ("A first count released on Monday morning by the district office reported 17 deaths. By the evening "
            "the toll had risen to 26.")
    assert [(f.count, f.superseded) for f in extract(text, lang="en")] == [(17, True), (26, False)]


def test_a_possessor_and_a_described_man_are_no_figures():
    """Bugs (blind26 en 003, 004): "a man's wife" is not the man; "a displaced man" the researcher spoke
    to is described, not one person displaced."""
    figs = extract("In Sarmin, a farmer's wife was injured by a cluster bomblet in their field.", lang="en")
    assert not any("farmer" in f.evidence for f in figs)
    assert extract("Our researcher spoke to a displaced woman in Atmeh camp about the winter.", lang="en") == []


def test_the_rest_of_a_toll_and_a_toll_approaching_a_number():
    """Recall (blind25 en 002, 004; blind26 en 002): "The rest of the month's deaths were 98 …, 61 …"
    is the rest of the toll, item by item; "the death toll … is approaching a quarter of a million"."""
    text = ("The monitor documented 401 deaths in June. The rest of the month's deaths were 77 regime soldiers, "
            "40 fighters of rebel factions and 19 SDF members.")
    assert [(f.kind, f.count) for f in extract(text, lang="en")] == \
        [("killed", 401), ("killed", 77), ("killed", 40), ("killed", 19)]
    figs = extract("The civilian death toll since 2011 is approaching half a million, the group said.", lang="en")
    assert [(f.kind, f.count) for f in figs] == [("killed", 500000)]


def test_a_named_person_and_n_others_are_parts_of_one_group():
    """Issue 11 §4: "Governor Roel Degamo and eight other people were killed" is the governor, the eight
    and their sum (derived 9), as "the judge and seven relatives" is."""
    figs = extract("Mayor Ana Morales and six other people were killed when gunmen opened fire on the town hall.",
                   lang="en")
    derived = [f for f in figs if f.derived]
    assert [(f.kind, f.count) for f in derived] == [("killed", 7)]
    assert sorted(f.count for f in figs if f.part_of == figs.index(derived[0])) == [1, 6]
    assert extract("President Ruto and two aides visited the site on Monday.", lang="en") == []


def test_people_killed_along_with_others_without_a_comma():
    """Issue 11 §4: "X was killed along with his wife and four children": the others are killed too."""
    figs = extract("A militia leader was killed along with his wife and three children in the raid.", lang="en")
    assert {(f.kind, f.count) for f in figs if f.part_of is None} == {("killed", 1), ("killed", 4)}
    assert [(f.kind, f.count) for f in extract("Six soldiers were killed along with two civilians.", lang="en")] == \
        [("killed", 6), ("killed", 2)]


def test_a_label_row_names_its_kind_among_other_words():
    """Blind27 en 024: "Martyrs: 14" and "People reported missing by their relatives: 38" are label
    rows of their kind, as "Killed: 12" is."""
    text = ("The list of the month's victims:\n- Civilians killed in air strikes: 21\n"
            "- People reported missing by their relatives: 38\n- Martyrs: 14")
    assert [(f.kind, f.count) for f in extract(text, lang="en")] == [("killed", 21), ("missing", 38), ("killed", 14)]


def test_an_age_every_single_and_a_count_pointed_back_to_are_no_figures():
    """Blind27 en: "who turned 12" is an age, "every single one of" is all, and "these four deaths"
    points back at deaths already counted."""
    assert all(f.count != 12 for f in extract("The boy, who turned 12 last week, was killed in the raid.", lang="en"))
    assert extract("Every single one of the 40 families fled the village.", lang="en") == []
    figs = extract("The army said 11 soldiers were killed on Friday. These four deaths were not in the ministry's count.",
                   lang="en")
    assert [(f.kind, f.count) for f in figs] == [("killed", 11)]


def test_a_part_of_a_population_with_a_qualifier_before_the_whole():
    """Blind27 en 026: "3,000 of the camp's roughly 14,000 residents left" displaced 3,000, not 14,000."""
    figs = extract("About 2,500 of the district's roughly 9,000 residents fled their homes after the shelling.", lang="en")
    assert [(f.kind, f.count) for f in figs] == [("displaced", 2500)]
    figs = extract("Some 400 of the town's estimated 2,000 residents fled on Monday.", lang="en")
    assert [(f.kind, f.count) for f in figs] == [("displaced", 400)]


def test_people_rescued_after_an_including_aside_are_no_casualties():
    """Blind27 en 017: "and 39 people, including six children, had been rescued" is not a second
    count of injured: the verb after the aside says what happened to them."""
    text = ("By Sunday 54 people had been injured, including nine children, and 21 people, including four "
            "children, had been rescued from the collapsed building.")
    assert [(f.kind, f.count) for f in extract(text, lang="en")] == [("injured", 54), ("injured", 9)]


def test_of_them_after_a_part_named_by_its_set_is_a_part_of_that_part():
    """Blind27 en 017: "28 of the injured were still in hospital, five of them in a serious condition":
    the five are of the 28 (injured), not of the last total of another kind."""
    text = ("The health office said 31 people had been wounded and the fate of six residents remains unknown. "
            "It said 12 of the injured were still in hospital, three of them in critical condition.")
    figs = extract(text, lang="en")
    three = next(f for f in figs if f.count == 3)
    assert three.kind == "injured" and figs[three.part_of].count == 12


def test_what_victims_were_doing_is_not_what_befell_them():
    """Blind27 en 025: "killed 22 children and four women who were fleeing the fighting": the women
    were killed, not displaced; "two journalists who are missing" stays missing."""
    figs = extract("An airstrike on the market killed 15 men and three women who were shopping for the holiday.", lang="en")
    assert [(f.kind, f.count) for f in figs] == [("killed", 15), ("killed", 3)]
    figs = extract("Police arrested 30 reporters, 12 of whom remain held, and two reporters who are missing.", lang="en")
    assert ("missing", 2) in [(f.kind, f.count) for f in figs]


def test_a_part_in_a_highlights_bullet_told_again_in_the_text_is_one_figure():
    """Blind27 en 010 (the flash-update style): a highlights bullet "… killed, including at least 7
    children" and, in the overview, "7 children were among those killed" are one fact; a row of a
    labelled table ("Donetsk: 12") stays a fact of its own."""
    text = ("HIGHLIGHTS\n• More than 50 people reportedly killed at Kramatorsk railway station, including at "
            "least 7 children\n• Over 100 people injured\n\nOVERVIEW\nA missile struck the station while "
            "thousands waited to be evacuated. Regional officials said that at least 7 children were among "
            "those killed.")
    figs = extract(text, lang="en")
    assert [(f.kind, f.count) for f in figs] == [("killed", 50), ("killed", 7), ("injured", 100)]


def test_a_breakdown_between_dashes_before_the_verb_of_its_total():
    """Blind27 en 008: "Thirteen U.S. service members — 11 Marines, a Navy sailor and an Army soldier
    — were also killed": the verb after the dashes is the total's; the items are its parts when they
    add up to it (not the ages of named people between dashes)."""
    figs = extract("Eleven people – seven civilians and four police officers – were wounded in the blast in Quetta.", lang="en")
    assert [(f.kind, f.count, f.part_of) for f in figs] == [("injured", 11, None), ("injured", 7, 0), ("injured", 4, 0)]
    figs = extract("Five crew members — three Marines, a sailor and an airman — were killed when the helicopter was shot down.",
                   lang="en")
    assert [(f.kind, f.count) for f in figs][:2] == [("killed", 5), ("killed", 3)]
    assert extract("The two hostages - Fernando Marman, 60, and Louis Har, 70 - had been abducted from Nir Yitzhak.",
                   lang="en") == []


def test_an_actor_and_a_count_after_a_first_item_repeat_its_verb():
    """Blind27 en 004 (SNHR's monthly reports): "ISIS killed two civilians, HTS three, … and the
    Syrian Democratic Forces (SDF) seven, including a child": the verb is left out after each actor."""
    text = ("Syrian regime forces killed 48 civilians, Russian forces 11, Hay'at Tahrir al Sham (HTS) two, "
            "and the Syrian Democratic Forces (SDF) five, including a woman.")
    figs = extract(text, lang="en")
    assert [(f.kind, f.count) for f in figs] == [("killed", 48), ("killed", 11), ("killed", 2), ("killed", 5), ("killed", 1)]
    assert figs[1].rule == "gapped_actor_items" and figs[4].part_of == 3
    figs = extract("Gunmen killed 12 people in Kaduna and 14 in Zamfara on Sunday.", lang="en")
    assert [(f.kind, f.count) for f in figs] == [("killed", 12), ("killed", 14)]


def test_people_identified_as_displaced_and_households_in_brackets():
    """Blind27 en 012 (IOM DTM's flash reports): "DTM teams identified 6,270 individuals (1,532
    households) who fled" is 6,270 displaced; the households in brackets are the same people."""
    figs = extract("DTM teams identified 2,930 individuals (688 households) who fled Mirebalais after the attack.", lang="en")
    assert [(f.kind, f.count) for f in figs] == [("displaced", 2930)]
    assert extract("Forensic teams identified 9 of the victims on Monday.", lang="en") == []


def test_people_who_crossed_a_border_are_displaced_fighters_are_not():
    """Blind24 en 011, blind26 en 012 and 018 (recall): "More than 100,000 people … have crossed the border
    into Syria", "crossed from Lebanon into Syria", "refugees … had crossed into Sudan" are displaced;
    fighters crossing are not."""
    figs = extract("More than 60,000 people, most of them women and children, have crossed the border into Chad.", lang="en")
    assert [(f.kind, f.count) for f in figs][:1] == [("displaced", 60000)]
    figs = extract("Some 20,000 refugees had crossed from Myanmar into Bangladesh by Sunday.", lang="en")
    assert [(f.kind, f.count) for f in figs] == [("displaced", 20000)]
    assert extract("Some 200 fighters crossed into Syria from Iraq overnight.", lang="en") == []


def test_people_of_unknown_fate_are_missing():
    """Blind26 en 001 and 003 (recall): "about 40 residents … remain of unknown fate and whereabouts"."""
    figs = extract("About 25 fishermen from the coastal village remain of unknown fate and whereabouts.", lang="en")
    assert [(f.kind, f.count) for f in figs] == [("missing", 25)]


def test_a_midwife_killed_is_one_victim():
    """Blind24 en 012 (recall): "killing a midwife on her way to work" is killed 1."""
    figs = extract("A drone hit the road near the clinic, killing a midwife on her way to work.", lang="en")
    assert [(f.kind, f.count) for f in figs] == [("killed", 1)]


def test_kin_with_an_adjective_in_a_list_are_one_figure():
    """Blind28 en 011 (recall): "Her mother and younger brother were injured" is injured 2."""
    figs = extract("His wife and eldest son were wounded when the shell hit their home.", lang="en")
    assert [(f.kind, f.count) for f in figs] == [("injured", 2)]


def test_one_or_two_people_fleeing_are_no_displacement_figure():
    """Blind28 en 023: "The mayor …, José Luis Abarca, and his wife have fled" (justice) is no count of
    the displaced; no annotated set has a displaced figure under 3."""
    assert extract("The governor of the province, Ali Hassan, and his wife have fled.", lang="en") == []
    figs = extract("Some 3,000 people have fled the town.", lang="en")
    assert [(f.kind, f.count) for f in figs] == [("displaced", 3000)]


def test_others_of_a_thing_named_before_are_no_people():
    """Blind28 en 009: "The attack came a week after two others in the region" are two attacks."""
    figs = extract("The bombing came days after three others in the province; 12 soldiers were killed in the first.",
                   lang="en")
    assert [(f.kind, f.count) for f in figs] == [("killed", 12)]
    figs = extract("The strike killed five people and wounded two others.", lang="en")
    assert [(f.kind, f.count) for f in figs] == [("killed", 5), ("injured", 2)]


def test_held_then_died_in_detention_after_a_long_relative_clause():
    """Blind28 en 006: "A young man who had been arrested by Syrian regime forces at a checkpoint in Hama
    in 2019 was also reported to have died in detention" is killed, however long the clause between."""
    text = ("A teacher who had been arrested by Syrian regime forces at a checkpoint near Douma in 2018 was "
            "also reported to have died in detention.")
    assert [(f.kind, f.count) for f in extract(text, lang="en")] == [("killed", 1)]


def test_a_quoted_group_name_after_of():
    """Blind28 en 001 (recall): 'four members of "Hayyat Tahrir Al-Sham" were killed'."""
    figs = extract('Two members of "Jaish al-Izza" were killed in the shelling of their position.', lang="en")
    assert [(f.kind, f.count) for f in figs] == [("killed", 2)]


def test_people_still_in_hospital_after_an_attack_are_injured():
    """Blind28 en 014, 018, 025 (recall; the class recurs in blind15/16/23): "61 victims were still
    receiving treatment", "eight people were still admitted at Bwera Hospital", "in intensive care";
    a hospital's patients "being treated" there at the time of a strike are not its casualties."""
    figs = extract("Officials said 44 victims were still receiving treatment on Tuesday.", lang="en")
    assert [(f.kind, f.count) for f in figs] == [("injured", 44)]
    figs = extract("Nine people were still admitted at Kasese Hospital, three of them in critical condition.", lang="en")
    assert [(f.kind, f.count) for f in figs] == [("injured", 9), ("injured", 3)]
    figs = extract("Of those wounded, 30 are in intensive care.", lang="en")
    assert [(f.kind, f.count) for f in figs] == [("injured", 30)]
    assert extract("At the time of the strike, 300 patients were being treated at the hospital.", lang="en") == []


def test_a_count_with_its_own_kind_noun_after_another_items_participle():
    """Blind29 en 010: "• 16 people injured, at least 6,270 displaced": the 6,270 are displaced, not
    injured (the participle belongs to the item before)."""
    figs = extract("• 9 people injured, at least 2,100 displaced", lang="en")
    assert [(f.kind, f.count) for f in figs] == [("injured", 9), ("displaced", 2100)]


def test_among_them_after_a_long_clause_is_a_part_of_the_count_before():
    """Blind29 en 019: "50,243 forcibly displaced persons had entered Armenia … as of 21:00 on
    September 27, among them some 17,000 children": the children are displaced, a part of the 50,243,
    not of the last toll of another kind."""
    text = ("Shelling killed 12 people in the town. Some 4,000 displaced persons had reached the border "
            "crossing by 18:00 on Sunday, among them about 1,500 children.")
    figs = extract(text, lang="en")
    kids = next(f for f in figs if f.count == 1500)
    assert kids.kind == "displaced" and figs[kids.part_of].count == 4000


def test_held_people_whose_fate_is_unknown_are_missing_and_abducted_and_killed_are_killed():
    """Blind29 en 020, 021: "about 30 detained men had been driven away …, and that their fate remains
    unknown" is missing; "the two were abducted and killed" is killed."""
    figs = extract("Witnesses said about 25 detained men had been driven away in buses and that their fate remains "
                   "unknown.", lang="en")
    assert [(f.kind, f.count) for f in figs] == [("missing", 25)]
    figs = extract("Police said the three were abducted and later killed by the gang.", lang="en")
    assert [(f.kind, f.count) for f in figs] == [("killed", 3)]


def test_an_earlier_announcement_with_its_pair_and_a_weekday_is_superseded():
    """Blind29 en 016, 026: "had announced a toll of 276 dead and about 300 injured" and "had said on
    Tuesday that 321 people had died", before a later toll, are earlier tolls."""
    figs = extract("The toll rose to 120 on Friday. On Monday, officials had announced a toll of 90 dead and about "
                   "150 injured.", lang="en")
    assert [(f.count, f.superseded) for f in figs] == [(120, False), (90, True), (150, True)]
    figs = extract("The ministry revised the death toll from the bombings down to 253. The minister had said on Tuesday that "
                   "321 people had died.",
                   lang="en")
    assert [(f.count, f.superseded) for f in figs] == [(253, False), (321, True)]


def test_people_arrested_whose_fate_is_unknown_after_a_trigger_are_missing():
    """Blind30 en 002: "security forces … arrested six young men in two raids …, and their fate and
    whereabouts are still unknown" is missing 6 (the trigger before the count, not only a predicate)."""
    figs = extract("Militiamen arrested nine farmers at a checkpoint near the town, and their fate and whereabouts are "
                   "still unknown.", lang="en")
    assert [(f.kind, f.count) for f in figs] == [("missing", 9)]


def test_a_toll_noun_does_not_reach_past_while_into_the_next_clause():
    """Blind30 en 003: "count" in "countryside" opened a toll that ran past ", while in Baniyas city, a
    pharmacist was shot dead in front of" to "his wife"; "while" before a participle stays in the clause."""
    figs = extract("Gunmen stormed a house in the Latakia countryside and killed a farmer, while in Jableh city, a "
                   "teacher was shot dead in front of his wife and children.", lang="en")
    assert [(f.kind, f.count, f.victims) for f in figs if f.count == 1 and "wife" in (f.victims or "")] == []
    figs = extract("The number of people killed while collecting truffles since February has risen to 90, including "
                   "71 civilians.", lang="en")
    assert [(f.kind, f.count) for f in figs] == [("killed", 90), ("killed", 71)]


def test_a_person_named_by_role_after_including_is_inside_the_count():
    """Blind30 en 014, blind28 en 017: "At least 39 people, including a journalist and two policemen, were
    killed" is 39 and 2, not also 1 for the journalist (issue 11: a person singled out by role inside a
    counted group is in its count); a category ("a woman") or a citizenship stays a breakdown."""
    figs = extract("At least 22 people, including a journalist and two policemen, were killed on Thursday.", lang="en")
    assert [(f.count, f.part_of) for f in figs] == [(22, None), (2, 0)]
    figs = extract("At least 22 people, including a woman and two policemen, were killed on Thursday.", lang="en")
    assert [(f.count, f.part_of) for f in figs] == [(22, None), (1, 0), (2, 0)]
    figs = extract("The group said three other captives, including a US citizen, were killed in the strikes.", lang="en")
    assert [(f.count, f.part_of) for f in figs] == [(3, None), (1, 0)]


def test_kin_with_a_spelled_out_age_and_a_person_with_a_compound_trade():
    """Blind30 en 022, blind27 en 022: "a father and his nine-year-old son" are two ("nine-year-old" spelled
    out, not only "9-year-old"); "a funeral-home owner, his wife and their nine-month-old son" are three."""
    figs = extract("Among those killed were a father and his nine-year-old son from Izmir.", lang="en")
    assert [f.count for f in figs if f.part_of is None] == [2]  # (one group since blind34: a parent opens a family)
    figs = extract("Among the first victims were a funeral-home owner, his wife and their nine-month-old son, shot dead "
                   "in their car.", lang="en")
    assert [(f.count, f.derived) for f in figs if f.part_of is None] == [(3, True)]


def test_a_second_person_named_by_role_among_the_counted_dead_is_inside_the_count():
    """Blind18 en 019: after a toll, "Among the dead were a senior official of the ministry and a well-known
    businessman" adds no figure of 1 for either."""
    figs = extract("At least 17 people were killed in the attack on the hotel. Among the dead were a senior official of "
                   "the Ministry of Labour and a well-known businessman who owned a shop on the street.", lang="en")
    assert [f.count for f in figs] == [17]


def test_a_survivor_who_speaks_is_no_sibling_of_the_victims_before():
    """Blind30 en 018: "a teenager who said he had lost his brother and two cousins, and a Pakistani man
    who said his nephew was still missing": the man is a survivor, not a third victim."""
    figs = extract("Among the survivors were a Syrian teenager who said he had lost his brother and two cousins, and an "
                   "Afghan man who said his nephew was still missing.", lang="en")
    assert [(f.kind, f.count) for f in figs if not f.derived] == [("killed", 1), ("killed", 2), ("missing", 1)]


def test_a_person_named_by_role_in_a_list_of_the_counted_dead_is_inside_the_count():
    """Blind26 en 015, blind21 en 023, blind27 en 014: after a toll, "The dead included 37 students, a school
    guard and four residents" and "Among the dead were three students and a teacher" give no figure of 1 for
    the guard or the teacher (in the toll); a category in the same place ("a woman") stays a breakdown."""
    figs = extract("At least 42 people were killed in the attack on the school. The tally included 37 students, a "
                   "security guard and four residents of the village.", lang="en")
    assert [f.count for f in figs] == [42, 37, 4]
    figs = extract("Four people were killed in the bombing. Among the dead were three students and a teacher who had "
                   "joined the Mass.", lang="en")
    assert [f.count for f in figs] == [4, 3]
    figs = extract("Four people were killed in the bombing. Among the dead were three students and a woman who had "
                   "joined the Mass.", lang="en")
    assert [f.count for f in figs] == [4, 3, 1]


def test_blind31_en_precision_classes():
    """Blind31 en 013, 022, 026, 016, 020, 001 (each with other events' sentences):
    - "died or went missing" is one count of two kinds (the dev README's other), no death toll;
    - "The previous official figure was 116" is an earlier toll (an adjective between);
    - "his wife and stepson" are two kin (step-kin are kin);
    - "26 of them had since been discharged" is no figure (an adverb between the auxiliaries);
    - "a relative of one of the victims" is whose, not how many;
    - "torched 17 of them" (the vehicles): a verb done to things before "N of them"."""
    assert [f.count for f in extract("The IOM said at least 60 migrants died or went missing off Libya.", lang="en")
            if not f.vague] == []
    figs = extract("The death toll rose to 54 on Monday. The previous official figure was 41.", lang="en")
    assert [(f.count, f.superseded) for f in figs] == [(54, False), (41, True)]
    assert [(f.kind, f.count) for f in extract("The gunman shot dead his wife and stepdaughter.", lang="en")] == \
        [("killed", 2)]
    figs = extract("The hospital received 64 wounded people, and 20 of them had since been discharged.", lang="en")
    assert [f.count for f in figs] == [64]
    figs = extract("Nine people were killed in the raid. A relative of one of the victims said the family was asleep.",
                   lang="en")
    assert [f.count for f in figs] == [9]
    figs = extract("Militants killed three drivers, stopped the lorries and torched 12 of them.", lang="en")
    assert [f.count for f in figs] == [3]


def test_blind31_en_recall_classes():
    """Blind31 en 023, 010, 013, 008, 022 and blind2 en 005 (other events' sentences):
    - "were summarily executed", "newly displaced": an adverb between the auxiliary and the verb;
    - "Among the missing are …", "Among the detainees are …": a breakdown of the missing or the held;
    - "remain in Houthi captivity": held;
    - "The victims - 60 men, 20 women and 9 children - were …" (spaced hyphens): a breakdown of the toll before;
    - "raised on Thursday to 118 the number of inmates killed": a weekday between;
    - "800,000 people remain in the city, and 40,000 have been displaced": no coordination across "remain"."""
    figs = extract("Some 30 men were summarily executed at the checkpoint.", lang="en")
    assert [(f.kind, f.count) for f in figs] == [("killed", 30)]
    figs = extract("About 1.2 million people were newly displaced by the fighting in the east.", lang="en")
    assert [(f.kind, f.count) for f in figs] == [("displaced", 1200000)]
    figs = extract("Some 90 fishermen are missing. Among the missing are at least 12 children.", lang="en")
    assert [(f.kind, f.count, f.part_of) for f in figs] == [("missing", 90, None), ("missing", 12, 0)]
    figs = extract("The UN said 13 of its staff remain in Houthi captivity.", lang="en")
    assert [(f.kind, f.count) for f in figs] == [("detained", 13)]
    figs = extract("Gunmen killed 89 villagers, the UN said. The victims - 60 men, 20 women and 9 children - were shot.",
                   lang="en")
    assert [(f.count, f.part_of) for f in figs] == [(89, None), (60, 0), (20, 0), (9, 0)]
    figs = extract("The ministry raised on Friday to 61 the number of inmates killed in the riot.", lang="en")
    assert [(f.kind, f.count) for f in figs] == [("killed", 61)]
    figs = extract("About 300,000 people remain in the town, and more than 25,000 have been displaced since May.", lang="en")
    assert [(f.kind, f.count) for f in figs] == [("displaced", 25000)]


def test_blind31_en_breakdowns_with_relative_clauses_and_custody_and_evacuation():
    """Blind31 en 015, 001, 019, 014: a dash breakdown whose items carry relative clauses and is followed by
    more people ("as well as four residents") still breaks the total down (the items that add up to it); a
    longer aside ("most of them truffle hunters from …") before the next item; "taken into custody" is held;
    "moved to safer locations" is displaced."""
    figs = extract("The dead are 25 pupils - 11 boys who were shot in their classroom and 14 girls who were stabbed as "
                   "they tried to flee - as well as a guard and two neighbours.", lang="en")
    assert [(f.count, f.part_of) for f in figs][:3] == [(25, None), (11, 0), (14, 0)]
    figs = extract("The dead are 31 civilians, most of them shepherds from the countryside of Raqqa and Homs, and five "
                   "members of a militia who had been guarding the flock.", lang="en")
    assert [f.count for f in figs] == [31, 5]
    figs = extract("Police said 14 suspects had been taken into custody in raids across the city.", lang="en")
    assert [(f.kind, f.count) for f in figs] == [("detained", 14)]
    figs = extract("Around 9,000 people have been moved to safer locations and are sheltering in schools.", lang="en")
    assert [(f.kind, f.count) for f in figs] == [("displaced", 9000)]


def test_kin_after_whose_are_one_group_and_no_sibling_of_the_victims_before():
    """Blind23 en 026, blind24 en 001, blind29 en 022: "the judge, whose wife and two children were also
    killed" is a group of three (1 + 2, derived); kin after "whose" are told of on their own, not
    coordinated with the victims before ("a contractor, whose father and brother … managed to escape")."""
    figs = extract("Among the dead was the town's mayor, whose wife and two sons were also killed.", lang="en")
    assert [(f.count, f.derived) for f in figs if f.part_of is None] == [(3, True)]
    figs = extract("Among the five dead was a Kenyan engineer, whose father and brother, who were travelling in the same "
                   "car, managed to escape.", lang="en")
    assert [f.count for f in figs] == [5]


def test_a_person_named_by_role_among_a_counted_group_before_the_verb_is_inside_it():
    """Blind26 en 010, blind28 en 007: "Nine staff members …, among them doctors and a driver, were killed"
    gives no figure of 1 for the driver; a category there ("a child") still does; "one detainee" with a
    numeral is counted."""
    figs = extract("Seven aid workers, among them doctors and a driver, were killed in the strike.", lang="en")
    assert 1 not in [f.count for f in figs]  # (the 7 is not read yet: the driver stands between it and its verb)
    figs = extract("Seven people, among them two nurses and a child, were killed in the strike.", lang="en")
    assert sorted(f.count for f in figs) == [1, 2, 7]
    figs = extract("Nine staff members were killed in the shelling.", lang="en")
    assert [(f.count, f.victims) for f in figs] == [(9, "staff members")]


def test_one_of_a_counted_pair_named_by_role_or_by_name_is_inside_it():
    """Blind24 en 013, blind28 en 021: "two adults were killed, one of them a young doctor" is 2 (the doctor is
    one of the two); "One of the dead was Svitlana Lukyanchuk, a young nephrologist" adds nothing to the toll;
    "one of them a woman" (a category) stays a breakdown (issue 11's convention; fixture en-349 re-annotated)."""
    figs = extract("In the shelling of the market, three adults were killed, one of them a young pharmacist, and 9 people "
                   "were injured.", lang="en")
    assert [(f.kind, f.count) for f in figs] == [("killed", 3), ("injured", 9)]
    figs = extract("At least 14 people were killed. One of the dead was Olena Kovalenko, a retired teacher.", lang="en")
    assert [f.count for f in figs] == [14]
    figs = extract("Three adults were killed, one of them a woman from Kherson.", lang="en")
    assert [f.count for f in figs] == [3, 1]


def test_first_person_kin_in_a_quote_are_one_group():
    """Blind28 en 024, blind30 en 009/017, blind31 en 024, blind24 en 016: "I lost my father, my two brothers and
    my uncle" is a group of 4 (derived from 1 + 2 + 1), as "his father, his two brothers and his uncle" is;
    "My younger brother's wife and four children were burnt to death" is 5; a sum of kin is no restatement of
    another toll of the same size ("three of the attackers … I lost my mother and two sisters")."""
    figs = extract("\"I lost my father, my two brothers and my uncle,\" he said.", lang="en")
    assert [(f.count, f.derived) for f in figs if f.part_of is None] == [(4, True)]
    figs = extract("\"My elder brother's wife and three children were burnt to death in their house,\" she said.",
                   lang="en")
    assert [(f.count, f.derived) for f in figs if f.part_of is None] == [(4, True)]
    figs = extract("Troops killed three of the attackers. \"I lost my mother and two sisters,\" a student said.",
                   lang="en")
    assert sorted((f.count, f.derived) for f in figs if f.part_of is None) == [(3, False), (3, True)]


def test_acts_before_the_verb_found_to_death_involved_in_and_still_in_hospital():
    """Blind29 en 009/015, blind24 en 025, blind30 en 019/022: "were tortured and killed", "were raped and
    burned to death", "were found hacked to death", "33 terrorists involved in the attack were killed", "246
    people were still being treated in hospitals" (past tense only with "still": "627 children were being
    treated at the hospital" at the time of a strike are patients, not wounded), "crossed the borders into
    neighbouring countries"."""
    def pairs(text):
        return [(f.kind, f.count) for f in extract(text, lang="en")]
    assert pairs("Eight men were tortured and killed by the militia.") == [("killed", 8)]
    assert pairs("At least 40 women were raped and burned to death in the prison.") == [("killed", 40)]
    assert pairs("Twelve hostages were found hacked to death.") == [("killed", 12)]
    assert pairs("All 21 gunmen involved in the raid were killed.") == [("killed", 21)]
    assert pairs("Officials said 130 people were still being treated in hospitals.") == [("injured", 130)]
    assert pairs("At the time of the strike, 300 children were being treated at the hospital.") == []
    assert pairs("Some 2.1 million people have crossed the borders into neighbouring countries.") == \
        [("displaced", 2100000)]


def test_blind32_en_precision_classes():
    """Blind32 en 001, 016, 019: an earlier toll with an aside before its verb ("The previous toll, published
    last night, stood at 1,018") is superseded; "two of them" after "Nine of the wounded" in its own sentence
    is wounded, whatever the last toll's kind; people named by role in "The dead were a security guard, a
    taxi driver …" after a toll are inside it."""
    figs = extract("The toll rose to 212 on Friday. The previous toll, released on Thursday night, stood at 187.",
                   lang="en")
    assert [(f.count, f.superseded) for f in figs] == [(212, False), (187, True)]
    figs = extract("Six people were killed and 40 wounded. Eleven of the wounded were still in hospital on Monday, "
                   "three of them in intensive care.", lang="en")
    assert [(f.kind, f.count) for f in figs][-1] == ("injured", 3)
    figs = extract("Five people were killed in the attack. The dead were a security guard, a cook and three other "
                   "employees, the minister said.", lang="en")
    assert 1 not in [f.count for f in figs]


def test_blind32_en_recall_classes():
    """Blind32 en 003, 022, 023: a colon breakdown whose first item has its own "including" list ("96 people
    dead: 41 civilians, including four women and three children, and 55 members …"); the next parts after
    "Of the 17 injured, 11 were admitted to X" told the same way ("and six were shifted to Y"); "the 26
    martyred" are the dead."""
    figs = extract("The attacks left 70 people dead: 30 civilians, including five women and two children, and 40 members "
                   "of the security forces.", lang="en")
    assert [(f.count, f.part_of) for f in figs] == [(70, None), (30, 0), (5, 1), (2, 1), (40, 0)]
    figs = extract("Of the 20 injured, 12 were admitted to the district hospital and eight were shifted to the capital.",
                   lang="en")
    assert [(f.kind, f.count, f.part_of) for f in figs] == [("injured", 20, None), ("injured", 12, 0), ("injured", 8, 0)]
    figs = extract("Of the 31 martyred, 22 were soldiers, four were policemen, and five were civilians.", lang="en")
    assert [(f.kind, f.count) for f in figs] == [("killed", 31), ("killed", 22), ("killed", 4), ("killed", 5)]


def test_a_person_named_by_role_after_a_later_including_is_inside_the_count():
    """Blind18 en 010: "At least 27 civilians reported killed in Wad Madani town, including a nurse at the
    teaching hospital" is 27, no 1 for the nurse, though words stand between the group and "including"
    (fixture en-064 and heldout ho-en-21 re-annotated to issue 11's convention)."""
    figs = extract("At least 19 civilians were reported killed in the town on Sunday, including a nurse at the hospital.",
                   lang="en")
    assert [f.count for f in figs] == [19]
    figs = extract("At least 19 civilians were reported killed in the town on Sunday, including a woman.", lang="en")
    assert [f.count for f in figs] == [19, 1]


def test_a_toll_that_passed_a_mark_and_bodies_counted_or_removed():
    """Blind32 en 004, 026, 023, blind11 en 012, blind29 en 009: "has now passed a quarter of a million" is a
    toll; "had passed 30,000, reaching 30,035" is the 30,035 only (the mark passed is no second toll);
    "about 100 bodies had been counted", "2,000 bodies have been removed from the streets" are the dead; a
    longer phrase after "involved in" before the verb."""
    def pairs(text):
        return [(f.kind, f.count) for f in extract(text, lang="en")]
    assert pairs("The number of civilians killed in the war has now passed a quarter of a million.") == \
        [("killed", 250000)]
    assert pairs("The ministry said the death toll had passed 40,000, reaching 40,005.") == [("killed", 40005)]
    assert pairs("About 60 bodies had been counted in the morgues of the capital.") == [("killed", 60)]
    assert pairs("So far 700 bodies have been removed from the streets of the city.") == [("killed", 700)]
    assert pairs("All 12 gunmen involved in the storming of the provincial council building were killed.") == \
        [("killed", 12)]


def test_survivors_are_counted_only_as_wounded_and_evacuated_with_wounds():
    """Blind26 en 015, blind27 en 020: "Eight survivors are admitted at Bwera General Hospital" are wounded;
    "retrieved 11 bodies and 5 survivors" and "in interviews with 23 survivors" give the survivors no
    figure; "were evacuated with gunshot wounds" is wounded."""
    def pairs(text):
        return [(f.kind, f.count) for f in extract(text, lang="en") if not f.derived]
    assert pairs("Six survivors are admitted at Kasese General Hospital, two of them in critical condition.") == \
        [("injured", 6), ("injured", 2)]
    assert pairs("Rescuers retrieved 11 bodies and 5 survivors from the rubble.") == [("killed", 11)]
    assert pairs("The group documented the killing of 47 people, including 9 children, in interviews with 23 "
                 "survivors.") == [("killed", 47), ("killed", 9)]
    assert pairs("Three villagers were evacuated with gunshot wounds.") == [("injured", 3)]


def test_a_district_head_and_a_jawan_are_single_victims():
    """Blind25 en 014, blind27 en 016: "Bandits killed a district head and four of his guards" is 1 + 4 (a
    derived 5); "A CRPF jawan was injured" is one wounded."""
    figs = extract("Gunmen killed a village head and three of his guards.", lang="en")
    assert [(f.count, f.derived) for f in figs if f.part_of is None] == [(4, True)]
    assert [(f.kind, f.count) for f in extract("A BSF jawan was injured in the firing.", lang="en")] == [("injured", 1)]


def test_people_named_by_role_in_a_dash_breakdown_or_named_after_one_of_whom_are_inside_the_count():
    """Blind27 en 008, blind15 en 004, blind28 en 023: "Thirteen U.S. service members — 11 Marines, a Navy
    sailor and an Army soldier —" gives 13 and 11, no 1s (roles inside the count); "killing three people (two
    soldiers and a child)" keeps the child (a category); "one of whom, student Aldo Gutiérrez," is one of the
    counted, named."""
    figs = extract("Nine security personnel — seven policemen, a medic and a driver — were killed in the ambush.", lang="en")
    assert [f.count for f in figs] == [9, 7]
    figs = extract("The drone strike killed three people (two soldiers and a child).", lang="en")
    assert [f.count for f in figs] == [3, 2, 1]
    figs = extract("About 30 others were wounded, one of whom, teacher Maria Lopez, remains in a coma.", lang="en")
    assert [f.count for f in figs] == [30]


def test_a_who_clause_before_are_and_a_special_forces_officer():
    """Blind31 en 001, 007: "four others who ran into the desert during the attack are still missing" (a
    relative clause before a present-tense verb); "An Israeli special forces officer was killed"."""
    assert [(f.kind, f.count) for f in extract("Three others who fled into the hills during the raid are still missing.",
                                               lang="en")] == [("missing", 3)]
    assert [(f.kind, f.count) for f in extract("A Turkish special forces officer was killed in the clash.",
                                               lang="en")] == [("killed", 1)]


def test_a_headline_with_a_colon_restates_the_body_under_a_dateline():
    """Blind33 en 020: "Manipur violence: 60 killed, 231 injured" restates "Imphal: … said 60 people have lost
    their lives …, while 231 others were injured" (a headline is no row of a list, nor is the dateline)."""
    figs = extract("Kivu violence: 40 killed, 120 injured, says governor\n\nGoma: The governor said on Monday that 40 "
                   "people have lost their lives in the clashes, while 120 others were injured.", lang="en")
    assert sorted((f.kind, f.count) for f in figs) == [("injured", 120), ("killed", 40)]


def test_blind33_en_classes():
    """Blind33 en 007, 023, 012, 013, 019: earlier tolls in the pluperfect or dated ("The toll in the
    capital had stood at seven in the first hours", "Last week the figure stood at 32,000"); the dead's
    chain is not turned wounded by the next clause ("the dead include at least 10 women and three infants,
    and another 16 people were seriously injured"); "one in five are still displaced" is a share; "19 of
    them" after "The injured include …" is wounded."""
    figs = extract("The toll rose to 22 on Tuesday. The toll in the capital had stood at seven in the first hours.",
                   lang="en")
    assert [(f.count, f.superseded) for f in figs] == [(22, False), (7, True)]
    figs = extract("The ministry put the toll at 34,000. Last week the figure stood at 32,000.", lang="en")
    assert [(f.count, f.superseded) for f in figs] == [(34000, False), (32000, True)]
    figs = extract("The dead include at least 12 women and two infants, and another 20 people were seriously injured.",
                   lang="en")
    assert [(f.kind, f.count) for f in figs] == [("killed", 12), ("killed", 2), ("injured", 20)]
    assert extract("Half of the children have fled, and one in five are still displaced inside the country.",
                   lang="en") == []
    figs = extract("Five people were killed. The injured include women and children, 14 of them in critical condition.",
                   lang="en")
    assert [(f.kind, f.count) for f in figs] == [("killed", 5), ("injured", 14)]


def test_dash_rows_with_their_make_up_after_them_are_rows():
    """Blind33 en 005 (SNHR's monthly arrests report): "Syrian regime forces – 121, including three children and
    four women" under a header is a row of the total above, with its make-up."""
    figs = extract("SNHR documented at least 180 cases of arbitrary arrest in May.\n\nThe report breaks down the month's "
                   "cases by the party responsible:\n\nSyrian regime forces – 110, including two children.\n"
                   "Syrian Democratic Forces – 70, including five women.", lang="en")
    assert [(f.kind, f.count, f.part_of) for f in figs] == [("detained", 180, None), ("detained", 110, 0),
                                                           ("detained", 2, 1), ("detained", 70, 0), ("detained", 5, 3)]


def test_cases_that_became_enforced_disappearances_are_missing_and_no_total_for_the_list_below():
    """Blind33 en 005, blind28 en 005, blind8 en 005: "Of these, 163 cases turned into enforced
    disappearances" is missing 163; a list of rows below ("The report breaks down the month's cases …")
    still breaks down the arrests above it, not the disappearances; "cases of disappearance" are the
    missing (not the held: "disappearance" starts like "detention")."""
    figs = extract("SNHR documented 200 cases of arbitrary arrest in May. Of these, 150 cases turned into enforced "
                   "disappearances.\n\nThe report breaks down the month's cases by the party responsible:\n\n"
                   "Syrian regime forces – 120.\nSyrian Democratic Forces – 80.", lang="en")
    assert [(f.kind, f.count) for f in figs] == [("detained", 200), ("missing", 150), ("detained", 120),
                                                ("detained", 80)]
    assert [(f.kind, f.count) for f in extract("It recorded 40 cases of disappearance in the province.", lang="en")] == \
        [("missing", 40)]


def test_a_toll_after_a_clause_that_breaks_an_earlier_toll_phrase_and_war_outbreaks():
    """Blind33 en 001, blind18 en 018: "the number of people killed since the outbreak of the escalation …
    on July 13, as the death toll has risen to 1,311" is a toll of 1,311 (the first toll phrase's words hold a
    date and "as", the second's do not; "the outbreak of the escalation" is no epidemic); "Early reports … had
    put the number of dead at more than 50" before the official 41 is an earlier toll."""
    figs = extract("SOHR documented a new rise in the number of people killed since the outbreak of the escalation on "
                   "July 13, as the death toll has risen to 1,311 people.", lang="en")
    assert [(f.kind, f.count) for f in figs] == [("killed", 1311)]
    figs = extract("The official toll rose to 41. Early reports after the attack had put the number of dead at more "
                   "than 50.", lang="en")
    assert [(f.count, f.superseded) for f in figs] == [(41, False), (50, True)]


def test_blind33_en_list_rows_and_partitives():
    """Blind33 en 001, blind10 en 007, blind9 en 023, blind8 en 022: rows under a header break down the
    current toll, never an earlier one ("The previous toll … stood at 1,120"); a bare row value
    ("Members of the Ministries …: 402 – among them 15 killed by Israeli strikes") takes the list's kind, not
    one handed back from the aside; "194 of the Druze civilians" reads the noun after the demonym; "initially
    said 11 …" is an earlier count; one held "and that his whereabouts were unknown" is missing."""
    figs = extract("The death toll has risen to 1,311. The previous toll stood at 1,120.\n\nThe dead are distributed "
                   "as follows:\n\n- Druze civilians: 418\n- Members of the Ministries of Defence and Interior: 402 – "
                   "among them 15 killed by Israeli strikes", lang="en")
    assert [(f.count, f.part_of, f.superseded) for f in figs] == [(1311, None, False), (1120, None, True), (418, 0, False),
                                                                (402, 0, False), (15, 3, False)]
    assert [(f.kind, f.count) for f in extract("SOHR confirmed that 120 of the Druze civilians were executed.",
                                               lang="en")] == [("killed", 120)]
    figs = extract("The UN initially said 9 of its staff were detained, but later said the number had risen to 12.",
                   lang="en")
    assert [(f.count, f.superseded) for f in figs][:1] == [(9, True)]
    figs = extract("The charity said one of its drivers had been detained at a checkpoint and that his whereabouts were "
                   "unknown.", lang="en")
    assert [(f.kind, f.count) for f in figs] == [("missing", 1)]


def test_blind34_en_precision_classes():
    """Blind34 en 003, 012, 015, 023: a family's derived total is no restatement of a count of the same size
    told in another sentence; "60,000 to 80,000 households (300,000 to 400,000 individuals)" gives the
    individuals only; bodies handed over by the other side ("received the bodies of 140 people from
    Russia") are no new toll; "In 19 of these cases, relatives learned …" tells of cases; "had initially
    put the number of missing pupils at 287" is an earlier count."""
    figs = extract("Four civilians were killed in Ariha city. The family, a man, his wife and their two daughters, were "
                   "all killed.", lang="en")
    assert sorted((f.count, f.derived) for f in figs if f.part_of is None) == [(4, False), (4, True)]
    figs = extract("Attacks on the camp caused the displacement of an estimated 20,000 to 30,000 households (100,000 to "
                   "150,000 individuals).", lang="en")
    assert [(f.kind, f.count, f.count_max) for f in figs] == [("displaced", 100000, 150000)]
    assert extract("The same week, Ukraine received the bodies of 90 people from Russia.", lang="en") == []
    assert extract("In 12 of these cases, relatives learned of the arrest only weeks later.", lang="en") == []
    figs = extract("The government said 80 pupils were missing. The headmaster had initially put the number of missing "
                   "pupils at 120.", lang="en")
    assert [(f.count, f.superseded) for f in figs] == [(80, False), (120, True)]


def test_blind34_en_recall_classes():
    """Blind34 en 026, 002, 001: "raised to 141 the death toll from Sunday's attacks"; "Seven others survived the
    attempts with injuries"; "where about 9,000 people crossed the border" (fighters crossing stay no flight)."""
    def pairs(text):
        return [(f.kind, f.count) for f in extract(text, lang="en")]
    assert pairs("The government on Tuesday raised to 88 the death toll from Sunday's attacks on villages.") == \
        [("killed", 88)]
    assert pairs("Five others survived the attacks with injuries of varying severity.") == [("injured", 5)]
    assert pairs("Thousands fled to Lebanon, where about 6,000 people crossed the border.") == [("displaced", 6000)]
    assert pairs("About 200 fighters crossed the border.") == []


def test_a_family_named_from_an_indefinite_parent_is_one_group():
    """Blind34 en 022: "a father, mother and their teenage son were wounded" is one group of 3 (the middle
    relative has no determiner of its own)."""
    figs = extract("In the village, a father, mother and their teenage son were wounded when a shell hit their home.",
                   lang="en")
    assert [(f.kind, f.count) for f in figs] == [("injured", 3)]


def test_blind35_en_classes():
    """Blind35 en 002, 007, 022: people arrested "…; their fate and whereabouts remain unknown" (after a
    semicolon) are missing; "was mortally wounded" is killed; "17 of them" after "The deaths were recorded
    in …" are deaths, whatever the last total's kind."""
    def pairs(text):
        return [(f.kind, f.count) for f in extract(text, lang="en")]
    assert pairs("Security forces arrested three young men at a checkpoint in May; their fate and whereabouts remain "
                 "unknown.") == [("missing", 3)]
    assert pairs("A police officer was mortally wounded during the operation.") == [("killed", 1)]
    assert pairs("Police arrested 40 protesters. The deaths were recorded in Nairobi and other counties, with Nairobi "
                 "accounting for 12 of them.") == [("detained", 40), ("killed", 12)]


def test_blind36_en_classes():
    """Blind36 en 007, 008: "the detention of four civilians whose fate and whereabouts remain unknown" is
    missing (right after the people; "200,000 … still held …, among them …, whose fate remains unknown"
    stays held); "They killed my husband in front of me and our son": the son is a witness."""
    def pairs(text):
        return [(f.kind, f.count) for f in extract(text, lang="en")]
    assert pairs("The mission documented the detention of six civilians whose fate and whereabouts remain unknown.") == \
        [("missing", 6)]
    assert pairs("\"They killed my brother in front of me and our mother,\" he said.") == [("killed", 1)]


def test_ex_combatants_relocated_to_safe_places_are_no_flight():
    """Blind33 en 023: "700 former FARC combatants and their families have been relocated to safe places by
    the government" is no displacement figure ("moved to safer locations" and "evacuated" stay flight)."""
    assert extract("More than 700 former combatants and their families have been relocated to safe places.",
                   lang="en") == []
    assert [(f.kind, f.count) for f in extract("Around 9,000 people have been moved to safer locations.", lang="en")] == \
        [("displaced", 9000)]


def test_a_detainee_described_in_apposition_who_died_is_one_dead():
    """Blind36 en 003: "One detainee, a young man from Douma, died under torture" is one killed (the
    apposition is the same person; "died" after it is the detainee's verb), not a detained 1 and a killed 1."""
    figs = extract("One detainee, a young man from Harasta, died under torture in a security branch.", lang="en")
    assert [(f.kind, f.count) for f in figs] == [("killed", 1)]


def test_held_then_raped_and_killed_and_one_in_twelve():
    """Blind37 en 010, 002: "165 women held in the prison's women's wing were raped and then killed" are
    killed; "roughly one in twelve Haitians" is a share, not twelve displaced."""
    def pairs(text):
        return [(f.kind, f.count) for f in extract(text, lang="en")]
    assert pairs("At least 90 women held in the prison's women's wing were raped and then killed.") == [("killed", 90)]
    assert pairs("More than 1 million people, roughly one in twelve Haitians, have been forced from their homes.") == \
        [("displaced", 1000000)]


def test_rows_of_a_breakdown_on_one_line_and_their_perpetrators():
    """Blind37 en 011: "Syrian regime forces: 29; Russian forces: 6; ISIS: 3" on one line under a header is
    one row per semicolon, each its own count. Under a header "by perpetrator" (or "by party") a row's
    label is who killed, not the victims; such a row is not "three medical personnel" told after it."""
    text = ("SNHR documented the killing of 62 civilians in May 2023, including 9 children.\n"
            "The report distributes the death toll by perpetrator:\n"
            "Syrian regime forces: 18; Russian forces: 3; ISIS: 2; other parties: 39.\n"
            "The tally included three medical personnel.")
    figs = extract(text, lang="en")
    assert [(f.kind, f.count) for f in figs] == [("killed", 62), ("killed", 9), ("killed", 18), ("killed", 3),
                                                 ("killed", 2), ("killed", 39), ("killed", 3)]
    rows = {f.count: f for f in figs[2:6]}
    assert rows[18].perpetrator == "Syrian regime forces" and rows[18].victims is None
    assert rows[3].perpetrator == "Russian forces" and rows[39].perpetrator == "other parties"
    assert figs[6].victims == "medical personnel"
    under = extract("The civilian death toll was distributed by perpetrator as follows:\n"
                    "Syrian regime forces – 40, including two children.\nISIS – 7.", lang="en")
    assert [(f.kind, f.count, f.perpetrator) for f in under] == [("killed", 40, "Syrian regime forces"),
                                                                 ("killed", 2, "Syrian regime forces"),
                                                                 ("killed", 7, "ISIS")]


def test_blind37_en_first_count_speech_tag_and_abducted_then_found_dead():
    """Blind37 en 002, 013, 009: "When local groups first counted the dead, they spoke of about 110" is an
    earlier count once a larger toll follows; "Among those killed was a boy, said his uncle" — the speech
    tag's speaker comes after "said", the boy did not speak; "A man, abducted by gunmen on Wednesday and
    found dead on Friday" is killed, not held."""
    def pairs(text):
        return [(f.kind, f.count, f.superseded) for f in extract(text, lang="en")]
    assert pairs("When the provincial council first counted the dead, it spoke of about 40 people. Two days later "
                 "the governor put the toll at 63.") == [("killed", 40, True), ("killed", 63, False)]
    assert pairs("When rescuers first reached the village, 12 people had been killed.") == [("killed", 12, False)]
    assert pairs("Shelling killed 14 people. Among those killed was a nine-year-old girl, said her aunt.") == \
        [("killed", 14, False), ("killed", 1, False)]
    assert pairs("Thirty soldiers, said the army, surrendered.") == []
    assert pairs("A shepherd, abducted by militiamen near Kidal and found dead two days later, was buried on "
                 "Sunday.") == [("killed", 1, False)]
    assert pairs("Two nurses were abducted by gunmen near Goma and released on Friday.") == [("detained", 2, False)]


def test_blind38_en_classes():
    """Blind38 en 006, 009, 014: a toll told as early after it ("…, an early toll that rose through the
    day") is superseded by the larger one, with its parts; "A couple and their 10-month-old baby" is a
    family of three; "a local councillor" is a victim; "in less than a week" is no rate; "500 people in
    Lebanon, most of them fighters but including over 100 civilians" keeps its part; "and 45 in Israel"
    after that part is the toll of another place, nobody's part."""
    def figs(text):
        return [(f.kind, f.count, f.superseded, f.part_of) for f in extract(text, lang="en")]
    assert figs("An overnight strike killed at least 19 people in Dnipro, including two children, officials said, "
                "an early toll that rose through the day. By evening the ministry said 25 people had been killed.") == \
        [("killed", 19, True, None), ("killed", 2, True, 0), ("killed", 25, False, None)]
    assert figs("A couple and their 3-month-old baby were shot dead at a checkpoint.") == [("killed", 3, False, None)]
    assert figs("A father, mother and their baby were killed when the shell hit.") == [("killed", 3, False, None)]
    assert figs("Gunmen killed a municipal councillor in Tumaco.") == [("killed", 1, False, None)]
    assert figs("The fighting displaced more than 12,000 people in less than a week.") == [("displaced", 12000, False, None)]
    assert figs("Clashes displace about 500 people a week.") == []
    assert figs("Shelling has killed more than 300 people in Kherson, most of them soldiers but including over 60 "
                "civilians, and 12 in Belgorod.") == \
        [("killed", 300, False, None), ("killed", 60, False, 0), ("killed", 12, False, None)]


def test_blind39_en_classes():
    """Blind39 en 002, 003, 006, 011, 012, 005: "killing herself, her three children and three police
    officers" (the bomber's own death leaves the trigger's reach open); "and some 8,000 more fled across
    the border" is flight, not more dead; "The dead also included at least five …"; "a police inspector";
    "141 of which turned into enforced disappearances" after a count of arrests (not "hospitals, three of
    which were damaged"); "crossed into neighboring Chad"; "the number of Haitians forced from their homes
    passed 1 million"; a part in a row under a list header takes the list's kind, not the last one read."""
    def pairs(text):
        return [(f.kind, f.count) for f in extract(text, lang="en")]
    assert pairs("The attacker detonated a vest, killing herself, her two sons and four soldiers.") == \
        [("killed", 2), ("killed", 4)]
    assert pairs("The bomber blew himself up at the mosque, killing himself and 31 worshippers.") == [("killed", 31)]
    assert pairs("The assault killed 300 people and some 6,000 more fled across the border.") == \
        [("killed", 300), ("displaced", 6000)]
    assert pairs("The dead also included at least three former rebels.") == [("killed", 3)]
    assert pairs("Bandits killed a police inspector near Kaduna.") == [("killed", 1)]
    assert pairs("The network recorded 180 arbitrary arrests in June, 95 of which turned into enforced "
                 "disappearances.") == [("detained", 180), ("missing", 95)]
    assert pairs("Medics said 40 people were wounded and that hospitals, two of which were damaged, ran out of "
                 "beds.") == [("injured", 40)]
    assert pairs("Nearly 300,000 people crossed into neighbouring Uganda.") == [("displaced", 300000)]
    assert pairs("By June the number of Sudanese forced from their homes passed 10 million.") == \
        [("displaced", 10000000)]
    rows = extract("The report documents 120 cases of arbitrary arrest in April, 70 of which turned into enforced "
                   "disappearances.\n\nDistribution by perpetrator party:\n\nSyrian regime forces: 60, including one "
                   "child; among them were 11 returnees\n\nSyrian Democratic Forces: 60", lang="en")
    assert ("detained", 11) in [(f.kind, f.count) for f in rows]


def test_blind40_en_classes():
    """Blind40 en 009, 002, 006: "two of his relatives, his brother and his cousin, were arrested" is one
    figure of 2 (the kin list restates the count); "the Red Crescent lost five volunteers"; people "taken
    away by the troops" are held (by armed men only: not "by ambulance"), and missing when "their fate
    … remains unknown" or they "are still missing"."""
    def pairs(text):
        return [(f.kind, f.count) for f in extract(text, lang="en")]
    assert pairs("Police detained three of her relatives, her father, her brother and her uncle, on Monday.") == \
        [("detained", 3)]
    assert pairs("The Palestine Red Crescent lost four paramedics in Rafah.") == [("killed", 4)]
    assert pairs("Eleven farmers were taken away by militiamen near Kidal.") == [("detained", 11)]
    assert pairs("Another 30 men were taken away by the soldiers; their fate and whereabouts remain unknown.") == \
        [("missing", 30)]
    assert pairs("Her husband was taken away by gunmen and is still missing.") == [("missing", 1)]
    assert pairs("The wounded were taken away by ambulance.") == []


def test_blind41_en_classes():
    """Blind41 en 001, 003, 008, 009: "seven men, one of them the market's night guard" (a role, no figure);
    "transformed into cases of enforced disappearance" is missing; "a figure that climbed to 116" after
    "had initially reported 30" is a step of the revision when "the toll stood at 118" follows; "Killed:
    219" names no place, so it restates the lead's 219; "one in Kryvyi Rih, another in Pokrovsk and nine
    others in Dnipro" after a part of "33 … killed in Kyiv" each have their own place and are no parts of
    the Kyiv toll (but "12 children in Rafah and 3 in Khan Younis" break a Gaza toll down by place)."""
    def figs(text):
        return [(f.kind, f.count, f.superseded, f.part_of, f.place) for f in extract(text, lang="en")]
    assert [f[:2] for f in figs("The raid killed nine men, one of them the village's night watchman.")] == [("killed", 9)]
    assert [f[:2] for f in figs("SNHR recorded 240 arbitrary arrests in March; of these, 131 have been transformed "
                                "into cases of enforced disappearance.")] == [("detained", 240), ("missing", 131)]
    assert [f[:3] for f in figs("Officials had initially reported 20 deaths on Monday night, a figure that climbed to "
                                "57 on Tuesday. By Wednesday, the toll stood at 61.")] == \
        [("killed", 20, True), ("killed", 57, True), ("killed", 61, False)]
    rows = figs("In May 2024, the mission verified that 174 civilians were killed in Ukraine.\n"
                "Civilian casualties in May 2024:\nKilled: 174 (including 8 children)")
    assert [f[:2] for f in rows] == [("killed", 174), ("killed", 8)] and rows[0][4] == "Ukraine"
    kyiv = figs("That day, 20 civilians were killed in Kharkiv, including two children at the city's clinic, one in "
                "Sumy, another in Poltava and six others in Odesa.")
    assert [(f[1], f[3], f[4]) for f in kyiv] == [(20, None, "Kharkiv"), (2, 0, "Kharkiv"), (1, None, "Sumy"),
                                                  (1, None, "Poltava"), (6, None, "Odesa")]
    gaza = figs("Shelling killed 40 people in Gaza, including 12 children in Rafah and 3 in Khan Younis.")
    assert [(f[1], f[3]) for f in gaza] == [(40, None), (12, 0), (3, 0)]


def test_blind42_en_classes():
    """Blind42 en 014, 006, 007: "first said 53 men had been killed" is an earlier count; "far above the
    773 dead the government initially reported" too (the earlier report told after the number); "a
    passenger train" names no passenger."""
    def figs(text):
        return [(f.kind, f.count, f.superseded) for f in extract(text, lang="en")]
    assert figs("The provincial governor first said 31 villagers had been killed, before more bodies were found. "
                "The toll now stands at 47.") == [("killed", 31, True), ("killed", 47, False)]
    assert figs("Rescuers have recovered 1,400 bodies, far above the 600 dead the ministry initially reported.") == \
        [("killed", 1400, False), ("killed", 600, True)]
    assert figs("Eleven deaths were initially reported; the toll rose to 14.") == [("killed", 11, True), ("killed", 14, False)]
    assert figs("Militants hijacked a passenger train near Sibi, and 18 hostages were killed.") == [("killed", 18, False)]


def test_blind43_en_classes():
    """Blind43 en 003, 010, 013, 005: a person with a relative clause before the verb ("a detainee from
    Al-Hasakah, who had been held since 2013, died under torture") is killed, not held; "had not been
    found" is missing; "2,155 of the year's dead and injured" counts both kinds (no figure); "The
    figure replaced the chief minister's count of 60" makes the 60 an earlier count; "Nearly all of the
    enclave's 2.3 million people" is a population, not a count."""
    def figs(text):
        return [(f.kind, f.count, f.superseded) for f in extract(text, lang="en")]
    assert figs("The network added that a detainee from Deir Ezzor, who had been held since 2014, died under "
                "torture.") == [("killed", 1, False)]
    assert figs("Villagers said three people had been killed and five others had not been found.") == \
        [("killed", 3, False), ("missing", 5, False)]
    assert figs("Army operations accounted for 640 of the year's dead and injured.") == []
    assert figs("Police said 210 people had been killed since May. The figure replaced the governor's count of "
                "90, given in the first week.") == [("killed", 210, False), ("killed", 90, True)]
    assert figs("Nearly all of the region's 1.2 million people have been displaced at least once.") == []
    assert figs("Doctors said most of the 80 wounded they received had gunshot wounds.") == [("injured", 80, False)]


def test_blind44_en_one_of_a_count():
    """Blind44 en 004: "Silver was one of eight Canadians killed" is the eight, not eight and one more;
    "One of 12 wounded later died" is no toll of 12 dead (the 12 are the wounded; found while testing)."""
    def figs(text):
        return [(f.kind, f.count) for f in extract(text, lang="en")]
    assert figs("Levi was one of nine Israelis killed in the attack, the ministry said.") == [("killed", 9)]
    assert figs("One of 14 wounded later died in hospital.") == [("injured", 14)]
    assert figs("One of the two wounded died.") == [("killed", 1)]


def test_a_count_of_another_place_with_a_one_letter_name_reads():
    """Review of the blind38/41 place rule: "and 45 in A." after a part of a toll in another place had two
    patterns disagree on what a place name is (one letter, or two and more) and raised AttributeError;
    one pattern names the place for both tests now."""
    figs = extract("Shelling killed 500 people in Lebanon, including 100 civilians, and 45 in A.", lang="en")
    assert [(f.kind, f.count, f.part_of) for f in figs] == [("killed", 500, None), ("killed", 100, 0), ("killed", 45, None)]


def test_blind45_46_en_classes():
    """Blind45 en 005, 002, 004, blind46 en 004, 006, 013: a part "with injuries" is wounded ("37 of them with
    injuries" had been read as 37 dead); a part who speaks ("One of them, a farmer, told reporters …") is no
    figure; people who "remained in hospital" are wounded; a bracketed breakdown after a predicate, with
    semicolons; a "Killed - 219" dash row takes its label's kind; "replaced both" supersedes the two tolls
    of the sentence before; a relative someone visits or carries is nobody's count."""
    def figs(text):
        return [(f.kind, f.count, f.superseded) for f in extract(text, lang="en")]
    assert figs("About 120 passengers of the hijacked bus were freed, 14 of them with gunshot injuries.") == [("injured", 14, False)]
    assert figs("Nine fishermen were wounded. One of them, a 40-year-old father of four, told the agency the boat "
                "was hit twice.") == [("injured", 9, False)]
    assert figs("The ministry said 64 people remained in hospital after the market bombing.") == [("injured", 64, False)]
    assert figs("At least 33 people were wounded (20 civilians; 13 police officers), the governor said.") == \
        [("injured", 33, False), ("injured", 20, False), ("injured", 13, False)]
    assert figs("Civilian casualties in March:\nKilled - 164 (including 17 children)\nInjured - 720 (including 61 "
                "children)") == [("killed", 164, False), ("killed", 17, False), ("injured", 720, False),
                                 ("injured", 61, False)]
    assert figs("At least 90 people were killed in the raid on the village. Police first said 12 people had died; "
                "by Sunday the governor had put the toll at 40. The commission's count replaced both.") == \
        [("killed", 90, False), ("killed", 12, True), ("killed", 40, True)]
    assert figs("A man carrying his daughter was shot dead at the checkpoint.") == []  # the man is missed; the girl is not killed
    assert figs("Three people were killed there, two men and a woman, and 14 others were injured.") == \
        [("killed", 3, False), ("killed", 2, False), ("killed", 1, False), ("injured", 14, False)]
    assert figs("Two adults died at the clinic, a nurse and a man visiting his son, and six children were among "
                "those wounded.") == [("killed", 2, False), ("killed", 1, False), ("injured", 6, False)]  # the man; the nurse a role


def test_single_attacker_and_the_subject_of_the_killing():
    """Blind46 en 007: "One attacker was killed" is a figure (the singular nouns of attackers were missing
    from the lexicon); found on the way: "Gunmen killed five people before police shot them" named the
    police (a capital letter hid the gunmen, and the nearest actor won even as the subject of a later
    verb acting on someone else)."""
    figs = extract("One assailant was killed and two were captured, the army said.", lang="en")
    assert [(f.kind, f.count) for f in figs][:1] == [("killed", 1)]
    for text, actor in (("Gunmen killed six villagers before soldiers shot them.", "Gunmen"),
                        ("The bomber killed nine people before police shot him.", "bomber"),
                        ("Nine people were killed by militants, and police arrested two men.", "militants")):
        assert extract(text, lang="en")[0].perpetrator == actor, text


def test_blind47_48_en_classes():
    """Blind47 en 006, 014, blind48 en 006, 011, 013, blind47 en 014: a row label opening on a kind names the
    row's kind under a header of another ("Killed while fleeing toward the fields: 18" under the wounded);
    "then raised the count to 34" after the hurt counts the hurt; a quote's "one of them" with no verb of its
    own is no part of a toll (the quote may open in a sentence before); "Of the 26 hostages killed, 18
    were …, three were … and five were …"; items "nine by X … and five by Y" after a colon, whose total then
    names no single perpetrator; "Eight of the injured were evacuated" are wounded."""
    def figs(text):
        return [(f.kind, f.count) for f in extract(text, lang="en")]
    assert figs("Wounded in the shelling of the camp:\n- Killed while queuing for water: 6\n- Hurt in the clinic: 11") == \
        [("killed", 6), ("injured", 11)]
    assert figs("Officials first said 14 workers were hurt, then raised the count to 19 on Tuesday.")[-1] == ("injured", 19)
    assert figs('Nine villagers were wounded. "This was a wedding. Everybody here knows one of them," a neighbour said.') == \
        [("injured", 9)]
    assert figs("Of the 31 passengers killed, 20 were pilgrims, seven were crew and four were guards.") == \
        [("killed", 31), ("killed", 20), ("killed", 7), ("killed", 4)]
    fs = extract("The union counted 11 arrests of reporters: seven by military police in the north and four by "
                 "rebel authorities.", lang="en")
    assert [(f.kind, f.count, f.perpetrator) for f in fs] == [
        ("detained", 11, None), ("detained", 7, "military police"), ("detained", 4, "rebel authorities")]
    assert figs("Six of the injured were evacuated to a hospital in the capital.") == [("injured", 6)]


def test_an_adverb_between_have_and_been_or_the_verb():
    """Blind48 en 007, 008: "2,900 bodies have now been recovered", "about 3,000 people have since fled"."""
    def figs(text):
        return [(f.kind, f.count) for f in extract(text, lang="en")]
    assert figs("Volunteers said 310 bodies have now been recovered from the river.") == [("killed", 310)]
    assert figs("Roughly 8,000 residents have since fled the district.") == [("displaced", 8000)]


def test_items_after_a_closed_bracket_are_the_bracket_openers_siblings():
    """Blind50 en 001: "six children (four boys and two girls), two women and a man" — the women and the man are
    parts of the toll, as the children are, not parts of the children."""
    figs = extract("The toll rose to eleven. The toll included seven children (five boys and two girls), three women "
                   "and a man.", lang="en")
    assert [(f.count, f.part_of) for f in figs] == [(11, None), (7, 0), (5, 1), (2, 1), (3, 0), (1, 0)]


def test_a_part_with_wounds_after_people_freed():
    """Blind49 en 002: "Security forces rescued 354 hostages, 37 of them with injuries" — a part of the freed
    with wounds is wounded (the freed are no victims, and "of them" after them had been dropped)."""
    figs = extract("Commandos freed 90 captives, 12 of them with gunshot wounds.", lang="en")
    assert [(f.kind, f.count) for f in figs] == [("injured", 12)]


def test_blind49_50_en_classes():
    """Blind49 en 004, 006, 014, blind50 en 004, 010: "lost their homes" is displaced; "sustained gunshot wounds"
    is wounded; "their Pakistani driver" is one relative-like companion (a nationality before the noun);
    "the dead comprise 37 students …" breaks the toll down as "included" does (a role inside stays in the
    count); "The bodies of three women and three children, including a baby, were found": every part of the
    run after "the bodies of"; "two elderly men" are men (an adjective that is also a noun no longer heads)."""
    def figs(text):
        return [(f.kind, f.count) for f in extract(text, lang="en")]
    assert figs("About 900 families' members, some 4,100 residents, lost their homes in the fire.")[-1] == ("displaced", 4100)
    assert figs("Two guards sustained gunshot wounds in the raid.") == [("injured", 2)]
    assert ("killed", 1) in figs("Four Turkish engineers and their Syrian driver were killed near the dam.")
    assert figs("Thirty people died. The dead comprise 25 pupils, a janitor and four parents.") == \
        [("killed", 30), ("killed", 25), ("killed", 4)]
    assert figs("The bodies of two women and four children, including a toddler, were found near the well.") == \
        [("killed", 2), ("killed", 4), ("killed", 1)]
    assert figs("Three elderly women were killed when the shell hit the market.") == [("killed", 3)]


def test_blind51_en_classes():
    """Blind51 en 008, 010, 013, 009: "counting the cost of the fighting for the city of two million people"
    is no toll ("count" inside "counting" had opened one: two million dead); "the provisional toll … stood
    at 12 dead" is an earlier toll; "abducted a young man …; he was found dead hours later" is killed, and so
    is one whose body "was found" before a fate told of others."""
    def figs(text):
        return [(f.kind, f.count, f.superseded) for f in extract(text, lang="en")]
    assert figs("Relief groups are still counting the cost of the floods for the region of three million people.") == []
    assert figs("At least 31 people were killed. The provisional toll given on Friday by the governor stood at 19 dead.") == \
        [("killed", 31, False), ("killed", 19, True)]
    assert figs("Militiamen kidnapped a farmer near the town; he was found dead the next morning.") == [("killed", 1, False)]
    assert figs("Gunmen abducted a driver before his body was found on Sunday, while two brothers remain missing and their "
                "fate is unknown.") == [("killed", 1, False), ("missing", 2, False)]


def test_blind52_en_classes():
    """Blind52 en 002, 006, 008, 009, 010, blind51 en 006: "The bodies of all six members of a family who were
    abducted … have now been recovered" are dead; residents "carried more than 70 bodies"; "The slain
    hostages included 18 …"; parishioners "are still missing", residents "still listed as missing" (not "had
    been listed as missing … before her body was identified"); "Of the 33 injured, ten have gunshot wounds
    and four are critical"."""
    def figs(text):
        return [(f.kind, f.count) for f in extract(text, lang="en")]
    assert figs("The bodies of all four members of a family who were kidnapped from their farm have now been "
                "found, police said.") == [("killed", 4)]
    assert figs("Volunteers carried 45 bodies to the mosque.") == [("killed", 45)]
    assert figs("Twelve guards were killed. The slain guards included nine conscripts and three officers.") == \
        [("killed", 12), ("killed", 9), ("killed", 3)]
    assert figs("At least six churchgoers are still missing.") == [("missing", 6)]
    assert figs("Three residents are still listed as missing.") == [("missing", 3)]
    assert figs("A boy had been listed as missing for hours before his body was identified.") == []
    assert figs("Of the 40 wounded, 12 have burns and five are critical.") == [("injured", 40), ("injured", 12), ("injured", 5)]


def test_blind53_en_classes():
    """Blind53 en 003, 009, 013: "About 12,000 of them have reached Tawila" after a toll of the dead is a count
    of the displaced who arrived, never 12,000 dead; "One of them, a 15-year-old girl, lost both her parents"
    is no figure of its own, and the parents she lost are 2 dead ("One of them lost a leg" stays a wounded
    part); "… including 127 children and 261 women among the dead" are parts of the dead, not of the injured
    told just before."""
    def figs(text):
        return [(f.kind, f.count, f.part_of) for f in extract(text, lang="en")]
    assert figs("More than 90 people were shot dead in the town. About 4,000 of them have since reached the border.") == \
        [("killed", 90, None), ("displaced", 4000, None)]
    assert figs("Thirty pupils were killed. One of them, an 11-year-old boy, lost his mother too.") == \
        [("killed", 30, None), ("killed", 1, None)]
    assert figs("The ministry says 812 people have been killed and 2,140 injured since May, including 96 children and "
                "120 women among the dead.") == [("killed", 812, None), ("injured", 2140, None), ("killed", 96, 0),
                                                ("killed", 120, 0)]


def test_monks_and_scientists_are_people():
    """Blind53 en 006, 014: "killed a Buddhist monk and four villagers" (a monk was no singular person, so the
    villagers after him were lost too); "six nuclear scientists were killed"."""
    def figs(text):
        return [(f.kind, f.count) for f in extract(text, lang="en")]
    assert ("killed", 4) in figs("Soldiers killed a Buddhist monk and four villagers near the monastery.")
    assert figs("State media said at least three nuclear scientists were killed.") == [("killed", 3)]


def test_parts_after_a_semicolon_and_who_crossed():
    """Blind53 en 011, blind54 en 007: "26 hostages were killed; 18 were army personnel, three were railway
    officials and five were other civilians" (bare counts with "were" and their people after a semicolon);
    "8.8 million people have been displaced, including 1.8 million who crossed into neighbouring countries"."""
    def figs(text):
        return [(f.kind, f.count, f.part_of) for f in extract(text, lang="en")]
    assert figs("Nineteen passengers were killed; 11 were pilgrims, five were traders and three were students.") == \
        [("killed", 19, None), ("killed", 11, 0), ("killed", 5, 0), ("killed", 3, 0)]
    assert figs("Some 3 million people have been displaced, including 600,000 who crossed into Chad.") == \
        [("displaced", 3000000, None), ("displaced", 600000, 0)]
    assert figs("Twelve people were killed; 40 were wounded.") == [("killed", 12, None), ("injured", 40, None)]


def test_blind55_56_en_classes():
    """Blind56 en 002, blind55 en 007: a typewriter dash ("--") opens an aside as a dash does ("13 Cambodians had
    died -- eight civilians and five soldiers -- and 71 others were injured": the soldiers died); "Most of the
    victims were over 60" is an age."""
    def figs(text):
        return [(f.kind, f.count) for f in extract(text, lang="en")]
    assert figs("Officials said 11 people had died -- six villagers and five soldiers -- and 40 others were hurt.") == \
        [("killed", 11), ("killed", 6), ("killed", 5), ("injured", 40)]
    assert figs("Many of the dead were over 70, the mayor said.") == []


def test_spectators_and_placed_under_arrest():
    """Blind55 en 002, 012: "killed three spectators"; "Sixteen port and customs employees have been placed under
    arrest"."""
    def figs(text):
        return [(f.kind, f.count) for f in extract(text, lang="en")]
    assert figs("The blasts killed five spectators near the finish line.") == [("killed", 5)]
    assert figs("Nine customs officers have been placed under arrest.") == [("detained", 9)]


def test_blind57_58_en_classes():
    """Blind58 en 009, blind57 en 010: people detained "by … in … region, whose fate and whereabouts remain
    unknown" are missing (not a group named in an aside before "whose"); a role listed after a comma in
    "Among those killed were a priest, a bajaj driver and …" stays inside the count."""
    def figs(text):
        return [(f.kind, f.count) for f in extract(text, lang="en")]
    assert figs("Monitors documented 7 civilians detained by soldiers in the occupied district, whose fate and "
                "whereabouts remain unknown.") == [("missing", 7)]
    assert figs("Fourteen people were killed. Among those killed were a teacher, a taxi driver and several pupils.") == \
        [("killed", 14)]


def test_update_paragraph_raises_the_toll():
    """Blind57 en 006: an "Update" paragraph after a report ("Update, 14:20: … bringing the death toll to
    46") supersedes the report's smaller toll of its kind, and the parts of that toll stay, as parts of the
    raised one; a single timestamp line is no feed, but an update paragraph is one post after the report."""
    text = ("A missile strike on a market in Kostiantynivka killed 12 people, including two children, the regional "
            "governor said on Friday.\n\nUpdate, 18:05: Rescuers pulled another body from the rubble, bringing the "
            "death toll to 13.")
    figs = extract(text, lang="en")
    current = [(f.kind, f.count) for f in figs if not f.superseded]
    assert ("killed", 12) not in current and ("killed", 13) in current and ("killed", 2) in current
    children = next(f for f in figs if f.count == 2)
    assert figs[children.part_of].count == 13
    feed = ("Four people were killed in the shelling of Kherson, officials said.\n\nUPDATE (Jan 17): The toll has "
            "risen to six, including a police officer.")
    assert [(f.kind, f.count) for f in extract(feed, lang="en") if not f.superseded and f.part_of is None] == \
        [("killed", 6)]
    # an update that does not raise the toll leaves the report alone
    same = "Four people were killed in the shelling of Kherson.\n\nUpdate: Police said 20 people were evacuated."
    assert ("killed", 4) in [(f.kind, f.count) for f in extract(same, lang="en") if not f.superseded]


def test_others_remain_under_treatment():
    """Blind57 en 014: "while 50 others remain under treatment" after a toll are the wounded in care (and the
    toll "initially" reported with them is then replaced for both kinds)."""
    def figs(text):
        return [(f.kind, f.count) for f in extract(text, lang="en") if not f.superseded]
    assert figs("The toll from the bus bombing rose to seven on Sunday, while 31 others remain under treatment, "
                "police said. Initially, officials reported five dead and 25 injured.") == \
        [("killed", 7), ("injured", 31)]
    assert figs("Thirty of the wounded were still under medical treatment on Monday.") == [("injured", 30)]


def test_blind59_60_en_classes():
    """Blind59 en 007, 010, 011 and blind60 en 010, 012 (first scored at 852fa00): a feed whose posts open on a
    time stamp and text on one line; its risen toll leaves the deaths it names elsewhere; a kin list whose last
    item has a possessive and an adjective is one group; "Of those wounded in …, 11 …"; a toll in a quote closed
    before ", adding that … wounded"; "a third of the victims were under 30" is an age."""
    def figs(text):
        return [(f.kind, f.count) for f in extract(text, lang="en") if not f.superseded]
    feed = ("08:10 Rescuers worked through the night at the block in Uman. So far 18 people are confirmed dead.\n"
            "11:45 One man was killed by shelling in Smila.\n"
            "19:30 The toll in Uman has risen to 23.")
    assert figs(feed) == [("killed", 1), ("killed", 23)]
    assert figs("A witness said his uncle, sister-in-law and their teenage son were shot dead.") == [("killed", 3)]
    assert figs("Neighbours said her teenage son was wounded.") == [("injured", 1)]
    assert figs("She said her father, her mother and her baby brother were killed.") == [("killed", 3)]
    got = extract("Thirty people were killed and 40 wounded in the ambush. Of those wounded in the ambush, 14 are still "
                  "at the district hospital, four of them in critical condition.", lang="en")
    assert [(f.kind, f.count) for f in got] == [("killed", 30), ("injured", 40), ("injured", 14), ("injured", 4)]
    assert got[2].part_of == 1 and got[3].part_of in (1, 2)
    assert ("killed", 35) in figs('Gunmen killed 60 villagers. "The tally includes at least 35 women," a nurse said, '
                                  "adding that more than 80 wounded had been treated.")
    assert figs("At least 200 people were murdered this year. About a third of the murder victims were under 25.") == \
        [("killed", 200)]
    assert figs("Among the dead was Karim, a young man whose father was also killed.") == [("killed", 1)]


def test_blind61_62_en_classes():
    """Blind61 en 006, 007 and blind62 en 001, 004 (first scored at 05cf2cb): a person named by role with their kin
    inside a toll is a family counted together; "two detainees, one of them a woman, died" (the verb past a part
    named in an aside); a list row that restates an earlier toll under a larger total; a person singled out by role
    "who …" and "was among the dead"."""
    got = extract("At least 60 people were killed. Among those killed were a nurse from Al-Awda Hospital, her husband and "
                  "their daughter.", lang="en")
    assert ("killed", 3) in [(f.kind, f.count) for f in got if f.derived]
    def figs(text):
        return [(f.kind, f.count) for f in extract(text, lang="en") if not f.superseded]
    assert figs("The monitor said three prisoners, one of them a child, died under torture in March.") == \
        [("killed", 3), ("killed", 1)]
    assert figs("Seven soldiers, including an officer, were wounded in the ambush.")[0] == ("injured", 7)
    # a person singled out by a relative clause in the aside stays outside it
    assert ("detained", 1) not in figs("Police said 40 suspects, among them a man who sold the explosives, had been arrested.")
    listed = ("The monitor put the number of civilians killed since January at 2,410. The overall toll has risen to 3,020, "
              "distributed as follows:\nCivilians: 2,410\nFighters: 610")
    assert figs(listed).count(("killed", 2410)) == 1 and ("killed", 610) in figs(listed)
    assert figs("Shelling killed 14 civilians. A nurse who had come to help the wounded was among the dead.") == \
        [("killed", 14)]


def test_whose_fate_unknown_and_homicides():
    """Blind61 en 010, blind62 en 001, 008, 012: "20 people whose fate and whereabouts remain unknown" are missing
    (not "the deaths of 300 people whose fate remains unknown", which the text cannot count); homicides and murders
    counted are people killed, and their places' counts parts of them."""
    def figs(text):
        return [(f.kind, f.count) for f in extract(text, lang="en") if not f.superseded]
    assert figs("Monitors received reports of at least 65 people whose fate remains unknown in the hills.") == [("missing", 65)]
    assert figs("The group listed 12 residents whose fate and whereabouts remain unknown.") == [("missing", 12)]
    assert figs("It could not document the deaths of more than 300 people whose fate remains unknown in prisons.") == []
    assert figs("Prosecutors have confirmed 40 homicides: 22 in Cúcuta and 18 in Ocaña.") == \
        [("killed", 40), ("killed", 22), ("killed", 18)]
    assert figs("The state registered 903 intentional homicides in the first half of the year.") == [("killed", 903)]


def test_blind63_64_en_classes():
    """Blind63/64 en (first scored at 2b7663b): "raising an earlier police toll of 45" and "had initially acknowledged
    19 deaths" are earlier tolls; "the father, mother and their 11-year-old son" is one family; people held, then
    "released" are no figure, never "found" are missing (not "163 men arrested …, of whom 41 have been released")."""
    def figs(text):
        return [(f.kind, f.count) for f in extract(text, lang="en") if not f.superseded]
    assert figs("Gunmen killed about 60 villagers overnight, officials said, raising an earlier army toll of 38.") == \
        [("killed", 60)]
    assert figs("At least 31 people died in the collapse. Officials had initially acknowledged 12 deaths.") == [("killed", 31)]
    assert figs("Shelling hit a car: the father, mother and their 9-year-old daughter died at the scene.") == [("killed", 3)]
    assert figs("Troops detained 12 people on Monday, while four men detained on Sunday were released on bail.") == \
        [("detained", 12)]
    assert figs("Eight teenagers who were taken away by the gunmen have not been found.") == [("missing", 8)]
    assert ("detained", 90) in figs("Monitors listed 90 men arrested in the district in March, of whom 20 have been released.")


def test_blind63_64_en_recall_classes():
    """Blind63 en 004, 012 and blind64 en 002, 006: "the other seven were pilgrims" after "Among the nine dead are …"
    is of the dead; "The victims identified so far are 38 men and seven women"; "1,435 homicide victims"; "eight
    girls are still in hospital, three of them in critical condition"."""
    def figs(text):
        return [(f.kind, f.count) for f in extract(text, lang="en") if not f.superseded]
    got = figs("A bomb killed ten people and wounded 40. Among the ten dead are the imam and his son; the other eight "
               "were worshippers from the town.")
    assert ("killed", 8) in got and ("injured", 8) not in got
    assert figs("At least 52 people were killed. The victims identified so far are 30 men and 22 women.") == \
        [("killed", 52), ("killed", 30), ("killed", 22)]
    assert figs("The state recorded 640 homicide victims in the first quarter.") == [("killed", 640)]
    assert figs("Some 70 pupils fell ill; at least 12 pupils are still in hospital, two of them in critical condition.") == \
        [("injured", 12), ("injured", 2)]


def test_blind65_en_classes():
    """Blind65 en 002, 004 (first scored at 724cbac): "Four of the victims were traders …" after a sentence counting the
    dead and the wounded are of the dead; a feed entry "… now says 35 people were killed" replaces the earlier "raised
    the death toll to 34", and a post under a clock time is no list row (the key points' "35 killed and 117 injured"
    restate it)."""
    def figs(text):
        return [(f.kind, f.count) for f in extract(text, lang="en") if not f.superseded]
    got = figs("A drone hit the bus station: seven people were killed, one of them a child, and 25 others were injured. "
               "Three of the victims were drivers; two others were ticket sellers.")
    assert got.count(("killed", 3)) == 1 and ("killed", 2) in got and ("injured", 3) not in got
    feed = ("Key points\n- Rescuers say 21 killed and 64 injured\n\n10:15 Officials in Odesa have raised the death toll to "
            "19.\n\n12:40 The emergency service now says 21 people were killed and 64 were injured.")
    assert sorted(figs(feed)) == [("injured", 64), ("killed", 21)]


def test_blind65_66_en_recall_classes():
    """Blind65 en 008, 014 and blind66 en 002, 007: a bracket opened right after the count's own predicate; "Of the
    23,357 dead, more than 10,000 are children"; "victims of intentional homicide"; "the burned bodies of 35 people"."""
    def figs(text):
        return [(f.kind, f.count) for f in extract(text, lang="en") if not f.superseded]
    assert figs("Officials said 64 people were injured (including nine children).") == [("injured", 64), ("injured", 9)]
    assert figs("The ministry said 4,100 people have been killed. Of the 4,100 dead, more than 1,500 are children.") == \
        [("killed", 4100), ("killed", 1500)]
    assert figs("The state recorded more than 900 victims of intentional homicide in the first half.") == [("killed", 900)]
    assert figs("Soldiers found the charred bodies of at least 12 people near the bridge.") == [("killed", 12)]


def test_another_and_a_number_is_that_number():
    """Blind68 en 013 (first scored at 0ab7fdd): "one in Ofay and another five near Eringeti" is five more, not one more
    with "five near" as modifiers (a number word is no modifier of "another"; "a two-week-old baby" keeps its own)."""
    def figs(text):
        return [(f.kind, f.count) for f in extract(text, lang="en") if not f.superseded]
    assert figs("Two herders were killed in Kuka and another six near Dikwa.") == [("killed", 2), ("killed", 6)]
    assert ("killed", 1) in figs("The dead included a two-week-old baby.")


def test_a_family_named_from_a_grandparent_is_one_group():
    """Blind68 en 004: "the grandmother, her daughter and son-in-law were killed" is one family of three (the kin list
    "her daughter and son-in-law" inside it is no group of its own)."""
    got = [(f.kind, f.count) for f in extract("A neighbour said the grandmother, her daughter and son-in-law were killed, "
                                             "and the boy survived.", lang="en")]
    assert got == [("killed", 3)]


def test_blind67_68_en_classes():
    """Blind67 en 005, blind68 en 001: "executed a young man … whom they had abducted" is one killed (held, then killed);
    "251 hostages, 116 of whom remain in Gaza, including 41 the military says are dead": the 116 are held, not dead."""
    def figs(text):
        return [(f.kind, f.count) for f in extract(text, lang="en") if not f.superseded]
    assert figs("Local sources said the militants shot dead a shepherd whom they had kidnapped on Monday.") == [("killed", 1)]
    assert figs("Gunmen abducted a farmer who had been arrested before.") == [("detained", 1)]
    got = figs("Militants seized 80 hostages, 35 of whom remain in captivity, including 9 the army says are dead.")
    assert ("killed", 35) not in got and ("killed", 9) in got


def test_blind70_en_classes():
    """Blind70 en (first scored at 741e574): "killing or injuring no fewer than 700 people" is one count of two kinds
    (no figure of one kind, as "700 were killed or injured"); "destroyed 72 apartments and damaged 236 others" are
    more apartments, not people."""
    def figs(text):
        return [(f.kind, f.count) for f in extract(text, lang="en") if not f.superseded]
    assert figs("The group claimed nine attacks, killing or injuring at least 310 people.") == []
    assert figs("The blast destroyed 40 shops and damaged 120 others; about 90 residents have lost their homes.") == \
        [("displaced", 90)]
    assert figs("Shelling killed 12 people and wounded 40 others.") == [("killed", 12), ("injured", 40)]


def test_blind69_en_classes():
    """Blind69 en (first scored at f9c31b6): "Initial reports gave a toll of about 50, but … at least 100 people were
    killed" (a first toll replaced); "Four men who were taken away by the fighters remain unaccounted for" are missing."""
    def figs(text):
        return [(f.kind, f.count) for f in extract(text, lang="en") if not f.superseded]
    assert figs("Initial reports gave a toll of about 30, but the UN now says at least 70 people were killed.") == \
        [("killed", 70)]
    assert figs("Six villagers who were taken away by the gunmen remain unaccounted for.") == [("missing", 6)]


def test_blind71_en_classes():
    """Blind71 en (first scored at 5109ba4): an arrest report's rows under a header that breaks down "the month's toll"
    are arrests (a bare "toll" in a report that has counted no dead); "incidents of arbitrary detention …, involving
    N victims" count events, the victims are the detained; "the deaths of three detainees in custody" are deaths; an
    earlier report's missing is a draft once the document counts the missing again; a relative clause that tells what
    an item was doing stays inside a list ("18 soldiers who were travelling on leave, three …")."""
    def figs(text):
        return [(f.kind, f.count) for f in extract(text, lang="en") if not f.superseded]
    assert figs("The group documented 120 cases of arbitrary arrest in March, including four children.\n"
                "The report breaks down the month's toll by the party responsible, as follows:\n"
                "Government forces: 70, including three children.\nArmed groups: 50.") == \
        [("detained", 120), ("detained", 4), ("detained", 70), ("detained", 3), ("detained", 50)]
    assert figs("At least 40 civilians were killed in the shelling.\nThe toll is distributed as follows:\n"
                "North: 25\nSouth: 15") == [("killed", 40), ("killed", 25), ("killed", 15)]
    assert figs("The monitor verified 95 incidents of arbitrary detention in 2023, involving 130 victims, including six "
                "children.") == [("detained", 130), ("detained", 6)]
    assert figs("The monitor verified 95 incidents of arbitrary detention in 2023.") == [("detained", 95)]
    assert figs("The group documented the deaths of four detainees in custody, one of them in a military prison.") == \
        [("killed", 4), ("killed", 1)]
    assert figs("Four detainees in custody were beaten.") == [("detained", 4)]
    assert figs("By Tuesday the toll had reached 25. Officials had earlier spoken of 20 dead and 11 people unaccounted "
                "for. Five people remain missing.") == [("killed", 25), ("missing", 5)]
    assert figs("The dead include 12 police officers who were guarding the checkpoint, two drivers and four other "
                "civilians.") == [("killed", 12), ("killed", 2), ("killed", 4)]


def test_blind72_en_classes():
    """Blind72 en (first scored at 5109ba4): an earlier toll told as where it stood ("the figure, which on Sunday stood at
    60") and a previous update's counts ("The previous update gave 32 dead and 84 injured") are drafts of today's toll;
    people taken who "were still missing" are missing."""
    def figs(text):
        return [(f.kind, f.count) for f in extract(text, lang="en") if not f.superseded]
    assert figs("The governor raised to 45 the number of people killed. He said the figure, which on Friday stood at 30, "
                "could rise.") == [("killed", 45)]
    assert figs("As of now, 21 people have been killed and 60 injured. The previous update gave 18 dead and 52 injured.") \
        == [("killed", 21), ("injured", 60)]
    assert figs("Three fishermen abducted by the militia were still missing on Monday.") == [("missing", 3)]


def test_blind73_en_classes():
    """Blind73 en (first scored at 9ee54ae): people abducted and then "found executed" are killed; people "taken away by
    soldiers and remain unaccounted for" are missing (not "remain in captivity"); in an arrest report, "101 of these
    cases" are of the cases counted (the arrests), not of the disappearances read just before, and so are people "among
    them" after "the arrests" of their sentence."""
    def figs(text):
        return [(f.kind, f.count) for f in extract(text, lang="en") if not f.superseded]
    assert figs("Four farmers kidnapped by the militia on Monday were found executed near the river.") == [("killed", 4)]
    assert figs("At least 15 men were taken away by troops and remain unaccounted for.") == [("missing", 15)]
    assert figs("At least 15 men were taken away by troops and remain in captivity.") == [("detained", 15)]
    assert figs("The group documented 150 cases of arbitrary arrest in May, including five children. At least 90 of these "
                "cases turned into enforced disappearances. Government forces were responsible for 80 of these cases. "
                "Most of the arrests took place at checkpoints, among them 12 students.") == \
        [("detained", 150), ("detained", 5), ("missing", 90), ("detained", 80), ("detained", 12)]


def test_blind74_en_classes():
    """Blind74 en (first scored at 9ee54ae): "raised the number of people killed from 12 to 13" is a step of the toll
    (12 superseded, 13 today's), not a range; "the other three" after "Three bodies were found" are more bodies; "his
    father, an uncle and a brother" is one group of three; "classified as victims of enforced disappearance" are the
    missing; "still in intensive care a week later" is no rate."""
    def figs(text):
        return [(f.kind, f.count) for f in extract(text, lang="en") if not f.superseded]
    assert figs("His death raised the number of people killed from 7 to 8.") == [("killed", 8)]
    assert figs("The number of displaced people rose from 3,000 to 5,000.") == [("displaced", 5000)]
    assert figs("Between 10 and 15 people were killed.") == [("killed", 10)]
    assert [f.count_max for f in extract("Between 10 and 15 people were killed.", lang="en")] == [15]
    assert figs("Twenty people were wounded. Two bodies were found on the beach and the other two near the port.") == \
        [("injured", 20), ("killed", 2), ("killed", 2)]
    assert figs("Her mother, an aunt and a cousin were killed in the strike.") == [("killed", 3)]
    assert figs("At least 40 of those arrested were later classified as victims of enforced disappearance.") == \
        [("missing", 40)]
    assert figs("Sixty people were wounded. Doctors said nine of them were still in intensive care a week later.") == \
        [("injured", 60), ("injured", 9)]
    assert figs("Fighting killed 50 people a week.") == []


def test_blind75_en_classes():
    """Blind75 en (first scored at 9147200): people "among them" after a count of the dead in their sentence are of
    the dead, and so are the kin named after one of them (not the kind of the last total read); a tally's kind is read
    from its own statement, not from a second one joined by ", and that"."""
    def figs(text):
        return [(f.kind, f.count) for f in extract(text, lang="en") if not f.superseded]
    assert figs("Officials said 90 people were killed and 200 injured. They include 9 people killed when a house was hit, "
                "among them a teacher and his wife and son.") == \
        [("killed", 90), ("injured", 200), ("killed", 9), ("killed", 3), ("killed", 2)]
    assert figs("An official said the tally included at least 12 children, and that 40 wounded people were in "
                "hospital.") == [("killed", 12), ("injured", 40)]


def test_blind76_en_classes():
    """Blind76 en (first scored at 9147200): "the toll has grown again" is a rise (a live blog's earlier posts are
    drafts of it); "95 other aggressions" are more things; "41 of the casualties" is of the dead and the wounded
    together (no figure); the bodies of a group and its parts named in apposition are dead once found, whatever the
    relative clause said was done to them before."""
    def figs(text):
        return [(f.kind, f.count) for f in extract(text, lang="en") if not f.superseded]
    assert figs("10:15 Preliminary data: 5 people were killed.\n12:40 Sadly, the toll has grown again: 9 people were "
                "killed.") == [("killed", 9)]
    assert figs("They break down as follows: 120 threats; 14 murders; and 30 other aggressions.") == [("killed", 14)]
    assert figs("Police arrested 40 people. The UN said children made up 12 of the casualties.") == [("detained", 40)]
    assert figs("The bodies of all five members of a family, two women and three children, who were abducted last week "
                "have been recovered.") == [("killed", 5), ("killed", 2), ("killed", 3)]


def test_blind73_76_en_recall():
    """Recall classes of blind73–76 en: "N X and the Y were killed" (a person named with "the" shares the verb and is no
    count of its own); peace-accord signatories are people; "N cases of death" are deaths; "N cases were turned into
    enforced disappearance"; "The civilian victims are: …" opens a breakdown; "the bodies of 70 people, some of them
    with their hands bound, were found"; no derived group when its first part restates a toll ("the loss of the eight
    jawans and their driver")."""
    def figs(text):
        return [(f.kind, f.count) for f in extract(text, lang="en") if not f.superseded]
    assert figs("Six police officers of the rapid response unit and the driver of their truck were killed.") == \
        [("killed", 6)]
    assert figs("Six gunmen and the driver were arrested.") == [("detained", 6)]
    assert figs("In 2023, 40 social leaders and 12 peace signatories were killed.") == [("killed", 40), ("killed", 12)]
    assert figs("The group recorded 9 cases of death due to torture in detention.") == [("killed", 9)]
    assert figs("Of these, 70 cases were turned into enforced disappearance.") == [("missing", 70)]
    assert figs("The toll has risen to 60, including 20 civilians. The civilian victims are: 12 children, five women and "
                "three men.") == [("killed", 60), ("killed", 20), ("killed", 12), ("killed", 5), ("killed", 3)]
    assert figs("The bodies of 30 people, some of them blindfolded, were found near the river.") == [("killed", 30)]
    assert figs("Five soldiers and their driver were killed. The minister mourned the loss of the five soldiers and "
                "their driver.") == [("killed", 5), ("killed", 6), ("killed", 1)]


def test_blind77_en_classes():
    """Blind77 en (first scored at ed37c7f): "had earlier estimated the toll at 184" and "a first report … had mentioned
    30 dead" are earlier tolls (and a sentence's earlier toll is no partner that keeps its other counts apart); a person
    who "has told" a newspaper speaks; "two of them" after "the wounded were taken to hospital" are wounded; rows of
    acts done for people ("Persons evacuated …: 300", "convoys dispatched: 12") count no casualties, and "Of whom, …: 5"
    is of the row above."""
    def figs(text):
        return [(f.kind, f.count) for f in extract(text, lang="en") if not f.superseded]
    assert figs("The office had earlier estimated the toll at 150. The toll has risen to 170.") == [("killed", 170)]
    assert figs("Officials report 40 migrants killed and 25 injured.\nThe authorities said 40 migrants had been killed "
                "and 25 injured; a first report had mentioned 18 dead.") == [("killed", 40), ("injured", 25)]
    assert figs("The toll has risen to 43, up from 21 announced on Sunday, a local priest has told reporters.") == \
        [("killed", 43)]
    assert figs("A bomb killed 13 people and wounded 30. The dead include 9 children and 4 women; the wounded were taken "
                "to the district hospital, three of them in a critical condition.") == \
        [("killed", 13), ("injured", 30), ("killed", 9), ("killed", 4), ("injured", 3)]
    assert figs("Consolidated figures:\nPersons killed: 40\nOf whom, children: 6\nPersons evacuated by the army: 300\n"
                "Humanitarian convoys dispatched: 12") == [("killed", 40), ("killed", 6)]


def test_blind78_en_classes():
    """Blind78 en (first scored at ed37c7f): "who on Saturday spoke of 45 deaths, now put the toll at about 200" is an
    earlier toll; "between the ages of 7 and 16" is an age range; a live blog's posts may open "09:40 – …"; rows under a
    header about the attackers count them by what befell them (not as the victims' kind above, and no draft of the
    victims' toll); "killed – 34 people, including 2 children;" is a row of its kind; a toll of 32 is no earlier
    version of one person's death."""
    def figs(text):
        return [(f.kind, f.count) for f in extract(text, lang="en") if not f.superseded]
    assert figs("Elders, who on Monday spoke of 30 deaths, now put the toll at about 90.") == [("killed", 90)]
    assert figs("At least 15 people were killed: 12 of them children between the ages of 6 and 14, and three "
                "teachers.") == [("killed", 15), ("killed", 12), ("killed", 3)]
    assert figs("09:40 – Police say 20 people were killed and 40 wounded.\n\n10:15 – The spokesman gives details of the "
                "attackers:\n• Attackers: 4\n• Blew himself up: 1\n• Shot dead by security forces: 2\n"
                "• Captured alive: 1\n\n13:20 – Toll rises. The ministry now says 25 people were killed and 60 injured.") \
        == [("killed", 1), ("killed", 2), ("detained", 1), ("killed", 25), ("injured", 60)]
    assert figs("As of 19:00, the consequences are:\nkilled – 30 people, including 3 children;\ninjured – 90 people.") == \
        [("killed", 30), ("killed", 3), ("injured", 90)]


def test_blind79_80_en_classes():
    """Blind79/80 en (first scored at 80dbf63): held people whose families have "no information about their fate" are
    missing; "The wounded have been taken to hospitals …; 11 of them …" are wounded; a total told person by person
    ("two detainees died …: one from Daraa …, and a young man from Homs") gives no parts, and a sentence whose label
    "records that" someone died is no table line; a part that took its kind from a count of two kinds ("killed or
    missing …, 25 of them children") is no figure; a count before a colon that opens what follows ("Thirty-five dead, two
    of them children, …: this is how …") and a time's colon ("as of 12:00") are no list lines, so the restatement merges;
    "a member of the rescue team told UCA News" speaks."""
    def figs(text):
        return [(f.kind, f.count) for f in extract(text, lang="en") if not f.superseded]
    assert figs("The group has received the names of 12 detained students whose families have been given no information "
                "about their fate.") == [("missing", 12)]
    assert figs("Shelling killed 20 people and wounded 30. The wounded have been taken to hospitals in the city; 9 of them "
                "are in a serious condition.") == [("killed", 20), ("injured", 30), ("injured", 9)]
    assert figs("The report also records that two detainees died under torture during the month: one from Daraa, and a "
                "young man from Homs city.") == [("killed", 2)]
    assert figs("The ministry said at least 60 people had been killed or were missing, 12 of them children.") == []
    assert figs("As of 12:00 on 14 April the strike has killed 30 people, including two children. Thirty dead, two of them "
                "children, on a holy day: this is how they answer peace efforts.") == [("killed", 30), ("killed", 2)]
    assert figs("More than 40 students were wounded, at least eight of whom lost limbs, a member of the village rescue team "
                "told reporters.") == [("injured", 40), ("injured", 8)]


def test_blind81_82_en_classes():
    """Blind81/82 en (first scored at 47a0e73): "40 of those held … were released" leave detention (no figure); "Among the
    wounded taken to the hospital …, 42 were admitted" counts the wounded, and "They are 25 men, …" breaks it down; "…,
    a doctor there said" speaks; "Among the dead was Guevara Ibrahim, 11," is an age."""
    def figs(text):
        return [(f.kind, f.count) for f in extract(text, lang="en") if not f.superseded]
    assert figs("The group arrested 120 people in May. At least 40 of those held during the month were released after "
                "elders provided guarantees.") == [("detained", 120)]
    assert figs("Gunmen killed 60 people. Among the wounded taken to the district hospital, 30 were admitted. They are 20 "
                "men and 10 women, a doctor there said.") == [("killed", 60), ("injured", 30), ("injured", 20), ("injured", 10)]
    assert figs("Gunmen killed 12 people. Among the dead was Amina Yusuf, 11, whose body was found on Sunday.") == \
        [("killed", 12)]


def test_blind83_84_en_classes():
    """Blind83/84 en (first scored at b44e693): one person after a comma who then speaks ("…, a member of the
    congregation told us") is the sentence's source; "Yesterday evening the toll stood at 40" is an earlier toll."""
    def figs(text):
        return [(f.kind, f.count) for f in extract(text, lang="en") if not f.superseded]
    assert ("killed", 1) not in figs("Two teachers were among those killed, a member of the school board told us.")
    assert figs("The toll rose to 52 on Sunday. Yesterday evening the toll stood at 40.") == [("killed", 52)]
