"""The PostgreSQL store on a real server (``tests/fixtures/postgres.py``): the whole of
``tests/test_store.py`` again with ``TOLLWATCH_STORE_URL`` set (a fresh database per test), the
rest of the store's methods on both backends, concurrent writers in separate processes (each
version and each alert claim stored once), and the migration from a SQLite data directory."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from store import Store, StoreError
from tests.test_store import *  # noqa: F401,F403 - the SQLite store's tests, run here on PostgreSQL
from tests.test_store import bulletin
from tollwatch.records import Incident

pytest_plugins = ["tests.fixtures.postgres"]
pytestmark = [pytest.mark.slow, pytest.mark.cluster]

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def on_postgres(request, monkeypatch):
    """Every test of this module runs on PostgreSQL, except ``both`` tests' SQLite half."""
    backend = request.node.callspec.params.get("backend", "postgresql") if hasattr(request.node, "callspec") \
        else "postgresql"
    if backend == "postgresql":
        url = request.getfixturevalue("pg_url")
        monkeypatch.setenv("TOLLWATCH_STORE_URL", url)
        return url
    monkeypatch.delenv("TOLLWATCH_STORE_URL", raising=False)
    return None


both = pytest.mark.parametrize("backend", ["sqlite", "postgresql"])


def test_the_setting_chooses_the_backend(tmp_path, on_postgres, monkeypatch):
    from store.postgres import PostgresStore

    store = Store(tmp_path)
    assert isinstance(store, PostgresStore) and store.backend == "postgresql"
    from tollwatch.config import redact_url

    assert store.path == redact_url(on_postgres)
    monkeypatch.delenv("TOLLWATCH_STORE_URL")
    assert Store(tmp_path).backend == "sqlite"
    monkeypatch.setenv("TOLLWATCH_STORE_URL", "mysql://x@h/db")
    with pytest.raises(StoreError, match="postgresql://"):
        Store(tmp_path)


def test_a_password_in_the_config_file_is_refused(tmp_path, monkeypatch):
    from tollwatch import config

    monkeypatch.delenv("TOLLWATCH_STORE_URL")
    cfg = tmp_path / "tollwatch.yaml"
    cfg.write_text("store_url: postgresql://u:secret@127.0.0.1/x\n")
    monkeypatch.setenv("TOLLWATCH_CONFIG", str(cfg))
    config._file_settings.cache_clear()
    try:
        with pytest.raises(StoreError, match="environment") as err:
            Store(tmp_path / "data")
        assert "secret" not in str(err.value)
    finally:
        config._file_settings.cache_clear()


def test_an_unreachable_server_is_one_clear_error(tmp_path, monkeypatch):
    from tests.fixtures.es_node import _free_port

    monkeypatch.setenv("TOLLWATCH_STORE_URL", f"postgresql://u:secret@127.0.0.1:{_free_port()}/x")
    with pytest.raises(StoreError, match="cannot open store") as err:
        Store(tmp_path)
    assert "secret" not in str(err.value)


@both
def test_incidents_state_and_claims(tmp_path, backend):
    store = Store(tmp_path)
    assert store.backend == backend
    a = Incident(incident_id="i2", event_date="2024-03-10", title="shelling on Ariha")
    b = Incident(incident_id="i1", title="undated")
    c = Incident(incident_id="i0", event_date="2024-03-09")
    store.replace_incidents([a, b, c])
    assert [i.incident_id for i in store.incidents()] == ["i0", "i2", "i1"]
    store.replace_incidents([a])
    assert [i.title for i in store.incidents()] == ["shelling on Ariha"]
    store.set_state("crawl:sohr", "page:https://e.org/1", {"etag": "x"})
    store.set_state("crawl:sohr", "page:https://e.org/1", {"etag": "y"})
    assert store.state_items("crawl:sohr") == {"page:https://e.org/1": {"etag": "y"}}
    assert store.claim_state("alerts:sent", "k|desk", {"at": 1}) is True
    assert store.claim_state("alerts:sent", "k|desk", {"at": 2}) is False
    assert store.get_state("alerts:sent", "k|desk") == {"at": 1}
    b1 = bulletin("مقتل 5 مدنيين", url="https://e.org/ar/1")
    store.save_bulletin(b1)
    assert store.count_pending("nlp") == 1
    store.mark_done("nlp", [b1])
    assert store.count_pending("nlp") == 0 and store.get_by_url("https://e.org/ar/1").text == "مقتل 5 مدنيين"
    store.reset_stage("nlp")
    assert [x.version_id for x in store.pending("nlp")] == [b1.version_id]
    # a NUL in a title (a broken page): PostgreSQL text refuses it, the record keeps it
    b2 = bulletin("two killed", url="https://e.org/nul")
    b2.title = "bad\x00title"
    assert store.save_bulletin(b2) == "new"
    assert store.get(b2.bulletin_id).title == "bad\x00title"


