"""The house, drawn from its own imports: ``tollwatch/`` is the ground (schema, configuration, what
counts as a toll) and imports no stage; no stage imports the command line (``cli/``), which sits
on top with ``kibana/``; ``nlp/`` (pure functions) imports no other stage."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
STAGES = ("crawlers", "store", "nlp", "indexing", "alerts", "pipeline", "incidents", "dags")
TOP = {"cli", "kibana"}
PACKAGES = set(STAGES) | TOP | {"tollwatch"}


def imports(folder: str) -> dict[str, set[str]]:
    """``{module file: top-level tollwatch packages it imports}``, imports inside functions included."""
    out: dict[str, set[str]] = {}
    for path in sorted((ROOT / folder).rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found: set[str] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                found |= {a.name.split(".")[0] for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.add(node.module.split(".")[0])
        out[str(path.relative_to(ROOT))] = found & PACKAGES
    return out


def test_the_ground_imports_no_stage():
    upward = {f: sorted(i - {"tollwatch"}) for f, i in imports("tollwatch").items() if i - {"tollwatch"}}
    assert upward == {}


@pytest.mark.parametrize("stage", [s for s in STAGES if (ROOT / s).is_dir()])
def test_no_stage_imports_the_command_line(stage):
    bad = {f: sorted(i & TOP) for f, i in imports(stage).items() if i & TOP}
    assert bad == {}


def test_nlp_imports_no_other_stage():
    bad = {f: sorted(i - {"nlp", "tollwatch"}) for f, i in imports("nlp").items() if i - {"nlp", "tollwatch"}}
    assert bad == {}


MACHINE_ROOTS = ["/" + "work/", "/" + "home/"]  # spelled apart so this file does not match itself


def test_no_committed_file_points_into_a_developers_machine():
    import subprocess

    files = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    bad = []
    for name in files:
        plain = "." not in Path(name).name  # scripts/setup, scripts/demo, Dockerfile
        if not (plain or name.endswith((".py", ".md", ".yaml", ".yml", ".toml", ".cfg", ".sh", ".example", ".ndjson"))):
            continue
        text = (ROOT / name).read_text(encoding="utf-8", errors="replace")
        if any(root in text for root in MACHINE_ROOTS):
            bad.append(name)
    assert bad == []


def test_entities_models_and_translation_do_not_import_each_other():
    """Issue 14: nlp/entities.py, nlp/models.py and nlp/translation.py imported each other (imports
    inside functions, a private _model_limit). Model folders are opened in nlp/model_dirs.py and
    sentences split in nlp/sentences.py; only nlp/models.py (which assembles the components) may
    import the other two."""
    def nlp_imports(name: str) -> set[str]:
        tree = ast.parse((ROOT / "nlp" / f"{name}.py").read_text(encoding="utf-8"))
        found = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("nlp."):
                found.add(node.module.split(".")[1])
            elif isinstance(node, ast.Import):
                found |= {a.name.split(".")[1] for a in node.names if a.name.startswith("nlp.")}
        return found

    assert not nlp_imports("entities") & {"models", "translation"}
    assert not nlp_imports("translation") & {"models", "entities"}
    assert {"model_dirs", "sentences"} <= nlp_imports("entities") & nlp_imports("translation")
    assert "_model_limit" not in (ROOT / "nlp" / "models.py").read_text(encoding="utf-8")


def test_the_dead_code_issue_14_listed_stays_removed():
    """Issue 14, the house: code nothing used (found by grepping the repository, tests and DAGs)."""
    import importlib

    gone = {
        "nlp.entities": ["_ar_norm_token", "_SETTLEMENT_WORDS"],
        "nlp.normalize": ["deobfuscate"],
        "nlp.casualties.common": ["shifted"],
        "tollwatch.records": ["DATE_PRECISIONS"],
        "indexing.incidents": ["KIND"],
        "nlp.dates": ["_AR_DIGITS"],
    }
    left = {m: [n for n in names if hasattr(importlib.import_module(m), n)] for m, names in gone.items()}
    assert {m: n for m, n in left.items() if n} == {}
    from store import Store

    assert not hasattr(Store, "is_done")


def test_every_constant_of_the_record_schema_is_used():
    """The ground holds only what the stages use: each public module-level constant of
    tollwatch/records.py (``KINDS``, ``SCOPES``...) is named in another module or test."""
    import re
    import subprocess

    tree = ast.parse((ROOT / "tollwatch" / "records.py").read_text(encoding="utf-8"))
    constants = [t.id for node in tree.body if isinstance(node, ast.Assign) for t in node.targets
                 if isinstance(t, ast.Name) and t.id.isupper() and not t.id.startswith("_") and len(t.id) > 1]
    files = subprocess.run(["git", "ls-files", "*.py"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    others = "\n".join((ROOT / f).read_text(encoding="utf-8") for f in files if f != "tollwatch/records.py")
    assert constants and [c for c in constants if not re.search(rf"\b{c}\b", others)] == []


def _readme_dependencies() -> dict[str, set[str]]:
    """``{"": core packages, extra: its packages}`` from the README's table "Dependencies, and why
    each is there" (a row names its packages in backticks; ``extra `x`:`` rows name an extra first)."""
    import re

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index("## Dependencies, and why each is there"):]
    section = section[:section.index("\n## ", 5)]
    out: dict[str, set[str]] = {}
    for line in section.splitlines():
        if not line.startswith("| `") and not line.startswith("| extra") or "(not a dependency)" in line:
            continue
        cell = line.split("|")[1]
        extra = re.match(r"\s*extra `([^`]+)`:", cell)
        names = re.findall(r"`([^`]+)`", cell[extra.end():] if extra else cell)
        out.setdefault(extra.group(1) if extra else "", set()).update(re.split(r"[\[ ]", n)[0].lower() for n in names)
    return out


