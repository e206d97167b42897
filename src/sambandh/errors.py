"""One error hierarchy with stable codes.

The library raises these; the CLI turns them into one line and an exit code, and the
quarantine table records the ``code`` of the error that kept an input out.
"""

from __future__ import annotations


class SambandhError(Exception):
    """Base of every error Sambandh raises on purpose.

    Attributes:
        code: Stable machine-readable code (documented in docs/errors.md).
        exit_code: Exit status the CLI uses when this error ends a command.
    """

    code = "error"
    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class UsageError(SambandhError):
    """The command was called wrongly (bad flag value, missing path)."""

    code = "usage"
    exit_code = 2


class ConfigError(UsageError):
    """A configuration value is invalid."""

    code = "config"


class NotFoundError(UsageError):
    """What was asked for (a document, story or entity id) does not exist."""

    code = "not_found"


class AuthError(UsageError):
    """A request that changes the database came without the right token."""

    code = "unauthorized"


class ReadOnlyError(UsageError):
    """A change was asked of a server started without an ingest token."""

    code = "read_only"


class InputError(SambandhError):
    """One input cannot be processed; it is quarantined, the run goes on."""

    code = "input"


class EmptyInputError(InputError):
    """The input holds no text."""

    code = "empty"


class BinaryInputError(InputError):
    """The input is binary, not text."""

    code = "binary"


class DecodeError(InputError):
    """The bytes could not be decoded to text with any plausible encoding."""

    code = "undecodable"


class TooLargeError(InputError):
    """The input is larger than ``Config.max_document_bytes``."""

    code = "too_large"


class ParseError(InputError):
    """A structured input (JSON line, feed, WARC, HTML) is malformed."""

    code = "malformed"


class NoContentError(InputError):
    """Extraction or cleaning left no article text."""

    code = "no_content"


class FetchError(InputError):
    """A feed or page could not be fetched (timeout, refused, HTTP error, robots.txt); tried again next run."""

    code = "fetch"


class InternalError(InputError):
    """A bug met while processing one input; the input is quarantined, the run goes on."""

    code = "internal"


class StoreError(SambandhError):
    """The database cannot be opened, migrated or written (locked, full disk, no permission, damaged,
    written by a newer Sambandh). Exit 4, apart from 1 ("some inputs were quarantined").
    """

    code = "store"
    exit_code = 4


class LockedError(StoreError):
    """The database is open for writing in another process (a running ingest or a server that accepts ingest)."""

    code = "locked"
    exit_code = 5
