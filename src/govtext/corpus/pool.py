"""Worker processes that convert batches: nothing lost, nothing left running, no ``__main__`` guard needed.

Workers are forked from a fresh, warmed interpreter running :mod:`govtext.corpus.worker`, never
from the user's program (no fork or spawn of it, so a plain script without ``if __name__ ==
"__main__":`` or a notebook converts in parallel as it is), and fed batches over a socket. A worker that dies (killed, out of memory, a crash in native code) takes
no document with it: its batch is retried one document at a time in a fresh worker, and only a
document that kills a fresh worker is reported, as an error of that document. A worker that
cannot even start is a failure of the machinery: :class:`WorkerStartError` is raised and no
document is blamed. Workers die with the process that started them (see
:mod:`govtext.corpus.worker`).

>>> from govtext.corpus.sources import Source
>>> with WorkerPool(1) as pool:
...     [(r.id, r.kinds) for r in pool.convert([Source(id="a", kind="record", text="覆盖率达90%")])]
[('a', {'percent': 1})]
"""
from __future__ import annotations

import contextlib
import json
import os
import queue
import signal
import socket
import subprocess
import sys
import tempfile
import threading
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from typing import Callable, Iterator, Optional

from govtext.corpus.sources import Source
from govtext.corpus.work import Result
from govtext.corpus.worker import DEFAULT_TASK, PARENT_ENV, PATH_ENV, can_fork, decode_results, encode_sources

__all__ = ["WorkerPool", "WorkerStartError", "feed", "run_pool", "DIED"]

DIED = "the worker process died on this document"


class WorkerStartError(RuntimeError):
    """A worker process could not start: a problem of the machinery, not of any document."""


class _Died(Exception):
    """The worker process ended while it held a batch."""


class _Closed(Exception):
    """The pool was closed while a batch waited or ran."""


class _Worker:
    """One worker process, reached through ``rfile``/``wfile``."""

    def __init__(self, pid: int, rfile, wfile, proc: Optional[subprocess.Popen] = None, log=None):
        self.pid, self.rfile, self.wfile, self.proc, self.log = pid, rfile, wfile, proc, log

    def wait_ready(self, log) -> None:
        line = self.rfile.readline()
        try:
            ok = "ready" in json.loads(line)
        except ValueError:
            ok = False
        if not ok:
            self.stop(kill=True)
            raise WorkerStartError(f"a conversion worker could not start: {_tail(log)}")

    def run(self, sources: list[Source], kw: dict) -> list[Result]:
        try:
            self.wfile.write(encode_sources(sources, **kw))
            self.wfile.flush()
            header = self.rfile.readline()
            if not header:
                raise _Died()
            return decode_results(header, self._read)
        except (OSError, ValueError) as exc:  # a broken pipe, a closed file, a torn answer
            raise _Died() from exc

    def _read(self, size: int) -> bytes:
        data = self.rfile.read(size)
        if len(data) != size:
            raise _Died()
        return data

    def alive(self) -> bool:
        if self.proc is not None:
            return self.proc.poll() is None
        try:
            os.kill(self.pid, 0)
        except OSError:
            return False
        return True

    def stop(self, kill: bool = False) -> None:
        if kill:
            with contextlib.suppress(OSError):
                os.kill(self.pid, signal.SIGKILL)
        for stream in (self.wfile, self.rfile):  # end of input: a worker that still runs exits
            if stream is not None:
                with contextlib.suppress(OSError, ValueError):
                    stream.close()
        if self.proc is not None:
            try:
                self.proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def _tail(log, lines: int = 12) -> str:
    """The last lines a worker wrote on stderr."""
    try:
        log.seek(0)
        text = log.read().decode("utf-8", errors="replace").strip()
    except (OSError, ValueError, AttributeError):
        return "(no output)"
    return "\n".join(text.splitlines()[-lines:]) or "(no output)"


class _Zygote:
    """A warmed interpreter that forks workers, each with a socket of its own."""

    def __init__(self, popen: Callable):
        self.control, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            self.proc, self.log = popen(["zygote", str(theirs.fileno())], pass_fds=(theirs.fileno(),))
        finally:
            theirs.close()
        self.replies = self.control.makefile("rb")
        self.lock = threading.Lock()
        _Worker(self.proc.pid, self.replies, None, self.proc).wait_ready(self.log)

    def fork(self) -> _Worker:
        mine, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            with self.lock:
                socket.send_fds(self.control, [b"w"], [theirs.fileno()])
                reply = self.replies.readline()
        except OSError:
            reply = b""
        finally:
            theirs.close()
        try:
            pid = json.loads(reply)["pid"]
        except (ValueError, KeyError, TypeError):
            mine.close()
            raise WorkerStartError(f"the conversion workers' zygote stopped: {_tail(self.log)}") from None
        return _Worker(pid, mine.makefile("rb"), mine.makefile("wb"))

    def close(self, kill: bool = False) -> None:
        with contextlib.suppress(OSError):
            self.control.close()  # the zygote ends when its control socket closes
        with contextlib.suppress(OSError, ValueError):
            self.replies.close()
        if kill:
            self.proc.kill()
        try:
            self.proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.log.close()


