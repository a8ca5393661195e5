"""Is an event reported as real? Negation, hypotheticals, plans, and who reports it."""

from __future__ import annotations

from dyadwatch.model import ActorMention, Modality, Sentence, Token
from dyadwatch.stages.event_args import MentionIndex
from dyadwatch.stages.syntax import (
    ancestors,
    aux_words,
    is_infinitive,
    is_negated,
    kids,
    subjects,
)

_HYPOTHETICAL_MODALS = frozenset({"might", "could", "may", "would", "should", "must"})
_FUTURE = frozenset({"will", "shall", "'ll"})
_PLAN_HEADS = frozenset({"plan", "schedule", "expect", "set", "due", "intend", "prepare", "aim",
                         "propose", "seek", "want", "hope", "agree", "decide", "vow", "pledge",
                         "promise", "threaten"})
_CONDITION_MARKS = frozenset({"if", "unless", "whether"})
_PLANNED_NOUN_MODS = frozenset({"upcoming", "planned", "proposed", "expected", "scheduled",
                                "forthcoming", "next", "future", "possible", "potential"})
_NEGATIVE_HEADS = frozenset({"deny", "reject", "refuse", "fail", "rule", "dismiss", "avoid"})
_UNCERTAIN_IF_NEGATED = frozenset({"confirm", "say", "know", "believe", "think", "verify",
                                   "authorise", "authorize", "allow", "plan", "expect"})
#: Verbs and nouns of asking: their complement is what is asked for, not what happened.
_REQUEST_HEADS = frozenset({"urge", "ask", "call", "demand", "request", "press", "appeal",
                            "implore", "plead", "insist", "push"})
#: Verbs of denial, and nouns of claims a denial can reject.
_DENIALS = frozenset({"deny", "reject", "dismiss", "refute", "rebut", "contest"})
_CLAIM_WORDS = frozenset({"accusation", "allegation", "claim", "charge", "report",
                          "assertion", "suggestion"})
#: Verbs under which an attack is ordered, vowed or prepared, not carried out: a threat.
INTENT_HEADS = frozenset({"tell", "order", "instruct", "vow", "threaten", "pledge", "promise",
                          "direct"})
_ORDERS = frozenset({"tell", "order", "instruct", "direct"})
#: An event noun that is the subject of these describes a trend, not an event.
TREND_VERBS = frozenset({"rise", "increase", "surge", "grow", "decline", "fall", "drop",
                         "decrease", "double", "soar", "escalate", "intensify", "continue",
                         "persist", "spike", "mount"})


def modality(sent: Sentence, i: int, light: frozenset[str] = frozenset()) -> Modality:
    """Negated, hypothetical and planned flags for the event triggered by token ``i``; an
    event noun takes them from the light verb that carries it ("will hold talks", "did not
    carry out strikes")."""
    tok = sent.tokens[i]
    negated = is_negated(sent, i)
    auxes = aux_words(sent, i)
    verb = _light_verb(sent, i, light) if tok.pos in ("NOUN", "PROPN") else None
    if verb is not None:
        auxes = auxes + aux_words(sent, verb)
        negated = negated or is_negated(sent, verb)
    hypothetical = any(a in _HYPOTHETICAL_MODALS for a in auxes)
    planned = any(a in _FUTURE for a in auxes) or "going" in auxes
    if tok.pos in ("NOUN", "PROPN"):
        mods = {c.lower for c in sent.children(i) if c.dep in ("amod", "compound", "nmod")}
        planned = planned or bool(mods & _PLANNED_NOUN_MODS)
        # "any Pakistani attack ... would have consequences": no attack in particular, and
        # one that may never come
        hypothetical = hypothetical or any(
            c.dep == "det" and c.lower == "any" for c in sent.children(i)) or (
            tok.dep in ("nsubj", "nsubjpass") and tok.head != i and
            any(a in _HYPOTHETICAL_MODALS for a in aux_words(sent, tok.head)))
    chain = [i, *ancestors(sent, i)]
    for j in chain:
        node = sent.tokens[j]
        marks = {c.lower for c in kids(sent, j, ("mark",))}
        if marks & _CONDITION_MARKS:
            hypothetical = True
        if j != i and node.lemma in _PLAN_HEADS and sent.tokens[chain[chain.index(j) - 1]].dep \
                in ("xcomp", "ccomp", "pobj", "dobj", "pcomp"):
            planned = True
        if j != i and _journey_ahead(sent, j, sent.tokens[chain[chain.index(j) - 1]]):
            planned = True  # "would travel to Kandahar to meet ...": the meeting is ahead too
        if j != i and node.lemma in _NEGATIVE_HEADS:
            # "refused to meet": the meeting did not happen (the refusal is its own event)
            negated = negated or node.lemma in ("refuse", "fail", "avoid")
        if j != i and is_negated(sent, j) and node.lemma in _UNCERTAIN_IF_NEGATED:
            hypothetical = True  # "did not confirm that forces had struck": unconfirmed
        elif j != i and is_negated(sent, j) and \
                sent.tokens[chain[chain.index(j) - 1]].dep == "xcomp":
            negated = True  # "have not offered to mediate", "did not agree to meet": no talks
        if node.dep in ("ROOT",):
            break
    if tok.text.endswith("?") or sent.text.rstrip().endswith("?"):
        hypothetical = True
    if tok.tag in ("VBD", "VBN") and not any(a in _FUTURE for a in auxes):
        planned = False  # "visited", "had met": past tense is never a plan
    return Modality(negated=negated, hypothetical=hypothetical and not negated, planned=planned)


