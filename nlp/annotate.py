"""The nlp stage on one bulletin: ``annotate(bulletin, components) -> Bulletin``.

A pure function (no I/O, no loading; ``nlp.models.load_components`` is the loading
edge) that returns a copy of the bulletin with:

1. ``lang`` (if missing) and ``paragraph_langs`` (``nlp.language``);
2. ``casualties`` from ``nlp.extract`` (Arabic natively, never through the translation),
   relative times resolved against ``published``;
3. ``translation`` of the non-English paragraphs, if a translator is loaded; each
   non-English figure gets ``translation_sentence`` through the sentence alignment;
4. ``entities`` (``nlp.entities``) and ``geo`` on places (``nlp.places``), for entities
   and for figures; a figure whose ``place``/``perpetrator`` the extractor left open
   takes the nearest mappable place / armed group named in its own sentence (a group
   only when the text marks it as the doer and it is not among the victims).

What could not be done goes to ``bulletin.notes`` ("not translated: ...") and the
bulletin goes on to indexing all the same. Re-annotating replaces this stage's notes.
``annotate_many`` does the same over many bulletins, batching their translations.
(The translator's cache, when it is a ``SqliteCache``, is the one write this makes.)
"""

from __future__ import annotations

import re
from typing import Callable, Iterable, Iterator, Optional, Sequence

from nlp.casualties import extract
from nlp.dates import date_figures
from nlp.datelines import Dateline, find_dateline, is_dateline_place
from nlp.entities import recognize, route
from nlp.language import detect_language, paragraph_languages
from nlp.models import Components
from nlp.scripts import script_language
from nlp.translation import aligned_sentence
from tollwatch.records import Bulletin, CasualtyFigure, Entity, Place

_ARABIC_LETTER = re.compile(r"[\u0621-\u064A]")
NOTE_PREFIXES = ("not translated", "partly translated", "translation", "extraction", "entities", "places")


def annotate(bulletin: Bulletin, components: Optional[Components] = None) -> Bulletin:
    """A copy of ``bulletin`` with the nlp annotations (see the module docstring)."""
    return _annotate(bulletin, components, None)


def _paragraphs(text: str) -> list[list]:
    paragraphs = paragraph_languages(text)
    for p in paragraphs:  # a paragraph the model could not place keeps the language of its script
        if p[2] is None:
            p[2] = script_language(text[p[0]:p[1]])
    return paragraphs


def _annotate(bulletin: Bulletin, components: Optional[Components], paragraphs: Optional[list[list]]) -> Bulletin:
    comp = components if components is not None else Components(reasons={"translation": "no models loaded"})
    out = Bulletin.from_dict(bulletin.to_dict())
    out.notes = [n for n in out.notes if not n.startswith(NOTE_PREFIXES)]
    text = out.text or ""

    out.paragraph_langs = paragraphs if paragraphs is not None else _paragraphs(text)
    if not out.lang:
        out.lang = detect_language(text)[0]

    out.casualties = _extract(out, comp.extract or extract)
    out.translation = _translate(out, comp)
    ctx = comp.gazetteer.context((out.title or "") + "\n" + text) if comp.gazetteer is not None else None
    out.entities = _entities(out, comp, ctx)
    dateline = find_dateline(text)  # a wire story's "AMMAN (Reuters) -" is no event's place or date
    _fill_figures(out, comp, ctx, dateline)
    date_figures(out, (dateline.start, dateline.end, dateline.date) if dateline else None)
    return out


def annotate_many(bulletins: Iterable[Bulletin], components: Optional[Components] = None,
                  chunk_size: int = 32,
                  on_error: Optional[Callable[[Bulletin, Exception], None]] = None) -> Iterator[Bulletin]:
    """``annotate`` over many bulletins, lazily, with the translations of each chunk of
    ``chunk_size`` bulletins batched together first (short bulletins fill the model's
    batches better together than one by one); results are the same as ``annotate``'s.

    A bulletin whose annotation raises stops the iteration, unless ``on_error`` is given:
    then it is called with the bulletin and the exception, and the others go on."""
    chunk: list[Bulletin] = []
    for b in bulletins:
        chunk.append(b)
        if len(chunk) >= chunk_size:
            yield from _annotate_chunk(chunk, components, on_error)
            chunk = []
    if chunk:
        yield from _annotate_chunk(chunk, components, on_error)


