"""PLOVER: the 16 event types, their modes and the context vocabulary.

Written from the public PLOVER manual (Open Event Data Alliance). Types group into the four quad
classes that CAMEO users know: verbal and material cooperation, verbal and material conflict.
"""

from __future__ import annotations

#: PLOVER type -> quad class (1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
#: 4 material conflict).
PLOVER_QUAD: dict[str, int] = {
    "AGREE": 1,
    "CONSULT": 1,
    "SUPPORT": 1,
    "CONCEDE": 1,
    "COOPERATE": 2,
    "AID": 2,
    "RETREAT": 2,
    "REQUEST": 3,
    "ACCUSE": 3,
    "REJECT": 3,
    "THREATEN": 3,
    "PROTEST": 4,
    "SANCTION": 4,
    "MOBILIZE": 4,
    "COERCE": 4,
    "ASSAULT": 4,
}

PLOVER_TYPES: tuple[str, ...] = tuple(PLOVER_QUAD)

QUAD_NAMES: dict[int, str] = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}

#: Modes each type allows (how the event was carried out, or for THREATEN what was threatened).
MODES: dict[str, frozenset[str]] = {
    "AGREE": frozenset(),
    "CONSULT": frozenset({"visit", "third-party", "multilateral", "phone"}),
    "SUPPORT": frozenset(),
    "CONCEDE": frozenset(),
    "COOPERATE": frozenset(),
    "AID": frozenset({"economic", "military", "humanitarian", "asylum"}),
    "RETREAT": frozenset({"withdraw", "release", "return", "disarm", "ceasefire", "access",
                          "resign"}),
    "REQUEST": frozenset({"assist", "change", "yield", "meet"}),
    "ACCUSE": frozenset({"disapprove", "investigate", "allege"}),
    "REJECT": frozenset({"assist", "change", "yield", "meet"}),
    "THREATEN": frozenset({"restrict", "ban", "relations", "political", "expel", "violence",
                           "territory"}),
    "PROTEST": frozenset({"demo", "hunger", "boycott", "obstruct", "riot", "strike"}),
    "SANCTION": frozenset({"discontinue", "expel", "withdraw", "convict"}),
    "MOBILIZE": frozenset({"troops", "police", "weapons", "militia"}),
    "COERCE": frozenset({"seize", "restrict", "ban", "curfew", "martial-law", "arrest", "deport",
                         "censor"}),
    "ASSAULT": frozenset({"abduct", "beat", "sexual", "torture", "assassinate", "firearms",
                          "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons",
                          "occupy", "massacre", "cleansing", "cbrn"}),
}

#: The context vocabulary (why / in which domain). An event may carry several.
CONTEXTS: frozenset[str] = frozenset(
    """agriculture asylum cbrn corruption crime cyber democracy diplomatic disaster economic
    election environment executive gender health human_rights humanitarian intelligence legal
    legislature migration military peacekeeping political_institutions pro_autocracy refugee
    religion_ethnicity resources rights_freedoms terrorism territory""".split()
)

#: Types whose two actors act jointly, so that source and target order carries no meaning.
SYMMETRIC_TYPES: frozenset[str] = frozenset({"CONSULT", "AGREE", "COOPERATE"})


def check_mode(plover: str, mode: str | None) -> None:
    """Raise ``ValueError`` unless ``plover`` is a PLOVER type and ``mode`` one of its modes."""
    if plover not in PLOVER_QUAD:
        raise ValueError(f"unknown PLOVER type {plover!r}; expected one of {PLOVER_TYPES}")
    if mode is not None and mode not in MODES[plover]:
        raise ValueError(
            f"mode {mode!r} is not a PLOVER mode of {plover}; allowed: {sorted(MODES[plover])}"
        )
