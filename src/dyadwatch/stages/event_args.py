"""Linking syntactic arguments (subject, object, prepositional phrase) to actor mentions."""

from __future__ import annotations

from dyadwatch.model import ActorMention, Sentence
from dyadwatch.stages.syntax import conjuncts, kids

# Dependents to look through when the argument's head is not itself an actor mention:
# "a delegation *from* the Taliban", "Pakistan's envoy, *Asif Durrani*", "the *TTP* fighters".
_THROUGH_FIRST = ("appos",)
_THROUGH_NEXT = ("compound", "poss", "amod", "nmod")
_THROUGH_PREPS = frozenset({"from", "of", "led"})


class MentionIndex:
    """Which actor mention covers which token of one sentence."""

    def __init__(self, sent: Sentence, mentions: list[ActorMention]) -> None:
        self.sent = sent
        self.mentions = mentions
        self._at: dict[int, ActorMention] = {}
        for mention in mentions:
            for i in range(mention.token_start, mention.token_end):
                self._at.setdefault(i, mention)

    def at(self, i: int) -> ActorMention | None:
        """The mention covering token ``i``, if any."""
        return self._at.get(i)

    def actor_of(self, i: int, depth: int = 0) -> ActorMention | None:
        """The actor an argument headed by token ``i`` stands for, looking through appositions,
        compounds, possessives and "of"/"from" phrases when ``i`` itself is no mention."""
        direct = self._at.get(i)
        if direct is not None or depth > 3:
            return direct
        sent = self.sent
        for child in kids(sent, i, _THROUGH_FIRST):
            found = self.actor_of(child.i, depth + 1)
            if found is not None:
                return found
        for child in kids(sent, i, ("prep", "acl")):
            if child.lower in _THROUGH_PREPS or child.lemma == "lead":
                for obj in kids(sent, child.i, ("pobj", "agent")):
                    found = self.actor_of(obj.i, depth + 1)
                    if found is not None:
                        return found
                for agent in kids(sent, child.i, ("agent",)):
                    for obj in kids(sent, agent.i, ("pobj",)):
                        found = self.actor_of(obj.i, depth + 1)
                        if found is not None:
                            return found
        for child in kids(sent, i, _THROUGH_NEXT):
            found = self._at.get(child.i)
            if found is not None:
                return found
        return None

    def actors_of(self, heads: list[int]) -> list[ActorMention]:
        """Distinct actors for a list of argument heads (coordinated arguments included)."""
        out: list[ActorMention] = []
        seen: set[int] = set()
        for head in heads:
            for j in conjuncts(self.sent, head):
                mention = self.actor_of(j)
                if mention is not None and mention.start not in seen:
                    seen.add(mention.start)
                    out.append(mention)
        return out
