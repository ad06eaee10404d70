"""Alert rules and channel settings, read from a YAML file.

A rules file has three top-level keys::

    digest: false            # true: one message per channel per run instead of one per alert
    channels:                # where alerts go; see alerts.channels for every option
      - {name: desk, type: webhook, url_env: TOLLWATCH_DESK_WEBHOOK}
      - {name: mail, type: email, host: smtp.example.org, port: 587, sender: ..., to: [...]}
      - {name: log, type: file, path: "-"}          # "-" is standard output
    rules:
      - name: idlib-killed
        kinds: [killed]          # any of killed, injured, missing, detained, displaced
        min_count: 10            # a figure of one of those kinds with at least this count
        min_confidence: 0.9      # optional: only figures this sure (0-1, docs/extraction.md "Confidence")
        places:                  # optional: the figure's place must match one of these
          governorates: [Idlib]
          names: [Maarat al-Numan, معرة النعمان]
        sources: [sohr-en]       # optional: registry names
        languages: [en, ar]      # optional: bulletin languages
        query: 'airstrike | shelling'    # optional: the bulletin must match (docs/query.md)
        revisions: true          # a later version whose toll rose alerts again
        per: bulletin            # or incident: alert on incidents (new, toll revised), not bulletins
        max_age: 7d              # optional: nothing older than this (days "7d" or hours "48h") alerts
        channels: [desk, log]    # optional: default all channels

``load_rules(path) -> RuleSet`` validates everything and raises ``RulesError``
naming the file, the rule and the key for anything wrong, so a typo never
silently switches an alert off.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

from tollwatch.records import KINDS

RULE_KEYS = {"name", "kinds", "min_count", "min_confidence", "places", "sources", "languages", "query", "revisions",
             "channels", "description", "per", "max_age"}
PER = ("bulletin", "incident")
PLACE_KEYS = {"governorates", "names"}
CHANNEL_TYPES = ("webhook", "email", "file")


class RulesError(ValueError):
    """The rules file is unreadable or a rule is malformed."""


@dataclass
class Rule:
    """One alert rule (see the module docstring for the YAML form)."""

    name: str
    kinds: list[str] = field(default_factory=lambda: list(KINDS))
    min_count: int = 1
    min_confidence: float = 0.0  # only figures at least this sure (a measured probability); 0: every figure
    governorates: list[str] = field(default_factory=list)
    place_names: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    query: Optional[str] = None
    revisions: bool = True
    channels: list[str] = field(default_factory=list)  # empty: every channel
    description: str = ""
    per: str = "bulletin"  # "bulletin": each bulletin version; "incident": each incident (alerts.evaluate)
    max_age_hours: Optional[float] = None  # news older than this never alerts (a backfill)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"name": self.name, "kinds": self.kinds, "min_count": self.min_count}
        if self.min_confidence:
            d["min_confidence"] = self.min_confidence
        if self.governorates or self.place_names:
            d["places"] = {"governorates": self.governorates, "names": self.place_names}
        for key in ("sources", "languages", "channels"):
            if getattr(self, key):
                d[key] = getattr(self, key)
        if self.query:
            d["query"] = self.query
        d["revisions"] = self.revisions
        if self.per != "bulletin":
            d["per"] = self.per
        if self.max_age_hours is not None:
            d["max_age"] = f"{self.max_age_hours:g}h"
        if self.description:
            d["description"] = self.description
        return d


@dataclass
class ChannelConfig:
    """A channel's settings as written in the file (built into a channel by alerts.channels)."""

    name: str
    type: str
    options: dict[str, Any] = field(default_factory=dict)
    digest: Optional[bool] = None  # None: the file's digest setting


@dataclass
class RuleSet:
    rules: list[Rule]
    channels: list[ChannelConfig]
    digest: bool = False
    path: Optional[Path] = None

    def rule(self, name: str) -> Rule:
        for r in self.rules:
            if r.name == name:
                return r
        known = ", ".join(r.name for r in self.rules) or "none"
        raise RulesError(f"no rule named {name!r} in {self.path or 'the rules'} (rules: {known})")


def load_rules(path: str | Path) -> RuleSet:
    """Read and validate a rules file."""
    from tollwatch.config import YamlFileError, read_yaml

    p = Path(path)
    try:
        data = read_yaml(p, "rules file")
    except YamlFileError as exc:
        raise RulesError(str(exc)) from exc
    ruleset = parse_rules(data, where=str(p))
    ruleset.path = p
    return ruleset


def parse_rules(data: Any, where: str = "rules") -> RuleSet:
    """Validate an already-parsed rules document (a dict)."""
    if not isinstance(data, dict):
        raise RulesError(f"{where}: expected a mapping with 'rules' (and 'channels', 'digest')")
    unknown = set(data) - {"rules", "channels", "digest"}
    if unknown:
        raise RulesError(f"{where}: unknown top-level key(s) {sorted(unknown)}; expected rules, channels, digest")
    raw_rules = data.get("rules") or []
    if not isinstance(raw_rules, list):
        raise RulesError(f"{where}: 'rules' must be a list")
    channels = [_parse_channel(c, i, where) for i, c in enumerate(data.get("channels") or [])]
    names = [c.name for c in channels]
    dup = {n for n in names if names.count(n) > 1}
    if dup:
        raise RulesError(f"{where}: channel name(s) used twice: {sorted(dup)}")
    rules = [_parse_rule(r, i, where, set(names)) for i, r in enumerate(raw_rules)]
    rnames = [r.name for r in rules]
    dup = {n for n in rnames if rnames.count(n) > 1}
    if dup:
        raise RulesError(f"{where}: rule name(s) used twice: {sorted(dup)}")
    return RuleSet(rules=rules, channels=channels, digest=_bool(data.get("digest", False), where, "digest"))


