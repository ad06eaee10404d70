"""The durable store: every collected bulletin version, and how far each has gone.

A single SQLite file, ``<data>/tollwatch.db``, written by the crawlers before any
later stage runs, so a failure downstream never loses what was collected.

* ``bulletins``: one row per bulletin *version* (``bulletin_id``, ``version``);
  a changed text at the same canonical URL becomes version n+1, an unchanged
  text creates nothing. The ``record`` column holds the full ``Bulletin`` JSON,
  enriched in place by the nlp stage (the original text never changes).
* ``stages``: which version has passed which stage (``nlp``, ``index:<backend>``,
  ``alerts``...), so every stage picks up only what it has not done yet and a
  re-run after a crash resumes without duplicates.
* ``kv``: small per-component state (crawl cursors, HTTP validators, ...).
* ``incidents``: the incidents stage's current result, one ``Incident`` JSON per row,
  replaced as a whole by each run of the stage (``replace_incidents``), read by the exports,
  the report, the index and the alerts (``incidents()``).

``data_lock(data_dir, what, wait=False)`` takes ``<data>/tollwatch.lock`` for a whole run
(``tollwatch run``, ``tollwatch crawl``): a second run on the same data directory is told
who holds it (``DataDirBusy``) or waits for it. The lock is an ``flock``, so a killed run
never leaves a stale lock behind.

Configured by the data directory (``--data`` or ``TOLLWATCH_DATA``), or by ``store_url``
(``TOLLWATCH_STORE_URL=postgresql://...``): then ``Store(data_dir)`` opens the PostgreSQL store
(``store/postgres.py``) that workers on several machines share, with the same tables and methods;
its concurrency comes from the database, so ``data_lock`` stays a data-directory (SQLite) matter.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional

from tollwatch.records import Bulletin, Incident, bulletin_id, content_hash

DB_NAME = "tollwatch.db"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS bulletins (
    bulletin_id   TEXT NOT NULL,
    version       INTEGER NOT NULL,
    canonical_url TEXT NOT NULL,
    source        TEXT NOT NULL,
    url           TEXT NOT NULL,
    lang          TEXT,
    title         TEXT,
    published     TEXT,
    fetched       TEXT,
    content_hash  TEXT NOT NULL,
    record        TEXT NOT NULL,
    PRIMARY KEY (bulletin_id, version)
);
CREATE INDEX IF NOT EXISTS bulletins_hash ON bulletins(content_hash);
CREATE INDEX IF NOT EXISTS bulletins_source ON bulletins(source);
CREATE TABLE IF NOT EXISTS stages (
    stage       TEXT NOT NULL,
    bulletin_id TEXT NOT NULL,
    version     INTEGER NOT NULL,
    done_at     TEXT NOT NULL,
    PRIMARY KEY (stage, bulletin_id, version)
);
CREATE TABLE IF NOT EXISTS incidents (
    incident_id TEXT PRIMARY KEY,
    scope       TEXT NOT NULL,
    event_date  TEXT,
    last_seen   TEXT,
    record      TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS kv (
    namespace TEXT NOT NULL,
    key       TEXT NOT NULL,
    value     TEXT NOT NULL,
    PRIMARY KEY (namespace, key)
);
"""



def pending_sql(what: str, stage: str, after: Optional[str], source: Optional[str], mark: str = "?"
                ) -> tuple[str, list[Any]]:
    """The query for versions not through ``stage`` (through ``after``, of ``source``), selecting
    ``what``; ``mark`` is the driver's parameter placeholder (SQLite ``?``, psycopg ``%s``)."""
    sql = (
        f"SELECT {what} FROM bulletins b WHERE NOT EXISTS (SELECT 1 FROM stages s WHERE s.stage={mark}"
        " AND s.bulletin_id=b.bulletin_id AND s.version=b.version)"
    )
    args: list[Any] = [stage]
    if after:
        sql += (
            f" AND EXISTS (SELECT 1 FROM stages a WHERE a.stage={mark} AND a.bulletin_id=b.bulletin_id"
            " AND a.version=b.version)"
        )
        args.append(after)
    if source:
        sql += f" AND b.source={mark}"
        args.append(source)
    return sql, args


