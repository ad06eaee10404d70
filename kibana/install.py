"""Load tollwatch's Kibana saved objects (data views, saved searches, the dashboard) into a Kibana.

``import_saved_objects(url)`` sends every ``*.ndjson`` file of the objects folder, as one
file, to Kibana's saved-objects import API (``POST /api/saved_objects/_import?overwrite=true``,
multipart ``file`` field, ``kbn-xsrf`` header), so a re-import replaces the objects in place and
never duplicates them (their ids are fixed in the NDJSON). ``wait_until_available(url)`` polls
``/api/status`` until Kibana answers ``available`` (the compose setup service waits with it).
``install_rules(rules, url)`` creates or updates Kibana alerting rules (the create-rule bodies
``tollwatch alerts export-kibana`` writes) under ids derived from their names
(``POST /api/alerting/rule/<id>``, then ``PUT`` when the rule exists), so re-running it updates
the rules instead of adding copies.
Only the standard library is used: ``urllib`` and a hand-built multipart body.

Configured by (see ``tollwatch.config``):
- ``TOLLWATCH_KIBANA_URL`` (``kibana_url``): Kibana's base URL, default ``http://127.0.0.1:5601``;
- ``TOLLWATCH_KIBANA_SPACE`` (``kibana_space``): the Kibana space, default the default space;
- ``TOLLWATCH_KIBANA_OBJECTS`` (``kibana_objects``): the folder of ``*.ndjson`` files, default
  the ``kibana/`` folder of the checkout;
- ``TOLLWATCH_ES_PREFIX`` (``es_prefix``, default ``tollwatch-``): the data views point at the
  aliases ``<prefix>bulletins``, ``<prefix>figures`` and ``<prefix>incidents``; the shipped objects say ``tollwatch-``
  and are rewritten for another prefix on import;
- credentials, from the environment only: ``TOLLWATCH_KIBANA_API_KEY`` (an encoded API key, sent
  as ``Authorization: ApiKey ...``), else ``TOLLWATCH_KIBANA_USERNAME`` and
  ``TOLLWATCH_KIBANA_PASSWORD`` (basic authentication); none for a Kibana without security.

Errors are ``KibanaError`` with one line naming the URL and the cause.
"""

from __future__ import annotations

import base64
import json
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Optional

from tollwatch import config

DEFAULT_URL = "http://127.0.0.1:5601"
IMPORT_PATH = "/api/saved_objects/_import"
RULE_PATH = "/api/alerting/rule/"
# what the update-rule API accepts (rule_type_id, consumer and enabled are fixed at creation)
RULE_UPDATE_KEYS = ("name", "tags", "schedule", "params", "actions", "throttle", "notify_when")
STATUS_PATH = "/api/status"


class KibanaError(RuntimeError):
    """Kibana could not be reached or refused the request; the message names the URL and the cause."""