def _annotate_chunk(chunk: list[Bulletin], comp: Optional[Components],
                    on_error: Optional[Callable[[Bulletin, Exception], None]]) -> Iterator[Bulletin]:
    """Batch what the models do for the whole chunk first (translation into the cache, spaCy's
    NER into ``SpacyNER.prefetch``), then annotate each bulletin as ``annotate`` does."""
    paragraphs: list[Optional[list[list]]] = []
    for b in chunk:
        try:
            paragraphs.append(_paragraphs(b.text or ""))
        except Exception:  # annotate meets it again and reports it for this bulletin
            paragraphs.append(None)
    translator = comp.translator if comp is not None else None
    if translator is not None:
        by_lang: dict[str, list[str]] = {}
        for b, paras in zip(chunk, paragraphs):
            for start, end, lang in paras or ():
                if translator.supports(lang):
                    by_lang.setdefault(lang, []).extend(b.text[s:e] for s, e in translator.segments(b.text, start, end))
        for lang, sentences in by_lang.items():
            try:  # warms the cache; a failure is noted per bulletin by annotate
                translator.translate_sentences(list(dict.fromkeys(sentences)), lang)
            except Exception:
                pass
    spacy_en = comp.spacy_en if comp is not None else None
    if spacy_en is not None:
        recognizers = comp.recognizers()
        texts = [b.text[s:e] for b, paras in zip(chunk, paragraphs) if paras is not None
                 for s, e in route(paras, recognizers)["spacy"]]
        try:
            spacy_en.prefetch(texts)
        except Exception:  # annotate meets it again and notes it for the bulletin
            spacy_en.forget()
    try:
        for b, paras in zip(chunk, paragraphs):
            if on_error is None:
                yield _annotate(b, comp, paras)
                continue
            try:
                out = _annotate(b, comp, paras)
            except Exception as exc:  # the caller counts it; the rest of the chunk goes on
                on_error(b, exc)
            else:
                yield out
    finally:
        if spacy_en is not None:
            spacy_en.forget()


def _extract(b: Bulletin, extract_fn) -> list[CasualtyFigure]:
    try:
        return extract_fn(b.text, published=b.published)
    except ValueError as exc:  # a published date the extractor cannot read
        b.notes.append(f"extraction: published date ignored ({exc})")
        return extract_fn(b.text)


def _foreign(b: Bulletin) -> list[list]:
    return [p for p in b.paragraph_langs if p[2] and p[2] != "en"]


def _translate(b: Bulletin, comp: Components):
    foreign = _foreign(b)
    if not foreign:
        return None
    langs = sorted({p[2] for p in foreign})
    translator = comp.translator
    if translator is None:
        reason = comp.reasons.get("translation", "no translation model loaded")
        if reason.startswith("not configured"):
            reason = "no translation model configured (TOLLWATCH_TRANSLATION_MODEL)"
        b.notes.append(f"not translated: {reason}")
        return None
    unsupported = [l for l in langs if not translator.supports(l)]
    if len(unsupported) == len(langs):
        b.notes.append(f"not translated: model {translator.name} does not translate {', '.join(unsupported)}")
        return None
    source = b.lang if b.lang in langs and translator.supports(b.lang) else next(l for l in langs if translator.supports(l))
    try:
        translation = translator.translate(b.text, source, b.paragraph_langs)
    except Exception as exc:  # a model that breaks mid-run must not lose the bulletin
        b.notes.append(f"not translated: {translator.name} failed ({type(exc).__name__}: {exc})"[:300])
        return None
    if unsupported:
        b.notes.append(f"partly translated: model {translator.name} does not translate {', '.join(unsupported)}")
    return translation


def _entities(b: Bulletin, comp: Components, ctx) -> list[Entity]:
    recognizers = comp.recognizers()
    langs = {p[2] for p in b.paragraph_langs if p[2]}
    if recognizers.transformers is None:
        if langs - {"en"}:
            why = comp.reasons.get("ner", "no NER model loaded")
            b.notes.append(f"entities ({', '.join(sorted(langs - {'en'}))}): patterns and gazetteer only ({why})")
        if "en" in langs and recognizers.spacy_en is None:
            why = comp.reasons.get("spacy-en", "spaCy not loaded")
            b.notes.append(f"entities (en): patterns and gazetteer only ({why})")
    if comp.gazetteer is None and "gazetteer" in comp.reasons:
        b.notes.append(f"places: not geocoded ({comp.reasons['gazetteer']})")
    try:
        entities = recognize(b.text, b.paragraph_langs, recognizers)
    except Exception as exc:  # a model failing on one text: keep the curated patterns
        b.notes.append(f"entities: model failed ({type(exc).__name__}: {exc}); patterns only"[:300])
        entities = recognizers.patterns(b.text)
    if comp.gazetteer is not None:
        for e in entities:
            if e.label == "LOC":
                e.geo = comp.gazetteer.geocode(e.text, ctx)
    return entities


