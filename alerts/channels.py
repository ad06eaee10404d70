"""Where alerts are delivered: a webhook, e-mail over SMTP, or a file / standard output.

Every channel has one method, ``send(message)``, that delivers a ``Message`` or
raises ``DeliveryError``; ``deliver(channel, message)`` retries a failed delivery
with exponential back-off through tenacity (settings ``alerts_retries``, default 3
attempts, and ``alerts_backoff``, default 1.0 s, doubled each time) and returns the
outcome instead of raising, so one broken channel never stops the others.

Every message carries a stable id (``Message.id``, the same for the same alerts
whenever it is sent): webhooks get it in an ``Idempotency-Key`` header and, with the
full payload, as ``"id"`` in the body; e-mails as their ``Message-ID``. A receiver that
sees an id twice (a run killed between the receiver accepting a message and tollwatch
recording it) can drop the repeat.

Channel options (in the rules file, ``channels:``):

* ``webhook``: ``url`` or ``url_env`` (the environment variable holding the URL,
  for Slack-style secret URLs; a ``url`` with ``user:pass@``, a token parameter or a
  secret-path service is refused), ``headers`` (mapping; credential headers such as
  ``Authorization`` are refused), ``headers_env`` (header -> environment variable holding
  its value), ``timeout`` (s, default 10),
  ``payload`` (``full``, the default: ``{"text": ..., "alerts": [...]}``; ``text``:
  only ``{"text": ...}``, for receivers that refuse unknown fields). ``text`` is what
  Slack shows.
* ``email``: ``host``, ``port`` (587), ``sender``, ``to`` (list), ``starttls``
  (true), ``ca_file`` (a CA bundle to verify the server with), ``timeout`` (s, 30),
  ``username_env``/``password_env`` (default ``TOLLWATCH_SMTP_USERNAME`` /
  ``TOLLWATCH_SMTP_PASSWORD``; credentials come from the environment only).
  Logging in without STARTTLS is refused.
* ``file``: ``path`` (``-`` = standard output, the default), ``format``
  (``text`` or ``jsonl``).
"""

from __future__ import annotations

import json
import os
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Optional

from tollwatch import config


class DeliveryError(RuntimeError):
    """A delivery failed; ``retryable`` says whether trying again may help."""

    def __init__(self, message: str, retryable: bool = True):
        super().__init__(message)
        self.retryable = retryable


@dataclass
class Message:
    subject: str
    text: str
    alerts: list[dict[str, Any]] = field(default_factory=list)
    id: Optional[str] = None  # stable per alert (or set of alerts): the idempotency key


@dataclass
class Outcome:
    channel: str
    ok: bool
    attempts: int
    error: Optional[str] = None


# -- validation (called by alerts.rules when the file is read) ----------------
_OPTIONS = {
    "webhook": {"url", "url_env", "headers", "headers_env", "timeout", "payload"},
    "email": {"host", "port", "sender", "to", "starttls", "ca_file", "timeout", "username_env", "password_env"},
    "file": {"path", "format"},
}


def validate_options(ctype: str, options: dict[str, Any]) -> None:
    unknown = set(options) - _OPTIONS[ctype]
    if unknown:
        raise ValueError(f"unknown option(s) {sorted(unknown)} for a {ctype} channel; expected {sorted(_OPTIONS[ctype])}")
    if ctype == "webhook" and not (options.get("url") or options.get("url_env")):
        raise ValueError("a webhook channel needs 'url' or 'url_env'")
    if ctype == "webhook":
        for key in ("headers", "headers_env"):
            if options.get(key) is not None and not (isinstance(options[key], dict) and all(
                    isinstance(k, str) and isinstance(v, str) for k, v in options[key].items())):
                raise ValueError(f"'{key}' must be a mapping of header name to string")
        for header in options.get("headers") or {}:
            if _SECRET_HEADER.search(header):
                raise ValueError(
                    f"header {header!r} holds a credential, which may not be written in the rules file; put it in "
                    f"an environment variable and name it with 'headers_env: {{{header}: VARIABLE}}'"
                )
    if ctype == "webhook" and options.get("url"):
        from tollwatch.config import redact_url, url_secret

        secret = url_secret(str(options["url"]))
        if secret:
            raise ValueError(
                f"'url' {redact_url(str(options['url']))} holds {secret}, which may not be written in the rules file;"
                " put the whole URL in an environment variable and name it with 'url_env'"
            )
    if ctype == "email":
        for key in ("host", "sender", "to"):
            if not options.get(key):
                raise ValueError(f"an email channel needs '{key}'")
    if ctype == "webhook" and options.get("payload", "full") not in ("full", "text"):
        raise ValueError("'payload' must be full or text")
    if ctype == "file" and options.get("format", "text") not in ("text", "jsonl"):
        raise ValueError("'format' must be text or jsonl")


