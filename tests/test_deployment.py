"""The docker-compose stack, tested statically (no Docker engine runs here).

- docker-compose.yml parses (PyYAML, merge keys resolved) and validates against the Compose
  Specification JSON schema, as written and after interpolation with .env.example (the schema
  ships in the ``check-jsonschema`` package: ``check_jsonschema/builtin_schemas/vendor/compose-spec.json``,
  vendored from the compose-spec repository);
- every ``${VAR}`` it uses is in .env.example, every secret is required (``${VAR:?...}``) and empty
  in .env.example, and .env.example has nothing compose does not use;
- every ``TOLLWATCH_*`` variable it passes is a setting the code reads (``tollwatch.config`` calls
  and ``TOLLWATCH_*`` names in the code), and every setting the code reads is in .env.example and
  in docs/operations.md;
- every ``AIRFLOW__SECTION__KEY`` is an option of the installed Airflow's configuration;
- services, dependencies, volumes, ports (loopback by default) and health checks are consistent;
  versions (Elasticsearch = Kibana = the test node's, Airflow = the installed one) agree;
- the ``tollwatch`` commands the setup service runs exist in the command line.
"""

from __future__ import annotations

import importlib.metadata
import json
import re
import shlex
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
COMPOSE = ROOT / "docker-compose.yml"
ENV_EXAMPLE = ROOT / ".env.example"
DOCKERFILE = ROOT / "Dockerfile"
CODE_DIRS = ("tollwatch", "nlp", "crawlers", "store", "indexing", "alerts", "pipeline", "dags")
SECRET = re.compile(r"PASSWORD|SECRET|_KEY$|API_KEY|TOKEN|WEBHOOK|FERNET")
AIRFLOW_SERVICES = {"airflow-apiserver": "api-server", "airflow-scheduler": "scheduler",
                    "airflow-dag-processor": "dag-processor", "airflow-triggerer": "triggerer"}
ONE_SHOT = {"setup", "airflow-init", "tollwatch"}


# ----------------------------------------------------------------------------- helpers

def load_compose() -> dict:
    return yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))


def read_env_file(path: Path) -> dict[str, str]:
    values = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, sep, value = line.partition("=")
        assert sep, f"{path.name}: not NAME=value: {line!r}"
        values[name.strip()] = value.strip()
    return values


_VAR = re.compile(r"\$(?:\$|\{(?P<braced>[^}]*)\}|(?P<plain>[A-Za-z_][A-Za-z0-9_]*))")
_BRACED = re.compile(r"^(?P<name>[A-Za-z_][A-Za-z0-9_]*)(?:(?P<op>:-|-|:\?|\?|:\+|\+)(?P<arg>.*))?$", re.S)


class MissingVariable(KeyError):
    pass


def interpolate(value: str, env: dict[str, str], used: set[str] | None = None) -> str:
    """Compose's interpolation: $$, $VAR, ${VAR}, ${VAR:-d}, ${VAR-d}, ${VAR:?e}, ${VAR?e}, ${VAR:+r}."""

    def repl(m: re.Match) -> str:
        if m.group(0) == "$$":
            return "$"
        if m.group("plain"):
            name, op, arg = m.group("plain"), None, None
        else:
            b = _BRACED.match(m.group("braced"))
            assert b, f"bad interpolation {m.group(0)!r}"
            name, op, arg = b.group("name"), b.group("op"), b.group("arg")
        if used is not None:
            used.add(name)
        val = env.get(name)
        if op in (":-", "-"):
            return val if (val if op == ":-" else val is not None) else interpolate(arg, env, used)
        if op in (":?", "?"):
            if (op == ":?" and not val) or val is None:
                raise MissingVariable(f"{name}: {arg}")
            return val
        if op in (":+", "+"):
            return interpolate(arg, env, used) if (val if op == ":+" else val is not None) else ""
        return val or ""

    return _VAR.sub(repl, value)


def walk(node, fn):
    if isinstance(node, dict):
        return {walk(k, fn): walk(v, fn) for k, v in node.items()}
    if isinstance(node, list):
        return [walk(v, fn) for v in node]
    if isinstance(node, str):
        return fn(node)
    return node


