"""`tollwatch kibana import` against a real HTTP server on 127.0.0.1 that implements the
contract of Kibana's saved-objects import API (a protocol peer, not a mock of our code):

- ``POST [/s/<space>]/api/saved_objects/_import[?overwrite=true]``;
- a ``kbn-xsrf`` header is required (400 without it, as Kibana answers);
- the body is ``multipart/form-data`` with a ``file`` part whose file name ends in ``.ndjson``
  (Kibana answers 415 for another extension);
- objects of an unknown type are refused one by one (``unsupported_type``), objects whose
  references are neither in the file nor already stored are refused (``missing_references``),
  an existing object without ``overwrite`` is a ``conflict``;
- the answer is ``{"success", "successCount", "successResults", "errors"}``;
- ``GET /api/status`` answers ``{"status": {"overall": {"level": ...}}}``;
- with credentials configured, a request without the right ``Authorization`` gets 401.

and of the alerting API's create/update-rule endpoints (for ``tollwatch kibana rules``):

- ``POST [/s/<space>]/api/alerting/rule/<id>``: the id must be a UUID v1 or v4, the body needs
  name, rule_type_id, consumer, schedule and params; an existing id is a 409 conflict;
- ``PUT .../api/alerting/rule/<id>``: 404 for an unknown rule; only name, tags, schedule,
  params, actions, throttle and notify_when are accepted (400 for any other key).
"""

from __future__ import annotations

import base64
import json
import re
import threading
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest

from kibana import install as kibana
from cli.main import main

KIBANA_TYPES = {"index-pattern", "search", "lens", "map", "dashboard", "visualization", "tag", "config"}


class FakeKibana:
    """State of the protocol peer: stored objects per space, requests seen, status sequence."""

    def __init__(self) -> None:
        self.objects: dict[tuple[str, str, str], dict] = {}  # (space, type, id) -> object
        self.requests: list[dict] = []
        self.credentials: str | None = None  # expected Authorization header value
        self.status_levels: list[str] = []  # consumed one per /api/status call; then "available"
        self.rules: dict[tuple[str, str], dict] = {}  # (space, id) -> rule