# Header names whose values are credentials: refused in the rules file (use headers_env).
_SECRET_HEADER = re.compile(r"authorization|token|secret|api[-_]?key|password|signature|cookie", re.I)


# -- channels -----------------------------------------------------------------
class Channel:
    type = ""

    def __init__(self, name: str, digest: bool = False):
        self.name = name
        self.digest = digest

    def send(self, message: Message) -> None:  # pragma: no cover - interface
        raise NotImplementedError

    def describe(self) -> str:
        return f"{self.name} ({self.type})"


class WebhookChannel(Channel):
    type = "webhook"

    def __init__(self, name: str, url: Optional[str] = None, url_env: Optional[str] = None,
                 headers: Optional[dict[str, str]] = None, headers_env: Optional[dict[str, str]] = None,
                 timeout: float = 10, payload: str = "full",
                 digest: bool = False):
        super().__init__(name, digest)
        self.payload = payload
        self.url = url
        self.url_env = url_env
        self.headers = dict(headers or {})
        self.headers_env = dict(headers_env or {})
        self.timeout = float(timeout)

    def _url(self) -> str:
        url = self.url or (os.environ.get(self.url_env) if self.url_env else None)
        if not url:
            raise DeliveryError(f"webhook URL not set (environment variable {self.url_env} is empty)", retryable=False)
        return url

    def send(self, message: Message) -> None:
        import urllib.error
        import urllib.request

        url = self._url()
        doc: dict[str, Any] = {"text": message.text}
        if self.payload == "full":
            if message.id:
                doc["id"] = message.id
            doc["alerts"] = message.alerts
        body = json.dumps(doc, ensure_ascii=False).encode("utf-8")
        headers = {"Content-Type": "application/json; charset=utf-8", **self.headers}
        for header, variable in self.headers_env.items():
            value = os.environ.get(variable)
            if not value:
                raise DeliveryError(f"header {header}: environment variable {variable} is empty", retryable=False)
            headers[header] = value
        if message.id:
            headers["Idempotency-Key"] = message.id
        req = urllib.request.Request(url, data=body, method="POST", headers=headers)
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                resp.read()
        except urllib.error.HTTPError as exc:
            retryable = exc.code >= 500 or exc.code in (408, 429)
            raise DeliveryError(f"webhook answered HTTP {exc.code} {exc.reason}", retryable=retryable) from exc
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise DeliveryError(f"webhook unreachable: {reason}") from exc


