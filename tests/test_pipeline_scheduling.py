"""The DAG's settings resolution (params, then Airflow Variables, then tollwatch settings), without Airflow."""

from datetime import datetime, timedelta, timezone

import pytest

from pipeline.scheduling import mapped_results, resolve_run_settings


def no_variables(key):
    return None


def test_params_win_then_variables_then_settings(monkeypatch):
    monkeypatch.setenv("TOLLWATCH_SOURCES", "/etc/tollwatch/sources.yaml")
    monkeypatch.setenv("TOLLWATCH_DATA", "/srv/data")
    monkeypatch.delenv("TOLLWATCH_ES_URL", raising=False)
    monkeypatch.delenv("TOLLWATCH_ALERT_RULES", raising=False)
    variables = {"tollwatch_data_dir": "/var/tollwatch", "tollwatch_rules_file": "/etc/rules.yaml"}
    s = resolve_run_settings({"data_dir": None, "sources": ["sohr-ar"]}, variables.get)
    assert s == {"sources_file": "/etc/tollwatch/sources.yaml", "data_dir": "/var/tollwatch", "es_url": None,
                 "rules_file": "/etc/rules.yaml", "only": ["sohr-ar"], "since": None, "until": None}
    s = resolve_run_settings({"data_dir": "/tmp/x", "es_url": "http://127.0.0.1:9200"}, variables.get)
    assert s["data_dir"] == "/tmp/x" and s["es_url"] == "http://127.0.0.1:9200"


def test_no_registry_is_a_clear_error(monkeypatch):
    monkeypatch.delenv("TOLLWATCH_SOURCES", raising=False)
    monkeypatch.delenv("TOLLWATCH_CONFIG", raising=False)
    monkeypatch.chdir("/")
    with pytest.raises(ValueError, match="tollwatch_sources_file"):
        resolve_run_settings({}, no_variables)


def test_a_backfill_run_crawls_its_own_interval():
    start = datetime(2024, 1, 7, tzinfo=timezone.utc)
    params = {"sources_file": "s.yaml"}
    assert resolve_run_settings(params, no_variables, "backfill", start)["since"] == "2024-01-07"
    assert resolve_run_settings(params, no_variables, "scheduled", start)["since"] is None
    assert resolve_run_settings({**params, "since": "2023-12-01"}, no_variables, "backfill", start)["since"] == "2023-12-01"


def test_a_backfill_run_has_an_upper_bound():
    start, end = datetime(2024, 1, 7, 2, tzinfo=timezone.utc), datetime(2024, 1, 8, 2, tzinfo=timezone.utc)
    params = {"sources_file": "s.yaml"}
    first = resolve_run_settings(params, no_variables, "backfill", start, end)
    assert (first["since"], first["until"]) == ("2024-01-07", "2024-01-07")  # its own day, not up to today
    weekly = resolve_run_settings(params, no_variables, "backfill", start, start + timedelta(days=7))
    assert (weekly["since"], weekly["until"]) == ("2024-01-07", "2024-01-13")
    hourly = resolve_run_settings(params, no_variables, "backfill", start, start + timedelta(hours=1))
    assert hourly["until"] == "2024-01-07"
    assert resolve_run_settings(params, no_variables, "scheduled", start, end)["until"] is None
    manual = resolve_run_settings({**params, "until": "2024-02-01"}, no_variables, "backfill", start, end)
    assert manual["until"] == "2024-02-01"


@pytest.mark.parametrize("value, expected", [
    (None, []),
    ({"source": "a"}, [{"source": "a"}]),  # Airflow <= 3.3.2: one mapped result as a bare dict
    ([{"source": "a"}, None, {"source": "b"}], [{"source": "a"}, {"source": "b"}]),
    (({"source": "a"},), [{"source": "a"}]),
])
def test_mapped_results_accepts_both_shapes(value, expected):
    assert mapped_results(value) == expected
