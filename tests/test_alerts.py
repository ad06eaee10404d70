"""Alerts: rules, evaluation, delivery to a real webhook receiver and a real SMTP server,
never twice, retries, a broken channel, digest mode, and the `alerts` commands."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from alerts.channels import EmailChannel, FileChannel, Message, WebhookChannel, deliver
from alerts.evaluate import bulletin_passes, evaluate_rule
from kibana.rules import es_query, export_rules
from alerts.rules import RulesError, load_rules, parse_rules
from alerts.stage import SENT_NAMESPACE, build_channels, run_alerts
from store import Store
from cli.main import main
from tollwatch.records import Bulletin, CasualtyFigure, Place

ROOT = Path(__file__).resolve().parent.parent


def fig(kind="killed", count=10, place=None, governorate=None, **kw) -> CasualtyFigure:
    geo = Place(name=place, governorate=governorate) if (place or governorate) else None
    return CasualtyFigure(kind=kind, count=count, place=place, geo=geo, **kw)


def bulletin(url="http://127.0.0.1/b/1", text="Shelling on the town killed civilians.", source="sohr-en",
             lang="en", figures=(), title="Shelling", published="2024-03-02") -> Bulletin:
    b = Bulletin(source=source, url=url, text=text, lang=lang, title=title, published=published)
    b.casualties = list(figures)
    return b


def stored(store: Store, b: Bulletin, figures=None, stage="nlp") -> Bulletin:
    """Save like a crawler, annotate like nlp, mark the stage the alert stage runs after."""
    figures = list(b.casualties if figures is None else figures)
    b.casualties = []
    status = store.save_bulletin(b)
    assert status in ("new", "changed")
    b.casualties = figures
    store.update_bulletin(b)
    store.mark_done(stage, [b])
    return b


def rules_doc(channels, **rule):
    base = {"name": "killed-10", "kinds": ["killed"], "min_count": 10}
    base.update(rule)
    return parse_rules({"channels": channels, "rules": [base]})


# -- rules --------------------------------------------------------------------
def test_example_and_demo_rules_load():
    ex = load_rules(ROOT / "alerts" / "example.yaml")
    assert {r.name for r in ex.rules} == {"mass-casualty", "idlib-civilians", "detentions-snhr"}
    idlib = ex.rule("idlib-civilians")
    assert idlib.governorates == ["Idlib", "إدلب"] and idlib.channels == ["desk", "log"]
    assert load_rules(ROOT / "alerts" / "demo.yaml").digest is True


@pytest.mark.parametrize("doc, message", [
    ({"rules": [{"name": "a", "kinds": ["dead"]}]}, "unknown kind"),
    ({"rules": [{"name": "a", "minimum": 3}]}, "unknown key"),
    ({"rules": [{"name": "a", "min_count": -1}]}, "min_count"),
    ({"rules": [{"name": "a", "min_confidence": 1.5}]}, "min_confidence"),
    ({"rules": [{"name": "a", "min_confidence": "high"}]}, "min_confidence"),
    ({"rules": [{"name": "a", "per": "incident", "min_confidence": 0.9}]}, "incident tolls"),
    ({"rules": [{"name": "a", "channels": ["nope"]}]}, "unknown channel"),
    ({"rules": [{"name": "a"}, {"name": "a"}]}, "used twice"),
    ({"channels": [{"type": "email", "host": "h", "sender": "s", "to": ["t"], "password": "x"}]}, "environment"),
    ({"channels": [{"type": "pager"}]}, "unknown type"),
    ({"channels": [{"type": "webhook"}]}, "needs 'url'"),
])
def test_bad_rules_are_named(doc, message):
    with pytest.raises(RulesError, match=message):
        parse_rules(doc, where="my.yaml")


def test_missing_rules_file_is_a_clear_error(tmp_path):
    with pytest.raises(RulesError, match="does not exist"):
        load_rules(tmp_path / "nope.yaml")


# -- evaluation ---------------------------------------------------------------
def test_kind_count_place_source_language_filters():
    rs = parse_rules({"rules": [
        {"name": "idlib", "kinds": ["killed"], "min_count": 5, "places": {"governorates": ["Idlib"]}},
        {"name": "arabic-place", "kinds": ["killed"], "places": {"names": ["معرة النعمان"]}},
        {"name": "snhr-only", "sources": ["snhr"]},
        {"name": "arabic-only", "languages": ["ar"]},
    ]})
    b = bulletin(figures=[fig(count=7, place="Maarat al-Numan", governorate="Idlib"), fig("injured", 3)])
    assert evaluate_rule(rs.rule("idlib"), b) is not None
    assert evaluate_rule(rs.rule("idlib"), bulletin(figures=[fig(count=4, governorate="Idlib")])) is None
    assert evaluate_rule(rs.rule("idlib"), bulletin(figures=[fig(count=40, governorate="Daraa")])) is None
    # the place phrase as written counts when there is no geocode, in Arabic spelling variants too
    assert evaluate_rule(rs.rule("idlib"), bulletin(figures=[CasualtyFigure("killed", 9, place="Idlib countryside")]))
    ar = bulletin(lang="ar", figures=[CasualtyFigure("killed", 3, place="مَعرة النعمان")])
    assert evaluate_rule(rs.rule("arabic-place"), ar) is not None
    assert evaluate_rule(rs.rule("snhr-only"), b) is None
    assert evaluate_rule(rs.rule("arabic-only"), b) is None and evaluate_rule(rs.rule("arabic-only"), ar)


def test_min_confidence_keeps_only_the_surer_figures():
    """A desk that would rather miss a figure than send a wrong one sets ``min_confidence``: the
    figure's measured probability of being right (docs/extraction.md, "Confidence")."""
    rule = rules_doc([], min_confidence=0.9).rules[0]
    assert rule.to_dict()["min_confidence"] == 0.9
    assert evaluate_rule(rule, bulletin(figures=[fig(count=50, confidence=0.72)])) is None
    alert = evaluate_rule(rule, bulletin(figures=[fig(count=50, confidence=0.72), fig(count=12, confidence=0.96)]))
    assert alert is not None and [f["count"] for f in alert.figures] == [12]
    assert evaluate_rule(rules_doc([]).rules[0], bulletin(figures=[fig(count=50, confidence=0.72)])) is not None
    nested = es_query(rule)["query"]["bool"]["filter"][0]["nested"]["query"]["bool"]["filter"]
    assert {"range": {"casualties.confidence": {"gte": 0.9}}} in nested  # the Kibana rule keeps the same figures