class EmailChannel(Channel):
    type = "email"

    def __init__(self, name: str, host: str, sender: str, to: list[str] | str, port: int = 587,
                 starttls: bool = True, ca_file: Optional[str] = None, timeout: float = 30,
                 username_env: str = "TOLLWATCH_SMTP_USERNAME", password_env: str = "TOLLWATCH_SMTP_PASSWORD",
                 digest: bool = False):
        super().__init__(name, digest)
        self.host, self.port, self.sender = host, int(port), sender
        self.to = [to] if isinstance(to, str) else list(to)
        self.starttls, self.ca_file, self.timeout = bool(starttls), ca_file, float(timeout)
        self.username_env, self.password_env = username_env, password_env

    def send(self, message: Message) -> None:
        import smtplib
        import ssl
        from email.message import EmailMessage

        username = os.environ.get(self.username_env) or None
        password = os.environ.get(self.password_env) or None
        if username and not self.starttls:
            raise DeliveryError("refusing to send SMTP credentials without STARTTLS", retryable=False)
        msg = EmailMessage()
        msg["From"] = self.sender
        msg["To"] = ", ".join(self.to)
        msg["Subject"] = message.subject
        if message.id:
            msg["Message-ID"] = f"<{message.id}@tollwatch>"
        msg.set_content(message.text)
        msg.add_attachment(json.dumps(message.alerts, ensure_ascii=False, indent=1).encode("utf-8"),
                           maintype="application", subtype="json", filename="alerts.json")
        try:
            with smtplib.SMTP(self.host, self.port, timeout=self.timeout) as smtp:
                smtp.ehlo()
                if self.starttls:
                    ctx = ssl.create_default_context(cafile=self.ca_file)
                    smtp.starttls(context=ctx)
                    smtp.ehlo()
                if username:
                    smtp.login(username, password or "")
                smtp.send_message(msg)
        except smtplib.SMTPAuthenticationError as exc:
            raise DeliveryError(f"SMTP login refused by {self.host}:{self.port}: {exc.smtp_code}", retryable=False) from exc
        except smtplib.SMTPNotSupportedError as exc:
            raise DeliveryError(f"SMTP server {self.host}:{self.port} does not offer STARTTLS", retryable=False) from exc
        except smtplib.SMTPResponseException as exc:
            retryable = 400 <= exc.smtp_code < 500
            raise DeliveryError(f"SMTP server {self.host}:{self.port} answered {exc.smtp_code}", retryable) from exc
        except (smtplib.SMTPException, ssl.SSLError, OSError) as exc:
            raise DeliveryError(f"SMTP delivery to {self.host}:{self.port} failed: {exc}") from exc


class FileChannel(Channel):
    type = "file"

    def __init__(self, name: str, path: str = "-", format: str = "text", digest: bool = False):
        super().__init__(name, digest)
        self.path = str(path)
        self.format = format

    def send(self, message: Message) -> None:
        if self.format == "jsonl":
            out = "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in message.alerts)
        else:
            out = message.text.rstrip("\n") + "\n\n"
        if self.path == "-":
            sys.stdout.write(out)
            sys.stdout.flush()
            return
        try:
            p = Path(self.path)
            p.parent.mkdir(parents=True, exist_ok=True)
            with p.open("a", encoding="utf-8") as fh:
                fh.write(out)
        except OSError as exc:
            raise DeliveryError(f"cannot write alerts to {self.path}: {exc.strerror}", retryable=False) from exc

    def describe(self) -> str:
        return f"{self.name} (file {'standard output' if self.path == '-' else self.path})"


def build_channel(name: str, ctype: str, options: dict[str, Any], digest: bool = False) -> Channel:
    cls = {"webhook": WebhookChannel, "email": EmailChannel, "file": FileChannel}[ctype]
    return cls(name=name, digest=digest, **options)


# -- delivery -----------------------------------------------------------------
def deliver(channel: Channel, message: Message, attempts: Optional[int] = None, backoff: Optional[float] = None,
            sleep: Callable[[float], None] = time.sleep) -> Outcome:
    """Send with retries and exponential back-off (tenacity); never raises. Errors that
    waiting cannot mend (``DeliveryError.retryable`` false) are not retried."""
    from tenacity import RetryError, Retrying, retry_if_exception, stop_after_attempt, wait_exponential

    attempts = max(1, attempts if attempts is not None else config.get_int("alerts_retries", 3))
    backoff = backoff if backoff is not None else float(config.get("alerts_backoff", 1.0))
    retrying = Retrying(
        stop=stop_after_attempt(attempts),
        wait=wait_exponential(multiplier=backoff, exp_base=2, min=0, max=3600),
        retry=retry_if_exception(lambda exc: not isinstance(exc, DeliveryError) or exc.retryable),
        sleep=sleep,
        reraise=True,
    )
    try:
        retrying(channel.send, message)
        return Outcome(channel.name, True, retrying.statistics.get("attempt_number", 1))
    except DeliveryError as exc:
        return Outcome(channel.name, False, retrying.statistics.get("attempt_number", 1), str(exc))
    except RetryError as exc:  # pragma: no cover - reraise=True re-raises the last error instead
        return Outcome(channel.name, False, attempts, str(exc))
    except Exception as exc:  # a bug in a channel must not stop the run
        return Outcome(channel.name, False, retrying.statistics.get("attempt_number", 1),
                       f"{type(exc).__name__}: {exc}")
