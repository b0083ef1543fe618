"""The EPC payment QR code: its content, and that the drawn code is the code (module by module)."""

from __future__ import annotations

import io
import subprocess
from decimal import Decimal as D
from pathlib import Path

from PIL import Image
from reportlab.pdfgen.canvas import Canvas
from segno import helpers

from crmdesk.pdf.model import EpcPayment
from crmdesk.pdf.qr import QUIET_ZONE, QrFlowable, epc_payload, epc_qr

PAYMENT = EpcPayment("Velo Darbnīca SIA", "LV97 HABA 0012 3456 7891 0", "HABALV22", D("649.47"), "2026-0001")


def test_pdf_epc_payload_has_iban_amount_and_invoice_number() -> None:
    lines = epc_payload(PAYMENT).decode("iso-8859-4").split("\n")
    assert lines[:4] == ["BCD", "002", "4", "SCT"]
    assert lines[4:8] == ["HABALV22", "Velo Darbnīca SIA", "LV97HABA0012345678910", "EUR649.47"]
    assert lines[-1] == "2026-0001"
    # The same content segno's public helper encodes (only the mask may differ).
    public = helpers.make_epc_qr(
        "Velo Darbnīca SIA", "LV97HABA0012345678910", D("649.47"), text="2026-0001", bic="HABALV22"
    )
    assert public.designator == epc_qr(PAYMENT).designator == "5-M"


def test_pdf_drawn_qr_matches_the_code_module_by_module(tmp_path: Path) -> None:
    qr = epc_qr(PAYMENT)
    count = len(qr.matrix) + 2 * QUIET_ZONE
    size = count * 10.0  # 10 pt a module
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(size, size))
    QrFlowable(qr, size).drawOn(canvas, 0, 0)
    canvas.showPage()
    canvas.save()
    pdf = tmp_path / "qr.pdf"
    pdf.write_bytes(out.getvalue())
    subprocess.run(
        ["pdftoppm", "-png", "-r", "72", "-singlefile", str(pdf), str(tmp_path / "qr")], check=True
    )
    image = Image.open(tmp_path / "qr.png").convert("L")
    for row, modules in enumerate(qr.matrix):
        for col, dark in enumerate(modules):
            x, y = (col + QUIET_ZONE) * 10 + 5, (row + QUIET_ZONE) * 10 + 5
            assert (_gray(image, x, y) < 128) == bool(dark), (row, col)
    assert _gray(image, 5, 5) > 128  # quiet zone


def _gray(image: Image.Image, x: int, y: int) -> int:
    pixel = image.getpixel((x, y))
    assert isinstance(pixel, int)
    return pixel
