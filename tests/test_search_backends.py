"""The same behavioural tests against both backends: the embedded SQLite store and a real
Elasticsearch node (portable profile: the test node has no analysis-common). What one finds, the
other finds (``test_backends_agree``)."""

from __future__ import annotations

import json

import pytest

from indexing import SearchQuery, index_pending
from indexing.elastic import ElasticsearchBackend
from indexing.embedded import EmbeddedBackend
from tests.test_index_data import corpus, fill_store, ids

BACKENDS = ["embedded", pytest.param("elasticsearch", marks=pytest.mark.elasticsearch)]


def make_backend(kind, tmp_path, request):
    if kind == "embedded":
        return EmbeddedBackend(tmp_path)
    url = request.getfixturevalue("es_url")
    prefix = request.getfixturevalue("es_prefix")
    return ElasticsearchBackend(url, prefix=prefix)


@pytest.fixture(params=BACKENDS)
def backend(request, tmp_path):
    be = make_backend(request.param, tmp_path, request)
    be.setup()
    yield be
    be.close()


@pytest.fixture
def loaded(backend, tmp_path):
    store = fill_store(tmp_path / "data")
    report = index_pending(store, backend)
    assert report.error is None and report.failed == 0 and report.indexed == 6, report.to_dict()
    backend.refresh()
    yield backend
    store.close()


V = {b.url + f"#{b.version}": b.version_id for b in corpus()}
ARIHA = V["https://www.syriahr.com/en/300001/#1"]
IDLIB_AR = V["https://www.syriahr.com/300002/#1"]
DARAA_ARRESTS = V["https://snhr.org/blog/2024/02/01/arrests-january/#1"]
BAB_V1 = V["https://www.syriahr.com/en/300004/#1"]
BAB_V2 = V["https://www.syriahr.com/en/300004/#2"]
MINE = V["https://www.syriahr.com/300005/#1"]


def test_portable_profile_on_the_test_node(loaded):
    if loaded.name == "elasticsearch":
        assert loaded.profile == "portable"  # the integ-test-zip node has no arabic analyzer


def test_english_query_ranks_and_highlights(loaded):
    hits = loaded.search(SearchQuery("children Ariha"))
    assert ids(hits) == [ARIHA]
    hit = hits[0]
    assert "<em>Ariha</em>" in hit.snippet and "<em>children</em>" in hit.snippet
    d = hit.to_dict()
    assert d["url"] == "https://www.syriahr.com/en/300001/" and d["source"] == "sohr-en" and d["lang"] == "en"
    assert d["title"] == "Civilians killed in shelling on Ariha" and d["date"].startswith("2024-03-10")
    json.dumps(d)


def test_every_word_must_match_and_title_counts_twice(loaded):
    assert ids(loaded.search(SearchQuery("Ariha Daraa"))) == []
    # "arrests" in the title of one bulletin and nowhere else; "arrest" (text) is another word
    assert ids(loaded.search(SearchQuery("arrests"))) == [DARAA_ARRESTS]


@pytest.mark.parametrize("query", ["ادلب", "إدلب", "إِدْلِب", "اِدلـــب", "مدينه ادلب", "مقتل ١٥", "مقتل 15"])
def test_arabic_query_matches_letter_variants_diacritics_and_digits(loaded, query):
    hits = loaded.search(SearchQuery(query))
    assert ids(hits) == [IDLIB_AR]
    assert "<em>" in hits[0].snippet and hits[0].snippet_field in ("text", "title")


def test_arabic_document_spelled_without_hamza_found_by_a_query_with_them(loaded):
    hits = loaded.search(SearchQuery("أشخاص خطيرة أرضي"))
    assert ids(hits) == [MINE]
    assert "<em>خطيره</em>" in hits[0].snippet  # the original spelling is shown, not the folded one


def test_snippet_shows_the_original_arabic(loaded):
    hit = loaded.search(SearchQuery("ادلب"))[0]
    assert "<em>إدلب</em>" in hit.snippet and "١٥" in hit.snippet


def test_english_query_finds_arabic_bulletin_through_its_translation(loaded):
    hits = loaded.search(SearchQuery("airstrikes"))
    assert ids(hits) == [IDLIB_AR]
    assert hits[0].snippet_field == "translation" and "<em>airstrikes</em>" in hits[0].snippet
    assert hits[0].lang == "ar"


def test_words_match_their_other_forms_through_stems(loaded):
    # English: "airstrike" finds "airstrikes" (the translation), "wounded" and "wound" alike
    hits = loaded.search(SearchQuery("airstrike"))
    assert ids(hits) == [IDLIB_AR] and "<em>airstrikes</em>" in hits[0].snippet
    assert ids(loaded.search(SearchQuery("recording arrests", lang="en"))) == [DARAA_ARRESTS]
    # Arabic: an article and a conjunction stripped (light stemming): "الغارات" finds "غارات"
    hits = loaded.search(SearchQuery("والغارات"))
    assert ids(hits) == [IDLIB_AR] and "<em>غارات</em>" in hits[0].snippet
    # the exact form ranks above a stem-only match
    ranked = ids(loaded.search(SearchQuery("killed")))
    assert ranked[0] == ARIHA  # "killed" in its title; the others only "killing" or nothing