def variables_used() -> tuple[set[str], set[str], dict[str, str]]:
    """(all ${VAR} names, the required ones, default values) used in docker-compose.yml."""
    strings: list[str] = []
    walk(load_compose(), lambda s: strings.append(s) or s)  # values only: comments are not interpolated
    names, required, defaults = set(), set(), {}
    for m in _VAR.finditer("\n".join(strings)):
        if m.group(0) == "$$":
            continue
        b = _BRACED.match(m.group("braced") or m.group("plain"))
        names.add(b.group("name"))
        if b.group("op") in (":?", "?"):
            required.add(b.group("name"))
        if b.group("op") in (":-", "-"):
            defaults.setdefault(b.group("name"), b.group("arg"))
    return names, required, defaults


def filled_env() -> dict[str, str]:
    env = read_env_file(ENV_EXAMPLE)
    for name, value in env.items():
        if not value:
            env[name] = "0123456789abcdef" * 4 if not name.endswith("USERNAME") else "someone"
    return env


def compose_schema() -> dict:
    resources = pytest.importorskip("importlib.resources")
    pytest.importorskip("check_jsonschema", reason="scripts/setup installs check-jsonschema (ships the schema)")
    path = resources.files("check_jsonschema.builtin_schemas.vendor").joinpath("compose-spec.json")
    return json.loads(path.read_text(encoding="utf-8"))


def service_env(service: dict) -> dict[str, str]:
    env = service.get("environment") or {}
    if isinstance(env, list):
        env = dict(item.partition("=")[::2] for item in env)
    return {k: ("" if v is None else str(v)) for k, v in env.items()}


def code_settings() -> tuple[set[str], set[str]]:
    """(settings read through tollwatch.config, TOLLWATCH_* names written literally) in the code."""
    # config.get("x"), tw_config.get_int("x"), and in modules that import the configuration, the
    # local readers get("x"), _int(get, "x"), _setting("x") (nlp.models, the DAG)
    call = re.compile(r"(?:\b\w*config\.|(?<![\w.]))(?:get|get_int|get_bool|get_float|secret|_int|_float|_bool|_setting\w*)"
                      r"\(\s*(?:get\s*,\s*)?[\"']([a-z][a-z0-9_]*)[\"']")
    literal = re.compile(r"\bTOLLWATCH_([A-Z][A-Z0-9_]*)\b")
    settings, literals = set(), set()
    for folder in CODE_DIRS:
        for path in (ROOT / folder).rglob("*"):
            if path.suffix not in (".py", ".yaml", ".yml") or "__pycache__" in path.parts:
                continue
            text = path.read_text(encoding="utf-8", errors="replace")
            if path.suffix == ".py" and ("tollwatch.config" in text or "from tollwatch import config" in text
                                         or "TOLLWATCH_{" in text):
                settings.update(m.group(1) for m in call.finditer(text))
                if "data_dir(" in text:
                    settings.add("data")
            literals.update(m.group(1).lower() for m in literal.finditer(text))
    settings.add("config")  # TOLLWATCH_CONFIG: tollwatch.config.config_path()
    return settings, literals


# ----------------------------------------------------------------------------- parsing and schema

def test_compose_parses_and_has_the_stack():
    compose = load_compose()
    services = compose["services"]
    for name in ("elasticsearch", "kibana", "postgres", "setup", "airflow-init", *AIRFLOW_SERVICES):
        assert name in services, f"docker-compose.yml has no {name} service"
    for name, command in AIRFLOW_SERVICES.items():
        assert services[name]["command"] == [command]


def test_compose_matches_the_compose_specification_schema():
    import jsonschema

    schema = compose_schema()
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    raw = load_compose()
    errors = sorted(cls(schema).iter_errors(raw), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors)
    interpolated = walk(raw, lambda s: interpolate(s, filled_env()))
    errors = sorted(cls(schema).iter_errors(interpolated), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors)
    # the schema is strict: an unknown key is caught (so the check above means something)
    broken = dict(raw, services=dict(raw["services"], kibana=dict(raw["services"]["kibana"], helthcheck={})))
    assert list(cls(schema).iter_errors(broken))


