"""Configuration: environment variables first, then an optional YAML config file.

Every setting ``name`` is read from the environment as ``TOLLWATCH_<NAME>``
(upper case), else from the file named by ``TOLLWATCH_CONFIG`` (default
``./tollwatch.yaml`` if it exists) under the key ``name`` (lower case), else the
default. Credentials (passwords, API keys, SMTP logins) are read from the
environment only, never from the file: ``secret(name)``; a URL written in the file
with credentials in it (``https://user:pass@host``) is refused (``ConfigError``).
``redact_url``/``redact`` strip credentials and tokens from every URL shown or logged.

The README's "Configuration reference" lists every setting, its default and the
stage that reads it.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from pathlib import Path
from typing import Any, Optional

DEFAULT_DATA_DIR = "tollwatch-data"


class ConfigError(ValueError):
    """The configuration file is unreadable or a setting has a wrong value."""


@lru_cache(maxsize=None)
def _file_settings(path: Optional[str]) -> dict[str, Any]:
    if not path:
        return {}
    p = Path(path)
    if not p.exists():
        if os.environ.get("TOLLWATCH_CONFIG"):
            raise ConfigError(f"config file {p} (TOLLWATCH_CONFIG) does not exist")
        return {}
    try:
        data = read_yaml(p, "config file") or {}
    except YamlFileError as exc:
        raise ConfigError(str(exc)) from exc
    if not isinstance(data, dict):
        raise ConfigError(f"config file {p} must be a mapping of setting: value")
    return {str(k).lower(): v for k, v in data.items()}


class YamlFileError(ValueError):
    """A YAML file that cannot be read: one line naming the file and the problem."""


def read_yaml(path: str | Path, what: str) -> Any:
    """The parsed content of the YAML file ``path`` (``what`` names it in messages: "rules
    file", "source registry"...), or ``YamlFileError`` with one line: missing, unreadable, not
    UTF-8, or not valid YAML (``FILE:LINE:COLUMN: not valid YAML: PROBLEM``, as docs/reliability.md
    says). Every YAML file tollwatch reads goes through here."""
    import yaml

    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise YamlFileError(f"{what} {p} does not exist") from exc
    except UnicodeDecodeError as exc:
        raise YamlFileError(f"{what} {p} is not UTF-8: {exc}") from exc
    except OSError as exc:
        raise YamlFileError(f"cannot read {what} {p}: {exc.strerror or exc}") from exc
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise YamlFileError(yaml_error(p, exc)) from exc


def yaml_error(path: Any, exc: Exception) -> str:
    """One line naming the file, the line and the problem of a YAML syntax error
    (``FILE:LINE:COLUMN: not valid YAML: PROBLEM``), for every YAML file tollwatch reads."""
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    problem = getattr(exc, "problem", None) or getattr(exc, "context", None) or str(exc).splitlines()[0]
    where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark is not None else str(path)
    return f"{where}: not valid YAML: {problem}"


def config_path() -> Optional[str]:
    return os.environ.get("TOLLWATCH_CONFIG") or ("tollwatch.yaml" if Path("tollwatch.yaml").exists() else None)


def get(name: str, default: Any = None) -> Any:
    """The setting ``name`` from the environment, the config file, or ``default``."""
    env = os.environ.get(f"TOLLWATCH_{name.upper()}")
    if env is not None and env != "":
        return env
    path = config_path()
    value = _file_settings(path).get(name.lower(), default)
    if path and isinstance(value, str) and value is not default and url_has_credentials(value):
        raise ConfigError(
            f"config file {path}: setting {name} holds a URL with credentials ({redact_url(value)}); "
            f"credentials are read from the environment only: remove them from the file and set "
            + ("TOLLWATCH_ES_USERNAME and TOLLWATCH_ES_PASSWORD, or TOLLWATCH_ES_API_KEY" if name.lower() == "es_url"
               else f"TOLLWATCH_{name.upper()} in the environment instead")
        )
    return value


def get_int(name: str, default: int) -> int:
    value = get(name, default)
    try:
        return int(value)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"setting {name} must be a whole number, not {value!r}") from exc


def get_bool(name: str, default: bool = False) -> bool:
    value = get(name, default)
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() in {"1", "true", "yes", "on"}


def secret(name: str) -> Optional[str]:
    """A credential, from the environment only (``TOLLWATCH_<NAME>``)."""
    return os.environ.get(f"TOLLWATCH_{name.upper()}") or None


def data_dir(cli_value: Optional[str] = None) -> Path:
    """The data directory: ``--data``, else ``TOLLWATCH_DATA``/config ``data``, else ``./tollwatch-data``."""
    return Path(cli_value or get("data", DEFAULT_DATA_DIR))


# -- credentials in URLs --------------------------------------------------------------
# Query parameters that carry a secret (webhook tokens, API keys, signatures).
SECRET_PARAMS = re.compile(
    r"^(?:token|access_token|auth|auth_token|api_key|apikey|key|secret|client_secret|password|passwd|pwd|sig|"
    r"signature|code)$", re.I)
# Hosts whose webhook URLs are themselves the secret (a token in the path).
SECRET_PATH_HOSTS = ("hooks.slack.com", "discord.com", "discordapp.com", "webhook.office.com",
                     "outlook.office.com", "chat.googleapis.com")
_URL_IN_TEXT = re.compile(r"\b[a-z][a-z0-9+.-]*://[^\s'\"<>]+", re.I)


def url_has_credentials(url: str) -> bool:
    """Does ``url`` carry a user name or password (``scheme://user:pass@host``)?"""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    return bool(parts.scheme and parts.netloc and (parts.username or parts.password))


def url_secret(url: str) -> Optional[str]:
    """What makes ``url`` secret, or ``None``: credentials, a token parameter, or a
    webhook service whose URL path is the token."""
    from urllib.parse import parse_qsl, urlsplit

    if url_has_credentials(url):
        return "a user name or password"
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    for key, _ in parse_qsl(parts.query, keep_blank_values=True):
        if SECRET_PARAMS.match(key):
            return f"a token (parameter {key!r})"
    host = (parts.hostname or "").lower()
    if any(host == h or host.endswith("." + h) for h in SECRET_PATH_HOSTS) and parts.path.strip("/"):
        return f"a secret token in its path ({host} webhook URLs are secrets)"
    return None


def redact_url(url: str) -> str:
    """``url`` without user name and password, and with secret query parameters masked."""
    from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return re.sub(r"//[^/@\s]*@", "//", url)
    netloc = parts.netloc
    if parts.username is not None or parts.password is not None:
        netloc = (parts.hostname or "") + (f":{port}" if port else "")
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        if any(SECRET_PARAMS.match(k) for k, _ in pairs):
            query = urlencode([(k, "***" if SECRET_PARAMS.match(k) else v) for k, v in pairs], safe="*")
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def redact(text: str) -> str:
    """``text`` with every URL in it redacted (``redact_url``): for messages and logs."""
    return _URL_IN_TEXT.sub(lambda m: redact_url(m.group(0)), str(text))


class RedactingFilter:
    """A ``logging`` filter that strips credentials and tokens from every URL in a record's
    message (``redact``). Installed on the command line's and the crawl workers' handlers."""

    def filter(self, record: Any) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a broken record is logged as it is
            return True
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, ()
        return True


def redact_logs(logger: Any = None) -> None:
    """Install ``RedactingFilter`` on every handler of ``logger`` (default: the root logger)."""
    import logging

    for handler in (logger or logging.getLogger()).handlers:
        if not any(isinstance(f, RedactingFilter) for f in handler.filters):
            handler.addFilter(RedactingFilter())