def reset_condition(stage: str, source: Optional[str], mark: str = "?") -> tuple[str, list[Any]]:
    """The ``WHERE`` of ``reset_stage``: one stage, or every stage with a prefix ending in ``:``,
    of ``source``'s versions only if given."""
    if stage.endswith(":"):
        cond, args = f"stage LIKE {mark} ESCAPE '\\'", [stage.replace("_", "\\_").replace("%", "\\%") + "%"]
    else:
        cond, args = f"stage={mark}", [stage]
    if source:
        cond += (" AND EXISTS (SELECT 1 FROM bulletins b WHERE b.bulletin_id=stages.bulletin_id"
                 f" AND b.version=stages.version AND b.source={mark})")
        args.append(source)
    return cond, args


def _use_wal(conn: sqlite3.Connection, path: Path, patience: float = 30.0) -> None:
    """Switch the store to write-ahead logging (a persistent setting of the file).

    SQLite answers ``database is locked`` at once, without waiting on the busy timeout, when
    another process holds the file while the journal mode changes, which happens when two
    workers open a new store at the same moment. The mode is checked first (it is set once per
    file) and the change retried until ``patience`` runs out."""
    deadline = time.monotonic() + patience
    while True:
        try:
            if conn.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal":
                return
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise StoreError(f"cannot open store {path}: {exc}") from exc
            time.sleep(0.05)

class StoreError(RuntimeError):
    """The data directory cannot be opened or written."""


class DataDirBusy(StoreError):
    """Another run holds the data directory's lock; the message says who."""


LOCK_NAME = "tollwatch.lock"


def unique_path(directory: Path, stem: str, suffix: str = ".json") -> Path:
    """``directory/stem.json``, else ``stem-2.json``, ``stem-3.json``...: a new file created
    atomically, so two runs in the same second never overwrite each other's report."""
    n = 1
    while True:
        path = directory / (f"{stem}{suffix}" if n == 1 else f"{stem}-{n}{suffix}")
        try:
            with open(path, "x", encoding="utf-8"):
                return path
        except FileExistsError:
            n += 1


@contextmanager
def data_lock(data_dir: str | Path, what: str = "tollwatch run", wait: bool = False,
              on_wait: Optional[Any] = None) -> Iterator[None]:
    """Hold ``<data>/tollwatch.lock`` for the ``with`` block. When another process holds it:
    raise ``DataDirBusy`` naming the holder (its command, pid, host and start time), or, with
    ``wait=True``, call ``on_wait(message)`` once and block until it is free.

    A data directory that this call created is removed again, lock file and all, when the block
    fails having put nothing else in it (the store's server cannot be reached, say): a refused run
    leaves no debris. Only the holder removes a lock file, and a process that then finds it held
    a removed file locks the new one instead, so two runs never both hold the directory."""
    import fcntl
    import os
    import socket

    data_dir = Path(data_dir)
    lock_path = data_dir / LOCK_NAME
    told = False
    while True:
        created = []  # the directories this call creates, deepest first
        p = data_dir.absolute()
        while not p.exists() and p != p.parent:
            created.append(p)
            p = p.parent
        try:
            data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create data directory {data_dir}: {exc.strerror}") from exc
        try:
            fh = open(lock_path, "a+", encoding="utf-8")
        except OSError as exc:
            raise StoreError(f"cannot create the lock {lock_path}: {exc.strerror}") from exc
        try:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                fh.seek(0)
                try:
                    holder = json.loads(fh.read() or "{}")
                except ValueError:
                    holder = {}
                who = (f"{holder.get('what', 'another tollwatch process')} (pid {holder.get('pid', '?')} on "
                       f"{holder.get('host', '?')}, since {holder.get('started', '?')})")
                if not wait:
                    raise DataDirBusy(f"data directory {data_dir} is in use by {who}; "
                                      "run again when it has finished, or add --wait to wait for it") from None
                if on_wait is not None and not told:
                    on_wait(f"data directory {data_dir} is in use by {who}; waiting for it to finish")
                    told = True
                fcntl.flock(fh, fcntl.LOCK_EX)
            if _same_file(fh, lock_path):
                break
            fh.close()  # the holder failed and removed the directory: lock the new one
        except BaseException:
            fh.close()
            raise
    try:
        fh.seek(0)
        fh.truncate()
        fh.write(json.dumps({"what": what, "pid": os.getpid(), "host": socket.gethostname(), "started": utcnow()}))
        fh.flush()
        try:
            yield
        except BaseException:
            if created and [x.name for x in data_dir.iterdir()] == [LOCK_NAME]:
                lock_path.unlink()  # still held: a waiting process sees it removed and starts again
                for d in created:
                    try:
                        d.rmdir()
                    except OSError:  # another process put something there meanwhile
                        break
            raise
        finally:
            fh.seek(0)
            fh.truncate()
            fh.flush()
            fcntl.flock(fh, fcntl.LOCK_UN)
    finally:
        fh.close()