def test_superseded_figures_never_alert():
    rule = rules_doc([]).rules[0]
    b = bulletin(figures=[fig(count=50, superseded=True), fig(count=3)])
    assert evaluate_rule(rule, b) is None


def test_query_syntax():
    """The rule's query in tollwatch's one query language (docs/query.md; tests/test_query.py has the rest)."""
    from alerts.rules import Rule

    def query_matches(query: str, text: str) -> bool:
        return bulletin_passes(Rule(name="q", query=query), bulletin(text=text))

    text = "Warplanes struck a market in Ariha; the civilians killed include children. قصف مدفعي"
    assert query_matches("market civilian*", text)
    assert not query_matches("market -children", text)
    assert query_matches("drone OR warplanes", text)
    assert query_matches('"a market in Ariha"', text)
    assert not query_matches('"market in Idlib"', text)
    assert query_matches("قصف", text) and query_matches("مدفعى", text)  # alef maqsura folded
    assert not query_matches("civil", text)  # whole words unless a prefix*


def test_upward_revision_alerts_with_both_tolls(tmp_path):
    store = Store(tmp_path)
    rule = rules_doc([]).rules[0]
    v1 = stored(store, bulletin(text="Toll 83.", figures=[fig(count=83)]))
    v2 = stored(store, bulletin(text="Toll now 128.", figures=[fig(count=128)]))
    assert v2.version == 2
    alert = evaluate_rule(rule, v2, store.get(v1.bulletin_id, 1))
    assert alert is not None and alert.revision == {"kind": "killed", "from": 83, "to": 128, "previous_version": 1}
    assert "killed toll rose from 83 to 128" in alert.text
    # the same toll in a reworded version: nothing new to say
    v3 = stored(store, bulletin(text="Toll still 128, reworded.", figures=[fig(count=128)]))
    assert evaluate_rule(rule, v3, store.get(v1.bulletin_id, 2)) is None
    # revisions off: a later version never alerts again
    off = rules_doc([], revisions=False).rules[0]
    assert evaluate_rule(off, v2, store.get(v1.bulletin_id, 1)) is None
    # ... unless the earlier version did not match at all
    low = stored(store, bulletin(url="http://127.0.0.1/b/2", text="Toll 4.", figures=[fig(count=4)]))
    up = stored(store, bulletin(url="http://127.0.0.1/b/2", text="Toll 12.", figures=[fig(count=12)]))
    assert evaluate_rule(off, up, store.get(low.bulletin_id, 1)) is not None


