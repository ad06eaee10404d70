"""The bundled offline demo: ``tollwatch run`` with no arguments.

Starts the demo site (``crawlers.demo_site``) on 127.0.0.1, writes its source
registry to a temporary file, and runs the nightly job into the data directory
(``TOLLWATCH_DATA`` or ``./tollwatch-data``) on the configured backend (embedded
unless ``es_url`` is set), with the demo alert rules (``alerts/demo.yaml``: every
alert printed on standard output). The site listens on a fixed port when it is
free (``demo_port``, default 8737) so the demo's URLs stay the same from run to
run; the store also recognises the same text under another URL as unchanged.
"""

from __future__ import annotations

import contextlib
import sys
import tempfile
from pathlib import Path
from typing import Any, Iterator, Optional

from tollwatch import config

DEMO_RULES = Path(__file__).resolve().parent.parent / "alerts" / "demo.yaml"
DEFAULT_PORT = 8737


@contextlib.contextmanager
def demo_registry(port: Optional[int] = None, quiet: bool = False) -> Iterator[Path]:
    """Serve the demo site and yield the path of a source registry that points at it."""
    from crawlers.demo_site import serve_demo_site, write_demo_registry

    port = config.get_int("demo_port", DEFAULT_PORT) if port is None else port
    try:
        cm = serve_demo_site(host="127.0.0.1", port=port)
        site = cm.__enter__()
    except OSError:  # the port is taken: any free port
        cm = serve_demo_site(host="127.0.0.1", port=0)
        site = cm.__enter__()
    if not quiet:
        print(f"[demo] the demo site is at {site.base_url} (pages in the style of SOHR, SNHR and a news outlet)",
              file=sys.stderr)
    try:
        with tempfile.TemporaryDirectory(prefix="tollwatch-demo-") as tmp:
            yield Path(write_demo_registry(site.base_url, Path(tmp) / "sources.yaml"))
    finally:
        cm.__exit__(None, None, None)


def run_demo(data_dir: Optional[str | Path] = None, rules: Any = None, **kwargs: Any):
    """Run the nightly job against the bundled demo site; returns the ``RunReport``."""
    from pipeline.nightly import check_since, run_nightly

    check_since(kwargs.get("since"))  # a bad date is refused before the demo site starts
    with demo_registry(quiet=kwargs.get("quiet", False)) as sources:
        return run_nightly(sources, data_dir, rules=rules or DEMO_RULES, **kwargs)
