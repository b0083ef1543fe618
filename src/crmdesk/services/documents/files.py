"""Writing a PDF safely: temporary file in the target folder, flush, fsync, rename, re-open and check."""

from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path

from crmdesk.domain.errors import ValidationError
from crmdesk.storage.files import fsync_folder


def write_pdf_atomically(data: bytes, path: Path) -> Path:
    """Write ``data`` to ``path`` so that ``path`` is either the old file or the whole new one.

    The bytes go to a temporary file in the same folder (same file system, so the rename is atomic),
    are flushed and fsynced, then renamed over ``path``; the folder is fsynced too where the OS allows.
    The written file is re-opened with pikepdf and must have the pages of ``data``; otherwise it is
    removed and :class:`ValidationError` says why.
    """
    path = Path(path).expanduser()
    folder = path.parent
    if not folder.is_dir():
        raise ValidationError(f"the folder {folder} does not exist", field="path")
    if path.is_dir():
        raise ValidationError(f"{path} is a folder, not a file name", field="path")
    expected_pages = _page_count(data, what="the rendered document")
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise ValidationError(f"cannot write in {folder}: {exc.strerror or exc}", field="path") from None
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, path)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise ValidationError(f"cannot write {path}: {exc.strerror or exc}", field="path") from None
    fsync_folder(folder)
    written = path.read_bytes()
    if written != data or _page_count(written, what=str(path)) != expected_pages:
        path.unlink(missing_ok=True)
        raise ValidationError(f"{path} did not read back as the PDF written; it was removed", field="path")
    return path


def _page_count(data: bytes, *, what: str) -> int:
    import pikepdf  # imported on first save: not part of the app's start-up

    try:
        with pikepdf.open(io.BytesIO(data)) as pdf:
            return len(pdf.pages)
    except pikepdf.PdfError as exc:
        raise ValidationError(f"{what} is not a readable PDF ({exc})") from None
