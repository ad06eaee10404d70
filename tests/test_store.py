"""The durable store: versions, duplicates and stage marks."""

import sqlite3

import pytest

from store import Store, StoreError
from tollwatch.records import Bulletin


def bulletin(text: str, url: str = "https://example.org/en/1/", source: str = "demo") -> Bulletin:
    return Bulletin(source=source, url=url, text=text, title="t")


def test_new_changed_unchanged(tmp_path):
    store = Store(tmp_path)
    assert store.save_bulletin(bulletin("12 civilians were killed")) == "new"
    assert store.save_bulletin(bulletin("12 civilians were killed")) == "unchanged"
    assert store.save_bulletin(bulletin("The toll rose to 15 civilians killed")) == "changed"
    versions = store.versions(bulletin("x").bulletin_id)
    assert [v.version for v in versions] == [1, 2]
    assert versions[0].text == "12 civilians were killed"  # the old version is kept
    assert all(v.fetched for v in versions)


def test_same_text_under_another_url_is_stored_once(tmp_path):
    store = Store(tmp_path)
    assert store.save_bulletin(bulletin("same text", url="https://example.org/a")) == "new"
    assert store.save_bulletin(bulletin("same  text", url="https://example.org/b")) == "unchanged"
    assert store.count() == 1


def test_pending_and_mark_done_survive_reopening(tmp_path):
    store = Store(tmp_path)
    store.save_bulletin(bulletin("one", url="https://e.org/1"))
    store.save_bulletin(bulletin("two", url="https://e.org/2"))
    first = list(store.pending("nlp"))
    assert len(first) == 2
    store.mark_done("nlp", first[:1])
    store.mark_done("nlp", first[:1])  # marking twice is harmless
    store.close()
    again = Store(tmp_path)
    assert [b.text for b in again.pending("nlp")] == ["two"]
    assert [b.text for b in again.pending("index:embedded", after="nlp")] == ["one"]


def test_pending_by_source_counts_and_resets(tmp_path):
    store = Store(tmp_path)
    store.save_bulletin(bulletin("one", url="https://e.org/1", source="a"))
    store.save_bulletin(bulletin("two", url="https://e.org/2", source="b"))
    everything = list(store.pending("nlp"))
    assert [b.text for b in store.pending("nlp", source="b")] == ["two"] and store.count_pending("nlp") == 2
    for stage in ("nlp", "index:embedded", "index:elasticsearch", "indexes"):
        store.mark_done(stage, everything)
    assert store.count_pending("nlp") == 0
    assert store.reset_stage("index:", source="a") == 2  # both backends, source a only
    assert store.count_pending("index:embedded", after="nlp") == 1 and store.count_pending("indexes") == 0
    assert store.count_pending("index:elasticsearch", source="b") == 0
    assert store.reset_stage("nlp") == 2 and store.count_pending("nlp", source="a") == 1


def test_update_refuses_to_change_text(tmp_path):
    store = Store(tmp_path)
    b = bulletin("five killed")
    store.save_bulletin(b)
    b.lang = "en"
    store.update_bulletin(b)
    assert store.get(b.bulletin_id).lang == "en"
    b.text = "six killed"
    with pytest.raises(StoreError, match="refusing"):
        store.update_bulletin(b)


def test_latest_only_and_state(tmp_path):
    store = Store(tmp_path)
    store.save_bulletin(bulletin("v1"))
    store.save_bulletin(bulletin("v2"))
    assert [b.text for b in store.bulletins(latest_only=True)] == ["v2"]
    store.set_state("http", "https://e.org/feed", {"etag": "abc"})
    assert store.get_state("http", "https://e.org/feed") == {"etag": "abc"}
    assert store.get_state("http", "missing", 7) == 7


def test_unwritable_data_dir_is_a_clear_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="cannot create data directory"):
        Store(blocker / "sub")