def test_phrase(loaded):
    assert ids(loaded.search(SearchQuery('"main market"'))) == [BAB_V2]
    assert ids(loaded.search(SearchQuery('"market main"'))) == []


def test_latest_version_only_unless_asked(loaded):
    assert ids(loaded.search(SearchQuery("al-Bab"))) == [BAB_V2]
    hits = loaded.search(SearchQuery("al-Bab", all_versions=True))
    assert sorted(ids(hits)) == sorted([BAB_V1, BAB_V2])
    assert {h.version_id: h.latest for h in hits} == {BAB_V1: False, BAB_V2: True}
    assert ids(loaded.search(SearchQuery('"killing 8 people"', all_versions=True))) == [BAB_V1]
    assert ids(loaded.search(SearchQuery('"killing 8 people"'))) == []


def test_filters_language_source_dates(loaded):
    assert set(ids(loaded.search(SearchQuery(lang="ar")))) == {IDLIB_AR, MINE}
    assert set(ids(loaded.search(SearchQuery(source="snhr")))) == {DARAA_ARRESTS}
    assert set(ids(loaded.search(SearchQuery(since="2024-03-10")))) == {ARIHA, IDLIB_AR}
    # until is inclusive: the whole day of 2024-02-01
    assert set(ids(loaded.search(SearchQuery(until="2024-02-01")))) == {DARAA_ARRESTS, BAB_V2, MINE}
    assert set(ids(loaded.search(SearchQuery(since="2024-01-01", until="2024-01-31")))) == {BAB_V2}
    assert ids(loaded.search(SearchQuery("Syrian", lang="en", source="sohr-en"))) == [ARIHA]


def test_filter_only_search_is_newest_first(loaded):
    assert ids(loaded.search(SearchQuery())) == [IDLIB_AR, ARIHA, DARAA_ARRESTS, BAB_V2, MINE]


def test_kind_and_min_count(loaded):
    assert set(ids(loaded.search(SearchQuery(kind="killed", min_count=13)))) == {IDLIB_AR, BAB_V2}
    assert set(ids(loaded.search(SearchQuery(kind="detained")))) == {DARAA_ARRESTS}
    assert set(ids(loaded.search(SearchQuery(kind="injured", min_count=21)))) == set()
    hit = loaded.search(SearchQuery(kind="killed", min_count=10, source="sohr-en", since="2024-03-01"))[0]
    assert hit.version_id == ARIHA and [f["count"] for f in hit.figures] == [12]


def test_place_filter(loaded):
    assert set(ids(loaded.search(SearchQuery(place="Idlib")))) == {ARIHA, IDLIB_AR}
    assert set(ids(loaded.search(SearchQuery(place="Daraa")))) == {DARAA_ARRESTS, MINE}
    assert set(ids(loaded.search(SearchQuery(place="درعا")))) == {MINE}
    assert ids(loaded.search(SearchQuery("civilians", place="Aleppo"))) == []


def test_figure_search(loaded):
    hits = loaded.search_figures(SearchQuery(kind="killed", min_count=10, place="Idlib"))
    assert sorted((h.count, h.kind) for h in hits) == [(12, "killed"), (15, "killed")]
    ariha = next(h for h in hits if h.count == 12)
    d = ariha.to_dict()
    assert d["qualifier"] == "exact" and d["place"] == "Ariha" and d["governorate"] == "Idlib"
    assert d["date"].startswith("2024-03-10") and d["url"] == "https://www.syriahr.com/en/300001/"
    assert d["lat"] == pytest.approx(35.8126)
    more = loaded.search_figures(SearchQuery("injured", kind="injured"))
    assert [(h.count, h.qualifier) for h in more] == [(20, "more_than")]
    assert "<em>injured</em>" in more[0].snippet


def test_figure_search_arabic_and_through_translation(loaded):
    ar = loaded.search_figures(SearchQuery("مدنيا"))
    assert [h.count for h in ar] == [15] and "<em>مدنياً</em>" in ar[0].snippet
    en = loaded.search_figures(SearchQuery("airstrikes"))
    assert [h.count for h in en] == [15]


def test_superseded_versions_figures_not_latest(loaded):
    assert [h.count for h in loaded.search_figures(SearchQuery(place="al-Bab"))] == [14]
    assert sorted(h.count for h in loaded.search_figures(SearchQuery(place="al-Bab", all_versions=True))) == [8, 14]


def test_indexing_twice_never_duplicates(loaded, tmp_path):
    before = loaded.count()
    assert before == {"bulletins": 6, "figures": 8}
    result = loaded.index(corpus())
    assert len(result.indexed) == 6 and not result.failures
    loaded.refresh()
    assert loaded.count() == before
    assert ids(loaded.search(SearchQuery("al-Bab"))) == [BAB_V2]