def _sentence_span(f: CasualtyFigure) -> tuple[int, int]:
    if f.sentence:
        return f.sentence_start, f.sentence_start + len(f.sentence)
    return f.start, f.end


def _nearest(entities: Sequence[Entity], f: CasualtyFigure, label: str, exclude: Optional[str] = None) -> Optional[Entity]:
    s, e = _sentence_span(f)
    best = None
    for ent in entities:
        if ent.label != label or ent.start < s or ent.end > e:
            continue
        if exclude and ent.text in exclude:
            continue
        dist = 0 if f.start <= ent.start < f.end else min(abs(ent.start - f.end), abs(f.start - ent.end))
        if best is None or dist < best[0]:
            best = (dist, ent)
    return best[1] if best else None


# Words that make a named group the doer: "by", "shelling of", "قصف", "برصاص", "على يد"...
_CUE_BEFORE = re.compile(
    r"(?:\bby|shell(?:ing|ed)|strikes?|airstrikes?|bombardment|attacks?|drones?|fire|gunfire|raids?|"
    r"hands of|carried out|launched|قصف|غارة|غارات|برصاص|رصاص|استهداف|هجوم|على يد|من قبل|نفذ|شن|طائرة|مسيرة|ضربة|قذائف)"
    r"(?:\s+(?:of|by|from))?[\s,'’\"\-]*(?:the\s+|ال)?$", re.I)
_CUE_AFTER = re.compile(
    r"^[\s,]*(?:had\s+|have\s+|has\s+)?(?:killed|shelled|struck|targeted|executed|bombed|attacked|shot|launched|"
    r"fired|opened fire|stormed|raided|arrested|detained|abducted|قتلت|قتل|استهدفت|استهدف|قصفت|أعدمت|اعدمت|اعتقلت|"
    r"شنت|نفذت|فتحت|أطلقت|اطلقت)", re.I)


def _is_doer(text: str, ent: Entity, figures: Sequence[CasualtyFigure]) -> bool:
    """A group named as the one who did it, not among the victims of any figure."""
    for f in figures:
        if f.start <= ent.start < f.end:
            return False  # inside a figure's evidence: "13 ISIS members were killed"
    if ent.start > 0 and text[ent.start - 1] in "لب" and _ARABIC_LETTER.match(text[ent.start - 1]) and \
            (ent.start < 2 or not _ARABIC_LETTER.match(text[ent.start - 2]) or text[ent.start - 2] in "وف"):
        return True  # قصف لقوات النظام, برصاص قسد: the clitic says "by"
    return bool(_CUE_BEFORE.search(text[max(0, ent.start - 30):ent.start]) or
                _CUE_AFTER.search(text[ent.end:ent.end + 30]))


# Words that carry a place phrase on around a name: "the coastal region and the Hama countryside",
# "ريف حماة وريف اللاذقية" (other names in it are entities; "in", "since", a comma-less verb end it).
_PHRASE_WORD = re.compile(
    r"(?:the|of|and|its|their|coastal|coast|region|regions|countryside|countrysides|rural|province|provinces|"
    r"governorate|governorates|areas?|desert|city|town|village|villages|towns|eastern|western|northern|"
    r"southern|north|south|east|west|central|north-?west(?:ern)?|north-?east(?:ern)?|south-?west(?:ern)?|"
    r"south-?east(?:ern)?|[وبل]?(?:ال)?(?:ريف|ارياف|أرياف|ساحل|بادية|منطقة|مناطق|محافظة|محافظات|مدينة|بلدة|قرية|"
    r"قرى|سوري|سورية|شرقي|غربي|شمالي|جنوبي|شرقية|غربية|شمالية|جنوبية)|و|،|,)$", re.I)


