"""The index templates in ``index_mappings/``, rendered for a name prefix and an analysis profile.

``index_mappings/bulletins.json``, ``figures.json`` and ``incidents.json`` hold the mappings (with a
``mapping_version``: bump it for any mapping change; ``tollwatch index setup`` then builds a new
index and swaps the alias). The analyzers they name (``tollwatch_ar``, ``tollwatch_en``,
``tollwatch_text``) are defined by a profile:

* ``production`` (``analysis.production.json``): Elasticsearch's ``arabic`` and ``english``
  analyzers (stop words, stemming); needs the ``analysis-common`` module, which every
  Elasticsearch download has.
* ``portable`` (``analysis.portable.json``): the ``standard`` analyzer only, for nodes without
  ``analysis-common`` (the ``integ-test-zip`` distribution the tests run). Arabic folding is done
  by ``nlp.normalize`` before the text reaches Elasticsearch, so it needs no analyzer.

Shards and replicas come from the settings ``es_shards`` / ``es_replicas`` (``index_template``'s
keywords), else the mapping files' values (1 shard, 0 replicas: right for one node).
"""

from __future__ import annotations

import copy
import json
from functools import lru_cache
from pathlib import Path
from typing import Any, Optional

MAPPINGS_DIR = Path(__file__).resolve().parent.parent / "index_mappings"
KINDS = ("bulletins", "figures", "incidents")  # one template, alias and index each
PROFILES = ("production", "portable")
DEFAULT_PREFIX = "tollwatch-"


@lru_cache(maxsize=None)
def load(name: str) -> dict[str, Any]:
    path = MAPPINGS_DIR / f"{name}.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise RuntimeError(f"cannot read index template {path}: {exc}") from exc


def mapping_version(kind: str) -> int:
    return int(load(kind)["mapping_version"])


def analysis(profile: str) -> dict[str, Any]:
    if profile not in PROFILES:
        raise ValueError(f"es_profile must be one of auto, {', '.join(PROFILES)}, not {profile!r}")
    data = copy.deepcopy(load(f"analysis.{profile}"))
    data.pop("_comment", None)
    return data


def index_template(kind: str, profile: str, prefix: str = DEFAULT_PREFIX, *,
                   replicas: Optional[int] = None, shards: Optional[int] = None) -> dict[str, Any]:
    """The body of ``PUT _index_template/<prefix><kind>``; ``replicas``/``shards`` override the
    mapping file's ``number_of_replicas``/``number_of_shards`` (settings ``es_replicas``, ``es_shards``)."""
    src = copy.deepcopy(load(kind))
    template = src["template"]
    template["settings"] = dict(template.get("settings", {}), analysis=analysis(profile))
    if replicas is not None:
        template["settings"]["number_of_replicas"] = int(replicas)
    if shards is not None:
        template["settings"]["number_of_shards"] = int(shards)
    template["mappings"]["_meta"] = dict(template["mappings"].get("_meta", {}), profile=profile)
    return {
        "index_patterns": [f"{prefix}{kind}-*"],
        "priority": src.get("priority", 200),
        "version": src["mapping_version"],
        "_meta": {"description": src.get("_comment", ""), "mapping_version": src["mapping_version"],
                  "profile": profile, "managed_by": "tollwatch"},
        "template": template,
    }


def analyzer_types(profile: str) -> set[str]:
    return {a["type"] for a in analysis(profile)["analyzer"].values()}
