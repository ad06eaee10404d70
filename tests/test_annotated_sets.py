"""Every annotated bulletin the project measures against is well-formed: a mistake in a gold entry
(an evidence string that is not in the text, a count typed as a string, a kind misspelled) would
silently move the scores the README reports. Covers the fixtures, the held-out set and every blind
batch, so a new batch is checked the moment it lands."""

import json
from pathlib import Path

import pytest

from tollwatch.records import KINDS

DATA = Path(__file__).parent / "data"
SETS = ("bulletins", "heldout", *sorted(p.name for p in DATA.glob("blind*") if p.is_dir()))  # every blind batch
GOLD_KINDS = set(KINDS) | {"executed", "arrested", "abducted", "kidnapped", "other"}  # as the eval maps them
QUALIFIERS = {None, "exact", "at_least", "more_than", "about", "up_to", "less_than", "at_most", "range"}


def annotated_files() -> list[Path]:
    files = []
    for name in SETS:
        for path in sorted((DATA / name).rglob("*.json")):
            doc = json.loads(path.read_text(encoding="utf-8"))
            if isinstance(doc, dict) and "gold" in doc and "text" in doc:
                files.append(path)
    return files


FILES = annotated_files()


def problems(doc: dict) -> list[str]:
    found = []
    if doc.get("lang") not in ("en", "ar"):
        found.append(f"lang {doc.get('lang')!r}")
    for i, g in enumerate(doc["gold"]):
        where = f"gold[{i}]"
        if g.get("kind") not in GOLD_KINDS:
            found.append(f"{where}: kind {g.get('kind')!r}")
        count, high = g.get("count"), g.get("count_max")
        if not isinstance(count, int) or isinstance(count, bool) or count < 0:
            found.append(f"{where}: count {count!r} is not a whole number")
        if high is not None and (not isinstance(high, int) or high < (count if isinstance(count, int) else 0)):
            found.append(f"{where}: count_max {high!r}")
        if g.get("qualifier") not in QUALIFIERS:
            found.append(f"{where}: qualifier {g.get('qualifier')!r}")
        if g.get("scope") not in (None, "event", "cumulative"):
            found.append(f"{where}: scope {g.get('scope')!r}")
        evidence = g.get("evidence")
        if evidence is not None and evidence not in doc["text"]:
            found.append(f"{where}: evidence not in the text: {evidence[:60]!r}")
    for n in doc.get("not_casualty_numbers") or []:
        if not isinstance(n, (int, float)):
            found.append(f"not_casualty_numbers: {n!r} is not a number")
    return found


def test_the_sets_are_found():
    assert len(FILES) > 200


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.parent.name}/{p.parent.name}/{p.stem}")
def test_annotated_bulletin_is_well_formed(path):
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert problems(doc) == [], path


def test_ids_are_unique_within_a_set():
    for name in SETS:
        ids = [json.loads(p.read_text(encoding="utf-8")).get("id", p.stem) for p in FILES if DATA / name in p.parents]
        assert len(ids) == len(set(ids)), name
