"""The ``tollwatch extract`` and ``tollwatch eval`` commands, run as the real console script
(the JSON-lines contract others measure tollwatch with) and through ``cli.main.main``."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cli.main import main

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "data" / "bulletins" / "en"
TOLLWATCH = shutil.which("tollwatch", path=str(Path(sys.executable).parent)) or "tollwatch"


def run_cli(*args, stdin=""):
    return subprocess.run([TOLLWATCH, *args], input=stdin, capture_output=True, text=True, timeout=120, cwd=ROOT)


def test_jsonl_contract_in_order_with_bad_lines():
    lines = [
        json.dumps({"id": "a", "text": "At least 13 people were killed and 14 others wounded.", "published": "2018-03-26"}),
        "this is not json",
        json.dumps({"id": "c"}),
        json.dumps({"id": "d", "text": "Two women were killed.", "lang": 5}),
        "",
        json.dumps({"id": "e", "text": "قتل ثلاثة مدنيين", "lang": "ar"}),
        json.dumps({"id": "f", "text": "Yesterday a child was killed.", "published": "not a date"}),
        json.dumps({"id": "g", "text": "No casualties were reported."}),
    ]
    proc = run_cli("extract", "--jsonl", stdin="\n".join(lines) + "\n")
    assert proc.returncode == 1
    out = [json.loads(x) for x in proc.stdout.splitlines()]
    assert [o["id"] for o in out] == ["a", None, "c", "d", None, "e", "f", "g"]  # the blank line too
    assert "blank line" in out.pop(4)["error"]
    a = out[0]
    assert a["lang"] == "en"
    assert [(f["kind"], f["count"], f["qualifier"]) for f in a["casualties"]] == [
        ("killed", 13, "at_least"), ("injured", 14, "exact")]
    assert set(out[1]) == {"id", "error"} and "invalid JSON" in out[1]["error"] and "line 2" in out[1]["error"]
    assert "text" in out[2]["error"]
    assert "lang" in out[3]["error"]
    assert out[4]["lang"] == "ar" and "casualties" in out[4]
    assert "ISO date" in out[5]["error"]
    assert out[6] == {"id": "g", "lang": "en", "casualties": []}
    assert "failed" in proc.stderr


def test_jsonl_all_good_exits_zero():
    proc = run_cli("extract", "--jsonl", stdin=json.dumps({"id": 1, "text": "A woman was killed."}) + "\n")
    assert proc.returncode == 0
    (line,) = proc.stdout.splitlines()
    fig = json.loads(line)["casualties"][0]
    assert (fig["kind"], fig["count"], fig["evidence"]) == ("killed", 1, "A woman")


def test_jsonl_refuses_files():
    assert main(["extract", "--jsonl", "x.txt"]) == 2


def test_extract_file_readable_and_json(tmp_path, capsys):
    path = tmp_path / "bulletin.txt"
    path.write_text("SNHR documented the killing of 24 civilians including seven children.", encoding="utf-8")
    assert main(["extract", str(path)]) == 0
    text = capsys.readouterr().out
    assert "killed 24" in text and "killed 7" in text and "\u00ab24 civilians\u00bb" in text
    assert main(["extract", "--json", "--published", "2014-05-03", str(path)]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert [(f["count"], f["part_of"]) for f in doc["casualties"]] == [(24, None), (7, 0)]


def test_extract_json_document_file_uses_its_fields(capsys):
    path = FIXTURES / "en-012-gaza-moh.json"
    assert main(["extract", "--json", str(path)]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["file"] == str(path)
    assert any(f["count"] == 43603 and f["qualifier"] == "at_least" for f in doc["casualties"])


def test_extract_bad_inputs_give_one_line_errors(tmp_path, capsys):
    missing = tmp_path / "nope.txt"
    assert main(["extract", str(missing)]) == 2
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("d\xe9c\xe8s".encode("latin-1"))
    assert main(["extract", str(bad)]) == 2
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    assert main(["extract", str(broken)]) == 2
    ok = tmp_path / "ok.txt"
    ok.write_text("Two people were killed.", encoding="utf-8")
    assert main(["extract", "--published", "someday", str(ok)]) == 2
    err = capsys.readouterr().err
    assert "cannot read" in err and "not UTF-8" in err and "not valid JSON" in err and "ISO date" in err
    assert "Traceback" not in err


def test_eval_on_the_fixtures_scores_one():
    proc = run_cli("eval", str(FIXTURES), "--json")
    assert proc.returncode == 0, proc.stderr
    totals = json.loads(proc.stdout)["totals"]
    assert totals["en"]["f1"] == 1.0 and totals["en"]["fp"] == 0


def test_eval_prints_misses_and_table(tmp_path, capsys):
    doc = {"id": "x", "lang": "en", "published": None, "text": "Five civilians were killed and 3 wounded.",
           "gold": [{"kind": "killed", "count": 5}, {"kind": "missing", "count": 2}]}
    (tmp_path / "x.json").write_text(json.dumps(doc), encoding="utf-8")
    assert main(["eval", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "x (en): missed [('missing', 2)]; spurious [('injured', 3)]" in out
    assert "0.500" in out  # precision 1/2, recall 1/2


def test_eval_min_confidence_scores_only_the_surer_figures(tmp_path, capsys):
    """``--min-confidence`` scores what a consumer keeping only surer figures gets; ``--by-confidence``
    gives the whole trade, threshold by threshold."""
    from nlp import extract

    text = "Five civilians were killed and 3 wounded. Gunmen killed the mayor."
    doc = {"id": "z", "lang": "en", "published": None, "text": text,
           "gold": [{"kind": "killed", "count": 5}, {"kind": "injured", "count": 3}]}
    (tmp_path / "z.json").write_text(json.dumps(doc), encoding="utf-8")
    confidences = sorted(f.confidence for f in extract(text, lang="en"))
    low, high = confidences[0], confidences[-1]
    assert low < high
    assert main(["eval", str(tmp_path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["totals"]["en"]["fp"] == 1  # the mayor: not in this gold
    assert main(["eval", str(tmp_path), "--json", "--min-confidence", str(high), "--by-confidence"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["totals"]["en"]["fp"] == 0 and out["totals"]["en"]["tp"] >= 1
    steps = [row for row in out["by_confidence"] if row["lang"] == "en"]
    assert [r["min_confidence"] for r in steps] == sorted(r["min_confidence"] for r in steps)
    assert steps[0]["tp"] + steps[0]["fp"] == 3 and steps[-1]["tp"] + steps[-1]["fp"] <= 3
    with pytest.raises(SystemExit):
        main(["eval", str(tmp_path), "--min-confidence", "2"])
    assert "between 0 and 1" in capsys.readouterr().err


def test_eval_on_an_empty_or_missing_directory(tmp_path):
    assert main(["eval", str(tmp_path)]) == 2
    assert main(["eval", str(tmp_path / "missing")]) == 2


def test_eval_flags_non_casualty_numbers(tmp_path, capsys):
    doc = {"id": "y", "lang": "en", "published": None,
           "text": "Five civilians were killed. The siege lasted 20 days and 20 soldiers were wounded.",
           "gold": [{"kind": "killed", "count": 5}], "not_casualty_numbers": [20]}
    (tmp_path / "y.json").write_text(json.dumps(doc), encoding="utf-8")
    assert main(["eval", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "NOT A CASUALTY: [20]" in out
    assert "non-casualty numbers reported (listed in not_casualty_numbers): 1" in out


def test_non_casualty_hits():
    from nlp.evaluation import non_casualty_hits

    assert non_casualty_hits([("killed", 20), ("injured", 7)], [20, "2017", None]) == [20]
    assert non_casualty_hits([("killed", 20)], None) == []
