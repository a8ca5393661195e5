"""Actors and their mentions in text."""

from __future__ import annotations

from dataclasses import dataclass

#: PLOVER actor sectors (the output contract's list).
SECTORS: frozenset[str] = frozenset(
    "GOV MIL COP JUD LEG SPY PTY OPP ELI REB CRM CVL REF MED JRN REL EDU BUS LAB AGR SOC IGO NGO "
    "UNK".split()
)


@dataclass(frozen=True, slots=True)
class Actor:
    """Who an actor is on the date of the report.

    ``name`` is the knowledge base's canonical name or, for an actor the KB lacks, the name as
    written. ``role`` is the dated role valid on the article's date (persons), ``inferred`` is true
    when country or sector were inferred from the text (a title, an adjective) rather than looked
    up.
    """

    name: str
    country: str | None
    sector: str = "UNK"
    kb_id: str | None = None
    role: str | None = None
    inferred: bool = False
    kind: str | None = None

    @property
    def key(self) -> str:
        """Identity across documents: the KB id, or name/country/sector for unknown actors."""
        if self.kb_id:
            return self.kb_id
        return f"~{self.name.lower()}|{self.country or ''}|{self.sector}"


@dataclass(frozen=True, slots=True)
class ActorMention:
    """One mention of an actor: the resolved actor plus where it stands in the document.

    ``how`` says which rule resolved it (``kb``, ``capital``, ``description``, ``adjective``,
    ``title``, ``coref``, ``unknown``), for debugging and confidence.
    """

    actor: Actor
    text: str
    start: int
    end: int
    sentence: int
    token_start: int
    token_end: int
    how: str = "kb"
    head: int = -1
