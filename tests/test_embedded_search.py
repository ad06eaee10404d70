"""How the embedded backend runs searches: searches without words walk the newest-first index and
stop at the limit; their hits are exactly what sorting every matching row gives. The query planner:
a query with a selective word is ranked by BM25 exactly as before; one that matches most rows
(every word common) is ordered newest first, and says so."""

from __future__ import annotations

import random

import pytest

from indexing import SearchQuery
from indexing.embedded import (
    BULLETIN_WEIGHTS, FIGURE_WEIGHTS, ORDER_NEWEST_COMMON, ORDER_RELEVANCE, EmbeddedBackend, fts_expression,
)
from indexing.query import parse
from tollwatch.records import Bulletin, CasualtyFigure


def corpus(n: int = 240) -> list[Bulletin]:
    """Our own short bulletins, with dates missing, shared and spread over years, some revised."""
    rnd = random.Random(3)
    out = []
    for i in range(n):
        killed = rnd.randint(1, 40)
        day = None if i % 17 == 0 else f"20{rnd.randint(18, 24)}-0{rnd.randint(1, 9)}-1{rnd.randint(0, 9)}"
        b = Bulletin(source=rnd.choice(["sohr-en", "snhr"]), url=f"https://example.org/{i}", lang="en",
                     title=f"{killed} killed in shelling", published=day,
                     text=f"{killed} people were killed and {i % 7} injured in shelling on a village.")
        b.casualties = [CasualtyFigure(kind="killed", count=killed, sentence=b.text)]
        if i % 7:
            b.casualties.append(CasualtyFigure(kind="injured", count=i % 7, sentence=b.text))
        out.append(b)
        if i % 10 == 0:  # a revised toll
            v2 = Bulletin.from_dict(b.to_dict())
            v2.version = 2
            v2.casualties[0].count = killed + 5
            out.append(v2)
    return out


@pytest.fixture(scope="module")
def backend(tmp_path_factory):
    be = EmbeddedBackend(tmp_path_factory.mktemp("search"))
    be.setup()
    items = corpus()
    assert not be.index(items).failures
    yield be
    be.close()


def reference_order(backend: EmbeddedBackend, table: str, key: str, where: str, args: list) -> list[int]:
    """Every row passing ``where``, sorted in Python: newest first, undated last, then by id."""
    rows = backend.db.execute(f"SELECT id, published, {key} FROM {table} WHERE {where}", args).fetchall()
    rows.sort(key=lambda r: r[2])
    rows.sort(key=lambda r: r[1] or "", reverse=True)
    rows.sort(key=lambda r: r[1] is None)
    return [r[0] for r in rows]


@pytest.mark.parametrize("query, where, args", [
    (SearchQuery(kind="killed", min_count=20), "latest=1 AND max_killed>=?", [20]),
    (SearchQuery(source="snhr", since="2021-01-01"), "latest=1 AND source=? AND published>=?",
     ["snhr", "2021-01-01T00:00:00Z"]),
    (SearchQuery(kind="injured", all_versions=True, limit=50), "max_injured IS NOT NULL", []),
])
def test_searches_without_words_are_newest_first_as_a_full_sort(backend, query, where, args):
    hits = backend.search(query)
    expected = reference_order(backend, "bulletins", "version_id", where, args)[:query.limit]
    got = [r[0] for r in backend.db.execute(
        f"SELECT id FROM bulletins WHERE version_id IN ({','.join('?' * len(hits))})", [h.version_id for h in hits])]
    by_vid = {r[1]: r[0] for r in backend.db.execute("SELECT id, version_id FROM bulletins")}
    assert [by_vid[h.version_id] for h in hits] == expected and sorted(got) == sorted(expected)
    assert len(hits) == min(query.limit, len(reference_order(backend, "bulletins", "version_id", where, args)))


def test_figure_searches_without_words_are_newest_first_as_a_full_sort(backend):
    query = SearchQuery(kind="killed", min_count=30, limit=25)
    hits = backend.search_figures(query)
    expected = reference_order(backend, "figures", "figure_id", "latest=1 AND kind=? AND count>=?", ["killed", 30])
    ids = {r[1]: r[0] for r in backend.db.execute("SELECT id, figure_id FROM figures")}
    assert [ids[h.figure_id] for h in hits] == expected[:25] and len(hits) == 25


