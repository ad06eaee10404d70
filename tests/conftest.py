"""Shared test set-up. Fixtures that start real components live in ``tests/fixtures/``:
the Elasticsearch node, the fixture web site, the SMTP server and webhook receiver."""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# Nothing in the tests may reach a model hub or the internet.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("HF_DATASETS_OFFLINE", "1")

pytest_plugins = [
    "tests.fixtures.es_node",
    "tests.fixtures.sites",
    "tests.fixtures.receivers",
]
