"""The mistakes a newcomer makes on the command line, each found by walking the README and
docs/operations.md on the demo data: every one gets one line naming the input (exit status 2) or
says what it did, and none creates a data directory by looking at it."""

from __future__ import annotations

import pytest

from cli.main import main
from tests import report_data


@pytest.fixture
def data(tmp_path, monkeypatch):
    for name in ("TOLLWATCH_ES_URL", "TOLLWATCH_STORE_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TOLLWATCH_CONFIG", "")
    report_data.fill(tmp_path / "data").close()
    return tmp_path / "data"


def run(capsys, *argv):
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_store_status_on_a_wrong_data_directory_says_so_and_creates_nothing(tmp_path, capsys, monkeypatch):
    """`store status --data <typo>` created an empty store there and reported 0 versions."""
    monkeypatch.delenv("TOLLWATCH_STORE_URL", raising=False)
    code, out, _ = run(capsys, "store", "status", "--data", str(tmp_path / "typo"))
    assert code == 0 and "versions: 0" in out and "no store here yet (a wrong --data?)" in out
    assert not (tmp_path / "typo").exists()
    code, _, err = run(capsys, "store", "migrate", "--from", str(tmp_path / "typo"), "--to", "postgresql://127.0.0.1:9/x")
    assert code == 2 and err.count("\n") == 1 and "no tollwatch store there" in err
    assert not (tmp_path / "typo").exists()


def test_store_status_of_a_real_store(data, capsys):
    code, out, _ = run(capsys, "store", "status", "--data", str(data))
    assert code == 0 and "store: sqlite" in out and "note:" not in out


def test_incidents_refuses_a_bad_date_or_kind_instead_of_filtering_on_it(data, capsys):
    """`incidents --since 2024-13-01` compared strings and listed incidents; `--kind kiled` said
    "no incidents (run `tollwatch run` ...)" on a store full of them."""
    code, _, err = run(capsys, "incidents", "--data", str(data), "--since", "2024-13-01")
    assert code == 2 and "'2024-13-01' is not an ISO date" in err and err.count("\n") == 1
    code, _, err = run(capsys, "incidents", "--data", str(data), "--kind", "kiled")
    assert code == 2 and "kind must be one of" in err and "'kiled'" in err
    code, out, _ = run(capsys, "incidents", "--data", str(data), "--since", "2090-01-01")
    assert code == 0 and out.startswith("no incidents pass the filters (") and "tollwatch run" not in out
    code, out, _ = run(capsys, "incidents", "--data", str(data), "--kind", "killed")
    assert code == 0 and "killed" in out
