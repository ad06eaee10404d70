"""The manual override file: an analyst's corrections, which win over the linker.

A YAML file (``--overrides FILE`` or the ``incident_overrides`` setting)::

    merge:                       # these are one incident
      - [inc-3f9a0c2b7d1e, inc-81c0d4e2aa90]          # two incident ids
      - ["5c0e...-v2#0", "a9d1...-v1#3"]              # or two figure keys
    split:                       # these two figures are never in one incident
      - ["5c0e...-v2#0", "a9d1...-v1#3"]

A figure key is ``<version_id>#<index>`` as ``tollwatch incidents --links`` shows it (the
bulletin version and the figure's position in it). ``load_overrides(path)`` raises
``OverridesError`` naming the file and the entry for anything malformed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional


class OverridesError(ValueError):
    """The override file is unreadable or an entry is malformed."""


@dataclass
class Overrides:
    merge: list[tuple[str, str]] = field(default_factory=list)
    split: list[tuple[str, str]] = field(default_factory=list)
    path: Optional[Path] = None

    @property
    def cannot(self) -> frozenset[frozenset[str]]:
        return frozenset(frozenset(p) for p in self.split)


def is_figure_key(value: str) -> bool:
    return "#" in value


def parse_overrides(data: Any, where: str = "overrides") -> Overrides:
    if data is None:
        return Overrides()
    if not isinstance(data, dict):
        raise OverridesError(f"{where}: expected a mapping with 'merge' and/or 'split'")
    unknown = set(data) - {"merge", "split"}
    if unknown:
        raise OverridesError(f"{where}: unknown key(s) {sorted(unknown)}; expected merge, split")
    out = Overrides()
    for key in ("merge", "split"):
        raw = data.get(key) or []
        if not isinstance(raw, list):
            raise OverridesError(f"{where}: '{key}' must be a list of pairs")
        for n, pair in enumerate(raw, 1):
            if not isinstance(pair, list) or len(pair) != 2 or not all(isinstance(x, str) and x.strip() for x in pair):
                raise OverridesError(f"{where}: {key} entry #{n} must be a pair [id, id], not {pair!r}")
            a, b = (x.strip() for x in pair)
            if key == "split" and not (is_figure_key(a) and is_figure_key(b)):
                raise OverridesError(f"{where}: split entry #{n} must name two figure keys (<version_id>#<index>)")
            getattr(out, key).append((a, b))
    return out


def load_overrides(path: str | Path | None) -> Overrides:
    """Read an override file; ``None`` gives no overrides."""
    if path is None or str(path) == "":
        return Overrides()
    from tollwatch.config import YamlFileError, read_yaml

    p = Path(path)
    try:
        data = read_yaml(p, "override file")
    except YamlFileError as exc:
        raise OverridesError(str(exc)) from exc
    out = parse_overrides(data, where=str(p))
    out.path = p
    return out