def _pyproject_dependencies() -> dict[str, set[str]]:
    import re
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    name = lambda req: re.split(r"[\[<>=!~; ]", req)[0].lower()  # noqa: E731
    out = {"": {name(r) for r in project["dependencies"]}}
    out.update({extra: {name(r) for r in reqs} for extra, reqs in project["optional-dependencies"].items()})
    return out


def test_the_readme_says_why_for_exactly_the_declared_dependencies():
    """Issue 14: the README's dependency table (why each is there) matches pyproject.toml, core and
    extras alike, and says why pyarabic is not one."""
    assert _readme_dependencies() == _pyproject_dependencies()
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    table = text[text.index("## Dependencies, and why each is there"):].split("\n## ")[0]
    assert "| `pyarabic` (not a dependency) |" in table


@pytest.mark.parametrize("doc,lang", [("extraction.md", "en"), ("extraction-arabic.md", "ar")])
def test_the_extraction_docs_keep_the_design_and_leave_the_history_to_git(doc, lang):
    """Issue 14, §5: docs/extraction*.md were mostly a development diary. They keep what a user or
    a newcomer needs (how the engine reads, the rules, the conventions, the known limits, how to
    add a phrasing) and point to the git log for how each batch was found and fixed."""
    text = (ROOT / "docs" / doc).read_text(encoding="utf-8")
    for needed in ("A new phrasing", "Known weaknesses", "onventions", "Measured", "git log -- nlp/casualties"):
        assert needed in text, f"docs/{doc} lacks {needed!r}"
    # no table of batches scored one by one (first run → today): that is the git log's
    batch_rows = [line for line in text.splitlines() if line.startswith(("| batch ", "| own ar", "| the annotator's bl-"))]
    assert batch_rows == []


def test_no_module_level_name_of_nlp_is_bound_twice():
    """A rule module's patterns are module-level names; binding one twice silently replaces the first
    for every rule that reads it (a second ``LIST_GAP`` once turned a family's kin into a part of
    another group). A name may be re-bound only by wrapping its own value (``LEFT = Gated(LEFT, …)``)."""
    twice = []
    for path in sorted((ROOT / "nlp").rglob("*.py")):
        bound: set[str] = set()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
            for target in targets:
                if not isinstance(target, ast.Name):
                    continue
                reads_itself = any(isinstance(n, ast.Name) and n.id == target.id for n in ast.walk(node.value)) \
                    if node.value is not None else False
                if target.id in bound and not reads_itself:
                    twice.append(f"{path.relative_to(ROOT)}: {target.id} (line {node.lineno})")
                bound.add(target.id)
    assert not twice, twice
