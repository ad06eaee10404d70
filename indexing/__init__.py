"""Storing and searching bulletins and casualty figures: Elasticsearch, or an embedded SQLite store.

Two backends with one interface (``Backend``) and the same documents (``indexing.documents``),
normalisation (``indexing.text.fold``: ``nlp.normalize`` applied to documents and queries alike),
query language (``indexing.query``, shared with the alert rules), filters and ranking semantics:

* ``ElasticsearchBackend`` (``indexing.elastic``): used when a cluster is configured
  (``TOLLWATCH_ES_URL`` or ``es_url`` in the config file). Two indices, bulletin versions and
  casualty figures, created from the templates in ``index_mappings/`` and written through aliases.
* ``EmbeddedBackend`` (``indexing.embedded``): the default; SQLite FTS5 in ``<data>/search.db``,
  no server.

``index_pending(store, backend)`` indexes the stored versions the nlp stage has processed and
that are not yet marked ``index:<backend.name>``, marks only the successes, and reports every
failure by document. ``backend.search(SearchQuery(...))`` returns ranked bulletin ``Hit``s with
highlighted snippets, ``backend.search_figures(...)`` ranked ``FigureHit``s. Incidents (built by the
incidents stage) are indexed and searched the same way on both backends (``indexing.incidents``:
``index_incidents(store, backend)``, ``backend.search_incidents(...)``).

Settings (environment ``TOLLWATCH_<NAME>`` or the config file; see docs/indexing.md):
``es_url``, ``es_prefix`` (``tollwatch-``), ``es_profile`` (``auto``/``production``/``portable``),
``es_timeout`` (30), ``es_ca_certs``; credentials from the environment only:
``TOLLWATCH_ES_API_KEY`` or ``TOLLWATCH_ES_USERNAME`` + ``TOLLWATCH_ES_PASSWORD``.
"""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Iterable, Optional

from tollwatch import config
from tollwatch.records import KINDS, Bulletin

log = logging.getLogger(__name__)

STAGE_PREFIX = "index:"


class IndexingError(RuntimeError):
    """The search backend cannot be reached or refuses a request; the message names it and the cause."""


@dataclass
class SearchQuery:
    """What ``tollwatch search`` asks: free text plus filters (all optional).

    ``text``: a query in tollwatch's query language (``indexing.query``, docs/query.md) over the
    title, the original text and the English translation; ``lang``/``source``: exact; ``since``/``until``: ISO dates, inclusive, on the
    published date; ``kind`` + ``min_count``: a (not superseded) figure of that kind with at least
    that count; ``place``: words of a figure's place or its geocoded name/district/governorate;
    ``all_versions``: include superseded versions of a bulletin (default: latest only)."""

    text: str = ""
    lang: Optional[str] = None
    source: Optional[str] = None
    since: Optional[str] = None
    until: Optional[str] = None
    kind: Optional[str] = None
    min_count: Optional[int] = None
    place: Optional[str] = None
    all_versions: bool = False
    limit: int = 10

    def __post_init__(self) -> None:
        if self.kind is not None and self.kind not in KINDS:
            raise ValueError(f"kind must be one of {', '.join(KINDS)}, not {self.kind!r}")
        if self.min_count is not None and self.kind is None:
            self.kind = "killed"
        from indexing.documents import utc_iso

        for name in ("since", "until"):
            value = getattr(self, name)
            if value:
                utc_iso(value)  # ValueError naming the value
        from indexing.query import parse

        parse(self.text)  # QueryError (a ValueError) quoting a query that cannot select anything


@dataclass
class Hit:
    """A bulletin version found by a search."""

    version_id: str
    bulletin_id: str
    version: int
    url: str
    title: Optional[str]
    source: str
    lang: Optional[str]
    date: Optional[str]
    score: float
    snippet: str
    snippet_field: str  # "text", "title" or "translation"
    latest: bool = True
    figures: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class FigureHit:
    """A casualty figure found by a search, with its bulletin."""

    figure_id: str
    version_id: str
    url: str
    title: Optional[str]
    source: str
    lang: Optional[str]
    date: Optional[str]
    kind: str
    count: int
    count_max: Optional[int]
    qualifier: str
    place: Optional[str]
    governorate: Optional[str]
    lat: Optional[float]
    lon: Optional[float]
    superseded: bool
    score: float
    snippet: str
    scope: str = "event"  # "cumulative": a running or period total, not one incident's toll

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class DocumentFailure:
    version_id: str
    url: str
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class IndexResult:
    """What one ``Backend.index`` call did: the version ids indexed, and the failures by document."""

    indexed: list[str] = field(default_factory=list)
    failures: list[DocumentFailure] = field(default_factory=list)