@both
def test_exclusive_is_one_holder_at_a_time(tmp_path, backend):
    import threading
    import time

    store = Store(tmp_path)
    spans, lock = [], threading.Lock()

    def hold():
        with store.exclusive("alerts"):
            start = time.monotonic()
            time.sleep(0.3)
            with lock:
                spans.append((start, time.monotonic()))

    threads = [threading.Thread(target=hold) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    (a0, a1), (b0, b1) = sorted(spans)
    assert b0 >= a1  # the second holder started after the first let go


WRITER = textwrap.dedent("""
    import json, sys
    sys.path.insert(0, sys.argv[1])
    from store import Store
    from tollwatch.records import Bulletin
    store = Store(sys.argv[2])
    statuses, claimed = [], 0
    for i in range(int(sys.argv[3])):
        b = Bulletin(source="demo", url=f"https://e.org/{i}", text=sys.argv[4].format(i=i), title="t")
        statuses.append(store.save_bulletin(b))
        store.mark_done("nlp", [b])
        claimed += store.claim_state("alerts:sent", f"alert-{i}-{sys.argv[4][:6]}|desk", {"pid": 1})
    print(json.dumps({"statuses": statuses, "claimed": claimed}))
""")


def write_concurrently(data: Path, n: int, text: str) -> list[dict]:
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(ROOT), str(data), str(n), text],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(2)]
    outs = []
    for p in procs:
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err[-2000:]
        outs.append(json.loads(out))
    return outs


@both
def test_two_processes_writing_the_same_bulletins_store_each_version_once(tmp_path, backend):
    """Two crawlers on two machines collect the same bulletins at the same moment: every version
    is stored once (one writer sees ``new``/``changed``, the other ``unchanged``), every stage mark
    once, and every alert is claimed by one writer only."""
    n = 60
    first = write_concurrently(tmp_path, n, "bulletin {i}: 3 civilians killed")
    second = write_concurrently(tmp_path, n, "update {i}: the toll rose to 4 civilians killed")
    store = Store(tmp_path)
    assert store.backend == backend
    assert store.count() == 2 * n
    for i in range(n):
        versions = store.versions(bulletin("x", url=f"https://e.org/{i}").bulletin_id)
        assert [v.version for v in versions] == [1, 2]
        assert versions[1].text.endswith("4 civilians killed")
    for outs, status in ((first, "new"), (second, "changed")):
        statuses = [s for o in outs for s in o["statuses"]]
        assert statuses.count(status) == n and statuses.count("unchanged") == n
        assert sum(o["claimed"] for o in outs) == n  # every alert claimed by one writer only
    assert len(list(store.pending("index:x", after="nlp"))) == 2 * n
    assert len(store.state_items("alerts:sent")) == 2 * n


