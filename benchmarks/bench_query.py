"""The query language's own cost: parsing and compiling a query, and matching alert rules' queries.

    .venv/bin/python benchmarks/bench_query.py            # 2,000 bulletins, 8 rule queries
    .venv/bin/python benchmarks/bench_query.py -n 500     # a quick run

* Alert matching: every rule's ``query`` on every bulletin (``alerts.evaluate.bulletin_passes``,
  what the alert stage does for each new bulletin version), relative to folding each bulletin's
  title, text and translation once (``indexing.text.fold``: the least any matcher of folded text
  must do), in the same process.
* Parsing and compiling a query to FTS5 and to Elasticsearch (cache off), relative to one search of
  the embedded store on a small index in the same process: the share of a search spent on the
  query language.

Best of 5 rounds each; the ratios are what to compare between runs and machines.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from indexing import SearchQuery  # noqa: E402
from indexing.query import parse, to_es, to_fts5  # noqa: E402
from indexing.text import fold  # noqa: E402
from tollwatch.records import Bulletin, CasualtyFigure, Translation  # noqa: E402

QUERIES = ["civilian* | children | مدنيين | أطفال", "shelling -children", '"death toll" | "toll rose"',
           "(airstrike | drone) Idlib", "killing", "قصف مدفعي", "landmine | لغم", "Observatory -(Daraa | درعا)"]
EN = ("The Syrian Observatory documented the death of {n} civilians, among them {c} children, in {cause} "
      "on the town of {place} on {day}. More than {w} people were injured and the death toll is expected to rise.")
AR = "وثق المرصد السوري مقتل {n} مدنيين بينهم {c} أطفال جراء {cause} على بلدة {place} صباح اليوم، وأصيب {w} آخرون."
CAUSES = ["artillery shelling", "an airstrike", "a drone strike", "a landmine explosion"]
CAUSES_AR = ["قصف مدفعي", "غارة جوية", "طائرة مسيرة", "انفجار لغم أرضي"]
PLACES = ["Idlib", "Ariha", "Daraa", "al-Bab", "Douma"]
PLACES_AR = ["إدلب", "أريحا", "درعا", "الباب", "دوما"]


def bulletins(n: int, seed: int = 1) -> list[Bulletin]:
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        k = rnd.randrange(4)
        nums = dict(n=rnd.randrange(2, 90), c=rnd.randrange(1, 9), w=rnd.randrange(3, 40))
        if i % 3 == 2:
            text = AR.format(cause=CAUSES_AR[k], place=rnd.choice(PLACES_AR), **nums)
            tr = EN.format(cause=CAUSES[k], place=rnd.choice(PLACES), day="Monday", **nums)
            b = Bulletin(source="sohr-ar", url=f"https://example.org/ar/{i}", text=text, lang="ar", title="مقتل مدنيين",
                         translation=Translation(text=tr, model="m", source_lang="ar"))
        else:
            text = EN.format(cause=CAUSES[k], place=rnd.choice(PLACES), day="Monday", **nums)
            b = Bulletin(source="sohr-en", url=f"https://example.org/en/{i}", text=text, lang="en",
                         title=f"Civilians killed in {CAUSES[k]}")
        b.published = f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}"
        b.casualties = [CasualtyFigure("killed", nums["n"], start=0, end=5, evidence=text[:5], sentence=text)]
        out.append(b)
    return out


def best(fn, rounds: int = 5) -> float:
    times = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=2000, help="bulletins (default 2000)")
    args = ap.parse_args()
    items = bulletins(args.n)

    from alerts.evaluate import bulletin_passes
    from alerts.rules import Rule

    rules = [Rule(name=f"r{i}", query=q) for i, q in enumerate(QUERIES)]

    def fold_only():
        for b in items:
            fold(b.title), fold(b.text), fold(b.translation.text if b.translation else None)

    def match_all():
        for b in items:
            for rule in rules:
                bulletin_passes(rule, b)

    t_fold, t_match = best(fold_only), best(match_all)
    print(f"alert matching, {len(rules)} rules: {len(items) / t_match:,.0f} bulletins/s; folding each once "
          f"{len(items) / t_fold:,.0f}/s; ratio {t_match / t_fold:.2f}")

    def compile_all():
        parse.cache_clear()
        for q in QUERIES:
            node = parse(q)
            to_fts5(node, "title body translation")
            to_es(node, ["search.title_*^2", "search.text_*", "search.translation_en"])

    from indexing.embedded import EmbeddedBackend

    with tempfile.TemporaryDirectory() as tmp:
        backend = EmbeddedBackend(Path(tmp))
        backend.setup()
        backend.index(items)
        queries = [SearchQuery(q) for q in QUERIES]

        def search_all():
            for q in queries:
                backend.search(q)

        t_compile, t_search = best(compile_all), best(search_all)
        backend.close()
    print(f"parse + compile: {len(QUERIES) / t_compile:,.0f} queries/s; embedded search ({args.n} bulletins) "
          f"{len(QUERIES) / t_search:,.0f} queries/s; compile / search {t_compile / t_search:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