@dataclass
class IndexReport:
    """What ``index_pending`` did (``to_dict()`` for JSON and the DAG's XCom)."""

    backend: str
    target: str
    indexed: int = 0
    failed: int = 0
    remaining: int = 0  # not sent because the backend became unreachable
    failures: list[DocumentFailure] = field(default_factory=list)
    error: Optional[str] = None

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["failures"] = [f.to_dict() for f in self.failures]
        return d


class Backend:
    """The interface both backends implement."""

    name: str = ""
    target: str = ""  # where it is: the cluster URL or the database path

    def setup(self) -> dict[str, Any]:
        """Create or upgrade the indices (idempotent); returns what was done."""
        raise NotImplementedError

    def index(self, bulletins: Iterable[Bulletin]) -> IndexResult:
        raise NotImplementedError

    def search(self, query: SearchQuery) -> list[Hit]:
        raise NotImplementedError

    def search_figures(self, query: SearchQuery) -> list[FigureHit]:
        raise NotImplementedError

    def reindex(self) -> dict[str, Any]:
        """Copy everything into fresh indices built from the current mappings, then switch to them."""
        raise NotImplementedError

    def replace_incidents(self, incidents: list[Any]) -> Any:
        """Make the indexed incidents exactly ``incidents`` (``indexing.incidents``): write each
        under its id, remove the others; returns an ``IncidentIndexReport``."""
        raise NotImplementedError

    def search_incidents(self, query: SearchQuery) -> list[Any]:
        """Ranked ``indexing.incidents.IncidentHit``s."""
        raise NotImplementedError

    def count_incidents(self) -> int:
        raise NotImplementedError

    def count(self) -> dict[str, int]:
        raise NotImplementedError

    def untranslated(self, lang: Optional[str] = None) -> dict[str, int]:
        """How many latest bulletin versions not in English have no English translation, by
        language (of ``lang`` only, if given): English queries find those only by their original words."""
        raise NotImplementedError

    def status(self) -> dict[str, Any]:
        """What ``tollwatch index status`` shows: the backend, where it is, documents per index."""
        return {"backend": self.name, "target": self.target, **self.count()}

    def refresh(self) -> None:
        """Make everything indexed so far searchable (a no-op where it always is)."""

    def close(self) -> None:
        pass

    def __enter__(self) -> "Backend":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


def open_backend(data_dir: str | Path | None = None, es_url: Optional[str] = None, **kwargs: Any) -> Backend:
    """The configured backend: Elasticsearch if ``es_url`` is given or configured
    (``TOLLWATCH_ES_URL``), else the embedded store under the data directory."""
    url = es_url or config.get("es_url")
    if url:
        from indexing.elastic import ElasticsearchBackend

        return ElasticsearchBackend(str(url), **kwargs)
    from indexing.embedded import EmbeddedBackend

    return EmbeddedBackend(config.data_dir(str(data_dir) if data_dir else None), **kwargs)


def index_pending(store: Any, backend: Backend, *, after: Optional[str] = "nlp", batch_size: int = 500) -> IndexReport:
    """Index the store's versions not yet marked ``index:<backend.name>`` (and, with ``after``,
    already through that stage), in batches; marks each batch's successes done as soon as the
    backend has them. If the backend becomes unreachable, what is left stays unmarked (sent on
    the next run) and ``report.error`` says why."""
    stage = STAGE_PREFIX + backend.name
    report = IndexReport(backend=backend.name, target=backend.target)
    pending = list(store.pending(stage, after=after))
    for i in range(0, len(pending), batch_size):
        batch = pending[i : i + batch_size]
        try:
            result = backend.index(batch)
        except IndexingError as exc:
            report.error = str(exc)
            report.remaining = len(pending) - i
            log.error("indexing stopped: %s; %d versions left for the next run", exc, report.remaining)
            break
        done = set(result.indexed)
        store.mark_done(stage, [b for b in batch if b.version_id in done])
        report.indexed += len(done)
        report.failed += len(result.failures)
        report.failures += result.failures
        for f in result.failures:
            log.warning("not indexed: %s (%s): %s", f.version_id, f.url, f.reason)
    if report.indexed and report.error is None:
        try:
            backend.refresh()
        except IndexingError as exc:  # indexed all the same; searchable within a second
            log.warning("%s", exc)
    return report