RULE_ID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[14][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
RULE_CREATE_REQUIRED = {"name", "rule_type_id", "consumer", "schedule", "params"}
RULE_UPDATE_ALLOWED = {"name", "tags", "schedule", "params", "actions", "throttle", "notify_when"}


def _handler(state: FakeKibana):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):  # keep pytest output clean
            pass

        def _send(self, code: int, payload: dict) -> None:
            body = json.dumps(payload).encode()
            self.send_response(code)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def _authorised(self) -> bool:
            if state.credentials and self.headers.get("Authorization") != state.credentials:
                self._send(401, {"statusCode": 401, "error": "Unauthorized", "message": "Unauthorized"})
                return False
            return True

        def do_GET(self):  # noqa: N802
            if urlparse(self.path).path != "/api/status":
                return self._send(404, {"statusCode": 404, "error": "Not Found", "message": "Not Found"})
            if not self._authorised():
                return None
            level = state.status_levels.pop(0) if state.status_levels else "available"
            return self._send(200, {"name": "kibana", "status": {"overall": {"level": level}}})

        def _rule(self, method: str, space: str, rule_id: str, raw: bytes):
            if not self._authorised():
                return None
            if "kbn-xsrf" not in {k.lower() for k in self.headers.keys()}:
                return self._send(400, {"statusCode": 400, "error": "Bad Request", "message": "Request must contain a kbn-xsrf header."})
            body = json.loads(raw or b"{}")
            key = (space, rule_id)
            if method == "POST":
                if not RULE_ID.match(rule_id):
                    return self._send(400, {"statusCode": 400, "error": "Bad Request",
                                            "message": f"[request params.id]: {rule_id} is not a UUID v1 or v4"})
                missing = RULE_CREATE_REQUIRED - set(body)
                if missing:
                    return self._send(400, {"statusCode": 400, "error": "Bad Request",
                                            "message": f"[request body.{sorted(missing)[0]}]: expected value"})
                if key in state.rules:
                    return self._send(409, {"statusCode": 409, "error": "Conflict",
                                            "message": f"Saved object [alert/{rule_id}] conflict"})
                state.rules[key] = dict(body, id=rule_id)
                return self._send(200, state.rules[key])
            if key not in state.rules:
                return self._send(404, {"statusCode": 404, "error": "Not Found",
                                        "message": f"Saved object [alert/{rule_id}] not found"})
            extra = set(body) - RULE_UPDATE_ALLOWED
            if extra:
                return self._send(400, {"statusCode": 400, "error": "Bad Request",
                                        "message": f"[request body.{sorted(extra)[0]}]: definition for this key is missing"})
            state.rules[key].update(body)
            return self._send(200, state.rules[key])

        def do_PUT(self):  # noqa: N802
            return self.do_POST(method="PUT")

        def do_POST(self, method: str = "POST"):  # noqa: N802
            parsed = urlparse(self.path)
            path, space = parsed.path, "default"
            if path.startswith("/s/"):
                _, _, space, rest = path.split("/", 3)
                path = "/" + rest
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length)
            state.requests.append({"method": method, "path": self.path, "headers": dict(self.headers), "body": raw})
            if path.startswith("/api/alerting/rule/"):
                return self._rule(method, space, path[len("/api/alerting/rule/"):], raw)
            if method != "POST":
                return self._send(405, {"statusCode": 405, "error": "Method Not Allowed", "message": method})
            if path != "/api/saved_objects/_import":
                return self._send(404, {"statusCode": 404, "error": "Not Found", "message": "Not Found"})
            if not self._authorised():
                return None
            if "kbn-xsrf" not in {k.lower() for k in self.headers.keys()}:
                return self._send(
                    400, {"statusCode": 400, "error": "Bad Request", "message": "Request must contain a kbn-xsrf header."}
                )
            ctype = self.headers.get("Content-Type", "")
            if not ctype.startswith("multipart/form-data") or "boundary=" not in ctype:
                return self._send(415, {"statusCode": 415, "error": "Unsupported Media Type", "message": ctype})
            message = BytesParser(policy=HTTP).parsebytes(b"Content-Type: " + ctype.encode() + b"\r\n\r\n" + raw)
            parts = [p for p in message.iter_parts() if p.get_param("name", header="content-disposition") == "file"]
            if len(parts) != 1:
                return self._send(400, {"statusCode": 400, "error": "Bad Request", "message": "[request body.file]: expected value of type [Stream]"})
            filename = parts[0].get_filename() or ""
            if not filename.endswith(".ndjson"):
                return self._send(
                    415, {"statusCode": 415, "error": "Unsupported Media Type", "message": f"Invalid file extension {Path(filename).suffix}"}
                )
            overwrite = parse_qs(parsed.query).get("overwrite", ["false"])[0] == "true"
            text = parts[0].get_payload(decode=True).decode("utf-8")
            objects = [json.loads(line) for line in text.splitlines() if line.strip()]
            in_file = {(o["type"], o["id"]) for o in objects}
            successes, errors = [], []
            for obj in objects:
                meta = {"title": obj.get("attributes", {}).get("title")}
                key = (space, obj["type"], obj["id"])
                if obj["type"] not in KIBANA_TYPES:
                    errors.append({"type": obj["type"], "id": obj["id"], "meta": meta, "error": {"type": "unsupported_type"}})
                    continue
                missing = [
                    {"type": r["type"], "id": r["id"]}
                    for r in obj.get("references", [])
                    if (r["type"], r["id"]) not in in_file and (space, r["type"], r["id"]) not in state.objects
                ]
                if missing:
                    errors.append(
                        {"type": obj["type"], "id": obj["id"], "meta": meta, "error": {"type": "missing_references", "references": missing}}
                    )
                    continue
                if key in state.objects and not overwrite:
                    errors.append({"type": obj["type"], "id": obj["id"], "meta": meta, "error": {"type": "conflict"}})
                    continue
                state.objects[key] = obj
                successes.append({"type": obj["type"], "id": obj["id"], "meta": meta, **({"overwrite": True} if overwrite else {})})
            result = {"success": not errors, "successCount": len(successes), "successResults": successes}
            if errors:
                result["errors"] = errors
            return self._send(200, result)

    return Handler


