"""One writer at a time: an inter-process lock on a dataset folder, with a clear message for the second."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import socket
from pathlib import Path

from filelock import FileLock, Timeout

LOCK_NAME = ".losstrack.lock"
INFO_NAME = ".losstrack.lock.json"


class StoreLocked(RuntimeError):
    """Another process is writing the same dataset folder."""


def holder(out: str | os.PathLike) -> dict:
    """Who holds (or last held) the lock on ``out``: pid, host, command and start time ({} if unknown)."""
    try:
        return json.loads((Path(out) / INFO_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


@contextlib.contextmanager
def store_lock(out: str | os.PathLike, wait: float = 0, what: str = "build"):
    """Hold the write lock of dataset folder ``out`` for the duration of the block.

    The lock is an OS file lock (released by the kernel if the process dies, so a killed build never
    leaves a stale lock). A second writer waits ``wait`` seconds, then raises :class:`StoreLocked`
    naming the process that holds it.
    """
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    lock = FileLock(out / LOCK_NAME)
    try:
        lock.acquire(timeout=wait)
    except Timeout:
        h = holder(out)
        who = f"pid {h.get('pid')} on {h.get('host')}, {h.get('what')} started {h.get('started')}" if h else "another process"
        raise StoreLocked(
            f"{out} is being written by another losstrack process ({who}); wait for it to finish "
            f"or pass --wait SECONDS"
        ) from None
    try:
        info = {"pid": os.getpid(), "host": socket.gethostname(), "what": what,
                "started": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")}
        (out / INFO_NAME).write_text(json.dumps(info), encoding="utf-8")
        yield out
    finally:
        lock.release()