def test_the_newest_first_index_is_what_runs(backend):
    plan = " ".join(r[3] for r in backend.db.execute(
        "EXPLAIN QUERY PLAN SELECT b.id FROM bulletins b WHERE b.latest=1 AND b.max_killed>=?"
        " ORDER BY b.published IS NULL, b.published DESC, b.version_id LIMIT 10", [5]))
    assert "bulletins_newest" in plan and "TEMP B-TREE" not in plan


# -- the query planner ------------------------------------------------------------------------
CAUSES = ["shelling", "an airstrike", "a landmine", "sniper fire"]


def varied(n: int = 240, start: int = 0) -> list[Bulletin]:
    """Our own bulletins: every one says "killed" and "village"; a quarter each name a cause;
    "convoy" only in the oldest ones (2018-2019); lengths vary so BM25 has something to rank."""
    rnd = random.Random(11 + start)
    out = []
    for i in range(start, start + n):
        killed = rnd.randint(1, 40)
        year = 2018 + (i * 7) // n % 7
        day = None if i % 19 == 0 else f"{year}-0{rnd.randint(1, 9)}-1{rnd.randint(0, 9)}"
        cause = CAUSES[i % 4]
        extra = " A convoy was hit on the road." if year < 2020 else ""
        text = (f"{killed} people were killed in {cause} on a village." + extra
                + " Residents fled the village." * rnd.randint(0, 3))
        b = Bulletin(source=rnd.choice(["sohr-en", "snhr"]), url=f"https://example.org/p/{i}", lang="en",
                     title=f"{killed} killed in {cause}", published=day, text=text)
        b.casualties = [CasualtyFigure(kind="killed", count=killed, sentence=text)]
        out.append(b)
    return out


@pytest.fixture(scope="module")
def planned(tmp_path_factory):
    be = EmbeddedBackend(tmp_path_factory.mktemp("planned"))
    be.setup()
    assert not be.index(varied()).failures
    be.rank_all_below = 0  # plan as on a large store (the default leaves small stores ranked)
    yield be
    be.close()


def bm25_reference(backend, table: str, alias: str, key: str, weights, query: SearchQuery) -> list[str]:
    """The ranking every search with words used before the planner: BM25 over every match."""
    match = fts_expression(parse(query.text), "title body translation" if table == "bulletins"
                           else "sentence translation", None)
    w = ", ".join(str(x) for x in weights)
    rows = backend.db.execute(
        f"SELECT {alias}.{key} FROM {table}_fts JOIN {table} {alias} ON {alias}.id = {table}_fts.rowid"
        f" WHERE {table}_fts MATCH ? AND {alias}.latest=1 ORDER BY -bm25({table}_fts, {w}) DESC,"
        f" {alias}.published IS NULL, {alias}.published DESC, {alias}.{key} LIMIT ?", [match, query.limit])
    return [r[0] for r in rows]


@pytest.mark.parametrize("text", ["airstrike", "landmine village", '"sniper fire"', "convoy killed", "shelling | airstrike",
                                  "killed | airstrike"])
def test_a_selective_word_keeps_the_bm25_ranking(planned, text):
    query = SearchQuery(text, limit=15)
    assert [h.version_id for h in planned.search(query)] == bm25_reference(
        planned, "bulletins", "b", "version_id", BULLETIN_WEIGHTS, query)
    assert planned.ordering == ORDER_RELEVANCE
    assert [h.figure_id for h in planned.search_figures(query)] == bm25_reference(
        planned, "figures", "f", "figure_id", FIGURE_WEIGHTS, query)
    assert planned.ordering == ORDER_RELEVANCE


def newest_matching(backend, text: str, where: str = "latest=1", args=()) -> list[int]:
    match = fts_expression(parse(text), "title body translation", None)
    ids = {r[0] for r in backend.db.execute("SELECT rowid FROM bulletins_fts WHERE bulletins_fts MATCH ?", [match])}
    return [i for i in reference_order(backend, "bulletins", "version_id", where, list(args)) if i in ids]


def hit_ids(backend, hits) -> list[int]:
    by_vid = {r[1]: r[0] for r in backend.db.execute("SELECT id, version_id FROM bulletins")}
    return [by_vid[h.version_id] for h in hits]


