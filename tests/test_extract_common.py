"""nlp.casualties.common: sentences, deobfuscation, time windows, restatement merging, part_of."""

from datetime import date

import pytest

from nlp.casualties.common import (
    deobfuscate_keep_offsets,
    finalize,
    make_figure,
    merge_restated,
    nearest_parent,
    resolve_time,
    split_sentences,
)

PUB = date(2017, 10, 21)


def test_sentences_keep_offsets_and_split_glued_stops_lines_and_bullets():
    text = "SNHR documented 1851 civilians at least.The number was 229. U.N. officials said so.\n\n• A: 5 • B: 6"
    sents = split_sentences(text)
    assert [s.text for s in sents] == [
        "SNHR documented 1851 civilians at least.", "The number was 229.", "U.N. officials said so.", "• A: 5", "• B: 6"]
    assert all(text[s.start:s.end] == s.text for s in sents)


def test_deobfuscation_keeps_length_and_leaves_real_hyphens():
    text = "Two kil*led, De-ath toll, pro-regime forces, forty-two"
    out = deobfuscate_keep_offsets(text)
    assert len(out) == len(text)
    assert "killed" in out and "Death" in out and "pro-regime" in out and "forty-two" in out


@pytest.mark.parametrize("phrase,start,end", [
    ("yesterday", "2017-10-20", "2017-10-20"),
    ("the last 48 hours", "2017-10-19", "2017-10-21"),
    ("during the past 24 hours", "2017-10-20", "2017-10-21"),
    ("since the beginning of 2017", "2017-01-01", "2017-10-21"),
    ("1-20 October 2017", "2017-10-01", "2017-10-20"),
    ("from March 2011 to June 2019", "2011-03-01", "2019-06-30"),
    ("in February 2015", "2015-02-01", "2015-02-28"),
    ("during April", "2017-04-01", "2017-04-30"),
    ("on Tuesday", "2017-10-17", "2017-10-17"),
    ("since early January 2017", "2017-01-01", "2017-10-21"),
    ("in 2016", "2016-01-01", "2016-12-31"),
    ("Saturday", "2017-10-21", "2017-10-21"),  # PUB is a Saturday: the day itself
    ("last Saturday", "2017-10-14", "2017-10-14"),  # ... but "last Saturday" is the week before
    ("since last Thursday", "2017-10-19", "2017-10-21"),
    ("since Monday", "2017-10-16", "2017-10-21"),
])
def test_resolve_time(phrase, start, end):
    tw = resolve_time(phrase, PUB)
    assert (tw.phrase, tw.start, tw.end) == (phrase, start, end)


def test_relative_time_without_publication_date_stays_unresolved():
    tw = resolve_time("yesterday", None)
    assert tw.start is None and tw.end is None


def fig(text, kind, count, ev, **kw):
    s = text.index(ev)
    return make_figure(text, kind, count, s, s + len(ev), **kw)


def test_make_figure_evidence_is_the_span():
    text = "At least 13 people were killed."
    f = fig(text, "killed", 13, "13 people ", lang="en")
    assert f.evidence == text[f.start:f.end] == "13 people"


def test_restated_figure_is_merged_and_keeps_the_stronger_qualifier():
    text = "Seven dead in blast. At least seven people were killed when a bomb went off."
    a = fig(text, "killed", 7, "Seven dead")
    b = fig(text, "killed", 7, "seven people", qualifier="at_least", perpetrator="ISIS")
    out = merge_restated([a, b])
    assert len(out) == 1
    assert out[0].evidence == "Seven dead" and out[0].qualifier == "at_least" and out[0].perpetrator == "ISIS"


def test_same_count_different_victims_is_not_merged():
    text = "The number of victims was 229. We documented the killing of 229 rebels."
    a = fig(text, "killed", 229, "229.", victim_categories=["unknown"])
    b = fig(text, "killed", 229, "229 rebels", victim_categories=["fighters"])
    assert len(merge_restated([a, b])) == 2


def test_subsets_of_merged_totals_merge_too_and_part_of_is_reindexed():
    text = "killed 42 people including seven children. The toll has risen to 42 dead including seven children."
    total1 = fig(text, "killed", 42, "42 people")
    kids1 = fig(text, "killed", 7, "seven children", part_of=0)
    total2 = fig(text, "killed", 42, "42 dead")
    kids2 = make_figure(text, "killed", 7, text.rindex("seven"), text.rindex("seven") + 14, part_of=2)
    out = merge_restated([total1, kids1, total2, kids2])
    assert [(f.count, f.part_of) for f in out] == [(42, None), (7, 0)]


