"""Stage ordering and the in-process runner."""

from dyadwatch.pipeline.build import build_pipeline, pipeline_version
from dyadwatch.pipeline.order import INITIAL, check_order
from dyadwatch.pipeline.runner import Pipeline

__all__ = ["INITIAL", "Pipeline", "build_pipeline", "check_order", "pipeline_version"]
