"""The one error hierarchy of crmdesk.

Every layer raises these; the CLI prints ``str(error)`` as a one-line reason and the UI shows it in one
message box. Anything else that escapes is a bug and goes to the global exception hook.
"""

from __future__ import annotations


class CrmError(Exception):
    """Base of every error the owner may see as a plain message."""


class ValidationError(CrmError):
    """Input that breaks a rule; nothing was written."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class NotFoundError(CrmError):
    """The record asked for does not exist (any more)."""


class ConflictError(CrmError):
    """The action clashes with the current state (a frozen invoice, a second writer, a taken number)."""


class DatabaseError(CrmError):
    """The database file cannot be used as asked: foreign, corrupt, read-only, too new, locked."""


class NotACrmdeskDatabase(DatabaseError):
    """The file is not SQLite, or is SQLite made by another program."""


class DatabaseLocked(DatabaseError):
    """Another crmdesk process holds the file."""


class DatabaseTooNew(DatabaseError):
    """The file was written by a newer crmdesk whose schema this version does not know."""


class DiskFullError(DatabaseError):
    """The disk (or the allowed file size) is full: the action was not saved; free space and retry."""
