"""Small questions about a parsed sentence's dependency tree, asked by several stages.

Dependency labels are ClearNLP's, as spaCy's English models produce them (nsubj, nsubjpass,
dobj, pobj, agent, prep, conj, appos, poss, amod, compound, neg, aux, ccomp, xcomp, advcl...).
"""

from __future__ import annotations

from collections.abc import Iterable

from dyadwatch.model import Actor, ActorMention, Sentence, Token

SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
OBJECTS = frozenset({"dobj", "obj", "dative", "attr", "oprd"})
CLAUSAL = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "pcomp", "conj", "parataxis"})
NEGATIONS = frozenset({"not", "n't", "never", "no", "neither", "nor", "without"})


def kids(sent: Sentence, i: int, deps: Iterable[str] | None = None) -> list[Token]:
    """Children of token ``i``, optionally only those whose dependency label is in ``deps``."""
    if deps is None:
        return list(sent.children(i))
    wanted = deps if isinstance(deps, (frozenset, set)) else set(deps)
    return [t for t in sent.children(i) if t.dep in wanted]


def conjuncts(sent: Sentence, i: int) -> list[int]:
    """Token ``i`` and every token coordinated with it (``X, Y and Z``), also where the
    parser took the second of a list for an apposition of the first ("Guterres, the United
    States and the European Union": a person is not a state, so it is a list)."""
    out, stack = [i], [i]
    while stack:
        j = stack.pop()
        listed = [c for c in kids(sent, j, ("appos",))
                  if kids(sent, c.i, ("conj",)) and _other_kinds(sent.tokens[j], c)]
        for child in [*kids(sent, j, ("conj",)), *listed]:
            if child.i not in out:
                out.append(child.i)
                stack.append(child.i)
    return sorted(out)


def _other_kinds(a: Token, b: Token) -> bool:
    """Two names of different kinds of thing (a person and a state): never the same one."""
    kinds = {"PERSON": "person", "GPE": "place", "NORP": "place", "ORG": "body"}
    ka, kb = kinds.get(a.ent_type), kinds.get(b.ent_type)
    return ka is not None and kb is not None and ka != kb


def is_infinitive(sent: Sentence, i: int) -> bool:
    """Verb ``i`` is a to-infinitive ("*to* discuss", "to stop detaining")."""
    return any(c.dep == "aux" and c.lower == "to" for c in sent.children(i))


def where_clauses(sent: Sentence) -> list[Token]:
    """The verbs of the sentence's "where" clauses ("New Delhi, *where* he had met Modi")."""
    return [tok for tok in sent.tokens if tok.dep == "relcl" and tok.head != tok.i and any(
        c.dep == "advmod" and c.lower == "where" for c in sent.children(tok.i))]


def first_conjunct(sent: Sentence, i: int) -> int:
    """The first token of the coordination ``i`` belongs to (itself when not coordinated)."""
    while sent.tokens[i].dep == "conj" and sent.tokens[i].head != i:
        i = sent.tokens[i].head
    return i


def is_passive(sent: Sentence, i: int) -> bool:
    """A verb in the passive voice (has a passive subject or auxiliary, or a by-agent and no
    active subject: the parser also calls "spoke *by* telephone" an agent)."""
    deps = {t.dep for t in sent.children(i)}
    return bool(deps & {"nsubjpass", "auxpass"}) or ("agent" in deps and "nsubj" not in deps)


def subjects(sent: Sentence, i: int) -> list[int]:
    """Subject heads of verb ``i``, inherited from the first conjunct or a controlling verb."""
    j = i
    for _ in range(4):
        found = [t.i for t in kids(sent, j, ("nsubj", "nsubjpass", "csubj"))]
        if found:
            return [c for s in (_antecedent(sent, j, f) for f in found)
                    for c in conjuncts(sent, s)]
        tok = sent.tokens[j]
        if tok.dep in ("conj", "xcomp", "acomp") and tok.head != j:
            j = tok.head  # "X is due to arrive": through the adjective to the copula
            continue
        if tok.dep == "advcl" and tok.head != j and is_infinitive(sent, j):
            j = tok.head  # "summoned the envoy to ask for ...": the summoner asks
            continue
        if tok.dep == "pcomp" and tok.head != j:
            prep = sent.tokens[tok.head]
            if prep.lower in ("of", "for") and prep.head != prep.i:
                objects = kids(sent, prep.head, ("dobj", "obj"))
                if objects:
                    # "accused Pakistan of carrying out strikes", "blamed India for
                    # sponsoring": the accused is the doer
                    return [c for o in objects for c in conjuncts(sent, o.i)]
            break
        if tok.dep in ("acl", "relcl") and tok.head != j:
            noun = sent.tokens[tok.head]
            if tok.dep == "acl" and noun.dep in ("dobj", "obj") and noun.head != noun.i and \
                    noun.lemma.lower() in MESSAGE_NOUNS:
                # "the PKK issued a declaration demanding ...": the issuer demands (but in
                # "launched a campaign targeting foreigners" the campaign is no speaker)
                return subjects(sent, noun.head)
            return conjuncts(sent, tok.head) if tok.dep == "acl" else [tok.head]
        break
    return []


