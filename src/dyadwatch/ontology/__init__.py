"""The event ontology: PLOVER types, modes and contexts; CAMEO codes, Goldstein and quad class."""

from dyadwatch.ontology.cameo import CameoCode, cameo_table, lookup, make_coding, quad_of_root
from dyadwatch.ontology.plover import (
    CONTEXTS,
    MODES,
    PLOVER_QUAD,
    PLOVER_TYPES,
    QUAD_NAMES,
    SYMMETRIC_TYPES,
    check_mode,
)

__all__ = [
    "CONTEXTS",
    "MODES",
    "PLOVER_QUAD",
    "PLOVER_TYPES",
    "QUAD_NAMES",
    "SYMMETRIC_TYPES",
    "CameoCode",
    "cameo_table",
    "check_mode",
    "lookup",
    "make_coding",
    "quad_of_root",
]