def _journey_ahead(sent: Sentence, j: int, below: Token) -> bool:
    """``below`` is the purpose ("to meet") of verb ``j``, told as still to come: "will
    travel", or "would travel" reported ("said he would travel")."""
    if below.dep not in ("advcl", "xcomp") or not is_infinitive(sent, below.i):
        return False
    auxes = aux_words(sent, j)
    node = sent.tokens[j]
    return any(a in _FUTURE for a in auxes) or ("would" in auxes and node.dep == "ccomp")


def _light_verb(sent: Sentence, i: int, light: frozenset[str]) -> int | None:
    """The light verb whose object the noun ``i`` is, directly or through a measure noun or a
    compound ("held *a round of* talks", "launched a *deportation* drive")."""
    j = i
    for _ in range(3):
        tok = sent.tokens[j]
        if tok.head == j:
            return None
        head = sent.tokens[tok.head]
        if tok.dep in ("dobj", "obj", "nsubjpass") and head.pos in ("VERB", "AUX"):
            return head.i if head.lemma in light else None
        if tok.dep not in ("pobj", "prep", "compound"):
            return None
        j = head.i
    return None


def embedded_content(sent: Sentence, i: int) -> bool:
    """The trigger is the content of a request or of a denial, which is its own event:
    "urged Kabul to *release* them" (asked for, not done), "denied that its jets had
    *struck*", "rejected the accusation that jets had *bombed*" (contested, not reported)."""
    chain = [i, *ancestors(sent, i)]
    for k, j in enumerate(chain[1:6], start=1):
        node, link = sent.tokens[j], sent.tokens[chain[k - 1]].dep
        below = chain[k - 1]
        if node.lemma in _REQUEST_HEADS and (link in ("xcomp", "ccomp", "acl") or (
                link == "advcl" and is_infinitive(sent, below))):
            return True  # ("called on Islamabad *to stop* detaining", parsed as an advcl)
        if link in ("ccomp", "acl") and (
                node.lemma in _DENIALS or (node.lemma in _CLAIM_WORDS and _denied(sent, j))):
            return True
        if node.dep == "ROOT":
            break
    return False


def _denied(sent: Sentence, j: int) -> bool:
    """The claim noun ``j`` is what a denial rejects ("rejected the accusation that ...")."""
    tok = sent.tokens[j]
    return tok.dep in ("dobj", "obj", "nsubjpass") and sent.tokens[tok.head].lemma in _DENIALS


def is_question(sent: Sentence) -> bool:
    """The sentence asks rather than reports ("Will Pakistan strike again?")."""
    return sent.text.rstrip().rstrip("\"'”’)").endswith("?")


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


#: Verbs of belief and fear: what they govern is someone's expectation, not an announcement.
_EPISTEMIC = frozenset({"fear", "believe", "think", "expect", "worry", "speculate", "suggest",
                        "predict", "suspect", "assess", "estimate", "doubt", "wonder"})