def test_migrate_a_sqlite_data_directory(tmp_path, on_postgres, monkeypatch):
    from cli.main import main
    from store.postgres import migrate

    monkeypatch.delenv("TOLLWATCH_STORE_URL")
    src = Store(tmp_path / "old")
    assert src.backend == "sqlite"
    for i in range(5):
        src.save_bulletin(bulletin(f"report {i}: 2 killed", url=f"https://e.org/{i}"))
    src.save_bulletin(bulletin("report 0: 3 killed", url="https://e.org/0"))
    done = list(src.bulletins())[:3]
    src.mark_done("nlp", done)
    src.set_state("crawl:demo", "page:https://e.org/0", {"etag": "abc"})
    src.set_state("alerts:sent", "a1|desk", {"at": "2024-01-01T00:00:00+00:00"})
    src.replace_incidents([Incident(incident_id="i1", event_date="2024-01-01")])
    src.close()

    assert main(["store", "migrate", "--from", str(tmp_path / "old"), "--to", on_postgres]) == 0
    dst = Store(tmp_path / "new", url=on_postgres)
    assert dst.backend == "postgresql"
    old = Store(tmp_path / "old")
    assert [b.to_dict() for b in dst.bulletins()] == [b.to_dict() for b in old.bulletins()]
    assert [b.version_id for b in dst.pending("nlp")] == [b.version_id for b in old.pending("nlp")]
    assert dst.state_items("crawl:demo") == {"page:https://e.org/0": {"etag": "abc"}}
    assert set(dst.state_items("alerts:sent")) == {"a1|desk"}
    assert [i.incident_id for i in dst.incidents()] == ["i1"]
    # a second run copies nothing twice
    assert migrate(tmp_path / "old", on_postgres) == {"bulletins": 0, "stages": 0, "kv": 0, "incidents": 0}
    assert dst.count() == 6


def test_migrate_bad_input_is_one_line(tmp_path, on_postgres, capsys):
    from cli.main import main

    assert main(["store", "migrate", "--from", str(tmp_path / "nothing"), "--to", on_postgres]) == 2
    assert "no tollwatch store there" in capsys.readouterr().err
    assert main(["store", "migrate", "--from", str(tmp_path), "--to", "sqlite:///x"]) == 2
    assert "postgresql://" in capsys.readouterr().err


def test_store_status_names_the_backend(tmp_path, on_postgres, capsys, monkeypatch):
    from cli.main import main

    Store(tmp_path).save_bulletin(bulletin("one killed"))
    assert main(["store", "status", "--data", str(tmp_path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    from tollwatch.config import redact_url

    assert out == {"store": "postgresql", "where": redact_url(on_postgres), "versions": 1}
    monkeypatch.delenv("TOLLWATCH_STORE_URL")
    assert main(["store", "status", "--data", str(tmp_path / "lite"), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["store"] == "sqlite"


def test_both_stores_have_the_same_methods():
    """A method added to one store and not the other failed only on the Celery workers (the
    crawl's re-check of recent articles called ``published_since``)."""
    from store.postgres import PostgresStore

    def public(cls):
        return {n for n, v in vars(cls).items() if callable(v) and not n.startswith("_")}

    assert public(Store) - public(PostgresStore) == set()


@both
def test_published_since_lists_recent_bulletins_of_a_source(backend, tmp_path):
    store = Store(tmp_path)
    old, new = bulletin("old", url="https://e.org/old"), bulletin("new", url="https://e.org/new")
    old.published, new.published = "2024-01-01", "2024-03-05"
    store.save_bulletin(old)
    store.save_bulletin(new)
    assert store.published_since(new.source, "2024-03-01") == {"https://e.org/new": "2024-03-05"}
    assert store.published_since("another-source", "2000-01-01") == {}


def test_commands_read_the_server_store_whatever_the_data_directory_holds(tmp_path, capsys):
    """With ``store_url`` set, ``bulletins``, ``process``, ``export`` and ``index status`` read the
    PostgreSQL store: a data directory without ``tollwatch.db`` is not "no store" (it was)."""
    from cli.main import main
    from tollwatch.records import Bulletin

    with Store(tmp_path / "crawler") as store:
        store.save_bulletin(Bulletin(source="demo", url="https://e.org/pg-cli", text="Two people were killed.",
                                     title="t"))
    elsewhere = tmp_path / "analyst"
    assert main(["bulletins", "--data", str(elsewhere), "--json"]) == 0
    assert "https://e.org/pg-cli" in capsys.readouterr().out
    assert main(["process", "--data", str(elsewhere), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["processed"] >= 1
    assert not (elsewhere / "tollwatch.db").exists()
