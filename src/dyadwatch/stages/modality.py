"""Is an event reported as real? Negation, hypotheticals, plans, and who reports it."""

from __future__ import annotations

from dyadwatch.model import ActorMention, Modality, Sentence
from dyadwatch.stages.event_args import MentionIndex
from dyadwatch.stages.syntax import ancestors, aux_words, is_negated, kids, subjects

_HYPOTHETICAL_MODALS = frozenset({"might", "could", "may", "would", "should", "must"})
_FUTURE = frozenset({"will", "shall", "'ll"})
_PLAN_HEADS = frozenset({"plan", "schedule", "expect", "set", "due", "intend", "prepare", "aim",
                         "propose", "seek", "want", "hope", "agree", "decide", "vow", "pledge",
                         "promise", "threaten"})
_CONDITION_MARKS = frozenset({"if", "unless", "whether"})
_PLANNED_NOUN_MODS = frozenset({"upcoming", "planned", "proposed", "expected", "scheduled",
                                "forthcoming", "next", "future", "possible", "potential"})
_NEGATIVE_HEADS = frozenset({"deny", "reject", "refuse", "fail", "rule", "dismiss", "avoid"})


def modality(sent: Sentence, i: int) -> Modality:
    """Negated, hypothetical and planned flags for the event triggered by token ``i``."""
    tok = sent.tokens[i]
    negated = is_negated(sent, i)
    auxes = aux_words(sent, i)
    hypothetical = any(a in _HYPOTHETICAL_MODALS for a in auxes)
    planned = any(a in _FUTURE for a in auxes) or "going" in auxes
    if tok.pos in ("NOUN", "PROPN"):
        mods = {c.lower for c in sent.children(i) if c.dep in ("amod", "compound", "nmod")}
        planned = planned or bool(mods & _PLANNED_NOUN_MODS)
    chain = [i, *ancestors(sent, i)]
    for j in chain:
        node = sent.tokens[j]
        marks = {c.lower for c in kids(sent, j, ("mark",))}
        if marks & _CONDITION_MARKS:
            hypothetical = True
        if j != i and node.lemma in _PLAN_HEADS and sent.tokens[chain[chain.index(j) - 1]].dep \
                in ("xcomp", "ccomp", "pobj", "dobj", "pcomp"):
            planned = True
        if j != i and node.lemma in _NEGATIVE_HEADS:
            # "refused to meet": the meeting did not happen (the refusal is its own event)
            negated = negated or node.lemma in ("refuse", "fail", "avoid")
        if node.dep in ("ROOT",):
            break
    if tok.text.endswith("?") or sent.text.rstrip().endswith("?"):
        hypothetical = True
    if tok.tag in ("VBD", "VBN") and not any(a in _FUTURE for a in auxes):
        planned = False  # "visited", "had met": past tense is never a plan
    return Modality(negated=negated, hypothetical=hypothetical and not negated, planned=planned)


def reported_by(sent: Sentence, i: int, index: MentionIndex,
                speech_verbs: frozenset[str]) -> ActorMention | None:
    """Who the text says reports or claims the event: the subject of a governing speech verb
    ("Pakistan said BLA fighters attacked ...") or an "according to X" phrase."""
    for j in ancestors(sent, i):
        node = sent.tokens[j]
        if node.lemma in speech_verbs and node.pos in ("VERB", "AUX"):
            for subject in subjects(sent, j):
                found = index.actor_of(subject)
                if found is not None:
                    return found
            return None
    for tok in sent.tokens:
        if tok.lower == "according" and tok.i + 1 < len(sent.tokens) and \
                sent.tokens[tok.i + 1].lower == "to":
            for obj in kids(sent, tok.i + 1, ("pobj",)):
                found = index.actor_of(obj.i)
                if found is not None:
                    return found
    return None


def announces_force(sent: Sentence, i: int) -> bool:
    """A modal of possibility or intent, not a condition: "Pakistan might target hideouts"
    (a threat), as against "if Pakistan attacks" (a hypothetical)."""
    for j in [i, *ancestors(sent, i)]:
        if {c.lower for c in kids(sent, j, ("mark",))} & _CONDITION_MARKS:
            return False
        if sent.tokens[j].dep == "ROOT":
            break
    return any(a in ("might", "could", "may", "would", "will") for a in aux_words(sent, i))