def test_a_later_toll_restating_a_part_is_that_part():
    text = "At least 52 people, including 17 children, died in the raid. UNICEF said 17 children were killed."
    total = fig(text, "killed", 52, "52 people")
    kids = fig(text, "killed", 17, "17 children", part_of=0, victim_categories=["children"])
    again = fig(text, "killed", 17, "17 children were", victim_categories=["children"])
    again.sentence_start = text.index("UNICEF")
    out = merge_restated([total, kids, again])
    assert [(f.count, f.part_of) for f in out] == [(52, None), (17, 0)]
    other = fig(text, "killed", 17, "17 children were", victim_categories=["unknown"])  # "17 people": anyone
    other.sentence_start = text.index("UNICEF")
    assert len(merge_restated([fig(text, "killed", 52, "52 people"),
                               fig(text, "killed", 17, "17 children", part_of=0, victim_categories=["children"]),
                               other])) == 3


def test_rounded_restatement_is_merged_into_the_exact_toll():
    text = "Over 14,000 civilians died of torture. The report says 14,227 individuals died."
    a = fig(text, "killed", 14000, "14,000 civilians", qualifier="more_than", victim_categories=["civilians"])
    a.sentence_start = 0
    b = fig(text, "killed", 14227, "14,227 individuals", victim_categories=["unknown"])
    b.sentence_start = text.index("The")
    out = merge_restated([a, b])
    assert [(f.count, f.qualifier) for f in out] == [(14227, "exact")]


def test_finalize_sorts_links_revision_and_reindexes():
    text = "SOHR had given a toll of 17. The toll rose to 42 dead."
    new = fig(text, "killed", 42, "42 dead")
    old = fig(text, "killed", 17, "17", superseded=True)
    out = finalize([new, old])
    assert [(f.count, f.superseded) for f in out] == [(17, True), (42, False)]
    assert out[1].revision and out[1].previous_count == 17


def test_nearest_parent():
    text = "627 people, including 82 women"
    figs = [fig(text, "killed", 627, "627 people"), fig(text, "killed", 82, "82 women")]
    assert nearest_parent(figs, 1) == 0
    assert nearest_parent(figs, 0) is None


# --------------------------------------------------------------------------- linear de-duplication

def _reference_merge(figures):
    """``merge_restated`` as first written: every figure against every earlier one (quadratic).
    The indexed version must give the same result."""
    from nlp.casualties.common import (_TABLE_ROW, _absorb, _categories, _coordinated, _fact_key, _partners_differ,
                                       _precise_version, _same_fact, _sentence_partners, reindex_figures)

    n = len(figures)
    rep = list(range(n))
    partners = _sentence_partners(figures)

    def root(i):
        while rep[i] != i:
            i = rep[i]
        return i

    for i in range(n):
        a = figures[i]
        for j in range(i):
            if root(j) != j:
                continue
            b = figures[j]
            pa = root(a.part_of) if a.part_of is not None else None
            pb = root(b.part_of) if b.part_of is not None else None
            if pa != pb or not _same_fact(b, a, same_parent=pa is not None) or _partners_differ(partners, i, j) \
                    or _coordinated(figures, j, i):
                continue
            rep[i] = j
            _absorb(b, a)
            break
    alive = [k for k in range(n) if root(k) == k]
    for i in alive:
        if root(i) != i or figures[i].part_of is not None:
            continue
        j = _precise_version(figures, i, alive)
        if j is not None:
            rep[i] = j
            _absorb(figures[j], figures[i], qualifier=False)
    for i, f in enumerate(figures):  # a later top-level toll restating an earlier part
        if root(i) != i or f.part_of is not None or f.count <= 2 or not _categories(f) or f.derived \
                or _TABLE_ROW.match(f.sentence):
            continue
        for j in range(i):
            b = figures[j]
            if b.part_of is None or root(j) != j or b.derived or _TABLE_ROW.match(b.sentence) \
                    or _fact_key(b) != _fact_key(f) or _categories(b) != _categories(f) \
                    or b.sentence_start == f.sentence_start:
                continue
            if _same_fact(b, f, same_parent=True) and not _partners_differ(partners, i, j):
                rep[i] = j
                _absorb(b, f)
                break
    keep = [i for i in range(n) if rep[i] == i]
    for f in figures:
        if f.part_of is not None:
            f.part_of = root(f.part_of)
    return reindex_figures(figures, keep)


