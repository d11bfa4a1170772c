"""A process pool that survives its workers: batches in, results out, nothing lost.

At most ``window`` batches are in flight, so memory stays flat. A worker that dies (killed,
out of memory, a crash in native code) breaks the pool; its batches, and every other batch in
flight, are retried one document at a time in a fresh pool, and a document that kills a worker
again is reported as an error. A watchdog also notices a dead worker the executor has not
reported, so a run never waits forever. Workers fork from a fork server that has loaded the
dictionaries and lexicons once (:mod:`govtext.corpus._preload`).
"""
from __future__ import annotations

from typing import Callable, Iterator

from govtext.corpus.sources import Source

__all__ = ["run_pool", "WATCH_SECONDS"]

WATCH_SECONDS = 2.0
DIED = "the worker process died on this document"


def _warm_worker() -> None:
    """Worker initializer: a no-op when the fork server preloaded everything."""
    import govtext.corpus._preload  # noqa: F401


class _Pool:
    def __init__(self, workers: int):
        import multiprocessing

        self.workers = workers
        if "forkserver" in multiprocessing.get_all_start_methods():
            self.context = multiprocessing.get_context("forkserver")  # fork from a clean, warmed server
            self.context.set_forkserver_preload(["govtext.corpus._preload"])
        else:
            self.context = multiprocessing.get_context()
        self.executor = self._new()

    def _new(self):
        from concurrent.futures import ProcessPoolExecutor

        return ProcessPoolExecutor(max_workers=self.workers, mp_context=self.context, initializer=_warm_worker)

    def lost_worker(self) -> bool:
        processes = getattr(self.executor, "_processes", None) or {}  # private, but the only way to look
        return any(not p.is_alive() for p in list(processes.values()))

    def wait(self, futures) -> set:
        """Futures that finished; all of them when a worker died unnoticed (they will fail)."""
        from concurrent.futures import FIRST_COMPLETED, wait

        while True:
            done, _ = wait(futures, timeout=WATCH_SECONDS, return_when=FIRST_COMPLETED)
            if done:
                return done
            if self.lost_worker():
                return set()

    def close(self, kill: bool = False) -> None:
        if kill:
            for process in list((getattr(self.executor, "_processes", None) or {}).values()):
                process.kill()
        self.executor.shutdown(wait=not kill, cancel_futures=True)

    def restart(self) -> None:
        self.close(kill=True)
        self.executor = self._new()


def _outcome(future):
    """The future's results, or None when its worker died or the pool broke."""
    try:
        return future.result(timeout=0)
    except Exception:  # noqa: BLE001 - BrokenProcessPool, or a result that could not come back
        return None


def run_pool(batches: Iterator[list[Source]], add: Callable, error: Callable, workers: int, task: Callable,
             window: int = 0) -> None:
    """Run ``task`` (a list of sources → a list of results) over ``batches`` on ``workers``
    processes; ``add(result)`` each result, ``error(dict)`` each document a worker died on."""
    pool = _Pool(workers)
    window = window or max(2, workers * 3)
    inflight: dict = {}

    def isolate(sources: list[Source]) -> None:
        for source in sources:
            future = pool.executor.submit(task, [source])
            results = _outcome(future) if pool.wait([future]) else None
            if results is None:
                pool.restart()
                error({"id": source.id, "stage": "parse", "message": DIED})
            else:
                for result in results:
                    add(result)

    ok = False
    try:
        exhausted = False
        while inflight or not exhausted:
            while not exhausted and len(inflight) < window:
                batch = next(batches, None)
                if batch is None:
                    exhausted = True
                else:
                    inflight[pool.executor.submit(task, batch)] = batch
            if not inflight:
                break
            finished = pool.wait(list(inflight)) or set(inflight)
            retry: list[Source] = []
            for future in finished:
                batch = inflight.pop(future)
                results = _outcome(future) if future.done() else None
                if results is None:
                    retry.extend(batch)
                else:
                    for result in results:
                        add(result)
            if retry:
                for batch in inflight.values():  # the pool is gone: redo the work it held too
                    retry.extend(batch)
                inflight.clear()
                pool.restart()
                isolate(retry)
        ok = True
    finally:
        pool.close(kill=not ok)
