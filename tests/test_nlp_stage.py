"""The nlp stage on every core: the same records from worker processes as from one process,
failures counted and retried, spaCy batched across bulletins, place lookups pruned without
losing a name, and no torch import when no torch model is configured."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from nlp.annotate import annotate, annotate_many
from nlp.models import Components, load_components
from nlp.places import _TOKEN, Gazetteer, Match, _contiguous, _ok_in_running_text
from pipeline.stages import NLP_STAGE, PROCESS_CHUNK, process_stage
from store import Store
from tollwatch.records import Bulletin

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = sorted((ROOT / "tests" / "data" / "bulletins").glob("*/*.json"))


def fixture_bulletins(n: int) -> list[Bulletin]:
    """``n`` of the annotated test bulletins (English and Arabic, alternating), as crawled."""
    en = [f for f in FIXTURES if f.parent.name == "en"]
    ar = [f for f in FIXTURES if f.parent.name == "ar"]
    files = [f for pair in zip(en, ar) for f in pair][:n]
    out = []
    for i, f in enumerate(files):
        d = json.loads(f.read_text(encoding="utf-8"))
        out.append(Bulletin(source=d.get("source") or "fixture", url=f"http://127.0.0.1:9/{i}/{f.stem}",
                            text=d["text"], title=d.get("title"), published=d.get("published")))
    return out


@pytest.fixture(scope="module")
def components() -> Components:
    return load_components({"translation_model": None, "ner_model": None}, log_missing=False)


class CrashOn:
    """An extractor (sent to the worker processes, so a class, not a closure) that finds nothing
    and raises on the bulletin ``text``; a worker process (not ``die_outside``) dies on it instead."""

    def __init__(self, text: str, die_outside: int | None = None) -> None:
        self.text, self.die_outside = text, die_outside

    def __call__(self, text, lang=None, published=None):
        import os

        if text == self.text:
            if self.die_outside is not None and os.getpid() != self.die_outside:
                os._exit(3)  # the worker dies (killed, out of memory...)
            raise RuntimeError("extractor crashed")
        return []


BUSY = threading.Lock()  # held for a moment by another thread while the stage starts its workers


def extract_under_lock(text, lang=None, published=None):
    """An extractor that needs ``BUSY`` (as the real one needs a stream's or a library's locks)."""
    with BUSY:
        return []


def stored(tmp: Path, bulletins: list[Bulletin]) -> Store:
    store = Store(tmp)
    for b in bulletins:
        store.save_bulletin(Bulletin.from_dict(b.to_dict()))
    return store


def records(store: Store) -> dict[str, str]:
    return {b.version_id: b.to_json() for b in store.bulletins()}


def test_worker_processes_write_the_same_records_as_one_process(tmp_path, components):
    bulletins = fixture_bulletins(4 * PROCESS_CHUNK + 3)  # several chunks, the last one short
    serial = stored(tmp_path / "serial", bulletins)
    parallel = stored(tmp_path / "parallel", bulletins)
    seen: list[int] = []
    r1 = process_stage(serial, components=components, processes=1)
    r2 = process_stage(parallel, components=components, processes=2, progress=seen.append)
    assert r1.processed == r2.processed == len(bulletins) and r1.failed == r2.failed == 0
    assert r1.figures_by_kind == r2.figures_by_kind and sum(r1.figures_by_kind.values()) > 0
    assert records(serial) == records(parallel)
    assert seen == list(range(1, len(bulletins) + 1))
    assert not list(parallel.pending(NLP_STAGE))
    # and the same as annotating one bulletin at a time
    one = {b.version_id: annotate(b, components).to_json() for b in serial.bulletins()}
    assert one == records(serial)


def test_workers_start_clean_while_another_thread_holds_a_lock(tmp_path, monkeypatch):
    # A worker forked while a thread of this process held a lock (a crawl's progress thread, an
    # Airflow or test server thread) inherited it locked, with no thread left to release it, and
    # hung: the full suite and a DAG run stalled there. Workers are spawned now.
    import pipeline.stages as stages

    monkeypatch.setattr(stages, "WORKER_TIMEOUT", 60)
    bulletins = fixture_bulletins(4 * PROCESS_CHUNK)
    store = stored(tmp_path, bulletins)
    held = threading.Event()

    def hold_a_moment():
        with BUSY:
            held.set()
            time.sleep(2)

    holder = threading.Thread(target=hold_a_moment, daemon=True)
    holder.start()
    held.wait()
    report = process_stage(store, components=Components(extract=extract_under_lock), processes=2)
    holder.join()
    assert report.failed == 0 and report.processed == len(bulletins)


def test_a_bulletin_that_breaks_in_a_worker_is_counted_and_retried(tmp_path):
    bulletins = fixture_bulletins(3 * PROCESS_CHUNK)
    store = stored(tmp_path, bulletins)
    bad = bulletins[PROCESS_CHUNK + 1].text
    report = process_stage(store, components=Components(extract=CrashOn(bad)), processes=2)
    assert report.processed == len(bulletins) - 1 and report.failed == 1
    assert report.failures == {"RuntimeError: extractor crashed": 1}
    assert [b.text for b in store.pending(NLP_STAGE)] == [bad]  # retried next run
    assert process_stage(store, components=Components(), processes=2).processed == 1


def test_annotate_many_reports_failures_and_goes_on(components):
    bulletins = fixture_bulletins(5)
    broken = Bulletin(source="x", url="http://127.0.0.1:9/broken", text="12 people were killed.")

    def extractor(text, lang=None, published=None):
        if text == broken.text:
            raise ValueError("no")
        from nlp import extract

        return extract(text, lang=lang, published=published)

    comp = Components(spacy_en=components.spacy_en, gazetteer=components.gazetteer, patterns=components.patterns,
                      extract=extractor)
    failures = []
    out = list(annotate_many(bulletins[:2] + [broken] + bulletins[2:], comp, chunk_size=4,
                             on_error=lambda b, exc: failures.append((b.url, str(exc)))))
    assert failures == [(broken.url, "no")]
    assert [b.to_json() for b in out] == [annotate(b, comp).to_json() for b in bulletins]
    with pytest.raises(ValueError):
        list(annotate_many([broken], comp))


def test_spacy_prefetched_entities_are_those_of_one_call(components):
    sp = components.spacy_en
    text = ("Russian warplanes struck Maarat al-Numan on Monday, the Syrian Observatory said.\n\n"
            "Ahmed al-Hassan, a doctor in Idlib, told Reuters that 12 people had died.")
    spans = [(0, text.index("\n")), (text.index("Ahmed"), len(text))]
    alone = sp.pipe(text, spans)
    sp.prefetch([text[a:b] for a, b in spans] + ["Another text about Aleppo."])
    batched = sp.pipe(text, spans)
    sp.forget()
    assert [(e.text, e.label, e.start, e.end) for e in alone] == [(e.text, e.label, e.start, e.end) for e in batched]
    assert alone and not sp._ahead


def reference_find(gaz: Gazetteer, text: str, strict: bool) -> list[Match]:
    """``Gazetteer.find`` as it was before lookups were pruned: every span of up to
    ``max_tokens`` words looked up, longest first."""
    toks = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    out, i = [], 0
    while i < len(toks):
        found = None
        for n in range(min(gaz.max_tokens, len(toks) - i), 0, -1):
            start, end = toks[i][0], toks[i + n - 1][1]
            if not _contiguous(text, toks[i:i + n]):
                continue
            surface = text[start:end]
            entries, cut = gaz._lookup_surface_uncached(surface)
            if not entries or (strict and not _ok_in_running_text(surface[cut:])):
                continue
            found = Match(start + cut, end, text[start + cut:end], entries)
            i += n
            break
        if found:
            out.append(found)
        else:
            i += 1
    return out


def test_pruned_place_lookups_find_every_name_the_full_search_finds(components):
    gaz = components.gazetteer
    texts = [json.loads(f.read_text(encoding="utf-8"))["text"] for f in FIXTURES]
    texts += ["Shelling hit Deir ez-Zor, Dayr az-Zawr and Khan Shaykhun; Tell Rifaat and Ras al-Ain too.",
              "قصفت الطائرات بلدة خان شيخون وتل رفعت وللرقة وبدير الزور ومدينة رأس العين."]

    def sig(matches):
        return [(m.start, m.end, m.text, [e.name for e in m.entries]) for m in matches]

    for strict in (False, True):
        for text in texts:
            assert sig(gaz.find(text, strict=strict)) == sig(reference_find(gaz, text, strict)), text[:80]


NO_TORCH = """
import json, sys
from pipeline.stages import process_stage
from store import Store
from tollwatch.records import Bulletin
store = Store(sys.argv[1])
for i, text in enumerate(json.loads(sys.argv[2])):
    store.save_bulletin(Bulletin(source="s", url=f"http://127.0.0.1:9/{i}", text=text, title="t"))
