"""Progress lines on the terminal for long stages.

``Progress(stage, total)`` is a callable ``progress(done)``; on a terminal it
redraws one line (``[process] 12/40 bulletins``), elsewhere (logs, Airflow) it
prints a line every 10% so logs stay short. ``quiet=True`` prints nothing.
"""

from __future__ import annotations

import sys
import time
from typing import Optional, TextIO


class Progress:
    def __init__(self, stage: str, total: Optional[int] = None, unit: str = "bulletins",
                 stream: Optional[TextIO] = None, quiet: bool = False):
        self.stage, self.total, self.unit = stage, total, unit
        self.stream = stream or sys.stderr
        self.quiet = quiet
        self.tty = hasattr(self.stream, "isatty") and self.stream.isatty()
        self.started = time.monotonic()
        self._last_step = -1
        self._last_draw = 0.0
        self.done = 0

    def __call__(self, done: int, note: str = "") -> None:
        self.done = done
        if self.quiet:
            return
        if self.tty:
            now = time.monotonic()
            if now - self._last_draw < 0.1 and done != self.total:
                return
            self._last_draw = now
            of = f"/{self.total}" if self.total else ""
            self.stream.write(f"\r[{self.stage}] {done}{of} {self.unit} {note}".ljust(60)[:120])
            self.stream.flush()
            return
        if self.total:
            step = done * 10 // self.total
            if step != self._last_step:
                self._last_step = step
                self.stream.write(f"[{self.stage}] {done}/{self.total} {self.unit}\n")
                self.stream.flush()

    def note(self, line: str) -> None:
        """One finished item (e.g. a source): its own line, and the count moves on."""
        self.done += 1
        if self.quiet:
            return
        of = f"/{self.total}" if self.total else ""
        prefix = "\r" if self.tty else ""
        self.stream.write(f"{prefix}[{self.stage}] {self.done}{of} {line}".ljust(60) + "\n")
        self.stream.flush()

    def finish(self, summary: str) -> None:
        if self.quiet:
            return
        elapsed = time.monotonic() - self.started
        prefix = "\r" if self.tty else ""
        self.stream.write(f"{prefix}[{self.stage}] {summary} ({elapsed:.1f}s)".ljust(60) + "\n")
        self.stream.flush()
