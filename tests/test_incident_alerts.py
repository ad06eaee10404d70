"""Alerts per figure and per incident: a revision inside a multi-figure bulletin, incident alerts
(new, revised, a second source with the same toll), ``max_age``, and re-runs that repeat nothing."""

from __future__ import annotations

from alerts.evaluate import evaluate_rule
from alerts.rules import parse_rules
from store import Store
from tollwatch.records import Bulletin, CasualtyFigure, Place


def fig(kind="killed", count=10, place=None, governorate=None, **kw) -> CasualtyFigure:
    geo = Place(name=place, governorate=governorate, precision="point" if place else "governorate") \
        if (place or governorate) else None
    return CasualtyFigure(kind=kind, count=count, place=place, geo=geo, **kw)


def bulletin(url="http://127.0.0.1/b/1", text="Shelling.", source="sohr-en", lang="en", figures=(),
             published="2024-03-02") -> Bulletin:
    b = Bulletin(source=source, url=url, text=text, lang=lang, title="t", published=published)
    b.casualties = list(figures)
    return b


def stored(store: Store, b: Bulletin) -> Bulletin:
    figures = list(b.casualties)
    b.casualties = []
    assert store.save_bulletin(b) in ("new", "changed")
    b.casualties = figures
    store.update_bulletin(b)
    store.mark_done("nlp", [b])
    return b


def rule(**kw):
    base = {"name": "killed-10", "kinds": ["killed"], "min_count": 10}
    base.update(kw)
    return parse_rules({"rules": [base]}).rules[0]


def test_a_rise_next_to_a_larger_running_total_alerts(tmp_path):
    """34 -> 41 in a bulletin that also holds a running total of 1,383: the per-kind maximum
    (1,383) does not move, the event's toll does."""
    store = Store(tmp_path)
    total = dict(scope="cumulative", victims="civilians since the start of the year")
    v1 = stored(store, bulletin(text="34 killed in Ariha. 1,383 since January.",
                                figures=[fig(count=34, place="Ariha", governorate="Idlib"), fig(count=1383, **total)]))
    v2 = stored(store, bulletin(text="41 killed in Ariha. 1,383 since January.",
                                figures=[fig(count=41, place="Ariha", governorate="Idlib"), fig(count=1383, **total)]))
    alert = evaluate_rule(rule(), v2, store.get(v1.bulletin_id, 1))
    assert alert is not None
    assert alert.revision == {"kind": "killed", "from": 34, "to": 41, "previous_version": 1}
    assert "killed toll rose from 34 to 41" in alert.text
    # the running total rising alone is a revision of the total, reported as such
    v3 = stored(store, bulletin(text="41 killed in Ariha. 1,390 since January.",
                                figures=[fig(count=41, place="Ariha", governorate="Idlib"), fig(count=1390, **total)]))
    alert = evaluate_rule(rule(), v3, store.get(v1.bulletin_id, 2))
    assert alert is not None and alert.revision["from"] == 1383 and alert.revision["to"] == 1390
    # nothing rose: nothing new
    v4 = stored(store, bulletin(text="41 killed in Ariha (reworded). 1,390 since January.",
                                figures=[fig(count=41, place="Ariha", governorate="Idlib"), fig(count=1390, **total)]))
    assert evaluate_rule(rule(), v4, store.get(v1.bulletin_id, 3)) is None


def test_two_events_in_one_bulletin_are_compared_each_with_its_own_earlier_toll():
    before = bulletin(figures=[fig(count=30, place="Ariha", governorate="Idlib"),
                               fig(count=12, place="Douma", governorate="Rif Dimashq")])
    before.version = 1
    after = bulletin(text="Shelling, updated.", figures=[fig(count=30, place="Ariha", governorate="Idlib"),
                                                         fig(count=15, place="Douma", governorate="Rif Dimashq")])
    after.version = 2
    alert = evaluate_rule(rule(), after, before)
    assert alert is not None and (alert.revision["from"], alert.revision["to"]) == (12, 15)


def test_through_tollwatch_run_a_revised_bulletin_alerts_per_figure_and_per_incident(tmp_path, capsys):
    """The user's path: a bulletin with an event and a province's running total is collected, run,
    edited on the site (34 -> 41), run, and run again: the bulletin rule says 34 -> 41 although
    the bulletin's largest figure (1,383) did not move, the incident rule says the incident's toll
    was revised, and the third run sends nothing."""
    import json

    from cli.main import main

    data, rules, log = tmp_path / "data", tmp_path / "rules.yaml", tmp_path / "alerts.jsonl"
    rules.write_text(json.dumps({
        "channels": [{"name": "log", "type": "file", "path": str(log), "format": "jsonl"}],
        "rules": [{"name": "killed-10", "kinds": ["killed"], "min_count": 10},
                  {"name": "incidents", "per": "incident", "kinds": ["killed"], "min_count": 10}]}))
    args = ["run", "--no-crawl", "--data", str(data), "--rules", str(rules), "--quiet", "--json"]
    text = ("Regime air strikes killed 34 civilians in the town of Ariha in Idlib province on Tuesday, the Syrian "
            "Observatory said.\n\nWith them, SOHR has documented the death of 1,383 civilians in Idlib province "
            "since the start of the year.")
    store = Store(data)
    page = dict(source="sohr-en", url="http://127.0.0.1:9/sohr/1", lang="en", published="2024-03-06")
    assert store.save_bulletin(Bulletin(text=text, **page)) == "new"
    assert main(args) == 0
    first = [json.loads(x) for x in log.read_text().splitlines()]
    assert store.save_bulletin(Bulletin(text=text.replace("34 civilians", "41 civilians"), **page)) == "changed"
    assert main(args) == 0 and main(args) == 0
    capsys.readouterr()
    later = [json.loads(x) for x in log.read_text().splitlines()][len(first):]
    by_rule = {a["rule"]: a for a in later}
    assert len(later) == 2 and set(by_rule) == {"killed-10", "incidents"}
    assert "killed toll rose from 34 to 41 (version 2)" in by_rule["killed-10"]["text"]
    assert by_rule["incidents"]["revision"]["from"] == 34 and by_rule["incidents"]["revision"]["to"] == 41
    assert "killed toll revised from 34 (sohr-en) to 41 (sohr-en) in Ariha" in by_rule["incidents"]["text"]