def test_revision_stated_in_the_text_is_worded():
    rule = rules_doc([]).rules[0]
    b = bulletin(figures=[fig(count=128, revision=True, previous_count=83, place="Jisr al-Shughur")])
    alert = evaluate_rule(rule, b)
    assert "128 killed in Jisr al-Shughur (toll rose from 83 to 128)" in alert.text


def test_an_arabic_figure_names_its_victims_in_english_not_as_a_bare_arabic_noun():
    """An English alert on an Arabic bulletin said "54 killed (شخصاً)": the Arabic word for
    persons, as written, read inside English. It names the victim categories instead (and none
    when they are unknown); an English figure keeps its phrase as written."""
    rule = rules_doc([]).rules[0]
    ar = bulletin(lang="ar", text="مقتل 54 شخصاً", figures=[
        fig(count=54, victims="شخصاً", victim_categories=["unknown"], lang="ar", place="إدلب"),
        fig(count=12, victims="مدنياً بينهم 5 أطفال", victim_categories=["civilians", "children"], lang="ar")])
    text = evaluate_rule(rule, ar).text
    assert "54 killed in إدلب" in text and "شخصاً" not in text
    assert "12 killed (civilians, children)" in text
    en = bulletin(figures=[fig(count=12, victims="civilians, including five children", lang="en")])
    assert "12 killed (civilians, including five children)" in evaluate_rule(rule, en).text


# -- delivery -----------------------------------------------------------------
def test_webhook_delivery_once_and_state_survives_restart(tmp_path, webhook_receiver):
    store = Store(tmp_path)
    stored(store, bulletin(figures=[fig(count=12, place="Ariha", governorate="Idlib")]))
    rs = rules_doc([{"name": "hook", "type": "webhook", "url": webhook_receiver.url}])
    report = run_alerts(store, rs, after="nlp", backoff=0)
    assert report.sent["hook"] == 1 and not report.failed
    body = webhook_receiver.bodies[0]
    assert body["text"].startswith("[killed-10] sohr-en, 2024-03-02: 12 killed in Ariha")
    assert body["alerts"][0]["figures"][0]["count"] == 12
    store.close()
    again = run_alerts(Store(tmp_path), rs, after="nlp", backoff=0)  # a new process, same data dir
    assert again.versions_evaluated == 0 and again.alerts_sent == 0
    assert len(webhook_receiver.requests) == 1


def test_same_alert_never_sent_twice_even_if_the_version_is_re_evaluated(tmp_path, webhook_receiver):
    store = Store(tmp_path)
    stored(store, bulletin(figures=[fig(count=12)]))
    rs = rules_doc([{"name": "hook", "type": "webhook", "url": webhook_receiver.url}])
    run_alerts(store, rs, after="nlp", backoff=0)
    store.reset_stage("alerts")  # e.g. a crash after delivering but before marking the version
    report = run_alerts(store, rs, after="nlp", backoff=0)
    assert report.already_sent == 1 and report.alerts_sent == 0
    assert len(webhook_receiver.requests) == 1


