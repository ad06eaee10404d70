"""The embedded search backend: SQLite FTS5 in ``<data>/search.db``, no server needed.

The default when no Elasticsearch cluster is configured. It keeps the same documents as the
Elasticsearch indices (``indexing.documents``; the JSON in ``bulletin_docs``/``figure_docs``, apart
from the small filter columns of ``bulletins``/``figures`` the searches scan) and searches the same
folded text (``indexing.text.fold``) with the same query semantics: every word/phrase must match
in the title, the original text or the English translation; filters on language, source, published
date, figure kind and count, and place words; BM25 ranking (title weighted twice, like the
``title^2`` boost on Elasticsearch), then newest first. A search without words (filters only)
walks an index in that newest-first order and stops at the limit, instead of sorting every
row that passes the filters. A query planner (``EmbeddedBackend._plan``) counts the rows each word of the
query matches (up to a threshold, cached until the index changes): a query whose every word is in
more than ``COMMON_SHARE`` of the rows (and more than ``RANK_ALL_BELOW``), words BM25 can hardly
rank, lists the newest matches instead of scoring every match, and ``backend.ordering`` says so
(docs/query.md). FTS5's ``highlight()`` marks the matches
in the folded text, mapped back to the original for the snippet.

Incidents (``indexing.incidents``) have tables of their own (``incidents``, ``incidents_fts``),
created on first use and replaced as a whole by each run of the index stage.

It lives in its own file, separate from the store's ``tollwatch.db``, so it can be deleted and
rebuilt (``tollwatch index --all``) without touching what was collected.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable, Optional

from indexing import (
    Backend, DocumentFailure, FigureHit, Hit, IndexingError, IndexResult, SearchQuery,
)
from indexing.documents import bulletin_document, day_bounds, figure_documents, lang_field
from indexing.results import bulletin_hit, figure_hit
from indexing.query import Node, parse, positive_terms, to_fts5
from indexing.text import HL_POST, HL_PRE, tokens
from tollwatch.records import KINDS, Bulletin

DB_NAME = "search.db"
SCHEMA_VERSION = 1
TOKENIZE = "unicode61 remove_diacritics 0"
# bm25 column weights: title, body, translation, places (only filters), stems (like the 0.5 boost on ES)
BULLETIN_WEIGHTS = (2.0, 1.0, 1.0, 0.0, 0.5)
FIGURE_WEIGHTS = (1.0, 1.0, 0.0, 0.5)

# The query planner (``EmbeddedBackend._plan``): a search whose every word is in more than this share
# of the rows is ordered newest first instead of by BM25, when each is also in more rows than
# ``EmbeddedBackend.rank_all_below`` (below that, ranking every match is cheap: small stores are
# always ranked). The newest-first walk checks
# NEWEST_WINDOW × limit rows before it falls back to reading every match.
COMMON_SHARE = 0.4
RANK_ALL_BELOW = 5000
NEWEST_WINDOW = 4
ORDER_RELEVANCE = "relevance"          # BM25, then newest first
ORDER_NEWEST = "newest"                # no words: newest first
ORDER_NEWEST_COMMON = "newest, common words"  # every word common: newest first, not ranked

_META = "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
_TABLES = f"""
CREATE TABLE IF NOT EXISTS bulletins (
    id INTEGER PRIMARY KEY, version_id TEXT NOT NULL UNIQUE, bulletin_id TEXT NOT NULL,
    version INTEGER NOT NULL, latest INTEGER NOT NULL, source TEXT NOT NULL, lang TEXT,
    published TEXT, {", ".join(f"max_{k} INTEGER" for k in KINDS)}
);
CREATE TABLE IF NOT EXISTS bulletin_docs (id INTEGER PRIMARY KEY, doc TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS bulletins_bid ON bulletins(bulletin_id, version);
CREATE INDEX IF NOT EXISTS bulletins_published ON bulletins(published);
-- newest first, as searches without words order: walked in order, they stop at the limit
CREATE INDEX IF NOT EXISTS bulletins_newest ON bulletins(published IS NULL, published DESC, version_id);
CREATE VIRTUAL TABLE IF NOT EXISTS bulletins_fts USING fts5(title, body, translation, places, stems, tokenize="{TOKENIZE}");
CREATE TABLE IF NOT EXISTS figures (
    id INTEGER PRIMARY KEY, figure_id TEXT NOT NULL UNIQUE, version_id TEXT NOT NULL,
    bulletin_id TEXT NOT NULL, version INTEGER NOT NULL, latest INTEGER NOT NULL, source TEXT NOT NULL,
    lang TEXT, published TEXT, kind TEXT NOT NULL, count INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS figure_docs (id INTEGER PRIMARY KEY, doc TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS figures_vid ON figures(version_id);
CREATE INDEX IF NOT EXISTS figures_bid ON figures(bulletin_id, version);
CREATE INDEX IF NOT EXISTS figures_newest ON figures(published IS NULL, published DESC, figure_id);
CREATE VIRTUAL TABLE IF NOT EXISTS figures_fts USING fts5(sentence, translation, places, stems, tokenize="{TOKENIZE}");
"""


_INCIDENT_TABLES = f"""
CREATE TABLE IF NOT EXISTS incidents (
    id INTEGER PRIMARY KEY, incident_id TEXT NOT NULL UNIQUE, scope TEXT NOT NULL, date TEXT, date_end TEXT,
    sources TEXT NOT NULL, langs TEXT NOT NULL, {", ".join(f"best_{k} INTEGER" for k in KINDS)}, doc TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS incidents_date ON incidents(date);
CREATE VIRTUAL TABLE IF NOT EXISTS incidents_fts USING fts5(title, text, places, stems, tokenize="{TOKENIZE}");
"""
INCIDENT_WEIGHTS = (2.0, 1.0, 1.0, 0.5)  # title, text, places, stems


def _now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def _stored(doc: dict[str, Any]) -> str:
    """The document as stored in the JSON column: without ``search`` (the FTS table holds it)."""
    return json.dumps({k: v for k, v in doc.items() if k != "search"}, ensure_ascii=False)


def fts_expression(node: Optional[Node], columns: str, place: Optional[str]) -> Optional[str]:
    """The FTS5 MATCH expression: the query (``indexing.query.to_fts5``) in ``columns``, and the
    place words in ``places``."""
    parts = [to_fts5(node, columns)] if node is not None else []
    if place:
        words = tokens(place)
        if words:
            parts.append(f'places : "{" ".join(words)}"')
    return " AND ".join(parts) or None


class EmbeddedBackend(Backend):
    name = "embedded"

    def __init__(self, data_dir: str | Path, path: str | Path | None = None):
        self.data_dir = Path(data_dir)
        self.path = Path(path) if path else self.data_dir / DB_NAME
        self.target = str(self.path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.executescript(_META + _TABLES)
        except (OSError, sqlite3.Error) as exc:
            raise IndexingError(f"cannot open the embedded search store {self.path}: {exc}") from exc
        self.db.row_factory = sqlite3.Row
        self.rank_all_below = RANK_ALL_BELOW
        self.common_share = COMMON_SHARE
        self.ordering = ORDER_RELEVANCE  # how the last search's hits are ordered (ORDER_*)
        self._generation: Any = None
        self._counts: dict[Any, int] = {}

    # -- set-up -----------------------------------------------------------------
    def setup(self) -> dict[str, Any]:
        self.db.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),)
        )
        return {"backend": self.name, "path": str(self.path), "schema_version": SCHEMA_VERSION}

    def close(self) -> None:
        try:
            self.db.close()
        except sqlite3.Error:
            pass

    def count(self) -> dict[str, int]:
        return {
            "bulletins": self.db.execute("SELECT COUNT(*) FROM bulletins").fetchone()[0],
            "figures": self.db.execute("SELECT COUNT(*) FROM figures").fetchone()[0],
        }

    def untranslated(self, lang: Optional[str] = None) -> dict[str, int]:
        sql = ("SELECT b.lang, COUNT(*) FROM bulletins b JOIN bulletins_fts t ON t.rowid = b.id"
               " WHERE b.latest=1 AND b.lang IS NOT NULL AND b.lang != 'en' AND t.translation = ''")
        args = []
        if lang:
            sql += " AND b.lang=?"
            args.append(lang)
        rows = self._guard("counting", lambda: self.db.execute(sql + " GROUP BY b.lang", args).fetchall())
        return {r[0]: r[1] for r in rows}

    def _guard(self, what: str, fn: Any, *args: Any) -> Any:
        try:
            return fn(*args)
        except sqlite3.Error as exc:
            raise IndexingError(f"embedded search store {self.path}: {what} failed: {exc}") from exc

    # -- indexing ---------------------------------------------------------------
    def index(self, bulletins: Iterable[Bulletin]) -> IndexResult:
        return self._guard("indexing", self._index, bulletins)

    def search(self, query: SearchQuery) -> list[Hit]:
        return self._guard("searching", self._search_bulletins, query)

    def search_figures(self, query: SearchQuery) -> list[FigureHit]:
        return self._guard("searching figures", self._search_figures, query)

    def _index(self, bulletins: Iterable[Bulletin]) -> IndexResult:
        result = IndexResult()
        now = _now()
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            for b in bulletins:
                try:
                    doc = bulletin_document(b, now)
                    figs = figure_documents(b, now)
                except ValueError as exc:
                    result.failures.append(DocumentFailure(b.version_id, b.url, f"published date {exc}"))
                    continue
                self._put(doc, figs)
                result.indexed.append(b.version_id)
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")
        return result

    def _put(self, doc: dict[str, Any], figs: list[dict[str, Any]]) -> None:
        db = self.db
        vid, bid, version = doc["version_id"], doc["bulletin_id"], doc["version"]
        self._delete_version(vid)
        newest = db.execute("SELECT MAX(version) FROM bulletins WHERE bulletin_id=?", (bid,)).fetchone()[0]
        latest = newest is None or version >= newest
        if latest:
            db.execute("UPDATE bulletins SET latest=0 WHERE bulletin_id=? AND version<?", (bid, version))
            db.execute("UPDATE figures SET latest=0 WHERE bulletin_id=? AND version<?", (bid, version))
        s = doc["search"]
        lf = next((k[5:] for k in s if k.startswith("text_")), "other")
        cur = db.execute(
            f"INSERT INTO bulletins (version_id, bulletin_id, version, latest, source, lang, published,"
            f" {', '.join(f'max_{k}' for k in KINDS)}) VALUES (?,?,?,?,?,?,?,{','.join('?' * len(KINDS))})",
            (vid, bid, version, int(latest), doc["source"], doc["lang"], doc["published"],
             *[doc["max"].get(k) for k in KINDS]),
        )
        # the JSON apart from the filter columns keeps the rows the searches scan small
        db.execute("INSERT INTO bulletin_docs (id, doc) VALUES (?,?)", (cur.lastrowid, _stored(doc)))
        db.execute(
            "INSERT INTO bulletins_fts (rowid, title, body, translation, places, stems) VALUES (?,?,?,?,?,?)",
            (cur.lastrowid, s.get(f"title_{lf}") or "", s.get(f"text_{lf}") or "",
             s.get("translation_en") or "", s.get("places") or "", s.get("stems") or ""),
        )
        for f in figs:
            fs = f["search"]
            sentence = next((v for k, v in fs.items() if k.startswith("sentence_")), "") or ""
            cur = db.execute(
                "INSERT INTO figures (figure_id, version_id, bulletin_id, version, latest, source, lang, published,"
                " kind, count) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (f["figure_id"], vid, bid, version, int(latest), f["source"], f["lang"], f["published"],
                 f["kind"], f["count"]),
            )
            db.execute("INSERT INTO figure_docs (id, doc) VALUES (?,?)", (cur.lastrowid, _stored(f)))
            db.execute(
                "INSERT INTO figures_fts (rowid, sentence, translation, places, stems) VALUES (?,?,?,?,?)",
                (cur.lastrowid, sentence, fs.get("translation_en") or "", fs.get("places") or "", fs.get("stems") or ""),
            )

    def _delete_version(self, vid: str) -> None:
        db = self.db
        row = db.execute("SELECT id FROM bulletins WHERE version_id=?", (vid,)).fetchone()
        if row is not None:
            db.execute("DELETE FROM bulletins_fts WHERE rowid=?", (row[0],))
            db.execute("DELETE FROM bulletin_docs WHERE id=?", (row[0],))
            db.execute("DELETE FROM bulletins WHERE id=?", (row[0],))
        ids = [r[0] for r in db.execute("SELECT id FROM figures WHERE version_id=?", (vid,))]
        if ids:
            marks = ",".join("?" * len(ids))
            db.execute(f"DELETE FROM figures_fts WHERE rowid IN ({marks})", ids)
            db.execute(f"DELETE FROM figure_docs WHERE id IN ({marks})", ids)
            db.execute(f"DELETE FROM figures WHERE id IN ({marks})", ids)

    def reindex(self) -> dict[str, Any]:
        """Rebuild the full-text tables from the stored documents (after a tokenizer change)."""
        return self._guard("rebuilding", self._rebuild)

    def _rebuild(self) -> dict[str, Any]:
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            rows = db.execute(
                "SELECT d.doc, t.title, t.body, t.translation, t.places, t.stems FROM bulletin_docs d"
                " JOIN bulletins_fts t ON t.rowid = d.id ORDER BY d.id"
            ).fetchall()
            figs: dict[str, list[dict[str, Any]]] = {}
            for doc, sentence, translation, places, stems_ in db.execute(
                "SELECT d.doc, t.sentence, t.translation, t.places, t.stems FROM figure_docs d"
                " JOIN figures_fts t ON t.rowid = d.id ORDER BY d.id"
            ):
                d = json.loads(doc)
                lf = lang_field(d.get("lang"))
                d["search"] = {f"sentence_{lf}": sentence, "translation_en": translation, "places": places,
                               "stems": stems_}
                figs.setdefault(d["version_id"], []).append(d)
            for table in ("bulletins_fts", "figures_fts", "bulletins", "figures", "bulletin_docs", "figure_docs"):
                db.execute(f"DROP TABLE IF EXISTS {table}")
            for stmt in _TABLES.split(";"):
                if stmt.strip():
                    db.execute(stmt)
            docs = []
            for doc, title, body, translation, places, stems_ in rows:
                d = json.loads(doc)
                lf = lang_field(d.get("lang"))
                d["search"] = {f"title_{lf}": title, f"text_{lf}": body, "translation_en": translation,
                               "places": places, "stems": stems_}
                docs.append(d)
            for doc in sorted(docs, key=lambda d: (d["bulletin_id"], d["version"])):
                self._put(doc, figs.get(doc["version_id"], []))
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")
        return {"backend": self.name, "path": str(self.path), "bulletins": len(rows)}

    # -- searching --------------------------------------------------------------
    def _filters(self, q: SearchQuery, alias: str) -> tuple[list[str], list[Any]]:
        where, args = [], []
        if not q.all_versions:
            where.append(f"{alias}.latest=1")
        if q.lang:
            where.append(f"{alias}.lang=?")
            args.append(q.lang)
        if q.source:
            where.append(f"{alias}.source=?")
            args.append(q.source)
        lo, hi = day_bounds(q.since, q.until)
        if lo:
            where.append(f"{alias}.published>=?")
            args.append(lo)
        if hi:
            where.append(f"{alias}.published<?")
            args.append(hi)
        return where, args

    def _search_bulletins(self, query: SearchQuery) -> list[Hit]:
        parsed = parse(query.text)
        where, args = self._filters(query, "b")
        if query.kind:
            if query.min_count is not None:
                where.append(f"b.max_{query.kind}>=?")
                args.append(query.min_count)
            else:
                where.append(f"b.max_{query.kind} IS NOT NULL")
        match = fts_expression(parsed, "title body translation", query.place)
        rows = self._ranked("bulletins", "b", BULLETIN_WEIGHTS, where, args, match,
                            "b.published IS NULL, b.published DESC, b.version_id", query.limit, parsed,
                            "title body translation")
        marks = self._highlights("bulletins_fts", ("title", "text", "translation"), match, rows) if parsed is not None else {}
        docs = self._docs("bulletin_docs", rows)
        hits = []
        for row in rows:
            doc = docs[row["id"]]
            doc["latest"] = bool(row["latest"])
            hits.append(bulletin_hit(doc, row["score"], marks.get(row["id"], {}), query))
        return hits

    def _ranked(self, table: str, alias: str, weights: Any, where: list[str], args: list[Any],
                match: Optional[str], order: str, limit: int, parsed: Optional[Node] = None,
                columns: str = "") -> list[Any]:
        """Ids, ``latest`` and score of the best ``limit`` rows of ``table`` passing ``where``:
        by BM25 (column ``weights``) when there is a full-text ``match`` with a selective word, else
        newest first (``self.ordering`` says which, see ``_plan``)."""
        self.ordering = ORDER_NEWEST
        if match and self._plan(table, parsed, columns) == ORDER_RELEVANCE:
            self.ordering = ORDER_RELEVANCE
            w = ", ".join(str(x) for x in weights)
            sql = (
                f"SELECT {alias}.id, {alias}.latest, -bm25({table}_fts, {w}) AS score"
                f" FROM {table}_fts JOIN {table} {alias} ON {alias}.id = {table}_fts.rowid"
                f" WHERE {table}_fts MATCH ?{''.join(' AND ' + c for c in where)}"
                f" ORDER BY score DESC, {order} LIMIT ?"
            )
            return self.db.execute(sql, [match, *args, limit]).fetchall()
        if match:
            self.ordering = ORDER_NEWEST_COMMON
            return self._newest_matching(table, alias, where, args, match, order, limit)
        sql = (
            f"SELECT {alias}.id, {alias}.latest, 1.0 AS score FROM {table} {alias}"
            f"{' WHERE ' + ' AND '.join(where) if where else ''} ORDER BY {order} LIMIT ?"
        )
        return self.db.execute(sql, [*args, limit]).fetchall()

    def _newest_matching(self, table: str, alias: str, where: list[str], args: list[Any], match: str,
                         order: str, limit: int) -> list[Any]:
        """The newest ``limit`` rows passing ``where`` that ``match``: the newest-first index is
        walked for a window of ``NEWEST_WINDOW × limit`` rows, checked against the full-text index
        a limit's worth at a time; when most rows match (what ``_plan`` chose this for) the window
        holds the answer. Otherwise (the filters select rows the words are rare in) every match is
        read and sorted."""
        cond = "".join(" AND " + c for c in where)
        window = NEWEST_WINDOW * limit
        sql = (f"SELECT {alias}.id, {alias}.latest, 1.0 AS score FROM {table} {alias}"
               f"{' WHERE ' + ' AND '.join(where) if where else ''} ORDER BY {order} LIMIT ?")
        newest = self.db.execute(sql, [*args, window]).fetchall()
        rows: list[Any] = []
        probe = f"SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH ? AND rowid IN (%s)"
        for start in range(0, len(newest), limit):  # a limit's worth at a time: each check costs a lookup
            chunk = newest[start:start + limit]
            found = {r[0] for r in self.db.execute(probe % ",".join("?" * len(chunk)), [match, *(r["id"] for r in chunk)])}
            rows += [r for r in chunk if r["id"] in found]
            if len(rows) >= limit:
                return rows[:limit]
        if len(newest) < window:  # every row passing the filters was checked
            return rows
        sql = (
            f"SELECT {alias}.id, {alias}.latest, 1.0 AS score FROM {table} {alias}"
            f" WHERE {alias}.id IN (SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH ?){cond}"
            f" ORDER BY {order} LIMIT ?"
        )
        return self.db.execute(sql, [match, *args, limit]).fetchall()

    # -- the query planner ----------------------------------------------------------
    def _plan(self, table: str, parsed: Optional[Node], columns: str) -> str:
        """``ORDER_RELEVANCE`` (BM25 over every match) unless every word of the query (those it
        does not exclude, alternatives included) is common: matched, with its stem, in more than
        ``self.common_share`` (``COMMON_SHARE``) of the rows of ``table`` and in more than
        ``self.rank_all_below`` rows. BM25 has almost no idf to rank such words by (FTS5 floors it
        when a word is in more than half of the rows), and computing it for every match is the
        whole cost of the search: such searches are ordered newest first (``ORDER_NEWEST``).
        Counting a word stops at that threshold."""
        if parsed is None:
            return ORDER_RELEVANCE
        threshold = int(max(self.common_share * self._count(table, None, 0), self.rank_all_below))
        if all(self._count(table, to_fts5(t, columns), threshold + 1) > threshold for t in positive_terms(parsed)):
            return ORDER_NEWEST
        return ORDER_RELEVANCE

    def _count(self, table: str, match: Optional[str], at_most: int) -> int:
        """Rows of ``table`` that ``match`` (counted up to ``at_most``), or all its rows (``match``
        None), cached until the index changes (on this connection or another)."""
        generation = (self.db.execute("PRAGMA data_version").fetchone()[0], self.db.total_changes)
        if generation != self._generation:
            self._generation, self._counts = generation, {}
        key = (table, match, at_most)
        if key not in self._counts:
            if match is None:
                n = self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            else:
                n = self.db.execute(f"SELECT count(*) FROM (SELECT 1 FROM {table}_fts WHERE {table}_fts MATCH ?"
                                    f" LIMIT ?)", (match, at_most)).fetchone()[0]
            if len(self._counts) > 10_000:
                self._counts.clear()
            self._counts[key] = n
        return self._counts[key]

    def _highlights(self, table: str, names: tuple[str, ...], match: Optional[str], rows: list[Any]
                    ) -> dict[int, dict[str, Optional[str]]]:
        """FTS5 highlights of the first columns of ``table`` for the hits only (computing them in
        the ranking query would highlight every match before the LIMIT)."""
        if not match or not rows:
            return {}
        ids = [r["id"] for r in rows]
        cols = ", ".join(f"highlight({table}, {i}, '{HL_PRE}', '{HL_POST}')" for i in range(len(names)))
        sql = f"SELECT rowid, {cols} FROM {table} WHERE {table} MATCH ? AND rowid IN ({','.join('?' * len(ids))})"
        return {r[0]: dict(zip(names, r[1:])) for r in self.db.execute(sql, [match, *ids])}

    def _search_figures(self, query: SearchQuery) -> list[FigureHit]:
        parsed = parse(query.text)
        where, args = self._filters(query, "f")
        if query.kind:
            where.append("f.kind=?")
            args.append(query.kind)
        if query.min_count is not None:
            where.append("f.count>=?")
            args.append(query.min_count)
        match = fts_expression(parsed, "sentence translation", query.place)
        rows = self._ranked("figures", "f", FIGURE_WEIGHTS, where, args, match,
                            "f.published IS NULL, f.published DESC, f.figure_id", query.limit, parsed,
                            "sentence translation")
        marks = self._highlights("figures_fts", ("sentence", "translation"), match, rows) if parsed is not None else {}
        docs = self._docs("figure_docs", rows)
        return [figure_hit(docs[row["id"]], row["score"], marks.get(row["id"], {}), query) for row in rows]

    def _docs(self, table: str, rows: list[Any]) -> dict[int, dict[str, Any]]:
        if not rows:
            return {}
        ids = [r["id"] for r in rows]
        sql = f"SELECT id, doc FROM {table} WHERE id IN ({','.join('?' * len(ids))})"
        return {i: json.loads(doc) for i, doc in self.db.execute(sql, ids)}

    # -- incidents (indexing.incidents) -------------------------------------------
    def _incident_tables(self) -> None:
        if not getattr(self, "_incidents_ready", False):
            self._guard("creating the incidents tables", self.db.executescript, _INCIDENT_TABLES)
            self._incidents_ready = True

    def count_incidents(self) -> int:
        self._incident_tables()
        return self._guard("counting incidents", lambda: self.db.execute("SELECT COUNT(*) FROM incidents").fetchone()[0])

    def replace_incidents(self, incidents: list[Any]) -> Any:
        """Replace the indexed incidents by ``incidents`` in one transaction."""
        self._incident_tables()
        return self._guard("indexing incidents", self._replace_incidents, incidents)

    def _replace_incidents(self, incidents: list[Any]) -> Any:
        from indexing.incidents import IncidentIndexReport, incident_document

        db, now = self.db, _now()
        docs = {inc.incident_id: incident_document(inc, now) for inc in incidents}
        db.execute("BEGIN IMMEDIATE")
        try:
            before = {r[0] for r in db.execute("SELECT incident_id FROM incidents")}
            db.execute("DELETE FROM incidents_fts")
            db.execute("DELETE FROM incidents")
            for iid, doc in docs.items():
                cur = db.execute(
                    f"INSERT INTO incidents (incident_id, scope, date, date_end, sources, langs,"
                    f" {', '.join(f'best_{k}' for k in KINDS)}, doc) VALUES (?,?,?,?,?,?,{','.join('?' * len(KINDS))},?)",
                    (iid, doc["scope"], doc["date"], doc["date_end"], "|" + "|".join(doc["sources"]) + "|",
                     "|" + "|".join(doc["langs"]) + "|", *[doc["best"].get(k) for k in KINDS], _stored(doc)),
                )
                sd = doc["search"]
                db.execute("INSERT INTO incidents_fts (rowid, title, text, places, stems) VALUES (?,?,?,?,?)",
                           (cur.lastrowid, sd["title"] or "", sd["text"] or "", sd["places"] or "", sd["stems"] or ""))
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")
        return IncidentIndexReport(indexed=len(docs), removed=len(before - set(docs)))

    def search_incidents(self, query: SearchQuery) -> list[Any]:
        self._incident_tables()
        return self._guard("searching incidents", self._search_incidents, query)

    def _search_incidents(self, query: SearchQuery) -> list[Any]:
        from indexing.incidents import incident_hit

        parsed = parse(query.text)
        where, args = [], []
        if query.lang:
            where.append("instr(i.langs, ?) > 0")
            args.append(f"|{query.lang}|")
        if query.source:
            where.append("instr(i.sources, ?) > 0")
            args.append(f"|{query.source}|")
        lo, hi = day_bounds(query.since, query.until)
        if lo:
            where.append("i.date_end >= ?")
            args.append(lo)
        if hi:
            where.append("i.date < ?")
            args.append(hi)
        if query.kind:
            if query.min_count is not None:
                where.append(f"i.best_{query.kind} >= ?")
                args.append(query.min_count)
            else:
                where.append(f"i.best_{query.kind} IS NOT NULL")
        match = fts_expression(parsed, "title text places", query.place)
        order = "i.date IS NULL, i.date DESC, i.incident_id"
        if match:
            w = ", ".join(str(x) for x in INCIDENT_WEIGHTS)
            sql = (f"SELECT i.id, i.doc, -bm25(incidents_fts, {w}) AS score FROM incidents_fts"
                   f" JOIN incidents i ON i.id = incidents_fts.rowid WHERE incidents_fts MATCH ?"
                   f"{''.join(' AND ' + c for c in where)} ORDER BY score DESC, {order} LIMIT ?")
            params = [match, *args, query.limit]
        else:
            sql = (f"SELECT i.id, i.doc, 1.0 AS score FROM incidents i"
                   f"{' WHERE ' + ' AND '.join(where) if where else ''} ORDER BY {order} LIMIT ?")
            params = [*args, query.limit]
        rows = self.db.execute(sql, params).fetchall()
        marks = self._highlights("incidents_fts", ("title", "text"), match, rows) if parsed else {}
        return [incident_hit(json.loads(r["doc"]), r["score"], marks.get(r["id"], {}), query) for r in rows]
