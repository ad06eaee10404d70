"""Throughput of the nlp stage's model paths, and peak memory.

    .venv/bin/python benchmarks/bench_models.py [--sentences 256] [--threads 1]

* translation and NER with the tiny random models of ``tests/tiny_models.py``: this
  measures the code path's own overhead (splitting, caching, batching, alignment,
  offsets), reported as a ratio against the bare model call on the same sentences in
  the same process (1.0 = no overhead);
* spaCy's packaged English pipeline through ``SpacyNER`` against bare ``nlp.pipe``;
* the model-free paths: patterns + gazetteer on Arabic, and whole-bulletin
  ``annotate`` with no model configured;
* peak resident memory (``ru_maxrss``) after each step (it only grows: each line
  is the peak so far).

Results are recorded in ``docs/models.md``. Nothing here is asserted: timings on a
shared machine vary.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(fn, *args, repeat: int = 3):
    best = float("inf")
    out = None
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn(*args)
        best = min(best, time.perf_counter() - t)
    return best, out


def compare(bare, ours, repeat: int = 5) -> tuple[float, float]:
    """Best times of ``bare`` and ``ours``, run alternately (a shared machine's load hits both alike)."""
    tb = to = float("inf")
    for _ in range(repeat):
        tb = min(tb, timed(bare, repeat=1)[0])
        to = min(to, timed(ours, repeat=1)[0])
    return tb, to


def sentences(base: list[str], n: int) -> list[str]:
    """n distinct sentences (numbers varied, so no cache hit between them)."""
    return [f"{base[i % len(base)][:-1]} {i + 3}." for i in range(n)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sentences", type=int, default=256)
    ap.add_argument("--threads", type=int, default=1)
    args = ap.parse_args()
    from nlp.model_dirs import offline_hub

    offline_hub()
    import torch

    torch.set_num_threads(args.threads)
    from tests.tiny_models import ARABIC_SENTENCES, ENGLISH_SENTENCES, build_bert_ner, build_marian

    n = args.sentences
    ar = sentences(ARABIC_SENTENCES, n)
    en = sentences(ENGLISH_SENTENCES, n)
    rows = []
    print(f"python {sys.version.split()[0]}, torch {torch.__version__}, threads {args.threads}, {n} sentences")
    print(f"{'path':<44}{'sent/s':>10}{'vs bare':>10}{'peak MB':>10}")
    import transformers  # noqa: F401  (the baseline: what importing the libraries costs)

    print(f"{'(torch + transformers imported)':<44}{'':>10}{'':>10}{peak_mb():>10.0f}", flush=True)

    def report(name, seconds, ref=None):
        rate = n / seconds
        ratio = f"{seconds / ref:.2f}" if ref else "-"
        rows.append((name, rate, ratio, peak_mb()))
        print(f"{name:<44}{rate:>10.1f}{ratio:>10}{peak_mb():>10.0f}", flush=True)

    with tempfile.TemporaryDirectory() as tmp:
        # -- translation (tiny Marian) --
        from nlp.translation import MemoryCache, TransformersBackend, Translator

        path = build_marian(Path(tmp) / "marian")
        backend = TransformersBackend.load(path, max_tokens=64)
        text = "\n".join(ar)

        def bare():
            for i in range(0, n, 16):
                backend(ar[i:i + 16], "ar")

        def ours():
            return Translator(backend, cache=MemoryCache(), batch_size=16, max_tokens=64).translate(text, "ar")

        t_ref, t_ours = compare(bare, ours, repeat=3)
        report("translation: bare model.generate (batch 16)", t_ref)
        report("translation: Translator.translate, cold", t_ours, t_ref)
        tr = Translator(backend, cache=MemoryCache(), batch_size=16, max_tokens=64)
        tr.translate(text, "ar")
        t_hit, _ = timed(tr.translate, text, "ar")
        report("translation: Translator.translate, cached", t_hit, t_ref)

        # -- NER (tiny BERT) --
        from nlp.entities import TransformersNER

        ner = TransformersNER.load(build_bert_ner(Path(tmp) / "bert"), batch_size=16)
        en_text = "\n".join(en)
        spans = []
        pos = 0
        for s in en:
            spans.append((pos, pos + len(s)))
            pos += len(s) + 1

        def bare_ner():
            for i in range(0, n, 16):
                enc = ner.tokenizer(en[i:i + 16], return_tensors="pt", padding=True, truncation=True, max_length=256)
                with torch.inference_mode():
                    ner.model(**enc).logits.argmax(-1)

        t_ref, t_ours = compare(bare_ner, lambda: ner.pipe(en_text, spans))
        report("ner: bare tokenizer + forward (batch 16)", t_ref)
        report("ner: TransformersNER.pipe (spans, BIO)", t_ours, t_ref)

        # -- spaCy --
        from nlp.entities import SpacyNER

        sp = SpacyNER.load()
        t_ref, t_ours = compare(lambda: [d.ents for d in sp.nlp.pipe(en, batch_size=32)], lambda: sp.pipe(en_text, spans))
        report("spacy: bare nlp.pipe (ner pipeline)", t_ref)
        report("spacy: SpacyNER.pipe", t_ours, t_ref)

        # -- model-free paths --
        from nlp.entities import PatternNER
        from nlp.places import Gazetteer

        t0 = time.perf_counter()
        gaz = Gazetteer.load()
        print(f"{'gazetteer load (s)':<44}{time.perf_counter() - t0:>10.2f}{'':>10}{peak_mb():>10.0f}")
        pat = PatternNER(gaz)
        ar_text = "\n".join(ar)
        t_ours, _ = timed(pat, ar_text)
        report("patterns + gazetteer (Arabic)", t_ours)

        from nlp.annotate import annotate
        from nlp.models import Components
        from tollwatch.records import Bulletin

        import nlp

        failures = []

        def extract(text, lang=None, published=None):  # the extractor is not what is measured here
            try:
                return nlp.extract(text, lang=lang, published=published)
            except Exception as exc:  # pragma: no cover - an extractor bug must not stop the benchmark
                failures.append(exc)
                return []

        comp = Components(gazetteer=gaz, patterns=pat, spacy_en=sp, reasons={"translation": "benchmark"},
                          extract=extract)
        bulletins = [Bulletin(source="bench", url=f"https://example.org/{i}", text="\n\n".join(ar[i:i + 8]))
                     for i in range(0, n, 8)]
        t_ours, _ = timed(lambda: [annotate(b, comp) for b in bulletins], repeat=1)
        report("annotate, no models (8-sentence bulletins)", t_ours)
        if failures:
            print(f"(the extractor failed on {len(failures)} bulletins: {failures[0]!r})")


if __name__ == "__main__":
    main()
