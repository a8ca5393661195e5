"""Load and validate knowledge-base YAML files: the shipped ones plus a user's own.

Validation has two layers: each file against ``kb.schema.json`` (JSON Schema), then rules across
files (unique ids, known references, dates in order). Every problem names its file and entry.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator

from dyadwatch.errors import KnowledgeBaseError
from dyadwatch.kb.records import (
    Description,
    Government,
    KbActor,
    Period,
    PlaceEntry,
    Role,
    first_day,
    last_day,
)

#: The human-readable version of the shipped knowledge base; the full version adds a content hash.
KB_RELEASE_FILE = "data/VERSION"


class _Loader(yaml.SafeLoader):
    """YAML without implicit timestamps: dates stay the strings the schema checks."""


_Loader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass(frozen=True)
class LoadedKb:
    """Everything read from the KB files, validated."""

    actors: dict[str, KbActor]
    descriptions: tuple[Description, ...]
    version: str
    files: tuple[str, ...]
    places: tuple[PlaceEntry, ...] = ()


@lru_cache(maxsize=1)
def _validator() -> Draft202012Validator:
    text = resources.files("dyadwatch.kb").joinpath("data/kb.schema.json").read_text("utf-8")
    return Draft202012Validator(json.loads(text))


def shipped_files() -> list[Path]:
    """The YAML files of the knowledge base shipped with the package (actors, then places)."""
    data = Path(str(resources.files("dyadwatch.kb").joinpath("data")))
    return sorted((data / "actors").glob("*.yaml")) + sorted((data / "places").glob("*.yaml"))


def release() -> str:
    """The shipped knowledge base's release string (``data/VERSION``)."""
    return resources.files("dyadwatch.kb").joinpath(KB_RELEASE_FILE).read_text("utf-8").strip()


def _stringify_dates(entry: Any) -> Any:
    """Years written without quotes (2021) become strings, as the schema expects."""
    if isinstance(entry, dict):
        return {k: (str(v) if k in ("start", "end") and isinstance(v, int) else
                    _stringify_dates(v)) for k, v in entry.items()}
    if isinstance(entry, list):
        return [_stringify_dates(v) for v in entry]
    return entry