def _place_phrase(gaz, text: str, loc: tuple[int, int], entities: Sequence[Entity], span: tuple[int, int]) -> str:
    """The whole place phrase around a located name in a figure's sentence: the name with the
    region words, other place names and conjunctions next to it ("the coastal region and the Hama
    countryside"), so that a figure over several areas is not pinned to one of them. A phrase
    that does not name a second area is the name alone."""
    s, e = span
    places = [x for x in entities if x.label == "LOC" and s <= x.start and x.end <= e]
    start, end = loc
    tokens = list(re.finditer(r"[\w'-]+|[,\u060c]", text[s:e]))
    before = [t for t in tokens if s + t.end() <= start]
    after = [t for t in tokens if s + t.start() >= end]
    for t in reversed(before):
        a, b = s + t.start(), s + t.end()
        inside = next((x for x in places if x.start <= a and b <= x.end), None)
        if inside is not None:
            start = min(start, inside.start)
        elif _PHRASE_WORD.match(t.group()):
            start = a
        else:
            break
    for t in after:
        a, b = s + t.start(), s + t.end()
        inside = next((x for x in places if x.start <= a and b <= x.end), None)
        if inside is not None:
            end = max(end, inside.end)
        elif _PHRASE_WORD.match(t.group()):
            end = b
        else:
            break
    phrase = text[start:end].strip(" ,\u060c")
    # trim leading/trailing conjunctions and articles: "and the Hama countryside and" -> "... countryside"
    phrase = re.sub(r"^(?:(?:and|the|of|و|,|\u060c)\s+)+|(?:\s+(?:and|the|of|و|,|\u060c))+$", "", phrase, flags=re.I)
    return phrase if len(gaz.coordinated_parts(phrase)) > 1 else text[loc[0]:loc[1]]


def _place_in_sentence(text: str, f: CasualtyFigure) -> Optional[tuple[int, int]]:
    """Where the extractor's place string stands in the figure's sentence (the occurrence nearest
    the figure), or ``None``."""
    s, e = _sentence_span(f)
    best = None
    at = text.find(f.place, s, e)
    while at >= 0:
        d = abs(at - f.start)
        if best is None or d < best[0]:
            best = (d, at)
        at = text.find(f.place, at + 1, e)
    return (best[1], best[1] + len(f.place)) if best else None


def _fill_figures(b: Bulletin, comp: Components, ctx, dateline: Optional[Dateline] = None) -> None:
    gaz = comp.gazetteer
    doers = [e for e in b.entities if e.label == "GROUP" and _is_doer(b.text, e, b.casualties)]
    for f in b.casualties:
        if dateline is not None and is_dateline_place(dateline, f.place, f.sentence, f.sentence_start):
            f.place, f.geo = None, None
        if f.perpetrator is None:
            group = _nearest(doers, f, "GROUP", exclude=f.victims)
            if group is not None:
                f.perpetrator = group.text
        if f.place:
            if gaz is not None:
                f.geo = gaz.geocode(f.place, ctx)
                at = _place_in_sentence(b.text, f)
                if at is not None:
                    phrase = _place_phrase(gaz, b.text, at, b.entities, _sentence_span(f))
                    if phrase != f.place:  # "in Ariha and Saraqib": the extractor took the first
                        f.place, f.geo = (phrase, gaz.geocode(phrase, ctx))
                        if f.geo is None:
                            f.place = None
        else:
            # a place we can put on a map (not "Iran" in "Iran-backed"), named in the figure's sentence
            located = [e for e in b.entities if e.geo is not None and e.geo.lat is not None
                       and not (dateline is not None and e.start < dateline.end)]
            loc = _nearest(located if gaz is not None else b.entities, f, "LOC")
            if loc is not None:
                f.place = loc.text
                f.geo = Place.from_dict(loc.geo.to_dict()) if loc.geo else None
                phrase = _place_phrase(gaz, b.text, (loc.start, loc.end), b.entities, _sentence_span(f)) \
                    if gaz is not None else loc.text
                if phrase != loc.text:
                    # "in the coastal region and the Hama countryside": not Hama, but what holds both
                    whole = gaz.geocode(phrase, ctx)
                    if whole is None or whole.precision != f.geo.precision or whole.name != loc.text:
                        f.place, f.geo = (phrase, whole) if whole is not None else (None, None)
        lang = f.lang or _lang_at(b, f.start)
        if b.translation is not None and lang and lang != "en":
            f.translation_sentence = aligned_sentence(b.translation, f.start)


def _lang_at(b: Bulletin, offset: int) -> Optional[str]:
    for s, e, lang in b.paragraph_langs:
        if s <= offset < e:
            return lang
    return b.lang
