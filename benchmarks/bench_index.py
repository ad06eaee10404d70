"""Bulk indexing throughput and search latency, embedded SQLite FTS5 and Elasticsearch side by side.

    .venv/bin/python benchmarks/bench_index.py            # 100,000 bulletins
    .venv/bin/python benchmarks/bench_index.py -n 5000    # a quick run
    .venv/bin/python benchmarks/bench_index.py --embedded-dir /tmp/bench-110k   # build once, re-use after

Generates N bulletins (English and Arabic, ~500 characters, 1-3 casualty figures each, a tenth of
them with a second version), indexes them in batches of 500 into each backend (the way
``index_pending`` does) and runs a fixed mix of searches (words, Arabic variants, phrases,
filters, figures: ``QUERY_MIX``, 14 queries in five classes, each run as a bulletin search and as a
figure search), on both backends interleaved query by query so that both meet the same load on a
shared machine. Reports documents/s and p50/p95 latency per backend (and per class of query; for
the embedded store, how each query's hits were ordered: ``relevance`` or ``newest, common words``)
and, as the reference the numbers are relative to, the rate of building the documents alone
(folding + JSON) in the same process. Writes ``benchmarks/results/index.json``. Elasticsearch: ``TOLLWATCH_ES_URL`` if set, else a node started like the test suite's
(``scripts/install-elasticsearch`` must have run), with a 1 GB heap; portable profile there.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from indexing import SearchQuery  # noqa: E402
from indexing.documents import bulletin_document, figure_documents  # noqa: E402
from tollwatch.records import Bulletin, CasualtyFigure, Place, Translation  # noqa: E402

PLACES = [("Idlib", "Idlib", 35.93, 36.63, "إدلب"), ("Ariha", "Idlib", 35.81, 36.61, "أريحا"),
          ("Daraa", "Daraa", 32.62, 36.10, "درعا"), ("al-Bab", "Aleppo", 36.37, 37.52, "الباب"),
          ("Deir ez-Zor", "Deir ez-Zor", 35.33, 40.14, "دير الزور"), ("Douma", "Rif Dimashq", 33.57, 36.40, "دوما"),
          ("Homs", "Homs", 34.73, 36.72, "حمص"), ("Raqqa", "Raqqa", 35.95, 39.01, "الرقة")]
CAUSES_EN = ["artillery shelling", "an airstrike", "a drone strike", "a landmine explosion", "sniper fire", "clashes"]
CAUSES_AR = ["قصف مدفعي", "غارة جوية", "استهداف بطائرة مسيرة", "انفجار لغم أرضي", "رصاص قناص", "اشتباكات"]
FILLER_EN = ("Sources reported that ambulances transported the wounded to nearby hospitals, while "
             "residents of the area fled towards safer villages amid fears of further attacks. ")
FILLER_AR = "وأفادت مصادر بنقل الجرحى إلى المشافي القريبة، فيما نزح أهالٍ نحو قرى أكثر أمناً خشية تجدد القصف. "
AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def generate(n: int, seed: int = 7) -> list[Bulletin]:
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        place, gov, lat, lon, place_ar = rnd.choice(PLACES)
        killed, injured = rnd.randint(1, 60), rnd.randint(0, 90)
        day = f"20{rnd.randint(15, 24):02d}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
        geo = Place(name=place, lat=lat, lon=lon, country="SY", governorate=gov, precision="point")
        cause = rnd.randrange(len(CAUSES_EN))
        if rnd.random() < 0.5:
            text = (f"The Syrian Observatory documented the death of {killed} people, among them civilians, in "
                    f"{CAUSES_EN[cause]} on {place} in {gov} governorate, and {injured} others were injured. "
                    + FILLER_EN * rnd.randint(1, 3))
            b = Bulletin(source=rnd.choice(["sohr-en", "snhr"]), url=f"https://example.org/en/{i}", lang="en",
                         title=f"{killed} killed in {CAUSES_EN[cause]} on {place}", published=day, text=text)
        else:
            k = str(killed).translate(AR_DIGITS) if rnd.random() < 0.5 else str(killed)
            text = (f"وثّق المرصد السوري مقتل {k} أشخاص بينهم مدنيون جراء {CAUSES_AR[cause]} على {place_ar} "
                    f"في محافظة {place_ar}، وإصابة {injured} آخرين بجروح. " + FILLER_AR * rnd.randint(1, 3))
            tr = (f"The Syrian Observatory documented the killing of {killed} people including civilians in "
                  f"{CAUSES_EN[cause]} on {place}, and {injured} others were wounded.")
            b = Bulletin(source="sohr-ar", url=f"https://example.org/ar/{i}", lang="ar",
                         title=f"مقتل {k} أشخاص في {place_ar}", published=day, text=text,
                         translation=Translation(text=tr, model="bench", source_lang="ar"))
        b.casualties = [CasualtyFigure(kind="killed", count=killed, place=place, geo=geo, sentence=text[:200])]
        if injured:
            b.casualties.append(CasualtyFigure(kind="injured", count=injured, place=place, geo=geo, sentence=text[:200]))
        out.append(b)
        if rnd.random() < 0.1:  # a revised toll: version 2 at the same URL
            v2 = Bulletin.from_dict(b.to_dict())
            v2.version = 2
            v2.text = text.replace(str(killed), str(killed + 3), 1)
            v2.casualties[0].count = killed + 3
            out.append(v2)
    return out


# The query mix, by class (each query is run as a bulletin search and as a figure search):
QUERY_MIX: dict[str, list[SearchQuery]] = {
    # words in most bulletins (English text and Arabic bulletins' translations): every match ranked
    "common words": [SearchQuery("civilians"), SearchQuery("Observatory killing", lang="ar")],
    # Arabic letter variants and digits (إدلب / ادلب), an Arabic phrase in half the corpus
    "arabic": [SearchQuery("إدلب"), SearchQuery("ادلب"), SearchQuery("مقتل مدنيون")],
    # rarer words and a phrase
    "words and phrases": [SearchQuery("airstrike Idlib"), SearchQuery('"landmine explosion"'),
                          SearchQuery("sniper", lang="en")],
    # filters: dates, source, place words
    "filters": [SearchQuery("drone", since="2020-01-01", until="2021-12-31"), SearchQuery("shelling", place="Daraa"),
                SearchQuery(source="snhr", since="2023-01-01")],
    # figure filters: a kind with a minimum count, alone and with words (English and Arabic)
    "figure filters": [SearchQuery(kind="killed", min_count=50), SearchQuery("airstrike", kind="killed", min_count=20),
                       SearchQuery("مدنيون", kind="injured", min_count=40)],
}
QUERIES = [q for qs in QUERY_MIX.values() for q in qs]


def reference_rate(items: list[Bulletin]) -> float:
    t = time.perf_counter()
    for b in items:
        json.dumps(bulletin_document(b, "2024-01-01T00:00:00Z"), ensure_ascii=False)
        for f in figure_documents(b, "2024-01-01T00:00:00Z"):
            json.dumps(f, ensure_ascii=False)
    return len(items) / (time.perf_counter() - t)


def build(backend, items: list[Bulletin], built: bool = False) -> dict:
    """Index ``items`` in batches of 500 (unless ``built``: the backend already holds them)."""
    backend.setup()
    if built:
        return {"docs_per_s": None}
    t = time.perf_counter()
    for i in range(0, len(items), 500):
        result = backend.index(items[i : i + 500])
        assert not result.failures, result.failures[:3]
    backend.refresh()
    return {"docs_per_s": round(len(items) / (time.perf_counter() - t))}


def time_searches(backends: dict, rounds: int) -> dict:
    """Run the query mix ``rounds`` times on every backend, interleaved query by query (the order of
    the backends alternates from round to round), so that both meet the same load on a shared machine."""
    for be in backends.values():  # one warm-up round: the first search of a freshly opened index reads it from disk
        for q in QUERIES:
            be.search(q)
            be.search_figures(q)
    lat = {n: [] for n in backends}
    lat_fig = {n: [] for n in backends}
    by_class = {n: {c: [] for c in QUERY_MIX} for n in backends}
    orderings: dict[str, str] = {}
    names = list(backends)
    for r in range(rounds):
        for cls, queries in QUERY_MIX.items():
            for q in queries:
                for name in (names if r % 2 == 0 else names[::-1]):
                    be = backends[name]
                    t = time.perf_counter()
                    be.search(q)
                    lat[name].append((time.perf_counter() - t) * 1000)
                    order = getattr(be, "ordering", None)
                    t = time.perf_counter()
                    be.search_figures(q)
                    lat_fig[name].append((time.perf_counter() - t) * 1000)
                    by_class[name][cls] += [lat[name][-1], lat_fig[name][-1]]
                    if order and r == 0:
                        orderings[f"{q.text!r} {q.lang or ''} {q.kind or ''} {q.min_count or ''}".strip()] = (
                            f"{order} / figures: {be.ordering}")

    def pct(xs, p):
        return round(statistics.quantiles(xs, n=100)[p - 1], 1)

    out = {n: {"search_p50_ms": pct(lat[n], 50), "search_p95_ms": pct(lat[n], 95),
               "figures_p50_ms": pct(lat_fig[n], 50), "figures_p95_ms": pct(lat_fig[n], 95),
               "all_p50_ms": pct(lat[n] + lat_fig[n], 50), "all_p95_ms": pct(lat[n] + lat_fig[n], 95),
               "p50_ms_by_class": {c: pct(xs, 50) for c, xs in by_class[n].items()},
               "p95_ms_by_class": {c: pct(xs, 95) for c, xs in by_class[n].items()},
               "count": backends[n].count()} for n in backends}
    if orderings:
        out["embedded_orderings"] = orderings
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=100_000, help="bulletins to generate (default 100000)")
    ap.add_argument("--rounds", type=int, default=20, help="times the query mix is run (default 20)")
    ap.add_argument("--only", choices=["embedded", "elasticsearch"], help="one backend only")
    ap.add_argument("--embedded-dir", type=Path,
                    help="keep the embedded index in this directory and re-use it when it already holds the"
                         " same corpus (no indexing rate then): the 110k corpus takes minutes to build")
    args = ap.parse_args()
    import signal

    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # so the node started below is stopped
    from indexing.elastic import ElasticsearchBackend
    from indexing.embedded import EmbeddedBackend

    items = generate(args.n)
    print(f"{len(items)} versions of {args.n} bulletins, {sum(len(b.casualties) for b in items)} figures")
    ref = reference_rate(items[: min(len(items), 5000)])
    results = {"reference_build_docs_per_s": round(ref)}
    db_mb = None
    tmp = Path(tempfile.mkdtemp(prefix="tollwatch-bench-"))
    backends: dict = {}
    node = None
    try:
        if args.only in (None, "embedded"):
            where = args.embedded_dir or tmp
            be = backends["embedded"] = EmbeddedBackend(where)
            built = bool(args.embedded_dir) and be.count()["bulletins"] == len(items)
            if args.embedded_dir and not built and be.count()["bulletins"]:
                print(f"{where} holds another corpus: pass an empty directory", file=sys.stderr)
                return 2
            results["embedded"] = build(be, items, built=built)
            results["embedded"]["reused_index"] = built
            db_mb = round(sum(f.stat().st_size for f in where.iterdir() if f.is_file()) / 1e6)
        if args.only in (None, "elasticsearch"):
            url = os.environ.get("TOLLWATCH_ES_URL")
            if not url:
                from tests.fixtures.es_node import ElasticsearchNode

                node = ElasticsearchNode(heap="1g").start()
                url = node.url
            be = backends["elasticsearch"] = ElasticsearchBackend(url, prefix=f"bench-{uuid.uuid4().hex[:6]}-")
            results["elasticsearch"] = build(be, items)
            results["elasticsearch"]["profile"] = be.profile
            stats = be.es.indices.stats(index=",".join(be.aliases.values()))
            results["elasticsearch"]["store_mb"] = round(stats["_all"]["primaries"]["store"]["size_in_bytes"] / 1e6)
        load_before = os.getloadavg()[0]
        timed = time_searches(backends, args.rounds)
        load_after = os.getloadavg()[0]
        for name in backends:
            results[name].update(timed[name])
        if "embedded_orderings" in timed:
            results["embedded"]["orderings"] = timed["embedded_orderings"]
    finally:
        for be in backends.values():
            be.close()
        if node:
            node.stop()
    import shutil

    shutil.rmtree(tmp, ignore_errors=True)
    if "embedded" in results:
        results["embedded"]["db_mb"] = db_mb
    for name in ("embedded", "elasticsearch"):
        if name in results:
            if results[name]["docs_per_s"]:
                results[name]["rate_vs_reference"] = round(results[name]["docs_per_s"] / ref, 3)
    results["machine"] = {"cores": os.cpu_count(), "n": args.n, "rounds": args.rounds,
                          "load_average_1min_while_searching": [round(load_before, 2), round(load_after, 2)]}
    if "embedded" in results and "elasticsearch" in results:
        results["embedded_vs_elasticsearch_p95"] = round(
            results["embedded"]["all_p95_ms"] / results["elasticsearch"]["all_p95_ms"], 2)
    (ROOT / "benchmarks" / "results").mkdir(parents=True, exist_ok=True)
    (ROOT / "benchmarks" / "results" / "index.json").write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n")
    print(json.dumps(results, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