@pytest.fixture
def fake_kibana(monkeypatch):
    for name in ("API_KEY", "USERNAME", "PASSWORD", "URL", "SPACE", "OBJECTS"):
        monkeypatch.delenv(f"TOLLWATCH_KIBANA_{name}", raising=False)
    monkeypatch.delenv("TOLLWATCH_ES_PREFIX", raising=False)
    state = FakeKibana()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}"
    yield state
    server.shutdown()
    server.server_close()


def test_project_objects_import_cleanly_and_reimport_overwrites(fake_kibana):
    shipped = kibana.load_objects(kibana.object_files())
    result = kibana.import_saved_objects(fake_kibana.url)
    assert result.ok, result.describe_errors()
    assert result.success_count == len(shipped) == len(fake_kibana.objects)
    request = fake_kibana.requests[-1]
    assert request["path"].endswith("/api/saved_objects/_import?overwrite=true")
    # a second import replaces the objects in place: nothing is duplicated
    again = kibana.import_saved_objects(fake_kibana.url)
    assert again.ok and len(fake_kibana.objects) == len(shipped)


def test_credentials_come_from_the_environment(fake_kibana, monkeypatch):
    fake_kibana.credentials = "Basic " + base64.b64encode(b"importer:s3cret-pass").decode()
    with pytest.raises(kibana.KibanaError) as err:
        kibana.import_saved_objects(fake_kibana.url)
    assert fake_kibana.url in str(err.value) and "HTTP 401" in str(err.value)
    assert "TOLLWATCH_KIBANA_USERNAME" in str(err.value)
    monkeypatch.setenv("TOLLWATCH_KIBANA_USERNAME", "importer")
    monkeypatch.setenv("TOLLWATCH_KIBANA_PASSWORD", "s3cret-pass")
    assert kibana.import_saved_objects(fake_kibana.url).ok
    fake_kibana.credentials = "ApiKey a2V5OnNlY3JldA=="
    monkeypatch.setenv("TOLLWATCH_KIBANA_API_KEY", "a2V5OnNlY3JldA==")
    assert kibana.import_saved_objects(fake_kibana.url).ok


def test_space_and_url_from_settings(fake_kibana, monkeypatch):
    monkeypatch.setenv("TOLLWATCH_KIBANA_URL", fake_kibana.url + "/")
    monkeypatch.setenv("TOLLWATCH_KIBANA_SPACE", "analysts")
    result = kibana.import_saved_objects()
    assert result.ok
    assert fake_kibana.requests[-1]["path"].startswith("/s/analysts/api/saved_objects/_import")
    assert {space for space, _, _ in fake_kibana.objects} == {"analysts"}


def test_data_views_follow_the_index_prefix(fake_kibana, monkeypatch):
    monkeypatch.setenv("TOLLWATCH_ES_PREFIX", "ops-")
    assert kibana.import_saved_objects(fake_kibana.url).ok
    titles = {k[2]: o["attributes"]["title"] for k, o in fake_kibana.objects.items() if k[1] == "index-pattern"}
    assert titles == {"tollwatch-bulletins": "ops-bulletins", "tollwatch-figures": "ops-figures",
                      "tollwatch-incidents": "ops-incidents"}


def test_refused_objects_are_reported_by_object(fake_kibana, tmp_path):
    (tmp_path / "a.ndjson").write_text(
        json.dumps(
            {
                "type": "search",
                "id": "orphan",
                "attributes": {"title": "Orphan search"},
                "references": [{"type": "index-pattern", "id": "nowhere", "name": "kibanaSavedObjectMeta.searchSourceJSON.index"}],
            }
        )
        + "\n"
        + json.dumps({"type": "no-such-type", "id": "x", "attributes": {"title": "X"}})
        + "\n"
    )
    result = kibana.import_saved_objects(fake_kibana.url, tmp_path)
    assert not result.ok and result.success_count == 0
    lines = result.describe_errors()
    assert any("search:orphan" in line and "index-pattern:nowhere" in line for line in lines)
    assert any("unsupported_type" in line for line in lines)


def test_broken_ndjson_is_refused_before_sending(fake_kibana, tmp_path):
    (tmp_path / "bad.ndjson").write_text('{"type": "search", "id": "ok", "attributes": {}}\n{not json\n')
    with pytest.raises(kibana.KibanaError, match=r"bad\.ndjson:2: not JSON"):
        kibana.import_saved_objects(fake_kibana.url, tmp_path)
    assert fake_kibana.requests == []
    with pytest.raises(kibana.KibanaError, match="holds no"):
        kibana.import_saved_objects(fake_kibana.url, tmp_path / "..")


