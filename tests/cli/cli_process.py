"""Run ``crmdesk`` as the owner does: a real process, a home of its own, exit code and output captured."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def crmdesk(*args: str | Path, home: Path) -> subprocess.CompletedProcess[str]:
    """``python -m crmdesk ARGS`` with ``home`` as HOME and user data dir, offscreen, wide ``--help``."""
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "QT_QPA_PLATFORM": "offscreen",
        "COLUMNS": "400",  # argparse wraps long paths in --help otherwise
    }
    return subprocess.run(
        [sys.executable, "-m", "crmdesk", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
