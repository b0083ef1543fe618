"""Importing customers from CSV, XLSX and vCard files (``Services.imports``)."""

from crmdesk.services.importing.mapping import FIELDS, MULTI_FIELDS, guess_field, propose_mapping
from crmdesk.services.importing.service import (
    ON_DUPLICATE,
    DuplicateCandidate,
    ImportPreview,
    ImportResult,
    ImportService,
    RowIssue,
    write_report,
)
from crmdesk.services.importing.sources import MAX_FIELD_CHARS, MAX_FILE_BYTES, SourceTable, read_source

__all__ = [
    "FIELDS",
    "MAX_FIELD_CHARS",
    "MAX_FILE_BYTES",
    "MULTI_FIELDS",
    "ON_DUPLICATE",
    "DuplicateCandidate",
    "ImportPreview",
    "ImportResult",
    "ImportService",
    "RowIssue",
    "SourceTable",
    "guess_field",
    "propose_mapping",
    "read_source",
    "write_report",
]
