"""Where crmdesk keeps things: injected everywhere as one :class:`AppPaths` object (tests use a temp dir)."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "crmdesk"
DEFAULT_DB_NAME = "crmdesk.sqlite3"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    config_dir: Path
    log_dir: Path

    @property
    def default_database(self) -> Path:
        return self.data_dir / DEFAULT_DB_NAME

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @classmethod
    def for_user(cls) -> AppPaths:
        """The platform's per-user folders (``~/.local/share/crmdesk`` on Linux)."""
        return cls(
            data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
            config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
            log_dir=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
        )

    @classmethod
    def under(cls, root: Path) -> AppPaths:
        """Everything below one folder (tests, portable installs)."""
        return cls(data_dir=root / "data", config_dir=root / "config", log_dir=root / "log")


def _bundled(name: str) -> Path:
    """A top-level folder of the checkout, or its copy inside an installed wheel / app bundle."""
    package_dir = Path(__file__).resolve().parent
    candidates = [package_dir / f"_{name}", package_dir.parent.parent / name]
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.insert(0, Path(frozen_root) / name)
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(
        f"crmdesk's {name}/ folder is missing; looked in: {', '.join(map(str, candidates))}"
    )


def migrations_dir() -> Path:
    return _bundled("migrations")


def resources_dir() -> Path:
    return _bundled("resources")
