"""Translation of bulletins to English, sentence by sentence, with a cache; the original is kept.

``Translator(backend, cache)`` does the work that does not depend on the model: it
splits each non-English paragraph into sentences (``nlp.sentences``; sentences
longer than ``max_tokens`` are cut at clause marks, then between words), looks every
sentence up in the cache by content hash (model fingerprint + source language + text)
so no sentence is ever translated twice, sends the rest to the backend in
length-sorted batches, and returns a ``records.Translation`` whose ``alignment`` maps
each source sentence ``[src_start, src_end]`` to its rendering ``[tgt_start, tgt_end]``
in the English text. English paragraphs of a mixed bulletin are copied through.

``TransformersBackend.load(path, ...)`` wraps a local seq2seq model directory
(MarianMT ``opus-mt-ar-en``, M2M100, NLLB), opened with ``nlp.model_dirs`` and
``local_files_only=True``; it never downloads. Settings (read by ``nlp.models``): ``TOLLWATCH_TRANSLATION_MODEL`` (the
directory), ``_BATCH_SIZE`` (16), ``_MAX_TOKENS`` (256), ``_BEAMS`` (1),
``_SOURCE_LANGS`` (from the model name, e.g. ``ar`` for ``opus-mt-ar-en``),
``TOLLWATCH_TORCH_THREADS`` and ``TOLLWATCH_TRANSLATION_CACHE``.

Caches: ``MemoryCache`` (a dict, the core's interface) and ``SqliteCache(path)`` (a
table ``translation_cache`` in a SQLite file, by default ``<data>/translations.db``).
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
import threading
from collections import Counter, OrderedDict
from pathlib import Path
from typing import Iterable, Optional, Protocol, Sequence

from nlp.model_dirs import model_limit, open_model_dir
from nlp.sentences import split_long, split_sentences
from tollwatch.records import Translation

TARGET_LANG = "en"

# -- caches ------------------------------------------------------------------------------


class TranslationCache(Protocol):
    """Where translated sentences are kept, by key (see ``Translator.key``)."""

    def get_many(self, keys: Sequence[str]) -> dict[str, str]: ...

    def put_many(self, items: dict[str, str]) -> None: ...


class MemoryCache:
    """A dict cache, bounded (least recently used entries go first)."""

    def __init__(self, max_entries: int = 100_000) -> None:
        self.max_entries = max_entries
        self._data: OrderedDict[str, str] = OrderedDict()

    def get_many(self, keys: Sequence[str]) -> dict[str, str]:
        out = {}
        for k in keys:
            if k in self._data:
                self._data.move_to_end(k)
                out[k] = self._data[k]
        return out

    def put_many(self, items: dict[str, str]) -> None:
        self._data.update(items)
        while len(self._data) > self.max_entries:
            self._data.popitem(last=False)

    def __len__(self) -> int:
        return len(self._data)


class SqliteCache:
    """The translation cache in a SQLite table ``translation_cache(key, text)``, shared across runs."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(str(self.path), timeout=30, isolation_level=None, check_same_thread=False)
        self._db.execute("CREATE TABLE IF NOT EXISTS translation_cache (key TEXT PRIMARY KEY, text TEXT NOT NULL)")

    def get_many(self, keys: Sequence[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        keys = list(dict.fromkeys(keys))
        with self._lock:
            for i in range(0, len(keys), 500):
                chunk = keys[i:i + 500]
                marks = ",".join("?" * len(chunk))
                out.update(self._db.execute(f"SELECT key, text FROM translation_cache WHERE key IN ({marks})", chunk))
        return out

    def put_many(self, items: dict[str, str]) -> None:
        if not items:
            return
        with self._lock:
            self._db.execute("BEGIN")
            self._db.executemany("INSERT OR REPLACE INTO translation_cache (key, text) VALUES (?, ?)", items.items())
            self._db.execute("COMMIT")

    def __len__(self) -> int:
        with self._lock:
            return self._db.execute("SELECT COUNT(*) FROM translation_cache").fetchone()[0]

    def close(self) -> None:
        self._db.close()


# -- backends ----------------------------------------------------------------------------


class TranslationBackend(Protocol):
    name: str  # shown in Translation.model
    fingerprint: str  # changes when the model changes: part of every cache key
    source_langs: Optional[set[str]]  # None: any language

    def count_tokens(self, text: str) -> int: ...

    def __call__(self, sentences: list[str], source_lang: str) -> list[str]: ...


# NLLB language codes for the languages bulletins come in; M2M100 uses the ISO code.
NLLB_CODES = {"ar": "arb_Arab", "en": "eng_Latn", "fr": "fra_Latn", "tr": "tur_Latn", "fa": "pes_Arab",
              "ku": "kmr_Latn", "ckb": "ckb_Arab", "he": "heb_Hebr", "ru": "rus_Cyrl", "uk": "ukr_Cyrl", "es": "spa_Latn"}
_LANG_TAG = re.compile(r"^\s*(?:__[a-z]{2,3}__|[a-z]{3}_[A-Z][a-z]{3})\s*")  # a target-language token left in the output
_OPUS_PAIR = re.compile(r"opus-mt-([a-z]{2,3}(?:_[a-z]+)?)-en\b", re.I)


class TransformersBackend:
    """A local seq2seq model (Marian, M2M100, NLLB) on CPU; ``load`` never downloads."""

    def __init__(self, model, tokenizer, name: str, fingerprint: str, max_tokens: int = 256, beams: int = 1,
                 source_langs: Optional[set[str]] = None) -> None:
        self.model = model
        self.tokenizer = tokenizer
        self.name = name
        self.fingerprint = fingerprint
        self.max_tokens = max_tokens
        self.beams = beams
        self.source_langs = source_langs
        self.kind = getattr(model.config, "model_type", "")

    @classmethod
    def load(cls, path: str | Path, max_tokens: int = 256, beams: int = 1, threads: Optional[int] = None,
             source_langs: Optional[Iterable[str]] = None) -> "TransformersBackend":
        """Load a model directory; raises ``ValueError``/``OSError`` with a readable message if it cannot."""
        path = open_model_dir(path, threads)
        from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

        import warnings

        with warnings.catch_warnings():  # Marian's "Recommended: pip install sacremoses" (optional)
            warnings.filterwarnings("ignore", message=".*sacremoses.*")
            tokenizer = AutoTokenizer.from_pretrained(str(path), local_files_only=True)
        model = AutoModelForSeq2SeqLM.from_pretrained(str(path), local_files_only=True)
        model.eval()
        if getattr(model, "generation_config", None) is not None:
            model.generation_config.max_length = None  # max_new_tokens (our setting) bounds the output
        config_text = (path / "config.json").read_bytes()
        fingerprint = hashlib.sha256(config_text + str(sum(p.numel() for p in model.parameters())).encode()).hexdigest()[:16]
        name = path.name
        max_tokens = model_limit(model, tokenizer, max_tokens)
        if source_langs:
            langs: Optional[set[str]] = {l.strip() for l in source_langs if l.strip()}
        else:
            m = _OPUS_PAIR.search(name) or _OPUS_PAIR.search(str(getattr(model.config, "_name_or_path", "")))
            langs = {m.group(1).lower()} if m else None  # M2M100/NLLB and unnamed models: any language
        return cls(model, tokenizer, name, fingerprint, max_tokens=max_tokens, beams=beams, source_langs=langs)

    def count_tokens(self, text: str) -> int:
        return len(self.tokenizer(text, add_special_tokens=True)["input_ids"])

    def __call__(self, sentences: list[str], source_lang: str) -> list[str]:
        import torch

        kwargs = {}
        if self.kind == "m2m_100" or hasattr(self.tokenizer, "lang_code_to_id") or "nllb" in type(self.tokenizer).__name__.lower():
            nllb = "nllb" in type(self.tokenizer).__name__.lower()
            src = NLLB_CODES.get(source_lang, source_lang) if nllb else source_lang
            tgt = NLLB_CODES["en"] if nllb else "en"
            if hasattr(self.tokenizer, "src_lang"):
                self.tokenizer.src_lang = src
            tgt_token = tgt if nllb else f"__{tgt}__"
            kwargs["forced_bos_token_id"] = self.tokenizer.convert_tokens_to_ids(tgt_token)
        batch = self.tokenizer(sentences, return_tensors="pt", padding=True, truncation=True, max_length=self.max_tokens)
        # an English rendering is rarely more than 1.5x its source in tokens; the bound stops
        # a model that loops ("the the the ...") from running to max_tokens on every sentence
        longest = int(batch["attention_mask"].sum(-1).max())
        max_new = min(self.max_tokens, int(longest * 1.5) + 10)
        with torch.inference_mode():
            out = self.model.generate(**batch, num_beams=self.beams, max_new_tokens=max_new, **kwargs)
        texts = self.tokenizer.batch_decode(out, skip_special_tokens=True)
        return [_LANG_TAG.sub("", t).strip() for t in texts]


# -- the translator ----------------------------------------------------------------------


class Translator:
    """Sentence splitting, caching, batching and alignment around a backend."""

    def __init__(self, backend: TranslationBackend, cache: Optional[TranslationCache] = None, batch_size: int = 16,
                 max_tokens: int = 256) -> None:
        self.backend = backend
        self.cache: TranslationCache = cache if cache is not None else MemoryCache()
        self.batch_size = max(1, int(batch_size))
        self.max_tokens = max(8, int(max_tokens))
        self.stats: Counter = Counter()  # sentences/translated, sentences/cached, batches, sentences/split

    @property
    def name(self) -> str:
        return self.backend.name

    def supports(self, lang: Optional[str]) -> bool:
        if not lang or lang == TARGET_LANG:
            return False
        return self.backend.source_langs is None or lang in self.backend.source_langs

    def key(self, sentence: str, source_lang: str) -> str:
        norm = " ".join(sentence.split())
        return hashlib.sha256(f"{self.backend.fingerprint}\0{source_lang}\0{norm}".encode("utf-8")).hexdigest()

    def translate_sentences(self, sentences: Sequence[str], source_lang: str) -> list[str]:
        """Translations of ``sentences`` (each short enough for the model), cache first."""
        keys = [self.key(s, source_lang) for s in sentences]
        known = self.cache.get_many(keys)
        self.stats["sentences/cached"] += sum(1 for k in keys if k in known)
        todo = list(dict.fromkeys(k for k in keys if k not in known))
        if todo:
            by_key = {k: s for k, s in zip(keys, sentences)}
            # sort by length so each batch pads little
            todo.sort(key=lambda k: len(by_key[k]))
            fresh: dict[str, str] = {}
            for i in range(0, len(todo), self.batch_size):
                chunk = todo[i:i + self.batch_size]
                outputs = self.backend([by_key[k] for k in chunk], source_lang)
                if len(outputs) != len(chunk):
                    raise RuntimeError(f"translation model returned {len(outputs)} outputs for {len(chunk)} inputs")
                fresh.update(zip(chunk, outputs))
                self.stats["batches"] += 1
            self.stats["sentences/translated"] += len(fresh)
            self.cache.put_many(fresh)
            known.update(fresh)
        return [known[k] for k in keys]

    def segments(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """Sentence spans of ``text[start:end]``, cut where a sentence is too long for the model."""
        too_long = lambda s: self.backend.count_tokens(s) > self.max_tokens  # noqa: E731
        out: list[tuple[int, int]] = []
        for sent in split_sentences(text, start, end):
            span = (sent.start, sent.end)
            pieces = split_long(text, span, too_long) if len(sent.text) > self.max_tokens // 2 else [span]
            if len(pieces) > 1:
                self.stats["sentences/split"] += 1
            out.extend(pieces)
        return out

    def translate(self, text: str, source_lang: str, paragraphs: Optional[Sequence[Sequence]] = None) -> Translation:
        """The English translation of ``text``.

        ``paragraphs`` (``[start, end, lang]``, as ``nlp.language.paragraph_languages``
        gives) says which parts to translate: paragraphs in English are copied, those
        in a language the model does not take are left out; by default the whole text
        is in ``source_lang``."""
        if paragraphs is None:
            paragraphs = [[0, len(text), source_lang]]
        units: list[tuple[int, int, Optional[str]]] = []  # (start, end, lang to translate from or None=copy)
        for p_start, p_end, p_lang in paragraphs:
            lang = p_lang or source_lang
            if lang == TARGET_LANG:
                units.extend((st.start, st.end, None) for st in split_sentences(text, p_start, p_end))
                units.append((-1, -1, None))  # paragraph break
            elif self.supports(lang):
                units.extend((s, e, lang) for s, e in self.segments(text, p_start, p_end))
                units.append((-1, -1, None))
            else:
                self.stats[f"paragraphs/unsupported/{lang}"] += 1
        rendered: dict[int, str] = {}
        by_lang: dict[str, list[int]] = {}
        for i, (s, e, lang) in enumerate(units):
            if s < 0:
                continue
            if lang is None:
                rendered[i] = text[s:e]
            else:
                by_lang.setdefault(lang, []).append(i)
        for lang, idx in by_lang.items():
            for i, out in zip(idx, self.translate_sentences([text[units[i][0]:units[i][1]] for i in idx], lang)):
                rendered[i] = out
        parts: list[str] = []
        alignment: list[list[int]] = []
        pos = 0
        sep = ""
        for i, (s, e, _) in enumerate(units):
            if s < 0:
                sep = "\n\n" if parts else ""
                continue
            out = " ".join(rendered[i].split())
            if parts:
                parts.append(sep or " ")
                pos += len(sep or " ")
            sep = ""
            parts.append(out)
            alignment.append([s, e, pos, pos + len(out)])
            pos += len(out)
        return Translation(text="".join(parts), model=self.name, source_lang=source_lang, alignment=alignment)


def aligned_sentence(translation: Translation, offset: int) -> Optional[str]:
    """The translated sentence that renders the source character at ``offset``."""
    for src_start, src_end, tgt_start, tgt_end in translation.alignment:
        if src_start <= offset < src_end:
            return translation.text[tgt_start:tgt_end]
    return None