def announces_force(sent: Sentence, i: int, source: ActorMention, index: MentionIndex,
                    speech: frozenset[str]) -> bool:
    """A modal of possibility or intent said by the party that would use the force: "Pakistan
    might target hideouts", "Kabul warned it could respond if ..." are threats; "officials
    fear the BLA could attack", "if the attacks continue, Pakistan could strike, analysts
    said" are hypotheticals."""
    if not any(a in ("might", "could", "may", "would", "will") for a in aux_words(sent, i)):
        return False
    for j in ancestors(sent, i):
        node = sent.tokens[j]
        if node.lemma in _EPISTEMIC:
            return False
        if node.lemma in speech and node.pos in ("VERB", "AUX"):
            speakers = [index.actor_of(s) for s in subjects(sent, j)]
            return any(m is not None and (m.actor.key == source.actor.key or (
                m.actor.country == source.actor.country and m.actor.country is not None and
                m.actor.sector in ("GOV", "MIL") and source.actor.sector in ("GOV", "MIL")))
                for m in speakers)
    # no one reports it: a bare announcement is a threat, a condition makes it hypothetical
    for j in [i, *ancestors(sent, i)]:
        marks = {c.lower for c in kids(sent, j, ("mark",))}
        conditions = [c for c in kids(sent, j, ("advcl",))
                      if {m.lower for m in kids(sent, c.i, ("mark",))} & _CONDITION_MARKS]
        if marks & _CONDITION_MARKS or conditions:
            return False
        if sent.tokens[j].dep == "ROOT":
            break
    return True


def ordered_or_vowed(sent: Sentence, i: int) -> bool:
    """The attack is the complement of an order, vow or warning ("told its fighters to resume
    attacks", "vowed to strike back"): announced, not done."""
    j = i
    for _ in range(3):
        tok = sent.tokens[j]
        if tok.head == j:
            return False
        head = sent.tokens[tok.head]
        # an order takes an infinitive ("told its fighters to resume attacks"); "told reporters
        # that an attacker had fired" reports, it does not order
        allowed = ("xcomp", "dobj", "pobj") if head.lemma in _ORDERS else \
            ("xcomp", "ccomp", "dobj", "pobj")
        if tok.dep in allowed and head.lemma in INTENT_HEADS:
            return True
        j = tok.head
    return False


def describes_trend(sent: Sentence, i: int) -> bool:
    """"Attacks by the TTP have risen sharply": a trend, not an event."""
    tok = sent.tokens[i]
    return tok.dep in ("nsubj", "nsubjpass") and sent.tokens[tok.head].lemma in TREND_VERBS


def intent(sent: Sentence, i: int, speech: frozenset[str]) -> tuple[bool, bool]:
    """(announced, refused): the event is announced for the future ("will extend the curfew",
    "said they would boycott"), or a future action is refused ("would not meet demands").
    Conditions ("if ...") are neither."""
    auxes = aux_words(sent, i)
    for j in [i, *ancestors(sent, i)]:
        if {c.lower for c in kids(sent, j, ("mark",))} & _CONDITION_MARKS:
            return False, False
        if sent.tokens[j].dep == "ROOT":
            break
    reported = any(sent.tokens[a].lemma in speech for a in ancestors(sent, i)[:2])
    future = bool(set(auxes) & (_FUTURE | {"shall"})) or (reported and "would" in auxes)
    if not future and sent.tokens[i].dep == "xcomp":
        head = sent.tokens[sent.tokens[i].head]
        future = head.lemma in ("plan", "intend", "decide", "vow", "threaten", "pledge",
                                  "promise", "agree", "offer")
    negated = is_negated(sent, i)
    return future and not negated, future and negated


#: Subordinators and prepositions that put an event in the background of another.
_BACKGROUND = frozenset({"after", "before", "since", "until", "following", "amid", "despite",
                         "as", "while", "when"})


def backgrounded(sent: Sentence, i: int) -> bool:
    """The event is told as the background of another ("a day after the TTP *announced*...",
    "amid tensions over the *closure*", "since the Taliban *took* power"): it is often older,
    less precisely reported, and less often the point of the sentence."""
    chain = [i, *ancestors(sent, i)]
    for k, j in enumerate(chain[:-1]):
        tok = sent.tokens[j]
        head = sent.tokens[chain[k + 1]]
        if tok.dep == "advcl" and any(m.lower in _BACKGROUND for m in kids(sent, j, ("mark",))):
            return True
        if tok.dep in ("pobj", "pcomp") and head.lower in _BACKGROUND:
            return True
        if tok.dep == "relcl":
            return True
    return False


def main_clause(sent: Sentence, i: int, speech: frozenset[str]) -> bool:
    """The event is what the sentence reports, not a subordinate detail: the root, a verb
    coordinated with it, or the clause a reporting verb introduces."""
    tok = sent.tokens[i]
    if tok.dep == "ROOT":
        return True
    head = sent.tokens[tok.head]
    if tok.dep == "conj" and head.dep == "ROOT":
        return True
    if tok.dep in ("ccomp", "xcomp") and head.dep == "ROOT":
        return True
    if tok.dep in ("dobj", "nsubj", "nsubjpass") and head.dep == "ROOT" and \
            head.lemma not in speech:
        return True  # "Pakistan launched strikes", "the strikes killed ..."
    return False
