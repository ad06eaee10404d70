"""The alert stage: evaluate the rules on newly indexed bulletin versions and deliver.

``run_alerts(store, ruleset, after=...) -> AlertReport`` takes the versions that
have passed stage ``after`` (the index stage of the run) but not ``alerts``,
evaluates every rule on each (against the previous version, for revisions), and the
``per: incident`` rules on the store's incidents (``evaluate_incidents``), and
sends each alert to the rule's channels, one message per alert or, in digest mode,
one message per channel for the whole run.

Never twice: a delivery is recorded in the store (kv namespace ``alerts:sent``,
key ``rule|version_id|channel``) right after it succeeds, before the next message is sent, and a version is marked
``alerts`` once every delivery for it succeeded. A channel that failed is tried
again on the next run for just the alerts it missed; the other channels are not
sent anything twice. The state lives in the data directory's SQLite store, so it
survives restarts; a lock file (``<data>/alerts.lock``) keeps two alert stages on one data
directory (a CLI run and an Airflow task) from running at once. Each message carries a stable id
(``message_id``: the idempotency key of webhooks, the Message-ID of e-mails), so a receiver can
drop the one repeat a kill between its acceptance and our record can cause. A file channel's
relative path is under the data directory. ``dry_run=True`` evaluates and formats, records nothing, sends nothing.
"""

from __future__ import annotations

import logging
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Optional

from alerts.channels import Channel, FileChannel, Message, Outcome, build_channel, deliver
from alerts.evaluate import Alert, evaluate_incident, evaluate_rule
from alerts.rules import RuleSet
from store import Store, utcnow
from tollwatch.records import Bulletin

log = logging.getLogger(__name__)

STAGE = "alerts"
SENT_NAMESPACE = "alerts:sent"


@dataclass
class AlertReport:
    versions_evaluated: int = 0
    alerts: list[dict[str, Any]] = field(default_factory=list)  # every alert raised this run
    sent: Counter = field(default_factory=Counter)  # per channel: messages delivered
    failed: dict[str, list[str]] = field(default_factory=dict)  # per channel: errors
    already_sent: int = 0  # alert x channel pairs skipped because they were delivered before
    dry_run: bool = False

    @property
    def alerts_sent(self) -> int:
        return sum(self.sent.values())

    def to_dict(self) -> dict[str, Any]:
        return {
            "versions_evaluated": self.versions_evaluated,
            "alerts_raised": len(self.alerts),
            "messages_sent": dict(self.sent),
            "failed": self.failed,
            "already_sent": self.already_sent,
            "dry_run": self.dry_run,
            "alerts": [{"key": a["key"], "rule": a["rule"], "text": a["text"]} for a in self.alerts],
        }


def build_channels(ruleset: RuleSet, data_dir: Optional[str | Path] = None) -> list[Channel]:
    """The rules file's channels; standard output when it defines none. A file channel's
    relative ``path`` (``alerts.log``) is under ``data_dir``, not the working directory."""
    if not ruleset.channels:
        return [FileChannel("stdout", "-", digest=ruleset.digest)]
    channels = []
    for c in ruleset.channels:
        options = dict(c.options)
        if c.type == "file" and data_dir is not None and options.get("path", "-") != "-":
            options["path"] = str(Path(data_dir) / Path(str(options["path"])).expanduser())
        channels.append(build_channel(c.name, c.type, options, digest=ruleset.digest if c.digest is None else c.digest))
    return channels


def message_id(alerts: list[Alert]) -> str:
    """The stable id of a message carrying ``alerts``: the same alerts give the same id on
    every run and every machine (the idempotency key receivers can drop repeats by)."""
    import hashlib

    keys = "\n".join(sorted(a.key for a in alerts))
    return "tollwatch-" + hashlib.sha256(keys.encode("utf-8")).hexdigest()[:32]


def evaluate_versions(store: Store, ruleset: RuleSet, versions: Iterable[Bulletin]) -> list[Alert]:
    """Every alert the rules raise on ``versions`` (each compared to its previous version)."""
    alerts: list[Alert] = []
    rules = [r for r in ruleset.rules if r.per == "bulletin"]
    for b in versions:
        previous = store.get(b.bulletin_id, b.version - 1) if b.version > 1 else None
        for rule in rules:
            alert = evaluate_rule(rule, b, previous)
            if alert is not None:
                alerts.append(alert)
    return alerts


def evaluate_incidents(store: Store, ruleset: RuleSet) -> list[Alert]:
    """Every alert the ``per: incident`` rules raise on the store's incidents as they stand (the
    alert keys hold the toll, so what was delivered before is skipped, never repeated)."""
    rules = [r for r in ruleset.rules if r.per == "incident"]
    if not rules:
        return []
    alerts: list[Alert] = []
    for incident in store.incidents():
        for rule in rules:
            alert = evaluate_incident(rule, incident)
            if alert is not None:
                alerts.append(alert)
    return alerts