def test_interpolation_helper_follows_compose_rules():
    env = {"A": "a", "EMPTY": ""}
    assert interpolate("$${A} ${A} $A ${B:-x} ${EMPTY:-d} ${EMPTY-d} ${A:+r}", env) == "${A} a a x d  r"
    with pytest.raises(MissingVariable, match="EMPTY: need it"):
        interpolate("${EMPTY:?need it}", env)


# ----------------------------------------------------------------------------- variables and secrets

def test_every_variable_is_in_env_example_and_secrets_are_required():
    names, required, defaults = variables_used()
    example = read_env_file(ENV_EXAMPLE)
    assert names - set(example) == set(), "used in docker-compose.yml, missing from .env.example"
    assert set(example) - names == set(), "in .env.example, unused by docker-compose.yml"
    for name in names:
        if SECRET.search(name) and not name.endswith(("_USERNAME",)):
            assert example[name] == "", f".env.example must not hold a value for the secret {name}"
            optional = name in {"TOLLWATCH_DESK_WEBHOOK", "TOLLWATCH_SMTP_USERNAME", "TOLLWATCH_SMTP_PASSWORD"}
            assert optional or name in required, f"{name} is a secret: use ${{{name}:?...}} so compose refuses to start without it"
    # defaults written in the compose file and in .env.example agree
    for name, default in defaults.items():
        if example.get(name):
            assert example[name] == default, f"{name}: .env.example says {example[name]!r}, compose defaults to {default!r}"


def test_missing_secrets_stop_compose_with_a_message():
    example = read_env_file(ENV_EXAMPLE)
    missing = set()

    def check(value: str) -> str:
        for m in _VAR.finditer(value):
            try:
                interpolate(m.group(0), example)
            except MissingVariable as exc:
                missing.add(str(exc).strip("'\"").split(":")[0])
        return value

    walk(load_compose(), check)
    assert missing == {n for n, v in example.items() if not v and n in variables_used()[1]}
    assert {"AIRFLOW_JWT_SECRET", "ELASTIC_PASSWORD", "POSTGRES_PASSWORD"} <= missing
    walk(load_compose(), lambda s: interpolate(s, filled_env()))  # all filled: nothing missing


def test_no_secret_is_written_in_the_files():
    compose = load_compose()
    for name, service in compose["services"].items():
        for key, value in service_env(service).items():
            if SECRET.search(key) and "USERNAME" not in key:
                assert value == "" or value.startswith("${"), f"{name}: {key} has a literal value"
    for path in (COMPOSE, DOCKERFILE, ENV_EXAMPLE):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"(?i)(password|secret)\s*[:=]\s*['\"]?[A-Za-z0-9+/]{12,}", text.replace("${", "")), path
    ignore = (ROOT / ".dockerignore").read_text().split()
    assert ".env" in ignore and ".git" in ignore


# ----------------------------------------------------------------------------- names the code reads

def test_tollwatch_variables_are_settings_the_code_reads():
    settings, literals = code_settings()
    known = settings | literals
    passed = set()
    for name, service in load_compose()["services"].items():
        for key in service_env(service):
            if key.startswith("TOLLWATCH_"):
                passed.add(key)
                assert key[len("TOLLWATCH_"):].lower() in known, f"{name}: {key} is read by no code"
    assert {"TOLLWATCH_DATA", "TOLLWATCH_ES_URL", "TOLLWATCH_KIBANA_URL", "TOLLWATCH_ALERT_RULES"} <= passed


def test_every_setting_is_documented():
    settings, _ = code_settings()
    example = ENV_EXAMPLE.read_text(encoding="utf-8")
    guide = (ROOT / "docs" / "operations.md").read_text(encoding="utf-8")
    undocumented_env = sorted(s for s in settings if f"TOLLWATCH_{s.upper()}" not in example)
    assert not undocumented_env, f"settings missing from .env.example: {undocumented_env}"
    undocumented = sorted(s for s in settings if f"TOLLWATCH_{s.upper()}" not in guide)
    assert not undocumented, f"settings missing from docs/operations.md: {undocumented}"


