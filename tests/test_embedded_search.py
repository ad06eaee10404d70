"""How the embedded backend runs searches: searches without words walk the newest-first index and
stop at the limit; their hits are exactly what sorting every matching row gives."""

from __future__ import annotations

import random

import pytest

from indexing import SearchQuery
from indexing.embedded import EmbeddedBackend
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
