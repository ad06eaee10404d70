"""Progress of a long stage (``tollwatch run``, ``tollwatch process``), drawn by rich.

``Progress(stage, total)`` is a callable ``progress(done)``. On a terminal it is a rich progress
bar (``[process] ━━━━━━━ 12/40 bulletins 0:00:03``), started at the first update and cleared
when the stage finishes; elsewhere (logs, Airflow, a pipe) it prints a plain line every 10% so
logs stay short. ``note(line)`` prints one finished item (a source) on its own line, and
``finish(summary)`` the stage's last line with its duration. ``quiet=True`` prints nothing.
The crawl's per-source live lines are ``crawlers.progress.CrawlProgress``.
"""

from __future__ import annotations

import sys
import time
from typing import Any, Optional, TextIO


class Progress:
    def __init__(self, stage: str, total: Optional[int] = None, unit: str = "bulletins",
                 stream: Optional[TextIO] = None, quiet: bool = False, terminal: Optional[bool] = None):
        from rich.console import Console

        self.stage, self.total, self.unit = stage, total, unit
        self.stream = stream or sys.stderr
        self.quiet = quiet
        # terminal: None = ask the stream (rich's detection); True/False to force it
        self.console = Console(file=self.stream, highlight=False, force_terminal=terminal)
        self.tty = self.console.is_terminal
        self.started = time.monotonic()
        self._last_step = -1
        self._bar: Any = None
        self._task: Any = None
        self.done = 0

    def _live(self) -> Any:
        if self._bar is None:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress as Bar, TextColumn, TimeElapsedColumn

            self._bar = Bar(TextColumn(f"[{self.stage}]", markup=False), BarColumn(), MofNCompleteColumn(),
                            TextColumn(f"{self.unit} {{task.description}}", markup=False), TimeElapsedColumn(),
                            console=self.console, transient=True)
            self._task = self._bar.add_task("", total=self.total)
            self._bar.start()
        return self._bar

    def __call__(self, done: int, note: str = "") -> None:
        self.done = done
        if self.quiet:
            return
        if self.tty:
            self._live().update(self._task, completed=done, description=note)
            return
        if self.total:
            step = done * 10 // self.total
            if step != self._last_step:
                self._last_step = step
                self._line(f"[{self.stage}] {done}/{self.total} {self.unit}")

    def note(self, line: str) -> None:
        """One finished item (e.g. a source): its own line, and the count moves on."""
        self.done += 1
        if self.quiet:
            return
        of = f"/{self.total}" if self.total else ""
        self._line(f"[{self.stage}] {self.done}{of} {line}")
        if self.tty:
            self._live().update(self._task, completed=self.done)

    def finish(self, summary: str) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None
        if self.quiet:
            return
        self._line(f"[{self.stage}] {summary} ({time.monotonic() - self.started:.1f}s)")

    def _line(self, text: str) -> None:
        # above the live bar on a terminal; a plain line in a log
        (self._bar.console if self._bar is not None else self.console).print(text, markup=False, soft_wrap=True)
