"""What counts as a toll: one definition, as Python predicates and as the queries Elasticsearch and
Kibana run, for every place that counts, alerts or scores.

A bulletin states many figures; two questions decide which ones tollwatch acts on:

* ``is_toll(figure)``: a figure the bulletin stands by, as a number. Not an earlier toll the
  bulletin itself says was replaced (``superseded``) and not a vague amount ("dozens", "عشرات":
  ``vague``, whose ``count`` is only a guessed lower bound). Alert rules match only these, the
  process report counts only these (``figures_by_kind``), and the evaluation scores only these.
  Lucene form: ``TOLL`` (the casualty-figures index), ``toll_filter(prefix)`` in query DSL.
* ``is_counted(figure)``: a toll that is added up once in a total: ``is_toll`` and an event
  figure (``scope: event``, not a running or period total) and not a subset of another figure
  (``part_of``: "of them 5 children"). Summing these over the latest version of each bulletin
  counts each toll once: ``COUNTED``, the rule of every Kibana chart.

A figure is a ``CasualtyFigure`` or its JSON form (a dict, as stored and indexed). Pure
functions; no configuration.
"""

from __future__ import annotations

from typing import Any

# Lucene (Kibana's query language "lucene", Elasticsearch's query_string) on the figures index.
TOLL = "superseded:false AND vague:false"
COUNTED = f"latest:true AND {TOLL} AND scope:event AND NOT _exists_:part_of"


def _get(figure: Any, name: str) -> Any:
    return figure.get(name) if isinstance(figure, dict) else getattr(figure, name, None)


def is_toll(figure: Any) -> bool:
    """A figure the bulletin stands by, as a number (see the module docstring)."""
    return not _get(figure, "superseded") and not _get(figure, "vague")


def is_counted(figure: Any) -> bool:
    """A toll added up once in a total: an event figure that is not part of another."""
    return is_toll(figure) and (_get(figure, "scope") or "event") == "event" and _get(figure, "part_of") is None


def toll_filter(prefix: str = "") -> dict[str, Any]:
    """``is_toll`` as an Elasticsearch bool query on figures under ``prefix`` (e.g. ``casualties.``
    inside the bulletins index's nested figures)."""
    return {"bool": {"must_not": [{"term": {f"{prefix}superseded": True}}, {"term": {f"{prefix}vague": True}}]}}
