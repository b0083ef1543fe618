"""What the owner should know about the open file: opened read-only, on a network or removable drive,
the computer's clock earlier than the last invoice.

:func:`drive_warning` is a pure function over the text of ``/proc/self/mountinfo`` (Linux), so it is
tested with sample text. Other systems:

* **Windows**: ``GetDriveTypeW`` of the path's drive (``DRIVE_REMOTE`` = a mapped network share,
  ``DRIVE_REMOVABLE`` = a USB stick or card); a UNC path (``\\\\server\\share``) is a network share.
* **macOS**: volumes other than the start-up disk are mounted under ``/Volumes``; a database there is
  on an external or network volume (``statfs`` would tell which; the warning covers both).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path, PurePosixPath

from crmdesk.services.sales import InvoiceService
from crmdesk.storage.engine import Database

NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb3",
        "smbfs",
        "ncpfs",
        "afs",
        "9p",
        "ceph",
        "glusterfs",
        "lustre",
        "davfs",
        "fuse.sshfs",
        "fuse.davfs2",
        "fuse.rclone",
        "fuse.s3fs",
        "fuse.gvfsd-fuse",
        "fuse.glusterfs",
        "fuse.cephfs",
    }
)
REMOVABLE_FILESYSTEMS = frozenset({"vfat", "exfat", "msdos", "fuseblk"})
"""File systems of USB sticks and cards (``fuseblk``: NTFS or exFAT through FUSE) …"""
REMOVABLE_MOUNT_ROOTS = ("/media/", "/run/media/", "/mnt/usb")
"""… and the folders desktops mount them under."""
NETWORK_ADVICE = (
    "SQLite's locking is unreliable over network file systems, so two computers could damage it; keep the"
    " database on this computer's own disk and put the backup folder on the shared or synced drive instead"
)
REMOVABLE_ADVICE = (
    "pulling the drive out while crmdesk writes can damage the file; keep the database on this computer's"
    " own disk and put the backup folder on the removable drive instead"
)


@dataclass(frozen=True)
class Mount:
    mount_point: str
    fs_type: str
    source: str


@dataclass(frozen=True)
class FileNotice:
    """One banner: ``kind`` is ``read-only``, ``drive`` or ``clock``."""

    kind: str
    text: str


def _unescape(field: str) -> str:
    """mountinfo escapes space, tab, newline and backslash as ``\\ooo`` octal."""
    out, i = [], 0
    while i < len(field):
        if field[i] == "\\" and i + 4 <= len(field) and field[i + 1 : i + 4].isdigit():
            out.append(chr(int(field[i + 1 : i + 4], 8)))
            i += 4
        else:
            out.append(field[i])
            i += 1
    return "".join(out)


def parse_mountinfo(text: str) -> list[Mount]:
    """The mounts listed in ``/proc/self/mountinfo`` text (malformed lines skipped)."""
    mounts = []
    for line in text.splitlines():
        fields = line.split()
        if " - " not in line or len(fields) < 5:
            continue
        after = line.split(" - ", 1)[1].split()
        if not after:
            continue
        mounts.append(Mount(_unescape(fields[4]), after[0], _unescape(after[1]) if len(after) > 1 else ""))
    return mounts


def mount_of(path: PurePosixPath, mounts: list[Mount]) -> Mount | None:
    """The mount holding ``path`` (the longest mount point above it; the last one wins when stacked)."""
    best: Mount | None = None
    for mount in mounts:
        point = PurePosixPath(mount.mount_point)
        if (path == point or point in path.parents) and (
            best is None or len(point.parts) >= len(PurePosixPath(best.mount_point).parts)
        ):
            best = mount
    return best


def drive_warning(path: PurePosixPath, mountinfo: str) -> str | None:
    """A warning when ``path`` lies on a network or removable drive according to ``mountinfo``."""
    mount = mount_of(path, parse_mountinfo(mountinfo))
    if mount is None:
        return None
    if mount.fs_type in NETWORK_FILESYSTEMS:
        return (
            f"the database is on a network drive ({mount.fs_type} at {mount.mount_point}): {NETWORK_ADVICE}"
        )
    point = mount.mount_point.rstrip("/") + "/"
    if mount.fs_type in REMOVABLE_FILESYSTEMS or point.startswith(REMOVABLE_MOUNT_ROOTS):
        return f"the database is on a removable drive ({mount.fs_type} at {mount.mount_point}): {REMOVABLE_ADVICE}"
    return None


def drive_warning_for(path: Path) -> str | None:
    """:func:`drive_warning` for this computer (see the module text for Windows and macOS)."""
    if sys.platform == "win32":  # pragma: no cover - Windows builds only
        return _windows_drive_warning(path)
    if sys.platform == "darwin":  # pragma: no cover - macOS builds only
        parts = path.resolve().parts
        if len(parts) > 2 and parts[1] == "Volumes":
            return (
                f"the database is on an external or network volume (/Volumes/{parts[2]}): {REMOVABLE_ADVICE}"
            )
        return None
    try:
        text = Path("/proc/self/mountinfo").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    return drive_warning(PurePosixPath(path.resolve()), text)


def _windows_drive_warning(path: Path) -> str | None:  # pragma: no cover - Windows builds only
    resolved = str(path.resolve())
    if resolved.startswith("\\\\"):
        return f"the database is on a network share ({resolved}): {NETWORK_ADVICE}"
    import ctypes

    drive = path.resolve().drive + "\\"
    kind = ctypes.windll.kernel32.GetDriveTypeW(drive)  # type: ignore[attr-defined]
    if kind == 4:  # DRIVE_REMOTE
        return f"the database is on a network drive ({drive}): {NETWORK_ADVICE}"
    if kind == 2:  # DRIVE_REMOVABLE
        return f"the database is on a removable drive ({drive}): {REMOVABLE_ADVICE}"
    return None


class FileSafetyService:
    """The notices the window shows as banners when a file is opened."""

    def __init__(self, db: Database) -> None:
        self._db = db

    @property
    def read_only_reason(self) -> str | None:
        """Why the file was opened read-only (``None``: it is writable)."""
        return self._db.read_only

    def notices(self, *, today: date | None = None) -> list[FileNotice]:
        found: list[FileNotice] = []
        if self._db.read_only is not None:
            found.append(
                FileNotice(
                    "read-only",
                    f"Opened read-only because {self._db.read_only}. You can look and search; saving is"
                    " refused until the file is in a writable place.",
                )
            )
        drive = drive_warning_for(self._db.path)
        if drive is not None:
            found.append(FileNotice("drive", drive[0].upper() + drive[1:] + "."))
        clock = InvoiceService(self._db).clock_warning(today=today)
        if clock is not None:
            found.append(FileNotice("clock", clock))
        return found


__all__ = [
    "FileNotice",
    "FileSafetyService",
    "Mount",
    "drive_warning",
    "drive_warning_for",
    "mount_of",
    "parse_mountinfo",
]