def test_two_alert_stages_at_once_deliver_once(tmp_path, webhook_receiver):
    import threading

    store = Store(tmp_path)
    for i in range(5):
        stored(store, bulletin(url=f"http://127.0.0.1/b/{i}", text=f"Raid number {i}.", figures=[fig(count=12)]))
    rs = rules_doc([{"name": "hook", "type": "webhook", "url": webhook_receiver.url}])
    reports = []
    threads = [threading.Thread(target=lambda: reports.append(run_alerts(Store(tmp_path), rs, after="nlp")))
               for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sum(r.alerts_sent for r in reports) == 5 and len(webhook_receiver.requests) == 5


def test_retries_with_backoff_then_succeeds(webhook_receiver):
    webhook_receiver.fail_next(2, status=503)
    waits = []
    outcome = deliver(WebhookChannel("hook", url=webhook_receiver.url), Message("s", "hello"), attempts=3,
                      backoff=0.5, sleep=waits.append)
    assert outcome.ok and outcome.attempts == 3 and waits == [0.5, 1.0]
    assert webhook_receiver.bodies == [{"text": "hello", "alerts": []}]


def test_text_only_payload_for_strict_receivers(webhook_receiver):
    ch = WebhookChannel("hook", url=webhook_receiver.url, payload="text")
    assert deliver(ch, Message("s", "hello", [{"key": "k"}]), attempts=1).ok
    assert webhook_receiver.bodies == [{"text": "hello"}]


def test_alerts_send_command_runs_the_stage(tmp_path, webhook_receiver, capsys):
    store = Store(tmp_path / "data")
    stored(store, bulletin(figures=[fig(count=12)]))
    rules = tmp_path / "rules.yaml"
    rules.write_text(json.dumps({"channels": [{"name": "hook", "type": "webhook", "url": webhook_receiver.url}],
                                 "rules": [{"name": "killed-10", "kinds": ["killed"], "min_count": 10}]}))
    args = ["alerts", "send", "--data", str(tmp_path / "data"), "--rules", str(rules), "--after", "nlp"]
    assert main(args + ["--json"]) == 0
    assert json.loads(capsys.readouterr().out)["messages_sent"] == {"hook": 1}
    assert main(args) == 0 and len(webhook_receiver.requests) == 1
    # without --json: a line a person reads, not a JSON dump
    out = capsys.readouterr().out
    assert out.startswith("alerts: 0 version(s) evaluated, 0 alert(s) raised; messages sent: none") and "{" not in out
    assert "no newly indexed version waits for the alert stage" in out


def test_alerts_send_says_what_it_sent_in_words(tmp_path, webhook_receiver, capsys):
    """`alerts send` printed a JSON dump where every other command prints text (and JSON with --json)."""
    store = Store(tmp_path / "data")
    stored(store, bulletin(figures=[fig(count=12)]))
    rules = tmp_path / "rules.yaml"
    rules.write_text(json.dumps({"channels": [{"name": "hook", "type": "webhook", "url": webhook_receiver.url}],
                                 "rules": [{"name": "killed-10", "kinds": ["killed"], "min_count": 10}]}))
    assert main(["alerts", "send", "--data", str(tmp_path / "data"), "--rules", str(rules), "--after", "nlp"]) == 0
    out = capsys.readouterr().out
    assert out == "alerts: 1 version(s) evaluated, 1 alert(s) raised; messages sent: hook 1\n"


def test_client_errors_are_not_retried(webhook_receiver):
    webhook_receiver.fail_next(1, status=404)
    outcome = deliver(WebhookChannel("hook", url=webhook_receiver.url), Message("s", "x"), attempts=3, backoff=0)
    assert not outcome.ok and outcome.attempts == 1 and "HTTP 404" in outcome.error


def test_broken_channel_does_not_block_others_and_is_retried_next_run(tmp_path, webhook_receiver):
    store = Store(tmp_path)
    stored(store, bulletin(figures=[fig(count=12)]))
    log = tmp_path / "alerts.log"
    channels = [{"name": "hook", "type": "webhook", "url": webhook_receiver.url},
                {"name": "log", "type": "file", "path": str(log)}]
    rs = rules_doc(channels)
    webhook_receiver.fail_next(3, status=500)
    first = run_alerts(store, rs, after="nlp", attempts=3, backoff=0)
    assert first.sent == {"log": 1} and "HTTP 500" in first.failed["hook"][0]
    assert "after 3 attempt(s)" in first.failed["hook"][0]
    assert log.read_text().count("[killed-10]") == 1
    # next run: the webhook is back; only it gets the alert, the file is not written twice
    second = run_alerts(store, rs, after="nlp", attempts=3, backoff=0)
    assert second.sent == {"hook": 1} and second.already_sent == 1
    assert log.read_text().count("[killed-10]") == 1 and len(webhook_receiver.requests) == 1
    assert run_alerts(store, rs, after="nlp").versions_evaluated == 0


def test_unreachable_webhook_is_reported(tmp_path):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nothing listens there
    outcome = deliver(WebhookChannel("hook", url=f"http://127.0.0.1:{port}/x"), Message("s", "x"), attempts=2,
                      backoff=0)
    assert not outcome.ok and outcome.attempts == 2 and "unreachable" in outcome.error


def test_email_over_starttls_with_login_from_environment(tmp_path, smtp_server, monkeypatch):
    monkeypatch.setenv("TOLLWATCH_SMTP_USERNAME", smtp_server.username)
    monkeypatch.setenv("TOLLWATCH_SMTP_PASSWORD", smtp_server.password)
    store = Store(tmp_path)
    stored(store, bulletin(figures=[fig(count=12, place="Ariha")]))
    stored(store, bulletin(url="http://127.0.0.1/b/9", text="Another raid.", figures=[fig(count=31)]))
    rs = rules_doc([{"name": "mail", "type": "email", "host": smtp_server.host, "port": smtp_server.port,
                     "sender": "tollwatch@example.org", "to": ["desk@example.org"], "ca_file": smtp_server.ca_file,
                     "digest": True}])
    report = run_alerts(store, rs, after="nlp", backoff=0)
    assert report.sent == {"mail": 1} and len(report.alerts) == 2
    (msg,) = smtp_server.messages
    assert msg["Subject"] == "tollwatch: 2 new casualty alerts" and msg["To"] == "desk@example.org"
    body = msg.get_body(("plain",)).get_content()
    assert "12 killed in Ariha" in body and "31 killed" in body
    attachment = next(msg.iter_attachments())
    assert len(json.loads(attachment.get_content())) == 2


def test_email_wrong_password_fails_without_retrying(smtp_server, monkeypatch):
    monkeypatch.setenv("TOLLWATCH_SMTP_USERNAME", smtp_server.username)
    monkeypatch.setenv("TOLLWATCH_SMTP_PASSWORD", "wrong")
    ch = EmailChannel("mail", host=smtp_server.host, port=smtp_server.port, sender="a@example.org",
                      to="b@example.org", ca_file=smtp_server.ca_file)
    outcome = deliver(ch, Message("s", "x"), attempts=3, backoff=0)
    assert not outcome.ok and outcome.attempts == 1 and "login refused" in outcome.error
    assert smtp_server.messages == []


def test_email_without_starttls_refuses_to_send_credentials(monkeypatch):
    monkeypatch.setenv("TOLLWATCH_SMTP_USERNAME", "u")
    ch = EmailChannel("mail", host="127.0.0.1", port=1, sender="a@x", to="b@x", starttls=False)
    outcome = deliver(ch, Message("s", "x"), attempts=3, backoff=0)
    assert not outcome.ok and "without STARTTLS" in outcome.error


def test_stdout_channel_and_jsonl_file(tmp_path, capsys):
    alerts = [{"key": "r|x-v1", "text": "hello"}]
    deliver(FileChannel("out"), Message("s", "hello", alerts))
    assert capsys.readouterr().out == "hello\n\n"
    path = tmp_path / "a.jsonl"
    deliver(FileChannel("f", str(path), format="jsonl"), Message("s", "hello", alerts))
    assert [json.loads(line) for line in path.read_text().splitlines()] == alerts


def test_no_channels_means_standard_output():
    (ch,) = build_channels(parse_rules({"rules": [{"name": "a"}]}))
    assert isinstance(ch, FileChannel) and ch.path == "-"


def test_rule_channels_route_alerts(tmp_path, webhook_receiver):
    store = Store(tmp_path)
    stored(store, bulletin(figures=[fig("detained", 20)]))
    rs = parse_rules({"channels": [{"name": "hook", "type": "webhook", "url": webhook_receiver.url},
                                   {"name": "log", "type": "file", "path": str(tmp_path / "log.txt")}],
                      "rules": [{"name": "arrests", "kinds": ["detained"], "channels": ["log"]}]})
    report = run_alerts(store, rs, after="nlp")
    assert report.sent == {"log": 1} and webhook_receiver.requests == []


def test_only_versions_past_the_given_stage_are_evaluated(tmp_path):
    store = Store(tmp_path)
    stored(store, bulletin(figures=[fig(count=12)]), stage="nlp")
    rs = rules_doc([{"name": "f", "type": "file", "path": str(tmp_path / "out.txt")}])
    assert run_alerts(store, rs, after="index:test").versions_evaluated == 0
    store.mark_done("index:test", store.bulletins())
    assert run_alerts(store, rs, after="index:test").alerts_sent == 1


# -- commands -----------------------------------------------------------------
def test_alerts_test_command_sends_nothing(tmp_path, webhook_receiver, capsys):
    store = Store(tmp_path / "data")
    stored(store, bulletin(figures=[fig(count=12, place="Ariha")]))
    rules = tmp_path / "rules.yaml"
    rules.write_text(json.dumps({"channels": [{"name": "hook", "type": "webhook", "url": webhook_receiver.url}],
                                 "rules": [{"name": "killed-10", "kinds": ["killed"], "min_count": 10}]}))
    assert main(["alerts", "test", "killed-10", "--data", str(tmp_path / "data"), "--rules", str(rules)]) == 0
    out = capsys.readouterr().out
    assert "1 alert(s)" in out and "12 killed in Ariha" in out and "nothing is sent" in out
    assert webhook_receiver.requests == [] and store.state_items(SENT_NAMESPACE) == {}
    assert main(["alerts", "test", "nope", "--data", str(tmp_path / "data"), "--rules", str(rules)]) == 2
    assert "no rule named 'nope'" in capsys.readouterr().err


def test_export_kibana_writes_es_query_rules(tmp_path, capsys):
    out = tmp_path / "kibana-rules.json"
    assert main(["alerts", "export-kibana", "--rules", str(ROOT / "alerts" / "example.yaml"), "--out", str(out)]) == 0
    rules = json.loads(out.read_text())
    assert len(rules) == 3
    r = next(x for x in rules if x["name"] == "tollwatch: idlib-civilians")
    assert r["rule_type_id"] == ".es-query" and r["schedule"] == {"interval": "1h"}
    p = r["params"]
    assert p["searchType"] == "esQuery" and p["thresholdComparator"] == ">" and p["threshold"] == [0]
    assert p["timeWindowSize"] == 1 and p["timeWindowUnit"] == "h" and p["excludeHitsFromPreviousRun"] is True
    query = json.loads(p["esQuery"])["query"]["bool"]
    nested = query["filter"][0]["nested"]
    assert nested["path"] == "casualties"
    assert {"terms": {"casualties.kind": ["killed", "injured"]}} in nested["query"]["bool"]["filter"]
    assert {"terms": {"lang": ["en", "ar"]}} in query["filter"]
    # the rule's query exactly as the Elasticsearch backend runs it for `tollwatch search`
    from indexing.elastic import BULLETIN_FIELDS
    from indexing.query import parse, to_es

    assert query["must"] == [to_es(parse("civilian* OR children OR مدنيين OR أطفال"), BULLETIN_FIELDS)]
    assert len(query["must"][0]["bool"]["should"]) == 4


def test_es_query_of_a_plain_rule():
    rule = parse_rules({"rules": [{"name": "a", "kinds": ["killed"], "min_count": 20}]}).rules[0]
    q = es_query(rule)["query"]["bool"]
    assert q["must"] == [] and len(q["filter"]) == 1
    assert export_rules(parse_rules({"rules": [{"name": "a"}]}), interval="30m")[0]["params"]["timeWindowUnit"] == "m"