def read_file(path: Path) -> tuple[dict[str, Any], bytes]:
    """Parse and schema-check one file; raises ``KnowledgeBaseError`` naming file and entry."""
    try:
        raw = path.read_bytes()
        data = yaml.load(raw.decode("utf-8"), Loader=_Loader)  # noqa: S506 - safe loader subclass
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise KnowledgeBaseError(f"{path}: cannot read knowledge-base file: {exc}") from None
    data = _stringify_dates(data)
    errors = sorted(_validator().iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        raise KnowledgeBaseError("; ".join(_describe(path, data, e) for e in errors[:5]))
    return data, raw


def _describe(path: Path, data: Any, error: Any) -> str:
    where = list(error.absolute_path)
    entry = ""
    if len(where) >= 2 and where[0] in ("actors", "descriptions"):
        item = data[where[0]][where[1]]
        label = item.get("id") if isinstance(item, dict) else None
        entry = f" entry {where[0]}[{where[1]}]" + (f" (id {label})" if label else "")
        where = where[2:]
    field = ".".join(str(w) for w in where)
    return f"{path}:{entry} {field + ': ' if field else ''}{error.message}"


def _actor(entry: dict[str, Any], file: str) -> KbActor:
    return KbActor(
        id=entry["id"], name=entry["name"], kind=entry["kind"], country=entry["country"],
        sector=entry["sector"], aliases=tuple(entry.get("aliases", ())),
        adjectives=tuple(entry.get("adjectives", ())), capital=entry.get("capital"),
        governments=tuple(Government(g["actor"], g.get("start"), g.get("end"))
                          for g in entry.get("governments", ())),
        wikidata=entry.get("wikidata"), parent=entry.get("parent"), seat=entry.get("seat"),
        periods=tuple(Period(p.get("start"), p.get("end"), p["sector"], p.get("country"),
                             p.get("kind"), p.get("note", "")) for p in entry.get("periods", ())),
        roles=tuple(Role(r["role"], r.get("org"), r["country"], r["sector"], r.get("start"),
                         r.get("end"), r["source"], bool(r.get("acting", False)))
                    for r in entry.get("roles", ())),
        source=entry["source"], note=entry.get("note", ""), file=file,
    )


def load(extra: Iterable[str | Path] = (), include_shipped: bool = True) -> LoadedKb:
    """Load the shipped KB and the user's ``extra`` files (later files override by id).

    ``include_shipped=False`` loads only ``extra`` (tests build small knowledge bases this way).
    """
    paths = [*(shipped_files() if include_shipped else []), *(Path(p) for p in extra)]
    if not paths:
        raise KnowledgeBaseError("no knowledge-base files found: the package data is missing; "
                                 "reinstall dyadwatch")
    digest = hashlib.sha256()
    actors: dict[str, KbActor] = {}
    descriptions: list[Description] = []
    places: list[PlaceEntry] = []
    shipped = set(shipped_files()) if include_shipped else set()
    for path in paths:
        if not path.is_file():
            raise KnowledgeBaseError(f"{path}: knowledge-base file not found (setting kb_extra)")
        data, raw = read_file(path)
        digest.update(path.name.encode() + b"\0" + raw)
        seen_here: set[str] = set()
        for entry in data.get("actors", ()):
            if entry["id"] in seen_here:
                raise KnowledgeBaseError(f"{path}: entry id {entry['id']} appears twice in "
                                         "this file")
            if entry["id"] in actors and path in shipped:
                raise KnowledgeBaseError(
                    f"{path}: entry id {entry['id']} is already defined in "
                    f"{actors[entry['id']].file}; ids must be unique across shipped files")
            seen_here.add(entry["id"])
            actors[entry["id"]] = _actor(entry, str(path))
        for entry in data.get("descriptions", ()):
            descriptions.append(Description(tuple(entry["text"]), entry["sector"], entry["kind"],
                                            entry.get("suffix"), entry.get("name"), str(path)))
        for entry in data.get("places", ()):
            places.append(PlaceEntry(entry["name"], entry["kind"], entry["country"],
                                     entry.get("admin1"), tuple(entry.get("aliases", ())),
                                     entry.get("lat"), entry.get("lon"),
                                     entry.get("source", path.name)))
    check_references(actors)
    version = f"{release()}+{digest.hexdigest()[:10]}"
    return LoadedKb(actors, tuple(descriptions), version, tuple(str(p) for p in paths),
                    tuple(places))


def check_references(actors: dict[str, KbActor]) -> None:
    """Cross-file rules: references resolve, dates are ordered. Raises ``KnowledgeBaseError``."""
    problems: list[str] = []
    for actor in actors.values():
        where = f"{actor.file}: entry {actor.id}"
        if actor.parent and actor.parent not in actors:
            problems.append(f"{where}: parent {actor.parent} is not a known id")
        for gov in actor.governments:
            if gov.actor not in actors:
                problems.append(f"{where}: governments.actor {gov.actor} is not a known id")
        dated: list[Role | Period | Government] = [*actor.roles, *actor.periods,
                                                   *actor.governments]
        for item in dated:
            try:
                lo, hi = first_day(item.start), last_day(item.end)
            except ValueError:
                problems.append(f"{where}: {item.start} .. {item.end} is not a real date range")
                continue
            if lo and hi and hi < lo:
                problems.append(f"{where}: end {item.end} is before start {item.start}")
        for role in actor.roles:
            if role.org and role.org.isupper() and "_" in role.org and role.org not in actors:
                problems.append(f"{where}: role {role.role!r} org {role.org} is not a known id")
    if problems:
        raise KnowledgeBaseError("; ".join(problems[:10]) + (
            f" (and {len(problems) - 10} more)" if len(problems) > 10 else ""))
