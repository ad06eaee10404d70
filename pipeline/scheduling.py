"""What a scheduled run works on: the Airflow DAG's settings, resolved without Airflow.

``resolve_run_settings(params, variable, run_type, interval_start)`` picks each
setting from the run's params, else the Airflow Variable ``tollwatch_<name>``
(``variable(key)`` returns it or ``None``), else tollwatch's own settings
(``TOLLWATCH_<NAME>`` / tollwatch.yaml). A backfill run with no explicit ``since``
crawls from the start of its data interval. Kept out of the DAG file so it is
tested without starting Airflow.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Callable, Optional

from tollwatch import config

# param name -> (Variable suffix, tollwatch setting)
SETTINGS = {
    "sources_file": ("sources_file", "sources"),
    "data_dir": ("data_dir", "data"),
    "es_url": ("es_url", "es_url"),
    "rules_file": ("rules_file", "alert_rules"),
}


def resolve_run_settings(params: dict[str, Any], variable: Callable[[str], Optional[str]], run_type: str = "",
                         interval_start: Optional[date | datetime] = None) -> dict[str, Any]:
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
    if not since and "backfill" in (run_type or "") and interval_start is not None:
        since = (interval_start.date() if isinstance(interval_start, datetime) else interval_start).isoformat()
    return {
        "sources_file": str(sources_file),
        "data_dir": str(config.data_dir(pick("data_dir"))),
        "es_url": pick("es_url"),
        "rules_file": pick("rules_file"),
        "only": list(params.get("sources") or []),
        "since": since,
    }
