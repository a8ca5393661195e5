"""Every error dyadwatch raises on purpose, in one tree.

    DyadwatchError                 base: catch this to catch them all
    ├── ConfigError                a setting is missing or invalid
    ├── InputError                 the user's input cannot be used at all
    │   └── NothingToReadError     no document could be read from the paths given
    ├── KnowledgeBaseError         a knowledge-base file is malformed (file and entry named)
    ├── ModelError                 the spaCy model is missing or cannot be loaded
    ├── PipelineError              the stages are wired wrongly
    │   └── StageOrderError        a stage needs something no earlier stage provides
    └── StorageError               the database cannot be opened, migrated or written
        └── SchemaVersionError     the database was made by a newer dyadwatch

A problem with one document (empty, binary, wrong encoding, too large...) is not an exception: it
becomes a ``Rejection`` record with a reason code, and the rest of the batch goes on.

Messages say what happened and what to do about it; the CLI prints them as one line.
"""

from __future__ import annotations


class DyadwatchError(Exception):
    """Base class of every error raised on purpose by dyadwatch."""


class ConfigError(DyadwatchError):
    """A setting is missing or invalid."""


class InputError(DyadwatchError):
    """The input as a whole cannot be used (bad path, bad argument)."""


class NothingToReadError(InputError):
    """No document could be read from the paths given."""


class KnowledgeBaseError(DyadwatchError):
    """A knowledge-base file is malformed; the message names the file and the entry."""


class ModelError(DyadwatchError):
    """The spaCy model is missing or cannot be loaded."""


class PipelineError(DyadwatchError):
    """The pipeline's stages are wired wrongly."""


class StageOrderError(PipelineError):
    """A stage requires an annotation that no earlier stage provides."""


class StorageError(DyadwatchError):
    """The database cannot be opened, migrated or written."""


class SchemaVersionError(StorageError):
    """The database schema is newer than this version of dyadwatch understands."""
