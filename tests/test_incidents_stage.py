"""The incidents stage through ``tollwatch run`` (real store, real extractor and gazetteer, embedded
index, a real file channel): the same incidents and ids on every run, no duplicate, per-incident
alerts that fire on a new incident and a revised toll but not on a second language with the same
toll, never twice; ``max_age``; ``tollwatch incidents`` and ``eval-incidents``."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import pytest

from alerts.evaluate import evaluate_incident, evaluate_rule
from alerts.rules import parse_rules
from cli.main import main
from store import Store
from tollwatch.records import Bulletin, CasualtyFigure, Incident, IncidentToll, TollChange

ROOT = Path(__file__).resolve().parent.parent

# Our own sentences about one strike, reported in English, then in Arabic, then revised by another monitor.
SOHR_EN = ("The Syrian Observatory documented that 14 civilians were killed on Tuesday in an air strike on the market of the town of Ariha "
           "in the southern countryside of Idlib.")
SARAQIB = "Regime shelling killed 6 civilians in the city of Saraqib on Tuesday."
SOHR_AR = "قتل 14 مدنياً يوم الثلاثاء جراء غارة جوية على سوق مدينة أريحا في ريف إدلب الجنوبي."
SNHR_REVISED = "The death toll of Tuesday's air strike on the market in Ariha rose to 21 civilians."


def collect(store: Store, source: str, n: int, text: str, lang: str = "en", published: str = "2024-03-06") -> None:
    b = Bulletin(source=source, url=f"http://127.0.0.1:9/{source}/{n}", text=text, lang=lang, published=published)
    assert store.save_bulletin(b) in ("new", "changed")


@pytest.fixture
def setup(tmp_path):
    data, log, rules = tmp_path / "data", tmp_path / "alerts.jsonl", tmp_path / "rules.yaml"
    rules.write_text(json.dumps({
        "channels": [{"name": "log", "type": "file", "path": str(log), "format": "jsonl"}],
        "rules": [{"name": "incidents-5", "per": "incident", "kinds": ["killed"], "min_count": 5},
                  {"name": "recent-only", "per": "incident", "kinds": ["killed"], "max_age": "7d"}],
    }))
    return data, log, ["run", "--no-crawl", "--data", str(data), "--rules", str(rules), "--quiet", "--json"]


def run(args, capsys) -> dict:
    assert main(args) == 0
    return json.loads(capsys.readouterr().out)


def alerts(log: Path) -> list[dict]:
    return [json.loads(x) for x in log.read_text().splitlines()] if log.exists() else []


def test_runs_give_the_same_incidents_and_alert_once_per_toll(setup, capsys):
    data, log, args = setup
    store = Store(data)
    collect(store, "sohr-en", 1, SOHR_EN)
    collect(store, "snhr", 1, SARAQIB)
    first = run(args, capsys)
    assert first["incidents"]["incidents"] == 2 and first["totals"]["incidents"] == 2
    ids = sorted(i.incident_id for i in store.incidents())
    sent = alerts(log)
    assert sorted(a["incident_id"] for a in sent) == ids and all("new incident" in a["text"] for a in sent)
    assert all(a["rule"] == "incidents-5" for a in sent)  # recent-only: max_age 7d, and this is 2024 news

    again = run(args, capsys)  # nothing new: same incidents, same ids, no alert
    assert again["incidents"]["new"] == 0 and again["totals"]["alert_messages_sent"] == 0
    assert again["totals"]["alerts_raised"] == 0 and again["alerts"]["already_sent"] == 2
    assert sorted(i.incident_id for i in store.incidents()) == ids and len(alerts(log)) == 2

    collect(store, "sohr-ar", 1, SOHR_AR, lang="ar")  # the same event and toll, in Arabic
    third = run(args, capsys)
    incidents = store.incidents()
    assert len(incidents) == 2 and sorted(i.incident_id for i in incidents) == ids
    ariha = next(i for i in incidents if "sohr-ar" in i.sources)
    assert set(ariha.sources) == {"sohr-en", "sohr-ar"} and ariha.tolls[0].best == 14
    assert third["totals"]["alert_messages_sent"] == 0 and len(alerts(log)) == 2

    collect(store, "snhr", 2, SNHR_REVISED, published="2024-03-07")  # another monitor revises the toll
    run(args, capsys)
    ariha = next(i for i in store.incidents() if i.incident_id == ariha.incident_id)
    assert ariha.tolls[0].best == 21 and [h.best for h in ariha.history] == [14, 21]
    revised = alerts(log)[2:]
    assert len(revised) == 1 and revised[0]["incident_id"] == ariha.incident_id
    assert revised[0]["revision"]["from"] == 14 and revised[0]["revision"]["to"] == 21
    assert "killed toll revised from 14 (sohr-en) to 21 (snhr)" in revised[0]["text"]

    last = run(args, capsys)
    assert last["totals"]["alert_messages_sent"] == 0 and len(alerts(log)) == 3
    assert len(store.incidents()) == 2

    # the command line lists them, with the links and their reasons
    assert main(["incidents", "--data", str(data), "--links"]) == 0
    out = capsys.readouterr().out
    assert ariha.incident_id in out and "same place" in out and "toll 2024-03-07: 14/21/21" in out


def test_overrides_through_the_command_line(setup, capsys, tmp_path, caplog):
    data, log, args = setup
    store = Store(data)
    collect(store, "sohr-en", 1, SOHR_EN)
    collect(store, "snhr", 1, SARAQIB)
    run(args, capsys)
    a, b = (i.incident_id for i in store.incidents())
    overrides = tmp_path / "overrides.yaml"
    overrides.write_text(f"merge:\n  - [{a}, {b}]\n")
    assert main(["incidents", "--data", str(data), "--rebuild", "--overrides", str(overrides), "--json"]) == 0
    (merged,) = json.loads(capsys.readouterr().out)
    assert merged["incident_id"] == a and any(l["manual"] for l in merged["links"])
    # the merge holds on the next rebuild, and no entry is reported as unmatched (b is merged away)
    caplog.clear()
    assert main(["incidents", "--data", str(data), "--rebuild", "--overrides", str(overrides), "--json"]) == 0
    assert [i["incident_id"] for i in json.loads(capsys.readouterr().out)] == [a]
    assert "names no stored incident" not in caplog.text
    # an id typed wrong is said, not silently ignored
    key = f"{merged['figures'][0]['version_id']}#{merged['figures'][0]['index']}"
    overrides.write_text(f"merge:\n  - [{a}, inc-typo]\nsplit:\n  - ['{key}', 'x-v1#0']\n")
    assert main(["incidents", "--data", str(data), "--rebuild", "--overrides", str(overrides)]) == 0
    capsys.readouterr()
    assert "merge entry #1: incident id inc-typo names no stored incident" in caplog.text
    assert "split entry #1: figure key x-v1#0 names no stored incident" in caplog.text and key not in caplog.text
    overrides.write_text("merge: [[a]]\n")
    assert main(["incidents", "--data", str(data), "--rebuild", "--overrides", str(overrides)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("tollwatch incidents:") and "overrides.yaml" in err and len(err.splitlines()) == 1
    assert main(args[:-2] + ["--overrides", str(tmp_path / "missing.yaml")]) == 2
    assert "missing.yaml does not exist" in capsys.readouterr().err


def test_max_age_keeps_a_backfill_quiet():
    rule = parse_rules({"rules": [{"name": "r", "kinds": ["killed"], "max_age": "48h"}]}).rules[0]
    b = Bulletin(source="s", url="http://127.0.0.1/1", text="t", published="2024-03-06")
    b.casualties = [CasualtyFigure("killed", 9)]
    assert evaluate_rule(rule, b, now=datetime(2024, 3, 7, tzinfo=timezone.utc)) is not None
    assert evaluate_rule(rule, b, now=datetime(2024, 3, 20, tzinfo=timezone.utc)) is None
    inc = Incident(incident_id="inc-1", tolls=[IncidentToll("killed", 9, 9, 9)], last_seen="2024-03-06",
                   history=[TollChange(at="2024-03-06", kind="killed", low=9, best=9, high=9, version_id="x-v1",
                                       source="s")])
    incident_rule = parse_rules({"rules": [{"name": "r", "per": "incident", "max_age": 2}]}).rules[0]
    assert evaluate_incident(incident_rule, inc, now=datetime(2024, 3, 7, tzinfo=timezone.utc)) is not None
    assert evaluate_incident(incident_rule, inc, now=datetime(2024, 3, 20, tzinfo=timezone.utc)) is None


def test_bad_rule_options_are_named():
    from alerts.rules import RulesError

    with pytest.raises(RulesError, match="'per' must be one of bulletin, incident"):
        parse_rules({"rules": [{"name": "r", "per": "event"}]})
    with pytest.raises(RulesError, match="'max_age' must be days or hours"):
        parse_rules({"rules": [{"name": "r", "max_age": "a week"}]})


def test_eval_incidents_scores_the_development_sets(capsys):
    """Issue 12: link precision >= 0.95, on every set and not only overall (the overall score hid
    two wrong links in one set: 0.923), and the recall measured today does not fall back."""
    assert main(["eval-incidents", str(ROOT / "tests" / "data" / "incidents"), "--json"]) == 0
    scores = json.loads(capsys.readouterr().out)
    assert scores["all"]["precision"] >= 0.95 and scores["all"]["figures_matched"] >= 10
    for s in scores["sets"]:
        assert s["precision"] >= 0.95, (s["name"], s["precision"])
    # today R 0.655 / B3 0.895; an extractor change once cost two links unseen under a floor of 0.60 (R 0.641)
    assert scores["all"]["recall"] >= 0.65 and scores["all"]["bcubed_f1"] >= 0.89


def test_eval_incidents_bad_input_is_one_line(tmp_path, capsys):
    assert main(["eval-incidents", str(tmp_path)]) == 2
    assert "no incident sets" in capsys.readouterr().err
    (tmp_path / "bulletins").mkdir()
    (tmp_path / "bulletins" / "a.json").write_text(json.dumps({"text": "Five were killed."}))
    (tmp_path / "expected.json").write_text(json.dumps({"incidents": [{"figures": [{"bulletin": "a"}]}]}))
    assert main(["eval-incidents", str(tmp_path)]) == 2
    err = capsys.readouterr().err.strip()
    assert "expected.json: incident #1 needs" in err and len(err.splitlines()) == 1


def test_alerts_test_shows_what_an_incident_rule_would_send(setup, capsys):
    data, log, args = setup
    store = Store(data)
    collect(store, "sohr-en", 1, SOHR_EN)
    run(args, capsys)
    rules = args[args.index("--rules") + 1]
    assert main(["alerts", "test", "incidents-5", "--data", str(data), "--rules", rules]) == 0
    out = capsys.readouterr().out
    assert "1 alert(s)" in out and "new incident: 14 killed" in out and "[already sent]" in out