@pytest.mark.parametrize("query, where, args", [
    (SearchQuery("killed"), "latest=1", []),
    (SearchQuery("village killed", limit=30), "latest=1", []),
    (SearchQuery("village -airstrike"), "latest=1", []),  # an excluded word does not count
    (SearchQuery("killed", source="snhr", since="2021-01-01"), "latest=1 AND source=? AND published>=?",
     ["snhr", "2021-01-01T00:00:00Z"]),
])
def test_common_words_only_are_newest_first_and_say_so(planned, query, where, args):
    hits = planned.search(query)
    assert planned.ordering == ORDER_NEWEST_COMMON
    assert hit_ids(planned, hits) == newest_matching(planned, query.text, where, args)[:query.limit]


@pytest.mark.parametrize("query, where, args", [
    (SearchQuery("convoy", limit=10), "latest=1", []),
    (SearchQuery("convoy", source="snhr", limit=3), "latest=1 AND source=?", ["snhr"]),
    (SearchQuery("convoy | airstrike", since="2019-01-01", limit=4), "latest=1 AND published>=?",
     ["2019-01-01T00:00:00Z"]),
])
def test_words_the_newest_rows_lack_still_give_the_newest_matches(tmp_path, query, where, args):
    """A word counted common that the newest rows lack ("convoy" is only in the oldest bulletins):
    the newest window holds too few matches, so every match is read and sorted; the hits are
    still the newest matching ones."""
    be = EmbeddedBackend(tmp_path)
    be.setup()
    be.index(varied())
    be.rank_all_below, be.common_share = 0, 0.1
    hits = be.search(query)
    assert be.ordering == ORDER_NEWEST_COMMON
    expected = newest_matching(be, query.text, where, args)
    assert hit_ids(be, hits) == expected[:query.limit] and len(hits) == query.limit
    be.close()


def test_small_stores_are_always_ranked(tmp_path):
    be = EmbeddedBackend(tmp_path)
    be.setup()
    be.index(varied(60))
    be.search(SearchQuery("killed"))
    assert be.ordering == ORDER_RELEVANCE  # 60 matches: ranking them all is cheap
    be.close()


def test_the_plan_follows_the_index_as_it_grows(tmp_path):
    """Match counts are cached until the index changes: a word that becomes common changes the plan."""
    be = EmbeddedBackend(tmp_path)
    be.setup()
    be.rank_all_below = 0
    be.index(varied(40))
    be.search(SearchQuery("ambush"))
    assert be.ordering == ORDER_RELEVANCE
    more = varied(80, start=40)
    for b in more:
        b.text += " An ambush followed."
    be.index(more)
    be.search(SearchQuery("ambush"))
    assert be.ordering == ORDER_NEWEST_COMMON
    other = EmbeddedBackend(tmp_path)  # another connection's writes count too
    other.rank_all_below = 0
    other.search(SearchQuery("ambush"))
    assert other.ordering == ORDER_NEWEST_COMMON
    be.close()
    other.close()


def test_a_reopened_index_plans_the_same(tmp_path):
    """The planner keeps nothing in the index (no schema change: an index built before it is
    searched as is); a new connection counts again and plans the same."""
    be = EmbeddedBackend(tmp_path)
    be.setup()
    be.index(varied(120))
    before = [h.version_id for h in be.search(SearchQuery("airstrike"))]
    be.close()
    reopened = EmbeddedBackend(tmp_path)
    reopened.rank_all_below = 0
    assert [h.version_id for h in reopened.search(SearchQuery("airstrike"))] == before
    assert reopened.ordering == ORDER_RELEVANCE
    assert reopened.search(SearchQuery("killed")) and reopened.ordering == ORDER_NEWEST_COMMON
    assert reopened.search_figures(SearchQuery("village")) and reopened.ordering == ORDER_NEWEST_COMMON
    reopened.close()


def test_the_cli_says_when_hits_are_newest_first(planned):
    from cli.commands.search import ordering_note

    hits = planned.search(SearchQuery("killed village"))
    assert ordering_note(planned, hits) == ("ordered newest first: every word of the query is in most bulletins"
                                            " (docs/query.md)")
    figures = planned.search_figures(SearchQuery("killed"))
    assert ordering_note(planned, figures).endswith("in most figures (docs/query.md)")
    assert ordering_note(planned, planned.search(SearchQuery("airstrike"))) is None
    assert ordering_note(planned, planned.search(SearchQuery(kind="killed"))) is None