def test_version_indexed_out_of_order_is_not_latest(backend):
    items = corpus()
    v1, v2 = items[3], items[4]
    backend.index([v2])
    backend.refresh()
    backend.index([v1])
    backend.refresh()
    assert ids(backend.search(SearchQuery("al-Bab"))) == [v2.version_id]


def test_figures_dropped_from_a_version_disappear_on_reindex(backend):
    b = corpus()[0]
    backend.index([b])
    backend.refresh()
    b.casualties = b.casualties[:1]
    backend.index([b])
    backend.refresh()
    assert backend.count() == {"bulletins": 1, "figures": 1}


def test_unparseable_published_date_fails_that_document_only(backend, tmp_path):
    items = corpus()[:3]
    items[1].published = "last Tuesday"
    store = fill_store(tmp_path / "d", items)
    report = index_pending(store, backend)
    assert report.indexed == 2 and report.failed == 1
    (failure,) = report.failures
    assert failure.version_id == items[1].version_id and "last Tuesday" in failure.reason
    assert failure.url == items[1].url
    # the failed version stays pending; fixed, it goes in on the next run
    assert [b.version_id for b in store.pending(f"index:{backend.name}")] == [items[1].version_id]
    fixed = store.get(items[1].bulletin_id)
    fixed.published = "2024-03-11"
    store.update_bulletin(fixed)
    again = index_pending(store, backend)
    assert again.indexed == 1 and again.failed == 0
    assert list(store.pending(f"index:{backend.name}")) == []
    assert index_pending(store, backend).indexed == 0
    store.close()


@pytest.mark.elasticsearch
def test_backends_agree(tmp_path, request):
    """What one backend finds, the other finds (same hits; same order where scores are clear)."""
    emb = EmbeddedBackend(tmp_path / "emb")
    es = ElasticsearchBackend(request.getfixturevalue("es_url"), prefix=request.getfixturevalue("es_prefix"))
    for be in (emb, es):
        be.setup()
        be.index(corpus())
        be.refresh()
    queries = [
        SearchQuery(t) for t in [
            "civilians", "Syrian Observatory", "ادلب", "مقتل", "درعا", "car bomb", '"death toll"', "children",
            "killed", "15", "١٥", "Idlib", "al-Bab", "people", "nothing-matches-this",
        ]
    ] + [
        SearchQuery(lang="en"), SearchQuery("Syrian", since="2024-02-01"), SearchQuery(kind="killed", min_count=5),
        SearchQuery(place="Daraa"), SearchQuery("Syrian", all_versions=True),
    ]
    for q in queries:
        a, b = emb.search(q), es.search(q)
        assert sorted(ids(a)) == sorted(ids(b)), q
        if len(a) > 0:
            assert [h.snippet for h in a if h.version_id == a[0].version_id] == \
                [h.snippet for h in b if h.version_id == a[0].version_id], q
        fa, fb = emb.search_figures(q), es.search_figures(q)
        assert sorted(h.figure_id for h in fa) == sorted(h.figure_id for h in fb), q
    emb.close()
    es.close()


# -- one query language: the same queries on both backends and in alert matching ---------------
LATEST = [b for b in corpus() if b.version_id != BAB_V1]
GRAMMAR = [
    # query, the latest versions it must find (by hand)
    ("shelled | airstrikes", {ARIHA, IDLIB_AR}),
    ("shelled OR airstrikes", {ARIHA, IDLIB_AR}),  # OR in capitals is |
    ("Syrian -children", {DARAA_ARRESTS}),
    ("Syrian -(children | arrest)", set()),
    ('Syrian -"human rights"', {ARIHA}),
    ("Syrian +Observatory", {ARIHA, IDLIB_AR}),
    ("civilian*", {ARIHA, IDLIB_AR}),
    ("checkp*", {DARAA_ARRESTS}),
    ('"main mark"*', {BAB_V2}),
    ("(bomb | mine) (Bab | درعا)", {BAB_V2}),
    ("bomb | لغم درعا", {MINE}),  # left to right: (bomb | لغم) درعا
    ("bomb | (لغم درعا)", {BAB_V2, MINE}),
    ("مدني* -درعا", {IDLIB_AR}),
    ("killing -ادلب", {ARIHA}),  # "killing" finds "killed" (stems); the Arabic one is excluded
]


@pytest.mark.parametrize("query, expected", GRAMMAR)
def test_query_language_on_both_backends_and_in_alert_matching(loaded, query, expected):
    from alerts.evaluate import bulletin_passes
    from alerts.rules import Rule

    assert set(ids(loaded.search(SearchQuery(query, limit=50)))) == expected, loaded.name
    rule = Rule(name="q", query=query)
    assert {b.version_id for b in LATEST if bulletin_passes(rule, b)} == expected, "alert matching"


@pytest.mark.parametrize("query", ["-children", "a | -b"])
def test_a_query_that_only_excludes_is_refused_everywhere(query, tmp_path):
    from alerts.rules import RulesError, parse_rules

    with pytest.raises(ValueError, match="needs a word that must match"):
        SearchQuery(query)
    with pytest.raises(RulesError, match="rule 'q'.*needs a word that must match"):
        parse_rules({"rules": [{"name": "q", "query": query}]})