def _reference_link_revisions(figures, window=400):
    for i, old in enumerate(figures):
        if not old.superseded:
            continue
        best, dist = None, window + 1
        for j, new in enumerate(figures):
            if j == i or new.superseded or new.kind != old.kind or new.part_of is not None or new.count * 3 < old.count:
                continue  # (a toll of 32 is no earlier version of one death: blind78 en)
            d = abs(new.start - old.start)
            if d < dist:
                best, dist = j, d
        if best is not None:
            figures[best].revision = True
            if figures[best].previous_count is None:
                figures[best].previous_count = old.count


def _random_figures(rng, n):
    figs, pos = [], 0
    sentences = [(0, "Shelling kills 5 in Aleppo"), (300, "- Aleppo: 5 civilians"), (600, "- Idlib: 5 civilians"),
                 (900, "Later the toll rose to 14,227 people."), (1200, "More than 14,000 people were killed."),
                 (0, "- Headline list line: 5 dead"), (1500, "- Hama: 2 children")]  # list lines in the first sentence too
    for i in range(n):
        pos += rng.choice([0, 10, 40, 200, 700])
        ss, sentence = rng.choice(sentences)
        victims = rng.choice([None, "civilians", "other civilians", "children", "soldiers", "people"])
        cats = {None: [], "civilians": ["civilians"], "other civilians": ["civilians"], "children": ["children"],
                "soldiers": ["security_forces"], "people": ["unknown"]}[victims]
        figs.append(make_figure(" " * (pos + 10), rng.choice(["killed", "injured"]),
                                rng.choice([1, 2, 5, 5, 14000, 14227, 14000]), pos, pos + 5,
                                qualifier=rng.choice(["exact", "at_least", "more_than", "about"]),
                                victims=victims, victim_categories=cats,
                                place=rng.choice([None, None, "Aleppo", "Aleppo city", "aleppo", "Idlib", "Hama"]),
                                superseded=rng.random() < 0.15,
                                part_of=rng.choice([None, None, None, rng.randrange(i)]) if i else None,
                                manner=rng.choice([None, None, "shelling", "airstrike"])))
        figs[-1].sentence, figs[-1].sentence_start = sentence, ss
    for i, f in enumerate(figs):  # now and then a parent after its part ("three children were among 8 killed")
        if i + 1 < n and rng.random() < 0.1:
            f.part_of = rng.randrange(i + 1, n)
    return figs


@pytest.mark.parametrize("seed", range(100))
@pytest.mark.parametrize("small", [0, 48])
def test_indexed_merge_and_revision_links_equal_the_quadratic_definition(seed, small, monkeypatch):
    import copy
    import random

    from nlp.casualties import common
    from nlp.casualties.common import link_revisions, merge_restated

    monkeypatch.setattr(common, "_SMALL", small)  # 0: always the index; 48: the plain list for short bulletins

    rng = random.Random(seed)
    figs = _random_figures(rng, rng.randrange(1, 60))
    a, b = copy.deepcopy(figs), copy.deepcopy(figs)
    link_revisions(a)
    _reference_link_revisions(b)
    assert [f.to_dict() for f in a] == [f.to_dict() for f in b]
    assert [f.to_dict() for f in merge_restated(a)] == [f.to_dict() for f in _reference_merge(b)]


def test_the_day_of_a_statement_is_not_the_day_of_the_deaths():
    """"said on Wednesday that 1,383 had been killed ... since last Thursday": the window is the
    one the deaths happened in (it was the Wednesday of the statement, which kept two reports of
    the same running total from linking)."""
    from nlp import extract

    text = ("BEIRUT - A war monitor said on Wednesday that 1,383 civilians had been killed in western Syria "
            "since last Thursday.")
    (f,) = extract(text, lang="en", published="2025-03-13T07:00:00+00:00")
    assert (f.time.phrase, f.time.start, f.time.end) == ("since last Thursday", "2025-03-06", "2025-03-13")
    (g,) = extract("Rescuers said on Monday that 12 people were killed in the strike.", lang="en",
                   published="2025-03-13")
    assert g.time.start == "2025-03-10"  # the only time phrase: kept


def test_deobfuscation_pattern_matches_like_the_backtracking_one():
    """``_OBFUSCATED`` takes a word's letters possessively (no backtracking into the word, for
    speed): it matches exactly where the plain pattern does."""
    import random
    import re

    from nlp.casualties import common

    plain = re.compile(r"\b([A-Za-z]+)[*\u00ad\-]+([a-z]+)\b")
    pieces = ["kil", "led", "De", "ath", "pro", "regime", "x", "*", "-", "\u00ad", " ", "42", "_", "é"]
    rng = random.Random(5)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        assert [m.groups() for m in common._OBFUSCATED.finditer(text)] == [m.groups() for m in plain.finditer(text)]
