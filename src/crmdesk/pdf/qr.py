"""The EPC (SEPA credit transfer) QR code as a vector flowable."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import segno
from reportlab.lib.colors import black, white
from reportlab.platypus import Flowable
from segno import helpers as segno_helpers

from crmdesk.pdf.model import EpcPayment
from crmdesk.pdf.units import Points

QUIET_ZONE = 4


def _fields(payment: EpcPayment) -> tuple[str, str, Decimal, str, str | None]:
    """Name, IBAN, amount, remittance text, BIC within the EPC limits."""
    bic = payment.bic.replace(" ", "") or None
    return (
        payment.name[:70] or "-",
        payment.iban.replace(" ", ""),
        payment.amount,
        payment.reference[:140],
        bic,
    )


def epc_payload(payment: EpcPayment) -> bytes:
    """The EPC QR content (BCD, version 002, SCT, in the smallest of the allowed encodings): what a
    banking app reads from the code. Built by segno's own EPC helper."""
    name, iban, amount, text, bic = _fields(payment)
    builder: Callable[..., bytes] = getattr(segno_helpers, "_make_epc_qr_data")  # noqa: B009 - private
    return builder(name, iban, amount, text, None, bic, None, None)


def epc_qr(payment: EpcPayment) -> segno.QRCode:
    """The EPC QR code (version 002, error level M) for ``payment``.

    segno's ``make_epc_qr`` searches the best of the eight masks (most of its ~20 ms); every mask
    gives a valid code, so the code is made from segno's own payload with mask 0.
    """
    if not hasattr(segno_helpers, "_make_epc_qr_data"):  # pragma: no cover - another segno
        name, iban, amount, text, bic = _fields(payment)
        return segno_helpers.make_epc_qr(name, iban, amount, text=text, bic=bic)
    return segno.make_qr(epc_payload(payment), error="m", boost_error=False, mask=0)


class QrFlowable(Flowable):  # type: ignore[misc]  # ReportLab is untyped
    """A QR code drawn as one filled path: a rectangle per horizontal run of dark modules, written
    in module units under one scaling transform."""

    def __init__(self, qr: segno.QRCode, size: Points) -> None:
        super().__init__()
        self._rows = [list(row) for row in qr.matrix]
        self._size = size
        self.width = size
        self.height = size

    def draw(self) -> None:
        count = len(self._rows) + 2 * QUIET_ZONE
        module = self._size / count
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(white)
        canvas.rect(0, 0, self._size, self._size, stroke=0, fill=1)
        canvas.setFillColor(black)
        canvas.transform(module, 0, 0, module, 0, 0)
        runs: list[str] = []
        for row_index, row in enumerate(self._rows):
            y = count - QUIET_ZONE - 1 - row_index
            col = 0
            while col < len(row):
                if row[col]:
                    start = col
                    while col < len(row) and row[col]:
                        col += 1
                    runs.append(f"{start + QUIET_ZONE} {y} {col - start} 1 re")
                else:
                    col += 1
        if runs:
            # Integer module coordinates: written as PDF operators directly (one path, one fill).
            canvas._code.append("\n".join(runs) + "\nf")
        canvas.restoreState()
