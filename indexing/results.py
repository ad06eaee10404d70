"""Hits from stored documents plus the engine's highlights, built the same way for both backends."""

from __future__ import annotations

from typing import Any, Optional

from indexing import FigureHit, Hit, SearchQuery
from indexing.query import highlight_stems, parse
from indexing.text import marked_spans, original_spans, snippet, stem_spans


def _spans(original: Optional[str], marked: Optional[str], query_stems: set[str]) -> list[tuple[int, int]]:
    if not original:
        return []
    spans = original_spans(original, marked_spans(marked)) if marked else []
    return sorted(set(spans) | set(stem_spans(original, query_stems)))


def best_snippet(candidates: list[tuple[str, Optional[str], Optional[str]]], query_stems: set[str] = frozenset()
                 ) -> tuple[str, str]:
    """``candidates``: (field name, original text, engine-marked folded text), in order of
    preference. The first field with a highlighted span (the engine's, or a word sharing a query
    word's stem) gives the snippet; else the bulletin text from its start."""
    fallback = ("", "text")
    for name, original, marked in candidates:
        spans = _spans(original, marked, query_stems)
        if spans:
            return snippet(original or "", spans), name
        if original and name == "text":
            fallback = (snippet(original, []), name)
    return fallback


def figure_summary(fig: dict[str, Any], published: Optional[str]) -> dict[str, Any]:
    geo = fig.get("geo") or {}
    return {
        "kind": fig.get("kind"), "count": fig.get("count"), "count_max": fig.get("count_max"),
        "qualifier": fig.get("qualifier"), "place": fig.get("place") or geo.get("name"),
        "governorate": geo.get("governorate"), "superseded": bool(fig.get("superseded")), "date": published,
        "scope": fig.get("scope") or "event",
    }


def bulletin_hit(doc: dict[str, Any], score: float, marked: dict[str, Optional[str]], query: SearchQuery) -> Hit:
    """``marked``: engine highlights of the folded fields, keys ``title``, ``text``, ``translation``."""
    tr = (doc.get("translation") or {}).get("text")
    text, field = best_snippet([
        ("text", doc.get("text"), marked.get("text")),
        ("translation", tr, marked.get("translation")),
        ("title", doc.get("title"), marked.get("title")),
    ], highlight_stems(parse(query.text)))
    published = doc.get("published")
    figures = [figure_summary(f, published) for f in doc.get("casualties") or []]
    if query.kind:
        figures = [f for f in figures if f["kind"] == query.kind and (query.min_count is None or f["count"] >= query.min_count)]
    return Hit(
        version_id=doc["version_id"], bulletin_id=doc["bulletin_id"], version=doc["version"], url=doc["url"],
        title=doc.get("title"), source=doc["source"], lang=doc.get("lang"), date=published,
        score=round(float(score), 4), snippet=text, snippet_field=field, latest=bool(doc.get("latest", True)),
        figures=figures,
    )


def figure_hit(doc: dict[str, Any], score: float, marked: dict[str, Optional[str]], query: SearchQuery) -> FigureHit:
    """``marked`` keys: ``sentence`` and ``translation`` (engine highlights of the folded fields)."""
    sentence = doc.get("sentence") or doc.get("evidence")
    text, _ = best_snippet([
        ("text", sentence, marked.get("sentence")),
        ("translation", doc.get("translation_sentence"), marked.get("translation")),
    ], highlight_stems(parse(query.text)))
    geo = doc.get("geo") or {}
    return FigureHit(
        figure_id=doc["figure_id"], version_id=doc["version_id"], url=doc["url"], title=doc.get("title"),
        source=doc["source"], lang=doc.get("lang"), date=doc.get("published"), kind=doc["kind"],
        count=doc["count"], count_max=doc.get("count_max"), qualifier=doc.get("qualifier") or "exact",
        place=doc.get("place") or doc.get("place_name"), governorate=doc.get("governorate"),
        lat=geo.get("lat"), lon=geo.get("lon"), superseded=bool(doc.get("superseded")),
        score=round(float(score), 4), snippet=text, scope=doc.get("scope") or "event",
    )
