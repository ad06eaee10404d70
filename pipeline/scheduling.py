"""What a scheduled run works on: the Airflow DAG's settings, resolved without Airflow.

``resolve_run_settings(params, variable, run_type, interval_start, interval_end)`` picks each
setting from the run's params, else the Airflow Variable ``tollwatch_<name>``
(``variable(key)`` returns it or ``None``), else tollwatch's own settings
(``TOLLWATCH_<NAME>`` / tollwatch.yaml). A backfill run with no explicit ``since``/``until``
crawls its own data interval: from the day it starts to the day before it ends (inclusive),
so each run of a backfill collects its own days, and the first one does not collect
everything up to today. ``mapped_results(value)`` reads the results of a mapped task group
whatever shape Airflow hands them over in. Kept out of the DAG file so it is tested without
starting Airflow.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any, Callable, Optional

from tollwatch import config

# param name -> (Variable suffix, tollwatch setting)
SETTINGS = {
    "sources_file": ("sources_file", "sources"),
    "data_dir": ("data_dir", "data"),
    "es_url": ("es_url", "es_url"),
    "rules_file": ("rules_file", "alert_rules"),
}


def _day(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def resolve_run_settings(params: dict[str, Any], variable: Callable[[str], Optional[str]], run_type: str = "",
                         interval_start: Optional[date | datetime] = None,
                         interval_end: Optional[date | datetime] = None) -> dict[str, Any]:
    def pick(name: str) -> Any:
        var, setting = SETTINGS[name]
        value = params.get(name)
        if value in (None, "", []):
            value = variable(f"tollwatch_{var}")
        if value in (None, ""):
            value = config.get(setting)
        return value or None

    sources_file = pick("sources_file")
    if not sources_file:
        raise ValueError("no source registry: set the run param sources_file, the Airflow Variable "
                         "tollwatch_sources_file or TOLLWATCH_SOURCES")
    since = params.get("since") or None
    until = params.get("until") or None
    if "backfill" in (run_type or "") and interval_start is not None:
        if not since:
            since = _day(interval_start).isoformat()
        if not until and interval_end is not None:
            until = max(_day(interval_start), _day(interval_end) - timedelta(days=1)).isoformat()
    return {
        "sources_file": str(sources_file),
        "data_dir": str(config.data_dir(pick("data_dir"))),
        "es_url": pick("es_url"),
        "rules_file": pick("rules_file"),
        "only": list(params.get("sources") or []),
        "since": since,
        "until": until,
    }


def mapped_results(value: Any) -> list[dict[str, Any]]:
    """The results of a mapped task (group) as a list. Airflow up to 3.3.2 hands a single mapped
    result over as the bare dict instead of a list of one; ``None`` (nothing ran) is an empty list."""
    if value is None:
        return []
    if isinstance(value, dict):
        return [value]
    return [v for v in value if v]
