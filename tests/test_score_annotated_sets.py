"""``scripts/score_annotated_sets.py``, the guard a rule change is measured with (docs/blind-batches.md):
it scores a set the way ``tollwatch eval`` does, with and without the abductions flag, dumps each
document's misses and names a folder that is not there."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = importlib.util.spec_from_file_location("score_annotated_sets", ROOT / "scripts" / "score_annotated_sets.py")
guard = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(guard)


def test_the_held_out_set_scores_exactly_and_the_flag_line_follows(capsys, tmp_path):
    assert guard.main([str(ROOT / "tests" / "data" / "heldout"), "--dump", str(tmp_path / "dump.txt")]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("heldout ") and "en 1.000/1.000" in lines[0] and "ar 1.000/1.000" in lines[0]
    assert lines[1].startswith("heldout    flag")
    assert (tmp_path / "dump.txt").read_text() == ""  # nothing missed, nothing spurious


def test_a_blind_batch_dump_names_each_document_with_errors(capsys, tmp_path):
    guard.main([str(ROOT / "tests" / "data" / "blind70"), "--dump", str(tmp_path / "dump.txt")])
    dumped = (tmp_path / "dump.txt").read_text().splitlines()
    assert dumped and all(line.startswith("blind70/") and " missed " in line and " spurious " in line for line in dumped)


def test_a_folder_that_is_not_there_is_named(capsys):
    assert guard.main(["no-such-set"]) == 2
    assert "not a folder: no-such-set" in capsys.readouterr().err


def test_every_set_is_scored_by_default():
    names = [p.name for p in guard.default_sets()]
    assert names[:2] == ["bulletins", "heldout"] and "blind70" in names and "blind9" in names
    assert names.index("blind9") < names.index("blind10")  # in batch order
