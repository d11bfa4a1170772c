"""A progress bar for conversions: documents/s and ETA on a terminal, silent otherwise.

>>> bar = Progress(enabled=False)
>>> bar.start(10); bar.advance(3); bar.stop()
>>> bar.done
3
"""
from __future__ import annotations

import sys
import time
from typing import Optional

__all__ = ["Progress", "want_progress"]


def want_progress(quiet: bool = False, stream=None) -> bool:
    """True when a bar should be drawn: not quiet and stderr is a terminal."""
    stream = stream or sys.stderr
    return not quiet and hasattr(stream, "isatty") and stream.isatty()


class Progress:
    """Counts documents; draws a rich bar only when ``enabled``."""

    def __init__(self, enabled: bool, description: str = "converting"):
        self.enabled = enabled
        self.description = description
        self.done = 0
        self.failed = 0
        self._bar = None
        self._task = None
        self._t0 = time.monotonic()

    def start(self, total: Optional[int]) -> None:
        self._t0 = time.monotonic()
        if not self.enabled:
            return
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn, TimeRemainingColumn
        from rich.progress import Progress as RichProgress

        self._bar = RichProgress(
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]:>7.1f} docs/s"),
            TextColumn("[red]{task.fields[failed]} failed"),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=False,
        )
        self._bar.start()
        self._task = self._bar.add_task(self.description, total=total, rate=0.0, failed=0)

    def advance(self, n: int = 1, failed: int = 0) -> None:
        self.done += n
        self.failed += failed
        if self._bar is not None:
            elapsed = max(time.monotonic() - self._t0, 1e-9)
            self._bar.update(self._task, advance=n, rate=self.done / elapsed, failed=self.failed)

    def stop(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None
