"""``tollwatch models``: the configured models and whether each loads, with the reason if not.

Each configured model is loaded for real, offline (nothing is downloaded): a model
that is listed as loaded here is one the nightly run will use. The exit status is 1
if a configured model fails to load, 0 otherwise (a model that is simply not
configured is not an error: the run goes on without it). Settings: see
``docs/models.md`` (``TOLLWATCH_TRANSLATION_MODEL``, ``TOLLWATCH_NER_MODEL``,
``TOLLWATCH_SPACY_MODEL``, ``TOLLWATCH_GAZETTEER_COUNTRIES``...).
"""

from __future__ import annotations

import argparse
import json
import sys


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("models", help="list the configured models and whether each loads",
                       description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from nlp.models import describe_models
    from tollwatch.config import ConfigError
    from cli.main import UserError

    try:
        statuses = describe_models()
    except ConfigError as exc:
        raise UserError(str(exc)) from exc
    if args.json:
        json.dump([asdict(s) for s in statuses], sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        width = max(len(s.component) for s in statuses)
        for s in statuses:
            mark = "ok  " if s.loaded else ("FAIL" if s.value is not None and s.detail.startswith("cannot load") else "--  ")
            if s.setting == "packaged":
                where = " [packaged]"
            else:
                where = f" [{s.setting}={s.value}]" if s.value is not None else f" [{s.setting} not set]"
            print(f"{mark} {s.component:<{width}}  {s.detail}{where}")
    failed = [s for s in statuses if not s.loaded and s.detail.startswith("cannot load")]
    return 1 if failed else 0
