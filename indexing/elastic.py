"""The Elasticsearch backend: two indices behind aliases, built from ``index_mappings/``.

* ``<prefix>bulletins``: one document per bulletin version; ``<prefix>figures``: one document per
  casualty figure (``indexing.documents``); ``<prefix>incidents``: one document per incident
  (``indexing.incidents``), the set replaced by each run. Both names are aliases of concrete indices
  ``<prefix><kind>-m<mapping_version>-<timestamp>`` created from the index templates, so a mapping
  change is a new index, a client-side scroll-and-bulk copy and an atomic alias swap
  (``reindex``), never a broken index. The node's own ``_reindex`` is not used: nodes without the
  reindex module (the test distribution) lack it.
* The analysis profile (``es_profile``): ``production`` (arabic/english analyzers), ``portable``
  (standard analyzer; Arabic folded by ``nlp.normalize``), or ``auto`` (the default): production
  if the node has the ``arabic`` analyzer.
* A cluster: ``es_url`` may list several nodes, comma-separated
  (``http://es1:9200,http://es2:9200``); the client spreads requests over them and retries a
  request on another node when one goes away. ``es_replicas`` (default 0) and ``es_shards``
  (default 1) size the indices; ``index setup`` applies a changed replica count to the live
  indices in place (shards need a new index: ``index reindex``).
* ``latest`` is kept true on the newest indexed version of each bulletin (and its figures) only,
  with partial-document updates, so Kibana can count each toll once (no painless needed).

Failures: an unreachable cluster, or one going down in the middle of a bulk, raises
``IndexingError`` naming the cluster and the cause (nothing is marked indexed, so it is sent
again next time); documents the cluster rejects are returned by document in ``IndexResult``.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from datetime import datetime, timezone
from typing import Any, Iterable, Iterator, Optional

from indexing import (
    Backend, DocumentFailure, FigureHit, Hit, IndexingError, IndexResult, SearchQuery,
)
from indexing import templates
from indexing.documents import bulletin_document, day_bounds, figure_documents
from indexing.results import bulletin_hit, figure_hit
from indexing.query import parse, to_es
from indexing.text import HL_POST, HL_PRE, tokens
from tollwatch import config
from tollwatch.records import Bulletin

log = logging.getLogger(__name__)

BULLETIN_FIELDS = ["search.title_*^2", "search.text_*", "search.translation_en"]
FIGURE_FIELDS = ["search.sentence_*", "search.translation_en"]
CHUNK = 1000


def hosts(url: str) -> list[str]:
    """The node URLs of ``es_url``: one URL, or several separated by commas."""
    return [u.strip() for u in str(url).split(",") if u.strip()]


def redact(url: str) -> str:
    """The URL (or comma-separated URLs) without credentials, for messages (``tollwatch.config.redact_url``)."""
    if "," in url:
        return ",".join(config.redact_url(u) for u in hosts(url))
    return config.redact_url(url)


def _cause(exc: BaseException) -> str:
    from elasticsearch import ApiError
    from elastic_transport import ConnectionError as TransportConnectionError, ConnectionTimeout

    if isinstance(exc, ConnectionTimeout):
        return f"timed out ({exc.message if hasattr(exc, 'message') else exc})"
    if isinstance(exc, TransportConnectionError):
        inner = exc.errors[0] if getattr(exc, "errors", None) else exc
        return f"unreachable ({getattr(inner, 'message', inner)})"
    if isinstance(exc, ApiError):
        info = exc.info if isinstance(exc.info, dict) else {}
        err = info.get("error") if isinstance(info.get("error"), dict) else {}
        reason = err.get("reason") or exc.message
        cause, innermost = err.get("caused_by"), None
        for _ in range(10):  # the innermost cause says what is wrong
            if not isinstance(cause, dict):
                break
            innermost = cause.get("reason") or innermost
            cause = cause.get("caused_by")
        if innermost is None:  # some errors carry their detail only in root_cause
            roots = [r.get("reason") for r in err.get("root_cause") or [] if isinstance(r, dict)]
            innermost = next((r for r in roots if r and r != reason), None)
        if innermost and innermost != reason:
            reason = f"{reason} ({innermost})"
        return f"HTTP {exc.status_code} {err.get('type', '')}: {reason}".replace("  ", " ")
    return f"{type(exc).__name__}: {exc}"


def _item_reason(item: dict[str, Any]) -> str:
    err = item.get("error")
    if isinstance(err, dict):
        reason = f"{err.get('type')}: {err.get('reason')}"
        cause = err.get("caused_by")
        if isinstance(cause, dict) and cause.get("reason"):
            reason += f" ({cause.get('reason')})"
        return reason
    return str(err or f"status {item.get('status')}")


class ElasticsearchBackend(Backend):
    name = "elasticsearch"

    def __init__(self, url: str, prefix: Optional[str] = None, profile: Optional[str] = None,
                 timeout: Optional[float] = None, client: Any = None):
        from elasticsearch import Elasticsearch

        transport_log = logging.getLogger("elastic_transport")
        if transport_log.level == logging.NOTSET and not log.isEnabledFor(logging.DEBUG):
            # its retry warnings carry tracebacks; our errors say the same in one line (-vv shows them)
            transport_log.setLevel(logging.ERROR)
        self.url = url
        self.target = redact(url)
        self.prefix = prefix if prefix is not None else str(config.get("es_prefix", templates.DEFAULT_PREFIX))
        self._profile = profile or str(config.get("es_profile", "auto"))
        if self._profile not in ("auto", *templates.PROFILES):
            templates.analysis(self._profile)  # ValueError naming the setting
        self.aliases = {kind: f"{self.prefix}{kind}" for kind in templates.KINDS}
        self.replicas = config.get_int("es_replicas", 0)
        self.shards = config.get_int("es_shards", 1)
        if self.replicas < 0 or self.shards < 1:
            raise config.ConfigError(
                f"es_replicas must be 0 or more and es_shards 1 or more, not {self.replicas} and {self.shards}"
            )
        if client is None:
            nodes = hosts(url)
            kwargs: dict[str, Any] = {
                "request_timeout": float(timeout or config.get("es_timeout", 30)),
                # with several nodes, a request that finds its node gone is sent to the next one
                "max_retries": max(1, len(nodes)), "retry_on_timeout": False,
            }
            api_key = config.secret("es_api_key")
            user, password = config.secret("es_username"), config.secret("es_password")
            if api_key:
                kwargs["api_key"] = api_key
            elif user and password:
                kwargs["basic_auth"] = (user, password)
            ca = config.get("es_ca_certs")
            if ca:
                kwargs["ca_certs"] = str(ca)
            try:
                client = Elasticsearch(nodes if len(nodes) > 1 else url, **kwargs)
            except ValueError as exc:
                raise IndexingError(f"Elasticsearch URL {self.target!r} is not usable: {exc}") from exc
        self.es = client
        self._ready = False

    # -- plumbing ---------------------------------------------------------------
    def _fail(self, what: str, exc: BaseException) -> IndexingError:
        return IndexingError(f"Elasticsearch at {self.target}: {what} failed: {_cause(exc)}")

    def _call(self, what: str, fn: Any, *args: Any, **kwargs: Any) -> Any:
        from elasticsearch import ApiError
        from elastic_transport import TransportError

        try:
            return fn(*args, **kwargs)
        except (ApiError, TransportError) as exc:
            raise self._fail(what, exc) from exc

    def close(self) -> None:
        try:
            self.es.close()
        except Exception:  # noqa: BLE001 - closing must not fail
            pass

    @property
    def profile(self) -> str:
        """The analysis profile in use (``auto`` resolved by asking the node for the arabic analyzer)."""
        if self._profile == "auto":
            from elasticsearch import BadRequestError

            try:
                self._call("checking the analyzers", self.es.indices.analyze, analyzer="arabic", text="x")
                self._profile = "production"
            except IndexingError as exc:
                if not isinstance(exc.__cause__, BadRequestError):
                    raise
                self._profile = "portable"
        return self._profile

    # -- set-up and re-indexing -------------------------------------------------
    def _new_index_name(self, kind: str) -> str:
        stamp = datetime.now(timezone.utc).strftime("%Y%m%d%H%M%S%f")
        return f"{self.prefix}{kind}-m{templates.mapping_version(kind)}-{stamp}"

    def _alias_target(self, kind: str) -> Optional[str]:
        alias = self.aliases[kind]
        res = self._call(f"reading alias {alias}", self.es.options(ignore_status=404).indices.get_alias, name=alias)
        indices = [name for name in (res.body if hasattr(res, "body") else res) if name != "error" and name != "status"]
        if not indices:
            # a concrete index of that name (not an alias created meanwhile by a racing setup:
            # ``exists`` answers yes for an alias too, so ask for the index under its own name)
            found = self._call(f"checking {alias}", self.es.options(ignore_status=404).indices.get, index=alias)
            body = found.body if hasattr(found, "body") else found
            if alias in body:
                raise IndexingError(
                    f"Elasticsearch at {self.target}: {alias} is an index, not the alias tollwatch writes through;"
                    " rename or delete it"
                )
            return None
        for name in indices:  # the write index, if several
            if res[name]["aliases"][alias].get("is_write_index", len(indices) == 1):
                return name
        return sorted(indices)[-1]

    def _index_meta(self, index: str) -> dict[str, Any]:
        res = self._call(f"reading the mapping of {index}", self.es.indices.get_mapping, index=index)
        return res[index]["mappings"].get("_meta", {})

    def put_templates(self) -> None:
        for kind in templates.KINDS:
            self._call(
                f"installing index template {self.prefix}{kind}", self.es.indices.put_index_template,
                name=f"{self.prefix}{kind}",
                **templates.index_template(kind, self.profile, self.prefix, replicas=self.replicas, shards=self.shards),
            )

    def _apply_replicas(self, index: str) -> Optional[dict[str, int]]:
        """Set ``es_replicas`` on a live index if it differs (a dynamic setting: no new index)."""
        res = self._call(f"reading the settings of {index}", self.es.indices.get_settings, index=index,
                         name="index.number_of_replicas")
        have = int(res[index]["settings"]["index"]["number_of_replicas"])
        if have == self.replicas:
            return None
        self._call(f"setting {self.replicas} replicas on {index}", self.es.indices.put_settings, index=index,
                   settings={"index": {"number_of_replicas": self.replicas}})
        return {"from": have, "to": self.replicas}

    def setup(self) -> dict[str, Any]:
        """Install the templates; create each alias with its first index, or move it to a new
        index when the mapping version or profile of the current one is out of date."""
        self.put_templates()
        done: dict[str, Any] = {"backend": self.name, "cluster": self.target, "profile": self.profile}
        for kind in templates.KINDS:
            current = self._alias_target(kind)
            want = templates.mapping_version(kind)
            if current is None:
                done[kind] = self._create_first_index(kind)
                continue
            meta = self._index_meta(current)
            if int(meta.get("mapping_version", 0)) < want or meta.get("profile") != self.profile:
                done[kind] = self._reindex_kind(kind, current)
            else:
                done[kind] = {"unchanged": current, "alias": self.aliases[kind]}
                replicas = self._apply_replicas(current)
                if replicas:
                    done[kind]["replicas"] = replicas
        self._ready = True
        return done

    def _create_first_index(self, kind: str) -> dict[str, Any]:
        """Create the alias's first index under a fixed name, so that setups racing on a new
        cluster all aim at the same index: one creates it, the others find it (Elasticsearch
        refuses a second index of that name) instead of adding a second write index."""
        from elasticsearch import BadRequestError

        alias = self.aliases[kind]
        name = f"{self.prefix}{kind}-m{templates.mapping_version(kind)}-{'0' * 20}"
        try:
            self._call(f"creating index {name}", self.es.indices.create, index=name,
                       aliases={alias: {"is_write_index": True}})
            return {"created": name, "alias": alias}
        except IndexingError as exc:
            cause = exc.__cause__
            if not (isinstance(cause, BadRequestError) and "resource_already_exists" in str(cause)):
                raise
        current = self._alias_target(kind)
        if current is not None:  # a concurrent setup created it
            return {"unchanged": current, "alias": alias, "created_by": "a concurrent setup"}
        name = self._new_index_name(kind)  # the fixed name is taken by an index the alias left
        self._call(f"creating index {name}", self.es.indices.create, index=name,
                   aliases={alias: {"is_write_index": True}})
        return {"created": name, "alias": alias}

    def _ensure_ready(self) -> None:
        if not self._ready:
            if all(self._alias_target(k) for k in templates.KINDS):
                self._ready = True
            else:
                self.setup()

    def reindex(self, delete_old: bool = False) -> dict[str, Any]:
        """Copy both indices into new ones built from the current templates (scroll and bulk,
        client-side), then swap the aliases atomically. Run it while nothing is indexing."""
        self.put_templates()
        out: dict[str, Any] = {"backend": self.name, "cluster": self.target, "profile": self.profile}
        for kind in templates.KINDS:
            current = self._alias_target(kind)
            if current is None:
                name = self._new_index_name(kind)
                self._call(f"creating index {name}", self.es.indices.create, index=name,
                           aliases={self.aliases[kind]: {"is_write_index": True}})
                out[kind] = {"created": name}
            else:
                out[kind] = self._reindex_kind(kind, current, delete_old=delete_old)
        self._ready = True
        return out

    def _reindex_kind(self, kind: str, old: str, delete_old: bool = False) -> dict[str, Any]:
        from elasticsearch import helpers
        from elasticsearch import ApiError
        from elastic_transport import TransportError

        alias = self.aliases[kind]
        new = self._new_index_name(kind)
        self._call(f"creating index {new}", self.es.indices.create, index=new)

        def actions() -> Iterator[dict[str, Any]]:
            for doc in helpers.scan(self.es, index=old, size=1000, scroll="5m", query={"query": {"match_all": {}}}):
                yield {"_op_type": "index", "_index": new, "_id": doc["_id"], "_source": doc["_source"]}

        copied, errors = 0, []
        try:
            for ok, item in helpers.streaming_bulk(self.es, actions(), chunk_size=CHUNK, raise_on_error=False):
                if ok:
                    copied += 1
                else:
                    errors.append(item)
        except (ApiError, TransportError, helpers.ScanError) as exc:
            self._call(f"dropping half-built index {new}", self.es.options(ignore_status=404).indices.delete, index=new)
            raise IndexingError(
                f"Elasticsearch at {self.target}: copying {old} into {new} failed: {_cause(exc)}; {alias} still points to {old}"
            ) from exc
        if errors:
            self._call(f"dropping half-built index {new}", self.es.options(ignore_status=404).indices.delete, index=new)
            first = next(iter(errors[0].values()))
            raise IndexingError(
                f"Elasticsearch at {self.target}: {len(errors)} documents could not be copied from {old} into {new}"
                f" (first: {first.get('_id')}: {_item_reason(first)}); {alias} still points to {old}"
            )
        self._call(f"refreshing {new}", self.es.indices.refresh, index=new)
        self._call(
            f"moving alias {alias} to {new}", self.es.indices.update_aliases,
            actions=[
                {"remove": {"index": old, "alias": alias}},
                {"add": {"index": new, "alias": alias, "is_write_index": True}},
            ],
        )
        if delete_old:
            self._call(f"deleting {old}", self.es.indices.delete, index=old)
        return {"from": old, "to": new, "copied": copied, "alias": alias, "old_deleted": delete_old}

    def count(self) -> dict[str, int]:
        self._ensure_ready()
        return {k: self._call(f"counting {a}", self.es.count, index=a)["count"] for k, a in self.aliases.items()
                if k in ("bulletins", "figures")}  # incidents: count_incidents()

    def untranslated(self, lang: Optional[str] = None) -> dict[str, int]:
        self._ensure_ready()
        filters: list[dict[str, Any]] = [{"term": {"latest": True}}, {"exists": {"field": "lang"}}]
        if lang:
            filters.append({"term": {"lang": lang}})
        query = {"bool": {"filter": filters,
                          "must_not": [{"term": {"lang": "en"}}, {"exists": {"field": "translation.text"}}]}}
        res = self._call("counting untranslated bulletins", self.es.search, index=self.aliases["bulletins"], size=0,
                         query=query, aggs={"langs": {"terms": {"field": "lang", "size": 50}}})
        return {b["key"]: b["doc_count"] for b in res["aggregations"]["langs"]["buckets"]}

    def status(self) -> dict[str, Any]:
        """The backend, the cluster, documents per alias, and the index each alias points to."""
        out = super().status()
        out["aliases"] = {alias: self._alias_target(kind) for kind, alias in self.aliases.items()}
        return out

    def refresh(self) -> None:
        self._call("refreshing", self.es.indices.refresh, index=",".join(self.aliases.values()))

    # -- indexing ---------------------------------------------------------------
    def _existing(self, kind: str, bids: list[str], fields: list[str]) -> list[dict[str, Any]]:
        from elasticsearch import helpers

        found = []
        for i in range(0, len(bids), 1000):
            q = {"query": {"terms": {"bulletin_id": bids[i : i + 1000]}}, "_source": fields}
            res = self._call(f"reading {self.aliases[kind]}", self.es.search, index=self.aliases[kind], size=10000, **q)
            hits = res["hits"]["hits"]
            if res["hits"]["total"]["value"] >= 10000:
                hits = list(helpers.scan(self.es, index=self.aliases[kind], query=q, size=2000))
            found += [dict(h["_source"], _id=h["_id"]) for h in hits]
        return found

    def index(self, bulletins: Iterable[Bulletin]) -> IndexResult:
        from elasticsearch import ApiError, helpers
        from elastic_transport import TransportError

        self._ensure_ready()
        result = IndexResult()
        now = datetime.now(timezone.utc).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")
        docs: dict[str, tuple[Bulletin, dict[str, Any], list[dict[str, Any]]]] = {}
        for b in bulletins:
            try:
                docs[b.version_id] = (b, bulletin_document(b, now), figure_documents(b, now))
            except ValueError as exc:
                result.failures.append(DocumentFailure(b.version_id, b.url, f"published date {exc}"))
        if not docs:
            return result
        actions = self._actions(docs)  # IndexingError if the cluster is unreachable: nothing sent
        failed: dict[str, str] = {}
        try:
            for ok, item in helpers.streaming_bulk(
                self.es, actions, chunk_size=CHUNK, max_chunk_bytes=20 * 1024 * 1024,
                raise_on_error=False, raise_on_exception=True, max_retries=2, initial_backoff=1,
            ):
                if ok:
                    continue
                op, info = next(iter(item.items()))
                vid = info.get("_id", "")
                if op == "delete" and info.get("status") == 404:
                    continue  # a left-over figure already gone
                if op == "update":
                    if info.get("status") == 404:
                        continue  # an older version that was never indexed here
                    log.warning("could not mark %s as superseded: %s", vid, _item_reason(info))
                    continue
                vid = vid.rsplit("-f", 1)[0] if "-f" in vid.rsplit("-v", 1)[-1] else vid
                failed.setdefault(vid, _item_reason(info))
        except (ApiError, TransportError) as exc:
            raise IndexingError(
                f"Elasticsearch at {self.target}: bulk indexing failed: {_cause(exc)}; the batch stays unindexed"
                " and is sent again next run"
            ) from exc
        for vid, (b, _, _) in docs.items():
            if vid in failed:
                result.failures.append(DocumentFailure(vid, b.url, f"rejected by Elasticsearch: {failed[vid]}"))
            else:
                result.indexed.append(vid)
        return result

    def _actions(self, docs: dict[str, tuple[Bulletin, dict[str, Any], list[dict[str, Any]]]]) -> list[dict[str, Any]]:
        """Bulk actions: the versions and their figures, ``latest`` set right, the superseded
        versions' ``latest`` cleared, and figures left over from an earlier run of a version deleted."""
        bids = sorted({b.bulletin_id for b, _, _ in docs.values()})
        # the previous batch may not be searchable yet (refresh interval): make it so, or an
        # older version indexed a moment ago would keep ``latest: true`` beside the new one
        self.refresh()
        newest: dict[str, int] = defaultdict(int)
        existing_b = self._existing("bulletins", bids, ["bulletin_id", "version", "latest"])
        existing_f = self._existing("figures", bids, ["bulletin_id", "version", "version_id", "figure_index", "latest"])
        for d in existing_b:
            newest[d["bulletin_id"]] = max(newest[d["bulletin_id"]], int(d["version"]))
        for b, _, _ in docs.values():
            newest[b.bulletin_id] = max(newest[b.bulletin_id], b.version)
        bi, fi = self.aliases["bulletins"], self.aliases["figures"]
        actions: list[dict[str, Any]] = []
        for vid, (b, doc, figs) in docs.items():
            latest = b.version >= newest[b.bulletin_id]
            doc["latest"] = latest
            actions.append({"_op_type": "index", "_index": bi, "_id": vid, "_source": doc})
            for f in figs:
                f["latest"] = latest
                actions.append({"_op_type": "index", "_index": fi, "_id": f["figure_id"], "_source": f})
        for d in existing_b:
            if d.get("latest") and int(d["version"]) < newest[d["bulletin_id"]] and d["_id"] not in docs:
                actions.append({"_op_type": "update", "_index": bi, "_id": d["_id"], "doc": {"latest": False}})
        for d in existing_f:
            vid = d.get("version_id")
            if vid in docs:
                if int(d.get("figure_index", 0)) >= len(docs[vid][2]):
                    actions.append({"_op_type": "delete", "_index": fi, "_id": d["_id"]})
            elif d.get("latest") and int(d["version"]) < newest[d["bulletin_id"]]:
                actions.append({"_op_type": "update", "_index": fi, "_id": d["_id"], "doc": {"latest": False}})
        return actions

    # -- searching --------------------------------------------------------------
    def _filters(self, q: SearchQuery) -> list[dict[str, Any]]:
        filters: list[dict[str, Any]] = []
        if not q.all_versions:
            filters.append({"term": {"latest": True}})
        if q.lang:
            filters.append({"term": {"lang": q.lang}})
        if q.source:
            filters.append({"term": {"source": q.source}})
        lo, hi = day_bounds(q.since, q.until)
        if lo or hi:
            rng: dict[str, str] = {}
            if lo:
                rng["gte"] = lo
            if hi:
                rng["lt"] = hi
            filters.append({"range": {"published": rng}})
        if q.place and tokens(q.place):
            filters.append({"match_phrase": {"search.places": " ".join(tokens(q.place))}})
        return filters

    @staticmethod
    def _text_clauses(text: str, fields: list[str]) -> list[dict[str, Any]]:
        node = parse(text)
        return [] if node is None else [to_es(node, fields)]

    def _search(self, index: str, must: list[dict[str, Any]], filters: list[dict[str, Any]], hl_fields: list[str],
                sort_id: str, limit: int) -> list[dict[str, Any]]:
        body: dict[str, Any] = {
            "query": {"bool": {"must": must or [{"match_all": {}}], "filter": filters}},
            "sort": ["_score", {"published": {"order": "desc", "missing": "_last"}}, {sort_id: "asc"}],
            "_source": {"excludes": ["search"]},
            "track_scores": True,
        }
        if must:
            body["highlight"] = {
                "fields": {f: {"number_of_fragments": 0} for f in hl_fields},
                "pre_tags": [HL_PRE], "post_tags": [HL_POST], "require_field_match": True,
            }
        self._ensure_ready()
        res = self._call(f"searching {index}", self.es.search, index=index, size=limit, **body)
        return res["hits"]["hits"]

    @staticmethod
    def _marked(highlight: dict[str, list[str]], prefix: str) -> Optional[str]:
        for name, frags in (highlight or {}).items():
            if name.startswith(prefix) and frags:
                return frags[0]
        return None

    def search(self, query: SearchQuery) -> list[Hit]:
        must = self._text_clauses(query.text, BULLETIN_FIELDS)
        filters = self._filters(query)
        if query.kind:
            if query.min_count is not None:
                filters.append({"range": {f"max.{query.kind}": {"gte": query.min_count}}})
            else:
                filters.append({"exists": {"field": f"max.{query.kind}"}})
        hits = self._search(self.aliases["bulletins"], must, filters,
                            ["search.title_*", "search.text_*", "search.translation_en"], "version_id", query.limit)
        out = []
        for h in hits:
            hl = h.get("highlight") or {}
            marked = {
                "title": self._marked(hl, "search.title_"),
                "text": self._marked(hl, "search.text_"),
                "translation": self._marked(hl, "search.translation_en"),
            }
            out.append(bulletin_hit(h["_source"], h.get("_score") or 0.0, marked, query))
        return out

    def search_figures(self, query: SearchQuery) -> list[FigureHit]:
        must = self._text_clauses(query.text, FIGURE_FIELDS)
        filters = self._filters(query)
        if query.kind:
            filters.append({"term": {"kind": query.kind}})
        if query.min_count is not None:
            filters.append({"range": {"count": {"gte": query.min_count}}})
        hits = self._search(self.aliases["figures"], must, filters,
                            ["search.sentence_*", "search.translation_en"], "figure_id", query.limit)
        out = []
        for h in hits:
            hl = h.get("highlight") or {}
            marked = {"sentence": self._marked(hl, "search.sentence_"),
                      "translation": self._marked(hl, "search.translation_en")}
            out.append(figure_hit(h["_source"], h.get("_score") or 0.0, marked, query))
        return out

    # -- incidents (indexing.incidents) -------------------------------------------
    def count_incidents(self) -> int:
        self._ensure_ready()
        alias = self.aliases["incidents"]
        return int(self._call(f"counting {alias}", self.es.count, index=alias)["count"])

    def replace_incidents(self, incidents: list[Any]) -> Any:
        """Index every incident under its id and delete the incidents indexed before that are
        not in ``incidents`` any more (merged, split or overridden by the incidents stage)."""
        from elasticsearch import ApiError, helpers
        from elastic_transport import TransportError

        from indexing.incidents import IncidentIndexReport, incident_document

        self._ensure_ready()
        alias = self.aliases["incidents"]
        now = datetime.now(timezone.utc).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")
        docs = {inc.incident_id: incident_document(inc, now) for inc in incidents}
        try:
            self.es.indices.refresh(index=alias)
            existing = {h["_id"] for h in helpers.scan(self.es, index=alias, size=2000,
                                                       query={"query": {"match_all": {}}, "_source": False})}
        except (ApiError, TransportError, helpers.ScanError) as exc:
            raise IndexingError(f"Elasticsearch at {self.target}: reading {alias} failed: {_cause(exc)}") from exc
        actions = [{"_op_type": "index", "_index": alias, "_id": i, "_source": d} for i, d in docs.items()]
        actions += [{"_op_type": "delete", "_index": alias, "_id": i} for i in sorted(existing - set(docs))]
        report = IncidentIndexReport()
        try:
            for ok, item in helpers.streaming_bulk(self.es, actions, chunk_size=CHUNK, raise_on_error=False,
                                                   raise_on_exception=True, max_retries=2, initial_backoff=1):
                op, info = next(iter(item.items()))
                if ok:
                    report.indexed += op == "index"
                    report.removed += op == "delete"
                elif not (op == "delete" and info.get("status") == 404):
                    report.failed += 1
                    report.failures.append({"incident_id": str(info.get("_id")), "reason": _item_reason(info)})
        except (ApiError, TransportError) as exc:
            raise IndexingError(f"Elasticsearch at {self.target}: indexing incidents failed: {_cause(exc)}") from exc
        self._call(f"refreshing {alias}", self.es.indices.refresh, index=alias)
        return report

    def search_incidents(self, query: SearchQuery) -> list[Any]:
        from indexing.incidents import incident_hit

        must = self._text_clauses(query.text, ["search.title^2", "search.text", "search.places"])
        filters: list[dict[str, Any]] = []
        if query.lang:
            filters.append({"term": {"langs": query.lang}})
        if query.source:
            filters.append({"term": {"sources": query.source}})
        lo, hi = day_bounds(query.since, query.until)
        if lo:
            filters.append({"range": {"date_end": {"gte": lo}}})
        if hi:
            filters.append({"range": {"date": {"lt": hi}}})
        if query.kind:
            if query.min_count is not None:
                filters.append({"range": {f"best.{query.kind}": {"gte": query.min_count}}})
            else:
                filters.append({"exists": {"field": f"best.{query.kind}"}})
        if query.place and tokens(query.place):
            filters.append({"match_phrase": {"search.places": " ".join(tokens(query.place))}})
        body: dict[str, Any] = {
            "query": {"bool": {"must": must or [{"match_all": {}}], "filter": filters}},
            "sort": ["_score", {"date": {"order": "desc", "missing": "_last"}}, {"incident_id": "asc"}],
            "_source": {"excludes": ["search"]}, "track_scores": True,
        }
        if must:
            body["highlight"] = {"fields": {f: {"number_of_fragments": 0} for f in ("search.title", "search.text")},
                                 "pre_tags": [HL_PRE], "post_tags": [HL_POST], "require_field_match": True}
        self._ensure_ready()
        alias = self.aliases["incidents"]
        res = self._call(f"searching {alias}", self.es.search, index=alias, size=query.limit, **body)
        out = []
        for h in res["hits"]["hits"]:
            hl = h.get("highlight") or {}
            marked = {"title": (hl.get("search.title") or [None])[0], "text": (hl.get("search.text") or [None])[0]}
            out.append(incident_hit(h["_source"], h.get("_score") or 0.0, marked, query))
        return out
