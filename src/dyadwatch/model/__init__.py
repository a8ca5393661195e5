"""The data model: frozen dataclasses that import nothing else of dyadwatch.

Stages pass these records along; tests build them by hand; executors ship them to other processes.
"""

from dyadwatch.model.actor import SECTORS, Actor, ActorMention
from dyadwatch.model.article import (
    REJECTION_REASONS,
    Article,
    Rejection,
    Removal,
    content_hash,
    document_id,
)
from dyadwatch.model.event import (
    PRECISIONS,
    Coding,
    Event,
    Modality,
    Place,
    Quantity,
    ResolvedDate,
)
from dyadwatch.model.text import Sentence, Span, Token

__all__ = [
    "PRECISIONS",
    "REJECTION_REASONS",
    "SECTORS",
    "Actor",
    "ActorMention",
    "Article",
    "Coding",
    "Event",
    "Modality",
    "Place",
    "Quantity",
    "Rejection",
    "Removal",
    "ResolvedDate",
    "Sentence",
    "Span",
    "Token",
    "content_hash",
    "document_id",
]