@dataclass
class ImportResult:
    """What Kibana reported for one import: counts, and the objects it refused with their reasons."""

    url: str
    files: list[str]
    objects: int
    success_count: int
    errors: list[dict[str, Any]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors and self.success_count == self.objects

    def describe_errors(self) -> list[str]:
        lines = []
        for err in self.errors:
            detail = err.get("error") or {}
            reason = detail.get("type", "unknown")
            if reason == "missing_references":
                refs = ", ".join(f"{r.get('type')}:{r.get('id')}" for r in detail.get("references", []))
                reason = f"missing references ({refs})"
            elif detail.get("message"):
                reason = f"{reason}: {detail['message']}"
            lines.append(f"{err.get('type')}:{err.get('id')} ({err.get('title') or err.get('meta', {}).get('title', '')}): {reason}")
        return lines


def objects_dir() -> Path:
    """The folder of saved-object NDJSON files: the ``kibana_objects`` setting, else ``kibana/`` of the checkout."""
    configured = config.get("kibana_objects")
    if configured:
        return Path(configured)
    return Path(__file__).resolve().parent


def object_files(directory: Optional[Path] = None) -> list[Path]:
    directory = Path(directory) if directory else objects_dir()
    if not directory.is_dir():
        raise KibanaError(f"saved-objects folder {directory} does not exist (set TOLLWATCH_KIBANA_OBJECTS)")
    files = sorted(directory.glob("*.ndjson"))
    if not files:
        raise KibanaError(f"saved-objects folder {directory} holds no *.ndjson file")
    return files


def load_objects(files: Iterable[Path]) -> list[dict[str, Any]]:
    """Parse NDJSON files into saved objects; a bad line is an error naming the file and the line."""
    objects: list[dict[str, Any]] = []
    for path in files:
        try:
            lines = Path(path).read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise KibanaError(f"cannot read {path}: {exc}") from exc
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise KibanaError(f"{path}:{number}: not JSON: {exc.msg}") from exc
            if not isinstance(obj, dict) or not obj.get("type") or not obj.get("id"):
                raise KibanaError(f"{path}:{number}: a saved object needs a type and an id")
            objects.append(obj)
    return objects


SHIPPED_PREFIX = "tollwatch-"


def retarget(objects: list[dict[str, Any]], prefix: str) -> list[dict[str, Any]]:
    """The objects with their data views pointed at ``<prefix>bulletins``/``figures``/``incidents``
    instead of the shipped ``tollwatch-`` aliases (ids stay, so references still resolve)."""
    if prefix == SHIPPED_PREFIX:
        return objects
    out = []
    for obj in objects:
        title = obj.get("attributes", {}).get("title", "")
        if obj.get("type") == "index-pattern" and title.startswith(SHIPPED_PREFIX):
            obj = json.loads(json.dumps(obj))
            obj["attributes"]["title"] = prefix + title[len(SHIPPED_PREFIX):]
        out.append(obj)
    return out


def auth_header() -> Optional[str]:
    """The Authorization header from the environment (API key first, then username/password)."""
    api_key = config.secret("kibana_api_key")
    if api_key:
        return f"ApiKey {api_key}"
    user, password = config.secret("kibana_username"), config.secret("kibana_password")
    if user:
        token = base64.b64encode(f"{user}:{password or ''}".encode("utf-8")).decode("ascii")
        return f"Basic {token}"
    return None


def _base(url: Optional[str], space: Optional[str]) -> str:
    url = (url or config.get("kibana_url", DEFAULT_URL)).rstrip("/")
    parsed = urllib.parse.urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise KibanaError(f"Kibana URL {url!r} is not an http(s) URL")
    space = space if space is not None else config.get("kibana_space")
    if space and space != "default":
        url = f"{url}/s/{urllib.parse.quote(space)}"
    return url


def _request(req: urllib.request.Request, timeout: float) -> tuple[int, bytes]:
    """Send a request; HTTP error statuses are returned, connection failures raise KibanaError."""
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:  # noqa: S310 - URL checked in _base
            return resp.status, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()
    except urllib.error.URLError as exc:
        raise KibanaError(f"Kibana at {req.full_url} is unreachable: {exc.reason}") from exc
    except (socket.timeout, TimeoutError) as exc:
        raise KibanaError(f"Kibana at {req.full_url} did not answer within {timeout:g} s") from exc
    except OSError as exc:
        raise KibanaError(f"Kibana at {req.full_url}: {exc}") from exc


def _error_text(status: int, body: bytes) -> str:
    try:
        data = json.loads(body)
        message = data.get("message") or data.get("error") or body.decode("utf-8", "replace")
    except (ValueError, AttributeError):
        message = body.decode("utf-8", "replace").strip()[:300]
    hint = ""
    if status == 401:
        hint = " (set TOLLWATCH_KIBANA_USERNAME/TOLLWATCH_KIBANA_PASSWORD or TOLLWATCH_KIBANA_API_KEY)"
    elif status == 403:
        hint = " (the user needs the kibana_admin role or saved-objects management privileges)"
    return f"HTTP {status}: {message}{hint}"


def multipart_body(filename: str, content: bytes, field_name: str = "file") -> tuple[bytes, str]:
    """A multipart/form-data body with one file field; returns (body, content type)."""
    boundary = f"tollwatch-{uuid.uuid4().hex}"
    head = (
        f"--{boundary}\r\n"
        f'Content-Disposition: form-data; name="{field_name}"; filename="{filename}"\r\n'
        "Content-Type: application/ndjson\r\n\r\n"
    ).encode("utf-8")
    tail = f"\r\n--{boundary}--\r\n".encode("utf-8")
    return head + content + tail, f"multipart/form-data; boundary={boundary}"


def import_saved_objects(
    url: Optional[str] = None,
    directory: Optional[Path] = None,
    *,
    space: Optional[str] = None,
    overwrite: bool = True,
    index_prefix: Optional[str] = None,
    timeout: float = 60.0,
) -> ImportResult:
    """Import every ``*.ndjson`` saved object of ``directory`` into the Kibana at ``url``.

    The files are parsed first (a broken file is refused before anything is sent) and sent as
    one NDJSON file, so references between objects in different files always resolve.
    Raises ``KibanaError`` when Kibana is unreachable or rejects the request as a whole; objects
    Kibana refuses one by one are in ``ImportResult.errors``.
    """
    files = object_files(directory)
    prefix = index_prefix if index_prefix is not None else str(config.get("es_prefix", SHIPPED_PREFIX))
    objects = retarget(load_objects(files), prefix)
    content = "".join(json.dumps(o, ensure_ascii=False, separators=(",", ":")) + "\n" for o in objects)
    body, content_type = multipart_body("tollwatch.ndjson", content.encode("utf-8"))
    endpoint = f"{_base(url, space)}{IMPORT_PATH}?overwrite={'true' if overwrite else 'false'}"
    headers = {"kbn-xsrf": "tollwatch", "Content-Type": content_type, "Accept": "application/json"}
    auth = auth_header()
    if auth:
        headers["Authorization"] = auth
    req = urllib.request.Request(endpoint, data=body, headers=headers, method="POST")
    status, raw = _request(req, timeout)
    if status != 200:
        raise KibanaError(f"Kibana at {endpoint} refused the import: {_error_text(status, raw)}")
    try:
        data = json.loads(raw)
    except ValueError as exc:
        raise KibanaError(f"Kibana at {endpoint} answered with something that is not JSON: {raw[:200]!r}") from exc
    return ImportResult(
        url=endpoint,
        files=[str(f) for f in files],
        objects=len(objects),
        success_count=int(data.get("successCount", 0)),
        errors=list(data.get("errors") or []),
    )


def status(url: Optional[str] = None, *, timeout: float = 10.0) -> str:
    """Kibana's overall status level (``available``, ``degraded``, ``unavailable``, ...)."""
    endpoint = f"{_base(url, None)}{STATUS_PATH}"
    headers = {"Accept": "application/json"}
    auth = auth_header()
    if auth:
        headers["Authorization"] = auth
    code, raw = _request(urllib.request.Request(endpoint, headers=headers), timeout)
    if code != 200:
        raise KibanaError(f"Kibana at {endpoint}: {_error_text(code, raw)}")
    try:
        data = json.loads(raw)
        overall = data["status"]["overall"]
        return str(overall.get("level") or overall.get("state"))
    except (ValueError, KeyError, TypeError) as exc:
        raise KibanaError(f"Kibana at {endpoint} answered an unexpected status document") from exc


def wait_until_available(url: Optional[str] = None, *, timeout: float = 300.0, interval: float = 5.0) -> None:
    """Poll ``/api/status`` until Kibana is available; ``KibanaError`` with the last cause after ``timeout``."""
    deadline = time.monotonic() + timeout
    last = "no answer yet"
    while True:
        try:
            level = status(url, timeout=min(10.0, max(timeout, 1.0)))
            if level in ("available", "green"):
                return
            last = f"status {level}"
        except KibanaError as exc:
            last = str(exc)
            if "HTTP 401" in last or "HTTP 403" in last:
                raise
        if time.monotonic() >= deadline:
            raise KibanaError(f"Kibana at {_base(url, None)} not available after {timeout:g} s: {last}")
        time.sleep(interval)


def rule_id(rule: dict[str, Any]) -> str:
    """A stable id for a rule: a UUID (v4 layout, which Kibana requires) derived from its name."""
    import hashlib

    name = str(rule.get("name") or "")
    if not name:
        raise KibanaError("an alerting rule without a name cannot be installed")
    digest = hashlib.sha256(f"tollwatch-rule:{name}".encode("utf-8")).digest()[:16]
    return str(uuid.UUID(bytes=digest, version=4))


@dataclass
class RulesResult:
    """What ``install_rules`` did, rule by rule."""

    url: str
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def load_rules_file(path: Path) -> list[dict[str, Any]]:
    """The JSON array of create-rule bodies written by ``tollwatch alerts export-kibana``."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise KibanaError(f"cannot read rules file {path}: {exc}") from exc
    except ValueError as exc:
        raise KibanaError(f"rules file {path} is not JSON: {exc}") from exc
    if isinstance(data, dict):
        data = [data]
    if not isinstance(data, list) or not all(isinstance(r, dict) and r.get("rule_type_id") for r in data):
        raise KibanaError(f"rules file {path} must be a JSON array of Kibana create-rule bodies (with rule_type_id)")
    return data


def install_rules(
    rules: list[dict[str, Any]],
    url: Optional[str] = None,
    *,
    space: Optional[str] = None,
    timeout: float = 60.0,
) -> RulesResult:
    """Create each rule in Kibana, or update it when it exists (same name, same id)."""
    base = _base(url, space)
    result = RulesResult(url=base)
    headers = {"kbn-xsrf": "tollwatch", "Content-Type": "application/json", "Accept": "application/json"}
    auth = auth_header()
    if auth:
        headers["Authorization"] = auth
    for rule in rules:
        rid = rule_id(rule)
        endpoint = f"{base}{RULE_PATH}{rid}"
        body = json.dumps(rule, ensure_ascii=False).encode("utf-8")
        status_code, raw = _request(urllib.request.Request(endpoint, data=body, headers=headers, method="POST"), timeout)
        if status_code in (200, 201):
            result.created.append(rule["name"])
            continue
        if status_code == 409:  # exists: update what may be updated
            update = {k: rule[k] for k in RULE_UPDATE_KEYS if k in rule}
            body = json.dumps(update, ensure_ascii=False).encode("utf-8")
            status_code, raw = _request(
                urllib.request.Request(endpoint, data=body, headers=headers, method="PUT"), timeout
            )
            if status_code == 200:
                result.updated.append(rule["name"])
                continue
        if status_code in (401, 403):
            raise KibanaError(f"Kibana at {endpoint} refused the rule {rule['name']!r}: {_error_text(status_code, raw)}")
        result.errors.append(f"{rule['name']}: {_error_text(status_code, raw)}")
    return result
