"""One writer per output: an exclusive lock held for the whole run, naming its holder.

The lock of ``out/facts.jsonl`` is the file ``out/facts.jsonl.lock``, locked with ``flock`` (the
operating system drops the lock when its process ends, however it ends, so a lock left by a dead
process never blocks anyone) and holding ``{"pid", "host", "started"}`` of the run that holds it.
The file is removed when the run ends.

>>> import tempfile, os
>>> out = os.path.join(tempfile.mkdtemp(), "facts.jsonl")
>>> with output_lock(out):
...     try:
...         with output_lock(out):
...             pass
...     except OutputLocked as exc:
...         print(exc.holder["pid"] == os.getpid(), "is being written by another conversion" in str(exc))
True True
>>> os.path.exists(out + ".lock")
False
"""
from __future__ import annotations

import contextlib
import json
import os
import socket
import time
from typing import Iterator, Optional, Union

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]
    import msvcrt

__all__ = ["output_lock", "OutputLocked", "lock_path", "holder"]


class OutputLocked(RuntimeError):
    """Another process is writing this output."""

    def __init__(self, path: str, who: Optional[dict]):
        self.path, self.holder = path, who
        if who:
            since = f", since {who['started']}" if who.get("started") else ""
            by = f"pid {who.get('pid')} on {who.get('host')}{since}"
        else:
            by = "a process that has not yet said who it is"
        super().__init__(f"{path} is being written by another conversion ({by}); "
                         "wait for it to finish or stop it, or write somewhere else")


def lock_path(path: Union[str, os.PathLike]) -> str:
    return f"{os.fspath(path)}.lock"


def holder(path: Union[str, os.PathLike]) -> Optional[dict]:
    """Who holds the lock of ``path``, as written in its lock file (None when unknown)."""
    try:
        with open(lock_path(path), "rb") as stream:
            return json.loads(stream.read() or b"null")
    except (OSError, ValueError):
        return None


def _try_lock(fd: int) -> bool:
    if fcntl is not None:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True
    try:  # pragma: no cover - Windows
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    except OSError:
        return False
    return True


def _acquire(path: str, shown: str) -> int:
    name = lock_path(path)
    while True:
        fd = os.open(name, os.O_RDWR | os.O_CREAT, 0o644)
        if not _try_lock(fd):
            os.close(fd)
            raise OutputLocked(shown, holder(path))
        try:  # the holder before us may have removed the file between our open and our lock
            if os.fstat(fd).st_ino == os.stat(name).st_ino:
                break
        except FileNotFoundError:
            pass
        os.close(fd)
    me = {"pid": os.getpid(), "host": socket.gethostname(), "started": time.strftime("%Y-%m-%d %H:%M:%S")}
    os.ftruncate(fd, 0)
    os.write(fd, json.dumps(me).encode("utf-8"))
    return fd


def _release(path: str, fd: int) -> None:
    with contextlib.suppress(OSError):
        os.remove(lock_path(path))  # removed while still locked, so nobody locks a file on its way out
    os.close(fd)


@contextlib.contextmanager
def output_lock(*paths: Union[str, os.PathLike]) -> Iterator[None]:
    """Hold the locks of ``paths`` (an output and its errors file) or raise :class:`OutputLocked`."""
    held: list[tuple[str, int]] = []
    try:
        named = {os.path.abspath(os.fspath(p)): os.fspath(p) for p in paths}
        for path, shown in named.items():  # never waits, so the order cannot deadlock two runs
            held.append((path, _acquire(path, shown)))
        yield
    finally:
        for path, fd in reversed(held):
            _release(path, fd)
