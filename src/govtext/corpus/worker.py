"""Conversion workers: fresh Python processes that convert batches sent by the process that started them.

The parent (:mod:`govtext.corpus.pool`) never forks or spawns itself, so the user's script is
never imported again (which is what lets a script without ``if __name__ == "__main__":``
convert in parallel) and nothing is pickled. It starts ``python -m govtext.corpus.worker
zygote TASK FD``: a fresh interpreter that loads the dictionaries and lexicons once, then forks
one worker per request that arrives on the Unix socket ``FD``, each request carrying the socket
the new worker will talk on (so workers start at once, warm, and share those pages). Where
``fork`` or passing sockets is not available, each worker is its own interpreter instead
(``python -m govtext.corpus.worker direct TASK``, talking on its stdin and stdout).

A worker first says ``{"ready": PID}``; then, for each JSON line ``{"sources": [Source fields
…], "kw": {…}}`` it reads, it answers one JSON line ``{"results": [{id, ok, error, kinds, size}
…]}`` followed by the output lines themselves, ``size`` bytes each. End of input ends it.

Workers die with their parent, however the parent dies: on Linux the kernel kills them
(``PR_SET_PDEATHSIG``), elsewhere a watchdog thread notices; the zygote also ends when its
control socket closes. Ctrl-C in a terminal is the parent's to handle: workers ignore SIGINT.

>>> header, lines = encode_results([Result(id="a", ok=True, line=b'{"id":"a"}\\n', kinds={"money": 1})])
>>> header
b'{"results":[{"id":"a","ok":true,"error":null,"kinds":{"money":1},"size":11}]}\\n'
>>> import io
>>> [(r.id, r.line) for r in decode_results(header, io.BytesIO(lines).read)]
[('a', b'{"id":"a"}\\n')]
"""
from __future__ import annotations

import ctypes
import dataclasses
import importlib
import json
import os
import signal
import socket
import sys
import threading
import time
from typing import BinaryIO, Callable, Iterable

from govtext.corpus.sources import Source
from govtext.corpus.work import Result, warm_up

__all__ = ["main", "serve", "encode_sources", "decode_sources", "encode_results", "decode_results", "load_task",
           "can_fork", "die_with", "PARENT_ENV", "PATH_ENV", "DEFAULT_TASK"]

PARENT_ENV = "GOVTEXT_WORKER_PARENT"  # the pid a worker never outlives
PATH_ENV = "GOVTEXT_WORKER_SYS_PATH"  # the parent's sys.path, as JSON
DEFAULT_TASK = "govtext.corpus.work:convert_batch"
_PR_SET_PDEATHSIG = 1


def can_fork() -> bool:
    """Whether workers can be forked from a zygote (fork and socket passing exist)."""
    return hasattr(os, "fork") and hasattr(socket, "send_fds") and hasattr(socket, "AF_UNIX")


def encode_sources(sources: Iterable[Source], **kw) -> bytes:
    rows = [dataclasses.asdict(s) for s in sources]
    return (json.dumps({"sources": rows, "kw": kw}, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


def decode_sources(line: bytes) -> tuple[list[Source], dict]:
    request = json.loads(line)
    return [Source(**row) for row in request["sources"]], request.get("kw") or {}


def encode_results(results: list[Result]) -> tuple[bytes, bytes]:
    """The header line and the output lines of one answer."""
    heads = [{"id": r.id, "ok": r.ok, "error": r.error, "kinds": r.kinds, "size": len(r.line or b"")} for r in results]
    header = json.dumps({"results": heads}, ensure_ascii=False, separators=(",", ":")) + "\n"
    return header.encode("utf-8"), b"".join(r.line or b"" for r in results)


def decode_results(header: bytes, read: Callable[[int], bytes]) -> list[Result]:
    """Results from a header line, reading each output line with ``read(size)``."""
    results = []
    for head in json.loads(header)["results"]:
        line = read(head["size"]) if head["size"] else None
        results.append(Result(id=head["id"], ok=head["ok"], line=line, error=head["error"], kinds=head["kinds"]))
    return results


def load_task(name: str) -> Callable:
    """``"module:function"`` → the function (a task is a module-level function)."""
    module, _, attr = name.partition(":")
    return getattr(importlib.import_module(module), attr)


def die_with(parent: int) -> None:
    """End this process when ``parent`` ends."""
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass
        else:
            if os.getppid() != parent:  # it ended before the line above ran
                os._exit(1)
            return
    if os.getppid() != parent:
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="govtext-parent-watch", daemon=True).start()


def _say(stream: BinaryIO, message: dict) -> None:
    stream.write((json.dumps(message) + "\n").encode("utf-8"))
    stream.flush()


def serve(requests: BinaryIO, answers: BinaryIO, task: Callable) -> None:
    """Say ready, then answer each batch until the end of ``requests``."""
    _say(answers, {"ready": os.getpid()})
    for line in requests:
        if not line.strip():
            continue
        sources, kw = decode_sources(line)
        header, lines = encode_results(task(sources, **kw))
        answers.write(header)
        answers.write(lines)
        answers.flush()


def _zygote(task: Callable, control: socket.socket) -> None:
    """Fork a worker for each socket that arrives on ``control``; end when ``control`` closes."""
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # workers are reaped by the system
    me = os.getpid()
    with control, control.makefile("wb") as replies:
        _say(replies, {"ready": me})
        while True:
            try:
                _msg, fds, _flags, _addr = socket.recv_fds(control, 64, 1)
            except OSError:
                return
            if not fds:
                return  # the parent closed the control socket, or died
            pid = os.fork()
            if pid == 0:  # the worker
                code = 0
                try:
                    control.close()
                    signal.signal(signal.SIGCHLD, signal.SIG_DFL)
                    die_with(me)
                    with socket.socket(fileno=fds[0]) as sock, sock.makefile("rb") as r, sock.makefile("wb") as w:
                        serve(r, w, task)
                except BaseException:  # noqa: BLE001 - a worker never returns into the zygote's loop
                    code = 1
                finally:
                    os._exit(code)
            os.close(fds[0])
            _say(replies, {"pid": pid})


def main(argv: list[str]) -> int:
    mode, task_name = argv[0], argv[1]
    die_with(int(os.environ.get(PARENT_ENV, os.getppid())))
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    if PATH_ENV in os.environ:
        sys.path[:] = json.loads(os.environ[PATH_ENV])
    task = load_task(task_name)
    warm_up()  # dictionaries and lexicons load here, once, before the first document
    if mode == "zygote":
        _zygote(task, socket.socket(fileno=int(argv[2])))
        return 0
    answers = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())  # stray prints go to stderr, not into the answers
    serve(sys.stdin.buffer, answers, task)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