def _strings(value: Any, where: str, key: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, (str, int)):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, (str, int)) for v in value):
        raise RulesError(f"{where}: '{key}' must be a string or a list of strings")
    return [str(v).strip() for v in value if str(v).strip()]


def _bool(value: Any, where: str, key: str) -> bool:
    if isinstance(value, bool):
        return value
    raise RulesError(f"{where}: '{key}' must be true or false, not {value!r}")


def _parse_rule(raw: Any, i: int, where: str, channel_names: set[str]) -> Rule:
    if not isinstance(raw, dict) or not raw.get("name"):
        raise RulesError(f"{where}: rule #{i + 1} must be a mapping with a 'name'")
    name = str(raw["name"]).strip()
    here = f"{where}: rule {name!r}"
    unknown = set(raw) - RULE_KEYS
    if unknown:
        raise RulesError(f"{here}: unknown key(s) {sorted(unknown)}; expected {sorted(RULE_KEYS)}")
    kinds = [k.lower() for k in _strings(raw.get("kinds"), here, "kinds")] or list(KINDS)
    bad = [k for k in kinds if k not in KINDS]
    if bad:
        raise RulesError(f"{here}: unknown kind(s) {bad}; expected some of {list(KINDS)}")
    min_count = raw.get("min_count", 1)
    if isinstance(min_count, bool) or not isinstance(min_count, int) or min_count < 0:
        raise RulesError(f"{here}: 'min_count' must be a whole number >= 0, not {min_count!r}")
    min_confidence = raw.get("min_confidence", 0.0)
    if isinstance(min_confidence, bool) or not isinstance(min_confidence, (int, float)) \
            or not 0.0 <= min_confidence <= 1.0:
        raise RulesError(f"{here}: 'min_confidence' must be a number from 0 to 1, not {min_confidence!r}")
    places = raw.get("places") or {}
    if isinstance(places, list):  # a bare list means place names
        places = {"names": places}
    if not isinstance(places, dict) or set(places) - PLACE_KEYS:
        raise RulesError(f"{here}: 'places' must be a mapping with 'governorates' and/or 'names'")
    query = raw.get("query")
    if query is not None and (not isinstance(query, str) or not query.strip()):
        raise RulesError(f"{here}: 'query' must be a non-empty string")
    if query is not None:
        from indexing.query import QueryError, parse

        try:
            parse(query)
        except QueryError as exc:
            raise RulesError(f"{here}: {exc}") from exc
    per = str(raw.get("per", "bulletin")).strip().lower()
    if per not in PER:
        raise RulesError(f"{here}: 'per' must be one of {', '.join(PER)}, not {raw.get('per')!r}")
    if per == "incident" and min_confidence:
        raise RulesError(f"{here}: 'min_confidence' filters a bulletin's figures; an incident rule ('per: incident') "
                         "alerts on incident tolls, which have no confidence")
    max_age = parse_age(raw.get("max_age"), here)
    channels = _strings(raw.get("channels"), here, "channels")
    missing = [c for c in channels if c not in channel_names]
    if missing:
        raise RulesError(f"{here}: unknown channel(s) {missing}; defined: {sorted(channel_names) or 'none'}")
    return Rule(
        name=name,
        kinds=kinds,
        min_count=min_count,
        min_confidence=float(min_confidence),
        governorates=_strings(places.get("governorates"), here, "places.governorates"),
        place_names=_strings(places.get("names"), here, "places.names"),
        sources=_strings(raw.get("sources"), here, "sources"),
        languages=[x.lower() for x in _strings(raw.get("languages"), here, "languages")],
        query=query.strip() if query else None,
        revisions=_bool(raw.get("revisions", True), here, "revisions"),
        channels=channels,
        description=str(raw.get("description") or ""),
        per=per,
        max_age_hours=max_age,
    )


def parse_age(value: Any, where: str) -> Optional[float]:
    """``max_age`` in hours: ``7d``, ``48h``, or a whole number of days."""
    if value is None:
        return None
    import re

    if isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0:
        return float(value) * 24
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([dh])\s*", str(value).lower())
    if not m or float(m.group(1)) <= 0:
        raise RulesError(f"{where}: 'max_age' must be days or hours such as 7d or 48h, not {value!r}")
    return float(m.group(1)) * (24 if m.group(2) == "d" else 1)


def _parse_channel(raw: Any, i: int, where: str) -> ChannelConfig:
    if not isinstance(raw, dict) or not raw.get("type"):
        raise RulesError(f"{where}: channel #{i + 1} must be a mapping with a 'type' ({', '.join(CHANNEL_TYPES)})")
    ctype = str(raw["type"]).lower()
    if ctype not in CHANNEL_TYPES:
        raise RulesError(f"{where}: channel #{i + 1} has unknown type {ctype!r}; expected {', '.join(CHANNEL_TYPES)}")
    name = str(raw.get("name") or ctype)
    options = {k: v for k, v in raw.items() if k not in {"name", "type", "digest"}}
    digest = raw.get("digest")
    if digest is not None:
        digest = _bool(digest, f"{where}: channel {name!r}", "digest")
    # Credentials never come from the file.
    for secret_key in ("password", "username", "token"):
        if secret_key in options:
            raise RulesError(
                f"{where}: channel {name!r}: '{secret_key}' may not be written in the rules file; "
                f"put it in the environment and name the variable with '{secret_key}_env'"
            )
    from alerts.channels import validate_options

    try:
        validate_options(ctype, options)
    except ValueError as exc:
        raise RulesError(f"{where}: channel {name!r}: {exc}") from exc
    return ChannelConfig(name=name, type=ctype, options=options, digest=digest)
