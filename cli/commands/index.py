"""``tollwatch index``: put what is stored into the search backend.

* ``tollwatch index --data DIR``: index the stored versions (processed by nlp) not yet indexed
  in the configured backend, then the stored incidents (replacing the indexed set); prints counts,
  every failed document with its reason, and how many stored versions still wait for
  ``tollwatch process``. Exit
  status 1 if a document failed, 2 if the backend could not be reached (what was not sent stays
  pending and is sent by the next run). ``--all`` indexes everything again (same ids: no duplicates).
* ``tollwatch index setup``: install or upgrade the index templates and aliases (Elasticsearch),
  or create the embedded store.
* ``tollwatch index reindex [--delete-old]``: copy into new indices built from the current
  mappings (scroll and bulk) and swap the aliases; the embedded store rebuilds its full-text tables.
* ``tollwatch index status``: the backend, where it is, how many documents it holds, the index
  each alias points to (Elasticsearch), and how many stored versions wait for ``process`` and
  for ``index``.

The backend is Elasticsearch when ``--es-url``/``TOLLWATCH_ES_URL``/``es_url`` is set, else the
embedded SQLite store ``<data>/search.db``. See docs/indexing.md for every setting.
"""

from __future__ import annotations

import argparse
import json
import sys

from cli.main import UserError, open_store


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("index", help="index stored bulletins in Elasticsearch or the embedded store",
                       description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("action", nargs="?", default="run", choices=["run", "setup", "reindex", "status"],
                   help="run (default): index what is pending; setup; reindex; status")
    p.add_argument("--data", help="data directory (default: TOLLWATCH_DATA or ./tollwatch-data)")
    p.add_argument("--es-url", help="Elasticsearch URL (default: TOLLWATCH_ES_URL; none: the embedded store)")
    p.add_argument("--all", action="store_true", help="index every stored version again")
    p.add_argument("--delete-old", action="store_true", help="reindex: delete the old indices after the swap")
    p.add_argument("--batch-size", type=int, default=500, help="versions per bulk request batch (default 500)")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(func=run)


def _open(args: argparse.Namespace):
    from indexing import IndexingError, open_backend
    from tollwatch.config import ConfigError

    try:
        return open_backend(data_dir=args.data, es_url=args.es_url)
    except (IndexingError, ConfigError, ValueError) as exc:
        raise UserError(str(exc)) from exc


def _embedded_store(args: argparse.Namespace):
    """The embedded search store's path when the backend is the embedded one (no Elasticsearch
    URL given or configured), else ``None``."""
    from indexing.embedded import DB_NAME
    from tollwatch import config

    try:
        if args.es_url or config.get("es_url"):
            return None
    except config.ConfigError as exc:
        raise UserError(str(exc)) from exc
    return config.data_dir(args.data) / DB_NAME


def _status_without_search_store(args: argparse.Namespace, path) -> dict:
    """``index status`` of a data directory with a store but nothing indexed yet (after ``crawl``):
    the counts and what waits, without creating the search store by looking."""
    from indexing import STAGE_PREFIX
    from pipeline.stages import NLP_STAGE

    with open_store(args.data, first="crawl") as store:  # no store either: a wrong --data, said in one line
        return {"backend": "embedded", "target": str(path), "bulletins": 0, "figures": 0, "incidents": 0,
                "waiting_for_process": store.count_pending(NLP_STAGE),
                "waiting_for_index": store.count_pending(STAGE_PREFIX + "embedded", after=NLP_STAGE),
                "note": "nothing indexed yet (no search store)"}


def _print(obj: dict, as_json: bool) -> None:
    if as_json:
        print(json.dumps(obj, ensure_ascii=False, indent=2))
    else:
        for key, value in obj.items():
            print(f"{key}: {json.dumps(value, ensure_ascii=False) if isinstance(value, (dict, list)) else value}")


def run(args: argparse.Namespace) -> int:
    from indexing import STAGE_PREFIX, IndexingError, index_pending
    from indexing.incidents import index_incidents
    from pipeline.stages import NLP_STAGE
    from tollwatch.config import data_dir, redact_url

    embedded = _embedded_store(args)
    if embedded is not None and not embedded.exists():
        # looking must not create a search store (a mistyped --data left an empty search.db behind,
        # which `search` then took for data): only `index setup` creates it, or indexing something
        if args.action == "status":
            _print(_status_without_search_store(args, embedded), args.json)
            return 0
        if args.action == "reindex":
            raise UserError(f"nothing to re-index in {embedded.parent}: there is no search store ({embedded.name});"
                            f" `tollwatch index --data {embedded.parent}` indexes what is stored")
        if args.action == "run":
            open_store(args.data, first="crawl").close()  # no store: one line, and nothing created
    backend = _open(args)
    try:
        if args.action == "setup":
            _print(backend.setup(), args.json)
            return 0
        if args.action == "reindex":
            result = backend.reindex(delete_old=args.delete_old) if backend.name == "elasticsearch" else backend.reindex()
            _print(result, args.json)
            return 0
        if args.action == "status":
            status = backend.status()
            status["incidents"] = backend.count_incidents()
            try:
                store = open_store(args.data)
            except UserError as exc:  # no store yet, or the server store cannot be reached
                status["store"] = str(exc)
            else:
                with store:
                    status["waiting_for_process"] = store.count_pending(NLP_STAGE)
                    status["waiting_for_index"] = store.count_pending(STAGE_PREFIX + backend.name, after=NLP_STAGE)
            _print(status, args.json)
            return 0
        with open_store(args.data, first="crawl") as store:
            if args.all:
                store.reset_stage(STAGE_PREFIX + backend.name)
            report = index_pending(store, backend, batch_size=args.batch_size)
            incidents = index_incidents(store, backend) if report.error is None else None
            unprocessed = store.count_pending(NLP_STAGE)
        if args.json:
            out = {**report.to_dict(), "waiting_for_process": unprocessed}
            if incidents is not None:
                out["incidents"] = incidents.to_dict()
            print(json.dumps(out, ensure_ascii=False, indent=2))
        else:
            if not report.error or report.indexed or report.failed:  # a backend that fails says so below, once
                print(f"{report.backend} ({report.target}): {report.indexed} indexed, {report.failed} failed")
            for f in report.failures:
                print(f"  failed {f.version_id} {f.url}: {f.reason}")
            if incidents is not None and incidents.error is None:
                print(f"incidents: {incidents.indexed} indexed, {incidents.removed} removed, {incidents.failed} failed")
                for f in incidents.failures:
                    print(f"  failed incident {f['incident_id']}: {f['reason']}")
            if unprocessed:
                print(f"{unprocessed} stored version(s) wait for the understanding stage and are not indexed yet:"
                      f" run `tollwatch process --data {data_dir(args.data)}` first")
            elif report.indexed and not report.error:  # the stages one by one: docs/operations.md
                target = f"--data {data_dir(args.data)}" + (f" --es-url {redact_url(str(report.target))}"
                                                            if backend.name == "elasticsearch" else "")
                print(f"next: tollwatch search {target} QUERY\n"
                      f"      tollwatch alerts send --data {data_dir(args.data)} --rules FILE   (what is new, to the rules' channels)",
                      file=sys.stderr)
        if incidents is not None and incidents.error:
            print(f"tollwatch index: incidents: {incidents.error}", file=sys.stderr)
            return 2
        if report.error:
            print(f"tollwatch index: {report.error}; {report.remaining} versions left for the next run",
                  file=sys.stderr)
            return 2
        return 1 if report.failed or (incidents is not None and incidents.failed) else 0
    except IndexingError as exc:
        raise UserError(str(exc)) from exc
    finally:
        backend.close()
