"""The nlp stage split into batches (``process_stage(shard=(i, n))``), as the DAG's mapped
``process`` tasks run it on several workers: together the batches annotate exactly what one
run does, every version of a bulletin in the same batch, and their reports add up."""

from __future__ import annotations

import pytest

from pipeline.stages import NLP_STAGE, in_shard, load_components, merge_process_reports, process_stage
from store import Store
from tests.test_store import bulletin


def fill(path):
    store = Store(path)
    for i in range(12):
        store.save_bulletin(bulletin(f"Shelling killed {i + 3} civilians in Idlib on Monday.", url=f"https://e.org/{i}"))
    store.save_bulletin(bulletin("Shelling killed 9 civilians in Idlib on Monday, the toll rose.", url="https://e.org/0"))
    return store


def test_batches_together_do_what_one_run_does(tmp_path):
    components = load_components(tmp_path)
    one = fill(tmp_path / "one")
    whole = process_stage(one, components).to_dict()
    split = fill(tmp_path / "split")
    parts = [process_stage(split, components, shard=(i, 3)).to_dict() for i in range(3)]
    assert sum(p["processed"] for p in parts) == whole["processed"] == 13
    assert merge_process_reports(parts)["figures_by_kind"] == whole["figures_by_kind"]
    assert not list(split.pending(NLP_STAGE))
    assert [b.to_dict()["casualties"] for b in split.bulletins()] == [b.to_dict()["casualties"] for b in one.bulletins()]
    versions = split.versions(bulletin("x", url="https://e.org/0").bulletin_id)
    batch_of = [[i for i in range(3) if in_shard(v.bulletin_id, i, 3)] for v in versions]
    assert len(versions) == 2 and batch_of[0] == batch_of[1] and len(batch_of[0]) == 1


def test_a_batch_that_does_not_exist_is_refused(tmp_path):
    with pytest.raises(ValueError, match="batch 3 of 3"):
        process_stage(fill(tmp_path), shard=(3, 3))