def test_unreachable_kibana_names_url_and_cause():
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(kibana.KibanaError) as err:
        kibana.import_saved_objects(f"http://127.0.0.1:{port}")
    message = str(err.value)
    assert f"127.0.0.1:{port}" in message and "unreachable" in message
    with pytest.raises(kibana.KibanaError, match="not an http"):
        kibana.import_saved_objects("ftp://127.0.0.1/")


def test_wait_until_available_polls_status(fake_kibana):
    fake_kibana.status_levels = ["unavailable", "degraded"]
    kibana.wait_until_available(fake_kibana.url, timeout=10, interval=0.01)
    assert fake_kibana.status_levels == []
    fake_kibana.status_levels = ["unavailable"] * 1000
    with pytest.raises(kibana.KibanaError, match="not available after"):
        kibana.wait_until_available(fake_kibana.url, timeout=0.2, interval=0.01)


def test_command_line(fake_kibana, capsys):
    assert main(["kibana", "import", "--url", fake_kibana.url, "--wait", "5"]) == 0
    out = capsys.readouterr().out
    assert "imported" in out and fake_kibana.url in out
    assert main(["kibana", "import", "--url", fake_kibana.url, "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["errors"] == [] and report["success_count"] == report["objects"] > 0
    fake_kibana.credentials = "Basic nope"
    assert main(["kibana", "import", "--url", fake_kibana.url]) == 2
    err = capsys.readouterr().err
    assert err.startswith("tollwatch kibana: Kibana at ") and "HTTP 401" in err and "Traceback" not in err


def _exported_rules(tmp_path) -> Path:
    out = tmp_path / "kibana-rules.json"
    assert main(["alerts", "export-kibana", "--rules", str(ROOT / "alerts" / "example.yaml"), "-o", str(out)]) == 0
    return out


ROOT = Path(__file__).resolve().parent.parent


def test_alert_rules_are_created_then_updated_never_duplicated(fake_kibana, tmp_path, capsys):
    rules = kibana.load_rules_file(_exported_rules(tmp_path))
    assert len(rules) >= 2
    first = kibana.install_rules(rules, fake_kibana.url)
    assert first.ok and len(first.created) == len(rules) and not first.updated
    again = kibana.install_rules(rules, fake_kibana.url)
    assert again.ok and len(again.updated) == len(rules) and not again.created
    assert len(fake_kibana.rules) == len(rules)
    assert {kibana.rule_id(r) for r in rules} == {rid for _, rid in fake_kibana.rules}
    # the command line, as the compose setup service runs it
    assert main(["kibana", "rules", str(tmp_path / "kibana-rules.json"), "--url", fake_kibana.url]) == 0
    assert f"0 rule(s) created, {len(rules)} updated" in capsys.readouterr().out


def test_rule_ids_are_stable_uuid4_and_bad_files_are_named(tmp_path):
    rid = kibana.rule_id({"name": "mass-casualty"})
    assert RULE_ID.match(rid) and rid == kibana.rule_id({"name": "mass-casualty"})
    assert rid != kibana.rule_id({"name": "idlib-civilians"})
    bad = tmp_path / "rules.json"
    bad.write_text('{"name": "x"}')
    with pytest.raises(kibana.KibanaError, match="rules.json must be a JSON array"):
        kibana.load_rules_file(bad)
    bad.write_text("[")
    with pytest.raises(kibana.KibanaError, match="is not JSON"):
        kibana.load_rules_file(bad)


def test_a_refused_rule_is_reported_and_the_others_installed(fake_kibana):
    good = {"name": "ok", "rule_type_id": ".es-query", "consumer": "stackAlerts", "schedule": {"interval": "1h"}, "params": {}}
    broken = {"name": "no-params", "rule_type_id": ".es-query", "consumer": "stackAlerts", "schedule": {"interval": "1h"}}
    result = kibana.install_rules([broken, good], fake_kibana.url)
    assert result.created == ["ok"] and len(result.errors) == 1 and "no-params" in result.errors[0]
