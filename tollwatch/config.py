"""Configuration: environment variables first, then an optional YAML config file.

Every setting ``name`` is read from the environment as ``TOLLWATCH_<NAME>``
(upper case), else from the file named by ``TOLLWATCH_CONFIG`` (default
``./tollwatch.yaml`` if it exists) under the key ``name`` (lower case), else the
default. Credentials (passwords, API keys, SMTP logins) are read from the
environment only, never from the file: ``secret(name)``.

The README's "Configuration reference" lists every setting, its default and the
stage that reads it.
"""

from __future__ import annotations

import os
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
    import yaml

    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read config file {p}: {exc}") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"config file {p} must be a mapping of setting: value")
    return {str(k).lower(): v for k, v in data.items()}


def config_path() -> Optional[str]:
    return os.environ.get("TOLLWATCH_CONFIG") or ("tollwatch.yaml" if Path("tollwatch.yaml").exists() else None)


def get(name: str, default: Any = None) -> Any:
    """The setting ``name`` from the environment, the config file, or ``default``."""
    env = os.environ.get(f"TOLLWATCH_{name.upper()}")
    if env is not None and env != "":
        return env
    return _file_settings(config_path()).get(name.lower(), default)


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
