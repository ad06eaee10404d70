"""The PostgreSQL store: the same tables and the same methods as the SQLite store, on a server that
workers on several machines share.

Chosen by the setting ``store_url`` (``TOLLWATCH_STORE_URL=postgresql://user:pass@host:5432/db``):
``store.Store(data_dir)`` then returns a ``PostgresStore`` (the data directory still holds the run
reports and logs). The tables are created on first use (``CREATE TABLE IF NOT EXISTS``).

Concurrency comes from the database, not a file lock: every write is one transaction; the primary
keys (``bulletins (bulletin_id, version)``, ``stages (stage, bulletin_id, version)``,
``kv (namespace, key)``) make a version, a stage mark or an alert delivery exist once; and
``save_bulletin`` takes transaction-scoped advisory locks on the bulletin and on its
(source, text) so two workers saving the same bulletin at once store it once (the second sees
``unchanged``). ``claim_state`` records a key only if no other writer has, and ``exclusive(name)`` is a
database lock held across machines (the alert stage runs under ``exclusive("alerts")``), so two
workers never send the same alert.

``migrate(data_dir, url)`` (``tollwatch store migrate --from DIR --to URL``) copies a SQLite data
directory's store into PostgreSQL; running it again copies nothing twice.

Driver: psycopg 3 (one connection per thread and process, opened lazily).
"""

from __future__ import annotations

import json
import os
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional

from tollwatch.records import Bulletin, Incident, bulletin_id, content_hash

SCHEMA = """
CREATE TABLE IF NOT EXISTS bulletins (
    bulletin_id   TEXT COLLATE "C" NOT NULL,
    version       INTEGER NOT NULL,
    canonical_url TEXT NOT NULL,
    source        TEXT COLLATE "C" NOT NULL,
    url           TEXT NOT NULL,
    lang          TEXT,
    title         TEXT,
    published     TEXT,
    fetched       TEXT COLLATE "C",
    content_hash  TEXT NOT NULL,
    record        TEXT NOT NULL,
    PRIMARY KEY (bulletin_id, version)
);
CREATE INDEX IF NOT EXISTS bulletins_hash ON bulletins(content_hash);
CREATE INDEX IF NOT EXISTS bulletins_source ON bulletins(source);
CREATE TABLE IF NOT EXISTS stages (
    stage       TEXT COLLATE "C" NOT NULL,
    bulletin_id TEXT COLLATE "C" NOT NULL,
    version     INTEGER NOT NULL,
    done_at     TEXT NOT NULL,
    PRIMARY KEY (stage, bulletin_id, version)
);
CREATE TABLE IF NOT EXISTS incidents (
    incident_id TEXT COLLATE "C" PRIMARY KEY,
    scope       TEXT NOT NULL,
    event_date  TEXT COLLATE "C",
    last_seen   TEXT,
    record      TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS kv (
    namespace TEXT COLLATE "C" NOT NULL,
    key       TEXT COLLATE "C" NOT NULL,
    value     TEXT NOT NULL,
    PRIMARY KEY (namespace, key)
);
"""

# one lock id space for the whole schema creation, so two first runs do not race on CREATE TABLE
_SCHEMA_LOCK = 7_317_411


def _redact(url: str) -> str:
    from tollwatch.config import redact_url

    return redact_url(url)