def _subject(alerts: list[Alert]) -> str:
    if len(alerts) == 1:
        a = alerts[0]
        top = a.figures[0]
        what = f"{top['kind']} toll rose to {a.revision['to']}" if a.revision else f"{top['count']} {top['kind']}"
        where = f" in {top['place']}" if top.get("place") else ""
        return f"tollwatch [{a.rule}]: {what}{where} ({a.source})"
    return f"tollwatch: {len(alerts)} new casualty alerts"


def format_message(alerts: list[Alert]) -> Message:
    if len(alerts) == 1:
        text = alerts[0].text
    else:
        text = f"tollwatch: {len(alerts)} new casualty alerts\n\n" + "\n\n".join(a.text for a in alerts)
    return Message(subject=_subject(alerts), text=text, alerts=[a.to_dict() for a in alerts], id=message_id(alerts))


@contextmanager
def exclusive(store: Store) -> Iterator[None]:
    """One alert stage at a time per store (``<data>/alerts.lock``; with the PostgreSQL store a
    database lock across machines), so a CLI run and an Airflow task started together cannot
    both deliver the same alert."""
    with store.exclusive("alerts"):
        yield


def run_alerts(store: Store, ruleset: RuleSet, after: Optional[str] = "nlp", channels: Optional[list[Channel]] = None,
               dry_run: bool = False, attempts: Optional[int] = None, backoff: Optional[float] = None,
               on_message: Optional[Callable[[str, Message], None]] = None) -> AlertReport:
    """Evaluate and deliver alerts for the versions pending ``alerts`` (that passed ``after``)."""
    if dry_run:
        return _run_alerts(store, ruleset, after, channels, dry_run, attempts, backoff, on_message)
    with exclusive(store):
        return _run_alerts(store, ruleset, after, channels, dry_run, attempts, backoff, on_message)


def _run_alerts(store: Store, ruleset: RuleSet, after: Optional[str], channels: Optional[list[Channel]],
                dry_run: bool, attempts: Optional[int], backoff: Optional[float],
                on_message: Optional[Callable[[str, Message], None]]) -> AlertReport:
    report = AlertReport(dry_run=dry_run)
    channels = channels if channels is not None else build_channels(ruleset, store.data_dir)
    by_name = {c.name: c for c in channels}
    versions = list(store.pending(STAGE, after=after))
    report.versions_evaluated = len(versions)
    alerts = evaluate_versions(store, ruleset, versions) + evaluate_incidents(store, ruleset)
    report.alerts = [a.to_dict() for a in alerts]
    rules = {r.name: r for r in ruleset.rules}

    # What each channel still owes: alert -> channel, minus what was delivered before.
    sent_before = store.state_items(SENT_NAMESPACE) if not dry_run else {}
    owed: dict[str, list[Alert]] = {c.name: [] for c in channels}
    for a in alerts:
        targets = rules[a.rule].channels or list(by_name)
        for name in targets:
            if name not in by_name:
                continue
            if f"{a.key}|{name}" in sent_before:
                report.already_sent += 1
            else:
                owed[name].append(a)
    # an incident's alert is evaluated on every run: it counts as raised only while some channel is owed it
    owed_keys = {a.key for pending in owed.values() for a in pending}
    report.alerts = [a.to_dict() for a in alerts if a.incident_id is None or a.key in owed_keys]

    unfinished: set[str] = set()  # version ids with a failed delivery
    for name, pending in owed.items():
        if not pending:
            continue
        channel = by_name[name]
        batches = [pending] if channel.digest else [[a] for a in pending]
        for batch in batches:
            message = format_message(batch)
            if on_message is not None:
                on_message(name, message)
            if dry_run:
                continue
            outcome: Outcome = deliver(channel, message, attempts=attempts, backoff=backoff)
            if outcome.ok:
                report.sent[name] += 1
                now = utcnow()
                for a in batch:
                    store.set_state(SENT_NAMESPACE, f"{a.key}|{name}", {"at": now, "channel": name})
            else:
                err = f"{outcome.error} (after {outcome.attempts} attempt(s))"
                report.failed.setdefault(name, []).append(err)
                log.warning("alert channel %s failed: %s", channel.describe(), err)
                unfinished.update(f"{a.bulletin_id}-v{a.version}" for a in batch)
    if not dry_run:
        store.mark_done(STAGE, [b for b in versions if b.version_id not in unfinished])
    return report
