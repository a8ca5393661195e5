"""Pipeline stages: parse, actors, events, dates, places, quantities, merge (one module per
stage)."""

from dyadwatch.stages.actors import ActorStage
from dyadwatch.stages.base import ArticleStage, Stage
from dyadwatch.stages.dates import DateStage
from dyadwatch.stages.events import EventStage
from dyadwatch.stages.merge import MergeStage
from dyadwatch.stages.parse import ParseStage
from dyadwatch.stages.places import PlaceStage
from dyadwatch.stages.quantities import QuantityStage

__all__ = ["ActorStage", "ArticleStage", "DateStage", "EventStage", "MergeStage", "ParseStage",
           "PlaceStage", "QuantityStage", "Stage"]
