"""The actor knowledge base: YAML files validated by a schema, alias indexes, dated roles."""

from dyadwatch.kb.base import KnowledgeBase, alias_key, load_kb
from dyadwatch.kb.loader import LoadedKb, load, read_file, release, shipped_files
from dyadwatch.kb.records import Description, Government, KbActor, Period, Role

__all__ = [
    "Description",
    "Government",
    "KbActor",
    "KnowledgeBase",
    "LoadedKb",
    "Period",
    "Role",
    "alias_key",
    "load",
    "load_kb",
    "read_file",
    "release",
    "shipped_files",
]
