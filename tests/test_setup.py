"""``scripts/setup`` gives each checkout its own environment (issue 14 §6): a second clone set up on
the same machine gets its own ``.venv/`` (ignored by git), linked from the shared uv cache, and
never re-points the first checkout's ``tollwatch`` at its code.

Slow (about 30 s with a warm cache: the clone's environment is linked from ``~/.cache/uv`` and
its bytecode compiled); the clone is deleted afterwards (its compiled bytecode is ~350 MB)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def where_cli(python: Path | str, cwd: Path) -> str:
    """Which checkout's command line ``python`` imports (run outside both checkouts)."""
    return subprocess.run([str(python), "-c", "import cli; print(cli.__file__)"], cwd=cwd, check=True,
                          capture_output=True, text=True, timeout=120).stdout.strip()


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_a_second_clone_gets_its_own_environment_and_leaves_the_first_alone(tmp_path):
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", str(ROOT), str(clone)], check=True, timeout=300)
    env = {k: v for k, v in os.environ.items() if k not in ("TOLLWATCH_VENV", "VIRTUAL_ENV", "PYTHONPATH")}
    env["TOLLWATCH_SETUP_TEST_TOOLS"] = "0"  # the apt packages are the machine's, already checked
    try:
        first = subprocess.run(["bash", "scripts/setup"], cwd=clone, env=env, capture_output=True, text=True,
                               timeout=840)
        assert first.returncode == 0, first.stderr[-3000:]
        venv = clone / ".venv"
        assert (venv / "bin" / "tollwatch").is_file()
        assert (venv / "bin" / "tollwatch").read_text().splitlines()[0] == f"#!{venv}/bin/python"
        outside = tmp_path / "elsewhere"
        outside.mkdir()
        assert where_cli(venv / "bin" / "python", outside) == str(clone / "cli" / "__init__.py")
        # this checkout's environment still runs this checkout's code
        assert where_cli(sys.executable, outside) == str(ROOT / "cli" / "__init__.py")
        # .venv is ignored by git: the clone is clean
        status = subprocess.run(["git", "status", "--porcelain"], cwd=clone, capture_output=True, text=True,
                                check=True).stdout
        assert status == ""
        # a second setup in the same clone installs nothing again
        again = subprocess.run(["bash", "scripts/setup"], cwd=clone, env=env, capture_output=True, text=True,
                               timeout=300)
        assert again.returncode == 0 and "installing tollwatch" not in again.stderr, again.stderr[-2000:]
    finally:
        shutil.rmtree(clone, ignore_errors=True)


def test_the_demo_does_not_install_the_test_suite_s_system_tools():
    """The README: chromium, PostgreSQL and Redis are installed "for the tests"; ./scripts/demo
    installed them too on a fresh machine."""
    demo = (ROOT / "scripts" / "demo").read_text(encoding="utf-8")
    setup_line = next(line for line in demo.splitlines() if "scripts/setup" in line and not line.startswith("#"))
    assert 'TOLLWATCH_SETUP_TEST_TOOLS="${TOLLWATCH_SETUP_TEST_TOOLS:-0}"' in setup_line
    setup = (ROOT / "scripts" / "setup").read_text(encoding="utf-8")
    assert 'if [ "${TOLLWATCH_SETUP_TEST_TOOLS:-1}" = 1 ]; then' in setup  # the tests' default: install them
