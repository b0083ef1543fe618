"""One writer per file: a second open gets a clear message; a dead holder's lock is taken over."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from crmdesk.domain.errors import DatabaseLocked
from crmdesk.storage.engine import open_database
from crmdesk.storage.lock import lock_path_for, read_lock_info


def test_second_open_in_the_same_process_is_refused(db_file: Path) -> None:
    with (
        open_database(db_file),
        pytest.raises(DatabaseLocked, match="already open in another crmdesk window"),
    ):
        open_database(db_file)
    open_database(db_file).close()  # released on close


def test_lock_file_names_the_holder_and_goes_away(db_file: Path) -> None:
    with open_database(db_file):
        info = read_lock_info(db_file)
        assert info is not None
        assert info.host == socket.gethostname()
        assert info.app.startswith("crmdesk")
    assert not lock_path_for(db_file).exists()


def test_open_in_another_process_is_refused(db_file: Path) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import sys, time
                from pathlib import Path
                from crmdesk.storage.engine import open_database
                db = open_database(Path({str(db_file)!r}))
                print("ready", flush=True)
                sys.stdin.readline()
                db.close()
                """
            ),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        with pytest.raises(DatabaseLocked, match=rf"pid {holder.pid}"):
            open_database(db_file)
    finally:
        holder.communicate("\n", timeout=30)
    open_database(db_file).close()


def test_stale_lock_of_a_dead_process_is_cleared(db_file: Path) -> None:
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    stale = {"pid": int(dead.stdout), "host": socket.gethostname(), "app": "crmdesk 0.0.1"}
    lock_path_for(db_file).write_text(json.dumps(stale), encoding="utf-8")
    with open_database(db_file):
        info = read_lock_info(db_file)
        assert info is not None and info.pid != stale["pid"]


def test_two_names_of_one_file_share_the_lock(db_file: Path, tmp_path: Path) -> None:
    alias = tmp_path / "alias.sqlite3"
    alias.symlink_to(db_file)
    with open_database(db_file), pytest.raises(DatabaseLocked):
        open_database(alias)