#: Nouns whose issuer speaks through them ("a statement urging ...", "a letter demanding ...").
MESSAGE_NOUNS = frozenset({"statement", "declaration", "resolution", "letter", "message",
                           "communique", "communiqué", "note", "order", "decree", "appeal",
                           "call", "notice", "notification", "circular", "directive",
                           "ultimatum", "warning", "demand", "request", "proposal", "memo"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})


def _antecedent(sent: Sentence, verb: int, subject: int) -> int:
    """The noun a relative pronoun subject stands for ("fighters *who* had ambushed"), else
    the subject itself."""
    if sent.tokens[subject].lower not in RELATIVE_PRONOUNS:
        return subject
    v = first_conjunct(sent, verb)
    tok = sent.tokens[v]
    return tok.head if tok.dep == "relcl" and tok.head != v else subject


def agents(sent: Sentence, i: int) -> list[int]:
    """The ``by`` phrase objects of a passive verb ("were attacked by militants")."""
    out: list[int] = []
    for agent in kids(sent, i, ("agent",)):
        for obj in kids(sent, agent.i, ("pobj",)):
            out.extend(conjuncts(sent, obj.i))
    return out


def direct_objects(sent: Sentence, i: int) -> list[int]:
    """Direct objects of verb ``i`` with their conjuncts."""
    return [c for t in kids(sent, i, ("dobj", "obj", "dative")) for c in conjuncts(sent, t.i)]


def prep_objects(sent: Sentence, i: int, preps: Iterable[str]) -> list[int]:
    """Objects of the prepositions ``preps`` attached to token ``i`` ("met *with* X")."""
    wanted = {p.lower() for p in preps}
    out: list[int] = []
    # the parser labels an active verb's "by" an agent too ("spoke by telephone"), and a
    # beneficiary's "for" or "to" a dative ("sent a convoy *for* Afghan families")
    deps = ("prep", "agent", "dative") if "by" in wanted else ("prep", "dative")
    for prep in kids(sent, i, deps):
        if prep.lower in wanted:
            for obj in kids(sent, prep.i, ("pobj", "pcomp")):
                out.extend(conjuncts(sent, obj.i))
    return out


def is_negated(sent: Sentence, i: int) -> bool:
    """True when token ``i`` is negated ("did not attack", "no pause", "never met")."""
    for child in sent.children(i):
        if child.dep == "neg" or (child.dep in ("det", "advmod") and child.lower in NEGATIONS):
            return True
    return False


def ancestors(sent: Sentence, i: int) -> list[int]:
    """Heads above token ``i``, nearest first, up to the root."""
    out: list[int] = []
    while sent.tokens[i].head != i and len(out) < len(sent.tokens):
        i = sent.tokens[i].head
        out.append(i)
    return out


def aux_words(sent: Sentence, i: int) -> list[str]:
    """Lower-cased auxiliaries and markers of token ``i`` (will, would, might, if, to...)."""
    return [t.lower for t in sent.children(i) if t.dep in ("aux", "auxpass", "mark")]


def head_of_span(sent: Sentence, start: int, end: int) -> int:
    """The token of ``[start, end)`` whose head lies outside the span (its syntactic head)."""
    for i in range(start, end):
        head = sent.tokens[i].head
        if head == i or not start <= head < end:
            return i
    return end - 1


def mention_at(sent: Sentence, start: int, end: int, actor: Actor, how: str,
               head: int | None = None) -> ActorMention:
    """A mention of ``actor`` over tokens ``[start, end)`` of ``sent`` (its head found from the
    tree unless given)."""
    span = sent.span(start, end)
    return ActorMention(actor=actor, text=span.text, start=span.start, end=span.end,
                        sentence=sent.index, token_start=start, token_end=end, how=how,
                        head=head if head is not None else head_of_span(sent, start, end))
