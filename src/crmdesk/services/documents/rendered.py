"""What rendering hands back: the PDF bytes and what the caller needs to file or send them."""

from __future__ import annotations

from dataclasses import dataclass

KINDS = ("quote", "invoice", "credit_note", "reminder", "delivery_note")
"""The kinds :meth:`DocumentPdfService.render` accepts."""


@dataclass(frozen=True)
class RenderedDocument:
    kind: str
    """One of :data:`KINDS`."""
    document_id: int
    """The quote, invoice (also for ``reminder``), credit note or delivery note id."""
    number: str
    """The printed number (a draft prints ``draft <id>``)."""
    customer_id: int
    language: str
    filename: str
    """A suggested file name, e.g. ``Invoice 2026-0012.pdf`` (English, safe on every file system)."""
    pdf: bytes

    def __repr__(self) -> str:  # never dump a megabyte of PDF into a log line
        return (
            f"RenderedDocument(kind={self.kind!r}, document_id={self.document_id}, number={self.number!r},"
            f" customer_id={self.customer_id}, language={self.language!r}, filename={self.filename!r},"
            f" pdf=<{len(self.pdf)} bytes>)"
        )
