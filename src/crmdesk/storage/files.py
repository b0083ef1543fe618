"""Durability of a rename: after ``os.replace`` the new directory entry is only safe once the folder
itself is flushed to disk."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def fsync_folder(folder: Path) -> None:
    """Flush ``folder``'s entries (after a rename into it). Folders cannot be opened for fsync on
    Windows, and some file systems refuse it; there the rename is as durable as the OS makes it."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
