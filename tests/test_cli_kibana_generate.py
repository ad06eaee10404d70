"""`python kibana/generate.py --help` rewrote kibana/*.ndjson instead of showing help; `--check`
says whether the files match the script without writing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _stamps() -> dict[str, int]:
    return {p.name: p.stat().st_mtime_ns for p in (ROOT / "kibana").glob("*.ndjson")}


def test_help_writes_nothing_and_check_compares():
    before = _stamps()
    helped = subprocess.run([sys.executable, "kibana/generate.py", "--help"], cwd=ROOT, capture_output=True, text=True)
    assert helped.returncode == 0 and "--check" in helped.stdout and "wrote" not in helped.stdout
    checked = subprocess.run([sys.executable, "kibana/generate.py", "--check"], cwd=ROOT, capture_output=True, text=True)
    assert checked.returncode == 0 and checked.stdout == "", checked.stdout
    assert _stamps() == before
