"""The only place spaCy is imported: model loading, the entity ruler, Doc -> our records."""

from dyadwatch.nlp.convert import doc_to_sentences
from dyadwatch.nlp.loader import MODEL_INSTALL_HINT, get_pipeline, model_info, parse_texts

__all__ = ["MODEL_INSTALL_HINT", "doc_to_sentences", "get_pipeline", "model_info", "parse_texts"]