class PostgresStore:
    """The store in a PostgreSQL database (``store_url``); the methods of ``store.Store``."""

    backend = "postgresql"

    def __init__(self, url: str, data_dir: str | Path | None = None):
        from store import StoreError

        try:
            import psycopg  # noqa: F401
        except ImportError:
            raise StoreError(
                "store_url names a PostgreSQL database but psycopg is not installed: pip install 'tollwatch[postgres]'"
            ) from None
        self.url = url
        self.target = _redact(url)
        self.data_dir = Path(data_dir) if data_dir is not None else None
        self.path = self.target  # where the store is, for messages (the SQLite store's file path)
        self._local = threading.local()
        with self._tx() as db:
            db.execute("SELECT pg_advisory_xact_lock(%s)", (_SCHEMA_LOCK,))
            db.execute(SCHEMA)
        if self.data_dir is not None:  # only once the server answered: an unreachable one creates nothing
            try:
                self.data_dir.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"cannot create data directory {self.data_dir}: {exc.strerror}") from exc

    # -- connection -------------------------------------------------------------
    @property
    def db(self) -> Any:
        import psycopg
        from psycopg.rows import dict_row

        from store import StoreError

        conn = getattr(self._local, "conn", None)
        if conn is not None and (getattr(self._local, "pid", None) != os.getpid() or conn.closed):
            conn = None  # a forked worker never shares its parent's connection
        if conn is None:
            try:
                conn = psycopg.connect(self.url, autocommit=True, row_factory=dict_row, connect_timeout=10)
            except psycopg.Error as exc:
                raise StoreError(f"cannot open store {self.target}: {str(exc).strip().splitlines()[0]}") from exc
            self._local.conn, self._local.pid = conn, os.getpid()
        return conn

    @contextmanager
    def _tx(self) -> Iterator[Any]:
        import psycopg

        from store import StoreError

        try:
            with self.db.transaction():
                yield self.db
        except psycopg.OperationalError as exc:
            raise StoreError(f"store {self.target}: {str(exc).strip().splitlines()[0]}") from exc

    def _query(self, sql: str, args: Any = ()) -> list[dict[str, Any]]:
        import psycopg

        from store import StoreError

        try:
            return self.db.execute(sql, args).fetchall()
        except psycopg.OperationalError as exc:
            raise StoreError(f"store {self.target}: {str(exc).strip().splitlines()[0]}") from exc

    def close(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None and getattr(self._local, "pid", None) == os.getpid():
            conn.close()
        self._local.conn = None

    def __enter__(self) -> "PostgresStore":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    # -- bulletins --------------------------------------------------------------
    def save_bulletin(self, bulletin: Bulletin) -> str:
        """As ``store.Store.save_bulletin``: ``"new"``, ``"changed"`` or ``"unchanged"``. Two
        writers saving the same bulletin at once: the second waits for the first and sees it."""
        import psycopg

        from store import utcnow

        bulletin.content_hash = content_hash(bulletin.text)
        bid = bulletin.bulletin_id
        for attempt in range(3):
            try:
                with self._tx() as db:
                    # bulletin first, then text: always the same order, so no deadlock
                    db.execute("SELECT pg_advisory_xact_lock(hashtextextended(%s, 1))", (bid,))
                    db.execute("SELECT pg_advisory_xact_lock(hashtextextended(%s, 2))",
                               (f"{bulletin.source}|{bulletin.content_hash}",))
                    row = db.execute(
                        "SELECT version, content_hash FROM bulletins WHERE bulletin_id=%s ORDER BY version DESC LIMIT 1",
                        (bid,),
                    ).fetchone()
                    if row is not None and row["content_hash"] == bulletin.content_hash:
                        return "unchanged"
                    if row is None:
                        same = db.execute(
                            "SELECT 1 FROM bulletins WHERE content_hash=%s AND source=%s LIMIT 1",
                            (bulletin.content_hash, bulletin.source),
                        ).fetchone()
                        if same is not None:
                            return "unchanged"  # the same bulletin under another URL
                    bulletin.version = 1 if row is None else row["version"] + 1
                    bulletin.fetched = bulletin.fetched or utcnow()
                    db.execute(_INSERT, _row(bulletin))
                return "new" if bulletin.version == 1 else "changed"
            except psycopg.errors.UniqueViolation:
                # another writer without the locks (an older tollwatch) got there first: look again
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def update_bulletin(self, bulletin: Bulletin) -> None:
        from store import StoreError

        with self._tx() as db:
            row = db.execute(
                "SELECT content_hash FROM bulletins WHERE bulletin_id=%s AND version=%s FOR UPDATE",
                (bulletin.bulletin_id, bulletin.version),
            ).fetchone()
            if row is None:
                raise StoreError(f"no stored version {bulletin.version_id} ({bulletin.canonical_url})")
            if row["content_hash"] != content_hash(bulletin.text):
                raise StoreError(f"refusing to change the text of stored version {bulletin.version_id}")
            db.execute(_UPSERT, _row(bulletin))

    def get(self, bid: str, version: Optional[int] = None) -> Optional[Bulletin]:
        if version is None:
            rows = self._query("SELECT record FROM bulletins WHERE bulletin_id=%s ORDER BY version DESC LIMIT 1", (bid,))
        else:
            rows = self._query("SELECT record FROM bulletins WHERE bulletin_id=%s AND version=%s", (bid, version))
        return Bulletin.from_json(rows[0]["record"]) if rows else None

    def get_by_url(self, canonical_url: str) -> Optional[Bulletin]:
        return self.get(bulletin_id(canonical_url))

    def bulletins(self, source: Optional[str] = None, latest_only: bool = False) -> Iterator[Bulletin]:
        sql = "SELECT record FROM bulletins b"
        where, args = [], []
        if source:
            where.append("b.source=%s")
            args.append(source)
        if latest_only:
            where.append("b.version = (SELECT MAX(version) FROM bulletins c WHERE c.bulletin_id=b.bulletin_id)")
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += _ORDER
        for row in self._query(sql, args):
            yield Bulletin.from_json(row["record"])

    def published_since(self, source: str, since: str) -> dict[str, str]:
        """``{canonical_url: published}`` of the source's bulletins published on or after ``since``."""
        rows = self._query(
            "SELECT canonical_url, MAX(published) AS published FROM bulletins WHERE source=%s AND published >= %s"
            " GROUP BY canonical_url", (source, since),
        )
        return {r["canonical_url"]: r["published"] for r in rows}

    def versions(self, bid: str) -> list[Bulletin]:
        rows = self._query("SELECT record FROM bulletins WHERE bulletin_id=%s ORDER BY version", (bid,))
        return [Bulletin.from_json(r["record"]) for r in rows]

    def count(self) -> int:
        return self._query("SELECT COUNT(*) AS n FROM bulletins")[0]["n"]

    # -- stages -----------------------------------------------------------------
    def pending(self, stage: str, after: Optional[str] = None, source: Optional[str] = None) -> Iterator[Bulletin]:
        from store import pending_sql

        sql, args = pending_sql("record", stage, after, source, mark="%s")
        for row in self._query(sql + _ORDER, args):
            yield Bulletin.from_json(row["record"])

    def count_pending(self, stage: str, after: Optional[str] = None, source: Optional[str] = None) -> int:
        from store import pending_sql

        sql, args = pending_sql("COUNT(*) AS n", stage, after, source, mark="%s")
        return self._query(sql, args)[0]["n"]

    def mark_done(self, stage: str, bulletins: Iterable[Bulletin]) -> None:
        from store import utcnow

        now = utcnow()
        rows = [(stage, b.bulletin_id, b.version, now) for b in bulletins]
        if not rows:
            return
        with self._tx() as db:
            with db.cursor() as cur:
                cur.executemany(
                    "INSERT INTO stages (stage, bulletin_id, version, done_at) VALUES (%s,%s,%s,%s)"
                    " ON CONFLICT DO NOTHING", rows,
                )

    def reset_stage(self, stage: str, source: Optional[str] = None) -> int:
        from store import reset_condition

        cond, args = reset_condition(stage, source, mark="%s")
        with self._tx() as db:
            return db.execute(f"DELETE FROM stages WHERE {cond}", args).rowcount

    # -- incidents ----------------------------------------------------------------
    def replace_incidents(self, incidents: Iterable[Incident]) -> None:
        rows = [(i.incident_id, i.scope, i.event_date, i.last_seen, i.to_json()) for i in incidents]
        with self._tx() as db:
            db.execute("LOCK TABLE incidents IN EXCLUSIVE MODE")  # two runs replace one after the other
            db.execute("DELETE FROM incidents")
            if rows:
                with db.cursor() as cur:
                    cur.executemany(
                        "INSERT INTO incidents (incident_id, scope, event_date, last_seen, record)"
                        " VALUES (%s,%s,%s,%s,%s)", rows,
                    )

    def incidents(self) -> list[Incident]:
        rows = self._query("SELECT record FROM incidents ORDER BY event_date IS NULL, event_date, incident_id")
        return [Incident.from_json(r["record"]) for r in rows]

    # -- small state ------------------------------------------------------------
    def get_state(self, namespace: str, key: str, default: Any = None) -> Any:
        rows = self._query("SELECT value FROM kv WHERE namespace=%s AND key=%s", (namespace, key))
        return json.loads(rows[0]["value"]) if rows else default

    def set_state(self, namespace: str, key: str, value: Any) -> None:
        with self._tx() as db:
            db.execute(
                "INSERT INTO kv (namespace, key, value) VALUES (%s,%s,%s)"
                " ON CONFLICT (namespace, key) DO UPDATE SET value=EXCLUDED.value",
                (namespace, key, json.dumps(value, ensure_ascii=False)),
            )

    @contextmanager
    def exclusive(self, name: str) -> Iterator[None]:
        """One holder at a time of the named lock across every machine using this database (a
        session advisory lock on a connection of its own: released if the holder dies)."""
        import psycopg

        from store import StoreError

        try:
            conn = psycopg.connect(self.url, autocommit=True, connect_timeout=10)
        except psycopg.Error as exc:
            raise StoreError(f"cannot open store {self.target}: {str(exc).strip().splitlines()[0]}") from exc
        try:
            conn.execute("SELECT pg_advisory_lock(hashtextextended(%s, 3))", (name,))
            yield
        finally:
            conn.close()  # ends the session, and with it the lock

    def claim_state(self, namespace: str, key: str, value: Any) -> bool:
        """Record ``key`` unless it is already recorded; True for the one writer that recorded it."""
        with self._tx() as db:
            cur = db.execute(
                "INSERT INTO kv (namespace, key, value) VALUES (%s,%s,%s) ON CONFLICT DO NOTHING",
                (namespace, key, json.dumps(value, ensure_ascii=False)),
            )
            return cur.rowcount == 1

    def state_items(self, namespace: str) -> dict[str, Any]:
        rows = self._query("SELECT key, value FROM kv WHERE namespace=%s", (namespace,))
        return {r["key"]: json.loads(r["value"]) for r in rows}


_ORDER = " ORDER BY b.fetched NULLS FIRST, b.bulletin_id, b.version"
_COLUMNS = ("bulletin_id, version, canonical_url, source, url, lang, title, published, fetched, content_hash,"
            " record")
_INSERT = f"INSERT INTO bulletins ({_COLUMNS}) VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s)"
_UPSERT = (_INSERT + " ON CONFLICT (bulletin_id, version) DO UPDATE SET canonical_url=EXCLUDED.canonical_url,"
           " source=EXCLUDED.source, url=EXCLUDED.url, lang=EXCLUDED.lang, title=EXCLUDED.title,"
           " published=EXCLUDED.published, fetched=EXCLUDED.fetched, content_hash=EXCLUDED.content_hash,"
           " record=EXCLUDED.record")


def _text(value: Optional[str]) -> Optional[str]:
    """PostgreSQL text cannot hold NUL: the columns drop it (the record's JSON escapes it, kept whole)."""
    return value.replace("\x00", "") if isinstance(value, str) and "\x00" in value else value


def _row(b: Bulletin) -> tuple:
    return (b.bulletin_id, b.version, _text(b.canonical_url), _text(b.source), _text(b.url), _text(b.lang),
            _text(b.title), _text(b.published), _text(b.fetched), b.content_hash, b.to_json())


def migrate(data_dir: str | Path, url: str, batch: int = 1000) -> dict[str, int]:
    """Copy the SQLite store of ``data_dir`` into the PostgreSQL database at ``url``: every version
    (as stored, enriched records included), stage mark, state entry and the incidents. Rows already
    there are left alone, so a second run (or a run after an interrupted one) adds only what is
    missing. Returns the rows copied per table."""
    import sqlite3

    from store import DB_NAME, StoreError

    src_path = Path(data_dir) / DB_NAME
    if not src_path.is_file():
        raise StoreError(f"no SQLite store in {data_dir} (no {DB_NAME})")
    try:
        src = sqlite3.connect(f"file:{src_path}?mode=ro", uri=True)
        src.execute("SELECT 1 FROM bulletins LIMIT 1")
    except sqlite3.Error as exc:
        raise StoreError(f"cannot read the store {src_path}: {exc}") from exc
    dst = PostgresStore(url)
    copied: dict[str, int] = {}
    tables = {
        "bulletins": (_COLUMNS.replace(" ", "").split(","), "(bulletin_id, version)"),
        "stages": (["stage", "bulletin_id", "version", "done_at"], "(stage, bulletin_id, version)"),
        "kv": (["namespace", "key", "value"], "(namespace, key)"),
    }
    try:
        for table, (cols, key) in tables.items():
            sql = (f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join(['%s'] * len(cols))})"
                   f" ON CONFLICT {key} DO NOTHING")
            cur = src.execute(f"SELECT {', '.join(cols)} FROM {table}")
            n = 0
            while True:
                rows = cur.fetchmany(batch)
                if not rows:
                    break
                with dst._tx() as db, db.cursor() as c:
                    before = c.execute(f"SELECT COUNT(*) AS n FROM {table}").fetchone()["n"]
                    c.executemany(sql, [tuple(_text(v) for v in r) for r in rows])
                    n += c.execute(f"SELECT COUNT(*) AS n FROM {table}").fetchone()["n"] - before
            copied[table] = n
        try:
            incidents = [Incident.from_json(r[0]) for r in src.execute("SELECT record FROM incidents")]
        except sqlite3.OperationalError:  # a store from before the incidents stage
            incidents = []
        if incidents and not dst.incidents():  # never overwrite what the workers have since computed
            dst.replace_incidents(incidents)
        else:
            incidents = []
        copied["incidents"] = len(incidents)
    finally:
        src.close()
        dst.close()
    return copied