def test_airflow_options_exist_in_the_installed_airflow():
    conf = pytest.importorskip("airflow.configuration").conf
    description = conf.configuration_description
    seen = 0
    for name, service in load_compose()["services"].items():
        for key in service_env(service):
            m = re.fullmatch(r"AIRFLOW__([A-Z0-9_]+?)__([A-Z0-9_]+)", key)
            if not m:
                continue
            seen += 1
            section, option = m.group(1).lower(), m.group(2).lower()
            assert option in description.get(section, {}).get("options", {}), f"{name}: {key} is no Airflow option"
    assert seen > 10


def test_airflow_is_wired_as_airflow_3_needs():
    services = load_compose()["services"]
    env = service_env(services["airflow-scheduler"])
    # tasks reach the api-server's execution API by service name and container port
    assert env["AIRFLOW__CORE__EXECUTION_API_SERVER_URL"] == "http://airflow-apiserver:8080/execution/"
    assert env["AIRFLOW__API_AUTH__JWT_SECRET"].startswith("${AIRFLOW_JWT_SECRET:?")
    assert env["AIRFLOW__CORE__EXECUTOR"] == "LocalExecutor"
    assert int(interpolate(env["AIRFLOW__CORE__PARALLELISM"], {})) <= 8
    assert env["AIRFLOW__CORE__MAX_ACTIVE_RUNS_PER_DAG"] == "1"
    assert "@postgres:5432/" in env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"]
    # every Airflow service shares one configuration
    for name in AIRFLOW_SERVICES:
        assert service_env(services[name]) == env, name
    # the DAG folder is where the Dockerfile puts the checkout's dags/
    dags = env["AIRFLOW__CORE__DAGS_FOLDER"]
    assert dags == "/opt/tollwatch/dags" and "WORKDIR /opt/tollwatch" in DOCKERFILE.read_text()
    assert (ROOT / "dags").is_dir()
    for name in AIRFLOW_SERVICES:
        deps = services[name]["depends_on"]
        assert deps["airflow-init"]["condition"] == "service_completed_successfully"
        assert deps["postgres"]["condition"] == "service_healthy"
    # the scheduler starts once the indices exist (setup) and the api-server answers
    assert services["airflow-scheduler"]["depends_on"]["setup"]["condition"] == "service_completed_successfully"


def test_airflow_variables_set_in_compose_are_read_by_the_dags():
    text = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "dags").rglob("*.py"))
    text += "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "pipeline").rglob("*.py"))
    for name, service in load_compose()["services"].items():
        for key in service_env(service):
            if key.startswith("AIRFLOW_VAR_"):
                variable = key[len("AIRFLOW_VAR_"):].lower()
                assert re.search(rf"[\"']{variable}[\"']", text, re.I), f"{name}: no DAG reads Variable {variable}"


# ----------------------------------------------------------------------------- services, volumes, ports

def test_services_volumes_ports_and_health_checks():
    compose = load_compose()
    services, volumes = compose["services"], set(compose["volumes"])
    used_volumes = set()
    env = filled_env()
    for name, service in services.items():
        for dep in service.get("depends_on") or {}:
            assert dep in services, f"{name} depends on unknown service {dep}"
        for mount in service.get("volumes") or []:
            source = interpolate(mount, env).split(":")[0]
            if not source.startswith((".", "/")):
                assert source in volumes, f"{name}: volume {source} is not declared"
                used_volumes.add(source)
        for port in service.get("ports") or []:
            host = interpolate(port, {})  # the defaults, as with an empty .env
            assert host.startswith("127.0.0.1:"), f"{name}: port {port} is not bound to the loopback by default"
        if name not in ONE_SHOT:
            assert "healthcheck" in service, f"{name} has no health check"
            assert service.get("restart") == "unless-stopped", name
    assert volumes == used_volumes, f"declared but unused: {volumes - used_volumes}"
    assert {"es-data", "postgres-data", "tollwatch-data", "tollwatch-models"} <= volumes
    # the named volumes hold what the settings point at
    scheduler = services["airflow-scheduler"]
    mounts = {interpolate(m, env).split(":")[1] for m in scheduler["volumes"]}
    tw = service_env(scheduler)
    assert tw["TOLLWATCH_DATA"] in mounts and tw["TOLLWATCH_MODELS"] in mounts
    assert any(m.endswith(":/models:ro") for m in scheduler["volumes"]), "tasks mount the models read-only"
    assert tw["TOLLWATCH_ES_URL"] == "http://elasticsearch:9200"
    assert tw["TOLLWATCH_KIBANA_URL"] == "http://kibana:5601"
    # Kibana talks to the same Elasticsearch service
    assert "http://elasticsearch:9200" in service_env(services["kibana"])["ELASTICSEARCH_HOSTS"]


