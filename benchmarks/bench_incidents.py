"""The incidents stage's cost: linking a store's figures into incidents, against reading them.

    .venv/bin/python benchmarks/bench_incidents.py              # 20,000 bulletins
    .venv/bin/python benchmarks/bench_incidents.py -n 2000      # a quick run

Generates N annotated bulletins over a year: events at eight Syrian towns, each reported by two
to four sources in English and Arabic over one to three days, a fifth revised in a second version,
and a running total in one bulletin of ten. Times ``build_incidents`` over all of them (what the
stage does each night: it rebuilds from every stored version) and, as the reference in the same
process, reading the same bulletins from their stored JSON (``Bulletin.from_json``), which the
stage must do anyway. Prints bulletins/s for both and their ratio.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from incidents import build_incidents  # noqa: E402
from tollwatch.records import Bulletin, CasualtyFigure, Place, TimeWindow  # noqa: E402

TOWNS = [("Ariha", 172994), ("Saraqib", 164816), ("Douma", 170592), ("Maarat al-Numan", 169389),
         ("al-Bab", 172515), ("Jisr al-Shughur", 169023), ("Khan Shaykhun", 168668), ("Manbij", 166365)]
SOURCES = ["sohr-en", "sohr-ar", "snhr", "wire-en", "enab-ar"]


def generate(n: int, seed: int = 7) -> list[Bulletin]:
    rnd = random.Random(seed)
    out: list[Bulletin] = []
    start = date(2024, 1, 1)
    i = 0
    while len(out) < n:
        town, gid = rnd.choice(TOWNS)
        day = start + timedelta(days=rnd.randrange(365))
        toll = rnd.randint(2, 60)
        for source in rnd.sample(SOURCES, rnd.randint(2, 4)):
            i += 1
            published = day + timedelta(days=rnd.randint(0, 2))
            count = toll + rnd.randint(0, max(1, toll // 3))
            geo = Place(name=town, country="SY", governorate="Idlib", precision="point", geonameid=gid)
            fig = CasualtyFigure(kind="killed", count=count, place=town, geo=geo, victim_categories=["civilians"],
                                 time=TimeWindow(phrase="on Tuesday", start=day.isoformat(), end=day.isoformat())
                                 if rnd.random() < 0.6 else None)
            b = Bulletin(source=source, url=f"https://example.org/{source}/{i}", text=f"bulletin {i}",
                         lang="ar" if source.endswith("ar") else "en", published=published.isoformat(),
                         fetched=f"{published.isoformat()}T20:00:00+00:00")
            b.casualties = [fig]
            if rnd.random() < 0.1:
                b.casualties.append(CasualtyFigure(kind="killed", count=rnd.randint(500, 5000), scope="cumulative",
                                                   time=TimeWindow(phrase="since the start of the year",
                                                                   start="2024-01-01", end=published.isoformat())))
            out.append(b)
            if rnd.random() < 0.2:
                v2 = Bulletin.from_dict(b.to_dict())
                v2.version, v2.text = 2, b.text + " (updated)"
                v2.fetched = f"{(published + timedelta(days=1)).isoformat()}T08:00:00+00:00"
                v2.casualties = [CasualtyFigure.from_dict({**fig.to_dict(), "count": count + rnd.randint(1, 5),
                                                           "revision": True})]
                out.append(v2)
    return out[:n]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", type=int, default=20000, help="bulletin versions (default 20,000)")
    args = parser.parse_args()
    bulletins = generate(args.n)
    stored = [b.to_json() for b in bulletins]
    t0 = time.perf_counter()
    read = [Bulletin.from_json(s) for s in stored]
    t_read = time.perf_counter() - t0
    t0 = time.perf_counter()
    incidents = build_incidents(read)
    t_link = time.perf_counter() - t0
    figures = sum(len(b.casualties) for b in read)
    linked = sum(len(i.figures) for i in incidents if len(i.figures) > 1)
    print(f"{len(read)} bulletin versions, {figures} figures -> {len(incidents)} incidents "
          f"({linked} figures in multi-figure incidents)")
    print(f"reference: reading the stored JSON   {len(read) / t_read:>9,.0f} bulletins/s ({t_read:.2f} s)")
    print(f"incidents: build_incidents           {len(read) / t_link:>9,.0f} bulletins/s ({t_link:.2f} s)")
    print(f"ratio (incidents / reference): {t_read / t_link:.2f}")


if __name__ == "__main__":
    main()