class WorkerPool:
    """``workers`` worker processes running ``task`` (``"module:function"``, a list of sources →
    a list of results); :meth:`convert` is safe to call from several threads at once."""

    def __init__(self, workers: int, task: str = DEFAULT_TASK, *, fork: Optional[bool] = None, **kw):
        self.task, self.kw, self.size = task, kw, max(1, workers)
        self._idle: queue.Queue = queue.Queue()
        self._all: list[_Worker] = []
        self._lock = threading.Lock()
        self._closed = False
        self._zygote: Optional[_Zygote] = None
        # Processes are started from this one thread, which lives as long as the pool: Linux ties a
        # child's death signal to the thread that started it.
        self._spawner = ThreadPoolExecutor(max_workers=1, thread_name_prefix="govtext-spawner")
        self._env = {**os.environ, PARENT_ENV: str(os.getpid()), PATH_ENV: json.dumps([p for p in sys.path if p])}
        try:
            if can_fork() if fork is None else fork:
                self._zygote = self._spawner.submit(_Zygote, self._popen).result()
            started = [self._spawn() for _ in range(max(1, workers))]
            for worker in started:
                worker.wait_ready(worker.log or (self._zygote and self._zygote.log))
                self._idle.put(worker)
        except BaseException:
            self.close(kill=True)
            raise

    def _popen(self, args: list[str], pass_fds=()):
        log = tempfile.TemporaryFile()
        cmd = [sys.executable, "-m", "govtext.corpus.worker", args[0], self.task, *args[1:]]
        proc = subprocess.Popen(cmd, stdin=subprocess.PIPE if not pass_fds else subprocess.DEVNULL,
                                stdout=subprocess.PIPE if not pass_fds else subprocess.DEVNULL,
                                stderr=log, env=self._env, close_fds=True, pass_fds=pass_fds)
        return proc, log

    def _direct(self) -> _Worker:
        proc, log = self._popen(["direct"])
        return _Worker(proc.pid, proc.stdout, proc.stdin, proc, log)

    def _spawn(self) -> _Worker:
        with self._lock:
            if self._closed:
                raise _Closed()
            worker = self._zygote.fork() if self._zygote else self._spawner.submit(self._direct).result()
            self._all.append(worker)
        return worker

    def _replace(self, worker: _Worker) -> _Worker:
        worker.stop(kill=True)
        with self._lock:
            if worker in self._all:
                self._all.remove(worker)
        fresh = self._spawn()
        fresh.wait_ready(fresh.log or (self._zygote and self._zygote.log))
        return fresh

    def convert(self, sources: list[Source]) -> list[Result]:
        """The results of one batch; documents a worker died on come back as errors."""
        if self._closed:
            raise _Closed()
        worker = self._idle.get()
        try:
            try:
                return worker.run(sources, self.kw)
            except _Died:
                if self._closed:
                    raise _Closed() from None
            results: list[Result] = []
            dead = True
            for source in sources:  # one at a time, to find the document that kills a worker
                if dead:
                    worker = self._replace(worker)
                    dead = False
                try:
                    results.extend(worker.run([source], self.kw))
                except _Died:
                    if self._closed:
                        raise _Closed() from None
                    dead = True
                    results.append(Result(id=source.id, ok=False, error={"id": source.id, "stage": "parse", "message": DIED}))
            if dead:
                worker = self._replace(worker)
            return results
        finally:
            self._idle.put(worker)

    def pids(self) -> list[int]:
        """The worker processes (and the zygote, first, when there is one)."""
        with self._lock:
            zygote = [self._zygote.proc.pid] if self._zygote else []
            return zygote + [w.pid for w in self._all if w.alive()]

    def close(self, kill: bool = False) -> None:
        with self._lock:
            self._closed = True
            workers, self._all = list(self._all), []
        for worker in workers:
            worker.stop(kill=kill)
        if self._zygote is not None:
            self._zygote.close(kill=kill)
        self._spawner.shutdown(wait=True)

    def __enter__(self) -> "WorkerPool":
        return self

    def __exit__(self, exc_type, *exc) -> None:
        self.close(kill=exc_type is not None)


def feed(pool: WorkerPool, batches: Iterator[list[Source]], add: Callable, window: int = 0) -> None:
    """Convert ``batches`` on ``pool`` and ``add(result)`` each result, in the calling thread, as
    batches finish; at most ``window`` batches are in flight (memory stays flat)."""
    window = window or max(2, pool.size * 3)
    with ThreadPoolExecutor(pool.size, thread_name_prefix="govtext-feed") as threads:
        inflight: set = set()
        exhausted = False
        try:
            while inflight or not exhausted:
                while not exhausted and len(inflight) < window:
                    batch = next(batches, None)
                    if batch is None:
                        exhausted = True
                    else:
                        inflight.add(threads.submit(pool.convert, batch))
                if not inflight:
                    break
                done, inflight = wait(inflight, return_when=FIRST_COMPLETED)
                for future in done:
                    for result in future.result():
                        add(result)
        except BaseException:
            for future in inflight:
                future.cancel()
            pool.close(kill=True)  # threads waiting on a worker get their answer: closed
            raise


def run_pool(batches: Iterator[list[Source]], add: Callable, workers: int, task: str = DEFAULT_TASK,
             window: int = 0, **kw) -> None:
    """:func:`feed` on a pool of ``workers`` processes running ``task``, started and stopped here."""
    with WorkerPool(workers, task, **kw) as pool:
        feed(pool, batches, add, window)