def _default(value: str) -> str:
    return interpolate(value, {})


def test_pinned_versions_agree():
    services = load_compose()["services"]
    es_tag = _default(services["elasticsearch"]["image"]).rsplit(":", 1)[1]
    kibana_tag = _default(services["kibana"]["image"]).rsplit(":", 1)[1]
    assert es_tag == kibana_tag, "Elasticsearch and Kibana must run the same version"
    script = (ROOT / "scripts" / "install-elasticsearch").read_text()
    pinned = re.search(r'ES_VERSION="\$\{ES_VERSION:-([0-9.]+)\}"', script).group(1)
    assert es_tag == pinned, f"compose runs Elasticsearch {es_tag}, the tests run {pinned}"
    from tests.fixtures import es_node

    assert getattr(es_node, "ES_VERSION", pinned) == pinned
    # the Python client major matches the server major
    client = importlib.metadata.version("elasticsearch")
    assert client.split(".")[0] == es_tag.split(".")[0]
    # Airflow: the Dockerfile's, the compose file's and the installed one agree
    dockerfile = DOCKERFILE.read_text()
    airflow = re.search(r"^ARG AIRFLOW_VERSION=([0-9.]+)$", dockerfile, re.M).group(1)
    build_arg = _default(services["setup"]["build"]["args"]["AIRFLOW_VERSION"])
    assert airflow == build_arg == importlib.metadata.version("apache-airflow")
    assert re.search(r"^FROM apache/airflow:\$\{AIRFLOW_VERSION\}-python\$\{PYTHON_VERSION\}$", dockerfile, re.M)
    python = re.search(r"^ARG PYTHON_VERSION=([0-9.]+)$", dockerfile, re.M).group(1)
    assert services["setup"]["build"]["args"]["PYTHON_VERSION"] == python == "3.11"


def test_dockerfile_keeps_models_out_and_offline():
    text = DOCKERFILE.read_text()
    assert "HF_HUB_OFFLINE=1" in text and "TRANSFORMERS_OFFLINE=1" in text
    assert "TOLLWATCH_MODELS=/models" in text
    assert not re.search(r"(?i)from_pretrained|huggingface-cli download|snapshot_download", text)
    objects = re.search(r"TOLLWATCH_KIBANA_OBJECTS=(\S+)", text).group(1)
    assert objects == "/opt/tollwatch/kibana" and (ROOT / "kibana").is_dir()


def _setup_commands() -> list[list[str]]:
    script = load_compose()["services"]["setup"]["command"][0].replace("$$", "$")
    commands = []
    for line in script.splitlines():
        line = line.strip()
        if line.startswith("tollwatch "):
            commands.append(shlex.split(line)[1:])
    return commands


def test_setup_runs_commands_that_exist():
    from tollwatch.cli import build_parser

    commands = _setup_commands()
    heads = [c[:2] for c in commands]
    assert ["index", "setup"] in heads and ["kibana", "import"] in heads
    assert any(c[0] == "alerts" for c in commands) or any(c[:2] == ["kibana", "rules"] for c in commands)
    parser = build_parser()
    for argv in commands:
        try:
            args = parser.parse_args(argv)
        except SystemExit:  # argparse's way of refusing
            pytest.fail(f"setup runs `tollwatch {' '.join(argv)}`, which the command line refuses")
        assert getattr(args, "func", None), f"`tollwatch {' '.join(argv)}` does nothing"
