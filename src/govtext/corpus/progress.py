"""Progress bars where a person watches: a rich bar on a terminal, a live line in a notebook, nothing in a pipe.

``want_progress()`` says whether anyone watches (stderr is a terminal, or the code runs in a
Jupyter kernel); :class:`Progress` counts items and draws the bar that fits: rich on a terminal,
an HTML ``<progress>`` line updated in place in a notebook (``IPython.display`` only, no widget
library needed). Conversions count documents (with a rate, failures and the time left);
``govtext.open`` and ``govtext index`` count the steps of building the tables.

>>> bar = Progress(enabled=False)
>>> bar.start(10); bar.advance(3); bar.stop()
>>> bar.done
3
>>> Progress(enabled=True, unit="docs").line(total=10, done=4, failed=1, elapsed=2.0)
'converting 4/10 · 2.0 docs/s · 1 failed · 0:02 elapsed · 0:03 left'
"""
from __future__ import annotations

import sys
import time
from html import escape
from typing import Optional

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn, TimeRemainingColumn
from rich.progress import Progress as RichProgress

__all__ = ["Progress", "want_progress", "in_notebook"]

_NOTEBOOK_EVERY = 0.2  # seconds between two redraws of a notebook bar


def in_notebook() -> bool:
    """True inside a Jupyter kernel (IPython's ZMQ shell); never imports IPython itself."""
    ipython = sys.modules.get("IPython")
    shell = ipython.get_ipython() if ipython is not None and hasattr(ipython, "get_ipython") else None
    return shell is not None and type(shell).__name__ == "ZMQInteractiveShell"


def want_progress(quiet: bool = False, stream=None) -> bool:
    """True when a bar should be drawn: not quiet, and a person watches (a terminal or a notebook)."""
    if quiet:
        return False
    stream = stream or sys.stderr
    return (hasattr(stream, "isatty") and stream.isatty()) or in_notebook()


def _clock(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}" if seconds >= 3600 else f"{seconds // 60}:{seconds % 60:02d}"


class Progress:
    """Counts items; draws a bar only when ``enabled`` (rich on a terminal, HTML in a notebook)."""

    def __init__(self, enabled: bool, description: str = "converting", unit: str = "docs", notebook: Optional[bool] = None):
        self.enabled = enabled
        self.description = description
        self.unit = unit
        self.notebook = in_notebook() if notebook is None else notebook
        self.total: Optional[int] = None
        self.done = 0
        self.failed = 0
        self._bar = None
        self._task = None
        self._handle = None
        self._drawn = 0.0
        self._t0 = time.monotonic()

    def start(self, total: Optional[int]) -> None:
        self._t0 = time.monotonic()
        self.total = total
        if not self.enabled:
            return
        if self.notebook:
            from IPython.display import HTML, display  # present: this is a notebook

            self._handle = display(HTML(self.html()), display_id=True)
            return
        columns = [TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn()]
        if self.unit == "docs":
            columns += [TextColumn("{task.fields[rate]:>7.1f} docs/s"), TextColumn("[red]{task.fields[failed]} failed")]
        columns += [TimeElapsedColumn(), TextColumn("left"), TimeRemainingColumn()]
        self._bar = RichProgress(*columns, console=Console(stderr=True), transient=False)
        self._bar.start()
        self._task = self._bar.add_task(self.description, total=total, rate=0.0, failed=0)

    def advance(self, n: int = 1, failed: int = 0) -> None:
        self.done += n
        self.failed += failed
        if self._bar is not None:
            elapsed = max(time.monotonic() - self._t0, 1e-9)
            self._bar.update(self._task, advance=n, rate=self.done / elapsed, failed=self.failed)
        elif self._handle is not None and time.monotonic() - self._drawn >= _NOTEBOOK_EVERY:
            self._redraw()

    def describe(self, description: str) -> None:
        """Say what is being done now (a step of building a store)."""
        self.description = description
        if self._bar is not None:
            self._bar.update(self._task, description=description)
        elif self._handle is not None:
            self._redraw()

    def line(self, total: Optional[int] = None, done: Optional[int] = None, failed: Optional[int] = None,
             elapsed: Optional[float] = None) -> str:
        """The bar's words: ``converting 4/10 · 2.0 docs/s · 1 failed · 0:02 elapsed · 0:03 left``."""
        total = self.total if total is None else total
        done = self.done if done is None else done
        failed = self.failed if failed is None else failed
        elapsed = time.monotonic() - self._t0 if elapsed is None else elapsed
        parts = [f"{self.description} {done}/{total}" if total else f"{self.description} {done}"]
        if self.unit == "docs":
            parts.append(f"{done / elapsed if elapsed > 0 else 0:.1f} docs/s")
            parts.append(f"{failed} failed")
        parts.append(f"{_clock(elapsed)} elapsed")
        if total and done and done < total:
            parts.append(f"{_clock(elapsed / done * (total - done))} left")
        return " · ".join(parts)

    def html(self) -> str:
        value = f' value="{self.done}" max="{self.total}"' if self.total else ""
        return (f'<div class="govtext-progress" style="font-family:sans-serif;font-size:0.9em">'
                f'<progress{value} style="width:40%;vertical-align:middle"></progress> {escape(self.line())}</div>')

    def _redraw(self) -> None:
        from IPython.display import HTML

        self._handle.update(HTML(self.html()))
        self._drawn = time.monotonic()

    def stop(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None
        if self._handle is not None:
            self._redraw()
            self._handle = None
