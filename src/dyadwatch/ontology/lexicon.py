"""The event lexicon (package data ``data/lexicon.yaml``): trigger words and their codings."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from dyadwatch.ontology.cameo import lookup


class _Loader(yaml.SafeLoader):
    """YAML 1.2 booleans only: prepositions like ``on`` and ``off`` stay words; a key given
    twice is an error (YAML would silently keep the last one)."""

    def construct_mapping(self, node, deep=False):  # type: ignore[no-untyped-def]
        seen: set[object] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r}", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


_Loader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
for _first in "tTfF":
    _Loader.yaml_implicit_resolvers.setdefault(_first, []).append(
        ("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")))


@dataclass(frozen=True, slots=True)
class Trigger:
    """One lexicon variant: conditions on the context and the coding it gives."""

    lemma: str
    cameo: str | None = None
    by_sector: tuple[tuple[str, str], ...] = ()
    plover: str | None = None
    mode: str | None = None
    context: tuple[str, ...] = ()
    target: tuple[str, ...] = ("dobj",)
    particle: str | None = None
    prep: str | None = None
    dobj: frozenset[str] = frozenset()
    compound: frozenset[str] = frozenset()
    swap: bool = False
    needs_target: bool = False
    dobj_actor: bool = False
    claim: bool = False
    xcomp: frozenset[str] = frozenset()
    keywords: frozenset[str] = frozenset()
    pobj: frozenset[str] = frozenset()
    both_ways: bool = False
    actor_modifier: bool = False
    #: the code when the action is announced for the future, where it differs from the type's
    #: ("will support" is a promise of support, 032; "will upgrade its mission" is the upgrade)
    announced: str | None = None
    #: the verb has no clausal complement: "called on the prime minister" is a courtesy call,
    #: "called on Kabul to act" a demand
    bare: bool = False

    def cameo_for(self, sector: str | None) -> str:
        """The CAMEO code, chosen by the source's sector where the entry says so."""
        if self.by_sector:
            table = dict(self.by_sector)
            return table.get(sector or "UNK", table["default"])
        assert self.cameo is not None
        return self.cameo


@dataclass(frozen=True)
class Lexicon:
    """Verb and noun triggers, speech verbs and light verbs."""

    verbs: dict[str, tuple[Trigger, ...]]
    nouns: dict[str, tuple[Trigger, ...]]
    speech: frozenset[str]
    light: frozenset[str]


#: The conditions and codings a lexicon entry may give (a misspelt key is an error).
_KEYS = frozenset({"cameo", "by_sector", "plover", "mode", "context", "target", "particle",
                   "prep", "dobj", "compound", "swap", "needs_target", "dobj_actor", "claim",
                   "xcomp", "keywords", "pobj", "both_ways", "actor_modifier",
                   "announced", "bare"})


def _trigger(lemma: str, raw: dict[str, Any]) -> Trigger:
    by_sector = tuple(sorted((raw.get("by_sector") or {}).items()))
    trigger = Trigger(
        lemma=lemma, cameo=raw.get("cameo"), by_sector=by_sector, plover=raw.get("plover"),
        mode=raw.get("mode"), context=tuple(raw.get("context", ())),
        target=tuple(raw.get("target", ("dobj",))), particle=raw.get("particle"),
        prep=raw.get("prep"), dobj=frozenset(raw.get("dobj", ())),
        compound=frozenset(raw.get("compound", ())), swap=bool(raw.get("swap")),
        needs_target=bool(raw.get("needs_target")), dobj_actor=bool(raw.get("dobj_actor")),
        claim=bool(raw.get("claim")), xcomp=frozenset(raw.get("xcomp", ())),
        keywords=frozenset(raw.get("keywords", ())), pobj=frozenset(raw.get("pobj", ())),
        both_ways=bool(raw.get("both_ways")), actor_modifier=bool(raw.get("actor_modifier")),
        announced=raw.get("announced"), bare=bool(raw.get("bare")),
    )
    unknown = set(raw) - _KEYS
    if unknown:
        raise ValueError(f"lexicon entry {lemma!r}: unknown condition(s) {sorted(unknown)}")
    for code in ([trigger.cameo] if trigger.cameo else []) + [c for _, c in by_sector]:
        lookup(code)  # fail at load time on a code the CAMEO table lacks
    return trigger


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The shipped lexicon, parsed and checked against the CAMEO table."""
    text = resources.files("dyadwatch.ontology").joinpath("data/lexicon.yaml").read_text("utf-8")
    data = yaml.load(text, Loader=_Loader)  # noqa: S506 - a SafeLoader subclass
    verbs = {lemma: tuple(_trigger(lemma, v) for v in variants)
             for lemma, variants in data["verbs"].items()}
    nouns = {lemma: tuple(_trigger(lemma, v) for v in variants)
             for lemma, variants in data["nouns"].items()}
    return Lexicon(verbs, nouns, frozenset(data["verb_speech"]), frozenset(data["light_verbs"]))