report = process_stage(store, processes=1)
print(json.dumps({"processed": report.processed, "spacy": "spacy" in sys.modules,
                  "torch": sorted(m for m in sys.modules if m == "torch" or m.startswith(("torch.", "transformers")))}))
"""


def test_the_nlp_stage_without_a_torch_model_never_imports_torch(tmp_path):
    pytest.importorskip("torch")  # only meaningful where torch is installed
    texts = ["Three civilians were killed by Russian warplanes in Idlib, the Syrian Observatory said.",
             "قتل خمسة مدنيين جراء قصف لقوات النظام على بلدة سراقب بريف إدلب."]
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT), "TOLLWATCH_DATA": str(tmp_path / "data"),
           "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    out = subprocess.run([sys.executable, "-c", NO_TORCH, str(tmp_path / "data"), json.dumps(texts)],
                         capture_output=True, text=True, env=env, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result == {"processed": 2, "spacy": True, "torch": []}


def test_process_during_a_crawl_annotates_what_lands_then_the_rest(tmp_path):
    """A crawl in another process writes bulletins over time: they are annotated as they land,
    each once; one that fails is tried once during the crawl and left for process_stage."""
    import threading
    import time

    from pipeline.stages import process_during

    bulletins = fixture_bulletins(12)
    bad = bulletins[3].text
    calls: list[str] = []

    def extractor(text, lang=None, published=None):
        calls.append(text)
        if text == bad:
            raise RuntimeError("extractor crashed")
        return []

    store = Store(tmp_path)

    def crawl() -> None:  # as the crawler does: its own connection, one bulletin at a time
        writer = Store(tmp_path)
        for b in bulletins:
            writer.save_bulletin(Bulletin.from_dict(b.to_dict()))
            time.sleep(0.05)
        writer.close()

    crawler = threading.Thread(target=crawl)
    crawler.start()
    early = process_during(store, crawler.is_alive, Components(extract=extractor), poll=0.01)
    crawler.join()
    assert early.processed >= 1 and early.failed == 1 and calls.count(bad) == 1
    rest = process_stage(store, components=Components(extract=extractor), processes=1).add(early)
    assert rest.processed == len(bulletins) - 1 and calls.count(bad) == 2
    assert sorted(calls) == sorted([b.text for b in bulletins] + [bad])  # everything else exactly once
    assert [b.text for b in store.pending(NLP_STAGE)] == [bad]


def test_a_worker_that_dies_loses_its_chunk_to_the_next_run_not_the_run(tmp_path, monkeypatch):
    import os

    import pipeline.stages as stages

    monkeypatch.setattr(stages, "WORKER_TIMEOUT", 3)
    bulletins = fixture_bulletins(4 * PROCESS_CHUNK)
    store = stored(tmp_path, bulletins)
    bad = next(iter(store.pending(NLP_STAGE))).text  # the first chunk always goes to a worker
    report = process_stage(store, components=Components(extract=CrashOn(bad, die_outside=os.getpid())),
                           processes=2)
    left = [b.text for b in store.pending(NLP_STAGE)]
    assert bad in left and report.failed == len(left) and report.processed == len(bulletins) - len(left)
    assert len(left) == PROCESS_CHUNK  # the dead worker's whole chunk, and nothing else
    assert process_stage(store, components=Components(), processes=2).processed == len(left)


# -- places of figures -------------------------------------------------------------------------------
@pytest.mark.parametrize("text, place, precision, governorate", [
    # the extractor gives no place: not the nearest name (Hama), but the area holding both
    ("SOHR has documented the deaths of 1,383 civilians in the coastal region and the Hama countryside "
     "since the violence broke out on March 6.", "coastal region and the Hama countryside", "country", None),
    ("وثق المرصد السوري مقتل 1383 مدنياً في الساحل السوري وريف حماة منذ السادس من آذار.",
     "الساحل السوري وريف حماة", "country", None),
    ("وثق المرصد السوري مقتل 1383 مدنياً في ريف حماة وريف اللاذقية منذ السادس من آذار.",
     "ريف حماة وريف اللاذقية", "country", None),
    # the extractor takes the first of two towns: the phrase is both, so their governorate
    ("Five civilians were killed in Ariha and Saraqib on Tuesday.", "Ariha and Saraqib", "governorate", "Idlib"),
    # one place, as before
    ("Five civilians were killed on Tuesday when shelling hit the town of Saraqib.", "Saraqib", "point", "Idlib"),
])
def test_a_figure_over_several_areas_is_not_pinned_to_one(components, text, place, precision, governorate):
    b = annotate(Bulletin(source="sohr-en", url="http://127.0.0.1:9/places", text=text, published="2025-03-12"),
                 components)
    f = max(b.casualties, key=lambda f: f.count)
    assert f.place is not None and place in f.place
    assert (f.geo.precision, f.geo.governorate, f.geo.country) == (precision, governorate, "SY")


def test_the_packaged_models_travel_to_a_worker_as_how_to_load_them(components):
    import pickle

    sent = pickle.dumps(components)
    assert len(sent) < 20_000  # names and settings, not the models
    got = pickle.loads(sent)  # in this process the loads are cached: the same objects come back
    assert got.gazetteer is components.gazetteer
    assert got.spacy_en.name == components.spacy_en.name
    text = "Three civilians were killed in Idlib by shelling on Tuesday."
    assert [e.text for e in got.spacy_en(text)] == [e.text for e in components.spacy_en(text)]
    assert [e.text for e in got.patterns(text)] == [e.text for e in components.patterns(text)]