def _same_file(fh: Any, path: Path) -> bool:
    import os

    try:
        a, b = os.fstat(fh.fileno()), os.stat(path)
    except FileNotFoundError:
        return False
    return (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)


def utcnow() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def store_url() -> Optional[str]:
    """The PostgreSQL store's URL (setting ``store_url``), or None for the SQLite store."""
    from tollwatch import config

    try:
        url = config.get("store_url")
    except config.ConfigError as exc:  # e.g. a password in tollwatch.yaml: one line, as a store error
        raise StoreError(str(exc)) from exc
    if not url:
        return None
    url = str(url).strip()
    if not url.startswith(("postgresql://", "postgres://")):
        raise StoreError(f"store_url must be a postgresql:// URL (or unset for SQLite), not {config.redact_url(url)!r}")
    return url


class Store:
    """The SQLite store under a data directory. Safe to open from several
    processes (WAL mode); one connection per thread. With ``store_url`` set (or ``url`` given),
    ``Store(data_dir)`` returns a ``store.postgres.PostgresStore`` instead."""

    backend = "sqlite"

    def __new__(cls, data_dir: str | Path, url: Optional[str] = None) -> Any:
        if cls is Store:
            url = url or store_url()
            if url:
                from store.postgres import PostgresStore

                return PostgresStore(url, data_dir)
        return super().__new__(cls)

    def __init__(self, data_dir: str | Path, url: Optional[str] = None):
        self.data_dir = Path(data_dir)
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create data directory {self.data_dir}: {exc.strerror}") from exc
        self.path = self.data_dir / DB_NAME
        self._local = threading.local()
        # One write transaction taken up front: two workers creating the same new store wait on
        # the busy timeout instead of failing on a read lock that cannot be upgraded.
        self.db.executescript("BEGIN IMMEDIATE;\n" + _SCHEMA + "\nCOMMIT;")

    # -- connection -------------------------------------------------------------
    @property
    def db(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            try:
                conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            except sqlite3.Error as exc:
                raise StoreError(f"cannot open store {self.path}: {exc}") from exc
            conn.row_factory = sqlite3.Row
            _use_wal(conn, self.path)
            conn.execute("PRAGMA synchronous=NORMAL")
            self._local.conn = conn
        return conn

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            db.execute("ROLLBACK")
            raise
        else:
            db.execute("COMMIT")

    def close(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    # -- bulletins --------------------------------------------------------------
    def save_bulletin(self, bulletin: Bulletin) -> str:
        """Store a freshly collected bulletin and return ``"new"``, ``"changed"``
        (stored as the next version) or ``"unchanged"`` (nothing written; the
        same text is already stored for this canonical URL or, under another
        URL, for the same source). Sets ``version`` and ``content_hash``."""
        bulletin.content_hash = content_hash(bulletin.text)
        bid = bulletin.bulletin_id
        with self._tx() as db:
            row = db.execute(
                "SELECT version, content_hash FROM bulletins WHERE bulletin_id=? ORDER BY version DESC LIMIT 1",
                (bid,),
            ).fetchone()
            if row is not None and row["content_hash"] == bulletin.content_hash:
                return "unchanged"
            if row is None:
                same = db.execute(
                    "SELECT 1 FROM bulletins WHERE content_hash=? AND source=? LIMIT 1",
                    (bulletin.content_hash, bulletin.source),
                ).fetchone()
                if same is not None:
                    return "unchanged"  # the same bulletin under another URL
            bulletin.version = 1 if row is None else row["version"] + 1
            bulletin.fetched = bulletin.fetched or utcnow()
            self._write(db, bulletin)
        return "new" if bulletin.version == 1 else "changed"

    def update_bulletin(self, bulletin: Bulletin) -> None:
        """Write back an enriched version (nlp output); the text must be unchanged."""
        with self._tx() as db:
            row = db.execute(
                "SELECT content_hash FROM bulletins WHERE bulletin_id=? AND version=?",
                (bulletin.bulletin_id, bulletin.version),
            ).fetchone()
            if row is None:
                raise StoreError(f"no stored version {bulletin.version_id} ({bulletin.canonical_url})")
            if row["content_hash"] != content_hash(bulletin.text):
                raise StoreError(f"refusing to change the text of stored version {bulletin.version_id}")
            self._write(db, bulletin)

    @staticmethod
    def _write(db: sqlite3.Connection, b: Bulletin) -> None:
        db.execute(
            "INSERT OR REPLACE INTO bulletins (bulletin_id, version, canonical_url, source, url, lang, title,"
            " published, fetched, content_hash, record) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (
                b.bulletin_id, b.version, b.canonical_url, b.source, b.url, b.lang, b.title,
                b.published, b.fetched, b.content_hash, b.to_json(),
            ),
        )

    def get(self, bid: str, version: Optional[int] = None) -> Optional[Bulletin]:
        if version is None:
            row = self.db.execute(
                "SELECT record FROM bulletins WHERE bulletin_id=? ORDER BY version DESC LIMIT 1", (bid,)
            ).fetchone()
        else:
            row = self.db.execute(
                "SELECT record FROM bulletins WHERE bulletin_id=? AND version=?", (bid, version)
            ).fetchone()
        return Bulletin.from_json(row["record"]) if row else None

    def get_by_url(self, canonical_url: str) -> Optional[Bulletin]:
        return self.get(bulletin_id(canonical_url))

    def bulletins(self, source: Optional[str] = None, latest_only: bool = False) -> Iterator[Bulletin]:
        """All stored versions (oldest fetch first), or only the latest version of each."""
        sql = "SELECT record FROM bulletins b"
        where, args = [], []
        if source:
            where.append("b.source=?")
            args.append(source)
        if latest_only:
            where.append("b.version = (SELECT MAX(version) FROM bulletins c WHERE c.bulletin_id=b.bulletin_id)")
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY b.fetched, b.bulletin_id, b.version"
        for row in self.db.execute(sql, args).fetchall():
            yield Bulletin.from_json(row["record"])

    def published_since(self, source: str, since: str) -> dict[str, str]:
        """``{canonical_url: published}`` of the source's bulletins published on or after
        ``since`` (an ISO date): what the crawler re-checks for revisions made in place."""
        rows = self.db.execute(
            "SELECT canonical_url, MAX(published) AS published FROM bulletins WHERE source=? AND published >= ?"
            " GROUP BY canonical_url", (source, since),
        ).fetchall()
        return {r["canonical_url"]: r["published"] for r in rows}

    def versions(self, bid: str) -> list[Bulletin]:
        rows = self.db.execute(
            "SELECT record FROM bulletins WHERE bulletin_id=? ORDER BY version", (bid,)
        ).fetchall()
        return [Bulletin.from_json(r["record"]) for r in rows]

    def count(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM bulletins").fetchone()[0]

    # -- stages -----------------------------------------------------------------
    def pending(self, stage: str, after: Optional[str] = None, source: Optional[str] = None) -> Iterator[Bulletin]:
        """Versions that have not passed ``stage`` (and have passed ``after``, if given; of
        ``source`` only, if given)."""
        sql, args = pending_sql("record", stage, after, source)
        sql += " ORDER BY b.fetched, b.bulletin_id, b.version"
        for row in self.db.execute(sql, args).fetchall():
            yield Bulletin.from_json(row["record"])

    def count_pending(self, stage: str, after: Optional[str] = None, source: Optional[str] = None) -> int:
        """How many versions ``pending`` would give, without reading them."""
        sql, args = pending_sql("COUNT(*)", stage, after, source)
        return self.db.execute(sql, args).fetchone()[0]

    def mark_done(self, stage: str, bulletins: Iterable[Bulletin]) -> None:
        now = utcnow()
        with self._tx() as db:
            db.executemany(
                "INSERT OR IGNORE INTO stages (stage, bulletin_id, version, done_at) VALUES (?,?,?,?)",
                [(stage, b.bulletin_id, b.version, now) for b in bulletins],
            )

    def reset_stage(self, stage: str, source: Optional[str] = None) -> int:
        """Forget that any version (of ``source`` only, if given) passed ``stage`` (e.g. to
        re-index everything); a ``stage`` ending in ``:`` resets every stage with that prefix
        (``index:``: every backend). Returns how many marks were removed."""
        cond, args = reset_condition(stage, source)
        with self._tx() as db:
            return db.execute(f"DELETE FROM stages WHERE {cond}", args).rowcount

    # -- incidents ----------------------------------------------------------------
    def replace_incidents(self, incidents: Iterable[Incident]) -> None:
        """Store the incidents stage's result, replacing the previous one in one transaction
        (a crash keeps the previous result whole)."""
        rows = [(i.incident_id, i.scope, i.event_date, i.last_seen, i.to_json()) for i in incidents]
        with self._tx() as db:
            db.execute("DELETE FROM incidents")
            db.executemany(
                "INSERT INTO incidents (incident_id, scope, event_date, last_seen, record) VALUES (?,?,?,?,?)", rows
            )

    def incidents(self) -> list[Incident]:
        """The stored incidents, by event date (undated last), then id."""
        rows = self.db.execute(
            "SELECT record FROM incidents ORDER BY event_date IS NULL, event_date, incident_id"
        ).fetchall()
        return [Incident.from_json(r["record"]) for r in rows]

    # -- small state ------------------------------------------------------------
    def get_state(self, namespace: str, key: str, default: Any = None) -> Any:
        row = self.db.execute("SELECT value FROM kv WHERE namespace=? AND key=?", (namespace, key)).fetchone()
        return json.loads(row["value"]) if row else default

    def set_state(self, namespace: str, key: str, value: Any) -> None:
        with self._tx() as db:
            db.execute(
                "INSERT OR REPLACE INTO kv (namespace, key, value) VALUES (?,?,?)",
                (namespace, key, json.dumps(value, ensure_ascii=False)),
            )

    @contextmanager
    def exclusive(self, name: str) -> Iterator[None]:
        """One holder at a time of the named lock (``<data>/<name>.lock``, an ``flock``): e.g. one
        alert stage at a time, so a CLI run and an Airflow task cannot both deliver an alert.
        The PostgreSQL store's is a database lock, held across machines."""
        import fcntl

        with open(self.data_dir / f"{name}.lock", "w") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    def claim_state(self, namespace: str, key: str, value: Any) -> bool:
        """Record ``key`` unless it is already recorded; True for the one writer that recorded it
        (e.g. an alert delivery: two runs never both send it)."""
        with self._tx() as db:
            cur = db.execute(
                "INSERT OR IGNORE INTO kv (namespace, key, value) VALUES (?,?,?)",
                (namespace, key, json.dumps(value, ensure_ascii=False)),
            )
            return cur.rowcount == 1

    def state_items(self, namespace: str) -> dict[str, Any]:
        rows = self.db.execute("SELECT key, value FROM kv WHERE namespace=?", (namespace,)).fetchall()
        return {r["key"]: json.loads(r["value"]) for r in rows}
